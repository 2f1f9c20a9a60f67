"""Chains of --let definitions that each use the one before twice (issue 12, item 3).

Substituted in place, u₂ = σ(u₁) u₁ doubles the tree per definition. The engine
keeps the names instead: it unfolds a name only once every other derivative is
resolved, after gathering the terms that hold that name's derivative, so each
definition's derivative is written once. The gradients are checked with
``tests/_oracle.py`` (sympy.diff of the substituted cost and finite differences,
sharing no code with the engine). No test asserts a time: the curve is in
``benchmarks/nesting.py``.
"""

from __future__ import annotations

import pytest
import sympy
from _oracle import assert_gradient

import logderiv
from logderiv.engine import algebra
from logderiv.notation import symbols

LINKS = {"sigmoid(u)*u": "sigmoid({p}) * {p}", "u + u^2": "{p} + {p}^2"}


def _chain(depth: int, link: str) -> list[str]:
    lets = ["u1 = sigmoid(theta^T x)"]
    lets += [f"u{k} = " + link.format(p=f"u{k - 1}") for k in range(2, depth + 1)]
    return lets


@pytest.mark.parametrize("depth", [6, pytest.param(8, marks=pytest.mark.slow)])
@pytest.mark.parametrize("link", LINKS.values(), ids=LINKS.keys())
def test_a_shared_chain_is_derived_right(link, depth):
    """Six (slow: eight) definitions, each using the one before twice: every step verified, the oracle agrees.

    The engine's time hardly grows with the depth; the oracle's does (it substitutes the chain, 2^d terms: 13 s at
    depth 8), so the deeper case runs with the slow tests.
    """
    derivation = logderiv.derive(f"sum(log(u{depth}))", let=_chain(depth, link), timeout=120)
    problem = derivation.problem
    assert problem.shares_definitions()
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


@pytest.mark.parametrize("link", LINKS.values(), ids=LINKS.keys())
def test_a_shared_chain_grows_linearly(link):
    """Four more definitions add about four steps each, and the result (names kept) grows by a bounded amount: not 2^d."""
    sizes = {}
    for depth in (6, 10):
        derivation = logderiv.derive(f"sum(u{depth})", let=_chain(depth, link), timeout=120)
        result_size = symbols.tree_size(derivation.result, cap=10**9)
        sizes[depth] = (len(derivation.steps), result_size)
    (steps6, size6), (steps10, size10) = sizes[6], sizes[10]
    assert steps10 - steps6 <= 4 * 4 + 2  # unfold, the rule, σ′ or power, gather: four per definition
    assert size10 <= 2 * size6  # unshared, the result would grow 16-fold


def test_a_name_used_twice_in_the_cost_only_is_not_shared():
    """The logistic cost uses h twice: the ordinary derivation (h unfolded where it stands), not the gathering one."""
    derivation = logderiv.derive("-(1/m) sum(y log(h) + (1 - y) log(1 - h))", let=["h = sigmoid(theta^T x)"])
    assert not derivation.problem.shares_definitions()


def test_gathering_collects_the_terms_of_one_derivative():
    """a ∂u + b ∂u + c → (a + b) ∂u + c, inside any sum; a term with two derivatives is left alone."""
    a, b, c, t = sympy.symbols("a b c t")
    u, w = sympy.Function("u")(t), sympy.Function("w")(t)
    du, dw = sympy.Derivative(u, t), sympy.Derivative(w, t)
    rule, gathered = algebra.gather_derivatives(sympy.sin(a * du + b * du + c) + du * dw)
    assert rule.name == "factor-out"
    assert gathered == sympy.sin((a + b) * du + c) + du * dw
    assert sympy.expand(gathered - (sympy.sin(a * du + b * du + c) + du * dw)) == 0
    assert algebra.gather_derivatives(a * du + b * dw) is None
