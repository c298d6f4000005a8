"""Private credit insurance of the receivable: priced on expected claims, with a floor, minimum and tax."""

from __future__ import annotations

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, unavailable
from exportrisk.cover.insurance import exact_indemnity, expected_indemnity, indemnity, waiting_discount
from exportrisk.cover.labels import message
from exportrisk.cover.piecewise import StatePayoffs
from exportrisk.cover.premium_tax import premium_tax
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext
from exportrisk.messages import Message

NOTHING_TO_INSURE = "nothing_to_insure"
#: The parameter section of the policy (resources/parameters.toml [private_insurance]).
SECTION = "private_insurance"
#: A policy is priced for at least a quarter of cover, however short the credit term.
MIN_FLOOR_YEARS = 0.25


def annual_turnover(ctx: PricingContext) -> float | None:
    """The exporter's insured turnover a year in home currency: the deal's, else the settings', else None."""
    given = ctx.deal.exporter.annual_insured_turnover
    if given is not None:
        return given
    setting = ctx.params.number(SECTION, "annual_insured_turnover_eur")
    return ctx.eur(setting) if setting > 0 else None


def tax_items(ctx: PricingContext, premium: float, state: bool) -> tuple[list[tuple[Message, float]], list[Message]]:
    """Insurance premium tax on `premium` by the exporter's country, as a cost item, or the note why none."""
    tax = premium_tax(ctx.exporter_country)
    if tax is None:
        if state:
            return [], []
        if ctx.exporter_country is None:
            return [], [message("premium_tax_unknown")]
        return [], [message("premium_tax_untabulated", country=ctx.exporter_country)]
    notes = []
    if state:
        if tax.state_exempt == "unverified":
            return [], [message("premium_tax_unverified", country=tax.iso3)]
        rate = 0.0 if tax.state_exempt == "yes" else tax.private_pct / 100.0
    else:
        rate = tax.private_rate
        if tax.private_export_exempt == "unverified" and rate > 0:
            notes.append(message("premium_tax_private_unverified", country=tax.iso3, rate_pct=rate))
    if rate <= 0.0:
        return [], notes
    return [(message("cost_premium_tax", rate_pct=rate, country=tax.iso3), premium * rate)], notes


def duplicated_by_instrument(ctx: PricingContext) -> Pricing | None:
    """Credit insurance is not offered on top of a confirmed L/C: the confirming bank already pays."""
    if ctx.deal.terms.instrument is Instrument.LC_CONFIRMED:
        return unavailable(message("duplicate_cover"))
    return None


class PrivateInsurance(Component):
    """Premium = max(expected claims / target loss ratio, floor rate x insured amount x max(T, 1/4)), paid up front.

    Expected claims: E[indemnity] over the term at the cover share and deductible, for commercial and (when the
    policy covers it) political causes, before the claims wait; the target loss ratio (0.375: Coface and ICISA
    2024-2025 results) leaves 62.5 % of the premium for expenses and profit, so premium >= claims / (1 -
    loading). The floor is a rate a year by the buyer's OECD category. The annual minimum premium is a policy
    cost: spread over the exporter's insured turnover when given, else shown beside the premium. Premium tax by
    the exporter's country is its own item. FX risk stays with the exporter.
    """

    id = "private_insurance"
    scopes = ("private_insurance",)

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        refused = self.refusal(ctx, profile)
        if refused is not None:
            return refused
        value = ctx.home_value(amount)
        carry = ctx.carry  # paid up front, compared at the payment date
        label, premium = self.risk_premium(ctx, amount, profile)
        items: list[tuple[Message, float]] = [(label, premium * carry)]
        notes: list[Message] = []
        minimum = ctx.eur(ctx.params.number(SECTION, "min_premium_eur"))
        turnover = annual_turnover(ctx)
        if turnover is None:
            notes.append(message("private_policy_minimum", minimum_money=minimum, currency=ctx.home))
        elif premium / value * turnover < minimum:
            share = minimum * value / turnover
            items.append((message("cost_minimum_share", share_pct=value / turnover), (share - premium) * carry))
            notes.append(message("private_uneconomic", minimum_money=minimum, currency=ctx.home,
                                 rate_premium_money=premium / value * turnover, share_money=share))
        taxed = sum(amount for _, amount in items)
        tax, tax_notes = tax_items(ctx, taxed, state=False)
        return Pricing(tuple(items + tax), notes=tuple(notes + tax_notes))

    def refusal(self, ctx: PricingContext, profile: RiskProfile) -> Pricing | None:
        """Why an insurer would not write this receivable (nothing to insure, a confirmed L/C already in place,
        a tenor or a country category outside private cover), or None when it is insurable."""
        if profile.event_probability == 0.0:
            return unavailable(message(NOTHING_TO_INSURE))
        duplicate = duplicated_by_instrument(ctx)
        if duplicate is not None:
            return duplicate
        max_days = ctx.params.integer(SECTION, "max_days")
        if ctx.deal.days > max_days:
            return unavailable(message("private_tenor", days=max_days))
        if ctx.params.table(SECTION, "category_multipliers").get(ctx.country_category) is None:
            return unavailable(message("private_category", category=ctx.country_category))
        return None

    def risk_premium(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> tuple[Message, float]:
        """The rate premium before the annual minimum and tax, paid up front (not carried):
        max(E[claims] / target loss ratio, floor rate x max(T, 1/4) x cover x A S_0)."""
        params = ctx.params
        cover, deductible, _, political = self._terms(ctx)
        claims = expected_indemnity(ctx, amount, profile, cover, deductible, 1.0, political)
        loss_ratio = params.number(SECTION, "target_loss_ratio")
        multiplier = params.table(SECTION, "category_multipliers")[ctx.country_category]
        floor_rate = params.number(SECTION, "base_rate_pct") / 100.0 * multiplier
        floor = floor_rate * max(ctx.years, MIN_FLOOR_YEARS) * cover * ctx.home_value(amount)
        if claims / loss_ratio >= floor:
            label = message("cost_insurance_risk_premium", claims_money=claims, loss_ratio_pct=loss_ratio)
            return label, claims / loss_ratio
        return message("cost_insurance_floor", rate_pct=floor_rate), floor

    def _terms(self, ctx: PricingContext) -> tuple[float, float, float, bool]:
        params = ctx.params
        return (params.number(SECTION, "cover_share"), ctx.eur(params.number(SECTION, "deductible_eur")),
                waiting_discount(ctx, params.number(SECTION, "waiting_months")),
                params.flag(SECTION, "covers_political"))

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        return indemnity(amount, profile, outcome, *self._terms(ctx))

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        return expected_indemnity(ctx, amount, profile, *self._terms(ctx))

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs:
        return exact_indemnity(ctx, amount, profile, *self._terms(ctx))
