"""The settings dialog's parameter table writes each value by its declared unit, in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidget

from exportrisk.parameters import installed_parameters
from ui import i18n
from ui.settings import AppSettings
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def shown_values(qtbot) -> dict[str, str]:
    """The Value column of the parameter table, by parameter label."""
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "parameters")
    return {table.item(row, 1).text(): table.item(row, 2).text() for row in range(table.rowCount())}


@pytest.mark.parametrize(("lang", "point"), [("en", "."), ("it", ","), ("de", ",")])
def test_the_parameter_values_read_by_unit_in_the_window_language(qtbot, in_language, lang: str,
                                                                   point: str) -> None:
    in_language(lang)
    words = i18n.words(lang)
    shown = shown_values(qtbot)
    params = installed_parameters()
    share = params.values["lgd"]["lc_confirmed"]  # a share: 0.333 is 33.3 %
    assert shown[words("param_lgd_lc_confirmed")].startswith(f"{share * 100:g}".replace(".", point))
    assert "%" in shown[words("param_lgd_lc_confirmed")]
    fee = shown[words("param_letter_of_credit_advising_fee_eur")]
    assert fee.endswith("EUR") and f"{point}00" in fee
    months = shown[words("param_state_cover_waiting_months")]
    assert months.startswith(str(params.values["state_cover"]["waiting_months"])) and months[-1].isalpha()
    political = shown[words("param_private_insurance_covers_political")]
    assert political == words("yes" if params.values["private_insurance"]["covers_political"] else "no")
    seed = params.values["simulation"]["seed"]
    assert shown[words("param_simulation_seed")] == str(seed)  # a code, not a quantity with separators
