"""Read pool files (JSON/TOML) and receivable lists (CSV); every error names the row or entry and field."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from exportrisk import safe_read
from exportrisk.consortium.model import SCHEMA, Member, Payable, Pool, Receivable
from exportrisk.deal.io import parse_structured, parse_valuation_date
from exportrisk.deal.model import Buyer, Terms, check_currency, check_number, check_text
from exportrisk.errors import InputError

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
    if not isinstance(value, Mapping):
        raise InputError(f"{where} must be a table of fields.")
    for key in value:
        if key not in keys:
            raise InputError(f"{where}.{key} is not a known field; allowed: {', '.join(keys)}.")
    return dict(value)


def _with_where(where: str, build: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a dataclass constructor, prefixing its InputError with where the entry is."""
    try:
        return build(*args, **kwargs)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    except TypeError as exc:
        raise InputError(f"{where}: {exc}") from None


def _terms(data: dict[str, Any], where: str) -> Terms:
    if "cost" not in data and "target_margin" not in data:
        data = {**data, "target_margin": 0.0}  # pools price cover, not a minimum price
    for key in ("amount", "currency", "payment_days", "instrument"):
        if key not in data:
            raise InputError(f"{where}: missing field deal.{key}.")
    return _with_where(where, Terms, **data)


def _receivable(member: str, data: Any, where: str) -> Receivable:
    entry = _table(data, where, ("buyer", "deal"))
    if "buyer" not in entry or "deal" not in entry:
        raise InputError(f"{where}: give a buyer table and a deal table.")
    buyer = _with_where(where, Buyer, **_table(entry["buyer"], f"{where}.buyer", BUYER_KEYS))
    return Receivable(member, buyer, _terms(_table(entry["deal"], f"{where}.deal", TERMS_KEYS), where), where)


def _payable(member: str, data: Any, where: str) -> Payable:
    entry = _table(data, where, PAYABLE_KEYS)
    for key in PAYABLE_KEYS:
        if key not in entry:
            raise InputError(f"{where}: missing field {key}.")
    days = entry["payment_days"]
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
        raise InputError(f"{where}.payment_days must be a whole number of days from 1 to 3650 (got {days!r}).")
    return Payable(member, check_currency(f"{where}.currency", entry["currency"]),
                   check_number(f"{where}.amount", entry["amount"], 0.0, 1e12, strict_low=True), days, where)


def pool_from_dict(data: Any, base_dir: Path | None = None) -> Pool:
    """A validated Pool from parsed JSON/TOML; `receivables_csv` is read relative to `base_dir`."""
    top = _table(data, "the pool file", POOL_KEYS)
    if top.get("schema", SCHEMA) != SCHEMA:
        raise InputError(f"schema = {top.get('schema')!r} is not supported; this version reads schema {SCHEMA}.")
    for key in ("valuation_date", "consortium", "members"):
        if key not in top:
            raise InputError(f"Missing field {key}.")
    valuation = parse_valuation_date(top["valuation_date"])
    consortium = _table(top["consortium"], "consortium", CONSORTIUM_KEYS)
    name = check_text("consortium.name", consortium.get("name"))
    home = check_currency("consortium.home_currency", consortium.get("home_currency"))
    fee = check_number("consortium.membership_fee", consortium.get("membership_fee", 0.0), 0.0, 1e9)
    if not isinstance(top["members"], list):
        raise InputError("members must be a list of [[members]] tables.")
    members, receivables, payables, seen = [], [], [], {}
    for i, raw in enumerate(top["members"]):
        where = f"members[{i}]"
        entry = _table(raw, where, MEMBER_KEYS)
        member_name = check_text(f"{where}.name", entry.get("name"))
        if member_name in seen:
            raise InputError(f"{where}.name '{member_name}' duplicates members[{seen[member_name]}]; give each "
                             "member once.")
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
        raise InputError("parameters must be a table of sections such as [parameters.consortium].")
    return Pool(name, home, valuation, fee, tuple(members), tuple(receivables), tuple(payables),
                {k: dict(v) if isinstance(v, Mapping) else v for k, v in parameters.items()})


