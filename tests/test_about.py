"""Version and data dates: read from the files' own headers, shown in the window's title and About box."""

from __future__ import annotations

import re
import tomllib
import zipfile
from datetime import date
from pathlib import Path

import pytest

from exportrisk import __version__
from exportrisk.about import DATED_TABLES, data_dates, ecb_history_end, header_date
from exportrisk.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_is_written_once() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "exportrisk.__version__"}
    assert "version" not in (ROOT / "setup.py").read_text(encoding="utf-8")
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_header_date_reads_only_the_as_of_line(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("# ExportRisk table: x\n# source: somewhere\n# as_of: 2025-07-01\na,b\n1,2\n", encoding="utf-8")
    assert header_date(table) == date(2025, 7, 1)
    table.write_text("# source: somewhere\na,b\n# as_of: 2025-07-01\n", encoding="utf-8")  # not in the header
    assert header_date(table) is None
    assert header_date(tmp_path / "missing.csv") is None


def test_ecb_history_end_is_the_newest_row(tmp_path: Path) -> None:
    archive = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("eurofxref-hist.csv", "Date,USD,JPY,\n2024-03-28,1.0811,163.45,\n2024-03-27,1.0826,164.0,\n")
    assert ecb_history_end(archive).as_of == date(2024, 3, 28)
    archive.write_bytes(b"not a zip")
    assert ecb_history_end(archive).as_of is None


def test_data_dates_match_the_installed_tables(ecb_history) -> None:
    dates = {item.key: item.as_of for item in data_dates()}
    assert dates["ecb"] == ecb_history.last_date.date()
    for key, name in DATED_TABLES:
        text = (resources_dir() / name).read_text(encoding="utf-8")
        assert dates[key] == date.fromisoformat(re.search(r"^# as_of: (\S+)", text, re.MULTILINE).group(1))


@pytest.mark.gui
def test_about_box_and_title_show_version_and_dates(qtbot) -> None:
    from ui.about import AboutDialog
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert __version__ in window.windowTitle()
    about = window.findChild(type(window.menuBar().actions()[0]), "about")
    assert about is not None
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"ExportRisk {__version__}" in text
    for item in data_dates():
        assert item.as_of.isoformat() in text
