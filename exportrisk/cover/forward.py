"""FX forward: sell the invoice currency forward at the covered-interest-parity rate less a bank margin."""

from __future__ import annotations

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, unavailable
from exportrisk.cover.labels import message
from exportrisk.cover.piecewise import Piecewise, StatePayoffs
from exportrisk.engine.context import PricingContext

NO_FX = "no_fx_risk"


class FxForward(Component):
    """Locks F_client = F (1 - margin) on the whole invoice.

    With E[S_T] = m (the outlook's expected rate) the hedge pays A (m - S_T) on each path and costs the
    margin A F mu plus, against that expectation, the points A (m - F). Forward outlook (m = F): the points
    are no cost, a paid invoice keeps the expected move A (S_0 - F) in its expected loss exactly as the open
    position does, and the forward differs from staying open by its margin and its risk. Spot outlook
    (m = S_0): the points A (S_0 - F) are a cost (or a gain) of hedging, the random-walk view. If the buyer
    does not pay, the exporter must still deliver the currency and buys it at S_T (replacement risk).
    """

    id = "fx_forward"

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        if not ctx.has_fx_risk:
            return unavailable(message(NO_FX))
        margin = ctx.params.number("fx_forward", "margin_pct") / 100.0
        items = [(message("cost_forward_margin"), amount * ctx.forward * margin)]
        if ctx.expected_rate != ctx.forward:
            items.insert(0, (message("cost_forward_points"), amount * (ctx.expected_rate - ctx.forward)))
        return Pricing(tuple(items))

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        return amount * ctx.expected_rate * (1.0 - outcome.fx_ratio)

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        return 0.0

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs:
        """A m (1 - x) in every state (x = S_T / m)."""
        mean = amount * ctx.expected_rate
        return StatePayoffs.same(Piecewise.linear(mean, -mean))
