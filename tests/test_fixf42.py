r"""Issue 10, the fixf42 branch: families of real text the blind wave f42 left refused, each read by a rule another
source would hit too.

* an answer given as a gradient-descent update (aiguozhe01's ``\theta_j := \theta_j-\alpha\frac{1}{m}\sum…``, the
  CSDN answer's ridge update, a Stack Overflow question's Octave ``theta=theta-((alpha/m)*(X'*((X*theta)-y)))``):
  the gradient is the term the learning rate multiplies, in LaTeX, plain and code (``:=``, ``=``, ``<-``, ``←``,
  ``-=``); an ascent step, a learning rate on part of the step or written twice, a right side that starts from
  another parameter are refused;
* a squared norm of one example's residual (imathworks' ``\sum_{i=1}^n ||y_i – w^T x_i||_2^2``): a number's, read as
  its square; a residual that may be a vector stays refused;
* code that assigns y the model's output (skyroom's ``y = torch.matmul(X, w) + b`` beside ``(y_hat - y)``): y is
  the prediction, the name set against it the target;
* ``np.expand_dims(v, 1)`` (virsolgue's Poisson step) is the column v, as ``v.reshape(-1, 1)``;
* ``(N,D) = X.shape`` and ``(numpy.linalg.norm(v))**2`` (davidrosenberg's ridge skeleton).

Every text is the source's, verbatim. Each gradient is held to a cost written out here by hand in NumPy through the
corpus judge (finite differences at random points, ``tests/_reading.py``); each verdict is worked out by hand in its
comment, and the gradients the verdicts lean on are checked by central finite differences (``tests/_numeric.py``).
Near-variants that mean something else are refused, never read.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main

RNG = np.random.default_rng(42)


def test_half_mean_squared_error_gradient_by_finite_differences():
    """∂/∂θ of (1/(2m))‖Xθ − y‖² is (1/m)Xᵀ(Xθ − y): the update readings below lean on it."""
    X, y, theta = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3)
    cost = lambda t: np.sum((X @ t - y) ** 2) / (2 * 7)
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / 7, atol=1e-6)


# ------------------------------------------------------------------ an answer given as a gradient-descent update

#: github:aiguozhe01/diveintocode-ml Week5/week5_sprint_3.ipynb, 【問題2】最急降下法: the update and its hypothesis
DIC_UPDATE = r"\theta_j := \theta_j-\alpha\frac{1}{m}\sum_{i=1}^{m}[(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}]"
DIC_LETS = (r"h_\theta(x) = \theta_0x_0 + \theta_1x_1+...+\theta_jx_j+...+\theta_nx_n",)
#: stackguides.com copy of Stack Overflow 56092779 ('problem while trying to write a vectorized matrix notation …')
SOVEC_UPDATE = "theta=theta-((alpha/m)*(X'*((X*theta)-y)))"
#: wenku.csdn.net/answer/7pn2f1ijv3 ('梯度下降岭回归模型数学推导'): the cost and the update of θ
WENKU_J = r"J(\theta) = \frac{1}{2n} \sum_{i=1}^{n}(h_\theta(x_i) - y_i)^2 + \frac{\lambda}{2n} \|\theta\|^2_2"
WENKU_UPDATE = (r"\theta_j := \theta_j - \alpha \left( \frac{1}{n}\sum_{i=1}^{n}(h_\theta(x_i) - y_i)x_{ij} "
                r"+ \frac{\lambda}{n}\theta_j \right)")
UPDATE_NOTE = "the answer is an update rule"


@pytest.mark.parametrize("answer, lets, verdict", [
    # subtracting α·(1/m)Σ(h − y)xⱼ: the gradient of (1/(2m))Σ(h − y)², so equivalent
    (DIC_UPDATE, DIC_LETS, "equivalent"),
    # the sprint's step without 1/m (variant): m times the gradient of the mean cost, so different
    (DIC_UPDATE.replace(r"\frac{1}{m}", ""), DIC_LETS, "different"),
    # α(1/m)Xᵀ(Xθ − y): (1/m)Xᵀ(Xθ − y) is the gradient (X with its column of ones), so equivalent
    (SOVEC_UPDATE, ("m=size(X,1)",), "equivalent"),
    # the residual written y − Xθ (variant): the step is along the gradient's negative, so different
    ("theta=theta-((alpha/m)*(X'*(y-(X*theta))))", ("m=size(X,1)",), "different"),
])
def test_update_rules_against_the_linear_cost(answer, lets, verdict):
    assert_verdict_read(answer, "linear", verdict, wrt="theta_j", lets=lets)


def test_ridge_update_subtracts_alpha_times_the_ridge_gradient():
    """(1/n)Σ(h − y)x_{ij} + (λ/n)θⱼ is ∂J/∂θⱼ of J = (1/(2n))Σ(h − y)² + (λ/(2n))‖θ‖², so equivalent;
    with λ/(2n) kept it is not (different)."""
    assert_verdict_read(WENKU_UPDATE, WENKU_J, "equivalent", lets=(r"h_\theta(x) = \theta^T x",))
    assert_verdict_read(WENKU_UPDATE.replace(r"\frac{\lambda}{n}", r"\frac{\lambda}{2n}"), WENKU_J, "different",
                        lets=(r"h_\theta(x) = \theta^T x",))


@pytest.mark.parametrize("answer, lets", [
    # the same update in other spellings the readers know: plain with := and <-, Python's -=, ← and \leftarrow, η
    ("theta_j := theta_j - alpha * (1/m) * sum((h(x) - y) * x_j)", ()),
    ("theta_j <- theta_j - eta * (1/m) * sum((h(x) - y) * x_j)", ()),
    ("theta_j -= lr * (1/m) * sum((h(x) - y) * x_j)", ()),
    ("θ_j ← θ_j − α (1/m) Σ_i (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) x_j⁽ⁱ⁾", ()),
    (r"\theta_j \leftarrow \theta_j - \alpha \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", ()),
    ("theta = theta - alpha*(X'*(X*theta-y))/m", ()),
    # the gradient given by a let, as code names it
    ("theta = theta - alpha * grad", ("grad = X.T @ (X @ theta - y) / m",)),
    # a bold parameter, as lecture notes set the vector
    (r"\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} - \alpha \frac{1}{m} X^T(X\boldsymbol{\theta} - y)", ()),
])
def test_update_rules_in_other_spellings(answer, lets):
    """Each subtracts α times (1/m)Σ(h − y)xⱼ (or its matrix form): the linear cost's gradient, equivalent."""
    assert_verdict_read(answer, "linear", "equivalent", lets=lets)
    assert any(note.startswith(UPDATE_NOTE) for note in notes_of(check(answer, cost="linear", let=lets)))


