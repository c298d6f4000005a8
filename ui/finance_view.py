"""The "Financing" tab: the engine's financing options, CIRR buyer credit, interest support and Fondo 394 loan."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .finance_form import readable

GREY = QColor("#8c8c8c")
NOTE_STYLE = "color: #555555;"
WARN_STYLE = "color: #a05a00; font-weight: bold;"


class FactsBox(QWidget):
    """Label / value lines; each value label is named "fact:<key>" so it can be found."""

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent, objectName=name)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def set_facts(self, rows: list[tuple[str, str, str, str]]) -> None:
        """(key, label, value, tooltip) rows, replacing the previous ones."""
        while self.form.rowCount():
            self.form.removeRow(0)
        for key, label, value, tip in rows:
            name = QLabel(label, self)
            shown = QLabel(value, self, objectName=f"fact:{key}", wordWrap=True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name.setToolTip(tip)
            shown.setToolTip(tip)
            self.form.addRow(name, shown)
            name.show()  # now, not in a later event: the page's size counts them at once
            shown.show()
        self.setVisible(bool(rows))


def read_only_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(False)
    return table


def fill_headers(table: QTableWidget, headers: list[tuple[str, str]]) -> None:
    """Column titles with their tooltips (plain words saying what each column holds)."""
    table.setColumnCount(len(headers))
    for column, (text, tip) in enumerate(headers):
        item = QTableWidgetItem(text)
        item.setToolTip(tip)
        table.setHorizontalHeaderItem(column, item)


def cell(text: str, tip: str = "", right: bool = True, grey: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    if grey:
        item.setForeground(GREY)
    return item


def fit_height(table: QTableWidget) -> None:
    """As tall as its rows: the tab scrolls, the table never does."""
    header = table.horizontalHeader()
    table.setFixedHeight(header.sizeHint().height() + table.verticalHeader().length() + 2 * table.frameWidth() + 2)


def settle(area: QScrollArea) -> None:
    """Lay the page out now, so the tab is never drawn squeezed into the viewport before it scrolls."""
    page = area.widget()
    page.layout().activate()
    page.resize(area.viewport().width(), max(area.viewport().height(), page.heightForWidth(area.viewport().width()),
                                             page.minimumSizeHint().height()))


def notes_text(notes: list[str]) -> str:
    """Notes, one per line, each once, field paths given by their labels."""
    return "<br>".join(f"• {html.escape(readable(n))}" for n in dict.fromkeys(n for n in notes if n))


def heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(f"<b>{html.escape(text)}</b>", parent, wordWrap=True)
    label.setStyleSheet("font-size: 11pt;")
    return label


def note(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent, objectName=name, wordWrap=True, textFormat=Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FinanceView(QScrollArea):
    """Shows `QuoteResult.finance` as the engine computed it; a deal without finance tables says how to add them.

    `cirr_requested(currency)` asks the form to open today's CIRR for that currency."""

    cirr_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="financingView", widgetResizable=True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pending: tuple[Any, str | None] | None = (None, None)
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.none_note = note(page, "financeNone")
        column.addWidget(self.none_note)
        self.content = QWidget(page, objectName="financeContent")
        column.addWidget(self.content)
        column.addStretch(1)
        self.setWidget(page)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(heading(self.content, self.tr("Financing the credit period")))
        intro = note(self.content)
        intro.setText(html.escape(self.tr(
            "The ways to fund the credit period, cheapest first, each on the same funding basis as the covers: the "
            "cost is measured against waiting for the buyer's payment on your own bank funding (below zero: "
            "cheaper), valued at the payment date.")))
        body.addWidget(intro)
        self.basis = note(self.content, "fundingBasis")
        body.addWidget(self.basis)
        self.table = read_only_table(self.content, "financing")
        body.addWidget(self.table)
        self.unavailable = note(self.content, "financingUnavailable")
        self.unavailable.setStyleSheet(NOTE_STYLE)
        body.addWidget(self.unavailable)
        self.cirr_title = heading(self.content, self.tr("Buyer credit at the CIRR"))
        body.addWidget(self.cirr_title)
        cirr_line = QHBoxLayout()
        self.cirr = note(self.content, "cirr")
        self.cirr.setToolTip(self.tr("The CIRR (the OECD minimum fixed rate for supported export credits) the buyer "
                                     "credit is priced at, and how current it is."))
        self.cirr_button = QPushButton(self.tr("Type today's CIRR"), self.content, objectName="typeCirr")
        self.cirr_button.setToolTip(self.tr("Opens the CIRR field of the deal form for the invoice currency."))
        self.cirr_button.clicked.connect(lambda: self.cirr_requested.emit(self._cirr_currency))
        self._cirr_currency = ""
        cirr_line.addWidget(self.cirr, 1)
        cirr_line.addWidget(self.cirr_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(cirr_line)
        self.credit = FactsBox(self.content, "buyerCredit")
        body.addWidget(self.credit)
        self.support_title = heading(self.content, self.tr("Interest-rate support"))
        body.addWidget(self.support_title)
        self.support = FactsBox(self.content, "interestSupport")
        body.addWidget(self.support)
        self.extras_title = heading(self.content, self.tr("Pre-shipment cover and bonds"))
        body.addWidget(self.extras_title)
        self.extras = FactsBox(self.content, "preShipmentBonds")
        body.addWidget(self.extras)
        self.notes = note(self.content, "financeNotes")
        self.notes.setStyleSheet(NOTE_STYLE)
        body.addWidget(self.notes)
        self.fund_title = heading(self.content, self.tr("Fondo 394-style loan for presence abroad"))
        body.addWidget(self.fund_title)
        self.fund_intro = note(self.content)
        self.fund_intro.setText(html.escape(self.tr(
            "What a subsidised loan for a showroom, branch or staff abroad saves against a bank loan with the same "
            "repayments, and its grant. It finances your firm, not this deal.")))
        body.addWidget(self.fund_intro)
        self.fund = FactsBox(self.content, "fund394")
        body.addWidget(self.fund)
        self._render(None, None)

    # -- showing a result
    def show_result(self, result: Any, cirr_origin: str | None = None) -> None:
        """The quote's finance figures (None: no quote). Drawn now when the tab is shown, else when it opens."""
        self._pending = (result, cirr_origin)
        if self.isVisible():
            self._render(result, cirr_origin)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._pending is not None:
            self._render(*self._pending)

    def _render(self, result: Any, cirr_origin: str | None) -> None:
        self._pending = None
        summary = getattr(result, "finance", None)
        self.content.setVisible(summary is not None)
        self.none_note.setVisible(summary is None)
        if result is None:
            self.none_note.setText(html.escape(self.tr("The financing figures appear here once the deal is quoted.")))
            return
        if summary is None:
            self.none_note.setText(html.escape(self.tr(
                "This deal has no export finance terms, so there is nothing to show here. To add them, tick "
                "“Export finance” at the end of the deal form and give a buyer credit term, a manufacturing "
                "period, a bond or a Fondo 394-style loan; the financing options then appear in this tab.")))
            return
        home, foreign = result.home, result.foreign
        self.basis.setText(html.escape(self.tr("Funding basis: your home rate plus your bank's margin, %1 a year.")
                                       .replace("%1", i18n.percent(result.funding_rate))))
        self._table(summary, home, foreign)
        self._cirr(summary, foreign, cirr_origin)
        self._support(summary, foreign)
        self._extras(summary, home, foreign)
        notes = [i18n.message(n) for n in summary.notes]
        notes += [i18n.message(n) for q in summary.financing for n in q.notes]
        if summary.interest_support is not None:
            notes += [i18n.message(r) for r in summary.interest_support.reasons]
        if summary.pre_shipment is not None:
            notes += [i18n.message(n) for n in summary.pre_shipment.notes]
        notes += [i18n.message(n) for b in summary.bonds for n in b.notes]
        shown_with_cirr = {i18n.message(n) for n in summary.cirr.notes} if summary.cirr is not None else set()
        self.notes.setText(notes_text([n for n in notes if n not in shown_with_cirr]))
        self._fund(summary.fund_394)
        settle(self)

    def _table(self, summary: Any, home: str, foreign: str) -> None:
        fill_headers(self.table, [
            (self.tr("#"), self.tr("The order of the financing options, cheapest against own funding first.")),
            (self.tr("Financing"), self.tr("The way to fund the time until the buyer pays.")),
            (self.tr("All-in rate"), self.tr("What the financing costs in all, as a rate a year (for the buyer "
                                             "credit: the buyer's rate).")),
            (self.tr("Interest (%1)").replace("%1", home), self.tr("The interest paid over the credit, in your home "
                                                                   "currency.")),
            (self.tr("Cost against own funding (%1)").replace("%1", home),
             self.tr("What it costs compared with funding the credit from your own bank, at the payment date, in "
                     "your home currency; below zero it is cheaper.")),
            (self.tr("Minimum price (%1)").replace("%1", foreign),
             self.tr("The lowest invoice price, in the invoice currency, that still pays your cost or margin with "
                     "this financing."))])
        ranked = list(summary.ranked())
        others = [q for q in summary.financing if not q.available]
        self.table.setRowCount(len(ranked) + len(others))
        for row, quote in enumerate(ranked):
            name = i18n.text(f"finance_option_{quote.id}")
            tip = " ".join(readable(i18n.message(n)) for n in quote.notes) or name
            values = (str(row + 1), i18n.percent(quote.all_in_rate), i18n.number(quote.total_interest),
                      i18n.number(quote.cost), i18n.number(quote.min_price))
            for column, text in zip((0, 2, 3, 4, 5), values, strict=True):
                self.table.setItem(row, column, cell(text, tip))
            self.table.setItem(row, 1, cell(name, tip, right=False))
        lines = []
        for offset, quote in enumerate(others):
            row = len(ranked) + offset
            name = i18n.text(f"finance_option_{quote.id}")
            reason = readable(i18n.message(quote.reason)) if quote.reason else ""
            self.table.setItem(row, 1, cell(name, reason, right=False, grey=True))
            for column in (0, 2, 3, 4, 5):
                self.table.setItem(row, column, cell("" if column == 0 else "—", reason, grey=True))
            lines.append(self.tr("%1 is not available: %2").replace("%1", name).replace("%2", reason))
        self.unavailable.setText("<br>".join(html.escape(line) for line in lines))
        self.unavailable.setVisible(bool(lines))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        fit_height(self.table)

    def _cirr(self, summary: Any, foreign: str, origin: str | None) -> None:
        cirr, plan = summary.cirr, summary.credit_schedule
        for widget in (self.cirr_title, self.cirr):
            widget.setVisible(cirr is not None)
        self.cirr_button.setVisible(cirr is not None and not cirr.current)
        if cirr is None:
            self.credit.set_facts([])
            return
        self._cirr_currency = cirr.currency
        words = i18n.words()
        if cirr.valid_from and cirr.valid_to:
            validity = self.tr("valid %1 to %2").replace("%1", words.date(cirr.valid_from)) \
                .replace("%2", words.date(cirr.valid_to))
        elif origin == "settings":
            validity = self.tr("from your settings")
        else:
            validity = self.tr("as typed in the deal")
        current, expired = self.tr("current"), self.tr("past its validity: type the current rate")
        state = (f"<span style='color:#2e7d32'>{html.escape(current)}</span>" if cirr.current else
                 f"<span style='color:#a05a00'><b>{html.escape(expired)}</b></span>")
        lines = [f"<b>{html.escape(i18n.percent(cirr.rate_pct / 100.0))} {html.escape(cirr.currency)}</b>, "
                 f"{html.escape(validity)} — {state}"]
        lines += [f"<small>{html.escape(readable(i18n.message(n)))}</small>" for n in cirr.notes]
        self.cirr.setText("<br>".join(lines))
        facts: list[tuple[str, str, str, str]] = []
        if plan is not None:
            first = plan.instalments[0]
            facts += [
                ("down_payment", self.tr("Down payment"), i18n.percent(plan.down_payment_share),
                 self.tr("The share of the contract paid by the start of the credit.")),
                ("financed", self.tr("Financed amount"), i18n.money(plan.financed, foreign),
                 self.tr("The contract less the down payment: what the buyer borrows.")),
                ("schedule", self.tr("Repayment"), self.tr(
                    "%1 half-yearly instalments of %2; interest %3 in all; average life %4 years")
                 .replace("%1", str(len(plan.instalments))).replace("%2", i18n.money(first.principal, foreign))
                 .replace("%3", i18n.money(plan.total_interest, foreign))
                 .replace("%4", i18n.number(plan.weighted_average_life)),
                 self.tr("The buyer repays in equal half-yearly parts of the loan, with interest at the CIRR."))]
        if summary.state_cover_pct is not None:
            facts.append(("state_cover", self.tr("State cover the credit needs"),
                          i18n.percent(summary.state_cover_pct / 100.0),
                          self.tr("The state insurer's minimum premium, as a share of the financed amount.")))
        self.credit.set_facts(facts)

    def _support(self, summary: Any, foreign: str) -> None:
        support = summary.interest_support
        self.support_title.setVisible(support is not None)
        if support is None:
            self.support.set_facts([])
            return
        verdict = self.tr("Eligible") if support.eligible else self.tr("Not eligible")
        if support.reasons:
            verdict += ": " + " ".join(readable(i18n.message(r)) for r in support.reasons)
        self.support.set_facts([
            ("support", self.tr("Interest-rate support"), verdict,
             self.tr("Whether the deal meets the conditions of SIMEST-style support, and if not, why.")),
            ("saving", self.tr("Buyer's saving (present value)"), i18n.money(support.saving, foreign),
             self.tr("The interest the buyer saves against the market fixed rate, valued today.")),
            ("saving_total", self.tr("Buyer's saving (undiscounted)"), i18n.money(support.undiscounted_saving, foreign),
             self.tr("The same saving added up over the credit, without discounting."))])

    def _extras(self, summary: Any, home: str, foreign: str) -> None:
        facts: list[tuple[str, str, str, str]] = []
        pre = summary.pre_shipment
        if pre is not None:
            facts += [
                ("pre_rate", self.tr("Pre-shipment rate"), i18n.percent(pre.rate_pct / 100.0),
                 self.tr("The premium of pre-shipment cover, as a share of the production cost.")),
                ("pre_premium", self.tr("Pre-shipment premium"), i18n.money(pre.premium, home),
                 self.tr("What pre-shipment cover costs, in your home currency.")),
                ("pre_probability", self.tr("Chance of a loss before shipment"), i18n.percent(pre.event_probability),
                 self.tr("The chance that the buyer cancels or the country blocks the deal during manufacturing.")),
                ("pre_loss", self.tr("Expected loss before shipment"), self.tr("%1 without cover, %2 with it")
                 .replace("%1", i18n.money(pre.expected_loss_uncovered, home))
                 .replace("%2", i18n.money(pre.expected_loss_covered, home)),
                 self.tr("The loss to expect on average during manufacturing, without and with the cover."))]
        for i, bond in enumerate(summary.bonds):
            kind = i18n.message(_bond_kind(bond.kind))
            guarantee = i18n.money(bond.counter_guarantee_premium, foreign) \
                if bond.counter_guarantee_pct is not None and bond.counter_guarantee_premium else "—"
            facts.append((f"bond_{i}", f"{kind[:1].upper()}{kind[1:]} ({i18n.money(bond.amount, foreign)})",
                          self.tr("commission %1 (%2 a year); expected unfair-call loss %3, %4 kept; "
                                  "counter-guarantee %5")
                          .replace("%1", i18n.money(bond.fee, foreign))
                          .replace("%2", i18n.percent(bond.rate_pct_pa / 100.0))
                          .replace("%3", i18n.money(bond.expected_call_loss, foreign))
                          .replace("%4", i18n.money(bond.expected_call_loss_covered, foreign))
                          .replace("%5", guarantee),
                          self.tr("The bank's commission, the loss to expect from a call without cause and what "
                                  "you keep of it, and the state counter-guarantee's premium, in the invoice "
                                  "currency. They are in every option's costs.")))
        self.extras_title.setVisible(bool(facts))
        self.extras.set_facts(facts)

    def _fund(self, fund: Any) -> None:
        for widget in (self.fund_title, self.fund_intro):
            widget.setVisible(fund is not None)
        if fund is None:
            self.fund.set_facts([])
            return
        self.fund.set_facts([
            ("loan", self.tr("Loan"), i18n.money(fund.loan, "EUR"), self.tr("The loan asked for.")),
            ("rate", self.tr("Subsidised rate"), i18n.percent(fund.rate_pct / 100.0, 3),
             self.tr("The fund's fixed rate a year.")),
            ("interest", self.tr("Interest on the subsidised loan"), i18n.money(fund.interest_subsidised, "EUR"),
             self.tr("All the interest paid on the subsidised loan.")),
            ("bank", self.tr("Interest on a bank loan"), i18n.money(fund.interest_bank, "EUR"),
             self.tr("All the interest a bank loan with the same repayments would cost.")),
            ("saved", self.tr("Interest saved (present value)"), i18n.money(fund.pv_interest_saved, "EUR"),
             self.tr("The difference in interest, valued today at the bank rate.")),
            ("grant", self.tr("Grant"), i18n.money(fund.grant, "EUR"),
             self.tr("The part of the loan you need not repay, within the fund's caps.")),
            ("benefit", self.tr("Total benefit"), self.tr("%1, %2 of the loan")
             .replace("%1", i18n.money(fund.benefit, "EUR")).replace("%2", i18n.percent(fund.benefit_share)),
             self.tr("Interest saved plus the grant."))]
            + [(f"fund_note_{i}", self.tr("Note"), readable(i18n.message(n)), self.tr("What to know about the fund."))
               for i, n in enumerate(fund.notes)])


def _bond_kind(kind: str) -> Any:
    from exportrisk.messages import message

    return message(f"bond_kind_{kind}")
