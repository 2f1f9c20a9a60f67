"""Issue 10 (fixcode3): held-out waves 20–22 — code readings (counts, class attributes, helpers, commas).

Every expected verdict is worked out by hand from the cost (the derivative written
beside each case) or checked against finite differences; none is copied from
logderiv's output.

Later (issue 10, the families that recur across the waves): each reading is of real text, quoted verbatim with its
source; its meaning was worked out by hand and is held to central finite differences of a NumPy cost written here
(tests/_numeric.py) or to the verdict worked out by hand (the corpus judge, tests/_reading.py), never to logderiv's
own output. Beside each reading, near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from corpus.items import sig
from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

from _numeric import central_differences as _fd
from _reading import assert_verdict_read as _assert_verdict, notes_of as _notes
from _reading import refused_by_logderiv as _refusal

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


@pytest.mark.parametrize("letter", ["j", "h", "X"])
def test_a_letter_with_a_meaning_of_its_own_is_not_read_as_a_count(letter):
    with pytest.raises(InputError):
        check(f"(1 / {letter}) * X.T.dot(X.dot(theta) - y)", cost=LINEAR, let=[f"{letter} = X.shape[0]"])


def test_b_defined_as_the_row_count_beside_a_cost_without_b_is_that_number():
    # b was refused here; since fixf63 a matrix answer's let of no example (b = X.shape[0], the number m) is one
    # number put in its place, and beside the linear preset (θ only, no intercept b) nothing else is b: (1/m)Xᵀ(Xθ − y)
    # is ∇(1/2m)Σ(θᵀx − y)², right (audit24g decided by hand). Beside a cost with its own b the let stays refused.
    assert check("(1 / b) * X.T.dot(X.dot(theta) - y)", cost=LINEAR, let=["b = X.shape[0]"]).verdict == EQ
    with pytest.raises(InputError):
        check("(1 / b) * X.T.dot(X.dot(w) + b - y)", cost="np.mean((X @ w + b - y)**2)/2", wrt="w_j",
              let=["b = X.shape[0]"])


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


def test_a_method_called_with_other_arguments_is_read_with_them_put_in():
    """self.y_hat(X, theta) is the body with θ for w (as Python runs it: fixf55), noted.

    By hand: J = (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², ∂J/∂θⱼ = (2/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ (held to finite differences)."""
    rng = np.random.default_rng(3)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    numeric = _fd(lambda t: np.mean((X @ t - y) ** 2), theta)
    assert np.allclose(numeric, 2 / 5 * X.T @ (X @ theta - y), atol=1e-6)
    derivation = derive("1/m * np.sum(np.power(self.y_hat(X, theta) - y, 2))", wrt="theta_j",
                        let=["self.y_hat(X, w) = np.dot(X, w)"])
    assert any("called with other arguments" in note for note in derivation.notes)
    assert check("2/m * sum((theta^T x - y) * x_j)", cost="1/m * np.sum(np.power(self.y_hat(X, theta) - y, 2))",
                 wrt="theta_j", let=["self.y_hat(X, w) = np.dot(X, w)"]).verdict == EQ


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


# === issue 10: the families that recur across the waves ===


def _nll(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


# --- an answer that divides by an N nothing defines: ML notes' number of examples -------------------------------

AICASSINDRA = "https://www.aicassindra.com/blogs/algorithms/logistic_regression.html (Gradient)"
AICASSINDRA_COST = "-sum[y·log(p) + (1-y)·log(1-p)]"
AICASSINDRA_GRAD = "X^T(σ(Xw) - y) / N"
COMP551 = "github:felixsimard/comp551-p2:GradientGiven.py (def cost_fn and def gradient)"
COMP551_COST = "np.mean(y * np.log1p(np.exp(-z)) + (1-y) * np.log1p(np.exp(z)))"
COMP551_GRAD = "np.dot(x.T, yh - y)/N"
COMP551_LETS = ("z = np.dot(x, w)", "yh = logistic(np.dot(x, self.w))", "logistic(z) = 1./ (1 + np.exp(-z))")


def test_the_hand_gradients_of_a_summed_and_a_mean_cross_entropy():
    """By hand: ∇ −Σ[y log σ(Xw) + (1 − y) log(1 − σ(Xw))] = Xᵀ(σ(Xw) − y), and the mean's is Xᵀ(σ − y)/N; the
    softplus form y·log1p(e^{−z}) + (1 − y)·log1p(e^{z}) is the same cross-entropy."""
    rng = np.random.default_rng(103)
    X, y, w = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3)
    p = sig(X @ w)
    assert np.allclose(_fd(lambda v: _nll(sig(X @ v), y).sum(), w), X.T @ (p - y))
    softplus = lambda v: np.mean(y * np.log1p(np.exp(-X @ v)) + (1 - y) * np.log1p(np.exp(X @ v)))  # noqa: E731
    assert np.allclose(_fd(softplus, w), X.T @ (p - y) / 5)
    assert not np.allclose(X.T @ (p - y) / 5, X.T @ (p - y))  # the /N the first answer adds shows


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    (AICASSINDRA_GRAD, AICASSINDRA_COST, (), "different"),  # the page's loss is a sum: /N is one 1/N too many
    (COMP551_GRAD, COMP551_COST, COMP551_LETS, "equivalent"),  # its cost is the mean: /N is its 1/N
    ("np.dot(x.T, yh - y)", COMP551_COST, COMP551_LETS, "different"),
])
def test_an_undefined_divisor_N_is_the_number_of_examples(answer, cost, lets, verdict):
    """AICASSINDRA, COMP551 (the answers verbatim): N divides the gradient and nothing defines it; noted."""
    _assert_verdict(answer, cost, verdict, wrt="w_j", lets=lets)
    if answer.endswith("N"):
        notes = _notes(check(answer, cost=cost, wrt="w_j", let=lets))
        assert any(note.startswith("N is not defined") and note.endswith("read as m") for note in notes)


@pytest.mark.parametrize("answer, cost, lets", [
    ("X^T(σ(Xw) - y) * N", AICASSINDRA_COST, ()),  # N multiplies: no count
    ("X^T(σ(Xw) - y) / N + lambda/m * w", AICASSINDRA_COST, ()),  # m counts the examples: N is another number
    (AICASSINDRA_GRAD, "-1/n sum[y·log(p) + (1-y)·log(1-p)]", ()),  # the cost counts with n: N is not its count
    ("X^T(σ(Xw) - y) / N + w_N", AICASSINDRA_COST, ()),  # N is also an index
    ("X^T(σ(Xw) - y) / (N - 1)", AICASSINDRA_COST, ()),  # divides by N − 1, another number than the count
    (AICASSINDRA_GRAD, AICASSINDRA_COST, ("N = X.shape[1]",)),  # a --let says N counts the features
])
def test_an_N_that_may_mean_something_else_stays_refused(answer, cost, lets):
    """Near variants: N beside another count, as a factor, an index or defined otherwise is not read as m."""
    _refusal(lambda: check(answer, cost=cost, wrt="w_j", let=lets))


# --- code's spellings of the number of examples in a --let or a text --------------------------------------------

HALF_MSE = "1/(2*m) * np.sum((X @ theta - y)**2)"
#: the same cost in DeepLearning.AI's layout, one example per column (X n×m)
HALF_MSE_COLUMNS = "1/(2*m) * np.sum((np.dot(theta.T, X) - y)**2)"


def _half_mse(X, y, theta):
    """By hand: (1/2m)Σ(θ·x_i − y_i)², m the rows of X."""
    return ((X @ theta - y) ** 2).sum() / (2 * len(y))


def _half_sse_over_n(X, y, theta):
    """By hand: the squared error over 2n, n = X.shape[1] the features (what m = X.shape[1] computes with X m×n)."""
    return ((X @ theta - y) ** 2).sum() / (2 * X.shape[1])


def test_the_hand_gradient_of_the_half_mean_squared_error():
    """By hand: ∇(1/2m)‖Xθ − y‖² = Xᵀ(Xθ − y)/m; over 2n instead it is Xᵀ(Xθ − y)/n, another vector when m ≠ n."""
    rng = np.random.default_rng(3)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    assert np.allclose(_fd(lambda v: _half_mse(X, y, v), theta), X.T @ (X @ theta - y) / 5)
    assert np.allclose(_fd(lambda v: _half_sse_over_n(X, y, v), theta), X.T @ (X @ theta - y) / 3)


@pytest.mark.parametrize("let", [
    "m = len(self.y)",  # a class's own labels (self. dropped)
    "m = len(y_train)", "m = X_train.shape[0]", "m = y_train.size",  # the training set the cost is of
    "m = len(x_train)", "m = len(y_tr)", "m = X_tr.shape[0]",
    "m = len(X_b)", "m = X_b.shape[0]",  # Géron's X with its column of ones: the same rows
    "m = np.shape(X)[0]", "m = np.shape(y)[0]",  # NumPy's function form of .shape
    "m = X.size(0)", "m = y.size(0)",  # PyTorch's size of dimension 0
    "m = size(X)(1)", "m = nrow(X)",  # Octave's chained indexing, R's row count
])
def test_a_count_of_the_rows_is_the_number_of_examples(let):
    """Code's common spellings of the number of rows, in a --let m: the examples, logderiv's m (noted)."""
    from _reading import assert_gradient_read

    assert_gradient_read(HALF_MSE, lambda d: _half_mse(d.X, d.y, d.theta), lets=(let,))
    from logderiv import derive

    assert any(note.startswith("m = ") and "counts the examples" in note
               for note in derive(HALF_MSE, let=[let]).problem.notes)


@pytest.mark.parametrize("let", ["m = np.shape(X)[1]", "m = ncol(X)", "m = X.size(1)", "m = size(X)(2)"])
def test_a_count_of_the_columns_beside_x_times_theta_is_the_features(let):
    """Near variant: X's columns under the name m, beside Xθ (X m×n): the features, as the code computes (noted)."""
    from _reading import assert_gradient_read

    assert_gradient_read(HALF_MSE, lambda d: _half_sse_over_n(d.X, d.y, d.theta), lets=(let,))


@pytest.mark.parametrize("cost, let", [
    (HALF_MSE_COLUMNS, "m = np.shape(X)[0]"),  # X n×m: its rows are the features
    (HALF_MSE_COLUMNS, "m = X.size(0)"),
    (HALF_MSE_COLUMNS, "m = nrow(X)"),
    (HALF_MSE, "m = X_train.shape[1]"),  # the training set's columns: not read as a count at all
    (HALF_MSE, "m = len(x_tr)"),  # Cornell's x_tr is d×n: its length is d, the features
    ("1/(2*np.shape(X)[0]) * np.sum((np.dot(theta.T, X) - y)**2)", ()),  # written in the text, X n×m
])
def test_a_row_count_where_the_rows_are_the_features_is_refused(cost, let):
    """Near variants: with one example per column the rows of X count the features; never read as m."""
    from logderiv import derive

    _refusal(lambda: derive(cost, let=[let] if let else []))


@pytest.mark.parametrize("text", [
    "1/(2*np.shape(X)[0]) * np.sum((X @ theta - y)**2)", "1/(2*X.size(0)) * np.sum((X @ theta - y)**2)",
    "sum((X*theta - y).^2)/(2*size(X)(1))",
])
def test_a_row_count_written_in_the_text_is_the_number_of_examples(text):
    """The same spellings written in the cost itself: m, noted ("read as code: … is the number of examples m")."""
    from _reading import assert_gradient_read

    assert_gradient_read(text, lambda d: _half_mse(d.X, d.y, d.theta))


# --- a class's self.param: code's word for the whole parameter vector --------------------------------------------

MLFS = ("github:eriklindernoren/ML-From-Scratch:mlfromscratch/supervised_learning/logistic_regression.py (def fit: "
        "self.param -= self.learning_rate * …)")
MLFS_LET = "y_pred = self.sigmoid.function(X.dot(self.param))"
MLFS_GRAD = "-(y - y_pred).dot(X)"


def _mean_ce(X, y, theta):
    """By hand: the mean cross-entropy of σ(Xθ), the logistic preset."""
    return _nll(sig(X @ theta), y).mean()


def test_the_hand_gradient_of_the_mean_cross_entropy_is_the_sum_over_m():
    """By hand: ∇ mean CE = Xᵀ(σ(Xθ) − y)/m, so −(y − σ(Xθ))·X = Xᵀ(σ − y) is m times it (MLFS's issue #124)."""
    rng = np.random.default_rng(28)
    X, y, theta = rng.normal(size=(4, 3)), rng.uniform(0.1, 0.9, size=4), rng.normal(size=3)
    p = sig(X @ theta)
    assert np.allclose(_fd(lambda v: _mean_ce(X, y, v), theta), -(y - p) @ X / 4)
    assert not np.allclose(-(y - p) @ X, -(y - p) @ X / 4)


@pytest.mark.parametrize("answer, verdict", [(MLFS_GRAD, "different"), (MLFS_GRAD + " / len(y)", "equivalent")])
def test_self_param_and_the_activation_objects_sigmoid(answer, verdict):
    """MLFS (the answer and its let verbatim; '/ len(y)' the fix issue #124 asks for): self.param is θ, noted."""
    _assert_verdict(answer, "logistic", verdict, lets=(MLFS_LET,))
    notes = _notes(check(answer, cost="logistic", let=[MLFS_LET]))
    assert any(note.startswith("param is code's name for the parameter vector") for note in notes)
    assert any("self.sigmoid.function" in note for note in notes)


@pytest.mark.parametrize("wrt", ["theta_j", "w_j", "beta_j"])
def test_a_parameters_word_is_the_vector_wrt_names(wrt):
    """The word names no letter of its own: X.dot(params) is the model's linear part in the letter --wrt asks."""
    from _reading import assert_gradient_read

    assert_gradient_read("np.mean((X.dot(params) - y)**2)", lambda d: ((d.X @ d.theta - d.y) ** 2).mean()
                         if wrt == "theta_j" else ((d.X @ (d.w if wrt == "w_j" else d.beta) - d.y) ** 2).mean(),
                         wrt=(wrt,))


def test_a_parameters_word_a_let_defines_is_read_as_the_let_says():
    """``--let 'param = 2 * theta'``: param is 2θ, as the let says (a number times θ is read since fixf68b), not the
    parameter vector itself; it was refused here before, as a --let of a whole vector. Checked by finite differences
    of mean((X·2θ − y)²), whose gradient is 4/m Σ (2θᵀx − y) xⱼ, twice that of param read as θ."""
    from _reading import assert_gradient_read

    assert_gradient_read("np.mean((X @ param - y)**2)", lambda d: ((d.X @ (2 * d.theta) - d.y) ** 2).mean(),
                         lets=("param = 2 * theta",))


@pytest.mark.parametrize("cost, wrt, lets", [
    ("np.mean((X @ param - y)**2) + param[0]", "theta_j", ()),  # one entry taken: not the vector whole
    ("np.mean((X @ param - y)**2) + np.sum(theta**2)", "theta_j", ()),  # θ written too: two vectors, perhaps
    ("np.mean((X @ param - y)**2)", "theta_0", ()),  # which entry θ₀ is of param is not said
    ("np.mean((param @ X - y)**2)", "theta_j", ()),  # not the data times it
])
def test_a_parameters_word_that_may_be_something_else_stays_refused(cost, wrt, lets):
    """Near variants: the word is not read as the parameter vector, and what is left is refused or read as written."""
    from logderiv import derive

    _refusal(lambda: derive(cost, wrt=wrt, let=lets))  # param = 2θ: a --let of a whole vector, refused as it was


# --- \hat{Y}: DeepLearning.AI's capital ŷ, the predictions of all the examples -----------------------------------

SHAKIB = ("https://github.com/shakib-hossain-md/Machine-Learning-99DaysWithCPC (Logistic Regression notebook, "
          "'#### Derivatives:')")
#: the notebook's dw display, verbatim (SHAKIB): (Ŷ − Y) written before X, as a row would be
SHAKIB_DW = r"dw = \frac{1}{m} \cdot (\hat{Y} - Y) \cdot X"
#: the same gradient with the product in the order an m×1 Ŷ − Y needs (a variant of SHAKIB_DW)
SHAKIB_DW_COLUMN = r"dw = \frac{1}{m} X^T(\hat{Y} - Y)"
#: the notebook's model, Ŷ = σ(Z) with Z = w·X + b, written with X m×n on the left (its w·X does not conform)
SHAKIB_MODEL = r"\hat{Y} = \sigma(Xw + b)"


def test_the_hand_gradient_of_the_mean_cross_entropy_with_an_intercept():
    """By hand: ∂/∂w of the mean cross-entropy of σ(Xw + b) is Xᵀ(σ(Xw + b) − y)/m; the sign flipped is another vector."""
    rng = np.random.default_rng(17)
    X, y, w, b = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3), 0.3
    p = sig(X @ w + b)
    assert np.allclose(_fd(lambda v: _nll(sig(X @ v + b), y).mean(), w), X.T @ (p - y) / 5)
    assert not np.allclose(X.T @ (y - p) / 5, X.T @ (p - y) / 5)


@pytest.mark.parametrize("answer, verdict", [(SHAKIB_DW_COLUMN, "equivalent"),
                                             (r"dw = \frac{1}{m} X^T(Y - \hat{Y})", "different")])
def test_a_capital_y_hat_is_the_vector_of_predictions(answer, verdict):
    """SHAKIB's Ŷ: the prediction h of every example (noted), as ŷ is; Y the labels."""
    _assert_verdict(answer, "logistic", verdict, wrt="w_j", lets=(SHAKIB_MODEL,))
    notes = _notes(check(answer, cost="logistic", wrt="w_j", let=[SHAKIB_MODEL]))
    assert any(note.startswith("'\\hat{Y}' is ŷ in a capital") for note in notes)


@pytest.mark.parametrize("answer", [
    SHAKIB_DW,  # verbatim: an m×1 Ŷ − Y times the m×n X does not conform
    r"dw = \frac{1}{m} X^T(\hat{Y} - \hat{y})",  # Ŷ beside ŷ: two quantities, perhaps
    r"\frac{1}{m} X^T(\hat{Y} - Y) + \hat{y}",
])
def test_a_capital_y_hat_that_may_be_something_else_stays_refused(answer):
    """Near variants: Ŷ beside a lower-case ŷ, or in a product whose shapes do not conform, is refused."""
    _refusal(lambda: check(answer, cost="logistic", wrt="w_j", let=[SHAKIB_MODEL]))


# --- the identity matrix of ridge's normal equations: (XᵀX + λI)β − Xᵀy, np.eye(n), eye(n) ----------------------

DELAWARE = ("University of Delaware regression notes, 'Ridge regression' (public code index file 1385631348; the "
            "index names no repository), the align* display after 'Indeed, we have'")
#: the display's objective and its second line, verbatim (DELAWARE)
DELAWARE_COST = r"\|y - X\beta\|_2^2 + \lambda \sum_{i=1}^p \beta_i^2"
DELAWARE_GRAD = r"2\left((X^TX + \lambda I)\beta - X^Ty\right)"
MANIM = ("a Manim animation of the ridge gradient (public code index file 24369166817; the index names no "
         "repository), gradient_eq5 after update_step_label(\"Collect terms\")")
MANIM_GRAD = r"\frac{\partial J}{\partial \beta} = 2(X^T X + \lambda I)\beta - 2X^T y"
ARQMATH = "the corpus's f1-arqmath-ridge-lambda-I-rowform: 2λI written where 2λβ is meant"
RIDGE_CODE = "1/2 * np.sum((X @ w - y)**2) + lam/2 * np.sum(w**2)"


def test_the_hand_gradient_of_ridge_in_normal_equation_form():
    """By hand: ∇(‖y − Xβ‖² + λΣβᵢ²) = 2(XᵀXβ − Xᵀy) + 2λβ = 2((XᵀX + λI)β − Xᵀy); (XᵀX + I)β drops λ."""
    rng = np.random.default_rng(1)
    X, y, beta, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.7
    cost = lambda v: ((y - X @ v) ** 2).sum() + lam * (v ** 2).sum()  # noqa: E731
    assert np.allclose(_fd(cost, beta), 2 * ((X.T @ X + lam * np.eye(3)) @ beta - X.T @ y))
    assert not np.allclose(_fd(cost, beta), 2 * ((X.T @ X + np.eye(3)) @ beta - X.T @ y))
    half = lambda v: 0.5 * ((X @ v - y) ** 2).sum() + lam / 2 * (v ** 2).sum()  # noqa: E731
    assert np.allclose(_fd(half, beta), (X.T @ X + lam * np.eye(3)) @ beta - X.T @ y)


@pytest.mark.parametrize("answer, verdict", [
    (DELAWARE_GRAD, "equivalent"), (MANIM_GRAD, "equivalent"),
    (r"2\left((X^TX + I)\beta - X^Ty\right)", "different"),  # the λ lost: I alone is another matrix
])
def test_the_identity_of_ridge_normal_equations(answer, verdict):
    """DELAWARE, MANIM (verbatim): I is the n×n identity, Iβ = β (noted)."""
    _assert_verdict(answer, DELAWARE_COST, verdict, wrt="beta_j")
    notes = _notes(check(answer, cost=DELAWARE_COST, wrt="beta_j"))
    assert any(note.startswith("I (code's np.eye(n), eye(n)) is the n×n identity matrix") for note in notes)


@pytest.mark.parametrize("answer", ["(X.T @ X + lam * np.eye(n)) @ w - X.T @ y",
                                    "(X.T @ X + lam * np.identity(len(w))) @ w - X.T @ y",
                                    "(X'*X + lambda*eye(n))*w - X'*y"])
def test_code_identity_of_the_parameters_size(answer):
    """NumPy's np.eye(n), np.identity(len(w)) and Octave's eye(n) are I: the ridge gradient (XᵀX + λI)w − Xᵀy."""
    _assert_verdict(answer, RIDGE_CODE, "equivalent", wrt="w_j")


@pytest.mark.parametrize("answer, cost", [
    (r"-2(y - X \beta)^TX + 2 \lambda I", DELAWARE_COST),  # ARQMATH verbatim: I alone is n×n, no gradient
    (r"2\left((X X^T + \lambda I)\beta - X^Ty\right)", DELAWARE_COST),  # XXᵀ is m×m: I cannot be its size
    ("X.T @ (X @ w - y) + lam * np.eye(n)", RIDGE_CODE),  # the identity added to the gradient
    ("(X.T @ X + lam * np.eye(m)) @ w - X.T @ y", RIDGE_CODE),  # an m×m identity
    ("(X.T @ X + lam * np.eye(X.shape[1])) @ w - X.T @ y", RIDGE_CODE),  # its size depends on the layout
])
def test_an_identity_that_is_no_part_of_a_gradient_stays_refused(answer, cost):
    """Near variants: I not multiplying the parameters, of another size, or sized by the layout, is refused."""
    _refusal(lambda: check(answer, cost=cost, wrt="beta_j" if "beta" in answer else "w_j"))


# --- Octave's .* of two 1×m rows, with one example per column (xTr d×n) --------------------------------------------

SIHAOXU = ("github:sihaoxu/Machine-Learning:project4/logistic.m (function [loss,gradient]=logistic(w,xTr,yTr): "
           "'xTr dxn matrix (each column is an input vector)')")
SIHAOXU_COST = "sum(log(1+exp(-yTr.*(w'*xTr))))"
SIHAOXU_GRAD = "-xTr*(yTr.*(exp(-yTr.*(w'*xTr)))./(1+exp(-yTr.*(w'*xTr))))'"
ZOALDYECK = "github:zoaldyeck/machine-learning-matlab:project4/logistic.m (the same assignment, gradient=…)"
ZOALDYECK_GRAD = "-1*xTr*(temp.*yTr./(1+temp))'"
ZOALDYECK_LET = "temp=exp(-1*yTr.*(w'*xTr))"


def test_the_hand_gradient_of_the_summed_logistic_loss_with_labels_pm1():
    """By hand: ∇Σ log(1 + e^{−yᵢwᵀxᵢ}) = −Σ yᵢxᵢ e^{−yᵢwᵀxᵢ}/(1 + e^{−yᵢwᵀxᵢ}), xᵢ the columns of xTr (d×n)."""
    rng = np.random.default_rng(23)
    xTr, yTr, w = rng.normal(size=(3, 5)), rng.choice([-1.0, 1.0], size=5), rng.normal(size=3)
    t = np.exp(-yTr * (w @ xTr))
    assert np.allclose(_fd(lambda v: np.log(1 + np.exp(-yTr * (v @ xTr))).sum(), w), -xTr @ (yTr * t / (1 + t)))
    assert not np.allclose(-xTr @ (t / (1 + t)), -xTr @ (yTr * t / (1 + t)))  # the variant without yTr


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    (SIHAOXU_GRAD, SIHAOXU_COST, (), "equivalent"),
    (SIHAOXU_GRAD[1:], SIHAOXU_COST, (), "different"),  # the minus dropped
    (ZOALDYECK_GRAD, "sum(log(1+temp))", (ZOALDYECK_LET,), "equivalent"),
    ("-1*xTr*(temp./(1+temp))'", "sum(log(1+temp))", (ZOALDYECK_LET,), "different"),  # the yTr lost
])
def test_entrywise_products_of_rows_in_octave(answer, cost, lets, verdict):
    """SIHAOXU, ZOALDYECK (verbatim, and their variants): yTr .* (…) multiplies two 1×n rows entry by entry."""
    _assert_verdict(answer, cost, verdict, wrt="w_j", lets=lets)


