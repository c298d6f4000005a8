"""Stand-alone quotes for a pool: one simulation per shared risk gives exactly price_deal's ranking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from exportrisk.consortium.analysis import quote_receivables
from exportrisk.consortium.io import load_pool
from exportrisk.consortium.standalone import member_deals
from exportrisk.engine.batch import best_options
from exportrisk.engine.quote import price_deal
from exportrisk.market.service import MarketData
from exportrisk.parameters import load_parameters
from exportrisk.paths import resources_dir

PATHS, SEED = 4000, 11


@pytest.fixture(scope="module")
def market() -> MarketData:
    return MarketData()


def test_each_receivable_matches_price_deal(market) -> None:
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    quotes = quote_receivables(pool, market, load_parameters(), PATHS, SEED)
    deals = member_deals(pool, market)
    # each member's insured turnover is its receivables at spot: Colombo's USD 145,000 + USD 88,000
    usd = market.fixing("EUR", "USD", pool.valuation_date)
    assert deals[0].exporter.annual_insured_turnover == pytest.approx((145_000 + 88_000) * usd)
    for deal, quote in zip(deals, quotes, strict=True):
        alone = price_deal(deal, market, paths=PATHS, seed=SEED, solve_min_price=False)
        assert quote.best_option == alone.recommended
        assert quote.best_cost == pytest.approx(alone.option(alone.recommended).risk_adjusted_cost, rel=1e-9)
        assert quote.risks.commercial_probability == alone.risks.commercial_probability


def test_amounts_across_a_fixed_fee_and_a_minimum_amount(market) -> None:
    """Costs with minimums and caps (collection fee cap, forfaiting minimum amount) are priced per amount."""
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    template = pool.deal_for(pool.receivables[0])
    amounts = [5_000.0, 90_000.0, 150_000.0, 2_000_000.0]
    shared = best_options(template, amounts, market, paths=PATHS, seed=SEED)
    for amount, best in zip(amounts, shared.best, strict=True):
        deal = replace(template, terms=replace(template.terms, amount=amount))
        alone = price_deal(deal, market, paths=PATHS, seed=SEED, solve_min_price=False)
        assert best.option_id == alone.recommended, amount
        assert best.risk_adjusted_cost == pytest.approx(alone.option(alone.recommended).risk_adjusted_cost, rel=1e-9)


def test_a_fixed_deductible_falls_back_to_one_quote_per_deal(market) -> None:
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    pool = replace(pool, parameters={"private_insurance": {"deductible_eur": 2500.0}})
    with pytest.raises(ValueError, match="deductible"):
        best_options(pool.deal_for(pool.receivables[0]), [1.0], market, pool_params(pool), paths=PATHS)
    quotes = quote_receivables(pool, market, load_parameters(), PATHS, SEED)
    first = price_deal(member_deals(pool, market)[0], market, paths=PATHS, seed=SEED, solve_min_price=False)
    assert quotes[0].best_option == first.recommended


def pool_params(pool):  # noqa: ANN001, ANN201
    return load_parameters().with_overrides(pool.parameters)


def test_receivables_that_differ_only_by_name_and_amount_share_a_simulation(market) -> None:
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    first = pool.receivables[0]
    twins = tuple(replace(first, buyer=replace(first.buyer, name=f"Twin {i}"),
                          terms=replace(first.terms, amount=first.terms.amount * (i + 1)), where=f"twin {i}")
                  for i in range(3))
    pool = replace(pool, receivables=(*pool.receivables, *twins))
    quotes = quote_receivables(pool, market, load_parameters(), PATHS, SEED)
    for deal, quote in zip(member_deals(pool, market)[-3:], quotes[-3:], strict=True):
        alone = price_deal(deal, market, paths=PATHS, seed=SEED, solve_min_price=False)
        assert quote.best_option == alone.recommended
        assert quote.best_cost == pytest.approx(alone.option(alone.recommended).risk_adjusted_cost, rel=1e-9)
