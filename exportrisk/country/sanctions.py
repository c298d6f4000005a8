"""Sanctioned and off-cover markets: which measures reach a deal, at what level, and what a licence lifts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from exportrisk import safe_read
from exportrisk.country.classification import Country, load_countries
from exportrisk.errors import DataFileError
from exportrisk.messages import Message, message
from exportrisk.tables import (
    MAX_TABLE_BYTES,
    DataTable,
    TableMeta,
    cache_key,
    installed_path,
    load_table,
    parse_table,
    user_path,
    with_fallback,
)

TABLE = "country/restricted_markets.csv"
CURRENCY_TABLE = "country/currency_jurisdiction.csv"
#: Schema 2: each row's measure_id keys its words in resources/i18n/<lang>/sanctions.json; act is the legal act
#: as cited, shown untranslated where those words say {act}.
COLUMNS = ["market", "jurisdiction", "level", "scope", "applies_to", "us_nexus", "measure_id", "act", "measure",
           "measure_date", "note"]
#: Schema 1 (no measure_id, no act): a copy made before still loads, its English texts shown as written.
COLUMNS_V1 = [c for c in COLUMNS if c not in ("measure_id", "act")]
MEASURE_ID = re.compile(r"[a-z][a-z0-9_]*")
#: Strongest first for the deal as a whole. OFF_COVER only ever reaches state cover.
LEVELS = ("BLOCK", "RESTRICTED", "OFF_COVER")
#: For one option, what decides: a block or an off-cover policy removes it, a restriction only warns.
DECIDING = ("BLOCK", "OFF_COVER", "RESTRICTED")
SCOPES = ("trade", "state_cover", "private_insurance", "bank", "dual_use")
#: Measures that reach every exporter whatever its jurisdiction.
UNIVERSAL = ("UN", "ECA")


@dataclass(frozen=True)
class Measure:
    """One row of the restricted-markets table. `text` and `note` are Messages (msg_measure_<id>,
    msg_measure_note_<id>) when the catalogues carry the row's words, else the table's English text as written."""

    market: str
    jurisdiction: str
    level: str
    scope: str
    public_only: bool
    us_nexus: bool
    text: str
    dated: date
    note: str
    id: str = ""
    act: str = ""


@dataclass(frozen=True)
class Restriction:
    """A measure that reaches this deal, the level it has for this exporter, and whether a licence lifts it."""

    measure: Measure
    level: str
    lifted: bool

    def reason(self) -> Message:
        m = self.measure
        code = {"BLOCK": "sanction_block", "RESTRICTED": "sanction_restricted", "OFF_COVER": "sanction_off_cover"}
        return message(code[self.level], measure=m.text, jurisdiction=m.jurisdiction, measure_date=m.dated)


@dataclass(frozen=True)
class Compliance:
    """Every measure that reaches the deal, whose rules were applied, and the licence that lifts some."""

    regimes: tuple[str, ...]
    exporter_country: str | None
    assumed: Message | None
    restrictions: tuple[Restriction, ...]
    licence: str | None = None
    licence_covers: tuple[str, ...] = ()

    def binding(self, scopes: tuple[str, ...]) -> Restriction | None:
        """The deciding unlifted restriction over `scopes` (trade always counts), or None: a BLOCK, else an
        OFF_COVER (both remove the option), else a RESTRICTED (the option stays, with a warning)."""
        # dual_use rows are kept only for dual-use goods (assess), and then reach the whole deal like trade
        hits = [r for r in self.restrictions if self._binds(r, scopes) and r.measure.scope in
                ("trade", "dual_use", *scopes)]
        return min(hits, key=lambda r: DECIDING.index(r.level), default=None)

    def _binds(self, restriction: Restriction, scopes: tuple[str, ...]) -> bool:
        """Unlifted, or a lifted block of the whole trade where the option is state cover the licence does not
        name: a licence for the trade is not an export credit agency's cover."""
        if not restriction.lifted:
            return True
        return (restriction.level == "BLOCK" and restriction.measure.scope in ("trade", "dual_use")
                and "state_cover" in scopes and "state_cover" not in self.licence_covers)

    @property
    def level(self) -> str:
        """The headline: BLOCK when the deal itself is blocked, else RESTRICTED when a licence or screening is
        needed, else OFF_COVER when only some cover (state cover) is not offered, else OK."""
        live = [r for r in self.restrictions if not r.lifted]
        if any(r.level == "BLOCK" and r.measure.scope in ("trade", "dual_use") for r in live):
            return "BLOCK"
        if any(r.level == "RESTRICTED" for r in live):
            return "RESTRICTED"
        return "OFF_COVER" if live else "OK"

    def notes(self) -> tuple[Message, ...]:
        """What the quote, the window and the report say first: each measure, the licence, the screening."""
        out = [r.reason() for r in sorted(self.restrictions, key=lambda r: (LEVELS.index(r.level), r.lifted))
               if not r.lifted]
        lifted = [r for r in self.restrictions if r.lifted]
        if lifted:
            out.append(message("licence_lifts", reference=self.licence or "",
                               measures=listed([r.measure.text for r in lifted])))
        if self.assumed is not None:
            out.append(self.assumed)
        out.append(message("screening_reminder"))
        return tuple(out)


