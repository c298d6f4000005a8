"""Every input error of deal and pool files carries its field path, a code and a template in every language."""

from __future__ import annotations

import ast
import copy
import io
import json
import re
import string
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from exportrisk.consortium.io import load_pool, pool_from_dict, read_receivables_csv
from exportrisk.consortium.model import Pool, Receivable
from exportrisk.deal.io import deal_from_dict, deal_to_dict, load_deal, parse_deal_text
from exportrisk.errors import InputError
from exportrisk.fileio import write_output
from exportrisk.languages import report_languages
from exportrisk.paths import resources_dir
from exportrisk.register import quotes
from exportrisk.register.db import open_register
from exportrisk.report.i18n import catalog

ROOT = Path(__file__).resolve().parents[1]
#: The modules whose InputErrors this file covers (each of their codes must be raised by a case below).
MODULES = ("exportrisk/deal/model.py", "exportrisk/deal/io.py", "exportrisk/consortium/io.py",
           "exportrisk/consortium/model.py", "exportrisk/safe_read.py", "exportrisk/fileio.py",
           "exportrisk/register/quotes.py")
#: Fallbacks for a TypeError that no check foresees (a value of an unexpected shape): no file reaches them.
FALLBACKS = {"deal_file_layout", "entry_layout"}
DROP = object()
#: Fields that are not in a deal or pool file (a quote's number, a setting): their English line has no path.
NOT_IN_FILES = {"quote_id", "keep_pdf"}
#: A deal-file path: blocks and keys, list items by index ("members[0].receivables[1].deal.amount"); "" is the
#: whole file.
FIELD_PATH = re.compile(r"([a-z_0-9]+(\[\d+\])?)(\.[a-z_0-9]+(\[\d+\])?)*")
#: A dotted or snake_case name in a template (outside its placeholders): an internal name a reader cannot use.
INTERNAL_NAME = re.compile(r"\b[a-z_]{2,}\.[a-z_]{2,}\b|\b[a-z]+_[a-z_]+\b")


def base_deal() -> dict[str, Any]:
    return deal_to_dict(load_deal(resources_dir() / "examples" / "italy_textiles_brazil.toml"))


def base_pool() -> dict[str, Any]:
    return {"schema": 1, "valuation_date": "2026-10-30",
            "consortium": {"name": "Consorzio", "home_currency": "EUR", "membership_fee": 100},
            "members": [{"name": "Alfa S.r.l.", "home_currency": "EUR",
                         "receivables": [{"buyer": {"name": "Buyer Inc.", "country": "USA", "rating": "BBB"},
                                          "deal": {"amount": 1000, "currency": "USD", "payment_days": 90,
                                                   "instrument": "open_account"}}],
                         "payables": [{"currency": "USD", "amount": 500, "payment_days": 60}]}]}


