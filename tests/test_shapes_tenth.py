r"""The matrix notation of ridge and least-squares notes (issue 10, shapes): W, H and Φ where w and X stand.

Ridge notes write the weights W beside the data matrix (``(XW - y)^T(XW - y) + λW^TW``);
UW's lecture names the data matrix H (``(y - Hw)^T(y - Hw)``), Bishop Φ. Each is read
where the shapes leave one reading, with a note, and the gradient is held against central
finite differences of a NumPy cost written here by hand; a W that may be a weight matrix
(``‖XW − Y‖²``) and a Φ that is no design matrix are refused at their column.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

import _oracle as oracle
from logderiv import check, derive
from logderiv.errors import InputError

STEP = 1e-6


def _finite_differences(derivation, cost, weights: str, sizes=((3, 2), (2, 3))) -> None:
    """Every entry j of the derived gradient against central differences of ``cost(X, y, w, lam)`` in NumPy."""
    gradient = oracle.prepare(derivation.result, derivation.problem.definitions)
    rng = random.Random(weights + str(derivation.result))
    for m, n in sizes:
        point = oracle.Point(rng)
        X = np.array([[float(point.value(("x", (i, k)))) for k in range(1, n + 1)] for i in range(1, m + 1)])
        y = np.array([float(point.value(("y", (i,)))) for i in range(1, m + 1)])
        w = np.array([float(point.value((weights, (k,)))) for k in range(1, n + 1)])
        lam = float(point.value(("lambda", ())))
        for j in range(1, n + 1):
            step = np.zeros(n)
            step[j - 1] = STEP
            expected = (cost(X, y, w + step, lam) - cost(X, y, w - step, lam)) / (2 * STEP)
            got = float(oracle.evaluate(gradient, point, oracle.Size(m, n, j)))
            assert abs(got - expected) <= 1e-5 * max(1.0, abs(expected)), (m, n, j, got, expected)


# --- capital W: the weight vector of a ridge note -------------------------------------------------------------


ARNAV = r"J(W) = \frac{1}{2m}(XW - y)^T(XW - y) + \frac{\lambda}{2m} W^T W"
KHANAL = r"L=\frac{1}{2}(XW-Y)^{T}(XW-Y)+\frac{1}{2} \lambda W^{T}W"


def test_a_ridge_cost_in_capital_w_is_the_weight_vector_stated_in_w():
    """(XW − y)ᵀ(XW − y)/2m + λWᵀW/2m: the ridge gradient Xᵀ(XW − y)/m + λW/m, in W, noted."""
    derivation = derive(ARNAV, wrt="W_j")
    _finite_differences(derivation, lambda X, y, w, lam: np.sum((X @ w - y) ** 2) / (2 * len(y))
                        + lam / (2 * len(y)) * np.sum(w**2), "W")
    assert any(note.startswith("W is read as w, the n×1 weight vector") for note in derivation.problem.notes)
    assert any("stated in W" in note for note in derivation.notes)


def test_capital_y_and_w_with_w_transposed_w_is_one_output():
    """½(XW−Y)ᵀ(XW−Y) + ½λWᵀW: WᵀW is a number only for one column W; Y the targets."""
    derivation = derive(KHANAL, wrt="W_j")
    _finite_differences(derivation, lambda X, y, w, lam: 0.5 * np.sum((X @ w - y) ** 2) + 0.5 * lam * np.sum(w**2), "W")


def test_a_ridge_gradient_in_capital_w_is_judged():
    """∇_W J(W) = Xᵀ(XW − y)/m + λW/m is the gradient (by hand); with λW/(2m) it is not."""
    assert check(r"\nabla_W J(W) = \frac{1}{m} X^T(XW - y) + \frac{\lambda}{m} W", cost=ARNAV,
                 wrt="W_j").verdict == "equivalent"
    assert check(r"\nabla_W J(W) = \frac{1}{m} X^T(XW - y) + \frac{\lambda}{2m} W", cost=ARNAV,
                 wrt="W_j").verdict == "different"


@pytest.mark.parametrize("text", [r"\frac{1}{2}\|XW - Y\|^2", r"\frac{1}{2}\|XW - Y\|^2 + \lambda \|W\|^2"])
def test_a_capital_w_that_may_be_a_weight_matrix_is_refused_at_the_w(text):
    """‖XW − Y‖²: W one column or a matrix of outputs (a Frobenius norm): neither guessed."""
    with pytest.raises(InputError) as caught:
        derive(text, wrt="W_j")
    assert "weight matrix" in str(caught.value)
    assert caught.value.column == text.index("XW") + 1


# --- H and Φ: the data matrix by another letter ---------------------------------------------------------------


UW = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"


def test_uw_ridge_h_is_the_data_matrix():
    """(y − Hw)ᵀ(y − Hw) + λwᵀw with H the feature matrix: 2Hᵀ(Hw − y) + 2λw, noted."""
    derivation = derive(UW, wrt="w_j")
    _finite_differences(derivation, lambda X, y, w, lam: np.sum((y - X @ w) ** 2) + lam * np.sum(w**2), "w")
    assert any(note.startswith("H is read as the data matrix X") for note in derivation.problem.notes)


def test_uw_ridge_gradient_in_h_is_judged():
    """−2Hᵀ(y − Hw) + 2λw is the gradient (by hand); without the 2 on λw it is not."""
    assert check(r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w", cost=UW, wrt="w_j").verdict == "equivalent"
    assert check(r"\nabla J(w) = -2H^T(y - Hw) + \lambda w", cost=UW, wrt="w_j").verdict == "different"


def test_bishop_phi_is_the_design_matrix():
    """½(Φw − y)ᵀ(Φw − y): Φᵀ(Φw − y), noted with Φ."""
    cost = r"\frac{1}{2}(\Phi w - y)^T(\Phi w - y)"
    derivation = derive(cost, wrt="w_j")
    _finite_differences(derivation, lambda X, y, w, lam: 0.5 * np.sum((X @ w - y) ** 2), "w")
    assert any(note.startswith("Φ is read as the data matrix X") for note in derivation.problem.notes)
    assert check(r"\boldsymbol{\Phi}^T(\boldsymbol{\Phi}w - y)", cost=cost, wrt="w_j").verdict == "equivalent"
    assert check(r"\Phi^T(\Phi w + y)", cost=cost, wrt="w_j").verdict == "different"


@pytest.mark.parametrize("text", [r"\Phi(z) + w", r"\sum_i (y_i - \Phi_j)^2"])
def test_a_phi_that_is_no_design_matrix_is_refused(text):
    """Φ(z) (the normal CDF), a basis Φ_j: not read, refused at the Φ."""
    with pytest.raises(InputError) as caught:
        derive(text, wrt="w_j")
    assert caught.value.column == text.index(r"\Phi")


# --- Octave: a let that is one number, the sum of θ(2:end) ----------------------------------------------------


OCTAVE_J = "J = 1 / (2 * m) * sum((X * theta - y) .^2) + reg;"
OCTAVE_REG = "reg = lambda / (2 * m) * (theta' * theta - theta(1)^2);"


def test_an_octave_penalty_let_of_theta_transposed_theta_is_one_number():
    """reg = λ/(2m)(θ'θ − θ(1)²) is a number, not one per example: the penalty without the intercept."""
    derivation = derive(OCTAVE_J, wrt="theta_j", let=[OCTAVE_REG])
    _finite_differences(derivation, lambda X, y, w, lam: np.sum((X @ w - y) ** 2) / (2 * len(y))
                        + lam / (2 * len(y)) * np.sum(w[1:] ** 2), "theta")


def test_octave_sum_of_theta_tail_is_one_number_added_to_every_entry():
    """(λ/m) sum(θ(2:end)) is Σ_{k≥2}θₖ in every entry (by hand): not the penalty's gradient; [0; θ(2:end)] is."""
    lets = [OCTAVE_REG, "thetaNoBias = theta(2:end,:);"]
    grad = "grad = 1 / m * ((X * theta - y)' * X)'"
    verdict = check(grad + " + lambda / m * sum(thetaNoBias);", cost=OCTAVE_J, wrt="theta_j", let=lets)
    assert verdict.verdict == "different"
    assert any("adds up the entries of theta(2:end)" in note for note in verdict.notes)
    assert check(grad + " + lambda / m * [0; theta(2:end)];", cost=OCTAVE_J, wrt="theta_j",
                 let=[OCTAVE_REG]).verdict == "equivalent"


# --- X^i: a one-feature course's i-th example ------------------------------------------------------------------


MANI = r"(\frac{1}{2m}\sum_{i=1}^{m}  (\theta_0+\theta_1X^i - y^i)^2)"


def test_capital_x_to_the_example_index_is_the_example_in_a_sum_over_i():
    """X^i, y^i inside Σᵢ: the i-th example (noted); ∂/∂θ₁ = (1/m) Σ (θ₀ + θ₁xᵢ − yᵢ) xᵢ, by finite differences."""
    derivation = derive(MANI, wrt="theta_1")
    gradient = oracle.prepare(derivation.result, derivation.problem.definitions)
    rng = random.Random(MANI)
    for m in (2, 3):
        point = oracle.Point(rng)
        x = np.array([float(point.value(("x", (i,)))) for i in range(1, m + 1)])
        y = np.array([float(point.value(("y", (i,)))) for i in range(1, m + 1)])
        t0, t1 = float(point.value(("theta", (0,)))), float(point.value(("theta", (1,))))

        def cost(slope):
            return np.sum((t0 + slope * x - y) ** 2) / (2 * m)

        expected = (cost(t1 + STEP) - cost(t1 - STEP)) / (2 * STEP)
        assert abs(float(oracle.evaluate(gradient, point, oracle.Size(m, 1, 1))) - expected) <= 1e-5
    assert any("X^i is read as X^{(i)}, the i-th example" in note for note in derivation.problem.notes)
    answer = r"\frac{1}{m}\sum_{i=1}^{m}  (\theta_0+\theta_1X^i - y^i) * X^i"
    assert check(answer, cost=MANI, wrt="theta_1").verdict == "equivalent"
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}  (\theta_0+\theta_1X^i - y^i)", cost=MANI, wrt="theta_1").verdict \
        == "different"


