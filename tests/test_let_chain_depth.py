"""Long --let chains that each use the previous definition twice: verified through the definitions (issue 12, item 3).

Substituted, u₂₀ = σ(u₁₉)·u₁₉ is a tree of 2^19 paths that every sympy walk
follows. The verifier keeps the names and evaluates each one once per point
from its value. The gradient is held to central finite differences of a NumPy
cost written out by hand here; the growth in depth is shown by counting the
evaluator's work, never by timing.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences

import logderiv
from logderiv.equality import numeric

M, N = 3, 2


def _lets(depth: int) -> list[str]:
    return ["u1 = sigmoid(theta^T x)"] + [f"u{k} = sigmoid(u{k - 1}) * u{k - 1}" for k in range(2, depth + 1)]


def _cost_by_hand(theta: np.ndarray, x: np.ndarray, depth: int) -> float:
    """Σᵢ u_depth⁽ⁱ⁾ with u₁ = σ(θᵀx⁽ⁱ⁾) and u_{k+1} = σ(u_k)·u_k, in NumPy."""
    sigma = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    u = sigma(x @ theta)
    for _ in range(depth - 1):
        u = sigma(u) * u
    return float(np.sum(u))


def test_a_twenty_definition_chain_agrees_with_finite_differences_of_numpy():
    depth = 20
    derivation = logderiv.derive(f"sum(u{depth})", let=_lets(depth), timeout=120)
    problem = derivation.problem
    assert problem.shares_definitions()
    # every printed step is checked, and says how: numeric ones name their points
    assert all(s.check.method == "symbolic" or (s.check.method == "numeric" and s.check.points > 0) for s in derivation.steps)
    assert derivation.final_check.finite_differences.points > 0

    rng = np.random.default_rng(12)
    theta = rng.uniform(-1.5, 1.5, N)
    x = rng.uniform(-1.5, 1.5, (M, N))
    expected = central_differences(lambda t: _cost_by_hand(t, x, depth), theta)
    values = {("theta", (k + 1,)): complex(theta[k]) for k in range(N)}
    values.update({("x", (i + 1, k + 1)): complex(x[i, k]) for i in range(M) for k in range(N)})
    for j in range(1, N + 1):
        point = numeric.Point(f"chain/{j}", values=dict(values))
        got = numeric.evaluate(derivation.result, point, numeric.Size(m=M, n=N, j=j), problem.definitions)
        assert set(point.values) == set(values)  # nothing drawn at random: only θ and x were read
        assert got.imag == 0
        assert got.real == pytest.approx(expected[j - 1], rel=1e-6, abs=1e-12 * np.max(np.abs(expected)))
    assert np.max(np.abs(expected)) > 0  # the chain shrinks u, but not to nothing at depth 20


def test_a_chain_answer_right_and_planted_wrong():
    """du_{k+1}/dz = (σ′(u_k)·u_k + σ(u_k))·du_k/dz, written with the names; one σ(u_k) dropped is different."""
    depth = 8
    factors = " * ".join(f"(sigmoid(u{k})*(1-sigmoid(u{k}))*u{k} + sigmoid(u{k}))" for k in range(1, depth))
    right = f"sum({factors} * u1*(1-u1) * x_j)"
    wrong = right.replace("+ sigmoid(u4))", ")")
    assert wrong != right
    verdict = logderiv.check(right, cost=f"sum(u{depth})", let=_lets(depth), timeout=120)
    assert verdict.verdict == "equivalent"
    verdict = logderiv.check(wrong, cost=f"sum(u{depth})", let=_lets(depth), timeout=120)
    assert verdict.verdict == "different"


def _work(monkeypatch, depth: int) -> tuple[int, int, int]:
    """(values the evaluator computed, nodes it visited, steps) deriving and verifying the chain of ``depth``.

    A computed value is a (sub-expression, environment, seed) the evaluator worked
    out at a point: what its memos hold afterwards. A visit also counts each time
    a step's checker meets a sub-expression already computed at that point.
    """
    visits = 0
    value = numeric._Evaluation.value

    def counted(self, expr, env, seed):
        nonlocal visits
        visits += 1
        return value(self, expr, env, seed)

    monkeypatch.setattr(numeric._Evaluation, "value", counted)
    # a fresh context: no values, and no verified steps (engine.driver.steps), remembered from an earlier test
    with logderiv.Context():
        derivation = logderiv.derive(f"sum(u{depth})", let=_lets(depth), timeout=120)
        computed = sum(len(memo) for point in numeric._POINTS.values() for memo in point.memo.values())
    return computed, visits, len(derivation.steps)


def test_the_work_grows_linearly_with_the_depth(monkeypatch):
    """Steps and computed values per added definition stay the same from 10 to 20 to 40 definitions: linear, not 2^d."""
    (computed10, visits10, steps10), (computed20, _, steps20), (computed40, visits40, steps40) = (
        _work(monkeypatch, d) for d in (10, 20, 40)
    )
    assert steps40 - steps20 == 2 * (steps20 - steps10)  # four steps per definition, exactly
    per_definition_low = (computed20 - computed10) / 10
    per_definition_high = (computed40 - computed20) / 20
    # substituted, each definition would double the work; kept, each adds about the same
    assert 0 < per_definition_high <= 1.25 * per_definition_low
    # each of the 4d steps is checked whole, and the printed expression holds a product of up to d factors:
    # the visits (memo hits included) may grow with d², never faster
    assert visits40 <= (40 / 10) ** 2 * visits10


def test_a_chain_past_double_precision_is_undecided_not_an_input_error():
    """u ↦ u + u² thirty times: log(u₃₀) ≈ 2²⁹·log(u₁)-ish is a real number, but u₃₀ ≈ 10^(10⁸) is no double.

    The cost is fine, the checker's arithmetic is not: exit 3 saying so, never exit 2 "no real value".
    """
    from logderiv.errors import InputError, UnsupportedError

    lets = ["u1 = sigmoid(theta^T x)"] + [f"u{k} = u{k - 1} + u{k - 1}^2" for k in range(2, 31)]
    with pytest.raises(UnsupportedError, match="beyond double precision") as raised:
        logderiv.derive("sum(log(u30))", let=lets, timeout=120)
    assert not isinstance(raised.value, InputError)
    # a cost undefined for a reason mpmath shares (log 0) is still the input's fault
    with pytest.raises(InputError):
        logderiv.derive("sum(log(g) + theta_j)", let=["g = 0"], timeout=60)
