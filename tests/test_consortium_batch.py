"""Stand-alone quotes for a pool: one simulation per shared risk gives exactly price_deal's ranking."""

from __future__ import annotations

import math
from dataclasses import fields, replace

import numpy as np
import pytest

from exportrisk.consortium.analysis import quote_receivables
from exportrisk.consortium.io import load_pool
from exportrisk.consortium.standalone import member_deals
from exportrisk.cover.registry import deal_options
from exportrisk.engine.batch import best_options, best_options_many
from exportrisk.engine.batch_costs import SHARED, option_costs
from exportrisk.engine.batch_exact import StackedMixture
from exportrisk.engine.context import build_context
from exportrisk.engine.exact import LossMixture, option_states
from exportrisk.engine.quote import _pricing, price_deal
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


def test_the_stacked_mixture_is_each_deals_mixture_one_after_another(market) -> None:
    """StackedMixture.stack (LossMixture.of over every deal's options, one std per option): every array equals
    LossMixture.of per deal with its one std, concatenated, with correlated, certain-default and zero-std deals
    among them."""
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    states, profiles, stds = [], [], []
    for index, receivable in enumerate(pool.receivables[:4]):
        deal = pool.deal_for(receivable)
        ctx = build_context(replace(deal, terms=replace(deal.terms, amount=1.0)), market, pool_params(pool))
        options = [o for o in deal_options(deal) if option_states(ctx, o, o.profile(ctx), 1.0) is not None]
        chosen = []
        for k, option in enumerate(options):
            profile = option.profile(ctx)
            if k % 3 == 1:
                profile = profile.without(correlation=0.4)
            if k % 5 == 4:
                profile = profile.without(p_commercial=1.0, correlation=0.4)  # rho does not apply
            chosen.append(profile)
        states.append([option_states(ctx, o, p, 1.0) for o, p in zip(options, chosen, strict=True)])
        profiles.append(chosen)
        stds.append(0.0 if index == 2 else ctx.term_std)
    stacked = StackedMixture.stack(states, profiles, stds)
    parts = [LossMixture.of(s, p, std) for s, p, std in zip(states, profiles, stds, strict=True)]
    assert stacked.groups == sum(part.groups for part in parts)
    assert (stacked.rho != 0.0).any() and (stacked.std == 0.0).any()
    offsets = np.cumsum([0] + [part.alpha.size for part in parts[:-1]])
    groups = np.cumsum([0] + [part.groups for part in parts[:-1]])
    expected = {f.name: np.concatenate([getattr(part, f.name) for part in parts]) for f in fields(LossMixture)
                if f.name not in ("starts", "owner", "std")}
    expected["starts"] = np.concatenate([part.starts + o for part, o in zip(parts, offsets, strict=True)])
    expected["owner"] = np.concatenate([part.owner + g for part, g in zip(parts, groups, strict=True)])
    expected["std"] = np.concatenate([np.full(part.alpha.size, part.std) for part in parts])
    for name, value in expected.items():
        got = getattr(stacked, name)
        assert got.dtype == value.dtype and got.shape == value.shape, name
        assert np.array_equal(got, value), name
        assert np.array_equal(np.signbit(got), np.signbit(value)), name


def test_costs_shared_across_options_are_the_costs_of_each_option_alone(market) -> None:
    """option_costs with one `shared` memo for every option of a context gives each option's own costs."""
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    amounts = np.array([5_000.0, 90_000.0, 150_000.0, 2_000_000.0])
    turnovers = np.array([3e5, math.nan, 2e6, 4e6])
    for receivable in pool.receivables[:3]:
        deal = pool.deal_for(receivable)
        ctx = build_context(replace(deal, terms=replace(deal.terms, amount=1.0)), market, pool_params(pool))
        shared: dict[object, object] = {}
        priced = 0
        for option in deal_options(deal):
            profile = option.profile(ctx)
            if not _pricing(ctx, option, profile, float(amounts[-1])).available:
                continue
            alone = option_costs(ctx, option, profile, amounts, turnovers)
            together = option_costs(ctx, option, profile, amounts, turnovers, shared)
            assert alone is not None and together is not None, option.id
            assert np.array_equal(alone[0], together[0]) and np.array_equal(alone[1], together[1]), option.id
            priced += 1
        assert priced > 3 and "instrument" in shared and any(v in shared for v in SHARED)


def test_deals_with_their_own_parameters_in_one_batch(market) -> None:
    """Templates with other parameter overrides than their neighbours' are quoted with their own."""
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    plain = pool.deal_for(pool.receivables[0])
    dearer = replace(plain, parameters={**plain.parameters, "capital": {"cost_of_capital": 0.3}})
    amounts = [[40_000.0, 120_000.0]] * 3
    many = best_options_many([plain, dearer, replace(plain, parameters=dict(plain.parameters))], amounts, market,
                             load_parameters(), paths=PATHS, seed=SEED)
    for template, shared in zip([plain, dearer, plain], many, strict=True):
        alone = best_options(template, amounts[0], market, load_parameters(), paths=PATHS, seed=SEED)
        for got, want in zip(shared.best, alone.best, strict=True):
            assert got.option_id == want.option_id
            assert got.risk_adjusted_cost == pytest.approx(want.risk_adjusted_cost, rel=1e-9)
    assert many[1].best[1].risk_adjusted_cost > many[0].best[1].risk_adjusted_cost
    assert [b.risk_adjusted_cost for b in many[0].best] == [b.risk_adjusted_cost for b in many[2].best]
