"""Payoffs as piecewise-linear functions of the FX ratio x = S_T / m, one per event state, for the exact engine."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piecewise:
    """f(x) = intercepts[i] + slopes[i] x on segment i of (0, inf), segments split at the sorted `breaks`.

    Segment 0 is (0, breaks[0]], segment i is (breaks[i-1], breaks[i]], the last is (breaks[-1], inf).
    """

    breaks: tuple[float, ...] = ()
    intercepts: tuple[float, ...] = (0.0,)
    slopes: tuple[float, ...] = (0.0,)

    @staticmethod
    def linear(intercept: float, slope: float = 0.0) -> Piecewise:
        """f(x) = a + b x everywhere."""
        return Piecewise((), (float(intercept),), (float(slope),))

    @staticmethod
    def ramp(intercept: float, slope: float) -> Piecewise:
        """f(x) = max(a + b x, 0): a call (b > 0) or a put (b < 0) on x, kinked at x0 = -a / b."""
        a, b = float(intercept), float(slope)
        if b == 0.0:
            return Piecewise.linear(max(a, 0.0))
        kink = -a / b
        if kink <= 0.0:  # a + b x keeps one sign on x > 0
            return Piecewise.linear(a, b) if b > 0.0 else Piecewise.linear(0.0)
        if b > 0.0:
            return Piecewise((kink,), (0.0, a), (0.0, b))
        return Piecewise((kink,), (a, 0.0), (b, 0.0))

    def segment(self, x: float) -> int:
        """Index of the segment that holds x."""
        return bisect.bisect_left(self.breaks, x)

    def __call__(self, x: float) -> float:
        i = self.segment(x)
        return self.intercepts[i] + self.slopes[i] * x

    def __add__(self, other: Piecewise) -> Piecewise:
        if not other.breaks and not self.breaks:
            return Piecewise((), (self.intercepts[0] + other.intercepts[0],), (self.slopes[0] + other.slopes[0],))
        if not other.breaks:
            a0, b0 = other.intercepts[0], other.slopes[0]
            return Piecewise(self.breaks, tuple([a + a0 for a in self.intercepts]),
                             tuple([b + b0 for b in self.slopes]))
        if not self.breaks:
            return other + self
        if self.breaks == other.breaks:
            pairs = zip(self.intercepts, other.intercepts, strict=True)
            return Piecewise(self.breaks, tuple([a + c for a, c in pairs]),
                             tuple([b + d for b, d in zip(self.slopes, other.slopes, strict=True)]))
        breaks = tuple(sorted(set(self.breaks) | set(other.breaks)))
        intercepts, slopes = [], []
        for i in range(len(breaks) + 1):
            # a point inside segment i of the merged breaks picks the summands' segments
            if not breaks:
                x = 1.0
            elif i == 0:
                x = breaks[0] / 2.0
            elif i == len(breaks):
                x = breaks[-1] * 2.0
            else:
                x = (breaks[i - 1] + breaks[i]) / 2.0
            j, k = self.segment(x), other.segment(x)
            intercepts.append(self.intercepts[j] + other.intercepts[k])
            slopes.append(self.slopes[j] + other.slopes[k])
        return Piecewise(breaks, tuple(intercepts), tuple(slopes))

    def scaled(self, factor: float, constant: float = 0.0) -> Piecewise:
        """constant + factor x f."""
        return Piecewise(self.breaks, tuple([constant + factor * a for a in self.intercepts]),
                         tuple([factor * b for b in self.slopes]))


ZERO = Piecewise()


@dataclass(frozen=True, slots=True)
class StatePayoffs:
    """What a component pays in each event state: paid (no event), commercial default, political event."""

    paid: Piecewise = ZERO
    commercial: Piecewise = ZERO
    political: Piecewise = ZERO

    @staticmethod
    def same(payoff: Piecewise) -> StatePayoffs:
        """The same payoff whatever happens to the buyer (an FX hedge)."""
        return StatePayoffs(payoff, payoff, payoff)

    def __add__(self, other: StatePayoffs) -> StatePayoffs:
        return StatePayoffs(self.paid + other.paid, self.commercial + other.commercial,
                            self.political + other.political)


NOTHING = StatePayoffs()
