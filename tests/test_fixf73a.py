"""fixf73a: two families the held-out wave f73 missed, each read now with a note, and their near misses.

1. Stanislavx/tutorials' 'LR tutorial - theory - part 1, part 2.ipynb' (markdown cells 'Gradient Descent and Cost
   Function' and 'Deriving the cost fuction gradient:', commit 05c44649) writes the MSE as
   ``\\frac{ \\sum_{i=0}^{n} ( \\sum_{j=0}^{m} x_{ij} \\omega_{j} - y_i)^2}{N}``: the objects numbered 0..n, the
   features 0..m, N their number. The sum over the examples is the total over every example (zero_sums'
   reading), the inner sum over j the features' sum (Xω, left to its own reading), where cost and answer write
   both ranges alike; an answer over another range is refused.
2. niektuytel/Machine_Learning's simple_linear_regression.py (commit 7e9ea4ae): costFunction's loop
   ``prediction = (theta[1] * X[i] + theta[0])`` and gradientDescent's ``for coordinateX, coordinateY in zip(X, Y)``
   with the list of sums ``batch_theta = [batch_theta[0] + total, batch_theta[1] + (total * coordinateX)]``: X is
   one feature, theta[0] and theta[1] the intercept and the slope.

The verdicts are not taken from logderiv: each cost is computed here in NumPy and its gradient held against
central finite differences; the expected verdict is "equivalent" exactly when the answer's numbers agree.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import logderiv
from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.zero_sums import zero_based_totals
from work import assert_linear

# ------------------------------------------------------------------ family 1: Σ_{i=0}^{n} beside Σ_{j=0}^{m}
STANX_COST = r"\frac{ \sum_{i=0}^{n} ( \sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)^2}{N}"
STANX_COST_HALF = r"\frac{ \sum_{i=0}^{n} ( \sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)^2}{2N}"
STANX_PARTIAL = "\\frac {2}{N}          \n    \\sum_{i=0}^{n}\n    x_{ik}\n    (\\sum_{j=0}^{m} x_{ij} \\omega_{j} - y_i)"
_RNG = np.random.default_rng(73)
_X, _Y = _RNG.normal(size=(5, 3)), _RNG.normal(size=5)


def _mse(w, scale=1.0):
    """(1/N) Σ over every object of (Σ_j x_ij ω_j − y_i)², the notebook's cost (scale ½ for the 2N variant)."""
    r = _X @ w - _Y
    return scale * float(r @ r) / len(_Y)


def _partial(w, front):
    """front · Σ_i x_ik (Σ_j x_ij ω_j − y_i), every component k: the answer's numbers (front 2/N or 1/N)."""
    return front * _X.T @ (_X @ w - _Y)


@pytest.mark.parametrize(("answer", "cost", "scale", "front"), [
    (STANX_PARTIAL, STANX_COST, 1.0, 2),                                       # the notebook's own: equivalent
    (STANX_PARTIAL.replace("\\frac {2}{N}", "\\frac {1}{N}"), STANX_COST, 1.0, 1),  # the 2 dropped: different
    (STANX_PARTIAL.replace("\\frac {2}{N}", "\\frac {1}{N}"), STANX_COST_HALF, 0.5, 1),  # against ΣE²/2N: equivalent
])
def test_stanislavx_partial_is_judged_as_finite_differences_say(answer, cost, scale, front):
    w = _RNG.normal(size=3)
    agree = np.allclose(central_differences(lambda v: _mse(v, scale), w), _partial(w, front / len(_Y)), atol=1e-6)
    verdict = logderiv.check(answer, cost=cost, wrt="omega_k", timeout=60)
    assert verdict.verdict == ("equivalent" if agree else "different"), verdict.notes
    assert any("the cost and the answer both sum from i = 0 to n" in note and "the sum over the features" in note
               for note in verdict.notes), verdict.notes


