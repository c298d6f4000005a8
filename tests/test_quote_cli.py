"""`exportrisk quote`: JSON fields, text output, seeds and path counts, JSON/TOML and country spellings agree."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from exportrisk.cli import main
from exportrisk.commands.quote import money
from exportrisk.deal.io import deal_to_dict, load_deal
from exportrisk.paths import resources_dir

EXAMPLES = resources_dir() / "examples"
BRAZIL = EXAMPLES / "italy_textiles_brazil.toml"
TURKEY = EXAMPLES / "poland_machinery_turkey.toml"
BARBADOS = EXAMPLES / "italy_wine_barbados.toml"
FAST = ("--offline", "--sims", "5000", "--seed", "11")
OPTION_KEYS = {"id", "name", "available", "reason", "cost", "expected_loss", "event_probability", "var_99",
               "es_99", "risk_adjusted_cost", "min_price"}


def quote(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`exportrisk quote ARGS` in-process: exit code, stdout, stderr; an exception fails the test."""
    try:
        code = main(["quote", *args])
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the user would see a traceback
        pytest.fail(f"exportrisk quote raised {type(exc).__name__}: {exc!r} (the user sees a traceback)")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def quote_json(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> dict[str, Any]:
    code, out, err = quote(capsys, str(path), *(extra or FAST), "--format", "json")
    assert code == 0, err
    return json.loads(out)


def toml_text(data: dict[str, Any], prefix: str = "") -> str:
    """Enough TOML for the example deals: scalars, then one [table] per nested dict."""
    lines = [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in data.items() if not isinstance(v, dict)]
    for key, value in data.items():
        if isinstance(value, dict):
            lines += ["", f"[{prefix}{key}]", toml_text(value, f"{prefix}{key}.")]
    return "\n".join(lines) + "\n"


def raw(example: Path) -> dict[str, Any]:
    return tomllib.loads(example.read_text(encoding="utf-8"))


def assert_one_line_error(code: int, out: str, err: str, *expected: str) -> None:
    assert "Traceback" not in err
    assert code == 2, f"exit code {code}; stderr: {err!r}"
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].strip(), f"want exactly one stderr line, got {err!r}"
    assert out == ""
    for token in expected:
        assert token in lines[0], f"{token!r} not in {lines[0]!r}"


# --- JSON output ----------------------------------------------------------------------------------------------


def test_json_output_fields(capsys: pytest.CaptureFixture[str]) -> None:
    data = quote_json(capsys, BRAZIL)
    assert {"deal", "options", "recommended", "provenance", "warnings"} <= set(data)
    assert data["deal"] == deal_to_dict(load_deal(BRAZIL))
    assert data["deal"]["buyer"] == {"name": "Confecções Paulista Ltda", "country": "BRA", "rating": "BB"}
    assert data["deal"]["deal"] == {"amount": 180000, "currency": "USD", "payment_days": 120,
                                    "instrument": "open_account", "cost": 128000}
    options = data["options"]
    assert isinstance(options, list) and len(options) >= 2
    assert len({o["id"] for o in options}) == len(options)
    for option in options:
        assert OPTION_KEYS <= set(option), option["id"]
        assert isinstance(option["name"], str) and option["name"]
        if option["available"]:
            for key in ("cost", "expected_loss", "var_99", "es_99", "risk_adjusted_cost", "min_price"):
                assert isinstance(option[key], float | int), (option["id"], key)
            assert 0.0 <= option["event_probability"] <= 1.0
            assert option["es_99"] >= option["var_99"]  # ES is the mean beyond VaR
            assert option["cost"] >= 0.0
        else:
            assert option["reason"], option["id"]
            assert option["cost"] is None and option["min_price"] is None
    available = [o for o in options if o["available"]]
    assert any(o["id"] == "none" for o in available)
    best = min(available, key=lambda o: (o["risk_adjusted_cost"], o["cost"]))
    assert data["recommended"] == best["id"]
    assert isinstance(data["provenance"], dict) and data["provenance"]["spot"]["source"]
    assert isinstance(data["warnings"], list) and all(isinstance(w, str) for w in data["warnings"])
    assert data["method"] == "exact" and all(o["method"] == "exact" for o in available)
    assert data["simulation"] == {"paths": None, "seed": None}  # exact: no simulation, nothing depends on a seed
    simulated = quote_json(capsys, BRAZIL, *FAST, "--method", "mc")
    assert simulated["method"] == "mc" and simulated["simulation"] == {"paths": 5000, "seed": 11}


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.stem)
def test_every_example_quotes(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    data = quote_json(capsys, example)
    assert data["deal"] == deal_to_dict(load_deal(example))
    assert data["recommended"] in {o["id"] for o in data["options"] if o["available"]}


def test_unclassified_country_is_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    data = quote_json(capsys, BARBADOS)
    assert any("Barbados" in w for w in data["warnings"]), data["warnings"]


# --- text output ----------------------------------------------------------------------------------------------


def test_money_format() -> None:
    assert money(1234567.891) == "1,234,567.89"
    assert money(0.0) == "0.00"
    assert money(None) == "—"


def test_text_output_has_recommendation_and_costs(capsys: pytest.CaptureFixture[str]) -> None:
    data = quote_json(capsys, BRAZIL)
    code, text, err = quote(capsys, str(BRAZIL), *FAST)
    assert code == 0 and err == ""
    assert data["recommendation"] in text
    assert data["recommendation"].startswith(next(o["name"] for o in data["options"]
                                                  if o["id"] == data["recommended"]))
    for option in data["options"]:
        assert option["name"] in text
        if option["available"]:
            assert money(option["cost"]) in text, option["id"]
    assert "Tail figures computed exactly" in text
    code, text, err = quote(capsys, str(BRAZIL), *FAST, "--method", "mc")
    assert code == 0 and "5,000 paths, seed 11" in text


# --- JSON and TOML, country spellings -------------------------------------------------------------------------


@pytest.mark.parametrize("example", [BRAZIL, TURKEY], ids=lambda p: p.stem)
def test_json_and_toml_same_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str], example: Path) -> None:
    as_json = tmp_path / "deal.json"
    as_json.write_text(json.dumps(raw(example), ensure_ascii=False), encoding="utf-8")
    args = ("--offline", "--sims", "20000", "--seed", "5", "--format", "json")
    code_toml, out_toml, _ = quote(capsys, str(example), *args)
    code_json, out_json, _ = quote(capsys, str(as_json), *args)
    assert code_toml == code_json == 0
    assert out_json == out_toml