@pytest.mark.parametrize("answer, said", [
    # a step up: gradient ascent, whose term is the gradient of what is maximised
    (DIC_UPDATE.replace(r"\theta_j-\alpha", r"\theta_j+\alpha"), "gradient ascent"),
    # α in a denominator, and squared: α·g with α set to 1 is no longer g
    (DIC_UPDATE.replace(r"\alpha\frac{1}{m}", r"\frac{1}{\alpha m}"), "does not multiply all"),
    ("theta_j = theta_j - alpha^2 * (1/m) * sum((h(x) - y) * x_j)", "does not multiply all"),
    # α on only the first of two terms subtracted (fixll29: an update of several terms is read only where the rate
    # steps each term once, so this one is refused by that rule's message)
    ("theta = theta - (alpha/m)*(X'*(X*theta-y)) + lambda*theta", "does not multiply each of them once"),
    # (the ridge step written θ(1 − αλ/m) − (α/m)Xᵀ(Xθ − y) is read since fixll29, Ng's shrink form: its gradient is
    # (θ − right side)/α, tests/test_fixll29.py)
    # the right side starts from another parameter: not a step of the one on the left
    (DIC_UPDATE.replace(r"\theta_j := ", "w_j := "), "does not start from"),
    # the learning rate written twice
    ("theta_j := theta_j - alpha * (1/m) * sum((h(x) - y) * x_j) * alpha", "2 times"),
    # the rule itself: a step along ∇J, named and not written out
    (r"\theta := \theta - \alpha \nabla J(\theta)", "without writing it out"),
    (r"\theta_j := \theta_j - \alpha \frac{\partial J}{\partial \theta_j}", "without writing it out"),
])
def test_update_variants_that_mean_something_else_are_refused(answer, said):
    error = refused_by_logderiv(lambda: check(answer, cost="linear", let=DIC_LETS if "h_" in answer else ()))
    assert said in error.message


LOGISTIC_LL = "sum(y log(h) + (1 - y) log(1 - h))"


