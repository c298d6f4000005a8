"""Every finance message and input error has its words in all four languages, with the same placeholders."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import exportrisk
from exportrisk.finance.texts import codes as finance_codes
from exportrisk.finance.texts import finance_message, translate
from exportrisk.messages import codes as message_codes
from exportrisk.messages import template
from exportrisk.report.i18n import LANGUAGES, catalog

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SOURCES = Path(exportrisk.__file__).parent


def used_error_codes() -> set[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in [*SOURCES.glob("finance/*.py"), *SOURCES.glob("cover/*.py")])
    return set(re.findall(r'code="(finance_[a-z_0-9]+)"', text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_and_errors_in_every_language(lang: str) -> None:
    words = catalog(lang)
    assert len(finance_codes()) > 15 and set(finance_codes()) <= set(message_codes())
    for code in finance_codes():
        assert set(PLACEHOLDER.findall(words["msg_" + code])) == set(PLACEHOLDER.findall(template("en", code))), \
            (lang, code)
    assert not [k for k in words if k.startswith("finance_msg_")]
    codes = used_error_codes()
    assert len(codes) > 15
    assert [c for c in codes if f"err_{c}" not in words] == []


def test_finance_messages_are_engine_messages_and_translations_differ() -> None:
    en = catalog("en")
    assert all(en["msg_" + code] == template("en", code) for code in finance_codes())
    message = finance_message("cirr_expired", currency="USD", until_date=date(2023, 4, 14),
                              as_of_date=date(2026, 10, 30), rate_pct=0.0523)
    assert "ends on 2023-04-14" in message and "ends on April 14, 2023" in translate("en", message)
    italian = translate("it", message)
    assert "14 aprile 2023" in italian and "5,23%" in italian and italian != str(message)


def test_finance_keys_live_only_in_finance_json() -> None:
    folder = SOURCES.parent / "resources" / "i18n"
    for lang in LANGUAGES:
        others = " ".join(p.read_text(encoding="utf-8") for p in (folder / lang).glob("*.json")
                          if p.name != "finance.json")
        assert '"finance_' not in others and '"err_finance_' not in others
        assert not [f'"msg_{code}"' for code in finance_codes() if f'"msg_{code}"' in others]
