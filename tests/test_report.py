"""PDF reports: quote figures as the text output prints them, embedded fonts, literal names, languages, pools."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from babel.numbers import format_decimal
from pypdf import PdfReader

from exportrisk.cli import main
from exportrisk.commands.quote import money
from exportrisk.paths import resources_dir
from exportrisk.report.build_pool import COST_PARTS
from exportrisk.report.i18n import LANGUAGES, catalog

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = resources_dir() / "examples"
DEALS = sorted(EXAMPLES.glob("*.toml"))
BRAZIL = EXAMPLES / "italy_textiles_brazil.toml"
BRIANZA = EXAMPLES / "pools" / "brianza_furniture.toml"
SIMS = ("--sims", "20000", "--seed", "7")
MARKUP = 'Anna <b>Bold</b> & <font color="red">Co</font>'
POLISH = "Przedsiębiorstwo Łódź, Gdańsk"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    """`exportrisk ARGS` in-process: exit code, stdout, stderr; an exception fails the test."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the user would see a traceback
        pytest.fail(f"exportrisk {args[0]} raised {type(exc).__name__}: {exc!r}")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(pdf: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(str(pdf)).pages]


def pdf_text(pdf: Path) -> str:
    return " ".join(page_texts(pdf))


def report(capsys: pytest.CaptureFixture[str], source: Path, out: Path, *extra: str) -> Path:
    code, _, err = run(capsys, "report", source, "-o", out, *SIMS, *extra)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF"), f"{out} is not a PDF"
    return out


def quote_json(capsys: pytest.CaptureFixture[str], source: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "quote", source, "--offline", *SIMS, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def has_number(text: str, number: str) -> bool:
    """`number` in `text` as a whole figure (not the tail of 10.00 or the head of 1,234.567)."""
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text) is not None


# --- 1. the report shows the quote's figures exactly as the text output prints them ------------------------------

@pytest.mark.parametrize("example", DEALS, ids=lambda p: p.stem)
def test_report_shows_the_quote_as_the_text_output_formats_it(capsys, tmp_path: Path, example: Path) -> None:
    data = quote_json(capsys, example)
    pages = page_texts(report(capsys, example, tmp_path / "report.pdf"))
    text = " ".join(pages)
    en = catalog("en")
    home, foreign = data["home_currency"], data["invoice_currency"]
    options = {o["id"]: o for o in data["options"]}
    best = options[data["recommended"]]
    assert best["min_price"] is not None, "the example should have a minimum price"
    summary = pages[1]
    headline = en["recommended_none"] if best["id"] == "none" else best["name"]
    assert f"{en['recommended_cover']} {headline} {en['min_price']} {money(best['min_price'])} {foreign}" \
        in summary, summary[:400]
    if best["id"] != "none":  # the uncovered case's sentence has no cost to state
        assert f"{money(best['cost'])} {home}" in summary
    assert en["quote_at_least"].format(price=f"{money(best['min_price'])} {foreign}") in summary
    available = [o for o in data["options"] if o["available"]]
    assert available
    for option in available:
        row = " ".join([option["name"], *(money(option[k]) for k in
                                          ("cost", "expected_loss", "es_99", "risk_adjusted_cost", "min_price"))])
        assert row in text, f"comparison row for {option['id']} not found as the text output prints it: {row}"
        assert has_number(text, money(option["cost"]))
    for option in data["options"]:
        if not option["available"]:
            assert option["name"] in text


# --- 2. every font is embedded ------------------------------------------------------------------------------------

