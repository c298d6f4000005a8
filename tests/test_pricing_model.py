"""The economic model around the arithmetic: FX outlook, funding, insurance, banks, instruments, correlation."""

from __future__ import annotations

import csv
import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exportrisk.cover.base import black_put
from exportrisk.cover.insurance import expected_indemnity
from exportrisk.cover.registry import option_by_id
from exportrisk.engine.context import build_context
from exportrisk.engine.quote import closed_form_options, price_deal
from tests.test_engine import make_deal

TODAY = date(2026, 10, 30)
ROOT = Path(__file__).resolve().parents[1]


def table_rate(currency: str) -> float:
    """The newest row of the installed interest-rate table for `currency`, read here with the csv module."""
    with open(ROOT / "resources" / "interest_rates.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(line for line in handle if not line.startswith("#"))
                if r["currency"] == currency]
    best = max(rows, key=lambda r: (r["as_of"], r["rate_kind"] == "money_market_3m"))
    return float(best["rate_pct"]) / 100.0


def test_home_currency_invoice_uses_the_home_interest_rate() -> None:
    # before: an invoice in the home currency got 0 % as both rates, so forfaiting discounted at the margin only
    deal = make_deal(deal={"currency": "EUR", "amount": 150_000})
    ctx = build_context(deal, today=TODAY)
    assert ctx.rate_home == pytest.approx(table_rate("EUR"), abs=1e-15)
    assert ctx.rate_foreign == ctx.rate_home
    assert any(p.item == "rate_home" for p in ctx.provenance)


def test_typed_home_rate_is_used_for_a_home_currency_invoice() -> None:
    deal = make_deal(deal={"currency": "EUR"}, market={"rate_home": 0.031})
    assert build_context(deal, today=TODAY).rate_home == 0.031


def test_ewma_past_a_year_reverts_to_the_ten_year_level(ecb_history) -> None:
    # term variance = EWMA^2 x 1 year + (10-year historical vol)^2 x (T - 1), T on the 256-day basis
    deal = make_deal(deal={"payment_days": 1095})
    ctx = build_context(deal, today=TODAY)
    history = ctx.fx_history
    returns = np.diff(np.log(history.dropna().to_numpy()))
    long_run = float(np.std(returns[-2560:], ddof=1) * math.sqrt(256))
    years = round(1095 * 256 / 365) / 256
    vol = ctx.fx_risk.volatility
    ewma_part = vol.term_std ** 2 - long_run ** 2 * (years - 1.0)
    assert ewma_part > 0
    short = build_context(make_deal(deal={"payment_days": 180}), today=TODAY).volatility  # EWMA alone
    assert math.sqrt(ewma_part) == pytest.approx(short, rel=1e-12)
    assert "long-run level" in vol.detail
    assert any(getattr(w, "code", "") == "vol_long_run" for w in ctx.warnings)


# --- the FX outlook -------------------------------------------------------------------------------------------


SPOT = {"fx_model": {"outlook": "spot"}}


def quote(paths: int = 20_000, method: str = "exact", **overrides):
    return price_deal(make_deal(**overrides), paths=paths, seed=7, today=TODAY, method=method)


def test_forward_outlook_open_fx_loss_and_forward_cost_by_hand() -> None:
    # credit and country risk switched off (PD floored at 0.03 %, no political risk) to isolate the FX terms
    result = quote(buyer={"rating": None, "pd_1y": 0.0}, market={"political_pd": 0.0})
    a, s0, f = 180_000, result.spot, result.forward
    p_c = 1 - (1 - 0.0003) ** (120 / 365)
    none, fwd = result.option("none"), result.option("fx_forward")
    credit = a * f * 0.45 * p_c
    assert result.outlook == "forward" and result.expected_rate == f
    assert none.expected_loss - credit == pytest.approx(a * (s0 - f), rel=1e-9)      # A (S_0 - F)
    # a forward's expected cost minus the open position's expected FX loss is its bank margin
    assert fwd.cost + fwd.expected_loss - none.expected_loss == pytest.approx(a * f * 0.0015, rel=1e-9)
    assert [label.code for label, _ in fwd.cost_items] == ["cost_forward_margin"]


