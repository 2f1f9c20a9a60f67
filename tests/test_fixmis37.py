"""fixmis37: silent misreads found in issue 10's material, each read as the writer means it (noted) or refused.

Expected gradients are worked out by hand and checked by the corpus judge (central finite differences of the NumPy
cost written here, tests/corpus/judge.py); verdicts are the hand-worked ones.
"""

from __future__ import annotations

import pytest

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

# --- 1. a penalty's Σ with no index over the one weight of a one-feature line ----------------------------------
# source: issue 10's report, verbatim (a one-feature line with a ridge penalty written \sum w^2): the Σ of the
# penalty runs over the weights, and with one scalar weight w it is w², never m·w² (a sum over the examples)
ONE_WEIGHT_PENALTY = (r"J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m}\sum w^2")


def _one_weight_ridge(d) -> float:
    """(1/2m) Σᵢ (w xᵢ + b − yᵢ)² + (λ/2m) w², by hand."""
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * d.w[0] ** 2


def test_a_penalty_sum_without_index_over_one_weight_is_that_weight_squared():
    assert_gradient_read(ONE_WEIGHT_PENALTY, _one_weight_ridge, wrt=("w", "b"))
    said = " ".join(notes_of(logderiv.derive(ONE_WEIGHT_PENALTY, wrt="w")))
    assert "runs over the weights" in said and "not m" in said


@pytest.mark.parametrize(("answer", "verdict"), [
    # by hand: ∂J/∂w = (1/m) Σᵢ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾) x⁽ⁱ⁾ + (λ/m) w
    (r"\frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)} + \frac{\lambda}{m} w", "equivalent"),
    # the penalty's derivative read over the examples, λw (m·(λ/m)w): not the gradient
    (r"\frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)} + \lambda w", "different"),
])
def test_the_issue_answer_is_judged_against_w_squared(answer, verdict):
    assert_verdict_read(answer, ONE_WEIGHT_PENALTY, verdict, wrt="w")


def _examples_times_w2(d) -> float:
    """Σᵢ₌₁ᵐ written out over the examples: m·w² as the text says, (λ/2m)·m·w² = (λ/2) w²."""
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / 2 * d.w[0] ** 2


def test_guard_a_penalty_sum_written_over_the_examples_stays_as_written():
    # the guard: a Σ whose index and bound say the examples is read as written, m copies of w²
    text = ONE_WEIGHT_PENALTY.replace(r"\sum w^2", r"\sum_{i=1}^m w^2")
    assert_gradient_read(text, _examples_times_w2, wrt=("w", "b"))


@pytest.mark.parametrize(("penalty", "said"), [
    # Σ b² is m·b² over the examples, b² once: the intercept is no weight, so neither reading is guessed
    (r"\sum b^2", "m times its body"),
    # Σ λ: the parser already refuses it (nothing indexed), as before
    (r"\sum \lambda", "cannot tell whether"),
])
def test_an_unindexed_sum_of_nothing_per_example_and_no_weight_is_refused(penalty, said):
    cost = ONE_WEIGHT_PENALTY.replace(r"\sum w^2", penalty)
    error = refused(logderiv.derive, cost, wrt="w")
    assert said in error.message
    assert error.column == cost.index(penalty)


def test_guard_an_unindexed_sum_of_the_data_stays_over_the_examples():
    # Σ (w x + b − y)² with no index: its body is per example, the sum over the m examples as before
    text = r"J(w,b) = \frac{1}{2m}\sum (w x + b - y)^2"

    def intended(d) -> float:
        r = d.w[0] * d.x + d.b - d.y
        return float(r @ r) / (2 * d.m)

    assert_gradient_read(text, intended, wrt=("w", "b"))
    said = " ".join(notes_of(logderiv.derive(text, wrt="w")))
    assert "runs over the weights" not in said


# --- 2. a page stating X ∈ ℝ^{n×m} (features × examples, DeepLearning.AI's layout) ----------------------------------
# a page written for the test in the layout of Andrew Ng's deep-learning course ("X ∈ ℝ^{n_x × m}", one example per
# column; issue 10 names the convention, no page of the corpus states it); a derivation in matrix
# form is read with X m×n, so a page stating the other layout is refused at its statement, never judged against it
COLUMNS_PAGE = (
    "Let $X \\in \\mathbb{R}^{n \\times m}$ hold the examples in its columns.\n\n"
    "$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
    "$$\\nabla_\\theta J = \\frac{1}{m} X^T (X\\theta - y)$$\n"
)


