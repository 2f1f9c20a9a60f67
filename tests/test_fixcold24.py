"""fixcold24 (issue 10): the refusals of the blind set cold24, each read by a general rule or refused more clearly.

What each real page means was worked by hand (tests/derivations_cold24/expected.txt, never logderiv's output); the
facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* (1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)² has ∂/∂θ₁ = (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ)xᵢ, and (1/m)Σ(…) without xᵢ is ∂/∂θ₀, not ∂/∂θ₁;
* (1/2m)(Xw − y)ᵀ(Xw − y) has the gradient (1/m)Xᵀ(Xw − y), never (2/m)Xᵀ(Xw − y); (1/m)‖y − Xw‖² has (2/m)Xᵀ(Xw − y).

The rules: an update θⱼ := θⱼ − η(1/m)Σ_{i=1}^m … is no step whatever '=' its sum's bound holds; --cost linear is
read in a page's θ₀ + θ₁x or θ₀ + θᵀx model when the page's cost is the preset written so (the intercept one more
parameter); in matrix form c·∂/∂w(f) is ∇(c f), ∂/∂w of a 1×1 expression inside a line its gradient, \\parallel … \\parallel
the norm, and an undefined ŷ is Xw only where the lines' cost is c‖Xw − y‖²; a notebook's Markdown exported behind
'# ' is read with the marker blanked; a chain-rule page whose maths is all inline is read as one with displays; X laid
out as a column of ones beside one feature is the data's layout; a '|' inside L(…) is a conditional's bar, said so.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

from logderiv.notation.commented_cells import COMMENTED_NOTE, commented_markdown_read

_TESTS = Path(__file__).parent

#: every real page of cold24 a rule of this stop reads, each with its hand-worked row in expected.txt
_READ = ["en_readme_mse_matrix_gradient_factor_two_missing.md", "zh_blog_linear_half_mse_square_kept_after_chain.md",
         "zh_blog_logistic_mean_ce_log_one_minus_h_sign.md", "zh_nb_mse_norm_matrix_expand_transpose.md",
         "en_interview_qa_bce_three_factor_chain.md", "en_post_linear_half_mse_theta1_chain.md",
         "es_notes_linear_half_mse_two_partials_u_squared.md",
         "en_interview_qa_bce_three_factor_chain_planted_sigma_prime.md",
         "en_post_linear_half_mse_theta1_chain_planted_chain_rule.md",
         "zh_nb_mse_norm_matrix_expand_transpose_planted_sign.md"]


def _review(tmp_path, page, *options):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of ``page`` with ``options``."""
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


def _line_data(seed: int = 24):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=7), generator.normal(size=7)


def _matrix_data(seed: int = 24):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)


@pytest.mark.parametrize("file", _READ)
def test_each_real_page_is_judged_as_by_hand(file):
    folder = _TESTS / "derivations_cold24"
    kind, detail = outcome_of(folder, file)
    assert kind == "right", detail


# ---- an update rule whose sum's bound holds an '=' ------------------------------------------------------------

#: Ng's one-feature cost, ∂J/∂θ₁ with the last side {last}, then the update rules := with Σ_{i=1}^{m}
_ONE_FEATURE = ("$J(\\theta_0, \\theta_1) = \\frac{1}{2m} \\sum_{i=1}^{m} (h_\\theta(x^{(i)}) - y^{(i)})^2$\n\n"
                "$\\frac{\\partial}{\\partial \\theta_1} J(\\theta_0, \\theta_1) = \\frac{1}{2m} \\sum_{i=1}^{m} "
                "2 (\\theta_0 + \\theta_1 x^{(i)} - y^{(i)}) {last}$\n\n"
                "The update:\n"
                "$\\theta_1 := \\theta_1 - \\alpha \\frac{1}{m} \\sum_{i=1}^{m} (h_\\theta(x^{(i)}) - y^{(i)}) x^{(i)}$\n")


def _one_feature_partial(x, y, theta0, theta1):
    return numpy.mean((theta0 + theta1 * x - y) * x)


def test_the_one_feature_facts_hold():
    x, y = _line_data()
    cost = lambda t: ((t[0] + t[1] * x - y) ** 2).sum() / (2 * len(y))  # noqa: E731
    at = numpy.array([0.3, -0.7])
    numeric = central_differences(cost, at)
    assert numpy.isclose(numeric[1], _one_feature_partial(x, y, *at), atol=1e-6)
    # without the inner xᵢ the side is ∂/∂θ₀, which differs from ∂/∂θ₁ here
    assert numpy.isclose(numeric[0], numpy.mean(at[0] + at[1] * x - y), atol=1e-6)
    assert not numpy.isclose(numeric[1], numeric[0], atol=1e-3)


