"""audit59 (issue 10): near-variants of this stop's new readings that a careless reading gets wrong.

Each misread found is refused (or read as meant) here; each test fails on the code before audit59:

* an answer's left side ``dh/dw = …`` (``∂z/∂θⱼ``, ``\\frac{\\partial h}{\\partial w}``, ``derror/dw``) naming a
  --let's quantity or a letter of the cost (``dy/dw``) was taken for the cost's derivative: a true ``dh/dw = x`` was
  called different and a false ``dh/dw = 2(h − y)x`` equivalent. The bracketed ``d(h)/dw`` was refused already
  (fixf59); the unbracketed one is now too. The cost's own name (J, a --cost given as a let's name) stays read.
* ``len(theta)`` (and ``--let N = len(theta)``, ``theta.size``, ``len(w)``) read as n, the features' count, beside a
  cost that writes θ's entries by number (θ₀ + θ₁x: len(θ) = 2; θ₀ + θᵀx: n + 1) or a scalar w: the gradient was
  divided by another number. Refused; beside Xθ (θ's entries only by a feature's index) still read as n.
* ``fθ(x)`` (and LaTeX ``f\\theta(x)``), f_θ(x) with its subscript typed on the line as hθ(x) is, was read as f
  times θᵀx — beside the page's ``f(x) = θᵀx`` a wrong gradient under a note. Now f_θ(x), noted, as hθ(x) is.
* NumPy's ``[0, 0]`` (``.item()``) was read after any product that begins with a transpose, as the entry of a 1×1
  result: after ``np.dot(tx.T, e)`` (n×1) in an answer it was dropped, and the first component −(Xᵀe)₁/m judged
  "equivalent" to the gradient; in a cost ``np.sum(np.dot(X.T, e)[0,0]**2)`` was read as ‖Xᵀe‖². Now refused after
  a product with the data matrix, and in an answer (a vector, whose shape no cost reading checks) always.
* ``∂/∂w (RMSE) = ∂/∂w [(1/n)Σ(…)²] = …``: RMSE (and MAE) was read as the cost from what stands under the operator,
  so a false first step (√MSE is not MSE) ended "gradient". They are read as the cost only where the page defines them.
* NumPy's ``X.T * y.reshape(-1, 1)`` was read as fixf58's ``X.T * y`` of a 1-D y (column i of Xᵀ times yᵢ), the
  reshape dropped as idle; as an m×1 column y does not broadcast against Xᵀ (NumPy raises). Refused.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
or judged by the corpus judge against an intended cost written here (``_reading``) — never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv
from logderiv.cli import main

RNG = np.random.default_rng(59)
XS, YS = RNG.normal(size=7), RNG.normal(size=7)
H_LET = ("h = w*x + b",)
SQUARED = "(h - y)**2"


# ---------------------------------------------------------------- 1. dh/dw = … where h is a --let's quantity
def test_the_hand_derivatives_of_h_and_of_the_cost_differ():
    """By hand, h = wx + b, J = (h − y)²: ∂h/∂w = x and ∂J/∂w = 2(h − y)x. The two differ, so a left side ∂h/∂w
    judged as ∂J/∂w gives a false verdict whichever is written."""
    w, b = 0.3, -0.2
    x, y = XS[0], YS[0]
    dh = central_differences(lambda v: v[0] * x + b, np.array([w]))[0]
    dj = central_differences(lambda v: (v[0] * x + b - y) ** 2, np.array([w]))[0]
    assert dh == pytest.approx(x, abs=1e-6)
    assert dj == pytest.approx(2 * (w * x + b - y) * x, abs=1e-6)
    assert dh != pytest.approx(dj, abs=1e-3)


@pytest.mark.parametrize("answer, cost, lets", [
    ("dh/dw = x", SQUARED, H_LET),  # true of h: was "different"
    ("dh/dw = 2*(h-y)*x", SQUARED, H_LET),  # false of h: was "equivalent"
    ("∂h/∂w = 2*(h-y)*x", SQUARED, H_LET),
    (r"\frac{\partial h}{\partial w} = 2(h-y)x", SQUARED, H_LET),
    (r"\frac{dh}{dw} = 2(h-y)x", SQUARED, H_LET),
    ("dh(x)/dw = 2*(h(x)-y)*x", "(h(x) - y)**2", ("h(x) = w*x + b",)),
    ("dh/dw = 2*(h-y)*x", "J = (h - y)**2", H_LET),
    ("dh/dw = 2*(h-y)*x", "loss", (*H_LET, "loss = (h-y)**2")),
    ("derror/dw = 2*error*x", "error**2", ("error = w*x + b - y",)),
    ("dy/dw = 2*(h-y)*x", SQUARED, H_LET),  # the targets
    ("dz/dtheta_j = 1/m * sum((h - y) * x_j)", "-1/m * sum(y*log(h) + (1-y)*log(1-h))",
     ("h = sigmoid(z)", "z = theta^T x")),
])
def test_a_left_side_naming_a_quantity_of_the_problem_is_refused(answer, cost, lets):
    wrt = "theta_j" if "theta" in answer else "w"
    error = refused(logderiv.check, answer, cost=cost, wrt=wrt, let=lets)
    assert "a quantity of the problem" in str(error) and "not the cost" in str(error)
    assert error.column is not None and answer[error.column] in "hyze"


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    ("dJ/dw = 2*(h-y)*x", SQUARED, H_LET, "equivalent"),  # by hand above
    ("dL/dw = 2*(h-y)*x", SQUARED, H_LET, "equivalent"),
    ("dJ/dw = 2*(h-y)*x", "J = (h - y)**2", H_LET, "equivalent"),
    ("dloss/dw = 2*(h-y)*x", "loss", (*H_LET, "loss = (h-y)**2"), "equivalent"),  # the cost given by a let's name
    ("dloss/dw = (h-y)*x", "loss", (*H_LET, "loss = (h-y)**2"), "different"),  # half of it
])
def test_the_costs_own_name_on_the_left_is_still_read(answer, cost, lets, verdict):
    assert logderiv.check(answer, cost=cost, wrt="w", let=lets).verdict == verdict


def test_the_refusal_shows_in_the_cli():
    result = CliRunner().invoke(main, ["check", "dh/dw = 2*(h-y)*x", "--cost", SQUARED, "--let", H_LET[0],
                                       "--wrt", "w"])
    assert result.exit_code != 0
    assert "the left side differentiates h" in " ".join((result.output + (result.stderr or "")).split())


# ---------------------------------------------------------------- 2. len(theta) beside entries written by number
def _line_half_sse_over(count):
    """Σᵢ (θ₀ + θ₁xᵢ − yᵢ)² / (2·count) at the corpus's data (θ₀, θ₁ its scalars)."""
    def intended(d):
        return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * count)
    return intended