def font_problems(pdf: Path) -> tuple[int, list[str]]:
    """(fonts checked, fonts without an embedded font file), walking page resources and form XObjects."""
    checked, problems, seen = 0, [], set()

    def walk(resources: Any, where: str) -> None:
        nonlocal checked
        resources = resources.get_object() if resources is not None else None
        if not resources:
            return
        for name, ref in (resources.get("/Font") or {}).items():
            font = ref.get_object()
            parts = [d.get_object() for d in font["/DescendantFonts"]] if font["/Subtype"] == "/Type0" else [font]
            for part in parts:
                checked += 1
                if part.get("/Subtype") == "/Type3" and "/CharProcs" in part:
                    continue
                descriptor = part.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"{where} {name}: {part.get('/BaseFont')} is not embedded")
        for name, ref in (resources.get("/XObject") or {}).items():
            key = getattr(ref, "idnum", None)
            if key in seen:
                continue
            seen.add(key)
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"), f"{where}{name}")

    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        walk(page.get("/Resources"), f"page {number} ")
    return checked, problems


@pytest.mark.parametrize("source,extra", [(BRAZIL, ()), (BRIANZA, ("--member-pages",)),
                                          (EXAMPLES / "germany_poland.toml", ("--lang", "pl"))],
                         ids=["deal-en", "pool-en", "deal-pl"])
def test_every_font_is_embedded(capsys, tmp_path: Path, source: Path, extra: tuple[str, ...]) -> None:
    pdf = report(capsys, source, tmp_path / "report.pdf", "--adviser", "Łucja Żółć", *extra)
    checked, problems = font_problems(pdf)
    assert checked > 0
    assert problems == []
    assert b"/Helvetica" not in pdf.read_bytes()


# --- 3. and 4. names print literally: markup and Polish letters ----------------------------------------------------

def deal_file(tmp_path: Path, exporter: str, buyer: str) -> Path:
    deal = {"schema": 1, "valuation_date": "2026-10-30", "exporter": {"name": exporter, "home_currency": "EUR"},
            "buyer": {"name": buyer, "country": "BRA", "rating": "BB"},
            "deal": {"amount": 180000, "currency": "USD", "payment_days": 120, "instrument": "open_account",
                     "cost": 128000}}
    path = tmp_path / "deal.json"
    path.write_text(json.dumps(deal, ensure_ascii=False), encoding="utf-8")
    return path


def test_markup_in_names_prints_literally(capsys, tmp_path: Path) -> None:
    source = deal_file(tmp_path, MARKUP, "Plain Buyer Ltda")
    text = pdf_text(report(capsys, source, tmp_path / "r.pdf", "--adviser", MARKUP, "--organisation", "A & B"))
    assert f"{MARKUP} — Plain Buyer Ltda" in text  # cover subtitle and page header
    assert f"{MARKUP} (Euro)" in text  # exporter fact
    assert f"Prepared by {MARKUP}, A & B" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_polish_names_extract_intact(capsys, tmp_path: Path) -> None:
    source = deal_file(tmp_path, "Tessitura Lariana S.r.l.", POLISH)
    pages = page_texts(report(capsys, source, tmp_path / "r.pdf", "--adviser", "Zbigniew Wójcik",
                              "--organisation", POLISH))
    assert f"{POLISH}, Brazil" in pages[0]  # buyer fact
    assert f"Prepared by Zbigniew Wójcik, {POLISH}" in pages[0]
    assert all(f"Tessitura Lariana S.r.l. — {POLISH}" in page for page in pages[1:])  # every page header


# --- 5. Italian, Polish and German reports: no English left, local number formats ---------------------------------

def english_fragments(lang: str) -> dict[str, list[str]]:
    """Per key, the English text pieces (between placeholders) of 12+ characters that `lang` should translate."""
    en, other = catalog("en"), catalog(lang)
    out = {}
    for key, value in en.items():
        if other.get(key) == value:
            continue  # proper names and codes are the same in every language
        pieces = [flat(p) for p in PLACEHOLDER.split(value)]
        pieces = [p for p in pieces if len(p) >= 12 and p not in other.get(key, "")]
        if pieces:
            out[key] = pieces
    return out


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_language_file_matches_english(lang: str) -> None:
    en, other = catalog("en"), catalog(lang)
    assert sorted(set(en) - set(other)) == [], f"keys missing from {lang}.json"
    assert sorted(set(other) - set(en)) == [], f"keys in {lang}.json that English does not have"
    wrong = [k for k, v in en.items() if set(PLACEHOLDER.findall(v)) != set(PLACEHOLDER.findall(other[k]))]
    assert wrong == [], f"{lang}.json placeholders differ from English"


