"""Deep nesting without exponential work (issue 12, item 3): bounded expansion, a numeric fallback said as such.

The gradients are checked with ``tests/_oracle.py`` (sympy.diff and finite
differences, sharing no code with the engine); no test asserts a time — the
curve is in ``benchmarks/nesting.py``.
"""

from __future__ import annotations

import sympy
import pytest
from _oracle import assert_gradient

import logderiv
from logderiv.notation import symbols
from logderiv.render.text import render_text


def _tower(function: str, depth: int) -> str:
    text = "theta^T x"
    for _ in range(depth):
        text = f"{function}({text})"
    return f"sum({text})"


@pytest.mark.parametrize("depth", [1, 2, 3, 5, 8])
def test_expanded_terms_bounds_what_expand_gives(depth):
    """The estimate made before expanding is never below the number of terms expand actually gives."""
    a, b, c = sympy.symbols("a b c")
    expr = sympy.Mul(*[(1 - sympy.Symbol(f"s{k}")) * sympy.Symbol(f"s{k}") for k in range(depth)]) * (a + b) ** 2 + c
    actual = len(sympy.Add.make_args(symbols.expand(expr)))
    assert symbols.expanded_terms(expr, cap=10**9) >= actual


def test_a_product_of_many_sums_is_refused_before_expanding():
    """σ(1 − σ) at 40 levels would be 2⁴⁰ terms: the estimate says so from the tree, and expands_cheaply refuses."""
    factors = [1 - sympy.Symbol(f"s{k}") for k in range(40)]
    expr = sympy.Mul(*factors)
    assert symbols.expanded_terms(expr, cap=400) > 400
    assert not symbols.expands_cheaply(expr)
    assert symbols.expands_cheaply(sympy.Mul(*factors[:3]))


def test_tanh_is_real_of_a_real_argument_and_unknown_otherwise():
    """The cheap realness rule for tanh is sound: real for a real argument, never a wrong True or False."""
    real = sympy.Symbol("r", real=True)
    assert sympy.tanh(real).is_real is True
    assert sympy.tanh(sympy.tanh(real)).is_finite is True
    assert sympy.tanh(sympy.I * real + 1).is_real is None


@pytest.mark.parametrize("function", ["sigmoid", "tanh", "softplus"])
def test_depth_12_towers_are_derived_right(function):
    """A tower 12 deep is derived, every step verified, and the result agrees with sympy.diff and finite differences."""
    derivation = logderiv.derive(_tower(function, 12), timeout=120)
    problem = derivation.problem
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


@pytest.mark.parametrize("function", ["sigmoid", "tanh"])
def test_a_deep_tower_says_its_steps_were_checked_numerically(function):
    """Past the expansion bound the steps are checked at random points, and the printed check says numeric."""
    derivation = logderiv.derive(_tower(function, 12), timeout=120)
    assert {step.check.method for step in derivation.steps} <= {"symbolic", "numeric"}
    assert any(step.check.method == "numeric" for step in derivation.steps)
    text = render_text(derivation)
    assert "numeric" in text.splitlines()[-1]
    # the canonical comparison refuses to multiply out 2¹² terms rather than guess
    assert derivation.canonical.verdict in ("not-applicable", "not-canonical")


def test_a_deep_tower_answer_is_judged_both_ways():
    """check against a depth-10 σ tower: the chain rule written out by hand is equivalent; doubled, different."""
    depth = 10
    cost = _tower("sigmoid", depth)
    levels = [_tower("sigmoid", k)[4:-1] for k in range(1, depth + 1)]  # σ(θᵀx), σ(σ(θᵀx)), …
    right = "sum(" + " * ".join(f"{level} * (1 - {level})" for level in levels) + " * x_j)"
    assert logderiv.check(right, cost=cost, timeout=120).verdict == "equivalent"
    assert logderiv.check(f"2 * {right}", cost=cost, timeout=120).verdict == "different"


# A chain of --let definitions, each using the one before twice (u1 = σ(θᵀx), uₖ = σ(uₖ₋₁) uₖ₋₁ or uₖ₋₁ + uₖ₋₁²,
# six deep), derived and held to the oracle: tests/test_let_sharing.py (test_a_shared_chain_is_derived_right), the
# same costs and definitions and the same assert_gradient, and that the definitions were kept shared.


def test_a_rebuilt_sum_is_the_sum_sympy_builds():
    """The definition substitution's Σ, built without sympy's walk, is identical to sympy's own."""
    from logderiv.notation.problem import _rebuilt

    i, k = symbols.example_index, symbols.feature_indices[0]
    theta, x = symbols.vector("theta"), symbols.vector("x")
    inner = sympy.tanh(sympy.Sum(theta[k] * x[i, k], (k, 1, symbols.n))) ** 2 + 1
    total = sympy.Sum(inner, (i, 1, symbols.m))
    rebuilt = _rebuilt(total, [inner + 2, *total.args[1:]])
    assert sympy.srepr(rebuilt) == sympy.srepr(sympy.Sum(inner + 2, (i, 1, symbols.m)))
    assert rebuilt == sympy.Sum(inner + 2, (i, 1, symbols.m))
    nested = sympy.Sum(theta[k], (k, 1, symbols.n))
    assert _rebuilt(total, [nested, *total.args[1:]]) == sympy.Sum(nested, (i, 1, symbols.m))  # merged by sympy
