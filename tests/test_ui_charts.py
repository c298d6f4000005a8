"""The charts panel plots what the engine computed: FX history and band, loss distributions, cost vs risk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exportrisk.deal.io import deal_from_dict, load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import QUANTILE_LEVELS, QuoteResult
from exportrisk.paths import resources_dir
from ui.charts import ChartsPanel

ROOT = Path(__file__).resolve().parent.parent
HOME_DEAL = {
    "schema": 1, "valuation_date": "2026-10-30",
    "exporter": {"name": "Tessitura Lariana", "home_currency": "EUR"},
    "buyer": {"name": "Confeccoes Paulista", "country": "BRA", "rating": "BB"},
    "deal": {"amount": 180_000, "currency": "EUR", "payment_days": 120, "instrument": "open_account",
             "cost": 128_000},
}


@pytest.fixture(scope="module")
def priced(shared_cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, QuoteResult]:
    """One USD and one home-currency quote per module (the same private folders as every test)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXPORTRISK_CACHE_DIR", str(shared_cache_dir))
        mp.setenv("EXPORTRISK_DATA_DIR", str(tmp_path_factory.mktemp("charts-data")))
        return {"usd": price_deal(load_deal(resources_dir() / "examples/italy_textiles_brazil.toml"), paths=5000),
                "home": price_deal(deal_from_dict(HOME_DEAL), paths=5000)}


@pytest.fixture
def panel(qtbot) -> ChartsPanel:
    widget = ChartsPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    return widget


def available(result: QuoteResult) -> list:
    return [o for o in result.options if o.available]


def test_placeholder_until_first_result(panel: ChartsPanel) -> None:
    assert panel.figure_count() == 0 and panel.plotted() == {}
    assert panel.tabs is None
    assert panel.placeholder.isVisibleTo(panel) and panel.placeholder.text()


def test_real_result_draws_three_charts(panel: ChartsPanel, priced: dict[str, QuoteResult]) -> None:
    result = priced["usd"]
    panel.show_result(result)
    assert panel.figure_count() == 3 and panel.tabs is not None
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == ["Exchange rate", "Retained loss",
                                                                           "Cost vs risk"]
    assert not panel.placeholder.isVisibleTo(panel)
    shown = panel.plotted()
    assert shown["fx"]["lines"] == [("EUR per USD", len(result.charts.history))]
    assert len(result.charts.history) > 500 and shown["fx"]["bands"] == 1

    options = available(result)
    losses = shown["losses"]["lines"]
    assert len(losses) == len(options) == len(result.ranking)
    assert all(points == len(QUANTILE_LEVELS) for _, points in losses)
    best = result.option(result.recommended)
    assert shown["losses"]["highlighted"] == [f"{best.name} (recommended)"]

    assert shown["cost_risk"]["points"] == len(options)
    assert sorted(shown["cost_risk"]["texts"]) == sorted(o.name for o in options)
    assert shown["cost_risk"]["lines"] == []


def test_option_picker_shows_one_option(panel: ChartsPanel, priced: dict[str, QuoteResult]) -> None:
    result = priced["usd"]
    panel.show_result(result)
    combo = panel.option_combo
    assert combo is not None and combo.count() == len(available(result)) + 1
    index = combo.findData("fx_forward")
    combo.setCurrentIndex(index)
    assert panel.plotted()["losses"]["lines"] == [("FX forward", len(QUANTILE_LEVELS))]
    combo.setCurrentIndex(0)
    assert len(panel.plotted()["losses"]["lines"]) == len(available(result))


def test_home_currency_deal_shows_text_instead_of_fx(panel: ChartsPanel, priced: dict[str, QuoteResult]) -> None:
    result = priced["home"]
    assert result.home == result.foreign == "EUR"
    panel.show_result(result)
    assert panel.figure_count() == 2
    assert "fx" not in panel.plotted()
    assert panel.no_fx_label is not None and panel.no_fx_label.isVisibleTo(panel)
    assert "home currency (EUR)" in panel.no_fx_label.text()
    assert panel.plotted()["cost_risk"]["points"] == len(available(result))
    panel.show_result(priced["usd"])  # a foreign-currency deal brings the chart back
    assert panel.figure_count() == 3 and not panel.no_fx_label.isVisibleTo(panel)


def test_clear_returns_to_placeholder(panel: ChartsPanel, priced: dict[str, QuoteResult]) -> None:
    panel.show_result(priced["usd"])
    panel.clear()
    assert panel.figure_count() == 0 and panel.plotted() == {}
    assert panel.placeholder.isVisibleTo(panel) and panel.option_combo.count() == 0
    panel.show_result(priced["usd"])
    assert panel.figure_count() == 3
    panel.show_result(None)
    assert panel.figure_count() == 0 and panel.placeholder.isVisibleTo(panel)


def test_grab_renders_each_tab(qtbot, panel: ChartsPanel, priced: dict[str, QuoteResult], tmp_path: Path) -> None:
    panel.show_result(priced["usd"])
    panel.show()
    qtbot.waitExposed(panel)
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        image = panel.grab()
        assert not image.isNull() and image.width() >= 800
        assert image.save(str(tmp_path / f"chart{i}.png"))


def test_matplotlib_loads_only_with_the_first_result() -> None:
    code = ("import sys\nfrom PySide6.QtWidgets import QApplication\nfrom ui.charts import ChartsPanel\n"
            "app = QApplication([])\npanel = ChartsPanel()\npanel.show()\napp.processEvents()\n"
            "assert not [m for m in sys.modules if m.startswith('matplotlib')], 'matplotlib imported'\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr


def rendered_pixels(canvas) -> int:  # noqa: ANN001 (a matplotlib canvas)
    """How many pixels of a canvas's last rendering are not white (0 when it was never rendered)."""
    import numpy as np

    if getattr(canvas, "renderer", None) is None:
        return 0
    pixels = np.asarray(canvas.buffer_rgba())[..., :3]
    return int((pixels < 250).any(axis=-1).sum())


def test_only_the_shown_chart_is_rendered_and_a_hidden_one_when_its_tab_opens(
        panel: ChartsPanel, priced: dict[str, QuoteResult], qtbot) -> None:
    panel.show()
    panel.show_result(priced["usd"])
    canvases = panel._canvases
    qtbot.waitUntil(lambda: rendered_pixels(canvases["fx"]) > 1000)
    assert rendered_pixels(canvases["losses"]) == 0 and rendered_pixels(canvases["cost_risk"]) == 0
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: rendered_pixels(canvases["losses"]) > 1000)
    assert rendered_pixels(canvases["cost_risk"]) == 0
