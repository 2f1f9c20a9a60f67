"""C++ with Eigen, as a least-squares model's loss and gradient loop over the examples, put in code's plain spelling.

Eigen code keeps one example a column or a row of its data matrix and loops over them:
``for(int i = 0; i < X.cols(); ++i){ double temp = w.transpose() * X.col(i) - y(i); loss += temp*temp; }``. Which
way round the matrix is, the code says itself: the example the loop takes is ``X.col(i)`` (or ``X.row(i)``), so
``X.cols()`` (``X.rows()``) counts the examples, m, and the other count the features, n. Read so, with a note,
only when every use of the data matrix is one of those four (never a bare X, ``X(i, j)``, ``X.transpose()``, nor
both ``.col(`` and ``.row(``): the example becomes ``X[i]``, row i of logderiv's X, which :mod:`.statements` reads;
``w.transpose() * X[i]`` (the parameters' row times the example's column) is their dot product ``w.dot(X[i])``. A
vector declared with no value before the loop that adds to it (``VectorXd result;``, which Eigen leaves empty, so
the loop's first ``+=`` would fail) is read as starting at 0, noted: the sum the loop then computes is the only
value the lines can mean. Anything else is left as written, for the readers to refuse. This module imports no
sympy.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns
from ..errors import InputError

__all__ = ["respell", "refuse_matrix_beside_columns", "refuse_mixed_ways"]

#: what marks a text as Eigen: a column or row taken or counted, or Eigen's vector and matrix types
_MARK = patterns.compile(r"\.(?:cols|rows)\(\s*\)|\.(?:col|row)\(|(?:Matrix|Vector|RowVector)X[dfi]\b")
#: a C++ loop header over an int from 0
_LOOP = patterns.compile(r"for\s*\(\s*(?:int|long|size_t|auto|unsigned(?:\s+int)?)\s+\w+\s*=\s*0\s*;")
#: the data matrix taken by an example (X.col(i), X.row(i)) or counted (X.cols(), X.rows())
_TAKEN = patterns.compile(r"(?<![\w.])X\.(?P<way>col|row)\(\s*(?P<var>[A-Za-z_]\w*)\s*\)")
_COUNTED = patterns.compile(r"(?<![\w.])X\.(?P<way>cols|rows)\(\s*\)")
_ANY_X = patterns.compile(r"(?<![\w.])X(?!\w)")
#: the parameters' row times an example: w.transpose() * X[i]
_ROW_TIMES = patterns.compile(r"(?<![\w.])(?P<p>w|theta|beta)\.transpose\(\s*\)\s*\*\s*(?P<x>X\[\s*\w+\s*\])")
#: a vector declared with no value: VectorXd result;
_BARE_DECLARATION = patterns.compile(
    r"^(?P<indent>[ \t]*)(?:Eigen::)?(?:VectorXd|RowVectorXd)\s+(?P<name>[A-Za-z_]\w*)\s*;[ \t]*$",
    re.MULTILINE)

#: said when the data's columns (rows) are read as the examples
WAY_NOTE = ("read as Eigen (C++): the loop takes example {var} as X.{way}({var}), so X holds one example a {one} "
            "(X.{count}() is their number, m; X.{other}() the features', n): X.{way}({var}) is x⁽ⁱ⁾, the example's "
            "feature vector, and w.transpose() * x⁽ⁱ⁾ is wᵀx⁽ⁱ⁾")
#: said when a vector declared without a value is read as starting at 0
DECLARED_NOTE = ("read as C++: {name} is declared with no value and the loop then adds to it (Eigen leaves such a "
                 "vector empty): read as starting at 0, the sum the loop computes")


def respell(text: str) -> tuple[str, list[str]]:
    """``text`` with Eigen's example-taking loop in code's plain spelling, and its notes; unchanged with none."""
    if not _MARK.search(text) or not _LOOP.search(text):
        return text, []
    taken = list(_TAKEN.finditer(text))
    counted = list(_COUNTED.finditer(text))
    ways = {match.group("way") for match in taken}
    if len(ways) != 1 or len({match.group("var") for match in taken}) != 1:
        return text, []
    if len(_ANY_X.findall(text)) != len(taken) + len(counted):
        return text, []  # a bare X, X(i, j), X.transpose(): the matrix used otherwise than by example
    way = ways.pop()
    var = taken[0].group("var")
    examples, features = ("cols", "rows") if way == "col" else ("rows", "cols")
    counted_features = next((match for match in counted if match.group("way") == features), None)
    if counted_features is not None:
        # loss /= X.rows() beside X.col(i): the features' count where the examples' is meant (a slip), or a loop
        # over the features; read as n it would meet the convention that reads 1/n before a sum as the mean (m)
        raise InputError(
            f"the loop takes each example as X.{way}({var}), so X.{features}() counts the features (n), not the "
            f"examples (X.{examples}(), m): a use of it here is not read",
            source=text, column=counted_features.start(),
            hint=f"count the examples with X.{examples}(); if the features' count is meant, write it as a --let",
        )
    out = _TAKEN.sub(lambda match: f"X[{match.group('var')}]", text)
    out = _COUNTED.sub(lambda match: "m" if match.group("way") == examples else "n", out)
    out = _ROW_TIMES.sub(lambda match: f"{match.group('p')}.dot({match.group('x')})", out)
    notes = [WAY_NOTE.format(var=var, way=way, one="column" if way == "col" else "row", count=examples,
                             other=features)]

    def started(match: re.Match[str]) -> str:
        name = match.group("name")
        if not re.search(rf"(?<![\w.]){re.escape(name)}\s*\+=", out[match.end():]):
            return match.group(0)
        notes.append(DECLARED_NOTE.format(name=name))
        return f"{match.group('indent')}{name} = 0;"

    out = _BARE_DECLARATION.sub(started, out)
    return out, notes


def refuse_mixed_ways(notes: Sequence[str], text: str) -> None:
    """Refuse a cost and an answer whose Eigen loops take the examples one as X's columns, the other as its rows.

    Both are read as x⁽ⁱ⁾, but of one X they are different vectors (a feature's values over the examples is no
    example), so one of the texts is wrong about X, which the texts do not say. ``notes`` are the texts' code
    notes; the caret at ``text``'s (the answer's) first X.col( or X.row(.
    """
    if not any(note.startswith(_COLUMN_NOTE_START) and _BY_COLUMN in note for note in notes) or \
            not any(note.startswith(_COLUMN_NOTE_START) and _BY_ROW in note for note in notes):
        return
    found = _TAKEN.search(text)
    raise InputError(
        "one text's Eigen loop takes each example as a column of X (X.col(i)) and the other's as a row (X.row(i)): "
        "of one X these are different vectors, and which way round X is, the texts do not agree",
        source=text, column=found.start() if found is not None else 0, label="ANSWER",
        hint="take the examples the same way in the cost and the answer",
    )


def refuse_matrix_beside_columns(notes: Sequence[str], text: str, label: str = "ANSWER") -> None:
    """Refuse a text that writes the data matrix whole beside another whose Eigen loop keeps one example a column.

    The loop's ``X.col(i)`` says its X is features × examples, the transpose of logderiv's X; a cost or an answer in
    matrix form (``X.T @ (X @ w - y)``) beside it may use that X or logderiv's, and the two readings give different
    verdicts (one of them a product whose shapes do not fit). ``notes`` are the texts' code notes; raised with the
    caret at ``text``'s first bare X (the loop's own text, read into x⁽ⁱ⁾, has none left).
    """
    if not any(note.startswith(_COLUMN_NOTE_START) and _BY_COLUMN in note for note in notes):
        return
    found = _ANY_X.search(text)
    if found is not None:
        raise InputError(
            "an Eigen loop takes each example as a column of X (X.col(i): X is features × examples), and this text "
            "writes X whole: whether it is that X or its transpose (one example a row) is not in the text",
            source=text, column=found.start(), label=label,
            hint="write the answer as the cost is, a loop over X.col(i), or give the cost with one example a row",
        )


#: how :data:`WAY_NOTE` begins, and what it says when the examples are X's columns
_COLUMN_NOTE_START = "read as Eigen (C++): the loop takes example "
_BY_COLUMN = "so X holds one example a column"
_BY_ROW = "so X holds one example a row"
