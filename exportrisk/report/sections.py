"""Report sections shared by the deal and consortium reports: modelling choices, methods, glossary, annex."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from exportrisk.engine.result import Assumption
from exportrisk.market.snapshot import Provenance
from exportrisk.parameters import format_parameter
from exportrisk.report.data_used import data_used_section
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Section, Table

METHOD_NOTES = ("method_fx", "method_credit", "method_country", "method_state", "method_simulation",
                "method_price", "method_levels")
GLOSSARY = ("var", "es", "forward", "put", "mpr", "oecd_category", "pd", "lgd", "risk_adjusted_cost",
            "min_price", "forfaiting", "lc_confirmed", "marketable")
#: parameters printed as codes, not as quantities (a seed is a label, not 20,261,128 of anything)
CODES = ("seed",)


def format_value(t: Translator, value: Any, key: str = "") -> str:
    """A parameter value in the report's language: numbers by locale, words translated, tables flattened."""
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, int):
        return str(value) if key in CODES else t.number(value, 0)
    if isinstance(value, float):
        return t.number(value, 4 if abs(value) < 1 else 2)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {format_value(t, v)}" for k, v in value.items())
    text = str(value)
    return t(f"value_{text}") if t.has(f"value_{text}") else text


def _as_of(t: Translator, text: str) -> str:
    try:
        return t.date(date.fromisoformat(text))
    except ValueError:
        return text


def source_title(t: Translator, section: str, fallback: str) -> str:
    """A parameter section's sources as a reader cites them (titles, not file names)."""
    key = f"annex_source_{section}"
    return t(key) if t.has(key) else fallback


def assumptions_section(t: Translator, assumptions: tuple[Assumption, ...],
                        skip: tuple[str, ...] = ()) -> Section:
    """Parameters grouped by section: one row with the section's sources and date, then its values, each written
    by its unit in the report's language (exportrisk.parameters.format_parameter: "0.15 %", "x 1.5", "40.00 EUR")."""
    rows: list[tuple[str, str, str]] = []
    emphasis = []
    current = None
    for a in assumptions:
        section, _, key = a.name.partition(".")
        if section in skip:
            continue
        if section != current:
            current = section
            flag = f" — {t('flag_assumption')}" if a.is_assumption else ""
            emphasis.append(len(rows))
            rows.append((t(f"section_{section}"), "",
                         t("source_line", source=source_title(t, section, a.source), date=_as_of(t, a.as_of))
                         + flag))
        label = t(f"param_{section}_{key}") if t.has(f"param_{section}_{key}") else a.name
        rows.append((label, format_parameter(a.value, a.declared_unit, t.lang),
                     t("flag_overridden") if a.overridden else ""))
    table = Table((t("parameter"), t("value"), t("source_and_date")), tuple(rows), ("l", "r", "l"),
                  (0.34, 0.2, 0.46), tuple(emphasis))
    return Section(t("assumptions"), (t("assumptions_intro"),), tables=(table,))


def sources_section(t: Translator, provenance: tuple[Provenance, ...]) -> Section:
    rows = []
    for p in provenance:
        period = ("" if p.first_date is None else
                  t.date(p.first_date) if p.first_date == p.last_date else
                  f"{t.date(p.first_date)} – {t.date(p.last_date)}")
        kind = p.source.name.lower()
        rows.append((t(f"item_{p.item}"), t(f"source_kind_{kind}"), period,
                     t(f"annex_detail_{kind}") if t.has(f"annex_detail_{kind}") else ""))
    table = Table((t("item"), t("source"), t("period"), t("detail")), tuple(rows), ("l", "l", "l", "l"),
                  (0.2, 0.2, 0.26, 0.34))
    return Section(t("sources"), (t("sources_intro"),), tables=(table,))


def _values(assumptions: tuple[Assumption, ...]) -> dict[str, Any]:
    return {a.name: a.value for a in assumptions}


