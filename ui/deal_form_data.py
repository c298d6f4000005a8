"""The deal form's data: the fields as deal-file data, filled from a deal, and the lists its boxes offer."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox

from exportrisk.deal.model import Deal

from . import i18n
from .form_fields import COMMON_CURRENCIES, SEARCH_ROLE

# Deal-file fields the form does not show: kept from the opened file and saved back (block, key; None = the block).
HIDDEN_FIELDS = (("exporter", "annual_insured_turnover"), ("buyer", "country_category"),
                 ("buyer", "region"), ("buyer", "public"), ("deal", "goods"), ("credit", "interest_rate"),
                 ("market", "political_pd"), ("market", "fx_default_correlation"), ("bank", None),
                 ("licence", None), ("notes", None), ("parameters", None))


class DealFormData:
    """Mixed into DealForm: `values()` reads the fields as deal-file data, `set_deal()` and `blank()` fill them.

    Its texts keep the "DealForm" translation context (QCoreApplication.translate), as when they were written in
    the form's own class.
    """

    def values(self, quoting: bool = False) -> dict[str, Any]:
        """The form as deal-file data (the engine validates it and names any bad field).

        `quoting`: names left empty read "Buyer" and "Exporter" (a quote needs no names; a saved file does)."""
        buyer_name, exporter_name = self.buyer_name.text(), self.exporter_name.text()
        if quoting:
            buyer_name = buyer_name.strip() or QCoreApplication.translate("DealForm", "Buyer")
            exporter_name = exporter_name.strip() or QCoreApplication.translate("DealForm", "Exporter")
        buyer: dict[str, Any] = {"name": buyer_name, "country": _country_of(self.country)}
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
        exporter_country = _country_of(self.exporter_country)
        if exporter_country.strip():  # left empty: the home currency decides (the engine says so)
            data["exporter"]["country"] = exporter_country
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
            _select_country(self.country, deal.buyer.country)
            _select_country(self.exporter_country, deal.exporter.country or "")
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

    def set_countries(self, entries: list[tuple[str, ...]], exporter_entries: list[tuple[str, ...]] | None = None
                      ) -> None:
        """(iso3, label, words searched) rows, e.g. ("TUR", "Türkiye — OECD 5 — …", "türkiye turkey turkiye"), for
        the buyer's country; `exporter_entries` for the exporter's (plain names; the same rows when None)."""
        self._loading = True
        try:
            for box, rows in ((self.country, entries), (self.exporter_country, exporter_entries or entries)):
                current = box.currentData()
                box.clear()
                for iso3, label, *search in rows:
                    box.addItem(label, iso3)
                    box.setItemData(box.count() - 1, i18n.fold(" ".join([label, *search])), SEARCH_ROLE)
                box.setCurrentIndex(max(0, box.findData(current)) if current else -1)
                if not current:
                    box.setEditText("")
        finally:
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
            for box in (self.country, self.exporter_country):
                box.setCurrentIndex(-1)
                box.setEditText("")
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


def _country_of(box: QComboBox) -> str:
    """The ISO code of the country chosen in `box`, or the text typed when it is not one of its entries."""
    typed = box.currentText()
    return box.currentData() if typed and typed == box.itemText(box.currentIndex()) else typed


def _select_country(box: QComboBox, text: str) -> None:
    """Show `text` (an ISO code or a name, as a deal file gives it) as the entry it names, else as typed."""
    index = box.findData(text.upper()) if text else -1
    if index < 0 and text and len(text) != 3:
        from exportrisk.country.classification import load_countries

        try:
            index = box.findData(load_countries().resolve(text).iso3)
        except Exception:  # unknown here: the engine names it when quoting
            index = -1
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setCurrentIndex(-1)
        box.setEditText(text)
    box.lineEdit().setCursorPosition(0)
