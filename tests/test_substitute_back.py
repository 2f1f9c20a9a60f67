"""A defined name is put back into a derivation's body, never into a sum's limits (engine.algebra.substitute_back).

A --let of a count (``nsize = length(y)``, read as the number of examples m) defines nsize as a function of the
example, nsize(x⁽ⁱ⁾). Putting it back for m everywhere printed the step ``m = nsize(x⁽ⁱ⁾)`` ending in
Σ[i=1..nsize(x⁽ⁱ⁾)]: a sum whose bound depends on its own index, a step that is no mathematics (audit42). The
gradient is checked here against central finite differences of the cost written out by hand, not against the
engine's output.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import logderiv
from logderiv.engine.algebra import _replaced_outside_limits

COST = "-sum(y.*log(h)+(1-y).*log(1-h))/nsize"


def test_a_name_is_put_back_in_the_body_and_not_in_the_limits():
    i, m = sympy.symbols("i m", integer=True)
    name = sympy.Function("c")(sympy.Symbol("x"))
    body = sympy.Function("f")(i) / m
    rewritten = _replaced_outside_limits(sympy.Sum(body, (i, 1, m)), m, name)
    assert rewritten == sympy.Sum(sympy.Function("f")(i) / name, (i, 1, m))


@pytest.mark.parametrize("let", ["nsize = length(y)", "nsize = m"])
def test_no_printed_step_sums_to_a_bound_that_depends_on_the_example(let):
    derivation = logderiv.derive(COST, let=[let])
    assert derivation.steps
    for step in derivation.steps:
        for node in step.expression.atoms(sympy.Sum):
            for limit in node.limits:
                bounds = sympy.Tuple(*limit[1:])
                assert not bounds.has(sympy.Indexed), (step.rule, step.expression)
                assert all(not isinstance(f, sympy.core.function.AppliedUndef) for f in bounds.atoms(sympy.Function)), \
                    (step.rule, step.expression)


def test_the_gradient_is_still_the_mean_cross_entropys():
    """∂J/∂θⱼ = (1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, with nsize = m, against finite differences of J by hand."""
    rng = np.random.default_rng(7)
    m, n = 5, 3
    X, y, theta = rng.normal(size=(m, n)), rng.integers(0, 2, size=m).astype(float), rng.normal(size=n)

    def cost(t):
        h = 1 / (1 + np.exp(-X @ t))
        return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m

    step = 1e-6
    numeric = np.array([(cost(theta + step * e) - cost(theta - step * e)) / (2 * step) for e in np.eye(n)])
    verdict = logderiv.check("(1/m) * X' * (sigmoid(X*theta) - y)", cost=COST, let=["nsize = length(y)"])
    assert verdict.verdict == "equivalent"
    hand = X.T @ (1 / (1 + np.exp(-X @ theta)) - y) / m
    assert np.allclose(hand, numeric, rtol=1e-5)
