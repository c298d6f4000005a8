"""Frozen dataclasses for one export deal; validation names the bad field and how to fix it."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from exportrisk.credit.ratings import SCALE, parse_rating
from exportrisk.errors import InputError, field_error
from exportrisk.finance.terms import FinanceTerms

SCHEMA = 1
BUYER_CATEGORIES = ("SOV+", "SOV", "CC0", "CC1", "CC2", "CC3", "CC4", "CC5")
COUNTRY_CATEGORIES = ("0", "1", "2", "3", "4", "5", "6", "7", "HI")
VOL_METHODS = ("ewma", "historical", "garch")
FX_OUTLOOKS = ("forward", "spot")
GOODS = ("civil", "dual_use", "military")
#: What a licence or exemption can re-enable (the scopes of resources/country/restricted_markets.csv).
LICENCE_SCOPES = ("trade", "state_cover", "private_insurance", "bank", "dual_use")
MAX_PAYMENT_DAYS = 3650
#: Longest name or other text field: a company name fits in 200 characters, and a report can lay it out.
MAX_TEXT = 200
#: An unpaired surrogate: text with one cannot be printed or saved as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Longest user value quoted back in an error message.
MAX_SHOWN = 60


class Instrument(StrEnum):
    """How the buyer pays, from safest to riskiest for the exporter."""

    CASH_IN_ADVANCE = "cash_in_advance"
    LC_CONFIRMED = "lc_confirmed"
    LC_UNCONFIRMED = "lc_unconfirmed"
    DOCUMENTARY_COLLECTION = "documentary_collection"
    OPEN_ACCOUNT = "open_account"


class Profile(StrEnum):
    """Repayment profile of a supplier credit."""

    STANDARD = "standard"  # equal semi-annual instalments, the first 6 months after the starting point
    BULLET = "bullet"      # one repayment at the end


def shown(value: Any) -> str:
    """A value the user gave, as an error message quotes it back: numbers as typed, text in quotes, shortened."""
    if isinstance(value, bool) or value is None:
        text = json.dumps(value)
    elif isinstance(value, int | float):
        text = f"{value:g}" if isinstance(value, float) else str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_SHOWN else f"{text[:MAX_SHOWN]}…"


def _bound(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def check_number(path: str, value: Any, low: float | None = None, high: float | None = None,
                 strict_low: bool = False, kind: str = "number") -> float:
    """A finite number within [low, high] (above low with `strict_low`); the error's code tells the reader the
    range in the value's terms: `kind` "money" (an amount, low 0), "share" (a decimal shown as a percentage),
    "correlation" (from -0.99 to 0.99) or "number"."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise field_error(path, "number_required", value=shown(value))
    value = float(value)
    if not math.isfinite(value):
        raise field_error(path, "number_finite", value=shown(value))
    too_low = low is not None and (value <= low if strict_low else value < low)
    if too_low or (high is not None and value > high):
        low = -math.inf if low is None else low
        high = math.inf if high is None else high
        above = "above" if strict_low else "range"
        if kind == "money" and low == 0.0:
            raise field_error(path, "money_positive" if strict_low else "money_not_negative",
                              high_money=high, value=shown(value))
        if kind == "correlation":
            raise field_error(path, "correlation_range", value=shown(value))
        if kind == "share":
            raise field_error(path, f"share_{above}", low_pct=float(low), high_pct=float(high), value=shown(value))
        raise field_error(path, f"number_{above}", low=_bound(low), high=_bound(high), value=shown(value))
    return value


def check_text(path: str, value: Any, longest: int = MAX_TEXT) -> str:
    """Non-empty text of at most `longest` characters, without unpaired surrogates (they cannot be printed
    or saved as UTF-8)."""
    if not isinstance(value, str) or not value.strip():
        raise field_error(path, "text_required")
    if len(value.strip()) > longest:
        raise field_error(path, "text_too_long", length=len(value.strip()), longest=longest)
    if _SURROGATE.search(value):
        raise field_error(path, "text_surrogate")
    return value.strip()


