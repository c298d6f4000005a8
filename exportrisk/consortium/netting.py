"""FX netting: per currency and payment-date bucket, net members' receivables against payables."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from exportrisk.consortium.model import Pool
from exportrisk.messages import message


@dataclass(frozen=True)
class NettingRow:
    """One currency and bucket: flows in the invoice currency, notionals hedged alone and pooled (home)."""

    currency: str
    bucket_from_day: int
    bucket_to_day: int
    receivables: float
    payables: float
    standalone_notional: float  # sum over members of |own receivables - own payables|, home currency
    pooled_notional: float      # |sum over members of (receivables - payables)|, home currency
    standalone_margin: float
    pooled_margin: float

    @property
    def saving(self) -> float:
        return self.standalone_margin - self.pooled_margin


@dataclass(frozen=True)
class Netting:
    rows: tuple[NettingRow, ...]
    member_notional: dict[str, float]  # each member's own hedged notional (home), the allocation key
    margin_pct: float
    excluded: tuple[str, ...]          # flows not netted, with the reason

    @property
    def standalone_margin(self) -> float:
        return sum(r.standalone_margin for r in self.rows)

    @property
    def pooled_margin(self) -> float:
        return sum(r.pooled_margin for r in self.rows)

    @property
    def saving(self) -> float:
        return self.standalone_margin - self.pooled_margin


def net_flows(pool: Pool, spots: dict[str, float], margin_pct: float, bucket_days: int) -> Netting:
    """Hedge only the pool's net position per (currency, bucket) instead of each member's own net.

    Margin alone = m x S x sum_members |R_m - P_m|; pooled = m x S x |sum_members (R_m - P_m)|, per bucket
    b = ceil(days / bucket_days); S = home units per foreign unit on the valuation date. Only members whose
    home currency is the consortium's take part (their hedges are in the same currency pair).
    """
    flows: dict[tuple[str, int], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    gross: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0.0])
    excluded = []
    entries = [(r.member, r.terms.currency, r.terms.payment_days or 0, r.terms.amount, r.where)
               for r in pool.receivables]
    entries += [(p.member, p.currency, p.payment_days, -p.amount, p.where) for p in pool.payables]
    for member, currency, days, signed, where in entries:
        if currency == pool.home_currency:
            continue
        if pool.member(member).home_currency != pool.home_currency:
            excluded.append(message("not_netted_home_currency", where=where))
            continue
        key = (currency, max(1, math.ceil(days / bucket_days)))
        flows[key][member] += signed
        gross[key][0 if signed > 0 else 1] += abs(signed)
    rows, member_notional = [], defaultdict(float)
    rate = margin_pct / 100.0
    for (currency, bucket), by_member in sorted(flows.items()):
        spot = spots[currency]
        receivable, payable = gross[(currency, bucket)]
        alone = sum(abs(v) for v in by_member.values()) * spot
        pooled = abs(sum(by_member.values())) * spot
        for member, value in by_member.items():
            member_notional[member] += abs(value) * spot
        rows.append(NettingRow(currency, (bucket - 1) * bucket_days + 1, bucket * bucket_days, receivable,
                               payable, alone, pooled, rate * alone, rate * pooled))
    return Netting(tuple(rows), dict(member_notional), margin_pct, tuple(excluded))


def hedged_shares(pool: Pool, members: set[str], bucket_days: int) -> tuple[list[float], list[float]]:
    """Per receivable of `pool`: the share of its forward hedge still bought from a bank after netting, within
    the members `members` (pooled) and within its own member (alone); 1 for receivables not netted.

    Per (currency, bucket b = ceil(days / bucket_days)): share = max(R - P, 0) / R, R the receivables and P the
    payables netted against them. Payables beyond the receivables stay unhedged on both sides, as in a single-deal
    quote (which does not see payables), so the comparison stays like for like.
    """
    pooled: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0.0])
    alone: dict[tuple[str, str, int], list[float]] = defaultdict(lambda: [0.0, 0.0])

    def netted(member: str, currency: str) -> bool:
        return currency != pool.home_currency and pool.member(member).home_currency == pool.home_currency

    for r in pool.receivables:
        if netted(r.member, r.terms.currency):
            b = max(1, math.ceil(r.terms.payment_days / bucket_days))
            alone[(r.member, r.terms.currency, b)][0] += r.terms.amount
            if r.member in members:
                pooled[(r.terms.currency, b)][0] += r.terms.amount
    for p in pool.payables:
        if netted(p.member, p.currency):
            b = max(1, math.ceil(p.payment_days / bucket_days))
            alone[(p.member, p.currency, b)][1] += p.amount
            if p.member in members:
                pooled[(p.currency, b)][1] += p.amount

    def share(flows: list[float]) -> float:
        return max(flows[0] - flows[1], 0.0) / flows[0]

    out_pooled, out_alone = [], []
    for r in pool.receivables:
        if not netted(r.member, r.terms.currency) or r.member not in members:
            out_pooled.append(1.0)
            out_alone.append(1.0)
            continue
        b = max(1, math.ceil(r.terms.payment_days / bucket_days))
        out_pooled.append(share(pooled[(r.terms.currency, b)]))
        out_alone.append(share(alone[(r.member, r.terms.currency, b)]))
    return out_pooled, out_alone
