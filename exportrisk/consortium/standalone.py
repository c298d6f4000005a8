"""Stand-alone quotes of a pool's receivables: each member's cheapest cover alone, by the quote engine."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace

from exportrisk.consortium.model import Pool
from exportrisk.deal.io import deal_to_dict
from exportrisk.deal.model import Deal
from exportrisk.engine.batch import best_options, linear_in_amount
from exportrisk.engine.context import shared_fx_inputs
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult, RiskSummary
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

    @classmethod
    def of(cls, quote: QuoteResult) -> StandaloneQuote:
        best = quote.option(quote.recommended) if quote.recommended else None
        return cls(best.id if best else None, best.risk_adjusted_cost if best else 0.0, quote.risks, quote.years,
                   quote.warnings)


def member_turnover(pool: Pool, market: MarketData) -> dict[str, float]:
    """Each member's receivables in the pool, valued at spot in its home currency: its annual insured turnover
    (ASSUMPTION: the pool's receivables are one year's business, docs/consortium.md), so that a member insuring
    alone pays its invoices' pro-rata shares of its own policy's annual minimum premium, as a single deal with
    exporter.annual_insured_turnover does."""
    out: dict[str, float] = {m.name: 0.0 for m in pool.members}
    rates: dict[tuple[str, str], float] = {}
    for r in pool.receivables:
        pair = (pool.member(r.member).home_currency, r.terms.currency)
        if pair not in rates:  # one fixing per currency pair: a look-up costs about a millisecond
            rates[pair] = market.fixing(*pair, pool.valuation_date)
        out[r.member] += r.terms.amount * rates[pair]
    return out


def member_deals(pool: Pool, market: MarketData) -> list[Deal]:
    """Each receivable as its member's stand-alone deal, with the member's annual insured turnover."""
    turnover = member_turnover(pool, market)
    return [replace(d, exporter=replace(d.exporter, annual_insured_turnover=turnover[r.member]))
            for d, r in ((pool.deal_for(r), r) for r in pool.receivables)]


@pinned_tables()
@shared_fx_inputs()
def quote_receivables(pool: Pool, market: MarketData, params: Parameters, paths: int, seed: int,
                      progress: Progress | None = None) -> list[StandaloneQuote]:
    """Each receivable quoted alone for its member: the best option and its risk-adjusted cost.

    Receivables that share every term but the amount share one simulation (engine.batch.best_options); with a
    fixed insurance deductible each is quoted separately by price_deal. Both give price_deal's ranking.
    """
    params = params.with_overrides(pool.parameters)
    deals = member_deals(pool, market)
    if not linear_in_amount(params):
        quotes = []
        for index, (receivable, deal) in enumerate(zip(pool.receivables, deals, strict=True)):
            try:
                quotes.append(StandaloneQuote.of(price_deal(deal, market, params, paths=paths, seed=seed,
                                                            solve_min_price=False)))
            except InputError as exc:
                raise exc.located(receivable.where) from None
            if progress is not None:
                progress.update(0.5 * (index + 1) / len(deals))
        return quotes
    groups: dict[str, list[int]] = defaultdict(list)
    for index, deal in enumerate(deals):
        # names do not change the risk: receivables differing only by names and amount share a simulation
        unit = replace(deal, terms=replace(deal.terms, amount=1.0),
                       exporter=replace(deal.exporter, name="-", annual_insured_turnover=None),
                       buyer=replace(deal.buyer, name="-"))
        groups[json.dumps(deal_to_dict(unit), sort_keys=True)].append(index)
    quotes_by_index: dict[int, StandaloneQuote] = {}
    for done, members in enumerate(groups.values(), start=1):
        first = members[0]
        try:
            shared = best_options(deals[first], [deals[i].terms.amount for i in members], market, params,
                                  paths=paths, seed=seed,
                                  turnovers=[deals[i].exporter.annual_insured_turnover for i in members])
        except InputError as exc:
            raise exc.located(pool.receivables[first].where) from None
        for index, best in zip(members, shared.best, strict=True):
            quotes_by_index[index] = StandaloneQuote(best.option_id, best.risk_adjusted_cost, shared.risks,
                                                     shared.years, shared.warnings)
        if progress is not None:
            progress.update(0.5 * done / len(groups))
    return [quotes_by_index[i] for i in range(len(deals))]
