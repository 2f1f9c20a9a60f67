"""Audit of branch fixpyloop37 (audpyloop37): near-misses of its new readings that were read as something else.

Each text's meaning is worked out by hand beside it and held, independently of logderiv, to central finite
differences of a cost written by hand in NumPy (the test's own fixed snippets run as Python, or transcribed by hand).

* logistic_sigmoid read as σ by its name although a --let gives it another body (def or lambda): the let's body is
  the writer's function; read as σ, an answer Σᵢ(2xᵢ·w − yᵢ)xᵢ was 'equivalent' to the cross-entropy's gradient.
* A target of another split (yTest, ytest, yval) or another code name (labels) beside the training targets yTrain
  (yTr): two names both read as y, so X'(σ(Xw) − yTest) was 'equivalent' to the gradient on (xTrain, yTrain).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check
from logderiv.errors import LogderivError


def _different_or_refused(answer, **kwargs):
    """The verdict, worked out by hand as 'different', is 'different' or a refusal (a miss), never 'equivalent'."""
    try:
        verdict = check(answer, **kwargs).verdict
    except LogderivError:
        return
    assert verdict == "different"

EPB_LOSS = (
    "loss = 0\n\nfor i in range(0, len(y)):\n    x = tx[i, :]\n    sigma = sigmoid(np.dot(x, w))\n"
    "    loss += y[i] * np.log(sigma) + (1 - y[i]) * np.log(1 - sigma)\n\nreturn -loss"
)
EPB_GRAD = (
    "r, c = tx.shape\ngrad = np.zeros(c)\n\nfor i in range(0, r):\n    x = tx[i, :]\n"
    "    sigma = logistic_sigmoid(np.dot(x, w))\n    grad += (sigma - y[i]) * x.T\n\nreturn grad"
)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _data(seed=3, m=8, n=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), (rng.random(m) > 0.5).astype(float), rng.normal(size=n)


def _summed_cross_entropy(X, y, w, link=_sigmoid):
    p = link(X @ w)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _run_grad(helper, X, y, w):
    space = {"np": np, "tx": X, "y": y, "w": w.copy(), "logistic_sigmoid": helper}
    exec(compile(EPB_GRAD.rsplit("\n", 1)[0], "<snippet>", "exec"), space)  # noqa: S102 — the test's own string
    return space["grad"]


def test_a_logistic_sigmoid_let_of_another_body_differs_by_hand():
    X, y, w = _data()
    by_w = central_differences(lambda v: _summed_cross_entropy(X, y, v), w)
    assert np.allclose(_run_grad(_sigmoid, X, y, w), by_w, atol=1e-6)  # σ itself: the gradient
    assert not np.allclose(_run_grad(lambda z: 2 * z, X, y, w), by_w, atol=1e-3)  # 2z: another sum
    # both texts with tanh: the cost's gradient is −Σ[y/t − (1−y)/(1−t)](1−t²)x, not Σ(t − y)x
    Xs, ws = np.abs(X * 0.1), np.abs(w)  # tanh(x·w) in (0, 1) for the logs: small positive data and weights
    by_tanh = central_differences(lambda v: _summed_cross_entropy(Xs, y, v, np.tanh), ws)
    assert not np.allclose(_run_grad(np.tanh, Xs, y, ws), by_tanh, atol=1e-3)


@pytest.mark.parametrize("let", [
    "def logistic_sigmoid(z):\n    return 2 * z",
    "logistic_sigmoid = lambda z: 2 * z",
])
def test_a_logistic_sigmoid_a_let_defines_is_not_read_as_sigma(let):
    # by hand (above): Σᵢ(2xᵢ·w − yᵢ)xᵢⱼ against Σᵢ(σ(xᵢ·w) − yᵢ)xᵢⱼ: different (never 'equivalent')
    _different_or_refused(EPB_GRAD, cost=EPB_LOSS, wrt="w_j", let=[let])


def test_a_logistic_sigmoid_let_in_both_texts_is_not_read_as_sigma():
    cost = EPB_LOSS.replace("sigma = sigmoid(", "sigma = logistic_sigmoid(")
    let = "def logistic_sigmoid(z):\n    return np.tanh(z)"
    _different_or_refused(EPB_GRAD, cost=cost, wrt="w_j", let=[let])  # by hand above: not Σ(tanh − y)x


MAG_L = "L = L - sum( yTrain .* log(sigmoid( xTrain*w)) ) - sum( (1-yTrain) .* log(1-sigmoid(xTrain*w)) );"


def test_another_splits_targets_differ_by_hand():
    X, y, w = _data(seed=11)
    y_test = (np.random.default_rng(12).random(len(y)) > 0.5).astype(float)
    assert not np.array_equal(y, y_test)
    by_w = central_differences(lambda v: _summed_cross_entropy(X, y, v), w)
    assert not np.allclose(X.T @ (_sigmoid(X @ w) - y_test), by_w, atol=1e-3)
    assert np.allclose(X.T @ (_sigmoid(X @ w) - y), by_w, atol=1e-6)


@pytest.mark.parametrize("answer, cost", [
    ("grad = xTrain' * (sigmoid(xTrain * w) - yTest);", MAG_L),
    ("grad = xTrain' * (sigmoid(xTrain * w) - ytest);", MAG_L),
    ("grad = xTrain' * (sigmoid(xTrain * w) - yval);", MAG_L),
    ("grad = X' * (sigmoid(X * w) - yTest);", MAG_L.replace("xTrain", "X")),
    ("grad = X' * (sigmoid(X * w) - yTest);", MAG_L.replace("xTrain", "X").replace("yTrain", "yTr")),
    # another name of code for the targets beside yTrain: one y or two quantities is not said (as y_train's)
    ("grad = xTrain' * (sigmoid(xTrain * w) - labels);", MAG_L),
])
def test_other_targets_beside_the_training_targets_are_not_read_as_y(answer, cost):
    refused(check, answer, cost=cost, wrt="w_j")


def test_the_labs_own_targets_are_still_read():
    verdict = check("grad = xTrain' * (sigmoid(xTrain * w) - yTrain);", cost=MAG_L, wrt="w_j")
    assert verdict.verdict == "equivalent"  # X'(σ(Xw) − y), the gradient by hand above


# ------------------------------------------------------------------ the same sum in every entry, near-misses
# the Machine Learning Specialization's compute_gradient (as tests/test_fixpyloop37.py's ELI_GRAD), its X[i,j] written
# as the whole row X[i] (or a name of it): a row added to one entry, no number the same in each
ELI_COST = (
    "m = X.shape[0]\ncost = 0.0\nfor i in range(m):\n    z_i = np.dot(X[i],w) + b\n    f_wb_i = sigmoid(z_i)\n"
    "    cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n\ncost = cost / m\nreturn cost"
)
ELI_GRAD = (
    "m,n = X.shape\ndj_dw = np.zeros((n,))\ndj_db = 0.\n\nfor i in range(m):\n"
    "    f_wb_i = sigmoid(np.dot(X[i],w) + b)\n    err_i  = f_wb_i  - y[i]\n    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n    dj_db = dj_db + err_i\ndj_dw = dj_dw/m\ndj_db = dj_db/m\n\n"
    "return dj_db, dj_dw"
)
ROW_ANSWERS = [
    ELI_GRAD.replace("err_i * X[i,j]", "err_i * X[i]"),
    ELI_GRAD.replace("err_i * X[i,j]", "err_i * X[i, :]"),
    ELI_GRAD.replace("err_i * X[i,j]", "err_i * x_i").replace(
        "    err_i  = f_wb_i  - y[i]\n", "    err_i  = f_wb_i  - y[i]\n    x_i = X[i]\n"),
]


@pytest.mark.parametrize("answer", ROW_ANSWERS)
def test_a_row_added_to_one_entry_is_no_gradient_by_hand(answer):
    # run as Python, the line puts a row (n numbers) into one entry: NumPy refuses it, there is no gradient to
    # be 'equivalent'; with X[i,j] it is the cross-entropy's gradient (tests/test_fixpyloop37.py)
    rng = np.random.default_rng(4)
    space = {"np": np, "X": rng.normal(size=(5, 3)), "y": (rng.random(5) > 0.5).astype(float),
             "w": rng.normal(size=3), "b": 0.2, "sigmoid": _sigmoid}
    with pytest.raises(ValueError):
        exec(compile(answer.rsplit("\n", 1)[0], "<snippet>", "exec"), space)  # noqa: S102 — the test's own string


@pytest.mark.parametrize("answer", ROW_ANSWERS)
def test_a_row_added_to_one_entry_is_not_read_as_the_same_sum(answer):
    refused(check, answer, cost=ELI_COST, wrt="w_j")
