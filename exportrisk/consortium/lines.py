"""Each receivable of a pool priced through the single-deal cover components: fees, hedge, group premium, EL."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from exportrisk.consortium.model import Pool
from exportrisk.cover.base import CoverOption
from exportrisk.cover.forward import FxForward
from exportrisk.cover.group_policy import GroupPolicy
from exportrisk.cover.instrument import instrument_fees
from exportrisk.deal.io import deal_to_dict
from exportrisk.engine.context import PricingContext, build_context
from exportrisk.engine.quote import _pricing, expected_retained
from exportrisk.errors import InputError
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters

HEDGE = FxForward()
POLICY = GroupPolicy()


@dataclass(frozen=True)
class Line:
    """One receivable in the pool's currency at the payment date, priced as a single deal would be.

    `hedged` is the option "FX forward" (nothing when the invoice is in the home currency) and `insured` the
    option "group policy + FX forward": both through engine.quote._pricing (the deal's own instrument fees,
    sanctions) and engine.quote.expected_retained (the closed-form expected loss under the FX outlook).
    """

    member: int
    value: float           # A S_0
    instrument: float      # the deal's own instrument fees, in every design
    hedge: float           # the forward's cost on the whole invoice (margin; points under the spot outlook)
    premium: float         # the group policy's risk premium, carried (0 when not insurable)
    el_hedged: float       # E[retained], hedged, not insured
    el_insured: float      # E[retained], hedged and insured (= el_hedged when not insurable)
    insured: bool
    default_loss: float    # A m LGD_c, m the outlook's expected rate (loss if the obligor defaults)
    political_loss: float  # A m LGD_p (0 when the profile carries no political risk)
    pd: float              # obligor's default probability over the term
    pd_1y: float
    political_pd: float
    country: str
    years: float
    cover_share: float
    claim_discount: float
    available: bool = True  # False when sanctions leave no option for the receivable
    reason: str = ""


def contexts(pool: Pool, market: MarketData, params: Parameters) -> list[tuple[PricingContext, float]]:
    """A pricing context per receivable (built once per shared risk: receivables differing only by names and
    amount share one) and the receivable's amount."""
    built: dict[str, PricingContext] = {}
    out = []
    for receivable in pool.receivables:
        deal = pool.deal_for(receivable)
        unit = replace(deal, terms=replace(deal.terms, amount=1.0), exporter=replace(deal.exporter, name="-"),
                       buyer=replace(deal.buyer, name="-"))
        key = json.dumps(deal_to_dict(unit), sort_keys=True)
        if key not in built:
            try:
                built[key] = build_context(unit, market, params)
            except InputError as exc:
                raise exc.located(receivable.where) from None
        out.append((built[key], receivable.terms.amount * deal.claim_factor))
    return out


def price_line(ctx: PricingContext, amount: float, member: int, to_pool: float) -> Line:
    """One receivable's line; `to_pool` converts the member's home currency into the pool's."""
    hedge = (HEDGE,) if ctx.has_fx_risk else ()
    hedged = CoverOption("pool_hedged", "FX forward", hedge)
    insured = CoverOption("pool_insured", "Group policy + FX forward", (POLICY, *hedge))
    profile = hedged.profile(ctx)
    p_hedged = _pricing(ctx, hedged, profile, amount)
    mean = ctx.expected_rate if profile.fx_exposed else ctx.spot
    p_political = profile.p_political if profile.lgd_political > 0 else 0.0
    years = ctx.years
    pd_1y = 1.0 - (1.0 - profile.p_commercial) ** (1.0 / years) if years > 0 else profile.p_commercial
    cover, _, discount, _ = POLICY._terms(ctx)
    common = dict(member=member, value=ctx.home_value(amount) * to_pool,
                  default_loss=amount * mean * profile.lgd_commercial * to_pool,
                  political_loss=amount * mean * profile.lgd_political * to_pool if p_political > 0 else 0.0,
                  pd=profile.p_commercial, pd_1y=pd_1y, political_pd=p_political, country=ctx.country.iso3,
                  years=years, cover_share=cover, claim_discount=discount)
    if not p_hedged.available:
        return Line(instrument=0.0, hedge=0.0, premium=0.0, el_hedged=0.0, el_insured=0.0, insured=False,
                    available=False, reason=p_hedged.reason, **{**common, "default_loss": 0.0,
                                                                "political_loss": 0.0, "value": 0.0})
    hedge_cost = HEDGE.price(ctx, amount, profile).cost if hedge else 0.0
    el_hedged = expected_retained(ctx, hedged, profile, amount) * to_pool
    p_insured = _pricing(ctx, insured, insured.profile(ctx), amount)
    if p_insured.available:
        premium = POLICY.price(ctx, amount, profile).cost
        el_insured = expected_retained(ctx, insured, profile, amount) * to_pool
    else:
        premium, el_insured = 0.0, el_hedged
    return Line(instrument=(p_hedged.cost - hedge_cost) * to_pool, hedge=hedge_cost * to_pool,
                premium=premium * to_pool, el_hedged=el_hedged, el_insured=el_insured,
                insured=p_insured.available, **common)


def price_lines(priced: list[tuple[PricingContext, float]], members: list[int], to_pool: list[float],
                linear: bool) -> list[Line]:
    """Every receivable's line. With no fixed insurance deductible (`linear`) every figure but the instrument's
    fees (minimums and caps) is proportional to the amount A, so each shared context is priced once for A = 1
    and scaled; the instrument's fees are priced per amount (cover.instrument.instrument_fees). Otherwise each
    receivable is priced in full."""
    if not linear:
        return [price_line(ctx, amount, m, rate) for (ctx, amount), m, rate in zip(priced, members, to_pool,
                                                                                    strict=True)]
    units: dict[tuple[int, float], Line] = {}
    out = []
    for (ctx, amount), member, rate in zip(priced, members, to_pool, strict=True):
        key = (id(ctx), rate)
        if key not in units:
            units[key] = price_line(ctx, 1.0, member, rate)
        unit = units[key]
        if not unit.available:
            out.append(replace(unit, member=member))
            continue
        out.append(replace(unit, member=member, value=unit.value * amount,
                           instrument=instrument_fees(ctx, amount).cost * rate, hedge=unit.hedge * amount,
                           premium=unit.premium * amount, el_hedged=unit.el_hedged * amount,
                           el_insured=unit.el_insured * amount, default_loss=unit.default_loss * amount,
                           political_loss=unit.political_loss * amount))
    return out