def inside_folder(name: Any, base_dir: Path | None, field: str) -> Path:
    """A file named by a pool file, resolved inside that file's folder; absolute paths, `..` that climbs out,
    links that lead out, and names in data without a folder (a report's attachment) are refused."""
    if base_dir is None:
        raise InputError(f"{field}: this pool has no folder to read files from (it came from a report); "
                         "list the receivables in the pool itself.")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{field} must be the name of a CSV file beside the pool file.")
    relative = Path(name)
    folder = Path(base_dir).resolve()
    target = (folder / relative).resolve()
    if relative.is_absolute() or relative.drive or not target.is_relative_to(folder):
        raise InputError(f"{field} = {safe_read.echo(name)!r} leads outside the pool file's folder {folder}; "
                         "put the CSV beside the pool file and give its name.")
    return target


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise InputError(f"{where} must be a list of tables.")
    return value


def _cell_number(row: dict[str, str], field: str, where: str) -> float:
    text = row[field].strip()
    if not text:
        raise InputError(f"{where}, field {field}: empty; write a number such as 120000.")
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise InputError(f"{where}, field {field}: '{safe_read.echo(text)}' is not a number; write digits such as "
                         "120000.") from None
    if not math.isfinite(value):
        raise InputError(f"{where}, field {field}: '{safe_read.echo(text)}' is not a finite number.")
    return value


def read_receivables_csv(path: Path, home: str, known_members: set[str] | None = None,
                         ) -> tuple[list[Receivable], list[Payable], list[Member]]:
    """Rows of receivables (and `kind = payable` rows), one per line, with a member column.

    With `known_members` every row must name one of them; without, members are taken from the rows.
    """
    path = Path(path)
    text = safe_read.read_text(path, safe_read.MAX_CSV_BYTES, "CSV file", bom=True)
    header, rows = safe_read.csv_dicts(text, str(path))
    columns = [c.strip() for c in header]
    missing = [c for c in CSV_REQUIRED if c not in columns]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}; the header needs "
                         f"{', '.join(CSV_REQUIRED)} (optional: {', '.join(CSV_OPTIONAL)}).")
    unknown = [safe_read.echo(c) for c in columns if c not in CSV_REQUIRED + CSV_OPTIONAL]
    if unknown:
        raise InputError(f"{path}: unknown column(s) {', '.join(unknown[:5])}.")
    receivables, payables, members = [], [], {}
    for number, raw in rows:
        where = f"{path.name}, row {number}"
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if None in raw:
            raise InputError(f"{where}: more fields than columns; quote text that contains commas.")
        member = row["member"]
        if not member:
            raise InputError(f"{where}, field member: empty; name the consortium member.")
        if known_members is not None and member not in known_members:
            raise InputError(f"{where}, field member: '{safe_read.echo(member)}' is not a member of the pool; add "
                             "it to [[members]] or fix the name.")
        member_home = row.get("member_home_currency") or home
        if member in members and members[member].home_currency != member_home.upper():
            raise InputError(f"{where}, field member_home_currency: '{safe_read.echo(member)}' already has "
                             f"{members[member].home_currency}.")
        members.setdefault(member, Member(member, check_currency(f"{where}, field member_home_currency", member_home)))
        amount = _cell_number(row, "amount", where)
        days_value = _cell_number(row, "payment_days", where)
        if days_value != int(days_value):
            raise InputError(f"{where}, field payment_days: give a whole number of days.")
        kind = (row.get("kind") or "receivable").lower()
        if kind == "payable":
            payables.append(_payable(member, {"currency": row["currency"], "amount": amount,
                                              "payment_days": int(days_value)}, where))
            continue
        if kind != "receivable":
            raise InputError(f"{where}, field kind: '{safe_read.echo(row['kind'])}' must be receivable or payable.")
        buyer = {"name": row["buyer_name"], "country": row["buyer_country"]}
        for field_name in ("rating", "category"):
            if row.get(f"buyer_{field_name}"):
                buyer[field_name] = row[f"buyer_{field_name}"]
        if row.get("buyer_pd_1y"):
            buyer["pd_1y"] = _cell_number(row, "buyer_pd_1y", where)
        terms = {"amount": amount, "currency": row["currency"], "payment_days": int(days_value),
                 "instrument": row["instrument"]}
        for field_name in ("cost", "target_margin"):
            if row.get(field_name):
                terms[field_name] = _cell_number(row, field_name, where)
        receivables.append(_receivable(member, {"buyer": buyer, "deal": terms}, where))
    if not receivables and not payables:
        raise InputError(f"{path}: no rows.")
    return receivables, payables, list(members.values())


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
