"""What-if: the minimum price and the best option against each input shifted one at a time, and the break-even PD."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from exportrisk.credit.ratings import SCALE
from exportrisk.deal.io import deal_from_dict, deal_to_dict
from exportrisk.deal.model import BUYER_CATEGORIES, Deal
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult, round_price_up
from exportrisk.errors import ExportRiskError
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters

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
        out = copy.deepcopy(data)
        block = out
        for key in path[:-1]:
            block = block.setdefault(key, {})
        block[path[-1]] = value
        return out

    return apply


def _buyer(data: dict[str, Any], steps: int, factor: float) -> dict[str, Any] | None:
    """The buyer's quality moved: +-steps notches of a rating, +-1 category, or the PD times `factor`."""
    buyer = data["buyer"]
    out = copy.deepcopy(data)
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


def sensitivity(deal: Deal, base: QuoteResult, market: MarketData | None = None, params: Parameters | None = None,
                today: date | None = None) -> tuple[WhatIf, ...]:
    """Every shift of `shifts`, each a direct re-quote of the shifted deal file (exact method)."""
    data = deal_to_dict(deal)
    rows = []
    for name, label, shift in shifts(base):
        shifted = shift(data)
        if shifted is None:
            continue
        try:
            quote = price_deal(deal_from_dict(shifted), market, params, today=today)
        except ExportRiskError:
            continue
        best = quote.option(quote.recommended) if quote.recommended else None
        rows.append(WhatIf(name, label, quote.recommended, best.min_price if best else None,
                           best.risk_adjusted_cost if best else None))
    return tuple(rows)


def break_even_pd(deal: Deal, base: QuoteResult, market: MarketData | None = None,
                  params: Parameters | None = None, today: date | None = None) -> tuple[float, str] | None:
    """The one-year buyer PD at which the recommended option stops being the best, and the option that takes
    over: bisection on pd_1y towards 0.6, then towards 0.0003 (re-quotes without minimum prices, the buyer
    described by its PD); None when the option stays the best over the whole range."""
    data = deal_to_dict(deal)

    def best_at(pd_1y: float) -> str | None:
        shifted = copy.deepcopy(data)
        shifted["buyer"] = {k: v for k, v in shifted["buyer"].items() if k not in ("rating", "category")}
        shifted["buyer"]["pd_1y"] = pd_1y
        return price_deal(deal_from_dict(shifted), market, params, today=today, solve_min_price=False).recommended

    pd_now = base.risks.buyer_pd_1y
    current = best_at(pd_now)  # the same buyer described by its PD
    for target in (0.6, 0.0003):
        if target == pd_now or best_at(target) == current:
            continue
        inside, outside = pd_now, target
        for _ in range(18):
            middle = 0.5 * (inside + outside)
            if best_at(middle) == current:
                inside = middle
            else:
                outside = middle
        return outside, str(best_at(outside))
    return None
