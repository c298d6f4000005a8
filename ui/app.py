"""Start the desktop app: translations, error handling, the main window; `--self-test` runs it end to end."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from exportrisk import __version__
from exportrisk.paths import resources_dir

from . import i18n
from . import settings as keys
from .errors import install as install_error_handling
from .settings import AppSettings

SELF_TEST_TIMEOUT_MS = 120_000
# Texts of Qt's own file dialog that a wheel's qtbase_xx.qm lacks (PySide6 6.11's German one: "Look in:",
# "Files of type:"). They are translated in our .ts files, and Qt finds them through our translator.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"))


def load_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Install ExportRisk's and Qt's own translations (qtbase_xx.qm: the standard dialogs) for `language`.

    `language` is a setting ("system" follows the OS); the languages offered, and each one's number and date
    locale, come from the languages catalogue (exportrisk.languages). Returns the translators installed.
    """
    code = i18n.resolve(language)
    installed = []
    for folder, name in ((resources_dir() / "i18n" / "qt", f"exportrisk_{code}"),
                         (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{code}")):
        translator = QTranslator(app)
        if code != "en" and translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    i18n.set_current(code)  # numbers, dates and engine texts in that language
    return installed


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's notice that it cannot resize to size hints."""
    if "propagateSizeHints" in message:
        return
    sys.stderr.write(message + "\n")


def create_app(argv: Sequence[str]) -> QApplication:
    qInstallMessageHandler(_quiet_qt_messages)
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("ExportRisk")
    app.setOrganizationName("ExportRisk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("exportrisk")  # matches packaging/linux/exportrisk.desktop (Wayland uses it for the icon)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "exportrisk.png")))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI event loop until the window closes; return the exit code."""
    argv = list(argv or sys.argv)
    if "--version" in argv[1:]:
        print(f"exportrisk {__version__}")
        return 0
    if "--self-test" in argv:
        return self_test(argv)
    app = create_app(argv)
    install_error_handling()
    settings = AppSettings()
    load_translations(app, settings.get(keys.LANGUAGE))
    from .main_window import MainWindow, autosave_path

    window = MainWindow(settings)
    window.show()
    if os.environ.get("EXPORTRISK_EXIT_AFTER_SHOW"):  # the start-up benchmark's probe and the exit-loop test
        QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close(), app.quit()))
        return app.exec()
    QTimer.singleShot(0, window.start)
    if autosave_path().is_file():
        QTimer.singleShot(200, lambda: _offer_recovery(window))
    return app.exec()


def _offer_recovery(window) -> None:  # noqa: ANN001
    answer = QMessageBox.question(
        window, QCoreApplication.translate("App", "Recover unsaved deal?"),
        QCoreApplication.translate("App", "ExportRisk did not close normally last time. Restore the deal you "
                                          "were editing?"))
    if answer == QMessageBox.StandardButton.Yes:
        window.recover_on_load = True
    else:
        from .main_window import autosave_path

        autosave_path().unlink(missing_ok=True)


def self_test(argv: Sequence[str]) -> int:
    """Start offscreen, load an example, compute, export a PDF to a temporary folder, exit 0.

    Any failure ends it at once with exit code 1 and the real error on stderr (a refused deal, a failed
    background task with its traceback, an unexpected exception), not only when the time limit runs out.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("EXPORTRISK_OFFLINE", "1")
    with tempfile.TemporaryDirectory(prefix="exportrisk-self-test-") as folder:
        os.environ["EXPORTRISK_DATA_DIR"] = str(Path(folder) / "data")
        app = create_app(argv)
        from exportrisk.errors import ExportRiskError

        from .main_window import MainWindow

        window = MainWindow()
        window.setProperty("quiet", True)
        state = {"code": 1, "error": "", "step": "loading the market data", "message": ""}
        pdf = Path(folder) / "self-test.pdf"

        def fail(text: str) -> None:
            state["error"] = state["error"] or text
            app.quit()

        def unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            fail("".join(traceback.format_exception(kind, error, tb)).rstrip())

        def loaded() -> None:
            state["step"] = "computing the example"
            example = resources_dir() / "examples" / "italy_textiles_brazil.toml"
            # from here on a refused deal is the example's fault (the empty form before it is refused too)
            window.input_error.connect(lambda text: fail(f"the example was refused: {text}"))
            if not window.open_file(example):
                fail(state["message"] or f"cannot open {example}")

        def computed(_result) -> None:  # noqa: ANN001
            state["step"] = "writing the PDF"
            window.export_pdf(pdf)

        def written(_text: str) -> None:
            if not (pdf.is_file() and pdf.stat().st_size > 10_000):
                return fail(f"the PDF {pdf} is missing or too small")
            state["step"] = "loading the network layer (no request is made)"
            from exportrisk.market.yahoo import load_downloader

            load_downloader()
            state["code"] = 0
            print(f"self-test: computed the example and wrote {pdf.stat().st_size:,} bytes of PDF")
            app.quit()

        window.market_ready.connect(loaded)
        window.result_ready.connect(computed)
        window.report_written.connect(written)
        window.message_shown.connect(lambda text: state.update(message=text))
        window.runner.signals.failed.connect(
            lambda _task, error, details: fail(str(error) if isinstance(error, ExportRiskError) else details.rstrip()))
        previous_hook, sys.excepthook = sys.excepthook, unexpected
        try:
            window.settings.set(keys.SIMULATION_PATHS, 20_000)
            window.show()
            window.start()
            QTimer.singleShot(SELF_TEST_TIMEOUT_MS, lambda: fail(
                f"{state['step']} did not finish within {SELF_TEST_TIMEOUT_MS // 1000} s"))
            app.exec()
            window.runner.wait()
        finally:
            sys.excepthook = previous_hook
        if state["code"]:
            print(f"self-test: FAILED while {state['step']}: {state['error']}", file=sys.stderr)
        return state["code"]


if __name__ == "__main__":
    raise SystemExit(main())
