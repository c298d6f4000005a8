"""Finance messages: ordinary engine messages (msg_<code> rows of resources/i18n/<lang>/finance.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from exportrisk.messages import Message, message
from exportrisk.paths import resources_dir

#: Finance sentences are engine Messages; the name stays for the finance modules' type hints.
FinanceMessage = Message


@lru_cache(maxsize=1)
def codes() -> tuple[str, ...]:
    """The message codes the finance catalogue declares (its msg_ rows in English)."""
    data = json.loads((resources_dir() / "i18n" / "en" / "finance.json").read_text(encoding="utf-8"))
    return tuple(key[4:] for key in data if key.startswith("msg_"))


def finance_message(code: str, **args: Any) -> Message:
    """The finance message `code` with its arguments (KeyError for an undeclared code)."""
    if code not in codes():
        raise KeyError(code)
    return message(code, **args)


def translate(lang: str, text: str) -> str:
    """A finance message in `lang` (arguments formatted for that language), as every engine message."""
    from exportrisk.report.i18n import Translator

    return Translator(lang).message(text)
