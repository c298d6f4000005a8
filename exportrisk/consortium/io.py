"""Read pool files (JSON/TOML) and receivable lists (CSV); every error names the row or entry and field."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from exportrisk import safe_read
from exportrisk.consortium.model import SCHEMA, Member, Payable, Pool, Receivable
from exportrisk.deal.io import check_keys, parse_structured, parse_valuation_date
from exportrisk.deal.model import Buyer, Terms, check_currency, check_days, check_number, check_text, shown
from exportrisk.errors import InputError, field_error

POOL_KEYS = ("schema", "valuation_date", "consortium", "members", "parameters", "receivables_csv")
CONSORTIUM_KEYS = ("name", "home_currency", "membership_fee")
MEMBER_KEYS = ("name", "home_currency", "receivables", "payables")
BUYER_KEYS = ("name", "country", "rating", "category", "pd_1y", "country_category")
TERMS_KEYS = ("amount", "currency", "payment_days", "instrument", "cost", "target_margin")
PAYABLE_KEYS = ("currency", "amount", "payment_days")
CSV_REQUIRED = ("member", "buyer_name", "buyer_country", "amount", "currency", "payment_days", "instrument")
CSV_OPTIONAL = ("kind", "member_home_currency", "buyer_rating", "buyer_category", "buyer_pd_1y", "cost",
                "target_margin")


def _table(value: Any, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
    return check_keys(where, value, keys)


def _csv_column(field: str) -> str:
    """The CSV column of a receivable's field: buyer.country is buyer_country, deal.amount is amount."""
    block, _, key = field.partition(".")
    return {"buyer": f"buyer_{key}", "deal": key}.get(block, field) if key else field


def _nested(exc: InputError, where: str, column: bool = False) -> InputError:
    """The error of an entry's field, its field path led by the entry's (members[0].receivables[1].deal.amount;
    rows[7].amount for a CSV row)."""
    if exc.code is None:
        return InputError(f"{where}: {exc}")
    inner = _csv_column(exc.field or "") if column else exc.field
    return field_error(f"{where}.{inner}" if inner else where, exc.code, **exc.params)


