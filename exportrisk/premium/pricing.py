"""The priced rules (MPR, short-term tariff, market benchmark) and the floors that keep them monotone."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from exportrisk.premium import tables as t
from exportrisk.premium.benchmark import market_benchmark, market_bp
from exportrisk.premium.concordance import SOVEREIGN, obligor_is_speculative
from exportrisk.premium.model import PremiumQuote, PremiumRequest, Rule
from exportrisk.premium.mpr import MprResult, existing_buyer, minimum_premium_rate
from exportrisk.premium.short_term import tariff_buyer, tariff_rate, tariff_terms
from exportrisk.premium.ukef import UkefRate, ukef_longest_rate, ukef_rate

MPR_TABLES = (t.COUNTRY_TABLE, t.BUYER_TABLE, t.QUALITY_TABLE, t.MPR_CONSTANTS, t.CONCORDANCE_TABLE)
TARIFF_TABLES = (t.TARIFF_TABLE, t.SHORT_TERM_CONSTANTS)
UKEF_TABLES = (t.UKEF_GRID, t.UKEF_CLASSES, t.UKEF_CONSTANTS)


@dataclass(frozen=True)
class Period:
    """The horizon of risk in years, the risk days the UKEF grid reads, RLZ months when short-term, and the
    average life: years the credit is outstanding on average (what an annual spread applies to)."""

    hor: float
    days: float
    rlz: int | None
    average_life: float


@dataclass(frozen=True)
class Envelope:
    """The request's own cell value, the value charged, and the better cell that set it (None if its own)."""

    own: float
    value: float
    used: str
    binding: tuple[str, str] | None


def _cells(category: str, buyer: str) -> list[tuple[str, str]]:
    """The request's own cell first, then every (country, buyer) category at least as good as it."""
    cats = t.CATEGORIES[: t.CATEGORIES.index(category) + 1]
    buyers = t.BUYER_ORDER[: t.BUYER_ORDER.index(buyer) + 1]
    return [(category, buyer)] + [(j, m) for j in cats for m in buyers if (j, m) != (category, buyer)]


def _envelope(values: list[tuple[tuple[str, str], float]], used: str) -> Envelope:
    own = values[0][1]
    value, binding = own, None
    for cell, cell_value in values[1:]:
        if cell_value > value:
            value, binding = cell_value, cell
    return Envelope(own, value, used, binding)


def mpr_cell(request: PremiumRequest, category: str, buyer: str, hor: float) -> MprResult:
    """MPR of one cell; a missing buyer cell takes the worst existing one.

    TERM's speculative test uses the request's obligor_rating for cells of the same kind as the request's
    buyer (sovereign SOV+/SOV or not); other cells use their representative concordance rating, so that the
    sovereign floor of a corporate buyer is the sovereign's own rate.
    """
    used = existing_buyer(category, buyer)
    same_kind = (buyer in SOVEREIGN) == (request.buyer_category in SOVEREIGN)
    rating = request.obligor_rating if same_kind else None
    speculative = obligor_is_speculative(category, used, rating)
    return minimum_premium_rate(category, used, hor, request.pcc, request.pcp, request.quality, request.cef,
                                request.lcf, speculative)


def mpr_envelope(request: PremiumRequest, category: str, hor: float) -> tuple[Envelope, MprResult]:
    """max of the MPR over every cell at least as good as the request's (decision where the rules are silent).

    Annex VI only says a non-sovereign buyer never pays less than its sovereign (SOV) unless it is SOV+.
    ExportRisk extends that floor to every better buyer category and country category, so a worse risk never
    costs less (clamped cells, LCF and TERM can otherwise invert the order). An ECA may charge more than the
    MPR, never less, so the result stays compliant.
    """
    cells = _cells(category, request.buyer_category)
    own = mpr_cell(request, category, request.buyer_category, hor)
    values = [(cells[0], own.value)] + [(cell, mpr_cell(request, *cell, hor).value) for cell in cells[1:]]
    return _envelope(values, existing_buyer(category, request.buyer_category)), own


def tariff_envelope(request: PremiumRequest, category: str, rlz: int) -> Envelope:
    """max of the rounded short-term tariff over every cell at least as good as the request's."""
    cells = _cells(category, request.buyer_category)
    values = [(cell, float(tariff_rate(*cell, rlz))) for cell in cells]
    return _envelope(values, tariff_buyer(category, request.buyer_category))


def _clamp_text(buyer: str, used: str, category: str) -> str:
    if used == buyer or (buyer in ("SOV+", "SOV", "CC0") and used == "SOV"):
        return ""
    return (f"; buyer category {buyer} does not exist in category {category}, so the worst existing one, "
            f"{used}, is used")


