"""OECD minimum premium rate: the published check, the horizon of risk, and every factor by hand.

Coefficients in the expectations are typed from premium_rules.md (Arrangement Annex VI), not read from
resources/premium/.
"""

from __future__ import annotations

import math

import pytest

from exportrisk.errors import InputError
from exportrisk.premium.rules import PremiumRequest, Rule, horizon_of_risk, premium

# Annex VI coefficients typed from premium_rules.md.
A = {"1": 0.090, "2": 0.200, "3": 0.350, "4": 0.550, "5": 0.740, "6": 0.900, "7": 1.100}
B = {"1": 0.350, "2": 0.350, "3": 0.350, "4": 0.350, "5": 0.750, "6": 1.200, "7": 1.800}
K = {"1": 0.0, "2": 0.00337, "3": 0.00489, "4": 0.01639, "5": 0.03657, "6": 0.05878, "7": 0.08598}


def quote(category: str, buyer: str, **kw):
    return premium(PremiumRequest(category, buyer, **kw))


def test_published_check() -> None:
    """Category 5, 6 months disbursement, 10 years repayment, CC1, speculative: 9.3179 %."""
    q = quote("5", "CC1", disbursement_months=6, repayment_years=10)
    assert q.rule is Rule.OECD_MPR
    assert q.hor_years == pytest.approx(10.25)
    assert q.factors["TERM"] == pytest.approx(0.0045)
    assert q.premium_pct == pytest.approx(9.3179, abs=1e-4)
    assert "TERM" in q.reason and "category 5" in q.reason
    assert any("as of 2023-12-31" in s for s in q.sources)


@pytest.mark.parametrize(("months", "years", "profile", "expected"), [
    (6, 10, "standard", 10.25),
    (0, 3, "standard", 3.0),
    (18, 5, "standard", 5.75),
    (0, 5, "bullet", 9.5),
    (12, 5, "bullet", 10.0),
    (6, 2, "bullet", 0.25 + 3.5),
])
def test_horizon_of_risk(months: float, years: float, profile: str, expected: float) -> None:
    assert horizon_of_risk(months, years, profile) == pytest.approx(expected)


def test_bullet_quote_uses_bullet_horizon() -> None:
    q = quote("2", "SOV", disbursement_months=12, repayment_years=5, profile="bullet")
    assert q.hor_years == pytest.approx(10.0)
    assert q.premium_pct == pytest.approx(A["2"] * 10 + B["2"])


@pytest.mark.parametrize(("months", "years", "profile", "field"), [
    (-1, 5, "standard", "disbursement_months"),
    (math.nan, 5, "standard", "disbursement_months"),
    (6, 0, "standard", "repayment_years"),
    (6, -2, "standard", "repayment_years"),
    (6, math.inf, "standard", "repayment_years"),
    (6, 5, "balloon", "profile"),
    (0, 0.2, "bullet", "repayment_years"),
])
def test_horizon_rejects_bad_input(months: float, years: float, profile: str, field: str) -> None:
    with pytest.raises(InputError) as info:
        horizon_of_risk(months, years, profile)
    assert info.value.field == field


def test_quality_factors() -> None:
    base = A["3"] * 5 + B["3"] + 0.110 * 5  # category 3, CC1, HOR 5
    assert quote("3", "CC1", hor_years=5).premium_pct == pytest.approx(base)
    assert quote("3", "CC1", hor_years=5, quality="below").premium_pct == pytest.approx(base * 0.9850)
    assert quote("3", "CC1", hor_years=5, quality="above").premium_pct == pytest.approx(base * 1.0150)


def test_cover_factor_above_95_percent() -> None:
    base = A["6"] * 4 + B["6"]  # category 6, SOV, HOR 4
    full = quote("6", "SOV", hor_years=4, pcc=1.0, pcp=1.0)
    assert full.factors["PCF"] == pytest.approx(1 + K["6"])
    assert full.premium_pct == pytest.approx(base / 0.95 * (1 + K["6"]))
    half_step = quote("6", "SOV", hor_years=4, pcc=0.95, pcp=0.975)
    assert half_step.premium_pct == pytest.approx(base * 0.975 / 0.95 * (1 + 0.5 * K["6"]))
    # PCC scales the buyer term alone; max(PCC, PCP) the country term.
    cc = quote("4", "CC2", hor_years=3, pcc=0.80, pcp=0.95)
    assert cc.premium_pct == pytest.approx(A["4"] * 3 + B["4"] + 0.234 * 0.80 / 0.95 * 3)
    assert quote("1", "SOV", hor_years=3, pcc=1.0, pcp=1.0).factors["PCF"] == 1.0  # k_1 = 0


def test_btsf_for_sov_plus() -> None:
    plus = quote("2", "SOV+", hor_years=3)
    assert plus.factors["BTSF"] == 0.9
    assert plus.premium_pct == pytest.approx((A["2"] * 3 + B["2"]) * 0.9)
    assert quote("2", "SOV", hor_years=3).premium_pct == pytest.approx(A["2"] * 3 + B["2"])
    assert quote("2", "CC0", hor_years=3).premium_pct == pytest.approx(A["2"] * 3 + B["2"])


