"""Dated, sourced CSV tables in resources/, read from the user's edited copy when there is one."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exportrisk.errors import DataFileError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.paths import data_dir, resources_dir


@dataclass(frozen=True)
class TableMeta:
    """Where a table came from: `source` and `as_of` from its `# key: value` header lines."""

    name: str
    path: Path
    source: str
    as_of: date
    is_user_copy: bool

    def label(self) -> str:
        where = "your copy of" if self.is_user_copy else "installed"
        return f"{where} {self.name} ({self.source}; as of {self.as_of.isoformat()})"


@dataclass(frozen=True)
class DataTable:
    """Rows as dicts of text, with the file's line number of each row for error messages."""

    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]
    meta: TableMeta

    def where(self, index: int) -> str:
        return f"{self.meta.path}, line {self.lines[index]}"


def parse_table(path: Path, name: str, columns: list[str], is_user_copy: bool = False) -> DataTable:
    """Read a table with `# source:` and `# as_of:` header lines and exactly `columns`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read the table {path}: {exc}") from exc
    meta: dict[str, str] = {}
    numbered = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and key.strip() in ("source", "as_of", "schema"):
                meta[key.strip()] = value.strip()
        elif line.strip():
            numbered.append((number, line))
    try:
        as_of = date.fromisoformat(meta["as_of"])
        source = meta["source"]
    except (KeyError, ValueError):
        raise DataFileError(f"The table {path} needs '# source: ...' and '# as_of: YYYY-MM-DD' header "
                            "lines.") from None
    rows = list(csv.reader(line for _, line in numbered))
    if not rows or rows[0] != columns:
        raise DataFileError(f"The table {path} must have the columns {','.join(columns)}.")
    records = []
    for (number, _), fields in zip(numbered[1:], rows[1:], strict=True):
        if len(fields) != len(columns):
            raise DataFileError(f"{path}, line {number}: {len(fields)} fields instead of {len(columns)}; "
                                "quote any text that contains commas.")
        records.append({c: f.strip() for c, f in zip(columns, fields, strict=True)})
    return DataTable(tuple(records), tuple(n for n, _ in numbered[1:]),
                     TableMeta(name, Path(path), source, as_of, is_user_copy))


def cache_key() -> str:
    """What a cached table depends on: the data folder and the size and time of every user copy in it.

    Loaders cache parsed tables under this key, so a copy the user edits or imports is read again on the next
    quote, while unchanged tables are parsed once (a few stat calls)."""
    folder = data_dir()
    files = [folder / name for name in ("interest_rates.csv",)]
    for root, _, names in os.walk(folder / "tables"):
        files += [Path(root) / name for name in names]
    parts = [str(folder)]
    for path in sorted(files):
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append(f"{path}:{stat.st_mtime_ns}:{stat.st_size}")
    return "|".join(parts)


def installed_path(name: str) -> Path:
    return resources_dir() / name


def user_path(name: str) -> Path:
    return data_dir() / "tables" / name


def load_table(name: str, columns: list[str]) -> tuple[DataTable, list[str]]:
    """The user's copy of resources/`name` if present and valid, else the installed one; plus warnings.

    A corrupt user copy is reported and left untouched.
    """
    warnings = []
    user = user_path(name)
    if user.is_file():
        try:
            return parse_table(user, name, columns, is_user_copy=True), warnings
        except DataFileError as exc:
            warnings.append(f"{exc} Your copy was left as it is; the installed table is used meanwhile.")
    return parse_table(installed_path(name), name, columns), warnings


def ensure_user_copy(name: str) -> Path:
    """Copy resources/`name` to the user's tables folder once; return the copy to edit."""
    user = user_path(name)
    if not user.exists():
        atomic_write_bytes(user, installed_path(name).read_bytes())
    return user
