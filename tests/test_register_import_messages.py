"""The data-import and register messages: the same keys and placeholders in every language, each code used."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from exportrisk.errors import InputError
from exportrisk.report.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def words(lang: str) -> dict[str, str]:
    data = json.loads((ROOT / "resources" / "i18n" / lang / "data.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_data_message_with_the_same_placeholders(lang: str) -> None:
    english, mine = words("en"), words(lang)
    assert set(mine) == set(english)
    for key, text in english.items():
        assert set(PLACEHOLDER.findall(mine[key])) == set(PLACEHOLDER.findall(text)), (lang, key)
        assert mine[key].strip() and (lang == "en" or mine[key] != text), (lang, key)


def test_every_data_message_is_raised_somewhere_and_renders_in_every_language() -> None:
    sources = "".join(p.read_text(encoding="utf-8") for p in [
        ROOT / "exportrisk" / "register" / "imports.py", ROOT / "exportrisk" / "register" / "oecd_pdf.py",
        ROOT / "exportrisk" / "commands" / "data.py",
        ROOT / "exportrisk" / "commands" / "history.py"])
    for key, text in words("en").items():
        code = key.removeprefix("err_")
        assert f'"{code}"' in sources, code
        error = InputError(code=code, field="import.file", **{name: "x" for name in PLACEHOLDER.findall(text)})
        assert all(error.text(lang) and "{" not in error.text(lang) for lang in LANGUAGES)
