"""Issue 10, round 2: spellings of the f27 wave read as their writers mean them, and their near neighbours refused.

Each reading is held to a gradient worked by hand and confirmed by central finite
differences of a NumPy cost written here (never logderiv's output); answers in a
spelling logderiv always read are then judged against the new spelling, and a
planted slip must come out ``different``. Each neighbour that means something else
must be refused. Sources are in the comments.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

RNG = np.random.default_rng(27)
x = RNG.normal(size=6)
Y = RNG.normal(size=6)
N = x.size


def _notes(read) -> str:
    """Every note of a check or derivation (the answer's and the cost's)."""
    return "\n".join((*getattr(read, "notes", ()), *read.problem.notes))


def _assert_is_gradient(cost, gradient, size):
    """The hand-derived ``gradient`` is ∂cost (central differences at a few random points)."""
    for _ in range(3):
        v = RNG.normal(size=size)
        assert np.allclose(gradient(v), central_differences(cost, v), rtol=1e-5, atol=1e-7)


# --- e_i defined per example by a let: the error, not Euler's number ---------------------------------------------

# github:thomz2/machine_learning_and_data_mining, linear_regression_GD_and_SGD.ipynb:
# 'MSE = \frac{1}{2N} \sum_{i=1}^Ne_i^2' with e_i = y_i - y_{ei}, y_{ei} the estimate w_0 + w_1 x_i
THOMZ = r"MSE = \frac{1}{2N} \sum_{i=1}^Ne_i^2"
THOMZ_LETS = ("e_i = y_i - y_{ei}", "y_{ei} = w_0 + w_1 x_i")


def _thomz(w):
    return np.sum((Y - w[0] - w[1] * x) ** 2) / (2 * N)


def _thomz_gradient(w):
    """∂/∂w₀ = −(1/N) Σ eᵢ, ∂/∂w₁ = −(1/N) Σ eᵢxᵢ with eᵢ = yᵢ − w₀ − w₁xᵢ (worked by hand)."""
    e = Y - w[0] - w[1] * x
    return np.array([-np.sum(e) / N, -np.sum(e * x) / N])


def test_an_indexed_e_let_is_the_error_of_each_example():
    _assert_is_gradient(_thomz, _thomz_gradient, 2)
    for wrt, right, slip in (
        ("w_0", r"-\frac{1}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i)", r"\frac{1}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i)"),
        ("w_1", r"-\frac{1}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i) x_i",
         r"-\frac{2}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i) x_i"),
    ):
        read = check(right, cost=THOMZ, wrt=wrt, let=THOMZ_LETS)
        assert read.verdict == "equivalent"
        assert "e_i is defined by --let (e_i = y_i - y_{ei})" in _notes(read)
        assert "not Euler's number" in _notes(read)
        # the estimate's word subscript keeps its e: it names, it does not use the error
        assert "y_{ei} is one name, defined with --let" in _notes(read)
        assert check(slip, cost=THOMZ, wrt=wrt, let=THOMZ_LETS).verdict == "different"


def test_the_notebooks_own_answer_written_with_e_i():
    """Its dJ/dw_1 = −(1/N) Σ e_i x_i is right; the update's increment (1/N) Σ e_i x_i is minus it."""
    assert check(r"\frac{dJ}{dw_1} = -\frac{1}{N}\sum^N_{i=1}e_ix_i", cost=THOMZ, wrt="w_1",
                 let=THOMZ_LETS).verdict == "equivalent"
    assert check(r"\frac{1}{N} \sum^N_{i=1}e_ix_i", cost=THOMZ, wrt="w_1", let=THOMZ_LETS).verdict == "different"


def test_the_index_braced_on_e():
    read = check(r"-\frac{1}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i)", cost=r"\frac{1}{2N} \sum_{i=1}^N e_{i}^2",
                 wrt="w_0", let=("e_{i} = y_i - w_0 - w_1 x_i",))
    assert read.verdict == "equivalent"


def test_e_with_the_examples_index_as_a_superscript_stays_refused():
    """e^{(i)} is also how a power of e is written: not read as the error (the front ends refuse the let)."""
    with pytest.raises(InputError):
        derive(r"\frac{1}{2N} \sum_{i=1}^N (e^{(i)})^2", wrt="w_0", let=("e^{(i)} = y_i - w_0 - w_1 x_i",))


