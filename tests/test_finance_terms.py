"""FinanceTerms from a deal file's [finance], [[bond]] and [fund_394] tables: defaults and clear errors."""

from __future__ import annotations

import pytest

from exportrisk.errors import InputError
from exportrisk.finance.terms import FinanceTerms, finance_terms_from_dict, finance_terms_to_dict
from tests.test_finance_helpers import MACHINERY, deal_data


def test_example_deal_tables() -> None:
    terms = finance_terms_from_dict(deal_data(MACHINERY))
    assert terms.down_payment_pct == 15 and terms.repayment_years == 5 and terms.manufacturing_months == 9
    assert terms.pre_shipment_cover and terms.interest_support and terms.market_fixed_rate_pct == 6.5
    assert [b.kind for b in terms.bonds] == ["advance_payment", "performance"]
    assert terms.bonds[0].counter_guarantee and terms.bonds[0].amount == 600_000
    assert terms.fund_394 is not None and terms.fund_394.grant_share == 0.10
    assert finance_terms_from_dict(finance_terms_to_dict(terms)) == terms


def test_defaults() -> None:
    terms = finance_terms_from_dict({"deal": {"amount": 1}})
    assert terms == FinanceTerms()
    assert terms.down_payment_share == 0.15 and terms.manufacturing_months == 0 and terms.bonds == ()
    assert terms.starting_point == "delivery" and not terms.pre_shipment_cover and terms.fund_394 is None
    assert finance_terms_to_dict(terms) == {}


@pytest.mark.parametrize(("data", "code", "field"), [
    ({"finance": {"down_paymnt_pct": 20}}, "finance_unknown_field", "finance.down_paymnt_pct"),
    ({"finance": {"down_payment_pct": 120}}, "finance_number", "finance.down_payment_pct"),
    ({"finance": {"manufacturing_months": "six"}}, "finance_number", "finance.manufacturing_months"),
    ({"finance": {"starting_point": "signature"}}, "finance_choice", "finance.starting_point"),
    ({"finance": {"cirr_pct": 4.5}}, "finance_cirr_table", "finance.cirr_pct"),
    ({"finance": {"cirr_pct": {"USD": "x"}}}, "finance_number", "finance.cirr_pct.USD"),
    ({"finance": {"pre_shipment_cover": "yes"}}, "finance_flag", "finance.pre_shipment_cover"),
    ({"finance": []}, "finance_table", "finance"),
    ({"bond": [{"kind": "advance_payment", "amount": -1, "months": 3}]}, "finance_number", "bond.amount"),
    ({"bond": [{"kind": "advance_payment", "amount": 1, "month": 3}]}, "finance_unknown_field", "bond.month"),
    ({"fund_394": {"loan_amount": 1}}, "finance_missing", "fund_394.market_rate_pct"),
])
def test_bad_inputs_name_the_field(data: dict, code: str, field: str) -> None:
    with pytest.raises(InputError) as caught:
        finance_terms_from_dict(data)
    assert (caught.value.code, caught.value.field) == (code, field)
    assert str(caught.value) and caught.value.text("pl") != str(caught.value)


def test_unknown_field_suggests_the_close_one() -> None:
    with pytest.raises(InputError, match="did you mean down_payment_pct"):
        finance_terms_from_dict({"finance": {"down_paymnt_pct": 20}})
