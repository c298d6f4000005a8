"""The deal's own payment instrument: its fees belong to every option that keeps it, "no cover" included."""

from __future__ import annotations

from exportrisk.cover.base import Pricing
from exportrisk.cover.documentary_collection import collection_fee
from exportrisk.cover.letter_of_credit import lc_fees
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext

#: Instruments that run through banks: sanctions on banks reach every option of such a deal.
BANK_INSTRUMENTS = (Instrument.LC_CONFIRMED, Instrument.LC_UNCONFIRMED, Instrument.DOCUMENTARY_COLLECTION)


def instrument_fees(ctx: PricingContext, amount: float) -> Pricing:
    """What the exporter pays for the instrument the deal already uses: a collection's fee, an L/C's advising,
    negotiation and document fees (and its confirmation when confirmed); nothing for open account or cash."""
    match ctx.deal.terms.instrument:
        case Instrument.DOCUMENTARY_COLLECTION:
            return collection_fee(ctx, amount)
        case Instrument.LC_UNCONFIRMED:
            return lc_fees(ctx, amount, confirmed=False)
        case Instrument.LC_CONFIRMED:
            return lc_fees(ctx, amount, confirmed=True)
    return Pricing()


def instrument_scopes(ctx: PricingContext) -> tuple[str, ...]:
    return ("bank",) if ctx.deal.terms.instrument in BANK_INSTRUMENTS else ()
