"""Wave f56's refusals read by rules that transfer (issue 10): a penalty's own --let of the bare weight vector
(``reg = (lambda_ / (2 * m)) * np.sum(w ** 2)``) beside lets in matrix form; code's ``self.bias`` and
``self.weights`` beside a LaTeX cost's b and w; lines that compute dj_dw and dj_db, then add the L2 term to dj_dw.

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

# public code index file 60497956409 (a notebook export 'regression_utils' with Chinese comments, after the Machine
# Learning Specialization's lab utilities): compute_cost_matrix with logistic=False ('# 总成本') and its lines
ZH_COST = "cost + reg_cost"
ZH_LETS = ("cost = (1/(2*m)) * np.sum((f - y) **2)", "f = X @ w + b", "reg_cost = (lambda_ / (2 * m)) * np.sum(w** 2)",
           "m = X.shape[0]")
# the same file's compute_gradient_matrix, '# 计算权重w的梯度' to '# 正则化梯度' (f_wb = X @ w + b with logistic=False)
ZH_GRADIENT = ("dj_dw = (1/m) * (X.T @ err)\n\n# 计算偏置b的梯度：dj_db = (1/m)·Σ(err)，为标量\n"
               "dj_db = (1/m) * np.sum(err)\n\n# 添加L2正则化项对权重梯度的影响（偏置b不参与正则化）\n"
               "# 正则化梯度：(lambda_/m)·w，形状为(n,1)\ndj_dw += (lambda_ / m) * w")
ZH_GRADIENT_LETS = ("err = f_wb - y", "f_wb = X @ w + b", *ZH_LETS)
# public code index file 37032622575 (compute_cost / compute_gradient for regularised logistic regression)
RLM_COST = "cost + reg_cost"
RLM_LETS = ("cost = -np.mean(y * np.log(f_wb) + (1 - y) * np.log(1 - f_wb))",
            "reg_cost = (lambda_ / (2 * m)) * np.sum(w ** 2)", "f_wb = sigmoid(np.dot(X, w) + b)", "m = len(y)")
RLM_DW = "dj_dw = (np.dot(X.T, err) / m) + (lambda_ / m) * w"
RLM_DW_LETS = ("err = sigmoid(np.dot(X, w) + b) - y", *RLM_LETS)
# public code index file 2803355622 (a ridge class, fit(): dW and db; predict: np.dot(X, self.weights) + self.bias),
# graded against the cost its dW is the gradient of, written in LaTeX by the collector
RR_COST = r"\frac{1}{n} \left[ \sum_{i=1}^{n} (y_i - \hat{y}_i)^2 + \alpha \sum_{j} w_j^2 \right]"
RR_LETS = ("y_pred = np.dot(X, self.weights) + self.bias", r"\hat{y}_i = w \cdot x_i + b")
RR_DW = "dW = (-(2 * np.dot(X.T, (y - y_pred))) + (2 * self.alpha * self.weights)) / n_samples"
RR_DB = "db = -2 * np.sum(y_pred - y) / n_samples"

RNG = np.random.default_rng(56)
XS, YS = RNG.normal(size=(5, 3)), RNG.normal(size=5)
LAM = 0.7


def _ridge_half_mean(v: np.ndarray, b: float) -> float:
    """1/(2m)Σ(Xw + b − y)² + λ/(2m)Σwₖ², by hand (the notebook's compute_cost_matrix plus its L2 term)."""
    r = XS @ v + b - YS
    return float(r @ r) / (2 * len(YS)) + LAM / (2 * len(YS)) * float(v @ v)


def _ridge_mean_alpha(v: np.ndarray, b: float) -> float:
    """(1/m)[Σ(y − Xw − b)² + αΣwₖ²], by hand (the ridge class's cost)."""
    r = YS - XS @ v - b
    return (float(r @ r) + LAM * float(v @ v)) / len(YS)


def test_the_hand_gradients_of_the_ridge_costs_agree_with_finite_differences():
    """By hand: ∇_w of the notebook's cost is (1/m)(Xᵀ(Xw + b − y) + λw); of the class's, (1/m)(−2Xᵀ(y − ŷ) + 2αw),
    and ∂/∂b = −(2/m)Σ(y − ŷ); with the sign of the b one flipped (the class's db) it is not."""
    w, b, m = RNG.normal(size=3), 0.3, len(YS)
    residual = XS @ w + b - YS
    assert np.allclose(central_differences(lambda v: _ridge_half_mean(v, b), w),
                       (XS.T @ residual + LAM * w) / m, atol=1e-6)
    assert np.allclose(central_differences(lambda v: _ridge_mean_alpha(v, b), w),
                       (-2 * XS.T @ (YS - XS @ w - b) + 2 * LAM * w) / m, atol=1e-6)
    by_b = central_differences(lambda u: _ridge_mean_alpha(w, float(u[0])), np.array([b]))[0]
    assert by_b == pytest.approx(-2 * np.sum(YS - XS @ w - b) / m, abs=1e-6)
    assert by_b != pytest.approx(-2 * np.sum(XS @ w + b - YS) / m, abs=1e-3)


def _half_mean_sq_w_b_l2(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _logistic_mean_w_b_l2(d):
    p = 1 / (1 + np.exp(-(d.X @ d.w + d.b)))
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(d.w @ d.w)


# ---------------------------------------------------------------- a penalty's own --let
def test_a_penalty_let_of_the_bare_weights_is_read_beside_matrix_lets():
    """The notebook's cost + reg_cost: 1/(2m)Σ(Xw + b − y)² + λ/(2m)‖w‖², by w and by b."""
    assert_gradient_read(ZH_COST, _half_mean_sq_w_b_l2, wrt=("w_j", "b"), lets=ZH_LETS)
    assert_gradient_read(RLM_COST, _logistic_mean_w_b_l2, wrt=("w_j", "b"), lets=RLM_LETS)


def test_an_answer_beside_a_penalty_let_is_judged():
    """compute_gradient's dj_dw = Xᵀ(σ − y)/m + (λ/m)w is the gradient of the mean cross-entropy plus λ/(2m)‖w‖²;
    with λ/(2m) on the penalty's gradient (a variant) it is not."""
    assert_verdict_read(RLM_DW, RLM_COST, "equivalent", wrt="w_j", lets=RLM_DW_LETS)
    assert_verdict_read(RLM_DW.replace("(lambda_ / m)", "(lambda_ / (2 * m))"), RLM_COST, "different", wrt="w_j",
                        lets=RLM_DW_LETS)


def test_the_penalty_let_is_noted_in_text_and_json():
    """Every output format says how the let was read: one number, λ/(2m)Σₖ wₖ²."""
    arguments = ["derive", ZH_COST, "--wrt", "w_j", *(part for let in ZH_LETS for part in ("--let", let))]
    said = "reg_cost = (λ/(2 m)) Σₖ wₖ²"
    text = CliRunner().invoke(main, [*arguments, "-f", "text"])
    assert text.exit_code == 0, text.output
    assert any(line.startswith("note: read in matrix form: reg_cost") and said in line for line in text.output.splitlines())
    shown = CliRunner().invoke(main, [*arguments, "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert any(said in note for note in json.loads(shown.output)["notes"])


@pytest.mark.parametrize("penalty", [
    "lambda_ * w",  # a vector, not a number: no cost
    "lambda_ * np.sum(w ** 2) / np.sum(y)",  # holds data: not a penalty of the parameters alone
    "lambda_ * np.sum(w ** 2, axis=1)",  # along axis 1 of an n×1 array: the array itself
    "lambda_ * np.mean(w ** 2)",  # divides by n, not by m
])
def test_lets_that_are_no_penalty_of_the_weights_stay_refused(penalty):
    """Near-variants that mean something else than a number of the weights: refused, never read as one."""
    lets = ("cost = (1/(2*m)) * np.sum((f - y) **2)", "f = X @ w + b", f"reg_cost = {penalty}")
    refused_by_logderiv(lambda: logderiv.derive(ZH_COST, wrt="w_j", let=lets))


def test_a_penalty_let_summing_the_weights_unsquared_is_read_as_written():
    """reg_cost = (λ/(2m)) np.sum(w): the sum of the weights, Σₖ wₖ, whose derivative by w_j is λ/(2m)."""
    lets = ("cost = (1/(2*m)) * np.sum((f - y) **2)", "f = X @ w + b", "reg_cost = (lambda_ / (2 * m)) * np.sum(w)")

    def intended(d):
        r = d.X @ d.w + d.b - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(np.sum(d.w))

    assert_gradient_read(ZH_COST, intended, wrt=("w_j", "b"), lets=lets)


# ---------------------------------------------------------------- bias and weights beside a LaTeX cost
def test_a_ridge_class_beside_a_latex_cost_is_judged():
    """dW = (−2Xᵀ(y − ŷ) + 2αw)/n is the cost's gradient by w (by hand, above); db = −2Σ(ŷ − y)/n has the sign
    flipped (∂/∂b = −(2/n)Σ(y − ŷ)); db = 2Σ(ŷ − y)/n is right."""
    assert_verdict_read(RR_DW, RR_COST, "equivalent", wrt="w_j", lets=RR_LETS)
    assert_verdict_read(RR_DB, RR_COST, "different", wrt="b", lets=RR_LETS)
    assert_verdict_read(RR_DB.replace("-2", "2"), RR_COST, "equivalent", wrt="b", lets=RR_LETS)


def test_bias_beside_a_latex_b_is_noted():
    verdict = logderiv.check(RR_DB, cost=RR_COST, wrt="b", let=RR_LETS)
    notes = notes_of(verdict)
    assert "bias is code's name for the intercept b of the linear model: read as b (the LaTeX text's b)" in notes
    assert any(note.startswith("weights is code's name for the weight vector") for note in notes)


@pytest.mark.parametrize(("cost", "lets"), [
    # the LaTeX b is no intercept added to w·x, but the penalty's weight: bias need not be it
    (r"\frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2 + \frac{b}{2} \sum_{j} w_j^2",
     ("y_pred = np.dot(X, self.weights) + self.bias", r"\hat{y}_i = w \cdot x_i")),
    # code that writes both b and bias may keep two quantities
    (RR_COST, ("y_pred = np.dot(X, self.weights) + self.bias + b", r"\hat{y}_i = w \cdot x_i + b")),
])
def test_bias_beside_another_b_stays_refused(cost, lets):
    refused_by_logderiv(lambda: logderiv.check(RR_DB, cost=cost, wrt="b", let=lets))


# ---------------------------------------------------------------- the gradient by w, computed with the one by b
def test_lines_ending_with_the_asked_gradient_are_read_without_the_other():
    """dj_dw = (1/m)Xᵀ(Xw + b − y) + (λ/m)w: the notebook's cost's gradient by w (by hand, above)."""
    assert_verdict_read(ZH_GRADIENT, ZH_COST, "equivalent", wrt="w_j", lets=ZH_GRADIENT_LETS)
    assert_verdict_read(ZH_GRADIENT.replace("(lambda_ / m)", "(lambda_ / (2 * m))"), ZH_COST, "different",
                        wrt="w_j", lets=ZH_GRADIENT_LETS)
    verdict = logderiv.check(ZH_GRADIENT, cost=ZH_COST, wrt="w_j", let=ZH_GRADIENT_LETS)
    assert any(note.startswith("read as code: the lines also compute dj_db (the gradient by b)")
               for note in notes_of(verdict))


@pytest.mark.parametrize(("text", "wrt"), [
    (ZH_GRADIENT, "b"),  # the last value is dj_dw, and --wrt b asks for another gradient
    (ZH_GRADIENT.replace("dj_db = (1/m) * np.sum(err)", "cost = (1/m) * np.sum(err)"), "w_j"),  # no gradient's name
    (ZH_GRADIENT + "\ndj_db += 0", "w_j"),  # the lines end with dj_db
])
def test_lines_whose_value_is_not_said_stay_refused(text, wrt):
    refused_by_logderiv(lambda: logderiv.check(text, cost=ZH_COST, wrt=wrt, let=ZH_GRADIENT_LETS))


# ---------------------------------------------------------------- a gradient's entry on the left
# a Python port of ex2 (a gist; its def compute_grad: for i in range(l): sumdelta = …; grad[i] = …), as corpus f56 has it
GIST_J = ("J = (1. / m) * (\n                -np.transpose(y).dot(np.log(sigmoid(X.dot(theta)))) - "
          "transpose(1 - y).dot(log(1 - sigmoid(X.dot(theta)))))")
GIST_GRAD = "grad[i] = (1.0 / m) * sumdelta * -1"
GIST_LETS = ("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))")


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def test_the_hand_gradient_of_the_cross_entropy_agrees_with_finite_differences():
    """By hand: ∂J/∂θᵢ = (1/m)Σ(h − y)xᵢ, column i of X; the gist's '* -1' is its negative, not it."""
    at, m = RNG.normal(size=3), len(YS)
    labels = (YS > 0).astype(float) * 0.8 + 0.1

    def cost(v):
        p = _sigmoid(XS @ v)
        return -float(np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)))

    delta = _sigmoid(XS @ at) - labels
    by_hand = np.array([delta @ XS[:, i] for i in range(3)]) / m
    assert np.allclose(central_differences(cost, at), by_hand, atol=1e-6)
    assert not np.allclose(central_differences(cost, at), -by_hand, atol=1e-6)


def test_a_gradient_entry_on_the_left_is_read_as_the_asked_component():
    """The gist's line is −1 times the gradient's entry (by hand, above): 'different'; without '* -1' it is right."""
    assert_verdict_read(GIST_GRAD, GIST_J, "different", wrt="theta_j", lets=GIST_LETS)
    assert_verdict_read(GIST_GRAD.removesuffix(" * -1"), GIST_J, "equivalent", wrt="theta_j", lets=GIST_LETS)
    shown = CliRunner().invoke(main, ["check", GIST_GRAD, "--cost", GIST_J, "--wrt", "theta_j", "-f", "json",
                                      *(part for let in GIST_LETS for part in ("--let", let))])
    assert any(note.startswith("the left side grad[i] = names entry i of the gradient")
               for note in json.loads(shown.output)["notes"]), shown.output


@pytest.mark.parametrize(("text", "lets"), [
    ("grad[j] = (1.0 / m) * sumdelta", GIST_LETS),  # entry j, column i: two letters
    ("grad[k] = (1.0 / m) * sumdelta", GIST_LETS),  # k is no column's letter here
    ("grad[i] = (1.0 / m) * sumdelta * y[i]", GIST_LETS),  # i also an example's index
])
def test_an_entry_whose_index_is_not_said_stays_refused(text, lets):
    refused_by_logderiv(lambda: logderiv.check(text, cost=GIST_J, wrt="theta_j", let=lets))
