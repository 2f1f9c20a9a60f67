"""The components a cost writes out one by one (h = θ₀ + θ₁x₁ + θ₂x₂): which θⱼ its model has.

Ng's course, CS229 and many notebooks spell the hypothesis out with its
intercept and features, θ₀ + θ₁x₁ + θ₂x₂ (or θ₀ + θ₁x for one feature), and
mean x₀ = 1. Such a model has θ₀..θ_K and no other component: a general θⱼ
runs over those j, and n (the features) is K. Reading the problem only finds
the model here; :mod:`logderiv.services.written_model` judges answers by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy

from ..record import record
from . import vocabulary
from .symbols import graph_any, graph_atoms, graph_free_symbols, graph_has

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem

__all__ = ["WrittenModel", "written_model", "numbered_components"]

_SHOWN = {"theta": "θ", "beta": "β", "w": "w"}
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@record
class WrittenModel:
    """The parameter's components a cost writes (0..top), whether its one feature is a scalar x, and its penalty."""

    base: sympy.IndexedBase
    top: int
    scalar: bool
    penalised: bool
    #: the first component: 0 where θ₀ is the intercept (x₀ = 1), 1 for w₁x₁ + w₂x₂ (+ b) with no component 0
    first: int = 0
    #: θ₀x₀ + θ₁x₁ + θ₂x₂: the cost writes x₀ itself, a datum the answer's x₀ is compared as (never replaced by 1)
    feature_zero: bool = False

    @property
    def shown(self) -> str:
        return _SHOWN.get(str(self.base), str(self.base))

    def component(self, c: int) -> str:
        return f"{self.shown}{str(c).translate(_SUBSCRIPT)}"

    @property
    def components(self) -> str:
        if self.top - self.first == 1:
            return f"{self.component(self.first)}, {self.component(self.top)}"
        if self.top == self.first:
            return self.component(self.top)
        return f"{self.component(self.first)}…{self.component(self.top)}"


# the walks below visit each distinct sub-expression once (symbols.graph_*): sympy's atoms, has and
# free_symbols walk every path, 2^d of them through a chain of --let definitions that each use the one before twice


def _holds_data(expr: sympy.Basic) -> bool:
    data = vocabulary.DATA_VECTORS | vocabulary.PER_EXAMPLE
    return any(str(i.base) in data for i in graph_atoms(expr, sympy.Indexed)) or any(
        s.name in data for s in graph_free_symbols(expr))


def written_model(problem: Problem) -> WrittenModel | None:
    """The model the cost writes out (θ₀ + θ₁x₁ + … + θ_Kx_K, or θ₀ + θ₁x), or None when it writes θ otherwise.

    Only when every θ in the data terms is numbered, they run 0..K with θ₀ the
    separate intercept and each θₖ weighting the feature xₖ (or, for K = 1, one
    scalar x), and the cost writes no x₀ of its own. A θ with a free index may
    only sit in a term with no data (a penalty Σ_{j=1}^{n} θⱼ²).
    """
    from .feature_zero import feature_zero_as_one

    wrt = problem.wrt
    if not isinstance(wrt, sympy.Indexed) or len(wrt.indices) != 1:
        return None
    base = wrt.base
    if str(base) not in vocabulary.PARAMETER_VECTORS:
        return None
    substituted = problem.expand_definitions(problem.cost)
    if not any(i.base == base and i.indices[-1].is_Integer for i in graph_atoms(substituted, sympy.Indexed)):
        # no numbered θₖ anywhere, so none in a data term: no model written out (the answer below would be
        # None too). Said before expanding: sympy expands a Σ's summand whole, every path of a shared chain
        return None
    try:
        expanded = sympy.expand(substituted, deep=False, mul=True, multinomial=False,
                                power_exp=False, power_base=False, log=False)
    except Exception:  # noqa: BLE001 - a cost this cannot spread out is not read as written out
        return None
    data_terms = [t for t in sympy.Add.make_args(expanded) if _holds_data(t)]
    penalty_terms = [t for t in sympy.Add.make_args(expanded) if not _holds_data(t)]
    if not data_terms:
        return None
    numbered: set[int] = set()
    features: set[int] = set()
    scalar = False
    for term in data_terms:
        if _whole(term, str(base)):
            return None  # θ as a whole (θᵀx, Xθ): every feature, however many
        for indexed in graph_atoms(term, sympy.Indexed):
            if indexed.base == base:
                index = indexed.indices[-1]
                if not index.is_Integer:
                    return None  # Σₖ θₖxₖ: the features run 1..n
                numbered.add(int(index))
            elif str(indexed.base) in vocabulary.DATA_VECTORS:
                if len(indexed.indices) == 1:
                    scalar = True
                elif indexed.indices[-1].is_Integer:
                    features.add(int(indexed.indices[-1]))
                else:
                    return None
    top = max(numbered, default=0)
    # a penalty that leaves θ₀ out (Σ_{j=1}^{n} θⱼ²): θ₀'s derivative has no λ term, Ng writes it apart; one
    # that writes θ₀² too penalises every component, and the general answer holds at j = 0 as well
    penalised = any(graph_has(term, base) for term in penalty_terms) and not any(
        graph_has(term, base[0]) for term in penalty_terms)
    if top >= 1 and not scalar and numbered == features == set(range(1, top + 1)):
        # w₁x₁ + w₂x₂ (+ b): no component 0, so no x₀ to read; each wₖ must weight its own xₖ
        if all(_weights(expanded, base, k) for k in numbered):
            return WrittenModel(base, top, scalar, penalised, first=1)
        return None
    if top < 1 or numbered != set(range(top + 1)):
        return None
    if not scalar and features == numbered and all(_weights(expanded, base, k) for k in numbered):
        # θ₀x₀ + θ₁x₁ + θ₂x₂ (Ng's model with x₀ = 1 written as a factor): components 0..K and no θ_{K+1};
        # x₀ stays the datum the cost writes, so a general answer's xⱼ at j = 0 is x₀ whatever x₀ is
        return WrittenModel(base, top, scalar, penalised, feature_zero=True)
    if scalar and (top != 1 or features):
        return None
    if not scalar and features != set(range(1, top + 1)):
        return None
    if feature_zero_as_one(problem) != str(base):
        return None
    return WrittenModel(base, top, scalar, penalised)


