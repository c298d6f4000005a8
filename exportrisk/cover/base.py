"""The cover interface: a component adjusts the risk profile, has a cost and pays out per path."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np
from scipy.special import ndtr, ndtri

from exportrisk.cover.piecewise import NOTHING, StatePayoffs

if TYPE_CHECKING:
    from exportrisk.engine.context import PricingContext


@dataclass(frozen=True)
class RiskProfile:
    """The credit and country risk the exporter bears, and whether the payment is exposed to FX.

    A commercial default (probability p_commercial) loses lgd_commercial of the invoice; failing that, a
    political/transfer event (p_political) loses lgd_political ("commercial cause first").
    """

    p_commercial: float
    lgd_commercial: float
    p_political: float
    lgd_political: float
    fx_exposed: bool
    obligor: str
    correlation: float = 0.0  # of the commercial default with the invoice currency's value (wrong-way if > 0)

    @property
    def p_political_only(self) -> float:
        return (1.0 - self.p_commercial) * self.p_political

    @property
    def event_probability(self) -> float:
        """P(commercial or political event) = p_c + (1 - p_c) p_p."""
        return self.p_commercial + self.p_political_only

    @property
    def expected_loss_fraction(self) -> float:
        """E[share of the invoice lost] = LGD_c p_c + LGD_p (1 - p_c) p_p."""
        return self.lgd_commercial * self.p_commercial + self.lgd_political * self.p_political_only

    def without(self, **changes: float | bool | str) -> RiskProfile:
        return replace(self, **changes)

    def rate_weighted_events(self, std: float) -> tuple[float, float]:
        """(E[S_T 1{commercial}], E[S_T 1{political only}]) / E[S_T]: event probabilities weighted by the rate.

        S_T = m exp(s Z - s^2/2); the obligor defaults when rho Z + sqrt(1 - rho^2) e < k, k = N^-1(p_c).
        Changing the measure by exp(s Z - s^2/2) shifts Z by s, so E[S_T 1{default}] = m N(k - rho s); with
        rho = 0 it is m p_c. The political event is independent of both: p_p (1 - N(k - rho s)).
        """
        rho = self.correlation if self.fx_exposed else 0.0
        commercial = self.p_commercial
        if rho != 0.0 and 0.0 < commercial < 1.0 and std > 0.0:
            commercial = float(ndtr(ndtri(commercial) - rho * std))
        return commercial, (1.0 - commercial) * self.p_political


@dataclass(frozen=True)
class PathOutcome:
    """One chunk of simulated paths: the home rate at payment and which events happened."""

    fx_ratio: np.ndarray     # S_T / m, m the outlook's expected rate (ctx.expected_rate)
    rate: np.ndarray         # home units per foreign unit at payment (S_0 when the payment is not exposed)
    commercial: np.ndarray   # bool: the obligor defaulted
    political: np.ndarray    # bool: a political/transfer event and no commercial default


@dataclass(frozen=True)
class Pricing:
    """Deterministic cost items (home currency, positive = paid) or the reason it is unavailable."""

    items: tuple[tuple[str, float], ...] = ()
    available: bool = True
    reason: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def cost(self) -> float:
        return float(sum(amount for _, amount in self.items))


def unavailable(reason: str) -> Pricing:
    return Pricing((), False, reason)


class Component:
    """Base class: no change to the risk, no cost, no payout. Subclasses override what they need.

    `scopes` are what sanctions can reach in it (state_cover, private_insurance, bank; trade reaches all);
    `replaces_instrument` says it takes the place of the deal's own payment instrument (and its fees).
    """

    id = "component"
    name = "Component"
    covers = ""
    leaves = ""
    scopes: tuple[str, ...] = ()
    replaces_instrument = False

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        """The risk profile once this component is in place."""
        return profile

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        """Deterministic cost for an invoice of `amount`, given the profile after all adjustments."""
        return Pricing()

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray | float:
        """Home-currency amount this component pays the exporter on each path."""
        return 0.0

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        """Closed-form expectation of `payoff` (E[S_T] = ctx.expected_rate, the outlook's mean)."""
        return 0.0

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs | None:
        """`payoff` per event state as a piecewise-linear function of x = S_T / m (the simulated fx_ratio), for
        the exact engine; None when the component cannot state it, and the quote then simulates the option.

        The base class pays nothing; a subclass that overrides `payoff` but not this method returns None."""
        if type(self).payoff is not Component.payoff:
            return None
        return NOTHING


@dataclass(frozen=True)
class CoverOption:
    """A named way to cover a deal: one or more components used together."""

    id: str
    name: str
    components: tuple[Component, ...]

    def profile(self, ctx: PricingContext) -> RiskProfile:
        profile = ctx.base_profile
        for component in self.components:
            profile = component.adjust(ctx, profile)
        return profile

    def covers(self) -> str:
        return "; ".join(c.covers for c in self.components if c.covers) or "nothing"

    def leaves(self) -> str:
        return "; ".join(c.leaves for c in self.components if c.leaves)


def black_call(forward: float, strike: float, std: float) -> float:
    """Undiscounted E[max(X - K, 0)] for lognormal X with mean `forward` and log-std `std` (Black 1976):
    F N(d1) - K N(d2), d1 = (ln(F/K) + std^2/2) / std, d2 = d1 - std."""
    if strike <= 0.0:
        return forward - strike
    if std <= 0.0:
        return max(forward - strike, 0.0)
    d1 = (math.log(forward / strike) + 0.5 * std * std) / std
    return float(forward * ndtr(d1) - strike * ndtr(d1 - std))


def black_put(forward: float, strike: float, std: float) -> float:
    """Undiscounted E[max(K - X, 0)] by put-call parity: call - F + K."""
    return black_call(forward, strike, std) - forward + strike
