"""Stress scenarios: the worst move found by brute force, losses equal to a revaluation at the shocked rate."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from exportrisk.country.political import political_risk
from exportrisk.cover.registry import OPTIONS
from exportrisk.credit.default_probability import default_probability
from exportrisk.finance.stress import (
    credit_scenarios,
    downgraded_category,
    downgraded_rating,
    fx_scenarios,
    pair_history,
    stress_windows,
    worst_ratio,
)
from exportrisk.market.fxtable import FxTable
from exportrisk.market.service import MarketData
from tests.test_finance_helpers import EXAMPLES, context


@pytest.fixture(scope="module")
def market() -> MarketData:
    return MarketData()


@pytest.fixture(scope="module")
def brazil(market):
    return context(EXAMPLES / "italy_textiles_brazil.toml", market)


def brute_force(series: pd.Series, start: date, end: date, days: int) -> float:
    part = series[(series.index >= pd.Timestamp(start)) & (series.index <= pd.Timestamp(end))]
    worst = 1.0
    for i, (d_i, v_i) in enumerate(part.items()):
        for d_j, v_j in part.iloc[i:].items():
            if (d_j - d_i).days <= days:
                worst = min(worst, v_j / v_i)
    return worst


def test_worst_ratio_by_brute_force(brazil, market) -> None:
    series = pair_history(brazil, market.ecb.rates)
    for window in stress_windows():
        found = worst_ratio(series, window.start, window.end, 120)
        assert found is not None
        assert found[0] == pytest.approx(brute_force(series, window.start, window.end, 120), rel=1e-12)
    # a Swiss exporter invoicing in EUR (CHF per EUR) lost most over the SNB's 15 January 2015
    chf = FxTable(market.ecb.rates).pair_series("CHF", "EUR")
    ratio, low_from, low_to = worst_ratio(chf, date(2015, 1, 1), date(2015, 3, 31), 90)
    assert ratio < 0.9 and low_from < date(2015, 1, 15) <= low_to
    isk = FxTable(market.ecb.rates).pair_series("EUR", "ISK")
    assert worst_ratio(isk, date(2015, 1, 1), date(2015, 3, 31), 90) is None  # no ISK fixings 2008-12 to 2018-01


def test_fx_losses_equal_a_revaluation_at_the_shocked_rate(brazil, market) -> None:
    series = pair_history(brazil, market.ecb.rates)
    results = fx_scenarios(brazil, OPTIONS, series)
    amount, s0, m = brazil.deal.terms.amount, brazil.spot, brazil.expected_rate
    p = brazil.base_profile
    el_share = p.lgd_commercial * p.p_commercial + p.lgd_political * p.p_political_only
    for result in results:
        window = next(w for w in stress_windows() if w.id == result.id)
        shocked = s0 * brute_force(series, window.start, window.end, brazil.deal.days)
        assert result.available
        assert result.losses["none"] == pytest.approx(amount * s0 - amount * shocked * (1 - el_share), rel=1e-9)
        # a forward delivers at m in every state; the buyer's default costs the shocked value of what is lost
        assert result.losses["fx_forward"] == pytest.approx(amount * (s0 - m) + amount * shocked * el_share, rel=1e-9)
        assert result.losses["forfaiting"] == pytest.approx(0.0, abs=1e-6)
        assert result.losses["none"] > result.losses["fx_forward"]


def test_scenario_unavailable_when_the_pair_has_no_data(brazil, market) -> None:
    series = pair_history(brazil, market.ecb.rates)
    late = series[series.index >= pd.Timestamp("2016-01-01")]
    results = {r.id: r for r in fx_scenarios(brazil, OPTIONS, late)}
    assert not results["crisis_2008"].available and not results["chf_floor_2015"].available
    assert results["crisis_2008"].notes[0].code == "stress_unavailable" and results["try_2018"].available
    assert all(not r.available for r in fx_scenarios(brazil, OPTIONS, None))


def test_credit_scenarios_by_hand(brazil) -> None:
    assert downgraded_category("4", 2) == "6" and downgraded_category("6", 2) == "7"
    assert downgraded_category("HI", 2) == "2" and downgraded_rating("BB", 3) == "B"
    results = {r.id: r for r in credit_scenarios(brazil, OPTIONS)}
    amount, s0, m, years = brazil.deal.terms.amount, brazil.spot, brazil.expected_rate, brazil.years
    p = brazil.base_profile
    p_pol = political_risk("6", years).over_term
    by_hand = amount * (s0 - m) + amount * m * (p.lgd_commercial * p.p_commercial
                                                + p.lgd_political * (1 - p.p_commercial) * p_pol)
    assert results["country_down_2"].losses["none"] == pytest.approx(by_hand, rel=1e-9)
    p_b = default_probability(years, rating="B").probability
    by_hand = amount * (s0 - m) + amount * m * (p.lgd_commercial * p_b + p.lgd_political * (1 - p_b) * p.p_political)
    assert results["buyer_down"].losses["none"] == pytest.approx(by_hand, rel=1e-9)
    for sid in ("country_down_2", "buyer_down"):
        losses = results[sid].losses
        assert losses["state_cover"] < losses["none"]
        assert losses["none"] > 0 and losses["forfaiting"] == 0.0
