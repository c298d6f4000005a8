"""The "Stress" tab: each option's retained loss under the engine's stress scenarios (rows options, columns
scenarios); a scenario the engine could not run is greyed, with its reason."""

from __future__ import annotations

import html
import textwrap
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QHeaderView, QScrollArea, QTableWidgetItem, QVBoxLayout, QWidget

from . import i18n
from .finance_form import readable
from .finance_view import NOTE_STYLE, cell, fill_headers, fit_height, heading, note, read_only_table, settle

UNAVAILABLE = QBrush(QColor("#efefef"))
# Scenario names wrap onto lines of about this many characters, so seven columns fit 1366 pixels.
HEADER_CHARS = 17


def scenario_name(scenario_id: str) -> str:
    """The scenario's name in the window's language (the PDF's words)."""
    return i18n.text(f"finance_stress_{scenario_id}")


def shock_text(scenario: Any) -> str:
    """What the scenario shocked, in the PDF's words (the worst move of the rate, the category reached...)."""
    from exportrisk.report.finance_sections import _shock

    return _shock(i18n.words(), scenario).replace(" -> ", " → ")


class StressView(QScrollArea):
    """Shows `QuoteResult.finance.stress` as the engine computed it; the GUI computes no figure."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="stressView", widgetResizable=True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pending: Any = (None,)
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.none_note = note(page, "stressNone")
        column.addWidget(self.none_note)
        self.content = QWidget(page, objectName="stressContent")
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(heading(self.content, self.tr("Stress scenarios")))
        self.intro = note(self.content, "stressIntro")
        body.addWidget(self.intro)
        self.table = read_only_table(self.content, "stress")
        body.addWidget(self.table)
        self.scenarios = note(self.content, "stressScenarios")
        self.scenarios.setStyleSheet(NOTE_STYLE)
        body.addWidget(self.scenarios)
        column.addWidget(self.content)
        column.addStretch(1)
        self.setWidget(page)
        self._render(None)

    def show_result(self, result: Any) -> None:
        """The quote's stress scenarios (None: no quote). Drawn now when the tab is shown, else when it opens."""
        self._pending = (result,)
        if self.isVisible():
            self._render(result)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._pending is not None:
            self._render(*self._pending)

    def _render(self, result: Any) -> None:
        self._pending = None
        summary = getattr(result, "finance", None)
        scenarios = tuple(summary.stress) if summary is not None else ()
        self.content.setVisible(bool(scenarios))
        self.none_note.setVisible(not scenarios)
        if result is None:
            self.none_note.setText(html.escape(self.tr("The stress scenarios appear here once the deal is quoted.")))
            return
        if not scenarios:
            self.none_note.setText(html.escape(self.tr(
                "This deal has no export finance terms, so it has no stress scenarios. To add them, tick “Export "
                "finance” at the end of the deal form (a buyer credit term, a manufacturing period, a bond or a "
                "Fondo 394-style loan); each option's loss under past shocks then appears in this tab.")))
            return
        home = result.home
        self.intro.setText(html.escape(self.tr(
            "The loss each option leaves you with, in %1, if a past shock came back: the worst move of the deal's "
            "exchange rate over the payment term inside each historical window, the country two OECD categories "
            "worse, the buyer three notches worse. Grey: the scenario could not be run (the reason is below and in "
            "the column's tooltip).").replace("%1", home)))
        options = sorted((o for o in result.options if o.available and o.rank is not None), key=lambda o: o.rank)
        headers = [(self.tr("Option"), self.tr("The way to cover the deal, in the order of the comparison."))]
        for scenario in scenarios:
            name = scenario_name(scenario.id)
            tip = self._tip(scenario, home)
            headers.append(("\n".join(textwrap.wrap(name, HEADER_CHARS)) or name, tip))
        fill_headers(self.table, headers)
        for column, scenario in enumerate(scenarios, 1):
            if not scenario.available:
                self.table.horizontalHeaderItem(column).setForeground(QColor("#8c8c8c"))
        self.table.setRowCount(len(options))
        for row, option in enumerate(options):
            name = i18n.option_name(option.id)
            self.table.setItem(row, 0, cell(name, name, right=False))
            for column, scenario in enumerate(scenarios, 1):
                item = self._loss(scenario, option.id, home)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_height(self.table)
        lines = []
        for scenario in scenarios:
            name = html.escape(scenario_name(scenario.id))
            if scenario.available:
                lines.append(f"<b>{name}</b>: {html.escape(shock_text(scenario))}")
            else:
                reasons = " ".join(readable(i18n.message(n)) for n in scenario.notes)
                not_run = self.tr("not run")
                lines.append(f"<span style='color:#8c8c8c'><b>{name}</b>: "
                             f"{html.escape(not_run)} — {html.escape(reasons)}</span>")
        self.scenarios.setText("<br>".join(lines))
        settle(self)

    def _tip(self, scenario: Any, home: str) -> str:
        name = scenario_name(scenario.id)
        if not scenario.available:
            reasons = " ".join(readable(i18n.message(n)) for n in scenario.notes)
            return self.tr("%1: not run. %2").replace("%1", name).replace("%2", reasons)
        return self.tr("%1 (%2): each option's loss in %3 if it came back.").replace("%1", name) \
            .replace("%2", shock_text(scenario)).replace("%3", home)

    def _loss(self, scenario: Any, option_id: str, home: str) -> QTableWidgetItem:
        if not scenario.available:
            item = cell("—", self._tip(scenario, home), grey=True)
            item.setBackground(UNAVAILABLE)
            return item
        if option_id not in scenario.losses:
            return cell("—", self.tr("This option is not priced in this scenario."), grey=True)
        return cell(i18n.number(scenario.losses[option_id]), self._tip(scenario, home))
