"""fixtail_a: families of the corpus's notation refusals, each read as the writers clearly mean it, or refused better.

Each reading is said in a note (checked in every output format once); what it means is held against the corpus
judge (finite differences of a NumPy cost written by hand, tests/corpus/judge.py) or against a verdict worked out
by hand, never against logderiv's own output. Every reading's edge is tested too: what it leaves alone is still
refused.

* An answer's condition ``for j ≥ 1`` written as MathType writes it in fengdu78's widely copied notes of Ng's
  course, ``\\text{ }\\text{ for  j}\\ge \\text{1}`` (the index and the number inside upright words), is the
  condition ``\\text{for } j \\geq 1`` that check already reads: every component but the intercept, noted.
* Code's line ``W[0][0] + W[1][0]*x`` in a sum over ``zip(X, Y)`` (a (2, 1) column W of the intercept and the slope,
  intellipaat's RSS): W is the weights w, as the other spellings of a capital W already are, and ``--wrt W_0`` its
  intercept; noted, and kept apart where a w or a --let of W is written.
* A sum's or a mean's axis as PyTorch writes it, ``v.sum(0, keepdim=True)``, ``v.sum(dim=0)``,
  ``torch.sum(v, dim=0)`` (skyroom's d2l notebook), and NumPy's positional ``v.sum(0)``: the first argument of both
  libraries' methods is the axis, ``dim`` is NumPy's ``axis`` and ``keepdim`` its ``keepdims``; put in NumPy's
  keywords, which are read already, noted.
* The Machine Learning Specialization's ``f_{w,b}(x)`` with its subscript typed flat in a docstring, ``fw,b(x)``
  (and ``fwb(x)`` beside it), is the model f: read as ``f(x)``, noted. And a call of a --let's function left open
  where the ``]`` around it closes, ``[loss(fw,b(x_s(i)), y_s(i)]``, is closed right before that ``]`` (the one
  place a value results), noted; its arguments are then checked against the function's parameters.
* A class's sigmoid method pasted as ``--let "__sigmoid(x) = 1 / (1 + np.exp(-x))"`` beside its calls
  ``self.__sigmoid(…)`` (read as σ by the name) is that σ written out: not needed, set aside, noted; another body is
  refused. And code's ``x.dot(weights)`` makes x the data matrix, as ``x.dot(w)`` does.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main

# ------------------------------------------------------------------ a lower bound on the component index

# source: https://github.com/fengdu78/Coursera-ML-AndrewNg-Notes/issues/82 (the reported markdown
# '# regularized gradient(正则化梯度)', its x_j^{(i)} restored as the issue asks)
FENGDU_GRADIENT = (
    r"\frac{\partial J\left( \theta  \right)}{\partial {{\theta }_{j}}}=\left( \frac{1}{m}\sum\limits_{i=1}^{m}"
    r"{\left( {{h}_{\theta }}\left( {{x}^{\left( i \right)}} \right)-{{y}^{\left( i \right)}} \right)}"
    r"x_j^{(i)} \right)+\frac{\lambda }{m}{{\theta }_{j}}\text{ }\text{             for  j}\ge \text{1}"
)
RIGHT = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j"
#: the same with the penalty's 1/m lost: a real slip, which the condition must not hide
WRONG = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} + \lambda\theta_j"
SAID = "after the answer says it is for every component but the intercept θ₀"


def test_mathtypes_worded_condition_is_read_as_j_at_least_one():
    assert_verdict_read(FENGDU_GRADIENT, "logistic-l2", "equivalent")
    # the issue's own text, x_j^{(i)} lost: the data part is the same for every j
    assert_verdict_read(FENGDU_GRADIENT.replace(r"x_j^{(i)} \right)", r"\right)"), "logistic-l2", "different")
    notes = notes_of(logderiv.check(FENGDU_GRADIENT, cost="logistic-l2"))
    assert any(note.startswith(r"'\text{             for  j}\ge \text{1}' " + SAID) for note in notes)


@pytest.mark.parametrize("condition", [
    r"\text{ }\text{ for j}\ge \text{1}", r"\text{ for j} \geq 1", r"\quad \mbox{for j} > \mbox{0}",
    r"\text{ }\text{for j}\ge 1",
])
def test_the_worded_condition_in_its_spellings(condition):
    assert_verdict_read(RIGHT + condition, "logistic-l2", "equivalent")
    assert_verdict_read(WRONG + condition, "logistic-l2", "different")
    assert any(SAID in note for note in notes_of(logderiv.check(RIGHT + condition, cost="logistic-l2")))


@pytest.mark.parametrize("condition", [r"\text{ }\text{ for j}\ge \text{2}", r"\text{ for j} > \text{1}"])
def test_a_worded_condition_on_more_than_the_intercept_is_refused(condition):
    assert "only a single component (j = 0) or every component but the intercept (j ≥ 1) is read" in str(
        refused(logderiv.check, RIGHT + condition, cost="logistic-l2"))


def test_a_worded_condition_on_a_letter_the_answer_does_not_index_by_is_refused():
    """\\text{for i} ≥ 1 names no component: the relation stays unread, as before."""
    assert "relation" in str(refused(logderiv.check, RIGHT + r"\text{ }\text{ for i}\ge \text{1}",
                                     cost="logistic-l2"))


def test_the_condition_note_shows_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json", "latex"):
        result = runner.invoke(main, ["check", FENGDU_GRADIENT, "--cost", "logistic-l2", "-f", form])
        assert result.exit_code == 0, result.output
        shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if form == "json" else result.output
        assert "says it is for every component but the intercept" in " ".join(shown.split()), form


# ------------------------------------------------------------------ W[0][0] + W[1][0]*x: a capital W of code

# source: https://intellipaat.com/community/10711/simple-linear-regression-in-python (def RSS(X,Y,W): return …)
RSS = "sum((y-(W[0][0]+W[1][0]*x))**2 for x,y in zip(X,Y))"
W_NOTE = "W is read as w, the weights: it is written only as the entries W[0] and W[1] of the line"


def _rss(d) -> float:
    """Σᵢ (yᵢ − (w₀ + w₁xᵢ))², by hand: the intercept is Data.theta0, the slope Data.theta1 (--wrt W_0, W_1)."""
    return float(np.sum((d.y - (d.theta0 + d.theta1 * d.x)) ** 2))


def test_code_line_in_a_capital_w_is_the_weights():
    assert_gradient_read(RSS, _rss, wrt=("W_0", "W_1"))
    notes = notes_of(logderiv.derive(RSS, wrt="W_0"))
    assert any(note.startswith(W_NOTE) for note in notes)
    assert "--wrt W_0 is read as w_0: the text's W is the weight vector w" in notes


def test_the_capital_w_answer_is_judged_in_its_letter():
    """∂RSS/∂W₀ = −2Σ(y − (W₀ + W₁x)), by hand; the same without the 2 is wrong."""
    right = "-2*sum((y-(W[0][0]+W[1][0]*x)) for x,y in zip(X,Y))"
    assert_verdict_read(right, RSS, "equivalent", wrt="W_0")
    assert_verdict_read(right.replace("-2*", "-"), RSS, "different", wrt="W_0")


@pytest.mark.parametrize("cost, lets, said", [
    # a w of its own beside W: W and w may be two quantities
    ("sum((y-(W[0][0]+W[1][0]*x))**2 for x,y in zip(X,Y)) + w", (), "'W' beside a lowercase w"),
    (RSS, ("W = theta",), "'W' has no feature index"),  # W defined by a --let: not read as the weights w
])
def test_a_capital_w_beside_another_weight_stays_apart(cost, lets, said):
    assert said in str(refused(logderiv.derive, cost, wrt="W_0", let=lets))


def test_the_capital_w_note_shows_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json", "latex"):
        result = runner.invoke(main, ["derive", RSS, "--wrt", "W_1", "-f", form])
        assert result.exit_code == 0, result.output
        shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if form == "json" else result.output
        # (Markdown escapes the brackets: W\[0\])
        assert "W is read as w, the weights: it is written only as the entries W" in " ".join(shown.split()), form


# ------------------------------------------------------------------ PyTorch's dim and keepdim, NumPy's positional axis

# source: https://github.com/skyroom/d2l_zh_learning (第2章预备知识/线性回归的梯度(导数)计算.ipynb): the notebook's
# y_hat holds the labels and y = Xw + b the prediction
SKY_LETS = ("loss = 0.5 * ((y_hat - y) ** 2)", "y = torch.matmul(X, w) + b", "loss_d = (y_hat - X@w - b) * X * (-1)")
SKY_WRONG_LETS = SKY_LETS[:2] + ("loss_d = (y_hat - b) * X * (-1)",)  # the notebook's second cell: X@w dropped


@pytest.mark.parametrize("answer", [
    "loss_d.sum(0, keepdim=True)", "loss_d.sum(dim=0)", "loss_d.sum(0)", "loss_d.mean(0) * len(X)",
    "torch.sum(loss_d, dim=0)", "torch.sum(loss_d, dim=0, keepdim=True)", "loss_d.sum(dim=0, keepdim=True)",
])
def test_the_axis_in_pytorchs_words_is_read(answer):
    """Σᵢ −(labelᵢ − xᵢᵀw − b)xᵢ is ∂/∂w of ½Σ(label − (Xw + b))², by hand; without Xw it is not."""
    assert_verdict_read(answer, "loss.sum()", "equivalent", wrt="w_j", lets=SKY_LETS)
    assert_verdict_read(answer, "loss.sum()", "different", wrt="w_j", lets=SKY_WRONG_LETS)


def test_the_axis_over_the_features_is_not_the_gradient():
    """axis 1 adds up each row: one number per example, not a gradient (refused as the shape it has)."""
    assert "m×1" in str(refused(logderiv.check, "loss_d.sum(1)", cost="loss.sum()", wrt="w_j", let=SKY_LETS))


def _half_squares(d) -> float:
    return float(0.5 * np.sum((d.X @ d.w - d.y) ** 2))


@pytest.mark.parametrize("cost", ["0.5 * torch.sum((X @ w - y)**2, dim=0)", "0.5 * ((X @ w - y)**2).sum(0)",
                                  "0.5 * ((X @ w - y)**2).sum(dim=0, keepdim=True)"])
def test_a_cost_summed_along_pytorchs_dim(cost):
    assert_gradient_read(cost, _half_squares, wrt=("w_j",))


def test_the_axis_notes_show_in_every_format():
    said = {"loss_d.sum(0, keepdim=True)": "the first argument is the axis (NumPy's and PyTorch's methods alike), "
                                           "and PyTorch's keepdim is NumPy's keepdims",
            "torch.sum(loss_d, dim=0)": "PyTorch's dim is NumPy's axis"}
    runner = CliRunner()
    for answer, note in said.items():
        for form in ("text", "markdown", "json", "latex"):
            arguments = ["check", answer, "--cost", "loss.sum()", "--wrt", "w_j", "-f", form]
            for let in SKY_LETS:
                arguments += ["--let", let]
            result = runner.invoke(main, arguments)
            assert result.exit_code == 0, result.output
            shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if form == "json" \
                else result.output
            assert note in " ".join(shown.split()).replace("\\_", "_"), form


# ------------------------------------------------------------------ fw,b(x): f_{w,b}(x) typed flat; [loss(…, y]

# source: a GitHub Python docstring ('In logistic regression the cost function is:', compute_gradient_logistic;
# public code index file 5304730554), its ASCII-art sums
ASCII_J = "              m-1\nJ(w,b) = 1/m Σ [loss(fw,b(x_s(i)), y_s(i)]\n              i=0"
ASCII_LETS = ("loss(fw,b(x), y) = -y log(fw,b(x)) - (1 - y)log(1 - fw,b(x))", "fw,b(x) = g(z)", "z = w ⋅ x + b",
              "g(z) = 1 / (1+e**-z)")
FLAT_NOTE = ("fw,b(x) is f_{w,b}(x), the model f with its parameters w, b as the subscript, typed flat (fwb(x) too, "
             "the comma lost): read as f(x)")
CLOSED_NOTE = "'loss(' is never closed: a ')' is read right before the ']'"


def _mean_cross_entropy(d) -> float:
    """−(1/m)Σ[y log σ(w·x + b) + (1 − y) log(1 − σ(w·x + b))], by hand."""
    p = 1.0 / (1.0 + np.exp(-(d.X @ d.w + d.b)))
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_the_docstrings_flat_model_and_open_call_are_read():
    assert_gradient_read(ASCII_J, _mean_cross_entropy, wrt=("w_j", "b"), lets=ASCII_LETS)
    notes = notes_of(logderiv.derive(ASCII_J, wrt="w_j", let=ASCII_LETS))
    assert FLAT_NOTE in notes
    assert any(note.startswith(CLOSED_NOTE) for note in notes)


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("                   m-1\ndJ(w,b) / dw = 1/m Σ (fwb(x_s(i)) - y_s(i)) * x\n                   i = 0", "w_j", "equivalent"),
    ("                   m-1\ndJ(w,b) / db = 1/m Σ (fwb(x_s(i)) - y_s(i))\n                   i = 0", "b", "equivalent"),
    # the docstring's 'which equates to': the sigmoid dropped (w·x + b for g(w·x + b)), a real slip
    ("                   m-1\ndJ(w,b) / db = 1/m Σ (wx_s(i) + b - y_s(i))\n                   i = 0", "b", "different"),
])
def test_the_docstrings_answers_are_judged(answer, wrt, verdict):
    assert_verdict_read(answer, ASCII_J, verdict, wrt=wrt, lets=ASCII_LETS)


def test_a_flat_subscript_beside_an_f_of_its_own_is_left():
    """f written as well (f(z) = z²): fw,b may name another function than f, so nothing is read."""
    lets = (*ASCII_LETS, "f(z) = z^2")
    assert "the left side of a --let is a name" in str(refused(logderiv.derive, ASCII_J, wrt="w_j", let=lets))


LOSS_LETS = ("loss(a, y) = -y log(a) - (1 - y)log(1 - a)", "f(x) = g(z)", "z = w ⋅ x + b", "g(z) = 1 / (1+e**-z)")


def test_an_open_call_is_closed_before_the_bracket():
    cost = "J = 1/m sum_i [loss(f(x_i), y_i]"
    assert_gradient_read(cost, _mean_cross_entropy, wrt=("w_j", "b"), lets=LOSS_LETS)
    assert any(note.startswith(CLOSED_NOTE) for note in notes_of(logderiv.derive(cost, wrt="b", let=LOSS_LETS)))


@pytest.mark.parametrize("cost, lets, said", [
    ("J = 1/m sum_i [loss(f(x_i), y_i + 1]", LOSS_LETS, "']' does not close '('"),  # the last argument no operand
    ("J = 1/m sum_i [loss(f(x_i), y_i, 3]", LOSS_LETS, "']' does not close '('"),  # a number last: no operand
    ("J = 1/m sum_i [loss(f(x_i), y_i]", ("loss(a) = -log(a)", *LOSS_LETS[1:]), "loss(a) takes 1 argument, given 2"),
    ("J = 1/m sum_i [g(f(x_i), y_i]", LOSS_LETS[1:], "g(z) takes 1 argument, given 2"),  # g has one parameter
    ("J = 1/m sum_i [q(f(x_i), y_i]", LOSS_LETS, "']' does not close '('"),  # q is no function a --let defines
    ("J = 1/m sum_i (loss(f(x_i), y_i]", LOSS_LETS, "']' does not close '('"),  # no '[' around the call
])
def test_other_open_brackets_stay_refused(cost, lets, said):
    assert said in str(refused(logderiv.derive, cost, wrt="w_j", let=lets))


def test_the_flat_model_notes_show_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json", "latex"):
        arguments = ["derive", ASCII_J, "--wrt", "b", "-f", form]
        for let in ASCII_LETS:
            arguments += ["--let", let]
        result = runner.invoke(main, arguments)
        assert result.exit_code == 0, result.output
        shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if form == "json" else result.output
        shown = " ".join(shown.split()).replace("\\", "")
        assert "the model f with its parameters w, b as the subscript, typed flat" in shown, form
        assert "is never closed: a ')' is read right before the ']'" in shown, form


# ------------------------------------------------------------------ self.__sigmoid and its --let; x.dot(weights)

# source: github:sambarba99/spare-time-projects (logisticregression/logistic_regressor.py, LogisticRegressor.fit)
SAMBARBA_COST = "-(y * np.log(probs + EPSILON) + (1 - y) * np.log(1 - probs + EPSILON)).sum() / len(x)"
SAMBARBA_LETS = ("probs = self.__sigmoid(linear_model)", "linear_model = x.dot(weights) + bias",
                 "__sigmoid(x) = 1 / (1 + np.exp(-x))", "EPSILON = 1e-9")
METHOD_NOTE = ("--let __sigmoid(x) = 1 / (1 + np.exp(-x)) defines the class's own sigmoid method, which "
               "self.__sigmoid(…) calls: its body is σ written out, so the --let is not needed")


@pytest.mark.parametrize("answer, verdict", [
    ("x.T.dot(probs - y) / len(x)", "equivalent"),  # Xᵀ(σ(Xw + b) − y)/m, by hand
    ("x.T.dot(probs - y)", "different"),  # the repository's own: m times the gradient
    ("x.T.dot(y - probs) / len(x)", "different"),  # minus the gradient
])
def test_the_private_sigmoid_method_and_its_let(answer, verdict):
    assert_verdict_read(answer, SAMBARBA_COST, verdict, wrt="weights_j", lets=SAMBARBA_LETS)


def test_the_method_let_is_noted():
    notes = notes_of(logderiv.check("x.T.dot(probs - y) / len(x)", cost=SAMBARBA_COST, wrt="weights_j",
                                    let=SAMBARBA_LETS))
    assert METHOD_NOTE in notes
    assert "read as code: x * theta is the matrix product with the parameter vector θ, so x is the data matrix X " \
           "(m×n)" in notes


def test_a_single_underscore_method_too():
    lets = ("probs = self._sigmoid(linear_model)", "linear_model = x.dot(weights) + bias",
            "_sigmoid(z) = 1 / (1 + np.exp(-z))", "EPSILON = 1e-9")
    assert_verdict_read("x.T.dot(probs - y) / len(x)", SAMBARBA_COST, "equivalent", wrt="weights_j", lets=lets)


def test_a_method_let_that_is_no_sigmoid_is_refused():
    lets = (*SAMBARBA_LETS[:2], "__sigmoid(x) = 1 / (1 + np.exp(-2*x))", SAMBARBA_LETS[3])
    error = refused(logderiv.check, "x.T.dot(probs - y) / len(x)", cost=SAMBARBA_COST, wrt="weights_j", let=lets)
    assert "self.__sigmoid(…) is called as the class's sigmoid, but the --let defines __sigmoid(x) otherwise" \
        in str(error)
    assert error.column == len("__sigmoid(x) = ")


def test_entrywise_x_times_weights_leaves_x_alone():
    """NumPy's x * weights multiplies entry by entry: no matrix product, so x is not read as X (refused as before)."""
    lets = (SAMBARBA_LETS[0], "linear_model = x * weights + bias", *SAMBARBA_LETS[2:])
    assert "the data is the matrix X" in str(refused(logderiv.check, "x.T.dot(probs - y) / len(x)",
                                                     cost=SAMBARBA_COST, wrt="weights_j", let=lets))


def test_the_method_note_shows_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json", "latex"):
        arguments = ["check", "x.T.dot(probs - y) / len(x)", "--cost", SAMBARBA_COST, "--wrt", "weights_j",
                     "-f", form]
        for let in SAMBARBA_LETS:
            arguments += ["--let", let]
        result = runner.invoke(main, arguments)
        assert result.exit_code == 0, result.output
        shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if form == "json" else result.output
        shown = " ".join(shown.split()).replace("\\", "")
        assert "defines the class's own sigmoid method, which" in shown, form  # (LaTeX sets self.__sigmoid as maths)
