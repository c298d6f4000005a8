"""Pool analysis: every receivable priced through the cover components, the pooled designs, and a verdict."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from exportrisk.consortium.designs import (
    ALONE_PARTS,
    DESIGNS,
    FUND_YEARS,
    POOLED,
    Alone,
    Design,
    Tails,
    Terms,
    Verdict,
    design,
    same_cover_alone,
)
from exportrisk.consortium.designs import verdict as solve_verdict
from exportrisk.consortium.lines import Line, contexts, price_lines
from exportrisk.consortium.model import Pool
from exportrisk.consortium.netting import Netting, hedged_shares, net_flows
from exportrisk.consortium.portfolio import Exposures, PoolLosses, basel_correlation, simulate_pool
from exportrisk.consortium.standalone import StandaloneQuote, quote_receivables
from exportrisk.cover.group_policy import policy_cost
from exportrisk.engine.batch import linear_in_amount
from exportrisk.engine.tails import METHODS
from exportrisk.errors import InputError
from exportrisk.fx.risk import tail_var_es
from exportrisk.market.service import MarketData
from exportrisk.messages import Message, message
from exportrisk.parameters import Parameters, load_parameters
from exportrisk.progress import Progress
from exportrisk.tables import pinned_tables

__all__ = ["ConsortiumResult", "MemberResult", "StandaloneQuote", "analyse_pool", "quote_receivables"]
#: Above this many scenario x member cells (40 MB of float32) the per-member losses are not kept, and a sub-pool
#: is simulated again when members leave (writing a larger matrix costs more than the simulation saves).
KEEP_CELLS = 10_000_000
#: Stand-alone options that buy a private policy of the member's own (its annual minimum and fee apply).
PRIVATE_OPTIONS = ("private_insurance", "private_insurance_forward", "private_insurance_put")


@dataclass(frozen=True)
class GroupPolicy:
    """The group credit policy as priced by cover.group_policy, against one policy per member."""

    standalone_premium: float   # each member's own policy (own minimum, fee, tax), summed
    pooled_premium: float       # one policy for the pool
    volume_discount: float
    aggregate_deductible: float
    cover_share: float
    insured_exposure: float
    expected_indemnity: float
    not_insured: tuple[str, ...]

    @property
    def saving(self) -> float:
        return self.standalone_premium - self.pooled_premium


@dataclass(frozen=True)
class Standalone:
    """How the stand-alone quotes were computed: price_deal's method, and the paths and seed of any simulation."""

    method: str  # "exact" or "mc"
    paths: int
    seed: int
    simulated: int = 0  # receivables whose best option was simulated although "exact" was asked for


@dataclass(frozen=True)
class Fund:
    """Mutual guarantee fund that pays the pool's retained losses first, up to its size."""

    contribution_rate: float
    size: float
    exhaustion_probability: float
    expected_loss_beyond: float
    required_contribution_rate: float
    target_exhaustion: float
    opportunity_cost: float = 0.0  # k x size x FUND_YEARS


@dataclass(frozen=True)
class MemberResult:
    """One member: its cheapest cover alone, its cost in each design, and in the design it is compared in."""

    name: str
    exposure: float
    receivables: int
    standalone_cost: float          # the cheapest option's risk-adjusted cost per receivable, alone, summed
    same_cover_alone: float         # the group package bought alone: own hedge, own policy, own risk capital
    pooled_cost: float              # in the compared design (verdict.compared), by part
    pooled_cost_by_exposure: float  # the compared design's total split by exposure instead
    risk_contribution: float        # Euler contribution to the pool's ES 99 % (group policy terms)
    expected_loss: float
    alone_es: float                 # own ES 99 % under the same cover, same terms
    fund_contribution: float
    cost_parts: dict[str, float]
    alone_parts: dict[str, float]
    best_options: dict[str, int]
    design_costs: dict[str, float]
    better_alone: bool
    stable_cost: float | None       # its cost in the stable pool, None when it is not in it

    @property
    def saving(self) -> float:
        return self.standalone_cost - self.pooled_cost


