"""The deal form's checks: what a quote still needs, what the form can tell is wrong, errors under their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from . import i18n
from .form_fields import NumberField, show_under

# An amount this many times larger or smaller than the one a production cost was typed for asks about the cost.
COST_CHECK_RATIO = 2.0

# Where each deal-file field is shown: the error of an InputError whose `field` is the key goes under that widget
# (attribute of DealForm). A field not listed, or an error without a field, goes to the message above the form.
FIELD_WIDGETS = {
    "exporter.name": "exporter_name", "exporter.home_currency": "home_currency", "exporter": "exporter_name",
    "exporter.country": "exporter_country", "buyer.name": "buyer_name", "buyer.country": "country",
    "buyer": "country", "buyer.rating": "rating",
    "buyer.category": "category", "buyer.pd_1y": "pd", "deal.amount": "amount", "deal.currency": "currency",
    "deal.payment_days": "days", "deal.instrument": "instrument", "deal.cost": "cost",
    "deal.target_margin": "margin", "deal": "amount", "valuation_date": "valuation",
    "credit.disbursement_months": "disbursement", "credit.repayment_years": "repayment", "credit": "repayment",
    "credit.profile": "profile", "market.spot": "spot", "market.volatility": "volatility",
    "market.vol_method": "vol_method", "market.fx_outlook": "fx_outlook", "market.rate_home": "rate_home",
    "market.rate_foreign": "rate_foreign",
}


class DealFormChecks:
    """Mixed into DealForm: `missing()` and `problems()` before the engine is asked, `show_error()` after it answers.

    Its texts keep the "DealForm" translation context (QCoreApplication.translate), as when they were written in
    the form's own class.
    """

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
        texts = {"letters": QCoreApplication.translate("DealForm",
                                                       "Type the amount in figures, e.g. %1 (letters are not read)."),
                 "format": QCoreApplication.translate("DealForm", "This is not an amount I can read; type it like %1."),
                 "zero": QCoreApplication.translate("DealForm", "Days to payment must be at least 1."),
                 "days_letters": QCoreApplication.translate("DealForm",
                                                            "Type the days to payment as a whole number, e.g. 90.")}
        example = i18n.number(250_000.5)
        for field in (self.amount, self.cost, self.days):
            if not field.property("row_holder").isVisible() and field is self.cost:
                continue
            parsed = field.parsed()
            if parsed.error in ("letters", "format", "zero"):
                key = "days_letters" if field.kind == "days" and parsed.error != "zero" else parsed.error
                out[field.objectName()] = texts[key].replace("%1", example)
            elif parsed.choices:
                question = (QCoreApplication.translate("DealForm", "Did you mean %1?") if len(parsed.choices) == 1
                            else QCoreApplication.translate("DealForm", "Did you mean %1 or %2?"))
                for i, choice in enumerate(parsed.choices):
                    question = question.replace(f"%{i + 1}", i18n.number(choice))
                out[field.objectName()] = question
                self._set_question(field.objectName(), question, tuple(
                    (i18n.number(c), lambda _=False, f=field, c=c: self._choose(f, c)) for c in parsed.choices))
        amount, cost = self.amount.parsed().value, self.cost.parsed().value
        if ("deal.amount" not in out and self.price_basis.currentData() == "cost" and amount and cost
                and self._cost_amount and not 1 / COST_CHECK_RATIO <= amount / self._cost_amount <= COST_CHECK_RATIO):
            question = QCoreApplication.translate(
                "DealForm", "The production cost %1 was typed for an invoice of %2. Keep it for %3?")
            question = (question.replace("%1", i18n.number(cost)).replace("%2", i18n.number(self._cost_amount))
                        .replace("%3", i18n.number(amount)))
            out["deal.cost"] = question
            self._set_question("deal.cost", question, (
                (QCoreApplication.translate("DealForm", "Keep the cost"), lambda _=False: self._keep_cost()),
                (QCoreApplication.translate("DealForm", "Clear it"), lambda _=False: self.cost.setText(""))))
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