def check_currency(path: str, value: Any) -> str:
    code = check_text(path, value).upper()
    if len(code) != 3 or not code.isalpha():
        raise field_error(path, "currency_code", value=shown(value))
    return code


def check_choice(path: str, value: Any, choices: tuple[str, ...]) -> str:
    """`value` if it is one of `choices` (the words a deal file uses), else an error listing them."""
    if not isinstance(value, str) or value not in choices:
        raise field_error(path, "choose_one", value=shown(value), choices=", ".join(choices))
    return value


def check_rating(path: str, value: Any) -> str:
    """A rating on the S&P scale, normalised (bb- is BB-)."""
    try:
        if not isinstance(value, str):
            raise InputError
        return parse_rating(value)
    except InputError:
        raise field_error(path, "rating_unknown", value=shown(value), choices=", ".join(SCALE)) from None


def check_days(path: str, value: Any) -> int:
    """A whole number of days from 1 to MAX_PAYMENT_DAYS."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise field_error(path, "whole_days", value=shown(value))
    if not 1 <= value <= MAX_PAYMENT_DAYS:
        raise field_error(path, "days_range", low=1, high=MAX_PAYMENT_DAYS, value=shown(value))
    return value


def optional_text(path: str, value: Any) -> str | None:
    return None if value is None else check_text(path, value)


@dataclass(frozen=True)
class Exporter:
    """The seller. `country` (ISO code or name) decides whose sanctions, premium tax and schemes apply; without
    it the home currency does (EUR: EU rules). `annual_insured_turnover` (home currency) spreads an insurance
    policy's annual minimum premium over the year's insured invoices."""

    name: str
    home_currency: str
    country: str | None = None
    annual_insured_turnover: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_text("exporter.name", self.name))
        object.__setattr__(self, "home_currency", check_currency("exporter.home_currency", self.home_currency))
        object.__setattr__(self, "country", optional_text("exporter.country", self.country))
        if self.annual_insured_turnover is not None:
            object.__setattr__(self, "annual_insured_turnover", check_number(
                "exporter.annual_insured_turnover", self.annual_insured_turnover, 0.0, 1e13, strict_low=True,
                kind="money"))


@dataclass(frozen=True)
class Buyer:
    """The foreign buyer: exactly one of rating, category or pd_1y describes its credit quality.

    `country_category` overrides the OECD category (needed only for unclassified countries); `region` is an
    ISO 3166-2 code (UA-43 Crimea) where sanctions differ inside a country; `public` marks a state buyer.
    """

    name: str
    country: str
    rating: str | None = None
    category: str | None = None
    pd_1y: float | None = None
    country_category: str | None = None
    region: str | None = None
    public: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_text("buyer.name", self.name))
        object.__setattr__(self, "country", check_text("buyer.country", self.country))
        if self.region is not None:
            region = check_text("buyer.region", self.region).upper()
            if "-" not in region or len(region.split("-")[0]) != 2:
                raise field_error("buyer.region", "region_code", value=shown(self.region))
            object.__setattr__(self, "region", region)
        if not isinstance(self.public, bool):
            raise field_error("buyer.public", "true_or_false", value=shown(self.public))
        given = [k for k in ("rating", "category", "pd_1y") if getattr(self, k) is not None]
        if not given:
            raise field_error("buyer.rating", "credit_quality_missing")
        if len(given) > 1:
            raise field_error(f"buyer.{given[1]}", "credit_quality_twice")
        if self.rating is not None:
            object.__setattr__(self, "rating", check_rating("buyer.rating", self.rating))
        if self.category is not None:
            category = str(self.category).strip().upper()
            object.__setattr__(self, "category", check_choice("buyer.category", category, BUYER_CATEGORIES))
        if self.pd_1y is not None:
            object.__setattr__(self, "pd_1y", check_number("buyer.pd_1y", self.pd_1y, 0.0, 0.99, kind="share"))
        if self.country_category is not None:
            category = str(self.country_category).strip().upper()
            object.__setattr__(self, "country_category",
                               check_choice("buyer.country_category", category, COUNTRY_CATEGORIES))


@dataclass(frozen=True)
class Terms:
    """The sale: invoice amount and currency, payment term and instrument, cost or target margin."""

    amount: float
    currency: str
    instrument: Instrument
    payment_days: int | None = None
    cost: float | None = None
    target_margin: float | None = None
    goods: str = "civil"

    def __post_init__(self) -> None:
        check_choice("deal.goods", self.goods, GOODS)
        object.__setattr__(self, "amount", check_number("deal.amount", self.amount, 0.0, 1e12, strict_low=True,
                                                        kind="money"))
        object.__setattr__(self, "currency", check_currency("deal.currency", self.currency))
        instrument = self.instrument.value if isinstance(self.instrument, Instrument) else self.instrument
        object.__setattr__(self, "instrument",
                           Instrument(check_choice("deal.instrument", instrument, tuple(Instrument))))
        if self.payment_days is not None:
            check_days("deal.payment_days", self.payment_days)
        if self.cost is None and self.target_margin is None:
            raise field_error("deal.cost", "cost_or_margin")
        if self.cost is not None:
            object.__setattr__(self, "cost", check_number("deal.cost", self.cost, 0.0, 1e12, strict_low=True,
                                                          kind="money"))
        if self.target_margin is not None:
            object.__setattr__(self, "target_margin",
                               check_number("deal.target_margin", self.target_margin, 0.0, 0.95, kind="share"))


@dataclass(frozen=True)
class CreditSchedule:
    """A supplier credit of two years or more: disbursement period and repayment period."""

    repayment_years: float
    disbursement_months: float = 0.0
    profile: Profile = Profile.STANDARD
    interest_rate: float | None = None  # a year, simple, on the outstanding amount, charged to the buyer

    def __post_init__(self) -> None:
        if self.interest_rate is not None:
            object.__setattr__(self, "interest_rate",
                               check_number("credit.interest_rate", self.interest_rate, 0.0, 1.0, kind="share"))
        repayment = check_number("credit.repayment_years", self.repayment_years, 0.0, 20.0, strict_low=True)
        object.__setattr__(self, "repayment_years", repayment)
        object.__setattr__(self, "disbursement_months",
                           check_number("credit.disbursement_months", self.disbursement_months, 0.0, 120.0))
        profile = self.profile.value if isinstance(self.profile, Profile) else self.profile
        object.__setattr__(self, "profile", Profile(check_choice("credit.profile", profile, tuple(Profile))))
        days = round(self.effective_years * 365.0)
        if days > MAX_PAYMENT_DAYS:
            raise field_error("credit.repayment_years", "credit_too_long", months=shown(self.disbursement_months),
                              years=shown(self.repayment_years), days=days, most=MAX_PAYMENT_DAYS)

    @property
    def weighted_average_life(self) -> float:
        """Years from the starting point: (0.5 + R) / 2 for equal semi-annual instalments, R for a bullet."""
        if self.profile is Profile.BULLET:
            return self.repayment_years
        return (0.5 + self.repayment_years) / 2.0

    @property
    def interest_factor(self) -> float:
        """Claim per unit of principal with interest: 1 + i x WAL (simple interest on the outstanding amount;
        the outstanding principal integrated over time is the principal x WAL)."""
        return 1.0 + (self.interest_rate or 0.0) * self.weighted_average_life

    @property
    def effective_years(self) -> float:
        """Single-payment equivalent horizon from the valuation date: half the disbursement + WAL."""
        return 0.5 * self.disbursement_months / 12.0 + self.weighted_average_life


@dataclass(frozen=True)
class MarketInputs:
    """Market values the user typed (each replaces the data-derived one, recorded as a user entry)."""

    spot: float | None = None
    volatility: float | None = None
    vol_method: str = "ewma"
    rate_home: float | None = None
    rate_foreign: float | None = None
    political_pd: float | None = None
    fx_outlook: str | None = None               # None: the settings (parameters fx_model.outlook)
    fx_default_correlation: float | None = None  # None: the settings (parameters fx_model.fx_default_correlation)

    def __post_init__(self) -> None:
        if self.fx_outlook is not None:
            check_choice("market.fx_outlook", self.fx_outlook, FX_OUTLOOKS)
        if self.fx_default_correlation is not None:
            object.__setattr__(self, "fx_default_correlation", check_number(
                "market.fx_default_correlation", self.fx_default_correlation, -0.99, 0.99, kind="correlation"))
        if self.spot is not None:
            object.__setattr__(self, "spot", check_number("market.spot", self.spot, 0.0, 1e9, strict_low=True))
        if self.volatility is not None:
            object.__setattr__(self, "volatility", check_number("market.volatility", self.volatility, 0.0, 3.0,
                                                                strict_low=True, kind="share"))
        check_choice("market.vol_method", self.vol_method, VOL_METHODS)
        for name in ("rate_home", "rate_foreign"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, check_number(f"market.{name}", value, -0.05, 2.0, kind="share"))
        if self.political_pd is not None:
            object.__setattr__(self, "political_pd",
                               check_number("market.political_pd", self.political_pd, 0.0, 0.99, kind="share"))


@dataclass(frozen=True)
class IssuingBank:
    """The buyer's bank (issues the L/C, avals the bills): its rating or, failing that, its country prices it."""

    name: str | None = None
    country: str | None = None
    rating: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", optional_text("bank.name", self.name))
        object.__setattr__(self, "country", optional_text("bank.country", self.country))
        if self.rating is not None:
            object.__setattr__(self, "rating", check_rating("bank.rating", str(self.rating)))


