"""Benchmark, run on demand (`make bench`): one report's rendering time, and batch throughput for 100 deals."""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("EXPORTRISK_OFFLINE", "1")

from exportrisk.deal.io import load_deal  # noqa: E402
from exportrisk.engine.quote import price_deal  # noqa: E402
from exportrisk.paths import resources_dir  # noqa: E402
from exportrisk.report.build_deal import build_deal_report  # noqa: E402
from exportrisk.report.charts import label_boxes  # noqa: E402
from exportrisk.report.model import ReportOptions  # noqa: E402
from exportrisk.report.render import render_pdf  # noqa: E402

ROWS = [("IT Tessile S.r.l.", "EUR", "Confecções Paulista Ltda", "BRA", "BB", "USD", "open_account"),
        ("Zakłady Łódź Sp. z o.o.", "PLN", "Anadolu Makina A.Ş.", "TUR", "B+", "EUR", "open_account"),
        ("Schwaben GmbH", "EUR", "Handel Gdańsk Sp. z o.o.", "POL", "BBB-", "PLN", "documentary_collection"),
        ("Cantina Euganea", "EUR", "Island Wines Ltd", "BRB", "B", "USD", "lc_unconfirmed")]


def main() -> None:
    result = price_deal(load_deal(resources_dir() / "examples/italy_textiles_brazil.toml"))
    render_pdf(build_deal_report(result, "en"))  # warm up fonts and matplotlib
    times = {}
    for lang in ("en", "it", "pl", "de"):
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            render_pdf(build_deal_report(result, lang, "Adviser", "Chamber of Commerce"))
            samples.append(time.perf_counter() - start)
        times[lang] = statistics.median(samples)
    annexed = []
    for _ in range(5):
        start = time.perf_counter()
        render_pdf(build_deal_report(result, "en", "Adviser", "Chamber of Commerce", options=ReportOptions(annex=True)))
        annexed.append(time.perf_counter() - start)
    chart = next(c for s in build_deal_report(result, "en").sections for c in s.charts if c.kind == "cost_risk")
    placing = []
    for _ in range(5):
        start = time.perf_counter()
        label_boxes(chart)
        placing.append(time.perf_counter() - start)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for lang, seconds in times.items():
        print(f"  single-deal report, model + rendering, {lang}         {seconds:6.2f} s (target < 1.5 s)")
    annex = statistics.median(annexed)
    print(f"  the same with the technical annex, en                {annex:6.2f} s "
          f"({annex / times['en']:.2f} x the report without it)")
    print(f"  cost-versus-risk chart with label placement          {statistics.median(placing):6.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        deals = Path(folder) / "deals.csv"
        with deals.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["valuation_date", "exporter_name", "home_currency", "buyer_name", "buyer_country",
                             "buyer_rating", "amount", "currency", "payment_days", "instrument", "target_margin"])
            for i in range(100):
                exporter, home, buyer, country, rating, currency, instrument = ROWS[i % len(ROWS)]
                writer.writerow(["2026-10-30", exporter, home, f"{buyer} {i}", country, rating, 50000 + 1000 * i,
                                 currency, 30 + (i % 6) * 30, instrument, 0.15])
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "exportrisk", "batch", str(deals), "--out", str(Path(folder) / "out")],
                       check=True, capture_output=True, cwd=ROOT)
        elapsed = time.perf_counter() - start
        pdfs = len(list((Path(folder) / "out").glob("*.pdf")))
    print(f"  batch of 100 deals (quote + report each, one process)   {elapsed:6.1f} s, {pdfs} PDFs, "
          f"{elapsed / 100:.2f} s a deal, {100 / elapsed * 60:.0f} deals a minute")


if __name__ == "__main__":
    main()