def listed(texts: list[str]) -> str:
    """Texts as one list: the catalogue's msg_measure_list ("{first}; {rest}") nested, so that each item reads in
    the reader's language; a single text as it is."""
    out = texts[-1]
    for text in reversed(texts[:-1]):
        out = message("measure_list", first=text, rest=out)
    return out


def catalogued(code: str, english: str, **args: Any) -> str:
    """The message `code` when the catalogues declare it and its English reads exactly as the table's `english`;
    else `english` as written: a row added or edited in a user's copy shows its own words (in English, in every
    language) rather than the catalogue's words of another text. "" stays ""."""
    if not english:
        return ""
    try:
        words = message(code, **args)
    except (KeyError, IndexError, ValueError):
        return english
    return words if str(words) == english else english


def _flag(value: str, where: str) -> bool:
    if value not in ("yes", "no"):
        raise DataFileError(f"{where}: us_nexus must be yes or no.")
    return value == "yes"


def _parse(path: Path, is_user_copy: bool) -> DataTable:
    """The table at `path` in schema 2, or in schema 1 when its header has the schema-1 columns."""
    text = safe_read.read_text(Path(path), MAX_TABLE_BYTES, "The table", DataFileError)
    header = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    records = safe_read.csv_records(header, str(path), DataFileError)
    columns = COLUMNS_V1 if records and records[0][1] == COLUMNS_V1 else COLUMNS
    return parse_table(path, TABLE, columns, is_user_copy=is_user_copy)


def _measure(row: dict[str, str], where: str, dated: date) -> Measure:
    """A checked row as a Measure, its texts from the catalogues where they match (`catalogued`)."""
    ident, act = row.get("measure_id", ""), row.get("act", "")
    text = catalogued(f"measure_{ident}", row["measure"], act=act) if ident else row["measure"]
    note = catalogued(f"measure_note_{ident}", row["note"]) if ident else row["note"]
    return Measure(row["market"].upper(), row["jurisdiction"].upper(), row["level"], row["scope"],
                   row["applies_to"] == "public", _flag(row["us_nexus"], where), text, dated, note, ident, act)


