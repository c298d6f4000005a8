"""The OECD list's PDF in the layouts its editions vary in: column groups, wrapped and inverted names, accents and
apostrophes, footnote marks, page numbers, the date written or placed differently; and refusals that name the line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from exportrisk.errors import InputError
from exportrisk.register.oecd_pdf import dates, lines_to_csv, pdf_to_csv, read_line
from tests.oecd_fixtures import Layout, installed_rows, oecd_pdf, published

#: names as an edition may print them: commas, parentheses, typographic apostrophes, a missing accent
PRINTED = {"CIV": "Cote d\u2019Ivoire", "KOR": "Korea, Republic of", "COD": "Congo (Democratic Republic of the)",
           "LAO": "Lao People\u2019s Democratic Republic", "PRK": "Korea, Democratic People's Republic of",
           "BOL": "Bolivia (Plurinational State of)", "IRN": "Iran, Islamic Republic of",
           "TZA": "Tanzania, United Republic of", "VEN": "Venezuela, Bolivarian Republic of"}

LAYOUTS = {
    "one group": Layout(),
    "two groups with codes": Layout(blocks=2, codes=True, dash="- 1)"),
    "three groups, wrapped names, page numbers": Layout(blocks=3, codes=True, landscape=True, name_width=70,
                                                        page_numbers="Page {n}", dash="\u2013\u00b9"),
    "two groups, wrapped names, no codes": Layout(blocks=2, name_width=62, page_numbers="{n} / 5", dash="-*"),
    "date on the line below": Layout(valid="Valid as of:", valid_below="30 January 2026"),
    "month first": Layout(valid="Valid from January 30, 2026", prior_head="Prior Classification\nJune 27, 2025",
                          current_head="Current Classification\nJanuary 30, 2026"),
    "numeric dates": Layout(valid="Valid as of 30/01/2026", prior_head="Prior\nClassification 27/06/2025",
                            current_head="Current\nClassification 30/01/2026"),
    "column heads only": Layout(valid="", prior_head="Prior Classification\n27-Jun-2025",
                                current_head="Current Classification\n30-Jan-2026"),
    "footnotes of several kinds": Layout(footnotes=(
        "(1) Not classified: market pricing applies to High Income OECD and High Income Euro Area countries.",
        "* Reclassified at the January meeting.", "2) Small economies are not classified: category 7 ECAs may "
        "apply their own."), dash="-(1)"),
}


def parsed(text: bytes) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(line for line in text.decode("utf-8").splitlines() if not line.startswith("#"))
    return {r["iso3"]: r for r in rows}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_layout_parses_to_exactly_the_installed_list(tmp_path: Path, name: str) -> None:
    pdf = oecd_pdf(tmp_path / "crc.pdf", published(names=PRINTED), LAYOUTS[name])
    text = pdf_to_csv(pdf.read_bytes(), str(pdf))
    assert "# as_of: 2026-01-30" in text.decode("utf-8")
    rows, installed = parsed(text), installed_rows()
    assert len(rows) == len(installed)
    for row in installed:   # the current list's names are kept: "Côte d'Ivoire", not the PDF's spelling
        assert (rows[row["iso3"]]["country"], rows[row["iso3"]]["category"]) == (row["country"], row["category"])


def test_a_new_edition_in_a_wrapped_layout_carries_its_changes(tmp_path: Path) -> None:
    layout = LAYOUTS["three groups, wrapped names, page numbers"]
    pdf = oecd_pdf(tmp_path / "crc.pdf", published({"COD": "6", "CIV": "4", "BIH": "5"}, names=PRINTED), layout)
    rows = parsed(pdf_to_csv(pdf.read_bytes(), str(pdf)))
    assert (rows["COD"]["category"], rows["COD"]["note"]) == ("6", "changed from 7")
    assert rows["COG"]["category"] == "7"       # "Congo" over "(Democratic Republic of the)" is not the Congo
    assert (rows["CIV"]["category"], rows["BIH"]["category"]) == ("4", "5")


def test_the_dates_as_editions_write_them() -> None:
    from datetime import date

    day = date(2026, 1, 30)
    for text in ("30 January 2026", "30-Jan-2026", "January 30, 2026", "Jan. 30 2026", "30/01/2026", "30.01.2026",
                 "2026-01-30", "30 Jan 2026"):
        assert dates(text) == [day], text
    assert dates("31 February 2026") == [] and dates("Page 3 of 4") == []


def test_a_name_run_into_its_categories_and_footnote_marks_still_read_as_a_row() -> None:
    rows, _, stray = read_line(0, "Chad 7 7      Andorra\u00b9    -\u00b9   -\u00b9     Kosovo (4)   6   6")
    assert not stray and [(r.name, r.prior, r.current) for r in rows] == [
        ("Chad", "7", "7"), ("Andorra", "-", "-"), ("Kosovo", "6", "6")]
    assert read_line(0, "Page 2 of 5")[2] is False and read_line(0, "   3")[2] is False


def _lines(rows: list[tuple[str, str, str, str]]) -> list[str]:
    head = ["Valid as of 30 January 2026", "Country    Prior Classification    Current Classification"]
    return head + [f"{n}    {'-' if p in ('HI', 'NC') else p}    {'-' if c in ('HI', 'NC') else c}"
                   for _, n, p, c in rows]


def test_a_line_with_a_category_left_over_is_refused_whole_naming_it() -> None:
    lines = _lines(published())
    lines[40] += "    7"     # three categories: which two are the country's?
    with pytest.raises(InputError) as refused:
        lines_to_csv(lines, "crc.pdf")
    assert refused.value.code == "data_pdf_bad_lines" and " ".join(lines[40].split()) in str(refused.value)


def test_an_unknown_or_half_wrapped_name_is_refused_naming_its_line(tmp_path: Path) -> None:
    lines = _lines(published(names={"BIH": "Bosnia and"}))   # the rest of the name lost
    with pytest.raises(InputError) as refused:
        lines_to_csv(lines, "crc.pdf")
    assert refused.value.code == "data_pdf_unknown_countries" and "Bosnia and 6 6" in str(refused.value)
    pdf = oecd_pdf(tmp_path / "crc.pdf", published() + [("ATL", "Atlantis, Republic of", "3", "3")])
    with pytest.raises(InputError) as refused:
        pdf_to_csv(pdf.read_bytes(), str(pdf))
    assert refused.value.code == "data_pdf_unknown_countries" and "Atlantis, Republic of 3 3" in str(refused.value)


def test_a_lost_wrap_that_leaves_another_country_twice_is_refused() -> None:
    lines = _lines(published(names={"COD": "Congo"}))   # "(Democratic Republic of the)" missing: Congo twice
    with pytest.raises(InputError) as refused:
        lines_to_csv(lines, "crc.pdf")
    assert refused.value.code == "data_pdf_duplicates"


def test_dates_that_disagree_or_no_date_are_refused(tmp_path: Path) -> None:
    for layout in (Layout(valid="Valid as of: 30 January 2026", current_head="Current Classification\n26 June 2026"),
                   Layout(valid="", current_head="Current Classification")):
        pdf = oecd_pdf(tmp_path / "crc.pdf", published(), layout)
        with pytest.raises(InputError) as refused:
            pdf_to_csv(pdf.read_bytes(), str(pdf))
        assert refused.value.code == "data_pdf_no_date"
    lines = _lines(published())
    lines.append("Valid from 26 June 2026")
    with pytest.raises(InputError) as refused:
        lines_to_csv(lines, "crc.pdf")
    assert refused.value.code == "data_pdf_no_date"
