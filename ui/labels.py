"""Names the window shows for engine identifiers, translatable with Qt Linguist (declared once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def option_names() -> dict[str, str]:
    return {
        "none": _t("No cover"), "fx_forward": _t("FX forward"), "fx_put": _t("FX put option"),
        "private_insurance": _t("Private credit insurance"), "state_cover": _t("State export credit cover"),
        "lc_confirmed": _t("Confirmed letter of credit"), "documentary_collection": _t("Documentary collection"),
        "forfaiting": _t("Forfaiting"), "factoring": _t("Export factoring"),
        "state_cover_forward": _t("State cover + FX forward"), "state_cover_put": _t("State cover + FX put"),
        "private_insurance_forward": _t("Private insurance + FX forward"),
        "private_insurance_put": _t("Private insurance + FX put"),
    }


def instrument_names() -> dict[str, str]:
    return {"open_account": _t("Open account"), "documentary_collection": _t("Documentary collection"),
            "lc_unconfirmed": _t("Letter of credit, unconfirmed"), "lc_confirmed": _t("Letter of credit, confirmed"),
            "cash_in_advance": _t("Cash in advance")}


def level_names() -> dict[str, str]:
    return {"low": _t("low"), "medium": _t("medium"), "high": _t("high")}
