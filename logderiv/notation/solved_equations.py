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
from .vocabulary import cost_name_pattern
from .brackets import top_level

__all__ = ["parameter_differentiated", "solves_for", "writes_zero_alone", "ends_at_zero", "gradient_named", "one_gradient"]

#: a side that is the number zero alone, or the zero vector in bold (\mathbf{0}, \vec 0: the gradient set to zero as
#: a vector); a trailing \tag{23} is the display's, read apart by the scanner; a sentence's full stop or comma after
#: it is prose
_ZERO_ITSELF = r"(?:0|\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*0\s*\}|\\(?:mathbf|boldsymbol|bm|vec)\s+0)"
#: … or that zero boxed, \boxed{0}: the box frames the condition as notes frame a result (hunt34: "= \boxed{0}" was
#: a step "0", a right page judged wrong)
_ZERO = patterns.compile(rf"\s*(?:{_ZERO_ITSELF}|\\boxed\s*\{{\s*{_ZERO_ITSELF}\s*\}})\s*[.,;]?\s*")

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
#: λ and I, sums, means, transposes and inverses (boxed, as the result is: θ = \boxed{(XᵀX)⁻¹Xᵀy}); any other name (\hat y, h, \sigma, z, A, e) may stand for a function
#: of the parameter, which makes the equation a step to judge, never one to set aside
_DATA_ONLY = patterns.compile(
    r"(?:\\(?:frac|dfrac|tfrac|left|right|sum|limits|bar|overline|mathbf|boldsymbol|bm|vec|top|intercal|lambda|cdot|boxed"
    r"|times|mathrm|quad|qquad|[ ,;:!{}])(?![A-Za-z])|[XxYyTIijkmnN0-9\s()\[\]{}^_+\-*/.,|'])*")
#: a name that is a letter, never the parameter: the functions and operators of the text
_COMMANDS = frozenset({r"\frac", r"\dfrac", r"\tfrac", r"\left", r"\right", r"\sum", r"\log", r"\exp", r"\sigma"})


def parameter_differentiated(chain: str) -> str | None:
    r"""The parameter the first derivative of ``chain`` is taken by (``\theta``, ``w``), None when it names none."""
    found = _BY.search(chain)
    if found is None or found.group("name") in _COMMANDS:
        return None
    return found.group("name")


def _unboxed(maths: str) -> str:
    r"""``maths`` without a ``\boxed{…}`` around all of it (``\boxed{\theta = (X^TX)^{-1}X^Ty}``: the box frames the
    result, the equation is the one it holds), else as it is (hunt34)."""
    found = re.match(r"\\boxed\s*\{", maths)
    if found is None:
        return maths
    depth = 0
    for at in range(found.end() - 1, len(maths)):
        depth += {"{": 1, "}": -1}.get(maths[at], 0)
        if depth == 0:
            return maths[found.end():at].strip() if not maths[at + 1:].strip(" .,;") else maths
    return maths


def solves_for(maths: str, parameter: str) -> bool:
    r"""Whether ``maths`` is one equation with ``parameter`` on one side only and no derivative (see the module)."""
    maths = re.sub(r"\\(?:begin|end)\s*\{[^{}]*\}|&|\\\\|\\tag\s*\{[^{}]*\}", " ", maths).strip().rstrip(".,;").strip()
    maths = _unboxed(maths)
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
    vector in bold (``\\mathbf{0}``, ``\\vec 0``: the gradient set to zero, as a vector), either in a box
    (``\\boxed{0}``)."""
    return _ZERO.fullmatch(text) is not None


def ends_at_zero(maths: str) -> bool:
    r"""Whether a display's last side after a top-level ``=`` is zero alone (``\frac{\partial J}{\partial\theta} = 0``,
    ``… = X^T(X\theta - y) = 0``): the first-order condition written, whose solving equations after it the
    derivation's own rule reads and, in matrix form, checks (``verify.optimality``) — not set aside here."""
    maths = re.sub(r"\\(?:begin|end)\s*\{[^{}]*\}|&|\\\\|\\tag\s*\{[^{}]*\}", " ", maths).strip()
    equals = [at for at in top_level(maths, "=") if maths[at - 1:at] not in (":", "<", ">", "!")
              and maths[at + 1:at + 2] != "="]
    return bool(equals) and writes_zero_alone(maths[equals[-1] + 1:])


