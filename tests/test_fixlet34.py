"""Issue 10 (fixlet34): a --let or a page's definition whose left side is no bare name, read where one meaning is clear.

* the model written as a function of its parameters, ``f(w, b) = wx + b`` (wildanjr19's linear-regression readme,
  whose gradient and MSE then write ŷ): read as ``--let f = wx + b``, the prediction ŷ under another name, noted;
  near-variants (a bracket that leaves a parameter out, a value with no data, a cost named f, f called elsewhere,
  another letter) keep a refusal, a clearer one where the plain text shows why;
* a Japanese ridge docstring in plain text, ``E(w) = ||y - Xtil*w||^2 + λ||w||^2`` then ``∇E = 2Xtil.T*Xtil*w -
  2Xtil.T*y + 2λ*w``: ``Xtil`` (X̃ typed as a word) is the page's one data matrix, read as X; and the page is maths
  typed in plain text that borrows ``.T`` (it writes 2X and ∇, which no Python line does), so its '*' is the
  product, not NumPy's entry-by-entry one. A page with X beside Xtil, or NumPy code, keeps its refusal.

Expected results are worked out by hand and held to central finite differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import logderiv
from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv
from logderiv.notation.matrix_cost import typed_maths
from work import assert_linear

HERE = Path(__file__).parent

# ------------------------------------------------------------------ the model as a function of its parameters

# source: https://github.com/wildanjr19/ml-from-scratch/blob/28d6ad86d60475ca3cfe32a90c9368705f8859d9/
# Linear-Regression/readme.md (the model line, '## Gradient Descent' dw and db, '## Error Function' MSE);
# corpus f75-wildanjr19-linear-readme-mse, -dw-no-2, -db-no-2
README_MODEL = "f(w, b) = wx + b"
README_MSE = r"MSE = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2"
README_DW = r"dw = \frac{1}{n} X^\top \left(\hat{y} - y\right)"
README_DB = r"db = \frac{1}{n} \sum_{i=1}^{n} \left(\hat{y}^{(i)} - y^{(i)}\right)"


def _readme_mse(d):
    # by hand: ŷ_i = x_i·w + b, the MSE (1/n)Σ(y_i − ŷ_i)² with n the number of examples, no ½
    return float(np.mean((d.y - (d.X @ d.w + d.b)) ** 2))


def test_the_readme_mse_is_derived_by_w_j_under_its_model_of_the_parameters():
    assert_gradient_read(README_MSE, _readme_mse, wrt=("w_j",), lets=(README_MODEL,))


def test_the_note_says_how_the_left_side_was_read():
    notes = notes_of(logderiv.derive(README_MSE, wrt="w_j", let=[README_MODEL]))
    assert any("'f(w, b)' writes the model as a function of its parameters w, b" in note
               and "read as --let f = wx + b" in note for note in notes), notes


def test_the_hand_worked_gradient_is_twice_the_readme_dw():
    # the verdicts below rest on this: ∂MSE/∂w = (2/n)Xᵀ(ŷ − y), ∂MSE/∂b = (2/n)Σ(ŷ − y), both twice what is written
    rng = np.random.default_rng(34)
    X, y = rng.normal(size=(7, 3)), rng.normal(size=7)
    w, b = rng.normal(size=3), 0.3

    def mse(v):
        return float(np.mean((y - (X @ v[:3] + v[3])) ** 2))

    numeric = central_differences(mse, np.append(w, b))
    residual = X @ w + b - y
    assert np.allclose(numeric[:3], 2 * X.T @ residual / 7, atol=1e-6)
    assert np.allclose(numeric[3], 2 * np.sum(residual) / 7, atol=1e-6)
    assert not np.allclose(numeric[:3], X.T @ residual / 7, atol=1e-3)


def test_the_readme_dw_and_db_are_half_the_gradient():
    assert_verdict_read(README_DW, README_MSE, "different", wrt="w_j", lets=(README_MODEL,))
    assert_verdict_read(README_DB, README_MSE, "different", wrt="b", lets=(README_MODEL,))


def test_the_right_gradients_under_the_same_model_are_equivalent():
    assert_verdict_read(README_DW.replace(r"\frac{1}{n}", r"\frac{2}{n}"), README_MSE, "equivalent", wrt="w_j",
                        lets=(README_MODEL,))
    assert_verdict_read(README_DB.replace(r"\frac{1}{n}", r"\frac{2}{n}"), README_MSE, "equivalent", wrt="b",
                        lets=(README_MODEL,))


@pytest.mark.parametrize("model", [
    r"f(\mathbf{w}, b) = \mathbf{w}^\top \mathbf{x} + b",
    "h(w, b) = w^T x + b",
    "f(b, w) = b + w^T x",
])
def test_the_same_model_written_otherwise(model):
    assert_gradient_read(README_MSE, _readme_mse, wrt=("w_j",), lets=(model,))


def test_theta_alone_in_the_bracket():
    # by hand: h(θ) = θᵀx, the MSE (1/n)Σ(y − Xθ)²
    assert_gradient_read(README_MSE, lambda d: float(np.mean((d.y - d.X @ d.theta) ** 2)), wrt=("theta_j",),
                         lets=("h(theta) = theta^T x",))


def test_a_bracket_that_leaves_a_parameter_out_is_refused_saying_so():
    error = refused(logderiv.derive, README_MSE, wrt="w_j", let=["f(w) = wx + b"])
    assert "'f(w)' names the model f by its parameters, but its value also writes b" in str(error)
    assert error.column == 1


def test_a_bracket_naming_a_parameter_the_value_lacks_is_refused():
    error = refused(logderiv.derive, README_MSE, wrt="w_j", let=["f(w, b) = wx"])
    assert "its value does not write b" in str(error) and error.column == 1


def test_a_value_with_no_data_is_refused_saying_so():
    error = refused(logderiv.derive, README_MSE, wrt="w_j", let=["f(w, b) = w^T w + b"])
    assert "its value writes no data x" in str(error) and error.column == 1


@pytest.mark.parametrize("let", [
    "g(w, b) = wx + b",  # not a model's letter
    "J(w, b) = wx + b",  # a cost's letter
    "f(w, w) = wx",  # a parameter twice
    "f(b) = x + b",  # no parameter vector
    "f(w, b) = 1/(2m) * sum_i((w^T x_i + b - y_i)^2)",  # a cost named f (the sum over the examples, y): no model
    "f(w, b) = (wx - y)^2",  # a loss of one example (y): no model's value
])
def test_near_variants_are_not_read_as_the_model(let):
    refused_by_logderiv(lambda: logderiv.derive(README_MSE, wrt="w_j", let=[let]))


def test_the_general_refusal_keeps_its_words_and_place():
    error = refused(logderiv.derive, README_MSE, wrt="w_j", let=["g(w, b) = wx + b"])
    assert "the left side of a --let is a name, optionally written as h(x)" in str(error)
    assert error.column == 1


def test_f_called_in_the_cost_is_not_read_as_the_parameters_model():
    # the cost calls f at an example: f is a function there, and f(w, b) = … is no reading of it
    refused_by_logderiv(lambda: logderiv.derive("MSE = 1/n * sum_i((y_i - f(x_i))^2)", wrt="w_j",
                                                 let=[README_MODEL]))


def test_a_let_beside_the_letter_subscripted_in_the_cost_is_left_as_it_was():
    # f_{w,b}(x) written in the cost: f is the cost's function there, so f(w, b) = … is not rewritten, and the plain
    # let keeps the general refusal it had
    cost = r"J = \frac{1}{2m}\sum_{i=1}^{m}(f_{w,b}(x^{(i)}) - y^{(i)})^2"
    error = refused(logderiv.derive, cost, wrt="w_j", let=["f(w, b) = w x + b"])
    assert "the left side of a --let is a name, optionally written as h(x)" in str(error)


def test_reading_the_head_is_linear_in_the_lets():
    from logderiv.notation.parameter_heads import read_parameter_heads

    def build(size: int):
        lets = [f"f(w, b) = wx + b{k}" for k in range(size)]
        return lambda: read_parameter_heads(lets, [README_MSE], lambda text: None)

    assert_linear(build, 16)


# ------------------------------------------------------------------ the Japanese ridge docstring

COLD35 = HERE / "derivations_cold35"
RIDGE_PAGE = "ja_code_ridge_docstring_plain_text_gradient_set_zero.md"
RIDGE_PLANTED = "ja_code_ridge_docstring_plain_text_gradient_set_zero_planted_constant.md"


def test_the_hand_worked_ridge_gradient():
    # expected.txt's row: ∇E = 2XᵀXw − 2Xᵀy + 2λw for E(w) = ‖y − Xw‖² + λ‖w‖² (X̃ with its column of ones), and the
    # planted λw in its place differs
    rng = np.random.default_rng(35)
    X = np.column_stack([np.ones(7), rng.normal(size=(7, 2))])
    y, w, lam = rng.normal(size=7), np.array([0.2, -0.5, 0.7]), 0.25

    def ridge(v):
        return float(np.sum((y - X @ v) ** 2) + lam * v @ v)

    numeric = central_differences(ridge, w)
    assert np.allclose(numeric, 2 * X.T @ X @ w - 2 * X.T @ y + 2 * lam * w, atol=1e-5)
    assert np.allclose(numeric, 2 * ((X.T @ X + lam * np.eye(3)) @ w - X.T @ y), atol=1e-5)
    assert not np.allclose(numeric, 2 * X.T @ X @ w - 2 * X.T @ y + lam * w, atol=1e-3)


@pytest.mark.parametrize("page", [RIDGE_PAGE, RIDGE_PLANTED])
def test_the_ridge_pages_are_read_as_by_hand(page):
    assert outcome_of(COLD35, page) == ("right", "")


def test_the_ridge_page_says_what_it_read(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, (COLD35 / RIDGE_PAGE).read_text(encoding="utf-8"))
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "'Xtil' (X̃, X with a tilde, typed in plain text) is the page's one data matrix" in notes
    assert "maths typed in plain text, where .T is the transpose and '*' the product" in notes


def test_the_planted_constant_is_found_at_line_13(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, (COLD35 / RIDGE_PLANTED).read_text(encoding="utf-8"))
    assert (code, ending, wrong) == (1, "gradient", [13])


_PAGE = """E(w) = ||y - Xtil*w||^2 + λ||w||^2