@dataclass(frozen=True)
class ConsortiumResult:
    """Everything the CLI and reports show about a pool; nothing downstream computes."""

    name: str
    home: str
    valuation_date: date
    members: tuple[MemberResult, ...]
    netting: Netting
    group_policy: GroupPolicy
    fund: Fund
    exposure: float
    pooled_parts: dict[str, float]  # the compared design's totals by part (membership fees apart)
    expected_loss: float
    var_99: float
    es_99: float
    horizon_years: float
    scenarios: int
    seed: int
    parameters: Parameters
    warnings: tuple[str, ...]
    designs: dict[str, Design]
    verdict: Verdict
    verdict_text: tuple[Message, ...]
    membership_fee: float
    sum_alone_es: float
    hedging_alone: float
    hedging_pooled: float
    standalone: Standalone = Standalone("exact", 0, 0)

    @property
    def standalone_cost(self) -> float:
        return sum(m.standalone_cost for m in self.members)

    @property
    def same_cover_alone(self) -> float:
        return sum(m.same_cover_alone for m in self.members)

    @property
    def pooled_cost(self) -> float:
        return sum(self.pooled_parts.values())


def _exposures(lines: list[Line], keep: list[int], members: int, params: Parameters) -> Exposures:
    """The one-factor simulation's inputs for the lines `keep`: losses at the outlook's rate, PDs, countries."""
    chosen = [lines[i] for i in keep]
    countries = sorted({line.country for line in chosen})
    values = np.array([line.value for line in chosen])
    country_pd = []
    for iso in countries:
        mask = np.array([line.country == iso for line in chosen])
        weights = values[mask] if values[mask].sum() > 0 else None
        country_pd.append(float(np.average([line.political_pd for line in chosen if line.country == iso],
                                           weights=weights)))
    pd_1y = np.array([line.pd_1y for line in chosen])
    rho = (basel_correlation(pd_1y) if params.text("consortium", "correlation_model") == "basel"
           else np.full(len(chosen), params.number("consortium", "asset_correlation")))
    return Exposures(default_loss=np.array([line.default_loss for line in chosen]),
                     political_loss=np.array([line.political_loss for line in chosen]),
                     pd=np.array([line.pd for line in chosen]), rho=rho,
                     country=np.array([countries.index(line.country) for line in chosen]),
                     member=np.array([line.member for line in chosen]),
                     insured=np.array([line.insured for line in chosen]), country_pd=np.array(country_pd),
                     members=members)


def _tails(losses: PoolLosses, members: tuple[int, ...], weight: float, deductible: float) -> Tails:
    """Pool tails of `members` from a simulation; an aggregate deductible's expected cost is what it adds to
    E[retained] over cover x wait x insured loss."""
    adjust = {m: float(losses.member_expected[m] - (losses.gross_expected[m] - weight * losses.insured_expected[m]))
              if deductible > 0 else 0.0 for m in members}
    return Tails(losses.retained, {m: float(losses.member_tail[m]) for m in members},
                 {m: float(losses.member_expected[m]) for m in members}, adjust)


def _sub_tails(matrix: np.ndarray, members: tuple[int, ...], level: float) -> Tails:
    """A sub-pool's tails read off the kept scenarios: retained losses add up over members (no aggregate
    deductible), Euler contributions are the members' mean losses in the sub-pool's worst scenarios."""
    mask = np.zeros(matrix.shape[1], dtype=np.float32)
    mask[list(members)] = 1.0
    retained = (matrix @ mask).astype(np.float64)
    k = max(1, int(np.ceil(round((1.0 - level) * retained.size, 9))))
    worst = np.argpartition(retained, retained.size - k)[retained.size - k:]
    tail = matrix[worst].astype(np.float64).mean(axis=0)
    mean = matrix.mean(axis=0, dtype=np.float64)
    return Tails(retained, {m: float(tail[m]) for m in members}, {m: float(mean[m]) for m in members})