def _floor_text(envelope: Envelope, category: str, unit: str) -> str:
    if envelope.binding is None:
        return ""
    j, m = envelope.binding
    whose = f"its sovereign ({m})" if j == category and m == "SOV" else f"{m} in category {j}"
    return (f"; raised from {envelope.own:.4f} {unit} to {envelope.value:.4f} {unit}, the rate of {whose}, "
            "because a worse buyer or country category never pays less (a non-sovereign buyer never pays "
            "less than its sovereign)")


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


RULE_WORDS = {Rule.OECD_MPR: "minimum premium rate", Rule.SHORT_TERM_TARIFF: "short-term tariff"}


def _sources(*names: str) -> tuple[str, ...]:
    tables = t.load_premium_tables()
    return tuple(tables.label(n) for n in dict.fromkeys(names))


def mpr_quote(request: PremiumRequest, period: Period, category: str) -> PremiumQuote:
    """Horizon of 2 years or more in category 1..7: the MPR (with the floors), on either rate card."""
    tables = t.load_premium_tables()
    envelope, own = mpr_envelope(request, category, period.hor)
    factors = dict(own.factors) | {"MPR_own": envelope.own, "MPR_floor": envelope.value}
    value = envelope.value
    reason = (f"OECD minimum premium rate (Arrangement Annex VI): the horizon of risk is {period.hor:.2f} "
              f"years ({tables.mpr['short_term_limit_years']:g} years or more) and the buyer's country is in "
              f"category {category}" + _clamp_text(request.buyer_category, envelope.used, category))
    if own.factors["TERM"] > 0:
        reason += (f"; TERM {own.factors['TERM']:.4f} applies (speculative-grade obligor, horizon over "
                   f"{tables.mpr['term_from_years']:g} years)")
    reason += _floor_text(envelope, category, "%")
    names = MPR_TABLES
    if request.rate_card == "ukef":
        longest = ukef_longest_rate(category, max(request.pcc, request.pcp))
        factors |= {"UKEF_floor": longest.rate, "insured_pct": float(longest.insured_pct)}
        names += UKEF_TABLES
        if longest.rate > value:
            value = longest.rate
            reason += (f"; on the UKEF card this is floored at the grid's longest ({longest.month}-month) "
                       f"rate {longest.rate:.2f} % ({longest.risk_class}, {longest.insured_pct} % insured) "
                       "so that a longer risk never costs less on this card")
    return PremiumQuote(Rule.OECD_MPR, value, period.hor, reason + ".", request.rate_card, factors,
                        _sources(*names))


def short_term_quote(request: PremiumRequest, period: Period, category: str) -> PremiumQuote:
    """Horizon under 2 years, category 1..7: the default tariff (capped at the 2-year MPR) or UKEF's grid.

    The default tariff prices 95 % cover; another cover share scales it as the MPR scales, by
    max(PCC, PCP) / 0.95 (Arrangement Annex VI), before the 2-year MPR cap. UKEF's grid has its own columns
    by insured share."""
    tables = t.load_premium_tables()
    limit = tables.mpr["short_term_limit_years"]
    if request.rate_card == "ukef":
        return _ukef_quote(request, period, category, ukef_rate(category, period.days,
                                                                 max(request.pcc, request.pcp)))
    rlz = period.rlz or 0
    envelope = tariff_envelope(request, category, rlz)
    fix, slope = tariff_terms(category, request.buyer_category)
    cap, _ = mpr_envelope(request, category, limit)
    share = max(request.pcc, request.pcp)
    reference = tables.mpr["reference_cover"]  # the tariff, like the MPR, is quoted for 95 % cover
    scaled = envelope.value * share / reference
    value = min(scaled, cap.value)
    reason = (f"Short-term state tariff (reference tariff of German federal export credit cover, not SACE's "
              f"own): the risk period is {rlz} months (under {limit:g} years) and the buyer's country is in "
              f"category {category}; fix {_plain(fix)} % + slope {_plain(slope)} % x {rlz} months, rounded, "
              f"gives {envelope.own:.2f} %" + _clamp_text(request.buyer_category, envelope.used, category)
              + _floor_text(envelope, category, "%"))
    if share != reference:
        reason += (f"; the tariff prices {reference:.0%} cover, so it is scaled by the cover share as the minimum "
                   f"premium rate is, max(PCC, PCP) / {reference:g} = {share / reference:.4f}, giving {scaled:.4f} %")
    if cap.value < scaled:
        reason += (f"; capped at {cap.value:.4f} %, the minimum premium rate at {limit:g} years for this "
                   "request, so that a shorter risk never costs more than a longer one (the tariff does not "
                   "price below-standard quality, credit enhancement, local currency or cover under 95 %)")
    factors = {"HOR": period.hor, "RLZ": float(rlz), "fix": float(fix), "slope": float(slope),
               "tariff_pct": envelope.own, "tariff_floor_pct": envelope.value, "cover_share": share,
               "MPR_2y_cap": cap.value}
    return PremiumQuote(Rule.SHORT_TERM_TARIFF, value, period.hor, reason + ".", request.rate_card, factors,
                        _sources(*TARIFF_TABLES, *MPR_TABLES))


