"""Which state export-credit premium rule applies to a request, and the quote it gives (public entry)."""

from __future__ import annotations

import math
from dataclasses import replace

from exportrisk.credit.ratings import parse_rating
from exportrisk.errors import InputError
from exportrisk.messages import message
from exportrisk.premium.concordance import MARKET_PRICED, check_buyer
from exportrisk.premium.model import PremiumQuote, PremiumRequest, Rule
from exportrisk.premium.mpr import MONTHS_PER_YEAR, checked_number, horizon_of_risk
from exportrisk.premium.pricing import Period, classified_quote, market_quote, unavailable_quote
from exportrisk.premium.short_term import risk_period_months
from exportrisk.premium.tables import CATEGORIES, QUALITIES, load_premium_tables

__all__ = ["PremiumQuote", "PremiumRequest", "Rule", "horizon_of_risk", "premium", "resolve_period",
           "validate_request", "RATE_CARDS"]

RATE_CARDS = ("default", "ukef")


def _share(value: object, field: str) -> float:
    """A cover share above 0 and at most 1; the hint hint_<field> says what it is."""
    number = checked_number(value, field, f"hint_{field}")
    if number > 1:
        raise InputError(code="share_above_one", field=field, value=value, hint=message(f"hint_{field}"))
    return number


def _factor(value: object, field: str, top: float) -> float:
    """A factor from 0 to the Arrangement's largest value `top`; the hint hint_<field> names it."""
    number = checked_number(value, field, f"hint_{field}", allow_zero=True, top=float(top))
    if number > top:
        raise InputError(code="factor_above_top", field=field, value=value, top=float(top),
                         hint=message(f"hint_{field}", top=float(top)))
    return number


def validate_request(request: PremiumRequest) -> PremiumRequest:
    """The request with normalised text fields, or InputError naming the first bad field and what to give."""
    category = str(request.country_category).strip().upper()
    if category == "NC":
        raise InputError(code="category_nc_no_rule", field="country_category")
    if category not in CATEGORIES and category not in MARKET_PRICED:
        raise InputError(code="category_unknown", field="country_category", value=request.country_category)
    quality = str(request.quality).strip().lower()
    if quality not in QUALITIES:
        raise InputError(code="choice_unknown", field="quality", value=request.quality, choices=", ".join(QUALITIES))
    rate_card = str(request.rate_card).strip().lower()
    if rate_card not in RATE_CARDS:
        raise InputError(code="choice_unknown", field="rate_card", value=request.rate_card,
                         choices=", ".join(RATE_CARDS))
    mpr = load_premium_tables().mpr
    rating = parse_rating(request.obligor_rating, "obligor_rating") if request.obligor_rating else None
    return replace(request, country_category=category, buyer_category=check_buyer(request.buyer_category),
                   quality=quality, rate_card=rate_card, obligor_rating=rating,
                   pcc=_share(request.pcc, "pcc"), pcp=_share(request.pcp, "pcp"),
                   cef=_factor(request.cef, "cef", mpr["cef_max"]), lcf=_factor(request.lcf, "lcf", mpr["lcf_max"]))


