"""Audit of fixnames38's readings (audnames38): near-misses the new readings must not read the new way.

Each expectation is worked by hand and held to central differences (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from logderiv.errors import InputError

# ------------------------------------------------------------------- len(NAME) where NAME is a function's parameter
# def penalty(h): return np.dot(h, h)/len(h) beside --let 'h = X @ theta': the def's h is its own parameter, bound at
# each call; penalty(theta) divides θ·θ by len(θ) = n, the number of parameters, not by m.
PENALTY_COST = "np.sum((X @ theta - y)**2)/(2*len(y)) + lam*penalty(theta)"
PENALTY_BODIES = ["np.dot(h, h)/len(h)", "(h @ h)/len(h)", "h.dot(h)/len(h)"]


def _penalty_cost(X, y, theta, lam):
    return float(np.sum((X @ theta - y) ** 2) / (2 * len(y)) + lam * (theta @ theta) / len(theta))


@pytest.mark.parametrize("seed", [1, 2])
def test_the_hand_gradient_divides_the_penalty_by_n(seed):
    rng = np.random.default_rng(seed)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.8
    m, n = X.shape
    by_hand = X.T @ (X @ theta - y) / m + 2 * lam * theta / n
    numeric = central_differences(lambda t: _penalty_cost(X, y, t, lam), theta)
    assert np.allclose(by_hand, numeric, atol=1e-6)
    misread = X.T @ (X @ theta - y) / m + 2 * lam * theta / m  # len(h) of the def read as m
    assert not np.allclose(misread, numeric, atol=1e-3)


@pytest.mark.parametrize("body", PENALTY_BODIES)
@pytest.mark.parametrize("binder", ["def penalty(h): return {}", "penalty = lambda h: {}",
                                    "def penalty(v, h):\n    return {}"])
def test_len_of_a_functions_own_parameter_is_not_read_as_m(body, binder):
    let = binder.format(body)
    cost = PENALTY_COST if "v, h" not in let else PENALTY_COST.replace("penalty(theta)", "penalty(y, theta)")
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="theta_j", let=["h = X @ theta", let])
    assert "'len(h)' is Python's count of an array's entries" in str(caught.value)
    with pytest.raises(InputError):
        logderiv.check("X.T @ (X @ theta - y)/m + 2*lam*theta/m", cost=cost, wrt="theta_j", let=["h = X @ theta", let])


# ------------------------------------------------------------------- notes show the text, not a respelling's padding
def test_notes_quote_y_hat_respelled_without_its_padding():
    # y_hat → ŷ keeps the columns by padding with spaces; a note quoting the text shows it tidy
    cost = "cost = ((y - y_hat) ** 2).mean()"
    read = logderiv.check("mean(2(ŷ-y)x)", cost=cost, wrt="weight", let=["ŷ = weight × x + bias"])
    assert "read as NumPy: ((y - ŷ) ** 2).mean() is np.mean(((y - ŷ) ** 2)), the method as its function" in read.notes
    called = logderiv.derive("cost = mse(y, 2*ŷ)", wrt="bias",
                             let=["ŷ = weight × x + bias", "def mse(y, y_hat): return ((y - y_hat) ** 2).mean()"])
    assert "mse(y, ŷ) = … is a function: mse applied to y, 2*ŷ" in called.notes


def test_lam_respelled_lambda_binds_nothing():
    # f51's c = (lam/(2*len(h_x)))*np.sum(theta[1:]**2): lam is read as λ, spelled lambda, and 'lambda/(…)[1:'
    # is no lambda binding h_x; derive (as the corpus rates it) reads len(h_x) as m (hand gradient and its central
    # differences: test_fixnames38's test_the_hand_gradient_of_f51s_cost_is_the_finite_differences)
    from test_fixnames38 import DIC_COST, DIC_LET
    for cost in (DIC_COST, DIC_COST.replace("lam/", "lambda/")):
        derived = logderiv.derive(cost, wrt="theta_j", let=[DIC_LET])
        assert any(note.startswith("len(h_x) counts the entries of h_x") for note in derived.notes)
        assert "len" not in str(derived.result)
