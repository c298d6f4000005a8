"""A deal's [parameters] reach the finance figures: the finance code reads the quote's Parameters."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from exportrisk.cover.registry import OPTIONS
from exportrisk.deal.io import load_deal
from exportrisk.engine.context import build_context
from exportrisk.errors import InputError
from exportrisk.finance.fund_394 import fund_394
from exportrisk.finance.stress import pair_history
from exportrisk.finance.summary import finance_summary
from exportrisk.finance.terms import finance_terms_from_dict
from exportrisk.market.service import MarketData
from exportrisk.parameters import installed_parameters, unit_of
from tests.test_finance_helpers import EXAMPLES, MACHINERY, context, deal_data

OLD_EXAMPLES = sorted(EXAMPLES.glob("*.toml"))


@pytest.fixture(scope="module")
def market() -> MarketData:
    return MarketData()


def summary(market: MarketData, **parameters: dict):  # noqa: ANN201
    ctx = context(MACHINERY, market, **{f"parameters__{k}": v for k, v in parameters.items()})
    return ctx, finance_summary(ctx, finance_terms_from_dict(deal_data(MACHINERY)), OPTIONS,
                                pair_history(ctx, market.ecb.rates))


def test_a_deals_fund_394_grant_cap_changes_the_grant(market: MarketData) -> None:
    _, base = summary(market)
    ctx, capped = summary(market, fund_394={"grant_cap_eur": 40_000})
    assert base.fund_394.grant == pytest.approx(0.10 * base.fund_394.loan)  # 10 % of the loan, under the caps
    assert capped.fund_394.grant == 40_000 < base.fund_394.grant
    assert capped.fund_394.benefit == pytest.approx(base.fund_394.benefit - (base.fund_394.grant - 40_000))
    assert "grant_cap_eur" in ctx.params.info["fund_394"].overridden


def test_a_deals_interest_support_rule_changes_eligibility(market: MarketData) -> None:
    _, base = summary(market)
    _, strict = summary(market, interest_support={"max_financed_share": 0.80})  # the deal finances 85 %
    assert base.interest_support.eligible and base.interest_support.saving > 0
    assert not strict.interest_support.eligible and strict.interest_support.saving == 0.0
    assert [r.code for r in strict.interest_support.reasons] == ["support_financed_share"]


def test_a_deals_stress_and_bond_parameters_reach_their_figures(market: MarketData) -> None:
    _, base = summary(market)
    _, changed = summary(market, bonds={"unfair_call_probability": 0.05}, stress={"buyer_notches_down": 6})
    assert [b.expected_call_loss for b in changed.bonds] == pytest.approx(
        [b.expected_call_loss * 5 for b in base.bonds])
    buyer = {s.id: s for s in base.stress}["buyer_down"], {s.id: s for s in changed.stress}["buyer_down"]
    assert buyer[1].losses["none"] > buyer[0].losses["none"]


def test_a_bad_finance_override_is_refused_naming_the_deal_field(market: MarketData) -> None:
    with pytest.raises(InputError) as caught:
        context(MACHINERY, market, parameters__fund_394={"grant_share_max": 1.2})
    assert caught.value.code == "param_range" and caught.value.field == "[parameters.fund_394] grant_share_max"
    with pytest.raises(InputError) as caught:
        context(MACHINERY, market, parameters__fund_394={"grant_shar_max": 0.1})
    assert caught.value.code == "param_unknown_close" and "fund_394.grant_share_max" in str(caught.value)


def test_a_loan_profile_that_does_not_fill_its_life_is_an_input_error() -> None:
    params = installed_parameters().with_overrides({"fund_394": {"years": 7}})
    with pytest.raises(InputError) as caught:
        fund_394(finance_terms_from_dict(deal_data(MACHINERY)).fund_394, params=params)
    assert caught.value.code == "param_range" and "fund_394.instalments" in str(caught.value)


@pytest.mark.parametrize("example", OLD_EXAMPLES, ids=lambda p: p.stem)
def test_old_deal_files_and_their_old_overrides_still_load(example: Path, market: MarketData) -> None:
    deal = load_deal(example)
    ctx = build_context(replace(deal, parameters={"fx_forward": {"margin_pct": 0.2}, "simulation": {"paths": 5000}}),
                        market, today=deal.valuation_date)
    assert ctx.params.number("fx_forward", "margin_pct") == 0.2 and ctx.params.integer("simulation", "paths") == 5000
    shown = [f"{s}.{k}" for s, values in ctx.params.values.items() for k in values]
    assert "fund_394.rate_pct" in shown and all(unit_of(name) for name in shown)
    assert ctx.params.info["fund_394"].overridden == ()


@pytest.mark.parametrize("lang", ["it", "de"])
def test_the_report_annex_lists_the_finance_parameters_in_the_language(lang: str) -> None:
    from exportrisk.engine.quote import price_deal
    from exportrisk.report.build_deal import build_deal_report
    from exportrisk.report.i18n import Translator
    from exportrisk.report.model import ReportOptions

    deal = load_deal(EXAMPLES / "italy_textiles_brazil.toml")
    result = price_deal(deal, paths=2000, seed=3, today=deal.valuation_date, solve_min_price=False)
    t = Translator(lang)
    report = build_deal_report(result, lang, options=ReportOptions(annex=True))
    rows = [row for s in report.sections if s.title == t("assumptions") for table in s.tables for row in table.rows]
    first = {row[0]: row for row in rows}
    for section in ("fund_394", "interest_support", "stress"):
        assert first[t(f"section_{section}")][2].startswith(t("source_line", source=t(f"annex_source_{section}"),
                                                                 date="")[:20])
    assert t("param_fund_394_grant_cap_eur") in first
