"""Regenerate docs/screenshots (`make screenshots`: every language): the window's tabs and settings at 1366x768."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EXPORTRISK_OFFLINE"] = "1"
os.environ["EXPORTRISK_DATA_DIR"] = tempfile.mkdtemp(prefix="exportrisk-shots-")

from PySide6.QtCore import QTimer  # noqa: E402

from exportrisk.paths import resources_dir  # noqa: E402
from ui import settings as keys  # noqa: E402
from ui.app import create_app, load_translations  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1366, 768  # a common laptop screen, the smallest the window is laid out for


def settings_shot(window, dialog, image) -> None:  # noqa: ANN001
    """The dialog drawn over the window (its main shot), centred and dimmed behind, as a user sees it."""
    from PySide6.QtGui import QColor, QPainter

    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(0, 0, 0, 70))
    shot = dialog.grab()
    painter.drawPixmap((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2, shot)
    painter.end()
    image.save(str(OUT / f"settings_{lang_of(window)}.png"))


def lang_of(window) -> str:  # noqa: ANN001
    return window.settings.get(keys.LANGUAGE)


def shoot(lang: str) -> None:
    app = create_app([])
    settings = AppSettings()
    settings.set(keys.LANGUAGE, lang)
    settings.set(keys.SIMULATION_PATHS, 50_000)
    settings.set(keys.REPORT_LANGUAGE, lang)
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    app._translators = load_translations(app, lang)  # noqa: SLF001
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog

    window = MainWindow(settings)
    window.setProperty("quiet", True)
    window.resize(WIDTH, HEIGHT)
    window.show()

    def consortium() -> None:
        view = window.consortium
        window.tabs.setCurrentWidget(window.consortium_holder)
        view.load_pool_file(resources_dir() / "examples" / "pools" / "brianza_furniture.toml")
        view.analysis_finished.connect(lambda _data: QTimer.singleShot(400, finish))
        view.analyse(20_000)

    def finish() -> None:
        window.grab().save(str(OUT / f"consortium_{lang}.png"))
        window.tabs.setCurrentIndex(0)
        shots["finance"] = True
        window.open_file(resources_dir() / "examples" / "deals" / "machinery_5y.toml")

    def finance() -> None:
        for view, name in ((window.financing, "financing"), (window.stress, "stress")):
            window.tabs.setCurrentWidget(view)
            app.processEvents()
            window.grab().save(str(OUT / f"{name}_{lang}.png"))
        app.quit()

    shots = {"finance": False}

    def result(_result: object) -> None:
        if shots["finance"]:
            QTimer.singleShot(400, finance)
            return

        def later() -> None:
            app.processEvents()  # pending layouts (a note that has just been set wraps to the pane's width)
            main = window.grab()
            main.save(str(OUT / f"main_{lang}.png"))
            dialog = SettingsDialog(settings, window)
            dialog.show()
            QTimer.singleShot(200, lambda: (settings_shot(window, dialog, main), dialog.close(), what_if()))
        QTimer.singleShot(400, later)

    def what_if() -> None:
        def shot() -> None:
            app.processEvents()
            window.grab().save(str(OUT / f"whatif_{lang}.png"))
            window.whatif.finished.disconnect(later_shot)
            consortium()

        def later_shot() -> None:
            QTimer.singleShot(300, shot)

        window.whatif.finished.connect(later_shot)
        window.tabs.setCurrentWidget(window._whatif_tab)  # noqa: SLF001 (its re-quotes start when it is shown)

    window.market_ready.connect(lambda: window.open_file(resources_dir() / "examples" / "italy_textiles_brazil.toml"))
    window.result_ready.connect(result)
    window.start()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    window.runner.wait()
    window.setWindowModified(False)
    window.close()


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    shoot(sys.argv[1] if len(sys.argv) > 1 else "en")
