"""Unexpected errors: an exception dialog with copyable details and the log file's path; logging set up once."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from exportrisk.paths import data_dir

log = logging.getLogger("exportrisk.ui")
_open_dialogs: set[QDialog] = set()


def log_file() -> Path:
    return data_dir() / "exportrisk.log"


def setup_logging() -> Path:
    """Log warnings and errors to the user data folder (one handler, added once)."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


class ExceptionDialog(QDialog):
    """Shows what went wrong, with the full details selectable and a Copy button."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="exceptionDialog")
        self.setWindowTitle(self.tr("ExportRisk: unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Something went wrong that ExportRisk did not expect. Your deal is kept; the "
                               "details below are also in the log file:\n%1").replace("%1", str(log_file())), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details, self, readOnly=True, objectName="details")
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log the error and show the dialog (no dialog when there is no QApplication, e.g. in a script)."""
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("Unexpected error:\n%s", details)
    if QApplication.instance() is not None and not QApplication.closingDown():
        dialog = ExceptionDialog(details, QApplication.activeWindow())
        _open_dialogs.add(dialog)  # without a parent, Python would delete it at once
        dialog.finished.connect(lambda _result, d=dialog: _open_dialogs.discard(d))
        dialog.open()
    else:
        sys.__excepthook__(kind, error, tb)


def install() -> None:
    setup_logging()
    sys.excepthook = excepthook
