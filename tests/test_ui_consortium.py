"""The consortium screen: tables from pool files and CSVs, analysis through the runner, errors, report export."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool

from exportrisk.consortium.analysis import analyse_pool
from exportrisk.consortium.io import load_pool, pool_to_dict
from exportrisk.consortium.output import consortium_to_dict
from exportrisk.paths import resources_dir
from ui.consortium_models import FLOW_COLUMNS, RAW_ROLE
from ui.consortium_view import ConsortiumView, ReportOptions
from ui.runner import Runner

pytestmark = pytest.mark.gui
POOLS = resources_dir() / "examples" / "pools"
BRIANZA = POOLS / "brianza_furniture.toml"
CENTRO_CSV = POOLS / "centro_nord_receivables.csv"
SCENARIOS = 2000
TIMEOUT = 30_000


@pytest.fixture
def runner(qtbot):
    runner = Runner(pool=QThreadPool())
    yield runner
    runner.wait()


@pytest.fixture
def view(qtbot, runner) -> ConsortiumView:
    widget = ConsortiumView(runner)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def fast_pool(tmp_path: Path) -> Path:
    """Brianza with quick stand-alone quotes."""
    path = tmp_path / "brianza_fast.toml"
    path.write_text(BRIANZA.read_text(encoding="utf-8") + "\n[parameters.consortium]\nstandalone_paths = 1000\n",
                    encoding="utf-8")
    return path


def set_cell(view: ConsortiumView, row: int, column: str, text: str) -> None:
    model = view.flows
    assert model.setData(model.index(row, FLOW_COLUMNS.index(column)), text, Qt.ItemDataRole.EditRole)


def analysed(qtbot, view: ConsortiumView) -> dict:
    with qtbot.waitSignal(view.analysis_finished, timeout=TIMEOUT) as blocker:
        assert view.analyse(SCENARIOS) is not None
    return blocker.args[0]


def test_load_pool_fills_the_tables(view: ConsortiumView) -> None:
    assert view.load_pool_file(BRIANZA)
    pool = load_pool(BRIANZA)
    assert view.name_edit.text() == "Consorzio Export Legno Brianza"
    assert view.date_edit.date().toString("yyyy-MM-dd") == "2026-10-30"
    assert view.fee_spin.value() == 1200
    assert view.members.names() == [m.name for m in pool.members]
    assert view.flows.rowCount() == len(pool.receivables) + len(pool.payables) == 11
    column = [view.flows.index(r, FLOW_COLUMNS.index("rating")).data() for r in range(view.flows.rowCount())]
    assert "CC2" in column and "0.03" in column and "BBB-" in column
    # the tables give back the same pool
    assert pool_to_dict(view.build_pool()) == pool_to_dict(pool)
    assert view.message.text() == ""


def test_analysis_shows_every_member_and_the_engine_totals(qtbot, view: ConsortiumView, fast_pool: Path) -> None:
    view.show()
    qtbot.waitExposed(view)
    assert view.load_pool_file(fast_pool)
    data = analysed(qtbot, view)
    expected = consortium_to_dict(analyse_pool(load_pool(fast_pool), scenarios=SCENARIOS))
    assert data == expected == view.result_data()
    table = view.allocation
    names = [m["name"] for m in expected["members"]]
    assert table.rowCount() == len(names) + 1
    assert [table.index(r, 0).data() for r in range(len(names))] == names
    for key, total in (("standalone_cost", "standalone_cost"), ("same_cover_alone", "same_cover_alone"),
                       ("pooled_cost", "pooled_cost"), ("saving", "saving"), ("risk_contribution", "es_99")):
        column = table.KEYS.index(key)
        assert table.index(len(names), column).data(RAW_ROLE) == expected["pool"][total]
        assert [table.index(r, column).data(RAW_ROLE) for r in range(len(names))] == \
            [m[key] for m in expected["members"]]
    assert view.figures["pooledCost"].text().endswith("EUR") and view.figures["fund"].text()
    assert view.verdict_label.text() == expected["verdict"]  # the verdict on top, as in the CLI and the JSON
    column = table.KEYS.index("better_off_alone")
    alone = [table.index(r, column).data() for r in range(len(names))]
    assert alone.count("Better off alone") == len(expected["better_off_alone"])
    assert len(view.figures["designs"].text().splitlines()) == len(expected["designs"])
    assert view.progress.value() == view.progress.maximum()
    assert view.export_button.isEnabled() and not view.stale_label.isVisible()


def test_import_csv_adds_its_members(view: ConsortiumView) -> None:
    assert view.import_csv(CENTRO_CSV)
    assert view.members.rowCount() == 44
    assert view.flows.rowCount() == len(CENTRO_CSV.read_text(encoding="utf-8").splitlines()) - 1
    kinds = {view.flows.index(r, 1).data() for r in range(view.flows.rowCount())}
    assert kinds == {"receivable", "payable"}


def test_invalid_amount_is_a_red_message_naming_the_field(view: ConsortiumView) -> None:
    view.load_pool_file(BRIANZA)
    set_cell(view, 2, "amount", "12x")
    assert view.analyse(SCENARIOS) is None
    text = view.message.text()
    assert "amount" in text.lower() and "row 3" in text and "12x" in text and "\n" not in text
    assert "color" in view.message.styleSheet()
    set_cell(view, 2, "amount", "-5")
    assert view.analyse(SCENARIOS) is None and "amount" in view.message.text().lower()
    set_cell(view, 2, "member", "Nobody S.p.A.")
    assert view.analyse(SCENARIOS) is None and "Nobody S.p.A." in view.message.text()


def test_engine_error_during_analysis_is_shown(qtbot, view: ConsortiumView, fast_pool: Path) -> None:
    view.load_pool_file(fast_pool)
    set_cell(view, 1, "currency", "XYZ")
    assert view.analyse(SCENARIOS) is not None
    qtbot.waitUntil(lambda: "XYZ" in view.message.text(), timeout=TIMEOUT)
    assert "row 2" in view.message.text() and view.result_data() is None


def test_unexpected_error_goes_to_the_excepthook(qtbot, view: ConsortiumView, fast_pool: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("engine bug")

    seen = []
    view.load_pool_file(fast_pool)
    with monkeypatch.context() as patch:
        patch.setattr("ui.consortium_view.analyse_pool", broken)
        patch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append((kind, exc, tb)))
        view.analyse(SCENARIOS)
        qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert seen[0][0] is RuntimeError and seen[0][2] is not None
    assert view.message.text() == ""


def test_export_report_writes_a_pdf_with_the_members(qtbot, view: ConsortiumView, fast_pool: Path,
                                                     tmp_path: Path) -> None:
    view.load_pool_file(fast_pool)
    assert view.export_report(tmp_path / "early.pdf") is None and "Analyse" in view.message.text()
    data = analysed(qtbot, view)
    view.set_report_options(ReportOptions(lang="en", adviser="Anna Rossi", organisation="Camera di Commercio"))
    out = tmp_path / "reports" / "brianza.pdf"
    with qtbot.waitSignal(view.report_written, timeout=TIMEOUT) as blocker:
        assert view.export_report(out) is not None
    assert blocker.args == [str(out)] and out.is_file()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    for member in data["members"]:
        assert member["name"] in text
    assert "Anna Rossi" in text
    # the report carries the pool: opening it shows the same tables
    other = ConsortiumView(view.runner)
    qtbot.addWidget(other)
    assert other.load_pool_file(out)
    assert pool_to_dict(other.build_pool()) == pool_to_dict(view.build_pool())


def test_a_new_analysis_cancels_the_running_one(qtbot, view: ConsortiumView, runner: Runner,
                                                fast_pool: Path) -> None:
    view.load_pool_file(fast_pool)
    view.import_csv(CENTRO_CSV, replace=False)  # 49 members, 168 stand-alone quotes: long enough to be running
    cancelled, results = [], []
    runner.signals.cancelled.connect(cancelled.append)
    view.analysis_finished.connect(results.append)
    first = view.analyse(SCENARIOS)
    assert view.cancel_button.isEnabled()
    second = view.analyse(SCENARIOS)
    qtbot.waitUntil(lambda: bool(results) and first in cancelled, timeout=TIMEOUT)
    runner.wait()
    qtbot.wait(50)
    assert first != second and len(results) == 1 and len(results[0]["members"]) == 49
    assert not view.busy() and not view.cancel_button.isEnabled()


def test_save_pool_round_trips_and_edits_mark_results_stale(qtbot, view: ConsortiumView, fast_pool: Path,
                                                            tmp_path: Path) -> None:
    view.load_pool_file(fast_pool)
    analysed(qtbot, view)
    view.members.setData(view.members.index(0, 0), "Colombo Mobili S.r.l.", Qt.ItemDataRole.EditRole)
    assert view.stale_label.isVisibleTo(view)
    assert view.flows.index(0, 0).data() == "Colombo Mobili S.r.l."  # its rows follow the rename
    out = tmp_path / "saved.json"
    assert view.save_pool_file(out)
    saved = load_pool(out)
    assert saved.members[0].name == "Colombo Mobili S.r.l."
    assert saved.parameters == {"consortium": {"standalone_paths": 1000}}
    assert pool_to_dict(saved) == pool_to_dict(view.build_pool())
    assert not view.save_pool_file(out / "inside_a_file.json")
    assert "Cannot save the pool" in view.message.text()
