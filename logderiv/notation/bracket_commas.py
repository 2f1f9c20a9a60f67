r"""What a comma inside a bracket lists, for the refusal that names it (issue 10).

Notes write a bracket with commas in it for three things the expression reader does not take as one
expression: a function of several arguments (``\phi(m,b)``, a cost named by its parameters;
``p(x_i, \theta)``, a probability of an example under the parameters; ``J({\theta}_0,{\theta}_1,...)``), a set
in braces (``\{\pmb x^{(n)},y^{(n)}\}^N_{n=1}``, the training set) and a list of entries (``z = (z_1, \cdots,
z_m)^T``, a vector by its entries). The refusal stays (what such a name stands for is the page's, and a guess
would be silent), but its message says which of the three the bracket is, with the name and the number of
arguments, instead of only "a bracket holds one expression". Nothing here parses an expression: it looks at
the source around the bracket. Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns
from .brackets import top_level

__all__ = ["comma_in_bracket"]

#: the name right before the bracket: a letter or a command (\phi, \mathcal{R}), with a subscript (h_\theta, J_{w})
_NAME_BEFORE = patterns.compile(
    r"(?P<name>(?:\\(?:mathcal|mathbf|boldsymbol|bm|mathrm|operatorname|text)\s*\{\s*\\?[A-Za-z]+\s*\}"
    r"|\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])"
    r"(?:\s*_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9]))?)\s*(?:\\left\s*)?$")
#: commands before a bracket that are no function's name: operators, spacing, relations, layout
_NOT_A_NAME = frozenset({
    "frac", "dfrac", "tfrac", "sum", "prod", "left", "right", "cdot", "times", "quad", "qquad", "partial", "nabla",
    "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "displaystyle", "textstyle",
    "le", "leq", "ge", "geq", "in", "to", "mapsto", "implies", "Rightarrow", "rightarrow", "approx", "equiv",
    "doteq", "sim", "mid", "lim", "min", "max", "argmin", "argmax", "operatorname", "text", "mathrm",
})


#: the reader's names of the cost (its parameters after it are the definition's to declare)
_COST_NAME = patterns.compile(r"J|L|\\ell|ℓ|𝓛|\\mathcal\s*\{\s*[JL]\s*\}")


def _top_level_parts(inside: str) -> list[str]:
    """The parts of ``inside`` between its commas at its own depth (brackets and braces inside kept whole)."""
    cuts = [-1, *top_level(inside, ","), len(inside)]
    return [" ".join(inside[start + 1:end].split()) for start, end in zip(cuts, cuts[1:])]


def comma_in_bracket(source: str, opener: tuple[int, int], closer: tuple[int, int]) -> tuple[str, str]:
    """The message and the hint for a comma in the bracket from ``opener`` to ``closer`` (start, end spans).

    The message opens with ``unexpected ','`` as before (callers and readers look for it); what follows says
    what the bracket lists.
    """
    written = " ".join(source[opener[0]:closer[1]].split())
    inside = source[opener[1]:closer[0]]
    parts = [part for part in _top_level_parts(inside) if part]
    count = len(parts)
    opening = source[opener[0]:opener[1]]
    if opening.replace("\\left", "").strip() == "\\{":
        return (f"unexpected ',': '{written}' lists {count} items in braces, a set (such as the training set of "
                "pairs), which is no formula to read",
                "a set of examples is the data, not a step: leave it out of the maths (write it in words), and "
                "write the formulas with the examples' own marks, x^{(i)}, y^{(i)}")
    before = _NAME_BEFORE.search(source, 0, opener[0])
    name = None if before is None else before.group("name")
    command = None if name is None else re.match(r"\\([A-Za-z]+)", name)
    if name is not None and (command is None or command.group(1) not in _NOT_A_NAME):
        start = before.start("name") if before is not None else opener[0]
        called = " ".join(source[start:closer[1]].split())
        listed = ", ".join(parts)
        message = (f"unexpected ',': '{called}' writes {name} of {count} arguments ({listed}), and a bracket after a "
                   "name holds its one argument: a function of several arguments is not read")
        if _COST_NAME.fullmatch(name):
            return message, (f"write the cost {name} alone where it is differentiated (∂{name}/∂θⱼ = …): its "
                             "parameters are read from its definition")
        return message, (f"write {name} by its name alone, or what it stands for written out; if {name} is the cost, "
                         "name it J")
    return (f"unexpected ',': '{written}' lists {count} entries (a vector by its entries, or a pair), which is not "
            "read as one expression",
            "a bracket holds one expression: write the vector by its name (z), or each entry on a line of its own")
