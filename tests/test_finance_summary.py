"""The example machinery deal end to end: every finance figure, ranked on one basis, JSON-ready."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from exportrisk.cover.registry import OPTIONS
from exportrisk.errors import InputError
from exportrisk.finance.preview import preview
from exportrisk.finance.stress import pair_history
from exportrisk.finance.summary import finance_summary
from exportrisk.finance.terms import finance_terms_from_dict
from exportrisk.market.service import MarketData
from tests.test_finance_helpers import MACHINERY, TODAY, context, deal_data


@pytest.fixture(scope="module")
def setup():
    market = MarketData()
    ctx = context(MACHINERY, market)
    return ctx, finance_terms_from_dict(deal_data(MACHINERY)), pair_history(ctx, market.ecb.rates)


def test_machinery_summary(setup) -> None:
    ctx, terms, series = setup
    summary = finance_summary(ctx, terms, OPTIONS, series)
    ids = [q.id for q in summary.financing]
    assert ids == ["own_funding", "insured_discounting", "forfaiting", "factoring", "buyer_credit_cirr"]
    ranked = summary.ranked()
    assert ranked[0].id == "buyer_credit_cirr" and [q.cost for q in ranked] == sorted(q.cost for q in ranked)
    assert all(q.min_price is None or q.min_price > 0 for q in ranked)
    assert not summary.cirr.current and summary.cirr.notes[0].code == "cirr_expired"
    assert summary.interest_support.eligible and summary.interest_support.saving > 0
    assert summary.pre_shipment.premium == pytest.approx(summary.pre_shipment.rate_pct / 100 * 2_900_000)
    assert [b.kind for b in summary.bonds] == ["advance_payment", "performance"]
    assert {s.id for s in summary.stress} >= {"crisis_2008", "try_2021", "country_down_2", "buyer_down"}
    data = json.loads(json.dumps(summary.to_json()))
    assert data["cirr"]["notes"][0]["code"] == "cirr_expired"
    assert data == json.loads(json.dumps(preview(MACHINERY, TODAY)))


def test_bad_finance_inputs_stop_the_summary(setup) -> None:
    ctx, terms, series = setup
    with pytest.raises(InputError) as caught:
        finance_summary(ctx, replace(terms, down_payment_pct=10.0), OPTIONS, series)
    assert caught.value.code == "finance_down_payment"
    with pytest.raises(InputError) as caught:
        finance_summary(ctx, replace(terms, repayment_years=16.0), OPTIONS, series)
    assert caught.value.code == "finance_tenor_max"
    user = finance_summary(ctx, replace(terms, cirr_pct={"USD": 4.4}), OPTIONS, series)
    assert user.cirr.current and user.cirr.rate_pct == 4.4
