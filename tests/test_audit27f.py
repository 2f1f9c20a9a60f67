"""An adversarial audit of fixtail27's readings (branch audit27f, issue 10): where they misread, refused now.

fixtail27 read the norm of a name a --let defines, ``‖r‖²`` beside ``r = Ax − b``, as the vector of its values
one per example, rᵀr. The same rule took a let written as a function of the example, ``f(x) = wᵀx``: in
``Σᵢ (yᵢ − f(xᵢ))² + λ‖f‖²`` (kernel methods, regularisation theory) ‖f‖ is the function's own norm, for a
linear f the norm ‖w‖ of its weights, and logderiv read λ Σᵢ f(xᵢ)², a gradient of another cost, silently but
for a matrix-form note. Which norm is meant is not said: refused now, naming both, with the caret at the norm.

The readings that held are held here too, each against its mathematics worked out independently (finite
differences of NumPy costs written by hand, through the corpus judge).
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import derive


# ------------------------------------------------------------------ the norm of a let written as a function
@pytest.mark.parametrize("cost, let", [
    # kernel ridge regression's penalty, f linear: meant λ‖w‖² (its RKHS norm), was read λ Σᵢ (wᵀxᵢ)²
    ("\\sum_i (y_i - f(x_i))^2 + \\lambda\\|f\\|^2", "f(x) = w^T x"),
    ("\\sum_i (y_i - g(x_i))^2 + \\lambda\\|g\\|^2", "g(x) = w^T x"),
    ("\\sum_i (y_i - f(x_i))^2 + \\lambda\\|f\\|^2", "f(x) = \\sigma(w^T x)"),
    ("\\|f\\|^2", "f(\\mathbf{x}) = \\mathbf{w}^T \\mathbf{x}"),
    ("\\|f\\|", "f(x) = w^T x"),
    ("||f||^2", "f(x) = w'*x"),
    ("\\sum_i (y_i - f(x_i))^2 + \\lambda\\lVert f\\rVert^2", "f(x) = w^T x"),
    ("\\sum_i (y_i - f(x_i))^2 + \\lambda\\left\\|f\\right\\|^2", "f(x) = w^T x"),
    ("sum((y - X * w).^2) + lambda * norm(f)^2", "f(x) = x' * w"),  # Octave's norm(v)^2 is ‖v‖² as well
])
def test_the_norm_of_a_function_let_is_refused(cost, let):
    error = refused(derive, cost, wrt="w_j", let=(let,))
    name = let[0]
    assert f"'{name}' is a function" in error.message
    assert "which one is not said" in error.message
    assert error.source[error.column:].startswith(("\\|", "||", "\\lVert", "\\left", "norm("))  # the caret at the norm
    assert f"\\sum_i {name}(x_i)^2" in (error.hint or "") and "\\|w\\|^2" in (error.hint or "")


def _ridge_data(d) -> np.ndarray:
    return d.y - d.X @ d.w


@pytest.mark.parametrize("penalty, intended", [
    # the two readings the refusal names, each written out, each read (by finite differences)
    ("\\lambda\\sum_i f(x_i)^2", lambda d: float(np.sum(_ridge_data(d) ** 2) + d.lam * np.sum((d.X @ d.w) ** 2))),
    ("\\lambda\\|w\\|^2", lambda d: float(np.sum(_ridge_data(d) ** 2) + d.lam * d.w @ d.w)),
])
def test_the_readings_the_refusal_names_are_read(penalty, intended):
    assert_gradient_read(f"\\sum_i (y_i - f(x_i))^2 + {penalty}", intended, wrt=("w_j",), lets=("f(x) = w^T x",))


@pytest.mark.parametrize("let", ["f = Xw", "f_i = w^T x_i"])
def test_the_norm_of_a_value_let_keeps_its_reading(let):
    # a let of values, one per example (no function head): ‖f‖² is Σᵢ fᵢ², as fixtail27 reads it
    assert_gradient_read("\\|f\\|^2", lambda d: float(np.sum((d.X @ d.w) ** 2)), wrt=("w_j",), lets=(let,))


# ------------------------------------------------------------------ hyp, hypothesis, y_pred defined as a function
def _squares_of(prediction):
    return lambda d: float(np.sum((prediction(d) - d.y) ** 2) / (2 * d.m))


def _sigmoid_model(d) -> np.ndarray:
    return 1 / (1 + np.exp(-(d.X @ d.theta)))


def test_hyp_a_let_defines_as_a_function_is_the_let_s():
    # before: 'hyp (no --let defines it)' read as the cost's default model θᵀx, the let hyp(x) = σ(θᵀx) left unused:
    # the gradient of the linear squared error, not of this one
    assert_gradient_read("sum((hyp - y).^2)/(2*m)", _squares_of(_sigmoid_model),
                         lets=("hyp(x) = sigmoid(theta' * x)", "h = X * theta"))


@pytest.mark.parametrize("name", ["hypothesis", "y_pred"])
def test_a_prediction_word_a_let_defines_as_a_function_is_not_the_default_model(name):
    # before: Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾/m, the linear model's, beside a let that says the prediction is σ(Xθ)
    refused(derive, f"sum(({name} - y).^2)/(2*m)", let=(f"{name}(X) = sigmoid(X * theta)",))


def test_an_answer_s_hyp_a_let_defines_is_its_own():
    # the answer's hyp is σ(θᵀx) (its let): Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾/m is not the linear squared error's gradient,
    # Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾/m; before, hyp was read as the cost's θᵀx and the answer judged equivalent
    assert_verdict_read("(1/m) * sum((hyp - y) * x_j)", "1/(2*m) * sum((X*theta - y).^2)", "different",
                        lets=("hyp(x) = sigmoid(theta' * x)",))


def test_the_hand_verdict_holds_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(271)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    gradient = central_differences(lambda t: float(np.sum((X @ t - y) ** 2) / (2 * 6)), theta)
    answer = X.T @ (1 / (1 + np.exp(-(X @ theta))) - y) / 6
    assert np.allclose(X.T @ (X @ theta - y) / 6, gradient, atol=1e-6)
    assert not np.allclose(answer, gradient, atol=1e-3)


# ------------------------------------------------------------------ θ[1:], the parameters' letter sliced as NumPy does
def test_a_greek_numpy_slice_is_noted_as_numpy_s():
    # fixtail27 read θ(2:end) and θ[1:] (Greek) as it reads theta's; the note told θ[1:] as Octave's θ(2:end),
    # the slice as written mistaken (the name's span was theta's five letters long, not θ's one)
    cost = "np.sum((X @ θ - y) ** 2) / (2*m) + lam/(2*m) * np.sum(θ[1:] ** 2)"
    assert_gradient_read(cost, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
                                               + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2)))
    notes = notes_of(derive(cost))
    assert any(note.startswith("read as NumPy: θ[1:] is θ without its first entry θ[0]") for note in notes)
    assert not any(note.startswith("read as Octave: θ(2:end)") for note in notes)
