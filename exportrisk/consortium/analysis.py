"""Pool analysis: stand-alone quotes, FX netting, group policy, guarantee fund, and member allocation."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from exportrisk.consortium.model import Pool
from exportrisk.consortium.netting import Netting, net_flows
from exportrisk.consortium.portfolio import Exposures, PoolLosses, basel_correlation, simulate_pool
from exportrisk.deal.io import deal_to_dict
from exportrisk.deal.model import Instrument
from exportrisk.engine.batch import best_options, linear_in_amount
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult, RiskSummary
from exportrisk.errors import InputError
from exportrisk.fx.risk import tail_var_es
from exportrisk.market.service import MarketData
from exportrisk.parameters import Parameters, load_parameters
from exportrisk.progress import Progress

INSURABLE = (Instrument.OPEN_ACCOUNT, Instrument.DOCUMENTARY_COLLECTION, Instrument.LC_UNCONFIRMED)


@dataclass(frozen=True)
class GroupPolicy:
    """One credit policy over all insurable receivables versus one policy per member."""

    standalone_premium: float
    pooled_premium: float
    volume_discount: float
    aggregate_deductible: float
    cover_share: float
    insured_exposure: float
    expected_indemnity: float
    member_base: dict[str, float]
    not_insured: tuple[str, ...]

    @property
    def saving(self) -> float:
        return self.standalone_premium - self.pooled_premium


@dataclass(frozen=True)
class Fund:
    """Mutual guarantee fund that pays the pool's retained losses first, up to its size."""

    contribution_rate: float
    size: float
    exhaustion_probability: float
    expected_loss_beyond: float
    required_contribution_rate: float
    target_exhaustion: float


@dataclass(frozen=True)
class MemberResult:
    """One member: the cheapest stand-alone cover (quote engine), the pool's cover bought alone, and pooled."""

    name: str
    exposure: float
    receivables: int
    standalone_cost: float          # sum of the best option's risk-adjusted cost per receivable, alone
    same_cover_alone: float         # the pool's package bought alone: own hedge, own policy, own risk capital
    pooled_cost: float              # allocated: fee, netted hedge, group policy, Euler share of pool risk
    pooled_cost_by_exposure: float  # the pooled total split by exposure instead
    risk_contribution: float        # Euler contribution to the pool's ES 99 %
    expected_loss: float
    alone_es: float
    fund_contribution: float
    cost_parts: dict[str, float]
    alone_parts: dict[str, float]
    best_options: dict[str, int]

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
    pooled_parts: dict[str, float]
    expected_loss: float
    var_99: float
    es_99: float
    horizon_years: float
    scenarios: int
    seed: int
    parameters: Parameters
    warnings: tuple[str, ...]

    @property
    def standalone_cost(self) -> float:
        return sum(m.standalone_cost for m in self.members)

    @property
    def same_cover_alone(self) -> float:
        return sum(m.same_cover_alone for m in self.members)

    @property
    def pooled_cost(self) -> float:
        return sum(self.pooled_parts.values())

    @property
    def sum_alone_es(self) -> float:
        return sum(m.alone_es for m in self.members)


@dataclass(frozen=True)
class StandaloneQuote:
    """What the pool keeps of a receivable's stand-alone quote: its best option and its risks."""

    best_option: str | None
    best_cost: float  # risk-adjusted cost of the best option, member's home currency
    risks: RiskSummary
    years: float
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, quote: QuoteResult) -> StandaloneQuote:
        best = quote.option(quote.recommended) if quote.recommended else None
        return cls(best.id if best else None, best.risk_adjusted_cost if best else 0.0, quote.risks, quote.years,
                   quote.warnings)


