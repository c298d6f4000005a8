"""The window in every language: no English sentence in Italian, Polish or German, a pseudo-language added by data
alone renders with no unbracketed text, the .qm files match their sources, and the layout fits 1366x768."""

from __future__ import annotations

import ast
import html
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from exportrisk.paths import resources_dir
from ui import i18n

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = resources_dir() / "examples" / "italy_textiles_brazil.toml"
POOL = resources_dir() / "examples" / "pools" / "brianza_furniture.toml"
BIN = Path(sys.executable).parent
#: Words that mark an English sentence and are not words of Italian, Polish or German ("to", "by", "on", "an",
#: "in", "was" are, so they are not listed).
ENGLISH = {"the", "of", "and", "is", "are", "with", "from", "for", "this", "that", "your", "you", "not", "has",
           "have", "which", "when", "what", "into", "at", "or", "its", "will", "can", "been", "there", "than"}
#: Combo boxes that list data (currency and rating codes, language names), not words of the window.
DATA_COMBOS = {"exporter.home_currency", "deal.currency", "buyer.rating", "buyer.category", "language",
               "reportLanguage", "choiceEditor"}


# ------------------------------------------------------------------------------------------------ grabbing texts
def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "&").replace("&", "")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        out += [str(model.headerData(c, Qt.Orientation.Horizontal, role) or "") for c in range(model.columnCount())]
        for row in range(model.rowCount()):
            out += [str(model.index(row, c).data(role) or "") for c in range(model.columnCount())]
    return out


def widget_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can read in `top` and its children: labels, buttons, group titles,
    tabs, placeholders, tooltips, combo items, menu actions, table headers and cells (and their tooltips)."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__}:{widget.objectName()}", _plain(text)))

    for widget in [top, *top.findChildren(QWidget)]:
        add(widget, widget.toolTip())
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QProgressBar):
            add(widget, widget.format().replace("%p", ""))
        elif isinstance(widget, QMenu) and widget.objectName() != "recentMenu":  # file paths
            for action in widget.actions():
                add(widget, action.text())
                add(widget, action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
        if isinstance(widget, QComboBox) and widget.objectName() not in DATA_COMBOS:
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget.parentWidget(), QComboBox):
            for text in _model_texts(widget):
                add(widget, text)
    if hasattr(top, "menuBar"):
        for action in top.menuBar().actions():
            add(top, action.text())
    return out


