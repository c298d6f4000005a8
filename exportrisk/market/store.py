"""Our own on-disk copy of fetched FX closes: one CSV per ticker, merged and written atomically."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from exportrisk.errors import DataFileError
from exportrisk.fileio import atomic_write_text
from exportrisk.paths import data_dir

STORE_SCHEMA = 1
SOURCE_LABEL = "Yahoo Finance (via yfinance)"


@dataclass(frozen=True)
class StoredSeries:
    """Closes of one ticker kept on disk, with the time of the last successful fetch (UTC)."""

    ticker: str
    closes: pd.Series
    fetched_at: datetime


class FxStore:
    """Folder of `<ticker>.csv` files. A failed or empty refresh never replaces what is stored."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder is not None else data_dir() / "fx"

    def path(self, ticker: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9]+", "_", ticker).strip("_")
        return self.folder / f"{safe}.csv"

    def load(self, ticker: str) -> StoredSeries | None:
        """The stored series, None if never fetched; DataFileError (file untouched) if corrupt."""
        path = self.path(ticker)
        if not path.is_file():
            return None
        try:
            text = path.read_text(encoding="utf-8")
            meta = dict(
                line[2:].split(": ", 1) for line in text.splitlines() if line.startswith("# ")
            )
            if int(meta["schema"]) != STORE_SCHEMA or meta["ticker"] != ticker:
                raise ValueError("schema or ticker mismatch")
            fetched_at = datetime.fromisoformat(meta["fetched_at"])
            frame = pd.read_csv(io.StringIO(text), comment="#", dtype={"close": "float64"})
            if list(frame.columns) != ["date", "close"] or frame.empty:
                raise ValueError("expected columns date,close and at least one row")
            index = pd.DatetimeIndex(pd.to_datetime(frame["date"], format="%Y-%m-%d")).as_unit("ns")
            closes = pd.Series(frame["close"].to_numpy(), index=index, name=ticker)
            if not (np.isfinite(closes).all() and (closes > 0).all()):
                raise ValueError("non-positive or non-finite close")
            if not closes.index.is_monotonic_increasing or closes.index.has_duplicates:
                raise ValueError("dates not strictly ascending")
        except Exception as exc:
            raise DataFileError(
                f"The stored FX file {path} is corrupt ({exc}); it was left untouched. "
                "Delete it to fetch afresh."
            ) from exc
        return StoredSeries(ticker, closes, fetched_at)

    def merge(self, ticker: str, fresh: pd.Series, fetched_at: datetime | None = None) -> StoredSeries:
        """Add `fresh` closes to the stored ones (fresh wins on shared dates), then write atomically.

        Old dates are never dropped; a corrupt stored file raises before anything is written.
        """
        values = fresh.to_numpy(dtype="float64")
        if fresh.empty or not (np.isfinite(values).all() and (values > 0).all()):
            raise ValueError(f"refusing to store {ticker}: empty, non-finite or non-positive closes")
        if fresh.index.has_duplicates:
            raise ValueError(f"refusing to store {ticker}: duplicate dates")
        stamp = fetched_at or datetime.now(UTC)
        previous = self.load(ticker)
        merged = fresh.astype("float64")
        if previous is not None:
            merged = pd.concat([previous.closes[~previous.closes.index.isin(fresh.index)], merged])
        merged = merged.sort_index()
        body = pd.DataFrame({"date": merged.index.strftime("%Y-%m-%d"), "close": merged.to_numpy()})
        header = (
            f"# schema: {STORE_SCHEMA}\n# ticker: {ticker}\n# source: {SOURCE_LABEL}\n"
            f"# fetched_at: {stamp.isoformat(timespec='seconds')}\n"
        )
        atomic_write_text(self.path(ticker), header + body.to_csv(index=False))
        return StoredSeries(ticker, merged.rename(ticker), stamp)