def test_an_indexed_e_beside_a_power_of_e_stays_refused():
    """e^{w_1} is Euler's number: the same texts cannot also name the error e."""
    with pytest.raises(InputError) as caught:
        derive(r"\frac{1}{2N} \sum_{i=1}^N e_i^2 + e^{w_1}", wrt="w_0", let=("e_i = y_i - w_0 - w_1 x_i",))
    assert "cannot be defined" in str(caught.value) and caught.value.column == 0


def test_e_with_a_features_index_is_not_read_as_the_error():
    """e_j is no example's error: the let is left to the front ends, which refuse it."""
    with pytest.raises(InputError):
        derive(r"\sum_{j=1}^n e_j^2", wrt="w_1", let=("e_j = w_j - 1",))


# --- --wrt theta_0 where the texts number the line w_0 + w_1 x ---------------------------------------------------


def test_theta_0_asked_of_a_line_numbered_w0_w1():
    _assert_is_gradient(_thomz, _thomz_gradient, 2)
    read = check(r"-\frac{1}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i)", cost=THOMZ, wrt="theta_0", let=THOMZ_LETS)
    assert read.verdict == "equivalent"
    assert "--wrt theta_0 asks for θ₀, and the texts write no θ but number the parameters w₀, w₁ as θ₀, θ₁ are: read as w₀" in _notes(read)
    # the slope's derivative offered for the intercept
    assert check(r"-\frac{1}{m}\sum_{i=1}^m (y_i - w_0 - w_1 x_i) x_i", cost=THOMZ, wrt="theta_0",
                 let=THOMZ_LETS).verdict == "different"
    derivation = derive(THOMZ, wrt="theta_1", let=THOMZ_LETS)
    assert str(derivation.problem.wrt) == "w[1]"


def test_theta_0_beside_weights_numbered_from_1_stays_refused():
    """w_1 + w_2 x numbers from 1: θ₀ has no match among them (the intercept is w_1 here)."""
    with pytest.raises(InputError):
        derive(r"\frac{1}{2m}\sum_{i=1}^m (w_1 + w_2 x_i - y_i)^2", wrt="theta_0")


def test_theta_0_beside_a_written_theta_is_not_read_as_w0():
    """Where a text writes θ, --wrt θ₀ is not moved to the w₀ beside it: θ and w together stay refused."""
    with pytest.raises(InputError) as caught:
        derive(r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + w_0 + w_1 x_i - y_i)^2", wrt="theta_0")
    assert "two parameter vectors" in str(caught.value)


@pytest.mark.parametrize("output_format, said", [
    ("text", "not Euler's number"), ("json", "not Euler's number"), ("markdown", "not Euler's number"),
    ("latex", "not Euler's number"),
])
def test_the_readings_are_said_in_every_format(output_format, said):
    result = CliRunner().invoke(main, ["derive", THOMZ, "--wrt", "theta_0", "--let", THOMZ_LETS[0], "--let",
                                       THOMZ_LETS[1], "-f", output_format, "--timeout", "60"])
    assert result.exit_code == 0, result.output
    assert said in result.stdout
    assert "but number the parameters w" in result.stdout


# --- self.predict(X) with the method's body given by a let copied from `def predict(self, X)` --------------------

# github ridgepy-style class: def compute_loss(self, Y_pred, Y), Y_pred = self.predict(X),
# def predict(self, X): return (X @ self.W) + self.b
RIDGEPY = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
RIDGEPY_LETS = ("Y_pred = self.predict(X)", "predict(X) = (X @ self.W) + self.b", "n = X.shape[0]")
XM = RNG.normal(size=(6, 3))
YM = RNG.normal(size=6)


def _ridgepy(v):
    w, b = v[:3], v[3]
    return np.mean((YM - XM @ w - b) ** 2) + np.sum(w ** 2)


def _ridgepy_gradient(v):
    """∂/∂w = (2/n) Xᵀ(Xw + b − y) + 2w, ∂/∂b = (2/n) Σ(Xw + b − y) (worked by hand)."""
    w, b = v[:3], v[3]
    r = XM @ w + b - YM
    return np.concatenate([2 * XM.T @ r / len(YM) + 2 * w, [2 * np.sum(r) / len(YM)]])


