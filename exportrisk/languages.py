"""The languages catalogue: which languages exist, their names, window locales, and where each is available."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from exportrisk.errors import DataFileError
from exportrisk.paths import resources_dir


@dataclass(frozen=True)
class Language:
    """One language: its catalogue folder `code`, its own name, the window's Qt locale, where it is offered."""

    code: str
    name: str
    qt_locale: str
    report: bool
    window: bool


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """Every language of resources/i18n/languages.csv, in its order (English first)."""
    path = resources_dir() / "i18n" / "languages.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
        return tuple(Language(r["code"], r["name"], r["qt_locale"], r["report"] == "1", r["window"] == "1")
                     for r in rows)
    except (OSError, KeyError, csv.Error) as exc:
        raise DataFileError(f"Cannot read the languages catalogue {path}: {exc}") from exc


def report_languages() -> tuple[str, ...]:
    """Codes of the languages a report can be written in."""
    return tuple(lang.code for lang in languages() if lang.report)


def window_languages() -> tuple[str, ...]:
    """Codes of the languages the window can be shown in."""
    return tuple(lang.code for lang in languages() if lang.window)


def language(code: str) -> Language:
    """The catalogue entry of `code` (KeyError when it is not declared)."""
    for lang in languages():
        if lang.code == code:
            return lang
    raise KeyError(code)
