"""audcode41: silent misreads found in fixcode41's new readings, each worked by hand and checked by finite differences.

* A mask set to ones, its first entry zeroed, then set to ones AGAIN (R's mask <- matrix(data=1, …); mask[1] <- 0;
  mask <- matrix(data=1, …), Octave's mask = ones(size(theta)); mask(1) = 0; mask = ones(size(theta))): the last
  line undoes the zeroing, so θ * mask is the whole θ and the intercept is penalised — a "different" gradient for a
  cost that leaves the intercept out. It was read as the zeroed mask ("equivalent"): the copy's place was looked up
  with lets.index, which finds the FIRST of two identical lines.
"""

from __future__ import annotations

import numpy as np

from _numeric import gradient_agrees, penalised_cross_entropy, sigmoid
from _reading import refused
from logderiv import check

LAM = 0.7
COST = ("J=(1/m).*((-y)'*log(sigmoid(X*theta))-(ones(size(y))-y)'*log(1-sigmoid(X*theta)))"
        "+lambda./(2*m)*(theta(2:end)'*theta(2:end));")
R_ONES = "mask <- matrix(data=1, nrow=dim(theta)[1], ncol=dim(theta)[2])"
R_LETS = ("m <- dim(y)[1]", R_ONES, "mask[1] <- 0", R_ONES, "z <- sigmoid(X %*% theta)")
R_GRAD = "grad <- (1/m) * t(X) %*% (z-y) + (lambda/m) * theta * mask"
OCT_LETS = ("m = size(y, 1)", "mask = ones(size(theta))", "mask(1) = 0", "mask = ones(size(theta))",
            "z = sigmoid(X * theta)")
OCT_GRAD = "grad = (1/m) * X' * (z-y) + (lambda/m) * theta .* mask"


def _cost(X, y, theta):
    return penalised_cross_entropy(X, y, theta, LAM)


def _reset_mask_gradient(X, y, theta):
    """The code as it runs: the mask is all ones at the end, so θ * mask = θ (intercept penalised)."""
    mask = np.ones(len(theta))
    mask[0] = 0
    mask = np.ones(len(theta))
    return X.T @ (sigmoid(X @ theta) - y) / len(y) + LAM / len(y) * theta * mask


def test_the_reset_mask_is_worked_by_finite_differences():
    assert not gradient_agrees(_reset_mask_gradient, _cost, seeds=(1, 2))


def test_a_mask_set_to_ones_again_after_its_zeroing_is_not_read_as_zeroed():
    for grad, lets in ((R_GRAD, R_LETS), (OCT_GRAD, OCT_LETS)):
        try:
            verdict = check(grad, cost=COST, let=lets).verdict
        except Exception:  # noqa: BLE001 - a refusal is a miss, not a misread
            verdict = "refused"
        assert verdict in ("different", "refused"), (grad, lets, verdict)


def test_the_zeroing_after_the_last_ones_is_still_read():
    lets = (*OCT_LETS[:2], OCT_LETS[3], OCT_LETS[2], OCT_LETS[4])  # ones; ones; mask(1) = 0: the mask (0, 1, …, 1)
    assert check(OCT_GRAD, cost=COST, let=lets).verdict == "equivalent"
    assert refused is not None


# --- m <- dim(X)[2]: fixcode41 read dim(A)[k] in R answers only; the count readers did not know it -------------------
R_COST = ("J <- (1/m)*sum(-y*log(sigmoid(X%*%theta)) - (1-y)*log(1-sigmoid(X%*%theta)))"
          " + lambda/(2*m)*sum(theta[-1]^2)")
DIM_LETS = ("m <- dim(X)[2]", "mask <- matrix(data=1, nrow=dim(theta)[1], ncol=dim(theta)[2])", "mask[1] <- 0",
            "z <- sigmoid(X %*% theta)")
DIM_GRAD = "grad <- (1/m) * t(X) %*% (z-y) + (lambda/m) * theta * mask"


def _n_scaled_cost(X, y, theta):
    """The cost as the code computes it with m <- dim(X)[2]: m is X's columns, n, in the cost too."""
    n = X.shape[1]
    p = sigmoid(X @ theta)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)) / n + LAM / (2 * n) * theta[1:] @ theta[1:])


def _n_scaled_gradient(X, y, theta):
    n = X.shape[1]
    return X.T @ (sigmoid(X @ theta) - y) / n + LAM / n * np.r_[0.0, theta[1:]]


def test_m_as_dim_x_2_is_worked_by_finite_differences():
    # the same m in the cost and the gradient: the written gradient IS the written cost's
    assert gradient_agrees(_n_scaled_gradient, _n_scaled_cost, seeds=(1, 2))


def test_m_as_dim_x_2_is_never_different():
    """m <- dim(X)[2] was read as n in the R answer (its dim(X)[2] respelled size(X, 2)) and as the examples' count
    in the cost, whose reader did not know dim: a false "different". Read as ncol(X) is (refused in an R cost)."""
    for cost in (R_COST, COST):
        try:
            verdict = check(DIM_GRAD, cost=cost, let=DIM_LETS).verdict
        except Exception:  # noqa: BLE001 - a refusal is a miss, not a misread
            verdict = "refused"
        assert verdict in ("equivalent", "refused"), (cost, verdict)
    # dim(y)[1], the examples' count, is read as before
    assert check(DIM_GRAD, cost=R_COST, let=("m <- dim(y)[1]", *DIM_LETS[1:])).verdict == "equivalent"
