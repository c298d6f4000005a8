"""Italian, Polish and German reports of deals that trigger many warnings contain no English sentence, and no
text is dropped: what has no translation falls back to English and is listed here."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult
from exportrisk.messages import Message, message
from exportrisk.report import i18n
from exportrisk.report.i18n import Translator, catalog

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]
#: Common English function words; a sentence with two of them (as whole words) reads as English. Words that
#: are also words of the report's language are left out for it (Polish "to", "on").
FUNCTION_WORDS = frozenset({"the", "and", "of", "is", "are", "with", "for", "to", "your", "this", "not", "from",
                            "than", "be", "by", "or", "on", "at", "its", "which", "when", "has", "have", "been",
                            "will", "that", "these", "but", "into", "after", "before", "there", "should", "you"})
ALSO_NATIVE = {"it": frozenset(), "pl": frozenset({"to", "on"}), "de": frozenset()}
#: Arguments whose value is data still written in English only (the technical detail of a damaged file): the
#: message around it is checked, not the value. The sanctions measures are not among them: their words come from
#: resources/i18n/<lang>/sanctions.json.
ENGLISH_DATA_ARGS = frozenset({"problem"})

DEALS = {
    # stale PLN interest rate, category-7 buyer, correlation ignored, negative losses, no exporter country
    "pln_argentina": """
        valuation_date = "2026-10-30"
        [exporter]
        name = "Zakłady Łódź"
        home_currency = "PLN"
        [buyer]
        name = "Compañía Austral"
        country = "Argentina"
        category = "CC3"
        [deal]
        amount = 180000
        currency = "USD"
        instrument = "open_account"
        payment_days = 120
        target_margin = 0.12
        [market]
        fx_default_correlation = 0.3
    """,
    # a country the OECD does not classify, a documentary collection, premium tax not verified
    "tuvalu": """
        valuation_date = "2026-10-30"
        [exporter]
        name = "Tessitura"
        home_currency = "EUR"
        country = "ITA"
        [buyer]
        name = "Funafuti Traders"
        country = "Tuvalu"
        rating = "B"
        [deal]
        amount = 90000
        currency = "USD"
        instrument = "documentary_collection"
        payment_days = 90
        target_margin = 0.15
    """,
    # sanctions: blocked and restricted options, a public-financing ban, the screening reminder
    "russia": """
        valuation_date = "2026-10-30"
        [exporter]
        name = "Maschinenbau"
        home_currency = "EUR"
        [buyer]
        name = "Volga"
        country = "RUS"
        category = "CC1"
        [deal]
        amount = 70000
        currency = "USD"
        instrument = "open_account"
        payment_days = 60
        target_margin = 0.1
    """,
    # a sanctioned region: every option blocked, no recommendation
    "crimea": """
        valuation_date = "2026-10-30"
        [exporter]
        name = "Maschinenbau"
        home_currency = "EUR"
        country = "DEU"
        [buyer]
        name = "Krym Trade"
        country = "UKR"
        region = "UA-43"
        category = "CC2"
        [deal]
        amount = 50000
        currency = "EUR"
        instrument = "lc_unconfirmed"
        payment_days = 60
        target_margin = 0.1
    """,
    # a licence that lifts several measures (their list), US measures reaching an EU exporter, a public buyer
    "iran_licensed": """
        valuation_date = "2026-10-30"
        [exporter]
        name = "Farmaceutica"
        home_currency = "EUR"
        country = "ITA"
        [buyer]
        name = "Teheran Medical"
        country = "IRN"
        category = "SOV"
        public = true
        [deal]
        amount = 80000
        currency = "EUR"
        instrument = "open_account"
        payment_days = 90
        target_margin = 0.1
        [licence]
        reference = "H-7"
        covers = ["trade"]
    """,
}


def english_sentences(text: str, lang: str) -> list[str]:
    """Sentences of `text` with at least two English function words (whole words)."""
    words = FUNCTION_WORDS - ALSO_NATIVE[lang]
    out = []
    for sentence in re.split(r"(?<=[.;:!?])\s+", " ".join(text.split())):
        found = {w for w in re.findall(r"[A-Za-z]+", sentence) if w.lower() in words}
        if len(found) >= 2:
            out.append(sentence)
    return out


def priced(name: str, folder: str) -> QuoteResult:
    path = Path(folder) / f"{name}.toml"
    path.write_text("schema = 1\n" + "\n".join(line.strip() for line in DEALS[name].splitlines()), encoding="utf-8")
    return price_deal(load_deal(path), paths=2000, seed=11)


@pytest.fixture(scope="module")
def deals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, QuoteResult]:
    folder = str(tmp_path_factory.mktemp("deals"))
    return {name: priced(name, folder) for name in DEALS}


def engine_messages(result: QuoteResult) -> list[Message]:
    """Every sentence the engine handed the readers: warnings, compliance, notes, reasons, cost items."""
    texts: list[Any] = [*result.warnings, *result.compliance, *result.model_notes, result.recommendation,
                        result.outlook_note]
    for option in result.options:
        texts += [option.reason, *option.notes, *(label for label, _ in option.cost_items)]
    return [t for t in texts if t]


def test_the_deals_trigger_the_warnings_the_tests_rely_on(deals: dict[str, QuoteResult]) -> None:
    codes = {m.code for result in deals.values() for m in engine_messages(result) if isinstance(m, Message)}
    assert {"rate_stale", "nc_country", "sanction_block", "sanction_restricted", "private_category",
            "screening_reminder", "category_as_rating", "negative_loss", "licence_lifts"} <= codes


def test_the_engine_hands_readers_messages_not_plain_strings(deals: dict[str, QuoteResult]) -> None:
    plain = sorted({f"{name}: {text}" for name, result in deals.items() for text in engine_messages(result)
                    if not isinstance(text, Message)})
    assert plain == []


def _rendered(t: Translator, text: Message) -> str:
    """The message in t's language with English-only data arguments blanked (they are listed, not checked)."""
    args = {k: ("§" if k in ENGLISH_DATA_ARGS else v) for k, v in text.args.items()}
    return t.message(message(text.code, **args))


