"""Numbers in message arguments: years and plain floats written in each language's decimals, never raw."""

from __future__ import annotations

import re

import pytest

from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.messages import Message, as_dict, english, from_dict, template
from exportrisk.paths import resources_dir
from exportrisk.report.i18n import Translator

EXAMPLE = resources_dir() / "examples" / "italy_textiles_brazil.toml"
COMMA = ("it", "de", "pl")


def forfaiting_note(years: float) -> Message:
    return Message("forfaiting_estimate", rate_pct=0.024, category="4", term_years=years)


def test_years_read_with_one_decimal_in_the_language() -> None:
    note = forfaiting_note(2.8)
    assert "2.8" in str(note) and "2,8" not in str(note)
    for lang in COMMA:
        text = Translator(lang).message(note)
        assert "2,8" in text and "2.8" not in text, (lang, text)
    assert "over 3 years" in str(forfaiting_note(3.0)) and "3.0" not in str(forfaiting_note(3.0))  # 3, 2.8
    assert "0.3" in str(forfaiting_note(0.3287671232876712)) and "0.33" not in str(forfaiting_note(0.33))


@pytest.mark.parametrize(("value", "en", "it"), [
    (2.4567, "2.46", "2,46"), (2.5, "2.5", "2,5"), (3.0, "3", "3"), (0.0003, "0.0003", "0,0003"),
    (-0.001, "-0.001", "-0,001"), (-0.0, "0", "0"), (1234.5, "1,234.5", "1.234,5"),
])
def test_a_float_without_suffix_reads_in_the_locale_decimals(value: float, en: str, it: str) -> None:
    assert english("hor", value) == en
    assert Translator("en").arg("hor", value) == en  # the window's and report's English agree with the CLI's
    assert Translator("it").arg("hor", value) == it
    assert Translator("de").arg("hor", value) == it
    note = Message("state_rule", rule="mpr", hor=value)
    assert f" {en} " in str(note)
    assert f" {it} " in Translator("it").message(note)


def test_other_arguments_keep_their_form() -> None:
    t = Translator("it")
    assert t.arg("days", 360) == "360" and english("days", 360) == "360"  # an int without suffix as given
    assert t.arg("category", "4") == "4" and t.arg("hor", float("nan")) == "nan"
    assert english("rate_pct", 0.024) == "2.40%" and english("value_money", 1234.5) == "1,234.50"


def test_a_stored_message_with_the_old_argument_still_reads_in_every_language() -> None:
    stored = {"text": "Forfaiting margin 2.40% a year ... over 2.8 years", "code": "forfaiting_estimate",
              "args": {"rate_pct": 0.024, "category": "4", "years": "2.8"}}  # written before term_years
    revived = from_dict(stored)
    assert isinstance(revived, Message) and revived.args["term_years"] == 2.8
    assert "2,8" in Translator("it").message(revived)
    assert from_dict(as_dict(forfaiting_note(1.5))).args == forfaiting_note(1.5).args


def test_the_suffix_rules_are_documented_where_messages_are_declared() -> None:
    doc = Message.__doc__ or ""
    for suffix in ("_pct", "_date", "_money", "_count", "_years", "_option"):
        assert f"*{suffix}" in doc, suffix
    assert "float" in doc and "two significant digits" in doc


def test_a_quote_passes_its_tenor_as_a_number_and_the_catalogues_name_it_term_years() -> None:
    deal = load_deal(EXAMPLE)
    result = price_deal(deal, paths=2000, seed=3, today=deal.valuation_date, solve_min_price=False)
    notes = [n for o in result.options for n in o.notes if isinstance(n, Message) and n.code == "forfaiting_estimate"]
    assert notes and all(isinstance(n.args["term_years"], float) for n in notes)
    for lang in ("en", *COMMA):
        assert "{term_years}" in template(lang, "forfaiting_estimate") and "{years}" not in template(
            lang, "forfaiting_estimate")
    shown = Translator("de").message(notes[0])
    assert re.search(r"\d,\d Jahre", shown), shown


@pytest.mark.parametrize("value", [1e308, -2.5e20])
def test_a_huge_float_reads_in_scientific_notation_in_every_language(value: float) -> None:
    expected = f"{value:.4g}"
    assert english("hor", value) == expected
    for lang in ("en", *COMMA):
        assert Translator(lang).arg("hor", value) == expected
