r"""Left sides and vector answers as real answers write them (issue 10, sides 11).

Each test names the input, what logderiv did before and what it does now. Gradients are checked by central
finite differences of costs written here in NumPy (tests/_numeric.py); verdicts are worked by hand in the
comments, never copied from logderiv's own output.

1. ``MSE Loss = sum((h - y) ** 2) / 2m`` (Stack Overflow): a cost named in words was refused ("the left side
   names the cost"); now read as Loss, noted. Words outside the list of cost-name words stay refused.
2. ``2J = \frac{1}{m}\sum …``: J = E/2 (the course's J) or the right side itself (the function 2J)? The corpus
   item reads the right side, the brief J = E/2: the gradients differ by 2, so it is refused naming both.
3. ``2\lambda\beta``, ``\lambda I\beta``, ``\nabla_\beta = \lambda\beta + …``: a lone parameter vector in a
   term of an answer was refused ("'beta' is a vector"); it is the gradient vector, entry j compared (noted).
4. ``(X\beta - Y)^T X + \lambda\beta^T``: βᵀ with nothing after it was refused as a dot product missing its
   vector; in matrix notation it is the 1×n row βᵀ, and the row-form gradient is read.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(1111)


# --- 1. a cost named in words ---------------------------------------------------------------------------------

WORDED = "MSE Loss = sum((h - y) ** 2) / 2m"
LINE = ("h = b0 + b1.x",)


def test_the_worded_costs_gradient_by_the_slope_is_the_mean_of_residual_times_x():
    """Σ(b0 + b1 x − y)²/(2m) by b1: Σ(h − y)x / m (FD)."""
    x, y, b = RNG.normal(size=4), RNG.normal(size=4), RNG.normal(size=2)
    cost = lambda v: np.sum((v[0] + v[1] * x - y) ** 2) / (2 * x.size)  # noqa: E731
    assert np.isclose(_fd(cost, b)[1], np.sum((b[0] + b[1] * x - y) * x) / x.size)


def test_a_cost_named_in_words_is_read_as_its_last_word_with_a_note():
    # before: refused, "the left side of '=' names the cost"
    right = check("sum((h - y) * x) / m", cost=WORDED, wrt="b1", let=LINE)
    assert right.verdict == "equivalent"
    assert "'MSE Loss' on the left side names the cost" in right.to_text()
    # half of it (the 1/(2m) kept after the derivative): different
    assert check("sum((h - y) * x) / (2*m)", cost=WORDED, wrt="b1", let=LINE).verdict == "different"


@pytest.mark.parametrize("cost", [
    "Error Rate = (1/m) * sum((h - y)^2)",  # 'Rate' is no word of a cost's name
    "Total cost = (1/m) * sum((h - y)^2)",  # not written as a name (capitalised words)
    "Mean Loss = Mean * sum((h - y)^2)",  # a word of the left side used on the right
])
def test_other_worded_left_sides_stay_refused(cost):
    with pytest.raises(InputError):
        check("(1/m) * sum((h - y) * x_j)", cost=cost, let=("h = theta^T x",))


# --- 2. 2J = E ------------------------------------------------------------------------------------------------


def test_the_two_readings_of_two_j_differ_by_the_factor():
    """J = E/2 has half the gradient of E, the other reading (FD): neither may be taken silently."""
    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    E = lambda t: np.mean((X @ t - y) ** 2)  # noqa: E731
    assert np.allclose(_fd(E, theta), 2 * _fd(lambda t: E(t) / 2, theta))


@pytest.mark.parametrize("cost", [r"2J=\frac{1}{m} \sum_i (h(x_i)-y_i)^2", "2J = (1/m) * sum_i (h(x_i)-y_i)^2"])
def test_a_number_times_the_costs_name_is_refused_with_both_readings(cost):
    # before: "the left side of '=' names the cost", no readings
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}\sum_i (h(x_i)-y_i)x_{ij}", cost=cost)
    assert "J = (right side)/2" in caught.value.message and "the function 2J" in caught.value.message
    assert caught.value.column == 0


# --- 3. a lone parameter vector in an answer -------------------------------------------------------------------

PENALTY = r"\lambda \beta^T \beta"


def test_the_penaltys_gradient_is_two_lambda_beta():
    beta, lam = RNG.normal(size=3), 0.8
    assert np.allclose(_fd(lambda b: lam * b @ b, beta), 2 * lam * beta)


@pytest.mark.parametrize("answer, verdict", [
    (r"2\lambda\beta", "equivalent"),  # 2λβ, entry j 2λβⱼ
    (r"\lambda\beta", "different"),  # half of it
    (r"\lambda I \beta", "different"),  # Iβ = β: λβ again
    (r"2\lambda I \beta", "equivalent"),
])
def test_a_lone_parameter_vector_is_the_gradient_vector(answer, verdict):
    # before: refused, "'beta' is a vector: write beta_j or beta^T x"
    result = check(answer, cost=PENALTY, wrt="beta_j")
    assert result.verdict == verdict
    assert any("β alone in a term of the answer is the parameter vector" in note for note in result.notes)


@pytest.mark.parametrize("answer", [r"\lambda\beta^2", r"\beta\beta", r"\lambda\frac{1}{\beta}", r"\sigma(\beta)"])
def test_a_vector_not_alone_in_its_term_stays_refused(answer):
    """β² (entry by entry or βᵀβ?), ββ, 1/β, σ(β): what the writer means is not said."""
    with pytest.raises(InputError) as caught:
        check(answer, cost=PENALTY, wrt="beta_j")
    assert "is a vector" in caught.value.message


PFANN = (r"J_{n, \lambda}(\beta)=\frac{\lambda}{2} \lvert \lvert \beta \rvert \rvert^2+ \frac{1}{n} \sum_{i=1}^n "
         r"\frac{1}{2}(y_i - x_i \cdot \beta)^2")


def test_the_ridge_gradient_is_lambda_beta_plus_the_mean_residual_times_x():
    X, y, beta, lam = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3), 0.6
    cost = lambda b: lam / 2 * b @ b + np.mean(0.5 * (y - X @ b) ** 2)  # noqa: E731
    assert np.allclose(_fd(cost, beta), lam * beta + X.T @ (X @ beta - y) / 4)


def test_a_gradient_operator_alone_on_the_left_names_the_costs_gradient():
    # before: refused, "the left side \nabla ... names the cost"
    answer = r"\nabla_\beta = \lambda \beta + \frac{1}{n}\sum_{i=1}^n-(y^{(i)}-x^{(i)}\cdot \beta)*x^{(i)}"
    result = check(answer, cost=PFANN, wrt="beta_j")
    assert result.verdict == "equivalent"
    assert any(r"\nabla_\beta names no cost" in note for note in result.notes)
    without = r"\nabla_\beta = \frac{1}{n}\sum_{i=1}^n-(y^{(i)}-x^{(i)}\cdot \beta)*x^{(i)}"
    assert check(without, cost=PFANN, wrt="beta_j").verdict == "different"  # λβ missing


def test_one_observations_gradient_is_not_the_costs():
    """∇_β^{(i)} = λβ − (y⁽ⁱ⁾ − x⁽ⁱ⁾·β)x⁽ⁱ⁾ drops the mean over the examples: not ∇J (by hand)."""
    answer = r"\nabla_\beta^{(i)} = \lambda\beta -\big(y^{(i)}-x^{(i)}\cdot \beta \big)*x^{(i)}"
    result = check(answer, cost=PFANN, wrt="beta_j")
    assert result.verdict == "different"
    assert any("example i's term alone" in note for note in result.notes)


# --- 4. the row-form gradient ----------------------------------------------------------------------------------

HALF_NORMS = r"f(\beta) = \frac12 \| X \beta - Y \|^2 + \frac{\lambda}{2} \| \beta \|^2"


def test_the_half_norms_gradient_is_xt_residual_plus_lambda_beta():
    X, y, beta, lam = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), 0.9
    cost = lambda b: 0.5 * np.sum((X @ b - y) ** 2) + lam / 2 * b @ b  # noqa: E731
    # the row (Xβ − Y)ᵀX + λβᵀ has these entries
    assert np.allclose(_fd(cost, beta), (X @ beta - y) @ X + lam * beta)


@pytest.mark.parametrize("answer, verdict", [
    (r"f'(\beta) = (X \beta - Y)^ T X + \lambda \beta^T", "equivalent"),
    (r"(X \beta - Y)^T X + \lambda \beta^T", "equivalent"),
    (r"(X \beta - Y)^T X + 2\lambda \beta^T", "different"),
])
def test_a_transposed_parameter_vector_ending_a_term_is_a_row(answer, verdict):
    # before: refused, "'^' needs a vector after it"
    result = check(answer, cost=HALF_NORMS, wrt="beta_j")
    assert result.verdict == verdict
    assert any("1×n row" in note for note in result.notes)


def test_a_transposed_vector_with_no_data_matrix_still_needs_its_vector():
    with pytest.raises(InputError) as caught:
        check(r"\lambda \beta^T", cost=PENALTY, wrt="beta_j")
    assert "needs a vector after it" in caught.value.message


# --- 5. a derivative of a cost named by letters written together ----------------------------------------------

SS = r"SS(\beta) = (y - X\beta)^T(y - X\beta)"


def test_the_sum_of_squares_gradient_is_minus_two_xt_residual():
    X, y, beta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    cost = lambda b: (y - X @ b) @ (y - X @ b)  # noqa: E731
    assert np.allclose(_fd(cost, beta), -2 * X.T @ (y - X @ beta))


@pytest.mark.parametrize("answer, verdict", [
    (r"\frac{\partial}{\partial\beta} SS(\beta) = -2X^T (y - X\beta)", "equivalent"),
    # a column plus a row: entry by entry −(Xᵀr)ⱼ + (rᵀX)ⱼ = 0, not −2(Xᵀr)ⱼ (the asker says so himself)
    (r"\frac{\partial}{\partial\beta} SS(\beta) = -X^T (y - X\beta) + (y - X\beta)^T X", "different"),
])
def test_the_operator_before_a_worded_cost_names_its_derivative(answer, verdict):
    # before: refused, "the left side of '=' names the cost"
    result = check(answer, cost=SS, wrt="beta_j")
    assert result.verdict == verdict
    # one path since session 21 (fixf50) for a cost's name in letters applied to its parameters after the operator
    # (Dataquest's MSE(a_{0}, a_{1})): its note names the derivative read
    assert any("the left side names ∂SS/∂βⱼ" in note for note in result.notes)


def test_the_operator_before_letters_applied_to_the_data_stays_refused():
    with pytest.raises(InputError):
        check(r"\frac{\partial}{\partial\beta} SS(X) = -2X^T (y - X\beta)", cost=SS, wrt="beta_j")


# --- 6. y_pred = w * X + b: w one number, X the inputs ------------------------------------------------------

LINE_COST = r"J(w, b) = \frac{1}{n}\sum_{i=1}^{n}\left(wx^{(i)} + b - y^{(i)}\right)^2"


def test_the_lines_gradient_by_b_is_twice_the_mean_residual():
    x, y, wb = RNG.normal(size=5), RNG.normal(size=5), RNG.normal(size=2)
    cost = lambda v: np.mean((v[0] * x + v[1] - y) ** 2)  # noqa: E731
    assert np.allclose(_fd(cost, wb), [2 * np.mean((wb[0] * x + wb[1] - y) * x), 2 * np.mean(wb[0] * x + wb[1] - y)])


@pytest.mark.parametrize("answer, verdict", [("(2 / n) * np.sum(y_pred - y)", "equivalent"),
                                             ("(1 / n) * np.sum(y_pred - y)", "different")])
def test_a_code_let_of_w_times_x_plus_b_is_the_one_feature_line(answer, verdict):
    # before: refused, "'X' is not in the cost" (X read as an unknown number)
    result = check(answer, cost=LINE_COST, wrt="b", let=("y_pred = w * X + b",))
    assert result.verdict == verdict
    assert any("X is the one feature's 1-D array" in note for note in result.notes)


def test_x_times_w_with_nothing_saying_w_is_a_number_is_left_as_written():
    """X * w + b may be the matrix product Xw + b with w a vector: not respelled, the matrix reading stays."""
    result = check("(2 / m) * np.sum(y_pred - y)", cost="np.mean((y_pred - y) ** 2)", wrt="b",
                   let=("y_pred = X * w + b",))
    assert not any("one feature's 1-D array" in note for note in result.notes)
    assert "y_pred = Xw + b" in result.to_text()
    # ∂/∂b of mean((Xw + b − y)²) is 2·mean(Xw + b − y): the answer, by hand
    assert result.verdict == "equivalent"


# --- 7. a 1×1 term beside a vector -----------------------------------------------------------------------------

BONDHOU = "(y-Xw)'(y-Xw)"


def test_the_squared_residuals_gradient_is_minus_two_xt_y_plus_two_xtxw():
    X, y, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    expected = -2 * X.T @ y + 2 * X.T @ (X @ w)
    assert np.allclose(_fd(lambda v: (y - X @ v) @ (y - X @ v), w), expected)
    # the asker's line, with y'Xw (one number) added to each entry, is another vector
    assert not np.allclose(-2 * (y @ X @ w) + 2 * X.T @ (X @ w), expected)


def test_a_one_by_one_term_beside_a_vector_is_a_number_added_to_each_entry():
    # before: refused, "'-2y'Xw' is 1×1 and '2X'(Xw)' is n×1: they cannot be added"
    result = check("-2y'Xw + 2X'(Xw)", cost=BONDHOU, wrt="w_j")
    assert result.verdict == "different"
    assert any("is 1×1, a number: added to each entry" in note for note in result.notes)
    assert check("-2X'y + 2X'(Xw)", cost=BONDHOU, wrt="w_j").verdict == "equivalent"


# --- 8. vectors of n and m entries added: a value only when m = n --------------------------------------------

CSE446 = "L(w) = ||Xw-Y||_2^2"


def test_at_m_equals_n_the_multiple_choice_options_are_not_the_gradient():
    """At m = n = 3: ∇‖Xw − Y‖² = 2Xᵀ(Xw − Y) (FD); option (b) 2Xᵀ(XᵀXw − Y) and option (a) 2Yᵀ(XᵀXw − Y) (one
    number in every entry) are other values."""
    X, Y, w = RNG.normal(size=(3, 3)), RNG.normal(size=3), RNG.normal(size=3)
    gradient = _fd(lambda v: np.sum((X @ v - Y) ** 2), w)
    assert np.allclose(gradient, 2 * X.T @ (X @ w - Y))
    assert not np.allclose(2 * X.T @ (X.T @ X @ w - Y), gradient)
    assert not np.allclose(np.full(3, 2 * Y @ (X.T @ X @ w - Y)), gradient)


@pytest.mark.parametrize("answer", [r"2X^T(X^T Xw - Y)", r"2Y^T (X^T Xw - Y)"])
def test_a_sum_that_conforms_only_when_m_equals_n_and_is_wrong_there_is_different(answer):
    # before: refused, "'X^T Xw' is n×1 and 'Y' is m×1: they cannot be added"
    verdict = check(answer, cost=CSE446, wrt="w_j")
    assert verdict.verdict == "different"
    assert any("they conform only when m = n" in note for note in verdict.notes)
    assert verdict.counterexample is not None


def test_a_sum_that_conforms_only_when_m_equals_n_and_is_right_there_stays_refused():
    with pytest.raises(InputError) as caught:
        check(r"2X^T(X^T Xw - Y) - 2X^T X^T Xw + 2X^T Xw", cost=CSE446, wrt="w_j")
    assert "they cannot be added" in caught.value.message


def test_x_times_w_beside_the_courses_one_feature_model_is_the_one_feature():
    """The cost writes w x⁽ⁱ⁾ + b: w is one number, so code's X * w is w times the inputs (respelled w * x)."""
    result = check("(2 / n) * np.sum(y_pred - y)", cost=LINE_COST, wrt="b", let=("y_pred = X * w + b",))
    # ∂/∂b of (1/n)Σ(wxᵢ + b − yᵢ)² is (2/n)Σ(wxᵢ + b − yᵢ): by hand
    assert result.verdict == "equivalent"
    assert any("X is the one feature's 1-D array" in note for note in result.notes)
    # the respelled let is not read back as code's matrix product x * θ
    assert not any("is the matrix product with the parameter vector" in note for note in result.notes), result.notes
