"""The one rounding rule for money that leaves the engine: to cents, halves away from zero."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def round_money(amount: float) -> float:
    """Round an amount to 2 decimals, half away from zero, via its shortest decimal repr.

    Decimal(repr(x)) avoids binary artefacts: 2.675 rounds to 2.68, not 2.67 as round() gives.
    """
    return float(Decimal(repr(float(amount))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
