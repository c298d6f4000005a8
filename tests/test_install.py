"""A clean install: the wheel, built offline and installed into a fresh venv, runs from an empty folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from exportrisk import __version__
from exportrisk.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                    ".ruff_cache", ".hypothesis", "out")
EXAMPLE = "italy_textiles_brazil.toml"


@dataclass(frozen=True)
class Install:
    """A venv holding only the installed wheel; its dependencies come from the test venv through a .pth."""

    wheel: Path
    sdist: Path
    python: Path
    scripts: Path
    site: Path
    work: Path
    env: dict[str, str]

    def run(self, program: str, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
        exe = self.scripts / (f"{program}.exe" if os.name == "nt" else program)
        return subprocess.run([str(exe), *args], cwd=self.work, env=self.env, capture_output=True, text=True,
                              timeout=timeout)


def shipped_resources() -> list[str]:
    """Every file under the repository's resources/, as a relative POSIX path."""
    return sorted(p.relative_to(resources_dir()).as_posix() for p in resources_dir().rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def install(tmp_path_factory: pytest.TempPathFactory) -> Install:
    base = tmp_path_factory.mktemp("clean-install")
    source, dist, venv, work, home = (base / name for name in ("source", "dist", "venv", "work", "home"))
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)  # the build writes build/ and egg-info: not in our tree
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source)],
                   check=True, capture_output=True, text=True)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The test venv's site-packages as a plain path: its dependencies, but not its editable-install hook
    # (.pth files of a folder named in a .pth are not run), so the project itself is not importable from it.
    (site / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    wheel = next(dist.glob("exportrisk-*.whl"))
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, text=True)
    work.mkdir()
    home.mkdir()
    shutil.copy(resources_dir() / "examples" / EXAMPLE, work / EXAMPLE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "EXPORTRISK_", "XDG_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen", EXPORTRISK_OFFLINE="1")
    return Install(wheel, next(dist.glob("exportrisk-*.tar.gz")), python, python.parent, site, work, env)


def test_wheel_and_sdist_carry_every_resource_and_the_licence(install: Install) -> None:
    with zipfile.ZipFile(install.wheel) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    packaged = sorted(n.removeprefix("exportrisk/resources/") for n in names if n.startswith("exportrisk/resources/"))
    assert packaged == shipped_resources()
    assert f"Version: {__version__}" in metadata and "License-Expression: MIT" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    # no common top-level name in site-packages: the repository's ui/ installs as exportrisk_ui
    assert {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")} == {"exportrisk",
                                                                                              "exportrisk_ui"}
    with tarfile.open(install.sdist) as sdist:
        top = f"exportrisk-{__version__}/"
        inside = {m.name.removeprefix(top) for m in sdist.getmembers() if m.isfile()}
    assert {"main.py", "LICENSE", "setup.py", "pyproject.toml", "packaging/exportrisk.spec"} <= inside
    assert sorted(n.removeprefix("resources/") for n in inside if n.startswith("resources/")) == shipped_resources()


def test_the_installed_package_is_the_one_imported(install: Install) -> None:
    where = subprocess.run([str(install.python), "-c", "import exportrisk.paths as p; print(p.resources_dir())"],
                           cwd=install.work, env=install.env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()) == install.site / "exportrisk" / "resources"


def test_commands_run_from_an_empty_folder(install: Install) -> None:
    for program in ("exportrisk", "exportrisk-gui"):
        version = install.run(program, "--version")
        assert (version.returncode, version.stdout.strip()) == (0, f"exportrisk {__version__}")
    quote = install.run("exportrisk", "quote", EXAMPLE, "--offline", "--sims", "5000", "--format", "json")
    assert quote.returncode == 0, quote.stderr
    assert any(option["available"] for option in json.loads(quote.stdout)["options"])
    premium = install.run("exportrisk", "premium", "--category", "3", "--buyer", "CC2", "--days", "90")
    assert premium.returncode == 0, premium.stderr
    report = install.run("exportrisk", "report", EXAMPLE, "-o", "report.pdf", "--lang", "it", "--sims", "5000")
    assert report.returncode == 0, report.stderr
    italian = resources_dir() / "i18n" / "it" / "report.json"
    heading = json.loads(italian.read_text(encoding="utf-8"))["recommended_cover"]
    assert heading in " ".join(page.extract_text() for page in PdfReader(install.work / "report.pdf").pages)


def test_gui_self_test_passes(install: Install) -> None:
    done = install.run("exportrisk-gui", "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "wrote" in done.stdout


def moved_away(install: Install, relative: str) -> Path:
    path = install.site / "exportrisk" / "resources" / relative
    return path.rename(path.with_name(path.name + ".hidden"))


@pytest.mark.parametrize(("relative", "args"), [
    ("parameters.toml", ("quote", EXAMPLE, "--offline")),
    ("premium/short_term_tariff.csv", ("premium", "--category", "3", "--buyer", "CC2", "--days", "90")),
    ("fonts/DejaVuSans.ttf", ("report", EXAMPLE, "-o", "missing-font.pdf", "--sims", "2000")),
])
def test_a_missing_installed_file_is_one_line_naming_it(install: Install, relative: str,
                                                        args: tuple[str, ...]) -> None:
    hidden = moved_away(install, relative)
    try:
        done = install.run("exportrisk", *args)
    finally:
        hidden.rename(hidden.with_name(hidden.name.removesuffix(".hidden")))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert Path(relative).name in lines[0] and "Traceback" not in done.stderr


def test_gui_self_test_fails_fast_with_the_real_error(install: Install) -> None:
    hidden = moved_away(install, "country/oecd_country_risk.csv")
    start = time.perf_counter()
    try:
        done = install.run("exportrisk-gui", "--self-test", timeout=100)
    finally:
        hidden.rename(hidden.with_name(hidden.name.removesuffix(".hidden")))
    assert done.returncode == 1
    assert "oecd_country_risk.csv" in done.stderr and "FAILED" in done.stderr
    assert time.perf_counter() - start < 60  # the time limit of the self-test is 120 s
