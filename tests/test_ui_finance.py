"""Export finance in the window: the deal form's finance group, the Financing and Stress tabs, the settings' CIRR."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from exportrisk.country.classification import load_countries
from exportrisk.deal.io import load_deal
from exportrisk.errors import InputError
from exportrisk.finance.terms import FinanceTerms
from exportrisk.paths import resources_dir
from ui import i18n
from ui import settings as keys
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog, format_cirr, stored_cirr

pytestmark = pytest.mark.gui
MACHINERY = resources_dir() / "examples" / "deals" / "machinery_5y.toml"
PLAIN = resources_dir() / "examples" / "italy_textiles_brazil.toml"


@pytest.fixture
def italian(in_language):
    in_language("it")


def requote(qtbot, window: MainWindow, edit) -> None:
    """Make an edit and wait for the new quote."""
    with qtbot.waitSignal(window.result_ready, timeout=60000):
        edit()


def fact(view, key: str) -> str:
    label = view.findChild(QLabel, f"fact:{key}")
    assert label is not None, key
    return label.text()


def test_the_machinery_example_fills_the_finance_group(main_window) -> None:
    window = main_window(MACHINERY)
    terms = load_deal(MACHINERY).finance
    group = window.form.finance
    assert group.isChecked() and group.body.isVisible()
    assert group.down_payment.value() == terms.down_payment_pct
    assert group.repayment.value() == terms.repayment_years
    assert group.manufacturing.value() == terms.manufacturing_months
    assert group.starting_point.currentData() == terms.starting_point
    assert group.arrangement.currentData() is None and terms.arrangement_category is None  # automatic
    assert group.premium_payer.currentData() == terms.premium_paid_by
    assert group.pre_shipment.isChecked() == terms.pre_shipment_cover
    assert group.support.isChecked() == terms.interest_support
    assert group.market_rate.text() == i18n.plain(terms.market_fixed_rate_pct, 6)
    assert group.insured_margin.text() == "" and terms.insured_margin_pct is None
    assert [(r.kind.currentData(), r.amount.value(), r.months.value(), r.counter.isChecked())
            for r in group.bond_rows] == [(b.kind, b.amount, b.months, b.counter_guarantee) for b in terms.bonds]
    assert group.fund.isChecked() and group.loan.value() == terms.fund_394.loan_amount
    assert group.grant.value() / 100 == pytest.approx(terms.fund_394.grant_share)
    for widget in (group.down_payment, group.repayment, group.cirr, group.market_rate, group.bond_rows[0].unfair,
                   group.loan, group.grant):
        assert widget.toolTip(), widget.objectName()


def test_open_save_reload_gives_the_same_deal(main_window, tmp_path) -> None:
    window = main_window(MACHINERY)
    target = tmp_path / "machinery.json"
    assert window.save_to(target)
    original, saved = load_deal(MACHINERY), load_deal(target)
    assert saved.finance == original.finance
    # the form writes the buyer's country as its ISO code ("Morocco" -> "MAR"); everything else is as opened
    iso3 = load_countries().resolve(original.buyer.country).iso3
    assert saved == replace(original, buyer=replace(original.buyer, country=iso3))
    window.form.finance.insured_margin.setText(i18n.plain(0.75))  # a typed optional value is written as typed
    window.form.finance.bond_rows[1].unfair.setText(i18n.plain(2.5))
    assert window.save_to(target)
    saved = load_deal(target).finance
    assert saved.insured_margin_pct == 0.75 and saved.bonds[1].unfair_call_probability == 0.025


def test_bonds_are_added_and_removed(main_window, qtbot) -> None:
    window = main_window(MACHINERY)
    group = window.form.finance
    group.add_bond.click()
    assert len(group.bond_rows) == 3 and group.bond_rows[2].title.text() == "Bond 3"
    qtbot.waitUntil(lambda: group.bond_rows[2].errors["amount"].isVisible(), timeout=5000)  # an amount is needed
    assert window.result is None
    requote(qtbot, window, lambda: group.bond_rows[2].amount.setText(i18n.number(50_000)))
    assert len(window.result.finance.bonds) == 3 and window.result.finance.bonds[2].amount == 50_000
    requote(qtbot, window, group.bond_rows[0].remove.click)
    assert [b.kind for b in window.result.deal.finance.bonds] == ["performance", "advance_payment"]
    assert group.bond_rows[0].title.text() == "Bond 1"


def test_the_financing_tab_shows_the_engine_figures(main_window) -> None:
    window = main_window(MACHINERY)
    summary = window.result.finance
    window.tabs.setCurrentWidget(window.financing)
    view = window.financing
    table = view.table
    ranked = summary.ranked()
    assert table.rowCount() == len(summary.financing)
    for row, quote in enumerate(ranked):
        texts = [table.item(row, c).text() for c in range(table.columnCount())]
        assert texts == [str(row + 1), i18n.text(f"finance_option_{quote.id}"), i18n.percent(quote.all_in_rate),
                         i18n.number(quote.total_interest), i18n.number(quote.cost), i18n.number(quote.min_price)]
    for column in range(table.columnCount()):
        assert table.horizontalHeaderItem(column).toolTip()
    unavailable = [q for q in summary.financing if not q.available]
    assert unavailable and all(i18n.message(q.reason) in view.unavailable.text() for q in unavailable)
    cirr = summary.cirr
    assert not cirr.current  # the bundled table ends before the example's date
    text = view.cirr.text()
    assert i18n.percent(cirr.rate_pct / 100) in text and "past its validity: type the current rate" in text
    assert i18n.words().date(cirr.valid_to) in text
    assert view.cirr_button.isVisible()
    plan = summary.credit_schedule
    assert fact(view, "financed") == i18n.money(plan.financed, window.result.foreign)
    assert i18n.money(plan.total_interest, window.result.foreign) in fact(view, "schedule")
    assert fact(view, "saving") == i18n.money(summary.interest_support.saving, window.result.foreign)
    assert fact(view, "support") == "Eligible"
    fund = summary.fund_394
    assert fact(view, "saved") == i18n.money(fund.pv_interest_saved, "EUR")
    assert i18n.money(fund.benefit, "EUR") in fact(view, "benefit")
    assert "finance." not in view.notes.text()  # engine notes name fields by their labels


def test_type_todays_cirr_opens_the_field_and_the_typed_rate_is_quoted(main_window, qtbot) -> None:
    window = main_window(MACHINERY)
    window.tabs.setCurrentWidget(window.financing)
    window.financing.cirr_button.click()
    assert window.tabs.currentIndex() == 0
    row = window.form.finance.cirr_rows[0]
    assert row.code() == "USD"
    requote(qtbot, window, lambda: (row.rate.setText(i18n.plain(4.6)), row.rate.textEdited.emit(row.rate.text())))
    cirr = window.result.finance.cirr
    assert cirr.current and cirr.rate_pct == 4.6
    window.tabs.setCurrentWidget(window.financing)
    assert "as typed in the deal" in window.financing.cirr.text()
    assert not window.financing.cirr_button.isVisible()


def test_the_stress_tab_shows_options_by_scenario(main_window) -> None:
    window = main_window(MACHINERY)
    window.tabs.setCurrentWidget(window.stress)
    table, scenarios = window.stress.table, window.result.finance.stress
    options = sorted((o for o in window.result.options if o.available and o.rank is not None), key=lambda o: o.rank)
    assert table.rowCount() == len(options) and table.columnCount() == len(scenarios) + 1
    for row, option in enumerate(options):
        assert table.item(row, 0).text() == i18n.option_name(option.id)
        for column, scenario in enumerate(scenarios, 1):
            assert scenario.available
            assert table.item(row, column).text() == i18n.number(scenario.losses[option.id])
    for column in range(table.columnCount()):
        assert table.horizontalHeaderItem(column).toolTip()


def test_a_scenario_that_cannot_run_is_greyed_with_its_reason(main_window, qtbot) -> None:
    window = main_window(MACHINERY)
    requote(qtbot, window, lambda: window.form.currency.setCurrentText("EUR"))  # no exchange rate to shock
    scenarios = window.result.finance.stress
    missing = [(i, s) for i, s in enumerate(scenarios, 1) if not s.available]
    assert missing and any(s.available for s in scenarios)
    window.tabs.setCurrentWidget(window.stress)
    table = window.stress.table
    for column, scenario in missing:
        reason = i18n.message(scenario.notes[0])
        assert reason in table.horizontalHeaderItem(column).toolTip()
        assert reason in window.stress.scenarios.text()
        item = table.item(0, column)
        assert item.text() == "—" and reason in item.toolTip()
        assert item.foreground().color().name() != table.item(0, 0).foreground().color().name()


def test_a_down_payment_below_15_percent_is_shown_beside_its_field(main_window, qtbot) -> None:
    window = main_window(MACHINERY)
    group = window.form.finance
    with qtbot.waitSignal(window.input_error, timeout=60000) as shown:
        group.down_payment.setValue(10.0)
    label = group.findChild(QLabel, "error:finance.down_payment_pct")
    assert label.isVisible() and label.text() == shown.args[0]
    expected = InputError(code="finance_down_payment", field="finance.down_payment_pct", given="10", minimum="15")
    assert label.text() == expected.text("en")
    assert label.parentWidget() is group.down_payment.property("row_holder")  # under the field itself
    assert not window.form.general_error.isVisible() and window.result is None
    window.tabs.setCurrentWidget(window.financing)
    assert window.financing.none_note.isVisible()  # no figure of the refused deal stays


def test_an_unreadable_bond_amount_is_shown_under_that_bond(main_window, qtbot) -> None:
    window = main_window(MACHINERY)
    row = window.form.finance.bond_rows[1]
    row.amount.setText("lots")
    qtbot.waitUntil(lambda: row.errors["amount"].isVisible(), timeout=5000)
    assert "number" in row.errors["amount"].text() and not window.form.finance.bond_rows[0].errors["amount"].isVisible()


def test_a_number_out_of_range_names_the_field_by_its_label() -> None:
    from ui.finance_form import error_text

    error = InputError(code="finance_number", field="finance.market_fixed_rate_pct",
                       name="finance.market_fixed_rate_pct", low="-1", high="30", given="45")
    text = error_text(error)
    assert text.startswith(QLocale().quoteString("Market fixed rate")) and "finance." not in text


def test_the_settings_cirr_reaches_the_quote_and_the_deals_own_wins(main_window, settings, qtbot, tmp_path) -> None:
    settings.set(keys.CIRR_PCT, format_cirr({"USD": 4.75, "EUR": 3.1}))
    window = main_window(MACHINERY)
    cirr = window.result.finance.cirr
    assert cirr.current and cirr.rate_pct == 4.75
    window.tabs.setCurrentWidget(window.financing)
    assert "from your settings" in window.financing.cirr.text()
    target = tmp_path / "saved.json"
    assert window.save_to(target)
    assert "cirr_pct" not in json.loads(target.read_text(encoding="utf-8")).get("finance", {})  # the file stays
    window.tabs.setCurrentIndex(0)
    row = window.form.finance.focus_cirr("USD").parentWidget()
    requote(qtbot, window, lambda: (row.rate.setText(i18n.plain(5.05)), row.rate.textEdited.emit(row.rate.text())))
    assert window.result.finance.cirr.rate_pct == 5.05  # the deal's value wins


def test_the_settings_dialog_stores_the_cirr_per_currency(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.add_cirr("usd", i18n.plain(4.4))
    dialog.add_cirr("GBP", "4.9x")
    dialog.accept()
    assert dialog.cirr_error.text().startswith("Line 2") and stored_cirr(settings) == {}
    dialog.cirr.item(1, 1).setText(i18n.plain(4.9))
    dialog.accept()
    assert stored_cirr(settings) == {"USD": 4.4, "GBP": 4.9}
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert {again.cirr.item(r, 0).text() for r in range(again.cirr.rowCount())} == {"USD", "GBP"}
    for column in range(again.cirr.columnCount()):
        assert again.cirr.horizontalHeaderItem(column).toolTip()


def test_a_deal_without_finance_tables_says_so_in_both_tabs(main_window) -> None:
    window = main_window(PLAIN)
    assert window.result.finance is None and window.result.deal.finance == FinanceTerms()
    assert not window.form.finance.isChecked() and "finance" not in window.form.values()
    for view in (window.financing, window.stress):
        window.tabs.setCurrentWidget(view)
        assert view.none_note.isVisible() and not view.content.isVisible()
        assert "no export finance terms" in view.none_note.text() and "Export finance" in view.none_note.text()


def test_ticking_the_group_with_defaults_adds_no_finance(main_window, qtbot) -> None:
    window = main_window(PLAIN)
    window.form.finance.setChecked(True)
    assert window.form.finance.values(True, "BRL")["finance"]["down_payment_pct"] == 15.0
    qtbot.waitUntil(lambda: window.result is not None, timeout=30000)
    assert window.result.finance is None  # the defaults alone are no finance table


def test_the_financing_tab_in_italian_uses_the_windows_number_format(main_window, italian) -> None:
    window = main_window(MACHINERY)
    window.tabs.setCurrentWidget(window.financing)
    quote = window.result.finance.ranked()[0]
    words = i18n.words("it")
    assert window.financing.table.item(0, 4).text() == words.number(quote.cost)
    assert "," in words.number(quote.cost)
    assert window.tabs.tabText(window.tabs.indexOf(window.financing)) == "Finanziamento"
    assert window.form.finance.title() == "Finanziamento all'esportazione"
    assert window.financing.table.item(0, 4).textAlignment() & Qt.AlignmentFlag.AlignRight  # figures right-aligned
