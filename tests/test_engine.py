"""The quote engine: Monte Carlo against closed forms, VaR/ES, forfaiting and hedges by hand, min price, ranking."""

from __future__ import annotations

import copy
import json
import math
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from exportrisk.cover.registry import OPTIONS
from exportrisk.credit.ratings import SCALE
from exportrisk.deal.io import deal_from_dict, load_deal
from exportrisk.deal.model import Deal, Instrument
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult
from exportrisk.paths import resources_dir

TODAY = date(2026, 10, 30)
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((resources_dir() / "examples").glob("*.toml"))
BASE: dict[str, Any] = {
    "valuation_date": "2026-10-30",
    "exporter": {"name": "Tessitura Lariana", "home_currency": "EUR"},
    "buyer": {"name": "Confeccoes Paulista", "country": "BRA", "rating": "BB"},
    "deal": {"amount": 180_000, "currency": "USD", "payment_days": 120, "instrument": "open_account",
             "cost": 128_000},
}
#: Options whose retained loss is A S_T x (lost share) less a non-negative indemnity: never below zero when
#: the rate cannot move (home-currency invoice), and with a positive 95 % / 99 % quantile when it can.
NON_NEGATIVE = ("none", "private_insurance", "state_cover", "lc_confirmed", "documentary_collection", "forfaiting",
                "factoring")


def make_deal(**overrides: dict[str, Any]) -> Deal:
    """BASE with each section updated by the override of the same name (a None value deletes the key)."""
    data = copy.deepcopy(BASE)
    for section, values in overrides.items():
        block = data.setdefault(section, {})
        for key, value in values.items():
            if value is None:
                block.pop(key, None)
            else:
                block[key] = value
    return deal_from_dict(data)


def quote(paths: int = 20_000, seed: int = 20261030, method: str = "mc", **overrides: dict[str, Any]) -> QuoteResult:
    """The Monte Carlo quote by default: these tests check the simulation (tests/test_exact.py the exact engine)."""
    return price_deal(make_deal(**overrides), paths=paths, seed=seed, today=TODAY, method=method)


def live(result: QuoteResult) -> list:
    return [o for o in result.options if o.available]


MC_DEALS: dict[str, dict[str, dict[str, Any]]] = {
    "open_account": {},
    "documentary_collection": {"deal": {"instrument": "documentary_collection"}},
    "lc_unconfirmed": {"deal": {"instrument": "lc_unconfirmed"}},
    "cash_in_advance": {"deal": {"instrument": "cash_in_advance"}},
    "supplier_credit": {"deal": {"payment_days": None, "amount": 2_400_000, "cost": 1_500_000},
                        "credit": {"repayment_years": 3, "disbursement_months": 6}},
    "high_income": {"buyer": {"country": "DEU", "rating": "BBB"}},
    "category_7": {"buyer": {"country": "ARG", "rating": "B"}},
    "home_currency": {"deal": {"currency": "EUR", "amount": 160_000}},
}


@pytest.mark.parametrize("name", list(MC_DEALS))
def test_simulated_expected_loss_matches_the_closed_form(name: str) -> None:
    """Under the model (driftless lognormal FX independent of the event uniforms) the closed form is the exact
    mean of the simulated retained loss, so the gap is pure sampling error: 4 standard errors is a 99.99 %
    two-sided band; 1e-6 of the invoice absorbs rounding when the loss is deterministic (SE 0)."""
    result = quote(paths=50_000, seed=7 + len(name), **MC_DEALS[name])
    options = live(result)
    assert options and options[0].id == "none"
    for o in options:
        gap = abs(o.expected_loss_simulated - o.expected_loss)
        assert gap <= 4 * o.standard_error + 1e-6 * result.invoice_value, (name, o.id, gap, o.standard_error)


#: The spot (random-walk) outlook with funding at the home rate: the driftless model these hand oracles check.
SPOT = {"fx_model": {"outlook": "spot"}, "funding": {"bank_margin_pct": 0.0}}


