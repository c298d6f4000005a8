"""Importing a sanctions table: schema 1 and 2 files diffed against each other, rows keyed by measure_id."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from exportrisk.country.sanctions import COLUMNS, COLUMNS_V1
from exportrisk.errors import InputError
from exportrisk.register.imports import diff_tables, import_table

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = ROOT / "resources" / "country" / "restricted_markets.csv"


def table(rows: list[dict[str, str]] | None = None, columns: list[str] = COLUMNS, as_of: str = "2026-04-23") -> bytes:
    """The installed table (or `rows`) as CSV bytes with only `columns` and its schema and date lines."""
    lines = INSTALLED.read_text(encoding="utf-8").splitlines()
    head = [("# schema: 2" if columns == COLUMNS else "# schema: 1") if line.startswith("# schema:") else
            f"# as_of: {as_of}" if line.startswith("# as_of:") else line for line in lines if line.startswith("#")]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(installed() if rows is None else rows)
    return ("\n".join(head) + "\n" + out.getvalue()).encode("utf-8")


def installed() -> list[dict[str, str]]:
    lines = INSTALLED.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if line.strip() and not line.startswith("#")))


def venezuela(level: str) -> list[dict[str, str]]:
    """The installed rows with the US Venezuela programme row (the second US trade row for VEN) at `level`."""
    return [{**r, "level": level} if r["measure_id"] == "us_venezuela_programme" else r for r in installed()]


def test_a_schema_1_and_a_schema_2_table_differ_by_their_columns_only() -> None:
    for old, new in ((table(columns=COLUMNS_V1), table()), (table(), table(columns=COLUMNS_V1))):
        diff = diff_tables("sanctions", old, new)
        assert not (diff.added or diff.removed or diff.changed)
        assert [k for k, _, _ in diff.header_changes] == ["columns"] and not diff.empty
        assert "measure_id" in diff.lines()[0]


def test_rows_are_keyed_by_measure_id_when_both_tables_have_it() -> None:
    diff = diff_tables("sanctions", table(), table(venezuela("BLOCK")))
    assert [(k, old["level"], new["level"]) for k, old, new in diff.changed] == [
        ("us_venezuela_programme", "RESTRICTED", "BLOCK")]
    assert diff.added == diff.removed == ()
    renamed = [{**r, "measure_id": "us_venezuela_gl_2026"} if r["measure_id"] == "us_venezuela_programme" else r
               for r in installed()]
    diff = diff_tables("sanctions", table(), table(renamed))
    assert [r["measure_id"] for r in diff.added] == ["us_venezuela_gl_2026"]
    assert [r["measure_id"] for r in diff.removed] == ["us_venezuela_programme"] and diff.changed == ()


def test_without_ids_rows_sharing_market_jurisdiction_and_scope_do_not_hide_each_other() -> None:
    """Venezuela has two US trade rows: a change to the second is a change, not lost under the first."""
    old, new = table(columns=COLUMNS_V1), table(venezuela("BLOCK"), columns=COLUMNS_V1)
    diff = diff_tables("sanctions", old, new)
    assert [(k, new["level"]) for k, _, new in diff.changed] == [("VEN|US|trade #2", "BLOCK")]
    dropped = [r for r in installed() if r["measure_id"] != "us_venezuela_programme"]
    diff = diff_tables("sanctions", old, table(dropped, columns=COLUMNS_V1))
    assert [r["level"] for r in diff.removed] == ["RESTRICTED"] and diff.changed == () and diff.added == ()
    mixed = diff_tables("sanctions", old, table(venezuela("BLOCK")))    # schema 1 -> 2: keyed as schema 1
    assert [k for k, _, _ in mixed.changed] == ["VEN|US|trade #2"]


def test_an_import_with_a_duplicate_measure_id_is_refused(tmp_path: Path) -> None:
    twice = [{**r, "measure_id": "us_venezuela_government"} if r["measure_id"] == "us_venezuela_programme" else r
             for r in installed()]
    source = tmp_path / "sanctions.csv"
    source.write_bytes(table(twice))
    with pytest.raises(InputError) as refused:
        import_table("sanctions", source, accept=True)
    assert refused.value.code == "data_not_imported"
    assert "us_venezuela_government appears more than once" in str(refused.value) and "sanctions.csv" in str(
        refused.value)


def test_a_schema_1_copy_can_be_imported_and_a_schema_2_table_over_it(tmp_path: Path) -> None:
    old = tmp_path / "old.csv"
    old.write_bytes(table(columns=COLUMNS_V1))
    assert import_table("sanctions", old, accept=True)[1]
    new = tmp_path / "new.csv"
    new.write_bytes(table(venezuela("BLOCK"), as_of="2026-05-01"))
    diff, replaced = import_table("sanctions", new, accept=True)
    assert replaced and [k for k, _, _ in diff.header_changes] == ["as_of", "columns"]
    assert [k for k, _, _ in diff.changed] == ["VEN|US|trade #2"]


@pytest.mark.parametrize("columns", [COLUMNS, COLUMNS_V1])
def test_a_workbook_in_either_layout_imports(tmp_path: Path, columns: list[str]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["# ExportRisk table: sanctioned and off-cover markets"])
    sheet.append(["source", "EU, UK, US and UN lists as compiled on 2026-05-01"])
    sheet.append(["as_of", "2026-05-01"])
    sheet.append(["schema", 2 if columns == COLUMNS else 1])
    sheet.append(columns)
    for row in venezuela("BLOCK"):
        sheet.append([row[c] or None for c in columns])
    path = tmp_path / "sanctions.xlsx"
    book.save(path)
    diff, replaced = import_table("sanctions", path)
    assert not replaced and ("as_of", "2026-04-23", "2026-05-01") in diff.header_changes
    key = "us_venezuela_programme" if columns == COLUMNS else "VEN|US|trade #2"
    assert [(k, new["level"]) for k, _, new in diff.changed] == [(key, "BLOCK")]
