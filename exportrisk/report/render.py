"""Render a report model with reportlab platypus: named styles, small components, one builder per section."""

from __future__ import annotations

import io
from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import LayoutError

from exportrisk.errors import InputError
from exportrisk.paths import resource
from exportrisk.report.attachment import attach_json
from exportrisk.report.charts import HEIGHT_IN, WIDTH_IN, render_chart
from exportrisk.report.layout import PADDING, fit_columns, wrapped_markup
from exportrisk.report.model import Chart, Cover, Report, Section, Summary, Table

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK, ACCENT, LINE = colors.HexColor("#222222"), colors.HexColor("#1f4e79"), colors.HexColor("#c8d3de")
ALERT_COLOUR, ALERT_FILL = colors.HexColor("#c0392b"), colors.HexColor("#fdf0ee")
LIGHTS = {"low": colors.HexColor("#2e8b57"), "medium": colors.HexColor("#e0a000"), "high": colors.HexColor("#c0392b")}
MARGIN = 1.8 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
FRAME_HEIGHT = A4[1] - 3.4 * cm


def register_fonts() -> None:
    """Embed DejaVu Sans (full Latin Extended: Polish, Czech, Turkish, Romanian letters)."""
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered:
        pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts/DejaVuSans.ttf"))))
    if BOLD not in registered:
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts/DejaVuSans-Bold.ttf"))))
    # always: another part of the process may have registered the regular face without its family
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=8),
    "subtitle": ParagraphStyle("subtitle", fontName=FONT, fontSize=13, leading=17, textColor=INK, spaceAfter=18),
    "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=4,
                         spaceAfter=8, keepWithNext=1),
    "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=14, textColor=INK, spaceBefore=6,
                         spaceAfter=4, keepWithNext=1),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.5, textColor=INK, spaceAfter=6),
    "big": ParagraphStyle("big", fontName=BOLD, fontSize=15, leading=19, textColor=INK, spaceAfter=4),
    "note": ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=10, textColor=colors.HexColor("#555555"),
                           spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5, textColor=INK),
    "alert_note": ParagraphStyle("alert_note", fontName=FONT, fontSize=7, leading=9, leftIndent=9, spaceBefore=1,
                                 textColor=colors.HexColor("#555555")),
    "cell_right": ParagraphStyle("cell_right", fontName=FONT, fontSize=7.5, leading=9.5, textColor=INK,
                                 alignment=TA_RIGHT),
    "cell_head": ParagraphStyle("cell_head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=colors.white),
}


def para(text: str, style: str = "body", bold: bool = False) -> Paragraph:
    """A paragraph of plain text: reportlab markup in `text` is escaped and prints literally."""
    markup = escape(text).replace("\n", "<br/>")
    return Paragraph(f"<b>{markup}</b>" if bold else markup, STYLES[style])


class Light(Flowable):
    """A traffic light: a filled circle drawn straight on the canvas (no graphics-module fonts involved)."""

    def __init__(self, level: str) -> None:
        super().__init__()
        self.level = level
        self.width = self.height = 12

    def draw(self) -> None:
        self.canv.setFillColor(LIGHTS[self.level])
        self.canv.circle(6, 5, 5, stroke=0, fill=1)


def light(level: str) -> Light:
    return Light(level)


def facts_table(facts: tuple[tuple[str, str], ...]) -> RLTable:
    """Label/value rows; both wrap only between words (reportlab's own cell padding is 6 points a side)."""
    widths = (0.32 * FRAME_WIDTH, 0.68 * FRAME_WIDTH)
    size = STYLES["cell"].fontSize
    rows = [[Paragraph(f"<b>{wrapped_markup(k, BOLD, size, widths[0] - 12)}</b>", STYLES["cell"]),
             Paragraph(wrapped_markup(v, FONT, size, widths[1] - 12), STYLES["cell"])] for k, v in facts]
    table = RLTable(rows, colWidths=list(widths))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


def _cell_style(name: str, size: float) -> ParagraphStyle:
    """A table-cell style at font `size` (the table shrinks as a whole when a column cannot hold its words)."""
    base = STYLES[name]
    if size == base.fontSize:
        return base
    return ParagraphStyle(f"{name}_{size}", parent=base, fontSize=size, leading=round(size * 9.5 / 7.5, 2))


