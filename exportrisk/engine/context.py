"""Everything the cover options need about one deal, computed once: FX, buyer, country, parameters."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from exportrisk.country.classification import Country, load_countries
from exportrisk.country.political import PoliticalRisk, political_risk
from exportrisk.country.sanctions import Compliance, assess, exporter_regimes
from exportrisk.credit.default_probability import DefaultEstimate
from exportrisk.deal.model import Deal, Instrument
from exportrisk.engine.parties import BankRisk, buyer_credit, invoiced_in_buyer_currency, issuing_bank
from exportrisk.errors import DataCoverageError, InputError
from exportrisk.fx.analysis import FxRiskResult, analyse_fx
from exportrisk.fx.pricing import forward_rate
from exportrisk.fx.volatility import trading_days
from exportrisk.market.service import MarketData
from exportrisk.market.snapshot import MarketOverrides, Provenance, Source
from exportrisk.messages import Message, message
from exportrisk.parameters import Parameters, load_parameters
from exportrisk.premium.tables import load_premium_tables
from exportrisk.risk_profile import RiskProfile
from exportrisk.tables import fallback_warnings

_NONE = object()


@dataclass(frozen=True)
class PricingContext:
    """Inputs every cover option reads; built once per quote by `build_context`."""

    deal: Deal
    params: Parameters
    country: Country
    country_category: str
    buyer_category: str
    obligor_rating: str
    home: str
    foreign: str
    spot: float
    forward: float
    years: float
    volatility: float
    term_std: float
    rate_home: float
    rate_foreign: float
    eur_to_home: float
    buyer_default: DefaultEstimate
    political: PoliticalRisk
    base_profile: RiskProfile
    fx_risk: FxRiskResult | None
    provenance: tuple[Provenance, ...]
    warnings: tuple[str, ...]
    fx_history: pd.Series | None = None  # home per foreign up to the valuation date, for charts
    outlook: str = "spot"        # expected rate at payment: "forward" (interest parity) or "spot" (random walk)
    funding_rate: float = 0.0    # the exporter's cost of money: home rate + bank margin
    bank: BankRisk | None = None
    compliance: Compliance | None = None
    exporter_country: str | None = None  # ISO3 given or implied by the home currency, None when unknown
    model_notes: tuple[Message, ...] = ()
    # component results already computed on this context (component_result); not an input: dataclasses.replace
    # gives the changed context an empty one
    _results: dict[tuple[Any, ...], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def component_result(self, kind: str, component: Any, amount: float, profile: RiskProfile,
                         compute: Callable[[], Any]) -> Any:
        """compute(), a component's `kind` of result (price, exact or expected payoff) for `amount` and `profile`
        on this context, once: the options that share a component with the same risk profile (state cover alone
        and state cover + forward, when the forward leaves the profile as it is) ask for the same result. Keyed
        by the component's class and settings; a component whose settings cannot be keys is computed each time."""
        try:
            key = (kind, type(component), tuple(vars(component).items()), amount, profile)
            found = self._results.get(key, _NONE)
        except TypeError:  # an unhashable setting
            return compute()
        if found is _NONE:
            found = self._results[key] = compute()
        return found

    @property
    def has_fx_risk(self) -> bool:
        return self.home != self.foreign

    @property
    def expected_rate(self) -> float:
        """E[S_T], the mean of the rate at payment: the forward under the forward outlook, else today's spot."""
        return self.forward if self.outlook == "forward" and self.has_fx_risk else self.spot

    @property
    def carry(self) -> float:
        """Value at the payment date of 1 home unit paid today: exp(r_fund T), r_fund = home rate + bank margin.
        Every figure is compared at the payment date, so costs paid up front (premiums, bank fees) are carried
        forward at the exporter's funding rate, the same rate that funds the production cost."""
        return math.exp(self.funding_rate * self.years)

    @property
    def production_carry(self) -> float:
        """exp(r_fund (T_m + T)): the production cost is funded from the start of production, T_m =
        finance.manufacturing_months / 12 before shipment, until payment (exportrisk.finance.basis.FundingBasis;
        T_m = 0 without a manufacturing period, then it is `carry`)."""
        return math.exp(self.funding_rate * (self.deal.finance.manufacturing_months / 12.0 + self.years))

    def eur(self, amount_eur: float) -> float:
        """A fee quoted in EUR, in home currency at the valuation-date rate."""
        return amount_eur * self.eur_to_home

    def bounded_fee(self, pct: float, value: float, min_eur: float, max_eur: float = math.inf) -> float:
        """A fee of `pct` percent of `value`, at least `min_eur` and at most `max_eur` (EUR, in home currency)."""
        return min(max(pct / 100.0 * value, self.eur(min_eur)), self.eur(max_eur))

    def home_value(self, amount: float) -> float:
        """Invoice `amount` valued at today's spot: the budget every loss is measured against."""
        return amount * self.spot


