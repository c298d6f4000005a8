"""Cover costs of one option for many invoice amounts at once: the components' price formulas on arrays."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from exportrisk.cover.base import Component, CoverOption, RiskProfile
from exportrisk.cover.collection_terms import DocumentsAgainstAcceptance, DocumentsAgainstPayment
from exportrisk.cover.documentary_collection import DocumentaryCollection
from exportrisk.cover.factoring import Factoring
from exportrisk.cover.forfaiting import Forfaiting
from exportrisk.cover.forward import FxForward
from exportrisk.cover.fx_option import FxPut, strike
from exportrisk.cover.letter_of_credit import ConfirmedLetterOfCredit, confirmation_rate, quarters
from exportrisk.cover.political_only import PoliticalOnlyCover, _rate
from exportrisk.cover.private_insurance import PrivateInsurance, tax_items
from exportrisk.cover.state_cover import StateCover, state_premium
from exportrisk.credit.ratings import is_speculative
from exportrisk.deal.model import Instrument
from exportrisk.engine.context import PricingContext
from exportrisk.engine.quote import bond_items
from exportrisk.errors import InputError
from exportrisk.fx.pricing import garman_kohlhagen
from exportrisk.tables import cache_key

#: Cost items (home currency, one value per amount) in the order the component lists them, and the amounts at
#: which the component is available (None: wherever the option is available at all).
Items = tuple[list[np.ndarray], np.ndarray | None]
Vector = Callable[[PricingContext, Component, np.ndarray, np.ndarray, RiskProfile], Items | None]


def _bounded(ctx: PricingContext, pct: float, value: np.ndarray, min_eur: float, max_eur: float = math.inf
             ) -> np.ndarray:
    """PricingContext.bounded_fee on an array: min(max(pct / 100 x value, min), max)."""
    return np.minimum(np.maximum(pct / 100.0 * value, ctx.eur(min_eur)), ctx.eur(max_eur))


def _collection_fee(ctx: PricingContext, amounts: np.ndarray) -> list[np.ndarray]:
    """cover.documentary_collection.collection_fee."""
    number = ctx.params.number
    return [_bounded(ctx, number("documentary_collection", "fee_pct"), amounts * ctx.spot,
                     number("documentary_collection", "fee_min_eur"),
                     ctx.params.number("documentary_collection", "fee_max_eur"))]


def _lc_fees(ctx: PricingContext, amounts: np.ndarray, confirmed: bool) -> list[np.ndarray]:
    """cover.letter_of_credit.lc_fees: confirmation count x max(rate x value, minimum), advising, negotiation,
    document checking, all carried."""
    value = amounts * ctx.spot
    carry = ctx.carry
    items = []
    if confirmed:
        rate, _ = confirmation_rate(ctx)
        minimum = ctx.eur(ctx.params.number("letter_of_credit", "confirmation_min_eur"))
        fee = quarters(ctx) * np.maximum(rate * value, minimum)
        items.append(fee * carry)
    ones = np.ones_like(value)
    items += [ones * (ctx.eur(ctx.params.number("letter_of_credit", "advising_fee_eur")) * carry),
              ctx.params.number("letter_of_credit", "negotiation_pct") / 100.0 * value * carry,
              ones * (ctx.eur(ctx.params.number("letter_of_credit", "document_check_fee_eur")) * carry)]
    return items


def _instrument_fees(ctx: PricingContext, amounts: np.ndarray) -> list[np.ndarray]:
    """cover.instrument.instrument_fees."""
    match ctx.deal.terms.instrument:
        case Instrument.DOCUMENTARY_COLLECTION:
            return _collection_fee(ctx, amounts)
        case Instrument.LC_UNCONFIRMED:
            return _lc_fees(ctx, amounts, confirmed=False)
        case Instrument.LC_CONFIRMED:
            return _lc_fees(ctx, amounts, confirmed=True)
    return []


def _handling_fee(ctx: PricingContext, value: np.ndarray) -> np.ndarray:
    """cover.state_cover.handling_fee on an array."""
    number = ctx.params.number
    return _bounded(ctx, number("state_cover", "handling_fee_pct"), value,
                    number("state_cover", "handling_fee_min_eur"), number("state_cover", "handling_fee_max_eur"))


def _tax_rate(ctx: PricingContext, state: bool) -> float:
    """The premium tax rate tax_items applies (0 when it adds no item)."""
    items, _ = tax_items(ctx, 1.0, state)
    return float(items[0][1]) if items else 0.0


def _forward(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
             profile: RiskProfile) -> Items:
    """FxForward.price: the points A (m - F) under another outlook than the forward, and the margin A F mu."""
    margin = ctx.params.number("fx_forward", "margin_pct") / 100.0
    items = [amounts * ctx.forward * margin]
    if ctx.expected_rate != ctx.forward:
        items.insert(0, amounts * (ctx.expected_rate - ctx.forward))
    return items, None


def _put(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
         profile: RiskProfile) -> Items:
    """FxPut.price: the Garman-Kohlhagen premium and the margin on the notional, carried."""
    unit = float(garman_kohlhagen(ctx.spot, strike(ctx), ctx.rate_home, ctx.rate_foreign, ctx.volatility,
                                  ctx.years, "put"))
    return [unit * amounts * ctx.carry,
            ctx.params.number("fx_option", "margin_pct") / 100.0 * amounts * ctx.spot * ctx.carry], None


def _private(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
             profile: RiskProfile) -> Items | None:
    """PrivateInsurance.price with no deductible: the risk premium is proportional to the amount (expected claims
    and the floor both are), the annual minimum's pro-rata share where premium / value x turnover < minimum,
    and the premium tax on both; `turnovers` NaN where the exporter's turnover is unknown."""
    assert isinstance(component, PrivateInsurance)
    if ctx.params.number("private_insurance", "deductible_eur") != 0.0:
        return None
    _, unit = component.risk_premium(ctx, 1.0, profile)
    premium = unit * amounts
    value = amounts * ctx.spot
    carry = ctx.carry
    minimum = ctx.eur(ctx.params.number("private_insurance", "min_premium_eur"))
    known = ~np.isnan(turnovers)
    with np.errstate(invalid="ignore", divide="ignore"):
        short = known & (premium / value * turnovers < minimum)
        top_up = np.where(short, (minimum * value / turnovers - premium) * carry, 0.0)
    taxed = premium * carry + top_up
    rate = _tax_rate(ctx, state=False)
    items = [premium * carry, top_up]
    if rate > 0.0:
        items.append(taxed * rate)
    return items, None


