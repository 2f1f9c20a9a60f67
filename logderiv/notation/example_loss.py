r"""One example's loss defined and differentiated with its example's mark: ``\ell^{(i)} = …``, then ``∂\ell^{(i)}/∂θ``.

CS229's problem sets (and Chinese solutions of them, "单个样本的对数似然") define the loss of ONE example with
the example's mark on the cost's letter, ``\ell^{(i)} = \log p(y^{(i)} \mid x^{(i)}; \theta) = … =
\theta^T x^{(i)} y^{(i)} - e^{\theta^T x^{(i)}} - \log(y^{(i)}!)``, and differentiate it, ``\frac{\partial
\ell^{(i)}}{\partial \theta} = (y^{(i)} - e^{\theta^T x^{(i)}}) x^{(i)}``. Every ``^{(i)}`` there marks the same
one example, the (x, y) of the per-example convention: where the page sums over nothing (no Σ, no ∏ anywhere),
each mark is blanked (same length, so columns keep), and the page is read as the loss of one example (x, y) and
its derivative, noted. A page that sums anywhere (the mean J = (1/m) Σᵢ ℓ⁽ⁱ⁾ beside it, a derivation summing
over i) is left as it is: which of the example's loss and the cost a line derives is then the page's to say.
Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns

__all__ = ["one_example_loss_read"]

#: the cost's letter with the example's mark, where a display defines it: \ell^{(i)} =, L^{(i)}(\theta) =, J^{(i)} &=
_DEFINED = patterns.compile(
    r"(?P<name>(?<![A-Za-z\\])[JL]|\\ell|\\mathcal\s*\{\s*[JL]\s*\})\s*\^\s*\{\s*\(\s*i\s*\)\s*\}"
    r"\s*(?:\((?:[^()=]|\([^()]*\))*\))?\s*(?:\\\\\s*)?&?\s*=")
#: the derivative of the cost's letter with the example's mark: \partial \ell^{(i)}, ∂L^{(i)}, d J^{(i)}
_DIFFERENTIATED = patterns.compile(
    r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{?\s*(?P<name>[JL]|\\ell|\\mathcal\s*\{\s*[JL]\s*\})\s*\}?\s*\^\s*\{\s*\(\s*i\s*\)\s*\}")
#: the example's mark: ^{(i)}, ^{( i )}
_MARK = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}")
#: a sum or a product anywhere on the page: then the page may derive the cost, not the example's loss
_AGGREGATE = patterns.compile(r"\\sum(?![A-Za-z])|\\prod(?![A-Za-z])|\\coprod(?![A-Za-z])|Σ|∑|∏")


def one_example_loss_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with every example's mark blanked when it defines and differentiates one example's loss; a note.

    ``where(line)`` names a line for the note. Unchanged, with no note, unless a display defines the cost's letter
    with the example's mark (``\\ell^{(i)} = …``), a later one differentiates that letter with the mark, and the
    page sums over nothing.
    """
    defined = _DEFINED.search(text)
    if defined is None or _AGGREGATE.search(text):
        return text, []
    name = re.sub(r"\s", "", defined.group("name"))
    differentiated = next((found for found in _DIFFERENTIATED.finditer(text, defined.end())
                           if re.sub(r"\s", "", found.group("name")) == name), None)
    if differentiated is None:
        return text, []
    for mark in reversed(list(_MARK.finditer(text))):
        text = text[:mark.start()] + " " * (mark.end() - mark.start()) + text[mark.end():]
    first, second = (text.count("\n", 0, found.start()) + 1 for found in (defined, differentiated))
    shown = name.replace("\\ell", "ℓ")
    return text, [f"{where(first)} defines {shown}⁽ⁱ⁾, one example's loss, and {where(second)} differentiates it; the "
                  f"page sums over no examples: read as the loss of one example (x, y), each ^{{(i)}} dropped, and its "
                  "derivative as that example's gradient (the per-example convention)"]
