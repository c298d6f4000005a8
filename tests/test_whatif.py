"""What-if: each shifted figure equals a direct re-quote of a deal file shifted by hand; the break-even PD."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from exportrisk.deal.io import deal_from_dict, deal_to_dict, load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import round_price_up
from exportrisk.engine.whatif import BREAK_EVEN_TOLERANCE, break_even_pd, sensitivity

TODAY = date(2026, 10, 30)
BRAZIL = Path(__file__).resolve().parents[1] / "resources/examples/italy_textiles_brazil.toml"


@pytest.fixture(scope="module")
def brazil():
    deal = load_deal(BRAZIL)
    base = price_deal(deal, today=TODAY)
    return deal, base, {(r.input, r.shift): r for r in sensitivity(deal, base, today=TODAY)}


def requote(base_deal, **sections) -> tuple[str | None, float | None]:
    data = deal_to_dict(base_deal)
    for section, values in sections.items():
        data.setdefault("deal" if section == "terms" else section, {}).update(values)
    quote = price_deal(deal_from_dict(data), today=TODAY)
    best = quote.option(quote.recommended)
    return quote.recommended, round_price_up(best.min_price)


@pytest.mark.parametrize(("key", "sections"), [
    (("payment_days", "+50%"), {"terms": {"payment_days": 180}}),
    (("payment_days", "-50%"), {"terms": {"payment_days": 60}}),
    (("buyer", "worse"), {"buyer": {"rating": "B"}}),              # BB + 3 notches: BB-, B+, B
    (("buyer", "better"), {"buyer": {"rating": "BBB"}}),           # BB - 3 notches: BB+, BBB-, BBB
    (("country_category", "+1"), {"buyer": {"country_category": "5"}}),   # Brazil is category 4
    (("fx_outlook", "spot"), {"market": {"fx_outlook": "spot"}}),
])
def test_each_shift_is_a_direct_requote_to_the_cent(brazil, key, sections) -> None:
    deal, _, rows = brazil
    row = rows[key]
    assert (row.recommended, round_price_up(row.min_price)) == requote(deal, **sections)


def test_rate_and_volatility_shifts_requote_the_typed_market(brazil) -> None:
    deal, base, rows = brazil
    assert requote(deal, market={"rate_home": base.rate_home + 0.01})[1] == round_price_up(
        rows[("rate_home", "+100bp")].min_price)
    vol = base.risks.fx_volatility
    assert requote(deal, market={"volatility": vol * 0.75})[1] == round_price_up(rows[("volatility", "-25%")].min_price)
    assert len(rows) == 13


def test_break_even_pd_is_where_the_best_option_changes(brazil) -> None:
    deal, base, _ = brazil
    found = break_even_pd(deal, base, today=TODAY)
    assert found is not None
    pd_even, other = found

    def best_at(pd_1y: float) -> str | None:
        data = deal_to_dict(deal)
        data["buyer"] = {"name": data["buyer"]["name"], "country": data["buyer"]["country"], "pd_1y": pd_1y}
        return price_deal(deal_from_dict(data), today=TODAY, solve_min_price=False).recommended

    now = best_at(base.risks.buyer_pd_1y)
    assert other != now and best_at(pd_even) == other
    pd_now = base.risks.buyer_pd_1y
    # the search's bracket ends within exp(BREAK_EVEN_TOLERANCE): a step back towards today's PD is inside
    step = math.exp(BREAK_EVEN_TOLERANCE)
    assert best_at(pd_even / step if pd_even > pd_now else pd_even * step) == now


def test_quote_what_if_flag_adds_the_table_and_the_break_even(capsys, brazil) -> None:
    import json

    from exportrisk.cli import main

    _, _, rows = brazil
    assert main(["quote", str(BRAZIL), "--offline", "--what-if", "--format", "json"]) in (0, None)
    data = json.loads(capsys.readouterr().out)
    assert len(data["what_if"]["sensitivity"]) == len(rows)
    assert data["what_if"]["break_even"]["takes_over"] != data["recommended"]
    assert main(["quote", str(BRAZIL), "--offline", "--what-if"]) in (0, None)
    assert "break-even: at a 1-year buyer PD of" in capsys.readouterr().out


@pytest.mark.parametrize("example", ["italy_textiles_brazil.toml", "poland_machinery_turkey.toml"])
def test_json_what_if_rows_equal_direct_requotes_of_the_shifted_file(example) -> None:
    """The JSON structure (engine.whatif.WhatIfResult.to_dict): every row is price_deal of the shifted deal file."""
    from exportrisk.engine.whatif import shifts, what_if

    deal = load_deal(BRAZIL.parent / example)
    base = price_deal(deal, today=TODAY)
    data = what_if(deal, base, today=TODAY).to_dict()
    assert data["base"]["recommended"] == base.recommended
    assert data["base"]["min_price"] == round_price_up(base.option(base.recommended).min_price)
    assert (data["currency"], data["cost_currency"]) == (base.foreign, base.home)
    rows = {(r["input"], r["shift"]): r for r in data["sensitivity"]}
    checked = 0
    for name, label, shift in shifts(base):
        shifted = shift(deal_to_dict(deal))
        if shifted is None:
            assert (name, label) not in rows
            continue
        direct = price_deal(deal_from_dict(shifted), today=TODAY)
        best = direct.option(direct.recommended)
        row = rows[(name, label)]
        assert (row["recommended"], row["min_price"]) == (direct.recommended, round_price_up(best.min_price))
        assert round(row["risk_adjusted_cost"], 2) == round(best.risk_adjusted_cost, 2)
        checked += 1
    assert checked == len(rows) >= 9
    bars = data["tornado"]
    assert {b["input"] for b in bars} == {r["input"] for r in data["sensitivity"]}
    assert [b["swing"] for b in bars] == sorted((b["swing"] for b in bars), reverse=True)
    for bar in bars:
        for entry in bar["shifts"]:
            assert entry["change"] == round(entry["min_price"] - data["base"]["min_price"], 2)
    even = data["break_even"]
    if even is not None:
        assert even["takes_over"] != base.recommended
        assert even["direction"] == ("up" if even["buyer_pd_1y"] > base.risks.buyer_pd_1y else "down")


def test_quote_json_has_the_what_if_by_default_and_no_what_if_leaves_it_out(capsys) -> None:
    import json

    from exportrisk.cli import main

    assert main(["quote", str(BRAZIL), "--offline", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["what_if"]) == {"currency", "cost_currency", "base", "sensitivity", "tornado", "break_even"}
    assert main(["quote", str(BRAZIL), "--offline", "--format", "json", "--no-what-if"]) == 0
    assert "what_if" not in json.loads(capsys.readouterr().out)
    assert main(["quote", str(BRAZIL), "--offline"]) == 0
    assert "what-if" not in capsys.readouterr().out


def test_a_simulated_quote_gets_an_exact_base_row(brazil) -> None:
    from exportrisk.engine.whatif import what_if

    deal, base, _ = brazil
    simulated = price_deal(deal, today=TODAY, method="mc", paths=2000, seed=3)
    data = what_if(deal, simulated, today=TODAY).to_dict()
    assert data["base"]["min_price"] == round_price_up(base.option(base.recommended).min_price)
    assert data["base"]["recommended"] == base.recommended


def test_shifts_fund_the_production_cost_from_the_start_of_production_like_a_direct_quote() -> None:
    # a manufacturing period: the production cost is carried over T_m + T, not T alone
    data = deal_to_dict(load_deal(BRAZIL))
    data.setdefault("finance", {})["manufacturing_months"] = 9
    deal = deal_from_dict(data)
    base = price_deal(deal, today=TODAY)
    rows = {(r.input, r.shift): r for r in sensitivity(deal, base, today=TODAY)}
    assert requote(deal, terms={"payment_days": 180}) == (
        rows[("payment_days", "+50%")].recommended, round_price_up(rows[("payment_days", "+50%")].min_price))


@pytest.mark.parametrize("example", ["italy_textiles_brazil.toml", "germany_poland.toml"])
def test_the_quotes_other_outlook_figures_are_a_requote_with_that_outlook(example) -> None:
    """price_deal prices the other FX outlook for its note; an exact quote keeps that outlook's best option, its
    minimum price and RAC, and the what-if's outlook row reads them: they equal a quote of the deal file with the
    other outlook (the price to the cent, the RAC to 1e-12 relative). A simulated quote keeps none (its table
    re-quotes every row exactly)."""
    deal = load_deal(BRAZIL.parent / example)
    base = price_deal(deal, today=TODAY)
    assert base.other_outlook_best is not None
    other = "spot" if base.outlook == "forward" else "forward"
    data = deal_to_dict(deal)
    data.setdefault("market", {})["fx_outlook"] = other
    direct = price_deal(deal_from_dict(data), today=TODAY)
    best, price, rac = base.other_outlook_best
    assert best == direct.recommended
    assert round_price_up(price) == round_price_up(direct.option(best).min_price)
    assert rac == pytest.approx(direct.option(best).risk_adjusted_cost, rel=1e-12)
    row = next(r for r in sensitivity(deal, base, today=TODAY) if r.input == "fx_outlook")
    assert (row.shift, row.recommended, row.min_price, row.risk_adjusted_cost) == (other, best, price, rac)
    assert price_deal(deal, today=TODAY, method="mc", paths=2000).other_outlook_best is None
