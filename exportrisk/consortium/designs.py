"""The packages a consortium can choose, priced like for like from the receivables' lines, ranked, and a verdict."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from exportrisk.consortium.lines import Line
from exportrisk.cover.group_policy import PolicyCost

#: The packages compared, cheapest-alone first. Ids are stable (JSON keys, message codes verdict_<id>).
DESIGNS = ("alone", "netting", "netting_policy", "netting_policy_fund")
POOLED = DESIGNS[1:]
NAMES = {"alone": "Each member keeps its cheapest cover alone", "netting": "FX netting only",
         "netting_policy": "FX netting + group credit policy",
         "netting_policy_fund": "FX netting + group credit policy + guarantee fund"}
PARTS = ("instrument fees", "FX hedging (netted)", "group credit policy", "guarantee fund opportunity cost",
         "expected retained loss", "capital cost of retained risk")
ALONE_PARTS = ("cheapest cover alone", "own policy fee")
#: The guarantee fund's contributions stay in the fund for the policy year (ExportRisk ASSUMPTION: annual
#: contributions, so the capital is tied up for the year whatever the receivables' terms; docs/consortium.md).
FUND_YEARS = 1.0
HALF_CENT = 0.005


@dataclass(frozen=True)
class Tails:
    """The pool's retained loss under the group policy, from the one-factor simulation, for some members."""

    retained: np.ndarray          # per scenario
    member_tail: dict[int, float]  # Euler: E[member's loss | pool loss among the worst 1 %]
    member_mean: dict[int, float]  # E[member's loss]
    member_adjust: dict[int, float] = field(default_factory=dict)  # EL added by an aggregate deductible

    @property
    def es(self) -> float:
        return float(sum(self.member_tail.values()))

    @property
    def mean(self) -> float:
        return float(sum(self.member_mean.values()))


@dataclass(frozen=True)
class Alone:
    """Each member followed alone through the same scenarios (independent of who else pools)."""

    es: np.ndarray              # ES 99 % of its loss under its own policy (same terms)
    mean: np.ndarray
    adjust: np.ndarray          # EL its own aggregate deductible adds
    gross_es: np.ndarray        # ES 99 % of its loss uninsured
    gross_mean: np.ndarray


@dataclass(frozen=True)
class Design:
    """One package for a set of members: each member's risk-adjusted cost by part (pool currency)."""

    id: str
    members: tuple[int, ...]
    member_parts: dict[int, dict[str, float]]
    expected_loss: float = 0.0
    es_99: float = 0.0           # ES 99 % of the pool's loss, with the closed-form expected loss as its mean
    sum_alone_es_99: float = 0.0  # the members' own ES 99 % under the same cover, summed
    fund_size: float = 0.0

    def cost(self, member: int) -> float:
        return self._costs[member]

    @cached_property
    def _costs(self) -> dict[int, float]:
        return {m: float(sum(p.values())) for m, p in self.member_parts.items()}

    @cached_property
    def parts(self) -> dict[str, float]:
        keys = PARTS if self.id != "alone" else ALONE_PARTS
        return {k: float(sum(p.get(k, 0.0) for p in self.member_parts.values())) for k in keys}

    @cached_property
    def total(self) -> float:
        return float(sum(self.cost(m) for m in self.members))


@dataclass(frozen=True)
class Terms:
    """What every design shares: cost of capital, fund rate, the policy pricing and the netting shares."""

    capital_rate: float
    fund_rate: float
    policy: Callable[[Sequence[float]], PolicyCost]  # one policy over these carried risk premiums
    alone_costs: dict[int, dict[str, float]]         # each member's cheapest cover alone, by part


def _horizon(lines: Sequence[Line]) -> float:
    """Exposure-weighted term of the receivables, the capital charge's T (as the single-deal quote's T)."""
    weights = sum(line.value for line in lines)
    return sum(line.value * line.years for line in lines) / weights if weights > 0 else 0.0


def _policy_parts(terms: Terms, lines: Sequence[Line], members: Sequence[int]) -> dict[int, float]:
    """One policy over the members' insurable lines; its minimum top-up, fee and tax split pro rata to the
    members' risk premiums."""
    premiums = {m: 0.0 for m in members}
    for line in lines:
        if line.insured and line.member in premiums:
            premiums[line.member] += line.premium
    cost = terms.policy([line.premium for line in lines if line.insured and line.member in premiums])
    base = sum(premiums.values())
    return {m: cost.total * p / base if base > 0 else 0.0 for m, p in premiums.items()}


