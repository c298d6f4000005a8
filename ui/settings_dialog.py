"""The settings dialog: home currency, languages, adviser branding, offline mode, today's CIRR, the parameters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exportrisk.languages import report_languages, window_languages

from . import i18n
from . import settings as keys
from .report_dialog import add_languages
from .settings import AppSettings


class SettingsDialog(QDialog):
    """Edits the declared settings; the parameter tab shows the defaults and opens the user's editable copy."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent, objectName="settingsDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        tabs = QTabWidget(self)
        general = QWidget(tabs)
        form = QFormLayout(general)
        self.home = QLineEdit(settings.get(keys.HOME_CURRENCY), general, objectName="homeCurrency")
        self.language = QComboBox(general, objectName="language")
        self.language.addItem(self.tr("System language"), "system")
        add_languages(self.language, window_languages())
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(keys.LANGUAGE))))
        self.report_language = QComboBox(general, objectName="reportLanguage")
        add_languages(self.report_language, report_languages())
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(settings.get(keys.REPORT_LANGUAGE))))
        self.adviser = QLineEdit(settings.get(keys.ADVISER), general, objectName="adviser")
        self.organisation = QLineEdit(settings.get(keys.ORGANISATION), general, objectName="organisation")
        self.logo = QLineEdit(settings.get(keys.LOGO_PATH), general, objectName="logo")
        browse = QPushButton(self.tr("Choose…"), general)
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(browse)
        from exportrisk.paths import offline_forced

        self.offline = QCheckBox(self.tr("Never use the network (offline mode)"), general, objectName="offlineMode")
        self.offline.setChecked(settings.get(keys.OFFLINE) or offline_forced())
        if offline_forced():
            self.offline.setEnabled(False)
            self.offline.setToolTip(self.tr("Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the "
                                            "environment."))
        self.paths = QSpinBox(general, objectName="paths", minimum=1000, maximum=5_000_000, singleStep=50_000)
        self.paths.setValue(settings.get(keys.SIMULATION_PATHS))
        form.addRow(self.tr("Home currency"), self.home)
        form.addRow(self.tr("Window language"), self.language)
        form.addRow(self.tr("Report language"), self.report_language)
        form.addRow(self.tr("Adviser"), self.adviser)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Logo (PNG or JPEG)"), logo_row)
        form.addRow(self.tr("Simulation paths"), self.paths)
        form.addRow("", self.offline)
        note = QLabel(self.tr("A new window language applies at the next start."), general, wordWrap=True)
        form.addRow("", note)
        tabs.addTab(general, self.tr("General"))
        self.tabs = tabs
        self.finance_tab = self._finance_tab(tabs)
        tabs.addTab(self.finance_tab, self.tr("Export finance"))
        tabs.addTab(self._parameters_tab(tabs), self.tr("Default parameters"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _parameters_tab(self, parent: QWidget) -> QWidget:
        from exportrisk.parameters import load_parameters

        tab = QWidget(parent)
        column = QVBoxLayout(tab)
        params = load_parameters()
        rows = [(section, key, value, params.info[section]) for section, values in params.values.items()
                for key, value in values.items()]
        table = QTableWidget(len(rows), 4, tab, objectName="parameters")
        table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Parameter"), self.tr("Value"),
                                         self.tr("Source and date")])
        for row, (section, key, value, info) in enumerate(rows):
            flag = self.tr(" (assumption)") if info.assumption else ""
            source = i18n.text(f"source_{section}") if i18n.words("en").has(f"source_{section}") else info.source
            texts = (i18n.text(f"section_{section}") if i18n.words("en").has(f"section_{section}") else section,
                     i18n.text(f"param_{section}_{key}") if i18n.words("en").has(f"param_{section}_{key}") else key,
                     shown_value(value, f"{section}.{key}"), f"{source} ({info.as_of}){flag}")
            for column_index, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column_index, item)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(QLabel(self.tr("Defaults shipped with ExportRisk. To change them, edit your own copy; "
                                        "the installed tables are never changed."), tab, wordWrap=True))
        column.addWidget(table)
        edit = QPushButton(self.tr("Open my editable copy"), tab, objectName="editParameters")
        edit.clicked.connect(self.open_user_copy)
        column.addWidget(edit)
        return tab

    def _finance_tab(self, parent: QWidget) -> QWidget:
        """Today's CIRR per currency: used for a deal's buyer credit when the deal gives none for its currency."""
        tab = QWidget(parent)
        column = QVBoxLayout(tab)
        column.addWidget(QLabel(self.tr(
            "Today's CIRR (the OECD minimum fixed rate for supported export credits) per currency, percent a year. "
            "A deal's buyer credit uses it when the deal gives no CIRR for its invoice currency; a CIRR typed in "
            "the deal wins. The bundled table ends in 2023: type the rate published this month."), tab,
                                wordWrap=True))
        self.cirr = QTableWidget(0, 2, tab, objectName="cirrSettings")
        for index, (text, tip) in enumerate((
                (self.tr("Currency"), self.tr("The currency of the credit, three letters, e.g. USD.")),
                (self.tr("CIRR, % a year"), self.tr("This month's CIRR for the currency, percent a year, e.g. %1.")
                 .replace("%1", i18n.plain(4.5))))):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.cirr.setHorizontalHeaderItem(index, item)
        self.cirr.horizontalHeader().setStretchLastSection(True)
        self.cirr.verticalHeader().hide()
        for code, rate in stored_cirr(self.settings).items():
            self.add_cirr(code, i18n.plain(rate, 6))
        column.addWidget(self.cirr)
        self.cirr_error = QLabel(tab, objectName="cirrError", wordWrap=True)
        self.cirr_error.setStyleSheet("color: #c0392b;")
        self.cirr_error.hide()
        column.addWidget(self.cirr_error)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a currency"), tab, objectName="addCirr")
        add.setToolTip(self.tr("Adds a line for one more currency."))
        add.clicked.connect(lambda: self.add_cirr("", ""))
        remove = QPushButton(self.tr("Remove the selected line"), tab, objectName="removeCirr")
        remove.setToolTip(self.tr("Removes the selected currency and its rate."))
        remove.clicked.connect(lambda: self.cirr.removeRow(self.cirr.currentRow()) if self.cirr.currentRow() >= 0
                               else None)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        return tab

    def add_cirr(self, code: str, rate: str) -> None:
        row = self.cirr.rowCount()
        self.cirr.insertRow(row)
        for index, text in enumerate((code, rate)):
            item = QTableWidgetItem(text)
            item.setToolTip(self.cirr.horizontalHeaderItem(index).toolTip())
            self.cirr.setItem(row, index, item)

    def cirr_rates(self) -> dict[str, float] | str:
        """The typed CIRR per currency, or what is wrong with a line."""
        rates: dict[str, float] = {}
        for row in range(self.cirr.rowCount()):
            code, rate = ((self.cirr.item(row, c).text().strip() if self.cirr.item(row, c) else "") for c in (0, 1))
            if not code and not rate:
                continue
            if len(code) != 3 or not code.isalpha():
                return self.tr("Line %1: type the currency as three letters, e.g. USD.").replace("%1", str(row + 1))
            value = i18n.parse_amount(rate).value if rate else None
            if value is None or not 0.0 <= value <= 30.0:
                return self.tr("Line %1: type the CIRR in percent a year, from 0 to 30, e.g. %2.") \
                    .replace("%1", str(row + 1)).replace("%2", i18n.plain(4.5))
            rates[code.upper()] = value
        return rates

    def open_user_copy(self) -> str:
        from exportrisk.tables import ensure_user_copy

        path = ensure_user_copy("parameters.toml")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return str(path)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def accept(self) -> None:
        s = self.settings
        rates = self.cirr_rates()
        if isinstance(rates, str):
            self.cirr_error.setText(rates)
            self.cirr_error.show()
            self.tabs.setCurrentWidget(self.finance_tab)
            return
        s.set(keys.CIRR_PCT, format_cirr(rates))
        s.set(keys.HOME_CURRENCY, self.home.text().strip().upper() or "EUR")
        s.set(keys.LANGUAGE, self.language.currentData())
        s.set(keys.REPORT_LANGUAGE, self.report_language.currentData())
        s.set(keys.ADVISER, self.adviser.text())
        s.set(keys.ORGANISATION, self.organisation.text())
        s.set(keys.LOGO_PATH, self.logo.text())
        if self.offline.isEnabled():
            s.set(keys.OFFLINE, self.offline.isChecked())
        s.set(keys.SIMULATION_PATHS, self.paths.value())
        super().accept()


def shown_value(value: object, name: str = "") -> str:
    """Parameter `name` ("section.key") as the window's language writes it, by its declared unit
    (exportrisk.parameters.format_parameter: "0.15 %", "45 %", "x 1.5", "6 months", "3,000.00 EUR"; a table by
    category entry by entry); a name without a declaration as a plain number or text."""
    from exportrisk.parameters import format_parameter, unit_of

    return format_parameter(value, unit_of(name) if name else None, i18n.current())


def stored_cirr(settings: Any) -> dict[str, float]:
    """Today's CIRR per currency from the settings ("USD=4.5;EUR=3.1"; unreadable entries are skipped)."""
    rates: dict[str, float] = {}
    for entry in str(settings.get(keys.CIRR_PCT) or "").split(";"):
        code, _, rate = entry.partition("=")
        try:
            value = float(rate)
        except ValueError:
            continue
        if len(code.strip()) == 3 and code.strip().isalpha():
            rates[code.strip().upper()] = value
    return rates


def format_cirr(rates: dict[str, float]) -> str:
    """The settings' text of a CIRR table (dot decimals, whatever the window's language)."""
    return ";".join(f"{code}={rate!r}" for code, rate in sorted(rates.items()))
