"""Default model and cover parameters from resources/parameters.toml, with user and per-deal overrides."""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from exportrisk import safe_read
from exportrisk.country.categories import COUNTRY_CATEGORIES
from exportrisk.errors import DataFileError, InputError
from exportrisk.tables import installed_path, user_path, with_fallback

FILE_NAME = "parameters.toml"
SCHEMA = 1
META_KEYS = ("source", "as_of", "assumption")


@dataclass(frozen=True)
class SectionInfo:
    """Where a section's numbers come from; `overridden` lists keys a deal or user changed."""

    source: str
    as_of: str
    assumption: bool
    overridden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Parameters:
    """Every parameter section, read-only, with its provenance."""

    values: Mapping[str, Mapping[str, Any]]
    info: Mapping[str, SectionInfo]
    origin: str
    warnings: tuple[str, ...] = field(default=())

    def section(self, name: str) -> Mapping[str, Any]:
        return self.values[name]

    def with_overrides(self, overrides: Mapping[str, Any], where: str = "parameters") -> Parameters:
        """A copy with `overrides` ({section: {key: value}}) applied; unknown keys or wrong types raise
        InputError naming `where.section.key`."""
        values = {name: dict(section) for name, section in self.values.items()}
        info = dict(self.info)
        if not isinstance(overrides, Mapping):
            raise InputError(code="param_not_table", field=f"[{where}]")
        for name, changes in overrides.items():
            if name not in values:
                raise InputError(code="param_unknown_section", field=field_of(where, name), section=name,
                                 choices=", ".join(sorted(values)))
            if not isinstance(changes, Mapping):
                raise InputError(code="param_section_not_table", field=field_of(where, name), section=name)
            for key, value in changes.items():
                values[name][key] = _checked(where, f"{name}.{key}", values[name].get(key, _MISSING), value)
                limit = FILE_LIMITS.get(f"{name}.{key}")
                if limit is not None and values[name][key] > limit:
                    raise InputError(code="param_file_limit", field=field_of(where, f"{name}.{key}"),
                                     parameter=f"{name}.{key}", value_count=value, limit_count=limit)
            old = info[name]
            info[name] = SectionInfo(old.source, old.as_of, old.assumption,
                                     tuple(sorted({*old.overridden, *changes})))
        return Parameters(_freeze(values), MappingProxyType(info), self.origin, self.warnings)


_MISSING = object()
CATEGORY_KEYS = COUNTRY_CATEGORIES

