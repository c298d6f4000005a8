"""The export finance group's parts: field labels, readable errors, a CIRR line and a bond's sub-form."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exportrisk.errors import InputError
from exportrisk.finance.terms import BOND_KINDS, Bond

from . import i18n
from .form_fields import COMMON_CURRENCIES, NumberField

ERROR_STYLE = "color: #c0392b;"
PATH = re.compile(r"\b(?:finance|fund_394|bond)\.[a-z_0-9]+\b")


def field_labels() -> dict[str, str]:
    """The deal-file path of each finance field -> its label in the window's language (errors and engine notes
    name the field by its label, never by its path)."""
    translate = QCoreApplication.translate
    return {
        "finance.down_payment_pct": translate("FinanceForm", "Down payment"),
        "finance.repayment_years": translate("FinanceForm", "Buyer credit (years)"),
        "finance.manufacturing_months": translate("FinanceForm", "Manufacturing (months)"),
        "finance.starting_point": translate("FinanceForm", "Credit starts at"),
        "finance.arrangement_category": translate("FinanceForm", "Arrangement category"),
        "finance.cirr_pct": translate("FinanceForm", "Today's CIRR"),
        "finance.premium_paid_by": translate("FinanceForm", "State premium paid by"),
        "finance.pre_shipment_cover": translate("FinanceForm", "Pre-shipment cover"),
        "finance.interest_support": translate("FinanceForm", "Interest support"),
        "finance.market_fixed_rate_pct": translate("FinanceForm", "Market fixed rate"),
        "finance.insured_margin_pct": translate("FinanceForm", "Margin on an insured loan"),
        "bond.kind": translate("FinanceForm", "Kind"),
        "bond.amount": translate("FinanceForm", "Amount"),
        "bond.months": translate("FinanceForm", "Runs for (months)"),
        "bond.unfair_call_probability": translate("FinanceForm", "Unfair-call probability"),
        "bond.counter_guarantee": translate("FinanceForm", "State counter-guarantee"),
        "fund_394.loan_amount": translate("FinanceForm", "Loan (EUR)"),
        "fund_394.market_rate_pct": translate("FinanceForm", "Bank rate it replaces"),
        "fund_394.grant_share": translate("FinanceForm", "Grant share asked for"),
        "fund_394.sme": translate("FinanceForm", "Small or medium firm"),
    }


def readable(text: str) -> str:
    """`text` with every finance field path ("finance.arrangement_category") replaced by its quoted label."""
    labels = field_labels()
    return PATH.sub(lambda m: QLocale().quoteString(labels[m.group(0)]) if m.group(0) in labels else m.group(0), text)


def error_text(error: Exception) -> str:
    """An InputError in the window's language, the field it names given by its label, not its path."""
    params = dict(getattr(error, "params", {}) or {})
    code = getattr(error, "code", None)
    if code and "name" in params:
        base = re.sub(r"\.[A-Z]{3}$", "", str(params["name"]))
        label = field_labels().get(base)
        if label:
            code_suffix = f" ({params['name'][-3:]})" if base != params["name"] else ""  # finance.cirr_pct.USD
            params["name"] = QLocale().quoteString(label) + code_suffix
            error = InputError(code=code, field=getattr(error, "field", None), **params)
    return readable(i18n.error_text(error))


