r"""Issue 10, fixloop35: a gradient filled entry by entry in a loop over the parameters, read as its entry j.

``for i in range(parameters): term = np.multiply(error, X[:,i]); grad[i] = np.sum(term) / len(X)`` (the Python port
of Coursera's ex2, John Wittenauer's and its copies) and Octave's ``for i = 1 : size(grad) grad(i) = … X(:, i) …``
set entry i of the gradient from column i of X: read as the component by θⱼ with j = i (noted), compared with
∂J/∂θⱼ at every j. Branches on the index, NumPy's parameter entries, other uses of the index and bounds that do not
count the parameters stay refused. Verdicts are worked by hand and held to finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, cross_entropy, intercept_free_ridge_cross_entropy, sigmoid
from _reading import assert_verdict_read, notes_of, refused

LOGISTIC = "J = -(1/m)*sum(y .* log(sigmoid(X*theta)) + (1-y) .* log(1-sigmoid(X*theta)))"
RIDGE_ALL = LOGISTIC + " + lambda/(2*m)*sum(theta.^2)"
RIDGE_EX2 = LOGISTIC + " + lambda/(2*m)*sum(theta(2:end).^2)"
NOTE = "runs over the parameters' entries"

# public code index (Python, '@author: Derek', 'Created on Sat Apr 13 23:34:16 2019', def gradient; the index does
# not name its repository): Wittenauer's ex2 port, verbatim from 'parameters = …' on (its first three lines,
# theta = np.matrix(theta) …, are refused: a name the cost fixes set again)
DEREK = (
    "parameters = int(theta.ravel().shape[1])\ngrad = np.zeros(parameters)\n\n"
    "error = sigmoid(X * theta.T) - y\n\n"
    "for i in range(parameters):\n    term = np.multiply(error, X[:,i])\n    grad[i] = np.sum(term) / len(X)\n\n"
    "return grad"
)
# John Wittenauer, "Machine Learning Exercises In Python, Part 3" (johnwittenauer.net), def gradientReg
WITTENAUER_REG = (
    "theta = np.matrix(theta)\nX = np.matrix(X)\ny = np.matrix(y)\n"
    "parameters = int(theta.ravel().shape[1])\ngrad = np.zeros(parameters)\n"
    "error = sigmoid(X * theta.T) - y\n"
    "for i in range(parameters):\n    term = np.multiply(error, X[:,i])\n    if (i == 0):\n"
    "        grad[i] = np.sum(term) / len(X)\n    else:\n"
    "        grad[i] = (np.sum(term) / len(X)) + ((learningRate / len(X)) * theta[:,i])\n"
    "return grad"
)
# https://github.com/mlekkha/FIGR/blob/be131ba69099e85fe44042fa7de279ade32d2550/FIGR-reu/FIGRlogRegCost.m, its loop
# with the data matrix spelled X and m (the corpus's f61-figr-grad-loop-bias-penalised, loop from 1)
FIGR_LOOP = ("grad = zeros(size(theta));\nh = sigmoid(X*theta);\nfor i = 1 : size(grad)\n"
             "    grad(i) = (1 / m) * sum( (h - y)' * X(:, i) ) + (lambda / m) * theta(i);\nend")
# public code index (Octave, linearRegCostFunction, 'for j = 1:size(theta),'; the index does not name its
# repository): theta(1) = 0 inside the loop changes theta for later passes
THETA_ZEROED = ("h = X*theta;\nfor j = 1:size(theta),\n\t\tW(:,j) = (h.-y).*X(:,j);\n\t\ttheta(1) = 0;\n"
                "\t\tgrad(j) = ((1/m)*sum(W(:,j)))+(lambda/m)*theta(j);\nend;")


# public code index file 17770720349 (Octave, 'function [J, grad] = costFunction(theta, X, y)'; the index does not
# name its repository): its body after J, verbatim
OCTAVE_COSTFUNCTION = ("h = 1 ./ (1 + exp(-X * theta));  \n\ngrad = zeros(size(theta,1), 1);\nfor i = 1 : size(grad)\n"
                       "grad(i) = (1 / m) * sum( (h - y)' * X(:, i));\n\nend")
# public code index file 16165528153 (Python, Wittenauer's ex1 port, def gradientDescent): a descent step, not a
# gradient, filled entry by entry in temp
DESCENT_STEP = ("error = (X * theta.T) - y\n\nfor j in range(parameters):\n    term = np.multiply(error, X[:,j])\n"
                "    temp[0,j] = theta[0,j] - ((alpha / len(X)) * np.sum(term))")


def _matrix_code_gradient(X, y, theta, penalise=None):
    """Derek's and Wittenauer's lines run with numpy.matrix (error m×1, X[:, i] m×1, np.sum → a number)."""
    t, Xm, ym = np.matrix(theta), np.matrix(X), np.matrix(y).T
    error = sigmoid(Xm * t.T) - ym
    grad = np.zeros(t.shape[1])
    for i in range(t.shape[1]):
        grad[i] = np.sum(np.multiply(error, Xm[:, i])) / len(Xm)
        if penalise is not None and i > 0:
            grad[i] += penalise / len(Xm) * t[0, i]
    return grad


@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")
def test_the_code_computes_the_gradient_by_finite_differences():
    rng = np.random.default_rng(35)
    X, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)
    fd = central_differences(lambda t: cross_entropy(X, y, t), theta)
    assert np.allclose(_matrix_code_gradient(X, y, theta), fd, atol=1e-6)
    fd_reg = central_differences(lambda t: intercept_free_ridge_cross_entropy(X, y, t, 0.7), theta)
    assert np.allclose(_matrix_code_gradient(X, y, theta, penalise=0.7), fd_reg, atol=1e-6)


def test_derek_wittenauer_loop_is_read_and_right_with_a_note():
    verdict = logderiv.check(DEREK, cost=LOGISTIC, wrt="theta_j")
    assert verdict.verdict == "equivalent"
    said = [n for n in notes_of(verdict) if NOTE in n]
    assert said and "parameters = int(theta.ravel().shape[1])" in said[0] and "j = i" in said[0]


def test_a_dropped_mean_is_a_slip():
    # without / len(X) the entry is Σᵢ(σ − y)xⱼ, m times ∂J/∂θⱼ
    assert_verdict_read(DEREK.replace("np.sum(term) / len(X)", "np.sum(term)"), LOGISTIC, "different")


def test_gist_grad_size_bound_times_minus_one_is_different():
    # the corpus's f52-gist-compute-grad-times-minus-one shape: l = grad.size, the negative of the gradient
    text = ("h = sigmoid(X.dot(theta))\ndelta = h - y\nl = grad.size\nfor i in range(l):\n"
            "    sumdelta = delta.T.dot(X[:, i])\n    grad[i] = (1.0 / m) * sumdelta * -1")
    assert_verdict_read(text, LOGISTIC, "different")
    assert_verdict_read(text.replace(" * -1", ""), LOGISTIC, "equivalent")


def test_octave_loop_with_penalty_on_every_entry():
    assert_verdict_read(FIGR_LOOP, RIDGE_ALL, "equivalent")
    # beside ex2's cost, theta(1) is outside the penalty: the loop's (λ/m)θ₁ on the intercept is the slip
    assert_verdict_read(FIGR_LOOP, RIDGE_EX2, "different")
    verdict = logderiv.check(FIGR_LOOP, cost=RIDGE_ALL, wrt="theta_j")
    assert any(NOTE in n and "Octave counts from 1" in n for n in notes_of(verdict))


def test_the_intercept_branch_is_refused_at_the_if():
    error = refused(logderiv.check, WITTENAUER_REG, cost=RIDGE_EX2, wrt="theta_j")
    assert "writes some entries apart" in str(error)
    assert error.column == WITTENAUER_REG.index("if (i == 0)")


def test_wittenauer_penalty_without_the_branch_is_read_and_judged_at_the_intercept():
    # the reg loop with its if/else taken out: (λ/m)θⱼ on every entry, θ₀ (logderiv's θ₁) too; theta[:,i] of the
    # 1×n np.matrix is entry i (checked against finite differences above)
    text = ("parameters = int(theta.ravel().shape[1])\ngrad = np.zeros(parameters)\n"
            "error = sigmoid(X * theta.T) - y\nfor i in range(parameters):\n    term = np.multiply(error, X[:,i])\n"
            "    grad[i] = (np.sum(term) / len(X)) + ((learningRate / len(X)) * theta[:,i])\nreturn grad")
    lets = ("learningRate = lambda",)
    assert_verdict_read(text, RIDGE_ALL, "equivalent", lets=lets)
    assert_verdict_read(text, RIDGE_EX2, "different", lets=lets)


def test_a_let_starting_the_filled_array_is_not_used():
    # the corpus's f52 gist gives grad = zeros(3) as a --let: the loop sets every entry, so the start goes (noted)
    text = ("h = sigmoid(X.dot(theta.T))\ndelta = h - y\nl = grad.size\nfor i in range(l):\n"
            "    sumdelta = delta.T.dot(X[:, i])\n    grad[i] = (1.0 / m) * sumdelta")
    verdict = logderiv.check(text, cost=LOGISTIC, wrt="theta_j", let=["grad = zeros(3)"])
    assert verdict.verdict == "equivalent"
    assert any("starts the array the loop" in n for n in notes_of(verdict))


def test_octave_cost_function_loop_from_the_index():
    # (1/m)·(h − y)ᵀX(:, i) is entry i of (1/m)Xᵀ(σ(Xθ) − y), ∂J/∂θᵢ of the mean cross-entropy (by hand; the FD test
    # above checks the same entry for Derek's NumPy lines)
    assert_verdict_read(OCTAVE_COSTFUNCTION, LOGISTIC, "equivalent", lets=("m = size(X, 1)",))
    # the same line without its 1/m: m times the gradient
    assert_verdict_read(OCTAVE_COSTFUNCTION.replace("(1 / m) * ", ""), LOGISTIC, "different", lets=("m = size(X, 1)",))


def test_guards_stay_refused():
    # a descent step filled entry by entry (temp[0,j] = theta[0,j] - …) is no gradient's entry: not read as one
    step = refused(logderiv.check, "parameters = int(theta.ravel().shape[1])\n" + DESCENT_STEP, cost=LOGISTIC,
                   wrt="theta_j")
    assert "parameters' entries" not in str(step)
    # theta(1) = 0 inside the loop, and W(:, j) a matrix's column: not the entry line
    refused(logderiv.check, THETA_ZEROED, cost=RIDGE_EX2, wrt="theta_j")
    # f70's g(i) = -X'*(…): a whole vector into one entry, the bound d not the parameters' count
    vector = "g = zeros(1,d);\nfor i = 1:d\n    g(i) = -X'*(y./(1+exp(yXw)))+lambda*w(i,:); % Gradient\nend"
    refused(logderiv.check, vector, cost=RIDGE_ALL, wrt="w_j")
    # the index used as a number, not only as the column's
    odd = ("error = sigmoid(X @ theta) - y\nfor i in range(grad.size):\n"
           "    grad[i] = np.sum(error * X[:, i]) / m * i")
    error = refused(logderiv.check, odd, cost=LOGISTIC, wrt="theta_j")
    assert "otherwise than as the column" in str(error)
    # theta_j in a vector answer (no column of X) is still refused: only entry j's line takes an entry
    flat = "grad = (X.T @ (sigmoid(X @ theta) - y)) / m + lam / m * theta_j"
    assert "is one entry" in str(refused(logderiv.check, flat, cost=RIDGE_ALL, wrt="theta_j"))
    # h(j), an entry of another vector by the loop's index, is not the parameters' entry: not read
    other = "h = sigmoid(X*theta);\nfor j = 1:size(theta)\n    grad(j) = sum((h - y) .* X(:, j)) / m + h(j);\nend"
    refused(logderiv.check, other, cost=LOGISTIC, wrt="theta_j")
    # an entry set again after the loop (the intercept's penalty taken back): the loop is not read alone (refused
    # as on main, where these lines stop at the loop's header)
    again = ("error = sigmoid(X @ theta) - y\nfor i in range(len(theta)):\n"
             "    grad[i] = np.sum(error * X[:, i]) / m + lambda / m * theta[i]\ngrad[0] = grad[0] - lambda / m * theta[0]")
    assert refused(logderiv.check, again, cost=RIDGE_EX2, wrt="theta_j").column == again.index(":\n")
    # a name carried from pass to pass (error scaled by every column in turn): no entry's own value
    carried = ("error = sigmoid(X @ theta) - y\nfor i in range(len(theta)):\n    error = error * X[:, i]\n"
               "    grad[i] = np.sum(error) / m")
    assert "parameters' entries" not in str(refused(logderiv.check, carried, cost=LOGISTIC, wrt="theta_j"))
    # a bound that is no count of the parameters (a batch's k) is refused as before
    batch = ("error = sigmoid(X @ theta) - y\nfor i in range(k):\n    grad[i] = np.sum(error * X[:, i]) / m")
    assert "does not say it is the number" in str(refused(logderiv.check, batch, cost=LOGISTIC, wrt="theta_j"))
