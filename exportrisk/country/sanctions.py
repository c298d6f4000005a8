"""Sanctioned and off-cover markets: which measures reach a deal, at what level, and what a licence lifts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from exportrisk.country.classification import Country, load_countries
from exportrisk.errors import DataFileError
from exportrisk.messages import Message, message
from exportrisk.tables import TableMeta, cache_key, load_table

TABLE = "country/restricted_markets.csv"
CURRENCY_TABLE = "country/currency_jurisdiction.csv"
COLUMNS = ["market", "jurisdiction", "level", "scope", "applies_to", "us_nexus", "measure", "measure_date", "note"]
#: Strongest first for the deal as a whole. OFF_COVER only ever reaches state cover.
LEVELS = ("BLOCK", "RESTRICTED", "OFF_COVER")
#: For one option, what decides: a block or an off-cover policy removes it, a restriction only warns.
DECIDING = ("BLOCK", "OFF_COVER", "RESTRICTED")
SCOPES = ("trade", "state_cover", "private_insurance", "bank", "dual_use")
#: Measures that reach every exporter whatever its jurisdiction.
UNIVERSAL = ("UN", "ECA")


@dataclass(frozen=True)
class Measure:
    """One row of the restricted-markets table."""

    market: str
    jurisdiction: str
    level: str
    scope: str
    public_only: bool
    us_nexus: bool
    text: str
    dated: date
    note: str


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
                               measures="; ".join(r.measure.text for r in lifted)))
        if self.assumed is not None:
            out.append(self.assumed)
        out.append(message("screening_reminder"))
        return tuple(out)


def _flag(value: str, where: str) -> bool:
    if value not in ("yes", "no"):
        raise DataFileError(f"{where}: us_nexus must be yes or no.")
    return value == "yes"


@lru_cache(maxsize=4)
def _measures(_folder: str) -> tuple[tuple[Measure, ...], TableMeta]:
    table, _ = load_table(TABLE, COLUMNS)
    measures = []
    for index, row in enumerate(table.rows):
        where = table.where(index)
        if row["level"] not in LEVELS or row["scope"] not in SCOPES or row["applies_to"] not in ("all", "public"):
            raise DataFileError(f"{where}: level must be one of {', '.join(LEVELS)}, scope one of "
                                f"{', '.join(SCOPES)}, applies_to all or public.")
        if row["level"] == "OFF_COVER" and row["scope"] != "state_cover":
            raise DataFileError(f"{where}: OFF_COVER applies to state_cover only.")
        try:
            dated = date.fromisoformat(row["measure_date"])
        except ValueError:
            raise DataFileError(f"{where}: measure_date must be YYYY-MM-DD.") from None
        measures.append(Measure(row["market"].upper(), row["jurisdiction"].upper(), row["level"], row["scope"],
                                row["applies_to"] == "public", _flag(row["us_nexus"], where), row["measure"],
                                dated, row["note"]))
    return tuple(measures), table.meta


@lru_cache(maxsize=4)
def _currency_regimes(_folder: str) -> dict[str, tuple[str, str]]:
    table, _ = load_table(CURRENCY_TABLE, ["currency", "jurisdiction", "iso3"])
    return {r["currency"].upper(): (r["jurisdiction"].upper(), r["iso3"].upper()) for r in table.rows}


def _folder() -> str:
    return cache_key()


def table_meta() -> TableMeta:
    return _measures(_folder())[1]


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
