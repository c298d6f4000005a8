"""Every sentence the engine shows a user, declared once by code; reports translate them by code."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

#: English templates. Argument names say how a value is written: *_pct percent, *_date a date,
#: *_money an amount of money, anything else as given. resources/i18n/<lang>/*.json translate by code.
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
    "forfaiting_minimum": "Forfaiters rarely buy receivables under EUR {minimum_money}.",
    "factoring_instrument": "Factors buy open-account receivables; this deal uses another instrument.",
    "factoring_term": "Factoring covers short terms up to {days} days.",
    "factoring_category": "Factors rarely take buyers in OECD category {category}.",
    "duplicate_instrument": "Already in place: the deal uses a {instrument}, whose fees are counted in every option.",
    "duplicate_cover": "Not needed on top of a confirmed letter of credit: the confirming bank already carries the "
                       "buyer's and the country's risk.",
    # sanctions and off-cover markets
    "sanction_block": "Not offered: {measure} ({jurisdiction}, since {measure_date}). Do not go ahead without legal "
                      "advice and, where the measure allows one, a licence.",
    "sanction_restricted": "Only with a licence or exemption, after screening every party: {measure} "
                           "({jurisdiction}, {measure_date}).",
    "sanction_off_cover": "No state cover: {measure} ({jurisdiction}, {measure_date}). Private insurance and bank "
                          "instruments may still be available.",
    "licence_lifts": "Licence or exemption {reference} re-enables what these measures stop: {measures}. Keep to its "
                     "conditions; everything it does not name stays restricted.",
    "exporter_rules_assumed": "The exporter's country is not given: {regime} rules are applied, from the home "
                              "currency {currency}. Set exporter.country to be sure.",
    "screening_reminder": "Screen the buyer, its banks and the goods against the EU, UK, US and UN consolidated "
                          "lists before you sign: ExportRisk checks countries and regions, not names.",
    # notes on an available option
    "private_policy_minimum": "The policy's annual minimum premium, {minimum_money} {currency}, is a cost of the "
                              "policy year, not of this invoice: give exporter.annual_insured_turnover to share it "
                              "over your insured invoices.",
    "private_uneconomic": "Uneconomic for this invoice alone: the annual minimum premium {minimum_money} {currency} "
                          "is more than the premium on your insured turnover at this rate ({rate_premium_money}); "
                          "this invoice carries {share_money} of it.",
    "premium_tax_unknown": "Insurance premium tax depends on the exporter's country: set exporter.country (none is "
                           "added).",
    "premium_tax_untabulated": "No insurance premium tax rate is tabulated for {country}: none is added; check "
                               "the rate that applies there.",
    "premium_tax_private_unverified": "Whether private export credit insurance is exempt from premium tax in "
                                      "{country} is not verified: the {rate_pct} tax is added; ask your insurer.",
    "premium_tax_unverified": "Whether state cover is exempt from insurance premium tax in {country} is not "
                              "verified: none is added; ask your export credit agency.",
    "bank_band_estimate": "Confirmation at {rate_pct} a year for an issuing bank in OECD category {category}: an "
                          "ExportRisk estimate (range {low_pct} to {high_pct}); replace it with your bank's quote.",
    "bank_rating_from_country": "The issuing bank is priced at rating {rating}, the concordance rating of its "
                                "country's OECD category {category} (a bank rarely rates above its sovereign); give "
                                "bank.rating when known.",
    "forfaiting_estimate": "Forfaiting margin {rate_pct} a year for a bank in OECD category {category} over {years} "
                           "years: an ExportRisk estimate; replace it with a forfaiter's quote.",
    "baseline_instrument": "The deal's own {instrument} and its fees are part of every option.",
    "negative_loss": "Negative figures are gains, not losses: expected {el_money} {currency}, {es_money} in the worst "
                     "1 % of outcomes, against the invoice valued at today's spot. The exchange rate is "
                     "expected to move in your favour (to the forward) or the option keeps its upside, and that gain "
                     "outweighs the losses it leaves.",
    "lc_buyer_agrees": "The buyer must agree to open the letter of credit with its bank.",
    "state_rule": "State premium by the {rule} rule over a {hor} year horizon of risk.",
    "no_min_price": "No invoice price keeps a {margin_pct} margin: the risk-adjusted cost takes {share_pct} "
                    "of the invoice or more.",
    # cost items
    "cost_forward_points": "forward points against spot",
    "cost_forward_margin": "bank margin on the forward",
    "cost_option_premium": "option premium (Garman-Kohlhagen)",
    "cost_option_margin": "bank margin on the option",
    "cost_insurance_risk_premium": "insurance premium: expected claims {claims_money} / target loss ratio "
                                   "{loss_ratio_pct}",
    "cost_insurance_floor": "insurance premium at the floor rate, {rate_pct} a year of the insured amount",
    "cost_minimum_share": "top-up to this invoice's share of the annual minimum premium ({share_pct} of your "
                          "insured turnover)",
    "cost_premium_tax": "insurance premium tax {rate_pct} ({country})",
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
    "cost_factoring_interest": "interest on the advance (home rate + factor's margin)",
    "cost_factoring_funding_saved": "funding the advance saves (at your funding rate)",
    # warnings
    "fx_stale": "The latest {pair} rate is from {fixing_date}, {days} days before the as-of date {as_of_date}; "
                "update rates online or type a spot rate.",
    "rate_stale": "The {currency} interest rate is dated {rate_date}, {days} days before the as-of date; type a "
                  "current rate if known.",
    "rate_after_as_of": "The {currency} interest rate is dated {rate_date}, after the as-of date {as_of_date}; "
                        "type the rate of that time.",
    "garch_fallback": "{problem}; EWMA volatility used instead.",
    "vol_long_run": "The term runs past a year: EWMA volatility {ewma_pct} is used for the first year and the "
                    "long-run level {long_run_pct} (ten years of daily returns) for the rest (a model choice).",
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
    "outlook_same_best": "FX outlook: {outlook}. The forward is {move_pct} from spot; under the {other_outlook} "
                         "outlook the best option is the same.",
    "outlook_other_best": "FX outlook: {outlook}. The forward is {move_pct} from spot; under the {other_outlook} "
                          "outlook {other_option} would rank first instead of {best_option}: the choice depends on "
                          "whether you expect the rate to follow the forward or to stay at spot.",
    "correlation_applied": "FX-default correlation {rho}: with a positive value the buyer tends to default when its "
                           "currency has fallen (wrong-way risk). A value you set, not an estimate.",
    "correlation_ignored": "The FX-default correlation {rho} applies only to invoices in the buyer's own currency; "
                           "it is not used here.",
    "rates_not_updated": "Rates not updated: {reason} Using stored or bundled data.",
    "file_problem": "{problem}",
    "user_table_fallback": "{problem} Your copy was left as it is; the installed table is used meanwhile.",
    # consortium verdicts (exportrisk.consortium.analysis.verdict_messages)
    "verdict_netting": "Pool with FX netting only: {saving_count} of {members} members save, {saving_money} "
                       "{currency} in total; {alone_count} members are better off alone.",
    "verdict_netting_policy": "Pool with netting and a group policy: {saving_count} of {members} members save, "
                              "{saving_money} {currency} in total; {alone_count} members are better off alone.",
    "verdict_netting_policy_fund": "Pool with netting, a group policy and a guarantee fund: {saving_count} of "
                                   "{members} members save, {saving_money} {currency} in total; {alone_count} "
                                   "members are better off alone.",
    "verdict_alone": "Pooling all members does not pay: their cheapest covers alone cost {extra_money} {currency} "
                     "less in total than the best pooled package, in which {saving_count} of {members} members "
                     "would save.",
    "verdict_stable_pool": "Without the members better off alone, a stable pool of {stable_count} members saves "
                           "{stable_money} {currency} in total, and each of them saves.",
    "verdict_no_stable_pool": "Once the members better off alone leave, no member gains from pooling: there is "
                              "no stable pool.",
    # how the tail figures were computed
    "exact_fallback": "The tail figures of this option are simulated ({paths} paths, seed {seed}): one of its parts "
                      "cannot be integrated exactly.",
    "exact_method": "Tail figures computed exactly from the model's distribution: no simulation, no seed.",
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
    """How an argument reads in English (the CLI's text and JSON): *_option an option id as its name,
    *outlook and instrument a code as words."""
    if name.endswith("_option"):
        from exportrisk.cover.registry import option_by_id

        return option_by_id(str(value)).name
    if name == "instrument":
        return _english_label(f"instrument_{value}").lower()
    if name.endswith("outlook"):
        return _english_label(f"outlook_{value}")
    if isinstance(value, float) and name.endswith("_pct"):
        return f"{value:.2%}"
    if isinstance(value, int | float) and name.endswith("_money"):
        return f"{value:,.2f}"
    if isinstance(value, date) and name.endswith("_date"):
        return value.isoformat()
    return str(value)


@lru_cache(maxsize=1)
def _english_labels() -> dict[str, str]:
    from exportrisk.report.i18n import catalog

    return catalog("en")


def _english_label(key: str) -> str:
    return _english_labels().get(key, key)


def message(code: str, **args: Any) -> Message:
    """The message `code` with its arguments (raises KeyError for an undeclared code)."""
    return Message(code, **args)
