"""Seeded generator of valid deals and the invariants every quote must hold; `python -m tests.fuzz_deals N`."""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from exportrisk.deal.io import deal_from_dict
from exportrisk.deal.model import BUYER_CATEGORIES, COUNTRY_CATEGORIES, MAX_PAYMENT_DAYS, Instrument
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QuoteResult
from exportrisk.market.service import MarketData

TODAY = date(2026, 10, 30)
#: Currencies with an ECB fixing on every business day since 2000 (so any date from 2000 on is covered).
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "JPY", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "AUD", "CAD")
COUNTRIES = ("BRA", "TUR", "POL", "DEU", "USA", "CHN", "IND", "BRB", "EGY", "ARG", "NGA", "ZAF", "JPN", "ITA",
             "VEN", "MCO", "SMR", "KEN", "VNM", "MEX")
RATINGS = ("AAA", "AA+", "A-", "BBB", "BB+", "BB", "B-", "CCC+", "CC", "C")
#: Cost items that are a gain by construction (forward points at a premium, interest on forfaiting's early cash);
#: every other item is a fee and never negative.
GAIN_ITEMS = ("cost_forward_points", "cost_forfaiting_interest", "cost_factoring_funding_saved")
#: Relative slack for floating-point comparisons of sums of money.
SLACK = 1e-9


def random_deal(rng: random.Random) -> dict[str, Any]:
    """One valid deal-file dict, drawn across the whole accepted range of every field."""
    home, foreign = rng.choice(CURRENCIES), rng.choice(CURRENCIES)
    buyer: dict[str, Any] = {"name": f"Buyer {rng.randrange(10**6)}", "country": rng.choice(COUNTRIES)}
    quality = rng.randrange(3)
    if quality == 0:
        buyer["rating"] = rng.choice(RATINGS)
    elif quality == 1:
        buyer["category"] = rng.choice(BUYER_CATEGORIES)
    else:
        buyer["pd_1y"] = rng.choice((0.0, 1e-6, rng.uniform(0, 0.99), 0.99))
    if rng.random() < 0.1:
        buyer["country_category"] = rng.choice(COUNTRY_CATEGORIES)
    amount = 10 ** rng.uniform(0, 12)
    terms: dict[str, Any] = {"amount": amount, "currency": foreign, "instrument": rng.choice(list(Instrument)).value}
    pick = rng.random()
    if pick < 0.4:
        terms["target_margin"] = rng.choice((0.0, 0.95, rng.uniform(0, 0.95)))
    else:
        terms["cost"] = min(amount * 10 ** rng.uniform(-13, 1), 1e12)  # a tiny cost: the margin rounds to 1
        if pick > 0.8:
            terms["target_margin"] = rng.uniform(0, 0.95)
    data: dict[str, Any] = {
        # from late 2010 on: a ten-year term has ten years of fixings (since 1999) behind it
        "valuation_date": (TODAY - timedelta(days=rng.randrange(0, 5800))).isoformat(),
        "exporter": {"name": "Exporter", "home_currency": home}, "buyer": buyer, "deal": terms}
    if rng.random() < 0.2:
        years = rng.uniform(0.1, 20.0)
        months = rng.uniform(0, 120)
        while 0.5 * months / 12 + (0.5 + years) / 2 > MAX_PAYMENT_DAYS / 365:  # the accepted horizon
            years, months = years / 2, months / 2
        data["credit"] = {"repayment_years": years, "disbursement_months": months,
                          "profile": rng.choice(("standard", "bullet"))}
        if data["credit"]["profile"] == "bullet":  # a bullet runs 0.25 years at least; its horizon is R
            data["credit"]["repayment_years"] = max(0.26, min(years, MAX_PAYMENT_DAYS / 365 - 0.5 * months / 12))
    else:
        terms["payment_days"] = rng.choice((1, MAX_PAYMENT_DAYS, rng.randrange(1, MAX_PAYMENT_DAYS + 1)))
    market: dict[str, Any] = {}
    for key, low, high in (("spot", 1e-6, 1e9), ("volatility", 1e-4, 3.0), ("rate_home", -0.05, 2.0),
                           ("rate_foreign", -0.05, 2.0), ("political_pd", 0.0, 0.99)):
        if rng.random() < 0.25:
            market[key] = rng.choice((low, high, rng.uniform(low, high)))
    if rng.random() < 0.1:
        market["vol_method"] = "historical"  # GARCH fits take a second each; tests/test_volatility covers it
    if market:
        data["market"] = market
    return data


