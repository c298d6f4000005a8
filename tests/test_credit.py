"""Buyer default probabilities: constant and piecewise-constant hazard against QuantLib, floors, notches."""

from __future__ import annotations

import math

import pytest
import QuantLib as ql

from exportrisk.credit.default_probability import (
    DefaultCurve,
    default_probability,
    rating_curve,
    rating_for_pd,
)
from exportrisk.errors import InputError

TODAY = ql.Date(30, 10, 2026)
DC = ql.Actual365Fixed()
#: Knot years of the S&P 1981-2019 term structure (market_parameters.md, "as tabulated in Hull").
KNOTS = (1, 2, 3, 4, 5, 7, 10, 15)
#: Cumulative default rates in percent, typed from market_parameters.md (S&P 1981-2019 term structure).
TYPED_BB = (0.61, 1.92, 3.48, 5.05, 6.52, 9.01, 11.78, 14.67)
TYPED_B_1Y = 3.33
TYPED_CCC_C = (27.08, 36.64, 41.41, 44.10, 46.19, 48.26, 50.38, 52.59)
#: Both sides compute exp(-h t) or (1 - p)^t in double precision: only rounding separates them.
FLAT_TOL = 1e-12
#: QuantLib integrates the backward-flat hazard exactly; the two sides differ by rounding in the logs and
#: in t = days / 365 (dates are whole days, so the comparison uses the day-exact time on both sides).
CURVE_TOL = 1e-9


@pytest.fixture(autouse=True)
def ql_evaluation_date():
    ql.Settings.instance().evaluationDate = TODAY
    yield


@pytest.mark.parametrize("pd_1y", [0.0005, 0.002, 0.0061, 0.02, 0.0333, 0.15, 0.2708, 0.6])
@pytest.mark.parametrize("years", [0.0, 1 / 365, 0.1, 0.25, 0.5, 1.0, 1.7, 3.0, 7.5, 15.0])
def test_typed_pd_is_a_constant_hazard_like_quantlib_flat_hazard_rate(pd_1y: float, years: float) -> None:
    hazard = -math.log(1.0 - pd_1y)
    curve = ql.FlatHazardRate(TODAY, ql.QuoteHandle(ql.SimpleQuote(hazard)), DC)
    expected = 1.0 - curve.survivalProbability(years)
    estimate = default_probability(years, pd_1y=pd_1y)
    assert estimate.probability == pytest.approx(expected, abs=FLAT_TOL)
    assert estimate.pd_1y == pd_1y
    assert estimate.notes == ()


def _quantlib_bb_curve() -> ql.HazardRateCurve:
    """Backward-flat hazards: h_j on (t_{j-1}, t_j] with h_j = -ln(S_j / S_{j-1}) / (t_j - t_{j-1})."""
    cumulative = rating_curve("BB", plain_rating="grade")[0].cumulative
    survival = [1.0] + [1.0 - p for p in cumulative]
    times = [0, *KNOTS]
    hazards = [-math.log(survival[j] / survival[j - 1]) / (times[j] - times[j - 1]) for j in range(1, len(times))]
    dates = [TODAY + round(365 * t) for t in times]
    return ql.HazardRateCurve(dates, [hazards[0], *hazards], DC)


def test_bb_curve_knots_are_the_typed_table() -> None:
    curve = rating_curve("BB", plain_rating="grade")[0]
    assert curve.knots[:-1] == tuple(float(k) for k in KNOTS)
    assert curve.knots[-1] == 30.0   # a far knot that continues the last hazard
    assert curve.cumulative[:-1] == pytest.approx([p / 100 for p in TYPED_BB], abs=1e-15)


@pytest.mark.parametrize("years", [0.25, 0.5, 1.0, 1.5, 2.7, 6.0, 12.0, 15.0])
def test_rating_curve_is_a_piecewise_flat_hazard_like_quantlib(years: float) -> None:
    days = round(365 * years)
    ql_curve = _quantlib_bb_curve()
    expected = 1.0 - ql_curve.survivalProbability(TODAY + days)
    curve: DefaultCurve = rating_curve("BB", plain_rating="grade")[0]
    assert curve.probability(days / 365) == pytest.approx(expected, abs=CURVE_TOL)
    estimate = default_probability(days / 365, rating="BB", plain_rating="grade")
    assert estimate.probability == pytest.approx(expected, abs=CURVE_TOL)


def test_rating_curve_at_the_knots_returns_the_table() -> None:
    curve = rating_curve("BB", plain_rating="grade")[0]
    for knot, typed in zip(KNOTS, TYPED_BB, strict=True):
        assert curve.probability(knot) == pytest.approx(typed / 100, abs=1e-14)
    assert curve.probability(0.0) == 0.0


