"""An implication between two equations in one display: ``A = B \\Rightarrow C = D``, read as "so", each on its own.

A forum's question writes ``\\[ \\log(\\lambda_i) = \\sum_j \\beta_j x_{ij} \\Rightarrow \\lambda_i =
e^{\\sum_j \\beta_j x_{ij}} \\]``: the arrow says the second equation follows from the first. Neither is a step
of the other (a step is an '='), so a careful reader takes each as a statement of its own: a definition, a
lemma or a derivation, whichever it is. The display is cut at the arrow into two displays of the same kind,
one for one (``\\]`` and ``\\[`` written over the arrow's letters, spaces between), so every line and column
stays, and noted.

Only where it is plain: a ``$$ … $$``, ``\\[ … \\]`` or ``$ … $`` display with no environment, one arrow
(``\\Rightarrow``, ``\\Longrightarrow``, ``\\implies``) outside every bracket, and exactly one '=' on each side of
it. An arrow inside a chain (``A = B \\Rightarrow C = D = E``, a lemma after a definition), after a side with no
'=' (``y \\sim \\text{Poisson}(\\lambda) \\Rightarrow …``), or in an ``align`` is left to the readers as before.

The arrow may be typed in ASCII, ``=>``, as in a Vietnamese blog's prose "Đặt $z_i = w_0 + w_1x_1 + w_2x_2 =>
\\hat{y_i} = \\sigma(z_i)$" (cold21): the same "so", read the same way (never as an '=' and a '>'). An inline
``$ … $`` of prose is cut as a display is, by :func:`inline_implications_cut`, on the same conditions, where its
arrow is the typed one and it takes no derivative (a rule in prose, ``$h = f \\Rightarrow \\partial h = \\partial
f$``, stays). A cut needs room for its delimiters: the arrow's own characters and the spaces around it (``x=>y``,
written tight, is left).
Nothing here parses an expression or imports sympy.
"""

from __future__ import annotations

from typing import Callable

from .brackets import top_level
from .notes import display_blocks, without_code
from .. import patterns

__all__ = ["implications_cut", "inline_implications_cut"]

#: an implication's arrow as a control word, or typed in ASCII (=>, never part of <=>, ==> or =>=): the one the
#: display is cut at
_ARROW = patterns.compile(r"\\(?:Rightarrow|Longrightarrow|implies)(?![A-Za-z])|(?<![<=>!:])=>(?![=>])")
#: the arrow typed in ASCII, the one prose's inline maths is cut at
_TYPED_ARROW = patterns.compile(r"(?<![<=>!:])=>(?![=>])")
#: a derivative written in maths: ∂, \\partial, \\nabla, d/dθ, \\frac{d …}{d …}
#: (dL/dz and \\frac{dL}{dz} too, the name written right after the d, and an upright \\mathrm{d} (audit33g))
_DERIVATIVE = patterns.compile(
    r"∂|\\partial|\\nabla|∇|\bd(?:[A-Za-z]\w{0,3}|\\hat\s*\{?\s*[A-Za-z]\s*\}?)?\s*/\s*d"
    r"|\\[dt]?frac\s*\{\s*(?:d(?:\b|[A-Z]|[a-z]\s*\}|\\)|\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})")
#: an inline $…$ of prose, on one line (a display's $$ is no opening)
_INLINE = patterns.compile(r"(?<![$\\])\$(?!\$)(?P<maths>[^$\n]+)\$")
#: a side that sets a name to a number, ``y = 1``, ``y^{(i)} = 0``: a case ("if y = 1, then J = −log h"), so what
#: the other side says holds in that case only, never a definition of the page (audit33g)
_CASE = patterns.compile(
    r"\s*\\?[A-Za-z]+(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))*\s*=\s*[-+]?\s*\d+(?:\.\d+)?\s*")
