"""FX forward by covered interest parity and Garman-Kohlhagen European options, vectorised."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import ndtr

DAYS_PER_YEAR = 365.0


def year_fraction(days: float) -> float:
    """ACT/365 (fixed) year fraction of a term of `days` calendar days."""
    return days / DAYS_PER_YEAR


def forward_rate(spot: ArrayLike, rate_home: ArrayLike, rate_foreign: ArrayLike,
                 years: ArrayLike) -> np.ndarray:
    """Covered-interest-parity forward, home units per 1 foreign unit, continuous compounding.

    F = S exp((r_home - r_foreign) T) (e.g. Hull, ch. 5). Check (tests/test_pricing_oracles.py): S 1.1172 USD/EUR,
    r_EUR 2 %, r_USD 3.75 %, 91 days ACT/365 -> 1.122085, as QuantLib's FxForward.
    """
    return np.asarray(spot) * np.exp((np.asarray(rate_home) - np.asarray(rate_foreign))
                                     * np.asarray(years))


def forward_rate_money_market(spot: ArrayLike, rate_home: ArrayLike, rate_foreign: ArrayLike,
                              years: ArrayLike) -> np.ndarray:
    """Covered-interest-parity forward with simple (money-market) interest.

    F = S (1 + r_home T) / (1 + r_foreign T), both legs on the same ACT/365 year fraction.
    """
    years = np.asarray(years)
    return (np.asarray(spot) * (1.0 + np.asarray(rate_home) * years)
            / (1.0 + np.asarray(rate_foreign) * years))


def garman_kohlhagen(spot: ArrayLike, strike: ArrayLike, rate_home: ArrayLike,
                     rate_foreign: ArrayLike, volatility: ArrayLike, years: ArrayLike,
                     kind: str = "put") -> np.ndarray:
    """Price of a European option on 1 foreign unit, in home units (Garman & Kohlhagen, 1983).

    With S home per foreign, r_d = rate_home, r_f = rate_foreign, s = volatility, T = years:
    d1 = (ln(S/K) + (r_d - r_f + s^2/2) T) / (s sqrt T), d2 = d1 - s sqrt T,
    call = S e^{-r_f T} N(d1) - K e^{-r_d T} N(d2),
    put  = K e^{-r_d T} N(-d2) - S e^{-r_f T} N(-d1).
    An exporter holding a foreign receivable buys the put. At s sqrt T = 0 the price is the
    discounted intrinsic value of the forward.
    """
    if kind not in ("put", "call"):
        raise ValueError("kind must be 'put' or 'call'")
    args = (spot, strike, rate_home, rate_foreign, volatility, years)
    if all(type(a) is float or type(a) is int or type(a) is np.float64 for a in args):
        fast = _garman_kohlhagen_scalar(*(float(a) for a in args), kind)
        if fast is not None:
            return np.asarray(fast)
    s, k, rd, rf, vol, t = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64) for a in
                                                 (spot, strike, rate_home, rate_foreign,
                                                  volatility, years)))
    disc_f = s * np.exp(-rf * t)
    disc_k = k * np.exp(-rd * t)
    spread = vol * np.sqrt(t)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        d1 = (np.log(s / k) + (rd - rf + 0.5 * vol * vol) * t) / spread
    d2 = d1 - spread
    if kind == "call":
        price = disc_f * ndtr(d1) - disc_k * ndtr(d2)
        intrinsic = np.maximum(disc_f - disc_k, 0.0)
    else:
        price = disc_k * ndtr(-d2) - disc_f * ndtr(-d1)
        intrinsic = np.maximum(disc_k - disc_f, 0.0)
    return np.where(spread > 0, price, intrinsic)


def _garman_kohlhagen_scalar(s: float, k: float, rd: float, rf: float, vol: float, t: float, kind: str
                             ) -> float | None:
    """garman_kohlhagen of one option, the same formula in the same order with the math module (a pricing
    context prices single options: numpy's per-call overhead is most of their cost); None where the array
    version's special cases apply (no spread, a non-positive or non-finite rate or strike)."""
    spread = vol * math.sqrt(t) if vol >= 0.0 and t >= 0.0 else math.nan
    if not (spread > 0.0 and s > 0.0 and k > 0.0 and math.isfinite(spread) and math.isfinite(s / k)):
        return None
    disc_f = s * math.exp(-rf * t)
    disc_k = k * math.exp(-rd * t)
    d1 = (math.log(s / k) + (rd - rf + 0.5 * vol * vol) * t) / spread
    d2 = d1 - spread
    if kind == "call":
        return float(disc_f * ndtr(d1) - disc_k * ndtr(d2))
    return float(disc_k * ndtr(-d2) - disc_f * ndtr(-d1))
