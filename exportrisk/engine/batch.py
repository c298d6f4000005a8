"""Quote many receivables that share their risk at once: one tail computation per risk, costs per amount."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import numpy as np

from exportrisk.cover.base import CoverOption, RiskProfile
from exportrisk.cover.piecewise import StatePayoffs
from exportrisk.cover.private_insurance import annual_turnover
from exportrisk.cover.registry import deal_options
from exportrisk.deal.model import Deal
from exportrisk.engine.batch_costs import option_costs
from exportrisk.engine.batch_exact import stacked_es
from exportrisk.engine.context import PricingContext, build_context
from exportrisk.engine.exact import option_states
from exportrisk.engine.quote import (
    _pricing,
    expected_retained,
    linear_in_amount,
    risk_summary,
    simulation_settings,
)
from exportrisk.engine.result import RiskSummary
from exportrisk.engine.simulation import Job
from exportrisk.engine.tails import METHODS, option_tails, simulated_tails
from exportrisk.errors import InputError
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters, load_parameters
from exportrisk.progress import Progress
from exportrisk.tables import pinned_tables

#: Relative gap above which the array costs of an option (engine.batch_costs) are not trusted: it is priced
#: amount by amount instead.
COST_CHECK = 1e-9


@dataclass(frozen=True)
class BestOption:
    """The cheapest option by risk-adjusted cost for one amount (home currency), or None if none applies;
    `method` says how its tail was computed ("exact", or "mc" when it was simulated)."""

    option_id: str | None
    risk_adjusted_cost: float
    method: str | None = None


@dataclass(frozen=True)
class SharedRisk:
    """What the receivables of one risk share: the best option per amount, their risks, horizon and warnings,
    and the options whose tails were simulated although the exact engine was asked for."""

    best: tuple[BestOption, ...]
    risks: RiskSummary
    years: float
    warnings: tuple[str, ...]
    simulated: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Risk:
    """One template's context, options and unit-amount figures (EL and ES for an invoice of 1, claim included)."""

    ctx: PricingContext
    options: tuple[CoverOption, ...]
    profiles: list[RiskProfile]
    unit_el: list[float]
    unit_es: list[float]
    methods: list[str]
    claim: float
    states: list[StatePayoffs | None]


@pinned_tables()
def best_options(template: Deal, amounts: Sequence[float], market: MarketData | None = None,
                 params: Parameters | None = None, paths: int | None = None, seed: int | None = None,
                 today: date | None = None, turnovers: Sequence[float | None] | None = None,
                 method: str = "exact") -> SharedRisk:
    """The best option for each amount of a deal whose other terms are `template`'s (best_options_many of one).

    `turnovers` (optional, one per amount): the exporter's annual insured turnover for that amount's invoice
    (exporter.annual_insured_turnover), which only changes the pricing of the policy's minimum premium.
    """
    return best_options_many([template], [amounts], market, params, paths, seed, today,
                             None if turnovers is None else [turnovers], method)[0]


@pinned_tables()
def best_options_many(templates: Sequence[Deal], amounts: Sequence[Sequence[float]],
                      market: MarketData | None = None, params: Parameters | None = None, paths: int | None = None,
                      seed: int | None = None, today: date | None = None,
                      turnovers: Sequence[Sequence[float | None]] | None = None, method: str = "exact",
                      progress: Progress | None = None) -> list[SharedRisk]:
    """The best option for each amount of each template's deal: amounts[i] (and turnovers[i]) go with
    templates[i].

    With no fixed deductible every payoff is linear in the amount A, so the loss distribution is found once for
    A = 1 and scaled: EL(A) = A EL(1), ES(A) = A ES(1). Under "exact" the options of every template are
    integrated together (batch_exact.stacked_es); an option the exact engine cannot integrate is simulated
    (paths, seed) and says so in `simulated`, as price_deal notes it. Under "mc" each template is simulated as
    price_deal simulates it. Costs, with their minimums and caps, are priced for each amount as arrays
    (batch_costs.option_costs). The result equals price_deal's best option and its risk-adjusted cost for each
    amount (same method; same paths and seed).
    """
    if method not in METHODS:
        raise InputError(code="method_unknown", field="method", value=method, choices=", ".join(METHODS))
    base = params or load_parameters()
    # a template's own overrides: Parameters.with_overrides gives the templates with equal ones the same copy
    risks = [_unit_risk(t, market, base, paths, seed, today, method) for t in templates]
    if method == "exact":
        pending = [[i for i, m in enumerate(r.methods) if m == "exact"] for r in risks]
        states = [[r.states[i] for i in chosen] for r, chosen in zip(risks, pending, strict=True)]
        level = risks[0].ctx.params.number("capital", "es_level") if risks else 0.99
        es = stacked_es(states, [[r.profiles[i] for i in chosen] for r, chosen in zip(risks, pending, strict=True)],
                        [r.ctx.term_std for r in risks], level)
        for r, chosen, values in zip(risks, pending, es, strict=True):
            for i, value in zip(chosen, values, strict=True):
                r.unit_es[i] = value
    out = []
    for index, (risk, group) in enumerate(zip(risks, amounts, strict=True)):
        out.append(_best(risk, group, None if turnovers is None else turnovers[index]))
        if progress is not None:
            progress.update((index + 1) / len(risks))
    return out


