"""Course code and notes of the f68 wave, read as their writers mean them (branch fixf68b, issue 10).

* ex3's lrCostFunction (smarshy's Octave) names the predictions ``k = sigmoid(X*theta)`` and θ without its first entry
  ``l = theta([2:end],:)``: k and l, which logderiv keeps for feature indices, are the code's own values where no
  text indexes by them; a function's argument (``log(k)``) is no index use, ``theta(k)`` still is.
* The same file's ``s = [0; lambda*l];`` stacks 0 on λ times that slice: the slice is put inside the brackets,
  where the reader takes the number out (λ[0; θ(2:end)]).
* samuelchvez's NumPy gradient names its penalty's part ``reg_prime = lmbd * theta_copy / len(X)`` after
  ``theta_copy[0] = 0``, or ``lmbd * theta / len(X)``: a number's multiple of an n×1 vector (a vector let, or the
  bare θ) is an n×1 vector too, put in place where a matrix answer uses it.
* skynet.jl's notes write the gradient's component i and sum the examples over j (``--wrt theta_i``): i is the
  component in the text that writes it so, noted; a free example i beside it keeps the refusal.

Every gradient is held to central finite differences of NumPy costs written here by hand, and every verdict to the
one worked out by hand in the comment beside it (tests/_reading.py runs the corpus judge), never to logderiv's
own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from corpus.items import sig
from logderiv import check, derive
from logderiv.cli import main


# ------------------------------------------------------------------ ex3's k and l
EX3_COST = "J = (-y'*log(k) - (1-y')*log(1 - k))/m + (l'*l)*lambda/(2*m);"
EX3_LETS = ("k = sigmoid(X*theta)", "l = theta([2:end],:)", "m = length(y)")
K_NOTE = "k is defined by --let (k = sigmoid(X*theta)), and no text uses it as an index"


def _ex3(d):
    """The mean cross-entropy of σ(Xθ) plus λ/(2m)Σ_{k≥2}θ_k² (θ's first entry unpenalised)."""
    h = sig(d.X @ d.theta)
    t = d.theta[1:]
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h))) + d.lam / (2 * d.m) * float(t @ t)


def test_ex3_cost_with_k_and_l_is_read():
    assert_gradient_read(EX3_COST, _ex3, lets=EX3_LETS)
    assert any(note.startswith(K_NOTE) and "k is that value" in note
               for note in derive(EX3_COST, wrt="theta_j", let=EX3_LETS).notes)


@pytest.mark.parametrize("answer, verdict", [
    # Xᵀ(σ − y)/m + (λ/m)[0; θ(2:end)]: the gradient (smarshy's own lines)
    ("s = [0; lambda*l];\ngrad = (X'*(k - y))/m + s/m;", "equivalent"),
    # the same with 1/m taken out of both terms
    ("s = [0; lambda*l];\ngrad = (X'*(k - y) + s)/m;", "equivalent"),
    # the factor after the slice: the same vector
    ("s = [0; l*lambda];\ngrad = (X'*(k - y))/m + s/m;", "equivalent"),
    # λθ/m penalises θ₁ too, which the cost does not: different at component 1
    ("s = lambda*theta;\ngrad = (X'*(k - y))/m + s/m;", "different"),
    # λ[0; θ(2:end)] without /m: m times the penalty's gradient
    ("s = [0; lambda*l];\ngrad = (X'*(k - y))/m + s;", "different"),
    # 2λ/m: twice it
    ("s = [0; 2*lambda*l];\ngrad = (X'*(k - y))/m + s/m;", "different"),
])
def test_ex3_gradients(answer, verdict):
    assert_verdict_read(answer, EX3_COST, verdict, lets=EX3_LETS)


def test_a_function_argument_is_no_index_use_but_theta_k_is():
    """log(k) is k's value; theta(k) is θ's entry k, so k there is an index and the let is refused as before."""
    error = refused(derive, "J = (-y'*log(k) - (1-y')*log(1 - k))/m + theta(k)^2;", wrt="theta_j", let=EX3_LETS[:1])
    assert "'k' is an index" in str(error)


