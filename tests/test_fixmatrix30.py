"""fixmatrix30 (issue 10): definitions and predictions written per example beside lines in matrix form.

ML notes define things for one example and then derive or answer in matrix form. Two readings, each noted:

* ``steps``: a definition written without the example's index whose value holds the parameter vector's product with
  a bare x (``z = w^T x + b``, ``h_\\theta(x) = g(\\theta^T x)``, ``\\hat{y} = \\sigma(wx + b)``) is one example's value;
  beside lines in matrix form that write the name whole it is the stacked vector of its values (z = Xw + b·1,
  ŷ = σ(Xw + b·1)). Definitions are read in the order of their use (ŷ = σ(z) stated before z). A --cost preset
  beside lines with an intercept b apart is read with θᵀx as wᵀx + b; an indexed x, a feature entry or X in such a
  definition stays refused at its line.
* ``steps``: an undefined ŷ in a line after a cost in matrix form that holds σ(Xw) (σ(Xw + b)) as its one sigmoid is
  that vector, the cost's predictions, as a squared error's ŷ was already Xw.
* ``steps --cost``: lines in matrix form that never write the cost (``\\frac{\\partial L}{\\partial w} = \\frac{1}{m}X^T(\\hat{y} -
  y)`` alone) derive --cost's, read in the lines' parameter vector as a preset's θ already was, and their undefined ŷ
  is --cost's model's predictions; not where a line writes n (examples or features?), nor --cost written in another
  vector or with an intercept apart.
* ``check``: a matrix answer's undefined h (ŷ) is the vector of the cost's own model's predictions, the model an
  index-form answer's undefined h is read as (Xθ beside a squared error, σ(Xθ) beside σ(θᵀx)); refused as before
  where the cost shows no model.

The gradients the verdicts rest on are checked here by central finite differences with NumPy (tests/_numeric.py),
never against logderiv's own output.
"""

from __future__ import annotations

import json

import numpy
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, cross_entropy, half_mean_square, sigmoid
from click.testing import CliRunner

from logderiv.cli import main

_RANDOM = numpy.random.default_rng(30)
_X = _RANDOM.normal(size=(6, 3))
_LABELS = _RANDOM.integers(0, 2, size=6).astype(float)
_TARGETS = _RANDOM.normal(size=6)


def _with_intercept(parameters: numpy.ndarray) -> float:
    """−(1/m) Σᵢ [yᵢ log σ(wᵀxᵢ + b) + (1 − yᵢ) log(1 − σ(wᵀxᵢ + b))] of (w, b) stacked."""
    w, b = parameters[:-1], parameters[-1]
    p = sigmoid(_X @ w + b)
    return float(-numpy.mean(_LABELS * numpy.log(p) + (1 - _LABELS) * numpy.log(1 - p)))


def _gradient_by_w(w: numpy.ndarray, b: float, sign: float = 1) -> numpy.ndarray:
    """The page's (1/m) Xᵀ(ŷ − y) with ŷ = σ(Xw + b·1) (sign −1: Xᵀ(y − ŷ))."""
    return sign * _X.T @ (sigmoid(_X @ w + b) - _LABELS) / len(_LABELS)


def test_the_pages_gradient_is_the_cross_entropys_by_finite_differences():
    # the fact the pages below rest on: ∇_w of the cross-entropy with an intercept is (1/m)Xᵀ(σ(Xw + b) − y), and
    # its sign flipped is not
    w, b = _RANDOM.normal(size=3), 0.4
    by_w = central_differences(_with_intercept, numpy.append(w, b))[:-1]
    assert numpy.allclose(by_w, _gradient_by_w(w, b), atol=1e-6)
    assert not numpy.allclose(by_w, _gradient_by_w(w, b, sign=-1), atol=1e-3)


