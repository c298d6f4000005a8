"""Every note the code and the data cite travels with the repository: a cited *.md is a path that exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: A cited Markdown file: a path-like word ending in .md (a web address does not match: its ":" breaks the word).
CITATION = re.compile(r"(?<![\w/.:-])((?:[\w-]+/)*[\w-]+\.md)\b")
TEXT_SUFFIXES = {".py", ".csv", ".toml", ".json", ".txt"}


def _citations() -> list[tuple[str, str]]:
    found = []
    for folder in ("exportrisk", "resources"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in TEXT_SUFFIXES or not path.is_file() or "__pycache__" in path.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                found += [(f"{path.relative_to(ROOT)}:{number}", m.group(1)) for m in CITATION.finditer(line)]
    return found


def test_the_scan_sees_the_citations() -> None:
    cited = {name for _, name in _citations()}
    assert "docs/reference/quant_notes.md" in cited and "docs/reference/bank_pricing.md" in cited


def test_every_cited_note_is_a_file_of_the_repository() -> None:
    missing = [f"{where}: {name}" for where, name in _citations() if not (ROOT / name).is_file()]
    assert missing == []


def test_the_reference_notes_are_cited_by_their_path() -> None:
    """A bare "quant_notes.md" could be anywhere; the repository's copy is docs/reference/quant_notes.md."""
    notes = {p.name for p in (ROOT / "docs" / "reference").glob("*.md")}
    bare = [f"{where}: {name}" for where, name in _citations() if name in notes]
    assert bare == []
    words = re.compile(r"\b(quant_notes|market_parameters|premium_rules)\b(?!\.md)")
    loose = [f"{p.relative_to(ROOT)}:{i}" for folder in ("exportrisk", "resources")
             for p in sorted((ROOT / folder).rglob("*")) if p.suffix in TEXT_SUFFIXES and p.is_file()
             for i, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
             if words.search(line)]
    assert loose == []