def test_a_non_number_beside_the_slice_under_the_zero_is_refused():
    """[0; l.^2] is no number times θ(2:end): refused, as [0; theta(2:end).^2] is."""
    error = refused(check, "s = [0; l.^2];\ngrad = (X'*(k - y))/m + s/m;", cost=EX3_COST, wrt="theta_j",
                    let=EX3_LETS)
    assert "[0; v]" in str(error)


def test_ex3_note_in_every_format():
    args = ["check", "--cost", EX3_COST, "--wrt", "theta_j", *(x for let in EX3_LETS for x in ("--let", let))]
    answer = "s = [0; lambda*l];\ngrad = (X'*(k - y))/m + s/m;"
    for fmt in ("text", "markdown", "latex"):
        shown = CliRunner().invoke(main, [*args, "-f", fmt, "--", answer])
        assert shown.exit_code == 0, shown.output
        assert "not a feature index" in shown.output, fmt
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", answer]).output)
    assert data["verdict"] == "equivalent"
    assert any("k is that value, not a feature index" in note for note in data["notes"])


# ------------------------------------------------------------------ samuelchvez's reg_prime
SC_COST = "((h - y) ** 2).sum() / (2 * len(X)) + reg"
SC_REG = "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()"
SC_REG_ALL = "reg = (lmbd / (2 * len(X))) * (theta ** 2).sum()"
SC_COPY = ("h = X @ theta", "theta_copy = theta.copy()", "theta_copy[0] = 0")
SC_ANSWER = "((X.T @ (h - y)) / len(X)) + reg_prime"


def _linear_skip_first(d):
    r = d.X @ d.theta - d.y
    t = d.theta[1:]
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t @ t)


def test_the_linear_cost_is_read():
    assert_gradient_read(SC_COST, _linear_skip_first, lets=("h = X @ theta", SC_REG))


@pytest.mark.parametrize("lets, verdict", [
    # Xᵀ(Xθ − y)/m + (λ/m)θ with θ's first entry zeroed: the gradient (samuelchvez's own lines)
    ((*SC_COPY, "reg_prime = lmbd * theta_copy / len(X)", SC_REG), "equivalent"),
    # the factor written after the vector
    ((*SC_COPY, "reg_prime = theta_copy * lmbd / len(X)", SC_REG), "equivalent"),
    # (λ/m)θ whole: component 1 gets λθ₁/m, which the cost's penalty does not give it
    (("h = X @ theta", "reg_prime = lmbd * theta / len(X)", SC_REG), "different"),
    # against a cost that penalises every θ_k, (λ/m)θ is the penalty's gradient
    (("h = X @ theta", "reg_prime = lmbd * theta / len(X)", SC_REG_ALL), "equivalent"),
    # a sign slip: −(λ/m)θ
    (("h = X @ theta", "reg_prime = -lmbd * theta / len(X)", SC_REG_ALL), "different"),
    # 2λ/m from the zeroed copy: twice it
    ((*SC_COPY, "reg_prime = 2 * lmbd * theta_copy / len(X)", SC_REG), "different"),
])
def test_reg_prime_lets(lets, verdict):
    cost = SC_COST
    assert_verdict_read(SC_ANSWER, cost, verdict, lets=lets)


def test_reg_prime_note():
    verdict = check(SC_ANSWER, cost=SC_COST, wrt="theta_j",
                    let=(*SC_COPY, "reg_prime = lmbd * theta_copy / len(X)", SC_REG))
    assert "read in matrix notation: reg_prime is the n×1 vector --let defines" in notes_of(verdict)


def test_a_let_dividing_by_the_vector_is_no_multiple_of_it():
    """λ/θ divides by θ: no number's multiple of the vector, so its bare θ is refused as before."""
    error = refused(derive, "1/2 * sum((X*theta - y).^2) + sum(g)", wrt="theta_j", let=("g = lambda / theta",))
    assert "'theta' is a vector" in str(error)


# ------------------------------------------------------------------ skynet.jl's θ_i
SKY_COST = r"J(\vec{\theta}) = \frac{1}{2 m}\sum_{i=1}^{m}(h_\vec{\theta}(\vec{x}_{i}) - y_i)^2"
SKY_H = r"h_\vec{\theta}(\vec{x}) = \sum_{i=0}^{n} \theta_{i} x_{i} = \vec{\theta}^{T} \vec{x}"
SKY_ANSWER = (r"\frac{\partial}{\partial \theta_i} J(\vec{\theta}) = \frac{1}{m} \sum_{j=1}^{m}x_{j,i}"
              r"(\vec{\theta}^T \cdot \vec{x}_j - y_j)")
