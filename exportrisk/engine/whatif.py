"""What-if: the minimum price and the best option against each input shifted one at a time, and the break-even PD."""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from exportrisk.credit.ratings import SCALE
from exportrisk.deal.io import deal_from_dict, deal_to_dict
from exportrisk.deal.model import BUYER_CATEGORIES, Deal
from exportrisk.engine.context import build_context, shared_fx_inputs
from exportrisk.engine.quote import ranking_keys, recommended, recommended_many
from exportrisk.engine.result import QuoteResult, round_price_up
from exportrisk.errors import ExportRiskError
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters, load_parameters
from exportrisk.tables import pinned_tables

Shift = Callable[[dict[str, Any]], dict[str, Any] | None]


@dataclass(frozen=True)
class WhatIf:
    """One input shifted: the best option of the re-quote and its minimum price (invoice currency)."""

    input: str
    shift: str
    recommended: str | None
    min_price: float | None
    risk_adjusted_cost: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "shift": self.shift, "recommended": self.recommended,
                "min_price": None if self.min_price is None else round_price_up(self.min_price),
                "risk_adjusted_cost": self.risk_adjusted_cost}


def _set(path: tuple[str, ...], value: Any) -> Shift:
    def apply(data: dict[str, Any]) -> dict[str, Any]:
        out = dict(data)  # the tables along `path` copied, the others shared: deal_from_dict only reads them
        block = out
        for key in path[:-1]:
            block[key] = dict(block.get(key, {}))
            block = block[key]
        block[path[-1]] = value
        return out

    return apply


def _buyer(data: dict[str, Any], steps: int, factor: float) -> dict[str, Any] | None:
    """The buyer's quality moved: +-steps notches of a rating, +-1 category, or the PD times `factor`."""
    buyer = data["buyer"]
    out = {**data, "buyer": dict(buyer)}
    if buyer.get("rating"):
        index = SCALE.index(buyer["rating"].upper()) + steps
        if not 0 <= index < len(SCALE):
            return None
        out["buyer"]["rating"] = SCALE[index]
    elif buyer.get("category"):
        index = BUYER_CATEGORIES.index(buyer["category"]) + (1 if steps > 0 else -1)
        if not 0 <= index < len(BUYER_CATEGORIES):
            return None
        out["buyer"]["category"] = BUYER_CATEGORIES[index]
    else:
        out["buyer"]["pd_1y"] = min(float(buyer["pd_1y"]) * factor, 0.99)
    return out


def shifts(base: QuoteResult) -> list[tuple[str, str, Shift]]:
    """Each input and its two shifts (volatility +-25 %, buyer +-3 notches / +-1 category / PD x0.5 and x2,
    country +-1 category, days +-50 %, each currency's rate +-100 bp, the other FX outlook)."""
    out: list[tuple[str, str, Shift]] = []
    fx = base.home != base.foreign
    if fx:
        for label, factor in (("-25%", 0.75), ("+25%", 1.25)):
            out.append(("volatility", label, _set(("market", "volatility"), base.risks.fx_volatility * factor)))
    for label, steps, factor in (("better", -3, 0.5), ("worse", 3, 2.0)):
        out.append(("buyer", label, lambda d, s=steps, f=factor: _buyer(d, s, f)))
    category = base.risks.country_category
    if category.isdigit():
        for label, step in (("-1", -1), ("+1", 1)):
            value = int(category) + step
            if 0 <= value <= 7:
                out.append(("country_category", label, _set(("buyer", "country_category"), str(value))))
    days = base.deal.terms.payment_days
    if days and base.deal.credit is None:
        for label, factor in (("-50%", 0.5), ("+50%", 1.5)):
            out.append(("payment_days", label, _set(("deal", "payment_days"), max(1, round(days * factor)))))
    for name, rate in (("rate_home", base.rate_home), ("rate_foreign", base.rate_foreign)):
        if name == "rate_foreign" and not fx:
            continue
        for label, bp in (("-100bp", -0.01), ("+100bp", 0.01)):
            out.append((name, label, _set(("market", name), rate + bp)))
    if fx:
        other = "spot" if base.outlook == "forward" else "forward"
        out.append(("fx_outlook", other, _set(("market", "fx_outlook"), other)))
    return out


