"""UKEF Export Insurance Policy grid (single contract) as a second state short-term rate card."""

from __future__ import annotations

import math
from dataclasses import dataclass

from exportrisk.errors import InputError
from exportrisk.premium.tables import CATEGORIES, load_premium_tables


@dataclass(frozen=True)
class UkefRate:
    """One grid cell: premium % of contract value, and how the lookup got there."""

    rate: float
    risk_class: str
    month: int
    insured_pct: int
    notes: tuple[str, ...]


def risk_class(category: str) -> str:
    """UKEF risk class for an OECD category: standard 1-3, high 4-5, very_high 6-7 (our assumption).

    UKEF classifies countries itself; the mapping in ukef_risk_classes.csv is ExportRisk's, not UKEF's.
    """
    if category not in CATEGORIES:
        raise InputError(code="ukef_class_missing", field="country_category", category=category)
    return load_premium_tables().ukef.class_of[category]


def lookup_month(days: float) -> tuple[int, str]:
    """Grid month = ceil(days / 30) + 1 (UKEF: policy length + 1), clamped to the grid's months; a note."""
    grid = load_premium_tables().ukef
    policy_months = math.ceil(round(days / grid.constants["days_per_month"], 9))
    wanted = policy_months + int(grid.constants["month_offset"])
    month = min(max(wanted, grid.months[0]), grid.months[-1])
    note = "" if month == wanted else (f"grid month {wanted} is outside the grid's {grid.months[0]} to "
                                       f"{grid.months[-1]}, so month {month} is used")
    return month, note


def insured_pct(cover: float) -> tuple[int, str]:
    """Insured share for the grid: cover x 100 rounded DOWN to the grid's steps (70..95); plus a note."""
    shares = load_premium_tables().ukef.insured
    percent = round(cover * 100, 9)
    below = [s for s in shares if s <= percent]
    share = below[-1] if below else shares[0]
    if share == percent:
        return share, ""
    if not below:
        return share, (f"cover {percent:g} % is below the grid's lowest insured share, so {share} % is used "
                       "(a dearer quote than the cover asked)")
    return share, f"cover {percent:g} % is rounded down to the grid's {share} % step"


def ukef_rate(category: str, days: float, cover: float) -> UkefRate:
    """UKEF single-policy premium % of contract value for `days` of risk and cover share max(PCC, PCP).

    Source: UKEF EXIP digital quote grid (ukef_exip_grid.csv, 2026-05-06); month and share rules above.
    """
    kind = risk_class(category)
    month, month_note = lookup_month(days)
    share, share_note = insured_pct(cover)
    rate = load_premium_tables().ukef.rates[(kind, month, share)]
    return UkefRate(rate, kind, month, share, tuple(n for n in (month_note, share_note) if n))


def ukef_longest_rate(category: str, cover: float) -> UkefRate:
    """The grid's rate for its longest month (the most a single policy costs), same class and cover."""
    grid = load_premium_tables().ukef
    kind = risk_class(category)
    share, share_note = insured_pct(cover)
    month = grid.months[-1]
    return UkefRate(grid.rates[(kind, month, share)], kind, month, share, (share_note,) if share_note else ())
