"""Private credit insurance of the receivable: a rate by country category, cover share, waiting period."""

from __future__ import annotations

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, unavailable
from exportrisk.cover.insurance import expected_indemnity, indemnity, waiting_discount
from exportrisk.engine.context import PricingContext
from exportrisk.messages import message

NOTHING_TO_INSURE = "nothing_to_insure"


class PrivateInsurance(Component):
    """Premium = max(base rate x category multiplier x invoice value, minimum premium).

    Pays cover_share of the loss above the deductible, for commercial and (when the policy covers it)
    political causes, after the waiting period. FX risk stays with the exporter.
    """

    id = "private_insurance"
    name = "Private credit insurance"
    covers = "buyer default and, under this policy, political/transfer events, for the insured share"
    leaves = "the uninsured share, the deductible, the wait for the claim, and the exchange rate"

    def _section(self, ctx: PricingContext) -> dict:
        return dict(ctx.params.section("private_insurance"))

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        section = self._section(ctx)
        if profile.event_probability == 0.0:
            return unavailable(message(NOTHING_TO_INSURE))
        if ctx.deal.days > int(section["max_days"]):
            return unavailable(message("private_tenor", days=section["max_days"]))
        multiplier = section["category_multipliers"].get(ctx.country_category)
        if multiplier is None:
            return unavailable(message("private_category", category=ctx.country_category))
        rate = float(section["base_rate_pct"]) / 100.0 * float(multiplier)
        premium = rate * ctx.home_value(amount) * ctx.carry  # paid up front, compared at the payment date
        minimum = ctx.eur(float(section["min_premium_eur"])) * ctx.carry
        if premium < minimum:
            return Pricing(((message("cost_insurance_minimum"), minimum),),
                           notes=(message("private_minimum", rate_pct=rate),))
        return Pricing(((message("cost_insurance_premium", rate_pct=rate), premium),))

    def _terms(self, ctx: PricingContext) -> tuple[float, float, float, bool]:
        section = self._section(ctx)
        return (float(section["cover_share"]), ctx.eur(float(section["deductible_eur"])),
                waiting_discount(ctx, float(section["waiting_months"])), bool(section["covers_political"]))

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        return indemnity(amount, profile, outcome, *self._terms(ctx))

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        return expected_indemnity(ctx, amount, profile, *self._terms(ctx))
