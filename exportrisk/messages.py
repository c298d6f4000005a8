"""Every sentence the engine shows a user, declared once by code; reports translate them by code."""

from __future__ import annotations

from datetime import date
from typing import Any

#: English templates. Argument names say how a value is written: *_pct percent, *_date a date,
#: *_money an amount of money, anything else as given. resources/i18n/<lang>.json translates by code.
TEMPLATES: dict[str, str] = {
    # why an option is unavailable
    "no_fx_risk": "The invoice is in the home currency: there is no exchange-rate risk to hedge.",
    "nothing_to_insure": "The payment carries no buyer or country risk to insure.",
    "private_category": "Private insurers rarely cover buyers in OECD category {category}; ask a broker, "
                        "or use state cover.",
    "private_tenor": "Private credit insurance covers short credit terms, up to {days} days; use state cover for "
                     "longer credits.",
    "state_marketable": "State short-term cover is not offered: the buyer's country is an EU member or core "
                        "OECD country, whose short-term risk is marketable (EU Communication 2012/C 392/01); "
                        "use private credit insurance instead.",
    "state_unavailable": "State cover is not offered for this deal: {reason}",
    "lc_advance": "Paid in advance: there is no payment risk for a letter of credit to remove.",
    "lc_tenor": "Letters of credit rarely run past {days} days; use state cover or forfaiting for a supplier "
                "credit.",
    "dc_safer": "The deal already uses a safer payment instrument than a documentary collection.",
    "forfaiting_advance": "Paid in advance: there is no receivable to sell.",
    "forfaiting_category": "Forfaiters rarely buy receivables on OECD category {category} buyers; ask a bank.",
    "forfaiting_minimum": "Forfaiters rarely buy receivables under EUR {minimum_money}.",
    "factoring_instrument": "Factors buy open-account receivables; this deal uses another instrument.",
    "factoring_term": "Factoring covers short terms up to {days} days.",
    "factoring_category": "Factors rarely take buyers in OECD category {category}.",
    # notes on an available option
    "private_minimum": "The rate {rate_pct} gives less than the minimum premium.",
    "lc_buyer_agrees": "The buyer must agree to open the letter of credit with its bank.",
    "lc_in_place": "The deal already uses a confirmed letter of credit; its fees are shown.",
    "state_rule": "State premium by the {rule} rule over a {hor} year horizon of risk.",
    "no_min_price": "No invoice price keeps a {margin_pct} margin: the risk-adjusted cost takes {share_pct} "
                    "of the invoice or more.",
    # cost items
    "cost_forward_points": "forward points against spot",
    "cost_forward_margin": "bank margin on the forward",
    "cost_option_premium": "option premium (Garman-Kohlhagen)",
    "cost_option_margin": "bank margin on the option",
    "cost_insurance_premium": "insurance premium ({rate_pct} of the invoice)",
    "cost_insurance_minimum": "insurance premium (minimum premium applies)",
    "cost_state_premium": "state premium {premium_pct} ({rule})",
    "cost_handling_fee": "handling fee",
    "cost_confirmation": "confirmation fee ({quarters} quarters)",
    "cost_advising": "advising fee",
    "cost_negotiation": "negotiation fee",
    "cost_document_check": "document checking",
    "cost_collection": "collection fee",
    "cost_forfaiting_discount": "discount at {rate_pct} a year over {days} days",
    "cost_forfaiting_commission": "forfaiting commission",
    "cost_forfaiting_interest": "interest earned on the early cash",
    "cost_factoring_fee": "factoring service fee",
    "cost_factoring_interest": "interest margin on the advance",
    # warnings
    "fx_stale": "The latest {pair} rate is from {fixing_date}, {days} days before the as-of date {as_of_date}; "
                "update rates online or type a spot rate.",
    "rate_stale": "The {currency} interest rate is dated {rate_date}, {days} days before the as-of date; type a "
                  "current rate if known.",
    "rate_after_as_of": "The {currency} interest rate is dated {rate_date}, after the as-of date {as_of_date}; "
                        "type the rate of that time.",
    "garch_fallback": "{problem}; EWMA volatility used instead.",
    "nc_country": "{country} is not classified by the OECD (small economy); priced as category {category}, the "
                  "cautious default. Set buyer.country_category if your export credit agency uses another.",
    "nc_microstate": "{country} is not classified by the OECD (euro micro-state); priced as a high-income market.",
    "category_as_rating": "Buyer category {category} priced as rating {rating} (OECD concordance).",
    "pd_floored": "1-year PD {pd_pct} raised to the floor {floor_pct}.",
    "trade_finance": "Trade-finance adjustment applied: PD x {factor} (ICC Trade Register: short-term trade "
                     "default rates are below rated-bond default rates).",
    "below_cost": "The invoice value {value_money} {currency} is below the production cost {cost_money}; the "
                  "minimum price is the break-even price.",
    "typed_market": "{problem} Using the typed market values.",
    "rates_not_updated": "Rates not updated: {reason} Using stored or bundled data.",
    "file_problem": "{problem}",
    "user_table_fallback": "{problem} Your copy was left as it is; the installed table is used meanwhile.",
}


class Message(str):
    """A user-facing sentence: behaves as its English text, and keeps its code and arguments."""

    code: str
    args: dict[str, Any]

    def __new__(cls, code: str, **args: Any) -> Message:
        text = TEMPLATES[code].format(**{k: english(k, v) for k, v in args.items()})
        obj = super().__new__(cls, text)
        obj.code, obj.args = code, args
        return obj


def english(name: str, value: Any) -> str:
    """How an argument reads in English (the CLI's text and JSON)."""
    if isinstance(value, float) and name.endswith("_pct"):
        return f"{value:.2%}"
    if isinstance(value, int | float) and name.endswith("_money"):
        return f"{value:,.2f}"
    if isinstance(value, date) and name.endswith("_date"):
        return value.isoformat()
    return str(value)


def message(code: str, **args: Any) -> Message:
    """The message `code` with its arguments (raises KeyError for an undeclared code)."""
    return Message(code, **args)
