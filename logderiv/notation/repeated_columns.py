"""Octave's ``repmat`` of a column across a matrix's columns, inside the column sums: ``sum(X .* repmat(v, 1,
size(X,2)))`` read as ``(v)' * X``.

An ex3 lrCostFunction.m (YassineOUKDACH/Machine-Learning, f73) writes the logistic gradient as
``(1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), 1, size(X,2)) )``. ``repmat(v, 1, k)`` puts k copies of
v side by side; of the m×1 column v with k = size(X,2), X's column count, it is the m×n matrix whose every
column is v, so ``X .* repmat(…)`` multiplies row i of X by vᵢ, and ``sum`` of that m×n matrix (down its first
dimension) is the 1×n row Σᵢ vᵢXᵢⱼ: ``(v)' * X``. The reading holds only if v is an m×1 column (of a row,
repmat(v, 1, k) is 1×(k·length) and the ``.*`` fails): written ``(v)' * X`` the matrix reader checks just that,
as v' must be 1×m to conform with X, and refuses any other shape — but for a number c, c' * X is cX, m×n, while
Octave's sum gives the 1×n row c·1ᵀX: so (v' * A + sum(v .* A)) / 2 is written, the two equal for an m×1 column,
which a number (m×n beside 1×n), a row or a matrix cannot be (audit32g).

Read only in that shape: ``sum(A .* repmat(v, 1, C))`` or ``sum(repmat(v, 1, C) .* A)`` (``sum(…, 1)`` too),
A the data matrix X (audit32g: beside a vector A a number v would pass) and C its column count (``size(X,2)``,
``columns(X)``, or ``n``). Any other ``repmat``
(a count that is not the other operand's, rows repeated, a repmat outside such a sum, one repmat in another)
is refused with a caret naming why. The brackets are matched in one pass, so the work is linear in the text.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError

__all__ = ["repeated_column_sums"]

#: the start of a repmat call, a whole word
_REPMAT = patterns.compile(r"(?<![\w.])repmat\s*\(")
#: the sum around it, ending right before its '('
_SUM_BEFORE = patterns.compile(r"(?<![\w.])sum\s*\Z")
#: the other operand of .*, a plain name, with the .* beside the repmat
_NAME_TIMES = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*\.\*\s*\Z")
_TIMES_NAME = patterns.compile(r"\s*\.\*\s*(?P<name>[A-Za-z_]\w*)\s*")
#: the dimension of a column sum after the product: sum(…, 1)
_FIRST_DIMENSION = patterns.compile(r"\s*,\s*1\s*")

NOTE = ("read as Octave: repmat(v, 1, {count}) with v = {v} repeats the column v across {name}'s columns (an m×n "
        "matrix whose every column is v), so sum({name} .* repmat(…)), added down each column, is the 1×n row "
        "Σᵢ vᵢ{name}ᵢⱼ: v' * {name}; read as (v' * {name} + sum(v .* {name})) / 2, the two being equal only for an "
        "m×1 column v, so a number, a row or a matrix v is refused")


def _brackets(text: str) -> tuple[dict[int, int], dict[int, int], dict[int, list[int]]]:
    """Each opening bracket's closing one, its enclosing opener, and the commas directly inside it: one pass."""
    closes: dict[int, int] = {}
    parents: dict[int, int] = {}
    commas: dict[int, list[int]] = {}
    stack: list[int] = []
    for offset, char in enumerate(text):
        if char in "([{":
            if stack:
                parents[offset] = stack[-1]
            stack.append(offset)
        elif char in ")]}" and stack:
            closes[stack.pop()] = offset
        elif char == "," and stack:
            commas.setdefault(stack[-1], []).append(offset)
    return closes, parents, commas


def _fail(message: str, text: str, column: int, label: str) -> InputError:
    return InputError(message, source=text, column=column, label=label,
                      hint="write the column sums as a product, (v' * X) or X' * v, or "
                           "sum(X .* repmat(v, 1, size(X,2))) with v an m×1 column")