@lru_cache(maxsize=4)
def _measures(_folder: str) -> tuple[tuple[Measure, ...], TableMeta]:
    table, _ = with_fallback(user_path(TABLE), installed_path(TABLE), _parse)
    measures: list[Measure] = []
    seen: set[str] = set()
    for index, row in enumerate(table.rows):
        where = table.where(index)
        if "measure_id" in row:
            ident = row["measure_id"]
            if not MEASURE_ID.fullmatch(ident):
                raise DataFileError(f"{where}: measure_id '{safe_read.echo(ident)}' must be lowercase letters, "
                                    "digits and _, starting with a letter.")
            if ident in seen:
                raise DataFileError(f"{where}: measure_id {ident} appears more than once; give each measure its "
                                    "own id.")
            seen.add(ident)
        if row["level"] not in LEVELS or row["scope"] not in SCOPES or row["applies_to"] not in ("all", "public"):
            raise DataFileError(f"{where}: level must be one of {', '.join(LEVELS)}, scope one of "
                                f"{', '.join(SCOPES)}, applies_to all or public.")
        if row["level"] == "OFF_COVER" and row["scope"] != "state_cover":
            raise DataFileError(f"{where}: OFF_COVER applies to state_cover only.")
        try:
            dated = date.fromisoformat(row["measure_date"])
        except ValueError:
            raise DataFileError(f"{where}: measure_date must be YYYY-MM-DD.") from None
        measures.append(_measure(row, where, dated))
    return tuple(measures), table.meta


@lru_cache(maxsize=4)
def _currency_regimes(_folder: str) -> dict[str, tuple[str, str]]:
    table, _ = load_table(CURRENCY_TABLE, ["currency", "jurisdiction", "iso3"])
    return {r["currency"].upper(): (r["jurisdiction"].upper(), r["iso3"].upper()) for r in table.rows}


def _folder() -> str:
    return cache_key()


def table_meta() -> TableMeta:
    return _measures(_folder())[1]


def measures() -> tuple[Measure, ...]:
    """Every measure of the restricted-markets table in use (the user's copy, else the installed one)."""
    return _measures(_folder())[0]


def exporter_regimes(country: str | None, home_currency: str) -> tuple[tuple[str, ...], str | None, Message | None]:
    """Whose measures bind the exporter: (regimes, exporter ISO3, the assumption made when it was not given).

    With exporter.country: EU for an EU member (the marketable-risk table's EU group), UK for GBR, US for USA,
    else the country itself (no tabulated measures). Without it, the home currency's row of
    currency_jurisdiction.csv (EUR: EU rules) and a note saying so; an unknown currency: EU rules, noted.
    UN measures and export credit agencies' cover policy always apply.
    """
    table = load_countries()
    if country is not None:
        found = table.resolve(country, "exporter.country")
        own = ("EU" if found.in_eu else {"GBR": "UK", "USA": "US"}.get(found.iso3, found.iso3))
        return (own, *UNIVERSAL), found.iso3, None
    regime, iso3 = _currency_regimes(_folder()).get(home_currency.upper(), ("EU", ""))
    assumed = message("exporter_rules_assumed", currency=home_currency, regime=regime)
    return (regime, *UNIVERSAL), iso3 or None, assumed


def assess(buyer_country: Country, region: str | None, public_buyer: bool, goods: str,
           regimes: tuple[str, ...], exporter_iso3: str | None, assumed: Message | None,
           licence_reference: str | None = None, licence_covers: tuple[str, ...] = ()) -> Compliance:
    """The measures that reach a sale to `buyer_country` (and `region`) by an exporter bound by `regimes`.

    A row applies when its market is the buyer's country or region, its jurisdiction binds the exporter,
    it is not limited to public buyers (or the buyer is public), and it is not a dual-use row for civil goods.
    US rows marked us_nexus also reach other exporters through US-dollar clearing, one level lower (BLOCK
    counts as RESTRICTED). A licence lifts the rows whose scope it lists; they stay listed as lifted.
    """
    markets = {buyer_country.iso3} | ({region} if region else set())
    out = []
    for m in _measures(_folder())[0]:
        if m.market not in markets or (m.public_only and not public_buyer):
            continue
        if m.scope == "dual_use" and goods == "civil":
            continue
        level = m.level
        if m.jurisdiction not in regimes:
            if not (m.jurisdiction == "US" and m.us_nexus):
                continue
            level = "RESTRICTED" if level == "BLOCK" else level
        lifted = m.scope in licence_covers
        out.append(Restriction(m, level, lifted))
    return Compliance(regimes, exporter_iso3, assumed, tuple(out), licence_reference, tuple(licence_covers))
