"""Draw the report model's charts with matplotlib into PNG bytes (deterministic: no timestamps)."""

from __future__ import annotations

import io

from exportrisk.report.model import Chart

WIDTH_IN, HEIGHT_IN, DPI = 6.6, 2.9, 170
BLUE, GREY, ORANGE = "#1f4e79", "#8c8c8c", "#d9822b"


def render_chart(chart: Chart) -> bytes:
    """The chart as PNG bytes; the same chart always gives the same bytes."""
    return _draw(chart)[0]


def label_boxes(chart: Chart) -> list[tuple[float, float, float, float]]:
    """The pixel boxes (x0, y0, x1, y1) of the point labels as drawn in the PNG (for the layout tests)."""
    return _draw(chart)[1]


def _draw(chart: Chart) -> tuple[bytes, list[tuple[float, float, float, float]]]:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    boxes: list[tuple[float, float, float, float]] = []
    with plt.rc_context({"font.family": "DejaVu Sans", "font.size": 8, "axes.spines.top": False,
                         "axes.spines.right": False, "axes.titlesize": 9, "axes.titleweight": "bold"}):
        fig, ax = plt.subplots(figsize=(WIDTH_IN, chart.height or HEIGHT_IN), dpi=DPI)
        try:
            DRAW[chart.kind](ax, chart)
            _plain_ticks(ax, chart)
            ax.set_title(chart.title, loc="left", pad=20 if chart.kind == "tornado" else 6)  # the legend between
            ax.set_xlabel(chart.x_label)
            ax.set_ylabel(chart.y_label)
            ax.grid(True, axis="x" if chart.kind == "tornado" else "both", linewidth=0.3, color="#dddddd")
            fig.tight_layout()
            if chart.kind == "tornado":
                fit_bar_labels(fig, ax)
            if chart.kind == "cost_risk":
                boxes = place_labels(fig, ax, chart)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
        finally:
            plt.close(fig)
    return buffer.getvalue(), boxes


#: where a label's anchor may go around its point, in points (dx, dy, horizontal alignment), nearest first; the
#: label sits above its anchor
CANDIDATES = tuple((dx * r, dy * r - (8 if dy < 0 else 0), ha) for r in (1.0, 2.2, 3.6)
                   for dx, dy, ha in ((4, 2.5, "left"), (4, -1, "left"), (-4, 2.5, "right"), (-4, -1, "right"),
                                      (0, 5, "center"), (0, -3, "center")))
#: when every near place is taken: a column of places farther off, reached by a leader line
FAR = tuple((dx, dy, "left" if dx > 0 else "right") for dx in (22, -22, 44, -44, 66, -66)
            for dy in range(-48, 49, 8))
PAD = 1.5  # pixels kept free around each label
FONT_SIZE = 6.5


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] + PAD and b[0] < a[2] + PAD and a[1] < b[3] + PAD and b[1] < a[3] + PAD


def _box(x: float, y: float, dx: float, dy: float, ha: str, size: tuple[float, float],
         scale: float) -> tuple[float, float, float, float]:
    """The pixel box of a label of `size` (width, height) anchored `dx, dy` points from the point (x, y)."""
    ax_, ay = x + dx * scale, y + dy * scale
    left = {"left": ax_, "right": ax_ - size[0], "center": ax_ - size[0] / 2}[ha]
    return left, ay, left + size[0], ay + size[1]


def place_labels(fig, ax, chart: Chart) -> list[tuple[float, float, float, float]]:
    """Label each point where its box overlaps no other label and no point and stays inside the axes: the nearest
    free place of CANDIDATES, else of FAR with a leader line; the most crowded points are labelled first. Returns the
    labels' boxes in pixels, measured on the drawn figure."""
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    scale = fig.dpi / 72
    centres = [tuple(ax.transData.transform(p)) for p in chart.points]
    dots = [(x - 3.5, y - 3.5, x + 3.5, y + 3.5) for x, y in centres]
    probe = ax.text(0, 0, "", fontsize=FONT_SIZE)
    sizes = []
    for label in chart.labels:
        probe.set_text(label)
        extent = probe.get_window_extent(renderer)
        sizes.append((extent.width, extent.height))
    probe.remove()

    def crowd(i: int) -> int:
        return sum(1 for j, c in enumerate(centres) if j != i and abs(c[0] - centres[i][0]) < 80
                   and abs(c[1] - centres[i][1]) < 30)

    chosen: dict[int, tuple[tuple[float, float, str], tuple[float, float, float, float], bool]] = {}
    order = sorted(range(len(centres)), key=lambda i: (-crowd(i), chart.points[i][0], chart.points[i][1]))
    for i in order:
        taken = [box for _, box, _ in chosen.values()] + [d for j, d in enumerate(dots) if j != i]
        best = None
        for rank, place in enumerate(CANDIDATES + FAR):
            box = _box(*centres[i], *place, sizes[i], scale)
            clashes = sum(_overlaps(box, other) for other in taken)
            outside = box[0] < frame.x0 + 1 or box[2] > fig.bbox.x1 - 2 or box[1] < frame.y0 + 1 \
                or box[3] > frame.y1 - 1
            cost = clashes * 100 + outside * 50 + rank
            if best is None or cost < best[0]:
                best = (cost, place, box, rank >= len(CANDIDATES))
            if clashes == 0 and not outside:
                break
        chosen[i] = best[1], best[2], best[3]
    texts = []
    for i, ((dx, dy, ha), _, leader) in sorted(chosen.items()):
        texts.append(ax.annotate(chart.labels[i], chart.points[i], xytext=(dx, dy), textcoords="offset points",
                                 fontsize=FONT_SIZE, color="#333333", ha=ha, va="bottom",
                                 arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.4,
                                             "shrinkA": 0, "shrinkB": 2} if leader else None))
    fig.canvas.draw()
    return [tuple(Text.get_window_extent(t, renderer).extents) for t in texts]


