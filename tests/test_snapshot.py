"""Market snapshots: user overrides, provenance, staleness warnings and holiday look-back."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from exportrisk.errors import InputError
from exportrisk.market.service import MarketData
from exportrisk.market.snapshot import MarketOverrides, Provenance, Source
from exportrisk.market.store import FxStore

ECB_END = date(2026, 10, 30)


@pytest.fixture
def market(tmp_path, ecb_history) -> MarketData:
    """Real bundled ECB history, an empty store, the installed rate table."""
    return MarketData(store=FxStore(tmp_path / "fx"), ecb=ecb_history)


def usd_per_eur(ecb_history, day: str) -> float:
    return float(ecb_history.rates.at[pd.Timestamp(day), "USD"])


@pytest.mark.parametrize("kwargs", [
    {"spot": math.nan}, {"spot": math.inf}, {"spot": -math.inf}, {"spot": 0.0}, {"spot": -1.08},
    {"volatility": 3.01}, {"volatility": 50.0}, {"volatility": math.nan}, {"volatility": 0.0},
    {"rate_home": math.nan}, {"rate_home": 2.5}, {"rate_foreign": math.inf}, {"rate_foreign": -0.06},
    {"spot": "1.08"},
], ids=lambda kw: f"{next(iter(kw))}={next(iter(kw.values()))!r}")
def test_overrides_reject_bad_values(kwargs) -> None:
    name = next(iter(kwargs))
    with pytest.raises(InputError) as info:
        MarketOverrides(**kwargs)
    assert info.value.field == f"market.{name}"


def test_overrides_accept_limits() -> None:
    overrides = MarketOverrides(spot=0.92, volatility=3.0, rate_home=-0.05, rate_foreign=2.0)
    assert (overrides.spot, overrides.volatility) == (0.92, 3.0)
    assert MarketOverrides(spot=4).spot == 4  # an int is a number too
    assert MarketOverrides() == MarketOverrides(None, None, None, None)


def test_overrides_replace_values_and_are_recorded_as_user(market) -> None:
    as_of = date(2025, 6, 4)
    overrides = MarketOverrides(spot=0.95, volatility=0.11, rate_home=0.031, rate_foreign=0.042)
    snap = market.snapshot("EUR", "USD", as_of=as_of, overrides=overrides, today=date(2026, 11, 28))
    assert (snap.spot, snap.spot_date) == (0.95, as_of)
    assert (snap.rate_home, snap.rate_foreign, snap.volatility_override) == (0.031, 0.042, 0.11)
    for item in ("spot", "volatility", "rate_home", "rate_foreign"):
        entry = snap.source_of(item)
        assert entry.source is Source.USER and entry.last_date == as_of
    assert snap.history.index[-1] <= pd.Timestamp(as_of)
    assert snap.source_of("fx_history").source is Source.ECB_BUNDLED


def test_without_overrides_values_come_from_data(market, ecb_history) -> None:
    snap = market.snapshot("EUR", "USD", as_of=date(2025, 6, 4), today=date(2026, 11, 28))
    assert snap.spot == pytest.approx(1 / usd_per_eur(ecb_history, "2025-06-04"), rel=1e-15)
    assert snap.volatility_override is None
    assert snap.rate_home == pytest.approx(0.0225) and snap.rate_foreign == pytest.approx(0.03625)
    assert snap.source_of("spot").source is Source.ECB_BUNDLED
    rate = snap.source_of("rate_foreign")
    assert rate.source is Source.TABLE and rate.last_date == date(2026, 6, 17)
    assert "USD policy" in rate.detail and "installed" in rate.detail
    with pytest.raises(KeyError):
        snap.source_of("volatility")


def test_future_as_of_is_input_error(market) -> None:
    with pytest.raises(InputError, match=r"November 29, 2026 is in the future.*November 28, 2026") as info:
        market.snapshot("EUR", "USD", as_of=date(2026, 11, 29), today=date(2026, 11, 28))
    assert info.value.field == "deal.valuation_date"


def test_as_of_after_data_end_warns_with_last_fixing(market, ecb_history) -> None:
    snap = market.snapshot("EUR", "USD", as_of=date(2026, 11, 27), today=date(2026, 11, 28))
    assert snap.spot_date == ECB_END
    assert snap.spot == pytest.approx(1 / usd_per_eur(ecb_history, "2026-10-30"), rel=1e-15)
    stale = [w for w in snap.warnings if "2026-10-30" in w]
    assert len(stale) == 1 and "28 days" in stale[0]
    assert snap.source_of("spot").source is Source.ECB_BUNDLED
    with pytest.raises(KeyError):
        snap.source_of("fx_history_recent")


@pytest.mark.parametrize("as_of, warned", [
    (date(2026, 11, 4), False),  # 5 days after the last fixing: a long weekend, fine
    (date(2026, 11, 5), True),   # 6 days: stale
])
def test_staleness_threshold(market, as_of, warned) -> None:
    snap = market.snapshot("EUR", "USD", as_of=as_of, today=date(2026, 11, 28))
    assert snap.spot_date == ECB_END
    assert any("2026-10-30" in w for w in snap.warnings) is warned


def test_rate_dated_after_as_of_warns(market) -> None:
    snap = market.snapshot("EUR", "PLN", as_of=date(2025, 6, 4), today=date(2026, 11, 28))
    # EUR policy 2026-06-17 and PLN policy 2026-03-05 are both after the as-of date
    after = [w for w in snap.warnings if "after the as-of date 2025-06-04" in w]
    assert len(after) == 2
    assert any("EUR" in w and "2026-06-17" in w for w in after)
    assert any("PLN" in w and "2026-03-05" in w for w in after)


def test_old_rate_warns(market) -> None:
    # DKK policy is dated 2025-06-05: 365 + 147 = 512 days before 2026-10-30
    snap = market.snapshot("EUR", "DKK", as_of=date(2026, 10, 30), today=date(2026, 11, 28))
    old = [w for w in snap.warnings if "DKK" in w]
    assert len(old) == 1 and "2025-06-05" in old[0] and "512 days" in old[0]


def test_typed_rate_suppresses_rate_warning(market) -> None:
    snap = market.snapshot("EUR", "DKK", as_of=date(2026, 10, 30), today=date(2026, 11, 28),
                           overrides=MarketOverrides(rate_foreign=0.016))
    assert snap.rate_foreign == 0.016 and not any("DKK" in w for w in snap.warnings)


def test_good_friday_uses_maundy_thursday_fixing(market, ecb_history) -> None:
    snap = market.snapshot("EUR", "USD", as_of=date(2024, 3, 29), today=date(2026, 11, 28))
    assert pd.Timestamp("2024-03-29") not in ecb_history.rates["USD"].dropna().index
    assert snap.spot_date == date(2024, 3, 28)
    assert snap.spot == pytest.approx(1 / usd_per_eur(ecb_history, "2024-03-28"), rel=1e-15)
    assert snap.history.index[-1] == pd.Timestamp("2024-03-28")
    assert not any("2024-03-28" in w for w in snap.warnings)


def test_cross_pair_spot(market, ecb_history) -> None:
    snap = market.snapshot("pln", " usd", as_of=date(2025, 6, 4), today=date(2026, 11, 28))
    row = ecb_history.rates.loc[pd.Timestamp("2025-06-04")]
    assert (snap.home, snap.foreign) == ("PLN", "USD")
    assert snap.spot == pytest.approx(row["PLN"] / row["USD"], rel=1e-14)


def test_corrupt_stored_file_warns_and_falls_back_to_ecb(market, ecb_history) -> None:
    path = market.store.path("EURUSD=X")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage\n")
    snap = market.snapshot("EUR", "USD", as_of=date(2026, 11, 27), today=date(2026, 11, 28))
    assert any(str(path) in w for w in snap.warnings)
    assert snap.spot == pytest.approx(1 / usd_per_eur(ecb_history, "2026-10-30"), rel=1e-15)
    assert path.read_bytes() == b"garbage\n"


def test_provenance_to_dict() -> None:
    entry = Provenance("spot", Source.YAHOO, "EURUSD=X daily close", date(2026, 11, 2), date(2026, 11, 27),
                       datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    assert entry.to_dict() == {
        "item": "spot", "source": "Yahoo Finance", "detail": "EURUSD=X daily close",
        "first_date": "2026-11-02", "last_date": "2026-11-27",
        "fetched_at": "2026-11-28T09:00:00+00:00", "as_of": "2026-11-27",
    }
    bare = Provenance("volatility", Source.USER, "typed by the user").to_dict()
    assert bare["first_date"] is None and bare["fetched_at"] is None and bare["as_of"] is None