def english_sentences(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The texts with an English function word, as a whole word."""
    def words(text: str) -> set[str]:
        text = re.sub(r"\S*[/\\]\S*", " ", text)  # file paths are data
        return {w for w in re.findall(r"[^\W\d_]+", text) if not w.isupper()}  # codes such as ARE are not words

    return [(where, text) for where, text in texts if ENGLISH & {w.lower() for w in words(text)}]


# ------------------------------------------------------------------------------------------------ the window
def every_text(qtbot, window) -> list[tuple[str, str]]:
    """The texts of every tab and dialog, after quoting the example deal and analysing the example pool."""
    from ui.about import AboutDialog
    from ui.errors import ExceptionDialog
    from ui.report_dialog import ReportOptionsDialog
    from ui.settings_dialog import SettingsDialog

    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.widget(index) is window.consortium_holder:
            view = window.consortium
            view.load_pool_file(POOL)
            with qtbot.waitSignal(view.analysis_finished, timeout=60000):
                view.analyse(5_000)
        texts += widget_texts(window)
    for key in ("fx", "losses", "cost_risk"):
        window.charts.tabs.setCurrentIndex(("fx", "losses", "cost_risk").index(key))
    texts += [("chart", t) for chart in window.charts.plotted().values() for t in chart["texts"]]
    texts += [("chart", label) for chart in window.charts.plotted().values() for label, _ in chart["lines"]
              if not label.startswith("_")]
    for dialog in (SettingsDialog(window.settings, window), ReportOptionsDialog(window.settings, window),
                   AboutDialog(window), ExceptionDialog("Traceback: a worker failed", window)):
        qtbot.addWidget(dialog)
        texts += [(w, t) for w, t in widget_texts(dialog) if "Traceback" not in t]
    return texts


def check_layout(window) -> None:
    """Fits 1366x768, the form never scrolls sideways, rank, option, minimum price, cost and risk on screen."""
    from ui.results import OptionsModel

    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    assert (window.width(), window.height()) == (1366, 768)
    scroll = window.form_scroll
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.form.minimumSizeHint().width() <= scroll.viewport().width(), "the form is wider than its pane"
    header, viewport = window.table.horizontalHeader(), window.table.viewport().width()
    for key in ("rank", "option", "min_price", "cost", "risk_adjusted_cost", "es_99"):
        column = OptionsModel.COLUMNS.index(key)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and right <= viewport, (key, right, viewport)


@pytest.mark.parametrize("lang", ["it", "pl", "de"])
def test_every_tab_and_dialog_is_in_the_language_with_no_english_sentence(lang, qtbot, in_language,
                                                                          main_window) -> None:
    in_language(lang)
    window = main_window(EXAMPLE, charts=True)
    check_layout(window)
    texts = every_text(qtbot, window)
    assert len(texts) > 300
    offenders = english_sentences(texts)
    assert offenders == [], "\n".join(f"{w}: {t}" for w, t in offenders[:40])
    words = {"it": "Paese dell'acquirente", "pl": "Kraj kupującego", "de": "Land des Käufers"}
    assert any(t == words[lang] for _, t in texts)
    country = window.form.country.currentText()
    assert {"it": "OCSE", "pl": "OECD", "de": "OECD"}[lang] in country and "—" in country


def test_english_layout_fits_and_the_english_texts_are_found(main_window) -> None:
    window = main_window(EXAMPLE, charts=True)
    check_layout(window)
    assert english_sentences(widget_texts(window))  # the detector finds English where there is English


def test_window_numbers_follow_the_language_and_match_the_report(qtbot, in_language, main_window) -> None:
    from ui.results import OptionsModel

    in_language("it")
    window = main_window(EXAMPLE, charts=True)
    model = window.model
    cost = OptionsModel.COLUMNS.index("cost")
    shown = [model.data(model.index(r, cost)) for r in range(model.rowCount()) if model.option(r).available]
    for row, text in zip((r for r in range(model.rowCount()) if model.option(r).available), shown, strict=True):
        value = model.option(row).cost
        assert text == i18n.words("it").number(value)  # the report's own formatting: grouped from 1.000,00
        if abs(value) >= 1000:
            assert "." in text and "," in text, text
    canvas = window.charts._canvases["fx"]  # noqa: SLF001

    def ticks() -> list[str]:  # the chart follows the figures and its tick texts exist once it is rendered
        axes = canvas.figure.axes
        return [t.get_text() for t in axes[0].get_yticklabels() if t.get_text()] if axes else []

    qtbot.waitUntil(lambda: bool(ticks()), timeout=10000)
    assert all("." not in t for t in ticks()), ticks()  # 0,95, not 0.95


# ------------------------------------------------------------------------------------------------ pseudo-language
def _bracket(value):
    return f"[{value}]" if isinstance(value, str) else value


@pytest.fixture
def pseudo(tmp_path, monkeypatch, qapp):
    """A throw-away language "eo" made of data only: catalogue folder, languages.csv row, .ts/.qm built in tmp."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    folder = copy / "i18n" / "eo"
    folder.mkdir()
    for path in (copy / "i18n" / "en").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        (folder / path.name).write_text(json.dumps({k: v if k.startswith("_") else _bracket(v)
                                                    for k, v in data.items()}, ensure_ascii=False), encoding="utf-8")
    with (copy / "i18n" / "languages.csv").open("a", encoding="utf-8") as handle:
        handle.write("eo,[Pseudo],eo,1,1\n")
    ts = copy / "i18n" / "qt" / "exportrisk_eo.ts"
    tree = ET.parse(copy / "i18n" / "qt" / "exportrisk_de.ts")
    tree.getroot().set("language", "eo")
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source").text, message.find("translation")
        for form in translation.findall("numerusform"):
            form.text = f"[{source}]"
        if not translation.findall("numerusform"):
            translation.text = f"[{source}]"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True)
    import exportrisk.languages
    import exportrisk.report.i18n

    for module in [m for name, m in sys.modules.items() if name.split(".")[0] in ("exportrisk", "ui") and m]:
        if getattr(module, "resources_dir", None) is resources_dir:
            monkeypatch.setattr(module, "resources_dir", lambda: copy)

    def clear() -> None:
        exportrisk.languages.languages.cache_clear()
        exportrisk.report.i18n.catalog.cache_clear()
        i18n._translator.cache_clear()  # noqa: SLF001

    clear()
    monkeypatch.setattr(exportrisk.report.i18n, "LANGUAGES", exportrisk.languages.report_languages())
    yield copy
    clear()


