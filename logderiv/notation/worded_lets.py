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
no function (σ, log, exp, tanh …, called or not: ``tanh w*x``), no e^ or other power but a data letter's to a
whole number (x_i^2, a feature), no division but by a number; "the linear function sigmoid(w*x + b)" and "the
linear function 1/(1+e^(-(w*x + b)))" (the sigmoid written out) contradict themselves and are refused, the two
readings named. A dot product (np.dot, ``dot``, np.matmul) and a sum are linear, and read.

Sympy-free, like the front ends.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns
from ..errors import InputError
from . import vocabulary as vocab

__all__ = ["read_worded_lets"]

#: NAME, the words, FORMULA (see the module's docstring)
_WORDED = patterns.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)\s+"
    r"(?P<words>is\s+(?:defined\s+as|given\s+by|computed\s+as)"
    r"|is\s+(?:the|a|an)\s+(?:(?P<kind>linear|affine)\s+)?(?:function|model|prediction|hypothesis))"
    r"\s*:?\s+(?P<formula>\S.*)$",
    re.DOTALL,
)  # matched against the let without its ending full stop (patterns.without_end): no lazy formula before it
#: a run of letters in the formula: a name, a function's call, or an English word
_RUN = patterns.compile(r"[A-Za-z]+")
#: a call in the formula: letters then '('
_CALL = patterns.compile(r"[A-Za-z][A-Za-z0-9_]*\s*\(")
#: a name in the formula (np.exp gives np and exp), for the linear check
_IDENTIFIER = patterns.compile(r"[A-Za-z][A-Za-z0-9_]*")
#: calls a linear formula may make: a dot product, a matrix product, a sum
_LINEAR_CALLS = frozenset({"dot", "matmul", "sum"})
#: a power, ^ or **, with what comes before it (a data letter's name, to a whole number, is a feature: x_i^2)
_POWER = patterns.compile(r"(?P<base>[A-Za-z][A-Za-z0-9_]*)?\s*(?P<op>\^|\*\*)\s*"
                          r"(?:(?P<exponent>\{?\d+\}?(?![\w.(]))|(?P<transpose>\{?T\}?(?![\w.(])))?")
#: a division, and what it divides by (a number keeps a formula linear: w*x/2)
_DIVISION = patterns.compile(r"/\s*(?P<number>\d+(?:\.\d+)?(?![\w.(^*]))?")
#: words of English that, left in the formula, mean it is a sentence still (not read)
_ENGLISH = frozenset({
    "is", "are", "the", "a", "an", "of", "and", "or", "where", "with", "for", "each", "by", "as", "to", "in",
    "function", "model", "times", "plus", "minus", "over", "weighted", "known", "also", "which", "that",
})


#: a gloss that only names the prediction: ``where \\( \\hat{y}_i \\) is the predicted CreditScore.`` (ŷ, y_hat;
#: its index i or (i) or none), words only after ``is the predicted``/``is the prediction``/``denotes the predicted``
_PREDICTION_GLOSS = patterns.compile(
    r"^\s*(?:where\s+)?(?:\\\(|\$)?\s*"
    r"(?P<name>\\hat\s*\{\s*y\s*\}|\\hat\s+y|ŷ|y\u0302|y_hat|yhat|y_pred)"
    r"(?:\s*_\s*(?:\{\s*i\s*\}|i)|ᵢ|\s*\^\s*\{\s*\(\s*i\s*\)\s*\}|⁽ⁱ⁾)?"
    r"\s*(?:\\\)|\$)?\s+(?:is|denotes)\s+the\s+(?:predicted|prediction)\b[A-Za-z \-']*$"
)
#: a let whose left side is ŷ (its spellings as in :data:`_PREDICTION_GLOSS`), before its ``=``
_PREDICTION_NAME = patterns.compile(
    r"^\s*(?:\\\(|\$)?\s*(?:\\hat\s*\{\s*y\s*\}|\\hat\s+y|ŷ|y\u0302|y_hat|yhat|y_pred)[^=]*=")
#: words that tell the model's kind or output (a probability is a sigmoid's, a class a classifier's): a gloss that
#: says them is no bare "ŷ is the prediction" and is not set aside (the cost alone may tell another model)
_MODEL_WORDS = patterns.compile(
    r"(?i)\b(?:probabilit\w*|likelihood|odds|logistic|sigmoid\w*|softmax|logit\w*|class\w*|label\w*|categor\w*|"
    r"binary|linear|polynomial|model\w*|network\w*|neural|layer\w*|tree\w*|kernel\w*|activation\w*|output\w*)\b")
