"""The single-deal report's "What if" section: the engine's what-if rows, tornado and break-even PD, worded."""

from __future__ import annotations

import re
from typing import Any

from exportrisk.deal.io import deal_to_dict
from exportrisk.engine.result import QuoteResult, round_price_up
from exportrisk.engine.whatif import WhatIfResult, shifts
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Chart, Section, Table

#: the buyer PDs exportrisk.engine.whatif.break_even_pd searches between (its bisection targets 0.0003 and 0.6)
PD_RANGE = (0.0003, 0.6)
#: written after the best option of a row where a different option is the best than today
MARK = "\u00a0*"
_STEP = re.compile(r"([+-])(\d+)(%|bp)")


def whatif_section(t: Translator, result: QuoteResult, found: WhatIfResult) -> Section | None:
    """The section of `found` (engine.whatif.what_if of `result`); None when no option is available today."""
    if found.recommended is None:
        return None
    ccy = found.currency
    base = None if found.min_price is None else round_price_up(found.min_price)
    today = option_name(t, found.recommended)
    values = shifted_values(result)
    if base is None:
        lead = t("whatif_lead_no_price", option=today)
    else:
        lead = t("whatif_lead", option=today, price=t.money(base, ccy))
    rows = []
    previous = None
    for row in found.rows:
        price = None if row.min_price is None else round_price_up(row.min_price)
        best = "—" if row.recommended is None else option_name(t, row.recommended)
        if row.recommended != found.recommended:
            best += MARK
        named = "" if row.input == previous else input_name(t, row.input, result)  # an input's rows follow on
        previous = row.input
        rows.append((named, shift_text(t, row.input, row.shift, values, result), best,
                     t("whatif_no_price") if price is None else t.money(price),
                     "—" if price is None or base is None else signed(t, price - base)))
    table = Table((t("whatif_input"), t("whatif_shift"), t("whatif_best"), t("whatif_min_price_h", ccy=ccy),
                   t("whatif_change_h", ccy=ccy)), tuple(rows), ("l", "l", "l", "r", "r"),
                  (0.2, 0.23, 0.31, 0.14, 0.12),
                  tuple(i for i, row in enumerate(found.rows) if row.recommended != found.recommended))
    table_notes = [t("whatif_best_changes_note")]
    if base is not None:
        table_notes.append(t("whatif_change_note", price=t.money(base, ccy)))
    if result.method != "exact":
        table_notes.append(t("whatif_exact_note"))
    charts = () if base is None else tuple(c for c in (tornado_chart(t, result, found, values, base),) if c)
    return Section(t("whatif_title"), (lead, break_even_line(t, result, found)), tables=(table,), charts=charts,
                   notes=(t("whatif_chart_note"),) if charts else (), keep_together=True,
                   table_notes=tuple(table_notes))


def option_name(t: Translator, option_id: str) -> str:
    return t(f"option_{option_id}")


def signed(t: Translator, value: float, decimals: int = 2) -> str:
    """A change with its sign: +1,994.17, -3,131.04, 0.00."""
    text = t.number(value, decimals)
    return f"+{text}" if round(value, decimals) > 0 else text


def shifted_values(result: QuoteResult) -> dict[tuple[str, str], Any]:
    """The value each shift of engine.whatif.shifts gives the shifted input (a rating, a PD, a number of days):
    the engine's own shift applied to the deal file, read back."""
    data = deal_to_dict(result.deal)
    buyer_key = "rating" if data["buyer"].get("rating") else "category" if data["buyer"].get("category") \
        else "pd_1y"
    where = {"volatility": ("market", "volatility"), "buyer": ("buyer", buyer_key),
             "country_category": ("buyer", "country_category"), "payment_days": ("deal", "payment_days"),
             "rate_home": ("market", "rate_home"), "rate_foreign": ("market", "rate_foreign"),
             "fx_outlook": ("market", "fx_outlook")}
    out: dict[tuple[str, str], Any] = {}
    for name, label, shift in shifts(result):
        shifted = shift(data)
        if shifted is not None and name in where:
            block, key = where[name]
            out[(name, label)] = shifted.get(block, {}).get(key)
    return out


def input_name(t: Translator, name: str, result: QuoteResult) -> str:
    """An input in words; an input the catalogues do not name keeps its identifier."""
    if name in ("rate_home", "rate_foreign"):
        return t("whatif_input_rate", ccy=result.home if name == "rate_home" else result.foreign)
    return t(f"whatif_input_{name}") if t.has(f"whatif_input_{name}") else name


