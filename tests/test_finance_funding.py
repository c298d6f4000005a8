"""Financing options on the one funding basis: own funding, an insured receivable discounted, forfaiting, factoring."""

from __future__ import annotations

import math

import pytest

from exportrisk.cover.factoring import Factoring
from exportrisk.cover.forfaiting import Forfaiting
from exportrisk.finance.basis import FundingBasis
from exportrisk.finance.buyer_credit import buyer_credit_quote
from exportrisk.finance.cirr import lookup_cirr
from exportrisk.finance.funding import factoring_financing, forfaiting_financing, insured_discounting, own_funding
from exportrisk.parameters import installed_parameters
from tests.test_finance_helpers import EXAMPLES, context

PARAMS = installed_parameters()


@pytest.fixture(scope="module")
def brazil():
    return context(EXAMPLES / "italy_textiles_brazil.toml")


def test_basis_is_the_engines_funding_rate(brazil) -> None:
    basis = FundingBasis.from_context(brazil)
    assert basis.funding_rate == pytest.approx(brazil.rate_home + 0.02)  # [funding] bank_margin_pct = 2.0
    assert basis.carry == pytest.approx(brazil.carry)


def test_own_funding_by_hand(brazil) -> None:
    basis = FundingBasis.from_context(brazil, manufacturing_months=3)
    quote = own_funding(basis, 180_000)
    growth = math.exp(basis.funding_rate * (0.25 + 120 / 365))
    assert quote.total_interest == pytest.approx(128_000 * (growth - 1))
    assert quote.min_price == pytest.approx(128_000 * growth / (brazil.spot * (1 - basis.margin)))
    assert quote.all_in_rate == basis.funding_rate and quote.cost == 0.0


def test_forfaiting_as_financing_reuses_its_price_and_the_documented_min_price(brazil) -> None:
    basis = FundingBasis.from_context(brazil)
    quote = forfaiting_financing(brazil, basis, 180_000)
    assert quote.cost == pytest.approx(Forfaiting().price(brazil, 180_000, brazil.base_profile).cost)
    assert quote.cost == pytest.approx(2_269.98, abs=0.01)       # how_figures_are_computed.md, section 16
    assert quote.min_price == pytest.approx(185_828.25, abs=0.01)
    value = 180_000 * brazil.spot
    assert quote.all_in_rate == pytest.approx(math.log(value * brazil.carry / (value - quote.cost)) / brazil.years)
    assert quote.all_in_rate > basis.funding_rate


def test_factoring_and_insured_discounting_by_hand(brazil) -> None:
    basis = FundingBasis.from_context(brazil)
    factoring = factoring_financing(brazil, basis, 180_000)
    assert factoring.cost == pytest.approx(Factoring().price(brazil, 180_000, brazil.base_profile).cost)
    assert factoring.total_interest == pytest.approx(1_800.98, abs=0.01)  # section 16
    premium = 1_000.0
    quote = insured_discounting(basis, 180_000, premium, "EUR", params=PARAMS)
    value, t = 180_000 * brazil.spot, brazil.years
    r_d = brazil.rate_home + 0.01
    expected = premium * math.exp(basis.funding_rate * t) - 0.95 * value * (math.exp(basis.funding_rate * t)
                                                                            - math.exp(r_d * t))
    assert quote.cost == pytest.approx(expected)
    assert quote.notes[0].code == "policy_once"
    cheaper = insured_discounting(basis, 180_000, 0.0, "EUR", params=PARAMS)
    assert cheaper.cost < 0 < quote.cost  # cheaper money, premium once


def test_buyer_credit_pays_the_exporter_at_the_starting_point(brazil) -> None:
    basis = FundingBasis.from_context(brazil)
    cirr = lookup_cirr("USD", 5.0, brazil.deal.valuation_date, {"USD": 4.5}, params=PARAMS)
    quote = buyer_credit_quote(basis, 180_000, 0.15, 5.0, cirr, 3.0)
    assert quote.cost == pytest.approx(-180_000 * brazil.spot * (brazil.carry - 1))
    assert quote.min_price < own_funding(basis, 180_000).min_price
    assert quote.all_in_rate > 0.045
    borne = buyer_credit_quote(basis, 180_000, 0.15, 5.0, cirr, 3.0, premium_paid_by="exporter")
    assert borne.cost - quote.cost == pytest.approx(0.03 * 0.85 * 180_000 * brazil.spot * brazil.carry)
    assert borne.all_in_rate == 0.045
