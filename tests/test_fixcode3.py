"""Issue 10 (fixcode3): held-out waves 20–22 — code readings (counts, class attributes, helpers, commas).

Every expected verdict is worked out by hand from the cost (the derivative written
beside each case) or checked against finite differences; none is copied from
logderiv's output.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"

# linear: J = (1/(2m)) Σ (θᵀx − y)², ∇J = (1/m) Xᵀ(Xθ − y)
LINEAR = "1/(2m) * sum((theta^T x - y)^2)"


# --- 1. a let that counts X's rows names the examples, whatever letter it takes --------------------------
@pytest.mark.parametrize("answer,expected", [
    ("(1 / B) * X.T.dot(X.dot(theta) - y)", EQ),  # (1/m) Xᵀ(Xθ − y)
    ("(2 / B) * X.T.dot(X.dot(theta) - y)", DIFF),  # twice it
    ("X.T.dot(X.dot(theta) - y) / B", EQ),
])
def test_a_batch_letter_counting_the_rows_of_X_is_m(answer, expected):
    verdict = check(answer, cost=LINEAR, let=["B = X.shape[0]"])
    assert verdict.verdict == expected
    assert any(note.startswith("B = X.shape[0] counts the examples") and "read as m" in note
               for note in verdict.notes)


def test_a_batch_letter_against_the_columns_layout_is_refused():
    """np.dot(w.T, X) keeps one example per column: X's rows are the features, so B is n, not m."""
    with pytest.raises(InputError, match="counts the rows of X"):
        check("(1 / B) * np.dot(X, (sigmoid(np.dot(w.T, X)) - Y).T)",
              cost="-1/B * np.sum(Y * np.log(sigmoid(np.dot(w.T, X))) + (1 - Y) * np.log(1 - sigmoid(np.dot(w.T, X))))",
              wrt="w_j", let=["B = X.shape[0]"])


@pytest.mark.parametrize("letter", ["j", "b", "h", "X"])
def test_a_letter_with_a_meaning_of_its_own_is_not_read_as_a_count(letter):
    with pytest.raises(InputError):
        check(f"(1 / {letter}) * X.T.dot(X.dot(theta) - y)", cost=LINEAR, let=[f"{letter} = X.shape[0]"])


def test_octave_rows_counts_the_examples_and_the_entries_of_theta():
    # J = (1/(2m)) Σ(θᵀx − y)² + (λ/(2m)) Σ_{k≥2} θₖ²; ∂J/∂θⱼ = (1/m) Σ(θᵀx − y)xⱼ + (λ/m) θⱼ [j ≥ 2]
    cost = ("1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * [0;theta(2:rows(theta),:)]' * "
            "[0;theta(2:rows(theta),:)]")
    right = "(1/m) * X' * (X*theta - y) + (lambda/m) * [0; theta(2:end)]"
    verdict = check(right, cost=cost, let=["m = rows(X);"])
    assert verdict.verdict == EQ
    assert any("m = rows(X) counts the examples" in note for note in verdict.notes)
    # the penalty on the intercept too: different at θ₁
    assert check("(1/m) * X' * (X*theta - y) + (lambda/m) * theta", cost=cost,
                 let=["m = rows(X);"]).verdict == DIFF


# --- 2. a class's methods and private attributes --------------------------------------------------------
# simdangelo's LinearRegression: L = (1/m) Σ (xᵢᵀw − yᵢ)², ∇L = (2/m) Xᵀ(Xw − y) (no ½, so the 2 stays)
METHOD_COST = "1/self.m * np.sum(np.power(yhat - y, 2))"
METHOD_LETS = ["yhat = self.y_hat(X,w)", "self.y_hat(X, w) = np.dot(X, w)", "self.m = X.shape[0]"]


@pytest.mark.parametrize("answer,expected", [
    ("2/m * X.T @ (X @ w - y)", EQ),
    ("1/m * X.T @ (X @ w - y)", DIFF),  # the ½-convention gradient: half of it
    ("2/m * X.T @ (y - X @ w)", DIFF),  # the sign
])
def test_a_method_defined_by_a_let_is_its_body_where_called_with_its_arguments(answer, expected):
    verdict = check(answer, cost=METHOD_COST, wrt="w_j", let=METHOD_LETS)
    assert verdict.verdict == expected
    assert any(note.startswith("self.y_hat(X, w) is the class's method") for note in verdict.notes)


def test_a_method_called_with_other_arguments_is_not_read():
    """self.y_hat(X, theta) is the body with θ for w: substituting is not done, so the text is refused."""
    with pytest.raises(InputError):
        derive("1/m * np.sum(np.power(self.y_hat(X, theta) - y, 2))", wrt="theta_j",
               let=["self.y_hat(X, w) = np.dot(X, w)"])


def test_a_method_beside_a_name_of_its_own_is_not_read():
    """y_hat written apart as well as self.y_hat(X, w): one thing or two is not said."""
    with pytest.raises(InputError):
        derive("1/m * np.sum(np.power(self.y_hat(X, w) - y_hat, 2))", wrt="w_j",
               let=["self.y_hat(X, w) = np.dot(X, w)", "y_hat = 2 * np.dot(X, w)"])