HEADINGS = ("report_title", "summary", "recommended_cover", "min_price", "comparison", "fx_risk", "credit_country",
            "coverage", "choices", "methods", "disclaimer")


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_translated_report_has_no_english(capsys, tmp_path: Path, lang: str) -> None:
    data = quote_json(capsys, BRAZIL)
    text = pdf_text(report(capsys, BRAZIL, tmp_path / f"{lang}.pdf", "--lang", lang))
    fragments = english_fragments(lang)
    assert len(fragments) > 100, "too few English labels to check"
    leaks = sorted({f"{key}: {piece!r}" for key, pieces in fragments.items() for piece in pieces if piece in text})
    assert leaks == [], f"English labels in the {lang} report"
    labels = catalog(lang)
    for key in HEADINGS:
        assert flat(labels[key]) in text, f"heading {key} ({labels[key]!r}) missing from the {lang} report"
    best = next(o for o in data["options"] if o["id"] == data["recommended"])
    local = format_decimal(best["min_price"], format="#,##0.00", locale=lang)
    assert f"{flat(local)} USD" in text, f"min price {local!r} not in {lang} format"
    assert money(best["min_price"]) not in text, "min price printed in English format"
    assert labels[f"option_{best['id']}"] in text


def test_italian_numbers_use_the_italian_format(capsys, tmp_path: Path) -> None:
    data = quote_json(capsys, BRAZIL)
    text = pdf_text(report(capsys, BRAZIL, tmp_path / "it.pdf", "--lang", "it"))
    for option in (o for o in data["options"] if o["available"]):
        for key in ("cost", "min_price"):
            italian = format_decimal(option[key], format="#,##0.00", locale="it")
            assert has_number(text, italian), f"{option['id']} {key}: {italian} not found"
    assert has_number(text, "180.000,00")  # the invoice amount on the cover


# --- 10. the consortium report -------------------------------------------------------------------------------------

def test_consortium_report_members_totals_and_member_pages(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "consortium", BRIANZA, *SIMS, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    en = catalog("en")
    members, pool = data["members"], data["pool"]
    assert len(members) == 5
    short = page_texts(report(capsys, BRIANZA, tmp_path / "short.pdf"))
    pages = page_texts(report(capsys, BRIANZA, tmp_path / "long.pdf", "--member-pages"))
    assert len(pages) > len(short)  # each member's own page is checked below
    text = " ".join(pages)
    total = " ".join([en["total"], *(money(pool[k]) for k in ("exposure", "standalone_cost", "same_cover_alone",
                                                               "pooled_cost", "saving", "es_99"))])
    assert total in text, f"allocation total row not found: {total}"
    assert total in " ".join(short)
    for m in members:
        row = " ".join([m["name"], *(money(m[k]) for k in ("exposure", "standalone_cost", "same_cover_alone",
                                                            "pooled_cost", "saving", "risk_contribution"))])
        assert row in text, f"allocation row not found: {row}"
        own = [p for p in pages if p.startswith(f"{m['name']} {en['part_0']}")]
        assert len(own) == 1, f"expected one page for {m['name']}"
        parts = " ".join([f"{en['part_0']} {money(data['membership_fees']['per_member'])} EUR"]
                         + [f"{en[label]} {money(m['cost_parts'][part])} EUR" for part, label in COST_PARTS.items()])
        assert parts in own[0]
        assert f"{en['fund_contribution']} {money(m['fund_contribution'])} EUR" in own[0]
        assert not any(p.startswith(m["name"]) for p in short)
    assert f"{en['members']} 5 " in pages[0] and data["consortium"] in pages[0]
    assert data["verdict"].split(":")[0] in " ".join(short).replace("\n", " ")  # the verdict is in the report
