"""Exact engine against the Monte Carlo oracle on generated deals: every option, EL, VaR and ES at 95 and 99 %.

`python benchmarks/exact_vs_mc.py DEALS PATHS` (make verify: 1,000 deals at 2,000,000 paths) prints how many
comparisons fall outside 3 standard errors of the simulation (0.27 % expected by chance; at most 1 % accepted),
and a point mass (a figure with no sampling error) must agree to one cent. Standard errors: the sample's for the
mean; sqrt(a (1 - a) / n) / f(VaR) for a quantile, f the exact density (Serfling 1980, sec. 2.3.3); the influence
function of ES, sd((L - VaR)^+) / ((1 - a) sqrt(n)), for the expected shortfall. A rare event the sample may miss
leaves its standard deviation at zero: both are floored by the exact lower bound sd(Y)^2 >= mu^2 / q - mu^2 for
Y = (L - VaR_99)^+ (Cauchy-Schwarz, mu = E[Y], q = P(Y > 0); sd(L) >= sd(Y) since Y is 1-Lipschitz in L). Only
the options the quote offers for the deal are compared.
"""

from __future__ import annotations

import math
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

os.environ.setdefault("EXPORTRISK_OFFLINE", "1")

from exportrisk.cover.registry import OPTIONS  # noqa: E402
from exportrisk.deal.io import deal_from_dict  # noqa: E402
from exportrisk.deal.model import Deal  # noqa: E402
from exportrisk.engine.context import build_context  # noqa: E402
from exportrisk.engine.exact import loss_mixture  # noqa: E402
from exportrisk.engine.quote import _pricing  # noqa: E402
from exportrisk.engine.simulation import Job, SimulationSettings, simulate_retained  # noqa: E402
from exportrisk.errors import ExportRiskError  # noqa: E402
from exportrisk.fx.risk import tail_var_es  # noqa: E402
from exportrisk.market.service import MarketData  # noqa: E402

TODAY = date(2026, 10, 30)
LEVELS = (0.95, 0.99)
CENT = 0.01
#: Buyer countries and the currencies a deal with them is invoiced in (the first is the buyer's own: the only
#: one where the FX-default correlation applies).
COUNTRIES = {"BRA": ("BRL", "USD", "EUR"), "TUR": ("TRY", "USD", "EUR"), "POL": ("PLN", "EUR", "USD"),
             "USA": ("USD", "EUR"), "CHN": ("CNY", "USD"), "IND": ("INR", "USD"), "ZAF": ("ZAR", "USD"),
             "MEX": ("MXN", "USD"), "JPN": ("JPY", "USD"), "GBR": ("GBP", "EUR"), "DZA": ("EUR", "USD"),
             "ARG": ("USD", "EUR"), "DEU": ("EUR", "USD")}