def _whole_days(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or (
            value != int(value)) or value <= 0:
        raise InputError(code="days_whole", field="days", value=value)
    return int(value)


def _standard_wal(repayment_years: float) -> float:
    """Weighted average life of equal semi-annual instalments, the first 6 months after the start: 0.25 + 0.5 R.

    The inverse of Annex VI's conversion of a non-standard profile, R = (WAL - 0.25) / 0.5 (mpr_constants)."""
    mpr = load_premium_tables().mpr
    return mpr["wal_offset_years"] + mpr["wal_divisor"] * repayment_years


def resolve_period(request: PremiumRequest) -> Period:
    """The horizon of risk from exactly one of hor_years, days, or disbursement_months + repayment_years.

    days: the risk period of a single receivable, HOR = days / 365 and RLZ = ceil(days / (365 / 12)); from two
    years on, one payment is a bullet credit, HOR = (WAL - 0.25) / 0.5 with WAL = days / 365 (Annex VI).
    hor_years: used as given; RLZ = ceil(12 x HOR) and the UKEF grid reads HOR x 365 days.
    disbursement/repayment: HOR from `horizon_of_risk` (standard or bullet profile); RLZ and days as for
    hor_years. RLZ is capped at 24 months and only used below the 2-year line.

    Average life (years outstanding on average): days / 365 for one payment; D / 2 + WAL for a credit,
    WAL = 0.25 + 0.5 R (standard) or R (bullet); a bare HOR under 2 years is one payment (AL = HOR), from 2
    years a standard credit without disbursement (HOR = R, so AL = 0.25 + 0.5 HOR), an assumption.
    """
    given = [name for name, present in (
        ("hor_years", request.hor_years is not None), ("days", request.days is not None),
        ("disbursement_months/repayment_years",
         request.disbursement_months is not None or request.repayment_years is not None)) if present]
    if len(given) != 1:
        raise InputError(code="horizon_one", field="hor_years", given=", ".join(given) or "—")
    mpr = load_premium_tables().mpr
    per_year = mpr["days_per_year"]
    if request.days is not None:
        days = _whole_days(request.days)
        hor = days / per_year
        if hor >= mpr["short_term_limit_years"]:
            return Period(horizon_of_risk(0.0, hor, "bullet"), float(days), None, hor)
        return Period(hor, float(days), risk_period_months(days=days), hor)
    if request.hor_years is not None:
        hor = checked_number(request.hor_years, "hor_years", "hint_hor_years")
        life = hor if hor < mpr["short_term_limit_years"] else _standard_wal(hor)
    else:
        for name in ("disbursement_months", "repayment_years"):
            if getattr(request, name) is None:
                raise InputError(code="horizon_missing", field=name)
        hor = horizon_of_risk(request.disbursement_months, request.repayment_years,  # type: ignore[arg-type]
                              request.profile)
        repayment = float(request.repayment_years)  # type: ignore[arg-type]
        wal = repayment if request.profile == "bullet" else _standard_wal(repayment)
        months = float(request.disbursement_months)  # type: ignore[arg-type]
        life = mpr["disbursement_weight"] * months / MONTHS_PER_YEAR + wal
    if hor > mpr["max_hor_years"]:  # beyond any export credit: a premium there would extrapolate nothing
        raise InputError(code="horizon_too_long", field="hor_years", value=float(hor),
                         maximum=float(mpr['max_hor_years']))
    short = hor < mpr["short_term_limit_years"]
    return Period(hor, hor * per_year, risk_period_months(hor_years=hor) if short else None, life)


def premium(request: PremiumRequest) -> PremiumQuote:
    """The state-cover premium for one request (Arrangement Annex VI and EU Communication 2012/C 392/01;
    docs/how_figures_are_computed.md).

    - HOR under 2 years and a marketable country (EU member or core OECD): unavailable, use private cover.
    - Category 0 or HI: market benchmark (EKN bp a year x HOR), capped at what category 1 pays.
    - Category 1..7, HOR of 2 years or more: the OECD minimum premium rate (Annex VI), floored so that a worse
      buyer or country category never pays less; on the UKEF card also floored at the grid's longest rate.
    - Category 1..7, HOR under 2 years: the default reference tariff (fix + slope x RLZ, rounded; capped at
      the 2-year MPR of the same request) or, with rate_card "ukef", the UKEF single-policy grid.
    Every quote names its rule, the reason, each factor and the dated tables used.
    """
    valid = validate_request(request)
    period = resolve_period(valid)
    if period.hor < load_premium_tables().mpr["short_term_limit_years"] and valid.marketable:
        return unavailable_quote(valid, period)
    if valid.country_category in MARKET_PRICED:
        return market_quote(valid, period)
    return classified_quote(valid, period, valid.country_category)
