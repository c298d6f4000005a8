"""The report read back: every data table the quote read with its version, date and source in every language; table
headers that wrap only between words; the Fondo 394 section on a page of its own; no heading left at a page's foot."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.paths import resources_dir
from exportrisk.register.archive import table_names
from exportrisk.register.tables_status import table_status
from exportrisk.report.build_deal import build_deal_report
from exportrisk.report.data_used import VERSION_CHARS, table_title
from exportrisk.report.i18n import LANGUAGES, Translator
from exportrisk.report.layout import PADDING, fit_columns, pieces, words, wrap_lines
from exportrisk.report.model import ReportOptions
from exportrisk.report.render import BOLD, FONT, FRAME_WIDTH, register_fonts, render_pdf

EXAMPLES = resources_dir() / "examples"
PLAIN = EXAMPLES / "italy_textiles_brazil.toml"
MACHINERY = EXAMPLES / "deals" / "machinery_5y.toml"
PRINTED = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def flat(text: str) -> str:
    return " ".join(text.split())


def joined(text: str) -> str:
    """Flat text with a compound broken after its hyphen joined again ("EU-|Mitgliedschaft")."""
    return flat(text).replace("- ", "-")


@lru_cache(maxsize=4)
def quote(source: Path):
    return price_deal(load_deal(source))


@lru_cache(maxsize=16)
def pdf_pages(source: Path, lang: str) -> tuple[str, ...]:
    pdf = render_pdf(build_deal_report(quote(source), lang, options=ReportOptions(printed=PRINTED)))
    return tuple(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_table_read_is_listed_with_its_version_date_and_source(lang: str) -> None:
    t = Translator(lang)
    text = joined(" ".join(pdf_pages(PLAIN, lang)))
    status = table_status(PRINTED.date())
    assert len(status) == len(table_names()) > 20
    for table in status:
        version, day = table["version"][:VERSION_CHARS], t.date_short(date.fromisoformat(table["as_of"]))
        assert f"{version} {day}" in text, (lang, table["name"])   # the version and the date, side by side
        assert joined(table_title(t, table["name"])) in text, (lang, table["name"])
        assert joined(t(f"data_source_{table['name'].rsplit('.', 1)[0].replace('/', '_')}")) in text
    overdue = [x for x in status if x["past_review"]]
    assert overdue, "the installed tables include some past their review interval on this date"
    assert flat(t("data_summary_all_dated", count=t.number(len(status), 0))) in text
    assert t("data_review_overdue", days=t.number(overdue[0]["review_days"], 0)) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_executive_summary_says_in_one_line_how_dated_the_data_is(lang: str) -> None:
    t = Translator(lang)
    summary = flat(pdf_pages(PLAIN, lang)[1])
    assert t("summary") in summary
    assert flat(t("data_summary_all_dated", count=t.number(len(table_status(PRINTED.date())), 0))) in summary
    assert flat(t("data_summary_see", title=t("data_used"))) in summary


def test_the_review_flag_is_the_register_rule_and_follows_the_print_date() -> None:
    """Printed on a later day, more tables are past their interval, exactly those table_status() says."""
    t = Translator("en")
    for day in (date(2026, 12, 2), date(2031, 1, 1)):
        options = ReportOptions(printed=datetime(day.year, day.month, day.day, tzinfo=UTC))
        section = next(s for s in build_deal_report(quote(PLAIN), "en", options=options).sections
                       if s.title == t("data_used"))
        flagged = {section.tables[0].rows[i][0] for i in section.tables[0].emphasis}
        assert flagged == {table_title(t, x["name"]) for x in table_status(day) if x["past_review"]}
    assert len(flagged) > len([x for x in table_status(date(2026, 12, 2)) if x["past_review"]])


def test_a_users_imported_copy_is_listed_with_its_own_date_and_version(user_dirs: Path) -> None:
    installed = (resources_dir() / "country" / "oecd_country_risk.csv").read_text(encoding="utf-8")
    assert "# as_of: 2026-01-30" in installed
    mine = user_dirs / "tables" / "country" / "oecd_country_risk.csv"
    mine.parent.mkdir(parents=True)
    mine.write_text(installed.replace("# as_of: 2026-01-30", "# as_of: 2026-11-27"), encoding="utf-8")
    t = Translator("de")
    section = next(s for s in build_deal_report(quote(PLAIN), "de", options=ReportOptions(printed=PRINTED)).sections
                   if s.title == t("data_used"))
    row = next(r for r in section.tables[0].rows if r[0] == t("data_table_country_oecd_country_risk"))
    assert row[2] == t.date_short(date(2026, 11, 27)) and row[4].endswith(t("data_user_copy"))
    assert row[1] == next(x for x in table_status(PRINTED.date())
                          if x["name"] == "country/oecd_country_risk.csv")["version"][:VERSION_CHARS]


def test_every_shipped_table_has_a_title_and_a_source_in_every_language() -> None:
    for lang in LANGUAGES:
        t = Translator(lang)
        for name in table_names():
            key = name.rsplit(".", 1)[0].replace("/", "_")
            assert t.has(f"data_table_{key}") and t.has(f"data_source_{key}"), (lang, name)


# --- headers and cells wrap only between words --------------------------------------------------------------------

def test_lines_break_between_words_or_after_a_hyphen_never_inside_a_word() -> None:
    register_fonts()
    text = "Aufhebung des Franken-Mindestkurses 2015"
    lines = wrap_lines(text, BOLD, 7.5, stringWidth("Mindestkurses", BOLD, 7.5) + 1)
    assert lines == ["Aufhebung", "des Franken-", "Mindestkurses", "2015"]
    assert "".join(p for w in words(text) for p in pieces(w)) == text.replace(" ", "")
    assert pieces("-7.231,68") == ["-7.231,68"] and pieces("(D/P)") == ["(D/P)"]
    assert words("1\u00a0000,00 EUR") == ["1\u00a0000,00", "EUR"]   # a Polish amount holds together


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_report_table_holds_its_longest_word_in_every_language(lang: str) -> None:
    """The fitted widths leave room for every unbreakable piece of every header and cell, in every table of the
    finance deal and the plain deal (German is the hardest), at 6.5 pt or larger."""
    register_fonts()
    for source in (MACHINERY, PLAIN):
        report = build_deal_report(quote(source), lang, options=ReportOptions(printed=PRINTED))
        tables = [table for s in report.sections for table in s.tables]
        tables += [report.summary.top] if report.summary and report.summary.top else []
        for table in tables:
            columns = [[(h, BOLD)] + [(row[j], FONT) for row in table.rows] for j, h in enumerate(table.headers)]
            size, widths = fit_columns(columns, table.widths, FRAME_WIDTH)
            assert size >= 6.5 and sum(widths) <= FRAME_WIDTH + 0.01, (lang, table.headers)
            for cells, width in zip(columns, widths, strict=True):
                for text, font in cells:
                    for word in words(text):
                        assert all(stringWidth(p, font, size) <= width - PADDING for p in pieces(word)), (lang, word)


def _stress_page(pages: tuple[str, ...], t: Translator) -> str:
    return next(p for p in pages if t("finance_stress") in p and t("finance_stress_crisis_2008") in flat(p))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_stress_headers_read_back_as_whole_words(lang: str) -> None:
    t = Translator(lang)
    page = _stress_page(pdf_pages(MACHINERY, lang), t)
    tokens = set(page.split())
    scenarios = ("crisis_2008", "chf_floor_2015", "gbp_referendum_2016", "try_2018", "try_2021", "country_down_2",
                 "buyer_down")
    for scenario in scenarios:
        for word in t(f"finance_stress_{scenario}").split():
            assert all(piece in tokens for piece in pieces(word)), (lang, word)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_fondo_394_section_starts_a_page_and_no_heading_ends_one(lang: str) -> None:
    t = Translator(lang)
    pages = pdf_pages(MACHINERY, lang)
    report = build_deal_report(quote(MACHINERY), lang, options=ReportOptions(printed=PRINTED))
    header = report.header
    bodies = [flat(p.replace(header, "", 1)) for p in pages]
    fund = flat(t("finance_fund_394"))
    starts = [i for i, body in enumerate(bodies) if fund in body]
    assert len(starts) == 1 and bodies[starts[0]].startswith(fund), lang
    assert flat(t("finance_fund_intro")) in bodies[starts[0]]           # the section is whole on its page
    footer = t("page_of").split("{")[0].strip()
    for i, body in enumerate(bodies[1:], start=2):
        end = body.rsplit(footer, 1)[0].strip() if footer else body
        for section in report.sections:
            assert not end.endswith(flat(section.title)), (lang, i, section.title)
