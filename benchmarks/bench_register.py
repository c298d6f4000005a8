"""Register of 200,000 quotes: list and search by client, buyer, country and date, with and without indexes."""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from exportrisk.register import db as register
from exportrisk.register.quotes import search

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
    print(f"{'query':<28}{'indexed ms':>12}{'no index ms':>14}{'ratio':>8}")
    for name in QUERIES:
        print(f"{name:<28}{with_index[name]:>12.2f}{without[name]:>14.2f}{without[name] / with_index[name]:>8.1f}")
    worst = max(with_index.values())
    verdict = "ok" if worst < TARGET_MS else "MISSED"
    print(f"slowest indexed query {worst:.2f} ms (target < {TARGET_MS:.0f} ms): {verdict}")


if __name__ == "__main__":
    main()
