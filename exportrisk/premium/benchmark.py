"""Market benchmark for buyers in category 0 or high-income (HI) countries, which have no minimum rate."""

from __future__ import annotations

from exportrisk.premium.concordance import check_buyer
from exportrisk.premium.tables import load_premium_tables

BP_PER_PERCENT = 100


def market_bp(buyer_category: str) -> float:
    """Indicative annual premium in basis points for a buyer category (ekn_market_premiums.csv, default_bp).

    Source: EKN indicative matrix for category-0 / high-income buyers (standard figure; SOV, SOV+, CC0 5 bp).
    """
    return load_premium_tables().ekn_bp[check_buyer(buyer_category)]


def market_benchmark(buyer_category: str, average_life: float) -> float:
    """Flat premium in % of the credit: annual bp x average life in years / 100 (EKN matrix; indicative only).

    The spread is charged a year on the amount outstanding, so the credit's average life, not its horizon of
    risk, multiplies it."""
    return market_bp(buyer_category) * average_life / BP_PER_PERCENT