def test_spot_outlook_keeps_the_forward_points_as_a_cost() -> None:
    result = quote(parameters=SPOT)
    a, s0, f = 180_000, result.spot, result.forward
    items = {label.code: v for label, v in result.option("fx_forward").cost_items}
    assert items["cost_forward_points"] == pytest.approx(a * (s0 - f), rel=1e-12)
    assert result.option("fx_forward").expected_loss == pytest.approx(result.option("none").expected_loss, rel=1e-12)


def test_put_pays_its_black_value_around_the_forward() -> None:
    result = quote()
    s, f = result.risks.fx_term_std, result.forward
    gap = result.option("none").expected_loss - result.option("fx_put").expected_loss
    assert gap == pytest.approx(180_000 * black_put(f, f, s), rel=1e-9)   # at-the-forward strike, mean F


def test_the_quote_names_the_outlook_and_compares_the_other() -> None:
    from exportrisk.deal.io import load_deal

    for path in sorted((ROOT / "resources" / "examples").glob("*.toml")):
        result = price_deal(load_deal(path), paths=5000, seed=3, today=TODAY)
        note = result.outlook_note
        if result.home == result.foreign:
            continue
        assert note is not None and note.code in ("outlook_same_best", "outlook_other_best")
        assert note.args["outlook"] == "forward" and note.args["other_outlook"] == "spot"
    turkey = price_deal(load_deal(ROOT / "resources/examples/poland_machinery_turkey.toml"), paths=5000, seed=3,
                        today=TODAY)
    alt = price_deal(make_deal_from(ROOT / "resources/examples/poland_machinery_turkey.toml", SPOT), paths=5000,
                     seed=3, today=TODAY)
    if turkey.recommended == alt.recommended:
        assert turkey.outlook_note.code == "outlook_same_best"
    else:
        assert turkey.outlook_note.code == "outlook_other_best"
        assert turkey.outlook_note.args["other_option"] == alt.recommended


def make_deal_from(path: Path, parameters: dict):
    from exportrisk.deal.io import deal_from_dict, deal_to_dict, load_deal

    data = deal_to_dict(load_deal(path))
    data["parameters"] = parameters
    return deal_from_dict(data)


# --- funding and interest -------------------------------------------------------------------------------------

def test_funded_minimum_price_with_interest_by_closed_form() -> None:
    # forfaiting is deterministic and linear in the claim, so P k S_0 (1 - m) - k P c = C exp(r_fund T)
    deal = make_deal(deal={"payment_days": None, "amount": 500_000, "cost": None, "target_margin": 0.15},
                     credit={"repayment_years": 3, "disbursement_months": 0, "interest_rate": 0.05})
    result = price_deal(deal, paths=2000, seed=1, today=TODAY)
    wal = 0.25 + 0.5 * 3                              # equal semi-annual instalments
    k = 1 + 0.05 * wal
    assert result.claim_factor == pytest.approx(k, rel=1e-15)
    years = wal                                       # no disbursement period
    carry = math.exp(result.funding_rate * years)
    value = 500_000 * result.spot
    production = value * (1 - 0.15)
    assert result.funding_cost == pytest.approx(production * (carry - 1), rel=1e-12)
    o = result.option("forfaiting")
    per_claim_unit = o.cost / (500_000 * k)
    price = production * carry / (k * result.spot * (1 - 0.15) - k * per_claim_unit)
    assert o.min_price == pytest.approx(price, rel=1e-9)


def test_a_short_term_minimum_price_also_funds_the_production_cost() -> None:
    result = quote()
    carry = math.exp((result.rate_home + 0.02) * 120 / 365)
    assert result.funding_cost == pytest.approx(128_000 * (carry - 1), rel=1e-12)
    assert result.funding_cost > 0


# --- private insurance ---------------------------------------------------------------------------------------




def private_premium(**overrides) -> tuple[float, float]:
    """(premium before tax and minimum, undiscounted expected claims) for a deal."""
    ctx = build_context(make_deal(**overrides), today=TODAY)
    option = option_by_id("private_insurance")
    profile = option.profile(ctx)
    section = ctx.params.section("private_insurance")
    claims = expected_indemnity(ctx, ctx.deal.terms.amount, profile, float(section["cover_share"]), 0.0, 1.0, True)
    premium = option.components[0].price(ctx, ctx.deal.terms.amount, profile).items[0][1] / ctx.carry
    return premium, claims


