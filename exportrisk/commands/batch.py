"""`exportrisk batch DEALS.csv --out DIR`: one report per row, a summary CSV, and a list of bad rows."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path
from typing import Any

from exportrisk.commands.report import add_branding

NAME = "batch"
HELP = "one PDF report per row of a deals CSV, plus summary.csv"
COLUMNS = ("valuation_date", "exporter_name", "home_currency", "buyer_name", "buyer_country", "amount", "currency",
           "payment_days", "instrument")
OPTIONAL = ("buyer_rating", "buyer_category", "buyer_pd_1y", "cost", "target_margin")
NUMBERS = ("amount", "payment_days", "buyer_pd_1y", "cost", "target_margin")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deals_csv", type=Path, help=f"CSV with columns {', '.join(COLUMNS)} (+ {', '.join(OPTIONAL)})")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PDFs and summary.csv")
    add_branding(parser)


def row_to_deal(row: dict[str, str]) -> dict[str, Any]:
    """A deal-file dict from one CSV row; InputError names the field (the caller adds the row)."""
    from exportrisk.errors import InputError

    values: dict[str, Any] = {}
    for name in NUMBERS:
        text = (row.get(name) or "").strip()
        if not text:
            continue
        try:
            values[name] = int(text) if name == "payment_days" else float(text.replace(",", ""))
        except ValueError:
            raise InputError(f"field {name}: '{text}' is not a number.") from None
    buyer = {"name": row["buyer_name"], "country": row["buyer_country"]}
    if row.get("buyer_rating"):
        buyer["rating"] = row["buyer_rating"]
    if row.get("buyer_category"):
        buyer["category"] = row["buyer_category"]
    if "buyer_pd_1y" in values:
        buyer["pd_1y"] = values["buyer_pd_1y"]
    deal = {k: values[k] for k in ("amount", "payment_days", "cost", "target_margin") if k in values}
    deal.update(currency=row["currency"], instrument=row["instrument"])
    return {"schema": 1, "valuation_date": row["valuation_date"],
            "exporter": {"name": row["exporter_name"], "home_currency": row["home_currency"]},
            "buyer": buyer, "deal": deal}


def progress_bar(done: int, total: int) -> None:
    width = 30
    filled = round(width * done / total) if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> str:
    from exportrisk.deal.io import deal_from_dict
    from exportrisk.engine.quote import price_deal
    from exportrisk.errors import ExportRiskError, InputError
    from exportrisk.fileio import atomic_write_bytes, atomic_write_text
    from exportrisk.market.service import MarketData
    from exportrisk.report.api import load_logo
    from exportrisk.report.build_deal import build_deal_report
    from exportrisk.report.render import render_pdf

    try:
        text = args.deals_csv.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"Cannot read {args.deals_csv}: {exc}.") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{args.deals_csv}: missing column(s) {', '.join(missing)}.")
    rows = list(reader)
    logo = load_logo(args.logo)
    market = MarketData()
    summary, failures = [], []
    for index, row in enumerate(rows, start=2):
        where = f"row {index}"
        try:
            deal = deal_from_dict(row_to_deal(row))
            result = price_deal(deal, market, paths=args.sims, seed=args.seed, method=args.method)
            pdf = render_pdf(build_deal_report(result, args.lang, args.adviser, args.organisation, logo))
            stem = re.sub(r"[^A-Za-z0-9]+", "_", f"{index:04d}_{deal.buyer.name}").strip("_")[:60]
            atomic_write_bytes(args.out / f"{stem}.pdf", pdf)
            best = result.option(result.recommended).to_dict() if result.recommended else {}
            summary.append({"row": index, "file": f"{stem}.pdf", "exporter": deal.exporter.name,
                            "buyer": deal.buyer.name, "recommended": result.recommended or "",
                            "min_price": best.get("min_price", ""), "currency": deal.terms.currency,
                            "risk_adjusted_cost": best.get("risk_adjusted_cost", ""), "home_currency": result.home,
                            "status": "ok", "reason": ""})
        except (ExportRiskError, KeyError, TypeError) as exc:
            reason = f"{where}: {exc}"
            failures.append(reason)
            summary.append({"row": index, "file": "", "exporter": row.get("exporter_name", ""),
                            "buyer": row.get("buyer_name", ""), "recommended": "", "min_price": "", "currency": "",
                            "risk_adjusted_cost": "", "home_currency": "", "status": "error", "reason": str(exc)})
        progress_bar(index - 1, len(rows))
    sys.stderr.write("\n")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(summary[0]) if summary else ["row"])
    writer.writeheader()
    writer.writerows(summary)
    atomic_write_text(args.out / "summary.csv", out.getvalue())
    lines = [f"Wrote {len(rows) - len(failures)} report(s) and {args.out / 'summary.csv'}."]
    if failures:
        lines.append(f"{len(failures)} row(s) could not be reported:")
        lines += [f"  {f}" for f in failures]
        print("\n".join(lines))
        raise InputError(f"{len(failures)} of {len(rows)} rows failed; fix them and run again (listed above).")
    return "\n".join(lines)