def repeated_column_sums(text: str, label: str = "ANSWER") -> list[tuple[int, int, str, str]]:
    """The edits that put each ``sum(A .* repmat(v, 1, size(A,2)))`` of ``text`` as ``((v)' * A)``, with the note;
    an InputError for any other repmat."""
    if "repmat" not in text:
        return []
    closes, parents, commas = _brackets(text)
    found: list[tuple[int, int, str, str]] = []
    for call in _REPMAT.finditer(text):
        opener = call.end() - 1
        close = closes.get(opener)
        if close is None:
            continue  # an unclosed bracket: the parser says where
        cuts = commas.get(opener, [])
        if len(cuts) != 2:
            raise _fail(f"repmat with {len(cuts) + 1} arguments is not read: only repmat(v, 1, size(X,2)), a "
                        "column repeated across X's columns inside sum(X .* …)", text, call.start(), label)
        vector = text[opener + 1:cuts[0]].strip()
        rows, count = text[cuts[0] + 1:cuts[1]].strip(), text[cuts[1] + 1:close].strip()
        if "repmat" in vector:
            raise _fail("a repmat inside another's first argument is not read", text, call.start(), label)
        outer = parents.get(opener)
        inner_opener = outer
        # a window before the bracket, not the whole text: each repmat looks back a bounded way
        summed = outer is not None and _SUM_BEFORE.search(text, max(0, outer - 40), outer) is not None
        before = text[outer + 1:call.start()] if summed and outer is not None else ""
        after_end = closes.get(outer, close) if outer is not None else close
        after = text[close + 1:after_end] if summed else ""
        left, right = _NAME_TIMES.fullmatch(before), None
        if left is None and not before.strip():
            right = _TIMES_NAME.match(after)
        other = left or right
        rest = after[right.end():] if right is not None else after
        if not summed or other is None or (rest.strip() and not _FIRST_DIMENSION.fullmatch(rest)):
            raise _fail("repmat is read only inside the column sums sum(X .* repmat(v, 1, size(X,2))) (v an m×1 "
                        "column, so the sum is v' * X); here it stands elsewhere, a matrix whose use is not read",
                        text, call.start(), label)
        name = other.group("name")
        if name != "X":
            # of a vector A (size(A,2) = 1) a number v passes both readings, cA and c·ΣA, which then differ: only
            # the m×n data matrix X holds v to an m×1 column (audit32g)
            raise _fail(f"sum({name} .* repmat(…)) is read only beside the data matrix X (m×n), where v must be an m×1 "
                        f"column; beside {name}, whose shape the reading does not know, v may be one number, and "
                        f"sum({name} .* c) is c times the sum of {name}'s entries, not c * {name}",
                        text, call.start(), label)
        counts = {f"size({name},2)", f"columns({name})"} | ({"n"} if name == "X" else set())
        if rows != "1" or "".join(count.split()) not in counts:
            raise _fail(f"repmat({vector}, {rows}, {count}) beside {name} is read only as repmat(v, 1, size({name},2)):"
                        f" one row of copies, as many as {name} has columns; other counts do not match {name}",
                        text, call.start(), label)
        assert inner_opener is not None
        start = _SUM_BEFORE.search(text, max(0, inner_opener - 40), inner_opener)
        assert start is not None
        shown = " ".join(vector.split())
        # (v)' * A alone takes a number v as well (c' * A is cA, m×n, where Octave's sum gives the 1×n row c·1ᵀA)
        # and sum(v .* A) alone a row v (broadcast down the rows, where repmat's 1×(k·n) does not conform): the two,
        # equal for an m×1 column v, are read together, so a number, a row or a matrix is refused (audit32g)
        found.append((start.start(), after_end + 1, f"(((({vector})' * {name}) + sum(({vector}) .* {name})) / 2)",
                      NOTE.format(
            v=shown, count=" ".join(count.split()), name=name)))
    return found
