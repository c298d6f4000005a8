"""The register: a real SQLite file, migrations, reopen and reproduce, re-quote, kill -9, corruption, backup."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from exportrisk.cli import main
from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.register import db as register
from exportrisk.register import flags, quotes
from exportrisk.tables import ensure_user_copy

ROOT = Path(__file__).resolve().parents[1]
BRAZIL = ROOT / "resources" / "examples" / "italy_textiles_brazil.toml"
TODAY = date(2026, 10, 30)


def brazil_quote(paths: int = 4000):
    return price_deal(load_deal(BRAZIL), paths=paths, seed=11, today=TODAY)


@pytest.fixture
def db(user_dirs: Path):
    opened = register.open_register()
    yield opened.connection
    opened.connection.close()


def test_a_new_register_is_at_the_current_schema_in_wal_mode(db) -> None:
    assert db.execute("PRAGMA user_version").fetchone()[0] == register.SCHEMA_VERSION == 3
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert {"clients", "buyers", "deals", "quotes", "table_versions", "quote_tables", "quotes_by_country"} <= names


def test_a_version_1_register_migrates_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    register.migrate(old, target=1)
    old.execute("INSERT INTO clients (name, home_currency) VALUES ('Tessitura', 'EUR')")
    old.execute("INSERT INTO buyers (name, country) VALUES ('Paulista', 'BRA')")
    old.execute("INSERT INTO deals (client_id, buyer_id, deal_json, created) VALUES (1, 1, '{}', '2026-01-01')")
    old.execute("INSERT INTO quotes (deal_id, created, valuation_date, country, home_currency, invoice_currency, "
                "result_json, app_version) VALUES (1, '2026-01-01', '2026-01-01', 'BRA', 'EUR', 'USD', '{}', '0.1.0')")
    old.close()
    opened = register.open_register(path)
    try:
        connection = opened.connection
        assert opened.set_aside is None
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 3
        # the names are back-filled onto the quote by the migration
        assert connection.execute("SELECT country, pdf_blob, client_name, buyer_name FROM quotes").fetchall() == [
            ("BRA", None, "Tessitura", "Paulista")]
        assert [r[0] for r in quotes.search(connection, client="tess")] == [1]
    finally:
        opened.connection.close()


def test_a_version_2_register_with_a_flag_table_written_before_migration_3_keeps_its_flags(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    register.migrate(old, target=2)
    old.execute(flags.SCHEMA)  # what flags.py created on its first write before step 3 existed
    old.execute("INSERT INTO stale_flags VALUES ('interest_rates.csv:PLN', '2026-04-07', '2026-04-07', '2026-12-01')")
    old.close()
    opened = register.open_register(path)
    try:
        assert opened.connection.execute("PRAGMA user_version").fetchone()[0] == 3
        assert opened.connection.execute("SELECT name, version FROM stale_flags").fetchall() == [
            ("interest_rates.csv:PLN", "2026-04-07")]
    finally:
        opened.connection.close()


def test_a_stored_quote_reopens_exactly_and_reproduces_with_its_tables(db) -> None:
    result = brazil_quote()
    quote_id = quotes.record_quote(db, result)
    stored = quotes.load(db, quote_id)
    assert stored.result == json.loads(json.dumps(result.to_dict()))
    assert stored.client == "Tessitura Lariana S.r.l." and stored.country == "BRA"
    assert "country/oecd_country_risk.csv" in stored.tables and "parameters.toml" in stored.tables
    assert quotes.differences(stored.result, quotes.reproduce(db, quote_id)) == []


def test_a_changed_country_category_reaches_new_quotes_while_old_ones_reproduce(db, user_dirs: Path) -> None:
    old_id = quotes.record_quote(db, brazil_quote())
    copy = ensure_user_copy("country/oecd_country_risk.csv")
    copy.write_text(copy.read_text(encoding="utf-8").replace("BRA,Brazil,4,", "BRA,Brazil,5,"), encoding="utf-8")
    new = brazil_quote()
    assert new.risks.oecd_category == "5"
    changes = dict((label, (a, b)) for label, a, b in quotes.differences(quotes.load(db, old_id).result,
                                                                           new.to_dict()))
    assert changes["oecd category"] == ("4", "5")
    again = quotes.reproduce(db, old_id)
    assert again["risks"]["oecd_category"] == "4"
    assert quotes.differences(quotes.load(db, old_id).result, again) == []


def test_requote_with_changed_rates_lists_what_changed(db, user_dirs: Path) -> None:
    quote_id = quotes.record_quote(db, brazil_quote())
    from exportrisk.market.interest_rates import ensure_user_copy as rates_copy

    table = rates_copy()
    # a newer EUR row wins the lookup (the newest date per currency)
    table.write_text(table.read_text(encoding="utf-8").rstrip("\n") + "\nEUR,3.90,money_market_3m,2026-10-29,"
                     "test entry,high\n", encoding="utf-8")
    changes = {label for label, _, _ in quotes.differences(quotes.load(db, quote_id).result,
                                                            quotes.requote(quotes.load(db, quote_id), TODAY))}
    assert "interest rate home" in changes and "none risk_adjusted_cost" in changes


def test_search_filters_by_client_buyer_country_and_date(db) -> None:
    brazil = quotes.record_quote(db, brazil_quote())
    poland = quotes.record_quote(db, price_deal(load_deal(ROOT / "resources/examples/germany_poland.toml"),
                                                paths=2000, seed=1, today=TODAY))
    assert [r[0] for r in quotes.search(db)] == [poland, brazil]
    assert [r[0] for r in quotes.search(db, client="tess")] == [brazil]          # prefix, any case
    assert [r[0] for r in quotes.search(db, buyer="PRZED")] == [poland]
    assert [r[0] for r in quotes.search(db, country="pol")] == [poland]
    assert quotes.search(db, since=date(2026, 10, 31)) == []
    assert len(quotes.search(db, since=TODAY, until=TODAY)) == 2


def test_export_neutralises_spreadsheet_formulas() -> None:
    text = quotes.export_csv([(1, "2026", "=HYPERLINK(\"x\")", "+cmd", "BRA", "2026-10-30", "@x", -5.0, "USD")])
    row = text.splitlines()[1]
    assert "'=HYPERLINK" in row and "'+cmd" in row and "'@x" in row and ",-5.0," in row


WRITER = """
import sys
from datetime import date
from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.register import db, quotes
connection = db.open_register().connection
result = price_deal(load_deal(sys.argv[1]), paths=1000, seed=1, today=date(2026, 10, 30))
while True:
    quote_id = quotes.record_quote(connection, result)
    print(quote_id, flush=True)
