"""Audit of fixoct35a (zeroed Octave copies, Grad beside a named cost): near misses written as a student would.

Every expectation is worked out by hand and, where a value is claimed, held to central differences
(tests/_numeric.py) of a NumPy cost written here; logderiv's own output is never the expectation.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences, log_likelihood, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, refused
from logderiv.notation.capital_grad import read_capital_grad

LETS = ("m = length(y)",)
DATA = "J = sum((X*theta-y).^2)/(2*m)"
SKIP_COST = "J = (1/(2*m))*sum((X*theta - y).^2) + (lambda/(2*m))*sum(theta(2:end).^2);"
EL_LETS = ("[m n] = size(X);",)
EL_GRAD = "Grad=X'*(X*Theta-Y)/m;"


def _ridge_skip_first(X, y, theta, lam):
    m = len(y)
    return float(np.sum((X @ theta - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(theta[1:] ** 2))


# ------------------------------------------------------------------ Grad: the cost must name itself on its last line
def test_grad_beside_a_cost_whose_named_line_is_a_helper_is_not_read():
    # E (or L) is the residual here, and the cost itself, the last line, names nothing: the fixer's own guard for
    # an unnamed cost ("no cost's name to stand beside") must hold, and no note may call the residual the cost
    for cost in ("E = X*Theta-Y;\nsum(E.^2/2/m)", "L = X*Theta-Y;\nsum(L.^2)/(2*m)"):
        assert read_capital_grad(EL_GRAD, cost, ()) is None
        error = refused(logderiv.check, EL_GRAD, cost=cost, wrt="Theta_j", let=EL_LETS)
        assert "Grad" in error.message
    # the cost named on its last line (after a helper, or added to with +=) is still read
    assert read_capital_grad(EL_GRAD, "E = X*Theta-Y;\nJobj = sum(E.^2/2/m);", ()) is not None
    assert read_capital_grad(EL_GRAD, "J = sum((X*Theta-Y).^2/2/m);\n\nJ += 1; % constant", ()) is not None


def test_grad_beside_a_log_likelihood_is_its_gradient():
    rng = np.random.default_rng(351)
    X, theta = rng.normal(size=(6, 3)), rng.normal(size=3)
    labels = (rng.random(6) > 0.5).astype(float)
    # ∇ℓ = Xᵀ(y − σ(Xθ)), by hand; the sign flipped is the cost's (−ℓ) gradient, not ℓ's
    by_hand = X.T @ (labels - sigmoid(X @ theta))
    assert np.allclose(central_differences(lambda t: log_likelihood(X, labels, t), theta), by_hand, atol=1e-6)
    cost = "L = sum(y.*log(sigmoid(X*theta)) + (1-y).*log(1-sigmoid(X*theta)));"
    assert_verdict_read("Grad = X'*(y - sigmoid(X*theta));", cost, "equivalent")
    assert_verdict_read("Grad = X'*(sigmoid(X*theta) - y);", cost, "different")


# ------------------------------------------------------------------ zeroed copies: near misses
def test_two_copies_made_then_zeroed_interleaved_are_the_intercept_free_ridge():
    text = f"a = theta;\nb = theta';\na(1) = 0;\nb(1) = 0;\nR = b*a;\n{DATA} + lambda/(2*m)*R;"
    assert_gradient_read(text, lambda d: _ridge_skip_first(d.X, d.y, d.theta, d.lam), lets=LETS)


def test_shapes_the_copy_does_not_fit_stay_refused():
    # θ·(θᵀ with its first entry 0): an n×n outer product, no number
    refused(logderiv.derive, f"tp = theta';\ntp(1) = 0;\n{DATA} + lambda/(2*m)*(theta*tp);", wrt="theta_j", let=LETS)
    # the row copy added to the column gradient (Octave would broadcast to n×n)
    refused(logderiv.check, "tp = theta';\ntp(1) = 0;\ngrad = X'*(X*theta-y)/m + lambda/m*tp;", cost=SKIP_COST,
            wrt="theta_j", let=LETS)
    # the λ vector with * (a matrix product of two n×1 vectors) rather than .*
    refused(logderiv.check, "lambda = ones(size(theta))*lambda;\nlambda(1) = 0;\n"
            "grad = X'*(X*theta-y)/m + (lambda/m)*theta;", cost=SKIP_COST, wrt="theta_j", let=LETS)


def test_the_lambda_vector_as_a_row_times_theta_is_one_number_not_the_penalty():
    # (λ·mask)ᵀθ/m = (λ/m) Σ_{j≥2} θⱼ, one number added to every entry: not (λ/m)[0; θ₂…θₙ]
    assert_verdict_read("t = ones(size(theta))*lambda;\nt(1) = 0;\ngrad = X'*(X*theta-y)/m + (t'*theta)/m;",
                        SKIP_COST, "different", lets=LETS)
    assert_verdict_read("t = ones(size(theta))*lambda;\nt(1) = 0;\ngrad = X'*(X*theta-y)/m + t.*theta/m;",
                        SKIP_COST, "equivalent", lets=LETS)


def test_another_entry_zeroed_or_theta_changed_is_not_read_as_the_intercept_free_copy():
    # (theta = 2*theta between the copy and its zeroing is read since stop 40: tests/test_final40.py)
    for text in ("t = theta;\nt(2) = 0;\ngrad = X'*(X*theta-y)/m + lambda/m*t;",
                 "t = theta;\nt(end) = 0;\ngrad = X'*(X*theta-y)/m + lambda/m*t;"):
        refused(logderiv.check, text, cost=SKIP_COST, wrt="theta_j", let=LETS)
