"""audit27b (issue 10): an adversarial audit of fixcold28's readings, each misread found pinned here.

fixcold28 read four things in written derivations: a prediction wᵀx alone read with + b where the prose names b the
bias; ∇_w A + ∇_w B as the derivative of A + B; one example's loss L_i beside its mean L as the page's two parts; and a
chain page whose prediction is the linear part itself (ŷ = wx + b). Each was probed with pages where the reading would
give a wrong verdict or a note that misnames the model. What each page means was worked by hand, and the facts the
verdicts rest on are checked here by central finite differences with NumPy (never logderiv's own output):

* the MSE without a bias, (1/n)Σ(wᵀxᵢ − yᵢ)², has ∂/∂w = (2/n)Σ(wᵀxᵢ − yᵢ)xᵢ, which (2/n)Σ(wᵀxᵢ + b − yᵢ)xᵢ is not,
  and ∂/∂b = 0: a line writing the dot product out again without b is right only if the model has no b, so reading
  the model with + b there called a right line wrong; a page whose prose drops the bias ("set to zero") has no b;
* d/dw e^{wx} = x e^{wx}, not x: a prediction e^{wx} is no linear part, and the note calling it one misnamed the model;
* Σᵢ(wxᵢ + b − yᵢ)² has ∂/∂w = Σᵢ 2(ŷᵢ − yᵢ)xᵢ, no 1/n: beside L_i, a cost L that is a sum was judged as defined but
  noted as "its mean".

Probed and found read right (no change): ∇_w A − ∇_w B and ∇_w A + ∇_b B; a page defining J beside ∇_w A + ∇_w B
(its J is the cost); ∇_w R of an undefined R (refused); L_i beside L = (1/2n)Σ; x_{ij} with w_j beside L_i (refused);
a chain page whose lemma is wrong (wrong at the lemma, the product line the true value); a regularised loss's chain.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_BIAS_NOTE = "and the page names b the bias"


# ---- the bias the prose names ---------------------------------------------------------------------------------

def _data(seed: int = 27):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(6, 2)), generator.normal(size=6), generator.normal(size=2), 0.8


def test_the_mse_without_a_bias_has_the_dot_products_gradient_and_none_by_b():
    x, y, w, b = _data()

    def cost(v):  # the model as written, ŷ = wᵀx: b is no part of it
        return numpy.mean((x @ v[:2] - y) ** 2)

    numeric = central_differences(cost, numpy.concatenate([w, [b]]))
    written = 2 * x.T @ (x @ w - y) / len(y)
    with_b = 2 * x.T @ (x @ w + b - y) / len(y)
    assert numpy.allclose(numeric[:2], written, atol=1e-6)
    assert not numpy.allclose(numeric[:2], with_b, atol=1e-3)
    assert abs(numeric[2]) < 1e-9  # ∂/∂b = 0: (2/n)Σ(ŷ − y) is not it
    assert abs(2 * numpy.mean(x @ w - y)) > 1e-3


#: a list naming the symbols, ŷᵢ = wᵀxᵢ, the MSE, then ∂L/∂w (its last line {last}) or ∂L/∂b
_PAGE = ("We'll assume:\n\n- $w$ is the **weight** vector\n{bias}- $\\hat{{y}}_i= w^Tx_i$ is the predicted output\n"
         "- $y_i$ is the actual label\n\n$$\nL(w) = \\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}}(\\hat{{y}}_i - y_i)^2\n$$\n\n"
         "$$\n\\begin{{align*}}\n\\frac{{\\partial L}}{{\\partial {by}}} &= \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} 2 "
         "\\left( \\hat{{y}}_i - y_i \\right) \\cdot \\frac{{\\partial \\hat{{y}}_i}}{{\\partial {by}}} \\\\\n"
         "&= {last}\n\\end{{align*}}\n$$\n")


@pytest.mark.parametrize("bias", ["- $b$ is the **bias** term\n", "- the bias $b$\n"])
def test_a_line_writing_the_model_out_without_b_is_read_as_written(tmp_path, bias):
    """The page names b the bias, then writes (2/n)Σ(wᵀxᵢ − yᵢ)xᵢ: right for its ŷ = wᵀx (checked above), wrong with
    + b — the readings part, so the page's model is read as written (fixcold28 called the line wrong)."""
    page = _PAGE.format(bias=bias, by="w", last="\\frac{2}{n} \\sum_{i=1}^{n} \\left( w^Tx_i - y_i \\right) x_i")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not any(_BIAS_NOTE in note for note in review["notes"])
    # the same line with + b is then the slip: b is no part of the model as written
    page = _PAGE.format(bias=bias, by="w", last="\\frac{2}{n} \\sum_{i=1}^{n} \\left( w^Tx_i - y_i \\right)")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong") and wrong


