"""Documentary collection: banks release the shipping documents only against payment or acceptance."""

from __future__ import annotations

from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext
from exportrisk.messages import message

SAFER = (Instrument.CASH_IN_ADVANCE, Instrument.LC_CONFIRMED, Instrument.LC_UNCONFIRMED)


class DocumentaryCollection(Component):
    """The buyer can still refuse to pay, but the exporter keeps control of the goods: a lower LGD.

    Fee = clamp(pct x value, minimum, maximum). Political and FX risk stay.
    """

    id = "documentary_collection"
    name = "Documentary collection"
    covers = "part of the loss if the buyer does not pay (the goods stay under the exporter's control)"
    leaves = "the buyer's refusal to pay, political/transfer risk, and the exchange rate"

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        if ctx.deal.terms.instrument in SAFER:
            return profile
        return profile.without(lgd_commercial=float(ctx.params.section("lgd")["documentary_collection"]))

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        if ctx.deal.terms.instrument in SAFER:
            return unavailable(message("dc_safer"))
        section = ctx.params.section("documentary_collection")
        fee = ctx.bounded_fee(float(section["fee_pct"]), ctx.home_value(amount), float(section["fee_min_eur"]),
                              float(section["fee_max_eur"]))
        return Pricing(((message("cost_collection"), fee),))
