"""The parties of a deal as risks: the buyer's credit, the issuing bank, and the rules that bind the exporter."""

from __future__ import annotations

from dataclasses import dataclass

from exportrisk.country.classification import Country, load_countries
from exportrisk.credit.default_probability import (
    DefaultEstimate,
    default_probability,
    rating_curve,
    rating_for_pd,
)
from exportrisk.deal.model import Deal
from exportrisk.messages import Message, message
from exportrisk.parameters import Parameters
from exportrisk.premium.concordance import buyer_category_for_rating, representative_rating


@dataclass(frozen=True)
class BankRisk:
    """The buyer's bank (issues the L/C, avals the bills): its country, OECD category, rating and PD."""

    name: str | None
    country: Country
    category: str
    rating: str
    pd_1y: float
    probability: float  # over the deal's term
    source: str
    notes: tuple[Message, ...] = ()


def _credit_kwargs(params: Parameters) -> dict:
    factor = (params.number("credit", "trade_finance_factor") if params.flag("credit", "trade_finance_adjustment")
              else None)
    return {"table": params.text("credit", "default_table"), "floor": params.number("credit", "pd_floor"),
            "trade_finance_factor": factor}


def buyer_credit(deal: Deal, params: Parameters, category: str, years: float) -> tuple[DefaultEstimate, str, str]:
    """Default estimate, buyer category and the rating used for the concordance."""
    buyer = deal.buyer
    kwargs = _credit_kwargs(params)
    plain = params.text("credit", "plain_rating")
    if buyer.pd_1y is not None:
        estimate = default_probability(years, pd_1y=buyer.pd_1y, **kwargs)
        rating = rating_for_pd(buyer.pd_1y, kwargs["table"], kwargs["floor"])
        return estimate, buyer_category_for_rating(rating, category), rating
    if buyer.rating is not None:
        estimate = default_probability(years, rating=buyer.rating, plain_rating=plain, **kwargs)
        return estimate, buyer_category_for_rating(buyer.rating, category), buyer.rating
    assert buyer.category is not None
    rating = representative_rating(buyer.category, category)
    estimate = default_probability(years, rating=rating, plain_rating=plain, **kwargs)
    note = message("category_as_rating", category=buyer.category, rating=rating)
    return (DefaultEstimate(estimate.probability, estimate.pd_1y, years, estimate.method, estimate.source,
                            (*estimate.notes, note)), buyer.category, rating)


def issuing_bank(deal: Deal, params: Parameters, buyer_country: Country, buyer_country_category: str,
                 years: float) -> BankRisk:
    """The issuing bank's risk: from bank.rating, else from its country's category through the concordance.

    Without a rating the bank is given the middle rating of the CC1 cell of its country's OECD category row
    (the best corporates of that country; a bank rarely rates above its sovereign), then the notch default
    curve over the term. A 1-year PD set in the parameters (letter_of_credit.issuing_bank_pd_1y) replaces
    both (constant hazard). The bank's country is the buyer's unless bank.country says otherwise.
    """
    bank = deal.bank
    if bank.country is None:
        country, category = buyer_country, buyer_country_category
    else:
        country = load_countries().resolve(bank.country, "bank.country")
        category = country.pricing_category
    kwargs = _credit_kwargs(params)
    notes: list[Message] = []
    if "issuing_bank_pd_1y" in params.info["letter_of_credit"].overridden:
        pd_1y = max(params.number("letter_of_credit", "issuing_bank_pd_1y"), kwargs["floor"])
        rating = rating_for_pd(pd_1y, kwargs["table"], kwargs["floor"])
        return BankRisk(bank.name, country, category, rating, pd_1y, 1.0 - (1.0 - pd_1y) ** years, "your entry")
    rating = bank.rating
    if rating is None:
        rating = representative_rating("CC1", category)
        notes.append(message("bank_rating_from_country", rating=rating, category=category))
    curve, meta = rating_curve(rating, kwargs["table"], kwargs["floor"], params.text("credit", "plain_rating"))
    probability = curve.probability(years)
    if kwargs["trade_finance_factor"] is not None:
        probability *= kwargs["trade_finance_factor"]
    return BankRisk(bank.name, country, category, rating, curve.cumulative[0], probability, meta.label(),
                    tuple(notes))


def invoiced_in_buyer_currency(buyer_country: Country, currency: str) -> bool:
    """True when `currency` is a currency of the buyer's country today (babel's CLDR territory data)."""
    import pycountry  # imported where used: it is slow to load and most quotes never reach here
    from babel.numbers import get_territory_currencies

    record = pycountry.countries.get(alpha_3=buyer_country.iso3)
    if record is None:
        return False
    try:
        return currency in get_territory_currencies(record.alpha_2)
    except Exception:  # an unknown territory in CLDR
        return False
