"""One market snapshot per FX pair: spot, history, rates, and where each came from."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum

import pandas as pd

from exportrisk.errors import InputError
from exportrisk.messages import message

#: Warn when the spot used is older than this many calendar days before the as-of date
#: (a weekend is 3 days, Easter 4).
FX_STALE_AFTER_DAYS = 5
#: Warn when an interest rate from the table is older than this before the as-of date.
RATE_STALE_AFTER_DAYS = 183


class Source(StrEnum):
    """Where a number came from."""

    ECB_BUNDLED = "ECB bundled"
    YAHOO = "Yahoo Finance"
    USER = "user entry"
    TABLE = "table"
    COMPUTED = "computed"


@dataclass(frozen=True)
class Provenance:
    """Source of one series or parameter, with the dates it spans and when it was fetched."""

    item: str
    source: Source
    detail: str
    first_date: date | None = None
    last_date: date | None = None
    fetched_at: datetime | None = None

    def to_dict(self) -> dict[str, str | None]:
        out = asdict(self)
        out["source"] = self.source.value
        for key in ("first_date", "last_date", "fetched_at"):
            value = getattr(self, key)
            out[key] = value.isoformat() if value is not None else None
        out["as_of"] = out["last_date"]
        return out


def _check_number(name: str, value: float | None, low: float, high: float, hint: str) -> None:
    """`value` (typed as market.<name>) within [low, high], else InputError with the hint message `hint`."""
    if value is None:
        return
    if not isinstance(value, int | float) or not math.isfinite(value) or not low <= value <= high:
        raise InputError(code="market_range", field=f"market.{name}", value=value, low=float(low),
                         high=float(high), hint=message(hint))


@dataclass(frozen=True)
class MarketOverrides:
    """Values the user typed; each replaces the data-derived value and is recorded as a user entry.

    `spot` is home units per 1 foreign unit; `volatility` annualised (0.08 = 8 %); rates are
    decimals a year (0.02 = 2 %).
    """

    spot: float | None = None
    volatility: float | None = None
    rate_home: float | None = None
    rate_foreign: float | None = None

    def __post_init__(self) -> None:
        _check_number("spot", self.spot, 1e-9, 1e9, "hint_spot")
        _check_number("volatility", self.volatility, 1e-6, 3.0, "hint_volatility")
        _check_number("rate_home", self.rate_home, -0.05, 2.0, "hint_rate")
        _check_number("rate_foreign", self.rate_foreign, -0.05, 2.0, "hint_rate")


@dataclass(frozen=True)
class FxSnapshot:
    """Everything market-side that an FX analysis of `foreign` receivables for a `home` firm needs.

    `history` is home units per 1 foreign unit, ascending, ending at the spot date (or the as-of
    date when the spot is a user entry); `spot` is what the analysis uses.
    """

    home: str
    foreign: str
    as_of: date
    spot: float
    spot_date: date
    history: pd.Series
    rate_home: float
    rate_foreign: float
    volatility_override: float | None
    provenance: tuple[Provenance, ...]
    warnings: tuple[str, ...]

    def source_of(self, item: str) -> Provenance:
        """The provenance entry for `item` (e.g. "spot", "rate_home")."""
        for entry in self.provenance:
            if entry.item == item:
                return entry
        raise KeyError(item)
