"""Every data table a quote used, by content hash, and a folder that lays archived versions out again."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from exportrisk.paths import data_dir, data_dir_override, resources_dir
from exportrisk.tables import cache_key

#: resources/ subfolders that hold no pricing tables.
NOT_TABLES = ("examples", "fonts", "i18n", "icons", "templates")
#: Tables whose user copy lives at the top of the data folder, not under tables/.
TOP_LEVEL = ("interest_rates.csv",)


@dataclass(frozen=True)
class TableVersion:
    """One table as a quote used it: its name under resources/, content, hash and its header's source and date."""

    name: str
    content: bytes
    sha256: str
    source: str
    as_of: str


def table_names() -> list[str]:
    """Every pricing table ExportRisk ships: CSV files and parameters.toml under resources/, by relative name."""
    root = resources_dir()
    names = []
    for folder, subfolders, files in os.walk(root):  # as rglob, without walking the folders that hold no tables
        here = Path(folder)
        if here == root:
            subfolders[:] = [name for name in subfolders if name not in NOT_TABLES]
        names += [(here / name).relative_to(root).as_posix() for name in files
                  if Path(name).suffix in (".csv", ".toml") and name != REVIEW_TABLE and (here / name).is_file()]
    return sorted(names)


REVIEW_TABLE = "data_review.csv"


def review_days(name: str) -> int | None:
    """How often a table is usually reviewed (days), from the longest matching prefix of data_review.csv."""
    matches = [(prefix, days) for prefix, days in _review_intervals(cache_key()) if name.startswith(prefix)]
    return max(matches, key=lambda match: len(match[0]))[1] if matches else None


@lru_cache(maxsize=4)
def _review_intervals(_key: str) -> tuple[tuple[str, int | None], ...]:
    """(prefix, days) rows of data_review.csv, read once per state of the user's tables."""
    from exportrisk.tables import load_table

    table, _ = load_table(REVIEW_TABLE, ["prefix", "review_days", "why"])
    return tuple((r["prefix"], int(r["review_days"]) if r["review_days"].isdigit() else None) for r in table.rows)


def user_copy(name: str, folder: Path | None = None) -> Path:
    folder = folder if folder is not None else data_dir()
    return folder / name if name in TOP_LEVEL else folder / "tables" / name


#: How far into a file its header lines are looked for: the first lines of its text, decoded from a prefix of
#: its bytes when that prefix holds more lines than these (a table can be long; its header is at the top).
HEADER_LINES = 12
HEADER_PREFIX = 4096


def _header_lines(content: bytes) -> list[str]:
    """The first HEADER_LINES lines of `content` as text, as decoding the whole of it would give them."""
    lines = content[:HEADER_PREFIX].decode("utf-8", errors="replace").splitlines()
    if len(lines) <= HEADER_LINES:  # the prefix may end inside one of them: decode it all
        lines = content.decode("utf-8", errors="replace").splitlines()
    return lines[:HEADER_LINES]


def _header(content: bytes | list[str], key: str) -> str:
    for line in content if isinstance(content, list) else _header_lines(content):
        text = line.lstrip("#").strip()
        if text.startswith(f"{key}:"):
            return text.partition(":")[2].strip()
        if text.startswith(f"{key} ="):
            return text.partition("=")[2].strip().strip('"')
    return ""


def current_versions() -> list[TableVersion]:
    """The tables a quote made now reads: the user's copy where there is one (as the loaders do), else installed."""
    out = []
    for name in table_names():
        mine = user_copy(name)
        path = mine if mine.is_file() else resources_dir() / name
        content = path.read_bytes()
        header = _header_lines(content)
        out.append(TableVersion(name, content, hashlib.sha256(content).hexdigest(), _header(header, "source"),
                                _header(header, "as_of")))
    return out


@contextmanager
def archived_tables(versions: dict[str, bytes]) -> Iterator[Path]:
    """In this thread, a data folder holding exactly `versions` as the user's copies of every table.

    The loaders prefer a user copy, so a quote computed inside reads the archived tables, not today's; their
    caches are keyed by the data folder, so nothing computed outside is reused.
    """
    with tempfile.TemporaryDirectory(prefix="exportrisk-archive-") as folder:
        root = Path(folder)
        for name, content in versions.items():
            target = user_copy(name, root)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        with data_dir_override(root):
            yield root
