"""fixdefs35 (issue 10): lines that define names, then a last line that sets the cost, read as --let s and the cost.

Octave's costFunction body pasted without its ';' (``h = sigmoid(X*theta)`` then ``J = -1/m * (y' * log(h) + …)``)
and two lines of plain notes (``z = w*x + b`` then ``J = …``) were refused at the first line ("the left side of '='
names the cost", with a hint to use --let), though each line before the last only defines a name the last one uses
and the last sets the cost's own name. They are read alike, code or notes: each definition a --let, the cost the
last line's value, with a note. The shape was found in blind wave f78 (sophia-jihye's coursera-ml ex2 port), which
this fix therefore does not count as held out; the texts below are written for the test.

Not read so: two lines setting one name (J = A, then J = B: a chain, judged as one), a defined name no later line
uses, a last line that names no cost (L and E may be a likelihood), and any answer (read by its own rules).
Expected values are finite differences of the costs written here in NumPy.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(3535)
OCTAVE_COST = "h = sigmoid(X*theta)\nJ = -1/m * (y' * log(h) + (1-y)' * log(1-h))"
NOTES_COST = "z = w*x + b\nJ = 1/(2*m) * sum((z - y).^2)"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_octave_lines_are_the_mean_cross_entropy():
    """By FD: ∂/∂θ of −(1/m)(yᵀlog σ(Xθ) + (1 − y)ᵀlog(1 − σ(Xθ))) is (1/m)Xᵀ(σ(Xθ) − y)."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.normal(size=3)

    def cost(t):
        h = _sigmoid(X @ t)
        return -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / 6
    assert np.allclose(_fd(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 6)


@pytest.mark.parametrize("answer, verdict", [
    ("1/m * X'*(sigmoid(X*theta) - y)", "equivalent"),
    ("1/m * X'*(y - sigmoid(X*theta))", "different"),
    ("X'*(sigmoid(X*theta) - y)", "different"),
])
def test_octave_lines_without_semicolons_are_definitions_then_the_cost(answer, verdict):
    result = check(answer, cost=OCTAVE_COST)
    assert result.verdict == verdict
    assert any(note.startswith("read as definitions: the lines before the last define h") for note in result.notes)


def test_derive_reads_the_lines_too():
    result = derive(OCTAVE_COST)
    assert any("read as definitions" in note for note in result.problem.notes)


def test_two_lines_of_notes_define_z_then_the_cost():
    """By FD: d/dw (1/2m)Σ(wxᵢ + b − yᵢ)² = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ."""
    x, y, b = RNG.normal(size=5), RNG.normal(size=5), 0.3
    w = np.array([0.7])
    assert np.isclose(_fd(lambda v: np.sum((v[0] * x + b - y) ** 2) / 10, w)[0], np.sum((w[0] * x + b - y) * x) / 5)
    assert check("1/m * sum_i (w*x_i + b - y_i) * x_i", cost=NOTES_COST, wrt="w").verdict == "equivalent"
    assert check("2/m * sum_i (w*x_i + b - y_i) * x_i", cost=NOTES_COST, wrt="w").verdict == "different"


@pytest.mark.parametrize("cost", [
    "J = 1/(2*m) * sum((X*theta - y).^2)\nJ = 2",          # one name set twice: a chain, not definitions
    "a = 3\nJ = 1/(2*m) * sum((X*theta - y).^2)",         # a name no later line uses
    "z = X*theta\nL = -sum(y .* log(sigmoid(z)))",        # L may be a likelihood: not a cost's own name here
    "error = X*theta - y\nJ_grad = X'*error/m",            # the cost's gradient's name, not the cost's
    "error = X*theta - y\ncost_derivative = X'*error/m",
])
def test_other_lines_are_not_read_as_definitions(cost):
    try:
        result = derive(cost)
    except InputError:
        return  # refused, as before
    assert not any("read as definitions" in note for note in result.problem.notes)


def test_an_answer_is_not_read_as_definitions_then_a_cost():
    with pytest.raises(InputError):
        check("h = sigmoid(X*theta)\nJ = 1/m * X'*(h - y)", cost="logistic")


#: fixcode4's notes, once held unfolded "for the readers of notes" (none read them: refused at z's line)
SIGMOID_NOTES = "z = w.x + b\ny_pred = 1/(1+e^(-z))\nJ = -1/m sum(y log(y_pred) + (1-y) log(1-y_pred))"


def test_the_logistic_cost_by_hand():
    """By FD: ∂/∂w of −(1/m)Σ[y log σ(w·x + b) + (1 − y) log(1 − σ)] is (1/m)Σ(σ − y)x."""
    X, y, b = RNG.normal(size=(5, 3)), RNG.integers(0, 2, size=5).astype(float), 0.2
    w = RNG.normal(size=3)

    def cost(v):
        p = _sigmoid(X @ v + b)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert np.allclose(_fd(cost, w), X.T @ (_sigmoid(X @ w + b) - y) / 5)


@pytest.mark.parametrize("answer, verdict", [
    ("1/m sum_i (sigma(w^T x_i + b) - y_i) x_ij", "equivalent"),
    ("1/m sum_i (y_i - sigma(w^T x_i + b)) x_ij", "different"),
])
def test_notes_defining_z_and_the_prediction_then_the_cost(answer, verdict):
    result = check(answer, cost=SIGMOID_NOTES, wrt="w_j")
    assert result.verdict == verdict
    assert any(note.startswith("read as definitions: the lines before the last define z, y_pred") for note in result.notes)
