"""Sanctioned and off-cover markets: each level handled as the reference says, with the act named, and licences."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from exportrisk.cli import main
from exportrisk.country.sanctions import COLUMNS, COLUMNS_V1, table_meta
from exportrisk.engine.quote import price_deal
from exportrisk.errors import DataFileError
from exportrisk.messages import Message, message
from exportrisk.report.i18n import LANGUAGES, Translator, catalog
from exportrisk.tables import user_path
from tests.test_engine import make_deal
from tests.test_texts_report import english_sentences

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


# --- The measures' words: one catalogue row per measure_id, the act as data, old copies as they were

INSTALLED = ROOT / "resources" / "country" / "restricted_markets.csv"


def installed() -> tuple[list[str], list[dict[str, str]]]:
    """The installed table: its comment lines and its rows (csv module)."""
    lines = INSTALLED.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.startswith("#")], list(csv.DictReader(
        line for line in lines if line.strip() and not line.startswith("#")))


def write_copy(rows: list[dict[str, str]], columns: list[str], schema: int) -> Path:
    """`rows` as the user's copy of the table (the installed header lines, `schema`), with only `columns`."""
    comments = [f"# schema: {schema}" if line.startswith("# schema:") else line for line in installed()[0]]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    target = user_path("country/restricted_markets.csv")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(comments) + "\n" + out.getvalue(), encoding="utf-8")
    return target


def test_every_installed_measure_has_its_words_and_the_english_is_the_tables() -> None:
    comments, table = installed()
    ids = [r["measure_id"] for r in table]
    assert "# schema: 2" in comments and len(ids) == len(set(ids)) == len(table) > 40
    assert len({r["measure_id"] for r in table if (r["market"], r["jurisdiction"]) == ("VEN", "US")}) == 2
    for row in table:
        words = message(f"measure_{row['measure_id']}", act=row["act"])
        assert str(words) == row["measure"], row["measure_id"]       # the English quote stays as it was
        if row["note"]:
            assert str(message(f"measure_note_{row['measure_id']}")) == row["note"]
        for lang in LANGUAGES:
            assert ("{act}" in catalog(lang)[f"msg_measure_{row['measure_id']}"]) == bool(row["act"])
            if row["act"]:                                           # the act is cited as published, untranslated
                assert row["act"] in Translator(lang).message(words)
    notes = {k[len("msg_measure_note_"):] for k in catalog("en") if k.startswith("msg_measure_note_")}
    assert notes == {r["measure_id"] for r in table if r["note"]}
    result = quote("SYR")
    reasons = [n for n in result.compliance if getattr(n, "code", "").startswith("sanction_")]
    assert reasons and all(isinstance(n.args["measure"], Message) for n in reasons)
    assert {n.args["measure"].code for n in reasons} >= {"measure_eu_syria_36_2012", "measure_us_syria_eo_14312"}


def test_the_measures_read_in_each_language_without_english() -> None:
    result = quote("IRN", licence={"reference": "H-7", "covers": ["trade"]})
    lifted = next(n for n in result.compliance if n.code == "licence_lifts")
    english = [r["measure"] for r in rows("IRN") if r["jurisdiction"] in ("EU", "UN", "US")]
    assert str(lifted.args["measures"]) == "; ".join(english)         # the list reads as the old join in English
    for lang, word in (("it", "Risoluzioni del Consiglio di sicurezza"), ("pl", "Rezolucje Rady Bezpieczeństwa"),
                       ("de", "Resolutionen des UN-Sicherheitsrats")):
        text = Translator(lang).message(lifted)
        assert word in text and "31 CFR 560" in text and "EU Reg. 267/2012" in text
        assert not any(e in text for e in english) and english_sentences(text, lang) == []


def test_a_schema_1_copy_still_loads_and_shows_its_english_as_before() -> None:
    shipped = quote("RUS")
    _, table = installed()
    write_copy(table, COLUMNS_V1, 1)
    old = quote("RUS")
    assert table_meta().is_user_copy
    assert [str(n) for n in old.compliance] == [str(n) for n in shipped.compliance]
    assert [o.reason for o in old.options] == [o.reason for o in shipped.options]
    reason = next(n for n in old.compliance if n.code == "sanction_block")
    assert not isinstance(reason.args["measure"], Message)             # no id: the table's own English
    assert reason.args["measure"] in Translator("it").message(reason)
    assert "Non disponibile" in Translator("it").message(reason)


def test_an_edited_measure_shows_the_users_words_not_the_catalogues() -> None:
    _, table = installed()
    edited = "EU Reg. 833/2014 art. 2e (ban on public financing, widened by the 21st package)"
    write_copy([{**r, "measure": edited} if r["measure_id"] == "eu_russia_833_2e" else r for r in table], COLUMNS, 2)
    result = quote("RUS")
    assert edited in result.option("state_cover").reason
    reasons = {n.args["measure"]: n for n in result.compliance if getattr(n, "code", "").startswith("sanction_")}
    assert not isinstance(next(m for m in reasons if m == edited), Message)
    assert edited in Translator("de").message(reasons[edited])
    others = [m for m in reasons if m != edited]
    assert others and all(isinstance(m, Message) for m in others)      # the rows not edited keep their words


def test_a_copy_with_a_duplicate_or_missing_measure_id_is_refused() -> None:
    _, table = installed()
    twice = [{**r, "measure_id": "us_venezuela_government"} if r["measure_id"] == "us_venezuela_programme" else r
             for r in table]
    write_copy(twice, COLUMNS, 2)
    with pytest.raises(DataFileError, match="us_venezuela_government appears more than once"):
        table_meta()
    write_copy([{**r, "measure_id": ""} if r["market"] == "CUB" else r for r in table], COLUMNS, 2)
    with pytest.raises(DataFileError, match="measure_id '' must be"):
        table_meta()