@pytest.mark.parametrize("lang", OTHERS)
def test_every_engine_message_of_the_deals_reads_in_the_language(deals: dict[str, QuoteResult], lang: str) -> None:
    t = Translator(lang)
    english = sorted({f"{name} {m.code}: {s}" for name, result in deals.items() for m in engine_messages(result)
                      if isinstance(m, Message) for s in english_sentences(_rendered(t, m), lang)})
    assert english == []


@pytest.mark.parametrize("lang", OTHERS)
def test_no_catalogue_text_of_the_engine_is_english(lang: str) -> None:
    """messages.json, options.json and params.json of `lang`: no English sentence in any template (sources and
    names of legal acts excepted: they are cited as published)."""
    words = catalog(lang)
    english = sorted(f"{key}: {s}" for key, text in words.items()
                     if key.startswith(("msg_", "err_", "option_", "short_", "covers_", "leaves_", "category_",
                                        "instrument_", "param_", "section_"))
                     for s in english_sentences(text, lang))
    assert english == []


@pytest.mark.parametrize("lang", OTHERS)
def test_the_report_pdf_has_no_english_sentence(deals: dict[str, QuoteResult], lang: str) -> None:
    """The whole PDF read back with pypdf, the sanctions measures included: no English sentence, and nothing that
    had to fall back to English."""
    from exportrisk.report.build_deal import build_deal_report
    from exportrisk.report.render import render_pdf

    i18n.UNTRANSLATED.clear()
    english = []
    for name, result in deals.items():
        pdf = render_pdf(build_deal_report(result, lang, "Anna Rossi", "Studio Rossi", None))
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
        english += [f"{name}: {s}" for s in english_sentences(text, lang)]
        english += [f"{name}: {m}" for m in measures(result)   # an English text other than the act it cites
                    if str(m) != m.args.get("act") and " ".join(str(m).split()) in text]
    assert english == []
    assert sorted(i18n.UNTRANSLATED) == []


def measures(result: QuoteResult) -> list[Message]:
    """The measures a quote names, a licence's list taken apart: nested catalogue messages, never English text."""
    out: list[Message] = []
    todo = [a for m in engine_messages(result) if isinstance(m, Message) for k, a in m.args.items()
            if k in ("measure", "measures")]
    while todo:
        item = todo.pop()
        if isinstance(item, Message) and item.code == "measure_list":
            todo += [item.args["first"], item.args["rest"]]
        else:
            out.append(item)
    return out


def test_every_measure_reaches_the_readers_as_a_catalogue_message(deals: dict[str, QuoteResult]) -> None:
    found = [m for result in deals.values() for m in measures(result)]
    assert len(found) > 5
    assert [str(m) for m in found if not (isinstance(m, Message) and m.code.startswith("measure_"))] == []
