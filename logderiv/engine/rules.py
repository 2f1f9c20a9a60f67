"""The rewrite rules: small typed records, each stating its mathematics.

A rule record says *which* rewrite produced a step; its docstring and
``statement`` say what the rule is in general. ``label`` renders the short name
shown beside a step, with expressions shown by the caller's printer (so a rule
like "h = σ(θᵀx)" prints in whatever format the renderer speaks).

Calculus rules rewrite one unevaluated ``Derivative(u, v)`` (see
``logderiv.engine.calculus``); algebra rules rewrite the whole expression once
no derivative is left (``logderiv.engine.algebra``).
"""

from __future__ import annotations

from dataclasses import field
from typing import ClassVar

import sympy

from ..record import record
from ..records.step import Rule, Show

__all__ = [
    "Rule",
    "Linearity",
    "ProductRule",
    "QuotientRule",
    "PowerRule",
    "ChainLog",
    "ChainExp",
    "ChainTanh",
    "ChainSoftplus",
    "ChainRelu",
    "ChainHeaviside",
    "SigmoidDerivative",
    "Unfold",
    "SubstituteBack",
    "DotProduct",
    "KroneckerDelta",
    "CollapseSum",
    "Constant",
    "Identity",
    "Distribute",
    "Cancel",
    "FactorSign",
    "Combine",
    "SplitFraction",
    "Recognise",
    "Vectorise",
    "TransposeProduct",
    "Stack",
    "RULES",
    "by_name",
]

# --- calculus ---------------------------------------------------------------------


@record
class Linearity(Rule):
    """∂(a f + b g)/∂v = a ∂f/∂v + b ∂g/∂v, and ∂(Σᵢ fᵢ)/∂v = Σᵢ ∂fᵢ/∂v, for a, b free of v."""

    name: ClassVar[str] = "linearity"
    title: ClassVar[str] = "linearity"
    statement: ClassVar[str] = "∂(a f + b g) = a ∂f + b ∂g;  ∂ Σᵢ fᵢ = Σᵢ ∂fᵢ  (a, b constant)"
    statement_latex: ClassVar[str] = (
        r"\partial(a f + b g) = a\,\partial f + b\,\partial g,\quad "
        r"\partial \textstyle\sum_i f_i = \sum_i \partial f_i"
    )


@record
class ProductRule(Rule):
    """∂(f g)/∂v = (∂f/∂v) g + f (∂g/∂v)."""

    name: ClassVar[str] = "product"
    title: ClassVar[str] = "product rule"
    statement: ClassVar[str] = "∂(f g) = (∂f) g + f (∂g)"
    statement_latex: ClassVar[str] = r"\partial(f g) = (\partial f)\, g + f\, (\partial g)"


@record
class QuotientRule(Rule):
    """∂(f/g)/∂v = (g ∂f/∂v − f ∂g/∂v)/g²."""

    name: ClassVar[str] = "quotient"
    title: ClassVar[str] = "quotient rule"
    statement: ClassVar[str] = "∂(f/g) = (g ∂f − f ∂g)/g²"
    statement_latex: ClassVar[str] = r"\partial\frac{f}{g} = \frac{g\,\partial f - f\,\partial g}{g^2}"


@record
class PowerRule(Rule):
    """∂(uᵖ)/∂v = p uᵖ⁻¹ ∂u/∂v for p free of v (with the chain rule); √u = u^(1/2)."""

    name: ClassVar[str] = "power"
    title: ClassVar[str] = "power rule"
    statement: ClassVar[str] = "∂(uᵖ) = p uᵖ⁻¹ ∂u  (p constant)"
    statement_latex: ClassVar[str] = r"\partial(u^p) = p\,u^{p-1}\,\partial u"


@record
class ChainLog(Rule):
    """∂ log u/∂v = (∂u/∂v)/u."""

    name: ClassVar[str] = "chain-log"
    title: ClassVar[str] = "chain rule"
    statement: ClassVar[str] = "∂ log u = (∂u)/u"
    statement_latex: ClassVar[str] = r"\partial \log u = \frac{\partial u}{u}"


@record
class ChainExp(Rule):
    """∂ e^u/∂v = e^u ∂u/∂v."""

    name: ClassVar[str] = "chain-exp"
    title: ClassVar[str] = "chain rule"
    statement: ClassVar[str] = "∂ eᵘ = eᵘ ∂u"
    statement_latex: ClassVar[str] = r"\partial e^{u} = e^{u}\,\partial u"


