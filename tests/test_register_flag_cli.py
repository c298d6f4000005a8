"""The command line shows an overdue rate or table once per version; --all-warnings repeats them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exportrisk.cli import main

POLAND = Path(__file__).resolve().parents[1] / "resources" / "examples" / "germany_poland.toml"


def quote_warnings(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    assert main(["quote", str(POLAND), "--offline", "--no-what-if", "--format", "json", *extra]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [w["text"] for w in data["warning_messages"]] == data["warnings"]
    return data["warning_messages"]


def test_an_overdue_rate_and_the_overdue_tables_are_shown_once_then_on_request(capsys) -> None:
    first = quote_warnings(capsys)
    codes = [w["code"] for w in first]
    assert "rate_stale" in codes and codes.count("tables_overdue") == 1  # the tables in one warning
    overdue = next(w for w in first if w["code"] == "tables_overdue")
    assert "country/oecd_country_risk.csv (2026-01-30)" in overdue["args"]["tables"]
    second = [w["code"] for w in quote_warnings(capsys)]
    assert "rate_stale" not in second and "tables_overdue" not in second
    assert set(second) == set(codes) - {"rate_stale", "tables_overdue"}  # every other warning stays
    again = [w["code"] for w in quote_warnings(capsys, "--all-warnings")]
    assert "rate_stale" in again


def test_a_register_that_cannot_be_written_shows_the_warnings_every_time(capsys, user_dirs: Path) -> None:
    user_dirs.mkdir(parents=True, exist_ok=True)
    (user_dirs / "register.sqlite").mkdir()  # not a file: every flag fails to record
    for _ in range(2):
        assert "rate_stale" in [w["code"] for w in quote_warnings(capsys)]