@pytest.mark.parametrize("stated", [r"X \in \mathbb{R}^{n \times m}", r"X \in \mathbb{R}^{n_x \times m}",
                                    r"\mathbf{X} \in \mathbb{R}^{n \times m}", "X ∈ ℝ^{n×m}"])
def test_a_page_stating_x_features_by_examples_is_refused_at_the_statement(stated):
    page = COLUMNS_PAGE.replace(r"X \in \mathbb{R}^{n \times m}", stated)
    error = refused(logderiv.steps, page, file_kind="markdown")
    assert "one example per column" in error.message and "m×n" in error.message
    assert error.line == 1 and error.column == page.index(stated)


def test_guard_a_page_stating_x_examples_by_features_is_read():
    # X ∈ ℝ^{m×n} is logderiv's own layout: by hand ∇J = (1/m) Xᵀ(Xθ − y), the page's last line
    page = COLUMNS_PAGE.replace(r"n \times m", r"m \times n")
    review = logderiv.steps(page, file_kind="markdown")
    assert all(step.valid for step in review.steps) and review.ending == "gradient"


# --- 3. an undefined one-letter matrix (A, the generic matrix of Ax = b) times the parameters -----------------------
@pytest.mark.parametrize("cost", [
    "np.sum((np.dot(A, theta) - y)**2) / (2*m)",
    "np.sum((A @ theta - y)**2) / (2*m)",
    "np.sum((A.dot(theta) - y)**2) / (2*m)",
])
def test_an_undefined_one_letter_matrix_is_not_taken_for_the_data(cost):
    # nothing written says A is the data: Xθ, or another matrix (least squares' Ax = b)? refused at A
    error = refused(logderiv.derive, cost, wrt="theta_j")
    assert "'A'" in error.message and "data" in error.message
    assert error.column == cost.index("A")


