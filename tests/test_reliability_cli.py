"""Reliability: a named list of bad inputs through the CLI, each exit 2, one line, no traceback, no partial output."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import (
    BRAZIL,
    POOL_CSV_HEADER,
    POOL_CSV_ROW,
    deal_with,
    deep_json,
    deep_toml,
    fifo,
    pdf_with_attachment,
    pdf_with_bad_length,
    pdf_with_bomb,
    plain_pdf,
    run,
    write_json,
)

DEAL_NAME, POOL_NAME = "exportrisk-deal.json", "exportrisk-pool.json"
SIMS = ("--sims", "1000", "--seed", "1")


def quote(tmp: Path, data: Any, name: str = "deal.json") -> tuple[list[Any], Path | None, str]:
    path = tmp / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        write_json(path, data)
    return ["quote", path, "--offline", *SIMS], None, ""


def pool(tmp: Path, receivables_csv: str, *, csv_text: str | None = None) -> tuple[list[Any], Path | None, str]:
    (tmp / "pools").mkdir(exist_ok=True)
    if csv_text is not None:
        (tmp / "pools" / receivables_csv).write_text(csv_text, encoding="utf-8")
    path = write_json(tmp / "pools" / "pool.json", {
        "schema": 1, "valuation_date": "2026-10-30", "consortium": {"name": "Como", "home_currency": "EUR"},
        "members": [{"name": "Tessitura"}], "receivables_csv": receivables_csv})
    return ["consortium", path, *SIMS], None, ""


def batch_csv(tmp: Path, text: str) -> tuple[list[Any], Path | None, str]:
    deals = tmp / "deals.csv"
    deals.write_text(text, encoding="utf-8")
    return ["batch", deals, "--out", tmp / "out", *SIMS], tmp / "out" / "summary.csv", ""


BATCH_HEADER = ("valuation_date,exporter_name,home_currency,buyer_name,buyer_country,amount,currency,payment_days,"
                "instrument,buyer_rating,cost")
BATCH_ROW = "2026-10-30,Tessitura Lariana,EUR,Confeccoes Paulista,BRA,180000,USD,120,open_account,BB,128000"


def outside_csv(tmp: Path) -> Path:
    target = tmp / "secret.csv"
    target.write_text(f"{POOL_CSV_HEADER}\n{POOL_CSV_ROW.replace('Tessitura', 'SECRET-CONTENT')}\n",
                      encoding="utf-8")
    return target


def symlinked(tmp: Path) -> tuple[list[Any], Path | None, str]:
    (tmp / "pools").mkdir(exist_ok=True)
    (tmp / "pools" / "link.csv").symlink_to(outside_csv(tmp))
    return pool(tmp, "link.csv")


def fifo_csv(tmp: Path) -> tuple[list[Any], Path | None, str]:
    (tmp / "pools").mkdir(exist_ok=True)
    fifo(tmp / "pools" / "pipe.csv")
    return pool(tmp, "pipe.csv")


def pool_pdf(tmp: Path) -> tuple[list[Any], Path | None, str]:
    outside_csv(tmp)
    data = {"schema": 1, "valuation_date": "2026-10-30", "consortium": {"name": "Como", "home_currency": "EUR"},
            "members": [{"name": "Tessitura"}], "receivables_csv": "secret.csv"}
    path = tmp / "received.pdf"
    path.write_bytes(pdf_with_attachment(POOL_NAME, json.dumps(data).encode()))
    return ["consortium", path, *SIMS], None, ""


def report_to(tmp: Path, out: Path) -> tuple[list[Any], Path | None, str]:
    return ["report", BRAZIL, "-o", out, *SIMS], out, ""


def big_pdf(tmp: Path) -> tuple[list[Any], Path | None, str]:
    path = tmp / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(60_000_000)  # sparse: the size is refused before anything is read
    return ["quote", path, "--offline"], None, ""


def env_file(tmp: Path, name: str) -> tuple[list[Any], Path | None, str]:
    (tmp / "a-file").write_text("not a folder")
    os.environ[name] = str(tmp / "a-file")  # the test's monkeypatch restores it
    return ["quote", BRAZIL, "--offline", *SIMS], None, ""


Case = Callable[[Path], tuple[list[Any], "Path | None", str]]
#: name -> how to build it. Each must exit 2 with one line on stderr that starts with "exportrisk <command>".
BAD_INPUTS: dict[str, Case] = {
    # deal files
    "deal file missing": lambda t: (["quote", t / "nothing.json", "--offline"], None, ""),
    "deal file is a folder": lambda t: (["quote", t, "--offline"], None, ""),
    "deal file is a FIFO": lambda t: (["quote", fifo(t / "pipe.json"), "--offline"], None, ""),
    "deal file .txt": lambda t: quote(t, GOOD_DEAL_TEXT, "deal.txt"),
    "deal JSON nested 100,000 deep (lists)": lambda t: quote(t, deep_json()),
    "deal JSON nested 100,000 deep (tables)": lambda t: quote(t, '{"a":' * 100_000 + "1" + "}" * 100_000),
    "deal TOML nested 50,000 deep": lambda t: quote(t, deep_toml(), "deal.toml"),
    "deal TOML inline tables nested deep": lambda t: quote(t, "a = " + "{b = " * 5000 + "1" + "}" * 5000, "d.toml"),
    "deal file of 3 MB": lambda t: quote(t, '{"notes": "' + "x" * 3_000_000 + '"}'),
    "deal file not UTF-8": lambda t: quote(t, b'{"notes": "caf\xe9"}'),
    "deal JSON syntax error": lambda t: quote(t, '{"schema": 1,'),
    "deal TOML syntax error": lambda t: quote(t, "schema = = 1", "deal.toml"),
    "deal is a JSON list": lambda t: quote(t, [1, 2]),
    "deal is a JSON number": lambda t: quote(t, 42),
    "buyer block is a list": lambda t: quote(t, deal_with(top={"buyer": []})),
    "buyer name with a lone surrogate": lambda t: quote(t, json.dumps(deal_with(buyer={"name": "\ud800x"}))),
    "buyer name of 54,000 characters": lambda t: quote(t, deal_with(buyer={"name": "Ab " * 18_000})),
    "buyer name of 20,000 characters without spaces": lambda t: quote(t, deal_with(buyer={"name": "X" * 20_000})),
    "unknown field": lambda t: quote(t, deal_with(deal={"amont": 5})),
    "missing field": lambda t: quote(t, {k: v for k, v in GOOD.items() if k != "buyer"}),
    "amount 1e308": lambda t: quote(t, deal_with(deal={"amount": 1e308})),
    "amount NaN": lambda t: quote(t, '{"deal": {"amount": NaN}}'),
    "amount negative": lambda t: quote(t, deal_with(deal={"amount": -5})),
    "payment_days 0": lambda t: quote(t, deal_with(deal={"payment_days": 0})),
    "payment_days 1e9": lambda t: quote(t, deal_with(deal={"payment_days": 10**9})),
    "20-year credit with 120 months' disbursement": lambda t: (quote(t, deal_with(
        credit={"repayment_years": 20, "disbursement_months": 120}))[0], None, "credit.repayment_years:"),
    "rate_foreign -1": lambda t: quote(t, deal_with(market={"rate_foreign": -1})),
    "spot 0": lambda t: quote(t, deal_with(market={"spot": 0})),
    "volatility 10": lambda t: quote(t, deal_with(market={"volatility": 10})),
    "target_margin 1": lambda t: quote(t, deal_with(deal={"target_margin": 1.0})),
    "file asks for 20,000,000 paths": lambda t: quote(t, deal_with(parameters={"simulation": {"paths": 20_000_000}})),
    "file asks for a 5,000,000-scenario pool": lambda t: quote(t, deal_with(
        parameters={"consortium": {"scenarios": 5_000_000}})),
    "unknown parameter section": lambda t: quote(t, deal_with(parameters={"nonsense": {"a": 1}})),
    "pd_floor abc in a deal": lambda t: quote(t, deal_with(parameters={"credit": {"pd_floor": "abc"}})),
    "valuation_date in the future": lambda t: quote(t, deal_with(top={"valuation_date": "2999-01-01"})),
    "valuation_date badly written": lambda t: quote(t, deal_with(top={"valuation_date": "30/10/2026"})),
    "notes of 10,000 characters": lambda t: quote(t, deal_with(top={"notes": "n" * 10_000})),
    "notes a number": lambda t: quote(t, deal_with(top={"notes": 5})),
    "schema 2": lambda t: quote(t, deal_with(top={"schema": 2})),
    "rating and category together": lambda t: quote(t, deal_with(buyer={"category": "CC2"})),
    "unknown country": lambda t: quote(t, deal_with(buyer={"country": "ZZZ"})),
    # report PDFs read as deals
    "PDF that is text": lambda t: quote(t, "just text", "fake.pdf"),
    "PDF cut short": lambda t: quote(t, plain_pdf()[:300], "cut.pdf"),
    "PDF without an attachment": lambda t: quote(t, plain_pdf(), "plain.pdf"),
    "PDF attachment not UTF-8": lambda t: quote(t, pdf_with_attachment(DEAL_NAME, b'{"a": "\xff\xfe"}'), "l1.pdf"),
    "PDF attachment nested deep": lambda t: quote(t, pdf_with_attachment(DEAL_NAME, deep_json().encode()), "d.pdf"),
    "PDF attachment a 300 MB zlib bomb": lambda t: quote(t, BOMB[0], "bomb.pdf"),
    "PDF attachment with a bad length": lambda t: quote(t, pdf_with_bad_length(DEAL_NAME), "len.pdf"),
    "PDF attachment a list": lambda t: quote(t, pdf_with_attachment(DEAL_NAME, b"[1]"), "list.pdf"),
    "PDF of 60 MB": big_pdf,
    # pool files and receivable lists
    "pool JSON nested deep": lambda t: (["consortium", write_raw(t / "p.json", deep_json()), *SIMS], None, ""),
    "pool receivables_csv absolute": lambda t: pool(t, str(outside_csv(t))),
    "pool receivables_csv climbing out": lambda t: (outside_csv(t), pool(t, "../secret.csv"))[1],
    "pool receivables_csv a link out": symlinked,
    "pool receivables_csv a FIFO": fifo_csv,
    "pool PDF naming a CSV beside it": pool_pdf,
    "pool PDF attachment nested deep": lambda t: (["consortium", write_raw(
        t / "p.pdf", pdf_with_attachment(POOL_NAME, deep_json().encode())), *SIMS], None, ""),
    "receivables CSV field of 200,000 characters": lambda t: pool(
        t, "r.csv", csv_text=f"{POOL_CSV_HEADER}\nTessitura,{'x' * 200_000},BRA,1,USD,90,open_account,BB\n"),
    "receivables CSV with a NUL byte": lambda t: pool(t, "r.csv", csv_text=f"{POOL_CSV_HEADER}\n{POOL_CSV_ROW}\0\n"),
    "receivables CSV alone, field of 200,000 characters": lambda t: (["consortium", write_raw(
        t / "r.csv", f"{POOL_CSV_HEADER}\nTessitura,{'x' * 200_000},BRA,1,USD,90,open_account,BB\n"), *SIMS],
        None, ""),
    "receivables CSV not UTF-8": lambda t: (["consortium", write_raw(t / "r.csv", b"member\n\xff\n"), *SIMS],
                                            None, ""),
    # batch
    "batch --out is a file": lambda t: (["batch", write_raw(t / "d.csv", f"{BATCH_HEADER}\n{BATCH_ROW}\n"), "--out",
                                         write_raw(t / "taken", "x"), *SIMS], None, ""),
    "batch --out under a file": lambda t: (["batch", write_raw(t / "d.csv", f"{BATCH_HEADER}\n{BATCH_ROW}\n"),
                                            "--out", write_raw(t / "taken", "x") / "sub", *SIMS],
                                           t / "taken" / "sub" / "summary.csv", ""),
    "batch CSV field of 200,000 characters": lambda t: batch_csv(t, f"{BATCH_HEADER}\n{'x' * 200_000}\n"),
    "batch CSV missing": lambda t: (["batch", t / "none.csv", "--out", t / "out"], t / "out" / "summary.csv", ""),
    "batch CSV without a column": lambda t: batch_csv(t, "valuation_date\n2026-10-30\n"),
    # fx and premium arguments
    "fx --amount 1e308": lambda t: (["fx", "--home", "EUR", "--foreign", "USD", "--amount", "1e308", "--days", "90",
                                     "--offline"], None, ""),
    "fx --amount nan": lambda t: (["fx", "--home", "EUR", "--foreign", "USD", "--amount", "nan", "--days", "90",
                                   "--offline"], None, ""),
    "fx --days 0": lambda t: (["fx", "--home", "EUR", "--foreign", "USD", "--amount", "5", "--days", "0"], None, ""),
    "premium --hor 1000": lambda t: (["premium", "--category", "5", "--buyer", "CC2", "--hor", "1000"], None, ""),
    "premium --hor 1e308": lambda t: (["premium", "--category", "5", "--buyer", "CC2", "--hor", "1e308"], None, ""),
    "premium --repayment-years 1e308": lambda t: (["premium", "--category", "5", "--buyer", "CC2",
                                                   "--disbursement-months", "0", "--repayment-years", "1e308"],
                                                  None, ""),
    "premium --disbursement-months 1000": lambda t: (["premium", "--category", "5", "--buyer", "CC2",
                                                      "--disbursement-months", "1000", "--repayment-years", "5"],
                                                     None, ""),
    "quote --sims 999": lambda t: (["quote", BRAZIL, "--sims", "999"], None, ""),
    "quote --seed -1": lambda t: (["quote", BRAZIL, "--seed", "-1"], None, ""),
    # report outputs
    "report -o under a file": lambda t: report_to(t, write_raw(t / "taken", "x") / "r.pdf"),
    "report -o a folder": lambda t: (report_to(t, mkdir(t / "folder.pdf"))[0], None, ""),
    "report -o not .pdf": lambda t: report_to(t, t / "r.txt"),
    "report --logo missing": lambda t: (["report", BRAZIL, "-o", t / "r.pdf", "--logo", t / "none.png", *SIMS],
                                        t / "r.pdf", ""),
    # environment
    "EXPORTRISK_DATA_DIR is a file": lambda t: env_file(t, "EXPORTRISK_DATA_DIR"),
    "EXPORTRISK_CACHE_DIR is a file": lambda t: env_file(t, "EXPORTRISK_CACHE_DIR"),
}
GOOD = deal_with()
GOOD_DEAL_TEXT = json.dumps(GOOD)
BOMB: list[bytes] = []


def write_raw(path: Path, data: str | bytes) -> Path:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def mkdir(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.fixture(scope="module", autouse=True)
def bomb() -> None:
    if not BOMB:
        BOMB.append(pdf_with_bomb(DEAL_NAME))


def test_the_list_is_long_enough() -> None:
    assert len(BAD_INPUTS) >= 60


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2(name: str, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORTRISK_DATA_DIR", os.environ["EXPORTRISK_DATA_DIR"])  # restored after env cases
    monkeypatch.setenv("EXPORTRISK_CACHE_DIR", os.environ["EXPORTRISK_CACHE_DIR"])
    argv, output, needle = BAD_INPUTS[name](tmp_path)
    code, out, err = run(capsys, *argv)
    lines = err.strip().splitlines()
    assert code == 2, f"{name}: exit {code}\n{out[-500:]}\n{err[-500:]}"
    assert lines and lines[-1].startswith(f"exportrisk {argv[0]}"), f"{name}: {err[-500:]!r}"
    assert len(lines) == 1, f"{name}: {len(lines)} lines on stderr: {err[:500]!r}"
    assert "Traceback" not in err + out and len(lines[-1]) < 700, f"{name}: {lines[-1][:700]!r}"
    assert "SECRET-CONTENT" not in err + out, f"{name}: foreign file content echoed"
    assert needle in lines[-1], f"{name}: the error does not say {needle!r}: {lines[-1]!r}"
    if output is not None:
        assert not output.exists(), f"{name}: partial output {output}"
    leftovers = [p for p in tmp_path.rglob(".*.tmp")]
    assert not leftovers, f"{name}: temporary files left: {leftovers}"


@pytest.mark.slow
def test_a_row_with_an_overlong_name_does_not_stop_the_batch(capsys, tmp_path: Path) -> None:
    """Rows before and after the bad one are reported, and summary.csv lists all three."""
    bad = BATCH_ROW.replace("Confeccoes Paulista", "X" * 20_000)
    argv, summary_path, _ = batch_csv(tmp_path, "\n".join([BATCH_HEADER, BATCH_ROW, bad, BATCH_ROW]) + "\n")
    code, out, err = run(capsys, *argv)
    assert code == 2 and "row 3:" in out and "buyer.name" in out, out
    assert summary_path is not None
    with summary_path.open(encoding="utf-8", newline="") as handle:
        statuses = [row["status"] for row in csv.DictReader(handle)]
    assert statuses == ["ok", "error", "ok"], statuses
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 2
