"""Names of real code read by the role the text settles (fixnames38, issue 10), and the ones still refused, better said.

* ``len(h_x)`` of a --let's prediction of X times the parameters (X on the left, one value per example): m (f51's
  class, https://github.com/ (corpus f51-dic-loss-func-theta-tail-and-b-named-term));
* code's ``y_hat`` beside a --let of ``ŷ`` (and ``weight × x``, the times sign of a comment's formula): Likae155's
  Korean NumPy notebook (corpus f82-likae-korean-comment-dMSE-dw, -db);
* a plural ``--wrt weights_j`` where the texts write only the singular ``weight`` (shantam21's helper_functions.py,
  corpus f78-shant-loss-mean, f78-shant-gradient-descent);
* ``log(prod(exp(v)))``, the sum of v (samartgs's GradienteDescenso.m, corpus f83-samartgs-es-log-prod-exp).

Each expectation is worked by hand and checked with central differences at random points (tests/_numeric.py);
the refusals kept are checked for their message and column, and near-misses for not being read the new way.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from logderiv.errors import InputError

# ----------------------------------------------------------------------------------------------- len(h_x) as m
# corpus f51-dic-loss-func-theta-tail-and-b-named-term (the body of the class's loss, dedented as the corpus keeps it)
DIC_COST = ("a = -y*np.log(h_x)\n"
            "    b = (1-y)*np.log(1-h_x)\n"
            "    c = (lam/(2*len(h_x)))*np.sum(theta[1:]**2)\n"
            "    return (np.sum(a-b)/len(h_x)) + c")
DIC_LET = "h_x = 1/(1+np.exp(-np.dot(X,self.theta.T)))"


def _dic_cost(X, y, theta, lam):
    h = sigmoid(X @ theta)
    return float(np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / len(h) + lam / (2 * len(h)) * theta[1:] @ theta[1:])


def _dic_point(seed, m=5, n=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.integers(0, 2, size=m).astype(float), rng.normal(size=n), 0.7


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_hand_gradient_of_f51s_cost_is_the_finite_differences(seed):
    X, y, theta, lam = _dic_point(seed)
    m = len(y)
    by_hand = X.T @ (sigmoid(X @ theta) - y) / m + lam / m * np.concatenate(([0.0], theta[1:]))
    assert np.allclose(by_hand, central_differences(lambda t: _dic_cost(X, y, t, lam), theta), atol=1e-6)
    every = X.T @ (sigmoid(X @ theta) - y) / m + lam / m * theta  # the penalty on θ's first entry too: a slip
    assert not np.allclose(every, central_differences(lambda t: _dic_cost(X, y, t, lam), theta), atol=1e-3)


def test_len_of_the_prediction_is_the_number_of_examples():
    right = logderiv.check("X.T @ (h_x - y) / m + (lam / m) * np.concatenate(([0], theta[1:]))",
                           cost=DIC_COST, wrt="theta_j", let=[DIC_LET])
    assert right.verdict == "equivalent"
    assert any(note.startswith("len(h_x) counts the entries of h_x = 1/(1+np.exp(-np.dot(X, theta.T))), one per "
                               "example") for note in right.notes)
    slip = logderiv.check("X.T @ (h_x - y) / m + (lam / m) * theta", cost=DIC_COST, wrt="theta_j", let=[DIC_LET])
    assert slip.verdict == "different"


@pytest.mark.parametrize("let", [
    "h = np.dot(theta, X)",          # the parameters on X's left: not one value per example of an m×n X
    "h = np.sum(X @ theta)",         # summed: one number
    "h = sigmoid(X.T @ theta)",      # X transposed
])
def test_len_of_anything_else_stays_refused_saying_what_it_is(let):
    cost = "np.sum((h - y)**2)/len(h)"
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="theta_j", let=[let])
    assert "'len(h)' is Python's count of an array's entries, and what it counts is not said here" in str(caught.value)
    assert caught.value.column == cost.index("len")
    assert "did you mean 'ln'" not in str(caught.value)


def test_len_beside_a_let_of_m_is_left_alone():
    # a --let of m beside len(h): which count is meant is not the reader's to choose
    with pytest.raises(InputError):
        logderiv.derive("np.sum((h - y)**2)/len(h)", wrt="theta_j", let=["h = X @ theta", "m = 3"])


# ---------------------------------------------------------------------------------------- y_hat as the let's ŷ
# corpus f82-likae-korean-comment-dMSE-dw/-db: the comment '# weight 기울기: ∂MSE/∂w = mean(2(ŷ-y)x)' beside the code's
# cost = ((y - y_hat) ** 2).mean() and the comment's model '1. 예측값 계산: ŷ = weight × x + bias'
LIK_COST = "cost = ((y - y_hat) ** 2).mean()"
LIK_LET = "ŷ = weight × x + bias"


def _lik_cost(w, b, x, y):
    return float(np.mean((y - (w * x + b)) ** 2))


@pytest.mark.parametrize("seed", [4, 5])
def test_the_hand_partials_of_the_mse_are_the_finite_differences(seed):
    rng = np.random.default_rng(seed)
    x, y, w, b = rng.normal(size=6), rng.normal(size=6), float(rng.normal()), float(rng.normal())
    dw = np.mean(2 * (w * x + b - y) * x)
    db = np.mean(2 * (w * x + b - y))
    assert np.isclose(dw, central_differences(lambda v: _lik_cost(v[0], b, x, y), np.array([w]))[0], atol=1e-6)
    assert np.isclose(db, central_differences(lambda v: _lik_cost(w, v[0], x, y), np.array([b]))[0], atol=1e-6)


def test_code_y_hat_is_the_hat_the_let_defines():
    dw = logderiv.check("∂MSE/∂w = mean(2(ŷ-y)x)", cost=LIK_COST, wrt="weight", let=[LIK_LET])
    assert dw.verdict == "equivalent"
    assert any(note.startswith("y_hat is code's spelling of ŷ ('y hat')") for note in dw.notes)
    assert logderiv.check("∂MSE/∂b = mean(2(ŷ-y))", cost=LIK_COST, wrt="bias", let=[LIK_LET]).verdict == "equivalent"
    # the 2 of the square dropped (the notebook's own next step, a slip of another item)
    assert logderiv.check("mean((ŷ-y)x)", cost=LIK_COST, wrt="weight", let=[LIK_LET]).verdict == "different"


def test_y_hat_with_a_let_of_its_own_or_two_hats_is_not_respelled():
    # y_hat defined itself: that value, no note of the hat
    own = logderiv.check("mean(2(y_hat-y)x)", cost=LIK_COST, wrt="weight", let=["y_hat = weight * x + bias"])
    assert not any("code's spelling of ŷ" in note for note in own.notes)
    # no --let of ŷ: y_hat has no value, refused as before (the let given names another quantity)
    with pytest.raises(InputError) as caught:
        logderiv.check("mean(2(y_hat-y)x)", cost=LIK_COST, wrt="w", let=["z = w * x + b"])
    assert "is used but --let defines 'z'" in str(caught.value)


# ------------------------------------------------------------------------------------ --wrt weights_j, text weight
# corpus f78-shant-loss-mean / -gradient-descent (shantam21/Machine-Learning-Examples, helper_functions.py)
SHANT_SIG = "def sigmoid(X, weight):\n    z = np.dot(X, weight)\n    return 1 / (1 + np.exp(-z))"
SHANT_LOSS = "(-y * np.log(h) - (1 - y) * np.log(1 - h)).mean()"
SHANT_LETS = [SHANT_SIG, "h = sigmoid(X, weight)"]


@pytest.mark.parametrize("seed", [6, 7])
def test_the_hand_gradient_of_the_mean_cross_entropy(seed):
    rng = np.random.default_rng(seed)
    X, y, w = rng.normal(size=(5, 3)), rng.integers(0, 2, size=5).astype(float), rng.normal(size=3)

    def loss(v):
        h = sigmoid(X @ v)
        return float(np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)))

    assert np.allclose(X.T @ (sigmoid(X @ w) - y) / y.shape[0], central_differences(loss, w), atol=1e-6)


def test_a_plural_wrt_is_the_singular_the_code_writes():
    verdict = logderiv.check("np.dot(X.T, (h - y)) / y.shape[0]", cost=SHANT_LOSS, wrt="weights_j", let=SHANT_LETS)
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("weights is the vector --wrt weights_j differentiates by, and no text writes weights")
               for note in verdict.notes)
    # without the 1/m: the summed cross-entropy's gradient, m times too large
    assert logderiv.check("np.dot(X.T, (h - y))", cost=SHANT_LOSS, wrt="weights_j",
                          let=SHANT_LETS).verdict == "different"


def test_a_plural_wrt_beside_the_plural_in_a_text_is_not_respelled():
    # weights written beside weight (f78's gradient_ascent): two names in the code, the --wrt not read as the other
    with pytest.raises(InputError):
        logderiv.derive("(-y * np.log(h) - (1 - y) * np.log(1 - h)).mean() + np.sum(weights)", wrt="weights_j",
                        let=SHANT_LETS)


# --------------------------------------------------------------------------------------- log(prod(exp(v)))
# corpus f83-samartgs-es-log-prod-exp (GradienteDescenso.m's cost)
SAM_COST = "J = 1/(2*m)*log(prod(exp((h-Y).^2)));"
SAM_LETS = ["m = length(Y);", "h = X*theta;"]


@pytest.mark.parametrize("seed", [8, 9])
def test_the_log_of_a_product_of_exps_is_the_half_mse(seed):
    rng = np.random.default_rng(seed)
    X, y, theta = rng.normal(size=(4, 2)) * 0.3, rng.normal(size=4) * 0.3, rng.normal(size=2) * 0.3

    def as_written(t):
        return float(np.log(np.prod(np.exp((X @ t - y) ** 2))) / (2 * len(y)))

    by_hand = X.T @ (X @ theta - y) / len(y)
    assert np.allclose(by_hand, central_differences(as_written, theta), atol=1e-6)


def test_log_prod_exp_is_read_as_the_sum():
    right = logderiv.check("(1/m) * X' * (X*theta - y)", cost=SAM_COST, wrt="theta_j", let=SAM_LETS)
    assert right.verdict == "equivalent"
    assert any(note.startswith("log(prod(exp(v))) is the sum of v's entries") for note in right.notes)
    assert logderiv.check("(1/(2*m)) * X' * (X*theta - y)", cost=SAM_COST, wrt="theta_j",
                          let=SAM_LETS).verdict == "different"


@pytest.mark.parametrize("cost", [
    "J = -log(prod(h))",                              # a likelihood's product: not read (entries' signs not said)
    "J = 1/(2*m)*log(prod(exp((h-Y).^2), 1));",       # a product along an axis
])
def test_other_products_stay_refused(cost):
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="theta_j", let=["h = X*theta;", "m = length(Y);"])
    assert "'prod(…)' multiplies an array's entries, which is not read here" in str(caught.value)
    assert caught.value.column == cost.index("prod")


# ------------------------------------------------------------------------------------ refusals, better said
def test_an_undefined_loss_function_of_code_is_named():
    # corpus f79-ped-portuguese-batch-dw: the answer's lets leave out def mse_loss, whose ½ (or none) is in its body
    cost = "loss = mse_loss(y, y_pred)"
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="w", let=["y_pred = w * x + b"])
    assert str(caught.value).startswith("'mse_loss(y, y_pred)' calls a function of code, 'mse_loss', which no --let "
                                        "defines")
    assert caught.value.column == cost.index("mse_loss")


def test_an_undefined_camel_case_helper_offers_no_near_name():
    # corpus f80-top-linRegCost-J-half-times-m: linRegPredict.m is in neither the text nor the repository's folder
    let = "prediction = linRegPredict(X, theta);"
    with pytest.raises(InputError) as caught:
        logderiv.derive("J = (1/2 * m) * (prediction - y).' * (prediction - y);", wrt="theta_j",
                        let=["m = length(y); % number of training examples", let])
    assert "unknown function 'linRegPredict'" in str(caught.value)
    assert "did you mean" not in str(caught.value)
    assert caught.value.column == let.index("linRegPredict")