@record
class ChainTanh(Rule):
    """∂ tanh u/∂v = (1 − tanh² u) ∂u/∂v."""

    name: ClassVar[str] = "chain-tanh"
    title: ClassVar[str] = "chain rule"
    statement: ClassVar[str] = "∂ tanh u = (1 − tanh² u) ∂u"
    statement_latex: ClassVar[str] = r"\partial \tanh u = (1 - \tanh^2 u)\,\partial u"


@record
class ChainSoftplus(Rule):
    """∂ softplus u/∂v = σ(u) ∂u/∂v, since softplus u = log(1 + eᵘ)."""

    name: ClassVar[str] = "chain-softplus"
    title: ClassVar[str] = "softplus′ = σ"
    statement: ClassVar[str] = "∂ log(1 + eᵘ) = σ(u) ∂u"
    statement_latex: ClassVar[str] = r"\partial \log(1 + e^{u}) = \sigma(u)\,\partial u"


@record
class ChainRelu(Rule):
    """∂ ReLU(u)/∂v = heaviside(u) ∂u/∂v for u ≠ 0, since ReLU(u) = max(0, u) is u for u > 0 and 0 for u < 0.

    At u = 0 ReLU has no derivative; the checks evaluate only where u ≠ 0 (heaviside refuses 0).
    """

    name: ClassVar[str] = "chain-relu"
    title: ClassVar[str] = "ReLU′ = heaviside"
    statement: ClassVar[str] = "∂ ReLU(u) = heaviside(u) ∂u  (u ≠ 0)"
    statement_latex: ClassVar[str] = (
        r"\partial \operatorname{ReLU}(u) = \operatorname{heaviside}(u)\,\partial u \quad (u \neq 0)"
    )


@record
class ChainHeaviside(Rule):
    """∂ heaviside(u)/∂v = 0 for u ≠ 0: the unit step is constant on each side of 0 and jumps at 0."""

    name: ClassVar[str] = "chain-heaviside"
    title: ClassVar[str] = "heaviside′ = 0"
    statement: ClassVar[str] = "∂ heaviside(u) = 0  (u ≠ 0)"
    statement_latex: ClassVar[str] = r"\partial \operatorname{heaviside}(u) = 0 \quad (u \neq 0)"


@record
class SigmoidDerivative(Rule):
    """∂σ(u)/∂v = σ(u)(1 − σ(u)) ∂u/∂v (the lemma σ′ = σ(1 − σ), with the chain rule)."""

    name: ClassVar[str] = "sigmoid"
    title: ClassVar[str] = "σ′ = σ(1 − σ)"
    statement: ClassVar[str] = "∂σ(u) = σ(u)(1 − σ(u)) ∂u"
    statement_latex: ClassVar[str] = r"\partial \sigma(u) = \sigma(u)\,(1 - \sigma(u))\,\partial u"


@record
class Unfold(Rule):
    """∂h/∂v = ∂(value)/∂v where the user defined h = value (``--let``)."""

    name: ClassVar[str] = "definition"
    title: ClassVar[str] = "definition"
    statement: ClassVar[str] = "h = f  ⇒  ∂h = ∂f"
    statement_latex: ClassVar[str] = r"h = f \;\Rightarrow\; \partial h = \partial f"

    defined: sympy.Expr
    value: sympy.Expr

    def label(self, show: Show) -> str:
        return f"{show(self.defined)} = {show(self.value)}"


@record
class SubstituteBack(Rule):
    """Replace a defined value by its name again: σ(θᵀx⁽ⁱ⁾) → h(x⁽ⁱ⁾), outside derivatives."""

    name: ClassVar[str] = "substitute"
    title: ClassVar[str] = "substitute"
    statement: ClassVar[str] = "f = h  ⇒  replace f by h"
    statement_latex: ClassVar[str] = r"f = h \;\Rightarrow\; f \mapsto h"

    defined: sympy.Expr
    value: sympy.Expr

    def label(self, show: Show) -> str:
        return f"{show(self.value)} = {show(self.defined)}"


@record
class DotProduct(Rule):
    """∂(θᵀx)/∂θⱼ = ∂(Σₖ θₖ xₖ)/∂θⱼ = Σₖ δⱼₖ xₖ = xⱼ, for any parameter vector (wᵀx too).

    The label names the actual vectors, ``∂(wᵀx)/∂wⱼ = xⱼ`` for a cost in w; the
    class attribute ``title`` is the θ form, for rule listings.
    """

    name: ClassVar[str] = "dot-product"
    statement: ClassVar[str] = "∂(Σₖ θₖ xₖ)/∂θⱼ = Σₖ δⱼₖ xₖ = xⱼ"
    statement_latex: ClassVar[str] = (
        r"\frac{\partial}{\partial\theta_j}\sum_k \theta_k x_k = \sum_k \delta_{jk} x_k = x_j"
    )

    #: the names of the parameter vector and of the data vector
    parameter: str = "theta"
    data: str = "x"
    # the class attribute is the θ form, for rule listings; an instance names its own letters
    title: str = field(default="∂(θᵀx)/∂θⱼ = xⱼ", init=False)  # type: ignore[misc]

    def __post_init__(self) -> None:
        p, x = _unicode_name(self.parameter), _unicode_name(self.data)
        object.__setattr__(self, "title", f"∂({p}ᵀ{x})/∂{p}ⱼ = {x}ⱼ")


