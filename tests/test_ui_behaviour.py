"""What the clerk, the adviser and the consortium manager met: numbers read as typed, blank or labelled example,
no stale figure, ordering, remembered language and size, forced offline, pool imports and the quit prompt."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from exportrisk.paths import data_dir, resources_dir
from ui import i18n
from ui import settings as keys
from ui.main_window import DEBOUNCE_MS, MainWindow
from ui.runner import Runner
from ui.settings import AppSettings

pytestmark = pytest.mark.gui
EXAMPLE = resources_dir() / "examples" / "italy_textiles_brazil.toml"
POOLS = resources_dir() / "examples" / "pools"


@pytest.fixture
def italian(in_language):
    in_language("it")


def settle(qtbot, window: MainWindow) -> None:
    qtbot.wait(DEBOUNCE_MS + 100)
    assert window.runner.wait(30000)
    qtbot.wait(50)


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


# ------------------------------------------------------------------------------------------------ wrong numbers
def test_italian_amounts_are_read_as_typed_and_an_ambiguous_one_is_asked(main_window, qtbot, italian) -> None:
    window = main_window(EXAMPLE)
    form = window.form
    form.price_basis.setCurrentIndex(form.price_basis.findData("target_margin"))  # no production cost to ask about
    type_into(qtbot, form.amount, "12.035,08")
    settle(qtbot, window)
    assert form.amount.value() == pytest.approx(12035.08) and window.result is not None

    type_into(qtbot, form.amount, "250,000.50")  # English grouping in an Italian window: asked, never 250,00
    settle(qtbot, window)
    question = form.findChild(object, "question:deal.amount")
    assert question.isVisible() and window.result is None and window.model.rowCount() == 0
    choices = [b.text() for b in question.findChildren(QPushButton)]
    assert choices == ["250.000,50"]
    with qtbot.waitSignal(window.result_ready, timeout=60000):
        question.findChildren(QPushButton)[0].click()
    assert window.result.deal.terms.amount == pytest.approx(250_000.5)

    type_into(qtbot, form.amount, "250,000")  # 250 or 250 000: both offered
    settle(qtbot, window)
    assert [b.text() for b in question.findChildren(QPushButton)] == ["250,00", "250.000,00"]
    assert window.result is None


@pytest.mark.parametrize(("field", "text", "words"), [("amount", "12a", "lettere"), ("days", "0", "almeno 1"),
                                                      ("days", "3x", "numero intero")])
def test_letters_and_zero_days_are_refused_with_a_message(main_window, qtbot, italian, field, text, words) -> None:
    window = main_window(EXAMPLE)
    widget = getattr(window.form, field)
    type_into(qtbot, widget, text)
    settle(qtbot, window)
    error = window.form.findChild(object, f"error:{widget.objectName()}")
    assert error.isVisible() and words in error.text()
    assert window.result is None and window.model.rowCount() == 0


def test_a_long_message_under_a_field_shows_all_its_lines(main_window, qtbot, in_language) -> None:
    # seen under Xvfb in German: on a blank form, the country's message wrapped to five lines in a box tall
    # enough for three
    in_language("de")
    window = main_window(None)
    form = window.form
    form.country.setEditText("Zzyzx Republic of Nowhere")
    type_into(qtbot, form.amount, "250000")
    type_into(qtbot, form.cost, "200000")
    settle(qtbot, window)
    error = form.findChild(object, f"error:{form.country.objectName()}")
    assert error.isVisible() and "Zzyzx" in error.text() and "steht nicht" in error.text()
    lines = error.heightForWidth(error.width()) // error.fontMetrics().lineSpacing()
    assert lines >= 3 and error.height() >= error.heightForWidth(error.width()), (lines, error.height())


def test_a_production_cost_typed_for_another_amount_is_asked_about(main_window, qtbot) -> None:
    window = main_window(EXAMPLE)
    form = window.form
    assert form.cost.value() == 128_000
    type_into(qtbot, form.amount, "900000")
    settle(qtbot, window)
    question = form.findChild(object, "question:deal.cost")
    assert question.isVisible() and "128,000.00" in question.findChild(object, "questionText").text()
    assert window.result is None  # no minimum price from the old cost
    keep, clear = question.findChildren(QPushButton)
    clear.click()
    settle(qtbot, window)
    assert form.cost.text() == "" and window.result is None
    assert form.cost.property("row_holder").isVisible() and "Production cost" in window.recommendation.text()
    with qtbot.waitSignal(window.result_ready, timeout=60000):
        type_into(qtbot, form.cost, "640000")
    assert window.result.deal.terms.cost == 640_000


def test_the_headline_is_cleared_while_the_figures_are_recomputed(main_window, qtbot) -> None:
    window = main_window(EXAMPLE)
    old = window.recommendation.text()
    assert "USD" in old
    form = window.form
    form.currency.setCurrentText("EUR")
    qtbot.wait(DEBOUNCE_MS + 20)  # recalculating: the simulation has started, the old headline is gone
    assert "USD" not in window.recommendation.text() or window.result is not None
    assert window.result is None or window.result.deal.terms.currency == "EUR"
    # the new figures may already be there (an exact quote takes milliseconds): wait for them, not for a signal
    qtbot.waitUntil(lambda: window.result is not None and window.result.deal.terms.currency == "EUR", timeout=60000)
    assert "EUR" in window.recommendation.text()


# ------------------------------------------------------------------------------------------------ friction
def test_start_blank_or_with_a_labelled_example_whose_notes_are_not_saved(main_window, qtbot, tmp_path) -> None:
    window = main_window()
    window.new_deal()
    assert window.form.values()["deal"]["amount"] == 0 and window.form.country.currentText() == ""
    assert window.example_button.isVisible() and window.model.rowCount() == 0
    assert not window.form.findChild(object, "error:deal.amount").isVisible()  # a blank deal is not an error
    with qtbot.waitSignal(window.result_ready, timeout=60000):
        window.example_button.click()
    assert window.form.example_note.isVisible() and "example" in window.windowTitle().lower()
    assert "notes" not in window.form.values()
    window.new_deal()
    assert not window.form.example_note.isVisible() and window.result is None


def test_a_name_changes_no_figure_and_keeps_the_ranking(main_window, qtbot) -> None:
    window = main_window(EXAMPLE)
    task, result = window._sim_task, window.result  # noqa: SLF001
    order = [window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())]
    qtbot.keyClicks(window.form.buyer_name, " Filial Sul")
    qtbot.wait(DEBOUNCE_MS + 200)
    assert window._sim_task == task  # noqa: SLF001 (no new simulation)
    assert window.result.options == result.options
    assert window.result.deal.buyer.name == "Confecções Paulista Ltda Filial Sul"
    assert [window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())] == order
    assert window.isWindowModified()


def test_recommended_first_and_unavailable_last_with_their_reason(main_window, qtbot) -> None:
    window = main_window(EXAMPLE)
    with qtbot.waitSignal(window.result_ready, timeout=60000):  # a buyer paying in advance: some options unusable
        window.form.instrument.setCurrentIndex(window.form.instrument.findData("cash_in_advance"))
    proxy, model = window.proxy, window.model
    rows = [model.option(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]
    assert rows[0].id == window.result.recommended
    available = [o.available for o in rows]
    assert available == sorted(available, reverse=True) and not available[-1], "unavailable options last"
    last = proxy.rowCount() - 1
    window.table.selectRow(last)
    assert rows[-1].reason and window.note.text().endswith(model.note(rows[-1]).replace("'", "&#x27;")) or \
        model.note(rows[-1]) in window.note.text()
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert all(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(model.columnCount())) and header


def test_a_negative_expected_loss_is_explained_where_it_appears(main_window, qtbot) -> None:
    from ui.results import OptionsModel

    window = main_window(EXAMPLE)
    model, column = window.model, OptionsModel.COLUMNS.index("expected_loss")
    negative = [r for r in range(model.rowCount())
                if model.option(r).expected_loss is not None and model.option(r).expected_loss < 0]
    assert negative, "the example has a put with a negative expected loss"
    for row in negative:
        assert model.data(model.index(row, column)).endswith("*")
        assert "below zero" in model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole).lower()
        assert "below zero" in model.note(model.option(row)).lower()


def test_window_language_and_size_are_kept_across_a_restart(main_window, qtbot, settings) -> None:
    window = main_window()
    window.resize(700, 500)  # within the offscreen screen (800x600): restoreGeometry keeps a window on its screen
    settings.set(keys.LANGUAGE, "pl")
    window.close()
    again = AppSettings()  # a new start reads the file again
    assert again.get(keys.LANGUAGE) == "pl" and i18n.resolve(again.get(keys.LANGUAGE)) == "pl"
    restored = MainWindow(again, Runner(pool=QThreadPool()))
    qtbot.addWidget(restored)
    assert (restored.width(), restored.height()) == (700, 500)


def test_a_language_written_by_an_earlier_version_is_read(qapp) -> None:
    store = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("general/language", "it")  # stored under [%General], read back as General/language
    store.sync()
    assert AppSettings().get(keys.LANGUAGE) == "it"


def test_the_window_opens_within_a_1366x768_screen(main_window) -> None:
    window = main_window()
    hint = window.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


def test_forced_offline_is_shown_ticked_and_disabled_with_the_reason(main_window, qtbot) -> None:
    window = main_window()  # tests run with EXPORTRISK_OFFLINE=1
    action = window.offline_action
    assert action.isChecked() and not action.isEnabled() and "EXPORTRISK_OFFLINE" in action.toolTip()
    with qtbot.waitSignal(window.message_shown, timeout=5000) as shown:
        window.update_rates()
    assert "forced" in shown.args[0] and "Data menu" not in shown.args[0]


def test_save_dialogs_propose_a_name_from_the_deal_in_the_documents_folder(main_window, tmp_path) -> None:
    window = main_window(EXAMPLE)
    assert window.suggested_name(".json") == "Confecções Paulista Ltda - 2026-10-30.json"
    folder = window.start_folder()
    assert folder and "wt-window" not in folder or folder == str(tmp_path)
    window.remember_folder(tmp_path / "x.json")
    assert window.start_folder() == str(tmp_path)


# ------------------------------------------------------------------------------------------------ consortium
def _answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the next message box, remembering its text."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(50, click)


def test_import_csv_after_open_pool_asks_replace_or_add_and_says_what_it_loaded(main_window, qtbot) -> None:
    window = main_window()
    view = window.consortium
    assert view.load_pool_file(POOLS / "centro_nord.toml")
    before = view.flows.rowCount()
    assert "Loaded" in view.info.text() and str(before) in view.info.text()
    seen: list[str] = []
    _answer_next_box("Replace", seen)
    assert view.import_csv(POOLS / "centro_nord_receivables.csv")
    csv_rows = len((POOLS / "centro_nord_receivables.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert seen and "replace" in seen[0] and view.flows.rowCount() == csv_rows
    assert f"{csv_rows} receivable or payable rows" in view.info.text()
    _answer_next_box("Add", seen)
    assert view.import_csv(POOLS / "centro_nord_receivables.csv")
    assert view.flows.rowCount() == 2 * csv_rows and view.modified


def test_the_quit_prompt_names_a_modified_pool(main_window, qtbot) -> None:
    window = main_window()
    view = window.consortium
    view.load_pool_file(POOLS / "brianza_furniture.toml")
    assert not view.modified
    view.members.setData(view.members.index(0, 0), "Colombo", Qt.ItemDataRole.EditRole)
    assert view.modified
    seen: list[str] = []
    _answer_next_box("Cancel", seen)
    assert window.maybe_save(quitting=True) is False
    assert seen and "pool" in seen[0]


def test_pool_amounts_and_percentages_read_as_the_report_writes_them(main_window, qtbot) -> None:
    window = main_window()
    view = window.consortium
    view.load_pool_file(POOLS / "brianza_furniture.toml")
    amount = view.flows.index(0, 5)
    assert amount.data() == i18n.number(float(amount.data(Qt.ItemDataRole.EditRole)))
    assert "," in amount.data()  # 145,000.00
    assert i18n.percent(0.00285) == i18n.words("en").percent(0.00285)  # the PDF's own rounding
    assert view.member_table.minimumHeight() >= 4 * 24


# ------------------------------------------------------------------------------------------------ exit
def test_signals_emitted_from_python_keep_the_reference_count_of_true() -> None:
    """PySide6 6.12.0's SignalInstance.emit() returned True without a reference: each emit took one from True, and
    about one exit in four died with "Fatal Python error: bool_dealloc" (that version is excluded)."""
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        ping = Signal(int)

    source = Source()
    source.ping.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        source.ping.emit(1)
    assert sys.getrefcount(True) - before > -100


# ------------------------------------------------------------------------------------------------ quick quote
class Keys:
    """Presses keys on the focused widget and counts them."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def press(self, key: Qt.Key | str) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        if isinstance(key, str):
            self.qtbot.keyClick(widget, key)
        else:
            self.qtbot.keyClick(widget, key)
        self.count += 1
        self.qtbot.wait(5)  # a typist's pause: the field selects its text when Tab reaches it

    def type(self, text: str) -> None:
        for char in text:
            self.press(char)


