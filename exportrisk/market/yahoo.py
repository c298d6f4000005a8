"""Yahoo Finance adapter: the only module that imports yfinance; every call has a hard deadline."""

from __future__ import annotations

import logging
import threading
import warnings as pywarnings
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from exportrisk.errors import FetchError
from exportrisk.paths import cache_dir

#: yfinance can hang for minutes on a stalled network even with its own timeout (cookie, crumb and
#: time-zone requests ignore it), so every download runs in a daemon thread we stop waiting for.
DEFAULT_DEADLINE_S = 8.0

Downloader = Callable[..., Any]


def eur_ticker(currency: str) -> str:
    """Yahoo ticker quoting `currency` per 1 EUR, the ECB convention: EURUSD=X is USD per EUR."""
    return f"EUR{currency.upper()}=X"


def _yfinance_download() -> Downloader:
    import yfinance as yf

    # yfinance logs every DNS failure at ERROR and trips pandas deprecation warnings; we report
    # failures ourselves, in one line.
    logging.getLogger("yfinance").setLevel(logging.CRITICAL)
    pywarnings.filterwarnings("ignore", module="yfinance")
    location = str(cache_dir() / "yfinance")
    yf.set_tz_cache_location(location)
    if hasattr(yf, "set_cache_location"):
        yf.set_cache_location(location)
    return yf.download


def load_downloader() -> Downloader:
    """yfinance's download function, imported now without any request (the self-test checks that the
    network layer of a bundle loads, offline)."""
    return _yfinance_download()


def close_series(frame: Any, ticker: str) -> pd.Series:
    """Extract a clean daily Close series from a yfinance frame (MultiIndex or flat columns).

    Raises FetchError when the frame is empty, has no Close, or holds no finite positive value.
    """
    if not isinstance(frame, pd.DataFrame) or frame.empty:
        raise FetchError(f"Yahoo Finance returned no data for {ticker} (offline, or unknown ticker).")
    columns = frame.columns
    if isinstance(columns, pd.MultiIndex):
        if "Close" not in columns.get_level_values(0):
            raise FetchError(f"Yahoo Finance data for {ticker} has no Close column.")
        close = frame["Close"]
        if isinstance(close, pd.DataFrame):
            close = close[ticker] if ticker in close.columns else close.iloc[:, 0]
    elif "Close" in columns:
        close = frame["Close"]
    else:
        raise FetchError(f"Yahoo Finance data for {ticker} has no Close column.")
    values = pd.to_numeric(close, errors="coerce").astype("float64")
    try:
        index = pd.DatetimeIndex(pd.to_datetime(values.index))
    except (ValueError, TypeError) as exc:
        raise FetchError(f"Yahoo Finance data for {ticker} has an unreadable date index.") from exc
    if index.tz is not None:
        index = index.tz_localize(None)
    values.index = index.normalize().as_unit("ns")
    values = values[np.isfinite(values.to_numpy()) & (values.to_numpy() > 0)]
    values = values[~values.index.duplicated(keep="last")].sort_index()
    if values.empty:
        raise FetchError(f"Yahoo Finance returned only empty or invalid prices for {ticker}.")
    values.name = ticker
    return values


def fetch_close(
    ticker: str,
    start: date,
    end: date | None = None,
    deadline_s: float = DEFAULT_DEADLINE_S,
    download: Downloader | None = None,
) -> pd.Series:
    """Daily closes of `ticker` from `start` to `end` (exclusive), or FetchError within the deadline.

    `download` defaults to yfinance.download; tests pass a fake with the same signature.
    """
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            fn = download if download is not None else _yfinance_download()
            outcome["frame"] = fn(
                ticker,
                start=start.isoformat(),
                end=(end or date.today() + timedelta(days=1)).isoformat(),
                interval="1d",
                auto_adjust=True,
                progress=False,
                threads=False,
                timeout=max(1.0, deadline_s / 2),
            )
        except BaseException as exc:  # reported to the caller below, never raised in the thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name=f"yfinance-{ticker}", daemon=True)
    worker.start()
    worker.join(deadline_s)
    if worker.is_alive():
        raise FetchError(
            f"Yahoo Finance did not answer for {ticker} within {deadline_s:.3g} s; "
            "check the network or work offline."
        )
    if "error" in outcome:
        exc = outcome["error"]
        raise FetchError(f"Yahoo Finance download of {ticker} failed: {exc}") from exc
    return close_series(outcome.get("frame"), ticker)