_PAGE = ("For one example the score is $z = w^T x + b$ and the prediction is $\\hat{y} = \\sigma(z)$.\n\n"
         "$$J(w, b) = -\\frac{1}{m}\\left(y^T \\log(\\hat{y}) + (1 - y)^T \\log(1 - \\hat{y})\\right)$$\n\n"
         "$$\\nabla_w J = \\frac{1}{m} X^T (\\hat{y} - y)$$\n")


def _review(tmp_path, page, *options):
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step.get("valid") is False]
    return result.exit_code, review["ending"], wrong, review["notes"]


def test_a_definition_of_one_example_without_its_index_is_the_stacked_vector(tmp_path):
    code, ending, wrong, notes = _review(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    # said within ŷ's note, which the lines write (ŷ is read through z)
    assert any("the definition z=w^T x + b is one example's value, written without the example's index" in note
               for note in notes)


def test_the_stacked_reading_still_finds_a_wrong_line(tmp_path):
    # Xᵀ(y − ŷ): the sign flipped, which finite differences show is not the gradient
    code, _, wrong, _ = _review(tmp_path, _PAGE.replace("(\\hat{y} - y)$$", "(y - \\hat{y})$$"))
    assert (code, wrong) == (1, [5])


def test_the_prediction_stated_before_what_it_is_made_of_is_read_in_order_of_use(tmp_path):
    page = _PAGE.replace("the score is $z = w^T x + b$ and the prediction is $\\hat{y} = \\sigma(z)$",
                         "the prediction is $\\hat{y} = \\sigma(z)$, where $z = w^T x + b$")
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def test_ngs_hypothesis_of_x_is_read_as_the_vector_of_predictions(tmp_path):
    page = ("The hypothesis is $h_\\theta(x) = g(\\theta^T x)$.\n\n"
            "$$J(\\theta) = -\\frac{1}{m}\\left(y^T \\log(h) + (1 - y)^T \\log(1 - h)\\right)$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m} X^T (h - y)$$\n")
    code, ending, wrong, notes = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("h_\\theta(x)=g(\\theta^T x) is one example's value" in note for note in notes)
    # the fact: (1/m)Xᵀ(σ(Xθ) − y) is the cross-entropy's gradient
    theta = _RANDOM.normal(size=3)
    assert numpy.allclose(central_differences(lambda t: cross_entropy(_X, _LABELS, t), theta),
                          _X.T @ (sigmoid(_X @ theta) - _LABELS) / 6, atol=1e-6)
    # a factor 2 too many is found wrong
    assert _review(tmp_path, page.replace("\\frac{1}{m} X^T (h - y)", "\\frac{2}{m} X^T (h - y)"))[2] == [5]


def test_wx_beside_lines_in_matrix_form_is_the_dot_product_noted(tmp_path):
    page = _PAGE.replace("$z = w^T x + b$ and the prediction is $\\hat{y} = \\sigma(z)$",
                         "$\\hat{y} = \\sigma(wx + b)$")
    code, ending, wrong, notes = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("wx is read as wᵀx, the dot product: w is the lines' parameter vector" in note for note in notes)


def test_a_squared_error_of_a_prediction_defined_per_example(tmp_path):
    page = ("Where $\\hat{y} = w^T x$.\n\n$$J(w) = \\frac{1}{2m}(\\hat{y} - y)^T(\\hat{y} - y)$$\n\n"
            "$$\\nabla_w J = \\frac{1}{m} X^T (\\hat{y} - y)$$\n\n$$= \\frac{1}{m} (X^T X w - X^T y)$$\n")
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])
    w = _RANDOM.normal(size=3)
    assert numpy.allclose(central_differences(lambda v: half_mean_square(_X, _TARGETS, v), w),
                          (_X.T @ _X @ w - _X.T @ _TARGETS) / 6, atol=1e-6)
    # X^T y dropped: wrong at that line
    assert _review(tmp_path, page.replace("(X^T X w - X^T y)", "X^T X w"))[2] == [7]


