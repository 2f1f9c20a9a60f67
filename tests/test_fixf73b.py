"""fixf73b: a code line that updates a name a --let gives (``grad = grad + penaltyGrad;``), and Octave's
``sum(X .* repmat(v, 1, size(X,2)))`` with ``grad(:, 2:length(grad))`` of a row gradient.

Each expected verdict is worked out by hand and checked here by central finite differences of the cost in NumPy
(:func:`_gradient_matches`), sharing no code with logderiv.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from work import assert_linear

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

    # counted, not timed (tests/work.py): a few regular expressions, 106 calls at any length; their backtracking would
    # be inside those calls, so benchmarks/scaling.py times them ("update folding")
    def folded(n: int) -> Callable[[], object]:
        spaces = " " * n
        return lambda: (fold_prior_value("grad = grad +" + spaces + "p", ("grad = 1",), None),
                        fold_prior_value("grad = grad" + spaces + "x=", ("grad = " + spaces + "a",), None),
                        fold_prior_value("grad = grad" + " ;" * (n // 2), ("grad = a;" + spaces,), None))

    assert_linear(folded, 5000)


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


# ------------------------------------------------------------------ 2. repmat and grad(:, 2:length(grad))
#: tests/corpus/fresh_seventythird.py, YASSINE: https://github.com/YassineOUKDACH/Machine-Learning/blob/
#: 4f77a59dd03c2602dfe591391c2fa27739c32fba/week4/machine-learning-ex3/ex3/lrCostFunction.m
YASSINE_COST = (
    "J = ( (1 / m) * sum(-y'*log(sigmoid(X*theta)) - (1-y)'*log( 1 - sigmoid(X*theta))) ) + "
    "(lambda/(2*m))*sum(theta(2:length(theta)).*theta(2:length(theta))) ;")
YASSINE_GRAD = "grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), 1, size(X,2)) );"
YASSINE_REG = "grad(:,2:length(grad)) = grad(:,2:length(grad)) + (lambda/m)*theta(2:length(theta))';"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _yassine_cost(theta, X, y, lam):
    h, m = _sigmoid(X @ theta), len(y)
    return (1 / m) * np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / (2 * m) * theta[1:] @ theta[1:]


def _repmat_gradient(theta, X, y, lam, penalised=True):
    """The Octave lines run by hand in NumPy: np.tile is repmat, sum(…, axis=0) Octave's sum of a matrix."""
    m, n = X.shape
    v = (_sigmoid(X @ theta) - y).reshape(m, 1)
    grad = (1 / m) * np.sum(X * np.tile(v, (1, n)), axis=0)  # a 1×n row, as a 1-D array
    if penalised:
        grad[1:] = grad[1:] + (lam / m) * theta[1:]
    return grad


def test_repmat_gradients_worked_by_hand():
    assert _gradient_matches(_yassine_cost, _repmat_gradient)
    assert not _gradient_matches(_yassine_cost, lambda *a: _repmat_gradient(*a, penalised=False))


def test_repmat_gradient_with_row_update_is_equivalent():
    result = logderiv.check(YASSINE_GRAD + "\n" + YASSINE_REG, cost=YASSINE_COST, wrt="theta_j", timeout=60)
    assert result.verdict == "equivalent"
    notes = " ".join(result.notes)
    assert "repmat(v, 1, size(X,2)) with v = (sigmoid(X*theta) - y) repeats the column v" in notes
    assert "grad(:, 2:…) of the 1×n row grad" in notes


def test_row_update_with_plus_equals():
    result = logderiv.check("grad = (1/m) * ((sigmoid(X*theta) - y)' * X);\ngrad(:,2:end) += (lambda/m)*theta(2:end)';",
                            cost=YASSINE_COST, wrt="theta_j", timeout=60)
    assert result.verdict == "equivalent"


def test_repmat_gradient_without_penalty_is_different():
    result = logderiv.check(YASSINE_GRAD, cost=YASSINE_COST, wrt="theta_j", timeout=60)
    assert result.verdict == "different"


