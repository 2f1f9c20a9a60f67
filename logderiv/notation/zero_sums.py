r"""A cost and an answer that both sum over the examples from 0 to n beside 1/n: one slip, read once.

``f(m,b) = \frac{1}{n}\sum_{i=0}^n (y_i-(mx_i + b))^2`` and its answer
``\frac{2}{n}\sum_{i=0}^n -x_i(y_i-(mx_i + b))``: a sum from 0 to n has n + 1
terms, yet the writer divides by n. Alone, the front ends refuse it (n + 1
examples averaged by n, or the n examples numbered from 0? a guess). When the
cost and the answer make the same slip — every sum over the examples in both
runs from 0 to the one letter both divide by — the verdict is the same under
either reading (both sides are sums over the same range of per-example terms, n
the same symbol in both: they agree at every n and every data set only if their
terms agree, however many there are), so both are read as the mean over the n
examples and a note says so. A term outside the sums (a penalty, a constant
taken out of the sum) is counted once under either reading while the sums count
n or n + 1 terms, so the verdict could differ: then the texts are refused as before.

The texts are respelled in place (``0`` → ``1`` in the lower bound, every column
kept), like :mod:`logderiv.notation.redefined`. A cost derived on its own is
still refused: there the reading would change the gradient. LaTeX only; sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable
from .. import patterns

__all__ = ["zero_based_means", "zero_based_totals"]

# \sum_{i=0}^{n}, \sum_{i = 0}^n, \sum\limits_{i=0}^{n}, and the scripts the other way round
_BELOW = r"_\s*\{\s*(?P<letter{k}>[a-z])\s*=\s*(?P<zero{k}>0)\s*\}"
_ABOVE = r"\^\s*(?:\{\s*(?P<top{k}>[A-Za-z])\s*\}|(?P<bare{k}>[A-Za-z])(?![A-Za-z])|(?P<glued{k}>[A-Za-z]))"
_SUM = patterns.compile(
    r"(?:\\sum|Σ)(?:\\limits|\\nolimits)?\s*(?:"
    + _BELOW.replace("{k}", "1") + r"\s*" + _ABOVE.replace("{k}", "1")
    + "|" + _ABOVE.replace("{k}", "2") + r"\s*" + _BELOW.replace("{k}", "2") + ")"
)
# any sum whose lower bound starts at 0, to make sure none is left out of the reading
_ANY_ZERO_SUM = patterns.compile(r"(?:\\sum|Σ)(?:\\limits|\\nolimits)?\s*(?:\^\s*(?:\{[^{}]*\}|\S)\s*)?_\s*\{\s*[a-z]\s*=\s*0")


def _sums(text: str) -> list[tuple[str, str, int]]:
    """Each ``\\sum_{L=0}^{U}`` with a one-letter upper bound: (L, U, column of the 0)."""
    found = []
    for match in _SUM.finditer(text):
        k = "1" if match.group("letter1") else "2"
        top = match.group("top" + k) or match.group("bare" + k) or match.group("glued" + k)
        found.append((match.group("letter" + k), top, match.start("zero" + k)))
    return found


def _divides_by(text: str, count: str) -> bool:
    r"""Whether ``text`` divides by ``count``: ``\frac{2}{n}``, ``\frac{-1}{n}``, ``\frac1n``, ``\frac{1}{2n}``, ``1/n``."""
    fraction = rf"\\[dt]?frac\s*(?:\{{[^{{}}]*\}}|\S)\s*(?:\{{\s*\d*\s*{count}\s*\}}|{count}(?![A-Za-z]))"
    return bool(re.search(fraction, text) or re.search(rf"/\s*\(?\s*\d*\s*{count}(?![A-Za-z])", text))


def _marks_examples(text: str, letter: str) -> bool:
    """Whether ``letter`` indexes the targets in ``text`` (y_i, y_{i}, y^{(i)}, \\hat y_i): the sum is over the examples."""
    return bool(re.search(rf"y\s*(?:_\s*(?:\{{\s*{letter}\s*\}}|{letter}(?![A-Za-z]))|\^\s*\{{\s*\(\s*{letter}\s*\)\s*\}})", text))


def _right_side(text: str) -> str:
    """What follows the last ``=`` outside brackets (a left side ``f(m,b) =``, ``D_w =`` dropped)."""
    depth, last = 0, -1
    for position, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "=" and depth == 0:
            last = position
    return text[last + 1:]


# a sign right after a script, an operator or a sum's limits is unary: x^-1, a \\cdot -b, \\sum_{i=0}^{n} -(…)
_UNARY_AFTER = patterns.compile(
    r"(?:[\^_*/(=]|\\cdot|\\times|\\sum\s*(?:[_^]\s*(?:\{[^{}]*\}|[^\s{}])\s*)*)\s*$"
)


def _terms(text: str) -> list[str]:
    """The terms of ``text`` outside brackets, split at a binary + or − (a leading sign stays with its term)."""
    terms, depth, begin = [], 0, 0
    for position, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in "+-−" and depth == 0 and text[begin:position].strip() and not _UNARY_AFTER.search(text[:position]):
            terms.append(text[begin:position])
            begin = position
    return [*terms, text[begin:]]


def _all_summed(text: str) -> bool:
    """Whether every term of the right side holds a sum from 0: nothing stands outside the sums.

    A term outside (``2b`` beside ``\\frac{2}{n}\\sum_{i=0}^{n}(…)``) counts once while the sums count
    their terms, n or n + 1 of them: the verdict could then depend on the reading.
    """
    return all(_ANY_ZERO_SUM.search(term) for term in _terms(_right_side(text)))


def zero_based_means(cost: str | None, answer: str | None, is_latex: Callable[[str], bool]) -> tuple[str, str, str] | None:
    r"""The cost and the answer with ``\sum_{i=0}^{n}`` read as ``\sum_{i=1}^{n}``, and the note; None if not both make the slip.

    Both texts must be LaTeX, each must write at least one such sum, every sum
    from 0 in either must be one (to the same letter, over an index that marks
    the targets), each must divide by that letter, and every term of each must
    hold such a sum (so both sides are sums over one range of per-example terms).
    """
    if cost is None or answer is None or not (is_latex(cost) and is_latex(answer)):
        return None
    found = {text: _sums(text) for text in (cost, answer)}
    if not all(found.values()):
        return None
    counts = {top for sums in found.values() for _, top, _ in sums}
    if len(counts) != 1:
        return None
    count = counts.pop()
    for text, sums in found.items():
        if len(_ANY_ZERO_SUM.findall(text)) != len(sums) or not _divides_by(text, count) or not _all_summed(text):
            return None
        if not all(_marks_examples(text, letter) for letter, _, _ in sums):
            return None

    def respelled(text: str) -> str:
        for _, _, column in found[text]:
            text = text[:column] + "1" + text[column + 1:]
        return text

    letter = found[cost][0][0]
    note = (
        f"the cost and the answer both sum from {letter} = 0 to {count} beside 1/{count} ({count} + 1 terms averaged "
        f"by {count}, a common slip): read as the mean over the {count} examples, {letter} = 1..{count}; the verdict is "
        f"the same either way, as both sides sum over the same range"
    )
    return respelled(cost), respelled(answer), note


def zero_based_totals(cost: str | None, answer: str | None, lets: tuple[str, ...],
                      is_latex: Callable[[str], bool]) -> tuple[str, str | None, str] | None:
    r"""The cost (and the answer) with ``\sum_{i=0}^{n}`` read as the sum over every example, and the note; else None.

    ``-\sum_{i=0}^n [y^{(i)} \log h + …]``: no 1/n, and n written nowhere but atop the sums (nor
    in a --let): the writer numbers the examples 0..n, and the sum runs over all of them, however
    many (logderiv's m). The gradient is that sum of per-example terms whatever the count, so the
    reading changes nothing a derivation or a verdict says. An answer must sum the same way
    (every term holding such a sum) or hold no sum at all (one example's term), and write no n:
    then it too cannot tell n from n + 1. Read as i = 1..n, noted. (With 1/n the count matters:
    :func:`zero_based_means`.)
    """
    if cost is None or not is_latex(cost) or answer is not None and not is_latex(answer):
        return None
    texts = [cost] if answer is None or not _ANY_SUM.search(answer) else [cost, answer]
    found = {text: _sums(text) for text in texts}
    if not all(found.values()):
        return None
    counts = {top for sums in found.values() for _, top, _ in sums}
    if len(counts) != 1:
        return None
    count = counts.pop()
    if count == _EXAMPLE_COUNT:
        return None  # 0..m: m is the number of examples itself, so m + 1 terms are one too many (an off-by-one)
    for text, sums in found.items():
        if len(_ANY_ZERO_SUM.findall(text)) != len(sums) or _divides_by(text, count) or not _all_summed(text):
            return None
        if _writes(_SUM.sub("", text), count) or not all(_marks_examples(text, letter) for letter, _, _ in sums):
            return None  # n elsewhere (a mean, a count of features): the reading would change the verdict
    if any(_writes(other, count) for other in (*lets, *([answer] if answer not in found and answer else []))):
        return None

    def respelled(text: str) -> str:
        for _, _, column in found.get(text, ()):
            text = text[:column] + "1" + text[column + 1:]
        return text

    letter = found[cost][0][0]
    both = "the cost and the answer both sum" if answer in found else "the cost sums"
    note = (
        f"{both} from {letter} = 0 to {count}, and write{'s' if answer not in found else ''} {count} nowhere else: "
        f"the sum over every example ({count} + 1 of them, numbered from 0), read as {letter} = 1..{count}; "
        "the gradient is that sum whatever the count"
    )
    return respelled(cost), None if answer is None else respelled(answer), note


#: the notation's number of examples: a sum from 0 to it has one term too many, not a numbering from 0
_EXAMPLE_COUNT = "m"
#: any sum sign at all
_ANY_SUM = patterns.compile(r"\\sum|∑|Σ")


def _writes(text: str, letter: str) -> bool:
    """Whether ``text`` holds ``letter`` anywhere outside a command's name (glued in a word too: ``nx`` is n·x)."""
    return letter in re.sub(r"\\[A-Za-z]+", "", text)
