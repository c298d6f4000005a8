"""Benchmark, run on demand (`make bench`): cold start to a visible window, ExportRisk next to a bare PySide6 window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = ("from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from PySide6.QtCore import QTimer\n"
        "app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show()\n"
        "QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit())); app.exec()\n")


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to the line "shown" (the first event-loop turn after show())."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never showed a window")
    proc.wait(timeout=30)
    return elapsed


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), EXPORTRISK_OFFLINE="1",
               EXPORTRISK_EXIT_AFTER_SHOW="1")
    runs = 7
    bare = [time_to_shown([sys.executable, "-c", BARE], env) for _ in range(runs)]
    app = [time_to_shown([sys.executable, str(ROOT / "main.py")], env) for _ in range(runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {env['QT_QPA_PLATFORM']} platform, "
          f"median of {runs} cold starts")
    print(f"  bare PySide6 window          {b:6.3f} s")
    print(f"  ExportRisk main window       {a:6.3f} s")
    print(f"  ratio                        {a / b:6.2f}  (target <= 2)")


if __name__ == "__main__":
    main()
