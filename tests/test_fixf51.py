"""Wave f51's refusals read by rules that transfer (issue 10): a page's lets written entry by entry
(``z_j = x_j^Tw + b``, ``h(z) = (\\sigma(z_1), \\cdots, \\sigma(z_m))^T``, ``z = (z_1, \\cdots, z_m)^T``) and
``\\nabla_b L(w,b)`` by a scalar argument; code's ``np.dot(X, self.weights)`` and ``y.size`` beside a preset in θ;
``--wrt W_k`` beside code's W and its column ``X[:, k]``.

Each real text is verbatim, with its source; its truth is worked by hand and held to central finite differences of a
NumPy cost written here (``_numeric``), or judged by the corpus judge on an intended cost written here
(``_reading``) — never to logderiv's own output. Each rule has near-variants that mean something else: each is
refused or read as what it means.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

# https://developer.aliyun.com/article/670178 (Aliyun developer-community post, Chinese, '1 sigmoid 函数的损失函数与
# 参数更新': 'Logistic Regression 的损失函数为' and '这样,我们有')
ALIYUN_SUM = (r"L(w, b) = - \displaystyle \frac{1}{m} \sum_{i=1}^m (y_i \log (\sigma(z_i)) +(1-y_i) \log (1 - "
              r"\sigma(z_i)))")
ALIYUN_MATRIX = r"L(w, b) = - \frac{1}{m} (y^T\log (h(z)) + (\mathbf{1}-y)^T\log(\mathbf{1}- h(z)))"
ALIYUN_LETS = (r"z_j = x_j^Tw +b", r"h(z) = (\sigma(z_1), \cdots, \sigma(z_m))^T", r"z = (z_1, \cdots, z_m)^T",
               r"X = (x_1, x_2, \cdots, x_m)^T")
ALIYUN_GRAD_W = r"\nabla_w L(w,b) = - \frac{1}{m}X^T(y-h(z))"
ALIYUN_GRAD_B = r"\nabla_b L(w,b) = - \frac{1}{m}\mathbf{1}^T(y-h(z))"
# https://github.com/kikinoko/ML/blob/63c0c4d9b7ebeb160ab3dc2d6bea7458344a5e30/ex42.py ('# 勾配の計算')
KIKI = "gradient = np.dot(X.T, (predictions - y)) / y.size"
KIKI_LETS = ("predictions = self.sigmoid(z)", "z = np.dot(X, self.weights)")
# https://github.com/skrabik/-ML/blob/f24c29de7c469c6b73518dc6848f2e422a15d629/lab1/task2.py (the commented-out
# loop 'for k in range(W.shape[0])' and def calc_mse)
SKRABIK = "1/n * 2 * X[:, k] @ (y_pred - y)"
SKRABIK_MSE = "err = np.mean((y - y_pred)**2)"
SKRABIK_LETS = ("y_pred = np.dot(X, W)", "n = X.shape[0]")

RNG = np.random.default_rng(51)
XS, YS = RNG.normal(size=(6, 3)), (RNG.random(6) > 0.5).astype(float)


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _cross_entropy_w_b(d) -> float:
    """−(1/m)Σ[yᵢ log σ(xᵢᵀw + b) + (1 − yᵢ) log(1 − σ(xᵢᵀw + b))], by hand."""
    s = _sigmoid(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(s) + (1 - d.y) * np.log(1 - s)))


def test_the_hand_gradient_of_the_cross_entropy_in_w_and_b_agrees_with_finite_differences():
    """By hand: ∇_w L = −(1/m)Xᵀ(y − σ(Xw + b)), ∂L/∂b = −(1/m)𝟏ᵀ(y − σ(Xw + b)) — the page's two lines."""

    def loss(v: np.ndarray) -> float:
        s = _sigmoid(XS @ v[:3] + v[3])
        return -float(np.mean(YS * np.log(s) + (1 - YS) * np.log(1 - s)))

    at = RNG.normal(size=4)
    s = _sigmoid(XS @ at[:3] + at[3])
    by_hand = np.append(-XS.T @ (YS - s) / 6, -np.sum(YS - s) / 6)
    assert np.allclose(central_differences(loss, at), by_hand, atol=1e-6)


