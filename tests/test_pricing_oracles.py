"""Garman-Kohlhagen and covered-interest-parity forwards against QuantLib and published checks."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
import QuantLib as ql
from hypothesis import given, settings
from hypothesis import strategies as st

from exportrisk.fx.pricing import (
    forward_rate,
    forward_rate_money_market,
    garman_kohlhagen,
    year_fraction,
)

TODAY = ql.Date(30, 10, 2026)
DC = ql.Actual365Fixed()


@pytest.fixture(autouse=True)
def ql_evaluation_date():
    ql.Settings.instance().evaluationDate = TODAY
    yield


def _flat(rate: float) -> ql.YieldTermStructureHandle:
    return ql.YieldTermStructureHandle(ql.FlatForward(TODAY, rate, DC, ql.Continuous, ql.Annual))


def ql_garman_kohlhagen(spot: float, strike: float, rd: float, rf: float, vol: float, days: int,
                        kind: str) -> float:
    """QuantLib price: GarmanKohlagenProcess(spot, foreign curve, domestic curve, vol)."""
    vol_ts = ql.BlackVolTermStructureHandle(ql.BlackConstantVol(TODAY, ql.NullCalendar(), vol, DC))
    process = ql.GarmanKohlagenProcess(ql.QuoteHandle(ql.SimpleQuote(spot)), _flat(rf), _flat(rd), vol_ts)
    option_type = ql.Option.Call if kind == "call" else ql.Option.Put
    option = ql.EuropeanOption(ql.PlainVanillaPayoff(option_type, strike),
                               ql.EuropeanExercise(TODAY + days))
    option.setPricingEngine(ql.AnalyticEuropeanEngine(process))
    return option.NPV()


def ql_fair_forward(spot: float, rate_home: float, rate_foreign: float, days: int) -> float:
    """QuantLib FxForward: source = foreign (EUR), target = home (USD), spotFx = home per foreign."""
    forward = ql.FxForward(1_000_000.0, ql.EURCurrency(), ql.USDCurrency(), spot, TODAY + days, True, 0,
                           ql.NullCalendar())
    forward.setPricingEngine(ql.DiscountingFxForwardEngine(_flat(rate_foreign), _flat(rate_home),
                                                           ql.QuoteHandle(ql.SimpleQuote(spot))))
    return forward.fairForwardRate()


GRID = list(itertools.product(
    (0.90, 140.0),                 # spot: a EUR-like and a JPY-like level
    (0.8, 1.0, 1.25),              # strike / spot: deep ITM/OTM either way, and ATM
    (-0.005, 0.02, 0.05),          # r_d
    (0.0, 0.04),                   # r_f
    (0.02, 0.08, 0.40),            # low / mid / high vol
    (3, 91, 365, 1825),            # short to long term, calendar days
))


@pytest.mark.parametrize("kind", ["call", "put"])
def test_garman_kohlhagen_matches_quantlib_grid(kind):
    """Tolerance: 1e-10 absolute per unit of foreign currency, scaled by spot/0.9 for the JPY-like spot
    (both sides are double-precision closed forms; 1e-10 leaves room only for rounding)."""
    worst = 0.0
    for spot, moneyness, rd, rf, vol, days in GRID:
        strike = spot * moneyness
        ours = float(garman_kohlhagen(spot, strike, rd, rf, vol, days / 365.0, kind))
        theirs = ql_garman_kohlhagen(spot, strike, rd, rf, vol, days, kind)
        tol = 1e-10 * max(1.0, spot / 0.9)
        assert ours == pytest.approx(theirs, abs=tol), (spot, strike, rd, rf, vol, days)
        worst = max(worst, abs(ours - theirs) / tol)
    assert worst < 1.0


def test_garman_kohlhagen_published_check():
    """quant_notes: S=K=0.90, r_d 2 %, r_f 4 %, vol 8 %, T=182/365 -> call 0.0158687944,
    put 0.0247109114. Tolerance 5e-11 (half a unit in the last published digit)."""
    args = (0.90, 0.90, 0.02, 0.04, 0.08, 182 / 365)
    assert float(garman_kohlhagen(*args, kind="call")) == pytest.approx(0.0158687944, abs=5e-11)
    assert float(garman_kohlhagen(*args, kind="put")) == pytest.approx(0.0247109114, abs=5e-11)
    assert ql_garman_kohlhagen(0.90, 0.90, 0.02, 0.04, 0.08, 182, "call") == pytest.approx(
        0.0158687944, abs=5e-11)
    assert ql_garman_kohlhagen(0.90, 0.90, 0.02, 0.04, 0.08, 182, "put") == pytest.approx(
        0.0247109114, abs=5e-11)


def test_garman_kohlhagen_default_kind_is_put():
    """Default kind is the exporter's put. Exact equality (same computation path)."""
    args = (0.9, 0.95, 0.02, 0.04, 0.1, 0.5)
    assert float(garman_kohlhagen(*args)) == float(garman_kohlhagen(*args, kind="put"))
    with pytest.raises(ValueError):
        garman_kohlhagen(*args, kind="straddle")


