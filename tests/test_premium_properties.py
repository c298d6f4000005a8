"""Properties: available premiums are finite, >= 0, and never fall when the risk or the cover grows."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exportrisk.credit.ratings import SCALE
from exportrisk.premium.rules import PremiumRequest, premium

#: Country categories best to worst; 0 and HI share the best rank.
COUNTRY_RANKS = (("0", "HI"), ("1",), ("2",), ("3",), ("4",), ("5",), ("6",), ("7",))
BUYERS = ("SOV+", "SOV", "CC0", "CC1", "CC2", "CC3", "CC4", "CC5")
TOL = 1e-9
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

shares = st.floats(min_value=0.05, max_value=1.0, allow_nan=False)
hor = st.floats(min_value=0.01, max_value=30.0, allow_nan=False)


@st.composite
def requests(draw: st.DrawFn) -> PremiumRequest:
    by_days = draw(st.booleans())
    return PremiumRequest(
        country_category=draw(st.sampled_from([c for rank in COUNTRY_RANKS for c in rank])),
        buyer_category=draw(st.sampled_from(BUYERS)),
        hor_years=None if by_days else draw(hor),
        days=draw(st.integers(min_value=1, max_value=3650)) if by_days else None,
        pcc=draw(shares), pcp=draw(shares),
        quality=draw(st.sampled_from(("below", "standard", "above"))),
        cef=draw(st.floats(min_value=0.0, max_value=0.35)),
        lcf=draw(st.floats(min_value=0.0, max_value=0.2)),
        rate_card=draw(st.sampled_from(("default", "ukef"))),
        marketable=draw(st.booleans()),
        obligor_rating=draw(st.none() | st.sampled_from(SCALE)),
    )


def price(request: PremiumRequest) -> float | None:
    return premium(request).premium_pct


def assert_non_decreasing(values: list[float | None], context: object) -> None:
    available = [v for v in values if v is not None]
    for lower, higher in zip(available, available[1:], strict=False):
        assert higher >= lower - TOL * max(1.0, abs(lower)), (context, values)


@SETTINGS
@given(requests())
def test_finite_and_non_negative(request: PremiumRequest) -> None:
    value = price(request)
    if value is not None:
        assert math.isfinite(value) and value >= 0


@SETTINGS
@given(requests())
def test_never_falls_when_the_country_worsens(request: PremiumRequest) -> None:
    ranked = [(rank, price(replace(request, country_category=c)))
              for rank, group in enumerate(COUNTRY_RANKS) for c in group]
    available = [(rank, value) for rank, value in ranked if value is not None]
    for rank, value in available:
        worse = [other for other_rank, other in available if other_rank > rank]
        assert all(other >= value - TOL * max(1.0, value) for other in worse), (request, ranked)


@SETTINGS
@given(requests())
def test_never_falls_when_the_buyer_worsens(request: PremiumRequest) -> None:
    assert_non_decreasing([price(replace(request, buyer_category=b)) for b in BUYERS], request)


@SETTINGS
@given(requests(), hor, hor)
def test_never_falls_when_the_horizon_grows(request: PremiumRequest, first: float, second: float) -> None:
    short, long = sorted((first, second))
    values = [price(replace(request, hor_years=h, days=None)) for h in (short, long)]
    assert_non_decreasing(values, (request, short, long))


@SETTINGS
@given(requests(), st.integers(min_value=1, max_value=3650), st.integers(min_value=1, max_value=3650))
def test_never_falls_when_the_days_grow(request: PremiumRequest, first: int, second: int) -> None:
    short, long = sorted((first, second))
    values = [price(replace(request, hor_years=None, days=d)) for d in (short, long)]
    assert_non_decreasing(values, (request, short, long))


@SETTINGS
@given(requests(), shares, shares)
def test_never_falls_when_the_cover_grows(request: PremiumRequest, first: float, second: float) -> None:
    low, high = sorted((first, second))
    for field in ("pcc", "pcp"):
        values = [price(replace(request, **{field: share})) for share in (low, high)]
        assert_non_decreasing(values, (request, field, low, high))
    both = [price(replace(request, pcc=share, pcp=share)) for share in (low, high)]
    assert_non_decreasing(both, (request, low, high))


@pytest.mark.parametrize("category", ["0", "HI", "1", "2", "3", "4", "5", "6", "7"])
@pytest.mark.parametrize("buyer", BUYERS)
@pytest.mark.parametrize("quality", ["below", "standard", "above"])
def test_two_year_join_for_every_cell(category: str, buyer: str, quality: str) -> None:
    # categories 0 and HI price an annual spread over the credit's average life, which a bare HOR does not
    # carry continuously across the line (HOR 2 - e is one payment, HOR 2 a credit of shorter average
    # life): for them the join is checked where the average life is continuous, one payment in days.
    around = (({"days": 729}, {"days": 730}) if category in ("0", "HI")
              else ({"hor_years": 2 - 1e-9}, {"hor_years": 2.0}))
    for card in ("default", "ukef"):
        request = PremiumRequest(category, buyer, quality=quality, rate_card=card)
        before = price(replace(request, **around[0]))
        after = price(replace(request, **around[1]))
        assert before <= after + TOL, (category, buyer, quality, card, before, after)