def deals(seed: int, count: int) -> Iterator[tuple[int, dict[str, Any]]]:
    rng = random.Random(seed)
    for index in range(count):
        yield index, random_deal(rng)


def finite_numbers(value: Any, path: str = "") -> Iterator[str]:
    """Paths of every number in `value` (a to_dict() tree) that is not finite."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from finite_numbers(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from finite_numbers(item, f"{path}[{i}]")
    elif isinstance(value, float) and not math.isfinite(value):
        yield path


def check_invariants(result: QuoteResult) -> list[str]:
    """Every broken invariant of one quote, in words (empty when all hold)."""
    problems = [f"not finite: {p}" for p in finite_numbers(result.to_dict())]
    for option in (o for o in result.options if o.available):
        scale = SLACK * max(1.0, result.invoice_value, abs(option.cost), *map(abs, option.var.values()))
        for level in option.var:
            if option.es[level] < option.var[level] - scale:
                problems.append(f"{option.id}: ES {level} {option.es[level]} < VaR {option.var[level]}")
        for label, amount in option.cost_items:
            if getattr(label, "code", "") not in GAIN_ITEMS and amount < -scale:
                problems.append(f"{option.id}: fee {getattr(label, 'code', label)} = {amount} < 0")
        floor = option.cost + option.expected_loss
        if option.risk_adjusted_cost < floor - scale * 10:
            problems.append(f"{option.id}: risk-adjusted cost {option.risk_adjusted_cost} < cost + EL {floor}")
    return problems


def certain_gain(option: Any) -> bool:
    """The option locks in a gain whatever happens: a gain item among its costs (forward points at a premium,
    interest on early cash) or a retained loss below zero in every simulated path."""
    gain_item = any(getattr(label, "code", "") in GAIN_ITEMS and amount < 0 for label, amount in option.cost_items)
    return gain_item or (bool(option.loss_quantiles) and option.loss_quantiles[-1] < 0)


def expected_gain(result: QuoteResult, option: Any) -> bool:
    """A gain the model expects and states: under the forward outlook a currency at a forward premium is
    expected to rise to the forward (for every option that keeps the FX exposure), and a put keeps the upside."""
    premium = result.outlook == "forward" and result.forward > result.spot
    return premium or option.id.endswith("put")


def explained(option: Any, result: QuoteResult) -> bool:
    """A negative loss is allowed only with a certain gain, or a gain the model expects (issue 9's forward
    outlook and puts), and only with the "negative_loss" note that explains it."""
    reason = certain_gain(option) or expected_gain(result, option)
    return reason and any(getattr(n, "code", "") == "negative_loss" for n in option.notes)


def negative_losses(result: QuoteResult) -> list[Any]:
    """Options whose expected loss is below zero (beyond rounding)."""
    scale = SLACK * max(1.0, result.invoice_value)
    return [o for o in result.options if o.available and o.expected_loss < -scale]


def quote(data: dict[str, Any], market: MarketData, paths: int, seed: int) -> QuoteResult:
    return price_deal(deal_from_dict(data), market, paths=paths, seed=seed, today=TODAY)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Price N generated deals and check every invariant.")
    parser.add_argument("count", type=int, nargs="?", default=20_000)
    parser.add_argument("--paths", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261030)
    args = parser.parse_args(argv)
    market = MarketData()
    failures, unexplained = 0, 0
    start = time.perf_counter()
    for index, data in deals(args.seed, args.count):
        if index % 200 == 0:
            market = MarketData()  # a session prices a handful of pairs: keep the snapshot cache that small
        try:
            result = quote(data, market, args.paths, index)
            problems = check_invariants(result)
            unexplained += sum(1 for o in negative_losses(result) if not explained(o, result))
        except Exception as exc:  # the fuzz reports every kind, with the deal that raised it
            problems = [f"{type(exc).__name__}: {exc}"]
        if problems:
            failures += 1
            print(f"deal {index}: {problems[:3]}\n  {data}", file=sys.stderr)
        if (index + 1) % 1000 == 0:
            rate = (index + 1) / (time.perf_counter() - start)
            print(f"{index + 1:,} deals, {failures} failing, {rate:,.0f} deals/s", file=sys.stderr)
    elapsed = time.perf_counter() - start
    print(f"{args.count:,} deals at {args.paths:,} paths in {elapsed:,.1f} s ({args.count / elapsed:,.1f} deals/s); "
          f"{failures} broke an invariant")
    print(f"{unexplained:,} negative expected losses without a certain or stated expected gain and an explanation")
    return 1 if failures or unexplained else 0


if __name__ == "__main__":
    raise SystemExit(main())
