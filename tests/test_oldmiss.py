"""Old misses of the corpus read (issue 10, branch oldmiss): the labs' sigmoid(tx, w) and tx.shape, …

Every expected verdict is worked out by hand in the comment beside it, and the hand gradients are held to
central finite differences of NumPy costs written here (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import check, derive
from _reading import notes_of as _notes, refused as _refused

RNG = np.random.default_rng(1010)


def _sigmoid(v):
    return 1 / (1 + np.exp(-v))


def _tx(m: int, n: int) -> np.ndarray:
    """A data matrix with its column of ones first, as the labs build tx."""
    return np.hstack([np.ones((m, 1)), RNG.normal(size=(m, n - 1))])


# ------------------------------------------------------------------ the labs' two-argument sigmoid(tx, w)
LOG_LOSS = "(-1/N)*np.sum(y.T@np.log(sigm) + ((1-y).T@np.log(sigm2)))"
LOG_LETS = ("sigm = sigmoid(tx,w)", "sigm2 = 1 - sigm", "N = y.shape[0]")
SIGMOID_NOTE = "sigmoid(tx, w) is the labs' two-argument sigmoid, which returns σ(tx @ w)"


def test_the_log_loss_hand_gradient_agrees_with_finite_differences():
    # by hand: ∇ −(1/N)[yᵀ log σ(x̃w) + (1 − y)ᵀ log(1 − σ(x̃w))] = (1/N) x̃ᵀ(σ(x̃w) − y)
    tx, w = _tx(6, 3), RNG.normal(size=3)
    y = RNG.integers(0, 2, size=6).astype(float)

    def loss(v):
        s = _sigmoid(tx @ v)
        return -np.sum(y @ np.log(s) + (1 - y) @ np.log(1 - s)) / len(y)

    assert np.allclose(central_differences(loss, w), tx.T @ (_sigmoid(tx @ w) - y) / len(y), atol=1e-6)


def test_sigmoid_of_tx_and_w_is_the_sigmoid_of_their_product_noted():
    verdict = check("(1/N) * (tx.T@(z - y))", cost=LOG_LOSS, wrt="w_j", let=(*LOG_LETS, "z = sigmoid(tx,w)"))
    assert verdict.verdict == "equivalent"
    assert any(SIGMOID_NOTE in note for note in _notes(verdict))


def test_a_penalty_added_where_the_cost_subtracts_it_is_different():
    # J = −(1/N)[Σ … + (λ/2)wᵀw]: ∇ = (1/N)[x̃ᵀ(σ − y) − λw]; the answer adds λw/N, off by 2λw/N
    cost = "(-1/N)*(np.sum(y.T@np.log(sigm) + ((1-y).T@np.log(sigm2))) + ((lambda_/2)*np.sum(w.T@w)))"
    verdict = check("(1/N) * ((tx.T@(z - y)) + (lambda_*w))", cost=cost, wrt="w_j",
                    let=(*LOG_LETS, "z = sigmoid(tx,w)"))
    assert verdict.verdict == "different"


def test_the_sigmoid_derivation_says_it_read_the_two_arguments():
    derivation = derive(LOG_LOSS, wrt="w_j", let=LOG_LETS)
    assert any(SIGMOID_NOTE in note for note in _notes(derivation))


@pytest.mark.parametrize("let", ["sigm = sigmoid(w, tx)", "sigm = sigmoid(tx, v)", "sigm = sigmoid(X, w)"])
def test_other_two_argument_sigmoids_stay_refused(let):
    # sigmoid(w, tx): the arguments the other way; sigmoid(tx, v): v is no parameter vector; X is not the labs' tx
    _refused(derive, LOG_LOSS, wrt="w_j", let=(let, "sigm2 = 1 - sigm", "N = y.shape[0]"))


# ------------------------------------------------------------------ N, D = tx.shape
LS_LOSS = "np.dot(e, e) / (2 * N)"
LS_LETS = ("e = y - np.dot(tx, w)", "N, D = tx.shape")


def test_the_least_squares_hand_gradient_agrees_with_finite_differences():
    # by hand: ∇ eᵀe/(2N), e = y − x̃w, is −x̃ᵀe/N
    tx, w, y = _tx(5, 3), RNG.normal(size=3), RNG.normal(size=5)
    assert np.allclose(central_differences(lambda v: (y - tx @ v) @ (y - tx @ v) / (2 * len(y)), w),
                       -tx.T @ (y - tx @ w) / len(y), atol=1e-6)


def test_tx_shape_unpacks_the_count_of_examples():
    verdict = check("- np.dot(tx.T, e) / N", cost=LS_LOSS, wrt="w_j", let=LS_LETS)
    assert verdict.verdict == "equivalent"
    assert any("N, D = tx.shape unpacks tx's shape" in note for note in _notes(verdict))


def test_the_least_squares_gradient_without_the_minus_is_different():
    # x̃ᵀe/N is the negative of the gradient
    assert check("np.dot(tx.T, e) / N", cost=LS_LOSS, wrt="w_j", let=LS_LETS).verdict == "different"


def test_the_columns_of_tx_are_not_the_examples():
    # N = tx.shape[1] counts tx's columns, the features: never read as m
    error = _refused(derive, LS_LOSS, wrt="w_j", let=("e = y - np.dot(tx, w)", "N = tx.shape[1]"))
    assert "N" in error.message or "shape" in error.message


# ------------------------------------------------------------------ a class's capital weights, X @ self.W + self.b
CLASS_MSE = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1))"
CLASS_RIDGE = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
CLASS_LETS = ("Y_pred = (X @ self.W) + self.b", "n = X.shape[0]")
WEIGHTS_NOTE = "W is read as w, the n×1 weight vector: the code multiplies the data by it (X @ W)"
ROWS_NOTE = "adds up each row of an m×1 array, one entry each"


def _class_mse(X, Y, W, b):
    """The class's loss with Y, W as one-column 2-D arrays, as NumPy computes it."""
    return np.mean(np.sum((Y - (X @ W + b)) ** 2, axis=1))