#: what makes a display more than one plain equation: an environment, another arrow or a mapping
_NOT_PLAIN = patterns.compile(r"\\begin|\\end|\\(?:iff|Leftrightarrow|mapsto|to|therefore)(?![A-Za-z])|[⇒↦→]")
#: the delimiters a display may be cut with (closing, opening), by its opening as written
_DELIMITERS = {"$$": ("$$", "$$"), "\\[": ("\\]", "\\["), "$": ("$", "$")}


def implications_cut(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each display ``A = B ⇒ C = D`` cut at its arrow into two displays, and a note for each cut."""
    spans = []
    for block in display_blocks(text):
        start, end = block.maths
        opening = text[block.span[0]:start].strip()
        if opening in _DELIMITERS and not block.inline:
            spans.append((start, end, opening))
    return _cut(text, spans, where)


def inline_implications_cut(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each inline ``$A = B => C = D$`` of prose cut at its arrow into two, and a note for each cut.

    Prose defines a name and states what follows from it in one span ("Đặt $z_i = … => \\hat{y_i} = \\sigma(z_i)$",
    set z = …, so ŷ = σ(z)): read as one equation, the definition of z_i is not read, and the derivation that writes z_i
    is refused. Cut, each is a definition of its own, as two spans ``$z_i = …$  $\\hat{y_i} = …$`` would be.
    """
    prose = without_code(text)
    for block in display_blocks(text, inline=False):
        prose = prose[: block.span[0]] + " " * (block.span[1] - block.span[0]) + prose[block.span[1]:]
    # only the typed arrow, and between no derivatives: "$h = f \\Rightarrow \\partial h = \\partial f$" in prose is
    # a rule stated (derive's own list of rules), not a name defined and what follows from it
    spans = [(*match.span("maths"), "$") for match in _INLINE.finditer(prose)
             if _TYPED_ARROW.search(match.group("maths")) and not _DERIVATIVE.search(match.group("maths"))]
    return _cut(text, spans, where)


def _cut(text: str, spans: list[tuple[int, int, str]], where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each maths span (start, end, its opening delimiter) that is ``A = B ⇒ C = D`` cut at its arrow."""
    pieces: list[str] = []
    notes: list[str] = []
    at = 0
    for start, end, opening in spans:
        maths = text[start:end]
        arrows = list(_ARROW.finditer(maths))
        if len(arrows) != 1 or _NOT_PLAIN.search(_ARROW.sub(" ", maths)):
            continue
        arrow = arrows[0]
        width = arrow.end() - arrow.start()
        marked = f"{maths[: arrow.start()]}⇒{' ' * (width - 1)}{maths[arrow.end():]}"  # one character to look for
        if top_level(marked, "⇒") != [arrow.start()]:
            continue  # the arrow inside a bracket: part of a term, not between two equations
        before, after = maths[: arrow.start()], maths[arrow.end():]
        if len(top_level(before, "=")) != 1 or len(top_level(after, "=")) != 1:
            continue
        if _CASE.fullmatch(before) or _CASE.fullmatch(after):
            continue  # y = 1 ⇒ J = −log h: the cost in one case, not the page's cost (audit33g)
        # the room the cut is written in: the arrow and the spaces around it
        left = arrow.start() - (len(before) - len(before.rstrip(" ")))
        right = arrow.end() + (len(after) - len(after.lstrip(" ")))
        closing, again = _DELIMITERS[opening]
        if len(closing) + len(again) + 2 > right - left:
            continue
        cut = f"{closing}{' ' * (right - left - len(closing) - len(again))}{again}"
        pieces += [text[at:start + left], cut]
        at = start + right
        line = text.count("\n", 0, start + arrow.start()) + 1
        notes.append(f"{where(line)}: {arrow.group(0)} between two equations is read as 'so': each equation is read "
                     "on its own (a definition, a lemma or a derivation), neither a step of the other")
    pieces.append(text[at:])
    return "".join(pieces), notes
