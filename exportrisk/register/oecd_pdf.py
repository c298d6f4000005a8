"""The OECD country risk list read from its PDF (cre-crc-current-english.pdf) into the table's CSV, or refused whole.

The published layout: a title, a "valid as of <date>" line, then one or more side-by-side column groups of
[country code,] country name, prior and current classification (0-7, or a dash for the unclassified, often with a
footnote mark), under column heads that carry the two dates, repeated on every page; footnotes and page numbers at
the foot. What varies between editions and is read here: the number of column groups, a wrapped country name (the
rest of it on the line above or below, in the same column), names with commas or parentheses ("Korea, Republic of",
"Congo (Democratic Republic of the)"), typographic apostrophes and missing accents ("Cote d’Ivoire"), footnote marks
as "(5)", "5)", "*" or superscripts, the date written "30 January 2026", "30-Jan-2026", "January 30, 2026",
"30/01/2026" or "2026-01-30", on the valid-as-of line or the line after it, or only in the column heads.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exportrisk.errors import InputError
from exportrisk.paths import resources_dir
from exportrisk.register.archive import user_copy

TABLE = "country/oecd_country_risk.csv"
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), start=1)}
_DATE = re.compile(r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
                   r"|(?P<dd>\d{1,2})\.?[ -](?P<dm>[A-Za-z]{3,9})\.?[\s,-]+(?P<dy>\d{4})"
                   r"|(?P<mm>[A-Za-z]{3,9})\.? (?P<md>\d{1,2}),? (?P<my>\d{4})"
                   r"|(?P<nd>\d{1,2})[/.](?P<nm>\d{1,2})[/.](?P<ny>\d{4})")
_VALID = re.compile(r"(?:valid|effective)\s+(?:as\s+)?(?:of|from)\s*:?\s*", re.IGNORECASE)
_HEAD = re.compile(r"current\s+classif", re.IGNORECASE)
_MARK = r"(?:\(\d{1,2}\)|\d{1,2}\)|\*+|\u2020+|[\u00b9\u00b2\u00b3\u2070-\u2079]+)"
#: a category cell: 0-7, HI, NC or a dash, maybe with a footnote mark "(5)", "5)", "*" or a superscript
_CATEGORY = re.compile(r"([0-7]|HI|NC|[-\u2010-\u2015\u2212])\s*" + _MARK + "?")
_FOOTNOTE = re.compile(r"\s*" + _MARK + "$")
_CODE = re.compile(r"[A-Z]{3}")
_PAGE = re.compile(r"(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?", re.IGNORECASE)
#: apostrophes, quotes and hyphens a PDF may print for the plain ones
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2010": "-",
                        "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u00a0": " "})
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@dataclass(frozen=True)
class Row:
    """One country as a layout line shows it: code (or ""), name, prior and current category, where it stands."""

    line: int
    column: int
    code: str
    name: str
    prior: str
    current: str


@dataclass(frozen=True)
class Fragment:
    """A cell of text alone on a line: a title, a footnote, or part of a wrapped country name."""

    line: int
    column: int
    text: str


def dates(text: str) -> list[date]:
    """Every date written in `text`, in order (a day or month that does not exist is skipped)."""
    found = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        try:
            if g["iy"]:
                found.append(date(int(g["iy"]), int(g["im"]), int(g["id"])))
            elif g["dm"] and g["dm"][:3].lower() in MONTHS:
                found.append(date(int(g["dy"]), MONTHS[g["dm"][:3].lower()], int(g["dd"])))
            elif g["mm"] and g["mm"][:3].lower() in MONTHS:
                found.append(date(int(g["my"]), MONTHS[g["mm"][:3].lower()], int(g["md"])))
            elif g["nd"]:
                found.append(date(int(g["ny"]), int(g["nm"]), int(g["nd"])))
        except ValueError:
            continue
    return found


def name_key(name: str) -> str:
    """A country name as compared: plain apostrophes and hyphens, no accents, no footnote mark, one space, casefold."""
    text = unicodedata.normalize("NFKC", name).translate(_PLAIN)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_FOOTNOTE.sub("", text).split()).casefold()


def _variants(name: str) -> list[str]:
    """The name as written, then turned around at a comma or a parenthesis: "Korea, Republic of" -> "Republic of
    Korea", "Congo (Democratic Republic of the)" -> "Democratic Republic of the Congo"."""
    out = [name]
    head, comma, tail = name.partition(",")
    if comma and tail.strip():
        out.append(f"{tail.strip()} {head.strip()}")
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:  # never the part before the parenthesis alone: "Congo (Democratic Republic of the)" is not "Congo"
        out.append(f"{m.group(2)} {m.group(1)}")
    return out


