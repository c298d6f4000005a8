"""`exportrisk consortium POOL_FILE_OR_CSV`: pooled cover against going alone, member by member."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from exportrisk.commands import argtypes
from exportrisk.commands.quote import money, percent

NAME = "consortium"
HELP = "compare stand-alone with pooled cover for an export consortium (.toml/.json pool file or .csv)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("pool_file", type=Path, help="pool file (.toml or .json) or a CSV of receivables with a member column")
    add("--sims", type=argtypes.whole_number("give a number of scenarios such as 100000", 1000, 5_000_000),
        help="pool scenarios (default from parameters.toml: 100000)")
    add("--seed", type=argtypes.seed, help="random seed")
    add("--home", type=argtypes.currency, default="EUR", help="consortium home currency for a CSV (default EUR)")
    add("--as-of", type=argtypes.iso_date, help="valuation date for a CSV (default today)")
    add("--method", choices=["exact", "mc"], default="exact",
        help="stand-alone quotes: tail figures computed exactly (default) or by Monte Carlo (mc, "
             "parameters.consortium.standalone_paths paths); the pool itself is always simulated")
    add("--format", choices=["json", "text"], default="text")


def run(args: argparse.Namespace) -> str:
    from exportrisk.consortium.analysis import analyse_pool
    from exportrisk.consortium.io import load_pool
    from exportrisk.consortium.output import consortium_to_dict
    from exportrisk.errors import InputError

    as_of = args.as_of.isoformat() if args.as_of else None
    pool = load_pool(args.pool_file, args.home, as_of)
    try:
        result = analyse_pool(pool, scenarios=args.sims, seed=args.seed, method=args.method)
    except InputError as exc:
        raise exc.located(str(args.pool_file)) from None
    data = consortium_to_dict(result)
    if args.format == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    return format_consortium_text(data)


def format_consortium_text(data: dict[str, Any]) -> str:
    """Plain-text view of consortium_to_dict() output: the verdict first, then the designs and the members."""
    pool, home = data["pool"], data["home_currency"]
    fees, netting, policy, fund = data["membership_fees"], data["netting"], data["group_policy"], data["fund"]
    names = {d["id"]: d["name"] for d in data["designs"]}
    compared = data["compared_design"]
    lines = [data["verdict"], "",
             f"Consortium: {data['consortium']} ({pool['members']} members, {pool['receivables']} receivables, "
             f"exposure {money(pool['exposure'])} {home}), valued {data['valuation_date']}",
             "  designs by total risk-adjusted cost (costs + expected loss + capital on the 99 % tail):"]
    for d in sorted(data["designs"], key=lambda d: d["rank"]):
        lines.append(f"  {d['rank']}. {d['name']:<52}{money(d['total']):>14} {home}   saving vs alone "
                     f"{money(d['saving_vs_alone']):>12}, {d['members_saving']} of {pool['members']} members save")
    lines += [
        f"  membership fees  {money(fees['per_member'])} per member, {money(fees['total'])} in total: paid in every "
        "design (alone included), not part of any saving",
        f"  FX netting       forwards on every invoice {money(netting['hedging_alone'])}, after netting "
        f"{money(netting['hedging_pooled'])}",
        f"  group policy     each member's own policy {money(policy['standalone_premium'])}, one policy "
        f"{money(policy['pooled_premium'])}: saves {money(policy['saving'])} (volume discount "
        f"{percent(policy['volume_discount'])}, an assumption)",
        f"  guarantee fund   size {money(fund['size'])} ({percent(fund['contribution_rate'])} of exposure), "
        f"opportunity cost {money(fund['opportunity_cost'])} a year, exhausted with probability "
        f"{percent(fund['exhaustion_probability'])}; {percent(fund['required_contribution_rate'])} keeps exhaustion "
        f"under {percent(fund['target_exhaustion_probability'])}",
        f"  diversification  pool ES 99 % {money(pool['es_99'])} against {money(pool['sum_of_alone_es_99'])} for "
        f"the members alone under the same cover: {money(pool['diversification_benefit'])} less",
        "",
        f"  {'member':<40}{'cheapest alone':>15}{'pooled':>14}{'saving':>14}{'same alone':>14}  verdict"]
    for m in data["members"]:
        verdict = "better off alone" if m["better_off_alone"] else "saves"
        lines.append(f"  {m['name'][:39]:<40}{money(m['standalone_cost']):>15}{money(m['pooled_cost']):>14}"
                     f"{money(m['saving']):>14}{money(m['same_cover_alone']):>14}  {verdict}")
    lines.append(f"  {'total':<40}{money(pool['standalone_cost']):>15}{money(pool['pooled_cost']):>14}"
                 f"{money(pool['saving']):>14}{money(pool['same_cover_alone']):>14}")
    lines.append(f"  pooled = {names[compared]}; saving = cheapest alone - pooled; same alone = that package bought "
                 "by the member alone")
    stable = data["stable_pool"]
    if stable is not None:
        lines.append(f"  stable pool ({names[stable['design']]}): {', '.join(stable['members'])}; saves "
                     f"{money(stable['saving'])} {home}")
    lines += [f"  warning: {w}" for w in data["warnings"]]
    lines.append(f"  simulation: {data['simulation']['scenarios']:,} scenarios, seed {data['simulation']['seed']}")
    lines += [f"  {note}" for note in data["standalone"]["notes"]]
    return "\n".join(lines)
