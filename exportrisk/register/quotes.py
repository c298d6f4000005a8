"""Record quotes with the exact data that made them; find, reopen, reproduce, re-quote, compare and export them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from exportrisk import __version__
from exportrisk.deal.io import deal_from_dict
from exportrisk.engine.result import QuoteResult
from exportrisk.errors import DataFileError, InputError
from exportrisk.messages import Message, message
from exportrisk.register.archive import archived_tables, current_versions
from exportrisk.register.db import transaction

#: Quote fields compared when a quote is reproduced or re-quoted (money rounded as the JSON output rounds it).
FIGURES = ("cost", "expected_loss", "var_95", "es_95", "var_99", "es_99", "risk_adjusted_cost", "min_price")
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class StoredQuote:
    """One row of the register, with its deal and result as JSON data."""

    id: int
    created: str
    client: str
    buyer: str
    country: str
    valuation_date: str
    recommended: str | None
    min_price: float | None
    invoice_currency: str
    app_version: str
    deal: dict[str, Any]
    result: dict[str, Any]
    pdf_path: str | None
    tables: dict[str, str]  # name -> sha256


def _client_id(db: sqlite3.Connection, name: str, home: str, country: str | None) -> int:
    db.execute("INSERT OR IGNORE INTO clients (name, home_currency, country) VALUES (?, ?, ?)", (name, home, country))
    return int(db.execute("SELECT id FROM clients WHERE name = ? AND home_currency = ?", (name, home)).fetchone()[0])


def _buyer_id(db: sqlite3.Connection, name: str, country: str) -> int:
    db.execute("INSERT OR IGNORE INTO buyers (name, country) VALUES (?, ?)", (name, country))
    return int(db.execute("SELECT id FROM buyers WHERE name = ? AND country = ?", (name, country)).fetchone()[0])


def record_quote(db: sqlite3.Connection, result: QuoteResult, pdf_path: Path | None = None,
                 pdf_blob: bytes | None = None, now: datetime | None = None) -> int:
    """Store a quote, its deal, client and buyer, every table version it read and the FX data date: one
    transaction, so a crash leaves the quote either whole or absent. Returns the quote's id."""
    data = result.to_dict()
    deal = result.deal
    versions = current_versions()
    fx_date = max((p.last_date for p in result.provenance if p.item in ("spot", "fx_history", "fx_history_recent")
                   and p.last_date is not None), default=None)
    best = next((o for o in data["options"] if o["id"] == result.recommended), None)
    created = (now or datetime.now()).isoformat(timespec="seconds")
    with transaction(db):
        client = _client_id(db, deal.exporter.name, deal.exporter.home_currency, deal.exporter.country)
        buyer = _buyer_id(db, deal.buyer.name, result.risks.country_iso3)
        deal_id = db.execute("INSERT INTO deals (client_id, buyer_id, deal_json, created) VALUES (?, ?, ?, ?)",
                             (client, buyer, json.dumps(data["deal"], ensure_ascii=False), created)).lastrowid
        quote_id = db.execute(
            "INSERT INTO quotes (deal_id, client_name, buyer_name, created, valuation_date, country, home_currency, "
            "invoice_currency, recommended, min_price, result_json, fx_date, app_version, pdf_path, pdf_blob) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (deal_id, deal.exporter.name, deal.buyer.name, created, result.valuation_date.isoformat(),
             result.risks.country_iso3, result.home,
             result.foreign, result.recommended, best["min_price"] if best else None,
             json.dumps(data, ensure_ascii=False), fx_date.isoformat() if fx_date else None, __version__,
             str(pdf_path) if pdf_path else None, pdf_blob)).lastrowid
        for version in versions:
            db.execute("INSERT OR IGNORE INTO table_versions (sha256, name, content, source, as_of) "
                       "VALUES (?, ?, ?, ?, ?)", (version.sha256, version.name, version.content, version.source,
                                                  version.as_of))
            db.execute("INSERT INTO quote_tables (quote_id, name, sha256) VALUES (?, ?, ?)",
                       (quote_id, version.name, version.sha256))
    return int(quote_id)


