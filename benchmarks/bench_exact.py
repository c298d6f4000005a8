"""Benchmark, run on demand (`make bench`): the exact engine beside the Monte Carlo it replaces, in one run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("EXPORTRISK_OFFLINE", "1")

from exportrisk.cover.registry import OPTIONS  # noqa: E402
from exportrisk.deal.io import load_deal  # noqa: E402
from exportrisk.engine.context import build_context  # noqa: E402
from exportrisk.engine.exact import loss_mixture  # noqa: E402
from exportrisk.engine.quote import price_deal  # noqa: E402
from exportrisk.engine.simulation import Job, SimulationSettings, simulate_retained  # noqa: E402
from exportrisk.engine.whatif import break_even_pd, sensitivity, what_if  # noqa: E402
from exportrisk.fx.risk import tail_var_es  # noqa: E402
from exportrisk.market.service import MarketData  # noqa: E402
from exportrisk.parameters import load_parameters  # noqa: E402

TODAY = date(2026, 10, 30)
LEVELS = (0.95, 0.99)


def timings(fn, repeat: int) -> list[float]:
    """Seconds of `repeat` calls of `fn`, sorted."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return sorted(samples)


def best_of(fn, repeat: int = 5) -> float:
    return timings(fn, repeat)[0]


def process_time(args: list[str], repeat: int = 5) -> float:
    env = dict(os.environ, EXPORTRISK_OFFLINE="1")
    # as installed: pip and the bundle ship compiled bytecode, so a process that may not write it (an
    # environment with PYTHONDONTWRITEBYTECODE) would time compiling the sources, not starting up
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    example = ROOT / "resources/examples/italy_textiles_brazil.toml"
    deal = load_deal(example)
    market = MarketData()
    ctx = build_context(deal, market, today=TODAY)
    amount = deal.terms.amount * deal.claim_factor
    profiles = [o.profile(ctx) for o in OPTIONS]
    settings = SimulationSettings(200_000, seed=1)

    def exact_tails() -> None:
        mixture = loss_mixture(ctx, list(OPTIONS), profiles, [amount] * len(OPTIONS))
        assert mixture is not None
        mixture.mean()
        mixture.var_es(LEVELS)

    def simulated_tails() -> None:
        for losses in simulate_retained(ctx, [Job(o, p, amount) for o, p in zip(OPTIONS, profiles, strict=True)],
                                        settings):
            for level in LEVELS:
                tail_var_es(losses, level)

    t_exact, t_mc = best_of(exact_tails, 20), best_of(simulated_tails, 3)
    print(f"{example.name}: every option's EL, VaR and ES at 95 and 99 % ({len(OPTIONS)} options)")
    print(f"  exact {t_exact * 1000:8.2f} ms   Monte Carlo 200,000 paths {t_mc * 1000:8.1f} ms   "
          f"ratio {t_mc / t_exact:6.0f}x   (target: exact <= 5 ms)")
    price_deal(deal, market, today=TODAY)
    q_exact = best_of(lambda: price_deal(deal, market, today=TODAY), 10)
    q_mc = best_of(lambda: price_deal(deal, market, today=TODAY, method="mc"), 2)
    n_exact = best_of(lambda: price_deal(deal, market, today=TODAY, solve_min_price=False), 10)
    print(f"  full quote with minimum prices: exact {q_exact * 1000:8.1f} ms   Monte Carlo {q_mc * 1000:8.1f} ms   "
          f"ratio {q_mc / q_exact:5.1f}x")
    print(f"  quote without minimum prices:   exact {n_exact * 1000:8.1f} ms")
    params = load_parameters()
    base = price_deal(deal, market, params, today=TODAY)
    t_sens = best_of(lambda: sensitivity(deal, base, market, params, TODAY), 5)
    t_even = best_of(lambda: break_even_pd(deal, base, market, params, TODAY), 5)
    quoted = timings(lambda: sensitivity(deal, price_deal(deal, market, params, today=TODAY), market, params,
                                         TODAY), 21)
    with_table, with_table_median = quoted[0], statistics.median(quoted)
    full = best_of(lambda: what_if(deal, price_deal(deal, market, params, today=TODAY), market, params, TODAY), 5)
    rows = len(sensitivity(deal, base, market, params, TODAY))
    print(f"  full quote with minimum prices and the sensitivity table ({rows} rows): {with_table * 1000:8.1f} ms "
          f"(median of 21 runs {with_table_median * 1000:.1f} ms; the table alone {t_sens * 1000:.1f} ms)   "
          f"(target: <= 30 ms)")
    print(f"  ... and the break-even PD too (quote --format json, the window's what-if): {full * 1000:8.1f} ms "
          f"(break-even alone {t_even * 1000:.1f} ms)")
    imports = process_time([sys.executable, "-c", "import numpy, scipy.special, pandas"])
    whole = process_time([sys.executable, "-m", "exportrisk", "quote", str(example), "--offline", "--format",
                          "json"])
    whole_mc = process_time([sys.executable, "-m", "exportrisk", "quote", str(example), "--offline", "--format",
                             "json", "--method", "mc"], 3)
    print(f"  whole process: exportrisk quote {whole:5.2f} s (mc {whole_mc:5.2f} s); importing numpy, scipy.special "
          f"and pandas {imports:5.2f} s; ratio {whole / imports:4.2f} (target <= 1.25)")


if __name__ == "__main__":
    main()
