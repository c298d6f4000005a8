"""Build the single-deal report model from a QuoteResult: choose, word and format; compute nothing."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from exportrisk.cover.registry import option_by_id
from exportrisk.engine.result import QuoteResult
from exportrisk.messages import Message
from exportrisk.report.data_used import summary_note, tables_read
from exportrisk.report.finance_sections import finance_sections
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Chart, Cover, Report, ReportOptions, RiskLine, Section, Summary, Table
from exportrisk.report.sections import appendix_sections
from exportrisk.report.whatif_section import whatif_section

if TYPE_CHECKING:
    from exportrisk.engine.whatif import WhatIfResult

ATTACHMENT = "exportrisk-deal.json"
UNCOVERED = "none"


def prepared_by(t: Translator, adviser: str, organisation: str) -> str:
    """"Prepared by" with whichever of the adviser and the organisation is given."""
    if adviser and organisation:
        return t("prepared_by", adviser=adviser, organisation=organisation)
    return t("prepared_by_one", name=adviser or organisation) if adviser or organisation else ""


def cover_dates(t: Translator, valuation, printed) -> tuple[tuple[tuple[str, str], ...], str]:
    """The cover's two dates: the valuation date the figures hold at, and the print date."""
    facts = ((t("valuation_date"), t.date(valuation)), (t("print_date"), t.date(printed.date())))
    return facts, t("dates_line", valuation=t.date(valuation), printed=t.date(printed.date()))


def build_deal_report(result: QuoteResult, lang: str = "en", adviser: str = "", organisation: str = "",
                      logo: bytes | None = None, options: ReportOptions | None = None,
                      what_if: WhatIfResult | None = None) -> Report:
    """The report model of one quote in `lang` (`options`: print date, technical annex; `what_if`: the engine's
    what-if of this quote, shown after the options comparison, or None for no what-if section)."""
    options = options or ReportOptions()
    t = Translator(lang)
    data = result.to_dict()
    deal = result.deal
    home = result.home
    printed = options.print_time(result.valuation_date)
    buyer_country = t.country(result.risks.country_iso3, result.risks.country_name)
    dates, date_line = cover_dates(t, result.valuation_date, printed)
    cover = Cover(
        title=t("report_title"),
        subtitle=f"{deal.exporter.name} — {deal.buyer.name}",
        facts=(
            (t("exporter"), f"{deal.exporter.name} ({t.currency_name(home)})"),
            (t("buyer"), f"{deal.buyer.name}, {buyer_country}"),
            (t("deal"), _deal_line(t, result)),
            *dates,
        ),
        prepared_by=prepared_by(t, adviser, organisation), date_line=date_line, logo=logo)
    header = f"{deal.exporter.name} — {deal.buyer.name}"
    tables = tables_read(printed.date())
    shifted = whatif_section(t, result, what_if) if what_if is not None else None
    sections = (_comparison(t, result, data), *((shifted,) if shifted else ()), _fx_section(t, result, data),
                _credit_section(t, result, data), _coverage(t, result), *finance_sections(t, result),
                *appendix_sections(t, result.assumptions, result.provenance, exact=not result.simulated,
                                   annex=options.annex, tables=tables))
    return Report(lang, header, t("page_of"), cover, _summary(t, result, data, tables), sections,
                  ATTACHMENT, json.dumps(data["deal"], indent=2, ensure_ascii=False).encode("utf-8"),
                  printed=printed, author=adviser or organisation,
                  subject=t("subject_deal", deal=_deal_line(t, result), buyer=f"{deal.buyer.name}, {buyer_country}",
                            date=t.date(result.valuation_date)))


def summary_for(result: QuoteResult, lang: str) -> Summary:
    """The executive summary alone (the window shows its sentence and risk lines)."""
    return _summary(Translator(lang), result, result.to_dict())


def _deal_line(t: Translator, result: QuoteResult) -> str:
    deal = result.deal
    amount = t.money(deal.terms.amount, result.foreign)
    instrument = t(f"instrument_{deal.terms.instrument.value}")
    if deal.credit is None:
        return t("deal_line", amount=amount, days=t.number(deal.days, 0), instrument=instrument)
    return t("deal_credit_line", amount=amount, repayment=t.number(deal.credit.repayment_years, 1),
             disbursement=t.number(deal.credit.disbursement_months, 0),
             profile=t(f"profile_{deal.credit.profile.value}"), instrument=instrument)


