"""fixcode9 (issue 10): code as people paste it, ninth round.

R's ``x %*% t(theta)``: lower-case x as the data matrix with θ kept as a 1×n row (f13-r-*, f17-r-*). The
product conforms only with x m×n and t(θ) the n×1 column, so it is Xθ, as the cost reader already took
``X @ theta.T``; the answer reader now takes it too. Each reading is said in a note. Gradients are held
against central finite differences of the cost written here by hand in NumPy (the corpus judge's oracle);
verdicts were worked out by hand in the docstrings.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from corpus.items import Cost, sig
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError

from _numeric import central_differences as _fd


def _assert_gradient(text, intended, *, wrt=("theta_j",), lets=()):
    """logderiv's gradient of ``text`` agrees with finite differences of ``intended`` (NumPy, by hand)."""
    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=intended, wrt=wrt, lets=lets))
    assert outcome.kind == "right", outcome.detail


def _refusal(call):
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


# --- R: x %*% t(theta), θ stored as a row -------------------------------------------------------------------

R_SOFTPLUS = "(1/m)*sum(y*(-x %*% t(theta)) + log(1 + exp(x %*% t(theta))))"
R_LETS = ("m <- length(y)",)
LOWER_X = "so x is the data matrix X (m×n)"
ROW_THETA = "runs only with theta 1-D or a 1×n row, and is Xθ in both"


def _softplus_cost(d):
    z = d.X @ d.theta
    return np.mean(-d.y * z + np.log1p(np.exp(z)))


def test_r_row_theta_cost_is_the_mean_cross_entropy():
    """y·(−xθ) + log(1 + e^{xθ}) is the cross-entropy's softplus form; its gradient checked by finite differences."""
    _assert_gradient(R_SOFTPLUS, _softplus_cost, lets=R_LETS)
    notes = derive(R_SOFTPLUS, let=R_LETS).problem.notes
    assert any(LOWER_X in note for note in notes), notes
    assert any(ROW_THETA in note for note in notes), notes