def test_the_hand_gradient_over_the_entries_count_agrees_with_finite_differences():
    """By hand: ∂/∂θ₁ Σ(θ₀ + θ₁x − y)²/(2·len(θ)) = Σ(θ₀ + θ₁x − y)x / 2 with len(θ) = 2; over n = 3 it differs."""
    theta = np.array([0.4, -0.7])

    def cost(t):
        return float(np.sum((t[0] + t[1] * XS - YS) ** 2)) / (2 * t.size)

    residual = theta[0] + theta[1] * XS - YS
    numeric = central_differences(cost, theta)
    assert numeric[1] == pytest.approx(float(residual @ XS) / 2, abs=1e-6)
    assert numeric[1] != pytest.approx(float(residual @ XS) / 3, abs=1e-3)


@pytest.mark.parametrize("cost, lets, wrt", [
    ("sum((theta_0 + theta_1*x - y)**2) / (2*len(theta))", (), "theta_1"),
    ("sum((theta_0 + theta_1*x - y)**2) / (2*N)", ("N = len(theta)",), "theta_1"),
    ("sum((theta_0 + theta_1*x - y)**2) / (2*N)", ("N = theta.size",), "theta_1"),
    ("sum((theta_0 + theta_1*x - y)**2) / (2*N)", ("N = theta.shape[0]",), "theta_0"),
    ("np.sum((w*x + b - y)**2) / (2*N)", ("N = len(w)",), "w"),  # a scalar w: no count of features
    ("sum((theta_0 + theta^T x - y)^2)/(2*len(theta))", (), "theta_1"),  # θ₀ beside θ₁..θₙ: len(θ) = n + 1
])
def test_a_parameter_length_beside_numbered_entries_is_refused(cost, lets, wrt):
    error = refused_by_logderiv(lambda: logderiv.derive(cost, wrt=wrt, let=lets))
    assert "counts the entries of the parameter vector" in str(error) and "not the n features" in str(error)


