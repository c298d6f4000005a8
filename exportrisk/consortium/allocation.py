"""Split totals among members so that the rounded rows add up to the rounded total, to the cent."""

from __future__ import annotations

import math
from collections.abc import Sequence

from exportrisk.money import round_money


def round_to_total(values: Sequence[float], total: float | None = None) -> list[float]:
    """Round each value to cents so that they sum exactly to round(total) (largest-remainder method).

    `total` defaults to the sum of `values`.
    """
    target = round(round_money(sum(values) if total is None else total) * 100)
    floors = [math.floor(v * 100) for v in values]
    remainders = sorted(range(len(values)), key=lambda i: values[i] * 100 - floors[i], reverse=True)
    missing = target - sum(floors)
    for rank, index in enumerate(remainders * (abs(missing) // max(len(values), 1) + 1)):
        if rank >= abs(missing):
            break
        floors[index] += 1 if missing > 0 else -1
    return [f / 100 for f in floors]


def split(total: float, weights: Sequence[float]) -> list[float]:
    """`total` split in proportion to `weights` (equally when they are all zero)."""
    weight_sum = sum(weights)
    if weight_sum <= 0:
        return [total / len(weights)] * len(weights) if weights else []
    return [total * w / weight_sum for w in weights]
