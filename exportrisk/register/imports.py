"""Import an updated data table: validate every row as the loader would, show the diff, then replace it."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from exportrisk.errors import DataFileError, InputError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.paths import data_dir_override, resources_dir
from exportrisk.register.archive import user_copy
from exportrisk.register.oecd_pdf import pdf_to_csv

#: What can be imported: kind -> (table name under resources/, key column, the loader that validates it).
KINDS = {
    "oecd": ("country/oecd_country_risk.csv", "iso3"),
    "rates": ("interest_rates.csv", "currency"),
    "sanctions": ("country/restricted_markets.csv", "market"),
}
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class TableDiff:
    """Rows added, removed and changed (key, old row, new row) between the current table and the import."""

    name: str
    added: tuple[dict[str, str], ...]
    removed: tuple[dict[str, str], ...]
    changed: tuple[tuple[str, dict[str, str], dict[str, str]], ...]
    header_changes: tuple[tuple[str, str, str], ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.header_changes)

    def lines(self) -> list[str]:
        out = [f"  {key}: {old!r} -> {new!r}" for key, old, new in self.header_changes]
        for key, old, new in self.changed:
            fields = [f"{k} {old[k]!r} -> {new[k]!r}" for k in new if old.get(k) != new[k]]
            out.append(f"  changed {key}: " + "; ".join(fields))
        out += [f"  added {next(iter(r.values()))}: {', '.join(r.values())}" for r in self.added]
        out += [f"  removed {next(iter(r.values()))}: {', '.join(r.values())}" for r in self.removed]
        return out or ["  no change"]


def _rows(content: bytes) -> tuple[dict[str, str], list[dict[str, str]]]:
    text = content.decode("utf-8-sig")
    header = {}
    for line in text.splitlines():
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and key.strip() in ("source", "as_of"):
                header[key.strip()] = value.strip()
    body = "\n".join(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return header, list(csv.DictReader(io.StringIO(body)))


def _validate(kind: str, content: bytes) -> None:
    """Load `content` exactly as a quote would (as a user copy in a scratch data folder): any bad row, range or
    date raises DataFileError naming the line; a fallback to the installed table counts as a failure too."""
    name, _ = KINDS[kind]
    with tempfile.TemporaryDirectory(prefix="exportrisk-import-") as folder:
        target = user_copy(name, Path(folder))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        with data_dir_override(Path(folder)):
            if kind == "rates":
                from exportrisk.market.interest_rates import parse_rate_table

                parse_rate_table(target, is_user_copy=True)
            elif kind == "oecd":
                from exportrisk.country.classification import load_countries

                table = load_countries()
                if table.warnings or not table.meta.is_user_copy:
                    raise DataFileError(" ".join(table.warnings) or f"{name} could not be read.")
                codes = [row["iso3"].upper() for row in _rows(content)[1]]
                twice = sorted({code for code in codes if codes.count(code) > 1})
                if twice:  # the loader would keep the last row silently
                    raise DataFileError(f"{', '.join(twice)} appear more than once; keep one row per country.")
            else:
                from exportrisk.country.sanctions import table_meta

                if not table_meta().is_user_copy:
                    raise DataFileError(f"{name} could not be read.")


def current_content(kind: str) -> bytes:
    name, _ = KINDS[kind]
    mine = user_copy(name)
    return mine.read_bytes() if mine.is_file() else (resources_dir() / name).read_bytes()


def _fields(rows: list[dict[str, str]]) -> list[str]:
    return [c for c in rows[0] if c is not None] if rows else []


def diff_tables(kind: str, old: bytes, new: bytes) -> TableDiff:
    """Rows added, removed and changed from `old` to `new`, compared on the columns both have (a column only one
    of them has is one header change, "columns"). Rows are keyed by measure_id when both tables have it, else by
    the kind's key column with jurisdiction, scope, rate kind and date where present; rows sharing a key are
    numbered in file order ("VEN|US|trade #2"), so none hides another."""
    name, key = KINDS[kind]
    old_header, old_rows = _rows(old)
    new_header, new_rows = _rows(new)
    old_columns, new_columns = _fields(old_rows), _fields(new_rows)
    shared = [c for c in new_columns if c in old_columns]
    by_id = "measure_id" in shared

    def keyed(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for row in rows:
            ident = (row.get("measure_id") or "") if by_id else "|".join(
                row.get(c) or "" for c in (key, "jurisdiction", "scope", "rate_kind", "as_of")
                if c in row and (c == key or kind != "oecd"))
            base, number = ident, 2
            while ident in out:
                ident, number = f"{base} #{number}", number + 1
            out[ident] = {c: row.get(c) or "" for c in row if c is not None}
        return out

    def common(row: dict[str, str]) -> dict[str, str]:
        return {c: row.get(c, "") for c in shared}

    before, after = keyed(old_rows), keyed(new_rows)
    changed = tuple((k, common(before[k]), common(after[k])) for k in after
                    if k in before and common(before[k]) != common(after[k]))
    headers = tuple((k, old_header.get(k, ""), new_header.get(k, "")) for k in ("source", "as_of")
                    if old_header.get(k) != new_header.get(k))
    if old_rows and new_rows and old_columns != new_columns:
        headers += (("columns", ",".join(old_columns), ",".join(new_columns)),)
    return TableDiff(name, tuple(after[k] for k in after if k not in before),
                     tuple(before[k] for k in before if k not in after), changed, headers)


def _columns(kind: str) -> list[str]:
    """The current table's column names (its first line that is not a comment)."""
    text = current_content(kind).decode("utf-8-sig")
    return next(csv.reader([next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))]))