@pytest.mark.parametrize("bias", [
    "- the bias $b$ is set to zero\n",  # the prose drops the bias it names
    "- we drop the bias $b$\n",
    "- $b$ is the **bias** term\n- we use no bias here\n",
    "- the hidden layer's bias $b$\n",  # another layer's bias
    "- $b$ is the **bias** term\n- $b$ also counts the examples of a batch\n",  # b named something else too
])
def test_a_bias_the_prose_drops_or_gives_elsewhere_is_not_added(tmp_path, bias):
    """∂L/∂b of a model with no b is 0 (checked above): the page's (2/n)Σ(ŷ − y) holds only with + b, which the prose
    denies here — not read with + b (refused as a page whose cost does not hold b), where fixcold28 called it right."""
    page = _PAGE.format(bias=bias, by="b", last="\\frac{2}{n} \\sum_{i=1}^{n} \\left( \\hat{y}_i - y_i \\right)")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "does not" in result.stderr and "b" in result.stderr


def test_a_derivative_by_b_written_as_zero_says_the_model_has_no_b(tmp_path):
    """A lemma ∂ŷᵢ/∂b = 0 (set aside from the derivation, the rule's guards read it too) beside ∂L/∂b = … = 0: right
    for ŷ = wᵀx as written (∂/∂b = 0, checked above), wrong with + b. The page contradicts the bias it names: not read
    with + b (refused: the cost does not hold b), where fixcold28 called the lemma wrong."""
    page = _PAGE.format(bias="- $b$ is the **bias** term\n", by="b", last="0").replace(
        "$$\n\\begin{align*}", "$$\n\\frac{\\partial \\hat{y}_i}{\\partial b} = 0\n$$\n\n$$\n\\begin{align*}", 1)
    assert "{\\partial b} = 0" in page
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "does not" in result.stderr and "b" in result.stderr


def test_the_bias_named_and_used_only_by_the_predictions_name_is_still_read(tmp_path):
    """The rule's own case stands: ∂L/∂b = (2/n)Σ(ŷ − y) with ŷ = wᵀx + b (the fixcold28 test's maths), noted."""
    page = _PAGE.format(bias="- $b$ is the **bias** term\n", by="b",
                        last="\\frac{2}{n} \\sum_{i=1}^{n} \\left( \\hat{y}_i - y_i \\right)")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_BIAS_NOTE in note for note in review["notes"])


# ---- the chain of a prediction with no σ ----------------------------------------------------------------------

def test_an_exponential_prediction_has_the_derivative_x_times_itself():
    x, w = -0.7, 1.1
    numeric = central_differences(lambda v: numpy.exp(v[0] * x), numpy.array([w]))[0]
    assert numpy.isclose(numeric, x * numpy.exp(w * x), atol=1e-6)
    assert not numpy.isclose(numeric, x, atol=1e-3)
    # ŷ = wx² + b: ∂ŷ/∂w = x², not x
    numeric = central_differences(lambda v: v[0] * x ** 2 + 0.3, numpy.array([w]))[0]
    assert numpy.isclose(numeric, x ** 2, atol=1e-6) and not numpy.isclose(numeric, x, atol=1e-3)


#: ŷ = {model}, L = (ŷ − y)², the chain's lemmas and their product
_CHAIN = ("The prediction:\n$$\n\\hat{{y}} = {model}\n$$\nThe loss:\n$$\nL = (\\hat{{y}} - y)^2\n$$\nThe chain:\n"
          "$$\n\\frac{{\\partial L}}{{\\partial \\hat{{y}}}} = 2(\\hat{{y}} - y)\n$$\n"
          "$$\n\\frac{{\\partial \\hat{{y}}}}{{\\partial w}} = x\n$$\n"
          "$$\n\\frac{{\\partial L}}{{\\partial w}} = \\frac{{\\partial L}}{{\\partial \\hat{{y}}}} "
          "\\frac{{\\partial \\hat{{y}}}}{{\\partial w}}\n$$\n")


