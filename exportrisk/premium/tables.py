"""The premium tables in resources/premium/, loaded and checked once per user-data folder."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from exportrisk.country.categories import PRICED_CATEGORIES
from exportrisk.credit.ratings import notch, parse_rating
from exportrisk.errors import DataFileError, InputError
from exportrisk.tables import DataTable, TableMeta, cache_key, installed_path, load_checked, parse_table

#: OECD country categories that have a minimum premium rate, best to worst.
CATEGORIES = PRICED_CATEGORIES
#: Corporate buyer categories of the tables, best to worst.
CORPORATE_ROWS = ("CC1", "CC2", "CC3", "CC4", "CC5")
#: Buyer categories a request may name, best to worst (SOV and CC0 share the tables' SOV row).
BUYER_ORDER = ("SOV+", "SOV", "CC0", *CORPORATE_ROWS)
QUALITIES = ("below", "standard", "above")
MISSING = "-"

COUNTRY_TABLE = "premium/mpr_country_coefficients.csv"
BUYER_TABLE = "premium/mpr_buyer_coefficients.csv"
QUALITY_TABLE = "premium/mpr_quality_factors.csv"
MPR_CONSTANTS = "premium/mpr_constants.csv"
CONCORDANCE_TABLE = "premium/rating_concordance.csv"
TARIFF_TABLE = "premium/short_term_tariff.csv"
SHORT_TERM_CONSTANTS = "premium/short_term_constants.csv"
PRESHIPMENT_TABLE = "premium/preshipment_tariff.csv"
UKEF_GRID = "premium/ukef_exip_grid.csv"
UKEF_CLASSES = "premium/ukef_risk_classes.csv"
UKEF_CONSTANTS = "premium/ukef_constants.csv"
EKN_TABLE = "premium/ekn_market_premiums.csv"


@dataclass(frozen=True)
class UkefGrid:
    """UKEF single-policy rates by (risk class, month, insured %), plus the months and shares it has."""

    rates: dict[tuple[str, int, int], float]
    months: tuple[int, ...]
    insured: tuple[int, ...]
    class_of: dict[str, str]
    constants: dict[str, float]


@dataclass(frozen=True)
class PremiumTables:
    """Every premium table, parsed; `meta` maps each table name to where it came from."""

    mpr: dict[str, float]
    a: dict[str, float]
    b: dict[str, float]
    pcf_k: dict[str, float]
    c: dict[tuple[str, str], float | None]
    qpf: dict[tuple[str, str], float]
    concordance: dict[tuple[str, str], tuple[str, str | None]]
    tariff: dict[tuple[str, str], tuple[Decimal, Decimal] | None]
    short_term: dict[str, Decimal]
    preshipment: dict[str, tuple[float, float]]
    ukef: UkefGrid
    ekn_bp: dict[str, float]
    meta: dict[str, TableMeta]
    warnings: tuple[str, ...]

    def label(self, name: str) -> str:
        return self.meta[name].label()


def _number(table: DataTable, index: int, column: str) -> float:
    text = table.rows[index][column]
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise DataFileError(f"{table.where(index)}: {column} '{text}' must be a number of 0 or more.")
    return value


def _decimal(table: DataTable, index: int, column: str) -> Decimal:
    text = table.rows[index][column]
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise DataFileError(f"{table.where(index)}: {column} '{text}' must be a number of 0 or more.")
    return value


def _keyed(table: DataTable, keys: tuple[str, ...], make: Callable[[int], Any]) -> dict:
    out: dict = {}
    for index, row in enumerate(table.rows):
        key = tuple(row[k].upper() if k == "buyer_category" else row[k] for k in keys)
        out[key if len(key) > 1 else key[0]] = make(index)
    return out


def _require(table: DataTable, found: dict, wanted: list) -> None:
    missing = [w for w in wanted if w not in found]
    if missing:
        raise DataFileError(f"{table.meta.path} lacks rows for {', '.join(map(str, missing[:5]))}.")


def _check_cells(table: DataTable, cells: dict[tuple[str, str], object]) -> None:
    """Existing corporate cells of every category must run CC1..CCk without gaps; SOV must exist."""
    for category in CATEGORIES:
        present = [cells.get((category, n)) is not None for n in CORPORATE_ROWS]
        if cells.get((category, "SOV")) is None or present != sorted(present, reverse=True):
            raise DataFileError(f"{table.meta.path}: category {category} needs a SOV value and corporate "
                                "cells from CC1 onward without gaps ('-' only at the worst end).")


def _load(name: str, columns: list[str], build: Callable[[DataTable], Any],
          metas: dict[str, TableMeta], warnings: list[str]) -> Any:
    """Parse and check a table; a user copy that fails the check gives way to the installed one."""
    result, meta, more = load_checked(name, columns, build)
    warnings.extend(more)
    metas[name] = meta
    return result


MPR_NAMES = ("reference_cover", "pcf_step", "btsf_sov_plus", "term_rate", "term_from_years", "term_cap",
             "sov_speculative_from_category", "cef_max", "lcf_max", "disbursement_weight", "wal_offset_years",
             "wal_divisor", "short_term_limit_years", "days_per_year", "max_hor_years")
SHORT_TERM_NAMES = ("sov_plus_factor", "sov_minus_factor", "rlz_max_months", "decimals", "fbz_step_months")
UKEF_NAMES = ("days_per_month", "month_offset")


def _constants(table: DataTable, names: tuple[str, ...], decimal: bool = False) -> dict:
    parse = _decimal if decimal else _number
    found = {row["name"]: parse(table, i, "value") for i, row in enumerate(table.rows)}
    _require(table, found, list(names))
    return found


def _country(table: DataTable) -> tuple[dict, dict, dict]:
    rows = _keyed(table, ("category",), lambda i: i)
    _require(table, rows, list(CATEGORIES))
    return tuple({k: _number(table, i, col) for k, i in rows.items()} for col in ("a", "b", "pcf_k"))


def _pairs(table: DataTable) -> dict[str, tuple[float, float]]:
    rows = _keyed(table, ("category",), lambda i: (_number(table, i, "alpha"), _number(table, i, "beta")))
    _require(table, rows, list(CATEGORIES))
    return rows


def _cells(table: DataTable, column: str, rows: tuple[str, ...]) -> dict[tuple[str, str], float | None]:
    found = _keyed(table, ("category", "buyer_category"), lambda i: i)
    _require(table, found, [(c, n) for c in CATEGORIES for n in rows])
    cells = {k: None if table.rows[i][column] == MISSING else _number(table, i, column)
             for k, i in found.items()}
    _check_cells(table, cells)
    return cells


def _tariff(table: DataTable) -> dict[tuple[str, str], tuple[Decimal, Decimal] | None]:
    found = _keyed(table, ("category", "buyer_category"), lambda i: i)
    _require(table, found, [(c, n) for c in CATEGORIES for n in ("SOV", *CORPORATE_ROWS)])
    cells = {}
    for key, i in found.items():
        row = table.rows[i]
        missing = row["fix_pct"] == MISSING or row["slope_pct_per_month"] == MISSING
        cells[key] = None if missing else (_decimal(table, i, "fix_pct"),
                                           _decimal(table, i, "slope_pct_per_month"))
    _check_cells(table, cells)
    return cells


def _quality(table: DataTable) -> dict[tuple[str, str], float]:
    found = _keyed(table, ("category", "quality"), lambda i: _number(table, i, "qpf"))
    _require(table, found, [(c, q) for c in CATEGORIES for q in QUALITIES])
    return found


def _concordance(table: DataTable) -> dict[tuple[str, str], tuple[str, str | None]]:
    cells: dict[tuple[str, str], tuple[str, str | None]] = {}
    for index, row in enumerate(table.rows):
        try:
            best = parse_rating(row["best"])
            worst = parse_rating(row["worst"]) if row["worst"] else None
        except InputError as exc:
            raise DataFileError(f"{table.where(index)}: {exc}") from None
        cells[(row["category"], row["buyer_category"].upper())] = (best, worst)
    for category in CATEGORIES:
        chain = [cells[(category, n)] for n in CORPORATE_ROWS if (category, n) in cells]
        edges = [notch(best) for best, _ in chain]
        ok = bool(chain) and chain[-1][1] is None and all(w is not None for _, w in chain[:-1])
        ok = ok and all(notch(w) + 1 == edges[k + 1] and notch(w) >= edges[k]
                        for k, (_, w) in enumerate(chain[:-1]))
        if not ok or len(chain) != sum((category, n) in cells for n in CORPORATE_ROWS) or (
                (category, "CC1") not in cells):
            raise DataFileError(f"{table.meta.path}: category {category} needs adjoining rating ranges "
                                "from CC1 onward, the last one open-ended (empty worst).")
    return cells


def _classes(table: DataTable) -> dict[str, str]:
    """UKEF risk class per OECD category 1..7: every category once, no other."""
    found = _keyed(table, ("category",), lambda i: table.rows[i]["risk_class"])
    _require(table, found, list(CATEGORIES))
    unknown = [k for k in found if k not in CATEGORIES]
    if unknown:
        raise DataFileError(f"{table.meta.path}: category '{unknown[0]}' is not an OECD category 1 to 7.")
    return found


def _ukef_grid(table: DataTable) -> dict[tuple[str, int, int], float]:
    rates = {}
    for index, row in enumerate(table.rows):
        if row["policy"] == "single_policy":
            key = (row["risk_class"], int(_number(table, index, "months")),
                   int(_number(table, index, "insured_pct")))
            rates[key] = _number(table, index, "premium_rate_pct")
    return rates


def _check_ukef(rates: dict[tuple[str, int, int], float], class_of: dict[str, str], path: str) -> UkefGrid:
    order = list(dict.fromkeys(class_of[c] for c in CATEGORIES))
    months = tuple(sorted({m for _, m, _ in rates}))
    insured = tuple(sorted({p for _, _, p in rates}))
    axes = [(k, m, p) for k in order for m in months for p in insured]
    if not months or any(key not in rates for key in axes):
        raise DataFileError(f"{path}: the single-policy grid must have every risk class of "
                            f"{UKEF_CLASSES} for every month and insured share.")
    # the next riskier class, the months that exist, the next higher insured share
    riskier = dict(zip(order[:-1], order[1:], strict=True))
    longer = set(months)
    higher = dict(zip(insured[:-1], insured[1:], strict=True))
    for k, m, p in axes:
        here = rates[(k, m, p)]
        later = [(riskier[k], m, p)] if k in riskier else []
        later += [(k, m + 1, p)] if m + 1 in longer else []
        later += [(k, m, higher[p])] if p in higher else []
        if any(rates[nxt] < here for nxt in later):
            raise DataFileError(f"{path}: single-policy rates must not fall for a longer policy, a higher "
                                f"insured share or a riskier class (check {k}, month {m}, {p} %).")
    return UkefGrid(rates, months, insured, class_of, {})


def _ekn(table: DataTable) -> dict[str, float]:
    for index in range(len(table.rows)):  # every figure is checked, though only default_bp is priced
        for column in ("standard_bp_low", "standard_bp_high", "interval_bp_low", "interval_bp_high"):
            if table.rows[index][column]:  # EKN gives no interval for some rows
                _number(table, index, column)
    found = _keyed(table, ("buyer_category",), lambda i: _number(table, i, "default_bp"))
    _require(table, found, list(BUYER_ORDER))
    values = [found[n] for n in BUYER_ORDER]
    if values != sorted(values):
        raise DataFileError(f"{table.meta.path}: default_bp must not fall from SOV+ to CC5.")
    return found


@lru_cache(maxsize=1)
def _load_cached(_token: str) -> PremiumTables:
    metas: dict[str, TableMeta] = {}
    warnings: list[str] = []
    a, b, pcf_k = _load(COUNTRY_TABLE, ["category", "a", "b", "pcf_k"], _country, metas, warnings)
    c = _load(BUYER_TABLE, ["buyer_category", "category", "c"],
              lambda t: _cells(t, "c", ("SOV+", "SOV", *CORPORATE_ROWS)), metas, warnings)
    qpf = _load(QUALITY_TABLE, ["quality", "category", "qpf"], _quality, metas, warnings)
    mpr = _load(MPR_CONSTANTS, ["name", "value", "meaning"], lambda t: _constants(t, MPR_NAMES),
                metas, warnings)
    concordance = _load(CONCORDANCE_TABLE, ["category", "buyer_category", "best", "worst"], _concordance,
                        metas, warnings)
    tariff = _load(TARIFF_TABLE, ["category", "buyer_category", "fix_pct", "slope_pct_per_month"], _tariff,
                   metas, warnings)
    short_term = _load(SHORT_TERM_CONSTANTS, ["name", "value", "meaning"],
                       lambda t: _constants(t, SHORT_TERM_NAMES, decimal=True), metas, warnings)
    preshipment = _load(PRESHIPMENT_TABLE, ["category", "alpha", "beta"], _pairs, metas, warnings)
    # The grid is checked against the installed classes, then the (maybe user's) classes against that grid.
    installed_classes = _classes(parse_table(installed_path(UKEF_CLASSES), UKEF_CLASSES, ["category", "risk_class"]))
    rates = _load(UKEF_GRID, ["policy", "risk_class", "months", "insured_pct", "premium_rate_pct"],
                  lambda t: _check_ukef(_ukef_grid(t), installed_classes, str(t.meta.path)).rates, metas, warnings)
    grid = _load(UKEF_CLASSES, ["category", "risk_class"],
                 lambda t: _check_ukef(rates, _classes(t), str(metas[UKEF_GRID].path)), metas, warnings)
    class_of = grid.class_of
    ukef_constants = _load(UKEF_CONSTANTS, ["name", "value", "meaning"], lambda t: _constants(t, UKEF_NAMES),
                           metas, warnings)
    ukef = UkefGrid(grid.rates, grid.months, grid.insured, class_of, ukef_constants)
    ekn = _load(EKN_TABLE, ["buyer_category", "standard_bp_low", "standard_bp_high", "interval_bp_low",
                            "interval_bp_high", "default_bp"], _ekn, metas, warnings)
    return PremiumTables(mpr, a, b, pcf_k, c, qpf, concordance, tariff, short_term, preshipment, ukef, ekn,
                         metas, tuple(warnings))


def load_premium_tables() -> PremiumTables:
    """All premium tables (cached per user-data folder, so tests with their own folders stay apart)."""
    return _load_cached(cache_key())
