"""Value at risk and expected shortfall of a foreign-currency receivable in home currency."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy.special import ndtr, ndtri

from exportrisk.errors import InputError


def _z(confidence: float) -> float:
    if not 0.5 < confidence < 1.0:
        raise InputError(code="confidence_range", field="confidence", value=confidence)
    return float(ndtri(confidence))


def normal_var_es(value: float, term_std: float, confidence: float) -> tuple[float, float]:
    """Delta-normal VaR and ES of a long position worth `value` with return std `term_std`.

    VaR_a = V s z_a, ES_a = V s phi(z_a) / (1 - a), zero drift (Jorion, Value at Risk, ch. 5;
    McNeil, Frey & Embrechts, Quantitative Risk Management, ex. 2.14).
    """
    z = _z(confidence)
    density = math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    return value * term_std * z, value * term_std * density / (1.0 - confidence)


def lognormal_var_es(value: float, term_std: float, confidence: float) -> tuple[float, float]:
    """VaR and ES when the rate is lognormal with no drift in expectation: E[X_T] = X_0.

    ln(X_T/X_0) ~ N(-s^2/2, s^2); loss L = V (1 - X_T/X_0).
    VaR_a = V (1 - exp(-s^2/2 - s z_a)); ES_a = V (1 - N(-z_a - s) / (1 - a)),
    from E[e^Y | Y <= q] for normal Y (the partial expectation of the lognormal).
    """
    z = _z(confidence)
    s = term_std
    var = value * (1.0 - math.exp(-0.5 * s * s - s * z))
    es = value * (1.0 - float(ndtr(-z - s)) / (1.0 - confidence))
    return var, es


def tail_var_es(losses: np.ndarray, confidence: float) -> tuple[float, float]:
    """Empirical VaR and ES of a loss sample (Acerbi & Tasche, 2002).

    With k = ceil((1 - a) n): ES = mean of the k largest losses, VaR = the smallest of them.
    Unlike "mean of losses >= VaR" this stays right when the distribution has an atom.
    """
    _z(confidence)
    sample = np.asarray(losses, dtype=np.float64).ravel()
    if sample.size == 0 or not np.all(np.isfinite(sample)):
        raise ValueError("tail_var_es needs a non-empty, finite loss sample")
    k = max(1, math.ceil(round((1.0 - confidence) * sample.size, 9)))
    worst = np.partition(sample, sample.size - k)[sample.size - k:]
    return float(worst.min()), float(worst.mean())


def historical_changes(history: pd.Series, horizon: int, window: int | None = None) -> np.ndarray:
    """Overlapping `horizon`-day log changes ln(X_{t+h} / X_t) over the last `window` fixings."""
    values = np.log(np.asarray(history.dropna(), dtype=np.float64))
    if window is not None:
        values = values[-(window + horizon):]
    if values.size <= horizon + 1:
        raise InputError(code="history_short", field="deal.valuation_date", count=int(values.size),
                         horizon=horizon)
    return values[horizon:] - values[:-horizon]


def historical_losses(value: float, changes: np.ndarray) -> np.ndarray:
    """Home-currency losses of a receivable worth `value` today under each historical change:
    L_i = V (1 - exp(d_i)), budget = today's spot value."""
    return value * (1.0 - np.exp(changes))
