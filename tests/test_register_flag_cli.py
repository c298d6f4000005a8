"""The text quote shows an overdue rate or table once per version; --all-warnings and the JSON keep them all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exportrisk.cli import main

POLAND = Path(__file__).resolve().parents[1] / "resources" / "examples" / "germany_poland.toml"
RATE = "The PLN interest rate is dated"
TABLES = "data tables are past their usual review interval"


def quote(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["quote", str(POLAND), "--offline", "--no-what-if", *extra]) == 0
    return capsys.readouterr().out


def test_an_overdue_rate_and_the_overdue_tables_are_shown_once_then_on_request(capsys) -> None:
    first = quote(capsys)
    assert RATE in first and first.count(TABLES) == 1  # the overdue tables in one warning
    assert "country/oecd_country_risk.csv (2026-01-30)" in first
    second = quote(capsys)
    assert RATE not in second and TABLES not in second
    kept = [line for line in first.splitlines() if RATE not in line and TABLES not in line]
    assert kept == second.splitlines()  # only the flagged warnings go; every figure and other line stays
    assert RATE in quote(capsys, "--all-warnings")


def test_the_json_keeps_every_warning_every_time(capsys) -> None:
    quote(capsys)  # flags the rate and the tables for the text output
    data = json.loads(quote(capsys, "--format", "json"))
    assert "rate_stale" in [w["code"] for w in data["warning_messages"]]


def test_a_register_that_cannot_be_written_shows_the_warnings_every_time(capsys, user_dirs: Path) -> None:
    user_dirs.mkdir(parents=True, exist_ok=True)
    (user_dirs / "register.sqlite").mkdir()  # not a file: no flag can be recorded
    for _ in range(2):
        assert RATE in quote(capsys)
