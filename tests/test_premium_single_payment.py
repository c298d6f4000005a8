"""One payment due in two years or more is a bullet credit: the same premium however it is entered."""

from __future__ import annotations

import pytest

from exportrisk.premium.rules import PremiumRequest, Rule, premium


@pytest.mark.parametrize("years", [2, 3, 5])
def test_single_payment_days_equal_a_bullet_credit(years: int) -> None:
    by_days = premium(PremiumRequest("5", "CC2", days=365 * years))
    by_schedule = premium(PremiumRequest("5", "CC2", disbursement_months=0, repayment_years=years, profile="bullet"))
    # Annex VI: a bullet of R years counts as (R - 0.25) / 0.5 years of horizon
    assert by_days.hor_years == pytest.approx((years - 0.25) / 0.5, abs=1e-12)
    assert by_days.rule is Rule.OECD_MPR and by_days.premium_pct == pytest.approx(by_schedule.premium_pct, rel=1e-12)


def test_just_under_two_years_is_short_term_and_not_dearer() -> None:
    short = premium(PremiumRequest("5", "CC2", days=729))
    long = premium(PremiumRequest("5", "CC2", days=730))
    assert short.rule is Rule.SHORT_TERM_TARIFF and long.rule is Rule.OECD_MPR
    assert short.premium_pct <= long.premium_pct
