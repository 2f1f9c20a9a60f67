r"""Issue 10, the fixf40 branch: families of real text the blind wave f40 left refused.

* dobrynin's notebook defines ``z_\theta(x^i) = \theta_0 + \sum_j \theta_j x_j^i``: a --let whose head is a function
  of x^i reads x^i, and a feature's x_j^i, as example i though its value writes a sum over the features j;
* gj62's Node.js gradient descent folds over the predictions, ``predictions.reduce(function(sum, val, i) { return
  sum + …; }, 0)``, with ``predictions = x.map(…)`` and ``m = x.length``: Σᵢ over the examples;
* sumikitch's blog writes the model ``y_n = \sigma({\bf w}^T {\bf x}_n + b)``: plain TeX's ``{\bf x}_n`` marks
  the example as ``x_n`` does.

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
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main

RNG = np.random.default_rng(40)


def _sig(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ dobrynin: z_θ(x^i) = θ₀ + Σ_j θ_j x_j^i

#: github:dobrynin/deep-learning, 01_logistic_regression, 'Cross Entropy Derivatives' after 'Thus:' (align's & dropped)
DOB_E = (r"E(\theta) = - \sum_i^N y_i \left( \log \sigma\left(z_\theta(x^i)\right) \right) + (1 - y_i) \left( \log "
         r"\sigma\left(-z_\theta(x^i)\right) \right)")
DOB_LET = r"z_\theta(x^i) = \theta_0 + \sum_j \theta_j x_j^i"
#: the same notebook, 'Combining this, we have:', the last line and the first
DOB_COMBINED = (r"\sum_i^N - y_i x_k^i \left( 1 - \sigma\left(z_\theta(x^i)\right) \right) + (1 - y_i) x_k^i "
                r"\sigma\left(z_\theta(x^i)\right)")
DOB_FIRST_LINE = (r"- \sum_i^N y_i \left( 1 - \sigma\left(z_\theta(x^i)\right) \right) x_k^i + (1 - y_i) \left( "
                  r"-\sigma\left( z_\theta(x^i) \right) \right) x_k^i")
LET_NOTE = "is a function of the i-th example"


def _dobrynin_cost(d):
    """−Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log σ(−zᵢ)], zᵢ = θ₀ + θᵀx⁽ⁱ⁾: both terms inside the sum (the notebook's own
    derivative treats them so)."""
    z = d.theta0 + d.X @ d.theta
    return -float(np.sum(d.y * np.log(_sig(z)) + (1 - d.y) * np.log(_sig(-z))))


def test_dobrynin_gradient_by_finite_differences():
    """∂E/∂θ_k = Σᵢ x_k⁽ⁱ⁾(σ(zᵢ) − yᵢ), as −yᵢ(1 − σ) + (1 − yᵢ)σ is σ − yᵢ: the verdicts below lean on it."""
    X, y = RNG.normal(size=(7, 3)), RNG.integers(0, 2, size=7).astype(float)
    theta0 = 0.3

    def cost(theta):
        z = theta0 + X @ theta
        return -np.sum(y * np.log(_sig(z)) + (1 - y) * np.log(_sig(-z)))

    theta = RNG.normal(size=3)
    assert np.allclose(_fd(cost, theta), X.T @ (_sig(theta0 + X @ theta) - y), atol=1e-6)


def test_dobrynin_cost_is_read_with_its_per_example_let():
    """The z-form E(θ) with the let of z_θ(x^i): the summed cross-entropy in θ₀ and θ_j (by the judge)."""
    assert_gradient_read(DOB_E, _dobrynin_cost, wrt=("theta_0", "theta_j"), lets=(DOB_LET,))
    assert any(LET_NOTE in note for note in notes_of(derive(DOB_E, wrt="theta_j", let=(DOB_LET,))))


@pytest.mark.parametrize("answer, verdict", [
    (DOB_COMBINED, "equivalent"),      # Σᵢ x_k(σ − y) term by term
    (DOB_FIRST_LINE, "equivalent"),    # the minus outside the sum multiplies both terms
    # both signs swapped: Σᵢ x_k(y − σ), the gradient of −E (the ascent direction), not of E
    (DOB_COMBINED.replace("\\sum_i^N - y_i", "\\sum_i^N y_i").replace(") + (1 - y_i)", ") - (1 - y_i)"), "different"),
])
def test_dobrynin_answers(answer, verdict):
    assert_verdict_read(answer, DOB_E, verdict, wrt="theta_k", lets=(DOB_LET,))


@pytest.mark.parametrize("let", [
    r"z_\theta(x^i) = \theta_0 + \sum_j \theta_j x_j^i + \theta_1 x_1^2",  # x_1^2 a power: x^i may be one too
    r"z_\theta(x^i) = \theta_0 + \sum_j \theta_j x_j^k",                   # x_j^k: k is no example
    r"z_\theta(x^i) = \sum_i \theta_i x^i",                                # a sum over i itself
    r"z_\theta(x^i) = \sum \theta_j x_j^i",                                # a sum with no letter
    r"z_\theta(x) = \theta_0 + \sum_j \theta_j x_j^i",                     # the head is of x, not x^i
    r"z = \theta_0 + \sum_j \theta_j x_j^i",                               # no head argument at all
])
def test_dobrynin_let_variants_that_say_otherwise_are_refused(let):
    error = refused(derive, DOB_E, wrt="theta_j", let=(let,))
    assert error.column is not None


# ------------------------------------------------------------------ gj62: predictions.reduce(…) over the examples

#: gj62.com/cht/program-code-nodejs/10064, function gradientDescent(x, y, theta, alpha, num_iters): let cost = …
GJ_COST = ("(1 / (2 * m)) * predictions.reduce(function(sum, val, i) {\n"
           "            return sum + Math.pow(val - y[i], 2);\n"
           "        }, 0)")
GJ_LETS = ("predictions = x.map(function(val) { return theta[0] + theta[1] * val; })", "m = x.length")
#: the theta[0] and theta[1] updates' factors after alpha
GJ_THETA0 = ("(1 / m) * predictions.reduce(function(sum, val, i) {\n"
             "            return sum + (val - y[i]);\n"
             "        }, 0)")
GJ_THETA1 = ("(1 / m) * predictions.reduce(function(sum, val, i) {\n"
             "            return sum + (val - y[i]) * x[i];\n"
             "        }, 0)")
FOLD_NOTE = "read as JavaScript: arr.reduce(function(sum, val, i) { return sum + BODY; }, 0) adds BODY up"


def _half_mean_line(d):
    """(1/2m) Σᵢ (θ₀ + θ₁xᵢ − yᵢ)²: the half mean squared error of the line, by hand."""
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def test_line_gradient_by_finite_differences():
    """∂/∂(θ₀, θ₁) of (1/2m)Σ(θ₀ + θ₁x − y)² is (1/m)(Σr, Σr·x): the verdicts below lean on it."""
    x, y = RNG.normal(size=8), RNG.normal(size=8)
    cost = lambda t: np.sum((t[0] + t[1] * x - y) ** 2) / (2 * len(x))
    t = RNG.normal(size=2)
    r = t[0] + t[1] * x - y
    assert np.allclose(_fd(cost, t), [r.sum() / len(x), (r * x).sum() / len(x)], atol=1e-6)


def test_gj62_cost_fold_is_the_half_mean_squared_error():
    assert_gradient_read(GJ_COST, _half_mean_line, wrt=("theta_0", "theta_1"), lets=GJ_LETS)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (GJ_THETA0, "theta_0", "equivalent"),                                   # (1/m)Σr
    (GJ_THETA1, "theta_1", "equivalent"),                                   # (1/m)Σr·x
    (GJ_THETA1.replace("(1 / m)", "(1 / (2 * m))"), "theta_1", "different"),  # half of it: the 2 of 2m not cancelled
    (GJ_THETA0, "theta_1", "different"),                                    # the factor x dropped
])
def test_gj62_steps(answer, wrt, verdict):
    assert_verdict_read(answer, GJ_COST, verdict, wrt=wrt, lets=GJ_LETS)


def test_gj62_fold_is_noted_in_text_and_json():
    """The fold's reading is said in the text output's note: lines and in JSON's notes."""
    args = ["check", GJ_THETA1, "--cost", GJ_COST, "--wrt", "theta_1", "--let", GJ_LETS[0], "--let", GJ_LETS[1]]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0, text.output
    assert f"note: {FOLD_NOTE}" in text.output
    shown = CliRunner().invoke(main, [*args, "-f", "json"])
    assert shown.exit_code == 0, shown.output
    notes = json.dumps(json.loads(shown.stdout))
    assert "arr.reduce(function(sum, val, i)" in notes


