"""Every parameter declared once (value, unit, range, source, label); overrides checked against the declaration."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from exportrisk.errors import InputError
from exportrisk.languages import report_languages
from exportrisk.parameters import (
    NUMBER_UNITS,
    UNITS,
    apply_user_file,
    format_parameter,
    installed_parameters,
    load_parameters,
    unit_of,
)
from exportrisk.paths import resources_dir
from exportrisk.report.i18n import Translator, catalog

INSTALLED = resources_dir() / "parameters.toml"
LANGS = tuple(report_languages())


def raw() -> dict:
    return tomllib.loads(INSTALLED.read_text(encoding="utf-8"))


def plain_copy(sections: dict, only: dict[str, dict] | None = None) -> str:
    """An old-style user copy (plain key = value lines, as before declarations) of `sections`."""

    def toml(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, dict):
            return "{ " + ", ".join(f"{json.dumps(k)} = {toml(v)}" for k, v in value.items()) + " }"
        return json.dumps(value)

    lines = ["schema = 1"]
    for name, section in sections.items():
        if name == "schema" or (only is not None and name not in only):
            continue
        lines += ["", f"[{name}]", f"source = {json.dumps(section['source'])}",
                  f"as_of = {json.dumps(section['as_of'])}"]
        for key, entry in section.items():
            if isinstance(entry, dict) and "value" in entry and (only is None or key in only[name]):
                lines.append(f"{key} = {toml(only[name][key] if only else entry['value'])}")
    return "\n".join(lines) + "\n"


# --- one declaration per parameter ------------------------------------------------------------------------------

def test_every_parameter_has_a_unit_a_range_a_source_and_a_date() -> None:
    problems = []
    for name, section in raw().items():
        if name == "schema":
            continue
        if not section.get("source") or not section.get("as_of"):
            problems.append(f"[{name}] source/as_of")
        date.fromisoformat(section["as_of"])
        for key, entry in section.items():
            if key in ("source", "as_of", "assumption"):
                continue
            if not isinstance(entry, dict) or entry.get("unit") not in UNITS:
                problems.append(f"{name}.{key}: unit")
                continue
            unit = entry["unit"]
            if unit in NUMBER_UNITS or unit == "date":
                low, high = entry.get("range", (None, None))
                value = entry["value"]
                entries = value.values() if isinstance(value, dict) else [value]
                if low is None or not all(low <= v <= high for v in entries):
                    problems.append(f"{name}.{key}: range")
            elif unit == "choice" and entry["value"] not in entry.get("choices", []):
                problems.append(f"{name}.{key}: choices")
            elif unit == "flag" and not isinstance(entry["value"], bool):
                problems.append(f"{name}.{key}: flag")
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_parameter_has_a_label_in_every_language(lang: str) -> None:
    words = catalog(lang)
    params = installed_parameters()
    missing = [d.label_key for d in params.declarations.values() if d.label_key not in words]
    missing += [f"{kind}_{s}" for s in params.values for kind in ("section", "source", "annex_source")
                if f"{kind}_{s}" not in words]
    assert missing == []
    assert len(params.declarations) == sum(len(v) for v in params.values.values())


def test_the_finance_parameters_are_main_parameters_with_their_sources() -> None:
    params = installed_parameters()
    finance = ("arrangement", "cirr", "discounting", "interest_support", "fund_394", "pre_shipment", "bonds",
               "collection", "stress")
    assert set(finance) <= set(params.values)
    assert not (resources_dir() / "finance" / "parameters.toml").exists()
    assert "Fondo 394/81" in params.info["fund_394"].source and params.info["fund_394"].as_of == "2025-03-25"
    assert params.info["stress"].assumption and not params.info["fund_394"].assumption


# --- a value outside its range is refused, naming label and key --------------------------------------------------

@pytest.mark.parametrize(("section", "key", "value", "code"), [
    ("interest_support", "max_financed_share", 1.5, "param_range"),
    ("credit", "pd_floor", 0.5, "param_range"),
    ("bonds", "exporter_standing", "large", "param_choice"),
    ("arrangement", "reform_date", "2023-13-45", "param_text"),
    ("forfaiting", "margin_pct", {"3": 99.0}, "param_range"),
])
def test_a_deal_value_outside_its_declaration_is_refused(section: str, key: str, value: object, code: str) -> None:
    params = installed_parameters()
    with pytest.raises(InputError) as caught:
        params.with_overrides({section: {key: value}})
    error = caught.value
    assert error.code == code and error.field.startswith(f"[parameters.{section}] {key}")
    for lang in LANGS:
        label = Translator(lang)(f"param_{section}_{key}")
        assert label in error.text(lang) and f"{section}.{key}" in error.text(lang), (lang, error.text(lang))


def test_a_fraction_where_a_whole_number_is_declared_is_refused() -> None:
    params = installed_parameters()
    with pytest.raises(InputError) as caught:
        params.with_overrides({"fund_394": {"years": 6.5}})
    assert caught.value.code == "param_whole" and "fund_394.years" in str(caught.value)
    assert params.with_overrides({"fund_394": {"years": 7.0}}).integer("fund_394", "years") == 7


def test_file_limits_are_declared_with_the_parameter() -> None:
    params = installed_parameters()
    limit = params.declaration("simulation", "paths").file_max
    with pytest.raises(InputError) as caught:
        params.with_overrides({"simulation": {"paths": limit + 1}})
    assert caught.value.code == "param_file_limit"


def test_a_users_value_outside_its_range_is_refused(user_dirs: Path) -> None:
    copy = user_dirs / "tables" / "parameters.toml"
    copy.parent.mkdir(parents=True)
    copy.write_text(INSTALLED.read_text(encoding="utf-8").replace(
        "max_financed_share = { value = 0.85", "max_financed_share = { value = 1.5"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        apply_user_file(installed_parameters(), copy)
    assert caught.value.code == "param_range" and caught.value.field == "[interest_support] max_financed_share"
    params = load_parameters()  # the copy is left alone and the installed defaults used, with a warning
    assert params.number("interest_support", "max_financed_share") == 0.85
    [warning] = params.warnings
    label = Translator("en")("param_interest_support_max_financed_share")
    assert str(copy) in warning and label in warning and "interest_support.max_financed_share" in warning


# --- old files keep loading ------------------------------------------------------------------------------------

def test_an_old_user_copy_with_plain_values_still_loads(user_dirs: Path) -> None:
    copy = user_dirs / "tables" / "parameters.toml"
    copy.parent.mkdir(parents=True)
    old_sections = {k: v for k, v in raw().items() if k not in ("arrangement", "cirr", "discounting",
                                                                "interest_support", "fund_394", "pre_shipment",
                                                                "bonds", "collection", "stress")}
    copy.write_text(plain_copy(old_sections), encoding="utf-8")
    same = load_parameters()
    assert same.warnings == () and same.values == installed_parameters().values
    copy.write_text(plain_copy(raw(), {"credit": {"pd_floor": 0.001}, "fund_394": {"grant_cap_eur": 150000.0}}),
                    encoding="utf-8")
    mine = load_parameters()
    assert mine.warnings == () and mine.number("credit", "pd_floor") == 0.001
    assert mine.number("fund_394", "grant_cap_eur") == 150000.0
    assert mine.info["credit"].overridden == ("pd_floor",) and mine.info["lgd"].overridden == ()


def test_a_users_copy_of_the_former_finance_file_is_still_read(user_dirs: Path) -> None:
    legacy = user_dirs / "tables" / "finance" / "parameters.toml"
    legacy.parent.mkdir(parents=True)
    legacy.write_text(plain_copy(raw(), {"stress": {"pd_multiplier": 3.0}}), encoding="utf-8")
    params = load_parameters()
    assert params.warnings == () and params.number("stress", "pd_multiplier") == 3.0
    assert installed_parameters().number("stress", "pd_multiplier") != 3.0


def test_a_users_copy_cannot_change_a_range(user_dirs: Path) -> None:
    copy = user_dirs / "tables" / "parameters.toml"
    copy.parent.mkdir(parents=True)
    copy.write_text(INSTALLED.read_text(encoding="utf-8").replace(
        "pd_floor = { value = 0.0003, unit = \"probability\", range = [1e-6, 0.05]",
        "pd_floor = { value = 0.0003, unit = \"probability\", range = [0.0, 1.0]"), encoding="utf-8")
    params = load_parameters()
    assert params.warnings == () and params.declaration("credit", "pd_floor").high == 0.05


# --- typed access and units ------------------------------------------------------------------------------------

def test_typed_access_checks_existence_and_kind() -> None:
    params = installed_parameters()
    assert isinstance(params.integer("fund_394", "instalments"), int)
    assert params.day("arrangement", "reform_date") == date.fromisoformat(raw()["arrangement"]["reform_date"]["value"])
    assert params.text("bonds", "exporter_standing") in params.declaration("bonds", "exporter_standing").choices
    covers = raw()["private_insurance"]["covers_political"]["value"]
    assert params.flag("private_insurance", "covers_political") is covers
    assert set(params.table("forfaiting", "margin_pct")) == set(raw()["forfaiting"]["margin_pct"]["value"])
    with pytest.raises(KeyError, match="fund_394.rate"):
        params.number("fund_394", "rate")
    with pytest.raises(TypeError):
        params.number("bonds", "exporter_standing")
    with pytest.raises(TypeError):
        params.number("forfaiting", "margin_pct")  # a table by category, not one number


@pytest.mark.parametrize(("unit", "value", "english"), [
    ("pct", 0.15, "0.15%"), ("pct_per_year", 0.75, "0.75% a year"), ("pct_per_quarter", 0.25, "0.25% a quarter"),
    ("bp", 20, "20 bp"), ("share", 0.45, "45%"), ("probability", 0.0003, "0.03%"),
    ("share_per_year", 0.1, "10% a year"), ("multiplier", 1.5, "× 1.5"), ("years", 6, "6 years"),
    ("months", 1, "1 month"), ("days", 120, "120 days"), ("count", 200000, "200,000"), ("code", 20261128, "20261128"),
    ("money_eur", 3000.0, "3,000.00 EUR"), ("flag", True, "yes"), ("ratio", 0.12, "0.12"),
])
def test_a_value_is_shown_by_its_unit(unit: str, value: object, english: str) -> None:
    assert format_parameter(value, unit, "en") == english
    texts = {lang: format_parameter(value, unit, lang) for lang in LANGS}
    assert all(texts.values())
    if unit in ("years", "months", "days", "pct_per_year", "flag"):
        assert len(set(texts.values())) == len(texts), texts  # words of each language


def test_units_reach_every_declared_parameter_and_the_report_formatter() -> None:
    params = installed_parameters()
    for name, declared in params.declarations.items():
        section, _, key = name.partition(".")
        assert unit_of(name) == declared.unit
        assert format_parameter(params.values[section][key], declared.unit, "de")
    assert unit_of("forfaiting.margin_pct.3") == "pct_per_year" and unit_of("nothing.here") is None
    table = format_parameter(params.values["forfaiting"]["margin_pct"], "pct_per_year", "en")
    assert table.endswith(" a year") and table.count("a year") == 1 and "HI: 1%" in table


def test_the_installed_file_is_read_from_its_parsed_copy_as_the_toml_parser_reads_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from exportrisk import parameters

    monkeypatch.setenv("EXPORTRISK_CACHE_DIR", str(tmp_path / "cache"))
    path = resources_dir() / "parameters.toml"
    text = path.read_text(encoding="utf-8")
    expected = parameters._sections(text, str(path))
    first = parameters._installed_sections(text, str(path))  # parsed, and the copy written
    [copy] = (tmp_path / "cache").glob("parameters-v*.json")
    assert first == expected
    assert parameters._installed_sections(text, str(path)) == expected  # from the copy
    assert json.dumps(parameters._installed_sections(text, str(path))) == json.dumps(expected)  # types and order
    assert parameters._parse_installed(text, "x").values == parameters.installed_parameters().values
    for damage in (b"\x00{", b'{"format": 1, "sha256": "0", "sections": {}}', b"[]"):
        copy.write_bytes(damage)  # damaged or of another text: parsed again, and written again
        assert parameters._installed_sections(text, str(path)) == expected
        assert json.loads(copy.read_text(encoding="utf-8"))["sections"] == expected
    edited = text.replace('as_of = "2025-03-27"', 'as_of = "2025-03-28"', 1)
    assert edited != text
    assert parameters._installed_sections(edited, str(path)) != expected  # another text: its own copy
    assert len(list((tmp_path / "cache").glob("parameters-v*.json"))) == 2


def test_without_a_usable_cache_folder_the_installed_file_is_parsed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from exportrisk import parameters

    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("EXPORTRISK_CACHE_DIR", str(blocked / "cache"))
    path = resources_dir() / "parameters.toml"
    text = path.read_text(encoding="utf-8")
    assert parameters._installed_sections(text, str(path)) == parameters._sections(text, str(path))


def test_equal_overrides_give_one_shared_copy_and_different_ones_their_own() -> None:
    """with_overrides keeps the copy it made for a set of overrides: a second deal with the same [parameters]
    gets that copy (its checked values with it); values that only compare equal across types (2 and 2.0) or
    other values get their own; none at all gives the parameters themselves; a refused value is never kept."""
    params = load_parameters()
    assert params.with_overrides({}) is params
    first = params.with_overrides({"capital": {"cost_of_capital": 0.12}, "simulation": {"paths": 50_000}})
    again = params.with_overrides({"simulation": {"paths": 50_000}, "capital": {"cost_of_capital": 0.12}})
    assert again is first and again.number("capital", "cost_of_capital") == 0.12
    other = params.with_overrides({"capital": {"cost_of_capital": 0.13}, "simulation": {"paths": 50_000}})
    assert other is not first and other.number("capital", "cost_of_capital") == 0.13
    whole, decimal = (params.with_overrides({"fund_394": {"years": v}}) for v in (7, 7.0))
    assert whole is not decimal and whole.integer("fund_394", "years") == decimal.integer("fund_394", "years") == 7
    for _ in range(2):
        with pytest.raises(InputError):
            params.with_overrides({"fund_394": {"years": 6.5}})