def _step(t: Translator, shift: str) -> str | None:
    """"+25%" as +25 % in the report's language, "-100bp" as -100 bp; None for a shift that is not a step."""
    found = _STEP.fullmatch(shift)
    if not found:
        return None
    sign, amount, unit = found.groups()
    sign = "+" if sign == "+" else "-"
    if unit == "%":
        return sign + t.percent(int(amount) / 100, 0)
    return t("whatif_bp", step=sign + t.number(int(amount), 0))


def _days(t: Translator, count: int) -> str:
    return t("whatif_day_one") if count == 1 else t("whatif_days", count=t.number(count, 0))


def shift_text(t: Translator, name: str, shift: str, values: dict[tuple[str, str], Any],
               result: QuoteResult) -> str:
    """A shift in words, with the value it gives the input: +25 % (12.30 %), 3 notches worse (B), 180 days."""
    value = values.get((name, shift))
    step = _step(t, shift)
    if step is not None and value is not None:
        if name == "payment_days":
            return f"{step} ({_days(t, int(value))})"
        return f"{step} ({t.percent(float(value))})"
    if step is not None:
        return step
    if name == "buyer" and shift in ("better", "worse") and value is not None:
        if result.deal.buyer.rating:
            return t(f"whatif_notches_{shift}", rating=value)
        if result.deal.buyer.category:
            return t(f"whatif_category_{shift}", category=value)
        return t("whatif_pd_halved" if shift == "better" else "whatif_pd_doubled", pd=t.percent(float(value)))
    if name == "country_category" and value is not None:
        return t("whatif_country_safer" if shift == "-1" else "whatif_country_riskier", category=value)
    if name == "fx_outlook" and t.has(f"whatif_outlook_{shift}"):
        return t(f"whatif_outlook_{shift}")
    return shift


def bar_text(t: Translator, name: str, shift: str, values: dict[tuple[str, str], Any], result: QuoteResult) -> str:
    """The short form of a shift written beside its bar: the new value where it says more than the step."""
    value = values.get((name, shift))
    if name == "payment_days" and value is not None:
        return _days(t, int(value))
    if name == "buyer" and value is not None:
        if result.deal.buyer.rating or result.deal.buyer.category:
            return str(value)
        return t("whatif_bar_pd_halved" if shift == "better" else "whatif_bar_pd_doubled")
    if name == "country_category" and value is not None:
        return t("whatif_bar_category", category=value)
    if name == "fx_outlook" and t.has(f"whatif_bar_{shift}"):
        return t(f"whatif_bar_{shift}")
    return _step(t, shift) or shift


def tornado_chart(t: Translator, result: QuoteResult, found: WhatIfResult, values: dict[tuple[str, str], Any],
                  base: float) -> Chart | None:
    """The tornado of found.tornado(): per input, widest swing first, each shift's change of the minimum price
    (a shift without a price has no bar); None when no shift has a price."""
    bars = []
    for bar in found.tornado():
        shown = tuple((bar_text(t, bar["input"], s["shift"], values, result), s["change"])
                      for s in bar["shifts"] if s["change"] is not None)
        if shown:
            bars.append((input_name(t, bar["input"], result), shown))
    if not bars:
        return None
    ccy = found.currency
    return Chart("tornado", t("whatif_chart_title", ccy=ccy), t("whatif_axis_change", price=t.money(base, ccy)), "",
                 tuple(bars), (t("whatif_legend_lower"), t("whatif_legend_higher")), (), *t.symbols,
                 height=0.95 + 0.27 * len(bars))


def _distinct_percent(t: Translator, value: float, other: float) -> str:
    """`value` as a percentage with the fewest decimals (2 to 4) that tell it apart from `other`."""
    for decimals in (2, 3, 4):
        if t.percent(value, decimals) != t.percent(other, decimals):
            return t.percent(value, decimals)
    return t.percent(value, 4)


def break_even_line(t: Translator, result: QuoteResult, found: WhatIfResult) -> str:
    """Where the buyer's one-year PD makes another option the best, in the direction the engine found it."""
    option = option_name(t, str(found.recommended))
    pd_now = result.risks.buyer_pd_1y
    if found.break_even is None:
        return t("whatif_break_even_none", option=option, low=t.percent(PD_RANGE[0]), high=t.percent(PD_RANGE[1], 0),
                 now=t.percent(pd_now))
    pd_even, other = found.break_even
    key = "whatif_break_even_up" if found.direction == "up" else "whatif_break_even_down"
    return t(key, option=option, pd=_distinct_percent(t, pd_even, pd_now), now=_distinct_percent(t, pd_now, pd_even),
             other=option_name(t, other))
