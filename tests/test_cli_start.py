"""What a command-line quote leaves unloaded (checked in a fresh process), and the cheap readers it uses instead."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from exportrisk.paths import installed_version

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources/examples/italy_textiles_brazil.toml"
#: Loaded by other commands (a report, the CIRR of a deal with [finance], a refresh), never by a plain quote.
NOT_FOR_A_QUOTE = ("babel", "pycountry", "reportlab", "matplotlib", "PySide6", "yfinance", "exportrisk.finance.cirr",
                   "exportrisk.report.render", "exportrisk.engine.whatif")


def loaded_after(args: list[str], tmp_path: Path) -> tuple[str, list[str]]:
    """The output of `exportrisk <args>` run in a fresh interpreter, and every module loaded by its end."""
    code = ("import sys, exportrisk.cli as cli; status = cli.main(sys.argv[1:]);"
            "print(sorted(sys.modules), file=sys.stderr); raise SystemExit(status)")
    env = dict(os.environ, EXPORTRISK_OFFLINE="1", EXPORTRISK_DATA_DIR=str(tmp_path / "data"),
               EXPORTRISK_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"'))


@pytest.mark.parametrize("options", [[], ["--format", "json", "--no-what-if"]], ids=["text", "json"])
def test_a_quote_loads_no_report_finance_or_locale_module(tmp_path: Path, options: list[str]) -> None:
    output, modules = loaded_after(["quote", str(EXAMPLE), "--offline", *options], tmp_path)
    assert "Forfaiting" in output
    assert [m for m in modules if m.split(".")[0] in NOT_FOR_A_QUOTE or m in NOT_FOR_A_QUOTE] == []
    assert "exportrisk.engine.quote" in modules  # the check sees what the quote loaded


def test_a_json_quote_opens_no_register(tmp_path: Path) -> None:
    _, modules = loaded_after(["quote", str(EXAMPLE), "--offline", "--format", "json", "--no-what-if"], tmp_path)
    assert [m for m in modules if m.startswith(("sqlite3", "exportrisk.register"))] == []


def test_installed_version_reads_what_importlib_metadata_reads() -> None:
    names = sorted({d.metadata["Name"] for d in metadata.distributions()})
    assert len(names) > 20
    assert [n for n in names if installed_version(n) != metadata.version(n)] == []
    assert installed_version("no-such-distribution-exportrisk") is None
