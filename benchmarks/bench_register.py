"""Register of 200,000 quotes: search with and without indexes; the stale-table flag per quote; OECD list import."""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exportrisk.register import db as register  # noqa: E402
from exportrisk.register import flags  # noqa: E402
from exportrisk.register.quotes import search  # noqa: E402

QUOTES = 200_000
CLIENTS = 2_000
BUYERS = 20_000
COUNTRIES = ("BRA", "TUR", "POL", "IND", "CHN", "EGY", "MAR", "USA", "DEU", "ZAF", "MEX", "VNM")
TARGET_MS = 50.0


def fill(path: Path) -> None:
    rng = random.Random(20261202)
    connection = register.open_register(path).connection
    start = date(2024, 1, 1)
    with register.transaction(connection):
        connection.executemany("INSERT INTO clients (name, home_currency) VALUES (?, 'EUR')",
                               [(f"Client {i:05d} S.r.l.",) for i in range(CLIENTS)])
        connection.executemany("INSERT INTO buyers (name, country) VALUES (?, ?)",
                               [(f"Buyer {i:06d} Ltd", rng.choice(COUNTRIES)) for i in range(BUYERS)])
        connection.executemany("INSERT INTO deals (client_id, buyer_id, deal_json, created) VALUES (?, ?, '{}', ?)",
                               [(rng.randrange(1, CLIENTS + 1), rng.randrange(1, BUYERS + 1), "2026-01-01")
                                for _ in range(QUOTES)])
        connection.executemany(
            "INSERT INTO quotes (deal_id, client_name, buyer_name, created, valuation_date, country, home_currency, "
            "invoice_currency, recommended, min_price, result_json, app_version) VALUES (?, ?, ?, ?, ?, ?, 'EUR', "
            "'USD', 'forfaiting', ?, '{}', '0.1.0')",
            [(i + 1, f"Client {rng.randrange(CLIENTS):05d} S.r.l.", f"Buyer {rng.randrange(BUYERS):06d} Ltd",
              "2026-01-01", (start + timedelta(days=rng.randrange(1000))).isoformat(), rng.choice(COUNTRIES),
              rng.uniform(1e4, 1e6)) for i in range(QUOTES)])
    connection.execute("ANALYZE")
    connection.close()


QUERIES = {
    "newest 100": {},
    "client prefix": {"client": "client 0123"},
    "buyer prefix": {"buyer": "Buyer 01234"},
    "country": {"country": "EGY"},
    "date range": {"since": date(2025, 3, 1), "until": date(2025, 3, 7)},
    "client + country + dates": {"client": "Client 01", "country": "BRA", "since": date(2025, 1, 1)},
    "client with no quote": {"client": "Nobody"},
}


def timings(path: Path, repeats: int = 7) -> dict[str, float]:
    connection = register.open_register(path).connection
    out = {}
    for name, filters in QUERIES.items():
        runs = []
        for _ in range(repeats):
            begin = time.perf_counter()
            search(connection, **filters)
            runs.append((time.perf_counter() - begin) * 1000)
        out[name] = statistics.median(runs)
    connection.close()
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        indexed = Path(folder) / "indexed.sqlite"
        plain = Path(folder) / "plain.sqlite"
        begin = time.perf_counter()
        fill(indexed)
        print(f"filled {QUOTES:,} quotes in {time.perf_counter() - begin:.1f} s")
        shutil.copy(indexed, plain)
        connection = register.open_register(plain).connection
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                          ).fetchall():
            connection.execute(f"DROP INDEX {name}")
        connection.close()
        with_index, without = timings(indexed), timings(plain)
        report(with_index, without)
        flag_costs(indexed)
    import_costs()


def report(with_index: dict[str, float], without: dict[str, float]) -> None:
    print(f"{'query':<28}{'indexed ms':>12}{'no index ms':>14}{'ratio':>8}")
    for name in QUERIES:
        print(f"{name:<28}{with_index[name]:>12.2f}{without[name]:>14.2f}{without[name] / with_index[name]:>8.1f}")
    worst = max(with_index.values())
    verdict = "ok" if worst < TARGET_MS else "MISSED"
    print(f"slowest indexed query {worst:.2f} ms (target < {TARGET_MS:.0f} ms): {verdict}")


def _median_ms(action, repeats: int = 200) -> float:
    runs = []
    for _ in range(repeats):
        begin = time.perf_counter()
        action()
        runs.append((time.perf_counter() - begin) * 1000)
    return statistics.median(runs)


def flag_costs(path: Path) -> None:
    """What flagging an overdue table once costs a quote, against the bare date comparison it replaces."""
    day, old = date(2026, 12, 2), date(2026, 4, 7)
    connection = register.open_register(path).connection
    for i in range(50):
        flags.acknowledge(connection, f"interest_rates.csv:C{i:02d}", "v", old)
    bare = _median_ms(lambda: flags.past_review(old, 90, day))
    shared = _median_ms(lambda: flags.flag_once(connection, "interest_rates.csv:C07", "v", old, day, 90))
    connection.close()
    alone = _median_ms(lambda: flags.stale_once("interest_rates.csv:C07", "v", old, day, 90, path=path))
    print(f"{'stale check per quote':<40}{'ms':>10}{'x bare':>10}")
    for label, ms in (("date comparison only", bare), ("flag_once, register open", shared),
                      ("stale_once, opens the 200k register", alone)):
        print(f"{label:<40}{ms:>10.3f}{ms / bare:>10.0f}")


def import_costs() -> None:
    """The OECD list (206 countries) imported from the PDF, the .xlsx and the CSV, validation and diff included."""
    from openpyxl import Workbook

    from exportrisk.register.imports import import_table
    from tests.test_register_import_pdf import installed_rows, oecd_pdf, published

    with tempfile.TemporaryDirectory() as folder:
        os.environ["EXPORTRISK_DATA_DIR"] = str(Path(folder) / "userdata")
        pdf = oecd_pdf(Path(folder) / "crc.pdf", published({"BRA": "5"}), valid="26 June 2026")
        book = Workbook()
        book.active.append(["source", "OECD list"])
        book.active.append(["as_of", date(2026, 6, 26)])
        book.active.append(["iso3", "country", "category", "note"])
        for row in installed_rows():
            book.active.append([row["iso3"], row["country"], row["category"], row["note"]])
        book.save(Path(folder) / "crc.xlsx")
        csv_file = ROOT / "resources" / "country" / "oecd_country_risk.csv"
        print(f"{'OECD list import (validate + diff)':<40}{'ms':>10}{'x CSV':>10}")
        times = {kind: _median_ms(lambda f=f: import_table("oecd", f), 5)
                 for kind, f in (("CSV", csv_file), ("XLSX", Path(folder) / "crc.xlsx"), ("PDF", pdf))}
        for kind, ms in times.items():
            print(f"{kind:<40}{ms:>10.1f}{ms / times['CSV']:>10.1f}")


if __name__ == "__main__":
    main()
