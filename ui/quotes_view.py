"""The Quotes tab: the register of past quotes, searched, reopened as they were, reproduced and re-quoted."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exportrisk.cover.registry import OPTIONS, PRE_SHIPMENT_ID
from exportrisk.errors import ExportRiskError

from . import i18n
from .quote_details import change_label, change_value, details_text

OPTION_IDS = [option.id for option in OPTIONS] + [PRE_SHIPMENT_ID]

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class QuotesModel(QAbstractTableModel):
    """Search rows of the register: id, stored, client, buyer, country, valuation date, recommended, min price."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.headers = (self.tr("No."), self.tr("Stored"), self.tr("Client"), self.tr("Buyer"), self.tr("Country"),
                        self.tr("Valued"), self.tr("Recommended"), self.tr("Min. price"))

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("The quote's number in the register."), self.tr("When the quote was stored."),
                    self.tr("The exporter the quote was made for."), self.tr("The buyer."),
                    self.tr("The buyer's country."), self.tr("The date of the rates the quote used."),
                    self.tr("The cover recommended then."),
                    self.tr("The minimum invoice price with that cover, in the invoice currency."))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 7:
            return "—" if row[7] is None else i18n.money(row[7], row[8])
        if index.column() == 1:
            return local_time(str(row[1]))
        if index.column() == 5 and row[5]:
            return local_date(str(row[5]))
        if index.column() == 6 and row[6]:
            return i18n.option_name(str(row[6])) if i18n.words("en").has(f"option_{row[6]}") else str(row[6])
        return "" if row[index.column()] is None else str(row[index.column()])


def local_date(iso: str) -> str:
    """An ISO date in the window locale's short form with a four-digit year."""
    from .deal_form import date_format

    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return day.toString(date_format()) if day.isValid() else iso


def local_time(iso: str) -> str:
    """An ISO timestamp as the window's date and hours:minutes."""
    return f"{local_date(iso)} {iso[11:16]}".strip()


