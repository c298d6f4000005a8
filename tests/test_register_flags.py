"""Overdue tables flagged once per version, and every table's date as data for the window and the report."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from exportrisk.cli import main
from exportrisk.register import db as register
from exportrisk.register import flags
from exportrisk.register.tables_status import overdue, table_status

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(user_dirs: Path):
    opened = register.open_register()
    yield opened.connection
    opened.connection.close()


def test_a_stale_table_is_flagged_once_per_version(db) -> None:
    day = date(2026, 12, 2)
    assert flags.first_time_stale(db, "country/oecd_country_risk.csv", "v1", date(2026, 1, 30), day)
    assert flags.flag_once(db, "country/oecd_country_risk.csv", "v1", date(2026, 1, 30), day)
    assert not flags.first_time_stale(db, "country/oecd_country_risk.csv", "v1", date(2026, 1, 30), day)
    assert not flags.flag_once(db, "country/oecd_country_risk.csv", "v1", date(2026, 1, 30), day)
    # a new version of the table (an import) that is overdue again is flagged again, once
    assert flags.flag_once(db, "country/oecd_country_risk.csv", "v2", date(2026, 1, 30), day)
    assert sorted(f["version"] for f in flags.acknowledged(db)) == ["v1", "v2"]


def test_a_table_within_its_interval_is_not_flagged_and_nothing_is_recorded(db) -> None:
    # data_review.csv: the OECD list is reviewed every 150 days
    assert not flags.flag_once(db, "country/oecd_country_risk.csv", "v1", date(2026, 1, 30), date(2026, 6, 29))
    assert flags.flag_once(db, "country/oecd_country_risk.csv", "v1", date(2026, 1, 30), date(2026, 6, 30))
    assert not flags.flag_once(db, "premium/some_rule.csv", "v1", date(2026, 1, 1), date(2026, 12, 2))
    assert not flags.first_time_stale(db, "no/interval.csv", "v1", date(2000, 1, 1), date(2026, 12, 2))
    assert len(flags.acknowledged(db)) == 1


def test_a_rate_row_uses_the_rate_tables_interval_and_forget_shows_it_again(db) -> None:
    day = date(2026, 12, 2)
    assert flags.flag_once(db, "interest_rates.csv:PLN", "2026-04-07|abc", date(2026, 4, 7), day)
    assert flags.flag_once(db, "interest_rates.csv:HUF", "2026-04-07|abc", date(2026, 4, 7), day)
    assert not flags.flag_once(db, "interest_rates.csv:EUR", "2026-11-01|abc", date(2026, 11, 1), day)
    assert flags.forget(db, "interest_rates.csv") == 2
    assert flags.first_time_stale(db, "interest_rates.csv:PLN", "2026-04-07|abc", date(2026, 4, 7), day)


def test_acknowledge_stamps_the_time_and_a_register_without_the_store_reads_as_empty(tmp_path: Path) -> None:
    bare = sqlite3.connect(tmp_path / "bare.sqlite", isolation_level=None)
    assert flags.acknowledged(bare) == []
    assert flags.first_time_stale(bare, "country/x.csv", "v", date(2020, 1, 1), date(2026, 1, 1))
    assert flags.acknowledge(bare, "country/x.csv", "v", date(2020, 1, 1), now=datetime(2026, 12, 2, 13, 0))
    assert flags.acknowledged(bare)[0]["flagged_at"] == "2026-12-02T13:00:00"
    bare.close()


def _flag_in_a_process(path: str, queue) -> None:
    queue.put(flags.stale_once("country/oecd_country_risk.csv", "v9", date(2026, 1, 30), date(2026, 12, 2),
                               path=Path(path)))


def test_quotes_computed_at_the_same_time_flag_it_exactly_once(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    register.open_register(path).connection.close()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_flag_in_a_process, args=(str(path), queue)) for _ in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    answers = [queue.get(timeout=5) for _ in workers]
    assert sorted(answers) == [False] * 5 + [True]


def test_stale_once_answers_true_when_the_register_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert flags.stale_once("country/oecd_country_risk.csv", "v1", date(2026, 1, 30), date(2026, 12, 2),
                            path=blocked / "register.sqlite")
    assert not flags.stale_once("country/oecd_country_risk.csv", "v1", date(2026, 11, 30), date(2026, 12, 2),
                                path=blocked / "register.sqlite")


def test_table_status_lists_every_table_with_its_version_date_and_review_state(user_dirs: Path) -> None:
    day = date(2026, 12, 2)
    status = table_status(day)
    json.dumps(status)
    names = [t["name"] for t in status]
    assert names == sorted(names) and "country/oecd_country_risk.csv" in names and "parameters.toml" in names
    oecd = next(t for t in status if t["name"] == "country/oecd_country_risk.csv")
    assert oecd["as_of"] == "2026-01-30" and oecd["age_days"] == 306 and oecd["review_days"] == 150
    assert oecd["past_review"] and not oecd["user_copy"] and len(oecd["version"]) == 64
    rates = next(t for t in status if t["name"] == "interest_rates.csv")
    assert rates["as_of"] == min(r["as_of"] for r in rates["rows"])
    assert {r["currency"] for r in rates["rows"]} >= {"EUR", "PLN", "USD"}
    assert all(r["past_review"] == (r["age_days"] > 90) for r in rates["rows"])
    early = {t["name"]: t["past_review"] for t in table_status(date(2026, 2, 1))}
    assert not early["country/oecd_country_risk.csv"]
    keys = {f["name"] for f in overdue(day)}
    assert "country/oecd_country_risk.csv" in keys
    assert {f"interest_rates.csv:{r['currency']}" for r in rates["rows"] if r["past_review"]} <= keys


def test_table_status_follows_an_import(user_dirs: Path, tmp_path: Path) -> None:
    before = {t["name"]: t for t in table_status(date(2026, 12, 2))}["country/oecd_country_risk.csv"]
    installed = (ROOT / "resources" / "country" / "oecd_country_risk.csv").read_text(encoding="utf-8")
    update = tmp_path / "oecd.csv"
    update.write_text(installed.replace("# as_of: 2026-01-30", "# as_of: 2026-10-30"), encoding="utf-8")
    assert main(["data", "import", "oecd", str(update), "--accept"]) == 0
    after = {t["name"]: t for t in table_status(date(2026, 12, 2))}["country/oecd_country_risk.csv"]
    assert after["user_copy"] and after["as_of"] == "2026-10-30" and not after["past_review"]
    assert after["version"] != before["version"]


def test_data_status_as_json(capsys) -> None:
    assert main(["data", "status", "--format", "json"]) == 0
    tables = json.loads(capsys.readouterr().out)
    assert {"name", "version", "as_of", "source", "past_review", "review_days"} <= set(tables[0])


def test_shown_once_drops_an_overdue_rate_warning_already_shown_and_keeps_the_others(user_dirs: Path) -> None:
    from exportrisk.messages import message

    pln = message("rate_stale", currency="PLN", rate_date=date(2026, 4, 7), days=239)
    first = flags.shown_once([pln, "another warning"])
    assert first == [pln, "another warning"]
    assert flags.shown_once([pln, "another warning"]) == ["another warning"]
    newer = message("rate_stale", currency="PLN", rate_date=date(2026, 5, 7), days=209)
    assert flags.shown_once([newer]) == [newer]
    huf = message("rate_stale", currency="HUF", rate_date=date(2026, 4, 7), days=239)
    assert flags.shown_once([huf, pln]) == [huf]
    opened = register.open_register()
    assert {(f["name"], f["version"]) for f in flags.acknowledged(opened.connection)} == {
        ("interest_rates.csv:PLN", "2026-04-07"), ("interest_rates.csv:PLN", "2026-05-07"),
        ("interest_rates.csv:HUF", "2026-04-07")}
    opened.connection.close()


def test_a_real_quote_of_a_pln_deal_warns_of_the_old_rate_only_the_first_time(user_dirs: Path) -> None:
    from exportrisk.deal.io import load_deal
    from exportrisk.engine.quote import price_deal

    deal = load_deal(ROOT / "resources" / "examples" / "germany_poland.toml")
    results = [price_deal(deal, paths=2000, seed=3, today=date(2026, 12, 2)) for _ in range(2)]
    stale = [w for w in results[0].warnings if getattr(w, "code", None) == "rate_stale"]
    assert stale, "the bundled PLN rate is older than the engine's limit on 2026-12-02"
    assert results[1].warnings == results[0].warnings          # the engine's result stays complete
    shown = [flags.shown_once(list(r.warnings)) for r in results]
    assert set(stale) <= set(shown[0]) and not set(stale) & set(shown[1])
    assert [w for w in shown[1]] == [w for w in results[1].warnings if w not in stale]


def test_to_show_records_every_overdue_table_once_and_repeats_them_when_the_register_cannot_be_written(
        user_dirs: Path, tmp_path: Path) -> None:
    from exportrisk.messages import message

    day = date(2026, 12, 2)
    pln = message("rate_stale", currency="PLN", rate_date=date(2026, 4, 7), days=239)
    due = [t["name"] for t in table_status(day) if t["past_review"] and not t["name"].startswith("interest_rates")]
    assert len(due) > 3
    first = flags.to_show([pln], day)
    assert first[0] == pln and first[1].code == "tables_overdue" and first[1].args["tables_count"] == len(due)
    assert flags.to_show([pln], day) == []
    opened = register.open_register()
    assert {f["name"] for f in flags.acknowledged(opened.connection)} == {*due, "interest_rates.csv:PLN"}
    opened.connection.close()
    blocked = tmp_path / "file"
    blocked.write_text("x")
    for _ in range(2):  # nothing can be recorded: every warning again, each time
        again = flags.to_show([pln], day, path=blocked / "register.sqlite")
        assert again[0] == pln and again[1].args["tables_count"] == len(due)


def test_header_lines_come_from_a_prefix_as_from_the_whole_file() -> None:
    from exportrisk.register.archive import HEADER_LINES, HEADER_PREFIX, _header_lines

    def whole(content: bytes) -> list[str]:
        return content.decode("utf-8", errors="replace").splitlines()[:HEADER_LINES]

    shipped = [p.read_bytes() for p in (ROOT / "resources").rglob("*.csv")]
    crossing = [b"# as_of: 2026-01-30\n" * (HEADER_LINES - 1) + b"x" * (HEADER_PREFIX + k) + b"\r\n\xe2\x80\xa8" * 3
                for k in range(-400, 40, 7)]
    cut = [b"y" * (HEADER_PREFIX - k) + "é\u2028".encode() * 8 + b"\r\n" * 20 for k in range(0, 12)]
    assert [c[:80] for c in (*shipped, *crossing, *cut) if _header_lines(c) != whole(c)] == []
