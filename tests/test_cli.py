"""`exportrisk fx`: JSON fields, text output, and exit code 2 with one line for bad input."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pandas as pd
import pytest

from exportrisk.cli import main

BASE = ["fx", "--home", "EUR", "--foreign", "USD", "--amount", "250000", "--days", "120",
        "--as-of", "2026-10-30", "--offline"]


def run_json(capsys, *extra: str) -> dict:
    assert main([*BASE, *extra, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_required_fields(capsys, ecb_history) -> None:
    data = run_json(capsys)
    usd = ecb_history.rates.at[pd.Timestamp("2026-10-30"), "USD"]
    assert data["spot"] == pytest.approx(1.0 / usd, rel=1e-15)
    for key in ("var", "es", "var_historical"):
        assert set(data[key]) == {"0.95", "0.99"}
        assert 0 < data[key]["0.95"] < data[key]["0.99"]
    assert data["es"]["0.99"] > data["var"]["0.99"]
    assert data["rates"] == {"home": 0.0225, "foreign": 0.03625}  # table rows dated 2026-06-17
    years = 120 / 365
    assert data["forward"] == pytest.approx(data["spot"] * math.exp((0.0225 - 0.03625) * years))
    assert 0.0 < data["volatility"] < 0.3
    assert data["provenance"]["spot"]["source"] == "ECB bundled"
    assert data["provenance"]["spot"]["as_of"] == "2026-10-30"
    assert data["provenance"]["rate_home"]["as_of"] == "2026-06-17"
    assert data["put_premium"] > 0


def test_json_delta_normal_var_from_printed_inputs(capsys) -> None:
    """VaR99 = amount x spot x vol x sqrt(h / 256) x z_0.99, h = round(120 x 256 / 365) = 84."""
    data = run_json(capsys, "--vol", "0.08")
    expected = 250000 * data["spot"] * 0.08 * math.sqrt(84 / 256) * 2.3263478740408408
    assert data["volatility"] == 0.08
    assert data["var"]["0.99"] == pytest.approx(expected, abs=0.006)
    assert data["provenance"]["volatility"]["source"] == "user entry"


def test_user_rates_recorded(capsys) -> None:
    data = run_json(capsys, "--rate-home", "0.02", "--rate-foreign", "0.0375")
    assert data["rates"] == {"home": 0.02, "foreign": 0.0375}
    assert data["provenance"]["rate_foreign"]["source"] == "user entry"


def test_text_format(capsys) -> None:
    assert main(BASE) == 0
    out = capsys.readouterr().out
    assert "EUR per USD" in out and "historical" in out and "ECB bundled" in out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--foreign", "XYZ"], "XYZ is not covered"),
        (["--foreign", "EUR"], "both EUR"),
        (["--amount", "-5"], "--amount"),
        (["--amount", "0"], "--amount"),
        (["--amount", "nan"], "--amount"),
        (["--amount", "abc"], "not a number"),
        (["--days", "0"], "--days"),
        (["--days", "-3"], "--days"),
        (["--days", "1.5"], "whole number"),
        (["--as-of", "1990-01-01"], "before the first EUR/USD fixing"),
        (["--as-of", "2999-01-01"], "in the future"),
        (["--as-of", "2024-13-01"], "YYYY-MM-DD"),
        (["--vol", "nan"], "--vol"),
        (["--rate-home", "inf"], "--rate-home"),
        (["--vol-method", "magic"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, args: list[str], fragment: str) -> None:
    argv = [*BASE, *args]
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_python_dash_m_runs_offline_by_env() -> None:
    """`python -m exportrisk` works; EXPORTRISK_OFFLINE=1 (set by conftest) forbids the fetch."""
    args = [a for a in BASE if a != "--offline"]
    out = subprocess.run([sys.executable, "-m", "exportrisk", *args, "--format", "json"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert not any("not updated" in w for w in data["warnings"])


def test_python_dash_m_bad_input_exit_code() -> None:
    out = subprocess.run([sys.executable, "-m", "exportrisk", "fx", "--home", "EUR"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "required" in out.stderr and "Traceback" not in out.stderr