def option_name(t: Translator, option_id: str) -> str:
    return t(f"option_{option_id}")


def _summary(t: Translator, result: QuoteResult, data: dict, tables: tuple[dict, ...] = ()) -> Summary:
    home, foreign = result.home, result.foreign
    risks, levels = result.risks, result.risk_levels
    options = {o["id"]: o for o in data["options"]}
    best = options.get(result.recommended) if result.recommended else None
    lines = (
        RiskLine(levels["fx"], t(f"level_{levels['fx']}"),
                 t("risk_fx_line", vol=t.percent(risks.fx_volatility), var=t.money(data["risks"]["fx_var_99"], home),
                   share=t.percent(risks.fx_var_99_share))
                 if result.home != result.foreign else t("risk_fx_none")),
        RiskLine(levels["credit"], t(f"level_{levels['credit']}"),
                 t("risk_credit_line", pd=t.percent(risks.commercial_probability), rating=risks.buyer_rating,
                   category=risks.buyer_category, carrier=t(f"carrier_{_obligor_key(risks.obligor)}"))),
        RiskLine(levels["country"], t(f"level_{levels['country']}"),
                 t("risk_country_line", country=t.country(risks.country_iso3, risks.country_name),
                   category=risks.oecd_category, p=t.percent(risks.political_probability))),
    )
    alerts = tuple(t.message(n) for n in result.compliance)
    alert_notes = tuple(measure_note(t, n) for n in result.compliance)
    notes = tuple(t.message(n) for n in (result.outlook_note, *result.model_notes) if n is not None)
    notes += (t("funding_line", rate=t.percent(result.funding_rate), cost=t.money(result.funding_cost, home)),)
    notes += (summary_note(t, tables),) if tables else ()
    extra = {"alerts_title": t("sanctions_title"), "alerts": alerts, "alert_notes": alert_notes, "notes": notes,
             "alerts_severe": result.compliance_level != "OK"}
    if best is None:
        return Summary(t("summary"), t("recommended_cover"), t("no_option"), t("min_price"), "—", t("three_risks"),
                       lines, "", t("warnings"), _warnings(t, result), **extra)
    none = options["none"]
    if best["id"] == UNCOVERED:
        sentence = t("recommendation_uncovered", rac=t.money(best["risk_adjusted_cost"], home),
                     share=t.percent(best["risk_adjusted_share"]), el=t.money(best["expected_loss"], home),
                     es=t.money(best["es_99"], home))
    else:
        sentence = t("recommendation", option=option_name(t, best["id"]),
                     rac=t.money(best["risk_adjusted_cost"], home), share=t.percent(best["risk_adjusted_share"]),
                     cost=t.money(best["cost"], home), el=t.money(best["expected_loss"], home),
                     es=t.money(best["es_99"], home), es_none=t.money(none["es_99"], home) if none["available"]
                     else "—")
    if best["min_price"] is not None:
        sentence += " " + t("quote_at_least", price=t.money(best["min_price"], foreign))
    price = t.money(best["min_price"], foreign) if best["min_price"] is not None else t("no_min_price")
    ranked = ranked_covers(data)[:3]
    top = Table((t("rank"), t("option"), t("cost_h", ccy=home), t("rac_h", ccy=home), t("min_price_h", ccy=foreign)),
                tuple((str(i + 1), option_name(t, o["id"]), t.money(o["cost"]), t.money(o["risk_adjusted_cost"]),
                       t.money(o["min_price"])) for i, o in enumerate(ranked)), ("r", "l", "r", "r", "r"),
                (0.06, 0.34, 0.18, 0.2, 0.22), tuple(i for i, o in enumerate(ranked) if o["id"] == best["id"]))
    headline = t("recommended_none") if best["id"] == UNCOVERED else option_name(t, best["id"])
    return Summary(t("summary"), t("recommended_cover"), headline, t("min_price"), price,
                   t("three_risks"), lines, sentence, t("warnings"), _warnings(t, result),
                   t("best_three") if len(ranked) == 3 else t("best_covers"), top,
                   uncovered=_uncovered_line(t, result, none, ranked), **extra)