def _unit_risk(template: Deal, market: MarketData | None, base: Parameters, paths: int | None,
               seed: int | None, today: date | None, method: str) -> _Risk:
    """The template at amount 1: its context, options, unit EL, and the unit ES of every option that is
    simulated (all under "mc"; those the exact engine cannot integrate under "exact", the others are filled in
    by best_options_many)."""
    if not linear_in_amount(base.with_overrides(template.parameters)):
        raise ValueError("best_options needs a zero insurance deductible; quote each deal instead")
    unit = template if template.terms.amount == 1.0 else replace(template, terms=replace(template.terms, amount=1.0))
    ctx = build_context(unit, market, base, today)
    settings = simulation_settings(ctx.params, paths, seed)
    level = ctx.params.number("capital", "es_level")
    claim = unit.claim_factor
    options = deal_options(unit)
    profiles = [option.profile(ctx) for option in options]
    unit_el = [expected_retained(ctx, o, p, claim) for o, p in zip(options, profiles, strict=True)]
    unit_es = [math.nan] * len(options)
    if method == "mc":
        tails = option_tails(ctx, options, profiles, [claim] * len(options), "mc", settings, level, quantiles=False)
        return _Risk(ctx, options, profiles, unit_el, [t.shortfall(level) for t in tails], ["mc"] * len(options),
                     claim, [None] * len(options))
    methods = ["exact"] * len(options)
    states = [option_states(ctx, o, p, claim) for o, p in zip(options, profiles, strict=True)]
    rest = [i for i, st in enumerate(states) if st is None]
    if rest:
        jobs = [Job(options[i], profiles[i], claim) for i in rest]
        for i, tail in zip(rest, simulated_tails(ctx, jobs, settings, None), strict=True):
            unit_es[i], methods[i] = tail.shortfall(level), "mc"
    return _Risk(ctx, options, profiles, unit_el, unit_es, methods, claim, states)


def _best(risk: _Risk, amounts: Sequence[float], turnovers: Sequence[float | None] | None) -> SharedRisk:
    """The cheapest option per amount: RAC = cost + EL + k max(ES - EL, 0) T (quote.risk_adjusted_cost) with
    EL and ES scaled from amount 1, costs as arrays and checked against _pricing at the largest amount."""
    ctx = risk.ctx
    invoiced = np.asarray(amounts, dtype=np.float64)
    claimed = invoiced * risk.claim
    own = annual_turnover(ctx)
    given = [None] * invoiced.size if turnovers is None else list(turnovers)
    turnover = np.array([t if t is not None else (own if own is not None else math.nan) for t in given],
                        dtype=np.float64)
    rate, years = ctx.params.number("capital", "cost_of_capital"), ctx.years
    top = int(np.argmax(invoiced)) if invoiced.size else 0
    at_top = _with_turnover(ctx, given[top]) if invoiced.size else ctx
    count = len(risk.options)
    racs = np.full((count, invoiced.size), math.inf)
    if invoiced.size:
        live: list[int] = []
        costs, usable = np.empty((count, invoiced.size)), np.empty((count, invoiced.size), dtype=bool)
        shared: dict[object, Any] = {}  # option_costs' parts that every option of this context shares
        for k, (option, profile) in enumerate(zip(risk.options, risk.profiles, strict=True)):
            # availability beyond a minimum amount does not depend on the amount: one pricing at the largest
            # says it
            reference = _pricing(at_top, option, profile, float(claimed[top]))
            if not reference.available:
                continue
            vector = option_costs(ctx, option, profile, claimed, turnover, shared)
            if vector is None or not vector[1][top] or not math.isclose(float(vector[0][top]), reference.cost,
                                                                        rel_tol=COST_CHECK, abs_tol=1e-9):
                costs[k], usable[k] = _each(ctx, option, profile, claimed, given)
            else:
                costs[k], usable[k] = vector
            live.append(k)
        if live:
            # every live option at once: the same elementwise operations as one option at a time
            el = np.array([risk.unit_el[k] for k in live])[:, None] * claimed
            es = np.array([risk.unit_es[k] for k in live])[:, None] * claimed
            racs[live] = np.where(usable[live], costs[live] + el + rate * np.maximum(es - el, 0.0) * years,
                                  math.inf)
    best = []
    # the first of equal costs, as a strict "<" over the options in order
    cheapest = racs.argmin(axis=0) if racs.size else np.zeros(0, dtype=np.intp)
    lowest = racs[cheapest, np.arange(cheapest.size)].tolist()
    for k, rac in zip(cheapest.tolist(), lowest, strict=True):
        best.append(BestOption(risk.options[k].id, rac, risk.methods[k]) if math.isfinite(rac)
                    else BestOption(None, 0.0))
    simulated = tuple(o.id for o, m in zip(risk.options, risk.methods, strict=True) if m == "mc")
    return SharedRisk(tuple(best), risk_summary(ctx, ctx.spot), years,
                      tuple([*ctx.warnings, *ctx.buyer_default.notes]), simulated)


def _with_turnover(ctx: PricingContext, turnover: float | None) -> PricingContext:
    if turnover is None:
        return ctx
    return replace(ctx, deal=replace(ctx.deal, exporter=replace(ctx.deal.exporter, annual_insured_turnover=turnover)))


def _each(ctx: PricingContext, option: CoverOption, profile: RiskProfile, claimed: np.ndarray,
          turnovers: list[float | None]) -> tuple[np.ndarray, np.ndarray]:
    """_pricing amount by amount, for an option whose costs have no array form."""
    priced = [_pricing(_with_turnover(ctx, t), option, profile, float(a)) for a, t in zip(claimed, turnovers,
                                                                                           strict=True)]
    return np.array([p.cost for p in priced]), np.array([p.available for p in priced])