@pytest.mark.parametrize(("example", "iso3", "spellings"), [
    (BRAZIL, "BRA", ["BRA", "BR", "Brazil", "brazil"]),
    (TURKEY, "TUR", ["Türkiye", "Turkey", "TUR", "TR"]),
], ids=["brazil", "turkey"])
def test_country_spellings_give_same_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str], example: Path,
                                          iso3: str, spellings: list[str]) -> None:
    results = []
    for index, spelling in enumerate(spellings):
        data = copy.deepcopy(raw(example))
        data["buyer"]["country"] = spelling
        path = tmp_path / f"deal{index}.toml"
        path.write_text(toml_text(data), encoding="utf-8")
        result = quote_json(capsys, path)
        assert result["deal"]["buyer"]["country"] == spelling
        assert result["risks"]["country_iso3"] == iso3
        result["deal"]["buyer"]["country"] = None
        results.append(result)
    assert all(r == results[0] for r in results[1:])


# --- --sims and --seed ----------------------------------------------------------------------------------------


def test_exact_quote_does_not_depend_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    one = quote_json(capsys, BRAZIL, "--offline", "--sims", "5000", "--seed", "1")
    two = quote_json(capsys, BRAZIL, "--offline", "--sims", "20000", "--seed", "2", "--method", "exact")
    assert one == two


def test_seed_changes_simulated_numbers_only(capsys: pytest.CaptureFixture[str]) -> None:
    mc = ("--offline", "--sims", "5000", "--method", "mc")
    one = quote_json(capsys, BRAZIL, *mc, "--seed", "1")
    again = quote_json(capsys, BRAZIL, *mc, "--seed", "1")
    two = quote_json(capsys, BRAZIL, *mc, "--seed", "2")
    assert one == again
    assert two["simulation"]["seed"] == 2
    by_id = {o["id"]: o for o in one["options"]}
    changed = [o["id"] for o in two["options"] if o["available"]
               and o["expected_loss_simulated"] != by_id[o["id"]]["expected_loss_simulated"]]
    assert "none" in changed
    for option in two["options"]:  # closed-form numbers do not depend on the seed
        assert option["expected_loss"] == by_id[option["id"]]["expected_loss"]
        assert option["cost"] == by_id[option["id"]]["cost"]


def test_sims_lower_bound_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    data = quote_json(capsys, BRAZIL, "--offline", "--sims", "1000", "--method", "mc")
    assert data["simulation"]["paths"] == 1000


@pytest.mark.parametrize(("flag", "value"), [("--sims", "999"), ("--sims", "0"), ("--sims", "-5000"),
                                             ("--sims", "abc"), ("--sims", "1e4"), ("--seed", "x"),
                                             ("--seed", "-1"), ("--format", "xml"),
                                             ("--method", "quad")])
def test_bad_option_values(capsys: pytest.CaptureFixture[str], flag: str, value: str) -> None:
    code, out, err = quote(capsys, str(BRAZIL), "--offline", f"{flag}={value}")
    assert_one_line_error(code, out, err, flag, value)


# --- a valid file with a far-off cost must still end in a result or a one-line error ---------------------------


@pytest.mark.parametrize("changes", [{"cost": 1}, {"amount": 1e12}], ids=["cost-1", "amount-at-maximum"])
def test_extreme_but_valid_deal_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             changes: dict[str, float]) -> None:
    data = raw(BRAZIL)
    data["deal"].update(changes)
    path = tmp_path / "deal.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = quote(capsys, str(path), "--offline", "--sims", "1000", "--format", "json")
    assert "Traceback" not in err
    if code == 0:
        assert all(o["min_price"] is None or o["min_price"] > 0 for o in json.loads(out)["options"])
    else:
        assert_one_line_error(code, out, err)


# --- python -m exportrisk -------------------------------------------------------------------------------------


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXPORTRISK_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "exportrisk", "quote", *args], capture_output=True, text=True,
                          timeout=120, env=env, check=False)


def test_python_m_quote_works() -> None:
    done = run_module(str(BRAZIL), "--offline", "--sims", "5000")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Quote: Tessitura Lariana S.r.l. -> Confecções Paulista Ltda (Brazil)")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("deal.toml", 'schema = 1\nvaluation_date = "2026-10-30"\n', "exporter"),
    ("deal.json", '{"schema": 1,}', "JSON syntax error"),
    ("deal.txt", "{}", ".toml"),
])
def test_python_m_bad_file(tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = run_module(str(path), "--offline")
    assert_one_line_error(done.returncode, done.stdout, done.stderr, expected, name)


def test_python_m_missing_file(tmp_path: Path) -> None:
    done = run_module(str(tmp_path / "absent.toml"), "--offline")
    assert_one_line_error(done.returncode, done.stdout, done.stderr, "absent.toml")
