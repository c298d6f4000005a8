"""The summary page of a deal report shows each sanctions measure's note under the measure, in the report's
language; a measure without a note gets none, and a user's copy of the table shows its own note."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from exportrisk.messages import Message
from exportrisk.report.build_deal import build_deal_report
from exportrisk.report.i18n import LANGUAGES, Translator, catalog
from exportrisk.report.render import render_pdf
from tests.test_sanctions import COLUMNS, installed, quote, write_copy

TRADE = "eu_russia_833_trade"   # the EU's trade measure on Russia: it has a note in the table


def summary_page(result, lang: str) -> str:
    pdf = render_pdf(build_deal_report(result, lang))
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[1].extract_text().split())


def measure_of(text: object) -> str:
    measure = getattr(text, "args", {}).get("measure")
    return measure.code if isinstance(measure, Message) else ""


@pytest.fixture(scope="module")
def russia():
    return quote("RUS")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_measure_with_a_note_shows_it_under_it_and_the_others_show_none(russia, lang: str) -> None:
    t = Translator(lang)
    summary = build_deal_report(russia, lang).summary
    assert len(summary.alert_notes) == len(summary.alerts) == len(russia.compliance)
    noted = {measure_of(m): note for m, note in zip(russia.compliance, summary.alert_notes, strict=True)}
    assert noted[f"measure_{TRADE}"] == t("alert_measure_note", note=catalog(lang)[f"msg_measure_note_{TRADE}"])
    measures = [m for m in noted if m.startswith("measure_")]
    assert len(measures) >= 3    # the deal meets several measures, only one with a note
    assert [m for m in measures if noted[m]] == [f"measure_{TRADE}"]
    assert all(note == "" for m, note in noted.items() if not m)   # the screening reminder has no measure


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_pdf_prints_the_note_right_after_its_measure(russia, lang: str) -> None:
    t = Translator(lang)
    page = summary_page(russia, lang)
    trade = next(m for m in russia.compliance if measure_of(m) == f"measure_{TRADE}")
    line, note = " ".join(t.message(trade).split()), t("alert_measure_note",
                                                       note=catalog(lang)[f"msg_measure_note_{TRADE}"])
    assert line in page and note in page
    assert page.index(line) + len(line) + 1 == page.index(note)   # under it, before the next measure
    assert page.count(t("alert_measure_note", note="").strip()) == 1


def test_a_users_copy_shows_its_own_note() -> None:
    _, table = installed()
    edited = "ask the bank's compliance desk first"
    write_copy([{**r, "note": edited} if r["measure_id"] in (TRADE, "eu_russia_833_2e") else r for r in table],
               COLUMNS, 2)
    result = quote("RUS")
    page = summary_page(result, "en")
    assert page.count(f"Note: {edited}") == 2
    assert catalog("en")[f"msg_measure_note_{TRADE}"] not in page
