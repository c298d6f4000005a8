"""Unexpected errors open a dialog with copyable details and the log file's path, and are logged."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ui import errors


def test_excepthook_shows_details_logs_and_copies(qtbot) -> None:
    errors.setup_logging()
    try:
        raise ZeroDivisionError("a bug in a worker")
    except ZeroDivisionError:
        kind, error, tb = sys.exc_info()
    errors.excepthook(kind, error, tb)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "exceptionDialog")
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: a bug in a worker" in details and "Traceback" in details
    assert any(str(errors.log_file()) in label.text() for label in dialog.findChildren(QLabel))
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith("Copy"))
    copy.click()
    assert "a bug in a worker" in QApplication.clipboard().text()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "a bug in a worker" in errors.log_file().read_text(encoding="utf-8")
    dialog.close()
