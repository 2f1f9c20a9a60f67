r"""The cost's derivative named with a prime and written out at once: ``E' = \frac{dE}{d\theta_0} = …``.

Notes that define the cost of one variable (``E = \frac{1}{2}(f(x;\theta) - y)^2 = …``) name its derivative in
Lagrange's notation and write it in Leibniz's in the same breath: ``E' = \frac{dE}{d\theta} = (x^2\theta_0 - y)x^2``.
The prime says nothing the quotient after it does not: which variable E′ is taken by is the quotient's. Where a
side ``NAME'`` (``NAME^{\prime}``, ``NAME′``) is followed by ``=`` and a derivative of the same name, the prime's
side and its ``=`` are blanked (same length, so columns keep), and a note says so. A prime with no quotient after
it (``E' = (x^2\theta_0 - y)x^2``: by which variable?) is left to the reader, which refuses it. Sympy-free.
"""

from __future__ import annotations

from typing import Callable

from .. import patterns
from .vocabulary import cost_name_pattern

__all__ = ["cost_prime_read"]

#: the cost's name primed, its '=', and a derivative of the same name: E' = \frac{dE}{d…}, J^{\prime} = ∂J/∂…
_PRIMED = patterns.compile(
    r"(?P<primed>(?P<written>(?<![A-Za-z\\])(?P<name>"
    + cost_name_pattern("J", "L", "E", "C", "R", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="braced") + r")\s*"
    r"(?:'|′|\^\s*\{?\s*\\prime\s*\}?)\s*(?:\([^()=]*\))?)\s*&?\s*=)"
    r"(?=\s*(?:\\[dt]?frac\s*\{\s*(?:d|\\partial|\\mathrm\s*\{\s*d\s*\})\s*(?P=name)\s*(?:\([^()=]*\)\s*)?\}"
    r"|(?:d|∂)\s*(?P=name)\s*/))")


def cost_prime_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each ``NAME' =`` before a derivative of NAME blanked, and a note for each; else unchanged."""
    notes: list[str] = []
    for found in reversed(list(_PRIMED.finditer(text))):
        start, end = found.span("primed")
        shown = " ".join(found.group("written").split())
        notes.insert(0, f"{where(text.count(chr(10), 0, start) + 1)}: {shown} names the derivative written after it "
                        "in Leibniz's notation: read as that derivative, the prime's side no step of its own")
        text = text[:start] + "".join(character if character == "\n" else " " for character in text[start:end]) \
            + text[end:]
    return text, notes