def quote_receivables(pool: Pool, market: MarketData, params: Parameters, paths: int, seed: int,
                      progress: Progress | None = None) -> list[StandaloneQuote]:
    """Each receivable quoted alone for its member: the best option and its risk-adjusted cost.

    Receivables that share every term but the amount share one simulation (engine.batch.best_options); with a
    fixed insurance deductible each is quoted separately by price_deal. Both give price_deal's ranking.
    """
    params = params.with_overrides(pool.parameters)
    deals = [pool.deal_for(r) for r in pool.receivables]
    if not linear_in_amount(params):
        quotes = []
        for index, (receivable, deal) in enumerate(zip(pool.receivables, deals, strict=True)):
            try:
                quotes.append(StandaloneQuote.of(price_deal(deal, market, params, paths=paths, seed=seed,
                                                            solve_min_price=False)))
            except InputError as exc:
                raise InputError(f"{receivable.where}: {exc}") from None
            if progress is not None:
                progress.update(0.5 * (index + 1) / len(deals))
        return quotes
    groups: dict[str, list[int]] = defaultdict(list)
    for index, deal in enumerate(deals):
        # names do not change the risk: receivables differing only by names and amount share a simulation
        unit = replace(deal, terms=replace(deal.terms, amount=1.0), exporter=replace(deal.exporter, name="-"),
                       buyer=replace(deal.buyer, name="-"))
        groups[json.dumps(deal_to_dict(unit), sort_keys=True)].append(index)
    quotes_by_index: dict[int, StandaloneQuote] = {}
    for done, members in enumerate(groups.values(), start=1):
        first = members[0]
        try:
            shared = best_options(deals[first], [deals[i].terms.amount for i in members], market, params,
                                  paths=paths, seed=seed)
        except InputError as exc:
            raise InputError(f"{pool.receivables[first].where}: {exc}") from None
        for index, best in zip(members, shared.best, strict=True):
            quotes_by_index[index] = StandaloneQuote(best.option_id, best.risk_adjusted_cost, shared.risks,
                                                     shared.years, shared.warnings)
        if progress is not None:
            progress.update(0.5 * done / len(groups))
    return [quotes_by_index[i] for i in range(len(deals))]


