"""Engine sentences by code: templates in resources/i18n/<lang>/messages.json (msg_<code>), English included."""

from __future__ import annotations

from datetime import date
from typing import Any


class Message(str):
    """A user-facing sentence: behaves as its English text, and keeps its code and arguments.

    Argument names say how a value is written: *_pct percent, *_date a date, *_money an amount of money,
    *_count a whole number, *_option an option id (its name), *outlook and instrument a code (its words),
    anything else as given.
    """

    code: str
    args: dict[str, Any]

    def __new__(cls, code: str, **args: Any) -> Message:
        text = template("en", code).format(**{k: english(k, v) for k, v in args.items()})
        obj = super().__new__(cls, text)
        obj.code, obj.args = code, args
        return obj


def english(name: str, value: Any) -> str:
    """How an argument reads in English (the CLI's text and JSON): *_option an option id as its name,
    *outlook and instrument a code as words."""
    if name.endswith("_option"):
        from exportrisk.cover.registry import option_by_id

        return option_by_id(str(value)).name
    if name == "instrument":
        return _english_label(f"instrument_{value}").lower()
    if name == "country" and isinstance(value, str) and len(value) == 3 and value.isupper():
        from exportrisk.report.i18n import Translator

        return Translator("en").country(value, value)  # an ISO code reads as the country's name
    if name.endswith("outlook"):
        return _english_label(f"outlook_{value}")
    if isinstance(value, float) and name.endswith("_pct"):
        return f"{value:.2%}"
    if isinstance(value, int) and name.endswith("_count"):
        return f"{value:,}"
    if isinstance(value, int | float) and name.endswith("_money"):
        return f"{value:,.2f}"
    if isinstance(value, date) and name.endswith("_date"):
        return value.isoformat()
    return str(value)


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
    try:
        return Message(data["code"], **{k: _revive(k, v) for k, v in (data.get("args") or {}).items()})
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
    return value


def message(code: str, **args: Any) -> Message:
    """The message `code` with its arguments (raises KeyError for an undeclared code)."""
    return Message(code, **args)


def __getattr__(name: str) -> Any:
    """TEMPLATES, for code written before the catalogues: the English templates by code, read from them."""
    if name == "TEMPLATES":
        return {code: template("en", code) for code in codes()}
    raise AttributeError(name)
