"""Look up a buyer's country (ISO code or English name) in the dated OECD country risk list."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

from exportrisk.country.categories import ALL_CATEGORIES
from exportrisk.country.names import alpha_2
from exportrisk.errors import DataFileError, InputError
from exportrisk.messages import message
from exportrisk.tables import DataTable, TableMeta, cache_key, load_checked, load_table

OECD_TABLE = "country/oecd_country_risk.csv"
MARKETABLE_TABLE = "country/marketable_risk_countries.csv"
ALIASES_TABLE = "country/country_aliases.csv"
CATEGORIES = ALL_CATEGORIES
#: Unclassified euro-using micro-states that export credit agencies price like high-income markets.
EURO_MICROSTATES = frozenset({"AND", "MCO", "SMR"})
#: Category used for any other unclassified (NC) economy unless the user picks one: the cautious end.
NC_DEFAULT_CATEGORY = "7"


@dataclass(frozen=True)
class Country:
    """One row of the OECD list with the rules that follow from it."""

    iso3: str
    name: str
    category: str
    note: str
    marketable: bool
    in_eu: bool = False

    @property
    def pricing_category(self) -> str:
        """Category the premium rules use: NC euro micro-states price as HI, other NC as category 7."""
        if self.category != "NC":
            return self.category
        return "HI" if self.iso3 in EURO_MICROSTATES else NC_DEFAULT_CATEGORY

    @property
    def market_priced(self) -> bool:
        """Category 0 or high income: market benchmarks apply instead of the minimum premium rate."""
        return self.pricing_category in ("0", "HI")

    def category_note(self) -> str:
        """Plain words on how the category is used, for warnings and reports."""
        if self.category == "NC" and self.iso3 in EURO_MICROSTATES:
            return message("nc_microstate", country=self.name)
        if self.category == "NC":
            return message("nc_country", country=self.name, category=NC_DEFAULT_CATEGORY)
        return f"{self.name}: OECD country risk category {self.category}."


@dataclass(frozen=True)
class CountryTable:
    """The OECD list plus the marketable-risk set and name aliases."""

    countries: dict[str, Country]
    aliases: dict[str, str]
    meta: TableMeta
    warnings: tuple[str, ...]

    def resolve(self, text: str, field: str = "buyer.country") -> Country:
        """Country by ISO alpha-3, alpha-2, official or common English name (case-insensitive); an InputError
        names `field`, the deal-file path the text came from."""
        query = str(text).strip()
        if not query:
            raise InputError(code="country_empty", field=field)
        key = query.upper()
        if key in self.countries:
            return self.countries[key]
        iso3 = self.aliases.get(query.casefold())
        if iso3 is None:
            try:
                import pycountry  # only for a name the table does not know

                iso3 = pycountry.countries.lookup(query).alpha_3
            except LookupError:
                iso3 = None
        if iso3 in self.countries:
            return self.countries[iso3]
        names = [c.name for c in self.countries.values()]
        close = difflib.get_close_matches(query, names, n=3, cutoff=0.8)
        if close:
            raise InputError(code="country_unknown_close", field=field, query=query, list_date=self.meta.as_of,
                             close=", ".join(close))
        raise InputError(code="country_unknown", field=field, query=query, list_date=self.meta.as_of)

    def sorted_countries(self) -> list[Country]:
        return sorted(self.countries.values(), key=lambda c: c.name)


@lru_cache(maxsize=1)
def _load_cached(_token: str) -> CountryTable:
    marketable_rows, more = load_table(MARKETABLE_TABLE, ["iso3", "group"])
    alias_rows, more2 = load_table(ALIASES_TABLE, ["alias", "iso3"])
    marketable = {r["iso3"].upper() for r in marketable_rows.rows}
    eu = {r["iso3"].upper() for r in marketable_rows.rows if r["group"].upper() == "EU"}

    def build(oecd: DataTable) -> dict[str, Country]:
        countries = {}
        for index, row in enumerate(oecd.rows):
            category = row["category"].upper()
            if category not in CATEGORIES:
                raise DataFileError(f"{oecd.where(index)}: category '{row['category']}' must be one of "
                                    f"{', '.join(CATEGORIES)}.")
            iso3 = row["iso3"].upper()
            if len(iso3) != 3 or not iso3.isalpha():
                raise DataFileError(f"{oecd.where(index)}: iso3 '{row['iso3']}' must be a 3-letter ISO code.")
            countries[iso3] = Country(iso3, row["country"], category, row["note"], iso3 in marketable, iso3 in eu)
        return countries

    countries, meta, warnings = load_checked(OECD_TABLE, ["iso3", "country", "category", "note"], build)
    aliases = {r["alias"].casefold(): r["iso3"].upper() for r in alias_rows.rows}
    for country in countries.values():
        aliases.setdefault(country.name.casefold(), country.iso3)
        code = alpha_2(country.iso3)
        if code is not None:
            aliases.setdefault(code.casefold(), country.iso3)
    return CountryTable(countries, aliases, meta, tuple(warnings + more + more2))


def load_countries() -> CountryTable:
    """The country table (cached per user-data folder, so tests with their own folders stay apart)."""
    return _load_cached(cache_key())