"""


def test_kill_minus_nine_during_writes_loses_nothing_committed(user_dirs: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(BRAZIL)], stdout=subprocess.PIPE, text=True,
                             cwd=ROOT)
    committed = []
    deadline = time.monotonic() + 60
    assert child.stdout is not None
    while len(committed) < 25 and time.monotonic() < deadline:
        committed.append(int(child.stdout.readline()))
    child.send_signal(signal.SIGKILL)
    child.wait()
    opened = register.open_register()
    try:
        connection = opened.connection
        assert opened.set_aside is None
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in connection.execute("SELECT id FROM quotes")}
        assert set(committed) <= stored
        assert all(quotes.load(connection, i).result["recommended"] for i in committed)
    finally:
        opened.connection.close()


def test_a_corrupt_register_is_set_aside_and_a_fresh_one_started(user_dirs: Path) -> None:
    path = register.register_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    opened = register.open_register()
    try:
        assert opened.set_aside is not None and opened.set_aside.read_bytes().startswith(b"this is not")
        assert opened.connection.execute("SELECT count(*) FROM quotes").fetchone()[0] == 0
    finally:
        opened.connection.close()


def test_backup_and_restore(db, tmp_path: Path) -> None:
    kept = quotes.record_quote(db, brazil_quote())
    copy = register.backup(db, tmp_path / "backup.sqlite")
    quotes.delete(db, kept)
    assert quotes.search(db) == []
    register.restore(db, copy)
    assert [r[0] for r in quotes.search(db)] == [kept]
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"junk")
    with pytest.raises(Exception, match="not a readable register backup"):
        register.restore(db, bad)
    assert [r[0] for r in quotes.search(db)] == [kept]


def test_history_command(user_dirs: Path, tmp_path: Path, capsys) -> None:
    opened = register.open_register()
    quote_id = quotes.record_quote(opened.connection, brazil_quote())
    opened.connection.close()
    assert main(["history", "list"]) == 0
    assert "Tessitura" in capsys.readouterr().out
    assert main(["history", "show", str(quote_id)]) == 0
    assert "Quote 1, stored" in capsys.readouterr().out
    assert main(["history", "reproduce", str(quote_id)]) == 0
    assert "the same figures" in capsys.readouterr().out
    assert main(["history", "export", str(tmp_path / "q.csv")]) == 0
    assert (tmp_path / "q.csv").read_text(encoding="utf-8").count("\n") == 2
    capsys.readouterr()
    assert main(["history", "show", "999"]) == 2
    err = capsys.readouterr().err
    assert "No quote 999" in err and err.count("\n") == 1
    assert main(["history", "show"]) == 2


def test_import_of_a_modified_oecd_list_shows_the_diff_and_old_quotes_still_reproduce(db, tmp_path: Path,
                                                                                       capsys) -> None:
    old_id = quotes.record_quote(db, brazil_quote())
    installed = (ROOT / "resources" / "country" / "oecd_country_risk.csv").read_text(encoding="utf-8")
    update = tmp_path / "oecd_2026_06.csv"
    update.write_text(installed.replace("BRA,Brazil,4,", "BRA,Brazil,5,").replace("# as_of: 2026-01-30",
                                                                                   "# as_of: 2026-06-26"),
                      encoding="utf-8")
    assert main(["data", "import", "oecd", str(update)]) == 0
    shown = capsys.readouterr().out
    assert "changed BRA: category '4' -> '5'" in shown and "as_of" in shown and "--accept" in shown
    assert brazil_quote().risks.oecd_category == "4"             # not used until accepted
    assert main(["data", "import", "oecd", str(update), "--accept"]) == 0
    capsys.readouterr()
    assert brazil_quote().risks.oecd_category == "5"
    assert quotes.differences(quotes.load(db, old_id).result, quotes.reproduce(db, old_id)) == []


def test_an_invalid_import_is_refused_naming_the_line_and_changes_nothing(tmp_path: Path, capsys) -> None:
    installed = (ROOT / "resources" / "country" / "oecd_country_risk.csv").read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(installed.replace("BRA,Brazil,4,", "BRA,Brazil,9,"), encoding="utf-8")
    assert main(["data", "import", "oecd", str(bad), "--accept"]) == 2
    err = capsys.readouterr().err
    assert "not imported" in err and "line" in err and "'9'" in err and err.count("\n") == 1
    rates = tmp_path / "rates.csv"
    rates.write_text("# source: x\n# as_of: 2026-11-01\ncurrency,rate_pct,rate_kind,as_of,source,confidence\n"
                     "EUR,abc,policy,2026-11-01,x,high\n", encoding="utf-8")
    assert main(["data", "import", "rates", str(rates)]) == 2
    assert "rate_pct" in capsys.readouterr().err
    assert brazil_quote().risks.oecd_category == "4"


def test_data_status_lists_every_table_with_its_date_and_flags_overdue_reviews(capsys) -> None:
    assert main(["data", "status"]) == 0
    out = capsys.readouterr().out
    oecd = next(line for line in out.splitlines() if "country/oecd_country_risk.csv" in line)
    assert "2026-01-30" in oecd and "reviewed every 150 days" in oecd
    assert ("REVIEW" in oecd) == ((date.today() - date(2026, 1, 30)).days > 150)
    rates = next(line for line in out.splitlines() if line.strip().startswith("interest_rates.csv"))
    assert "as of 20" in rates


def test_history_restore_keeps_the_current_register_aside_and_refuses_other_files(user_dirs: Path, tmp_path: Path,
                                                                                   capsys) -> None:
    opened = register.open_register()
    first = quotes.record_quote(opened.connection, brazil_quote())
    opened.connection.close()
    assert main(["history", "backup", str(tmp_path / "one.sqlite")]) == 0
    opened = register.open_register()
    second = quotes.record_quote(opened.connection, brazil_quote())
    opened.connection.close()
    capsys.readouterr()
    for name, content in (("junk.sqlite", b"junk" * 100), ("other.sqlite", None), ("missing.sqlite", "")):
        path = tmp_path / name
        if content is None:
            other = sqlite3.connect(path)
            other.execute("CREATE TABLE notes (x)")
            other.commit()
            other.close()
        elif content:
            path.write_bytes(content)
        assert main(["history", "restore", str(path)]) == 2
        err = capsys.readouterr().err
        assert "is not an ExportRisk register backup" in err and "nothing was changed" in err
    opened = register.open_register()
    assert sorted(r[0] for r in quotes.search(opened.connection)) == [first, second]
    opened.connection.close()
    assert main(["history", "restore", str(tmp_path / "one.sqlite")]) == 0
    assert "kept as" in capsys.readouterr().out
    aside = list(user_dirs.glob("register.before-restore-*.sqlite"))
    assert len(aside) == 1
    kept = register.open_register(aside[0])
    assert sorted(r[0] for r in quotes.search(kept.connection)) == [first, second]
    kept.connection.close()
    opened = register.open_register()
    assert [r[0] for r in quotes.search(opened.connection)] == [first]
    opened.connection.close()


def test_a_register_from_a_newer_version_is_a_note_and_the_pdf_is_not_lost(user_dirs: Path, tmp_path: Path) -> None:
    """The register is written after the PDF: one this version cannot open is said, not raised, and keeps its
    schema and content (opening it may switch it to WAL journaling, as every register of ours is)."""
    path = register.register_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {register.SCHEMA_VERSION + 1}")
    connection.execute("CREATE TABLE written_by_a_newer_version (x)")
    connection.commit()
    connection.close()
    recorder = quotes.Recorder("path")
    assert recorder.record(brazil_quote(), tmp_path / "quote.pdf", b"%PDF") is None
    recorder.close()
    assert [note.code for note in recorder.notes] == ["register_not_recorded"]
    assert "newer ExportRisk" in str(recorder.notes[0])
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == register.SCHEMA_VERSION + 1
        assert [row[0] for row in connection.execute("SELECT name FROM sqlite_master")] == [
            "written_by_a_newer_version"]
    finally:
        connection.close()