RATINGS = ("AA", "A", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-", "CCC")
INSTRUMENTS = ("open_account", "open_account", "documentary_collection", "lc_unconfirmed", "lc_confirmed",
               "cash_in_advance")


def generated_deal(rng: np.random.Generator) -> Deal:
    """A random but valid deal: country, currency, buyer quality, size, term, instrument, outlook, correlation,
    sometimes a fixed insurance deductible."""
    country = str(rng.choice(list(COUNTRIES)))
    currency = str(rng.choice(COUNTRIES[country]))
    home = str(rng.choice(["EUR", "EUR", "EUR", "PLN"]))
    buyer: dict[str, Any] = {"name": "Buyer", "country": country}
    kind = rng.integers(3)
    if kind == 0:
        buyer["rating"] = str(rng.choice(RATINGS))
    elif kind == 1:
        buyer["pd_1y"] = float(rng.uniform(0.0005, 0.3))
    else:
        buyer["category"] = str(rng.choice(["SOV", "CC1", "CC2", "CC3", "CC4", "CC5"]))
    amount = float(np.round(10 ** rng.uniform(3.5, 7.0), 2))
    terms: dict[str, Any] = {"amount": amount, "currency": currency, "payment_days": int(rng.integers(20, 721)),
                             "instrument": str(rng.choice(INSTRUMENTS))}
    if rng.random() < 0.5:
        terms["target_margin"] = float(rng.uniform(0.0, 0.4))
    else:
        terms["cost"] = amount * float(rng.uniform(0.3, 1.1))
    market: dict[str, Any] = {"fx_outlook": str(rng.choice(["forward", "spot"]))}
    if rng.random() < 0.4:
        market["fx_default_correlation"] = float(np.round(rng.uniform(-0.8, 0.9), 2))
    data: dict[str, Any] = {"schema": 1, "valuation_date": TODAY.isoformat(),
                            "exporter": {"name": "Exporter", "home_currency": home}, "buyer": buyer,
                            "deal": terms, "market": market}
    if rng.random() < 0.3:
        data["parameters"] = {"private_insurance": {"deductible_eur": float(rng.choice([250.0, 2_000.0, 25_000.0]))}}
    return deal_from_dict(data)


@dataclass
class Tally:
    """Comparisons made, those outside 3 standard errors, and the worst few (for the report)."""

    total: int = 0
    outside: int = 0
    point_total: int = 0
    point_outside: int = 0
    near_level_atoms: int = 0
    worst: list[tuple[float, str]] = field(default_factory=list)

    def check(self, label: str, exact: float, simulated: float, se: float) -> None:
        if se <= 1e-9 * max(1.0, abs(exact)):   # a point mass: no sampling error, one cent
            self.point_total += 1
            if abs(exact - simulated) > CENT:
                self.point_outside += 1
                self.worst.append((math.inf, f"{label}: exact {exact:.4f} simulated {simulated:.4f} (point)"))
            return
        self.total += 1
        z = abs(exact - simulated) / se
        if z > 3.0:
            self.outside += 1
        self.worst.append((z, f"{label}: exact {exact:.2f} simulated {simulated:.2f} se {se:.3g} z {z:.2f}"))
        self.worst = sorted(self.worst, reverse=True)[:5]

    @property
    def share_outside(self) -> float:
        return self.outside / self.total if self.total else 0.0


def compare_deal(deal: Deal, market: MarketData, paths: int, seed: int, tally: Tally, name: str) -> None:
    """Every option of one deal: exact figures against one simulation with common random numbers."""
    ctx = build_context(deal, market, today=TODAY)
    amount = deal.terms.amount * deal.claim_factor
    options = [o for o in OPTIONS if _pricing(ctx, o, o.profile(ctx), amount).available]
    profiles = [o.profile(ctx) for o in options]
    mixture = loss_mixture(ctx, options, profiles, [amount] * len(options))
    assert mixture is not None
    means = mixture.mean()
    var, es = mixture.var_es(LEVELS)
    density = mixture.density(var)
    # where a VaR sits on a point mass: the probability above it, and at or above it
    above = 1.0 - mixture.cdf(var)
    at_or_above = 1.0 - mixture.cdf(var - 1e-7 * np.maximum(1.0, np.abs(var)))
    q = 1.0 - mixture.cdf(var[-1:])[0]
    mu = mixture.upper(var[-1:])[0] - var[-1] * q
    with np.errstate(divide="ignore", invalid="ignore"):
        floor = np.where(q > 0, np.sqrt(np.maximum(mu * mu / q - mu * mu, 0.0)), 0.0)
    losses = simulate_retained(ctx, [Job(o, p, amount) for o, p in zip(options, profiles, strict=True)],
                               SimulationSettings(paths, seed))
    root_n = math.sqrt(paths)
    for g, (option, sample) in enumerate(zip(options, losses, strict=True)):
        label = f"{name} {option.id}"
        sd = max(float(sample.std(ddof=1)), float(floor[g]))
        tally.check(f"{label} EL", float(means[g]), float(sample.mean()), sd / root_n)
        for j, level in enumerate(LEVELS):
            mc_var, mc_es = tail_var_es(sample, level)
            f = float(density[j, g])
            se_var = math.sqrt(level * (1 - level)) / root_n / f if f > 0 else 0.0
            tail, se_tail = 1.0 - level, math.sqrt(level * (1 - level)) / root_n
            if f <= 0 and min(abs(above[j, g] - tail), abs(at_or_above[j, g] - tail)) < 3.0 * se_tail:
                # the level falls within 3 standard errors of a point mass's edge: the sample's quantile may
                # rightly land on either side of the jump, so the figure is not a one-cent comparison
                tally.near_level_atoms += 1
            else:
                tally.check(f"{label} VaR{level:.0%}", float(var[j, g]), mc_var, se_var)
            last = j == len(LEVELS) - 1
            tail_sd = max(float(np.maximum(sample - mc_var, 0.0).std()), float(floor[g]) if last else 0.0)
            tally.check(f"{label} ES{level:.0%}", float(es[j, g]), mc_es, tail_sd / ((1 - level) * root_n))


def run(deals: int, paths: int, seed: int = 16) -> Tally:
    """Compare `deals` generated deals (skipping any the model refuses, e.g. a blocked market)."""
    rng = np.random.default_rng(seed)
    market = MarketData()
    tally = Tally()
    done = 0
    while done < deals:
        deal = generated_deal(rng)
        try:
            compare_deal(deal, market, paths, seed + done, tally, f"deal {done}")
        except ExportRiskError:
            continue
        done += 1
    return tally


def main(argv: list[str]) -> int:
    deals = int(argv[1]) if len(argv) > 1 else 1000
    paths = int(argv[2]) if len(argv) > 2 else 2_000_000
    start = time.perf_counter()
    tally = run(deals, paths)
    print(f"exact vs Monte Carlo: {deals} deals x {len(OPTIONS)} options x (EL, VaR, ES at 95 and 99 %), "
          f"{paths:,} paths each, {time.perf_counter() - start:.0f} s")
    print(f"  with sampling error: {tally.total} comparisons, {tally.outside} outside 3 standard errors "
          f"({tally.share_outside:.2%}; 0.27 % expected by chance, at most 1 % accepted)")
    print(f"  point masses: {tally.point_total} comparisons, {tally.point_outside} off by more than one cent")
    print(f"  VaR on a point mass whose edge is within 3 standard errors of the level (not compared): "
          f"{tally.near_level_atoms}")
    for _, line in tally.worst:
        print(f"  worst: {line}")
    return 0 if tally.share_outside <= 0.01 and tally.point_outside == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
