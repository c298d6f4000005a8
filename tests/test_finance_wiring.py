"""Phase 2 of issue 15: the finance tables in the deal file, the quote, its JSON and text, and the report."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from exportrisk.deal.io import deal_from_dict, deal_to_dict, load_deal
from exportrisk.errors import InputError
from exportrisk.finance.terms import FinanceTerms
from exportrisk.paths import resources_dir

MACHINERY = resources_dir() / "examples" / "deals" / "machinery_5y.toml"
OLD_EXAMPLES = sorted((resources_dir() / "examples").glob("*.toml"))


def test_machinery_example_reads_every_finance_table() -> None:
    deal = load_deal(MACHINERY)
    assert deal.finance.manufacturing_months == 9.0 and deal.finance.repayment_years == 5.0
    assert [b.kind for b in deal.finance.bonds] == ["advance_payment", "performance"]
    assert deal.finance.bonds[0].counter_guarantee and not deal.finance.bonds[1].counter_guarantee
    assert deal.finance.fund_394 is not None and deal.finance.fund_394.grant_share == 0.10


def test_finance_round_trip() -> None:
    deal = load_deal(MACHINERY)
    data = deal_to_dict(deal)
    assert {"finance", "bond", "fund_394"} <= set(data)
    again = deal_from_dict(json.loads(json.dumps(data)))
    assert again == deal
    assert again.finance.bonds == deal.finance.bonds


@pytest.mark.parametrize("example", OLD_EXAMPLES, ids=lambda p: p.stem)
def test_old_deal_file_loads_unchanged(example: Path) -> None:
    deal = load_deal(example)
    assert deal.finance == FinanceTerms()
    assert not {"finance", "bond", "fund_394"} & set(deal_to_dict(deal))


def test_finance_and_credit_terms_must_agree() -> None:
    data = deal_to_dict(load_deal(MACHINERY))
    data["finance"]["repayment_years"] = 7
    with pytest.raises(InputError) as err:
        deal_from_dict(data)
    assert err.value.field == "finance.repayment_years" and "7" in str(err.value) and "5" in str(err.value)


def test_unknown_finance_field_names_nearest() -> None:
    data = deal_to_dict(load_deal(MACHINERY))
    data["finance"]["down_payment"] = 20
    with pytest.raises(InputError) as err:
        deal_from_dict(data)
    assert err.value.field == "finance.down_payment" and "down_payment_pct" in str(err.value)


# --- the quote ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def machinery_quote():  # noqa: ANN201
    from exportrisk.engine.quote import price_deal

    return price_deal(load_deal(MACHINERY), today=load_deal(MACHINERY).valuation_date)


def test_bond_costs_are_items_of_every_option(machinery_quote) -> None:  # noqa: ANN001
    result = machinery_quote
    bonds = result.finance.bonds
    carry = math.exp(result.funding_rate * result.years)
    fee = sum(b.fee + b.counter_guarantee_premium for b in bonds) * result.spot * carry
    call = sum(b.expected_call_loss_covered for b in bonds) * result.spot
    assert bonds[0].expected_call_loss_covered < bonds[0].expected_call_loss  # the counter-guarantee pays 95 %
    for option in (o for o in result.options if o.available):
        items = [(i.code, v) for i, v in option.cost_items if getattr(i, "code", "").startswith("cost_bond")]
        assert sum(v for c, v in items if c != "cost_bond_unfair_call") == pytest.approx(fee, rel=1e-12)
        assert sum(v for c, v in items if c == "cost_bond_unfair_call") == pytest.approx(call, rel=1e-12)


def test_production_is_funded_from_the_start_of_production(machinery_quote) -> None:  # noqa: ANN001
    result = machinery_quote
    t_m = 9 / 12
    expected = result.production_cost * (math.exp(result.funding_rate * (t_m + result.years)) - 1.0)
    assert result.funding_cost == pytest.approx(expected, rel=1e-12)
    assert result.funding_cost > result.production_cost * (math.exp(result.funding_rate * result.years) - 1.0)


def test_quote_json_has_the_finance_block(machinery_quote) -> None:  # noqa: ANN001
    data = json.loads(json.dumps(machinery_quote.to_dict()))
    finance = data["finance"]
    assert {q["id"] for q in finance["financing"]} >= {"own_funding", "buyer_credit_cirr"}
    assert finance["cirr"]["currency"] == "USD" and finance["cirr"]["current"] is False
    assert {s["id"] for s in finance["stress"]} >= {"crisis_2008", "country_down_2", "buyer_down"}
    ids = {o["id"] for o in data["options"] if o["available"]}
    assert all(set(s["losses"]) <= ids for s in finance["stress"] if s["available"])
    assert "state_cover_pre_shipment" in ids and {"political_only", "collection_dp", "collection_da"} <= ids


def test_old_deal_quote_has_no_finance_block() -> None:
    from exportrisk.engine.quote import price_deal

    deal = load_deal(OLD_EXAMPLES[0])
    result = price_deal(deal, today=deal.valuation_date, solve_min_price=False)
    assert result.finance is None and result.to_dict()["finance"] is None
    assert "state_cover_pre_shipment" not in {o.id for o in result.options}


def _cli(tmp_path: Path, change: dict) -> subprocess.CompletedProcess[str]:
    data = deal_to_dict(load_deal(MACHINERY))
    for block, values in change.items():
        data.setdefault(block, {}).update(values)
    path = tmp_path / "deal.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "exportrisk", "quote", str(path)], capture_output=True, text=True,
                          timeout=600, check=False)


@pytest.mark.parametrize(("change", "words"), [
    ({"deal": {"currency": "CHF"}}, "no CIRR table for CHF"),
    ({"credit": {"repayment_years": 16}, "finance": {"repayment_years": 16}}, "Arrangement's maximum"),
    ({"finance": {"down_payment_pct": 10}}, "minimum of 15 %"),
])
def test_bad_finance_inputs_through_the_cli(tmp_path: Path, change: dict, words: str) -> None:
    run = _cli(tmp_path, change)
    assert run.returncode == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], run.stderr


# --- the report ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "it", "pl", "de"])
def test_report_has_the_finance_pages_in_every_language(machinery_quote, lang: str) -> None:  # noqa: ANN001
    from exportrisk.report.build_deal import build_deal_report
    from exportrisk.report.i18n import catalog

    words = catalog(lang)
    report = build_deal_report(machinery_quote, lang)
    titles = [s.title for s in report.sections]
    for key in ("finance_title", "finance_pre_shipment_bonds", "finance_stress", "finance_fund_394"):
        assert words[key] in titles, (lang, key)
    stress = report.sections[titles.index(words["finance_stress"])]
    live = [o for o in machinery_quote.options if o.available]
    assert len(stress.tables[0].rows) == len(live)
    assert len(stress.tables[0].headers) == 1 + len(machinery_quote.finance.stress)
    financing = report.sections[titles.index(words["finance_title"])]
    cirr = dict(financing.facts)[words["finance_cirr"]]
    assert words["finance_cirr_not_current"] in cirr


def test_old_deal_report_has_no_finance_pages() -> None:
    from exportrisk.engine.quote import price_deal
    from exportrisk.report.build_deal import build_deal_report
    from exportrisk.report.i18n import catalog

    deal = load_deal(OLD_EXAMPLES[0])
    report = build_deal_report(price_deal(deal, today=deal.valuation_date), "en")
    titles = {s.title for s in report.sections}
    en = catalog("en")
    assert not titles & {en["finance_title"], en["finance_stress"], en["finance_fund_394"], en["finance_bonds"]}
