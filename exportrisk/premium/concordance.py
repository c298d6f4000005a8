"""Rating to buyer category (CC1..CC5) by OECD country category, and the obligor's speculative-grade test."""

from __future__ import annotations

from exportrisk.country.categories import HIGH_INCOME, OECD_CATEGORIES
from exportrisk.credit.ratings import SCALE, is_speculative, notch, parse_rating
from exportrisk.errors import InputError
from exportrisk.premium.tables import BUYER_ORDER, CATEGORIES, CORPORATE_ROWS, load_premium_tables

#: Country categories priced off the market (no minimum premium rate); they use the category-1 row.
MARKET_PRICED = (OECD_CATEGORIES[0], HIGH_INCOME)
#: Buyer categories that stand for the sovereign itself (TERM treats them as speculative from category 5).
SOVEREIGN = ("SOV+", "SOV")


def concordance_row(country_category: str) -> str:
    """The concordance row for a pricing category: itself for 1..7, the category-1 row for 0 and HI."""
    category = str(country_category).strip().upper()
    if category in MARKET_PRICED:
        return CATEGORIES[0]
    if category not in CATEGORIES:
        raise InputError(code="category_not_pricing", field="country_category", value=country_category)
    return category


def check_buyer(buyer_category: str) -> str:
    """Normalise a buyer category or raise naming the valid ones."""
    buyer = str(buyer_category).strip().upper()
    if buyer not in BUYER_ORDER:
        raise InputError(code="buyer_category_unknown", field="buyer_category", value=buyer_category,
                         choices=", ".join(BUYER_ORDER))
    return buyer


def _cells(row: str) -> list[tuple[str, str, str | None]]:
    concordance = load_premium_tables().concordance
    return [(n, *concordance[(row, n)]) for n in CORPORATE_ROWS if (row, n) in concordance]


def rating_cell(rating: str, country_category: str) -> tuple[str, str]:
    """Buyer category whose rating range holds `rating`, and a note ("" unless clamped).

    A rating better than the CC1 range of the row (e.g. AAA in category 7) has no cell: CC1 is used and
    the note says so. Every row's last cell is open-ended ("and worse"), so a poorer rating always fits.
    """
    row = concordance_row(country_category)
    value = notch(rating)
    cells = _cells(row)
    for buyer, best, worst in cells:
        if notch(best) <= value and (worst is None or value <= notch(worst)):
            return buyer, ""
    buyer, best, worst = cells[0]
    top = best if worst == best else f"{best}..{worst}"
    return buyer, (f"rating {parse_rating(rating)} is better than the CC1 range ({top}) of the "
                   f"category-{row} concordance row, so CC1 is used; choose SOV or CC0 if the buyer is as "
                   "good as its sovereign")


def buyer_category_for_rating(rating: str, country_category: str) -> str:
    """CC1..CC5 for an S&P-style rating in a country category ("0" and "HI" use the category-1 row).

    Source: the OECD TAD/PG(2023)7 concordance (rating_concordance.csv). Ratings better than the row's CC1
    range are clamped to CC1; `rating_cell` returns the note that says so.
    """
    return rating_cell(rating, country_category)[0]


def existing_cell(buyer_category: str, row: str) -> str:
    """The concordance cell used for a corporate buyer category: itself, or the worst existing one."""
    cells = [n for n, _, _ in _cells(row)]
    return buyer_category if buyer_category in cells else cells[-1]


def representative_rating(buyer_category: str, country_category: str) -> str:
    """A rating inside the cell of `buyer_category`, used when no obligor rating is given.

    Closed range best..worst: its middle notch, rounded to the better side (AAA..AA- gives AA+).
    Open-ended cell ("B- and worse"): its best rating. SOV+, SOV and CC0: the best rating of the CC1 cell.
    A buyer category missing from the row (e.g. CC5 in category 7) takes the worst existing cell.
    """
    buyer = check_buyer(buyer_category)
    row = concordance_row(country_category)
    if buyer in ("SOV+", "SOV", "CC0"):
        return load_premium_tables().concordance[(row, CORPORATE_ROWS[0])][0]
    best, worst = load_premium_tables().concordance[(row, existing_cell(buyer, row))]
    if worst is None:
        return best
    return SCALE[(notch(best) + notch(worst)) // 2]


def obligor_is_speculative(country_category: str, buyer_category: str, rating: str | None = None) -> bool:
    """Speculative grade for TERM: BB+ or worse, or SOV/SOV+ in categories 5-7 (mpr_constants.csv).

    Source: OECD TAD/PG(2023)7 (TERM). Without a rating the cell's representative rating decides.
    """
    buyer = check_buyer(buyer_category)
    category = str(country_category).strip().upper()
    threshold = load_premium_tables().mpr["sov_speculative_from_category"]
    if buyer in SOVEREIGN and category in CATEGORIES and int(category) >= threshold:
        return True
    return is_speculative(rating if rating else representative_rating(buyer, category))
