"""Bond fees by the issuing bank's category, the unfair-call exposure and the state counter-guarantee."""

from __future__ import annotations

import pytest

from exportrisk.errors import InputError
from exportrisk.finance.bonds import bond_quote, bond_rate_pct, quarters
from exportrisk.finance.terms import Bond

ADDON = {"1": 0.0, "3": 0.0, "4": 0.25, "5": 0.5, "6": 1.0, "7": 2.0}  # bond_fees.csv, percent a year
COUNTER = {"1": 0.12, "3": 0.28, "5": 0.52, "7": 0.84}                 # counter_guarantee_rates.csv, flat %


@pytest.mark.parametrize("category", sorted(ADDON))
def test_fee_by_hand(category: str) -> None:
    bond = Bond("advance_payment", 600_000, 9)
    quote = bond_quote(bond, category, category)
    assert quote.rate_pct_pa == pytest.approx(1.5 + ADDON[category])
    assert quote.fee == pytest.approx(600_000 * (1.5 + ADDON[category]) / 100 * 3 / 4)
    assert bond_rate_pct(category, "investment_grade") == pytest.approx(0.75 + ADDON[category])
    assert bond_rate_pct(category, "sme", local_issuer=False) == 1.5


def test_quarters_minimum_one_and_started() -> None:
    assert quarters(0) == 1 and quarters(1) == 1 and quarters(3) == 1 and quarters(3.1) == 2 and quarters(24) == 8


@pytest.mark.parametrize("category", sorted(COUNTER))
def test_unfair_call_and_counter_guarantee(category: str) -> None:
    plain = bond_quote(Bond("performance", 400_000, 24, 0.02), "3", category)
    assert plain.expected_call_loss == pytest.approx(0.02 * 400_000)
    assert plain.counter_guarantee_premium == 0.0 and plain.expected_call_loss_covered == plain.expected_call_loss
    covered = bond_quote(Bond("performance", 400_000, 24, 0.02, True), "3", category)
    assert covered.counter_guarantee_premium == pytest.approx(COUNTER[category] / 100 * 400_000)
    assert covered.expected_call_loss_covered == pytest.approx(0.02 * 400_000 * 0.05)
    assert bond_quote(Bond("bid", 1.0, 1), "3", "3").unfair_call_probability == 0.01  # the labelled default


def test_bad_inputs() -> None:
    with pytest.raises(InputError) as caught:
        bond_quote(Bond("performance", 1.0, 1, None, True), "3", "HI")
    assert caught.value.code == "finance_counter_guarantee"
    with pytest.raises(InputError) as caught:
        Bond("tender", 1.0, 1)
    assert caught.value.field == "bond.kind"