def test_a_preset_beside_an_intercept_apart_is_read_with_it_noted(tmp_path):
    code, ending, wrong, notes = _review(tmp_path, _PAGE, "--cost", "logistic")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the preset's θᵀx is read as the lines' wᵀx + b" in note for note in notes)


def test_an_l2_preset_beside_an_intercept_apart_is_still_refused(tmp_path):
    # the penalty Σθₖ² over θ = (b, w) would hold b, which the lines' cost has no penalty on at all: a different cost
    result = _steps(tmp_path, _PAGE, "-f", "text", "--cost", "logistic-l2")
    assert result.exit_code == 2 and "differ" in result.stderr


def test_definitions_not_of_one_whole_example_are_still_refused_at_their_line(tmp_path):
    for definition in ("z = w^T x^{(i)} + b", "z = w^T x_j + b", "z = w^T X + b"):
        result = _steps(tmp_path, _PAGE.replace("z = w^T x + b", definition), "-f", "text")
        assert result.exit_code == 2, definition
        assert "a definition beside a derivation in matrix form is read in matrix form, and this one is not" \
            in result.stderr
        assert "(in FILE, line 1, column " in result.stderr and "^" in result.stderr


def _check(answer, *options):
    return CliRunner().invoke(main, ["check", answer, "-f", "json", "--timeout", "60", *options])


def test_an_undefined_h_in_a_matrix_answer_is_the_cost_models_prediction():
    result = _check("(1/m) X^T (h - y)", "--cost", "linear")
    assert result.exit_code == 0, (result.output, result.stderr)
    verdict = json.loads(result.stdout)
    assert verdict["verdict"] == "equivalent"
    assert any(note.startswith("h is not defined: reading h = θᵀx, linear regression's prediction")
               for note in verdict["notes"])
    theta = _RANDOM.normal(size=3)
    assert numpy.allclose(central_differences(lambda t: half_mean_square(_X, _TARGETS, t), theta),
                          _X.T @ (_X @ theta - _TARGETS) / 6, atol=1e-6)


def test_an_undefined_h_in_a_wrong_matrix_answer_is_found_different():
    # (2/m)Xᵀ(Xθ − y) is twice the gradient of the half mean square (finite differences above)
    result = _check("(2/m) X^T (h - y)", "--cost", "linear")
    assert result.exit_code == 1, (result.output, result.stderr)
    assert json.loads(result.stdout)["verdict"] == "different"


def test_a_hatted_prediction_beside_a_sigmoid_cost_in_index_form():
    cost = ("-\\frac{1}{m}\\sum_{i=1}^m [y^{(i)}\\log\\sigma(\\theta^T x^{(i)}) + (1 - y^{(i)})"
            "\\log(1 - \\sigma(\\theta^T x^{(i)}))]")
    result = _check("\\frac{1}{m}X^T(\\hat{y} - y)", "--cost", cost)
    assert result.exit_code == 0, (result.output, result.stderr)
    assert any("σ(θᵀx)" in note and note.startswith("h is not defined") for note in json.loads(result.stdout)["notes"])
    wrong = _check("\\frac{1}{m}X^T(y - \\hat{y})", "--cost", cost)
    assert wrong.exit_code == 1 and json.loads(wrong.stdout)["verdict"] == "different"


def test_an_undefined_h_beside_a_cost_that_shows_no_model_is_still_refused():
    # the residual to the fourth power: neither a squared error nor a cross-entropy, so no model says what h is
    result = _check("(1/m) X^T (h - y)", "--cost", "1/m sum((theta^T x - y)^4)", "-f", "text")
    assert result.exit_code == 2
    assert "'h' is not read in a matrix answer" in result.stderr


_CROSS_ENTROPY = ("$$J(w) = -\\frac{1}{m}\\left(y^T \\log(\\sigma(Xw)) + (1 - y)^T \\log(1 - \\sigma(Xw))\\right)$$\n\n"
                  "$$\\nabla_w J = \\frac{1}{m} X^T (\\hat{y} - y)$$\n")