@pytest.mark.parametrize("answer", [
    SIHAOXU_GRAD[:-1],  # the transpose lost: xTr (d×n) times a 1×n row does not conform
    "-xTr*(yTr'.*(exp(-yTr.*(w'*xTr)))./(1+exp(-yTr.*(w'*xTr))))'",  # a column .* a row: Octave's broadcast
])
def test_rows_that_do_not_conform_stay_refused(answer):
    """Near variants: a row where a column is due, or a column times a row entry by entry, are refused."""
    _refusal(lambda: check(answer, cost=SIHAOXU_COST, wrt="w_j"))


# --- the training set's names: x_train (one feature, or code's x), X_tr, y_tr, len(x_train) ------------------------

TORCH_NOTES = ("a Chinese PyTorch tutorial, '代码示例：手动梯度下降学习 y = 2x + 1' (public code index file 57977227893; "
               "the index names no repository), loss = … in the epoch loop")
TORCH_LOSS = "((w * x_train + b - y_train) ** 2).mean()"
DIABETES = ("a diabetes-dataset regression script (public code index file 14323386462; the index names no "
            "repository), mseTrain = …")
DIABETES_MSE = "np.sum((a * x_train + b - y_train) ** 2) / len(x_train)"


def _line_mse(d, slope):
    """By hand: the mean of (slope·xᵢ + b − yᵢ)², xᵢ the one feature of example i."""
    return ((slope * d.x + d.b - d.y) ** 2).mean()