@pytest.mark.parametrize("grad", [
    "grad = (1 / m) * sum( repmat((sigmoid(X*theta) - y), 1, size(X,2)) .* X, 1 );",
    "grad = (1 / m) * sum( X .* repmat(sigmoid(X*theta) - y, 1, columns(X)) );",
    "grad = (1 / m) * ((sigmoid(X*theta) - y)' * X);",
])
def test_other_spellings_of_the_row_gradient(grad):
    result = logderiv.check(grad + "\n" + YASSINE_REG, cost=YASSINE_COST, wrt="theta_j", timeout=60)
    assert result.verdict == "equivalent"


@pytest.mark.parametrize("text, message", [
    # rows repeated, or a count of another matrix: not the column across X's columns
    ("grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), size(X,2), 1) );", "one row of copies"),
    ("grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), 1, size(Z,2)) );", "one row of copies"),
    # summed along the second dimension, or no sum around it
    ("grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), 1, size(X,2)), 2 );", "read only inside"),
    ("grad = (1 / m) * X' * repmat((sigmoid(X*theta) - y), 1, 1);", "read only inside"),
    ("grad = sum(X .* repmat(v, 1));", "2 arguments"),
    # a row repeated: repmat(θ', 1, n) is 1×n², no conforming product
    ("grad = (1 / m) * sum( X .* repmat(theta', 1, size(X,2)) );", "a product needs 1 row on the right"),
    ("grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y)', 1, size(X,2)) );", "a product needs 1 row"),
    # grad(:, 2:end) of a column grad is empty (Octave stops at the sum): no row to add to
    ("grad = (1/m) * X' * (sigmoid(X*theta) - y);\n"
     "grad(:,2:end) = grad(:,2:end) + (lambda/m)*theta(2:end)';", "cannot be added"),
    # a column added to a row's entries
    ("grad = (1/m) * ((sigmoid(X*theta) - y)' * X);\n"
     "grad(:,2:end) = grad(:,2:end) + (lambda/m)*theta(2:end);", "the row's entries are read only with a row added"),
    # zeros(size(theta)) is a column, whose (:, 2:end) is empty (Octave stops): no row shown by the lines
    ("grad = zeros(size(theta));\ngrad(1) = (1/m) * sum((sigmoid(X*theta) - y) .* X(:,1));\n"
     "grad(:,2:end) = (1/m) * ((sigmoid(X*theta) - y)' * X(:,2:end)) + (lambda/m)*theta(2:end)';", "which show V a row"),
    # the rest written anew beside a column grad: what is added does not show grad a row
    ("grad = (1/m) * X' * (sigmoid(X*theta) - y);\n"
     "grad(:,2:end) = (1/m) * sum((sigmoid(X*theta) - y) .* X(:,2:end)) + (lambda/m)*theta(2:end)';",
     "which show V a row"),
    # the intercept's grad(:, 1) of a column would be the whole column
    ("grad = (1/m) * ((sigmoid(X*theta) - y)' * X);\ngrad(:,1) = grad(:,1) + (lambda/m)*theta(1);", "grad"),
])
def test_repmat_and_row_index_near_misses_are_refused(text, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        logderiv.check(text, cost=YASSINE_COST, wrt="theta_j", timeout=60)


def test_repmat_reading_is_bounded():
    from logderiv.notation.repeated_columns import repeated_column_sums

    def many(n: int) -> Callable[[], int]:
        text = " + ".join(["sum(X .* repmat(v, 1, size(X,2)))"] * n)
        return lambda: len(repeated_column_sums(text))

    assert many(600)() == 600
    # counted, not timed (tests/work.py): 38 calls a column sum (5,700 at 150, 22,800 at 600), 3 a repmat and one a
    # bracket of the refused texts (7,300 calls at a quarter of their length, 29,000 whole); a run of spaces is a
    # regular expression's work, inside one call: benchmarks/scaling.py times them ("repmat")
    def refused(n: int) -> Callable[[], None]:
        texts = ("repmat(" * n, "sum(" + "(" * (20 * n // 3) + "repmat(v, 1, n)",
                 "sum" + " " * (20 * n // 3) + "(X .* repmat(v,1,n))")

        def work() -> None:
            for text in texts:
                try:
                    repeated_column_sums(text)
                except InputError:
                    pass
        return work

    assert_linear(many, 150)
    assert_linear(refused, 750)
