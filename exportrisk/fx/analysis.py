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
#: How many receivable values each of those keeps the historical VaR and ES of.
_VALUES_KEPT = 8
_HistoryEntry = tuple[VolatilityEstimate, np.ndarray, dict[float, tuple[dict[float, float], dict[float, float]]]]
_history_memo: OrderedDict[tuple[Any, ...], _HistoryEntry] = OrderedDict()
_history_lock = threading.Lock()


def _history_figures(history: pd.Series, method: VolMethod, days: int, user_volatility: float | None, value: float
                     ) -> tuple[VolatilityEstimate, np.ndarray, dict[float, float], dict[float, float]]:
    """(estimate_volatility(history, method, days, user_volatility), historical_changes over the term and
    HISTORICAL_WINDOW_FIXINGS, and the historical VaR and ES of a receivable worth `value` by level): what
    depends on the fixings, the term and the value, not on the interest rates. Kept for the last
    _HISTORY_MEMO_SIZE distinct inputs, keyed by the fixings' values and dates themselves: re-quotes that change
    only the rates or the typed volatility (the what-if table, a quote and its other FX outlook) read the same
    fixings again. A history without a date index is computed each time."""
    horizon = trading_days(days)

    def compute() -> _HistoryEntry:
        changes = historical_changes(history, horizon, HISTORICAL_WINDOW_FIXINGS)
        changes.flags.writeable = False  # shared by every analysis of these fixings
        return estimate_volatility(history, method, days, user_volatility), changes, {}

    def tails(changes: np.ndarray) -> tuple[dict[float, float], dict[float, float]]:
        losses = historical_losses(value, changes)
        found = {level: tail_var_es(losses, level) for level in CONFIDENCE_LEVELS}
        return {level: v for level, (v, _) in found.items()}, {level: e for level, (_, e) in found.items()}

    if not isinstance(history.index, pd.DatetimeIndex):
        vol, changes, _ = compute()
        return vol, changes, *tails(changes)
    key = (np.ascontiguousarray(history.to_numpy(dtype=np.float64)).tobytes(), history.index.asi8.tobytes(),
           method, days, user_volatility)
    with _history_lock:
        entry = _history_memo.get(key)
        if entry is not None:
            _history_memo.move_to_end(key)
    if entry is None:
        entry = compute()
        with _history_lock:
            _history_memo[key] = entry
            while len(_history_memo) > _HISTORY_MEMO_SIZE:
                _history_memo.popitem(last=False)
    vol, changes, by_value = entry
    with _history_lock:
        found = by_value.get(value)
    if found is None:
        found = tails(changes)
        with _history_lock:
            if len(by_value) >= _VALUES_KEPT:
                by_value.clear()
            by_value[value] = found
    var_h, es_h = found
    return vol, changes, dict(var_h), dict(es_h)


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
    value = amount * snapshot.spot
    vol, changes, var_h, es_h = _history_figures(snapshot.history, method, days, snapshot.volatility_override,
                                                 value)
    fwd = float(forward_rate(snapshot.spot, snapshot.rate_home, snapshot.rate_foreign, years))
    put = float(garman_kohlhagen(snapshot.spot, fwd, snapshot.rate_home, snapshot.rate_foreign,
                                 vol.annual, years, "put")) * amount
    call = float(garman_kohlhagen(snapshot.spot, fwd, snapshot.rate_home, snapshot.rate_foreign,
                                  vol.annual, years, "call")) * amount
    horizon = trading_days(days)
    var, es, var_ln, es_ln = {}, {}, {}, {}
    for level in CONFIDENCE_LEVELS:
        var[level], es[level] = map(float, normal_var_es(value, vol.term_std, level))
        var_ln[level], es_ln[level] = map(float, lognormal_var_es(value, vol.term_std, level))
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