def choices_section(t: Translator, assumptions: tuple[Assumption, ...], pool: bool = False) -> Section:
    """The modelling choices a client must know, in plain words: exchange-rate outlook, FX-default (or default)
    correlation, the insurer's loading and floor, the default-probability floor, the cost of capital."""
    own = ("consortium", "private_insurance", "capital") if pool else ("fx_model", "private_insurance", "credit",
                                                                      "capital")
    v = {k: value for k, value in _values(assumptions).items() if k.partition(".")[0] in own}
    facts: list[tuple[str, str]] = []
    if "fx_model.outlook" in v:
        facts.append((t("choice_outlook"), t(f"choice_outlook_{v['fx_model.outlook']}")))
    if "fx_model.fx_default_correlation" in v:
        rho = float(v["fx_model.fx_default_correlation"])
        facts.append((t("choice_correlation"), t("choice_correlation_line", rho=t.number(rho, 2)) if rho > 0
                      else t("choice_correlation_none")))
    if "consortium.correlation_model" in v:
        model = v["consortium.correlation_model"]
        facts.append((t("choice_correlation"), t("choice_pool_correlation_basel") if model == "basel" else
                      t("choice_pool_correlation_fixed",
                        rho=t.percent(float(v.get("consortium.asset_correlation", 0.0)), 0))))
    if "private_insurance.target_loss_ratio" in v:
        ratio = float(v["private_insurance.target_loss_ratio"])
        facts.append((t("choice_loading"), t("choice_loading_line", ratio=t.percent(ratio, 1),
                                             loading=t.percent(1 - ratio, 1),
                                             floor=t.percent(float(v.get("private_insurance.base_rate_pct", 0.0))
                                                             / 100))))
    if "credit.pd_floor" in v:
        facts.append((t("choice_floor"), t("choice_floor_line", floor=t.percent(float(v["credit.pd_floor"])))))
    if "consortium.volume_discount" in v:
        facts.append((t("volume_discount"), t("choice_volume_discount",
                                              discount=t.percent(float(v["consortium.volume_discount"]), 0))))
    if "capital.cost_of_capital" in v:
        facts.append((t("choice_capital"), t("choice_capital_line",
                                             rate=t.percent(float(v["capital.cost_of_capital"]), 0))))
    return Section(t("choices"), (t("choices_intro_pool" if pool else "choices_intro"),), tuple(facts))


def closing_sections(t: Translator, exact: bool = False) -> tuple[Section, ...]:
    """Method notes (`exact`: the tails were integrated, not simulated), then the disclaimer and glossary."""
    notes = tuple("method_exact" if exact and key == "method_simulation" else key for key in METHOD_NOTES)
    methods = Section(t("methods"), tuple(t(key) for key in notes))
    glossary = Table((t("term"), t("meaning")), tuple((t(f"term_{k}"), t(f"meaning_{k}")) for k in GLOSSARY),
                     ("l", "l"), (0.25, 0.75))
    return methods, Section(t("disclaimer"), (t("disclaimer_text"),), tables=(glossary,))


def annex_sections(t: Translator, assumptions: tuple[Assumption, ...], provenance: tuple[Provenance, ...],
                   skip: tuple[str, ...] = ("consortium",)) -> tuple[Section, ...]:
    """The technical annex, for a specialist: every parameter (without the `skip` sections) with its sources and
    date, then the market data sources; it starts on a new page."""
    intro = Section(t("annex"), (t("annex_intro"),), new_page=True)
    sources = (sources_section(t, provenance),) if provenance else ()
    return (intro, assumptions_section(t, assumptions, skip), *sources)


def appendix_sections(t: Translator, assumptions: tuple[Assumption, ...], provenance: tuple[Provenance, ...],
                      skip: tuple[str, ...] = ("consortium",), exact: bool = False, annex: bool = False,
                      pool: bool = False, tables: tuple[dict[str, Any], ...] = ()) -> tuple[Section, ...]:
    """The closing part: modelling choices, methods, disclaimer and glossary, then the data tables read (`tables`,
    from data_used.tables_read: always printed, on a page of its own); with `annex`, the technical annex."""
    out = (choices_section(t, assumptions, pool), *closing_sections(t, exact))
    out += (data_used_section(t, tables),) if tables else ()
    return out + (annex_sections(t, assumptions, provenance, skip) if annex else ())
