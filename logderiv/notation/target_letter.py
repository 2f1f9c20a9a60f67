r"""The targets written with a letter of their own in a derivation in matrix form: ``(z - X\theta)^T(z - X\theta)``.

A forum's least-squares question writes J = ½(z − Xθ)ᵀ(z − Xθ) and ∂J/∂θ = −Xᵀz + XᵀXθ: the vector the
residual sets against Xθ is the targets, whatever its letter (Bishop's t, a forum's z), since a residual is
what the model is fitted to minus the fit. So where a page's maths never write y and one letter, defined
nowhere on the page, is the other side of every residual with Xθ (Xw, Xβ), that letter is read as y
in the page's maths (one for one: columns keep), and a note says so. Two letters against Xθ, a y beside
the letter, the letter defined (``z = X\theta``, a logit) or written as a superscript too (``^t``, a
transpose) leave the page as written. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns

__all__ = ["targets_lettered_otherwise"]

#: Xθ as a line in matrix form writes it: X beside the parameter vector, plain or bold
_FIT = r"X\s*(?:\\theta|\\beta|w|\\(?:mathbf|boldsymbol|bm)\s*\{?\s*(?:\\theta|\\beta|w)\s*\}?)"
#: a residual in a bracket: (z - X\theta), (X\theta - z); the letter alone on its side
_RESIDUAL = patterns.compile(rf"\(\s*(?P<before>[a-z])\s*-\s*{_FIT}\s*\)|\(\s*{_FIT}\s*-\s*(?P<after>[a-z])\s*\)")
#: letters that name something else in logderiv's reading (the features x, the prediction h, p, a, the weights w,
#: the intercept b, the counts m, n, indices, e), never read as the targets
_TAKEN = frozenset("xhpawbmnijkle")


def targets_lettered_otherwise(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[str]]:
    """``text`` with the targets' own letter read as y in ``spans`` (the page's maths), and the note; else unchanged."""
    maths = [text[start:end] for start, end in spans]
    if any(re.search(r"(?<![A-Za-z\\])y(?![A-Za-z])", each) for each in maths):
        return text, []
    letters = {match.group("before") or match.group("after") for each in maths for match in _RESIDUAL.finditer(each)}
    if len(letters) != 1:
        return text, []
    letter = letters.pop()
    alone = rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])"
    if letter in _TAKEN or any(re.search(alone + r"\s*(?:_[^=]*)?(?:\([^()=]*\))?\s*:?=", each) for each in maths):
        return text, []  # z = X\theta defines it (a logit): the residual is another reading's
    if any(re.search(rf"\^\s*\{{?\s*{letter}(?![A-Za-z])", each) for each in maths):
        return text, []  # (t - X\theta)^t: the letter is also a transpose's (or a power's) mark, two meanings
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + re.sub(alone, "y", text[start:end]) + text[end:]
    return text, [f"{letter}, the other side of the residual ({letter} − Xθ) in a derivation in matrix form that writes "
                  f"no y, is read as y, the m×1 vector of targets"]
