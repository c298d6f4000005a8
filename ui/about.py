"""About ExportRisk: the version, the licence and the dates of the data it ships, read from the files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QVBoxLayout, QWidget

from exportrisk import __version__


class AboutDialog(QDialog):
    """Version, licence and data dates (ECB history end, OECD list, state tariffs) in one box."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="aboutDialog")
        from exportrisk.about import data_dates

        self.setWindowTitle(self.tr("About ExportRisk"))
        dates = {item.key: item.as_of.isoformat() if item.as_of else self.tr("unknown") for item in data_dates()}
        lines = [
            f"<h3>ExportRisk {__version__}</h3>",
            self.tr("Measures the exchange-rate, buyer and country risk of an export deal and prices the ways "
                    "to cover it."),
            "<br><br><b>" + self.tr("Data shipped with this version") + "</b><br>",
            self.tr("ECB reference rates up to %1").replace("%1", dates["ecb"]) + "<br>",
            self.tr("OECD country risk classification of %1").replace("%1", dates["oecd"]) + "<br>",
            self.tr("State tariffs: short-term %1, OECD minimum premium %2, UKEF %3")
            .replace("%1", dates["tariff_short_term"]).replace("%2", dates["tariff_mpr"])
            .replace("%3", dates["tariff_ukef"]),
            "<br><br>" + self.tr("Free software under the MIT License."),
        ]
        layout = QVBoxLayout(self)
        self.text = QLabel("".join(lines), self, objectName="aboutText", wordWrap=True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 260)


def add_help_menu(window: QMainWindow) -> QAction:
    """A Help menu with About ExportRisk (the macOS application menu takes it by its role)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    action = QAction(QCoreApplication.translate("AboutDialog", "&About ExportRisk…"), window, objectName="about")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: AboutDialog(window).exec())
    menu.addAction(action)
    return action
