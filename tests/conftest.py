"""Shared fixtures: private user folders per test, offscreen Qt, and no network at all."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EXPORTRISK_OFFLINE"] = "1"


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, shared_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the cache at a per-session folder and the data folder at a per-test one."""
    monkeypatch.setenv("EXPORTRISK_CACHE_DIR", str(shared_cache_dir))
    data = tmp_path / "userdata"
    monkeypatch.setenv("EXPORTRISK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any Python-level socket connection that leaves the machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost")):
            return real_connect(self, address)
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        raise OSError(f"tests must not touch the network (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def ecb_history():
    """The bundled ECB history, parsed once per session (read-only)."""
    from exportrisk.market.ecb import load_ecb_history

    return load_ecb_history(use_cache=False)


@pytest.fixture
def settings():
    """The window's settings for a test (in its own data folder), with 5,000 simulation paths for speed."""
    from ui import settings as keys
    from ui.settings import AppSettings

    settings = AppSettings()
    settings.set(keys.SIMULATION_PATHS, 5000)
    return settings


@pytest.fixture
def main_window(qtbot, settings):
    """Opens main windows for a test: `main_window(path)` shows one (at `size`, None for its own), loads the market
    data, then opens and quotes the deal file `path` (None: a blank form), waiting for its three charts when
    `charts`. At the end of the test each window is closed with its work stopped and nothing left to save."""
    from PySide6.QtCore import QThreadPool

    from ui.main_window import MainWindow
    from ui.runner import Runner

    def make(path: Path | None = None, size: tuple[int, int] | None = (1366, 768),
             charts: bool = False) -> MainWindow:
        window = MainWindow(settings, Runner(pool=QThreadPool()))

        def before_close(w: MainWindow = window) -> None:
            w.runner.cancel(w._sim_task)  # noqa: SLF001
            assert w.runner.wait(60000)
            w.setWindowModified(False)
            if w.consortium is not None:
                w.consortium.modified = False

        qtbot.addWidget(window, before_close_func=before_close)
        window.setProperty("quiet", True)
        if size is not None:
            window.resize(*size)
        window.show()
        with qtbot.waitSignal(window.market_ready, timeout=30000):
            window.start()
        if path is not None:
            with qtbot.waitSignal(window.result_ready, timeout=60000):
                assert window.open_file(path)
            if charts:  # the charts follow the figures
                qtbot.waitUntil(lambda: window.charts.figure_count() == 3, timeout=10000)
        return window

    return make


@pytest.fixture
def in_language(qapp):
    """`in_language(lang)` shows the window in a language (Qt translators, locale, engine texts); English is put
    back afterwards."""
    from PySide6.QtCore import QLocale

    from ui import i18n
    from ui.app import load_translations

    installed: list = []
    default = QLocale()

    def apply(lang: str) -> None:
        installed.extend(load_translations(qapp, lang))

    yield apply
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_current("en")
    QLocale.setDefault(default)