@record
class KroneckerDelta(Rule):
    """∂θₖ/∂θⱼ = δⱼₖ: 1 when k = j, else 0."""

    name: ClassVar[str] = "kronecker"
    title: ClassVar[str] = "∂θₖ/∂θⱼ = δⱼₖ"
    statement: ClassVar[str] = "∂θₖ/∂θⱼ = δⱼₖ"
    statement_latex: ClassVar[str] = r"\frac{\partial\theta_k}{\partial\theta_j} = \delta_{jk}"


@record
class CollapseSum(Rule):
    """Σₖ δⱼₖ fₖ = fⱼ: only the k = j term of the sum survives."""

    name: ClassVar[str] = "collapse"
    title: ClassVar[str] = "Σₖ δⱼₖ fₖ = fⱼ"
    statement: ClassVar[str] = "Σₖ δⱼₖ fₖ = fⱼ"
    statement_latex: ClassVar[str] = r"\sum_k \delta_{jk} f_k = f_j"


@record
class Constant(Rule):
    """∂c/∂v = 0 for c free of v (data y⁽ⁱ⁾, x⁽ⁱ⁾, constants m, λ, other components)."""

    name: ClassVar[str] = "constant"
    title: ClassVar[str] = "constant"
    statement: ClassVar[str] = "∂c = 0  (c free of the variable)"
    statement_latex: ClassVar[str] = r"\partial c = 0"


@record
class Identity(Rule):
    """∂v/∂v = 1."""

    name: ClassVar[str] = "identity"
    title: ClassVar[str] = "∂v/∂v = 1"
    statement: ClassVar[str] = "∂v/∂v = 1"
    statement_latex: ClassVar[str] = r"\frac{\partial v}{\partial v} = 1"


# --- algebra ----------------------------------------------------------------------


@record
class Distribute(Rule):
    """a (b + c) = a b + a c: multiply out products of sums (like terms not yet combined)."""

    name: ClassVar[str] = "distribute"
    title: ClassVar[str] = "distribute"
    statement: ClassVar[str] = "a (b + c) = a b + a c"
    statement_latex: ClassVar[str] = r"a(b + c) = ab + ac"


@record
class Cancel(Rule):
    """a b − a b = 0: combine like terms and cancel common factors."""

    name: ClassVar[str] = "cancel"
    title: ClassVar[str] = "cancel"
    statement: ClassVar[str] = "a b − a b = 0;  (a b)/(a c) = b/c"
    statement_latex: ClassVar[str] = r"ab - ab = 0,\quad \frac{ab}{ac} = \frac{b}{c}"


@record
class FactorSign(Rule):
    """−c Σᵢ (a − b) = c Σᵢ (b − a): move a leading minus sign into the summand."""

    name: ClassVar[str] = "factor-sign"
    title: ClassVar[str] = "factor the sign"
    statement: ClassVar[str] = "−c (a − b) = c (b − a)"
    statement_latex: ClassVar[str] = r"-c\,(a - b) = c\,(b - a)"


@record
class Combine(Rule):
    """Σᵢ c fᵢ = c Σᵢ fᵢ for c free of i, and a c + b c = (a + b) c: collect common factors."""

    name: ClassVar[str] = "factor-out"
    title: ClassVar[str] = "factor out"
    statement: ClassVar[str] = "Σᵢ c fᵢ = c Σᵢ fᵢ  (c free of i);  a c + b c = (a + b) c"
    statement_latex: ClassVar[str] = r"\textstyle\sum_i c f_i = c \sum_i f_i,\quad ac + bc = (a + b)c"


@record
class SplitFraction(Rule):
    """(a + b)/c = a/c + b/c, used to recognise σ and 1 − σ in the σ′ lemma."""

    name: ClassVar[str] = "split-fraction"
    title: ClassVar[str] = "split the fraction"
    statement: ClassVar[str] = "e^(−z)/(1 + e^(−z))² = 1/(1 + e^(−z)) · e^(−z)/(1 + e^(−z))"
    statement_latex: ClassVar[str] = (
        r"\frac{e^{-z}}{(1+e^{-z})^2} = \frac{1}{1+e^{-z}}\cdot\frac{e^{-z}}{1+e^{-z}}"
    )