def test_the_hand_gradient_of_a_line_mean_squared_error():
    """By hand: ∂/∂w mean((w xᵢ + b − yᵢ)²) = 2 mean((w xᵢ + b − yᵢ) xᵢ), ∂/∂b = 2 mean(w xᵢ + b − yᵢ)."""
    rng = np.random.default_rng(26)
    x, y, w, b = rng.normal(size=4), rng.normal(size=4), 0.8, -0.3
    r = w * x + b - y
    assert np.isclose(_fd(lambda v: ((v[0] * x + b - y) ** 2).mean(), np.array([w]))[0], 2 * (r * x).mean())
    assert np.isclose(_fd(lambda v: ((w * x + v[0] - y) ** 2).mean(), np.array([b]))[0], 2 * r.mean())


@pytest.mark.parametrize("text, wrt", [(TORCH_LOSS, ("w", "b")), (DIABETES_MSE, ("a", "b"))])
def test_the_training_sets_lower_case_x_is_the_data_x(text, wrt):
    """TORCH_NOTES, DIABETES (verbatim): x_train is the one feature x of every example, len(x_train) is m (noted)."""
    from _reading import assert_gradient_read
    from logderiv import derive

    assert_gradient_read(text, lambda d: _line_mse(d, d.w[0]), wrt=wrt)
    notes = derive(text, wrt=wrt[0]).problem.notes
    assert any(note == "read as code: x_train is the training data, the data x" for note in notes)


