"""The main window's reports: the deal's PDF (with its what-if section), file names and folders for saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from . import settings as keys


class ReportActions:
    """Mixed into MainWindow: File > Export PDF, the suggested file names and the folder a save dialog opens in.

    Its texts keep the "MainWindow" translation context (QCoreApplication.translate), as when they were written in
    the window's own class.
    """

    report_what_if: Any = None  # the what-if figures of the last PDF written (the What-if tab's when it had them)

    def suggested_name(self, suffix: str) -> str:
        """A file name from the deal: "Confecções Paulista Ltda - 2026-10-30.json"."""
        values = self.form.values()
        name = values["buyer"].get("name", "").strip() or QCoreApplication.translate("MainWindow", "Deal")
        return safe_file_name(f"{name} - {values['valuation_date']}") + suffix

    def start_folder(self) -> str:
        """The folder a save dialog opens in: the last one used, else the documents folder."""
        last = self.settings.get(keys.LAST_FOLDER)
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def remember_folder(self, path: Path) -> None:
        self.settings.set(keys.LAST_FOLDER, str(path.parent))

    def export_dialog(self) -> None:
        if self.result is None:
            self.show_message(QCoreApplication.translate("MainWindow", "Wait for the figures to appear, then export."))
            return
        from .report_dialog import ask_report_options

        options = ask_report_options(self, self.settings)
        if options is None:
            return
        start = str(Path(self.start_folder()) / self.suggested_name(".pdf"))
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "Export PDF"), start,
                                              QCoreApplication.translate("MainWindow", "PDF files (*.pdf)"))
        if path:
            target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
            self.remember_folder(target)
            self.export_pdf(target)

    def export_pdf(self, path: Path) -> int:
        """Render the current result's report in the background and write it atomically; its what-if section
        takes the What-if tab's figures when they are this result's (WhatIfView.computed), else computes them."""
        from exportrisk.report.api import load_logo, write_report
        from exportrisk.report.build_deal import build_deal_report
        from exportrisk.report.render import render_pdf

        result, lang = self.result, self.settings.get(keys.REPORT_LANGUAGE)
        adviser, organisation = self.settings.get(keys.ADVISER), self.settings.get(keys.ORGANISATION)
        logo_path = self.settings.get(keys.LOGO_PATH)

        keep = self.settings.get(keys.REGISTER_PDF)

        market = self.market
        known = self.whatif.computed(result, market)  # the What-if tab's figures, when they are this quote's

        def work(progress: Any) -> tuple[Path, Any, list[Any]]:
            from exportrisk.engine.whatif import what_if
            from exportrisk.register.quotes import Recorder

            logo = load_logo(Path(logo_path)) if logo_path else None
            # the report's what-if section, as the CLI's
            shifted = known if known is not None else what_if(result.deal, result, market)
            pdf = render_pdf(build_deal_report(result, lang, adviser, organisation, logo, None, shifted))
            write_report(pdf, path)
            recorder = Recorder(keep)
            recorder.record(result, path, pdf)  # a register problem is a note; the PDF is written either way
            recorder.close()
            return path, shifted, recorder.notes  # handed to the GUI thread, which alone touches the window

        return self._start("pdf", work)

    def _pool_report_written(self, path: str) -> None:
        self.show_message(QCoreApplication.translate("MainWindow", "Report written to %1").replace("%1", path))
        self.offer_to_open(Path(path))

    def _pdf_written(self, path: Path, what_if: Any, register_notes: list[Any]) -> None:
        self.report_what_if = what_if
        self.show_message(QCoreApplication.translate("MainWindow", "Report written to %1").replace("%1", str(path)))
        for note in register_notes:
            self.show_message(self.translate_message(note))
        self.report_written.emit(str(path))
        self.offer_to_open(path)

    def offer_to_open(self, path: Path) -> None:
        """Ask to open a written PDF; say so when no program opens it."""
        if not self.isVisible() or self.property("quiet"):
            return
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Report written"),
            QCoreApplication.translate("MainWindow", "Open the PDF now?\n%1").replace("%1", str(path)))
        if answer == QMessageBox.StandardButton.Yes and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            text = QCoreApplication.translate(
                "MainWindow", "No program to open PDF files was found on this computer. The report is saved as:\n%1")
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "No PDF viewer"),
                                    text.replace("%1", str(path)))


def safe_file_name(text: str) -> str:
    """`text` without the characters file systems refuse (/ \\ : * ? " < > |)."""
    return "".join("-" if c in '/\\:*?"<>|' else c for c in text).strip(" .") or "deal"
