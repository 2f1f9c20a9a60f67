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
…``, ``L = -(y \log a + …)`` with no sum), a name of the examples' data. A page
judged against the default cost while it writes one is refused at it (services.steps), never judged: reading such a
line as the page's cost was tried (fixdefault34) and its audit found four pages it misread (a J reused for another
cost, a model on a bare line too, a penalty said in words), so the line is not read. Sympy-free; nothing here parses
an expression.
"""

from __future__ import annotations

import re

from .. import patterns
from .notes import fenced_spans
from ..record import record

__all__ = ["CostDefinition", "unread_cost_definitions"]

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


@record
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
    fences = fenced_spans(text)
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
