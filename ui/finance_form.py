"""The deal form's "Export finance" group: the deal file's [finance], [[bond]] and [fund_394] tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exportrisk.errors import InputError
from exportrisk.finance.terms import Bond, FinanceTerms

from . import i18n
from .finance_rows import (  # noqa: F401 (readable, error_text: the views read them from here)
    BondRow,
    CirrRow,
    Figure,
    default_text,
    error_label,
    error_text,
    field_labels,
    readable,
    typed,
)
from .form_fields import NumberField, show_under


class FinanceForm(QGroupBox):
    """Edits a deal's export finance; ticked, it writes the tables as the deal file has them (`values`).

    Unticked, the deal has no finance tables. `settings`, when given, supplies a CIRR for the invoice currency
    when the deal gives none (only for a quote: a saved file keeps what the user typed)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Export finance"), parent, objectName="finance", checkable=True, checked=False)
        self.settings: Any = None
        self._loading = False
        self._political_only = False  # kept from an opened file (political-only cover is always priced)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.bond_rows: list[BondRow] = []
        self.cirr_rows: list[CirrRow] = []
        labels = field_labels()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 2, 6, 6)
        self.body = QWidget(self, objectName="financeBody")
        outer.addWidget(self.body)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        self.general_error = self._error_label(self.body, "finance")
        column.addWidget(self.general_error)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        self.down_payment = self._figure("finance.down_payment_pct", 0.0, 100.0, 2, " %", 15.0)
        self.repayment = self._figure("finance.repayment_years", 0.0, 30.0, 2, "", 0.0)
        self.repayment.setSingleStep(0.5)
        self.repayment.setSpecialValueText(self.tr("none"))
        self.manufacturing = self._figure("finance.manufacturing_months", 0.0, 120.0, 1, "", 0.0)
        self.starting_point = QComboBox(self.body, objectName="finance.starting_point")
        for text, value in ((self.tr("Delivery of the goods"), "delivery"),
                            (self.tr("Mean date of several deliveries"), "mean_delivery"),
                            (self.tr("Acceptance of a plant"), "acceptance")):
            self.starting_point.addItem(text, value)
        self.arrangement = QComboBox(self.body, objectName="finance.arrangement_category")
        for text, value in ((self.tr("Automatic, from the country"), None),
                            (self.tr("I: high-income OECD country"), "I"), (self.tr("II: any other country"), "II")):
            self.arrangement.addItem(text, value)
        self.cirr = QWidget(self.body, objectName="finance.cirr_pct")
        cirr_column = QVBoxLayout(self.cirr)
        cirr_column.setContentsMargins(0, 0, 0, 0)
        cirr_column.setSpacing(2)
        self.cirr_list = QVBoxLayout()
        cirr_column.addLayout(self.cirr_list)
        self.add_cirr = QPushButton(self.tr("Add a CIRR"), self.cirr, objectName="addCirr")
        self.add_cirr.clicked.connect(lambda: self._add_cirr(focus=True))
        cirr_column.addWidget(self.add_cirr)
        self.premium_payer = QComboBox(self.body, objectName="finance.premium_paid_by")
        self.premium_payer.addItem(self.tr("The buyer"), "buyer")
        self.premium_payer.addItem(self.tr("You, the exporter"), "exporter")
        self.pre_shipment = QCheckBox(self.tr("Price it"), self.body, objectName="finance.pre_shipment_cover")
        self.support = QCheckBox(self.tr("Price SIMEST-style support"), self.body,
                                 objectName="finance.interest_support")
        example = i18n.plain(6.5)
        self.market_rate = QLineEdit(self.body, objectName="finance.market_fixed_rate_pct",
                                     placeholderText=self.tr("% a year, e.g. %1").replace("%1", example))
        self.insured_margin = QLineEdit(self.body, objectName="finance.insured_margin_pct",
                                        placeholderText=self.tr("empty: %1 %").replace("%1", default_text(
                                            "discounting", "insured_margin_pct")))
        for path, widget in (("finance.down_payment_pct", self.down_payment),
                             ("finance.repayment_years", self.repayment),
                             ("finance.manufacturing_months", self.manufacturing),
                             ("finance.starting_point", self.starting_point),
                             ("finance.arrangement_category", self.arrangement), ("finance.cirr_pct", self.cirr),
                             ("finance.premium_paid_by", self.premium_payer),
                             ("finance.pre_shipment_cover", self.pre_shipment),
                             ("finance.interest_support", self.support),
                             ("finance.market_fixed_rate_pct", self.market_rate),
                             ("finance.insured_margin_pct", self.insured_margin)):
            self._row(form, labels[path], widget, path)

        self.bonds = QGroupBox(self.tr("Bonds and guarantees"), self.body, objectName="bond")
        bonds_column = QVBoxLayout(self.bonds)
        bonds_column.setContentsMargins(4, 2, 4, 4)
        self._errors["bond"] = self._error_label(self.bonds, "bond")
        bonds_column.addWidget(self._errors["bond"])
        self.bond_list = QVBoxLayout()
        bonds_column.addLayout(self.bond_list)
        self.add_bond = QPushButton(self.tr("Add a bond"), self.bonds, objectName="addBond")
        self.add_bond.clicked.connect(lambda: self._add_bond(focus=True))
        bonds_column.addWidget(self.add_bond)
        column.addWidget(self.bonds)

        self.fund = QGroupBox(self.tr("Fondo 394-style loan"), self.body, objectName="fund_394",
                              checkable=True, checked=False)
        fund_column = QVBoxLayout(self.fund)
        fund_column.setContentsMargins(4, 2, 4, 4)
        self.fund_body = QWidget(self.fund, objectName="fundBody")
        fund_column.addWidget(self.fund_body)
        fund_form = QFormLayout(self.fund_body)
        fund_form.setContentsMargins(0, 0, 0, 0)
        fund_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.loan = NumberField(self.fund_body, "fund_394.loan_amount")
        self.loan.setPlaceholderText(self.tr("e.g. %1").replace("%1", i18n.number(1_000_000, 0)))
        self.fund_rate = self._figure("fund_394.market_rate_pct", 0.0, 30.0, 3, " %", 5.0, self.fund_body)
        self.grant = self._figure("fund_394.grant_share", 0.0, 100.0, 2, " %", 0.0, self.fund_body)
        self.sme = QCheckBox(self.tr("Yes"), self.fund_body, objectName="fund_394.sme", checked=True)
        for path, widget in (("fund_394.loan_amount", self.loan), ("fund_394.market_rate_pct", self.fund_rate),
                             ("fund_394.grant_share", self.grant), ("fund_394.sme", self.sme)):
            self._row(fund_form, labels[path], widget, path)
        self._errors["fund_394"] = self._errors["fund_394.loan_amount"]
        column.addWidget(self.fund)
        self._set_tooltips()
        for box in self.findChildren(QComboBox):  # long words never widen the form
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        for box in (self.starting_point, self.arrangement, self.premium_payer):
            box.currentIndexChanged.connect(self._emit_changed)
        for spin in (self.down_payment, self.repayment, self.manufacturing, self.fund_rate, self.grant):
            spin.valueChanged.connect(self._emit_changed)
        for check in (self.pre_shipment, self.support, self.sme):
            check.toggled.connect(self._emit_changed)
        for line in (self.market_rate, self.insured_margin):
            line.textEdited.connect(self._emit_changed)
        self.loan.valueChanged.connect(self._emit_changed)
        self.support.toggled.connect(self._show_support)
        self.toggled.connect(self._toggled)
        self.fund.toggled.connect(self._fund_toggled)
        self._toggled(False)
        self._fund_toggled(False)
        self._show_support()

    # -- building blocks
    def _figure(self, name: str, low: float, high: float, decimals: int, suffix: str, value: float,
                parent: QWidget | None = None) -> Figure:
        spin = Figure(parent or self.body, objectName=name, minimum=low, maximum=high, decimals=decimals,
                      suffix=suffix)
        spin.setValue(value)
        return spin

    def _error_label(self, parent: QWidget, key: str) -> QLabel:
        return error_label(parent, key)

    def _row(self, layout: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        """`widget` with its error line below it, under `label`; errors of the deal-file path `key` go there."""
        holder = QWidget(widget.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = self._error_label(holder, key)
        column.addWidget(error)
        self._errors[key] = error
        self._widgets[key] = widget
        layout.addRow(label, holder)
        widget.setProperty("row_holder", holder)

    def _set_tooltips(self) -> None:
        tips = {
            self.down_payment: self.tr("The share of the contract the buyer pays by the start of the credit. The "
                                       "OECD Arrangement asks for at least 15 %."),
            self.repayment: self.tr("Years over which the buyer repays a buyer credit at the CIRR (2 or more). "
                                    "None: no buyer credit is offered."),
            self.manufacturing: self.tr("Months from the start of production to shipment: you fund the production "
                                        "cost over them. 0 for goods in stock."),
            self.starting_point: self.tr("When the credit starts: delivery of the goods, the mean date of several "
                                         "deliveries, or acceptance of a plant."),
            self.arrangement: self.tr("The buyer country's category under the OECD Arrangement, which sets the "
                                      "longest credit. Automatic works it out from the country."),
            self.cirr: self.tr("The CIRR (the OECD minimum fixed rate for supported credits) per currency, "
                               "percent a year. Type this month's rate: the bundled table is old. It wins over the "
                               "settings."),
            self.add_cirr: self.tr("Adds a currency and its CIRR."),
            self.premium_payer: self.tr("Who pays the state insurer's premium on the buyer credit."),
            self.pre_shipment: self.tr("Also price cover against the buyer cancelling or the country blocking the "
                                       "deal before shipment."),
            self.support: self.tr("Price state support that brings a market fixed rate down to the CIRR for the "
                                  "buyer."),
            self.market_rate: self.tr("The fixed rate a bank would charge the buyer (swap rate plus margin), "
                                      "percent a year; needed for interest support."),
            self.insured_margin: self.tr("Your bank's margin over the home rate for a loan against an insured "
                                         "receivable, percent a year. Empty: ExportRisk's assumption."),
            self.bonds: self.tr("Bonds the buyer asks you for: their bank commission and the risk of an unfair "
                                "call are added to every option's costs."),
            self.add_bond: self.tr("Adds a bond."),
            self.fund: self.tr("A subsidised loan for a showroom, branch or staff abroad (SIMEST Fondo 394 "
                               "style): it finances your firm, not this deal."),
            self.loan: self.tr("The loan you would ask for, in euros."),
            self.fund_rate: self.tr("The rate of the bank loan it replaces, percent a year."),
            self.grant: self.tr("The share of the loan you ask to receive as a grant (at most 20 %)."),
            self.sme: self.tr("Small and medium firms may borrow up to EUR 2.5 million, others 5 million."),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            holder = widget.property("row_holder")
            layout = holder.parentWidget().layout() if holder is not None else None
            if isinstance(layout, QFormLayout) and layout.labelForField(holder) is not None:
                layout.labelForField(holder).setToolTip(tip)
        self.setToolTip(self.tr("Tick to finance the deal: buyer credit at the CIRR, production funding, bonds and "
                                "a subsidised loan. The Financing and Stress tabs show the results."))

    def _emit_changed(self, *_: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        self._emit_changed()

    def _fund_toggled(self, on: bool) -> None:
        self.fund_body.setVisible(on)
        self._emit_changed()

    def _show_support(self) -> None:
        self.market_rate.setEnabled(self.support.isChecked() or bool(self.market_rate.text().strip()))

    def _add_cirr(self, currency: str = "", rate: float | None = None, focus: bool = False) -> CirrRow:
        row = CirrRow(self.cirr, currency, rate)
        row.changed.connect(self._emit_changed)
        row.removed.connect(self.remove_cirr)
        self.cirr_rows.append(row)
        self.cirr_list.addWidget(row)
        if focus:
            row.rate.setFocus()
        self._emit_changed()
        return row

    def remove_cirr(self, row: CirrRow) -> None:
        self.cirr_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._emit_changed()

    def _add_bond(self, bond: Bond | None = None, focus: bool = False) -> BondRow:
        row = BondRow(self.bonds, bond)
        row.changed.connect(self._emit_changed)
        row.removed.connect(self.remove_bond)
        self.bond_rows.append(row)
        self.bond_list.addWidget(row)
        self._number_bonds()
        if focus:
            row.amount.setFocus()
        self._emit_changed()
        return row

    def remove_bond(self, row: BondRow) -> None:
        self.bond_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._number_bonds()
        self._emit_changed()

    def _number_bonds(self) -> None:
        for i, row in enumerate(self.bond_rows):
            row.title.setText(self.tr("Bond %1").replace("%1", str(i + 1)))

    # -- data in and out
    def values(self, quoting: bool = False, currency: str = "") -> dict[str, Any]:
        """The deal-file tables ({} when unticked): [finance] with every shown field, [[bond]], [fund_394].

        `quoting` with `settings`: the settings' CIRR for `currency` when the deal gives none for it."""
        if not self.isChecked():
            return {}
        finance: dict[str, Any] = {"down_payment_pct": self.down_payment.value(),
                                   "manufacturing_months": self.manufacturing.value(),
                                   "starting_point": self.starting_point.currentData(),
                                   "premium_paid_by": self.premium_payer.currentData(),
                                   "pre_shipment_cover": self.pre_shipment.isChecked(),
                                   "interest_support": self.support.isChecked()}
        if self.repayment.value() > 0:
            finance["repayment_years"] = self.repayment.value()
        if self.arrangement.currentData():
            finance["arrangement_category"] = self.arrangement.currentData()
        rates = {row.code(): row.value() for row in self.cirr_rows if row.code() and row.rate.text().strip()}
        code = currency.strip().upper()
        if quoting and code and code not in rates and (self.has_terms(finance)):
            extra = self.settings_cirr().get(code)
            if extra is not None:
                rates[code] = extra
        if rates:
            finance["cirr_pct"] = rates
        for key, field in (("market_fixed_rate_pct", self.market_rate), ("insured_margin_pct", self.insured_margin)):
            value = typed(field.text())
            if value is not None:
                finance[key] = value
        if self._political_only:
            finance["political_only"] = True
        out: dict[str, Any] = {"finance": finance}
        if self.bond_rows:
            out["bond"] = [row.values() for row in self.bond_rows]
        if self.fund.isChecked():
            out["fund_394"] = {"loan_amount": typed(self.loan.text()) if self.loan.text().strip() else 0.0,
                               "market_rate_pct": self.fund_rate.value(),
                               "grant_share": round(self.grant.value() / 100.0, 10), "sme": self.sme.isChecked()}
        return out

    def has_terms(self, finance: dict[str, Any]) -> bool:
        """Whether the ticked group gives the deal any finance table (defaults alone do not)."""
        if self.bond_rows or self.fund.isChecked():
            return True
        try:
            return FinanceTerms(**finance) != FinanceTerms()
        except (InputError, TypeError):
            return True

    def settings_cirr(self) -> dict[str, float]:
        if self.settings is None:
            return {}
        from .settings_dialog import stored_cirr

        return stored_cirr(self.settings)

    def cirr_origin(self, deal: Any) -> str | None:
        """Where the quoted deal's CIRR for its invoice currency came from: "deal", "settings" or None (the table)."""
        code = deal.terms.currency.upper()
        if code not in deal.finance.cirr_pct:
            return None
        typed = {row.code() for row in self.cirr_rows if row.rate.text().strip()}
        return "deal" if code in typed or not self.settings_cirr().get(code) == deal.finance.cirr_pct[code] \
            else "settings"

    def set_deal(self, deal: Any) -> None:
        """Fill the group from a deal; ticked when the deal has any finance table."""
        terms = deal.finance
        self._loading = True
        try:
            self.blank()
            self._loading = True
            self.setChecked(terms != FinanceTerms())
            self.down_payment.setValue(terms.down_payment_pct)
            self.repayment.setValue(terms.repayment_years or 0.0)
            self.manufacturing.setValue(terms.manufacturing_months)
            self.starting_point.setCurrentIndex(max(0, self.starting_point.findData(terms.starting_point)))
            self.arrangement.setCurrentIndex(max(0, self.arrangement.findData(terms.arrangement_category))
                                             if terms.arrangement_category else 0)
            self.premium_payer.setCurrentIndex(max(0, self.premium_payer.findData(terms.premium_paid_by)))
            self.pre_shipment.setChecked(terms.pre_shipment_cover)
            self.support.setChecked(terms.interest_support)
            for field, value in ((self.market_rate, terms.market_fixed_rate_pct),
                                 (self.insured_margin, terms.insured_margin_pct)):
                field.setText("" if value is None else i18n.plain(value, 6))
            for code, rate in terms.cirr_pct.items():
                self._add_cirr(code, rate)
            for bond in terms.bonds:
                self._add_bond(bond)
            self._political_only = terms.political_only
            fund = terms.fund_394
            self.fund.setChecked(fund is not None)
            if fund is not None:
                self.loan.setValue(fund.loan_amount)
                self.fund_rate.setValue(fund.market_rate_pct)
                self.grant.setValue(fund.grant_share * 100.0)
                self.sme.setChecked(fund.sme)
            self._show_support()
        finally:
            self._loading = False
        self.clear_errors()

    def blank(self) -> None:
        """No finance tables: the group unticked, its fields at the deal file's defaults, no bonds."""
        loading, self._loading = self._loading, True
        try:
            self.setChecked(False)
            self.down_payment.setValue(15.0)
            self.repayment.setValue(0.0)
            self.manufacturing.setValue(0.0)
            for box in (self.starting_point, self.arrangement, self.premium_payer):
                box.setCurrentIndex(0)
            self.pre_shipment.setChecked(False)
            self.support.setChecked(False)
            self.market_rate.setText("")
            self.insured_margin.setText("")
            for row in list(self.cirr_rows):
                self.remove_cirr(row)
            for row in list(self.bond_rows):
                self.remove_bond(row)
            self._political_only = False
            self.fund.setChecked(False)
            self.loan.setText("")
            self.fund_rate.setValue(5.0)
            self.grant.setValue(0.0)
            self.sme.setChecked(True)
        finally:
            self._loading = loading
        self.clear_errors()

    def focus_cirr(self, currency: str) -> QWidget:
        """Open the group on the CIRR of `currency` (a new line when there is none) and put the cursor in it."""
        self.setChecked(True)
        row = next((r for r in self.cirr_rows if r.code() == currency.upper()), None) or self._add_cirr(currency)
        row.rate.setFocus()
        row.rate.selectAll()
        self._ensure_visible(row.rate)
        return row.rate

    # -- problems and errors
    def problems(self) -> dict[str, str]:
        """What the group can tell before the engine: key -> message (a number it cannot read, a missing amount)."""
        out: dict[str, str] = {}
        if not self.isChecked():
            return out
        unreadable = self.tr("This is not a number I can read; type it like %1.")
        lines: list[tuple[str, QLineEdit, bool]] = [("finance.market_fixed_rate_pct", self.market_rate, False),
                                                     ("finance.insured_margin_pct", self.insured_margin, False)]
        lines += [(f"cirr.{i}", row.rate, False) for i, row in enumerate(self.cirr_rows)]
        for i, row in enumerate(self.bond_rows):
            lines += [(f"bond.{i}.amount", row.amount, True), (f"bond.{i}.unfair_call_probability", row.unfair, False)]
        if self.fund.isChecked():
            lines.append(("fund_394.loan_amount", self.loan, True))
        for key, field, required in lines:
            text = field.text().strip()
            if not text:
                if required:
                    out[key] = self.tr("Type the amount, e.g. %1.").replace("%1", i18n.number(250_000, 0))
                continue
            parsed = i18n.parse_amount(text)
            if parsed.value is None:
                example = i18n.number(250_000, 0) if isinstance(field, NumberField) else i18n.plain(4.5)
                out[key] = (self.tr("Did you mean %1?").replace("%1", " / ".join(i18n.number(c) for c in
                                                                                 parsed.choices))
                            if parsed.choices else unreadable.replace("%1", example))
        return out

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, text in problems.items():
            label = self._error_for(key)
            if label is not None:
                show_under(label, text)

    def clear_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.objectName().startswith("error:"):
                label.hide()

    @staticmethod
    def owns(field: str | None) -> bool:
        return bool(field) and str(field).split(".")[0] in ("finance", "bond", "fund_394")

    def show_error(self, error: Exception | str, field: str | None = None) -> str | None:
        """Show an error of a finance field under that field; None when the group is not shown."""
        field = field if field is not None else getattr(error, "field", None)
        if not self.isChecked() or not self.owns(field):
            return None
        text = error if isinstance(error, str) else error_text(error)
        key = self._key_for(str(field), error)
        label = self._error_for(key) or self.general_error
        show_under(label, text)
        self._ensure_visible(label)
        return key

    def _key_for(self, field: str, error: Any) -> str:
        """The error label key of a deal-file path; a bond error names the first bond that is refused."""
        if field.startswith("finance.cirr_pct."):
            code = field.rsplit(".", 1)[1]
            index = next((i for i, r in enumerate(self.cirr_rows) if r.code() == code), None)
            return f"cirr.{index}" if index is not None else "finance.cirr_pct"
        if field.startswith("bond.") and self.bond_rows:
            name = field.split(".", 1)[1]
            index = 0
            for i, row in enumerate(self.bond_rows):
                try:
                    Bond(**row.values())
                except (InputError, TypeError) as exc:
                    if getattr(exc, "field", None) == field or not isinstance(exc, InputError):
                        index = i
                        break
            return f"bond.{index}.{name}"
        while field and field not in self._errors:
            field = field.rpartition(".")[0]
        return field or "finance"

    def _error_for(self, key: str) -> QLabel | None:
        if key.startswith("cirr."):
            index = int(key.split(".")[1])
            return self.cirr_rows[index].error if index < len(self.cirr_rows) else None
        if key.startswith("bond.") and key.split(".")[1].isdigit():
            _, index, name = key.split(".", 2)
            return self.bond_rows[int(index)].errors.get(name) if int(index) < len(self.bond_rows) else None
        return self._errors.get(key)

    def _ensure_visible(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)
