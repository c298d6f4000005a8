"""Where ExportRisk reads installed resources and keeps user data and caches."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

APP_NAME = "ExportRisk"

#: Environment variables that redirect the user directories (tests and portable installs use them).
ENV_CACHE_DIR = "EXPORTRISK_CACHE_DIR"
ENV_DATA_DIR = "EXPORTRISK_DATA_DIR"
#: Set to 1 to forbid every network call, whatever the command line says.
ENV_OFFLINE = "EXPORTRISK_OFFLINE"


def resources_dir() -> Path:
    """The installed, read-only `resources/` folder (inside a PyInstaller bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def _user_dir(env_name: str, kind: str) -> Path:
    return _resolved_dir(os.environ.get(env_name), kind)


@lru_cache(maxsize=32)
def _resolved_dir(override: str | None, kind: str) -> Path:
    """The folder for `kind`, created once per distinct override (the environment is read by the caller)."""
    if override:
        path = Path(override)
    else:
        import platformdirs

        getter = platformdirs.user_cache_dir if kind == "cache" else platformdirs.user_data_dir
        path = Path(getter(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from exportrisk.errors import DataFileError

        where = f"{ENV_CACHE_DIR if kind == 'cache' else ENV_DATA_DIR} = {path}" if override else str(path)
        raise DataFileError(f"Cannot use the {kind} folder {where}: {exc.strerror or exc}; point it at a folder "
                            "ExportRisk may write to.") from None
    return path


def cache_dir() -> Path:
    """User cache directory (parsed ECB table, yfinance cookies); safe to delete."""
    return _user_dir(ENV_CACHE_DIR, "cache")


def data_dir() -> Path:
    """User data directory (fetched FX history, the user's editable copies of tables)."""
    return _user_dir(ENV_DATA_DIR, "data")


def offline_forced() -> bool:
    """True when the environment forbids network access (EXPORTRISK_OFFLINE=1)."""
    return os.environ.get(ENV_OFFLINE, "").strip().lower() in {"1", "true", "yes"}
