"""Report languages: label catalogs in resources/i18n, babel formatting of numbers, dates and names."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from exportrisk.errors import DataFileError, InputError
from exportrisk.languages import language, report_languages
from exportrisk.messages import Message, huge, plain_decimals
from exportrisk.paths import resources_dir

if TYPE_CHECKING:  # babel and pycountry load slowly: imported where a number, date or name is formatted
    from babel import Locale

LANGUAGES = report_languages()

#: Texts a non-English reader had to show in English: (language, code or the plain text). Filled as reports
#: are written; tests/test_texts_fallback.py lists it, so a missing translation shows up instead of vanishing.
UNTRANSLATED: set[tuple[str, str]] = set()


@lru_cache(maxsize=8)
def catalog(lang: str) -> dict[str, str]:
    """The catalogue of `lang`: every resources/i18n/<lang>/*.json merged (a key declared twice is an error)."""
    if lang not in LANGUAGES:
        raise InputError(code="report_language", field="report.language", language=lang, choices=", ".join(LANGUAGES))
    words: dict[str, str] = {}
    for path in sorted((resources_dir() / "i18n" / lang).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataFileError(f"Cannot read the language file {path}: {exc}") from exc
        twice = sorted(k for k in data if k in words and not k.startswith("_"))
        if twice:
            raise DataFileError(f"The language file {path} declares {', '.join(twice)} a second time.")
        words.update((k, v) for k, v in data.items() if not k.startswith("_"))
    return words


@lru_cache(maxsize=16)
def _babel_locale(lang: str) -> Locale:
    from babel import Locale

    try:
        return Locale.parse(language(lang).qt_locale)
    except KeyError:  # a catalogue folder not (yet) declared in languages.csv: its code is the locale
        return Locale.parse(lang)


@dataclass(frozen=True)
class Translator:
    """Labels, messages and locale formatting for one report language."""

    lang: str

    @property
    def locale(self) -> Locale:
        """Babel's locale of this language, from the languages catalogue's locale (it_IT for "it")."""
        return _babel_locale(self.lang)

    def __call__(self, key: str, **args: Any) -> str:
        """The label `key`, with `{name}` arguments already formatted by the caller."""
        text = catalog(self.lang).get(key)
        if text is None:
            raise KeyError(f"label '{key}' is missing from resources/i18n/{self.lang}/")
        return text.format(**args) if args else text

    def has(self, key: str) -> bool:
        return key in catalog(self.lang)

    def message(self, text: str) -> str:
        """An engine Message in this language (arguments formatted here). A Message without a template in this
        language, or a plain string, falls back to its English text (recorded in UNTRANSLATED), never dropped."""
        if isinstance(text, Message) and self.has(f"msg_{text.code}"):
            return self(f"msg_{text.code}", **{k: self.arg(k, v) for k, v in text.args.items()})
        if self.lang != "en" and str(text):
            UNTRANSLATED.add((self.lang, text.code if isinstance(text, Message) else str(text)))
        return str(text)

    def arg(self, name: str, value: Any) -> str:
        """How argument `name` reads in this language: a nested Message translated, codes as words, numbers,
        percentages and dates in this locale (the suffix rules of exportrisk.messages.Message)."""
        if isinstance(value, Message):
            return self.message(value)
        if name == "country" and isinstance(value, str) and len(value) == 3 and value.isupper():
            return self.country(value, value)  # an ISO code reads as the country's name in this language
        if name == "rule" and self.has(f"value_{value}"):
            return self(f"value_{value}")
        if name.endswith("_option") and self.has(f"option_{value}"):
            return self(f"option_{value}")
        if name.endswith("outlook") and self.has(f"outlook_{value}"):
            return self(f"outlook_{value}")
        if name == "instrument" and self.has(f"instrument_{value}"):
            return self(f"instrument_{value}")
        if name == "parameter" and isinstance(value, str):
            return self.parameter(value)
        if isinstance(value, float) and name.endswith("_pct"):
            return self.percent(value)
        if isinstance(value, int) and name.endswith("_count"):
            return self.number(value, 0)
        if isinstance(value, int | float) and name.endswith("_money"):
            return self.number(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, float) and math.isfinite(value) and huge(value):
            return str(huge(value))
        if isinstance(value, float) and math.isfinite(value):  # *_years one decimal, any other float at most two
            decimals = 1 if name.endswith("_years") else plain_decimals(value)
            value = value if round(value, decimals) else 0.0  # a value that rounds to zero reads 0, never -0
            from babel.numbers import format_decimal

            return format_decimal(value, format="#,##0." + "#" * decimals, locale=self.lang)
        return str(value)

    def parameter(self, name: str) -> str:
        """A parameter "section.key" (or "section.key.entry") as its label and key: "PD floor (credit.pd_floor)"."""
        section, _, rest = name.partition(".")
        key = f"param_{section}_{rest.partition('.')[0]}"
        return f"{self(key)} ({name})" if self.has(key) else name

    def number(self, value: float, decimals: int = 2) -> str:
        """1,234.56 in English, 1.234,56 in Italian and German, 1 234,56 in Polish."""
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        from babel.numbers import format_decimal

        return format_decimal(value, format=pattern, locale=self.lang)

    def money(self, value: float | None, currency: str | None = None) -> str:
        if value is None:
            return "—"
        text = self.number(value)
        return f"{text} {currency}" if currency else text

    def percent(self, value: float | None, decimals: int = 2) -> str:
        if value is None:
            return "—"
        from babel.numbers import format_percent

        return format_percent(value, format="#,##0." + "0" * decimals + "%", locale=self.lang)

    def date(self, value: date) -> str:
        from babel.dates import format_date

        return format_date(value, format="long", locale=self.lang)

    def date_short(self, value: date) -> str:
        """A compact date for table cells: 30 Jan 2026, 30 gen 2026, 30 sty 2026, 30.01.2026."""
        from babel.dates import format_date

        return format_date(value, format="medium", locale=self.lang)

    @property
    def symbols(self) -> tuple[str, str]:
        """(thousands separator, decimal symbol) of this language."""
        numbers = self.locale.number_symbols.get("latn", self.locale.number_symbols)
        return numbers["group"], numbers["decimal"]

    def country(self, iso3: str, fallback: str) -> str:
        import pycountry

        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None and record.alpha_2 in self.locale.territories:
            return self.locale.territories[record.alpha_2]
        return fallback

    def currency_name(self, code: str) -> str:
        return self.locale.currencies.get(code, code)
