"""The English country names table gives the names babel and pycountry give, and an English quote reads only it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from exportrisk.country import names
from exportrisk.country.classification import load_countries
from exportrisk.messages import english
from exportrisk.paths import resources_dir
from exportrisk.report.i18n import Translator

ROOT = Path(__file__).resolve().parents[1]


def test_the_shipped_table_is_the_one_the_installed_packages_give_or_is_not_read() -> None:
    """Written from the installed babel and pycountry, the shipped table is exactly what they give and is read;
    from other versions (a fresh environment may install newer ones than packaging/constraints.txt pins) it is
    not read, and the names come from babel as before (the next test compares them either way)."""
    shipped = (resources_dir() / names.NAMES_TABLE).read_text(encoding="utf-8")
    stamp = next(line for line in shipped.splitlines() if line.startswith("# versions:"))
    if stamp.partition(":")[2].strip() == names.installed_versions():
        assert shipped == names.table_text()
        assert names.read_table(resources_dir() / names.NAMES_TABLE) is not None
    else:  # after an upgrade of babel or pycountry; `python -m exportrisk.country.names` writes the table again
        assert names.read_table(resources_dir() / names.NAMES_TABLE) is None


def test_every_code_has_the_name_and_alpha_2_of_babel_and_pycountry() -> None:
    english = Translator("en")
    codes = sorted({r.alpha_3 for r in pycountry.countries} | set(load_countries().countries) | {"XKX", "ZZZ"})
    assert [c for c in codes if names.english_name(c, "?") != english.country(c, "?")] == []
    known = {r.alpha_3: r.alpha_2 for r in pycountry.countries}
    assert [c for c in codes if names.alpha_2(c) != known.get(c)] == []
    assert names.english_name("BRA", "?") == "Brazil" and names.english_name("ZZZ", "?") == "?"


def test_a_message_names_a_country_as_the_english_report_does() -> None:
    for iso3 in ("TUR", "CIV", "GBR", "KOR", "SHN"):
        assert english("country", iso3) == Translator("en").country(iso3, iso3) != iso3
    assert english("country", "ZZZ") == "ZZZ"


@pytest.mark.parametrize("stamp", ["# versions: babel 0.0, pycountry 0.0\n", ""])
def test_a_table_written_from_other_versions_is_not_read(tmp_path: Path, stamp: str) -> None:
    text = names.table_text()
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("# versions:"))
    path = tmp_path / "names.csv"
    path.write_text(stamp + body, encoding="utf-8")
    assert names.read_table(path) is None
    path.write_text(text, encoding="utf-8")
    assert names.read_table(path) == names.read_table(resources_dir() / names.NAMES_TABLE)
    path.write_text(text.replace("iso3,alpha2,en", "iso3,en"), encoding="utf-8")
    assert names.read_table(path) is None


def test_an_english_quote_loads_neither_babel_nor_pycountry(tmp_path: Path) -> None:
    """The quote's country names come from the table: babel's locale data and pycountry's database stay unread."""
    code = ("import sys, runpy; sys.argv = ['exportrisk', 'quote', sys.argv[1], '--offline'];"
            "import exportrisk.cli as cli; cli.main(sys.argv[1:]);"
            "print(sorted(m for m in ('babel', 'pycountry') if m in sys.modules), file=sys.stderr)")
    env = dict(os.environ, EXPORTRISK_OFFLINE="1", EXPORTRISK_DATA_DIR=str(tmp_path / "data"),
               EXPORTRISK_CACHE_DIR=str(tmp_path / "cache"))
    example = ROOT / "resources/examples/italy_textiles_brazil.toml"
    done = subprocess.run([sys.executable, "-c", code, str(example)], capture_output=True, text=True, env=env,
                          cwd=ROOT, check=True)
    assert "Brazil" in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"')) == []


def test_the_installed_versions_are_read_as_importlib_metadata_reads_them() -> None:
    from importlib import metadata

    assert names.installed_versions() == ", ".join(f"{n} {metadata.version(n)}" for n in names.SOURCES)
