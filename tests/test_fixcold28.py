"""fixcold28 (issue 10): the refusals of the blind set cold28, each read by a general rule, and its planted errors found.

What each real page means was worked by hand (tests/derivations_cold28/expected.txt, never logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy:

* the MSE (1/n)Σ(wᵀxᵢ + b − yᵢ)² has ∂/∂w = (2/n)Σ(ŷᵢ − yᵢ)xᵢ and ∂/∂b = (2/n)Σ(ŷᵢ − yᵢ), and the absorbed reading
  (b the weight w₀ of a feature of ones) has the same two;
* one data point's log-likelihood y log σ(wᵀx) + (1 − y) log(1 − σ(wᵀx)) has the gradient (y − σ)x, and (y − σ)x/(1 − σ)
  (σ′ taken as σ) is not it;
* one example's squared error (wx + b − y)² has ∂/∂w = 2(ŷ − y)x, ∂/∂b = 2(ŷ − y), and 2(ŷ − y)x is not ∂/∂b.

The rules: a prediction defined as wᵀx alone, where the prose names b the bias ("$b$ is the bias term"), is read with
+ b; a first line writing the cost out as its terms' derivatives by one variable (∇_w A + ∇_w B) derives the sum A + B
by linearity; one example's loss written as the cost's letter with the example's index (L_i) beside the mean by the
letter alone (L) is read as the page's two parts, and a chain page whose prediction is the linear part itself (ŷ = wx + b)
is read as the chain L → ŷ → w. Each is noted, in every output format; what falls outside each rule is read as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD28 = Path(__file__).parent / "derivations_cold28"

#: every real page of cold28 (and its planted copy) a rule of this stop reads, each with its row in expected.txt
_READ = ["en_blog_mdx_linear_mse_w_b_two_over_n_bias_in_list.md",
         "en_blog_mdx_linear_mse_w_b_two_over_n_bias_in_list_planted_sign.md",
         "en_blog_jekyll_logistic_loglik_one_point_nabla_sigma_nine_rows.md",
         "en_blog_jekyll_logistic_loglik_one_point_nabla_sigma_nine_rows_planted_sigma_prime.md",
         "ko_notes_linear_mse_w_b_per_sample_chain_escaped.md",
         "ko_notes_linear_mse_w_b_per_sample_chain_escaped_planted_chain_rule.md"]

_BIAS_NOTE = "and the page names b the bias"
_TERMS_NOTE = "term by term: by linearity the derivative of the sum"
_PARTS_NOTE = "the page derives one example's loss L_i, then the cost L as its mean"


@pytest.mark.parametrize("file", _READ)
def test_each_page_is_judged_as_by_hand(file):
    kind, detail = outcome_of(_COLD28, file)
    assert kind == "right", detail


@pytest.mark.parametrize("file, said", [
    ("en_blog_mdx_linear_mse_w_b_two_over_n_bias_in_list.md", _BIAS_NOTE),
    ("en_blog_jekyll_logistic_loglik_one_point_nabla_sigma_nine_rows.md", _TERMS_NOTE),
    ("ko_notes_linear_mse_w_b_per_sample_chain_escaped.md", _PARTS_NOTE)])
def test_each_reading_is_noted_in_every_format(tmp_path, file, said):
    text = (_COLD28 / file).read_text(encoding="utf-8")
    for form in ("json", "text", "markdown", "latex"):
        result = _steps(tmp_path, text, "-f", form, "--timeout", "60")
        assert result.exit_code == 0, (form, result.output)
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        # Markdown and LaTeX escape the subscript's underscore (L\\_i): the note as written is read back
        assert said in " ".join(notes.replace("\\_", "_").split()), form


# ---- the bias the prose names ---------------------------------------------------------------------------------

def _mse_data(seed: int = 28):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(7, 2)), generator.normal(size=7), generator.normal(size=2), 0.3


def test_the_mse_with_its_bias_has_the_pages_two_derivatives_either_way():
    """(1/n)Σ(wᵀxᵢ + b − yᵢ)²: ∂/∂w = (2/n)Σ(ŷ − y)xᵢ, ∂/∂b = (2/n)Σ(ŷ − y); with b as w₀ of a column of ones, the same."""
    x, y, w, b = _mse_data()

    def cost(v):
        return numpy.mean((x @ v[:2] + v[2] - y) ** 2)

    residual = x @ w + b - y
    by_hand = numpy.concatenate([2 * x.T @ residual / len(y), [2 * residual.mean()]])
    assert numpy.allclose(central_differences(cost, numpy.concatenate([w, [b]])), by_hand, atol=1e-6)
    ones = numpy.column_stack([numpy.ones(len(y)), x])

    def absorbed(v):
        return numpy.mean((ones @ v - y) ** 2)

    gradient = central_differences(absorbed, numpy.concatenate([[b], w]))
    assert numpy.allclose(numpy.concatenate([gradient[1:], gradient[:1]]), by_hand, atol=1e-6)


#: a list of what the page assumes, b named the bias (or not), then ∂L/∂b
_LISTED = ("We'll assume:\n\n- $w$ is the **weight** vector\n{bias}- $\\hat{{y}}_i= {model}$ is the predicted output\n\n"
           "$$\nL(w) = \\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}}(\\hat{{y}}_i - y_i)^2\n$$\n\n"
           "$$\n\\begin{{align*}}\n\\frac{{\\partial L}}{{\\partial b}} &= \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} 2 "
           "(\\hat{{y}}_i - y_i) \\cdot \\frac{{\\partial \\hat{{y}}_i}}{{\\partial b}} \\\\\n"
           "&= \\frac{{2}}{{n}} \\sum_{{i=1}}^{{n}} (\\hat{{y}}_i - y_i){last}\n\\end{{align*}}\n$$\n")


@pytest.mark.parametrize("bias", ["- $b$ is the **bias** term\n", "- the bias $b$\n", "- $b$ denotes the bias\n"])
def test_a_bias_named_in_the_prose_is_the_models(tmp_path, bias):
    """∂L/∂b = (2/n)Σ(ŷ − y) is right with ŷ = wᵀx + b (checked above); 2/n · Σ(ŷ − y)·2 is not."""
    page = _LISTED.format(bias=bias, model="w^Tx_i", last="")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_BIAS_NOTE in note for note in review["notes"])
    page = _LISTED.format(bias=bias, model="w^Tx_i", last=" \\cdot 2")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong") and wrong


@pytest.mark.parametrize("bias, model", [
    ("", "w^Tx_i"),  # no bias named: the cost does not hold b, refused as before
    ("- $b$ is the **bias** term\n- $x_0 = 1$ absorbs it\n", "w^Tx_i"),  # the bias absorbed: the page says otherwise
    ("- $b$ is the **bias** term\n", "w^Tx_i + c"),  # not the dot product alone
])
def test_outside_the_rule_a_model_without_b_is_not_given_one(tmp_path, bias, model):
    result = _steps(tmp_path, _LISTED.format(bias=bias, model=model, last=""), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "does not" in result.stderr and "b" in result.stderr


# ---- the cost written out as its terms' derivatives ------------------------------------------------------------

def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


@pytest.mark.parametrize("label", [0.0, 1.0])
def test_one_points_log_likelihood_has_the_gradient_y_minus_sigma_times_x(label):
    x, w = numpy.array([-3.0, 1.0, 0.7]), numpy.array([0.5, -0.4, 0.2])

    def log_likelihood(v):
        s = _sigmoid(v @ x)
        return label * numpy.log(s) + (1 - label) * numpy.log(1 - s)

    numeric = central_differences(log_likelihood, w)
    s = _sigmoid(w @ x)
    assert numpy.allclose(numeric, (label - s) * x, atol=1e-6)
    assert not numpy.allclose(numeric, (label - s) * x / (1 - s), atol=1e-3)


#: ∇_w J written as the two terms' gradients, then its value (right: (y − σ)x; the planted σ′ = σ: (y − σ)x/(1 − σ))
_TERMS = ("$$\n\\sigma = \\sigma(w^\\top x)\n$$\n\n$$\n\\begin{{align*}}\n"
          "\\nabla_w J &= \\nabla_w y \\log \\sigma + \\nabla_{second} (1-y) \\log (1-\\sigma) \\\\\n"
          "&= {last}\n\\end{{align*}}\n$$\n")


def test_a_first_line_of_its_terms_derivatives_derives_their_sum(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _TERMS.format(second="w", last="(y - \\sigma) x"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_TERMS_NOTE in note for note in review["notes"])
    code, ending, wrong, _ = review_of_page(tmp_path, _TERMS.format(
        second="w", last="\\frac{y - \\sigma}{1 - \\sigma} x"))
    assert (code, ending, wrong) == (1, "wrong", [8])


def test_terms_derivatives_by_two_variables_are_no_cost(tmp_path):
    """∇_w A + ∇_b B is no one derivative: the cost is not read from it (the default cost, and its refusal, stand)."""
    result = _steps(tmp_path, _TERMS.format(second="b", last="(y - \\sigma) x"), "-f", "json", "--timeout", "60")
    notes = json.loads(result.stdout).get("notes", []) if result.exit_code in (0, 1) else []
    assert not any(_TERMS_NOTE in note for note in notes), result.output


# ---- one example's loss L_i beside its mean L ------------------------------------------------------------------

def test_one_examples_squared_error_has_the_pages_derivatives():
    x, y, w, b = 1.3, -0.4, 0.9, 0.5

    def loss(v):
        return (v[0] * x + v[1] - y) ** 2

    numeric = central_differences(loss, numpy.array([w, b]))
    residual = w * x + b - y
    assert numpy.allclose(numeric, [2 * residual * x, 2 * residual], atol=1e-6)
    assert not numpy.isclose(numeric[1], 2 * residual * x, atol=1e-3)


#: ŷ = wx + b, L_i and its mean L, the chain in symbols for one example, then the mean's derivative
_PARTS = ("$$\n\\hat{{y}} = wx + b\n$$\n\n$$\nL_i = (\\hat{{y}}_i - y_i)^2\n$$\n\n"
          "$$\nL = \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} (\\hat{{y}}_i - y_i)^2\n$$\n\n"
          "$$\n\\frac{{\\partial L_i}}{{\\partial \\hat{{y}}_i}} = 2(\\hat{{y}}_i - y_i)\n$$\n\n"
          "$$\n\\frac{{\\partial \\hat{{y}}_i}}{{\\partial w}} = x_i\n$$\n\n"
          "$$\n\\frac{{\\partial L_i}}{{\\partial w}} = \\frac{{\\partial L_i}}{{\\partial \\hat{{y}}_i}} "
          "\\frac{{\\partial \\hat{{y}}_i}}{{\\partial w}} = {example}\n$$\n\n"
          "$$\n\\frac{{\\partial L}}{{\\partial w}} = \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} 2(\\hat{{y}}_i - y_i) x_i\n$$\n")


def test_one_examples_loss_beside_its_mean_is_read_as_two_parts(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _PARTS.format(example="2(\\hat{y}_i - y_i) x_i"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_PARTS_NOTE in note for note in review["notes"])
    assert any("the linear part itself (no σ)" in note for note in review["notes"])
    code, ending, wrong, _ = review_of_page(tmp_path, _PARTS.format(example="2(\\hat{y}_i - y_i)"))
    assert (code, ending, wrong) == (1, "wrong", [22])


def test_a_loss_indexed_by_a_parameters_index_is_not_one_examples(tmp_path):
    """w_i beside L_i: i may count the features, so the page is not split into one example's part (refused as before)."""
    page = _PARTS.format(example="2(\\hat{y}_i - y_i) x_i").replace("wx + b", "w_i x + b")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    notes = json.loads(result.stdout).get("notes", []) if result.exit_code in (0, 1) else []
    assert not any(_PARTS_NOTE in note for note in notes), result.output
