"""Political-risk-only cover: never negative, never dearer than full cover, cheaper whenever the buyer term exists."""

from __future__ import annotations

import pytest

from exportrisk.cover.base import CoverOption
from exportrisk.cover.political_only import PoliticalOnlyCover
from exportrisk.cover.state_cover import StateCover
from exportrisk.engine.exact import loss_mixture
from exportrisk.engine.quote import expected_retained
from exportrisk.errors import InputError
from exportrisk.finance.political_only import political_only_rate
from tests.test_finance_helpers import EXAMPLES, MACHINERY, context


@pytest.mark.parametrize("category", list("1234567"))
@pytest.mark.parametrize("hor", [0.25, 1.0, 2.0, 5.0, 10.25])
def test_cheaper_than_full_and_never_negative(category: str, hor: float) -> None:
    for buyer in ("SOV", "CC1", "CC2", "CC3", "CC4", "CC5"):
        try:
            rate = political_only_rate(category, buyer, hor)
        except InputError:
            continue
        assert 0.0 <= rate.political_pct <= rate.full_pct
        if buyer != "SOV":
            assert rate.political_pct < rate.full_pct, (category, buyer, hor)


def test_country_part_alone_by_hand() -> None:
    # category 5, HOR 10.25: (a_5 HOR + b_5) x (0.95 / 0.95), a_5 = 0.74, b_5 = 0.75, standard quality, PCF 1
    assert political_only_rate("5", "CC1", 10.25).political_pct == pytest.approx(0.74 * 10.25 + 0.75)
    with pytest.raises(InputError) as caught:
        political_only_rate("HI", "CC1", 5.0)
    assert caught.value.code == "finance_political_only_market"


@pytest.mark.parametrize("path", [EXAMPLES / "italy_textiles_brazil.toml", MACHINERY])
def test_component_cheaper_than_state_cover_and_keeps_the_buyer_risk(path) -> None:
    ctx = context(path)
    amount = ctx.deal.terms.amount * ctx.deal.claim_factor
    political, full = CoverOption("p", "p", (PoliticalOnlyCover(),)), CoverOption("s", "s", (StateCover(),))
    none = CoverOption("none", "none", ())
    cost_p = political.components[0].price(ctx, amount, ctx.base_profile).cost
    cost_s = full.components[0].price(ctx, amount, ctx.base_profile).cost
    assert 0 < cost_p < cost_s
    el = {o.id: expected_retained(ctx, o, o.profile(ctx), amount) for o in (political, full, none)}
    assert el["s"] < el["p"] < el["none"]
    payoff = political.components[0].expected_payoff(ctx, amount, ctx.base_profile)
    assert payoff == pytest.approx(el["none"] - el["p"])
    mixture = loss_mixture(ctx, [political], [political.profile(ctx)], [amount])
    assert mixture is not None and float(mixture.mean()[0]) == pytest.approx(el["p"], rel=1e-6)