@record
class Recognise(Rule):
    """1/(1 + e^(−z)) = σ(z) and e^(−z)/(1 + e^(−z)) = 1 − σ(z): name what the lemma found."""

    name: ClassVar[str] = "recognise"
    title: ClassVar[str] = "recognise σ and 1 − σ"
    statement: ClassVar[str] = "1/(1 + e^(−z)) = σ(z),  e^(−z)/(1 + e^(−z)) = 1 − σ(z)"
    statement_latex: ClassVar[str] = (
        r"\frac{1}{1+e^{-z}} = \sigma(z),\quad \frac{e^{-z}}{1+e^{-z}} = 1 - \sigma(z)"
    )


# --- matrix form ------------------------------------------------------------------
# These continue a finished index-form chain (``logderiv.engine.matrix``): the
# expressions they produce hold matrix entries, then a vector.


@record
class Vectorise(Rule):
    """fᵢ = (f.(Xθ, y))ᵢ: a per-example quantity is entry i of a vector.

    θᵀx⁽ⁱ⁾ = (Xθ)ᵢ (row i of X is x⁽ⁱ⁾ᵀ), y⁽ⁱ⁾ = yᵢ, a function applied to
    entries is the function applied elementwise to the vector, aᵢbᵢ = (a ⊙ b)ᵢ,
    and xⱼ⁽ⁱ⁾ = Xᵢⱼ. Defined names (h) are replaced by their values first.
    """

    name: ClassVar[str] = "vectorise"
    title: ClassVar[str] = "collect into a vector"
    statement: ClassVar[str] = (
        "h → its definition;  θᵀx⁽ⁱ⁾ = (Xθ)ᵢ,  f(uᵢ) = f(u)ᵢ elementwise,  aᵢbᵢ = (a ⊙ b)ᵢ,  xⱼ⁽ⁱ⁾ = Xᵢⱼ"
    )
    statement_latex: ClassVar[str] = (
        r"h \mapsto \text{its definition},\quad \theta^{\top} x^{(i)} = (X\theta)_i,\quad f(u_i) = f(u)_i,\quad "
        r"a_i b_i = (a \odot b)_i,\quad x_j^{(i)} = X_{ij}"
    )


@record
class TransposeProduct(Rule):
    """Σᵢ vᵢ Xᵢⱼ = (Xᵀv)ⱼ: a sum over examples weighted by column j of X is entry j of Xᵀv."""

    name: ClassVar[str] = "transpose-product"
    title: ClassVar[str] = "Σᵢ vᵢXᵢⱼ = (Xᵀv)ⱼ"
    statement: ClassVar[str] = "Σᵢ vᵢ Xᵢⱼ = (Xᵀv)ⱼ"
    statement_latex: ClassVar[str] = r"\sum_i v_i X_{ij} = (X^{\top} v)_j"


@record
class Stack(Rule):
    """∂J/∂θⱼ = gⱼ for every j = 1..n  ⇒  ∇J = g: the components, stacked, are the gradient."""

    name: ClassVar[str] = "stack"
    title: ClassVar[str] = "stack j = 1..n"
    statement: ClassVar[str] = "∂J/∂θⱼ = gⱼ for j = 1..n  ⇒  ∇J = g"
    statement_latex: ClassVar[str] = (
        r"\frac{\partial J}{\partial \theta_j} = g_j \text{ for } j = 1..n \;\Rightarrow\; \nabla J = g"
    )


#: every rule class, for documentation and the ``--explain`` catalogue
RULES: tuple[type[Rule], ...] = (
    Linearity,
    ProductRule,
    QuotientRule,
    PowerRule,
    ChainLog,
    ChainExp,
    ChainTanh,
    ChainSoftplus,
    ChainRelu,
    ChainHeaviside,
    SigmoidDerivative,
    Unfold,
    SubstituteBack,
    DotProduct,
    KroneckerDelta,
    CollapseSum,
    Constant,
    Identity,
    Distribute,
    Cancel,
    FactorSign,
    Combine,
    SplitFraction,
    Recognise,
    Vectorise,
    TransposeProduct,
    Stack,
)


def by_name(name: str) -> type[Rule]:
    """The rule class whose ``name`` is ``name`` (the function registry names each function's rule so)."""
    for rule in RULES:
        if rule.name == name:
            return rule
    raise KeyError(f"no rule named {name!r}")


def _unicode_name(name: str) -> str:
    from ..notation.vocabulary import GREEK

    return next((letter for letter, spelled in GREEK.items() if spelled == name), name)
