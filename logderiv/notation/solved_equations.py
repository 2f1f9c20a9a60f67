r"""An equation after a derivation that solves for the parameter: the first-order condition solved, not a step.

Notes derive the gradient and then set it to zero and solve: ``\frac{\partial J}{\partial\theta} = X^TX\theta -
X^TY``, then "令导数等于零" (set the derivative to zero), ``X^TX\theta = X^TY`` and ``\theta = (X^TX)^{-1}X^TY`` (a
Chinese notebook's normal equations). Those displays are equations to solve, true at the minimum only, never
identities in θ: read as steps, the first was judged "does not follow" from the gradient, a right page called
wrong. A display after the derivation is one when it has one ``=``, a left side of its own (no ``=`` opening it,
which goes on from the derivation), no derivative anywhere, and the parameter the derivation differentiates by on
one side only: the parameter separated from the data, as solving puts it. A step of a derivation is an identity
in the parameter, which an equation with the parameter on one side only (the other side data, or 0) is not, unless
its side in θ does not depend on θ; a definition of another name (``h_\theta(x) = \theta^Tx``) is left to the
page's definitions. The side without the parameter must hold the data only (X, y, their transposes, inverses, sums
and means, numbers, λ): a name such as ŷ, h(xᵢ), σ(z), A or e stands for a function of the parameter, and
``\frac1m\sum_i (\hat y_i - y_i)x_i = \frac1m X^T(X\theta - y)`` is the gradient restated in matrix form, a step
(set aside, a sign slipped in it passed unread and a wrong page was said to end at the gradient). Sympy-free,
like the front ends.
"""

from __future__ import annotations

import re

from .. import patterns
from .brackets import top_level

__all__ = ["parameter_differentiated", "solves_for", "writes_zero_alone", "ends_at_zero"]

#: a side that is the number zero alone, or the zero vector in bold (\mathbf{0}, \vec 0: the gradient set to zero as
#: a vector); a trailing \tag{23} is the display's, read apart by the scanner; a sentence's full stop or comma after
#: it is prose
_ZERO = patterns.compile(r"\s*(?:0|\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*0\s*\}|\\(?:mathbf|boldsymbol|bm|vec)\s+0)\s*[.,;]?\s*")

#: the parameter a derivative is taken by, its denominator's (or ∇'s subscript's) letter: ∂/∂θ, ∂J/∂\vec w, \nabla_\theta, ∂/∂θ_j (θ, its component's letter)
_BY = patterns.compile(
    r"(?:\}\s*\{\s*(?:\\partial|∂|d(?=\s*(?:\\|[A-Za-z])))|/\s*(?:\\partial|∂)|\\nabla\s*_|∇\s*_)\s*\{?\s*(?:\\(?:vec|mathbf|boldsymbol|bm|hat)\s*\{?\s*)?"
    r"(?P<name>\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])")
#: a derivative anywhere (a side that differentiates is a step's or a lemma's, never an equation to solve)
_DERIVATIVE = patterns.compile(r"∂|\\partial|\\nabla|∇|\\d?frac\s*\{\s*d[\s}A-Za-z\\]|(?<![A-Za-z\\])d[A-Za-z]*\s*/\s*d")
#: a left side that names something: a letter or a command, styled or hatted, a subscript, a call's arguments
_NAMED = patterns.compile(
    r"\s*(?:\\(?:vec|mathbf|boldsymbol|bm|hat|mathcal)\s*\{?\s*)?(?P<name>\\[A-Za-z]+|[A-Za-z])\s*\}?"
    r"(?:\s*_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|\w))?(?:\s*\^\s*(?:\{[^{}]*\}|\w))?\s*(?:\([^()]*\))?\s*")
#: the side of an equation to solve that lacks the parameter: the data only (X, x, Y, y), indices and sizes, numbers,
#: λ and I, sums, means, transposes and inverses; any other name (\hat y, h, \sigma, z, A, e) may stand for a function
#: of the parameter, which makes the equation a step to judge, never one to set aside
_DATA_ONLY = patterns.compile(
    r"(?:\\(?:frac|dfrac|tfrac|left|right|sum|limits|bar|overline|mathbf|boldsymbol|bm|vec|top|intercal|lambda|cdot"
    r"|times|mathrm|quad|qquad|[ ,;:!{}])(?![A-Za-z])|[XxYyTIijkmnN0-9\s()\[\]{}^_+\-*/.,|'])*")
#: a name that is a letter, never the parameter: the functions and operators of the text
_COMMANDS = frozenset({r"\frac", r"\dfrac", r"\tfrac", r"\left", r"\right", r"\sum", r"\log", r"\exp", r"\sigma"})


def parameter_differentiated(chain: str) -> str | None:
    r"""The parameter the first derivative of ``chain`` is taken by (``\theta``, ``w``), None when it names none."""
    found = _BY.search(chain)
    if found is None or found.group("name") in _COMMANDS:
        return None
    return found.group("name")


def solves_for(maths: str, parameter: str) -> bool:
    r"""Whether ``maths`` is one equation with ``parameter`` on one side only and no derivative (see the module)."""
    maths = re.sub(r"\\(?:begin|end)\s*\{[^{}]*\}|&|\\\\|\\tag\s*\{[^{}]*\}", " ", maths).strip().rstrip(".,;").strip()
    if _DERIVATIVE.search(maths):
        return False
    equals = [at for at in top_level(maths, "=") if maths[at - 1:at] not in (":", "<", ">", "!")
              and maths[at + 1:at + 2] != "="]
    if len(equals) != 1:
        return False
    left, right = maths[:equals[0]], maths[equals[0] + 1:]
    if not left.strip() or not right.strip():
        return False
    named = _NAMED.fullmatch(left)
    if named is not None and named.group("name") != parameter:
        return False  # J = ½‖Xθ − y‖², h_θ(x) = θᵀx: a definition of another name, the page's to read
    # the parameter as a whole name: \theta, not \thetaX's start; a Latin letter anywhere but in a command's name
    # (X^TXw, wx: glued products write it beside other letters), which finds it on a side rather than misses it
    if parameter.startswith("\\"):
        name = re.compile(re.escape(parameter) + r"(?![A-Za-z])")
        has = [bool(name.search(side)) for side in (left, right)]
    else:
        has = [parameter in re.sub(r"\\[A-Za-z]+", " ", side) for side in (left, right)]
    if has[0] == has[1]:
        return False
    return _DATA_ONLY.fullmatch(right if has[0] else left) is not None


def writes_zero_alone(text: str) -> bool:
    """Whether a side's text is the number 0 and nothing else (``0``, ``0.``; not ``0.5``, ``0x``), or the zero
    vector in bold (``\\mathbf{0}``, ``\\vec 0``: the gradient set to zero, as a vector)."""
    return _ZERO.fullmatch(text) is not None


def ends_at_zero(maths: str) -> bool:
    r"""Whether a display's last side after a top-level ``=`` is zero alone (``\frac{\partial J}{\partial\theta} = 0``,
    ``… = X^T(X\theta - y) = 0``): the first-order condition written, whose solving equations after it the
    derivation's own rule reads and, in matrix form, checks (``verify.optimality``) — not set aside here."""
    maths = re.sub(r"\\(?:begin|end)\s*\{[^{}]*\}|&|\\\\|\\tag\s*\{[^{}]*\}", " ", maths).strip()
    equals = [at for at in top_level(maths, "=") if maths[at - 1:at] not in (":", "<", ">", "!")
              and maths[at + 1:at + 2] != "="]
    return bool(equals) and writes_zero_alone(maths[equals[-1] + 1:])
