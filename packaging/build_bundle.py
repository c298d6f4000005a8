"""Build the one-folder bundle with PyInstaller and report its build time, size and file count."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_facts import bundle_folder, facts  # noqa: E402


def strippable(path: Path) -> bool:
    """An ELF file that `strip` can shrink safely: not a wheel's vendored library (a `*.libs` folder) and not
    re-linked to one by auditwheel (a RUNPATH into `*.libs`): strip breaks those files' patched layout."""
    if any(part.endswith(".libs") for part in path.parts) or path.is_symlink():
        return False
    with path.open("rb") as handle:
        if handle.read(4) != b"\x7fELF":
            return False
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return not any(".libs" in line for line in dynamic.splitlines() if "PATH" in line)


def strip_binaries(internal: Path) -> int:
    """Strip symbol tables from the bundle's ELF files (Linux); returns how many were stripped."""
    if not (shutil.which("strip") and shutil.which("readelf")):
        return 0
    targets = [str(p) for p in internal.rglob("*") if p.is_file() and strippable(p)]
    for start in range(0, len(targets), 200):
        subprocess.run(["strip", "--strip-unneeded", *targets[start:start + 200]], check=True)
    return len(targets)


def main() -> int:
    from PyInstaller.__main__ import run

    dist, work = ROOT / "dist", ROOT / "build" / "pyinstaller"
    for folder in (dist / "ExportRisk", dist / "ExportRisk.app"):
        shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    run(["--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
         str(ROOT / "packaging" / "exportrisk.spec")])
    if sys.platform.startswith("linux"):
        print(f"stripped {strip_binaries(dist / 'ExportRisk' / '_internal')} binaries")
    seconds = time.perf_counter() - start
    found = facts(bundle_folder(dist))
    found["build_seconds"] = round(seconds, 1)
    (dist / "bundle-facts.json").write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    print(f"bundle: {found['folder']} built in {seconds:.0f} s: {found['megabytes']:.0f} MB, {found['files']} files, "
          f"needs glibc {found['glibc'] or 'n/a'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