def test_log_likelihood_gradient_by_finite_differences():
    """∇ of ℓ = Σ[y log σ(Xθ) + (1 − y) log(1 − σ(Xθ))] is Xᵀ(y − σ(Xθ)): the ascent readings below lean on it."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.normal(size=3)
    sig = lambda z: 1 / (1 + np.exp(-z))
    cost = lambda t: np.sum(y * np.log(sig(X @ t)) + (1 - y) * np.log(1 - sig(X @ t)))
    assert np.allclose(_fd(cost, theta), X.T @ (y - sig(X @ theta)), atol=1e-6)


@pytest.mark.parametrize("answer, cost, objective, verdict", [
    # ascent on the log-likelihood the answer is judged against: g = Σ(y − h)xⱼ = ∂ℓ/∂θⱼ, equivalent
    ("theta_j := theta_j + alpha * sum((y - h) * x_j)", LOGISTIC_LL, "cost", "equivalent"),
    # the same step with the residual flipped: −∂ℓ/∂θⱼ, different
    ("theta_j := theta_j + alpha * sum((h - y) * x_j)", LOGISTIC_LL, "cost", "different"),
    # --objective log-likelihood with the logistic cost J = −(1/m)ℓ: ascent's g = Xᵀ(y − σ(Xθ)) = ∇ℓ, equivalent
    ("theta += alpha * X.T @ (y - sigmoid(X @ theta))", "logistic", "log-likelihood", "equivalent"),
])
def test_ascent_read_where_the_judged_function_is_maximised(answer, cost, objective, verdict):
    from logderiv import check as checked

    let = ("h = sigmoid(theta^T x)",) if cost == LOGISTIC_LL else ()
    result = checked(answer, cost=cost, let=let, objective=objective)
    assert result.verdict == verdict
    assert any("update rule of gradient ascent" in note for note in result.notes)


@pytest.mark.parametrize("answer, cost, objective", [
    # a step up against a cost (minimised): which function it climbs (−J, −mJ) is not written
    ("theta_j := theta_j + alpha * (1/m) * sum((h(x) - y) * x_j)", "linear", "cost"),
    # a step down against a log-likelihood (maximised): which cost it descends (−ℓ, −ℓ/m) is not written
    ("theta_j := theta_j - alpha * sum((h - y) * x_j)", LOGISTIC_LL, "cost"),
    ("theta_j := theta_j - alpha * sum((h(x) - y) * x_j)", "linear", "log-likelihood"),
])
def test_a_step_the_other_way_is_refused(answer, cost, objective):
    let = ("h = sigmoid(theta^T x)",) if cost == LOGISTIC_LL else ()
    error = refused_by_logderiv(lambda: check(answer, cost=cost, let=let, objective=objective))
    assert "is not written" in error.message


def test_update_of_another_parameter_is_refused():
    """θ₀'s update gives ∂J/∂θ₀, not the ∂J/∂θⱼ asked for."""
    update = r"\theta_0 := \theta_0-\alpha\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})"
    error = refused_by_logderiv(lambda: check(update, cost="linear"))
    assert "with respect to θ₀" in error.message


def test_update_note_in_every_format():
    """The text output's note: line and the JSON notes both say the update was read as its gradient."""
    args = ["check", "--cost", "linear", "--let", "m=size(X,1)"]
    text = CliRunner().invoke(main, [*args, "-f", "text", "--", SOVEC_UPDATE])
    assert text.exit_code == 0 and UPDATE_NOTE in text.output
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", SOVEC_UPDATE]).output)
    assert data["verdict"] == "equivalent" and any(note.startswith(UPDATE_NOTE) for note in data["notes"])


# ------------------------------------------------------------------ a squared norm of one example's residual

#: imathworks.com copy of the Cross Validated question 'Why are solution to ridge regression always expressed using
#: matrix notation': the loss and the asker's derivative, the minus typed as an en dash
IMATH_J = r"\sum_{i=1}^n ||y_i – w^T x_i||_2^2 + \lambda ||w||_2^2"
IMATH_DW = r"\sum_{i=1}^n 2(y_i – w^T x_i)(-x_i) + 2\lambda w"
SCALAR_NOTE = "the squared norm of one example's residual"


def _ridge_sse_w(d):
    """Σᵢ(yᵢ − wᵀxᵢ)² + λ‖w‖², by hand."""
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def test_ridge_sse_gradient_by_finite_differences():
    """∂/∂w of Σ(yᵢ − wᵀxᵢ)² + λ‖w‖² is −2Xᵀ(y − Xw) + 2λw = Σ 2(yᵢ − wᵀxᵢ)(−xᵢ) + 2λw."""
    X, y, w, lam = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 0.7
    cost = lambda v: np.sum((y - X @ v) ** 2) + lam * v @ v
    assert np.allclose(_fd(cost, w), -2 * X.T @ (y - X @ w) + 2 * lam * w, atol=1e-5)