def test_a_method_called_with_self_and_defined_bare():
    _assert_is_gradient(_ridgepy, _ridgepy_gradient, 4)
    read = check("(2/m) * X.T @ (X @ w + b - y) + 2 * w", cost=RIDGEPY, wrt="w_j", let=RIDGEPY_LETS)
    assert read.verdict == "equivalent"
    assert "self.predict(X) calls the class's method predict, its body given by --let predict(X) = …" in _notes(read)
    # the class's gradient uses 2λW where its loss has ΣW² (coefficient 1)
    assert check("(2/n)*((X.T) @ (Y_pred - Y)) + self.lambda_*2*self.W", cost=RIDGEPY, wrt="w_j",
                 let=RIDGEPY_LETS).verdict == "different"
    assert check("(2/n)*np.sum(Y_pred - Y,axis = 0)", cost=RIDGEPY, wrt="b", let=RIDGEPY_LETS).verdict == "equivalent"
    assert check("(1/n)*np.sum(Y_pred - Y,axis = 0)", cost=RIDGEPY, wrt="b", let=RIDGEPY_LETS).verdict == "different"


def test_a_method_called_with_other_arguments_stays_refused():
    """self.predict(Z) is the body with Z for X: not substituted, so not read."""
    with pytest.raises(InputError):
        derive("np.mean((Y - self.predict(Z)) ** 2) + np.sum(self.W**2)", wrt="w_j",
               let=("predict(X) = (X @ self.W) + self.b",))


def test_a_method_called_also_without_self_is_not_read_so():
    """predict(X) written apart too: a function of the module and the method may be two things."""
    with pytest.raises(InputError) as caught:
        derive("np.mean((Y - self.predict(X)) ** 2) + np.mean((Y - predict(X)) ** 2)", wrt="w_j",
               let=("predict(X) = (X @ self.W) + self.b",))
    assert "self." in str(caught.value)


# --- log L(β) = … : the log-likelihood named with its arguments -------------------------------------------------

# sugiaki1989.github.io statistical_note NumericalAnalysis07 (フィッシャーのスコア法), verbatim
SUGIAKI = (r"log L(\boldsymbol{\beta})=\sum (y_{i} \boldsymbol{ x_{i}^{T} \boldsymbol{\beta}} - "
           r"exp[\boldsymbol{ x_{i}^{T} \boldsymbol{\beta}}] - log y_{i}!)")
YC = RNG.integers(0, 4, size=6).astype(float)


def _poisson(beta):
    return np.sum(YC * (XM @ beta) - np.exp(XM @ beta))  # log y_i! does not depend on β


def _score(beta):
    """Σ (y_i − exp(x_iᵀβ)) x_i (worked by hand)."""
    return XM.T @ (YC - np.exp(XM @ beta))


def test_log_l_of_beta_on_the_left_names_the_log_likelihood():
    _assert_is_gradient(_poisson, _score, 3)
    read = check(r"\sum_{i=1}^m (y_i - \exp(\beta^T x_i)) x_{ij}", cost=SUGIAKI, wrt="beta_j")
    assert read.verdict == "equivalent"
    assert r"log L(\boldsymbol{\beta}) on the left side names the cost: the log-likelihood" in _notes(read)
    answer = (r"\frac{ \partial log L(\boldsymbol{\beta}) }{ \partial \beta} = \sum (y_{i} - exp[\boldsymbol{ "
              r"x_{i}^{T} \boldsymbol{\beta}}])\boldsymbol{ x_{i}}")
    read = check(answer, cost=SUGIAKI, wrt="beta_j")
    assert read.verdict == "equivalent"
    assert "in the derivative names the cost: the log-likelihood" in _notes(read)
    # the chain rule stopped at x_iᵀβ
    assert check(r"\sum (y_{i} - exp[\boldsymbol{ x_{i}^{T} \boldsymbol{\beta}}])", cost=SUGIAKI,
                 wrt="beta_j").verdict == "different"


@pytest.mark.parametrize("head", [r"log L(x)", r"log L(\beta) + 1", r"log L(\beta, x_i)"])
def test_log_l_of_anything_but_the_parameters_stays_refused(head):
    """L(x) depends on the data, + 1 is no name, x_i is no parameter: the left side is not the log-likelihood's name."""
    with pytest.raises(InputError) as caught:
        derive(head + r" = \sum_{i=1}^m (y_i \beta^T x_i - \exp(\beta^T x_i))", wrt="beta_j")
    assert caught.value.column == 0 or "left side" in str(caught.value)