def error_label(parent: QWidget, key: str) -> QLabel:
    """A red line under a field, hidden until an error of deal-file path `key` is shown in it."""
    label = QLabel(parent, objectName=f"error:{key}", wordWrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class Figure(QDoubleSpinBox):
    """A spin box that writes 9 and 4,5 rather than 9,00 and 4,50 (the window's locale)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt API)
        text = QLocale().toString(float(value), "f", self.decimals())
        point = QLocale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


class CirrRow(QWidget):
    """One currency and its CIRR, percent a year, with a button that removes the line."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, parent: QWidget, currency: str = "", rate: float | None = None):
        super().__init__(parent, objectName="cirrRow")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        line = QHBoxLayout()
        column.addLayout(line)
        self.currency = QComboBox(self, objectName="cirrCurrency", editable=True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currency.setMinimumContentsLength(4)
        self.currency.setCurrentText(currency.upper() or "USD")
        self.rate = QLineEdit(self, objectName="cirrRate",
                              placeholderText=self.tr("% a year, e.g. %1").replace("%1", i18n.plain(4.5)))
        if rate is not None:
            self.rate.setText(i18n.plain(rate, 6))
        self.remove = QPushButton(self.tr("Remove"), self, objectName="removeCirr")
        self.currency.setToolTip(self.tr("The currency of the credit, three letters."))
        self.rate.setToolTip(self.tr("This month's CIRR for the currency and the credit's length, percent a year."))
        self.remove.setToolTip(self.tr("Removes this CIRR."))
        line.addWidget(self.currency)
        line.addWidget(self.rate, 1)
        line.addWidget(self.remove)
        self.error = error_label(self, "cirr")
        column.addWidget(self.error)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.currency.currentTextChanged.connect(lambda *_: self.changed.emit())
        self.rate.textEdited.connect(lambda *_: self.changed.emit())

    def code(self) -> str:
        return self.currency.currentText().strip().upper()

    def value(self) -> float | str:
        return typed(self.rate.text()) or 0.0


class BondRow(QFrame):
    """One [[bond]]: kind, amount (invoice currency), months, unfair-call probability, state counter-guarantee."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, parent: QWidget, bond: Bond | None = None):
        super().__init__(parent, objectName="bondRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 4)
        head = QHBoxLayout()
        self.title = QLabel(self, objectName="bondTitle")
        self.remove = QPushButton(self.tr("Remove"), self, objectName="removeBond")
        self.remove.setToolTip(self.tr("Removes this bond."))
        head.addWidget(self.title, 1)
        head.addWidget(self.remove)
        column.addLayout(head)
        layout = QFormLayout()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(layout)
        self.kind = QComboBox(self, objectName="bond.kind")
        for kind in BOND_KINDS:
            name = bond_kind(kind)
            self.kind.addItem(name[:1].upper() + name[1:], kind)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(10)
        self.amount = NumberField(self, "bond.amount")
        self.amount.setPlaceholderText(self.tr("e.g. %1").replace("%1", i18n.number(600_000, 0)))
        self.months = Figure(self, objectName="bond.months", minimum=0.0, maximum=240.0, decimals=1)
        self.months.setValue(12.0)
        self.unfair = QLineEdit(self, objectName="bond.unfair_call_probability",
                                placeholderText=self.tr("empty: %1 %").replace("%1", default_text(
                                    "bonds", "unfair_call_probability", 100.0)))
        self.counter = QCheckBox(self.tr("Covered"), self, objectName="bond.counter_guarantee")
        labels = field_labels()
        self.errors: dict[str, QLabel] = {}
        tips = {"kind": self.tr("What the bond guarantees: the advance you received, the contract's performance, "
                                "a bid, a retention or the warranty."),
                "amount": self.tr("The bond's amount, in the invoice currency."),
                "months": self.tr("How long the bond runs; the bank charges per started quarter."),
                "unfair_call_probability": self.tr("The chance, in percent, that the buyer calls the bond without "
                                                   "cause. Empty: ExportRisk's assumption."),
                "counter_guarantee": self.tr("A state counter-guarantee covers unfair and political calls, for a "
                                             "premium.")}
        for name, widget in (("kind", self.kind), ("amount", self.amount), ("months", self.months),
                             ("unfair_call_probability", self.unfair), ("counter_guarantee", self.counter)):
            holder = QWidget(self)
            holder_column = QVBoxLayout(holder)
            holder_column.setContentsMargins(0, 0, 0, 0)
            holder_column.setSpacing(1)
            holder_column.addWidget(widget)
            self.errors[name] = error_label(holder, f"bond.{name}")
            holder_column.addWidget(self.errors[name])
            layout.addRow(labels[f"bond.{name}"], holder)
            widget.setToolTip(tips[name])
            layout.labelForField(holder).setToolTip(tips[name])
        if bond is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(bond.kind)))
            self.amount.setValue(bond.amount)
            self.months.setValue(bond.months)
            if bond.unfair_call_probability is not None:
                self.unfair.setText(i18n.plain(bond.unfair_call_probability * 100.0, 6))
            self.counter.setChecked(bond.counter_guarantee)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.kind.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.amount.valueChanged.connect(lambda *_: self.changed.emit())
        self.months.valueChanged.connect(lambda *_: self.changed.emit())
        self.unfair.textEdited.connect(lambda *_: self.changed.emit())
        self.counter.toggled.connect(lambda *_: self.changed.emit())

    def values(self) -> dict[str, Any]:
        """The [[bond]] table of this line (an unreadable amount is passed on for the engine to name)."""
        out: dict[str, Any] = {"kind": self.kind.currentData(),
                               "amount": typed(self.amount.text()) if self.amount.text().strip() else 0.0,
                               "months": self.months.value(), "counter_guarantee": self.counter.isChecked()}
        unfair = typed(self.unfair.text())
        if isinstance(unfair, float):
            out["unfair_call_probability"] = round(unfair / 100.0, 12)
        elif unfair is not None:
            out["unfair_call_probability"] = unfair
        return out


def typed(text: str) -> float | str | None:
    """A number typed in the window's language; None when empty; the text itself when it cannot be read."""
    body = text.strip()
    if not body:
        return None
    parsed = i18n.parse_amount(body)
    return parsed.value if parsed.value is not None else body


def bond_kind(kind: str) -> str:
    from exportrisk.messages import message

    return i18n.message(message(f"bond_kind_{kind}"))


def default_text(section: str, key: str, scale: float = 1.0) -> str:
    """An ExportRisk default finance parameter, as the window writes numbers (resources/finance/parameters.toml, or
    resources/parameters.toml once the finance parameters are declared there)."""
    try:
        from exportrisk.finance.data import finance_parameters
    except ImportError:  # the finance parameters live in the one parameters file
        from exportrisk.parameters import load_parameters as finance_parameters
    return i18n.plain(float(finance_parameters().section(section)[key]) * scale)
