"""Benchmark, run on demand (`make bench`): whole-process `exportrisk quote` beside a process importing numpy,
scipy.special and pandas, alternating runs, medians and ratios; the heaviest imports beyond that baseline."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources/examples/italy_textiles_brazil.toml"
BASELINE = [sys.executable, "-c", "import numpy, scipy.special, pandas"]
QUOTE = [sys.executable, "-m", "exportrisk", "quote", str(EXAMPLE), "--offline"]
RUNS = {
    "baseline: import numpy, scipy.special, pandas": BASELINE,
    "exportrisk quote (text)": QUOTE,
    "exportrisk quote --format json --no-what-if": [*QUOTE, "--format", "json", "--no-what-if"],
    "exportrisk quote --format json (with what-if)": [*QUOTE, "--format", "json"],
}
TARGET = 1.25


def run(args: list[str], importtime: bool = False, cwd: Path = ROOT) -> tuple[float, str]:
    """Run `args` in `cwd` (`python -m exportrisk` there imports that checkout's package); (seconds, stderr)."""
    env = dict(os.environ, EXPORTRISK_OFFLINE="1")
    # as installed: pip and the bundle ship compiled bytecode, so a process that may not write it (an
    # environment with PYTHONDONTWRITEBYTECODE) would time compiling the sources, not starting up
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if importtime:
        args = [args[0], "-X", "importtime", *args[1:]]
    start = time.perf_counter()
    done = subprocess.run(args, check=True, capture_output=True, env=env, cwd=cwd, text=True)
    return time.perf_counter() - start, done.stderr


def self_times(stderr: str) -> dict[str, int]:
    """Module -> self import time in microseconds, from `python -X importtime`."""
    out = {}
    for line in stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if found:
            out[found.group(2)] = int(found.group(1))
    return out


def heavy_imports(top: int = 15) -> None:
    """Imports of `exportrisk quote` beyond the baseline's, by package, self times summed (one run each)."""
    base = self_times(run(BASELINE, importtime=True)[1])
    quote = self_times(run(RUNS["exportrisk quote (text)"], importtime=True)[1])
    groups: Counter[str] = Counter()
    for name, micro in quote.items():
        if name not in base:
            parts = name.split(".")
            groups[".".join(parts[:2]) if parts[0] in ("scipy", "exportrisk") else parts[0]] += micro
    print(f"  imports beyond the baseline: {sum(groups.values()) / 1000:.0f} ms of self time (python -X importtime); "
          f"the heaviest packages:")
    for name, micro in groups.most_common(top):
        print(f"    {micro / 1000:8.1f} ms  {name}")
    made = dataclass_time(RUNS["exportrisk quote (text)"])
    if made is not None:
        print(f"  of that, creating ExportRisk's {made[0]} dataclasses (their generated methods are compiled at "
              f"import): {made[1]:.0f} ms")


#: Runs the command with dataclass creation timed (ExportRisk's classes only) and prints "count seconds" last on
#: stderr; a Python without dataclasses._process_class prints nothing.
_TIMED_DATACLASSES = """
import dataclasses, runpy, sys, time
made = [0, 0.0]
process = getattr(dataclasses, "_process_class", None)
if process is not None:
    def timed(cls, *args, **kwargs):
        start = time.perf_counter()
        out = process(cls, *args, **kwargs)
        if cls.__module__.startswith("exportrisk"):
            made[0] += 1
            made[1] += time.perf_counter() - start
        return out
    dataclasses._process_class = timed
sys.argv = ["exportrisk", *sys.argv[1:]]
try:
    runpy.run_module("exportrisk", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
if process is not None:
    print(made[0], made[1], file=sys.stderr)
"""


def dataclass_time(args: list[str]) -> tuple[int, float] | None:
    """(how many ExportRisk dataclasses the command creates, milliseconds spent creating them), one run."""
    module_at = args.index("-m")
    stderr = run([args[0], "-c", _TIMED_DATACLASSES, *args[module_at + 2:]])[1].strip().splitlines()
    found = re.fullmatch(r"(\d+) ([\d.e-]+)", stderr[-1]) if stderr else None
    return (int(found.group(1)), float(found.group(2)) * 1000) if found else None


def main(repeat: int = 7, against: Path | None = None) -> None:
    """Medians of `repeat` alternating runs and their ratios to the baseline; with `against` (another checkout,
    e.g. a worktree of an older commit) its quote commands run too, alternating with these, on the same input."""
    runs = {name: (args, ROOT) for name, args in RUNS.items()}
    if against is not None:
        runs.update({f"{name} [{against.name}]": (args, against) for name, args in RUNS.items() if args != BASELINE})
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for args, cwd in runs.values():  # warm the file cache once
        run(args, cwd=cwd)
    for _ in range(repeat):  # alternating, so that the load of the shared host hits every command alike
        for name, (args, cwd) in runs.items():
            samples[name].append(run(args, cwd=cwd)[0])
    base = statistics.median(samples[next(iter(runs))])
    print(f"whole-process start, median of {repeat} alternating runs ({EXAMPLE.name}, offline)")
    width = max(len(name) for name in runs) + 2
    for name, times in samples.items():
        median = statistics.median(times)
        print(f"  {name:<{width}}{median:7.3f} s   ratio {median / base:5.2f}")
    print(f"  target: exportrisk quote <= {TARGET:.2f} x the baseline")
    heavy_imports()


if __name__ == "__main__":
    # bench_cli_start.py [REPEAT] [--against CHECKOUT]
    arguments = sys.argv[1:]
    other = None
    if "--against" in arguments:
        at = arguments.index("--against")
        other = Path(arguments[at + 1]).resolve()
        del arguments[at:at + 2]
    main(int(arguments[0]) if arguments else 7, other)
