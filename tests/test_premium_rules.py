"""Which rule applies: marketable risk, market-priced countries, NC countries, the concordance, bad input."""

from __future__ import annotations

import math

import pytest

from exportrisk.country.classification import load_countries
from exportrisk.errors import InputError
from exportrisk.premium.concordance import buyer_category_for_rating, rating_cell, representative_rating
from exportrisk.premium.rules import PremiumRequest, Rule, premium


def for_country(text: str, buyer: str = "CC1", **kw):
    country = load_countries().resolve(text)
    return premium(PremiumRequest(country.pricing_category, buyer, marketable=country.marketable, **kw))


@pytest.mark.parametrize("country", ["POL", "DEU", "USA", "Bulgaria"])
def test_marketable_short_term_is_unavailable(country: str) -> None:
    q = for_country(country, days=90)
    assert q.rule is Rule.UNAVAILABLE and q.premium_pct is None
    assert "2012/C 392/01" in q.reason and "private credit insurance" in q.reason
    assert "marketable" in q.reason


def test_marketable_long_term_is_priced() -> None:
    assert for_country("POL", hor_years=3).rule is Rule.MARKET_BENCHMARK
    assert for_country("Bulgaria", hor_years=3).rule is Rule.OECD_MPR  # category 2, EU member


def test_high_income_long_term_benchmark_below_cap() -> None:
    q = for_country("DEU", "CC1", hor_years=3)  # EKN CC1 15 bp a year
    assert q.rule is Rule.MARKET_BENCHMARK
    # an annual spread on the amount outstanding: HOR 3 read as a 3-year standard credit, average life
    # 0.25 + 0.5 x 3 = 1.75 years (payments at 0.5, 1, ..., 3 years)
    assert q.factors["average_life"] == pytest.approx(1.75)
    assert q.premium_pct == pytest.approx(15 * 1.75 / 100)
    cap = 0.090 * 3 + 0.350 + 0.110 * 3  # category-1 CC1 MPR at HOR 3
    assert q.factors["category_1_cap_pct"] == pytest.approx(cap)
    assert "EKN" in q.reason and "capped" in q.reason and "does not bind" in q.reason


def test_high_income_benchmark_capped_at_category_1() -> None:
    q = premium(PremiumRequest("HI", "CC3", hor_years=3))  # EKN CC3 95-100 bp: 97.5 x 1.75 / 100 = 1.70625
    cap = 0.090 * 3 + 0.350 + 0.270 * 3
    assert q.factors["benchmark_pct"] == pytest.approx(1.70625)
    assert q.premium_pct == pytest.approx(cap)
    assert "cap applies" in q.reason
    assert q.premium_pct <= premium(PremiumRequest("1", "CC3", hor_years=3)).premium_pct


def test_category_0_short_term_non_marketable() -> None:
    q = for_country("SGP", "CC2", days=120)  # category 0, not EU/core OECD
    assert q.rule is Rule.MARKET_BENCHMARK
    assert q.premium_pct == pytest.approx(37.5 * (120 / 365) / 100)
    assert q.factors["category_1_cap_pct"] == 0.49  # 0.40 + 4 x 0.0218 = 0.4872
    assert any("ekn_market_premiums" in s for s in q.sources)


def test_nc_small_economy_priced_as_7() -> None:
    tuvalu = load_countries().resolve("Tuvalu")
    assert tuvalu.category == "NC" and tuvalu.pricing_category == "7"
    assert "category 7" in tuvalu.category_note()
    q = for_country("Tuvalu", "CC1", hor_years=3)
    assert q.rule is Rule.OECD_MPR
    assert q.premium_pct == pytest.approx(1.100 * 3 + 1.800 + 0.125 * 3)


def test_nc_euro_microstate_market_priced() -> None:
    andorra = load_countries().resolve("Andorra")
    assert andorra.pricing_category == "HI" and andorra.market_priced
    assert for_country("Andorra", hor_years=3).rule is Rule.MARKET_BENCHMARK


def test_nc_category_rejected_by_the_engine() -> None:
    with pytest.raises(InputError, match="does not classify") as info:
        premium(PremiumRequest("NC", "CC1", hor_years=3))
    assert info.value.field == "country_category"


@pytest.mark.parametrize(("rating", "category", "expected"), [
    ("AA", "1", "CC1"), ("A", "1", "CC2"), ("BBB-", "1", "CC3"), ("BB", "1", "CC4"), ("BB-", "1", "CC5"),
    ("CCC", "1", "CC5"), ("A", "HI", "CC2"), ("BB", "0", "CC4"), ("BB-", "2", "CC4"), ("B", "3", "CC5"),
    ("B", "4", "CC4"), ("B-", "5", "CC4"), ("CC", "6", "CC3"), ("B", "7", "CC1"), ("CCC+", "7", "CC2"),
])
def test_buyer_category_for_rating(rating: str, category: str, expected: str) -> None:
    assert buyer_category_for_rating(rating, category) == expected


