"""D/P and D/A as two instruments: D/A leaves the exporter more buyer risk, for stated reasons."""

from __future__ import annotations

import pytest

from exportrisk.cover.base import CoverOption
from exportrisk.cover.collection_terms import DocumentsAgainstAcceptance, DocumentsAgainstPayment
from exportrisk.engine.quote import expected_retained
from exportrisk.finance.collection import collection_risk
from tests.test_finance_helpers import EXAMPLES, context


@pytest.mark.parametrize("pd_1y", [0.0005, 0.005, 0.03, 0.2])
@pytest.mark.parametrize("usance", [30, 90, 180])
def test_da_riskier_than_dp(pd_1y: float, usance: int) -> None:
    dp, da = collection_risk("dp", pd_1y, usance, 0.35), collection_risk("da", pd_1y, usance, 0.35)
    assert da.lgd == 0.45 > dp.lgd == 0.35          # goods released against acceptance vs kept until payment
    assert da.years == usance / 365 > dp.years == 10 / 365
    assert da.probability == pytest.approx(1 - (1 - pd_1y) ** (usance / 365))
    assert da.expected_loss_share > dp.expected_loss_share


def test_components_in_a_deal() -> None:
    ctx = context(EXAMPLES / "italy_textiles_brazil.toml")
    amount = ctx.deal.terms.amount
    options = [CoverOption(c.id, c.name, (c,)) for c in (DocumentsAgainstPayment(), DocumentsAgainstAcceptance())]
    el = {o.id: expected_retained(ctx, o, o.profile(ctx), amount) for o in options}
    assert el["collection_da"] > el["collection_dp"]
    dp, da = (o.profile(ctx) for o in options)
    assert da.lgd_commercial == 0.45 and da.p_commercial == pytest.approx(ctx.base_profile.p_commercial)
    assert dp.p_commercial < da.p_commercial and dp.lgd_commercial == 0.35
    assert options[0].components[0].price(ctx, amount, dp).cost == options[1].components[0].price(ctx, amount,
                                                                                                   da).cost
