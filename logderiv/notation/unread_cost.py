r"""A cost a Markdown page defines where its maths readers never look (issue 10): found, so that the page is never
judged against the default cost while it writes its own.

A page of bare LaTeX (a French deck rendered to Markdown: ``J(\theta_0, \theta_1) = \frac{1}{N}\sum\_{i=1}^N
[…]^2`` on a line of its own, no ``$``) is read by its lines of plain maths only while it has no display; once one
display holds a derivative (``\[ \frac{\partial J}{\partial\theta_0} = … \]``), only the displays are read, the cost
line is prose, and the page was judged against the default logistic cost: a right page "wrong" (audbox34).

:func:`unread_cost_definitions` lists every definition of a cost written on the page: a cost's name (J, E, L, C,
\mathcal{L}, Cost, Loss) opening a line or a maths span, with the parameters as its arguments
(``J(\theta_0, \theta_1)``, ``E(w)``), or without arguments and a sum, a mean or a norm on its right side (``L =
\frac{1}{n}\sum …``). Never a cost: a model (``h(x) = …``, ``\hat y = …``), one example's loss (``\ell(\hat y, y) =
…``, ``L = -(y \log a + …)`` with no sum), a name of the examples' data. :func:`bare_line_as_display` writes such a
line, standing alone between blank lines, as a display (the blank line before it ``$$``, the one after it ``$$``:
every line keeps its number and every column its place). Sympy-free; nothing here parses an expression.
"""

from __future__ import annotations

import dataclasses
import re

from .. import patterns

__all__ = ["CostDefinition", "bare_line_as_display", "bare_model_line", "derived_by_name", "marks_beyond",
           "unread_cost_definitions"]

#: a cost's name opening a line or a maths span ($, $$, \[, \(, a label's ':'), its subscript, its arguments, '='
_DEFINITION = patterns.compile(
    r"(?m)(?:^[ \t>*+-]*|\$\$?[ \t]*|\\[\[(][ \t]*|:[ \t]+)"
    r"(?P<head>(?P<name>\\mathcal\s*\{\s*[LJE]\s*\}|\\mathcal\s+[LJE]|Cost|Loss|[JELC])(?![A-Za-z])"
    r"(?P<sub>\\?_\{?[A-Za-z0-9\\]+\}?)?[ \t]*(?:\((?P<args>[^()=\n]*)\))?)[ \t]*(?<![<>!:])=(?!=)(?P<rhs>[^\n]*)")
#: a parameter among a definition's arguments: θ, w, W, b, β (bold or not)
_PARAMETER = patterns.compile(r"\\theta|θ|\\beta|β|(?<![A-Za-z\\])[wWb](?![A-Za-z])|\\mathbf\s*\{?\s*[wW]|\\boldsymbol")
#: a sum, a mean or a norm on a definition's right side: a cost over the examples, not one example's loss
_OVER_EXAMPLES = patterns.compile(r"\\sum|Σ|∑|\\frac\s*\{\s*1\s*\}\s*\{\s*\d*\s*[mnN]\s*\}|\\\||\\lVert|‖|\\mathbb\s*\{\s*E")
#: an example's index in a subscript: L_i, J^{(i)} name one example's loss
_EXAMPLE_SUB = patterns.compile(r"\\?_\{?(?:i|n|k|\(i\))\}?$")
#: a fenced block of code: never read
_FENCE = patterns.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$", re.DOTALL | re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class CostDefinition:
    """A cost's definition on the page: where its name opens (offset, 1-based line) and what it writes."""

    offset: int
    line: int
    head: str
    name: str
    text: str  # the definition as written, from its name to its line's end


def _letter(name: str) -> str:
    """A cost's name as one letter or word (``\\mathcal{L}`` is L)."""
    found = re.search(r"[A-Za-z]+$", re.sub(r"[\s{}]", "", name))
    return found.group() if found else name


def unread_cost_definitions(text: str) -> list[CostDefinition]:
    """Every definition of a cost the page writes, outside code, in order (see the module's doc)."""
    fences = [match.span() for match in _FENCE.finditer(text)]
    found = []
    for match in _DEFINITION.finditer(text):
        if any(s <= match.start() < e for s, e in fences):
            continue
        args, sub, rhs = match.group("args"), match.group("sub") or "", match.group("rhs")
        if sub and _EXAMPLE_SUB.search(sub):
            continue  # L_i = …: one example's loss
        if args is not None and not _PARAMETER.search(args):
            continue  # ℓ(ŷ, y), L(a, y), C(x): a function of an example's values
        if args is None and not _OVER_EXAMPLES.search(rhs):
            continue  # L = −(y log a + …): one example's loss; J = … with no sum: a name, not clearly a cost
        if not re.search(r"[A-Za-z\\\d]", rhs):
            continue
        start = match.start("head")
        found.append(CostDefinition(start, text.count("\n", 0, start) + 1, match.group("head").strip(),
                                    _letter(match.group("name")), text[start:match.end()].rstrip()))
    return found


