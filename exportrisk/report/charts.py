"""Draw the report model's charts with matplotlib into PNG bytes (deterministic: no timestamps)."""

from __future__ import annotations

import io

from exportrisk.report.model import Chart

WIDTH_IN, HEIGHT_IN, DPI = 6.6, 2.9, 170
BLUE, GREY, ORANGE = "#1f4e79", "#8c8c8c", "#d9822b"


def render_chart(chart: Chart) -> bytes:
    """The chart as PNG bytes; the same chart always gives the same bytes."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    with plt.rc_context({"font.family": "DejaVu Sans", "font.size": 8, "axes.spines.top": False,
                         "axes.spines.right": False, "axes.titlesize": 9, "axes.titleweight": "bold"}):
        fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
        try:
            DRAW[chart.kind](ax, chart)
            _plain_ticks(ax, chart)
            ax.set_title(chart.title, loc="left")
            ax.set_xlabel(chart.x_label)
            ax.set_ylabel(chart.y_label)
            ax.grid(True, linewidth=0.3, color="#dddddd")
            fig.tight_layout()
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
        finally:
            plt.close(fig)
    return buffer.getvalue()


def _plain_ticks(ax, chart: Chart) -> None:
    """Tick labels as plain numbers in the report language's style (no 1e7 offsets)."""
    from matplotlib.ticker import FuncFormatter

    def fmt(value: float, _pos: int) -> str:
        digits = 0 if abs(value) >= 100 else 2
        text = f"{value:,.{digits}f}"
        return text.replace(",", "\0").replace(".", chart.decimal_symbol).replace("\0", chart.group_symbol)

    if chart.kind != "fx_history":
        ax.xaxis.set_major_formatter(FuncFormatter(fmt))
    ax.yaxis.set_major_formatter(FuncFormatter(fmt))


def _cost_risk(ax, chart: Chart) -> None:
    xs = [p[0] for p in chart.points]
    ys = [p[1] for p in chart.points]
    ax.scatter(xs, ys, color=BLUE, s=18, zorder=3)
    # neighbours' labels alternate above and below their points so that close points stay readable
    order = sorted(range(len(chart.points)), key=lambda i: (chart.points[i][1], chart.points[i][0]))
    for rank, i in enumerate(order):
        offset = (4, 3) if rank % 2 == 0 else (4, -9)
        ax.annotate(chart.labels[i], chart.points[i], xytext=offset, textcoords="offset points", fontsize=6.5,
                    color="#333333")


def _fx_history(ax, chart: Chart) -> None:
    ax.plot([p[0] for p in chart.points], [p[1] for p in chart.points], color=BLUE, linewidth=0.8,
            label=chart.labels[0])
    if chart.extra:
        ax.fill_between([b[0] for b in chart.extra], [b[1] for b in chart.extra], [b[2] for b in chart.extra],
                        color=ORANGE, alpha=0.35, linewidth=0, label=chart.labels[1])
    ax.legend(loc="upper left", frameon=False, fontsize=7)
    from matplotlib import dates

    ax.xaxis.set_major_locator(dates.YearLocator())
    ax.xaxis.set_major_formatter(dates.DateFormatter("%Y"))


def _value_distribution(ax, chart: Chart) -> None:
    ax.plot([p[1] for p in chart.points], [p[0] for p in chart.points], color=BLUE, marker="o", markersize=2.5,
            linewidth=0.9)
    ax.set_ylim(0, 1)


DRAW = {"cost_risk": _cost_risk, "fx_history": _fx_history, "value_distribution": _value_distribution}
