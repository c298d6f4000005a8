"""Pooled designs like for like: sub-additive tails, a one-member pool equals the single deal, the fund's
opportunity cost, one pricing path for the group policy, and a verdict that matches the member table."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exportrisk.consortium.analysis import analyse_pool
from exportrisk.consortium.designs import FUND_YEARS
from exportrisk.consortium.io import load_pool
from exportrisk.consortium.model import Member, Pool, Receivable
from exportrisk.consortium.output import consortium_to_dict
from exportrisk.consortium.portfolio import Exposures, simulate_pool
from exportrisk.deal.model import Buyer, Terms
from exportrisk.engine.context import build_context
from exportrisk.engine.quote import price_deal
from exportrisk.market.service import MarketData
from exportrisk.paths import resources_dir

POOLS = resources_dir() / "examples" / "pools"
NO_POLICY_MINIMUM = {"consortium": {"policy_fee_eur": 0.0}, "private_insurance": {"min_premium_eur": 0.0}}


@pytest.fixture(scope="module")
def market() -> MarketData:
    return MarketData()


# --- like for like, the pool's tail never exceeds the members' summed tails ------------------------------------------

@st.composite
def pools(draw: st.DrawFn) -> tuple[Exposures, float, float]:
    members = draw(st.integers(1, 5))
    n = draw(st.integers(1, 25))
    floats = st.floats(0.0, 1.0, allow_nan=False)
    loss = np.array(draw(st.lists(st.floats(1.0, 1e5), min_size=n, max_size=n)))
    political = np.array(draw(st.lists(st.floats(0.0, 1e5), min_size=n, max_size=n)))
    pd = np.array(draw(st.lists(st.floats(0.0, 0.3), min_size=n, max_size=n)))
    rho = np.array(draw(st.lists(st.floats(0.0, 0.5), min_size=n, max_size=n)))
    countries = draw(st.integers(1, 3))
    exposures = Exposures(loss, political, pd, rho,
                          np.array(draw(st.lists(st.integers(0, countries - 1), min_size=n, max_size=n))),
                          np.array(draw(st.lists(st.integers(0, members - 1), min_size=n, max_size=n))),
                          np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n))),
                          np.array(draw(st.lists(st.floats(0.0, 0.2), min_size=countries, max_size=countries))),
                          members)
    return exposures, draw(floats), draw(st.sampled_from([0.0, 100.0, 5_000.0, 50_000.0]))


@settings(max_examples=60, deadline=None)
@given(pools(), st.integers(0, 2**31 - 1))
def test_pool_es_never_exceeds_the_members_summed_es_under_the_same_terms(case, seed: int) -> None:
    """Same cover share, wait and deductible rule for the group policy and for each member's own policy: with one
    deductible D per policy, cover x max(sum I_m - D, 0) >= sum_m cover x max(I_m - D, 0) in every scenario, so the
    pool retains at most the members' summed retained loss, and the empirical ES (mean of the k worst) is
    sub-additive. Hence ES_pool <= sum ES_m, over any generated pool."""
    exposures, cover, deductible = case
    losses = simulate_pool(exposures, 2_000, seed, 500, cover_share=cover, deductible=deductible,
                           member_deductible=deductible, claim_discount=0.985)
    k = math.ceil(round(0.01 * 2_000, 9))
    pool_es = float(np.sort(losses.retained)[-k:].mean())
    assert pool_es <= float(losses.alone_es.sum()) * (1 + 1e-12) + 1e-9
    assert float(losses.retained.mean()) <= float(losses.alone_expected.sum()) * (1 + 1e-12) + 1e-9


def test_the_example_pools_show_the_diversification_like_for_like() -> None:
    for name in ("brianza_furniture.toml", "centro_nord.toml"):
        data = consortium_to_dict(analyse_pool(load_pool(POOLS / name), scenarios=20_000))
        pool = data["pool"]
        assert pool["es_99"] <= pool["sum_of_alone_es_99"]
        assert pool["diversification_benefit"] == pytest.approx(pool["sum_of_alone_es_99"] - pool["es_99"], abs=0.011)


# --- a pool of one member is the single deal -------------------------------------------------------------------------

def one_member_pool(currency: str, days: int = 120, parameters: dict | None = None) -> tuple[Pool, Receivable]:
    receivable = Receivable("Solo S.r.l.", Buyer("Casa Nova", "BRA", rating="BB"),
                            Terms(200_000.0, currency, "open_account", days, target_margin=0.0), "r0")
    return Pool("one", "EUR", date(2026, 10, 30), 0.0, (Member("Solo S.r.l.", "EUR"),), (receivable,), (),
                parameters if parameters is not None else NO_POLICY_MINIMUM), receivable


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_one_member_pool_gives_the_single_deal_expected_cost_to_the_cent(market, currency: str) -> None:
    """netting = the forward (or no cover for a home-currency invoice); netting + group policy = private insurance
    (+ forward): costs + expected loss equal the single-deal quote's to the cent."""
    pool, receivable = one_member_pool(currency)
    result = analyse_pool(pool, market, scenarios=2_000)
    quote = price_deal(pool.deal_for(receivable), market, paths=2_000, solve_min_price=False)
    pairs = {"netting": "fx_forward", "netting_policy": "private_insurance_forward"} if currency != "EUR" else {
        "netting": "none", "netting_policy": "private_insurance"}
    for design_id, option_id in pairs.items():
        parts = result.designs[design_id].parts
        expected_cost = sum(v for k, v in parts.items() if k != "capital cost of retained risk")
        option = quote.option(option_id)
        assert round(expected_cost, 2) == round(option.cost + option.expected_loss, 2), design_id