def test_the_hand_gradient_of_the_softplus_form():
    """By hand ∂/∂θ mean(−y z + log(1 + eᶻ)), z = Xθ, is Xᵀ(σ(Xθ) − y)/m: held to finite differences here."""
    rng = np.random.default_rng(9)
    X, y, theta = rng.normal(size=(5, 3)), rng.uniform(size=5), rng.normal(size=3)
    cost = lambda t: np.mean(-y * (X @ t) + np.log1p(np.exp(X @ t)))  # noqa: E731
    assert np.allclose(X.T @ (sig(X @ theta) - y) / 5, _fd(cost, theta), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("answer, verdict", [
    ("(1 / length(y)) * (t(x) %*% (1/(1 + exp(-x %*% t(theta))) - y))", "equivalent"),  # Xᵀ(σ(Xθ) − y)/m
    ("(1 / length(y)) * (t(x) %*% (y - 1/(1 + exp(-x %*% t(theta)))))", "different"),  # minus it
    ("t(x) %*% (1/(1 + exp(-x %*% t(theta))) - y)", "different"),  # m times it
])
def test_r_row_theta_answers(answer, verdict):
    result = check(answer, cost=R_SOFTPLUS, let=R_LETS)
    assert result.verdict == verdict
    assert any(ROW_THETA in note for note in result.notes), result.notes
    assert any(LOWER_X in note for note in result.notes), result.notes


def test_r_row_theta_notes_in_every_format():
    result = check("(1 / length(y)) * (t(x) %*% (1/(1 + exp(-x %*% t(theta))) - y))", cost=R_SOFTPLUS, let=R_LETS)
    for shown in (result.to_text(), result.to_markdown(), result.to_json()):
        assert "1×n row, and is Xθ in both" in shown
    derivation = derive(R_SOFTPLUS, let=R_LETS)
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
        assert "so x is the data matrix X" in shown


def test_numpy_answer_with_a_transposed_theta_is_x_theta():
    """X @ theta.T in an answer: NumPy runs it only with θ 1-D or a row, Xθ either way (as the cost reader reads it)."""
    assert check("X.T @ (sigmoid(X @ theta.T) - y) / m", cost="logistic").verdict == "equivalent"
    # σ(−z) = 1 − σ(z): 1 − σ(−Xθ) − y is σ(Xθ) − y, so the minus must be kept on the product
    assert check("X.T @ (1 - sigmoid(-X @ theta.T) - y) / m", cost="logistic").verdict == "equivalent"
    assert check("X.T @ (sigmoid(-X @ theta.T) - y) / m", cost="logistic").verdict == "different"


@pytest.mark.parametrize("answer", [
    "X.T @ (sigmoid(X * theta.T) - y) / m",  # NumPy's '*' broadcasts: an m×n array, not Xθ
    "X' * (sigmoid(X * theta') - y) / m",  # Octave's theta' of the column θ is a row: X * theta' does not conform
    "X.T @ (sigmoid(X @ y.T) - y) / m",  # only the parameter vector's transpose is read so
])
def test_other_transposed_right_factors_stay_refused(answer):
    _refusal(lambda: check(answer, cost="logistic"))


@pytest.mark.parametrize("text, lets, says", [
    # a --let that defines x: x is the let's, not the data matrix read from the product
    (R_SOFTPLUS, ("m <- length(y)", "x <- as.matrix(d)"), "'x' has a fixed meaning"),
    # X written in another text: the same matrix as x or not is not in the text
    (R_SOFTPLUS, ("m <- length(y)", "h <- X %*% t(theta)"), "whether X is the same matrix as x"),
    # NumPy's x * theta.T broadcasts entry by entry
    ("np.sum(y*(-x * theta.T) + np.log(1 + np.exp(x * theta.T)))/m", (), "the data is the matrix X"),
    # θᵀ first: x is not the left factor of the parameter vector, so nothing says it is the data matrix
    ("(1/m)*sum(y*(-t(theta) %*% x) + log(1 + exp(t(theta) %*% x)))", R_LETS, "the data is the matrix X"),
])
def test_neighbours_of_r_row_theta_are_refused(text, lets, says):
    error = _refusal(lambda: derive(text, let=lets))
    assert says in error.message
    assert error.column is not None


# --- X[:, j]: column j of X in an answer otherwise in matrix form ----------------------------------------------

STEY_COST = "1/(2*n) * sum((h-y).^2)"
STEY_LETS = ("h = X*beta",)
COMPONENT = "so it is entry j of the gradient, one number"


def test_the_hand_gradient_of_the_half_mean_square_by_column():
    """By hand ∂/∂βⱼ (1/2m)Σ(xᵢᵀβ − yᵢ)² = (1/m)Σ(xᵢᵀβ − yᵢ)xᵢⱼ, Julia's (1/n)*sum((X*beta - y).*X[:, j]): FD."""
    rng = np.random.default_rng(99)
    X, y, beta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    cost = lambda b: np.sum((X @ b - y) ** 2) / (2 * 6)  # noqa: E731
    by_column = np.array([np.sum((X @ beta - y) * X[:, j]) / 6 for j in range(3)])
    assert np.allclose(by_column, _fd(cost, beta), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("answer, verdict", [
    ("(1/n) * sum((X*beta - y).*X[:, j])", "equivalent"),
    ("(1/(2*n)) * sum((X*beta - y).*X[:, j])", "different"),  # kept the ½: half the gradient
    ("(1/n) * sum((X*beta - y).*X(:, j))", "equivalent"),  # Octave's spelling of the column
    ("(1/n) * sum((y - X*beta).*X[:, j])", "different"),  # minus it
    # NumPy's '*' of the two m-vectors is entry by entry (fixcode4 reads it so): the by_column sum held to FD above
    ("np.sum((X @ beta - y) * X[:, j]) / n", "equivalent"),
    ("np.sum((X @ beta - y) * X[:, j]) / (2*n)", "different"),
])
def test_a_column_of_x_makes_the_answer_entry_j(answer, verdict):
    result = check(answer, cost=STEY_COST, let=STEY_LETS, wrt="beta_j")
    assert result.verdict == verdict
    assert any(COMPONENT in note for note in result.notes), result.notes
    for shown in (result.to_text(), result.to_markdown(), result.to_json()):
        assert COMPONENT in shown


@pytest.mark.parametrize("answer, says, column", [
    # no sum: the m×1 column of the products, not a number
    ("(1/n) * (X*beta - y).*X[:, j]", "this is m×1", 0),
    # an n×1 vector beside the column: entry j or the whole gradient?
    ("X' * ((X*beta - y).*X[:, j])", "this is n×1", 0),
    ("(1/n) * sum((X*beta - y).*X[:, j]) + X'*(X*beta-y)", "this is n×1", 0),
    # another column: an example's letter, the example j's row (a digit, X(:, 2), is judged: below)
    # (an i that indexes nothing else is the feature's, read as j since fixf44: here y(i) makes it an example's)
    ("(1/n) * sum((X*beta - y(i)).*X[:, i])", "not a feature index", 29),
    ("(1/n) * sum((X*beta - y).*X[j, :])", "unexpected character ':'", 31),
    # NumPy's '*' of a row and a column: m×m by broadcasting
    ("np.sum((X @ beta - y).T * X[:, j]) / n", "in NumPy '*' multiplies entry by entry", 24),
])
def test_neighbours_of_the_column_are_refused(answer, says, column):
    error = _refusal(lambda: check(answer, cost=STEY_COST, let=STEY_LETS, wrt="beta_j"))
    assert says in error.message
    assert error.column == column


def test_a_numbered_column_is_entry_k_of_the_gradient():
    """Since fixf55 Octave's X(:, 2) is column 2 of X: (1/n) Σᵢ (Xβ − y)ᵢ Xᵢ₂ is ∂J/∂β₂ by hand (J = 1/(2n) Σ (Xβ − y)²),
    right asked by β₂, and not the answer for every j (it was refused as one entry before)."""
    assert check("(1/n) * sum((X*beta - y).*X(:, 2))", cost=STEY_COST, let=STEY_LETS, wrt="beta_2").verdict \
        == "equivalent"
    assert check("(1/n) * sum((X*beta - y).*X(:, 2))", cost=STEY_COST, let=STEY_LETS, wrt="beta_j").verdict \
        == "different"


def test_a_column_of_x_with_one_example_per_column_is_not_a_feature():
    """With X n×m (DeepLearning.AI's layout, wᵀX) X[:, j] would be example j, not feature j: not read so."""
    cost = "-1/m * np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))"
    lets = ("A = sigmoid(np.dot(w.T, X) + b)",)
    _refusal(lambda: check("1/m * np.sum((A - Y) * X[:, j])", cost=cost, let=lets, wrt="w_j"))


def test_a_column_of_x_in_an_index_form_answer_with_examples_as_columns_is_refused():
    """Before: np.sum((A - Y) * X[:, j]) was read with X[:, j] the feature xⱼ though X is n×m there (its columns are
    the examples; NumPy would not even broadcast (A − Y), 1×m, against the n entries of X[:, j]): judged equivalent."""
    cost = "-1/m * np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))"
    error = _refusal(lambda: check("1/m * np.sum((A - Y) * X[:, j])", cost=cost,
                                   let=("A = sigmoid(np.dot(w.T, X) + b)",), wrt="w_j"))
    assert "its columns are the examples" in error.message
    assert error.column == 23


# --- m = size(X, 2) beside X*theta: the feature count, read as the code computes it -------------------------------

M_AS_N = "so m is read as n, as the code computes it"


@pytest.mark.parametrize("text, lets", [
    ("( 1/(2*m) ) * sum( (h - y).^2 )", ("m = size(X, 2);", "h = X*theta;")),  # f17-seth's Octave
    ("np.sum((X.dot(theta) - y)**2) / (2*m)", ("m = X.shape[1]",)),  # NumPy
    ("np.sum((np.dot(x, theta) - y)**2) / (2*m)", ("m = x.shape[1]",)),  # lower-case x as the data matrix
])
def test_m_counting_the_columns_of_an_m_by_n_x_is_n(text, lets):
    """X*theta conforms only with X m×n, so size(X, 2) is n: the code divides Σ(Xθ − y)² by 2n (finite differences)."""
    _assert_gradient(text, lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.n), lets=lets)
    derivation = derive(text, let=lets)
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
        assert M_AS_N in shown


def test_an_answer_dividing_by_the_same_column_count_is_equivalent():
    """f7: cost and dw both divide by m = x.shape[1] (n): xᵀ(a − y)/n is the gradient of the cost as written;
    over the examples x.shape[0] it is not (n ≠ m)."""
    cost = "-(1/m)*(np.dot(y.T,np.log(a))+np.dot((1-y).T,np.log(1-a)))"
    lets = ("m = x.shape[1]", "a = sigmoid(np.dot(x,w) + b)")
    result = check("np.dot(x.T,(a-y))/m", cost=cost, let=lets, wrt="w_j")
    assert result.verdict == "equivalent"
    assert any(M_AS_N in note for note in result.notes)
    assert check("np.dot(x.T,(a-y))/x.shape[0]", cost=cost, let=lets, wrt="w_j").verdict == "different"


@pytest.mark.parametrize("text, lets, says", [
    # no product says the layout: X's columns may be the examples (DeepLearning.AI's) or the features
    ("( 1/(2*m) ) * sum( (h - y).^2 )", ("m = size(X, 2);",), "counts the examples only with one example per column"),
    # both layouts written
    ("( 1/(2*m) ) * sum( (h - y).^2 )", ("m = size(X, 2);", "h = X*theta - theta'*X;"), "names both layouts"),
    # m as a sum's bound in LaTeX: the count is not put into a bound
    (r"\frac{1}{2m}\sum_{i=1}^m (h_i - y_i)^2", ("m = size(X, 2);", "h = X*theta;"),
     "counts the examples only with one example per column"),
])
def test_neighbours_of_m_as_the_column_count_are_refused(text, lets, says):
    error = _refusal(lambda: derive(text, let=lets))
    assert says in error.message


def test_m_counting_the_columns_in_deeplearning_ais_layout_is_still_the_examples():
    """np.dot(w.T, X): X is n×m, its columns are the examples; m = X.shape[1] is logderiv's m, as before."""
    derivation = derive("-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))", wrt="w_j",
                        let=("m = X.shape[1]", "A = sigmoid(np.dot(w.T, X) + b)"))
    assert not any(M_AS_N in note for note in derivation.problem.notes)
    assert any("DeepLearning.AI's layout" in note for note in derivation.problem.notes)


# --- (h - y).dot(X): NumPy's method, the 1-D product Xᵀv -----------------------------------------------------------

ONE_D = "read as NumPy with 1-D arrays"


@pytest.mark.parametrize("answer, verdict", [
    ("(sigmoid(X.dot(theta)) - y).dot(X)/m", "equivalent"),  # Xᵀ(σ(Xθ) − y)/m, the logistic gradient
    ("(h - y).dot(X)/m", "equivalent"),
    ("(y - h).dot(X)/m", "different"),  # minus it
    ("(h - y).dot(X)", "different"),  # m times it
])
def test_numpy_method_dot_of_the_residual_and_x(answer, verdict):
    result = check(answer, cost="logistic")
    assert result.verdict == verdict
    assert any(ONE_D in note for note in result.notes), result.notes
    assert ONE_D in result.to_json() and ONE_D in result.to_markdown()


@pytest.mark.parametrize("answer", [
    "(h - y).dot(X)'/m",  # Octave's prime: the text is not NumPy
    "X.dot(h - y)/m",  # m×n times m×1: does not conform
])
def test_neighbours_of_the_method_dot_are_refused(answer):
    error = _refusal(lambda: check(answer, cost="logistic"))
    # fixaudits30: "a product needs 1 row" is said in the singular now (was "1 rows"), so either number is matched
    assert re.search(r"a product needs \S+ rows? on the right", error.message), error.message


def test_m_as_the_column_count_beside_the_writers_own_row_count_is_read_as_the_let_says():
    """self.n, self.m = X.shape (and Octave's [n, m] = size(X)): the writer's letters swapped, n the examples and m
    the features. Once refused (m read as n beside n read as m would have swapped them silently); since fixfam the
    let is read as it says in every text, the swap noted (tests/test_fixfam.py): dividing by self.m divides by the
    features, so the answer is not the mean's gradient, and /n of Octave's cost is the mean over the examples."""
    cost = "-np.mean(y*np.log(y_pred) + (1-y)*np.log(1-y_pred))"
    lets = ("self.n, self.m = X.shape", "y_pred = sigmoid(X @ w + b)")
    assert check("(X.T @ (y_pred - y))/self.m", cost=cost, let=lets, wrt="w_j").verdict == "different"
    assert check("(X.T @ (y_pred - y))/self.n", cost=cost, let=lets, wrt="w_j").verdict == "equivalent"

    def mean_ce(d):  # by hand: the mean cross-entropy of σ(Xθ) over the m examples
        p = sig(d.X @ d.theta)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    text = "sum(-y.*log(h)-(1-y).*log(1-h))/n"
    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=mean_ce, wrt=("theta_j",),
                              lets=("[n, m] = size(X);", "h = sigmoid(X*theta);")))
    assert outcome.kind == "right", outcome.detail