def test_a_private_attribute_is_the_quantity_its_name_says():
    # J = (1/(2m)) Σ (θᵀxᵢ + b − yᵢ)², ∂J/∂θ = (1/m) Xᵀ(Xθ + b − y), ∂J/∂b = (1/m) Σ (θᵀxᵢ + b − yᵢ)
    cost = "1/(2*m) * np.sum((X @ self._theta + self._bias - y)**2)"
    verdict = check("1/m * X.T @ (X @ theta + b - y)", cost=cost, wrt="theta_j")
    assert verdict.verdict == EQ
    assert any("self._bias, self._theta: the object's attribute is the quantity itself" in note
               for note in verdict.notes)
    assert check("1/m * sum(theta^T x + b - y)", cost=cost, wrt="b").verdict == EQ
    assert check("1/m * sum(theta^T x - y)", cost=cost, wrt="b").verdict == DIFF


# --- 3. Y, code's labels beside X times the weights -----------------------------------------------------
# logistic in w and b: ∂J/∂b = (1/m) Σ (σ(wᵀxᵢ + b) − yᵢ)
FAIZ_LETS = ["Y_hat = 1/(1+(np.exp(-(self.X.dot(self.w) + self.b))))"]


@pytest.mark.parametrize("answer,expected", [
    ("(1/self.m)*np.sum(Y_hat - self.Y)", EQ),
    ("(1/self.m)*np.sum(self.Y - Y_hat)", DIFF),
    ("np.sum(Y_hat - self.Y)", DIFF),
])
def test_a_capital_Y_beside_X_times_the_weights_is_the_labels(answer, expected):
    verdict = check(answer, cost="logistic", wrt="b", let=FAIZ_LETS)
    assert verdict.verdict == expected
    assert any(note.startswith("Y is read as y, the m×1 vector of labels") for note in verdict.notes)


def test_Y_beside_y_in_the_answer_stays_refused():
    with pytest.raises(InputError):
        check("(1/m)*np.sum(Y_hat - Y) + 0 * np.sum(y)", cost="logistic", wrt="b", let=FAIZ_LETS)


# --- 4. Octave's sumsq(v, dim), SciPy's xlogy, α weighing a penalty written in code ---------------------
@pytest.mark.parametrize("answer,expected", [
    ("(1/m) * X' * (X*theta - y)", EQ),  # ½ Σ squares / m: ∇ = (1/m) Xᵀ(Xθ − y)
    ("(2/m) * X' * (X*theta - y)", DIFF),
])
def test_octave_sumsq_down_the_column_is_the_sum_of_squares(answer, expected):
    cost = "1/(2*m) * sumsq(X*theta - y, 1)"
    assert check(answer, cost=cost).verdict == expected
    assert any("sumsq(v, 1) is sum(v.^2, 1)" in note for note in derive(cost).problem.notes)


def test_octave_sumsq_along_the_rows_of_a_column_is_not_a_number():
    with pytest.raises(InputError, match="along dimension 2"):
        derive("1/(2*m) * sumsq(X*theta - y, 2)")


# the mean Poisson deviance ½-less: (1/m) Σ (y log(y/e^{θᵀx}) − y + e^{θᵀx}); per example ∂/∂θⱼ = (e^{θᵀx} − y) xⱼ
@pytest.mark.parametrize("answer,expected", [
    ("1/m * X.T @ (np.exp(X @ theta) - y)", EQ),
    ("1/m * X.T @ (y - np.exp(X @ theta))", DIFF),
])
def test_scipy_xlogy_is_a_times_the_log_of_b(answer, expected):
    cost = "np.mean(special.xlogy(y, y / np.exp(X @ theta)) - y + np.exp(X @ theta))"
    assert check(answer, cost=cost).verdict == expected
    assert any("special.xlogy(a, b) is a·log(b)" in note for note in derive(cost).problem.notes)


@pytest.mark.parametrize("penalty", ["alpha/2 * np.sum(theta**2)", "alpha/2 * np.dot(theta, theta)"])
def test_alpha_weighing_a_penalty_written_in_code_is_lambda(penalty):
    # J = (1/(2m)) ‖Xθ − y‖² + (α/2) Σ θₖ², α = λ: ∇ = (1/m) Xᵀ(Xθ − y) + λθ
    cost = "1/(2*m) * np.sum((X @ theta - y)**2) + " + penalty
    assert check("1/m * X.T @ (X @ theta - y) + lambda * theta", cost=cost).verdict == EQ
    assert any(note.startswith("α (alpha), the weight of the penalty, is read as λ")
               for note in derive(cost).problem.notes)
    assert check("1/m * X.T @ (X @ theta - y) + lambda/2 * theta", cost=cost).verdict == DIFF


def test_alpha_weighing_theta_transposed_times_theta_is_lambda():
    # (θᵀθ keeps the question of the intercept's penalty open: the verdict is undecided for λ as for α)
    notes = derive("1/(2*m) * np.sum((X @ theta - y)**2) + alpha/2 * theta.T @ theta").problem.notes
    assert any(note.startswith("α (alpha), the weight of the penalty, is read as λ") for note in notes)


