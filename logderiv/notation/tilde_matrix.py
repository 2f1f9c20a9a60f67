r"""The data matrix written X-tilde in plain text, ``Xtil``: a page's ``E(w) = ||y - Xtil*w||^2 + λ||w||^2``.

Notes on linear regression write X̃ (X with a tilde) for the design matrix: the data with a column of ones put
before it, so that the intercept is one more weight and the model is X̃w. Typed in plain text (a Japanese
docstring's ``Xtil.T*Xtil*w``) the tilde becomes the word ``Xtil`` or ``Xtilde``. logderiv's X is the data matrix
whatever its columns hold (a column of ones among them), so where a page writes that word and never a plain X
beside it, the word is read as X in the page's maths, and a note says so: the page's only data matrix under its
own name. A page that writes X too outside its comments (X̃ = [1 X]: two matrices) or defines the word itself is left as written (the
reader refuses the unknown name). The word is replaced by X right-aligned in its place (``Xtil`` by ``   X``), so
every column after it keeps its place. Sympy-free.
"""

from __future__ import annotations

from .. import patterns

__all__ = ["tilde_matrix_read"]

#: the word as plain text types X̃: Xtil, Xtilde (not inside a longer name, not a --let's own code name)
_WORD = patterns.compile(r"(?<![A-Za-z_\\])X(?:tilde|til)(?![A-Za-z0-9_])")
#: a plain X of its own (X^T, X.T, Xw, Xbeta, 2X, X_1): another matrix beside the word (any X that starts a word and
#: is not the word itself counts, a prose word too: a reading given up, never a second matrix read as the first)
_PLAIN_X = patterns.compile(r"(?<![A-Za-z_\\])X(?!(?:tilde|til)(?![A-Za-z0-9_]))")
#: a comment (code's, or a Markdown heading) to the end of its line: no maths of the page
_COMMENT = patterns.compile(r"#[^\n]*")
#: the word defined on the page: Xtil = …, Xtil := … (then it is that definition's, not the data's)
_DEFINED = patterns.compile(r"(?<![A-Za-z0-9_\\])X(?:tilde|til)\s*(?::=|=(?!=)|<-)")


def tilde_matrix_read(text: str) -> tuple[str, list[str]]:
    """``text`` with ``Xtil``/``Xtilde`` read as the data matrix X (same columns), and the note; else unchanged."""
    words = {found.group() for found in _WORD.finditer(text)}
    maths = _COMMENT.sub("", text)  # (A + λc)*X = b in a comment: a pattern's unknown, not a matrix of the page
    if not words or len(words) > 1 or _PLAIN_X.search(maths) or _DEFINED.search(text):
        return text, []
    word = words.pop()
    renamed = _WORD.sub(lambda found: " " * (len(found.group()) - 1) + "X", text)
    return renamed, [f"'{word}' (X̃, X with a tilde, typed in plain text) is the page's one data matrix, the design "
                     f"matrix whose columns may include a column of ones for the intercept: read as X (m×n), and "
                     f"the weights w as the coefficients of all its columns"]