@pytest.mark.parametrize("body, start, why", [
    ("return sum + (val - y[i]) * x[i];", "1", "starts from 1"),              # not a sum from 0
    ("return sum * (val - y[i]) * x[i];", "0", "does not return sum plus"),   # a product, not a sum
    ("return sum + sum * (val - y[i]);", "0", "does not return sum plus"),    # the running value in the body
    ("return sum - (val - y[i]) * x[i];", "0", "does not return sum plus"),   # not read as −Σ: refused
    ("return sum + (val - y[i + 1]);", "0", "index is used otherwise"),       # the next example's y
    ("return sum + (val - y[i]) * x;", "0", "stands whole"),                  # x the whole array
    ("return sum + (val - y[i]) * theta[i];", "0", "index is used otherwise"),  # i over the parameters
])
def test_gj62_folds_that_mean_something_else_are_refused(body, start, why):
    answer = f"(1 / m) * predictions.reduce(function(sum, val, i) {{ {body} }}, {start})"
    error = refused(check, answer, cost=GJ_COST, wrt="theta_1", let=GJ_LETS)
    assert why in str(error)
    assert error.column == answer.index("predictions")


def test_a_fold_of_the_parameters_is_refused():
    """theta.reduce: θ holds no value per example, so its fold is no sum over them."""
    answer = "(1 / m) * theta.reduce(function(sum, val, i) { return sum + (val - y[i]); }, 0)"
    assert "not said to hold one value per example" in str(refused(check, answer, cost=GJ_COST, wrt="theta_0",
                                                                   let=GJ_LETS))


