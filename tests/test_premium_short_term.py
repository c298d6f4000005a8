"""Short-term rate cards: the join with the MPR, rounding, RLZ, SOV+/SOV-, the 2-year cap, the UKEF grid.

Tariff coefficients are typed from premium_rules.md; UKEF expectations are read with the csv module from the
shared reference grid, not from resources/premium/.
"""

from __future__ import annotations

import csv
import math
from decimal import Decimal
from pathlib import Path

import pytest

from exportrisk.premium.rules import PremiumRequest, Rule, premium
from exportrisk.premium.short_term import preshipment_rate, risk_period_months, tariff_rate, tariff_unrounded

REFERENCE_GRID = Path("/work/shared/reference/ukef_exip_grid.csv")
CATEGORIES = ("1", "2", "3", "4", "5", "6", "7")
# fix (%) and slope (% per month) typed from premium_rules.md; None = cell does not exist.
FIX = {"SOV": (0.30, 0.50, 0.70, 0.90, 1.30, 1.70, 2.10), "CC1": (0.35, 0.55, 0.75, 0.95, 1.37, 1.79, 2.23),
       "CC2": (0.40, 0.60, 0.80, 1.00, 1.43, 1.87, 2.36), "CC3": (0.46, 0.66, 0.86, 1.06, 1.50, 1.96, None),
       "CC4": (0.51, 0.71, 0.91, 1.11, 1.56, None, None), "CC5": (0.56, 0.76, 0.96, 1.16, None, None, None)}
SLOPE = {"SOV": (0.0095, 0.0102, 0.0139, 0.0219, 0.0371, 0.0517, 0.0758),
         "CC1": (0.0165, 0.0180, 0.0208, 0.0279, 0.0426, 0.0562, 0.0806),
         "CC2": (0.0218, 0.0234, 0.0279, 0.0367, 0.0518, 0.0655, 0.0871),
         "CC3": (0.0254, 0.0302, 0.0337, 0.0440, 0.0601, 0.0800, None),
         "CC4": (0.0345, 0.0395, 0.0459, 0.0574, 0.0771, None, None),
         "CC5": (0.0510, 0.0553, 0.0622, 0.0773, None, None, None)}
EXISTING = [(c, n) for n in FIX for i, c in enumerate(CATEGORIES) if FIX[n][i] is not None]


def quote(category: str, buyer: str, **kw):
    return premium(PremiumRequest(category, buyer, **kw))


@pytest.mark.parametrize(("category", "buyer"), EXISTING)
def test_tariff_at_24_months_joins_the_mpr(category: str, buyer: str) -> None:
    i = CATEGORIES.index(category)
    tariff = FIX[buyer][i] + 24 * SLOPE[buyer][i]
    assert float(tariff_unrounded(category, buyer, 24)) == pytest.approx(tariff, abs=1e-12)
    mpr = quote(category, buyer, hor_years=2, quality="below")
    assert mpr.rule is Rule.OECD_MPR
    assert abs(tariff - mpr.premium_pct) <= 0.005


@pytest.mark.parametrize(("days", "rlz"), [(1, 1), (30, 1), (31, 2), (90, 3), (91, 3), (92, 4), (365, 12),
                                           (366, 13), (700, 24), (729, 24)])
def test_rlz_rounds_up(days: int, rlz: int) -> None:
    assert risk_period_months(days=days) == rlz == math.ceil(days / (365 / 12))


def test_tariff_quote_and_rounding() -> None:
    q = quote("3", "CC2", days=90)  # RLZ 3: 0.80 + 3 x 0.0279 = 0.8837
    assert q.rule is Rule.SHORT_TERM_TARIFF
    assert q.premium_pct == 0.88
    assert q.factors["RLZ"] == 3 and q.factors["fix"] == 0.80 and q.factors["slope"] == 0.0279
    assert quote("3", "CC2", days=31).premium_pct == 0.86  # RLZ 2: 0.8558
    # 1.87 + 10 x 0.0655 = 2.525 exactly: rounded half up to 2.53 (binary floats would give 2.52).
    assert quote("6", "CC2", days=300).premium_pct == 2.53
    assert quote("1", "SOV", hor_years=10 / 12).premium_pct == 0.40  # 0.395 -> 0.40
    assert "not SACE's own" in q.reason