PREDICTION_GLOSS_NOTE = ("--let '{text}' is words only: it says that ŷ is the prediction, which is how ŷ is read "
                         "already, and gives no formula (set aside; the model is told from the cost)")


def read_worded_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """The lets with each worded definition (module docstring) respelled ``NAME = FORMULA``, and the notes.

    A let that only says in words that ŷ is the prediction (``where \\( \\hat{y}_i \\) is the predicted
    CreditScore.``) defines nothing: it is set aside, noted (ŷ is read as the prediction h already). Only ŷ's
    spellings (ŷ, \\hat{y}, y_hat, y_pred), with the example's index or none, and only words after them.
    """
    read: list[str] = []
    notes: list[str] = []
    # another let that defines ŷ by a formula (``\hat{y}_i = \sigma(…)``) tells the model; a gloss beside it that
    # names the model's kind says nothing more
    prediction_formula = any(isinstance(let, str) and "=" in let and _PREDICTION_NAME.match(let) is not None for let in lets)
    for text in lets:
        if (isinstance(text, str) and "=" not in text and _PREDICTION_GLOSS.match(patterns.without_end(text, "."))
                and (prediction_formula or not _MODEL_WORDS.search(text))):
            notes.append(PREDICTION_GLOSS_NOTE.format(text=" ".join(text.split())))
            continue
        match = _WORDED.match(patterns.without_end(text, ".")) if isinstance(text, str) and "=" not in text else None
        if match is None:
            read.append(text)
            continue
        formula = match.group("formula")
        if "\n" in formula or any(run.group(0).lower() in _ENGLISH for run in _RUN.finditer(formula)):
            read.append(text)  # more words after the formula's start: a sentence, not read
            continue
        kind = match.group("kind")
        found = _not_linear(formula) if kind is not None else None
        if found is not None:
            offset, what = found
            raise InputError(
                f"'{' '.join(match.group('words').split())}' says the formula is {kind}, but {what}: either the "
                "words or the formula is not what is meant",
                source=text, column=match.start("formula") + offset, label="--let",
                hint=f"write the definition with '=': {match.group('name')} = …",
            )
        name = match.group("name")
        read.append(f"{name} = {formula}")
        notes.append(f"--let '{' '.join(text.split())}': the words '{' '.join(match.group('words').split())}' "
                     f"say the formula is {name}'s value, read as {name} = {formula}")
    return read, notes


def _not_linear(formula: str) -> tuple[int, str] | None:
    """Where ``formula`` stops being linear (affine) as written, and what makes it so; None where it is linear.

    A function (called or not, but a dot product or a sum), the constant e, a power but a data letter's to a whole
    number (x_i^2, a feature), a division but by a number: each makes a formula that is not affine in its
    parameters (1/(1+e^(−z)) the sigmoid, (w·x + b)², 1/(w·x + b)), whatever the words before it say.
    """
    found: list[tuple[int, str]] = []  # a function or e first (the sigmoid written out is named by its e^), …
    for name in _IDENTIFIER.finditer(formula):
        word = name.group(0)
        called = _CALL.match(formula, name.start()) is not None
        if word in vocab.FUNCTIONS or word in vocab.SIGMOID_NAMES:
            found.append((name.start(), f"it {'calls' if called else 'applies'} '{word}'"))
        elif called and word not in _LINEAR_CALLS and word not in ("np", "numpy"):
            found.append((name.start(), f"it calls '{word}'"))
        elif word == "e":
            found.append((name.start(), "it raises e to a power" if _POWER.match(formula, name.start()) else
                          "it has e in it (the exponential's base)"))
    if found:
        return min(found)
    for power in _POWER.finditer(formula):  # … then a power, then a division
        base = power.group("base") or ""
        if power.group("transpose") is not None and power.group("op") == "^":
            continue  # theta^T x: a transpose, not a power
        if not (base[:1] in ("x", "X") and power.group("exponent")) and base != "e":
            found.append((power.start("op"), f"it has a power ('{power.group('op')}')"))
    for division in _DIVISION.finditer(formula):
        if not found and division.group("number") is None:
            found.append((division.start(), "it divides by what is not a number"))
    return min(found) if found else None