def unbracketed(text: str, allowed: set[str]) -> list[str]:
    """Words of `text` outside [...] (nested brackets too) that are not numbers, codes or allowed names."""
    depth, outside = 0, []
    for char in text:
        depth += char == "["
        outside.append(" " if depth else char)
        depth -= char == "]" and depth > 0
    words = re.findall(r"[^\W\d_]{2,}", "".join(outside))
    return [w for w in words if not w.isupper() and w not in allowed]


def test_a_language_added_by_data_alone_renders_the_window_with_no_unbracketed_text(qtbot, pseudo, in_language,
                                                                                    main_window) -> None:
    from babel.dates import get_month_names

    from exportrisk.languages import window_languages

    assert "eo" in window_languages()
    in_language("eo")
    assert i18n.current() == "eo"
    window = main_window(EXAMPLE, charts=True)
    # the exporter's country list and its matches hold babel's country names in the language alone, not our texts
    texts = [(w, t) for w, t in widget_texts(window) if not w.startswith(
        ("QComboBox:buyer.country", "QComboBox:exporter.country", "QListView:exporter.country."))]
    names = {"ExportRisk", "CurrencyConverter", "RiskMetrics", "EWMA", "GARCH", "Tessitura", "Lariana",
             "Confecções", "Paulista", "Ltda", "Pseudo", *get_month_names("wide", locale="eo").values()}
    names |= {w for box in (window.form.country, window.form.exporter_country)
              for w in re.findall(r"\w+", box.currentText())}
    offenders = [(w, t) for w, t in texts if unbracketed(t, names)]
    assert len(texts) > 150
    assert offenders == [], "\n".join(f"{w}: {t}" for w, t in offenders[:40])


# ------------------------------------------------------------------------------------------------ .ts and .qm
def test_the_qm_files_are_built_from_the_ts_sources_and_every_window_text_is_translated(tmp_path) -> None:
    from exportrisk.languages import window_languages

    qt = resources_dir() / "i18n" / "qt"
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    for lang in window_languages():
        if lang == "en":
            continue
        ts = tmp_path / f"exportrisk_{lang}.ts"
        shutil.copy(qt / ts.name, ts)
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts",
                        str(ts)], check=True, capture_output=True)
        root = ET.parse(ts).getroot()
        unfinished = [m.find("source").text for m in root.iter("message")
                      if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
        assert unfinished == [], f"{lang}: untranslated window texts (run make translations): {unfinished[:10]}"
        assert ts.read_bytes() == (qt / ts.name).read_bytes(), f"{ts.name} is not what make translations writes"
        qm = tmp_path / f"exportrisk_{lang}.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(qt / ts.name), "-qm", str(qm)], check=True,
                       capture_output=True)
        assert qm.read_bytes() == (qt / qm.name).read_bytes(), f"{qm.name} is older than its .ts: make translations"


def test_qt_standard_dialogs_are_translated_from_the_wheel(qapp, in_language) -> None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang, words in (("it", "Cerca in:"), ("pl", "Szukaj w:"), ("de", "Suchen in:")):
        assert (folder / f"qtbase_{lang}.qm").is_file(), f"the PySide6 wheel has no qtbase_{lang}.qm"
        in_language(lang)
        assert QCoreApplication.translate("QFileDialog", "Look in:") == words
        assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"


def test_no_window_text_is_translated_inside_an_f_string() -> None:
    """lupdate skips a tr() call written inside an f-string, so its text would stay English in every language."""
    hidden = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.name}:{call.lineno}" for call in ast.walk(node)
                           if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                           and call.func.attr in ("tr", "translate")]
    assert hidden == [], f"tr() inside an f-string (give the text its own line): {hidden}"


def test_no_window_module_writes_a_translator_comment_by_accident() -> None:
    """lupdate takes a `#:` comment for a note to translators and attaches it to the next text it finds."""
    marked = [f"{path.name}:{number}" for path in sorted((ROOT / "ui").glob("*.py"))
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if line.lstrip().startswith("#:")]
    assert marked == [], f"'#:' comments in the window's code (write '#'): {marked}"