def analyse_pool(pool: Pool, market: MarketData | None = None, params: Parameters | None = None,
                 scenarios: int | None = None, seed: int | None = None, progress: Progress | None = None,
                 quotes: list[StandaloneQuote] | None = None) -> ConsortiumResult:
    """Stand-alone versus pooled cover for every member of `pool` (see docs/consortium.md).

    `quotes` (from quote_receivables, same pool and parameters) skips the stand-alone quoting step.
    """
    market = market or MarketData()
    params = (params or load_parameters()).with_overrides(pool.parameters)
    section = params.section("consortium")
    scenarios = int(scenarios if scenarios is not None else section["scenarios"])
    seed = int(seed if seed is not None else params.section("simulation")["seed"])
    if not 1_000 <= scenarios <= 5_000_000:
        raise InputError(f"The number of scenarios must be between 1,000 and 5,000,000 (got {scenarios:,}).")
    home = pool.home_currency
    covered = set(market.currencies())
    for flow, code in [*((r, r.terms.currency) for r in pool.receivables), *((p, p.currency) for p in pool.payables)]:
        if code not in covered:
            raise InputError(f"{flow.where}: currency {code} is not covered by the FX history; choose one of "
                             f"{', '.join(sorted(covered))}.")
    spots = {c: market.fixing(home, c, pool.valuation_date)
             for c in {r.terms.currency for r in pool.receivables} | {p.currency for p in pool.payables}}
    eur = market.fixing(home, "EUR", pool.valuation_date)
    if quotes is None:
        quotes = quote_receivables(pool, market, params, int(section["standalone_paths"]), seed, progress)
    members = [m.name for m in pool.members]
    index = {name: i for i, name in enumerate(members)}

    # exposures in the consortium's home currency
    values = np.array([r.terms.amount * spots[r.terms.currency] for r in pool.receivables])
    risks = [q.risks for q in quotes]
    countries = sorted({k.country_iso3 for k in risks})
    years = np.array([q.years for q in quotes])
    insurance = params.section("private_insurance")
    multipliers = insurance["category_multipliers"]
    insured = np.array([r.terms.instrument in INSURABLE and k.country_category in multipliers
                        for r, k in zip(pool.receivables, risks, strict=True)])
    country_pd = []
    for iso in countries:
        mask = np.array([k.country_iso3 == iso for k in risks])
        annual = next(k.political_annual for k in risks if k.country_iso3 == iso)
        horizon = float(np.average(years[mask], weights=values[mask]))
        country_pd.append(1.0 - (1.0 - annual) ** horizon)
    pd_1y = np.array([k.buyer_pd_1y for k in risks])
    rho = (basel_correlation(pd_1y) if section["correlation_model"] == "basel"
           else np.full(len(risks), float(section["asset_correlation"])))
    exposures = Exposures(
        default_loss=values * np.array([k.lgd for k in risks]),
        political_loss=values * np.array([k.political_lgd if k.political_probability > 0 else 0.0 for k in risks]),
        pd=np.array([k.commercial_probability for k in risks]), rho=rho,
        country=np.array([countries.index(k.country_iso3) for k in risks]),
        member=np.array([index[r.member] for r in pool.receivables]), insured=insured,
        country_pd=np.array(country_pd), members=len(members))
    part = None if progress is None else Progress(lambda f: progress.update(0.5 + 0.5 * f))
    try:
        home_rate = market.rate_table()[0].lookup(home).rate
    except InputError:  # no rate for the home currency: claims are not discounted for the wait
        home_rate = 0.0
    claim_discount = math.exp(-home_rate * float(insurance["waiting_months"]) / 12.0)  # as cover/insurance.py
    losses = simulate_pool(exposures, scenarios, seed, int(section["chunk_scenarios"]),
                           float(insurance["cover_share"]), float(section["aggregate_deductible_eur"]) * eur,
                           bool(insurance["covers_political"]), 0.99, float(insurance["deductible_eur"]) * eur, part,
                           claim_discount)

    policy = _group_policy(pool, params, risks, values, insured, losses, eur)
    netting = net_flows(pool, spots, float(params.section("fx_forward")["margin_pct"]), int(section["bucket_days"]))
    total = float(values.sum())
    fund = _fund(losses.retained, total, float(section["fund_contribution_rate"]),
                 float(section["fund_target_exhaustion"]))
    horizon = float(np.average(years, weights=values))
    members_out, parts, var99, es99 = _allocate(pool, market, params, quotes, exposures, values, losses, policy,
                                                netting, fund, horizon, eur)
    warnings = list(params.warnings) + list(netting.excluded)
    warnings += sorted({w for q in quotes for w in q.warnings})
    return ConsortiumResult(pool.name, home, pool.valuation_date, tuple(members_out), netting, policy, fund, total,
                            parts, float(losses.retained.mean()), var99, es99, horizon, scenarios, seed, params,
                            tuple(warnings))


def _group_policy(pool: Pool, params: Parameters, risks: list, values: np.ndarray, insured: np.ndarray,
                  losses: PoolLosses, eur: float) -> GroupPolicy:
    """One policy: premium max((1 - discount) x sum rate_i V_i, minimum) + one fee; alone: one per member."""
    insurance, section = params.section("private_insurance"), params.section("consortium")
    multipliers = insurance["category_multipliers"]
    base_rate = float(insurance["base_rate_pct"]) / 100.0
    premium_base = [base_rate * float(multipliers.get(k.country_category, 0.0)) * v * i
                    for k, v, i in zip(risks, values, insured, strict=True)]
    minimum, fee = float(insurance["min_premium_eur"]) * eur, float(section["policy_fee_eur"]) * eur
    member_base: dict[str, float] = defaultdict(float)
    for receivable, amount in zip(pool.receivables, premium_base, strict=True):
        member_base[receivable.member] += float(amount)
    alone = sum(max(b, minimum) + fee for b in member_base.values() if b > 0)
    discount = float(section["volume_discount"])
    pooled = max((1.0 - discount) * sum(premium_base), minimum) + fee if any(premium_base) else 0.0
    return GroupPolicy(alone, pooled, discount, float(section["aggregate_deductible_eur"]) * eur,
                       float(insurance["cover_share"]), float(values[insured].sum()),
                       float((losses.gross - losses.retained).mean()), dict(member_base),
                       tuple(f"{r.where}: not under the policy (instrument or OECD category)"
                             for r, i in zip(pool.receivables, insured, strict=True) if not i))


