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
from typing import Callable, Sequence

from .notes import Block
from ..record import record
from .. import patterns

__all__ = ["LemmaSpan", "tex_lemmas", "markdown_lemmas", "derivations_marked_as_lemmas", "UPDATE_SIDES_TITLE"]

#: the title an update rule's sides after its own are checked under (``A = B`` of ``wⱼ := A = B``,
#: :attr:`LemmaSpan.update`): steps of a kind of their own, shown and counted as a lemma's are
UPDATE_SIDES_TITLE = "the update rule's sides"


@record
class LemmaSpan:
    """Where a lemma stands in a document: its block (from ``start`` to ``end``), its title, its mark."""

    start: int
    end: int
    #: what the mark says the lemma is (``\\sigma'(z) = …``), or None
    title: str | None
    #: the offset of the ``% lemma`` comment, which names the block and is no rule of a step (None in Markdown)
    mark: int | None = None
    #: found, not marked: a chain beside the derivation whose first side is a derivative of another expression
    #: than the cost (:func:`logderiv.notation.page.side_derivations`), read as a lemma
    side: bool = False
    #: the name whose definition the block rewrites (ŷ of ŷ = σ(z) = 1/(1 + e^{−z}), the block then being the sides
    #: after the name, σ(z) = 1/(1 + e^{−z})), or None for a lemma (:attr:`logderiv.notation.page.Page.rewrites`)
    rewrite: str | None = None
    #: a rewrite of a name no derivation writes (NLL(w) = A = B beside d𝓛/dw): the page's own note says how it is
    #: read, so its review adds none (a second note on the line said the name was read in every line)
    noted: bool = False
    #: the name an update rule updates, whose sides after the rule's own this block is (``A = B`` of ``wⱼ := A = B``,
    #: :attr:`logderiv.notation.page.Page.update_sides`): checked as a lemma is, set aside with a note where unread
    update: str | None = None


#: display environments whose block may be a lemma
_ENVIRONMENTS = r"(?:align|aligned|alignat|equation|gather|split|multline|eqnarray)\*?"
#: `% lemma: title` on a line of its own, then (past blank lines) one display block
_TEX_LEMMA = patterns.compile(
    r"^[ \t]*(?P<mark>%)[ \t]*lemma\b[ \t]*[:.]?[ \t]*(?P<title>[^\n]*)\n\s*"
    rf"(?P<block>\\begin\{{(?P<name>{_ENVIRONMENTS})\}}.*?\\end\{{(?P=name)\}}|\\\[.*?\\\]|\$\$.*?\$\$)",
    re.DOTALL | re.MULTILINE | re.IGNORECASE,
)
#: a Markdown line that announces a lemma: `### Lemma: …`, `**Lemma 1.** …`, `Lemma: …`, `Lemma 1 (σ′)`; in plain
#: prose the word must stand as a title (a ':' or '.' after it, a parenthesis, or nothing): "Lemma 1 above gives
#: h′ = …, so" cites a lemma, it marks none
_MARKDOWN_MARK = patterns.compile(
    r"[ \t]*(?:(?:#{1,6}[ \t]+(?:\*\*|__)?|\*\*|__)lemma\b(?:[ \t]*\d+)?[ \t]*[:.]?(?:\*\*|__)?"
    r"|lemma\b(?:[ \t]*\d+)?[ \t]*(?:[:.]|(?=\(|$)))"
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


def derivations_marked_as_lemmas(text: str, lemmas: Sequence[LemmaSpan], where: Callable[[int], str] | None = None,
                                 *, derives: Callable[[str], bool]) -> tuple[tuple[LemmaSpan, ...], tuple[str, ...]]:
    """The lemmas still read as lemmas, and a note for each that is the page's derivation, read as it.

    Math-style notes state their main result as a lemma ("Lemma 1. The gradient of the cost is …"):
    a lemma that opens with a derivative of the cost (``∂J/∂θⱼ = …``), on a page where nothing
    outside the lemmas derives the cost, is the derivation. Set aside, the cost's definition would be
    judged in its place. With a derivation of the cost outside the lemmas too, every lemma stays one.
    ``derives(maths)`` says whether maths takes a derivative of the cost (:func:`logderiv.notation.page.derives_the_cost`,
    passed in: the page reader sits above this module, whose LemmaSpan the document reader needs).
    """
    where = where or (lambda line: f"line {line}")
    rest = text
    for lemma in lemmas:
        rest = rest[:lemma.start] + re.sub(r"[^\n]", " ", rest[lemma.start:lemma.end]) + rest[lemma.end:]
    if any(derives(line) for line in rest.splitlines()):
        return tuple(lemmas), ()
    derivations = [lemma for lemma in lemmas if derives(_first_side(text, lemma))]
    notes = tuple(f"{where(text.count(chr(10), 0, lemma.start) + 1)} marks a lemma{_titled(lemma.title)}, but it "
                  "derives the cost and nothing else on the page does: read as the derivation" for lemma in derivations)
    return tuple(lemma for lemma in lemmas if lemma not in derivations), notes


def _titled(title: str | None) -> str:
    """A lemma's title as a note shows it: `` (title)``, once in parentheses, or nothing."""
    if not title:
        return ""
    return f" {title}" if title.startswith("(") and title.endswith(")") else f" ({title})"


def _first_side(text: str, lemma: LemmaSpan) -> str:
    """A lemma's block up to its first '=' (past the ``% lemma`` comment line, which is no maths)."""
    block = text[lemma.start:lemma.end]
    if lemma.mark is not None:
        block = block.partition("\n")[2]
    return block.partition("=")[0]