@pinned_tables()
def analyse_pool(pool: Pool, market: MarketData | None = None, params: Parameters | None = None,
                 scenarios: int | None = None, seed: int | None = None, progress: Progress | None = None,
                 quotes: list[StandaloneQuote] | None = None, method: str = "exact") -> ConsortiumResult:
    """Stand-alone versus pooled packages for every member of `pool` (see docs/consortium.md).

    `method`: how the stand-alone quotes compute their tails, as price_deal ("exact", or "mc" with
    consortium.standalone_paths paths and `seed`); the pool itself is always simulated. `quotes` (from
    quote_receivables, same pool, parameters and method) skips the stand-alone quoting step.
    """
    if method not in METHODS:
        raise InputError(code="method_unknown", field="method", value=method, choices=", ".join(METHODS))
    market = market or MarketData()
    params = (params or load_parameters()).with_overrides(pool.parameters)
    scenarios = int(scenarios if scenarios is not None else params.integer("consortium", "scenarios"))
    seed = int(seed if seed is not None else params.integer("simulation", "seed"))
    if not 1_000 <= scenarios <= 5_000_000:
        raise InputError(code="scenarios_range", field="[parameters.consortium] scenarios", low_count=1000,
                         high_count=5_000_000, value_count=scenarios)
    home = pool.home_currency
    covered = set(market.currencies())
    for flow, code in [*((r, r.terms.currency) for r in pool.receivables), *((p, p.currency) for p in pool.payables)]:
        if code not in covered:
            raise InputError(code="pool_currency_uncovered", field=flow.where, where=flow.where, currency=code,
                             choices=", ".join(sorted(covered)))
    spots = {c: market.fixing(home, c, pool.valuation_date)
             for c in {r.terms.currency for r in pool.receivables} | {p.currency for p in pool.payables}}
    eur = market.fixing(home, "EUR", pool.valuation_date)
    paths = params.integer("consortium", "standalone_paths")
    if quotes is None:
        quotes = quote_receivables(pool, market, params, paths, seed, progress, method)
    names = [m.name for m in pool.members]
    index = {name: i for i, name in enumerate(names)}
    to_pool = {m.home_currency: market.fixing(home, m.home_currency, pool.valuation_date) for m in pool.members}
    priced = contexts(pool, market, params)
    lines = price_lines(priced, [index[r.member] for r in pool.receivables],
                        [to_pool[pool.member(r.member).home_currency] for r in pool.receivables],
                        linear_in_amount(params))
    live = [i for i, line in enumerate(lines) if line.available]
    if not live:
        raise InputError(code="pool_all_sanctioned", field="receivables")
    # the policy's minimum, fee, carry and tax in the consortium's currency: a receivable of a member at home in it
    at_home = [i for i in live if priced[i][0].home == home] or live
    policy_ctx = priced[next((i for i in at_home if lines[i].insured), at_home[0])][0]
    minimum = params.number("private_insurance", "min_premium_eur")
    fee = params.number("consortium", "policy_fee_eur")
    discount = params.number("consortium", "volume_discount")
    deductible = params.number("consortium", "aggregate_deductible_eur") * eur
    covers_political = params.flag("private_insurance", "covers_political")
    chunk = params.integer("consortium", "chunk_scenarios")
    insured_lines = [lines[i] for i in live if lines[i].insured]
    cover = insured_lines[0].cover_share if insured_lines else params.number("private_insurance", "cover_share")
    claim_discount = insured_lines[0].claim_discount if insured_lines else 1.0
    all_members = tuple(range(len(names)))
    keep = len(names) * scenarios <= KEEP_CELLS and deductible == 0.0
    part = None if progress is None else Progress(lambda f: progress.update(0.5 + 0.5 * f))
    exposures = _exposures(lines, live, len(names), params)
    losses = simulate_pool(exposures, scenarios, seed, chunk, cover, deductible, covers_political, 0.99, deductible,
                           part, claim_discount, keep)
    weight = cover * claim_discount
    alone = Alone(losses.alone_es, losses.alone_expected,
                  losses.alone_expected - (losses.gross_expected - weight * losses.insured_expected)
                  if deductible > 0 else np.zeros(len(names)), losses.gross_alone_es, losses.gross_expected)

    def pooled_policy(premiums: list[float]):
        return policy_cost(policy_ctx, premiums, minimum, fee, discount)

    def own_policy(premiums: list[float]):
        return policy_cost(policy_ctx, premiums, minimum, fee)

    alone_costs: dict[int, dict[str, float]] = {m: dict.fromkeys(ALONE_PARTS, 0.0) for m in all_members}
    best: dict[int, Counter] = defaultdict(Counter)
    for receivable, quote in zip(pool.receivables, quotes, strict=True):
        m = index[receivable.member]
        rate = to_pool[pool.member(receivable.member).home_currency]
        alone_costs[m]["cheapest cover alone"] += quote.best_cost * rate
        best[m][quote.best_option or "none available"] += 1
        if quote.best_option in PRIVATE_OPTIONS:  # the member's own policy: its fee (the minimum is in the quotes)
            alone_costs[m]["own policy fee"] = own_policy([1.0]).fee
    terms = Terms(params.number("capital", "cost_of_capital"), params.number("consortium", "fund_contribution_rate"),
                  pooled_policy, alone_costs)
    own_terms = Terms(terms.capital_rate, terms.fund_rate, own_policy, terms.alone_costs)
    bucket_days = params.integer("consortium", "bucket_days")

    def solve(design_id: str, members: tuple[int, ...]) -> Design:
        shares, _ = hedged_shares(pool, {names[m] for m in members}, bucket_days)
        tails = None
        if design_id in ("netting_policy", "netting_policy_fund"):
            if members == all_members:
                tails = _tails(losses, members, weight, deductible)
            elif losses.member_losses is not None:
                tails = _sub_tails(losses.member_losses, members, 0.99)
            else:
                chosen = [i for i in live if lines[i].member in set(members)]
                sub = simulate_pool(_exposures(lines, chosen, len(names), params), scenarios, seed, chunk, cover,
                                    deductible, covers_political, 0.99, deductible, None, claim_discount)
                tails = _tails(sub, members, weight, deductible)
        return design(design_id, lines, members, shares, terms, tails, alone)

    designs = {d: solve(d, all_members) for d in DESIGNS}
    compared = min(POOLED, key=lambda d: designs[d].total)
    decided = solve_verdict(designs, lambda members: solve(compared, members))
    shares_alone = hedged_shares(pool, set(names), bucket_days)[1]
    return _result(pool, params, names, lines, designs, decided, losses, terms, own_terms, best, spots, quotes,
                   scenarios, seed, deductible, shares_alone, alone, Standalone(method, paths, seed))


