"""Stress scenarios: named historical FX windows, a country two OECD categories worse, a buyer three notches worse."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from exportrisk.country.political import political_risk
from exportrisk.cover.base import CoverOption, PathOutcome, RiskProfile
from exportrisk.credit.default_probability import default_probability
from exportrisk.credit.ratings import SCALE, notch
from exportrisk.engine.context import PricingContext
from exportrisk.engine.quote import expected_retained
from exportrisk.errors import DataCoverageError, InputError
from exportrisk.finance.data import finance_table
from exportrisk.finance.texts import FinanceMessage, finance_message
from exportrisk.market.fxtable import FxTable
from exportrisk.tables import cache_key

CATEGORY_STEPS = ("1", "2", "3", "4", "5", "6", "7")


@dataclass(frozen=True)
class Window:
    id: str
    start: date
    end: date
    note: str


@lru_cache(maxsize=2)
def _windows(_folder: str) -> tuple[Window, ...]:
    table, _ = finance_table("stress_windows.csv", ["id", "start", "end", "note"])
    return tuple(Window(r["id"], date.fromisoformat(r["start"]), date.fromisoformat(r["end"]), r["note"])
                 for r in table.rows)


def stress_windows() -> tuple[Window, ...]:
    """The named windows of resources/finance/stress_windows.csv."""
    return _windows(cache_key())


def worst_ratio(series: pd.Series, start: date, end: date, term_days: int) -> tuple[float, date, date] | None:
    """The invoice currency's worst move inside [start, end]: min over fixings s <= t with t - s <= term_days of
    S_t / S_s (S = home per foreign), with the two dates; 1 when it never fell; None with fewer than two fixings
    (the pair is not covered there). An ExportRisk definition: the worst fall over any period up to the term."""
    part = series[(series.index >= pd.Timestamp(start)) & (series.index <= pd.Timestamp(end))].dropna()
    if len(part) < 2:
        return None
    days = part.index.values.astype("datetime64[D]").astype(np.int64)
    values = part.to_numpy()
    best, at = 1.0, (part.index[0].date(), part.index[0].date())
    for i in range(len(values)):
        j = int(np.searchsorted(days, days[i] + term_days, side="right"))
        k = i + int(np.argmin(values[i:j]))
        ratio = values[k] / values[i]
        if ratio < best:
            best, at = float(ratio), (part.index[i].date(), part.index[k].date())
    return best, at[0], at[1]


@dataclass(frozen=True)
class ScenarioResult:
    """One scenario: whether it applies, what it shocked, and each option's retained loss (home currency)."""

    id: str
    available: bool
    description: str
    losses: dict[str, float]
    notes: tuple[FinanceMessage, ...] = ()


def _received_at(ctx: PricingContext, option: CoverOption, profile: RiskProfile, amount: float,
                 rate: float) -> float:
    """E[what the exporter receives] when the rate at payment is `rate`: the three event states (paid,
    commercial default, political event) at their probabilities, each component's own `payoff` per state."""
    at = rate if profile.fx_exposed else ctx.spot
    x = at / ctx.expected_rate
    outcome = PathOutcome(np.full(3, x), np.full(3, at), np.array([False, True, False]),
                          np.array([False, False, True]))
    p_c, p_p = profile.p_commercial, profile.p_political_only
    weights = np.array([1.0 - p_c - p_p, p_c, p_p])
    lost = np.array([0.0, profile.lgd_commercial, profile.lgd_political])
    received = amount * at * (1.0 - lost)
    for component in option.components:
        received = received + np.asarray(component.payoff(ctx, amount, profile, outcome), dtype=float)
    return float(weights @ received)


