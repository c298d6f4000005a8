"""FxStore: one CSV per ticker, merged atomically; a corrupt file is reported and never touched."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone

import pandas as pd
import pytest

from exportrisk.errors import DataFileError
from exportrisk.market.store import FxStore

TICKER = "EURUSD=X"
STAMP = datetime(2026, 11, 3, 18, 30, 15, tzinfo=UTC)
HEADER = "# schema: 1\n# ticker: EURUSD=X\n# source: Yahoo Finance (via yfinance)\n" \
         "# fetched_at: 2026-11-03T18:30:15+00:00\n"


def series(values: dict[str, float]) -> pd.Series:
    index = pd.DatetimeIndex(list(values)).as_unit("ns")
    return pd.Series(list(values.values()), index=index, dtype="float64", name=TICKER)


def rows_on_disk(text: str) -> list[tuple[str, float]]:
    """The data rows of a store file, parsed with the csv module (not with the code under test)."""
    body = [line for line in text.splitlines() if not line.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(body)))
    assert next(reader) == ["date", "close"]
    return [(day, float(close)) for day, close in reader]


@pytest.fixture
def store(tmp_path) -> FxStore:
    return FxStore(tmp_path / "fx")


def test_default_folder_is_in_user_data_dir(user_dirs) -> None:
    assert FxStore().folder == user_dirs / "fx"


def test_path_is_safe_file_name(store) -> None:
    assert store.path(TICKER) == store.folder / "EURUSD_X.csv"
    assert store.path("../../etc/passwd").parent == store.folder


def test_load_missing_is_none(store) -> None:
    assert store.load(TICKER) is None


def test_file_is_csv_text_with_schema_header(store) -> None:
    store.merge(TICKER, series({"2026-11-02": 1.115, "2026-11-03": 1.1172}), fetched_at=STAMP)
    text = store.path(TICKER).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# schema: 1"
    assert text.startswith(HEADER)
    assert rows_on_disk(text) == [("2026-11-02", 1.115), ("2026-11-03", 1.1172)]


def test_merge_keeps_old_dates_and_fresh_values_win(store) -> None:
    store.merge(TICKER, series({"2026-11-02": 1.10, "2026-11-03": 1.11, "2026-11-04": 1.12}),
                fetched_at=STAMP)
    later = STAMP + timedelta(days=2)
    result = store.merge(TICKER, series({"2026-11-05": 1.16, "2026-11-04": 1.15}), fetched_at=later)
    # by hand: 02 and 03 kept from the old file, 04 replaced by the fresh 1.15, 05 added
    expected = [("2026-11-02", 1.10), ("2026-11-03", 1.11), ("2026-11-04", 1.15), ("2026-11-05", 1.16)]
    assert rows_on_disk(store.path(TICKER).read_text()) == expected
    loaded = store.load(TICKER)
    assert loaded is not None
    for stored in (result, loaded):
        assert list(stored.closes.index.strftime("%Y-%m-%d")) == [d for d, _ in expected]
        assert stored.closes.to_numpy().tolist() == [v for _, v in expected]
        assert stored.fetched_at == later
        assert stored.ticker == TICKER
    assert "# fetched_at: 2026-11-05T18:30:15+00:00" in store.path(TICKER).read_text()


def test_round_trip_keeps_values_and_local_time_zone(store) -> None:
    stamp = datetime(2026, 11, 3, 19, 30, 15, tzinfo=timezone(timedelta(hours=1)))
    store.merge(TICKER, series({"2026-11-02": 1.123456789, "2026-11-03": 161.2345}), fetched_at=stamp)
    loaded = store.load(TICKER)
    assert loaded is not None
    assert loaded.closes.to_numpy().tolist() == [1.123456789, 161.2345]
    assert loaded.fetched_at == stamp and loaded.fetched_at.utcoffset() == timedelta(hours=1)


def test_merge_without_stamp_uses_now_in_utc(store) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    store.merge(TICKER, series({"2026-11-02": 1.1}))
    loaded = store.load(TICKER)
    assert loaded is not None and loaded.fetched_at.tzinfo is not None
    assert before <= loaded.fetched_at <= datetime.now(UTC)


def test_empty_series_refused_and_nothing_written(store) -> None:
    with pytest.raises(ValueError, match="empty"):
        store.merge(TICKER, pd.Series(dtype="float64"))
    assert not store.path(TICKER).exists()


def test_empty_series_refused_on_existing_file(store) -> None:
    store.merge(TICKER, series({"2026-11-02": 1.1}), fetched_at=STAMP)
    before = store.path(TICKER).read_bytes()
    with pytest.raises(ValueError):
        store.merge(TICKER, pd.Series(dtype="float64"))
    assert store.path(TICKER).read_bytes() == before


CORRUPT = {
    "garbage": "this is not a CSV file \x00\x01 at all\n",
    "negative close": HEADER + "date,close\n2026-11-02,1.1\n2026-11-03,-1.1\n",
    "zero close": HEADER + "date,close\n2026-11-02,0\n",
    "duplicate dates": HEADER + "date,close\n2026-11-02,1.1\n2026-11-02,1.2\n",
    "descending dates": HEADER + "date,close\n2026-11-03,1.1\n2026-11-02,1.2\n",
    "missing close": HEADER + "date,close\n2026-11-02,\n",
    "text close": HEADER + "date,close\n2026-11-02,abc\n",
    "bad date": HEADER + "date,close\n2026-13-45,1.1\n",
    "no rows": HEADER + "date,close\n",
    "wrong columns": HEADER + "day,price\n2026-11-02,1.1\n",
    "other ticker": HEADER.replace("EURUSD=X", "EURGBP=X") + "date,close\n2026-11-02,1.1\n",
    "schema 2": HEADER.replace("schema: 1", "schema: 2") + "date,close\n2026-11-02,1.1\n",
    "no header": "date,close\n2026-11-02,1.1\n",
}


@pytest.mark.parametrize("text", CORRUPT.values(), ids=CORRUPT.keys())
def test_corrupt_file_raises_naming_path_and_is_untouched(store, text) -> None:
    path = store.path(TICKER)
    path.parent.mkdir(parents=True)
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(DataFileError) as info:
        store.load(TICKER)
    assert str(path) in str(info.value)
    assert path.read_bytes() == text.encode("utf-8")


@pytest.mark.parametrize("name", ["garbage", "negative close", "duplicate dates"])
def test_merge_onto_corrupt_file_raises_and_leaves_it(store, name) -> None:
    path = store.path(TICKER)
    path.parent.mkdir(parents=True)
    path.write_bytes(CORRUPT[name].encode("utf-8"))
    with pytest.raises(DataFileError, match="corrupt"):
        store.merge(TICKER, series({"2026-11-20": 1.12}), fetched_at=STAMP)
    assert path.read_bytes() == CORRUPT[name].encode("utf-8")
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file left behind


def test_tickers_are_kept_apart(store) -> None:
    store.merge(TICKER, series({"2026-11-02": 1.1}), fetched_at=STAMP)
    store.merge("EURPLN=X", series({"2026-11-02": 4.25}), fetched_at=STAMP)
    usd, pln = store.load(TICKER), store.load("EURPLN=X")
    assert usd is not None and pln is not None
    assert usd.closes.tolist() == [1.1] and pln.closes.tolist() == [4.25]


@pytest.mark.parametrize("fresh", [
    {"2026-11-04": float("nan"), "2026-11-05": 1.13},
    {"2026-11-04": -1.0, "2026-11-05": 1.13},
], ids=["nan", "negative"])
def test_merge_refuses_values_its_own_load_rejects(store, fresh) -> None:
    """A merge must not turn a good file into one that load() calls corrupt (losing every old close)."""
    store.merge(TICKER, series({"2026-11-02": 1.1, "2026-11-03": 1.2}), fetched_at=STAMP)
    before = store.path(TICKER).read_bytes()
    with pytest.raises(ValueError):
        store.merge(TICKER, series(fresh), fetched_at=STAMP)
    assert store.path(TICKER).read_bytes() == before
