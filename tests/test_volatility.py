"""Volatility estimators against pandas, arch and the measured baselines in quant_notes."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exportrisk.fx.volatility import (
    TRADING_DAYS_PER_YEAR,
    GarchFit,
    VolMethod,
    estimate_volatility,
    ewma_variance_path,
    ewma_volatility,
    fit_garch,
    historical_volatility,
    log_returns,
)
from exportrisk.market.fxtable import FxTable


@pytest.fixture(scope="module")
def eurusd(ecb_history) -> pd.Series:
    """EUR per USD (EUR home), ECB data to 2026-10-30."""
    return FxTable(ecb_history.rates).pair_series("EUR", "USD")


@pytest.fixture(scope="module")
def eurusd_returns(eurusd) -> np.ndarray:
    return np.diff(np.log(eurusd.to_numpy()))


@pytest.fixture(scope="module")
def eurusd_garch(eurusd_returns) -> GarchFit:
    return fit_garch(eurusd_returns)


def arch_ewma(y: np.ndarray, lam: float = 0.94) -> tuple[np.ndarray, float]:
    """arch's EWMA: in-sample conditional variances and the one-day-ahead forecast."""
    from arch.univariate import EWMAVariance, ZeroMean

    result = ZeroMean(y, volatility=EWMAVariance(lam), rescale=False).fix([])
    forecast = result.forecast(horizon=1, reindex=False).variance.to_numpy()[-1, 0]
    return np.asarray(result.conditional_volatility) ** 2, float(forecast)


def arch_garch_term_variance(returns: np.ndarray, fit: GarchFit, horizon: int) -> float:
    """Sum of arch's h-step variance forecasts at our parameters, back in decimal units."""
    from arch import arch_model

    model = arch_model(returns[-2000:] * 100.0, mean="Zero", vol="GARCH", p=1, q=1, rescale=False)
    fixed = model.fix([fit.omega * 1e4, fit.alpha, fit.beta])
    return float(fixed.forecast(horizon=horizon, reindex=False).variance.to_numpy()[-1].sum()) / 1e4


def test_log_returns_match_pandas(eurusd):
    """ln(X_t / X_{t-1}) on available fixings, NaNs skipped. Tolerance 1e-15 absolute."""
    with_gap = eurusd.iloc[:50].copy()
    with_gap.iloc[[3, 10, 11]] = np.nan
    expected = np.log(with_gap.dropna()).diff().dropna().to_numpy()
    np.testing.assert_allclose(log_returns(with_gap), expected, rtol=0, atol=1e-15)
    assert log_returns(eurusd).size == eurusd.size - 1


@pytest.mark.parametrize("pair", [("EUR", "USD"), ("USD", "EUR"), ("EUR", "JPY"), ("PLN", "GBP")])
def test_historical_vol_matches_pandas_rolling(ecb_history, pair):
    """Independent: pandas rolling(250) std (ddof 1) of log returns x sqrt(256). Tolerance 1e-12 relative."""
    series = FxTable(ecb_history.rates).pair_series(*pair)
    rolling = np.log(series).diff().rolling(250).std().iloc[-1] * math.sqrt(256)
    assert historical_volatility(log_returns(series)) == pytest.approx(rolling, rel=1e-12)


def test_historical_vol_short_window_and_too_few(eurusd_returns):
    """Fewer returns than the window: std of all of them (1e-12 relative); fewer than 30: an error."""
    from exportrisk.errors import InputError

    sample = eurusd_returns[:100]
    expected = pd.Series(sample).std() * 16.0
    assert historical_volatility(sample) == pytest.approx(expected, rel=1e-12)
    with pytest.raises(InputError):
        historical_volatility(eurusd_returns[:29])


