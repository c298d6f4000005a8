"""Premium tables: dated headers, the user's copy wins, a bad copy gives way, no coefficients in code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from exportrisk.errors import DataFileError
from exportrisk.paths import resources_dir
from exportrisk.premium.rules import PremiumRequest, premium
from exportrisk.premium.tables import load_premium_tables
from exportrisk.tables import ensure_user_copy, parse_table

ROOT = Path(__file__).resolve().parent.parent
PREMIUM_FILES = sorted((resources_dir() / "premium").glob("*.csv"))


def test_every_table_has_source_and_date() -> None:
    assert len(PREMIUM_FILES) == 12
    tables = load_premium_tables()
    assert set(tables.meta) == {f"premium/{p.name}" for p in PREMIUM_FILES}
    for name, meta in tables.meta.items():
        assert meta.source and meta.as_of.year >= 2023, name
        assert f"as of {meta.as_of.isoformat()}" in tables.label(name)
        assert "schema: 1" in (resources_dir() / name).read_text(encoding="utf-8")
    assert tables.warnings == ()


def test_ukef_grid_is_the_reference_copy() -> None:
    reference = Path("/work/shared/reference/ukef_exip_grid.csv").read_text(encoding="utf-8")
    shipped = (resources_dir() / "premium" / "ukef_exip_grid.csv").read_text(encoding="utf-8")
    assert shipped.endswith(reference)
    assert "github.com/UK-Export-Finance/exip" in load_premium_tables().label("premium/ukef_exip_grid.csv")


def test_user_copy_of_a_table_is_used() -> None:
    copy = ensure_user_copy("premium/mpr_country_coefficients.csv")
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("3,0.350,0.350,0.00489", "3,0.400,0.350,0.00489"), encoding="utf-8")
    q = premium(PremiumRequest("3", "SOV", hor_years=4))
    assert q.premium_pct == pytest.approx(0.400 * 4 + 0.350)
    assert any(s.startswith("your copy of premium/mpr_country_coefficients.csv") for s in q.sources)


@pytest.mark.parametrize(("name", "old", "new"), [
    ("premium/ukef_exip_grid.csv", "single_policy,standard,3,70,0.76", "single_policy,standard,3,70,0.10"),
    ("premium/short_term_tariff.csv", "1,CC2,0.40,0.0218", "1,CC2,-,-"),
    ("premium/mpr_buyer_coefficients.csv", "CC1,4,0.100", "CC1,4,lots"),
    ("premium/rating_concordance.csv", "2,CC3,BB+,BB", "2,CC3,BB-,BB"),
    ("premium/ekn_market_premiums.csv", "CC4,170,190,130,240,180", "CC4,170,190,130,240,18"),
    ("premium/mpr_constants.csv", "term_cap,0.15", "term_kap,0.15"),
])
def test_bad_user_copy_gives_way_to_the_installed_table(name: str, old: str, new: str) -> None:
    copy = ensure_user_copy(name)
    text = copy.read_text(encoding="utf-8")
    assert old in text
    copy.write_text(text.replace(old, new), encoding="utf-8")
    tables = load_premium_tables()
    assert len(tables.warnings) == 1 and "installed table is used" in tables.warnings[0]
    assert not tables.meta[name].is_user_copy
    assert copy.read_text(encoding="utf-8") == text.replace(old, new)  # left untouched


def test_broken_installed_table_is_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "grid.csv"
    broken.write_text("# source: x\n# as_of: 2026-01-01\npolicy,risk_class\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="columns"):
        parse_table(broken, "grid.csv", ["policy", "risk_class", "months"])


def numeric_literals(path: Path) -> set[float]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, int | float) and not isinstance(node.value, bool)}


def test_no_coefficient_literals_in_code() -> None:
    """Only units (12 months, 100 bp per %), counters, rounding guards and the API's 0.95 default appear."""
    allowed = {0, 1, 2, 5, 9, 12, 100}
    files = sorted((ROOT / "exportrisk" / "premium").glob("*.py")) + [ROOT / "exportrisk/commands/premium.py"]
    for path in files:
        extra = numeric_literals(path) - allowed - ({0.95} if path.name == "model.py" else set())
        assert not extra, (path.name, extra)


def test_a_pinned_block_sees_one_version_of_the_tables_and_follows_a_data_folder_override(
        user_dirs: Path, tmp_path: Path) -> None:
    """tables.pinned_tables: inside the block cache_key() stays what it was when the block opened, even when a
    user copy appears; a data_dir_override inside it reads the other folder's key (and a block opened there pins
    that one); after the block the new copy counts."""
    from exportrisk.paths import data_dir_override
    from exportrisk.tables import cache_key, pinned_tables

    copy = user_dirs / "tables" / "premium" / "extra.csv"
    other = tmp_path / "archived"
    (other / "tables").mkdir(parents=True)
    (other / "tables" / "a.csv").write_text("# source: x\n")
    before = cache_key()
    with pinned_tables():
        assert cache_key() == before
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text("# source: test\n")
        assert cache_key() == before  # pinned: the copy is not looked at inside the block
        with data_dir_override(other):
            elsewhere = cache_key()
            assert elsewhere != before and str(other) in elsewhere
            with pinned_tables():
                assert cache_key() == elsewhere
        assert cache_key() == before
    after = cache_key()
    assert after != before and str(copy) in after
