"""`exportrisk batch DEALS.csv --out DIR`: one report per row, a summary CSV, and a list of bad rows."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path
from typing import Any

from exportrisk.commands.report import add_branding, add_what_if_arguments

NAME = "batch"
HELP = "one PDF report per row of a deals CSV, plus summary.csv"
COLUMNS = ("valuation_date", "exporter_name", "home_currency", "buyer_name", "buyer_country", "amount", "currency",
           "payment_days", "instrument")
OPTIONAL = ("buyer_rating", "buyer_category", "buyer_pd_1y", "cost", "target_margin")
NUMBERS = ("amount", "payment_days", "buyer_pd_1y", "cost", "target_margin")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deals_csv", type=Path, help=f"CSV with columns {', '.join(COLUMNS)} (+ {', '.join(OPTIONAL)})")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PDFs and summary.csv")
    parser.add_argument("--register", choices=["path", "copy", "off"], default="path",
                        help="record each quote in the register with the PDF's path (default), a copy of it, or not")
    add_what_if_arguments(parser)
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
            raise InputError(code="batch_number", field=name, column=name, value=text[:40]).located(name) from None
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


SUMMARY_FIELDS = ("row", "file", "exporter", "buyer", "recommended", "min_price", "currency", "risk_adjusted_cost",
                  "home_currency", "status", "reason")
#: OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(value: Any) -> Any:
    """A text cell a spreadsheet shows as text: a leading formula character gets a ' in front (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def summary_csv(rows: list[dict[str, Any]]) -> str:
    """summary.csv: one line per deal row; status pending (not done yet: the run stopped), ok or error."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(SUMMARY_FIELDS))
    writer.writeheader()
    writer.writerows({k: neutral_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def run(args: argparse.Namespace) -> str:
    from exportrisk import safe_read
    from exportrisk.cli import emit
    from exportrisk.deal.io import deal_from_dict
    from exportrisk.engine.quote import price_deal
    from exportrisk.engine.whatif import what_if
    from exportrisk.errors import ExportRiskError, InputError
    from exportrisk.fileio import write_output
    from exportrisk.market.service import MarketData
    from exportrisk.register.quotes import Recorder
    from exportrisk.report.api import ReportOptions, load_logo
    from exportrisk.report.build_deal import build_deal_report
    from exportrisk.report.render import render_pdf

    text = safe_read.read_text(args.deals_csv, safe_read.MAX_CSV_BYTES, "The deals CSV", bom=True)
    header, records = safe_read.csv_dicts(text, str(args.deals_csv))
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(code="batch_columns", field="", missing=", ".join(missing)).located(str(args.deals_csv))
    if args.out.exists() and not args.out.is_dir():
        raise InputError(code="batch_out_file", field="--out", path=str(args.out))
    rows = [{k: v for k, v in row.items() if k is not None} for _, row in records]
    logo = load_logo(args.logo)
    options = ReportOptions(annex=args.annex, invariant=args.invariant)
    market = MarketData()
    recorder = Recorder(args.register)
    summary = [{**dict.fromkeys(SUMMARY_FIELDS, ""), "row": index, "exporter": row.get("exporter_name") or "",
                "buyer": row.get("buyer_name") or "", "status": "pending"} for index, row in enumerate(rows, start=2)]
    summary_path = args.out / "summary.csv"
    write_output(summary_path, summary_csv(summary), "the batch summary")  # a killed run leaves "pending"
    failures = []
    for index, row in enumerate(rows, start=2):
        entry = summary[index - 2]
        try:
            deal = deal_from_dict(row_to_deal(row))
            result = price_deal(deal, market, paths=args.sims, seed=args.seed, method=args.method)
            shifted = what_if(deal, result, market) if args.what_if else None
            pdf = render_pdf(build_deal_report(result, args.lang, args.adviser, args.organisation, logo, options,
                                               shifted))
            stem = re.sub(r"[^A-Za-z0-9]+", "_", f"{index:04d}_{deal.buyer.name}").strip("_")[:60]
            write_output(args.out / f"{stem}.pdf", pdf, "a report")
            recorder.record(result, args.out / f"{stem}.pdf", pdf)
            best = result.option(result.recommended).to_dict() if result.recommended else {}
            entry.update({"file": f"{stem}.pdf", "exporter": deal.exporter.name, "buyer": deal.buyer.name,
                          "recommended": result.recommended or "", "min_price": best.get("min_price", ""),
                          "currency": deal.terms.currency, "home_currency": result.home,
                          "risk_adjusted_cost": best.get("risk_adjusted_cost", ""), "status": "ok"})
        except (ExportRiskError, KeyError, TypeError, ValueError, ArithmeticError) as exc:
            reason = safe_read.echo(exc) if not isinstance(exc, ExportRiskError) else str(exc)
            failures.append(f"row {index}: {reason}")
            entry.update({"status": "error", "reason": reason})
        write_output(summary_path, summary_csv(summary), "the batch summary")
        progress_bar(index - 1, len(rows))
    recorder.close()
    sys.stderr.write("\n")
    lines = [f"Wrote {len(rows) - len(failures)} report(s) and {summary_path}.", *recorder.notes]
    if failures:
        lines.append(f"{len(failures)} row(s) could not be reported:")
        lines += [f"  {f}" for f in failures]
        emit("\n".join(lines), sys.stdout)
        raise InputError(code="batch_failed", field="", failed_count=len(failures), rows_count=len(rows))
    return "\n".join(lines)