@settings(max_examples=60, deadline=None, derandomize=True)
@given(pd=st.floats(0.001, 0.2), days=st.integers(30, 360), share=st.floats(0.5, 0.95))
def test_private_premium_covers_claims_and_rises_with_pd_tenor_and_cover(pd: float, days: int, share: float) -> None:
    base = {"buyer": {"rating": None, "pd_1y": pd}, "deal": {"payment_days": days},
            "parameters": {"private_insurance": {"cover_share": share}}}
    premium, claims = private_premium(**base)
    assert premium >= claims / (1 - 0.625) * (1 - 1e-12)        # loading 62.5 %: target loss ratio 0.375
    worse, _ = private_premium(**{**base, "buyer": {"rating": None, "pd_1y": pd * 1.5}})
    longer, _ = private_premium(**{**base, "deal": {"payment_days": min(days + 60, 360)}})
    more, _ = private_premium(**{**base, "parameters": {"private_insurance": {"cover_share": min(share + 0.05, 1)}}})
    assert worse >= premium and longer >= premium and more >= premium


def test_b_minus_costs_more_than_b_and_360_days_clearly_more_than_60() -> None:
    b, _ = private_premium(buyer={"rating": "B"})
    b_minus, _ = private_premium(buyer={"rating": "B-"})
    short, _ = private_premium(deal={"payment_days": 60})
    long, _ = private_premium(deal={"payment_days": 360})
    assert b_minus > 1.5 * b
    assert long > 4 * short


def test_annual_minimum_is_shared_over_the_insured_turnover() -> None:
    small = {"deal": {"amount": 5_000, "cost": 3_500}}
    alone = [o for o in closed_form_options(make_deal(**small), today=TODAY) if o.id == "private_insurance"][0]
    assert alone.cost < 3000 * 0.9                              # the minimum is not loaded onto one invoice
    assert any(n.code == "private_policy_minimum" for n in alone.notes)
    shared = [o for o in closed_form_options(make_deal(exporter={"annual_insured_turnover": 100_000}, **small),
                                             today=TODAY) if o.id == "private_insurance"][0]
    ctx = build_context(make_deal(**small), today=TODAY)
    share = 3000 * ctx.eur_to_home * (5_000 * ctx.spot) / 100_000   # minimum x invoice / turnover
    premium_items = sum(v for _, v in shared.cost_items)
    assert premium_items == pytest.approx(share * ctx.carry, rel=1e-9)
    assert any(n.code == "private_uneconomic" for n in shared.notes)


def test_premium_tax_by_exporter_country() -> None:
    def tax_of(iso3: str, option: str = "private_insurance") -> float:
        found = [o for o in closed_form_options(make_deal(exporter={"country": iso3}), today=TODAY) if o.id == option]
        return sum(v for k, v in found[0].cost_items if getattr(k, "code", "") == "cost_premium_tax"), found[0]

    de, de_option = tax_of("DEU")
    premium = sum(v for k, v in de_option.cost_items if getattr(k, "code", "") != "cost_premium_tax")
    assert de == pytest.approx(0.19 * premium, rel=1e-12)       # Versicherungsteuer 19 %
    assert tax_of("FRA")[0] == 0.0                              # export credit insurance exempt (CGI art. 995)
    assert tax_of("DEU", "state_cover")[0] == 0.0               # federal cover is not an insurance contract


# --- banks and the deal's own instrument ------------------------------------------------------------------------

def band(category: str) -> float:
    with open(ROOT / "resources" / "bank" / "lc_confirmation_bands.csv", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(line for line in handle if not line.startswith("#"))
                   if r["category"] == category)
    return float(row["default_pct_pa"]) / 100.0


@pytest.mark.parametrize(("country", "category"), [("CHN", "2"), ("IND", "3"), ("BRA", "4"), ("TUR", "5"),
                                                 ("EGY", "6"), ("KEN", "7")])
def test_confirmation_fee_follows_the_issuing_bank_country(country: str, category: str) -> None:
    option = [o for o in closed_form_options(make_deal(buyer={"country": country}), today=TODAY)
              if o.id == "lc_confirmed"][0]
    ctx = build_context(make_deal(buyer={"country": country}), today=TODAY)
    assert ctx.bank.category == category
    fee = next(v for k, v in option.cost_items if k.code == "cost_confirmation")
    value = 180_000 * ctx.spot
    quarters = math.ceil(120 / (365 / 4))
    assert fee == pytest.approx(quarters * max(band(category) / 4 * value, 200 * ctx.eur_to_home) * ctx.carry,
                                rel=1e-12)