def test_the_sum_form_with_z_j_per_example_reads_as_the_cross_entropy():
    """z_j = x_j^Tw + b: x_j times w is a vector, so j numbers the examples; L's z_i is example i's."""
    assert_gradient_read(ALIYUN_SUM, _cross_entropy_w_b, wrt=("w_j", "b"), lets=ALIYUN_LETS[:1])
    said = " ".join(notes_of(logderiv.derive(ALIYUN_SUM, wrt="w_j", let=ALIYUN_LETS[:1])))
    assert "so j numbers the examples; read as z_i = x_i^Tw +b" in said


def test_the_matrix_form_with_its_stacked_lets_reads_as_the_same_cost():
    """h(z) = (σ(z_1), ⋯, σ(z_m))ᵀ is σ of each entry; z = (z_1, ⋯, z_m)ᵀ the column of the z_i."""
    assert_gradient_read(ALIYUN_MATRIX, _cross_entropy_w_b, wrt=("w_j", "b"), lets=ALIYUN_LETS[:3])
    said = " ".join(notes_of(logderiv.derive(ALIYUN_MATRIX, wrt="w_j", let=ALIYUN_LETS[:3])))
    assert r"applies \sigma to each entry of z: read as h(z) = \sigma(z), entry by entry" in said
    assert "is the column of the z_i another --let defines one example at a time" in said


@pytest.mark.parametrize("text, wrt, verdict", [
    (ALIYUN_GRAD_W, "w_j", "equivalent"),
    (ALIYUN_GRAD_B, "b", "equivalent"),
    (ALIYUN_GRAD_W.replace("= -", "="), "w_j", "different"),  # the minus lost: the negative of the gradient
    (ALIYUN_GRAD_B.replace("= -", "="), "b", "different"),
])
def test_the_pages_gradients_get_the_hand_verdicts(text, wrt, verdict):
    assert_verdict_read(text, ALIYUN_SUM, verdict, wrt=wrt, lets=ALIYUN_LETS)


def test_nabla_by_a_scalar_argument_is_its_derivative():
    verdict = logderiv.check(ALIYUN_GRAD_B, cost=ALIYUN_SUM, wrt="b", let=ALIYUN_LETS)
    assert r"\nabla_b L(w,b) is by the scalar b, an argument of L: read as the derivative ∂L/∂b" in notes_of(verdict)


@pytest.mark.parametrize("lets", [
    ("z_j = x_j w + b", *ALIYUN_LETS[1:3]),  # no transpose: x_j may be feature j times a number w
    ("z_j = x_j^T w + w_j", *ALIYUN_LETS[1:3]),  # w_j beside it: j is also a feature's
    ("z_j = ax_j^Tw", *ALIYUN_LETS[1:3]),  # a letter glued before x: not the example's vector alone
    (ALIYUN_LETS[0], r"h(z) = (\sigma(z_1), \cdots, \tanh(z_m))^T", ALIYUN_LETS[2]),  # two functions
    (ALIYUN_LETS[0], r"h(z) = (\sigma(z_1), \cdots, \sigma(z_m))", ALIYUN_LETS[2]),  # a row, not a column
    (ALIYUN_LETS[0], ALIYUN_LETS[1], "z = (z_1, \\cdots, z_m)"),  # z a row
])
def test_lets_that_mean_something_else_are_refused(lets):
    refused_by_logderiv(lambda: logderiv.derive(ALIYUN_MATRIX, wrt="w_j", let=lets))


@pytest.mark.parametrize("head", [r"\nabla_b L(w)", r"\nabla_z L(w,b)", r"\nabla_x L(w,x)"])
def test_nabla_by_a_letter_the_cost_does_not_take_or_data_is_refused(head):
    """b not among L's arguments, z no argument, x data: no scalar parameter the cost names."""
    text = ALIYUN_GRAD_B.replace(r"\nabla_b L(w,b)", head)
    refused_by_logderiv(lambda: logderiv.check(text, cost=ALIYUN_SUM, wrt="b", let=ALIYUN_LETS))


def test_the_hand_logistic_gradient_agrees_with_finite_differences():
    """kikinoko's line by hand: Xᵀ(σ(Xθ) − y)/m is the mean cross-entropy's gradient (θ the code's weights)."""

    def loss(theta: np.ndarray) -> float:
        s = _sigmoid(XS @ theta)
        return -float(np.mean(YS * np.log(s) + (1 - YS) * np.log(1 - s)))

    at = RNG.normal(size=3)
    assert np.allclose(central_differences(loss, at), XS.T @ (_sigmoid(XS @ at) - YS) / YS.size, atol=1e-6)