#: Every parameter, declared once: numbers with their allowed range, text with its choices. A table value
#: (per-category rates) gives the range of each entry. The installed file and every override are checked here.
RULES: dict[str, tuple[float, float] | tuple[str, ...]] = {
    "credit.default_table": ("sp_1981_2019", "sp_1981_2024"),
    "credit.plain_rating": ("notch", "grade"),
    "credit.pd_floor": (1e-6, 0.05),  # a zero floor would let a 0.00 table rate become a zero PD
    "credit.trade_finance_factor": (0.01, 1.0),
    **{f"lgd.{k}": (0.0, 1.0) for k in ("open_account", "documentary_collection", "lc_unconfirmed",
                                          "lc_confirmed", "cash_in_advance", "political")},
    "political.derivation": ("default", "stress"),
    "letter_of_credit.confirmation_pct_per_quarter": (0.0, 5.0),
    "letter_of_credit.confirmation_min_eur": (0.0, 1e5),
    "letter_of_credit.advising_fee_eur": (0.0, 1e5),
    "letter_of_credit.negotiation_pct": (0.0, 5.0),
    "letter_of_credit.document_check_fee_eur": (0.0, 1e5),
    "letter_of_credit.confirming_bank_pd_1y": (0.0, 0.5),
    "letter_of_credit.issuing_bank_pd_1y": (0.0, 0.5),
    "letter_of_credit.max_days": (1, 3650),
    "documentary_collection.fee_pct": (0.0, 5.0),
    "documentary_collection.fee_min_eur": (0.0, 1e5),
    "documentary_collection.fee_max_eur": (0.0, 1e6),
    "fx_forward.margin_pct": (0.0, 5.0),
    "fx_option.margin_pct": (0.0, 5.0),
    "fx_option.strike": ("forward", "spot"),
    "private_insurance.base_rate_pct": (0.0, 10.0),
    "private_insurance.target_loss_ratio": (0.05, 1.0),
    "private_insurance.annual_insured_turnover_eur": (0.0, 1e13),
    "private_insurance.category_multipliers": (0.0, 20.0),
    "private_insurance.cover_share": (0.0, 1.0),
    "private_insurance.deductible_eur": (0.0, 1e9),
    "private_insurance.waiting_months": (0, 36),
    "private_insurance.min_premium_eur": (0.0, 1e6),
    "private_insurance.max_days": (1, 3650),
    "state_cover.cover_share": (0.01, 1.0),
    "state_cover.quality": ("below", "standard", "above"),
    "state_cover.rate_card": ("default", "ukef"),
    "state_cover.handling_fee_pct": (0.0, 5.0),
    "state_cover.handling_fee_min_eur": (0.0, 1e5),
    "state_cover.handling_fee_max_eur": (0.0, 1e6),
    "state_cover.waiting_months": (0, 36),
    "forfaiting.margin_pct": (0.0, 30.0),
    "forfaiting.commission_pct": (0.0, 10.0),
    "forfaiting.grace_days": (0, 60),
    "forfaiting.min_amount_eur": (0.0, 1e9),
    "factoring.service_fee_pct": (0.0, 10.0),
    "factoring.interest_margin_pct": (0.0, 20.0),
    "factoring.advance_share": (0.0, 1.0),
    "factoring.max_days": (1, 3650),
    "factoring.max_category": CATEGORY_KEYS,
    "fx_model.outlook": ("forward", "spot"),
    "fx_model.fx_default_correlation": (-0.99, 0.99),
    "funding.bank_margin_pct": (0.0, 20.0),
    "capital.cost_of_capital": (0.0, 1.0),
    "capital.es_level": (0.9, 0.999),
    "consortium.correlation_model": ("basel", "fixed"),
    "consortium.asset_correlation": (0.0, 0.99),
    "consortium.volume_discount": (0.0, 0.9),
    "consortium.aggregate_deductible_eur": (0.0, 1e9),
    "consortium.policy_fee_eur": (0.0, 1e6),
    "consortium.fund_contribution_rate": (0.0, 1.0),
    "consortium.fund_target_exhaustion": (0.0001, 0.5),
    "consortium.bucket_days": (1, 366),
    "consortium.scenarios": (1000, 5_000_000),
    "consortium.chunk_scenarios": (100, 1_000_000),
    "consortium.standalone_paths": (1000, 1_000_000),
    "simulation.paths": (1000, 20_000_000),
    "simulation.seed": (0, 2**63 - 1),
    "simulation.chunk_paths": (1000, 10_000_000),
}


#: What a deal, pool or parameter file may ask for at most, whoever wrote it: 1,000,000 paths take about
#: 220 MB (20,000,000 would take 4.4 GB). The command line may ask for more, up to RULES' bounds.
FILE_LIMITS: dict[str, int] = {
    "simulation.paths": 1_000_000,
    "simulation.chunk_paths": 1_000_000,
    "consortium.scenarios": 1_000_000,
    "consortium.chunk_scenarios": 1_000_000,
    "consortium.standalone_paths": 1_000_000,
}


def field_of(where: str, name: str) -> str:
    """The field an error names: "[parameters.fx_forward] margin_pct" in a deal file (`where` "parameters"),
    "[fx_forward] margin_pct" in a parameter file."""
    section, _, key = name.partition(".")
    table = f"parameters.{section}" if where == "parameters" else section
    return f"[{table}] {key}" if key else f"[{table}]"


def _in_rule(name: str, value: Any, where: str = "parameters") -> Any:
    """Check `value` against RULES[name] (booleans have no rule); errors name the field (field_of)."""
    field = field_of(where, name)
    rule = RULES.get(name)
    if rule is None:
        return value
    if isinstance(rule[0], str):
        if value not in rule:
            raise InputError(code="param_choice", field=field, parameter=name, value=value,
                             choices=", ".join(map(str, rule)))
        return value
    low, high = rule
    entries = value.items() if isinstance(value, Mapping) else [(None, value)]
    for key, number in entries:
        if isinstance(number, bool) or not isinstance(number, int | float) or not low <= number <= high:
            entry = name if key is None else f"{name}.{key}"
            raise InputError(code="param_range", field=field_of(where, entry), parameter=entry, value=number,
                             low=f"{low:g}", high=f"{high:g}")
        if isinstance(value, Mapping) and key not in CATEGORY_KEYS:
            raise InputError(code="param_category_keys", field=field, parameter=name, value=key,
                             choices=", ".join(CATEGORY_KEYS))
    return value


