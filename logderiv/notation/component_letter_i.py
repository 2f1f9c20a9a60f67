r"""A derivative by ``w_i`` on a page whose examples are indexed by n: i is the component's index, read as j.

Bishop-style notes index the examples by n (``\sum_{n=0}^{N-1}(wᵀx_n − t_n)^2``) and leave i to the weights:
``\frac{\partial J}{\partial w_i} = \frac{2}{N}\sum_n (wᵀx_n − t_n) x_{n,i}``, "x_{n,i} is the i-th input of the
n-th example" (tests/derivations_cold43, ja_blog). logderiv reads i as the example's index always (n read as i where
a sum over n runs over the examples), so the page was refused ("i is the example index, and w has one value for all
examples"; "'x' already has the example index").

Where the page itself sums over another letter and never over i, i is free (n is then read by what it indexes, as
any sum's letter is: the examples of x_n and t_n, or the features of w_n x_n): only on a page that differentiates by a
parameter's component of index i (∂/∂w_i, ∂/∂θ_i, ∂/∂β_i), sums over n and never over i, writes no ^{(i)} and no
index j (the letter i becomes), every subscript i of its maths (``w_{i}``, ``x_{n,i}``) is respelled j, same length,
columns kept, and noted. Anything else is left as written.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["component_letter_i_read"]

#: a derivative by a parameter's component of index i: \partial w_i, \partial w_{i}, ∂θ_i, \partial \beta_{ i }
_BY_COMPONENT_I = patterns.compile(
    r"(?:\\partial|∂)\s*(?:\{\s*\\bf\s+)?(?:w|\\theta|\\beta|θ|β)\s*(?:\}\s*)?_\s*(?:i(?![A-Za-z0-9])|\{\s*i\s*\})")
#: a sum over n (the examples' letter on such pages)
_SUM_OVER_N = patterns.compile(r"\\sum\s*_\s*(?:\{\s*)?n\s*=")
#: what makes i the page's example index, or j taken: a sum over i, an example's mark (i), an index j
_I_TAKEN = patterns.compile(r"\\sum\s*_\s*(?:\{\s*)?i(?![A-Za-z])|\^\s*(?:\{\s*)?\(\s*i\s*\)|\\prod\s*_\s*(?:\{\s*)?i(?![A-Za-z])")
_J_WRITTEN = patterns.compile(r"_\s*(?:j(?![A-Za-z])|\{[^{}]*(?<![A-Za-z\\])j(?![A-Za-z])[^{}]*\})|\\sum\s*_\s*(?:\{\s*)?j")
#: a subscript i: _i, _{i}, _{n,i}, _{ i }
_SUBSCRIPT_I = patterns.compile(r"(?P<before>_\s*(?:\{[^{}]*?(?<![A-Za-z\\])|))i(?![A-Za-z0-9])(?=[^{}]*\}|)")
#: maths inline in prose: $…$, not a display's $$
_INLINE = patterns.compile(r"(?<![$\\])\$(?!\$)(?P<maths>[^$]+?)\$")


def _maths_spans(text: str) -> list[tuple[int, int]]:
    spans = [block.maths for block in display_blocks(text, inline=False)]
    prose = text
    for start, end in spans:
        prose = prose[:start] + " " * (end - start) + prose[end:]
    return spans + [found.span("maths") for found in _INLINE.finditer(prose)]


def component_letter_i_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each subscript i respelled j where the page's examples are indexed by n (module docstring)."""
    spans = _maths_spans(text)
    maths = " ".join(text[start:end] for start, end in spans)
    derivative = _BY_COMPONENT_I.search(maths)
    if derivative is None or not _SUM_OVER_N.search(maths) or _I_TAKEN.search(maths) or _J_WRITTEN.search(maths):
        return text, []
    # the line of the first display or inline maths differentiating by the component, as the page writes it
    line = text.count("\n", 0, min(start for start, end in spans if _BY_COMPONENT_I.search(text[start:end]))) + 1
    respelled = 0
    for start, end in spans:
        part = text[start:end]
        changed = _SUBSCRIPT_I.sub(lambda found: found.group("before") + "j", part)
        respelled += sum(1 for left, right in zip(part, changed) if left != right)
        text = text[:start] + changed + text[end:]
    return text, [f"the page sums over n, never over i, and differentiates by a component of index i "
                  f"({' '.join(derivative.group(0).split())}, {where(line)}): i is the component's index, a feature's, "
                  f"read as j ({respelled} subscript{'s' if respelled > 1 else ''} i respelled j; n is read by what it "
                  "indexes)"]
