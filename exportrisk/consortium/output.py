"""The consortium result as JSON-ready data: money rounded once, member rows adding up to the cent."""

from __future__ import annotations

from typing import Any

from exportrisk.consortium.allocation import round_to_total
from exportrisk.consortium.analysis import ConsortiumResult, standalone_notes
from exportrisk.consortium.designs import DESIGNS, NAMES
from exportrisk.messages import as_dict
from exportrisk.money import round_money


def _standalone(result: ConsortiumResult) -> dict[str, Any]:
    """How the stand-alone quotes were computed: the method, the paths and seed when anything was simulated."""
    s = result.standalone
    simulated = s.method == "mc" or s.simulated > 0
    notes = standalone_notes(s)
    return {"method": s.method, "paths": s.paths if simulated else None, "seed": s.seed if simulated else None,
            "simulated_receivables": s.simulated, "notes": list(notes), "note_messages": [as_dict(n) for n in notes]}


def _designs(result: ConsortiumResult) -> tuple[list[dict[str, Any]], dict[str, list[float]]]:
    """Each design's totals, rank and parts, and its member costs rounded to add up to its total."""
    ranked = sorted(DESIGNS, key=lambda d: (result.designs[d].total, DESIGNS.index(d)))
    out, by_member = [], {}
    for d in DESIGNS:
        x = result.designs[d]
        by_member[d] = round_to_total([x.cost(i) for i in range(len(result.members))], x.total)
        alone = result.designs["alone"]
        out.append({"id": d, "name": NAMES[d], "rank": ranked.index(d) + 1, "total": round_money(x.total),
                    "saving_vs_alone": round_money(alone.total - x.total),
                    "members_saving": sum(1 for i in range(len(result.members))
                                          if alone.cost(i) - x.cost(i) >= -0.005),
                    "parts": {k: round_money(v) for k, v in x.parts.items()},
                    "expected_loss": round_money(x.expected_loss), "es_99": round_money(x.es_99)})
    return out, by_member