@pytest.mark.parametrize("text", [
    "np.mean((X_tr @ w - y_tr)**2)",  # the training set's X_tr, y_tr: X and y
])
def test_the_training_sets_short_names(text):
    """X_tr and y_tr (Cornell CS4780's snake case of xTr, yTr) are X and y, noted."""
    from _reading import assert_gradient_read

    assert_gradient_read(text, lambda d: ((d.X @ d.w - d.y) ** 2).mean(), wrt=("w_j",))


@pytest.mark.parametrize("text, wrt", [
    ("np.mean((w * x_train + b - y_train)**2) + x", "w"),  # x beside x_train: two data sets, perhaps
    ("np.mean((X_train @ w - y)**2) + np.sum(X**2)", "w_j"),  # X beside X_train
    ("np.sum((np.dot(w.T, X_train) - y_train) ** 2) / len(X_train)", "w_j"),  # X n×m: len(X_train) is n
    ("np.mean((x_tr.T @ w - y_tr)**2)", "w_j"),  # Cornell's x_tr is d×n: its transpose times w is an m×1 column
    ("np.mean((X @ w - y)**2) * len(X) / len(y_train)", "w_j"),  # the training set's count beside another X, y
])
def test_training_names_that_may_mean_something_else_stay_refused(text, wrt):
    """Near variants: a training name beside another data set, or a count of it that the layout makes n, is refused."""
    from logderiv import derive

    _refusal(lambda: derive(text, wrt=wrt))