def test_alpha_weighing_data_is_left_a_constant():
    notes = derive("1/(2*m) * np.sum((X @ theta - y)**2) + alpha * np.sum(X @ theta)").problem.notes
    assert not any(note.startswith("α (alpha), the weight of the penalty") for note in notes)


# --- 5. Ng's g of a matrix product in a cost, and an answer's let assigned again ------------------------
# the mean log-likelihood (no minus, as the comment writes it): ∇ = (1/m) Xᵀ(y − σ(Xθ))
@pytest.mark.parametrize("answer,expected", [
    ("(1/m) * X' * (y - sigmoid(X*theta))", EQ),
    ("(1/m) * X' * (sigmoid(X*theta) - y)", DIFF),  # the cost's gradient, not the likelihood's
])
def test_g_of_X_theta_in_a_cost_is_the_sigmoid(answer, expected):
    cost = "1/N sum [y*log(g(X*theta)) + (1-y)*log(1-g(X*theta))]"
    assert check(answer, cost=cost).verdict == expected
    notes = derive(cost).problem.notes
    assert "g is read as the sigmoid g(z) = 1/(1 + e^(−z)), as in Ng's course" in notes
    assert any("log(g(Xθ))" in note for note in notes)  # shown as written, of the matrix product


def test_g_defined_by_a_let_is_not_the_sigmoid():
    # g(z) = 2z: J = (1/m) Σ (2 θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², ∇ = (4/m) Xᵀ(2Xθ − y)
    cost = "1/m * sum((g(X*theta) - y).^2)"
    assert check("(4/m) * X' * (2*X*theta - y)", cost=cost, let=["g(z) = 2*z"]).verdict == EQ


# softplus form of the logistic loss: J = Σ log(1 + e^{xᵢᵀw}) − yᵀXw, ∇ = Xᵀ(σ(Xw) − y)
SOFTPLUS = "np.sum(np.log(1 + np.exp(Xw))) - np.matmul(y.transpose(), Xw)"
SOFTPLUS_LETS = ["Xw = np.matmul(X, w)", "p = np.exp(Xw)", "p = p / (1 + p)"]


@pytest.mark.parametrize("answer,expected", [
    ("np.matmul(X.transpose(), (p - y))", EQ),  # p = e^{Xw}/(1 + e^{Xw}) = σ(Xw), the last value
    ("np.matmul(X.transpose(), (y - p))", DIFF),
])
def test_an_answers_let_assigned_again_is_its_last_value(answer, expected):
    verdict = check(answer, cost=SOFTPLUS, wrt="w_j", let=SOFTPLUS_LETS)
    assert verdict.verdict == expected
    assert any(note.startswith("p is assigned again from its value (p = p / (1 + p)): the lines run in order, so "
                               "the answer's p is the last value") for note in verdict.notes)


def test_the_first_value_alone_is_not_the_gradient():
    """Control: with p = e^{Xw} only, Xᵀ(p − y) is not the gradient, so the last value above was the one read."""
    assert check("np.matmul(X.transpose(), (p - y))", cost=SOFTPLUS, wrt="w_j",
                 let=SOFTPLUS_LETS[:2]).verdict == DIFF


def test_a_name_assigned_again_used_by_cost_and_answer_stays_refused():
    with pytest.raises(InputError, match="assigned 2 times"):
        check("X.T @ (p - y)", cost="np.sum(np.log(1 + p)) - y.T @ (X @ w)", wrt="w_j",
              let=["p = np.exp(X @ w)", "p = p / (1 + p)"])


# --- 6. the design matrix called data -------------------------------------------------------------------
# J = −(1/30) Σ [y log σ(xᵢᵀw) + (1 − y) log(1 − σ(xᵢᵀw))] (30 hard-coded): ∇ = Xᵀ(σ(Xw) − y)/30
HARDPROXY = "-(y'*log(h) + (1-y)'*log(1 - h))/30"
HARDPROXY_LETS = ["h = 1./(1 + exp(-data*w));"]


@pytest.mark.parametrize("answer,expected", [
    ("data' * (h - y) / 30", EQ),
    ("data' * (h - y) / m", DIFF),  # 30 is a number, not the count m
    ("data' * (y - h) / 30", DIFF),
])
def test_data_times_the_weights_is_the_design_matrix(answer, expected):
    verdict = check(answer, cost=HARDPROXY, wrt="w_j", let=HARDPROXY_LETS)
    assert verdict.verdict == expected
    assert any(note.startswith("data is the code's name of the design matrix") for note in verdict.notes)


def test_data_beside_X_is_not_read_as_X():
    """data and X in one text: two matrices, or one? Not said, so data stays unknown."""
    with pytest.raises(InputError, match="data"):
        derive("sum((data*w - y).^2) + sum((X*w - y).^2)", wrt="w_j")


def test_data_not_times_the_weights_is_not_read_as_X():
    with pytest.raises(InputError, match="data"):
        derive("sum((w'*data - y).^2)", wrt="w_j")
