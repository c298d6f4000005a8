"""Every finance figure of one deal in one place: what phase 2 puts into the quote, the report and the window."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any

import pandas as pd

from exportrisk.cover.base import CoverOption
from exportrisk.cover.state_cover import state_premium
from exportrisk.engine.context import PricingContext
from exportrisk.errors import InputError
from exportrisk.finance.basis import FinancingQuote, FundingBasis
from exportrisk.finance.bonds import BondQuote, bond_quote
from exportrisk.finance.buyer_credit import BuyerCreditSchedule, buyer_credit_quote, schedule, state_cover_pct
from exportrisk.finance.cirr import CirrQuote, arrangement_category, check_arrangement, lookup_cirr
from exportrisk.finance.fund_394 import Fund394Result, fund_394
from exportrisk.finance.funding import factoring_financing, forfaiting_financing, insured_discounting, own_funding
from exportrisk.finance.interest_support import SupportResult, interest_support
from exportrisk.finance.pre_shipment import PreShipmentQuote, pre_shipment_quote
from exportrisk.finance.stress import ScenarioResult, credit_scenarios, fx_scenarios
from exportrisk.finance.terms import FinanceTerms
from exportrisk.finance.texts import finance_message
from exportrisk.messages import Message


@dataclass(frozen=True)
class FinanceSummary:
    financing: tuple[FinancingQuote, ...]
    cirr: CirrQuote | None
    interest_support: SupportResult | None
    pre_shipment: PreShipmentQuote | None
    bonds: tuple[BondQuote, ...]
    fund_394: Fund394Result | None
    stress: tuple[ScenarioResult, ...]
    notes: tuple[str, ...] = field(default=())
    credit_schedule: BuyerCreditSchedule | None = None  # the buyer credit's instalments at the CIRR
    state_cover_pct: float | None = None                # its state premium, % of the financed principal

    def ranked(self) -> tuple[FinancingQuote, ...]:
        """Available financing options by their cost on the common basis, cheapest first."""
        return tuple(sorted((q for q in self.financing if q.available), key=lambda q: q.cost))

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data for the quote's `finance` block: dataclasses as objects, messages as {code, text},
        NaN as null, dates as ISO text."""
        return _plain(self)


def _plain(value: Any) -> Any:
    if isinstance(value, Message):
        return {"code": value.code, "text": str(value)}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _policy_premium(ctx: PricingContext, value: float) -> float:
    quote = state_premium(ctx)
    return 0.0 if quote.premium_pct is None else quote.premium_pct / 100.0 * value


def finance_summary(ctx: PricingContext, terms: FinanceTerms, options: tuple[CoverOption, ...],
                    series: pd.Series | None) -> FinanceSummary:
    """The financing options (ranked on the one funding basis), the CIRR buyer credit and its Arrangement gates,
    interest support, pre-shipment cover, bonds, the Fondo 394-style calculator and the stress scenarios of one
    priced deal. Bad finance inputs raise InputError naming the rule."""
    amount = ctx.deal.terms.amount * ctx.deal.claim_factor
    basis = FundingBasis.from_context(ctx, terms.manufacturing_months)
    value = amount * ctx.spot
    notes: list[str] = []
    params = ctx.params
    financing = [own_funding(basis, amount),
                 insured_discounting(basis, amount, _policy_premium(ctx, value), ctx.home, terms.insured_margin_pct,
                                     params=params),
                 forfaiting_financing(ctx, basis, amount), factoring_financing(ctx, basis, amount)]
    cirr = support = plan = premium_pct = None
    if terms.manufacturing_months > 0:
        notes.append(finance_message("production_funded", months=float(terms.manufacturing_months)))
    years = terms.repayment_years
    if years is not None:
        category = terms.arrangement_category or arrangement_category(ctx.country_category)
        if terms.arrangement_category is None:
            notes.append(finance_message("category_assumed", arrangement_category=category,
                                         category=ctx.country_category))
        notes += check_arrangement(terms.down_payment_pct, years, category, ctx.deal.valuation_date,
                                   terms.starting_point, params=params)
        cirr = lookup_cirr(ctx.foreign, years, ctx.deal.valuation_date, terms.cirr_pct, params=params)
        disbursement = ctx.deal.credit.disbursement_months if ctx.deal.credit else 0.0
        premium_pct = state_cover_pct(ctx.country_category, ctx.buyer_category, disbursement, years,
                                      params.number("state_cover", "cover_share"), ctx.country.marketable)
        financing.append(buyer_credit_quote(basis, amount, terms.down_payment_share, years, cirr, premium_pct,
                                            terms.premium_paid_by))
        plan = schedule(amount, terms.down_payment_share, years, cirr.rate_pct / 100.0)
        if terms.interest_support:
            if terms.market_fixed_rate_pct is None:
                raise InputError(code="finance_missing", field="finance.market_fixed_rate_pct",
                                 name="finance.market_fixed_rate_pct")
            support = interest_support(plan, terms.market_fixed_rate_pct, ctx.deal.terms.goods == "civil",
                                       params=params)
    pre = None
    if terms.pre_shipment_cover:
        pre = pre_shipment_quote(ctx.country_category, terms.manufacturing_months, basis.cost,
                                 ctx.buyer_default.pd_1y, ctx.political.annual, params=params)
    bank_category = ctx.bank.category if ctx.bank is not None else ctx.country_category
    bonds = tuple(bond_quote(b, bank_category, ctx.country_category, params=params) for b in terms.bonds)
    fund = fund_394(terms.fund_394, params=params) if terms.fund_394 is not None else None
    stress = (*fx_scenarios(ctx, options, series, amount), *credit_scenarios(ctx, options, amount))
    return FinanceSummary(tuple(financing), cirr, support, pre, bonds, fund, stress, tuple(notes), plan,
                          premium_pct)
