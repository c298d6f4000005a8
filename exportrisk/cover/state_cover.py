"""State export credit cover ("Ossola-style"): the premium rules of resources/premium, 95 % cover."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, unavailable
from exportrisk.cover.insurance import exact_indemnity, expected_indemnity, indemnity, waiting_discount
from exportrisk.cover.labels import message
from exportrisk.cover.piecewise import StatePayoffs
from exportrisk.cover.private_insurance import NOTHING_TO_INSURE, duplicated_by_instrument, tax_items
from exportrisk.engine.context import PricingContext
from exportrisk.premium.rules import PremiumQuote, PremiumRequest, Rule, premium
from exportrisk.tables import cache_key


@lru_cache(maxsize=512)
def _premium(request: PremiumRequest, _tables_folder: str) -> PremiumQuote:
    return premium(request)


def state_premium(ctx: PricingContext) -> PremiumQuote:
    """The premium quote for this deal: horizon from the credit schedule or the payment term (memoised: the
    options that include state cover ask for the same quote)."""
    params = ctx.params
    share = params.number("state_cover", "cover_share")
    credit = ctx.deal.credit
    request = PremiumRequest(
        country_category=ctx.country_category, buyer_category=ctx.buyer_category,
        days=None if credit else ctx.deal.days,
        disbursement_months=credit.disbursement_months if credit else None,
        repayment_years=credit.repayment_years if credit else None,
        profile=credit.profile.value if credit else "standard",
        pcc=share, pcp=share, quality=params.text("state_cover", "quality"),
        rate_card=params.text("state_cover", "rate_card"),
        marketable=ctx.country.marketable, obligor_rating=ctx.obligor_rating)
    return _premium(request, cache_key())


def handling_fee(ctx: PricingContext, value: float) -> float:
    """The state agency's handling fee on `value` (home currency): clamp(pct x value, minimum, maximum)."""
    params = ctx.params
    return ctx.bounded_fee(params.number("state_cover", "handling_fee_pct"), value,
                           params.number("state_cover", "handling_fee_min_eur"),
                           params.number("state_cover", "handling_fee_max_eur"))


class StateCover(Component):
    """Cover of commercial and political risk by the state export credit agency.

    Premium = premium_pct x invoice value (flat, up front) plus a handling fee (pct, min, max); pays
    cover_share of the loss after the claims waiting period. Unavailable for short-term marketable risks.
    """

    id = "state_cover"
    scopes = ("state_cover",)

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        if profile.event_probability == 0.0:
            return unavailable(message(NOTHING_TO_INSURE))
        duplicate = duplicated_by_instrument(ctx)
        if duplicate is not None:
            return duplicate
        quote = state_premium(ctx)
        if quote.rule is Rule.UNAVAILABLE or quote.premium_pct is None:
            code = "state_marketable" if ctx.country.marketable else "state_unavailable"
            return unavailable(message(code, reason=quote.reason))
        value = ctx.home_value(amount)
        fee = handling_fee(ctx, value)
        label = message("cost_state_premium", premium_pct=quote.premium_pct / 100.0, rule=quote.rule.value)
        note = message("state_rule", rule=quote.rule.value, hor=quote.hor_years)
        carry = ctx.carry  # premium and fee are paid up front; every figure is compared at the payment date
        premium = quote.premium_pct / 100.0 * value * carry
        tax, tax_notes = tax_items(ctx, premium, state=True)
        return Pricing(((label, premium), (message("cost_handling_fee"), fee * carry), *tax),
                       notes=(note, *tax_notes))

    def _terms(self, ctx: PricingContext) -> tuple[float, float, float, bool]:
        return (ctx.params.number("state_cover", "cover_share"), 0.0,
                waiting_discount(ctx, ctx.params.number("state_cover", "waiting_months")), True)

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        return indemnity(amount, profile, outcome, *self._terms(ctx))

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        return expected_indemnity(ctx, amount, profile, *self._terms(ctx))

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs:
        return exact_indemnity(ctx, amount, profile, *self._terms(ctx))
