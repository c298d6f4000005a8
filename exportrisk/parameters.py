"""Every parameter declared once in resources/parameters.toml (value, unit, range, source), with overrides."""

from __future__ import annotations

import difflib
import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from exportrisk import safe_read
from exportrisk.country.categories import COUNTRY_CATEGORIES
from exportrisk.errors import DataFileError, InputError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.tables import installed_path, user_path, with_fallback

FILE_NAME = "parameters.toml"
#: The export-finance parameters had a file of their own before they joined FILE_NAME; a user's (or an archived
#: quote's) copy of it is still read, after the user's FILE_NAME, for the keys it sets.
LEGACY_FINANCE_FILE = "finance/parameters.toml"
SCHEMA = 1
META_KEYS = ("source", "as_of", "assumption")
DECLARATION_KEYS = ("value", "unit", "range", "choices", "per", "file_max")
CATEGORY_KEYS = COUNTRY_CATEGORIES

#: The closed vocabulary of units: how a value is written in the file and how a reader shows it.
#: pct*: percent (0.15 = 0.15 %); share*, probability: a decimal shown as percent (0.45 = 45 %); bp: basis points;
#: ratio: a plain number; multiplier: a factor (x 1.5); years, months, days; count: a whole number; code: an
#: identifier (digits shown as given); money_eur: euros; date: YYYY-MM-DD; text, choice: words; flag: true/false.
UNITS = ("pct", "pct_per_year", "pct_per_quarter", "bp", "share", "share_per_year", "probability", "ratio",
         "multiplier", "years", "months", "days", "count", "code", "money_eur", "date", "text", "choice", "flag")
NUMBER_UNITS = tuple(u for u in UNITS if u not in ("date", "text", "choice", "flag"))


@dataclass(frozen=True)
class Declaration:
    """One parameter as resources/parameters.toml declares it: `name` "section.key", its unit and what it may
    take (numbers and dates: low..high; choice: `choices`); `per` "category" for a table of values by OECD
    category; `file_max` the most a deal, pool or parameter file may ask for (the command line may ask more)."""

    name: str
    unit: str
    low: float | str | None = None
    high: float | str | None = None
    choices: tuple[str, ...] = ()
    per: str | None = None
    file_max: int | None = None

    @property
    def label_key(self) -> str:
        """The catalogue key of its label (resources/i18n/<lang>/params.json)."""
        section, _, key = self.name.partition(".")
        return f"param_{section}_{key}"


