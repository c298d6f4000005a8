"""The data tables dialog lists every table with its date; a table past its review interval is flagged, once per
version."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings

from exportrisk.market.interest_rates import load_rate_table
from exportrisk.paths import resources_dir
from exportrisk.register.archive import current_versions, review_days, user_copy
from ui.data_view import (
    FLAGGED_KEY,
    DataTablesDialog,
    flag_stale_once,
    stale_message,
    stale_tables_to_flag,
    table_statuses,
    table_title,
)

pytestmark = pytest.mark.gui
TABLE = "premium/ukef_exip_grid.csv"
COLUMN = {key: i for i, key in enumerate(DataTablesDialog.COLUMNS)}


def installed_as_of(name: str) -> date:
    return next(date.fromisoformat(v.as_of) for v in current_versions() if v.name == name)


def write_user_copy(name: str, as_of: date) -> Path:
    """The installed table as the user's copy, its header dated `as_of` (rows untouched, so it stays valid)."""
    text = (resources_dir() / name).read_text(encoding="utf-8")
    text, count = re.subn(r"^# as_of: .*$", f"# as_of: {as_of.isoformat()}", text, count=1, flags=re.MULTILINE)
    assert count == 1
    path = user_copy(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def dialog_for(qtbot):
    def make(today: date) -> DataTablesDialog:
        dialog = DataTablesDialog(today=today)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.fixture(autouse=True)
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def italian(english):
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))


def cell(dialog: DataTablesDialog, name: str, column: str) -> str:
    return dialog.table.item(dialog.row_of(name), COLUMN[column]).text()


def days_text(count: int) -> str:
    """What the English dialog says for a count of days: one day is singular."""
    return "1 day" if count == 1 else f"{count:,} days"


def test_every_table_is_listed_with_its_date_in_plain_words(dialog_for, tmp_path) -> None:
    today = date.today()
    dialog = dialog_for(today)
    versions = current_versions()
    assert dialog.table.rowCount() == len(versions) > 20
    oldest_rate = min(e.as_of for e in load_rate_table()[0].entries)
    for version in versions:
        as_of = oldest_rate if version.name == "interest_rates.csv" else date.fromisoformat(version.as_of)
        shown = QLocale().toString(QDate(as_of.year, as_of.month, as_of.day), "d MMM yyyy")
        assert cell(dialog, version.name, "as_of") == shown
        assert cell(dialog, version.name, "age") == days_text((today - as_of).days)
        assert cell(dialog, version.name, "table") == table_title(version.name) != version.name
        assert cell(dialog, version.name, "version") == version.sha256[:10]
        interval = review_days(version.name)
        assert cell(dialog, version.name, "review") == ("—" if interval is None else days_text(interval))
        stale = interval is not None and (today - as_of).days > interval
        assert cell(dialog, version.name, "status") == ("Review due" if stale else "Current")
    assert dialog.grab().save(str(tmp_path / "data_en.png"))


def test_an_old_user_copy_is_flagged(dialog_for) -> None:
    installed = installed_as_of(TABLE)
    interval = review_days(TABLE)
    assert interval
    today = installed + timedelta(days=interval - 10)
    before = dialog_for(today)
    assert cell(before, TABLE, "status") == "Current"
    write_user_copy(TABLE, installed - timedelta(days=30))
    after = dialog_for(today)
    assert cell(after, TABLE, "status") == "Review due"
    assert cell(after, TABLE, "version").endswith("(your copy)")
    assert cell(after, TABLE, "age") == f"{interval + 20:,} days"
    flags = [s.stale for s in after.statuses]
    assert flags == sorted(flags, reverse=True)  # the flagged tables first
    assert re.match(r"\d+ of \d+ tables are older", after.summary.text())


def test_a_stale_table_is_flagged_once_per_version(user_dirs) -> None:
    installed = installed_as_of(TABLE)
    today = installed + timedelta(days=review_days(TABLE) - 10)
    seen: set[str] = set()
    first = stale_tables_to_flag(seen, today)
    assert TABLE not in {s.name for s in first}
    write_user_copy(TABLE, installed - timedelta(days=30))
    flagged = stale_tables_to_flag(seen, today)
    assert [s.name for s in flagged] == [TABLE]
    assert stale_tables_to_flag(seen, today) == []          # the same version: not again
    write_user_copy(TABLE, installed - timedelta(days=60))  # a new version, still old: flagged once more
    assert [s.name for s in stale_tables_to_flag(seen, today)] == [TABLE]
    assert stale_tables_to_flag(seen, today) == []
    assert table_title(TABLE) in stale_message(flagged)


def test_the_flagged_versions_survive_a_restart(user_dirs, tmp_path) -> None:
    installed = installed_as_of(TABLE)
    today = installed + timedelta(days=review_days(TABLE) - 10)
    write_user_copy(TABLE, installed - timedelta(days=30))
    path = str(tmp_path / "settings.ini")
    first = flag_stale_once(QSettings(path, QSettings.Format.IniFormat), today)
    assert TABLE in {s.name for s in first}
    assert flag_stale_once(QSettings(path, QSettings.Format.IniFormat), today) == []
    stored = QSettings(path, QSettings.Format.IniFormat).value(FLAGGED_KEY)
    stored = {stored} if isinstance(stored, str) else set(stored)
    assert stored == {s.key for s in first}
    statuses = {s.name: s for s in table_statuses(today)}
    assert statuses[TABLE].key in stored and statuses[TABLE].user_copy


def test_dates_follow_the_italian_locale(dialog_for, italian, tmp_path) -> None:
    dialog = dialog_for(date.today())
    as_of = installed_as_of(TABLE)
    assert cell(dialog, TABLE, "as_of") == QLocale().toString(QDate(as_of.year, as_of.month, as_of.day), "d MMM yyyy")
    assert re.fullmatch(r"\d{1,2} \w+ \d{4}", cell(dialog, TABLE, "as_of"))
    age = (date.today() - as_of).days
    assert cell(dialog, TABLE, "age").startswith(f"{age:,}".replace(",", "."))
    assert dialog.grab().save(str(tmp_path / "data_it.png"))


@pytest.mark.parametrize(("days", "shown"), [(1, "1 day"), (2, "2 days"), (1200, "1,200 days")])
def test_an_age_of_one_day_is_singular(dialog_for, days: int, shown: str) -> None:
    dialog = dialog_for(installed_as_of(TABLE) + timedelta(days=days))
    assert cell(dialog, TABLE, "age") == shown