def resolver(names: dict[str, str]):
    """A function from a printed name to its ISO3 code, or None: the current list's names and aliases first, then
    the ISO 3166 names pycountry knows exactly (no fuzzy match), for the name as written and turned around."""
    import pycountry

    keyed = {name_key(k): v for k, v in names.items()}

    def resolve(name: str) -> str | None:
        for variant in _variants(name.strip()):
            iso3 = keyed.get(name_key(variant))
            if iso3 is not None:
                return iso3
        for variant in _variants(name.strip()):
            try:
                return pycountry.countries.lookup(" ".join(_FOOTNOTE.sub("", variant.translate(_PLAIN)).split()))\
                    .alpha_3
            except LookupError:
                continue
        return None

    return resolve


_CAT = r"(?:[0-7]|HI|NC|[-\u2010-\u2015\u2212])" + _MARK + "?"
#: a cell where a narrow column ran the name into its categories: "Chad 7 7", or "Chad 7" before a "7" cell
_RUN_TWO = re.compile(r"(?P<name>.*[^\W\d_].*?) (?P<a>" + _CAT + ") (?P<b>" + _CAT + ")")
_RUN_ONE = re.compile(r"(?P<name>.*[^\W\d_].*?) (?P<a>" + _CAT + ")")


def _cells(line: str) -> list[tuple[int, str]]:
    """A layout line's cells (separated by two spaces or more) with the column each starts at; a name run into
    its categories by single spaces is cut apart again."""
    raw = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    out: list[tuple[int, str]] = []
    for i, (col, text) in enumerate(raw):
        two = _RUN_TWO.fullmatch(text)
        one = _RUN_ONE.fullmatch(text) if i + 1 < len(raw) and _CATEGORY.fullmatch(raw[i + 1][1]) else None
        if two and not _CATEGORY.fullmatch(two.group("name")):
            out += [(col, two.group("name")), (col + two.start("a"), two.group("a")),
                    (col + two.start("b"), two.group("b"))]
        elif one and not _CATEGORY.fullmatch(one.group("name")):
            out += [(col, one.group("name")), (col + one.start("a"), one.group("a"))]
        else:
            out.append((col, text))
    return out


def read_line(number: int, line: str) -> tuple[list[Row], list[Fragment], bool]:
    """The rows and text fragments of one layout line, and whether a category cell was left over (a bad line)."""
    cells = _cells(line)
    rows, fragments, stray = [], [], False
    i = 0
    while i < len(cells):
        col, text = cells[i]
        code = text if _CODE.fullmatch(text) and i + 3 < len(cells) else ""
        j = i + bool(code)
        if j + 2 < len(cells) and not _CATEGORY.fullmatch(cells[j][1]):
            prior, current = (_CATEGORY.fullmatch(c) for _, c in cells[j + 1:j + 3])
            if prior and current:
                rows.append(Row(number, cells[j][0], code, _FOOTNOTE.sub("", cells[j][1]).strip(), prior.group(1),
                                current.group(1)))
                i = j + 3
                continue
        if _CATEGORY.fullmatch(text):
            stray = True
        else:
            fragments.append(Fragment(number, col, text))
        i += 1
    if stray and (len(cells) == 1 and _PAGE.fullmatch(line.strip()) or dates(line)):
        stray = False  # a page number, or a column head's date
    return rows, fragments, stray