def test_no_cover_expected_loss_by_hand() -> None:
    result = quote()
    t = 120 / 365
    p_c = 1 - (1 - 0.0061 * 0.81) ** t    # BB notch: letter BB 0.61 % x notch ratio 0.81 (constant hazard)
    p_p = 1 - (1 - 0.0055) ** t           # Brazil, OECD category 4: 0.55 % a year (political_risk.csv)
    value = 180_000 * result.spot
    assert result.risks.country_category == "4"
    # forward outlook (the default): E[S_T] = F, so A S_0 - A F (1 - LGD p_c - (1 - p_c) p_p)
    paid = 180_000 * result.forward * (1 - 0.45 * p_c - (1 - p_c) * p_p)
    assert result.option("none").expected_loss == pytest.approx(value - paid, rel=1e-12)
    spot = quote(parameters=SPOT)
    assert spot.option("none").expected_loss == pytest.approx(value * (0.45 * p_c + (1 - p_c) * p_p), rel=1e-12)
    assert result.option("none").event_probability == pytest.approx(p_c + (1 - p_c) * p_p, rel=1e-12)


COUNTRIES = [("SGP", None), ("BRB", "1"), ("CHN", None), ("IND", None), ("BRA", None), ("DZA", None),
             ("AGO", None), ("ARG", None), ("DEU", None), ("USA", None), ("BRB", None), ("AND", None)]


@st.composite
def deals(draw: st.DrawFn) -> Deal:
    country, category = draw(st.sampled_from(COUNTRIES))
    buyer: dict[str, Any] = {"name": "Buyer", "country": country, "country_category": category}
    kind = draw(st.sampled_from(["rating", "pd_1y", "category"]))
    buyer[kind] = draw({"rating": st.sampled_from(SCALE), "pd_1y": st.floats(0.0, 0.6),
                        "category": st.sampled_from(["SOV", "CC0", "CC1", "CC2", "CC3", "CC4", "CC5"])}[kind])
    amount = draw(st.floats(1e3, 1e8))
    terms: dict[str, Any] = {"amount": amount, "currency": draw(st.sampled_from(["USD", "GBP", "CHF", "PLN", "JPY",
                                                                                    "EUR"])),
                             "payment_days": draw(st.integers(1, 720)),
                             "instrument": draw(st.sampled_from([i.value for i in Instrument]))}
    if draw(st.booleans()):
        terms["target_margin"] = draw(st.floats(0.0, 0.6))
    else:
        terms["cost"] = amount * draw(st.floats(0.01, 1.5))
    data = {**BASE, "buyer": {k: v for k, v in buyer.items() if v is not None}, "deal": terms}
    return deal_from_dict(data)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(deal=deals(), seed=st.integers(0, 2**32))
def test_every_valid_deal_prices_to_finite_coherent_figures(deal: Deal, seed: int) -> None:
    result = price_deal(deal, paths=5000, seed=seed, today=TODAY, method="mc")
    options = live(result)
    assert options
    for o in options:
        # the simulated RAC(P) is noisy: the secant may find no price, and the option must then say so
        no_price = o.min_price is None and any(getattr(n, "code", "") == "no_min_price" for n in o.notes)
        price = [] if no_price else [o.min_price]
        figures = [o.cost, o.expected_loss, o.risk_adjusted_cost, *price, *o.var.values(), *o.es.values()]
        assert all(math.isfinite(x) for x in figures), o
        for level in (0.95, 0.99):
            assert o.es[level] >= o.var[level] - 1e-9 * max(1.0, abs(o.var[level])), (o.id, level)
        # With under ~25 expected events the sample may hold none or a few, and its SE misses them: floor the SE
        # with the binomial SE of the event indicator times the invoice value (the most an event can lose).
        rare = o.event_probability * 5000 < 25
        se = max(o.standard_error, result.invoice_value * math.sqrt(o.event_probability / 5000) if rare else 0.0)
        gap = abs(o.expected_loss_simulated - o.expected_loss)
        assert gap <= 4 * se + 1e-6 * result.invoice_value, (o.id, gap, se)


