"""Dated, sourced CSV tables in resources/, read from the user's edited copy when there is one."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from exportrisk import safe_read
from exportrisk.errors import DataFileError, ExportRiskError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.messages import Message, message
from exportrisk.paths import data_dir, data_dir_override_value, resources_dir

T = TypeVar("T")
#: What a damaged user copy can raise while it is read or checked. Each one gives way to the installed table,
#: with a warning; the installed table itself is never excused (its errors propagate).
TABLE_PROBLEMS = (ExportRiskError, KeyError, IndexError, ValueError, TypeError, ArithmeticError, OSError)
#: Largest table file accepted (the biggest installed one is under 100 kB).
MAX_TABLE_BYTES = 5_000_000
_FALLBACKS: dict[str, list[Message]] = {}
#: For the block of `pinned_tables` (per thread): the thread's data-folder override when the block opened
#: (paths.data_dir_override_value), the data folder and its cache key, read once.
_PINNED: ContextVar[tuple[Path | None, Path, str] | None] = ContextVar("exportrisk_tables_pinned", default=None)


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
    text = safe_read.read_text(Path(path), MAX_TABLE_BYTES, "The table", DataFileError)
    lines = text.splitlines()
    meta: dict[str, str] = {}
    for line in [line for line in lines if line.startswith("#")]:
        key, sep, value = line[1:].partition(":")
        if sep and key.strip() in ("source", "as_of", "schema"):
            meta[key.strip()] = value.strip()
    kept = [i for i, line in enumerate(lines) if not line.startswith("#") and line.strip()]
    try:
        as_of = date.fromisoformat(meta["as_of"])
        source = meta["source"]
    except (KeyError, ValueError):
        raise DataFileError(f"The table {path} needs '# source: ...' and '# as_of: YYYY-MM-DD' header "
                            "lines.") from None
    rows = [fields for _, fields in safe_read.csv_records("\n".join([lines[i] for i in kept]), str(path),
                                                          DataFileError)]
    if not rows or rows[0] != columns:
        raise DataFileError(f"The table {path} must have the columns {','.join(columns)}.")
    width = len(columns)
    if len(rows) != len(kept) or any(len(fields) != width for fields in rows):
        # the first row without `width` fields; a record over several lines (a quoted line break) ends the
        # pairing of lines and records (ValueError)
        for number, fields in zip([i + 1 for i in kept[1:]], rows[1:], strict=True):
            if len(fields) != width:
                raise DataFileError(f"{path}, line {number}: {len(fields)} fields instead of {width}; "
                                    "quote any text that contains commas.")
    return DataTable(tuple([dict(zip(columns, map(str.strip, fields), strict=True)) for fields in rows[1:]]),
                     tuple([i + 1 for i in kept[1:]]), TableMeta(name, Path(path), source, as_of, is_user_copy))


def cache_key() -> str:
    """What a cached table depends on: the data folder and the size and time of every user copy in it.

    Loaders cache parsed tables under this key, so a copy the user edits or imports is read again on the next
    quote, while unchanged tables are parsed once (a few stat calls; none inside `pinned_tables`, where a look-up
    only checks that the thread's data-folder override is still the one the block opened with)."""
    pinned = _PINNED.get()
    if pinned is not None and pinned[0] is data_dir_override_value():
        return pinned[2]
    return _folder_key(data_dir())


@contextmanager
def pinned_tables() -> Iterator[None]:
    """Within the block and in this thread, cache_key() looks at the data folder once: a quote (hundreds of
    table look-ups) sees one version of every table and pays its stat calls once. Nested blocks share the
    outer key; a block under another data folder (paths.data_dir_override) reads that folder's own. The
    environment's data folder (EXPORTRISK_DATA_DIR) is read when the outermost block opens."""
    override, folder = data_dir_override_value(), data_dir()
    pinned = _PINNED.get()
    if pinned is not None and pinned[1] == folder:
        yield
        return
    token = _PINNED.set((override, folder, _folder_key(folder)))
    try:
        yield
    finally:
        _PINNED.reset(token)


def _folder_key(folder: Path) -> str:
    """`folder` and the path, time and size of interest_rates.csv and of every file under its tables/."""
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


def with_fallback(user: Path, installed: Path, read: Callable[[Path, bool], T]) -> tuple[T, list[Message]]:
    """The one rule for every user table: read (and check) the user's copy if there is one; if anything in it
    is wrong, leave it untouched, warn once, and read the installed file instead. `read(path, is_user_copy)`."""
    warnings: list[Message] = []
    if user.is_file():
        try:
            return read(user, True), warnings
        except TABLE_PROBLEMS as exc:
            problem = str(exc) if isinstance(exc, ExportRiskError) else (
                f"{user}: {type(exc).__name__} {safe_read.echo(exc)}")
            warnings.append(message("user_table_fallback", problem=" ".join(problem.split())))
            recorded = _FALLBACKS.setdefault(str(data_dir()), [])
            recorded.extend(w for w in warnings if w not in recorded)
    return read(installed, False), warnings


def fallback_warnings() -> tuple[Message, ...]:
    """Every user-table fallback so far for the current user-data folder (loaders are cached, so a quote
    collects them here rather than from each loader)."""
    return tuple(_FALLBACKS.get(str(data_dir()), ()))


def load_checked(name: str, columns: list[str], build: Callable[[DataTable], T]) -> tuple[T, TableMeta, list[Message]]:
    """`build(table)` of the user's copy of resources/`name`, or of the installed table if the copy cannot be
    parsed or fails `build`'s checks (with_fallback's rule)."""

    def read(path: Path, is_user: bool) -> tuple[T, TableMeta]:
        table = parse_table(path, name, columns, is_user_copy=is_user)
        return build(table), table.meta

    (result, meta), warnings = with_fallback(user_path(name), installed_path(name), read)
    return result, meta, warnings


def load_table(name: str, columns: list[str]) -> tuple[DataTable, list[Message]]:
    """The user's copy of resources/`name` if present and valid, else the installed one; plus warnings."""
    table, _, warnings = load_checked(name, columns, lambda t: t)
    return table, warnings


def cell_number(table: DataTable, index: int, column: str, scale: float = 1.0) -> float:
    """A finite number from a table cell (times `scale`), or DataFileError naming the line and column."""
    text = table.rows[index][column]
    try:
        value = float(text) * scale
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        raise DataFileError(f"{table.where(index)}: {column} '{safe_read.echo(text)}' must be a number.")
    return value


def ensure_user_copy(name: str) -> Path:
    """Copy resources/`name` to the user's tables folder once; return the copy to edit."""
    user = user_path(name)
    if not user.exists():
        atomic_write_bytes(user, installed_path(name).read_bytes())
    return user
