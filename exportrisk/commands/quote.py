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
    ]
    width = max([28, *(len(o["name"]) + 1 for o in data["options"])])
    lines += ["", f"  {'option':<{width + 4}}{'cost':>15}{'exp. loss':>15}{'ES 99 %':>15}{'risk-adj.':>15}"
              f"{'min price':>16}"]
    by_id = {o["id"]: o for o in data["options"]}
    ordered = [by_id[i] for i in data["ranking"]] + [o for o in data["options"] if not o["available"]]
    for option in ordered:
        mark = "*" if option["id"] == data["recommended"] else " "
        if option["available"]:
            lines.append(f"{mark} {option['rank']:>2}. {option['name']:<{width}}{money(option['cost']):>15}"
                         f"{money(option['expected_loss']):>15}{money(option['es_99']):>15}"
                         f"{money(option['risk_adjusted_cost']):>15}{money(option['min_price']):>16}")
        else:
            lines.append(f"      {option['name']:<{width}} unavailable: {option['reason']}")
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
    if data.get("finance"):
        lines += _finance_text(data["finance"], data, home, foreign)
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


def _finance_text(finance: dict[str, Any], data: dict[str, Any], home: str, foreign: str) -> list[str]:
    """The financing block (options ranked by cost against own funding, the CIRR, support, pre-shipment, bonds,
    the Fondo 394-style loan) and the stress block (retained loss of the leading options per scenario)."""
    from exportrisk.messages import english_label

    lines = ["", f"  financing the credit period (cost against own bank funding, {home} at payment; "
                 f"min price in {foreign}):",
             f"    {'':<44}{'all-in rate':>12}{'interest':>15}{'cost':>15}{'min price':>16}"]
    ranked = sorted((q for q in finance["financing"] if q["available"]), key=lambda q: q["cost"])
    for i, q in enumerate(ranked, 1):
        name = english_label(f"finance_option_{q['id']}")
        lines.append(f"    {i:>2}. {name:<40}{percent(q['all_in_rate']):>12}{money(q['total_interest']):>15}"
                     f"{money(q['cost']):>15}{money(q['min_price']):>16}")
    lines += [f"        {english_label('finance_option_' + q['id'])} unavailable: "
              f"{q['reason']['text'] if isinstance(q['reason'], dict) else q['reason']}"
              for q in finance["financing"] if not q["available"]]
    cirr = finance.get("cirr")
    if cirr:
        state = "current" if cirr["current"] else "NOT CURRENT"
        lines.append(f"    CIRR {cirr['rate_pct']:.2f}% {cirr['currency']} ({state}; valid {cirr['valid_from']} to "
                     f"{cirr['valid_to']}; {cirr['source']})")
        lines += [f"      {n['text']}" for n in cirr["notes"]]
    plan = finance.get("credit_schedule")
    if plan:
        rows = plan["instalments"]
        lines.append(f"    buyer credit: {money(plan['contract'] * (1 - plan['down_payment_share']))} {foreign} "
                     f"financed, {len(rows)} half-yearly instalments of {money(rows[0]['principal'])}, interest "
                     f"{money(sum(r['interest'] for r in rows))} {foreign}; state premium "
                     f"{percent((finance.get('state_cover_pct') or 0) / 100)} of the financed amount")
    support = finance.get("interest_support")
    if support:
        verdict = "eligible" if support["eligible"] else "not eligible"
        lines.append(f"    interest support: {verdict}; the buyer saves {money(support['saving'])} {foreign} "
                     "(present value)")
        lines += [f"      {n['text']}" for n in support["reasons"]]
    pre = finance.get("pre_shipment")
    if pre:
        lines.append(f"    pre-shipment: {pre['months']:g} months, rate {pre['rate_pct']:.2f}%, premium "
                     f"{money(pre['premium'])} {home}; expected loss {money(pre['expected_loss_uncovered'])} "
                     f"uncovered, {money(pre['expected_loss_covered'])} covered")
    for bond in finance.get("bonds", []):
        lines.append(f"    bond {english_label('msg_bond_kind_' + bond['kind']).lower()} {money(bond['amount'])} "
                     f"{foreign}: commission {money(bond['fee'])} ({bond['rate_pct_pa']:.2f}% a year), "
                     f"unfair call {money(bond['expected_call_loss_covered'])} expected"
                     + (f", counter-guarantee {money(bond['counter_guarantee_premium'])}"
                        if bond["counter_guarantee_premium"] else ""))
    fund = finance.get("fund_394")
    if fund:
        lines.append(f"    Fondo 394-style loan {money(fund['loan'])} EUR at {fund['rate_pct']:.3f}%: interest "
                     f"{money(fund['interest_subsidised'])} against {money(fund['interest_bank'])} from a bank; "
                     f"benefit {money(fund['pv_interest_saved'] + fund['grant'])} EUR (grant "
                     f"{money(fund['grant'])})")
    lines += [f"    note: {n['text']}" for n in finance["notes"]]
    shown = [i for i in data["ranking"][:4]] + ([] if "none" in data["ranking"][:4] else ["none"])
    names = {o["id"]: o["name"] for o in data["options"]}
    lines += ["", f"  stress scenarios (retained loss, {home}):"]
    for scenario in finance["stress"]:
        label = english_label(f"finance_stress_{scenario['id']}")
        if not scenario["available"]:
            lines.append(f"    {label}: {'; '.join(n['text'] for n in scenario['notes']) or 'unavailable'}")
            continue
        losses = "; ".join(f"{names[i]} {money(scenario['losses'][i])}" for i in shown if i in scenario["losses"])
        lines.append(f"    {label} ({scenario['description']}): {losses}")
    return lines
