"""Importing a table from an Excel workbook in the shipped template's layout."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from exportrisk.cli import main
from exportrisk.errors import InputError
from exportrisk.register.imports import _rows, import_table, xlsx_to_csv

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "resources" / "templates"
INSTALLED = ROOT / "resources" / "country" / "oecd_country_risk.csv"


def installed_rows() -> list[dict[str, str]]:
    lines = [line for line in INSTALLED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def workbook(path: Path, rows: list[list[object]], as_of: object = date(2026, 6, 26),
             header: list[str] | None = None) -> Path:
    """A workbook as a user fills the template: title, source, as_of (a date cell), schema, heading, rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["# ExportRisk table: OECD country risk classification"])
    sheet.append(["source", "OECD, Country Risk Classifications, list valid as of 2026-06-26"])
    sheet.append(["as_of", as_of])
    sheet.append(["schema", 1])
    sheet.append(header or ["iso3", "country", "category", "note"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def oecd_rows(changes: dict[str, object] | None = None) -> list[list[object]]:
    """The installed list, categories 0-7 as number cells (as a spreadsheet keeps them)."""
    changes = changes or {}
    return [[r["iso3"], r["country"], changes.get(r["iso3"], int(r["category"]) if r["category"].isdigit()
                                                  else r["category"]), r["note"] or None] for r in installed_rows()]


def test_the_shipped_xlsx_template_reads_as_the_csv_template() -> None:
    from_xlsx = _rows(xlsx_to_csv("oecd", (TEMPLATES / "oecd_country_risk_template.xlsx").read_bytes(), "t.xlsx"))
    from_csv = _rows((TEMPLATES / "oecd_country_risk_template.csv").read_bytes())
    assert from_xlsx == from_csv and len(from_csv[1]) == 3 and from_csv[0]["as_of"] == "YYYY-MM-DD"


def test_a_workbook_shows_the_diff_and_replaces_the_table_when_accepted(tmp_path: Path, capsys) -> None:
    book = workbook(tmp_path / "oecd.xlsx", oecd_rows({"BRA": 5}))
    assert main(["data", "import", "oecd", str(book)]) == 0
    shown = capsys.readouterr().out
    assert "changed BRA: category '4' -> '5'" in shown and "'2026-01-30' -> '2026-06-26'" in shown
    assert main(["data", "import", "oecd", str(book), "--accept"]) == 0
    from exportrisk.country.classification import load_countries

    assert load_countries().resolve("BRA").category == "5"
    assert load_countries().meta.as_of == date(2026, 6, 26)


def test_a_bad_cell_is_refused_naming_the_spreadsheet_row(tmp_path: Path) -> None:
    rows = oecd_rows({"BRA": 9})
    brazil_row = 6 + next(i for i, r in enumerate(rows) if r[0] == "BRA")   # 5 heading rows, then the list
    with pytest.raises(InputError) as refused:
        import_table("oecd", workbook(tmp_path / "bad.xlsx", rows), accept=True)
    assert refused.value.code == "data_not_imported"
    assert f"line {brazil_row}" in str(refused.value) and "bad.xlsx" in str(refused.value)
    assert "exportrisk-import-" not in str(refused.value)
    assert not (tmp_path / "userdata" / "tables").exists()


def test_an_excel_error_in_the_first_column_is_refused_not_skipped(tmp_path: Path) -> None:
    rows = oecd_rows()
    rows[3][0] = "#N/A"
    with pytest.raises(InputError) as refused:
        import_table("oecd", workbook(tmp_path / "na.xlsx", rows))
    assert refused.value.code == "data_not_imported" and "line 9" in str(refused.value)
    rows = oecd_rows()
    rows.append(list(rows[0]))
    with pytest.raises(InputError) as refused:
        import_table("oecd", workbook(tmp_path / "twice.xlsx", rows))
    assert f"{rows[0][0]} appear more than once" in str(refused.value)


def test_a_workbook_without_the_heading_row_or_damaged_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        import_table("oecd", workbook(tmp_path / "h.xlsx", oecd_rows(), header=["code", "name", "cat", "note"]))
    assert refused.value.code == "data_xlsx_no_header" and "iso3, country, category, note" in str(refused.value)
    damaged = tmp_path / "d.xlsx"
    damaged.write_bytes(workbook(tmp_path / "ok.xlsx", oecd_rows()).read_bytes()[:2000])
    with pytest.raises(InputError) as refused:
        import_table("oecd", damaged)
    assert refused.value.code == "data_xlsx_unreadable"


def test_a_rate_table_in_a_workbook_imports_too(tmp_path: Path, capsys) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["currency", "rate_pct", "rate_kind", "as_of", "source", "confidence"])
    sheet.append(["EUR", 1.75, "policy", date(2026, 11, 1), "ECB deposit facility rate", "H"])
    sheet.append(["PLN", 4.5, "policy", date(2026, 11, 5), "NBP reference rate", "H"])
    book.save(tmp_path / "rates.xlsx")
    assert main(["data", "import", "rates", str(tmp_path / "rates.xlsx"), "--accept"]) == 0
    assert "Imported" in capsys.readouterr().out
    from exportrisk.market.interest_rates import load_rate_table

    entries = {e.currency: e for e in load_rate_table()[0].entries}
    assert entries["PLN"].rate == pytest.approx(0.045) and entries["PLN"].as_of == date(2026, 11, 5)
