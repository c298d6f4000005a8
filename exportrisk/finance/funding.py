"""Financing the credit period: own bank funding, an insured receivable discounted, forfaiting and factoring."""

from __future__ import annotations

import math

from exportrisk.cover.factoring import Factoring
from exportrisk.cover.forfaiting import Forfaiting
from exportrisk.engine.context import PricingContext
from exportrisk.finance.basis import FinancingQuote, FundingBasis
from exportrisk.finance.texts import finance_message
from exportrisk.parameters import Parameters


def all_in_rate(value: float, cost: float, basis: FundingBasis) -> float:
    """The exporter's all-in annual rate of an option, continuous: the rate at which the cash the option is worth
    today grows to the invoice value V over T, rho = ln(V exp(r_fund T) / (V - cost)) / T, cost valued at the
    payment date relative to own funding. Own funding (cost 0) gives r_fund; cheaper options give less."""
    if basis.years <= 0.0 or value - cost <= 0.0:
        return math.nan
    return math.log(value * basis.carry / (value - cost)) / basis.years


def own_funding(basis: FundingBasis, amount: float) -> FinancingQuote:
    """The exporter funds the production cost from the start of production until the buyer pays, at its bank's
    rate r_fund = r_h + funding.bank_margin_pct / 100 (the engine's funding rate; continuous compounding as
    ctx.carry). Interest = C (exp(r_fund (T_m + T)) - 1). The reference option: its cost is 0 by definition and
    its minimum price C exp(r_fund (T_m + T)) / (S_0 (1 - m)) is the engine's no-risk minimum price."""
    interest = basis.cost * (basis.production_carry - 1.0)
    return FinancingQuote("own_funding", basis.funding_rate, interest, 0.0, basis.min_price(0.0, 0.0),
                          source="[funding] bank_margin_pct of resources/parameters.toml")


def insured_discounting(basis: FundingBasis, amount: float, policy_premium: float, currency: str,
                        margin_pct: float | None = None, advance_share: float | None = None, *,
                        params: Parameters) -> FinancingQuote:
    """A bank advances a share `a` of the insured receivable V = A S_0 at the home rate plus a lower margin
    (r_d = r_h + discounting.insured_margin_pct / 100), repaid from the buyer's payment. Against own funding of
    that share the exporter saves  a V (exp(r_fund T) - exp(r_d T)); the policy premium `policy_premium` (paid
    today, home currency) is counted here once, carried to the payment date:

        cost = policy_premium exp(r_fund T) - a V (exp(r_fund T) - exp(r_d T))

    All-in rate as `all_in_rate`. Margin and share are an
    ExportRisk assumption (resources/parameters.toml [discounting]); replace them with your bank's offer."""
    margin = (params.number("discounting", "insured_margin_pct") if margin_pct is None else margin_pct) / 100.0
    share = params.number("discounting", "advance_share") if advance_share is None else advance_share
    value = amount * basis.spot
    rate = max(basis.rate_home + margin, 0.0)
    advance = share * value
    years = basis.years
    saved = advance * (basis.carry - math.exp(rate * years))
    premium = policy_premium * basis.carry
    cost = premium - saved
    interest = advance * (math.exp(rate * years) - 1.0)
    all_in = all_in_rate(value, cost, basis)
    k = cost / amount
    notes = (finance_message("policy_once", premium_money=policy_premium, currency=currency),)
    return FinancingQuote("insured_discounting", all_in, interest, cost, basis.min_price(0.0, k), notes=notes,
                          source=params.source("discounting"))


def _component_quote(option_id: str, ctx: PricingContext, basis: FundingBasis, amount: float,
                     interest_labels: tuple[str, ...], component) -> FinancingQuote:
    pricing = component.price(ctx, amount, ctx.base_profile)
    if not pricing.available:
        return FinancingQuote(option_id, math.nan, 0.0, 0.0, None, False, pricing.reason)
    cost = pricing.cost
    interest = sum(v for label, v in pricing.items if getattr(label, "code", "") in interest_labels)
    value = ctx.home_value(amount)
    all_in = all_in_rate(value, cost, basis)
    return FinancingQuote(option_id, all_in, interest, cost, basis.min_price(0.0, cost / amount),
                          notes=tuple(pricing.notes))


def forfaiting_financing(ctx: PricingContext, basis: FundingBasis, amount: float) -> FinancingQuote:
    """Forfaiting as financing: the existing cover/forfaiting.py price (discount at r_f + margin over T + grace,
    commission, interest earned on the early cash at r_fund), read as a financing cost; interest = the discount."""
    return _component_quote("forfaiting", ctx, basis, amount, ("cost_forfaiting_discount",), Forfaiting())


def factoring_financing(ctx: PricingContext, basis: FundingBasis, amount: float) -> FinancingQuote:
    """Factoring as financing: the existing cover/factoring.py price (service fee, interest at r_h + factor's
    margin on the advance, less the funding it saves at r_fund); interest = the interest on the advance."""
    return _component_quote("factoring", ctx, basis, amount, ("cost_factoring_interest",), Factoring())
