"""Forfaiting: sell the receivable now, without recourse; FX, buyer and country risk all go."""

from __future__ import annotations

import math

from exportrisk.cover.bank_tables import forfaiting_margin
from exportrisk.cover.base import Component, Pricing, RiskProfile, unavailable
from exportrisk.cover.labels import message
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext


class Forfaiting(Component):
    """Proceeds now = A exp(-max(r_f + m, 0) (T + grace)) (1 - commission), converted at spot.

    The discount rate is floored at zero: no forfaiter pays more than the face value for a receivable, so a
    foreign rate below minus the margin gives no discount rather than a negative one.

    Compared at the payment date, the early cash saves the exporter's funding: value = proceeds S_0 exp(r_fund T).
    The whole cost V_0 - value is deterministic; nothing is left to the exporter. The margin m is set by the
    OECD category of the avalising bank's country and the tenor (bank/forfaiting_margins.csv, an ExportRisk
    estimate, said so) unless forfaiting.margin_pct gives your forfaiter's quote for that category. Continuous
    compounding is an ExportRisk convention.
    """

    id = "forfaiting"
    scopes = ("bank",)

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        return profile.without(p_commercial=0.0, p_political=0.0, fx_exposed=False, obligor="forfaiter",
                               correlation=0.0)

    def _margin(self, ctx: PricingContext) -> tuple[float, tuple]:
        assert ctx.bank is not None
        category = ctx.bank.category
        quoted = ctx.params.table("forfaiting", "margin_pct")
        if "margin_pct" in ctx.params.info["forfaiting"].overridden and category in quoted:
            return quoted[category], ()
        margin = forfaiting_margin(category, ctx.years)
        note = message("forfaiting_estimate", rate_pct=margin / 100.0, category=category, term_years=ctx.years)
        return margin, (note, *ctx.bank.notes)

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        params = ctx.params
        if ctx.deal.terms.instrument is Instrument.CASH_IN_ADVANCE:
            return unavailable(message("forfaiting_advance"))
        value = ctx.home_value(amount)
        minimum_eur = params.number("forfaiting", "min_amount_eur")
        if value < ctx.eur(minimum_eur):
            return unavailable(message("forfaiting_minimum", minimum_money=minimum_eur))
        margin, notes = self._margin(ctx)
        term = ctx.years + params.number("forfaiting", "grace_days") / 365.0
        discount_rate = max(ctx.rate_foreign + margin / 100.0, 0.0)  # a forfaiter never pays above face
        sold = value * math.exp(-discount_rate * term)
        commission = sold * params.number("forfaiting", "commission_pct") / 100.0
        interest = (sold - commission) * (ctx.carry - 1.0)
        return Pricing(((message("cost_forfaiting_discount", rate_pct=discount_rate, days=round(term * 365)),
                         value - sold),
                        (message("cost_forfaiting_commission"), commission),
                        (message("cost_forfaiting_interest"), -interest)), notes=notes)