@pytest.mark.parametrize("kind", ["call", "put"])
def test_vectorised_equals_elementwise(kind):
    """Arrays broadcast like scalars. Tolerance: 1e-14 relative (SIMD exp/log may differ by an ulp)."""
    rng = np.random.default_rng(7)
    n = 200
    spot = rng.uniform(0.5, 2.0, n)
    strike = spot * rng.uniform(0.7, 1.3, n)
    rd = rng.uniform(-0.01, 0.08, n)
    rf = rng.uniform(-0.01, 0.08, n)
    vol = rng.uniform(0.0, 0.5, n)
    vol[:5] = 0.0                                   # intrinsic branch inside an array
    years = rng.uniform(0.0, 3.0, n)
    years[5:10] = 0.0
    vector = garman_kohlhagen(spot, strike, rd, rf, vol, years, kind)
    assert vector.shape == (n,)
    elementwise = np.array([float(garman_kohlhagen(*a, kind=kind))
                            for a in zip(spot, strike, rd, rf, vol, years, strict=True)])
    np.testing.assert_allclose(vector, elementwise, rtol=1e-14, atol=1e-16)
    # broadcasting a scalar spot against a strike ladder, checked against QuantLib (1e-10 absolute)
    ladder = garman_kohlhagen(0.9, np.array([0.8, 0.9, 1.0]), 0.02, 0.04, 0.08, 182 / 365, kind)
    assert ladder.shape == (3,)
    for strike_i, price in zip((0.8, 0.9, 1.0), ladder, strict=True):
        assert price == pytest.approx(ql_garman_kohlhagen(0.9, strike_i, 0.02, 0.04, 0.08, 182, kind),
                                      abs=1e-10)


def test_zero_vol_and_zero_term_give_discounted_intrinsic():
    """s sqrt(T) = 0: price = max(+-(S e^{-rf T} - K e^{-rd T}), 0). Tolerance 1e-15 absolute."""
    s, k, rd, rf, t = 0.9, 0.88, 0.02, 0.04, 0.5
    fwd_gap = s * math.exp(-rf * t) - k * math.exp(-rd * t)
    assert float(garman_kohlhagen(s, k, rd, rf, 0.0, t, "call")) == pytest.approx(max(fwd_gap, 0), abs=1e-15)
    assert float(garman_kohlhagen(s, k, rd, rf, 0.0, t, "put")) == pytest.approx(max(-fwd_gap, 0), abs=1e-15)
    assert float(garman_kohlhagen(s, 0.95, rd, rf, 0.3, 0.0, "put")) == pytest.approx(0.05, abs=1e-15)
    assert float(garman_kohlhagen(s, 0.95, rd, rf, 0.3, 0.0, "call")) == 0.0


@settings(max_examples=200, deadline=None)
@given(spot=st.floats(0.01, 200.0), moneyness=st.floats(0.5, 2.0), rd=st.floats(-0.02, 0.3),
       rf=st.floats(-0.02, 0.3), vol=st.floats(0.0, 1.0), years=st.floats(0.0, 5.0))
