"""The what-if view: one row per re-quote, tornado bars by spread, locale numbers, live and never overwritten by
stale work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtGui import QColor

from exportrisk.deal.io import deal_from_dict, load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.engine.result import round_price_up
from exportrisk.engine.whatif import break_even_pd, sensitivity
from exportrisk.market.service import MarketData
from exportrisk.paths import resources_dir
from exportrisk.report.i18n import Translator
from ui.charts import BLUE, ORANGE
from ui.runner import Runner
from ui.whatif_view import WhatIfModel, WhatIfView

pytestmark = pytest.mark.gui
MIN_PRICE = WhatIfModel.COLUMNS.index("min_price")
OPTION = WhatIfModel.COLUMNS.index("recommended")
HOME_DEAL = {
    "schema": 1, "valuation_date": "2026-10-30",
    "exporter": {"name": "Tessitura Lariana", "home_currency": "EUR"},
    "buyer": {"name": "Confeccoes Paulista", "country": "BRA", "rating": "BB"},
    "deal": {"amount": 180_000, "currency": "EUR", "payment_days": 120, "instrument": "open_account",
             "cost": 128_000},
}


def home_deal(days: int = 120, **buyer):
    data = {**HOME_DEAL, "deal": {**HOME_DEAL["deal"], "payment_days": days}}
    if buyer:
        data["buyer"] = {"name": "Confeccoes Paulista", "country": "BRA", **buyer}
    return deal_from_dict(data)


@pytest.fixture(scope="module")
def market(shared_cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> MarketData:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXPORTRISK_CACHE_DIR", str(shared_cache_dir))
        mp.setenv("EXPORTRISK_DATA_DIR", str(tmp_path_factory.mktemp("whatif-data")))
        market = MarketData()
        market.ecb  # noqa: B018 (loaded once for the module)
        return market


@pytest.fixture(scope="module")
def brazil(market):
    """The USD example, its quote, and the engine's own sensitivity table and break-even, computed directly."""
    deal = load_deal(resources_dir() / "examples/italy_textiles_brazil.toml")
    base = price_deal(deal, market)
    return deal, base, sensitivity(deal, base, market), break_even_pd(deal, base, market)


@pytest.fixture
def view(qtbot) -> WhatIfView:
    runner = Runner(pool=QThreadPool())
    widget = WhatIfView(runner=runner)
    qtbot.addWidget(widget, before_close_func=lambda w: (w.clear(), runner.wait(60000)))
    widget.resize(1250, 760)
    widget.show()
    yield widget
    assert runner.wait(60000)


@pytest.fixture
def italian():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def shown(view: WhatIfView) -> list[tuple]:
    """(input, shift, recommended, min price to the cent) of every row on screen."""
    rows = [view.model.row(r) for r in range(view.model.rowCount())]
    return [(r.input, r.shift, r.recommended, None if r.min_price is None else round_price_up(r.min_price))
            for r in rows]


def expected(rows) -> list[tuple]:
    return [(r.input, r.shift, r.recommended, None if r.min_price is None else round_price_up(r.min_price))
            for r in rows]


def compute(qtbot, view: WhatIfView, deal, base, market) -> None:
    with qtbot.waitSignal(view.finished, timeout=120_000):
        view.show_result(deal, base, market, None)


def test_one_row_per_whatif_with_option_names_and_break_even(qtbot, view, brazil, market, english,
                                                             tmp_path) -> None:
    deal, base, rows, found = brazil
    assert view.model.rowCount() == 0 and view.chart.bars() == []
    compute(qtbot, view, deal, base, market)
    assert view.model.rowCount() == len(rows) > 8
    assert shown(view) == expected(rows)
    names = Translator("en")
    for r, row in enumerate(rows):
        assert view.model.data(view.model.index(r, OPTION)) == names(f"option_{row.recommended}")
    assert not view.is_stale() and not view.status.isVisibleTo(view)
    assert found is not None
    text = view.break_even.text()
    assert names(f"option_{base.recommended}") in text and names(f"option_{found[1]}") in text
    # the break-even and today's PD are told apart: as many decimals (2 to 4) as that takes, both alike
    pd_now = base.risks.buyer_pd_1y
    decimals = next((d for d in (2, 3) if round(100 * found[0], d) != round(100 * pd_now, d)), 4)
    even, now = (QLocale().toString(100 * v, "f", decimals) + " %" for v in (found[0], pd_now))
    assert even != now and f"reaches {even} (now {now})" in text
    assert view.grab().save(str(tmp_path / "whatif_en.png"))


