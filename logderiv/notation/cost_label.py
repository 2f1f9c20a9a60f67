r"""A cost named with a word below it, ``L_{\text{ridge}}(w)``, ``J_{\mathrm{train}}``: read as the cost's name.

Notes that compare several objectives label each: ``L_{\text{ridge}}(w) = ‖Xw − Y‖² + λ‖w‖²``, then
``\frac{d L_{\text{ridge}}(w)}{d w} = …`` and ``\nabla_w L_{\text{ridge}}(w) = …``. The subscript is a
word set upright (or typed in italics, ``J_{loss}``: three lowercase letters or more, or a capital and more, never
a pair of index letters like J_{ij}), never an index (an index is a letter or a number: L_i, J^{(i)} are one example's), so
it names the objective, and the page's one objective is its cost. Where a page writes exactly one such
label, on the cost's letter (J, L, E, ℓ, 𝓛), every ``LETTER_{\text{WORD}}`` is the letter alone, the
label blanked so that columns keep, and a note says so. Two labels (``L_{\text{OLS}}`` beside
``L_{\text{ridge}}``) are two objectives, and so are the letter alone beside its label (``L_{\text{ridge}}(w) =
L(w) + λ‖w‖²``): nothing is read then, and the page is refused as before. Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns
from .vocabulary import cost_name_pattern

__all__ = ["cost_label_blanked"]

#: the cost's letter with a word set upright below it: L_{\text{ridge}}, J_{\mathrm{train}}, \mathcal{L}_{\text{MSE}}
_LABELLED = patterns.compile(
    # the letter alone, or right after the d of a derivative (\frac{dL_{\text{ridge}}}{dw})
    r"(?P<name>" + cost_name_pattern("J", "L", "E", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="braced",
                                     before=r"(?:(?<![A-Za-z\\])|(?<=[{\s]d))") + ")"
    r"\s*_\s*\{\s*(?:\\(?:text|textrm|mathrm|operatorname|mbox)\s*\{\s*(?P<word>[A-Za-z]{2,}(?:[ -][A-Za-z]+)?)\s*\}"
    # or set upright by plain TeX's font switch inside the subscript's braces: J_{\rm SGD}, L_{\rm train}
    r"|\\(?:rm|mathrm|textrm)(?![A-Za-z])\s*(?P<switched>[A-Za-z]{2,})"
    # or the word in italics, as typed (J_{loss}, L_{train}, J_{L2}, L_{MSE}): three lowercase letters or more, or a
    # capital and more, never two lowercase letters (J_{ij}, an index pair) but the in-sample error's E_{in} (below)
    r"|(?P<italic>[a-z]{3,}|[A-Z][A-Za-z0-9]+|in))\s*\}")
#: the two-letter italic labels read, each on its one letter: E_{in}, the in-sample error of Abu-Mostafa's "Learning
#: from Data" (E_{out} beside it is a word of three); any other pair of lowercase letters may be two indices
_PAIRS = {"in": "E"}


#: a square bracket (or a brace) right after the labelled letter: E_{data}[ℓ], E_{\text{train}}\left[…\right], an
#: expectation's subscript (the distribution it averages over), never an objective's label
_BRACKET_AFTER = patterns.compile(r"\s*(?:\\(?:left|[bB]igg?l?)\s*)?(?:\[|\\\{|\\lbrack(?![A-Za-z]))")
#: the labelled name defined (J_{loss}(\theta) = …, L_{CE} := …, an aligned row's &=): an objective the page writes out
_DEFINED_AFTER = patterns.compile(r"\s*(?:\([^()=]*\))?\s*&?\s*:?=")
#: the gradient's operator before the labelled name: \nabla_\theta J_{loss}, ∇ L_{train}
_GRADIENT_BEFORE = patterns.compile(r"(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?\s*$")


#: the cost's letter with one digit below it: J_2, L_{2} (the L2-regularised cost beside the plain J); in this and
#: the next, Markdown's escaped subscript J\_{2} too (hunt34: the latex reader reads \_ as _, noted, so these must)
_NUMBERED = patterns.compile(
    r"(?P<name>" + cost_name_pattern("J", "L", "E", before=r"(?:(?<![A-Za-z\\])|(?<=[{\s]d))") + r")\s*\\?_\s*(?:\{\s*(?P<braced>[0-9])\s*\}|(?P<bare>[0-9])(?![0-9]))")
#: the derivative of a name at a match's start: \partial J_2, ∂J_2, d J_2 (the d of \frac{dJ_2}{dw})
_DIFFERENTIATED_BEFORE = patterns.compile(r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*$")
#: the cost's letter with the parameter vector below it: J_{\theta}, J_\theta, J_w, J_{\mathbf{w}} (J as a function of θ)
_PARAMETERISED = patterns.compile(
    r"(?P<name>" + cost_name_pattern("J", "L", before=r"(?:(?<![A-Za-z\\])|(?<=[{\s]d))") + r")\s*\\?_\s*(?:\{\s*(?:\\theta|\\beta|w|\\(?:mathbf|boldsymbol|bm)\s*\{?\s*"
    r"(?:\\theta|\\beta|w)\s*\}?)\s*\}|(?:\\theta|\\beta)(?![A-Za-z])|w(?![A-Za-z0-9]))")


def cost_label_blanked(text: str) -> tuple[str, list[str]]:
    """``text`` with a one-label cost's name (``L_{\\text{ridge}}``) as the letter alone, and a note; else unchanged."""
    found = [match for match in _LABELLED.finditer(text)
             if match.group("italic") not in _PAIRS or _PAIRS[match.group("italic")] == match.group("name")]
    if not found:
        numbered = _numbered_cost(text) or _parameterised_cost(text)
        if numbered is not None:
            return numbered
    written = {(match.group("name").replace(" ", ""), match.group("word") or match.group("switched") or match.group("italic"))
               for match in found}
    if len(written) != 1:
        return text, []  # none, or two objectives (L_{\text{OLS}} and L_{\text{ridge}}): which is derived?
    if any(_BRACKET_AFTER.match(text, match.end()) for match in found) or not any(
            _DIFFERENTIATED_BEFORE.search(text, 0, match.start()) or _GRADIENT_BEFORE.search(text, 0, match.start())
            or _DEFINED_AFTER.match(text, match.end()) for match in found):
        # E_{data}[ℓ(w)], E_{\text{train}}(…) inside a cost: the expectation over the data, an operator (E[c] = c), no
        # objective's name; read as the letter E it made a factor, and a right step taking a constant out of it wrong
        return text, []
    name, word = next(iter(written))
    rest = _LABELLED.sub(" ", text)
    if re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z0-9])(?!\s*_)", rest.replace(" ", "")
                 if name.startswith("\\mathcal") else rest):
        return text, []  # L(w) beside L_{\text{ridge}}(w) = L(w) + λ‖w‖²: the letter alone is another objective
    for match in reversed(found):
        start, end = match.end("name"), match.end()
        text = text[:start] + " " * (end - start) + text[end:]
    shown = (f"{name}_{{\\text{{{word}}}}}" if found[0].group("word")
             else f"{name}_{{\\rm {word}}}" if found[0].group("switched") else f"{name}_{{{word}}}")
    # the italic word is no run of index letters (l, o, s, s): J_{loss} names the objective as J_{\text{loss}} does
    note = f"{shown} names the objective with a word below it, no index: read as the cost's name {name}"
    return text, [note]