def consortium_to_dict(result: ConsortiumResult) -> dict[str, Any]:
    """Members' standalone cost, pooled cost, saving and risk contribution each sum to the pool totals."""
    members = result.members
    standalone = round_to_total([m.standalone_cost for m in members], result.designs["alone"].total)
    alone = round_to_total([m.same_cover_alone for m in members])
    pooled = round_to_total([m.pooled_cost for m in members], result.pooled_cost)
    by_exposure = round_to_total([m.pooled_cost_by_exposure for m in members], result.pooled_cost)
    contribution = round_to_total([m.risk_contribution for m in members], result.es_99)
    expected = round_to_total([m.expected_loss for m in members], result.expected_loss)
    parts = {key: round_to_total([m.cost_parts[key] for m in members], total)
             for key, total in result.pooled_parts.items()}
    designs, design_costs = _designs(result)
    verdict = result.verdict
    stable = verdict.stable
    member_rows = []
    for i, m in enumerate(members):
        member_rows.append({
            "name": m.name, "receivables": m.receivables, "exposure": round_money(m.exposure),
            "standalone_cost": standalone[i], "pooled_cost": pooled[i],
            "saving": round_money(standalone[i] - pooled[i]), "better_off_alone": m.better_alone,
            "same_cover_alone": alone[i], "pooling_saving": round_money(alone[i] - pooled[i]),
            "same_cover_alone_parts": {k: round_money(v) for k, v in m.alone_parts.items()},
            "pooled_cost_by_exposure": by_exposure[i], "risk_contribution": contribution[i],
            "expected_loss": expected[i], "alone_es_99": round_money(m.alone_es),
            "fund_contribution": round_money(m.fund_contribution),
            "cost_parts": {key: values[i] for key, values in parts.items()},
            "design_costs": {d: design_costs[d][i] for d in DESIGNS},
            "design_ranking": sorted(DESIGNS, key=lambda d: (result.designs[d].cost(i), DESIGNS.index(d))),
            "stable_pool_cost": None if m.stable_cost is None else round_money(m.stable_cost),
            "best_standalone_options": m.best_options,
        })
    standalone_total = round_money(sum(standalone))
    alone_total = round_money(sum(alone))
    pooled_total = round_money(result.pooled_cost)
    netting, policy, fund = result.netting, result.group_policy, result.fund
    fee = result.membership_fee
    return {
        "verdict": " ".join(result.verdict_text),
        "recommended_design": verdict.recommended, "compared_design": verdict.compared,
        "designs": designs,
        "stable_pool": None if stable is None else {
            "design": verdict.compared, "members": [members[i].name for i in stable.members],
            "saving": round_money(sum(verdict.stable_savings.values())), "rounds": verdict.rounds},
        "better_off_alone": [members[i].name for i in verdict.leavers],
        "membership_fees": {"per_member": round_money(fee), "total": round_money(fee * len(members)),
                            "note": "Paid by every member in every design, alone included: not part of any saving."},
        "consortium": result.name, "home_currency": result.home,
        "valuation_date": result.valuation_date.isoformat(),
        "members": member_rows,
        "pool": {
            "members": len(members), "receivables": sum(m.receivables for m in members),
            "exposure": round_money(result.exposure), "standalone_cost": standalone_total,
            "pooled_cost": pooled_total, "saving": round_money(standalone_total - pooled_total),
            "same_cover_alone": alone_total, "pooling_saving": round_money(alone_total - pooled_total),
            "pooled_cost_parts": {k: round_money(v) for k, v in result.pooled_parts.items()},
            "expected_loss": round_money(result.expected_loss), "var_99": round_money(result.var_99),
            "es_99": round_money(result.es_99), "sum_of_alone_es_99": round_money(result.sum_alone_es),
            "diversification_benefit": round_money(result.sum_alone_es - result.es_99),
            "design": verdict.compared,
            "horizon_years": result.horizon_years,
        },
        "netting": {
            "margin_pct": netting.margin_pct,
            "hedging_alone": round_money(result.hedging_alone), "hedging_pooled": round_money(result.hedging_pooled),
            "standalone_margin": round_money(netting.standalone_margin),
            "pooled_margin": round_money(netting.pooled_margin), "saving": round_money(netting.saving),
            "buckets": [{"currency": r.currency, "days": f"{r.bucket_from_day}-{r.bucket_to_day}",
                         "receivables": round_money(r.receivables), "payables": round_money(r.payables),
                         "standalone_notional": round_money(r.standalone_notional),
                         "pooled_notional": round_money(r.pooled_notional),
                         "saving": round_money(r.saving)} for r in netting.rows],
            "not_netted": list(netting.excluded), "not_netted_messages": [as_dict(n) for n in netting.excluded],
        },
        "group_policy": {
            "standalone_premium": round_money(policy.standalone_premium),
            "pooled_premium": round_money(policy.pooled_premium), "saving": round_money(policy.saving),
            "volume_discount": policy.volume_discount,
            "volume_discount_note": "ASSUMPTION: no public figure exists for a group-policy discount; edit "
                                    "parameters.consortium.volume_discount (default 0).",
            "aggregate_deductible": round_money(policy.aggregate_deductible), "cover_share": policy.cover_share,
            "insured_exposure": round_money(policy.insured_exposure),
            "expected_indemnity": round_money(policy.expected_indemnity),
            "not_insured": list(policy.not_insured),
            "not_insured_messages": [as_dict(n) for n in policy.not_insured],
        },
        "fund": {
            "contribution_rate": fund.contribution_rate, "size": round_money(fund.size),
            "exhaustion_probability": fund.exhaustion_probability,
            "expected_loss_beyond": round_money(fund.expected_loss_beyond),
            "required_contribution_rate": fund.required_contribution_rate,
            "target_exhaustion_probability": fund.target_exhaustion,
            "opportunity_cost": round_money(fund.opportunity_cost),
        },
        "assumptions": {f"consortium.{k}": v for k, v in result.parameters.section("consortium").items()},
        "warnings": list(result.warnings), "warning_messages": [as_dict(w) for w in result.warnings],
        "simulation": {"scenarios": result.scenarios, "seed": result.seed},
        "standalone": _standalone(result),
    }
