"""Names the window shows for engine identifiers, translatable with Qt Linguist (declared once)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Labels(QObject):
    """A QObject only so that lupdate and tr() see the "Labels" context."""

    def options(self) -> dict[str, str]:
        return {
            "none": self.tr("No cover"), "fx_forward": self.tr("FX forward"), "fx_put": self.tr("FX put option"),
            "private_insurance": self.tr("Private credit insurance"),
            "state_cover": self.tr("State export credit cover"),
            "lc_confirmed": self.tr("Confirmed letter of credit"),
            "documentary_collection": self.tr("Documentary collection"), "forfaiting": self.tr("Forfaiting"),
            "factoring": self.tr("Export factoring"), "state_cover_forward": self.tr("State cover + FX forward"),
            "state_cover_put": self.tr("State cover + FX put"),
            "private_insurance_forward": self.tr("Private insurance + FX forward"),
            "private_insurance_put": self.tr("Private insurance + FX put"),
        }

    def instruments(self) -> dict[str, str]:
        return {"open_account": self.tr("Open account"), "documentary_collection": self.tr("Documentary collection"),
                "lc_unconfirmed": self.tr("Letter of credit, unconfirmed"),
                "lc_confirmed": self.tr("Letter of credit, confirmed"), "cash_in_advance": self.tr("Cash in advance")}

    def levels(self) -> dict[str, str]:
        return {"low": self.tr("low"), "medium": self.tr("medium"), "high": self.tr("high")}

    def country_states(self) -> dict[str, str]:
        return {"marketable": self.tr("no state short-term cover (marketable risk)"),
                "unclassified": self.tr("not classified"), "available": self.tr("state cover available")}

    def recovery(self) -> tuple[str, str]:
        return (self.tr("Recover unsaved deal?"),
                self.tr("ExportRisk did not close normally last time. Restore the deal you were editing?"))


def option_names() -> dict[str, str]:
    return Labels().options()


def instrument_names() -> dict[str, str]:
    return Labels().instruments()


def level_names() -> dict[str, str]:
    return Labels().levels()
