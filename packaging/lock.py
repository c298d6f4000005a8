"""Print a new packaging/constraints.txt from a build venv: its exact versions, plus the pins PyInstaller needs
only on Windows and macOS (kept from the current file, since this machine cannot resolve them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OTHER_PLATFORMS = ("pefile", "pywin32-ctypes", "macholib")
HEADER = """# Pinned versions for reproducible release builds (make bundle; the release workflow). Regenerate with
# `make lock` after changing pyproject.toml's dependencies. Only used for builds: `make test` takes the newest."""


def main() -> int:
    venv = Path(sys.argv[1])
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    frozen = subprocess.run([str(python), "-m", "pip", "freeze", "--all", "--exclude-editable"], capture_output=True,
                            text=True, check=True).stdout.splitlines()
    old = (HERE / "constraints.txt").read_text(encoding="utf-8").splitlines()
    kept = [line for line in old if line.split("==")[0].strip().lower() in OTHER_PLATFORMS]
    print(HEADER)
    print("\n".join(line for line in frozen if line and not line.lower().startswith("exportrisk")))
    print("# Build tools PyInstaller needs on Windows and macOS only")
    print("\n".join(kept))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
