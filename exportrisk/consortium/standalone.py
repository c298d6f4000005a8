"""Stand-alone quotes of a pool's receivables: each member's cheapest cover alone, by the quote engine."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from operator import attrgetter
from typing import Any

from exportrisk.consortium.model import Pool, Receivable
from exportrisk.deal.model import Deal
from exportrisk.engine.batch import best_options_many, linear_in_amount
from exportrisk.engine.context import build_context, shared_fx_inputs
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult, RiskSummary
from exportrisk.engine.tails import METHODS
from exportrisk.errors import InputError
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters
from exportrisk.progress import Progress
from exportrisk.tables import pinned_tables


@dataclass(frozen=True)
class StandaloneQuote:
    """What the pool keeps of a receivable's stand-alone quote: its best option and its risks."""

    best_option: str | None
    best_cost: float  # risk-adjusted cost of the best option, member's home currency
    risks: RiskSummary
    years: float
    warnings: tuple[str, ...]
    method: str | None = None  # how the best option's tail was computed: "exact", or "mc" (simulated)

    @classmethod
    def of(cls, quote: QuoteResult) -> StandaloneQuote:
        best = quote.option(quote.recommended) if quote.recommended else None
        return cls(best.id if best else None, best.risk_adjusted_cost if best else 0.0, quote.risks, quote.years,
                   quote.warnings, best.method if best else None)


def member_turnover(pool: Pool, market: MarketData) -> dict[str, float]:
    """Each member's receivables in the pool, valued at spot in its home currency: its annual insured turnover
    (ASSUMPTION: the pool's receivables are one year's business, docs/consortium.md), so that a member insuring
    alone pays its invoices' pro-rata shares of its own policy's annual minimum premium, as a single deal with
    exporter.annual_insured_turnover does."""
    out: dict[str, float] = {m.name: 0.0 for m in pool.members}
    home = {m.name: m.home_currency for m in pool.members}
    rates: dict[tuple[str, str], float] = {}
    for r in pool.receivables:  # in the pool's order: each member's sum adds its invoices in the same order
        terms = r.terms
        pair = (home[r.member], terms.currency)
        rate = rates.get(pair)
        if rate is None:  # one fixing per currency pair: a look-up costs about a millisecond
            rate = rates[pair] = market.fixing(*pair, pool.valuation_date)
        out[r.member] += terms.amount * rate
    return out


def member_deals(pool: Pool, market: MarketData) -> list[Deal]:
    """Each receivable as its member's stand-alone deal, with the member's annual insured turnover."""
    turnover = member_turnover(pool, market)
    return [replace(d, exporter=replace(d.exporter, annual_insured_turnover=turnover[r.member]))
            for d, r in ((pool.deal_for(r), r) for r in pool.receivables)]


#: Per dataclass and left-out field: the getter of its other fields' values, in declaration order (_risk_key).
_GETTERS: dict[tuple[type, str], Callable[[Any], tuple]] = {}


def _others(value: Any, left_out: str) -> tuple:
    """The values of every field of the dataclass `value` but `left_out`, in declaration order."""
    getter = _GETTERS.get((type(value), left_out))
    if getter is None:
        names = [f.name for f in fields(value) if f.name != left_out]
        pick = attrgetter(*names)
        getter = _GETTERS[(type(value), left_out)] = pick if len(names) > 1 else (lambda v: (pick(v),))
    return getter(value)


def _risk_key(pool: Pool, receivable: Receivable) -> tuple:
    """What of a receivable's stand-alone deal (Pool.deal_for) changes its risk: everything but the names and the
    amount, so receivables with the same key share one tail computation."""
    return (pool.member(receivable.member).home_currency, _others(receivable.buyer, "name"),
            _others(receivable.terms, "amount"))


@pinned_tables()
@shared_fx_inputs()
def quote_receivables(pool: Pool, market: MarketData, params: Parameters, paths: int, seed: int,
                      progress: Progress | None = None, method: str = "exact") -> list[StandaloneQuote]:
    """Each receivable quoted alone for its member: the best option and its risk-adjusted cost.

    `method` is price_deal's: "exact" (the tails integrated, `paths` and `seed` only for an option that must be
    simulated) or "mc" (simulated). Receivables that share every term but the names and the amount share one
    tail computation (engine.batch.best_options_many, every risk's options integrated together under
    "exact"); with a fixed insurance deductible each is quoted separately by price_deal. Both give price_deal's
    best option and risk-adjusted cost for the same method.
    """
    if method not in METHODS:
        raise InputError(code="method_unknown", field="method", value=method, choices=", ".join(METHODS))
    params = params.with_overrides(pool.parameters)
    if not linear_in_amount(params):
        quotes = []
        deals = member_deals(pool, market)
        for index, (receivable, deal) in enumerate(zip(pool.receivables, deals, strict=True)):
            try:
                quotes.append(StandaloneQuote.of(price_deal(deal, market, params, paths=paths, seed=seed,
                                                            solve_min_price=False, method=method)))
            except InputError as exc:
                raise exc.located(receivable.where) from None
            if progress is not None:
                progress.update(0.5 * (index + 1) / len(deals))
        return quotes
    turnover = member_turnover(pool, market)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for index, receivable in enumerate(pool.receivables):
        groups[_risk_key(pool, receivable)].append(index)
    members = list(groups.values())
    templates = [pool.deal_for(pool.receivables[group[0]]) for group in members]
    amounts = [[pool.receivables[i].terms.amount for i in group] for group in members]
    turnovers = [[turnover[pool.receivables[i].member] for i in group] for group in members]
    part = None if progress is None else Progress(lambda f: progress.update(0.5 * f))
    try:
        shared = best_options_many(templates, amounts, market, params, paths=paths, seed=seed, turnovers=turnovers,
                                   method=method, progress=part)
    except InputError as exc:
        # the first risk that fails names its first receivable (every template is checked in order)
        failed = next((g for g, t in zip(members, templates, strict=True) if _fails(t, market, params)), members[0])
        raise exc.located(pool.receivables[failed[0]].where) from None
    quotes_by_index: dict[int, StandaloneQuote] = {}
    for group, risk in zip(members, shared, strict=True):
        for index, best in zip(group, risk.best, strict=True):
            quotes_by_index[index] = StandaloneQuote(best.option_id, best.risk_adjusted_cost, risk.risks, risk.years,
                                                     risk.warnings, best.method)
    return [quotes_by_index[i] for i in range(len(pool.receivables))]


def _fails(deal: Deal, market: MarketData, params: Parameters) -> bool:
    """Whether the deal's context cannot be built (the InputError's receivable)."""
    try:
        build_context(replace(deal, terms=replace(deal.terms, amount=1.0)), market, params)
    except InputError:
        return True
    return False