# --- MLPR's Octave: sigma as a value, and yy, ww, bb ------------------------------------------------------------

# github MATLAB logreg_cost.m, 'Iain Murray, October 2016' (Edinburgh MLPR):
# aa = yy.*(X*ww + bb); sigma = 1./(1 + exp(-aa)); E = -sum(log(sigma)) + alpha*(ww'*ww);
MURRAY = "-sum(log(sigma)) + alpha*(ww'*ww)"
MURRAY_LETS = ("aa_bar = sigma - 1;", "sigma = 1./(1 + exp(-aa));", "aa = yy.*(X*ww + bb);")
YS = np.where(RNG.normal(size=6) > 0, 1.0, -1.0)
ALPHA = 0.3


def _murray(v):
    w, b = v[:3], v[3]
    return -np.sum(np.log(1 / (1 + np.exp(-YS * (XM @ w + b))))) + ALPHA * w @ w


def _murray_gradient(v):
    """∂/∂w = Σ (σᵢ − 1) yᵢ xᵢ + 2αw, ∂/∂b = Σ (σᵢ − 1) yᵢ, σᵢ = σ(yᵢ(xᵢ·w + b)) (worked by hand)."""
    w, b = v[:3], v[3]
    s = 1 / (1 + np.exp(-YS * (XM @ w + b)))
    return np.concatenate([XM.T @ ((s - 1) * YS) + 2 * ALPHA * w, [np.sum((s - 1) * YS)]])


def test_sigma_as_a_value_and_doubled_letters_in_mlpr_code():
    _assert_is_gradient(_murray, _murray_gradient, 4)
    right = r"\sum_{i=1}^m (\sigma(y_i (w^T x_i + b)) - 1) y_i x_{ij} + 2 \lambda w_j"
    read = check(right, cost=MURRAY, wrt="w_j", let=MURRAY_LETS)
    assert read.verdict == "equivalent"
    said = _notes(read)
    assert "sigma is defined by --let (sigma = 1./(1 + exp(-aa))) and no text calls sigma(…)" in said
    assert "bb as b, ww as w, yy as y" in said
    assert check("X'*(yy.*aa_bar) + 2*alpha*ww", cost=MURRAY, wrt="w_j", let=MURRAY_LETS).verdict == "equivalent"
    assert check("X'*(yy.*aa_bar) + alpha*ww", cost=MURRAY, wrt="w_j", let=MURRAY_LETS).verdict == "different"
    assert check("sum(aa_bar)", cost=MURRAY, wrt="b", let=MURRAY_LETS).verdict == "different"


def test_sigma_also_called_as_a_function_stays_refused():
    """sigma(z) elsewhere makes sigma the function too: which a bare sigma means is not said."""
    with pytest.raises(InputError):
        derive("-sum(log(sigma)) + sum(sigma(X*ww))", wrt="w_j", let=("sigma = 1./(1 + exp(-X*ww));",))


def test_doubled_letters_beside_the_single_letter_stay_unknown():
    """yy beside y: two names, or y twice? Not read."""
    with pytest.raises(InputError) as caught:
        derive("sum((X*w - yy).^2) + sum((X*w - y).^2)", wrt="w_j")
    assert "yy" in str(caught.value)


def test_doubled_letters_outside_code_stay_unknown():
    """In plain notation with no mark of code, yy may be y·y: left to the front ends."""
    with pytest.raises(InputError):
        derive("sum(log(1 + exp(-yy x^T ww)))", wrt="w_j")


# --- code's suffix on every name (X_norm, theta1_norm), and the line theta1 * X + theta0 ------------------------

# github fin05 notebook (commit 4093993): current_loss = np.mean((Y_norm - Y_pred_norm) ** 2),
# Y_pred_norm = theta1_norm * X_norm + theta0_norm, D_theta1_norm = (2/m) * np.sum(X_norm * (Y_pred_norm - Y_norm))
FIN = "np.mean((Y_norm - Y_pred_norm) ** 2)"
FIN_LETS = ("Y_pred_norm = theta1_norm * X_norm + theta0_norm", "m = len(X)")


