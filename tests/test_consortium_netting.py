"""FX netting of a consortium's flows against hand-computed buckets (no market data: spots are given)."""

from __future__ import annotations

from datetime import date

import pytest

from exportrisk.consortium.io import load_pool
from exportrisk.consortium.model import Member, Payable, Pool, Receivable
from exportrisk.consortium.netting import net_flows
from exportrisk.deal.model import Buyer, Terms
from exportrisk.paths import resources_dir

POOLS = resources_dir() / "examples" / "pools"
SPOTS = {"USD": 0.9, "GBP": 1.15}  # EUR per 1 unit of foreign currency, chosen for the hand arithmetic
VALUATION = date(2026, 10, 30)


def rec(member: str, amount: float, currency: str, days: int, where: str) -> Receivable:
    terms = Terms(amount, currency, "open_account", payment_days=days, target_margin=0.0)
    return Receivable(member, Buyer(f"Buyer of {member}", "USA", rating="BBB"), terms, where)


def pay(member: str, amount: float, currency: str, days: int, where: str) -> Payable:
    return Payable(member, currency, amount, days, where)


def pool_of(receivables: list[Receivable], payables: list[Payable], members: tuple[Member, ...] | None = None) -> Pool:
    members = members or tuple(Member(n, "EUR") for n in ("A", "B", "C"))
    return Pool("Test pool", "EUR", VALUATION, 0.0, members, tuple(receivables), tuple(payables))


def rows_by_key(netting) -> dict[tuple[str, int, int], object]:
    return {(r.currency, r.bucket_from_day, r.bucket_to_day): r for r in netting.rows}


@pytest.fixture
def mixed_pool() -> Pool:
    """USD bucket 1: A +100k, B -40k, C +25k; USD bucket 2: A +50k -30k, B +10k; GBP bucket 3: B +80k, C -20k.
    A's EUR invoice is in the home currency; D (home USD) sells in GBP and is left out."""
    members = (Member("A", "EUR"), Member("B", "EUR"), Member("C", "EUR"), Member("D", "USD"))
    receivables = [rec("A", 100_000, "USD", 10, "r-A-usd-10"), rec("C", 25_000, "USD", 20, "r-C-usd-20"),
                   rec("A", 50_000, "USD", 60, "r-A-usd-60"), rec("B", 10_000, "USD", 45, "r-B-usd-45"),
                   rec("B", 80_000, "GBP", 75, "r-B-gbp-75"), rec("A", 500_000, "EUR", 10, "r-A-eur-10"),
                   rec("D", 70_000, "GBP", 75, "r-D-gbp-75")]
    payables = [pay("B", 40_000, "USD", 30, "p-B-usd-30"), pay("A", 30_000, "USD", 31, "p-A-usd-31"),
                pay("C", 20_000, "GBP", 90, "p-C-gbp-90"), pay("A", 9_999, "EUR", 40, "p-A-eur-40")]
    return pool_of(receivables, payables, members)


def test_buckets_of_a_mixed_pool_match_the_hand_computation(mixed_pool: Pool) -> None:
    netting = net_flows(mixed_pool, SPOTS, 0.2, 30)
    rows = rows_by_key(netting)
    assert set(rows) == {("USD", 1, 30), ("USD", 31, 60), ("GBP", 61, 90)}  # no EUR row, no row for D alone
    usd1, usd2, gbp3 = rows[("USD", 1, 30)], rows[("USD", 31, 60)], rows[("GBP", 61, 90)]
    # gross flows in the invoice currency
    assert (usd1.receivables, usd1.payables) == pytest.approx((125_000, 40_000))
    assert (usd2.receivables, usd2.payables) == pytest.approx((60_000, 30_000))
    assert (gbp3.receivables, gbp3.payables) == pytest.approx((80_000, 20_000))  # D's 70k GBP is not netted
    # alone: S x sum |R_m - P_m|; pooled: S x |sum (R_m - P_m)|
    assert usd1.standalone_notional == pytest.approx(0.9 * (100_000 + 40_000 + 25_000))
    assert usd1.pooled_notional == pytest.approx(0.9 * (100_000 - 40_000 + 25_000))
    assert usd2.standalone_notional == pytest.approx(0.9 * (20_000 + 10_000))  # A nets its own flows first
    assert usd2.pooled_notional == pytest.approx(0.9 * 30_000)
    assert gbp3.standalone_notional == pytest.approx(1.15 * (80_000 + 20_000))
    assert gbp3.pooled_notional == pytest.approx(1.15 * 60_000)
    # margins = 0.2 % of the notionals
    assert (usd1.standalone_margin, usd1.pooled_margin, usd1.saving) == pytest.approx((297.0, 153.0, 144.0))
    assert (usd2.standalone_margin, usd2.pooled_margin, usd2.saving) == pytest.approx((54.0, 54.0, 0.0))
    assert (gbp3.standalone_margin, gbp3.pooled_margin, gbp3.saving) == pytest.approx((230.0, 138.0, 92.0))
    assert netting.standalone_margin == pytest.approx(581.0)
    assert netting.pooled_margin == pytest.approx(345.0)
    assert netting.saving == pytest.approx(236.0)
    assert netting.margin_pct == 0.2


def test_member_notionals_are_each_members_own_hedge(mixed_pool: Pool) -> None:
    netting = net_flows(mixed_pool, SPOTS, 0.2, 30)
    expected = {"A": 0.9 * 100_000 + 0.9 * 20_000,                 # 108,000
                "B": 0.9 * 40_000 + 0.9 * 10_000 + 1.15 * 80_000,  # 137,000
                "C": 0.9 * 25_000 + 1.15 * 20_000}                 # 45,500
    assert netting.member_notional == pytest.approx(expected)
    assert sum(netting.member_notional.values()) == pytest.approx(sum(r.standalone_notional for r in netting.rows))


