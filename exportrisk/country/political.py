"""Probability that the buyer's country blocks or delays payment, from its OECD category."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from exportrisk.errors import DataFileError, InputError
from exportrisk.tables import DataTable, TableMeta, cache_key, load_checked

TABLE = "country/political_risk.csv"


class Derivation(StrEnum):
    """The two documented ways from a category to a probability (see the table's header)."""

    DEFAULT = "default"
    STRESS = "stress"


@dataclass(frozen=True)
class PoliticalRisk:
    """Annual probability and the probability over the term, with where the number came from."""

    category: str
    annual: float
    over_term: float
    years: float
    source: str


def annual_probabilities(derivation: Derivation = Derivation.DEFAULT) -> tuple[dict[str, float], TableMeta]:
    """Annual political/transfer event probability per category (decimal), and the table's metadata."""
    return _probabilities(Derivation(derivation), cache_key())


@lru_cache(maxsize=8)
def _probabilities(derivation: Derivation, _folder: str) -> tuple[dict[str, float], TableMeta]:
    column = f"{Derivation(derivation).value}_pct"

    def build(table: DataTable) -> dict[str, float]:
        values = {}
        for index, row in enumerate(table.rows):
            try:
                value = float(row[column]) / 100.0
            except ValueError:
                raise DataFileError(f"{table.where(index)}: {column} must be a number in percent.") from None
            if not 0.0 <= value < 1.0:
                raise DataFileError(f"{table.where(index)}: {column} must be between 0 and 100.")
            values[row["category"].upper()] = value
        return values

    values, meta, _ = load_checked(TABLE, ["category", "default_pct", "stress_pct"], build)
    return values, meta


def political_risk(category: str, years: float, derivation: Derivation | str = Derivation.DEFAULT,
                   annual_override: float | None = None) -> PoliticalRisk:
    """Probability of a political/transfer event within `years`, constant hazard.

    p_T = 1 - (1 - p_1y)^T (the same constant-hazard rule as for buyer default).
    """
    if annual_override is not None:
        if not 0.0 <= annual_override < 1.0:
            raise InputError(code="political_range", field="market.political_pd", value=annual_override)
        annual, source = annual_override, "user entry"
    else:
        try:
            derivation = Derivation(derivation)
        except ValueError:
            raise InputError(code="political_derivation", field="[parameters.political] derivation",
                             value=derivation) from None
        values, meta = annual_probabilities(derivation)
        if category not in values:
            raise InputError(code="political_category", field="market.political_pd", category=category)
        annual = values[category]
        source = f"{derivation.value} derivation, {meta.label()}"
    return PoliticalRisk(category, annual, 1.0 - (1.0 - annual) ** years, years, source)
