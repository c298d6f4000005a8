"""Bank pricing by country band: L/C confirmation fees and forfaiting margins (labelled estimates)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from exportrisk.country.categories import RISK_ORDER
from exportrisk.errors import DataFileError
from exportrisk.tables import TableMeta, cache_key, load_table

CONFIRMATION_TABLE = "bank/lc_confirmation_bands.csv"
FORFAITING_TABLE = "bank/forfaiting_margins.csv"
CATEGORIES = RISK_ORDER


@dataclass(frozen=True)
class Band:
    """A rate in percent a year with its range, for one OECD category, and the table it came from."""

    pct: float
    low_pct: float
    high_pct: float
    meta: TableMeta
    extra_pct_per_year: float = 0.0


def _numbers(table, index: int, names: tuple[str, ...]) -> list[float]:
    try:
        values = [float(table.rows[index][n]) for n in names]
    except ValueError:
        raise DataFileError(f"{table.where(index)}: {', '.join(names)} must be numbers in percent.") from None
    if any(not 0.0 <= v <= 50.0 for v in values):
        raise DataFileError(f"{table.where(index)}: rates must be between 0 and 50 %.")
    return values


@lru_cache(maxsize=4)
def _bands(name: str, columns: tuple[str, ...], _folder: str) -> dict[str, Band]:
    table, _ = load_table(name, ["category", *columns, "note"])
    out = {}
    for index, row in enumerate(table.rows):
        values = _numbers(table, index, columns)
        if not values[1] <= values[0] <= values[2]:
            raise DataFileError(f"{table.where(index)}: the default must lie inside its range.")
        out[row["category"].upper()] = Band(values[0], values[1], values[2], table.meta, *values[3:])
    missing = [c for c in CATEGORIES if c not in out]
    if missing:
        raise DataFileError(f"{table.meta.path} has no row for category {', '.join(missing)}.")
    return out


def _folder() -> str:
    return cache_key()


def confirmation_band(category: str) -> Band:
    """Confirmation fee, percent a year, for an issuing bank in OECD `category` (lc_confirmation_bands.csv)."""
    return _bands(CONFIRMATION_TABLE, ("default_pct_pa", "low_pct_pa", "high_pct_pa"), _folder())[category]


def forfaiting_band(category: str) -> Band:
    """Forfaiting margin over the benchmark, percent a year, 1-3 years, for an avalising bank in `category`."""
    return _bands(FORFAITING_TABLE, ("default_pct", "low_pct", "high_pct", "extra_pct_per_year_beyond_3y"),
                  _folder())[category]


def forfaiting_margin(category: str, years: float) -> float:
    """Margin in percent a year: the band's default + extra x (tenor - 3) beyond three years (an estimate)."""
    band = forfaiting_band(category)
    return band.pct + band.extra_pct_per_year * max(years - 3.0, 0.0)
