"""A gradient returned as an array of its components, and a function's argument passed under another name.

Code that computes a gradient part by part returns the parts as one array: NumPy's
``return np.array([grad_w0, grad_w1])``, Octave's ``[g0; g1]``, R's ``c(g0, g1)``. That
array is the gradient vector, its entry k the derivative by the k-th parameter in the
code's own numbering; here it is written as the tuple ``[grad_w0, grad_w1]`` (its names
kept as the code's ``--let`` s), which the column reader (:mod:`logderiv.notation.columns`)
judges entry by entry against the cost's parameters, refusing a count that does not match.

A function called with its caller's data often takes it under a name of its own,
``def ridge_grad(x_, y_, w_)``; ``--let 'w_ = w'`` says so, and the name is the quantity
itself (:func:`read_aliases`). Text only, no sympy.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns
from ..errors import InputError
from ..record import record
from . import vocabulary

__all__ = ["Aliased", "ComponentArray", "read_aliases", "read_component_array"]

#: ``w_ = w``: a name that is a quantity's letter (or code's name) followed by underscores, set to that name alone
_ALIAS = patterns.compile(r"\s*(?P<name>(?P<base>[A-Za-z][A-Za-z0-9]*)_+)\s*(?:=|<-)\s*(?P=base)\s*(?:;\s*)?")
#: the array a gradient's parts are returned as: np.array([…]), numpy.array([…]), R's c(…), Octave's [a; b]
_NUMPY_ARRAY = patterns.compile(r"\s*(?:np|numpy)\s*\.\s*array\s*\(\s*\[(?P<body>.*)\]\s*\)\s*(?:;\s*)?", re.DOTALL)
_R_VECTOR = patterns.compile(r"\s*c\s*\((?P<body>.*)\)\s*(?:;\s*)?", re.DOTALL)
_OCTAVE_COLUMN = patterns.compile(r"\s*\[(?P<body>[^\[\]]*;[^\[\]]*)\]\s*(?:;\s*)?", re.DOTALL)

ALIAS_NOTE = ("--let '{let}' says {name} is {base} under another name (a function's argument, as code passes {base} "
              "in): {name} is read as {base}")
ARRAY_NOTE = ("read as code: the value returned is {written}, an array of {count} components: it is the gradient vector, "
              "entry k the derivative by the code's k-th parameter; each entry is judged as that component")


@record
class Aliased:
    """The texts with each alias read as the name it stands for, and the notes saying so."""

    cost: str | None
    answer: str
    lets: tuple[str, ...]
    notes: tuple[str, ...]


@record
class ComponentArray:
    """The answer as a tuple of its components (``[g0, g1]``), the --let s (R's ``<-`` as ``=``), and the note."""

    answer: str
    lets: tuple[str, ...]
    notes: tuple[str, ...]


def read_aliases(cost: str | None, answer: str, lets: Sequence[str]) -> Aliased | None:
    """``--let 'w_ = w'``: every ``w_`` in the texts read as ``w``, the let dropped (noted); None when there is none.

    Only in code (no text has a backslash, where ``x_`` could open LaTeX's subscript), where the alias is set by
    that one let and no other let or line of the answer sets it again (``w_ = w_ - alpha*g`` would make it another
    value), and the name it stands for is set by no let (then it is a definition, not the quantity passed in).
    """
    texts = [text for text in (cost, answer, *lets) if isinstance(text, str)]
    if any("\\" in text for text in texts):
        return None
    found = [(k, match) for k, let in enumerate(lets) if isinstance(let, str) and (match := _ALIAS.fullmatch(let))]
    if not found:
        return None
    heads = [re.match(r"\s*([A-Za-z_]\w*)\s*(?:=|<-)", let) if isinstance(let, str) else None for let in lets]
    set_names = [head.group(1) for head in heads if head is not None]
    kept = list(lets)
    notes: list[str] = []
    renames: list[tuple[str, str]] = []
    for k, match in found:
        name, base = match.group("name"), match.group("base")
        if set_names.count(name) != 1 or base in set_names:
            return None
        if re.search(rf"^\s*{re.escape(name)}\s*(?:[-+*/]?=(?!=)|<-)", answer, re.MULTILINE):
            return None  # the answer's code sets it again: no longer the quantity passed in
        kept[k] = ""
        renames.append((name, base))
        notes.append(ALIAS_NOTE.format(let=lets[k].strip(), name=name, base=base))

    def renamed(text: str) -> str:
        for name, base in renames:
            # x_{1} is x with the subscript 1, not the alias x_ times {1}: left as written (audit29j)
            text = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w|\s*\{{)", base, text)
        return text

    return Aliased(None if cost is None else renamed(cost), renamed(answer),
                   tuple(renamed(let) for let in kept if let != ""), tuple(notes))


def read_component_array(answer: str, wrt: str, lets: Sequence[str] = ()) -> ComponentArray | None:
    """Code whose value is an array of components (``np.array([grad_w0, grad_w1])``) as the tuple of them.

    The answer is the value code's lines end with (``check`` folds the lines first, their names kept as ``--let`` s):
    NumPy's ``np.array([…])`` of one dimension, Octave's ``[…; …]``, or R's ``c(…)`` where every entry is a name the
    lines set (alone, ``c(a, b)`` may be a function c of two), of at least two entries, and only with ``--wrt``
    asking for a vector's entry (``w_j``): the array is then the gradient that entry belongs to. The entries keep
    their order: which parameter each is, and whether their count matches the cost's, is the column reader's to
    judge (and refuse).
    """
    if "\\" in answer or not re.fullmatch(r"\s*[A-Za-z]\w*?_\{?[a-z]\}?\s*", wrt):
        return None
    value = _unnamed(answer, wrt)
    set_names = {head.group(1) for let in lets if isinstance(let, str)
                 and (head := re.match(r"\s*([A-Za-z_]\w*)\s*(?:=|<-)", let)) is not None}
    for form in (_NUMPY_ARRAY, _R_VECTOR, _OCTAVE_COLUMN):
        match = form.fullmatch(value)
        if match is None:
            continue
        separator = ";" if form is _OCTAVE_COLUMN else ","
        entries = _top_level_split(match.group("body"), separator)
        if entries is None or len(entries) < 2 or any(not entry.strip() for entry in entries):
            return None
        if form is _OCTAVE_COLUMN and any(len(_top_level_split(entry, ",") or ()) > 1 for entry in entries):
            # [g1, g2; g3, g4]: rows of several entries, a matrix, not a column of components (audit29j)
            raise InputError(f"{value.rstrip(';')} is a matrix (rows of several entries, ';' between them), not a "
                             "column of the gradient's components: which component each entry is cannot be told",
                             source=answer, column=max(answer.rfind(value), 0), label="ANSWER",
                             hint="write the gradient as one column, [g0; g1; …], its k-th entry the derivative by "
                                  "the k-th parameter")
        if any(re.fullmatch(r"\s*\[.*\]\s*", entry, re.DOTALL) for entry in entries):
            return None  # np.array([[…], […]]): a matrix, not a vector of components
        if form is _R_VECTOR and not all(entry.strip() in set_names for entry in entries):
            return None
        tuple_text = "[" + ", ".join(entry.strip() for entry in entries) + "]"
        # R's arrow read as the --let's '=' (the lines' g0 <- …)
        said = tuple(re.sub(r"^(\s*[A-Za-z_]\w*\s*)<-", r"\1=", let) for let in lets)
        return ComponentArray(tuple_text, said, (ARRAY_NOTE.format(written=value.rstrip(";"), count=len(entries)),))
    return None


#: a gradient's name set to the lines' last value: grad = [g0; g1], gradient <- c(g0, g1)
_NAMED_VALUE = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:=(?!=)|<-)\s*(?P<value>.+)", re.DOTALL)


def _unnamed(text: str, wrt: str) -> str:
    """The value of ``grad = VALUE`` (a gradient's name, :func:`vocabulary.gradient_parameter`, or grad, gradient, g),
    without brackets around the whole (R's ``return(c(g0, g1))``); any other text as it is.

    A name of the gradient by another parameter (``db = np.array([…])`` beside ``--wrt w_j``) is refused, as
    ``check`` refuses ``db = …`` beside ``--wrt w_1`` (audit29j): the array read as ∇_w would drop what its name
    says."""
    named = _NAMED_VALUE.fullmatch(text)
    by = None if named is None else vocabulary.gradient_parameter(named.group("name"))
    asked = wrt.split("_")[0].strip().lower()
    # weights is w spelled out, as check takes dw beside it; dw beside --wrt theta_j is refused there too
    # only an array of components is refused so: any other value goes on to check's own reading of its left side
    # (dw = -2X^T(Xw-y) names the gradient the cost's parameters are asked by, --wrt or not)
    arrayed = named is not None and re.match(r"\s*(?:(?:np|numpy)\.array\s*\(|\[|c\s*\()", named.group("value"))
    if named is not None and arrayed and by is not None and by != asked and {by, asked} != {"w", "weights"}:
        name = named.group("name")
        raise InputError(f"the left side {name} names the gradient by {by}, but the array is read as the gradient "
                         f"with respect to the vector of {wrt.strip()}", source=text, column=named.start("name"),
                         label="ANSWER", hint=f"give --wrt {by} to check it, or leave out the left side")
    if named is not None and (named.group("name") in ("g", "grad", "gradient", "grads", "gradients")
                              or by is not None):
        text = named.group("value")
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _top_level_split(text[1:-1], "\0") is not None:
        text = text[1:-1].strip()
    return text


def _top_level_split(body: str, separator: str) -> list[str] | None:
    """``body`` cut at each ``separator`` outside brackets; None where the brackets do not match."""
    depth, start, pieces = 0, 0, []
    for k, char in enumerate(body):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif char == separator and depth == 0:
            pieces.append(body[start:k])
            start = k + 1
    if depth != 0:
        return None
    return [*pieces, body[start:]]