@dataclass(frozen=True)
class Licence:
    """A licence or legal exemption the exporter holds, and what it re-enables (LICENCE_SCOPES)."""

    reference: str
    covers: tuple[str, ...] = ("trade",)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reference", check_text("licence.reference", self.reference))
        covers = self.covers
        if not isinstance(covers, list | tuple) or not covers or not all(c in LICENCE_SCOPES for c in covers):
            raise field_error("licence.covers", "licence_scopes", value=shown(covers),
                              choices=", ".join(LICENCE_SCOPES))
        object.__setattr__(self, "covers", tuple(covers))


@dataclass(frozen=True)
class Deal:
    """One export deal as the user described it."""

    valuation_date: date
    exporter: Exporter
    buyer: Buyer
    terms: Terms
    credit: CreditSchedule | None = None
    market: MarketInputs = field(default_factory=MarketInputs)
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: str = ""
    schema: int = SCHEMA
    bank: IssuingBank = field(default_factory=IssuingBank)
    licence: Licence | None = None
    finance: FinanceTerms = field(default_factory=FinanceTerms)

    def __post_init__(self) -> None:
        if self.credit is None and self.terms.payment_days is None:
            raise field_error("deal.payment_days", "payment_days_missing")
        years = self.finance.repayment_years  # the buyer credit's term: when both are given they must agree
        if years is not None and self.credit is not None and abs(years - self.credit.repayment_years) > 1e-9:
            raise field_error("finance.repayment_years", "finance_repayment_mismatch", finance=float(years),
                              credit=float(self.credit.repayment_years))

    @property
    def years(self) -> float:
        """Horizon of FX and default risk: payment_days / 365, or the credit's effective horizon."""
        if self.credit is not None:
            return self.credit.effective_years
        assert self.terms.payment_days is not None
        return self.terms.payment_days / 365.0

    @property
    def claim_factor(self) -> float:
        """What the buyer owes per unit of invoiced principal: 1, or 1 + interest for a supplier credit."""
        return self.credit.interest_factor if self.credit is not None else 1.0

    @property
    def days(self) -> int:
        """The horizon in whole calendar days."""
        return max(1, round(self.years * 365.0))
