"""Table models of the consortium screen: members, receivables/payables (editable text), allocation (read-only).

Cells hold what the user typed; `FlowTableModel.entries` turns them into pool-file data for pool_from_dict,
so every check on the values is the engine's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from exportrisk.consortium.model import SCHEMA, Member, Payable, Receivable
from exportrisk.deal.model import BUYER_CATEGORIES, Instrument
from exportrisk.errors import InputError

from . import i18n

KINDS = ("receivable", "payable")
INSTRUMENTS = tuple(i.value for i in Instrument)
MEMBER_COLUMNS = ("name", "home_currency")
FLOW_COLUMNS = ("member", "kind", "buyer_name", "buyer_country", "rating", "amount", "currency", "payment_days",
                "instrument")
RAW_ROLE = Qt.ItemDataRole.UserRole
WHERE = re.compile(r"^members\[(\d+)\](?:\.(receivables|payables)\[(\d+)\])?(?::\s*|\.)")
Index = QModelIndex | QPersistentModelIndex


def number_text(value: float) -> str:
    """A float as a user would type it: 145000, 0.03 (no exponent, no trailing zeros)."""
    return f"{value:.15g}"


def money(value: float, currency: str = "") -> str:
    """An amount as the window's language writes it (grouped), with 2 decimals: the report's text."""
    return i18n.money(value, currency)


def percent(value: float) -> str:
    return i18n.percent(value)


def _number(text: str) -> Any:
    """A stored cell (number_text, or what was typed when it could not be read) as a float, else as typed."""
    try:
        return float(text.strip())
    except ValueError:
        return text


def typed_number(text: str) -> str:
    """A number typed in the window's language stored as number_text; unclear or wrong text stays as typed."""
    parsed = i18n.parse_amount(text)
    return number_text(parsed.value) if parsed.value is not None else text.strip()


def _days(text: str) -> Any:
    value = _number(text)
    return int(value) if isinstance(value, float) and value.is_integer() else value


