"""The yfinance adapter without a network: fake downloads with yfinance.download's signature."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from exportrisk.errors import FetchError
from exportrisk.market.service import MarketData
from exportrisk.market.snapshot import Source
from exportrisk.market.store import FxStore
from exportrisk.market.yahoo import close_series, eur_ticker, fetch_close

TICKER = "EURUSD=X"
NAN = float("nan")


def yf_frame(closes: dict[str, float], ticker: str = TICKER) -> pd.DataFrame:
    """The shape yfinance 1.x returns for one ticker: (Price, Ticker) MultiIndex, tz-naive "Date"."""
    index = pd.DatetimeIndex(pd.to_datetime(list(closes)), name="Date")
    close = np.array(list(closes.values()), dtype="float64")
    volume = np.where(np.isnan(close), np.nan, 0.0)
    columns = pd.MultiIndex.from_product([["Close", "High", "Low", "Open", "Volume"], [ticker]],
                                         names=["Price", "Ticker"])
    data = np.column_stack([close, close * 1.003, close * 0.997, close * 1.001, volume])
    return pd.DataFrame(data, index=index, columns=columns)


def make_download(result=None, error: BaseException | None = None, sleep_s: float = 0.0, calls=None):
    """A stand-in for yfinance.download with the same parameter names."""

    def download(tickers, start=None, end=None, interval="1d", auto_adjust=True, progress=True,
                 threads=True, timeout=10):
        if calls is not None:
            calls.append(dict(tickers=tickers, start=start, end=end, interval=interval,
                              auto_adjust=auto_adjust, progress=progress, threads=threads,
                              timeout=timeout))
        if sleep_s:
            time.sleep(sleep_s)
        if error is not None:
            raise error
        frame = result(tickers) if callable(result) else result
        if isinstance(frame, pd.DataFrame) and not frame.empty and start is not None:
            frame = frame[(frame.index >= pd.Timestamp(start)) & (frame.index < pd.Timestamp(end))]
        return frame

    return download


RAW = {
    "2026-11-02": 1.1150, "2026-11-03": NAN, "2026-11-04": 1.1170, "2026-11-05": 1.1181,
    "2026-11-06": NAN, "2026-11-09": 1.1160, "2026-11-10": NAN,
}
CLEAN = {"2026-11-02": 1.1150, "2026-11-04": 1.1170, "2026-11-05": 1.1181, "2026-11-09": 1.1160}


def expected_series(values: dict[str, float]) -> pd.Series:
    index = pd.DatetimeIndex(list(values)).as_unit("ns")
    return pd.Series(list(values.values()), index=index, dtype="float64")


def test_eur_ticker_is_currency_per_eur() -> None:
    assert eur_ticker("usd") == "EURUSD=X"
    assert eur_ticker("PLN") == "EURPLN=X"


def test_real_shape_gives_clean_ascending_series() -> None:
    calls: list[dict] = []
    series = fetch_close(TICKER, date(2026, 11, 1), date(2026, 11, 12), deadline_s=5,
                         download=make_download(yf_frame(RAW), calls=calls))
    assert list(series.index.strftime("%Y-%m-%d")) == list(CLEAN)
    assert series.to_numpy().tolist() == list(CLEAN.values())
    assert series.index.is_monotonic_increasing and (series > 0).all()
    assert series.name == TICKER
    assert calls == [dict(tickers=TICKER, start="2026-11-01", end="2026-11-12", interval="1d",
                          auto_adjust=True, progress=False, threads=False, timeout=2.5)]


def test_close_series_sorts_and_drops_non_positive() -> None:
    raw = {"2026-11-05": 1.1181, "2026-11-02": 1.1150, "2026-11-03": 0.0, "2026-11-04": -1.0}
    series = close_series(yf_frame(raw), TICKER)
    assert list(series.index.strftime("%Y-%m-%d")) == ["2026-11-02", "2026-11-05"]
    assert series.to_numpy().tolist() == [1.1150, 1.1181]


def test_close_series_accepts_flat_columns_and_tz_aware_index() -> None:
    index = pd.DatetimeIndex(["2026-11-02 00:00", "2026-11-03 00:00"], tz="Europe/London", name="Date")
    frame = pd.DataFrame({"Open": [1.0, 1.0], "Close": [1.1150, 1.1170]}, index=index)
    series = close_series(frame, TICKER)
    assert series.index.tz is None
    assert list(series.index.strftime("%Y-%m-%d %H:%M")) == ["2026-11-02 00:00", "2026-11-03 00:00"]
    assert series.to_numpy().tolist() == [1.1150, 1.1170]


def test_empty_frame_is_fetch_error() -> None:
    with pytest.raises(FetchError, match="no data for EURUSD=X"):
        fetch_close(TICKER, date(2026, 11, 1), date(2026, 11, 12), deadline_s=5,
                    download=make_download(pd.DataFrame()))


def test_none_result_is_fetch_error() -> None:
    with pytest.raises(FetchError, match="EURUSD=X"):
        fetch_close(TICKER, date(2026, 11, 1), date(2026, 11, 12), deadline_s=5,
                    download=make_download(None))


def test_all_nan_close_is_fetch_error() -> None:
    frame = yf_frame({"2026-11-02": NAN, "2026-11-03": NAN})
    with pytest.raises(FetchError, match="invalid prices for EURUSD=X"):
        fetch_close(TICKER, date(2026, 11, 1), date(2026, 11, 12), deadline_s=5,
                    download=make_download(frame))


def test_missing_close_column_is_fetch_error() -> None:
    frame = yf_frame(CLEAN).drop(columns="Close", level="Price")
    with pytest.raises(FetchError, match="no Close column"):
        close_series(frame, TICKER)


def test_download_exception_is_fetch_error_naming_ticker() -> None:
    boom = ConnectionError("DNS lookup failed")
    with pytest.raises(FetchError, match=r"EURUSD=X.*DNS lookup failed") as info:
        fetch_close(TICKER, date(2026, 11, 1), date(2026, 11, 12), deadline_s=5,
                    download=make_download(error=boom))
    assert info.value.__cause__ is boom


def test_hanging_download_gives_up_at_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"EURUSD=X within 0\.5 s"):
        fetch_close(TICKER, date(2026, 11, 1), date(2026, 11, 12), deadline_s=0.5,
                    download=make_download(yf_frame(CLEAN), sleep_s=30))
    assert time.monotonic() - started < 0.5 + 1.0


# --- through MarketData.refresh: a failed refresh never changes the stored file ---------------------

ECB_END = date(2026, 10, 30)
TODAY = date(2026, 11, 28)


def business_days(first: str, last: str) -> list[str]:
    return [d.strftime("%Y-%m-%d") for d in pd.bdate_range(first, last)]


def good_closes() -> dict[str, float]:
    """Near the ECB EURUSD level (1.113..1.125 in October 2026), 2026-10-09 .. 2026-11-27."""
    days = business_days("2026-10-09", "2026-11-27")
    closes = {d: round(1.110 + 0.0002 * i, 6) for i, d in enumerate(days)}
    closes["2026-11-27"] = 1.1187
    return closes


@pytest.fixture
def seeded(tmp_path, ecb_history):
    """A store holding one good merge, and MarketData over it."""
    store = FxStore(tmp_path / "fx")
    store.merge(TICKER, expected_series({"2026-11-02": 1.1150, "2026-11-03": 1.1160}),
                fetched_at=datetime(2026, 11, 3, 18, 0, tzinfo=UTC))
    path = store.path(TICKER)
    return MarketData(store=store, ecb=ecb_history), path, path.read_bytes()


@pytest.mark.parametrize("download", [
    make_download(pd.DataFrame()),
    make_download(yf_frame({"2026-11-20": NAN})),
    make_download(error=RuntimeError("HTTP 429 Too Many Requests")),
], ids=["empty", "all-nan", "exception"])
def test_failed_refresh_leaves_store_unchanged(seeded, download) -> None:
    market, path, before = seeded
    report = market.refresh(["EUR", "USD"], deadline_s=5, download=download, today=TODAY)
    assert not report.ok and report.stored == {}
    assert list(report.failed) == [TICKER]
    assert TICKER in report.failed[TICKER]
    assert path.read_bytes() == before


def test_hanging_refresh_times_out_and_leaves_store_unchanged(seeded) -> None:
    market, path, before = seeded
    started = time.monotonic()
    report = market.refresh(["USD"], deadline_s=0.5, download=make_download(yf_frame(CLEAN), sleep_s=30),
                            today=TODAY)
    assert time.monotonic() - started < 0.5 + 1.0
    assert "within 0.5 s" in report.failed[TICKER]
    assert path.read_bytes() == before


@pytest.mark.parametrize("transform", [lambda v: 2 * v, lambda v: 1 / v], ids=["doubled", "inverted"])
def test_implausible_data_is_rejected(seeded, transform) -> None:
    market, path, before = seeded
    bad = {d: transform(v) for d, v in good_closes().items()}
    report = market.refresh(["USD"], deadline_s=5, download=make_download(yf_frame(bad)), today=TODAY)
    assert list(report.failed) == [TICKER] and report.stored == {}
    assert TICKER in report.failed[TICKER] and "ECB" in report.failed[TICKER]
    assert path.read_bytes() == before


def test_good_refresh_extends_history_and_feeds_snapshot(tmp_path, ecb_history) -> None:
    store = FxStore(tmp_path / "fx")
    calls: list[dict] = []
    closes = good_closes()
    market = MarketData(store=store, ecb=ecb_history)
    download = make_download(yf_frame(closes), calls=calls)
    report = market.refresh(["eur", "usd"], deadline_s=5, download=download, today=TODAY)
    assert report.ok and list(report.stored) == [TICKER]
    # start = last ECB fixing minus 21 days of overlap; end = the day after tomorrow (exclusive)
    assert [(c["tickers"], c["start"], c["end"]) for c in calls] == [
        (TICKER, (ECB_END - timedelta(days=21)).isoformat(), "2026-11-29")]
    assert store.path(TICKER).is_file()
    loaded = store.load(TICKER)
    assert loaded is not None
    assert list(loaded.closes.index.strftime("%Y-%m-%d")) == list(closes)
    assert loaded.closes.to_numpy().tolist() == list(closes.values())

    fresh_market = MarketData(store=store, ecb=ecb_history)
    snap = fresh_market.snapshot("EUR", "USD", as_of=date(2026, 11, 27), today=TODAY)
    assert snap.spot == pytest.approx(1 / 1.1187, rel=1e-12)
    assert snap.spot_date == date(2026, 11, 27)
    spot = snap.source_of("spot")
    assert spot.source is Source.YAHOO and TICKER in spot.detail
    assert spot.fetched_at is not None and spot.fetched_at.tzinfo is not None
    recent = snap.source_of("fx_history_recent")
    assert recent.source is Source.YAHOO
    assert (recent.first_date, recent.last_date) == (date(2026, 11, 2), date(2026, 11, 27))
    assert snap.source_of("fx_history").last_date == ECB_END
    # on dates the ECB fixed, its fixing wins over the Yahoo close
    ecb_usd = ecb_history.rates.at[pd.Timestamp("2026-10-15"), "USD"]
    assert closes["2026-10-15"] != ecb_usd
    assert snap.history[pd.Timestamp("2026-10-15")] == pytest.approx(1 / ecb_usd, rel=1e-12)
    assert snap.history.index[-1] == pd.Timestamp("2026-11-27")
    assert snap.warnings == ()


def test_a_snapshot_taken_while_a_refresh_downloads_is_not_kept_after_it(tmp_path, ecb_history) -> None:
    """The window quotes on one worker while a rate update runs on another: a snapshot the quote takes during
    the download (before the merge) must not be what the next quote, after the update, reads."""
    market = MarketData(store=FxStore(tmp_path / "fx"), ecb=ecb_history)
    during: list = []
    fetch = make_download(yf_frame(good_closes()))

    def download(*args, **kwargs):
        during.append(market.snapshot("EUR", "USD", as_of=date(2026, 11, 27), today=TODAY))
        return fetch(*args, **kwargs)

    assert market.refresh(["USD"], deadline_s=5, download=download, today=TODAY).ok
    assert during[0].spot_date == ECB_END  # the quote during the download saw the ECB history alone
    after = market.snapshot("EUR", "USD", as_of=date(2026, 11, 27), today=TODAY)
    assert (after.spot_date, after.spot) == (date(2026, 11, 27), pytest.approx(1 / 1.1187, rel=1e-12))
