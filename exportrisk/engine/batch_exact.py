"""The exact engine for the options of many deals at once: one loss mixture whose pieces carry their deal's std."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

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
        another: group g of the result is the g-th option in deal order."""
        parts = [LossMixture.of(list(s), list(p), std) for s, p, std in zip(states, profiles, stds, strict=True)]
        names = [f.name for f in fields(LossMixture) if f.name not in ("starts", "owner", "std")]
        arrays = {name: np.concatenate([getattr(part, name) for part in parts]) for name in names}
        offsets = np.cumsum([0] + [part.alpha.size for part in parts[:-1]])
        groups = np.cumsum([0] + [part.groups for part in parts[:-1]])
        starts = np.concatenate([part.starts + offset for part, offset in zip(parts, offsets, strict=True)])
        owner = np.concatenate([part.owner + group for part, group in zip(parts, groups, strict=True)])
        std = np.concatenate([np.full(part.alpha.size, part.std) for part in parts])
        return StackedMixture(**arrays, starts=starts, owner=owner, std=std)


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