def pdf_lines(content: bytes, label: str) -> list[str]:
    """The PDF's text, page after page, as layout lines (columns kept apart by spaces)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet = logging.getLogger("pypdf")
    level, quiet.level = quiet.level, logging.ERROR  # a damaged file is refused in one line, not logged too
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            raise InputError(code="data_pdf_unreadable", field="import.file", path=label, reason="encrypted")
        return [line for page in reader.pages for line in page.extract_text(extraction_mode="layout").splitlines()]
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise InputError(code="data_pdf_unreadable", field="import.file", path=label,
                         reason=str(exc) or type(exc).__name__) from None
    finally:
        quiet.setLevel(level)


def list_date(lines: list[str], label: str) -> date:
    """The list's date: its 'valid as of' date (on that line or the next), or the current column's date in the
    column heads; every one written must agree, or the PDF is refused."""
    valid = []
    for i, line in enumerate(lines):
        for m in _VALID.finditer(line):
            found = dates(line[m.end():]) or (dates(lines[i + 1])[:1] if i + 1 < len(lines) else [])
            valid += found[:1]
    heads = [i for i, line in enumerate(lines) if _HEAD.search(line) or (
        re.search(r"current\s*$", line, re.IGNORECASE) and i + 1 < len(lines)
        and re.match(r"\s*classif", lines[i + 1], re.IGNORECASE))]
    column = [d for i in heads[:1] for d in dates(" ".join(lines[i:i + 3]))]  # the heads may wrap over 3 lines
    current_dates = set(column[1::2]) if column and len(column) % 2 == 0 else set()  # (prior, current) pairs
    as_of = valid[0] if valid else (min(current_dates) if len(current_dates) == 1 else None)
    if as_of is None or len(set(valid)) > 1 or (column and current_dates != {as_of}):
        raise InputError(code="data_pdf_no_date", field="import.file", path=label)
    return as_of


#: how far (layout characters) the rest of a wrapped name may start from the name's own column
WRAP_COLUMNS = 3
#: a wrapped name runs over at most this many more lines
WRAP_LINES = 3


def _chain(row: Row, fragments: dict[int, list[Fragment]], used: set[Fragment], step: int) -> list[Fragment]:
    """The text alone in the row's column on the lines just below (step 1) or above (step -1) it."""
    out = []
    for k in range(1, WRAP_LINES + 1):
        part = next((f for f in fragments.get(row.line + step * k, ()) if f not in used
                     and abs(f.column - row.column) <= WRAP_COLUMNS), None)
        if part is None:
            break
        out.append(part)
    return out


def _joined(row: Row, fragments: dict[int, list[Fragment]], used: set[Fragment], resolve) -> tuple[str, str | None]:
    """A row's name, joined with the rest of it when the name wrapped: text alone in the same column on the lines
    below or above that makes a known country with it ("Bosnia and" over "Herzegovina"; "Congo" over "(Democratic"
    over "Republic of the)", which without them would be another country). Otherwise the name as it stands."""
    for step in (1, -1):
        parts = _chain(row, fragments, used, step)
        for k in range(1, len(parts) + 1):
            texts = [p.text for p in parts[:k]]
            name = " ".join([row.name, *texts] if step == 1 else [*reversed(texts), row.name])
            iso3 = resolve(name)
            if iso3 is not None and (not row.code or row.code == iso3):
                used.update(parts[:k])
                return name, iso3
    return row.name, resolve(row.name)


def current_table() -> bytes:
    """The OECD table a quote reads now: the user's copy where there is one, else the installed one."""
    mine = user_copy(TABLE)
    return mine.read_bytes() if mine.is_file() else (resources_dir() / TABLE).read_bytes()