@pytest.mark.parametrize("text, at", [
    (r"(\theta_0+\theta_1X^i - y^i)^2", "^i"),  # no sum over i: a power
    (r"\frac{1}{2m}\sum_{i=1}^{m} (\theta_1X^i + x_i - y^i)^2", "^i"),  # x written too: X is something else
])
def test_capital_x_to_the_i_without_its_reading_is_refused(text, at):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="theta_1")
    assert caught.value.column == text.index(at)


def test_an_answer_in_capital_w_and_y_is_read_as_its_cost_read_them():
    """dL/dW = XᵀXW − XᵀY + λW to ½(XW−Y)ᵀ(XW−Y) + ½λWᵀW: the gradient (by hand); 2λW is not. W noted."""
    verdict = check(r"\frac{dL}{dW}=X^{T}XW-X^{T}Y+\lambda W", cost=KHANAL, wrt="W_j")
    assert verdict.verdict == "equivalent"
    assert "W is read as w, the n×1 weight vector, as in the cost" in verdict.notes
    assert check(r"\frac{dL}{dW}=X^{T}XW-X^{T}Y+2\lambda W", cost=KHANAL, wrt="W_j").verdict == "different"


def test_a_row_written_for_a_column_in_mathematics_is_its_transpose():
    """XᵀXW − YᵀX + λW: YᵀX is XᵀY's row (entry j Σᵢ yᵢxᵢⱼ both): equivalent, noted; with YᵀX doubled, different."""
    verdict = check(r"\frac{dL}{dW}=X^{T}XW-Y^{T}X+\lambda W", cost=KHANAL, wrt="W_j")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("'Y^{T}X' is a 1×n row beside n×1 columns") for note in verdict.notes)
    assert check(r"\frac{dL}{dW}=X^{T}XW-2Y^{T}X+\lambda W", cost=KHANAL, wrt="W_j").verdict == "different"


