"""`exportrisk report` and `exportrisk batch`: reports read back as inputs, same bytes, one-line errors, batches."""

from __future__ import annotations

import csv
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from exportrisk.cli import main
from exportrisk.paths import resources_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = resources_dir() / "examples"
DEALS = sorted(EXAMPLES.glob("*.toml"))
BRAZIL = EXAMPLES / "italy_textiles_brazil.toml"
POOLS = EXAMPLES / "pools"
SIMS = ("--sims", "20000", "--seed", "7")


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    """`exportrisk ARGS` in-process: exit code, stdout, stderr; an exception fails the test."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the user would see a traceback
        pytest.fail(f"exportrisk {args[0]} raised {type(exc).__name__}: {exc!r} (the user sees a traceback)")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def report(capsys: pytest.CaptureFixture[str], source: Path, out: Path, *extra: Any) -> bytes:
    code, stdout, err = run(capsys, "report", source, "-o", out, *extra)
    assert code == 0, err
    assert str(out) in stdout
    return out.read_bytes()


def as_json(capsys: pytest.CaptureFixture[str], *args: Any) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def flat(text: str) -> str:
    return " ".join(text.split())


def png(width: int = 2, height: int = 2) -> bytes:
    """A minimal RGB PNG, written by hand."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def images_on(page: Any) -> int:
    """Image XObjects on a page, directly or inside form XObjects."""
    def count(resources: Any) -> int:
        resources = resources.get_object() if resources is not None else {}
        total = 0
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            total += 1 if xobject.get("/Subtype") == "/Image" else count(xobject.get("/Resources"))
        return total

    return count(page.get("/Resources"))


# --- 6. a report read back as an input gives the same analysis -----------------------------------------------------

@pytest.mark.parametrize("example", DEALS, ids=lambda p: p.stem)
def test_deal_report_reads_back_as_the_same_quote(capsys, tmp_path: Path, example: Path) -> None:
    original = as_json(capsys, "quote", example, "--offline", *SIMS)
    pdf = tmp_path / "report.pdf"
    report(capsys, example, pdf, *SIMS, "--lang", "pl" if "poland" in example.stem else "en")
    again = as_json(capsys, "quote", pdf, "--offline", *SIMS)
    assert again["deal"] == original["deal"]
    assert again["options"] == original["options"]
    assert again["recommended"] == original["recommended"]
    assert again == original


@pytest.mark.parametrize("pool", ["brianza_furniture.toml", "centro_nord.toml"])
def test_pool_report_reads_back_as_the_same_analysis(capsys, tmp_path: Path, pool: str) -> None:
    original = as_json(capsys, "consortium", POOLS / pool, *SIMS)
    pdf = tmp_path / "pool.pdf"
    report(capsys, POOLS / pool, pdf, *SIMS, "--member-pages")
    again = as_json(capsys, "consortium", pdf, *SIMS)
    assert again["members"] == original["members"]
    assert again["pool"] == original["pool"]
    # the receivables left out of the group policy are the same ones, though a CSV's row labels become list
    # positions once the pool is stored in the report
    for data in (original, again):
        data["group_policy"]["not_insured"] = len(data["group_policy"]["not_insured"])
        data["group_policy"]["not_insured_messages"] = [m["code"] for m in data["group_policy"]["not_insured_messages"]]
    assert again == original


