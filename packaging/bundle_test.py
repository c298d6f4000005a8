"""Smoke-test the built bundle from outside it, with an empty HOME: what a user's first run does."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_facts import MAX_FILES, MAX_MEGABYTES, bundle_folder, facts, program  # noqa: E402

from exportrisk.paths import resources_dir  # noqa: E402 (the build venv has the checkout installed)

EXAMPLE = resources_dir() / "examples" / "italy_textiles_brazil.toml"
POOL = resources_dir() / "examples" / "pools" / "brianza_furniture.toml"
BATCH_CSV = ("valuation_date,exporter_name,home_currency,buyer_name,buyer_country,amount,currency,payment_days,"
             "instrument,buyer_rating,target_margin\n"
             "2026-10-30,Tessitura Rossi,EUR,Loja Azul,BRA,120000,USD,90,open_account,BB,0.15\n")


class Failure(Exception):
    """One check of the bundle failed; the message says which and what it printed."""


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user who never ran ExportRisk: empty home, no Python variables, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "EXPORTRISK_", "QT_"))}
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                 "XDG_CACHE_HOME"):
        env.pop(name, None)
    env["HOME"] = env["USERPROFILE"] = str(home)
    if sys.platform == "win32":
        env["APPDATA"], env["LOCALAPPDATA"] = str(home / "AppData" / "Roaming"), str(home / "AppData" / "Local")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["EXPORTRISK_OFFLINE"] = "1"
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], expect: int = 0,
        timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run one bundle program; raise Failure with its output when the exit code is not `expect`."""
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    shown = " ".join(Path(command[0]).name if i == 0 else c for i, c in enumerate(command))
    if done.returncode != expect:
        raise Failure(f"`{shown}` exited {done.returncode}, expected {expect}:\n{done.stdout}{done.stderr}")
    if "Traceback" in done.stderr:
        raise Failure(f"`{shown}` printed a traceback:\n{done.stderr}")
    print(f"ok   {shown}")
    return done


def check(folder: Path, version: str, work: Path) -> None:
    """Every check against the bundle in `folder`, run from the empty folder `work`."""
    home = work / "home"
    home.mkdir()
    env = clean_env(home)
    gui, cli = str(program(folder, "ExportRisk")), str(program(folder, "exportrisk-cli"))
    for exe in (cli, gui):
        out = run([exe, "--version"], work, env).stdout.strip()
        if out != f"exportrisk {version}":
            raise Failure(f"{exe} --version printed {out!r}, expected 'exportrisk {version}'")
    listed = run([cli, "--help"], work, env).stdout
    names = re.search(r"\{([a-z,]+)\}", listed)
    if names is None:
        raise Failure(f"exportrisk-cli --help lists no subcommands:\n{listed}")
    for name in names.group(1).split(","):
        run([cli, name, "--help"], work, env)
    deal = work / "deal.toml"
    shutil.copy(EXAMPLE, deal)
    quote = json.loads(run([cli, "quote", str(deal), "--offline", "--sims", "5000", "--format", "json"],
                           work, env).stdout)
    if not quote.get("options"):
        raise Failure(f"quote printed no options: {quote}")
    run([cli, "fx", "--home", "EUR", "--foreign", "USD", "--amount", "250000", "--days", "120", "--offline"],
        work, env)
    run([cli, "premium", "--category", "3", "--buyer", "CC2", "--days", "90"], work, env)
    shutil.copy(POOL, work / "pool.toml")
    run([cli, "consortium", str(work / "pool.toml"), "--sims", "2000"], work, env)
    (work / "deals.csv").write_text(BATCH_CSV, encoding="utf-8")
    run([cli, "batch", str(work / "deals.csv"), "--out", str(work / "batch"), "--sims", "2000"], work, env)
    pdf = work / "rapporto.pdf"
    run([cli, "report", str(deal), "-o", str(pdf), "--lang", "it", "--sims", "5000"], work, env)
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    italian = resources_dir() / "i18n" / "it" / "report.json"
    heading = json.loads(italian.read_text(encoding="utf-8"))["recommended_cover"]
    if heading not in text:
        raise Failure(f"the Italian report lacks the heading {heading!r}: {text[:300]!r}")
    print(f"ok   the Italian PDF reads back ({pdf.stat().st_size:,} bytes)")
    bad = work / "bad.toml"
    bad.write_text("[deal]\namount = -5\n", encoding="utf-8")
    lines = run([cli, "quote", str(bad), "--offline"], work, env, expect=2).stderr.strip().splitlines()
    if len(lines) != 1:
        raise Failure(f"a bad deal file should give one error line, got {len(lines)}: {lines}")
    print(f"ok   bad deal file: {lines[0]}")
    run([gui, "--self-test"], work, env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="folder holding the built bundle")
    parser.add_argument("--max-glibc", help="fail if the bundle needs a newer glibc than this (e.g. 2.35)")
    args = parser.parse_args()
    folder = bundle_folder(args.dist)
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "exportrisk" / "__init__.py").read_text()).group(1)
    if not program(folder, "ExportRisk").is_file():
        print(f"bundle-test: no bundle in {folder}; run `make bundle` first", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="exportrisk-bundle-test-") as work:
            check(folder, version, Path(work))
        found = facts(folder)
        print(f"size {found['megabytes']:.0f} MB (limit {MAX_MEGABYTES}), {found['files']} files (limit {MAX_FILES}), "
              f"needs glibc {found['glibc'] or 'n/a'}")
        if found["megabytes"] > MAX_MEGABYTES or found["files"] > MAX_FILES:
            raise Failure("the bundle is over its size or file-count limit; see packaging/trim.py")
        if args.max_glibc and found["glibc"] and (tuple(map(int, found["glibc"].split("."))) >
                                                  tuple(map(int, args.max_glibc.split(".")))):
            raise Failure(f"the bundle needs glibc {found['glibc']}, newer than {args.max_glibc}: build it on an "
                          "older Linux (the release workflow uses Ubuntu 22.04)")
    except (Failure, subprocess.TimeoutExpired) as exc:
        print(f"bundle-test: FAILED: {exc}", file=sys.stderr)
        return 1
    print("bundle-test: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
