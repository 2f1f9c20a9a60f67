r"""Audit of fixnames41 (issue 10): silent misreads of the new readings, each pinned by a text, its by-hand meaning
and an independent check (finite differences), then mended.

* ``norm(e)`` unsquared with ``e`` a --let's name: fixnames41 read any one name, so ``sum(norm(e))`` with
  ``e = w'*x_i - y_i`` (one example's residual, a number) was read as the residual vector's norm √(Σᵢ eᵢ²) (summed
  as one number), where its writer means Σᵢ |eᵢ| (Octave's norm of a number is its absolute value). The unsquared
  norm is now read only of a parameter vector named w, theta or beta (the corpus's f72 norm(w)); any other name is
  refused, as before fixnames41.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import refused_by_logderiv

from logderiv import check, derive

RNG = np.random.default_rng(4142)


def test_sum_of_norms_of_scalar_residuals_is_not_the_residual_norm():
    """By hand: Σᵢ |wᵀxᵢ − yᵢ| has gradient Σᵢ sign(eᵢ) xᵢ; √(Σᵢ eᵢ²) has Xᵀe/‖e‖: two different costs."""
    X, y, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    meant = lambda v: float(np.sum(np.abs(X @ v - y)))
    misread = lambda v: float(np.linalg.norm(X @ v - y))
    e = X @ w - y
    assert np.allclose(_fd(meant, w), X.T @ np.sign(e), atol=1e-6)
    assert np.allclose(_fd(misread, w), X.T @ e / np.linalg.norm(e), atol=1e-6)
    assert not np.allclose(_fd(meant, w), _fd(misread, w), atol=1e-2)


@pytest.mark.parametrize("let", ["e = w'*x_i - y_i", "e = w'*x - y"])
def test_norm_of_a_lets_scalar_residual_is_refused_not_misread(let):
    # was read as √(Σᵢ eᵢ²) (the residual vector's norm), the writer's Σᵢ |eᵢ| being something else (above)
    text = "J = sum(norm(e))"
    error = refused_by_logderiv(lambda: derive(text, wrt="w_j", let=(let,)))
    assert "norm" in str(error)
    # and an answer is never judged against the misread cost
    refused_by_logderiv(lambda: check("sum((w'*x - y)*x_j)", cost=text, wrt="w_j", let=(let,)))


def test_norm_of_w_itself_still_read():
    # fixnames41's safe reading kept: ½λ‖w‖'s gradient is ½λ w/‖w‖ (finite differences in test_fixnames41)
    derive("J = sum((X*w - y).^2)/2 + lambda*norm(w)", wrt="w_j")
    derive("J = sum((X*theta - y).^2)/2 + lambda*norm(theta)", wrt="theta_j")


def test_r_one_norm_penalty_by_hand():
    """By hand: R's norm(beta) (type "O", its default) of a column is Σ|βᵢ|, gradient sign(β); ‖β‖'s is β/‖β‖."""
    beta = RNG.normal(size=4)
    one = lambda v: float(np.sum(np.abs(v)))  # R: norm(matrix(v)) == sum(abs(v)) for a column
    assert np.allclose(_fd(one, beta), np.sign(beta), atol=1e-6)
    assert not np.allclose(_fd(one, beta), beta / np.linalg.norm(beta), atol=1e-2)


@pytest.mark.parametrize("let", ["pen = norm(beta)", "pen = norm(beta)^2"])
def test_r_problems_let_norm_is_rs_not_octaves(let):
    # cost in R (%*%); the --let written with '=' and no R mark of its own was read as Octave's Euclidean norm
    # (λβⱼ/‖β‖, or 2λβⱼ squared), where R's norm(beta) is the one norm Σ|βᵢ| (above): refused as R's norm is
    cost = "sum((X %*% beta - y)^2) + lambda * pen"
    error = refused_by_logderiv(lambda: derive(cost, wrt="beta_j", let=(let,)))
    assert "R's norm" in str(error)


def test_r_problems_let_euclidean_norm_still_read():
    # norm(v, type = "2")^2 is R's ‖v‖²: kept (its gradient 2λβ)
    derive("sum((X %*% beta - y)^2) + lambda * pen", wrt="beta_j", let=('pen = norm(beta, type = "2")^2',))
