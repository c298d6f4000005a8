"""English country names and ISO alpha-2 codes by alpha-3 code, from a table written from babel and pycountry."""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from pathlib import Path

from exportrisk.paths import installed_version, resources_dir

#: The table under resources/: iso3, alpha2 (pycountry's ISO 3166 codes) and en, the English name babel gives
#: the territory (CLDR, the English language's locale of resources/i18n/languages.csv), for every country
#: pycountry lists. Reading it costs a millisecond; babel's English locale data and pycountry's database take
#: about a tenth of a second to load, and an English quote needs only these names.
NAMES_TABLE = "i18n/country_names_en.csv"
#: The packages the table is written from: it is used only while the installed versions are these (another
#: version may name a country differently), else the names come from the packages themselves.
SOURCES = ("babel", "pycountry")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]] | None:
    return read_table(resources_dir() / NAMES_TABLE)


def read_table(path: Path) -> dict[str, tuple[str, str]] | None:
    """iso3 -> (alpha2, English name) from the table at `path`, or None when it cannot be read or was written
    from other versions of babel and pycountry than the installed ones."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    stamp = next((line for line in lines if line.startswith("# versions:")), "")
    if stamp.partition(":")[2].strip() != installed_versions():
        return None
    rows = list(csv.reader(io.StringIO("\n".join(line for line in lines if not line.startswith("#")), newline="")))
    if not rows or rows[0] != ["iso3", "alpha2", "en"] or any(len(row) != 3 for row in rows):
        return None
    return {iso3: (alpha2, name) for iso3, alpha2, name in rows[1:]}


def installed_versions() -> str | None:
    """ "babel 2.19.0, pycountry 26.2.16": the installed versions of SOURCES, None when one cannot be told."""
    found = [(name, installed_version(name)) for name in SOURCES]
    return None if any(version is None for _, version in found) else ", ".join(f"{n} {v}" for n, v in found)


def alpha_2(iso3: str) -> str | None:
    """The ISO 3166 alpha-2 code of alpha-3 code `iso3` (upper case), None for a code pycountry does not know."""
    table = _table()
    if table is not None:
        found = table.get(iso3)
        return found[0] if found else None
    import pycountry

    record = pycountry.countries.get(alpha_3=iso3)
    return None if record is None else record.alpha_2


def english_name(iso3: str, fallback: str) -> str:
    """The English name of country `iso3` (upper case), as report.i18n.Translator("en").country gives it:
    babel's name of its alpha-2 territory, or `fallback` for a code pycountry or babel does not know."""
    table = _table()
    if table is None:
        from exportrisk.report.i18n import Translator

        return Translator("en").country(iso3, fallback)
    found = table.get(iso3)
    return found[1] if found and found[1] else fallback


def table_text() -> str:
    """The table NAMES_TABLE as the installed babel and pycountry give it (tests compare the shipped file;
    `python -m exportrisk.country.names` writes it after either package is upgraded)."""
    import pycountry

    from exportrisk.report.i18n import Translator

    english = Translator("en")
    out = io.StringIO(newline="")
    out.write("# ExportRisk table: English country names by ISO 3166 alpha-3 code, for the command line's text\n"
              "# source: written by `python -m exportrisk.country.names` from pycountry's codes and babel's (CLDR) "
              "English territory names; read only while the installed versions are those below\n"
              f"# versions: {installed_versions()}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iso3", "alpha2", "en"])
    for record in sorted(pycountry.countries, key=lambda r: r.alpha_3):
        writer.writerow([record.alpha_3, record.alpha_2, english.country(record.alpha_3, "")])
    return out.getvalue()


if __name__ == "__main__":
    (resources_dir() / NAMES_TABLE).write_text(table_text(), encoding="utf-8", newline="")
