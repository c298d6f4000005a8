"""The one rounding rule for money that leaves the engine: to cents, halves away from zero."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

#: From 2^53 cents up a float has no cents to round (and Decimal's 28 digits cannot quantize 1e308).
EXACT_UP_TO = 2.0**53 / 100


def round_money(amount: float) -> float:
    """Round an amount to 2 decimals, half away from zero, via its shortest decimal repr.

    Decimal(repr(x)) avoids binary artefacts: 2.675 rounds to 2.68, not 2.67 as round() gives. Amounts of
    2^53 cents or more (and inf, nan) are returned as they are: a float holds no cents there.
    """
    amount = float(amount)
    if not math.isfinite(amount) or abs(amount) >= EXACT_UP_TO:
        return amount
    return float(Decimal(repr(float(amount))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
