"""`exportrisk history ...`: the register of quotes: list, show, reproduce, requote, export, delete, backup."""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

from exportrisk.commands import argtypes
from exportrisk.errors import InputError

NAME = "history"
HELP = "the register of stored quotes: list, show, reproduce, requote, export, delete, backup, restore"
ACTIONS = ("list", "show", "reproduce", "requote", "export", "delete", "backup", "restore")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; give YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("action", choices=ACTIONS)
    add("target", nargs="?", help="quote id (show, reproduce, requote, delete) or file (export, backup, restore)")
    add("--client", default="", help="client (exporter) name starts with")
    add("--buyer", default="", help="buyer name starts with")
    add("--country", default="", help="buyer's country, ISO alpha-3")
    add("--since", type=_date, help="valuation date from (YYYY-MM-DD)")
    add("--until", type=_date, help="valuation date to (YYYY-MM-DD)")
    add("--limit", type=argtypes.whole_number("give a number of rows such as 100", 1, 1_000_000), default=100)
    add("--on", type=_date, help="requote: valuation date of the new quote (default today)")
    add("--format", choices=["json", "text"], default="text")


def _quote_id(args: argparse.Namespace) -> int:
    if args.target is None or not str(args.target).isdigit():
        raise InputError(code="history_quote_id", field="quote_id", action=args.action)
    return int(args.target)


def _file(args: argparse.Namespace) -> Path:
    if args.target is None:
        raise InputError(code="history_file", field="file", action=args.action,
                         example="quotes.csv" if args.action == "export" else "register-backup.sqlite")
    return Path(args.target)


def not_a_register(path: Path) -> str:
    """Why `path` cannot be restored (in plain words), or "" for a healthy ExportRisk register of a known schema.

    Read only: the file is opened with SQLite's mode=ro, so a wrong choice changes nothing."""
    from exportrisk.register.db import SCHEMA_VERSION

    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return "it is not a database file"
    except OSError as exc:
        return exc.strerror or "it cannot be read"
    try:
        copy = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return "the database is damaged"
            version = int(copy.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            copy.close()
    except sqlite3.Error:
        return "the database is damaged"
    if not {"quotes", "deals", "table_versions"} <= tables or version < 1:
        return "it holds no ExportRisk quotes"
    if version > SCHEMA_VERSION:
        return "it was written by a newer ExportRisk; update the app first"
    return ""


def _changes_text(changes: list[tuple]) -> str:
    if not changes:
        return "  nothing changed: every figure is the same"
    return "\n".join(f"  {label}: {before!r} -> {after!r}" for label, before, after in changes)


def run(args: argparse.Namespace) -> str:
    from exportrisk.fileio import atomic_write_text
    from exportrisk.register import db as register
    from exportrisk.register import quotes

    opened = register.open_register()
    connection = opened.connection
    notes = [f"The register file was damaged: it was set aside as {opened.set_aside} and a new one started."
             ] if opened.set_aside else []
    try:
        if args.action in ("list", "export"):
            rows = quotes.search(connection, args.client, args.buyer, args.country, args.since, args.until, args.limit)
            if args.action == "export":
                path = _file(args)
                atomic_write_text(path, quotes.export_csv(rows))
                return "\n".join([*notes, f"Wrote {path} ({len(rows)} quotes)."])
            if args.format == "json":
                keys = ("id", "created", "client", "buyer", "country", "valuation_date", "recommended", "min_price",
                        "invoice_currency")
                return json.dumps([dict(zip(keys, r, strict=True)) for r in rows], indent=2, ensure_ascii=False)
            lines = [f"{r[0]:>6}  {r[5]}  {r[2][:28]:<28}  {r[3][:28]:<28}  {r[4]}  {r[6] or '—':<26}  "
                     f"{'—' if r[7] is None else f'{r[7]:,.2f}'} {r[8]}" for r in rows]
            return "\n".join([*notes, *(lines or ["  no quotes match"])])
        if args.action == "show":
            stored = quotes.load(connection, _quote_id(args))
            if args.format == "json":
                return json.dumps(stored.result, indent=2, ensure_ascii=False)
            from exportrisk.commands.quote import format_quote_text

            return "\n".join([*notes, f"Quote {stored.id}, stored {stored.created} by ExportRisk {stored.app_version}",
                              format_quote_text(stored.result)])
        if args.action == "reproduce":
            stored = quotes.load(connection, _quote_id(args))
            changes = quotes.differences(stored.result, quotes.reproduce(connection, stored.id))
            head = (f"Quote {stored.id} recomputed with the {len(stored.tables)} table versions it used: "
                    + ("the same figures." if not changes else f"{len(changes)} differences."))
            return "\n".join([*notes, head, *([_changes_text(changes)] if changes else [])])
        if args.action == "requote":
            stored = quotes.load(connection, _quote_id(args))
            changes = quotes.differences(stored.result, quotes.requote(stored, args.on))
            return "\n".join([*notes, f"Quote {stored.id} of {stored.valuation_date} quoted again with today's data:",
                              _changes_text(changes)])
        if args.action == "delete":
            quote_id = _quote_id(args)
            quotes.delete(connection, quote_id)
            return f"Deleted quote {quote_id}."
        if args.action == "backup":
            return f"Wrote {register.backup(connection, _file(args))}."
        source = _file(args)
        problem = not_a_register(source)
        if problem:
            raise InputError(code="history_restore_not_register", field="history.file", path=str(source),
                             reason=problem)
        here = opened.path
        aside = register.backup(connection, here.with_name(f"{here.stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S}"
                                                           f"{here.suffix}"))
        register.restore(connection, source)
        return f"Restored the register from {source}; the register as it was before is kept as {aside}."
    finally:
        connection.close()