def netting_of(pool: Pool, spots: dict[str, float], params: Parameters) -> Netting:
    return net_flows(pool, spots, params.number("fx_forward", "margin_pct"),
                     params.integer("consortium", "bucket_days"))


def _fund(retained: np.ndarray, exposure: float, rate: float, target: float, capital_rate: float = 0.0) -> Fund:
    """Fund of size rate x exposure paying first losses: P(L > F), E[(L - F)+], the rate whose fund is exhausted
    with probability at most `target` (the (1 - target) quantile of L over the exposure), and its opportunity
    cost k x F x FUND_YEARS (the contributions tied up for the year at the cost of capital)."""
    size = rate * exposure
    required = tail_var_es(retained, 1.0 - target)[0] / exposure if target < 0.5 else 0.0
    while required > 0 and (retained > required * exposure).mean() > target:  # an atom at the quantile: the
        required = float(np.nextafter(required, np.inf))                      # rounded rate must still cover it
    return Fund(rate, size, float((retained > size).mean()), float(np.maximum(retained - size, 0.0).mean()),
                max(required, 0.0), target, capital_rate * size * FUND_YEARS)


def _result(pool: Pool, params: Parameters, names: list[str], lines: list[Line], designs: dict[str, Design],
            decided: Verdict, losses: PoolLosses, terms: Terms, own_terms: Terms, best: dict[int, Counter],
            spots: dict[str, float], quotes: list[StandaloneQuote], scenarios: int, seed: int, deductible: float,
            shares_alone: list[float], alone: Alone, standalone: Standalone) -> ConsortiumResult:
    compared = designs[decided.compared]
    policy_design = designs["netting_policy"]
    exposure_by_member = np.bincount([line.member for line in lines], [line.value for line in lines], len(names))
    total_exposure = float(exposure_by_member.sum())
    fund = _fund(losses.retained, total_exposure, terms.fund_rate,
                 params.number("consortium", "fund_target_exhaustion"), terms.capital_rate)
    stable = decided.stable
    by_member: dict[int, list[tuple[int, Line]]] = defaultdict(list)
    for i, line in enumerate(lines):
        by_member[line.member].append((i, line))
    members_out = []
    for m, name in enumerate(names):
        own = same_cover_alone(decided.compared, by_member[m], m, shares_alone, own_terms, alone)
        members_out.append(MemberResult(
            name, float(exposure_by_member[m]), len(by_member[m]), designs["alone"].cost(m),
            float(sum(own.values())), compared.cost(m), compared.total * exposure_by_member[m] / total_exposure
            if total_exposure > 0 else 0.0,
            policy_design.member_parts[m]["expected retained loss"] + float(losses.member_tail[m])
            - float(losses.member_expected[m]),
            policy_design.member_parts[m]["expected retained loss"],
            float(policy_design.member_parts[m]["expected retained loss"] + alone.es[m] - alone.mean[m]),
            terms.fund_rate * float(exposure_by_member[m]), dict(compared.member_parts[m]), own, dict(best[m]),
            {d: designs[d].cost(m) for d in designs}, m in decided.leavers,
            stable.cost(m) if stable is not None and m in stable.members else None))
    insured = [line for line in lines if line.insured]
    own_policies = sum(own_terms.policy([line.premium for _, line in by_member[m] if line.insured]).total
                       for m in range(len(names)))
    netting = netting_of(pool, spots, params)
    policy = GroupPolicy(own_policies, float(policy_design.parts["group credit policy"]),
                         params.number("consortium", "volume_discount"), deductible,
                         insured[0].cover_share if insured else 0.0, float(sum(line.value for line in insured)),
                         float((losses.gross - losses.retained).mean()),
                         tuple(message("not_under_policy", where=r.where,
                                       reason=line.reason or message("not_under_policy_terms"))
                               for r, line in zip(pool.receivables, lines, strict=True) if not line.insured))
    var99 = tail_var_es(losses.retained, 0.99)[0] - losses.retained.mean() + policy_design.expected_loss
    warnings = list(params.warnings) + list(netting.excluded) + sorted({w for q in quotes for w in q.warnings})
    warnings += sorted({message("line_unavailable", where=r.where, reason=line.reason)
                        for r, line in zip(pool.receivables, lines, strict=True) if not line.available})
    return ConsortiumResult(
        pool.name, pool.home_currency, pool.valuation_date, tuple(members_out), netting, policy, fund,
        total_exposure, compared.parts, policy_design.expected_loss, float(var99), policy_design.es_99,
        _horizon_of(lines), scenarios, seed, params, tuple(warnings), designs, decided,
        verdict_messages(designs, decided, len(names), pool.home_currency), pool.membership_fee,
        policy_design.sum_alone_es_99, float(sum(line.hedge for line in lines)),
        float(compared.parts["FX hedging (netted)"]),
        replace(standalone, simulated=sum(1 for q in quotes if standalone.method == "exact" and q.method == "mc")))