@pinned_tables()
@shared_fx_inputs()
def sensitivity(deal: Deal, base: QuoteResult, market: MarketData | None = None, params: Parameters | None = None,
                today: date | None = None) -> tuple[WhatIf, ...]:
    """Every shift of `shifts`, each a re-quote of the shifted deal file (exact method) with the figures of a
    direct `price_deal` of that file; a shift the deal file does not accept (an input error) is left out. The
    re-quotes' tails are integrated together (quote.recommended_many). The other FX outlook's row is the quote's
    own pricing of that outlook (`base.other_outlook_best`, an exact quote's) when it has one."""
    market, params = market or MarketData(), params or load_parameters()
    data = deal_to_dict(deal)
    cases: list[tuple[str, str, tuple[str | None, float | None, float | None] | None]] = []
    contexts = []
    for name, label, shift in shifts(base):
        if name == "fx_outlook" and base.other_outlook_best is not None:
            cases.append((name, label, base.other_outlook_best))  # the quote priced the other outlook already
            continue
        shifted = shift(data)
        if shifted is None:
            continue
        try:
            contexts.append(build_context(deal_from_dict(shifted), market, params, today))
        except ExportRiskError:
            continue
        cases.append((name, label, None))
    try:
        figures = recommended_many(contexts)
    except ExportRiskError:  # a shifted deal that cannot be priced: quoted one by one, that one left out
        figures = []
        for ctx in contexts:
            try:
                figures += recommended_many([ctx])
            except ExportRiskError:
                figures.append(None)
    requoted = iter(figures)
    rows = [(name, label, known if known is not None else next(requoted)) for name, label, known in cases]
    return tuple(WhatIf(name, label, *found) for name, label, found in rows if found is not None)


#: The break-even PD is found to this relative precision: the bracket [inside, outside] ends within a factor
#: exp(BREAK_EVEN_TOLERANCE) of each other (0.01 % of the PD).
BREAK_EVEN_TOLERANCE = 1e-4
_BREAK_EVEN_STEPS = 60


@pinned_tables()
@shared_fx_inputs()
def break_even_pd(deal: Deal, base: QuoteResult, market: MarketData | None = None,
                  params: Parameters | None = None, today: date | None = None) -> tuple[float, str] | None:
    """The one-year buyer PD at which the recommended option stops being the best, and the option that takes
    over: searched towards 0.6, then towards 0.0003, by re-quotes without minimum prices, the buyer described
    by its PD. None when the option stays the best over the whole range.

    On x = ln PD the gap g(x) = RAC_best(x) - min over the other options of RAC(x) is negative while today's
    option is the best; the bracket [inside, outside] around its sign change is narrowed by the Illinois
    regula falsi (Dowell & Jarratt 1971, BIT 11: the end kept twice has its gap halved, so that a jump of g
    where a rating-based tariff steps is closed in on too), bisecting when the secant point is not strictly
    inside, until the ends are within BREAK_EVEN_TOLERANCE in x.
    Returns the outside end: the PD closest to today's at which another option is the best (a PD within
    exp(BREAK_EVEN_TOLERANCE) of it, towards today's, still has today's option).
    """
    market, params = market or MarketData(), params or load_parameters()
    data = deal_to_dict(deal)

    def keys_at(x: float) -> dict[str, tuple[float, float]]:
        shifted = copy.deepcopy(data)
        shifted["buyer"] = {k: v for k, v in shifted["buyer"].items() if k not in ("rating", "category")}
        shifted["buyer"]["pd_1y"] = math.exp(x)
        return ranking_keys(deal_from_dict(shifted), market, params, today)

    def best_and_gap(keys: dict[str, tuple[float, float]], current: str) -> tuple[str | None, float]:
        """The best option and the gap of `current` to the best of the others (+inf when it is unavailable)."""
        if not keys:
            return None, math.inf
        others = [k[0] for option, k in keys.items() if option != current]
        mine = keys[current][0] if current in keys else math.inf
        return min(keys, key=keys.__getitem__), mine - (min(others) if others else math.inf)

    pd_now = base.risks.buyer_pd_1y
    now = keys_at(math.log(pd_now))  # the same buyer described by its PD
    if not now:
        return None
    current = min(now, key=now.__getitem__)
    g_now = min(best_and_gap(now, current)[1], 0.0)
    for target in (0.6, 0.0003):
        if target == pd_now:
            continue
        outside = math.log(target)
        found, g_out = best_and_gap(keys_at(outside), current)
        if found == current:
            continue
        inside, g_in = math.log(pd_now), g_now
        kept = 0  # which end the last step kept: +1 inside, -1 outside (Illinois halves an end kept twice)
        for _ in range(_BREAK_EVEN_STEPS):
            if abs(outside - inside) <= BREAK_EVEN_TOLERANCE:
                break
            middle = 0.5 * (inside + outside)
            slope = g_out - g_in
            secant = outside - g_out * (outside - inside) / slope if math.isfinite(slope) and slope > 0 else middle
            low, high = sorted((inside, outside))
            x = secant if low < secant < high else middle
            best, gap = best_and_gap(keys_at(x), current)
            if best == current:
                inside, g_in = x, min(gap, 0.0)
                g_out = 0.5 * g_out if kept == 1 else g_out
                kept = 1
            else:
                outside, found, g_out = x, best, max(gap, 0.0)
                g_in = 0.5 * g_in if kept == -1 else g_in
                kept = -1
        return math.exp(outside), str(found)
    return None


