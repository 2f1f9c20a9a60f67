"""audit30e (issue 10): matrix lines that never write the cost, judged against --cost where the page says otherwise.

fixmatrix30 read lines in matrix form that never write the cost (``\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(\\hat{y} -
y)`` alone) as deriving --cost's cost. An adversarial reading found three pages where that judged a right line
"wrong", each of which an index-form page refuses:

* ∂L/∂w with L defined nowhere: L is as often the loss summed over the examples (gradient Xᵀ(ŷ − y), no 1/m) as
  --cost's mean J, so Xᵀ(σ(Xw) − y) was called wrong though it is the summed loss's gradient;
* an intercept b apart in the lines (z = wᵀx + b, or σ(Xw + b) written out): --cost's θᵀx holds its intercept in
  X's column of ones, so the lines' b was in no cost and (1/m)Xᵀ(σ(Xw + b) − y), the gradient of the cross-entropy
  with an intercept, was called wrong;
* ŷ defined beside the lines as another model than --cost's (ŷ = σ(wᵀx) with --cost linear): the page derives
  another cost; it was judged against --cost's.

Each is now refused at its line, saying why; a page whose ŷ is --cost's own model is still read. The facts the
pages rest on are checked by central finite differences with NumPy (tests/_numeric.py), never by logderiv.
"""

from __future__ import annotations

import json

import numpy
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, cross_entropy, half_mean_square, sigmoid

_RANDOM = numpy.random.default_rng(305)
_X = _RANDOM.normal(size=(7, 3))
_LABELS = _RANDOM.integers(0, 2, size=7).astype(float)
_TARGETS = _RANDOM.normal(size=7)


def _summed_cross_entropy(w: numpy.ndarray) -> float:
    p = sigmoid(_X @ w)
    return float(-numpy.sum(_LABELS * numpy.log(p) + (1 - _LABELS) * numpy.log(1 - p)))


def _with_intercept(parameters: numpy.ndarray) -> float:
    w, b = parameters[:-1], parameters[-1]
    p = sigmoid(_X @ w + b)
    return float(-numpy.mean(_LABELS * numpy.log(p) + (1 - _LABELS) * numpy.log(1 - p)))


def _refused(tmp_path, page, *options):
    result = _steps(tmp_path, page, "-f", "text", "--timeout", "60", *options)
    assert result.exit_code == 2, (result.output, result.stderr)
    assert "(in FILE, line 3, column " in result.stderr and "^" in result.stderr
    return result.stderr


def test_the_summed_loss_has_the_gradient_without_one_over_m():
    # the fact: Xᵀ(σ(Xw) − y) is ∇ of the summed cross-entropy, and m times ∇ of the mean (--cost logistic's J)
    w = _RANDOM.normal(size=3)
    summed = _X.T @ (sigmoid(_X @ w) - _LABELS)
    assert numpy.allclose(central_differences(_summed_cross_entropy, w), summed, atol=1e-5)
    assert not numpy.allclose(central_differences(lambda t: cross_entropy(_X, _LABELS, t), w), summed, atol=1e-3)


def test_an_undefined_l_beside_the_cost_given_is_refused(tmp_path):
    # was: "wrong at line 3" against --cost logistic's mean J
    page = "Gradient:\n\n$$\\frac{\\partial L}{\\partial w} = X^T(\\hat{y} - y)$$\n"
    stderr = _refused(tmp_path, page, "--cost", "logistic")
    assert "this line differentiates L, which no line defines (the cost is --cost logistic's J): is L the cost J, " \
           "the loss summed over the examples, or one example's?" in stderr
    assert "write ∂J/∂… for --cost's derivative" in stderr


