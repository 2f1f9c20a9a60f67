r"""Code's helper named ``sigmoid`` that takes the data and the parameters, read under a name of its own (noted).

Code often names its model function ``sigmoid`` and hands it the data matrix and the parameters:
``def sigmoid(X, parameters): return 1 / (1 + np.exp(-np.dot(X, parameters)))`` (a Japanese notebook's
logistic regression), R's ``sigmoid <- function(theta, X) 1/(1+exp(-t(theta) %*% X))``. logderiv's
``sigmoid`` is σ of one argument, so the --let ``sigmoid(X, parameters) = …`` was refused at its left side.
A program has one function of a name, so every call ``sigmoid(…)`` in the problem is that helper: the
name is respelled ``sigmoid_fn`` in every text (cost, answer, lets), and the helper is then read as any
function a --let defines, its calls expanded with their arguments.

Only where it leaves no other reading: exactly one --let defines ``sigmoid`` with two or more plain
parameters, and its body is the sigmoid written out (``1/(1 + exp(-u))``, ``exp(u)/(1 + exp(u))``,
``sigmoid(u)``) of something. A body that is no sigmoid (``sigmoid(X, w) = X @ w``), a second
definition of ``sigmoid``, or a call with other arguments are left as they were (refused by the readers
as before: a call of one argument has not the helper's two). Text to text, before the readers; this module
evaluates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import patterns
from ..errors import InputError

__all__ = ["HELPER", "NOTE", "rename_sigmoid_helper", "is_sigmoid_of"]

#: the name the helper is read under: a name of code, which no vocabulary word is
HELPER = "sigmoid_fn"
#: a --let's head sigmoid(A, B, …): two or more plain parameters (R's <- as well as =)
_HEAD = patterns.compile(
    r"^\s*sigmoid\s*\(\s*(?P<parameters>[A-Za-z]\w*(?:\s*,\s*[A-Za-z]\w*)+)\s*\)\s*(?:=|<-)(?!=)")
#: any head that defines sigmoid (one argument too): two definitions of one name are not read here
_ANY_HEAD = patterns.compile(r"^\s*sigmoid\s*\([^()]*\)\s*(?:=|<-)(?!=)")
#: the helper's name where it is called or defined: not a method (torch.sigmoid) nor part of a longer name
_CALL = patterns.compile(r"(?<![\w.])sigmoid(?=\s*\()")

NOTE = ("sigmoid({parameters}) is code's helper of {count} arguments (logderiv's sigmoid is σ of one): its body is "
        "the sigmoid written out, and every call of sigmoid in the problem is that helper, read as the function "
        "the --let defines under the name " + HELPER)


def rename_sigmoid_helper(texts: Sequence[str | None]) -> tuple[list[str | None], str | None]:
    """The texts with the helper ``sigmoid(X, beta) = σ(…)`` and its calls respelled ``sigmoid_fn``, and the note.

    ``texts`` are the cost, the answer and the --let texts (None where there is none). Returns the texts
    unchanged and None when the pattern is not all there.
    """
    heads = [(k, match) for k, text in enumerate(texts) if isinstance(text, str) and (match := _HEAD.match(text))]
    every = [k for k, text in enumerate(texts) if isinstance(text, str) and _ANY_HEAD.match(text)]
    if len(heads) != 1 or len(every) != 1:
        return list(texts), None
    where, head = heads[0]
    definition = texts[where]
    assert isinstance(definition, str), "the head was matched in this text"
    parameters = [name.strip() for name in head.group("parameters").split(",")]
    if len(set(parameters)) != len(parameters) or not _sigmoid_body(definition[head.end():], parameters):
        return list(texts), None
    if any(isinstance(text, str) and re.search(rf"(?<![\w.]){HELPER}(?!\w)", text) for text in texts):
        return list(texts), None  # the new name is taken already
    changed = [_CALL.sub(HELPER, text) if isinstance(text, str) else text for text in texts]
    return changed, NOTE.format(parameters=", ".join(parameters), count=len(parameters))


def _sigmoid_body(body: str, parameters: Sequence[str]) -> bool:
    """Whether ``body`` (the --let's right side) is the sigmoid written out of some expression."""
    from . import functions, pasted, plain

    names = [name for name in parameters if len(name) > 1]
    # R's t(theta) %*% X, NumPy's np.dot: the body in the words the plain reader reads, as the problem will be read
    for spelled in (body, pasted.rewrite(body, r="%*%" in body).text):
        try:
            return functions.is_sigmoid_of_something(plain.parse(spelled, names=names))
        except InputError:
            continue
    return False


def is_sigmoid_of(body: str, parameter: str) -> bool:
    """Whether ``body`` (a --let's right side, plain code) is σ(parameter) written out: ``1 / (1 + np.exp(-x))`` of x."""
    from . import functions, pasted, plain

    names = [parameter] if len(parameter) > 1 else []
    try:
        variable = plain.parse(parameter, names=names)
    except InputError:
        return False
    for spelled in (body, pasted.rewrite(body).text):
        try:
            return functions.is_sigmoid(plain.parse(spelled, names=names), variable)
        except InputError:
            continue
    return False
