"""The ``--view factors`` view: one example's loss factorised along its computational graph.

Backpropagation's view of the same gradient: ∂L/∂θⱼ = ∂L/∂h · ∂h/∂z · ∂z/∂θⱼ.
The nodes come from the expression (the defined names the loss goes through,
then θᵀx⁽ⁱ⁾), not from a template; each local derivative is taken by sympy
with the node below held as a variable. Every row and the product are
verified (:func:`verify_factors`) before they are shown, like a chain's steps.
"""

from __future__ import annotations

import sympy

from ..records.derivation import Factor
from ..notation import symbols
from ..notation.problem import Problem
from ..equality.compare import verify_step
from .algebra import sign_into_denominator, tidy_sign
from .canonical import _split_example_sum, per_example_loss

__all__ = ["factorise", "product", "verify_factors"]


def factorise(problem: Problem) -> tuple[Factor, ...]:
    """The chain of local derivatives from one example's loss down to θⱼ, and their product."""
    split = per_example_loss(problem)
    if isinstance(split, str):
        return ()
    _, dot, _ = split
    loss = _named_loss(problem)
    chain = _defined_chain(loss, problem)
    if chain and problem.expand_definitions(chain[-1]) == dot:
        # the user named θᵀx⁽ⁱ⁾ (--let z=theta^T x): their z is that node, not one above it
        nodes = [loss, *chain, problem.wrt]
    else:
        nodes = [loss, *chain, dot, problem.wrt]
    factors = []
    for above, below in zip(nodes, nodes[1:]):
        value = _local_derivative(above, below, problem)
        factors.append(Factor(above=above, below=below, value=value))
    return tuple(factors)


def product(factors: tuple[Factor, ...]) -> sympy.Expr:
    """The product of the local derivatives, cancelled: the per-example gradient."""
    return _tidy(sympy.Mul(*(f.value for f in factors)))


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
    chain: list[sympy.Expr] = []
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
    return _tidy(value)


def _tidy(expr: sympy.Expr) -> sympy.Expr:
    """Cancel and factor, with each sum held as one symbol, then tidy the signs.

    Held, because ``factor`` would rewrite e^(θᵀx) = e^(Σₖ θₖ xₖ) as Πₖ e^(θₖ xₖ).
    """
    sums = {s: sympy.Dummy() for s in expr.atoms(sympy.Sum)}
    factored = sympy.factor(sympy.cancel(expr.xreplace(sums)))
    factored = factored.xreplace({hole: s for s, hole in sums.items()})
    return sign_into_denominator(tidy_sign(factored))


def verify_factors(factors: tuple[Factor, ...], gradient: sympy.Expr, problem: Problem) -> None:
    """Check each row ∂above/∂below = value and the product against dual-number derivatives.

    A row is checked with its node below replaced by a fresh variable u (so
    ∂L/∂h is ∂L(u)/∂u at h = u), the product against ∂L/∂θⱼ of the loss; each
    for the first and the second example (the rows are about one example, i).
    Raises :class:`~logderiv.errors.VerificationError` if any is false.
    """
    from .calculus import D

    expand = problem.expand_definitions
    pairs = []
    for factor in factors:
        above = expand(problem.definitions.get(factor.above, factor.above))
        below = expand(factor.below)
        value = expand(factor.value)
        if not isinstance(below, sympy.Indexed):
            hole = sympy.Dummy("u")
            above, value, below = above.xreplace({below: hole}), value.xreplace({below: hole}), hole
        pairs.append((D(above, below), value, "factors"))
    pairs.append((D(expand(factors[0].above), problem.wrt), expand(gradient), "factors-product"))
    for example in (1, 2):
        at = {symbols.example_index: sympy.Integer(example)}
        for derivative, value, name in pairs:
            verify_step(derivative.xreplace(at), value.xreplace(at), problem, name)
