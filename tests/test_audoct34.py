r"""audoct34: near misses of fixoct34's readings, each verdict worked out by hand and held to NumPy.

fixoct34 reads ``theta(1) = 0;`` among a text's own Octave lines in order, leaves out an answer's ``J = …;`` line
beside its last ``grad = …;`` line, and reads ``thet = A; grad = A + c*theta; grad(1) = thet(1);``. The audit wrote
variants whose meaning differs from the fixer's own examples (a helper computed after the zeroing shadowing the
--let, a penalty helper copied before it, the whole program on one line, Windows line ends, J's line between grad's
pieces, a helper that is not grad's unpenalised value, a penalty scale of another size) and found every one read
as its writer means or refused. These tests hold those verdicts: each expected verdict comes from the Octave lines
run by hand in NumPy (``_octave_*`` below) against central finite differences of the cost, never from logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, intercept_free_ridge_cross_entropy, sigmoid
from _reading import assert_verdict_read, refused_by_logderiv

import logderiv

_RNG = np.random.default_rng(3434)

# the cost: ex2's costFunctionReg with θ(2:end) in the penalty (the intercept unpenalised), h = σ(Xθ) a --let
COST = "J = (1/m)*sum(-y.*log(h) .-(1.-y).*log(1-h)) + lambda/(2*m)*sum(theta(2:end).^2);"
LETS = ("m = length(y)", "h = sigmoid(X * theta)")


def _data():
    X, y = _RNG.normal(size=(8, 3)), (_RNG.random(8) > 0.5).astype(float)
    return X, y, 0.7, _RNG.normal(size=3)


def _cost(X, y, lam):
    return lambda theta: intercept_free_ridge_cross_entropy(X, y, theta, lam)


def _octave_h_after(X, y, lam, theta):
    # theta(1) = 0; h = sigmoid(X * theta); grad = X' * (h - y) / m; grad = grad + lambda/m * theta;
    t = theta.copy()
    t[0] = 0.0
    return X.T @ (sigmoid(X @ t) - y) / len(y) + lam / len(y) * t


def _octave_h_before(X, y, lam, theta):
    # h = sigmoid(X * theta); theta(1) = 0; grad = X' * (h - y) / m; grad = grad + lambda/m * theta;
    t = theta.copy()
    h = sigmoid(X @ theta)
    t[0] = 0.0
    return X.T @ (h - y) / len(y) + lam / len(y) * t


def _octave_reg_copied_before(X, y, lam, theta):
    # reg = lambda/m * theta; theta(1) = 0; grad = X' * (h - y) / m + 0 * theta; grad = grad + reg;
    reg = lam / len(y) * theta
    t = theta.copy()
    t[0] = 0.0
    return X.T @ (sigmoid(X @ theta) - y) / len(y) + 0 * t + reg


@pytest.mark.parametrize("program, equal", [
    (_octave_h_after, False), (_octave_h_before, True), (_octave_reg_copied_before, False)])
def test_the_hand_verdicts_by_finite_differences(program, equal):
    X, y, lam, theta = _data()
    numeric = central_differences(_cost(X, y, lam), theta)
    assert np.allclose(program(X, y, lam, theta), numeric, atol=1e-6) is equal


AFTER = "theta(1) = 0;\nh = sigmoid(X * theta);\ngrad = X' * (h - y) / m;\ngrad = grad + lambda/m * theta;"
BEFORE = "h = sigmoid(X * theta);\ntheta(1) = 0;\ngrad = X' * (h - y) / m;\ngrad = grad + lambda/m * theta;"


@pytest.mark.parametrize("answer, verdict", [
    # h set again after the zeroing shadows the --let h: σ(X[0; θ(2:end)]) (_octave_h_after)
    (AFTER, "different"),
    (BEFORE, "equivalent"),
    # the same lines on one line, and with Windows line ends: the order is the statements', not the lines'
    (AFTER.replace("\n", " "), "different"),
    (BEFORE.replace("\n", " "), "equivalent"),
    (AFTER.replace("\n", "\r\n"), "different"),
    (BEFORE.replace("\n", "\r\n"), "equivalent"),
    # the zeroing sharing its line with the statement after it
    ("theta(1) = 0; h = sigmoid(X * theta);\ngrad = X' * (h - y) / m;\ngrad = grad + lambda/m * theta;",
     "different"),
    # a penalty helper copied before the zeroing keeps the whole θ (Octave copies values) (_octave_reg_copied_before)
    ("reg = lambda/m * theta;\ntheta(1) = 0;\ngrad = X' * (h - y) / m + 0 * theta;\ngrad = grad + reg;", "different"),
    # J's line between grad's two pieces, after the zeroing: left out, grad's pieces read in turn
    ("grad = (1/m) * (X'*(h .- y));\ntheta(1) = 0;\n" + COST.replace("(2:end)", "") +
     "\ngrad = grad + lambda/m * theta;", "equivalent"),
    # J's line beside grad on one line, grad penalising the intercept
    (COST + " grad = (1/m) * (X'*(h .- y)) + lambda/m * theta;", "different"),
])
def test_zeroing_and_cost_line_near_misses(answer, verdict):
    assert_verdict_read(answer, COST, verdict, lets=LETS)


# QianyiHu's ex5 shape: thet = A; grad = A + c * theta; grad(1) = thet(1);
QIANYI_COST = "J = 1/(2*m).*(sum(((H - y).^2)) + sum(theta(2:length(theta)).^2) * lambda);"
QIANYI_LETS = ("m = length(y)", "H = X * theta")
A = "X' * (H - y) / m"


def test_the_first_entry_hand_values_by_finite_differences():
    # by hand: ∇J = A + (λ/m)[0; θ(2:end)], A = Xᵀ(Xθ − y)/m. thet = 2A (or −A) with grad = 2A + (λ/m)θ (or −A + …)
    # and grad(1) = thet(1) gives 2A + (λ/m)[0; θ(2:end)] (or −A + …): not ∇J; c = λ/m² gives A + (λ/m²)[0; …]
    X, y, lam, theta = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), 1.1, _RNG.normal(size=3)

    def cost(v):
        return (float(np.sum((X @ v - y) ** 2)) + lam * float(v[1:] @ v[1:])) / 12

    numeric = central_differences(cost, theta)
    a = X.T @ (X @ theta - y) / 6
    zeroed = np.array([0.0, *theta[1:]])
    assert np.allclose(a + lam / 6 * zeroed, numeric, atol=1e-6)
    for wrong in (2 * a + lam / 6 * zeroed, -a + lam / 6 * zeroed, a + lam / 36 * zeroed, a):
        assert not np.allclose(wrong, numeric, atol=1e-4)


@pytest.mark.parametrize("answer, verdict", [
    (f"thet = 2 * {A};\ngrad = 2 * {A} + lambda / m * theta;\ngrad(1) = thet(1);", "different"),
    (f"thet = -{A};\ngrad = -{A} + lambda / m * theta;\ngrad(1) = thet(1);", "different"),
    (f"thet = {A};\ngrad = {A} + lambda / m^2 * theta;\ngrad(1) = thet(1);", "different"),
    (f"thet = {A};\ngrad = {A} + 0 * lambda / m * theta;\ngrad(1) = thet(1);", "different"),
    (f"thet = {A};\ngrad = {A} + (lambda / m) * theta;\ngrad(1) = thet(1);", "equivalent"),
])
def test_first_entry_put_back_near_misses(answer, verdict):
    assert_verdict_read(answer, QIANYI_COST, verdict, lets=QIANYI_LETS)


@pytest.mark.parametrize("answer", [
    # the penalty's sign flipped: grad(1) = thet(1) is then not grad's less c·θ(1) as read
    f"thet = {A};\ngrad = {A} - lambda / m * theta;\ngrad(1) = thet(1);",
    # the helper named in the penalty's scale, whose line the reading leaves out
    f"thet = {A};\ngrad = {A} + thet(1) * theta;\ngrad(1) = thet(1);",
    # a scale that is a vector of ones: not one number times θ
    f"thet = {A};\ngrad = {A} + lambda / m * ones(length(theta), 1) .* theta;\ngrad(1) = thet(1);",
])
def test_first_entry_put_back_otherwise_stays_refused(answer):
    refused_by_logderiv(lambda: logderiv.check(answer, cost=QIANYI_COST, let=QIANYI_LETS))