# --- Octave's [N, D] = size(X) in a check: N is m in the answer too --------------------------------------------

UNIZAR_COST = "(-y' * log(h) - (1-y') * log(1-h))/N + (lambda/2) * (th' * th)"
UNIZAR_LETS = ("[N ,D] = size(X);", "h = 1 ./ (1 + exp(-X* theta));", "th = theta; th(1) = 0;")


def test_the_hand_gradient_of_the_unizar_cost():
    """By hand ∂/∂θ of mean CE + (λ/2)Σ_{k≥2}θₖ² is Xᵀ(σ(Xθ) − y)/m + λ·th (th = θ with th₁ = 0): finite differences."""
    rng = np.random.default_rng(5)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.uniform(size=6), rng.normal(size=3), 0.7
    cost = lambda t: np.mean(-y * np.log(sig(X @ t)) - (1 - y) * np.log(1 - sig(X @ t))) + lam / 2 * t[1:] @ t[1:]  # noqa: E731
    th = theta.copy()
    th[0] = 0
    assert np.allclose(X.T @ (sig(X @ theta) - y) / 6 + lam * th, _fd(cost, theta), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("answer, verdict", [
    ("X' * (h-y) / N + lambda * th", "equivalent"),
    ("X' * (h-y) / N + lambda * th / N", "different"),  # the penalty is not over N in this cost
    ("X' * (h-y) / N + lambda * theta", "different"),  # the intercept regularised
])
def test_octave_size_pair_counts_the_answers_n_too(answer, verdict):
    # before: "'N' is not in the cost: it would be compared as an arbitrary number"
    result = check(answer, cost=UNIZAR_COST, let=UNIZAR_LETS)
    assert result.verdict == verdict
    assert any("[N, D] = size(X) gives the rows of X" in note for note in result.notes), result.notes
    assert any("N = size(X, 1) counts the examples" in note for note in result.notes), result.notes


# --- code's float 1.0 in the sigmoid's definition ------------------------------------------------------------------

LIU_COST = "np.mean(-y * np.log(predictions) - (1 - y) * np.log(1 - predictions))"


@pytest.mark.parametrize("sigmoid", [
    "sigmoid(input) = 1.0 / (1 + np.exp(-input))",  # f26-liu
    "sigmoid(z) = 1.0 / (1.0 + np.exp(-z))",
    "sigmoid(z) = 1. / (1 + np.exp(-z))",
])
def test_a_float_one_in_the_sigmoids_definition_is_one(sigmoid):
    """1.0 is 1: the definition is σ, so the mean cross-entropy of σ(Xw) (finite differences)."""
    lets = ("z = np.dot(X, w)", "predictions = sigmoid(z)", sigmoid)
    _assert_gradient(LIU_COST, lambda d: np.mean(-d.y * np.log(sig(d.X @ d.w)) - (1 - d.y) * np.log(1 - sig(d.X @ d.w))),
                     wrt=("w_j",), lets=lets)
    derivation = derive(LIU_COST, let=lets, wrt="w_j")
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json()):
        assert "is the sigmoid σ, as logderiv reads σ" in shown
    assert "is the sigmoid" in derivation.to_latex()