_SELECT = ("SELECT q.id, q.created, q.client_name, q.buyer_name, q.country, q.valuation_date, q.recommended, "
           "q.min_price, q.invoice_currency FROM quotes q")


def _prefix(column: str, text: str) -> tuple[str, list[str]]:
    """A case-insensitive prefix test that an index on `column` (COLLATE NOCASE) can serve."""
    return f"{column} >= ? COLLATE NOCASE AND {column} < ? COLLATE NOCASE", [text, text + "\U0010ffff"]


def search(db: sqlite3.Connection, client: str = "", buyer: str = "", country: str = "",
           since: date | None = None, until: date | None = None, limit: int = 100) -> list[tuple]:
    """Newest quotes first matching every filter given: client and buyer name prefixes (any case), ISO3
    country, valuation dates from `since` to `until`. Rows: id, created, client, buyer, country, valuation
    date, recommended option, minimum price, invoice currency."""
    where, args = [], []
    for column, text in (("q.client_name", client.strip()), ("q.buyer_name", buyer.strip())):
        if text:
            clause, values = _prefix(column, text)
            where.append(clause)
            args += values
    if country.strip():
        where.append("q.country = ?")
        args.append(country.strip().upper())
    if since is not None:
        where.append("q.valuation_date >= ?")
        args.append(since.isoformat())
    if until is not None:
        where.append("q.valuation_date <= ?")
        args.append(until.isoformat())
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY q.id DESC LIMIT ?"
    return db.execute(sql, [*args, int(limit)]).fetchall()


def load(db: sqlite3.Connection, quote_id: int) -> StoredQuote:
    """The stored quote `quote_id`, exactly as it was saved; InputError names a missing id."""
    row = db.execute(
        "SELECT q.id, q.created, c.name, b.name, q.country, q.valuation_date, q.recommended, q.min_price, "
        "q.invoice_currency, q.app_version, d.deal_json, q.result_json, q.pdf_path FROM quotes q "
        "JOIN deals d ON d.id = q.deal_id JOIN clients c ON c.id = d.client_id JOIN buyers b ON b.id = d.buyer_id "
        "WHERE q.id = ?", (int(quote_id),)).fetchone()
    if row is None:
        raise InputError(code="quote_not_found", field="quote_id", quote_id=quote_id)
    tables = dict(db.execute("SELECT name, sha256 FROM quote_tables WHERE quote_id = ?", (int(quote_id),)))
    return StoredQuote(*row[:10], json.loads(row[10]), json.loads(row[11]), row[12], tables)


def archived_contents(db: sqlite3.Connection, stored: StoredQuote) -> dict[str, bytes]:
    rows = db.execute("SELECT t.name, t.content FROM quote_tables q JOIN table_versions t ON t.sha256 = q.sha256 "
                      "WHERE q.quote_id = ?", (stored.id,)).fetchall()
    return {name: bytes(content) for name, content in rows}


def reproduce(db: sqlite3.Connection, quote_id: int, market_store_folder: Path | None = None) -> dict[str, Any]:
    """Recompute a stored quote with the table versions it used and return the new result as JSON data.

    The deal, seed and path count are the stored ones; the FX history is today's store (the stored FX data
    date says which fixings it had). Compare with `differences`."""
    from exportrisk.engine.quote import price_deal
    from exportrisk.market.service import MarketData
    from exportrisk.market.store import FxStore
    from exportrisk.paths import data_dir

    stored = load(db, quote_id)
    store = FxStore(market_store_folder or data_dir() / "fx")
    deal = deal_from_dict(stored.deal)
    simulation = stored.result["simulation"]
    with archived_tables(archived_contents(db, stored)):
        result = price_deal(deal, MarketData(store=store), paths=simulation["paths"], seed=simulation["seed"])
    return result.to_dict()