class RowsModel(QAbstractTableModel):
    """Editable rows of text cells, one dict per row keyed by column (extra keys are kept, not shown)."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()]
        value = self._rows[index.row()].get(key, "")
        if role == Qt.ItemDataRole.DisplayRole and key == "amount" and isinstance(_number(str(value)), float):
            return i18n.number(float(value))
        if role == Qt.ItemDataRole.EditRole and key == "amount" and isinstance(_number(str(value)), float):
            return i18n.plain(float(value))
        if role == Qt.ItemDataRole.DisplayRole and key in ("kind", "instrument") and value:
            return choice_name(str(value))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, RAW_ROLE):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "payment_days"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key, text = self.columns[index.column()], str(value).strip()
        if key == "amount":
            text = typed_number(text)
        old = self._rows[index.row()].get(key, "")
        if text == old:
            return False
        self._rows[index.row()][key] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited(key, old, text)
        return True

    def edited(self, key: str, old: str, new: str) -> None:
        """Hook after a cell changed."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def tips(self) -> list[str]:
        return []

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and self.tips():
            return self.tips()[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def append_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows += [dict(r) for r in rows]
            self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()


class MemberTableModel(RowsModel):
    """Members: name and home currency; renaming one emits `renamed(old, new)`."""

    columns = MEMBER_COLUMNS
    renamed = Signal(str, str)

    def headers(self) -> list[str]:
        return [self.tr("Member"), self.tr("Home currency")]

    def tips(self) -> list[str]:
        return [self.tr("The member company's name, as the receivables name it."),
                self.tr("The currency the member keeps its accounts in (three letters).")]

    def names(self) -> list[str]:
        return [r.get("name", "") for r in self._rows]

    def edited(self, key: str, old: str, new: str) -> None:
        if key == "name" and old:
            self.renamed.emit(old, new)


class FlowTableModel(RowsModel):
    """Receivables and payables, one per row, naming their member."""

    columns = FLOW_COLUMNS

    def headers(self) -> list[str]:
        return [self.tr("Member"), self.tr("Kind"), self.tr("Buyer"), self.tr("Buyer country"),
                self.tr("Rating / category / PD"), self.tr("Amount"), self.tr("Currency"), self.tr("Payment days"),
                self.tr("Instrument")]

    def tips(self) -> list[str]:
        return [self.tr("Which member the row belongs to."),
                self.tr("receivable: money a buyer owes the member; payable: money the member owes abroad."),
                self.tr("The buyer's name (receivables only)."),
                self.tr("The buyer's country, as a name or a three-letter code."),
                self.tr("The buyer's rating (e.g. BB), OECD buyer category (e.g. CC2) or one-year default "
                        "probability (e.g. 0.02)."),
                self.tr("The amount, in the row's currency."), self.tr("Three letters, e.g. USD."),
                self.tr("Days until the money is due."), self.tr("How the buyer pays, e.g. open_account.")]

    def rename_member(self, old: str, new: str) -> None:
        for row, values in enumerate(self._rows):
            if values.get("member") == old:
                values["member"] = new
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def entries(self, members: list[str]) -> tuple[dict[str, dict[str, list]], dict[str, int]]:
        """Per member name its pool-file receivables and payables, and 'members[i].receivables[j]' -> row."""
        out: dict[str, dict[str, list]] = {name: {"receivables": [], "payables": []} for name in members}
        where: dict[str, int] = {}
        position = {name: i for i, name in enumerate(members)}
        for row, values in enumerate(self._rows):
            member, kind = values.get("member", ""), values.get("kind", "receivable") or "receivable"
            if member not in out:
                raise InputError(self.tr("Receivables/payables row %1: member '%2' is not in the member table; "
                                         "add it there or fix the name.").replace("%1", str(row + 1))
                                 .replace("%2", member))
            if kind not in KINDS:
                raise InputError(self.tr("Receivables/payables row %1: kind must be receivable or payable.")
                                 .replace("%1", str(row + 1)))
            amount, days = _number(values.get("amount", "")), _days(values.get("payment_days", ""))
            if kind == "payable":
                entry: dict[str, Any] = {"currency": values.get("currency", ""), "amount": amount,
                                         "payment_days": days}
            else:
                buyer: dict[str, Any] = {"name": values.get("buyer_name", ""),
                                         "country": values.get("buyer_country", "")}
                quality = values.get("rating", "")
                if quality.upper() in BUYER_CATEGORIES:
                    buyer["category"] = quality.upper()
                elif isinstance(_number(quality), float):
                    buyer["pd_1y"] = _number(quality)
                elif quality:
                    buyer["rating"] = quality
                deal = {"amount": amount, "currency": values.get("currency", ""), "payment_days": days,
                        "instrument": values.get("instrument", "")}
                extra = values.get("extra", {})
                entry = {"buyer": {**buyer, **extra.get("buyer", {})}, "deal": {**deal, **extra.get("deal", {})}}
            items = out[member][f"{kind}s"]
            where[f"members[{position[member]}].{kind}s[{len(items)}]"] = row
            items.append(entry)
        return out, where

    def _column_of(self, key: str) -> str:
        """The header of the table column a pool-file key ("amount", "buyer.country") is typed in, or ""."""
        last = key.rsplit(".", 1)[-1]
        column = {"country": "buyer_country", "name": "buyer_name", "category": "rating", "pd_1y": "rating"}.get(
            last, last)
        return dict(zip(FLOW_COLUMNS, self.headers(), strict=True)).get(column, "")

    def explain(self, error: Exception | str, where: dict[str, int]) -> str:
        """The engine's message in the window's language, first line, naming the table row it concerns.

        The row comes from the error's field ("members[0].receivables[2].amount"), or for a message without
        a field from its start ("members[0].receivables[2]: ..."), which is then cut off."""
        message = error if isinstance(error, str) else i18n.error_text(error)
        field = getattr(error, "field", None) or ""
        match = WHERE.match(field + ".") if field.startswith("members[") else WHERE.match(message)
        if match:
            rest = message if field.startswith("members[") else message[match.end():]
            member, kind, item = match.groups()
            row = where.get(f"members[{member}].{kind}[{item}]") if kind else None
            if kind and row is not None:
                column = self._column_of(field[match.end():] if field.startswith("members[") else "")
                label = (self.tr("Receivables/payables row %1, %2: ").replace("%2", column) if column else
                         self.tr("Receivables/payables row %1: "))
                message = label.replace("%1", str(row + 1)) + rest
            elif not kind:
                message = self.tr("Member row %1: ").replace("%1", str(int(member) + 1)) + rest
        return message.splitlines()[0] if message else message


def pool_data(header: dict[str, Any], members: list[dict[str, Any]], flows: FlowTableModel,
              parameters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, int]]:
    """Pool-file data (for pool_from_dict) from the header fields and the tables, and each entry's flow row."""
    names = [r.get("name", "") for r in members]
    entries, where = flows.entries(names)
    out = []
    for row, name in zip(members, names, strict=True):
        entry = {"name": name, **{k: v for k, v in entries[name].items() if v}}
        if row.get("home_currency"):
            entry["home_currency"] = row["home_currency"]
        out.append(entry)
    data = {"schema": SCHEMA, **header, "members": out}
    if parameters:
        data["parameters"] = parameters
    return data, where


