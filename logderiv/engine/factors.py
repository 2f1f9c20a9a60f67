"""The ``--view factors`` view: one example's loss factorised along its computational graph.

Backpropagation's view of the same gradient: ∂L/∂θⱼ = ∂L/∂h · ∂h/∂z · ∂z/∂θⱼ.
The nodes come from the expression (the defined names the loss goes through,
then θᵀx⁽ⁱ⁾), not from a template; each local derivative is taken by sympy
with the node below held as a variable.
"""

from __future__ import annotations

import sympy

from ..derivation import Factor
from ..notation import symbols
from ..problem import Problem
from .algebra import tidy_sign
from .canonical import _split_example_sum, per_example_loss

__all__ = ["factorise"]


def factorise(problem: Problem) -> tuple[Factor, ...]:
    """The chain of local derivatives from one example's loss down to θⱼ, and their product."""
    split = per_example_loss(problem)
    if isinstance(split, str):
        return ()
    _, dot, _ = split
    loss = _named_loss(problem)
    nodes = [loss, *_defined_chain(loss, problem), dot, problem.wrt]
    factors = []
    for above, below in zip(nodes, nodes[1:]):
        value = _local_derivative(above, below, problem)
        factors.append(Factor(above=above, below=below, value=value))
    return tuple(factors)


def product(factors: tuple[Factor, ...]) -> sympy.Expr:
    """The product of the local derivatives, cancelled: the per-example gradient."""
    return tidy_sign(sympy.factor(sympy.cancel(sympy.Mul(*(f.value for f in factors)))))


def _named_loss(problem: Problem) -> sympy.Expr:
    """The per-example loss with the user's names kept (h, not σ(θᵀx⁽ⁱ⁾))."""
    loss = sympy.S.Zero
    for term in sympy.Add.make_args(sympy.expand_mul(problem.cost, deep=False)):
        coefficient, rest = _split_example_sum(term)
        if rest is not None:
            loss += symbols.m * coefficient * symbols.example_summand(rest)
    return loss


def _defined_chain(loss: sympy.Expr, problem: Problem) -> list[sympy.Expr]:
    """Defined names the loss reaches, outermost first (h, then z if h = σ(z))."""
    chain = []
    current = loss
    while True:
        inner = [d for d in problem.definitions if current.has(d) and d not in chain]
        if len(inner) != 1:
            return chain
        chain.append(inner[0])
        current = problem.definitions[inner[0]]


def _local_derivative(above: sympy.Expr, below: sympy.Expr, problem: Problem) -> sympy.Expr:
    expression = problem.definitions.get(above, above)
    if isinstance(below, sympy.Indexed) and below == problem.wrt:
        # ∂(θᵀx⁽ⁱ⁾)/∂θⱼ = xⱼ⁽ⁱ⁾: read it off the dot product rather than asking sympy,
        # whose answer is a Kronecker-delta sum
        _, data, bound = symbols.dot_parts(expression)
        return data.xreplace({bound: symbols.wrt_index})
    hole = sympy.Dummy("u")
    value = sympy.diff(expression.xreplace({below: hole}), hole).xreplace({hole: below})
    value = value.xreplace({v: d for d, v in problem.definitions.items()})
    return tidy_sign(sympy.factor(sympy.cancel(value)))
