"""Overdue data tables the user has been told about: each (table, version) is flagged once, not on every quote."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite3 and the register module load only when a flag is read or written
    import sqlite3

#: The acknowledgement store, in the register file. `name` is a table's name under resources/ (or, for a table
#: dated by row, "interest_rates.csv:PLN"); `version` what identifies its content (the table's sha256, or the
#: row's date and value); `as_of` the date that made it overdue; `flagged_at` when the user was first told (UTC).
#: Until the register's migrations create it (as a schema step of db.MIGRATIONS) the first write creates it;
#: reads treat a missing table as "nothing acknowledged".
SCHEMA = """CREATE TABLE IF NOT EXISTS stale_flags (name TEXT NOT NULL, version TEXT NOT NULL, as_of TEXT NOT NULL,
    flagged_at TEXT NOT NULL, PRIMARY KEY (name, version))"""


def past_review(as_of: date, review_days: int | None, today: date) -> bool:
    """True when `as_of` is more than `review_days` before `today` (no interval: never overdue)."""
    return review_days is not None and (today - as_of).days > review_days


def _interval(name: str, review_days: int | None) -> int | None:
    if review_days is not None:
        return review_days
    from exportrisk.register.archive import review_days as usual

    return usual(name.partition(":")[0])


def _acknowledged(connection: sqlite3.Connection, name: str, version: str) -> bool:
    import sqlite3

    try:
        return connection.execute("SELECT 1 FROM stale_flags WHERE name = ? AND version = ?",
                                  (name, version)).fetchone() is not None
    except sqlite3.OperationalError as exc:  # no such table: nothing flagged yet
        if "no such table" in str(exc):
            return False
        raise


def first_time_stale(connection: sqlite3.Connection, name: str, version: str, as_of: date,
                     today: date | None = None, review_days: int | None = None) -> bool:
    """Is `name` at `version` past its review interval (data_review.csv unless `review_days`) and not yet
    acknowledged? Read only: call acknowledge() once the user has been shown it, or use flag_once()."""
    today = today or date.today()
    return past_review(as_of, _interval(name, review_days), today) and not _acknowledged(connection, name, version)


def acknowledge(connection: sqlite3.Connection, name: str, version: str, as_of: date,
                now: datetime | None = None) -> bool:
    """Record that the user was told `name` at `version` is overdue; False if it already was (one transaction)."""
    from exportrisk.register.db import transaction

    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with transaction(connection):
        connection.execute(SCHEMA)
        cursor = connection.execute("INSERT OR IGNORE INTO stale_flags (name, version, as_of, flagged_at) "
                                    "VALUES (?, ?, ?, ?)", (name, version, as_of.isoformat(), stamp))
        return cursor.rowcount == 1


def flag_once(connection: sqlite3.Connection, name: str, version: str, as_of: date, today: date | None = None,
              review_days: int | None = None, now: datetime | None = None) -> bool:
    """True exactly once per (name, version) while it is overdue: check and record in one step, so two quotes
    computed at the same time (batch workers, the window and the command line) cannot both flag it."""
    today = today or date.today()
    return past_review(as_of, _interval(name, review_days), today) and acknowledge(connection, name, version, as_of,
                                                                                   now)


def stale_once(name: str, version: str, as_of: date, today: date | None = None, review_days: int | None = None,
               path: Path | None = None) -> bool:
    """flag_once() on the user's register (opened lightly: no integrity check, no migration), for the engine.

    When the register cannot be written (a read-only folder, a damaged file, a lock held past 2 s) it answers
    True: an unrecorded warning is shown again rather than lost."""
    today = today or date.today()
    return past_review(as_of, _interval(name, review_days), today) and _record(name, version, as_of, path)


def _record(name: str, version: str, as_of: date, path: Path | None) -> bool:
    recorder = _Recorder(path)
    try:
        return recorder(name, version, as_of)
    finally:
        recorder.close()


class _Recorder:
    """acknowledge() on the user's register, one connection for many records: opened at the first record (none
    when nothing is overdue), closed and opened again after any failure, so each record fares as it would on
    a connection of its own. A record that cannot be written answers True (see stale_once)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.connection: sqlite3.Connection | None = None

    def __call__(self, name: str, version: str, as_of: date) -> bool:
        import sqlite3

        try:
            if self.connection is None:
                from exportrisk.register.db import register_path

                target = Path(self.path) if self.path is not None else register_path()
                target.parent.mkdir(parents=True, exist_ok=True)
                self.connection = sqlite3.connect(target, isolation_level=None, timeout=2.0)
                self.connection.execute("PRAGMA journal_mode = WAL")
            return acknowledge(self.connection, name, version, as_of)
        except (OSError, sqlite3.Error):
            self.close()
            return True

    def close(self) -> None:
        if self.connection is not None:
            connection, self.connection = self.connection, None
            connection.close()


