"""The pool simulation against Vasicek and Basel IRB, Euler tails, political shocks, the group policy, chunking,
the guarantee fund, and cent-exact rounding of allocations."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from exportrisk.consortium.allocation import round_to_total
from exportrisk.consortium.analysis import _fund
from exportrisk.consortium.portfolio import Exposures, basel_correlation, simulate_pool, vasicek_quantile
from exportrisk.money import round_money


def exposures(default_loss, pd, rho, *, political_loss=None, country=None, member=None, insured=None,
              country_pd=(0.0,), members=1) -> Exposures:
    n = len(default_loss)
    return Exposures(np.asarray(default_loss, float),
                     np.zeros(n) if political_loss is None else np.asarray(political_loss, float),
                     np.broadcast_to(np.asarray(pd, float), (n,)).copy(),
                     np.broadcast_to(np.asarray(rho, float), (n,)).copy(),
                     np.zeros(n, int) if country is None else np.asarray(country),
                     np.zeros(n, int) if member is None else np.asarray(member),
                     np.zeros(n, bool) if insured is None else np.asarray(insured, bool),
                     np.asarray(country_pd, float), members)


def homogeneous(n: int, pd: float = 0.01, rho: float = 0.12) -> Exposures:
    return exposures(np.ones(n), pd, rho)


def quantile(sample: np.ndarray, q: float) -> float:
    """Empirical q-quantile: the ceil(q n)-th smallest value (inverse of the empirical CDF)."""
    return float(np.sort(sample)[math.ceil(q * sample.size) - 1])


def es(sample: np.ndarray, q: float) -> float:
    """Mean of the ceil((1 - q) n) largest values, computed here with a full sort."""
    k = math.ceil(round((1 - q) * sample.size, 9))
    return float(np.sort(sample)[-k:].mean())


# --- large-pool limit -------------------------------------------------------------------------------------------

def test_pool_quantiles_converge_to_vasicek_and_small_pools_have_fatter_tails() -> None:
    """PD 1 %, rho 0.12, N = 50, 500, 5000 unit exposures; loss fraction = gross / N.

    At N = 5000 (100,000 scenarios) the gap left is granularity (a step of 1/N = 0.02 % of exposure, ~0.3 % of the
    99.9 % quantile) plus the sampling error of an empirical quantile: sd ~ sqrt(q (1 - q) / n) / phi(z_q) in the
    factor, times dp/dz / p ~ 0.7, i.e. ~0.9 % at 99 % and ~2 % at 99.9 % (measured over 12 seeds: 0.8 % and 2.2 %).
    Tolerances: 3 % and 7 % (about 3 sd). The ordering 500 > 5000 holds for this seed; the N = 500 error is mostly
    the 1/500 step of the loss fraction (2-6 % of the quantile)."""
    pd, rho = 0.01, 0.12
    errors = {}
    for n, scenarios in ((50, 200_000), (500, 200_000), (5_000, 100_000)):
        losses = simulate_pool(homogeneous(n, pd, rho), scenarios, 7, max(1, 4_000_000 // n), cover_share=0.0)
        fraction = losses.gross / n
        errors[n] = {q: quantile(fraction, q) / vasicek_quantile(pd, rho, q) - 1 for q in (0.99, 0.999)}
    for q in (0.99, 0.999):
        assert abs(errors[50][q]) > abs(errors[500][q]) > abs(errors[5_000][q])
    assert abs(errors[5_000][0.99]) < 0.03
    assert abs(errors[5_000][0.999]) < 0.07
    # tens of buyers: the large-pool formula understates the 99.9 % tail (quant_notes: ~20 % at 50 buyers)
    assert errors[50][0.999] > 0.10


def test_large_pool_with_basel_correlation() -> None:
    pd = 0.01
    rho = float(basel_correlation(np.array([pd]))[0])
    losses = simulate_pool(homogeneous(5_000, pd, rho), 50_000, 3, 800)
    fraction = losses.gross / 5_000
    assert quantile(fraction, 0.99) == pytest.approx(vasicek_quantile(pd, rho, 0.99), rel=0.04)
    assert fraction.mean() == pytest.approx(pd, rel=0.03)  # E[L/N] = PD; sd of the mean ~ 0.013 / sqrt(n) / PD


def test_vasicek_quantile_formula() -> None:
    """Phi((Phi^-1(PD) + sqrt(rho) Phi^-1(q)) / sqrt(1 - rho)) evaluated with scipy.stats."""
    for pd, rho, q in ((0.01, 0.12, 0.999), (0.03, 0.2, 0.99), (0.002, 0.24, 0.9)):
        expected = norm.cdf((norm.ppf(pd) + math.sqrt(rho) * norm.ppf(q)) / math.sqrt(1 - rho))
        assert vasicek_quantile(pd, rho, q) == pytest.approx(expected, rel=1e-12)
    assert vasicek_quantile(0.01, 0.0, 0.999) == pytest.approx(0.01)  # no correlation: no tail beyond PD


@pytest.mark.parametrize(("sme_reduction", "risk_weight_pct"), [(0.0, 92.32), (0.04, 72.39)])
def test_basel_irb_risk_weight(sme_reduction: float, risk_weight_pct: float) -> None:
    """quant_notes: PD 1 %, LGD 45 %, M 2.5 -> RW 92.32 %; an SME with sales EUR 5m (R - 0.04) -> 72.39 %."""
    pd, lgd, maturity = 0.01, 0.45, 2.5
    r = float(basel_correlation(np.array([pd]))[0]) - sme_reduction
    b = (0.11852 - 0.05478 * math.log(pd)) ** 2
    k = lgd * (vasicek_quantile(pd, r, 0.999) - pd) * (1 + (maturity - 2.5) * b) / (1 - 1.5 * b)
    assert 12.5 * k * 100 == pytest.approx(risk_weight_pct, abs=0.01)


def test_basel_correlation_bounds() -> None:
    r = basel_correlation(np.array([0.0, 0.01, 0.2, 1.0]))
    assert r[0] == pytest.approx(0.24) and r[-1] == pytest.approx(0.12)
    weight = (1 - math.exp(-0.5)) / (1 - math.exp(-50))
    assert r[1] == pytest.approx(0.12 * weight + 0.24 * (1 - weight))
    assert np.all(np.diff(r) < 0)


# --- Euler tails, political shocks, group policy, chunks -----------------------------------------------------------

def test_euler_contributions_sum_to_the_pool_es_and_expected_loss() -> None:
    rng = np.random.default_rng(5)
    n = 60
    exp = exposures(rng.uniform(1e4, 2e5, n), rng.uniform(0.005, 0.05, n), 0.15,
                    political_loss=rng.uniform(0, 5e4, n), country=rng.integers(0, 3, n), member=np.arange(n) % 4,
                    insured=rng.random(n) < 0.7, country_pd=(0.01, 0.02, 0.005), members=4)
    losses = simulate_pool(exp, 5_000, 11, 700, cover_share=0.9, deductible=20_000.0)
    assert losses.member_tail.sum() == pytest.approx(es(losses.retained, 0.99), rel=1e-9)
    assert losses.member_expected.sum() == pytest.approx(losses.retained.mean(), rel=1e-9)
    assert np.all(losses.retained <= losses.gross + 1e-6)


def test_chunked_tail_bookkeeping_equals_the_full_sample_es() -> None:
    """One uninsured member: its Euler tail and its own ES alone are both the ES of the pool's loss, though only the
    worst k scenarios per chunk are kept (chunk 97 does not divide 3,000)."""
    rng = np.random.default_rng(2)
    exp = exposures(rng.uniform(1.0, 10.0, 40), 0.03, 0.2)
    losses = simulate_pool(exp, 3_000, 4, 97)
    assert losses.member_tail[0] == pytest.approx(es(losses.gross, 0.99), rel=1e-12)
    assert losses.alone_es[0] == pytest.approx(es(losses.gross, 0.99), rel=1e-12)
    assert losses.alone_expected[0] == pytest.approx(losses.gross.mean(), rel=1e-12)
    np.testing.assert_array_equal(losses.retained, losses.gross)


def test_chunk_size_changes_the_random_stream_but_not_the_statistics() -> None:
    """The factor, uniforms and shocks are drawn chunk by chunk, so another chunk size gives another (equally valid)
    sample: same seed and chunk give identical losses; chunk 250 against one chunk agree within sampling error."""
    exp = homogeneous(200, 0.02, 0.15)
    one = simulate_pool(exp, 20_000, 9, 20_000)
    again = simulate_pool(exp, 20_000, 9, 20_000)
    np.testing.assert_array_equal(one.gross, again.gross)
    small = simulate_pool(exp, 20_000, 9, 250)
    sd_mean = math.sqrt(one.gross.var() / 20_000 + small.gross.var() / 20_000)
    assert abs(one.gross.mean() - small.gross.mean()) < 4 * sd_mean
    assert one.gross.mean() == pytest.approx(200 * 0.02, rel=0.05)
    assert quantile(small.gross, 0.99) == pytest.approx(quantile(one.gross, 0.99), rel=0.12)


def test_a_political_shock_hits_the_whole_country_at_once() -> None:
    """PD 0, country_pd 0.05: each scenario loses either nothing or the country's whole political exposure."""
    political = np.array([100.0, 250.0, 40.0, 7.0, 3.0])
    exp = exposures(political, 0.0, 0.12, political_loss=political, country=[0, 0, 0, 1, 1],
                    country_pd=(0.05, 0.0))
    losses = simulate_pool(exp, 20_000, 13, 3_000)
    values = set(np.unique(losses.gross))
    assert values == {0.0, 390.0}
    share = float((losses.gross > 0).mean())
    assert share == pytest.approx(0.05, abs=4 * math.sqrt(0.05 * 0.95 / 20_000))


