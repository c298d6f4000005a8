"""The deal form: every field of the deal file, errors and questions shown next to the field they concern."""

from __future__ import annotations

from datetime import date
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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exportrisk.deal.model import BUYER_CATEGORIES, Deal, Instrument

from . import i18n
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
    show_under,
)

#: An amount this many times larger or smaller than the one a production cost was typed for asks about the cost.
COST_CHECK_RATIO = 2.0

#: Where each deal-file field is shown: the error of an InputError whose `field` is the key goes under that widget
#: (attribute of DealForm). A field not listed, or an error without a field, goes to the message above the form.
FIELD_WIDGETS = {
    "exporter.name": "exporter_name", "exporter.home_currency": "home_currency", "exporter": "exporter_name",
    "buyer.name": "buyer_name", "buyer.country": "country", "buyer": "country", "buyer.rating": "rating",
    "buyer.category": "category", "buyer.pd_1y": "pd", "deal.amount": "amount", "deal.currency": "currency",
    "deal.payment_days": "days", "deal.instrument": "instrument", "deal.cost": "cost",
    "deal.target_margin": "margin", "deal": "amount", "valuation_date": "valuation",
    "credit.disbursement_months": "disbursement", "credit.repayment_years": "repayment", "credit": "repayment",
    "credit.profile": "profile", "market.spot": "spot", "market.volatility": "volatility",
    "market.vol_method": "vol_method", "market.fx_outlook": "fx_outlook", "market.rate_home": "rate_home",
    "market.rate_foreign": "rate_foreign",
}

# Deal-file fields the form does not show: kept from the opened file and saved back (block, key; None = the block).
HIDDEN_FIELDS = (("exporter", "country"), ("exporter", "annual_insured_turnover"), ("buyer", "country_category"),
                 ("buyer", "region"), ("buyer", "public"), ("deal", "goods"), ("credit", "interest_rate"),
                 ("market", "political_pd"), ("market", "fx_default_correlation"), ("bank", None),
                 ("licence", None), ("notes", None), ("parameters", None))


