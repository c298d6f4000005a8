"""Export factoring without recourse: the factor takes the buyer's default risk and advances cash."""

from __future__ import annotations

from exportrisk.country.categories import RISK_ORDER
from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.cover.labels import message
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext

CATEGORY_ORDER = RISK_ORDER


class Factoring(Component):
    """Costs: service fee x value (paid up front), interest at base + margin on the advance for the term, less
    the funding the advance saves at the exporter's funding rate (base = the home rate):
    advance x (max(r_h + m_f, 0) - r_fund) x T. Political and FX risk stay."""

    id = "factoring"
    scopes = ("bank",)

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        return profile.without(p_commercial=0.0, obligor="factor")

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        params = ctx.params
        max_days = params.integer("factoring", "max_days")
        instrument = ctx.deal.terms.instrument
        if instrument not in (Instrument.OPEN_ACCOUNT, Instrument.DOCUMENTARY_COLLECTION):
            return unavailable(message("factoring_instrument"))
        if ctx.deal.credit is not None or ctx.deal.days > max_days:
            return unavailable(message("factoring_term", days=max_days))
        if CATEGORY_ORDER.index(ctx.country_category) > CATEGORY_ORDER.index(params.text("factoring", "max_category")):
            return unavailable(message("factoring_category", category=ctx.country_category))
        value = ctx.home_value(amount)
        advance = params.number("factoring", "advance_share") * value
        fee = params.number("factoring", "service_fee_pct") / 100.0 * value * ctx.carry  # from the advance, up front
        margin = params.number("factoring", "interest_margin_pct") / 100.0
        # a factor charges no negative interest, whatever the base rate
        interest = advance * max(ctx.rate_home + margin, 0.0) * ctx.years
        saved = advance * ctx.funding_rate * ctx.years
        return Pricing(((message("cost_factoring_fee"), fee), (message("cost_factoring_interest"), interest),
                        (message("cost_factoring_funding_saved"), -saved)))
