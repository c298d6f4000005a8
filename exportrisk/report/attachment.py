"""Embed the deal or pool inputs in the PDF as a JSON attachment, and read them back."""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

# pypdf logs every oddity of a damaged file; we report a failure ourselves, in one line.
logging.getLogger("pypdf").setLevel(logging.ERROR)

NAMES = ("exportrisk-deal.json", "exportrisk-pool.json")


def pdf_date(stamp: datetime) -> str:
    """A PDF date string (ISO 32000-1, 7.9.4): D:YYYYMMDDHHmmSS+HH'mm'."""
    offset = stamp.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"D:{stamp:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def attach_json(pdf: bytes, name: str, data: bytes, info: Mapping[str, str] | None = None,
                created: datetime | None = None) -> bytes:
    """`pdf` with `data` attached as the embedded file `name`, and its document information replaced by `info`
    (keys such as "/Title") and `created` as creation and modification date (pypdf keeps reportlab's document
    ID, which depends on the content alone)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    if info is not None or created is not None:
        fields = dict(info or {})
        if created is not None:
            fields["/CreationDate"] = fields["/ModDate"] = pdf_date(created)
        writer.add_metadata(fields)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_attachment(path: Path, name: str) -> bytes:
    """The attachment `name` of a report PDF, or InputError saying the file is not an ExportRisk report."""
    from exportrisk.safe_read import read_attachment_bytes

    return read_attachment_bytes(path, name)
