"""Insurance premium tax on credit insurance by the exporter's country (insurance_premium_tax.csv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from exportrisk.errors import DataFileError
from exportrisk.tables import TableMeta, cache_key, load_table

TABLE = "tax/insurance_premium_tax.csv"


@dataclass(frozen=True)
class PremiumTax:
    """Tax in percent of the premium for private cover; whether export credit insurance and state cover are exempt
    ("unverified": no statement found, assumed exempt and said so)."""

    iso3: str
    private_pct: float
    private_export_exempt: str  # yes, no or unverified (taxed, and said so)
    state_exempt: str
    meta: TableMeta

    @property
    def private_rate(self) -> float:
        """Share of a private premium added as tax: 0 where export credit insurance is exempt."""
        return 0.0 if self.private_export_exempt == "yes" else self.private_pct / 100.0


@lru_cache(maxsize=4)
def _taxes(_folder: str) -> dict[str, PremiumTax]:
    table, _ = load_table(TABLE, ["iso3", "private_pct", "private_export_exempt", "state_exempt", "note"])
    out = {}
    for index, row in enumerate(table.rows):
        try:
            pct = float(row["private_pct"])
        except ValueError:
            raise DataFileError(f"{table.where(index)}: private_pct must be a number in percent.") from None
        flags = ("yes", "no", "unverified")
        if not 0.0 <= pct <= 100.0 or row["private_export_exempt"] not in flags or row["state_exempt"] not in flags:
            raise DataFileError(f"{table.where(index)}: private_pct 0-100; private_export_exempt and state_exempt "
                                "yes, no or unverified.")
        iso3 = row["iso3"].upper()
        out[iso3] = PremiumTax(iso3, pct, row["private_export_exempt"], row["state_exempt"], table.meta)
    return out


def premium_tax(iso3: str | None) -> PremiumTax | None:
    """The exporter country's premium tax row, or None when the country is unknown or not tabulated."""
    return _taxes(cache_key()).get(iso3) if iso3 else None
