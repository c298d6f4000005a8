"""Quote many receivables that share their risk at once: one simulation per risk, costs per amount."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from exportrisk.cover.registry import OPTIONS
from exportrisk.deal.model import Deal
from exportrisk.engine.context import build_context
from exportrisk.engine.quote import _pricing, expected_retained, risk_adjusted_cost, risk_summary
from exportrisk.engine.result import RiskSummary
from exportrisk.engine.simulation import SimulationSettings
from exportrisk.engine.tails import option_tails
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters, load_parameters
from exportrisk.tables import pinned_tables


@dataclass(frozen=True)
class BestOption:
    """The cheapest option by risk-adjusted cost for one amount (home currency), or None if none applies."""

    option_id: str | None
    risk_adjusted_cost: float


def linear_in_amount(params: Parameters) -> bool:
    """Retained losses scale with the invoice amount unless an insurance deductible is a fixed sum."""
    return float(params.section("private_insurance")["deductible_eur"]) == 0.0


@dataclass(frozen=True)
class SharedRisk:
    """What the receivables of one risk share: the best option per amount, their risks, horizon and warnings."""

    best: tuple[BestOption, ...]
    risks: RiskSummary
    years: float
    warnings: tuple[str, ...]


@pinned_tables()
def best_options(template: Deal, amounts: Sequence[float], market: MarketData | None = None,
                 params: Parameters | None = None, paths: int | None = None, seed: int | None = None,
                 today: date | None = None, turnovers: Sequence[float | None] | None = None,
                 method: str = "exact") -> SharedRisk:
    """The best option for each amount of a deal whose other terms are `template`'s.

    `turnovers` (optional, one per amount): the exporter's annual insured turnover for that amount's invoice
    (exporter.annual_insured_turnover), which only changes the pricing of the policy's minimum premium.

    With no fixed deductible every payoff is linear in the amount A, so the loss distribution is simulated once
    for A = 1 and scaled: EL(A) = A EL(1), ES(A) = A ES(1). Costs (with their minimums and caps) are priced for
    each amount. The result equals price_deal's ranking for each amount (same method; same paths and seed).
    """
    params = (params or load_parameters()).with_overrides(template.parameters)
    if not linear_in_amount(params):
        raise ValueError("best_options needs a zero insurance deductible; quote each deal instead")
    unit = replace(template, terms=replace(template.terms, amount=1.0))
    ctx = build_context(unit, market, params, today)
    sim = ctx.params.section("simulation")
    settings = SimulationSettings(int(paths if paths is not None else sim["paths"]),
                                  int(seed if seed is not None else sim["seed"]), int(sim["chunk_paths"]))
    capital = ctx.params.section("capital")
    rate, level = float(capital["cost_of_capital"]), float(capital["es_level"])
    profiles = [option.profile(ctx) for option in OPTIONS]
    tails = option_tails(ctx, OPTIONS, profiles, [1.0] * len(OPTIONS), method, settings, level, quantiles=False)
    unit_el = [expected_retained(ctx, o, p, 1.0) for o, p in zip(OPTIONS, profiles, strict=True)]
    unit_es = [tail.shortfall(level) for tail in tails]
    out = []
    for index, amount in enumerate(amounts):
        best: BestOption = BestOption(None, math.inf)
        priced = ctx
        if turnovers is not None and turnovers[index] is not None:
            exporter = replace(ctx.deal.exporter, annual_insured_turnover=turnovers[index])
            priced = replace(ctx, deal=replace(ctx.deal, exporter=exporter))
        for option, profile, el, es in zip(OPTIONS, profiles, unit_el, unit_es, strict=True):
            pricing = _pricing(priced, option, profile, amount)
            if not pricing.available:
                continue
            rac = risk_adjusted_cost(pricing.cost, el * amount, es * amount, rate, ctx.years)
            if rac < best.risk_adjusted_cost:
                best = BestOption(option.id, rac)
        out.append(best if best.option_id else BestOption(None, 0.0))
    return SharedRisk(tuple(out), risk_summary(ctx, ctx.spot), ctx.years,
                      tuple([*ctx.warnings, *ctx.buyer_default.notes]))