def _half_mse(d) -> float:
    """(1/2m) Σᵢ (x⁽ⁱ⁾ᵀθ − yᵢ)², by hand."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


@pytest.mark.parametrize("cost", [
    # guard: code's names that say data (Xbar, Xmat) keep their noted reading as X
    "np.sum((np.dot(Xmat, theta) - y)**2) / (2*m)",
    "np.sum((Xbar @ theta - y)**2) / (2*m)",
])
def test_guard_a_data_matrix_named_as_data_is_read_as_x(cost):
    assert_gradient_read(cost, _half_mse)
    assert any("is the code's name of the data matrix" in note for note in notes_of(logderiv.derive(cost, wrt="theta_j")))



# --- 4. the note of a one-feature loop says what the code does -----------------------------------------------------
# the ML Specialization's compute_gradient (C1 W2 lab "Gradient descent for linear regression", one feature):
# x[i] is multiplied by w in f_wb and by err in dj_dw, so "only ever multiplied by the number w" was untrue
MLS_LOOP = ("dj_dw = 0\ndj_db = 0\nfor i in range(m):\n    f_wb = w * x[i] + b\n    err = f_wb - y[i]\n"
            "    dj_dw += err * x[i]\n    dj_db += err\ndj_dw = dj_dw / m\n")
MLS_COST = r"\frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2"


def test_the_one_feature_loop_note_is_true_and_the_loop_is_judged():
    # by hand: ∂J/∂w = (1/m) Σᵢ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾) x⁽ⁱ⁾, the loop's dj_dw
    assert_verdict_read(MLS_LOOP, MLS_COST, "equivalent", wrt="w")
    said = notes_of(logderiv.check(MLS_LOOP, cost=MLS_COST, wrt="w"))
    note = next(note for note in said if note.startswith("read as code: x"))
    assert "only ever multiplied" not in note
    assert "x is only ever written x[i]" in note and "w * x[i]" in note


# --- 5. an error inside Octave's [grad_0; grad_rest] points at the user's own text -----------------------------------
# source: tests/corpus/fresh_fortyfourth.py (aakhedr's Octave costFunctionReg: grad_0 = …; grad_rest = …;
# grad = [grad_0; grad_rest];), the rest's --let given a stray '? 2' after its penalty
AAK_COST = "(1/ m) * (-y' * log(H) - (1 - y)' * log(1 - H)) + lambda / (2 * m) * sum(theta(2:end, :).^2)"
AAK_FIRST = "grad_0 = 1/m  * (X(:,1)' * (H - y))"
AAK_REST = "grad_rest = 1/m * (X(:,2:end)' * (H - y)) + lambda/ m * theta(2:end,:)"
AAK_H = "H = sigmoid(X * theta)"


def test_an_error_in_a_stacked_part_points_into_its_let():
    rest = AAK_REST + " ? 2"
    error = refused(logderiv.check, "grad = [grad_0; grad_rest];", cost=AAK_COST, wrt="theta_j",
                    let=(AAK_FIRST, rest, AAK_H))
    # the user's --let, not the generated 'grad(2:end) = …;' lines
    assert error.label == "--let" and error.source == rest
    assert rest[error.column:].startswith("theta(2:end,:)")


def test_an_error_of_the_stacked_lines_points_at_the_answer():
    # a stray '? 3' after the first part: the lines built from the parts are refused, and the refusal is shown in
    # a text the user wrote (the answer or the --let), never in the generated grad(1) = …; grad(2:end) = …;
    first = AAK_FIRST + " ? 3"
    answer = "grad = [grad_0; grad_rest];"
    error = refused(logderiv.check, answer, cost=AAK_COST, wrt="theta_j", let=(first, AAK_REST, AAK_H))
    assert error.source in (answer, first)
    assert "grad(1) =" not in error.source and "grad(2:end) =" not in error.source


# --- refusals now read: ger's Coursera ex2/ex3/ex5 gradients (tests/corpus/fresh_eightieth.py, f80-ger-*) ----------
# source: https://github.com/alexanderGerbik/ml-coursera-python-assignments/blob/7d28e15b87f2368bceb746b3e82f6ca7cae359ee/
# matlab/ex2/costFunctionReg.m, ex3/lrCostFunction.m, ex5/linearRegCostFunction.m (Octave solutions):
# grad = …; reg = theta * lambda / m; reg(1, 1) = 0; grad = grad + reg; (ex5 then: grad = grad(:);)
GER_LETS = ("m = length(y);", "h = sigmoid(X * theta);")
GER_REG = "grad = ((h - y)' * X / m)';\nreg = theta * lambda / m;\nreg(1, 1) = 0;\ngrad = grad + reg;"
GER_J3 = "J = -(y' * log(h) + (1-y') * log(1-h)) / m + sum(theta(2:end, :) .^ 2) * lambda / 2 / m;"
GER_J5 = "J = diff' * diff / 2 / m + th' * th * lambda / 2 / m;"
GER_J5_LETS = ("m = length(y);", "h = X * theta;", "diff = h - y;", "th = theta(2:end, :);")


@pytest.mark.parametrize(("answer", "cost", "lets", "verdict"), [
    # by hand: ∂/∂θⱼ of the mean cross-entropy plus (λ/2m)Σ_{j≥2}θⱼ² is Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ(2:end)]
    (GER_REG, GER_J3, GER_LETS, "equivalent"),
    # the penalty's gradient halved (λ/2m θ): not the gradient
    (GER_REG.replace("lambda / m", "lambda / 2 / m"), GER_J3, GER_LETS, "different"),
    # ex5: the squared error's Xᵀ(Xθ − y)/m + (λ/m)[0; θ(2:end)], then the template's grad = grad(:)
    (GER_REG + "\n\ngrad = grad(:);", GER_J5, GER_J5_LETS, "equivalent"),
    # ex5 without the 1/m of the data term: different
    (GER_REG.replace("X / m)'", "X)'") + "\n\ngrad = grad(:);", GER_J5, GER_J5_LETS, "different"),
])
def test_the_first_entry_of_a_scaled_copy_zeroed_by_two_indices(answer, cost, lets, verdict):
    assert_verdict_read(answer, cost, verdict, wrt="theta_j", lets=lets)
    said = " ".join(notes_of(logderiv.check(answer, cost=cost, wrt="theta_j", let=lets)))
    assert "reg = theta * lambda" in said and "reg(1, 1) = 0" in said  # the note quotes the lines as written


def test_grad_of_its_own_column_is_left_out_with_a_note():
    answer = "grad = X' * (h - y) / m;\ngrad = grad(:);"
    said = " ".join(notes_of(logderiv.check(answer, cost=GER_J5, wrt="theta_j", let=GER_J5_LETS)))
    assert "grad = grad(:) puts the entries of grad in one column" in said


@pytest.mark.parametrize("answer", [
    # guard: a scaled copy whose scale holds data is no number times θ (left to the readers as before)
    "grad = X' * (h - y) / m;\nreg = theta * X / m;\nreg(1, 1) = 0;\ngrad = grad + reg;",
    # guard: the second entry zeroed, not the intercept's
    "grad = X' * (h - y) / m;\nreg = theta * lambda / m;\nreg(2, 1) = 0;\ngrad = grad + reg;",
])
def test_guard_other_zeroings_are_not_read_as_the_intercept_left_out(answer):
    from _reading import refused_by_logderiv

    refused_by_logderiv(lambda: logderiv.check(answer, cost=GER_J3, wrt="theta_j", let=GER_LETS))