def test_an_update_with_a_sums_bound_is_no_step(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _ONE_FEATURE.replace("{last}", "\\cdot x^{(i)}"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 6 is an update rule (:=), not a step: not read") for note in review["notes"])


# ---- --cost linear in θ₀ + θ₁x and θ₀ + θᵀx ------------------------------------------------------------------

@pytest.mark.parametrize("last, ending, wrong", [("\\cdot x^{(i)}", "gradient", []), ("", "wrong", [3])])
def test_cost_linear_is_read_in_the_pages_one_feature_line(tmp_path, last, ending, wrong):
    code, got, lines, review = _review(tmp_path, _ONE_FEATURE.replace("{last}", last), "--cost", "linear")
    assert (got, lines) == (ending, wrong)
    assert any("the page's model is θ₀ + θ₁x, one feature and an intercept" in note for note in review["notes"])


def test_cost_linear_beside_another_cost_in_theta_0_is_still_refused(tmp_path):
    # (1/m)Σ(…)², no ½: not the preset written with θ₀ + θ₁x, so not read as it
    page = _ONE_FEATURE.replace("\\frac{1}{2m} \\sum_{i=1}^{m} (h", "\\frac{1}{m} \\sum_{i=1}^{m} (h", 1)
    result = _steps(tmp_path, page.replace("{last}", "\\cdot x^{(i)}"), "--cost", "linear")
    assert result.exit_code == 2
    assert "which is not --cost linear" in result.stderr


#: h = θ₀ + θ₁x₁ + ⋯ + θₙxₙ beside ∂J/∂θⱼ written with Σ_{k=0}^n (the intercept θ₀ apart from the features 1..n)
_INTERCEPT_APART = ("$$J(\\theta) = \\frac{1}{2m} \\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)})^2$$\n\n"
                    "where $h_\\theta(x^{(i)}) = \\theta_0 + \\theta_1 x_1^{(i)} + \\cdots + \\theta_n x_n^{(i)}$.\n\n"
                    "$$\\frac{\\partial J(\\theta)}{\\partial \\theta_j} = \\frac{{last}}{m} \\sum_{i=1}^m "
                    "(h_\\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$\n")


@pytest.mark.parametrize("last, ending, wrong", [("1", "gradient", []), ("2", "wrong", [5])])
def test_cost_linear_is_read_in_an_intercept_apart(tmp_path, last, ending, wrong):
    X = numpy.random.default_rng(24).normal(size=(7, 2))
    y, theta = numpy.random.default_rng(25).normal(size=7), numpy.array([0.3, -0.7, 0.5])
    design = numpy.column_stack([numpy.ones(7), X])
    numeric = central_differences(lambda t: ((design @ t - y) ** 2).sum() / 14, theta)
    assert numpy.allclose(numeric, design.T @ (design @ theta - y) / 7, atol=1e-6)
    code, got, lines, review = _review(tmp_path, _INTERCEPT_APART.replace("{last}", last), "--cost", "linear")
    assert (got, lines) == (ending, wrong)
    assert any("the page's model is θ₀ + θᵀx, the features 1..n and an intercept apart" in note
               for note in review["notes"])


# ---- matrix form: c·∂/∂w(f), \parallel, an undefined ŷ ---------------------------------------------------------

#: a derivation in matrix form: ∂J/∂w = {first} = … = {last}
_MATRIX = ("$$\n\\begin{align}\n\\frac{\\partial J}{\\partial w} &= {first} \\\\\n"
           "&= \\frac{{c}}{m}(X^TXw - X^Ty) \\\\\n&= {last}\n\\end{align}\n$$\n")


def test_the_matrix_facts_hold():
    X, y, w = _matrix_data()
    m = len(y)
    half = central_differences(lambda v: (X @ v - y) @ (X @ v - y) / (2 * m), w)
    assert numpy.allclose(half, X.T @ (X @ w - y) / m, atol=1e-6)
    whole = central_differences(lambda v: (y - X @ v) @ (y - X @ v) / m, w)
    assert numpy.allclose(whole, 2 * X.T @ (X @ w - y) / m, atol=1e-6)
    assert not numpy.allclose(whole, X.T @ (X @ w - y) / m, atol=1e-3)


@pytest.mark.parametrize("first, c, last, ending, wrong", [
    ("\\frac{1}{2m}\\frac{\\partial}{\\partial w}(Xw - y)^T(Xw - y)", "1", "\\frac{1}{m}X^T(Xw - y)", "gradient", []),
    ("\\frac{1}{2m}\\frac{\\partial}{\\partial w}(Xw - y)^T(Xw - y)", "2", "\\frac{2}{m}X^T(Xw - y)", "wrong", [4]),
    ("\\frac{1}{m}\\frac{\\partial}{\\partial w}(\\parallel y - Xw \\parallel^2)", "2", "\\frac{2}{m}X^T(\\hat{y} - y)",
     "gradient", []),
    ("\\frac{1}{m}\\frac{\\partial}{\\partial w}(\\parallel y - Xw \\parallel^2)", "2", "\\frac{1}{m}X^T(\\hat{y} - y)",
     "wrong", [5]),
])
def test_a_coefficient_before_the_operator_in_matrix_form(tmp_path, first, c, last, ending, wrong):
    page = _MATRIX.replace("{first}", first).replace("{c}", c).replace("{last}", last)
    code, got, lines, review = _review(tmp_path, page)
    assert (got, lines) == (ending, wrong)
    if "\\parallel" in first:
        assert any("\\parallel … \\parallel" in note and "read as the norm" in note for note in review["notes"])
        assert any(note.startswith("the cost is the one line 3 writes under ∇: J = \\frac{1}{m}")
                   for note in review["notes"])
    if "hat" in last:
        assert any(note.startswith("ŷ is not defined: the cost is a squared error") for note in review["notes"])


def test_a_derivative_inside_a_matrix_line_is_the_gradient_of_its_number(tmp_path):
    # ∂/∂w of each term apart: (1/2m)(∂/∂w wᵀXᵀXw − 2∂/∂w yᵀXw) = (1/m)(XᵀXw − Xᵀy)
    page = ("$$\n\\begin{align}\n\\frac{\\partial J}{\\partial w} &= \\frac{1}{2m}\\frac{\\partial}{\\partial w}"
            "(Xw - y)^T(Xw - y) \\\\\n&= \\frac{1}{2m}(\\frac{\\partial}{\\partial w}(w^TX^TXw) - 2\\frac{\\partial}"
            "{\\partial w}(y^TXw)) \\\\\n&= \\frac{1}{m}(X^TXw - X^Ty)\n\\end{align}\n$$\n")
    assert _review(tmp_path, page)[1:3] == ("gradient", [])
    wrong = page.replace("- 2\\frac{\\partial}", "+ 2\\frac{\\partial}")
    # the sign flipped on line 4 only: wrong there, and the last line is still the gradient (the page's ending)
    assert _review(tmp_path, wrong)[1:3] == ("gradient", [4])


def test_a_derivative_of_a_function_inside_a_matrix_line_is_refused(tmp_path):
    # σ(Xw) under the operator: the matrix calculus is used only on sums, products and transposes
    page = ("$$\n\\begin{align}\n\\frac{\\partial J}{\\partial w} &= \\frac{1}{2m}\\frac{\\partial}{\\partial w}"
            "(Xw - y)^T(Xw - y) \\\\\n&= \\frac{1}{2m}(\\frac{\\partial}{\\partial w}(y^T \\log(\\sigma(Xw))) + X^TXw) "
            "\\\\\n&= \\frac{1}{m}X^T(Xw - y)\n\\end{align}\n$$\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "∂/∂w is read in a matrix line only of sums, products and transposes" in result.stderr


def test_an_undefined_prediction_beside_another_cost_is_still_refused(tmp_path):
    # a penalty beside the squared error: the cost is no c‖Xw − y‖², so ŷ is not read as Xw
    page = _MATRIX.replace("{first}", "\\frac{1}{m}\\frac{\\partial}{\\partial w}((Xw - y)^T(Xw - y) + w^Tw)") \
        .replace("{c}", "2").replace("{last}", "\\frac{2}{m}X^T(\\hat{y} - y)")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "'h' is not read in a matrix answer" in result.stderr


# ---- a notebook's Markdown behind '# ' --------------------------------------------------------------------------

def test_a_jupytext_export_is_read_with_its_markers_blanked(tmp_path):
    page = "".join(f"# {line}\n" if line else "#\n" for line in _MATRIX.replace("{first}", (
        "\\frac{1}{2m}\\frac{\\partial}{\\partial w}(Xw - y)^T(Xw - y)")).replace("{c}", "1").replace(
        "{last}", "\\frac{1}{m}X^T(Xw - y)").splitlines())
    code, ending, wrong, review = _review(tmp_path, "# ## The gradient\n#\n" + page)
    assert (ending, wrong) == ("gradient", [])
    assert COMMENTED_NOTE in review["notes"]


@pytest.mark.parametrize("text", ["# Title\n\n# Another title $x$\n", "# $J = 1$\ntext\n# &= 2\n"])
def test_markdown_that_is_not_a_commented_export_is_left(text):
    # headings alone (no display behind the marker), or a line without it: Markdown as written
    assert commented_markdown_read(text) == (text, [])


# ---- a chain-rule page whose maths is all inline ---------------------------------------------------------------

def test_an_inline_chain_rule_page_with_a_wrong_link_is_wrong_at_it(tmp_path):
    page = ("* Let $\\hat{y} = \\sigma(z)$ where $z = w^Tx + b$.\n"
            "* Loss $L = -[y \\log(\\hat{y}) + (1-y) \\log(1-\\hat{y})]$.\n"
            "* $\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot "
            "\\frac{\\partial \\hat{y}}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w}$.\n"
            "* $\\frac{\\partial L}{\\partial \\hat{y}} = \\frac{\\hat{y}-y}{\\hat{y}(1-\\hat{y})}$.\n"
            "* $\\frac{\\partial \\hat{y}}{\\partial z} = \\hat{y}(1-\\hat{y})$ (the $\\sigma$ rule).\n"
            "* $\\frac{\\partial z}{\\partial w} = {link}$.\n"
            "* $\\frac{\\partial L}{\\partial w} = (\\hat{y} - y)x$.\n")
    # one example's loss: ∂L/∂w = (σ(wᵀx + b) − y)x, by finite differences
    generator = numpy.random.default_rng(24)
    x, w, b, y = generator.normal(size=3), generator.normal(size=3), 0.4, 1.0
    sigma = lambda v: 1 / (1 + numpy.exp(-(v @ x + b)))  # noqa: E731
    loss = lambda v: -(y * numpy.log(sigma(v)) + (1 - y) * numpy.log(1 - sigma(v)))  # noqa: E731
    assert numpy.allclose(central_differences(loss, w), (sigma(w) - y) * x, atol=1e-6)
    assert _review(tmp_path, page.replace("{link}", "x"))[1:3] == ("gradient", [])
    code, ending, wrong, review = _review(tmp_path, page.replace("{link}", "2x"))
    lemma_wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert lemma_wrong == [6]


# ---- X laid out with a column of ones; a conditional's bar ------------------------------------------------------

def test_a_ones_column_layout_is_the_datas(tmp_path):
    page = ("$$\\hat{y} = Xw$$\n\n$$X = \\begin{bmatrix} 1 & x_1 \\\\ 1 & x_2 \\\\ \\vdots & \\vdots \\\\ 1 & x_n "
            "\\end{bmatrix}, \\quad w = \\begin{bmatrix} w_0 \\\\ w_1 \\end{bmatrix}$$\n\n"
            "$$J = \\frac{1}{2m}(Xw - y)^T(Xw - y)$$\n\n"
            "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m} X^T (\\hat{y} - y)$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (ending, wrong) == ("gradient", [])
    assert any(note.startswith("line 3 lays out X with a column of ones") for note in review["notes"])


def test_a_bar_inside_a_names_bracket_is_said_to_be_a_conditional(tmp_path):
    page = ("$$L(y|p(x_{i}))=-y_{i}\\ln(p(x_{i}))-(1-y_{i})\\ln(1-p(x_{i}))$$\n\n"
            "$$\\frac{\\partial L(y|p(x_{i}))}{\\partial w_{1}} = 0$$\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 3
    assert "'|' in L(…) is a conditional's bar" in result.stderr


# ---- ∂/∂θ₀ of the cost written under the operator, beside --cost linear ----------------------------------------

#: cold19's Markdown notes, their ∂/∂θ₀ derivation alone: the cost written out under the operator, the name J(θ₀, θ₁)
_THETA_0 = ("$$\n\\begin{align*}\n\\frac{\\partial}{\\partial\\theta_0}J(\\theta_0,\\theta_1) &= "
            "\\frac{\\partial}{\\partial\\theta_0}\\frac{1}{2m}\\sum^m_{i=1}(h_\\theta(x^{(i)}) - y^{(i)})^2\\\\\n"
            "&= \\frac{1}{m}\\sum^m_{i=1}\\left((h_\\theta(x^{(i)}) - y^{(i)})\\times\\frac{\\partial}{\\partial\\theta_0}"
            "(\\theta_0+\\theta_1x^{(i)})\\right)\\\\\n&= \\frac{1}{m}\\sum^m_{i=1}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
            "{last}\\\\\n\\end{align*}\n$$\n")


@pytest.mark.parametrize("last, ending, wrong", [("", "gradient", []), (" x^{(i)}", "wrong", [5])])
def test_a_derivative_by_theta_0_of_the_cost_written_out_beside_cost_linear(tmp_path, last, ending, wrong):
    x, y = _line_data()
    numeric = central_differences(lambda t: ((t[0] + t[1] * x - y) ** 2).sum() / (2 * len(y)), numpy.array([0.3, -0.7]))
    assert numpy.isclose(numeric[0], numpy.mean(0.3 - 0.7 * x - y), atol=1e-6)
    code, got, lines, review = _review(tmp_path, _THETA_0.replace("{last}", last), "--cost", "linear")
    assert (got, lines) == (ending, wrong)
    assert any("the page's model is θ₀ + θ₁x, one feature and an intercept" in note for note in review["notes"])