def _evaluated(expr, counts, value):
    """``expr`` (logderiv's sympy result) at concrete counts and data: each Indexed entry looked up by ``value``."""
    expr = expr.subs({s: counts[s.name] for s in expr.free_symbols
                      if isinstance(s, sympy.Symbol) and s.name in counts}).doit()
    return float(expr.xreplace({a: value(a.base.name, [int(k) for k in a.indices]) for a in expr.atoms(sympy.Indexed)}))


def _notes(derivation):
    return " ".join((*derivation.notes, *derivation.problem.notes))


def test_stanislavx_cost_derives_as_the_mean_squared_error():
    w = _RNG.normal(size=3)
    # by hand, (2/N) Xᵀ(Xω − y); held against finite differences of the cost run in NumPy
    assert np.allclose(central_differences(_mse, w), _partial(w, 2 / len(_Y)), atol=1e-6)
    derivation = logderiv.derive(STANX_COST, wrt="omega_j", timeout=60)
    assert "the cost sums from i = 0 to n" in _notes(derivation) and "the sum over the features" in _notes(derivation)
    data = {"x": lambda i, k: _X[i - 1, k - 1], "y": lambda i: _Y[i - 1], "omega": lambda k: w[k - 1]}

    def value(name, indices):
        return data[name](*indices)
    counts = {"m": len(_Y), "n": _X.shape[1]}
    assert np.isclose(_evaluated(derivation.cost, counts, value), _mse(w))
    for k in range(3):
        assert np.isclose(_evaluated(derivation.result, {**counts, "j": k + 1}, value), _partial(w, 2 / len(_Y))[k])


@pytest.mark.parametrize("answer", [
    # the examples' sum to another count than the cost's (0..N against 0..n)
    r"\frac {2}{N} \sum_{i=0}^{N} x_{ik} (\sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)",
    # the examples from 1: one side holds an example the other may lack
    r"\frac {2}{N} \sum_{i=1}^{n} x_{ik} (\sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)",
    # the features from 1 beside the cost's from 0: the term j = 0 on one side only
    r"\frac {2}{N} \sum_{i=0}^{n} x_{ik} (\sum_{j=1}^{m} x_{ij} \omega_{j} - y_i)",
    # the features to n, the examples' own count
    r"\frac {2}{N} \sum_{i=0}^{n} x_{ik} (\sum_{j=0}^{n} x_{ij} \omega_{j} - y_i)",
    # a lone 1/n beside the sum from 0 to n: n or n + 1 examples averaged
    r"\frac {2}{n} \sum_{i=0}^{n} x_{ik} (\sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)",
    # a term outside the examples' sums
    r"\frac {2}{N} \sum_{i=0}^{n} x_{ik} (\sum_{j=0}^{m} x_{ij} \omega_{j} - y_i) + \frac{1}{N}",
    # the product written otherwise on the answer's side
    r"\frac {2}{N} \sum_{i=0}^{n} x_{ik} (\omega^T x_i - y_i)",
])
def test_stanislavx_other_ranges_are_refused(answer):
    with pytest.raises(InputError, match="from 0 to n is not read"):
        logderiv.check(answer, cost=STANX_COST, wrt="omega_k", timeout=60)


def test_zero_sums_with_features_stay_linear():
    term = r"\sum_{i=0}^{n} ( \sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)^2"
    long = r"\frac{ " + " + ".join([term] * 330) + "}{N}"
    assert len(long) > 20_000
    assert zero_based_totals(long, long, (), lambda text: True) is not None

    # counted, not timed (tests/work.py): about 104 calls a term (34,400 at 330 terms)
    def totals(n):
        long = r"\frac{ " + " + ".join([term] * n) + "}{N}"
        return lambda: zero_based_totals(long, long, (), lambda text: True)

    assert_linear(totals, 80)


