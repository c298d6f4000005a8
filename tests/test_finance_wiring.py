"""Phase 2 of issue 15: the finance tables in the deal file, the quote, its JSON and text, and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exportrisk.deal.io import deal_from_dict, deal_to_dict, load_deal
from exportrisk.errors import InputError
from exportrisk.finance.terms import FinanceTerms
from exportrisk.paths import resources_dir

MACHINERY = resources_dir() / "examples" / "deals" / "machinery_5y.toml"
OLD_EXAMPLES = sorted((resources_dir() / "examples").glob("*.toml"))


def test_machinery_example_reads_every_finance_table() -> None:
    deal = load_deal(MACHINERY)
    assert deal.finance.manufacturing_months == 9.0 and deal.finance.repayment_years == 5.0
    assert [b.kind for b in deal.finance.bonds] == ["advance_payment", "performance"]
    assert deal.finance.bonds[0].counter_guarantee and not deal.finance.bonds[1].counter_guarantee
    assert deal.finance.fund_394 is not None and deal.finance.fund_394.grant_share == 0.10


def test_finance_round_trip() -> None:
    deal = load_deal(MACHINERY)
    data = deal_to_dict(deal)
    assert {"finance", "bond", "fund_394"} <= set(data)
    again = deal_from_dict(json.loads(json.dumps(data)))
    assert again == deal
    assert again.finance.bonds == deal.finance.bonds


@pytest.mark.parametrize("example", OLD_EXAMPLES, ids=lambda p: p.stem)
def test_old_deal_file_loads_unchanged(example: Path) -> None:
    deal = load_deal(example)
    assert deal.finance == FinanceTerms()
    assert not {"finance", "bond", "fund_394"} & set(deal_to_dict(deal))


def test_finance_and_credit_terms_must_agree() -> None:
    data = deal_to_dict(load_deal(MACHINERY))
    data["finance"]["repayment_years"] = 7
    with pytest.raises(InputError) as err:
        deal_from_dict(data)
    assert err.value.field == "finance.repayment_years" and "7" in str(err.value) and "5" in str(err.value)


def test_unknown_finance_field_names_nearest() -> None:
    data = deal_to_dict(load_deal(MACHINERY))
    data["finance"]["down_payment"] = 20
    with pytest.raises(InputError) as err:
        deal_from_dict(data)
    assert err.value.field == "finance.down_payment" and "down_payment_pct" in str(err.value)