# ------------------------------------------------------------------ sumikitch: {\bf x}_n in a Bishop-style let

#: sumikitch.com/blog/2019/02/10/logistic-regression4/, the right side of E(w, b), en-dashes for minus
SUMIKITCH = r"– \sum_{n=1}^N \{t_n log y_n + (1 – t_n) log (1 – y_n)\}"
SUMIKITCH_LET = r"y_n = \sigma({\bf w}^T {\bf x}_n + b)"


def _ce_sum_w_b(d):
    """−Σᵢ [yᵢ log σ(wᵀxᵢ + b) + (1 − yᵢ) log(1 − σ(wᵀxᵢ + b))], by hand."""
    p = _sig(d.X @ d.w + d.b)
    return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_sumikitch_cross_entropy_with_a_bold_switched_let():
    assert_gradient_read(SUMIKITCH, _ce_sum_w_b, wrt=("w_j", "b"), lets=(SUMIKITCH_LET,))
    notes = notes_of(derive(SUMIKITCH, wrt="b", let=(SUMIKITCH_LET,)))
    assert "an en dash (–) is read as a minus sign" in notes
    assert any("marks the example" in note for note in notes)


@pytest.mark.parametrize("let", [
    r"y_n = \sigma({\bf w}_n^T {\bf x}_n + b)",  # w_n: a weight, not an example's
    r"y_n = \sigma({\bf w}^T {\bf x}_n + n)",    # n alone: a count
])
def test_sumikitch_lets_that_say_otherwise_are_refused(let):
    assert "unknown index 'n'" in str(refused(derive, SUMIKITCH, wrt="b", let=(let,)))


# ------------------------------------------------------------------ touvlo: add(dz), numpy's sum imported as add

#: github:Benardi/touvlo, touvlo/lgx_rg/cmpt_grf.py (5c4913b), cost_func and grad; the module imports
#: 'from numpy import sum as add', which the texts do not carry
TOUVLO_J = "-(1 / m) * add((Y * log(hyp) + (1 - Y) * log(1 - hyp)))"
TOUVLO_DB = "(1 / m) * add(dz)"


@pytest.mark.parametrize("call", [
    lambda: derive(TOUVLO_J, wrt="b", let=("hyp = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))")),
    lambda: check(TOUVLO_DB, cost="-(1/m) * sum(y log(h) + (1-y) log(1-h))", wrt="b",
                  let=("dz = h - y", "h = sigmoid(w^T x + b)")),
])
def test_add_of_one_argument_is_read_as_a_sum_with_a_note(call):
    """np.add(a) is an error in NumPy: add of one array was imported as a sum (np.sum, Python's sum, np.add.reduce).

    This was refused until fixtail_b: every such import adds a vector's entries alike (of a one-example-per-column
    row only NumPy's gives the one number a cost or ∂J/∂b is), and the matrix reader still refuses add(M) of a
    matrix, where they differ; tests/test_fixtail_b.py holds the gradients to finite differences.
    """
    assert any(note.startswith("add(v) of one argument is read as the sum of v's entries") for note in notes_of(call()))