POLISH = ("GitHub Python '\"\"\"Implementacja regresji liniowej\"\"\"' (Polish comments; def update_weights_gd, "
          "def compute_cost; public code index file 40090800587)")
POLISH_COST = "np.mean((predictions - y) ** 2 / 2.0)"
POLISH_LET = "predictions = np.dot(x, weights)"
POLISH_DELTA = "np.dot(x_train.T, y_train - predictions)"


@pytest.mark.parametrize("answer, verdict", [
    (POLISH_DELTA, "different"),  # verbatim: xᵀ(y − xw) is −m times the gradient
    ("np.dot(x_train.T, predictions - y_train) / len(y_train)", "equivalent"),  # its sign and 1/m put right
])
def test_x_train_is_the_data_matrix_where_the_programs_x_is(answer, verdict):
    """POLISH: compute_cost's x times the weights is the data matrix, so update_weights_gd's x_train is X too."""
    rng = np.random.default_rng(40)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    assert np.allclose(_fd(lambda v: np.mean((X @ v - y) ** 2 / 2.0), w), X.T @ (X @ w - y) / 5)
    _assert_verdict(answer, POLISH_COST, verdict, wrt="w_j", lets=(POLISH_LET,))


def test_x_train_beside_a_bare_x_in_its_own_text_stays_refused():
    """Near variant: an answer that writes x_train and x both may hold two data sets: refused."""
    _refusal(lambda: check(POLISH_DELTA + " + np.dot(x.T, y)", cost=POLISH_COST, wrt="w_j", let=[POLISH_LET]))


