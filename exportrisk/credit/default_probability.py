"""Buyer default probability over a term, from a rating's default term structure or a typed 1-year PD."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from exportrisk.credit.ratings import GRADE_NOTCH, notch, parse_rating
from exportrisk.errors import DataFileError, InputError
from exportrisk.messages import message
from exportrisk.tables import DataTable, TableMeta, load_checked

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
        raise InputError(f"Default table '{name}' is unknown; use one of {', '.join(TABLES)}.")
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


def rating_curve(rating: str, table: str = "sp_1981_2019",
                 floor: float = 0.0003) -> tuple[DefaultCurve, TableMeta]:
    """The default curve of a notched rating.

    Each knot is floored at `floor` (a zero rate must not become a zero PD; Basel IRB floors corporate
    PDs at 0.03 %, CRR art. 160); a notch between two letter grades takes the log-linear
    interpolation PD = PD_lo^(1-w) PD_hi^w, w = notch distance share (an ExportRisk assumption).
    """
    from exportrisk.paths import data_dir

    if not floor > 0.0:
        raise InputError(f"The PD floor {floor} must be above 0 (Basel uses 0.0003); a zero table rate must not "
                         "become a zero default probability.")
    grades, knots, meta = _grade_table(table, str(data_dir()))
    position = notch(parse_rating(rating))
    ordered = sorted(GRADE_NOTCH.items(), key=lambda item: item[1])
    if position >= ordered[-1][1]:
        values = grades[ordered[-1][0]]
    else:
        for (lo_name, lo), (hi_name, hi) in zip(ordered, ordered[1:], strict=False):
            if lo <= position <= hi:
                weight = (position - lo) / (hi - lo)
                values = tuple(
                    math.exp((1 - weight) * math.log(max(a, floor)) + weight * math.log(max(b, floor)))
                    for a, b in zip(grades[lo_name], grades[hi_name], strict=True))
                break
    floored = tuple(max(v, floor) for v in values)
    # flooring can only flatten the start of a rising curve; keep it non-decreasing
    cumulative = tuple(max(floored[: i + 1]) for i in range(len(floored)))
    return DefaultCurve(knots, cumulative), meta


def default_probability(years: float, rating: str | None = None, pd_1y: float | None = None,
                        table: str = "sp_1981_2019", floor: float = 0.0003,
                        trade_finance_factor: float | None = None) -> DefaultEstimate:
    """P(buyer default within `years`) from a rating or a typed 1-year PD (constant hazard).

    With `trade_finance_factor` (an explicit, labelled adjustment, off by default) the probability is
    scaled down: rated-bond default rates overstate short-term trade default (ICC Trade Register puts
    short-term trade-finance default rates at 0.01-0.24 %).
    """
    if years < 0 or not math.isfinite(years):
        raise InputError(f"The credit term {years} years must be a finite number >= 0.")
    notes: list[str] = []
    if pd_1y is not None:
        if not (math.isfinite(pd_1y) and 0.0 <= pd_1y < 1.0):
            raise InputError(f"buyer.pd_1y = {pd_1y} must be between 0 and 1 (e.g. 0.02 for 2 %).")
        p1 = pd_1y
        if p1 < floor:
            notes.append(message("pd_floored", pd_pct=pd_1y, floor_pct=floor))
            p1 = floor
        probability = 1.0 - (1.0 - p1) ** years
        method, source = "typed 1-year PD, constant hazard", "user entry"
    elif rating is not None:
        curve, meta = rating_curve(rating, table, floor)
        probability = curve.probability(years)
        p1 = curve.cumulative[0]
        method = f"rating {parse_rating(rating)}, piecewise-constant hazard"
        source = meta.label()
    else:
        raise InputError("Give the buyer a rating (e.g. BB-), a buyer category (CC0..CC5) or a 1-year PD.")
    if trade_finance_factor is not None:
        if not 0.0 < trade_finance_factor <= 1.0:
            raise InputError(f"The trade-finance adjustment factor {trade_finance_factor} must be in (0, 1].")
        probability *= trade_finance_factor
        notes.append(message("trade_finance", factor=f"{trade_finance_factor:g}"))
    return DefaultEstimate(probability, p1, years, method, source, tuple(notes))


def rating_for_pd(pd_1y: float, table: str = "sp_1981_2019", floor: float = 0.0003) -> str:
    """The rating notch whose 1-year default probability is closest to `pd_1y` on a log scale."""
    from exportrisk.credit.ratings import SCALE

    target = math.log(max(pd_1y, floor))
    return min(SCALE, key=lambda r: abs(math.log(rating_curve(r, table, floor)[0].cumulative[0]) - target))