def _state(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
           profile: RiskProfile) -> Items | None:
    """StateCover.price: premium_pct x value and the bounded handling fee, carried, and any premium tax."""
    quote = state_premium(ctx)
    if quote.premium_pct is None:
        return None
    value = amounts * ctx.spot
    fee = _handling_fee(ctx, value)
    premium = quote.premium_pct / 100.0 * value * ctx.carry
    items = [premium, fee * ctx.carry]
    rate = _tax_rate(ctx, state=True)
    if rate > 0.0:
        items.append(premium * rate)
    return items, None


def _lc(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
        profile: RiskProfile) -> Items:
    """ConfirmedLetterOfCredit.price: lc_fees with the confirmation."""
    return _lc_fees(ctx, amounts, confirmed=True), None


def _collection(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
                profile: RiskProfile) -> Items:
    """DocumentaryCollection.price (and D/P, D/A): the collecting banks' bounded fee."""
    return _collection_fee(ctx, amounts), None


def _forfaiting(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
                profile: RiskProfile) -> Items:
    """Forfaiting.price: available from forfaiting.min_amount_eur; discount, commission and the interest the
    early cash earns."""
    assert isinstance(component, Forfaiting)
    value = amounts * ctx.spot
    margin, _ = component._margin(ctx)
    term = ctx.years + ctx.params.number("forfaiting", "grace_days") / 365.0
    discount_rate = max(ctx.rate_foreign + margin / 100.0, 0.0)
    sold = value * math.exp(-discount_rate * term)
    commission = sold * ctx.params.number("forfaiting", "commission_pct") / 100.0
    interest = (sold - commission) * (ctx.carry - 1.0)
    return [value - sold, commission, -interest], value >= ctx.eur(ctx.params.number("forfaiting", "min_amount_eur"))


