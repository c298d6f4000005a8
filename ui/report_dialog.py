"""Before a PDF is written: the report's language, adviser and organisation, asked where the export happens."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from exportrisk.languages import language, report_languages

from . import settings as keys
from .settings import AppSettings


def add_languages(box: QComboBox, codes: tuple[str, ...]) -> None:
    """The catalogue's languages, each under its own name (resources/i18n/languages.csv)."""
    for code in codes:
        box.addItem(language(code).name, code)


class ReportOptionsDialog(QDialog):
    """Language, adviser and organisation of the report; OK stores them as the new defaults."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent, objectName="reportOptions")
        self.settings = settings
        self.setWindowTitle(self.tr("Export PDF report"))
        form = QFormLayout()
        self.language = QComboBox(self, objectName="reportLanguage")
        add_languages(self.language, report_languages())
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(keys.REPORT_LANGUAGE))))
        self.language.setToolTip(self.tr("The language the report is written in; the window keeps its own."))
        self.adviser = QLineEdit(settings.get(keys.ADVISER), self, objectName="adviser")
        self.adviser.setToolTip(self.tr("Who hands the report to the client; printed on its cover."))
        self.organisation = QLineEdit(settings.get(keys.ORGANISATION), self, objectName="organisation")
        self.organisation.setToolTip(self.tr("The adviser's organisation, printed on the cover."))
        form.addRow(self.tr("Report language"), self.language)
        form.addRow(self.tr("Adviser"), self.adviser)
        form.addRow(self.tr("Organisation"), self.organisation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set(keys.REPORT_LANGUAGE, self.language.currentData())
        self.settings.set(keys.ADVISER, self.adviser.text().strip())
        self.settings.set(keys.ORGANISATION, self.organisation.text().strip())
        super().accept()


def ask_report_options(parent: QWidget, settings: AppSettings) -> dict[str, str] | None:
    """Show the dialog; the chosen options (also the new defaults), or None when cancelled."""
    dialog = ReportOptionsDialog(settings, parent)
    if not dialog.exec():
        return None
    return {"lang": settings.get(keys.REPORT_LANGUAGE), "adviser": settings.get(keys.ADVISER),
            "organisation": settings.get(keys.ORGANISATION)}
