"""Embed the deal or pool inputs in the PDF as a JSON attachment, and read them back."""

from __future__ import annotations

import io
import logging
from pathlib import Path

# pypdf logs every oddity of a damaged file; we report a failure ourselves, in one line.
logging.getLogger("pypdf").setLevel(logging.ERROR)

NAMES = ("exportrisk-deal.json", "exportrisk-pool.json")


def attach_json(pdf: bytes, name: str, data: bytes) -> bytes:
    """`pdf` with `data` attached as the embedded file `name` (pypdf keeps reportlab's fixed document ID)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_attachment(path: Path, name: str) -> bytes:
    """The attachment `name` of a report PDF, or InputError saying the file is not an ExportRisk report."""
    from exportrisk.safe_read import read_attachment_bytes

    return read_attachment_bytes(path, name)
