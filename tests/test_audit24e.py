"""audit24e (issue 10): an adversarial audit of fixmis24's readings of an undefined prediction ŷ on a page.

fixmis24 reads an undefined h in the parameter letters a page's lines write, and refuses a first wrong step that
writes h out as another model than that default; a write-out "in the default's letters, no link the default lacks"
was kept as the default's own model, its difference a slip, so judged wrong. The audit found that test too coarse:

* Ng's page ``J = (1/2m) Σ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²``, h never defined, derives ∂J/∂θ₁ writing h out as θ₀ + θ₁x⁽ⁱ⁾.
  The default is θᵀx (no intercept); θ₀ + θ₁x⁽ⁱ⁾ writes θ too, so the line was called WRONG, though the page
  derives its own model's gradient exactly (finite differences below): a false "wrong". A write-out in numbered
  components (θ₀, θ₁) beside a default written as a dot product, or with a power of a feature (x⁽ⁱ⁾²) the default
  lacks, is another model: refused at the line, asking which is meant;
* a line writing out ONE of the cost's two ŷ (y log σ(w xᵢ) + (1 − y) log(1 − ŷᵢ), b dropped beside a default
  σ(wᵀx + b)) writes the model as surely as one writing out both, which fixmis24 refused: it was judged wrong
  against the default, as the same line writing both out was not; refused alike;
* what stays: a slip inside the default's own form (yᵢ − w xᵢ + b beside wᵀx + b) is wrong, as fixmis24 tests.

The mathematics is checked independently by central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import math

import numpy
import pytest
from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

# ---- the facts, by finite differences ---------------------------------------------------------------------------

_X = numpy.array([0.3, -1.2, 0.8, 2.0, -0.5])
_Y = numpy.array([1.1, -0.7, 0.4, 2.5, 0.0])


def _cost(theta: numpy.ndarray, feature: numpy.ndarray = _X) -> float:
    return float(numpy.sum((theta[0] + theta[1] * feature - _Y) ** 2) / (2 * len(_Y)))


def test_the_one_feature_line_is_derived_right_by_the_page():
    # ∂/∂θ₁ (1/2m) Σ (θ₀ + θ₁x − y)² = (1/m) Σ (θ₀ + θ₁x − y) x: the page's last line, right for its model
    at = numpy.array([0.4, -0.9])
    numeric = central_differences(_cost, at)[1]
    assert numeric == pytest.approx(float(numpy.mean((at[0] + at[1] * _X - _Y) * _X)), abs=1e-6)
    # the default θᵀx (no θ₀) gives another number: the old 'wrong' was the default's, not the page's
    no_intercept = central_differences(lambda t: float(numpy.sum((t[0] * _X - _Y) ** 2) / (2 * len(_Y))), at[1:])[0]
    assert not math.isclose(no_intercept, numeric, abs_tol=1e-3)


def test_the_squared_feature_line_is_derived_right_by_the_page():
    # the same with x⁽ⁱ⁾² as the feature: (1/m) Σ (θ₀ + θ₁x² − y) x², right for that model
    at = numpy.array([0.4, -0.9])
    numeric = central_differences(lambda t: _cost(t, _X ** 2), at)[1]
    assert numeric == pytest.approx(float(numpy.mean((at[0] + at[1] * _X ** 2 - _Y) * _X ** 2)), abs=1e-6)


# ---- the pages ------------------------------------------------------------------------------------------------------

def _page(model: str, factor: str) -> str:
    return ("The cost is $J=\\frac{1}{2m} \\sum_{i=1}^{m}\\left(h_\\theta(x^{(i)})-y^{(i)}\\right)^{2}$.\n\n"
            "$$\\begin{aligned}\n"
            r"\frac{\partial J}{\partial \theta_1} &=\frac{\partial}{\partial \theta_1} \frac{1}{2m} \sum_{i=1}^{m}"
            r"\left(h_\theta(x^{(i)})-y^{(i)}\right)^{2} \\" "\n"
            rf"&=\frac{{\partial}}{{\partial \theta_1}} \frac{{1}}{{2m}} \sum_{{i=1}}^{{m}}\left({model}-y^{{(i)}}\right)^{{2}} \\"
            "\n"
            rf"&=\frac{{1}}{{m}} \sum_{{i=1}}^{{m}}\left({model}-y^{{(i)}}\right) {factor}" "\n"
            "\\end{aligned}$$\n")


@pytest.mark.parametrize("model, factor", [
    (r"\theta_0+\theta_1 x^{(i)}", r"x^{(i)}"),  # the one-feature line with an intercept: before, wrong at line 5
    (r"\theta_0+\theta_1 (x^{(i)})^2", r"(x^{(i)})^2"),  # a squared feature
    (r"\theta_1 x^{(i)}", r"x^{(i)}"),  # θ₁ alone, numbered: a slip of θᵀx or the page's model, not for us to pick
])
def test_an_undefined_h_written_out_in_components_is_refused(tmp_path, model, factor):
    result = steps_of_page(tmp_path, _page(model, factor), "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "writes out the prediction h, which the page never defines" in result.stderr
    assert "line 5" in result.stderr and "h = θᵀx" in result.stderr
    # the hint names the page's own letters, numbered as the page numbers them (it said w^T x + b on every page)
    assert "--let 'h = theta_0 + theta_1 x'" in result.stderr


def test_the_same_write_out_beside_a_defined_model_is_read(tmp_path):
    # the page says h_θ(x) = θ₀ + θ₁x: no default, and the derivation is right (the finite differences above)
    page = ("The model is $h_\\theta(x^{(i)}) = \\theta_0+\\theta_1 x^{(i)}$.\n\n"
            + _page(r"\theta_0+\theta_1 x^{(i)}", r"x^{(i)}"))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


# ---- check: an answer in numbered entries beside the default dot product ---------------------------------------------

_NG_COST = r"\frac{1}{2m}\sum_i (h_\theta(x^{(i)}) - y^{(i)})^2"
_NG_ANSWER = r"\frac{1}{m}\sum_i (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) x^{(i)}"


def test_check_refuses_an_answer_in_numbered_entries_beside_the_default():
    # before: 'different' — the answer is ∂/∂θ₁ of the one-feature line's cost (the finite differences above), not of
    # the default θᵀx's; which model the cost means is asked
    result = CliRunner().invoke(main, ["check", "--cost", _NG_COST, "--wrt", "theta_1", _NG_ANSWER])
    assert result.exit_code == 2, result.output
    assert "'theta_0' is not in the cost, whose prediction h is not defined" in result.stderr
    assert "--let 'h = theta_0 + theta_1 x'" in result.stderr


def test_check_with_the_one_feature_line_given_judges_the_answer():
    result = CliRunner().invoke(main, ["check", "--cost", _NG_COST, "--wrt", "theta_1", "--let", "h = theta_0 + theta_1 x",
                                       _NG_ANSWER])
    assert result.exit_code == 0, result.output
    assert "equivalent" in result.output


def test_check_keeps_the_entry_differentiated_by():
    # (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x₁⁽ⁱ⁾ by θ₁ is the default's gradient by hand; θ₁ is the problem's own entry, not a model's
    result = CliRunner().invoke(main, ["check", "--cost", _NG_COST, "--wrt", "theta_1",
                                       r"\frac{1}{m}\sum_i (\theta^T x^{(i)} - y^{(i)}) x_1^{(i)}"])
    assert result.exit_code == 0, result.output
    assert "h = θᵀx" in result.output


# ---- a write-out of one ŷ of two -------------------------------------------------------------------------------------

_LOGISTIC = (r"Loss: $L=-\frac{1}{N} \sum_{i=1}^{N}\left(y_{i}\log\hat{y}_{i}+(1-y_i)\log(1-\hat{y}_{i})\right)$" "\n\n"
             "$$\\begin{aligned}\n"
             r"\frac{\partial L}{\partial w} &=\frac{\partial}{\partial w} \left(-\frac{1}{N} \sum_{i=1}^{N}\left(y_{i}"
             r"\log\hat{y}_{i}+(1-y_i)\log(1-\hat{y}_{i})\right)\right) \\" "\n"
             r"&=-\frac{\partial}{\partial w} \frac{1}{N} \sum_{i=1}^{N}\left(y_{i}\log\sigma(MODEL)+(1-y_i)"
             r"\log(1-\hat{y}_{i})\right) \\" "\n"
             r"&=\frac{1}{N} \sum_{i=1}^{N}\left(\sigma(MODEL)-y_{i}\right) x_{i}" "\n"
             "\\end{aligned}$$\n\n"
             "$$\\begin{aligned}\n"
             r"\frac{\partial L}{\partial b} &=\frac{\partial}{\partial b} \left(-\frac{1}{N} \sum_{i=1}^{N}\left(y_{i}"
             r"\log\hat{y}_{i}+(1-y_i)\log(1-\hat{y}_{i})\right)\right) \\" "\n"
             r"&=\frac{1}{N} \sum_{i=1}^{N}\left(\hat{y}_{i}-y_{i}\right)" "\n"
             "\\end{aligned}$$\n")


def _cross_entropy(parameters: numpy.ndarray, labels: numpy.ndarray) -> float:
    w, b = parameters
    p = 1 / (1 + numpy.exp(-(w * _X + b)))
    return float(-numpy.mean(labels * numpy.log(p) + (1 - labels) * numpy.log(1 - p)))


def test_the_logistic_pages_gradients_hold():
    labels = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0])
    at = numpy.array([0.7, -0.2])
    numeric = central_differences(lambda v: _cross_entropy(v, labels), at)
    p = 1 / (1 + numpy.exp(-(at[0] * _X + at[1])))
    assert numeric == pytest.approx([float(numpy.mean((p - labels) * _X)), float(numpy.mean(p - labels))], abs=1e-6)


def test_the_whole_page_with_the_default_written_out_is_read(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _LOGISTIC.replace("MODEL", "w x_i + b"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("h = σ(wᵀx + b)" in note for note in review["notes"])


def test_one_yhat_written_out_as_another_model_is_refused(tmp_path):
    # (the budget of 60 s: a loaded machine ran past the default 10 s) before: wrong at line 5, judged against σ(wᵀx + b); the line writes σ(w xᵢ), the page's model or a slip
    result = steps_of_page(tmp_path, _LOGISTIC.replace("MODEL", "w x_i"), "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "writes out the prediction h, which the page never defines" in result.stderr
    assert "line 5" in result.stderr
    assert "--let 'h = w^T x'" in result.stderr  # the line writes w alone, no b
