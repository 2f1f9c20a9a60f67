r"""A parameter vector named b: ``\frac{1}{2}\|Xb - y\|_2^2`` with ``--wrt b_j`` (a Japanese SO mirror's ½‖Xb − y‖²).

To logderiv b is the bias, one number. Some notes and code call the coefficient vector b
(``param`` with a column of ones in X). When --wrt asks for an entry of b (``b_j``), and a
text multiplies b by the data matrix (``Xb``: a number b there would leave an m×n matrix
that y cannot be subtracted from), b is that vector. It is read as the weight vector w
(same length, so columns stay), --wrt with it, and the derivation is stated back in b;
noted. Read so only when no text writes w, and every b is bare (no index, call or power;
a transpose ``b^T``, ``b'`` allowed). Otherwise b stays the bias, and ``Xb`` is refused as
before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from .. import patterns

__all__ = ["respell_coefficient_vector", "COEFFICIENT_VECTOR_NOTE", "is_coefficient_vector_note"]

#: --wrt naming an entry of b by a letter: b_j, b_{k}
_WRT = patterns.compile(r"\s*b_\{?(?P<letter>[a-z])\}?\s*$")
#: a LaTeX command, blanked before looking for the letters (\beta, \mathbf)
_COMMAND = patterns.compile(r"\\[A-Za-z]+")
#: b as a name of its own: not inside a word, except right after the data matrix (Xb) or a transpose (b^Tb)
_B = patterns.compile(r"(?:(?<![A-Za-z0-9_.])|(?<=X)|(?<=\^T))b(?![A-Za-z0-9])")
#: w as a name of its own (Xw, w^T, \mathbf{w})
_W = patterns.compile(r"(?:(?<![A-Za-z0-9_.])|(?<=X))w(?![A-Za-z0-9])")
#: the data matrix times b: Xb, X b, X*b, X @ b, X \cdot b, np.dot(X, b), X.dot(b), {\bf X}{\bf b}
_X_TIMES_B = patterns.compile(r"(?<![A-Za-z0-9_])X\s*(?:[*@]|\\cdot)?\s*b(?![A-Za-z0-9_(\[^])"
                        r"|dot\(\s*X\s*,\s*b\s*\)|X\.dot\(\s*b\s*\)"
                        # bold groups, their command blanked: {\bf X}{\bf b}, \mathbf{X}\mathbf{b}
                        r"|(?<![A-Za-z0-9_])X\s*\}\s*\{\s*b\s*\}")
#: what may follow a bare b: a transpose, or anything that is no index, call or power
_AFTER_B = patterns.compile(r"\^\s*(?:T|\{\s*T\s*\}|\{?\s*\\top\s*\}?)(?![ac-zA-Z])|'|(?![_(\[^{])")

COEFFICIENT_VECTOR_NOTE = (
    "b is the parameter vector here, not a bias: --wrt {wrt} asks for its entries and the data matrix multiplies it "
    "(Xb, a number b would leave an m×n matrix); read as the weight vector w, the derivation stated in b"
)


def is_coefficient_vector_note(note: str) -> bool:
    """Whether ``note`` is the note of b read as the parameter vector."""
    return note.startswith("b is the parameter vector here, not a bias")


def respell_coefficient_vector(
    wrt: str | None, texts: Sequence[str | None], lets: Sequence[str]
) -> tuple[str, list[str | None], list[str], str] | None:
    """(wrt, texts, lets, note) with the coefficient vector b respelled w; None when b is not read so."""
    if not isinstance(wrt, str):
        return None
    named = _WRT.match(wrt)
    if named is None:
        return None
    written = [text for text in (*texts, *lets) if isinstance(text, str)]
    everything = [_COMMAND.sub(lambda match: " " * len(match.group()), text) for text in written]
    if any(_W.search(text) for text in everything) or not any(_X_TIMES_B.search(text) for text in everything):
        return None
    for text, blanked in zip(written, everything):
        if any(not _AFTER_B.match(text, match.end()) for match in _B.finditer(blanked)):
            return None  # b_0, b(1), b^2: an entry, a call or a power, not the bare vector

    def respelled(text: str) -> str:
        blanked = _COMMAND.sub(lambda match: " " * len(match.group()), text)
        places = {match.start() for match in _B.finditer(blanked)}
        return "".join("w" if k in places else char for k, char in enumerate(text))

    new_wrt = f"w_{named.group('letter')}"
    note = COEFFICIENT_VECTOR_NOTE.format(wrt=wrt.strip())
    # a text not given (None) stays not given; the lets are always texts
    respelled_texts = [respelled(text) if isinstance(text, str) else text for text in texts]
    return new_wrt, respelled_texts, [respelled(text) for text in lets], note