def test_the_class_hand_gradients_agree_with_finite_differences():
    # by hand: J = (1/m) Σᵢ (xᵢᵀw + b − yᵢ)²; ∇_w = (2/m) Xᵀ(ŷ − y), ∂J/∂b = (2/m) Σᵢ (ŷᵢ − yᵢ)
    X, Y, W, b = RNG.normal(size=(5, 3)), RNG.normal(size=(5, 1)), RNG.normal(size=(3, 1)), 0.3
    residual = X @ W + b - Y
    grad_w = central_differences(lambda v: _class_mse(X, Y, v.reshape(3, 1), b), W.ravel())
    assert np.allclose(grad_w, (2 / 5) * (X.T @ residual).ravel(), atol=1e-6)
    grad_b = central_differences(lambda v: _class_mse(X, Y, W, v[0]), np.array([b]))
    assert np.allclose(grad_b, (2 / 5) * residual.sum(), atol=1e-6)


@pytest.mark.parametrize(("answer", "wrt"), [("(2/n)*((X.T) @ (Y_pred - Y))", "w_j"),
                                             ("(2/n)*np.sum(Y_pred - Y,axis = 0)", "b")])
def test_the_class_gradients_are_equivalent_and_say_how_w_and_the_rows_were_read(answer, wrt):
    verdict = check(answer, cost=CLASS_MSE, wrt=wrt, let=CLASS_LETS)
    assert verdict.verdict == "equivalent"
    notes = _notes(verdict)
    assert any(WEIGHTS_NOTE in note for note in notes) and any(ROWS_NOTE in note for note in notes)


def test_a_lambda_the_loss_does_not_have_is_different():
    # the loss adds ΣW² (no λ): its gradient adds 2W, the answer 2λW
    verdict = check("(2/n)*((X.T) @ (Y_pred - Y)) + self.lambda_*2*self.W", cost=CLASS_RIDGE, wrt="w_j",
                    let=CLASS_LETS)
    assert verdict.verdict == "different"


def test_wrt_capital_w_is_the_weight_vector():
    derivation = derive(CLASS_MSE, wrt="W_j", let=CLASS_LETS[:1])
    assert any(WEIGHTS_NOTE in note for note in _notes(derivation))


@pytest.mark.parametrize(
    ("cost", "lets"),
    [
        ("np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(w**2)", CLASS_LETS[:1]),  # W beside w
        ("np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W.T @ self.W)", CLASS_LETS[:1]),  # W.T
        ("np.mean(np.sum((Y - Y_pred) ** 2, axis=1))", ("Y_pred = (X @ self.W[0]) + self.b",)),  # W indexed
        # np.sum(…, axis=1) of the m×1 column, not averaged: the m values themselves, no number
        ("np.sum((Y - Y_pred) ** 2, axis=1)", CLASS_LETS[:1]),
    ],
)
def test_capital_weights_not_taken_whole_or_a_row_sum_alone_stay_refused(cost, lets):
    _refused(derive, cost, wrt="b", let=lets)


