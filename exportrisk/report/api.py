"""One call from an input file to a report PDF: deal or pool, any language; used by the CLI and the window."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from exportrisk.errors import ExportRiskError, InputError
from exportrisk.fileio import write_output
from exportrisk.market.service import MarketData
from exportrisk.report.model import ReportOptions

__all__ = ["Branding", "ReportOptions", "is_pool_file", "load_logo", "report_pdf", "write_report"]


@dataclass(frozen=True)
class Branding:
    """Who hands the report over: adviser, organisation and logo (PNG or JPEG bytes)."""

    adviser: str = ""
    organisation: str = ""
    logo: bytes | None = None


def is_pool_file(path: Path) -> bool:
    """A .csv, or a .toml/.json/.pdf whose data is a consortium pool rather than a single deal."""
    from exportrisk import safe_read

    suffix = path.suffix.lower()
    if suffix == ".csv":
        return True
    try:
        if suffix == ".pdf":
            from exportrisk.report.attachment import NAMES  # also quiets pypdf's logging

            safe_read.read_attachment_bytes(path, NAMES[1])
            return True
        data = safe_read.read_structured(path, "File", "deal or pool file")
    except ExportRiskError:  # unreadable: the deal reader reports it properly
        return False
    return isinstance(data, dict) and "consortium" in data


def load_logo(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(code="logo_unreadable", field="--logo", path=str(path),
                         reason=exc.strerror or str(exc)) from None
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
        raise InputError(code="logo_format", field="--logo", path=str(path))
    try:
        from reportlab.lib.utils import ImageReader

        ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # PIL raises several kinds for a damaged image
        raise InputError(code="logo_damaged", field="--logo", path=str(path)) from None
    return data


def report_pdf(source: Path, lang: str, branding: Branding, market: MarketData | None = None,
               paths: int | None = None, seed: int | None = None, member_pages: bool = False,
               method: str = "exact", options: ReportOptions | None = None, what_if: bool = True) -> bytes:
    """Quote (or analyse the pool in) `source` and render its report in `lang` (`method`: a deal's tail figures
    exact or "mc"; a pool is always simulated; `options`: the technical annex, the print date, or `invariant`
    for output that depends on the inputs alone; `what_if`: a deal's report gets the engine's what-if section,
    computed once here)."""
    from exportrisk.report.render import render_pdf

    market = market or MarketData()
    if is_pool_file(source):
        from exportrisk.consortium.analysis import analyse_pool
        from exportrisk.consortium.io import load_pool
        from exportrisk.report.build_pool import build_pool_report

        pool = load_pool(source)
        result = analyse_pool(pool, market, scenarios=paths, seed=seed)
        model = build_pool_report(result, pool, lang, branding.adviser, branding.organisation, branding.logo,
                                  member_pages, options)
    else:
        from exportrisk.deal.io import load_deal
        from exportrisk.engine.quote import price_deal
        from exportrisk.parameters import load_parameters
        from exportrisk.report.build_deal import build_deal_report

        deal, params = load_deal(source), load_parameters()
        result = price_deal(deal, market, params, paths=paths, seed=seed, method=method)
        shifted = None
        if what_if:
            from exportrisk.engine.whatif import what_if as compute_what_if

            shifted = compute_what_if(deal, result, market, params)
        model = build_deal_report(result, lang, branding.adviser, branding.organisation, branding.logo, options,
                                  shifted)
    return render_pdf(model)


def write_report(pdf: bytes, out: Path) -> None:
    """Write the PDF atomically; a path that cannot be written is an InputError naming it."""
    write_output(out, pdf, "the report")