# ------------------------------------------------------------------ family 2: theta[1] * X[i] + theta[0]
NIEK_COST = (
    "cost = 0.0\n\n    for i in range(len(X)):\n        prediction = (theta[1] * X[i] + theta[0])        \n"
    "        cost = cost + (prediction - Y[i]) ** 2\n\n    return (cost / len(X))"
)
NIEK_LOOP = (
    "batch_theta = [0, 0]\n    for coordinateX, coordinateY in zip(X, Y):\n"
    "        total = (theta[1] * coordinateX + theta[0]) - coordinateY\n        batch_theta = [\n"
    "            batch_theta[0] + total, \n            batch_theta[1] + (total * coordinateX)\n        ]\n"
)
_x, _y = _RNG.normal(size=6), _RNG.normal(size=6)


def _niek_cost(t):
    """costFunction run as written: (1/m) Σ (θ₁x + θ₀ − y)², t = (θ₀, θ₁)."""
    cost = 0.0
    for i in range(len(_x)):
        cost = cost + (t[1] * _x[i] + t[0] - _y[i]) ** 2
    return cost / len(_x)


def _niek_step(t):
    """gradientDescent's batch_theta run as written (before / len(X))."""
    batch = [0.0, 0.0]
    for cx, cy in zip(_x, _y):
        total = (t[1] * cx + t[0]) - cy
        batch = [batch[0] + total, batch[1] + total * cx]
    return np.array(batch)


@pytest.mark.parametrize(("tail", "wrt", "k", "scale"), [
    ("\n    batch_theta[0] / len(X)", "theta_0", 0, 1),
    ("\n    batch_theta[1] / len(Y)", "theta_1", 1, 1),
    ("\n    2 * batch_theta[0] / len(X)", "theta_0", 0, 2),
    ("\n    2 * batch_theta[1] / len(Y)", "theta_1", 1, 2),
])
def test_niektuytel_step_is_judged_as_finite_differences_say(tail, wrt, k, scale):
    t = _RNG.normal(size=2)
    agree = np.isclose(central_differences(_niek_cost, t)[k], scale * _niek_step(t)[k] / len(_x), atol=1e-6)
    verdict = logderiv.check(NIEK_LOOP + tail, cost=NIEK_COST, wrt=wrt, timeout=60)
    assert verdict.verdict == ("equivalent" if agree else "different"), verdict.notes
    assert any("batch_theta = [0, 0] starts a list of 2 sums" in note for note in verdict.notes), verdict.notes
    assert any("the pair's coordinateX is multiplied by the one number theta[1]" in note for note in verdict.notes)
    assert any("theta[1] * X[i] + theta[0] are its intercept" in note for note in verdict.notes), verdict.notes


@pytest.mark.parametrize("wrt", ["theta_0", "theta_1"])
def test_niektuytel_cost_derives_as_the_one_feature_mean_squared_error(wrt):
    # by hand: ∂/∂θ₀ = (2/m) Σ (θ₁x + θ₀ − y), ∂/∂θ₁ = (2/m) Σ (θ₁x + θ₀ − y) x
    t = _RNG.normal(size=2)
    k = int(wrt[-1])
    by_hand = 2 * np.mean((t[1] * _x + t[0] - _y) * (_x if k else 1))
    assert np.isclose(central_differences(_niek_cost, t)[k], by_hand, atol=1e-6)
    derivation = logderiv.derive(NIEK_COST, wrt=wrt, timeout=60)
    assert "theta[1] * X[i] + theta[0] are its intercept theta₀ and slope theta₁" in _notes(derivation)
    data = {"x": lambda i: _x[i - 1], "y": lambda i: _y[i - 1], "theta": lambda k: t[k]}  # theta[k] as written

    def value(name, indices):
        return data[name](*indices)
    assert np.isclose(_evaluated(derivation.cost, {"m": len(_x)}, value), _niek_cost(t))
    assert np.isclose(_evaluated(derivation.result, {"m": len(_x)}, value), by_hand)
    answer = f"(2/m) * sum_i((theta_1 * x^(i) + theta_0 - y^(i)){' * x^(i)' if k else ''})"
    assert logderiv.check(answer, cost=NIEK_COST, wrt=wrt, timeout=60).verdict == "equivalent"


