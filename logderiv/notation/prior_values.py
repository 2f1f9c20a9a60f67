"""A --let that gives the value one line of code then updates: ``grad = grad + penaltyGrad;`` after
``--let "grad = X' * (mu - y)"``.

A MATLAB function (a Poisson negative log-likelihood's, f73) computes ``grad`` and then adds its penalty's
gradient: ``grad = grad + penaltyGrad;``. Taken as an equation with the let put in on both sides, the line says
Xᵀ(μ − y) = Xᵀ(μ − y) + 2λw, a chain whose sides differ; in code it is an assignment, the new value built on the
old. The line is read so only where it is marked as code: Octave's/MATLAB's ``;`` ending it, R's ``<-``, or
NumPy's marks (``np.``, ``.T``, ``@``, ``.dot(``) in it or in the let's value; a formula ``g = g + p`` (LaTeX, plain
maths) stays an equation and is left to be refused. The let then becomes the line before the answer's, and the
two lines are read as the code that assigns the name in turn (``pasted.reassigned``), noted.

Only where the answer is that one statement, the name is a plain name that exactly one --let defines, the let's
value does not use the name, and neither the cost nor another let reads it (which value they mean, the one
before the line or after, is not said); anything else is left as before. Nothing is evaluated.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns

__all__ = ["fold_prior_value"]

#: one statement that assigns a plain name: grad = …; (Octave, NumPy) or grad <- … (R); no chain (one '=')
_UPDATE = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?P<op>=(?!=)|<-)(?P<value>[^=\n]*)")
#: a --let giving a plain name its value
_LET = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:=(?!=)|<-)(?P<value>[^=\n]+)")
#: NumPy's marks: a module call, a transpose attribute, the matrix product
_NUMPY_MARKS = patterns.compile(r"(?<![\w.])(?:np|numpy)\.|\.T(?!\w)|@|\.dot\(")


def _reads(text: str, name: str) -> bool:
    """Whether ``text`` reads ``name`` whole (not an entry of it, grad(1), grad[0], nor a longer name)."""
    return re.search(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])", text) is not None


def fold_prior_value(answer: object, lets: Sequence[str], cost: object) -> tuple[str, tuple[str, ...], str] | None:
    """The answer with the --let of the name it updates put before it as the code's earlier line, the other lets,
    and the note; None where the answer is no such update (read as before)."""
    if not isinstance(answer, str) or any(char in answer for char in "\\{}$"):
        return None
    update = _UPDATE.fullmatch(answer)
    if update is None:
        return None
    from .pasted import zero_started

    if zero_started(answer, lets) is not None:
        return None  # grad = grad + V; after --let grad = zeros(size(theta)): the template's start, read there
    # the trailing ';' and spaces taken off here, not by the pattern: a lazy value before them backtracks
    name, value = update.group("name"), update.group("value").rstrip()
    octave = value.endswith(";")
    value = value[:-1] if octave else value
    if not value.strip() or ";" in value or not _reads(value, name) or re.search(rf"(?<![\w.]){re.escape(name)}\s*[(\[]", value):
        return None
    givers = [k for k, let in enumerate(lets) if (found := _LET.fullmatch(let)) and found.group("name") == name]
    if len(givers) != 1:
        return None
    given = _LET.fullmatch(lets[givers[0]])
    assert given is not None
    before = given.group("value").strip().rstrip(";").rstrip()
    others = tuple(let for k, let in enumerate(lets) if k != givers[0])
    if _reads(before, name) or any(_reads(let.split("=", 1)[-1], name) for let in others) or (
            isinstance(cost, str) and _reads(cost, name)):
        return None
    r = update.group("op") == "<-"
    if not (octave or r or _NUMPY_MARKS.search(value) or _NUMPY_MARKS.search(before)):
        return None  # g = g + p with nothing marking code: an equation, whose sides differ
    # R's <- written as =, which R reads alike and the reading of code's lines in turn reads
    end = ";" if octave else ""
    folded = f"{name} = {before}{end}\n{name} = {value.strip()}{end}"
    note = (f"read as code: {answer.strip()} updates {name}, which --let '{lets[givers[0]].strip()}' gives its value "
            f"before the line (an assignment builds the new value on the old, it states no equation): the let is "
            f"the code's line before it")
    return folded, others, note