def test_es_at_least_var_at_least_zero_where_the_loss_cannot_go_negative() -> None:
    """Hedged options can show a negative EL or VaR: the retained loss counts the put's payoff but not its
    premium (that is `cost`), and the FX is driftless, E[S_T] = S_0, so A E[max(K - S_T, 0)] > 0 is an
    expected gain; with K = F > S_0 (a CHF invoice: lower CHF rate) a paid invoice even has a sure gain."""
    home = quote(deal={"currency": "EUR", "amount": 160_000})
    usd = quote()
    for result in (home, usd):
        for option_id in NON_NEGATIVE:
            o = result.option(option_id)
            assert o.available, option_id
            for level in (0.95, 0.99):
                assert o.es[level] >= o.var[level] >= 0.0, (option_id, level)
    for option_id in NON_NEGATIVE:
        assert home.option(option_id).loss_quantiles[0] >= 0.0, option_id   # the smallest retained loss
    assert usd.option("none").loss_quantiles[0] < 0.0                       # an FX gain on a paid invoice
    chf = quote(deal={"currency": "CHF"})
    put = chf.option("fx_put")
    assert chf.forward > chf.spot
    assert put.expected_loss < 0.0 and put.var[0.95] < 0.0
    assert put.var[0.95] == pytest.approx(180_000 * (chf.spot - chf.forward), rel=1e-9)


def test_forfaiting_leaves_nothing_and_costs_the_discount_by_hand() -> None:
    result = quote()
    assert result.funding_rate == pytest.approx(result.rate_home + 0.02, abs=1e-15)   # [funding] 2 % margin
    o = result.option("forfaiting")
    assert o.available
    assert o.expected_loss == 0.0 and o.expected_loss_simulated == 0.0 and o.standard_error == 0.0
    assert all(o.var[a] == 0.0 and o.es[a] == 0.0 for a in (0.95, 0.99))
    assert set(o.loss_quantiles) == {0.0}
    value, t = 180_000 * result.spot, 120 / 365
    term = t + 5 / 365                                   # 5 days of grace
    sold = value * math.exp(-(result.rate_foreign + 0.024) * term)    # category 4 band margin 2.40 %
    commission = 0.0075 * sold                           # 0.75 %
    carry = math.exp((result.rate_home + 0.02) * t)      # early cash saves funding at home rate + 2 %
    interest = (sold - commission) * (carry - 1)
    cost = value - sold + commission - interest
    assert o.cost == pytest.approx(cost, rel=1e-12)
    assert o.risk_adjusted_cost == pytest.approx(cost, rel=1e-12)
    # the cost is linear in the amount, so P S0 (1 - m) - P cost/A = C exp(r_fund t) has a closed form
    per_unit = cost / 180_000
    m, c = result.target_margin, result.production_cost
    assert m == pytest.approx(1 - 128_000 / value, rel=1e-12)
    assert result.funding_cost == pytest.approx(c * (carry - 1), rel=1e-12)
    assert o.min_price == pytest.approx(c * carry / (result.spot * (1 - m) - per_unit), rel=1e-9)


