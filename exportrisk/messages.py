"""Engine sentences by code: templates in resources/i18n/<lang>/messages.json (msg_<code>), English included."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

#: Arguments renamed since quotes were first stored: {code: {old name: new name}}, so a stored quote's message
#: still reads in every language (its old text argument, "2.8", revived as the number the new name expects).
RENAMED_ARGS = {"forfaiting_estimate": {"years": "term_years"}}


class Message(str):
    """A user-facing sentence: behaves as its English text, and keeps its code and arguments.

    Argument names say how a value is written, in English here and in each language by report.i18n.Translator:
    *_pct a share as percent (0.0125 -> 1.25 %), *_date a date, *_money an amount of money (two decimals),
    *_count a whole number (grouped), *_years a number of years to one decimal, a whole number without it
    (2.8, 10; "2,8" in Italian and German), *_option an option id (its name), *outlook and instrument a code
    (its words). Any other float is a number in the locale's decimals: at most two, trailing zeros dropped
    (2.5, 0.33, 3), a value below 0.01 kept to two significant digits (0.0003); anything else as given. Pass
    numbers, not English text, so that every language writes them its own way.
    """

    code: str
    args: dict[str, Any]

    def __new__(cls, code: str, **args: Any) -> Message:
        text = template("en", code).format(**{k: english(k, v) for k, v in args.items()})
        obj = super().__new__(cls, text)
        obj.code, obj.args = code, args
        return obj


def english(name: str, value: Any) -> str:
    """How an argument reads in English (the CLI's text and JSON), as report.i18n.Translator("en").arg writes it:
    *_option an option id as its name; *outlook, instrument and rule a code as words; parameter its label."""
    if name.endswith("_option"):
        from exportrisk.cover.registry import option_by_id

        return option_by_id(str(value)).name
    if name == "instrument":
        return _english_label(f"instrument_{value}").lower()
    if name == "country" and isinstance(value, str) and len(value) == 3 and value.isupper():
        from exportrisk.country.names import english_name

        return english_name(value, value)  # an ISO code reads as the country's name (Translator("en").country's)
    if name.endswith("outlook"):
        return _english_label(f"outlook_{value}")
    if name == "rule" and f"value_{value}" in _catalog("en"):
        return _english_label(f"value_{value}")  # a premium rule's code as its words, as the report writes it
    if name == "parameter" and isinstance(value, str):
        from exportrisk.report.i18n import Translator

        return Translator("en").parameter(value)  # its label and key, as the report writes it
    if isinstance(value, float) and name.endswith("_pct"):
        return f"{value:.2%}"
    if isinstance(value, int) and name.endswith("_count"):
        return f"{value:,}"
    if isinstance(value, int | float) and name.endswith("_money"):
        return f"{value:,.2f}"
    if isinstance(value, date) and name.endswith("_date"):
        return value.isoformat()
    if isinstance(value, float) and math.isfinite(value):
        return _english_number(value, 1) if name.endswith("_years") else \
            _english_number(value, plain_decimals(value))
    return str(value)


def plain_decimals(value: float, most: int = 2) -> int:
    """The decimals a float argument without a suffix keeps: `most`, or enough for two significant digits of a
    value below 10^-most (0.0003 is not written 0)."""
    size = abs(value)
    if size == 0 or size >= 10.0 ** -most:
        return most
    return min(-math.floor(math.log10(size)) + 1, 12)


#: Beyond this size a float argument is written in scientific notation (1e+308), in every language: grouped
#: digits would fill a line, and the locale formatter's decimal arithmetic cannot quantize it.
HUGE = 1e15


def huge(value: float) -> str | None:
    """A float at or beyond HUGE in scientific notation to four significant digits, else None."""
    return f"{value:.4g}" if abs(value) >= HUGE else None


def _english_number(value: float, decimals: int, fixed: bool = False) -> str:
    """1,234.5 (trailing zeros dropped unless `fixed`); a value that rounds to zero reads 0, never -0; a huge
    value in scientific notation."""
    if huge(value):
        return str(huge(value))
    if round(value, decimals) == 0:
        value = 0.0
    text = f"{value:,.{decimals}f}"
    return text if fixed or "." not in text else text.rstrip("0").rstrip(".")


def codes() -> tuple[str, ...]:
    """Every declared message code: the msg_ keys of the English catalogue."""
    return tuple(key[4:] for key in _catalog("en") if key.startswith("msg_"))


def template(lang: str, code: str) -> str:
    """The template of `code` in `lang` (KeyError for an undeclared code or a missing translation)."""
    return _catalog(lang)[f"msg_{code}"]


def english_label(key: str) -> str:
    """The English catalogue's text of `key` (KeyError when it is not declared)."""
    return _catalog("en")[key]


def _english_label(key: str) -> str:
    return _catalog("en").get(key, key)


def _catalog(lang: str) -> dict[str, str]:
    from exportrisk.report.i18n import catalog

    return catalog(lang)


def as_dict(text: str) -> dict[str, Any]:
    """A sentence for JSON: its English "text", and its "code" and "args" when it is a Message (else None)."""
    if not isinstance(text, Message):
        return {"text": str(text), "code": None, "args": None}
    return {"text": str(text), "code": text.code, "args": {k: _plain(v) for k, v in text.args.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Message):
        return as_dict(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def from_dict(data: dict[str, Any] | str | None) -> str:
    """The sentence `as_dict` wrote, back as a Message (dates and nested sentences revived), so a stored quote
    reads in any language; a plain text, or a code this version no longer declares, stays its English text."""
    if not isinstance(data, dict):
        return "" if data is None else str(data)
    if not data.get("code"):
        return str(data.get("text", ""))
    renamed = RENAMED_ARGS.get(data["code"], {})
    try:
        return Message(data["code"], **{renamed.get(k, k): _revive(renamed.get(k, k), v)
                                        for k, v in (data.get("args") or {}).items()})
    except (KeyError, ValueError, IndexError):
        return str(data.get("text", ""))


def _revive(name: str, value: Any) -> Any:
    if isinstance(value, dict) and "text" in value:
        return from_dict(value)
    if isinstance(value, str) and name.endswith("_date"):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, str) and name.endswith("_years"):  # written as text before the argument was renamed
        try:
            return float(value)
        except ValueError:
            return value
    return value


def message(code: str, **args: Any) -> Message:
    """The message `code` with its arguments (raises KeyError for an undeclared code)."""
    return Message(code, **args)


def __getattr__(name: str) -> Any:
    """TEMPLATES, for code written before the catalogues: the English templates by code, read from them."""
    if name == "TEMPLATES":
        return {code: template("en", code) for code in codes()}
    raise AttributeError(name)