def test_tornado_bars_are_ordered_by_spread_and_drawn_so(qtbot, view, brazil, market, english) -> None:
    deal, base, rows, _ = brazil
    compute(qtbot, view, deal, base, market)
    now = base.option(base.recommended).min_price
    spread: dict[str, list[float]] = {}
    for row in rows:
        spread.setdefault(row.input, [now]).append(row.min_price)
    widths = {name: max(prices) - min(prices) for name, prices in spread.items()}
    bars = view.chart.bars()
    assert {bar.input for bar in bars} == set(widths)
    assert [bar.spread for bar in bars] == pytest.approx(sorted(widths.values(), reverse=True), abs=1e-9)
    assert [bar.input for bar in bars] == sorted(widths, key=lambda name: -widths[name])

    # the picture: bands of bar colour top to bottom, the widest first
    image = view.chart.grab().toImage()
    colours = [QColor(BLUE), QColor(ORANGE)]

    def coloured(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return any(abs(pixel.red() - c.red()) + abs(pixel.green() - c.green()) + abs(pixel.blue() - c.blue()) < 40
                   for c in colours)

    legend_bottom = int(view.chart.fontMetrics().height() * 1.2) + 4
    bands, inside = [], False
    for y in range(legend_bottom, image.height()):
        count = sum(coloured(x, y) for x in range(image.width()))
        if count and not inside:
            bands.append(count)
        elif count:
            bands[-1] = max(bands[-1], count)
        inside = bool(count)
    assert len(bands) == len(bars), bands
    pixels_per_unit = bands[0] / bars[0].spread
    assert bands == pytest.approx([bar.spread * pixels_per_unit for bar in bars], abs=3)


def test_numbers_and_names_follow_the_italian_locale(qtbot, view, market, italian, tmp_path) -> None:
    deal = home_deal()
    base = price_deal(deal, market)
    compute(qtbot, view, deal, base, market)
    names = Translator("it")
    texts = [view.model.data(view.model.index(r, MIN_PRICE)) for r in range(view.model.rowCount())]
    for row, text in zip(shown(view), texts, strict=True):
        assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d", text)
        assert text == f"{row[3]:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    assert all(view.model.data(view.model.index(r, OPTION)) == names(f"option_{view.model.row(r).recommended}")
               for r in range(view.model.rowCount()))
    now = round_price_up(base.option(base.recommended).min_price)
    assert f"{now:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") in view.headline.text()
    assert view.grab().save(str(tmp_path / "whatif_it.png"))


def test_live_update_marks_stale_figures_until_fresh_ones_replace_them(qtbot, view, market) -> None:
    first, second = home_deal(120), home_deal(60, category="CC2")
    compute(qtbot, view, first, price_deal(first, market), market)
    before = shown(view)
    base = price_deal(second, market)
    view.show_result(second, base, market, None)
    assert view.is_stale() and view.model.stale and view.chart.stale
    assert view.status.isVisibleTo(view) and view.status.text()
    assert shown(view) == before  # still the old figures, marked
    with qtbot.waitSignal(view.finished, timeout=120_000):
        pass
    assert not view.is_stale() and not view.model.stale and not view.status.isVisibleTo(view)
    assert shown(view) == expected(sensitivity(second, base, market)) != before


def test_stale_work_never_overwrites_newer_figures(qtbot, view, market) -> None:
    deals = [home_deal(days) for days in (120, 90, 45)]
    quotes = [price_deal(deal, market) for deal in deals]
    updates: list[list[tuple]] = []
    view.table_updated.connect(lambda: updates.append(shown(view)))
    with qtbot.waitSignal(view.finished, timeout=120_000):
        for deal, base in zip(deals, quotes, strict=True):
            view.show_result(deal, base, market, None)
    assert updates == [expected(sensitivity(deals[-1], quotes[-1], market))]

    # a computation that already finished, its result still queued, when newer inputs arrive: dropped too
    updates.clear()
    view.show_result(deals[0], quotes[0], market, None)
    assert view.runner.pool.waitForDone(60_000)   # the first stage is done; its result waits in the queue
    with qtbot.waitSignal(view.finished, timeout=120_000):
        view.show_result(deals[1], quotes[1], market, None)
    assert updates == [expected(sensitivity(deals[1], quotes[1], market))]
    assert not view.is_stale()


def test_break_even_says_when_the_best_option_never_changes(qtbot, view, market) -> None:
    deal = load_deal(resources_dir() / "examples/poland_machinery_turkey.toml")
    base = price_deal(deal, market)
    compute(qtbot, view, deal, base, market)
    found = break_even_pd(deal, base, market)
    text = view.break_even.text()
    best = Translator("en")(f"option_{base.recommended}")
    if found is None:
        assert text.startswith(best) and "stays the best" in text
    else:
        assert Translator("en")(f"option_{found[1]}") in text


def test_clear_drops_the_figures(qtbot, view, market) -> None:
    deal = home_deal()
    compute(qtbot, view, deal, price_deal(deal, market), market)
    assert view.model.rowCount() and view.chart.bars()
    view.show_result(None, None)
    assert view.model.rowCount() == 0 and view.chart.bars() == [] and not view.is_stale()
    assert view.status.isVisibleTo(view) and view.break_even.text() == ""