def test_past_the_last_knot_the_last_hazard_continues() -> None:
    s10, s15 = 1 - TYPED_BB[6] / 100, 1 - TYPED_BB[7] / 100
    hazard = -math.log(s15 / s10) / 5
    expected = 1.0 - s15 * math.exp(-hazard * 5)
    assert rating_curve("BB", plain_rating="grade")[0].probability(20.0) == pytest.approx(expected, abs=1e-14)


def test_aaa_zero_one_year_rate_is_raised_to_the_basel_floor() -> None:
    curve = rating_curve("AAA")[0]
    assert curve.cumulative[0] == pytest.approx(0.0003, rel=1e-12)   # the table says 0.00
    assert curve.cumulative[1] == pytest.approx(0.0003, rel=1e-12)   # 0.03 at 2 years, equal to the floor
    assert curve.cumulative[2] == pytest.approx(0.0013, rel=1e-12)   # above the floor: untouched
    estimate = default_probability(1.0, rating="AAA")
    assert estimate.probability == pytest.approx(0.0003, rel=1e-12)
    assert estimate.pd_1y == pytest.approx(0.0003, rel=1e-12)
    assert default_probability(0.5, rating="AAA").probability == pytest.approx(1 - (1 - 0.0003) ** 0.5, rel=1e-12)


def test_typed_zero_pd_is_floored_with_a_note() -> None:
    estimate = default_probability(0.5, pd_1y=0.0)
    assert estimate.pd_1y == 0.0003
    assert estimate.probability == pytest.approx(1 - 0.9997 ** 0.5, rel=1e-13)
    assert len(estimate.notes) == 1 and "floor" in estimate.notes[0] and "0.03%" in estimate.notes[0]


def test_typed_pd_above_the_floor_is_not_touched() -> None:
    assert default_probability(1.0, pd_1y=0.0004).probability == pytest.approx(0.0004, rel=1e-13)


#: One-year default rates by notch, percent, "scaled to 1981-2024 letter level" column of the reference
#: (docs/reference/credit_notch_defaults.md, table A), typed here: the sp_1981_2024 letter curve x notch ratio
#: must give them back.
TYPED_NOTCH_2024 = {"A+": 0.04, "A": 0.05, "A-": 0.06, "BBB+": 0.09, "BBB": 0.13, "BBB-": 0.20, "BB+": 0.28,
                    "BB": 0.45, "BB-": 0.82, "B+": 1.68, "B": 3.03, "B-": 5.84}
#: Notch / letter-grade ratios of table A, typed from the reference.
TYPED_RATIO = {"BB+": 0.50, "BB": 0.81, "BB-": 1.46, "B+": 0.57, "B": 1.03, "B-": 1.99}


@pytest.mark.parametrize("rating", sorted(TYPED_NOTCH_2024))
def test_one_year_notch_pd_matches_the_reference_scaled_column(rating: str) -> None:
    # the reference rounds to 0.01 pp and its ratios to two decimals: 0.015 pp covers both roundings
    pd = rating_curve(rating, "sp_1981_2024")[0].cumulative[0]
    assert pd * 100 == pytest.approx(TYPED_NOTCH_2024[rating], abs=0.015)


@pytest.mark.parametrize("rating", sorted(TYPED_RATIO))
def test_notch_curve_is_the_letter_curve_times_the_ratio(rating: str) -> None:
    letter = {"BB+": TYPED_BB, "BB": TYPED_BB, "BB-": TYPED_BB}.get(rating)
    curve = rating_curve(rating)[0].cumulative
    if letter is not None:
        for knot in range(5):   # up to 5 years no cap or monotone repair binds for the BB notches
            assert curve[knot] == pytest.approx(letter[knot] / 100 * TYPED_RATIO[rating], rel=1e-12)
    else:
        assert curve[0] == pytest.approx(TYPED_B_1Y / 100 * TYPED_RATIO[rating], rel=1e-12)


def test_b_minus_is_no_longer_priced_halfway_to_ccc() -> None:
    # the log-linear notch interpolation gave sqrt(3.33 x 27.08) = 9.50 % for B-; the notch table 3.33 x 1.99
    b_minus = rating_curve("B-")[0].cumulative[0]
    assert b_minus == pytest.approx(0.0333 * 1.99, rel=1e-12)
    assert b_minus < 0.07