@dataclass(frozen=True)
class SectionInfo:
    """Where a section's numbers come from; `overridden` lists keys a deal or user changed."""

    source: str
    as_of: str
    assumption: bool
    overridden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Parameters:
    """Every parameter section, read-only, with its provenance and the declaration of each key."""

    values: Mapping[str, Mapping[str, Any]]
    info: Mapping[str, SectionInfo]
    origin: str
    warnings: tuple[str, ...] = field(default=())
    declarations: Mapping[str, Declaration] = field(default_factory=lambda: MappingProxyType({}))
    # the typed getters' checked values by (section, key, kind): the values never change, so each is checked once
    _checked: dict[tuple[str, str, str], Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    # the copies with_overrides made, by their overrides (_overrides_key): deals with the same [parameters]
    # share one copy, and with it its checked values
    _derived: dict[tuple[Any, ...], Parameters] = field(default_factory=dict, init=False, repr=False,
                                                        compare=False)

    def section(self, name: str) -> Mapping[str, Any]:
        return self.values[name]

    # --- typed access: the parameter must be declared, and of the kind asked for -------------------------------

    def declaration(self, section: str, key: str) -> Declaration:
        """The declaration of `section.key`; KeyError naming it when resources/parameters.toml has none."""
        found = self.declarations.get(f"{section}.{key}")
        if found is None or key not in self.values.get(section, {}):
            raise KeyError(f"no parameter {section}.{key} is declared in {FILE_NAME}")
        return found

    def _value(self, section: str, key: str, units: tuple[str, ...], kind: str) -> Any:
        declared = self.declaration(section, key)
        if declared.unit not in units or (declared.per is not None) != (kind == "table"):
            raise TypeError(f"{section}.{key} is declared as {declared.unit}"
                            f"{' per ' + declared.per if declared.per else ''}, not {kind}")
        return self.values[section][key]

    def number(self, section: str, key: str) -> float:
        """A declared number (any numeric unit) as a float."""
        found = self._checked.get((section, key, "number"))
        if found is None:
            found = self._checked[(section, key, "number")] = float(self._value(section, key, NUMBER_UNITS, "number"))
        return found

    def integer(self, section: str, key: str) -> int:
        """A declared whole number (counts, days, months, years given whole)."""
        found = self._checked.get((section, key, "integer"))
        if found is None:
            value = self._value(section, key, NUMBER_UNITS, "integer")
            if isinstance(value, float) and not value.is_integer():
                raise TypeError(f"{section}.{key} = {value} is not a whole number")
            found = self._checked[(section, key, "integer")] = int(value)
        return found

    def text(self, section: str, key: str) -> str:
        """A declared choice or text."""
        found = self._checked.get((section, key, "text"))
        if found is None:
            found = self._checked[(section, key, "text")] = str(self._value(section, key, ("choice", "text"), "text"))
        return found

    def flag(self, section: str, key: str) -> bool:
        found = self._checked.get((section, key, "flag"))
        if found is None:
            found = self._checked[(section, key, "flag")] = bool(self._value(section, key, ("flag",), "flag"))
        return found

    def day(self, section: str, key: str) -> date:
        """A declared date (YYYY-MM-DD in the file)."""
        return date.fromisoformat(str(self._value(section, key, ("date",), "date")))

    def table(self, section: str, key: str) -> Mapping[str, float]:
        """A declared table of numbers by OECD category."""
        found = self._checked.get((section, key, "table"))
        if found is None:
            found = self._checked[(section, key, "table")] = MappingProxyType(
                {k: float(v) for k, v in self._value(section, key, NUMBER_UNITS, "table").items()})
        return found

    def unit(self, section: str, key: str) -> str:
        return self.declaration(section, key).unit

    def source(self, section: str) -> str:
        """The section's source as the finance figures cite it: "<source> (as of <date>[; assumption])"."""
        info = self.info[section]
        return f"{info.source} (as of {info.as_of}{'; assumption' if info.assumption else ''})"

    # --- overrides ---------------------------------------------------------------------------------------------

    def with_overrides(self, overrides: Mapping[str, Any], where: str = "parameters") -> Parameters:
        """A copy with `overrides` ({section: {key: value}}) applied; unknown keys, wrong types or values outside
        the declared range raise InputError naming `where.section.key` (the error text gives label and key).
        No overrides: these parameters themselves; the same overrides again: the copy made the first time (both
        read-only, so their checked values are shared)."""
        if isinstance(overrides, Mapping) and not overrides:
            return self
        key = _overrides_key(overrides)
        made = self._derived.get(key) if key is not None else None
        if made is None:
            made = self._overridden(overrides, where)
            if key is not None:
                if len(self._derived) >= _DERIVED_KEPT:  # a long session that met many override sets
                    self._derived.clear()
                self._derived[key] = made
        return made

    def _overridden(self, overrides: Mapping[str, Any], where: str) -> Parameters:
        """with_overrides, made anew."""
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
                dotted = f"{name}.{key}"
                known = [k for k in values[name] if f"{name}.{k}" in self.declarations]
                default = values[name].get(key, _MISSING) if dotted in self.declarations else _MISSING
                typed = _typed(field_of(where, dotted), dotted, default, value, known)
                values[name][key] = _in_rule(self.declarations[dotted], typed, where)
                limit = self.declarations[dotted].file_max
                if limit is not None and values[name][key] > limit:
                    raise InputError(code="param_file_limit", field=field_of(where, dotted),
                                     parameter=dotted, value_count=value, limit_count=limit)
            old = info[name]
            info[name] = SectionInfo(old.source, old.as_of, old.assumption,
                                     tuple(sorted({*old.overridden, *changes})))
        return Parameters(_freeze(values), MappingProxyType(info), self.origin, self.warnings, self.declarations)


_MISSING = object()
#: Copies with_overrides keeps per parameter set (a pool's receivables share a few override sets).
_DERIVED_KEPT = 256


def _overrides_key(value: Any) -> tuple[Any, ...] | None:
    """A hashable key of overrides that tells apart every value they could hold (1, 1.0 and True included, by
    type), or None when one cannot be a key."""
    if isinstance(value, Mapping):
        items = []
        for name, inner in value.items():
            found = _overrides_key(inner)
            if found is None:
                return None
            items.append((str(type(name)), name, found))
        return ("mapping", tuple(sorted(items, key=repr)))
    if isinstance(value, list | tuple):
        found = [_overrides_key(v) for v in value]
        return None if any(f is None for f in found) else ("sequence", tuple(found))
    try:
        hash(value)
    except TypeError:
        return None
    return (type(value).__name__, value)


def field_of(where: str, name: str) -> str:
    """The field an error names: "[parameters.fx_forward] margin_pct" in a deal file (`where` "parameters"),
    "[fx_forward] margin_pct" in a parameter file."""
    section, _, key = name.partition(".")
    table = f"parameters.{section}" if where == "parameters" else section
    return f"[{table}] {key}" if key else f"[{table}]"


def _in_rule(declared: Declaration, value: Any, where: str = "parameters") -> Any:
    """`value` if it fits its declaration: one of the choices, a date or number within [low, high] (each entry of
    a table by category, whose keys must be categories); flags and text have no range."""
    name = declared.name
    field = field_of(where, name)
    if declared.unit == "choice":
        if value not in declared.choices:
            raise InputError(code="param_choice", field=field, parameter=name, value=value,
                             choices=", ".join(declared.choices))
        return value
    if declared.unit == "date":
        try:
            date.fromisoformat(str(value))
        except ValueError:
            raise InputError(code="param_text", field=field, parameter=name, example=declared.low) from None
        if not str(declared.low) <= str(value) <= str(declared.high):
            raise InputError(code="param_range", field=field, parameter=name, value=value, low=declared.low,
                             high=declared.high)
        return value
    if declared.unit not in NUMBER_UNITS:
        return value
    low, high = declared.low, declared.high
    entries = value.items() if isinstance(value, Mapping) else [(None, value)]
    for key, number in entries:
        if isinstance(number, bool) or not isinstance(number, int | float) or not low <= number <= high:
            entry = name if key is None else f"{name}.{key}"
            # the value and bounds as the parameter file writes them (dot decimals), so the fix can be typed in
            raise InputError(code="param_range", field=field_of(where, entry), parameter=entry, value=str(number),
                             low=f"{low:g}", high=f"{high:g}")
        if isinstance(value, Mapping) and key not in CATEGORY_KEYS:
            raise InputError(code="param_category_keys", field=field, parameter=name, value=key,
                             choices=", ".join(CATEGORY_KEYS))
    return value


def _typed(field: str, name: str, default: Any, value: Any, known: list[str]) -> Any:
    """`value` if it has the default's type: ints count as floats, a whole float counts as an int (a fraction
    does not), a table by category is merged into the default's."""
    if default is _MISSING:
        section, _, key = name.partition(".")
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
        if isinstance(default, float):
            return float(value)
        if isinstance(value, float) and not value.is_integer():
            raise InputError(code="param_whole", field=field, parameter=name, value=str(value))
        return int(value)
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


def _sections(text: str, origin: str) -> dict[str, dict[str, Any]]:
    """The sections of a parameter file (schema 1, each with source and as_of)."""
    data = safe_read.parse_structured(text, ".toml", origin, "parameter file", DataFileError)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise DataFileError(f"{origin}: schema must be {SCHEMA}.")
    out = {}
    for name, section in data.items():
        if name == "schema":
            continue
        if not isinstance(section, dict) or "source" not in section or "as_of" not in section:
            raise DataFileError(f"{origin}: section [{name}] needs source and as_of.")
        out[name] = section
    return out


def _declaration(origin: str, name: str, entry: Any) -> Declaration:
    """The declaration table of one installed parameter, checked: a known unit, and a range or choices."""
    if not isinstance(entry, dict) or "value" not in entry or entry.get("unit") not in UNITS \
            or set(entry) - set(DECLARATION_KEYS):
        raise DataFileError(f"{origin}: {name} must be declared as {{ value, unit (one of {', '.join(UNITS)}), "
                            "range or choices }.")
    unit, value = entry["unit"], entry["value"]
    bounds = entry.get("range")
    choices = entry.get("choices", [])
    if unit in NUMBER_UNITS or unit == "date":
        if not (isinstance(bounds, list) and len(bounds) == 2 and bounds[0] <= bounds[1]):
            raise DataFileError(f"{origin}: {name} needs range = [lowest, highest].")
    if unit == "choice" and not (isinstance(choices, list) and choices and all(isinstance(c, str) for c in choices)):
        raise DataFileError(f"{origin}: {name} needs choices = [...].")
    if unit == "flag" and not isinstance(value, bool):
        raise DataFileError(f"{origin}: {name} is a flag: its value is true or false.")
    per = entry.get("per")
    if (per is not None) != isinstance(value, Mapping) or per not in (None, "category"):
        raise DataFileError(f"{origin}: {name}: a table of values by category says per = \"category\".")
    low, high = (bounds if bounds else (None, None))
    return Declaration(name, unit, low, high, tuple(choices), per, entry.get("file_max"))


#: Bump when the parsed copy's layout changes; a copy of another format is parsed again, never trusted.
PARSED_FORMAT = 1


def _installed_sections(text: str, origin: str) -> dict[str, dict[str, Any]]:
    """_sections of the installed file, from the JSON copy of its parse in the cache folder while the text is the
    one it was made from (its SHA-256); else parsed, and the copy written for the next start.

    The TOML parser takes a few milliseconds of every start for the same few hundred declarations; JSON holds
    exactly what it gives for this file (tables, arrays, strings, numbers, booleans: a TOML date would not be
    written, and the file is parsed each time). Every value is still checked against its declaration."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    try:
        from exportrisk.paths import cache_dir

        copy = cache_dir() / f"parameters-v{PARSED_FORMAT}-{digest[:20]}.json"
    except DataFileError:  # no cache folder to use: parse as before
        return _sections(text, origin)
    try:
        found = json.loads(copy.read_text(encoding="utf-8"))
        if found["format"] == PARSED_FORMAT and found["sha256"] == digest and isinstance(found["sections"], dict):
            return found["sections"]
    except (OSError, ValueError, KeyError, TypeError):  # missing, damaged or foreign: parse again
        pass
    sections = _sections(text, origin)
    try:
        atomic_write_bytes(copy, json.dumps({"format": PARSED_FORMAT, "sha256": digest, "sections": sections},
                                            ensure_ascii=False).encode("utf-8"))
    except (OSError, TypeError, ValueError):  # a read-only cache, or a value JSON cannot hold
        pass
    return sections


def _parse_installed(text: str, origin: str) -> Parameters:
    """The installed file: every key a declaration, every value within its declaration."""
    values, info, declared = {}, {}, {}
    for name, section in _installed_sections(text, origin).items():
        info[name] = SectionInfo(str(section["source"]), str(section["as_of"]),
                                 bool(section.get("assumption", False)))
        values[name] = {}
        for key, entry in section.items():
            if key in META_KEYS:
                continue
            declaration = _declaration(origin, f"{name}.{key}", entry)
            try:
                values[name][key] = _in_rule(declaration, entry["value"], where="")
            except InputError as exc:
                raise DataFileError(f"{origin}: {exc}") from exc
            declared[declaration.name] = declaration
    return Parameters(_freeze(values), MappingProxyType(info), origin, (), MappingProxyType(declared))


@lru_cache(maxsize=2)
def _installed(path: str, _stamp: tuple[int, int]) -> Parameters:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read the installed parameters {path}: {exc}; reinstall ExportRisk.") from exc
    return _parse_installed(text, path)


def installed_parameters() -> Parameters:
    """The installed defaults alone (resources/parameters.toml), parsed once while the file is unchanged."""
    path = installed_path(FILE_NAME)
    try:
        stat = path.stat()
    except OSError as exc:
        raise DataFileError(f"Cannot read the installed parameters {path}: {exc}; reinstall ExportRisk.") from exc
    return _installed(str(path), (stat.st_mtime_ns, stat.st_size))


def apply_user_file(base: Parameters, path: Path) -> Parameters:
    """`base` with the values a user's parameter file sets (only those that differ from `base`).

    The file may be an old copy (plain `key = value`) or a copy of today's file (declarations): only `value` counts,
    the unit and range are always the installed ones. Errors are InputError naming the key (e.g. param_range)."""
    text = safe_read.read_text(path, safe_read.MAX_STRUCTURED_BYTES, "The parameter file", DataFileError)
    overrides: dict[str, dict[str, Any]] = {}
    for name, section in _sections(text, str(path)).items():
        for key, entry in section.items():
            if key in META_KEYS:
                continue
            value = entry["value"] if isinstance(entry, Mapping) and "value" in entry else entry
            if base.values.get(name, {}).get(key, _MISSING) != value:
                overrides.setdefault(name, {})[key] = value
    return base.with_overrides(overrides, where=str(path))


def _stamp(path: Path) -> tuple[str, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path), stat.st_mtime_ns, stat.st_size


def load_parameters() -> Parameters:
    """The installed defaults, overlaid with the user's copy (only the keys it sets) when valid, then with a
    user's copy of the former finance parameter file (LEGACY_FINANCE_FILE) when there is one.

    A damaged user copy gives way to what was read before it, with a warning (tables.with_fallback's rule).
    Read again only when one of the files changes.
    """
    return _load(_stamp(installed_path(FILE_NAME)), _stamp(user_path(FILE_NAME)),
                 _stamp(user_path(LEGACY_FINANCE_FILE)), str(user_path("")))


@lru_cache(maxsize=8)
def _load(_installed: tuple | None, _user: tuple | None, _legacy: tuple | None, _folder: str) -> Parameters:
    base = installed_parameters()
    params, origin, warnings = base, base.origin, []
    for name in (FILE_NAME, LEGACY_FINANCE_FILE):
        before = params

        def read(path: Path, is_user: bool, before: Parameters = before) -> Parameters:
            if not is_user:
                return before
            try:
                return apply_user_file(before, path)
            except InputError as exc:
                raise DataFileError(f"{path}: {exc}") from exc

        params, problems = with_fallback(user_path(name), installed_path(FILE_NAME), read)
        warnings += problems
        if params is not before:
            origin = f"{origin} + {user_path(name)}"
    return Parameters(params.values, params.info, origin, tuple(warnings), params.declarations)


# --- reading a parameter's unit --------------------------------------------------------------------------------

def unit_of(name: str) -> str | None:
    """The unit of parameter "section.key" (or "section.key.entry"), None for a name not declared."""
    section, _, rest = name.partition(".")
    found = installed_parameters().declarations.get(f"{section}.{rest.partition('.')[0]}")
    return found.unit if found is not None else None


def format_parameter(value: Any, unit: str | None, lang: str = "en") -> str:
    """A parameter value as a reader shows it in `lang`, by its unit: "0.15 %", "0.75 % a year", "45 %" (a share
    0.45), "20 bp", "x 1.5", "6 years", "200,000", "200.00 EUR", a date, a choice in words; a table by category
    entry by entry. An unknown unit (None) is shown as a plain number or text."""
    from babel.numbers import format_decimal, format_percent
    from babel.units import format_unit

    from exportrisk.report.i18n import Translator

    t = Translator(lang)
    if isinstance(value, Mapping):  # a table by category: "0: 1%, HI: 1%, ... 6: 4.5% a year"
        inner = {"pct_per_year": "pct", "pct_per_quarter": "pct", "share_per_year": "share"}.get(unit or "", unit)
        text = ", ".join(f"{k}: {format_parameter(v, inner, lang)}" for k, v in value.items())
        return t(f"unit_per_{unit.rpartition('_')[2]}", value=text) if inner != unit and unit else text
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if unit in ("choice", "text") or (unit is None and isinstance(value, str)):
        return t(f"value_{value}") if t.has(f"value_{value}") else str(value)
    if unit == "date":
        try:
            return t.date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if not isinstance(value, int | float):
        return str(value)
    locale = t.locale

    def percent(share: float) -> str:
        return format_percent(share, format="#,##0.####%", locale=locale)

    def number(pattern: str = "#,##0.####") -> str:
        return format_decimal(value, format=pattern, locale=locale)

    match unit:
        case "pct":
            return percent(value / 100.0)
        case "pct_per_year":
            return t("unit_per_year", value=percent(value / 100.0))
        case "pct_per_quarter":
            return t("unit_per_quarter", value=percent(value / 100.0))
        case "share" | "probability":
            return percent(value)
        case "share_per_year":
            return t("unit_per_year", value=percent(value))
        case "bp":
            return t("unit_bp", value=number())
        case "multiplier":
            return t("unit_multiplier", value=number())
        case "years" | "months" | "days":
            return format_unit(value, f"duration-{unit[:-1]}", format="#,##0.##", locale=locale)
        case "count":
            return number("#,##0")
        case "code":
            return str(value)
        case "money_eur":
            return t("unit_money_eur", value=number("#,##0.00"))
    return number()