def test_commercial_default_comes_before_the_political_loss() -> None:
    """Certain shock (country_pd 1) and PD 50 %: a defaulted buyer loses its default loss, the others their political
    loss, never both."""
    exp = exposures([10.0], 0.5, 0.0, political_loss=[4.0], country_pd=(1.0,))
    losses = simulate_pool(exp, 4_000, 1, 1_000)
    assert set(np.unique(losses.gross)) == {4.0, 10.0}
    assert float((losses.gross == 10.0).mean()) == pytest.approx(0.5, abs=0.04)


def test_group_policy_indemnity_on_a_certain_loss() -> None:
    """Country struck in every scenario: member 0 loses 100 (insured) + 30 (uninsured), member 1 loses 50 (insured).
    Pool: indemnity 0.9 x (150 - 40) = 99, retained 81, split pro rata to insured loss (share 99/150 = 0.66);
    alone (deductible 10 each): 130 - 0.9 x 90 = 49 and 50 - 0.9 x 40 = 14."""
    exp = exposures([0.0, 0.0, 0.0], 0.0, 0.1, political_loss=[100.0, 50.0, 30.0], member=[0, 1, 0],
                    insured=[True, True, False], country_pd=(1.0,), members=2)
    losses = simulate_pool(exp, 1_000, 3, 400, cover_share=0.9, deductible=40.0, member_deductible=10.0)
    np.testing.assert_allclose(losses.gross, 180.0)
    np.testing.assert_allclose(losses.retained, 81.0)
    np.testing.assert_allclose(losses.member_expected, [130 - 66, 50 - 33])
    np.testing.assert_allclose(losses.alone_expected, [49.0, 14.0])
    uncovered = simulate_pool(exp, 1_000, 3, 400, cover_share=0.9, deductible=40.0, covers_political=False)
    np.testing.assert_allclose(uncovered.retained, 180.0)


