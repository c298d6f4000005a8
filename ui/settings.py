"""Application settings, declared once: key, default and type; stored with QSettings in the user data folder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from exportrisk.paths import data_dir


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any


# QSettings keeps keys of a group named "general" under [%General] and reads them back as "General/...":
# those two keys are now in the "window" group; values written by earlier versions are read from the old place.
HOME_CURRENCY = Setting("window/home_currency", "EUR")
LANGUAGE = Setting("window/language", "system")           # "system" or a code of languages.window_languages()
REPORT_LANGUAGE = Setting("report/language", "en")         # "en", "it", "pl" or "de"
ADVISER = Setting("report/adviser", "")
ORGANISATION = Setting("report/organisation", "")
LOGO_PATH = Setting("report/logo_path", "")
OFFLINE = Setting("data/offline", False)
REGISTER_PDF = Setting("register/keep_pdf", "path")       # "path", "copy" (the PDF inside the register) or "off"
RECENT_FILES = Setting("files/recent", [])
SIMULATION_PATHS = Setting("engine/paths", 200_000)
ENGINE_METHOD = Setting("engine/method", "exact")          # "exact" (integrated tail figures) or "mc"
WINDOW_GEOMETRY = Setting("window/geometry", None)         # QMainWindow.saveGeometry() of the last session
WINDOW_STATE = Setting("window/state", None)
LAST_FOLDER = Setting("files/last_folder", "")             # where the last file was saved or opened
CIRR_PCT = Setting("finance/cirr_pct", "")                 # today's CIRR per currency: "USD=4.5;EUR=3.1"
ALL = (HOME_CURRENCY, LANGUAGE, REPORT_LANGUAGE, ADVISER, ORGANISATION, LOGO_PATH, OFFLINE, RECENT_FILES,
       SIMULATION_PATHS, ENGINE_METHOD, WINDOW_GEOMETRY, WINDOW_STATE, LAST_FOLDER, CIRR_PCT)
LEGACY_KEYS = {LANGUAGE.key: ("General/language", "general/language"),
               HOME_CURRENCY.key: ("General/home_currency", "general/home_currency")}
MAX_RECENT = 8


class AppSettings:
    """Typed access to the declared settings (an INI file in the user data folder, so tests can redirect it)."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self.store.value(setting.key, None)
        for legacy in LEGACY_KEYS.get(setting.key, ()) if value is None else ():
            value = self.store.value(legacy, None) if value is None else value
        default = setting.default
        if value is None:
            return default
        if default is None:
            return value
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        return str(value) if value is not None else default

    def set(self, setting: Setting, value: Any) -> None:
        self.store.setValue(setting.key, value)
        self.store.sync()

    def add_recent(self, path: str) -> list[str]:
        files = [path, *[p for p in self.get(RECENT_FILES) if p != path]][:MAX_RECENT]
        self.set(RECENT_FILES, files)
        return files
