"""The deal form: every field of the deal file, errors and questions shown next to the field they concern."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exportrisk.deal.model import BUYER_CATEGORIES, Instrument

from . import i18n
from .deal_form_checks import DealFormChecks
from .deal_form_data import DealFormData
from .finance_form import FinanceForm
from .form_fields import (  # noqa: F401 (COMMON_CURRENCIES, RATINGS, SEARCH_ROLE: importers read them from here)
    COMMON_CURRENCIES,
    RATINGS,
    SEARCH_ROLE,
    CountryCompleter,
    NumberField,
    RatingBox,
    _SelectOnFocus,
    date_format,
)


class DealForm(DealFormData, DealFormChecks, QWidget):
    """Edits one deal. `changed` on every edit that changes a figure, `edited` on any edit (names too).

    `values()` gives deal-file data, the engine validates it (deal_form_data); `problems()` lists what the form
    itself can tell (an amount it cannot read or must ask about, days of 0, a production cost typed for another
    amount) and `show_error()` shows the engine's errors under their fields (deal_form_checks). This module lays
    out the fields.
    """

    changed = Signal()
    edited = Signal()
    renamed = Signal()  # a name changed (no figure depends on it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._questions: dict[str, QWidget] = {}
        self._loading = False
        self._kept: dict[str, Any] = {}  # deal-file content the form does not show, kept for saving
        self._cost_amount: float | None = None  # the invoice amount the production cost was typed for
        self._focus_filter = _SelectOnFocus(self)
        layout = QVBoxLayout(self)
        self.general_error = QLabel(self, objectName="formMessage", wordWrap=True)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.example_note = QLabel(self, objectName="exampleNote", wordWrap=True)
        self.example_note.setStyleSheet("background: #fff6d5; border: 1px solid #e0c060; padding: 3px;")
        self.example_note.hide()
        layout.addWidget(self.example_note)
        self.exporter_name = self._line("exporter.name", self.tr("e.g. Tessitura Lariana S.r.l."))
        self.exporter_country = self._country_box("exporter.country", self.tr("Empty: from the home currency"))
        self.home_currency = self._currency_box("exporter.home_currency")
        self.buyer_name = self._line("buyer.name", self.tr("e.g. Confecções Paulista Ltda"))
        self.country = self._country_box("buyer.country", self.tr("Type part of the name"))
        self.quality_kind = QComboBox(self, objectName="quality_kind")
        self.quality_kind.addItem(self.tr("Rating"), "rating")
        self.quality_kind.addItem(self.tr("OECD buyer category"), "category")
        self.quality_kind.addItem(self.tr("1-year default probability"), "pd_1y")
        self.rating = RatingBox(self, "buyer.rating")
        self.rating.setCurrentText("BB")
        self.category = QComboBox(self, objectName="buyer.category")
        self.category.addItems(BUYER_CATEGORIES)
        self.pd = self._spin("buyer.pd_1y", 0.0, 99.0, 3, " %")
        self.amount = NumberField(self, "deal.amount")
        self.amount.setPlaceholderText(self.tr("e.g. %1").replace("%1", i18n.number(250_000.5)))
        self.currency = self._currency_box("deal.currency")
        self.days = NumberField(self, "deal.payment_days", "days")
        self.days.setText("90")
        self.instrument = QComboBox(self, objectName="deal.instrument")
        for item in Instrument:
            self.instrument.addItem(i18n.instrument_name(item.value), item.value)
        self.price_basis = QComboBox(self, objectName="price_basis")
        self.price_basis.addItem(self.tr("Production cost"), "cost")
        self.price_basis.addItem(self.tr("Target margin"), "target_margin")
        self.cost = NumberField(self, "deal.cost")
        self.margin = self._spin("deal.target_margin", 0.0, 95.0, 1, " %")
        self.valuation = QDateEdit(self, objectName="valuation_date", calendarPopup=True)
        self.valuation.setDisplayFormat(date_format())
        self.valuation.setDate(QDate.currentDate())

        main = QFormLayout()
        main.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [(self.tr("Buyer's country"), self.country), (self.tr("Invoice amount"), self.amount),
                (self.tr("Invoice currency"), self.currency), (self.tr("Days to payment"), self.days),
                (self.tr("Rating"), self.rating), (self.tr("Buyer category"), self.category),
                (self.tr("Default probability"), self.pd), (self.tr("Credit quality given as"), self.quality_kind),
                (self.tr("Payment instrument"), self.instrument), (self.tr("Price from"), self.price_basis),
                (self.tr("Production cost (home)"), self.cost), (self.tr("Target margin"), self.margin),
                (self.tr("Buyer"), self.buyer_name), (self.tr("Exporter"), self.exporter_name),
                (self.tr("Exporter's country"), self.exporter_country), (self.tr("Home currency"), self.home_currency),
                (self.tr("Valuation date"), self.valuation)]
        for label, widget in rows:
            self._add_row(main, label, widget)
        layout.addLayout(main)

        self.advanced = QGroupBox(self.tr("Advanced: supplier credit and market overrides"), self,
                                  objectName="advanced", checkable=True, checked=False)
        advanced = QFormLayout(self.advanced)
        advanced.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.disbursement = QSpinBox(self.advanced, objectName="credit.disbursement_months", maximum=120)
        self.repayment = self._spin("credit.repayment_years", 0.0, 20.0, 1, "", self.advanced)
        self.profile = QComboBox(self.advanced, objectName="credit.profile")
        self.profile.addItem(self.tr("Equal half-yearly instalments"), "standard")
        self.profile.addItem(self.tr("One repayment at the end"), "bullet")
        example_rate = i18n.plain(0.02, 4)
        self.spot = self._line("market.spot", self.tr("from the data"), self.advanced)
        self.volatility = self._line("market.volatility", self.tr("from the data, e.g. %1")
                                     .replace("%1", i18n.plain(0.08, 4)), self.advanced)
        self.vol_method = QComboBox(self.advanced, objectName="market.vol_method")
        self.vol_method.addItem(self.tr("EWMA (RiskMetrics)"), "ewma")
        self.vol_method.addItem(self.tr("Historical, 250 days"), "historical")
        self.vol_method.addItem(self.tr("GARCH(1,1)"), "garch")
        self.fx_outlook = QComboBox(self.advanced, objectName="market.fx_outlook")
        self.fx_outlook.addItem(self.tr("As in the settings (forward)"), None)
        self.fx_outlook.addItem(self.tr("Forward: the rate you can lock today"), "forward")
        self.fx_outlook.addItem(self.tr("Spot: no expected move"), "spot")
        self.rate_home = self._line("market.rate_home", self.tr("from the rate table, e.g. %1")
                                    .replace("%1", example_rate), self.advanced)
        self.rate_foreign = self._line("market.rate_foreign", self.tr("from the rate table"), self.advanced)
        for label, widget in [(self.tr("Disbursement (months)"), self.disbursement),
                              (self.tr("Repayment (years)"), self.repayment), (self.tr("Profile"), self.profile),
                              (self.tr("Spot rate"), self.spot), (self.tr("Volatility"), self.volatility),
                              (self.tr("Volatility method"), self.vol_method),
                              (self.tr("Expected rate at payment"), self.fx_outlook),
                              (self.tr("Home interest rate"), self.rate_home),
                              (self.tr("Foreign interest rate"), self.rate_foreign)]:
            self._add_row(advanced, label, widget)
        layout.addWidget(self.advanced)
        layout.addStretch(1)
        self._set_tooltips()
        for box in self.findChildren(QComboBox):  # long names (countries, German labels) never widen the form
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        chain = (self.country, self.amount, self.currency, self.days, self.rating, self.category, self.pd,
                 self.quality_kind, self.instrument, self.price_basis, self.cost, self.margin, self.buyer_name,
                 self.exporter_name, self.exporter_country, self.home_currency, self.valuation)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for field in (self.amount, self.days, self.cost):
            field.installEventFilter(self._focus_filter)
        self.quality_kind.currentIndexChanged.connect(self._show_quality_fields)
        self.price_basis.currentIndexChanged.connect(self._show_price_fields)
        self._show_quality_fields()
        self._show_price_fields()
        names = (self.exporter_name, self.buyer_name)  # names change no figure: no recalculation
        for kind, signal in ((QLineEdit, "textEdited"), (QComboBox, "currentTextChanged"),
                             (QSpinBox, "valueChanged"), (QDoubleSpinBox, "valueChanged"), (QDateEdit, "dateChanged"),
                             (NumberField, "valueChanged")):
            for widget in self.findChildren(kind):
                if type(widget) is kind and widget.objectName():  # skip the line edits inside combo boxes
                    slot = self._emit_edited if widget in names else self._emit_changed
                    getattr(widget, signal).connect(slot)
        self.cost.valueChanged.connect(self._cost_typed)
        self.advanced.toggled.connect(self._emit_changed)
        self.finance = FinanceForm(self)  # [finance], [[bond]], [fund_394]: its own fields, errors and signals
        self.layout().insertWidget(self.layout().count() - 1, self.finance)
        self.finance.changed.connect(self._emit_changed)

    def _set_tooltips(self) -> None:
        tips = {
            self.country: self.tr("The country where the buyer is. Type any part of its name, in this language "
                                  "or in English."),
            self.amount: self.tr("The invoice total, as you write numbers (e.g. %1). 250k means 250 000.")
            .replace("%1", i18n.number(250_000.5)),
            self.currency: self.tr("The currency of the invoice (three letters, e.g. USD)."),
            self.days: self.tr("Days from shipment until the buyer pays (at least 1)."),
            self.rating: self.tr("The buyer's credit rating, from AAA (safest) to C. Type it, e.g. BB-."),
            self.category: self.tr("The OECD buyer category, when you have it instead of a rating."),
            self.pd: self.tr("The chance that the buyer fails to pay within a year, if you know it."),
            self.quality_kind: self.tr("How you know the buyer's credit quality: a rating, an OECD category, or a "
                                       "default probability."),
            self.instrument: self.tr("How the buyer pays: on open account, against documents, by letter of credit "
                                     "or in advance."),
            self.price_basis: self.tr("The minimum price is worked out from your production cost or from the "
                                      "margin you want."),
            self.cost: self.tr("What the goods cost you, in your home currency: the minimum price covers it."),
            self.margin: self.tr("The margin you want to keep after the cost of cover."),
            self.buyer_name: self.tr("The buyer's name, for the report; it changes no figure."),
            self.exporter_name: self.tr("Your company's name, for the report; it changes no figure."),
            self.exporter_country: self.tr("The country your company exports from: it decides whose sanctions "
                                           "apply (EU, UK or US rules) and the tax on credit insurance premiums. "
                                           "Empty: the home currency decides the rules, and no premium tax is added."),
            self.home_currency: self.tr("The currency your accounts are kept in; costs are shown in it."),
            self.valuation: self.tr("The date of the rates and tables used for the quote (usually today)."),
            self.disbursement: self.tr("Months from the contract until the credit is paid out."),
            self.repayment: self.tr("Years over which the buyer repays a supplier credit (0: no credit)."),
            self.profile: self.tr("How the credit is repaid."),
            self.spot: self.tr("Leave empty to use today's rate from the data."),
            self.volatility: self.tr("How much the exchange rate moves in a year; empty: measured from the data."),
            self.vol_method: self.tr("How the exchange rate's movement is measured from its history."),
            self.fx_outlook: self.tr("Which rate is expected on the payment day."),
            self.rate_home: self.tr("Interest rate of your home currency; empty: from the rate table."),
            self.rate_foreign: self.tr("Interest rate of the invoice currency; empty: from the rate table."),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            label = self._label_for(widget)
            if label is not widget.property("row_holder"):
                label.setToolTip(tip)

    # -- building blocks
    def _line(self, name: str, placeholder: str, parent: QWidget | None = None) -> QLineEdit:
        return QLineEdit(parent or self, objectName=name, placeholderText=placeholder)

    def _spin(self, name: str, low: float, high: float, decimals: int, suffix: str,
              parent: QWidget | None = None) -> QDoubleSpinBox:
        return QDoubleSpinBox(parent or self, objectName=name, minimum=low, maximum=high, decimals=decimals,
                              suffix=suffix)

    def _country_box(self, name: str, placeholder: str) -> QComboBox:
        box = QComboBox(self, objectName=name, editable=True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setCompleter(CountryCompleter(box))
        box.view().setObjectName(f"{name}.list")  # named, so tests can tell the country lists' views apart
        box.completer().popup().setObjectName(f"{name}.matches")
        box.lineEdit().setPlaceholderText(placeholder)
        return box

    def _currency_box(self, name: str) -> QComboBox:
        box = QComboBox(self, objectName=name, editable=True)
        box.addItems(COMMON_CURRENCIES)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.lineEdit().installEventFilter(self._focus_filter)
        return box

    def _add_row(self, layout: QFormLayout, label: str, widget: QWidget) -> None:
        parent = widget.parentWidget()
        error = QLabel(parent, objectName=f"error:{widget.objectName()}")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        self._errors[widget.objectName()] = error
        question = QWidget(parent, objectName=f"question:{widget.objectName()}")
        row = QHBoxLayout(question)
        row.setContentsMargins(0, 0, 0, 0)
        question.hide()
        self._questions[widget.objectName()] = question
        holder = QWidget(parent)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        column.addWidget(question)
        layout.addRow(label, holder)
        widget.setProperty("row_holder", holder)

    def _emit_changed(self, *_: Any) -> None:
        if not self._loading:
            self.edited.emit()
            self.changed.emit()

    def _emit_edited(self, *_: Any) -> None:
        if not self._loading:
            self.edited.emit()
            self.renamed.emit()

    def _cost_typed(self) -> None:
        if not self._loading:
            self._cost_amount = self.amount.parsed().value

    def _show_quality_fields(self) -> None:
        kind = self.quality_kind.currentData()
        for widget, key in ((self.rating, "rating"), (self.category, "category"), (self.pd, "pd_1y")):
            widget.property("row_holder").setVisible(kind == key)
            self._label_for(widget).setVisible(kind == key)

    def _show_price_fields(self) -> None:
        basis = self.price_basis.currentData()
        for widget, key in ((self.cost, "cost"), (self.margin, "target_margin")):
            widget.property("row_holder").setVisible(basis == key)
            self._label_for(widget).setVisible(basis == key)

    def _label_for(self, widget: QWidget) -> QWidget:
        holder = widget.property("row_holder")
        layout = holder.parentWidget().layout()
        for form in (layout, *holder.parentWidget().findChildren(QFormLayout)):
            if isinstance(form, QFormLayout):
                label = form.labelForField(holder)
                if label is not None:
                    return label
        return holder

    # -- data in and out