def test_the_same_line_over_the_number_written_is_read():
    """2 written for len(θ): the hand gradient above."""
    assert_gradient_read("sum((theta_0 + theta_1*x - y)**2) / (2*2)", _line_half_sse_over(2),
                         wrt=("theta_0", "theta_1"))


@pytest.mark.parametrize("cost, lets, wrt", [
    ("np.sum((X @ theta - y)**2) / (2*len(theta))", (), ("theta_j",)),
    ("np.sum((X @ theta - y)**2) / (2*N)", ("N = theta.shape[0]",), ("theta_j",)),
    ("np.sum((X @ w + b - y)**2) / (2*N)", ("N = len(w)",), ("w_j", "b")),
])
def test_a_parameter_length_beside_x_times_the_parameters_is_still_n(cost, lets, wrt):
    """θ multiplies X's n columns and is written no other way: len(θ) is n (the fixf59 reading kept)."""
    vector = "theta" if "theta" in cost else "w"

    def intended(d):
        r = d.X @ getattr(d, vector) + (d.b if "+ b" in cost else 0.0) - d.y
        return float(r @ r) / (2 * d.n)

    assert_gradient_read(cost, intended, wrt=wrt, lets=lets)


# ---------------------------------------------------------------- 3. fθ(x): f_θ(x) typed on the line
def _mean_half_sse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _mean_cross_entropy(d):
    h = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


