"""The exporter's country in the window: shown, saved, quoted as the command line quotes it, and its errors."""

from __future__ import annotations

import pytest

from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.paths import resources_dir
from ui.main_window import DEBOUNCE_MS

pytestmark = pytest.mark.gui
EXAMPLE = resources_dir() / "examples" / "italy_textiles_brazil.toml"


def settle(qtbot, window) -> None:
    qtbot.wait(DEBOUNCE_MS + 100)
    assert window.runner.wait(30000)
    qtbot.wait(50)


def tax_items(result, option_id: str) -> list[str]:
    """The countries of the option's premium-tax cost items."""
    return [label.args["country"] for label, _ in result.option(option_id).cost_items
            if getattr(label, "code", None) == "cost_premium_tax"]


def test_the_example_deal_is_quoted_in_the_window_as_on_the_command_line(main_window, qtbot) -> None:
    """The example is an Italian exporter's: the window keeps its country (it used to drop it, which took away
    Italy's premium tax and changed the recommended option)."""
    window = main_window(None)
    with qtbot.waitSignal(window.result_ready, timeout=60000):
        window.example_button.click()
    assert window.form.exporter_country.currentData() == "ITA"
    shown = window.result
    expected = price_deal(load_deal(EXAMPLE), window.market, today=shown.deal.valuation_date)
    assert shown.recommended == expected.recommended
    for option in expected.options:
        assert shown.option(option.id).min_price == option.min_price, option.id
        assert shown.option(option.id).cost == option.cost, option.id
    assert tax_items(shown, "private_insurance") == ["ITA"]


def test_the_exporters_country_changes_the_premium_tax_and_is_saved(main_window, qtbot, tmp_path) -> None:
    window = main_window(EXAMPLE)
    form = window.form
    assert form.exporter_country.currentData() == "ITA" and "Ital" in form.exporter_country.currentText()
    assert tax_items(window.result, "private_insurance") == ["ITA"]
    form.exporter_country.setCurrentIndex(-1)
    form.exporter_country.setEditText("")
    settle(qtbot, window)
    assert "country" not in form.values()["exporter"]
    assert tax_items(window.result, "private_insurance") == []
    assert "premium_tax_unknown" in [getattr(n, "code", None) for n in window.result.option("private_insurance").notes]
    form.exporter_country.setCurrentIndex(form.exporter_country.findData("DEU"))
    settle(qtbot, window)
    assert tax_items(window.result, "private_insurance") == ["DEU"]
    path = tmp_path / "deal.json"
    assert window.save_to(path)
    assert load_deal(path).exporter.country == "DEU"


def test_an_unknown_exporters_country_is_shown_under_its_field(main_window, qtbot) -> None:
    window = main_window(EXAMPLE)
    form = window.form
    form.exporter_country.setEditText("Atlantis")
    settle(qtbot, window)
    error = form.findChild(object, "error:exporter.country")
    assert error.isVisible() and "Atlantis" in error.text()
    assert window.result is None
