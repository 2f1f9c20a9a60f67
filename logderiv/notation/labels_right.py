"""A vector of the examples times the labels, the labels on the right of the matrix product (issue 10).

``np.log(h) @ -y - np.log(1 - h) @ (1 - y)`` (NumPy, the labels 1-D) is the cross-entropy's two inner products:
NumPy's ``@`` of two 1-D arrays is their inner product, and of an m×1 column with the 1-D labels it raises, so
wherever such code runs ``v @ y`` is vᵀy, Σᵢ vᵢyᵢ. The plain reader refuses ``@`` in a text without X or a
transpose (a typo there, most often); this reads that one product, the left operand transposed (``v.T @ y``,
as :data:`pasted._LABELS_MATMUL` reads ``y @ v``), said in a note.

Only what is plainly one operand is read: a name, or a call or bracket (one level of brackets inside), standing
after the start, a bracket, a comma, ``=``, ``+`` or ``-`` (after ``*``, ``/`` or ``@`` the left operand of ``@`` is
a longer product: ``a * v @ y`` is ``(a * v) @ y``); and the labels written ``y``, ``-y``, ``(1 - y)``, ``(-y)``.

R's ``%*%`` is not read so: R promotes a vector to whatever shape makes the product conformable, so an m×1
matrix (``sigmoid(X %*% theta)`` is one) times the vector y is the m×m outer product, and only a 1×m row or a
plain vector gives the inner product. Which one a text means turns on the left operand's shape, which the text
does not show: refused at the ``%*%`` with both readings (:func:`refuse_r_labels_right`).
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
#: the same in R's words, before it is put in NumPy's
_R_LABELS_RIGHT = patterns.compile(rf"(?<![\w.])(?P<left>{_OPERAND})\s*(?P<at>%\*%)\s*(?P<labels>{_LABELS})")
#: the labels themselves on the left (y @ (1 - y)): the other rule's, or a self product
_LABELS_ONLY = patterns.compile(r"\s*(?:y|\(\s*1\s*-\s*y\s*\)|\(\s*-\s*y\s*\))\s*")
#: X or a transpose anywhere in an R text (t(A), A'): the matrix reader reads the product by the shapes it knows
_R_MATRIX_TEXT = patterns.compile(r"(?<![\w.])(?:X|t\s*\()|'")

LABELS_RIGHT_NOTE = ("read as NumPy: {written} has the labels on the right: of 1-D arrays @ is their inner product "
                     "(an m×1 column on the left would raise against the 1-D labels), so it is ({left})ᵀ({labels}), "
                     "Σᵢ over the examples")


def is_left_operand(match: re.Match[str]) -> bool:
    """Whether ``match`` of :data:`LABELS_RIGHT` (or the R pattern) has something other than the labels on the left."""
    return _LABELS_ONLY.fullmatch(match.group("left")) is None


def refuse_r_labels_right(text: str) -> None:
    """Refuse R's ``v %*% y`` (the labels on the right) in a text without X or a transpose: its value turns on v's
    shape, which the text does not show (see the module's words)."""
    if _R_MATRIX_TEXT.search(text):
        return
    for match in _R_LABELS_RIGHT.finditer(text):
        if not is_left_operand(match):
            continue
        left, labels = match.group("left"), re.sub(r"\s+", "", match.group("labels"))
        raise InputError(
            f"'{match.group(0)}' has the labels on the right of R's %*%, which promotes a vector to whatever shape "
            f"makes the product conformable: if {left} is a 1×m row or a plain vector it is the inner product "
            f"Σᵢ {left}ᵢ·{labels}ᵢ, but if it is an m×1 matrix (sigmoid(X %*% theta) is one) it is the m×m outer "
            f"product; the text does not show {left}'s shape, so neither is read",
            source=text, column=match.start("at"),
            hint=f"write t({left}) %*% {labels} for the inner product, or sum({left} * {labels})",
        )
