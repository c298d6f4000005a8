"""Start the desktop app: one QApplication, the main window, the bundled data status."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from exportrisk.errors import ExportRiskError
from exportrisk.market.service import DataStatus, fx_data_status
from ui.main_window import MainWindow


def load_status() -> tuple[DataStatus | None, str | None]:
    """The FX data status, or the reason it could not be read (shown, never raised)."""
    try:
        return fx_data_status(), None
    except ExportRiskError as exc:
        return None, str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI event loop until the window closes; return the exit code."""
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    app.setApplicationName("ExportRisk")
    app.setOrganizationName("ExportRisk")
    status, error = load_status()
    window = MainWindow(status, error)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
