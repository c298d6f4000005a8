"""Fixture PDFs laid out like the OECD's country risk list, built with reportlab at test time, in several layouts."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exportrisk.paths import resources_dir

INSTALLED = resources_dir() / "country" / "oecd_country_risk.csv"
FONT = "DejaVuSans"  # a font with every accent and typographic apostrophe


def installed_rows() -> list[dict[str, str]]:
    lines = [line for line in INSTALLED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def published(changes: dict[str, str] | None = None, names: dict[str, str] | None = None,
              drop: tuple[str, ...] = ()) -> list[tuple[str, str, str, str]]:
    """The installed list as (iso3, printed name, prior, current): the prior is the installed category, `changes`
    the new ones, `names` how the PDF prints some names."""
    changes, names = changes or {}, names or {}
    return [(r["iso3"], names.get(r["iso3"], r["country"]), r["category"], changes.get(r["iso3"], r["category"]))
            for r in installed_rows() if r["iso3"] not in drop]


@dataclass
class Layout:
    """How one edition prints the list."""

    valid: str = "Valid as of: 30 January 2026"   # the line under the title ("" for none)
    valid_below: str = ""                        # a date on the line after `valid`
    prior_head: str = "Prior Classification\n27 June 2025"
    current_head: str = "Current Classification\n30 January 2026"
    blocks: int = 1                              # side-by-side column groups
    codes: bool = False                          # a country-code column before the name
    dash: str = "-(1)"                           # how an unclassified country's category is printed
    name_width: float | None = None              # points: a narrow name column wraps long names
    page_numbers: str = ""                       # e.g. "Page {n}" drawn at each page's foot
    footnotes: tuple[str, ...] = field(default=(
        "(1) Not classified: High Income OECD and High Income Euro Area countries are subject to market pricing; "
        "very small economies are not classified.",))
    landscape: bool = False


def _font() -> None:
    """The report's own registration (regular, bold and their family), so later reports in the process work."""
    from exportrisk.report.render import register_fonts

    register_fonts()


def oecd_pdf(path: Path, rows: list[tuple[str, str, str, str]], layout: Layout | None = None) -> Path:
    """Write the list `rows` as a PDF in `layout`."""
    layout = layout or Layout()
    _font()
    styles = getSampleStyleSheet()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9, splitLongWords=0)  # words whole
    head = (["Country Code"] if layout.codes else []) + ["Country Name", layout.prior_head, layout.current_head]

    def shown(category: str) -> str:
        return layout.dash if category in ("HI", "NC") else category

    def name(text: str):
        return Paragraph(text, cell) if layout.name_width else text

    cells = [([iso3] if layout.codes else []) + [name(n), shown(p), shown(c)] for iso3, n, p, c in rows]
    width = len(head)
    height = -(-len(cells) // layout.blocks)
    table = [head * layout.blocks]
    for i in range(height):
        line: list = []
        for b in range(layout.blocks):
            k = b * height + i
            line += cells[k] if k < len(cells) else [""] * width
        table.append(line)
    widths = None
    if layout.name_width:
        one = ([36] if layout.codes else []) + [layout.name_width, 62, 62]
        widths = one * layout.blocks
    grid = Table(table, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("FONTSIZE", (0, 0), (-1, -1), 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = ParagraphStyle("t", parent=styles["Title"], fontName=FONT)
    normal = ParagraphStyle("n", parent=styles["Normal"], fontName=FONT, fontSize=7)
    story = [Paragraph("Country Risk Classifications of the Participants to the Arrangement on Officially Supported "
                       "Export Credits", title)]
    if layout.valid:
        story.append(Paragraph(layout.valid, ParagraphStyle("v", parent=styles["Heading3"], fontName=FONT)))
    if layout.valid_below:
        story.append(Paragraph(layout.valid_below, normal))
    story += [Spacer(1, 8), grid, Spacer(1, 8)] + [Paragraph(text, normal) for text in layout.footnotes]

    def foot(canvas, doc) -> None:
        if layout.page_numbers:
            canvas.setFont(FONT, 7)
            canvas.drawCentredString(doc.pagesize[0] / 2, 20, layout.page_numbers.format(n=doc.page))

    size = landscape(A4) if layout.landscape else A4
    SimpleDocTemplate(str(path), pagesize=size, leftMargin=30, rightMargin=30).build(
        story, onFirstPage=foot, onLaterPages=foot)
    return path