QUICK_QUOTE = (Qt.Key.Key_Tab, "250k", Qt.Key.Key_Tab, "u", Qt.Key.Key_Tab, "60")


def quick_quote(window: MainWindow, keys: Keys) -> None:
    """From a blank window with the country chosen: amount 250,000, currency USD, 60 days, rating BB (shown)."""
    for step in QUICK_QUOTE:
        if isinstance(step, str):
            keys.type(step)
        else:
            keys.press(step)


def test_the_clerks_quick_quote_takes_ten_keystrokes_after_the_country(main_window, qtbot) -> None:
    window = main_window()
    window.new_deal()
    form = window.form
    form.country.setFocus()
    form.country.setCurrentIndex(form.country.findData("TUR"))  # chosen from the list
    keys = Keys(qtbot)
    with qtbot.waitSignal(window.result_ready, timeout=60000) as done:
        quick_quote(window, keys)
    deal = done.args[0].deal
    assert (deal.buyer.country, deal.buyer.rating, deal.terms.amount, deal.terms.currency,
            deal.terms.payment_days) == ("TUR", "BB", 250_000, "USD", 60)
    assert keys.count <= 10, keys.count
    text = window.recommendation.text()
    assert window.result.recommended and "USD" in text and i18n.option_name(window.result.recommended) in text


def test_a_rating_is_chosen_by_typing_it(main_window, qtbot) -> None:
    window = main_window()
    box = window.form.rating
    box.setFocus()
    for text, expected in (("BB", "BB"), ("BB-", "BB-"), ("A", "A")):
        qtbot.wait(1300)  # a new word
        qtbot.keyClicks(box, text)
        assert box.currentText() == expected


def test_tur_finds_turkiye_in_the_window_language_and_in_english(main_window, qtbot, italian) -> None:
    window = main_window()
    completer = window.form.country.completer()
    completer.setCompletionPrefix("Tur")
    found = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert any(f.startswith("Turchia") for f in found) and any(f.startswith("Turkmenistan") for f in found), found
    completer.setCompletionPrefix("Türki")  # the English name (Türkiye) finds the Italian entry, accents or not
    assert completer.completionCount() == 1
    completer.setCompletionPrefix("turki")
    assert completer.completionCount() == 1
    assert completer.completionModel().index(0, 0).data().startswith("Turchia")
