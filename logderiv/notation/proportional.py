r"""A cost written with ``∝``: ``l(\beta) \propto -\sum_i e^{\eta_i} + \sum_i y_i \eta_i``, read only where exact.

Statistics and ML notes write a log-likelihood "up to a constant": the Poisson
log-likelihood is Σ yᵢηᵢ − Σ e^{ηᵢ} − Σ log yᵢ!, and the last sum, free of the
parameters, is dropped with ``∝``. Before a *log*-likelihood (``l``, ``\ell``,
``\log L``, ``LL``, ``NLL``) that is the convention: what ∝ drops is
an added constant, whose gradient is 0, so the gradient of what is written is
the whole log-likelihood's. The relation is read as ``=`` (respelled in place,
columns kept) and noted; the value itself is not the log-likelihood's, which
the note says.

Anywhere else ∝ means what it says, equal up to a constant *factor*: before a
likelihood (``L(\beta)``, ``p(y \mid x)``, a product ``\prod``) the dropped factor
scales the gradient, and before a cost (``J``) which constant is dropped is not
said. Those are refused with the reason, never read as ``=``, as is ∝ before a sum of squares (``ℓ(w) ∝ Σ(yᵢ −
wᵀxᵢ)²``, ``NLL(β) ∝ ‖y − Xβ‖²``): a Gaussian log-likelihood's ∝ drops its factor 1/(2σ²) with the constant, and a
loss named ℓ drops its 1/2 or 1/n, and ∝ before a constant factor (``ℓ(β) ∝ (1/n) Σ …``: no log-likelihood has
a 1/n, so ∝ drops the factor n). Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError

__all__ = ["read_proportional_cost"]

#: the relation, in LaTeX or as the Unicode sign
_PROPORTIONAL = patterns.compile(r"\\propto(?![A-Za-z])|∝")
#: a log-likelihood's name on the left of ∝, with its arguments: l(\beta), \ell(\theta; y), \log L(\beta), \log p(y \mid \beta), LL, NLL
_LOG_LIKELIHOOD = patterns.compile(
    r"\s*(?:\\ell|ℓ|l|LL|NLL|(?:\\log|\\ln|log|ln)\s*(?:\\mathcal\s*\{\s*L\s*\}|L|p|P)?)"
    r"\s*(?:(?:\\left\s*)?\([^()]*(?:\\right\s*)?\))?\s*")
#: a product of the examples' likelihoods on the right: a likelihood, whatever its left side is called
_PRODUCT = patterns.compile(r"\\prod(?![A-Za-z])|∏")
#: a constant factor opening the right side, after its sign: 1/n, \frac{1}{n}, \frac1n, 2 (before a sum or bracket)
_FACTOR = patterns.compile(r"\s*[-−+]?\s*(?:\\[dt]?frac\s*(?:\{\s*[0-9.]+\s*\}|[0-9])|[0-9.]+\s*(?:/|\*|\\cdot|\\times)?"
                           r"\s*(?:\\[dt]?frac|\\sum|sum|Σ|∑|\(|\\left|\[))")
#: a squared bracket or norm on the right, (yᵢ − xᵢᵀβ)², ‖y − Xβ‖²: a Gaussian's, or a loss's sum of squares
_SQUARED = patterns.compile(r"(?:\)|\]|\\\||\||‖)\s*(?:_\s*\{?\s*2\s*\}?\s*)?(?:\^\s*\{?\s*2(?![0-9])|\*\*\s*2(?![0-9])|²)")


def read_proportional_cost(cost: str) -> tuple[str, list[str]]:
    """``cost`` with a log-likelihood's ``∝`` read as ``=`` and the note saying so; ``cost`` unchanged without ∝.

    Raises :class:`InputError` (at the ∝) where ∝ drops a factor or does not say which constant it drops.
    """
    found = list(_PROPORTIONAL.finditer(cost))
    if not found:
        return cost, []
    sign = found[0]
    column = sign.start()
    left, right = cost[:column], cost[sign.end():]
    if len(found) > 1 or "=" in left:
        raise InputError("'∝' is read only as the one relation of a cost, 'ℓ(β) ∝ …'", source=cost, column=column,
                         label="COST", hint="write the cost with '=' and every term")
    if _PRODUCT.search(right) is not None:
        raise InputError("'∝' before a product drops a constant factor of a likelihood, which scales the gradient "
                         "by it: not read", source=cost, column=column, label="COST",
                         hint="write the log-likelihood, ℓ(β) = Σ …, or the likelihood with every factor and '='")
    if _LOG_LIKELIHOOD.fullmatch(left) is None:
        raise InputError(f"'∝' after {left.strip() or 'nothing'} says equal up to a constant without saying which: "
                         "a factor (a likelihood's) scales the gradient, so only a log-likelihood's '∝' (ℓ(β) ∝ …, "
                         "an added constant) is read", source=cost, column=column, label="COST",
                         hint="write '=' with every term, or name the log-likelihood: l(β) ∝ …")
    squared = next((match for match in _SQUARED.finditer(right) if _a_residual(right, match)), None)
    if squared is not None:
        # audit44: ℓ(w) ∝ Σ(yᵢ − wᵀxᵢ)² (a loss ℓ, a factor 1/2 or 1/n dropped) and NLL(β) ∝ Σ(yᵢ − xᵢᵀβ)² (a
        # Gaussian's, its 1/(2σ²) dropped) were read as '=': the factor ∝ drops there scales the gradient
        raise InputError("'∝' before a sum of squares drops a constant factor (a Gaussian log-likelihood's 1/(2σ²), "
                         "a loss's 1/2 or 1/n), which scales the gradient: not read", source=cost,
                         column=column, label="COST",
                         hint="write the cost or log-likelihood with '=' and every factor")
    if _FACTOR.match(right) is not None:
        # audit44: ℓ(β) ∝ (1/n) Σ (yᵢxᵢᵀβ − e^{xᵢᵀβ}) was read as '=', its gradient called the whole log-likelihood's:
        # no log-likelihood has a 1/n, so this ∝ drops the factor n too, which scales the gradient
        raise InputError("'∝' before a constant factor (1/n, 2) says the log-likelihood is that multiple of what "
                         "follows: it drops a factor, which scales the gradient, not only an added constant: not read",
                         source=cost, column=column, label="COST",
                         hint="write the log-likelihood with '=' and every factor, or '∝' before its sum alone")
    # '\propto' becomes '=' and blanks: every later column still points at the character written there
    respelled = cost[:column] + "=" + " " * (sign.end() - column - 1) + right
    note = (f"{left.strip()} ∝ … is read as {left.strip()} = …: '∝' before a log-likelihood drops an added constant "
            "free of the parameters (the statistics convention), whose gradient is 0, so the gradient is the whole "
            "log-likelihood's; the value written is not")
    return respelled, [note]


def _a_residual(right: str, squared: re.Match[str]) -> bool:
    """Whether the squared bracket or norm ending at ``squared`` holds a difference: ‖y − Xβ‖², not a penalty ‖β‖²."""
    if squared.group().lstrip("\\")[:1] not in ("|", "‖"):
        return True  # (…)², […]²: a squared bracket, the sum of squares' own shape
    inside = right[:squared.start()]
    bars = [bar.start() for bar in re.finditer(r"\\\||‖|\|", inside)]
    return bool(bars) and re.search(r"[-−]", inside[bars[-1]:]) is not None
