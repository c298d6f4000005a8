"""Documentary collection: banks release the shipping documents only against payment or acceptance."""

from __future__ import annotations

from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.cover.labels import message
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext

SAFER = (Instrument.CASH_IN_ADVANCE, Instrument.LC_CONFIRMED, Instrument.LC_UNCONFIRMED)


def collection_fee(ctx: PricingContext, amount: float) -> Pricing:
    """The collecting banks' fee: clamp(pct x value, minimum, maximum)."""
    params = ctx.params
    fee = ctx.bounded_fee(params.number("documentary_collection", "fee_pct"), ctx.home_value(amount),
                          params.number("documentary_collection", "fee_min_eur"),
                          params.number("documentary_collection", "fee_max_eur"))
    return Pricing(((message("cost_collection"), fee),))


class DocumentaryCollection(Component):
    """The buyer can still refuse to pay, but the exporter keeps control of the goods: a lower LGD.

    Fee = clamp(pct x value, minimum, maximum). Political and FX risk stay.
    """

    id = "documentary_collection"
    scopes = ("bank",)
    replaces_instrument = True

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        if ctx.deal.terms.instrument in SAFER:
            return profile
        return profile.without(lgd_commercial=ctx.params.number("lgd", "documentary_collection"))

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        instrument = ctx.deal.terms.instrument
        if instrument in SAFER:
            return unavailable(message("dc_safer"))
        if instrument is Instrument.DOCUMENTARY_COLLECTION:
            return unavailable(message("duplicate_instrument", instrument=instrument.value))
        return collection_fee(ctx, amount)
