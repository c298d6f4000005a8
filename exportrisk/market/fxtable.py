"""Exchange rates for any pair of covered currencies, crossed through EUR, with coverage checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from exportrisk.errors import DataCoverageError, InputError

#: A fixing this many calendar days before the asked date still counts as "on" it
#: (weekends and TARGET holidays such as Easter leave up to four days without fixings).
MAX_LOOKBACK_DAYS = 7
#: A break longer than this inside a currency's history splits its covered ranges.
GAP_SPLIT_DAYS = 30


@dataclass(frozen=True)
class Fixing:
    """One rate: `value` home units per 1 foreign unit, fixed on `date` (on or before the asked date)."""

    home: str
    foreign: str
    date: date
    value: float


def _fmt_ranges(ranges: list[tuple[date, date]]) -> str:
    return ", ".join(f"{a.isoformat()} – {b.isoformat()}" for a, b in ranges)


class FxTable:
    """Daily rates of many currencies against EUR (units per 1 EUR), NaN where a currency has no fixing.

    Cross rate, home per foreign: X = (home per EUR) / (foreign per EUR), with EUR per EUR = 1.
    """

    def __init__(self, per_eur: pd.DataFrame):
        if not per_eur.index.is_monotonic_increasing:
            raise ValueError("FxTable needs ascending dates")
        self._per_eur = per_eur
        self._ranges: dict[str, list[tuple[date, date]]] = {}

    @property
    def per_eur(self) -> pd.DataFrame:
        return self._per_eur

    def currencies(self) -> list[str]:
        """Every currency with at least one fixing, EUR included, sorted."""
        present = self._per_eur.columns[self._per_eur.notna().any().to_numpy()]  # one pass, not one per column
        return sorted({"EUR", *present})

    def covered_ranges(self, currency: str) -> list[tuple[date, date]]:
        """Date ranges with fixings for `currency`, split at breaks longer than GAP_SPLIT_DAYS."""
        currency = self.check_currency(currency)
        if currency not in self._ranges:
            index = self._per_eur.index
            if currency == "EUR":
                days = index
            else:
                days = index[self._per_eur[currency].notna().to_numpy()]
            gaps = np.flatnonzero(np.diff(days.values).astype("timedelta64[D]").astype(int)
                                  > GAP_SPLIT_DAYS)
            starts = [0, *(gaps + 1)]
            ends = [*gaps, len(days) - 1]
            self._ranges[currency] = [(days[s].date(), days[e].date()) for s, e in zip(starts, ends,
                                                                                      strict=True)]
        return self._ranges[currency]

    def check_currency(self, currency: str) -> str:
        """Return the upper-case code, or raise naming the covered currencies."""
        code = str(currency).strip().upper()
        if code == "EUR" or (code in self._per_eur.columns and self._per_eur[code].notna().any()):
            return code
        raise DataCoverageError(code="currency_uncovered_typed", field="deal.currency", currency=currency,
                                choices=", ".join(self.currencies()))

    def _per_eur_series(self, currency: str) -> pd.Series:
        if currency == "EUR":
            return pd.Series(1.0, index=self._per_eur.index)
        return self._per_eur[currency]

    def pair_series(self, home: str, foreign: str) -> pd.Series:
        """Home units per 1 foreign unit on every date both currencies fixed, ascending."""
        home, foreign = self.check_currency(home), self.check_currency(foreign)
        if home == foreign:
            raise InputError(code="same_currency", field="deal.currency", currency=home)
        series = (self._per_eur_series(home) / self._per_eur_series(foreign)).dropna()
        series.name = f"{home} per {foreign}"
        return series

    def pair_ranges(self, home: str, foreign: str) -> list[tuple[date, date]]:
        """Date ranges on which both currencies of the pair have fixings."""
        series = self.pair_series(home, foreign)
        days = series.index
        gaps = np.flatnonzero(np.diff(days.values).astype("timedelta64[D]").astype(int)
                              > GAP_SPLIT_DAYS)
        starts = [0, *(gaps + 1)]
        ends = [*gaps, len(days) - 1]
        return [(days[s].date(), days[e].date()) for s, e in zip(starts, ends, strict=True)]

    def fixing(self, home: str, foreign: str, on: date, allow_stale_end: bool = True) -> Fixing:
        """The rate on `on`, or the last fixing at most MAX_LOOKBACK_DAYS before it.

        After the pair's last fixing the last one is returned when `allow_stale_end` (the caller
        warns about its age); a date before the data, or in a gap, raises naming the covered ranges.
        """
        series = self.pair_series(home, foreign)
        ranges = self.pair_ranges(home, foreign)
        label = f"{home}/{foreign}"
        target = pd.Timestamp(on)
        first, last = series.index[0], series.index[-1]
        table_last = self._per_eur.index[-1]
        if target < first:
            raise DataCoverageError(code="before_first_fixing", field="deal.valuation_date", value_date=on,
                                    pair=label, ranges=_fmt_ranges(ranges))
        position = series.index.searchsorted(target, side="right") - 1
        found = series.index[position]
        lag = (target - found).days
        ends_with_table = (table_last - last).days <= MAX_LOOKBACK_DAYS
        if lag > MAX_LOOKBACK_DAYS and not (allow_stale_end and found == last and ends_with_table):
            raise DataCoverageError(code="no_recent_fixing", field="deal.valuation_date", value_date=on,
                                    pair=label, days=MAX_LOOKBACK_DAYS, ranges=_fmt_ranges(ranges))
        return Fixing(home, foreign, found.date(), float(series.iloc[position]))