def test_an_undefined_prediction_after_a_cross_entropy_in_matrix_form_is_its_sigmoid(tmp_path):
    code, ending, wrong, notes = _review(tmp_path, _CROSS_ENTROPY)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("ŷ is not defined: the cost holds σ(Xw), logistic regression's predictions")
               for note in notes)
    # with the intercept: σ(Xw + b), whose gradient by w finite differences gave above
    with_b = _review(tmp_path, _CROSS_ENTROPY.replace("Xw", "Xw + b"))
    assert with_b[:3] == (0, "gradient", [])
    assert any("σ(Xw + b)" in note for note in with_b[3])
    # the sign flipped: wrong (finite differences above)
    assert _review(tmp_path, _CROSS_ENTROPY.replace("(\\hat{y} - y)", "(y - \\hat{y})"))[:3] == (1, "wrong", [3])


def test_an_undefined_prediction_beside_two_sigmoids_is_still_refused(tmp_path):
    # σ(Xw) and σ(2Xw): no one model's predictions
    page = _CROSS_ENTROPY.replace("\\log(1 - \\sigma(Xw))", "\\log(1 - \\sigma(2Xw))")
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 2 and "'h' is not read in a matrix answer" in result.stderr


# ∂J/∂w, not ∂L/∂w: an L that no line defines beside --cost's J is refused since audit30e (L is as often the loss
# summed over the examples, whose right gradient Xᵀ(ŷ − y) was called wrong against --cost's mean; steps refuses
# ∂L/∂θⱼ so in index form); see tests/test_audit30e.py
_GRADIENT_ALONE = "Gradient:\n\n$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(\\hat{y} - y)$$\n"


def test_lines_that_never_write_the_cost_derive_the_cost_given(tmp_path):
    code, ending, wrong, notes = _review(tmp_path, _GRADIENT_ALONE, "--cost", "logistic")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("no line defines the cost or takes ∇ of a formula: the cost is --cost logistic")
               for note in notes)
    assert any(note.startswith("ŷ is not defined, nor the cost in a line: --cost logistic's model is σ(wᵀx)")
               for note in notes)
    # linear regression's: (1/m)Xᵀ(Xw − y), the half mean square's gradient by finite differences
    assert _review(tmp_path, _GRADIENT_ALONE, "--cost", "linear")[:3] == (0, "gradient", [])
    w = _RANDOM.normal(size=3)
    assert numpy.allclose(central_differences(lambda v: half_mean_square(_X, _TARGETS, v), w),
                          _X.T @ (_X @ w - _TARGETS) / 6, atol=1e-6)
    # twice the gradient: wrong
    assert _review(tmp_path, _GRADIENT_ALONE.replace("\\frac{1}{m}X", "\\frac{2}{m}X"), "--cost", "logistic")[:3] \
        == (1, "wrong", [3])


def test_lines_beside_a_cost_given_are_still_refused_where_they_do_not_say_enough(tmp_path):
    # n: the examples' count or X's features'? A formula in θ beside lines in w: its gradient by w would be 0
    by_n = _steps(tmp_path, _GRADIENT_ALONE.replace("\\frac{1}{m}X", "\\frac{1}{n}X"), "-f", "text", "--cost",
                  "logistic")
    assert by_n.exit_code == 2
    assert "this line writes n: the number of examples (the rows of X, m) or of features (its columns)?" in by_n.stderr
    assert "line 3, column 44" in by_n.stderr and "^" in by_n.stderr
    in_theta = _steps(tmp_path, _GRADIENT_ALONE, "-f", "text", "--cost",
                      "-\\frac{1}{m}\\sum_i [y^{(i)}\\log\\sigma(\\theta^T x^{(i)}) + (1-y^{(i)})\\log(1-\\sigma(\\theta^T "
                      "x^{(i)}))]")
    assert in_theta.exit_code == 2
    # no --cost: nothing says which cost
    assert _steps(tmp_path, _GRADIENT_ALONE, "-f", "text").exit_code == 2
