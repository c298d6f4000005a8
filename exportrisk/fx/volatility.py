"""FX volatility: historical window, EWMA (RiskMetrics) and GARCH(1,1), scaled to a payment term."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

import numpy as np
import pandas as pd

from exportrisk.errors import InputError
from exportrisk.messages import message

#: ECB fixings run at 255-259 a year; one constant annualises every daily figure, and the same
#: basis converts a payment term in calendar days to trading days (days x 256 / 365).
TRADING_DAYS_PER_YEAR = 256
HISTORICAL_WINDOW = 250
EWMA_LAMBDA = 0.94
#: EWMA runs over the last this-many returns (0.94**1000 ~ 1e-27: older data has no weight).
EWMA_WINDOW = 1000
#: GARCH is fitted on at most this many of the latest daily returns (about eight years).
GARCH_WINDOW = 2000
#: Above this persistence (alpha + beta) the GARCH fit is treated as degenerate.
GARCH_MAX_PERSISTENCE = 0.999
MIN_RETURNS = 30
#: The long-run volatility level that EWMA reverts to past the first year: ten years of daily returns.
LONG_RUN_WINDOW = 10 * TRADING_DAYS_PER_YEAR


class VolMethod(StrEnum):
    HISTORICAL = "historical"
    EWMA = "ewma"
    GARCH = "garch"
    USER = "user"


@dataclass(frozen=True)
class VolatilityEstimate:
    """Annualised volatility used for a term of `days` calendar days, and how it was obtained.

    `term_std` = sqrt(term variance) = annual x sqrt(h / 256), h = trading_days(days).
    """

    method_requested: VolMethod
    method_used: VolMethod
    annual: float
    term_std: float
    days: int
    detail: str
    window_start: date | None = None
    window_end: date | None = None
    warnings: tuple[str, ...] = ()


def log_returns(rates: pd.Series) -> np.ndarray:
    """Daily log returns r_t = ln(X_t / X_{t-1}) between consecutive available fixings."""
    values = np.asarray(rates.dropna(), dtype=np.float64)
    return np.diff(np.log(values))


def trading_days(calendar_days: float) -> int:
    """Whole trading days in a payment term: h = max(1, round(days x 256 / 365)).

    Every term figure (term variance, GARCH horizon, historical-simulation changes) uses this h.
    """
    return max(1, round(calendar_days * TRADING_DAYS_PER_YEAR / 365.0))


def historical_volatility(returns: np.ndarray, window: int = HISTORICAL_WINDOW) -> float:
    """Annualised sample standard deviation of the last `window` daily log returns.

    sigma = sqrt(256) x std(r, ddof=1) (e.g. Hull, Options, Futures and Other Derivatives, ch. 15).
    """
    sample = returns[-window:]
    if sample.size < MIN_RETURNS:
        raise InputError(code="returns_short", field="market.volatility", count=int(sample.size),
                         minimum=MIN_RETURNS)
    return float(np.std(sample, ddof=1) * math.sqrt(TRADING_DAYS_PER_YEAR))


def ewma_backcast(returns: np.ndarray, lam: float = EWMA_LAMBDA) -> float:
    """Starting variance as arch does it: the 0.94-weighted mean of the first 75 squared returns."""
    tau = min(75, returns.size)
    weights = 0.94 ** np.arange(tau)
    weights /= weights.sum()
    return float(np.sum(returns[:tau] ** 2 * weights))


def ewma_variance_path(returns: np.ndarray, lam: float = EWMA_LAMBDA) -> np.ndarray:
    """RiskMetrics (J.P. Morgan, 1996) daily variances, one per return, plus the next-day forecast.

    s2_0 = backcast; s2_t = lam s2_{t-1} + (1 - lam) r_{t-1}^2. The returned array has
    len(returns) + 1 entries; the last is the forecast for the day after the last return.
    """
    variances = np.empty(returns.size + 1)
    variances[0] = ewma_backcast(returns, lam)
    for t, r in enumerate(returns, start=1):
        variances[t] = lam * variances[t - 1] + (1.0 - lam) * r * r
    return variances


def ewma_volatility(returns: np.ndarray, lam: float = EWMA_LAMBDA) -> float:
    """Annualised EWMA volatility for the next day, over the last EWMA_WINDOW returns."""
    sample = returns[-EWMA_WINDOW:]
    if sample.size < MIN_RETURNS:
        raise InputError(code="returns_short", field="market.volatility", count=int(sample.size),
                         minimum=MIN_RETURNS)
    return _ewma_of(np.ascontiguousarray(sample, dtype=np.float64).tobytes(), float(lam))


@lru_cache(maxsize=64)
def _ewma_of(sample: bytes, lam: float) -> float:
    """ewma_volatility of the returns whose float64 bytes are `sample`: the recursion runs once per distinct
    window (what-if re-quotes of one deal share it)."""
    returns = np.frombuffer(sample, dtype=np.float64)
    return float(math.sqrt(ewma_variance_path(returns, lam)[-1] * TRADING_DAYS_PER_YEAR))


@dataclass(frozen=True)
class GarchFit:
    """GARCH(1,1) on daily returns (decimal units): s2_t = omega + alpha r2_{t-1} + beta s2_{t-1}."""

    omega: float
    alpha: float
    beta: float
    next_variance: float
    converged: bool

    @property
    def persistence(self) -> float:
        return self.alpha + self.beta

    @property
    def long_run_variance(self) -> float:
        return self.omega / (1.0 - self.persistence)

    def term_variance(self, horizon: int) -> float:
        """Sum of the expected daily variances over the next `horizon` days (Bollerslev 1986).

        V(h) = h s2_bar + (s2_next - s2_bar) (1 - p^h) / (1 - p), with p = alpha + beta and
        s2_bar = omega / (1 - p).
        """
        p = self.persistence
        bar = self.long_run_variance
        return horizon * bar + (self.next_variance - bar) * (1.0 - p**horizon) / (1.0 - p)


def fit_garch(returns: np.ndarray) -> GarchFit:
    """Fit a zero-mean GARCH(1,1) with arch on the last GARCH_WINDOW returns x 100."""
    from arch import arch_model  # 2-3 s to import: only when GARCH is asked for

    sample = returns[-GARCH_WINDOW:] * 100.0
    model = arch_model(sample, mean="Zero", vol="GARCH", p=1, q=1, rescale=False)
    # show_warning=False: arch re-enables its ConvergenceWarning inside fit(); we report a failed
    # fit ourselves through `converged` and fall back to EWMA.
    with np.errstate(all="ignore"):  # degenerate data: arch divides by zero on its way to failing
        result = model.fit(disp="off", show_warning=False)
    params = result.params
    forecast = result.forecast(horizon=1, reindex=False).variance.to_numpy()[-1, 0]
    return GarchFit(
        omega=float(params["omega"]) / 1e4,
        alpha=float(params["alpha[1]"]),
        beta=float(params["beta[1]"]),
        next_variance=float(forecast) / 1e4,
        converged=int(result.convergence_flag) == 0,
    )


def _window(history: pd.Series, returns_used: int) -> tuple[date, date]:
    """First and last fixing dates behind the last `returns_used` returns of `history`."""
    index = history.dropna().index
    return index[-(returns_used + 1)].date(), index[-1].date()


def estimate_volatility(history: pd.Series, method: VolMethod | str, days: int,
                        user_volatility: float | None = None) -> VolatilityEstimate:
    """Annualised volatility by `method` for a term of `days` calendar days.

    GARCH falls back to EWMA, with a warning, when the fit fails or alpha + beta >= 0.999.
    """
    requested = VolMethod(method)
    horizon = trading_days(days)
    years = horizon / TRADING_DAYS_PER_YEAR  # the term on the trading-day basis
    if user_volatility is not None:
        return VolatilityEstimate(requested, VolMethod.USER, user_volatility,
                                  user_volatility * math.sqrt(years), days, "typed by the user")
    returns = log_returns(history)
    if requested is VolMethod.HISTORICAL:
        annual = historical_volatility(returns)
        used = min(HISTORICAL_WINDOW, returns.size)
        detail = f"std of the last {used} daily log returns"
        return VolatilityEstimate(requested, requested, annual, annual * math.sqrt(years), days,
                                  detail, *_window(history, used))
    notes: list[str] = []
    if requested is VolMethod.GARCH:
        try:
            fit = fit_garch(returns)
            problem = None
            if not fit.converged:
                problem = "the GARCH(1,1) fit did not converge"
            elif fit.persistence >= GARCH_MAX_PERSISTENCE:
                problem = (f"GARCH(1,1) persistence alpha+beta = {fit.persistence:.4f} "
                           f">= {GARCH_MAX_PERSISTENCE} (no stable long-run level)")
        except Exception as exc:  # arch raises several kinds on degenerate data
            fit, problem = None, f"the GARCH(1,1) fit failed ({exc})"
        if problem is None and fit is not None:
            term_var = fit.term_variance(horizon)
            detail = (f"GARCH(1,1) over {min(GARCH_WINDOW, returns.size)} returns: alpha "
                      f"{fit.alpha:.4f}, beta {fit.beta:.4f}, long-run vol "
                      f"{math.sqrt(fit.long_run_variance * TRADING_DAYS_PER_YEAR):.2%}; "
                      f"term variance over {horizon} trading days")
            return VolatilityEstimate(requested, requested, math.sqrt(term_var / years),
                                      math.sqrt(term_var), days, detail,
                                      *_window(history, min(GARCH_WINDOW, returns.size)))
        notes.append(message("garch_fallback", problem=problem))
    annual = ewma_volatility(returns)
    detail = f"EWMA lambda {EWMA_LAMBDA} over the last {min(EWMA_WINDOW, returns.size)} returns"
    used = min(EWMA_WINDOW, returns.size)
    if horizon > TRADING_DAYS_PER_YEAR:
        long_run = historical_volatility(returns, LONG_RUN_WINDOW)
        term_var = ewma_then_long_run(annual, long_run, years)
        used = min(LONG_RUN_WINDOW, returns.size)
        detail += (f" for the first year, then the long-run level {long_run:.2%} (std of the last {used} daily "
                   "returns) for the rest of the term")
        notes.append(message("vol_long_run", ewma_pct=annual, long_run_pct=long_run))
        return VolatilityEstimate(requested, VolMethod.EWMA, math.sqrt(term_var / years), math.sqrt(term_var),
                                  days, detail, *_window(history, used), tuple(notes))
    return VolatilityEstimate(requested, VolMethod.EWMA, annual, annual * math.sqrt(years), days,
                              detail, *_window(history, used), tuple(notes))


def ewma_then_long_run(ewma_annual: float, long_run_annual: float, years: float) -> float:
    """Term variance when a term runs past a year: V = s_ewma^2 x 1 + s_lr^2 x (T - 1) (T in years, T > 1).

    EWMA has no mean reversion: used alone over several years it carries today's calm or stress to the end of
    the term. Beyond the first year the long-run level takes over, the simplest mean-reverting term structure
    (an ExportRisk assumption; GARCH, when chosen, gives its own term structure, Bollerslev 1986)."""
    return ewma_annual**2 + long_run_annual**2 * (years - 1.0)