@pytest.mark.parametrize("text, verdict", [
    (KIKI, "equivalent"),
    ("gradient = np.dot(X.T, (y - predictions)) / y.size", "different"),  # the sign flipped
])
def test_code_weights_beside_the_logistic_preset(text, verdict):
    """np.dot(X, self.weights) is the linear part whole, so the preset's θ is self.weights; y.size is m."""
    assert_verdict_read(text, "logistic", verdict, wrt="weights_j", lets=KIKI_LETS)
    said = " ".join(notes_of(logderiv.check(text, cost="logistic", wrt="weights_j", let=KIKI_LETS)))
    assert "read as code: y.size is the number of examples m" in said
    assert "weights as θ (the intercept a feature of ones)" in said


@pytest.mark.parametrize("text, lets", [
    (KIKI.replace("y.size", "X.size"), KIKI_LETS),  # X.size is m·n, not m
    (KIKI, ("predictions = self.sigmoid(z)", "z = np.dot(X, self.weights) + self.bias")),  # an intercept apart
    (KIKI, ("predictions = self.sigmoid(z)", "z = np.dot(X, self.weights) + theta_0")),  # θ written beside
])
def test_code_weights_that_mean_something_else_are_refused(text, lets):
    refused_by_logderiv(lambda: logderiv.check(text, cost="logistic", wrt="weights_j", let=lets))


def test_the_hand_mse_gradient_agrees_with_finite_differences():
    """skrabik's line by hand: ∂/∂W_k of (1/n)Σ(XW − y)² is (2/n)Σᵢ X[i, k](ŷᵢ − yᵢ)."""
    y = RNG.normal(size=6)

    def mse(w: np.ndarray) -> float:
        return float(np.mean((y - XS @ w) ** 2))

    at = RNG.normal(size=3)
    assert np.allclose(central_differences(mse, at), 2 / 6 * XS.T @ (XS @ at - y), atol=1e-6)


@pytest.mark.parametrize("text, verdict", [
    (SKRABIK, "equivalent"),
    ("1/n * X[:, k] @ (y_pred - y)", "different"),  # the 2 of the square dropped
])
def test_w_k_of_code_reads_the_column_k(text, verdict):
    """--wrt W_k follows W read as w; X[:, k] is an index use of k, the component differentiated by."""
    assert_verdict_read(text, SKRABIK_MSE, verdict, wrt="W_k", lets=SKRABIK_LETS)


def test_a_column_by_another_letter_than_the_asked_component_is_refused():
    """X[:, j] beside --wrt W_k: j is free, bound by no sum."""
    text = SKRABIK.replace("[:, k]", "[:, j]")
    refused_by_logderiv(lambda: logderiv.check(text, cost=SKRABIK_MSE, wrt="W_k", let=SKRABIK_LETS))


def test_the_notes_are_in_every_output_format():
    """text's note: lines and JSON's notes carry the stacked lets' and ∇_b's readings."""
    runner = CliRunner()
    args = ["check", ALIYUN_GRAD_B, "--cost", ALIYUN_MATRIX, "--wrt", "b"]
    for let in ALIYUN_LETS:
        args += ["--let", let]
    text = runner.invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0, text.output
    assert "note: --let z_j = x_j^Tw +b: x_j times the parameter vector is a vector" in text.output
    assert r"note: \nabla_b L(w,b) is by the scalar b" in text.output
    data = runner.invoke(main, [*args, "-f", "json"])
    assert data.exit_code == 0, data.output
    notes = json.loads(data.output)["notes"]
    assert any(r"applies \sigma to each entry of z" in note for note in notes)
    assert any("is by the scalar b, an argument of L" in note for note in notes)


# https://github.com/HeroSima43/Mathematics/blob/4e861ff5562ab19a71d607e6bf50139278b1dc07/Seminar9/homework2.py
# (def mse, and the loop's 'b1 -= alpha * …'; the script sets n = 10 and calls mse(b1, zp, ks, n))
HERO_MSE = "def mse(b1, x, y, n):\n    return np.sum((y - b1 * x)**2) / n"
HERO_STEP = "(2 / n) * np.sum((b1 * zp - ks) * zp)"
HERO_LETS = ("n = 10", "zp = x", "ks = y")
X1, Y1 = RNG.normal(size=7), RNG.normal(size=7)


