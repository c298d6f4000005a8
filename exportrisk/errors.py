"""Exceptions the user can act on: each message says what to change."""

from __future__ import annotations

from typing import Any


class ExportRiskError(Exception):
    """Base class for errors shown to the user as one line (CLI exit code 2)."""


class InputError(ExportRiskError):
    """A value the user gave is invalid: what to change, in words every reader can translate.

    `field` is the deal-file path of the value ("deal.amount", "buyer.country"), so a form can show the message
    beside that field; `code` names the template "err_<code>" of the catalogues resources/i18n/<lang>/*.json and
    `params` its arguments (formatted by their name's suffix, as engine messages are). str() is the English text.
    A plain `text` without a code is still accepted for messages not yet in the catalogues.
    """

    def __init__(self, text: str = "", *, code: str | None = None, field: str | None = None, **params: Any) -> None:
        self.code, self.field, self.params = code, field, params
        super().__init__(text if code is None else render_error("en", code, params))

    def text(self, lang: str = "en") -> str:
        """The message in `lang`; English when it has no code or `lang` no catalogue."""
        if self.code is None:
            return str(self)
        try:
            return render_error(lang, self.code, self.params)
        except (KeyError, ExportRiskError):
            return str(self)

    def located(self, where: str) -> InputError:
        """This error, its one-line English str() led by `where` (a file, a table row); field, code and arguments
        are unchanged and text(lang) stays the message alone, for a form that shows it beside the field."""
        self.args = (f"{where}: {self}",)
        return self


def field_error(field: str, code: str, **params: Any) -> InputError:
    """InputError(code=code, field=field, **params) whose English str() starts with the field's deal-file path
    ("deal.amount: Type an amount above zero…"), so a one-line CLI message says which value to change; the
    translated text(lang) has no path. An empty field is the whole file (no path in front)."""
    error = InputError(code=code, field=field, **params)
    return error.located(field) if field else error


def render_error(lang: str, code: str, params: dict[str, Any]) -> str:
    """The template err_<code> of `lang` with `params` formatted for that language."""
    from exportrisk.report.i18n import Translator

    words = Translator(lang)
    return words(f"err_{code}", **{name: words.arg(name, value) for name, value in params.items()})


class DataCoverageError(InputError):
    """The data does not cover the asked currency or date; the message names the covered range."""


class DataFileError(ExportRiskError):
    """A data file is missing or corrupt; the message names the file. The file is left untouched."""


class FetchError(ExportRiskError):
    """A network fetch failed, timed out or returned nothing usable; stored data is unchanged."""
