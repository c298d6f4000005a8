"""The languages catalogue and the structured input errors translated through it."""

from __future__ import annotations

import pytest

from exportrisk.errors import InputError
from exportrisk.languages import language, languages, report_languages, window_languages
from exportrisk.report.i18n import catalog


def test_every_declared_language_has_a_catalogue_folder_and_english_comes_first() -> None:
    assert languages()[0].code == "en"
    assert set(report_languages()) >= {"en", "it", "pl", "de"}
    assert set(window_languages()) <= set(report_languages())
    for lang in report_languages():
        assert catalog(lang), lang
    assert language("it").qt_locale == "it_IT"
    with pytest.raises(KeyError):
        language("xx")


def test_an_input_error_keeps_its_field_code_and_arguments_and_reads_in_each_language() -> None:
    with pytest.raises(InputError) as caught:
        catalog("xx")
    error = caught.value
    assert (error.field, error.code) == ("report.language", "report_language")
    assert "'xx'" in str(error) and "use one of" in str(error)
    assert "non è disponibile" in error.text("it")
    assert "nicht verfügbar" in error.text("de")
    assert error.text("xx") == str(error)  # no catalogue: English, never an empty string


def test_a_plain_input_error_reads_the_same_in_every_language() -> None:
    error = InputError("deal.amount must be positive")
    assert (error.code, error.field) == (None, None)
    assert error.text("it") == "deal.amount must be positive"
