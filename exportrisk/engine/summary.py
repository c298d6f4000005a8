"""What a reader sees first: the three risks rated low/medium/high, and the series the charts draw."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from scipy.special import ndtri

from exportrisk.engine.context import PricingContext

#: Traffic-light thresholds (ExportRisk's own judgement, shown in the report's method notes):
#: FX: 99 % VaR of the uncovered receivable as a share of its value; credit: default probability over the
#: term; country: OECD category.
FX_LEVELS = (0.03, 0.08)
CREDIT_LEVELS = (0.005, 0.02)
COUNTRY_LEVELS = {"0": "low", "HI": "low", "1": "low", "2": "low", "3": "medium", "4": "medium",
                  "5": "medium", "6": "high", "7": "high"}
HISTORY_YEARS = 3
BAND_Z = 1.6448536269514722  # 90 % two-sided band


@dataclass(frozen=True)
class ChartSeries:
    """Numbers the report and the window draw; computed here so that they only plot."""

    history: tuple[tuple[date, float], ...]      # home per foreign, last three years
    band: tuple[tuple[date, float, float], ...]  # 90 % range of the rate until payment (lognormal, outlook mean)
    home_value_quantiles: tuple[tuple[float, float], ...]  # (probability, invoice value at payment, home)


def level(value: float, limits: tuple[float, float]) -> str:
    return "low" if value < limits[0] else "medium" if value < limits[1] else "high"


def risk_levels(ctx: PricingContext, fx_var_share: float, credit_pd: float) -> dict[str, str]:
    """Low/medium/high for the FX, credit and country risk of the uncovered deal."""
    return {"fx": level(fx_var_share, FX_LEVELS) if ctx.has_fx_risk else "low",
            "credit": level(credit_pd, CREDIT_LEVELS), "country": COUNTRY_LEVELS[ctx.country_category]}


def chart_series(ctx: PricingContext, amount: float) -> ChartSeries:
    """Rate history, the 90 % band m_t exp(-s_t^2/2 +- 1.645 s_t) with s_t = vol sqrt(t) and m_t the outlook's
    expected rate at t (spot, or the forward for t: S_0 exp((r_h - r_f) t)), and quantiles of the invoice's
    home value A S_T at payment (lognormal with mean m)."""
    history: tuple[tuple[date, float], ...] = ()
    if ctx.fx_history is not None and not ctx.fx_history.empty:
        start = pd.Timestamp(ctx.deal.valuation_date - timedelta(days=365 * HISTORY_YEARS))
        recent = ctx.fx_history[ctx.fx_history.index >= start]
        history = tuple(zip(recent.index.date.tolist(), recent.to_numpy(dtype=float).tolist(), strict=True))
    band = []
    steps = 12
    for i in range(steps + 1):
        years = ctx.years * i / steps
        std = ctx.volatility * math.sqrt(years)
        drift = (ctx.rate_home - ctx.rate_foreign) * years if ctx.outlook == "forward" else 0.0
        centre = ctx.spot * math.exp(drift - 0.5 * std * std)
        band.append((ctx.deal.valuation_date + timedelta(days=round(years * 365)),
                     centre * math.exp(-BAND_Z * std), centre * math.exp(BAND_Z * std)))
    quantiles = []
    for p in (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975, 0.99, 0.995):
        z = float(ndtri(p))
        quantiles.append((p, amount * ctx.expected_rate * math.exp(-0.5 * ctx.term_std ** 2 + ctx.term_std * z)))
    return ChartSeries(history, tuple(band), tuple(quantiles))
