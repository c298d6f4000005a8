"""The interest-rate table: installed copy, user copy, lookup rule and row validation."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date
from pathlib import Path

import pytest

from exportrisk.errors import DataFileError, InputError
from exportrisk.market.interest_rates import (
    ensure_user_copy,
    installed_table_path,
    load_rate_table,
    parse_rate_table,
    reset_user_copy,
    user_table_path,
)
from exportrisk.paths import resources_dir

HEADER = "currency,rate_pct,rate_kind,as_of,source,confidence\n"
INSTALLED = resources_dir() / "interest_rates.csv"


def raw_rows(path: Path) -> list[dict[str, str]]:
    """The table's data rows read with the csv module only."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_table(path: Path, *rows: str, header: str = HEADER) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_installed_path_is_the_resources_file() -> None:
    assert installed_table_path() == INSTALLED


def test_user_path_is_in_data_dir(user_dirs) -> None:
    assert user_table_path() == user_dirs / "interest_rates.csv"


def test_installed_table_parses() -> None:
    table = parse_rate_table(INSTALLED)
    raw = raw_rows(INSTALLED)
    assert len(table.entries) == len(raw) > 30
    assert not table.is_user_copy and table.path == INSTALLED
    for entry, row in zip(table.entries, raw, strict=True):
        assert entry.currency == row["currency"]
        assert entry.rate == pytest.approx(float(row["rate_pct"]) / 100, rel=1e-15)
        assert entry.kind == row["rate_kind"] and entry.as_of.isoformat() == row["as_of"]
    assert {"EUR", "USD", "GBP", "CHF", "JPY", "PLN"} <= set(table.currencies())


def test_without_user_copy_installed_table_is_used() -> None:
    table, warnings = load_rate_table()
    assert warnings == [] and not table.is_user_copy and table.path == INSTALLED
    assert not user_table_path().exists()


def test_eur_lookup_takes_newer_policy_row() -> None:
    table, _ = load_rate_table()
    # installed: EUR policy 2.25 % on 2026-06-17, money market 2.231 % on 2026-05-28
    entry = table.lookup(" eur ")
    assert (entry.currency, entry.kind, entry.as_of) == ("EUR", "policy", date(2026, 6, 17))
    assert entry.rate == pytest.approx(0.0225, abs=1e-15)


def test_installed_tie_goes_to_money_market() -> None:
    table, _ = load_rate_table()
    # installed: RON policy 6.50 % and money market 5.98 %, both dated 2026-01-19
    entry = table.lookup("RON")
    assert (entry.kind, entry.as_of) == ("money_market_3m", date(2026, 1, 19))
    assert entry.rate == pytest.approx(0.0598, abs=1e-15)


@pytest.mark.parametrize("rows", [
    ("ABC,5.00,policy,2026-03-01,p,H", "ABC,4.00,money_market_3m,2026-03-01,m,L"),
    ("ABC,4.00,money_market_3m,2026-03-01,m,L", "ABC,5.00,policy,2026-03-01,p,H"),
], ids=["policy-first", "money-market-first"])
def test_tie_rule_on_small_table(tmp_path, rows) -> None:
    table = parse_rate_table(write_table(tmp_path / "t.csv", *rows))
    entry = table.lookup("abc")
    assert (entry.kind, entry.source, entry.confidence) == ("money_market_3m", "m", "L")
    assert entry.rate == pytest.approx(0.04, abs=1e-15)


def test_newest_row_wins_whatever_its_kind(tmp_path) -> None:
    table = parse_rate_table(write_table(
        tmp_path / "t.csv",
        "ABC,4.00,money_market_3m,2026-02-28,old mm,L",
        "ABC,5.50,policy,2026-03-01,new policy,H",
        "ABC,3.00,policy,2025-12-01,older policy,H",
        "XYZ,1.00,policy,2026-03-01,other,H",
    ))
    entry = table.lookup("ABC")
    assert (entry.source, entry.as_of) == ("new policy", date(2026, 3, 1))
    assert entry.rate == pytest.approx(0.055, abs=1e-15)


def test_unknown_currency_names_it_and_suggests_override() -> None:
    table, _ = load_rate_table()
    with pytest.raises(InputError) as info:
        table.lookup("sgd")
    message = str(info.value)
    assert "SGD" in message and "--rate-foreign" in message and str(INSTALLED) in message


def test_user_copy_is_preferred(user_dirs) -> None:
    text = INSTALLED.read_text(encoding="utf-8")
    old = "EUR,2.25,policy,2026-06-17,"
    assert text.count(old) == 1
    user = user_dirs / "interest_rates.csv"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(text.replace(old, "EUR,3.10,policy,2026-06-17,"), encoding="utf-8")
    table, warnings = load_rate_table()
    assert warnings == [] and table.is_user_copy and table.path == user
    assert table.lookup("EUR").rate == pytest.approx(0.031, abs=1e-15)
    assert table.lookup("USD").rate == pytest.approx(0.03625, abs=1e-15)


