"""Political-risk-only state cover: the state premium with the commercial (buyer) part removed."""

from __future__ import annotations

from dataclasses import dataclass

from exportrisk.errors import InputError
from exportrisk.premium.model import PremiumRequest
from exportrisk.premium.mpr import existing_buyer, minimum_premium_rate
from exportrisk.premium.rules import Rule, premium

CATEGORIES = ("1", "2", "3", "4", "5", "6", "7")
SHORT_TERM_LIMIT = 2.0


@dataclass(frozen=True)
class PoliticalOnlyRate:
    """Political-only and full-cover premium, % of principal flat, and how the political part was found."""

    political_pct: float
    full_pct: float
    method: str


def political_only_rate(country_category: str, buyer_category: str, hor_years: float, share: float = 0.95,
                        quality: str = "standard", marketable: bool = False,
                        speculative: bool = False) -> PoliticalOnlyRate:
    """State cover of political risk only (PCC = 0, PCP = `share`), OECD categories 1-7.

    HOR of 2 years or more: the Arrangement's MPR formula (Annex VI, 2023) with PCC = 0, which removes exactly the
    buyer term c_in (PCC / 0.95) HOR (1 - CEF):
        MPR_pol = (a_i HOR + b_i) (PCP / 0.95) x QPF_i x PCF_i x BTSF x (1 - min(TERM, 0.15)).
    Under 2 years: the full short-term tariff scaled by MPR_pol / MPR_full at HOR = 2 (an ExportRisk assumption:
    the reference tariff is built to meet the MPR at 24 months). Never negative, never above full cover; equal to it
    for SOV and CC0 buyers, whose MPR has no buyer term. Unavailable (InputError) for high-income or category 0
    markets (no rule) and for short-term marketable risks (EU Communication 2012/C 392/01)."""
    category = str(country_category).upper()
    if category not in CATEGORIES:
        raise InputError(code="finance_political_only_market", field="buyer.country", category=category)
    if marketable and hor_years < SHORT_TERM_LIMIT:
        raise InputError(code="finance_political_only_marketable", field="buyer.country")
    full = premium(PremiumRequest(country_category=category, buyer_category=buyer_category, hor_years=hor_years,
                                  pcc=share, pcp=share, quality=quality, marketable=marketable))
    if full.rule is Rule.UNAVAILABLE or full.premium_pct is None:
        raise InputError(code="finance_political_only_market", field="buyer.country", category=category)
    buyer = existing_buyer(category, buyer_category)
    at = max(hor_years, SHORT_TERM_LIMIT)
    political = minimum_premium_rate(category, buyer, at, 0.0, share, quality, 0.0, 0.0, speculative).value
    whole = minimum_premium_rate(category, buyer, at, share, share, quality, 0.0, 0.0, speculative).value
    if hor_years >= SHORT_TERM_LIMIT:
        rate, method = political, "MPR with PCC = 0"
    else:
        rate, method = float(full.premium_pct) * political / whole, "short-term tariff x MPR political share at 2y"
    rate = min(max(rate, 0.0), float(full.premium_pct))
    return PoliticalOnlyRate(rate, float(full.premium_pct), method)