@pytest.mark.parametrize("cost", [
    NIEK_COST.replace("theta[0])", "theta[0] + theta[2])"),      # a third entry: theta is no line's two numbers
    NIEK_COST.replace("X[i] +", "X[i][0] +"),                     # X[i][0]: a row of a matrix
    NIEK_COST.replace("theta[1] * X[i] + theta[0]", "theta[1] * X[i] * theta[0]"),  # no intercept alone
    NIEK_COST.replace("return (cost / len(X))", "return (cost / len(X)) + theta @ theta"),  # theta whole
])
def test_niektuytel_near_miss_costs_are_refused(cost):
    with pytest.raises(InputError):
        logderiv.derive(cost, wrt="theta_1", timeout=60)


@pytest.mark.parametrize(("answer", "cost"), [
    # a cost numbered from 1 (θ₁ + θ₂x): theta[0] would be its θ₁, not said
    (NIEK_LOOP + "\n    2 * batch_theta[1] / len(Y)", r"\frac{1}{m}\sum_{i=1}^{m}(\theta_1 + \theta_2 x_i - y_i)^2"),
    # an entry built from another entry: no sum of its own
    (NIEK_LOOP.replace("batch_theta[1] + (total", "batch_theta[0] + (total") + "\n    2 * batch_theta[1] / len(Y)",
     NIEK_COST),
    # the list used whole
    (NIEK_LOOP + "\n    2 * batch_theta[1] / len(Y) + batch_theta", NIEK_COST),
    # an entry the list does not have
    (NIEK_LOOP + "\n    2 * batch_theta[2] / len(Y)", NIEK_COST),
    # the pair's x indexed: a row of a matrix
    (NIEK_LOOP.replace("theta[1] * coordinateX", "theta[1] * coordinateX[0]") + "\n    2 * batch_theta[1] / len(Y)",
     NIEK_COST),
    # zip(X, w): no pair of an example's x and y
    (NIEK_LOOP.replace("zip(X, Y)", "zip(X, w)") + "\n    2 * batch_theta[1] / len(Y)", NIEK_COST),
])
def test_niektuytel_near_miss_steps_are_refused(answer, cost):
    with pytest.raises(InputError):
        logderiv.check(answer, cost=cost, wrt="theta_1", timeout=60)


_ROW_LOOP = "grad = 0\nfor x, t in zip(X, y):\n    grad += 2 * ({prediction} - t) * x\ngrad / len(X)"


def _mean_square_rows(w):
    r = _X @ w - _Y
    return float(r @ r) / len(_Y)


def test_zip_rows_times_the_weights_entry_by_entry_are_refused():
    # NumPy's x * w of a row is a vector: its "gradient" (2/m) Σ (x ⊙ w − t) x is not the gradient, which the
    # dot-product reading would have judged equivalent
    w = _RNG.normal(size=3)
    entrywise = 2 * np.mean([(x * w - t) * x for x, t in zip(_X, _Y)], axis=0)
    assert not np.allclose(entrywise, central_differences(_mean_square_rows, w), atol=1e-6)
    with pytest.raises(InputError, match="multiplies entry by entry"):
        logderiv.check(_ROW_LOOP.format(prediction="x * w"), cost="np.mean((X @ w - y)**2)", wrt="w_j", timeout=60)


def test_zip_rows_dot_the_weights_are_read():
    w = _RNG.normal(size=3)
    dotted = 2 * np.mean([(np.dot(w, x) - t) * x for x, t in zip(_X, _Y)], axis=0)
    assert np.allclose(dotted, central_differences(_mean_square_rows, w), atol=1e-6)
    verdict = logderiv.check(_ROW_LOOP.format(prediction="np.dot(w, x)"), cost="np.mean((X @ w - y)**2)", wrt="w_j",
                             timeout=60)
    assert verdict.verdict == "equivalent", verdict.notes
    assert any("is one example's x and y" in note for note in verdict.notes), verdict.notes
