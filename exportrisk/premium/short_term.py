"""Reference short-term state tariff (German federal export credit cover) for risk periods under 24 months."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from exportrisk.errors import InputError
from exportrisk.premium.mpr import MONTHS_PER_YEAR, checked_number
from exportrisk.premium.tables import CATEGORIES, CORPORATE_ROWS, load_premium_tables

#: Buyer categories of the tariff: the MPR ones plus SOV- (a sovereign weaker than its country).
TARIFF_BUYERS = ("SOV+", "SOV", "SOV-", "CC0", *CORPORATE_ROWS)


def risk_period_months(days: int | None = None, hor_years: float | None = None) -> int:
    """RLZ: months from delivery to due date, rounded up, at most 24 (short_term_constants.csv).

    From days: RLZ = ceil(days / (365 / 12)) = ceil(12 x days / 365), computed in whole numbers.
    From a horizon in years: RLZ = ceil(12 x HOR). Either way capped at rlz_max_months (24).
    """
    tables = load_premium_tables()
    cap = int(tables.short_term["rlz_max_months"])
    if days is not None:
        per_year = int(tables.mpr["days_per_year"])
        months = -(-MONTHS_PER_YEAR * int(days) // per_year)
    elif hor_years is not None:
        months = math.ceil(round(hor_years * MONTHS_PER_YEAR, 9))
    else:
        raise InputError(code="short_term_period", field="days")
    return min(months, cap)


def tariff_buyer(category: str, buyer_category: str) -> str:
    """The tariff row: SOV for SOV+, SOV-, SOV and CC0; a missing corporate cell gives the worst existing."""
    if buyer_category in ("SOV+", "SOV-", "SOV", "CC0"):
        return "SOV"
    tariff = load_premium_tables().tariff
    if tariff[(category, buyer_category)] is not None:
        return buyer_category
    return [n for n in CORPORATE_ROWS if tariff[(category, n)] is not None][-1]


def tariff_terms(category: str, buyer_category: str) -> tuple[Decimal, Decimal]:
    """(fix, slope) in % and % per month: SOV+ = SOV x 0.9, SOV- = SOV x 1.1 on both, CC0 = SOV."""
    if category not in CATEGORIES or buyer_category not in TARIFF_BUYERS:
        raise InputError(code="tariff_missing", field="country_category", category=category,
                         buyer=buyer_category, choices=", ".join(TARIFF_BUYERS))
    tables = load_premium_tables()
    fix, slope = tables.tariff[(category, tariff_buyer(category, buyer_category))]  # type: ignore[misc]
    scale = {"SOV+": tables.short_term["sov_plus_factor"],
             "SOV-": tables.short_term["sov_minus_factor"]}.get(buyer_category, Decimal(1))
    return fix * scale, slope * scale


def tariff_unrounded(category: str, buyer_category: str, rlz: int) -> Decimal:
    """fix + slope x RLZ, % of the covered receivable, before rounding (exact decimal arithmetic)."""
    fix, slope = tariff_terms(category, buyer_category)
    return fix + slope * rlz


def tariff_rate(category: str, buyer_category: str, rlz: int) -> Decimal:
    """Premium % of the covered receivable, flat = fix + slope x RLZ rounded half up to 2 decimals.

    Source: exportkreditgarantien.de handbook (method, rounding, SOV+/SOV-); coefficients from a public Hermes
    premium calculator (short_term_tariff.csv). A reference tariff, not SACE's own.
    """
    places = Decimal(1).scaleb(-int(load_premium_tables().short_term["decimals"]))
    return tariff_unrounded(category, buyer_category, rlz).quantize(places, rounding=ROUND_HALF_UP)


def preshipment_rate(category: str, manufacturing_months: float) -> float:
    """Pre-shipment (manufacturing) risk rate, % of the covered self-costs: sqrt(alpha_i x FBZ) + beta_i.

    FBZ = manufacturing period in years counted in started quarters (ceil(months / 3) x 3 / 12).
    Source: exportkreditgarantien.de handbook; coefficients from a public Hermes premium calculator
    (preshipment_tariff.csv).
    """
    months = checked_number(manufacturing_months, "manufacturing_months", "hint_manufacturing")
    if category not in CATEGORIES:
        raise InputError(code="preshipment_missing", field="country_category", category=category)
    tables = load_premium_tables()
    step = int(tables.short_term["fbz_step_months"])
    fbz = math.ceil(round(months / step, 9)) * step / MONTHS_PER_YEAR
    alpha, beta = tables.preshipment[category]
    return math.sqrt(alpha * fbz) + beta