def _checked(where: str, name: str, default: Any, value: Any) -> Any:
    """`value` if it has the default's type (ints count as floats) and fits the declared rule."""
    return _in_rule(name, _typed(field_of(where, name), name, default, value), where)


def _typed(field: str, name: str, default: Any, value: Any) -> Any:
    if default is _MISSING:
        section, _, key = name.partition(".")
        known = [k.partition(".")[2] for k in RULES if k.partition(".")[0] == section]
        close = difflib.get_close_matches(key, known, n=1)
        if close:
            raise InputError(code="param_unknown_close", field=field, parameter=name, close=f"{section}.{close[0]}")
        raise InputError(code="param_unknown", field=field, parameter=name, file=FILE_NAME)
    if isinstance(default, bool) or isinstance(value, bool):
        if not (isinstance(default, bool) and isinstance(value, bool)):
            raise InputError(code="param_bool" if isinstance(default, bool) else "param_number", field=field,
                             parameter=name)
        return value
    if isinstance(default, int | float):
        if not isinstance(value, int | float) or not math.isfinite(value):
            raise InputError(code="param_finite", field=field, parameter=name, value=value)
        return float(value) if isinstance(default, float) else value
    if isinstance(default, str):
        if not isinstance(value, str):
            raise InputError(code="param_text", field=field, parameter=name, example=default)
        return value
    if isinstance(default, Mapping):
        if not isinstance(value, Mapping):
            raise InputError(code="param_table", field=field, parameter=name, example=dict(default))
        merged = dict(default)
        for key, number in value.items():
            if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
                raise InputError(code="param_finite", field=f"{field}.{key}", parameter=f"{name}.{key}",
                                 value=number)
            merged[str(key)] = float(number)
        return merged
    raise InputError(code="param_fixed", field=field, parameter=name)


def _freeze(values: dict[str, dict[str, Any]]) -> Mapping[str, Mapping[str, Any]]:
    return MappingProxyType({k: MappingProxyType(v) for k, v in values.items()})


def _parse(text: str, origin: str) -> Parameters:
    data = safe_read.parse_structured(text, ".toml", origin, "parameter file", DataFileError)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise DataFileError(f"{origin}: schema must be {SCHEMA}.")
    values, info = {}, {}
    for name, section in data.items():
        if name == "schema":
            continue
        if not isinstance(section, dict) or "source" not in section or "as_of" not in section:
            raise DataFileError(f"{origin}: section [{name}] needs source and as_of.")
        info[name] = SectionInfo(str(section["source"]), str(section["as_of"]),
                                 bool(section.get("assumption", False)))
        values[name] = {k: v for k, v in section.items() if k not in META_KEYS}
        for key, value in values[name].items():
            try:
                _in_rule(f"{name}.{key}", value, where="")
            except InputError as exc:
                raise DataFileError(f"{origin}: {exc}") from None
    return Parameters(_freeze(values), MappingProxyType(info), origin)


def load_parameters() -> Parameters:
    """The installed defaults, overlaid with the user's copy (only the keys it sets) when valid.

    A damaged user copy gives way to the installed defaults with a warning (tables.with_fallback's rule).
    """
    installed = installed_path(FILE_NAME)
    try:
        text = installed.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read the installed parameters {installed}: {exc}; reinstall ExportRisk.") from exc
    base = _parse(text, str(installed))

    def read(path: Path, is_user: bool) -> Parameters:
        if not is_user:
            return base
        text = safe_read.read_text(path, safe_read.MAX_STRUCTURED_BYTES, "The parameter file", DataFileError)
        mine = _parse(text, str(path))
        overrides = {name: {k: v for k, v in section.items() if base.values.get(name, {}).get(k) != v}
                     for name, section in mine.values.items()}
        merged = base.with_overrides({k: v for k, v in overrides.items() if v}, where=str(path))
        return Parameters(merged.values, merged.info, f"{installed} + {path}")

    params, warnings = with_fallback(user_path(FILE_NAME), installed, read)
    return params if not warnings else Parameters(base.values, base.info, base.origin, tuple(warnings))
