"""Off the GUI thread: load the market data, and list countries and currencies for the form."""

from __future__ import annotations

from typing import Any


def load_market(progress: Any, lang: str) -> dict[str, Any]:
    """Off the GUI thread: import the engine, read the ECB history and the country list."""
    from exportrisk.market.service import MarketData

    market = MarketData()
    market.ecb  # noqa: B018 (load now, not on the first quote)
    return market_status(market, lang)


def market_status(market: Any, lang: str) -> dict[str, Any]:
    """Data status, currencies, and the country list named in the window's language."""
    from exportrisk.country.classification import load_countries
    from exportrisk.market.service import fx_data_status
    from exportrisk.report.i18n import Translator

    from .labels import Labels

    states = Labels().country_states()
    names = Translator(lang if lang in ("en", "it") else "en")
    countries = []
    for country in sorted(load_countries().sorted_countries(), key=lambda c: names.country(c.iso3, c.name)):
        if country.marketable:
            state = states["marketable"]
        elif country.category == "NC":
            state = states["unclassified"]
        else:
            state = states["available"]
        label = f"{names.country(country.iso3, country.name)} — OECD {country.category} — {state}"
        countries.append((country.iso3, label))
    return {"market": market, "countries": countries, "currencies": market.currencies(),
            "status": fx_data_status(market)}
