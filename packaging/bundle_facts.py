"""Facts about a built bundle: where it is, its programs, size, file count and the newest glibc it needs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: Release limits checked by `make bundle-test`.
MAX_MEGABYTES = 350
MAX_FILES = 1500
GLIBC_SYMBOL = re.compile(rb"GLIBC_(2\.\d+(?:\.\d+)?)\x00")


def bundle_folder(dist: Path) -> Path:
    """The folder holding the programs: dist/ExportRisk, or the macOS app's Contents/MacOS."""
    app = dist / "ExportRisk.app" / "Contents" / "MacOS"
    return app if app.is_dir() else dist / "ExportRisk"


def program(folder: Path, name: str) -> Path:
    """The path of program `name` ("ExportRisk" or "exportrisk-cli") in the bundle folder."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def glibc_needed(folder: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle references (None off Linux)."""
    newest: tuple[int, ...] = ()
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
            data = handle.read()
        for match in GLIBC_SYMBOL.finditer(data):
            newest = max(newest, tuple(int(p) for p in match.group(1).split(b".")))
    return ".".join(map(str, newest)) or None


def facts(folder: Path) -> dict:
    """Size in MB (10^6 bytes, symlinks not followed), file count and glibc floor of the bundle at `folder`."""
    top = folder.parents[1] if folder.name == "MacOS" else folder
    files = [p for p in top.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    return {"folder": str(top), "megabytes": round(size / 1e6, 1), "files": len(files),
            "glibc": glibc_needed(top) if sys.platform.startswith("linux") else None}
