r"""Audit of fixrow35 (a row built from a row; an Octave function file as a --let): silent misreads found and held.

1. Octave's block comments. ``%{`` (or ``#{``) on a line of its own opens a comment that runs to the line ``%}``
   (``#}``): the lines between are not run. The function-file reader dropped only the marker lines and read the
   commented-out assignments as the body, so a student's old line kept in a block comment after the real one
   became the function's value (a false verdict either way).

Gradients are held to central finite differences of NumPy costs written here by hand (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, notes_of, refused

CROSS_ENTROPY = "J = -(1/m)*(y'*log(hypo(X,theta)) + (1-y)'*log(1-hypo(X,theta)))"


def _cross_entropy_of_sigmoid(d):
    """−(1/m)Σ[y log σ(Xθ) + (1 − y) log(1 − σ(Xθ))], by hand."""
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_the_commented_line_changes_the_gradient_by_hand():
    # σ(Xθ) and the commented-out Xθ give different gradients: reading the comment would be a misread, not a nuance
    rng = np.random.default_rng(35)
    X, y, theta = rng.normal(size=(5, 2)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=2)

    def cost(p):
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    written = central_differences(lambda t: cost(sigmoid(X @ t)), theta)
    assert np.allclose(written, X.T @ (sigmoid(X @ theta) - y) / len(y), atol=1e-7)


@pytest.mark.parametrize("opening, closing", [("%{", "%}"), ("#{", "#}"), ("  %{  ", "  %}")])
def test_a_block_comment_after_the_last_assignment_is_not_run(opening, closing):
    hypo = f"function h = hypo(X, theta)\n  h = sigmoid(X*theta);\n{opening}\n  h = X*theta;\n{closing}\nend"
    assert_gradient_read(CROSS_ENTROPY, _cross_entropy_of_sigmoid, lets=("m = size(X,1)", hypo))


def test_a_nested_block_comment_is_skipped_whole():
    # Octave's block comments nest: the inner %} does not close the outer %{
    hypo = ("function h = hypo(X, theta)\n  h = sigmoid(X*theta);\n%{\n  h = X*theta;\n%{\n  h = 2*X*theta;\n%}\n"
            "  h = 3*X*theta;\n%}\nend")
    assert_gradient_read(CROSS_ENTROPY, _cross_entropy_of_sigmoid, lets=("m = size(X,1)", hypo))


def test_a_block_comment_never_closed_is_refused_at_its_opening():
    hypo = "function h = hypo(X, theta)\n  h = sigmoid(X*theta);\n%{\n  h = X*theta;\nend"
    error = refused(logderiv.derive, CROSS_ENTROPY, wrt="theta", let=("m = size(X,1)", hypo))
    assert "block comment" in str(error)
    assert hypo[error.column:].startswith("%{")


def test_guard_a_percent_brace_inside_a_line_is_a_line_comment():
    # '%{' after code on a line, or followed by text, is an ordinary comment: the next lines run
    hypo = "function h = hypo(X, theta)\n  z = X*theta; %{ the scores\n  h = sigmoid(z);\nend"
    assert_gradient_read(CROSS_ENTROPY, _cross_entropy_of_sigmoid, lets=("m = size(X,1)", hypo))
    derivation = logderiv.derive(CROSS_ENTROPY, wrt="theta", let=("m = size(X,1)", hypo))
    assert any("defines the function hypo(X,theta) = sigmoid((X*theta))" in note for note in notes_of(derivation))


# ------------------------------------------------------------------ 2. a let of a 1×m row and the m×1 column y
# z = theta' * X' is the 1×m row (Xθ)ᵀ; q = z - y takes the m×1 labels from it, which Octave broadcasts to the m×m
# matrix q(i,k) = z(k) - y(i): no row of residuals. fixrow35 noted "q = z − y is built entry by entry from the 1×m
# row z: a 1×m row too" and read (1/2m)*(q*q') as the number Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²/2m, where Octave's q*q' is m×m.
ROW_MINUS_LABELS = ("z = theta' * X'", "q = z - y")


def test_row_minus_the_labels_broadcasts_by_hand():
    rng = np.random.default_rng(35)
    X, y, theta = rng.normal(size=(5, 2)), rng.normal(size=(5, 1)), rng.normal(size=(2, 1))
    z = theta.T @ X.T
    assert z.shape == (1, 5)
    q = z - y  # NumPy broadcasts as Octave does
    assert q.shape == (5, 5) and (q @ q.T).shape == (5, 5)


@pytest.mark.parametrize("cost", ["J = (1/(2*m))*(q*q')", "J = (1/(2*m))*(q'*q)", "J = (1/(2*m))*sum(q.^2)"])
def test_a_let_of_a_row_and_the_labels_is_refused(cost):
    from logderiv.errors import LogderivError

    with pytest.raises(LogderivError) as caught:
        logderiv.derive(cost, wrt="theta", let=ROW_MINUS_LABELS)
    assert "broadcast" in str(caught.value)


@pytest.mark.parametrize("let", ["q = z - y'", "q = 2*sigmoid(z) - 1 + lambda"])
def test_guard_a_row_and_a_row_or_a_number_stays_a_row(let):
    # y' is the 1×m row of the labels, lambda a number: q is a 1×m row, (1/2m) q q' the number Σ q⁽ⁱ⁾² / 2m
    lets = ("z = theta' * X'", let)
    if let == "q = z - y'":
        def intended(d):
            return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))
    else:
        def intended(d):
            return float(np.sum((2 * sigmoid(d.X @ d.theta) - 1 + d.lam) ** 2) / (2 * d.m))
    assert_gradient_read("J = (1/(2*m))*(q*q')", intended, lets=lets)


# ------------------------------------------------------------------ 3. a cost of a 1×m row let and the m×1 labels
# With z = theta' * X' (a 1×m row) and h = sigmoid(z) (a row too), Octave's h - y is the m×m matrix h(k) - y(i), and
# sum((h - y).^2) its 1×m row of column sums: no number. The cost, with no matrix mark of its own, was read entry by
# entry, Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)²/2m, hiding the slip (on main already for z; fixrow35's row h carried it on).
def test_a_row_minus_the_labels_in_a_sum_broadcasts_by_hand():
    rng = np.random.default_rng(36)
    X, y, theta = rng.normal(size=(4, 2)), rng.normal(size=(4, 1)), rng.normal(size=(2, 1))
    h = sigmoid(theta.T @ X.T)
    assert np.sum((h - y) ** 2, axis=0).shape == (4,)  # Octave's sum down the columns of the m×m matrix


@pytest.mark.parametrize("cost, lets", [
    ("J = (1/(2*m))*sum((h - y).^2)", ("z = theta' * X'", "h = sigmoid(z)")),
    ("J = (1/(2*m))*sum((z - y).^2)", ("z = theta' * X'",)),
])
def test_a_cost_of_a_row_let_beside_the_labels_is_refused(cost, lets):
    from logderiv.errors import LogderivError

    with pytest.raises(LogderivError) as caught:
        logderiv.derive(cost, wrt="theta", let=lets)
    assert "cannot be added" in str(caught.value)


def test_guard_a_cost_of_row_lets_alone_is_read():
    # sum(log(h)) of the row h = σ(z): −(1/m) Σ log σ(θᵀx⁽ⁱ⁾), one number
    def intended(d):
        return float(-np.mean(np.log(sigmoid(d.X @ d.theta))))

    assert_gradient_read("J = -(1/m)*sum(log(h))", intended, lets=("z = theta' * X'", "h = sigmoid(z)"))