def test_group_policy_indemnity_scenario_by_scenario() -> None:
    """All receivables insured, one member: retained = gross - cover x max(gross - deductible, 0) in each scenario."""
    rng = np.random.default_rng(8)
    exp = exposures(rng.uniform(50, 150, 30), 0.05, 0.2, insured=np.ones(30, bool))
    losses = simulate_pool(exp, 5_000, 21, 1_000, cover_share=0.8, deductible=120.0)
    expected = losses.gross - 0.8 * np.maximum(losses.gross - 120.0, 0.0)
    np.testing.assert_allclose(losses.retained, expected, rtol=1e-12, atol=1e-9)
    assert (losses.gross > 120).any() and (losses.gross < 120).any()  # both branches of the max are used


# --- guarantee fund ------------------------------------------------------------------------------------------------

def test_fund_exhaustion_and_required_rate() -> None:
    rng = np.random.default_rng(4)
    exposure_values = rng.uniform(1e4, 1e5, 80)
    exp = exposures(exposure_values, 0.02, 0.2, insured=np.ones(80, bool))
    scenarios = 20_000
    retained = simulate_pool(exp, scenarios, 6, 5_000, cover_share=0.9, deductible=50_000.0).retained
    total = float(exposure_values.sum())
    fund = _fund(retained, total, 0.005, 0.01)
    assert fund.size == pytest.approx(0.005 * total)
    assert fund.exhaustion_probability == pytest.approx(np.count_nonzero(retained > fund.size) / scenarios)
    assert fund.expected_loss_beyond == pytest.approx(np.clip(retained - fund.size, 0, None).mean())
    assert 0 < fund.exhaustion_probability < 1
    # the required fund is the 99 % loss quantile: the k-th largest retained loss, k = 1 % of the scenarios
    assert fund.required_contribution_rate * total == pytest.approx(np.sort(retained)[-scenarios // 100])
    required = _fund(retained, total, fund.required_contribution_rate, 0.01)
    assert required.exhaustion_probability <= 0.01 + 1 / scenarios
    assert required.required_contribution_rate == pytest.approx(fund.required_contribution_rate)
    # a slightly smaller fund is exhausted more often than the target: the rate is the smallest that works
    smaller = _fund(retained, total, fund.required_contribution_rate * 0.999, 0.01)
    assert smaller.exhaustion_probability >= 0.01


# --- rounding to the total -----------------------------------------------------------------------------------------

MONEY = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(MONEY, min_size=1, max_size=40))
def test_round_to_total_adds_up_to_the_cent(values: list[float]) -> None:
    rounded = round_to_total(values)
    assert len(rounded) == len(values)
    assert sum(round(r * 100) for r in rounded) == round(round_money(sum(values)) * 100)
    for r, v in zip(rounded, values, strict=True):
        assert r == round(r, 2)
        assert abs(r * 100 - v * 100) < 1 + 1e-6 * max(1.0, abs(v))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-10**9, 10**9), min_size=1, max_size=20))
def test_round_to_total_with_an_explicit_total(cents: list[int]) -> None:
    """Values are a split of a total in thirds of a cent (like pro-rata shares); the explicit total equals their sum."""
    values = [c / 300 for c in cents]
    total = sum(cents) / 300
    rounded = round_to_total(values, total)
    assert sum(round(r * 100) for r in rounded) == round(round_money(total) * 100)
    assert all(abs(r - v) < 0.01 + 1e-9 for r, v in zip(rounded, values, strict=True))


def test_round_to_total_examples() -> None:
    assert sorted(round_to_total([1 / 3] * 3)) == [0.33, 0.33, 0.34]
    assert sorted(round_to_total([-1 / 3] * 3)) == [-0.34, -0.33, -0.33]
    assert round_to_total([2 / 3, 2 / 3, 2 / 3]) == [0.67, 0.67, 0.66]  # largest remainders first, then index
    assert round_to_total([0.004] * 5) == [0.01, 0.01, 0.0, 0.0, 0.0]  # 0.4 cent each: the total is 2 cents
    assert round_to_total([10.005, -10.005]) == [10.01, -10.01]  # total 0, each within a cent
