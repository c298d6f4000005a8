"""Charts of a quote: FX history with its 90 % band, retained-loss distributions, cost versus retained risk.

matplotlib is imported on the first result only (the app's start-up does not pay for it). The panel computes
nothing: it plots the numbers the engine put in `QuoteResult` (and `QuoteResult.charts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from . import i18n

if TYPE_CHECKING:  # the engine (numpy, pandas) is imported after the window is up
    from exportrisk.engine.result import QuoteResult


def quantile_levels() -> tuple[float, ...]:
    from exportrisk.engine.result import QUANTILE_LEVELS

    return QUANTILE_LEVELS

BLUE, ORANGE, GREY = "#1f4e79", "#d9822b", "#8c8c8c"
PALETTE = ("#1f4e79", "#4f81bd", "#2e8b57", "#8064a2", "#c0504d", "#4bacc6", "#7f7f7f", "#9bbb59",
           "#b5651d", "#17becf", "#bcbd22", "#e377c2", "#5a5a5a")
STYLE = {"font.size": 8, "axes.spines.top": False, "axes.spines.right": False, "axes.titlesize": 9,
         "axes.titleweight": "bold", "axes.titlelocation": "left", "legend.fontsize": 7, "legend.frameon": False}
CHARTS = ("fx", "losses", "cost_risk")


class ChartsPanel(QWidget):
    """Three tabs of charts for one `QuoteResult`; a placeholder text until the first result."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._result: QuoteResult | None = None
        self._canvases: dict[str, Any] = {}  # chart key -> FigureCanvasQTAgg, created with the first result
        self._unrendered: set[str] = set()  # charts drawn while their tab was hidden, rendered when it is shown
        self.tabs: QTabWidget | None = None
        self.option_combo: QComboBox | None = None
        self.fx_stack: QStackedWidget | None = None
        self.no_fx_label: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        layout.addWidget(self._stack)
        self.placeholder = QLabel(self.tr("Charts appear here once a deal is priced."), self._stack)
        self.placeholder.setObjectName("chartsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack.addWidget(self.placeholder)

    # --- public API -------------------------------------------------------------------------------------------
    def show_result(self, result: QuoteResult | None) -> None:
        """Plot a result's charts (None: back to the placeholder)."""
        if result is None:
            self.clear()
            return
        if self.tabs is None:
            self._build()
        assert self.tabs is not None and self.option_combo is not None
        self._result = result
        self.option_combo.blockSignals(True)
        self.option_combo.clear()
        self.option_combo.addItem(self.tr("All available options"), None)
        for option in self._available(result):
            self.option_combo.addItem(i18n.option_name(option.id), option.id)
        self.option_combo.setCurrentIndex(0)
        self.option_combo.blockSignals(False)
        self._draw_fx(result)
        self._draw_losses()
        self._draw_cost_risk(result)
        self._stack.setCurrentWidget(self.tabs)

    def clear(self) -> None:
        """Forget the result and show the placeholder again."""
        self._result = None
        for canvas in self._canvases.values():
            canvas.figure.clear()
        if self.option_combo is not None:
            self.option_combo.blockSignals(True)
            self.option_combo.clear()
            self.option_combo.blockSignals(False)
        self._stack.setCurrentWidget(self.placeholder)

    def figure_count(self) -> int:
        """How many charts are drawn now: 3, 2 when the invoice is in the home currency, 0 with no result."""
        return sum(1 for canvas in self._canvases.values() if canvas.figure.axes)

    def plotted(self) -> dict[str, dict[str, Any]]:
        """What each chart shows, read back from its axes (for tests): per chart key ("fx", "losses",
        "cost_risk") the lines as (label, number of points), the scatter points, the filled bands and the
        annotation texts. A chart that is not drawn has no entry."""
        from matplotlib.collections import PathCollection, PolyCollection

        out: dict[str, dict[str, Any]] = {}
        for key, canvas in self._canvases.items():
            if not canvas.figure.axes:
                continue
            ax = canvas.figure.axes[0]
            out[key] = {
                "lines": [(str(line.get_label()), len(line.get_xdata())) for line in ax.get_lines()],
                "points": sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection)),
                "bands": sum(1 for c in ax.collections if isinstance(c, PolyCollection)),
                "texts": [t.get_text() for t in ax.texts],
                "highlighted": [str(line.get_label()) for line in ax.get_lines() if line.get_zorder() >= 5],
            }
        return out

    # --- building ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        tabs = QTabWidget(self._stack)
        tabs.setObjectName("chartTabs")
        for key in CHARTS:
            canvas = FigureCanvasQTAgg(Figure(figsize=(6.4, 3.6), layout="constrained"))
            canvas.setObjectName(f"{key}Canvas")
            canvas.setMinimumSize(240, 160)
            self._canvases[key] = canvas

        self.fx_stack = QStackedWidget(tabs)
        self.fx_stack.addWidget(self._canvases["fx"])
        self.no_fx_label = QLabel(self.fx_stack)
        self.no_fx_label.setObjectName("noFxLabel")
        self.no_fx_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_fx_label.setWordWrap(True)
        self.fx_stack.addWidget(self.no_fx_label)
        tabs.addTab(self.fx_stack, self.tr("Exchange rate"))

        losses = QWidget(tabs)
        column = QVBoxLayout(losses)
        row = QHBoxLayout()
        show = QLabel(self.tr("Show:"), losses)
        self.option_combo = QComboBox(losses)
        self.option_combo.setObjectName("optionCombo")
        show.setBuddy(self.option_combo)
        row.addWidget(show)
        row.addWidget(self.option_combo, 1)
        column.addLayout(row)
        column.addWidget(self._canvases["losses"], 1)
        self.option_combo.currentIndexChanged.connect(self._draw_losses)
        tabs.addTab(losses, self.tr("Retained loss"))
        tabs.addTab(self._canvases["cost_risk"], self.tr("Cost vs risk"))
        self._stack.addWidget(tabs)
        tabs.currentChanged.connect(lambda _index: self._render())
        self.tabs = tabs

    # --- drawing ----------------------------------------------------------------------------------------------
    @staticmethod
    def _available(result: QuoteResult) -> list:
        return [o for o in result.options if o.available and len(o.loss_quantiles) == len(quantile_levels())]

    def _money(self, ax, axis: str) -> None:
        from matplotlib.ticker import FuncFormatter

        formatter = FuncFormatter(lambda value, _pos: i18n.number(float(value), 0))
        (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(formatter)

    @staticmethod
    def _rate_ticks(ax) -> None:
        """Exchange-rate ticks in the window's number format (0,95 in Italian), as many decimals as they need."""
        from matplotlib.ticker import FuncFormatter

        def text(value: float, _pos: int) -> str:
            decimals = max(0, min(6, len(f"{value:.6g}".partition(".")[2])))
            return i18n.number(float(value), decimals)

        ax.yaxis.set_major_formatter(FuncFormatter(text))

    @staticmethod
    def _percent_ticks(ax, ticks: tuple[float, ...]) -> None:
        from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.xaxis.set_major_formatter(FuncFormatter(
            lambda value, _pos: i18n.percent(value, max(0, len(f"{value * 100:.4g}".partition(".")[2])))))
        ax.xaxis.set_minor_formatter(NullFormatter())

    def _draw(self, key: str, plot) -> None:
        import matplotlib

        canvas = self._canvases[key]
        canvas.figure.clear()
        with matplotlib.rc_context(STYLE):
            ax = canvas.figure.add_subplot()
            plot(ax)
            ax.grid(True, linewidth=0.3, color="#dddddd")
        self._render(key)

    def _render(self, key: str | None = None) -> None:
        """Render a chart's pixels in the next event-loop turn, only while its tab is the one shown.

        Building a chart's lines is quick; rendering it is most of the time (constrained layout, Agg). The
        figures on screen come first; a hidden chart is rendered when its tab is opened."""
        if self.tabs is None:
            return
        shown = CHARTS[self.tabs.currentIndex()] if self.tabs.currentIndex() >= 0 else None
        if key is not None and key != shown:
            self._unrendered.add(key)
            return
        if shown in self._canvases and (key is not None or shown in self._unrendered):
            self._unrendered.discard(shown)
            self._canvases[shown].draw_idle()

    def _draw_fx(self, result: QuoteResult) -> None:
        assert self.fx_stack is not None and self.no_fx_label is not None
        charts = result.charts
        if result.home == result.foreign or charts is None:
            self._canvases["fx"].figure.clear()
            text = (self.tr("The invoice is in the home currency (%1): there is no exchange-rate risk to chart.")
                    if result.home == result.foreign else self.tr("No exchange-rate series in this result."))
            self.no_fx_label.setText(text.replace("%1", result.home))
            self.fx_stack.setCurrentWidget(self.no_fx_label)
            return

        def plot(ax) -> None:
            from matplotlib import dates

            if charts.history:
                ax.plot([d for d, _ in charts.history], [v for _, v in charts.history], color=BLUE,
                        linewidth=0.8, label=self.tr("%1 per %2").replace("%1", result.home)
                        .replace("%2", result.foreign))
            if charts.band:
                ax.fill_between([b[0] for b in charts.band], [b[1] for b in charts.band],
                                [b[2] for b in charts.band], color=ORANGE, alpha=0.35, linewidth=0,
                                label=self.tr("90 % range until payment"))
            # years only: month names would be English whatever the window's language
            ax.xaxis.set_major_locator(dates.YearLocator())
            ax.xaxis.set_major_formatter(dates.DateFormatter("%Y"))
            ax.set_title(self.tr("Exchange rate and its 90 % range until payment"))
            ax.set_ylabel(self.tr("%1 per 1 %2").replace("%1", result.home).replace("%2", result.foreign))
            self._rate_ticks(ax)
            ax.legend(loc="upper left")

        self._draw("fx", plot)
        self.fx_stack.setCurrentWidget(self._canvases["fx"])

    def _draw_losses(self, *_args) -> None:
        result = self._result
        if result is None or self.option_combo is None:
            return
        chosen = self.option_combo.currentData()
        options = [o for o in self._available(result) if chosen is None or o.id == chosen]

        def plot(ax) -> None:
            for i, option in enumerate(options):
                best = option.id == result.recommended
                name = i18n.option_name(option.id)
                label = self.tr("%1 (recommended)").replace("%1", name) if best else name
                ax.plot(quantile_levels(), option.loss_quantiles, label=label, zorder=5 if best else 2,
                        color=ORANGE if best else PALETTE[i % len(PALETTE)], linewidth=2.4 if best else 1.0,
                        alpha=1.0 if best else 0.85, marker="o", markersize=2.5 if best else 1.5)
            # a logit axis spreads the tail (95 % to 99.9 %) where cover makes the difference; 0 and 1 fall off it
            ax.set_xscale("logit", one_half="½")
            ax.set_xlim(quantile_levels()[1], quantile_levels()[-2])
            self._percent_ticks(ax, (0.05, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999))
            ax.set_title(self.tr("Retained loss at each probability level"))
            ax.set_xlabel(self.tr("Probability that the loss is at most this"))
            ax.set_ylabel(self.tr("Retained loss (%1)").replace("%1", result.home))
            self._money(ax, "y")
            if options:
                ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5))

        self._draw("losses", plot)

    def _draw_cost_risk(self, result: QuoteResult) -> None:
        options = [o for o in self._available(result) if o.cost is not None and o.es.get(0.99) is not None]

        def plot(ax) -> None:
            points = [(o.cost, o.es[0.99]) for o in options]
            ax.scatter([p[0] for p in points], [p[1] for p in points], s=22, zorder=3,
                       color=[ORANGE if o.id == result.recommended else BLUE for o in options])
            # neighbours' labels alternate above and below their points so that close points stay readable
            order = sorted(range(len(points)), key=lambda i: (points[i][1], points[i][0]))
            for rank, i in enumerate(order):
                ax.annotate(i18n.option_name(options[i].id), points[i], xytext=(4, 3) if rank % 2 == 0 else (4, -9),
                            textcoords="offset points", fontsize=6.5, color="#333333")
            ax.set_title(self.tr("Cost of cover versus retained risk"))
            ax.set_xlabel(self.tr("Cost (%1)").replace("%1", result.home))
            ax.set_ylabel(self.tr("99 % expected shortfall (%1)").replace("%1", result.home))
            self._money(ax, "x")
            self._money(ax, "y")

        self._draw("cost_risk", plot)