def _hazard(p_1y: float, years: float) -> float:
    """Constant-hazard probability over `years`: 1 - (1 - p_1y)^years."""
    return 1.0 - (1.0 - p_1y) ** years


def _base_profile(deal: Deal, params: Parameters, years: float, buyer_pd: float, political: float,
                  bank: BankRisk, correlation: float) -> RiskProfile:
    """The risk the deal's own instrument leaves: the buyer's, an issuing or confirming bank's, or none.

    The FX-default correlation applies to obligors of the buyer's country (the buyer, its bank)."""
    lgd_political = params.number("lgd", "political")
    match deal.terms.instrument:
        case Instrument.CASH_IN_ADVANCE:
            return RiskProfile(0.0, 0.0, 0.0, lgd_political, True, "none (paid in advance)")
        case Instrument.LC_CONFIRMED:
            return RiskProfile(_hazard(params.number("letter_of_credit", "confirming_bank_pd_1y"), years),
                               params.number("lgd", "lc_confirmed"), 0.0, lgd_political, True, "confirming bank")
        case Instrument.LC_UNCONFIRMED:
            return RiskProfile(bank.probability, params.number("lgd", "lc_unconfirmed"), political, lgd_political,
                               True, "issuing bank", correlation)
        case Instrument.DOCUMENTARY_COLLECTION:
            return RiskProfile(buyer_pd, params.number("lgd", "documentary_collection"), political, lgd_political,
                               True, "buyer", correlation)
    return RiskProfile(buyer_pd, params.number("lgd", "open_account"), political, lgd_political, True, "buyer",
                       correlation)


#: FX inputs already resolved inside a `shared_fx_inputs` block (per thread), by what they are resolved from.
_FX_MEMO: ContextVar[dict[tuple[Any, ...], tuple[Any, ...]] | None] = ContextVar("exportrisk_fx_memo", default=None)


@contextmanager
def shared_fx_inputs() -> Iterator[None]:
    """Within the block and in this thread, build_context resolves the FX inputs (snapshot, volatility estimate,
    FX analysis) once for each distinct currency pair, typed market values, valuation date, amount, term and
    market: re-quotes of one deal with another buyer, country or outlook share the base quote's. Nested blocks
    share the outer one's."""
    if _FX_MEMO.get() is not None:
        yield
        return
    token = _FX_MEMO.set({})
    try:
        yield
    finally:
        _FX_MEMO.reset(token)


def _fx_inputs(deal: Deal, market: MarketData, today: date | None
               ) -> tuple[float, float, float, float, float, float, FxRiskResult | None, list[Provenance],
                          list[str], pd.Series | None]:
    """spot, forward, annual vol, term std, home rate, foreign rate, FX analysis, provenance, warnings, history
    (once per distinct inputs inside `shared_fx_inputs`)."""
    memo = _FX_MEMO.get()
    if memo is None:
        return _resolve_fx(deal, market, today)
    typed = deal.market
    key = (id(market), deal.exporter.home_currency, deal.terms.currency, typed.spot, typed.volatility,
           typed.vol_method, typed.rate_home, typed.rate_foreign, deal.valuation_date, deal.terms.amount,
           deal.days, deal.years, today)
    if key not in memo:
        memo[key] = (market, _resolve_fx(deal, market, today))  # the market kept alive: its id stays its own
    spot, fwd, vol, std, r_home, r_foreign, fx, provenance, warnings, history = memo[key][1]
    return spot, fwd, vol, std, r_home, r_foreign, fx, list(provenance), list(warnings), history


def _resolve_fx(deal: Deal, market: MarketData, today: date | None
                ) -> tuple[float, float, float, float, float, float, FxRiskResult | None, list[Provenance],
                           list[str], pd.Series | None]:
    """_fx_inputs without the memo."""
    home, foreign = deal.exporter.home_currency, deal.terms.currency
    typed = deal.market
    covered = market.currencies()
    if home not in covered:
        raise InputError(code="currency_uncovered", field="exporter.home_currency", currency=home,
                         choices=", ".join(covered))
    if home == foreign:  # no FX risk, but forfaiting, factoring and funding still need the home rate
        typed_rate = typed.rate_home if typed.rate_home is not None else typed.rate_foreign
        rate, item, notes = market.interest_rate(home, deal.valuation_date, typed_rate)
        return 1.0, 1.0, 0.0, 0.0, rate, rate, None, [item], notes, None
    overrides = MarketOverrides(typed.spot, typed.volatility, typed.rate_home, typed.rate_foreign)
    if foreign not in covered and None in (typed.spot, typed.volatility, typed.rate_home, typed.rate_foreign):
        raise InputError(code="currency_uncovered_typed", field="deal.currency", currency=foreign,
                         choices=", ".join(covered))
    try:
        snapshot = market.snapshot(home, foreign, deal.valuation_date, overrides, today)
    except DataCoverageError as exc:
        if foreign in covered:
            raise relocated(exc, "deal.valuation_date") from None
        years = deal.years
        std = typed.volatility * math.sqrt(trading_days(deal.days) / 256)
        fwd = float(forward_rate(typed.spot, typed.rate_home, typed.rate_foreign, years))
        prov = [Provenance(item, Source.USER, "typed in the deal", deal.valuation_date, deal.valuation_date)
                for item in ("spot", "volatility", "rate_home", "rate_foreign")]
        return (typed.spot, fwd, typed.volatility, std, typed.rate_home, typed.rate_foreign, None, prov,
                [message("typed_market", problem=str(exc))], None)
    fx = analyse_fx(snapshot, deal.terms.amount, deal.days, typed.vol_method)
    return (fx.spot, fx.forward, fx.volatility.annual, fx.volatility.term_std, fx.rate_home, fx.rate_foreign,
            fx, list(fx.provenance), list(fx.warnings), snapshot.history)


