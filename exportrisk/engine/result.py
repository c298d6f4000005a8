"""The frozen result of a quote: every number, assumption, source and warning; readers never compute."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING, Any

from exportrisk.deal.model import Deal
from exportrisk.engine.summary import ChartSeries
from exportrisk.fx.analysis import FxRiskResult
from exportrisk.market.snapshot import Provenance
from exportrisk.messages import as_dict
from exportrisk.money import round_money

if TYPE_CHECKING:
    from exportrisk.finance.summary import FinanceSummary

LEVELS = (0.95, 0.99)
#: Probabilities at which each option's retained-loss distribution is kept (for charts).
QUANTILE_LEVELS = tuple(i / 100 for i in range(0, 100, 5)) + (0.96, 0.97, 0.98, 0.99, 0.995, 0.999, 1.0)


def round_price_up(price: float) -> float:
    """A minimum price rounded up to the cent, so that quoting it still keeps the margin."""
    return float(Decimal(repr(float(price))).quantize(Decimal("0.01"), rounding=ROUND_CEILING))


@dataclass(frozen=True)
class OptionResult:
    """One cover option, priced. Money in home currency except `min_price` (invoice currency).

    `reason` (why it is unavailable) and `notes` are engine Messages: a reader renders them in its language
    (report.i18n.Translator.message); `name`, `covers` and `leaves` are the English catalogue rows of `id`.
    """

    id: str
    name: str
    available: bool
    reason: str
    covers: str
    leaves: str
    cost: float | None = None
    cost_items: tuple[tuple[str, float], ...] = ()
    expected_loss: float | None = None
    expected_loss_simulated: float | None = None
    standard_error: float | None = None
    event_probability: float | None = None
    var: Mapping[float, float] = field(default_factory=dict)
    es: Mapping[float, float] = field(default_factory=dict)
    risk_adjusted_cost: float | None = None
    risk_adjusted_share: float | None = None  # of the invoice value at spot
    min_price: float | None = None
    loss_quantiles: tuple[float, ...] = ()
    notes: tuple[str, ...] = ()
    rank: int | None = None
    method: str = "mc"  # how the tail figures were computed: "exact" (integrated) or "mc" (simulated)

    def to_dict(self) -> dict[str, Any]:
        def money(value: float | None) -> float | None:
            return None if value is None else round_money(value)

        return {
            "id": self.id, "name": self.name, "available": self.available,
            "reason": self.reason if not self.available else "; ".join(self.notes),
            "reason_message": as_dict(self.reason) if not self.available else None,
            "rank": self.rank, "covers": self.covers, "leaves": self.leaves,
            "cost": money(self.cost),
            "cost_items": [{"label": label, "amount": round_money(amount), "code": as_dict(label)["code"],
                            "args": as_dict(label)["args"]} for label, amount in self.cost_items],
            "expected_loss": money(self.expected_loss),
            "expected_loss_simulated": money(self.expected_loss_simulated),
            "standard_error": money(self.standard_error),
            "event_probability": self.event_probability,
            "var_95": money(self.var.get(0.95)), "es_95": money(self.es.get(0.95)),
            "var_99": money(self.var.get(0.99)), "es_99": money(self.es.get(0.99)),
            "risk_adjusted_cost": money(self.risk_adjusted_cost), "risk_adjusted_share": self.risk_adjusted_share,
            "min_price": None if self.min_price is None else round_price_up(self.min_price),
            "notes": list(self.notes), "note_messages": [as_dict(n) for n in self.notes], "method": self.method,
        }


@dataclass(frozen=True)
class Assumption:
    """One parameter value used, its section's source and date, and whether it is a model assumption.

    `unit` is its unit from resources/parameters.toml (exportrisk.parameters.UNITS); None means "the installed
    declaration's", looked up by name (see `declared_unit`)."""

    name: str
    value: Any
    source: str
    as_of: str
    is_assumption: bool
    overridden: bool
    unit: str | None = None

    @property
    def declared_unit(self) -> str | None:
        """The unit given, else the installed declaration's for `name`; None for a name no longer declared."""
        if self.unit is not None:
            return self.unit
        from exportrisk.parameters import unit_of

        return unit_of(self.name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; "unit" only when the parameter has one (a reader must accept an entry without it)."""
        out = {"name": self.name, "value": self.value, "source": self.source, "as_of": self.as_of,
               "assumption": self.is_assumption, "overridden": self.overridden}
        unit = self.declared_unit
        if unit is not None:
            out["unit"] = unit
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Assumption:
        """The assumption `to_dict` wrote; an entry from before units were written (no "unit") loads with unit
        None, so its unit is the installed declaration's."""
        unit = data.get("unit")
        return cls(str(data["name"]), data.get("value"), str(data.get("source", "")), str(data.get("as_of", "")),
                   bool(data.get("assumption", False)), bool(data.get("overridden", False)),
                   unit if isinstance(unit, str) else None)


@dataclass(frozen=True)
class RiskSummary:
    """The three risks of the uncovered deal, each with where its numbers come from."""

    fx_volatility: float
    fx_term_std: float
    fx_var_99: float
    fx_var_99_share: float  # of the invoice value at spot
    buyer_default_probability: float
    buyer_pd_1y: float
    buyer_rating: str
    buyer_category: str
    credit_method: str
    credit_source: str
    lgd: float
    obligor: str
    commercial_probability: float  # of the obligor the instrument leaves (buyer, bank or none)
    political_probability: float
    political_lgd: float
    political_annual: float
    political_source: str
    country_iso3: str
    country_name: str
    country_category: str
    oecd_category: str
    marketable: bool

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["fx_var_99"] = round_money(self.fx_var_99)
        return out


@dataclass(frozen=True)
class QuoteResult:
    """A priced comparison of every cover option for one deal."""

    deal: Deal
    deal_data: Mapping[str, Any]
    home: str
    foreign: str
    valuation_date: date
    years: float
    spot: float
    forward: float
    rate_home: float
    rate_foreign: float
    invoice_value: float
    production_cost: float
    target_margin: float
    risks: RiskSummary
    options: tuple[OptionResult, ...]
    ranking: tuple[str, ...]
    recommended: str | None
    recommendation: str
    assumptions: tuple[Assumption, ...]
    provenance: tuple[Provenance, ...]
    warnings: tuple[str, ...]
    paths: int
    seed: int
    fx_risk: FxRiskResult | None = None
    risk_levels: Mapping[str, str] = field(default_factory=dict)
    charts: ChartSeries | None = None
    outlook: str = "spot"              # the FX outlook used: "forward" or "spot"
    expected_rate: float = 0.0         # E[S_T] under that outlook
    outlook_note: str | None = None    # which outlook, and whether the other changes the best option
    funding_rate: float = 0.0          # home rate + bank margin, a year
    funding_cost: float = 0.0          # production cost x (exp(r_fund T) - 1): carrying it until payment
    claim_factor: float = 1.0          # 1 + interest charged to the buyer on a supplier credit
    compliance: tuple[str, ...] = ()   # sanctions measures that reach the deal, licence, screening reminder
    compliance_level: str = "OK"       # BLOCK, RESTRICTED, OFF_COVER or OK
    model_notes: tuple[str, ...] = ()  # modelling choices this deal triggered (FX-default correlation)
    bank: Any = None                   # the issuing bank's risk (engine.parties.BankRisk)
    method: str = "mc"                 # the method asked for: "exact" or "mc" (options say which they used)
    finance: FinanceSummary | None = None  # exportrisk.finance.summary.FinanceSummary, for a deal with finance tables
    # under the other FX outlook (an exact quote of a deal with FX risk): the recommended option, its minimum
    # price and risk-adjusted cost, as a re-quote with that outlook gives them (the what-if table's outlook row)
    other_outlook_best: tuple[str | None, float | None, float | None] | None = None

    @property
    def simulated(self) -> bool:
        """Whether any figure came from the simulation (method "mc", or an option the exact engine cannot take)."""
        return any(o.method == "mc" for o in self.options if o.available)

    def option(self, option_id: str) -> OptionResult:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view; money rounded once, here, by `round_money`."""
        return {
            "deal": dict(self.deal_data),
            "home_currency": self.home, "invoice_currency": self.foreign,
            "valuation_date": self.valuation_date.isoformat(), "years": self.years,
            "spot": self.spot, "forward": self.forward,
            "rates": {"home": self.rate_home, "foreign": self.rate_foreign},
            "invoice_value": round_money(self.invoice_value),
            "production_cost": round_money(self.production_cost), "target_margin": self.target_margin,
            "risks": self.risks.to_dict(), "risk_levels": dict(self.risk_levels),
            "options": [o.to_dict() for o in self.options],
            "ranking": list(self.ranking),
            "recommended": self.recommended, "recommendation": self.recommendation,
            "recommendation_message": as_dict(self.recommendation),
            "assumptions": [a.to_dict() for a in self.assumptions],
            "provenance": {p.item: p.to_dict() for p in self.provenance},
            "warnings": list(self.warnings), "warning_messages": [as_dict(w) for w in self.warnings],
            "method": self.method,
            "simulation": ({"paths": self.paths, "seed": self.seed} if self.simulated
                           else {"paths": None, "seed": None}),
            "fx_outlook": {"outlook": self.outlook, "expected_rate": self.expected_rate,
                           "note": self.outlook_note,
                           "note_message": None if self.outlook_note is None else as_dict(self.outlook_note)},
            "funding": {"rate": self.funding_rate, "cost": round_money(self.funding_cost),
                        "claim_factor": self.claim_factor},
            "compliance": {"level": self.compliance_level, "notes": list(self.compliance),
                           "note_messages": [as_dict(n) for n in self.compliance]},
            "model_notes": list(self.model_notes), "model_note_messages": [as_dict(n) for n in self.model_notes],
            "issuing_bank": None if self.bank is None else {
                "name": self.bank.name, "country": self.bank.country.iso3, "category": self.bank.category,
                "rating": self.bank.rating, "pd_1y": self.bank.pd_1y, "probability": self.bank.probability,
                "source": self.bank.source},
            "finance": None if self.finance is None else self.finance.to_json(),
        }

