"""Issue 10, fixpyf35a: Python/NumPy cost and gradient code of corpus wave f77 that was refused.

* ``n = len(data)``: a module's global count of the data set's rows, used as 1/n before the sum over the examples
  (public code index file 49547012629, ``def computeCostReg(theta,X,y,lambda_):``). A data set loaded from a file
  (``data``, ``dataset``, pandas' ``df``) holds one record per row, so its length is the number of examples: read as
  m, with a note, as ``n = len(X)`` and ``n_samples = len(y)`` are. Any other count (its columns, a test split,
  an unnamed array) stays refused, and so does the data set's rows where X keeps one example per column.
* ``theta.dot(X.T)``: with θ an n×1 column NumPy raises, so the code that runs holds θ 1-D (or a 1×n row), where it
  is the m scores θᵀx⁽ⁱ⁾, Xθ's entries (public code index file 4565193837, ``minv = 1./len(y)``): read so, noted.

Expected gradients are finite differences of NumPy costs written here by hand (tests/corpus/judge.py's
standard, via tests/_reading.py), verdicts the corpus's hand-worked ones; never logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _reg_logistic_skip_first(d):
    """Mean cross-entropy of σ(Xθ) plus (λ/2m)·Σ_{j≥2} θ_j², written out by hand."""
    h = _sigmoid(d.X @ d.theta)
    ce = -np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h))
    return float(ce + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2))


# ------------------------------------------------------------------ n = len(data): the examples
# public code index file 49547012629 (Python, 'def computeCostReg(theta,X,y,lambda_):' over a global n = len(data))
NGLOB_COST = (
    "J = (-1/n) * np.sum(np.matmul(y.T,np.log(hx)) + np.matmul((1-y).T,np.log(1-hx))) + (lambda_/(2*n)) * "
    "np.sum(theta[1:]**2)"
)
NGLOB_LETS = ("hx = sigmoid(np.matmul(X,theta))", "n = len(data)", "def sigmoid(x):\n    return 1/(1+np.exp(-x))")
DATA_NOTE = "n = len(data) counts the examples (the rows of the data set"


def test_global_n_of_the_data_set_is_the_examples_count():
    assert_gradient_read(NGLOB_COST, _reg_logistic_skip_first, wrt=("theta_j",), lets=NGLOB_LETS)
    derived = logderiv.derive(NGLOB_COST, wrt="theta_j", let=NGLOB_LETS)
    assert any(note.startswith(DATA_NOTE) and note.endswith("read as m") for note in notes_of(derived))


# the same file's def gradient (grad = …; grad[0] = …): (1/n)Xᵀ(h − y) + (λ/n)θ, then λθ[0]/n taken back out of entry 0
NGLOB_GRAD = "grad = (1/n) * np.matmul(X.T, hx - y) + (lambda_/n) * theta\ngrad[0] = grad[0] - (lambda_/n) * theta[0]"


@pytest.mark.parametrize(("sign", "verdict"), [("-", "equivalent"), ("+", "different")])
def test_global_n_gradient_verdicts(sign, verdict):
    # hand-worked: with grad[0] - (λ/n)θ[0] the intercept is unpenalised, as the cost's theta[1:]; with + it gets 2λθ₀/m
    text = NGLOB_GRAD.replace("grad[0] - ", f"grad[0] {sign} ")
    assert_verdict_read(text, NGLOB_COST, verdict, wrt="theta_j", lets=NGLOB_LETS)


def test_the_global_n_gradient_worked_by_hand_is_the_finite_difference():
    # the hand-worked 'equivalent' above, held to finite differences of the cost
    rng = np.random.default_rng(35)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float), rng.normal(size=3), 0.7
    m = len(y)

    def cost(t):
        h = _sigmoid(X @ t)
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / (2 * m) * np.sum(t[1:] ** 2))

    grad = X.T @ (_sigmoid(X @ theta) - y) / m + lam / m * theta
    grad[0] -= lam / m * theta[0]
    assert np.allclose(central_differences(cost, theta), grad, atol=1e-7)


@pytest.mark.parametrize("let", ["n = len(data_test)", "n = data.shape[1]", "n = len(data[0])", "n = len(row)"])
def test_other_counts_stay_refused(let):
    # a test split, the data set's columns, one record's length, an array that names no data set: not the examples
    lets = (NGLOB_LETS[0], let, NGLOB_LETS[2])
    error = refused(logderiv.derive, NGLOB_COST, wrt="theta_j", let=lets)
    assert "'n' has a fixed meaning" in str(error)
    assert error.column == 0


def test_the_data_set_rows_beside_one_example_per_column_stay_refused():
    # DeepLearning.AI's layout (X n×m, A = σ(wᵀX + b)): whether the data set's rows are the examples is not said
    error = refused(logderiv.derive, "J = -1/n * np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))", wrt="w",
                    let=("A = sigmoid(np.dot(w.T, X) + b)", "n = len(data)"))
    assert "one example per column" in str(error)


# ------------------------------------------------------------------ theta.dot(X.T): the scores, θ 1-D
# public code index file 4565193837 (Python, 'def computeCostReg(theta,X,y,lam):' with minv = 1./len(y))
MINV_COST = "minv * (- y.dot(np.log(h)) - (1.- y).dot(np.log(1.- h))) + lam*minv/2. * np.sum(theta[1:]**2)"
MINV_LETS = ("minv = 1./len(y)", "h = sigmoid(theta.dot(X.T))", "def sigmoid(z):\n    return 1./(1.+np.exp(-z))")
DOT_NOTE = "read as NumPy: theta.dot(X.T) runs only with theta 1-D (or a 1×n row)"


def test_numpy_runs_theta_dot_x_transposed_only_as_the_scores():
    # the convention itself, in NumPy: 1-D θ gives Xθ's entries, a 1×n row gives them as a row, a column raises
    rng = np.random.default_rng(4565)
    X, theta = rng.normal(size=(5, 3)), rng.normal(size=3)
    assert np.allclose(theta.dot(X.T), X @ theta)
    assert np.allclose(theta.reshape(1, -1).dot(X.T).ravel(), X @ theta)
    with pytest.raises(ValueError):
        theta.reshape(-1, 1).dot(X.T)


def test_theta_dot_x_transposed_cost_is_read_as_the_scores():
    assert_gradient_read(MINV_COST, _reg_logistic_skip_first, wrt=("theta_j",), lets=MINV_LETS)
    derived = logderiv.derive(MINV_COST, wrt="theta_j", let=MINV_LETS)
    assert any(note.startswith(DOT_NOTE) for note in notes_of(derived))


@pytest.mark.parametrize(("text", "lets", "verdict"), [
    # the file's computeGradientReg: ((h − y)ᵀX + λ[0, θ₂…θₙ])/m, the gradient (hand-worked: equivalent)
    ("minv * ((h-y).dot(X) + lam*thetaReg)", MINV_LETS + ("thetaReg = np.hstack([0,theta[1:]])",), "equivalent"),
    # variant: λθ penalises the intercept, which the cost's theta[1:] leaves out (hand-worked: different)
    ("minv * ((h-y).dot(X) + lam*theta)", MINV_LETS, "different"),
])
def test_theta_dot_x_transposed_gradient_verdicts(text, lets, verdict):
    assert_verdict_read(text, MINV_COST, verdict, wrt="theta_j", lets=lets)


@pytest.mark.parametrize(("scores", "said"), [
    ("h = sigmoid(theta.dot(X))", "they cannot be multiplied"),  # θ against the m×n X: no reading runs
    ("h = sigmoid(theta * X.T)", "multiplies entry by entry"),  # NumPy's '*' broadcasts: not the matrix product
])
def test_near_misses_of_theta_dot_x_transposed_stay_refused(scores, said):
    error = refused(logderiv.derive, MINV_COST, wrt="theta_j", let=(MINV_LETS[0], scores, MINV_LETS[2]))
    assert said in str(error)
