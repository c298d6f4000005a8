"""A stored quote (its result as JSON) written out in the window's language, for the Quotes tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from exportrisk.messages import Message, from_dict

from . import i18n

# The figures of each option row: (catalogue key of the heading, result field, in the invoice currency).
COLUMNS = (("cost_h", "cost", False), ("expected_loss_h", "expected_loss", False), ("es_99_h", "es_99", False),
           ("rac_h", "risk_adjusted_cost", False), ("min_price_h", "min_price", True))


def sentence(data: Any) -> str:
    """An engine sentence stored with its code and arguments, in the window's language."""
    return i18n.message(from_dict(data))


def measure_note(note: Any) -> str | None:
    """The note of the sanctions measure a compliance sentence names, in the window's language: the measure's
    msg_measure_note_<id> (resources/i18n/<lang>/sanctions.json, exportrisk.country.sanctions.Measure.note);
    None when the sentence names no catalogued measure or the measure has no note."""
    measure = note.args.get("measure") if isinstance(note, Message) else None
    code = measure.code if isinstance(measure, Message) else ""
    if not code.startswith("measure_"):
        return None
    try:
        words = Message(f"measure_note_{code.removeprefix('measure_')}", **measure.args)
    except (KeyError, IndexError, ValueError):  # a measure without a note, or a code this version lacks
        return None
    return i18n.message(words)


def compliance_lines(notes: list[Any]) -> list[str]:
    """The stored compliance sentences (measures, licence, screening) in the window's language, each measure's
    note on an indented line under it."""
    lines = []
    for stored in notes:
        note = from_dict(stored)
        lines.append(i18n.message(note))
        extra = measure_note(note)
        if extra:
            lines.append(f"    {extra}")
    return lines


def _table(rows: list[list[str]]) -> list[str]:
    """Rows of cells in columns: the first left-aligned, the figures right-aligned (a fixed-width font)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))])
            .rstrip() for row in rows]


def details_text(data: dict[str, Any]) -> str:
    """The quote as the window's reader needs it: who and when, the recommendation, every option's figures in
    rank order, why the others are unavailable, and the notes and warnings, all in the window's language."""
    deal, home, foreign = data["deal"], data["home_currency"], data["invoice_currency"]
    country = deal["buyer"].get("country", "")
    lines = [f"{i18n.text('exporter')}: {deal['exporter'].get('name', '')}",
             f"{i18n.text('buyer')}: {deal['buyer'].get('name', '')} ({i18n.words().country(country, country)})",
             f"{i18n.text('valuation_date')}: {i18n.words().date(date.fromisoformat(data['valuation_date']))}",
             f"{i18n.text('quote_amount')}: {i18n.money(deal['deal']['amount'], foreign)}", ""]
    lines += compliance_lines(data.get("compliance", {}).get("note_messages", []))
    lines.append(sentence(data.get("recommendation_message") or data.get("recommendation")))
    by_id = {o["id"]: o for o in data["options"]}
    ranked = [by_id[i] for i in data["ranking"] if i in by_id]
    rows = [["#  " + i18n.text("option"), *(i18n.text(key, ccy=foreign if invoice else home)
                                           for key, _, invoice in COLUMNS)]]
    for option in ranked:
        mark = "*" if option["id"] == data.get("recommended") else " "
        rank = f"{option['rank']}." if option.get("rank") else "–"
        rows.append([f"{rank:<3}{i18n.option_name(option['id'])}{' ' + mark if mark == '*' else ''}",
                     *(i18n.number(option.get(field)) for _, field, _ in COLUMNS)])
    lines += ["", *_table(rows), i18n.text("comparison_note", home=home, foreign=foreign)]
    unavailable = [o for o in data["options"] if not o["available"]]
    if unavailable:
        lines += ["", f"{i18n.text('why_unavailable')}:"]
        lines += [f"  {i18n.option_name(o['id'])}: {sentence(o.get('reason_message') or o.get('reason'))}"
                  for o in unavailable]
    noted: dict[str, list[str]] = {}
    for option in ranked:
        for note in option.get("note_messages", []):
            noted.setdefault(sentence(note), []).append(i18n.option_name(option["id"]))
    remarks = [f"{', '.join(names)}: {note}" for note, names in noted.items()]
    remarks += [sentence(note) for note in data.get("model_note_messages", [])]
    remarks += [sentence(w) for w in data.get("warning_messages", [])]
    if remarks:
        lines += ["", f"{i18n.text('warnings')}:", *(f"  {r}" for r in remarks)]
    return "\n".join(lines)


def change_label(label: str, option_ids: list[str]) -> str:
    """A line label of `register.quotes.differences` ("spot", "interest rate home", "forward cost") in words."""
    for option_id in sorted(option_ids, key=len, reverse=True):
        if label.startswith(option_id + " "):
            figure = label[len(option_id) + 1:].replace(" ", "_")
            return i18n.text("quote_option_figure", option=i18n.option_name(option_id),
                             figure=i18n.text(f"change_{figure}"))
    return i18n.text("change_" + label.replace("interest rate ", "rate_").replace(" ", "_"))


def change_value(value: Any) -> str:
    """A value before or after a recomputation, as the window writes it."""
    if isinstance(value, bool):
        return i18n.text("quote_yes" if value else "quote_no")
    if isinstance(value, float):
        return i18n.number(value, 6 if abs(value) < 10 else 2)
    if value is None:
        return "—"
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "—"
    return i18n.option_name(value) if i18n.words().has(f"option_{value}") else str(value)