def derived_by_name(text: str, name: str) -> bool:
    """Whether the page takes a derivative of ``name`` by its name: ∂J/∂θ, \\frac{\\partial J}{…},
    \\frac{\\partial}{\\partial \\theta_0} J, dJ/dw."""
    letter = re.escape(name)
    return patterns.compile(
        rf"(?:\\partial|∂)\s*(?:\\mathcal\s*\{{?\s*)?{letter}(?![A-Za-z])"
        rf"|\\partial\s*\}}\s*\{{\s*\\partial[^{{}}]*(?:\{{[^{{}}]*\}}[^{{}}]*)*\}}\s*(?:\\left\s*)?(?:\\mathcal\s*\{{?\s*)?{letter}(?![A-Za-z])"
        rf"|(?<![A-Za-z\\])d\s*{letter}\s*/\s*d|\\frac\s*\{{\s*d\s*{letter}\s*\}}").search(text) is not None


def bare_line_as_display(text: str, definition: CostDefinition) -> str | None:
    """``text`` with the definition's line, alone between blank lines, made a display: the blank line before it
    written ``$$`` and the one after it ``$$`` (each line keeps its number, the definition its columns); None where
    the line has no blank line on each side, or holds more than the definition."""
    lines = text.split("\n")
    at = definition.line - 1
    if at < 1 or at + 1 >= len(lines) or lines[at - 1].strip() or lines[at + 1].strip():
        return None
    if lines[at].strip() != definition.text.strip() or "$" in lines[at]:
        return None
    return "\n".join([*lines[:at - 1], "$$", lines[at], "$$", *lines[at + 2:]])


#: what a cost's derivative cannot write unless the cost does (auddefault34): a name reused for another cost ("for
#: logistic regression the cost is the cross-entropy", λ of a regularised cost said in words) shows as one of these
_MARKS = {
    "the sigmoid": patterns.compile(r"\\sigma(?![A-Za-z])|σ|sigmoid|\be\s*\^|\\exp(?![A-Za-z])|\\mathrm\s*\{\s*e\s*\}\s*\^"),
    "a logarithm": patterns.compile(r"\\log(?![A-Za-z])|\\ln(?![A-Za-z])|(?<![A-Za-z\\])log\s*\("),
    "tanh": patterns.compile(r"tanh"),
    "softmax": patterns.compile(r"softmax"),
    "λ": patterns.compile(r"\\lambda(?![A-Za-z])|λ"),
}


def marks_beyond(cost: str, maths: str) -> list[str]:
    """What ``maths`` (the page's displays) writes that a derivative of ``cost`` cannot bring in: σ or e^, a log,
    tanh, softmax, λ, where ``cost`` writes none of it. Any: the displays may differentiate another cost."""
    return [name for name, mark in _MARKS.items() if mark.search(maths) and not mark.search(cost)]


#: a model's definition on a line of its own: h(x) = …, h_\theta(x) = …, \hat y = …, f(x) = …
_MODEL = patterns.compile(
    r"(?m)^[ \t>*+-]*(?:h|f|\\hat\s*\{?\s*y\s*\}?|ŷ)(?![A-Za-z])(?:\\?_\{?\\?[A-Za-z0-9]+\}?)?[ \t]*"
    r"(?:\((?P<args>[^()=\n]*)\))?[ \t]*(?<![<>!:])=(?!=)[^\n]*\S")


def bare_model_line(text: str, spans: list[tuple[int, int]]) -> int | None:
    """The 1-based line where ``text`` defines a model (h_θ(x) = …, ŷ = …) outside ``spans`` (the displays the
    readers read) and outside fenced code, on a line with no '$': a model the readers never read; None: none."""
    fences = [match.span() for match in _FENCE.finditer(text)]
    for match in _MODEL.finditer(text):
        at = match.start()
        line_end = text.find("\n", at)
        line = text[text.rfind("\n", 0, at) + 1:line_end if line_end >= 0 else len(text)]
        if "$" in line or any(s <= at < e for s, e in [*fences, *spans]):
            continue
        return text.count("\n", 0, at) + 1
    return None
