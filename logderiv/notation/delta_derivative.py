r"""δ written for ∂ through a page: ``\frac{\delta}{\delta\theta_j} J``, ``\frac{\delta}{\delta_{\theta_j}} h``, read as ∂/∂.

Notes after Ng's course write the derivative with δ throughout a derivation: a Coursera draft's
``\frac{\delta}{\delta\theta_j}`` on every side, a Chinese note's ``\frac{\delta}{\delta_{\theta_j}}`` (the
variable as δ's subscript, as ∂_{θⱼ} writes it). The page reader knew only ∂, d and ∇: the chains were not
derivations, and the pages were refused as several chains of '='; the formula reader read δ as a name, and
``\frac{\delta}{\delta\theta_j} \frac{1}{2m} Σ …`` as δ/(δθⱼ) times the cost — 1/θⱼ times it, a false "wrong".

Read as ∂/∂ (noted once) only where every δ of the page stands in such a fraction: first in its numerator and
first in its denominator, a variable after it. A δ anywhere else (backpropagation's error term δ⁽ˡ⁾, a
Kronecker δ_{ij}, a step size) may be a quantity: the page is left as written. Each ``\delta`` becomes ``∂`` and
spaces (``\delta_`` of δ_{θⱼ} too), so columns keep. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns

__all__ = ["delta_fractions_read"]

#: \frac{\delta …}{\delta …}: δ first in a fraction's numerator and first in its denominator (a variable after it,
#: or its subscript: \delta_{\theta_j}, \delta_\theta)
_DELTA_FRACTION = patterns.compile(
    r"\\d?frac\s*\{\s*(?P<top>\\delta)(?![A-Za-z])[^{}]*\}\s*\{\s*(?P<below>\\delta(?:\s*_(?=\s*[{A-Za-z\\]))?)"
    r"(?=\s*[{A-Za-z\\])(?!\s*\\delta(?![A-Za-z]))")
#: δ as TeX writes it, or as typed (δ⁽ⁱ⁾ in the prose or a display: a quantity the page names, audit28e)
_DELTA = patterns.compile(r"\\delta(?![A-Za-z])|δ")


def delta_fractions_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each δ of a δ-over-δ fraction written ∂ (spaces after it), when δ stands nowhere else; notes."""
    found = list(_DELTA_FRACTION.finditer(text))
    at = {match.start(group) for match in found for group in ("top", "below")}
    if not found or {match.start() for match in _DELTA.finditer(text)} != at:
        return text, []
    for match in reversed(found):
        for group in ("below", "top"):
            start, end = match.span(group)
            text = text[:start] + "∂" + " " * (end - start - 1) + text[end:]
    first = found[0]
    line = text.count("\n", 0, first.start()) + 1
    return text, [f"{where(line)} writes the derivative with δ, \\frac{{\\delta}}{{\\delta …}}: δ over δ is read as ∂/∂ "
                  "throughout the page (δ stands in no other place on it, so it names no quantity)"]
