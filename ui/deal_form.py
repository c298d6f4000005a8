"""The deal form: every field of the deal file, errors shown next to the field they concern."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exportrisk.deal.model import BUYER_CATEGORIES, Deal

from .labels import instrument_names

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "CZK", "HUF", "RON", "SEK", "NOK", "DKK", "TRY", "JPY", "CNY",
                     "INR", "BRL", "MXN", "ZAR", "AUD", "CAD")
RATINGS = ("AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-",
           "CCC+", "CCC", "CCC-", "CC", "C")
FIELD_PATTERN = re.compile(r"\b(exporter|buyer|deal|credit|market|valuation_date)(\.[a-z_0-9]+)?")


# Deal-file fields the form does not show: kept from the opened file and saved back (block, key; None = the block).
HIDDEN_FIELDS = (("exporter", "country"), ("exporter", "annual_insured_turnover"), ("buyer", "country_category"),
                 ("buyer", "region"), ("buyer", "public"), ("deal", "goods"), ("credit", "interest_rate"),
                 ("market", "political_pd"), ("market", "fx_default_correlation"), ("bank", None),
                 ("licence", None), ("notes", None), ("parameters", None))


class DealForm(QWidget):
    """Edits one deal; emits `changed` on every edit. `values()` gives deal-file data, the engine validates it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._loading = False
        self._kept: dict[str, Any] = {}  # deal-file content the form does not show, kept for saving
        layout = QVBoxLayout(self)
        self.exporter_name = self._line("exporter.name", self.tr("e.g. Tessitura Lariana S.r.l."))
        self.home_currency = self._currency_box("exporter.home_currency")
        self.buyer_name = self._line("buyer.name", self.tr("e.g. Confecções Paulista Ltda"))
        self.country = QComboBox(self, objectName="buyer.country", editable=True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.quality_kind = QComboBox(self, objectName="quality_kind")
        self.quality_kind.addItem(self.tr("Rating"), "rating")
        self.quality_kind.addItem(self.tr("OECD buyer category"), "category")
        self.quality_kind.addItem(self.tr("1-year default probability"), "pd_1y")
        self.rating = QComboBox(self, objectName="buyer.rating")
        self.rating.addItems(RATINGS)
        self.rating.setCurrentText("BB")
        self.category = QComboBox(self, objectName="buyer.category")
        self.category.addItems(BUYER_CATEGORIES)
        self.pd = self._spin("buyer.pd_1y", 0.0, 99.0, 3, " %")
        self.amount = self._spin("deal.amount", 0.0, 1e12, 2, "")
        self.amount.setGroupSeparatorShown(True)
        self.currency = self._currency_box("deal.currency")
        self.days = QSpinBox(self, objectName="deal.payment_days", minimum=1, maximum=3650, value=90)
        self.instrument = QComboBox(self, objectName="deal.instrument")
        for key, name in instrument_names().items():
            self.instrument.addItem(name, key)
        self.price_basis = QComboBox(self, objectName="price_basis")
        self.price_basis.addItem(self.tr("Production cost"), "cost")
        self.price_basis.addItem(self.tr("Target margin"), "target_margin")
        self.cost = self._spin("deal.cost", 0.0, 1e12, 2, "")
        self.cost.setGroupSeparatorShown(True)
        self.margin = self._spin("deal.target_margin", 0.0, 95.0, 1, " %")
        self.valuation = QDateEdit(self, objectName="valuation_date", calendarPopup=True)
        self.valuation.setDisplayFormat("yyyy-MM-dd")
        self.valuation.setDate(QDate.currentDate())

        main = QFormLayout()
        rows = [(self.tr("Exporter"), self.exporter_name), (self.tr("Home currency"), self.home_currency),
                (self.tr("Buyer"), self.buyer_name), (self.tr("Buyer's country"), self.country),
                (self.tr("Credit quality given as"), self.quality_kind), (self.tr("Rating"), self.rating),
                (self.tr("Buyer category"), self.category), (self.tr("Default probability"), self.pd),
                (self.tr("Invoice amount"), self.amount), (self.tr("Invoice currency"), self.currency),
                (self.tr("Days to payment"), self.days), (self.tr("Payment instrument"), self.instrument),
                (self.tr("Price from"), self.price_basis), (self.tr("Production cost (home)"), self.cost),
                (self.tr("Target margin"), self.margin), (self.tr("Valuation date"), self.valuation)]
        for label, widget in rows:
            self._add_row(main, label, widget)
        layout.addLayout(main)

        self.advanced = QGroupBox(self.tr("Advanced: supplier credit and market overrides"), self,
                                  objectName="advanced", checkable=True, checked=False)
        advanced = QFormLayout(self.advanced)
        self.disbursement = QSpinBox(self.advanced, objectName="credit.disbursement_months", maximum=120)
        self.repayment = self._spin("credit.repayment_years", 0.0, 20.0, 1, "", self.advanced)
        self.profile = QComboBox(self.advanced, objectName="credit.profile")
        self.profile.addItem(self.tr("Equal half-yearly instalments"), "standard")
        self.profile.addItem(self.tr("One repayment at the end"), "bullet")
        self.spot = self._line("market.spot", self.tr("from the data"), self.advanced)
        self.volatility = self._line("market.volatility", self.tr("from the data, e.g. 0.08"), self.advanced)
        self.vol_method = QComboBox(self.advanced, objectName="market.vol_method")
        self.vol_method.addItem(self.tr("EWMA (RiskMetrics)"), "ewma")
        self.vol_method.addItem(self.tr("Historical, 250 days"), "historical")
        self.vol_method.addItem(self.tr("GARCH(1,1)"), "garch")
        self.fx_outlook = QComboBox(self.advanced, objectName="market.fx_outlook")
        self.fx_outlook.addItem(self.tr("As in the settings (forward)"), None)
        self.fx_outlook.addItem(self.tr("Forward: the rate you can lock today"), "forward")
        self.fx_outlook.addItem(self.tr("Spot: no expected move"), "spot")
        self.rate_home = self._line("market.rate_home", self.tr("from the rate table, e.g. 0.02"), self.advanced)
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
        self.quality_kind.currentIndexChanged.connect(self._show_quality_fields)
        self.price_basis.currentIndexChanged.connect(self._show_price_fields)
        self._show_quality_fields()
        self._show_price_fields()
        for kind, signal in ((QLineEdit, "textEdited"), (QComboBox, "currentTextChanged"),
                             (QSpinBox, "valueChanged"), (QDoubleSpinBox, "valueChanged"), (QDateEdit, "dateChanged")):
            for widget in self.findChildren(kind):
                if type(widget) is kind and widget.objectName():  # skip the line edits inside combo boxes
                    getattr(widget, signal).connect(self._emit_changed)
        self.advanced.toggled.connect(self._emit_changed)

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
        return box

    def _add_row(self, layout: QFormLayout, label: str, widget: QWidget) -> None:
        error = QLabel(widget.parentWidget(), objectName=f"error:{widget.objectName()}")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        self._errors[widget.objectName()] = error
        holder = QWidget(widget.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        layout.addRow(label, holder)
        widget.setProperty("row_holder", holder)

    def _emit_changed(self, *_: Any) -> None:
        if not self._loading:
            self.changed.emit()

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
    def set_countries(self, entries: list[tuple[str, str]]) -> None:
        """(iso3, label) pairs, e.g. ("BRA", "Brazil — OECD 4 — state cover available")."""
        current = self.country.currentData()
        self._loading = True
        self.country.clear()
        for iso3, label in entries:
            self.country.addItem(label, iso3)
        if current:
            self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self._loading = False

    def set_currencies(self, codes: list[str]) -> None:
        for box in (self.home_currency, self.currency):
            current = box.currentText()
            self._loading = True
            box.clear()
            box.addItems(codes)
            box.setCurrentText(current)
            self._loading = False

    def values(self) -> dict[str, Any]:
        """The form as deal-file data (the engine validates it and names any bad field)."""
        typed = self.country.currentText()
        chosen = self.country.currentData() if typed == self.country.itemText(self.country.currentIndex()) else None
        buyer: dict[str, Any] = {"name": self.buyer_name.text(), "country": chosen or typed}
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
                                "exporter": {"name": self.exporter_name.text(),
                                             "home_currency": self.home_currency.currentText()},
                                "buyer": buyer, "deal": terms}
        if self.advanced.isChecked() and self.repayment.value() > 0:
            data["credit"] = {"disbursement_months": self.disbursement.value(),
                              "repayment_years": self.repayment.value(), "profile": self.profile.currentData()}
        else:
            terms["payment_days"] = self.days.value()
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
        return data

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
            if deal.terms.cost is not None:
                self.price_basis.setCurrentIndex(self.price_basis.findData("cost"))
                self.cost.setValue(deal.terms.cost)
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
        finally:
            self._loading = False
        self.clear_errors()

    def valuation_date(self) -> date:
        return self.valuation.date().toPython()

    # -- errors
    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()

    def show_error(self, message: str) -> str | None:
        """Show `message` under the field it names; returns that field's name (None if it names no field)."""
        self.clear_errors()
        for match in FIELD_PATTERN.finditer(message):
            name = match.group(0)
            if name in self._errors:
                self._errors[name].setText(message)
                self._errors[name].show()
                return name
        return None