I_NOTE = "--wrt theta_i asks for the component i"


@pytest.mark.parametrize("answer, verdict", [
    # (1/m)Σ_j x_{j,i}(θᵀx_j − y_j): component i of the gradient of (1/(2m))Σ(θᵀx − y)²
    (SKY_ANSWER, "equivalent"),
    # the 1/m dropped: m times it
    (SKY_ANSWER.replace(r"\frac{1}{m} ", ""), "different"),
    # the feature written x^{(j)}_i, without the left side
    (r"\frac{1}{m} \sum_{j=1}^{m}(\vec{\theta}^T \vec{x}^{(j)} - y^{(j)}) x^{(j)}_i", "equivalent"),
    # x_i^{(j)}, plus a stray θ_i the cost has no penalty for
    (r"\frac{1}{m} \sum_{j=1}^{m}(\vec{\theta}^T \vec{x}^{(j)} - y^{(j)}) x_i^{(j)} + \theta_i", "different"),
])
def test_component_i_beside_a_sum_over_j(answer, verdict):
    assert_verdict_read(answer, SKY_COST, verdict, wrt="theta_i", lets=(SKY_H,))


def test_component_i_note_in_every_format():
    args = ["check", "--cost", SKY_COST, "--wrt", "theta_i", "--let", SKY_H]
    for fmt in ("text", "markdown", "latex"):
        shown = CliRunner().invoke(main, [*args, "-f", fmt, "--", SKY_ANSWER])
        assert shown.exit_code == 0, shown.output
        assert "asks for the component i" in shown.output, fmt
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", SKY_ANSWER]).output)
    assert data["verdict"] == "equivalent" and any(note.startswith(I_NOTE) for note in data["notes"])


@pytest.mark.parametrize("answer", [
    # y_i free beside the sum over j: i is also the example's index there
    r"\frac{1}{m} \sum_{j=1}^{m}x_{j,i}(\vec{\theta}^T \vec{x}_j - y_i)",
    # x_{i,j}: i in the example's slot
    r"\frac{1}{m} \sum_{j=1}^{m}x_{i,j}(\vec{\theta}^T \vec{x}_j - y_j)",
    # the answer sums over i itself: its i is the example's, and θ_i beside it says nothing new
    r"\frac{\partial J}{\partial \theta_i} = \frac{1}{m} \sum_{i=1}^{m}x_{i,j}(\vec{\theta}^T \vec{x}_i - y_i)",
])
def test_component_i_refused_where_i_is_also_the_example(answer):
    error = refused(check, answer, cost=SKY_COST, wrt="theta_i", let=(SKY_H,))
    assert "i is the example index" in str(error)


def test_component_i_of_a_parameter_no_text_writes_keeps_its_letter():
    """--wrt w_i beside texts in θ: not respelled (the refusal names w as asked)."""
    error = refused(check, SKY_ANSWER.split("= ", 1)[1], cost=SKY_COST, wrt="w_i", let=(SKY_H,))
    assert "w has one value for all examples" in str(error)


def test_derive_with_theta_i_alone_keeps_the_refusal():
    """A cost alone says nothing of i as a component: --wrt theta_i is refused as before."""
    error = refused(derive, SKY_COST, wrt="theta_i", let=(SKY_H,))
    assert "i is the example index" in str(error)


# ------------------------------------------------------------------ a loop adding rows of X to a column of zeros
LOOP_COST = "-(y' * log(h) + (1-y)' * log(1-h))/m"
LOOP_LETS = ("h = sigmoid(X*theta);",)
NP_COST = "np.mean(-y*np.log(sigmoid(X @ w)) - (1-y)*np.log(1-sigmoid(X @ w)))"
ROWS_NOTE = "starts a column of n zeros, and the loop"


