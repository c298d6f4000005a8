"""The dated, sourced short-term interest-rate table, read from the user's copy when there is one."""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exportrisk.errors import DataFileError, InputError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.paths import data_dir, resources_dir

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
            raise InputError(
                f"No interest rate for {code} in {self.path}; type one (e.g. --rate-foreign 0.04 "
                f"or --rate-home) or add a row. Covered: {', '.join(self.currencies())}."
            )
        return max(rows, key=lambda e: (e.as_of, e.kind == "money_market_3m"))


def installed_table_path() -> Path:
    return resources_dir() / TABLE_NAME


def user_table_path() -> Path:
    return data_dir() / TABLE_NAME


def parse_rate_table(path: Path, is_user_copy: bool = False) -> RateTable:
    """Read and validate a rate table; DataFileError names the file, line and field at fault."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read the interest-rate table {path}: {exc}") from exc
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    if reader.fieldnames != COLUMNS:
        raise DataFileError(
            f"The interest-rate table {path} must have the columns {','.join(COLUMNS)}; "
            f"it has {','.join(reader.fieldnames or [])}."
        )
    entries = []
    for number, row in enumerate(reader, start=2):
        try:
            rate = float(row["rate_pct"]) / 100.0
            if not -0.05 <= rate <= 2.0:
                raise ValueError(f"rate_pct {row['rate_pct']} is outside -5..200")
            if row["rate_kind"] not in KINDS:
                raise ValueError(f"rate_kind must be one of {sorted(KINDS)}")
            code = row["currency"].strip().upper()
            if len(code) != 3 or not code.isalpha():
                raise ValueError("currency must be a 3-letter ISO code")
            entries.append(RateEntry(code, rate, row["rate_kind"], date.fromisoformat(row["as_of"]),
                                     row["source"], row["confidence"]))
        except (ValueError, TypeError, AttributeError) as exc:
            raise DataFileError(f"{path}, data row {number}: {exc}. Fix that row.") from exc
    if not entries:
        raise DataFileError(f"The interest-rate table {path} has no rows.")
    return RateTable(tuple(entries), Path(path), is_user_copy)


def load_rate_table() -> tuple[RateTable, list[str]]:
    """The user's copy if present and valid, else the installed table, plus warnings.

    A corrupt user copy is reported and left untouched; the installed table is used instead.
    """
    warnings: list[str] = []
    user = user_table_path()
    if user.is_file():
        try:
            return parse_rate_table(user, is_user_copy=True), warnings
        except DataFileError as exc:
            warnings.append(f"{exc} Using the installed table meanwhile.")
    return parse_rate_table(installed_table_path()), warnings


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