def _numbered_cost(text: str) -> tuple[str, list[str]] | None:
    """``text`` with a cost numbered ``J_2`` written J, and a note; None when it is not read so.

    A digit below the cost's letter is no example's index (that is a letter: J_i, L_n): ``J_2(w) = … +
    (λ/2)‖w‖²`` names the L2-regularised objective beside the plain J its prose mentions. It is the
    page's cost when it is the one numbered name, the page defines it (``J_2(w) = …``) and differentiates
    it, and the letter alone is only mentioned: in inline ``$…$`` with no '=' and no derivative in it
    (``$J(\\bm{w})$ にL2正則化を施したもの``). The letter alone in a display, in an equation, or in a
    derivative is another objective the page works with: nothing is read then.
    """
    found = list(_NUMBERED.finditer(text))
    written = {(match.group("name"), match.group("braced") or match.group("bare")) for match in found}
    if len(written) != 1:
        return None
    name, number = next(iter(written))
    if not any(re.match(r"\s*(?:\([^()=]*\))?\s*&?\s*=", text[match.end():]) for match in found) \
            or not any(_DIFFERENTIATED_BEFORE.search(text, 0, match.start()) for match in found):
        return None  # never defined, or never differentiated: not shown to be the cost
    numbered = {match.start() for match in found}
    mentioned = False
    for alone in re.finditer(rf"(?<![A-Za-z\\]){name}(?![A-Za-z0-9])", text):
        if alone.start() in numbered:
            continue
        mentioned = True
        line_start = text.rfind("\n", 0, alone.start()) + 1
        line_end = text.find("\n", alone.start())
        line = text[line_start: len(text) if line_end < 0 else line_end]
        column = alone.start() - line_start
        if "$$" in line or line[:column].count("$") % 2 != 1:
            return None  # in a display, or outside maths: the letter alone stands for something the page reads
        opening = line.rfind("$", 0, column)
        closing = line.find("$", column)
        inline = line[opening + 1: closing if closing >= 0 else len(line)]
        if "=" in inline or re.search(r"\\partial|∂|\\nabla|∇|\\frac\s*\{\s*d", inline):
            return None  # an equation or a derivative of the letter alone: another objective
    for match in reversed(found):
        start, end = match.end("name"), match.end()
        text = text[:start] + " " * (end - start) + text[end:]
    note = (f"{name}_{number} names the objective with a number below it, no example's index: read as the cost's "
            f"name {name}, the page defining and differentiating it"
            + (f" ({name} alone, another objective, is only mentioned in its prose)" if mentioned else ""))
    return text, [note]


def _parameterised_cost(text: str) -> tuple[str, list[str]] | None:
    """``text`` with the cost written with its parameter vector below it (``∂J_{\\theta}/∂θ``) as J, and a note.

    J_θ is J as a function of θ, as h_θ is the model of θ, where every J_θ on the page is differentiated
    (∂J_θ/∂θ, \\frac{\\partial J_{\\theta}}{\\partial \\theta}). Standing alone (``J_θ = Xᵀ(Xθ − y)``) a
    subscript may instead be the derivative's (f_x for ∂f/∂x): then nothing is read (None).
    """
    found = list(_PARAMETERISED.finditer(text))
    if not found or not all(_DIFFERENTIATED_BEFORE.search(text, 0, match.start()) for match in found):
        return None
    for match in reversed(found):
        start, end = match.end("name"), match.end()
        text = text[:start] + " " * (end - start) + text[end:]
    written = " ".join(found[0].group(0).split())
    return text, [f"{written} names the cost with its parameter vector below it, as h_θ names the model: read as "
                  f"the cost's name {found[0].group('name')}, the page differentiating it"]
