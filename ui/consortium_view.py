"""The consortium screen: pool header, member and receivable/payable tables, analysis through the runner, report.

Every figure comes from the engine (analyse_pool -> consortium_to_dict); every check on the inputs is
pool_from_dict's. An InputError is shown in one red line; anything else goes to the GUI's excepthook.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exportrisk.consortium.analysis import ConsortiumResult, analyse_pool
from exportrisk.consortium.io import load_pool, pool_from_dict, pool_to_dict, read_receivables_csv
from exportrisk.consortium.model import Pool
from exportrisk.consortium.output import consortium_to_dict
from exportrisk.errors import ExportRiskError, InputError
from exportrisk.fileio import atomic_write_text
from exportrisk.progress import Progress
from exportrisk.report.api import write_report
from exportrisk.report.build_pool import build_pool_report
from exportrisk.report.render import render_pdf

from . import i18n
from .consortium_models import (
    INSTRUMENTS,
    KINDS,
    AllocationModel,
    ChoiceDelegate,
    FlowTableModel,
    MemberTableModel,
    RowsModel,
    pool_data,
    pool_rows,
)
from .runner import Runner

STEPS = 1000


@dataclass(frozen=True)
class ReportOptions:
    """Report language and who hands the report over (from the main window's settings)."""

    lang: str = "en"
    adviser: str = ""
    organisation: str = ""
    logo: bytes | None = None


class ConsortiumView(QWidget):
    """Edit a consortium pool, analyse it in the background, show pooled versus alone, export the PDF report."""

    report_written = Signal(str)        # path of the PDF just written
    analysis_finished = Signal(object)  # consortium_to_dict of the result shown

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consortiumView")
        self.runner = runner
        self._options = ReportOptions()
        self._parameters: dict[str, Any] = {}
        self._tasks: dict[int, str] = {}         # this view's running tasks: id -> "analysis" | "report"
        self._analysis_id: int | None = None
        self._analysis: tuple[Pool, dict[str, int]] | None = None  # pool being analysed, its rows by entry
        self._result: tuple[ConsortiumResult, Pool, dict[str, Any]] | None = None
        self.modified = False  # the pool changed since it was opened, imported into a new pool, or saved
        self.settings: Any = None  # the main window's AppSettings (report options and folders), when it has one
        self.members = self._widget(MemberTableModel, self, "memberModel")
        self.flows = self._widget(FlowTableModel, self, "flowModel")
        self.allocation = self._widget(AllocationModel, self, "allocationModel")
        self.members.renamed.connect(self.flows.rename_member)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("splitter")
        self._build_inputs(splitter)
        self._build_results(splitter)
        splitter.setSizes([330, 420])
        layout.addWidget(splitter, 1)
        for model in (self.members, self.flows):
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._inputs_changed)
        for signal in (self.name_edit.textEdited, self.home_edit.textEdited, self.fee_spin.valueChanged,
                       self.date_edit.dateChanged):
            signal.connect(self._inputs_changed)
        signals = runner.signals
        signals.progress.connect(self._on_progress)
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        signals.cancelled.connect(self._on_cancelled)
        self._update_state()

    # ---- construction -------------------------------------------------------------------------------------

    def _widget(self, cls: type, parent: QObject, name: str, *args: Any) -> Any:
        widget = cls(*args, parent) if args else cls(parent)
        widget.setObjectName(name)
        return widget

    def _button(self, parent: QWidget, name: str, text: str, slot: Any) -> QPushButton:
        button = self._widget(QPushButton, parent, name, text)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _translated(text: str) -> str:
        """An engine message in the window's language (English rather than nothing)."""
        return i18n.message(text)

    def _build_header(self) -> QGroupBox:
        box = self._widget(QGroupBox, self, "consortiumHeader", self.tr("Consortium"))
        row = QHBoxLayout(box)  # one line: the tables below get the height
        self.name_edit = self._widget(QLineEdit, box, "consortiumName")
        self.home_edit = self._widget(QLineEdit, box, "homeCurrency", "EUR")
        self.fee_spin = self._widget(QDoubleSpinBox, box, "membershipFee")
        self.fee_spin.setRange(0.0, 1e9)
        self.fee_spin.setDecimals(2)
        self.fee_spin.setGroupSeparatorShown(True)
        self.date_edit = self._widget(QDateEdit, box, "valuationDate", QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        from .deal_form import date_format

        self.date_edit.setDisplayFormat(date_format())
        self.home_edit.setMaximumWidth(60)
        self.name_edit.setToolTip(self.tr("The consortium's name, for the report."))
        self.home_edit.setToolTip(self.tr("The currency the consortium's figures are shown in."))
        self.fee_spin.setToolTip(self.tr("What each member pays to belong to the consortium, per year."))
        self.date_edit.setToolTip(self.tr("The date of the rates and tables used for the analysis."))
        for label, widget, stretch in ((self.tr("Name"), self.name_edit, 3),
                                       (self.tr("Home currency"), self.home_edit, 0),
                                       (self.tr("Membership fee (per member)"), self.fee_spin, 1),
                                       (self.tr("Valuation date"), self.date_edit, 1)):
            row.addWidget(QLabel(label, box))
            row.addWidget(widget, stretch)
        return box

    def _table(self, parent: QWidget, name: str, model: Any) -> QTableView:
        view = self._widget(QTableView, parent, name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _build_inputs(self, splitter: QSplitter) -> None:
        inputs = self._widget(QWidget, splitter, "inputs")
        layout = QVBoxLayout(inputs)
        tables = self._widget(QSplitter, inputs, "tables", Qt.Orientation.Horizontal)
        for attr, name, model, add, remove in (
                ("member_table", "memberTable", self.members, self.tr("Add member"), self.tr("Remove member")),
                ("flow_table", "flowTable", self.flows, self.tr("Add row"), self.tr("Remove row"))):
            pane = self._widget(QWidget, tables, f"{name}Pane")
            box = QVBoxLayout(pane)
            table = self._table(pane, name, model)
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 4 * 26 + 4)  # four rows at least
            setattr(self, attr, table)
            buttons = QHBoxLayout()
            buttons.addWidget(self._button(pane, f"{name}Add", add, lambda _=False, m=model: self._add_row(m)))
            buttons.addWidget(self._button(pane, f"{name}Remove", remove,
                                           lambda _=False, t=table, m=model: self._remove_rows(t, m)))
            buttons.addStretch(1)
            box.addWidget(table)
            box.addLayout(buttons)
        self.flow_table.setItemDelegateForColumn(1, ChoiceDelegate(KINDS, self.flow_table))
        self.flow_table.setItemDelegateForColumn(8, ChoiceDelegate(INSTRUMENTS, self.flow_table))
        tables.setStretchFactor(0, 1)
        tables.setStretchFactor(1, 3)
        layout.addWidget(tables, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(inputs, "openPool", self.tr("Open pool…"), lambda: self._ask(
            False, self.tr("Open pool"), self.tr("Pool files (*.toml *.json *.pdf)"), self.load_pool_file)))
        row.addWidget(self._button(inputs, "importCsv", self.tr("Import CSV…"), lambda: self._ask(
            False, self.tr("Import receivables"), self.tr("CSV files (*.csv)"), self.import_csv)))
        row.addWidget(self._button(inputs, "savePool", self.tr("Save pool…"), self.save_dialog))
        row.addStretch(1)
        row.addWidget(self._widget(QLabel, inputs, "scenariosLabel", self.tr("Scenarios")))
        self.scenarios_spin = self._widget(QSpinBox, inputs, "scenarios")
        self.scenarios_spin.setRange(1_000, 5_000_000)
        self.scenarios_spin.setSingleStep(10_000)
        self.scenarios_spin.setValue(100_000)
        self.scenarios_spin.setGroupSeparatorShown(True)
        self.scenarios_spin.setToolTip(self.tr("How many random futures the analysis draws: more is steadier "
                                               "and slower."))
        row.addWidget(self.scenarios_spin)
        self.analyse_button = self._button(inputs, "analyse", self.tr("Analyse"), lambda: self.analyse())
        self.cancel_button = self._button(inputs, "cancel", self.tr("Cancel"), self.cancel)
        self.progress = self._widget(QProgressBar, inputs, "progress")
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        for widget in (self.analyse_button, self.cancel_button, self.progress):
            row.addWidget(widget)
        layout.addLayout(row)
        self.info = self._widget(QLabel, inputs, "info")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.message = self._widget(QLabel, inputs, "message")
        self.message.setStyleSheet("color: #c00000;")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

    def _build_results(self, splitter: QSplitter) -> None:
        scroll = self._widget(QScrollArea, splitter, "resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = self._widget(QGroupBox, scroll, "results", self.tr("Pooled versus alone"))
        scroll.setWidget(box)
        layout = QVBoxLayout(box)
        self.verdict_label = self._widget(QLabel, box, "verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet("font-weight: bold;")
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict_label)
        form = QFormLayout()
        self.figures: dict[str, QLabel] = {}
        for key, text in (("designs", self.tr("Packages")), ("membershipFees", self.tr("Membership fees")),
                          ("pooledCost", self.tr("Pooled cost")), ("sameCoverAlone", self.tr("Same cover alone")),
                          ("cheapestAlone", self.tr("Cheapest cover alone")),
                          ("poolingSaving", self.tr("Saving vs same cover alone")),
                          ("saving", self.tr("Saving vs cheapest alone")), ("netting", self.tr("FX netting")),
                          ("groupPolicy", self.tr("Group credit policy")), ("fund", self.tr("Guarantee fund")),
                          ("poolRisk", self.tr("Pool ES 99 %")), ("diversification", self.tr("Diversification"))):
            label = self._widget(QLabel, box, key)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.figures[key] = label
            form.addRow(text, label)
        layout.addLayout(form)
        self.allocation_table = self._table(box, "allocationTable", self.allocation)
        self.allocation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.allocation_table, 1)
        self.warnings_label = self._widget(QLabel, box, "warnings")
        self.warnings_label.setWordWrap(True)
        self.stale_label = self._widget(QLabel, box, "staleNote",
                                        self.tr("The inputs changed since this analysis; analyse again."))
        self.stale_label.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.stale_label)
        row.addStretch(1)
        self.member_pages = self._widget(QCheckBox, box, "memberPages", self.tr("One page per member"))
        row.addWidget(self.member_pages)
        self.export_button = self._button(box, "exportReport", self.tr("Export report…"), self.export_dialog)
        row.addWidget(self.export_button)
        layout.addWidget(self.warnings_label)
        layout.addLayout(row)

    # ---- public API ---------------------------------------------------------------------------------------

    def set_report_options(self, options: ReportOptions) -> None:
        self._options = options

    def load_pool_file(self, path: str | Path) -> bool:
        """Show the pool in a .toml/.json pool file or a report .pdf; False (message shown) if it is invalid."""
        try:
            pool = load_pool(Path(path))
        except ExportRiskError as exc:
            self._show_error(i18n.error_text(exc))
            return False
        self.cancel()
        self.name_edit.setText(pool.name)
        self.home_edit.setText(pool.home_currency)
        self.fee_spin.setValue(pool.membership_fee)
        d = pool.valuation_date
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self._parameters = pool.parameters
        scenarios = pool.parameters.get("consortium", {}).get("scenarios")
        if isinstance(scenarios, int):
            self.scenarios_spin.setValue(scenarios)
        members, flows = pool_rows(pool.members, pool.receivables, pool.payables)
        self.members.set_rows(members)
        self.flows.set_rows(flows)
        self._show_result(None)
        self._show_error("")
        self.info.setText(self._loaded_text(len(flows), len(members)))
        self.modified = False
        return True

    def _loaded_text(self, rows: int, members: int) -> str:
        return (self.tr("Loaded: %1 receivable or payable rows, %2 members.").replace("%1", str(rows))
                .replace("%2", str(members)))

    def import_csv(self, path: str | Path, replace: bool | None = None) -> bool:
        """Read the CSV's receivables and payables (members it names that are not in the table are added).

        With rows already in the tables, `replace` None asks whether the CSV replaces them or is added to them;
        True replaces, False adds. Says how many rows and members were loaded."""
        home = self.home_edit.text().strip().upper() or "EUR"
        try:
            receivables, payables, members = read_receivables_csv(Path(path), home)
        except ExportRiskError as exc:
            self._show_error(i18n.error_text(exc))
            return False
        if replace is None and self.flows.rowCount():
            replace = self._ask_replace()
            if replace is None:
                return False
        member_rows, flow_rows = pool_rows(members, receivables, payables)
        if replace:
            self.members.set_rows(member_rows)
            self.flows.set_rows(flow_rows)
            added = member_rows
        else:
            known = set(self.members.names())
            added = [m for m in member_rows if m["name"] not in known]
            self.members.append_rows(added)
            self.flows.append_rows(flow_rows)
        self._show_error("")
        self.modified = True
        self.info.setText(self._loaded_text(len(flow_rows), len(added))
                          + " " + self.tr("Rows in the pool now: %1.").replace("%1", str(self.flows.rowCount())))
        return True

    def _ask_replace(self) -> bool | None:
        """Replace the rows in the tables (True), add to them (False), or cancel (None)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import CSV"), self.tr(
            "The pool already has receivable or payable rows (%1). Should the CSV replace them or be added to "
            "them?").replace("%1", str(self.flows.rowCount())), QMessageBox.StandardButton.Cancel, self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        add = box.addButton(self.tr("Add"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is replace else False if clicked is add else None

    def build_pool(self) -> Pool:
        """The pool the tables describe, validated by pool_from_dict (InputError naming the table row)."""
        return self._build()[0]

    def save_pool_file(self, path: str | Path) -> bool:
        """Write the pool as a JSON pool file (atomically); False (message shown) if invalid or not writable."""
        try:
            text = json.dumps(pool_to_dict(self.build_pool()), indent=2, ensure_ascii=False) + "\n"
            atomic_write_text(Path(path), text)
        except InputError as exc:
            self._show_error(i18n.error_text(exc))
            return False
        except OSError as exc:
            self._show_error(self.tr("Cannot save the pool to %1: %2; choose another file.")
                             .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self._show_error("")
        self.modified = False
        return True

    def save_dialog(self) -> bool:
        """Ask where to save the pool (a name from the pool's name and date); True once saved."""
        path = self._ask_path(True, self.tr("Save pool"), self.tr("JSON pool files (*.json)"), ".json")
        return self.save_pool_file(path) if path else False

    def export_dialog(self) -> None:
        """Ask the report's language, adviser and organisation, then where to write it (with .pdf)."""
        if self.settings is not None:
            from .report_dialog import ask_report_options

            chosen = ask_report_options(self, self.settings)
            if chosen is None:
                return
            self.set_report_options(ReportOptions(chosen["lang"], chosen["adviser"], chosen["organisation"],
                                                  self._options.logo))
        path = self._ask_path(True, self.tr("Export report"), self.tr("PDF files (*.pdf)"), ".pdf")
        if path:
            self.export_report(path)

    def analyse(self, scenarios: int | None = None) -> int | None:
        """Start the analysis (cancelling the one running); its task id, or None if the inputs are invalid."""
        self.cancel()
        try:
            pool, where = self._build()
        except InputError as exc:
            self._show_error(i18n.error_text(exc))
            return None
        self._show_error("")
        count = int(scenarios if scenarios is not None else self.scenarios_spin.value())

        def work(progress: Progress) -> tuple[ConsortiumResult, dict[str, Any]]:
            result = analyse_pool(pool, scenarios=count, progress=progress)
            return result, consortium_to_dict(result)

        task = self.runner.start(work)
        self._tasks[task] = "analysis"
        self._analysis_id, self._analysis = task, (pool, where)
        self.progress.setValue(0)
        self._update_state()
        return task

    def cancel(self) -> None:
        """Cancel the running analysis, if any; its result will not be shown."""
        if self._analysis_id is not None:
            self.runner.cancel(self._analysis_id)
            self._analysis_id = None
            self.progress.setValue(0)
            self._update_state()

    def export_report(self, path: str | Path) -> int | None:
        """Render the last analysis' report and write it to `path` in the background; emits report_written."""
        if self._result is None:
            self._show_error(self.tr("Analyse the pool before exporting its report."))
            return None
        result, pool, _ = self._result
        options, pages, out = self._options, self.member_pages.isChecked(), Path(path)

        def work(progress: Progress) -> str:
            pdf = render_pdf(build_pool_report(result, pool, options.lang, options.adviser, options.organisation,
                                               options.logo, pages))
            progress.update(1.0)  # a cancelled export writes nothing
            write_report(pdf, out)
            return str(out)

        task = self.runner.start(work)
        self._tasks[task] = "report"
        self._show_error("")
        self._update_state()
        return task

    def result_data(self) -> dict[str, Any] | None:
        """consortium_to_dict of the result shown, or None."""
        return self._result[2] if self._result else None

    def busy(self) -> bool:
        return bool(self._tasks)

    # ---- internals ----------------------------------------------------------------------------------------

    def _build(self) -> tuple[Pool, dict[str, int]]:
        header = {"valuation_date": self.date_edit.date().toString("yyyy-MM-dd"),
                  "consortium": {"name": self.name_edit.text(), "home_currency": self.home_edit.text(),
                                 "membership_fee": self.fee_spin.value()}}
        data, where = pool_data(header, self.members.rows(), self.flows, self._parameters)
        try:
            return pool_from_dict(data), where
        except InputError as exc:
            raise InputError(self.flows.explain(exc, where)) from None

    def _show_error(self, text: str) -> None:
        self.message.setText(text.splitlines()[0] if text else "")

    def _add_row(self, model: RowsModel) -> None:
        if model is self.members:
            model.append_rows([{"name": "", "home_currency": self.home_edit.text().strip().upper()}])
        else:
            names = self.members.names()
            model.append_rows([{"member": names[0] if names else "", "kind": "receivable",
                                "instrument": "open_account", "currency": self.home_edit.text().strip().upper()}])

    def _remove_rows(self, table: QTableView, model: RowsModel) -> None:
        model.remove_rows([index.row() for index in table.selectionModel().selectedRows()])

    def _inputs_changed(self, *_: Any) -> None:
        self.modified = True
        self.stale_label.setVisible(self._result is not None)

    def _update_state(self) -> None:
        self.cancel_button.setEnabled(self._analysis_id is not None)
        self.export_button.setEnabled(self._result is not None)
        if self._analysis_id is None and "report" in self._tasks.values():
            self.progress.setRange(0, 0)  # busy: rendering has no steps
        else:
            self.progress.setRange(0, STEPS)

    def _show_result(self, value: tuple[ConsortiumResult, dict[str, Any]] | None) -> None:
        if value is None or self._analysis is None:
            self._result = None
            self.allocation.set_result(None)
            for label in (*self.figures.values(), self.warnings_label, self.verdict_label):
                label.clear()
        else:
            result, data = value
            self._result = (result, self._analysis[0], data)
            self.allocation.set_result(data)
            self.verdict_label.setText(" ".join(self._translated(m) for m in result.verdict_text))
            for key, text in self.allocation.summary(data).items():
                self.figures[key].setText(text)
            self.warnings_label.setText("\n".join(self._translated(w) for w in data["warnings"]))
            self.progress.setValue(STEPS)
        self.stale_label.setVisible(False)
        self._update_state()

    def _on_progress(self, task: int, fraction: float) -> None:
        if task == self._analysis_id:
            self.progress.setValue(round(fraction * STEPS))

    def _finish(self, task: int) -> tuple[str | None, bool]:
        """Forget one of this view's tasks: its kind (None if not ours) and whether it is still wanted."""
        kind = self._tasks.pop(task, None)
        current = kind == "report" or (kind == "analysis" and task == self._analysis_id)
        if kind == "analysis" and current:
            self._analysis_id = None
        self._update_state()
        return kind, current

    def _on_done(self, task: int, value: Any) -> None:
        kind, current = self._finish(task)
        if kind == "analysis" and current:
            self._show_result(value)
            self.analysis_finished.emit(value[1])
        elif kind == "report":
            self.report_written.emit(value)

    def _on_failed(self, task: int, exc: BaseException, _traceback: str) -> None:
        kind, current = self._finish(task)
        if kind is None:
            return
        if not isinstance(exc, ExportRiskError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
        elif current:
            where = self._analysis[1] if kind == "analysis" and self._analysis else {}
            self._show_error(self.flows.explain(exc, where))

    def _on_cancelled(self, task: int) -> None:
        self._finish(task)

    # ---- file dialogs -------------------------------------------------------------------------------------

    def _ask(self, save: bool, title: str, filters: str, then: Any) -> None:
        path = self._ask_path(save, title, filters, "")
        if path:
            then(path)

    def _ask_path(self, save: bool, title: str, filters: str, suffix: str) -> str:
        """A file dialog in the last folder used (else the documents folder), proposing a name from the pool."""
        from . import settings as keys

        folder = self.settings.get(keys.LAST_FOLDER) if self.settings is not None else ""
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ""
        start = folder
        if save:
            name = (self.name_edit.text().strip() or self.tr("Pool")) + " - " + self.date_edit.date().toString(
                "yyyy-MM-dd")
            start = str(Path(folder) / ("".join("-" if c in '/\\:*?"<>|' else c for c in name) + suffix))
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = ask(self, title, start, filters)
        if path and save and suffix and not path.lower().endswith(suffix):
            path += suffix
        if path and self.settings is not None:
            self.settings.set(keys.LAST_FOLDER, str(Path(path).parent))
        return path
