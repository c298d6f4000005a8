"""The report's assumptions table writes each parameter by its unit and language; assumptions carry their unit."""

from __future__ import annotations

import json

import pytest

from exportrisk.engine.result import Assumption
from exportrisk.parameters import installed_parameters
from exportrisk.report.i18n import Translator
from exportrisk.report.sections import assumptions_section


def _assumptions(*sections: str) -> tuple[Assumption, ...]:
    params = installed_parameters()
    return tuple(Assumption(f"{s}.{k}", v, params.info[s].source, params.info[s].as_of, params.info[s].assumption,
                            False) for s in sections for k, v in params.values[s].items())


def _values(lang: str, *sections: str) -> dict[str, str]:
    """The value column of the table, by parameter label."""
    t = Translator(lang)
    rows = assumptions_section(t, _assumptions(*sections)).tables[0].rows
    return {row[0]: row[1] for row in rows if row[1]}


@pytest.mark.parametrize(("lang", "point"), [("en", "."), ("it", ","), ("de", ","), ("pl", ",")])
def test_the_table_writes_shares_money_and_days_by_their_unit_in_the_language(lang: str, point: str) -> None:
    params = installed_parameters()
    t = Translator(lang)
    shown = _values(lang, "lgd", "letter_of_credit")
    share = params.values["lgd"]["lc_confirmed"]  # a share: 0.333 reads as 33.3 %
    percent = f"{share * 100:g}".replace(".", point)
    assert percent in shown[t("param_lgd_lc_confirmed")] and "%" in shown[t("param_lgd_lc_confirmed")]
    assert str(share).replace(".", point) not in shown[t("param_lgd_lc_confirmed")]
    fee = shown[t("param_letter_of_credit_advising_fee_eur")]  # money in euros, two decimals
    assert "EUR" in fee and fee.endswith("EUR") and f"{point}00" in fee
    days = shown[t("param_letter_of_credit_max_days")]
    assert str(params.values["letter_of_credit"]["max_days"]) in days and days != str(
        params.values["letter_of_credit"]["max_days"])  # "360 days", "360 giorni": a word of the language


def test_a_table_by_category_and_a_seed_keep_their_form() -> None:
    shown = _values("de", "forfaiting", "simulation")
    t = Translator("de")
    assert shown[t("param_simulation_seed")] == str(installed_parameters().values["simulation"]["seed"])
    margins = shown[t("param_forfaiting_margin_pct")]
    assert margins.count(":") == len(installed_parameters().values["forfaiting"]["margin_pct"])
    assert "1,25%" in margins and "1.25" not in margins  # German decimal commas


def test_an_assumption_writes_its_unit_and_an_entry_without_one_still_loads() -> None:
    assumption = _assumptions("lgd")[0]
    written = json.loads(json.dumps(assumption.to_dict()))
    assert written["unit"] == installed_parameters().declaration("lgd", assumption.name.split(".")[1]).unit
    assert Assumption.from_dict(written) == Assumption(**{**assumption.__dict__, "unit": written["unit"]})
    old = {k: v for k, v in written.items() if k != "unit"}  # a quote written before units
    loaded = Assumption.from_dict(old)
    assert loaded.unit is None and loaded.declared_unit == written["unit"] and loaded.value == assumption.value
    gone = Assumption.from_dict({**old, "name": "lgd.retired_key"})  # a parameter this version no longer declares
    assert gone.declared_unit is None and "unit" not in gone.to_dict()
    row = assumptions_section(Translator("it"), (gone,)).tables[0].rows[-1]
    assert row[0] == gone.name and row[1] == str(gone.value).replace(".", ",")  # a plain number in Italian