def _fin(t):
    return np.mean((Y - t[1] * x - t[0]) ** 2)


def _fin_gradient(t):
    """∂/∂θ₀ = (2/m) Σ (ŷ − y), ∂/∂θ₁ = (2/m) Σ (ŷ − y) x, ŷ = θ₀ + θ₁x (worked by hand)."""
    r = t[0] + t[1] * x - Y
    return np.array([2 * np.mean(r), 2 * np.mean(r * x)])


def test_a_suffix_every_name_carries_and_the_numbered_line():
    _assert_is_gradient(_fin, _fin_gradient, 2)
    for wrt, right, half in (
        ("theta1_norm", r"\frac{2}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) x^{(i)}",
         "(1/m) * np.sum(X_norm * (Y_pred_norm - Y_norm))"),
        ("theta0_norm", r"\frac{2}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})",
         "(1/m) * np.sum(Y_pred_norm - Y_norm)"),
    ):
        read = check(right, cost=FIN, wrt=wrt, let=FIN_LETS)
        assert read.verdict == "equivalent"
        said = _notes(read)
        assert "every name carries _norm" in said
        assert "X is only ever multiplied by the number θ₁ beside the intercept θ₀" in said
        assert "Y beside it is the labels, y" in said
        # the later version's 1/m: half the gradient of the plain mean
        assert check(half, cost=FIN, wrt=wrt, let=FIN_LETS).verdict == "different"
    assert check("(2/m) * np.sum(X_norm * (Y_pred_norm - Y_norm))", cost=FIN, wrt="theta1_norm",
                 let=FIN_LETS).verdict == "equivalent"
    assert check("(2/m) * np.sum(X_norm * (Y_norm - Y_pred_norm))", cost=FIN, wrt="theta1_norm",
                 let=FIN_LETS).verdict == "different"


def test_a_name_written_with_and_without_the_suffix_is_not_stripped():
    """X beside X_norm: the data before and after normalising, two quantities."""
    with pytest.raises(InputError):
        derive("np.mean((Y_norm - theta1_norm * X_norm - theta0_norm) ** 2) + np.mean(X)", wrt="theta1_norm")


