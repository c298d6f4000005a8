"""Tail figures of each option's retained loss, exact where every component can be integrated, else simulated."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from exportrisk.cover.base import CoverOption, RiskProfile
from exportrisk.engine.context import PricingContext
from exportrisk.engine.exact import EDGE_LEVEL, LossMixture, option_states
from exportrisk.engine.result import LEVELS, QUANTILE_LEVELS
from exportrisk.engine.simulation import Job, SimulationSettings, simulate_retained
from exportrisk.fx.risk import tail_var_es
from exportrisk.progress import Progress

METHODS = ("exact", "mc")


@dataclass(frozen=True)
class Tail:
    """VaR and ES of one option's retained loss: computed exactly, or read off simulated losses on demand."""

    method: str
    losses: np.ndarray | None = None
    var: dict[float, float] = field(default_factory=dict)
    es: dict[float, float] = field(default_factory=dict)
    quantiles: tuple[float, ...] = ()

    def shortfall(self, level: float) -> float:
        """ES at `level` (simulated: the mean of the worst ceil((1 - a) n) paths, as tail_var_es)."""
        if self.losses is not None:
            return tail_var_es(self.losses, level)[1]
        return self.es[level]

    def var_es(self, level: float) -> tuple[float, float]:
        if self.losses is not None:
            return tail_var_es(self.losses, level)
        return self.var[level], self.es[level]

    def loss_quantiles(self) -> tuple[float, ...]:
        if self.losses is not None:
            return tuple(float(q) for q in np.quantile(self.losses, QUANTILE_LEVELS))
        return self.quantiles

    def simulated_mean(self) -> float | None:
        return None if self.losses is None else float(self.losses.mean())

    def standard_error(self) -> float | None:
        if self.losses is None:
            return None
        return float(self.losses.std(ddof=1) / math.sqrt(self.losses.size))


def simulated_tails(ctx: PricingContext, jobs: list[Job], settings: SimulationSettings,
                    progress: Progress | None) -> list[Tail]:
    """The Monte Carlo of simulation.simulate_retained, one Tail per job (common random numbers)."""
    return [Tail("mc", losses) for losses in simulate_retained(ctx, jobs, settings, progress)]


def option_tails(ctx: PricingContext, options: Sequence[CoverOption], profiles: Sequence[RiskProfile],
                 amounts: Sequence[float], method: str, settings: SimulationSettings, es_level: float,
                 progress: Progress | None = None, quantiles: bool = True, only_es: bool = False) -> list[Tail]:
    """One Tail per option. method "mc" simulates every option, as before the exact engine; "exact" integrates
    every option whose components state their payoffs (exact.LossMixture) and simulates the others, at the
    report's levels and `es_level` (only `es_level` when `only_es`, for the minimum-price search)."""
    if method == "mc":
        return simulated_tails(ctx, [Job(o, p, a) for o, p, a in zip(options, profiles, amounts, strict=True)],
                               settings, progress)
    states = [option_states(ctx, o, p, a) for o, p, a in zip(options, profiles, amounts, strict=True)]
    out: list[Tail | None] = [None] * len(options)
    rest = [i for i, st in enumerate(states) if st is None]
    if rest:
        jobs = [Job(options[i], profiles[i], amounts[i]) for i in rest]
        for i, tail in zip(rest, simulated_tails(ctx, jobs, settings, progress), strict=True):
            out[i] = tail
    done = [i for i, st in enumerate(states) if st is not None]
    if done:
        mixture = LossMixture.of([states[i] for i in done], [profiles[i] for i in done],  # type: ignore[misc]
                                 ctx.term_std)
        levels = (es_level,) if only_es else tuple(sorted({*LEVELS, es_level}))
        grid = None
        if quantiles:  # the chart's quantiles and the VaR levels solved together
            edge = tuple(min(max(q, EDGE_LEVEL), 1.0 - EDGE_LEVEL) for q in QUANTILE_LEVELS)
            solved = tuple(sorted({*edge, *levels}))
            at = mixture.quantiles(solved)
            rows = {level: i for i, level in enumerate(solved)}
            grid = at[[rows[q] for q in edge]]
            var = at[[rows[a] for a in levels]]
            es = mixture.shortfall(var, levels)
        else:
            var, es = mixture.var_es(levels)
        for g, i in enumerate(done):
            out[i] = Tail("exact", None, {a: float(var[j, g]) for j, a in enumerate(levels)},
                          {a: float(es[j, g]) for j, a in enumerate(levels)},
                          () if grid is None else tuple(float(q) for q in grid[:, g]))
    if progress is not None:
        progress.update(1.0)
    return [t for t in out if t is not None]


