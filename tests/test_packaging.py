"""Packaging rules: one resolver for resources/, the bundle's keep-lists, the module list of the spec."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import trim  # noqa: E402


def product_files() -> list[Path]:
    return [*(ROOT / "exportrisk").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "main.py"]


def test_only_the_resolver_knows_where_resources_live() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in product_files() if "__file__" in p.read_text(encoding="utf-8")]
    assert offenders == []
    naming = [str(p.relative_to(ROOT)) for p in product_files()
              if '"resources"' in p.read_text(encoding="utf-8") or "'resources'" in p.read_text(encoding="utf-8")]
    assert naming == ["exportrisk/paths.py"]


def test_ui_modules_import_each_other_relatively() -> None:
    """ui/ installs as exportrisk_ui: an absolute `ui.` import inside it would fail in an installed wheel."""
    offenders = []
    for path in (ROOT / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            offenders += [f"{path.name}:{node.lineno}" for name in names if name.split(".")[0] == "ui"]
    assert offenders == []


@pytest.mark.parametrize(("dest", "source", "platform", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/venv/x/libqeglfs.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", "C:/venv/qwindows.dll", "win32", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/venv/x/libqgtk3.so", "linux", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/venv/x/libqopensslbackend.so", "linux", False),
    ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", "C:/venv/x.dll", "win32", True),
    ("PySide6/Qt/translations/qtbase_it.qm", "/venv/x", "linux", True),
    ("PySide6/Qt/translations/qtbase_fr.qm", "/venv/x", "linux", False),
    ("PySide6/Qt/translations/qtwebengine_it.qm", "/venv/x", "linux", False),
    ("babel/locale-data/pl.dat", "/venv/x", "linux", True),
    ("babel/locale-data/root.dat", "/venv/x", "linux", True),
    ("babel/locale-data/fr_CA.dat", "/venv/x", "linux", False),
    ("babel/locale-data/en_US.dat", "/venv/x", "linux", True),   # the languages catalogue's locale of "en"
    ("babel/locale-data/de_DE.dat", "/venv/x", "linux", True),
    ("babel/locale-data/de_AT.dat", "/venv/x", "linux", False),
    ("babel/global.dat", "/venv/x", "linux", True),
    ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", "/venv/x", "linux", True),
    ("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", "/venv/x", "linux", False),
    ("pycountry/databases/iso3166-1.json", "/venv/x", "linux", True),
    ("matplotlib/mpl-data/sample_data/goog.npz", "/venv/x", "linux", False),
    ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "/venv/x", "linux", True),
    ("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "linux", False),
    ("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", "linux", False),
    ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "linux", True),
    ("libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1", "linux", True),
    ("libzstd.so.1", "/lib/x86_64-linux-gnu/libzstd.so.1", "linux", False),
    ("libpython3.11.so.1.0", "/opt/python/lib/libpython3.11.so.1.0", "linux", True),
    ("libssl-3.dll", "C:/Python311/DLLs/libssl-3.dll", "win32", True),
    ("exportrisk/resources/premium/new_table.csv", "/repo/resources/premium/new_table.csv", "linux", True),
])
def test_bundle_keep_rules(dest: str, source: str, platform: str, kept: bool) -> None:
    assert trim.keep(dest, source, platform) is kept


def test_the_spec_lists_every_module_of_the_cli() -> None:
    modules = trim.modules_under(ROOT, "exportrisk")
    commands = {p.stem for p in (ROOT / "exportrisk" / "commands").glob("*.py") if p.stem != "__init__"}
    assert {f"exportrisk.commands.{name}" for name in commands} <= set(modules)
    assert "exportrisk" in modules and not any(m.endswith("__init__") for m in modules)
    from exportrisk.cli import COMMAND_MODULES

    assert {f"exportrisk.commands.{name}" for name in COMMAND_MODULES} <= set(modules)


def test_the_bundle_keeps_the_locales_the_languages_catalogue_declares(tmp_path) -> None:
    from exportrisk.languages import languages

    assert trim.LANGUAGES == tuple(lang.code for lang in languages())
    catalogue = tmp_path / "languages.csv"
    catalogue.write_text("# a fifth language by data alone\ncode,name,qt_locale,report,window\n"
                         "en,English,en_US,1,1\npt,Português,pt_BR,1,1\n", encoding="utf-8")
    assert trim.declared_languages(catalogue) == ("en", "pt")


def test_the_bundle_keeps_every_file_babel_reads_for_each_language() -> None:
    # the report and the messages format by the catalogue's locale (en_US): babel reads it, its language, root
    from babel.localedata import locale_identifiers

    from exportrisk.languages import languages

    for lang in languages():
        chain = {lang.qt_locale, lang.qt_locale.split("_")[0], "root"}
        assert chain <= set(locale_identifiers()) | {"root"}
        assert all(trim.keep(f"babel/locale-data/{name}.dat", "/venv/x", "linux") for name in chain), lang