def _with_where(where: str, build: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a dataclass constructor, its InputError's field led by where the entry is."""
    try:
        return build(*args, **kwargs)
    except InputError as exc:
        raise _nested(exc, where) from None
    except TypeError:
        raise field_error(where, "entry_layout") from None


def _terms(data: dict[str, Any], where: str) -> Terms:
    if "cost" not in data and "target_margin" not in data:
        data = {**data, "target_margin": 0.0}  # pools price cover, not a minimum price
    for key in ("amount", "currency", "payment_days", "instrument"):
        if key not in data:
            raise field_error(f"{where}.deal.{key}", "missing_field")
    return _with_where(where, Terms, **data)


def _receivable(member: str, data: Any, where: str) -> Receivable:
    entry = check_keys(where, data, ("buyer", "deal"), ("buyer", "deal"))
    buyer = _with_where(where, Buyer, **_table(entry["buyer"], f"{where}.buyer", BUYER_KEYS))
    return Receivable(member, buyer, _terms(_table(entry["deal"], f"{where}.deal", TERMS_KEYS), where), where)


def _payable(member: str, data: Any, where: str, path: str | None = None) -> Payable:
    """A payable; `path` is its field path when `where` (shown in reports) is not one, e.g. for a CSV row."""
    path = path or where
    entry = check_keys(path, data, PAYABLE_KEYS, PAYABLE_KEYS)
    days = check_days(f"{path}.payment_days", entry["payment_days"])
    return Payable(member, check_currency(f"{path}.currency", entry["currency"]),
                   check_number(f"{path}.amount", entry["amount"], 0.0, 1e12, strict_low=True, kind="money"), days,
                   where)


def pool_from_dict(data: Any, base_dir: Path | None = None) -> Pool:
    """A validated Pool from parsed JSON/TOML; `receivables_csv` is read relative to `base_dir`."""
    top = check_keys("", data, POOL_KEYS, ("valuation_date", "consortium", "members"))
    if top.get("schema", SCHEMA) != SCHEMA:
        raise field_error("schema", "schema_unsupported", value=shown(top.get("schema")), supported=SCHEMA)
    valuation = parse_valuation_date(top["valuation_date"])
    consortium = _table(top["consortium"], "consortium", CONSORTIUM_KEYS)
    name = check_text("consortium.name", consortium.get("name"))
    home = check_currency("consortium.home_currency", consortium.get("home_currency"))
    fee = check_number("consortium.membership_fee", consortium.get("membership_fee", 0.0), 0.0, 1e9, kind="money")
    _list(top["members"], "members")
    members, receivables, payables, seen = [], [], [], {}
    for i, raw in enumerate(top["members"]):
        where = f"members[{i}]"
        entry = _table(raw, where, MEMBER_KEYS)
        member_name = check_text(f"{where}.name", entry.get("name"))
        if member_name in seen:
            raise field_error(f"{where}.name", "member_twice", name=shown(member_name), first=seen[member_name] + 1)
        seen[member_name] = i
        members.append(Member(member_name, check_currency(f"{where}.home_currency", entry.get("home_currency", home))))
        for j, item in enumerate(_list(entry.get("receivables", []), f"{where}.receivables")):
            receivables.append(_receivable(member_name, item, f"{where}.receivables[{j}]"))
        for j, item in enumerate(_list(entry.get("payables", []), f"{where}.payables")):
            payables.append(_payable(member_name, item, f"{where}.payables[{j}]"))
    if "receivables_csv" in top:
        path = inside_folder(top["receivables_csv"], base_dir, "receivables_csv")
        more_receivables, more_payables, _ = read_receivables_csv(path, home, {m.name for m in members})
        receivables += more_receivables
        payables += more_payables
    parameters = top.get("parameters", {})
    if not isinstance(parameters, Mapping):
        raise field_error("parameters", "table_expected")
    return Pool(name, home, valuation, fee, tuple(members), tuple(receivables), tuple(payables),
                {k: dict(v) if isinstance(v, Mapping) else v for k, v in parameters.items()})


def inside_folder(name: Any, base_dir: Path | None, field: str) -> Path:
    """A file named by a pool file, resolved inside that file's folder; absolute paths, `..` that climbs out,
    links that lead out, and names in data without a folder (a report's attachment) are refused."""
    if base_dir is None:
        raise field_error(field, "csv_without_folder")
    if not isinstance(name, str) or not name.strip():
        raise field_error(field, "csv_name")
    relative = Path(name)
    folder = Path(base_dir).resolve()
    target = (folder / relative).resolve()
    if relative.is_absolute() or relative.drive or not target.is_relative_to(folder):
        raise field_error(field, "csv_outside_folder", value=shown(name), folder=str(folder))
    return target


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise field_error(where, "list_expected")
    return value


def _cell_number(row: dict[str, str], field: str, where: str) -> float:
    """The number in column `field` of a CSV row; `where` is the row's path (rows[7])."""
    text = row[field].strip()
    if not text:
        raise field_error(f"{where}.{field}", "cell_empty")
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise field_error(f"{where}.{field}", "number_required", value=shown(text)) from None
    if not math.isfinite(value):
        raise field_error(f"{where}.{field}", "number_finite", value=shown(text))
    return value


def read_receivables_csv(path: Path, home: str, known_members: set[str] | None = None,
                         ) -> tuple[list[Receivable], list[Payable], list[Member]]:
    """Rows of receivables (and `kind = payable` rows), one per line, with a member column.

    With `known_members` every row must name one of them; without, members are taken from the rows.
    """
    path = Path(path)
    text = safe_read.read_text(path, safe_read.MAX_CSV_BYTES, "CSV file", bom=True)
    header, rows = safe_read.csv_dicts(text, str(path))
    try:
        return _csv_flows(path, [c.strip() for c in header], rows, home, known_members)
    except InputError as exc:
        raise exc.located(str(path)) from None


def _csv_flows(path: Path, columns: list[str], rows: list[tuple[int, dict[str | None, Any]]], home: str,
               known_members: set[str] | None) -> tuple[list[Receivable], list[Payable], list[Member]]:
    """The flows of the CSV rows; a field's path is rows[<line>].<column>."""
    missing = [c for c in CSV_REQUIRED if c not in columns]
    if missing:
        raise field_error("", "csv_columns_missing", missing=", ".join(missing), required=", ".join(CSV_REQUIRED),
                          optional=", ".join(CSV_OPTIONAL))
    unknown = [safe_read.echo(c) for c in columns if c not in CSV_REQUIRED + CSV_OPTIONAL]
    if unknown:
        raise field_error("", "csv_columns_unknown", names=", ".join(unknown[:5]),
                          choices=", ".join(CSV_REQUIRED + CSV_OPTIONAL))
    receivables, payables, members = [], [], {}
    for number, raw in rows:
        where, at = f"{path.name}, row {number}", f"rows[{number}]"
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if None in raw:
            raise field_error(at, "csv_extra_fields")
        member = row["member"]
        if not member:
            raise field_error(f"{at}.member", "member_empty")
        if known_members is not None and member not in known_members:
            raise field_error(f"{at}.member", "member_unknown", name=shown(member))
        member_home = row.get("member_home_currency") or home
        if member in members and members[member].home_currency != member_home.upper():
            raise field_error(f"{at}.member_home_currency", "member_currency_twice", name=shown(member),
                              currency=members[member].home_currency)
        members.setdefault(member, Member(member, check_currency(f"{at}.member_home_currency", member_home)))
        amount = _cell_number(row, "amount", at)
        days_value = _cell_number(row, "payment_days", at)
        if days_value != int(days_value):
            raise field_error(f"{at}.payment_days", "whole_days", value=shown(row["payment_days"]))
        kind = (row.get("kind") or "receivable").lower()
        if kind == "payable":
            payables.append(_payable(member, {"currency": row["currency"], "amount": amount,
                                              "payment_days": int(days_value)}, where, at))
            continue
        if kind != "receivable":
            raise field_error(f"{at}.kind", "choose_one", value=shown(row["kind"]), choices="receivable, payable")
        buyer = {"name": row["buyer_name"], "country": row["buyer_country"]}
        for field_name in ("rating", "category"):
            if row.get(f"buyer_{field_name}"):
                buyer[field_name] = row[f"buyer_{field_name}"]
        if row.get("buyer_pd_1y"):
            buyer["pd_1y"] = _cell_number(row, "buyer_pd_1y", at)
        terms = {"amount": amount, "currency": row["currency"], "payment_days": int(days_value),
                 "instrument": row["instrument"]}
        for field_name in ("cost", "target_margin"):
            if row.get(field_name):
                terms[field_name] = _cell_number(row, field_name, at)
        try:
            receivables.append(_receivable(member, {"buyer": buyer, "deal": terms}, where))
        except InputError as exc:
            raise _csv_error(exc, where, at) from None
    if not receivables and not payables:
        raise field_error("", "csv_no_rows")
    return receivables, payables, list(members.values())


def _csv_error(exc: InputError, where: str, at: str) -> InputError:
    """An error of a CSV row's receivable, its field path that row's column (rows[7].buyer_country)."""
    if exc.code is None or not (exc.field or "").startswith(f"{where}."):
        return exc
    return _nested(field_error(exc.field[len(where) + 1:], exc.code, **exc.params), at, column=True)


def load_pool(path: Path | str, home: str = "EUR", valuation_date: str | None = None) -> Pool:
    """A pool from a .json/.toml pool file, or from a .csv of receivables (name = file name)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pool_from_dict(safe_read.read_attached_json(path, "exportrisk-pool.json"), None)
    if suffix == ".csv":
        receivables, payables, members = read_receivables_csv(path, home.upper())
        when = parse_valuation_date(valuation_date) if valuation_date else date.today()
        return Pool(path.stem, home.upper(), when, 0.0, tuple(members), tuple(receivables),
                    tuple(payables))
    text = safe_read.read_text(path, safe_read.MAX_STRUCTURED_BYTES, "Pool file")
    data = parse_structured(text, suffix, str(path), "pool file, or a .csv of receivables")
    return pool_from_dict(data, path.parent)


def pool_to_dict(pool: Pool) -> dict[str, Any]:
    """The pool as pool-file data (every receivable and payable inline), which pool_from_dict reads back."""
    from exportrisk.deal.io import deal_to_dict

    members = []
    for member in pool.members:
        receivables = []
        for r in pool.receivables:
            if r.member == member.name:
                data = deal_to_dict(pool.deal_for(r))
                receivables.append({"buyer": data["buyer"], "deal": data["deal"]})
        payables = [{"currency": p.currency, "amount": p.amount, "payment_days": p.payment_days}
                    for p in pool.payables if p.member == member.name]
        entry: dict[str, Any] = {"name": member.name, "home_currency": member.home_currency}
        if receivables:
            entry["receivables"] = receivables
        if payables:
            entry["payables"] = payables
        members.append(entry)
    out: dict[str, Any] = {"schema": SCHEMA, "valuation_date": pool.valuation_date.isoformat(),
                           "consortium": {"name": pool.name, "home_currency": pool.home_currency,
                                          "membership_fee": pool.membership_fee},
                           "members": members}
    if pool.parameters:
        out["parameters"] = pool.parameters
    return out
