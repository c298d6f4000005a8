"""The window's PDF reuses the What-if tab's figures when they are the shown quote's, and computes them otherwise."""

from __future__ import annotations

import io
from dataclasses import fields

import pytest
from pypdf import PdfReader

from exportrisk.engine.whatif import WhatIf, WhatIfResult, what_if
from exportrisk.paths import resources_dir
from exportrisk.report.i18n import Translator
from ui import settings as keys

pytestmark = pytest.mark.gui
EXAMPLE = resources_dir() / "examples" / "italy_textiles_brazil.toml"


def assert_same_what_if(found: WhatIfResult, expected: WhatIfResult) -> None:
    """Field by field, each sensitivity row field by field too: what `what_if` returns, exactly."""
    assert isinstance(found, WhatIfResult)
    for field in fields(WhatIfResult):
        if field.name != "rows":
            assert getattr(found, field.name) == getattr(expected, field.name), field.name
    assert len(found.rows) == len(expected.rows) > 0
    for row, expected_row in zip(found.rows, expected.rows, strict=True):
        assert isinstance(row, WhatIf)
        for field in fields(WhatIf):
            assert getattr(row, field.name) == getattr(expected_row, field.name), (row.input, row.shift, field.name)
    assert found == expected
    assert found.to_dict() == expected.to_dict()


def open_what_if_tab(qtbot, window) -> None:
    """Show the What-if tab and wait until its table and break-even are computed for the shown quote."""
    with qtbot.waitSignal(window.whatif.finished, timeout=60000):
        window.tabs.setCurrentWidget(window._whatif_tab)  # noqa: SLF001 (its re-quotes start when it is shown)


def export(qtbot, window, path) -> str:
    """Write the PDF and return its text."""
    with qtbot.waitSignal(window.report_written, timeout=60000):
        window.export_pdf(path)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def edit_days(qtbot, window, days: int) -> None:
    with qtbot.waitSignal(window.result_ready, timeout=60000,
                          check_params_cb=lambda result: result.deal.terms.payment_days == days):
        window.form.days.setText(str(days))


def test_the_export_reuses_the_tabs_figures_which_are_what_what_if_returns(main_window, qtbot, tmp_path) -> None:
    window = main_window(EXAMPLE)
    open_what_if_tab(qtbot, window)
    result, market = window.result, window.market
    shown = window.whatif.computed(result, market)
    assert shown is not None
    assert_same_what_if(shown, what_if(result.deal, result, market))
    assert shown.break_even is not None and shown.direction in ("up", "down")

    text = export(qtbot, window, tmp_path / "brazil.pdf")
    assert window.report_what_if is shown  # reused, not recomputed
    t = Translator("en")
    data = shown.to_dict()
    start = text.index(t("whatif_title") + " " + t("whatif_lead", option=t("option_" + shown.recommended),
                                                     price=t.money(data["base"]["min_price"], "USD")))
    position = start
    for row in data["sensitivity"]:  # every row's minimum price, in the table's order
        position = text.index(t.money(row["min_price"]), position)


def test_after_an_edit_the_export_computes_the_new_quotes_what_if(main_window, qtbot, tmp_path) -> None:
    window = main_window(EXAMPLE)
    open_what_if_tab(qtbot, window)
    old_result, market = window.result, window.market
    old = window.whatif.computed(old_result, market)
    assert old is not None
    window.tabs.setCurrentIndex(0)  # the What-if tab closed: it keeps the previous quote's figures
    edit_days(qtbot, window, 60)
    result = window.result
    assert result is not old_result
    assert window.whatif.computed(result, market) is None  # the figures on the tab are the previous quote's
    assert window.whatif.computed(old_result, market) is old

    text = export(qtbot, window, tmp_path / "sixty_days.pdf")
    fresh = what_if(result.deal, result, market)
    assert fresh.min_price != old.min_price  # the edit changed the figures, so a stale reuse would show
    assert window.report_what_if is not old
    assert_same_what_if(window.report_what_if, fresh)
    assert Translator("en")("whatif_title") in text


def test_an_edit_while_the_tab_is_open_never_exports_the_previous_figures(main_window, qtbot, tmp_path) -> None:
    window = main_window(EXAMPLE)
    open_what_if_tab(qtbot, window)
    old = window.whatif.computed(window.result, window.market)
    edit_days(qtbot, window, 60)  # the tab re-quotes the new deal in the background
    export(qtbot, window, tmp_path / "sixty_days.pdf")
    result = window.result
    fresh = what_if(result.deal, result, window.market)
    assert fresh.min_price != old.min_price
    assert_same_what_if(window.report_what_if, fresh)
    qtbot.waitUntil(lambda: window.whatif.computed(result, window.market) is not None, timeout=60000)
    assert_same_what_if(window.whatif.computed(result, window.market), fresh)


def test_a_simulated_quote_is_not_taken_from_the_tab(main_window, settings, qtbot, tmp_path) -> None:
    """`what_if` re-quotes a simulated quote's base row exactly, which the tab does not: the export computes it."""
    settings.set(keys.ENGINE_METHOD, "mc")
    window = main_window(EXAMPLE)
    assert window.result.method == "mc"
    open_what_if_tab(qtbot, window)
    result, market = window.result, window.market
    assert window.whatif.computed(result, market) is None
    export(qtbot, window, tmp_path / "simulated.pdf")
    assert_same_what_if(window.report_what_if, what_if(result.deal, result, market))


def test_the_registers_note_after_an_export_is_in_the_windows_language(main_window, qtbot, tmp_path,
                                                                        in_language) -> None:
    """A damaged register is set aside when the PDF is recorded; the window says so in German, not English."""
    from exportrisk.register.db import register_path

    in_language("de")
    window = main_window(EXAMPLE)
    register_path().parent.mkdir(parents=True, exist_ok=True)
    register_path().write_bytes(b"this is not a register")
    shown: list[str] = []
    window.message_shown.connect(shown.append)
    export(qtbot, window, tmp_path / "quote.pdf")
    notes = [text for text in shown if "corrupt" in text]
    assert len(notes) == 1 and "beiseitegelegt" in notes[0] and "set aside" not in notes[0], shown
    assert list(register_path().parent.glob("*.corrupt-*")), "the damaged register is kept beside the new one"
