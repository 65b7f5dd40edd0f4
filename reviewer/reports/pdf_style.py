"""The look shared by every PDF report: the embedded font, colours, paragraph and table styles,
charts (reportlab.graphics), the page frame, and writing the file atomically.

Text is always set in the shipped DejaVu Sans (Cyrillic and Latvian letters included); reportlab's
built-in fonts are never used, not even for chart labels.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from reviewer.reports.i18n import Messages
from reviewer.reports.stats import Interval

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

# Colours: one calm accent, green for met, amber for partly, red for failed.
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#CBD2D9")
SHADE = colors.HexColor("#F5F7FA")
ACCENT = colors.HexColor("#2B6CB0")
ACCENT_LIGHT = colors.HexColor("#BEE3F8")
TEAM = colors.HexColor("#A0AEC0")
GOOD = colors.HexColor("#2F855A")
WARN = colors.HexColor("#B7791F")
BAD = colors.HexColor("#C53030")
BAD_LIGHT = colors.HexColor("#FFF5F5")
GOOD_LIGHT = colors.HexColor("#F0FFF4")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


class Cancelled(Exception):
    """The user cancelled while the report was being made; no file was written."""


class FontMissing(Exception):
    pass


@lru_cache(maxsize=None)
def register_fonts() -> None:
    """Register the shipped DejaVu Sans (regular and bold) with reportlab, once."""
    from reportlab.lib.fonts import addMapping

    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        path = FONTS_DIR / file
        if not path.is_file():
            raise FontMissing(f"{path}: the report font is missing; reinstall Reviewer")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Drawings start from these defaults; left alone they reference Helvetica in every chart.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    # <b> in paragraphs picks the bold face; there is no italic face, so italics stay upright.
    for bold, italic, face in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, face)


@lru_cache(maxsize=None)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "cell_muted": ParagraphStyle("cell_muted", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15, textColor=MUTED, spaceAfter=8),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=13.5, leading=18, spaceBefore=12, spaceAfter=5,
            textColor=ACCENT,
        ),
        # A rubric's part of the coaching report, and the headings inside it.
        "part": ParagraphStyle(
            "part", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=14, spaceAfter=2,
            textColor=INK,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
        "quote": ParagraphStyle("quote", parent=base, fontSize=9, leading=12.5),
        "quote_meta": ParagraphStyle("quote_meta", parent=base, fontSize=7.5, leading=10, textColor=MUTED),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=22, leading=26, textColor=ACCENT),
        "mid": ParagraphStyle("mid", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=INK),
        "label": ParagraphStyle("label", parent=base, fontSize=7.5, leading=10, textColor=MUTED),
    }


def p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: names and quotes may contain < and &)."""
    return Paragraph(escape(text), styles()[style])


