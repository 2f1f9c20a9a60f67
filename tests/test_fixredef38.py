"""Code that re-binds a name logderiv holds fixed, read where the line keeps the quantity's meaning (fixredef38).

* MATLAB's ``m = height(yTrain);`` counts the rows of the labels (size(yTrain, 1)): the number of examples, as
  ``m = length(y)`` is; ``m = height(foo)`` of an unknown array keeps the count refusal, and ``m = height(theta)``
  (the parameters' entries) stays refused.
* Octave's chained assignment ``theta1 = theta1 = [0 ; theta(2:end, :)];`` names theta1 twice and sets it once;
  the repeated head was taken for a use of the lines' theta1 and refused.
* ``y = y(:)``, ``theta = theta(:)``, R's ``y <- as.matrix(y)``: the same numbers as a column, the --let dropped;
  ``y <- as.numeric(y)`` (a factor's level codes), ``X = X(:)`` (flattened) and ``y = 2*y - 1`` stay refused.
* R's split of one data set, ``y <- as.matrix(data[,1])`` beside ``x <- as.matrix(data[,2:ncol(data)])``: the
  targets and the data matrix.

Every expected verdict is worked by hand and checked with central differences at random points
(tests/_numeric.py), never copied from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError
from _numeric import central_differences, cross_entropy, gradient_agrees, half_mean_square, intercept_data

# ---------------------------------------------------------------- MATLAB's height(v): its rows
# public code index file 8848375463 (Octave, Italian comments, logisticRegressionFromScratch), the else branch:
#   m = height(yTrain); preds = sigmoid(xTrain * theta); error = preds - yTrain;
#   cost = -(1/m) * sum(yTrain .* log(preds) + (1 - yTrain) .* log(1 - preds));
#   theta = theta - alpha * (1/m) * (xTrain' * error);
IT_COST = "cost = -(1/m) * sum(yTrain .* log(preds) + (1 - yTrain) .* log(1 - preds));"
IT_LETS = ["m = height(yTrain);", "preds = sigmoid(xTrain * theta);", "error = preds - yTrain;"]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_step_factor_by_hand_is_the_gradient_of_the_mean_cross_entropy():
    # (1/m) Xᵀ(σ(Xθ) − y): ∇ of the mean cross-entropy; without 1/m it is m times it
    assert gradient_agrees(lambda X, y, t: X.T @ (_sigmoid(X @ t) - y) / len(y), cross_entropy, seeds=(1, 2))
    assert not gradient_agrees(lambda X, y, t: X.T @ (_sigmoid(X @ t) - y), cross_entropy, seeds=(1,))


def test_height_of_the_labels_is_the_number_of_examples():
    verdict = logderiv.check("(1/m) * (xTrain' * error)", cost=IT_COST, let=IT_LETS)
    assert verdict.verdict == "equivalent"
    assert "m = height(yTrain) counts the examples (the rows of X, the entries of y), logderiv's m: the --let is " \
           "not needed" in verdict.notes
    # the variant without 1/m: m times the gradient
    assert logderiv.check("(xTrain' * error)", cost=IT_COST, let=IT_LETS).verdict == "different"


def test_height_of_another_array_is_not_read_as_m():
    # an array the texts never say holds one value per example: the count refusal, pointing at the value
    with pytest.raises(InputError) as raised:
        logderiv.check("(1/m) * (xTrain' * error)", cost=IT_COST, let=["m = height(foo);", *IT_LETS[1:]])
    assert "whether height(foo) counts the examples is not read from it" in str(raised.value)
    assert raised.value.column == 4 and raised.value.source == "m = height(foo);"
    # the parameters' entries are the features: still refused
    with pytest.raises(InputError) as raised:
        logderiv.check("(1/m) * (xTrain' * error)", cost=IT_COST, let=["m = height(theta);", *IT_LETS[1:]])
    assert "'m' has a fixed meaning" in str(raised.value)


# ---------------------------------------------------------------- Octave's chained assignment, one name twice
# github.com/dam…/mlclass ex5 linearRegCostFunction.m (tests/corpus/fresh_eightyfirst.py, f81-dam-ex5):
#   hx = (X * theta) - y; j1 = sum(hx.^2) / (2*m);
#   theta1 = theta1 = [0 ; theta(2:end, :)]; p = (lambda * sum(theta1.^2)) / (2*m); J = j1 + p;
#   grad = (X'*hx+lambda*theta1)/m;
DAM_J = ("%Cost function\nhx = (X * theta) - y;\nj1 = sum(hx.^2) / (2*m);\n\n%penalization\n"
         "theta1 = theta1 = [0 ; theta(2:end, :)];\np = (lambda * sum(theta1.^2)) / (2*m);\n\nJ = j1 + p;")
DAM_LETS = ["m = length(y);", "hx = (X * theta) - y;", "theta1 = theta1 = [0 ; theta(2:end, :)];"]
LAM = 0.7


def _ridge(X, y, t):
    return half_mean_square(X, y, t) + LAM / (2 * len(y)) * float(t[1:] @ t[1:])


def test_the_ex5_gradient_by_hand():
    def right(X, y, t):
        return (X.T @ (X @ t - y) + LAM * np.r_[0, t[1:]]) / len(y)

    def whole_theta(X, y, t):  # the variant: theta in place of theta1, the intercept penalised too
        return (X.T @ (X @ t - y) + LAM * t) / len(y)

    for seed in (3, 4):
        X, _, t = intercept_data(seed, 5, 3)
        y = np.random.default_rng(seed).normal(size=5)
        numeric = central_differences(lambda v: _ridge(X, y, v), t)
        assert np.allclose(right(X, y, t), numeric, atol=1e-6)
        assert not np.allclose(whole_theta(X, y, t), numeric, atol=1e-3)


def test_a_chain_that_names_one_variable_twice_sets_it_once():
    verdict = logderiv.check("grad = (X'*hx+lambda*theta1)/m;", cost=DAM_J, let=DAM_LETS)
    assert verdict.verdict == "equivalent"
    assert ("read as Octave: theta1 = theta1 = [0 ; theta(2:end, :)] is a chained assignment that names theta1 "
            "twice: it sets theta1 once, to the last side") in verdict.notes
    assert logderiv.check("grad = (X'*hx+lambda*theta)/m;", cost=DAM_J, let=DAM_LETS).verdict == "different"


def test_a_chain_of_two_names_is_not_collapsed():
    # y_hat = a = sigmoid(…): two names, the notation's own chain reading, not this one
    verdict = logderiv.check("X' * (a - y) / m", cost="-sum(y .* log(a) + (1 - y) .* log(1 - a)) / m",
                             let=["y_hat = a = sigmoid(X * theta)"])
    assert not any("chained assignment that names" in note for note in verdict.notes)
    assert verdict.verdict == "equivalent"  # (1/m)Xᵀ(σ(Xθ) − y), the test above's first gradient


# ---------------------------------------------------------------- the same numbers as a column
OCT_COST = "J = -sum(y .* log(sigmoid(X * theta)) + (1-y) .* log(1-sigmoid(X * theta))) / m;"
OCT_GRAD = "grad = X' * (sigmoid(X * theta) - y) / m;"


@pytest.mark.parametrize("let, name", [("y = y(:);", "y"), ("theta = theta(:);", "theta"),
                                       ("y <- as.matrix(y)", "y"), ("theta <- as.vector(theta)", "theta")])
def test_a_reshape_of_the_same_numbers_keeps_the_meaning(let, name):
    verdict = logderiv.check(OCT_GRAD, cost=OCT_COST, let=[let])
    assert verdict.verdict == "equivalent"  # (1/m)Xᵀ(σ(Xθ) − y): the mean cross-entropy's gradient (above)
    assert any(note.startswith(f"read as code: {let.rstrip(';')} re-binds {name} to the same numbers")
               for note in verdict.notes)
    # a slip is still found beside it: the sign of the residual turned around
    slipped = logderiv.check("grad = X' * (y - sigmoid(X * theta)) / m;", cost=OCT_COST, let=[let])
    assert slipped.verdict == "different"


@pytest.mark.parametrize("let, message", [
    ("y <- as.numeric(y)", "'y' has a fixed meaning"),  # a factor's level codes 1, 2: not the labels
    ("y = 2*y - 1;", "'y' has a fixed meaning"),  # the ±1 labels: another y
    ("X = X(:);", "--let X uses itself"),  # X flattened: no longer the data matrix
])
def test_a_rebinding_that_changes_the_numbers_stays_refused(let, message):
    with pytest.raises(InputError) as raised:
        logderiv.check(OCT_GRAD, cost=OCT_COST, let=[let])
    assert message in str(raised.value)
    assert raised.value.source == let


# ---------------------------------------------------------------- R: one data set split into y and the data matrix
# github:gwladys…/R/Gradient_xy.R (tests/corpus/fresh_twentyfourth.py, f24-gwladys-r-grad-xy-version):
#   gradient_xy <- function(data, theta) { y <- as.matrix(data[,1]); x <- as.matrix(data[,2:ncol(data)])
#   sig <- sigmoid(x%*%theta); gradient <- (t(x) %*% (sig-y)) / nrow(y) }
GW_COST = "mean((-y*log(sig))-((1-y)*log(1-sig)))"
GW_ANSWER = "(t(x) %*% (sig-y)) / nrow(y)"
GW_SIG = "sig <- sigmoid(x%*%theta)"


def test_the_data_set_split_is_y_and_the_data_matrix():
    # Xᵀ(σ(Xθ) − y)/m, the mean cross-entropy's gradient (checked by central differences above)
    verdict = logderiv.check(GW_ANSWER, cost=GW_COST,
                             let=["y <- as.matrix(data[,1])", "x <- as.matrix(data[,2:ncol(data)])", GW_SIG])
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("read as R: y <- as.matrix(data[,1]) takes the first column of the data set data as "
                               "the targets y") for note in verdict.notes)
    # the target last, the rest 1:(ncol - 1)
    last = logderiv.check(GW_ANSWER, cost=GW_COST,
                          let=["y <- data[,ncol(data)]", "x <- data[,1:(ncol(data)-1)]", GW_SIG])
    assert last.verdict == "equivalent"
    wrong_sign = logderiv.check("(t(x) %*% (y-sig)) / nrow(y)", cost=GW_COST,
                                let=["y <- as.matrix(data[,1])", "x <- as.matrix(data[,2:ncol(data)])", GW_SIG])
    assert wrong_sign.verdict == "different"


@pytest.mark.parametrize("lets", [
    ["y <- as.matrix(data[,2])", "x <- as.matrix(data[,2:ncol(data)])"],  # the target among the features
    ["y <- as.matrix(data[,1])", "x <- as.matrix(data[,1:ncol(data)-1])"],  # R's 1:ncol-1 is 0:(ncol - 1)
    ["y <- as.matrix(data[,1])"],  # y alone: what x is, is not said
    ["y <- as.matrix(data[,1])", "x <- as.matrix(other[,2:ncol(other)])"],  # two data sets
])
def test_a_split_not_said_whole_stays_refused(lets):
    with pytest.raises(InputError) as raised:
        logderiv.check(GW_ANSWER, cost=GW_COST, let=[*lets, GW_SIG])
    # main's refusal of the index, pointing at it (the '[' after data): nothing read the split
    assert str(raised.value) == "this R index is not read: R numbers from 1 and a negative index removes entries"
    assert raised.value.label == "--let" and raised.value.column == 18