# ------------------------------------------------------------------ y_t, y_p and a chain that names f(x)
SSR = r"E = ∑(y_t - y_p)^2 = ∑(y_t - f(x))^2 = ∑(y_t - w \cdot x - b)^2"
SSR_LETS = (r"line = f(x) = w \cdot x + b",)
TARGET_NOTE = "y_t is read as y, the target of each example"
NAMED_NOTE = "the chain writes y_p where its next side writes f(x)"


def test_the_line_hand_gradients_agree_with_finite_differences():
    # by hand: E = Σ (y − wx − b)²; ∂E/∂w = Σ −2x(y − wx − b), ∂E/∂b = Σ −2(y − wx − b)
    x, y, w, b = RNG.normal(size=6), RNG.normal(size=6), 0.7, -0.2

    def sse(v):
        return np.sum((y - v[0] * x - v[1]) ** 2)

    assert np.allclose(central_differences(sse, np.array([w, b])),
                       [np.sum(-2 * x * (y - w * x - b)), np.sum(-2 * (y - w * x - b))], atol=1e-6)


@pytest.mark.parametrize(("answer", "wrt", "expected"), [
    (r"∑-2x(y_t - w \cdot x - b)", "w", "equivalent"),
    (r"∑2(y_t - w \cdot x - b)(-x)", "w", "equivalent"),
    (r"∑-2(y_t - w \cdot x - b)", "b", "equivalent"),
    (r"∑2(y_t - w \cdot x - b)", "b", "different"),  # the sign of the inner derivative dropped
])
def test_y_t_is_the_target_and_the_chain_defines_y_p(answer, wrt, expected):
    verdict = check(answer, cost=SSR, wrt=wrt, let=SSR_LETS)
    assert verdict.verdict == expected
    notes = _notes(verdict)
    assert any(TARGET_NOTE in note for note in notes) and any(NAMED_NOTE in note for note in notes)


@pytest.mark.parametrize("cost", [
    r"E = \sum_i (y_t - w x_i - b)^2",  # an indexed sum: y_t is not its example's target
    r"E = ∑(y_t - w x - b)^2 + ∑(y - w x - b)^2",  # y beside y_t: two quantities, perhaps
    r"E = ∑(y_t - w_t x - b)^2",  # t indexes w too: a step, not the true value
])
def test_y_t_beside_an_index_or_another_y_stays_refused(cost):
    _refused(derive, cost, wrt="w")


def test_a_chain_side_that_differs_by_more_than_a_name_stays_refused():
    # y_p ↔ f(x) and a sign: the '=' does not define y_p
    _refused(derive, r"E = ∑(y - y_p)^2 = ∑(y + f(x))^2", wrt="w", let=SSR_LETS)


# ------------------------------------------------------------------ w · x by b: the weight vector or one number
def test_w_dot_x_by_b_is_read_naming_both_readings():
    # --wrt w reads w · x as one feature's w x; by b nothing says whether w is a number or the weight vector:
    # fixdot38 judges ∂/∂b under both (the same −2Σ(y − w·x − b)) and names both readings in a note
    derived = derive(r"∑(y - w \cdot x - b)^2", wrt="b")
    said = [note for note in _notes(derived) if "is read both as" in note]
    assert said and "(w a vector)" in said[0] and "(one feature)" in said[0]
    assert not any("is read as the dot product" in note for note in _notes(derived))


def test_w_dot_x_by_w_is_one_feature_and_w_transposed_by_b_the_vector():
    derived = derive(r"∑(y - w \cdot x - b)^2", wrt="w")
    assert any("product of scalars here" in note for note in _notes(derived))
    derived = derive(r"\sum_i (y_i - w^T x_i - b)^2", wrt="b")
    assert not any("is read as the dot product" in note for note in _notes(derived))


# ------------------------------------------------------------------ Σ_{i=0}^n with n nowhere else; a let chain naming θᵀx
JIA_J = r"-(\sum_{i=0}^ny^{(i)}logh_\theta(x^{(i)}) + (1-y^{(i)})log(1-h_\theta(x^{(i)})))"
JIA_LETS = (r"h_\theta(x) = \frac 1 {1 + e^{-z(x)}} = \frac 1 {1 + e^{-\theta^Tx}}",)
TOTALS_NOTE = "the cost and the answer both sum from i = 0 to n, and write n nowhere else"
Z_NOTE = r"the --let chain writes z(x) where its last side writes \theta^Tx"


def test_the_summed_nll_hand_gradient_agrees_with_finite_differences():
    # by hand: ∂/∂θⱼ −Σᵢ [yᵢ log σ(θᵀxᵢ) + (1 − yᵢ) log(1 − σ(θᵀxᵢ))] = Σᵢ (σ(θᵀxᵢ) − yᵢ) xᵢⱼ, over every example
    X, theta = RNG.normal(size=(7, 3)), RNG.normal(size=3)
    y = RNG.integers(0, 2, size=7).astype(float)

    def nll(v):
        h = _sigmoid(X @ v)
        return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))

    assert np.allclose(central_differences(nll, theta), X.T @ (_sigmoid(X @ theta) - y), atol=1e-6)


