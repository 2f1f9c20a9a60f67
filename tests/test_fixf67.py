"""Course homework code as students paste it (branch fixf67, issue 10): the f67 wave's readings, made general.

* Python's ``math.e`` is Euler's number, as ``np.e`` is (yuhang-z's ``1.0 / (1.0 + math.e**(-logit))``).
* A private helper of two letters defined by a --let (ericboris's ``_mu(X, y, w, b) = …``) is Python's private
  name; a helper of the labels or the intercept too, called only with its own arguments, is its --let's value.
* NumPy's ``np.mean(M, axis=0)`` is a 1-D array of n entries: added to the 1-D weights entry by entry, read as the
  n×1 column (keepdims keeps it a 1×n row, still refused beside a column).
* A constructor's ``self.lambdaa = lambdaa`` makes the attribute the argument itself: the let is set aside.
* A class's method called with an argument that holds brackets (``self.logistic(np.dot(X, self.w))``) is the
  function its --let defines, that argument put in.

Every gradient is held to central finite differences of NumPy costs written here by hand and every verdict to the
one worked out by hand in the comment beside it (tests/_reading.py runs the corpus judge), never logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check, derive


def _sig(v):
    return 1 / (1 + np.exp(-v))


# ------------------------------------------------------------------ math.e
COMP551_CE = (r"J(w) = -\frac{1}{N}\sum_{n=1}^{N}\left[ y^{(n)}\log\sigma(w^T x^{(n)}) + (1-y^{(n)})\log(1-\sigma(w^T "
              r"x^{(n)}))\right]")


@pytest.mark.parametrize("answer, verdict", [
    # Xᵀ(σ(Xw) − y)/N: the mean cross-entropy's gradient
    ("yh = 1.0 / (1.0 + math.e**(-np.dot(X, w)))\ngrad = np.dot(X.T, yh-Y) / N", "equivalent"),
    # σ(−Xw) = 1 − σ(Xw): Xᵀ(1 − σ(Xw) − y)/N is not it
    ("yh = 1.0 / (1.0 + math.e**(np.dot(X, w)))\ngrad = np.dot(X.T, yh-Y) / N", "different"),
])
def test_math_e_is_eulers_number_in_answers(answer, verdict):
    assert_verdict_read(answer, COMP551_CE, verdict, wrt="w_j", lets=("N,D = X.shape",))


def test_math_e_is_eulers_number_in_a_cost():
    # mean log(1 + e^{−y xᵀw}) with ±1 labels, by finite differences
    assert_gradient_read("np.mean(np.log(1 + math.e**(-y * (X @ w))))",
                         lambda d: float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w))))), wrt=("w_j",))


def test_math_without_e_is_not_eulers_number():
    # math.exp is read elsewhere; a name after math. other than e or a known function stays unread
    error = refused(derive, "np.mean(math.erf(X @ w))", wrt="w_j")
    assert "math" in str(error)


# ------------------------------------------------------------------ a two-letter private helper, axis-0 means
ERIC_COST = "np.mean(np.log(1 + np.exp(-y * (b + X.dot(w))))) + (regularized_lambda * w.dot(w))"
ERIC_LETS = ("_mu(X, y, w, b) = 1 / (1 + np.exp(-y * (b + X.dot(w))))", "regularized_lambda=1E-1")
PRIVATE_NOTE = "_mu is Python's private name mu"
AXIS_NOTE = "reduces along axis 0 to a 1-D array of n entries"


@pytest.mark.parametrize("answer, wrt, verdict", [
    # ∂/∂w mean log(1 + e^{−y(b + xᵀw)}) + 0.1‖w‖² = mean((μ − 1)y x) + 0.2w, μ = σ(y(b + xᵀw))
    ("np.mean(((_mu(X, y, w, b) - 1) * y)[:, None] * X, axis=0) + (2 * regularized_lambda * w)", "w_j",
     "equivalent"),
    # the data term's sign flipped, the penalty's kept
    ("np.mean(((1 - _mu(X, y, w, b)) * y)[:, None] * X, axis=0) + (2 * regularized_lambda * w)", "w_j",
     "different"),
    # the penalty's factor 2 dropped
    ("np.mean(((_mu(X, y, w, b) - 1) * y)[:, None] * X, axis=0) + (regularized_lambda * w)", "w_j", "different"),
    # the offset b is not penalised: mean((μ − 1)y)
    ("np.mean(((_mu(X, y, w, b) - 1) * y), axis=0)", "b", "equivalent"),
])
def test_private_helper_of_the_labels(answer, wrt, verdict):
    assert_verdict_read(answer, ERIC_COST, verdict, wrt=wrt, lets=ERIC_LETS)
    notes = notes_of(check(answer, cost=ERIC_COST, wrt=wrt, let=ERIC_LETS))
    assert any(PRIVATE_NOTE in note for note in notes)
    assert (wrt == "w_j") == any(AXIS_NOTE in note for note in notes)


def test_private_helper_beside_its_public_name_is_refused():
    # _mu and mu both written may be two helpers: neither is read as the other
    error = refused(check, "np.mean(((_mu(X, y, w, b) - mu) * y), axis=0)", cost=ERIC_COST, wrt="b", let=ERIC_LETS)
    assert "_mu" in str(error)


def test_axis_mean_kept_two_dimensional_stays_refused_beside_a_column():
    # keepdims=True keeps the 1×n row: NumPy would broadcast it against an n×1 column into an n×n matrix
    answer = "np.mean(((_mu(X, y, w, b) - 1) * y)[:, None] * X, axis=0, keepdims=True) + (2 * regularized_lambda * w)"
    refused(check, answer, cost=ERIC_COST, wrt="w_j", let=ERIC_LETS)


# ------------------------------------------------------------------ self.NAME = NAME, methods of nested arguments
RAMON_COST = ("np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z))\n"
              "                    + (self.lambdaa / 2) * np.dot(self.w[1:].T, self.w[1:]))")
STORED_NOTE = "self.lambdaa is lambdaa itself, so the --let is not needed"


def _ramon_cost(d):
    z = d.X @ d.w
    data = np.mean(d.y * np.log1p(np.exp(-z)) + (1 - d.y) * np.log1p(np.exp(z)))
    return float(data + 0.1 / 2 * float(d.w[1:] @ d.w[1:]))


def test_constructor_stores_its_argument():
    lets = ("z = np.dot(X, self.w)", "self.lambdaa = lambdaa", "lambdaa=.1")
    assert_gradient_read(RAMON_COST, _ramon_cost, wrt=("w_j",), lets=lets)
    assert any(STORED_NOTE in note for note in notes_of(derive(RAMON_COST, wrt="w_j", let=lets)))


def test_stored_argument_written_bare_beside_the_attribute():
    # self.w = w: the attribute and the bare name are one vector by the code itself; ‖w‖² + (1/2m)‖Xw − y‖²
    assert_gradient_read("np.dot(self.w, w) + np.mean((X @ self.w - y) ** 2) / 2",
                         lambda d: float(d.w @ d.w) + float(np.mean((d.X @ d.w - d.y) ** 2)) / 2,
                         wrt=("w_j",), lets=("self.w = w",))


def test_attribute_beside_a_bare_name_without_the_constructor_line_stays_refused():
    # self.w beside a bare w with nothing saying they are one: a local may differ from the object's
    refused(derive, "np.dot(self.w, w) + np.mean((X @ self.w - y) ** 2) / 2", wrt="w_j")


LOGISTIC_LETS = ("yh = self.logistic(np.dot(X, self.w))", "self.logistic(z) = 1 / (1 + np.exp(-z))")
CE = "np.mean(-y*np.log(yh) - (1-y)*np.log(1-yh))"


def test_method_called_with_a_bracketed_argument():
    # the mean cross-entropy of σ(Xw), by finite differences
    def intended(d):
        p = _sig(d.X @ d.w)
        return float(np.mean(-d.y * np.log(p) - (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(CE, intended, wrt=("w_j",), lets=LOGISTIC_LETS)


@pytest.mark.parametrize("answer, verdict", [
    ("np.dot(X.T, yh - y) / N", "equivalent"),  # Xᵀ(σ(Xw) − y)/N
    ("np.dot(X.T, y - yh) / N", "different"),  # its sign flipped
])
def test_method_called_with_a_bracketed_argument_in_answers(answer, verdict):
    lets = (*LOGISTIC_LETS, "N, D = X.shape")
    assert_verdict_read(answer, CE, verdict, wrt="w_j", lets=lets)
    notes = notes_of(check(answer, cost=CE, wrt="w_j", let=lets))
    assert any("called with other arguments" in note for note in notes)


# ------------------------------------------------------------------ n = y.size, NumPy's 1-D scores through X.T
MGH_COST = "1/n * np.sum(np.log(1 + np.exp(inside))) + lam * np.dot(w.T, w)"
MGH_LETS = ("inside = np.multiply(-y, b + np.dot(w.T, X.T))", "n = y.size")
COUNT_NOTE = "n = y.size counts the examples"
SCORES_NOTE = "is the examples' scores; with the 1-D weights the code keeps"


def _pm_logistic_l2(d):
    # (1/m) Σ log(1 + e^{−yᵢ(b + xᵢᵀw)}) + λwᵀw, ±1 labels
    return float(np.mean(np.log1p(np.exp(-d.y * (d.b + d.X @ d.w))))) + d.lam * float(d.w @ d.w)


def test_count_of_the_labels_and_one_dimensional_scores():
    assert_gradient_read(MGH_COST, _pm_logistic_l2, wrt=("w_j", "b"), lets=MGH_LETS)
    notes = notes_of(derive(MGH_COST, wrt="w_j", let=MGH_LETS))
    assert any(COUNT_NOTE in note for note in notes)
    assert any(SCORES_NOTE in note for note in notes)


@pytest.mark.parametrize("count", ["n = y.size", "n = np.size(y)", "n = numel(y);", "n = length(y);"])
def test_every_count_of_the_labels_named_n_is_the_examples(count):
    # (1/2n)‖Xw − y‖² with n the examples' count: the mean squared error's half, by finite differences
    assert_gradient_read("1/(2*n) * np.sum((X @ w - y)**2)",
                         lambda d: float(np.mean((d.X @ d.w - d.y) ** 2)) / 2, wrt=("w_j",), lets=(count,))


def test_count_of_the_parameters_named_m_stays_refused():
    # m = length(theta) makes m the features: contradicts logderiv's m, refused as before
    error = refused(derive, "J = sum((X*theta - y).^2)/(2*m);", wrt="theta_j", let=("m = length(theta);",))
    assert "makes m the number of features" in str(error)


def test_a_transposed_column_beside_a_column_stays_refused():
    # np.dot(X, w).T transposes the column Xw itself: nothing says 1-D arrays (w.T, X.T) are meant
    error = refused(derive, "np.sum(np.log(1 + np.exp(np.multiply(-y, np.dot(X, w).T))))", wrt="w_j")
    assert "multiplied entry by entry" in str(error)