def _slope_over_10(d) -> float:
    """Σ(yᵢ − b1·xᵢ)²/10: the script's n is the constant 10, whatever the data's size."""
    r = d.y - d.w[0] * d.x
    return float(r @ r) / 10


def test_the_hand_slope_derivative_agrees_with_finite_differences():
    """By hand: d/db1 Σ(yᵢ − b1 xᵢ)²/10 = (2/10)Σ(b1 xᵢ − yᵢ)xᵢ, the loop's step."""

    def mse(b1: np.ndarray) -> float:
        r = Y1 - b1[0] * X1
        return float(r @ r) / 10

    at = np.array([0.4])
    assert np.allclose(central_differences(mse, at), 2 / 10 * (at[0] * X1 - Y1) @ X1, atol=1e-6)


def test_a_slope_without_intercept_over_a_number_the_code_sets():
    assert_gradient_read(HERO_MSE, _slope_over_10, wrt=("b1",), lets=HERO_LETS[:1])
    said = " ".join(notes_of(logderiv.derive(HERO_MSE, wrt="b1", let=HERO_LETS[:1])))
    assert "--let n = 10 sets the code's variable n to a number: n is read as 10" in said
    assert "the slope of a line through the origin" in said


@pytest.mark.parametrize("text, verdict", [(HERO_STEP, "equivalent"), (HERO_STEP.replace("(2 / n)", "(1 / n)"), "different")])
def test_the_loops_step_gets_the_hand_verdict(text, verdict):
    assert_verdict_read(text, HERO_MSE, verdict, wrt="b1", lets=HERO_LETS)


@pytest.mark.parametrize("cost, lets", [
    (HERO_MSE.replace("b1 * x", "b1 * x - b"), HERO_LETS[:1]),  # a b beside b1: not a line through the origin alone
    ("def mse(b1, x, y, n):\n    s = 0\n    for i in range(n):\n        s += (y[i] - b1 * x[i])**2\n    return s / n",
     HERO_LETS[:1]),  # n bounds a loop: a count there, not a constant
    ("J = 1/(2n) * sum((y - b1 x)^2)", HERO_LETS[:1]),  # no code: n is logderiv's count, the let refused
])
def test_a_slope_or_a_number_that_means_something_else_is_refused(cost, lets):
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="b1", let=lets))


def test_b1_beside_b0_stays_the_lines_numbered_parameters():
    """b0 + b1·x: the existing reading, θ₀ and θ₁, not a slope through the origin."""
    cost = HERO_MSE.replace("b1 * x", "b0 - b1 * x")
    said = " ".join(notes_of(logderiv.derive(cost, wrt="b1", let=HERO_LETS[:1])))
    assert "b0 as θ₀, b1 as θ₁" in said
    assert "through the origin" not in said


# public code index file 33981506194 (Python, class ScratchLogisticRegression, def _target_function; its
# _logistic_hypothesis(X) is np.dot(X, self.coef_.T))
DIC_J = ("j = (np.sum((-y * np.log(y_hat)) - ((1 - y) * np.log(1 - y_hat))) / X.shape[0]) +  ((self.lam / 2 * "
         "X.shape[0]) * np.sum(self.coef_**2))")
DIC_LETS = ("y_hat = self._sigmoid(linear_join)", "linear_join = np.dot(X, self.coef_.T)")


def _penalty_lam_half_m(d) -> float:
    """Mean cross-entropy + (λ/2)·m·Σθ²: Python's self.lam / 2 * X.shape[0] is (λ/2)·m, left to right."""
    s = _sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(s) + (1 - d.y) * np.log(1 - s))) + d.lam / 2 * d.m * float(d.theta @ d.theta)


def test_the_hand_penalty_gradient_agrees_with_finite_differences():
    """By hand: ∇ of (λ/2)·m·Σθ² is λ·m·θ (not the (λ/m)θ of λ/(2m))."""
    lam, m = 0.3, 6

    def penalty(theta: np.ndarray) -> float:
        return lam / 2 * m * float(theta @ theta)

    at = RNG.normal(size=3)
    assert np.allclose(central_differences(penalty, at), lam * m * at, atol=1e-6)


