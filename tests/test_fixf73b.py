"""fixf73b: a code line that updates a name a --let gives (``grad = grad + penaltyGrad;``), and Octave's
``sum(X .* repmat(v, 1, size(X,2)))`` with ``grad(:, 2:length(grad))`` of a row gradient.

Each expected verdict is worked out by hand and checked here by central finite differences of the cost in NumPy
(:func:`_gradient_matches`), sharing no code with logderiv.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

# ------------------------------------------------------------------ finite differences, independent of logderiv
_RNG = np.random.default_rng(73)


def _fd(cost, w: np.ndarray, step: float = 1e-6) -> np.ndarray:
    out = np.zeros_like(w)
    for k in range(len(w)):
        e = np.zeros_like(w)
        e[k] = step
        out[k] = (cost(w + e) - cost(w - e)) / (2 * step)
    return out


def _gradient_matches(cost, gradient, n: int = 3, m: int = 5) -> bool:
    """Whether ``gradient(w, X, y, lam)`` is the gradient of ``cost(w, X, y, lam)`` at a few random points."""
    for _ in range(3):
        X, y, w, lam = _RNG.normal(size=(m, n)), _RNG.uniform(0, 1, size=m), _RNG.normal(size=n) * 0.3, 0.7
        if not np.allclose(_fd(lambda v: cost(v, X, y, lam), w), gradient(w, X, y, lam), atol=1e-5):
            return False
    return True


# ------------------------------------------------------------------ 1. grad = grad + penaltyGrad; after a --let
#: tests/corpus/fresh_seventythird.py, POISS: a MATLAB neglogli_poiss, "grad = X' * (mu - y);" then
#: "grad = grad + penaltyGrad;" with the test file's L2op = @(w) deal(lambda * (w' * w), 2 * lambda * w)
POISS_COST = "sum(exp(X * w) - y .* (X * w)) + lambda * (w' * w)"
POISS_LETS = ("mu = exp(Xw)", "Xw = X * w")


def _poiss_cost(w, X, y, lam):
    return np.sum(np.exp(X @ w) - y * (X @ w)) + lam * w @ w


def test_poisson_gradients_worked_by_hand():
    assert _gradient_matches(_poiss_cost, lambda w, X, y, lam: X.T @ (np.exp(X @ w) - y) + 2 * lam * w)
    assert not _gradient_matches(_poiss_cost, lambda w, X, y, lam: X.T @ (np.exp(X @ w) - y) + lam * w)


@pytest.mark.parametrize("penalty, verdict", [("2 * lambda * w", "equivalent"), ("lambda * w", "different")])
def test_update_after_let_is_the_new_value(penalty, verdict):
    result = logderiv.check("grad = grad + penaltyGrad;", cost=POISS_COST, wrt="w_j",
                            let=("grad = X' * (mu - y)", f"penaltyGrad = {penalty}", *POISS_LETS), timeout=60)
    assert result.verdict == verdict
    assert any("updates grad, which --let 'grad = X' * (mu - y)' gives its value before the line" in note
               for note in result.notes)


def test_numpy_update_after_let():
    result = logderiv.check("grad = grad + 2 * lam * w", cost=POISS_COST, wrt="w_j",
                            let=("grad = X.T @ (mu - y)", "mu = np.exp(X @ w)"), timeout=60)
    assert result.verdict == "equivalent"


def test_r_update_after_let():
    result = logderiv.check("grad <- grad + 2 * lambda * w", cost=POISS_COST, wrt="w_j",
                            let=("grad <- t(X) %*% (mu - y)", "mu <- exp(X %*% w)"), timeout=60)
    assert result.verdict == "equivalent"


@pytest.mark.parametrize("answer, lets", [
    # a formula: g = g + p states an equation (its sides differ), no code marks it as an assignment
    (r"g = g + 2 \lambda w", (r"g = X^T (\mu - y)", *POISS_LETS)),
    ("grad = grad + penaltyGrad", ("grad = X' * (mu - y)", "penaltyGrad = 2 * lambda * w", *POISS_LETS)),
])
def test_equation_is_not_an_update(answer, lets):
    with pytest.raises(InputError, match="the sides of the chain differ"):
        logderiv.check(answer, cost=POISS_COST, wrt="w_j", let=lets, timeout=60)


def test_update_folding_is_bounded():
    from logderiv.notation.prior_values import fold_prior_value

    start = time.perf_counter()
    fold_prior_value("grad = grad +" + " " * 20000 + "p", ("grad = 1",), None)
    fold_prior_value("grad = grad" + " " * 20000 + "x=", ("grad = " + " " * 20000 + "a",), None)
    fold_prior_value("grad = grad" + " ;" * 10000, ("grad = a;" + " " * 20000,), None)
    assert time.perf_counter() - start < 1


def test_update_left_alone_when_others_read_the_name():
    from logderiv.notation.prior_values import fold_prior_value

    # another let reads grad: whether it means the value before the line or after is not said
    assert fold_prior_value("grad = grad + p;", ("grad = a", "p = grad * 2"), None) is None
    # two lets give grad: which one is the line before is not said
    assert fold_prior_value("grad = grad + p;", ("grad = a", "grad = b"), None) is None
    # the let's value reads grad itself
    assert fold_prior_value("grad = grad + p;", ("grad = grad * 2",), None) is None
    assert fold_prior_value("grad = grad + p;", ("grad = a",), None) == (
        "grad = a;\ngrad = grad + p;", (), fold_prior_value("grad = grad + p;", ("grad = a",), None)[2])
