r"""A page of sections, each defining the cost by the same letter and deriving it: read as one page per section.

A Chinese note "为什么LR使用交叉熵损失而不是平方损失" (why logistic regression uses the cross-entropy and not the squared
loss) defines the model once, then under a heading "如果使用平方损失" defines ``L = \frac{1}{2}(y - \hat{y})^2`` and
derives ∂L/∂w, and under the next heading "如果使用交叉熵损失" defines ``L = -(y \ln \hat{y} + …)`` and derives ∂L/∂w
again. Read as one page, L is defined twice (the second "after the derivation"): refused, rightly, as which cost the
lines derive cannot be told. Read as the writer lays it out, each heading opens a section of its own: its L is the
cost its derivation derives, as each section of a textbook's chapter names its own L.

:func:`sections_of_their_own_cost` finds such a page and gives each section as a page of its own: the page with every
OTHER costed section blanked (same length, line breaks kept, so lines and columns stay), the shared preamble (the
model, before the first costed section) kept in each. Only where the page is cut by Markdown headings, the sections
before the first costed one define only (no derivative, no cost), and every later section defines the cost once, by
the one letter all share, in a display of one '=' standing before every derivative it takes; anything else is left to
the page's reader (refused, as before). Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["CostSection", "sections_of_their_own_cost"]

#: a Markdown heading's line: ``#### 如果使用平方损失``
_HEADING = patterns.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S[^\n]*$")
#: a display that only defines a cost: its letter (L, J, ℓ, 𝓛), its arguments, one '=' (checked by the caller)
_COST_HEAD = patterns.compile(
    r"\s*(?:\\begin\s*\{[A-Za-z*]+\}\s*)?(?:\\nonumber\s*)?"
    r"(?P<letter>(?<![A-Za-z\\])[LJ]|\\ell|\\mathcal\s*\{\s*[LJ]\s*\})(?![A-Za-z_^])\s*(?:\([^()=]*\))?\s*&?\s*=(?!=)")
#: a derivative written anywhere: ∂, \partial, ∇, \nabla, d/d, \frac{d…}{d…}
_DERIVATIVE = patterns.compile(r"∂|\\partial(?![A-Za-z])|\\nabla(?![A-Za-z])|∇|(?<![A-Za-z\\])d\s*/\s*d"
                               r"|\\d?frac\s*\{\s*d(?![A-Za-z])|(?<![A-Za-z\\])d[A-Za-z]\w*\s*/\s*d[A-Za-z]")
#: what an '=' is, counted in a display: not <=, >=, := or ==
_EQUALS = patterns.compile(r"(?<![<>:=!\\])=(?!=)")
#: maths of any kind in a section's text: $…$, $$…$$, \[…\], \(…\), \begin{align}…
_MATHS = patterns.compile(r"\$|\\\[|\\\(|\\begin\s*\{")
#: an '=' with something on its left, in maths that takes no derivative: a definition (ŷ = σ(wx + b)), not a
#: derivation's continuation (= …, &= …)
_DEFINES = patterns.compile(r"^\s*(?:\\begin\s*\{[A-Za-z*]+\}\s*)?(?:\\nonumber\s*)?[^=&\s]")
#: inline maths in prose: $…$ (not $$); \(…\) is cut by :func:`_inline` (each piece scanned once)
_INLINE = patterns.compile(r"(?<!\$)\$(?!\$)([^$\n]+)\$(?!\$)")


def _inline(segment: str) -> list[str]:
    r"""The inline maths of a section's prose, ``$…$`` and ``\(…\)`` (on one line), in linear time."""
    found = [match.group(1) for match in _INLINE.finditer(segment)]
    for piece in segment.split("\\(")[1:]:
        line = piece.split("\n", 1)[0]
        if "\\)" in line:
            found.append(line.split("\\)", 1)[0])
    return found