def test_imath_ridge_loss_with_a_scalar_norm():
    assert_gradient_read(IMATH_J, _ridge_sse_w, wrt=("w_j",))
    assert SCALAR_NOTE in " ".join(notes_of(derive(IMATH_J, wrt="w_j")))


@pytest.mark.parametrize("answer, verdict", [
    (IMATH_DW, "equivalent"),  # the best answer: 'Your derivative is okay'
    (IMATH_DW.replace("(-x_i)", "(x_i)"), "different"),  # the chain rule's −xᵢ lost: the data term's sign flips
])
def test_imath_derivatives(answer, verdict):
    assert_verdict_read(answer, IMATH_J, verdict, wrt="w_j")


@pytest.mark.parametrize("text", [
    # the same construct in plain notation, with θ and the example as a superscript, and \| in LaTeX
    "sum(||y^(i) - w^T x^(i)||^2) + lambda * ||w||^2",
    r"\sum_{i=1}^m \|w^T x_i - y_i\|^2 + \lambda \|w\|^2",
])
def test_scalar_norm_in_other_spellings(text):
    assert_gradient_read(text, _ridge_sse_w, wrt=("w_j",))


@pytest.mark.parametrize("text", [
    r"\sum_{i=1}^n ||y_i - w^T x_i||_2 + \lambda ||w||_2^2",  # not squared: |s|, no derivative at 0
    r"\sum_{i=1}^n \|y_i - W x_i\|^2",  # W xᵢ may be a vector (several outputs): yᵢ too
    r"\sum_{i=1}^n \|\hat y_i - y_i\|^2",  # no θᵀxᵢ says the residual is a number
])
def test_norms_that_may_not_be_a_number_stay_refused(text):
    refused_by_logderiv(lambda: derive(text, wrt="w_j"))


# ------------------------------------------------------------------ code that assigns y the model's output

#: github:skyroom/d2l_zh_learning 第2章预备知识/线性回归的梯度(导数)计算.ipynb: y_hat holds the labels, y = Xw + b
SKY_LETS = ("loss = 0.5 * ((y_hat - y) ** 2)", "y = torch.matmul(X, w) + b")
ASSIGNED_NOTE = "assigns y the model's output"


def _half_sse_w_b(d):
    """½Σ(labelᵢ − (wᵀxᵢ + b))², by hand."""
    r = d.y - (d.X @ d.w + d.b)
    return 0.5 * float(r @ r)


def test_skyroom_loss_with_y_the_prediction():
    assert_gradient_read("loss.sum()", _half_sse_w_b, wrt=("w_j", "b"), lets=SKY_LETS)
    assert ASSIGNED_NOTE in " ".join(notes_of(derive("loss.sum()", wrt="w_j", let=SKY_LETS)))


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    # R: y <- Xβ beside (labels − y)²: ∇ = 2Xᵀ(Xβ − labels), by hand
    ("2 * t(X) %*% (X %*% beta - labels)", "sum((labels - y)^2)", ("y <- X %*% beta",), "equivalent"),
    ("2 * t(X) %*% (labels - X %*% beta)", "sum((labels - y)^2)", ("y <- X %*% beta",), "different"),
    # NumPy: y = X @ w beside ½Σ(y − t)²: ∇ = Xᵀ(Xw − t)
    ("X.T @ (X @ w - t)", "np.sum((y - t) ** 2) / 2", ("y = X @ w",), "equivalent"),
])
def test_y_assigned_in_other_languages(answer, cost, lets, verdict):
    assert_verdict_read(answer, cost, verdict, wrt="beta_j" if "beta" in answer else "w_j", lets=lets)


@pytest.mark.parametrize("cost, lets", [
    ("np.sum((y - t) ** 2) / 2", ("y = X @ w_true + noise",)),  # no parameter in y's value: data, not the model
    ("np.sum((y - t) ** 2) / 2 + np.sum((y - u) ** 2)", ("y = X @ w",)),  # two names set against y: which target?
    ("np.sum((y - t) ** 2) / 2", ("y = X @ w", "t = X @ w + 1")),  # the other name is defined: no target
])
def test_y_assigned_where_the_target_is_not_said_stays_refused(cost, lets):
    refused_by_logderiv(lambda: derive(cost, wrt="w_j", let=lets))


# ------------------------------------------------------------------ np.expand_dims(v, 1): the column v