#: the compliance messages that name one measure reaching the deal (country.sanctions.Restriction.reason)
MEASURE_REASONS = ("sanction_block", "sanction_restricted", "sanction_off_cover")


def measure_note(t: Translator, text: str) -> str:
    """The note of the measure a compliance message names ("check the goods against the Annexes..."), in t's
    language, as "Note: ..."; "" for a message that names no measure or a measure without a note. The measure is
    the row of the restricted-markets table in use with the message's measure, jurisdiction and date."""
    if not isinstance(text, Message) or text.code not in MEASURE_REASONS:
        return ""
    from exportrisk.country.sanctions import measures

    args = text.args
    found = next((m for m in measures() if str(m.text) == str(args.get("measure")) and
                  m.jurisdiction == args.get("jurisdiction") and m.dated == args.get("measure_date")), None)
    if found is None or not found.note:
        return ""
    return t("alert_measure_note", note=t.message(found.note))


def ranked_covers(data: dict) -> list[dict]:
    """The available covers, best first; the uncovered case is not a cover and is left out."""
    return sorted((o for o in data["options"] if o["available"] and o["id"] != UNCOVERED), key=lambda o: o["rank"])


def _uncovered_line(t: Translator, result: QuoteResult, none: dict, ranked: list[dict]) -> str:
    """The uncovered case in words, against the best cover."""
    if not none["available"]:
        return ""
    if result.recommended == UNCOVERED:  # the summary's sentence has already said it
        return t("uncovered_cheaper")
    home = result.home
    line = t("uncovered_line", el=t.money(none["expected_loss"], home), es=t.money(none["es_99"], home),
             rac=t.money(none["risk_adjusted_cost"], home))
    if ranked and none["risk_adjusted_cost"] < ranked[0]["risk_adjusted_cost"]:
        line += " " + t("uncovered_cheaper")
    return line


def _obligor_key(obligor: str) -> str:
    return {"buyer": "buyer", "issuing bank": "issuing_bank", "confirming bank": "confirming_bank"}.get(
        obligor, "none")


def _warnings(t: Translator, result: QuoteResult) -> tuple[str, ...]:
    return tuple(text for text in (t.message(w) for w in result.warnings) if text)


def _comparison(t: Translator, result: QuoteResult, data: dict) -> Section:
    home, foreign = result.home, result.foreign
    covers = ranked_covers(data)
    ranked = covers + [o for o in data["options"] if o["id"] == UNCOVERED and o["available"]]
    rows = tuple((str(i + 1) if o["id"] != UNCOVERED else "—", option_name(t, o["id"]), t.money(o["cost"]),
                  t.money(o["expected_loss"]), t.money(o["es_99"]), t.money(o["risk_adjusted_cost"]),
                  t.money(o["min_price"]))
                 for i, o in enumerate(ranked))
    table = Table((t("rank"), t("option"), t("cost_h", ccy=home), t("expected_loss_h", ccy=home),
                   t("es_99_h", ccy=home), t("rac_h", ccy=home), t("min_price_h", ccy=foreign)), rows,
                  ("r", "l", "r", "r", "r", "r", "r"), (0.045, 0.245, 0.13, 0.13, 0.145, 0.145, 0.16),
                  tuple(i for i, o in enumerate(ranked) if o["id"] == result.recommended))
    unavailable = [o for o in data["options"] if not o["available"]]
    tables = [table]
    if unavailable:
        tables.append(Table((t("option"), t("why_unavailable")),
                            tuple((option_name(t, o["id"]), t.message(_reason(result, o["id"])) or "—")
                                  for o in unavailable), ("l", "l"), (0.3, 0.7)))
    chart = Chart("cost_risk", t("chart_cost_risk"), t("axis_cost", ccy=home), t("axis_es", ccy=home),
                  tuple((o["cost"], o["es_99"]) for o in ranked), tuple(t(f"short_{o['id']}") for o in ranked),
                  (), *t.symbols)
    noted: dict[str, list[str]] = {}
    for option in result.options:
        for note in option.notes if option.available else ():
            noted.setdefault(t.message(note), []).append(option_name(t, option.id))
    option_notes = tuple(f"{', '.join(names)}: {text}" for text, names in noted.items() if text)
    notes = (t("comparison_note", home=home, foreign=foreign), t("comparison_uncovered_note"), *option_notes)
    return Section(t("comparison"), (t("comparison_intro"),), tables=tuple(tables), charts=(chart,), notes=notes)


