"""Benchmark, run on demand (`make bundle-bench`): build the bundle, then its size, file count and window start
against `python main.py`, all in one run."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench_gui_start import time_to_shown

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_facts import MAX_FILES, MAX_MEGABYTES, bundle_folder, program  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true", help="measure the bundle already in dist/")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py")], check=True)
    facts = json.loads((ROOT / "dist" / "bundle-facts.json").read_text(encoding="utf-8"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), EXPORTRISK_OFFLINE="1",
               EXPORTRISK_EXIT_AFTER_SHOW="1")
    bundle = [str(program(bundle_folder(ROOT / "dist"), "ExportRisk"))]
    source = [sys.executable, str(ROOT / "main.py")]
    for command in (bundle, source):  # one warm-up each: both then start from a warm disk cache
        time_to_shown(command, env)
    pairs = [(time_to_shown(bundle, env), time_to_shown(source, env)) for _ in range(args.runs)]  # interleaved:
    frozen = statistics.median(b for b, _ in pairs)  # a load change on the machine hits both alike
    script = statistics.median(s for _, s in pairs)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {sys.platform}, {env['QT_QPA_PLATFORM']} "
          f"platform, median of {args.runs} interleaved starts after one warm-up")
    print(f"  bundle build time            {facts['build_seconds']:7.0f} s")
    print(f"  bundle size                  {facts['megabytes']:7.0f} MB   (target <= {MAX_MEGABYTES})")
    print(f"  bundle files                 {facts['files']:7d}      (target <= {MAX_FILES})")
    print(f"  bundle needs glibc           {facts['glibc'] or 'n/a':>7}")
    print(f"  window start, python main.py {script:7.3f} s")
    print(f"  window start, bundle         {frozen:7.3f} s")
    print(f"  ratio bundle / python        {frozen / script:7.2f}      (target <= 1.5)")


if __name__ == "__main__":
    main()
