"""Hostile inputs for the reliability tests: damaged PDFs, deep nesting, FIFOs, and the in-process CLI runner."""

from __future__ import annotations

import io
import json
import os
import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from exportrisk.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"
BRAZIL = EXAMPLES / "italy_textiles_brazil.toml"
GOOD_DEAL: dict[str, Any] = {
    "schema": 1, "valuation_date": "2026-10-30",
    "exporter": {"name": "Tessitura Lariana", "home_currency": "EUR"},
    "buyer": {"name": "Confeccoes Paulista", "country": "BRA", "rating": "BB"},
    "deal": {"amount": 180000, "currency": "USD", "payment_days": 120, "instrument": "open_account", "cost": 128000},
}
POOL_CSV_HEADER = "member,buyer_name,buyer_country,amount,currency,payment_days,instrument,buyer_rating"
POOL_CSV_ROW = "Tessitura,Confeccoes Paulista,BRA,180000,USD,120,open_account,BB"


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    """`exportrisk ARGS` in-process: exit code, stdout, stderr; an exception fails the test (a traceback)."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    except BaseException as exc:  # noqa: BLE001 - whatever escapes, the user would see a traceback
        pytest.fail(f"exportrisk {args[0]} raised {type(exc).__name__}: {exc!r:.300} (the user sees a traceback)")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def deal_with(**blocks: dict[str, Any]) -> dict[str, Any]:
    """GOOD_DEAL with each block updated (a top-level key given as `top={...}`)."""
    data = json.loads(json.dumps(GOOD_DEAL))
    for name, values in blocks.items():
        if name == "top":
            data.update(values)
        else:
            data.setdefault(name, {}).update(values)
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def deep_json(levels: int = 100_000) -> str:
    return '{"schema": 1, "exporter": ' + "[" * levels + "]" * levels + "}"


def deep_toml(levels: int = 50_000) -> str:
    return "schema = 1\nexporter = " + "[" * levels + "]" * levels + "\n"


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def plain_pdf() -> bytes:
    """A one-page PDF without any attachment."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, "not a report")
    canvas.save()
    return out.getvalue()


def pdf_with_attachment(name: str, data: bytes) -> bytes:
    """A PDF carrying `data` as the embedded file `name` (as ExportRisk's reports do)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain_pdf())))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_bomb(name: str, inflated: int = 300_000_000) -> bytes:
    """A PDF whose attachment is a zlib stream that inflates to `inflated` zero bytes (a decompression bomb)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain_pdf())))
    writer.add_attachment(name, b"{}")
    packer = zlib.compressobj(9)
    chunk = b"\0" * 10_000_000
    bomb = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk))) + packer.flush()
    for obj in writer._objects:  # the embedded file's stream: replace its data by the bomb
        if isinstance(obj, StreamObject) and obj.get("/Type") == "/EmbeddedFile":
            obj.set_data(b"")
            obj._data = bomb
            obj[NameObject("/Filter")] = NameObject("/FlateDecode")
            obj[NameObject("/Length")] = NumberObject(len(bomb))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_bad_length(name: str) -> bytes:
    """A report-like PDF whose attachment stream declares an absurd /Length."""
    pdf = pdf_with_attachment(name, json.dumps(GOOD_DEAL).encode())
    marker = pdf.index(b"/EmbeddedFile")
    start = pdf.rfind(b"<<", 0, marker)
    head = pdf[start:marker + 200]
    patched = re.sub(rb"/Length \d+", b"/Length 80000000", head, count=1)
    assert patched != head, "no /Length next to the embedded file"
    return pdf[:start] + patched + pdf[start + len(head):]
