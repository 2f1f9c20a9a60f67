"""A vector of the examples times the labels, the labels on the right of the matrix product (issue 10).

``np.log(h) @ -y - np.log(1 - h) @ (1 - y)`` (NumPy, the labels 1-D) is the cross-entropy's two inner products:
NumPy's ``@`` of two 1-D arrays is their inner product, and of an m×1 column with the 1-D labels it raises, so
wherever such code runs ``v @ y`` is vᵀy, Σᵢ vᵢyᵢ. The plain reader refuses ``@`` in a text without X or a
transpose (a typo there, most often); this reads that one product, the left operand transposed (``v.T @ y``,
as :data:`pasted._LABELS_MATMUL` reads ``y @ v``), said in a note.

Only what is plainly one operand is read: a name a --let defines, or a call or bracket (one level of brackets inside), standing
after the start, a bracket, a comma, ``=``, ``+`` or ``-`` (after ``*``, ``/`` or ``@`` the left operand of ``@`` is
a longer product: ``a * v @ y`` is ``(a * v) @ y``); and the labels written ``y``, ``-y``, ``(1 - y)``, ``(-y)``.

R's ``%*%`` is not read so: R promotes a vector to whatever shape makes the product conformable, so an m×1
matrix (``sigmoid(X %*% theta)`` is one) times the vector y is the m×m outer product, and only a 1×m row or a
plain vector gives the inner product. Which one a text means turns on the left operand's shape, which the text
does not show: refused at the ``%*%`` with both readings (:func:`refuse_r_labels_right`), with or without X in
the text (``log(sigmoid(X %*% theta)) %*% -y`` is that outer product in R), unless the left operand is a
transpose ``t(…)``, a row, whose product the matrix reader reads.
Nothing here evaluates anything.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError

__all__ = ["LABELS_RIGHT", "LABELS_RIGHT_NOTE", "refuse_r_labels_right"]

#: the labels, as the right operand: y, -y, (1 - y), (-y); nothing glued after (y.T, y[0], y_hat are other things)
_LABELS = r"(?:-\s*y|y|\(\s*1\s*-\s*y\s*\)|\(\s*-\s*y\s*\))(?![\w.(\[])"
#: the left operand: a call or a bracket with at most one level of brackets inside, or a bare name
_OPERAND = r"(?:[A-Za-z_][\w.]*)?\((?:[^()\n]|\([^()\n]*\))*\)|[A-Za-z_]\w*"
#: what may stand before the left operand, so that it is the whole left operand of the product
_BEFORE = r"(?:^|(?<=[(\[,=+\-\n]))(?P<space>[ \t]*)"
LABELS_RIGHT = patterns.compile(rf"{_BEFORE}(?P<left>{_OPERAND})(?P<at>\s*@(?!=)\s*)(?P<labels>{_LABELS})")
#: R's product with the labels on its right, before it is put in NumPy's words (the left operand found by brackets)
_R_PRODUCT = patterns.compile(rf"%\*%\s*(?P<labels>{_LABELS})")
#: the labels themselves on the left (y @ (1 - y)): the other rule's, or a self product
_LABELS_ONLY = patterns.compile(r"\s*(?:y|\(\s*1\s*-\s*y\s*\)|\(\s*-\s*y\s*\))\s*")

LABELS_RIGHT_NOTE = ("read as NumPy: {written} has the labels on the right: of 1-D arrays @ is their inner product "
                     "(an m×1 column on the left would raise against the 1-D labels), so it is ({left})ᵀ({labels}), "
                     "Σᵢ over the examples")


def is_left_operand(match: re.Match[str]) -> bool:
    """Whether ``match`` of :data:`LABELS_RIGHT` has something other than the labels on the left."""
    return _LABELS_ONLY.fullmatch(match.group("left")) is None


def _left_operand(text: str, at: int) -> tuple[int, str] | None:
    """The operand that ends just before ``text[at]`` (spaces skipped): a name, or a call or bracket with any
    brackets inside, with its start; None where it is neither."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    begin = end
    if begin > 0 and text[begin - 1] == ")":
        depth = 0
        while begin > 0:
            begin -= 1
            depth += {")": 1, "(": -1}.get(text[begin], 0)
            if depth == 0:
                break
        if depth != 0:
            return None
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_."):
        begin -= 1
    return (begin, text[begin:end]) if begin < end else None


def _is_transpose(operand: str) -> bool:
    """Whether ``operand`` is itself one transpose t(…), the bracket after t closing at its end (not sqrt(g),
    whose name ends in t, nor log(sigmoid(X %*% t(w))), a column with a t( inside)."""
    compact = re.sub(r"\s+", "", operand)
    while compact.startswith("(") and _closes_at_end(compact):
        compact = compact[1:-1]  # (t(log(g))): a bracket round the transpose
    if not compact.startswith("t(") or not compact.endswith(")"):
        return False
    depth = 0
    for k, char in enumerate(compact[1:], start=1):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return k == len(compact) - 1
    return False


def _closes_at_end(compact: str) -> bool:
    """Whether the bracket opening ``compact`` closes at its last character."""
    depth = 0
    for k, char in enumerate(compact):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return k == len(compact) - 1
    return False


def refuse_r_labels_right(text: str) -> None:
    """Refuse R's ``v %*% y`` (the labels on the right, v no transpose t(…)): its value turns on v's shape, an
    inner product of a row or a vector, the m×m outer product of an m×1 matrix (see the module's words)."""
    for match in _R_PRODUCT.finditer(text):
        left = _left_operand(text, match.start())
        if left is None or _is_transpose(left[1]) or _LABELS_ONLY.fullmatch(left[1]):
            continue  # t(log(g)) %*% y: a row, whose product with y the matrix reader reads; y %*% (1 - y)
        operand, labels = left[1], re.sub(r"\s+", "", match.group("labels"))
        raise InputError(
            f"'{operand} %*% {match.group('labels')}' has the labels on the right of R's %*%, which promotes a vector "
            f"to whatever shape makes the product conformable: if {operand} is a 1×m row or a plain vector it is the "
            f"inner product Σᵢ {operand}ᵢ·({labels})ᵢ, but if it is an m×1 matrix (sigmoid(X %*% theta) is one) it is "
            f"the m×m outer product; which one is not read from the text",
            source=text, column=match.start(),
            hint=f"write t({operand}) %*% {labels} for the inner product, or sum({operand} * {labels})",
        )
