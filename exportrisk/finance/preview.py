"""Phase-1 preview of a deal's finance figures, until the quote shows them: python -m exportrisk.finance.preview."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from exportrisk import safe_read
from exportrisk.cover.registry import OPTIONS
from exportrisk.deal.io import deal_from_dict
from exportrisk.engine.context import build_context
from exportrisk.finance.stress import pair_history
from exportrisk.finance.summary import finance_summary
from exportrisk.finance.terms import finance_terms_from_dict
from exportrisk.market.service import MarketData

FINANCE_KEYS = ("finance", "bond", "fund_394")


def preview(path: Path, today: date | None = None) -> dict:
    """The finance summary of the deal file at `path` as JSON-ready data (the deal without its finance tables is
    priced as today; the tables go to FinanceTerms)."""
    data = safe_read.parse_structured(path.read_text(encoding="utf-8"), path.suffix.lower(), str(path), "deal file")
    terms = finance_terms_from_dict(data)
    deal = deal_from_dict({k: v for k, v in data.items() if k not in FINANCE_KEYS})
    market = MarketData()
    ctx = build_context(deal, market, today=today)
    return finance_summary(ctx, terms, OPTIONS, pair_history(ctx, market.ecb.rates)).to_json()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m exportrisk.finance.preview DEAL.toml", file=sys.stderr)
        return 2
    print(json.dumps(preview(Path(args[0])), indent=2, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