def _table_rows(content: bytes) -> list[dict[str, str]]:
    text = content.decode("utf-8-sig")
    return list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))


def pdf_to_csv(content: bytes, label: str, current_csv: bytes | None = None) -> bytes:
    """The OECD list's PDF as the table's CSV, or InputError naming what did not parse: never half a table.

    Robustness rules, each a refusal: a 'valid as of' date (or the current column's date, and both agree); every
    line that holds a category reads as whole rows; every name is a country of the current list, its aliases or
    an ISO 3166 name; no country twice and none of the current list missing; a '-' only where the current list has
    HI or NC (the PDF's dash does not say which). Notes: HI and NC keep the current note; a changed category says
    from what. `current_csv`: the table to compare with (default: the one a quote reads now)."""
    return lines_to_csv([line for line in pdf_lines(content, label) if line.strip()], label, current_csv)


def lines_to_csv(lines: list[str], label: str, current_csv: bytes | None = None) -> bytes:
    """pdf_to_csv on the PDF's layout lines."""
    from exportrisk.country.classification import load_countries

    as_of = list_date(lines, label)
    current_csv = current_table() if current_csv is None else current_csv
    current = {r["iso3"]: r for r in _table_rows(current_csv)}
    resolve = resolver({**load_countries().aliases, **{r["country"]: iso3 for iso3, r in current.items()}})
    found: list[Row] = []
    fragments: dict[int, list[Fragment]] = {}
    bad = []
    for number, line in enumerate(lines):
        rows, parts, stray = read_line(number, line)
        found += rows
        fragments[number] = parts
        if stray:
            bad.append(" ".join(line.split()))
    rows_out: dict[str, dict[str, str]] = {}
    unknown, twice, dashed = [], [], []
    used: set[Fragment] = set()
    for row in found:
        name, iso3 = _joined(row, fragments, used, resolve)
        if iso3 is None or (row.code and row.code != iso3):
            unknown.append(" ".join(lines[row.line].split()))  # the line, as the PDF prints it
            continue
        if iso3 in rows_out:
            twice.append(name)
        old = current.get(iso3, {"category": "", "note": ""})
        category = row.current
        if category in DASHES:
            if old["category"] not in ("HI", "NC"):
                dashed.append(name)
            category, note = old["category"], old["note"]
        elif row.prior != category and row.prior in "01234567":
            note = f"changed from {row.prior}"
        else:
            note = "" if old["note"].startswith("changed from") or old["category"] != category else old["note"]
        rows_out[iso3] = {"iso3": iso3, "country": current.get(iso3, {}).get("country", name), "category": category,
                          "note": note}
    problems = [("data_pdf_bad_lines", bad), ("data_pdf_unknown_countries", unknown),
                ("data_pdf_duplicates", twice), ("data_pdf_unclassified", dashed),
                ("data_pdf_missing_countries", [current[k]["country"] for k in current if k not in rows_out])]
    for code, items in problems:
        if items:
            raise InputError(code=code, field="import.file", path=label, count=len(items),
                             items="; ".join(items[:5]) + ("; ..." if len(items) > 5 else ""))
    kept = [line for line in current_csv.decode("utf-8-sig").splitlines()
            if line.startswith("# category:") or line.startswith("# ExportRisk table:")]
    out = io.StringIO()
    out.write("\n".join([*kept[:1], f"# source: OECD, Country Risk Classifications, list valid as of "
                         f"{as_of.isoformat()} (oecd.org, cre-crc-current-english.pdf, imported from "
                         f"{Path(label).name})", f"# as_of: {as_of.isoformat()}", "# schema: 1", *kept[1:]]) + "\n")
    writer = csv.DictWriter(out, ["iso3", "country", "category", "note"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows_out.values())
    return out.getvalue().encode("utf-8")
