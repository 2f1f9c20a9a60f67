r"""A --let naming the model as a function of its parameters, ``f(w, b) = wx + b``: read as ``f = wx + b``, noted.

ML notes write the model by the parameters it is fitted in: wildanjr19's linear-regression readme opens with
``f(w, b) = wx + b`` and then writes ``\hat{y}`` in its gradient and its MSE. The bracket names what the value
depends on (the parameters being learnt), not a variable to call the function at: the value is the model's
prediction at an example x, which the notes call ŷ. The let is read as ``f = wx + b`` (the model letter's value),
and a note says so; the prediction ŷ the other texts write is then f under another name, as for ``--let f = …``.

Read so only where it cannot be another thing:

* the letter is a model's, f or h (a loss ``L(w, b)`` or a cost ``J(θ)`` is left to the readers);
* every argument is a parameter (θ, w, β, b, plain or LaTeX, bold or not), each once, a vector among them;
* the value, read, is a value per example: no target y, no sum over the examples (``f(w, b) = (1/2m) Σ (wx_i + b
  − y_i)²`` names a cost f, left to the readers);
* a value with no function in it (linear, ``wᵀx + b``) is no prediction of a cost that takes its log (a
  cross-entropy's log ŷ): there it is the score inside the sigmoid, ŷ = σ(f), and the let is left to the readers;
* the value writes the data x (an example, ``wx``, ``θᵀx``), and the bracket names every parameter it writes
  and no other (``f(w) = wx + b`` leaves b unsaid: a constant or a parameter?);
* no other text given writes the letter called or subscripted (``f(x_i)``, ``f_{w,b}``): there the letter is a
  function, and which one is meant is the readers' to say.

The guards need the other texts: where none is given (a derivation page's --let, read without its page), the let
is left as written.

Anything else is left as written (the readers refuse it, or read it as the function it is). The bracket is blanked
with spaces, so a column the value's reader names is the let's own.
"""

from __future__ import annotations

import re
from typing import Callable, Collection, Sequence

from .. import patterns
from ..errors import InputError
from .tree import Apply, Call, FunctionCall, Node, Sum, Variable, walk

__all__ = ["read_parameter_heads", "PARAMETER_HEAD_MARK"]

#: a parameter as a head's bracket writes it: w, b, θ, β, theta, beta, \theta, \beta, \mathbf{w}, \boldsymbol{\theta}
_ARGUMENT = (r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(?:\\theta|\\beta|w)\s*\}|\\(?:mathbf|boldsymbol|bm|vec)\s*"
             r"(?:\\theta|\\beta|w)(?![A-Za-z])|\\theta(?![A-Za-z])|\\beta(?![A-Za-z])|theta(?![A-Za-z])|"
             r"beta(?![A-Za-z])|θ|β|w(?![A-Za-z])|b(?![A-Za-z]))")
_HEAD = patterns.compile(r"\s*(?P<name>[fh])\s*(?P<bracket>\(\s*(?P<arguments>" + _ARGUMENT + r"(?:\s*,\s*" + _ARGUMENT
                         + r")*)\s*\))\s*(?==)")
#: the parameter each written argument is (the name the readers give it)
_CANONICAL = (("theta", "theta"), ("θ", "theta"), ("beta", "beta"), ("β", "beta"), ("w", "w"), ("b", "b"))
#: the parameters' names as the readers give them
_PARAMETERS = frozenset(name for _, name in _CANONICAL)
#: a logarithm another text takes (a cross-entropy's log ŷ, log(1 − ŷ)): its prediction is a probability
_LOGARITHM = patterns.compile(r"\\log(?![A-Za-z])|(?<![A-Za-z])(?:log|ln)(?![A-Za-z])")
#: the words every note of this reading holds (tests and renderers find the note by it)
PARAMETER_HEAD_MARK = "writes the model as a function of its parameters"


def _parameter(argument: str) -> str:
    plain = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec)|[\\{}\s]", "", argument)
    return next(name for written, name in _CANONICAL if plain == written)


def _called_elsewhere(letter: str, others: Collection[str]) -> bool:
    """Whether another text writes ``letter`` as a function's name: called (``f(x)``) or subscripted (``f_{w,b}``)."""
    written = re.compile(r"(?<![A-Za-z\\])" + letter + r"\s*(?:\(|_|\\left\s*\()")
    return any(isinstance(text, str) and written.search(text) is not None for text in others)


