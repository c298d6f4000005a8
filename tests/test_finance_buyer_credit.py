"""Buyer-credit schedule, interest and present value against the closed forms of equal principal instalments."""

from __future__ import annotations

import pytest

from exportrisk.errors import InputError
from exportrisk.finance.buyer_credit import schedule, state_cover_pct


def annuity(v: float, n: int) -> float:
    """a_n = sum_{k=1..n} v^k."""
    return v * (1 - v ** n) / (1 - v)


def increasing(v: float, n: int) -> float:
    """(Ia)_n = sum_{k=1..n} k v^k, closed form v (1 - (n + 1) v^n + n v^(n+1)) / (1 - v)^2."""
    return v * (1 - (n + 1) * v ** n + n * v ** (n + 1)) / (1 - v) ** 2


@pytest.mark.parametrize(("contract", "down", "years", "rate", "discount"), [
    (4_000_000, 0.15, 5.0, 0.0523, 0.065), (1_000_000, 0.20, 8.5, 0.0464, 0.03), (500_000, 0.15, 2.0, 0.01, 0.01),
])
def test_schedule_and_present_value_against_closed_form(contract, down, years, rate, discount) -> None:
    plan = schedule(contract, down, years, rate)
    financed = contract * (1 - down)
    n = round(2 * years)
    assert len(plan.instalments) == n and plan.financed == pytest.approx(financed)
    assert all(i.principal == pytest.approx(financed / n) for i in plan.instalments)
    assert sum(i.principal for i in plan.instalments) == pytest.approx(financed)
    # interest on the outstanding F (1 - (k-1)/n): total F (r/2) (n+1)/2
    assert plan.total_interest == pytest.approx(financed * rate / 2 * (n + 1) / 2)
    # PV = (F/n) a_n + F r/2 [(1 + 1/n) a_n - (Ia)_n / n]
    v = 1 / (1 + discount / 2)
    closed = financed / n * annuity(v, n) + financed * rate / 2 * ((1 + 1 / n) * annuity(v, n) - increasing(v, n) / n)
    assert plan.present_value(discount) == pytest.approx(closed, rel=1e-12)
    assert plan.present_value(rate) == pytest.approx(financed, rel=1e-12)  # at its own rate the loan is worth par
    assert plan.weighted_average_life == pytest.approx((0.5 + years) / 2)


def test_all_in_rate() -> None:
    plan = schedule(1_000_000, 0.15, 5.0, 0.05)
    assert plan.all_in_rate() == 0.05
    with_premium = plan.all_in_rate(0.04 * plan.financed)
    assert with_premium > 0.05
    assert plan.present_value(with_premium) == pytest.approx(0.96 * plan.financed, rel=1e-9)


def test_repayment_in_half_years_and_state_cover() -> None:
    with pytest.raises(InputError) as caught:
        schedule(1_000_000, 0.15, 5.2, 0.05)
    assert caught.value.code == "finance_half_years"
    five, eight = state_cover_pct("3", "CC2", 0, 5.0), state_cover_pct("3", "CC2", 0, 8.0)
    assert 0 < five < eight


def test_no_state_cover_says_why_in_the_users_language() -> None:
    # a marketable short-term risk: the rules offer no state cover, and the reason is a catalogue sentence
    with pytest.raises(InputError) as caught:
        state_cover_pct("0", "CC2", 0, 1.0, marketable=True)
    error = caught.value
    assert error.code == "finance_no_state_cover" and error.field == "buyer.country"
    assert error.params["reason"].code == "state_marketable"
    assert "marketable" in error.text("en") and "private credit insurance" in error.text("en")
    italian = error.text("it")
    assert "assicurazione del credito privata" in italian and "marketable" not in italian
