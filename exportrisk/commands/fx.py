"""`exportrisk fx`: FX risk of one foreign-currency receivable, as JSON or text."""

from __future__ import annotations

import argparse
import json

from exportrisk.commands import argtypes
from exportrisk.messages import message
from exportrisk.paths import offline_forced

NAME = "fx"
HELP = "FX risk of one foreign-currency receivable"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("--home", type=argtypes.currency, required=True, help="exporter's currency, e.g. EUR")
    add("--foreign", type=argtypes.currency, required=True, help="invoice currency, e.g. USD")
    add("--amount", required=True, type=argtypes.number("give a positive invoice amount up to 1e12", 0, 1e12,
                                                         strict_low=True))
    add("--days", type=argtypes.whole_days, required=True, help="days until payment")
    add("--as-of", type=argtypes.iso_date, help="valuation date YYYY-MM-DD (default today)")
    add("--vol-method", choices=["ewma", "historical", "garch"], default="ewma")
    add("--vol", type=argtypes.number("give an annual volatility such as 0.08", 0, 3, strict_low=True))
    add("--spot", type=argtypes.positive("give home units per 1 foreign unit"))
    add("--rate-home", type=argtypes.rate)
    add("--rate-foreign", type=argtypes.rate)
    argtypes.add_online_arguments(parser)
    add("--format", choices=["json", "text"], default="text")


def run(args: argparse.Namespace) -> str:
    from exportrisk.fx.analysis import analyse_fx
    from exportrisk.market.service import MarketData
    from exportrisk.market.snapshot import MarketOverrides

    overrides = MarketOverrides(spot=args.spot, volatility=args.vol, rate_home=args.rate_home,
                                rate_foreign=args.rate_foreign)
    market = MarketData()
    refresh_notes: list[str] = []
    if not (args.offline or offline_forced()):
        report = market.refresh([args.home, args.foreign], deadline_s=args.deadline)
        refresh_notes = [message("rates_not_updated", reason=reason)
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
