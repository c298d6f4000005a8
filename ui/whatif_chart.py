"""The What-if tab's tornado chart: the minimum price against each input shifted, bars widest first around today's."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .charts import BLUE, GREY, ORANGE


def money(value: float) -> str:
    """A price in the window's locale, two decimals (Italian 185.828,25)."""
    return QLocale().toString(float(value), "f", 2)


def signed(value: float, decimals: int = 2) -> str:
    """A change with its sign, in the window's locale (+1.234,50 in Italian); one that rounds to zero has none."""
    text = QLocale().toString(abs(float(value)), "f", decimals)
    if round(value, decimals) == 0:
        return text
    return ("+" if value > 0 else "−") + text


@dataclass(frozen=True)
class Bar:
    """One input of the tornado: its shifts as (shift, minimum price); `spread` = the bar's extent, base included."""

    input: str
    label: str
    shifts: tuple[tuple[str, float], ...]
    spread: float


def tornado_bars(rows: tuple, base: float, labels: dict[str, str] | None = None) -> list[Bar]:
    """One bar per input with at least one minimum price, widest first (ties keep the inputs' order).

    spread = max(prices, base) - min(prices, base) over the input's shifts: how far one input moves the price.
    """
    grouped: dict[str, list[tuple[str, float]]] = {}
    for row in rows:
        if row.min_price is not None:
            grouped.setdefault(row.input, []).append((row.shift, float(row.min_price)))
    bars = []
    for name, shifts in grouped.items():
        prices = [price for _, price in shifts] + [base]
        bars.append(Bar(name, (labels or {}).get(name, name), tuple(shifts), max(prices) - min(prices)))
    return sorted(bars, key=lambda bar: -bar.spread)  # sorted() is stable: ties keep the table's order


def nice_ticks(half: float) -> list[float]:
    """Symmetric axis ticks at 1, 2 or 5 times a power of ten, at most three on each side of zero, within `half`."""
    raw = half / 3
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    count = int(half // step)
    return [k * step for k in range(-count, count + 1)]


class TornadoChart(QWidget):
    """Horizontal bars of the minimum price against each input, around the price now; widest bar on top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whatIfTornado")
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[Bar] = []
        self._shift_texts: dict[tuple[str, str], str] = {}
        self._base: float | None = None
        self._currency = ""
        self.stale = False

    def set_bars(self, bars: list[Bar], base: float | None, currency: str,
                 shift_texts: dict[tuple[str, str], str]) -> None:
        self._bars, self._base, self._currency, self._shift_texts = list(bars), base, currency, shift_texts
        self.stale = False
        self.update()

    def set_stale(self, stale: bool) -> None:
        self.stale = stale
        self.update()

    def bars(self) -> list[Bar]:
        """The bars top to bottom, as drawn."""
        return list(self._bars)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        if not self._bars or self._base is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("The chart appears here once the what-if figures are computed."))
            return
        if self.stale:
            painter.setOpacity(0.35)
        title = QFont(painter.font())
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft,
                         self.tr("Minimum price against each input (%1)").replace("%1", self._currency))
        painter.setFont(self.font())
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 12, self.width() * 0.38)
        end_width = max(metrics.horizontalAdvance(t) for t in self._shift_texts.values()) + 8 \
            if self._shift_texts else 40
        end_width = min(end_width, self.width() * 0.22)
        left, right = 8 + label_width + end_width, self.width() - 8 - end_width
        top, bottom = 4 + line * 1.8, self.height() - 2.6 * line
        prices = [p for b in self._bars for _, p in b.shifts] + [self._base]
        half = max(max(prices) - self._base, self._base - min(prices), 0.01) * 1.08
        scale = (right - left) / (2 * half)

        def x(price: float) -> float:
            return left + (price - self._base + half) * scale

        pitch = min((bottom - top) / len(self._bars), 2.2 * line)
        for i, bar in enumerate(self._bars):
            y = top + i * pitch
            height = pitch * 0.62
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(8, y, label_width - 6, pitch * 0.62),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 6)))
            for shift, price in bar.shifts:
                x0, x1 = sorted((x(self._base), x(price)))
                colour = QColor(ORANGE if price > self._base else BLUE)
                painter.fillRect(QRectF(x0, y, max(x1 - x0, 1.0), height), colour)
                text = self._shift_texts.get((bar.input, shift), shift)
                painter.setPen(QColor("#444444"))
                if price >= self._base:
                    rect = QRectF(x1 + 4, y, end_width, height)
                    align = Qt.AlignmentFlag.AlignLeft
                else:
                    rect = QRectF(x0 - 4 - end_width, y, end_width, height)
                    align = Qt.AlignmentFlag.AlignRight
                painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(end_width)))
        axis_y = top + len(self._bars) * pitch
        painter.setPen(QPen(QColor(GREY), 1))
        painter.drawLine(int(left), int(axis_y), int(right), int(axis_y))
        painter.setPen(QPen(QColor("#333333"), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x(self._base)), int(top - 4), int(x(self._base)), int(axis_y))
        painter.setPen(self.palette().text().color())
        for value in nice_ticks(half):
            painter.drawLine(int(x(self._base + value)), int(axis_y), int(x(self._base + value)), int(axis_y + 3))
            painter.drawText(QRectF(x(self._base + value) - 60, axis_y + 3, 120, line),
                             Qt.AlignmentFlag.AlignHCenter, signed(value, 0 if abs(value) >= 1 or not value else 2))
        painter.drawText(QRectF(x(self._base) - 150, axis_y + 3 + line, 300, line), Qt.AlignmentFlag.AlignHCenter,
                         self.tr("now: %1").replace("%1", money(self._base)))
        self._legend(painter, line)
        if self.stale:
            painter.setOpacity(1.0)
            text = self.tr("Updating…")
            box = QRectF(0, 0, painter.fontMetrics().horizontalAdvance(text) + 24, line * 1.8)
            box.moveCenter(QRectF(self.rect()).center())
            painter.setPen(QPen(QColor("#d9b25f"), 1))
            painter.setBrush(QColor("#fff4d6"))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#8a5a00"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _legend(self, painter: QPainter, line: int) -> None:
        x = self.width() - 8.0
        for colour, text in ((BLUE, self.tr("lowers the price")), (ORANGE, self.tr("raises the price"))):
            width = painter.fontMetrics().horizontalAdvance(text)
            x -= width
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x, 4, width + 2, line), Qt.AlignmentFlag.AlignLeft, text)
            x -= line * 0.8 + 4
            painter.fillRect(QRectF(x, 4 + line * 0.2, line * 0.8, line * 0.6), QColor(colour))
            x -= 14
