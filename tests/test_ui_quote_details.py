"""A stored quote in the Quotes tab reads in the window's language: words, option names, numbers and notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from exportrisk.deal.io import load_deal  # noqa: E402
from exportrisk.engine.quote import price_deal  # noqa: E402
from exportrisk.messages import Message, as_dict, from_dict, message  # noqa: E402
from tests.test_texts_report import english_sentences  # noqa: E402
from ui import i18n  # noqa: E402
from ui.quote_details import change_label, change_value, details_text  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "italy_wine_barbados.toml"


@pytest.fixture(scope="module")
def stored() -> dict:
    """A real quote's result as the register stores it: its to_dict() through JSON."""
    return json.loads(json.dumps(price_deal(load_deal(EXAMPLE)).to_dict()))


@pytest.fixture
def window_language(request: pytest.FixtureRequest):
    yield i18n.set_current
    i18n.set_current("en")


def test_a_stored_sentence_is_revived_with_its_arguments() -> None:
    original = message("nc_country", country="BRB", category="7")
    again = from_dict(json.loads(json.dumps(as_dict(original))))
    assert isinstance(again, Message) and again.code == "nc_country" and str(again) == str(original)
    assert from_dict({"text": "old words", "code": "no_such_code_any_more", "args": {}}) == "old words"


@pytest.mark.parametrize("lang", ["it", "pl", "de"])
def test_the_details_are_in_the_window_language(stored: dict, window_language, lang: str) -> None:
    english = details_text(stored)
    window_language(lang)
    text = details_text(stored)
    assert text != english and english_sentences(text, lang) == [], english_sentences(text, lang)
    assert i18n.option_name(stored["recommended"]) in text and i18n.text("valuation_date") in text
    assert i18n.number(stored["options"][0]["cost"] or 0.0) in text or stored["options"][0]["cost"] is None


def test_english_details_name_every_ranked_option_with_its_figures(stored: dict) -> None:
    text = details_text(stored)
    for option_id in stored["ranking"]:
        option = next(o for o in stored["options"] if o["id"] == option_id)
        row = next(line for line in text.splitlines() if i18n.option_name(option_id) in line and "." in line[:3])
        assert i18n.number(option["risk_adjusted_cost"]) in row
    assert "Why it is not available" in text and english_sentences(text, "it")  # the check would catch English


def test_what_changed_reads_as_words(window_language) -> None:
    window_language("it")
    assert change_label("spot", ["fx_forward"]) == "Cambio a pronti"
    ids = ["state_cover", "state_cover_put"]  # the longer id wins: "state_cover_put es_99" is not state cover's
    assert change_label("state_cover_put es_99", ids) == f"{i18n.option_name('state_cover_put')}: ES 99 %"
    assert change_label("state_cover min_price", ids) == f"{i18n.option_name('state_cover')}: prezzo minimo"
    assert change_label("interest rate home", []) == "Tasso d'interesse della valuta nazionale"
    assert change_value(True) == "sì" and change_value(1234.5) == "1.234,50"