@pytest.mark.parametrize(("answer", "expected"), [
    (r"\sum_{i=0}^n(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}", "equivalent"),
    (r"\sum_{i=0}^n(y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)}", "different"),  # the ascent direction, sign flipped
])
def test_a_zero_based_total_over_the_examples_is_read_noted(answer, expected):
    verdict = check(answer, cost=JIA_J, wrt="theta_j", let=JIA_LETS)
    assert verdict.verdict == expected
    notes = _notes(verdict)
    assert any(TOTALS_NOTE in note for note in notes) and any(Z_NOTE in note for note in notes)


@pytest.mark.parametrize("answer", [
    r"\frac{1}{n}\sum_{i=0}^n(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",  # 1/n in one text only: the count matters
    r"\sum_{i=1}^n(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",  # 1..n against the cost's 0..n: n or n + 1 terms
    r"\sum_{i=0}^n(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)} + \theta_n",  # n written outside the sums
])
def test_zero_based_sums_whose_count_matters_stay_refused(answer):
    _refused(check, answer, cost=JIA_J, wrt="theta_j", let=JIA_LETS)


def test_the_zero_based_total_derived_alone_is_the_sum_over_every_example():
    derived = derive(JIA_J, wrt="theta_j", let=JIA_LETS)
    assert any("the cost sums from i = 0 to n, and writes n nowhere else" in note for note in _notes(derived))


def test_one_example_s_term_against_the_zero_based_total_is_different():
    # stochastic gradient descent's one term is not the sum over every example, whatever their count
    verdict = check(r"(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}", cost=JIA_J, wrt="theta_j", let=JIA_LETS)
    assert verdict.verdict == "different"


def test_a_zero_based_mean_derived_alone_is_read_as_the_mean():
    # 1/n beside n + 1 terms: refused here until issue 10, which reads the writer's mean over the n examples (the
    # 1/n says how many), noted; by hand ∂/∂b (1/n)Σ(yᵢ − w xᵢ − b)² = −(2/n)Σ(yᵢ − w xᵢ − b), by finite differences
    from _reading import assert_gradient_read

    text = r"\frac{1}{n}\sum_{i=0}^n (y_i - w x_i - b)^2"
    assert_gradient_read(text, lambda d: float(np.mean((d.y - d.w[0] * d.x - d.b) ** 2)), wrt=("w", "b"))
    assert any("has n + 1 terms, beside 1/n" in note for note in _notes(derive(text, wrt="b")))


def test_a_zero_based_sum_with_its_1_over_n_elsewhere_stays_refused():
    # the 1/n stands on the penalty only: nothing says the sum's n + 1 terms are n examples
    _refused(derive, r"\sum_{i=0}^n (y_i - w x_i - b)^2 + \frac{\lambda}{n} w^2", wrt="b")


def test_a_let_chain_side_that_differs_by_more_than_a_name_stays_refused():
    _refused(derive, r"-\sum_{i=1}^m y^{(i)} \log h(x^{(i)}) + (1-y^{(i)}) \log(1-h(x^{(i)}))", wrt="theta_j",
             let=(r"h(x) = \frac 1 {1 + e^{-z(x)}} = \frac 1 {1 - e^{-\theta^Tx}}",))  # a sign differs too


def test_zero_based_totals_with_no_mean_on_either_side_are_read():
    # once refused (tests/test_math_text.py): ∂/∂b Σ (y − (mx + b))² = Σ −2(y − (mx + b)) over any range, so
    # both sides summing i = 0..n with n nowhere else agree or not whatever the count
    verdict = check(r"2\sum_{i=0}^n -(y_i-(mx_i + b))", cost=r"\sum_{i=0}^n (y_i-(mx_i + b))^2", wrt="b")
    assert verdict.verdict == "equivalent"
    assert any("write n nowhere else" in note for note in _notes(verdict))
    wrong = check(r"\sum_{i=0}^n -(y_i-(mx_i + b))", cost=r"\sum_{i=0}^n (y_i-(mx_i + b))^2", wrt="b")
    assert wrong.verdict == "different"  # the factor 2 of the power rule dropped


