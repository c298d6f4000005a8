"""Pairs crossed through EUR, look-back over holidays, and errors that name the covered range."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from exportrisk.errors import DataCoverageError, InputError
from exportrisk.market.fxtable import FxTable


@pytest.fixture(scope="module")
def table(ecb_history) -> FxTable:
    return FxTable(ecb_history.rates)


def test_cross_rate_is_ratio_of_eur_rates(table, ecb_history) -> None:
    day = pd.Timestamp("2025-06-02")
    row = ecb_history.rates.loc[day]
    # PLN per USD = (PLN per EUR) / (USD per EUR)
    assert table.pair_series("PLN", "USD")[day] == pytest.approx(row["PLN"] / row["USD"], rel=1e-15)
    assert table.pair_series("EUR", "USD")[day] == pytest.approx(1.0 / row["USD"], rel=1e-15)
    assert table.pair_series("USD", "EUR")[day] == row["USD"]


def test_fixing_on_holiday_uses_previous_fixing(table, ecb_history) -> None:
    fixing = table.fixing("EUR", "USD", date(2024, 3, 31))  # Easter Sunday
    assert fixing.date == date(2024, 3, 28)
    assert fixing.value == pytest.approx(1.0 / ecb_history.rates.at[pd.Timestamp("2024-03-28"), "USD"])


def test_unknown_currency_lists_covered(table) -> None:
    with pytest.raises(DataCoverageError, match=r"AED.*USD"):
        table.pair_series("EUR", "AED")


def test_same_currency_rejected(table) -> None:
    with pytest.raises(InputError, match="both PLN"):
        table.pair_series("pln", "PLN")


def test_date_before_data_names_range(table) -> None:
    with pytest.raises(DataCoverageError, match="covers 1999-01-04 – 2026-10-30"):
        table.fixing("EUR", "USD", date(1998, 12, 31))


def test_gap_names_both_ranges(table) -> None:
    with pytest.raises(DataCoverageError) as info:
        table.fixing("EUR", "ISK", date(2012, 6, 1))
    message = str(info.value)
    assert "1999-01-04 – 2008-12-09" in message and "2018-02-01 – 2026-10-30" in message


def test_discontinued_currency_is_not_served_stale(table) -> None:
    with pytest.raises(DataCoverageError, match="– 2022-03-01"):
        table.fixing("EUR", "RUB", date(2024, 1, 10))


def test_after_data_end_returns_last_fixing(table) -> None:
    fixing = table.fixing("EUR", "USD", date(2026, 11, 28))
    assert fixing.date == date(2026, 10, 30)
