"""FX forward: sell the invoice currency forward at the covered-interest-parity rate less a bank margin."""

from __future__ import annotations

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, unavailable
from exportrisk.engine.context import PricingContext
from exportrisk.messages import message

NO_FX = "no_fx_risk"


class FxForward(Component):
    """Locks F_client = F (1 - margin) on the whole invoice.

    Cost against the spot budget: forward points A (S_0 - F) plus the margin A F m. On each path the
    hedge pays A (S_0 - S_T), so a paid invoice is worth exactly the locked rate; if the buyer does not
    pay, the exporter must still deliver the currency and buys it at S_T (replacement risk, quant_notes).
    """

    id = "fx_forward"
    name = "FX forward"
    covers = "the exchange rate on the whole invoice"
    leaves = "buyer and country risk, and the cost of buying the currency to deliver if the buyer does not pay"

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        if not ctx.has_fx_risk:
            return unavailable(message(NO_FX))
        margin = float(ctx.params.section("fx_forward")["margin_pct"]) / 100.0
        return Pricing(((message("cost_forward_points"), amount * (ctx.spot - ctx.forward)),
                        (message("cost_forward_margin"), amount * ctx.forward * margin)))

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        return amount * ctx.spot * (1.0 - outcome.fx_ratio)

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        return 0.0
