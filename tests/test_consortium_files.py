"""Pool files and CSVs through `exportrisk consortium`: cent-exact allocations, the JSON/text output, and one-line
errors (exit code 2) for bad input."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from exportrisk.cli import main
from exportrisk.consortium.analysis import analyse_pool
from exportrisk.consortium.designs import PARTS
from exportrisk.consortium.io import load_pool
from exportrisk.consortium.output import consortium_to_dict
from exportrisk.paths import resources_dir

POOLS = resources_dir() / "examples" / "pools"
BRIANZA = POOLS / "brianza_furniture.toml"
CENTRO_CSV = POOLS / "centro_nord_receivables.csv"
HEADER = "member,kind,buyer_name,buyer_country,buyer_rating,amount,currency,payment_days,instrument"
GOOD_ROW = "Alfa S.r.l.,receivable,Lakeshore Inc.,USA,BBB,120000,USD,90,open_account"


def cents(x: float) -> int:
    return round(x * 100)


def consortium(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(["consortium", *map(str, args)])
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the user would see a traceback
        pytest.fail(f"exportrisk consortium raised {type(exc).__name__}: {exc!r} (the user sees a traceback)")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(result: tuple[int, str, str], *expected: str) -> None:
    code, out, err = result
    assert code == 2, err
    assert out == ""  # nothing half-processed
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in lines[0], lines[0]


# --- allocations add up to the pool, to the cent ---------------------------------------------------------------------

def assert_members_add_up(data: dict[str, Any]) -> None:
    members, pool = data["members"], data["pool"]
    for key, total in (("standalone_cost", "standalone_cost"), ("pooled_cost", "pooled_cost"), ("saving", "saving"),
                       ("same_cover_alone", "same_cover_alone"), ("risk_contribution", "es_99"),
                       ("expected_loss", "expected_loss"), ("pooled_cost_by_exposure", "pooled_cost")):
        assert sum(cents(m[key]) for m in members) == cents(pool[total]), key
    assert set(pool["pooled_cost_parts"]) == set(PARTS)
    for part, total in pool["pooled_cost_parts"].items():
        assert sum(cents(m["cost_parts"][part]) for m in members) == cents(total), part
    for m in members:
        for key in ("standalone_cost", "pooled_cost", "risk_contribution", "expected_loss"):
            assert abs(m[key] * 100 - cents(m[key])) < 1e-6, (m["name"], key)  # whole cents


@pytest.mark.parametrize("source", ["brianza", "csv"])
def test_allocations_sum_to_the_pool_totals(source: str) -> None:
    pool = load_pool(BRIANZA) if source == "brianza" else load_pool(CENTRO_CSV, "EUR", "2026-10-30")
    result = analyse_pool(pool, scenarios=20_000)
    assert len(result.members) == (5 if source == "brianza" else 44)
    # unrounded: Euler contributions add up to the pool's ES 99 %, expected losses to its expected loss
    assert sum(m.risk_contribution for m in result.members) == pytest.approx(result.es_99, rel=1e-9)
    assert sum(m.expected_loss for m in result.members) == pytest.approx(result.expected_loss, rel=1e-9)
    for part in PARTS:
        assert sum(m.cost_parts[part] for m in result.members) == pytest.approx(result.pooled_parts[part], rel=1e-9,
                                                                                abs=1e-6)
    assert_members_add_up(consortium_to_dict(result))


def test_required_contribution_rate_keeps_the_fund_under_target() -> None:
    pool = load_pool(BRIANZA)
    result = analyse_pool(pool, scenarios=20_000, seed=5)
    fund = result.fund
    assert fund.size == pytest.approx(fund.contribution_rate * result.exposure)
    assert 0 < fund.required_contribution_rate < 1
    override = {**pool.parameters, "consortium": {"fund_contribution_rate": fund.required_contribution_rate}}
    again = analyse_pool(dataclasses.replace(pool, parameters=override), scenarios=20_000, seed=5)
    assert again.fund.contribution_rate == fund.required_contribution_rate
    assert again.fund.exhaustion_probability <= fund.target_exhaustion + 1 / 20_000
    # same seed, same scenarios: the smaller of the two funds is exhausted at least as often
    (_, p_small), (_, p_large) = sorted([(fund.contribution_rate, fund.exhaustion_probability),
                                         (again.fund.contribution_rate, again.fund.exhaustion_probability)])
    assert p_small >= p_large


# --- CLI output ------------------------------------------------------------------------------------------------------

def test_cli_json_for_the_brianza_pool(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = consortium(capsys, BRIANZA, "--sims", "20000", "--seed", "3", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert len(data["members"]) == 5
    for m in data["members"]:
        assert {"name", "standalone_cost", "pooled_cost", "saving", "risk_contribution"} <= set(m)
        assert cents(m["saving"]) == cents(m["standalone_cost"]) - cents(m["pooled_cost"])
    assert {m["name"] for m in data["members"]} == {"Mobilificio Colombo S.r.l.", "Sedie Brambilla S.n.c.",
                                                   "Intagli Fumagalli S.r.l.", "Tappezzeria Villa S.r.l.",
                                                   "Laccature Sala S.p.A."}
    assert data["pool"]["members"] == 5 and data["pool"]["receivables"] == 9
    assert "membership fees" not in data["pool"]["pooled_cost_parts"]  # paid in every design: its own line
    assert data["membership_fees"]["total"] == 5 * 1200 == 5 * data["membership_fees"]["per_member"]
    assert {"standalone_margin", "pooled_margin", "saving", "buckets", "hedging_alone",
            "hedging_pooled"} <= set(data["netting"])
    assert data["netting"]["hedging_pooled"] < data["netting"]["hedging_alone"]
    assert data["netting"]["saving"] > 0  # Colombo's USD receivable meets Intagli's USD payable in days 91-120
    policy = data["group_policy"]
    assert {"standalone_premium", "pooled_premium", "volume_discount"} <= set(policy)
    assert "ASSUMPTION" in policy["volume_discount_note"]
    fund = data["fund"]
    assert {"size", "exhaustion_probability", "expected_loss_beyond", "required_contribution_rate"} <= set(fund)
    assert fund["size"] == pytest.approx(0.02 * data["pool"]["exposure"], abs=0.01)
    assert 0 <= fund["exhaustion_probability"] <= 1
    assert data["simulation"] == {"scenarios": 20000, "seed": 3}
    assert_members_add_up(data)


def test_cli_text_for_the_brianza_pool(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = consortium(capsys, BRIANZA, "--sims", "5000", "--format", "text")
    assert code == 0, err
    first, _, rest = out.partition("\n\n")
    assert first == json.loads(consortium(capsys, BRIANZA, "--sims", "5000", "--format", "json")[1])["verdict"]
    assert rest.startswith("Consortium: Consorzio Export Legno Brianza (5 members, 9 receivables")
    assert "volume discount" in out and "an assumption" in out
    assert "guarantee fund" in out and "FX netting" in out
    assert "Laccature Sala S.p.A." in out and "  total" in out
    assert "5,000 scenarios" in out


def test_cli_csv_with_home_and_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "trio.csv"
    csv_file.write_text("\n".join([HEADER, GOOD_ROW,
                                   "Beta S.p.A.,receivable,Harrow Ltd,GBR,BBB-,50000,GBP,60,open_account",
                                   "Beta S.p.A.,payable,,,,30000,USD,70,",
                                   "Gamma S.n.c.,receivable,Gulf LLC,DEU,A,80000,EUR,45,open_account"]) + "\n")
    code, out, err = consortium(capsys, csv_file, "--home", "USD", "--as-of", "2026-10-30", "--sims", "2000",
                                "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["home_currency"] == "USD" and data["valuation_date"] == "2026-10-30"
    assert data["consortium"] == "trio"
    assert [m["name"] for m in data["members"]] == ["Alfa S.r.l.", "Beta S.p.A.", "Gamma S.n.c."]
    # home USD: the USD receivable and payable are home-currency flows, not hedged; EUR and GBP are
    assert {b["currency"] for b in data["netting"]["buckets"]} == {"GBP", "EUR"}
    assert data["pool"]["exposure"] > 120_000
    assert_members_add_up(data)


# --- bad files: exit 2, one line naming the row/entry and field ---------------------------------------------------

BAD_ROWS = {
    "text amount": ("Beta,receivable,B2,USA,BBB,abc,USD,60,open_account", ("rows[3].amount", "abc")),
    "bad instrument": ("Beta,receivable,B2,USA,BBB,1000,USD,60,wire_transfer", ("rows[3].instrument", "wire_transfer")),
    "unknown country": ("Beta,receivable,B2,Atlantis,BBB,1000,USD,60,open_account", ("row 3", "country")),
    "empty member": (",receivable,B2,USA,BBB,1000,USD,60,open_account", ("rows[3].member",)),
    "bad kind": ("Beta,refund,B2,USA,BBB,1000,USD,60,open_account", ("rows[3].kind", "refund")),
    "unknown currency": ("Beta,receivable,B2,USA,BBB,1000,XYZ,60,open_account", ("row 3", "XYZ")),
    "unknown payable currency": ("Beta,payable,,,,1000,XYZ,60,", ("row 3", "XYZ")),
    "empty payment days": ("Beta,receivable,B2,USA,BBB,1000,USD,,open_account", ("rows[3].payment_days", "empty")),
    "infinite payment days": ("Beta,receivable,B2,USA,BBB,1000,USD,inf,open_account", ("rows[3].payment_days", "inf")),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_bad_csv_row(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row, expected = BAD_ROWS[case]
    csv_file = tmp_path / "pool.csv"
    csv_file.write_text(f"{HEADER}\n{GOOD_ROW}\n{row}\n")
    assert_one_line_error(consortium(capsys, csv_file, "--as-of", "2026-10-30", "--sims", "1000"), *expected)


def test_csv_missing_a_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "pool.csv"
    csv_file.write_text("member,buyer_name,buyer_country,currency,payment_days,instrument\n"
                        "Alfa,Lakeshore Inc.,USA,USD,90,open_account\n")
    assert_one_line_error(consortium(capsys, csv_file, "--as-of", "2026-10-30"), "column(s) amount")


POOL_HEAD = 'schema = 1\nvaluation_date = "2026-10-30"\n\n[consortium]\nname = "Test"\nhome_currency = "EUR"\n'
MEMBER = '\n[[members]]\nname = "{name}"\n'
RECEIVABLE = ('  [[members.receivables]]\n  buyer = {{ name = "Lakeshore", country = "USA", rating = "BBB" }}\n'
              '  deal = {{ amount = 1000, currency = "{ccy}", payment_days = 60, instrument = "open_account" }}\n')


def pool_text(*members: str, ccy: str = "USD", head: str = POOL_HEAD) -> str:
    return head + "".join(MEMBER.format(name=m) + RECEIVABLE.format(ccy=ccy) for m in members)


def test_duplicate_members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pool.toml"
    path.write_text(pool_text("Alfa", "Beta", "Alfa"))
    assert_one_line_error(consortium(capsys, path), "members[2].name", "Alfa", "already listed")


def test_csv_row_for_an_unknown_member(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "rows.csv").write_text(f"{HEADER}\n{GOOD_ROW}\nGhost S.r.l.,receivable,B2,USA,BBB,1000,USD,60,"
                                       "open_account\n")
    path = tmp_path / "pool.toml"
    path.write_text('receivables_csv = "rows.csv"\n' + pool_text("Alfa S.r.l."))
    assert_one_line_error(consortium(capsys, path), "rows[3].member", "Ghost S.r.l.")


def test_unknown_currency_in_a_pool_file_names_the_receivable(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pool.toml"
    path.write_text(pool_text("Alfa", ccy="XYZ"))
    assert_one_line_error(consortium(capsys, path, "--sims", "1000"), "members[0].receivables[0]", "XYZ")


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("broken.toml", pool_text("Alfa").replace('name = "Test"', 'name = "Test'), ("TOML syntax error",)),
    ("broken.json", '{"schema": 1, "valuation_date": "2026-10-30",\n "members": [}', ("JSON syntax error", "line 2")),
    ("empty.toml", "members = []\n" + POOL_HEAD, ("no members",)),
    ("extra.toml", pool_text("Alfa", head=POOL_HEAD.replace("schema = 1", "schema = 1\ncolour = 'red'")),
     ("colour", "no field")),
    ("badmember.toml", pool_text("Alfa").replace('name = "Alfa"', 'name = "Alfa"\nshoe_size = 42'),
     ("members[0].shoe_size",)),
    ("badinstrument.toml", pool_text("Alfa").replace("open_account", "barter"), ("members[0].receivables[0]",
                                                                                 "instrument")),
])
def test_bad_pool_file(name: str, text: str, expected: tuple[str, ...], tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_text(text)
    assert_one_line_error(consortium(capsys, path, "--sims", "1000"), *expected)
