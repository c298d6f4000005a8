"""Frozen dataclasses for one export deal; validation names the bad field and how to fix it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from exportrisk.credit.ratings import parse_rating
from exportrisk.errors import InputError

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


def check_number(path: str, value: Any, low: float | None = None, high: float | None = None,
            strict_low: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{path} must be a number (got {value!r}).")
    value = float(value)
    if not math.isfinite(value):
        raise InputError(f"{path} must be a finite number (got {value}).")
    if low is not None and (value <= low if strict_low else value < low):
        bound = f"above {low:g}" if strict_low else f"at least {low:g}"
        raise InputError(f"{path} must be {bound} (got {value:g}).")
    if high is not None and value > high:
        raise InputError(f"{path} must be at most {high:g} (got {value:g}).")
    return value


def check_text(path: str, value: Any, longest: int = MAX_TEXT) -> str:
    """Non-empty text of at most `longest` characters, without unpaired surrogates (they cannot be printed
    or saved as UTF-8)."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{path} must be non-empty text (got {value!r:.60}).")
    if len(value.strip()) > longest:
        raise InputError(f"{path} is {len(value.strip()):,} characters long; shorten it to at most {longest:,}.")
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise InputError(f"{path} holds an unpaired surrogate (an invalid \\uD800-\\uDFFF escape); retype it.")
    return value.strip()


