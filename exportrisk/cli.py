"""Command-line interface: `exportrisk fx ...`; JSON or text out, exit code 2 on bad input."""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Sequence
from datetime import date
from typing import NoReturn

from exportrisk import __version__
from exportrisk.errors import ExportRiskError
from exportrisk.paths import offline_forced

log = logging.getLogger("exportrisk")


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line and exits with code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _number(kind: str, low: float | None = None, high: float | None = None,
            strict_low: bool = False):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number; {kind}") from None
        too_low = low is not None and (value <= low if strict_low else value < low)
        if not math.isfinite(value) or too_low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"'{text}' is out of range; {kind}")
        return value

    return parse


def _whole_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 1 <= value <= 3650:
        raise argparse.ArgumentTypeError(f"'{text}' must be between 1 and 3650 days")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def _currency(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"'{text}' is not a 3-letter currency code such as EUR")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="exportrisk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"exportrisk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    fx = commands.add_parser("fx", help="FX risk of one foreign-currency receivable")
    fx.add_argument("--home", type=_currency, required=True, help="exporter's currency, e.g. EUR")
    fx.add_argument("--foreign", type=_currency, required=True, help="invoice currency, e.g. USD")
    fx.add_argument("--amount", required=True,
                    type=_number("give a positive invoice amount", 0, strict_low=True))
    fx.add_argument("--days", type=_whole_days, required=True, help="days until payment")
    fx.add_argument("--as-of", type=_iso_date, help="valuation date YYYY-MM-DD (default today)")
    fx.add_argument("--vol-method", choices=["ewma", "historical", "garch"], default="ewma")
    fx.add_argument("--vol", type=_number("give an annual volatility such as 0.08", 0, 3,
                                          strict_low=True))
    fx.add_argument("--spot", type=_number("give home units per 1 foreign unit", 0,
                                           strict_low=True))
    fx.add_argument("--rate-home", type=_number("give a decimal rate such as 0.02", -0.05, 2))
    fx.add_argument("--rate-foreign", type=_number("give a decimal rate such as 0.0375", -0.05, 2))
    fx.add_argument("--offline", action="store_true", help="use stored and bundled data only")
    fx.add_argument("--deadline", type=_number("give seconds, e.g. 8", 0.1, 120), default=8.0,
                    help="hard limit in seconds for the online rate update")
    fx.add_argument("--format", choices=["json", "text"], default="text")
    return parser


def run_fx(args: argparse.Namespace) -> str:
    from exportrisk.fx.analysis import analyse_fx
    from exportrisk.market.service import MarketData
    from exportrisk.market.snapshot import MarketOverrides

    overrides = MarketOverrides(spot=args.spot, volatility=args.vol, rate_home=args.rate_home,
                                rate_foreign=args.rate_foreign)
    market = MarketData()
    refresh_notes: list[str] = []
    if not (args.offline or offline_forced()):
        report = market.refresh([args.home, args.foreign], deadline_s=args.deadline)
        refresh_notes = [f"Rates not updated: {reason} Using stored or bundled data."
                         for reason in report.failed.values()]
    snapshot = market.snapshot(args.home, args.foreign, args.as_of, overrides)
    result = analyse_fx(snapshot, args.amount, args.days, args.vol_method)
    data = result.to_dict()
    data["warnings"] = refresh_notes + data["warnings"]
    if args.format == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    return format_fx_text(data)


def format_fx_text(data: dict) -> str:
    """Plain-text report of `FxRiskResult.to_dict()` output."""
    home, foreign = data["home"], data["foreign"]
    lines = [
        f"FX risk: {data['amount']:,.2f} {foreign} receivable in {data['days']} days, "
        f"seen from {home} (as of {data['as_of']})",
        f"  spot           {data['spot']:.6f} {home} per {foreign} (fixing {data['spot_date']})",
        f"  forward        {data['forward']:.6f} (points {data['forward_points']:+.6f})",
        f"  rates          {home} {data['rates']['home']:.4%}, {foreign} "
        f"{data['rates']['foreign']:.4%}",
        f"  volatility     {data['volatility']:.2%} a year ({data['volatility_method']}; "
        f"{data['volatility_detail']})",
        f"  value at spot  {data['home_value']:,.2f} {home}",
        f"  ATM-fwd put    {data['put_premium']:,.2f} {home}",
        "  loss vs spot value     VaR 95 %       ES 95 %      VaR 99 %       ES 99 %",
    ]
    for label, var_key, es_key in (("normal", "var", "es"),
                                   ("lognormal", "var_lognormal", "es_lognormal"),
                                   ("historical", "var_historical", "es_historical")):
        row = "".join(f"{data[k][lvl]:>14,.2f}" for lvl in ("0.95", "0.99") for k in (var_key,
                                                                                    es_key))
        lines.append(f"  {label:<20}{row}")
    lines.append("  sources:")
    for item, prov in data["provenance"].items():
        span = prov["first_date"] if prov["first_date"] == prov["last_date"] else (
            f"{prov['first_date']} to {prov['last_date']}")
        lines.append(f"    {item:<18} {prov['source']}: {prov['detail']} [{span}]")
    lines += [f"  warning: {w}" for w in data["warnings"]]
    return "\n".join(lines)


COMMANDS = {"fx": run_fx}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code (2 for anything the user must change)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        output = COMMANDS[args.command](args)
    except ExportRiskError as exc:
        print(f"exportrisk {args.command}: error: {exc}", file=sys.stderr)
        return 2
    print(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