def test_forward_leaves_replacement_risk_only_and_the_put_pays_its_black_value() -> None:
    paths = 50_000
    result = quote(paths=paths, buyer={"rating": None, "pd_1y": 1e-6}, market={"political_pd": 0.0},
                   parameters=SPOT)
    s, s0, k, a = result.risks.fx_term_std, result.spot, result.forward, 180_000
    assert s == pytest.approx(result.risks.fx_volatility * math.sqrt(84 / 256), rel=1e-12)  # 120 d = 84 trading d
    p_c = 1 - (1 - 0.0003) ** (120 / 365)                 # 1e-6 is floored to 0.03 %
    none, fwd, put = result.option("none"), result.option("fx_forward"), result.option("fx_put")
    assert none.event_probability == pytest.approx(p_c, rel=1e-12)
    assert none.expected_loss == pytest.approx(a * s0 * 0.45 * p_c, rel=1e-12)
    assert fwd.expected_loss == pytest.approx(none.expected_loss, rel=1e-12)
    assert abs(fwd.var[0.99]) <= 1e-9 * a * s0            # only the ~0.01 % default paths lose anything
    # No cover: defaults (all deep in the tail) take p_c of the 1 %, the lognormal FX loss the rest.
    z = norm.ppf((0.01 - p_c) / (1 - p_c))
    var_fx = a * s0 * (1 - math.exp(-0.5 * s * s + s * z))
    quantile_se = math.sqrt(0.99 * 0.01 / paths) / norm.pdf(z) * a * s0 * s * math.exp(-0.5 * s * s + s * z)
    assert none.var[0.99] == pytest.approx(var_fx, abs=4 * quantile_se)
    d1 = (math.log(s0 / k) + 0.5 * s * s) / s
    put_value = k * norm.cdf(-(d1 - s)) - s0 * norm.cdf(-d1)   # undiscounted Black put, forward S0
    assert none.expected_loss - put.expected_loss == pytest.approx(a * put_value, rel=1e-9)


def test_min_price_keeps_the_target_margin() -> None:
    paths, seed = 20_000, 99
    result = quote(paths=paths, seed=seed)
    m, c, s0 = result.target_margin, result.production_cost, result.spot
    options = live(result)
    assert {o.id for o in options} == {o.id for o in OPTIONS}  # every option is offered for this deal
    funded = c * math.exp(result.funding_rate * 120 / 365)  # the production cost funded until payment
    for o in options:
        again = quote(paths=paths, seed=seed, deal={"amount": o.min_price}).option(o.id)
        assert o.min_price * s0 * (1 - m) - again.risk_adjusted_cost == pytest.approx(funded, rel=1e-4), o.id
        if o.risk_adjusted_cost > 0:                    # with m from the cost, P = A (1 + RAC(P) / C) > A
            assert o.min_price > 180_000, o.id


def test_ranking_and_reasons_for_unavailable_options() -> None:
    result = quote()
    ranked = [result.option(i) for i in result.ranking]
    assert {o.id for o in ranked} == {o.id for o in live(result)}
    racs = [o.risk_adjusted_cost for o in ranked]
    assert racs == sorted(racs)
    assert result.recommended == result.ranking[0]
    assert [o.rank for o in ranked] == list(range(1, len(ranked) + 1))
    poland = quote(buyer={"country": "PL", "rating": "BBB-"},
                   deal={"currency": "PLN", "amount": 950_000, "payment_days": 60, "cost": 188_000})
    state = poland.option("state_cover")
    assert not state.available and "marketable" in state.reason and state.rank is None
    assert not poland.option("state_cover_put").available
    argentina = quote(buyer={"country": "ARG", "rating": "B"})
    private = argentina.option("private_insurance")
    assert argentina.risks.country_category == "7"
    assert not private.available and "category 7" in private.reason
    assert argentina.option("forfaiting").available   # category 7: 7 % a year, an estimate the option names
    assert any("7.00%" in n for n in argentina.option("forfaiting").notes)
    assert all(o.reason for o in argentina.options if not o.available)


def test_same_seed_same_quote_and_other_seed_other_draws() -> None:
    first, second, other = quote(seed=5).to_dict(), quote(seed=5).to_dict(), quote(seed=6).to_dict()
    assert first == second
    a, b = first["options"][0], other["options"][0]
    assert a["expected_loss"] == b["expected_loss"]                  # closed form: no randomness
    assert a["expected_loss_simulated"] != b["expected_loss_simulated"]
    assert a["var_99"] != b["var_99"] and a["es_99"] != b["es_99"]
    assert other["simulation"] == {"paths": 20_000, "seed": 6}


OPTION_FIELDS = {"id", "name", "available", "reason", "cost", "expected_loss", "event_probability", "var_99", "es_99",
                 "risk_adjusted_cost", "min_price"}