@pytest.mark.parametrize("sigmoid", [
    "sigmoid(z) = 1.5 / (1 + np.exp(-z))",
    "sigmoid(z) = 10 / (1 + np.exp(-z))",
    "sigmoid(z) = 1.0 / (1.01 + np.exp(-z))",
    "sigmoid(z) = 1.0 / (1 + np.exp(z))",
])
def test_other_numbers_in_the_sigmoids_definition_are_refused(sigmoid):
    error = _refusal(lambda: derive(LIU_COST, let=("z = np.dot(X, w)", "predictions = sigmoid(z)", sigmoid),
                                    wrt="w_j"))
    assert "this definition is not it" in error.message


# --- np.dot(x, weights): code's word for the weights beside a lower-case data matrix -------------------------------


def test_weights_beside_a_lower_case_data_matrix_is_w():
    """f26-liu: np.mean((x·weights − y)²/2) by w_j: (1/m)Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, by finite differences."""
    text, lets = "np.mean((predictions - y) ** 2 / 2.0)", ("predictions = np.dot(x, weights)",)
    _assert_gradient(text, lambda d: np.mean((d.X @ d.w - d.y) ** 2 / 2), wrt=("w_j",), lets=lets)
    notes = derive(text, let=lets, wrt="w_j").problem.notes
    # fixtail_a: np.dot(x, weights) now makes code's x the data matrix X in every text, as np.dot(x, w) does (said
    # in its own note), so the weights' note names the product X·weights; the gradient above is unchanged
    assert any("weights is code's name for the weight vector (the data matrix times it, X·weights)" in note
               for note in notes), notes
    assert "read as code: x * theta is the matrix product with the parameter vector θ, so x is the data matrix X " \
           "(m×n)" in notes