def exact_es(outcomes: list[tuple[float, float]], level: float = 0.99) -> float:
    """ES of a discrete loss: the mean over the worst 1 - level of probability mass, filled from the top."""
    mass, total, need = 0.0, 0.0, 1.0 - level
    for loss, probability in sorted(outcomes, reverse=True):
        take = min(probability, need - mass)
        total += take * loss
        mass += take
        if mass >= need:
            break
    return total / need


def test_one_member_pool_tails_match_the_single_deal_within_monte_carlo_error(market) -> None:
    """A EUR invoice to a BB buyer in Brazil: a commercial default loses A LGD_c, else a transfer event A LGD_p,
    less the insured share cover x wait. The pool's and the single deal's ES 99 % both lie within 5 standard errors
    of the exact ES of that three-point loss (the error of a tail mean over k = 1 % of n paths: sqrt(sum of
    L^2 p n) / k)."""
    pool, receivable = one_member_pool("EUR")
    n = 200_000
    result = analyse_pool(pool, market, scenarios=n)
    quote = price_deal(pool.deal_for(receivable), market, paths=n, solve_min_price=False)
    ctx = build_context(pool.deal_for(receivable), market)
    profile = ctx.base_profile
    section = ctx.params.section("private_insurance")
    insured = float(section["cover_share"]) * math.exp(-ctx.rate_home * float(section["waiting_months"]) / 12)
    amount = receivable.terms.amount
    for design_id, option_id, kept in (("netting", "none", 1.0), ("netting_policy", "private_insurance",
                                                                  1.0 - insured)):
        outcomes = [(amount * profile.lgd_commercial * kept, profile.p_commercial),
                    (amount * profile.lgd_political * kept, profile.p_political_only),
                    (0.0, 1.0 - profile.event_probability)]
        exact = exact_es(outcomes)
        k = 0.01 * n
        error = math.sqrt(sum(loss * loss * p * n for loss, p in outcomes)) / k
        pooled = result.designs[design_id].es_99
        assert abs(pooled - exact) < 5 * error, (design_id, pooled, exact, error)
        assert abs(quote.option(option_id).es[0.99] - exact) < 5 * error, (option_id, exact, error)


# --- one pricing path: the group policy is the private insurer's premium ------------------------------------------

def test_group_premium_is_the_sum_of_the_single_deal_private_premiums(market) -> None:
    """Without minimum, fee or discount one policy over the pool costs what the single-deal "private insurance"
    option charges each insurable receivable beyond its instrument's own fees (the "no cover" cost)."""
    pool = replace(load_pool(POOLS / "brianza_furniture.toml"), parameters=NO_POLICY_MINIMUM)
    result = analyse_pool(pool, market, scenarios=2_000)
    total = 0.0
    for receivable in pool.receivables:
        quote = price_deal(pool.deal_for(receivable), market, paths=1_000, solve_min_price=False)
        if quote.option("private_insurance").available:
            total += quote.option("private_insurance").cost - quote.option("none").cost
    assert total > 0
    assert result.designs["netting_policy"].parts["group credit policy"] == pytest.approx(total, rel=1e-12)
    # the insurer's loss ratio moves both
    dearer = replace(pool, parameters={**NO_POLICY_MINIMUM, "private_insurance": {
        "min_premium_eur": 0.0, "target_loss_ratio": 0.25}})
    again = analyse_pool(dearer, market, scenarios=2_000)
    assert again.designs["netting_policy"].parts["group credit policy"] > total


# --- the guarantee fund's opportunity cost ---------------------------------------------------------------------------

