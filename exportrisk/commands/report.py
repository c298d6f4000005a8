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
    argtypes.add_method_argument(parser)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="deal or pool file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    parser.add_argument("--member-pages", action="store_true", help="consortium: one page per member")
    add_branding(parser)


def run(args: argparse.Namespace) -> str:
    from exportrisk.errors import InputError
    from exportrisk.report.api import Branding, load_logo, report_pdf, write_report

    if args.output.suffix.lower() != ".pdf":
        raise InputError(f"-o {args.output}: the output file must end in .pdf.")
    branding = Branding(args.adviser, args.organisation, load_logo(args.logo))
    try:
        pdf = report_pdf(args.input, args.lang, branding, paths=args.sims, seed=args.seed,
                         member_pages=args.member_pages, method=args.method)
    except InputError as exc:
        message = str(exc)
        raise InputError(message if message.startswith(str(args.input)) else f"{args.input}: {message}") from None
    write_report(pdf, args.output)
    return f"Wrote {args.output} ({len(pdf):,} bytes, {args.lang})."