def _mean_ce(d):
    h = sig(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


def test_the_loop_cost_is_the_mean_cross_entropy():
    # the cost these answers are graded against, held to finite differences
    assert_gradient_read(LOOP_COST, _mean_ce, lets=LOOP_LETS)


@pytest.mark.parametrize("answer, verdict", [
    # CristianM15's ex2: Σᵢ (hᵢ − yᵢ)x⁽ⁱ⁾ / m, the gradient
    ("sum1 = zeros(size(X,2),1);\nfor i=1:m\n    sum1 = sum1+(h(i)-y(i)).*X(i,:)';\nend;\ngrad= (1/m)*sum1;",
     "equivalent"),
    # the same started from zeros(size(theta)), the loop variable k
    ("grad = zeros(size(theta));\nfor k=1:m\n    grad = grad + (h(k)-y(k))*X(k,:)';\nend\ngrad = grad/m;", "equivalent"),
    # the sign flipped: the gradient of −J
    ("sum1 = zeros(size(X,2),1);\nfor i=1:m\n    sum1 = sum1+(y(i)-h(i)).*X(i,:)';\nend;\ngrad= (1/m)*sum1;",
     "different"),
    # the 1/m left out
    ("grad = zeros(size(theta));\nfor i=1:m\n    grad = grad + (h(i)-y(i))*X(i,:)';\nend", "different"),
])
def test_octave_rows_added_to_zeros(answer, verdict):
    assert_verdict_read(answer, LOOP_COST, verdict, lets=LOOP_LETS)


@pytest.mark.parametrize("answer, verdict", [
    # the Machine Learning Specialization's dj_dw loop, without its loop over the features: Σᵢ eᵢx⁽ⁱ⁾ / m
    ("dj_dw = np.zeros((n,))\nfor i in range(m):\n    err = sigmoid(np.dot(X[i], w)) - y[i]\n"
     "    dj_dw = dj_dw + err * X[i]\ndj_dw = dj_dw / m", "equivalent"),
    # divided by 2m: half the gradient
    ("dj_dw = np.zeros(n)\nfor i in range(m):\n    err = sigmoid(np.dot(X[i], w)) - y[i]\n"
     "    dj_dw += err * X[i]\ndj_dw = dj_dw / (2 * m)", "different"),
])
def test_numpy_rows_added_to_zeros(answer, verdict):
    assert_verdict_read(answer, NP_COST, verdict, wrt="w_j")


@pytest.mark.parametrize("answer", [
    # X(i,:) untransposed beside a column of zeros: Octave broadcasts it to n×n
    "sum1 = zeros(size(X,2),1);\nfor i=1:m\n    sum1 = sum1+(h(i)-y(i)).*X(i,:);\nend;\ngrad= (1/m)*sum1;",
    # (a vector added after the loop, grad/m + lambda/m*theta, is read since fixoct40 with the loop in whole vectors,
    # X' * (h - y): tests/test_fixoct40.py, test_a_vector_after_the_loop_is_read_whole)
])
def test_rows_added_to_zeros_refused_otherwise(answer):
    refused(check, answer, cost=LOOP_COST, wrt="theta_j", let=LOOP_LETS)


def test_numpy_zeros_like_is_not_read_as_a_column():
    """np.zeros_like(w) has w's shape, which the text does not say ((n,) or (n, 1), where X[i] broadcasts to n×n)."""
    refused(check, "dj_dw = np.zeros_like(w)\nfor i in range(m):\n    err = sigmoid(np.dot(X[i], w)) - y[i]\n"
            "    dj_dw = dj_dw + err * X[i]\ndj_dw = dj_dw / m", cost=NP_COST, wrt="w_j")


def test_rows_note_in_every_format():
    answer = "sum1 = zeros(size(X,2),1);\nfor i=1:m\n    sum1 = sum1+(h(i)-y(i)).*X(i,:)';\nend;\ngrad= (1/m)*sum1;"
    args = ["check", "--cost", LOOP_COST, "--wrt", "theta_j", "--let", LOOP_LETS[0]]
    for fmt in ("text", "markdown", "latex"):
        shown = CliRunner().invoke(main, [*args, "-f", fmt, "--", answer])
        assert shown.exit_code == 0, shown.output
        assert ROWS_NOTE in shown.output, fmt
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", answer]).output)
    assert data["verdict"] == "equivalent" and any(ROWS_NOTE in note for note in data["notes"])