def test_cef_and_lcf() -> None:
    country, buyer = A["4"] * 6 + B["4"], 0.350 * 6  # category 4, CC3, HOR 6
    assert quote("4", "CC3", hor_years=6).premium_pct == pytest.approx(country + buyer)
    assert quote("4", "CC3", hor_years=6, cef=0.25).premium_pct == pytest.approx(country + buyer * 0.75)
    assert quote("4", "CC3", hor_years=6, lcf=0.1).premium_pct == pytest.approx(country * 0.9 + buyer)
    both = quote("4", "CC3", hor_years=6, cef=0.35, lcf=0.2)
    assert both.premium_pct == pytest.approx(country * 0.8 + buyer * 0.65)
    assert both.factors["CEF"] == 0.35 and both.factors["LCF"] == 0.2


def test_term_on_for_speculative_obligor_over_10_years() -> None:
    q = quote("5", "CC1", hor_years=12)  # CC1 in category 5 is BB-: speculative
    assert q.factors["TERM"] == pytest.approx(0.018 * 2)
    assert q.premium_pct == pytest.approx((A["5"] * 12 + B["5"] + 0.100 * 12) * (1 - 0.036))


def test_term_capped_at_15_percent() -> None:
    q = quote("5", "CC1", hor_years=20)
    assert q.factors["TERM"] == pytest.approx(0.15)
    assert q.premium_pct == pytest.approx((A["5"] * 20 + B["5"] + 0.100 * 20) * 0.85)


def test_term_off_for_investment_grade_and_short_horizons() -> None:
    invest = quote("1", "CC1", hor_years=12)  # CC1 in category 1 is AAA..AA-
    assert invest.factors["TERM"] == 0.0
    assert invest.premium_pct == pytest.approx(A["1"] * 12 + B["1"] + 0.110 * 12)
    rated_junk = quote("1", "CC1", hor_years=12, obligor_rating="BB+")
    assert rated_junk.factors["TERM"] == pytest.approx(0.036)
    assert rated_junk.premium_pct == pytest.approx(invest.premium_pct * (1 - 0.036))
    at_ten = quote("5", "CC1", hor_years=10)
    assert at_ten.factors["TERM"] == 0.0
    assert at_ten.premium_pct == pytest.approx(A["5"] * 10 + B["5"] + 0.100 * 10)


def test_sovereign_speculative_in_categories_5_to_7_whatever_its_rating() -> None:
    q = quote("5", "SOV", hor_years=12, obligor_rating="AAA")
    assert q.factors["TERM"] == pytest.approx(0.036)
    assert q.premium_pct == pytest.approx((A["5"] * 12 + B["5"]) * (1 - 0.036))
    assert quote("4", "SOV", hor_years=12, obligor_rating="BBB-").factors["TERM"] == 0.0


def test_sov_floor_for_non_sovereign_buyer() -> None:
    """A speculative CC1 buyer (TERM) with a tiny commercial cover would pay less than its sovereign."""
    q = quote("3", "CC1", hor_years=20, pcc=0.1, obligor_rating="BB")
    own = ((A["3"] * 20 + B["3"]) + 0.110 * 0.1 / 0.95 * 20) * 0.85
    sovereign = A["3"] * 20 + B["3"]  # category-3 sovereign is investment grade: no TERM
    assert q.factors["MPR_own"] == pytest.approx(own)
    assert q.premium_pct == pytest.approx(sovereign)
    assert "sovereign" in q.reason and "raised" in q.reason


def test_sov_plus_is_not_floored_at_sov() -> None:
    q = quote("3", "SOV+", hor_years=5)
    assert q.premium_pct == pytest.approx((A["3"] * 5 + B["3"]) * 0.9)
    assert "raised" not in q.reason


@pytest.mark.parametrize(("category", "buyer", "used", "c"), [
    ("7", "CC5", "CC2", 0.271), ("7", "CC3", "CC2", 0.271), ("6", "CC4", "CC3", 0.480),
    ("5", "CC5", "CC4", 0.621),
])
def test_missing_buyer_cell_is_clamped_and_said(category: str, buyer: str, used: str, c: float) -> None:
    q = quote(category, buyer, hor_years=5)
    assert q.factors["c_in"] == c
    assert q.premium_pct == pytest.approx(A[category] * 5 + B[category] + c * 5)
    assert f"{buyer} does not exist in category {category}" in q.reason and used in q.reason


def test_floor_from_a_better_country_category() -> None:
    """With LCF 0.2 the clamped category-7 CC5 (c of CC2) would pay less than CC5 in category 4."""
    q = quote("7", "CC5", hor_years=15, lcf=0.2)
    own = ((A["7"] * 15 + B["7"]) * 0.8 + 0.271 * 15) * (1 - 0.09)
    cat4_cc5 = ((A["4"] * 15 + B["4"]) * 0.8 + 0.810 * 15) * (1 - 0.09)
    assert q.factors["MPR_own"] == pytest.approx(own)
    assert q.premium_pct == pytest.approx(cat4_cc5)
    assert "CC5 in category 4" in q.reason


def test_factor_dict_names() -> None:
    q = quote("2", "CC2", hor_years=3)
    assert {"HOR", "a_i", "b_i", "c_in", "QPF", "PCF", "BTSF", "TERM", "CEF", "LCF"} <= set(q.factors)
    assert all(isinstance(v, float) for v in q.factors.values())