def test_rating_better_than_cc1_is_clamped_and_said() -> None:
    buyer, note = rating_cell("AAA", "7")
    assert buyer == "CC1" and "better than the CC1 range" in note
    assert rating_cell("B", "7") == ("CC1", "")


@pytest.mark.parametrize(("buyer", "category", "expected"), [
    ("CC1", "1", "AA+"), ("CC2", "1", "A"), ("CC2", "2", "BBB"), ("CC5", "1", "BB-"), ("CC4", "2", "BB-"),
    ("SOV", "3", "BBB+"), ("SOV+", "HI", "AAA"), ("CC0", "7", "B"), ("CC5", "7", "B-"), ("CC1", "0", "AA+"),
])
def test_representative_rating(buyer: str, category: str, expected: str) -> None:
    assert representative_rating(buyer, category) == expected


@pytest.mark.parametrize(("kw", "field"), [
    ({"pcc": 0}, "pcc"), ({"pcc": 1.01}, "pcc"), ({"pcp": -0.5}, "pcp"), ({"pcc": math.nan}, "pcc"),
    ({"cef": 0.5}, "cef"), ({"cef": -0.1}, "cef"), ({"lcf": 0.3}, "lcf"),
    ({"quality": "premium"}, "quality"), ({"rate_card": "sace"}, "rate_card"),
    ({"obligor_rating": "XYZ"}, "XYZ"), ({"buyer_category": "CC6"}, "buyer_category"),
    ({"country_category": "8"}, "country_category"),
])
def test_bad_fields_rejected_by_name(kw: dict, field: str) -> None:
    base = {"country_category": "3", "buyer_category": "CC1", "hor_years": 3.0} | kw
    with pytest.raises(InputError) as info:
        premium(PremiumRequest(**base))
    assert field in (info.value.field, info.value.params.get("value"))


@pytest.mark.parametrize(("kw", "text"), [
    ({"days": -5}, "days"), ({"days": 0}, "days"), ({"days": 1.5}, "days"), ({"days": math.nan}, "days"),
    ({"hor_years": 0.0}, "hor_years"), ({"hor_years": -1.0}, "hor_years"),
    ({"hor_years": math.nan}, "hor_years"),
    ({"hor_years": 3.0, "days": 90}, "exactly one"), ({}, "exactly one"),
    ({"disbursement_months": 6}, "repayment_years"), ({"repayment_years": 3}, "disbursement_months"),
    ({"disbursement_months": -6, "repayment_years": 3}, "disbursement_months"),
])
def test_bad_horizons_rejected(kw: dict, text: str) -> None:
    with pytest.raises(InputError) as info:
        premium(PremiumRequest("3", "CC1", **kw))
    assert info.value.field == text or text in str(info.value)


def test_text_fields_are_normalised() -> None:
    q = premium(PremiumRequest(" hi ", "cc1", hor_years=3, quality="Standard", rate_card="DEFAULT"))
    assert q.rule is Rule.MARKET_BENCHMARK and q.rate_card == "default"


def test_market_benchmark_charges_the_annual_spread_over_the_average_life() -> None:
    # 6 months' disbursement, 4-year standard repayment: average life 0.5 x 6 / 12 + 0.25 + 0.5 x 4 = 2.5 years
    # (payments at 0.5 .. 4 years after a start 3 months out on average), not HOR = 0.25 + 4 = 4.25
    q = premium(PremiumRequest("HI", "CC1", disbursement_months=6, repayment_years=4))
    assert q.hor_years == pytest.approx(4.25)
    assert q.factors["average_life"] == pytest.approx(2.5)
    assert q.factors["benchmark_pct"] == pytest.approx(15 * 2.5 / 100)
    bullet = premium(PremiumRequest("HI", "CC1", disbursement_months=0, repayment_years=4, profile="bullet"))
    assert bullet.factors["average_life"] == pytest.approx(4.0)   # one repayment at 4 years


def test_market_benchmark_does_not_fall_across_the_two_year_line_in_days() -> None:
    # one payment: the average life is days / 365 on both sides of the line, so the premium rises smoothly
    before = premium(PremiumRequest("HI", "CC2", days=729)).premium_pct
    after = premium(PremiumRequest("HI", "CC2", days=730)).premium_pct
    assert before <= after
    assert after == pytest.approx(min(37.5 * 2.0 / 100, after), rel=1e-12)


def test_short_term_tariff_scales_with_the_cover_share() -> None:
    full = premium(PremiumRequest("4", "CC2", days=120))
    half = premium(PremiumRequest("4", "CC2", days=120, pcc=0.5, pcp=0.5))
    assert full.rule is Rule.SHORT_TERM_TARIFF and half.rule is Rule.SHORT_TERM_TARIFF
    # max(PCC, PCP) / 0.95 as the MPR scales cover (Annex VI); the 2-year MPR cap scales the same way
    assert half.premium_pct == pytest.approx(min(full.premium_pct * 0.5 / 0.95, half.factors["MPR_2y_cap"]))
    assert half.premium_pct < full.premium_pct