#: github:julianprieto21-like CS229 ps1 3(d): virsolgue/Implementacion_Modelos_Machine_Learning src/p03d_poisson.py
POIS_J = r"\ell(\theta) = \sum_{i=1}^{m} \left( y^{(i)} \theta^T x^{(i)} - e^{\theta^T x^{(i)}} \right)"
VIRSOLGUE_GRAD = "grad = np.expand_dims(y - np.exp(x.dot(self.theta)), 1) * x"


def test_poisson_log_likelihood_gradient_by_finite_differences():
    """∇ of Σ(yᵢθᵀxᵢ − e^{θᵀxᵢ}) is Σ(yᵢ − e^{θᵀxᵢ})xᵢ: the column (y − e^{Xθ}) times X summed over rows."""
    X, y, theta = RNG.normal(size=(6, 3)) / 2, RNG.integers(0, 4, size=6).astype(float), RNG.normal(size=3) / 2
    cost = lambda t: np.sum(y * (X @ t) - np.exp(X @ t))
    assert np.allclose(_fd(cost, theta), np.sum(np.expand_dims(y - np.exp(X @ theta), 1) * X, axis=0), atol=1e-5)


@pytest.mark.parametrize("answer, let, verdict", [
    ("np.sum(grad, axis=0)", VIRSOLGUE_GRAD, "equivalent"),  # the summed rows: the gradient
    ("np.mean(grad, axis=0)", VIRSOLGUE_GRAD, "different"),  # 1/m of it (variant)
    # PyTorch's unsqueeze(v, -1), the same column
    ("np.sum(grad, axis=0)", "grad = torch.unsqueeze(y - torch.exp(x @ theta), -1) * x", "equivalent"),
])
def test_expand_dims_is_the_column(answer, let, verdict):
    assert_verdict_read(answer, POIS_J, verdict, lets=(let,))


@pytest.mark.parametrize("let", [
    "grad = np.expand_dims(y - np.exp(x.dot(theta)), 0) * x",  # axis 0: a 1×m row, which broadcasts otherwise
    "grad = np.expand_dims(x, 1) * (y - np.exp(x.dot(theta)))",  # the data given a third axis
])
def test_expand_dims_that_is_no_column_stays_refused(let):
    refused_by_logderiv(lambda: check("np.sum(grad, axis=0)", cost=POIS_J, let=(let,)))


# ------------------------------------------------------------------ (N,D) = X.shape, (numpy.linalg.norm(v))**2

#: github:davidrosenberg/mlcourse Homework/hw2-lasso/ridge_skeleton.py, ridge_obj(theta)
ROSENBERG_J = "((numpy.linalg.norm(numpy.dot(X,theta) - y))**2)/(2*N) + Lambda*(numpy.linalg.norm(theta))**2"


def _ridge_half_mean_lam_theta(d):
    """‖Xθ − y‖²/(2N) + λ‖θ‖², the penalty not divided by N, by hand."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam * float(d.theta @ d.theta)


@pytest.mark.parametrize("lets", [("(N,D) = X.shape",), ("[N, D] = X.shape",), ("N, D = X.shape",)])
def test_rosenberg_ridge_objective(lets):
    assert_gradient_read(ROSENBERG_J, _ridge_half_mean_lam_theta, wrt=("theta_j",), lets=lets)


@pytest.mark.parametrize("cost", [
    "(np.linalg.norm(theta) + 1)**2/(2*N)",  # brackets that hold more than the norm
    "(np.linalg.norm(theta))**3/(2*N)",  # another power
])
def test_bracketed_norm_that_is_not_squared_alone_stays_refused(cost):
    refused_by_logderiv(lambda: derive(cost, wrt="theta_j", let=("N = X.shape[0]",)))


# ------------------------------------------------------------------ refusals that now say what they are

def test_dropped_column_is_refused_saying_so():
    """github:WeisonWEileen/homework_sdm274 hw2's _gradient: input[:, :-1] drops the last column (its ones, by
    fit's np.c_, which no let says): refused, naming the slice, not 'unexpected character'."""
    error = refused_by_logderiv(lambda: check(
        "1 / input.shape[0] * np.mean(2 * (predict - groudtruth) * input[:, :-1])",
        cost="np.mean((groundtruth - predict) ** 2)", wrt="W_j", let=("predict = input.dot(self.W)",)))
    assert "without its last column" in error.message


def test_name_starting_with_a_function_word_is_unknown():
    """An R file's -log_lik with no let defining log_lik: an unknown name, not 'log' of something."""
    error = refused_by_logderiv(lambda: derive("-log_lik", wrt="beta_j"))
    assert "unknown name 'log_lik'" in error.message
