"""The one guarded reader for user files: JSON, TOML, CSV and PDF attachments, with size and depth limits."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from exportrisk.errors import ExportRiskError, InputError, render_error

#: A deal, pool or parameter file is a few kilobytes; anything above this is not one.
MAX_STRUCTURED_BYTES = 2_000_000
#: A CSV of deals or receivables (a 50,000-row list is about 5 MB).
MAX_CSV_BYTES = 50_000_000
#: A report PDF with its charts is well under a megabyte; a received one may carry a logo.
MAX_PDF_BYTES = 50_000_000
#: The embedded deal or pool JSON of a report.
MAX_ATTACHMENT_BYTES = MAX_STRUCTURED_BYTES
#: Nesting of tables and lists: a pool file needs 4 levels; the parsers recurse once per level.
MAX_DEPTH = 32
#: Longest CSV field, in characters (a name is refused above 200 per row; a field beyond this refuses the file).
MAX_CSV_FIELD = 100_000
#: Longest piece of file content quoted back in an error message.
MAX_ECHO = 60


def echo(text: object) -> str:
    """A value from a file, shortened for an error message (so errors never dump foreign content)."""
    value = str(text)
    return value if len(value) <= MAX_ECHO else f"{value[:MAX_ECHO]}… ({len(value):,} characters)"


def _fail(error: type[ExportRiskError], code: str, **params: Any) -> ExportRiskError:
    """The error for a whole file (no field): an InputError with `code` and `params`, or another ExportRiskError
    (a data file's) with the English text of the same template."""
    if issubclass(error, InputError):
        return error(code=code, field="", **params)
    return error(render_error("en", code, params))


def read_bytes(path: Path, limit: int, what: str, error: type[ExportRiskError] = InputError) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; FIFOs, devices and folders are refused."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _fail(error, "file_not_found", path=str(path)) from None
    except OSError as exc:
        raise _fail(error, "file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise _fail(error, "file_not_regular", path=str(path))
    if info.st_size > limit:
        raise _fail(error, "file_too_big", path=str(path), size=info.st_size, limit=limit)
    try:
        with path.open("rb") as handle:
            # the size it had (a buffer of `limit` bytes costs more than the read), then whatever it grew by
            data = handle.read(min(info.st_size, limit) + 1)
            if len(data) <= limit and len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise _fail(error, "file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise _fail(error, "file_too_big", path=str(path), size=len(data), limit=limit)
    return data


def decode_utf8(data: bytes, origin: str, error: type[ExportRiskError] = InputError, bom: bool = False) -> str:
    """UTF-8 text (a leading byte-order mark dropped when `bom`), or one line naming the byte at fault."""
    try:
        return data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(error, "not_utf8", path=origin, byte=exc.start) from None


def read_text(path: Path, limit: int, what: str, error: type[ExportRiskError] = InputError,
              bom: bool = False) -> str:
    """A regular UTF-8 text file of at most `limit` bytes (see read_bytes)."""
    return decode_utf8(read_bytes(path, limit, what, error), str(path), error, bom)


#: What nesting_depth looks at: a string's opening quote, a comment, a bracket or a brace (all else is skipped).
_SIGNIFICANT = re.compile(r"[\"'#\[\]{}]")
#: The body of a string after its opening quote(s), up to where its closing quote(s) would start: a backslash
#: escapes the next character in basic strings ("), literal strings (') have no escapes, and a one-line string
#: also stops at a newline.
_STRING_BODY = {
    '"': re.compile(r'(?:[^"\\\n]|\\[\s\S])*'),
    '"""': re.compile(r'(?:[^"\\]|\\[\s\S]|"(?!""))*'),
    "'": re.compile(r"[^'\n]*"),
    "'''": re.compile(r"(?:[^']|'(?!''))*"),
}


def nesting_depth(text: str) -> int:
    """Deepest nesting of [ ] and { } outside strings and comments, for JSON and TOML alike.

    TOML table headers ([a], [[a]]) count as one or two levels and close at once, so they never add up. The
    text is scanned by regular expressions from one significant character to the next (a character loop in
    Python took milliseconds for parameters.toml).
    """
    depth = deepest = 0
    i, n = 0, len(text)
    search = _SIGNIFICANT.search
    while (found := search(text, i)) is not None:
        i = found.start()
        ch = text[i]
        if ch in "\"'":
            opening = ch * 3 if text.startswith(ch * 3, i) else ch
            i = _STRING_BODY[opening].match(text, i + len(opening)).end()
            if i < n and text[i] == "\\":  # a backslash ending the text escapes nothing: the string runs to the end
                return deepest
            i += len(opening) if len(opening) == 3 else 1  # past the closing quote(s), or the newline
            continue
        if ch == "#":
            i = text.find("\n", i)
            if i < 0:
                return deepest
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(depth - 1, 0)
        i += 1
    return deepest


def parse_structured(text: str, suffix: str, origin: str, kind: str,
                     error: type[ExportRiskError] = InputError) -> Any:
    """JSON or TOML text (by `suffix`) as data; syntax errors say where, too deep or too big is refused."""
    if suffix not in (".json", ".toml"):
        raise _fail(error, "file_suffix", path=origin)
    if len(text) > MAX_STRUCTURED_BYTES:
        raise _fail(error, "file_too_long", path=origin, length=len(text), limit=MAX_STRUCTURED_BYTES)
    if nesting_depth(text) > MAX_DEPTH:
        raise _fail(error, "file_too_deep", path=origin, limit=MAX_DEPTH)
    try:
        if suffix == ".json":
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                raise _fail(error, "syntax_error", path=origin, syntax="JSON", line=exc.lineno, column=exc.colno,
                            reason=exc.msg) from None
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise _toml_error(error, origin, str(exc)) from None
    except RecursionError:  # a nesting the scan above missed: still one line
        raise _fail(error, "file_too_deep", path=origin, limit=MAX_DEPTH) from None


def _toml_error(error: type[ExportRiskError], origin: str, message: str) -> ExportRiskError:
    """tomllib's "Invalid value (at line 3, column 9)" as the line, column and reason of a syntax error."""
    found = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", message, re.DOTALL)
    if found:
        return _fail(error, "syntax_error", path=origin, syntax="TOML", line=int(found[2]), column=int(found[3]),
                     reason=found[1])
    return _fail(error, "syntax_error_end", path=origin, syntax="TOML", reason=message.removesuffix(
        " (at end of document)"))


def read_structured(path: Path, what: str, kind: str, error: type[ExportRiskError] = InputError) -> Any:
    """A .json or .toml file read and parsed under the limits above."""
    path = Path(path)
    text = read_text(path, MAX_STRUCTURED_BYTES, what, error)
    return parse_structured(text, path.suffix.lower(), str(path), kind, error)


def csv_records(text: str, origin: str, error: type[ExportRiskError] = InputError) -> list[tuple[int, list[str]]]:
    """(line number, fields) of every CSV record; a field over MAX_CSV_FIELD characters or a broken quote is
    one line naming the line (csv's own limit, 131,072 characters, would raise _csv.Error)."""
    out = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        if len(text) <= MAX_CSV_FIELD:  # no field can be longer than the text: nothing to check per record
            return [(reader.line_num, fields) for fields in reader]
        for fields in reader:
            longest = max(map(len, fields), default=0)
            if longest > MAX_CSV_FIELD:
                raise _fail(error, "csv_field_too_long", path=origin, line=reader.line_num, length=longest,
                            limit=MAX_CSV_FIELD)
            out.append((reader.line_num, fields))
    except csv.Error as exc:
        raise _fail(error, "csv_syntax", path=origin, line=reader.line_num + 1, reason=str(exc)) from None
    return out


def csv_dicts(text: str, origin: str, error: type[ExportRiskError] = InputError,
              ) -> tuple[list[str], list[tuple[int, dict[str | None, Any]]]]:
    """Header and (line number, row) pairs as csv.DictReader gives them: extra fields under None, missing ones
    None, blank lines skipped."""
    records = [(n, f) for n, f in csv_records(text, origin, error) if f]
    if not records:
        return [], []
    header, out = records[0][1], []
    for number, fields in records[1:]:
        row: dict[str | None, Any] = {name: (fields[i] if i < len(fields) else None) for i, name in enumerate(header)}
        if len(fields) > len(header):
            row[None] = fields[len(header):]
        out.append((number, row))
    return header, out


def read_attachment_bytes(path: Path, name: str, error: type[ExportRiskError] = InputError) -> bytes:
    """The embedded file `name` of a PDF, both the PDF and the attachment within the size limits."""
    data = read_bytes(path, MAX_PDF_BYTES, "The PDF", error)
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # we report a damaged file ourselves, in one line
    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        found = attachments.get(name) if name in attachments else None
    except Exception as exc:  # pypdf raises many kinds on damaged files (limits, lengths, syntax)
        raise _fail(error, "pdf_unreadable", path=str(path), reason=type(exc).__name__) from None
    if not found:
        raise _fail(error, "pdf_no_attachment", path=str(path))
    content = found[0]
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _fail(error, "pdf_attachment_too_big", path=str(path), size=len(content), limit=MAX_ATTACHMENT_BYTES)
    return content


def read_attached_json(path: Path, name: str, error: type[ExportRiskError] = InputError) -> Any:
    """The embedded JSON `name` of a report PDF, decoded and parsed under the limits above."""
    text = decode_utf8(read_attachment_bytes(path, name, error), f"{path} (embedded {name})", error)
    return parse_structured(text, ".json", f"{path} (embedded {name})", "report attachment", error)
