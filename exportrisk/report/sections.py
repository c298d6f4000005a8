"""Report sections shared by the deal and consortium reports: assumptions, sources, methods, glossary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from exportrisk.engine.result import Assumption
from exportrisk.market.snapshot import Provenance
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Section, Table

METHOD_NOTES = ("method_fx", "method_credit", "method_country", "method_state", "method_simulation",
                "method_price", "method_levels")
GLOSSARY = ("var", "es", "forward", "put", "mpr", "oecd_category", "pd", "lgd", "risk_adjusted_cost",
            "min_price", "forfaiting", "lc_confirmed", "marketable")


def format_value(t: Translator, value: Any) -> str:
    """A parameter value in the report's language: numbers by locale, words translated, tables flattened."""
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, int):
        return t.number(value, 0)
    if isinstance(value, float):
        return t.number(value, 4 if abs(value) < 1 else 2)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {format_value(t, v)}" for k, v in value.items())
    text = str(value)
    return t(f"value_{text}") if t.has(f"value_{text}") else text


def assumptions_section(t: Translator, assumptions: tuple[Assumption, ...],
                        skip: tuple[str, ...] = ()) -> Section:
    """Parameters grouped by section: one row with the section's source and date, then its values."""
    rows: list[tuple[str, str, str]] = []
    emphasis = []
    current = None
    for a in assumptions:
        section, _, key = a.name.partition(".")
        if section in skip:
            continue
        if section != current:
            current = section
            source = a.source if t.lang == "en" else t(f"source_{section}")
            flag = f" — {t('flag_assumption')}" if a.is_assumption else ""
            emphasis.append(len(rows))
            rows.append((t(f"section_{section}"), "", f"{source} ({a.as_of}){flag}"))
        label = t(f"param_{section}_{key}") if t.has(f"param_{section}_{key}") else a.name
        rows.append((label, format_value(t, a.value), t("flag_overridden") if a.overridden else ""))
    table = Table((t("parameter"), t("value"), t("source_and_date")), tuple(rows), ("l", "r", "l"),
                  (0.34, 0.2, 0.46), tuple(emphasis))
    return Section(t("assumptions"), (t("assumptions_intro"),), tables=(table,))


def sources_section(t: Translator, provenance: tuple[Provenance, ...]) -> Section:
    rows = []
    for p in provenance:
        period = ("" if p.first_date is None else
                  t.date(p.first_date) if p.first_date == p.last_date else
                  f"{t.date(p.first_date)} – {t.date(p.last_date)}")
        detail = p.detail if t.lang == "en" else ""
        rows.append((t(f"item_{p.item}"), t(f"source_kind_{p.source.name.lower()}"), period, detail))
    table = Table((t("item"), t("source"), t("period"), t("detail")), tuple(rows), ("l", "l", "l", "l"),
                  (0.16, 0.16, 0.26, 0.42))
    return Section(t("sources"), (t("sources_intro"),), tables=(table,))


def appendix_sections(t: Translator, assumptions: tuple[Assumption, ...], provenance: tuple[Provenance, ...],
                      skip: tuple[str, ...] = ("consortium",), exact: bool = False) -> tuple[Section, ...]:
    """Assumptions (without the `skip` sections), data sources, method notes (`exact`: the tails were integrated,
    not simulated), disclaimer and glossary."""
    notes = tuple("method_exact" if exact and key == "method_simulation" else key for key in METHOD_NOTES)
    methods = Section(t("methods"), tuple(t(key) for key in notes))
    glossary = Table((t("term"), t("meaning")), tuple((t(f"term_{k}"), t(f"meaning_{k}")) for k in GLOSSARY),
                     ("l", "l"), (0.25, 0.75))
    closing = Section(t("disclaimer"), (t("disclaimer_text"),), tables=(glossary,))
    sources = (sources_section(t, provenance),) if provenance else ()
    return (assumptions_section(t, assumptions, skip), *sources, methods, closing)