# --- TensorFlow's functions, as NumPy's -------------------------------------------------------------------------

TF_BOSTON = ("a Korean TensorFlow 1 exercise on the Boston data, '# 비용함수 및 갱신 연산 정의' (public code index file "
             "23445306287; the index names no repository): W (13, 1), b (1, 1), cost = …")
TF_BOSTON_COST = "tf.reduce_mean(tf.square(tf.matmul(X, W) + b - Y))"
#: TensorFlow-Examples' linear_regression.py (aymericdamien): X one feature, W a scalar, pred = W·X + b
TF_EXAMPLES_COST = "tf.reduce_sum(tf.pow(pred-Y, 2))/(2*n_samples)"
TF_EXAMPLES_LET = "pred = tf.add(tf.multiply(X, W), b)"


def test_the_hand_gradient_of_the_mean_squared_error_with_an_intercept():
    """By hand: ∇_w mean((Xw + b − y)²) = 2Xᵀ(Xw + b − y)/m and ∂/∂b = 2 mean(Xw + b − y)."""
    rng = np.random.default_rng(13)
    X, y, w, b = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.2
    r = X @ w + b - y
    assert np.allclose(_fd(lambda v: ((X @ v + b - y) ** 2).mean(), w), 2 * X.T @ r / 5)
    assert np.isclose(_fd(lambda v: ((X @ w + v[0] - y) ** 2).mean(), np.array([b]))[0], 2 * r.mean())


