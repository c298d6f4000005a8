"""`exportrisk quote DEAL_FILE`: every cover option priced and ranked, as JSON or text."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from exportrisk.commands import argtypes
from exportrisk.messages import message
from exportrisk.paths import offline_forced

NAME = "quote"
HELP = "price every way to cover one export deal (a .json or .toml deal file)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("deal_file", type=Path, help="deal file (.json or .toml); see resources/examples")
    add("--sims", type=argtypes.whole_number("give a number of paths such as 200000", 1000, 20_000_000),
        help="Monte Carlo paths (default from parameters.toml: 200000)")
    add("--seed", type=argtypes.seed, help="random seed")
    argtypes.add_method_argument(parser)
    what_if = parser.add_mutually_exclusive_group()
    what_if.add_argument("--what-if", action="store_true", default=None,
                         help="add the minimum price and best option against each input shifted, and the "
                              "break-even buyer PD (always in --format json unless --no-what-if)")
    what_if.add_argument("--no-what-if", dest="what_if", action="store_false",
                         help="leave the what-if table and the break-even out (a faster quote)")
    argtypes.add_online_arguments(parser)
    add("--all-warnings", action="store_true",
        help="text output: repeat every warning, also an overdue table or rate already shown once "
                              "(the JSON always has them all)")
    add("--format", choices=["json", "text"], default="text")


def run(args: argparse.Namespace) -> str:
    from exportrisk.deal.io import load_deal
    from exportrisk.engine.quote import price_deal
    from exportrisk.errors import InputError
    from exportrisk.market.service import MarketData
    from exportrisk.parameters import load_parameters

    deal = load_deal(args.deal_file)
    market = MarketData()
    notes: list[str] = []
    if not (args.offline or offline_forced()):
        report = market.refresh([deal.exporter.home_currency, deal.terms.currency, "EUR"], deadline_s=args.deadline)
        notes = [message("rates_not_updated", reason=reason) for reason in report.failed.values()]
    try:
        params = load_parameters()
        result = price_deal(deal, market, params, paths=args.sims, seed=args.seed, method=args.method)
    except InputError as exc:
        raise exc.located(str(args.deal_file)) from None
    data = result.to_dict()
    data["warnings"] = notes + data["warnings"]
    if args.format == "text" and not args.all_warnings:
        # a person reads the text: an overdue table or rate is flagged once per version (the JSON, a record for
        # programs and the register, keeps every warning, so the same deal gives the same JSON)
        from exportrisk.register.flags import to_show

        data["warnings"] = notes + to_show(list(result.warnings))
    if args.what_if or (args.what_if is None and args.format == "json"):
        from exportrisk.engine.whatif import what_if

        data["what_if"] = what_if(deal, result, market, params).to_dict()
    if args.format == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    return format_quote_text(data)


def money(value: float | None) -> str:
    """How the text output (and reports that must match it) print money: 12,345.67, or a dash."""
    return "—" if value is None else f"{value:,.2f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.2%}"


def format_quote_text(data: dict[str, Any]) -> str:
    """Plain-text view of `QuoteResult.to_dict()`."""
    deal, risks = data["deal"], data["risks"]
    home, foreign = data["home_currency"], data["invoice_currency"]
    compliance = data["compliance"]
    lines = [
        f"Quote: {deal['exporter']['name']} -> {deal['buyer']['name']} ({risks['country_name']}), "
        f"{money(deal['deal']['amount'])} {foreign}, valued {data['valuation_date']}",
        *([f"  SANCTIONS ({compliance['level']})"] if compliance["level"] != "OK" else []),
        *[f"  sanctions     {note}" for note in compliance["notes"][:-1]],
        f"  screening     {compliance['notes'][-1]}",
        f"  invoice value at spot {money(data['invoice_value'])} {home} (spot {data['spot']:.6f}, "
        f"forward {data['forward']:.6f}); horizon {data['years'] * 365:.0f} days",
        f"  FX risk       volatility {percent(risks['fx_volatility'])} a year; "
        f"99 % VaR {money(risks['fx_var_99'])} {home}",
        f"  buyer risk    PD {percent(risks['buyer_default_probability'])} over the term (1-year "
        f"{percent(risks['buyer_pd_1y'])}, {risks['buyer_rating']} / {risks['buyer_category']})",
        f"  payment risk  {risks['obligor']}: PD {percent(risks['commercial_probability'])} over the term, LGD "
        f"{percent(risks['lgd'])}",
        f"  country risk  OECD category {risks['oecd_category']} (priced as {risks['country_category']}); "
        f"political/transfer {percent(risks['political_probability'])} over the term",
        "",
        f"  {'option':<32}{'cost':>15}{'exp. loss':>15}{'ES 99 %':>15}{'risk-adj.':>15}{'min price':>16}",
    ]
    by_id = {o["id"]: o for o in data["options"]}
    ordered = [by_id[i] for i in data["ranking"]] + [o for o in data["options"] if not o["available"]]
    for option in ordered:
        mark = "*" if option["id"] == data["recommended"] else " "
        if option["available"]:
            lines.append(f"{mark} {option['rank']:>2}. {option['name']:<28}{money(option['cost']):>15}"
                         f"{money(option['expected_loss']):>15}{money(option['es_99']):>15}"
                         f"{money(option['risk_adjusted_cost']):>15}{money(option['min_price']):>16}")
        else:
            lines.append(f"      {option['name']:<28} unavailable: {option['reason']}")
    funding = data["funding"]
    lines += ["", f"  costs, losses and risk-adjusted cost in {home}; min price in {foreign}",
              f"  {data['recommendation']}"]
    if data["fx_outlook"]["note"]:
        lines.append(f"  {data['fx_outlook']['note']}")
    lines.append(f"  funding: the production cost is funded at {percent(funding['rate'])} a year until payment, "
                 f"{money(funding['cost'])} {home}, included in every minimum price")
    noted: dict[str, list[str]] = {}
    for option in ordered:
        for note in option["notes"] if option["available"] else ():
            noted.setdefault(note, []).append(option["name"])
    lines += [f"  note ({', '.join(names)}): {note}" for note, names in noted.items()]
    lines += [f"  model: {note}" for note in data["model_notes"]]
    lines += [f"  warning: {w}" for w in data["warnings"]]
    what_if = data.get("what_if")
    if what_if:
        lines.append("  what-if (one input at a time; best option, its minimum price):")
        lines += [f"    {r['input']} {r['shift']}: {r['recommended']}, {money(r['min_price'])} {foreign}"
                  for r in what_if["sensitivity"]]
        even = what_if["break_even"]
        if even:
            lines.append(f"    break-even: at a 1-year buyer PD of {percent(even['buyer_pd_1y'])} "
                         f"{even['takes_over']} becomes the best option")
    if data["simulation"]["paths"] is None:
        lines.append(f"  method: {message('exact_method')}")
    else:
        lines.append(f"  simulation: {data['simulation']['paths']:,} paths, seed {data['simulation']['seed']}")
    return "\n".join(lines)
