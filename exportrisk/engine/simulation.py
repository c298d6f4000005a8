"""Seeded, vectorised, chunked Monte Carlo of joint FX + default + political loss, per cover option."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtri

from exportrisk.cover.base import CoverOption, PathOutcome, RiskProfile
from exportrisk.engine.context import PricingContext
from exportrisk.errors import InputError
from exportrisk.progress import Progress

MAX_PATHS = 20_000_000


@dataclass(frozen=True)
class SimulationSettings:
    """Number of paths, seed, and paths per chunk (memory is bounded by the chunk, not the paths)."""

    paths: int
    seed: int
    chunk: int = 262_144

    def __post_init__(self) -> None:
        if not 1_000 <= self.paths <= MAX_PATHS:
            raise InputError(code="paths_range", field="[parameters.simulation] paths", low_count=1000,
                             high_count=MAX_PATHS, value_count=self.paths)
        if self.chunk < 1:
            raise InputError(code="chunk_positive", field="[parameters.simulation] chunk_paths")


@dataclass(frozen=True)
class Job:
    """One option to simulate at one invoice amount."""

    option: CoverOption
    profile: RiskProfile
    amount: float


def draw_chunk(rng: np.random.Generator, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The random numbers one chunk needs: standard normals for FX, two uniforms for default and politics."""
    return rng.standard_normal(size), rng.random((2, size))


def outcome_for(ctx: PricingContext, profile: RiskProfile, fx_ratio: np.ndarray, uniforms: np.ndarray,
                normals: np.ndarray | None = None) -> PathOutcome:
    """Events from uniforms (commercial cause first), the payment rate S_T = m x ratio when exposed.

    m = ctx.expected_rate (forward or spot outlook). With an FX-default correlation rho the obligor defaults
    when rho Z + sqrt(1 - rho^2) N^-1(U_1) < N^-1(p_c), Z the FX normal of the path (one-factor Gaussian
    copula); rho = 0 keeps U_1 < p_c, the same draws as before.
    """
    rho = profile.correlation if profile.fx_exposed else 0.0
    if rho != 0.0 and normals is not None and 0.0 < profile.p_commercial < 1.0:
        factor = rho * normals + math.sqrt(1.0 - rho * rho) * ndtri(uniforms[0])
        commercial = factor < ndtri(profile.p_commercial)
    else:
        commercial = uniforms[0] < profile.p_commercial
    political = ~commercial & (uniforms[1] < profile.p_political)
    rate = ctx.expected_rate * fx_ratio if profile.fx_exposed else np.full(fx_ratio.shape, ctx.spot)
    return PathOutcome(fx_ratio, rate, commercial, political)


def simulate_retained(ctx: PricingContext, jobs: Sequence[Job], settings: SimulationSettings,
                      progress: Progress | None = None) -> list[np.ndarray]:
    """Loss the exporter keeps on each path, per job, in home currency, against the spot budget.

    Per path: S_T = m exp(-s^2/2 + s Z) (lognormal with mean m = the forward or today's spot by the outlook,
    s = term std), commercial default if U_1 < p_c (correlated with Z when rho is set), else a political event
    if U_2 < p_p; received = A rate (1 - LGD share) + component payoffs; retained = A S_0 - received: losses
    are measured against the invoice valued at today's spot. All jobs share the same draws (common random
    numbers).
    """
    rng = np.random.default_rng(settings.seed)
    std = ctx.term_std
    retained = [np.empty(settings.paths) for _ in jobs]
    for start in range(0, settings.paths, settings.chunk):
        size = min(settings.chunk, settings.paths - start)
        normals, uniforms = draw_chunk(rng, size)
        fx_ratio = np.exp(std * normals - 0.5 * std * std)
        outcomes: dict[RiskProfile, PathOutcome] = {}
        for index, job in enumerate(jobs):
            outcome = outcomes.get(job.profile)
            if outcome is None:
                outcome = outcomes[job.profile] = outcome_for(ctx, job.profile, fx_ratio, uniforms, normals)
            profile = job.profile
            lost = profile.lgd_commercial * outcome.commercial + profile.lgd_political * outcome.political
            received = job.amount * outcome.rate * (1.0 - lost)
            for component in job.option.components:
                received = received + component.payoff(ctx, job.amount, profile, outcome)
            retained[index][start:start + size] = job.amount * ctx.spot - received
        if progress is not None:
            progress.update((start + size) / settings.paths)
    return retained