@pytest.mark.parametrize("lets, wrt", [
    (("predictions = x * weights",), "w_j"),  # NumPy's '*' of x and weights: entry by entry, not the model Xw
    (("predictions = np.dot(x, weights)",), "weights_j"),  # the texts' own name asked for: kept
])
def test_neighbours_of_weights_beside_x_are_not_read_as_w(lets, wrt):
    try:
        notes = derive("np.mean((predictions - y) ** 2 / 2.0)", let=lets, wrt=wrt).problem.notes
    except InputError:
        return  # refused: not read as w
    assert not any("read as w, the n×1 weight vector" in note for note in notes), notes


# --- an answer's own Octave let S = sum((h - y) .* X) beside a preset cost -------------------------------------------

OCTAVE_S_LETS = ("m = length(y);", "hypothesis = sigmoid( X * theta );", "S = sum( (hypothesis - y) .* X );")


@pytest.mark.parametrize("answer, verdict", [
    ("S ./ m", "equivalent"),  # Σᵢ (hᵢ − yᵢ) x⁽ⁱ⁾ᵀ / m, the 1×n row of the logistic gradient
    ("S' ./ m", "equivalent"),  # its transpose, the column
    ("S", "different"),  # m times it
    ("-S ./ m", "different"),
])
def test_an_answers_own_octave_broadcast_let_beside_a_preset(answer, verdict):
    # before: "matrix notation (Xᵀ, ⊙) is read only in an answer to check, not here" (f13-octave-S-grad-broadcast)
    result = check(answer, cost="logistic", let=OCTAVE_S_LETS)
    assert result.verdict == verdict
    assert any("is a matrix the answer uses (the cost does not): it is put in the answer" in note
               for note in result.notes), result.notes


