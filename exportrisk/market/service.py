"""Builds FX snapshots from the bundled ECB history, stored Yahoo closes and the rate table."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from exportrisk.errors import DataFileError, FetchError, InputError
from exportrisk.market import yahoo
from exportrisk.market.ecb import EcbHistory, load_ecb_history
from exportrisk.market.fxtable import FxTable
from exportrisk.market.interest_rates import RateTable, load_rate_table
from exportrisk.market.snapshot import (
    FX_STALE_AFTER_DAYS,
    RATE_STALE_AFTER_DAYS,
    FxSnapshot,
    MarketOverrides,
    Provenance,
    Source,
)
from exportrisk.market.store import FxStore, StoredSeries
from exportrisk.messages import message

#: A fetched series whose median deviates from the ECB fixings on shared dates by more than this
#: is rejected as implausible (wrong quote direction, a bad tick) and not stored.
MAX_MEDIAN_DEVIATION = 0.05
#: Days of overlap with the ECB history requested on a refresh, for the plausibility check.
REFRESH_OVERLAP_DAYS = 21


@dataclass
class RefreshReport:
    """What a refresh did: tickers stored, and tickers that failed with the reason."""

    stored: dict[str, StoredSeries] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


class MarketData:
    """Read access to every market source; loads each lazily, once."""

    def __init__(self, store: FxStore | None = None, ecb: EcbHistory | None = None):
        self.store = store if store is not None else FxStore()
        self._ecb = ecb
        self._rates: tuple[RateTable, list[str]] | None = None
        self._currencies: list[str] | None = None
        self._snapshots: dict[tuple, FxSnapshot] = {}
        # a refresh (on one worker) and quotes (on another) share this object: a snapshot read while a refresh
        # runs is returned but not kept, so no quote after the refresh reads rates from before it
        self._lock = threading.Lock()
        self._generation = 0  # counts the refreshes begun and ended
        self._refreshing = 0  # refreshes running now

    @property
    def ecb(self) -> EcbHistory:
        if self._ecb is None:
            self._ecb = load_ecb_history()
        return self._ecb

    def rate_table(self) -> tuple[RateTable, list[str]]:
        if self._rates is None:
            self._rates = load_rate_table()
        return self._rates

    def _stored(self, currencies: list[str], warnings: list[str]) -> dict[str, StoredSeries]:
        found = {}
        for code in currencies:
            if code == "EUR":
                continue
            try:
                stored = self.store.load(yahoo.eur_ticker(code))
            except DataFileError as exc:
                warnings.append(message("stored_rates_unreadable", currency=code, problem=str(exc)))
                continue
            if stored is not None:
                found[code] = stored
        return found

    def fx_table(self, stored: dict[str, StoredSeries]) -> FxTable:
        """ECB history, extended past each currency's last ECB fixing by its stored Yahoo closes."""
        frame = self.ecb.rates
        if not stored:
            return FxTable(frame)
        extra_dates = frame.index.union(
            pd.DatetimeIndex(np.concatenate([s.closes.index.values for s in stored.values()]))
        )
        frame = frame.reindex(extra_dates)
        for code, series in stored.items():
            ecb_col = self.ecb.rates[code] if code in self.ecb.rates else pd.Series(dtype=float)
            ecb_last = ecb_col.last_valid_index()
            tail = series.closes if ecb_last is None else series.closes[series.closes.index > ecb_last]
            if code not in frame:
                frame[code] = np.nan
            frame.loc[tail.index, code] = tail.to_numpy()
        return FxTable(frame)

    def currencies(self) -> list[str]:
        """Every currency with a fixing in the bundled history (EUR included), sorted."""
        if self._currencies is None:
            self._currencies = FxTable(self.ecb.rates).currencies()
        return list(self._currencies)

    def fixing(self, home: str, foreign: str, on: date) -> float:
        """Home units per 1 foreign unit on `on` (or the last fixing up to a week before); 1.0 if equal."""
        if home == foreign:
            return 1.0
        warnings: list[str] = []
        return self.fx_table(self._stored([home, foreign], warnings)).fixing(home, foreign, on).value

    def snapshot(
        self,
        home: str,
        foreign: str,
        as_of: date | None = None,
        overrides: MarketOverrides | None = None,
        today: date | None = None,
    ) -> FxSnapshot:
        """Spot, history and rates for home/foreign on `as_of` (default today), with provenance.

        Snapshots are kept per arguments for the life of this object (a pool asks for the same pair often);
        `refresh` clears them when it starts and when it ends, and keeps none taken while it runs.
        """
        today = today or date.today()
        as_of = as_of or today
        overrides = overrides or MarketOverrides()
        key = (home.strip().upper(), foreign.strip().upper(), as_of, overrides, today)
        with self._lock:
            found, generation = self._snapshots.get(key), self._generation
        if found is None:
            found = self._snapshot(*key)
            with self._lock:
                if generation == self._generation and not self._refreshing:  # no refresh began or ran meanwhile
                    self._snapshots[key] = found
        return found

    def _forget_snapshots(self, running: int) -> None:
        """A refresh starts (running=1) or ends (-1): the kept snapshots are dropped."""
        with self._lock:
            self._generation += 1
            self._refreshing += running
            self._snapshots.clear()

    def _snapshot(self, home: str, foreign: str, as_of: date, overrides: MarketOverrides,
                  today: date) -> FxSnapshot:
        if as_of > today:
            raise InputError(code="date_future", field="deal.valuation_date", value_date=as_of, today_date=today)
        home, foreign = home.strip().upper(), foreign.strip().upper()
        warnings: list[str] = []
        stored = self._stored([home, foreign], warnings)
        table = self.fx_table(stored)
        history = table.pair_series(home, foreign)
        provenance: list[Provenance] = []
        ecb_last = self.ecb.last_date

        if overrides.spot is not None:
            spot, spot_date = overrides.spot, as_of
            history = history[history.index <= pd.Timestamp(as_of)]
            provenance.append(Provenance("spot", Source.USER, "typed by the user", as_of, as_of))
        else:
            fixing = table.fixing(home, foreign, as_of)
            spot, spot_date = fixing.value, fixing.date
            history = history[history.index <= pd.Timestamp(spot_date)]
            from_yahoo = pd.Timestamp(spot_date) > ecb_last
            provenance.append(self._series_provenance("spot", from_yahoo, home, foreign, stored,
                                                      spot_date, spot_date))
            lag = (as_of - spot_date).days
            if lag > FX_STALE_AFTER_DAYS:
                warnings.append(message("fx_stale", pair=f"{home}/{foreign}", fixing_date=spot_date, days=lag,
                                        as_of_date=as_of))
        ecb_part = history[history.index <= ecb_last]
        if not ecb_part.empty:
            provenance.append(self._series_provenance("fx_history", False, home, foreign, stored,
                                                      ecb_part.index[0].date(),
                                                      ecb_part.index[-1].date()))
        yahoo_part = history[history.index > ecb_last]
        if not yahoo_part.empty:
            provenance.append(self._series_provenance("fx_history_recent", True, home, foreign, stored,
                                                      yahoo_part.index[0].date(),
                                                      yahoo_part.index[-1].date()))

        rates = {}
        for role, code, typed in (("rate_home", home, overrides.rate_home),
                                  ("rate_foreign", foreign, overrides.rate_foreign)):
            rates[role], item, notes = self.interest_rate(code, as_of, typed, role)
            provenance.append(item)
            warnings.extend(w for w in notes if w not in warnings)
        if overrides.volatility is not None:
            provenance.append(Provenance("volatility", Source.USER, "typed by the user",
                                         as_of, as_of))
        return FxSnapshot(home, foreign, as_of, float(spot), spot_date, history,
                          rates["rate_home"], rates["rate_foreign"], overrides.volatility,
                          tuple(provenance), tuple(warnings))

    def interest_rate(self, code: str, as_of: date, typed: float | None = None, role: str = "rate_home"
                      ) -> tuple[float, Provenance, list[str]]:
        """The short-term rate of `code` (decimal a year): typed, or the table's newest row, with its provenance
        and warnings (a corrupt user table, a rate older than RATE_STALE_AFTER_DAYS or dated after `as_of`)."""
        if typed is not None:
            return typed, Provenance(role, Source.USER, f"{code}: typed by the user", as_of, as_of), []
        table_rates, warnings = self.rate_table()
        warnings = list(warnings)
        entry = table_rates.lookup(code)
        where = "user copy" if table_rates.is_user_copy else "installed"
        item = Provenance(role, Source.TABLE,
                          f"{code} {entry.kind} {entry.rate * 100:.3g} % ({where} {table_rates.path.name}; "
                          f"confidence {entry.confidence}; {entry.source})", entry.as_of, entry.as_of)
        age = (as_of - entry.as_of).days
        if age > RATE_STALE_AFTER_DAYS:
            warnings.append(message("rate_stale", currency=code, rate_date=entry.as_of, days=age))
        elif age < 0:
            warnings.append(message("rate_after_as_of", currency=code, rate_date=entry.as_of, as_of_date=as_of))
        return entry.rate, item, warnings

    def _series_provenance(self, item: str, from_yahoo: bool, home: str, foreign: str,
                           stored: dict[str, StoredSeries], first: date, last: date) -> Provenance:
        if from_yahoo:
            legs = [stored[c] for c in (home, foreign) if c in stored]
            tickers = ", ".join(s.ticker for s in legs)
            fetched = min(s.fetched_at for s in legs) if legs else None
            return Provenance(item, Source.YAHOO, f"{tickers} daily close, crossed through EUR",
                              first, last, fetched)
        ecb = self.ecb
        return Provenance(item, Source.ECB_BUNDLED,
                          f"{ecb.source_label}, crossed through EUR; file sha256 "
                          f"{ecb.source_sha256[:12]}", first, last)

    def refresh(
        self,
        currencies: list[str],
        deadline_s: float = yahoo.DEFAULT_DEADLINE_S,
        download: yahoo.Downloader | None = None,
        today: date | None = None,
    ) -> RefreshReport:
        """Fetch each non-EUR currency's EURxxx=X closes from Yahoo and merge them into the store.

        Network errors, time-outs, empty or implausible data leave the stored file unchanged; so does a store
        that cannot be written (a read-only data folder). `deadline_s` bounds the whole refresh, not each ticker:
        a ticker whose turn comes after the deadline is reported as not tried.
        """
        today = today or date.today()
        self._forget_snapshots(+1)
        try:
            return self._refresh(currencies, deadline_s, download, today)
        finally:
            self._forget_snapshots(-1)

    def _refresh(self, currencies: list[str], deadline_s: float, download: yahoo.Downloader | None,
                 today: date) -> RefreshReport:
        report = RefreshReport()
        ends = time.monotonic() + deadline_s
        for code in sorted({c.strip().upper() for c in currencies} - {"EUR"}):
            ticker = yahoo.eur_ticker(code)
            left = ends - time.monotonic()
            if left <= 0:
                report.failed[ticker] = (f"Not fetched: the {deadline_s:g} s deadline for the update ran out; check "
                                         "the network or work offline.")
                continue
            ecb_col = self.ecb.rates[code] if code in self.ecb.rates else None
            ecb_last = ecb_col.last_valid_index() if ecb_col is not None else None
            start = (ecb_last.date() if ecb_last is not None else today - timedelta(days=400))
            start -= timedelta(days=REFRESH_OVERLAP_DAYS)
            try:
                fresh = yahoo.fetch_close(ticker, start, today + timedelta(days=1), left, download)
                if ecb_col is not None:
                    self._check_plausible(ticker, fresh, ecb_col)
                report.stored[ticker] = self.store.merge(ticker, fresh, datetime.now().astimezone())
            except (FetchError, DataFileError) as exc:
                report.failed[ticker] = str(exc)
            except OSError as exc:  # fetched, but the data folder cannot be written: the old file stays
                report.failed[ticker] = (f"{ticker} fetched but not stored in {self.store.folder}: "
                                         f"{exc.strerror or exc}.")
        return report

    @staticmethod
    def _check_plausible(ticker: str, fresh: pd.Series, ecb_col: pd.Series) -> None:
        shared = ecb_col.reindex(fresh.index).dropna()
        if shared.empty:
            return
        deviation = float(np.median(np.abs(fresh.loc[shared.index] / shared - 1.0)))
        if deviation > MAX_MEDIAN_DEVIATION:
            raise FetchError(f"Yahoo Finance closes for {ticker} differ from the ECB fixings by "
                             f"{deviation:.0%} on shared dates; not stored.")


@dataclass(frozen=True)
class DataStatus:
    """What the status bar shows: the FX source and the dates it covers."""

    source: str
    first_date: date
    last_date: date
    currencies: int  # currencies with a fixing on the last date, EUR included
    age_days: int


def fx_data_status(market: MarketData | None = None, today: date | None = None) -> DataStatus:
    """Source and as-of date of the FX history in use (bundled ECB, extended by stored closes)."""
    market = market or MarketData()
    ecb = market.ecb
    today = today or date.today()
    last = ecb.last_date.date()
    current = int(ecb.rates.iloc[-1].notna().sum()) + 1  # fixed on the last day, plus EUR itself
    return DataStatus(ecb.source_label, ecb.first_date.date(), last, current, (today - last).days)

