"""The finance tables in resources/finance, read like every other dated, sourced table (parameters: parameters.py)."""

from __future__ import annotations

from exportrisk.parameters import Parameters, load_parameters
from exportrisk.tables import DataTable, TableMeta, load_table


def finance_table(name: str, columns: list[str]) -> tuple[DataTable, TableMeta]:
    """resources/finance/`name`, or the user's edited copy of it when valid."""
    table, _ = load_table(f"finance/{name}", columns)
    return table, table.meta


def given_or_loaded(params: Parameters | None) -> Parameters:
    """`params` as given, else the user's default parameters (load_parameters). Only for the callers outside
    exportrisk/finance that do not pass a quote's parameters yet (deprecated: pass ctx.params, which carries the
    deal's [parameters] overrides)."""
    return params if params is not None else load_parameters()
