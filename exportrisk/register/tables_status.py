"""Every data table's name, version, date, source and review state, as plain data for the window and report."""

from __future__ import annotations

from datetime import date
from typing import Any

from exportrisk.register.archive import current_versions, review_days, user_copy
from exportrisk.register.flags import past_review
from exportrisk.tables import pinned_tables

RATE_TABLE = "interest_rates.csv"


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def table_status(today: date | None = None) -> list[dict[str, Any]]:
    """One JSON-able dict per table a quote made now reads, sorted by name:

    name, version (sha256 of the content), source, as_of (ISO date or None), age_days, review_days (the usual
    interval of data_review.csv, or None), past_review (bool), user_copy (the user's copy is read, not the
    installed one). The rate table is dated by row: `rows` lists each currency's newest row (currency, as_of,
    age_days, past_review; a quote uses that row), and the table's as_of is the oldest of them. A per-rate flag
    is keyed "interest_rates.csv:<currency>"."""
    with pinned_tables():  # one look at the user's tables for every review interval below, not one per table
        return _table_status(today or date.today())


def _table_status(today: date) -> list[dict[str, Any]]:
    out = []
    for version in current_versions():
        interval = review_days(version.name)
        as_of = _date(version.as_of)
        row: dict[str, Any] = {"name": version.name, "version": version.sha256, "source": version.source}
        if version.name == RATE_TABLE:
            from exportrisk.market.interest_rates import load_rate_table

            newest: dict[str, date] = {}
            for entry in load_rate_table()[0].entries:
                newest[entry.currency] = max(newest.get(entry.currency, entry.as_of), entry.as_of)
            row["rows"] = [{"currency": code, "as_of": day.isoformat(), "age_days": (today - day).days,
                            "past_review": past_review(day, interval, today)} for code, day in sorted(newest.items())]
            as_of = min(newest.values()) if newest else as_of
        row.update(as_of=as_of.isoformat() if as_of else None, age_days=(today - as_of).days if as_of else None,
                   review_days=interval, past_review=bool(as_of and past_review(as_of, interval, today)),
                   user_copy=user_copy(version.name).is_file())
        out.append(row)
    return out


def overdue(today: date | None = None) -> list[dict[str, Any]]:
    """The tables (and rates) past their review interval, as (name, version, as_of) dicts for flags.flag_once:
    a table's version is its content hash, a rate's the date of its newest row (a newer rate is a new version)."""
    found = []
    for table in table_status(today):
        if table["name"] == RATE_TABLE:
            found += [{"name": f"{RATE_TABLE}:{r['currency']}", "version": r["as_of"], "as_of": r["as_of"]}
                      for r in table["rows"] if r["past_review"]]
        elif table["past_review"]:
            found.append({"name": table["name"], "version": table["version"], "as_of": table["as_of"]})
    return found

