"""The finance tables and parameters in resources/finance, read like every other dated, sourced table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from exportrisk import safe_read
from exportrisk.errors import DataFileError
from exportrisk.tables import DataTable, TableMeta, cache_key, installed_path, load_table

PARAMETERS = "finance/parameters.toml"


@dataclass(frozen=True)
class FinanceParameters:
    """Every section of resources/finance/parameters.toml, read-only, with its source and date."""

    values: Mapping[str, Mapping[str, Any]]
    sources: Mapping[str, tuple[str, str, bool]]  # section -> (source, as_of, assumption)

    def section(self, name: str) -> Mapping[str, Any]:
        return self.values[name]

    def source(self, name: str) -> str:
        text, as_of, assumption = self.sources[name]
        return f"{text} (as of {as_of}{'; assumption' if assumption else ''})"


@lru_cache(maxsize=2)
def _parameters(_folder: str) -> FinanceParameters:
    path = installed_path(PARAMETERS)
    text = safe_read.read_text(path, safe_read.MAX_STRUCTURED_BYTES, "The finance parameter file", DataFileError)
    data = safe_read.parse_structured(text, ".toml", str(path), "finance parameter file", DataFileError)
    if not isinstance(data, dict) or data.get("schema") != 1:
        raise DataFileError(f"{path}: schema must be 1.")
    values, sources = {}, {}
    for name, section in data.items():
        if name == "schema":
            continue
        if not isinstance(section, dict) or "source" not in section or "as_of" not in section:
            raise DataFileError(f"{path}: section [{name}] needs source and as_of.")
        sources[name] = (str(section["source"]), str(section["as_of"]), bool(section.get("assumption", False)))
        values[name] = MappingProxyType({k: v for k, v in section.items()
                                         if k not in ("source", "as_of", "assumption")})
    return FinanceParameters(MappingProxyType(values), MappingProxyType(sources))


def finance_parameters() -> FinanceParameters:
    """The installed finance parameters (a deal's [finance] table overrides some of them per deal)."""
    return _parameters(cache_key())


def finance_table(name: str, columns: list[str]) -> tuple[DataTable, TableMeta]:
    """resources/finance/`name`, or the user's edited copy of it when valid."""
    table, _ = load_table(f"finance/{name}", columns)
    return table, table.meta
