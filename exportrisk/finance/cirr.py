"""CIRR lookup by currency, tenor and date, and the OECD Arrangement rules that gate a CIRR buyer credit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from exportrisk.errors import DataFileError, InputError
from exportrisk.finance.data import finance_table
from exportrisk.finance.terms import ARRANGEMENT_CATEGORIES, STARTING_POINTS
from exportrisk.finance.texts import FinanceMessage, finance_message
from exportrisk.parameters import Parameters
from exportrisk.tables import cache_key

CIRR_COLUMNS = ["currency", "tenor_over_years", "tenor_to_years", "rate_pct", "valid_from", "valid_to", "source"]
TERMS_COLUMNS = ["rules", "category", "max_repayment_years", "max_with_notification_years", "valid_from",
                 "valid_to", "note"]


@dataclass(frozen=True)
class CirrRow:
    currency: str
    tenor_over: float
    tenor_to: float
    rate_pct: float
    valid_from: date
    valid_to: date
    source: str


@dataclass(frozen=True)
class CirrQuote:
    """The CIRR that applies, where it came from, and whether it is past its validity (then `current` is False
    and `notes` ask for today's rate)."""

    currency: str
    rate_pct: float
    source: str
    current: bool
    valid_from: date | None
    valid_to: date | None
    notes: tuple[FinanceMessage, ...] = ()


@lru_cache(maxsize=2)
def _rows(_folder: str) -> tuple[tuple[CirrRow, ...], str]:
    table, meta = finance_table("cirr.csv", CIRR_COLUMNS)
    rows = []
    for index, row in enumerate(table.rows):
        try:
            item = CirrRow(row["currency"].upper(), float(row["tenor_over_years"]), float(row["tenor_to_years"]),
                           float(row["rate_pct"]), date.fromisoformat(row["valid_from"]),
                           date.fromisoformat(row["valid_to"]), row["source"])
        except ValueError:
            raise DataFileError(f"{table.where(index)}: tenors and rate must be numbers, dates YYYY-MM-DD.") from None
        if not (item.tenor_over < item.tenor_to and item.valid_from <= item.valid_to and -5 < item.rate_pct < 50):
            raise DataFileError(f"{table.where(index)}: tenor range, validity or rate out of order.")
        rows.append(item)
    return tuple(rows), meta.label()


def cirr_rows() -> tuple[CirrRow, ...]:
    """Every row of resources/finance/cirr.csv (or the user's copy)."""
    return _rows(cache_key())[0]


def cirr_currencies() -> tuple[str, ...]:
    return tuple(sorted({r.currency for r in cirr_rows()}))


def lookup_cirr(currency: str, tenor_years: float, on: date, user_pct: Mapping[str, float] | None = None,
                field: str = "finance.cirr_pct", *, params: Parameters) -> CirrQuote:
    """The CIRR for `currency`, a credit of `tenor_years` (the repayment term: the table's rates predate the July
    2023 reform, after which the relevant maturity is disbursement + average repayment period) on date `on`.

    Rule (OECD Arrangement, EC DG Trade): each month's rates apply from the 15th to the 14th of the next month.
    A rate the user entered for the currency wins. Otherwise the row whose tenor bucket (over, to] holds the tenor
    and whose validity holds `on`; failing that, the latest earlier row of that bucket, marked not current with a
    note asking for today's rate (and, when `on` is past arrangement.reform_date, a note on the reform). A currency
    with no row at all raises InputError(code="finance_cirr_currency").
    """
    code = currency.strip().upper()
    user = {k.upper(): float(v) for k, v in (user_pct or {}).items()}
    if code in user:
        rate = user[code]
        return CirrQuote(code, rate, "user entry", True, None, None,
                         (finance_message("cirr_user", currency=code, rate_pct=rate / 100.0),))
    rows = [r for r in cirr_rows() if r.currency == code]
    if not rows:
        raise InputError(code="finance_cirr_currency", field=field, currency=code,
                         choices=", ".join(cirr_currencies()))
    bucket = [r for r in rows if r.tenor_over < tenor_years <= r.tenor_to]
    if not bucket:
        raise InputError(code="finance_tenor_min", field="finance.repayment_years", years=float(tenor_years))
    valid = [r for r in bucket if r.valid_from <= on <= r.valid_to]
    reform = params.day("arrangement", "reform_date")
    if valid:
        row = valid[0]
        notes = [finance_message("cirr_table", currency=code, rate_pct=row.rate_pct / 100.0,
                                 tenor=float(row.tenor_to), valid_from_date=row.valid_from,
                                 until_date=row.valid_to, source=row.source)]
        return CirrQuote(code, row.rate_pct, row.source, True, row.valid_from, row.valid_to, tuple(notes))
    earlier = [r for r in bucket if r.valid_to < on]
    row = max(earlier or bucket, key=lambda r: r.valid_to)
    notes = [finance_message("cirr_expired", currency=code, until_date=row.valid_to, as_of_date=on,
                             rate_pct=row.rate_pct / 100.0)]
    if on >= reform > row.valid_to:
        notes.append(finance_message("cirr_reform"))
    return CirrQuote(code, row.rate_pct, row.source, False, row.valid_from, row.valid_to, tuple(notes))


def estimated_cirr(currency: str, bond_yield_pct: float, yields_date: date, *, params: Parameters) -> CirrQuote:
    """When no CIRR table covers the month: the previous month's average government bond yield at the deal's
    maturity (the user's figure) plus the pre-2023 construction margin cirr.estimate_margin_pct (100 bp),
    labelled "estimated" with the date of the yields."""
    margin = params.number("cirr", "estimate_margin_pct")
    rate = bond_yield_pct + margin
    note = finance_message("cirr_estimated", rate_pct=rate / 100.0, currency=currency.upper(),
                           yield_pct=bond_yield_pct / 100.0, yields_date=yields_date, margin_pct=margin / 100.0)
    return CirrQuote(currency.upper(), rate, "estimated", True, None, None, (note,))


@dataclass(frozen=True)
class TermRule:
    rules: str
    category: str
    max_years: float
    max_with_notification: float
    valid_from: date
    valid_to: date


@lru_cache(maxsize=2)
def _term_rules(_folder: str) -> tuple[TermRule, ...]:
    table, _ = finance_table("arrangement_terms.csv", TERMS_COLUMNS)
    out = []
    for index, row in enumerate(table.rows):
        try:
            out.append(TermRule(row["rules"], row["category"].upper(), float(row["max_repayment_years"]),
                                float(row["max_with_notification_years"]), date.fromisoformat(row["valid_from"]),
                                date.fromisoformat(row["valid_to"])))
        except ValueError:
            raise DataFileError(f"{table.where(index)}: terms must be numbers, dates YYYY-MM-DD.") from None
    return tuple(out)


def arrangement_category(oecd_category: str) -> str:
    """Arrangement country category: I for high-income OECD countries (OECD list "HI" and category 0), II for all
    others. An ExportRisk reading of the Arrangement's definition (World Bank high income and OECD membership);
    the user can set it."""
    return "I" if oecd_category.upper() in ("HI", "0") else "II"


def max_repayment_years(category: str, on: date) -> TermRule:
    """The Arrangement's maximum repayment term for Arrangement category I or II on date `on`."""
    if category not in ARRANGEMENT_CATEGORIES:
        raise InputError(code="finance_arrangement_category", field="finance.arrangement_category",
                         category=category)
    for rule in _term_rules(cache_key()):
        if rule.category == category and rule.valid_from <= on <= rule.valid_to:
            return rule
    raise DataFileError(f"resources/finance/arrangement_terms.csv has no rule for category {category} on {on}.")


def check_arrangement(down_payment_pct: float, repayment_years: float, category: str, on: date,
                      starting_point: str = "delivery", *, params: Parameters) -> tuple[FinanceMessage, ...]:
    """The OECD Arrangement's gates for an officially supported credit, as eligibility checks (InputError naming
    the rule when broken; notes for what needs attention):

    - down payment of at least 15 % (arrangement.min_down_payment_pct) of the export contract value by the
      starting point (support <= 85 %);
    - repayment term of at least 2 years (arrangement.min_tenor_years, the Arrangement's scope) and at most the
      maximum for the country's Arrangement category on that date (before 15 Jul 2023: I 5 years, 8.5 with prior
      notification; II 10; from then: 15 years);
    - a starting point of credit the Arrangement defines: delivery of the goods, the mean delivery date for
      several shipments, or acceptance/commissioning for a turnkey plant.
    Sources: oecd.org financing terms; Finnvera (2020); OECD statement of 3 Apr 2023."""
    minimum = params.number("arrangement", "min_down_payment_pct")
    if down_payment_pct < minimum:
        raise InputError(code="finance_down_payment", field="finance.down_payment_pct",
                         given=float(down_payment_pct), minimum=float(minimum))
    if starting_point not in STARTING_POINTS:
        raise InputError(code="finance_starting_point", field="finance.starting_point", given=str(starting_point),
                         choices=", ".join(STARTING_POINTS))
    if repayment_years < params.number("arrangement", "min_tenor_years"):
        raise InputError(code="finance_tenor_min", field="finance.repayment_years", years=float(repayment_years))
    rule = max_repayment_years(category, on)
    if repayment_years > rule.max_with_notification:
        raise InputError(code="finance_tenor_max", field="finance.repayment_years", years=float(repayment_years),
                         max_years=float(rule.max_with_notification), arrangement_category=category,
                         rules_date=rule.valid_from.isoformat())
    notes = []
    if repayment_years > rule.max_years:
        notes.append(finance_message("cat1_notification", standard=float(rule.max_years)))
    if category == "I" and rule.rules == "2023":
        notes.append(finance_message("cat1_unverified", max_years=float(rule.max_years)))
    return tuple(notes)