def test_the_hand_gradient_of_the_octave_broadcast_sum():
    """Octave's sum((h - y) .* X) is the row Σᵢ (hᵢ − yᵢ) X[i, :]; over m it is the mean cross-entropy's gradient (FD)."""
    rng = np.random.default_rng(13)
    X, y, theta = rng.normal(size=(7, 3)), rng.uniform(size=7), rng.normal(size=3)
    cost = lambda t: np.mean(-y * np.log(sig(X @ t)) - (1 - y) * np.log(1 - sig(X @ t)))  # noqa: E731
    row = np.sum((sig(X @ theta) - y)[:, None] * X, axis=0)
    assert np.allclose(row / 7, _fd(cost, theta), rtol=1e-6, atol=1e-9)


def test_a_let_the_cost_uses_is_not_put_in_the_answer():
    """S ./ m as the COST with S its summed cross-entropy (f13-octave-S-over-m): S stays the cost's let, read as before."""
    lets = ("m = length(y);", "hypothesis = sigmoid( X * theta );",
            "S = sum(- y .* log(hypothesis) - (1 - y) .* log( 1 - hypothesis));")
    _assert_gradient("S ./ m", lambda d: np.mean(-d.y * np.log(sig(d.X @ d.theta))
                                                 - (1 - d.y) * np.log(1 - sig(d.X @ d.theta))), lets=lets)


