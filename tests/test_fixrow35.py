r"""Issue 10, fixrow35: two Octave writings of corpus wave f76 that logderiv refused.

1. A --let built entry by entry from a 1×m row is a 1×m row too. costFunctionWithBias writes
   ``z = theta' * X'`` (θᵀXᵀ, the 1×m row (Xθ)ᵀ), then ``htheta = sigmoid(z)``: htheta is the row of σ(θᵀx⁽ⁱ⁾), so
   ``y'*log(htheta')`` is 1×m times m×1, one number. The shape reader took htheta (no matrix mark of its own) for
   an m×1 column and refused the product; it now reads it as the row its let builds (noted), as it already read a
   column built from columns (DeepLearning.AI's A = sigmoid(Z)). A product of two rows is not read so.
2. An Octave function file pasted as a --let (``function [h] = hypo(X,theta)`` … ``end``) is the function
   ``hypo(X,theta)`` = its output's last value, earlier lines put in, in brackets; read through the same
   ``NAME(ARGS) = BODY`` let a Python ``def`` becomes (noted). Loops, branches, entry writes, names the body
   neither receives nor sets, two outputs: refused at their line.

Gradients are held to central finite differences of NumPy costs written here by hand (tests/_numeric.py), verdicts
to the corpus judge's hand-worked verdicts (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

# ------------------------------------------------------------------ 1. a let built from a 1×m row
# f76-idx18121048460 (Octave, 'function [ J, grad ] = costFunctionWithBias( theta , X, y, lambda )'), verbatim
BIAS_COST = "J = (-1/m) * (y'*log(htheta') + (1 - y') * log(1 - htheta')) + bias;"
BIAS_LETS = ("m = length(y)", "z = theta' * X'", "htheta = sigmoid(z)", "bias = lambda/(2*m) * sum(theta.^2)")
BIAS_GRAD = "grad_bias = (lambda/m) * theta;\ngrad = 1/m * X' * (y'-htheta)' + grad_bias; "


def _penalised_cross_entropy(d):
    """−(1/m)Σ[y log σ(Xθ) + (1 − y) log(1 − σ(Xθ))] + (λ/2m)Σ_j θ_j², every θ_j penalised (by hand)."""
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) + d.lam / (2 * d.m) * np.sum(d.theta ** 2))


def test_the_row_and_the_sign_by_hand():
    # θᵀXᵀ is the row (Xθ)ᵀ; ∇J = Xᵀ(σ(Xθ) − y)/m + (λ/m)θ, and the written Xᵀ(y − σ(Xθ))/m + (λ/m)θ is not it
    rng = np.random.default_rng(35)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.uniform(0.1, 0.9, size=6), rng.normal(size=3), 0.7
    m = len(y)
    assert np.allclose(theta @ X.T, X @ theta)

    def cost(t):
        h = sigmoid(t @ X.T)
        return float(-(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + lam / (2 * m) * np.sum(t ** 2))

    numeric = central_differences(cost, theta)
    h = sigmoid(theta @ X.T)
    assert np.allclose(numeric, X.T @ (h - y) / m + lam / m * theta, atol=1e-7)
    assert not np.allclose(numeric, X.T @ (y - h) / m + lam / m * theta, atol=1e-3)


def test_cost_with_bias_is_read_with_htheta_a_row():
    assert_gradient_read(BIAS_COST, _penalised_cross_entropy, lets=BIAS_LETS)
    derivation = logderiv.derive(BIAS_COST, wrt="theta", let=BIAS_LETS)
    assert any("htheta = σ(z) is built entry by entry from the 1×m row z: a 1×m row too" in note
               for note in notes_of(derivation))


def test_cost_with_bias_answers():
    assert_verdict_read(BIAS_GRAD, BIAS_COST, "different", wrt="theta", lets=BIAS_LETS)
    # the same line with the sign of h − y (by hand above: the gradient)
    right = "grad_bias = (lambda/m) * theta;\ngrad = 1/m * X' * (htheta-y')' + grad_bias; "
    assert_verdict_read(right, BIAS_COST, "equivalent", wrt="theta", lets=BIAS_LETS)


def test_a_row_let_used_as_a_column_is_refused():
    # y' * log(htheta): 1×m times 1×m, no product in Octave; before, htheta was taken for a column and read
    error = refused(logderiv.derive, "J = (-1/m) * (y'*log(htheta))", wrt="theta", let=BIAS_LETS[1:3])
    assert "cannot be multiplied" in str(error)
    assert "J = (-1/m) * (y'*log(htheta))"[error.column:].startswith("log(htheta)")


def test_guard_a_column_let_keeps_its_reading():
    # z = X*theta is the m×1 column, so htheta = sigmoid(z) is one and y'*log(htheta) a number: read as before
    lets = ("z = X*theta", "htheta = sigmoid(z)")

    def intended(d):
        p = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) / d.m)

    assert_gradient_read("J = (-1/m) * (y'*log(htheta) + (1 - y')*log(1 - htheta))", intended, 
                         lets=lets)
    derivation = logderiv.derive("J = (-1/m) * (y'*log(htheta) + (1 - y')*log(1 - htheta))", wrt="theta", let=lets)
    assert not any("built entry by entry" in note for note in notes_of(derivation))


def test_guard_a_product_of_two_rows_is_no_row():
    # z*z of two 1×m rows is no product in Octave: nothing is read as a row from it; 2σ(z) − 1 is, entry by entry
    from logderiv.notation import matrix_cost, parse_text

    square = parse_text("z*z", names=("z",)).tree
    scaled = parse_text("2*sigmoid(z) - 1", names=("z",)).tree
    assert not matrix_cost._entrywise_of(square, {"z"}, {"z", "q"})
    assert matrix_cost._entrywise_of(scaled, {"z"}, {"z", "q"})
    assert not matrix_cost._entrywise_of(scaled, set(), {"z", "q"})


# ------------------------------------------------------------------ 2. an Octave function file as a --let
# f76-idx30550670850 (Octave costFunctionReg with its hypo.m), verbatim
HYPO_COST = "J=(1/m)*(-y'*log(hypo(X,theta))-(1-y)'*log(1-hypo(X,theta)))  + (lambda/(2*m))*(theta'*theta);"
HYPO = "function [h] = hypo(X,theta)\n\nz=X*theta;\nh= 1./(1+exp(-z));\nend"


def test_function_file_let_is_read_as_its_value():
    lets = ("m=size(X,1)", HYPO)
    assert_gradient_read(HYPO_COST, _penalised_cross_entropy, lets=lets)
    notes = notes_of(logderiv.derive(HYPO_COST, wrt="theta", let=lets))
    assert ("read as Octave: the function file function [h] = hypo(X,theta) … end defines the function "
            "hypo(X,theta) = 1./(1+exp(-(X*theta))), the last value of its output h (z = X*theta: put in, in "
            "brackets, where a later line uses it)") in notes


def test_function_file_with_a_later_line_using_the_output():
    # h set twice: its last value 1 − σ(Xθ) is the function's; the cost −(1/m)Σ log(1 − g) then is the
    # cross-entropy with every y = 1 … of 1 − σ: −(1/m)Σ log σ(Xθ)
    text = "function g = f(X, theta)\n  z = X*theta; % the scores\n  g = sigmoid(z);\n  g = 1 - g;\nendfunction"

    def intended(d):
        return float(-np.mean(np.log(1 / (1 + np.exp(-(d.X @ d.theta))))))

    assert_gradient_read("J = -(1/m) * sum(log(1 - f(X, theta)))", intended, lets=(text,))


@pytest.mark.parametrize("text, message, at", [
    ("function [h] = hypo(X,theta)\nfor i=1:3\nh=1;\nend\nend", "has a 'for' line", "for i"),
    ("function [h] = hypo(X,theta)\nz = X*theta;\nif z > 0\nh = z;\nend\nend", "has a 'if' line", "if z"),
    ("function [h] = hypo(X,theta)\nz = X*theta;\nz(1) = 0;\nh = z;\nend", "is not NAME = value", "z(1)"),
    ("function [h] = hypo(X,theta)\nh = sigmoid(X*theta + b);\nend", "uses 'b', which is not one of its", "b);"),
    ("function [h] = hypo(X,theta)\nz = X*theta;\nh = z(2);\nend", "indexes the name z", "z(2)"),
    ("function [J, grad] = cost(X,theta)\nJ = 1;\ngrad = 2;\nend", "has 2 outputs", "function"),
    ("function [h] = hypo(X,theta)\nz = X*theta;\nend", "never sets its output h", "h] ="),
    ("function [h] = hypo(X,theta)\nh = X*theta;\nend\nq = 2", "text after the function file's end", "q = 2"),
])
def test_function_file_refusals(text, message, at):
    error = refused(logderiv.derive, "J = sum(hypo(X,theta))", wrt="theta", let=(text,))
    assert message in str(error)
    assert text[error.column:].startswith(at)


def test_guard_python_def_still_read_and_a_plain_let_untouched():
    # the reading a Python def let already had; an Octave let that is no function file is read as before
    from logderiv.notation.octave_function import read_function_file

    assert read_function_file("h = sigmoid(X*theta)") is None
    assert read_function_file("def hypo(X, theta):\n    return 1/(1+np.exp(-X @ theta))") is None
    lets = ("m=size(X,1)", "def hypo(X, theta):\n    return 1/(1+np.exp(-X @ theta))")
    assert_gradient_read(HYPO_COST, _penalised_cross_entropy, lets=lets)
