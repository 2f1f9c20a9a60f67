r"""A prediction named by a letter with a word subscript, defined by ``--let``: ``y_p = m x_i + b``, ``y_{pred}``.

``mse = \frac{1}{n}\sum_{i=1}^{n}(y_i - y_p)^2`` with ``--let 'y_p = m x_i + b'``:
in LaTeX y_p is y with the subscript p, an index logderiv does not know; the
writer names the prediction. Where a ``--let`` defines ``y_{WORD}`` (a
subscript that is no index, count or name of the notation, as plain text's
``y_pred`` already is a name of its own), a LaTeX cost, answer or other let writes it, and
no sum runs over that word, every text's ``y_{WORD}`` is respelled in place as
the one name ``yWORD`` (padded, so columns keep), and a note says so. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from . import vocabulary as vocab
from .. import patterns

__all__ = ["respell_subscript_names"]

#: a word set upright in a subscript: \text{pred}, \mathrm{pred}, \textrm{pred}, \operatorname{pred}
_UPRIGHT = r"\\(?:text|mathrm|textrm|rm|operatorname|mathit)\s*\{{\s*{word}\s*\}}"
_LEFT = patterns.compile(r"\s*y\s*_\s*(?:\{\s*(?:(?P<braced>[A-Za-z]+)|" + _UPRIGHT.format(word="(?P<upright>[A-Za-z]+)")
                         + r")\s*\}|(?P<bare>[A-Za-z]))\s*(?::)?\s*")


def _defined_word(let: str) -> str | None:
    """The subscript word of a let whose left side is ``y_{WORD}`` (``y_p``, ``y_{pred}``), else None."""
    equals = let.find("=")
    if equals < 0:
        return None
    match = _LEFT.fullmatch(let[:equals])
    if match is None:
        return None
    word = match.group("braced") or match.group("upright") or match.group("bare")
    if vocab.code_name_problem(f"y_{word}") is not None or word in vocab.RESERVED:
        return None
    return word


def respell_subscript_names(
    texts: Sequence[str], lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[dict[str, str], list[str]]:
    """What each LaTeX text becomes with ``y_{WORD}`` as the name ``yWORD``, and the notes; empty when nothing is read."""
    words = {word for let in lets if (word := _defined_word(let)) is not None}
    if len(words) != 1:
        return {}, []
    word = words.pop()
    name = "y" + word
    everything = [*texts, *lets]
    if any(re.search(rf"\\sum\s*_\s*\{{?\s*{word}(?![A-Za-z])", text) for text in everything):
        return {}, []  # the word is a sum's index: y_p is y at that index
    if any(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", text) for text in everything):
        return {}, []  # the fresh name is written already
    written = rf"(?:{word}|{_UPRIGHT.format(word=word)})"  # y_{pred} or y_{\text{pred}}
    spelled = re.compile(rf"(?<![A-Za-z\\])y\s*_\s*(?:\{{\s*{written}\s*\}}|{word}(?![A-Za-z]))")
    # y_{pred_i}, y_{pred,i}: the name with the example's index inside the one subscript (Russian course notes'
    # MSE), the i-th entry of y_pred: respelled ypred_i, the name indexed by the example
    indexed = re.compile(rf"(?<![A-Za-z\\])y\s*_\s*\{{\s*{written}\s*(?:_|,)\s*(?P<index>{vocab.EXAMPLE_INDEX})\s*\}}")
    # the name may stand in the cost or answer, or in another let's value (thomz2's e_i = y_i - y_{ei})
    users = [*texts, *(let for let in lets if _defined_word(let) is None)]
    if not any(is_latex(text) and (spelled.search(text) or indexed.search(text)) for text in users):
        return {}, []  # plain text reads y_pred as one name already
    changed = {}
    for text in everything:
        new = indexed.sub(lambda match: " " * (len(match.group()) - len(name) - 2) + name + "_" + match.group("index"),
                          text) if is_latex(text) else text
        new = spelled.sub(lambda match: " " * (len(match.group()) - len(name)) + name, new)
        if new != text:
            changed[text] = new
    note = (f"y_{{{word}}} is one name, defined with --let (the prediction, not y with the subscript {word}): "
            f"shown as {name}")
    return changed, [note]
