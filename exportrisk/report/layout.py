"""Table cells that wrap only between words: column widths fitted to the longest word, lines broken by hand."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

#: font sizes a table may shrink to, largest first, so that every column holds its longest word
SIZES = (7.5, 7.0, 6.5, 6.0)
#: a cell's left plus right padding (points), as data_table sets it
PADDING = 6.0
#: a word may also break after a hyphen between letters ("Franken-|Mindestkurses", "OECD-|Kategorien"), never
#: inside a run of letters, after a slash ("D/P") or in a number ("-7.231,68")
_BREAK = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_]{2})")


def words(text: str) -> list[str]:
    """`text` cut at its ordinary spaces only: a no-break space (Polish "1 000,00") holds its word together."""
    return [word for word in re.split(r"[ \t]+", text) if word]


def pieces(word: str) -> list[str]:
    """A word cut where a line may break inside it: after each hyphen between letters."""
    return [part for part in _BREAK.split(word) if part] or [word]


def longest_piece(text: str, font: str, size: float) -> float:
    """The width (points) of the widest unbreakable piece of `text`: the narrowest column that holds it whole."""
    return max((stringWidth(p, font, size) for word in words(text) for p in pieces(word)), default=0.0)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width`, only between words or after a hyphen inside one.

    A piece wider than `width` alone keeps its own line (the caller sized the column so that none is)."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in words(paragraph):
            parts = pieces(word)
            for i, part in enumerate(parts):
                glue = " " if line and i == 0 else ""
                if line and stringWidth(line + glue + part, font, size) > width:
                    out.append(line)
                    line = part
                else:
                    line += glue + part
        out.append(line)
    return out


def wrapped_markup(text: str, font: str, size: float, width: float) -> str:
    """Paragraph markup of `text` with its line breaks placed by wrap_lines (escaped: prints literally)."""
    return "<br/>".join(escape(line) for line in wrap_lines(text, font, size, width))


def fit_columns(columns: list[list[tuple[str, str]]], shares: tuple[float, ...], total: float,
                padding: float = PADDING) -> tuple[float, list[float]]:
    """The largest font size of SIZES at which every column holds its longest word, and the column widths.

    `columns[j]` lists column j's cells as (text, font). Widths start from `shares` of `total`; a column narrower
    than its longest word + padding is widened to it, and the excess is taken from the other columns in
    proportion to their slack (width above their own minimum). When even the smallest size does not fit, the
    smallest size and the plain shares are returned (a word may then be split: the last resort)."""
    for size in SIZES:
        need = [max((longest_piece(text, font, size) for text, font in cells), default=0.0) + padding + 0.5
                for cells in columns]
        if sum(need) > total:
            continue
        widths = [max(share * total, low) for share, low in zip(shares, need, strict=True)]
        excess = sum(widths) - total
        slack = [w - low for w, low in zip(widths, need, strict=True)]
        if excess > 0 and sum(slack) > 0:
            widths = [w - excess * s / sum(slack) for w, s in zip(widths, slack, strict=True)]
        return size, widths
    return SIZES[-1], [share * total for share in shares]