def test_scikit_learns_coef_is_the_vector_wrt_coef_j_asks_for():
    """--wrt coef_j beside self.coef_: the name with its trailing _, X times coef_.T the linear part."""
    assert_gradient_read(DIC_J, _penalty_lam_half_m, wrt=("coef_j",), lets=DIC_LETS)
    said = " ".join(notes_of(logderiv.derive(DIC_J, wrt="coef_j", let=DIC_LETS)))
    assert "coef is the vector --wrt coef_j differentiates by (written coef_: scikit-learn's trailing _" in said


@pytest.mark.parametrize("value", [
    "np.dot(X, self.coef_[0])",  # one row of coef_: which entry the model uses is not the whole vector
    "np.dot(self.coef_.T, X)",  # coef_ on the left of the data: a layer's matrix or a row, not X·θ
    "np.dot(X, self.coef_.T) + theta_0",  # θ written beside: two quantities, perhaps
])
def test_coef_used_otherwise_is_refused(value):
    lets = (DIC_LETS[0], f"linear_join = {value}")
    refused_by_logderiv(lambda: logderiv.derive(DIC_J, wrt="coef_j", let=lets))


# public code index file 1512140310 (Python, Chinese comments '# 计算损失', '# 计算梯度'): three weights, the
# predictions a list over X's rows
ZH_LOSS = "loss = sum((y_pred[j] - y[j]) ** 2 for j in range(len(y))) / len(y)"
ZH_LETS = ("y_pred = [w[0] + w[1] * x[0] + w[2] * x[1] for x in X]",)
ZH_GRAD = "grad_w{k} = 2 * sum((y_pred[j] - y[j]) * X[j][{c}] for j in range(len(y))) / len(y)"
ZH_GRAD_W0 = "grad_w0 = 2 * sum(y_pred[j] - y[j] for j in range(len(y))) / len(y)"


def _mse_three_weights(d) -> float:
    """(1/m)Σ(w₀ + w₁xᵢ₁ + w₂xᵢ₂ − yᵢ)², by hand: x[0], x[1] are the first two features."""
    r = d.theta0 + d.X[:, 0] * d.w[0] + d.X[:, 1] * d.w[1] - d.y
    return float(r @ r) / d.m


def test_the_hand_gradients_of_the_three_weights_agree_with_finite_differences():
    """By hand: ∂/∂w₀ = (2/m)Σrᵢ, ∂/∂w₁ = (2/m)Σrᵢxᵢ₁ (column 0), ∂/∂w₂ = (2/m)Σrᵢxᵢ₂ (column 1)."""
    y = RNG.normal(size=6)

    def mse(v: np.ndarray) -> float:
        r = v[0] + XS[:, 0] * v[1] + XS[:, 1] * v[2] - y
        return float(r @ r) / 6

    at = RNG.normal(size=3)
    r = at[0] + XS[:, 0] * at[1] + XS[:, 1] * at[2] - y
    assert np.allclose(central_differences(mse, at), 2 / 6 * np.array([r.sum(), r @ XS[:, 0], r @ XS[:, 1]]),
                       atol=1e-6)


def test_a_list_over_the_rows_of_x_is_the_prediction_per_example():
    assert_gradient_read(ZH_LOSS, _mse_three_weights, wrt=("w_0", "w_1", "w_2"), lets=ZH_LETS)
    said = " ".join(notes_of(logderiv.derive(ZH_LOSS, wrt="w_1", let=ZH_LETS)))
    assert "lists one value per row x of X, an example" in said
    assert "read as y_pred = w_0 + w_1 * x_1 + w_2 * x_2" in said


@pytest.mark.parametrize("text, wrt, verdict", [
    (ZH_GRAD_W0, "w_0", "equivalent"),
    (ZH_GRAD.format(k=1, c=0), "w_1", "equivalent"),
    (ZH_GRAD.format(k=2, c=1), "w_2", "equivalent"),
    (ZH_GRAD.format(k=2, c=0), "w_2", "different"),  # w_2's line multiplied by the first feature
])
def test_each_weights_line_gets_the_hand_verdict(text, wrt, verdict):
    assert_verdict_read(text, ZH_LOSS, verdict, wrt=wrt, lets=ZH_LETS)