def shown_once(warnings: list[str], path: Path | None = None) -> list[str]:
    """`warnings` without the overdue-data ones the user has already been shown (recording those shown now).

    The engine's result keeps every warning (a stored quote stays complete); the command line, batch summary
    and window pass its warnings through this just before showing them. An overdue rate (message rate_stale)
    is keyed "interest_rates.csv:<currency>" at version <its date>, as tables_status.overdue() keys it.
    """
    recorder = _Recorder(path)
    try:
        return _shown_once(warnings, recorder)
    finally:
        recorder.close()


def _shown_once(warnings: list[str], record: Callable[[str, str, date], bool]) -> list[str]:
    out = []
    for text in warnings:
        if getattr(text, "code", None) == "rate_stale":
            day = text.args["rate_date"]
            day = day if isinstance(day, date) else date.fromisoformat(str(day))
            if not record(f"interest_rates.csv:{text.args['currency']}", day.isoformat(), day):
                continue
        out.append(text)
    return out


def acknowledged(connection: sqlite3.Connection) -> list[dict[str, str]]:
    """Every flag recorded, newest first: name, version, as_of, flagged_at."""
    import sqlite3

    try:
        rows = connection.execute("SELECT name, version, as_of, flagged_at FROM stale_flags "
                                  "ORDER BY flagged_at DESC, name").fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
    return [dict(zip(("name", "version", "as_of", "flagged_at"), row, strict=True)) for row in rows]


def forget(connection: sqlite3.Connection, name: str | None = None) -> int:
    """Show the warnings again: drop the flags of `name` (a table, with its rows "name:..."), or all of them."""
    from exportrisk.register.db import transaction

    with transaction(connection):
        connection.execute(SCHEMA)
        if name is None:
            return connection.execute("DELETE FROM stale_flags").rowcount
        return connection.execute("DELETE FROM stale_flags WHERE name = ? OR name LIKE ? ESCAPE '\\'",
                                  (name, name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
                                   )).rowcount


def to_show(warnings: list[str], today: date | None = None, path: Path | None = None) -> list[str]:
    """What a reader shows now: `warnings` through shown_once, then one tables_overdue message naming the tables
    past their review interval that the user has not yet been told about (a rate row is flagged by its own
    rate_stale warning). Each overdue (table, version) is recorded, so the next quote does not repeat it."""
    from exportrisk.messages import message
    from exportrisk.register.tables_status import table_status

    today = today or date.today()
    recorder = _Recorder(path)
    try:
        out = _shown_once(warnings, recorder)
        fresh = []
        for table in table_status(today):
            if table["name"].startswith("interest_rates.csv") or not table["past_review"] or not table["as_of"]:
                continue
            as_of = date.fromisoformat(table["as_of"])
            if recorder(table["name"], table["version"], as_of):
                fresh.append(f"{table['name']} ({as_of.isoformat()})")
    finally:
        recorder.close()
    if fresh:
        out.append(message("tables_overdue", tables_count=len(fresh), tables="; ".join(fresh)))
    return out