def _fund(retained: np.ndarray, exposure: float, rate: float, target: float) -> Fund:
    """Fund of size rate x exposure paying first losses: P(L > F), E[(L - F)+], and the rate whose fund is
    exhausted with probability at most `target` (the (1 - target) quantile of L over the exposure)."""
    size = rate * exposure
    required = tail_var_es(retained, 1.0 - target)[0] / exposure if target < 0.5 else 0.0
    return Fund(rate, size, float((retained > size).mean()), float(np.maximum(retained - size, 0.0).mean()),
                max(required, 0.0), target)


def _allocate(pool: Pool, market: MarketData, params: Parameters, quotes: list[StandaloneQuote], exposures: Exposures,
              values: np.ndarray, losses: PoolLosses, policy: GroupPolicy, netting: Netting, fund: Fund,
              horizon: float, eur: float) -> tuple[list[MemberResult], dict[str, float], float, float]:
    """Pooled cost by part, and per member: each part by its natural key (fees equally, hedging by FX notional,
    the policy by premium base, expected loss and capital by Euler contribution), and the same cover alone."""
    insurance = params.section("private_insurance")
    k = float(params.section("capital")["cost_of_capital"])
    var99, es99 = tail_var_es(losses.retained, 0.99)
    el = float(losses.retained.mean())
    names = [m.name for m in pool.members]
    parts = {"membership fees": pool.membership_fee * len(names), "FX hedging (netted)": netting.pooled_margin,
             "group credit policy": policy.pooled_premium, "expected retained loss": el,
             "capital cost of retained risk": k * horizon * max(es99 - el, 0.0)}
    notional = _shares([netting.member_notional.get(m, 0.0) for m in names])
    premium = _shares([policy.member_base.get(m, 0.0) for m in names])
    exposure_by_member = np.bincount(exposures.member, values, len(names))
    by_exposure = _shares(list(exposure_by_member))
    minimum = float(insurance["min_premium_eur"]) * eur
    fee = float(params.section("consortium")["policy_fee_eur"]) * eur
    standalone: dict[str, float] = defaultdict(float)
    best: dict[str, Counter] = defaultdict(Counter)
    to_pool = {m.home_currency: market.fixing(pool.home_currency, m.home_currency, pool.valuation_date)
               for m in pool.members}
    for receivable, quote in zip(pool.receivables, quotes, strict=True):
        standalone[receivable.member] += quote.best_cost * to_pool[pool.member(receivable.member).home_currency]
        best[receivable.member][quote.best_option or "none available"] += 1
    total = sum(parts.values())
    out = []
    for i, name in enumerate(names):
        tail, expected = float(losses.member_tail[i]), float(losses.member_expected[i])
        pooled = {"membership fees": pool.membership_fee, "FX hedging (netted)": netting.pooled_margin * notional[i],
                  "group credit policy": policy.pooled_premium * premium[i], "expected retained loss": expected,
                  "capital cost of retained risk": k * horizon * (tail - expected) if es99 > el else 0.0}
        base = policy.member_base.get(name, 0.0)
        alone_el, alone_es = float(losses.alone_expected[i]), float(losses.alone_es[i])
        alone = {"FX hedging (own)": netting.margin_pct / 100.0 * netting.member_notional.get(name, 0.0),
                 "own credit policy": max(base, minimum) + fee if base > 0 else 0.0,
                 "expected retained loss": alone_el,
                 "capital cost of retained risk": k * horizon * max(alone_es - alone_el, 0.0)}
        out.append(MemberResult(
            name, float(exposure_by_member[i]), int((exposures.member == i).sum()), standalone[name],
            sum(alone.values()), sum(pooled.values()), total * by_exposure[i], tail, expected, alone_es,
            fund.contribution_rate * float(exposure_by_member[i]), pooled, alone, dict(best[name])))
    return out, parts, var99, es99


def _shares(weights: list[float]) -> list[float]:
    total = sum(weights)
    return [w / total if total > 0 else 0.0 for w in weights]