def _layouts(kind: str) -> list[list[str]]:
    """The header rows an import may have, the newest first: for sanctions schema 2 (with measure_id and act) and
    schema 1, whatever the current copy has; for the other tables the current table's columns."""
    if kind == "sanctions":
        from exportrisk.country.sanctions import COLUMNS, COLUMNS_V1

        return [COLUMNS, COLUMNS_V1]
    return [_columns(kind)]


def _cell(value: object) -> str:
    """A spreadsheet cell as the CSV text a loader reads: dates ISO, whole numbers without '.0', one line."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    return " ".join(str(value).split())


def xlsx_to_csv(kind: str, content: bytes, label: str) -> bytes:
    """The first sheet of an .xlsx in the template's layout as the table's CSV, line n = sheet row n.

    Layout (resources/templates/*.xlsx): rows `source | ...`, `as_of | YYYY-MM-DD`, `schema | 1` (any order, a
    leading '#' and trailing ':' allowed), then the header row with the table's columns (`_layouts`: for sanctions
    schema 2 or 1), then one row per entry.
    Keeping the row numbers lets a refusal name the row to fix in the spreadsheet.
    """
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        rows = [[_cell(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError... for a damaged workbook
        raise InputError(code="data_xlsx_unreadable", field="import.file", path=label,
                         reason=str(exc) or type(exc).__name__) from None
    layouts = _layouts(kind)
    columns = layouts[0]
    lines, header_seen = [], False
    for cells in rows:
        while cells and not cells[-1]:
            cells.pop()
        key = cells[0].lstrip("#").strip().rstrip(":").strip().lower() if cells else ""
        if not header_seen and [c.strip().lower() for c in cells] in layouts:
            header_seen = True
            columns = [c.strip().lower() for c in cells]
            lines.append(",".join(columns))
        elif not header_seen:
            if key in ("source", "as_of", "schema") and len(cells) > 1:
                lines.append(f"# {key}: {' '.join(cells[1:]).strip()}")
            else:
                lines.append(("# " + " ".join(cells).lstrip("# ")).rstrip())
        elif not any(cells):
            lines.append("#")
        else:
            out = io.StringIO()  # a first cell such as "#N/A" is quoted: a row, refused by the loader, not a comment
            csv.writer(out, lineterminator="", quoting=csv.QUOTE_ALL if cells[0].startswith("#") else
                       csv.QUOTE_MINIMAL).writerow(cells + [""] * (len(columns) - len(cells)))
            lines.append(out.getvalue())
    if not header_seen:
        raise InputError(code="data_xlsx_no_header", field="import.file", path=label, columns=", ".join(columns))
    return ("\n".join(lines) + "\n").encode("utf-8")


def read_source(kind: str, source: Path) -> bytes:
    """The file to import as the table's CSV text: a CSV as it is, an .xlsx or the OECD's PDF converted."""
    label = str(source)
    try:
        if Path(source).stat().st_size > MAX_BYTES:
            raise InputError(code="data_too_large", field="import.file", path=label, size=MAX_BYTES // 1_000_000)
        content = Path(source).read_bytes()
    except OSError as exc:
        raise InputError(code="data_unreadable", field="import.file", path=label,
                         reason=exc.strerror or str(exc)) from None
    if content.startswith(b"%PDF-"):
        if kind != "oecd":
            raise InputError(code="data_pdf_only_oecd", field="import.file", path=label)
        return pdf_to_csv(content, label)
    if content.startswith(b"PK\x03\x04"):
        return xlsx_to_csv(kind, content, label)
    try:
        content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(code="data_not_utf8", field="import.file", path=label) from None
    return content


def import_table(kind: str, source: Path, accept: bool = False) -> tuple[TableDiff, bool]:
    """Validate `source` (CSV, XLSX, or for the OECD list its PDF) as the `kind` table and diff it against the
    current one; with `accept`, make it the user's copy (atomically). The previous version stays reproducible:
    every quote in the register keeps the table versions it used. Returns the diff and whether it replaced."""
    if kind not in KINDS:
        raise InputError(code="data_unknown_kind", field="import.kind", kind=kind, choices=", ".join(KINDS))
    content = read_source(kind, Path(source))
    try:
        _validate(kind, content)
    except DataFileError as exc:
        raise InputError(code="data_not_imported", field="import.file", path=str(source),
                         reason=_scratch_path.sub(str(source), str(exc))) from None
    diff = diff_tables(kind, current_content(kind), content)
    if accept and not diff.empty:
        atomic_write_bytes(user_copy(KINDS[kind][0]), content)
        return diff, True
    return diff, False


#: The scratch copy's path inside a refusal, replaced by the user's file name.
_scratch_path = re.compile(r"\S*exportrisk-import-[^\s,:]*")
