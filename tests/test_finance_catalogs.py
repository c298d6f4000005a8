"""Every finance message and input error has its words in all four languages, with the same placeholders."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import exportrisk
from exportrisk.finance.texts import PREFIX, TEMPLATES, finance_message, translate
from exportrisk.report.i18n import LANGUAGES, catalog

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SOURCES = Path(exportrisk.__file__).parent


def used_error_codes() -> set[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in [*SOURCES.glob("finance/*.py"), *SOURCES.glob("cover/*.py")])
    return set(re.findall(r'code="(finance_[a-z_0-9]+)"', text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_and_errors_in_every_language(lang: str) -> None:
    words = catalog(lang)
    for code, template in TEMPLATES.items():
        assert set(PLACEHOLDER.findall(words[PREFIX + code])) == set(PLACEHOLDER.findall(template)), (lang, code)
    assert [k for k in words if k.startswith(PREFIX) and k[len(PREFIX):] not in TEMPLATES] == []
    codes = used_error_codes()
    assert len(codes) > 15
    assert [c for c in codes if f"err_{c}" not in words] == []


def test_english_catalogue_repeats_the_templates_and_translations_differ() -> None:
    en = catalog("en")
    assert all(en[PREFIX + code] == template for code, template in TEMPLATES.items())
    message = finance_message("cirr_expired", currency="USD", valid_to_date=date(2023, 4, 14),
                              on_date=date(2026, 10, 30), rate_pct=0.0523)
    assert "ends on 2023-04-14" in message and "ends on April 14, 2023" in translate("en", message)
    italian = translate("it", message)
    assert "14 aprile 2023" in italian and "5,23%" in italian and italian != str(message)


def test_finance_keys_live_only_in_finance_json() -> None:
    folder = SOURCES.parent / "resources" / "i18n"
    for lang in LANGUAGES:
        others = " ".join(p.read_text(encoding="utf-8") for p in (folder / lang).glob("*.json")
                          if p.name != "finance.json")
        assert '"finance_' not in others and '"err_finance_' not in others
