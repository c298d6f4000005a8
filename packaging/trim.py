"""What the PyInstaller bundle keeps of what the analysis collected: plugins, translations and locales the app uses."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

#: Modules the app never imports at run time (test and build tools, other GUI toolkits).
EXCLUDED_MODULES = ["tkinter", "_tkinter", "QuantLib", "pytest", "_pytest", "hypothesis", "pytestqt", "setuptools",
                    "pkg_resources", "distutils", "pip", "IPython", "jedi", "PyQt5", "PyQt6", "PySide2",
                    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtDBus", "matplotlib.tests", "numpy.tests",
                    "pandas.tests", "scipy.tests"]



LANGUAGES_CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "languages.csv"


def declared_languages(catalogue: Path = LANGUAGES_CATALOGUE) -> tuple[str, ...]:
    """The language codes of the languages catalogue (its `code` column), the one list of what the app speaks."""
    with catalogue.open(encoding="utf-8", newline="") as handle:
        return tuple(row["code"] for row in csv.DictReader(line for line in handle if not line.startswith("#")))


def declared_locales(catalogue: Path = LANGUAGES_CATALOGUE) -> tuple[str, ...]:
    """The locales of the languages catalogue (its `qt_locale` column: en_US, it_IT ...), which babel formats by."""
    with catalogue.open(encoding="utf-8", newline="") as handle:
        return tuple(row["qt_locale"] for row in csv.DictReader(line for line in handle if not line.startswith("#")))


#: Languages the window and the reports speak (Qt's own dialogs, babel's number formats, pycountry's names).
LANGUAGES = declared_languages()
#: Their locales: babel reads en_US.dat, then en.dat, then root.dat for "en".
LOCALES = declared_locales()

#: Qt plugin folders kept, each with the plugins kept (None: all of them); other folders are dropped whole
#: (embedded-Linux EGLFS and evdev input, network information, TLS backends, designer, virtual keyboard).
QT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"},
    "platformthemes": {"qxdgdesktopportal"},  # not the GTK3 theme: it drags in the whole GTK stack
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qicns"},
    "iconengines": None,
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
#: Qt libraries only the dropped embedded-Linux plugins load.
QT_LIBRARIES_DROPPED = ("Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport")

#: Linux: of the libraries the analysis took from the build machine's system folders, only these travel
#: (Python's own: TLS, ctypes, sqlite, compression, readline). The rest (X11/xcb, OpenGL, fontconfig, glib,
#: dbus, libstdc++ ...) is the user's system's own, so the bundle needs no newer glibc than they need.
SYSTEM_FOLDERS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
PYTHON_SYSTEM_LIBRARIES = re.compile(r"lib(ssl|crypto|ffi|sqlite3|lzma|bz2|z|expat|uuid|mpdec|readline|tinfo|"
                                     r"ncursesw?|gdbm|gdbm_compat|nsl|tirpc|com_err|gssapi_krb5|krb5|krb5support|"
                                     r"k5crypto|keyutils)\.so")


def _stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str, source: str, platform: str) -> bool:
    """True when the file bound for `dest` in the bundle (copied from `source`) is one the app uses."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else dest
    if len(parts) >= 5 and parts[:3] == ("PySide6", "Qt", "plugins"):
        wanted = QT_PLUGINS.get(parts[3], set())
        return wanted is None or _stem(name) in wanted
    if parts[:3] == ("PySide6", "Qt", "translations"):
        return any(name == f"qtbase_{lang}.qm" for lang in LANGUAGES)
    if parts[:2] == ("babel", "locale-data"):
        return name.split(".")[0] in ("root", *LANGUAGES, *LOCALES)
    if parts[:2] == ("pycountry", "locales") and len(parts) > 3:
        return parts[2] in LANGUAGES
    if parts[:3] == ("matplotlib", "mpl-data", "sample_data") or parts[:4] in (
            ("matplotlib", "mpl-data", "fonts", "afm"), ("matplotlib", "mpl-data", "fonts", "pdfcorefonts")):
        return False
    if any(library in name for library in QT_LIBRARIES_DROPPED):
        return False
    source = source.replace("\\", "/") if isinstance(source, str) else ""
    if platform.startswith("linux") and source.startswith(SYSTEM_FOLDERS):
        return PYTHON_SYSTEM_LIBRARIES.match(name) is not None
    return True


def modules_under(root: Path, package: str) -> list[str]:
    """Every module of the source folder `root/package`, by dotted name (found on disk: nothing is imported)."""
    folder = root / package
    return sorted(".".join((package, *p.relative_to(folder).with_suffix("").parts)).removesuffix(".__init__")
                  for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def kept(toc: Iterable[tuple], platform: str) -> list[tuple]:
    """The entries of a PyInstaller table of contents (dest, source, kind) that `keep` accepts."""
    return [entry for entry in toc if keep(entry[0], entry[1], platform)]
