"""Price every cover option for one deal, find the minimum price, rank, and recommend."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from exportrisk.cover.base import CoverOption, Pricing, RiskProfile, unavailable
from exportrisk.cover.instrument import instrument_fees, instrument_scopes
from exportrisk.cover.registry import deal_options
from exportrisk.deal.io import deal_to_dict
from exportrisk.deal.model import Deal
from exportrisk.engine.batch_exact import stacked_es
from exportrisk.engine.context import PricingContext, build_context
from exportrisk.engine.exact import option_states
from exportrisk.engine.result import (
    LEVELS,
    Assumption,
    OptionResult,
    QuoteResult,
    RiskSummary,
    round_price_up,
)
from exportrisk.engine.simulation import Job, SimulationSettings
from exportrisk.engine.summary import chart_series, risk_levels
from exportrisk.engine.tails import METHODS, Tail, option_tails, simulated_tails, solve_prices
from exportrisk.errors import InputError
from exportrisk.finance.terms import FinanceTerms
from exportrisk.fx.risk import normal_var_es
from exportrisk.market.service import MarketData
from exportrisk.messages import Message, message
from exportrisk.parameters import Parameters
from exportrisk.progress import Progress
from exportrisk.tables import pinned_tables

if TYPE_CHECKING:
    from exportrisk.finance.summary import FinanceSummary

MAX_PRICE_ITERATIONS = 12
PRICE_TOLERANCE = 0.001  # invoice-currency units
MAX_PRICE_FACTOR = 1000.0  # a "minimum price" above 1000 x the quoted amount means no price works


def linear_in_amount(params: Parameters) -> bool:
    """Retained losses scale with the invoice amount unless an insurance deductible is a fixed sum."""
    return params.number("private_insurance", "deductible_eur") == 0.0


def _pricing(ctx: PricingContext, option: CoverOption, profile: RiskProfile, amount: float) -> Pricing:
    """All components' costs together, with the deal's own instrument fees unless a component replaces the
    instrument; sanctions first (BLOCK or OFF_COVER make the option unavailable, RESTRICTED adds a note);
    the first unavailable component makes the option unavailable."""
    items: list[tuple[str, float]] = []
    notes: list[str] = []
    keeps_instrument = not any(c.replaces_instrument for c in option.components)
    scopes = tuple(scope for c in option.components for scope in c.scopes)
    if keeps_instrument:
        scopes += instrument_scopes(ctx)
    assert ctx.compliance is not None
    binding = ctx.compliance.binding(scopes)
    if binding is not None and (binding.level == "BLOCK" or binding.level == "OFF_COVER"):
        return unavailable(binding.reason())
    if binding is not None:
        notes.append(binding.reason())
    if keeps_instrument:
        own = instrument_fees(ctx, amount)
        items += own.items
        if own.items and not option.components:
            notes.append(message("baseline_instrument", instrument=ctx.deal.terms.instrument.value))
    for component in option.components:
        part = ctx.component_result("price", component, amount, profile,
                                    lambda c=component: c.price(ctx, amount, profile))
        if not part.available:
            return part
        items += part.items
        notes += part.notes
    items += bond_items(ctx)
    return Pricing(tuple(items), True, "", tuple(notes))


def bond_items(ctx: PricingContext) -> tuple[tuple[str, float], ...]:
    """The deal's bonds as cost items of every option, home currency at the payment date: the bank commission
    and any state counter-guarantee premium, paid up front and carried (x exp(r_fund T)), and the expected
    unfair-call loss q x amount (left with the exporter after the counter-guarantee's share), at spot
    (exportrisk.finance.bonds.bond_quote). None without [[bond]] tables."""
    if not ctx.deal.finance.bonds:
        return ()
    from exportrisk.finance.bonds import bond_quote  # only a deal with bonds loads the bond tables' module

    bank = ctx.bank.category if ctx.bank is not None else ctx.country_category
    items: list[tuple[str, float]] = []
    for bond in ctx.deal.finance.bonds:
        quote = bond_quote(bond, bank, ctx.country_category, params=ctx.params)
        kind = message(f"bond_kind_{bond.kind}")
        items.append((message("cost_bond_fee", bond=kind, rate_pct=quote.rate_pct_pa / 100.0),
                      ctx.home_value(quote.fee) * ctx.carry))
        if quote.counter_guarantee_premium:
            items.append((message("cost_bond_counter_guarantee", bond=kind),
                          ctx.home_value(quote.counter_guarantee_premium) * ctx.carry))
        items.append((message("cost_bond_unfair_call", bond=kind,
                              probability_pct=quote.unfair_call_probability),
                      ctx.home_value(quote.expected_call_loss_covered)))
    return tuple(items)


def expected_retained(ctx: PricingContext, option: CoverOption, profile: RiskProfile, amount: float) -> float:
    """Closed form: E[retained] = A S_0 - A m (1 - LGD_c w_c - LGD_p w_p) - sum of E[component payoffs].

    m = E[S_T] (the outlook's expected rate; S_0 when the payment is not exposed), w_c and w_p the event
    probabilities weighted by the rate (RiskProfile.rate_weighted_events: p_c and (1 - p_c) p_p without an
    FX-default correlation). Under the forward outlook an open position's expected FX loss is A (S_0 - F).
    """
    paid = sum(ctx.component_result("expected_payoff", c, amount, profile,
                                    lambda c=c: c.expected_payoff(ctx, amount, profile)) for c in option.components)
    mean = ctx.expected_rate if profile.fx_exposed else ctx.spot
    w_c, w_p = profile.rate_weighted_events(ctx.term_std)
    lost = amount * mean * (profile.lgd_commercial * w_c + profile.lgd_political * w_p)
    return amount * (ctx.spot - mean) + lost - paid  # written so that nothing cancels when m = S_0


def risk_adjusted_cost(cost: float, expected_loss: float, es: float, capital_rate: float, years: float) -> float:
    """Risk-adjusted cost = costs + EL + k x (ES - EL) x T: economic capital on the unexpected loss charged at a
    cost of capital k, as in RAROC pricing."""
    return cost + expected_loss + capital_rate * max(es - expected_loss, 0.0) * years


def _solve_min_prices(rac_at_amount: dict[str, float], amount: float, spot: float, margin: float, cost: float,
                      rac_at: Callable[[dict[str, float], int], dict[str, float]]
                      ) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
    """Minimum price P per option, the root of g(P) = (C + RAC(P)) / (S_0 (1 - m)) - P.

    That is P S_0 (1 - m) - RAC(P) = C. RAC is nearly linear in P (fixed fees and minimum premiums make it
    piecewise linear), so the secant method on the same random numbers finds the root in a few steps. When
    risk costs grow with the price faster than the margin allows there is no root: the option gets a note.
    """
    keep = spot * (1.0 - margin)
    if not keep > 0.0:  # a margin of (or rounding to) 100 %: no price leaves anything for costs and risks
        return {}, {key: (message("no_min_price", margin_pct=margin, share_pct=r / (amount * spot)),)
                    for key, r in rac_at_amount.items()}
    previous = {k: (amount, (cost + r) / keep - amount) for k, r in rac_at_amount.items()}
    current = {k: amount + g for k, (_, g) in previous.items()}
    prices: dict[str, float] = {}
    shares = {k: r / (amount * spot) for k, r in rac_at_amount.items()}
    for iteration in range(MAX_PRICE_ITERATIONS):
        pending = {k: p for k, p in current.items() if 0.0 < p <= MAX_PRICE_FACTOR * amount and math.isfinite(p)}
        if not pending:
            break
        for key, rac in rac_at(pending, iteration).items():
            price = pending[key]
            shares[key] = rac / (price * spot)
            gap = (cost + rac) / keep - price
            if abs(gap) < PRICE_TOLERANCE:
                prices[key] = price + gap
                del current[key]
                continue
            old_price, old_gap = previous[key]
            slope = (gap - old_gap) / (price - old_price) if price != old_price else -1.0
            previous[key] = (price, gap)
            current[key] = price - gap / slope if slope < 0 else math.inf  # g must fall as P rises
        current = {k: p for k, p in current.items() if k not in prices}
    notes = {key: (message("no_min_price", margin_pct=margin, share_pct=shares[key]),)
             for key in rac_at_amount if key not in prices}
    return prices, notes


def _margin_and_cost(ctx: PricingContext) -> tuple[float, float, list[str]]:
    """Target margin m and production cost C (home currency) that the minimum price must keep.

    Margin on revenue at spot: (P S_0 - C - RAC) / (P S_0) = m. With only a cost, m is the margin the
    quoted amount earns before risk; with only a margin, C = A S_0 (1 - m).
    """
    terms = ctx.deal.terms
    value = ctx.home_value(terms.amount)
    if terms.cost is not None and terms.target_margin is not None:
        return terms.target_margin, terms.cost, []
    if terms.cost is not None:
        margin = 1.0 - terms.cost / value
        if margin < 0:
            return 0.0, terms.cost, [message("below_cost", value_money=value, currency=ctx.home,
                                             cost_money=terms.cost)]
        return margin, terms.cost, []
    assert terms.target_margin is not None
    return terms.target_margin, value * (1.0 - terms.target_margin), []


def _assumptions(params: Parameters) -> tuple[Assumption, ...]:
    out = []
    for section, values in params.values.items():
        info = params.info[section]
        for key, value in values.items():
            shown = dict(value) if isinstance(value, dict) or hasattr(value, "items") else value
            out.append(Assumption(f"{section}.{key}", shown, info.source, info.as_of, info.assumption,
                                  key in info.overridden))
    return tuple(out)


def _recommendation(ctx: PricingContext, best: OptionResult | None, none: OptionResult, priced: bool) -> Message:
    """One or two sentences: the best option's figures, then the minimum price (when it was searched)."""
    if best is None:
        return message("rec_none")
    value = ctx.home_value(ctx.deal.terms.amount)
    share = best.risk_adjusted_cost / value if value else 0.0
    figures = {"best_option": best.id, "rac_money": best.risk_adjusted_cost, "currency": ctx.home,
               "share_pct": share, "cost_money": best.cost, "el_money": best.expected_loss,
               "es_money": best.es[0.99]}
    if best.id != "none" and none.available:
        summary = message("rec_best_against", **figures, none_es_money=none.es[0.99])
    else:
        summary = message("rec_best", **figures)
    if not priced:
        return summary
    if best.min_price is None:
        return message("rec_with_price", summary=summary, price=message("rec_no_price"))
    return message("rec_with_price", summary=summary,
                   price=message("rec_min_price", price_money=round_price_up(best.min_price), currency=ctx.foreign))


def risk_summary(ctx: PricingContext, value: float) -> RiskSummary:
    """The three risks of the uncovered deal, for an invoice worth `value` at spot (home currency)."""
    # delta-normal 99 % VaR of the open receivable plus its expected move to the outlook's mean, A (S_0 - m)
    drift = value * (1.0 - ctx.expected_rate / ctx.spot)
    fx_var = normal_var_es(value, ctx.term_std, 0.99)[0] + drift if ctx.has_fx_risk else 0.0
    profile = ctx.base_profile
    return RiskSummary(
        fx_volatility=ctx.volatility, fx_term_std=ctx.term_std, fx_var_99=fx_var, fx_var_99_share=fx_var / value,
        buyer_default_probability=ctx.buyer_default.probability, buyer_pd_1y=ctx.buyer_default.pd_1y,
        buyer_rating=ctx.obligor_rating, buyer_category=ctx.buyer_category, credit_method=ctx.buyer_default.method,
        credit_source=ctx.buyer_default.source, lgd=profile.lgd_commercial, obligor=profile.obligor,
        commercial_probability=profile.p_commercial, political_probability=profile.p_political,
        political_lgd=profile.lgd_political, political_annual=ctx.political.annual,
        political_source=ctx.political.source, country_iso3=ctx.country.iso3, country_name=ctx.country.name,
        country_category=ctx.country_category, oecd_category=ctx.country.category,
        marketable=ctx.country.marketable)


@dataclass(frozen=True)
class _Priced:
    """Every option of one context, ranked."""

    options: tuple[OptionResult, ...]
    ranking: tuple[str, ...]

    def best(self) -> OptionResult | None:
        return next((o for o in self.options if self.ranking and o.id == self.ranking[0]), None)


class _OptionSet:
    """Every option of one context with its risk profile and its pricing at the quoted amount, and the means to
    integrate or simulate their tails (tails.option_tails) and solve their minimum prices."""

    def __init__(self, ctx: PricingContext, settings: SimulationSettings, progress: Progress | None,
                 method: str) -> None:
        self.ctx, self.settings, self.progress, self.method = ctx, settings, progress, method
        self.capital_rate = ctx.params.number("capital", "cost_of_capital")
        self.es_level = ctx.params.number("capital", "es_level")
        self.claim = ctx.deal.claim_factor  # what the buyer owes per unit of invoiced principal (interest included)
        self.amount = ctx.deal.terms.amount * self.claim
        self.options = deal_options(ctx.deal)
        self.by_id = {o.id: o for o in self.options}
        self.linear = linear_in_amount(ctx.params)
        self.profiles = {o.id: o.profile(ctx) for o in self.options}
        self.pricings = {o.id: _pricing(ctx, o, self.profiles[o.id], self.amount) for o in self.options}
        self.live = [o for o in self.options if self.pricings[o.id].available]

    def evaluate(self, amounts: dict[str, float], share: tuple[float, float], quantiles: bool = False,
                 only_es: bool = False) -> dict[str, tuple[Pricing, float, Tail]]:
        """Per option of `amounts` (claim amounts): its pricing, closed-form expected loss and tail."""
        ctx, progress = self.ctx, self.progress
        part = Progress() if progress is None else Progress(lambda f: progress.update(share[0] + f * share[1]))
        if progress is not None and progress.cancelled:
            part.cancel()
        chosen = [o for o in self.live if o.id in amounts]
        tails = option_tails(ctx, chosen, [self.profiles[o.id] for o in chosen], [amounts[o.id] for o in chosen],
                             self.method, self.settings, self.es_level, part, quantiles, only_es)
        return {o.id: (self.pricings[o.id] if amounts[o.id] == self.amount
                       else _pricing(ctx, o, self.profiles[o.id], amounts[o.id]),
                       expected_retained(ctx, o, self.profiles[o.id], amounts[o.id]), tail)
                for o, tail in zip(chosen, tails, strict=True)}

    def rac(self, entry: tuple[Pricing, float, Tail]) -> float:
        pricing, el, tail = entry
        return risk_adjusted_cost(pricing.cost, el, tail.shortfall(self.es_level), self.capital_rate,
                                  self.ctx.years)

    def scaled_rac(self, entry: tuple[Pricing, float, Tail], option_id: str, amount: float) -> float:
        """RAC at claim amount `amount` from the option's figures at the quoted amount A, when every payoff is
        linear in the amount: the retained loss at amount a is (a / A) times the one at A, so EL and ES scale by
        a / A (VaR and ES are positively homogeneous, Artzner et al. 1999, "Coherent measures of risk", Math.
        Finance 9), and only the costs, with their minimums and fixed fees, are priced again at a."""
        _, el, tail = entry
        factor = amount / self.amount
        pricing = _pricing(self.ctx, self.by_id[option_id], self.profiles[option_id], amount)
        return risk_adjusted_cost(pricing.cost, factor * el, factor * tail.shortfall(self.es_level),
                                  self.capital_rate, self.ctx.years)

    def min_prices(self, base: dict[str, tuple[Pricing, float, Tail]], base_rac: dict[str, float],
                   funded_cost: float, margin: float) -> tuple[dict[str, float], dict[str, tuple[Message, ...]]]:
        """The minimum price of every option of `base_rac` (its RAC at the quoted amount; `base` its figures
        there), and a note for each option where no price keeps the margin: solve_prices on the exact RAC
        (scaled_rac when the payoffs are linear in the amount and the tail is exact, else integrated again at
        each price), _solve_min_prices on simulated ones (the same random numbers at every step)."""
        ctx, claim = self.ctx, self.claim
        if self.method == "exact":
            def exact_rac_at(pending: dict[str, float]) -> dict[str, float]:
                amounts = {k: p * claim for k, p in pending.items()}
                scaled = {k for k in amounts if self.linear and self.amount > 0.0 and base[k][2].method == "exact"}
                out = {k: self.scaled_rac(base[k], k, amounts[k]) for k in scaled}
                rest = {k: a for k, a in amounts.items() if k not in scaled}
                if rest:
                    out |= {k: self.rac(v) for k, v in self.evaluate(rest, (1.0, 0.0), only_es=True).items()}
                return out

            prices, shares = solve_prices(base_rac, ctx.deal.terms.amount, ctx.spot * claim, margin, funded_cost,
                                          exact_rac_at, MAX_PRICE_FACTOR)
            return prices, {key: (message("no_min_price", margin_pct=margin, share_pct=shares[key]),)
                            for key in base_rac if key not in prices}

        def rac_at(pending: dict[str, float], i: int) -> dict[str, float]:
            share = (0.5 + 0.5 * i / MAX_PRICE_ITERATIONS, 0.5 / MAX_PRICE_ITERATIONS)
            return {k: self.rac(v) for k, v in self.evaluate({k: p * claim for k, p in pending.items()},
                                                             share).items()}

        return _solve_min_prices(base_rac, ctx.deal.terms.amount, ctx.spot * claim, margin, funded_cost, rac_at)


def _rank_key(rac: float, pricing: Pricing) -> tuple[float, float]:
    """The ranking: lowest risk-adjusted cost first, then lowest cost (ties keep the registry's order)."""
    return rac, pricing.cost


def _ranked(ctx: PricingContext, settings: SimulationSettings, method: str
            ) -> tuple[_OptionSet, dict[str, tuple[Pricing, float, Tail]], dict[str, tuple[float, float]]]:
    """Every available option's figures and ranking key (risk-adjusted cost, cost) at the quoted amount, in
    registry order, from its ES at the capital level alone (no other levels, no chart quantiles)."""
    book = _OptionSet(ctx, settings, None, method)
    base = book.evaluate({o.id: book.amount for o in book.live}, (0.0, 1.0), only_es=True)
    return book, base, {o.id: _rank_key(book.rac(base[o.id]), book.pricings[o.id]) for o in book.live}


def ranking_keys(deal: Deal, market: MarketData | None = None, params: Parameters | None = None,
                 today: date | None = None) -> dict[str, tuple[float, float]]:
    """Every available option's (risk-adjusted cost, cost) under `price_deal(deal, method="exact")`, whose
    recommendation is the option with the smallest pair (the first of equal ones, in registry order)."""
    ctx = build_context(deal, market, params, today)
    return _ranked(ctx, simulation_settings(ctx.params), "exact")[2]


def _price_options(ctx: PricingContext, settings: SimulationSettings, progress: Progress | None,
                   solve_min_price: bool, funded_cost: float, margin: float, method: str = "mc") -> _Priced:
    """Price, simulate or integrate (tails.option_tails), solve the minimum price of, and rank every option."""
    book = _OptionSet(ctx, settings, progress, method)
    options, live, pricings, profiles, amount = book.options, book.live, book.pricings, book.profiles, book.amount
    base = book.evaluate({o.id: amount for o in live}, (0.0, 0.5 if solve_min_price else 1.0), quantiles=True)
    base_rac = {o.id: book.rac(base[o.id]) for o in live}
    prices, price_notes = book.min_prices(base, base_rac, funded_cost, margin) if solve_min_price else ({}, {})
    results = []
    for option in options:
        pricing = pricings[option.id]
        if option.id not in base:
            results.append(OptionResult(option.id, option.name, False, pricing.reason, option.covers(),
                                        option.leaves()))
            continue
        _, el, tail = base[option.id]
        var, es = {}, {}
        for level in LEVELS:
            var[level], es[level] = tail.var_es(level)
        notes = pricing.notes + price_notes.get(option.id, ())
        noise = 1e-9 * max(1.0, ctx.home_value(amount))  # below this a negative figure is rounding, not a gain
        if el < -noise or es[0.99] < -noise:
            notes += (message("negative_loss", el_money=el, es_money=es[0.99], currency=ctx.home),)
        if method == "exact" and tail.method == "mc":
            notes += (message("exact_fallback", paths=settings.paths, seed=settings.seed),)
        results.append(OptionResult(
            option.id, option.name, True, "", option.covers(), option.leaves(),
            cost=pricing.cost, cost_items=pricing.items, expected_loss=el,
            expected_loss_simulated=tail.simulated_mean(), standard_error=tail.standard_error(),
            event_probability=profiles[option.id].event_probability, var=var, es=es,
            risk_adjusted_cost=base_rac[option.id],
            risk_adjusted_share=base_rac[option.id] / ctx.home_value(ctx.deal.terms.amount),
            min_price=prices.get(option.id), loss_quantiles=tail.loss_quantiles(), notes=notes,
            method=tail.method))
    ranking = sorted((r for r in results if r.available),
                     key=lambda r: _rank_key(r.risk_adjusted_cost, pricings[r.id]))
    ranks = {r.id: i + 1 for i, r in enumerate(ranking)}
    results = [OptionResult(**{**r.__dict__, "rank": ranks.get(r.id)}) for r in results]
    return _Priced(tuple(results), tuple(r.id for r in ranking))


def _outlook_note(ctx: PricingContext, best: OptionResult | None, other_best: str | None) -> Message | None:
    """One sentence: which outlook was used and whether the other one (whose best option is `other_best`) would
    change the best option."""
    if not ctx.has_fx_risk:
        return None
    other_outlook = "spot" if ctx.outlook == "forward" else "forward"
    move = ctx.forward / ctx.spot - 1.0
    if best is None or other_best is None or other_best == best.id:
        return message("outlook_same_best", outlook=ctx.outlook, other_outlook=other_outlook, move_pct=move)
    return message("outlook_other_best", outlook=ctx.outlook, other_outlook=other_outlook, move_pct=move,
                   other_option=other_best, best_option=best.id)


def simulation_settings(params: Parameters, paths: int | None = None, seed: int | None = None) -> SimulationSettings:
    """The [simulation] paths, seed and chunk size, `paths` and `seed` overriding the parameters when given."""
    return SimulationSettings(params.integer("simulation", "paths") if paths is None else int(paths),
                              params.integer("simulation", "seed") if seed is None else int(seed),
                              params.integer("simulation", "chunk_paths"))


def recommended(deal: Deal, market: MarketData | None = None, params: Parameters | None = None,
                today: date | None = None) -> tuple[str | None, float | None, float | None]:
    """The recommended option of `price_deal(deal, method="exact")`, its minimum price (None when no price keeps
    the margin) and its risk-adjusted cost, by `recommended_many`: the same context, production cost funding
    and ranking as price_deal, without the figures the recommendation does not need."""
    return recommended_many([build_context(deal, market, params, today)])[0]


def recommended_many(contexts: Sequence[PricingContext]) -> list[tuple[str | None, float | None, float | None]]:
    """`recommended` (exact method, minimum price searched) of the deal of each context, with the tails of every
    context's options integrated together: one stacked mixture (engine.batch_exact.stacked_es) gives each
    option's ES at the capital level alone (no other levels, no chart quantiles); the ranking by risk-adjusted
    cost at the quoted amount follows, and the minimum price of the best option alone (the other options'
    prices do not change the ranking). An option the exact engine cannot integrate is simulated. What-if
    re-quotes run through here."""
    books = [_OptionSet(ctx, simulation_settings(ctx.params), None, "exact") for ctx in contexts]
    states = [[option_states(b.ctx, o, b.profiles[o.id], b.amount) for o in b.live] for b in books]
    exact = [[i for i, st in enumerate(row) if st is not None] for row in states]
    tails: list[dict[str, Tail]] = [{} for _ in books]
    for level in sorted({b.es_level for b in books}):
        chosen = [j for j, b in enumerate(books) if b.es_level == level]
        es = stacked_es([[states[j][i] for i in exact[j]] for j in chosen],  # type: ignore[misc]
                        [[books[j].profiles[books[j].live[i].id] for i in exact[j]] for j in chosen],
                        [books[j].ctx.term_std for j in chosen], level)
        for j, values in zip(chosen, es, strict=True):
            for i, value in zip(exact[j], values, strict=True):
                tails[j][books[j].live[i].id] = Tail("exact", None, {}, {level: value})
    out = []
    for book, found in zip(books, tails, strict=True):
        rest = [o for o in book.live if o.id not in found]
        if rest:
            jobs = [Job(o, book.profiles[o.id], book.amount) for o in rest]
            found |= {o.id: t for o, t in zip(rest, simulated_tails(book.ctx, jobs, book.settings, None),
                                              strict=True)}
        base = {o.id: (book.pricings[o.id], expected_retained(book.ctx, o, book.profiles[o.id], book.amount),
                       found[o.id]) for o in book.live}
        out.append(_best_and_price(book, base, {o.id: _rank_key(book.rac(base[o.id]), book.pricings[o.id])
                                                for o in book.live}))
    return out


def _best_and_price(book: _OptionSet, base: dict[str, tuple[Pricing, float, Tail]],
                    keys: dict[str, tuple[float, float]]) -> tuple[str | None, float | None, float | None]:
    """The best option of `keys` (ranking keys of the options of `base`, their figures at the quoted amount), its
    minimum price (None when no price keeps the margin) and its risk-adjusted cost; (None, None, None) without
    options. The first of equal keys, as the stable sort of _price_options."""
    if not keys:
        return None, None, None
    best = min(keys, key=keys.__getitem__)
    margin, production_cost, _ = _margin_and_cost(book.ctx)
    prices, _ = book.min_prices(base, {best: keys[best][0]}, production_cost * book.ctx.production_carry, margin)
    return best, prices.get(best), keys[best][0]


@pinned_tables()
def price_deal(deal: Deal, market: MarketData | None = None, params: Parameters | None = None,
               paths: int | None = None, seed: int | None = None, today: date | None = None,
               progress: Progress | None = None, solve_min_price: bool = True, method: str = "exact") -> QuoteResult:
    """The whole quote: context, every option priced (closed form + exact tail figures, or Monte Carlo with
    method "mc"), min price, ranking, and the ranking under the other FX outlook (without minimum prices) for the
    one-sentence comparison.

    `solve_min_price=False` skips the minimum-price search and the other outlook (pools quote many
    receivables and need only costs). Under "exact" the figures do not depend on `paths` or `seed` unless an
    option had to be simulated (its result says so).
    """
    if method not in METHODS:
        raise InputError(code="method_unknown", field="method", value=method, choices=", ".join(METHODS))
    ctx = build_context(deal, market, params, today)
    settings = simulation_settings(ctx.params, paths, seed)
    margin, production_cost, warnings = _margin_and_cost(ctx)
    funded_cost = production_cost * ctx.production_carry  # funded from the start of production until payment
    priced = _price_options(ctx, settings, progress, solve_min_price, funded_cost, margin, method)
    best = priced.best()
    outlook_note, other_best = None, None
    if solve_min_price and ctx.has_fx_risk:
        other = replace(ctx, outlook="spot" if ctx.outlook == "forward" else "forward")
        book, figures, keys = _ranked(other, settings, method)  # the ranking alone: its ES at the capital level
        outlook_note = _outlook_note(ctx, best, min(keys, key=keys.__getitem__) if keys else None)
        if method == "exact":  # and its best option's minimum price, for the what-if table
            other_best = _best_and_price(book, figures, keys)
    results = priced.options
    none = next(r for r in results if r.id == "none")
    amount = deal.terms.amount
    value = ctx.home_value(amount)
    risks = risk_summary(ctx, value)
    assert ctx.compliance is not None
    finance = _finance(ctx, market, priced.options) if solve_min_price else None
    return QuoteResult(
        deal=deal, deal_data=deal_to_dict(deal), home=ctx.home, foreign=ctx.foreign,
        valuation_date=deal.valuation_date, years=ctx.years, spot=ctx.spot, forward=ctx.forward,
        rate_home=ctx.rate_home, rate_foreign=ctx.rate_foreign, invoice_value=value,
        production_cost=production_cost, target_margin=margin, risks=risks, options=results,
        ranking=priced.ranking, recommended=best.id if best else None,
        recommendation=_recommendation(ctx, best, none, solve_min_price), assumptions=_assumptions(ctx.params),
        provenance=ctx.provenance, warnings=tuple([*ctx.warnings, *ctx.buyer_default.notes, *warnings]),
        paths=settings.paths, seed=settings.seed, fx_risk=ctx.fx_risk,
        risk_levels=risk_levels(ctx, risks.fx_var_99_share, ctx.base_profile.p_commercial),
        charts=chart_series(ctx, amount), outlook=ctx.outlook, expected_rate=ctx.expected_rate,
        outlook_note=outlook_note, funding_rate=ctx.funding_rate, funding_cost=funded_cost - production_cost,
        claim_factor=deal.claim_factor, compliance=ctx.compliance.notes(), compliance_level=ctx.compliance.level,
        model_notes=ctx.model_notes, bank=ctx.bank,
        method=method, finance=finance, other_outlook_best=other_best)


def _finance(ctx: PricingContext, market: MarketData | None,
             options: tuple[OptionResult, ...]) -> FinanceSummary | None:
    """The finance summary (exportrisk.finance.summary) of a deal that has [finance], [[bond]] or [fund_394]
    tables, on the quote's own context and options; None for a deal without them (its quote is as before)."""
    if ctx.deal.finance == FinanceTerms():
        return None
    from exportrisk.finance.stress import pair_history  # these import the engine's closed form
    from exportrisk.finance.summary import finance_summary

    rates = (market or MarketData()).ecb.rates
    offered = tuple(o for o in deal_options(ctx.deal) if any(r.id == o.id and r.available for r in options))
    return finance_summary(ctx, ctx.deal.finance, offered, pair_history(ctx, rates))


@pinned_tables()
def closed_form_options(deal: Deal, market: MarketData | None = None, params: Parameters | None = None,
                        today: date | None = None) -> tuple[OptionResult, ...]:
    """Every option's availability, cost, expected loss and event probability, without simulation.

    Milliseconds: the window shows these while the Monte Carlo of price_deal runs in the background.
    """
    ctx = build_context(deal, market, params, today)
    amount = deal.terms.amount * deal.claim_factor
    out = []
    for option in deal_options(deal):
        profile = option.profile(ctx)
        pricing = _pricing(ctx, option, profile, amount)
        if not pricing.available:
            out.append(OptionResult(option.id, option.name, False, pricing.reason, option.covers(), option.leaves()))
            continue
        out.append(OptionResult(option.id, option.name, True, "", option.covers(),
                                option.leaves(), cost=pricing.cost, cost_items=pricing.items,
                                expected_loss=expected_retained(ctx, option, profile, amount),
                                event_probability=profile.event_probability, notes=pricing.notes))
    return tuple(out)