def test_sov_plus_and_sov_minus_scale_fix_and_slope() -> None:
    assert tariff_rate("5", "SOV+", 6) == Decimal("1.37")  # 1.17 + 6 x 0.03339 = 1.37034
    assert tariff_rate("5", "SOV-", 6) == Decimal("1.67")  # 1.43 + 6 x 0.04081 = 1.67486
    scaled = Decimal("1.30") * Decimal("0.9") + 6 * Decimal("0.0371") * Decimal("0.9")
    assert tariff_unrounded("5", "SOV+", 6) == scaled
    assert tariff_rate("5", "CC0", 6) == tariff_rate("5", "SOV", 6) == Decimal("1.52")
    assert quote("5", "SOV+", days=180).premium_pct == 1.37


def test_missing_tariff_cell_is_clamped() -> None:
    q = quote("7", "CC4", days=120)  # RLZ 4, worst existing CC2: 2.36 + 4 x 0.0871 = 2.7084
    assert q.premium_pct == 2.71
    assert "CC4 does not exist in category 7" in q.reason and "CC2" in q.reason


def test_capped_at_two_year_mpr_when_the_tariff_does_not_price_the_terms() -> None:
    q = quote("5", "CC1", days=729, quality="below", lcf=0.2)  # tariff 1.37 + 24 x 0.0426 = 2.3924 -> 2.39
    cap = ((0.740 * 2 + 0.750) * 0.8 + 0.100 * 2) * 0.9825
    assert q.factors["tariff_pct"] == 2.39
    assert q.premium_pct == pytest.approx(cap)
    assert "capped" in q.reason
    assert "capped" not in quote("5", "CC1", days=729).reason


def test_two_year_join_never_falls() -> None:
    for category, buyer in EXISTING:
        short = quote(category, buyer, days=729).premium_pct
        long = quote(category, buyer, days=730).premium_pct
        assert short <= long, (category, buyer)


def test_preshipment_rate() -> None:
    # 4 months -> 2 started quarters -> FBZ 0.5 years; category 3 (alpha 0.050, beta 0.573)
    assert preshipment_rate("3", 4) == pytest.approx(math.sqrt(0.050 * 0.5) + 0.573)
    assert preshipment_rate("7", 12) == pytest.approx(math.sqrt(0.373 * 1.0) + 1.785)


def grid_row(risk_class: str, month: int, insured: int) -> float:
    lines = REFERENCE_GRID.read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader(line for line in lines if not line.startswith("#"))
    for row in rows:
        if (row["policy"], row["risk_class"], row["months"], row["insured_pct"]) == (
                "single_policy", risk_class, str(month), str(insured)):
            return float(row["premium_rate_pct"])
    raise AssertionError("row not in the reference grid")


@pytest.mark.parametrize(("category", "days", "pcc", "pcp", "risk_class", "month", "insured"), [
    ("4", 200, 0.95, 0.95, "high", 8, 95),          # ceil(200 / 30) + 1 = 8
    ("2", 45, 0.90, 0.87, "standard", 3, 90),       # max(PCC, PCP) = 0.90
    ("3", 60, 0.93, 0.90, "standard", 3, 90),       # 93 % rounded down to 90
    ("7", 20, 0.95, 0.95, "very_high", 2, 95),      # ceil(20 / 30) + 1 = 2
    ("6", 700, 0.95, 0.95, "very_high", 23, 95),    # month 25 clamped to 23
    ("5", 365, 0.60, 0.60, "high", 14, 70),         # ceil(12.17) + 1; below 70 % -> 70
    ("1", 150, 0.80, 0.75, "standard", 6, 80),
])
def test_ukef_lookup(category: str, days: int, pcc: float, pcp: float, risk_class: str, month: int,
                     insured: int) -> None:
    q = quote(category, "CC3" if category <= "6" else "CC2", days=days, pcc=pcc, pcp=pcp, rate_card="ukef")
    assert q.rule is Rule.SHORT_TERM_TARIFF and q.rate_card == "ukef"
    assert q.premium_pct == grid_row(risk_class, month, insured)
    assert q.factors["month"] == month and q.factors["insured_pct"] == insured
    assert "our assumption" in q.reason and risk_class in q.reason
    if pcc == 0.93:
        assert "rounded down" in q.reason
    if month == 23:
        assert "outside the grid" in q.reason
    if pcc == 0.60:
        assert "lowest insured share" in q.reason


def test_ukef_card_over_two_years_is_floored_at_the_longest_grid_rate() -> None:
    q = quote("6", "CC1", hor_years=2.5, rate_card="ukef")
    assert q.rule is Rule.OECD_MPR
    assert q.premium_pct == grid_row("very_high", 23, 95)
    assert q.factors["MPR_own"] == pytest.approx(0.900 * 2.5 + 1.200 + 0.100 * 2.5)
    assert "UKEF" in q.reason