def solve_prices(rac_at_amount: dict[str, float], amount: float, spot: float, margin: float, cost: float,
                 rac_at: Callable[[dict[str, float]], dict[str, float]], max_factor: float
                 ) -> tuple[dict[str, float], dict[str, float]]:
    """Minimum price P per option on a deterministic RAC (the exact engine): the root of
    g(P) = (C + RAC(P)) / (S_0 (1 - m)) - P, found by the secant method to 1e-9 of the amount, or else by a scan
    of P from 1e-3 to `max_factor` times the amount for the first fall of g below zero, refined by Brent's
    method. Returns the prices found and, for every option, RAC / (P S_0) at the last price tried (for the note
    when none works).
    """
    keep = spot * (1.0 - margin)
    shares = {k: r / (amount * spot) for k, r in rac_at_amount.items()}
    if keep <= 0.0:
        return {}, shares
    tolerance = 1e-9 * amount
    previous = {k: (amount, (cost + r) / keep - amount) for k, r in rac_at_amount.items()}
    current = {k: amount + gap for k, (_, gap) in previous.items()}
    prices: dict[str, float] = {}
    for _ in range(40):
        pending = {k: p for k, p in current.items() if 0.0 < p <= max_factor * amount and math.isfinite(p)}
        if not pending:
            break
        for key, rac in rac_at(pending).items():
            price = pending[key]
            shares[key] = rac / (price * spot)
            gap = (cost + rac) / keep - price
            if abs(gap) <= tolerance:
                prices[key] = price + gap
                continue
            old_price, old_gap = previous[key]
            slope = (gap - old_gap) / (price - old_price) if price != old_price else -1.0
            previous[key] = (price, gap)
            current[key] = price - gap / slope if slope < 0 else math.inf
        current = {k: p for k, p in current.items() if k not in prices and k in pending}
    prices.update(_scan([k for k in rac_at_amount if k not in prices], amount, keep, cost, rac_at, max_factor,
                        tolerance))
    return prices, shares


def _scan(keys: list[str], amount: float, keep: float, cost: float,
          rac_at: Callable[[dict[str, float]], dict[str, float]], max_factor: float, tolerance: float
          ) -> dict[str, float]:
    """Per option of `keys`, the smallest grid price where g changes sign from + to -, refined by brentq; an
    option where g stays > 0 over the grid has none. The options still searching are evaluated together at each
    grid price (one integration for all of them, as the secant steps are)."""
    if not keys:
        return {}
    grid = [float(p) for p in amount * np.geomspace(1e-3, max_factor, 60)]
    found: dict[str, float] = {}
    brackets: dict[str, tuple[float, float]] = {}
    active = list(keys)
    last_price: float | None = None
    for price in grid:
        if not active:
            break
        racs = rac_at({key: price for key in active})
        for key in list(active):
            if (cost + racs[key]) / keep - price <= 0.0:
                active.remove(key)
                if last_price is None:
                    found[key] = price
                else:
                    brackets[key] = (last_price, price)
        last_price = price
    if brackets:
        from scipy.optimize import brentq  # deferred: scipy.optimize costs a quarter of a second to import

        for key, (low, high) in brackets.items():
            def gap(price: float, key: str = key) -> float:
                return (cost + rac_at({key: price})[key]) / keep - price

            found[key] = float(brentq(gap, low, high, xtol=tolerance))
    return found
