"""Stand-alone pool quotes: array costs, the stacked exact engine and both methods against price_deal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from exportrisk.consortium.analysis import analyse_pool, quote_receivables
from exportrisk.consortium.io import load_pool
from exportrisk.consortium.model import Member, Pool, Receivable
from exportrisk.consortium.output import consortium_to_dict
from exportrisk.consortium.standalone import member_deals
from exportrisk.cover.registry import OPTIONS
from exportrisk.deal.model import Buyer, Deal, Exporter, Terms
from exportrisk.engine.batch_costs import VECTORS, option_costs
from exportrisk.engine.batch_exact import StackedMixture
from exportrisk.engine.context import build_context
from exportrisk.engine.exact import LossMixture, option_states
from exportrisk.engine.quote import _pricing, price_deal
from exportrisk.errors import InputError
from exportrisk.market.service import MarketData
from exportrisk.parameters import load_parameters
from exportrisk.paths import resources_dir

DAY = date(2026, 10, 30)
# buyers, currencies and instruments that reach every branch of the costs: no FX (EUR), FX with and without a
# forward-points item, every instrument, categories inside and outside private cover and factoring
CASES = [("USA", "USD", "BBB", "open_account", 90), ("GBR", "GBP", "A-", "documentary_collection", 60),
         ("BRA", "USD", "B+", "lc_unconfirmed", 180), ("TUR", "EUR", "BB-", "lc_confirmed", 120),
         ("EGY", "EUR", "B-", "open_account", 30), ("POL", "PLN", "BBB-", "cash_in_advance", 60),
         ("VNM", "USD", "BB-", "documentary_collection", 400), ("CHN", "CNY", "A-", "lc_unconfirmed", 30)]
# below and above the collection fee's minimum and cap, the forfaiting minimum and the L/C confirmation minimum
AMOUNTS = np.array([200.0, 3_000.0, 20_000.0, 95_000.0, 400_000.0, 2_500_000.0, 40_000_000.0])


@pytest.fixture(scope="module")
def market() -> MarketData:
    return MarketData()


def deal(iso: str, currency: str, rating: str, instrument: str, days: int, turnover: float | None = None) -> Deal:
    return Deal(DAY, Exporter("Exporter", "EUR", annual_insured_turnover=turnover), Buyer("Buyer", iso, rating=rating),
                Terms(1.0, currency, instrument, days, target_margin=0.15))


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("outlook", ["forward", "spot"])
def test_array_costs_equal_pricing_for_every_amount(market, case, outlook) -> None:
    """Each option's array costs are _pricing's cost at each amount, with and without a known turnover (the
    policy minimum's pro-rata share applies to some invoices only), and a minimum amount makes it unavailable
    exactly where _pricing says so."""
    params = load_parameters().with_overrides({"fx_model": {"outlook": outlook}})
    ctx = build_context(deal(*case), market, params)
    turnovers = np.array([np.nan, 50_000.0, 1e6, 3e5, 5e6, np.nan, 8e7])
    compared = 0
    for option in OPTIONS:
        profile = option.profile(ctx)
        vector = option_costs(ctx, option, profile, AMOUNTS, turnovers)
        for index, (amount, turnover) in enumerate(zip(AMOUNTS, turnovers, strict=True)):
            given = None if np.isnan(turnover) else float(turnover)
            priced_ctx = replace(ctx, deal=replace(ctx.deal, exporter=replace(ctx.deal.exporter,
                                                                                annual_insured_turnover=given)))
            alone = _pricing(priced_ctx, option, profile, float(amount))
            if not _pricing(priced_ctx, option, profile, float(AMOUNTS.max())).available:
                assert not alone.available  # unavailable at the largest amount: at every amount
                continue
            if vector is None:  # a component without an array form: the stand-alone quotes price it per amount
                assert any(type(c) not in VECTORS for c in option.components), option.id
                continue
            c, a = vector[0][index], vector[1][index]
            assert bool(a) == alone.available, (option.id, amount)
            if alone.available:
                assert c == pytest.approx(alone.cost, rel=1e-12, abs=1e-9), (option.id, amount)
                compared += 1
    assert compared >= len(AMOUNTS)


def test_stacked_mixture_equals_each_deals_own(market) -> None:
    """Options of deals with different term std (one with none, one with the FX-default correlation) integrated
    together give each deal's own LossMixture figures."""
    params = load_parameters().with_overrides({"fx_model": {"fx_default_correlation": 0.3}})
    deals = [deal(*case) for case in CASES[:5]]
    states, profiles, stds, alone = [], [], [], []
    for d in deals:
        ctx = build_context(replace(d, terms=replace(d.terms, amount=1.0)), market, params)
        profs = [o.profile(ctx) for o in OPTIONS]
        sts = [option_states(ctx, o, p, 1.0) for o, p in zip(OPTIONS, profs, strict=True)]
        states.append(sts)
        profiles.append(profs)
        stds.append(ctx.term_std)
        alone.append(LossMixture.of(sts, profs, ctx.term_std).var_es((0.95, 0.99)))
    assert min(stds) == 0.0 < max(stds)
    assert any(p.correlation != 0.0 for ps in profiles for p in ps)
    var, es = StackedMixture.stack(states, profiles, stds).var_es((0.95, 0.99))
    together_var = np.concatenate([a[0] for a in alone], axis=1)
    together_es = np.concatenate([a[1] for a in alone], axis=1)
    scale = np.abs(together_es).max()
    assert np.allclose(es, together_es, rtol=1e-9, atol=1e-12 * scale)
    assert np.allclose(var, together_var, rtol=1e-9, atol=1e-12 * scale)


def small_pool() -> Pool:
    """Members with several receivables each: some share a risk, one is in the home currency."""
    members = ("Alfa S.r.l.", "Beta S.p.A.", "Gamma S.r.l.")
    receivables = []
    for m, name in enumerate(members):
        for j, (iso, currency, rating, instrument, days) in enumerate(CASES[m:m + 4]):
            for amount in (8_000.0 * (j + 1), 140_000.0 + 10_000.0 * m):
                receivables.append(Receivable(name, Buyer(f"Buyer {j}", iso, rating=rating),
                                              Terms(amount, currency, instrument, days, target_margin=0.15),
                                              f"{name} #{j}"))
    return Pool("Test pool", "EUR", DAY, 500.0, tuple(Member(n, "EUR") for n in members), tuple(receivables))


@pytest.mark.parametrize("method", ["exact", "mc"])
def test_quotes_equal_price_deal_for_the_same_method(market, method) -> None:
    pool = small_pool()
    quotes = quote_receivables(pool, market, load_parameters(), 4000, 5, method=method)
    picked = 0
    for d, quote in zip(member_deals(pool, market), quotes, strict=True):
        alone = price_deal(d, market, paths=4000, seed=5, solve_min_price=False, method=method)
        assert quote.best_option == alone.recommended
        assert quote.best_cost == pytest.approx(alone.option(alone.recommended).risk_adjusted_cost, rel=1e-9)
        assert quote.method == alone.option(alone.recommended).method == method
        picked += quote.best_option != "none"
    assert picked > 0


def test_analysis_says_which_method_its_standalone_quotes_used(market) -> None:
    pool = load_pool(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
    exact = consortium_to_dict(analyse_pool(pool, market, scenarios=2000, seed=3))
    assert exact["standalone"]["method"] == "exact" and exact["standalone"]["paths"] is None
    assert [n["code"] for n in exact["standalone"]["note_messages"]] == ["standalone_exact"]
    pool = replace(pool, parameters={"consortium": {"standalone_paths": 2000}})
    mc = consortium_to_dict(analyse_pool(pool, market, scenarios=2000, seed=3, method="mc"))
    assert (mc["standalone"]["method"], mc["standalone"]["paths"], mc["standalone"]["seed"]) == ("mc", 2000, 3)
    assert mc["standalone"]["note_messages"][0]["code"] == "standalone_mc"
    with pytest.raises(InputError) as error:
        analyse_pool(pool, market, scenarios=2000, method="quadrature")
    assert error.value.code == "method_unknown"