def test_issuing_bank_probability_sits_next_to_its_lgd() -> None:
    deal = make_deal(deal={"instrument": "lc_unconfirmed"}, bank={"rating": "BBB", "name": "Banco Exemplo"})
    result = price_deal(deal, paths=2000, seed=1, today=TODAY)
    pd_term = 1 - (1 - 0.0016 * 0.94) ** (120 / 365)            # BBB letter 0.16 % x notch ratio 0.94
    assert result.risks.obligor == "issuing bank"
    assert result.risks.commercial_probability == pytest.approx(pd_term, rel=1e-12)
    assert result.risks.commercial_probability != result.risks.buyer_default_probability
    assert result.risks.lgd == 0.35


def test_no_cover_keeps_the_deal_instrument_and_its_fees() -> None:
    dc = closed_form_options(make_deal(deal={"instrument": "documentary_collection"}), today=TODAY)
    ctx = build_context(make_deal(deal={"instrument": "documentary_collection"}), today=TODAY)
    fee = min(max(0.0015 * 180_000 * ctx.spot, 40 * ctx.eur_to_home), 125 * ctx.eur_to_home)
    by_id = {o.id: o for o in dc}
    assert by_id["none"].cost == pytest.approx(fee, rel=1e-12)
    assert by_id["fx_forward"].cost == pytest.approx(fee + 180_000 * ctx.forward * 0.0015, rel=1e-12)
    assert not by_id["documentary_collection"].available
    assert by_id["documentary_collection"].reason.code == "duplicate_instrument"
    lc = {o.id: o for o in closed_form_options(make_deal(deal={"instrument": "lc_confirmed"}), today=TODAY)}
    assert lc["none"].cost > 0 and not lc["lc_confirmed"].available
    assert not lc["state_cover"].available and lc["state_cover"].reason.code == "duplicate_cover"
    assert not lc["private_insurance_forward"].available


# --- FX-default correlation -------------------------------------------------------------------------------------

def test_correlation_closed_form_matches_the_simulation_and_raises_the_tail() -> None:
    local = {"deal": {"currency": "BRL", "amount": 900_000}}
    plain = quote(paths=200_000, **local)
    wrong_way = quote(paths=200_000, market={"fx_default_correlation": 0.6}, method="mc", **local)
    assert any(n.code == "correlation_applied" for n in wrong_way.model_notes)
    for option_id in ("none", "private_insurance", "state_cover"):
        o = wrong_way.option(option_id)
        assert abs(o.expected_loss_simulated - o.expected_loss) <= 4 * o.standard_error, option_id
    assert wrong_way.option("none").es[0.99] > plain.option("none").es[0.99]
    usd = quote(market={"fx_default_correlation": 0.6})        # USD is not the buyer's currency in Brazil
    assert any(n.code == "correlation_ignored" for n in usd.model_notes)


def test_call_on_default_quadrature_against_its_closed_form_and_monte_carlo() -> None:
    from scipy.stats import norm

    from exportrisk.cover.insurance import call_on_default

    c, mean, s, p, rho = 1000.0, 1.1, 0.2, 0.05, 0.5
    k = norm.ppf(p)
    assert call_on_default(c, 0.0, mean, s, p, rho) == pytest.approx(c * mean * norm.cdf(k - rho * s), rel=1e-12)
    rng = np.random.default_rng(5)
    z, e = rng.standard_normal(2_000_000), rng.standard_normal(2_000_000)
    rate = mean * np.exp(s * z - s * s / 2)
    default = rho * z + math.sqrt(1 - rho * rho) * e < k
    payoff = np.maximum(c * rate - 900.0, 0.0) * default
    mc, se = payoff.mean(), payoff.std() / math.sqrt(payoff.size)
    assert call_on_default(c, 900.0, mean, s, p, rho) == pytest.approx(mc, abs=4 * se)
    # a deductible far below the loss puts the strike point at z* << -40 (it integrated over nothing before)
    tiny, low_vol = 1.0, 0.05
    exact = c * mean * norm.cdf(k - rho * low_vol) - tiny * p     # the payoff is never cut: linear closed form
    assert call_on_default(c, tiny, mean, low_vol, p, rho) == pytest.approx(exact, rel=1e-9)
