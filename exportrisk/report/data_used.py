"""The report's "Data used": every data table the quote read, with its version, date, review state and source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from exportrisk.report.i18n import Translator
from exportrisk.report.model import Section, Table

#: characters of a table's content hash printed as its version (the register keys the full hash)
VERSION_CHARS = 10
#: overdue tables named in the executive summary's one line; the rest are counted
NAMED_IN_SUMMARY = 3


def tables_read(today: date) -> tuple[dict[str, Any], ...]:
    """The tables a quote made now reads, with the review state on `today`: the one rule of
    exportrisk.register.tables_status (the window's Data tables dialog reads the same)."""
    from exportrisk.register.tables_status import table_status

    return tuple(table_status(today))


def _slug(name: str) -> str:
    return re.sub(r"\.(csv|toml)$", "", name).replace("/", "_")


def table_title(t: Translator, name: str) -> str:
    """A table's name in plain words (a table the catalogue does not know keeps its file name)."""
    key = f"data_table_{_slug(name)}"
    return t(key) if t.has(key) else name


def _source(t: Translator, table: dict[str, Any]) -> str:
    key = f"data_source_{_slug(table['name'])}"
    text = t(key) if t.has(key) else str(table.get("source") or "").split(";")[0].strip() or "—"
    return f"{text} {t('data_user_copy')}" if table.get("user_copy") else text


def _as_of(t: Translator, table: dict[str, Any]) -> str:
    try:
        return t.date_short(date.fromisoformat(table["as_of"]))
    except (TypeError, ValueError):
        return t("data_undated")


def _review(t: Translator, table: dict[str, Any]) -> str:
    days = table.get("review_days")
    if days is None:
        return "—"
    return t("data_review_overdue" if table.get("past_review") else "data_review_every", days=t.number(days, 0))


def _names(t: Translator, titles: list[str], limit: int | None) -> str:
    if limit is None or len(titles) <= limit:
        return ", ".join(titles)
    return ", ".join(titles[:limit]) + " " + t("data_and_more", count=t.number(len(titles) - limit, 0))


def summary_line(t: Translator, tables: Sequence[dict[str, Any]], limit: int | None = None) -> str:
    """"All 31 data tables the quote read are dated. 12 are past their usual review interval: ...", naming at most
    `limit` of them (None: all)."""
    undated = [table_title(t, x["name"]) for x in tables if not x.get("as_of")]
    overdue = [table_title(t, x["name"]) for x in tables if x.get("past_review")]
    count = t.number(len(tables), 0)
    first = (t("data_summary_all_dated", count=count) if not undated else
             t("data_summary_some_dated", dated=t.number(len(tables) - len(undated), 0), count=count,
               names=_names(t, undated, limit)))
    if not overdue:
        second = t("data_summary_none_overdue")
    elif len(overdue) == 1:
        second = t("data_summary_overdue_one", names=overdue[0])
    else:
        second = t("data_summary_overdue_many", overdue=t.number(len(overdue), 0), names=_names(t, overdue, limit))
    return f"{first} {second}"


def summary_note(t: Translator, tables: Sequence[dict[str, Any]]) -> str:
    """The executive summary's one line on the data, pointing to the full list."""
    return f"{summary_line(t, tables, NAMED_IN_SUMMARY)} {t('data_summary_see', title=t('data_used'))}"


def data_used_section(t: Translator, tables: Sequence[dict[str, Any]]) -> Section:
    """The full list, on a page of its own: table, version, date of its figures, review interval (overdue rows
    highlighted), source in plain words."""
    rows = tuple((table_title(t, x["name"]), str(x.get("version") or "")[:VERSION_CHARS] or "—", _as_of(t, x),
                  _review(t, x), _source(t, x)) for x in tables)
    table = Table((t("data_table_h"), t("data_version_h"), t("data_as_of_h"), t("data_review_h"), t("data_source_h")),
                  rows, ("l", "l", "l", "l", "l"), (0.26, 0.1, 0.11, 0.16, 0.37),
                  tuple(i for i, x in enumerate(tables) if x.get("past_review")))
    return Section(t("data_used"), (summary_line(t, tables), t("data_used_intro")), tables=(table,), new_page=True)