# --- Eigen (C++): int n = X.rows(); Eigen::MatrixXd Xt = X.transpose(); .array() -----------------------------------

EIGEN_LETS = ("int n = X.rows();", "Eigen::MatrixXd Xt = X.transpose();", "y_pred = logistic(X * beta);",
              "epsilon = y - y_pred;")


@pytest.mark.parametrize("answer, verdict", [
    ("Xt * epsilon / n", "different"),  # Xᵀ(y − σ(Xβ))/m: the log-likelihood's ascent direction, minus the gradient
    ("Xt * (-epsilon) / n", "equivalent"),  # Xᵀ(σ(Xβ) − y)/m
    ("-Xt * epsilon", "different"),  # m times it
])
def test_eigen_code_answers(answer, verdict):
    """sta663: n = X.rows() is the number of examples, Xt = X.transpose() is Xᵀ (put in the answer), logistic is σ."""
    result = check(answer, cost="logistic", let=EIGEN_LETS, wrt="beta_j")
    assert result.verdict == verdict
    if verdict == "different" and answer == "Xt * epsilon / n":
        assert "[sign]" in result.to_text()  # read as minus the gradient, not as some other quantity
    for shown in (result.to_text(), result.to_markdown(), result.to_json()):
        assert "read as C++: Eigen::MatrixXd declares the name's type" in shown
        assert "n = X.rows() counts the examples" in shown


def test_eigen_array_view_is_the_value_itself():
    lets = ("n = X.rows();", "Xt = X.transpose();", "y_pred = logistic(X * beta);", "epsilon = y - y_pred;",
            "logistic(x) = 1.0/(1.0 + exp((-x).array()))")
    result = check("Xt * (-epsilon) / n", cost="logistic", let=lets, wrt="beta_j")
    assert result.verdict == "equivalent"
    assert any("read as Eigen (C++): .array() views the same values" in note for note in result.notes), result.notes


@pytest.mark.parametrize("lets, says", [
    # X.cols() is the number of features, logderiv's n: not a count of the examples
    (("int n = X.cols();", *EIGEN_LETS[1:]), "'n' has a fixed meaning"),
    # Xt is X itself, not its transpose: not a matrix put in the answer
    (("int n = X.rows();", "Eigen::MatrixXd Xt = X;", *EIGEN_LETS[2:]), "'X' is not in the cost"),
])
def test_neighbours_of_the_eigen_lets_are_refused(lets, says):
    error = _refusal(lambda: check("Xt * epsilon / n", cost="logistic", let=lets, wrt="beta_j"))
    assert says in error.message