def pm(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup built by the report code (values escaped by the caller)."""
    return Paragraph(markup, styles()[style])


def fmt_score(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}%"


def fmt_interval(interval: Interval, t: Messages) -> str:
    if interval.n == 0:
        return t("ci_none")
    if not interval.defined:
        return t("ci_undefined")
    return f"{interval.low:.1f}–{interval.high:.1f}%"


def fmt_ms(ms: int | None) -> str:
    if ms is None:
        return ""
    seconds = ms // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def score_colour(value: float | None):
    if value is None:
        return MUTED
    return GOOD if value >= 80 else WARN if value >= 60 else BAD


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Tables -----------------------------------------------------------------------------------


def table(rows: list[list], widths: Sequence[float], *, header: bool = True, numeric_from: int | None = None,
          extra: list | None = None) -> Table:
    """A light table: bold header over a rule, zebra rows, numbers right-aligned from a column on."""
    tbl = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    first = 1 if header else 0
    for row in range(first, len(rows)):
        if (row - first) % 2 == 1:
            commands.append(("BACKGROUND", (0, row), (-1, row), SHADE))
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    tbl.setStyle(TableStyle(commands + (extra or [])))
    return tbl


def quote_box(text: str, meta: str, *, good: bool = False, width: float = CONTENT_WIDTH) -> Table:
    """A quote as spoken, with a coloured bar on the left and where it comes from under it."""
    body = [[pm(f"“{escape(text)}”", "quote")], [p(meta, "quote_meta")]]
    box = Table(body, colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),  # cells default to Helvetica otherwise
                ("BACKGROUND", (0, 0), (-1, -1), GOOD_LIGHT if good else SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, GOOD if good else BAD),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
            ]
        )
    )
    return box


def key_figures(cells: list[tuple], width: float = CONTENT_WIDTH) -> Table:
    """A row of boxed figures: (label, value, note under the value[, value style])."""
    row = []
    for label, value, note, *style in cells:
        parts = [p(label, "label"), p(value, style[0] if style else "big")]
        if note:
            parts.append(p(note, "small"))
        row.append(parts)
    tbl = Table([row], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return tbl


# Charts -----------------------------------------------------------------------------------


def _label_font(obj, size: float = 7.5, colour=MUTED) -> None:
    obj.fontName = FONT
    obj.fontSize = size
    obj.fillColor = colour


def trend_chart(labels: list[str], values: list[float], counts: list[int], team_mean: float | None,
                legend: tuple[str, str], width: float = CONTENT_WIDTH, height: float = 58 * mm) -> Drawing:
    """Average score per period as a line with dots; the team average as a dashed line."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, height - 58
    data = [values]
    if team_mean is not None:
        data.append([team_mean] * len(values))
    chart.data = data
    chart.joinedLines = 1
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.8
    from reportlab.graphics.widgets.markers import makeMarker

    chart.lines[0].symbol = makeMarker("FilledCircle", size=4.5, fillColor=ACCENT, strokeColor=colors.white)
    if team_mean is not None:
        chart.lines[1].strokeColor = TEAM
        chart.lines[1].strokeWidth = 1
        chart.lines[1].strokeDashArray = (3, 2)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    _label_font(chart.valueAxis.labels)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = SHADE
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.strokeColor = RULE
    _label_font(chart.categoryAxis.labels, 7 if len(labels) <= 14 else 6)
    if len(labels) > 14:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    # The number of reviews above each dot: a trainer should see how thin a point is.
    chart.lineLabelArray = [[f"{n}" for n in counts]] + ([[""] * len(values)] if team_mean is not None else [])
    chart.lineLabelFormat = "values"
    chart.lineLabels.fontName = FONT
    chart.lineLabels.fontSize = 6.5
    chart.lineLabels.fillColor = MUTED
    chart.lineLabels.dy = 6
    drawing.add(chart)
    # Legend, drawn by hand so that it uses the embedded font.
    y = height - 10
    drawing.add(Line(30, y + 3, 44, y + 3, strokeColor=ACCENT, strokeWidth=1.8))
    drawing.add(String(48, y, legend[0], fontName=FONT, fontSize=7.5, fillColor=INK))
    if team_mean is not None:
        x = 48 + pdfmetrics.stringWidth(legend[0], FONT, 7.5) + 18
        drawing.add(Line(x, y + 3, x + 14, y + 3, strokeColor=TEAM, strokeWidth=1, strokeDashArray=(3, 2)))
        drawing.add(String(x + 18, y, legend[1], fontName=FONT, fontSize=7.5, fillColor=INK))
    return drawing


def wrap_width(text: str, size: float, max_width: float, font: str = FONT) -> list[str]:
    """The text broken into lines at most max_width points wide (a word longer than that keeps
    its own line): labels are wrapped, never cut."""
    lines: list[str] = []
    for word in text.split():
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def section_chart(titles: list[str], employee: list[float | None], team: list[float | None] | None,
                  legend: tuple[str, str], width: float = CONTENT_WIDTH) -> Drawing:
    """Section averages of the employee (accent) against the team (grey), horizontal bars 0-100 %.

    team None draws the employee alone (nobody else to compare with). Long section names wrap
    onto more lines; they are never cut."""
    register_fonts()
    wrapped = [wrap_width(t, 7.5, 190.0) for t in titles]
    label_width = max(pdfmetrics.stringWidth(line, FONT, 7.5) for lines in wrapped for line in lines) + 10
    lines_per_row = max(len(lines) for lines in wrapped)
    row = max(22, 9 * lines_per_row + 8) if team is not None else max(14, 9 * lines_per_row + 5)
    height = len(titles) * row + 40
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 22
    chart.width, chart.height = width - label_width - 30, len(titles) * row
    # Bar charts draw the first category at the bottom; reverse so the rubric order reads down.
    # None (every answer N/A) draws no bar rather than a misleading 0.
    series = [list(reversed(employee))] if team is None else [list(reversed(team)), list(reversed(employee))]
    chart.data = series
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in reversed(wrapped)]
    if team is None:
        chart.bars[0].fillColor = ACCENT
    else:
        chart.bars[0].fillColor = TEAM
        chart.bars[1].fillColor = ACCENT
    for i in range(len(series)):
        chart.bars[i].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = SHADE
    chart.valueAxis.strokeColor = RULE
    _label_font(chart.valueAxis.labels)
    chart.categoryAxis.strokeColor = RULE
    _label_font(chart.categoryAxis.labels, 7.5, INK)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.leading = 9
    chart.barLabelFormat = lambda v: "" if v is None else f"{v:.0f}"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    legend_box = Legend()
    legend_box.x, legend_box.y = label_width, height - 6
    legend_box.alignment = "right"
    legend_box.columnMaximum = 1
    legend_box.fontName = FONT
    legend_box.fontSize = 7.5
    legend_box.dx = legend_box.dy = 7
    legend_box.deltax = 90
    legend_box.colorNamePairs = [(ACCENT, legend[0])] + ([] if team is None else [(TEAM, legend[1])])
    drawing.add(legend_box)
    return drawing


