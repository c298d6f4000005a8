"""Deal files: JSON and TOML give the same Deal, round-trip, and every bad file is one stderr line with exit 2."""

from __future__ import annotations

import copy
import json
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from exportrisk.cli import main
from exportrisk.deal.io import deal_to_dict, load_deal, parse_deal_text, save_deal_json
from exportrisk.deal.model import Instrument, Profile
from exportrisk.errors import InputError
from exportrisk.paths import resources_dir

EXAMPLES = sorted((resources_dir() / "examples").glob("*.toml"))
DROP = object()

BASE: dict[str, Any] = {
    "schema": 1,
    "valuation_date": "2026-10-30",
    "exporter": {"name": "Tessitura Lariana S.r.l.", "home_currency": "EUR"},
    "buyer": {"name": "Confecções Paulista Ltda", "country": "BRA", "rating": "BB"},
    "deal": {"amount": 180000, "currency": "USD", "payment_days": 120, "instrument": "open_account",
             "cost": 128000},
}
RICH: dict[str, Any] = {
    "schema": 1,
    "valuation_date": "2026-10-30",
    "notes": "Line \"A\"; ünïcode ok",
    "exporter": {"name": "Zakłady Łódź", "home_currency": "PLN"},
    "buyer": {"name": "Anadolu A.Ş.", "country": "Türkiye", "category": "CC2", "country_category": "5"},
    "deal": {"amount": 2400000.5, "currency": "EUR", "instrument": "lc_unconfirmed", "cost": 1500000,
             "target_margin": 0.14},
    "credit": {"disbursement_months": 6, "repayment_years": 3, "profile": "bullet"},
    "market": {"spot": 4.25, "volatility": 0.08, "vol_method": "garch", "rate_home": 0.05,
               "rate_foreign": 0.0225, "political_pd": 0.004},
    "parameters": {"private_insurance": {"cover_share": 0.85}, "capital": {"cost_of_capital": 0.12}},
}


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(value)


def to_toml(data: dict[str, Any], prefix: str = "") -> str:
    """A small TOML writer: scalars first, then one [table] per nested dict."""
    lines = [f"{key} = {toml_value(value)}" for key, value in data.items() if not isinstance(value, dict)]
    for key, value in data.items():
        if isinstance(value, dict):
            lines += ["", f"[{prefix}{key}]", to_toml(value, f"{prefix}{key}.")]
    return "\n".join(lines) + "\n"


def write(folder: Path, data: dict[str, Any], fmt: str, stem: str = "deal") -> Path:
    path = folder / f"{stem}.{fmt}"
    text = json.dumps(data, ensure_ascii=False, indent=2) if fmt == "json" else to_toml(data)
    path.write_text(text, encoding="utf-8")
    return path


def edit(changes: dict[str, Any], base: dict[str, Any] = BASE) -> dict[str, Any]:
    """A deep copy of `base` with dotted paths set (DROP removes the key)."""
    data = copy.deepcopy(base)
    for path, value in changes.items():
        *parents, last = path.split(".")
        node = data
        for part in parents:
            node = node.setdefault(part, {})
        if value is DROP:
            del node[last]
        else:
            node[last] = value
    return data


