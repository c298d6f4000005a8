"""The deal report's "What if" section: the engine's what-if figures as the report formats them, the tornado by
swing, the break-even in both directions, no English in the other languages, and switched off on request."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from exportrisk.cli import main
from exportrisk.credit.ratings import SCALE
from exportrisk.deal.io import deal_from_dict, load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.engine.whatif import WhatIfResult, what_if
from exportrisk.paths import resources_dir
from exportrisk.report import i18n
from exportrisk.report.build_deal import build_deal_report
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Report, Section
from exportrisk.report.render import render_pdf
from tests.test_texts_report import english_sentences

TODAY = date(2026, 10, 30)
EXAMPLES = resources_dir() / "examples"
BRAZIL = EXAMPLES / "italy_textiles_brazil.toml"
POLAND = EXAMPLES / "germany_poland.toml"
TURKEY = EXAMPLES / "poland_machinery_turkey.toml"
#: an Argentine buyer on a year's open account at a 95 % margin: today a price keeps the margin, but at 540 days no
#: price does; in dollars not even today's (the risk costs grow with the price faster than the margin allows)
ARGENTINA = {"schema": 1, "valuation_date": "2026-10-30",
             "exporter": {"name": "Tessitura", "home_currency": "EUR", "country": "ITA"},
             "buyer": {"name": "Austral", "country": "ARG", "category": "CC2"},
             "deal": {"amount": 100000, "currency": "EUR", "payment_days": 360, "instrument": "open_account",
                      "target_margin": 0.95}}


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    return " ".join(flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages)


def quoted(deal) -> tuple:
    base = price_deal(deal, today=TODAY)
    return base, what_if(deal, base, today=TODAY)


def section_of(report: Report) -> Section:
    return next(s for s in report.sections if s.title == Translator(report.lang)("whatif_title"))


@pytest.fixture(scope="module")
def brazil() -> tuple:
    deal = load_deal(BRAZIL)
    return (deal, *quoted(deal))


@pytest.fixture(scope="module")
def brazil_pdf(brazil) -> str:
    _, base, found = brazil
    return pdf_text(render_pdf(build_deal_report(base, "en", what_if=found)))


def signed(t: Translator, value: float) -> str:
    return ("+" if round(value, 2) > 0 else "") + t.number(value)


def test_the_section_follows_the_comparison_with_a_row_per_shift_in_the_engines_figures(brazil, brazil_pdf) -> None:
    deal, _, found = brazil
    t = Translator("en")
    data = found.to_dict()
    changes = {(bar["input"], s["shift"]): s["change"] for bar in data["tornado"] for s in bar["shifts"]}
    text = brazil_pdf
    start = text.index(t("whatif_title") + " " + t("whatif_lead", option=t("option_" + found.recommended),
                                                     price=t.money(data["base"]["min_price"], "USD")))
    assert text.index(t("comparison")) < start < text.index(t("fx_risk"))
    rating = SCALE.index(deal.buyer.rating)
    days = deal.terms.payment_days
    words = {("buyer", "better"): f"3 notches better ({SCALE[rating - 3]})",
             ("buyer", "worse"): f"3 notches worse ({SCALE[rating + 3]})",
             ("payment_days", "-50%"): f"-50% ({round(days * 0.5)} days)",
             ("payment_days", "+50%"): f"+50% ({round(days * 1.5)} days)",
             ("fx_outlook", "spot"): "the rate stays at today's spot"}
    position = start
    assert len(data["sensitivity"]) == 13
    for row in data["sensitivity"]:   # each row's cells, in the table's order
        best = t("option_" + row["recommended"]) + (" *" if row["recommended"] != found.recommended else "")
        cells = [best, t.money(row["min_price"]), signed(t, changes[(row["input"], row["shift"])])]
        if (row["input"], row["shift"]) in words:
            cells.insert(0, words[(row["input"], row["shift"])])
        for cell in cells:
            position = text.index(cell, position)
    assert position < text.index(t("whatif_best_changes_note"), start)


def test_a_changed_best_option_is_marked_and_an_unchanged_one_is_not(brazil) -> None:
    _, base, found = brazil
    table = section_of(build_deal_report(base, "en", what_if=found)).tables[0]
    marked = [row[2].endswith("*") for row in table.rows]
    assert marked == [r.recommended != found.recommended for r in found.rows]
    assert any(marked) and not all(marked)


def test_the_tornado_lists_the_inputs_widest_swing_first(brazil) -> None:
    _, base, found = brazil
    t = Translator("en")
    chart = next(c for c in section_of(build_deal_report(base, "en", what_if=found)).charts if c.kind == "tornado")
    base_price = found.to_dict()["base"]["min_price"]
    swing: dict[str, float] = {}
    for row in found.to_dict()["sensitivity"]:   # max - min over the base and the input's shifted prices
        low, high = swing.get(row["input"], (base_price, base_price))
        swing[row["input"]] = (min(low, row["min_price"]), max(high, row["min_price"]))
    widths = {name: high - low for name, (low, high) in swing.items()}
    names = {"payment_days": t("whatif_input_payment_days"), "rate_foreign": t("whatif_input_rate", ccy="USD"),
             "rate_home": t("whatif_input_rate", ccy="EUR"), "volatility": t("whatif_input_volatility"),
             "buyer": t("whatif_input_buyer"), "country_category": t("whatif_input_country_category"),
             "fx_outlook": t("whatif_input_fx_outlook")}
    drawn = [name for name, _ in chart.points]
    assert drawn == [names[k] for k in sorted(widths, key=lambda k: -widths[k])]
    assert len(set(round(w, 2) for w in widths.values())) == len(widths)   # no tie decides the order
    assert drawn[0] == t("whatif_input_payment_days")
    for name, bars in chart.points:   # each bar is its shift's change of the minimum price
        key = next(k for k, v in names.items() if v == name)
        shifted = [r["min_price"] for r in found.to_dict()["sensitivity"] if r["input"] == key]
        assert sorted(round(c, 2) for _, c in bars) == sorted(round(p - base_price, 2) for p in shifted)


def test_the_chart_draws_and_its_ticks_follow_the_language(brazil) -> None:
    from exportrisk.report.charts import render_chart

    _, base, found = brazil
    for lang in ("en", "de"):
        chart = next(c for c in section_of(build_deal_report(base, lang, what_if=found)).charts)
        assert (chart.group_symbol, chart.decimal_symbol) == Translator(lang).symbols
        assert render_chart(chart).startswith(b"\x89PNG")


def test_the_break_even_reads_down_for_brazil(brazil) -> None:
    _, base, found = brazil
    pd_even, other = found.break_even
    assert found.direction == "down" and pd_even < base.risks.buyer_pd_1y
    line = section_of(build_deal_report(base, "en", what_if=found)).paragraphs[1]
    t = Translator("en")
    assert line.startswith(t("option_" + found.recommended) + " stays the best option while")
    assert "is above " in line and f"below it, {t('option_' + other)} takes over" in line
    shown, now = line.split("above ")[1].split(" (today ")
    assert shown != now.split(")")[0]   # enough decimals to tell the two apart
    assert shown.rstrip("%") == f"{100 * pd_even:.{len(shown.rstrip('%').split('.')[1])}f}"


def test_the_break_even_reads_up_and_none() -> None:
    t = Translator("en")
    deal = load_deal(POLAND)
    base, found = quoted(deal)
    assert found.direction == "up" and found.break_even[0] > base.risks.buyer_pd_1y
    line = section_of(build_deal_report(base, "en", what_if=found)).paragraphs[1]
    assert "is below " in line and f"above it, {t('option_' + found.break_even[1])} takes over" in line
    deal = load_deal(TURKEY)
    base, found = quoted(deal)
    assert found.break_even is None
    line = section_of(build_deal_report(base, "en", what_if=found)).paragraphs[1]
    assert line == (f"{t('option_' + found.recommended)} stays the best option for any one-year default "
                    f"probability of the buyer from 0.03% to 60% (today {t.percent(base.risks.buyer_pd_1y)}).")


def test_a_shift_where_no_price_keeps_the_margin_says_so_and_has_no_bar() -> None:
    base, found = quoted(deal_from_dict(ARGENTINA))
    none = [r for r in found.rows if r.min_price is None]
    assert found.min_price is not None and [(r.input, r.shift) for r in none] == [("payment_days", "+50%")]
    t = Translator("en")
    section = section_of(build_deal_report(base, "en", what_if=found))
    row = next(r for r in section.tables[0].rows if r[1].startswith("+50%"))
    assert row[3:] == (t("whatif_no_price"), "—")
    days = next(bars for name, bars in section.charts[0].points if name == t("whatif_input_payment_days"))
    assert [label for label, _ in days] == ["180 days"]
    text = pdf_text(render_pdf(build_deal_report(base, "en", what_if=found)))
    assert f"+50% (540 days) {t('option_' + none[0].recommended)} {t('whatif_no_price')} —" in text


def test_without_a_price_today_the_lead_says_so_and_there_is_no_chart() -> None:
    data = {**ARGENTINA, "deal": {**ARGENTINA["deal"], "currency": "USD"}}
    base, found = quoted(deal_from_dict(data))
    assert found.min_price is None and found.recommended is not None
    section = section_of(build_deal_report(base, "en", what_if=found))
    t = Translator("en")
    assert section.paragraphs[0] == t("whatif_lead_no_price", option=t("option_" + found.recommended))
    assert section.charts == () and all(r[4] == "—" for r in section.tables[0].rows)


@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGUAGES if lang != "en"])
def test_the_section_has_no_english_sentence(brazil, lang: str) -> None:
    _, base, found = brazil
    i18n.UNTRANSLATED.clear()
    text = pdf_text(render_pdf(build_deal_report(base, lang, what_if=found)))
    t = Translator(lang)
    start = text.index(t("whatif_title"))
    assert t("whatif_best_changes_note") in text[start:]
    assert english_sentences(text, lang) == []
    assert sorted(i18n.UNTRANSLATED) == []


def test_the_report_command_has_the_section_unless_told_not_to(tmp_path: Path, capsys) -> None:
    title = Translator("en")("whatif_title")
    with_it, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["report", str(BRAZIL), "-o", str(with_it)]) == 0
    assert main(["report", str(BRAZIL), "-o", str(without), "--no-what-if"]) == 0
    capsys.readouterr()
    pages = [flat(p.extract_text()) for p in PdfReader(str(with_it)).pages]
    assert any(p.startswith(title + " Each row re-quotes") for p in pages)
    text = pdf_text(without.read_bytes())
    assert Translator("en")("whatif_best_changes_note") not in text and "re-quotes the deal exactly" not in text
    assert len(PdfReader(str(without)).pages) < len(pages)


def test_the_report_api_reads_the_engines_what_if(brazil) -> None:
    """report_pdf computes the what-if once and shows its figures: the same as what_if of the same quote."""
    from exportrisk.report.api import Branding, report_pdf

    deal, _, _ = brazil
    base = price_deal(deal)
    found: WhatIfResult = what_if(deal, base)
    text = pdf_text(report_pdf(BRAZIL, "en", Branding()))
    t = Translator("en")
    for row in found.to_dict()["sensitivity"]:
        assert t.money(row["min_price"]) in text
    assert t("whatif_best_changes_note") not in pdf_text(report_pdf(BRAZIL, "en", Branding(), what_if=False))
