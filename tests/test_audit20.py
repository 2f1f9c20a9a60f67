"""Audit 20: near-variants of the readings merged by fixcode4, fixtex4 and fixderivs4 where the reading would be wrong.

Each expected result is worked out by hand (the code's real value written beside it);
none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"
# (1/(2m)) Σᵢ (θᵀxᵢ − yᵢ)²: ∇J = (1/m) Xᵀ(Xθ − y)
HALF_MSE_GRAD = "(1/m) * X' * (X*theta - y)"


# --- code: a loop's per-example names -----------------------------------------------------------------
@pytest.mark.parametrize("cost, said", [
    # J = 0 inside the loop: J ends as the last example's term over 2m, not the sum (was: equivalent)
    ("J = 0\nfor i in range(m):\n    J = 0\n    J += (X[i].dot(theta) - y[i])**2\nreturn J / (2*m)", "anew"),
    # the loop overwrites J each example: no sum at all
    ("J = 0\nfor i in range(m):\n    J = (X[i].dot(theta) - y[i])**2\nreturn J / (2*m)", "adds to no name"),
    # d used after the loop is the last example's residual (was: equivalent, d dropped)
    ("J = 0\nfor i in range(m):\n    d = X[i].dot(theta) - y[i]\n    J += d**2\nreturn J / (2*m) + d", "after the loop"),
    ("J = 0\nfor i in range(m):\n    d = X[i].dot(theta) - y[i]\n    J += d**2\nd += 1\nreturn J / (2*m) + d",
     "after the loop"),
    # d used above the line that sets it: the previous example's d
    ("J = 0\nd = 0\nfor i in range(m):\n    J += d**2\n    d = X[i].dot(theta) - y[i]\nreturn J / (2*m)", "before"),
])
def test_a_loops_per_example_names_used_out_of_their_example_are_refused(cost, said):
    with pytest.raises(InputError) as refused:
        check(HALF_MSE_GRAD, cost=cost)
    assert said in str(refused.value)


def test_the_plain_loop_with_a_temporary_still_reads_as_the_sum():
    # J = (1/(2m)) Σ dᵢ², dᵢ = θᵀxᵢ − yᵢ: ∇J = (1/m) Xᵀ(Xθ − y); twice that is different
    cost = "J = 0\nfor i in range(m):\n    d = X[i].dot(theta) - y[i]\n    J += d**2\nreturn J / (2*m)"
    assert check(HALF_MSE_GRAD, cost=cost).verdict == EQ
    assert check("(2/m) * X' * (X*theta - y)", cost=cost).verdict == DIFF


# --- the prediction under another name: a residual is no prediction ------------------------------------
MSE = r"\mathcal{L} = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2"


@pytest.mark.parametrize("let", ["y_pred = y - w^T x - b", "y_pred = y_i - w^T x_i - b",
                                 "pred = y - (np.dot(X, w) + b)"])
def test_a_let_named_for_the_prediction_that_uses_y_is_not_taken_for_y_hat(let):
    """y_pred = y − wᵀx − b is a residual: taking it for ŷ made the cost (1/n)Σ(wᵀx + b)², whose gradient
    (2/n)Σ(wᵀx + b)xⱼ differs from the MSE's (2/n)Σ(wᵀx + b − y)xⱼ — refused, as with no such name."""
    from logderiv import derive
    with pytest.raises(InputError) as refused:
        derive(MSE, wrt="w_j", let=[let])
    # since fixmsg29 the prediction is named as the cost writes it (\hat{y}_i, read as h), not 'h'
    assert "is used but --let defines" in str(refused.value)


def test_a_let_named_for_the_prediction_without_y_is_still_read():
    """y_pred = wᵀx + b: L = (1/n)Σ(y − wᵀx − b)², ∂L/∂b = (2/n)Σ(wᵀx + b − y); the ½ of it is different."""
    lets = ["y_pred = w^T x + b"]
    assert check("(2/m) * sum_i(w^T x^(i) + b - y^(i))", cost=MSE, wrt="b", let=lets).verdict == EQ
    assert check("(1/m) * sum_i(w^T x^(i) + b - y^(i))", cost=MSE, wrt="b", let=lets).verdict == DIFF


# --- a prediction helper whose body is not given ----------------------------------------------------------
CE_SHOWN = "-(1/m) * sum(y .* log(sigmoid(X*theta)) + (1 - y) .* log(1 - sigmoid(X*theta)))"


def test_predict_beside_a_cost_that_writes_the_model_is_not_taken_for_the_probability():
    """predict(X, theta) returns labels in sklearn and in the courses' predict.m (σ(Xθ) ≥ 0.5): (1/m)Xᵀ(p − y)
    is then no gradient of the cross-entropy; nothing in the cost says p is the probability — refused."""
    with pytest.raises(InputError):
        check("(1/m) * X' * (p - y)", cost=CE_SHOWN, let=["p = predict(X, theta)"])


def test_predict_proba_beside_the_same_cost_is_the_probability():
    """predict_proba says probability: p = σ(Xθ), ∇J = (1/m)Xᵀ(σ(Xθ) − y); its negative is different."""
    assert check("(1/m) * X' * (p - y)", cost=CE_SHOWN, let=["p = predict_proba(X, theta)"]).verdict == EQ
    assert check("(1/m) * X' * (y - p)", cost=CE_SHOWN, let=["p = predict_proba(X, theta)"]).verdict == DIFF


def test_predict_whose_log_the_cost_takes_is_the_probability():
    """log(p) and log(1 − p) in the cost: p is a probability whatever the helper's name, σ(Xθ)."""
    cost = "-(1/m) * sum(y .* log(p) + (1 - y) .* log(1 - p))"
    assert check("(1/m) * X' * (sigmoid(X*theta) - y)", cost=cost, let=["p = predict(X, theta)"]).verdict == EQ