def data_table(table: Table) -> RLTable:
    """A table whose cells wrap only between words (or after a hyphen inside one): the columns are fitted so that
    each holds its longest word, at the largest font size that allows it, and the line breaks are placed here."""
    columns = [[(h, BOLD)] + [(row[j], FONT) for row in table.rows] for j, h in enumerate(table.headers)]
    size, widths = fit_columns(columns, table.widths, FRAME_WIDTH)
    head_style, left, right = (_cell_style(n, size) for n in ("cell_head", "cell", "cell_right"))

    def cell(text: str, style: ParagraphStyle, width: float) -> Paragraph:
        return Paragraph(wrapped_markup(text, style.fontName, style.fontSize, width - PADDING), style)

    head = [cell(h, head_style, w) for h, w in zip(table.headers, widths, strict=True)]
    body = [[cell(text, right if a == "r" else left, w) for text, a, w in zip(row, table.align, widths, strict=True)]
            for row in table.rows]
    out = RLTable([head, *body], colWidths=widths, repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), PADDING / 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), PADDING / 2),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, LINE), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    style += [("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor("#e8f0f8")) for i in table.emphasis]
    out.setStyle(TableStyle(style))
    return out


def chart_image(chart: Chart, cache: dict[int, bytes] | None = None) -> Image:
    """The chart as an image the frame's width; `cache` keeps each chart's PNG across layout passes."""
    cache = {} if cache is None else cache
    if id(chart) not in cache:
        cache[id(chart)] = render_chart(chart)
    width = FRAME_WIDTH
    return Image(io.BytesIO(cache[id(chart)]), width=width, height=width * (chart.height or HEIGHT_IN) / WIDTH_IN)


def build_cover(cover: Cover) -> list[Flowable]:
    story: list[Flowable] = []
    if cover.logo:
        logo = ImageReader(io.BytesIO(cover.logo))
        w, h = logo.getSize()
        story += [Image(io.BytesIO(cover.logo), width=4 * cm, height=4 * cm * h / w, hAlign="LEFT"),
                  Spacer(1, 0.8 * cm)]
    story += [Spacer(1, 3 * cm), para(cover.title, "title"), para(cover.subtitle, "subtitle"),
              facts_table(cover.facts), Spacer(1, 1.2 * cm)]
    if cover.prepared_by:
        story.append(para(cover.prepared_by, "body"))
    story += [para(cover.date_line, "note"), PageBreak()]
    return story


def alert_box(title: str, lines: tuple[str, ...], severe: bool, notes: tuple[str, ...] = ()) -> Flowable:
    """A framed block that a reader cannot miss: sanctions and cover policy that reach the deal (red when a
    measure does, grey for the reminders alone); `notes[i]`, when given, is printed under line i, indented."""
    frame, fill = (ALERT_COLOUR, ALERT_FILL) if severe else (LINE, colors.HexColor("#f5f7fa"))
    rows = [[para(title, "h2")]]
    for i, line in enumerate(lines):
        note = notes[i] if i < len(notes) else ""
        rows.append([[para(f"• {line}", "cell"), para(note, "alert_note")] if note else para(f"• {line}", "cell")])
    box = RLTable(rows, colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 1.2, frame),
                             ("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return box


def build_summary(summary: Summary) -> list[Flowable]:
    story: list[Flowable] = [para(summary.title, "h1")]
    if summary.alerts:
        story += [alert_box(summary.alerts_title, summary.alerts, summary.alerts_severe, summary.alert_notes),
                  Spacer(1, 0.3 * cm)]
    story += [para(summary.recommended_label, "h2"),
                             para(summary.recommended, "big"), para(summary.price_label, "h2"),
                             para(summary.price, "big"), Spacer(1, 0.3 * cm), para(summary.risks_title, "h2")]
    rows = [[light(r.level), para(r.level_label, "cell", bold=True), para(r.text, "cell")] for r in summary.risks]
    table = RLTable(rows, colWidths=[0.6 * cm, 2.2 * cm, FRAME_WIDTH - 2.8 * cm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    story += [table, Spacer(1, 0.3 * cm), para(summary.sentence, "body")]
    story += [para(note, "note") for note in summary.notes]
    if summary.top is not None:
        story += [para(summary.top_title, "h2"), data_table(summary.top), Spacer(1, 0.2 * cm)]
    if summary.uncovered:
        story.append(para(summary.uncovered, "body"))
    if summary.warnings:
        story += [para(summary.warnings_title, "h2")] + [para(f"• {w}", "note") for w in summary.warnings]
    story.append(PageBreak())
    return story


def build_section(section: Section, charts: dict[int, bytes] | None = None) -> list[Flowable]:
    """Title, paragraphs, facts, tables and their notes, then charts and the notes. With `keep_together` the
    section starts a new page rather than split; taller than a page, it flows on from the top of one."""
    head: list[Flowable] = [para(section.title, "h1")]
    head += [para(p) for p in section.paragraphs]
    if section.facts:
        head += [facts_table(section.facts), Spacer(1, 0.3 * cm)]
    for table in section.tables:
        head += [data_table(table), Spacer(1, 0.35 * cm)]
    if section.table_notes:
        head += [para(n, "note") for n in section.table_notes] + [Spacer(1, 0.2 * cm)]
    tail: list[Flowable] = []
    for chart in section.charts:  # an image never splits; a KeepTogether inside a KeepTogether would misjudge
        image = chart_image(chart, charts)
        tail += [image if section.keep_together else KeepTogether([image]), Spacer(1, 0.2 * cm)]
    tail += [para(n, "note") for n in section.notes]
    story = [KeepTogether(head + tail)] if section.keep_together else head + tail
    return ([PageBreak()] if section.new_page else []) + story


class NumberedCanvas(Canvas):
    """Keeps every page until the end so each can say "page x of y" (the reportlab two-pass recipe)."""

    def __init__(self, *args, header: str = "", page_label: str = "{page}/{pages}", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._header, self._label = header, page_label

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(MARGIN, A4[1] - 1.1 * cm, self._header)
                self.drawRightString(A4[0] - MARGIN, 1.0 * cm,
                                     self._label.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


class _EndMarker(Flowable):
    """Placed after the last flowable: records the height left free on the last page."""

    def __init__(self, record: dict[str, float]) -> None:
        super().__init__()
        self.record = record

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.record["free"] = avail_height
        return 0, 0

    def draw(self) -> None:
        pass


#: a last page filled less than this share of its frame looks left behind: the last section then starts a page
LAST_PAGE_MIN_FILL = 0.25


def _layout(report: Report, sections: tuple[Section, ...], charts: dict[int, bytes]) -> tuple[bytes, int, float]:
    """One reportlab pass: (PDF bytes, pages, share of the last page's frame that is filled)."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=1.8 * cm,
                          bottomMargin=1.8 * cm, title=report.cover.title, author=report.author,
                          subject=report.subject, creator="ExportRisk", invariant=1, lang=report.lang,
                          initialFontName=FONT)  # no Helvetica: every font in the file is embedded
    frame = Frame(MARGIN, 1.6 * cm, FRAME_WIDTH, FRAME_HEIGHT, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = build_cover(report.cover)
    if report.summary is not None:
        story += build_summary(report.summary)
    for section in sections:
        story += build_section(section, charts)
    end: dict[str, float] = {}
    story.append(_EndMarker(end))
    try:
        doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, header=report.header,
                                                                    page_label=report.page_label, **k))
    except LayoutError:  # a text too long for any page (names are limited on input; this is the backstop)
        raise InputError(code="report_layout", field="") from None
    inner = FRAME_HEIGHT - 2 * 6  # a Frame's default top and bottom padding
    return buffer.getvalue(), doc.page, 1 - end.get("free", 0.0) / inner


def render_pdf(report: Report) -> bytes:
    """The PDF bytes of `report`, with its inputs attached as JSON and its metadata (title, author, subject, print
    date); same model, same bytes. A nearly empty last page is avoided by starting the last section on a new
    page, which fills the last page with the whole section."""
    register_fonts()
    charts: dict[int, bytes] = {}
    pdf, pages, fill = _layout(report, report.sections, charts)
    if fill < LAST_PAGE_MIN_FILL and report.sections and not report.sections[-1].new_page and pages > 2:
        last = replace(report.sections[-1], new_page=True)
        again, pages_again, fill_again = _layout(report, (*report.sections[:-1], last), charts)
        if pages_again <= pages and fill_again > fill:
            pdf = again
    info = {"/Title": f"{report.cover.title}: {report.header}", "/Subject": report.subject,
            "/Author": report.author, "/Creator": "ExportRisk", "/Producer": "ExportRisk (ReportLab, pypdf)"}
    return attach_json(pdf, report.attachment_name, report.attachment, {k: v for k, v in info.items() if v},
                       report.printed)