def test_a_weights_line_checked_by_another_weight_is_refused():
    """grad_w1 beside --wrt w_2: the left side names another derivative."""
    error = refused_by_logderiv(lambda: logderiv.check(ZH_GRAD.format(k=1, c=0), cost=ZH_LOSS, wrt="w_2", let=ZH_LETS))
    assert "names the derivative by w1" in str(error)


@pytest.mark.parametrize("let", [
    "y_pred = [w[0] + w[1] * x[1] + w[2] * x[0] for x in X]",  # weights crossed: which feature is whose not said
    "y_pred = [w[0] * x[0] + w[1] * x[1] for x in X]",  # no intercept alone
    "y_pred = [w[0] + w[1] * x for x in X]",  # the row used whole
    "y_pred = [w[0] + w[1] * x[0] + w[2] * x[1] for x in Z]",  # not the data's rows
])
def test_lists_that_mean_something_else_are_refused(let):
    refused_by_logderiv(lambda: logderiv.derive(ZH_LOSS, wrt="w_1", let=(let,)))


def test_a_column_the_line_does_not_have_is_refused():
    """X[j][2] beside a line of two features: no weight multiplies it."""
    refused_by_logderiv(lambda: logderiv.check(ZH_GRAD.format(k=2, c=2), cost=ZH_LOSS, wrt="w_2", let=ZH_LETS))


# https://dl.dropbox.com/s/ddb9jj94xo8nzzz/Tutorial_grad_desc.ipynb (Russian notebook, In [3] and In [4]: 'Как
# посчитать квадратичный функционал если X — матрица объектов, y — ответы, а w — некоторый вектор весов')
DROPBOX_LOOP = "q = 0\nfor i in range(x.shape[0]):\n    q += (np.sum(w * x[i]) - y[i]) ** 2"
DROPBOX_NUMPY = "q = np.sum((np.sum(w * x, axis=1) - y) ** 2)"


def _sse_w(d) -> float:
    """Σ(wᵀxᵢ − yᵢ)², no mean: the quadratic functional."""
    r = d.X @ d.w - d.y
    return float(r @ r)


def test_the_hand_sse_gradient_agrees_with_finite_differences():
    """By hand: ∇ Σ(wᵀxᵢ − yᵢ)² = 2Xᵀ(Xw − y)."""
    y = RNG.normal(size=6)

    def sse(w: np.ndarray) -> float:
        r = XS @ w - y
        return float(r @ r)

    at = RNG.normal(size=3)
    assert np.allclose(central_differences(sse, at), 2 * XS.T @ (XS @ at - y), atol=1e-5)


@pytest.mark.parametrize("text", [DROPBOX_LOOP, DROPBOX_NUMPY])
def test_the_quadratic_functional_both_ways(text):
    """np.sum(w * x[i]) is wᵀxᵢ; the lines end with the loop adding to q; q = … names the functional."""
    assert_gradient_read(text, _sse_w, wrt=("w_j",))


def test_the_loops_reading_is_noted():
    said = " ".join(notes_of(logderiv.derive(DROPBOX_LOOP, wrt="w_j")))
    assert "the lines end with the loop that adds to q, the one name it sums (started before it): their value is q" \
        in said


@pytest.mark.parametrize("text", [
    DROPBOX_LOOP.replace("w * x[i]", "w + x[i]"),  # a sum of the weights and the row: no dot product
    "q = 0\nr = 0\nfor i in range(x.shape[0]):\n    q += (np.sum(w * x[i]) - y[i]) ** 2\n    r += y[i]",  # two sums
    DROPBOX_NUMPY.replace("axis=1", "axis=0"),  # a column's sum, not each row's
    DROPBOX_NUMPY.replace("q =", "p ="),  # p names a quantity, not the cost
])
def test_functionals_that_mean_something_else_are_refused(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="w_j"))


@pytest.mark.parametrize("let", ["n = 0.01", "n = 0.5"])
def test_a_fraction_set_to_n_is_no_count_and_is_refused(let):
    """A learning rate named n is another meaning of the letter, not the code's count: refused."""
    refused_by_logderiv(lambda: logderiv.derive(HERO_MSE, wrt="b1", let=(let,)))
