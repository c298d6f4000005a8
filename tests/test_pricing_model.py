"""The economic model around the arithmetic: rates for home-currency invoices, long-term volatility."""

from __future__ import annotations

import csv
import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from exportrisk.engine.context import build_context
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