def test_the_intercepts_gradient_fact():
    # the fact: ∇_w of the cross-entropy with an intercept is (1/m)Xᵀ(σ(Xw + b) − y), not (1/m)Xᵀ(σ(Xw) − y)
    w, b = _RANDOM.normal(size=3), 0.7
    by_w = central_differences(_with_intercept, numpy.append(w, b))[:-1]
    assert numpy.allclose(by_w, _X.T @ (sigmoid(_X @ w + b) - _LABELS) / 7, atol=1e-6)
    assert not numpy.allclose(by_w, _X.T @ (sigmoid(_X @ w) - _LABELS) / 7, atol=1e-3)


def test_an_intercept_apart_beside_the_cost_given_is_refused(tmp_path):
    # was: "wrong at line 3", the line compared with the gradient of --cost logistic without b
    defined = ("For one example $z = w^T x + b$, $\\hat{y} = \\sigma(z)$.\n\n"
               "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(\\hat{y} - y)$$\n")
    written = "Gradient:\n\n$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(\\sigma(Xw + b) - y)$$\n"
    for page in (defined, written):
        stderr = _refused(tmp_path, page, "--cost", "logistic")
        assert "this line writes an intercept b apart: is b in the cost or not?" in stderr
        assert "define the cost in a line (J(w, b) = …)" in stderr


def test_a_prediction_defined_as_another_model_than_the_cost_givens_is_refused(tmp_path):
    # ŷ = σ(wᵀx) beside --cost linear (model wᵀx), and ŷ = wᵀx beside --cost logistic (σ(wᵀx)): was "wrong"
    page = ("For one example $\\hat{y} = \\sigma(w^T x)$.\n\n"
            "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(\\hat{y} - y)$$\n")
    stderr = _refused(tmp_path, page, "--cost", "linear")
    assert "ŷ is defined beside the lines as another model (--cost linear's model is wᵀx): which cost do the lines " \
           "derive?" in stderr
    linear = page.replace("\\sigma(w^T x)", "w^T x")
    assert "(--cost logistic's model is σ(wᵀx))" in _refused(tmp_path, linear, "--cost", "logistic")


def test_a_prediction_defined_as_the_cost_givens_own_model_is_still_read(tmp_path):
    page = ("For one example $\\hat{y} = \\sigma(w^T x)$.\n\n"
            "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(\\hat{y} - y)$$\n")
    for text, option in ((page, "logistic"), (page.replace("\\sigma(w^T x)", "w^T x"), "linear")):
        result = _steps(tmp_path, text, "-f", "json", "--timeout", "60", "--cost", option)
        assert result.exit_code == 0, (result.output, result.stderr)
        assert json.loads(result.stdout)["ending"] == "gradient"
    # the facts: (1/m)Xᵀ(σ(Xw) − y) and (1/m)Xᵀ(Xw − y) are the gradients of the two presets' costs
    w = _RANDOM.normal(size=3)
    assert numpy.allclose(central_differences(lambda t: cross_entropy(_X, _LABELS, t), w),
                          _X.T @ (sigmoid(_X @ w) - _LABELS) / 7, atol=1e-6)
    assert numpy.allclose(central_differences(lambda t: half_mean_square(_X, _TARGETS, t), w),
                          _X.T @ (_X @ w - _TARGETS) / 7, atol=1e-6)


def test_a_matrix_answer_that_means_the_linear_prediction_beside_logistic_is_written_out_and_found_different():
    # --cost logistic defines h = σ(θᵀx): a matrix answer's h is that (documented in docs/notation.md); the common
    # wrong answer, the linear prediction, is written Xθ and must come out different (finite differences: it is not
    # the cross-entropy's gradient)
    from click.testing import CliRunner

    from logderiv.cli import main

    theta = _RANDOM.normal(size=3)
    assert not numpy.allclose(central_differences(lambda t: cross_entropy(_X, _LABELS, t), theta),
                              _X.T @ (_X @ theta - _LABELS) / 7, atol=1e-3)
    result = CliRunner().invoke(main, ["check", "(1/m) X^T (X theta - y)", "--cost", "logistic", "-f", "json",
                                       "--timeout", "60"])
    assert result.exit_code == 1, (result.output, result.stderr)
    assert json.loads(result.stdout)["verdict"] == "different"