def run_quote(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`exportrisk quote ARGS --offline` in-process: exit code, stdout, stderr; an exception fails the test."""
    try:
        code = main(["quote", *args, "--offline", "--sims", "1000"])
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the user would see a traceback
        pytest.fail(f"exportrisk quote raised {type(exc).__name__}: {exc!r} (the user sees a traceback)")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(result: tuple[int, str, str], *expected: str) -> str:
    code, out, err = result
    assert "Traceback" not in err
    assert code == 2, f"exit code {code}; stderr: {err!r}"
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].strip(), f"want exactly one stderr line, got {err!r}"
    assert out == ""
    for token in expected:
        assert token.lower() in lines[0].lower(), f"{token!r} not in {lines[0]!r}"
    return lines[0]


# --- good files: JSON and TOML agree, round trips, examples -------------------------------------------------


@pytest.mark.parametrize("data", [BASE, RICH], ids=["base", "rich"])
def test_json_and_toml_give_equal_deal(tmp_path: Path, data: dict[str, Any]) -> None:
    from_json = load_deal(write(tmp_path, data, "json"))
    from_toml = load_deal(write(tmp_path, data, "toml"))
    assert from_json == from_toml
    assert deal_to_dict(from_json) == deal_to_dict(from_toml)


def test_rich_deal_fields(tmp_path: Path) -> None:
    deal = load_deal(write(tmp_path, RICH, "toml"))
    assert deal.valuation_date == date(2026, 10, 30)
    assert deal.terms.instrument is Instrument.LC_UNCONFIRMED
    assert deal.credit is not None and deal.credit.profile is Profile.BULLET
    assert deal.years == pytest.approx(0.5 * 6 / 12 + 3)  # bullet: half the disbursement + R
    assert deal.parameters == {"private_insurance": {"cover_share": 0.85}, "capital": {"cost_of_capital": 0.12}}
    assert deal.market.vol_method == "garch" and deal.notes == RICH["notes"]


def test_toml_date_literal_equals_date_string(tmp_path: Path) -> None:
    literal = load_deal(write(tmp_path, edit({"valuation_date": date(2026, 10, 30)}), "toml", "literal"))
    assert literal == load_deal(write(tmp_path, BASE, "json"))


def test_deal_to_dict_echoes_input_and_leaves_out_none(tmp_path: Path) -> None:
    out = deal_to_dict(load_deal(write(tmp_path, BASE, "json")))
    assert out == BASE
    assert set(out["buyer"]) == {"name", "country", "rating"}
    assert not {"credit", "market", "parameters", "notes"} & set(out)


def test_codes_are_normalised(tmp_path: Path) -> None:
    data = edit({"exporter.home_currency": " eur ", "deal.currency": "usd", "buyer.rating": " bb- "})
    deal = load_deal(write(tmp_path, data, "json"))
    assert (deal.exporter.home_currency, deal.terms.currency, deal.buyer.rating) == ("EUR", "USD", "BB-")


@pytest.mark.parametrize("data", [BASE, RICH], ids=["base", "rich"])
def test_save_deal_json_round_trip(tmp_path: Path, data: dict[str, Any]) -> None:
    deal = load_deal(write(tmp_path, data, "toml"))
    saved = tmp_path / "saved.json"
    save_deal_json(deal, saved)
    assert load_deal(saved) == deal
    assert json.loads(saved.read_text(encoding="utf-8")) == deal_to_dict(deal)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_loads_and_round_trips(tmp_path: Path, example: Path) -> None:
    deal = load_deal(example)
    raw = tomllib.loads(example.read_text(encoding="utf-8"))
    assert deal.valuation_date == date.fromisoformat(raw["valuation_date"])
    assert deal.buyer.country == raw["buyer"]["country"]
    assert deal.terms.amount == raw["deal"]["amount"]
    assert load_deal(write(tmp_path, raw, "json")) == deal
    save_deal_json(deal, tmp_path / "saved.json")
    assert load_deal(tmp_path / "saved.json") == deal
    assert load_deal(write(tmp_path, deal_to_dict(deal), "toml", "again")) == deal


def test_example_count_and_supplier_credit_horizon() -> None:
    assert len(EXAMPLES) == 4
    turkey = load_deal(next(p for p in EXAMPLES if "turkey" in p.stem))
    assert turkey.terms.payment_days is None
    assert turkey.years == pytest.approx(0.5 * 6 / 12 + (0.5 + 3) / 2)  # docs/deal_file.md: 2.0 years


def test_parse_deal_text_rejects_other_formats() -> None:
    with pytest.raises(InputError, match="json or .toml"):
        parse_deal_text(json.dumps(BASE), ".yaml")


# --- bad files: exit code 2, one stderr line naming the field or value, no traceback -----------------------

BAD = [
    # missing fields
    *[pytest.param({path: DROP}, (path,), id=f"missing-{path}") for path in (
        "valuation_date", "exporter.name", "exporter.home_currency", "buyer.name", "buyer.country",
        "deal.amount", "deal.currency", "deal.instrument", "deal.payment_days", "exporter", "buyer", "deal")],
    pytest.param({"deal.cost": DROP}, ("deal.cost", "margin"), id="no-cost-no-margin"),
    pytest.param({"buyer.rating": DROP}, ("buyer.rating", "category", "probability"), id="no-rating"),
    pytest.param({"buyer.category": "CC2"}, ("buyer.category", "one way only"), id="rating-and-category"),
    pytest.param({"buyer.pd_1y": 0.02}, ("buyer.pd_1y", "one way only"), id="rating-and-pd"),
    # wrong types
    pytest.param({"deal.amount": "abc"}, ("deal.amount", "abc"), id="amount-text"),
    pytest.param({"deal.amount": True}, ("deal.amount",), id="amount-bool"),
    pytest.param({"deal.payment_days": 1.5}, ("deal.payment_days", "1.5"), id="days-fraction"),
    pytest.param({"buyer": ["Confecções"]}, ("buyer",), id="buyer-list"),
    pytest.param({"parameters": 5}, ("parameters",), id="parameters-number"),
    pytest.param({"exporter.name": 42}, ("exporter.name",), id="name-number"),
    pytest.param({"buyer.rating": 5}, ("buyer.rating",), id="rating-number"),
    pytest.param({"buyer.rating": DROP, "buyer.pd_1y": "2%"}, ("buyer.pd_1y",), id="pd-text"),
    pytest.param({"valuation_date": "30/10/2026"}, ("valuation_date", "30/10/2026"), id="date-format"),
    pytest.param({"valuation_date": 20261030}, ("valuation_date",), id="date-number"),
    pytest.param({"market.spot": "0.9"}, ("market.spot",), id="spot-text"),
    # unknown names and codes
    pytest.param({"buyer.country": "Atlantis"}, ("country", "Atlantis"), id="country-atlantis"),
    pytest.param({"buyer.country": "Brazl"}, ("country", "Brazl", "did you mean", "Brazil"),
                 id="country-typo"),
    pytest.param({"deal.currency": "XYZ"}, ("XYZ",), id="currency-xyz"),
    pytest.param({"exporter.home_currency": "ABC"}, ("ABC",), id="home-currency-abc"),
    pytest.param({"deal.currency": "US"}, ("deal.currency",), id="currency-two-letters"),
    pytest.param({"deal.instrument": "barter"}, ("deal.instrument", "barter"), id="instrument"),
    pytest.param({"buyer.rating": DROP, "buyer.category": "CC9"}, ("buyer.category", "CC9"), id="category"),
    pytest.param({"buyer.rating": "BBB++"}, ("buyer.rating", "BBB++"), id="rating-bbb++"),
    pytest.param({"buyer.rating": "XX"}, ("buyer.rating", "XX"), id="rating-xx"),
    pytest.param({"market.vol_method": "ewmaa"}, ("market.vol_method",), id="vol-method"),
    pytest.param({"credit": {"repayment_years": 3, "profile": "balloon"}}, ("credit.profile", "balloon"),
                 id="credit-profile"),
    # out of range
    pytest.param({"deal.amount": -5}, ("deal.amount",), id="amount-negative"),
    pytest.param({"deal.amount": 0}, ("deal.amount",), id="amount-zero"),
    pytest.param({"deal.payment_days": -30}, ("deal.payment_days",), id="days-negative"),
    pytest.param({"deal.payment_days": 0}, ("deal.payment_days",), id="days-zero"),
    pytest.param({"deal.target_margin": 1.5}, ("deal.target_margin",), id="margin-1.5"),
    pytest.param({"buyer.rating": DROP, "buyer.pd_1y": 1.2}, ("buyer.pd_1y",), id="pd-above-1"),
    pytest.param({"schema": 2}, ("schema",), id="schema-2"),
    # unknown fields and parameters
    pytest.param({"deal.amout": 5}, ("deal.amout", "did you mean amount"), id="field-typo"),
    pytest.param({"buyr": {}}, ("buyr", "did you mean buyer"), id="block-typo"),
    pytest.param({"parameters.fx_fwd.margin_pct": 0.2}, ("fx_fwd",), id="parameter-section"),
    # docs/deal_file.md: "a typo is reported with the nearest valid name"
    pytest.param({"parameters.fx_forward.margn_pct": 0.2}, ("fx_forward.margn_pct", "margin_pct"),
                 id="parameter-key-typo"),
    pytest.param({"parameters.fx_forward.margin_pct": "high"}, ("fx_forward.margin_pct", "high"),
                 id="parameter-text"),
    pytest.param({"parameters.credit.trade_finance_adjustment": 1},
                 ("credit.trade_finance_adjustment",), id="parameter-not-bool"),
    pytest.param({"parameters.fx_forward": 3}, ("fx_forward",), id="parameter-section-number"),
    pytest.param({"parameters.fx_forward.margin_pct": 1e300}, ("fx_forward.margin_pct",),
                 id="parameter-absurd"),
]


@pytest.mark.parametrize("fmt", ["json", "toml"])
@pytest.mark.parametrize(("changes", "expected"), BAD)
def test_bad_deal_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str,
                       changes: dict[str, Any], expected: tuple[str, ...]) -> None:
    path = write(tmp_path, edit(changes), fmt)
    assert_one_line_error(run_quote(capsys, str(path)), *expected)


def test_toml_datetime_valuation_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A TOML date-time (not a date) must be rejected like any other bad date, not crash later."""
    path = write(tmp_path, edit({"valuation_date": datetime(2026, 10, 30, 10, 0)}), "toml")
    assert_one_line_error(run_quote(capsys, str(path)), "valuation_date")


def test_toml_syntax_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deal.toml"
    path.write_text('schema = 1\nvaluation_date = "2026-10-30\n', encoding="utf-8")
    assert_one_line_error(run_quote(capsys, str(path)), "TOML syntax error", "line 2", "deal.toml")


def test_json_syntax_error_says_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deal.json"
    path.write_text('{\n  "schema": 1,\n  "valuation_date": "2026-10-30",,\n  "notes": ""\n}\n', encoding="utf-8")
    assert_one_line_error(run_quote(capsys, str(path)), "JSON syntax error", "line 3, column 34", "deal.json")


@pytest.mark.parametrize("name", ["nope.toml", "nope.json"])
def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert_one_line_error(run_quote(capsys, str(tmp_path / name)), name, "not found")


def test_txt_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deal.txt"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    assert_one_line_error(run_quote(capsys, str(path)), "deal.txt", ".json", ".toml")


def test_not_utf8_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.toml"
    latin.write_bytes(to_toml(BASE).encode("latin-1", errors="replace"))
    assert_one_line_error(run_quote(capsys, str(latin)), "latin.toml")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert_one_line_error(run_quote(capsys, str(folder)), "folder.json")


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_top_level_not_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    path = tmp_path / f"deal.{fmt}"
    path.write_text("[1, 2]" if fmt == "json" else "", encoding="utf-8")
    assert_one_line_error(run_quote(capsys, str(path)), "deal." + fmt)
