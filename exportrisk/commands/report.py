"""`exportrisk report FILE -o OUT.pdf`: the priced risk summary (deal) or consortium report (pool) as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from exportrisk.commands import argtypes
from exportrisk.languages import report_languages

NAME = "report"
HELP = "write the PDF report of a deal or pool file (.toml, .json, .csv, or a report .pdf)"
LANGS = report_languages()


def add_branding(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("--lang", choices=LANGS, default="en", help="report language")
    add("--adviser", default="", help="adviser's name for the cover page")
    add("--organisation", default="", help="adviser's organisation for the cover page")
    add("--logo", type=Path, help="PNG or JPEG logo for the cover page")
    add("--sims", type=argtypes.whole_number("give a number of paths such as 200000", 1000, 5_000_000))
    add("--seed", type=argtypes.seed, help="random seed")
    add("--annex", action="store_true",
        help="add the technical annex: every parameter with its source and date, for a specialist")
    add("--invariant", action="store_true",
        help="print as of the valuation date, so the same inputs give the same bytes (for tests and archives)")
    argtypes.add_method_argument(parser)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="deal or pool file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    parser.add_argument("--member-pages", action="store_true", help="consortium: one page per member")
    add_what_if_arguments(parser)
    add_branding(parser)


def add_what_if_arguments(parser: argparse.ArgumentParser) -> None:
    """--what-if (the default) / --no-what-if: a deal's report has the what-if section, or leaves it out."""
    what_if = parser.add_mutually_exclusive_group()
    what_if.add_argument("--what-if", dest="what_if", action="store_true", default=True,
                         help="a deal's report shows the minimum price and best option against each input shifted, "
                              "and the break-even buyer PD (the default)")
    what_if.add_argument("--no-what-if", dest="what_if", action="store_false",
                         help="leave the what-if section out (a faster report)")


def run(args: argparse.Namespace) -> str:
    from exportrisk.errors import InputError
    from exportrisk.report.api import Branding, ReportOptions, load_logo, report_pdf, write_report

    if args.output.suffix.lower() != ".pdf":
        raise InputError(code="pdf_suffix", field="-o", path=str(args.output)).located(f"-o {args.output}")
    branding = Branding(args.adviser, args.organisation, load_logo(args.logo))
    try:
        pdf = report_pdf(args.input, args.lang, branding, paths=args.sims, seed=args.seed,
                         member_pages=args.member_pages, method=args.method,
                         options=ReportOptions(annex=args.annex, invariant=args.invariant), what_if=args.what_if)
    except InputError as exc:
        raise (exc if str(exc).startswith(str(args.input)) else exc.located(str(args.input))) from None
    write_report(pdf, args.output)
    return f"Wrote {args.output} ({len(pdf):,} bytes, {args.lang})."
