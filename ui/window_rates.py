"""The main window's market data actions: rate updates, offline mode and the data tables' review dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from . import settings as keys
from .market_loading import market_status


class RateActions:
    """Mixed into MainWindow: the Data menu's actions and what the window says about the data it quotes with.

    Its texts keep the "MainWindow" translation context (QCoreApplication.translate), as when they were written in
    the window's own class.
    """

    def update_rates(self) -> None:
        """Fetch newer rates for the deal's currencies (hard deadline inside); the window stays responsive."""
        from exportrisk.paths import offline_forced

        if offline_forced():
            self.show_message(QCoreApplication.translate(
                "MainWindow", "Offline mode is forced for this session (EXPORTRISK_OFFLINE=1): rates are not "
                "updated. Start ExportRisk without that setting to update them."))
            return
        if self.settings.get(keys.OFFLINE) or self.market is None:
            self.show_message(QCoreApplication.translate(
                "MainWindow", "Offline mode is on: rates are not updated. Turn it off in the Data menu."))
            return
        values = self.form.values()
        currencies = [values["exporter"]["home_currency"], values["deal"]["currency"], "EUR"]
        market, download = self.market, self.download
        self._update_task = self._start("update", lambda progress: market.refresh(currencies, download=download))
        self.cancel_update.show()
        self.data_label.setText(QCoreApplication.translate("MainWindow", "Updating rates…"))

    def cancel_rate_update(self) -> None:
        self.runner.cancel(self._update_task)
        self._update_task = None
        self.cancel_update.hide()
        self.show_message(QCoreApplication.translate("MainWindow",
                                                     "Rate update cancelled; the last good data stays in use."))

    def _rates_updated(self, refreshed: Any) -> None:
        """The update finished: say which currencies failed (their last good data stays) and show the new status."""
        self.cancel_update.hide()
        failed = "; ".join(refreshed.failed.values())
        self.show_message(QCoreApplication.translate("MainWindow", "Rates updated.") if not failed else
                          QCoreApplication.translate("MainWindow", "Rates not updated: %1 The last good data stays "
                                                     "in use.").replace("%1", failed))
        self._on_loaded(market_status(self.market, self.language()))

    def _show_offline(self) -> None:
        """The Data menu's offline switch: ticked and greyed, with the reason, when the environment forces it."""
        from exportrisk.paths import offline_forced

        forced = offline_forced()
        self.offline_action.blockSignals(True)
        self.offline_action.setChecked(forced or self.settings.get(keys.OFFLINE))
        self.offline_action.blockSignals(False)
        self.offline_action.setEnabled(not forced)
        self.offline_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.")
            if forced else QCoreApplication.translate(
                "MainWindow", "Never use the network: rates come from the data already on this computer."))
        if forced:
            self.offline_action.setText(QCoreApplication.translate("MainWindow",
                                                                   "&Offline mode (forced for this session)"))

    def _flag_stale_tables(self, statuses: list[Any] | None = None) -> None:
        """Once per table version (not on every quote): say which data tables are past their review interval."""
        from .data_view import flag_stale_once, stale_message

        fresh = flag_stale_once(self.settings.store, statuses=statuses)
        if fresh:
            self.show_message(stale_message(fresh))

    def open_data_tables(self) -> None:
        from .data_view import DataTablesDialog

        DataTablesDialog(self).exec()
