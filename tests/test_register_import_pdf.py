"""Importing the OECD country risk list from its PDF: a fixture laid out like the OECD's, parsed, diffed, refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exportrisk.cli import main
from exportrisk.errors import InputError
from exportrisk.register.imports import import_table, pdf_to_csv

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = ROOT / "resources" / "country" / "oecd_country_risk.csv"


def installed_rows() -> list[dict[str, str]]:
    lines = [line for line in INSTALLED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def oecd_pdf(path: Path, rows: list[tuple[str, str, str]], valid: str = "30 January 2026",
             prior_date: str = "27 June 2025", current_date: str | None = None, blocks: int = 1) -> Path:
    """A PDF laid out as the OECD publishes its list: title, 'Valid as of' line, a table of country name, prior
    and current classification with dated column heads repeated on every page, footnotes at the end; HI and NC
    countries shown with a dash and a footnote mark. `blocks` side-by-side column groups per table row."""
    styles = getSampleStyleSheet()
    head = ["Country Name", f"Prior Classification\n{prior_date}", f"Current Classification\n{current_date or valid}"]
    cells = [[name, "-(1)" if prior in ("HI", "NC") else prior, "-(1)" if cur in ("HI", "NC") else cur]
             for name, prior, cur in rows]
    height = -(-len(cells) // blocks)
    table = [head * blocks] + [sum((cells[b * height + i] if b * height + i < len(cells) else ["", "", ""]
                                    for b in range(blocks)), []) for i in range(height)]
    grid = Table(table, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story = [Paragraph("Country Risk Classifications of the Participants to the Arrangement on Officially Supported "
                       "Export Credits", styles["Title"])]
    if valid:
        story.append(Paragraph(f"Valid as of: {valid}", styles["Heading3"]))
    story += [Spacer(1, 8), grid, Spacer(1, 8),
              Paragraph("(1) Not classified: High Income OECD and High Income Euro Area countries are subject to "
                        "market pricing; very small economies are not classified for administrative purposes.",
                        styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def published(changes: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """The installed list as (name, prior, current), the prior being the installed category."""
    changes = changes or {}
    return [(r["country"], r["category"], changes.get(r["iso3"], r["category"])) for r in installed_rows()]


def test_the_unchanged_list_parses_to_exactly_the_installed_table(tmp_path: Path) -> None:
    pdf = oecd_pdf(tmp_path / "crc.pdf", published())
    text = pdf_to_csv(pdf.read_bytes(), str(pdf)).decode("utf-8")
    assert "# as_of: 2026-01-30" in text
    parsed = {r["iso3"]: r for r in csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))}
    installed = installed_rows()
    assert len(parsed) == len(installed)
    for row in installed:
        got = parsed[row["iso3"]]
        assert (got["country"], got["category"]) == (row["country"], row["category"])
        if not row["note"].startswith("changed from"):
            assert got["note"] == row["note"], row["iso3"]


def test_two_column_groups_per_line_parse_the_same(tmp_path: Path) -> None:
    one = pdf_to_csv(oecd_pdf(tmp_path / "one.pdf", published()).read_bytes(), "one.pdf")
    two = pdf_to_csv(oecd_pdf(tmp_path / "two.pdf", published(), blocks=2).read_bytes(), "two.pdf")
    assert sorted(one.decode().splitlines()[5:]) == sorted(two.decode().splitlines()[5:])


def test_a_new_list_shows_the_diff_then_replaces_the_table(tmp_path: Path, capsys) -> None:
    pdf = oecd_pdf(tmp_path / "crc-2026-06.pdf", published({"BRA": "5", "ARG": "6"}), valid="26 June 2026",
                   prior_date="30 January 2026")
    assert main(["data", "import", "oecd", str(pdf)]) == 0
    shown = capsys.readouterr().out
    assert "changed BRA: category '4' -> '5'; note '' -> 'changed from 4'" in shown
    assert "changed ARG: category '7' -> '6'" in shown and "2026-06-26" in shown and "--accept" in shown
    from exportrisk.country.classification import load_countries

    assert load_countries().resolve("BRA").category == "4"
    assert main(["data", "import", "oecd", str(pdf), "--accept"]) == 0
    capsys.readouterr()
    table = load_countries()
    assert table.resolve("BRA").category == "5" and table.resolve("ARG").category == "6"
    assert table.meta.as_of.isoformat() == "2026-06-26" and "crc-2026-06.pdf" in table.meta.source


@pytest.mark.parametrize(("mangle", "code"), [
    (lambda rows: rows[:-3], "data_pdf_missing_countries"),
    (lambda rows: rows + [("Atlantis", "3", "3")], "data_pdf_unknown_countries"),
    (lambda rows: rows + [rows[10]], "data_pdf_duplicates"),
    (lambda rows: [(n, p, "HI" if n == "Brazil" else c) for n, p, c in rows], "data_pdf_unclassified"),
])
def test_a_list_that_does_not_parse_robustly_is_refused_whole(tmp_path: Path, mangle, code) -> None:
    pdf = oecd_pdf(tmp_path / "crc.pdf", mangle(published()))
    with pytest.raises(InputError) as refused:
        import_table("oecd", pdf, accept=True)
    assert refused.value.code == code and str(pdf) in str(refused.value)
    assert not (Path(tmp_path / "userdata" / "tables").exists())


def test_no_valid_as_of_date_or_dates_that_disagree_are_refused(tmp_path: Path) -> None:
    for name, kwargs in (("nodate.pdf", {"valid": "", "current_date": "Current"}),
                         ("disagree.pdf", {"current_date": "26 June 2026"})):
        pdf = oecd_pdf(tmp_path / name, published(), **kwargs)
        with pytest.raises(InputError) as refused:
            import_table("oecd", pdf)
        assert refused.value.code == "data_pdf_no_date"


def test_a_row_whose_cells_run_together_is_refused(tmp_path: Path) -> None:
    rows = published()
    rows[5] = (f"{rows[5][0]} 7", "7", "7")   # a name that swallowed a category: not a clean row
    with pytest.raises(InputError) as refused:
        import_table("oecd", oecd_pdf(tmp_path / "crc.pdf", rows))
    assert refused.value.code in ("data_pdf_unknown_countries", "data_pdf_bad_lines")


def test_a_damaged_pdf_and_a_pdf_for_another_table_are_refused(tmp_path: Path, capsys) -> None:
    good = oecd_pdf(tmp_path / "crc.pdf", published()).read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good[:400])
    assert main(["data", "import", "oecd", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.pdf" in err and err.count("\n") == 1
    with pytest.raises(InputError) as refused:
        import_table("rates", tmp_path / "crc.pdf")
    assert refused.value.code == "data_pdf_only_oecd"


def test_the_date_may_come_from_the_dated_column_heads_alone(tmp_path: Path) -> None:
    pdf = oecd_pdf(tmp_path / "crc.pdf", published(), valid="", prior_date="27-Jun-2025", current_date="30-Jan-2026")
    assert "# as_of: 2026-01-30" in pdf_to_csv(pdf.read_bytes(), str(pdf)).decode("utf-8")
