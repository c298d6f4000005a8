"""Read and write deal files (JSON or TOML, same keys, `schema` version); errors name the field."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from exportrisk import safe_read
from exportrisk.deal.model import (
    SCHEMA,
    Buyer,
    CreditSchedule,
    Deal,
    Exporter,
    IssuingBank,
    Licence,
    MarketInputs,
    Terms,
    check_text,
    shown,
)
from exportrisk.errors import InputError, field_error
from exportrisk.fileio import atomic_write_text
from exportrisk.finance.terms import finance_terms_from_dict, finance_terms_to_dict

#: Longest free-text notes of a deal (about two printed pages).
MAX_NOTES = 5000
#: Allowed keys per block; anything else is a typo we report rather than ignore.
FIELDS: dict[str, tuple[str, ...]] = {
    "": ("schema", "valuation_date", "exporter", "buyer", "deal", "credit", "market", "parameters", "notes",
         "bank", "licence", "finance", "bond", "fund_394"),
    "exporter": ("name", "home_currency", "country", "annual_insured_turnover"),
    "buyer": ("name", "country", "rating", "category", "pd_1y", "country_category", "region", "public"),
    "deal": ("amount", "currency", "payment_days", "instrument", "cost", "target_margin", "goods"),
    "credit": ("disbursement_months", "repayment_years", "profile", "interest_rate"),
    "market": ("spot", "volatility", "vol_method", "rate_home", "rate_foreign", "political_pd", "fx_outlook",
               "fx_default_correlation"),
    "bank": ("name", "country", "rating"),
    "licence": ("reference", "covers"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "": ("valuation_date", "exporter", "buyer", "deal"),
    "exporter": ("name", "home_currency"),
    "buyer": ("name", "country"),
    "deal": ("amount", "currency", "instrument"),
    "credit": ("repayment_years",),
    "licence": ("reference",),
}


def _path(block: str, key: Any) -> str:
    return f"{block}.{key}" if block else str(key)


def check_keys(block: str, data: Any, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """`data` as a dict if it is a table of `allowed` keys holding every `required` one; `block` is its path in
    the file ("" for the top level). An unknown key is reported with the nearest allowed one."""
    if not isinstance(data, Mapping):
        raise field_error(block, "table_expected")
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            if close:
                raise field_error(_path(block, key), "unknown_field_hint", name=shown(str(key)), suggestion=close[0])
            raise field_error(_path(block, key), "unknown_field", name=shown(str(key)), choices=", ".join(allowed))
    for key in required:
        if key not in data:
            raise field_error(_path(block, key), "missing_field")
    return dict(data)


def _check_keys(block: str, data: Any) -> dict[str, Any]:
    return check_keys(block, data, FIELDS[block], REQUIRED.get(block, ()))


def parse_valuation_date(raw: Any) -> date:
    """A date, from a TOML date or a "YYYY-MM-DD" string; a time of day or another format is refused."""
    if isinstance(raw, datetime):
        raise field_error("valuation_date", "date_with_time", value=raw.isoformat())
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.strip()):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise field_error("valuation_date", "date_format", value=shown(raw))


def deal_from_dict(data: Any) -> Deal:
    """Build a validated Deal from parsed JSON/TOML."""
    top = _check_keys("", data)
    schema = top.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise field_error("schema", "schema_unsupported", value=shown(schema), supported=SCHEMA)
    valuation = parse_valuation_date(top["valuation_date"])
    exporter = Exporter(**_check_keys("exporter", top["exporter"]))
    buyer = Buyer(**_check_keys("buyer", top["buyer"]))
    terms = Terms(**_check_keys("deal", top["deal"]))
    credit = CreditSchedule(**_check_keys("credit", top["credit"])) if "credit" in top else None
    market = MarketInputs(**_check_keys("market", top.get("market", {})))
    bank = IssuingBank(**_check_keys("bank", top.get("bank", {})))
    licence = None
    if "licence" in top:
        fields = _check_keys("licence", top["licence"])
        if "covers" in fields and isinstance(fields["covers"], list):
            fields["covers"] = tuple(fields["covers"])
        licence = Licence(**fields)
    parameters = top.get("parameters", {})
    if not isinstance(parameters, Mapping):
        raise field_error("parameters", "table_expected")
    notes = top.get("notes", "")
    if not isinstance(notes, str):
        raise field_error("notes", "text_required")
    if notes.strip():
        notes = check_text("notes", notes, MAX_NOTES)
    return Deal(valuation, exporter, buyer, terms, credit, market,
                {k: dict(v) if isinstance(v, Mapping) else v for k, v in parameters.items()}, notes,
                bank=bank, licence=licence, finance=finance_terms_from_dict(top))


def parse_structured(text: str, suffix: str, origin: str, kind: str) -> Any:
    """JSON or TOML text (by `suffix`) as data, under the guarded reader's size and depth limits."""
    return safe_read.parse_structured(text, suffix, origin, kind)