def check_currency(path: str, value: Any) -> str:
    code = check_text(path, value).upper()
    if len(code) != 3 or not code.isalpha():
        raise InputError(f"{path} must be a 3-letter ISO currency code such as EUR (got {value!r}).")
    return code


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
                "exporter.annual_insured_turnover", self.annual_insured_turnover, 0.0, 1e13, strict_low=True))


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
                raise InputError(f"buyer.region must be an ISO 3166-2 code such as UA-43 (got {self.region!r}).")
            object.__setattr__(self, "region", region)
        if not isinstance(self.public, bool):
            raise InputError(f"buyer.public must be true or false (got {self.public!r}).")
        given = [k for k in ("rating", "category", "pd_1y") if getattr(self, k) is not None]
        if len(given) != 1:
            raise InputError("Give exactly one of buyer.rating (e.g. BB-), buyer.category (SOV+, SOV, "
                             f"CC0..CC5) or buyer.pd_1y (e.g. 0.02); found {', '.join(given) or 'none'}.")
        if self.rating is not None:
            if not isinstance(self.rating, str):
                raise InputError(f"buyer.rating must be text such as BB- (got {self.rating!r}).")
            try:
                object.__setattr__(self, "rating", parse_rating(self.rating))
            except InputError as exc:
                raise InputError(f"buyer.rating: {exc}") from None
        if self.category is not None:
            category = str(self.category).strip().upper()
            if category not in BUYER_CATEGORIES:
                raise InputError(f"buyer.category must be one of {', '.join(BUYER_CATEGORIES)} "
                                 f"(got {self.category!r}).")
            object.__setattr__(self, "category", category)
        if self.pd_1y is not None:
            object.__setattr__(self, "pd_1y", check_number("buyer.pd_1y", self.pd_1y, 0.0, 0.99))
        if self.country_category is not None:
            category = str(self.country_category).strip().upper()
            if category not in COUNTRY_CATEGORIES:
                raise InputError(f"buyer.country_category must be one of {', '.join(COUNTRY_CATEGORIES)} "
                                 f"(got {self.country_category!r}).")
            object.__setattr__(self, "country_category", category)


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
        if self.goods not in GOODS:
            raise InputError(f"deal.goods must be one of {', '.join(GOODS)} (got {self.goods!r}).")
        object.__setattr__(self, "amount", check_number("deal.amount", self.amount, 0.0, 1e12, strict_low=True))
        object.__setattr__(self, "currency", check_currency("deal.currency", self.currency))
        try:
            object.__setattr__(self, "instrument", Instrument(self.instrument))
        except ValueError:
            raise InputError(f"deal.instrument must be one of {', '.join(i.value for i in Instrument)} "
                             f"(got {self.instrument!r}).") from None
        if self.payment_days is not None:
            if isinstance(self.payment_days, bool) or not isinstance(self.payment_days, int):
                raise InputError("deal.payment_days must be a whole number of days "
                                 f"(got {self.payment_days!r}).")
            if not 1 <= self.payment_days <= MAX_PAYMENT_DAYS:
                raise InputError(f"deal.payment_days must be between 1 and {MAX_PAYMENT_DAYS} "
                                 f"(got {self.payment_days}).")
        if self.cost is None and self.target_margin is None:
            raise InputError("Give deal.cost (production cost in home currency) or deal.target_margin "
                             "(e.g. 0.15 for 15 %).")
        if self.cost is not None:
            object.__setattr__(self, "cost", check_number("deal.cost", self.cost, 0.0, 1e12, strict_low=True))
        if self.target_margin is not None:
            object.__setattr__(self, "target_margin",
                               check_number("deal.target_margin", self.target_margin, 0.0, 0.95))


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
                               check_number("credit.interest_rate", self.interest_rate, 0.0, 1.0))
        repayment = check_number("credit.repayment_years", self.repayment_years, 0.0, 20.0, strict_low=True)
        object.__setattr__(self, "repayment_years", repayment)
        object.__setattr__(self, "disbursement_months",
                           check_number("credit.disbursement_months", self.disbursement_months, 0.0, 120.0))
        try:
            object.__setattr__(self, "profile", Profile(self.profile))
        except ValueError:
            raise InputError(f"credit.profile must be standard or bullet (got {self.profile!r}).") from None
        days = round(self.effective_years * 365.0)
        if days > MAX_PAYMENT_DAYS:
            raise InputError(f"credit: {self.disbursement_months:g} months of disbursement and "
                             f"{self.repayment_years:g} repayment years give a {days:,}-day horizon of risk; the "
                             f"most priced is {MAX_PAYMENT_DAYS:,} days. Shorten the disbursement or repayment.")

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
        if self.fx_outlook is not None and self.fx_outlook not in FX_OUTLOOKS:
            raise InputError(f"market.fx_outlook must be one of {', '.join(FX_OUTLOOKS)} (got {self.fx_outlook!r}).")
        if self.fx_default_correlation is not None:
            object.__setattr__(self, "fx_default_correlation", check_number(
                "market.fx_default_correlation", self.fx_default_correlation, -0.99, 0.99))
        if self.spot is not None:
            object.__setattr__(self, "spot", check_number("market.spot", self.spot, 0.0, 1e9, strict_low=True))
        if self.volatility is not None:
            object.__setattr__(self, "volatility",
                               check_number("market.volatility", self.volatility, 0.0, 3.0, strict_low=True))
        if self.vol_method not in VOL_METHODS:
            raise InputError(f"market.vol_method must be one of {', '.join(VOL_METHODS)} "
                             f"(got {self.vol_method!r}).")
        for name in ("rate_home", "rate_foreign"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, check_number(f"market.{name}", value, -0.05, 2.0))
        if self.political_pd is not None:
            object.__setattr__(self, "political_pd",
                               check_number("market.political_pd", self.political_pd, 0.0, 0.99))


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
            try:
                object.__setattr__(self, "rating", parse_rating(str(self.rating)))
            except InputError as exc:
                raise InputError(f"bank.rating: {exc}") from None


@dataclass(frozen=True)
class Licence:
    """A licence or legal exemption the exporter holds, and what it re-enables (LICENCE_SCOPES)."""

    reference: str
    covers: tuple[str, ...] = ("trade",)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reference", check_text("licence.reference", self.reference))
        covers = self.covers
        if isinstance(covers, str) or not all(isinstance(c, str) for c in covers):
            raise InputError("licence.covers must be a list such as [\"trade\", \"state_cover\"].")
        bad = [c for c in covers if c not in LICENCE_SCOPES]
        if bad or not covers:
            raise InputError(f"licence.covers must list some of {', '.join(LICENCE_SCOPES)} (got {list(covers)!r}).")
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

    def __post_init__(self) -> None:
        if self.credit is None and self.terms.payment_days is None:
            raise InputError("Give deal.payment_days (days until the buyer pays), or a [credit] block for "
                             "a supplier credit.")

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