def edited(data: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`data` with each dotted path set to its value (DROP removes it); [i] picks a list item."""
    out = copy.deepcopy(data)
    for path, value in changes.items():
        *parents, last = re.split(r"\.(?![^\[]*\])", path)
        node: Any = out
        for part in parents:
            name, _, index = part.partition("[")
            node = node.setdefault(name, {})
            if index:
                node = node[int(index[:-1])]
        if value is DROP:
            node.pop(last, None)
        else:
            node[last] = value
    return out


# (case id, changes to the example deal, expected field, expected code)
DEAL_CASES = [
    ("deal-not-a-table", {"exporter": 5}, "exporter", "table_expected"),
    ("field-typo", {"deal.amout": 5}, "deal.amout", "unknown_field_hint"),
    ("unknown-block", {"zzzz": 1}, "zzzz", "unknown_field"),
    ("missing-amount", {"deal.amount": DROP}, "deal.amount", "missing_field"),
    ("date-with-time", {"valuation_date": datetime(2026, 10, 30, 10, 0)}, "valuation_date", "date_with_time"),
    ("date-format", {"valuation_date": "30/10/2026"}, "valuation_date", "date_format"),
    ("schema-2", {"schema": 2}, "schema", "schema_unsupported"),
    ("parameters-number", {"parameters": 5}, "parameters", "table_expected"),
    ("notes-number", {"notes": 5}, "notes", "text_required"),
    ("notes-too-long", {"notes": "x" * 5001}, "notes", "text_too_long"),
    ("name-empty", {"exporter.name": " "}, "exporter.name", "text_required"),
    ("name-surrogate", {"exporter.name": "Ditta \ud800"}, "exporter.name", "text_surrogate"),
    ("amount-text", {"deal.amount": "abc"}, "deal.amount", "number_required"),
    ("amount-infinite", {"deal.amount": float("inf")}, "deal.amount", "number_finite"),
    ("amount-negative", {"deal.amount": -5}, "deal.amount", "money_positive"),
    ("turnover-zero", {"exporter.annual_insured_turnover": 0}, "exporter.annual_insured_turnover",
     "money_positive"),
    ("pd-above-1", {"buyer.rating": DROP, "buyer.pd_1y": 1.2}, "buyer.pd_1y", "share_range"),
    ("margin-1.5", {"deal.target_margin": 1.5}, "deal.target_margin", "share_range"),
    ("volatility-zero", {"market": {"volatility": 0}}, "market.volatility", "share_above"),
    ("rate-home", {"market": {"rate_home": -0.2}}, "market.rate_home", "share_range"),
    ("disbursement-200", {"credit": {"repayment_years": 2, "disbursement_months": 200}},
     "credit.disbursement_months", "number_range"),
    ("correlation-2", {"market": {"fx_default_correlation": 2}}, "market.fx_default_correlation",
     "correlation_range"),
    ("spot-zero", {"market": {"spot": 0}}, "market.spot", "number_above"),
    ("repayment-zero", {"credit": {"repayment_years": 0}}, "credit.repayment_years", "number_above"),
    ("currency-two-letters", {"deal.currency": "US"}, "deal.currency", "currency_code"),
    ("home-currency-digits", {"exporter.home_currency": "E1R"}, "exporter.home_currency", "currency_code"),
    ("goods", {"deal.goods": "toys"}, "deal.goods", "choose_one"),
    ("instrument", {"deal.instrument": "barter"}, "deal.instrument", "choose_one"),
    ("category", {"buyer.rating": DROP, "buyer.category": "CC9"}, "buyer.category", "choose_one"),
    ("country-category", {"buyer.country_category": "9"}, "buyer.country_category", "choose_one"),
    ("credit-profile", {"credit": {"repayment_years": 3, "profile": "balloon"}}, "credit.profile", "choose_one"),
    ("vol-method", {"market": {"vol_method": "ewmaa"}}, "market.vol_method", "choose_one"),
    ("fx-outlook", {"market": {"fx_outlook": "hope"}}, "market.fx_outlook", "choose_one"),
    ("rating-xx", {"buyer.rating": "XX"}, "buyer.rating", "rating_unknown"),
    ("rating-number", {"buyer.rating": 5}, "buyer.rating", "rating_unknown"),
    ("bank-rating", {"bank": {"rating": "ZZ"}}, "bank.rating", "rating_unknown"),
    ("region", {"buyer.region": "UA43"}, "buyer.region", "region_code"),
    ("public-yes", {"buyer.public": "yes"}, "buyer.public", "true_or_false"),
    ("no-rating", {"buyer.rating": DROP}, "buyer.rating", "credit_quality_missing"),
    ("rating-and-category", {"buyer.category": "CC2"}, "buyer.category", "credit_quality_twice"),
    ("days-fraction", {"deal.payment_days": 1.5}, "deal.payment_days", "whole_days"),
    ("days-zero", {"deal.payment_days": 0}, "deal.payment_days", "days_range"),
    ("no-cost-no-margin", {"deal.cost": DROP, "deal.target_margin": DROP}, "deal.cost", "cost_or_margin"),
    ("credit-too-long", {"credit": {"repayment_years": 20, "disbursement_months": 120}},
     "credit.repayment_years", "credit_too_long"),
    ("licence-scope", {"licence": {"reference": "L-1", "covers": ["cheese"]}}, "licence.covers",
     "licence_scopes"),
    ("licence-text", {"licence": {"reference": "L-1", "covers": "trade"}}, "licence.covers", "licence_scopes"),
    ("no-days-no-credit", {"deal.payment_days": DROP}, "deal.payment_days", "payment_days_missing"),
    ("finance-term-not-the-credit's", {"credit": {"repayment_years": 5, "disbursement_months": 0},
                                       "finance": {"repayment_years": 4}},
     "finance.repayment_years", "finance_repayment_mismatch"),
]

# (case id, changes to a one-member pool, expected field, expected code)
POOL_CASES = [
    ("pool-typo", {"membres": []}, "membres", "unknown_field_hint"),
    ("member-field", {"members[0].colour": "red"}, "members[0].colour", "unknown_field"),
    ("pool-no-members-field", {"members": DROP}, "members", "missing_field"),
    ("pool-schema", {"schema": 3}, "schema", "schema_unsupported"),
    ("members-number", {"members": 5}, "members", "list_expected"),
    ("receivables-table", {"members[0].receivables": {"a": 1}}, "members[0].receivables", "list_expected"),
    ("consortium-list", {"consortium": [1]}, "consortium", "table_expected"),
    ("fee-negative", {"consortium.membership_fee": -1}, "consortium.membership_fee", "money_not_negative"),
    ("consortium-currency", {"consortium.home_currency": "euro"}, "consortium.home_currency", "currency_code"),
    ("member-name-empty", {"members[0].name": ""}, "members[0].name", "text_required"),
    ("receivable-amount", {"members[0].receivables[0].deal.amount": -1}, "members[0].receivables[0].deal.amount",
     "money_positive"),
    ("receivable-country", {"members[0].receivables[0].buyer.country": ""},
     "members[0].receivables[0].buyer.country", "text_required"),
    ("receivable-no-buyer", {"members[0].receivables[0].buyer": DROP}, "members[0].receivables[0].buyer",
     "missing_field"),
    ("receivable-no-currency", {"members[0].receivables[0].deal.currency": DROP},
     "members[0].receivables[0].deal.currency", "missing_field"),
    ("payable-days", {"members[0].payables[0].payment_days": 2.5}, "members[0].payables[0].payment_days",
     "whole_days"),
    ("payable-amount", {"members[0].payables[0].amount": 0}, "members[0].payables[0].amount", "money_positive"),
    ("payable-missing", {"members[0].payables[0].currency": DROP}, "members[0].payables[0].currency",
     "missing_field"),
    ("pool-parameters", {"parameters": "x"}, "parameters", "table_expected"),
    ("pool-members-empty", {"members": []}, "members", "pool_no_members"),
    ("pool-no-receivables", {"members[0].receivables": []}, "members", "pool_no_receivables"),
    ("csv-name-number", {"receivables_csv": 5}, "receivables_csv", "csv_name"),
    ("csv-outside", {"receivables_csv": "../elsewhere.csv"}, "receivables_csv", "csv_outside_folder"),
]

CSV_HEADER = "member,buyer_name,buyer_country,buyer_rating,amount,currency,payment_days,instrument,kind"
CSV_ROW = "Alfa S.r.l.,Buyer Inc.,USA,BBB,1000,USD,90,open_account,receivable"
# (case id, CSV text, expected field, expected code); rows are numbered by their line in the file
CSV_CASES = [
    ("csv-missing-column", "member,amount\nAlfa,5\n", "", "csv_columns_missing"),
    ("csv-unknown-column", f"{CSV_HEADER},colour\n{CSV_ROW},red\n", "", "csv_columns_unknown"),
    ("csv-extra-field", f"{CSV_HEADER}\n{CSV_ROW},extra\n", "rows[2]", "csv_extra_fields"),
    ("csv-member-empty", f"{CSV_HEADER}\n{CSV_ROW.replace('Alfa S.r.l.', '')}\n", "rows[2].member", "member_empty"),
    ("csv-member-unknown", f"{CSV_HEADER}\n{CSV_ROW.replace('Alfa S.r.l.', 'Beta')}\n", "rows[2].member",
     "member_unknown"),
    ("csv-amount-empty", f"{CSV_HEADER}\n{CSV_ROW.replace(',1000,', ',,')}\n", "rows[2].amount", "cell_empty"),
    ("csv-amount-text", f"{CSV_HEADER}\n{CSV_ROW.replace(',1000,', ',lots,')}\n", "rows[2].amount",
     "number_required"),
    ("csv-amount-inf", f"{CSV_HEADER}\n{CSV_ROW.replace(',1000,', ',inf,')}\n", "rows[2].amount", "number_finite"),
    ("csv-days-fraction", f"{CSV_HEADER}\n{CSV_ROW.replace(',90,', ',90.5,')}\n", "rows[2].payment_days",
     "whole_days"),
    ("csv-kind", f"{CSV_HEADER}\n{CSV_ROW.replace('receivable', 'gift')}\n", "rows[2].kind", "choose_one"),
    ("csv-country-empty", f"{CSV_HEADER}\n{CSV_ROW.replace(',USA,', ',,')}\n", "rows[2].buyer_country",
     "text_required"),
    ("csv-rating", f"{CSV_HEADER}\n{CSV_ROW.replace(',BBB,', ',QQ,')}\n", "rows[2].buyer_rating", "rating_unknown"),
    ("csv-instrument", f"{CSV_HEADER}\n{CSV_ROW.replace('open_account', 'barter')}\n", "rows[2].instrument",
     "choose_one"),
    ("csv-payable-currency", f"{CSV_HEADER}\n{CSV_ROW.replace(',USD,', ',US,').replace('receivable', 'payable')}\n",
     "rows[2].currency", "currency_code"),
    ("csv-no-rows", f"{CSV_HEADER}\n", "", "csv_no_rows"),
    ("csv-field-too-long", f"{CSV_HEADER}\n{CSV_ROW.replace('Buyer Inc.', 'x' * 100_001)}\n", "",
     "csv_field_too_long"),
    ("csv-field-over-csv-limit", f"{CSV_HEADER}\n{CSV_ROW.replace('Buyer Inc.', 'x' * 140_000)}\n", "",
     "csv_syntax"),
]


def raised(action: Callable[[], Any]) -> InputError:
    with pytest.raises(InputError) as caught:
        action()
    return caught.value


def deal_file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def pdf_with(tmp_path: Path, attachment: bytes | None) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    if attachment is not None:
        writer.add_attachment("exportrisk-deal.json", attachment)
    out = io.BytesIO()
    writer.write(out)
    return deal_file(tmp_path, "report.pdf", out.getvalue())


def file_cases(tmp_path: Path) -> list[tuple[str, Callable[[], Any], str, str]]:
    """(id, action, field, code) for errors of a whole file: reading, decoding, syntax, writing, the register."""
    text = json.dumps(base_deal())
    (tmp_path / "folder.json").mkdir()
    register = open_register(tmp_path / "register.sqlite").connection
    pool_dir = tmp_path / "pool"
    pool_dir.mkdir()
    (pool_dir / "pool.toml").write_text('schema = 1\nvaluation_date = "2026-10-30"\nreceivables_csv = "r.csv"\n'
                                        '[consortium]\nname = "C"\nhome_currency = "EUR"\n[[members]]\n'
                                        'name = "Alfa S.r.l."\n', encoding="utf-8")
    (pool_dir / "r.csv").write_text(f"{CSV_HEADER}\n{CSV_ROW.replace(',1000,', ',-1,')}\n", encoding="utf-8")
    (pool_dir / "twice.csv").write_text(f"{CSV_HEADER},member_home_currency\n{CSV_ROW},EUR\n{CSV_ROW},USD\n",
                                        encoding="utf-8")
    member = base_pool()["members"][0]["receivables"][0]
    stray = Receivable("Gamma", deal_from_dict(base_deal()).buyer, deal_from_dict(base_deal()).terms,
                       "members[0].receivables[0]")
    return [
        ("not-found", lambda: load_deal(tmp_path / "missing.toml"), "", "file_not_found"),
        ("name-too-long", lambda: load_deal(tmp_path / ("a" * 300 + ".toml")), "", "file_unreadable"),
        ("folder", lambda: load_deal(tmp_path / "folder.json"), "", "file_not_regular"),
        ("too-big", lambda: load_deal(deal_file(tmp_path, "big.json", " " * 2_000_001)), "", "file_too_big"),
        ("not-utf8", lambda: load_deal(deal_file(tmp_path, "latin.json", text.encode("utf-8") + b"\xff")), "",
         "not_utf8"),
        ("yaml", lambda: load_deal(deal_file(tmp_path, "deal.yaml", text)), "", "file_suffix"),
        ("too-long-text", lambda: parse_deal_text(" " * 2_000_001, ".json"), "", "file_too_long"),
        ("too-deep", lambda: load_deal(deal_file(tmp_path, "deep.json", "[" * 40 + "]" * 40)), "", "file_too_deep"),
        ("json-syntax", lambda: load_deal(deal_file(tmp_path, "bad.json", text[:-1])), "", "syntax_error"),
        ("toml-syntax", lambda: load_deal(deal_file(tmp_path, "bad.toml", "[deal\namount = 1\n")), "",
         "syntax_error"),
        ("toml-end", lambda: load_deal(deal_file(tmp_path, "end.toml", 'notes = "unterminated')), "",
         "syntax_error_end"),
        ("deal-file-list", lambda: deal_from_dict([1, 2]), "", "table_expected"),
        ("pdf-damaged", lambda: load_deal(deal_file(tmp_path, "damaged.pdf", b"%PDF-1.4 nonsense")), "",
         "pdf_unreadable"),
        ("pdf-no-deal", lambda: load_deal(pdf_with(tmp_path, None)), "", "pdf_no_attachment"),
        ("pdf-deal-too-big", lambda: load_deal(pdf_with(tmp_path, b" " * 2_000_001)), "", "pdf_attachment_too_big"),
        ("pdf-deal-field", lambda: load_deal(pdf_with(tmp_path, json.dumps(edited(base_deal(), {
            "deal.amount": -1})).encode())), "deal.amount", "money_positive"),
        ("write-under-a-file", lambda: write_output(tmp_path / "big.json" / "out.pdf", b"x"), "", "cannot_write"),
        ("quote-missing", lambda: quotes.load(register, 999), "quote_id", "quote_not_found"),
        ("quote-delete-missing", lambda: quotes.delete(register, 999), "quote_id", "quote_not_found"),
        ("keep-pdf", lambda: quotes.Recorder("always"), "keep_pdf", "choose_one"),
        ("pool-file-csv-row", lambda: load_pool(pool_dir / "pool.toml"), "rows[2].amount", "money_positive"),
        ("csv-member-currency", lambda: load_pool(pool_dir / "twice.csv"), "rows[3].member_home_currency",
         "member_currency_twice"),
        ("csv-without-folder", lambda: pool_from_dict({**base_pool(), "receivables_csv": "r.csv"}, None),
         "receivables_csv", "csv_without_folder"),
        ("member-twice", lambda: pool_from_dict(edited(base_pool(), {"members": [
            {"name": "Alfa", "receivables": [member]}, {"name": "Alfa"}]})), "members[1].name", "member_twice"),
        ("pool-member-unknown", lambda: Pool("C", "EUR", datetime(2026, 10, 30).date(), 0.0,
                                             tuple(pool_from_dict(base_pool()).members), (stray,)),
         "members[0].receivables[0].member", "member_unknown"),
    ]


def all_cases(tmp_path: Path) -> list[tuple[str, Callable[[], Any], str, str]]:
    cases = [(name, lambda c=changes: deal_from_dict(edited(base_deal(), c)), field, code)
             for name, changes, field, code in DEAL_CASES]
    cases += [(name, lambda c=changes: pool_from_dict(edited(base_pool(), c), tmp_path), field, code)
              for name, changes, field, code in POOL_CASES]
    known = {"Alfa S.r.l."}
    for name, text, field, code in CSV_CASES:
        path = deal_file(tmp_path, f"{name}.csv", text)
        cases.append((name, lambda p=path: read_receivables_csv(p, "EUR", known), field, code))
    return cases + file_cases(tmp_path)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def codes_in_source() -> set[str]:
    """Every string literal of MODULES that names an err_<code> template of the English catalogue."""
    english = catalog("en")
    found = set()
    for module in MODULES:
        for node in ast.walk(ast.parse((ROOT / module).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and f"err_{node.value}" in english:
                found.add(node.value)
    return found


def test_every_bad_file_raises_an_error_with_its_field_code_and_a_translation(tmp_path: Path) -> None:
    seen = set()
    for name, action, field, code in all_cases(tmp_path):
        error = raised(action)
        assert (error.field, error.code) == (field, code), f"{name}: {error.field!r}, {error.code!r}: {error}"
        assert error.field == "" or FIELD_PATH.fullmatch(error.field), name
        english, italian = error.text("en"), error.text("it")
        assert english != italian, name
        for lang in report_languages():
            text = error.text(lang)
            assert text and "{" not in text, (name, lang, text)
            if "." in error.field:  # the form shows the text beside the field: it never names the path
                assert error.field not in text, (name, lang, text)
        # one English line for the CLI, naming the field (when there is one) before the message
        assert "\n" not in str(error) and str(error).endswith(english), name
        if error.field and error.field not in NOT_IN_FILES:
            assert f"{error.field}: " in str(error), name
        seen.add(code)
    missing = codes_in_source() - FALLBACKS - seen
    assert not missing, f"no bad file exercises the codes {sorted(missing)}"


def test_every_code_has_a_template_in_every_language_with_the_same_placeholders() -> None:
    codes = codes_in_source()
    assert len(codes) > 40
    english = catalog("en")
    for code in sorted(codes):
        expected = placeholders(english[f"err_{code}"])
        for lang in report_languages():
            template = catalog(lang).get(f"err_{code}")
            assert template, f"err_{code} is missing in {lang}"
            assert placeholders(template) == expected, (code, lang)
            names = INTERNAL_NAME.findall(re.sub(r"\{[a-z_]+\}", "", template))
            assert not names, f"err_{code} ({lang}) names {names}"
        assert catalog("it")[f"err_{code}"] != english[f"err_{code}"], code


def test_arguments_are_formatted_in_the_readers_language() -> None:
    error = raised(lambda: deal_from_dict(edited(base_deal(), {"buyer.rating": DROP, "buyer.pd_1y": 1.2})))
    assert error.params == {"low_pct": 0.0, "high_pct": 0.99, "value": "1.2"}
    assert "99.00%" in error.text("en") and "99,00" in error.text("it") and "99,00" in error.text("de")
    error = raised(lambda: deal_from_dict(edited(base_deal(), {"deal.amount": 2e12})))
    assert "1,000,000,000,000.00" in error.text("en") and "1.000.000.000.000,00" in error.text("it")