# --- 7. same inputs, same bytes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "it"])
def test_same_inputs_give_the_same_bytes(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1793520000")  # a fixed print time: the reproducible-builds convention
    common = ("--lang", lang, "--adviser", "Anna Rossi", "--organisation", "Studio Ł", "--sims", "20000")
    first = report(capsys, BRAZIL, tmp_path / "a.pdf", *common, "--seed", "7", "--method", "mc")
    second = report(capsys, BRAZIL, tmp_path / "b.pdf", *common, "--seed", "7", "--method", "mc")
    other = report(capsys, BRAZIL, tmp_path / "c.pdf", *common, "--seed", "8", "--method", "mc")
    assert first == second
    assert first != other
    exact = report(capsys, BRAZIL, tmp_path / "d.pdf", *common, "--seed", "7")   # exact, the default
    assert exact == report(capsys, BRAZIL, tmp_path / "e.pdf", *common, "--seed", "8")
    assert exact != first


# --- 8. one-line errors, and logos ---------------------------------------------------------------------------------

def assert_one_line_error(code: int, out: str, err: str, *expected: str) -> None:
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("exportrisk report: error:"), err
    for text in expected:
        assert text in lines[0], f"{text!r} not in {lines[0]!r}"


def bad_inputs(tmp_path: Path) -> dict[str, tuple[list[Any], tuple[str, ...]]]:
    text_logo = tmp_path / "logo.png"
    text_logo.write_text("not an image", encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("schema = 1\n[exporter\nname = 'x'\n", encoding="utf-8")
    incomplete = tmp_path / "incomplete.toml"
    incomplete.write_text('schema = 1\nvaluation_date = "2026-10-30"\n', encoding="utf-8")
    out = tmp_path / "out.pdf"
    return {
        "output-not-pdf": ([BRAZIL, "-o", tmp_path / "out.txt"], (".pdf",)),
        "missing-logo": ([BRAZIL, "-o", out, "--logo", tmp_path / "nowhere.png"], ("nowhere.png",)),
        "logo-not-an-image": ([BRAZIL, "-o", out, "--logo", text_logo], ("PNG or JPEG",)),
        "unknown-lang": ([BRAZIL, "-o", out, "--lang", "fr"], ("--lang", "fr")),
        "missing-deal-file": ([tmp_path / "nowhere.toml", "-o", out], ("nowhere.toml",)),
        "toml-syntax-error": ([broken, "-o", out], ("broken.toml",)),
        "incomplete-deal": ([incomplete, "-o", out], ("incomplete.toml",)),
    }


@pytest.mark.parametrize("case", ["output-not-pdf", "missing-logo", "logo-not-an-image", "unknown-lang",
                                  "missing-deal-file", "toml-syntax-error", "incomplete-deal"])
def test_report_errors_exit_2_with_one_line(capsys, tmp_path: Path, case: str) -> None:
    args, expected = bad_inputs(tmp_path)[case]
    code, out, err = run(capsys, "report", *args, *SIMS)
    if case == "unknown-lang":  # argparse's own one-line message
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
        assert all(text in err for text in expected), err
    else:
        assert_one_line_error(code, out, err, *expected)
    assert not list(tmp_path.glob("*.pdf")), "no report may be written"


def test_logo_with_a_png_signature_but_broken_content_is_a_one_line_error(capsys, tmp_path: Path) -> None:
    logo = tmp_path / "broken.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"this is not a PNG body")
    code, out, err = run(capsys, "report", BRAZIL, "-o", tmp_path / "out.pdf", "--logo", logo, *SIMS)
    assert_one_line_error(code, out, err, "broken.png")


def test_an_output_path_that_is_a_folder_is_a_one_line_error(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "taken.pdf"
    folder.mkdir()
    code, out, err = run(capsys, "report", BRAZIL, "-o", folder, *SIMS)
    assert_one_line_error(code, out, err, "taken.pdf")


def test_a_pdf_that_is_not_a_pdf_is_one_line_in_a_real_process(tmp_path: Path) -> None:
    """The installed command, not pytest's logging, decides what reaches the terminal."""
    bad = tmp_path / "deal.pdf"
    bad.write_bytes(b"garbage, not a PDF\n")
    proc = subprocess.run([sys.executable, "-m", "exportrisk.cli", "report", str(bad), "-o", str(tmp_path / "o.pdf")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert_one_line_error(proc.returncode, proc.stdout, proc.stderr, "deal.pdf", "not a readable PDF")


@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_a_logo_appears_on_the_cover(capsys, tmp_path: Path, kind: str) -> None:
    logo = tmp_path / f"logo.{kind}"
    if kind == "png":
        logo.write_bytes(png(3, 2))
    else:
        from PIL import Image

        Image.new("RGB", (4, 2), (31, 78, 121)).save(logo, "JPEG")
    plain = report(capsys, BRAZIL, tmp_path / "plain.pdf", *SIMS)
    branded = report(capsys, BRAZIL, tmp_path / "logo.pdf", *SIMS, "--logo", logo)
    cover = PdfReader(str(tmp_path / "logo.pdf")).pages[0]
    assert images_on(cover) == images_on(PdfReader(str(tmp_path / "plain.pdf")).pages[0]) + 1
    assert "Export risk report" in flat(cover.extract_text())
    assert branded != plain


# --- 9. batch ------------------------------------------------------------------------------------------------------

HEADER = "valuation_date,exporter_name,home_currency,buyer_name,buyer_country,amount,currency,payment_days," \
         "instrument,buyer_rating,cost"
ROWS = ["2026-10-30,Tessitura Lariana,EUR,Confecções Paulista,BRA,180000,USD,120,open_account,BB,128000",
        "2026-10-30,Tessitura Lariana,EUR,Nowhere Trading,ZZZ,50000,USD,90,open_account,BB,30000",
        "2026-10-30,Cantina Colli,EUR,Island Fine Wines,BRB,64000,USD,90,documentary_collection,B,40000",
        "2026-10-30,Cantina Colli,EUR,Bad Amount Ltd,USA,abc,USD,90,open_account,A,1000",
        '2026-10-30,Schwaben GmbH,EUR,"Gdańsk Sp. z o.o.",POL,"950,000",PLN,60,open_account,BBB-,188000']


def test_batch_reports_good_rows_and_lists_bad_ones(capsys, tmp_path: Path) -> None:
    deals = tmp_path / "deals.csv"
    deals.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "batch", deals, "--out", out, *SIMS)
    assert code == 2
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert len(pdfs) == 3, pdfs
    assert [p[:4] for p in pdfs] == ["0002", "0004", "0006"]
    with (out / "summary.csv").open(encoding="utf-8", newline="") as handle:
        summary = list(csv.DictReader(handle))
    assert [(r["row"], r["status"]) for r in summary] == [("2", "ok"), ("3", "error"), ("4", "ok"), ("5", "error"),
                                                          ("6", "ok")]
    assert "ZZZ" in summary[1]["reason"] and "amount" in summary[3]["reason"] and "abc" in summary[3]["reason"]
    assert all(r["reason"] == "" and r["file"] in pdfs and float(r["min_price"]) > 0
               for r in summary if r["status"] == "ok")
    bad = [line.strip() for line in stdout.splitlines() if line.strip().startswith("row ")]
    assert len(bad) == 2, stdout
    assert bad[0].startswith("row 3:") and "ZZZ" in bad[0]
    assert bad[1].startswith("row 5:") and "abc" in bad[1]
    assert "[" + "#" * 30 + "] 5/5" in err and "] 1/5" in err, err
    assert err.strip().splitlines()[-1].startswith("exportrisk batch: error:")
    for row in (r for r in summary if r["status"] == "ok"):
        text = flat(" ".join(p.extract_text() for p in PdfReader(str(out / row["file"])).pages))
        assert row["buyer"] in text and row["exporter"] in text


def test_batch_without_a_required_column_names_it(capsys, tmp_path: Path) -> None:
    deals = tmp_path / "deals.csv"
    lines = [HEADER.replace(",instrument", ""), ROWS[0].replace(",open_account", "")]
    deals.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "batch", deals, "--out", out, *SIMS)
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "instrument" in err and "column" in err
    assert not out.exists() or not any(out.iterdir()), "nothing may be written"


def test_a_bad_row_is_named_once(capsys, tmp_path: Path) -> None:
    deals = tmp_path / "deals.csv"
    deals.write_text("\n".join([HEADER, ROWS[3]]) + "\n", encoding="utf-8")
    code, stdout, _ = run(capsys, "batch", deals, "--out", tmp_path / "out", *SIMS)
    assert code == 2
    bad = [line.strip() for line in stdout.splitlines() if line.strip().startswith("row ")]
    assert len(bad) == 1 and bad[0].startswith("row 2:") and "abc" in bad[0], stdout
    assert bad[0].count("row 2") == 1, f"the row number is repeated: {bad[0]!r}"


def test_batch_reports_have_the_what_if_section_unless_told_not_to(capsys, tmp_path: Path) -> None:
    from exportrisk.report.i18n import Translator

    title = Translator("en")("whatif_title")
    deals = tmp_path / "deals.csv"
    deals.write_text("\n".join([HEADER, ROWS[0]]) + "\n", encoding="utf-8")
    texts = {}
    for flag in ("--what-if", "--no-what-if"):
        out = tmp_path / flag.strip("-")
        code, _, _ = run(capsys, "batch", deals, "--out", out, *SIMS, flag)
        assert code == 0
        (pdf,) = out.glob("*.pdf")
        texts[flag] = flat(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert f"{title} Each row re-quotes" in texts["--what-if"]
    assert "Each row re-quotes" not in texts["--no-what-if"]
