"""FinanceTerms: the deal file's [finance], [[bond]] and [fund_394] tables, with defaults and clear errors."""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from exportrisk.errors import InputError

#: The Arrangement's starting points of credit and country categories, which finance.cirr applies (declared here,
#: so that reading a deal file does not load the CIRR tables' module).
STARTING_POINTS = ("delivery", "mean_delivery", "acceptance")
ARRANGEMENT_CATEGORIES = ("I", "II")
BOND_KINDS = ("advance_payment", "performance", "bid", "retention", "warranty")
PAYERS = ("buyer", "exporter")
FINANCE_FIELDS = ("down_payment_pct", "repayment_years", "manufacturing_months", "cirr_pct", "starting_point",
                  "arrangement_category", "premium_paid_by", "pre_shipment_cover", "interest_support",
                  "market_fixed_rate_pct", "insured_margin_pct", "political_only")
BOND_FIELDS = ("kind", "amount", "months", "unfair_call_probability", "counter_guarantee")
FUND_FIELDS = ("loan_amount", "market_rate_pct", "grant_share", "sme")


def _keys(block: str, data: Any, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise InputError(code="finance_table", field=block, block=block)
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            raise InputError(code="finance_unknown_field", field=f"{block}.{key}", name=f"{block}.{key}",
                             hint=close[0] if close else ", ".join(allowed))
    return dict(data)


def _number(path: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not low <= value <= high:
        raise InputError(code="finance_number", field=path, name=path, low=float(low), high=float(high),
                         given=str(value)[:40])
    return float(value)


def _flag(path: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InputError(code="finance_flag", field=path, name=path)
    return value


def _choice(path: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise InputError(code="finance_choice", field=path, name=path, given=str(value)[:40],
                         choices=", ".join(choices))
    return str(value)


@dataclass(frozen=True)
class Bond:
    """A contract bond the buyer asks for: kind, amount (invoice currency), months it runs; the unfair-call
    probability (None: bonds.unfair_call_probability) and whether a state counter-guarantee covers it."""

    kind: str
    amount: float
    months: float
    unfair_call_probability: float | None = None
    counter_guarantee: bool = False

    def __post_init__(self) -> None:
        _choice("bond.kind", self.kind, BOND_KINDS)
        object.__setattr__(self, "amount", _number("bond.amount", self.amount, 0.0, 1e12))
        object.__setattr__(self, "months", _number("bond.months", self.months, 0.0, 240.0))
        if self.unfair_call_probability is not None:
            object.__setattr__(self, "unfair_call_probability",
                               _number("bond.unfair_call_probability", self.unfair_call_probability, 0.0, 1.0))
        _flag("bond.counter_guarantee", self.counter_guarantee)


@dataclass(frozen=True)
class Fund394Terms:
    """A subsidised internationalisation loan (Fondo 394 style): amount (EUR), the bank rate it replaces
    (percent a year), the grant share asked for, and whether the firm is an SME (loan cap)."""

    loan_amount: float
    market_rate_pct: float
    grant_share: float = 0.0
    sme: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "loan_amount", _number("fund_394.loan_amount", self.loan_amount, 0.0, 1e9))
        object.__setattr__(self, "market_rate_pct",
                           _number("fund_394.market_rate_pct", self.market_rate_pct, -1.0, 30.0))
        object.__setattr__(self, "grant_share", _number("fund_394.grant_share", self.grant_share, 0.0, 1.0))
        _flag("fund_394.sme", self.sme)


@dataclass(frozen=True)
class FinanceTerms:
    """Everything a deal says about financing it. Defaults: no down payment table means the Arrangement's 15 %,
    no manufacturing period, no user CIRR, starting point = delivery, the buyer bears the state premium, nothing
    extra ticked (pre-shipment cover, interest support and political-only cover are added only when asked)."""

    down_payment_pct: float = 15.0
    repayment_years: float | None = None
    manufacturing_months: float = 0.0
    cirr_pct: Mapping[str, float] = field(default_factory=dict)
    starting_point: str = "delivery"
    arrangement_category: str | None = None
    premium_paid_by: str = "buyer"
    pre_shipment_cover: bool = False
    interest_support: bool = False
    market_fixed_rate_pct: float | None = None
    insured_margin_pct: float | None = None
    political_only: bool = False
    bonds: tuple[Bond, ...] = ()
    fund_394: Fund394Terms | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "down_payment_pct",
                           _number("finance.down_payment_pct", self.down_payment_pct, 0.0, 100.0))
        if self.repayment_years is not None:
            object.__setattr__(self, "repayment_years",
                               _number("finance.repayment_years", self.repayment_years, 0.0, 30.0))
        object.__setattr__(self, "manufacturing_months",
                           _number("finance.manufacturing_months", self.manufacturing_months, 0.0, 120.0))
        if not isinstance(self.cirr_pct, Mapping):
            raise InputError(code="finance_cirr_table", field="finance.cirr_pct")
        rates = {}
        for code, rate in self.cirr_pct.items():
            name = str(code).strip().upper()
            if len(name) != 3 or not name.isalpha():
                raise InputError(code="finance_cirr_table", field="finance.cirr_pct")
            rates[name] = _number(f"finance.cirr_pct.{name}", rate, -2.0, 30.0)
        object.__setattr__(self, "cirr_pct", rates)
        _choice("finance.starting_point", self.starting_point, STARTING_POINTS)
        if self.arrangement_category is not None:
            _choice("finance.arrangement_category", self.arrangement_category, ARRANGEMENT_CATEGORIES)
        _choice("finance.premium_paid_by", self.premium_paid_by, PAYERS)
        for name in ("pre_shipment_cover", "interest_support", "political_only"):
            _flag(f"finance.{name}", getattr(self, name))
        for name in ("market_fixed_rate_pct", "insured_margin_pct"):
            if getattr(self, name) is not None:
                object.__setattr__(self, name, _number(f"finance.{name}", getattr(self, name), -1.0, 30.0))

    @property
    def down_payment_share(self) -> float:
        return self.down_payment_pct / 100.0


def finance_terms_from_dict(data: Mapping[str, Any]) -> FinanceTerms:
    """FinanceTerms from a parsed deal file's top level: [finance], [[bond]] (a list of tables), [fund_394].
    Other top-level keys are the deal's and are ignored here."""
    finance = _keys("finance", data.get("finance", {}), FINANCE_FIELDS)
    raw_bonds = data.get("bond", [])
    if isinstance(raw_bonds, Mapping):
        raw_bonds = [raw_bonds]
    if not isinstance(raw_bonds, list):
        raise InputError(code="finance_table", field="bond", block="bond")
    bonds = tuple(Bond(**_keys("bond", b, BOND_FIELDS)) for b in raw_bonds)
    fund = None
    if "fund_394" in data:
        fields = _keys("fund_394", data["fund_394"], FUND_FIELDS)
        for key in ("loan_amount", "market_rate_pct"):
            if key not in fields:
                raise InputError(code="finance_missing", field=f"fund_394.{key}", name=f"fund_394.{key}")
        fund = Fund394Terms(**fields)
    try:
        return FinanceTerms(**finance, bonds=bonds, fund_394=fund)
    except TypeError as exc:
        raise InputError(code="finance_table", field="finance", block=str(exc)[:60]) from None


def finance_terms_to_dict(terms: FinanceTerms) -> dict[str, Any]:
    """The deal-file tables for `terms` (defaults left out), the inverse of finance_terms_from_dict."""
    default = FinanceTerms()
    out: dict[str, Any] = {}
    finance = {name: getattr(terms, name) for name in FINANCE_FIELDS
               if getattr(terms, name) != getattr(default, name)}
    if "cirr_pct" in finance:
        finance["cirr_pct"] = dict(finance["cirr_pct"])
    if finance:
        out["finance"] = finance
    if terms.bonds:
        out["bond"] = [{k: v for k, v in vars(b).items() if v is not None} for b in terms.bonds]
    if terms.fund_394 is not None:
        out["fund_394"] = dict(vars(terms.fund_394))
    return out
