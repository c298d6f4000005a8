"""Political-risk-only state cover: the exporter keeps the buyer's commercial risk and insures the country's."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from exportrisk.cover.base import Component, PathOutcome, Pricing, RiskProfile, unavailable
from exportrisk.cover.insurance import waiting_discount
from exportrisk.cover.labels import message
from exportrisk.cover.piecewise import ZERO, Piecewise, StatePayoffs
from exportrisk.cover.private_insurance import duplicated_by_instrument
from exportrisk.cover.state_cover import handling_fee
from exportrisk.credit.ratings import is_speculative
from exportrisk.engine.context import PricingContext
from exportrisk.errors import InputError
from exportrisk.finance.political_only import PoliticalOnlyRate, political_only_rate
from exportrisk.finance.texts import finance_message
from exportrisk.tables import cache_key


@lru_cache(maxsize=256)
def _rate(tables: str, category: str, buyer_category: str, years: float, share: float, quality: str,
          marketable: bool, speculative: bool) -> PoliticalOnlyRate | InputError:
    """political_only_rate of these inputs, or the InputError it raises, once per version of the premium tables
    (`tables` = tables.cache_key()): it does not depend on the amount, and a minimum-price search and the
    what-if re-quotes ask for it again and again."""
    try:
        return political_only_rate(category, buyer_category, years, share, quality, marketable, speculative)
    except InputError as exc:
        return exc.with_traceback(None)


class PoliticalOnlyCover(Component):
    """State cover of political and transfer risk only (PCC = 0): premium = MPR_pol x value x carry plus the
    handling fee (exportrisk.finance.political_only: the Arrangement's MPR without its buyer term); pays
    cover_share x A x LGD_p x S_T on a political event, after the claims waiting period; nothing on a buyer
    default."""

    id = "political_only"
    scopes = ("state_cover",)

    def _terms(self, ctx: PricingContext) -> tuple[float, float]:
        return (ctx.params.number("state_cover", "cover_share"),
                waiting_discount(ctx, ctx.params.number("state_cover", "waiting_months")))

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        if profile.p_political == 0.0:
            return unavailable(message("nothing_to_insure"))
        duplicate = duplicated_by_instrument(ctx)
        if duplicate is not None:
            return duplicate
        share, _ = self._terms(ctx)
        rate = _rate(cache_key(), ctx.country_category, ctx.buyer_category, ctx.years, share,
                     ctx.params.text("state_cover", "quality"), ctx.country.marketable,
                     is_speculative(ctx.obligor_rating))
        if isinstance(rate, InputError):
            return unavailable(finance_message("political_only_unavailable", reason=rate.text("en")))
        value = ctx.home_value(amount)
        fee = handling_fee(ctx, value)
        label = message("cost_state_premium", premium_pct=rate.political_pct / 100.0, rule=rate.method)
        return Pricing(((label, rate.political_pct / 100.0 * value * ctx.carry),
                        (message("cost_handling_fee"), fee * ctx.carry)))

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray:
        share, discount = self._terms(ctx)
        return discount * share * amount * outcome.rate * profile.lgd_political * outcome.political

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        """discount x share x A x LGD_p x E[S_T 1{political only}] = ... x m x w_p (rate-weighted)."""
        share, discount = self._terms(ctx)
        mean = ctx.expected_rate if profile.fx_exposed else ctx.spot
        _, w_p = profile.rate_weighted_events(ctx.term_std if profile.fx_exposed else 0.0)
        return discount * share * amount * profile.lgd_political * mean * w_p

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs:
        share, discount = self._terms(ctx)
        if profile.fx_exposed:
            claim = Piecewise.linear(0.0, discount * share * amount * profile.lgd_political * ctx.expected_rate)
        else:
            claim = Piecewise.linear(discount * share * amount * profile.lgd_political * ctx.spot)
        return StatePayoffs(ZERO, ZERO, claim)
