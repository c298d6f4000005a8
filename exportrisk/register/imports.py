"""Import an updated data table: validate every row as the loader would, show the diff, then replace it."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from exportrisk.errors import DataFileError, InputError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.paths import data_dir_override, resources_dir
from exportrisk.register.archive import user_copy

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
            else:
                from exportrisk.country.sanctions import table_meta

                if not table_meta().is_user_copy:
                    raise DataFileError(f"{name} could not be read.")


def current_content(kind: str) -> bytes:
    name, _ = KINDS[kind]
    mine = user_copy(name)
    return mine.read_bytes() if mine.is_file() else (resources_dir() / name).read_bytes()


def diff_tables(kind: str, old: bytes, new: bytes) -> TableDiff:
    name, key = KINDS[kind]
    old_header, old_rows = _rows(old)
    new_header, new_rows = _rows(new)

    def keyed(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for row in rows:
            ident = "|".join(row.get(c, "") for c in (key, "jurisdiction", "scope", "rate_kind", "as_of")
                             if c in row and (c == key or kind != "oecd"))
            out[ident] = row
        return out

    before, after = keyed(old_rows), keyed(new_rows)
    changed = tuple((k, before[k], after[k]) for k in after if k in before and before[k] != after[k])
    headers = tuple((k, old_header.get(k, ""), new_header.get(k, "")) for k in ("source", "as_of")
                    if old_header.get(k) != new_header.get(k))
    return TableDiff(name, tuple(after[k] for k in after if k not in before),
                     tuple(before[k] for k in before if k not in after), changed, headers)


def import_table(kind: str, source: Path, accept: bool = False) -> tuple[TableDiff, bool]:
    """Validate `source` as the `kind` table and diff it against the current one; with `accept`, make it the
    user's copy (atomically). The previous version stays reproducible: every quote in the register keeps the
    table versions it used. Returns the diff and whether the table was replaced."""
    if kind not in KINDS:
        raise InputError(f"Unknown table '{kind}'; import one of {', '.join(KINDS)}.")
    try:
        if Path(source).stat().st_size > MAX_BYTES:
            raise InputError(f"{source} is larger than {MAX_BYTES // 1_000_000} MB; that is not a {kind} table.")
        content = Path(source).read_bytes()
        content.decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"Cannot read {source}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 text; save it as CSV (UTF-8).") from None
    try:
        _validate(kind, content)
    except DataFileError as exc:
        raise InputError(f"{source} was not imported: {exc}") from None
    diff = diff_tables(kind, current_content(kind), content)
    if accept and not diff.empty:
        atomic_write_bytes(user_copy(KINDS[kind][0]), content)
        return diff, True
    return diff, False