#: styles and sizes that do not change a name: \vec\theta, \mathbf{w}, \left( … \right)
_STYLE = patterns.compile(r"\\(?:vec|mathbf|boldsymbol|bm|mathrm|left|right|displaystyle|,|;|!)(?![A-Za-z])")
#: the cost's name (J, L, E, ℓ, 𝓛) with its arguments, and the parameter a derivative is by (θ, θ₀, θ_j, w, b)
#: (the registry's J, L, E, \ell, \mathcal{J}, \mathcal{L}, spaces and styles dropped first: notation.vocabulary)
_COST_LETTERS = cost_name_pattern("J", "L", "E", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="tight")
_COST_NAME = r"(?P<cost>" + _COST_LETTERS + r")(?:\((?P<arguments>[^()]*)\))?"
_BY_NAME = r"(?P<by>\\[A-Za-z]+|[A-Za-z])(?:_\{?(?P<component>\\?[A-Za-z0-9]+)\}?)?"
_D = r"(?:\\partial|∂|d)"
#: the gradient's name in each spelling ML notes write it (spaces and styles dropped first): ∇_θJ(θ), ∇J(θ) (the
#: parameter its one argument), \frac{\partial J(θ)}{\partial θ}, \frac{dJ}{dθ}, \frac{\partial}{\partial θ}J(θ), ∂J/∂θ
_GRADIENT_SPELLINGS = tuple(patterns.compile(spelling) for spelling in (
    rf"(?:\\nabla|∇)_\{{?{_BY_NAME}\}}?{_COST_NAME}",
    r"(?:\\nabla|∇)(?P<cost>" + _COST_LETTERS + ")",
    r"(?:\\nabla|∇)(?P<cost>" + _COST_LETTERS + r")\((?P<arguments>[^()]*)\)",
    rf"\\[dt]?frac\{{{_D}{_COST_NAME}\}}\{{{_D}{_BY_NAME}\}}",
    rf"\\[dt]?frac\{{{_D}\}}\{{{_D}{_BY_NAME}\}}(?P<open>[\[(])?{_COST_NAME}(?(open)[\])])",
    rf"{_D}{_COST_NAME}/{_D}{_BY_NAME}",
))


def gradient_named(side: str) -> tuple[str, str] | None:
    r"""The cost and the parameter of a side that is only the name of the cost's derivative, whatever its spelling
    (``\nabla_\theta J``, ``\nabla J(\theta)``, ``\frac{\partial J(\theta)}{\partial\theta}``, ``\frac{dJ}{d\theta}``,
    ``\frac{\partial}{\partial\theta}J``, ``∂J/∂θ`` all give ``("J", "\theta")``; ``∂J/∂θ_0`` gives ``("J",
    "\theta_0")``), or None: a page sets the gradient it derived to zero in another spelling than its derivation's
    first side, and the two are one name. ∇J with no parameter written (no subscript, no argument) gives ``("J",
    "")``: by every parameter, which :func:`one_gradient` matches with one whole vector only."""
    compact = re.sub(r"\s+", "", _STYLE.sub("", side)).rstrip(".,;")
    compact = re.sub(r"\{(\\?[A-Za-z])\}", r"\1", compact)  # \vec{\theta} → \theta once the style is dropped
    compact = compact.replace("θ", "\\theta").replace("β", "\\beta").replace("ℓ", "\\ell")
    for spelling in _GRADIENT_SPELLINGS:
        found = spelling.fullmatch(compact)
        if found is None:
            continue
        named = {key: value for key, value in found.groupdict().items() if value is not None}
        by = named.get("by")
        if by is None and "arguments" not in named:
            return named["cost"], ""  # ∇J: by the parameters the page has (:func:`one_gradient`)
        if by is None:  # ∇J(θ): the one argument is the parameter
            arguments = named.get("arguments", "")
            if not re.fullmatch(r"\\?[A-Za-z]+", arguments) or arguments in ("x", "X", "y", "Y"):
                return None
            by = arguments
        if by in ("x", "X", "y", "Y", "z", "\\hat", "h"):
            return None  # a derivative by the data or the prediction is no gradient of the cost
        cost = re.sub(r"\\mathcal\{?([JL])\}?", r"\1", named["cost"])
        component = named.get("component")
        return cost, by if component is None else f"{by}_{component}"
    return None


def one_gradient(names: set[tuple[str, str] | None]) -> bool:
    r"""Whether the names :func:`gradient_named` read are one gradient: all the same, or the cost's ∇J with no
    parameter written beside one derivative of the same cost by a whole vector (∂J/∂θ then ∇J = 0: a cost of one
    parameter vector has one gradient). None (not a gradient's name) and a component (∂J/∂θ₀ beside ∇J, the whole
    gradient) are never one gradient."""
    if None in names or not names:
        return False
    written = {name for name in names if name is not None and name[1]}
    bare = {name for name in names if name is not None and not name[1]}
    if len(written) > 1 or len(bare) > 1:
        return False
    if not bare:
        return True
    return len(written) == 1 and next(iter(written))[0] == next(iter(bare))[0] and "_" not in next(iter(written))[1]
