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
