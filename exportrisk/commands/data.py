"""`exportrisk data status|import`: every table's date, and importing an updated OECD, rate or sanctions table."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

NAME = "data"
HELP = "the data tables: their dates (status), or import an updated OECD list, rate table or sanctions table"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("action", choices=["status", "import"])
    add("kind", nargs="?", choices=["oecd", "rates", "sanctions"], help="import: which table")
    add("file", nargs="?", type=Path,
        help="import: the table as CSV or .xlsx in its template's format, or the OECD's PDF (docs/data_tables.md)")
    add("--accept", action="store_true", help="import: replace the table after showing the differences")
    add("--format", choices=["text", "json"], default="text", help="status: as text or JSON")


def run(args: argparse.Namespace) -> str:
    from exportrisk.errors import InputError

    if args.action == "status":
        from exportrisk.register.tables_status import table_status

        tables = table_status()
        if args.format == "json":
            return json.dumps(tables, indent=2, ensure_ascii=False)
        rows = []
        for t in tables:
            flag = "  REVIEW: older than its usual interval" if t["past_review"] else ""
            age = "" if t["age_days"] is None else f"{t['age_days']} days"
            rows.append(f"  {t['name']:<40} as of {t['as_of'] or '—':<10}  {age:>10}"
                        f"  reviewed every {t['review_days'] or '—'} days{flag}")
        return "\n".join(["Data tables (your copy where you have one):", *rows])
    if args.kind is None or args.file is None:
        raise InputError(code="data_import_needs_file", field="import.file")
    from exportrisk.register import db as register
    from exportrisk.register.imports import KINDS, current_content, import_table

    previous = current_content(args.kind)
    diff, replaced = import_table(args.kind, args.file, args.accept)
    lines = [f"{args.file} is a valid {args.kind} table. Differences from the current {diff.name}:", *diff.lines()]
    if replaced:
        opened = register.open_register()
        try:
            with register.transaction(opened.connection):
                opened.connection.execute(
                    "INSERT OR IGNORE INTO table_versions (sha256, name, content) VALUES (?, ?, ?)",
                    (hashlib.sha256(previous).hexdigest(), KINDS[args.kind][0], previous))
        finally:
            opened.connection.close()
        lines.append("Imported: new quotes use it; the previous version is kept in the register, and past quotes "
                     "reproduce with the versions they used.")
    elif not diff.empty:
        lines.append("Nothing changed yet: run again with --accept to use it.")
    return "\n".join(lines)
