"""Where ExportRisk reads installed resources and keeps user data and caches."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from pathlib import Path

APP_NAME = "ExportRisk"

#: Environment variables that redirect the user directories (tests and portable installs use them).
ENV_CACHE_DIR = "EXPORTRISK_CACHE_DIR"
ENV_DATA_DIR = "EXPORTRISK_DATA_DIR"
#: Set to 1 to forbid every network call, whatever the command line says.
ENV_OFFLINE = "EXPORTRISK_OFFLINE"


#: Where the data travels inside the `exportrisk` package of a wheel or a bundle (pyproject maps the
#: repository's top-level resources/ there); a source checkout keeps it beside the package.
PACKAGED_RESOURCES = "resources"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The read-only data folder: `exportrisk/resources` in an installed wheel or a PyInstaller bundle,
    the top-level `resources/` of a source checkout (editable install included).

    The one place that knows where the data lives; everything else asks it (or `resource`).
    """
    package = Path(str(resources.files("exportrisk")))
    installed = package / PACKAGED_RESOURCES
    return installed if installed.is_dir() else package.parent / "resources"


def resource(relative: str) -> Path:
    """The installed data file `relative` (e.g. "country/oecd_country_risk.csv"); a missing one raises
    DataFileError naming it, so a broken install is one line, never a traceback."""
    path = resources_dir() / relative
    if not path.is_file():
        from exportrisk.errors import DataFileError

        raise DataFileError(f"The installed data file {path} is missing; reinstall ExportRisk "
                            f"(or restore {relative} in its resources folder).")
    return path


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


#: A data folder for the current thread only: a past quote is recomputed with its archived tables laid out
#: as user copies in a temporary folder, without touching other threads or the environment.
_DATA_DIR_OVERRIDE: ContextVar[Path | None] = ContextVar("exportrisk_data_dir", default=None)


def data_dir() -> Path:
    """User data directory (fetched FX history, the user's editable copies of tables)."""
    override = _DATA_DIR_OVERRIDE.get()
    return override if override is not None else _user_dir(ENV_DATA_DIR, "data")


def data_dir_override_value() -> Path | None:
    """The data folder `data_dir_override` set for this thread, None outside one (a cheap look-up: tables.py
    checks it on every table read of a quote)."""
    return _DATA_DIR_OVERRIDE.get()


@contextmanager
def data_dir_override(folder: Path) -> Iterator[Path]:
    """Within the block and in this thread only, data_dir() is `folder`."""
    token = _DATA_DIR_OVERRIDE.set(Path(folder))
    try:
        yield Path(folder)
    finally:
        _DATA_DIR_OVERRIDE.reset(token)


def offline_forced() -> bool:
    """True when the environment forbids network access (EXPORTRISK_OFFLINE=1)."""
    return os.environ.get(ENV_OFFLINE, "").strip().lower() in {"1", "true", "yes"}


def installed_version(distribution: str) -> str | None:
    """The version of the installed `distribution` as importlib.metadata.version gives it, None when it is not
    installed (or its metadata is not shipped, as in a bundle that left it out).

    Read from the Version line of its METADATA (or an egg's PKG-INFO) header: importlib.metadata.version loads
    the email package to parse the header, a few milliseconds of every start that asks."""
    from importlib import metadata

    try:
        found = metadata.distribution(distribution)
        text = found.read_text("METADATA") or found.read_text("PKG-INFO") or ""  # as Distribution.metadata reads
    except (metadata.PackageNotFoundError, OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        if not line.strip():  # the end of the header
            break
        if line.startswith("Version:"):
            return line[len("Version:"):].strip() or None
    return None
