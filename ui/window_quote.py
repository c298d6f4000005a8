"""The main window's quote flow: an edit, its recalculation in the background and the figures it shows."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from exportrisk.errors import InputError

from . import i18n
from . import settings as keys


class QuoteFlow:
    """Mixed into MainWindow: from a form edit to the figures on screen (the options, summary, tabs, what-if).

    Its texts keep the "MainWindow" translation context (QCoreApplication.translate), as when they were written in
    the window's own class.
    """

    def _on_form_changed(self) -> None:
        """A figure-changing edit makes the shown result stale at once: no headline or export of the old deal."""
        self.setWindowModified(True)
        if self.result is not None:
            self.result = None
            self._show_recalculating()
        self._debounce.start()

    def _show_recalculating(self) -> None:
        """Grey the headline while the quote of the edited deal is computed."""
        # on its own line: the translation tools do not read inside f-strings
        text = QCoreApplication.translate("MainWindow", "Recalculating…")
        self.recommendation.setText(f"<span style='color:#8c8c8c'>{html.escape(text)}</span>")

    def recalculate(self) -> None:
        """Validate and (re)start the quote in the background; a simulation shows its closed-form figures meanwhile."""
        if self.market is None:
            return
        from exportrisk.deal.io import deal_from_dict
        from exportrisk.engine.quote import closed_form_options, price_deal

        self.runner.cancel(self._sim_task)
        self._sim_task = None
        problems = self.form.problems()
        missing = self.form.missing()
        if problems or missing:
            self._drop_figures()
            self.form.show_problems(problems)
            if problems:
                self.recommendation.setText(QCoreApplication.translate(
                    "MainWindow", "Answer or correct the highlighted field to see the options."))
            else:
                self.recommendation.setText(QCoreApplication.translate(
                    "MainWindow", "Fill in %1: the options appear here.").replace("%1", ", ".join(missing)))
            self.example_button.setVisible(bool(missing) and not problems and self.path is None)
            return
        self.example_button.hide()
        market, paths = self.market, self.settings.get(keys.SIMULATION_PATHS)
        method = "mc" if self.settings.get(keys.ENGINE_METHOD) == "mc" else "exact"
        try:
            deal = deal_from_dict(self.form.values(quoting=True))
            # the exact engine's final figures follow in milliseconds: no preliminary table to flicker past
            options = closed_form_options(deal, self.market) if method == "mc" else None
        except InputError as exc:
            self._show_input_error(exc)
            return
        self.form.clear_errors()
        self.result = None
        if options is not None:  # a simulation takes seconds: its closed-form expected costs are shown meanwhile
            self.model.set_options(options, None, simulated=False)
        self._show_recalculating()
        self.risks.clear()
        self._sim_task = self._start("quote", lambda progress: price_deal(deal, market, paths=paths,
                                                                          progress=progress, method=method))
        if method == "mc":  # an exact quote is done before a progress bar could say anything
            self.busy.setValue(0)
            self.busy.setFormat(QCoreApplication.translate("MainWindow", "Simulating… %p%"))
            self.busy.show()

    def _names_changed(self) -> None:
        """A name changes no figure: check the deal and carry the names into the result, without recomputing."""
        if self.market is None or self._debounce.isActive():
            return
        from dataclasses import replace

        from exportrisk.deal.io import deal_from_dict

        if self.form.problems() or self.form.missing():
            return
        try:
            deal = deal_from_dict(self.form.values(quoting=True))
        except InputError as exc:
            self._show_input_error(exc)
            return
        if self.result is None:
            self.recalculate()  # figures were dropped for an invalid name: bring them back
        else:
            self.form.clear_errors()
            self.result = replace(self.result, deal=deal)

    def _drop_figures(self) -> None:
        """No figure of a previous deal stays on screen."""
        self.risks.clear()
        self.warnings.clear()
        self.note.clear()
        self.alerts.hide()
        self.model.set_options((), None, simulated=False)
        self.charts.clear()
        self.financing.show_result(None)
        self.stress.show_result(None)
        self.result = None
        self.busy.hide()

    def _show_input_error(self, error: Exception | str) -> None:
        """Show the error by its field (error.field) in the window's language and drop every figure."""
        text = error if isinstance(error, str) else i18n.error_text(error)
        self.input_error.emit(text)
        if self.form.show_error(error) is None:
            self.show_message(text)
        self._whatif_pending = None
        self.whatif.show_result(None, None)
        self.recommendation.setText(QCoreApplication.translate("MainWindow",
                                                               "Correct the highlighted field to see the options."))
        self._drop_figures()

    def show_result(self, result: Any) -> None:
        from exportrisk.report.build_deal import summary_for

        self.result = result
        shown = self._once_per_version(result)
        self.model.set_options(result.options, result.recommended, simulated=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        summary = summary_for(shown, self.language())
        self.recommendation.setText(f"<b>{summary.recommended}</b> — {summary.price_label}: "
                                    f"<b>{summary.price}</b><br>{summary.sentence}"
                                    + "".join(f"<br><small>{html.escape(n)}</small>" for n in summary.notes))
        self._show_alerts(summary.alerts_title, summary.alerts, summary.alerts_severe)
        colours = {"low": "#2e8b57", "medium": "#d08c00", "high": "#c0392b"}
        self.risks.setText("<br>".join(f"<span style='color:{colours[r.level]}'>●</span> "
                                       f"<b>{i18n.level_name(r.level)}</b> — {r.text}"
                                       for r in summary.risks))
        self.warnings.setText("\n".join(summary.warnings))
        # the charts follow the figures in the next event-loop turn, unless the result is gone by then
        QTimer.singleShot(0, self, lambda: self.charts.show_result(result) if self.result is result else None)
        self.busy.hide()
        self.financing.show_result(result, self.form.finance.cirr_origin(result.deal))
        self.stress.show_result(result)
        self._show_note(self.table.currentIndex())
        self._whatif_pending = (result.deal, result, self.market)
        if self.tabs.currentWidget() is self._whatif_tab:  # re-quoted live while the tab is open, else when opened
            self._show_whatif()
        self.result_ready.emit(result)

    def _once_per_version(self, result: Any) -> Any:
        """The result as shown: an overdue rate is flagged the first time it is ever shown (recorded in the
        register) and then for the rest of this session, not in later sessions; the stored result is unchanged."""
        from dataclasses import replace

        from exportrisk.register.flags import shown_once

        decided = self._flagged_this_session  # the register is asked once per warning and session, not per quote
        kept = []
        for warning in result.warnings:
            key = (getattr(warning, "code", None), tuple(sorted(map(str, getattr(warning, "args", {}).items()))))
            if key[0] != "rate_stale":
                kept.append(warning)
                continue
            if key not in decided:
                decided[key] = bool(shown_once([warning]))
            if decided[key]:
                kept.append(warning)
        return replace(result, warnings=tuple(kept))

    def _show_whatif(self) -> None:
        """The What-if tab re-quotes the result shown last (when the tab is opened, or at once while it is open)."""
        if self._whatif_pending is not None:
            deal, result, market = self._whatif_pending
            self._whatif_pending = None
            self.whatif.show_result(deal, result, market, None)

    def _show_note(self, index: Any, *_: Any) -> None:
        """Below the table, the full note of the selected option (the recommended one by default)."""
        row = self.proxy.mapToSource(index).row() if index is not None and index.isValid() else -1
        if row < 0:
            row = next((r for r in range(self.model.rowCount()) if self.model.option(r).id == self.model.recommended),
                       -1)
        if row < 0:
            self.note.clear()
            return
        option = self.model.option(row)
        note = self.model.note(option)
        self.note.setText(f"<b>{html.escape(i18n.option_name(option.id))}</b>: {html.escape(note)}" if note else "")

    def _show_alerts(self, title: str, alerts: tuple[str, ...], severe: bool) -> None:
        """Sanctions and cover policy first, framed red when a measure reaches the deal, grey for reminders."""
        frame, fill = ("#c0392b", "#fdf0ee") if severe else ("#c8d3de", "#f5f7fa")
        self.alerts.setStyleSheet(f"QLabel#sanctions {{ border: 2px solid {frame}; background: {fill}; "
                                  "padding: 4px; }")
        self.alerts.setText(f"<b>{html.escape(title)}</b>"
                            + "".join(f"<br>• {html.escape(a)}" for a in alerts))
        self.alerts.setVisible(bool(alerts))
