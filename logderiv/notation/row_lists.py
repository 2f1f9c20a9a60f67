"""A --let that lists one value per row of X: ``y_pred = [w[0] + w[1] * x[0] + w[2] * x[1] for x in X]``.

Python scripts build the predictions as a list over the data's rows, the row named x and its
features ``x[0]``, ``x[1]`` (NumPy counts from 0). Such a let is one value per example: the line
``w[0] + w[1]*x[0] + …`` with the intercept ``w[0]`` standing alone and each weight ``w[c + 1]``
multiplying the feature ``x[c]``, so the let itself says which weight is which feature's: read as
``y_pred = w_0 + w_1 x_1 + w_2 x_2`` (feature c + 1 of logderiv's, whose weight is w_{c+1}), noted.
Anything else (a weight beside another feature, an intercept multiplied, the row used whole, a
condition, another list) is left as written, and refused. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns

__all__ = ["read_row_lists", "read_row_columns"]

#: NAME = [BODY for ROW in X]
_ROW_LIST = patterns.compile(
    r"\s*(?P<name>[A-Za-z_]\w*)\s*=\s*\[\s*(?P<body>[^\[\]]*(?:\[\s*\d+\s*\][^\[\]]*)*?)\s+for\s+"
    r"(?P<row>[A-Za-z_]\w*)\s+in\s+X\s*\]\s*"
)
#: an entry of a parameter vector or of the row: w[2], x[0]
_ENTRY = patterns.compile(r"(?<![\w.])(?P<vector>[A-Za-z_]\w*)\s*\[\s*(?P<k>\d+)\s*\]")
_PARAMETERS = ("w", "theta", "beta")


def _line(body: str, row: str) -> str | None:
    """``w[0] + w[1] * x[0]`` → ``w_0 + w_1 * x_1``; None unless the body is that line and nothing else."""
    entries = [(match.group("vector"), int(match.group("k"))) for match in _ENTRY.finditer(body)]
    vectors = {vector for vector, _ in entries}
    parameters = vectors - {row}
    if len(parameters) != 1 or row not in vectors or not parameters <= set(_PARAMETERS):
        return None
    parameter = parameters.pop()
    features = sorted(k for vector, k in entries if vector == row)
    weights = sorted(k for vector, k in entries if vector == parameter)
    if features != list(range(len(features))) or weights != list(range(len(features) + 1)):
        return None  # every feature once, from 0; every weight once, one more than the features (the intercept)
    terms = [term.strip() for term in re.split(r"\+", body)]
    if f"{parameter}[0]" not in [re.sub(r"\s+", "", term) for term in terms]:
        return None  # the intercept stands alone
    for c in features:
        product = {f"{parameter}[{c + 1}]*{row}[{c}]", f"{row}[{c}]*{parameter}[{c + 1}]"}
        if not any(re.sub(r"\s+", "", term) in product for term in terms):
            return None  # w[c + 1] multiplies the feature x[c], as a term of its own
    if len(terms) != len(features) + 1 or re.search(rf"(?<![\w.]){re.escape(row)}(?!\s*\[)", body):
        return None
    return _ENTRY.sub(lambda match: f"x_{int(match.group('k')) + 1}" if match.group("vector") == row
                      else f"{parameter}_{match.group('k')}", body)


def read_row_lists(lets: Sequence[str]) -> tuple[list[str], list[str], dict[str, str], int]:
    """The lets with each list over X's rows read as its value per example; the notes; each new text's original;
    how many features the lines number (0 where no let was read so)."""
    features = 0
    read: list[str] = []
    notes: list[str] = []
    written: dict[str, str] = {}
    for text in lets:
        match = _ROW_LIST.fullmatch(text) if isinstance(text, str) else None
        line = None if match is None else _line(match.group("body"), match.group("row"))
        if match is None or line is None:
            read.append(text)
            continue
        new = f"{match.group('name')} = {line}"
        features = max(features, len(re.findall(r"(?<![\w.])x_\d+", line)))
        read.append(new)
        written[new] = text
        row = match.group("row")
        notes.append(f"--let {text.strip()} lists one value per row {row} of X, an example: {row}[c] is its feature "
                     f"c + 1 (NumPy counts from 0), whose weight the line multiplies it by, the one alone the "
                     f"intercept: read as {new}")
    return read, notes, written, features


#: X[j][0], X[j, 0]: a row of the data by a loop's variable, then a column by its number
_ROW_COLUMN = patterns.compile(r"(?<![\w.])X\s*\[\s*(?P<row>[A-Za-z_]\w*)\s*(?:\]\s*\[|,)\s*(?P<c>\d+)\s*\]")


def read_row_columns(text: str, features: int) -> tuple[str, str | None]:
    """``X[j][0]`` as ``x_1[j]`` (row j's feature 1) beside a row-list let that numbers ``features`` features; the note.

    NumPy numbers X's columns from 0 and logderiv its features from 1: which feature ``X[j][0]`` is depends on
    that, so it is read only where a --let's line over X's rows says it (x[c] is feature c + 1) and only for a
    column the line has. Elsewhere, or for another column, the text is left as written (and refused).
    """
    found = list(_ROW_COLUMN.finditer(text))
    if not features or not found or any(int(match.group("c")) >= features for match in found):
        return text, None
    pieces, last = [], 0
    for match in found:
        spelled = f"x_{int(match.group('c')) + 1}[{match.group('row')}]"
        pieces += [text[last:match.start()], " " * max(0, len(match.group(0)) - len(spelled)) + spelled]
        last = match.end()
    shown = ", ".join(sorted({f"{m.group(0)} as x_{int(m.group('c')) + 1}[{m.group('row')}]" for m in found}))
    return "".join(pieces) + text[last:], (
        f"read as code: column c of row {found[0].group('row')} of X is feature c + 1, as the --let's line over X's "
        f"rows numbers them (x[c] beside the weight w[c + 1]): {shown}")
