"""Every code the engine declares (messages, errors, options, parameters, categories, instruments) has its words in
every catalogue, with the same placeholders; each test lists what is missing."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from exportrisk.country.categories import ALL_CATEGORIES
from exportrisk.cover.base import Component
from exportrisk.cover.group_policy import GroupPolicy
from exportrisk.cover.registry import OPTIONS
from exportrisk.deal.model import Instrument
from exportrisk.languages import languages, report_languages
from exportrisk.messages import codes
from exportrisk.parameters import load_parameters
from exportrisk.report.i18n import LANGUAGES, catalog

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
ROOT = Path(__file__).resolve().parents[1]
OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def _components() -> list[Component]:
    found = {c.id: c for option in OPTIONS for c in option.components}
    found[GroupPolicy.id] = GroupPolicy.__new__(GroupPolicy)
    return list(found.values())


def _error_codes() -> dict[str, str]:
    """Every InputError(code="...") in exportrisk/, with the file it is raised in."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "exportrisk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "InputError", "DataCoverageError"):
                for kw in node.keywords:
                    if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                        found.setdefault(kw.value.value, str(path.relative_to(ROOT)))
    return found


def test_the_english_catalogue_declares_messages() -> None:
    assert len(codes()) > 80 and "fx_stale" in codes()


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_code_has_a_text_with_the_same_arguments(lang: str) -> None:
    en, words = catalog("en"), catalog(lang)
    assert [code for code in codes() if f"msg_{code}" not in words] == []
    differ = [code for code in codes()
              if set(PLACEHOLDER.findall(words[f"msg_{code}"])) != set(PLACEHOLDER.findall(en[f"msg_{code}"]))]
    assert differ == []
    assert [k for k in words if k.startswith("msg_") and k not in en] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_input_error_code_has_a_template_with_its_arguments(lang: str) -> None:
    words, en = catalog(lang), catalog("en")
    found = _error_codes()
    assert len(found) > 50
    assert [f"err_{code} ({where})" for code, where in found.items() if f"err_{code}" not in words] == []
    differ = [code for code in found if f"err_{code}" in words and f"err_{code}" in en
              and set(PLACEHOLDER.findall(words[f"err_{code}"])) != set(PLACEHOLDER.findall(en[f"err_{code}"]))]
    assert differ == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_option_and_component_has_its_words(lang: str) -> None:
    words = catalog(lang)
    missing = [f"{kind}_{o.id}" for o in OPTIONS for kind in ("option", "short") if f"{kind}_{o.id}" not in words]
    missing += [f"{kind}_{c.id}" for c in _components() for kind in ("option", "covers", "leaves")
                if f"{kind}_{c.id}" not in words]
    missing += [key for key in ("covers_nothing", "leaves_everything") if key not in words]
    assert missing == []


def test_an_options_words_come_from_the_catalogue_only() -> None:
    """The JSON output (OptionResult.covers), the CLI and the report read one text: CoverOption.covers(lang)."""
    for option in OPTIONS:
        assert option.name == catalog("en")[f"option_{option.id}"]
        for lang in LANGUAGES:
            assert option.label(lang) == catalog(lang)[f"option_{option.id}"]
            expected = "; ".join(catalog(lang)[f"covers_{c.id}"] for c in option.components)
            assert option.covers(lang) == (expected or catalog(lang)["covers_nothing"])
    for cls in {type(c) for c in _components()}:
        assert not any(name in vars(cls) for name in ("name", "covers", "leaves")), cls


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_category_instrument_and_code_word_has_a_text(lang: str) -> None:
    words = catalog(lang)
    missing = [f"category_{c}" for c in ALL_CATEGORIES if f"category_{c}" not in words]
    missing += [f"instrument_{i.value}" for i in Instrument if f"instrument_{i.value}" not in words]
    missing += [f"outlook_{o}" for o in ("forward", "spot") if f"outlook_{o}" not in words]
    missing += [f"level_{x}" for x in ("low", "medium", "high") if f"level_{x}" not in words]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_parameter_and_section_has_a_label(lang: str) -> None:
    words = catalog(lang)
    params = load_parameters()
    missing = [f"param_{s}_{k}" for s, values in params.values.items() for k in values if f"param_{s}_{k}" not in words]
    missing += [f"{kind}_{s}" for s in params.values for kind in ("section", "source") if f"{kind}_{s}" not in words]
    assert missing == []


@pytest.mark.parametrize("lang", OTHERS)
def test_no_catalogue_declares_a_key_english_does_not(lang: str) -> None:
    assert sorted(set(catalog(lang)) - set(catalog("en"))) == []
    assert sorted(set(catalog("en")) - set(catalog(lang))) == []


def test_every_report_language_has_a_catalogue_folder_with_the_same_files() -> None:
    english = sorted(p.name for p in (ROOT / "resources" / "i18n" / "en").glob("*.json"))
    assert [lang.code for lang in languages()][0] == "en"
    for code in report_languages():
        assert sorted(p.name for p in (ROOT / "resources" / "i18n" / code).glob("*.json")) == english, code


def test_no_language_list_is_spelled_out_in_the_engine() -> None:
    """exportrisk/ reads its languages from the languages catalogue (exportrisk.languages), never a literal."""
    literal = re.compile(r"""\(\s*["']en["']\s*,\s*["']it["']""")
    found = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((ROOT / "exportrisk").rglob("*.py"))
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if literal.search(line)]
    assert found == []