class CostSection:
    """One costed section read as a page: its text (the others blanked), its cost's line, its heading's line."""

    def __init__(self, text: str, cost_line: int, heading_line: int) -> None:
        self.text = text
        self.cost_line = cost_line
        self.heading_line = heading_line


def _blanked(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` blanked but for its line breaks: offsets and lines stay."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _letter(found: re.Match[str]) -> str:
    return re.sub(r"\s", "", found.group("letter"))


def sections_of_their_own_cost(text: str) -> tuple[list[CostSection], str] | None:
    """The page's costed sections, each as a page of its own, and the note saying so; None unless the page is one.

    ``text`` is a Markdown page (its code already set aside by the caller's reader: a ``#`` line in a fence is no
    heading, so a page with a fence is left as it is). Sections are cut at headings; the preamble (the sections before
    the first that defines the cost) must take no derivative and define no cost; each later section must hold exactly
    one display defining the cost, before every derivative in it, and at least one derivative after it; all by one
    letter; at least two such sections.
    """
    from .notes import display_blocks

    if "```" in text or "~~~" in text:
        return None
    headings = [found.start() for found in _HEADING.finditer(text)]
    if len(headings) < 2:
        return None
    bounds = [0, *headings, len(text)] if headings[0] > 0 else [*headings, len(text)]
    segments = list(zip(bounds, bounds[1:]))
    blocks = display_blocks(text, inline=False)
    costed: list[tuple[int, int, int]] = []  # (start, end, the cost display's offset)
    letters: set[str] = set()
    for start, end in segments:
        inside = [block for block in blocks if start <= block.span[0] < end]
        if any(block.span[1] > end for block in inside):
            return None  # a display across a heading: no sections to cut
        segment = text[start:end]
        costs = []
        for block in inside:
            maths = text[block.maths[0]:block.maths[1]]
            head = _COST_HEAD.match(maths)
            if head is not None and len(_EQUALS.findall(maths)) == 1 and not _DERIVATIVE.search(maths):
                costs.append((block, _letter(head)))
        derivatives = [found.start() for found in _DERIVATIVE.finditer(segment)]
        if not costed:
            if not costs and not derivatives:
                continue  # the preamble: the model, prose
            if len(costs) != 1:
                return None
        elif not costs and not derivatives and not inside and not _MATHS.search(segment):
            continue  # prose alone between sections (no maths of any kind: a '\\[ = … \\]' continues a derivation)
        if len(costs) != 1 or not derivatives:
            return None
        block, letter = costs[0]
        if start + min(derivatives) < block.span[1]:
            return None  # a derivative before the section's cost: which cost it derives is not the section's to say
        for maths in [*(text[other.maths[0]:other.maths[1]] for other in inside if other is not block),
                      *_inline(segment)]:
            if _EQUALS.search(maths) and not _DERIVATIVE.search(maths) and _DEFINES.match(maths):
                # the section defines something beside its cost (ŷ = σ(wx + b)): blanked in the other sections'
                # readings, a later section using ŷ would be read with another ŷ (a default model)
                return None
        letters.add(letter)
        costed.append((start, end, block.maths[0]))
    if len(costed) < 2 or len(letters) != 1:
        return None
    sections = []
    for start, end, cost_at in costed:
        own = text
        for other_start, other_end, _ in costed:
            if other_start != start:
                own = _blanked(own, other_start, other_end)
        first = cost_at + len(text[cost_at:]) - len(text[cost_at:].lstrip())
        cost_line = text.count("\n", 0, first) + 1
        sections.append(CostSection(own, cost_line, text.count("\n", 0, start) + 1))
    letter = next(iter(letters)).replace("\\ell", "ℓ")
    lines = ", ".join(f"line {section.heading_line}" for section in sections)
    note = (f"the page's sections (the headings of {lines}) each define the cost {letter} and derive it: each read as a "
            f"page of its own, its derivation judged against its own {letter} (the model before them shared), the "
            "page ending at the gradient only if every section's derivation does")
    return sections, note
