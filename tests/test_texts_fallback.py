"""A text without a translation falls back to English and is recorded, never dropped; pool notes translate."""

from __future__ import annotations

from datetime import date

import pytest

from exportrisk.errors import InputError
from exportrisk.messages import as_dict, message
from exportrisk.paths import resources_dir
from exportrisk.report import i18n
from exportrisk.report.i18n import Translator

OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]


@pytest.mark.parametrize("lang", OTHERS)
def test_a_plain_string_falls_back_to_english_and_is_recorded(lang: str) -> None:
    i18n.UNTRANSLATED.discard((lang, "A sentence nobody translated."))
    assert Translator(lang).message("A sentence nobody translated.") == "A sentence nobody translated."
    assert (lang, "A sentence nobody translated.") in i18n.UNTRANSLATED
    assert Translator(lang).message("") == ""


def test_nested_messages_translate_with_their_parent() -> None:
    note = message("not_under_policy", where="members[1].receivables[0]", reason=message("not_under_policy_terms"))
    texts = {lang: Translator(lang).message(note) for lang in i18n.LANGUAGES}
    assert texts["en"] == str(note) and "outside the policy" in texts["en"]
    assert len(set(texts.values())) == len(texts) and all("members[1].receivables[0]" in t for t in texts.values())
    assert as_dict(note)["args"]["reason"]["code"] == "not_under_policy_terms"


def test_the_not_netted_note_translates() -> None:
    note = message("not_netted_home_currency", where="row 4")
    texts = {lang: Translator(lang).message(note) for lang in i18n.LANGUAGES}
    assert len(set(texts.values())) == len(texts) and all(t.startswith("row 4: ") for t in texts.values())


def test_a_message_is_its_english_text_with_code_and_arguments() -> None:
    stale = message("rate_stale", currency="PLN", rate_date=date(2026, 1, 2), days=301)
    assert isinstance(stale, str) and "2026-01-02" in stale and "PLN" in stale
    assert as_dict(stale) == {"text": str(stale), "code": "rate_stale",
                              "args": {"currency": "PLN", "rate_date": "2026-01-02", "days": 301}}
    assert "2 stycznia 2026" in Translator("pl").message(stale)


def test_an_engine_error_names_its_field_apart_from_its_words() -> None:
    from exportrisk.country.classification import load_countries

    with pytest.raises(InputError) as info:
        load_countries().resolve("Atlantis", "bank.country")
    error = info.value
    assert error.field == "bank.country" and error.code == "country_unknown"
    texts = {lang: error.text(lang) for lang in i18n.LANGUAGES}
    assert texts["en"] == str(error) and len(set(texts.values())) == len(texts)
    assert all("Atlantis" in t and "bank.country" not in t for t in texts.values())


def test_a_pool_report_in_italian_drops_nothing() -> None:
    from exportrisk.report.api import Branding, report_pdf

    i18n.UNTRANSLATED.clear()
    pdf = report_pdf(resources_dir() / "examples" / "pools" / "brianza_furniture.toml", "it", Branding(),
                     paths=1000, seed=3)
    assert pdf.startswith(b"%PDF")
    assert sorted(i18n.UNTRANSLATED) == []
