"""OECD minimum premium rate (Arrangement Annex VI, July 2023) and the horizon of risk it runs on."""

from __future__ import annotations

import math
from dataclasses import dataclass

from exportrisk.errors import InputError
from exportrisk.messages import message
from exportrisk.premium.tables import CORPORATE_ROWS, load_premium_tables

MONTHS_PER_YEAR = 12
PROFILES = ("standard", "bullet")


def checked_number(value: object, field: str, hint: str, allow_zero: bool = False, **hint_args: object) -> float:
    """`value` as a finite float above zero (or at least zero), else InputError naming `field`; `hint` is the
    message code (hint_*) saying what to give."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number) or number < 0 or (number == 0 and not allow_zero):
        raise InputError(code="number_zero_or_more" if allow_zero else "number_above_zero", field=field,
                         value=value, hint=message(hint, **hint_args))
    return number


def horizon_of_risk(disbursement_months: float, repayment_years: float, profile: str = "standard") -> float:
    """Horizon of risk in years (Arrangement Annex VI; mpr_constants.csv).

    standard (equal semi-annual instalments, the first 6 months after the starting point of credit):
        HOR = 0.5 x disbursement period in years + repayment period in years.
    bullet (one repayment at the end): the repayment period is replaced by (WAL - 0.25) / 0.5 with
        WAL = repayment_years, so a 5-year bullet counts as 9.5 years.
    A disbursement period of 0 (a single delivery, credit starting at once) is allowed; the repayment period
    must be above 0, and a bullet above 0.25 years (shorter bullets have no horizon under the formula).
    """
    constants = load_premium_tables().mpr
    disbursement = checked_number(disbursement_months, "disbursement_months", "hint_disbursement", allow_zero=True)
    repayment = checked_number(repayment_years, "repayment_years", "hint_repayment")
    if profile not in PROFILES:
        raise InputError(code="choice_unknown", field="profile", value=profile, choices=", ".join(PROFILES))
    if profile == "bullet":
        if repayment <= constants["wal_offset_years"]:
            raise InputError(code="bullet_too_short", field="repayment_years", value=repayment_years,
                             minimum=float(constants['wal_offset_years']))
        repayment = (repayment - constants["wal_offset_years"]) / constants["wal_divisor"]
    return constants["disbursement_weight"] * disbursement / MONTHS_PER_YEAR + repayment


def table_row(buyer_category: str) -> str:
    """Row of the coefficient tables: CC0 shares the SOV row ("SOV/CC0" in Annex VI)."""
    return "SOV" if buyer_category == "CC0" else buyer_category


def existing_buyer(category: str, buyer_category: str) -> str:
    """`buyer_category` if its c_in exists in `category`, else the worst corporate category that does."""
    c = load_premium_tables().c
    if c[(category, table_row(buyer_category))] is not None:
        return buyer_category
    return [n for n in CORPORATE_ROWS if c[(category, n)] is not None][-1]


def quality_factor(category: str, quality: str) -> float:
    """QPF_i (Annex VI): below 0.9965..0.98, standard 1, above 1.0035..1.02 by category."""
    return load_premium_tables().qpf[(category, quality)]


def cover_factor(category: str, pcc: float, pcp: float) -> float:
    """PCF_i = 1 if max(PCC, PCP) <= 0.95, else 1 + ((max(PCC, PCP) - 0.95) / 0.05) x k_i (Annex VI)."""
    tables = load_premium_tables()
    cover = max(pcc, pcp)
    reference = tables.mpr["reference_cover"]
    if cover <= reference:
        return 1.0
    return 1.0 + (cover - reference) / tables.mpr["pcf_step"] * tables.pcf_k[category]


def term_reduction(hor: float, speculative: bool) -> float:
    """min(TERM, 0.15), TERM = 0.018 x (HOR - 10) if HOR > 10 and the obligor is speculative grade, else 0.

    Source: OECD TAD/PG(2023)7 (single source); constants in mpr_constants.csv.
    """
    constants = load_premium_tables().mpr
    if not speculative or hor <= constants["term_from_years"]:
        return 0.0
    return min(constants["term_rate"] * (hor - constants["term_from_years"]), constants["term_cap"])


@dataclass(frozen=True)
class MprResult:
    """The rate in % of principal (flat, up front) and every factor that produced it."""

    value: float
    factors: dict[str, float]


def minimum_premium_rate(category: str, buyer_category: str, hor: float, pcc: float, pcp: float,
                         quality: str, cef: float, lcf: float, speculative: bool) -> MprResult:
    """Minimum premium rate of one existing cell, % of principal, flat (Arrangement Annex VI, July 2023).

        MPR = [ (a_i x HOR + b_i) x (max(PCC, PCP) / 0.95) x (1 - LCF)
                + c_in x (PCC / 0.95) x HOR x (1 - CEF) ] x QPF_i x PCF_i x BTSF x (1 - min(TERM, 0.15))

    i = `category` 1..7, n = `buyer_category` (SOV+, SOV, CC0, CC1..CC5; must exist in the category),
    BTSF = 0.9 for SOV+ else 1. Check: category 5, HOR 10.25, CC1, 95 % cover, standard quality, no CEF or
    LCF, speculative obligor (TERM 0.0045) gives 9.3179 %.
    """
    tables = load_premium_tables()
    c_in = tables.c[(category, table_row(buyer_category))]
    if c_in is None:
        raise InputError(code="buyer_not_in_category", field="buyer_category", value=buyer_category,
                         category=category, existing=existing_buyer(category, buyer_category))
    reference = tables.mpr["reference_cover"]
    a_i, b_i = tables.a[category], tables.b[category]
    qpf = quality_factor(category, quality)
    pcf = cover_factor(category, pcc, pcp)
    btsf = tables.mpr["btsf_sov_plus"] if buyer_category == "SOV+" else 1.0
    term = term_reduction(hor, speculative)
    country_part = (a_i * hor + b_i) * (max(pcc, pcp) / reference) * (1 - lcf)
    buyer_part = c_in * (pcc / reference) * hor * (1 - cef)
    value = (country_part + buyer_part) * qpf * pcf * btsf * (1 - term)
    factors = {"HOR": hor, "a_i": a_i, "b_i": b_i, "c_in": c_in, "PCC": pcc, "PCP": pcp, "LCF": lcf,
               "CEF": cef, "QPF": qpf, "PCF": pcf, "k_i": tables.pcf_k[category], "BTSF": btsf, "TERM": term,
               "speculative": float(speculative)}
    return MprResult(value, factors)