def parse_deal_text(text: str, suffix: str, origin: str = "deal file") -> Deal:
    """Parse deal text by format (`.json` or `.toml`); syntax errors say where, field errors name `origin`."""
    return _deal_or_error(parse_structured(text, suffix, origin, "deal file (or an ExportRisk report .pdf)"), origin)


def load_deal(path: Path | str) -> Deal:
    """Read a deal file; InputError for anything the user must fix (exit code 2 in the CLI)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        data = safe_read.read_attached_json(path, "exportrisk-deal.json")
        return _deal_or_error(data, f"{path} (embedded deal)")
    text = safe_read.read_text(path, safe_read.MAX_STRUCTURED_BYTES, "Deal file")
    return parse_deal_text(text, path.suffix.lower(), str(path))


def _deal_or_error(data: Any, origin: str) -> Deal:
    """The deal of `data`; an InputError keeps its field and code, its English line led by `origin`."""
    try:
        return deal_from_dict(data)
    except TypeError:  # a value of a shape no check foresaw: still one line naming the file
        raise InputError(code="deal_file_layout", field="").located(origin) from None
    except InputError as exc:
        raise exc.located(origin) from None


def deal_to_dict(deal: Deal) -> dict[str, Any]:
    """The deal as plain JSON-ready data with the file format's keys (None values left out)."""

    def clean(mapping: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in mapping.items() if v is not None}

    out: dict[str, Any] = {
        "schema": deal.schema,
        "valuation_date": deal.valuation_date.isoformat(),
        "exporter": clean({"name": deal.exporter.name, "home_currency": deal.exporter.home_currency,
                           "country": deal.exporter.country,
                           "annual_insured_turnover": deal.exporter.annual_insured_turnover}),
        "buyer": clean({"name": deal.buyer.name, "country": deal.buyer.country, "rating": deal.buyer.rating,
                        "category": deal.buyer.category, "pd_1y": deal.buyer.pd_1y,
                        "country_category": deal.buyer.country_category, "region": deal.buyer.region,
                        "public": deal.buyer.public or None}),
        "deal": clean({"amount": deal.terms.amount, "currency": deal.terms.currency,
                       "payment_days": deal.terms.payment_days, "instrument": deal.terms.instrument.value,
                       "cost": deal.terms.cost, "target_margin": deal.terms.target_margin,
                       "goods": None if deal.terms.goods == "civil" else deal.terms.goods}),
    }
    if deal.credit is not None:
        out["credit"] = clean({"disbursement_months": deal.credit.disbursement_months,
                               "repayment_years": deal.credit.repayment_years,
                               "profile": deal.credit.profile.value, "interest_rate": deal.credit.interest_rate})
    bank = clean({"name": deal.bank.name, "country": deal.bank.country, "rating": deal.bank.rating})
    if bank:
        out["bank"] = bank
    if deal.licence is not None:
        out["licence"] = {"reference": deal.licence.reference, "covers": list(deal.licence.covers)}
    market = deal.market
    market_data = clean({"spot": market.spot, "volatility": market.volatility, "rate_home": market.rate_home,
                         "rate_foreign": market.rate_foreign, "political_pd": market.political_pd,
                         "fx_outlook": market.fx_outlook, "fx_default_correlation": market.fx_default_correlation})
    if market_data or market.vol_method != "ewma":
        out["market"] = {**market_data, "vol_method": market.vol_method}
    if deal.parameters:
        out["parameters"] = deal.parameters
    if deal.notes:
        out["notes"] = deal.notes
    out.update(finance_terms_to_dict(deal.finance))
    return out


def save_deal_json(deal: Deal, path: Path | str) -> None:
    """Write the deal as JSON, atomically."""
    atomic_write_text(Path(path), json.dumps(deal_to_dict(deal), indent=2, ensure_ascii=False) + "\n")
