"""Issue 10, fixdoc39: plain-text maths of a Python module docstring and a Julia one-line function (corpus wave f84).

* ``hθ(x) = σ(z) = 1 / (1 + e^{-z})`` (public code index file 61995609965, 'Logistic regression from first principles
  (NumPy only).', its module docstring): a --let chain whose first side writes the model h with its parameter θ on
  the line, as plain Unicode must (it has no subscript θ). θ cannot be called, so h times θ(x) is no reading: the
  let readers (plain and LaTeX) read the head as h_θ(x), as the expression reader already reads ``hθ(x⁽ⁱ⁾)``,
  noted. ``gθ(x)``, ``hλ(x)`` and ``hθ(z)`` stay refused.
* ``function compute_cost(X, y, theta)`` / ``return …`` / ``end`` (public code index file 22979568516, Julia): read
  as the value it returns, noted; a body of more lines, or a return with a square bracket (Julia's entries number
  from 1), stays refused as before.

Expected gradients are finite differences of NumPy costs written here by hand (tests/corpus/judge.py's standard, via
tests/_reading.py), verdicts worked out by hand and checked against finite differences here; never logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, cross_entropy, half_mean_square, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused


def _mean_cross_entropy(d):
    """−(1/m) Σᵢ [yᵢ log σ(θᵀxᵢ) + (1 − yᵢ) log(1 − σ(θᵀxᵢ))], written out by hand."""
    h = 1.0 / (1.0 + np.exp(-(d.X @ d.theta)))
    return float(-np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


def _half_mse(d):
    """(1/2m) Σᵢ (θᵀxᵢ − yᵢ)², written out by hand."""
    return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))


# ------------------------------------------------------------------ the docstring (index file 61995609965)
# public code index file 61995609965 (Python, '"""Logistic regression from first principles (NumPy only).'), the
# module docstring, verbatim: the model lines and the cost line
DOC_LETS = ("z = θᵀx", "hθ(x) = σ(z) = 1 / (1 + e^{-z})")
DOC_COST = "J(θ)  = - (1/m) Σ [ y log h + (1-y) log(1-h) ]"
# the same docstring, 'Gradients:'
DOC_GRAD = "∂J/∂θj = (1/m) Σ (hθ(x⁽ⁱ⁾) - y⁽ⁱ⁾) xj⁽ⁱ⁾"
HEAD_NOTE = "--let's left side: 'hθ(' is read as h_θ(: the subscript written on the line"


def test_the_docstring_cost_is_the_mean_cross_entropy():
    assert_gradient_read(DOC_COST, _mean_cross_entropy, wrt=("theta_j",), lets=DOC_LETS)
    derived = logderiv.derive(DOC_COST, wrt="theta_j", let=DOC_LETS)
    assert HEAD_NOTE in notes_of(derived)
    # the chain's own note names the first side as written and what it defines
    assert any(note.startswith("the --let chain hθ(x) = σ(z) = … defines h") for note in notes_of(derived))


@pytest.mark.parametrize(("text", "verdict"), [
    (DOC_GRAD, "equivalent"),
    # variant (f84 residual-flipped): y⁽ⁱ⁾ − hθ(x⁽ⁱ⁾), the log-likelihood's gradient, minus the cost's
    ("∂J/∂θj = (1/m) Σ (y⁽ⁱ⁾ - hθ(x⁽ⁱ⁾)) xj⁽ⁱ⁾", "different"),
])
def test_the_docstring_gradient_verdicts(text, verdict):
    assert_verdict_read(text, DOC_COST, verdict, wrt="theta_j", lets=DOC_LETS)


def test_the_docstring_gradient_worked_by_hand_is_the_finite_difference():
    # the hand-worked 'equivalent' above: (1/m) Σ (σ(θᵀxᵢ) − yᵢ) xᵢⱼ = (1/m) Xᵀ(σ(Xθ) − y), held to finite differences
    rng = np.random.default_rng(3961)
    X, y, theta = rng.normal(size=(7, 3)), rng.integers(0, 2, 7).astype(float), rng.normal(size=3)
    by_hand = X.T @ (sigmoid(X @ theta) - y) / len(y)
    numeric = central_differences(lambda t: cross_entropy(X, y, t), theta)
    assert np.allclose(numeric, by_hand, atol=1e-7)
    assert not np.allclose(numeric, -by_hand, atol=1e-7)  # the flipped residual is another gradient


@pytest.mark.parametrize(("head", "how"), [
    ("hθ(x) = σ(z) = 1 / (1 + exp(-z))", "'hθ(' is read as h_θ(: the subscript written on the line"),
    ("h θ(x) = σ(z) = 1 / (1 + exp(-z))", "'h θ(' is read as h_θ(: the subscript set apart by a space"),
])
def test_the_chain_head_in_plain_notation(head, how):
    # the same chain typed without LaTeX's e^{…}: the plain let reader reads the head as the LaTeX one does
    assert_gradient_read(DOC_COST, _mean_cross_entropy, wrt=("theta_j",), lets=("z = θᵀx", head))
    derived = logderiv.derive(DOC_COST, wrt="theta_j", let=("z = θᵀx", head))
    assert f"--let's left side: {how}" in notes_of(derived)