class DealForm(QWidget):
    """Edits one deal. `changed` on every edit that changes a figure, `edited` on any edit (names too).

    `values()` gives deal-file data, the engine validates it; `problems()` lists what the form itself can tell
    (an amount it cannot read or must ask about, days of 0, a production cost typed for another amount).
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
        self.home_currency = self._currency_box("exporter.home_currency")
        self.buyer_name = self._line("buyer.name", self.tr("e.g. Confecções Paulista Ltda"))
        self.country = QComboBox(self, objectName="buyer.country", editable=True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setCompleter(CountryCompleter(self.country))
        self.country.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
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
                (self.tr("Home currency"), self.home_currency), (self.tr("Valuation date"), self.valuation)]
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
                 self.exporter_name, self.home_currency, self.valuation)
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
    def set_countries(self, entries: list[tuple[str, ...]]) -> None:
        """(iso3, label, words searched) rows, e.g. ("TUR", "Türkiye — OECD 5 — …", "türkiye turkey turkiye")."""
        current = self.country.currentData()
        self._loading = True
        self.country.clear()
        for iso3, label, *search in entries:
            self.country.addItem(label, iso3)
            self.country.setItemData(self.country.count() - 1, i18n.fold(" ".join([label, *search])), SEARCH_ROLE)
        self.country.setCurrentIndex(max(0, self.country.findData(current)) if current else -1)
        if not current:
            self.country.setEditText("")
        self._loading = False

    def set_currencies(self, codes: list[str]) -> None:
        """The currencies of the data: the common ones first, so that typing "U" offers USD."""
        ordered = [c for c in COMMON_CURRENCIES if c in codes] + [c for c in codes if c not in COMMON_CURRENCIES]
        for box in (self.home_currency, self.currency):
            current = box.currentText()
            self._loading = True
            box.clear()
            box.addItems(ordered)
            box.setCurrentIndex(-1)
            box.setEditText(current)
            self._loading = False

    def blank(self) -> None:
        """An empty deal: nothing from a previous deal or an example stays (no hidden fields either)."""
        self._kept = {}
        self._loading = True
        try:
            for field in (self.exporter_name, self.buyer_name, self.amount, self.cost, self.spot, self.volatility,
                          self.rate_home, self.rate_foreign):
                field.setText("")
            self.country.setCurrentIndex(-1)
            self.country.setEditText("")
            self.currency.setCurrentIndex(-1)
            self.currency.setEditText("")
            self.days.setText("90")
            self.quality_kind.setCurrentIndex(0)
            self.rating.setCurrentText("BB")
            self.pd.setValue(0.0)
            self.margin.setValue(0.0)
            self.instrument.setCurrentIndex(self.instrument.findData("open_account"))
            self.price_basis.setCurrentIndex(self.price_basis.findData("target_margin"))
            self.valuation.setDate(QDate.currentDate())
            self.advanced.setChecked(False)
            self.finance.blank()
            self._cost_amount = None
        finally:
            self._loading = False
        self.example_note.hide()
        self.clear_errors()

    def forget_hidden(self) -> None:
        """Drop what an opened file held beyond the form (an example's notes are not the user's)."""
        self._kept = {}

    def missing(self) -> list[str]:
        """Labels of the fields a quote needs that are still empty (a blank deal shows no red for them)."""
        out = []
        if not self.country.currentText().strip():
            out.append(self._label_text(self.country))
        if self.amount.parsed().error == "empty":
            out.append(self._label_text(self.amount))
        if not self.currency.currentText().strip():
            out.append(self._label_text(self.currency))
        if self.price_basis.currentData() == "cost" and self.cost.parsed().error == "empty":
            out.append(self._label_text(self.cost))
        return out

    def problems(self) -> dict[str, str]:
        """What the form can tell before the engine: field name -> message, with questions shown under it."""
        out: dict[str, str] = {}
        for name in self._questions:
            self._set_question(name, "", ())
        texts = {"letters": self.tr("Type the amount in figures, e.g. %1 (letters are not read)."),
                 "format": self.tr("This is not an amount I can read; type it like %1."),
                 "zero": self.tr("Days to payment must be at least 1."),
                 "days_letters": self.tr("Type the days to payment as a whole number, e.g. 90.")}
        example = i18n.number(250_000.5)
        for field in (self.amount, self.cost, self.days):
            if not field.property("row_holder").isVisible() and field is self.cost:
                continue
            parsed = field.parsed()
            if parsed.error in ("letters", "format", "zero"):
                key = "days_letters" if field.kind == "days" and parsed.error != "zero" else parsed.error
                out[field.objectName()] = texts[key].replace("%1", example)
            elif parsed.choices:
                question = (self.tr("Did you mean %1?") if len(parsed.choices) == 1
                            else self.tr("Did you mean %1 or %2?"))
                for i, choice in enumerate(parsed.choices):
                    question = question.replace(f"%{i + 1}", i18n.number(choice))
                out[field.objectName()] = question
                self._set_question(field.objectName(), question, tuple(
                    (i18n.number(c), lambda _=False, f=field, c=c: self._choose(f, c)) for c in parsed.choices))
        amount, cost = self.amount.parsed().value, self.cost.parsed().value
        if ("deal.amount" not in out and self.price_basis.currentData() == "cost" and amount and cost
                and self._cost_amount and not 1 / COST_CHECK_RATIO <= amount / self._cost_amount <= COST_CHECK_RATIO):
            question = (self.tr("The production cost %1 was typed for an invoice of %2. Keep it for %3?")
                        .replace("%1", i18n.number(cost)).replace("%2", i18n.number(self._cost_amount))
                        .replace("%3", i18n.number(amount)))
            out["deal.cost"] = question
            self._set_question("deal.cost", question, (
                (self.tr("Keep the cost"), lambda _=False: self._keep_cost()),
                (self.tr("Clear it"), lambda _=False: self.cost.setText(""))))
        return out | self.finance.problems()

    def _choose(self, field: NumberField, value: float) -> None:
        field.choose(value)
        if field is self.amount and self._cost_amount is None:
            self._cost_amount = value

    def _keep_cost(self) -> None:
        self._cost_amount = self.amount.parsed().value
        self._emit_changed()

    def _set_question(self, name: str, text: str, choices: tuple) -> None:
        holder = self._questions[name]
        layout = holder.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not text:
            holder.hide()
            return
        label = QLabel(text, holder, objectName="questionText", wordWrap=True)
        label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        layout.addWidget(label, 1)
        for i, (caption, slot) in enumerate(choices):
            button = QPushButton(caption, holder, objectName=f"choice{i}")
            button.clicked.connect(slot)
            layout.addWidget(button)
        holder.show()

    def _label_text(self, widget: QWidget) -> str:
        label = self._label_for(widget)
        return label.text() if isinstance(label, QLabel) else widget.objectName()

    def values(self, quoting: bool = False) -> dict[str, Any]:
        """The form as deal-file data (the engine validates it and names any bad field).

        `quoting`: names left empty read "Buyer" and "Exporter" (a quote needs no names; a saved file does)."""
        typed = self.country.currentText()
        chosen = self.country.currentData() if typed == self.country.itemText(self.country.currentIndex()) else None
        buyer_name, exporter_name = self.buyer_name.text(), self.exporter_name.text()
        if quoting:
            buyer_name = buyer_name.strip() or self.tr("Buyer")
            exporter_name = exporter_name.strip() or self.tr("Exporter")
        buyer: dict[str, Any] = {"name": buyer_name, "country": chosen or typed}
        kind = self.quality_kind.currentData()
        buyer[kind] = {"rating": self.rating.currentText(), "category": self.category.currentText(),
                       "pd_1y": self.pd.value() / 100.0}[kind]
        terms: dict[str, Any] = {"amount": self.amount.value(), "currency": self.currency.currentText(),
                                 "instrument": self.instrument.currentData()}
        if self.price_basis.currentData() == "cost":
            terms["cost"] = self.cost.value()
        else:
            terms["target_margin"] = self.margin.value() / 100.0
        data: dict[str, Any] = {"schema": 1, "valuation_date": self.valuation.date().toString("yyyy-MM-dd"),
                                "exporter": {"name": exporter_name,
                                             "home_currency": self.home_currency.currentText()},
                                "buyer": buyer, "deal": terms}
        if self.advanced.isChecked() and self.repayment.value() > 0:
            data["credit"] = {"disbursement_months": self.disbursement.value(),
                              "repayment_years": self.repayment.value(), "profile": self.profile.currentData()}
        else:
            terms["payment_days"] = int(self.days.value())
        market: dict[str, Any] = {"vol_method": self.vol_method.currentData()}
        if self.advanced.isChecked():
            for key, field in (("spot", self.spot), ("volatility", self.volatility), ("rate_home", self.rate_home),
                               ("rate_foreign", self.rate_foreign)):
                text = field.text().strip().replace(",", ".")
                if text:
                    try:
                        market[key] = float(text)
                    except ValueError:
                        market[key] = text  # the engine names the field and says what to type
        outlook = self.fx_outlook.currentData()
        if outlook:
            market["fx_outlook"] = outlook
        data["market"] = market
        for block, key in HIDDEN_FIELDS:
            if block not in self._kept or (key is not None and key not in self._kept[block]):
                continue
            if key is None:
                data[block] = self._kept[block]
            elif block in data:
                data[block].setdefault(key, self._kept[block][key])
        return data | self.finance.values(quoting, terms["currency"])

    def set_deal(self, deal: Deal) -> None:
        """Fill every field from a deal (opening a file); what the form does not show is kept for saving."""
        from exportrisk.deal.io import deal_to_dict

        self._kept = deal_to_dict(deal)
        self._loading = True
        try:
            self.exporter_name.setText(deal.exporter.name)
            self.home_currency.setCurrentText(deal.exporter.home_currency)
            self.buyer_name.setText(deal.buyer.name)
            index = self.country.findData(deal.buyer.country.upper())
            if index < 0 and len(deal.buyer.country) != 3:
                from exportrisk.country.classification import load_countries

                try:
                    index = self.country.findData(load_countries().resolve(deal.buyer.country).iso3)
                except Exception:  # unknown here: the engine names it when quoting
                    index = -1
            if index >= 0:
                self.country.setCurrentIndex(index)
            else:
                self.country.setCurrentText(deal.buyer.country)
            self.country.lineEdit().setCursorPosition(0)
            for kind, value in (("rating", deal.buyer.rating), ("category", deal.buyer.category),
                                ("pd_1y", deal.buyer.pd_1y)):
                if value is not None:
                    self.quality_kind.setCurrentIndex(self.quality_kind.findData(kind))
                    if kind == "rating":
                        self.rating.setCurrentText(value)
                    elif kind == "category":
                        self.category.setCurrentText(value)
                    else:
                        self.pd.setValue(value * 100.0)
            self.amount.setValue(deal.terms.amount)
            self.currency.setCurrentText(deal.terms.currency)
            self.days.setValue(deal.terms.payment_days or 90)
            self.instrument.setCurrentIndex(self.instrument.findData(deal.terms.instrument.value))
            self.cost.setValue(deal.terms.cost)
            self._cost_amount = deal.terms.amount
            if deal.terms.cost is not None:
                self.price_basis.setCurrentIndex(self.price_basis.findData("cost"))
            if deal.terms.target_margin is not None:
                self.margin.setValue(deal.terms.target_margin * 100.0)
                if deal.terms.cost is None:
                    self.price_basis.setCurrentIndex(self.price_basis.findData("target_margin"))
            self.valuation.setDate(QDate(deal.valuation_date.year, deal.valuation_date.month, deal.valuation_date.day))
            market = deal.market
            self.vol_method.setCurrentIndex(max(0, self.vol_method.findData(market.vol_method)))
            self.fx_outlook.setCurrentIndex(max(0, self.fx_outlook.findData(market.fx_outlook)))
            for field, value in ((self.spot, market.spot), (self.volatility, market.volatility),
                                 (self.rate_home, market.rate_home), (self.rate_foreign, market.rate_foreign)):
                field.setText("" if value is None else repr(value))
            credit = deal.credit
            if credit is not None:
                self.disbursement.setValue(int(credit.disbursement_months))
                self.repayment.setValue(credit.repayment_years)
                self.profile.setCurrentIndex(self.profile.findData(credit.profile.value))
            self.advanced.setChecked(credit is not None or any(
                v is not None for v in (market.spot, market.volatility, market.rate_home, market.rate_foreign)))
            self.finance.set_deal(deal)
        finally:
            self._loading = False
        self.example_note.hide()
        self.clear_errors()

    def valuation_date(self) -> date:
        return self.valuation.date().toPython()

    # -- errors
    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()
        self.finance.clear_errors()

    def widget_for(self, field: str | None) -> QWidget | None:
        """The widget showing the deal-file `field` (FIELD_WIDGETS; "deal.amount" and its parent "deal")."""
        while field:
            if field in FIELD_WIDGETS:
                return getattr(self, FIELD_WIDGETS[field])
            field = field.rpartition(".")[0] if "." in field else None
        return None

    def show_error(self, error: Exception | str, field: str | None = None) -> str | None:
        """Show an error under the field it names (`error.field`, or `field`), in the window's language.

        Returns the name of the widget it is shown under; None when it names no field the form shows (then it
        is shown in the message line above the form)."""
        self.clear_errors()
        field = field if field is not None else getattr(error, "field", None)
        if self.finance.owns(field) and self.finance.isChecked():
            return self.finance.show_error(error, field)
        text = error if isinstance(error, str) else i18n.error_text(error)
        widget = self.widget_for(field)
        if widget is None or not widget.property("row_holder").isVisibleTo(self):
            self.general_error.setText(text)
            self.general_error.show()
            return None
        show_under(self._errors[widget.objectName()], text)
        return widget.objectName()

    def show_problems(self, problems: dict[str, str]) -> None:
        """The form's own findings (problems()), each under its field; questions already show their buttons."""
        self.clear_errors()
        self.finance.show_problems(problems)
        for name, text in problems.items():
            if name in self._questions and not self._questions[name].isVisible():
                show_under(self._errors[name], text)
