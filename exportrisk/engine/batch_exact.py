"""The exact engine for the options of many deals at once: one loss mixture whose pieces carry their deal's std."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

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
        flat = LossMixture.of([st for deal in states for st in deal], [p for deal in profiles for p in deal],
                              [float(std) for deal, std in zip(states, stds, strict=True) for _ in deal])
        return StackedMixture(**{f.name: getattr(flat, f.name) for f in fields(LossMixture)})


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