def test_the_glued_head_defines_what_its_let_says():
    # guard: hθ(x) = θᵀx makes h the linear model, not the sigmoid the logistic docstring's h is: the squared error of
    # θᵀx, whose gradient is (1/m) Xᵀ(Xθ − y) (checked against finite differences, tests/_numeric.py's cost)
    assert_gradient_read("J(θ) = (1/(2m)) Σ (h - y)²", _half_mse, wrt=("theta_j",), lets=("hθ(x) = θᵀx",))
    rng = np.random.default_rng(3962)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    assert np.allclose(central_differences(lambda t: half_mean_square(X, y, t), theta),
                       X.T @ (X @ theta - y) / len(y), atol=1e-7)


def test_a_sum_over_the_features_stays_over_the_features():
    # guard: the bare Σ of the docstring's cost runs over the examples; a bare Σ θj² beside it runs over the features
    # (λ/(2m)) Σⱼ θⱼ², whose partial is (λ/m)θⱼ, not a sum over the examples (m θⱼ² · λ/(2m))
    def penalised(d):
        return _mean_cross_entropy(d) + d.lam / (2 * d.m) * float(np.sum(d.theta ** 2))

    assert_gradient_read(DOC_COST + " + (λ/(2m)) Σ θj²", penalised, wrt=("theta_j",), lets=DOC_LETS)


@pytest.mark.parametrize("head", [
    "gθ(x) = σ(z) = 1 / (1 + e^{-z})",  # g is no model's name that carries its parameters as a subscript
    "hλ(x) = σ(z) = 1 / (1 + e^{-z})",  # λ is no parameter vector
    "hθ(z) = σ(z) = 1 / (1 + e^{-z})",  # a model of z, not of the example x
])
def test_other_heads_stay_refused(head):
    error = refused(logderiv.derive, DOC_COST, wrt="theta_j", let=("z = θᵀx", head))
    assert str(error) == "a --let has one '=', or a chain whose first side is a name"
    assert error.column == head.index("=", head.index("=") + 1)  # the chain's second '='


# ------------------------------------------------------------------ Julia (index file 22979568516)
# public code index file 22979568516 (Julia, function compute_cost(X, y, theta)), verbatim
JULIA_COST = "function compute_cost(X, y, theta)\n  return sum(((theta' * X')' - y).^2) / (2 * length(y))\nend"
JULIA_NOTE = ("read as Julia: function compute_cost(X, y, theta) return … end is read as the value it returns, "
              "sum(((theta' * X')' - y).^2) / (2 * length(y)); its parameters are the names that value uses")


def test_the_julia_function_is_the_half_mean_squared_error():
    # (θᵀXᵀ)ᵀ = Xθ: the half-mean squared error
    assert_gradient_read(JULIA_COST, _half_mse, wrt=("theta_j",))
    derived = logderiv.derive(JULIA_COST, wrt="theta_j")
    assert JULIA_NOTE in notes_of(derived)


def test_the_julia_function_unindented_is_read_the_same():
    # Julia's blocks end at 'end', not by indentation
    assert_gradient_read(JULIA_COST.replace("\n  return", "\nreturn"), _half_mse, wrt=("theta_j",))


@pytest.mark.parametrize("text", [
    # an entry or a slice in square brackets numbers from 1 in Julia, from 0 in Python: not read here
    # (size(X)[1] is Julia's row count m, size(X)[0] no entry at all)
    JULIA_COST.replace("length(y)", "size(X)[1]"),
    # a body of more than the one return line
    "function compute_cost(X, y, theta)\n  m = length(y)\n  return sum(((theta' * X')' - y).^2) / (2 * m)\nend",
    # no end
    "function compute_cost(X, y, theta)\n  return sum(((theta' * X')' - y).^2) / (2 * length(y))",
])
def test_other_julia_functions_stay_refused(text):
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert error.column == 0  # at the header's 'function'
    assert "function" in str(error)


def test_an_octave_function_file_is_not_read_as_julia():
    # guard: Octave's function file names its output (function J = …): its own refusal stands, not the Julia reading
    text = "function J = compute_cost(X, y, theta)\n  J = sum(((theta' * X')' - y).^2) / (2 * length(y));\nend"
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert str(error).startswith("'function … = …' is the header of an Octave function")
    assert error.column == 0



def test_docs_quote_the_head_note_as_printed():
    # docs/notation.md's row for the glued head quotes the note as logderiv prints it
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "notation.md").read_text(encoding="utf-8")
    assert f'"{HEAD_NOTE}"' in docs
