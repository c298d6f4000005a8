"""Embed the deal or pool inputs in the PDF as a JSON attachment, and read them back."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from exportrisk.errors import InputError

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
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        attachments = PdfReader(str(path)).attachments
    except (OSError, PdfReadError, ValueError) as exc:
        raise InputError(f"{path} is not a readable PDF: {exc}.") from None
    if name not in attachments or not attachments[name]:
        raise InputError(f"{path} has no {name} attachment; it is not an ExportRisk report of this kind.")
    return attachments[name][0]
