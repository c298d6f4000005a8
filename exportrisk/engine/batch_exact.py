"""The exact engine for the options of many deals at once: one loss mixture whose pieces carry their deal's std."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtri

from exportrisk.cover.base import RiskProfile
from exportrisk.cover.piecewise import StatePayoffs
from exportrisk.engine.exact import LossMixture

#: Deals stacked into one mixture at most: bounds the candidate-loss matrices (candidates x pieces) in memory.
STACK_DEALS = 64


@dataclass(frozen=True)
class StackedMixture(LossMixture):
    """exact.LossMixture of the options of several deals: the same pieces, each with its own deal's term std s
    (`std` is an array over pieces), so every figure of every option of every deal comes from one set of array
    operations. x(z) = exp(s z - s^2/2) per piece; the formulas are LossMixture's."""

    @staticmethod
    def stack(states: Sequence[Sequence[StatePayoffs]], profiles: Sequence[Sequence[RiskProfile]],
              stds: Sequence[float]) -> StackedMixture:
        """Each deal's options as LossMixture.of builds them (its std, its rule for when rho applies), one after
        another: group g of the result is the g-th option in deal order.

        The pieces are gathered into one list per field rather than one mixture per deal, by LossMixture.of's
        formulas: piece i of a curve with breaks b spans z in (lo_i, hi_i], the bounds (ln b + s^2/2) / s with
        -inf and +inf at the ends (x(z) = b there), or one point mass over the whole line when s = 0; p_c, p_p,
        rho, k = N^-1(p_c), the state weights and shares are the option's, for every piece of its curves."""
        lo: list[float] = []
        hi: list[float] = []
        alpha: list[float] = []
        beta: list[float] = []
        counts: list[int] = []           # pieces per curve, three curves per option
        curve_std: list[float] = []      # per curve
        per_option: list[tuple[float, float, float]] = []  # (p_c, p_p, rho) per option
        for deal_states, deal_profiles, std in zip(states, profiles, stds, strict=True):
            std = float(std)
            for option_states_, profile in zip(deal_states, deal_profiles, strict=True):
                p_c, p_p = profile.p_commercial, profile.p_political
                rho = profile.correlation if profile.fx_exposed else 0.0
                if not (0.0 < p_c < 1.0) or std <= 0.0:
                    rho = 0.0
                per_option.append((p_c, p_p, rho))
                for curve in (option_states_.paid, option_states_.commercial, option_states_.political):
                    if std <= 0.0:  # x = 1 on every path: one point mass per state
                        lo.append(-math.inf)
                        hi.append(math.inf)
                        alpha.append(curve(1.0))
                        beta.append(0.0)
                        n = 1
                    else:
                        n = len(curve.intercepts)
                        bounds = [-math.inf, *((math.log(b) + 0.5 * std * std) / std for b in curve.breaks),
                                  math.inf]
                        lo += bounds[:n]
                        hi += bounds[1:n + 1]
                        alpha += curve.intercepts
                        beta += curve.slopes[:n]
                    counts.append(n)
                    curve_std.append(std)
        options = np.array(per_option, dtype=np.float64).reshape(-1, 3)
        p_c, p_p, rho = options[:, 0], options[:, 1], options[:, 2]
        k = np.zeros(p_c.size)
        correlated = rho != 0.0
        k[correlated] = ndtri(p_c[correlated])
        # per curve (paid, commercial, political of each option in turn), as LossMixture.of lists them
        weight = np.stack([(1.0 - p_c) * (1.0 - p_p), p_c, (1.0 - p_c) * p_p], axis=1).ravel()
        share = np.stack([1.0 - p_p, np.ones(p_c.size), p_p], axis=1).ravel()
        kind = np.tile(np.array([0.0, 1.0, 2.0]), p_c.size)
        repeat = np.array(counts, dtype=np.intp)
        per_curve = {"kind": kind, "weight": weight, "k": np.repeat(k, 3), "rho": np.repeat(rho, 3),
                     "share": share, "std": np.array(curve_std, dtype=np.float64)}
        pieces = {name: np.repeat(values, repeat) for name, values in per_curve.items()}
        per_group = repeat.reshape(-1, 3).sum(axis=1)
        starts = (np.cumsum(per_group) - per_group).astype(np.intp)
        owner = np.repeat(np.arange(per_group.size), per_group)
        return StackedMixture(lo=np.array(lo, dtype=np.float64), hi=np.array(hi, dtype=np.float64),
                              alpha=np.array(alpha, dtype=np.float64), beta=np.array(beta, dtype=np.float64),
                              starts=starts, owner=owner, **pieces)


def stacked_es(states: Sequence[Sequence[StatePayoffs]], profiles: Sequence[Sequence[RiskProfile]],
               stds: Sequence[float], level: float) -> list[list[float]]:
    """ES at `level` of every option of every deal (exact.LossMixture.var_es), STACK_DEALS deals at a time."""
    out: list[list[float]] = [[] for _ in states]
    some = [i for i, deal in enumerate(states) if deal]
    for first in range(0, len(some), STACK_DEALS):
        chunk = some[first:first + STACK_DEALS]
        mixture = StackedMixture.stack([states[i] for i in chunk], [profiles[i] for i in chunk],
                                       [stds[i] for i in chunk])
        es = mixture.var_es((level,))[1][0]
        at = 0
        for i in chunk:
            out[i] = [float(v) for v in es[at:at + len(states[i])]]
            at += len(states[i])
    return out