@pytest.mark.parametrize("pair", [("EUR", "USD"), ("USD", "EUR")])
def test_measured_baselines_eurusd(ecb_history, pair):
    """quant_notes, ECB data to 2026-10-30: hist 250d 5.47 %, EWMA 4.57 % (same in either direction).
    Tolerance 0.01 percentage point (absolute 1e-4)."""
    series = FxTable(ecb_history.rates).pair_series(*pair)
    assert series.index[-1] == pd.Timestamp("2026-10-30")
    returns = log_returns(series)
    assert historical_volatility(returns) == pytest.approx(0.0547, abs=1e-4)
    assert ewma_volatility(returns) == pytest.approx(0.0457, abs=1e-4)
    hist = estimate_volatility(series, "historical", 91)
    assert hist.method_used is VolMethod.HISTORICAL
    assert hist.annual == pytest.approx(0.0547, abs=1e-4)
    # term std = annual x sqrt(91/365), 1e-12 relative
    assert hist.term_std == pytest.approx(hist.annual * math.sqrt(64 / 256), rel=1e-12)
    assert estimate_volatility(series, "ewma", 91).annual == pytest.approx(0.0457, abs=1e-4)


@pytest.mark.parametrize("last", [1000, 7000])
def test_ewma_path_matches_arch_on_eurusd(eurusd_returns, last):
    """arch ZeroMean + EWMAVariance(0.94), same backcast. Tolerance 1e-12 relative."""
    y = eurusd_returns[-last:]
    arch_path, arch_next = arch_ewma(y)
    ours = ewma_variance_path(y)
    assert ours.shape == (y.size + 1,)
    np.testing.assert_allclose(ours[:-1], arch_path, rtol=1e-12)
    assert ours[-1] == pytest.approx(arch_next, rel=1e-12)


@pytest.mark.parametrize("n,lam,scale,seed", [(40, 0.94, 0.006, 1), (500, 0.94, 0.01, 2),
                                               (3000, 0.94, 0.004, 3), (800, 0.97, 0.02, 4)])
def test_ewma_path_matches_arch_on_random_data(n, lam, scale, seed):
    """Random t(4) returns, including fewer than the 75-return backcast. Tolerance 1e-12 relative."""
    y = np.random.default_rng(seed).standard_t(4, n) * scale
    arch_path, arch_next = arch_ewma(y, lam)
    ours = ewma_variance_path(y, lam)
    np.testing.assert_allclose(ours[:-1], arch_path, rtol=1e-12)
    assert ours[-1] == pytest.approx(arch_next, rel=1e-12)


def test_ewma_volatility_uses_last_1000_returns(eurusd_returns):
    """Annualised next-day EWMA over the last 1000 returns = sqrt(arch forecast x 256). 1e-12 relative."""
    _, forecast = arch_ewma(eurusd_returns[-1000:])
    assert ewma_volatility(eurusd_returns) == pytest.approx(math.sqrt(forecast * 256), rel=1e-12)


@pytest.mark.parametrize("horizon", [1, 5, 22, 64, 128, 256, 1000])
def test_garch_term_variance_matches_arch_forecast(eurusd_returns, eurusd_garch, horizon):
    """Sum of arch's h-day variance forecasts at our fitted parameters. Tolerance 1e-10 relative."""
    expected = arch_garch_term_variance(eurusd_returns, eurusd_garch, horizon)
    assert eurusd_garch.term_variance(horizon) == pytest.approx(expected, rel=1e-10)


def test_garch_next_variance_and_fit(eurusd_returns, eurusd_garch):
    """One-step variance equals arch's forecast at our parameters (1e-10 relative); the fit is a
    stationary, converged GARCH in decimal units (omega of order 1e-7, not 1e-3)."""
    assert eurusd_garch.converged
    assert 0.0 < eurusd_garch.alpha < 1.0 and 0.0 < eurusd_garch.beta < 1.0
    assert eurusd_garch.persistence < 0.999
    assert 1e-9 < eurusd_garch.omega < 1e-5
    expected = arch_garch_term_variance(eurusd_returns, eurusd_garch, 1)
    assert eurusd_garch.next_variance == pytest.approx(expected, rel=1e-10)


def test_estimate_volatility_garch_eurusd(eurusd, eurusd_returns, eurusd_garch):
    """91 days -> round(91 x 256/365) = 64 trading days; annual = sqrt(V(64) / (64/256)) with V from arch.
    Tolerance 1e-10 relative."""
    est = estimate_volatility(eurusd, "garch", 91)
    assert est.method_used is VolMethod.GARCH and est.warnings == ()
    term_var = arch_garch_term_variance(eurusd_returns, eurusd_garch, 64)
    assert est.term_std == pytest.approx(math.sqrt(term_var), rel=1e-10)
    assert est.annual == pytest.approx(math.sqrt(term_var / (64 / 256)), rel=1e-10)


