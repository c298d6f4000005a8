"""Default model and cover parameters from resources/parameters.toml, with user and per-deal overrides."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from exportrisk.errors import DataFileError, InputError
from exportrisk.tables import installed_path, user_path

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
            raise InputError(f"{where} must be a table of sections such as [{where}.fx_forward].")
        for name, changes in overrides.items():
            if name not in values:
                raise InputError(f"{where}.{name} is not a parameter section; use one of "
                                 f"{', '.join(sorted(values))}.")
            if not isinstance(changes, Mapping):
                raise InputError(f"{where}.{name} must be a table of key = value pairs.")
            for key, value in changes.items():
                values[name][key] = _checked(f"{where}.{name}.{key}", values[name].get(key, _MISSING), value)
            old = info[name]
            info[name] = SectionInfo(old.source, old.as_of, old.assumption,
                                     tuple(sorted({*old.overridden, *changes})))
        return Parameters(_freeze(values), MappingProxyType(info), self.origin, self.warnings)


_MISSING = object()


def _checked(path: str, default: Any, value: Any) -> Any:
    """`value` if it has the default's type (ints count as floats); numbers must be finite."""
    if default is _MISSING:
        raise InputError(f"{path} is not a known parameter; check the spelling against {FILE_NAME}.")
    if isinstance(default, bool) or isinstance(value, bool):
        if not (isinstance(default, bool) and isinstance(value, bool)):
            wanted = "true or false" if isinstance(default, bool) else "a number"
            raise InputError(f"{path} must be {wanted}.")
        return value
    if isinstance(default, int | float):
        if not isinstance(value, int | float) or not math.isfinite(value):
            raise InputError(f"{path} must be a finite number (got {value!r}).")
        return float(value) if isinstance(default, float) else value
    if isinstance(default, str):
        if not isinstance(value, str):
            raise InputError(f"{path} must be text such as {default!r}.")
        return value
    if isinstance(default, Mapping):
        if not isinstance(value, Mapping):
            raise InputError(f"{path} must be a table such as {dict(default)!r}.")
        merged = dict(default)
        for key, number in value.items():
            if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
                raise InputError(f"{path}.{key} must be a finite number.")
            merged[str(key)] = float(number)
        return merged
    raise InputError(f"{path} cannot be overridden.")


def _freeze(values: dict[str, dict[str, Any]]) -> Mapping[str, Mapping[str, Any]]:
    return MappingProxyType({k: MappingProxyType(v) for k, v in values.items()})


def _parse(text: str, origin: str) -> Parameters:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{origin}: TOML syntax error: {exc}.") from exc
    if data.get("schema") != SCHEMA:
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
    return Parameters(_freeze(values), MappingProxyType(info), origin)


def load_parameters() -> Parameters:
    """The installed defaults, overlaid with the user's copy (only the keys it sets) when valid."""
    installed = installed_path(FILE_NAME)
    base = _parse(installed.read_text(encoding="utf-8"), str(installed))
    user = user_path(FILE_NAME)
    if not user.is_file():
        return base
    try:
        mine = _parse(user.read_text(encoding="utf-8"), str(user))
        overrides = {name: {k: v for k, v in section.items() if base.values.get(name, {}).get(k) != v}
                     for name, section in mine.values.items()}
        merged = base.with_overrides({k: v for k, v in overrides.items() if v}, where=str(user))
        return Parameters(merged.values, merged.info, f"{installed} + {user}")
    except (DataFileError, InputError, OSError, UnicodeDecodeError) as exc:
        warning = f"{exc} Your parameter file was left as it is; the installed defaults are used."
        return Parameters(base.values, base.info, base.origin, (warning,))
