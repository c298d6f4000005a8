"""Benchmark, run on demand (`make bench`): Monte Carlo speed and memory, and each example's quote time."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exportrisk.cover.registry import OPTIONS, option_by_id  # noqa: E402
from exportrisk.deal.io import load_deal  # noqa: E402
from exportrisk.engine.context import build_context  # noqa: E402
from exportrisk.engine.simulation import Job, SimulationSettings, draw_chunk, simulate_retained  # noqa: E402
from exportrisk.paths import resources_dir  # noqa: E402


def best_of(fn, repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return min(samples)


def peak_mib(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    os.environ.setdefault("EXPORTRISK_OFFLINE", "1")
    deal = load_deal(resources_dir() / "examples/italy_textiles_brazil.toml")
    ctx = build_context(deal, today=date(2026, 10, 30))
    paths = 1_000_000
    settings = SimulationSettings(paths, seed=1)
    none = option_by_id("none")
    joint = [Job(none, none.profile(ctx), deal.terms.amount)]
    every = [Job(o, o.profile(ctx), deal.terms.amount) for o in OPTIONS]

    def draws_only() -> None:
        rng = np.random.default_rng(1)
        for start in range(0, paths, settings.chunk):
            draw_chunk(rng, min(settings.chunk, paths - start))

    t_draw = best_of(draws_only)
    t_joint = best_of(lambda: simulate_retained(ctx, joint, settings))
    t_all = best_of(lambda: simulate_retained(ctx, every, settings), repeat=1)
    m_joint = peak_mib(lambda: simulate_retained(ctx, joint, settings))
    m_all = peak_mib(lambda: simulate_retained(ctx, every, settings))
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores; {paths:,} paths, "
          f"chunks of {settings.chunk:,}")
    print(f"  drawing the random numbers (1 normal + 2 uniforms a path)  {t_draw * 1000:9.1f} ms")
    print(f"  joint FX + default + political loss, no cover             {t_joint * 1000:9.1f} ms"
          f"   ratio {t_joint / t_draw:5.2f}  (target <= 3)")
    print(f"  all {len(OPTIONS)} cover options on common random numbers           {t_all * 1000:9.1f} ms")
    print(f"  peak traced memory: joint {m_joint:7.1f} MiB; all options {m_all:7.1f} MiB "
          f"(one float64 result array per option = {paths * 8 / 2**20:.1f} MiB)")
    env = dict(os.environ, EXPORTRISK_OFFLINE="1")
    for example in sorted((resources_dir() / "examples").glob("*.toml")):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "exportrisk", "quote", str(example), "--offline",
                            "--format", "json"], check=True, capture_output=True, env=env, cwd=ROOT)
            times.append(time.perf_counter() - start)
        print(f"  exportrisk quote {example.name:<32} median {statistics.median(times):5.2f} s "
              f"(whole process, default 200,000 paths; target < 2 s)")


if __name__ == "__main__":
    main()
