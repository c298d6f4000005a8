"""The report model: every text already written in the report's language, every chart's numbers ready."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time


@dataclass(frozen=True)
class Table:
    """A table of formatted cells; `align` is "l" or "r" per column; `emphasis` marks a row to highlight."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the frame width
    emphasis: tuple[int, ...] = ()


@dataclass(frozen=True)
class Chart:
    """Numbers and labels for one chart; the renderer only draws them."""

    kind: str  # "cost_risk", "fx_history", "value_distribution", "tornado"
    title: str
    x_label: str
    y_label: str
    points: tuple[tuple, ...]
    labels: tuple[str, ...] = ()
    extra: tuple[tuple, ...] = ()
    group_symbol: str = ","    # the report language's thousands separator, for axis ticks
    decimal_symbol: str = "."
    height: float = 0.0        # inches at the charts' width; 0: the usual height


@dataclass(frozen=True)
class RiskLine:
    level: str  # "low", "medium", "high"
    level_label: str
    text: str


@dataclass(frozen=True)
class Section:
    """A titled block: paragraphs, label/value pairs, tables (then their notes), charts and notes, in that order."""

    title: str
    paragraphs: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = ()
    new_page: bool = False
    keep_together: bool = False  # start on a new page rather than split (when the whole fits on one)
    table_notes: tuple[str, ...] = ()  # printed right after the tables, before the charts


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    prepared_by: str
    date_line: str      # the valuation date and the print date, in one sentence
    logo: bytes | None = None


@dataclass(frozen=True)
class Summary:
    title: str
    recommended_label: str
    recommended: str
    price_label: str
    price: str
    risks_title: str
    risks: tuple[RiskLine, ...]
    sentence: str
    warnings_title: str
    warnings: tuple[str, ...] = ()
    top_title: str = ""
    top: Table | None = None
    alerts_title: str = ""             # sanctions and cover policy: shown first, boxed
    alerts: tuple[str, ...] = ()
    alert_notes: tuple[str, ...] = ()  # per alert: the measure's note ("" when it has none)
    alerts_severe: bool = False        # a measure reaches the deal (red frame), or only the reminders (grey)
    notes: tuple[str, ...] = ()        # the FX outlook, the funding, modelling choices this deal triggered
    uncovered: str = ""                # the uncovered case, stated apart from the ranked covers


@dataclass(frozen=True)
class Report:
    """One report: header text, page label template, and the sections in order."""

    lang: str
    header: str
    page_label: str  # with {page} and {pages}
    cover: Cover
    summary: Summary | None
    sections: tuple[Section, ...]
    attachment_name: str
    attachment: bytes = field(repr=False, default=b"")
    printed: datetime = datetime(2000, 1, 1, tzinfo=UTC)  # the PDF's creation date
    author: str = ""     # the adviser (or the organisation), for the PDF's metadata
    subject: str = ""


@dataclass(frozen=True)
class ReportOptions:
    """How a report is printed: `annex` adds the technical annex (every parameter, its source and date, the data
    sources); `printed` is the print time (None: now, or SOURCE_DATE_EPOCH when set); `invariant` prints as of the
    valuation date at 00:00 UTC, so that the same inputs always give the same bytes."""

    annex: bool = False
    printed: datetime | None = None
    invariant: bool = False

    def print_time(self, valuation: date) -> datetime:
        """The print time in UTC, to the second."""
        if self.invariant:
            return datetime.combine(valuation, time(0, 0), tzinfo=UTC)
        if self.printed is not None:
            stamp = self.printed if self.printed.tzinfo else self.printed.replace(tzinfo=UTC)
            return stamp.astimezone(UTC).replace(microsecond=0)
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():  # the reproducible-builds convention: a fixed time for every output
            return datetime.fromtimestamp(int(epoch), UTC)
        return datetime.now(UTC).replace(microsecond=0)