def _cents(value: float | None) -> float | None:
    return None if value is None else round_price_up(value)


@dataclass(frozen=True)
class WhatIfResult:
    """The what-if view of one quote: the sensitivity rows, the tornado (inputs by swing) and the break-even."""

    currency: str  # minimum prices are in the invoice currency
    cost_currency: str  # risk-adjusted costs are in the exporter's home currency
    recommended: str | None
    min_price: float | None
    risk_adjusted_cost: float | None
    rows: tuple[WhatIf, ...]
    break_even: tuple[float, str] | None
    direction: str | None = field(default=None)  # "up" or "down": where the break-even PD lies from today's

    def tornado(self) -> list[dict[str, Any]]:
        """Per input: the minimum price (of the best option) at its low and high shift, the change from the base
        and the swing max - min over the base and the shifts; the widest swing first. A shift where no price
        keeps the margin has no change and does not count in the swing."""
        base = _cents(self.min_price)
        bars: dict[str, dict[str, Any]] = {}
        for row in self.rows:
            bar = bars.setdefault(row.input, {"input": row.input, "shifts": [], "swing": 0.0})
            price = _cents(row.min_price)
            change = None if price is None or base is None else round(price - base, 2)
            bar["shifts"].append({"shift": row.shift, "min_price": price, "change": change,
                                  "recommended": row.recommended, "best_changes": row.recommended != self.recommended})
        for bar in bars.values():
            prices = [s["min_price"] for s in bar["shifts"] if s["min_price"] is not None]
            if base is not None and prices:
                bar["swing"] = round(max([*prices, base]) - min([*prices, base]), 2)
        return sorted(bars.values(), key=lambda b: -b["swing"])

    def to_dict(self) -> dict[str, Any]:
        """The JSON form read by `quote --format json`, the window and the report (docs/exact_engine.md)."""
        even = None
        if self.break_even is not None:
            even = {"buyer_pd_1y": self.break_even[0], "takes_over": self.break_even[1], "direction": self.direction}
        return {"currency": self.currency, "cost_currency": self.cost_currency,
                "base": {"recommended": self.recommended, "min_price": _cents(self.min_price),
                         "risk_adjusted_cost": self.risk_adjusted_cost},
                "sensitivity": [r.to_dict() for r in self.rows], "tornado": self.tornado(), "break_even": even}


@pinned_tables()
@shared_fx_inputs()
def what_if(deal: Deal, base: QuoteResult, market: MarketData | None = None, params: Parameters | None = None,
            today: date | None = None) -> WhatIfResult:
    """The sensitivity table and the break-even PD of a quote `base` of `deal`: exact re-quotes, with the base
    figures re-quoted exactly too when `base` was simulated (--method mc)."""
    market, params = market or MarketData(), params or load_parameters()
    rows = sensitivity(deal, base, market, params, today)
    even = break_even_pd(deal, base, market, params, today)
    if base.method == "exact":
        return assemble(base, rows, even)
    # a simulated quote: the base row is re-quoted exactly, like the shifted ones, so that changes compare
    return assemble(base, rows, even, recommended(deal, market, params, today))


def assemble(base: QuoteResult, rows: tuple[WhatIf, ...], even: tuple[float, str] | None,
             figures: tuple[str | None, float | None, float | None] | None = None) -> WhatIfResult:
    """The WhatIfResult of quote `base` from its `sensitivity` rows and `break_even_pd`; the base figures
    (recommended option, minimum price, risk-adjusted cost) are `figures`, by default those of the quote's best
    option (an exact quote's: the window's What-if tab, which computed the rows, hands them to the report)."""
    if figures is None:
        best = base.option(base.recommended) if base.recommended else None
        figures = (base.recommended, best.min_price if best else None, best.risk_adjusted_cost if best else None)
    direction = None if even is None else ("up" if even[0] > base.risks.buyer_pd_1y else "down")
    return WhatIfResult(base.foreign, base.home, *figures, rows, even, direction)