def _factoring(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
               profile: RiskProfile) -> Items:
    """Factoring.price: the service fee, interest on the advance, less the funding it saves."""
    value = amounts * ctx.spot
    advance = ctx.params.number("factoring", "advance_share") * value
    fee = ctx.params.number("factoring", "service_fee_pct") / 100.0 * value * ctx.carry
    margin = ctx.params.number("factoring", "interest_margin_pct") / 100.0
    interest = advance * max(ctx.rate_home + margin, 0.0) * ctx.years
    saved = advance * ctx.funding_rate * ctx.years
    return [fee, interest, -saved], None


def _political(ctx: PricingContext, component: Component, amounts: np.ndarray, turnovers: np.ndarray,
               profile: RiskProfile) -> Items | None:
    """PoliticalOnlyCover.price: MPR_pol x value and the bounded handling fee, carried."""
    rate = _rate(cache_key(), ctx.country_category, ctx.buyer_category, ctx.years,
                 ctx.params.number("state_cover", "cover_share"), ctx.params.text("state_cover", "quality"),
                 ctx.country.marketable, is_speculative(ctx.obligor_rating))
    if isinstance(rate, InputError):
        return None
    value = amounts * ctx.spot
    fee = _handling_fee(ctx, value)
    return [rate.political_pct / 100.0 * value * ctx.carry, fee * ctx.carry], None


#: The components whose price has an array form here, by exact class (a subclass may price differently).
VECTORS: dict[type, Vector] = {
    FxForward: _forward, FxPut: _put, PrivateInsurance: _private, StateCover: _state,
    ConfirmedLetterOfCredit: _lc, DocumentaryCollection: _collection, DocumentsAgainstPayment: _collection,
    DocumentsAgainstAcceptance: _collection, Forfaiting: _forfaiting, Factoring: _factoring,
    PoliticalOnlyCover: _political,
}


#: The array forms that read neither the component nor the risk profile: for one context, amounts and
#: turnovers they are the same for every option that holds their component (option_costs' `shared`).
SHARED: frozenset[Vector] = frozenset({_forward, _put, _state, _lc, _collection, _factoring, _political})


def option_costs(ctx: PricingContext, option: CoverOption, profile: RiskProfile, amounts: np.ndarray,
                 turnovers: np.ndarray, shared: dict[object, Any] | None = None
                 ) -> tuple[np.ndarray, np.ndarray] | None:
    """engine.quote._pricing's cost of `option` for every amount (invoice currency), and where the amount keeps
    it available, given that it is available at all (sanctions and every refusal but a minimum amount do not
    depend on the amount: the caller prices one amount with _pricing for those). `turnovers`: the exporter's
    annual insured turnover per amount (home currency, NaN when unknown). None when a component has no array
    form (VECTORS): the caller prices each amount.

    `shared` (optional, empty at first): kept by the caller across the options of one context, amounts and
    turnovers, it holds the items that do not depend on the option (the instrument's fees, the bonds and the
    SHARED array forms), computed once. The arrays in it are never changed.

    The items are added in _pricing's order (the deal's own instrument fees unless a component replaces the
    instrument, each component's items, the bonds), so each cost is the same sum of the same terms."""
    memo: dict[object, Any] = {} if shared is None else shared
    items: list[np.ndarray] = []
    available = np.ones(amounts.shape, dtype=bool)
    if not any(c.replaces_instrument for c in option.components):
        if "instrument" not in memo:
            memo["instrument"] = _instrument_fees(ctx, amounts)
        items += memo["instrument"]
    for component in option.components:
        vector = VECTORS.get(type(component))
        if vector is None:
            return None
        if vector in SHARED:
            if vector not in memo:
                memo[vector] = vector(ctx, component, amounts, turnovers, profile)
            part = memo[vector]
        else:
            part = vector(ctx, component, amounts, turnovers, profile)
        if part is None:
            return None
        items += part[0]
        if part[1] is not None:
            available &= part[1]
    if "bonds" not in memo:
        memo["bonds"] = [np.full(amounts.shape, value) for _, value in bond_items(ctx)]
    items += memo["bonds"]
    cost = np.zeros(amounts.shape)
    for item in items:
        cost = cost + item
    return cost, available