def test_a_row_beside_a_column_in_octave_stays_refused():
    """Octave broadcasts a 1×n row and an n×1 column into n×n: not read as the transpose slip."""
    cost = "J = 1/(2*m) * (X*theta - y)' * (X*theta - y);"
    with pytest.raises(InputError) as caught:
        check("grad = 1/m * (X*theta - y)' * X + lambda * theta;", cost=cost, wrt="theta_j")
    assert "cannot be added" in str(caught.value)


# --- a number where the gradient has n entries -----------------------------------------------------------------


CSE446 = r"\|Xw - Y\|_2^2"


def test_a_row_times_a_column_is_one_number_compared_with_every_entry():
    """2Yᵀ(Xw − Y) is 1×1, 2Σᵢ yᵢ(xᵢᵀw − yᵢ): not the gradient 2Xᵀ(Xw − Y) (by hand), noted as a number."""
    verdict = check(r"2Y^T (Xw - Y)", cost=CSE446, wrt="w_j")
    assert verdict.verdict == "different"
    assert any("is 1×1, a number" in note for note in verdict.notes)
    assert check(r"2X^T (Xw - Y)", cost=CSE446, wrt="w_j").verdict == "equivalent"


def test_an_ill_shaped_sum_that_is_wrong_even_at_m_equals_n_is_different_naming_both_shapes():
    """2Xᵀ(XᵀXw − Y): an n-vector minus an m-vector, a value only when m = n; there it is 2XᵀXᵀXw − 2XᵀY, not
    2Xᵀ(Xw − Y) (by hand): different whatever the sizes, the note naming both shapes (sides 11; it was refused)."""
    verdict = check(r"2X^T(X^T Xw - Y)", cost=CSE446, wrt="w_j")
    assert verdict.verdict == "different"
    assert any("is n×1 and 'Y' is m×1: they conform only when m = n" in note for note in verdict.notes)


def test_an_ill_shaped_sum_equal_to_the_gradient_at_m_equals_n_stays_refused_with_both_shapes():
    """2Xᵀ(XᵀXw − Y) − 2XᵀXᵀXw + 2XᵀXw is 2Xᵀ(Xw − Y) at m = n: the slip may be notation, so refused, at the Y."""
    text = r"2X^T(X^T Xw - Y) - 2X^T X^T Xw + 2X^T Xw"
    with pytest.raises(InputError) as caught:
        check(text, cost=CSE446, wrt="w_j")
    assert "is n×1 and 'Y' is m×1: they cannot be added" in str(caught.value)
    assert caught.value.column == text.index("Y")