def standalone_notes(standalone: Standalone) -> tuple[Message, ...]:
    """Which method the stand-alone quotes used, and how many best options had to be simulated under "exact"."""
    if standalone.method == "mc":
        return (message("standalone_mc", paths=standalone.paths, seed=standalone.seed),)
    out = [message("standalone_exact")]
    if standalone.simulated:
        out.append(message("standalone_fallback", receivables_count=standalone.simulated, paths=standalone.paths,
                           seed=standalone.seed))
    return tuple(out)


def _horizon_of(lines: list[Line]) -> float:
    weights = sum(line.value for line in lines)
    return sum(line.value * line.years for line in lines) / weights if weights > 0 else 0.0


def verdict_messages(designs: dict[str, Design], decided: Verdict, members: int, currency: str
                     ) -> tuple[Message, ...]:
    """The verdict in one sentence (and one more for the stable pool when members are better off alone)."""
    compared = designs[decided.compared]
    saving = designs["alone"].total - compared.total
    count = len(decided.saving_members)
    if decided.recommended == "alone":
        out = [message("verdict_alone", extra_money=-saving, currency=currency, saving_count=count, members=members)]
    else:
        out = [message(f"verdict_{decided.compared}", saving_count=count, members=members, saving_money=saving,
                       currency=currency, alone_count=len(decided.leavers))]
    if decided.leavers:
        if decided.stable is None:
            out.append(message("verdict_no_stable_pool"))
        else:
            out.append(message("verdict_stable_pool", stable_count=len(decided.stable.members),
                               stable_money=sum(decided.stable_savings.values()), currency=currency))
    return tuple(out)
