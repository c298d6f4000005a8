"""Sanctioned and off-cover markets: each level handled as the reference says, with the act named, and licences."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from exportrisk.cli import main
from exportrisk.engine.quote import price_deal
from tests.test_engine import make_deal

TODAY = date(2026, 10, 30)
ROOT = Path(__file__).resolve().parents[1]
EU_EXPORTER = {"name": "Exporter", "home_currency": "EUR", "country": "ITA"}


def rows(market: str) -> list[dict[str, str]]:
    """The restricted-markets table's rows for `market`, read here with the csv module."""
    with open(ROOT / "resources" / "country" / "restricted_markets.csv", encoding="utf-8") as handle:
        return [r for r in csv.DictReader(line for line in handle if not line.startswith("#")) if r["market"] == market]


def quote(country: str, **overrides) -> object:
    sections = {"exporter": EU_EXPORTER, "buyer": {"country": country}, **overrides}
    return price_deal(make_deal(**sections), paths=2000, seed=1, today=TODAY)


def test_block_market_offers_nothing_and_names_the_act() -> None:
    result = quote("IRN")
    act = next(r["measure"] for r in rows("IRN") if r["jurisdiction"] == "EU")
    assert result.compliance_level == "BLOCK"
    assert not any(o.available for o in result.options)
    assert all(act in o.reason and "2025" in o.reason for o in result.options)
    assert result.recommended is None
    assert any(act in n for n in result.compliance)


def test_russia_state_cover_is_blocked_and_everything_else_restricted() -> None:
    result = quote("RUS")
    state = result.option("state_cover")
    assert not state.available and "833/2014 art. 2e" in state.reason
    assert not result.option("state_cover_forward").available
    lc = result.option("lc_confirmed")
    assert lc.available and any(getattr(n, "code", "") == "sanction_restricted" for n in lc.notes)
    assert result.option("none").available
    assert any(getattr(n, "code", "") == "sanction_restricted" for n in result.option("none").notes)
    # the headline: the deal is restricted (licence and screening), not blocked; only state cover is
    assert result.compliance_level == "RESTRICTED"


def test_off_cover_removes_state_cover_only() -> None:
    result = quote("AFG")
    assert not result.option("state_cover").available
    assert "UKEF" in result.option("state_cover").reason
    assert result.option("fx_forward").available
    assert result.option("none").available


def test_region_of_a_country_is_blocked() -> None:
    whole = quote("UKR")
    crimea = quote("UKR", buyer={"country": "UKR", "region": "UA-43"})
    assert whole.compliance_level == "OK" and any(o.available for o in whole.options)
    assert crimea.compliance_level == "BLOCK" and not any(o.available for o in crimea.options)
    assert "692/2014" in crimea.option("none").reason


def test_us_measures_reach_a_eu_exporter_one_level_lower() -> None:
    eu = quote("CUB")
    us = quote("CUB", exporter={"name": "Exporter", "home_currency": "USD", "country": "USA"})
    assert eu.compliance_level == "RESTRICTED" and eu.option("none").available
    assert us.compliance_level == "BLOCK" and not us.option("none").available
    assert "31 CFR 515" in us.option("none").reason


def test_public_buyers_only_rows() -> None:
    private = quote("VEN")
    public = quote("VEN", exporter={"name": "Exporter", "home_currency": "USD", "country": "USA"},
                   buyer={"country": "VEN", "public": True})
    assert private.option("none").available
    assert not public.option("none").available and "13884" in public.option("none").reason


def test_dual_use_rows_apply_only_to_dual_use_goods() -> None:
    civil = quote("LBY")
    dual = quote("LBY", deal={"goods": "dual_use"})
    assert civil.compliance_level == "OK"
    assert dual.compliance_level == "RESTRICTED"
    assert any("arms embargo" in str(n) for n in dual.option("none").notes)


def test_a_licence_re_enables_what_it_covers_and_the_quote_says_so() -> None:
    blocked = quote("BLR")
    assert not blocked.option("state_cover").available
    licensed = quote("BLR", licence={"reference": "Art. 1t SME exemption", "covers": ["state_cover"]})
    assert licensed.option("state_cover").available
    assert any("Art. 1t SME exemption" in n and "765/2006" in n for n in licensed.compliance)
    assert licensed.option("none").available and any(
        getattr(n, "code", "") == "sanction_restricted" for n in licensed.option("none").notes)   # trade: not licensed


def test_every_quote_reminds_to_screen_names() -> None:
    for country in ("BRA", "IRN", "DEU"):
        assert quote(country).compliance[-1].code == "screening_reminder"


def test_without_exporter_country_the_home_currency_decides_and_it_is_said() -> None:
    result = price_deal(make_deal(buyer={"country": "RUS"}), paths=2000, seed=1, today=TODAY)
    assert not result.option("state_cover").available           # EUR home: EU rules
    assert any(getattr(n, "code", "") == "exporter_rules_assumed" for n in result.compliance)
    swiss = price_deal(make_deal(exporter={"home_currency": "CHF"}, buyer={"country": "RUS"}, deal={"currency": "USD"}),
                       paths=2000, seed=1, today=TODAY)
    # Swiss rules are not tabulated: only the export credit agencies' cover stop binds state cover
    assert not swiss.option("state_cover").available and "Cover stop" in swiss.option("state_cover").reason


def test_premium_command_refuses_blocked_and_off_cover_markets(capsys) -> None:
    assert main(["premium", "--country", "PRK", "--buyer", "SOV", "--days", "90"]) == 2
    err = capsys.readouterr().err
    assert "2017/1509" in err and err.count("\n") == 1
    assert main(["premium", "--country", "SYR", "--buyer", "CC1", "--days", "90"]) == 2
    assert "No state cover" in capsys.readouterr().err
    assert main(["premium", "--country", "BRA", "--buyer", "CC1", "--days", "90"]) == 0
    assert "Screen the buyer" in capsys.readouterr().out


def test_the_report_puts_the_measures_first_in_the_users_language(tmp_path: Path, capsys) -> None:
    from pypdf import PdfReader

    deal = tmp_path / "russia.toml"
    deal.write_text('schema = 1\nvaluation_date = "2026-10-30"\n[exporter]\nname = "E"\nhome_currency = "EUR"\n'
                    'country = "ITA"\n[buyer]\nname = "B"\ncountry = "RUS"\nrating = "BB"\n[deal]\namount = 200000\n'
                    'currency = "USD"\npayment_days = 90\ninstrument = "open_account"\ncost = 150000\n',
                    encoding="utf-8")
    out = tmp_path / "russia.pdf"
    assert main(["report", str(deal), "-o", str(out), "--lang", "it", "--sims", "5000"]) == 0
    summary = " ".join(PdfReader(str(out)).pages[1].extract_text().split())
    assert "Sanzioni e politica di copertura" in summary
    assert summary.index("833/2014 art. 2e") < summary.index("Copertura consigliata")
    assert "Non disponibile" in summary and "elenchi consolidati" in summary
    capsys.readouterr()


def test_a_trade_licence_does_not_make_state_cover_available() -> None:
    licensed = quote("IRN", licence={"reference": "Humanitarian licence H-7", "covers": ["trade"]})
    assert licensed.option("none").available and licensed.option("lc_confirmed").available
    assert not licensed.option("state_cover").available
    both = quote("IRN", licence={"reference": "H-7", "covers": ["trade", "state_cover"]})
    assert both.option("state_cover").available
