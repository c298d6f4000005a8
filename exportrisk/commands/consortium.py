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
    add("--format", choices=["json", "text"], default="text")


def run(args: argparse.Namespace) -> str:
    from exportrisk.consortium.analysis import analyse_pool
    from exportrisk.consortium.io import load_pool
    from exportrisk.consortium.output import consortium_to_dict
    from exportrisk.errors import InputError

    as_of = args.as_of.isoformat() if args.as_of else None
    pool = load_pool(args.pool_file, args.home, as_of)
    try:
        result = analyse_pool(pool, scenarios=args.sims, seed=args.seed)
    except InputError as exc:
        raise InputError(f"{args.pool_file}: {exc}") from None
    data = consortium_to_dict(result)
    if args.format == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    return format_consortium_text(data)


def format_consortium_text(data: dict[str, Any]) -> str:
    """Plain-text view of consortium_to_dict() output."""
    pool, home = data["pool"], data["home_currency"]
    lines = [f"Consortium: {data['consortium']} ({pool['members']} members, {pool['receivables']} receivables, "
             f"exposure {money(pool['exposure'])} {home}), valued {data['valuation_date']}",
             f"  pooled cost {money(pool['pooled_cost'])} {home}: the same cover bought by each member alone "
             f"costs {money(pool['same_cover_alone'])} (pooling saves {money(pool['pooling_saving'])}); each "
             f"member's cheapest cover alone costs {money(pool['standalone_cost'])} "
             f"(saving {money(pool['saving'])})",
             f"  FX netting       hedge margin alone {money(data['netting']['standalone_margin'])}, pooled "
             f"{money(data['netting']['pooled_margin'])}: saves {money(data['netting']['saving'])}",
             f"  group policy     premiums alone {money(data['group_policy']['standalone_premium'])}, one policy "
             f"{money(data['group_policy']['pooled_premium'])}: saves {money(data['group_policy']['saving'])} "
             f"(volume discount {percent(data['group_policy']['volume_discount'])}, an assumption)",
             f"  guarantee fund   size {money(data['fund']['size'])} ({percent(data['fund']['contribution_rate'])} of "
             f"exposure), exhausted with probability {percent(data['fund']['exhaustion_probability'])}, expected "
             f"loss beyond {money(data['fund']['expected_loss_beyond'])}; "
             f"{percent(data['fund']['required_contribution_rate'])} keeps exhaustion under "
             f"{percent(data['fund']['target_exhaustion_probability'])}",
             f"  pooled risk      EL {money(pool['expected_loss'])}, ES 99 % {money(pool['es_99'])} against "
             f"{money(pool['sum_of_alone_es_99'])} summed alone",
             "",
             f"  {'member':<40}{'cheapest alone':>15}{'same alone':>14}{'pooled':>14}{'saving':>14}{'risk contr.':>14}"]
    for m in data["members"]:
        lines.append(f"  {m['name'][:39]:<40}{money(m['standalone_cost']):>15}{money(m['same_cover_alone']):>14}"
                     f"{money(m['pooled_cost']):>14}{money(m['saving']):>14}{money(m['risk_contribution']):>14}")
    lines.append(f"  {'total':<40}{money(pool['standalone_cost']):>15}{money(pool['same_cover_alone']):>14}"
                 f"{money(pool['pooled_cost']):>14}{money(pool['saving']):>14}{money(pool['es_99']):>14}")
    lines.append("  saving = cheapest alone - pooled; risk contribution = Euler share of the pool's ES 99 %")
    lines += [f"  warning: {w}" for w in data["warnings"]]
    lines.append(f"  simulation: {data['simulation']['scenarios']:,} scenarios, seed {data['simulation']['seed']}")
    return "\n".join(lines)
