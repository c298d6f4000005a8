"""Shared helpers of the finance tests: a deal file without its finance tables, priced offline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exportrisk import safe_read
from exportrisk.deal.io import deal_from_dict
from exportrisk.engine.context import PricingContext, build_context
from exportrisk.market.service import MarketData
from exportrisk.paths import resources_dir

TODAY = date(2026, 12, 2)
EXAMPLES = resources_dir() / "examples"
MACHINERY = EXAMPLES / "deals" / "machinery_5y.toml"
FINANCE_KEYS = ("finance", "bond", "fund_394")


def deal_data(path: Path) -> dict:
    return safe_read.parse_structured(path.read_text(encoding="utf-8"), ".toml", str(path), "deal file")


def context(path: Path, market: MarketData | None = None, **changes) -> PricingContext:
    """The deal at `path` priced offline, its finance tables left out (phase 2 reads them in deal/io.py)."""
    data = {k: v for k, v in deal_data(path).items() if k not in FINANCE_KEYS}
    for dotted, value in changes.items():
        block, key = dotted.split("__")
        data.setdefault(block, {})[key] = value
    return build_context(deal_from_dict(data), market or MarketData(), today=TODAY)
