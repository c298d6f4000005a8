"""CIRR lookup by currency, tenor and date against the table read by hand; the Arrangement's gates."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from exportrisk.errors import InputError
from exportrisk.finance.cirr import arrangement_category, check_arrangement, estimated_cirr, lookup_cirr
from exportrisk.parameters import installed_parameters
from exportrisk.paths import resources_dir

PARAMS = installed_parameters()


def table_rows() -> list[dict[str, str]]:
    lines = (resources_dir() / "finance" / "cirr.csv").read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


@pytest.mark.parametrize(("currency", "tenor", "on"), [
    ("USD", 3.0, date(2023, 3, 20)), ("USD", 5.0, date(2023, 4, 14)), ("USD", 7.0, date(2023, 2, 15)),
    ("USD", 12.0, date(2021, 1, 1)), ("EUR", 8.5, date(2017, 9, 20)), ("EUR", 9.0, date(2017, 8, 15)),
    ("HUF", 6.0, date(2017, 10, 1)),
])
def test_lookup_equals_the_row_found_by_hand(currency: str, tenor: float, on: date) -> None:
    rows = [r for r in table_rows() if r["currency"] == currency and float(r["tenor_over_years"]) < tenor
            <= float(r["tenor_to_years"]) and r["valid_from"] <= on.isoformat() <= r["valid_to"]]
    assert len(rows) == 1
    quote = lookup_cirr(currency, tenor, on, params=PARAMS)
    assert quote.current and quote.rate_pct == float(rows[0]["rate_pct"])
    assert quote.valid_to == date.fromisoformat(rows[0]["valid_to"])


def test_validity_runs_from_the_15th_to_the_14th() -> None:
    assert lookup_cirr("USD", 2.0, date(2023, 3, 14), params=PARAMS).rate_pct == 4.91
    assert lookup_cirr("USD", 2.0, date(2023, 3, 15), params=PARAMS).rate_pct == 5.23


def test_past_validity_says_so_and_asks_for_the_current_rate() -> None:
    quote = lookup_cirr("USD", 5.0, date(2026, 10, 30), params=PARAMS)
    assert not quote.current and quote.rate_pct == 5.23 and quote.valid_to == date(2023, 4, 14)
    assert quote.notes[0].code == "cirr_expired"
    assert "Type the current CIRR for USD" in quote.notes[0]


def test_user_rate_takes_precedence() -> None:
    quote = lookup_cirr("usd", 5.0, date(2026, 10, 30), {"USD": 4.5}, params=PARAMS)
    assert quote.current and quote.rate_pct == 4.5 and quote.source == "user entry"
    assert lookup_cirr("GBP", 5.0, date(2026, 10, 30), {"gbp": 4.1}, params=PARAMS).rate_pct == 4.1


def test_currency_without_table_names_the_rule() -> None:
    with pytest.raises(InputError) as caught:
        lookup_cirr("GBP", 5.0, date(2026, 10, 30), params=PARAMS)
    assert caught.value.code == "finance_cirr_currency" and caught.value.field == "finance.cirr_pct"
    assert "no CIRR table for GBP" in str(caught.value) and "EUR, HUF, USD" in str(caught.value)
    assert "CIRR" in caught.value.text("it") and "GBP" in caught.value.text("de")


def test_down_payment_below_15_pct_names_the_rule() -> None:
    with pytest.raises(InputError) as caught:
        check_arrangement(10.0, 5.0, "II", date(2026, 10, 30), params=PARAMS)
    assert caught.value.code == "finance_down_payment" and caught.value.field == "finance.down_payment_pct"
    assert "minimum of 15 %" in str(caught.value)
    assert check_arrangement(15.0, 5.0, "II", date(2026, 10, 30), params=PARAMS) == ()


def test_tenor_beyond_the_maximum_for_the_category() -> None:
    before = date(2022, 6, 1)
    with pytest.raises(InputError) as caught:
        check_arrangement(15.0, 9.0, "I", before, params=PARAMS)
    assert caught.value.code == "finance_tenor_max" and "maximum of 8.5 years for a Category I" in str(caught.value)
    assert check_arrangement(15.0, 6.0, "I", before, params=PARAMS)[0].code == "cat1_notification"
    assert check_arrangement(15.0, 10.0, "II", before, params=PARAMS) == ()
    with pytest.raises(InputError, match="maximum of 10 years for a Category II"):
        check_arrangement(15.0, 10.5, "II", before, params=PARAMS)
    with pytest.raises(InputError, match="maximum of 15 years"):
        check_arrangement(15.0, 16.0, "II", date(2026, 10, 30), params=PARAMS)
    with pytest.raises(InputError, match="two years or more"):
        check_arrangement(15.0, 1.5, "II", date(2026, 10, 30), params=PARAMS)


def test_starting_point_and_category() -> None:
    with pytest.raises(InputError) as caught:
        check_arrangement(15.0, 5.0, "II", date(2026, 10, 30), "signature", params=PARAMS)
    assert caught.value.code == "finance_starting_point" and "delivery, mean_delivery, acceptance" in str(caught.value)
    assert arrangement_category("HI") == "I" and arrangement_category("3") == "II"


def test_estimated_cirr_is_the_yield_plus_100_bp_and_says_so() -> None:
    quote = estimated_cirr("gbp", 4.12, date(2026, 10, 31), params=PARAMS)
    assert quote.rate_pct == pytest.approx(5.12) and quote.source == "estimated" and quote.currency == "GBP"
    assert quote.notes[0].code == "cirr_estimated" and "Not an official rate" in quote.notes[0]
