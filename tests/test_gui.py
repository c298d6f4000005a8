"""The window starts offscreen, shows the FX data source and date, and `main.py` stays up."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ui.app import load_status
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_window_shows_data_status(qtbot, tmp_path) -> None:
    status, error = load_status()
    assert error is None
    window = MainWindow(status, error)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.data_label.text()
    assert "ECB" in text and "2026-10-30" in text and "1999-01-04" in text
    assert window.statusBar().currentMessage() == text
    image = window.grab()
    assert image.width() >= 800 and image.save(str(tmp_path / "window.png"))


def test_window_reports_missing_data(qtbot) -> None:
    window = MainWindow(None, "ECB history file not found")
    qtbot.addWidget(window)
    assert "not found" in window.data_label.text()


def test_main_py_starts_and_keeps_running() -> None:
    """Like `timeout 15 make run`: the app is still up after a few seconds, with no error output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    noise = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert noise == []