def test_fund_opportunity_cost_by_hand(market) -> None:
    """Brianza: fund = 2 % of the exposure (sum of amount x spot), tied up for a year at the 10 % cost of capital:
    0.10 x 0.02 x exposure; it holds that much of the tail capital k T (ES - EL), the rest stays with the members."""
    pool = load_pool(POOLS / "brianza_furniture.toml")
    result = analyse_pool(pool, market, scenarios=20_000)
    exposure = sum(r.terms.amount * market.fixing("EUR", r.terms.currency, pool.valuation_date)
                   for r in pool.receivables)
    opportunity = 0.10 * 0.02 * exposure * 1.0
    with_fund, without = result.designs["netting_policy_fund"], result.designs["netting_policy"]
    assert FUND_YEARS == 1.0
    assert with_fund.parts["guarantee fund opportunity cost"] == pytest.approx(opportunity, rel=1e-12)
    assert result.fund.opportunity_cost == pytest.approx(opportunity, rel=1e-12)
    capital = without.parts["capital cost of retained risk"]
    unexpected = without.es_99 - without.expected_loss
    left = max(unexpected - 0.02 * exposure, 0.0) / unexpected
    assert with_fund.parts["capital cost of retained risk"] == pytest.approx(capital * left, abs=1e-9)
    assert with_fund.total == pytest.approx(without.total + opportunity - capital * (1 - left), rel=1e-12)
    for m, member in enumerate(pool.members):
        own = sum(r.terms.amount * market.fixing("EUR", r.terms.currency, pool.valuation_date)
                  for r in pool.receivables if r.member == member.name)
        assert with_fund.member_parts[m]["guarantee fund opportunity cost"] == pytest.approx(0.002 * own, rel=1e-12)


def test_the_policy_minimum_and_fee_are_paid_once_by_the_pool(market) -> None:
    """One member, one small invoice: premium below the EUR 3,000 minimum, so the policy costs the minimum plus
    the EUR 500 fee, carried at exp(r_fund T), and no more."""
    pool, receivable = one_member_pool("EUR", parameters={})
    pool = replace(pool, receivables=(replace(receivable, terms=replace(receivable.terms, amount=20_000.0)),))
    result = analyse_pool(pool, market, scenarios=2_000)
    ctx = build_context(pool.deal_for(pool.receivables[0]), market)
    assert result.designs["netting_policy"].parts["group credit policy"] == pytest.approx(
        (3_000.0 + 500.0) * ctx.carry, rel=1e-12)


# --- the verdict ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["brianza_furniture.toml", "centro_nord.toml"])
def test_verdict_counts_match_the_member_table(name: str) -> None:
    result = analyse_pool(load_pool(POOLS / name), scenarios=20_000)
    data = consortium_to_dict(result)
    first = result.verdict_text[0]
    assert data["verdict"].startswith(str(first))
    compared = data["compared_design"]
    rows = data["members"]
    saving = [m for m in rows if not m["better_off_alone"]]
    assert first.args["saving_count"] == len(saving)
    assert first.args["members"] == len(rows)
    assert data["better_off_alone"] == [m["name"] for m in rows if m["better_off_alone"]]
    for m in rows:  # the flag is the sign of the saving in the compared design, within half a cent of rounding
        assert m["pooled_cost"] == m["design_costs"][compared]
        ranked = [m["design_costs"][d] for d in m["design_ranking"]]
        assert all(a <= b + 0.01 for a, b in zip(ranked, ranked[1:], strict=False))  # cheapest first, per member
        assert m["better_off_alone"] == (m["saving"] < -0.01) or abs(m["saving"]) <= 0.01
    if first.code != "verdict_alone":
        assert first.args["alone_count"] == len(rows) - len(saving)
        assert first.args["saving_money"] == pytest.approx(data["pool"]["saving"], abs=0.01)
    else:
        assert first.args["extra_money"] == pytest.approx(-data["pool"]["saving"], abs=0.01)
    # every design's member costs add up to its total to the cent
    for design in data["designs"]:
        assert sum(round(m["design_costs"][design["id"]] * 100) for m in rows) == round(design["total"] * 100)
    stable = data["stable_pool"]
    if stable is not None:  # nobody in the stable pool is better off alone
        assert len(stable["members"]) >= 2 and stable["saving"] >= 0
        kept = {m["name"]: m for m in rows if m["name"] in stable["members"]}
        assert all(m["stable_pool_cost"] <= m["standalone_cost"] + 0.01 for m in kept.values())
        assert not set(stable["members"]) & set(data["better_off_alone"])