def read_parameter_heads(
    lets: Sequence[str], others: Collection[str], parse: Callable[[str], Node | None],
    is_latex: Callable[[str], bool] = lambda text: False,
) -> tuple[list[str], list[str]]:
    """``lets`` with each ``f(w, b) = …`` of the model's parameters read as ``f = …`` (the bracket blanked), and the
    notes. ``others``: the other texts given (the cost, an answer) and ``parse`` the let's value's tree of a let text,
    or None where the let cannot be read (the let is then left as written). A plain let of that shape whose value
    writes no data, or other parameters than its bracket, is refused saying which (its reader refused it anyway, as
    no name); a LaTeX one is left to its reader, which may read it as a function."""
    read: list[str] = []
    notes: list[str] = []
    if not any(isinstance(other, str) and other.strip() for other in others):
        # no other text to hold the guards to (a derivation page's --let, an answer's own): whether the page calls f
        # or takes the log of its prediction is unseen, so the let is left to the readers (audlet34)
        return list(lets), notes
    for text in lets:
        found = _HEAD.match(text) if isinstance(text, str) else None
        if found is None:
            read.append(text)
            continue
        letter = found.group("name")
        arguments = [_parameter(argument) for argument in re.split(r"\s*,\s*", found.group("arguments").strip())]
        if len(set(arguments)) != len(arguments) or set(arguments) <= {"b"} \
                or _called_elsewhere(letter, [*others, *(other for other in lets if other is not text)]):
            read.append(text)
            continue
        blanked = text[:found.start("bracket")] + " " * len(found.group("bracket")) + text[found.end("bracket"):]
        value = parse(blanked)
        names: set[str] = {name for node in walk(value) if isinstance(name := getattr(node, "name", None), str)} \
            if value is not None else set()
        variables = {node.name for node in walk(value) if isinstance(node, Variable)} if value is not None else set()
        if value is not None and ("y" in variables or any(isinstance(node, Sum) and node.over == "examples"
                                                           for node in walk(value))):
            read.append(text)  # f(w, b) = (1/2m) Σ (wx_i + b − y_i)²: a cost named f, no model's value
            continue
        if value is not None and not any(isinstance(node, (Apply, Call, FunctionCall)) for node in walk(value)) \
                and any(isinstance(other, str) and _LOGARITHM.search(other) for other in others):
            # f(w, b) = wᵀx + b beside a cross-entropy's log ŷ: a linear score, the sigmoid's argument (ŷ = σ(f)),
            # not the probability ŷ the cost takes the log of (audlet34: the right σ gradient was "different")
            read.append(text)
            continue
        if value is None or not ({"x", "X"} & variables) or set(arguments) != names & _PARAMETERS:
            if value is not None and not is_latex(text):
                _refuse(text, found, letter, arguments, variables, names & _PARAMETERS)
            read.append(text)
            continue
        read.append(blanked)
        head = " ".join(text[:found.end()].split())
        shown = ", ".join(" ".join(argument.split()) for argument in found.group("arguments").split(","))
        notes.append(f"--let {' '.join(text.split())}: '{head}' {PARAMETER_HEAD_MARK} {shown} (ML notes' "
                     f"f(w, b) = wx + b), not a variable to call {letter} at: its value is the prediction for an "
                     f"example x, read as --let {letter} = {' '.join(text[found.end() + 1:].split())}")
    return read, notes


def _refuse(text: str, found: re.Match[str], letter: str, arguments: list[str], variables: set[str],
            written: set[str]) -> None:
    """Why the plain ``f(w) = …`` of parameters is not read as the model's value: no data, or the bracket's
    parameters not the value's."""
    head = " ".join(text[:found.end()].split())
    if not {"x", "X"} & variables:
        raise InputError(f"'{head}' names {letter} by its parameters, but its value writes no data x: it is no "
                         "model's prediction, and a --let's left side is a name", source=text,
                         column=found.start("bracket"), label="--let",
                         hint=f"write the model's value at an example x, e.g. --let '{letter} = wx + b'")
    missing = sorted(written - set(arguments))
    unused = sorted(set(arguments) - written)
    said = (f"its value also writes {', '.join(missing)}, which the bracket leaves out (a constant, or a parameter?)"
            if missing else f"its value does not write {', '.join(unused)}")
    raise InputError(f"'{head}' names the model {letter} by its parameters, but {said}: which are its parameters is "
                     "not clear", source=text, column=found.start("bracket"), label="--let",
                     hint=f"name every parameter the value writes, e.g. --let '{letter}(w, b) = wx + b', or write "
                          f"--let '{letter} = …'")
