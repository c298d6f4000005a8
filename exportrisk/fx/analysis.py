"""FX risk of one foreign-currency receivable: forward, put premium, VaR and ES, in one result."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

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


#: How many distinct (history, method, term, typed volatility) the process keeps the history-derived figures of.
_HISTORY_MEMO_SIZE = 16
_history_memo: OrderedDict[tuple[Any, ...], tuple[VolatilityEstimate, np.ndarray]] = OrderedDict()
_history_lock = threading.Lock()


def _history_figures(history: pd.Series, method: VolMethod, days: int, user_volatility: float | None
                     ) -> tuple[VolatilityEstimate, np.ndarray]:
    """(estimate_volatility(history, method, days, user_volatility), historical_changes over the term and
    HISTORICAL_WINDOW_FIXINGS): what depends on the fixings and the term, not on the amount or the interest
    rates. Kept for the last _HISTORY_MEMO_SIZE distinct inputs, keyed by the fixings' values and dates
    themselves: re-quotes that change only the rates or the typed volatility (the what-if table, a quote and
    its other FX outlook) read the same fixings again. A history without a date index is computed each time."""
    horizon = trading_days(days)

    def compute() -> tuple[VolatilityEstimate, np.ndarray]:
        changes = historical_changes(history, horizon, HISTORICAL_WINDOW_FIXINGS)
        changes.flags.writeable = False  # shared by every analysis of these fixings
        return estimate_volatility(history, method, days, user_volatility), changes

    if not isinstance(history.index, pd.DatetimeIndex):
        return compute()
    key = (np.ascontiguousarray(history.to_numpy(dtype=np.float64)).tobytes(), history.index.asi8.tobytes(),
           method, days, user_volatility)
    with _history_lock:
        found = _history_memo.get(key)
        if found is not None:
            _history_memo.move_to_end(key)
            return found
    found = compute()
    with _history_lock:
        _history_memo[key] = found
        while len(_history_memo) > _HISTORY_MEMO_SIZE:
            _history_memo.popitem(last=False)
    return found


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
    vol, changes = _history_figures(snapshot.history, method, days, snapshot.volatility_override)
    value = amount * snapshot.spot
    fwd = float(forward_rate(snapshot.spot, snapshot.rate_home, snapshot.rate_foreign, years))
    put = float(garman_kohlhagen(snapshot.spot, fwd, snapshot.rate_home, snapshot.rate_foreign,
                                 vol.annual, years, "put")) * amount
    call = float(garman_kohlhagen(snapshot.spot, fwd, snapshot.rate_home, snapshot.rate_foreign,
                                  vol.annual, years, "call")) * amount
    horizon = trading_days(days)
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
