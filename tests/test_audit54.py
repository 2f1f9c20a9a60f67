"""Issue 10, audit54: near-variants of fixf51's readings (lets written entry by entry, code's weights beside a
preset, --let n = 10, row lists, q = … and np.sum(w * x[i])) that mean something else, each worked out by hand and
held to that meaning: read right or refused.

Gradients are held to central finite differences of costs written by hand in NumPy (the corpus judge through
tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, refused_by_logderiv

# Aliyun's sum form (tests/test_fixf51.py): L(w, b) = −(1/m)Σ[yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))]
ALIYUN_SUM = (r"L(w, b) = - \displaystyle \frac{1}{m} \sum_{i=1}^m (y_i \log (\sigma(z_i)) +(1-y_i) \log (1 - "
              r"\sigma(z_i)))")


# ------------------------------------------------------------------ z_j = x_j^T w + b: the parameter raised after it

@pytest.mark.parametrize("let", [
    # x_jᵀwᵀ: wᵀ after xⱼᵀ is no product of two vectors (1×n times 1×n); it was read as (x_jᵀw) to the power of a
    # symbol T, a gradient T·Σ(σ(zᵢ) − yᵢ)xᵢⱼ(xᵢᵀw)^(T−1) for a formula that means no number
    r"z_j = x_j^T w^T + b",
    # x_jᵀw²: the square of a vector is not defined; it was read as (x_jᵀw)², a gradient 2Σ(σ − y)xᵢⱼ(xᵢᵀw) the
    # page never wrote (w∘w, ‖w‖², (xᵀw)² are three readings)
    r"z_j = x_j^T w^2 + b",
    r"z_j = x_j^T w' + b",  # w′: another vector than the parameters
])
def test_a_per_example_let_whose_parameter_is_raised_is_refused(let):
    refused_by_logderiv(lambda: logderiv.derive(ALIYUN_SUM, wrt="w_j", let=(let,)))


def _cross_entropy_w_b(d) -> float:
    s = 1 / (1 + np.exp(-(d.X @ d.w + d.b)))
    return -float(np.mean(d.y * np.log(s) + (1 - d.y) * np.log(1 - s)))


@pytest.mark.parametrize("let", [r"z_j = x_j^T w + b", r"z_j = w^T x_j + b", r"z_j = x_j^\top w + b"])
def test_the_per_example_let_with_the_bare_parameter_still_reads(let):
    """By hand: z_i = x_iᵀw + b, the cross-entropy of σ(Xw + b) (the control beside the refusals above)."""
    assert_gradient_read(ALIYUN_SUM, _cross_entropy_w_b, wrt=("w_j", "b"), lets=(let,))


# ------------------------------------------------------------------ NumPy's x.size where x is the matrix of examples

# the Russian notebook's loop (tests/test_fixf51.py), then divided by x.size: x[i] is row i (np.sum(w * x[i]) is
# wᵀxᵢ), so x is m×n and x.size is m·n — the writer's cost is Σ(wᵀxᵢ − yᵢ)²/(m·n), whose gradient is
# 2Xᵀ(Xw − y)/(m·n); it was read as /m, a gradient n times too large
DROPBOX_LOOP = "q = 0\nfor i in range(x.shape[0]):\n    q += (np.sum(w * x[i]) - y[i]) ** 2"


def test_x_size_of_a_matrix_counts_every_entry_by_hand():
    """By hand: an m×n array's .size is m·n, so dividing by it is not the mean over the m examples."""
    x = np.zeros((6, 3))
    assert x.size == 6 * 3 and x.shape[0] == 6


@pytest.mark.parametrize("text", [
    DROPBOX_LOOP + "\nq = q / x.size",
    "q = np.sum((np.sum(w * x, axis=1) - y) ** 2) / x.size",
    "cost = np.sum((x @ w - y) ** 2) / x.size",
    "cost = np.sum((x.dot(w) - y) ** 2) / (2 * x.size)",
])
def test_x_size_beside_x_used_as_a_matrix_is_refused(text):
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="w_j"))
    # the words docs/notation.md quotes
    assert ("'x.size' counts every entry of x, and x is a matrix here (m×n: its rows times the weights): m·n, not the "
            "number of examples") in str(error)


def test_x_size_beside_x_used_as_a_matrix_in_an_answer_is_refused():
    refused_by_logderiv(lambda: logderiv.check("grad = x.T @ (x @ w - y) / x.size",
                                               cost="cost = np.sum((x @ w - y) ** 2) / (2 * len(y))", wrt="w_j"))


def test_x_size_of_a_one_feature_x_is_still_the_number_of_examples():
    """By hand: with one feature x is a vector, x.size = m, and Σ(w xᵢ − yᵢ)²/m is the mean squared error."""

    def mse(d) -> float:
        return float(np.mean((d.w[0] * d.x - d.y) ** 2))

    assert_gradient_read("cost = np.sum((w * x - y) ** 2) / x.size", mse, wrt=("w",))


@pytest.mark.parametrize("text", [
    "grad = np.sum(x * (w * x - y)) / x.size",  # x a vector: x.size is m
    "grad = np.sum(x[i][0] * (w * x[i][0] - y[i]) for i in range(len(y))) / x.size",  # an (m, 1) column's entries
])
def test_x_size_beside_a_one_feature_x_is_still_read(text):
    """By hand: d/dw of (1/2m)Σ(w xᵢ − yᵢ)² is (1/m)Σ xᵢ(w xᵢ − yᵢ), which each line computes (x.size = m)."""
    assert_verdict_read(text, "cost = np.sum((w * x - y) ** 2) / (2 * len(y))", "equivalent", wrt="w")
