r"""``--let 'z = w.X + b'`` beside a cost in ŷ_i: X is one example's features, the let's value per example.

Notebooks define ``z = w.X + b`` (NumPy's ``np.dot(w, X)``) and ``\^y = \frac{1}{1 + e^{-z}}``, then
write the cost and the gradients with ŷ_i. Whether X there is the data matrix (z
the vector of every example's value) or one example's features x⁽ⁱ⁾, the value
for example i is wᵀx⁽ⁱ⁾ + b: where the let's name, and every let that uses it, is
written elsewhere only with the example index (``\^y_{i}``), the let is read per
example with X as x (respelled in place, noted). A text that writes X in another
way (``X^T``, ``Xw``) or uses the name without the index keeps X as written.
Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence
from .. import patterns

__all__ = ["respell_example_lets"]

_PRODUCT_WITH_X = patterns.compile(r"(?:(?<![A-Za-z\\])w|\\theta|\\beta)\s*(?:\.|\\cdot)\s*(?P<x>X)(?![A-Za-z_^{(])")
_ANY_X = patterns.compile(r"(?<![A-Za-z\\])X(?![A-Za-z])")
_NAME = patterns.compile(r"\s*(?P<name>\\hat\s*\{\s*y\s*\}|\\hat\s*y|\\\^\s*y|\\\^\s*\{\s*y\s*\}|[A-Za-z])\s*:?=")


def _name(let: str) -> str | None:
    match = _NAME.match(let)
    return None if match is None else match.group("name")


def _indexed_only(text: str, name: str) -> bool:
    """Whether every use of ``name`` in ``text`` carries the example index: ``name_i``, ``name_{i}``, ``name^{(i)}``."""
    spelled = re.escape(name).replace(r"\ ", r"\s*")
    for match in re.finditer(rf"(?<![A-Za-z\\]){spelled}(?![A-Za-z])", text):
        after = text[match.end():]
        if not re.match(r"\s*(?:_\s*(?:\{\s*i\s*\}|i(?![A-Za-z]))|\^\s*\{\s*\(\s*i\s*\)\s*\})", after):
            return False
    return True


def respell_example_lets(
    texts: Sequence[str], lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[dict[str, str], list[str]]:
    """The lets with ``w.X`` read as ``w.x`` where it can only be per example, and the notes; empty otherwise."""
    changed: dict[str, str] = {}
    notes: list[str] = []
    names = {let: _name(let) for let in lets}
    for let in lets:
        name = names[let]
        if name is None:
            continue
        value = let[let.index("=") + 1:]
        products = list(_PRODUCT_WITH_X.finditer(value))
        if len(products) != 1 or len(_ANY_X.findall(value)) != 1:
            continue
        users = {name} | {other for text, other in names.items() if other is not None and text is not let
                          and _mentions(text[text.index("=") + 1:], name)}
        if not any(_mentions(text, user) for text in texts for user in users):
            continue  # the let is not used: nothing says it is per example
        if not all(_indexed_only(text, user) for text in texts for user in users):
            continue
        column = let.index("=") + 1 + products[0].start("x")
        changed[let] = let[:column] + "x" + let[column + 1:]
        notes.append(f"X in --let '{let.strip()}' is read as x, one example's features: the let is used only at "
                     "example i, where its value is the same whether X is the data matrix or the example")
    return changed, notes


def _mentions(text: str, name: str) -> bool:
    spelled = re.escape(name).replace(r"\ ", r"\s*")
    return bool(re.search(rf"(?<![A-Za-z\\]){spelled}(?![A-Za-z])", text))
