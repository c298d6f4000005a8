"""The app starts offscreen, shows the FX data source, and `main.py` stays up; `--self-test` passes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_main_py_starts_and_keeps_running() -> None:
    """Like `timeout 15 make run`: the app is still up after a few seconds, with no error output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(5)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    noise = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert noise == []


def test_self_test_exits_zero() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert "wrote" in out.stdout and "bytes of PDF" in out.stdout


def test_the_app_starts_and_quits_cleanly_twenty_times() -> None:
    """Each start shows the window and quits at once: exit code 0 and nothing on stderr, every time (PySide6
    6.12.0 ended about one exit in four with "Fatal Python error: bool_dealloc"; it is excluded)."""
    from concurrent.futures import ThreadPoolExecutor

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXPORTRISK_EXIT_AFTER_SHOW="1")

    def run(_: int) -> tuple[int, str]:
        out = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        return out.returncode, out.stderr

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, range(20)))
    assert [code for code, _ in results] == [0] * 20, results
    assert [err for _, err in results] == [""] * 20
