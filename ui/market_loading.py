"""Off the GUI thread: load the market data, and list countries and currencies for the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def load_market(progress: Any, lang: str) -> dict[str, Any]:
    """Off the GUI thread: import the engine, read the ECB history and the country list."""
    from exportrisk.market.service import MarketData

    market = MarketData()
    market.ecb  # noqa: B018 (load now, not on the first quote)
    from .data_view import table_statuses

    # every table hashed and dated here, off the GUI thread, for the once-per-version review flag
    return {**market_status(market, lang), "tables": table_statuses()}


def market_status(market: Any, lang: str) -> dict[str, Any]:
    """Data status, currencies, and the country list named in the window's language (and searchable in English)."""
    from exportrisk.country.classification import load_countries
    from exportrisk.market.service import fx_data_status

    from . import i18n

    states = {"marketable": QCoreApplication.translate("Countries", "no state short-term cover (marketable risk)"),
              "unclassified": "", "available": QCoreApplication.translate("Countries", "state cover available")}
    line = QCoreApplication.translate("Countries", "%1 — OECD %2 — %3")
    unclassified = QCoreApplication.translate("Countries", "%1 — not classified by the OECD")
    names = i18n.words(lang)
    countries, plain = [], []
    for country in sorted(load_countries().sorted_countries(), key=lambda c: i18n.fold(names.country(c.iso3, c.name))):
        if country.marketable:
            state = states["marketable"]
        elif country.category == "NC":
            state = states["unclassified"]
        else:
            state = states["available"]
        name = names.country(country.iso3, country.name)
        if country.category == "NC":
            label = unclassified.replace("%1", name)
        else:
            label = line.replace("%1", name).replace("%2", str(country.category)).replace("%3", state)
        countries.append((country.iso3, label, country.name, country.iso3))
        plain.append((country.iso3, name, country.name, country.iso3))  # the exporter's: no OECD category
    return {"market": market, "countries": countries, "exporter_countries": plain, "currencies": market.currencies(),
            "status": fx_data_status(market), "version": getattr(market.ecb, "package_version", "")}
