"""`exportrisk premium`: the state export-credit cover premium for one buyer, as JSON or text."""

from __future__ import annotations

import argparse
import json

from exportrisk.commands import argtypes
from exportrisk.errors import InputError
from exportrisk.premium.model import PremiumRequest
from exportrisk.premium.tables import BUYER_ORDER

NAME = "premium"
HELP = "state export-credit cover premium (OECD minimum premium rate, short-term tariff, market benchmark)"
CATEGORY_CHOICES = ("0", "1", "2", "3", "4", "5", "6", "7", "HI", "NC")
BUYER_CHOICES = BUYER_ORDER


def category(text: str) -> str:
    value = text.strip().upper()
    if value not in CATEGORY_CHOICES:
        raise argparse.ArgumentTypeError(f"'{text}' is not an OECD country category; give 0 to 7, HI or NC")
    return value


def buyer(text: str) -> str:
    value = text.strip().upper()
    if value not in BUYER_CHOICES:
        raise argparse.ArgumentTypeError(f"'{text}' is not a buyer category; give one of "
                                         f"{', '.join(BUYER_CHOICES)}")
    return value


def rating(text: str) -> str:
    from exportrisk.credit.ratings import parse_rating

    try:
        return parse_rating(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc).rstrip(".")) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--country", help="buyer's country: ISO code (BRA, BR) or English name")
    where.add_argument("--category", type=category, help="OECD country category 0..7, HI or NC")
    add("--buyer", type=buyer, required=True, help="buyer category: SOV+, SOV, CC0 .. CC5 (best to worst)")
    horizon = parser.add_mutually_exclusive_group(required=True)
    horizon.add_argument("--hor", type=argtypes.positive("give the horizon of risk in years, e.g. 2.5"),
                         help="horizon of risk in years")
    horizon.add_argument("--days", type=argtypes.whole_days, help="risk period of one receivable in days")
    horizon.add_argument("--disbursement-months", type=argtypes.number(
        "give the disbursement period in months, 0 or more", 0), help="disbursement period in months")
    add("--repayment-years", type=argtypes.positive("give the repayment period in years, e.g. 5"),
        help="repayment period in years (with --disbursement-months)")
    add("--profile", choices=["standard", "bullet"], help="repayment profile (default standard)")
    share = argtypes.number("give a share above 0 and at most 1, e.g. 0.95", 0, 1, strict_low=True)
    add("--pcc", type=share, default=PremiumRequest.pcc,
        help=f"share of commercial risk covered (default {PremiumRequest.pcc:g})")
    add("--pcp", type=share, default=PremiumRequest.pcp,
        help=f"share of political risk covered (default {PremiumRequest.pcp:g})")
    add("--quality", choices=["below", "standard", "above"], default="standard",
        help="quality of the cover product (default standard)")
    factor = argtypes.number("give a factor of 0 or more", 0)
    add("--cef", type=factor, default=0.0, help="credit-enhancement factor (default 0)")
    add("--lcf", type=factor, default=0.0, help="local-currency factor (default 0)")
    add("--rate-card", choices=["default", "ukef"], default="default",
        help="short-term rate card (default: reference tariff; ukef: UKEF EXIP grid)")
    add("--rating", type=rating, help="obligor's S&P-style rating for the long-tenor TERM test, e.g. BB-")
    add("--marketable", action="store_true",
        help="with --category: the buyer's country is an EU member or core OECD country")
    add("--exporter-country", help="exporter's country (ISO code or name): whose sanctions apply (default: EU rules)")
    add("--region", help="buyer's region, ISO 3166-2 (e.g. UA-43), where sanctions differ inside a country")
    add("--format", choices=["json", "text"], default="text")