∇E = 2Xtil.T*Xtil*w - 2Xtil.T*y + 2λ*w
"""


def test_a_short_page_in_xtil_is_read(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_page_with_x_beside_xtil_is_not_read_as_one_matrix(tmp_path):
    # X̃ = [1 X] and X are two matrices: Xtil stays an unknown name
    result = steps_of_page(tmp_path, _PAGE.replace("||y - Xtil*w||", "||y - X*w||"))
    assert result.exit_code == 2
    assert "X with a tilde" not in result.stdout + result.stderr


@pytest.mark.parametrize("text", ["E = ||y - Xw||^2\nXtil.T*y", "Xtil.T*Xbeta", "X_1 + Xtil", "Xtil*w\nXtilde*w"])
def test_the_tilde_word_beside_any_other_x_is_left_as_written(text):
    from logderiv.notation.tilde_matrix import tilde_matrix_read

    assert tilde_matrix_read(text) == (text, [])


def test_the_tilde_word_is_replaced_in_its_place():
    from logderiv.notation.tilde_matrix import tilde_matrix_read

    text = "∇E = 2Xtil.T*Xtil*w  # (A + λc)*X = b"
    read, notes = tilde_matrix_read(text)
    assert read == "∇E = 2   X.T*   X*w  # (A + λc)*X = b" and len(read) == len(text) and len(notes) == 1


def test_a_page_defining_xtil_is_not_read_as_x(tmp_path):
    result = steps_of_page(tmp_path, "Xtil = [1, x]\n\n" + _PAGE)
    assert result.exit_code == 2


def test_two_tilde_words_are_not_read(tmp_path):
    result = steps_of_page(tmp_path, _PAGE.replace("2Xtil.T*y", "2Xtilde.T*y"))
    assert result.exit_code == 2


def test_numpy_code_keeps_its_refusal_of_star(tmp_path):
    # nothing but .T marks the page: no 2X, no ∇ (a comment's aside); '*' stays NumPy's, refused as before
    page = "E(w) = ||y - X*w||^2\n\n∂E/∂w = X.T*(X*w - y) + X.T*(X*w - y)  # ∇E\n"
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "in NumPy '*' multiplies entry by entry" in result.stderr


@pytest.mark.parametrize(("text", "typed"), [
    ("∇E = 2Xtil.T*Xtil*w - 2Xtil.T*y + 2λ*w", True),
    ("= 2[(X.T*X + λI)*w - X.T*y] = 0\n∇E = 2X.T*X*w", True),
    ("grad = X.T*(X*w - y)  # ∇J", False),  # the ∇ is a comment's
    ("g = 2*X.T*X*w", False),  # Python
    ("np.dot(X.T, X)*2X", False),  # np. marks code
    ("1e5*X.T*y", False),  # a float's exponent
    ("2j*X.T*y", False),  # a complex number
    ("∇E = X.T@X*w", False),  # @ marks code
    ("∇E = 2X'*X*w", False),  # Octave's transpose
])
def test_typed_maths(text, typed):
    assert typed_maths(text) is typed
