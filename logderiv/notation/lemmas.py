"""Lemmas written beside a derivation: display blocks the writer marks as a lemma, each a chain of its own.

``logderiv derive -f latex`` (and notes written like it) states the derivation in
one display and σ′ = σ(1 − σ) in another, announced as a lemma: in a ``.tex``
file a ``% lemma: …`` comment line just before the block, in Markdown a heading
or a line of prose opening with "Lemma" just before it (``### Lemma: σ′(z) = …``).
Read as one document, the lemma's first row would be the next step of the
derivation (or, with no ``=`` between, a factor of its last row). The writer
said what the block is, so it is read as they mean it: a chain checked on its
own, never joined to the derivation. A block with no such mark is read as it
always was. Nothing here parses an expression or imports sympy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .notes import Block
from .. import patterns

__all__ = ["LemmaSpan", "tex_lemmas", "markdown_lemmas"]


@dataclass(frozen=True)
class LemmaSpan:
    """Where a lemma stands in a document: its block (from ``start`` to ``end``), its title, its mark."""

    start: int
    end: int
    #: what the mark says the lemma is (``\\sigma'(z) = …``), or None
    title: str | None
    #: the offset of the ``% lemma`` comment, which names the block and is no rule of a step (None in Markdown)
    mark: int | None = None


#: display environments whose block may be a lemma
_ENVIRONMENTS = r"(?:align|aligned|alignat|equation|gather|split|multline|eqnarray)\*?"
#: `% lemma: title` on a line of its own, then (past blank lines) one display block
_TEX_LEMMA = patterns.compile(
    r"^[ \t]*(?P<mark>%)[ \t]*lemma\b[ \t]*[:.]?[ \t]*(?P<title>[^\n]*)\n\s*"
    rf"(?P<block>\\begin\{{(?P<name>{_ENVIRONMENTS})\}}.*?\\end\{{(?P=name)\}}|\\\[.*?\\\]|\$\$.*?\$\$)",
    re.DOTALL | re.MULTILINE | re.IGNORECASE,
)
#: a Markdown line that announces a lemma: `### Lemma: …`, `**Lemma 1.** …`, `Lemma: …`
_MARKDOWN_MARK = patterns.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?lemma\b(?:[ \t]*\d+)?[ \t]*[:.]?(?:\*\*|__)?"
                            r"[ \t]*(?P<title>[^\n]*)", re.IGNORECASE)


def tex_lemmas(source: str) -> tuple[LemmaSpan, ...]:
    """The blocks of a LaTeX document that a ``% lemma`` comment line announces."""
    return tuple(LemmaSpan(match.start("mark"), match.end("block"), _title(match.group("title")), match.start("mark"))
                 for match in _TEX_LEMMA.finditer(source))


def markdown_lemmas(text: str, blocks: Sequence[Block]) -> tuple[LemmaSpan, ...]:
    """The display blocks of Markdown ``text`` whose line before (past blank lines) announces a lemma."""
    found = []
    for block in blocks:
        before = text[: block.span[0]].rstrip()
        line = before[before.rfind("\n") + 1:]
        match = _MARKDOWN_MARK.fullmatch(line)
        if match is not None:
            found.append(LemmaSpan(block.span[0], block.span[1], _title(match.group("title"))))
    return tuple(found)


def _title(text: str) -> str | None:
    return " ".join(text.strip(" *_$").split()) or None
