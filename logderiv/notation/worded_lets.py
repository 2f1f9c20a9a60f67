"""A definition written in words where a ``--let`` has its ``=``: ``f_wb_i is the linear function w*x_i + b``.

Plain-text docstrings define the model as a sentence, the name first: "f_wb_i is the linear function
w*x_i + b" (public code index file 39812014434), "h is defined as sigmoid(z)", "z is given by w*x + b". The
words between the name and the formula say only that the formula *is* the name's value, so the let is read as
``NAME = FORMULA``, noted. Only this shape is read: one name (a letter or a code name, with ``_`` subscripts), then
``is defined as``, ``is given by``, ``is computed as``, or ``is`` with ``the``/``a`` and at most one of the words
``linear``, ``affine`` and then ``function``, ``model``, ``prediction`` or ``hypothesis``, then a formula with no
further word of English (one token of letters that is a known function's name or a variable's). A let that
already has an ``=`` is left alone, and so is any other sentence (its refusal "a --let needs '='" stands).

Where the words name the kind of function ("the linear function"), the formula must be of that kind as written:
no call of a function (σ, log, exp …) in it; "the linear function sigmoid(w*x + b)" contradicts itself and is
refused, the two readings named.

Sympy-free, like the front ends.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns
from ..errors import InputError

__all__ = ["read_worded_lets"]

#: NAME, the words, FORMULA (see the module's docstring)
_WORDED = patterns.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)\s+"
    r"(?P<words>is\s+(?:defined\s+as|given\s+by|computed\s+as)"
    r"|is\s+(?:the|a|an)\s+(?:(?P<kind>linear|affine)\s+)?(?:function|model|prediction|hypothesis))"
    r"\s*:?\s+(?P<formula>\S.*?)\s*\.?\s*$",
    re.DOTALL,
)
#: a run of letters in the formula: a name, a function's call, or an English word
_RUN = patterns.compile(r"[A-Za-z]+")
#: a call in the formula: letters then '('
_CALL = patterns.compile(r"[A-Za-z][A-Za-z0-9_]*\s*\(")
#: words of English that, left in the formula, mean it is a sentence still (not read)
_ENGLISH = frozenset({
    "is", "are", "the", "a", "an", "of", "and", "or", "where", "with", "for", "each", "by", "as", "to", "in",
    "function", "model", "times", "plus", "minus", "over", "weighted", "known", "also", "which", "that",
})


def read_worded_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """The lets with each worded definition (module docstring) respelled ``NAME = FORMULA``, and the notes."""
    read: list[str] = []
    notes: list[str] = []
    for text in lets:
        match = _WORDED.match(text) if isinstance(text, str) and "=" not in text else None
        if match is None:
            read.append(text)
            continue
        formula = match.group("formula")
        if "\n" in formula or any(run.group(0).lower() in _ENGLISH for run in _RUN.finditer(formula)):
            read.append(text)  # more words after the formula's start: a sentence, not read
            continue
        kind = match.group("kind")
        call = _CALL.search(formula)
        if kind is not None and call is not None:
            column = match.start("formula") + call.start()
            raise InputError(
                f"'{' '.join(match.group('words').split())}' says the formula is {kind}, but it calls "
                f"'{call.group(0).rstrip('( ')}': either the words or the formula is not what is meant",
                source=text, column=column, label="--let",
                hint=f"write the definition with '=': {match.group('name')} = …",
            )
        name = match.group("name")
        read.append(f"{name} = {formula}")
        notes.append(f"--let '{' '.join(text.split())}': the words '{' '.join(match.group('words').split())}' "
                     f"say the formula is {name}'s value, read as {name} = {formula}")
    return read, notes