def _check_quote_dict(data: dict[str, Any]) -> None:
    assert {"deal", "options", "recommended", "provenance", "warnings"} <= set(data)
    assert len(data["options"]) == len(OPTIONS)
    for option in data["options"]:
        assert OPTION_FIELDS <= set(option)
        if option["available"]:
            assert all(isinstance(option[k], float) for k in ("cost", "expected_loss", "es_99", "min_price"))
        else:
            assert option["reason"] and option["cost"] is None
    assert data["recommended"] in {o["id"] for o in data["options"] if o["available"]}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_price_offline(path: Path) -> None:
    result = price_deal(load_deal(path))
    assert result.paths == 200_000
    data = result.to_dict()
    _check_quote_dict(data)
    assert data["deal"]["buyer"]["name"] == load_deal(path).buyer.name
    json.dumps(data)


def test_four_examples_exist() -> None:
    assert [p.name for p in EXAMPLES] == ["germany_poland.toml", "italy_textiles_brazil.toml",
                                          "italy_wine_barbados.toml", "poland_machinery_turkey.toml"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_cli_quotes_each_example(path: Path, record_property: Callable[[str, object], None]) -> None:
    """Timed for the record only; speed is asserted in benchmarks, not here."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "exportrisk", "quote", str(path), "--offline", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    record_property("seconds", round(time.perf_counter() - start, 3))
    assert done.returncode == 0, done.stderr
    _check_quote_dict(json.loads(done.stdout))


def test_component_results_are_shared_within_a_context_and_not_across_changed_ones() -> None:
    """PricingContext.component_result: the options that share a component and a risk profile get one result
    (the one a direct call gives); a context changed by dataclasses.replace starts with none of them, so a result
    of another outlook or turnover is never reused; a component's settings are part of the key."""
    from dataclasses import replace

    from exportrisk.cover.pre_shipment import PreShipmentCover
    from exportrisk.cover.registry import option_by_id
    from exportrisk.engine.context import build_context
    from exportrisk.engine.quote import _pricing

    deal = load_deal(Path(__file__).resolve().parent.parent / "resources/examples/italy_textiles_brazil.toml")
    ctx = build_context(deal, today=date(2026, 10, 30))
    amount = deal.terms.amount
    alone, combined = option_by_id("state_cover"), option_by_id("state_cover_put")
    profile = alone.profile(ctx)
    direct = alone.components[0].price(ctx, amount, profile)
    assert _pricing(ctx, alone, profile, amount).available  # prices the state cover on this context
    calls: list[int] = []
    shared = ctx.component_result("price", combined.components[0], amount, profile,
                                  lambda: calls.append(1) or direct)
    assert calls == [] and shared == direct  # computed once, by _pricing above: the direct call's result
    assert shared is ctx.component_result("price", alone.components[0], amount, profile, lambda: None)
    other = replace(ctx, outlook="spot" if ctx.outlook == "forward" else "forward")
    assert other.component_result("price", alone.components[0], amount, profile, lambda: "fresh") == "fresh"
    first = ctx.component_result("exact_payoff", PreShipmentCover(3.0), amount, profile, lambda: "three months")
    assert ctx.component_result("exact_payoff", PreShipmentCover(6.0), amount, profile, lambda: "six") == "six"
    assert first == "three months"


def test_risk_profile_hash_is_its_fields_hash_computed_once() -> None:
    """RiskProfile keeps the hash of its fields' tuple after the first use (it keys every component result):
    equal profiles hash alike whether or not one was hashed before, a changed one (without) gets its own."""
    from exportrisk.risk_profile import RiskProfile

    profile = RiskProfile(0.02, 0.6, 0.01, 1.0, True, "buyer", 0.1)
    fields = (0.02, 0.6, 0.01, 1.0, True, "buyer", 0.1)
    assert hash(profile) == hash(fields) == hash(profile)
    twin = RiskProfile(*fields)
    assert twin == profile and hash(twin) == hash(profile) and {profile: 1}[twin] == 1
    changed = profile.without(p_commercial=0.03)
    assert changed != profile and hash(changed) == hash((0.03, *fields[1:]))
    assert repr(profile).startswith("RiskProfile(p_commercial=0.02") and "_hash" not in repr(profile)
