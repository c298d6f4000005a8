"""SIMEST-style interest support and the Fondo 394-style loan, by hand and against the reference's figures."""

from __future__ import annotations

import pytest

from exportrisk.errors import InputError
from exportrisk.finance.buyer_credit import schedule
from exportrisk.finance.fund_394 import fund_394
from exportrisk.finance.interest_support import eligibility, interest_support
from exportrisk.finance.terms import Fund394Terms
from exportrisk.parameters import installed_parameters

PARAMS = installed_parameters()


def test_interest_support_saving_by_hand() -> None:
    # 1,000,000 contract, 15 % down, 2 years (4 half-years), CIRR 4 %, market fixed 6 %
    plan = schedule(1_000_000, 0.15, 2.0, 0.04)
    result = interest_support(plan, 6.0, params=PARAMS)
    outstanding = [850_000, 637_500, 425_000, 212_500]
    gap = 0.01  # (6 % - 4 %) / 2 a half-year
    by_hand = sum(gap * o / 1.03 ** k for k, o in enumerate(outstanding, start=1))
    assert result.eligible
    assert result.undiscounted_saving == pytest.approx(gap * sum(outstanding))
    assert result.saving == pytest.approx(by_hand)


def test_interest_support_conditions() -> None:
    assert eligibility(0.85, 24, 4.0, 4.0, params=PARAMS) == ()
    assert eligibility(0.90, 24, 4.0, 4.0, params=PARAMS) == ("financed_share",)
    assert eligibility(0.85, 20, 4.0, 4.0, params=PARAMS) == ("tenor",)
    assert eligibility(0.85, 20, 4.0, 4.0, discounting=True, params=PARAMS) == ()
    assert eligibility(0.85, 24, 3.9, 4.0, capital_goods=False, params=PARAMS) == ("below_cirr", "goods")
    short = interest_support(schedule(1_000_000, 0.10, 1.5, 0.04), 3.0, params=PARAMS)
    assert not short.eligible and short.saving == 0.0
    assert [r.code for r in short.reasons] == ["support_financed_share", "support_tenor", "support_no_gap"]


@pytest.mark.parametrize(("market", "reference"), [(4.0, 0.140), (5.0, 0.174), (6.0, 0.207)])
def test_fund_394_pv_saved_matches_the_reference(market: float, reference: float) -> None:
    """docs/reference/export_finance.md: PV of interest saved per EUR 1 of loan at 0.371 %."""
    result = fund_394(Fund394Terms(1_000_000, market), params=PARAMS)
    assert result.pv_interest_saved / 1_000_000 == pytest.approx(reference, abs=0.0005)


def test_fund_394_grant_and_caps() -> None:
    result = fund_394(Fund394Terms(2_000_000, 5.0, 0.20), params=PARAMS)
    assert result.grant == 200_000  # 20 % of 2m would be 400k: capped
    assert result.interest_subsidised == pytest.approx(2_000_000 * 0.00371 / 2 * 8.5)
    assert result.interest_bank == pytest.approx(2_000_000 * 0.05 / 2 * 8.5)
    assert result.benefit == pytest.approx(result.pv_interest_saved + 200_000)
    with pytest.raises(InputError) as caught:
        fund_394(Fund394Terms(3_000_000, 5.0), params=PARAMS)
    assert caught.value.code == "finance_fund_cap" and caught.value.field == "fund_394.loan_amount"
    assert fund_394(Fund394Terms(3_000_000, 5.0, sme=False), params=PARAMS).loan == 3_000_000
    with pytest.raises(InputError):
        fund_394(Fund394Terms(1_000_000, 5.0, 0.3), params=PARAMS)