def _reason(result: QuoteResult, option_id: str) -> str:
    return result.option(option_id).reason


def _fx_section(t: Translator, result: QuoteResult, data: dict) -> Section:
    home, foreign = result.home, result.foreign
    if home == foreign:
        return Section(t("fx_risk"), (t("risk_fx_none"),))
    facts = [(t("spot"), t("rate_line", rate=t.number(result.spot, 6), home=home, foreign=foreign)),
             (t("forward"), t("rate_line", rate=t.number(result.forward, 6), home=home, foreign=foreign)),
             (t("volatility"), t.percent(result.risks.fx_volatility)),
             (t("interest_rates"), t("rates_line", home=home, r_home=t.percent(result.rate_home), foreign=foreign,
                                     r_foreign=t.percent(result.rate_foreign)))]
    fx = result.fx_risk
    if fx is not None:
        facts.append((t("vol_method"), t(f"vol_{fx.volatility.method_used.value}")))
        for level in (0.95, 0.99):
            facts.append((t("var_es_line_label", level=t.percent(level, 0)),
                          t("var_es_line", var=t.money(fx.var[level], home), es=t.money(fx.es[level], home),
                            hist=t.money(fx.var_historical[level], home))))
    charts = []
    series = result.charts
    if series is not None and series.history:
        charts.append(Chart("fx_history", t("chart_fx_history", pair=f"{home}/{foreign}"), "",
                            t("axis_rate", home=home, foreign=foreign), series.history,
                            (t("legend_history"), t("legend_band")), series.band, *t.symbols))
    if series is not None:
        charts.append(Chart("value_distribution", t("chart_value_distribution"), t("axis_value", ccy=home),
                            t("axis_probability"), series.home_value_quantiles, (), (), *t.symbols))
    outlook = next((a.value for a in result.assumptions if a.name == "fx_model.outlook"), "spot")
    intro = t(f"fx_intro_{outlook}") if t.has(f"fx_intro_{outlook}") else t("fx_intro")
    return Section(t("fx_risk"), (intro,), tuple(facts), charts=tuple(charts))


def _credit_section(t: Translator, result: QuoteResult, data: dict) -> Section:
    r = result.risks
    facts = ((t("rating_used"), f"{r.buyer_rating} / {r.buyer_category}"),
             (t("pd_1y"), t.percent(r.buyer_pd_1y)),
             (t("buyer_pd_term"), t.percent(r.buyer_default_probability)),
             (t("obligor"), t(f"obligor_{_obligor_key(r.obligor)}")),
             (t("pd_term"), t.percent(r.commercial_probability)),
             (t("lgd"), t.percent(r.lgd)),
             (t("country"), t.country(r.country_iso3, r.country_name)),
             (t("oecd_category"), t("category_line", category=r.oecd_category, priced=r.country_category)),
             (t("political_annual"), t.percent(r.political_annual)),
             (t("political_term"), t.percent(r.political_probability)),
             (t("state_short_term"), t("marketable_yes") if r.marketable else t("marketable_no")))
    return Section(t("credit_country"), (t("credit_intro"),), facts)


def _coverage(t: Translator, result: QuoteResult) -> Section:
    rows = []
    for option in result.options:
        components = option_by_id(option.id).components
        covers = "; ".join(t(f"covers_{c.id}") for c in components) or t("covers_nothing")
        leaves = "; ".join(t(f"leaves_{c.id}") for c in components) or t("leaves_everything")
        rows.append((option_name(t, option.id), covers, leaves))
    return Section(t("coverage"), (t("coverage_intro"),),
                   tables=(Table((t("option"), t("covers"), t("leaves")), tuple(rows), ("l", "l", "l"),
                                 (0.24, 0.38, 0.38)),))