@pytest.mark.parametrize("content", [
    b"not,a,rate,table\n1,2,3,4\n",
    HEADER.encode() + b"EUR,lots,policy,2026-06-17,x,H\n",
    b"\xff\xfe\x00garbage",
], ids=["wrong-columns", "bad-rate", "not-utf8"])
def test_corrupt_user_copy_warns_and_installed_is_used(user_dirs, content) -> None:
    user = user_dirs / "interest_rates.csv"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_bytes(content)
    table, warnings = load_rate_table()
    assert not table.is_user_copy and table.path == INSTALLED
    assert table.lookup("EUR").rate == pytest.approx(0.0225, abs=1e-15)
    assert len(warnings) == 1 and str(user) in warnings[0] and "installed" in warnings[0]
    assert user.read_bytes() == content


def test_ensure_user_copy_copies_once_and_never_touches_installed(user_dirs) -> None:
    installed_hash = sha256(INSTALLED)
    path = ensure_user_copy()
    assert path == user_dirs / "interest_rates.csv"
    assert path.read_bytes() == INSTALLED.read_bytes()
    edited = path.read_bytes().replace(b"USD,3.625,", b"USD,4.000,")
    assert edited != INSTALLED.read_bytes()
    path.write_bytes(edited)
    assert ensure_user_copy() == path
    assert path.read_bytes() == edited
    assert sha256(INSTALLED) == installed_hash
    table, _ = load_rate_table()
    assert table.is_user_copy and table.lookup("USD").rate == pytest.approx(0.04, abs=1e-15)


def test_reset_user_copy_keeps_backup(user_dirs) -> None:
    installed_hash = sha256(INSTALLED)
    user = write_table(user_dirs / "interest_rates.csv", "EUR,9.00,policy,2026-06-17,mine,H")
    mine = user.read_bytes()
    assert reset_user_copy() == user
    assert user.read_bytes() == INSTALLED.read_bytes()
    assert (user_dirs / "interest_rates.csv.bak").read_bytes() == mine
    assert sha256(INSTALLED) == installed_hash


GOOD = "EUR,2.25,policy,2026-06-17,src,M"


@pytest.mark.parametrize("bad, words", [
    ("USD,abc,policy,2026-06-17,src,H", ["abc"]),
    ("USD,,policy,2026-06-17,src,H", []),
    ("USD,3.5,overnight,2026-06-17,src,H", ["rate_kind"]),
    ("USD,3.5,policy,2026-13-01,src,H", []),
    ("USD,3.5,policy,17.06.2026,src,H", ["17.06.2026"]),
    ("USD,250,policy,2026-06-17,src,H", ["250"]),
    ("USD,nan,policy,2026-06-17,src,H", ["nan"]),
    ("US,3.5,policy,2026-06-17,src,H", ["currency"]),
    ("USD,3.5,policy", []),
], ids=["rate-text", "rate-empty", "kind", "date-month", "date-format", "rate-range", "rate-nan", "code",
        "short-row"])
def test_bad_row_names_file_and_row(tmp_path, bad, words) -> None:
    path = write_table(tmp_path / "rates.csv", GOOD, bad, GOOD.replace("EUR", "GBP"))
    with pytest.raises(DataFileError) as info:
        parse_rate_table(path)
    message = str(info.value)
    # the header is line 1, so the second data row is line 3 of this comment-free file
    assert str(path) in message and "line 3" in message
    for word in words:
        assert word in message


def test_error_names_file_line_counting_comments(tmp_path) -> None:
    """Comment lines count: with two comments above the header the second data row is line 5."""
    path = tmp_path / "rates.csv"
    path.write_text("# a comment\n# another\n" + HEADER + GOOD + "\nUSD,3.5,policy,2026-99-01,src,H\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match=r"line 5, field as_of"):
        parse_rate_table(path)


def test_wrong_columns_and_empty_table_rejected(tmp_path) -> None:
    with pytest.raises(DataFileError, match="must have the columns"):
        parse_rate_table(write_table(tmp_path / "a.csv", GOOD, header="currency,rate,kind,date\n"))
    with pytest.raises(DataFileError, match="no rows"):
        parse_rate_table(write_table(tmp_path / "b.csv"))
    with pytest.raises(DataFileError, match="Cannot read"):
        parse_rate_table(tmp_path / "missing.csv")


def test_row_with_extra_fields_rejected(tmp_path) -> None:
    """An unquoted comma in the source shifts the fields; the row must not load silently."""
    path = write_table(tmp_path / "rates.csv", GOOD, "USD,3.5,policy,2026-06-17,Fed, press release,H")
    with pytest.raises(DataFileError, match="line 3"):
        parse_rate_table(path)
