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

__all__ = ["read_inner_sum_lets", "read_inner_sum_answer", "INNER_SUM_NOTE", "ONE_EXAMPLE_ANSWER_SUM_NOTE"]

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


#: the note of an answer's np.sum(w * x) read as the inner product beside a cost of one example; {written}: the text
ONE_EXAMPLE_ANSWER_SUM_NOTE = ("the answer's {written} of the parameters times x is read over the features, as "
                               "np.dot(w, x) (a product of numbers where the model has one feature): the cost is one "
                               "example's loss (no sum over the examples, no example index), so there is no example to "
                               "sum over")


#: a code sum's opening: np.sum(, numpy.sum(, sum( (not nansum(, torch.sum(, LaTeX's \\sum()
_SUM_OPEN = patterns.compile(r"(?<![\w.\\])(?:(?:np|numpy)\.)?sum\(")
#: an array method's sum: ).sum()
_METHOD_SUM = patterns.compile(r"\)\s*\.sum\(\s*\)")
#: the parameter's name as a whole factor
_PARAMETER_FACTOR = patterns.compile(rf"\(*\s*{_PARAMETER}\s*\)*")
#: the data x (x, x_i, x[i], x ** 2) written in a factor
_DATA_IN = patterns.compile(r"(?<![\w.])x(?![A-Za-z0-9(])")


def _closing(text: str, opening: int) -> int | None:
    """The index of the bracket closing the one at ``opening``, or None."""
    depth = 0
    for at in range(opening, len(text)):
        depth += {"(": 1, ")": -1}.get(text[at], 0)
        if depth == 0:
            return at
    return None


def _opening(text: str, closing: int) -> int | None:
    """The index of the bracket opened for the one closing at ``closing``, or None."""
    depth = 0
    for at in range(closing, -1, -1):
        depth += {")": 1, "(": -1}.get(text[at], 0)
        if depth == 0:
            return at
    return None


def _factors(inside: str) -> list[str]:
    """The factors a product at the top of ``inside`` multiplies (``*``, never ``**``), outer brackets dropped."""
    inside = inside.strip()
    while inside.startswith("(") and _closing(inside, 0) == len(inside) - 1:
        inside = inside[1:-1].strip()
    factors, depth, last, at = [], 0, 0, 0
    while at < len(inside):
        char = inside[at]
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(char, 0)
        if inside.startswith("**", at):
            at += 2
            continue
        if depth == 0 and char in "+-" and inside[:at].strip() and not inside[:at].rstrip().endswith(("*", "/", "(")):
            return [inside]  # a sum or difference at the top: no product's factors
        if depth == 0 and char == "*":
            factors.append(inside[last:at])
            last = at + 1
        at += 1
    return [*factors, inside[last:]]


def _product_sums(text: str, start: int) -> list[tuple[int, str, str]]:
    """Each code sum after ``start`` of a product with a parameter's letter and x among its factors:
    (column, the sum as written, the parameter's name)."""
    found: list[tuple[int, str, str]] = []
    # (column of the sum, the bracket's opening, its closing, the sum's end)
    spans: list[tuple[int, int, int, int]] = []
    for match in _SUM_OPEN.finditer(text, start):
        closing = _closing(text, match.end() - 1)
        if closing is not None:
            spans.append((match.start(), match.end() - 1, closing, closing + 1))
    for match in _METHOD_SUM.finditer(text, start):
        opening = _opening(text, match.start())
        if opening is not None and opening >= start and not (opening and (text[opening - 1].isalnum()
                                                                          or text[opening - 1] in "_.")):
            spans.append((opening, opening, match.start(), match.end()))
    for column, opening, closing, end in spans:
        factors = _factors(text[opening + 1:closing])
        if len(factors) < 2:
            continue
        names = [_NAME.search(factor) for factor in factors if _PARAMETER_FACTOR.fullmatch(factor.strip())]
        if names and any(_DATA_IN.search(factor) for factor in factors):
            name = names[0]
            assert name is not None  # the factor is the parameter's name
            found.append((column, text[column:end], name.group(0)))
    return found


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
            continue
        head = text.index("=")
        # the exact inner sums blanked (columns kept): any other sum of a parameter times x is refused first
        blanked = _INNER_SUM.sub(lambda match: " " * len(match.group(0)), text)
        for column, written, name in _product_sums(blanked, head + 1):
            # np.sum(w * x * y), np.sum(2 * w * x), np.sum(w * x_i): a sum over one example's features (w a vector)
            # or over the examples of a one-feature line (w a scalar)? main read the latter, a model that is no model
            raise InputError(
                f"{written} in a model's value: a sum over one example's features ({name} a vector of the features) or "
                f"a sum over the examples ({name} one number)? a sum over the examples inside a prediction makes no "
                f"model, and nothing written says which",
                source=text, column=column, label="--let",
                hint=f"for one example's model write the inner product np.dot({name}, x) and the other factors "
                     f"outside it (y * np.dot({name}, x)); for a one-feature line write {name} * x")
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
            dot = f"np.dot({name}, x)"
            # padded where it fits, so that a caret later in the let stays under what it points at
            pieces += [text[last:match.start()], dot.ljust(len(written))]
            last = match.end()
            notes.append(INNER_SUM_NOTE.format(written=written, name=name, why=why))
        respelled = "".join(pieces) + text[last:] if pieces else text
        read.append(respelled)
    return read, notes


#: a note of read_inner_sum_lets, its parameter's name caught
_NOTED = patterns.compile(r"^\S.*? in a model's value is read as the inner product (?P<name>\w+)·x ")


def read_inner_sum_answer(answer: str, notes: Sequence[str], *, one_example: bool = False) -> str:
    """The answer with each ``np.sum(w * x)`` read as the problem's --let read it (``np.dot(w, x)``).

    Where a --let's sum was read as one example's inner product (its note among ``notes``), the answer's same text
    means the same: read apart, it was a sum over the examples, and a right answer repeating the model was judged
    "different" (audsum37). So it is where the cost is ``one_example``'s loss (no sum over the examples, no example
    index: ``y_hat = np.dot(w, x) + b`` beside ``(y - y_hat) ** 2``): there is no example to sum over, and the sum of
    the entrywise product of the parameters and the one example's x is their inner product (the caller notes it).
    The text keeps its columns where the dot product fits in the sum's place.
    """
    names = {match.group("name") for note in notes if (match := _NOTED.match(note)) is not None}
    if one_example:
        names |= {found.group(0) for match in _INNER_SUM.finditer(answer) if (found := _NAME.search(match.group(0)))}
    if not names:
        return answer
    pieces: list[str] = []
    last = 0
    for match in _INNER_SUM.finditer(answer):
        found = _NAME.search(match.group(0))
        assert found is not None  # _INNER_SUM matched a parameter's name
        if found.group(0) not in names:
            continue
        dot = f"np.dot({found.group(0)}, x)"
        if len(dot) > len(match.group(0)):
            dot = f"np.dot({found.group(0)},x)"
        pieces += [answer[last:match.start()], dot.ljust(len(match.group(0)))]
        last = match.end()
    return "".join(pieces) + answer[last:] if pieces else answer
