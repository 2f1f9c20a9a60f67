"""The objective an answer's gradient belongs to: the cost J, or the log-likelihood ℓ it is the negative of.

Course notes write the same model's gradient in two conventions. Machine-learning
courses minimise a cost J by gradient descent; statistics notes maximise the
log-likelihood ℓ by gradient ascent, and their gradient ``Σᵢ (yᵢ − σ(θᵀxᵢ)) xᵢ``
points the other way. The two are tied by the cost itself, and the cost decides
how:

* a mean-form cost ``J = (1/m) Σᵢ …`` (every term that sums over the examples
  carries the 1/m): ``ℓ = −m·J``, so ``∇ℓ = −m·∇J``;
* a sum-form cost ``J = Σᵢ …`` (no 1/m): ``ℓ = −J``, so ``∇ℓ = −∇J``.

A penalty term goes along with the rest (``λ/(2m)‖θ‖²`` becomes ``−λ/2 ‖θ‖²``
in ℓ, the log of a Gaussian prior): ℓ is always a multiple of the whole cost, so
an answer is never judged against a mix of two objectives.
"""

from __future__ import annotations

import sympy

from ..notation import symbols
from ..problem import Problem

__all__ = ["OBJECTIVES", "is_mean_form", "log_likelihood_scale", "describe_log_likelihood"]

#: the objectives ``check --objective`` accepts; the first is the default
OBJECTIVES = ("cost", "log-likelihood")


def _sums_over_examples(term: sympy.Expr) -> bool:
    return any(total.limits[-1][0] == symbols.example_index for total in term.atoms(sympy.Sum))


def is_mean_form(cost: sympy.Expr) -> bool:
    """Whether every term of ``cost`` that sums over the examples carries the factor 1/m (``J = (1/m) Σᵢ …``)."""
    terms = [term for term in sympy.Add.make_args(cost) if _sums_over_examples(term)]
    if not terms:
        return False
    for term in terms:
        coefficient, _ = term.as_independent(sympy.Sum, as_Add=False)
        if coefficient.as_powers_dict().get(symbols.m, 0) != -1:
            return False
    return True


def log_likelihood_scale(problem: Problem) -> sympy.Expr:
    """The constant c with ``ℓ = c·J``: −m for a mean-form cost, −1 for a sum-form one."""
    return -symbols.m if is_mean_form(problem.expand_definitions(problem.cost)) else sympy.Integer(-1)


def describe_log_likelihood(problem: Problem) -> str:
    """How ℓ is made from this cost, in words (for notes and diagnoses)."""
    if is_mean_form(problem.expand_definitions(problem.cost)):
        return "ℓ = −m·J (the cost is a mean, (1/m) Σᵢ …: ℓ drops its 1/m and its sign)"
    return "ℓ = −J (the cost is a sum, Σᵢ … with no 1/m: ℓ is its negative)"
