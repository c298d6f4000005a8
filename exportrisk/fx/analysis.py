"""FX risk of one foreign-currency receivable: forward, put premium, VaR and ES, in one result."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from exportrisk.errors import InputError
from exportrisk.fx.pricing import forward_rate, garman_kohlhagen, year_fraction
from exportrisk.fx.risk import (
    historical_changes,
    historical_losses,
    lognormal_var_es,
    normal_var_es,
    tail_var_es,
)
from exportrisk.fx.volatility import (
    TRADING_DAYS_PER_YEAR,
    VolatilityEstimate,
    VolMethod,
    estimate_volatility,
    trading_days,
)
from exportrisk.market.snapshot import FxSnapshot, Provenance, Source
from exportrisk.money import round_money

CONFIDENCE_LEVELS = (0.95, 0.99)
#: Historical simulation uses overlapping changes over the last ten years of fixings.
HISTORICAL_WINDOW_FIXINGS = 10 * TRADING_DAYS_PER_YEAR
MAX_DAYS = 3650


@dataclass(frozen=True)
class FxRiskResult:
    """Every number of an FX analysis, the inputs, provenance and warnings. Nothing downstream
    recomputes: the CLI, GUI and PDF read this.

    Losses are positive when bad, in home currency, against the budget `home_value` = amount x spot
    (the receivable valued at today's spot, no drift).
    """

    home: str
    foreign: str
    amount: float
    days: int
    as_of: date
    spot: float
    spot_date: date
    rate_home: float
    rate_foreign: float
    years: float
    forward: float
    volatility: VolatilityEstimate
    home_value: float
    put_premium: float
    call_premium: float
    var: dict[float, float]
    es: dict[float, float]
    var_lognormal: dict[float, float]
    es_lognormal: dict[float, float]
    var_historical: dict[float, float]
    es_historical: dict[float, float]
    historical_scenarios: int
    historical_horizon_days: int
    provenance: tuple[Provenance, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def forward_points(self) -> float:
        return self.forward - self.spot

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view; money rounded once here by `round_money`."""

        def money_by_level(values: dict[float, float]) -> dict[str, float]:
            return {f"{level:.2f}": round_money(v) for level, v in values.items()}

        return {
            "home": self.home,
            "foreign": self.foreign,
            "amount": self.amount,
            "days": self.days,
            "as_of": self.as_of.isoformat(),
            "spot": self.spot,
            "spot_date": self.spot_date.isoformat(),
            "forward": self.forward,
            "forward_points": self.forward_points,
            "years": self.years,
            "volatility": self.volatility.annual,
            "volatility_method": self.volatility.method_used.value,
            "volatility_detail": self.volatility.detail,
            "term_std": self.volatility.term_std,
            "home_value": round_money(self.home_value),
            "rates": {"home": self.rate_home, "foreign": self.rate_foreign},
            "put_premium": round_money(self.put_premium),
            "call_premium": round_money(self.call_premium),
            "var": money_by_level(self.var),
            "es": money_by_level(self.es),
            "var_lognormal": money_by_level(self.var_lognormal),
            "es_lognormal": money_by_level(self.es_lognormal),
            "var_historical": money_by_level(self.var_historical),
            "es_historical": money_by_level(self.es_historical),
            "historical": {"scenarios": self.historical_scenarios,
                           "horizon_trading_days": self.historical_horizon_days},
            "provenance": {p.item: p.to_dict() for p in self.provenance},
            "warnings": list(self.warnings),
        }


def _check_amount_days(amount: float, days: int) -> None:
    if not isinstance(amount, int | float) or not math.isfinite(amount) or amount <= 0:
        raise InputError(code="amount_positive", field="deal.amount", value=amount)
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise InputError(code="payment_days_range", field="deal.payment_days", high=MAX_DAYS, value=days)


def analyse_fx(snapshot: FxSnapshot, amount: float, days: int,
               vol_method: VolMethod | str = VolMethod.EWMA) -> FxRiskResult:
    """FX risk of receiving `amount` foreign units in `days` calendar days, seen from home."""
    _check_amount_days(amount, days)
    try:
        method = VolMethod(vol_method)
    except ValueError:
        raise InputError(code="vol_method_unknown", field="market.vol_method", value=vol_method,
                         choices="ewma, historical, garch") from None
    years = year_fraction(days)
    vol = estimate_volatility(snapshot.history, method, days, snapshot.volatility_override)
    value = amount * snapshot.spot
    fwd = float(forward_rate(snapshot.spot, snapshot.rate_home, snapshot.rate_foreign, years))
    put = float(garman_kohlhagen(snapshot.spot, fwd, snapshot.rate_home, snapshot.rate_foreign,
                                 vol.annual, years, "put")) * amount
    call = float(garman_kohlhagen(snapshot.spot, fwd, snapshot.rate_home, snapshot.rate_foreign,
                                  vol.annual, years, "call")) * amount
    horizon = trading_days(days)
    changes = historical_changes(snapshot.history, horizon, HISTORICAL_WINDOW_FIXINGS)
    hist_losses = historical_losses(value, changes)
    var, es, var_ln, es_ln, var_h, es_h = {}, {}, {}, {}, {}, {}
    for level in CONFIDENCE_LEVELS:
        var[level], es[level] = map(float, normal_var_es(value, vol.term_std, level))
        var_ln[level], es_ln[level] = map(float, lognormal_var_es(value, vol.term_std, level))
        var_h[level], es_h[level] = tail_var_es(hist_losses, level)
    provenance = list(snapshot.provenance)
    if vol.method_used is not VolMethod.USER:
        provenance.append(Provenance("volatility", Source.COMPUTED, vol.detail,
                                     vol.window_start, vol.window_end))
    return FxRiskResult(
        home=snapshot.home, foreign=snapshot.foreign, amount=float(amount), days=days,
        as_of=snapshot.as_of, spot=snapshot.spot, spot_date=snapshot.spot_date,
        rate_home=snapshot.rate_home, rate_foreign=snapshot.rate_foreign, years=years,
        forward=fwd, volatility=vol, home_value=value, put_premium=put, call_premium=call,
        var=var, es=es, var_lognormal=var_ln, es_lognormal=es_ln, var_historical=var_h,
        es_historical=es_h, historical_scenarios=int(changes.size),
        historical_horizon_days=horizon, provenance=tuple(provenance),
        warnings=snapshot.warnings + vol.warnings,
    )