def test_garch_falls_back_to_ewma_on_eurtry(ecb_history):
    """quant_notes: on EURTRY alpha + beta ~ 1.000 -> EWMA with a warning. The EWMA value is checked
    against arch on the last 1000 returns (1e-12 relative)."""
    series = FxTable(ecb_history.rates).pair_series("EUR", "TRY")
    returns = log_returns(series)
    assert fit_garch(returns).persistence >= 0.999
    est = estimate_volatility(series, VolMethod.GARCH, 91)
    assert est.method_requested is VolMethod.GARCH
    assert est.method_used is VolMethod.EWMA
    assert len(est.warnings) == 1 and "persistence" in est.warnings[0] and "EWMA" in est.warnings[0]
    _, forecast = arch_ewma(returns[-1000:])
    assert est.annual == pytest.approx(math.sqrt(forecast * TRADING_DAYS_PER_YEAR), rel=1e-12)
    assert est.term_std == pytest.approx(est.annual * math.sqrt(64 / 256), rel=1e-12)


def test_garch_falls_back_when_fit_fails():
    """Constant rates (all returns zero): the GARCH fit cannot succeed; EWMA (exactly 0) is used, with
    a warning."""
    index = pd.bdate_range("2020-01-01", periods=400)
    series = pd.Series(1.25, index=index)
    est = estimate_volatility(series, "garch", 30)
    assert est.method_used is VolMethod.EWMA
    assert len(est.warnings) == 1 and "EWMA" in est.warnings[0]
    assert est.annual == 0.0


def test_garch_falls_back_on_nearly_flat_random_walk():
    """Returns of size 1e-9: arch's optimiser does not converge; EWMA used (1e-12 relative vs arch)."""
    index = pd.bdate_range("2020-01-01", periods=600)
    series = pd.Series(np.exp(np.cumsum(np.random.default_rng(2).normal(0, 1e-9, 600))), index=index)
    est = estimate_volatility(series, "garch", 91)
    assert est.method_used is VolMethod.EWMA and est.warnings
    _, forecast = arch_ewma(log_returns(series))
    assert est.annual == pytest.approx(math.sqrt(forecast * 256), rel=1e-12)


def test_fit_garch_keeps_arch_convergence_warning_quiet():
    """fit_garch wraps arch's fit in catch_warnings + simplefilter("ignore"): a failed fit is reported
    through GarchFit.converged / the fallback note, not as a Python warning. Fails if any
    ConvergenceWarning escapes."""
    import warnings

    returns = np.zeros(399)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fit = fit_garch(returns)
    assert not fit.converged
    assert [w for w in caught if "Convergence" in w.category.__name__] == []


@settings(max_examples=100, deadline=None)
@given(omega=st.floats(1e-9, 1e-5), alpha=st.floats(0.0, 0.3), beta=st.floats(0.0, 0.95),
       next_variance=st.floats(1e-7, 1e-3), horizon=st.integers(1, 400))
def test_term_variance_equals_explicit_recursion(omega, alpha, beta, next_variance, horizon):
    """V(h) = sum of E[s2_{t+i}], E[s2_{t+i+1}] = omega + p E[s2_{t+i}]. Tolerance 1e-9 relative."""
    assume(alpha + beta < 0.999)
    fit = GarchFit(omega, alpha, beta, next_variance, True)
    expected, s2 = 0.0, next_variance
    for _ in range(horizon):
        expected += s2
        s2 = omega + (alpha + beta) * s2
    assert fit.term_variance(horizon) == pytest.approx(expected, rel=1e-9)


def test_user_volatility_passes_through():
    """A typed volatility is used as is; term std = vol x sqrt(h/256), 73 days -> h = round(51.2) = 51.
    Exact / 1e-15 relative."""
    series = pd.Series(1.0, index=pd.bdate_range("2020-01-01", periods=5))
    est = estimate_volatility(series, "ewma", 73, user_volatility=0.1)
    assert est.method_used is VolMethod.USER and est.annual == 0.1
    assert est.term_std == pytest.approx(0.1 * math.sqrt(51 / 256), rel=1e-15)
