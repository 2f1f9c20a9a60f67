r"""The weights written with a capital W, one by one: ``\hat{y}^{(i)} = \sum_{j=1}^{n} W_jx^{(i)}_j + b``, read as w.

A deep-learning blog (cold32's "Learning Through Gradient Descent") writes a linear model's weights ``W_j``, as it
will write a layer's weight matrix later, and its cost ``J(W,b)``, its derivatives ``\frac{\partial J}{\partial W_j}``.
logderiv's weight vector is w (a capital W is the weight matrix of weighted least squares or of a network, and
refused in index form as "no feature index"): so the page was refused at its model. Where the page's maths writes a
model with the weights one by one, ``W_j x_j`` (the feature index on W and on x), writes no w of its own, and writes
W nowhere but with a feature index (``W_j``, ``W_{j}``, ``W_1``) or as an argument of the cost's name (``J(W, b)``),
W is the weight vector w in a capital: each W is written w over its own character (lines and columns stay), noted.
A W alone elsewhere (``\frac{\partial J}{\partial W}``, ``W^T``, ``W_{1j}``, ``W x``: a matrix, or a row of one) leaves
the page as it was, and so does a W_j used as a vector (``W_j^T x``, ``W_j^{[1]}``, ``e^{W_k x}``, ``W_1 x + b_1``: a
row of a softmax's or a layer's matrix). Sympy-free.
"""

from __future__ import annotations

from typing import Callable

from .notes import display_blocks
from .. import patterns

__all__ = ["capital_weights_read"]

#: W with a feature index: W_j, W_{j}, W_k, W_1, W_{2} (one index, a letter j/k/l or a digit)
#: (a bare index followed by x is TeX's W_j x, the model's product; by another letter or digit, W_1j, it may be meant
#: W_{1j}, a matrix's entry: not read)
_INDEXED = patterns.compile(r"(?<![A-Za-z\\])W(?=\s*_\s*(?:\{\s*(?:[jkl]|\d)\s*\}|(?:[jkl]|\d)(?![0-9A-Za-wyz])))")
#: W as an argument of the cost's name: J(W, b), J(W,b), \mathcal{L}(W, b)
_ARGUMENT = patterns.compile(r"(?<=[A-Za-z}])\s*\(\s*(?P<w>W)\s*,\s*b\s*\)")
#: the model with the weights one by one: W_j x_j, W_jx^{(i)}_j, W_{j} x_{j}^{(i)} (a feature index on both)
_MODEL = patterns.compile(r"W\s*_\s*\{?\s*(?P<index>[jk])\s*\}?\s*(?:\\cdot\s*)?x\s*(?:\^\s*\{\s*\(\s*i\s*\)\s*\}\s*)?"
                          r"_\s*\{?\s*(?P=index)")
#: a W with an index used as a vector, a row or column of a matrix: transposed (W_j^T x), a layer's (W_j^{[1]}), or
#: times an x with no feature index (W_k x in a softmax's e^{W_k x}, a layer's W_1 x + b_1)
_VECTOR_USE = patterns.compile(r"(?<![A-Za-z\\])W\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9])\s*(?:\^\s*\{?\s*(?:T|\\top|\\intercal|\[)"
                               r"|(?:\\cdot\s*)?(?:\\(?:mathbf|vec|boldsymbol|bm)\s*\{\s*x\s*\}|x)(?![A-Za-z])(?!\s*_)"
                               r"(?!\s*\^\s*\{\s*\(\s*i\s*\)\s*\}\s*_))")
#: every W, and a lowercase w of the page's own (a letter alone, not in a word or a command)
_ANY_W = patterns.compile(r"(?<![A-Za-z\\])W(?![A-Za-z])")
_OWN_W = patterns.compile(r"(?<![A-Za-z\\])w(?![A-Za-z])")

NOTE = ("{line} writes the model's weights W_j with a capital, one by one (W_j x_j), and no w: W is read as the "
        "weight vector w, W_j its j-th weight (logderiv's W is a matrix)")


def capital_weights_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each W of a model Σⱼ Wⱼxⱼ written w (same length), and the note; else as it was."""
    spans = [block.maths for block in display_blocks(text)]
    maths = [text[start:end] for start, end in spans]
    models = [start + found.start() for (start, _), written in zip(spans, maths)
              for found in [_MODEL.search(written)] if found is not None]
    if not models or any(_OWN_W.search(written) for written in maths):
        return text, []
    if any(_VECTOR_USE.search(written) for written in maths):
        # z_j = W_j^T x, e^{W_k x}, σ(W_1 x + b_1): W_j a row of a matrix (a softmax's, a layer's), not one number
        # (audit31d: read as w, the page's matrix was a weight vector, noted but not meant)
        return text, []
    places: list[int] = []
    for (start, _), written in zip(spans, maths):
        meant = {found.start() for found in _INDEXED.finditer(written)}
        meant |= {found.start("w") for found in _ARGUMENT.finditer(written)}
        every = {found.start() for found in _ANY_W.finditer(written)}
        if every - meant:
            return text, []  # a W alone: a matrix or a row of one, not the weights one by one
        places += [start + at for at in every]
    for at in places:
        text = text[:at] + "w" + text[at + 1:]
    line = text.count("\n", 0, models[0]) + 1
    return text, [NOTE.format(line=where(line))]