def _plain_ticks(ax, chart: Chart) -> None:
    """Tick labels as plain numbers in the report language's style (no 1e7 offsets)."""
    from matplotlib.ticker import FuncFormatter

    def fmt(value: float, _pos: int) -> str:
        digits = 0 if abs(value) >= 100 or value == 0 else 2
        text = f"{value:,.{digits}f}"
        if chart.kind == "tornado" and round(value, digits) > 0:  # a change from today's price: signed
            text = "+" + text
        return text.replace(",", "\0").replace(".", chart.decimal_symbol).replace("\0", chart.group_symbol)

    if chart.kind != "fx_history":
        ax.xaxis.set_major_formatter(FuncFormatter(fmt))
    if chart.kind != "tornado":  # the tornado's y axis names the inputs
        ax.yaxis.set_major_formatter(FuncFormatter(fmt))


def _cost_risk(ax, chart: Chart) -> None:
    """The points alone: place_labels labels them once the axes' size is final."""
    ax.scatter([p[0] for p in chart.points], [p[1] for p in chart.points], color=BLUE, s=18, zorder=3)
    ax.margins(x=0.08, y=0.12)


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


def _tornado(ax, chart: Chart) -> None:
    """One row per input (`points`: (input, ((shift label, change), ...)), widest first, on top): each shift a
    bar from today's minimum price (0) to its change, blue where it lowers the price, orange where it raises it,
    its label beside the bar's end; the rows share one half each when an input has two shifts."""
    from matplotlib.patches import Patch

    for row, (_, bars) in enumerate(chart.points):
        height = 0.72 / len(bars)
        for j, (label, change) in enumerate(bars):
            y = row - 0.36 + height * (j + 0.5)
            ax.barh(y, change, height=height * 0.86, color=ORANGE if change > 0 else BLUE, zorder=3)
            right = change >= 0
            ax.annotate(label, (change, y), xytext=(3 if right else -3, 0), textcoords="offset points",
                        ha="left" if right else "right", va="center", fontsize=6.5, color="#333333",
                        gid="bar_label")
    ax.axvline(0, color="#333333", linewidth=0.9, linestyle="--", zorder=4)
    ax.set_yticks(range(len(chart.points)), [name for name, _ in chart.points])
    ax.set_ylim(len(chart.points) - 0.5, -0.5)  # the widest swing on top
    widest = max((abs(change) for _, bars in chart.points for _, change in bars), default=0.0) or 1.0
    ax.set_xlim(-widest * 1.1, widest * 1.1)
    ax.legend(handles=[Patch(color=BLUE, label=chart.labels[0]), Patch(color=ORANGE, label=chart.labels[1])],
              loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, frameon=False, fontsize=7, borderaxespad=0.2)
    ax.tick_params(axis="y", length=0)


def fit_bar_labels(fig, ax) -> None:
    """Widen the tornado's x range, symmetrically about today's price, until every bar label lies inside the
    axes (measured on the drawn figure)."""
    labels = [t for t in ax.texts if t.get_gid() == "bar_label"]
    renderer = fig.canvas.get_renderer()
    for _ in range(6):  # the extents follow the limits without drawing the figure
        frame = ax.get_window_extent(renderer)
        boxes = [t.get_window_extent(renderer) for t in labels]
        over = max([0.0, *(frame.x0 + 6 - b.x0 for b in boxes), *(b.x1 - frame.x1 + 6 for b in boxes)])
        if over <= 0:
            return
        low, high = ax.get_xlim()
        half = max(-low, high)
        span = frame.width
        half *= span / max(span - 2 * over, span * 0.4)  # the labels stay their size in pixels as the data shrinks
        ax.set_xlim(-half, half)


DRAW = {"cost_risk": _cost_risk, "fx_history": _fx_history, "value_distribution": _value_distribution,
        "tornado": _tornado}