@pytest.mark.parametrize("count", ["n = X.rows()", "n = X.shape[0]"])
def test_a_row_count_beside_a_preset_in_other_letters_keeps_the_layout_check(count):
    """--cost logistic --wrt w_j read in w and b: a count of X's rows is m only with one example per row; beside
    A = sigmoid(np.dot(w.T, X) + b) (X n×m) X's rows are the features, so it is refused, never read as m."""
    error = _refusal(lambda: check("np.dot(X, (A-Y).T)/n", cost="logistic", wrt="w_j",
                                   let=(count, "A = sigmoid(np.dot(w.T, X) + b)")))
    assert "the rows are the features" in error.message


# --- float(…) around a cost; a helper h(theta, X) whose log and log(1 - …) are taken ------------------------------

SO_COST = "float( (1/m) * ( np.sum(term1 - term2) + regterm ) )"
SO_LETS = ("term1 = np.dot(-np.array(y).T,np.log(h(theta,X)))",
           "term2 = np.dot((1-np.array(y)).T,np.log(1-h(theta,X)))",
           "regterm = (lambda_/2) * np.sum(np.dot(theta[1:].T,theta[1:])) #Skip theta0. Explain this line")


def _so_cost(d):
    h = sig(d.X @ d.theta)
    return np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2)


def test_float_around_the_cost_and_an_inline_probability_helper():
    """f21-so54017246: float(…) changes no value; h(theta,X) with log(h) and log(1 − h) is σ(Xθ): the regularised
    mean cross-entropy (θ₁, the intercept, left out of the penalty), by finite differences."""
    _assert_gradient(SO_COST, _so_cost, lets=SO_LETS)
    notes = derive(SO_COST, let=SO_LETS).problem.notes
    assert any("float(…) of a value is the value" in note for note in notes), notes
    assert any("h(theta,X) is a helper whose body is not given" in note for note in notes), notes


def test_the_unregularised_gradient_against_the_regularised_cost_is_different():
    """np.dot(h − y, X)/m lacks the penalty's λθⱼ/m (j ≥ 2): different."""
    assert check("np.dot((sigmoid(np.dot(X,theta))-y),X)/m", cost=SO_COST, let=SO_LETS).verdict == "different"


@pytest.mark.parametrize("lets", [
    # only log(h): nothing says h is a probability of the logistic model
    ("term1 = np.dot(-y.T,np.log(h(theta,X)))", "term2 = np.dot((1-y).T,np.log(1-g))", "regterm = 0"),
    # the helper's body given: read as it says, not as σ
    (*SO_LETS, "h(theta, X) = np.dot(X, theta)"),
])
def test_neighbours_of_the_inline_helper_are_not_read_as_sigmoid(lets):
    try:
        notes = derive(SO_COST, let=lets).problem.notes
    except InputError:
        return
    assert not any("is a helper whose body is not given" in note for note in notes), notes


def test_a_let_named_float_is_not_read_as_the_conversion():
    """A --let that defines a function float(v): its calls are not dropped as Python's conversion (refused here)."""
    error = _refusal(lambda: derive("float(np.sum((X @ theta - y)**2))", let=("float(v) = 2*v",)))
    assert error.label == "--let"


def test_float_of_a_count_in_a_let_is_still_the_count():
    """n = float(len(y)) stays a count of the examples (f17-pyj): the general float(…) rule leaves a count's
    conversion to the count's own reading; d·d / (2n) is the half mean squared error (finite differences)."""
    lets = ("n = float(len(y))", "n2 = 2 * n", "h = np.dot(X, theta)", "d = h - y")
    _assert_gradient("np.dot(d, d) / n2", lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m), lets=lets)


@pytest.mark.parametrize("body", ["def h(theta, X): return np.dot(X, theta)", "h = lambda theta, X: np.dot(X, theta)",
                                  "h(theta, X) = np.dot(X, theta)"])
def test_a_helper_with_a_body_in_any_spelling_is_not_read_as_sigmoid(body):
    try:
        notes = derive(SO_COST, let=(*SO_LETS, body)).problem.notes
    except InputError:
        return
    assert not any("is a helper whose body is not given" in note for note in notes), notes
