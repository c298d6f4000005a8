"""Forfaiting: sell the receivable now, without recourse; FX, buyer and country risk all go."""

from __future__ import annotations

import math

from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext
from exportrisk.messages import message


class Forfaiting(Component):
    """Proceeds now = A exp(-max(r_f + m, 0) (T + grace)) (1 - commission), converted at spot.

    The discount rate is floored at zero: no forfaiter pays more than the face value for a receivable, so a
    foreign rate below minus the margin gives no discount rather than a negative one.

    Compared at the payment date, the early cash earns the home rate: value = proceeds S_0 exp(r_h T).
    The whole cost V_0 - value is deterministic; nothing is left to the exporter (quant_notes). The margin m
    by country category and the continuous-compounding convention are ExportRisk assumptions.
    """

    id = "forfaiting"
    name = "Forfaiting (without recourse)"
    covers = "everything: exchange rate, buyer and country risk (the receivable is sold)"
    leaves = "nothing but the discount paid"

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        return profile.without(p_commercial=0.0, p_political=0.0, fx_exposed=False, obligor="forfaiter")

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        section = ctx.params.section("forfaiting")
        if ctx.deal.terms.instrument is Instrument.CASH_IN_ADVANCE:
            return unavailable(message("forfaiting_advance"))
        margin = section["margin_pct"].get(ctx.country_category)
        if margin is None:
            return unavailable(message("forfaiting_category", category=ctx.country_category))
        value = ctx.home_value(amount)
        minimum = ctx.eur(float(section["min_amount_eur"]))
        if value < minimum:
            return unavailable(message("forfaiting_minimum", minimum_money=float(section["min_amount_eur"])))
        term = ctx.years + float(section["grace_days"]) / 365.0
        discount_rate = max(ctx.rate_foreign + float(margin) / 100.0, 0.0)  # a forfaiter never pays above face
        sold = value * math.exp(-discount_rate * term)
        commission = sold * float(section["commission_pct"]) / 100.0
        interest = (sold - commission) * (math.exp(ctx.rate_home * ctx.years) - 1.0)
        return Pricing(((message("cost_forfaiting_discount", rate_pct=discount_rate, days=round(term * 365)),
                         value - sold),
                        (message("cost_forfaiting_commission"), commission),
                        (message("cost_forfaiting_interest"), -interest)))