def relocated(exc: InputError, field: str) -> InputError:
    """The same error naming `field`, the deal-file path the value came from (a plain-text error keeps its text)."""
    if exc.code is None:
        return InputError(str(exc), field=field)
    return type(exc)(code=exc.code, field=field, **exc.params)


def build_context(deal: Deal, market: MarketData | None = None, params: Parameters | None = None,
                  today: date | None = None) -> PricingContext:
    """Resolve the deal against market data, country tables and parameters."""
    market = market or MarketData()
    today = today or date.today()
    if deal.valuation_date > today:
        raise InputError(code="date_future", field="deal.valuation_date", value_date=deal.valuation_date,
                         today_date=today)
    params = (params or load_parameters()).with_overrides(deal.parameters)
    warnings = list(params.warnings)
    countries = load_countries()
    country = countries.resolve(deal.buyer.country, "buyer.country")
    category = deal.buyer.country_category or country.pricing_category
    if deal.buyer.country_category is None and country.category == "NC":
        warnings.append(country.category_note())
    years = deal.years
    buyer_default, buyer_category, rating = buyer_credit(deal, params, category, years)
    political = political_risk(category, years, params.text("political", "derivation"),
                               deal.market.political_pd)
    bank = issuing_bank(deal, params, country, category, years)
    outlook = deal.market.fx_outlook or params.text("fx_model", "outlook")
    correlation = (deal.market.fx_default_correlation if deal.market.fx_default_correlation is not None
                   else params.number("fx_model", "fx_default_correlation"))
    notes: list[Message] = []
    if correlation != 0.0:
        if deal.terms.currency != deal.exporter.home_currency and invoiced_in_buyer_currency(country,
                                                                                           deal.terms.currency):
            notes.append(message("correlation_applied", rho=float(correlation)))
        else:
            notes.append(message("correlation_ignored", rho=float(correlation)))
            correlation = 0.0
    profile = _base_profile(deal, params, years, buyer_default.probability, political.over_term, bank, correlation)
    spot, fwd, vol, std, r_home, r_foreign, fx, provenance, fx_warnings, history = _fx_inputs(deal, market, today)
    warnings += fx_warnings
    load_premium_tables()  # state cover reads them later; a damaged user copy is reported with the rest:
    warnings += [w for w in fallback_warnings() if w not in warnings]
    try:
        eur_to_home = market.fixing(deal.exporter.home_currency, "EUR", deal.valuation_date)
    except DataCoverageError as exc:
        raise relocated(exc, "deal.valuation_date") from None
    regimes, exporter_iso3, assumed = exporter_regimes(deal.exporter.country, deal.exporter.home_currency)
    licence = deal.licence
    compliance = assess(country, deal.buyer.region, deal.buyer.public or deal.buyer.category in ("SOV", "SOV+"),
                        deal.terms.goods, regimes, exporter_iso3, assumed,
                        licence.reference if licence else None, licence.covers if licence else ())
    funding = r_home + params.number("funding", "bank_margin_pct") / 100.0
    return PricingContext(
        deal=deal, params=params, country=country, country_category=category, buyer_category=buyer_category,
        obligor_rating=rating, home=deal.exporter.home_currency, foreign=deal.terms.currency, spot=spot,
        forward=fwd, years=years, volatility=vol, term_std=std, rate_home=r_home, rate_foreign=r_foreign,
        eur_to_home=eur_to_home, buyer_default=buyer_default, political=political, base_profile=profile,
        fx_risk=fx, provenance=tuple(provenance), warnings=tuple(warnings), fx_history=history, outlook=outlook,
        funding_rate=funding, bank=bank, compliance=compliance, exporter_country=exporter_iso3,
        model_notes=tuple(notes),
    )