def _weights(expr: sympy.Basic, base: sympy.IndexedBase, k: int) -> bool:
    """Whether ``expr`` holds a product of the component k of ``base`` and the feature xₖ (θₖxₖ⁽ⁱ⁾)."""
    for product in graph_atoms(expr, sympy.Mul):
        factors = sympy.Mul.make_args(product)
        if base[k] in factors and any(
                isinstance(f, sympy.Indexed) and str(f.base) in vocabulary.DATA_VECTORS and f.indices[-1] == k
                for f in factors):
            return True
    return False


def _whole(expr: sympy.Basic, name: str) -> bool:
    """Whether ``expr`` names the parameter as a whole (a Symbol or MatrixSymbol θ, not an entry θₖ)."""
    return graph_any(expr, lambda node: isinstance(node, (sympy.Symbol, sympy.MatrixSymbol)) and str(node.name) == name,
                     skip=lambda node: isinstance(node, sympy.IndexedBase))  # the label of θₖ


def numbered_components(problem: Problem) -> tuple[str, list[int]] | None:
    """The parameter and the components its data terms write, when they write it only numbered (θ₀ + θ₁x + θ₂x²).

    None when a data term writes θ as a whole (θᵀx) or with a letter for its index (Σₖ θₖxₖ): then the
    model has a θⱼ for every j. For the models :func:`written_model` does not read (a polynomial θ₂x²,
    an interaction θ₃x₁x₂), a general θⱼ has no component outside these, and an answer's xⱼ no one reading.
    """
    wrt = problem.wrt
    if not isinstance(wrt, sympy.Indexed) or len(wrt.indices) != 1 or str(wrt.base) not in vocabulary.PARAMETER_VECTORS:
        return None
    base = wrt.base
    substituted = problem.expand_definitions(problem.cost)
    if not any(i.base == base and i.indices[-1].is_Integer for i in graph_atoms(substituted, sympy.Indexed)):
        return None
    try:
        expanded = sympy.expand(substituted, deep=False, mul=True, multinomial=False,
                                power_exp=False, power_base=False, log=False)
    except Exception:  # noqa: BLE001 - a cost this cannot spread out is not read as written out
        return None
    numbered: set[int] = set()
    for term in (t for t in sympy.Add.make_args(expanded) if _holds_data(t)):
        if _whole(term, str(base)):
            return None
        for indexed in graph_atoms(term, sympy.Indexed):
            if indexed.base == base:
                if not indexed.indices[-1].is_Integer:
                    return None
                numbered.add(int(indexed.indices[-1]))
    return (str(base), sorted(numbered)) if numbered else None