def _where(args: argparse.Namespace) -> tuple[str, bool, dict, list[str]]:
    """Pricing category, marketable flag, the country block of the output, and notes."""
    if args.country is not None:
        from exportrisk.country.classification import load_countries

        table = load_countries()
        country = table.resolve(args.country)
        if args.marketable:
            raise InputError(code="premium_marketable", field="--marketable")
        block = {"iso3": country.iso3, "name": country.name, "category": country.category,
                 "pricing_category": country.pricing_category, "marketable": country.marketable}
        notes = [country.category_note()] + list(table.warnings) + _sanctions(args, country)
        return country.pricing_category, country.marketable, block, notes
    from exportrisk.country.classification import NC_DEFAULT_CATEGORY

    notes = []
    pricing = args.category
    if args.category == "NC":
        pricing = NC_DEFAULT_CATEGORY
        notes.append(f"Category NC (not classified) is priced as category {NC_DEFAULT_CATEGORY}, the "
                     "cautious default for small economies; Andorra, Monaco and San Marino are market-priced "
                     "(give --country, or --category HI).")
    return pricing, args.marketable, {"category": args.category, "pricing_category": pricing,
                                      "marketable": args.marketable}, notes


def _sanctions(args: argparse.Namespace, country) -> list[str]:
    """Refuse a premium where sanctions or cover policy stop state cover; else the notes a quote would carry."""
    from exportrisk.country.sanctions import assess, exporter_regimes

    regimes, iso3, assumed = exporter_regimes(args.exporter_country, "EUR")
    region = args.region.strip().upper() if args.region else None
    compliance = assess(country, region, args.buyer in ("SOV", "SOV+"), "civil", regimes, iso3, assumed)
    binding = compliance.binding(("state_cover",))
    if binding is not None and binding.level in ("BLOCK", "OFF_COVER"):
        raise InputError(code="premium_blocked", field="--country", country=country.name, reason=binding.reason())
    return list(compliance.notes())


def run(args: argparse.Namespace) -> str:
    from exportrisk.premium.rules import premium
    from exportrisk.premium.tables import load_premium_tables

    if (args.disbursement_months is None) != (args.repayment_years is None):
        raise InputError(code="premium_credit_pair", field="--repayment-years")
    if args.profile is not None and args.repayment_years is None:
        raise InputError(code="premium_profile", field="--profile")
    pricing, marketable, country, notes = _where(args)
    request = PremiumRequest(pricing, args.buyer, hor_years=args.hor, days=args.days,
                             disbursement_months=args.disbursement_months,
                             repayment_years=args.repayment_years, profile=args.profile or "standard",
                             pcc=args.pcc, pcp=args.pcp, quality=args.quality, cef=args.cef, lcf=args.lcf,
                             rate_card=args.rate_card, marketable=marketable, obligor_rating=args.rating)
    quote = premium(request)
    data = quote.to_dict() | {"buyer_category": args.buyer, "country": country,
                              "notes": notes + list(load_premium_tables().warnings)}
    if args.format == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    return format_premium_text(data)


def format_premium_text(data: dict) -> str:
    """Plain-text report of the `exportrisk premium` JSON."""
    country = data["country"]
    where = (f"{country['name']} ({country['iso3']}), category {country['category']}" if "iso3" in country
             else f"category {country['category']}")
    if country["pricing_category"] != country["category"]:
        where += f", priced as {country['pricing_category']}"
    amount = ("not available" if data["premium_pct"] is None
              else f"{data['premium_pct']:.4f} % of the covered amount, flat")
    lines = [f"State cover premium: {amount}",
             f"  rule       {data['rule']} (rate card {data['rate_card']})",
             f"  buyer      {data['buyer_category']} in {where}",
             f"  horizon    {data['hor_years']:.4f} years",
             f"  reason     {data['reason']}",
             "  factors    " + ", ".join(f"{k} {v:g}" for k, v in data["factors"].items()),
             "  sources:"]
    lines += [f"    {source}" for source in data["sources"]]
    lines += [f"  note: {note}" for note in data["notes"]]
    return "\n".join(lines)
