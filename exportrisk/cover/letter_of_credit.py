"""Confirmed letter of credit: a bank in the exporter's country takes the buyer's and the country's risk."""

from __future__ import annotations

import math

from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext
from exportrisk.messages import message


class ConfirmedLetterOfCredit(Component):
    """Buyer and country risk replaced by the confirming bank's risk; FX stays (quant_notes).

    Fees: confirmation pct per started quarter of the L/C value (with a minimum), advising, negotiation
    pct, document checking. The buyer must agree to open the L/C.
    """

    id = "lc_confirmed"
    name = "Confirmed letter of credit"
    covers = "buyer default and political/transfer risk (a bank in the exporter's country pays)"
    leaves = "the confirming bank's small risk, document discrepancies, and the exchange rate"

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        if ctx.deal.terms.instrument is Instrument.CASH_IN_ADVANCE:
            return profile
        section = ctx.params.section("letter_of_credit")
        bank_pd = 1.0 - (1.0 - float(section["confirming_bank_pd_1y"])) ** ctx.years
        return profile.without(p_commercial=bank_pd, lgd_commercial=float(ctx.params.section("lgd")["lc_confirmed"]),
                               p_political=0.0, obligor="confirming bank")

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        section = ctx.params.section("letter_of_credit")
        if ctx.deal.terms.instrument is Instrument.CASH_IN_ADVANCE:
            return unavailable(message("lc_advance"))
        if ctx.deal.days > int(section["max_days"]):
            return unavailable(message("lc_tenor", days=section["max_days"]))
        value = ctx.home_value(amount)
        quarters = math.ceil(ctx.deal.days / (365.0 / 4.0))
        confirmation = max(float(section["confirmation_pct_per_quarter"]) / 100.0 * quarters * value,
                           ctx.eur(float(section["confirmation_min_eur"])))
        notes = (message("lc_buyer_agrees"),)
        if ctx.deal.terms.instrument is Instrument.LC_CONFIRMED:
            notes = (message("lc_in_place"),)
        carry = ctx.carry  # bank fees are paid at issuance and shipment, compared at the payment date
        return Pricing(((message("cost_confirmation", quarters=quarters), confirmation * carry),
                        (message("cost_advising"), ctx.eur(float(section["advising_fee_eur"])) * carry),
                        (message("cost_negotiation"), float(section["negotiation_pct"]) / 100.0 * value * carry),
                        (message("cost_document_check"), ctx.eur(float(section["document_check_fee_eur"])) * carry)),
                       notes=notes)
