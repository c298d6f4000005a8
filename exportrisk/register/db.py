"""The register's SQLite file: schema versions and migrations, WAL, corruption set aside, backup and restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exportrisk.errors import DataFileError
from exportrisk.paths import data_dir

FILE_NAME = "register.sqlite"

#: Schema version -> the statements that bring a database from the previous version to it. Never edit a
#: released step: add the next one. PRAGMA user_version holds the version of a file.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE,
               home_currency TEXT NOT NULL, country TEXT, UNIQUE (name, home_currency))""",
        """CREATE TABLE buyers (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE,
               country TEXT NOT NULL, UNIQUE (name, country))""",
        """CREATE TABLE deals (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id),
               buyer_id INTEGER NOT NULL REFERENCES buyers(id), deal_json TEXT NOT NULL, created TEXT NOT NULL)""",
        """CREATE TABLE quotes (id INTEGER PRIMARY KEY, deal_id INTEGER NOT NULL REFERENCES deals(id),
               created TEXT NOT NULL, valuation_date TEXT NOT NULL, country TEXT NOT NULL,
               home_currency TEXT NOT NULL, invoice_currency TEXT NOT NULL, recommended TEXT, min_price REAL,
               result_json TEXT NOT NULL, fx_date TEXT, app_version TEXT NOT NULL, pdf_path TEXT)""",
        """CREATE TABLE table_versions (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, content BLOB NOT NULL,
               source TEXT, as_of TEXT)""",
        """CREATE TABLE quote_tables (quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
               name TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES table_versions(sha256),
               PRIMARY KEY (quote_id, name))""",
    ),
    2: (
        # the PDF a quote printed, kept inside the register when the user chooses so (path otherwise)
        "ALTER TABLE quotes ADD COLUMN pdf_blob BLOB",
        # names on the quote itself, so a search by client or buyer needs no join (back-filled)
        "ALTER TABLE quotes ADD COLUMN client_name TEXT COLLATE NOCASE",
        "ALTER TABLE quotes ADD COLUMN buyer_name TEXT COLLATE NOCASE",
        """UPDATE quotes SET
               client_name = (SELECT c.name FROM deals d JOIN clients c ON c.id = d.client_id WHERE d.id = deal_id),
               buyer_name = (SELECT b.name FROM deals d JOIN buyers b ON b.id = d.buyer_id WHERE d.id = deal_id)""",
        "CREATE INDEX quotes_by_client ON quotes (client_name COLLATE NOCASE)",
        "CREATE INDEX quotes_by_buyer ON quotes (buyer_name COLLATE NOCASE)",
        "CREATE INDEX quotes_by_country ON quotes (country, id)",
        "CREATE INDEX quotes_by_date ON quotes (valuation_date)",
        "CREATE INDEX quotes_by_deal ON quotes (deal_id)",
        "CREATE INDEX deals_by_client ON deals (client_id)",
        "CREATE INDEX deals_by_buyer ON deals (buyer_id)",
    ),
    3: (
        # which overdue table versions the user was already told about (exportrisk.register.flags)
        """CREATE TABLE IF NOT EXISTS stale_flags (name TEXT NOT NULL, version TEXT NOT NULL, as_of TEXT NOT NULL,
               flagged_at TEXT NOT NULL, PRIMARY KEY (name, version))""",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)


@dataclass(frozen=True)
class Opened:
    """A connection and what happened on the way: a damaged file set aside, and where it went."""

    connection: sqlite3.Connection
    path: Path
    set_aside: Path | None = None


def register_path() -> Path:
    return data_dir() / FILE_NAME


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the file to `target`, one transaction per version step; returns the version it had before."""
    before = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if before > SCHEMA_VERSION:
        raise DataFileError(f"The register was written by a newer ExportRisk (schema {before}); update the app.")
    for version in range(before + 1, target + 1):
        with transaction(connection):
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
    return before


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: a write is all or nothing."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=10.0, check_same_thread=False)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _healthy(path: Path) -> bool:
    try:
        connection = _connect(path)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def open_register(path: Path | None = None, now: Callable[[], datetime] = datetime.now) -> Opened:
    """Open (or create) the register in WAL mode at its current schema.

    A file SQLite cannot read, or whose quick check fails, is renamed to register.corrupt-<time>.sqlite and
    a fresh register is started: the damaged file is never overwritten, and the caller says where it went.
    """
    path = Path(path) if path is not None else register_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    set_aside = None
    if path.exists() and not _healthy(path):
        set_aside = path.with_name(f"{path.stem}.corrupt-{now():%Y%m%d-%H%M%S}{path.suffix}")
        path.rename(set_aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    connection = _connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    migrate(connection)
    connection.execute("PRAGMA optimize")  # keeps the query planner's statistics current (cheap when they are)
    return Opened(connection, path, set_aside)


def backup(connection: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the live register (SQLite's online backup), written beside `target` then renamed."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        connection.backup(copy)
    finally:
        copy.close()
    partial.replace(target)
    return target


def restore(connection: sqlite3.Connection, source: Path) -> None:
    """Replace the register's content with a backup after checking it is a healthy ExportRisk register."""
    source = Path(source)
    if not source.is_file() or not _healthy(source):
        raise DataFileError(f"{source} is not a readable register backup; nothing was changed.")
    copy = sqlite3.connect(source)
    try:
        version = int(copy.execute("PRAGMA user_version").fetchone()[0])
        if not 1 <= version <= SCHEMA_VERSION:
            raise DataFileError(f"{source} is not an ExportRisk register (schema {version}); nothing was changed.")
        copy.backup(connection)
    finally:
        copy.close()
    migrate(connection)
