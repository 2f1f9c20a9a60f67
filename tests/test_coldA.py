r"""Readings from the thirteenth blind wave's refused items (issue 10, branch coldA), and their near-variants.

* ``\ l(\theta) = \Sigma … \Theta^{T}x^{i}`` (CV 134754): only the left side writes θ, the body Θ: Θ is θ.
* a body's ``\Bigl( \frac{\partial}{\partial\beta} y_i \log p(x_i) \Bigr)`` after a derivative left side (math.SE
  137936): the left side's way of reading a bare word after ∂/∂β as the cost's name leaked into the body.
* Julia's / Octave's ``!y`` (and ``~y``) on 0/1 labels: 1 − y.
* an Octave feature matrix named ``u`` (``h = sigmoid(u * theta)``, ``u' * (h - y)``): the data matrix X.
* ``\frac{1}{2}\|Xb - y\|_2^2`` with ``--wrt b_j``: b the coefficient vector, not a bias.

Every expected verdict is worked out by hand in the comment beside it; the gradients are held to central
finite differences of NumPy costs written here (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import check, derive
from _reading import notes_of as _notes, refused as _refused


# ------------------------------------------------------------------ \Theta beside the left side's \theta
PM1_COST = r"\ l(\theta) = \Sigma_{i=1}^{m}\ \log(1+exp(-y^{i}\Theta^{T}x^{i}))"


@pytest.mark.parametrize("answer, verdict", [
    # ∂/∂θⱼ Σ log(1 + e^{−yθᵀx}) = Σ −y x_j e^{−yθᵀx}/(1 + e^{−yθᵀx}) = −Σ y x_j σ(−yθᵀx) (by hand)
    (r"-\sum_{i=1}^m y^{(i)} x_j^{(i)} \sigma(-y^{(i)} \theta^T x^{(i)})", "equivalent"),
    # the asker's μ-form with μ = e^{+yθᵀx}: σ(yθᵀx) in place of −σ(−yθᵀx), and one example only
    (r"\sum_{i=1}^m y^{(i)} x_j^{(i)} \sigma(y^{(i)} \theta^T x^{(i)})", "different"),
])
def test_capital_theta_is_theta_when_only_the_left_side_writes_theta(answer, verdict):
    result = check(answer, cost=PM1_COST)
    assert result.verdict == verdict
    assert any("names the cost of θ" in note and "\\Theta is read as θ" in note for note in _notes(result))


@pytest.mark.parametrize("cost", [
    # θ in the body as well: Θ may be another quantity (a weight matrix), as before
    r"l(\theta) = \sum_i \log(1+\exp(-y_i \Theta^T x_i)) + \lambda \theta_j^2",
    r"l(\theta) = \sum_i \log(1+\exp(-y_i \Theta^T x_i)) + \lambda \theta^T\theta",
    # no left side naming θ: the lowercase θ is in the body
    r"\sum_i \log(1+\exp(-y_i \Theta^T x_i)) + \theta^T\theta",
])
def test_capital_theta_beside_a_body_theta_stays_refused(cost):
    assert "may be two quantities" in str(_refused(derive, cost))


def test_the_hand_gradient_of_the_pm1_loss_agrees_with_finite_differences():
    # the gradient the equivalent answer above writes, held to central differences of Σ log(1 + e^{−yθᵀx})
    derivation = derive(PM1_COST)
    rng = np.random.default_rng(3)
    X, y, theta = rng.normal(size=(4, 3)), np.array([1.0, -1.0, -1.0, 1.0]), rng.normal(size=3)
    expected = central_differences(lambda t: float(np.sum(np.log1p(np.exp(-y * (X @ t))))), theta)
    # by hand: −Σᵢ yᵢ xᵢ σ(−yᵢ θᵀxᵢ)
    by_hand = -(X.T @ (y / (1 + np.exp(y * (X @ theta)))))
    assert np.allclose(expected, by_hand, atol=1e-6)
    assert check(r"-\sum_{i=1}^m y^{(i)} x_j^{(i)} \sigma(-y^{(i)} \theta^T x^{(i)})", cost=PM1_COST).verdict == "equivalent"
    assert any("\\Theta is read as θ" in note for note in _notes(derivation))


# ------------------------------------------------------------------ a derivative in the body after a derivative head
MSE_COST = r"L(\beta) = \sum_{i=1}^n \Bigl[ y_i \log p(x_i) + (1 - y_i) \log [1 - p(x_i)] \Bigr]"
MSE_LETS = (r"f(x) = x^T \beta", r"p(x) = \sigma(f(x))", r"\sigma(z) = 1/(1 + e^{-z})")


@pytest.mark.parametrize("answer", [
    # the asker's step: ∂/∂β moved inside the sum, still to be taken: equal to the gradient but unfinished
    r"\frac{\partial}{\partial \beta} L(\beta) & = \sum_{i=1}^n \Bigl[ \Bigl( \frac{\partial}{\partial \beta} y_i "
    r"\log p(x_i) \Bigr) + \Bigl( \frac{\partial}{\partial \beta} (1 - y_i) \log [1 - p(x_i)] \Bigr) \Bigr]",
    r"\frac{\partial L}{\partial \beta} = \sum_{i=1}^n \Bigl( \frac{\partial}{\partial \beta} y_i \log p(x_i) + "
    r"\frac{\partial}{\partial \beta} (1 - y_i) \log (1 - p(x_i)) \Bigr)",
])
def test_a_body_derivative_after_a_derivative_left_side_is_read(answer):
    # it was refused as "unmatched '\Bigr)'": the left side's reading of a bare word as the cost's name leaked
    result = check(answer, cost=MSE_COST, let=MSE_LETS, wrt="beta_j")
    assert result.verdict == "undecided"
    assert "unevaluated derivative" in result.reason


def test_a_body_derivative_of_one_term_only_is_different():
    # Σ ∂/∂β [y_i log p(x_i)] = Σ y_i (1 − p_i) x_ij: the second term's −(1 − y_i) p_i x_ij is missing
    answer = r"\frac{\partial L}{\partial \beta} = \sum_{i=1}^n \Bigl( \frac{\partial}{\partial \beta} y_i \log p(x_i) \Bigr)"
    result = check(answer, cost=MSE_COST, let=MSE_LETS, wrt="beta_j")
    assert result.verdict == "different"


def test_the_whole_vector_note_names_the_variable_not_the_answer():
    answer = r"\sum_{i=1}^n \Bigl( \frac{\partial}{\partial \beta} (1 - y_i) \log [1 - p(x_i)] \Bigr)"
    result = check(answer, cost=MSE_COST, let=MSE_LETS, wrt="beta_j")
    whole = [note for note in _notes(result) if "names the whole vector" in note]
    assert whole and all("\\sum" not in note for note in whole)


# ------------------------------------------------------------------ !y, ~y: 1 − y on 0/1 labels
JL_LETS = ("sigmoid(z) = 1./(1+exp(-z))", "h(θ, X) = sigmoid(X * θ)")


@pytest.mark.parametrize("cost", [
    "mean(-(y).*log(h(θ, X)) - (!y).*log(1-h(θ, X)))",  # rdanitz's Julia
    "mean(-y.*log(h(θ, X)) - ~y.*log(1-h(θ, X)))",  # Octave's ~
])
def test_not_y_is_one_minus_y(cost):
    # the mean cross-entropy: its gradient is Xᵀ(σ(Xθ) − y)/m (by hand)
    result = check("((h(θ, X) - y)' * X) ./ size(X,1)", cost=cost, let=JL_LETS)
    assert result.verdict == "equivalent"
    derivation = derive(cost, let=JL_LETS)
    assert any("logical not of the 0/1 labels" in note for note in _notes(derivation))
    # (1/m) X^T(h - y) with the sign flipped is not it
    assert check("((y - h(θ, X))' * X) ./ size(X,1)", cost=cost, let=JL_LETS).verdict == "different"


@pytest.mark.parametrize("cost", [
    "mean(-y.*log(h) - (!x).*log(1-h))",  # a not of anything but the labels
    "mean(-y.*log(h) - (y != 1).*log(1-h))",  # a comparison
    "mean(-y.*log(h) - (!(y)).*log(1-h))",  # a not of a bracket
    "mean(-y.*log(h) - (a!y).*log(1-h))",  # after an operand: no unary not
    "mean(-y.*log(h) - (!y_1).*log(1-h))",  # an entry, not the labels
])
def test_other_exclamation_marks_stay_refused(cost):
    _refused(derive, cost, let=("h = sigmoid(X * theta)",))


# ------------------------------------------------------------------ an Octave feature matrix named u
U_COST = "(1/m) * (-y' * log(h) - (1 - y)' * log(1 - h))"
U_LETS = ("m = length(y);", "h = sigmoid(u * theta);")


@pytest.mark.parametrize("answer, verdict", [
    # the mean cross-entropy of σ(uθ): uᵀ(h − y)/m (by hand)
    ("(1/m) * u' * (h - y)", "equivalent"),
    # σ′ kept (the squared error's chain rule): h(1 − h) does not cancel here, different
    ("(1/m) * u' * ((h - y) .* h .* (1 - h))", "different"),
    ("(1/m) * u' * (y - h)", "different"),
])
def test_a_feature_matrix_named_u(answer, verdict):
    """u is read as X, the data matrix, and each answer gets the verdict worked by hand above.

    The answer writes u' (a transpose, which only a matrix has), so since fixnames the answer's own reader names u as
    code's name of the data matrix before the cost's reader does; either note says u is read as X (the old test
    asked for the cost reader's words only). The verdicts are unchanged.
    """
    result = check(answer, cost=U_COST, let=U_LETS)
    assert result.verdict == verdict
    assert any(_reads_u_as_x(note) for note in _notes(result)), _notes(result)


def _reads_u_as_x(note: str) -> bool:
    """Whether ``note`` says that u is read as the data matrix X (the cost reader's words or the code-name reader's)."""
    return "so u is the data matrix X" in note or note.startswith("u is the code's name of the data matrix") \
        and "read as X" in note


def test_the_hand_worked_u_verdicts_by_finite_differences():
    """uᵀ(h − y)/m is the mean cross-entropy's gradient; σ′ kept, or the sign flipped, is not (the verdicts above)."""
    rng = np.random.default_rng(138)
    u, y, theta = rng.normal(size=(5, 3)), rng.integers(0, 2, size=5).astype(float), rng.normal(size=3)
    sigma = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    cost = lambda t: float(np.mean(-y * np.log(sigma(u @ t)) - (1 - y) * np.log(1 - sigma(u @ t))))  # noqa: E731
    expected, h = central_differences(cost, theta), sigma(u @ theta)
    assert np.allclose(expected, u.T @ (h - y) / 5, atol=1e-6)
    assert not np.allclose(expected, u.T @ ((h - y) * h * (1 - h)) / 5, atol=1e-3)
    assert not np.allclose(expected, u.T @ (y - h) / 5, atol=1e-3)


def test_the_u_reading_derives_the_cross_entropy():
    derivation = derive(U_COST, let=U_LETS)
    assert any("so u is the data matrix X" in note for note in _notes(derivation))


@pytest.mark.parametrize("cost, lets", [
    (U_COST + " + sum(x)", U_LETS),  # x written too: u may be something else
    (U_COST + " + u", U_LETS),  # u alone, not the product: not a matrix
    (U_COST, (*U_LETS, "u = 2")),  # defined by a let
    ("(1/m) * (-y' * log(h) - (1 - y)' * log(1 - h))", ("m = length(y);", "h = sigmoid(u(1) * theta);")),
])
def test_u_stays_unread_where_it_may_be_another_quantity(cost, lets):
    _refused(derive, cost, let=lets)


# ------------------------------------------------------------------ a coefficient vector named b
GAM_COST = r"\frac{1}{2} \| Xb - y \|_2^2"


def _half_norm(b, X, y):
    return 0.5 * float(np.sum((X @ b - y) ** 2))


@pytest.mark.parametrize("answer, verdict", [
    (r"X^T X b - X^T y", "equivalent"),  # ∇½‖Xb − y‖² = Xᵀ(Xb − y) (by hand)
    (r"X^T y - X^T X b", "different"),  # minus it
    (r"\frac{1}{m} X^T (X b - y)", "different"),  # the cost has no 1/m
])
def test_b_is_the_coefficient_vector(answer, verdict):
    result = check(answer, cost=GAM_COST, wrt="b_j")
    assert result.verdict == verdict
    assert any(note.startswith("b is the parameter vector here") for note in _notes(result))


def test_the_b_derivation_is_stated_in_b_and_agrees_with_finite_differences():
    derivation = derive(GAM_COST, wrt="b_j", matrix=True)
    assert "b" in {str(indexed.base) for indexed in derivation.result.atoms(__import__("sympy").Indexed)}
    assert "w" not in {str(indexed.base) for indexed in derivation.result.atoms(__import__("sympy").Indexed)}
    rng = np.random.default_rng(7)
    X, y, b = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    assert np.allclose(central_differences(lambda v: _half_norm(v, X, y), b), X.T @ (X @ b - y), atol=1e-5)


@pytest.mark.parametrize("cost, wrt", [
    (GAM_COST, "b"),  # b a number by --wrt: Xb cannot be taken from y
    (GAM_COST + r" + b_0^2", "b_j"),  # an entry of b written: not the bare vector
    (GAM_COST + r" + \lambda b^2", "b_j"),  # a power of b
])
def test_b_stays_the_bias_otherwise(cost, wrt):
    _refused(derive, cost, wrt=wrt)


def test_b_beside_w_stays_the_bias():
    # ½‖Xw + b − y‖²: w the weights, b the bias; ∂/∂b = Σ (wᵀx + b − y) (by hand)
    result = check(r"\sum_i (w^T x_i + b - y_i)", cost=r"\frac{1}{2} \| Xw + b - y \|_2^2", wrt="b")
    assert result.verdict == "equivalent"
    assert not any(note.startswith("b is the parameter vector here") for note in _notes(result))
