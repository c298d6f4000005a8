"""The client report read back: two dates and metadata, covers ranked apart from the uncovered case, the technical
annex, chart labels that do not collide, a last page worth printing, same bytes on request, pools in any language."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader

from exportrisk.deal.io import load_deal
from exportrisk.engine.quote import price_deal
from exportrisk.paths import resources_dir
from exportrisk.report.api import Branding, ReportOptions, report_pdf
from exportrisk.report.build_deal import build_deal_report, ranked_covers
from exportrisk.report.charts import label_boxes
from exportrisk.report.i18n import LANGUAGES, catalog
from exportrisk.report.model import Chart

EXAMPLES = resources_dir() / "examples"
DEALS = sorted(EXAMPLES.glob("*.toml"))
BRAZIL = EXAMPLES / "italy_textiles_brazil.toml"
BRIANZA = EXAMPLES / "pools" / "brianza_furniture.toml"
PRINTED = datetime(2026, 12, 2, 9, 30, 15, tzinfo=UTC)
BRANDING = Branding("Anna Rossi", "Studio Rossi & Partners")
#: what must not reach a client: file names, folders, the simulation's internals
FILE_NAME = re.compile(r"[\w./-]+\.(?:md|csv|toml|json|py)\b|resources/|quant_notes|market_parameters")
INTERNALS = ("20261128", "20,261,128", "20.261.128", "20 261 128", "paths per chunk", "262,144")
#: a last page with less text than this looks left behind (a full page holds about 3,000 characters)
LAST_PAGE_MIN_CHARS = 600


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_of(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


@lru_cache(maxsize=32)
def quote(source: Path):
    return price_deal(load_deal(source))


@lru_cache(maxsize=16)
def pool_pdf(lang: str = "en", annex: bool = False, member_pages: bool = False) -> bytes:
    return report_pdf(BRIANZA, lang, BRANDING, paths=20000, seed=7, member_pages=member_pages,
                      options=ReportOptions(annex=annex, printed=PRINTED))


@lru_cache(maxsize=64)
def deal_pdf(source: Path, lang: str = "en", annex: bool = False, invariant: bool = False) -> bytes:
    options = ReportOptions(annex=annex, printed=PRINTED, invariant=invariant)
    return report_pdf(source, lang, BRANDING, options=options)


# --- the cover's two dates and the document's metadata -----------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_cover_shows_the_valuation_date_and_the_print_date(lang: str) -> None:
    labels = catalog(lang)
    cover = pages_of(deal_pdf(BRAZIL, lang))[0]
    valuation = flat(format_date(quote(BRAZIL).valuation_date, format="long", locale=lang))
    printed = flat(format_date(PRINTED.date(), format="long", locale=lang))
    assert valuation != printed
    assert f"{flat(labels['valuation_date'])} {valuation}" in cover, cover
    assert f"{flat(labels['print_date'])} {printed}" in cover, cover
    assert flat(labels["dates_line"].format(valuation=valuation, printed=printed)) in cover


def test_metadata_has_title_author_subject_and_the_print_date() -> None:
    reader = PdfReader(io.BytesIO(deal_pdf(BRAZIL)))
    info = reader.metadata
    deal = quote(BRAZIL).deal
    assert info["/Title"] == f"{catalog('en')['report_title']}: {deal.exporter.name} — {deal.buyer.name}"
    assert info["/Author"] == "Anna Rossi"
    assert "180,000.00 USD" in info["/Subject"] and deal.buyer.name in info["/Subject"]
    assert info["/CreationDate"] == "D:20261202093015+00'00'"
    assert info.creation_date == PRINTED
    assert info["/ModDate"] == info["/CreationDate"]


def test_without_an_adviser_the_organisation_is_the_author_and_the_print_date_is_today() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    pdf = report_pdf(BRAZIL, "en", Branding("", "Camera di Commercio"))
    after = datetime.now(UTC)
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info["/Author"] == "Camera di Commercio"
    assert before <= info.creation_date <= after
    cover = pages_of(pdf)[0]
    assert "Prepared by Camera di Commercio" in cover and "Prepared by , " not in cover
    assert f"Printed on {format_date(before.date(), format='long', locale='en')}" in cover


# --- same bytes under the invariant option -------------------------------------------------------------------------

def test_the_invariant_option_gives_the_same_bytes_and_prints_as_of_the_valuation_date() -> None:
    options = ReportOptions(invariant=True)
    first = report_pdf(BRAZIL, "it", BRANDING, options=options)
    second = report_pdf(BRAZIL, "it", BRANDING, options=options)
    assert first == second
    info = PdfReader(io.BytesIO(first)).metadata
    assert info.creation_date == datetime(2026, 10, 30, tzinfo=UTC)
    other_time = report_pdf(BRAZIL, "it", BRANDING, options=ReportOptions(printed=PRINTED))
    assert other_time != first


def test_source_date_epoch_fixes_the_print_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(PRINTED.timestamp())))
    first = report_pdf(BRAZIL, "en", BRANDING)
    assert first == report_pdf(BRAZIL, "en", BRANDING)
    assert PdfReader(io.BytesIO(first)).metadata.creation_date == PRINTED


# --- the best covers are ranked without "No cover"; the uncovered case is stated apart ----------------------------

@pytest.mark.parametrize("example", DEALS, ids=lambda p: p.stem)
def test_best_three_ranks_covers_and_states_the_uncovered_case(example: Path) -> None:
    en = catalog("en")
    result = quote(example)
    data = result.to_dict()
    summary = pages_of(deal_pdf(example))[1]
    covers = ranked_covers(data)
    none = next(o for o in data["options"] if o["id"] == "none")
    assert len(covers) >= 3 and none["available"]
    best_uncovered = data["recommended"] == "none"
    start = summary.index(en["best_three"])
    end = summary.index(en["uncovered_cheaper"][:40] if best_uncovered else "Without any cover")
    table = summary[start:end]
    assert en["option_none"] not in table, table
    names = [en[f"option_{o['id']}"] for o in covers]
    for i, name in enumerate(names[:3]):
        assert f"{i + 1} {name} " in table, f"rank {i + 1} should be {name}: {table}"
    assert [name for name in names[3:] if name in table and not any(name in n for n in names[:3])] == []
    uncovered = flat(en["uncovered_line"].format(el=f"{none['expected_loss']:,.2f} {result.home}",
                                                 es=f"{none['es_99']:,.2f} {result.home}",
                                                 rac=f"{none['risk_adjusted_cost']:,.2f} {result.home}"))
    assert (uncovered in summary) != best_uncovered
    if best_uncovered:
        assert en["recommendation_uncovered"].split("{")[0] in summary
    cheaper = none["risk_adjusted_cost"] < covers[0]["risk_adjusted_cost"]
    assert (en["uncovered_cheaper"] in summary) == cheaper


def test_an_example_where_no_cover_ranks_first_keeps_it_out_of_the_ranking() -> None:
    """The engine ranks "none" with the covers; in these examples it comes first, so the table could show it."""
    ranks = {p.stem: next(o["rank"] for o in quote(p).to_dict()["options"] if o["id"] == "none") for p in DEALS}
    assert min(ranks.values()) <= 3, ranks


# --- internal parameters: a technical annex on request, plain words in the body -----------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_body_has_no_file_names_or_internals_and_states_the_choices(lang: str) -> None:
    labels = catalog(lang)
    text = " ".join(pages_of(deal_pdf(BRAZIL, lang)))
    assert FILE_NAME.findall(text) == []
    assert [word for word in INTERNALS if word in text] == []
    assert flat(labels["annex"]) not in text
    for key in ("choices", "choice_outlook", "choice_correlation", "choice_loading", "choice_floor"):
        assert flat(labels[key]) in text, key
    floor = flat(labels["choice_floor_line"].split("{floor}")[0])
    assert floor in text


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_annex_holds_the_parameters_with_titled_sources(lang: str) -> None:
    labels = catalog(lang)
    body = pages_of(deal_pdf(BRAZIL, lang))
    pages = pages_of(deal_pdf(BRAZIL, lang, annex=True))
    assert len(pages) > len(body)
    annex_start = next(i for i, page in enumerate(pages) if flat(labels["annex"]) in page)
    assert annex_start >= len(body) - 1, "the annex comes after the main body"
    annex = " ".join(pages[annex_start:])
    assert flat(labels["param_simulation_chunk_paths"]) in annex and "20261128" in annex
    assert flat(labels["annex_source_credit"])[:60] in annex
    assert FILE_NAME.findall(" ".join(pages)) == [], "sources are titles, not file names"


def test_a_pool_report_has_the_annex_on_request_too() -> None:
    plain = " ".join(pages_of(pool_pdf()))
    annexed = " ".join(pages_of(pool_pdf(annex=True)))
    assert "Technical annex" not in plain and "Technical annex" in annexed
    assert "asset correlation" in annexed and FILE_NAME.findall(annexed) == []
    assert FILE_NAME.findall(plain) == [] and "What the figures assume" in plain


# --- chart labels never overlap ------------------------------------------------------------------------------------

def overlapping(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes[i + 1:], i + 1)
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


@pytest.mark.parametrize("example", DEALS, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["en", "it"])
def test_cost_risk_labels_do_not_overlap(example: Path, lang: str) -> None:
    model = build_deal_report(quote(example), lang)
    chart = next(c for s in model.sections for c in s.charts if c.kind == "cost_risk")
    boxes = label_boxes(chart)
    assert len(boxes) == len(chart.points) > 5
    assert overlapping(boxes) == []


def test_labels_of_a_tight_cluster_do_not_overlap() -> None:
    points = tuple((1000 + 15 * i, 20000 + 300 * (i % 3)) for i in range(8)) + ((0.0, 50000.0), (4000.0, 0.0))
    labels = tuple(f"option {i} long name" for i in range(len(points)))
    boxes = label_boxes(Chart("cost_risk", "t", "x", "y", points, labels))
    assert len(boxes) == len(points)
    assert overlapping(boxes) == []


# --- no nearly empty last page ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("example,lang", [*((p, "en") for p in DEALS),
                                          *((p, lang) for p in (BRAZIL, EXAMPLES / "germany_poland.toml")
                                            for lang in LANGUAGES if lang != "en")],
                         ids=lambda v: v.stem if isinstance(v, Path) else v)
def test_the_last_page_is_not_nearly_empty(example: Path, lang: str) -> None:
    pages = pages_of(deal_pdf(example, lang))
    footer = len(pages[-1].split(catalog(lang)["page_of"].split("{")[0])[0])
    assert footer > LAST_PAGE_MIN_CHARS, f"last page of {len(pages)}: {pages[-1][:200]!r}"


def test_the_pool_report_last_page_is_not_nearly_empty() -> None:
    for member_pages in (False, True):
        pages = pages_of(pool_pdf(member_pages=member_pages))
        assert len(pages[-1]) > LAST_PAGE_MIN_CHARS, pages[-1][:200]


# --- the consortium report honours language, adviser and organisation --------------------------------------------

@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_the_pool_report_is_in_the_report_language_with_the_adviser(lang: str) -> None:
    labels = catalog(lang)
    pdf = pool_pdf(lang)
    pages = pages_of(pdf)
    text = " ".join(pages)
    assert flat(labels["prepared_by"].format(adviser="Anna Rossi", organisation="Studio Rossi & Partners")) \
        in pages[0]
    for key in ("consortium_report_title", "label_verdict", "allocation", "choices", "disclaimer"):
        assert flat(labels[key]) in text, key
    assert catalog("en")["allocation"] not in text
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info["/Author"] == "Anna Rossi" and info.creation_date == PRINTED
    assert info["/Title"].startswith(labels["consortium_report_title"])
    assert flat(format_date(date(2026, 12, 2), format="long", locale=lang)) in pages[0]