def fx_scenarios(ctx: PricingContext, options: tuple[CoverOption, ...], series: pd.Series | None,
                 amount: float | None = None) -> list[ScenarioResult]:
    """Each named window as a revaluation: S_shock = S_0 x worst ratio of the deal's pair inside the window over
    the payment term; retained loss per option = A S_0 - E[received | S_T = S_shock] (buyer and country events
    at their probabilities, independent of the rate). `series` is the pair's history, home per foreign
    (FxTable.pair_series, read-only); None or no fixings in the window: the scenario is unavailable."""
    amount = ctx.deal.terms.amount * ctx.deal.claim_factor if amount is None else amount
    out = []
    for window in stress_windows():
        if not ctx.has_fx_risk:
            out.append(ScenarioResult(window.id, False, window.note, {},
                                      (finance_message("stress_no_fx", scenario=window.id),)))
            continue
        found = None if series is None else worst_ratio(series, window.start, window.end, ctx.deal.days)
        if found is None:
            note = finance_message("stress_unavailable", scenario=window.id, pair=f"{ctx.home}/{ctx.foreign}",
                                   start_date=window.start, end_date=window.end)
            out.append(ScenarioResult(window.id, False, window.note, {}, (note,)))
            continue
        ratio, _, _ = found
        shocked = ctx.spot * ratio
        losses = {o.id: amount * ctx.spot - _received_at(ctx, o, o.profile(ctx), amount, shocked) for o in options}
        out.append(ScenarioResult(window.id, True, f"{window.note}: x {ratio:.4f}", losses))
    return out


def pair_history(ctx: PricingContext, per_eur: pd.DataFrame) -> pd.Series | None:
    """The deal's pair, home per foreign, from the ECB table (units per EUR); None when a currency is missing."""
    try:
        return FxTable(per_eur).pair_series(ctx.home, ctx.foreign)
    except (DataCoverageError, InputError):
        return None


def downgraded_category(category: str, steps: int) -> str:
    """An OECD category `steps` worse, at most 7; 0 and high income count as 0 (so two steps give 2)."""
    start = 0 if category in ("0", "HI") else int(category)
    return str(min(start + steps, 7))


def downgraded_rating(rating: str, notches: int) -> str:
    return SCALE[min(notch(rating) + notches, len(SCALE) - 1)]


def _shocked_context(ctx: PricingContext, p_commercial: float | None, p_political: float | None) -> PricingContext:
    base = ctx.base_profile
    changes: dict[str, float] = {}
    if p_commercial is not None and base.obligor == "buyer":
        changes["p_commercial"] = p_commercial
    if p_political is not None and base.p_political > 0.0:
        changes["p_political"] = p_political
    return replace(ctx, base_profile=base.without(**changes))


def credit_scenarios(ctx: PricingContext, options: tuple[CoverOption, ...],
                     amount: float | None = None) -> list[ScenarioResult]:
    """Expected retained loss per option (the engine's closed form, expected_retained) at two shocked states:

    - country: its OECD category two worse (stress.country_categories_down), political probability from the
      political-risk table of that category over the term;
    - buyer: rating three notches worse (stress.buyer_notches_down) on the notch default curve, or its 1-year PD
      doubled (stress.pd_multiplier) when given as a PD or a category.
    Covers keep their terms (a policy in force is not repriced); only the probabilities move."""
    params = ctx.params
    amount = ctx.deal.terms.amount * ctx.deal.claim_factor if amount is None else amount
    years = ctx.years
    category = downgraded_category(ctx.country_category, params.integer("stress", "country_categories_down"))
    derivation = params.text("political", "derivation")
    political = political_risk(category, years, derivation).over_term
    typed = ctx.deal.market.political_pd
    if typed is not None:
        political = max(political, 1.0 - (1.0 - typed) ** years)
    buyer = ctx.deal.buyer
    if buyer.rating is not None:
        rating = downgraded_rating(buyer.rating, params.integer("stress", "buyer_notches_down"))
        factor = params.number("credit", "trade_finance_factor") if params.flag("credit", "trade_finance_adjustment") \
            else None
        p_buyer = default_probability(years, rating=rating, table=params.text("credit", "default_table"),
                                      floor=params.number("credit", "pd_floor"), trade_finance_factor=factor,
                                      plain_rating=params.text("credit", "plain_rating")).probability
        buyer_text = f"{buyer.rating} -> {rating}"
    else:
        pd_1y = min(ctx.buyer_default.pd_1y * params.number("stress", "pd_multiplier"), 0.99)
        p_buyer = 1.0 - (1.0 - pd_1y) ** years
        buyer_text = f"PD 1y {ctx.buyer_default.pd_1y:.4%} -> {pd_1y:.4%}"
    out = []
    for sid, shocked, text in (("country_down_2", _shocked_context(ctx, None, political),
                                f"OECD category {ctx.country_category} -> {category}"),
                               ("buyer_down", _shocked_context(ctx, p_buyer, None), buyer_text)):
        losses = {o.id: expected_retained(shocked, o, o.profile(shocked), amount) for o in options}
        out.append(ScenarioResult(sid, True, text, losses))
    return out
