"""The options comparison: a sortable table model over the engine's option results, and its view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from . import i18n

if TYPE_CHECKING:  # the engine (numpy, pandas) loads after the window is up
    from exportrisk.engine.result import OptionResult

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# Widest the option's name column grows (the full name is in its tooltip), so cost, risk and minimum price stay
# on screen at 1366 pixels in every language.
OPTION_WIDTH = 230


class OptionsModel(QAbstractTableModel):
    """One row per cover option. Shows what the engine computed; columns not yet simulated show "…".

    The first column sorts the recommended option first, then the ranked ones, unavailable ones last.
    """

    COLUMNS = ("rank", "option", "min_price", "cost", "risk_adjusted_cost", "es_99", "expected_loss",
               "event_probability", "reason")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: tuple[OptionResult, ...] = ()
        self.recommended: str | None = None
        self._simulated = False

    def headers(self) -> tuple[str, ...]:
        names = {"rank": self.tr("#"), "option": self.tr("Option"), "cost": self.tr("Cost"),
                 "expected_loss": self.tr("Exp. loss"), "event_probability": self.tr("Event prob."),
                 "es_99": self.tr("Worst 1 % loss"), "risk_adjusted_cost": self.tr("Cost with risk"),
                 "min_price": self.tr("Min. price"), "reason": self.tr("Note")}
        return tuple(names[c] for c in self.COLUMNS)

    def header_tips(self) -> tuple[str, ...]:
        tips = {
            "rank": self.tr("The order of the options: the recommended one first, options that cannot be used last."),
            "option": self.tr("The way to cover the deal."),
            "cost": self.tr("What the cover costs you up front (fees, premiums, margins), in your home currency."),
            "expected_loss": self.tr("The loss you can expect on average from what the cover leaves with you. "
                                     "Below zero: on average you gain (e.g. an FX put keeps the upside)."),
            "event_probability": self.tr("The chance that the buyer or the country fails to pay and you bear it."),
            "es_99": self.tr("The average loss in the worst 1 case in 100 (expected shortfall at 99 %)."),
            "risk_adjusted_cost": self.tr("Cost + expected loss + the cost of holding capital against a bad case: "
                                          "the figure the options are ranked by."),
            "min_price": self.tr("The lowest invoice price, in the invoice currency, that still pays your cost "
                                 "or margin after this cover."),
            "reason": self.tr("Why an option cannot be used, or what to know about it (select a row to read it "
                              "in full below the table)."),
        }
        return tuple(tips[c] for c in self.COLUMNS)

    def set_options(self, options: tuple[OptionResult, ...], recommended: str | None, simulated: bool) -> None:
        self.beginResetModel()
        self._rows, self.recommended, self._simulated = options, recommended, simulated
        self.endResetModel()

    def option(self, row: int) -> OptionResult:
        return self._rows[row]

    def note(self, option: OptionResult) -> str:
        """Why it is unavailable, or its notes: each engine message in the window's language."""
        if not option.available:
            return i18n.message(option.reason) if option.reason else ""
        notes = [i18n.message(n) for n in option.notes]
        if option.expected_loss is not None and option.expected_loss < 0:
            notes.append(self.tr("Expected loss below zero: on average the part left open gains (the cover keeps "
                                 "the upside of the exchange rate)."))
        return " ".join(n if n.endswith((".", "!", "?", ")")) else n + "." for n in notes if n)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips()[section]
        return None

    def _value(self, option: OptionResult, column: str) -> Any:
        if column == "rank":
            return option.rank
        if column == "option":
            return i18n.option_name(option.id)
        if column == "reason":
            return self.note(option)
        if column == "es_99":
            return option.es.get(0.99)
        return getattr(option, column)

    def _order(self, row: int) -> float:
        """Sort key of the first column: recommended, then by rank, then unranked, unavailable last."""
        option = self._rows[row]
        if not option.available:
            return 1e6 + row
        if option.id == self.recommended:
            return -1.0
        return float(option.rank) if option.rank is not None else 1e3 + row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        option, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            if column == "rank":
                return self._order(index.row())
            value = self._value(option, column)
            if isinstance(value, str) or value is None:
                return value or ("" if column in ("option", "reason") else float("inf"))
            return float(value)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(option, column)
            if column in ("option", "reason"):
                return value
            if not option.available:
                return "—" if column != "rank" else ""
            if value is None:
                return "" if column == "rank" else ("…" if not self._simulated else "—")
            if column == "rank":
                return str(value)
            if column == "event_probability":
                return i18n.percent(value)
            text = i18n.number(float(value))
            return text + " *" if column == "expected_loss" and value < 0 else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("option", "reason"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and option.id == self.recommended:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not option.available:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "option":
                return self._value(option, "option")
            if column == "expected_loss" and option.expected_loss is not None and option.expected_loss < 0:
                return self.tr("Below zero: on average the part left open gains (the cover keeps the upside of "
                               "the exchange rate).")
            return self.note(option) or None
        return None


def sorted_model(model: OptionsModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model.parent())
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.setDynamicSortFilter(True)
    return proxy


def configure_table(table: QTableView) -> None:
    """Figures sized to their contents, the option's name capped, the note taking the rest of the width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    option = OptionsModel.COLUMNS.index("option")
    header.setSectionResizeMode(option, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(option, OPTION_WIDTH)
    header.setSectionResizeMode(len(OptionsModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(28)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
