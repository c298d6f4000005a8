"""A stored quote's sanctions measures show each measure's note under it, in the window's language."""

from __future__ import annotations

from datetime import date

import pytest

from exportrisk.engine.quote import price_deal
from exportrisk.messages import Message
from exportrisk.register.db import open_register
from exportrisk.register.quotes import record_quote
from exportrisk.report.i18n import Translator, catalog
from tests.test_engine import make_deal
from ui import i18n
from ui.quote_details import details_text, measure_note

pytestmark = pytest.mark.gui
MEASURE = "eu_russia_833_trade"  # a measure of resources/country/restricted_markets.csv with a note


@pytest.fixture(scope="module")
def russia():
    deal = make_deal(exporter={"name": "Exporter", "home_currency": "EUR", "country": "ITA"},
                     buyer={"country": "RUS"})
    return price_deal(deal, paths=2000, seed=1, today=date(2026, 10, 30), solve_min_price=False)


@pytest.fixture
def window_language():
    yield i18n.set_current
    i18n.set_current("en")


@pytest.mark.parametrize("lang", ["en", "it", "pl", "de"])
def test_the_quotes_tab_shows_each_measure_note_under_its_measure(qtbot, russia, window_language, lang) -> None:
    from ui.quotes_view import QuotesView

    opened = open_register()
    try:
        record_quote(opened.connection, russia)
    finally:
        opened.connection.close()
    window_language(lang)
    view = QuotesView()
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(0)
    view.open_selected()
    lines = view.details.toPlainText().splitlines()
    reason = next(n for n in russia.compliance
                  if isinstance(n, Message) and getattr(n.args.get("measure"), "code", "") == f"measure_{MEASURE}")
    measure_line = lines.index(Translator(lang).message(reason))
    note = catalog(lang)[f"msg_measure_note_{MEASURE}"]
    assert lines[measure_line + 1] == f"    {note}"
    if lang != "en":
        assert catalog("en")[f"msg_measure_note_{MEASURE}"] not in view.details.toPlainText()


def test_only_measures_with_a_note_get_a_line(russia) -> None:
    noted = [n for n in russia.compliance if measure_note(n)]
    plain = [n for n in russia.compliance if not measure_note(n)]
    assert noted and plain  # the screening reminder names no measure; some measures have no note
    assert any(n.code == "screening_reminder" for n in plain)
    notes = {k for k in catalog("en") if k.startswith("msg_measure_note_")}
    for n in noted:
        assert f"msg_measure_note_{n.args['measure'].code.removeprefix('measure_')}" in notes
    english = details_text(russia.to_dict())
    assert english.count("\n    ") >= len(noted)
