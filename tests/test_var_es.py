"""VaR and expected shortfall: closed forms, seeded simulations, atoms, and the quant_notes illustration."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import lognorm, norm

from exportrisk.errors import InputError
from exportrisk.fx.risk import (
    historical_changes,
    historical_losses,
    lognormal_var_es,
    normal_var_es,
    tail_var_es,
)

SEED = 20261030
N_SIM = 2_000_000
#: Sampling error with 2e6 draws: the 99 % quantile has a standard error of about 0.11 % of its value
#: (sqrt(a(1-a)/n) / phi(z_a) / z_a) and the tail mean about 0.15 %; 1 % is over six standard errors.
SIM_RTOL = 0.01


def empirical_var_es(losses: np.ndarray, confidence: float) -> tuple[float, float]:
    """Independent estimator: order statistic at ceil(a n) and mean of the top (1 - a) n losses."""
    ordered = np.sort(losses)
    n = ordered.size
    var = ordered[math.ceil(confidence * n) - 1]
    return float(var), float(ordered[n - round((1 - confidence) * n):].mean())


@pytest.mark.parametrize("value", [1.0, 895_094.88])
@pytest.mark.parametrize("term_std", [0.005, 0.0228, 0.3])
@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.975, 0.99, 0.999])
def test_normal_closed_form_against_scipy(value, term_std, confidence):
    """VaR = V s Phi^-1(a), ES = V s phi(Phi^-1(a)) / (1 - a) via scipy.stats.norm (1e-12 relative),
    and ES as the conditional tail expectation by scipy quadrature (1e-8 relative)."""
    var, es = normal_var_es(value, term_std, confidence)
    z = norm.ppf(confidence)
    assert var == pytest.approx(value * term_std * z, rel=1e-12)
    assert es == pytest.approx(value * term_std * norm.pdf(z) / (1 - confidence), rel=1e-12)
    tail_mean = norm.expect(lambda x: x, lb=z, conditional=True)
    assert es == pytest.approx(value * term_std * tail_mean, rel=1e-8)


@pytest.mark.parametrize("term_std", [0.05, 0.3])
@pytest.mark.parametrize("confidence", [0.95, 0.99])
def test_lognormal_closed_form_against_scipy(term_std, confidence):
    """R = X_T/X_0 ~ lognormal(mu = -s^2/2, s), so E[R] = 1. VaR = V (1 - q_{1-a}(R));
    ES = V (1 - E[R | R <= q_{1-a}]) by scipy quadrature. Tolerance 1e-8 relative."""
    value, s = 1_000_000.0, term_std
    dist = lognorm(s, scale=math.exp(-0.5 * s * s))
    assert dist.mean() == pytest.approx(1.0, rel=1e-12)
    q = dist.ppf(1 - confidence)
    var, es = lognormal_var_es(value, s, confidence)
    assert var == pytest.approx(value * (1 - q), rel=1e-8)
    assert es == pytest.approx(value * (1 - dist.expect(lambda x: x, ub=q, conditional=True)), rel=1e-8)


@pytest.mark.parametrize("confidence", [0.95, 0.99])
def test_normal_var_es_against_seeded_simulation(confidence):
    """Loss = -V r with r ~ N(0, s^2), 2e6 seeded draws. Tolerance SIM_RTOL = 1 % relative."""
    value, s = 1_000_000.0, 0.0228
    losses = -value * s * np.random.default_rng(SEED).standard_normal(N_SIM)
    sim_var, sim_es = empirical_var_es(losses, confidence)
    var, es = normal_var_es(value, s, confidence)
    assert var == pytest.approx(sim_var, rel=SIM_RTOL)
    assert es == pytest.approx(sim_es, rel=SIM_RTOL)


@pytest.mark.parametrize("term_std", [0.0228, 0.3])
@pytest.mark.parametrize("confidence", [0.95, 0.99])
def test_lognormal_var_es_against_seeded_simulation(term_std, confidence):
    """X_T = X_0 exp(-s^2/2 + s Z), loss = V (1 - X_T/X_0), 2e6 seeded draws. Tolerance 1 % relative.
    At s = 0.3 the lognormal figures must differ from the normal ones by far more than that."""
    value, s = 1_000_000.0, term_std
    ratio = np.exp(-0.5 * s * s + s * np.random.default_rng(SEED + 1).standard_normal(N_SIM))
    assert ratio.mean() == pytest.approx(1.0, abs=5 * s / math.sqrt(N_SIM))
    sim_var, sim_es = empirical_var_es(value * (1 - ratio), confidence)
    var, es = lognormal_var_es(value, s, confidence)
    assert var == pytest.approx(sim_var, rel=SIM_RTOL)
    assert es == pytest.approx(sim_es, rel=SIM_RTOL)
    if s > 0.1:
        normal_var, normal_es = normal_var_es(value, s, confidence)
        assert abs(normal_var - var) > 0.1 * var and abs(normal_es - es) > 0.1 * es


@pytest.mark.parametrize("confidence", [0.5, 1.0, 0.3, 1.01])
def test_confidence_out_of_range_is_rejected(confidence):
    for func in (normal_var_es, lognormal_var_es):
        with pytest.raises(InputError):
            func(1.0, 0.1, confidence)
    with pytest.raises(InputError):
        tail_var_es(np.arange(10.0), confidence)


def test_tail_var_es_rejects_empty_or_non_finite():
    for bad in (np.array([]), np.array([1.0, np.nan]), np.array([np.inf, 1.0])):
        with pytest.raises(ValueError):
            tail_var_es(bad, 0.99)


def test_tail_var_es_exact_small_sample():
    """Losses 1..100 shuffled: k = ceil((1-a) n). a 95 %: worst 5 = 96..100 -> VaR 96, ES 98;
    a 97.5 %: k = 3 -> VaR 98, ES 99; a 99 %: k = 1 -> 100, 100. Exact."""
    losses = np.random.default_rng(3).permutation(np.arange(1.0, 101.0))
    assert tail_var_es(losses, 0.95) == (96.0, 98.0)
    assert tail_var_es(losses, 0.975) == (98.0, 99.0)
    assert tail_var_es(losses, 0.99) == (100.0, 100.0)
    # (1 - 0.99) x 1000 = 10.000000000000009 in floating point: still the worst 10, not 11.
    thousand = np.arange(1000.0)[::-1].copy()
    assert tail_var_es(thousand, 0.99) == (990.0, 994.5)
    # 2-D input is flattened
    assert tail_var_es(losses.reshape(10, 10), 0.95) == (96.0, 98.0)


def test_es_with_atom_hedged_like_sample():
    """98 % of mass exactly at 0, 2 % evenly spread on [100, 200] (2000 points, n = 100,000).
    ES99 = mean of the worst 1,000 = 100 + 100 x 1499.5/1999; VaR99 = 100 + 100 x 1000/1999.
    ES97.5: worst 2,500 = all 2,000 spread points (mean 150) + 500 zeros -> 2000 x 150 / 2500 = 120,
    VaR97.5 = 0, where "mean of losses >= VaR" would give the mean of everything, 3.
    Tolerance 1e-9 absolute."""
    spread = 100.0 + 100.0 * np.arange(2000) / 1999
    losses = np.random.default_rng(5).permutation(np.concatenate([np.zeros(98_000), spread]))
    var99, es99 = tail_var_es(losses, 0.99)
    assert var99 == pytest.approx(100 + 100 * 1000 / 1999, abs=1e-9)
    assert es99 == pytest.approx(100 + 100 * 1499.5 / 1999, abs=1e-9)
    var975, es975 = tail_var_es(losses, 0.975)
    wrong = losses[losses >= var975].mean()
    assert var975 == 0.0
    assert wrong == pytest.approx(3.0, abs=1e-9)
    assert es975 == pytest.approx(120.0, abs=1e-9)
    assert es975 - wrong > 100.0


def test_es_with_atom_at_var():
    """n = 1000: 980 zeros, 15 losses of exactly 100, 5 of 200. Worst 10 = five 200s and five 100s:
    VaR99 = 100, ES99 = 150; "mean of losses >= VaR" = (15 x 100 + 5 x 200)/20 = 125. Exact."""
    losses = np.random.default_rng(9).permutation(
        np.concatenate([np.zeros(980), np.full(15, 100.0), np.full(5, 200.0)]))
    var, es = tail_var_es(losses, 0.99)
    assert (var, es) == (100.0, 150.0)
    assert losses[losses >= var].mean() == 125.0


finite_losses = st.lists(st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False), min_size=1,
                         max_size=300)
confidences = st.floats(0.5, 0.9999, exclude_min=True)


@settings(max_examples=200, deadline=None)
@given(losses=finite_losses, confidence=confidences)
def test_es_at_least_var(losses, confidence):
    """ES >= VaR for any finite sample. Tolerance 1e-12 x max|loss| (rounding of a mean of ties),
    and VaR is one of the sample values (exact)."""
    sample = np.array(losses)
    var, es = tail_var_es(sample, confidence)
    assert es >= var - 1e-12 * np.abs(sample).max()
    assert var in sample
    assert es <= sample.max() + 1e-12 * np.abs(sample).max()


@settings(max_examples=200, deadline=None)
@given(losses=finite_losses, a=confidences, b=confidences)
def test_var_es_non_decreasing_in_confidence(losses, a, b):
    """a <= b -> VaR_a <= VaR_b (exact: nested order statistics) and ES_a <= ES_b (1e-12 x max|loss|)."""
    low, high = sorted((a, b))
    sample = np.array(losses)
    var_low, es_low = tail_var_es(sample, low)
    var_high, es_high = tail_var_es(sample, high)
    assert var_low <= var_high
    assert es_low <= es_high + 1e-12 * np.abs(sample).max()


def test_historical_changes_and_losses_match_pandas():
    """Overlapping h-day log changes over the last `window` fixings = pandas diff(h); losses are
    V (1 - e^d). Tolerance 1e-15 absolute on changes, exact hand values on losses."""
    index = pd.bdate_range("2020-01-01", periods=300)
    series = pd.Series(np.exp(np.cumsum(np.random.default_rng(11).normal(0, 0.005, 300))), index=index)
    series.iloc[7] = np.nan
    changes = historical_changes(series, 20, window=100)
    expected = np.log(series.dropna()).diff(20).dropna().to_numpy()[-100:]
    assert changes.size == 100
    np.testing.assert_allclose(changes, expected, rtol=0, atol=1e-15)
    assert historical_changes(series, 20).size == 299 - 20
    losses = historical_losses(1000.0, np.log(np.array([0.9, 1.0, 1.25])))
    np.testing.assert_allclose(losses, [100.0, 0.0, -250.0], rtol=0, atol=1e-9)
    with pytest.raises(InputError):
        historical_changes(series.iloc[:21], 20)


@pytest.fixture(scope="module")
def usd_receivable():
    from exportrisk.fx.analysis import analyse_fx
    from exportrisk.market.service import MarketData

    snapshot = MarketData().snapshot("EUR", "USD", as_of=date(2026, 10, 30), today=date(2026, 10, 30))
    return snapshot, analyse_fx(snapshot, 1_000_000, 91)


def test_quant_notes_illustration_usd_receivable(usd_receivable):
    """EUR exporter, USD 1m, 91 days, EURUSD to 2026-10-30: delta-normal EWMA VaR99 ~ 47.6k EUR,
    historical-simulation VaR99 ~ 81.0k EUR (2560 overlapping 64-day changes). Tolerance 0.1k EUR."""
    snapshot, result = usd_receivable
    assert snapshot.spot_date == date(2026, 10, 30)
    assert result.historical_scenarios == 2560 and result.historical_horizon_days == 64
    assert result.var[0.99] == pytest.approx(47_600.0, abs=100.0)
    assert result.var_historical[0.99] == pytest.approx(81_000.0, abs=100.0)
    assert result.var_historical[0.99] > 1.5 * result.var[0.99]


def test_illustration_recomputed_independently(usd_receivable):
    """Same figures from scratch: EWMA by arch on the last 1000 returns, normal quantile by scipy,
    historical losses by pandas diff(64) over the last 2560 changes, worst ceil(0.01 x 2560) = 26.
    Tolerance 1e-9 relative."""
    from arch.univariate import EWMAVariance, ZeroMean

    snapshot, result = usd_receivable
    value = 1_000_000 * snapshot.spot
    returns = np.log(snapshot.history).diff().dropna().to_numpy()[-1000:]
    fixed = ZeroMean(returns, volatility=EWMAVariance(0.94), rescale=False).fix([])
    daily_var = fixed.forecast(horizon=1, reindex=False).variance.to_numpy()[-1, 0]
    term_std = math.sqrt(daily_var * 64)  # 91 days -> round(91 x 256 / 365) = 64 trading days
    for level in (0.95, 0.99):
        z = norm.ppf(level)
        assert result.var[level] == pytest.approx(value * term_std * z, rel=1e-9)
        assert result.es[level] == pytest.approx(value * term_std * norm.pdf(z) / (1 - level), rel=1e-9)
    changes = np.log(snapshot.history).diff(64).dropna().to_numpy()[-2560:]
    worst = np.sort(value * (1 - np.exp(changes)))[::-1]
    for level, k in ((0.95, 128), (0.99, 26)):
        assert result.var_historical[level] == pytest.approx(worst[k - 1], rel=1e-9)
        assert result.es_historical[level] == pytest.approx(worst[:k].mean(), rel=1e-9)


def test_history_figures_are_keyed_by_the_fixings_themselves(usd_receivable):
    """The volatility and historical changes are kept per distinct fixings, term and typed volatility: a copy of
    the history gives the same figures, a history with one fixing changed gives others (a cached result is never
    served for other data), and the memo keeps at most _HISTORY_MEMO_SIZE entries."""
    from dataclasses import replace

    from exportrisk.fx import analysis

    snapshot, result = usd_receivable
    again = analysis.analyse_fx(replace(snapshot, history=snapshot.history.copy()), 1_000_000, 91)
    assert again == result
    moved = snapshot.history.copy()
    moved.iloc[-500:] *= 0.7  # a 30 % fall inside the return and change windows
    other = analysis.analyse_fx(replace(snapshot, history=moved), 1_000_000, 91)
    assert other.volatility.annual != result.volatility.annual
    assert other.var_historical != result.var_historical
    for days in range(30, 30 + 2 * analysis._HISTORY_MEMO_SIZE):
        analysis.analyse_fx(snapshot, 1_000_000, days)
    assert len(analysis._history_memo) == analysis._HISTORY_MEMO_SIZE
    assert analysis.analyse_fx(snapshot, 1_000_000, 91) == result
    shared = analysis._history_figures(snapshot.history, analysis.VolMethod.EWMA, 91, None, 1.0)[1]
    with pytest.raises(ValueError):
        shared[0] = 0.0  # the changes are shared between analyses: read-only
