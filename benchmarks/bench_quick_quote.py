"""Benchmark, run on demand: the clerk's quick quote, from the last keystroke to the final figures on screen.

From a blank window with the country chosen, the keys Tab 2 5 0 k Tab u Tab 6 0 (ten) give 250,000 USD at 60 days
(rating BB as shown). The time from the last key to the recommended cover and minimum price on screen (target
100 ms), and to the chart that follows them, is printed next to the engine alone pricing the same deal (the exact
engine as the window calls it, no window), and their ratio.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EXPORTRISK_OFFLINE"] = "1"
os.environ["EXPORTRISK_DATA_DIR"] = tempfile.mkdtemp(prefix="exportrisk-bench-")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui import settings as keys  # noqa: E402

KEYS = (Qt.Key.Key_Tab, "2", "5", "0", "k", Qt.Key.Key_Tab, "u", Qt.Key.Key_Tab, "6", "0")
RUNS = 7


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def one_quote(window, days: str) -> float:  # noqa: ANN001
    """Type the quick quote (the days vary so that every run prices a new deal); seconds from the last key."""
    window.setWindowModified(False)  # no "save changes?" question between runs
    window.new_deal()
    form = window.form
    form.country.setFocus()
    form.country.setCurrentIndex(form.country.findData("TUR"))
    done = QEventLoop()
    stamps: dict[str, float] = {}
    window.result_ready.connect(lambda _r: stamps.setdefault("shown", time.perf_counter()))
    for key in (*KEYS[:-2], *days):
        QTest.keyClick(QApplication.focusWidget(), key)
        wait(5)
    stamps["last"] = time.perf_counter()

    def chart_rendered(_event: object) -> None:
        if "shown" in stamps:  # the chart of the new figures, not of an earlier edit
            stamps.setdefault("chart", time.perf_counter())
            done.quit()

    canvas = shown_canvas(window)
    watch = canvas.mpl_connect("draw_event", chart_rendered) if canvas is not None else None
    QTimer.singleShot(60_000, done.quit)
    done.exec()
    if watch is not None:
        canvas.mpl_disconnect(watch)
    window.result_ready.disconnect()
    assert "shown" in stamps, "no figures within 60 s"
    assert window.result.deal.terms.payment_days == int(days)
    return stamps["shown"] - stamps["last"], stamps.get("chart", float("nan")) - stamps["last"]


def shown_canvas(window):  # noqa: ANN001, ANN201
    """The chart canvas whose tab is shown (None before the first result built the charts)."""
    charts = window.charts
    if charts.tabs is None:
        return None
    return charts._canvases[("fx", "losses", "cost_risk")[charts.tabs.currentIndex()]]  # noqa: SLF001


def engine_alone(window, days: int) -> float:  # noqa: ANN001
    from exportrisk.deal.io import deal_from_dict
    from exportrisk.engine.quote import price_deal

    data = window.form.values(quoting=True)
    data["deal"]["payment_days"] = days
    start = time.perf_counter()
    deal = deal_from_dict(data)
    price_deal(deal, window.market, paths=window.settings.get(keys.SIMULATION_PATHS), method="exact")
    return time.perf_counter() - start


def main() -> None:
    from ui.main_window import DEBOUNCE_MS, MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.setProperty("quiet", True)
    window.show()
    ready = QEventLoop()
    window.market_ready.connect(ready.quit)
    window.start()
    ready.exec()
    one_quote(window, "30")  # warm-up: imports, first figures, charts
    one_quote(window, "31")
    runs = [one_quote(window, str(40 + i)) for i in range(RUNS)]
    engine = [engine_alone(window, 40 + i) for i in range(RUNS)]
    s, c = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    e = statistics.median(engine)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {os.environ['QT_QPA_PLATFORM']} platform, "
          f"median of {RUNS} quick quotes (10 keystrokes after the country)")
    print(f"  last keystroke to final figures    {s:6.3f} s  (of which {DEBOUNCE_MS} ms typing pause; target 0.100 s)")
    print(f"  last keystroke to the shown chart  {c:6.3f} s")
    print(f"  engine alone, same deal            {e:6.3f} s")
    print(f"  window / engine                    {s / e:6.2f}")
    window.setWindowModified(False)
    window.close()
    window.runner.wait()
    app.quit()


if __name__ == "__main__":
    main()