def test_every_notch_is_at_least_as_risky_as_every_better_one_at_every_horizon() -> None:
    from exportrisk.credit.ratings import SCALE

    for table in ("sp_1981_2019", "sp_1981_2024"):
        for plain in ("notch", "grade"):
            curves = [rating_curve(r, table, plain_rating=plain)[0] for r in SCALE]
            # 15.25 years is the longest horizon a deal can have (120 months' disbursement, 20 years' repayment)
            for years in (0.1, 0.5, 1, 2, 3, 5, 7, 10, 15, 15.25, 20, 30):
                pds = [c.probability(years) for c in curves]
                assert pds == sorted(pds), (table, plain, years)


def test_b_minus_never_exceeds_ccc() -> None:
    for years in (1, 5, 10, 15, 15.25, 20, 30):
        assert rating_curve("B-")[0].probability(years) <= rating_curve("CCC")[0].probability(years) + 1e-15


def test_plain_rating_grade_reads_bb_as_the_letter_average() -> None:
    assert rating_curve("BB", plain_rating="grade")[0].cumulative[0] == pytest.approx(0.0061, rel=1e-12)
    assert rating_curve("BB")[0].cumulative[0] == pytest.approx(0.0061 * 0.81, rel=1e-12)
    # a modified rating is the same notch either way
    assert (rating_curve("BB-", plain_rating="grade")[0].cumulative
            == rating_curve("BB-", plain_rating="notch")[0].cumulative)
    with pytest.raises(InputError):
        rating_curve("BB", plain_rating="bucket")


@pytest.mark.parametrize("rating", ["CCC+", "CCC", "CCC-", "CC", "C"])
def test_ccc_and_below_use_the_ccc_c_row(rating: str) -> None:
    # S&P's CCC/C row pools every rating from CCC+ to C (ratings.py: "CCC+ and below share the CCC/C row").
    assert rating_curve(rating)[0].cumulative[:-1] == pytest.approx([p / 100 for p in TYPED_CCC_C], abs=1e-15)


def test_rating_for_pd_maps_table_rates_back_to_their_grade() -> None:
    assert rating_for_pd(0.0061 * 0.81) == "BB"
    assert rating_for_pd(0.0333 * 1.03) == "B"
    assert rating_for_pd(0.0) == "AAA"           # floored to 0.03 %, the AAA value
    # every notch from CCC+ down shares the CCC/C row, so any of them is a right answer
    assert rating_for_pd(0.5) in ("CCC+", "CCC", "CCC-", "CC", "C")


def test_a_zero_floor_override_does_not_crash() -> None:
    """parameters.credit.pd_floor is user-editable; a floor of 0 must give a curve or an InputError."""
    try:
        curve = rating_curve("AA+", floor=0.0)[0]
    except InputError:
        return
    assert 0.0 <= curve.cumulative[0] <= 0.0002


def test_trade_finance_adjustment_scales_the_pd_and_says_so() -> None:
    plain = default_probability(0.5, rating="BB", plain_rating="grade")
    adjusted = default_probability(0.5, rating="BB", trade_finance_factor=0.5, plain_rating="grade")
    # BB over half a year, constant hazard on the first segment: 1 - (1 - 0.0061)^0.5
    assert plain.probability == pytest.approx(1 - (1 - 0.0061) ** 0.5, rel=1e-12)
    assert adjusted.probability == pytest.approx(0.5 * plain.probability, rel=1e-15)
    assert any("Trade-finance adjustment" in n and "0.5" in n for n in adjusted.notes)
    assert not any("Trade-finance" in n for n in plain.notes)
    typed = default_probability(2.0, pd_1y=0.02, trade_finance_factor=0.25)
    assert typed.probability == pytest.approx(0.25 * (1 - 0.98 ** 2), rel=1e-13)
    assert any("0.25" in n for n in typed.notes)


@pytest.mark.parametrize("kwargs", [
    {"pd_1y": 1.0}, {"pd_1y": 1.5}, {"pd_1y": -0.01}, {"pd_1y": math.nan},
    {"rating": "BB", "trade_finance_factor": 0.0}, {"pd_1y": 0.02, "trade_finance_factor": 1.5},
    {}, {"rating": "ZZ"},
])
def test_invalid_inputs_raise_input_error(kwargs: dict) -> None:
    with pytest.raises(InputError):
        default_probability(1.0, **kwargs)


@pytest.mark.parametrize("years", [-1.0, math.inf, math.nan])
def test_invalid_term_raises_input_error(years: float) -> None:
    with pytest.raises(InputError):
        default_probability(years, pd_1y=0.02)
