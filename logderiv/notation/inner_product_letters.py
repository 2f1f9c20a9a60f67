r"""Logistic loss in optimisation's letters: ``\langle a_i, x \rangle`` with labels ``b_i``, differentiated by x.

Optimisation courses write the data set as rows a_i with labels b_i and the unknown as x
(``L(X, B, x) = \sum_{i=1}^{m} \ln(1 + \exp(-b_i \langle a_i, x \rangle))``, a Russian
homework on the logistic oracle), where logderiv's x is an example and a, b are unknown
names. When the user asks for ``--wrt x_j`` and the texts pair x with the example a_i in
an inner product, the only reading is a_i the i-th example, x the parameter vector and b_i
its label: the texts are respelled in place, one character for one (a caret still points
at the right spot), as x_i, w and y_i, and a note says so. This is
:mod:`logderiv.notation.least_squares`' convention (A, x, b), example by example.

Only where nothing else is possible: LaTeX only; every a and b carries the example index
(``a_i``, ``b_{i}``: a bare b may be an intercept), every x stands bare inside a
``\langle a_i, x \rangle`` (either order) or in the bracket of the left side's name
(``L(X, B, x) =``, which only lists what the cost depends on); and no text writes
logderiv's own letters (w, W, y, Y, θ, β, or an X outside that bracket) beside them.
Anything else is left to the LaTeX reader, which refuses ``\langle a_i, x \rangle`` with
its caret. Sympy-free, like the front ends.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .. import patterns

__all__ = ["NOTE", "respell_inner_product_letters"]

NOTE = ("read in optimisation's letters: a_i is example i, x the unknown (the parameters), b_i the label of example "
        "i (respelled x_i, w, y_i), as --wrt x_j and the inner product ⟨a_i, x⟩ say")

#: the letters read, and the letters they become
_LETTERS = {"a": "x", "x": "w", "b": "y"}
#: --wrt x_j, x_{k}, x_1: a component of the vector x
_ASKED = patterns.compile(r"\s*x\s*_\s*(?:\{\s*(?P<braced>[A-Za-z]|\d+)\s*\}|(?P<index>[A-Za-z]|\d+))\s*")
#: a control word: its letters are no names
_COMMAND = patterns.compile(r"\\[A-Za-z]+")
#: ⟨a_i, x⟩ or ⟨x, a_i⟩ (commands blanked, so \langle is spaces): its x
_PAIR = patterns.compile(r"⟨\s*a\s*_\s*(?:\{\s*i\s*\}|i)\s*,\s*(?P<after>x)\s*⟩"
                         r"|⟨\s*(?P<before>x)\s*,\s*a\s*_\s*(?:\{\s*i\s*\}|i)\s*⟩")
#: the example index after a letter: _i, _{i}
_EXAMPLE_INDEX = patterns.compile(r"\s*_\s*(?:\{\s*i\s*\}|i)(?![A-Za-z])")
#: the left side's name and its bracket of single letters, before the first '=': L(X, B, x) =, \nabla L(X, B, x) =
_HEAD = patterns.compile(r"^[^=]*?[A-Za-z]\s*\((?P<arguments>\s*[A-Za-z](?:\s*,\s*[A-Za-z])*\s*)\)\s*=")
#: logderiv's own letters: beside them a, x, b would be something else
_OWN = frozenset("XyYwW")
#: θ and β, logderiv's other parameter letters
_GREEK_PARAMETERS = patterns.compile(r"\\(?:var)?theta|\\beta|θ|β")


def respell_inner_product_letters(texts: Sequence[str], asked: str | None,
                                  is_latex: Callable[[str], bool]) -> tuple[dict[str, str], str, str] | None:
    """``(respelled texts by original, --wrt respelled, note)`` when ``texts`` pair a_i with the unknown x; else None.

    ``texts`` are the cost, the answer and the lets; ``asked`` the --wrt as written. Nothing is respelled unless
    --wrt names a component of x and some text writes ⟨a_i, x⟩.
    """
    if asked is None:
        return None
    match = _ASKED.fullmatch(asked)
    if match is None or not all(is_latex(text) for text in texts):
        return None
    paired = False
    respelled = {}
    for text in texts:
        if _GREEK_PARAMETERS.search(text):
            return None
        blanked = _blanked(text)
        head = _HEAD.match(blanked)
        listed = range(*head.span("arguments")) if head else range(0)
        chars = list(text)
        pairs = {found.start("after") if found.group("after") else found.start("before")
                 for found in _PAIR.finditer(blanked)}
        paired = paired or bool(pairs)
        for at, char in enumerate(blanked):
            if not char.isalpha() or (at and blanked[at - 1].isalpha()) or blanked[at + 1:at + 2].isalpha():
                continue  # a letter of a word (exp, ln after blanking is gone; 'ab' is no name here)
            if at in listed:
                if char == "x":
                    chars[at] = "w"  # L(X, B, x): the cost depends on the parameters x
                continue
            if char in _OWN:
                return None
            if char in ("a", "b"):
                if not _EXAMPLE_INDEX.match(blanked, at + 1):
                    return None  # a bare b (an intercept?), a_j: not example i's row or label
                chars[at] = _LETTERS[char]
            elif char == "x":
                if at not in pairs:
                    return None  # x on its own, x_j, x^{(i)}: x as data, or the parameters outside ⟨a_i, x⟩
                chars[at] = "w"
        respelled[text] = "".join(chars)
    if not paired:
        return None
    return respelled, f"w_{match.group('braced') or match.group('index')}", NOTE


def _blanked(text: str) -> str:
    r"""``text`` with control words blanked and ``\langle``, ``\rangle`` as ⟨ and ⟩: the same length, column for column."""
    def blank(found: re.Match[str]) -> str:
        word = found.group()
        if word in ("\\langle", "\\rangle"):
            return (" " * (len(word) - 1)) + ("⟨" if word == "\\langle" else "⟩")
        return " " * len(word)

    return _COMMAND.sub(blank, text)