def test_other_home_currency_members_are_excluded_with_a_message(mixed_pool: Pool) -> None:
    netting = net_flows(mixed_pool, SPOTS, 0.2, 30)
    assert "D" not in netting.member_notional
    assert len(netting.excluded) == 1
    message = netting.excluded[0]
    assert "r-D-gbp-75" in message and "home currency" in message
    # home-currency flows are silently ignored: neither netted nor excluded
    assert not any("eur" in m for m in netting.excluded)


def test_offsetting_receivable_and_payable_save_everything() -> None:
    pool = pool_of([rec("A", 50_000, "USD", 40, "r1")], [pay("B", 50_000, "USD", 55, "p1")])
    netting = net_flows(pool, SPOTS, 0.15, 30)
    (row,) = netting.rows
    assert (row.currency, row.bucket_from_day, row.bucket_to_day) == ("USD", 31, 60)
    assert row.standalone_notional == pytest.approx(90_000.0)
    assert row.pooled_notional == pytest.approx(0.0, abs=1e-9)
    assert row.standalone_margin == pytest.approx(135.0)
    assert row.pooled_margin == pytest.approx(0.0, abs=1e-9)
    assert netting.saving == pytest.approx(135.0) == pytest.approx(netting.standalone_margin)
    assert netting.member_notional == pytest.approx({"A": 45_000.0, "B": 45_000.0})


def test_flows_all_one_way_save_nothing() -> None:
    pool = pool_of([rec("A", 10_000, "USD", 5, "r1"), rec("B", 20_000, "USD", 25, "r2"),
                    rec("C", 30_000, "GBP", 100, "r3"), rec("A", 5_000, "GBP", 120, "r4")], [])
    netting = net_flows(pool, SPOTS, 0.15, 30)
    rows = rows_by_key(netting)
    assert set(rows) == {("USD", 1, 30), ("GBP", 91, 120)}
    assert rows[("USD", 1, 30)].pooled_notional == pytest.approx(0.9 * 30_000)
    assert rows[("GBP", 91, 120)].pooled_notional == pytest.approx(1.15 * 35_000)
    for row in netting.rows:
        assert row.pooled_notional == pytest.approx(row.standalone_notional)
        assert row.saving == pytest.approx(0.0, abs=1e-9)
    assert netting.standalone_margin == pytest.approx(0.0015 * (27_000 + 40_250))
    assert netting.saving == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize(("days", "bucket"), [(1, (1, 30)), (30, (1, 30)), (31, (31, 60)), (60, (31, 60)),
                                              (61, (61, 90)), (365, (361, 390))])
def test_bucket_edges(days: int, bucket: tuple[int, int]) -> None:
    netting = net_flows(pool_of([rec("A", 1_000, "USD", days, "r1")], []), SPOTS, 0.15, 30)
    assert [(r.bucket_from_day, r.bucket_to_day) for r in netting.rows] == [bucket]


def test_flows_one_day_apart_across_a_bucket_edge_do_not_net() -> None:
    pool = pool_of([rec("A", 40_000, "USD", 30, "r1")], [pay("B", 40_000, "USD", 31, "p1")])
    netting = net_flows(pool, SPOTS, 0.15, 30)
    assert len(netting.rows) == 2
    assert netting.pooled_margin == pytest.approx(netting.standalone_margin) == pytest.approx(0.0015 * 72_000)
    # the same flows with 60-day buckets fall together and cancel
    wide = net_flows(pool, SPOTS, 0.15, 60)
    assert len(wide.rows) == 1 and wide.pooled_margin == pytest.approx(0.0, abs=1e-9)
    assert wide.saving == pytest.approx(0.0015 * 72_000)


def test_netting_of_the_brianza_example_by_hand() -> None:
    """USD days 61-90: Colombo 145k - 60k, Sedie 130k, Sala 54k (all one way); days 91-120: Colombo +88k against
    Intagli -120k. GBP, CHF, PLN and AUD have one member each; Villa's EUR invoice is home currency."""
    pool = load_pool(POOLS / "brianza_furniture.toml")
    spots = {"USD": 0.9, "GBP": 1.15, "CHF": 1.05, "PLN": 0.23, "AUD": 0.6}
    netting = net_flows(pool, spots, 0.15, 30)
    rows = rows_by_key(netting)
    assert set(rows) == {("USD", 61, 90), ("USD", 91, 120), ("GBP", 31, 60), ("CHF", 31, 60), ("PLN", 61, 90),
                         ("AUD", 91, 120)}
    assert rows[("USD", 61, 90)].standalone_notional == pytest.approx(0.9 * 269_000)
    assert rows[("USD", 61, 90)].pooled_notional == pytest.approx(0.9 * 269_000)
    assert rows[("USD", 91, 120)].standalone_notional == pytest.approx(0.9 * 208_000)
    assert rows[("USD", 91, 120)].pooled_notional == pytest.approx(0.9 * 32_000)
    assert netting.saving == pytest.approx(0.0015 * 0.9 * 176_000)
    assert netting.excluded == ()
    assert netting.member_notional["Intagli Fumagalli S.r.l."] == pytest.approx(1.05 * 95_000 + 0.9 * 120_000)
    assert netting.member_notional["Tappezzeria Villa S.r.l."] == pytest.approx(0.23 * 410_000)