def design(design_id: str, lines: Sequence[Line], members: Sequence[int], shares: Sequence[float],
           terms: Terms, tails: Tails | None, alone: Alone) -> Design:
    """Each member's risk-adjusted cost in `design_id`, RAC = costs + EL + k x (ES - EL) x T, parts by member.

    netting: forwards on the receivables left after netting (`shares`), each member keeps its credit risk
    uninsured and carries its own tail: k T_m (ES_m - EL_m). netting_policy: the same hedges, one group policy,
    the pool's retained loss and an Euler share of its tail capital k T (ES - EL). netting_policy_fund: a fund of
    rate x exposure holds part of that capital: opportunity cost k x F x FUND_YEARS, capital left
    k T max(ES - EL - F, 0), split as the tail capital.
    """
    chosen = set(members)
    mine = [(i, line) for i, line in enumerate(lines) if line.member in chosen]
    by_member: dict[int, list[Line]] = defaultdict(list)
    for _, line in mine:
        by_member[line.member].append(line)
    parts = {m: dict.fromkeys(PARTS, 0.0) for m in members}
    if design_id == "alone":
        return Design(design_id, tuple(members), {m: dict(terms.alone_costs[m]) for m in members})
    insured = design_id != "netting"
    for i, line in mine:
        parts[line.member]["instrument fees"] += line.instrument
        parts[line.member]["FX hedging (netted)"] += line.hedge * shares[i]
        parts[line.member]["expected retained loss"] += line.el_insured if insured else line.el_hedged
    k = terms.capital_rate
    sum_alone = 0.0
    if not insured:
        for m in members:
            own = by_member[m]
            unexpected = max(alone.gross_es[m] - alone.gross_mean[m], 0.0)
            parts[m]["capital cost of retained risk"] = k * _horizon(own) * unexpected
            sum_alone += parts[m]["expected retained loss"] + alone.gross_es[m] - alone.gross_mean[m]
        el = sum(p["expected retained loss"] for p in parts.values())
        return Design(design_id, tuple(members), parts, el, sum_alone, sum_alone)
    assert tails is not None
    for m, share in _policy_parts(terms, [line for _, line in mine], members).items():
        parts[m]["group credit policy"] = share
        parts[m]["expected retained loss"] += tails.member_adjust.get(m, 0.0)
        sum_alone += parts[m]["expected retained loss"] + alone.adjust[m] - tails.member_adjust.get(m, 0.0) + (
            alone.es[m] - alone.mean[m])
    horizon = _horizon([line for _, line in mine])
    unexpected = max(tails.es - tails.mean, 0.0)
    fund = terms.fund_rate * sum(line.value for _, line in mine) if design_id == "netting_policy_fund" else 0.0
    left = max(unexpected - fund, 0.0) / unexpected if unexpected > 0 else 0.0
    for m in members:
        tail_share = (tails.member_tail[m] - tails.member_mean[m]) if unexpected > 0 else 0.0
        parts[m]["capital cost of retained risk"] = k * horizon * tail_share * (left if fund else 1.0)
        if fund:
            exposure = sum(line.value for line in by_member[m])
            parts[m]["guarantee fund opportunity cost"] = k * terms.fund_rate * exposure * FUND_YEARS
    el = sum(p["expected retained loss"] for p in parts.values())
    return Design(design_id, tuple(members), parts, el, el + unexpected, sum_alone, fund)


def same_cover_alone(design_id: str, own: Sequence[tuple[int, Line]], member: int, share_alone: Sequence[float],
                     terms: Terms, alone: Alone) -> dict[str, float]:
    """The pooled package `design_id` bought by one member alone, on the same terms: its own netted hedge (its
    own payables only), and either its own credit risk uninsured (netting) or its own policy with its own minimum,
    fee and tax (the policy designs; a fund of one member is its own capital, so the fund is left out).
    `own`: the member's lines with their indices."""
    insured = design_id != "netting"
    policy = terms.policy([line.premium for _, line in own if line.insured]).total if insured else 0.0
    el = sum(line.el_insured if insured else line.el_hedged for _, line in own)
    el += alone.adjust[member] if insured else 0.0
    es, mean = (alone.es[member], alone.mean[member]) if insured else (alone.gross_es[member],
                                                                       alone.gross_mean[member])
    return {"instrument fees": sum(line.instrument for _, line in own),
            "FX hedging (netted)": sum(line.hedge * share_alone[i] for i, line in own),
            "group credit policy": policy, "guarantee fund opportunity cost": 0.0,
            "expected retained loss": el,
            "capital cost of retained risk": terms.capital_rate * _horizon([line for _, line in own])
            * max(es - mean, 0.0)}


@dataclass(frozen=True)
class Verdict:
    """The recommended package, who gains in it, and the stable pool once those better off alone leave."""

    recommended: str
    compared: str                    # the pooled design members are compared in (recommended, or best pooled)
    savings: dict[int, float]        # cheapest alone - cost in `compared`, per member
    leavers: tuple[int, ...]
    stable: Design | None            # the compared design re-solved until no member is better off alone
    stable_savings: dict[int, float]
    rounds: int

    @property
    def saving_members(self) -> tuple[int, ...]:
        return tuple(m for m, s in self.savings.items() if s >= -HALF_CENT)


def verdict(designs: dict[str, Design], resolve: Callable[[tuple[int, ...]], Design]) -> Verdict:
    """Recommend the design with the lowest total; compare members in it (or, when going alone wins, in the best
    pooled design); members whose saving is below zero leave, and the design is solved again without them until
    nobody else is better off alone (None when fewer than two members would stay)."""
    recommended = min(DESIGNS, key=lambda d: (designs[d].total, DESIGNS.index(d)))
    compared = recommended if recommended != "alone" else min(POOLED, key=lambda d: designs[d].total)
    current = designs[compared]

    def savings(d: Design) -> dict[int, float]:
        return {m: designs["alone"].cost(m) - d.cost(m) for m in d.members}

    first = savings(current)
    leavers = tuple(m for m, s in first.items() if s < -HALF_CENT)
    stable, stable_savings, rounds = current, first, 0
    while True:
        staying = tuple(m for m, s in stable_savings.items() if s >= -HALF_CENT)
        if len(staying) == len(stable.members):
            break
        if len(staying) < 2:  # one member alone is no pool
            stable, stable_savings = None, {}
            break
        rounds += 1
        stable = resolve(staying)
        stable_savings = savings(stable)
    return Verdict(recommended, compared, first, leavers, stable, stable_savings, rounds)
