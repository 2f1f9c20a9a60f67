r"""A capital the cost writes bare (``Y``, ``A``, ``X``) that the lines write with the example index (``Y_i``).

DeepLearning.AI-style pages write the cost ``J = -\frac{1}{m}\sum_{i=1}^m [Y \log A + (1 - Y)\log(1 - A)]`` and
then the gradient ``\frac{1}{m}\sum_{i=1}^m (A_i - Y_i) X_i``. The lines' Y_i is read as y⁽ⁱ⁾, the label of
example i (:func:`logderiv.notation.conventions.capital_examples`), but the cost's bare Y was one constant of its
own, and the right gradient was judged wrong (fixbare33). Whether the writer means one label per example (Y
inside the sum is Y_i) or one number is not written: the two readings give other gradients, so neither is
picked and the page is refused, the caret at the bare name. Sympy-free.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .. import patterns
from ..errors import InputError

__all__ = ["defined_capital", "refuse_bare_beside_indexed"]

#: a capital letter as a name of its own (not in \Sigma, not in a word, not a command's letter), or under an accent
#: (\hat{Y}, \hat Y: a name of its own, the prediction, never the label Y; its Y is not matched on its own)
_CAPITAL = patterns.compile(
    r"\\(?P<accent>hat|widehat|bar|overline|tilde|widetilde|vec|mathbf|boldsymbol|bm)\s*(?:\{\s*(?P<braced>[A-Z])\s*\}"
    r"|(?P<spaced>[A-Z])(?![A-Za-z]))|(?<![A-Za-z\\])(?P<letter>[A-Z])(?![A-Za-z])")
#: a sum's index (\sum_{i=1}^m, \sum_i, \sum_{n}): the example index of the cost's sum
_SUM_INDEX = patterns.compile(
    r"\\sum\s*(?:\\limits\s*|\\nolimits\s*)?_\s*(?:\{\s*(?P<braced>[a-z])|(?P<bare>[a-z])(?![A-Za-z]))")
#: the letters that index the features, units or classes rather than the examples
_NOT_EXAMPLE = frozenset("jkl")


def _name(match: re.Match[str]) -> str:
    """The capital as one spelling: Y, \\hat{Y} (\\hat Y and \\hat{ Y } alike)."""
    if match.group("letter"):
        return match.group("letter")
    return f"\\{match.group('accent')}{{{match.group('braced') or match.group('spaced')}}}"


def defined_capital(definition: str) -> str | None:
    """The capital a definition's head names (A = \\sigma(Z), \\hat{Y} := …, F(x) = …), as :func:`_name` spells
    it."""
    found = _CAPITAL.match(definition.lstrip())
    if found is None or not re.match(r"\s*(?:\([^()=]*\)\s*)?:?=", definition.lstrip()[found.end():]):
        return None
    return _name(found)


def _example_indices(costs: Sequence[str]) -> set[str]:
    """The letters the cost's sums run over that may count the examples; i where it writes no such sum."""
    found = {match.group("braced") or match.group("bare") for text in costs for match in _SUM_INDEX.finditer(text)}
    return (found - _NOT_EXAMPLE) or {"i"}


def _example_script(text: str, end: int, indices: Collection[str]) -> str | None:
    """The script after the name ending at ``end`` that is one of ``indices`` (_i, _{i}, ^{(i)}), as written; else
    None."""
    letters = "".join(sorted(indices))
    found = re.match(rf"\s*(?:_\s*(?:\{{\s*[{letters}]\s*\}}|[{letters}](?![A-Za-z]))"
                     rf"|\^\s*\{{?\s*\(\s*[{letters}]\s*\)\s*\}}?)", text[end:end + 40])
    return None if found is None else "".join(found.group(0).split())


def _scripted(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` carries any subscript, a bracketed superscript (X_j, X^{(i)}), or the index
    as an argument (Y(i), the label of example i as some notes write it)."""
    return re.match(r"\s*(?:_|\^\s*\{?\s*\(|\(\s*[a-z]\s*\))", text[end:end + 20]) is not None


def refuse_bare_beside_indexed(costs: Sequence[str], lines: Sequence[str], defined: Collection[str],
                               what: str = "the cost") -> None:
    """Refuse where a cost or definition text writes a capital bare that a line writes with the example index.

    ``costs`` are the texts the cost and the page's definitions are written in, ``lines`` the derivation's lines,
    ``defined`` the names the page's definitions define (their bare use inside the sum is their value at the
    example, as their indexed use is). Raises :class:`InputError` with the cost's text as its source and the
    caret at the first bare use; ``what`` names the texts in the message (the cost, a definition).
    """
    indices = _example_indices(costs)
    indexed: dict[str, str] = {}
    for line in lines:
        for match in _CAPITAL.finditer(line):
            name = _name(match)
            if name not in defined and name not in indexed \
                    and (script := _example_script(line, match.end(), indices)) is not None:
                indexed[name] = name + script
    if not indexed:
        return
    for text in costs:
        for match in _CAPITAL.finditer(text):
            name = _name(match)
            if name in indexed and not _scripted(text, match.end()):
                index = next(letter for letter in reversed(indexed[name][len(name):]) if letter.isalpha())
                raise InputError(
                    f"{what} writes {name} without the example index, the lines {indexed[name]}: one "
                    f"{'label' if name == 'Y' else 'value'} per example ({name} inside the sum over {index} read as "
                    f"{indexed[name]}), or one number? The two readings give other gradients",
                    source=text, column=match.start(),
                    hint=f"write {indexed[name]} in {what} as in the lines "
                         f"(\\sum_{{{index}=1}}^m [... {indexed[name]} ...]), "
                         f"or write {name} without the index in the lines too")
