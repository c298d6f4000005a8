"""The premium request and quote types (re-exported by exportrisk.premium.rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Rule(StrEnum):
    """Which rule priced a quote."""

    OECD_MPR = "oecd_mpr"
    SHORT_TERM_TARIFF = "short_term_tariff"
    MARKET_BENCHMARK = "market_benchmark"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class PremiumRequest:
    """One state-cover premium question; give exactly one horizon: hor_years, days, or disbursement+repayment.

    marketable: the buyer's country is an EU member or core OECD (AU, CA, IS, JP, NZ, NO, CH, US).
    obligor_rating: S&P-style rating for the TERM speculative-grade test; None infers it from the concordance.
    """

    country_category: str
    buyer_category: str
    hor_years: float | None = None
    days: int | None = None
    disbursement_months: float | None = None
    repayment_years: float | None = None
    profile: str = "standard"
    pcc: float = 0.95
    pcp: float = 0.95
    quality: str = "standard"
    cef: float = 0.0
    lcf: float = 0.0
    rate_card: str = "default"
    marketable: bool = False
    obligor_rating: str | None = None


@dataclass(frozen=True)
class PremiumQuote:
    """A flat premium in % of the covered amount (None when state cover is unavailable), and why."""

    rule: Rule
    premium_pct: float | None
    hor_years: float
    reason: str
    rate_card: str
    factors: dict[str, float] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"rule": str(self.rule), "premium_pct": self.premium_pct, "hor_years": self.hor_years,
                "reason": self.reason, "rate_card": self.rate_card, "factors": dict(self.factors),
                "sources": list(self.sources)}
