"""What a command-line quote leaves unloaded (checked in a fresh process), and the cheap readers it uses instead."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from exportrisk.paths import installed_version

ROOT = Path(__file__).resolve().parents[1]


def test_installed_version_reads_what_importlib_metadata_reads() -> None:
    names = sorted({d.metadata["Name"] for d in metadata.distributions()})
    assert len(names) > 20
    assert [n for n in names if installed_version(n) != metadata.version(n)] == []
    assert installed_version("no-such-distribution-exportrisk") is None