def interval_chart(names: list[str], intervals: list[Interval], team_mean: float | None,
                   width: float = CONTENT_WIDTH) -> Drawing:
    """One row per employee: the mean as a dot, its 95 % interval as a bar, 0-100 % axis."""
    register_fonts()
    label_width = min(150.0, max([pdfmetrics.stringWidth(n, FONT, 7.5) for n in names] + [40]) + 10)
    row = 16
    plot_left, plot_width = label_width, width - label_width - 12
    height = len(names) * row + 30
    drawing = Drawing(width, height)
    top = height - 8

    def x_of(value: float) -> float:
        return plot_left + plot_width * max(0.0, min(100.0, value)) / 100.0

    for tick in range(0, 101, 20):
        x = x_of(tick)
        drawing.add(Line(x, 16, x, top, strokeColor=SHADE if tick else RULE, strokeWidth=0.6))
        drawing.add(String(x, 6, f"{tick}%", fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle"))
    if team_mean is not None:
        x = x_of(team_mean)
        drawing.add(Line(x, 16, x, top, strokeColor=TEAM, strokeWidth=1, strokeDashArray=(3, 2)))
    for i, (name, iv) in enumerate(zip(names, intervals)):
        y = top - (i + 0.5) * row
        drawing.add(String(plot_left - 6, y - 2.5, name, fontName=FONT, fontSize=7.5, fillColor=INK, textAnchor="end"))
        if iv.mean is None:
            continue
        if iv.defined:
            drawing.add(Rect(x_of(iv.low), y - 2.5, max(1.0, x_of(iv.high) - x_of(iv.low)), 5,
                             fillColor=ACCENT_LIGHT, strokeColor=None))
        drawing.add(Circle(x_of(iv.mean), y, 3.2, fillColor=score_colour(iv.mean), strokeColor=colors.white,
                           strokeWidth=0.6))
    return drawing


# The page frame and writing ---------------------------------------------------------------


class ReportDocument(BaseDocTemplate):
    """A4 pages with a running header (report and subject) and footer (date, page number).

    ``cancel`` is asked after every flowable, so a long report stops within a fraction of a second."""

    def __init__(self, target, *, title: str, subject: str, messages: Messages,
                 cancel: Callable[[], bool] | None = None):
        register_fonts()
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=f"{title}: {subject}",
            author="Reviewer",
            creator="Reviewer",
            initialFontName=FONT,  # else the canvas starts in Helvetica and embeds a reference to it
            initialFontSize=9,
        )
        self._cancel = cancel
        self._heading = title
        self._subject = subject
        self._messages = messages
        self._generated = datetime.now().strftime("%Y-%m-%d %H:%M")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def afterFlowable(self, flowable) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def _decorate(self, canvas, doc) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, top, shorten(f"{self._heading} · {self._subject}", 110))
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, self._messages("page", n=doc.page))
        canvas.drawString(MARGIN, MARGIN - 8 * mm, self._messages("generated", when=self._generated) + " · Reviewer")
        canvas.restoreState()


def write_atomically(path: str | os.PathLike, make: Callable[[object], None]) -> Path:
    """Run ``make(file)`` on a temporary file beside ``path`` and move it into place only when
    it succeeded, so a failed or cancelled report never leaves a broken or half-written PDF."""
    from reviewer.storage.leftovers import remove_stale_parts
    from reviewer.storage.private import user_file_mode

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_parts(folder, path.name)  # what a killed earlier run left beside it
    # The PID in the name tells a later run whether the writer is gone.
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=folder)
    try:
        # mkstemp makes it 0600; a report is for sharing, so it gets the user's usual mode
        os.fchmod(fd, user_file_mode())
        with os.fdopen(fd, "wb") as handle:
            make(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    return path