def _ukef_quote(request: PremiumRequest, period: Period, category: str, cell: UkefRate) -> PremiumQuote:
    notes = "".join(f"; {note}" for note in cell.notes)
    reason = (f"Short-term state tariff from the UKEF Export Insurance Policy grid (single contract): "
              f"category {category} is read as UKEF risk class {cell.risk_class} (our assumption: categories "
              f"1-3 standard, 4-5 high, 6-7 very high), grid month {cell.month} (days / 30 rounded up, "
              f"plus 1) and insured share {cell.insured_pct} %{notes}; the grid does not price the buyer "
              "category")
    factors = {"HOR": period.hor, "days": period.days, "month": float(cell.month),
               "insured_pct": float(cell.insured_pct), "grid_rate_pct": cell.rate}
    return PremiumQuote(Rule.SHORT_TERM_TARIFF, cell.rate, period.hor, reason + ".", request.rate_card,
                        factors, _sources(*UKEF_TABLES))


def classified_quote(request: PremiumRequest, period: Period, category: str) -> PremiumQuote:
    """Category 1..7: the MPR from 2 years, a short-term tariff below."""
    if period.hor >= t.load_premium_tables().mpr["short_term_limit_years"]:
        return mpr_quote(request, period, category)
    return short_term_quote(request, period, category)


def market_quote(request: PremiumRequest, period: Period) -> PremiumQuote:
    """Category 0 or HI: EKN annual bp x average life / 100, capped at what category 1 pays at that horizon.

    An annual spread applies to the amount outstanding, so a flat premium is bp x the credit's average life
    (the single payment's term; half the disbursement plus the weighted average life of the repayments), not
    x HOR, which counts a standard credit's repayment period in full.

    The cap (a decision where the rules are silent) keeps the premium from falling when the country worsens
    from 0/HI to 1.
    """
    category = request.country_category
    bp = market_bp(request.buyer_category)
    benchmark = market_benchmark(request.buyer_category, period.average_life)
    first = classified_quote(replace(request, country_category=t.CATEGORIES[0]), period, t.CATEGORIES[0])
    cap = first.premium_pct if first.premium_pct is not None else benchmark
    value = min(benchmark, cap)
    binding = "the cap applies" if cap < benchmark else "the cap does not bind"
    reason = (f"Market benchmark (category {category} has no minimum premium rate): EKN's indicative "
              f"{bp:g} bp a year for {request.buyer_category} x {period.average_life:.2f} years of average "
              f"life = {benchmark:.4f} %, "
              f"capped at {cap:.4f} %, what a {request.buyer_category} buyer in category 1 pays under the "
              f"{RULE_WORDS.get(first.rule, first.rule)} at this horizon, so the premium never falls when "
              f"the category worsens to 1 ({binding}); indicative only, replace it with a market quote when "
              "you have one.")
    factors = {"HOR": period.hor, "average_life": period.average_life, "market_bp": bp,
               "benchmark_pct": benchmark, "category_1_cap_pct": cap}
    return PremiumQuote(Rule.MARKET_BENCHMARK, value, period.hor, reason, request.rate_card, factors,
                        _sources(t.EKN_TABLE) + first.sources)


def unavailable_quote(request: PremiumRequest, period: Period) -> PremiumQuote:
    """Short-term risk in an EU or core-OECD country: no state cover (marketable risk)."""
    reason = ("State short-term cover is not offered: the buyer's country is an EU member or core OECD "
              "country (AU, CA, IS, JP, NZ, NO, CH, US), whose short-term risk is marketable under the EU "
              "Communication on short-term export-credit insurance (2012/C 392/01); use private credit "
              "insurance instead.")
    return PremiumQuote(Rule.UNAVAILABLE, None, period.hor, reason, request.rate_card, {"HOR": period.hor},
                        _sources(t.MPR_CONSTANTS))
