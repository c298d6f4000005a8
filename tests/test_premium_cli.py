"""`exportrisk premium`: JSON fields, text output, and exit code 2 with one line for bad input."""

from __future__ import annotations

import json

import pytest

from exportrisk.cli import main


def run_json(capsys, *args: str) -> dict:
    assert main(["premium", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_published_check(capsys) -> None:
    data = run_json(capsys, "--country", "Algeria", "--buyer", "CC1", "--disbursement-months", "6",
                    "--repayment-years", "10")
    assert data["rule"] == "oecd_mpr"
    assert data["premium_pct"] == pytest.approx(9.3179, abs=1e-4)
    assert data["hor_years"] == pytest.approx(10.25)
    assert data["country"]["iso3"] == "DZA" and data["country"]["category"] == "5"
    assert data["factors"]["TERM"] == pytest.approx(0.0045)
    assert data["sources"] and all("as of" in s for s in data["sources"])
    assert data["reason"].endswith(".")


def test_text_is_the_default_format(capsys) -> None:
    """Like fx and quote, premium prints text unless --format json is given."""
    assert main(["premium", "--category", "3", "--buyer", "CC2", "--days", "90"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("State cover premium: 0.8800 % of the covered amount") and "short_term_tariff" in out


def test_json_marketable_country(capsys) -> None:
    data = run_json(capsys, "--country", "POL", "--buyer", "CC1", "--days", "90")
    assert data["rule"] == "unavailable" and data["premium_pct"] is None
    assert data["country"]["marketable"] is True
    assert "private credit insurance" in data["reason"]


def test_category_nc_priced_as_7_with_a_note(capsys) -> None:
    data = run_json(capsys, "--category", "NC", "--buyer", "CC1", "--hor", "3")
    assert data["country"]["pricing_category"] == "7"
    assert data["premium_pct"] == pytest.approx(1.100 * 3 + 1.800 + 0.125 * 3)
    assert any("category 7" in note for note in data["notes"])


def test_options_reach_the_engine(capsys) -> None:
    data = run_json(capsys, "--category", "4", "--buyer", "cc3", "--hor", "6", "--cef", "0.25", "--lcf",
                    "0.1", "--quality", "below", "--pcc", "0.9", "--pcp", "0.95")
    expected = ((0.550 * 6 + 0.350) * 0.9 + 0.350 * 0.9 / 0.95 * 6 * 0.75) * 0.9825
    assert data["premium_pct"] == pytest.approx(expected)
    ukef = run_json(capsys, "--category", "4", "--buyer", "CC1", "--days", "200", "--rate-card", "ukef")
    assert ukef["rate_card"] == "ukef" and ukef["factors"]["month"] == 8
    bullet = run_json(capsys, "--category", "2", "--buyer", "SOV", "--disbursement-months", "0",
                      "--repayment-years", "5", "--profile", "bullet")
    assert bullet["hor_years"] == pytest.approx(9.5)
    rated = run_json(capsys, "--category", "1", "--buyer", "CC1", "--hor", "12", "--rating", "bb+")
    assert rated["factors"]["TERM"] == pytest.approx(0.036)


def test_text_output(capsys) -> None:
    assert main(["premium", "--country", "Andorra", "--buyer", "CC1", "--hor", "3", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "State cover premium: 0.2625 %" in out   # EKN 15 bp x average life (0.5 + 3) / 2 = 1.75 years
    assert "market_benchmark" in out and "Andorra (AND)" in out and "priced as HI" in out
    assert "ekn_market_premiums.csv" in out and "note:" in out


@pytest.mark.parametrize(("args", "hint"), [
    (["--country", "Atlantis", "--buyer", "CC1", "--hor", "3"], "Atlantis"),
    (["--country", "BRA", "--buyer", "CC9", "--hor", "3"], "buyer"),
    (["--country", "BRA", "--buyer", "CC1", "--hor", "3", "--days", "90"], "not allowed"),
    (["--country", "BRA", "--buyer", "CC1", "--days", "-4"], "days"),
    (["--country", "BRA", "--buyer", "CC1", "--days", "90", "--pcc", "1.2"], "pcc"),
    (["--country", "BRA", "--buyer", "CC1", "--hor", "3", "--cef", "0.5"], "credit-enhancement factor"),
    (["--category", "9", "--buyer", "CC1", "--hor", "3"], "category"),
    (["--category", "3", "--buyer", "CC1", "--disbursement-months", "6"], "repayment-years"),
    (["--category", "3", "--buyer", "CC1", "--hor", "3", "--profile", "bullet"], "profile"),
    (["--country", "BRA", "--buyer", "CC1", "--hor", "3", "--marketable"], "marketable"),
    (["--category", "3", "--buyer", "CC1", "--hor", "3", "--rating", "ZZ"], "rating"),
    (["--category", "3", "--buyer", "CC1"], "required"),
])
def test_bad_input_exits_2_with_one_line(capsys, args: list[str], hint: str) -> None:
    try:
        code = main(["premium", *args])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("exportrisk premium")
    assert hint.lower() in err.lower()
