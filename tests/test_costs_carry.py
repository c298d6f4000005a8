"""Costs paid up front are compared at the payment date: carried at the funding rate, exp((r_home + 2 %) T)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from scipy.stats import norm

from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.paths import resources_dir


def test_put_premium_and_state_premium_are_carried_to_the_payment_date() -> None:
    deal = load_deal(resources_dir() / "examples" / "italy_textiles_brazil.toml")
    result = price_deal(deal, paths=2000, seed=1, today=date(2026, 10, 30), solve_min_price=False)
    s, k, rd, rf, t = result.spot, result.forward, result.rate_home, result.rate_foreign, 120 / 365
    vol = result.risks.fx_volatility
    d1 = (math.log(s / k) + (rd - rf + vol * vol / 2) * t) / (vol * math.sqrt(t))
    d2 = d1 - vol * math.sqrt(t)
    put = k * math.exp(-rd * t) * norm.cdf(-d2) - s * math.exp(-rf * t) * norm.cdf(-d1)  # Garman-Kohlhagen
    # funding rate = home rate + the 2 % bank margin of parameters.toml [funding]
    assert result.funding_rate == pytest.approx(rd + 0.02, abs=1e-15)
    carry = math.exp((rd + 0.02) * t)
    items = {label.code: v for label, v in result.option("fx_put").cost_items}
    premium, margin = items["cost_option_premium"], items["cost_option_margin"]
    assert premium == pytest.approx(180_000 * put * carry, rel=1e-9)
    assert margin == pytest.approx(0.0015 * 180_000 * s * carry, rel=1e-12)   # 0.15 % of the notional
    state = {label.code: v for label, v in result.option("state_cover").cost_items}
    state_premium = state["cost_state_premium"]
    # Brazil is OECD category 4; short-term tariff for CC1, 120 days -> RLZ 4 months: 0.95 + 4 x 0.0279 = 1.06 %
    # (BB is CC1 in category 4 whether read as the notch or the grade)
    assert state_premium == pytest.approx(0.0106 * 180_000 * s * carry, rel=1e-9)
