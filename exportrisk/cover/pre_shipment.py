"""Pre-shipment (manufacturing) risk cover, priced by the German federal formula on the production cost."""

from __future__ import annotations

from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.engine.context import PricingContext
from exportrisk.errors import InputError


class PreShipmentCover(Component):
    """Cover of the production cost against the buyer's cancellation or the country blocking the deal before
    shipment: premium = (sqrt(alpha_i FBZ) + beta_i) % x C, paid when production starts and carried to payment
    at exp(r_fund (T_m + T)) (exportrisk.finance.pre_shipment). The engine's risk profile starts at shipment, so
    this component only prices the cover; its risk (pre_shipment_quote's expected losses) is reported beside it."""

    id = "pre_shipment"
    scopes = ("state_cover",)

    def __init__(self, manufacturing_months: float) -> None:
        self.manufacturing_months = manufacturing_months

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        # only a deal with a manufacturing period loads the pre-shipment formula and its funding basis
        from exportrisk.finance.basis import FundingBasis
        from exportrisk.finance.pre_shipment import pre_shipment_quote

        basis = FundingBasis.from_context(ctx, self.manufacturing_months)
        try:
            quote = pre_shipment_quote(ctx.country_category, self.manufacturing_months, basis.cost,
                                       ctx.buyer_default.pd_1y, ctx.political.annual, params=ctx.params)
        except InputError as exc:
            return unavailable(exc.text("en"))
        return Pricing(((quote.notes[0], quote.premium * basis.production_carry),), notes=quote.notes)
