"""Issue 10, the NumPy constructions the corpus missed, read in the reader each belongs to (fixnp).

READ HERE, one section each: ``.item()`` after a bracket that holds a --let's name whose value is one number
(``np.squeeze(-loss).item()``, EPFL's calculate_loss_logistic; plain.py's ``numpy_item``, the let held to its form
by ``read_problem``), with a sum of numbers (vᵀu + vᵀu) now one number too; NumPy's ``np.r_[[[0.]], w[1:]]``, a
1×1 zero stacked on a column's rows after the first (pasted.py's θ with its first entry zeroed); NumPy's ``y @ v``
with the labels 1-D on the left in a text with no X (neuromatch's ``log_lik = y @ np.log(rate) - rate.sum()``),
read as ``y.T @ v`` (pasted.py); code's helper ``sigmoid(X, parameters)`` of two arguments whose body is a sigmoid
(sigmoid_helper.py); the intercept's column of ones joined with a literal count (``np.ones((100, 1))``) or with
np.concatenate's axis by position (``, 1)``) (ones_column.py).

The texts are the corpus's own, verbatim, their sources beside them. Each gradient is held to finite differences of
a NumPy cost written here by hand (tests/_numeric.py) or to the corpus judge (tests/_reading.py); each verdict is
worked by hand in the comment beside it. Near-variants that mean something else are refused or read right.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_ce(X, y, w):
    """−(1/m)Σ yᵢ log σ(xᵢ·w) + (1 − yᵢ) log(1 − σ(xᵢ·w)), the mean cross-entropy, by hand."""
    p = _sigmoid(X @ w)
    return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


# ------------------------------------------------------------------ .item() after a let that is one number

# source: public code index file 30314655033 (Python, calculate_loss_logistic / calculate_gradient, sigmoid(t) =
# np.exp(t) / (1 + np.exp(t)); the index does not name its repository), tests/corpus/fresh_thirtyseventh.py
EXPSIG_J = "np.squeeze(-loss).item() * (1 / y.shape[0])"
EXPSIG_LETS = (
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w))",
    "sigmoid(t) = np.exp(t) / (1 + np.exp(t))",
)
ITEM_LET_NOTE = "read as NumPy: .item() after the --let loss takes the number out of it"


def test_the_mean_ce_gradient_the_item_verdicts_rest_on_matches_finite_differences():
    # by hand: loss = yᵀlog p + (1 − y)ᵀlog(1 − p) is one number; −loss/m is the mean cross-entropy, whose gradient
    # is Xᵀ(σ(Xw) − y)/m; Xᵀ(σ(Xw) − y) alone is m times it
    rng = np.random.default_rng(37)
    X, y, w = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)
    numeric = central_differences(lambda v: _mean_ce(X, y, v), w)
    assert np.allclose(numeric, X.T @ (_sigmoid(X @ w) - y) / 6, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (_sigmoid(X @ w) - y), atol=1e-3)
    # and e^t/(1 + e^t), the file's sigmoid, is 1/(1 + e^−t)
    t = rng.normal(size=5)
    assert np.allclose(np.exp(t) / (1 + np.exp(t)), _sigmoid(t))


def test_item_after_a_let_of_one_number_is_the_let():
    assert_gradient_read(EXPSIG_J, lambda d: _mean_ce(d.X, d.y, d.w), wrt=("w_j",), lets=EXPSIG_LETS)
    derivation = logderiv.derive(EXPSIG_J, wrt="w_j", let=list(EXPSIG_LETS))
    assert any(note.startswith(ITEM_LET_NOTE) for note in notes_of(derivation))


@pytest.mark.parametrize("answer, verdict", [
    ("(1/y.shape[0])*tx.T.dot(pred-y)", "equivalent"),  # (1/m)Xᵀ(σ(Xw) − y): the mean CE's gradient
    ("tx.T.dot(pred-y)", "different"),  # m times it: the 1/m dropped
])
def test_the_answers_against_the_item_cost(answer, verdict):
    assert_verdict_read(answer, EXPSIG_J, verdict, wrt="w_j", lets=EXPSIG_LETS)


def test_item_after_one_of_the_two_products_alone_is_read():
    # −yᵀlog σ(Xw)/m alone (half the cross-entropy): its gradient is (1/m)Σ yᵢ(σᵢ − 1)xᵢ, by hand
    def half(d):
        return -float(np.mean(d.y * np.log(_sigmoid(d.X @ d.w))))

    lets = ("loss = y.T.dot(np.log(pred))", *EXPSIG_LETS[1:])
    assert_gradient_read(EXPSIG_J, half, wrt=("w_j",), lets=lets)


def test_a_sum_of_transposed_products_inside_the_bracket_is_one_number():
    # the let written out in the bracket: (yᵀ log p + (1 − y)ᵀ log(1 − p)).item(), a sum of two numbers
    text = "-(y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))).item() / y.shape[0]"
    assert_gradient_read(text, lambda d: _mean_ce(d.X, d.y, d.w), wrt=("w_j",), lets=EXPSIG_LETS[1:])


@pytest.mark.parametrize("loss", [
    "loss = (pred - y)**2",  # a value per example: .item() would be the first example's
    "loss = y * np.log(pred)",  # entry by entry: a vector again
    "loss = np.log(pred)",
    "loss = y.T.dot(np.log(pred)) + np.log(1 - pred)",  # a number plus a vector: a vector
])
def test_item_after_a_let_of_a_vector_is_refused(loss):
    error = refused(logderiv.derive, EXPSIG_J, wrt="w_j", let=[loss, *EXPSIG_LETS[1:]])
    assert "'.item()' takes the first entry of loss" in error.message


def test_item_after_a_lets_name_in_an_answer_is_refused():
    # an answer is a vector: which let is one number is checked with the cost, not here
    error = refused(logderiv.check, "np.squeeze(loss).item() * tx.T.dot(pred-y)", cost=EXPSIG_J, wrt="w_j",
                    let=list(EXPSIG_LETS))
    assert "read in a cost, not in an answer" in error.message


# ------------------------------------------------------------------ np.r_[[[0.]], w[1:]]: w with its first entry 0

# source: github:tirthasheshpatel/semester5_practicals:ml_code/ridge.py (def mse_grad: return …),
# tests/corpus/fresh_fifteenth.py
TIRTHA_J = "0.5 * np.mean((y_hat-y)**2) + lam/(2.*y.shape[0]) * np.sum(w[1:]**2)"
TIRTHA_LETS = ("y_hat = X @ w",)
TIRTHA_GRAD = "(1./y.shape[0]) * (X.T @ (y_hat-y) + lam * np.r_[[[0.]], w[1:]])"
ZERO_NOTE = "read as NumPy: np.r_[[[0.]], w[1:]] is w with its first entry, the intercept, set to 0"


def test_the_ridge_gradient_the_stack_verdicts_rest_on_matches_finite_differences():
    # by hand: ∇ ½·mean (Xw − y)² + λ/(2m)Σ_{j≥1} w_j² = (Xᵀ(Xw − y) + λ[0; w₁…])/m; with w₀ penalised it differs
    rng = np.random.default_rng(15)
    X, y, w, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.7
    m = len(y)
    numeric = central_differences(
        lambda v: 0.5 * float(np.mean((X @ v - y) ** 2)) + lam / (2 * m) * float(np.sum(v[1:] ** 2)), w)
    zeroed = np.r_[0.0, w[1:]]
    assert np.allclose(numeric, (X.T @ (X @ w - y) + lam * zeroed) / m, atol=1e-6)
    assert not np.allclose(numeric, (X.T @ (X @ w - y) + lam * w) / m, atol=1e-3)
    # NumPy's own: a 1×1 zero stacks on w as a column (w[1:] its rows after the first), and not on a 1-D w
    column = w.reshape(-1, 1)
    assert np.array_equal(np.r_[[[0.]], column[1:]].ravel(), zeroed)
    with pytest.raises(ValueError):
        np.r_[[[0.]], w[1:]]


def test_a_one_by_one_zero_on_the_tail_is_w_with_its_first_entry_zeroed():
    assert_verdict_read(TIRTHA_GRAD, TIRTHA_J, "equivalent", wrt="w_j", lets=TIRTHA_LETS)
    verdict = logderiv.check(TIRTHA_GRAD, cost=TIRTHA_J, wrt="w_j", let=list(TIRTHA_LETS))
    assert any(note.startswith(ZERO_NOTE) for note in notes_of(verdict))


@pytest.mark.parametrize("stack", ["np.r_[[[0.]], w[1:, :]]", "np.r_[np.zeros((1, 1)), w[1:]]"])
def test_the_column_spellings_of_the_zeroed_w_read_alike(stack):
    assert_verdict_read(TIRTHA_GRAD.replace("np.r_[[[0.]], w[1:]]", stack), TIRTHA_J, "equivalent", wrt="w_j",
                        lets=TIRTHA_LETS)


def test_the_penalised_intercept_is_different():
    # λw/m on every entry, w₀ too: not the gradient of a penalty that leaves w₀ out
    assert_verdict_read(TIRTHA_GRAD.replace("np.r_[[[0.]], w[1:]]", "w"), TIRTHA_J, "different", wrt="w_j",
                        lets=TIRTHA_LETS)


@pytest.mark.parametrize("stack", [
    "np.r_[[[0.]], w[:-1]]",  # the last entry dropped, the rest shifted: not w with w₀ zeroed
    "np.r_[w[1:], [[0.]]]",  # the zero last
    "np.r_[[[1.]], w[1:]]",  # a one, not a zero
    "np.r_[[[0.]], w[2:]]",  # two entries dropped: n − 1 entries
    "np.r_[[[0.]], w]",  # n + 1 entries
    "np.r_[0, w[1:, :]]",  # a 1-D zero on a column's rows: NumPy raises
])
def test_near_variants_of_the_zeroed_stack_are_refused(stack):
    refused(logderiv.check, TIRTHA_GRAD.replace("np.r_[[[0.]], w[1:]]", stack), cost=TIRTHA_J, wrt="w_j",
            let=list(TIRTHA_LETS))


# ------------------------------------------------------------------ y @ v: the labels 1-D, their inner product

# source: github:NeuromatchAcademy/course-content (Python, tutorials/W1D4_GeneralizedLinearModels/solutions/
# W1D4_Tutorial1_Solution_f09f1cc5.py, neg_log_lik_lnp: return -log_lik), tests/corpus/fresh_thirtyeighth.py
NEUROMATCH_J = "-log_lik"
NEUROMATCH_LETS = ("log_lik = y @ np.log(rate) - rate.sum()", "rate = np.exp(X @ theta)")
LABELS_NOTE = "read as NumPy: y @ v runs with the labels 1-D"


def _poisson_nll(X, y, theta):
    """Σᵢ e^{x⁽ⁱ⁾·θ} − Σᵢ yᵢ x⁽ⁱ⁾·θ: minus the Poisson log-likelihood without its constant, by hand."""
    s = X @ theta
    return float(np.sum(np.exp(s)) - y @ s)


def test_the_poisson_gradient_matches_finite_differences():
    # by hand: ∂/∂θ of Σ e^{Xθ} − yᵀXθ is Xᵀ(e^{Xθ} − y); and NumPy's y @ v of 1-D arrays is Σ yᵢvᵢ
    rng = np.random.default_rng(38)
    X, y, theta = rng.normal(size=(6, 3)), rng.poisson(2.0, size=6).astype(float), rng.normal(size=3) / 3
    numeric = central_differences(lambda t: _poisson_nll(X, y, t), theta)
    assert np.allclose(numeric, X.T @ (np.exp(X @ theta) - y), atol=1e-5)
    v = rng.normal(size=6)
    assert np.isclose(y @ v, sum(a * b for a, b in zip(y, v)))
    with pytest.raises(ValueError):
        y.reshape(-1, 1) @ v.reshape(-1, 1)  # an m×1 y does not run against a vector of the examples


def test_the_labels_matmul_is_their_inner_product():
    assert_gradient_read(NEUROMATCH_J, lambda d: _poisson_nll(d.X, d.y, d.theta), lets=NEUROMATCH_LETS)
    derivation = logderiv.derive(NEUROMATCH_J, wrt="theta_j", let=list(NEUROMATCH_LETS))
    assert any(note.startswith(LABELS_NOTE) for note in notes_of(derivation))


def test_the_labels_matmul_in_the_cross_entropy_reads_alike():
    # −(y @ log p + (1 − y) @ log(1 − p))/m, p = σ(Xθ): the mean cross-entropy
    def mean_ce(d):
        return _mean_ce(d.X, d.y, d.theta)

    assert_gradient_read("-(y @ np.log(p) + (1 - y) @ np.log(1 - p)) / len(y)", mean_ce,
                         lets=("p = 1 / (1 + np.exp(-X @ theta))",))


@pytest.mark.parametrize("let", [
    # (the labels on the right, np.log(rate) @ y, read since fixmisc41 as the same inner product: tests/test_fixmisc41.py)
    "log_lik = Y @ np.log(rate) - rate.sum()",  # a capital Y: another quantity
    "log_lik = y @ X - rate.sum()",  # yᵀX is an n-vector, no number (a text with X: the matrix reader's)
])
def test_near_variants_of_the_labels_matmul_are_refused(let):
    refused(logderiv.derive, NEUROMATCH_J, wrt="theta_j", let=[let, NEUROMATCH_LETS[1]])


def test_labels_as_a_row_beside_a_transpose_are_left_to_the_matrix_reader():
    # one example per column (A a 1×m row): y @ np.log(A).T is Σ yᵢ log aᵢ with y a 1×m row; the text has a
    # transpose, so the labels are not respelled and the matrix reader reads the rows as before: the mean CE
    def mean_ce(d):
        p = _sigmoid(d.X @ d.w + d.b)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    text = "-(y @ np.log(A).T + (1 - y) @ np.log(1 - A).T) / m"
    assert_gradient_read(text, mean_ce, wrt=("w_j", "b"), lets=("A = sigmoid(w.T @ X + b)",))
    derivation = logderiv.derive(text, wrt="w_j", let=["A = sigmoid(w.T @ X + b)"])
    assert not any(note.startswith(LABELS_NOTE) for note in notes_of(derivation))


# ------------------------------------------------------------------ code's helper sigmoid(X, parameters)

# source: github:Daku-on/obj_recog_book:src/sec_4/and_gate.ipynb (notebook for a Japanese object-recognition
# textbook, def logistic_regression: parameters = parameters - LNR * …), tests/corpus/fresh_twentyninth.py
DAKU_STEP = "np.dot(sigmoid(X, parameters) - t, X)"
DAKU_LETS = ("sigmoid(X, parameters) = 1 / (1 + np.exp(-np.dot(X, parameters)))",)
HELPER_NOTE = "sigmoid(X, parameters) is code's helper of 2 arguments"


def test_the_logistic_gradient_the_helper_verdicts_rest_on_matches_finite_differences():
    # by hand: ∇ mean CE = Xᵀ(σ(Xθ) − t)/m; np.dot(v, X) of a 1-D v is Xᵀv, so the step is m times the gradient
    rng = np.random.default_rng(29)
    X, t, theta = rng.normal(size=(5, 3)), rng.integers(0, 2, size=5).astype(float), rng.normal(size=3)
    numeric = central_differences(lambda v: _mean_ce(X, t, v), theta)
    step = np.dot(_sigmoid(np.dot(X, theta)) - t, X)
    assert np.allclose(numeric, step / 5, atol=1e-6)
    assert not np.allclose(numeric, step, atol=1e-3)


@pytest.mark.parametrize("answer, verdict", [
    (DAKU_STEP, "different"),  # the summed CE's gradient against the mean cost: 1/m missing
    (DAKU_STEP + " / len(t)", "equivalent"),  # Xᵀ(σ(Xθ) − t)/m
])
def test_a_helper_named_sigmoid_of_the_data_and_the_parameters_is_read(answer, verdict):
    assert_verdict_read(answer, "logistic", verdict, lets=DAKU_LETS)


def test_the_helper_is_said():
    verdict = logderiv.check(DAKU_STEP, cost="logistic", wrt="theta_j", let=list(DAKU_LETS))
    assert any(note.startswith(HELPER_NOTE) for note in notes_of(verdict))


def test_the_helper_written_as_exp_over_one_plus_exp_reads_alike():
    let = "sigmoid(X, parameters) = np.exp(np.dot(X, parameters)) / (1 + np.exp(np.dot(X, parameters)))"
    assert_verdict_read(DAKU_STEP + " / len(t)", "logistic", "equivalent", lets=(let,))


@pytest.mark.parametrize("answer, lets", [
    ("np.dot(sigmoid(X, w) - t, X)", ("sigmoid(X, w) = X @ w",)),  # a body that is no sigmoid
    # σ(−Xθ): a sigmoid of something else, left alone
    (DAKU_STEP, ("sigmoid(X, parameters) = 1 / (1 + np.exp(np.dot(X, parameters)))",)),
    (DAKU_STEP, (*DAKU_LETS, "sigmoid(z) = 1 / (1 + np.exp(-z))")),  # two definitions of one name
    ("np.dot(sigmoid(X @ parameters) - t, X)", DAKU_LETS),  # a call of one argument: not the helper's two
    ("np.dot(sigmoid(parameters, X) - t, X)", DAKU_LETS),  # the arguments swapped
])
def test_near_variants_of_the_helper_are_refused(answer, lets):
    refused(logderiv.check, answer, cost="logistic", wrt="theta_j", let=list(lets))


def test_rs_helper_of_theta_and_x_reads_as_its_body():
    # the summed cross-entropy with g = σ(Xθ) computed by R's sigmoid(theta, X) (tscheys' getCost, its X kept m×n)
    def summed_ce(d):
        p = _sigmoid(d.X @ d.theta)
        return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read("-sum(y * log(g) + (1 - y) * log(1 - g))", summed_ce,
                         lets=("g <- sigmoid(theta, X)", "sigmoid(theta, X) = 1/(1+exp(-X %*% theta))"))


# ------------------------------------------------------------------ the ones column: a literal count, axis by position

# source: Jekyll post 'ML Foundations: Linear Regression and Gradient Descent' (public code index file 36504049114,
# X_b from section 4), tests/corpus/fresh_blogs.py (f6-mlfoundations-code-2-over-m); the Stack Overflow question 'What
# is wrong in this Python code for Regularized Linear Regression?' (stored in nvidia/Nemotron-CC-Math-v1, the asker's
# CostRegFunction), tests/corpus/fresh_fortieth.py (f40-soreglin-*). The joins are the sources' verbatim; the costs
# around them are this test's own: the items themselves ask for θ₀ or θ₁ apart from the joined X, which the
# design-matrix reading numbers θ₁ (so they stay refused, with that message now)
JOINS = ["X_b = np.c_[np.ones((100, 1)), X]", "X_b = np.concatenate((np.ones((m,1)), X), 1)"]


def test_the_design_matrix_gradient_matches_finite_differences():
    # by hand: ∇ (1/2m)‖Xθ − y‖² = Xᵀ(Xθ − y)/m, whatever X's first column holds (ones or not)
    rng = np.random.default_rng(40)
    X, y, theta = np.c_[np.ones(5), rng.normal(size=(5, 2))], rng.normal(size=5), rng.normal(size=3)
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / 10, theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / 5, atol=1e-6)
    assert np.array_equal(np.concatenate((np.ones((5, 1)), X[:, 1:]), 1), X)  # axis 1 by position: the same join
    with pytest.raises(ValueError):
        np.c_[np.ones((100, 1)), X]  # 100 ones beside 5 rows: the join runs only when the count is m


@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize("answer, verdict", [
    ("(1/m) * X_b.T.dot(X_b.dot(theta) - y)", "equivalent"),
    ("(2/m) * X_b.T.dot(X_b.dot(theta) - y)", "different"),  # the gradient of the MSE without its ½
])
def test_a_literal_count_and_a_positional_axis_join_the_ones_column(join, answer, verdict):
    cost = "(1 / (2 * m)) * np.sum((X_b.dot(theta) - y) ** 2)"
    assert_verdict_read(answer, cost, verdict, lets=(join,))


@pytest.mark.parametrize("join", [
    "X_b = np.concatenate((np.ones((1, n)), X), 0)",  # axis 0: a row of ones on top, no intercept column
    "X_b = np.c_[X, np.ones((100, 1))]",  # the ones appended last: θ's last entry would be the intercept
    "X_b = np.c_[np.ones((1, 1)), X]",  # one 1: joins only a single row
    "X_b = np.concatenate((np.ones((m,1)), X), 2)",  # no such axis of a matrix
])
def test_near_variants_of_the_join_are_refused(join):
    refused(logderiv.check, "(1/m) * X_b.T.dot(X_b.dot(theta) - y)",
            cost="(1 / (2 * m)) * np.sum((X_b.dot(theta) - y) ** 2)", wrt="theta_j", let=[join])
