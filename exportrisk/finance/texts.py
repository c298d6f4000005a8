"""Finance messages: English templates declared once by code, translated by resources/i18n/<lang>/finance.json.

Catalogue keys are `finance_msg_<code>`; phase 2 moves these templates into exportrisk.messages.TEMPLATES and
the keys to `msg_<code>` (tests/test_catalogs.py accepts a msg_ key only for a code of TEMPLATES).
"""

from __future__ import annotations

from typing import Any

from exportrisk.messages import Message, english

PREFIX = "finance_msg_"

TEMPLATES: dict[str, str] = {
    "cirr_expired": "The {currency} CIRR table ends on {valid_to_date}, before {on_date}: {rate_pct} is the last "
                    "published rate, not today's. Type the current CIRR for {currency}.",
    "cirr_user": "CIRR {rate_pct} for {currency} as you entered it.",
    "cirr_table": "CIRR {rate_pct} for {currency}, repayment up to {tenor} years, valid {valid_from_date} to "
                  "{valid_to_date} ({source}).",
    "cirr_estimated": "Estimated CIRR {rate_pct} for {currency}: the government bond yield {yield_pct} of "
                      "{yields_date} plus {margin_pct}. Not an official rate.",
    "cirr_reform": "From 15 July 2023 the relevant CIRR maturity is the disbursement period plus the average "
                   "repayment period; the table's rates predate that reform.",
    "cat1_notification": "A repayment term over {standard} years to a Category I country needs prior notification "
                         "to the Arrangement's Participants.",
    "cat1_unverified": "Whether a shorter cap than {max_years} years still applies to Category I countries after "
                       "July 2023 is not verified.",
    "category_assumed": "Arrangement country category {arrangement_category} taken from OECD category {category}; "
                        "set finance.arrangement_category if your export credit agency classifies it otherwise.",
    "policy_once": "The policy's premium, {premium_money} {currency}, is counted here once: do not add the cover "
                   "option on top of this financing.",
    "support_financed_share": "Interest support needs at least {minimum_pct} paid in cash: at most {maximum_pct} of "
                              "the supply may be financed.",
    "support_tenor": "Interest support needs a credit of at least {months} months from the starting point.",
    "support_below_cirr": "Interest support needs a rate to the buyer of at least the CIRR.",
    "support_goods": "Interest support is for capital goods and related services only.",
    "support_no_gap": "The market fixed rate is not above the CIRR: there is no interest to support.",
    "fund_capped": "The grant is capped at {cap_money} EUR (and by the de minimis ceiling); the fund's windows "
                   "close early and only eligible spending counts.",
    "pre_shipment_fbz": "Pre-shipment rate {rate_pct} for a {months}-month manufacturing period, counted as "
                        "{quarters} started quarters, OECD category {category}.",
    "bond_estimate": "Bond commission {rate_pct} a year: an ExportRisk estimate; replace it with your bank's quote.",
    "bond_unfair_call": "Unfair-call probability {probability_pct}: an ExportRisk assumption you can change.",
    "stress_unavailable": "Scenario {scenario} unavailable: the ECB history has no {pair} fixings in "
                          "{start_date} to {end_date}.",
    "stress_no_fx": "Scenario {scenario} does not apply: the invoice is in the home currency.",
    "political_only_unavailable": "Political-risk-only cover is not offered: {reason}",
}


class FinanceMessage(Message):
    """A finance sentence: its English text, code and arguments (a Message, so reports treat it alike)."""

    def __new__(cls, code: str, **args: Any) -> FinanceMessage:
        text = TEMPLATES[code].format(**{k: english(k, v) for k, v in args.items()})
        obj = str.__new__(cls, text)
        obj.code, obj.args = code, args
        return obj


def finance_message(code: str, **args: Any) -> FinanceMessage:
    """The finance message `code` with its arguments (KeyError for an undeclared code)."""
    return FinanceMessage(code, **args)


def translate(lang: str, text: str) -> str:
    """A finance message in `lang` from finance.json (arguments formatted for that language)."""
    from exportrisk.report.i18n import Translator

    if not isinstance(text, FinanceMessage):
        return str(text)
    words = Translator(lang)
    return words(PREFIX + text.code, **{k: words.arg(k, v) for k, v in text.args.items()})