def test_a_prediction_that_is_no_linear_part_is_not_called_one(tmp_path):
    """ŷ = e^{wx}: fixcold28 read it as "the linear part itself (no σ)"; it is not, and the page is left as before."""
    result = _steps(tmp_path, _CHAIN.format(model="e^{wx}"), "-f", "json", "--timeout", "60")
    notes = json.loads(result.stdout).get("notes", []) if result.exit_code in (0, 1) else []
    assert not any("the linear part itself" in note for note in notes), result.output
    assert result.exit_code in (1, 2), result.output  # ∂ŷ/∂w = x is no right step of e^{wx}: never "right"


@pytest.mark.parametrize("model, code", [("wx + b", 0), ("w x^2 + b", 1)])
def test_a_prediction_linear_in_w_is_read_as_the_chain(tmp_path, model, code):
    """wx + b and wx² + b are linear in w: read; ∂ŷ/∂w = x is right for the first and wrong for the second."""
    got, ending, wrong, review = review_of_page(tmp_path, _CHAIN.format(model=model))
    # the product's line is the true ∂L/∂w (its factors read as the true lemmas): the slip is the lemma's own line
    lemmas = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert (got, ending, wrong, review["ok"]) == (code, "gradient", [], code == 0)
    assert lemmas == ([] if code == 0 else [14])
    assert any("the linear part itself (no σ)" in note for note in review["notes"])


# ---- one example's loss L_i beside a cost L that is no mean ---------------------------------------------------

def test_the_sum_of_squared_errors_has_no_one_over_n():
    generator = numpy.random.default_rng(7)
    x, y, w, b = generator.normal(size=5), generator.normal(size=5), 0.6, -0.2

    def total(v):
        return numpy.sum((v[0] * x + v[1] - y) ** 2)

    numeric = central_differences(total, numpy.array([w, b]))
    residual = w * x + b - y
    assert numpy.allclose(numeric, [numpy.sum(2 * residual * x), numpy.sum(2 * residual)], atol=1e-5)
    assert not numpy.allclose(numeric[0], numpy.mean(2 * residual * x), atol=1e-3)


#: ŷ = wx + b, L_i, the cost L = {cost}, one example's chain, then ∂L/∂w = {mean}
_SUMMED = ("$$\n\\hat{{y}} = wx + b\n$$\n\n$$\nL_i = (\\hat{{y}}_i - y_i)^2\n$$\n\n"
           "$$\nL = {cost} (\\hat{{y}}_i - y_i)^2\n$$\n\n"
           "$$\n\\frac{{\\partial L_i}}{{\\partial \\hat{{y}}_i}} = 2(\\hat{{y}}_i - y_i)\n$$\n\n"
           "$$\n\\frac{{\\partial \\hat{{y}}_i}}{{\\partial w}} = x_i\n$$\n\n"
           "$$\n\\frac{{\\partial L_i}}{{\\partial w}} = \\frac{{\\partial L_i}}{{\\partial \\hat{{y}}_i}} "
           "\\frac{{\\partial \\hat{{y}}_i}}{{\\partial w}} = 2(\\hat{{y}}_i - y_i) x_i\n$$\n\n"
           "$$\n\\frac{{\\partial L}}{{\\partial w}} = {mean} 2(\\hat{{y}}_i - y_i) x_i\n$$\n")


@pytest.mark.parametrize("cost, mean, code", [
    ("\\sum_{i=1}^{n}", "\\sum_{i=1}^{n}", 0),  # the sum's own derivative (checked above)
    ("\\sum_{i=1}^{n}", "\\frac{1}{n} \\sum_{i=1}^{n}", 1),  # the 1/n of a mean the page does not take
    ("\\frac{1}{2n} \\sum_{i=1}^{n}", "\\frac{1}{n} \\sum_{i=1}^{n}", 1),  # twice (1/2n)Σ's derivative
])
def test_a_cost_that_is_no_mean_is_judged_as_defined_and_not_called_a_mean(tmp_path, cost, mean, code):
    """L = Σᵢ (ŷᵢ − yᵢ)² beside L_i: each part against its own cost, as fixcold28 did; but its note said "the cost L as
    its mean" of a sum, misnaming the cost the lines are judged against — it now says the cost is as the page defines it."""
    got, ending, wrong, review = review_of_page(tmp_path, _SUMMED.format(cost=cost, mean=mean))
    assert (got, ending, bool(wrong)) == (code, "gradient" if code == 0 else "wrong", code == 1)
    notes = " ".join(review["notes"])
    assert "the page derives one example's loss L_i, then the cost L over the examples, as the page defines it" in notes
    assert "the cost L as its mean" not in notes
