"""Pre-shipment premium against the reference's worked rates (German federal formula, FBZ in started quarters)."""

from __future__ import annotations

import pytest

from exportrisk.errors import InputError
from exportrisk.finance.pre_shipment import fbz_years, pre_shipment_quote

# docs/reference/export_finance.md, section 4: rate % flat by FBZ (years) and OECD category 1..7
WORKED = {
    0.25: (0.30, 0.50, 0.68, 0.89, 1.36, 1.71, 2.09),
    0.50: (0.32, 0.53, 0.73, 0.95, 1.42, 1.81, 2.22),
    0.75: (0.33, 0.56, 0.77, 0.99, 1.47, 1.88, 2.31),
    1.00: (0.34, 0.58, 0.80, 1.03, 1.51, 1.95, 2.40),
    1.50: (0.36, 0.61, 0.85, 1.09, 1.58, 2.06, 2.53),
}


@pytest.mark.parametrize("fbz", sorted(WORKED))
def test_rate_matches_the_worked_table(fbz: float) -> None:
    for index, expected in enumerate(WORKED[fbz]):
        quote = pre_shipment_quote(str(index + 1), fbz * 12, 1_000_000, 0.01, 0.005)
        assert round(quote.rate_pct, 2) == pytest.approx(expected, abs=1e-9), (fbz, index + 1)
        assert quote.premium == pytest.approx(quote.rate_pct / 100 * 1_000_000)


def test_started_quarters_and_risk() -> None:
    assert fbz_years(4) == 0.5 and fbz_years(3) == 0.25 and fbz_years(9) == 0.75
    assert pre_shipment_quote("4", 4, 100.0, 0.0, 0.0).rate_pct == pre_shipment_quote("4", 6, 100.0, 0.0, 0.0).rate_pct
    quote = pre_shipment_quote("4", 9, 2_900_000, 0.0045, 0.0055)
    p_b, p_p = 1 - (1 - 0.0045) ** 0.75, 1 - (1 - 0.0055) ** 0.75
    assert quote.event_probability == pytest.approx(p_b + (1 - p_b) * p_p)
    assert quote.expected_loss_uncovered == pytest.approx(quote.event_probability * 2_900_000 * 0.7)
    assert quote.expected_loss_covered == pytest.approx(quote.expected_loss_uncovered * 0.05)
    with pytest.raises(InputError) as caught:
        pre_shipment_quote("HI", 6, 1.0, 0.0, 0.0)
    assert caught.value.code == "finance_pre_shipment_category"
