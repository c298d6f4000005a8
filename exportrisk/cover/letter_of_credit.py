"""Confirmed letter of credit: a bank in the exporter's country takes the buyer's and the country's risk."""

from __future__ import annotations

import math

from exportrisk.cover.bank_tables import confirmation_band
from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.cover.labels import message
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext
from exportrisk.messages import Message


def quarters(ctx: PricingContext) -> int:
    """Started quarters of the L/C's life: ceil(days / (365 / 4))."""
    return math.ceil(ctx.deal.days / (365.0 / 4.0))


def confirmation_rate(ctx: PricingContext) -> tuple[float, tuple[Message, ...]]:
    """Confirmation fee per started quarter (decimal) and the note on where it comes from.

    Your bank's quote when letter_of_credit.confirmation_pct_per_quarter is set (deal or your parameters);
    otherwise a quarter of the annual band of the issuing bank's OECD category (lc_confirmation_bands.csv,
    an ExportRisk estimate, said so)."""
    if "confirmation_pct_per_quarter" in ctx.params.info["letter_of_credit"].overridden:
        return ctx.params.number("letter_of_credit", "confirmation_pct_per_quarter") / 100.0, ()
    assert ctx.bank is not None
    band = confirmation_band(ctx.bank.category)
    note = message("bank_band_estimate", rate_pct=band.pct / 100.0, category=ctx.bank.category,
                   low_pct=band.low_pct / 100.0, high_pct=band.high_pct / 100.0)
    return band.pct / 100.0 / 4.0, (note, *ctx.bank.notes)


def lc_fees(ctx: PricingContext, amount: float, confirmed: bool) -> Pricing:
    """Bank fees of an L/C for the exporter, carried to the payment date: advising, negotiation pct, document
    checking, and (confirmed) confirmation = max(rate x value, minimum) per started quarter."""
    params = ctx.params
    value = ctx.home_value(amount)
    carry = ctx.carry  # bank fees are paid at issuance and shipment, compared at the payment date
    items: list[tuple[Message, float]] = []
    notes: tuple[Message, ...] = ()
    if confirmed:
        rate, notes = confirmation_rate(ctx)
        count = quarters(ctx)
        fee = count * max(rate * value, ctx.eur(params.number("letter_of_credit", "confirmation_min_eur")))
        items.append((message("cost_confirmation", quarters=count), fee * carry))
    items += [(message("cost_advising"), ctx.eur(params.number("letter_of_credit", "advising_fee_eur")) * carry),
              (message("cost_negotiation"),
               params.number("letter_of_credit", "negotiation_pct") / 100.0 * value * carry),
              (message("cost_document_check"),
               ctx.eur(params.number("letter_of_credit", "document_check_fee_eur")) * carry)]
    return Pricing(tuple(items), notes=notes)


class ConfirmedLetterOfCredit(Component):
    """Buyer and country risk replaced by the confirming bank's risk; FX stays.

    Fees (lc_fees): confirmation per started quarter by the issuing bank's country band or your quote,
    advising, negotiation pct, document checking. The buyer must agree to open the L/C. On a deal that already
    uses a confirmed L/C this option is the deal itself, so it is not offered again.
    """

    id = "lc_confirmed"
    scopes = ("bank",)
    replaces_instrument = True

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        if ctx.deal.terms.instrument is Instrument.CASH_IN_ADVANCE:
            return profile
        bank_pd = 1.0 - (1.0 - ctx.params.number("letter_of_credit", "confirming_bank_pd_1y")) ** ctx.years
        return profile.without(p_commercial=bank_pd, lgd_commercial=ctx.params.number("lgd", "lc_confirmed"),
                               p_political=0.0, obligor="confirming bank", correlation=0.0)

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        max_days = ctx.params.integer("letter_of_credit", "max_days")
        instrument = ctx.deal.terms.instrument
        if instrument is Instrument.CASH_IN_ADVANCE:
            return unavailable(message("lc_advance"))
        if instrument is Instrument.LC_CONFIRMED:
            return unavailable(message("duplicate_instrument", instrument=instrument.value))
        if ctx.deal.days > max_days:
            return unavailable(message("lc_tenor", days=max_days))
        fees = lc_fees(ctx, amount, confirmed=True)
        return Pricing(fees.items, notes=(message("lc_buyer_agrees"), *fees.notes))