def test_tensorflow_functions_are_numpys():
    """TF_BOSTON (verbatim): tf.reduce_mean(tf.square(tf.matmul(X, W) + b − Y)) is the mean squared error (noted)."""
    from _reading import assert_gradient_read

    # --wrt W_j says W is one column; --wrt b alone does not, and beside the capital Y under a whole mean W may be n×k
    # (multi-output): refused since audit51 (tests/test_audit51.py)
    assert_gradient_read(TF_BOSTON_COST, lambda d: ((d.X @ d.w + d.b - d.y) ** 2).mean(), wrt=("W_j",))
    assert any(note.startswith("read as TensorFlow") for note in derive(TF_BOSTON_COST, wrt="W_j").problem.notes)


@pytest.mark.parametrize("cost, lets", [
    (TF_EXAMPLES_COST, (TF_EXAMPLES_LET,)),  # X one feature times a scalar W: refused as np.multiply(X, W) is
    ("tf.reduce_mean(-tf.reduce_sum(y * tf.log(h), reduction_indices=1))", ("h = tf.sigmoid(tf.matmul(X, W))",)),
    ("tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=tf.matmul(X, W)))", ()),
])
def test_tensorflow_that_is_not_read_stays_refused(cost, lets):
    """Near variants: TF1's reduction_indices, a fused loss, or a product that does not conform are refused."""
    _refusal(lambda: derive(cost, wrt="W_j" if "matmul" in cost or "matmul" in "".join(lets) else "W", let=lets))


