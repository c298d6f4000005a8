"""The dated, sourced short-term interest-rate table, read from the user's copy when there is one."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from exportrisk import safe_read
from exportrisk.errors import DataFileError, InputError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.paths import data_dir, resources_dir
from exportrisk.tables import MAX_TABLE_BYTES, cache_key, with_fallback

TABLE_NAME = "interest_rates.csv"
SCHEMA = 1
COLUMNS = ["currency", "rate_pct", "rate_kind", "as_of", "source", "confidence"]
KINDS = {"policy", "money_market_3m"}


@dataclass(frozen=True)
class RateEntry:
    """One table row: `rate` is a decimal a year (0.0225 for 2.25 %)."""

    currency: str
    rate: float
    kind: str
    as_of: date
    source: str
    confidence: str


@dataclass(frozen=True)
class RateTable:
    """All rows of the table and the file they came from."""

    entries: tuple[RateEntry, ...]
    path: Path
    is_user_copy: bool

    def currencies(self) -> list[str]:
        return sorted({e.currency for e in self.entries})

    def lookup(self, currency: str) -> RateEntry:
        """The newest row for `currency`; on equal dates the 3-month money-market rate wins."""
        code = currency.strip().upper()
        rows = [e for e in self.entries if e.currency == code]
        if not rows:
            raise InputError(code="rate_missing", field="market.rate_foreign", currency=code, path=str(self.path),
                             choices=", ".join(self.currencies()))
        return max(rows, key=lambda e: (e.as_of, e.kind == "money_market_3m"))


def installed_table_path() -> Path:
    return resources_dir() / TABLE_NAME


def user_table_path() -> Path:
    return data_dir() / TABLE_NAME


def parse_rate_table(path: Path, is_user_copy: bool = False) -> RateTable:
    """Read and validate a rate table; DataFileError names the file, line and field at fault."""
    text = safe_read.read_text(Path(path), MAX_TABLE_BYTES, "The interest-rate table", DataFileError)
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.startswith("#")]
    rows = [f for _, f in safe_read.csv_records("\n".join(line for _, line in numbered), str(path), DataFileError)]
    if not rows or rows[0] != COLUMNS:
        raise DataFileError(
            f"The interest-rate table {path} must have the columns {','.join(COLUMNS)}; "
            f"it has {','.join(rows[0] if rows else [])}."
        )
    entries = []
    for (line_number, _), fields in zip(numbered[1:], rows[1:], strict=True):
        where = f"{path}, line {line_number}"
        if len(fields) != len(COLUMNS):
            raise DataFileError(f"{where}: {len(fields)} fields instead of {len(COLUMNS)}; quote a "
                                "source that contains commas. Fix that line.")
        row = dict(zip(COLUMNS, fields, strict=True))
        entries.append(_parse_row(row, where))
    if not entries:
        raise DataFileError(f"The interest-rate table {path} has no rows.")
    return RateTable(tuple(entries), Path(path), is_user_copy)


def _parse_row(row: dict[str, str], where: str) -> RateEntry:
    """One validated table row; DataFileError names the line and the field."""

    def bad(field: str, why: str) -> DataFileError:
        return DataFileError(f"{where}, field {field} = '{row[field]}': {why}. Fix that line.")

    code = row["currency"].strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise bad("currency", "give a 3-letter ISO code such as EUR")
    try:
        rate = float(row["rate_pct"]) / 100.0
    except ValueError:
        raise bad("rate_pct", "give a number in percent, e.g. 2.25") from None
    if not -0.05 <= rate <= 2.0:
        raise bad("rate_pct", "must be between -5 and 200")
    if row["rate_kind"] not in KINDS:
        raise bad("rate_kind", f"must be one of {', '.join(sorted(KINDS))}")
    try:
        as_of = date.fromisoformat(row["as_of"].strip())
    except ValueError:
        raise bad("as_of", "give a date as YYYY-MM-DD") from None
    return RateEntry(code, rate, row["rate_kind"], as_of, row["source"], row["confidence"])


def load_rate_table() -> tuple[RateTable, list[str]]:
    """The user's copy if present and valid, else the installed table, plus warnings.

    A corrupt user copy is reported and left untouched; the installed table is used instead (tables.with_fallback).
    """
    table, warnings = _load_cached(cache_key())
    return table, list(warnings)


@lru_cache(maxsize=4)
def _load_cached(_key: str) -> tuple[RateTable, tuple[str, ...]]:
    """Parsed once per state of the user's tables (tables.cache_key), as the other loaders are: a quote and the
    table status after it read the file once."""
    table, warnings = with_fallback(user_table_path(), installed_table_path(),
                                    lambda path, is_user: parse_rate_table(path, is_user_copy=is_user))
    return table, tuple(warnings)


def ensure_user_copy() -> Path:
    """Copy the installed table to the user data folder (once) and return the copy's path to edit."""
    user = user_table_path()
    if not user.exists():
        atomic_write_bytes(user, installed_table_path().read_bytes())
    return user


def reset_user_copy() -> Path:
    """Replace the user's copy with the installed table, keeping the old one as `.bak`."""
    user = user_table_path()
    if user.exists():
        shutil.copy2(user, user.with_suffix(".csv.bak"))
        user.unlink()
    return ensure_user_copy()
