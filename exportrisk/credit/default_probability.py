"""Buyer default probability over a term, from a rating's default term structure or a typed 1-year PD."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from exportrisk.credit.ratings import GRADE_NOTCH, SCALE, notch, parse_rating
from exportrisk.errors import DataFileError, InputError
from exportrisk.messages import message
from exportrisk.tables import DataTable, TableMeta, cache_key, load_checked, load_table

#: Default-rate tables in resources/credit, by the name a deal or the parameters file uses.
TABLES = {
    "sp_1981_2019": "credit/sp_cumulative_default_1981_2019.csv",
    "sp_1981_2024": "credit/sp_default_1981_2024.csv",
}


@dataclass(frozen=True)
class DefaultEstimate:
    """Probability that the buyer defaults within `years`, and how it was obtained."""

    probability: float
    pd_1y: float
    years: float
    method: str
    source: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DefaultCurve:
    """Cumulative default probabilities at knot years; survival is log-linear between knots."""

    knots: tuple[float, ...]
    cumulative: tuple[float, ...]

    def probability(self, years: float) -> float:
        """P(default by `years`) with a piecewise-constant hazard.

        Up to the first knot (1 year): p(t) = 1 - (1 - p_1)^t (constant hazard). Between knots t_i < t
        <= t_j: S(t) = S(t_i) (S(t_j)/S(t_i))^((t - t_i)/(t_j - t_i)), S = 1 - p. Past the last knot the
        last segment's hazard continues (Hull, Options, Futures and Other Derivatives, ch. 24).
        """
        if years <= 0:
            return 0.0
        survival = [1.0 - p for p in self.cumulative]
        knots = self.knots
        if years <= knots[0]:
            return 1.0 - survival[0] ** (years / knots[0])
        for i in range(1, len(knots)):
            if years <= knots[i] or i == len(knots) - 1:
                left, right = knots[i - 1], knots[i]
                weight = (years - left) / (right - left)
                log_left, log_right = math.log(survival[i - 1]), math.log(survival[i])
                return 1.0 - math.exp(log_left + weight * (log_right - log_left))
        raise AssertionError("unreachable")


@lru_cache(maxsize=8)
def _grade_table(name: str, _folder: str) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...],
                                                    TableMeta]:
    if name not in TABLES:
        raise InputError(code="param_choice", field="[parameters.credit] default_table", parameter="default_table",
                         value=name, choices=", ".join(TABLES))
    path = TABLES[name]
    columns = ["rating", "y1", "y2", "y3", "y4", "y5", "y7", "y10", "y15"] if name == "sp_1981_2019" \
        else ["rating", "y1", "y5"]
    knots = tuple(float(c[1:]) for c in columns[1:])

    def build(table: DataTable) -> dict[str, tuple[float, ...]]:
        grades: dict[str, tuple[float, ...]] = {}
        for index, row in enumerate(table.rows):
            try:
                values = tuple(float(row[c]) / 100.0 for c in columns[1:])
            except ValueError:
                raise DataFileError(f"{table.where(index)}: default rates must be numbers in percent.") from None
            if any(not 0.0 <= v < 1.0 for v in values) or list(values) != sorted(values):
                raise DataFileError(f"{table.where(index)}: cumulative default rates must rise with the horizon "
                                    "and stay between 0 and 100.")
            grades[row["rating"]] = values
        if set(grades) != set(GRADE_NOTCH):
            raise DataFileError(f"{table.meta.path} must have one row per grade: {', '.join(GRADE_NOTCH)}.")
        return grades

    grades, meta, _ = load_checked(path, columns, build)  # fallback warnings: tables.fallback_warnings()
    return grades, knots, meta


NOTCH_TABLE = "credit/sp_notch_default_1y.csv"
FAR_KNOT_YEARS = 30.0
#: How a rating without + or - (BB, B) is read: as the middle notch of its grade, or as the grade's average.
PLAIN_RATING = ("notch", "grade")


@lru_cache(maxsize=8)
def _notch_ratios(_folder: str) -> tuple[dict[str, float], TableMeta]:
    """Ratio of each notch's one-year default rate to its letter grade's (sp_notch_default_1y.csv)."""
    table, _ = load_table(NOTCH_TABLE, ["notch", "default_1y_pct", "grade", "grade_1y_pct", "ratio"])
    ratios = {}
    for index, row in enumerate(table.rows):
        try:
            ratio = float(row["ratio"])
        except ValueError:
            raise DataFileError(f"{table.where(index)}: ratio must be a number such as 1.46.") from None
        if not 0.0 <= ratio <= 10.0 or row["grade"] not in GRADE_NOTCH:
            raise DataFileError(f"{table.where(index)}: ratio must be from 0 to 10 and grade one of "
                                f"{', '.join(GRADE_NOTCH)}.")
        ratios[row["notch"]] = ratio
    missing = [n for n in NOTCHES if n not in ratios]
    if missing:
        raise DataFileError(f"{table.meta.path} has no row for {', '.join(missing)}.")
    return ratios, table.meta


#: The notch rows of the notch table, and the letter grade each belongs to (CCC+ and below: CCC/C).
NOTCHES = (*SCALE[:GRADE_NOTCH["CCC/C"]], "CCC/C")


def _grade_of(rating: str) -> tuple[str, str]:
    """(letter grade, notch-table row) of a parsed rating: BB- -> (BB, BB-), CCC -> (CCC/C, CCC/C)."""
    if notch(rating) >= GRADE_NOTCH["CCC/C"]:
        return "CCC/C", "CCC/C"
    return rating.rstrip("+-"), rating


def rating_curve(rating: str, table: str = "sp_1981_2019", floor: float = 0.0003,
                 plain_rating: str = "notch") -> tuple[DefaultCurve, TableMeta]:
    """The default curve of a notched rating: its letter grade's curve scaled by the notch's ratio.

    p_notch(t) = min(p_grade(t) x ratio_notch, p_next_worse_grade(t)), ratio_notch = notch one-year default
    rate / letter-grade one-year default rate (S&P 1981-2016, sp_notch_default_1y.csv). This is the method
    of docs/reference/credit_notch_defaults.md: the weakest notch of a grade defaults 2-4x as often as the
    strongest, so B- must not be priced like B (or, as a log-linear interpolation did, halfway to CCC).
    With `plain_rating` = "grade" a rating without + or - (BB) takes the letter grade's average (ratio 1)
    instead of the middle notch's. Each knot is floored at `floor` (a zero rate must not become a zero PD;
    Basel IRB floors corporate PDs at 0.03 %, CRR art. 160). Two model choices keep the order: at every
    horizon a notch is at least as risky as every better notch (a running maximum down the scale: a ratio
    from one-year data can otherwise invert long horizons), and each curve is non-decreasing in time.
    """
    if not floor > 0.0:
        raise InputError(code="pd_floor", field="[parameters.credit] pd_floor", value=floor)
    if plain_rating not in PLAIN_RATING:
        raise InputError(code="param_choice", field="[parameters.credit] plain_rating", parameter="plain_rating",
                         value=plain_rating, choices=", ".join(PLAIN_RATING))
    curves, knots, meta = _notch_curves(table, floor, plain_rating, _folder())
    return DefaultCurve(knots, curves[_grade_of(parse_rating(rating))[1]]), meta


@lru_cache(maxsize=16)
def _notch_curves(table: str, floor: float, plain_rating: str, folder: str
                  ) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...], TableMeta]:
    grades, knots, meta = _grade_table(table, folder)
    # a far knot, each grade's last hazard continued: ordering at the knots then holds at every horizon a
    # deal can have (log-linear survival between ordered knots stays ordered)
    grades = {g: (*v, DefaultCurve(knots, v).probability(FAR_KNOT_YEARS)) for g, v in grades.items()}
    knots = (*knots, FAR_KNOT_YEARS)
    ratios, _ = _notch_ratios(folder)
    ordered = sorted(GRADE_NOTCH, key=GRADE_NOTCH.get)
    curves: dict[str, tuple[float, ...]] = {}
    previous = (0.0,) * len(knots)
    for row in NOTCHES:
        grade = row if row in GRADE_NOTCH else row.rstrip("+-")
        ratio = 1.0 if plain_rating == "grade" and row == grade else ratios[row]
        worse = ordered[min(ordered.index(grade) + 1, len(ordered) - 1)]
        # only a ratio above 1 can lift a notch past the next grade; the table's own values stay as they are
        values = [min(p * ratio, max(p, cap) if grade != worse else 1.0, 0.9999)
                  for p, cap in zip(grades[grade], grades[worse], strict=True)]
        values = [max(v, floor, better) for v, better in zip(values, previous, strict=True)]
        curves[row] = previous = tuple(max(values[: i + 1]) for i in range(len(values)))
    return curves, knots, meta


def default_probability(years: float, rating: str | None = None, pd_1y: float | None = None,
                        table: str = "sp_1981_2019", floor: float = 0.0003,
                        trade_finance_factor: float | None = None, plain_rating: str = "notch") -> DefaultEstimate:
    """P(buyer default within `years`) from a rating or a typed 1-year PD (constant hazard).

    With `trade_finance_factor` (an explicit, labelled adjustment, off by default) the probability is
    scaled down: rated-bond default rates overstate short-term trade default (ICC Trade Register puts
    short-term trade-finance default rates at 0.01-0.24 %).
    """
    if years < 0 or not math.isfinite(years):
        raise InputError(code="credit_term", field="deal.payment_days", value=years)
    notes: list[str] = []
    if pd_1y is not None:
        if not (math.isfinite(pd_1y) and 0.0 <= pd_1y < 1.0):
            raise InputError(code="pd_range", field="buyer.pd_1y", value=pd_1y)
        p1 = pd_1y
        if p1 < floor:
            notes.append(message("pd_floored", pd_pct=pd_1y, floor_pct=floor))
            p1 = floor
        probability = 1.0 - (1.0 - p1) ** years
        method, source = "typed 1-year PD, constant hazard", "user entry"
    elif rating is not None:
        curve, meta = rating_curve(rating, table, floor, plain_rating)
        probability = curve.probability(years)
        p1 = curve.cumulative[0]
        method = f"rating {parse_rating(rating)}, letter-grade curve x notch ratio, piecewise-constant hazard"
        source = f"{meta.label()}; {_notch_ratios(_folder())[1].label()}"
    else:
        raise InputError(code="buyer_credit_missing", field="buyer.rating")
    if trade_finance_factor is not None:
        if not 0.0 < trade_finance_factor <= 1.0:
            raise InputError(code="trade_finance_factor", field="[parameters.credit] trade_finance_factor",
                             value=trade_finance_factor)
        probability *= trade_finance_factor
        notes.append(message("trade_finance", factor=float(trade_finance_factor)))
    return DefaultEstimate(probability, p1, years, method, source, tuple(notes))


def _folder() -> str:
    return cache_key()


def rating_for_pd(pd_1y: float, table: str = "sp_1981_2019", floor: float = 0.0003) -> str:
    """The rating notch whose 1-year default probability is closest to `pd_1y` on a log scale."""
    target = math.log(max(pd_1y, floor))
    return min(SCALE, key=lambda r: abs(math.log(rating_curve(r, table, floor)[0].cumulative[0]) - target))