# --- Octave's and MATLAB's norm(v)^2 ------------------------------------------------------------------------------

MATLAB_LASSO = ("a MATLAB FoBa/lasso experiment (public code index file 36627055444; the index names no repository), "
                "function [error grad] = SquaredError(theta,X,y)")
MATLAB_SQUARED_ERROR = "norm(X*theta - y)^2"
MATLAB_GRAD = "X'*(X*theta - y)"


def test_the_hand_gradient_of_the_squared_norm():
    """By hand: ∇‖Xθ − y‖² = 2Xᵀ(Xθ − y); Xᵀ(Xθ − y) is half of it."""
    rng = np.random.default_rng(36)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    assert np.allclose(_fd(lambda v: np.linalg.norm(X @ v - y) ** 2, theta), 2 * X.T @ (X @ theta - y))


@pytest.mark.parametrize("answer, verdict", [(MATLAB_GRAD, "different"), ("2*" + MATLAB_GRAD, "equivalent")])
def test_octave_norm_squared_is_the_sum_of_squares(answer, verdict):
    """MATLAB_LASSO (verbatim: its grad = X'*(X*theta - y) lacks the 2 of norm(…)^2's gradient): noted."""
    _assert_verdict(answer, MATLAB_SQUARED_ERROR, verdict)
    assert any(note.startswith("read as Octave: norm(v)^2")
               for note in _notes(check(answer, cost=MATLAB_SQUARED_ERROR)))


@pytest.mark.parametrize("cost, lets", [
    ("0.5*norm(X*theta - y)^2 + lambda*norm(theta,1)", ()),  # the lasso's L1 norm: no derivative at 0
    ("norm(X*theta - y)/(2*m)", ()),  # the norm itself, not squared
    ("norm(X*theta - y, 1)^2", ()),  # another norm, squared
])
def test_other_norms_are_not_read_as_the_squared_euclidean_norm(cost, lets):
    """Near variants: an L1 norm, a norm not squared, or a norm of another order are refused."""
    _refusal(lambda: derive(cost, let=lets))


def test_a_norm_a_let_defines_is_that_function():
    """Near variant: --let 'norm(v) = sum(v)' makes norm(Xθ − y)^2 the square of the sum, (Σ(θᵀxᵢ − yᵢ))²."""
    from _reading import assert_gradient_read

    assert_gradient_read(MATLAB_SQUARED_ERROR, lambda d: (d.X @ d.theta - d.y).sum() ** 2, lets=("norm(v) = sum(v)",))
