"""The options comparison: a sortable table model over the engine's option results, and its view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

if TYPE_CHECKING:  # the engine (numpy, pandas) loads after the window is up
    from exportrisk.engine.result import OptionResult
from .labels import option_names

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class OptionsModel(QAbstractTableModel):
    """One row per cover option. Shows what the engine computed; columns not yet simulated show "…"."""

    COLUMNS = ("rank", "option", "cost", "expected_loss", "event_probability", "es_99", "risk_adjusted_cost",
               "min_price", "reason")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: tuple[OptionResult, ...] = ()
        self._recommended: str | None = None
        self._simulated = False
        self._message = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("#"), self.tr("Option"), self.tr("Cost"), self.tr("Exp. loss"), self.tr("Event prob."),
                self.tr("ES 99 %"), self.tr("Risk-adj. cost"), self.tr("Min. price"), self.tr("Note"))

    def header_tips(self) -> tuple[str, ...]:
        return (self.tr("Rank by risk-adjusted cost"), self.tr("Cover option"),
                self.tr("Up-front cost in home currency"), self.tr("Expected loss left with you, home currency"),
                self.tr("Probability of a default or political event you still bear"),
                self.tr("Expected shortfall at 99 %: the average loss in the worst 1 % of outcomes"),
                self.tr("Costs + expected loss + cost of capital on the tail"),
                self.tr("Minimum invoice price (invoice currency) that keeps your margin"),
                self.tr("Why an option is unavailable, or what to know about it"))

    def set_options(self, options: tuple[OptionResult, ...], recommended: str | None, simulated: bool,
                    message: Any = None) -> None:
        """Replace the rows; `message(text) -> str` translates the engine's reasons and notes."""
        self.beginResetModel()
        self._rows, self._recommended, self._simulated, self._message = options, recommended, simulated, message
        self.endResetModel()

    def option(self, row: int) -> OptionResult:
        return self._rows[row]

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
            return option_names().get(option.id, option.name)
        if column == "reason":
            text = option.reason if not option.available else "; ".join(option.notes)
            return self._message(text) if self._message and text else text
        if column in ("es_99",):
            return option.es.get(0.99)
        return getattr(option, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        option, column = self._rows[index.row()], self.COLUMNS[index.column()]
        value = self._value(option, column)
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            if isinstance(value, str) or value is None:
                return value or ""
            return float(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("option", "reason"):
                return value
            if not option.available:
                return "—" if column != "rank" else ""
            if value is None:
                return "" if column == "rank" else ("…" if not self._simulated else "—")
            if column == "rank":
                return str(value)
            if column == "event_probability":
                return QLocale().toString(100.0 * value, "f", 2) + " %"
            return QLocale().toString(float(value), "f", 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("option", "reason"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and option.id == self._recommended:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not option.available:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._value(option, "reason") or None
        return None


def sorted_model(model: OptionsModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model.parent())
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    return proxy