@pytest.mark.parametrize("cost", [
    "np.mean((Y - theta1 * X) ** 2)",  # no θ₀: θ₁ may be the first of θ₁..θₙ, X the matrix
    "np.mean((Y - theta1 * X - theta0) ** 2) + np.sum(X.T)",  # X used as a matrix
    "np.mean((Y - theta1 * X - theta0) ** 2) + np.sum(theta ** 2)",  # θ whole: a vector
])
def test_the_numbered_line_is_not_read_where_x_may_be_the_matrix(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_1")


def test_a_norm_computed_beside_norm_suffixes_is_not_stripped():
    """w_norm = np.linalg.norm(v) is a norm: with norm(…) in the texts the suffix is not read away."""
    with pytest.raises(InputError):
        derive("np.mean((Y_norm - theta1_norm * X_norm - theta0_norm) ** 2) + w_norm", wrt="theta1_norm",
               let=("w_norm = np.linalg.norm(theta1_norm)",))


# --- JAX's quickstart: a function of two arguments, inputs/targets, a sigmoid written with tanh ------------------

# github jax-ml/jax README quickstart: def sigmoid(x): return 0.5 * (jnp.tanh(x / 2.) + 1);
# preds = logistic_predictions(weights, inputs); label_logprobs = …; return -jnp.sum(label_logprobs)
JAX = "-np.sum(label_logprobs)"
JAX_LETS = ("label_logprobs = np.log(preds) * targets + np.log(1 - preds) * (1 - targets)",
            "preds = logistic_predictions(weights, inputs)",
            "logistic_predictions(weights, inputs) = sigmoid(np.dot(inputs, weights))",
            "sigmoid(x) = 0.5 * (np.tanh(x / 2.) + 1)")
YB = RNG.integers(0, 2, size=6).astype(float)


def _jax(w):
    p = 0.5 * (np.tanh(XM @ w / 2) + 1)
    return -np.sum(np.log(p) * YB + np.log(1 - p) * (1 - YB))


def _jax_gradient(w):
    """Xᵀ(σ(Xw) − y), σ(z) = 1/(1 + e^(−z)) = (1 + tanh(z/2))/2 (worked by hand)."""
    return XM.T @ (1 / (1 + np.exp(-XM @ w)) - YB)


def test_jax_quickstart_reads_as_the_summed_cross_entropy():
    _assert_is_gradient(_jax, _jax_gradient, 3)
    read = check("X.T @ (sigmoid(X @ w) - y)", cost=JAX, wrt="w_j", let=JAX_LETS)
    assert read.verdict == "equivalent"
    said = _notes(read)
    assert "logistic_predictions(weights, inputs) is only ever called with its own arguments" in said
    assert "targets is code's name of the targets: read as y" in said
    assert "inputs is the code's name of the design matrix" in said
    assert "is the sigmoid σ" in said
    assert check("X.T @ (sigmoid(X @ w) - y) / m", cost=JAX, wrt="w_j", let=JAX_LETS).verdict == "different"


@pytest.mark.parametrize("body", ["0.5 * (np.tanh(x) + 1)", "np.tanh(x / 2) + 1", "0.5 * (np.tanh(x / 2) - 1)"])
def test_other_tanh_forms_are_not_the_sigmoid(body):
    """(tanh(x) + 1)/2 is σ(2x); without the half or with − 1 it is no sigmoid: σ keeps its one meaning."""
    with pytest.raises(InputError) as caught:
        derive("-np.sum(y * np.log(sigmoid(X @ w)))", wrt="w_j", let=(f"sigmoid(x) = {body}",))
    assert "this definition is not it" in str(caught.value)


def test_a_function_of_two_arguments_called_with_others_stays_refused():
    """f(w, X) called as f(w, Z) would need Z put for X: not read."""
    with pytest.raises(InputError):
        derive("-np.sum(np.log(f(w, Z)))", wrt="w_j", let=("f(w, X) = sigmoid(np.dot(X, w))",))


def test_targets_beside_y_and_inputs_beside_x_are_not_renamed():
    """targets with y written too, or inputs with X written too: two quantities may be meant."""
    with pytest.raises(InputError) as caught:
        derive("-np.sum(targets * np.log(sigmoid(X @ w)) + y)", wrt="w_j")
    assert "targets" in str(caught.value)
    with pytest.raises(InputError) as caught:
        derive("-np.sum(y * np.log(sigmoid(np.dot(inputs, w)))) + np.sum(X)", wrt="w_j")
    assert "inputs" in str(caught.value)


def test_a_one_by_one_matrix_answer_by_the_intercept():
    """aa_bar'*yy is Σᵢ (σᵢ − 1) yᵢ, one number: ∂E/∂b (MLPR's bb_bar); vectors by b stay refused."""
    _assert_is_gradient(_murray, _murray_gradient, 4)
    read = check("aa_bar'*yy", cost=MURRAY, wrt="b", let=MURRAY_LETS)
    assert read.verdict == "equivalent"
    assert "the answer is 1×1 (a row times a column of the examples' values), one number, compared with ∂J/∂b" \
        in _notes(read)
    assert "compared with every entry of the gradient" not in _notes(read)
    assert check("aa_bar'*aa_bar", cost=MURRAY, wrt="b", let=MURRAY_LETS).verdict == "different"
    for vector in ("X'*(yy.*aa_bar)", "yy.*aa_bar", "aa_bar'*X"):
        with pytest.raises(InputError) as caught:
            check(vector, cost=MURRAY, wrt="b", let=MURRAY_LETS)
        assert "the whole gradient" in str(caught.value)


def test_log_of_another_letter_with_arguments_stays_refused():
    """log P(β) is no likelihood's name: an undefined function, as before."""
    with pytest.raises(InputError):
        derive(r"log P(\beta) = \sum_{i=1}^m (y_i \beta^T x_i - \exp(\beta^T x_i))", wrt="beta_j")


def test_a_chains_log_l_keeps_its_sign_check():
    """J = log L(θ) = −Σ[…]: the log-likelihood side and a loss after it differ in sign, refused as before."""
    with pytest.raises(InputError) as caught:
        derive(r"J(\theta) = \log L(\theta) = -\sum_{i=1}^n y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) "
               r"\log(1 - h_\theta(x^{(i)}))")
    assert "log-likelihood" in str(caught.value)
