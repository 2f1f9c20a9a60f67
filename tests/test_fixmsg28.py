"""fixmsg28 (issue 10): two possible silent readings worked out, and refusals whose words were false about their input.

The readings:

* an update ``w = w - alpha*(… + 2*lambda*w)`` beside a cost weighted by α (``||y - Xw||^2 + alpha*||w||^2``, read
  as λ). The update's α is its step size — it multiplies all that is subtracted — and its λ the only penalty
  weight it writes, so the step is the gradient with λ = the cost's α: "equivalent" is right (checked here by
  finite differences), but the note only said "α … is read as λ", which read beside the update's α looked like
  the cost's α made the learning rate. It now says which α is which. ``w - lr*(… + 2*alpha*w)`` (another rate)
  makes the inner α the cost's weight, read; ``w - alpha*(… + 2*alpha*w)`` writes one letter for both: refused.
* Φ in an answer beside a cost in raw x (or x beside a cost in Φ): Bishop's Φ is the design matrix of the basis
  functions, Φᵢⱼ = φⱼ(x⁽ⁱ⁾), X only for the identity basis. Each text read its own Φ as X, so the two were made
  one: now refused. Beside a cost in Φ, or in φ(x) read as the features, Φ is the cost's matrix and is read.

The messages (each refusal stays; its words now say what the input is): ``hyp.lam`` is code's field of an object,
not "the dot product"; ``-dw =``/``-grad =`` negate code's name of the gradient (not "names the cost", nor "read
only before a derivative's name"); ``np.r_[0, w[1:]]`` is noted in w, not θ; an answer with a free i is shown at
i = 1 with its index (θᵀx⁽¹⁾, not θᵀx); ``1/|B|`` is a batch's size, not "an absolute value".

Mathematics is checked independently by central finite differences (tests/_numeric.py), never by logderiv.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _numeric import central_differences
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError, UnsupportedInputError

# ---- the facts, by finite differences ------------------------------------------------------------------------

_RNG = np.random.default_rng(28)
_X = _RNG.normal(size=(6, 3))
_Y = _RNG.normal(size=6)
_W = _RNG.normal(size=3)
_ALPHA = 0.7


def _ridge(w: np.ndarray) -> float:
    """‖y − Xw‖² + α‖w‖², the cost with its penalty weighted by α (scikit-learn's Ridge)."""
    r = _Y - _X @ w
    return float(r @ r + _ALPHA * w @ w)


def test_the_ridge_gradient_by_finite_differences() -> None:
    """∇(‖y − Xw‖² + α‖w‖²) = −2Xᵀ(y − Xw) + 2αw; with αw (no 2) it is not."""
    numeric = central_differences(_ridge, _W)
    assert np.allclose(numeric, -2 * _X.T @ (_Y - _X @ _W) + 2 * _ALPHA * _W, atol=1e-6)
    assert not np.allclose(numeric, -2 * _X.T @ (_Y - _X @ _W) + _ALPHA * _W, atol=1e-3)


def test_the_design_matrix_gradient_by_finite_differences() -> None:
    """∇ ½‖t − Φw‖² = Φᵀ(Φw − t) for the matrix Φ itself: the right answer beside a cost in Φ."""
    phi = np.column_stack([np.ones(6), _X[:, 0], _X[:, 0] ** 2])  # a polynomial basis: Φ is not X
    numeric = central_differences(lambda w: 0.5 * float((_Y - phi @ w) @ (_Y - phi @ w)), _W)
    assert np.allclose(numeric, phi.T @ (phi @ _W - _Y), atol=1e-6)
    # the same answer with the raw inputs X in Φ's place is another vector: Φ and x are not one quantity
    assert not np.allclose(numeric, _X.T @ (_X @ _W - _Y), atol=1e-3)


# ---- an update's α beside a cost whose penalty is weighted by α ----------------------------------------------

_RIDGE = "||y - Xw||^2 + alpha*||w||^2"


def test_the_updates_alpha_is_its_learning_rate_and_the_note_says_so() -> None:
    """w − α(… + 2λw): α the step (left out), λ the cost's α — the gradient, and both αs are told apart."""
    result = check("w = w - alpha*(-2*X^T(y - Xw) + 2*lambda*w)", cost=_RIDGE, wrt="w")
    assert result.verdict == "equivalent", result
    assert any("the update's α is its learning rate" in note and "another quantity than the cost's α" in note
               for note in result.notes), result.notes


@pytest.mark.parametrize("rate", ["lr", "eta", "learning_rate"])
def test_alpha_inside_a_step_another_rate_takes_is_the_costs_weight(rate: str) -> None:
    """w − lr(… + 2αw): lr is the step, α the cost's penalty weight (it was refused as a second learning rate)."""
    result = check(f"w = w - {rate}*(-2*X^T(y - Xw) + 2*alpha*w)", cost=_RIDGE, wrt="w")
    assert result.verdict == "equivalent", result
    assert any(f"α inside the step is the cost's α, the penalty's weight (read as λ): the learning rate is '{rate}'"
               in note for note in result.notes), result.notes


def test_alpha_inside_a_step_with_a_wrong_factor_is_different() -> None:
    """w − lr(… + αw): the penalty's derivative is 2αw (finite differences above), so αw is 'different'."""
    assert check("w = w - lr*(-2*X^T(y - Xw) + alpha*w)", cost=_RIDGE, wrt="w").verdict == "different"


def test_alpha_as_the_rate_and_inside_the_step_is_refused_at_the_second() -> None:
    """w − α(… + 2αw): one letter for the step and the cost's weight; which is which is not said."""
    answer = "w = w - alpha*(-2*X^T(y - Xw) + 2*alpha*w)"
    with pytest.raises(InputError) as caught:
        check(answer, cost=_RIDGE, wrt="w")
    assert "writes α as its learning rate and again inside the step" in caught.value.message
    assert caught.value.column == answer.rindex("alpha")
    assert "lr or eta" in (caught.value.hint or "")


def test_beside_a_cost_weighted_by_lambda_two_rates_stay_refused_at_the_second() -> None:
    """Beside λ the α inside names nothing of the cost: 'the learning rate 2 times', the caret on the second."""
    answer = "w = w - lr*(-2*X^T(y - Xw) + 2*alpha*w)"
    with pytest.raises(InputError) as caught:
        check(answer, cost="||y - Xw||^2 + lambda*||w||^2", wrt="w")
    assert "writes the learning rate 2 times" in caught.value.message
    assert caught.value.column == answer.index("alpha")


# ---- Bishop's Φ beside x -------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [r"\Phi^T(\Phi w - y)*2", r"2\Phi^\top(\Phi w - y)"])
def test_phi_in_an_answer_beside_a_cost_in_x_is_refused(answer: str) -> None:
    """Φ (the basis functions' matrix) is X only for the identity basis: beside a cost in x, which is not said."""
    with pytest.raises(InputError) as caught:
        check(answer, cost="sum_i (y_i - w^T x_i)^2", wrt="w")
    assert "Φ is read as the data matrix here, but the cost writes x itself" in caught.value.message
    assert caught.value.column == answer.index(r"\Phi")


@pytest.mark.parametrize("answer", ["X^T(Xw - t)", r"\sum_n (w^T x_n - t_n) x_n"])
def test_x_in_an_answer_beside_a_cost_in_phi_is_refused(answer: str) -> None:
    with pytest.raises(InputError) as caught:
        check(answer, cost=r"\frac12\|t - \Phi w\|^2", wrt="w")
    assert "x is written here, but the cost writes Φ" in caught.value.message
    assert caught.value.column == answer.index("x" if "x_n" in answer else "X")


@pytest.mark.parametrize("cost", [r"\frac12 \|t - \Phi w\|^2", r"\frac12 \sum_{n=1}^N (t_n - w^T\phi(x_n))^2"])
def test_phi_beside_a_cost_in_phi_or_its_features_is_read(cost: str) -> None:
    """Φᵀ(Φw − t) is the gradient of ½‖t − Φw‖² (finite differences above), its Φ the cost's own matrix."""
    result = check(r"\Phi^T(\Phi w - t)", cost=cost, wrt="w")
    assert result.verdict == "equivalent", result
    assert any(note.startswith("Φ is read as the data matrix X") for note in result.notes), result.notes
    assert check(r"\Phi^T(\Phi w + t)", cost=cost, wrt="w").verdict == "different"


# ---- the messages --------------------------------------------------------------------------------------------


def test_an_objects_field_is_not_called_the_dot_product() -> None:
    cost = "np.sum((X @ theta - y)**2)/(2*m) + hyp.lam/(2*m) * np.sum(theta[1:]**2)"
    with pytest.raises(InputError) as caught:
        derive(cost)
    assert "code's field of an object" in caught.value.message
    assert "dot product of two vectors" not in caught.value.message
    assert caught.value.column == cost.index(".lam")


def test_a_point_between_two_letters_is_still_the_dot_product_message() -> None:
    with pytest.raises(InputError) as caught:
        derive("1/m*sum((theta . x_i - y_i)^2) + a.b")
    assert caught.value.message == "'.' is the dot product of two vectors"


_LINEAR_W = "1/m*sum((w^T x_i - y_i)^2)"


@pytest.mark.parametrize("answer, name", [
    ("-dw = 2/m*X.T @ (y - X @ w)", "dw"),
    ("−dw = 2/m*X.T @ (y - X @ w)", "dw"),
    (r"-dw = \frac{2}{m}X^T(y - Xw)", "dw"),
    ("-grad = 2/m*X.T @ (y - X @ w)", "grad"),
    ("-grad_w = 2/m*X.T @ (y - X @ w)", "grad_w"),
])
def test_a_minus_before_codes_gradient_name_says_so(answer: str, name: str) -> None:
    """−dw = …: refused (code assigns to a name), saying dw is the gradient's name — not 'names the cost'."""
    with pytest.raises(InputError) as caught:
        check(answer, cost=_LINEAR_W, wrt="w")
    assert caught.value.message.startswith(f"the left side is minus {name}, code's name of the gradient")
    assert "names the cost" not in caught.value.message
    assert caught.value.column == 0
    assert f"write {name} = … with the minus on the right side" in (caught.value.hint or "")


def test_a_minus_before_a_derivative_written_out_is_still_read() -> None:
    """−dJ/dw = … is the negative gradient, read as before: ∇ of (1/m)Σ(wᵀx − y)² is (2/m)Xᵀ(Xw − y)."""
    assert check("-dJ/dw = 2/m*X^T(y - X w)", cost=_LINEAR_W, wrt="w").verdict == "equivalent"


def test_a_numpy_zeroed_vector_is_noted_in_its_own_letter() -> None:
    """np.r_[[[0.]], w[1:]]: w with w₁ set to 0 — noted in w, not as Octave's θ(2:end)."""
    result = check("(1./y.shape[0]) * (X.T @ (y_hat-y) + lam * np.r_[[[0.]], w[1:]])",
                   cost="0.5 * np.mean((y_hat-y)**2) + lam/(2.*y.shape[0]) * np.sum(w[1:]**2)",
                   let=("y_hat = X @ w",), wrt="w_j")
    assert result.verdict == "equivalent", result
    assert any(note.startswith("[0; w(2:end)] is w with its first entry, the intercept w₁, set to 0: w − w₁e₁")
               for note in result.notes), result.notes
    assert not any("θ(2:end)" in note or "read as Octave" in note for note in result.notes), result.notes


def _ridge_intercept_free(theta: np.ndarray) -> float:
    """(1/2m)‖Xθ − y‖² + λ/(2m) Σ_{k≥2} θₖ²: the intercept θ₁ out of the penalty."""
    m, lam = len(_Y), 0.9
    r = _X @ theta - _Y
    return float(r @ r / (2 * m) + lam / (2 * m) * theta[1:] @ theta[1:])


def test_an_octave_zeroed_vector_keeps_its_note() -> None:
    """[0; θ(2:end)] is θ − θ₁e₁: the gradient (1/m)Xᵀ(Xθ − y) + (λ/m)[0; θ(2:end)] by finite differences."""
    m, lam = len(_Y), 0.9
    expected = _X.T @ (_X @ _W - _Y) / m + lam / m * np.r_[0.0, _W[1:]]
    assert np.allclose(central_differences(_ridge_intercept_free, _W), expected, atol=1e-6)
    result = check("X' * (X * theta - y) / m + lambda / m * [0; theta(2:end)]",
                   cost="1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * sum(theta(2:end).^2)")
    assert result.verdict == "equivalent", result
    assert any(note.startswith("[0; θ(2:end)] is θ with its first entry, the intercept θ₁, set to 0")
               for note in result.notes), result.notes


def test_a_free_example_index_is_shown_at_the_example_judged() -> None:
    """(θᵀx_i − y_i)x_ij with i free is judged at i = 1: shown θᵀx⁽¹⁾, y⁽¹⁾, xⱼ⁽¹⁾ (θᵀx hid the example)."""
    runner = CliRunner()
    text = runner.invoke(main, ["check", "-f", "text", "--cost", "linear", "(theta^T x_i - y_i) x_ij"])
    assert text.exit_code == 1, text.output
    assert "answer    (θᵀx⁽¹⁾ − y⁽¹⁾) xⱼ⁽¹⁾" in text.output
    latex = runner.invoke(main, ["check", "-f", "latex", "--cost", "linear", "(theta^T x_i - y_i) x_ij"])
    assert r"\theta^{\top} x^{(1)} - y^{(1)}" in latex.output


def test_the_derivation_still_shows_the_example_letter() -> None:
    """The symbolic i is shown as before (θᵀx⁽ⁱ⁾), in text and LaTeX."""
    runner = CliRunner()
    assert "θᵀx⁽ⁱ⁾" in runner.invoke(main, ["derive", "-f", "text", "linear"]).output
    assert r"\theta^{\top} x^{(i)}" in runner.invoke(main, ["derive", "-f", "latex", "linear"]).output


@pytest.mark.parametrize("cost, written", [
    ("1/|B| sum_i (w^T x_i - y_i)^2", "|B|"),
    (r"\frac{1}{|B|}\sum_{i\in B} (w^T x_i - y_i)^2", "|B|"),
    (r"\frac{1}{|\mathcal{B}|}\sum_{i\in \mathcal{B}} (w^T x_i - y_i)^2", r"|\mathcal{B}|"),
])
def test_a_batchs_size_is_not_called_an_absolute_value(cost: str, written: str) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        derive(cost)
    assert f"'{written}' under the fraction's bar is the size of the set" in caught.value.message
    assert "absolute value |x|" not in caught.value.message
    assert caught.value.column == cost.index("|")


def test_an_absolute_value_is_still_one() -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        derive("sum_i |w^T x_i - y_i|")
    assert "an absolute value |x|" in caught.value.message


def test_the_notes_reach_json() -> None:
    """The update's α note is in JSON's notes too (the one note machinery)."""
    result = CliRunner().invoke(main, ["check", "-f", "json", "--cost", _RIDGE, "--wrt", "w",
                                       "w = w - lr*(-2*X^T(y - Xw) + 2*alpha*w)"])
    assert result.exit_code == 0, result.output
    notes = json.loads(result.output)["notes"]
    assert any("α inside the step is the cost's α" in note for note in notes), notes


# ---- found hunting: an Octave function file's header ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "function J = cost(theta, X, y)\n  m = length(y);\n  J = sum((X*theta - y).^2)/(2*m);\nend",
    "function [J, grad] = costFunction(theta, X, y)\n  m = length(y);\n  grad = X'*(X*theta - y)/m;\nend",
])
def test_an_octave_function_header_is_not_called_a_costs_name(text: str) -> None:
    """function J = cost(…): the header's '=' names the function's output; it said "names the cost" (refused)."""
    with pytest.raises(InputError) as caught:
        if "grad" in text:
            check(text, cost="linear")
        else:
            derive(text)
    assert caught.value.message.startswith("'function … = …' is the header of an Octave function")
    assert caught.value.column == 0


def test_an_arrays_shape_is_not_called_the_dot_product() -> None:
    """h.shape[0] beside --let h (satoshi's get_loss, f10): still refused, now saying what .shape is."""
    with pytest.raises(InputError) as caught:
        derive("1 / h.shape[0] * sigma_1 + 0.1 / h.shape[0] * sigma_2",
               let=("h = 1 / (1 + np.exp(-(X @ theta.T)))",
                    "sigma_1 = (np.log(h).T @ (-1 * test_y)) - (np.log(1 - h).T @ (1 - test_y))",
                    "sigma_2 = theta @ theta.T"))
    assert caught.value.message.startswith("'.shape' of this name is not read: a count is read from the shape")
    assert caught.value.column == 5
