"""fixmis24 (issue 10): an undefined prediction ŷ has ONE reading per page, in the letters the page writes.

cold26's Korean note (tests/derivations_cold26/ko_notes_mse_w_b_linear_nn_two_partials.md) defines the loss
(1/N) Σ (yᵢ − ŷᵢ)², never ŷ (its model line writes û, a typo), and derives ∂loss/∂w and ∂loss/∂b, each writing ŷᵢ
out as w xᵢ + b on its second line. Each part read alone took its own default model of h — wᵀx (no intercept) for
∂/∂w, θᵀx + b for ∂/∂b — and both substitution lines were called wrong: a release-blocking false "wrong".

The rules:

* the default model of an undefined h takes the parameter letters the page's lines write (w and b → wᵀx + b;
  θ → θᵀx) where the cost names none, and the parts of a page of several derivations share one reading (noted);
* a first wrong step that writes out an h the page never defines (the previous line holds h, this one none) is the
  page's only word on its model: refused, asking whether it is the page's model or a slip, never called wrong on
  the strength of the default. A page that DEFINES ŷ otherwise has no default: its wrong substitution stays wrong;
* in ``check``, an answer writing a parameter vector (w) the cost's default h lacks (θᵀx + b) is refused, not
  judged 'different'.

The mathematics is checked independently by central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, outcome_of, read_table, review_of_page, steps_of_page
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_TESTS = Path(__file__).parent
_PAGE = "ko_notes_mse_w_b_linear_nn_two_partials.md"


# ---- the facts, by finite differences ---------------------------------------------------------------------------

_X = numpy.array([0.3, -1.2, 0.8, 2.0, -0.5])
_Y = numpy.array([1.1, -0.7, 0.4, 2.5, 0.0])


def _loss(parameters: numpy.ndarray) -> float:
    w, b = parameters
    return float(numpy.mean((_Y - w * _X - b) ** 2))


def test_the_pages_gradients_hold():
    at = numpy.array([0.7, -0.2])
    w, b = at
    numeric = central_differences(_loss, at)
    # ∂/∂w = (1/N) Σ −2(yᵢ − w xᵢ − b) xᵢ and ∂/∂b = (1/N) Σ −2(yᵢ − w xᵢ − b), as the page writes them
    assert numeric[0] == pytest.approx(float(numpy.mean(-2 * (_Y - w * _X - b) * _X)), abs=1e-6)
    assert numeric[1] == pytest.approx(float(numpy.mean(-2 * (_Y - w * _X - b))), abs=1e-6)
    # the default the page contradicts (no intercept) gives another ∂/∂w: the old 'wrong' was the default's
    no_intercept = central_differences(lambda v: float(numpy.mean((_Y - v[0] * _X) ** 2)), at[:1])[0]
    assert not math.isclose(no_intercept, numeric[0], abs_tol=1e-3)


def _sigma(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def test_the_sigmoid_substitution_is_another_cost():
    # (yᵢ − σ(w xᵢ + b))² is not (yᵢ − (w xᵢ + b))²: its ∂/∂b differs, so the default reading would call the line wrong
    at = numpy.array([0.7, -0.2])
    squared = central_differences(_loss, at)[1]
    sigmoid = central_differences(lambda v: float(numpy.mean((_Y - _sigma(v[0] * _X + v[1])) ** 2)), at)[1]
    assert not math.isclose(squared, sigmoid, abs_tol=1e-3)


# ---- the real page ----------------------------------------------------------------------------------------------

def test_the_real_page_is_judged_as_by_hand():
    folder = _TESTS / "derivations_cold26"
    row = next(row for row in read_table(folder) if row.file == _PAGE)
    kind, detail = outcome(folder, row)
    assert kind == "right", detail


def test_the_real_page_has_one_reading_of_h_noted():
    result = CliRunner().invoke(main, ["steps", str(_TESTS / "derivations_cold26" / _PAGE)])
    assert result.exit_code == 0, result.output
    readings = [line for line in result.output.splitlines() if "h is not defined: reading h =" in line]
    assert len(readings) == 1, readings
    assert "h = wᵀx + b" in readings[0] and "the parameters the page's lines write (w and b)" in readings[0]


# ---- synthetic pages --------------------------------------------------------------------------------------------

_COST = r"Loss: $L=\frac{1}{N} \sum_{i=1}^{N}\left(y_{i}-\hat{y}_{i}\right)^{2}$" + "\n\n"


def _by_b(second: str, third: str, model: str = "") -> str:
    return (model + _COST + "$$\\begin{aligned}\n"
            r"\frac{\partial L}{\partial b} &=\frac{\partial}{\partial b} \frac{1}{N} \sum_{i=1}^{N}"
            r"\left(y_{i}-\hat{y}_{i}\right)^{2} \\" "\n"
            rf"&=\frac{{\partial}}{{\partial b}} \frac{{1}}{{N}} \sum_{{i=1}}^{{N}}\left({second}\right)^{{2}} \\" "\n"
            rf"&={third}" "\n"
            "\\end{aligned}$$\n")


def test_a_derivation_by_b_alone_reads_h_in_the_pages_w(tmp_path):
    # before: h = θᵀx + b, and the line writing w xᵢ + b was 'wrong'
    page = _by_b("y_{i}-w x_{i}-b", r"\frac{1}{N} \sum_{i=1}^{N}-2\left(y_{i}-w x_{i}-b\right)")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("h = wᵀx + b" in note and "(w and b)" in note for note in review["notes"])


def test_a_slip_after_the_write_out_is_still_wrong(tmp_path):
    # the factor −2 dropped after ŷ is written out: wrong at that line (line 6), the page's model read as above
    page = _by_b("y_{i}-w x_{i}-b", r"\frac{1}{N} \sum_{i=1}^{N}\left(y_{i}-w x_{i}-b\right)")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_a_slip_in_the_write_out_itself_is_still_wrong(tmp_path):
    # yᵢ − w xᵢ + b: the page's own letters (the default's), b's sign slipped as ŷ is written out: wrong at line 5,
    # not refused (the default is the page's model; by finite differences the line's ∂/∂b is another number)
    page = _by_b("y_{i}-w x_{i}+b", r"\frac{1}{N} \sum_{i=1}^{N}2\left(y_{i}-w x_{i}+b\right)")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [5])
    at = numpy.array([0.7, -0.2])
    slipped = central_differences(lambda v: float(numpy.mean((_Y - v[0] * _X + v[1]) ** 2)), at)[1]
    assert not math.isclose(slipped, central_differences(_loss, at)[1], abs_tol=1e-3)


def test_an_undefined_h_written_out_as_another_model_is_refused(tmp_path):
    page = _by_b(r"y_{i}-\sigma(w x_{i}+b)",
                 r"\frac{1}{N} \sum_{i=1}^{N}-2\left(y_{i}-\sigma(w x_{i}+b)\right)\sigma(w x_{i}+b)(1-\sigma(w x_{i}+b))")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "writes out the prediction h, which the page never defines" in result.stderr
    assert "line 5" in result.stderr and "--let 'h = " in result.stderr


def test_a_defined_h_written_out_as_another_model_is_wrong(tmp_path):
    # the page defines ŷ = w x + b: substituting σ(w x + b) is the student's slip, wrong at its line
    page = _by_b(r"y_{i}-\sigma(w x_{i}+b)",
                 r"\frac{1}{N} \sum_{i=1}^{N}-2\left(y_{i}-\sigma(w x_{i}+b)\right)\sigma(w x_{i}+b)(1-\sigma(w x_{i}+b))",
                 model="Model: $\\hat{y}_i=w x_i+b$\n\n")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_the_parts_of_a_page_share_one_reading(tmp_path):
    # ∂L/∂w_j writes w only, ∂L/∂b b only: alone they read wᵀx and θᵀx + b; together, wᵀx + b for both
    page = (_COST
            + "$$\\frac{\\partial L}{\\partial w_j} = -\\frac{2}{N} \\sum_{i=1}^{N}\\left(y_{i}-\\hat{y}_{i}\\right) "
              "x_{ij}$$\n\n"
            + "$$\\frac{\\partial L}{\\partial b} = -\\frac{2}{N} \\sum_{i=1}^{N}\\left(y_{i}-\\hat{y}_{i}\\right)$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    readings = [note for note in review["notes"] if "h is not defined" in note]
    assert readings and all("h = wᵀx + b" in note for note in readings), readings


# ---- check --------------------------------------------------------------------------------------------------------

_CHECK_COST = r"(1/m) \sum_i (y_i - \hat{y}_i)^2"


def test_check_refuses_an_answer_in_w_beside_the_default_theta():
    result = CliRunner().invoke(main, ["check", "--cost", _CHECK_COST, "--wrt", "b", "(2/m) sum_i (w^T x_i + b - y_i)"])
    assert result.exit_code == 2, result.output
    assert "'w' is not in the cost, whose prediction h is not defined" in result.stderr
    assert "--let 'h = w^T x + b'" in result.stderr


def test_check_keeps_an_answer_in_the_defaults_letters():
    # θᵀx + b is the default, noted: the answer in θ is judged (the gradient (2/m)Σ(θᵀx + b − y) by hand)
    result = CliRunner().invoke(main, ["check", "--cost", _CHECK_COST, "--wrt", "b", "(2/m) sum_i (theta^T x_i + b - y_i)"])
    assert result.exit_code == 0, result.output
    assert "h = θᵀx + b" in result.output


def test_check_with_the_model_given_judges_the_answer_in_w():
    result = CliRunner().invoke(main, ["check", "--cost", _CHECK_COST, "--wrt", "b", "--let", "h = w^T x + b",
                                       "(2/m) sum_i (w^T x_i + b - y_i)"])
    assert result.exit_code == 0, result.output


# ---- 'log' glued to letters before a fraction or a TeX space (cold26's Chinese vector-form note) ------------------

_GLUED_COST = (r"-\frac{1}{m}\sum_{i=1}^{m}\left[y_ilog\frac{1}{1+e^{-\theta^Tx_i}}"
               r"+(1-y_i)log\frac{e^{-\theta^Tx_i}}{1+e^{-\theta^Tx_i}}\right]")
_SPACED_COST = r"-\frac{1}{m}\sum_{i=1}^{m}\left[y_ilog \ \sigma(\theta^Tx_i)+(1-y_i)log(1-\sigma(\theta^Tx_i))\right]"


def _logistic(theta: numpy.ndarray, x: numpy.ndarray, y: numpy.ndarray) -> float:
    z = x @ theta
    return float(-numpy.mean(y * numpy.log(1 / (1 + numpy.exp(-z)))
                             + (1 - y) * numpy.log(numpy.exp(-z) / (1 + numpy.exp(-z)))))


def test_the_glued_logistic_gradient_holds():
    rng = numpy.random.default_rng(24)
    x, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)
    numeric = central_differences(lambda t: _logistic(t, x, y), theta)
    assert numeric == pytest.approx(x.T @ (_sigma(x @ theta) - y) / 6, abs=1e-6)


@pytest.mark.parametrize("cost", [_GLUED_COST, _SPACED_COST])
def test_log_glued_before_a_fraction_or_a_space_is_the_logarithm(cost):
    right = CliRunner().invoke(main, ["check", "--cost", cost, r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(\theta^Tx_i)-y_i)x_{ij}"])
    assert right.exit_code == 0, (right.output, right.stderr)
    assert "the function log written without a backslash" in right.output
    # x_j dropped: a different answer, as the finite differences above say
    wrong = CliRunner().invoke(main, ["check", "--cost", cost, r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(\theta^Tx_i)-y_i)"])
    assert wrong.exit_code in (1, 2), (wrong.output, wrong.stderr)


def test_log_glued_before_a_product_stays_refused_as_ambiguous():
    # y_ilog\,h ab: read as the logarithm, a log without brackets before a product is still asked, not picked
    result = CliRunner().invoke(main, ["check", "--cost", r"-\sum_{i=1}^{m} y_ilog\,hab", r"\theta_j"])
    assert result.exit_code == 2
    assert "is ambiguous: a log without brackets takes only the next power" in result.stderr


# ---- a prose's list of names in a display, and an update rule as a derivation display's last row ------------------

_REAL_READ = ["ko_blog_mse_w_b_double_minus_sign.md", "ko_blog_mse_w_b_bias_partial_extra_x.md"]


@pytest.mark.parametrize("file", _REAL_READ)
def test_the_other_korean_pages_are_judged_as_by_hand(file):
    folder = _TESTS / "derivations_cold26"
    kind, detail = outcome_of(folder, file)
    assert kind == "right", detail


def test_the_extra_x_in_the_bias_partial_is_a_slip():
    # ∂/∂b of (1/N)Σ(yᵢ − w xᵢ − b)² is −(2/N)Σ(yᵢ − w xᵢ − b), not −(2/N)Σ(yᵢ − w xᵢ − b)xᵢ (the page's line 27)
    at = numpy.array([0.7, -0.2])
    w, b = at
    by_b = central_differences(_loss, at)[1]
    assert by_b == pytest.approx(float(-2 * numpy.mean(_Y - w * _X - b)), abs=1e-6)
    assert not math.isclose(by_b, float(-2 * numpy.mean((_Y - w * _X - b) * _X)), abs_tol=1e-3)


_DERIVATION = ("$$\n\\begin{align*}\n"
               r"\frac{\partial L}{\partial b} &= \frac{\partial}{\partial b} \frac{1}{N} \sum_{i=1}^{N} (y_i - w x_i - b)^2 \\"
               "\n"
               r"&= -\frac{2}{N} \sum_{i=1}^{N} (y_i - w x_i - b) \\" "\n"
               r"\\" "\n"
               "{last}\n"
               "\\end{align*}\n$$\n")


def test_an_update_row_after_the_derivation_is_set_aside(tmp_path):
    page = _DERIVATION.replace("{last}", r"b &\leftarrow b - \eta \frac{\partial L}{\partial b}")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 6 is an update rule (←) in the last row of the derivation's display" in note
               for note in review["notes"])


def test_an_arrow_row_of_another_name_is_still_refused(tmp_path):
    # c ← b − η…: the left name is not updated from itself, so no update rule is read; the arrow stays refused
    page = _DERIVATION.replace("{last}", r"c &\leftarrow b - \eta \frac{\partial L}{\partial b}")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "writes an update rule" in result.stderr


def test_a_display_listing_names_is_prose(tmp_path):
    page = ("We look for $$w, b$$ that make the loss small.\n\n"
            + _DERIVATION.replace("{last}", ""))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 1 lists names in a display" in note for note in review["notes"])


def test_a_display_with_a_pair_in_brackets_is_not_a_list_of_names(tmp_path):
    # (x, y) is a pair, maths of its own, not a sentence's names: still read, and refused as before
    page = "We look at $$(x, y)$$ first.\n\n" + _DERIVATION.replace("{last}", "")
    result = steps_of_page(tmp_path, page)
    assert "lists names in a display" not in result.output + result.stderr
