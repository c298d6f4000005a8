"""The window's language: which one is shown, its number format, and the engine's catalogue texts in it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QLocale

from exportrisk.languages import language, window_languages

_current = {"lang": "en"}


def resolve(chosen: str) -> str:
    """The window language for the setting `chosen` ("system" follows the OS when it is offered, else English)."""
    offered = window_languages()
    if chosen in offered:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in offered else "en"


def set_current(lang: str) -> None:
    """Make `lang` the window's language: its engine texts and its number format (QLocale's default)."""
    _current["lang"] = lang
    QLocale.setDefault(QLocale(language(lang).qt_locale))


def current() -> str:
    return _current["lang"]


def words(lang: str | None = None) -> Any:
    """The engine catalogues' Translator for `lang` (the window's language by default)."""
    return _translator(lang or current())


@lru_cache(maxsize=16)
def _translator(lang: str) -> Any:
    from exportrisk.report.i18n import Translator

    return Translator(lang)


def fold(text: str) -> str:
    """Lower case without accents, for searching and sorting: "Türkiye" -> "turkiye"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def text(key: str, **args: Any) -> str:
    """A catalogue text in the window's language, English when that language lacks it."""
    t = words()
    return t(key, **args) if t.has(key) else words("en")(key, **args)


def option_name(option_id: str) -> str:
    return text(f"option_{option_id}")


def instrument_name(instrument: str) -> str:
    name = text(f"instrument_{instrument}")
    return name[:1].upper() + name[1:]


def level_name(level: str) -> str:
    return text(f"level_{level}")


def message(msg: Any) -> str:
    """An engine Message (or plain text) in the window's language; English rather than nothing."""
    return words().message(msg) or str(msg)


def error_text(error: Exception) -> str:
    """An InputError in the window's language (its text(lang)); other errors as they read."""
    render = getattr(error, "text", None)
    return render(current()) if callable(render) else str(error)


def _symbols() -> tuple[str, str]:
    """(group separator, decimal sign) of the window's language, as the report writes them."""
    return words().symbols


def number(value: float | None, decimals: int = 2) -> str:
    """1,234.56 / 1.234,56 / 1 234,56, exactly as the report writes it (always grouped: never 1270,51 beside
    12.035,08)."""
    return "—" if value is None else words().number(float(value), decimals)


def money(value: float | None, currency: str = "") -> str:
    return "—" if value is None else f"{number(value)} {currency}".strip()


def percent(fraction: float | None, decimals: int = 2) -> str:
    """A fraction as a percentage, the same text as the report's (so the screen and the PDF agree)."""
    return "—" if fraction is None else words().percent(float(fraction), decimals)


def plain(value: float, decimals: int = 2) -> str:
    """A number as a user types it in this language, without grouping: 250000,5 in Italian."""
    _, point = _symbols()
    body = f"{abs(value):.{decimals}f}"
    if "." in body:
        body = body.rstrip("0").rstrip(".")
    return ("-" if value < 0 else "") + body.replace(".", point)


# ---------------------------------------------------------------------------------------------- typed numbers
SPACES = re.compile(r"[\s\u00a0\u202f'’]")
MULTIPLIERS = {"k": 1e3, "m": 1e6}


@dataclass(frozen=True)
class Parsed:
    """What a typed amount means: `value` when it is clear, `choices` when it must be asked, `error` when bad."""

    value: float | None = None
    choices: tuple[float, ...] = ()
    error: str | None = None  # "letters", "empty", "format"


def _reading(body: str, point: str, group: str) -> float | None:
    """`body` read with decimal sign `point` and group separator `group` (groups of three), or None."""
    if body.count(point) > 1:
        return None
    whole, _, fraction = body.partition(point)
    if group in fraction or not fraction.isdigit() and fraction:
        return None
    parts = whole.split(group)
    if len(parts) > 1 and (not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    digits = "".join(parts)
    if not digits.isdigit() and not (digits == "" and fraction):
        return None
    return float(f"{digits or '0'}.{fraction or '0'}")


def parse_amount(typed: str) -> Parsed:
    """Read an amount as people type it in the window's locale; never guess between two readings.

    Spaces and apostrophes group digits everywhere; "250k" and "1.5m" are thousands and millions. The locale's
    own reading is taken when no other reading (English 1,234.5 or continental 1.234,5) gives another value;
    otherwise every distinct reading is offered ("250,000" in Italian is 250 or 250,000; "250,000.50" in Italian
    only has the English reading, which is asked, not taken).
    """
    body = SPACES.sub("", typed).lower()
    if not body:
        return Parsed(error="empty")
    scale = 1.0
    if body[-1] in MULTIPLIERS:
        body, scale = body[:-1], MULTIPLIERS[body[-1]]
    if not body or re.search(r"[^0-9.,]", body):
        return Parsed(error="letters")
    group, point = _symbols()
    own = _reading(body, point, "." if point == "," else ",") if point in ".," else None
    if point == "," and "." in body and group != ".":
        own = None  # a language that groups with spaces (Polish) never reads a dot
    others = {v for v in (_reading(body, ".", ","), _reading(body, ",", ".")) if v is not None}
    if own is not None and others <= {own}:
        return Parsed(value=own * scale)
    choices = tuple(sorted({*others, *([own] if own is not None else [])}))
    if not choices:
        return Parsed(error="format")
    return Parsed(choices=tuple(c * scale for c in choices))