def test_f_times_theta_x_is_another_gradient():
    """By hand: with f(x) = θᵀx, ∇ (1/2m)Σ(fθ(xᵢ) − yᵢ)² read as f_θ(x) is Xᵀ(Xθ − y)/m; read as f(x)·θᵀx,
    (1/2m)Σ((θᵀxᵢ)² − yᵢ)², it is 2Xᵀ((Xθ)∘((Xθ)² − y))/(2m) — another vector."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    meant = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / 12, theta)
    assert np.allclose(meant, X.T @ (X @ theta - y) / 6, atol=1e-6)
    product = central_differences(lambda t: float(np.sum(((X @ t) ** 2 - y) ** 2)) / 12, theta)
    assert not np.allclose(meant, product, atol=1e-3)


@pytest.mark.parametrize("text, lets, intended", [
    ("1/(2m) sum_i (fθ(x^(i)) - y^(i))^2", ("f(x) = θᵀx",), _mean_half_sse),  # was f(x)·θᵀx
    ("1/(2m) sum_i (fθ(x^(i)) - y^(i))^2", (), _mean_half_sse),  # was f·θᵀx, f a constant
    ("1/(2m) sum_i (f θ(x^(i)) - y^(i))^2", (), _mean_half_sse),
    ("-1/m Σᵢ [yⁱ log(fθ(xⁱ)) + (1 − yⁱ) log(1 − fθ(xⁱ))]", (), _mean_cross_entropy),
    (r"\frac{1}{2m}\sum_{i=1}^m (f\theta(x^{(i)}) - y^{(i)})^2", (), _mean_half_sse),
    (r"\frac{1}{2m}\sum_{i=1}^m (f\theta(x^{(i)}) - y^{(i)})^2", (r"f(x) = \theta^T x",), _mean_half_sse),
])
def test_glued_f_theta_is_the_model(text, lets, intended):
    assert_gradient_read(text, intended, lets=lets)


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_f_theta_note_is_in_every_format(fmt):
    result = CliRunner().invoke(main, ["derive", "1/(2m) sum_i (fθ(x^(i)) - y^(i))^2", "--let", "f(x) = θᵀx",
                                       "-f", fmt])
    assert result.exit_code == 0, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    # (Markdown escapes the _, LaTeX writes θ as \theta)
    assert "the subscript written on the line" in shown and ("'fθ(' is read as f" in shown
                                                             or "'f\\theta(' is read as f" in shown), shown


def test_the_f_theta_note_is_said():
    said = notes_of(logderiv.derive("1/(2m) sum_i (fθ(x^(i)) - y^(i))^2", wrt="theta_j", let=("f(x) = θᵀx",)))
    assert "'fθ(' is read as f_θ(: the subscript written on the line" in said


def test_a_wrong_answer_beside_f_theta_is_still_different():
    """Xᵀ(Xθ − y) without the 1/m is m times the hand gradient above."""
    assert_verdict_read("sum_i (θᵀx^(i) - y^(i)) x_j^(i)", "1/(2m) sum_i (fθ(x^(i)) - y^(i))^2", "different",
                        lets=("f(x) = θᵀx",))


# ---------------------------------------------------------------- 4. [0, 0] (.item()) after a product that is a vector
EPFL_COST = "np.dot(e.T,e)[0,0]/ 2 / y.shape[0]"
EPFL_LET = ("e = y - np.dot(tx,w)",)


def test_the_first_entry_of_xt_e_is_one_component():
    """By hand: ∇ ‖y − Xw‖²/(2m) = −Xᵀe/m; (Xᵀe)[0, 0]/m is its first component alone, a number, not the vector."""
    X, y, w = RNG.normal(size=(6, 3)), RNG.normal(size=(6, 1)), RNG.normal(size=(3, 1))

    def cost(v):
        e = y - X @ v.reshape(3, 1)
        return float((e.T @ e)[0, 0]) / 2 / 6

    e = y - X @ w
    gradient = central_differences(cost, w.ravel())
    assert np.allclose(gradient, -(X.T @ e).ravel() / 6, atol=1e-6)
    first = -np.dot(X.T, e)[0, 0] / 6
    assert not np.allclose(gradient, first, atol=1e-3)


@pytest.mark.parametrize("answer", [
    "-np.dot(tx.T, e)[0,0] / y.shape[0]",  # was "equivalent": the [0, 0] of the n×1 Xᵀe dropped
    "-np.dot(tx.T, e)[0][0] / y.shape[0]",
    "-np.dot(tx.T, e).item() / y.shape[0]",
    "-(tx.T @ e)[0, 0] / y.shape[0]",
])
def test_the_first_entry_of_a_gradient_vector_is_refused_in_an_answer(answer):
    error = refused(logderiv.check, answer, cost=EPFL_COST, wrt="w_j", let=EPFL_LET)
    assert "takes the first entry of an array" in str(error)


def test_the_answer_without_the_index_is_still_judged():
    """−Xᵀe/m, by hand above: equivalent; without the minus, different."""
    assert_verdict_read("-np.dot(tx.T, e) / y.shape[0]", EPFL_COST, "equivalent", wrt="w_j", lets=EPFL_LET)
    assert_verdict_read("np.dot(tx.T, e) / y.shape[0]", EPFL_COST, "different", wrt="w_j", lets=EPFL_LET)


def test_the_first_entry_squared_is_not_the_squared_norm():
    """By hand, e = y − Xw: ∇(Xᵀe)₁² = −2(Xᵀe)₁ (XᵀX)[0, :], not ∇‖Xᵀe‖² = −2XᵀX Xᵀe, which dropping [0, 0] gave."""
    X, y, w = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    first = central_differences(lambda v: float((X.T @ (y - X @ v))[0] ** 2), w)
    norm = central_differences(lambda v: float(np.sum((X.T @ (y - X @ v)) ** 2)), w)
    assert np.allclose(first, -2 * (X.T @ (y - X @ w))[0] * (X.T @ X)[0], atol=1e-5)
    assert not np.allclose(first, norm, atol=1e-3)


@pytest.mark.parametrize("cost", [
    "np.sum(np.dot(X.T, e)[0,0]**2)",  # was ‖Xᵀe‖²
    "np.sum((X.T @ e)[0,0])",  # was Σₖ(Xᵀe)ₖ
    "np.sum(np.dot(X.T, e).item()**2)",
    "np.sum(np.dot(e.T, X)[0,0]**2)",
])
def test_the_first_entry_of_a_product_with_the_data_is_refused_in_a_cost(cost):
    error = refused(logderiv.derive, cost, wrt="w_j", let=("e = y - X @ w",))
    assert "takes the first entry of an array" in str(error)


def test_the_entry_of_a_one_by_one_product_is_still_read():
    """EPFL's eᵀe[0, 0]/(2m): ‖y − Xw‖²/(2m), the hand gradient above (fixtail_b's reading kept)."""
    def intended(d):
        r = d.y - d.X @ d.w
        return float(r @ r) / 2 / d.m

    assert_gradient_read(EPFL_COST, intended, wrt=("w_j",), lets=EPFL_LET)


# ---------------------------------------------------------------- 5. RMSE, MAE: words with a meaning of their own
_UNDER = ("$$\n\\frac{{\\partial}}{{\\partial w}} {operand} = \\frac{{\\partial}}{{\\partial w}}\\left[\\frac{{1}}{{n}}"
          "\\sum_{{i=1}}^{{n}}(y_i - (w x_i + b))^2\\right] = -\\frac{{2}}{{n}}\\sum_{{i=1}}^{{n}} x_i (y_i - (w x_i + b))\n$$\n")


def test_the_root_mean_squared_error_has_another_derivative():
    """By hand: ∂√MSE/∂w = (∂MSE/∂w)/(2√MSE), not ∂MSE/∂w: a page writing ∂/∂w (RMSE) = ∂/∂w [(1/n)Σ(…)²] is wrong
    at its first '='."""
    x, y = XS, YS
    at = np.array([0.4, -0.3])

    def mse(v):
        return float(np.mean((y - (v[0] * x + v[1])) ** 2))

    rmse = central_differences(lambda v: mse(v) ** 0.5, at)
    assert np.allclose(rmse, central_differences(mse, at) / (2 * mse(at) ** 0.5), atol=1e-6)
    assert not np.allclose(rmse, central_differences(mse, at), atol=1e-3)


@pytest.mark.parametrize("word", ["RMSE", "MAE"])
def test_a_word_of_its_own_meaning_written_out_otherwise_is_not_the_cost(tmp_path, word):
    """Read as whatever is written out under ∂/∂w, RMSE made the page's false first step 'gradient' (audit59)."""
    from _derivations_table import steps_of_page

    result = steps_of_page(tmp_path, _UNDER.format(operand=rf"\left( {word} \right)"), "-f", "json")
    assert result.exit_code == 2, result.output
    assert f"{word} names the cost" not in result.output + (result.stderr or "")