class QuotesView(QWidget):
    """Search the register; open, reproduce, re-quote, delete and export the quotes it holds."""

    deal_opened = Signal(object)  # the stored deal as a Deal, to load into the form

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="quotesView")
        column = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.client = QLineEdit(self, objectName="quotes.client", placeholderText=self.tr("Client starts with"))
        self.buyer = QLineEdit(self, objectName="quotes.buyer", placeholderText=self.tr("Buyer starts with"))
        self.country = QLineEdit(self, objectName="quotes.country", placeholderText=self.tr("Country (ISO code)"))
        self.country.setMaxLength(3)
        self.use_dates = QCheckBox(self.tr("Valued from"), self, objectName="quotes.use_dates")
        self.since = QDateEdit(self, objectName="quotes.since", calendarPopup=True, date=QDate(2026, 1, 1))
        self.until = QDateEdit(self, objectName="quotes.until", calendarPopup=True, date=QDate.currentDate())
        for widget in (self.client, self.buyer, self.country, self.use_dates, self.since,
                       QLabel(self.tr("to"), self), self.until):
            filters.addWidget(widget)
        column.addLayout(filters)
        self.model = QuotesModel(self)
        self.table = QTableView(self, objectName="quotes.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        column.addWidget(self.table, 2)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label in (("open", self.tr("Open as it was")), ("reproduce", self.tr("Reproduce")),
                           ("requote", self.tr("Re-quote with today's data")), ("delete", self.tr("Delete")),
                           ("export", self.tr("Export CSV…"))):
            button = QPushButton(label, self, objectName=f"quotes.{key}")
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.status = QLabel(self, objectName="quotes.status", wordWrap=True)
        column.addWidget(self.status)
        self.details = QPlainTextEdit(self, objectName="quotes.details", readOnly=True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the figures in columns
        column.addWidget(self.details, 3)
        for field in (self.client, self.buyer, self.country):
            field.textEdited.connect(self.refresh)
        for widget in (self.since, self.until):
            widget.dateChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        self.buttons["open"].clicked.connect(self.open_selected)
        self.buttons["reproduce"].clicked.connect(self.reproduce_selected)
        self.buttons["requote"].clicked.connect(self.requote_selected)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["export"].clicked.connect(self.export_dialog)

    # -- the register, opened per action so that the window never holds a lock on it
    def _with_register(self, action: Any) -> Any:
        from exportrisk.register.db import open_register

        opened = open_register()
        try:
            if opened.set_aside is not None:
                self.status.setText(self.tr("The register was damaged: it was set aside as %1 and a new one "
                                            "started.").replace("%1", str(opened.set_aside)))
            return action(opened.connection)
        finally:
            opened.connection.close()

    def _filters(self) -> dict[str, Any]:
        since = until = None
        if self.use_dates.isChecked():
            since, until = (date.fromisoformat(w.date().toString("yyyy-MM-dd")) for w in (self.since, self.until))
        return {"client": self.client.text(), "buyer": self.buyer.text(), "country": self.country.text(),
                "since": since, "until": until}

    def refresh(self) -> None:
        from exportrisk.register.quotes import search

        rows = self._with_register(lambda db: search(db, limit=500, **self._filters()))
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n quote(s)", "", len(rows)))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(self.model.rows[index.row()][0]) if index.isValid() else None

    def _require(self) -> int | None:
        quote_id = self.selected_id()
        if quote_id is None:
            self.status.setText(self.tr("Choose a quote in the list first."))
        return quote_id

    def open_selected(self) -> None:
        from exportrisk.deal.io import deal_from_dict
        from exportrisk.register.quotes import load

        quote_id = self._require()
        if quote_id is None:
            return
        stored = self._with_register(lambda db: load(db, quote_id))
        self.details.setPlainText(details_text(stored.result))
        self.status.setText(self.tr("Quote %1 as stored on %2 by ExportRisk %3.").replace("%1", str(stored.id))
                            .replace("%2", stored.created.replace("T", " ")).replace("%3", stored.app_version))
        try:
            self.deal_opened.emit(deal_from_dict(stored.deal))
        except ExportRiskError as exc:
            self.status.setText(i18n.error_text(exc))

    def _show_changes(self, changes: list[tuple], same: str, head: str) -> None:
        if not changes:
            self.details.setPlainText(same)
            return
        lines = [head] + [f"{change_label(label, OPTION_IDS)}: {change_value(before)} → {change_value(after)}"
                          for label, before, after in changes]
        self.details.setPlainText("\n".join(lines))

    def reproduce_selected(self) -> None:
        from exportrisk.register.quotes import differences, load, reproduce

        quote_id = self._require()
        if quote_id is None:
            return
        changes = self._with_register(lambda db: differences(load(db, quote_id).result, reproduce(db, quote_id)))
        self._show_changes(changes, self.tr("Recomputed with the table versions it used: the same figures."),
                           self.tr("Recomputed with the table versions it used; these figures differ:"))

    def requote_selected(self) -> None:
        from exportrisk.register.quotes import differences, load, requote

        quote_id = self._require()
        if quote_id is None:
            return
        stored = self._with_register(lambda db: load(db, quote_id))
        try:
            changes = differences(stored.result, requote(stored))
        except ExportRiskError as exc:
            self.status.setText(i18n.error_text(exc))
            return
        self._show_changes(changes, self.tr("Quoted again with today's data: nothing changed."),
                           self.tr("Quoted again with today's data; what changed:"))

    def delete_selected(self) -> None:
        from exportrisk.register.quotes import delete

        quote_id = self._require()
        if quote_id is not None:
            self._with_register(lambda db: delete(db, quote_id))
            self.refresh()

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export quotes"), "quotes.csv", "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        from exportrisk.fileio import atomic_write_text
        from exportrisk.register.quotes import export_csv, search

        rows = self._with_register(lambda db: search(db, limit=1_000_000, **self._filters()))
        atomic_write_text(path, export_csv(rows))
        self.status.setText(self.tr("Wrote %1 (%2 quotes).").replace("%1", str(path)).replace("%2", str(len(rows))))
