"""The one funding basis every financing option is priced on, and the minimum invoice price it implies."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from exportrisk.finance.texts import FinanceMessage

if TYPE_CHECKING:
    from exportrisk.engine.context import PricingContext


@dataclass(frozen=True)
class FundingBasis:
    """What every financing option is compared on (home currency; rates continuous a year, as ctx.carry):

    spot S_0, credit horizon T (ctx.years), manufacturing period T_m, home rate r_h, the exporter's funding
    rate r_fund = r_h + funding.bank_margin_pct / 100 (the engine's), production cost C, target margin m."""

    spot: float
    years: float
    manufacturing_years: float
    rate_home: float
    funding_rate: float
    cost: float
    margin: float

    @staticmethod
    def from_context(ctx: PricingContext, manufacturing_months: float = 0.0) -> FundingBasis:
        """The basis of a priced deal: the engine's funding rate, cost and margin (deal.cost or target_margin)."""
        terms = ctx.deal.terms
        value = ctx.home_value(terms.amount)
        if terms.cost is not None and terms.target_margin is not None:
            cost, margin = terms.cost, terms.target_margin
        elif terms.cost is not None:
            cost, margin = terms.cost, max(1.0 - terms.cost / value, 0.0)
        else:
            margin = float(terms.target_margin or 0.0)
            cost = value * (1.0 - margin)
        return FundingBasis(ctx.spot, ctx.years, manufacturing_months / 12.0, ctx.rate_home, ctx.funding_rate,
                            cost, margin)

    @property
    def carry(self) -> float:
        """exp(r_fund T): value at the payment date of one home unit today."""
        return math.exp(self.funding_rate * self.years)

    @property
    def production_carry(self) -> float:
        """exp(r_fund (T_m + T)): the production cost is funded from the start of production to payment."""
        return math.exp(self.funding_rate * (self.manufacturing_years + self.years))

    def min_price(self, fixed_cost: float, cost_per_unit: float) -> float | None:
        """Minimum invoice price P (invoice currency) with a financing cost fixed + k P valued at the payment date:

            P S_0 (1 - m) - (fixed + k P) = C exp(r_fund (T_m + T))   =>   P = (C e^{...} + fixed) / (S_0 (1 - m) - k)

        the engine's minimum-price condition (docs/how_figures_are_computed.md, section 11) with the financing cost in
        place of the risk-adjusted cost. None when no price works (the denominator is not positive)."""
        keep = self.spot * (1.0 - self.margin) - cost_per_unit
        if keep <= 0.0:
            return None
        return (self.cost * self.production_carry + fixed_cost) / keep


@dataclass(frozen=True)
class FinancingQuote:
    """One way to finance the credit period, on the common basis.

    all_in_rate: decimal a year; total_interest: interest paid over the term (home currency); cost: the
    exporter's financing cost valued at the payment date, relative to waiting for the buyer's payment on own bank
    funding (negative = cheaper than that); min_price in invoice currency (None: no price works)."""

    id: str
    all_in_rate: float
    total_interest: float
    cost: float
    min_price: float | None
    available: bool = True
    reason: str = ""
    notes: tuple[FinanceMessage | str, ...] = field(default=())
    source: str = ""