def test_put_call_parity(spot, moneyness, rd, rf, vol, years):
    """C - P = S e^{-rf T} - K e^{-rd T}. Tolerance: 1e-12 x (S + K) absolute (cancellation of two
    double-precision prices of size up to S + K)."""
    strike = spot * moneyness
    call = float(garman_kohlhagen(spot, strike, rd, rf, vol, years, "call"))
    put = float(garman_kohlhagen(spot, strike, rd, rf, vol, years, "put"))
    assert call >= 0.0 and put >= 0.0
    parity = spot * math.exp(-rf * years) - strike * math.exp(-rd * years)
    assert call - put == pytest.approx(parity, abs=1e-12 * (spot + strike))


def test_forward_published_check():
    """quant_notes: spot 1.1172 USD per EUR, r_EUR 2 %, r_USD 3.75 %, 91 days ACT/365 -> 1.122085.
    Home = USD, foreign = EUR. Tolerance 5e-7 (half a unit in the 6th decimal)."""
    ours = float(forward_rate(1.1172, 0.0375, 0.02, year_fraction(91)))
    assert ours == pytest.approx(1.122085, abs=5e-7)
    assert ql_fair_forward(1.1172, 0.0375, 0.02, 91) == pytest.approx(1.122085, abs=5e-7)
    # the wrong direction (rates swapped) must not pass the published check
    assert abs(float(forward_rate(1.1172, 0.02, 0.0375, year_fraction(91))) - 1.122085) > 1e-3


@pytest.mark.parametrize("spot,rate_home,rate_foreign,days", list(itertools.product(
    (0.8950948800572861, 1.1172, 161.5), (-0.005, 0.0375, 0.12), (0.0, 0.02, 0.45), (1, 91, 365, 3650))))
def test_forward_matches_quantlib_fx_forward(spot, rate_home, rate_foreign, days):
    """QuantLib FxForward + DiscountingFxForwardEngine.fairForwardRate(). Tolerance 1e-12 relative."""
    ours = float(forward_rate(spot, rate_home, rate_foreign, year_fraction(days)))
    assert ours == pytest.approx(ql_fair_forward(spot, rate_home, rate_foreign, days), rel=1e-12)


def test_year_fraction_is_act365():
    """Exact: ACT/365 fixed."""
    assert year_fraction(365) == 1.0
    assert year_fraction(91) == 91 / 365
    assert DC.yearFraction(TODAY, TODAY + 182) == year_fraction(182)


@pytest.mark.parametrize("spot,rate_home,rate_foreign,days", [
    ("1.1172", "0.0375", "0.02", 91),
    ("0.895", "0.0225", "0.03625", 30),
    ("161.5", "0.005", "0.0225", 365),
    ("38.2", "0.45", "0.02", 180),
])
def test_forward_money_market_hand_arithmetic(spot, rate_home, rate_foreign, days):
    """F = S (1 + r_h d/365) / (1 + r_f d/365) in exact rational arithmetic. Tolerance 1e-14 relative."""
    s, rh, rf = Fraction(spot), Fraction(rate_home), Fraction(rate_foreign)
    tau = Fraction(days, 365)
    exact = s * (1 + rh * tau) / (1 + rf * tau)
    ours = float(forward_rate_money_market(float(spot), float(rate_home), float(rate_foreign),
                                           year_fraction(days)))
    assert ours == pytest.approx(float(exact), rel=1e-14)


def test_forward_money_market_hand_value():
    """1.1172 x (1 + 0.0375 x 91/365) / (1 + 0.02 x 91/365) by hand: 1 + 0.0375 x 91/365 =
    1.0093493151, numerator 1.1276450548, denominator 1.0049863014, ratio 1.1220501745.
    Tolerance 1e-9 (10 significant digits carried by hand). Continuous and simple differ by < 1e-4."""
    ours = float(forward_rate_money_market(1.1172, 0.0375, 0.02, 91 / 365))
    assert ours == pytest.approx(1.1220501745, abs=1e-9)
    assert abs(ours - 1.122085) < 1e-4
