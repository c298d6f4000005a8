"""FX put option on the invoice currency: Garman-Kohlhagen premium plus a bank margin."""

from __future__ import annotations

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, black_put, unavailable
from exportrisk.cover.forward import NO_FX
from exportrisk.cover.labels import message
from exportrisk.cover.piecewise import Piecewise, StatePayoffs
from exportrisk.engine.context import PricingContext
from exportrisk.fx.pricing import garman_kohlhagen


def strike(ctx: PricingContext) -> float:
    """At-the-forward by default; at-the-spot when parameters.fx_option.strike = "spot"."""
    return ctx.spot if ctx.params.text("fx_option", "strike") == "spot" else ctx.forward


class FxPut(Component):
    """The right to sell the invoice amount at K: pays A max(K - S_T, 0), keeps any gain above K.

    Premium per unit: Garman-Kohlhagen (1983) put with r_d = home rate, r_f = invoice-currency rate,
    plus a margin on the notional, both paid today and carried to the payment date at the funding rate. Its
    expected payoff is A x Black put(m, K, s) with m the outlook's expected rate: under the forward outlook it
    equals the premium grown at the home rate (before the margin and the funding margin's extra carry), the
    market's fair price (the premium's T is days / 365, the payoff's term variance counts trading days).
    Unlike a forward it leaves no replacement risk if the buyer defaults.
    """

    id = "fx_put"

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        if not ctx.has_fx_risk:
            return unavailable(message(NO_FX))
        premium = float(garman_kohlhagen(ctx.spot, strike(ctx), ctx.rate_home, ctx.rate_foreign,
                                         ctx.volatility, ctx.years, "put")) * amount * ctx.carry
        margin = ctx.params.number("fx_option", "margin_pct") / 100.0 * amount * ctx.spot * ctx.carry
        return Pricing(((message("cost_option_premium"), premium), (message("cost_option_margin"), margin)))

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        return amount * np.maximum(strike(ctx) - ctx.expected_rate * outcome.fx_ratio, 0.0)

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        return amount * black_put(ctx.expected_rate, strike(ctx), ctx.term_std)

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs:
        """A max(K - m x, 0) in every state (x = S_T / m)."""
        return StatePayoffs.same(Piecewise.ramp(amount * strike(ctx), -amount * ctx.expected_rate))