def requote(stored: StoredQuote, valuation_date: date | None = None, paths: int | None = None) -> dict[str, Any]:
    """The stored deal quoted again with today's tables and data, on `valuation_date` (default: today)."""
    from exportrisk.engine.quote import price_deal

    data = dict(stored.deal)
    data["valuation_date"] = (valuation_date or date.today()).isoformat()
    simulation = stored.result["simulation"]
    return price_deal(deal_from_dict(data), paths=paths or simulation["paths"], seed=simulation["seed"]).to_dict()


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """What changed between two quote results, and why it matters: market inputs (spot, forward, volatility,
    rates), the country's category, the state premium rule and rate, the recommendation, every option's figures."""
    out: list[tuple[str, Any, Any]] = []

    def compare(label: str, a: Any, b: Any) -> None:
        if a != b:
            out.append((label, a, b))

    compare("valuation date", before["valuation_date"], after["valuation_date"])
    for key in ("spot", "forward", "years"):
        compare(key, before[key], after[key])
    for key in ("home", "foreign"):
        compare(f"interest rate {key}", before["rates"][key], after["rates"][key])
    for key in ("fx_volatility", "country_category", "oecd_category", "buyer_pd_1y", "political_annual"):
        compare(key.replace("_", " "), before["risks"][key], after["risks"][key])
    compare("compliance", before.get("compliance", {}).get("level"), after.get("compliance", {}).get("level"))
    compare("recommended", before["recommended"], after["recommended"])
    old = {o["id"]: o for o in before["options"]}
    for option in after["options"]:
        previous = old.get(option["id"], {})
        compare(f"{option['id']} available", previous.get("available"), option["available"])
        for label in ("state premium", "premium"):
            items_a = {i["label"]: i["amount"] for i in previous.get("cost_items", []) if label in i["label"]}
            items_b = {i["label"]: i["amount"] for i in option["cost_items"] if label in i["label"]}
            if items_a or items_b:
                compare(f"{option['id']} {label}", sorted(items_a), sorted(items_b))
                break
        for key in FIGURES:
            compare(f"{option['id']} {key}", previous.get(key), option.get(key))
    return out


def delete(db: sqlite3.Connection, quote_id: int) -> None:
    with transaction(db):
        if db.execute("DELETE FROM quotes WHERE id = ?", (int(quote_id),)).rowcount == 0:
            raise InputError(code="quote_not_found", field="quote_id", quote_id=quote_id)


def _cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ gets a leading apostrophe (OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(CSV_FORMULA_START) and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def export_csv(rows: list[tuple]) -> str:
    """Search rows as CSV with a header, cells neutralised against spreadsheet formulas."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "created", "client", "buyer", "country", "valuation_date", "recommended", "min_price",
                     "invoice_currency"])
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


class Recorder:
    """Records what a batch or the window prints into the register; a register that cannot be written is a
    warning (the PDF is already safe), never an error. `keep_pdf`: "path" stores where the PDF is, "copy"
    its bytes too, "off" records nothing."""

    def __init__(self, keep_pdf: str = "path"):
        if keep_pdf not in ("path", "copy", "off"):
            raise InputError(code="choose_one", field="keep_pdf", value=repr(keep_pdf), choices="path, copy, off")
        self.keep_pdf = keep_pdf
        self._db: sqlite3.Connection | None = None
        self.notes: list[Message] = []  # in the catalogue: the window shows them in its language

    def record(self, result: QuoteResult, pdf_path: Path, pdf: bytes | None = None) -> int | None:
        if self.keep_pdf == "off":
            return None
        from exportrisk.register.db import open_register

        try:
            if self._db is None:
                opened = open_register()
                self._db = opened.connection
                if opened.set_aside:
                    self.notes.append(message("register_set_aside", path=str(opened.set_aside)))
            return record_quote(self._db, result, Path(pdf_path).resolve(),
                                pdf if self.keep_pdf == "copy" else None)
        except (sqlite3.Error, OSError, DataFileError) as exc:  # DataFileError: a register of a newer version
            self.notes.append(message("register_not_recorded", problem=str(exc)))
            return None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
