"""The README's figures about the corpus are the corpus's own: its size and the blind files' count and size.

They drifted before (a paragraph kept an older count after a wave was added);
the share read right is held by tests/test_corpus.py's ratchet, this test holds
the numbers a reader checks it against.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import corpus

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_WORDS = {"Fifteen": 15, "Sixteen": 16, "Seventeen": 17, "Eighteen": 18, "Nineteen": 19, "Twenty": 20}


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_corpus_size_is_the_readmes():
    total = re.search(r"`tests/corpus/` holds ([\d,]+) costs and answers", README)
    share = re.search(r"\(([\d,]+) of ([\d,]+) are today\)", README)
    assert total is not None and share is not None
    size = len(corpus.COSTS) + len(corpus.ANSWERS)
    assert _number(total.group(1)) == size == _number(share.group(2))
    assert _number(share.group(1)) <= size


def test_the_blind_files_are_the_readmes():
    stated = re.search(r"(\w+) of its files \(`fresh_\*\.py`, ([\d,]+)\s+items\)", README)
    assert stated is not None
    files = sorted((ROOT / "tests" / "corpus").glob("fresh_*.py"))
    items = 0
    for path in files:
        module = importlib.import_module(f"corpus.{path.stem}")
        items += len(module.COSTS) + len(module.ANSWERS)
    count = stated.group(1)
    assert (int(count) if count.isdigit() else _WORDS[count]) == len(files)
    assert _number(stated.group(2)) == items
