"""nesting_depth, scanned by regular expressions, counts exactly as a character-by-character scan does."""

from __future__ import annotations

import random

import pytest

from exportrisk.paths import resources_dir
from exportrisk.safe_read import nesting_depth


def depth_by_characters(text: str) -> int:
    """The reference: one character at a time, strings (with escapes in basic ones) and comments skipped."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            triple = text.startswith(ch * 3, i)
            end = ch * 3 if triple else ch
            i += len(end)
            while i < n and not text.startswith(end, i):
                if ch == '"' and text[i] == "\\":
                    i += 1
                elif not triple and text[i] == "\n":
                    break
                i += 1
            i += len(end)
            continue
        if ch == "#":
            newline = text.find("\n", i)
            i = n if newline < 0 else newline
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return deepest


PIECES = ['"', "'", '"""', "'''", "#", "[", "]", "{", "}", "\\", "\n", "a", " ", "="]


def test_random_texts_of_quotes_brackets_comments_and_escapes_count_alike() -> None:
    rng = random.Random(20261204)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    assert [t for t in texts if nesting_depth(t) != depth_by_characters(t)] == []


@pytest.mark.parametrize("text, deepest", [
    ('a = [[1, 2], {b = "]]]"}]', 2), ("a = '[[[' # [[[\n[x]", 1), ('s = """\n[[\n""" \n t = [[[]]]', 3),
    ('s = "\\"[[" [', 1), ('s = "unclosed\n[[', 2), ("x = 'trailing \\", 0), ("[" * 40 + "]" * 40, 40),
])
def test_known_texts(text: str, deepest: int) -> None:
    assert nesting_depth(text) == depth_by_characters(text) == deepest


def test_every_shipped_toml_and_json_counts_alike() -> None:
    files = [p for p in resources_dir().rglob("*") if p.suffix in (".toml", ".json") and p.is_file()]
    assert len(files) > 10
    assert [p for p in files if nesting_depth(t := p.read_text(encoding="utf-8")) != depth_by_characters(t)] == []