def pool_rows(members: Sequence[Member], receivables: Sequence[Receivable], payables: Sequence[Payable],
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The member rows and receivable/payable rows showing a pool's (or a CSV's) members and flows."""
    member_rows = [{"name": m.name, "home_currency": m.home_currency} for m in members]
    flows: list[dict[str, Any]] = []
    for m in members:
        for r in receivables:
            if r.member != m.name:
                continue
            b, t = r.buyer, r.terms
            quality = b.rating or b.category or (number_text(b.pd_1y) if b.pd_1y is not None else "")
            extra = {"buyer": {"country_category": b.country_category} if b.country_category else {},
                     "deal": {k: v for k, v in (("cost", t.cost), ("target_margin", t.target_margin))
                              if v is not None}}
            flows.append({"member": m.name, "kind": "receivable", "buyer_name": b.name, "buyer_country": b.country,
                          "rating": quality, "amount": number_text(t.amount), "currency": t.currency,
                          "payment_days": str(t.payment_days or ""), "instrument": str(t.instrument),
                          "extra": extra})
        flows += [{"member": m.name, "kind": "payable", "amount": number_text(p.amount), "currency": p.currency,
                   "payment_days": str(p.payment_days)} for p in payables if p.member == m.name]
    return member_rows, flows


class AllocationModel(QAbstractTableModel):
    """Read-only: one row per member of consortium_to_dict's result, then the pool totals."""

    KEYS = ("name", "receivables", "exposure", "standalone_cost", "same_cover_alone", "pooled_cost", "saving",
            "pooling_saving", "risk_contribution", "better_off_alone")
    TOTALS = {"name": None, "receivables": "receivables", "exposure": "exposure", "standalone_cost":
              "standalone_cost", "same_cover_alone": "same_cover_alone", "pooled_cost": "pooled_cost",
              "saving": "saving", "pooling_saving": "pooling_saving", "risk_contribution": "es_99",
              "better_off_alone": None}

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_result(self, data: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self._rows = []
        if data is not None:
            total = {key: data["pool"][src] for key, src in self.TOTALS.items() if src}
            self._rows = [*data["members"], {**total, "name": self.tr("Total"), "better_off_alone": ""}]
        self.endResetModel()

    def summary(self, data: dict[str, Any]) -> dict[str, str]:
        """The pool figures of consortium_to_dict's result as text, by the view's label name."""
        pool, ccy = data["pool"], data["home_currency"]
        netting, policy, fund = data["netting"], data["group_policy"], data["fund"]
        out = {key: money(pool[source], ccy) for key, source in (
            ("pooledCost", "pooled_cost"), ("sameCoverAlone", "same_cover_alone"), ("cheapestAlone", "standalone_cost"),
            ("poolingSaving", "pooling_saving"), ("saving", "saving"))}
        line = self.tr("alone %1, pooled %2, saving %3")
        out["netting"] = (line.replace("%1", money(netting["standalone_margin"]))
                          .replace("%2", money(netting["pooled_margin"])).replace("%3", money(netting["saving"], ccy)))
        out["groupPolicy"] = (line.replace("%1", money(policy["standalone_premium"]))
                              .replace("%2", money(policy["pooled_premium"]))
                              .replace("%3", money(policy["saving"], ccy))
                              + self.tr(" (volume discount %1, an assumption)")
                              .replace("%1", percent(policy["volume_discount"])))
        out["fund"] = (self.tr("size %1 (%2 of exposure), exhausted with probability %3, expected loss beyond it "
                               "%4; rate for at most %5 exhaustion: %6")
                       .replace("%1", money(fund["size"], ccy)).replace("%2", percent(fund["contribution_rate"]))
                       .replace("%3", percent(fund["exhaustion_probability"]))
                       .replace("%4", money(fund["expected_loss_beyond"], ccy))
                       .replace("%5", percent(fund["target_exhaustion_probability"]))
                       .replace("%6", percent(fund["required_contribution_rate"])))
        names = {"alone": self.tr("Each member keeps its cheapest cover alone"),
                 "netting": self.tr("FX netting only"), "netting_policy": self.tr("FX netting + group credit policy"),
                 "netting_policy_fund": self.tr("FX netting + group credit policy + guarantee fund")}
        out["designs"] = "\n".join(
            self.tr("%1. %2: %3 (%4 of %5 members save)").replace("%1", str(d["rank"])).replace("%2", names[d["id"]])
            .replace("%3", money(d["total"], ccy)).replace("%4", str(d["members_saving"]))
            .replace("%5", str(pool["members"])) for d in sorted(data["designs"], key=lambda d: d["rank"]))
        fees = data["membership_fees"]
        fee_line = self.tr("%1 per member, %2 in total: paid in every package, not part of any saving")
        out["membershipFees"] = (fee_line.replace("%1", money(fees["per_member"], ccy))
                                 .replace("%2", money(fees["total"], ccy)))
        out["diversification"] = (self.tr("members alone under the same cover: %1; the pool's tail is %2 less")
                                  .replace("%1", money(pool["sum_of_alone_es_99"], ccy))
                                  .replace("%2", money(pool["diversification_benefit"], ccy)))
        out["poolRisk"] = (self.tr("%1 (members alone: %2)").replace("%1", money(pool["es_99"], ccy))
                           .replace("%2", money(pool["sum_of_alone_es_99"], ccy)))
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.KEYS[index.column()]
        value = self._rows[index.row()][key]
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, bool):
                return self.tr("Better off alone") if value else self.tr("Saves")
            if isinstance(value, str):
                return value
            return i18n.number(float(value), 0) if key == "receivables" else money(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("name", "better_off_alone"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("The member company."), self.tr("How many receivables it brings."),
                    self.tr("What it is owed, in the consortium's home currency."),
                    self.tr("What its cheapest cover would cost it on its own."),
                    self.tr("What the cover the pool uses would cost it on its own."),
                    self.tr("Its share of the pool's cost."),
                    self.tr("Cheapest alone minus pooled cost: what it saves against its best own choice."),
                    self.tr("Same cover alone minus pooled cost: what pooling itself saves."),
                    self.tr("Its share of the pool's bad-case loss (expected shortfall at 99 %)."),
                    self.tr("Whether it saves in the pool or would do better alone.")][section]
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Member"), self.tr("Receivables"), self.tr("Exposure"), self.tr("Cheapest alone"),
                self.tr("Same cover alone"), self.tr("Pooled cost"), self.tr("Saving vs cheapest"),
                self.tr("Pooling saving"), self.tr("Risk contribution (ES 99 %)"), self.tr("Verdict")][section]


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of fixed choices: each code shown by its name in the window's language."""

    def __init__(self, choices: tuple[str, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("choiceEditor")
        for code in self.choices:
            editor.addItem(choice_name(code), code)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(str(index.data(Qt.ItemDataRole.EditRole))), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def choice_name(code: str) -> str:
    """A kind or instrument code as the window names it ("receivable" -> "Forderung")."""
    kinds = {"receivable": QCoreApplication.translate("FlowTableModel", "receivable"),
             "payable": QCoreApplication.translate("FlowTableModel", "payable")}
    if code in kinds:
        return kinds[code]
    return i18n.instrument_name(code) if code in INSTRUMENTS else code
