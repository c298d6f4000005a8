"""Advance-payment and performance bonds: the bank's fee, the unfair-call exposure and a state counter-guarantee."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from exportrisk.errors import DataFileError, InputError
from exportrisk.finance.data import finance_table, given_or_loaded
from exportrisk.finance.terms import Bond
from exportrisk.finance.texts import FinanceMessage, finance_message
from exportrisk.parameters import Parameters
from exportrisk.tables import cache_key

CATEGORIES = ("0", "HI", "1", "2", "3", "4", "5", "6", "7")


@lru_cache(maxsize=2)
def _addons(_folder: str) -> dict[str, tuple[float, float, float]]:
    table, _ = finance_table("bond_fees.csv", ["category", "addon_pct_pa", "low_pct_pa", "high_pct_pa", "note"])
    out = {}
    for index, row in enumerate(table.rows):
        try:
            values = (float(row["addon_pct_pa"]), float(row["low_pct_pa"]), float(row["high_pct_pa"]))
        except ValueError:
            raise DataFileError(f"{table.where(index)}: rates must be numbers in percent.") from None
        out[row["category"].upper()] = values
    return out


@lru_cache(maxsize=2)
def _counter(_folder: str) -> dict[str, float]:
    table, _ = finance_table("counter_guarantee_rates.csv", ["category", "rate_pct"])
    return {row["category"]: float(row["rate_pct"]) for row in table.rows}


def bond_rate_pct(issuing_category: str, standing: str | None = None, local_issuer: bool = True, *,
                  params: Parameters | None = None) -> float:
    """Bank commission, % a year: base by the exporter's standing (0.75 investment grade, 1.5 unrated SME) plus,
    when a local bank in the buyer's country issues against a counter-guarantee, the add-on of that bank's OECD
    category (resources/finance/bond_fees.csv, 0.5-2 % a year in categories 5-7). An ExportRisk estimate.
    `params`: the quote's parameters (None, deprecated: the user's defaults, without a deal's overrides)."""
    params = given_or_loaded(params)
    standing = standing or params.text("bonds", "exporter_standing")
    if standing not in ("sme", "investment_grade"):
        raise InputError(code="finance_choice", field="parameters.bonds.exporter_standing",
                         name="exporter_standing", given=standing, choices="sme, investment_grade")
    addons = _addons(cache_key())
    if issuing_category not in addons:
        raise InputError(code="finance_bond_category", field="bank.country", category=issuing_category)
    base = params.number("bonds", f"base_pct_pa_{standing}")
    return base + (addons[issuing_category][0] if local_issuer else 0.0)


def quarters(months: float) -> int:
    """Started quarters, at least one: commissions are charged per quarter or part, in advance."""
    return max(1, math.ceil(round(months / 3.0, 9)))


@dataclass(frozen=True)
class BondQuote:
    """One bond, in the amount's currency: bank fee, expected unfair-call loss, counter-guarantee premium and
    the expected loss left with that cover."""

    kind: str
    amount: float
    rate_pct_pa: float
    fee: float
    unfair_call_probability: float
    expected_call_loss: float
    counter_guarantee_pct: float | None
    counter_guarantee_premium: float
    expected_call_loss_covered: float
    notes: tuple[FinanceMessage, ...]


def bond_quote(bond: Bond, issuing_category: str, country_category: str, standing: str | None = None, *,
               params: Parameters | None = None) -> BondQuote:
    """fee = amount x rate a year x started quarters / 4 (charged quarterly in advance until the bond is
    returned; BExA Guide to On-Demand Contract Bonds, 2013). Unfair call: expected loss = q x amount, q labelled
    and user-settable (bond.unfair_call_probability, else bonds.unfair_call_probability). State counter-guarantee:
    flat % of the amount by the buyer country's OECD category (resources/finance/counter_guarantee_rates.csv,
    German federal rates 0.12-0.84 %), covering a share of the called amount (bonds.counter_guarantee_cover_share).
    `params` as in bond_rate_pct."""
    params = given_or_loaded(params)
    rate = bond_rate_pct(issuing_category, standing, params=params)
    fee = bond.amount * rate / 100.0 * quarters(bond.months) / 4.0
    q = params.number("bonds", "unfair_call_probability") if bond.unfair_call_probability is None \
        else bond.unfair_call_probability
    loss = q * bond.amount
    counter = _counter(cache_key()).get(country_category)
    cg_premium, covered = 0.0, loss
    if bond.counter_guarantee:
        if counter is None:
            raise InputError(code="finance_counter_guarantee", field="bond.counter_guarantee",
                             category=country_category)
        cg_premium = counter / 100.0 * bond.amount
        covered = loss * (1.0 - params.number("bonds", "counter_guarantee_cover_share"))
    notes = (finance_message("bond_estimate", rate_pct=rate / 100.0),
             finance_message("bond_unfair_call", probability_pct=q))
    return BondQuote(bond.kind, bond.amount, rate, fee, q, loss, counter, cg_premium, covered, notes)