def test_mse_written_out_is_still_the_cost(tmp_path):
    """fixderiv23's reading kept: ∂/∂w (MSE) = ∂/∂w [(1/n)Σ(…)²] = −(2/n)Σ xᵢ(…), right by the hand facts above."""
    from _derivations_table import review_of_page

    _, ending, wrong, review = review_of_page(tmp_path, _UNDER.format(operand=r"\left( MSE \right)"))
    assert (ending, wrong) == ("gradient", [])
    assert any(note.startswith("MSE names the cost") for note in review["notes"])


# ---------------------------------------------------------------- 6. X.T * y with y made a column by .reshape
QA_COST = "np.sum(np.log(1 + np.exp(np.dot(w, -X.T*y))))"


def test_numpy_reads_x_t_times_y_only_with_y_one_dimensional():
    """By NumPy itself: Xᵀ ∘ y broadcasts as column i times yᵢ with y 1-D; with y an m×1 column it raises (n ≠ m)."""
    X, y = RNG.normal(size=(6, 3)), np.sign(RNG.normal(size=6))
    assert np.allclose(X.T * y, X.T @ np.diag(y))
    with pytest.raises(ValueError):
        _ = X.T * y.reshape(-1, 1)


@pytest.mark.parametrize("cost", [
    QA_COST.replace("-X.T*y", "-X.T*y.reshape(-1,1)"),  # was read as the 1-D y's: the reshape dropped as idle
    QA_COST.replace("-X.T*y", "-X.T*y.reshape((-1, 1))"),
    QA_COST.replace("-X.T*y", "-X.T*(y.reshape(-1,1))"),
    QA_COST.replace("-X.T*y", "-np.transpose(X)*y.reshape(-1,1)"),
])
def test_x_t_times_a_reshaped_column_is_refused(cost):
    assert "does not broadcast" in str(refused(logderiv.derive, cost, wrt="w_j"))


@pytest.mark.parametrize("cost", [QA_COST, QA_COST.replace("-X.T*y", "-X.T*y.reshape(-1)")])
def test_x_t_times_a_one_dimensional_y_is_still_read(cost):
    """Σᵢ log(1 + e^{−yᵢ wᵀxᵢ}) (fixf58's reading; y.reshape(-1) keeps y 1-D)."""
    def intended(d):
        return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))

    assert_gradient_read(cost, intended, wrt=("w_j",))