# ------------------------------------------------------------------ the Unicode ∂; y_pred beside w when b is in the model
def test_the_unicode_partial_sign_is_partial():
    # ∂/∂b ½Σ(y − wx − b)² = −Σ(y − wx − b)
    verdict = check(r"\frac{∂J}{∂b} = -\sum_i(y_i - w x_i - b)", cost=r"\frac{1}{2}\sum_i(y_i - w x_i - b)^2", wrt="b")
    assert verdict.verdict == "equivalent"


def test_a_derivative_by_w_given_for_b_is_different():
    # the page's ∂E/∂b line differentiates by w: Σ −2x(y − wx − b) (when worked out), not Σ −2(y − wx − b)
    verdict = check(r"∑\frac{∂}{∂w}(y_t - w \cdot x - b)^2", cost=SSR, wrt="b", let=SSR_LETS)
    assert verdict.verdict == "different"


RIDGE_PSEUDO = "Loss = (1/n) * sum((y_pred - y)^2) + alpha * sum(w^2)"


def test_the_ridge_pseudocode_hand_gradient_by_b_agrees_with_finite_differences():
    # by hand: ∂/∂b (1/n)Σ(xᵢᵀw + b − yᵢ)² + αΣw² = (2/n)Σ(ŷᵢ − yᵢ)
    X, y, w, b = RNG.normal(size=(6, 2)), RNG.normal(size=6), RNG.normal(size=2), 0.4
    loss = lambda v: np.mean((X @ w + v[0] - y) ** 2) + 0.3 * np.sum(w ** 2)  # noqa: E731
    assert np.allclose(central_differences(loss, np.array([b])), 2 * np.mean(X @ w + b - y), atol=1e-6)


def test_y_pred_by_b_is_the_prediction_of_a_model_with_the_intercept():
    verdict = check("(2/n) * sum(y_pred - y)", cost=RIDGE_PSEUDO, wrt="b")
    assert verdict.verdict == "equivalent"
    assert any("the model has the intercept b" in note for note in _notes(verdict))
    assert check("(1/n) * sum(y_pred - y)", cost=RIDGE_PSEUDO, wrt="b").verdict == "different"  # the 2 dropped


def test_y_pred_by_w_derived_with_no_b_written_stays_refused():
    # Xw or Xw + b: nothing says which
    error = _refused(derive, RIDGE_PSEUDO, wrt="w_j")
    assert "Xw or Xw + b" in error.message


def test_y_pred_derived_by_b_is_noted_and_by_w_refused():
    derived = derive(RIDGE_PSEUDO, wrt="b")
    assert any("the model has the intercept b" in note for note in _notes(derived))
    error = _refused(derive, RIDGE_PSEUDO, wrt="w_j")
    assert error.column == RIDGE_PSEUDO.index("y_pred")


def test_a_zero_based_sum_to_m_stays_refused():
    # m is the number of examples itself: 0..m has one term too many (DLS's L2 loss), not the examples from 0
    _refused(derive, r"\sum_{i=0}^m(y^{(i)} - h(x^{(i)}))^2", wrt="theta_j", let=("h(x) = theta^T x",))


def test_the_ridge_pseudocode_hand_gradient_by_w_agrees_with_finite_differences():
    # by hand: ∇_w (1/n)Σ(ŷᵢ − yᵢ)² + αΣw² = (2/n)Xᵀ(ŷ − y) + 2αw, with ŷ = Xw + b or Xw alike
    X, y, w, alpha = RNG.normal(size=(6, 2)), RNG.normal(size=6), RNG.normal(size=2), 0.3
    for b in (0.0, 0.4):
        loss = lambda v: np.mean((X @ v + b - y) ** 2) + alpha * np.sum(v ** 2)  # noqa: E731
        expected = (2 / 6) * X.T @ (X @ w + b - y) + 2 * alpha * w
        assert np.allclose(central_differences(loss, w), expected, atol=1e-6)


@pytest.mark.parametrize(("answer", "expected"), [
    ("(2/n) * (X^T @ (y_pred - y)) + 2 * alpha * w", "equivalent"),
    ("(1/n) * (X^T @ (y_pred - y)) + 2 * alpha * w", "different"),  # the 2 of the square dropped
])
def test_a_check_by_w_whose_answer_names_y_pred_too_is_read_either_way(answer, expected):
    verdict = check(answer, cost=RIDGE_PSEUDO, wrt="w_j")
    assert verdict.verdict == expected
    assert any("the verdict is the same under both" in note for note in _notes(verdict))


def test_an_answer_that_writes_the_model_out_beside_y_pred_stays_refused():
    # X @ w - y states the model without b: beside the cost's y_pred the two may differ
    _refused(check, "(2/n) * (X^T @ (X @ w - y)) + 2 * alpha * w", cost=RIDGE_PSEUDO, wrt="w_j")
