"""Code's inner product written as a sum of the entrywise product: ``--let 'y_hat = np.sum(w * x) + b'``.

NumPy code writes one example's linear model ``ŷ = w·x + b`` as ``np.sum(w * x) + b``, ``sum(w*x)`` or
``(w * x).sum()``: w and x are the vectors of one example's features, and the sum runs over the features. The
sum parser reads a code sum as a sum over the examples, which made the model a one-feature line summed over
every example (``Σᵢ w xᵢ``, w a scalar) — a prediction that is the same number for every example, no model at
all, and a right gradient ``2(ŷ − y)x`` judged "different" (issue 10).

Inside a --let's value, a sum of exactly a parameter vector's letter (``w``, ``theta``, ``weights``, ``beta``)
times the data ``x`` (either order) is read as the inner product ``np.dot(w, x)`` — with a note — where the text
settles that x is one example's: the cost is one example's loss (no sum or mean over the examples written in
it), or the text indexes the parameter (``w_j``, ``w[j]``). Otherwise the sum is refused with a caret and both
readings: a summed cost with such a model is what vectorised code writes over a data matrix too. Never is it read
as a sum over the examples inside a model's value. Sympy-free, like the front ends.
"""

from __future__ import annotations

from typing import Sequence

from ..errors import InputError
from . import vocabulary as vocab
from .. import patterns

__all__ = ["read_inner_sum_lets", "INNER_SUM_NOTE"]

#: the parameter vectors' code names that such a sum multiplies by the data
_PARAMETER = r"(?:w|theta|weights|beta)"
#: the data of one example, lower-case x (a capital X is a data matrix: its np.sum(X * w) is another sum)
_DATA = r"x"
_PRODUCT = rf"(?:{_PARAMETER}\s*\*\s*{_DATA}|{_DATA}\s*\*\s*{_PARAMETER})(?![\w(\[.])"
#: np.sum(w * x), numpy.sum(x * w), sum(w*x), np.sum((w * x)) (pasted code's (w * x).sum()), (w * x).sum(): the
#: whole sum, nothing else in its bracket
_INNER_SUM = patterns.compile(
    rf"(?<![\w.\\])(?:(?:np|numpy)\.)?sum\(\s*(?:\(\s*{_PRODUCT}\s*\)|{_PRODUCT})\s*\)"
    rf"|(?<![\w.])\(\s*{_PRODUCT}\s*\)\.sum\(\s*\)")
#: the parameter's name in a match of _INNER_SUM
_NAME = patterns.compile(_PARAMETER + r"(?!\w)")
#: a sum or mean over the examples written in the cost: np.sum(, sum(, np.mean(, .mean(), Σ, \sum, len(
_SUMMED_COST = patterns.compile(r"(?<![A-Za-z])(?:sum|mean|len)\s*\(|\.(?:sum|mean)\s*\(|Σ|∑|\\sum(?![A-Za-z])")

#: the note of a sum read as the inner product; {written}: the text, {name}: the parameter, {why}: what settles it
INNER_SUM_NOTE = ("{written} in a model's value is read as the inner product {name}·x over the features of one "
                  "example ({name} and x vectors, {name}ᵀx⁽ⁱ⁾): a sum over the examples inside a prediction makes no "
                  "model; {why}")


def _indexes(text: str, name: str) -> bool:
    """Whether ``text`` writes an entry of the parameter ``name``: ``w_j``, ``w_{j}``, ``w[j]``."""
    indices = "|".join(sorted(vocab.FEATURE_INDICES))
    return patterns.compile(
        rf"(?<![\w.]){name}\s*(?:_\s*\{{?\s*(?:{indices})(?![A-Za-z])|\[\s*(?:{indices})\s*\])").search(text) is not None


def read_inner_sum_lets(lets: Sequence[str], cost: str) -> tuple[list[str], list[str]]:
    """The lets with each ``np.sum(w * x)`` read as ``np.dot(w, x)`` where the text settles it, and the notes.

    Raises :class:`InputError` (with a caret on the sum) where the cost or a let sums over the examples and nothing
    indexes the parameter: ``np.sum(w * x)`` may then be one example's inner product or the sum of a whole data array.
    """
    read: list[str] = []
    notes: list[str] = []
    texts = [cost, *(text for text in lets if isinstance(text, str))]
    # the cost's own sum, in its text or in a let it names (J = np.mean(…) beside --cost J): the model's sums aside
    summed = any(_SUMMED_COST.search(_INNER_SUM.sub(" ", text)) for text in texts)
    for text in lets:
        if not isinstance(text, str) or "=" not in text:
            read.append(text)
            continue
        head = text.index("=")
        pieces: list[str] = []
        last = 0
        for match in _INNER_SUM.finditer(text, head + 1):
            found = _NAME.search(match.group(0))
            assert found is not None  # _INNER_SUM matched a parameter's name
            name = found.group(0)
            written = match.group(0)
            if any(_indexes(each, name) for each in texts):
                why = f"the text indexes {name} ({name}_j), so {name} is a vector of the features"
            elif not summed:
                why = ("the cost is one example's loss (no sum over the examples is written in it or its lets), so x "
                       "is one example's features")
            else:
                raise InputError(
                    f"{written} in a model's value: the inner product {name}·x over one example's features "
                    f"({name} and x vectors), or a sum over the examples of {name} times x? the cost sums over the "
                    f"examples too, so nothing written says which x is",
                    source=text, column=match.start(), label="--let",
                    hint=f"for one example's model write np.dot({name}, x) + b (or {name}_j to index {name}); "
                         f"a sum over the examples inside a prediction makes no model")
            pieces += [text[last:match.start()], f"np.dot({name}, x)"]
            last = match.end()
            notes.append(INNER_SUM_NOTE.format(written=written, name=name, why=why))
        read.append("".join(pieces) + text[last:] if pieces else text)
    return read, notes
