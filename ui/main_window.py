"""The main window: for now the title and the status of the FX data in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from exportrisk.market.service import DataStatus


class MainWindow(QMainWindow):
    """Top-level window; later issues add the deal form and the results area."""

    def __init__(self, status: DataStatus | None, error: str | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("ExportRisk"))
        self.resize(1280, 800)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        title = QLabel(self.tr("ExportRisk — export deal risk and cover"), central)
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.data_label = QLabel(central)
        self.data_label.setObjectName("dataStatus")
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        layout.addWidget(self.data_label)
        hint = QLabel(self.tr("The deal form and cover comparison come next. Meanwhile the command "
                              "line measures the FX risk of a receivable, for example:\n"
                              "  exportrisk fx --home EUR --foreign USD --amount 250000 --days 120"),
                      central)
        hint.setObjectName("hint")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.show_data_status(status, error)

    def show_data_status(self, status: DataStatus | None, error: str | None = None) -> None:
        """Show the FX source and its as-of date in the window and the status bar."""
        if status is None:
            text = self.tr("FX data unavailable: %1").replace("%1", error or "")
        else:
            text = (self.tr("FX rates: %1, %2 to %3 (%4 currencies quoted on the last date); %5 days old")
                    .replace("%1", status.source)
                    .replace("%2", status.first_date.isoformat())
                    .replace("%3", status.last_date.isoformat())
                    .replace("%4", str(status.currencies))
                    .replace("%5", str(status.age_days)))
        self.data_label.setText(text)
        self.statusBar().showMessage(text)
