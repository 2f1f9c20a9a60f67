r"""Issue 10, fixwtheta: false verdicts and wrong messages left from last stop's closing note.

1. An answer that writes θ (or β) beside the cost's w was judged "different" with no note, θ read as a vector of its
   own, where θ read as w (code and notes write the parameters under either name) makes it the gradient: a verdict
   that turns on a name nothing written decides. It is now judged a second time with the stray name read as the
   cost's, and refused naming both readings where that changes the verdict; where both readings are "different" the
   verdict stands with no note (tests/test_objective.py's w beside θ), and an answer that writes only θ is read as w,
   noted, as before.
2. ``\sum_i (\vec\theta^T\vec x - y_i)^2`` (f68, skynet.jl): the model's x without the example index beside y_i is
   read as x⁽ⁱ⁾, as ML notes mean it, and now says so (every output format).
3. Messages that were false, though the refusals were right, or that became readings:
   ``-\frac{\partial J}{\partial w_j} = …`` (the negative gradient on the left) is read with both sides negated;
   200 slice updates ``grad[1:] += …`` are refused as more lines than logderiv puts into one another, not as
   "brackets nested more than 100 deep"; ``\frac{\lambda}{\text{2m}}`` is λ/(2m), not "empty '{}'"; and
   ``‖Ax − b‖² + AᵀA`` is refused as a matrix in a cost (XᵀX conforms, so "cannot be multiplied" was false); the
   Unicode transpose ᵀ is read in least squares as ^T is.

Every gradient a reading stands for is held to central finite differences of a NumPy cost written here, and every
verdict to the corpus judge's hand-worked one, never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

RNG = np.random.default_rng(2026)
FORMATS = ["text", "rich", "markdown", "latex", "json"]

# ----------------------------------------------------------------------------------------------- 1. θ beside w
#: ridge regression in w: ∇ = (1/m) Xᵀ(Xw − y) + (λ/m) w (checked by finite differences below)
RIDGE_W = "1/(2m) sum((w^T x_i - y_i)^2) + lam/(2m) ||w||^2"
TURNS = "the verdict turns on"


def _ridge_parts():
    X, y, w = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    lam, m = 0.7, 6

    def cost(v):
        return float(np.sum((X @ v - y) ** 2) / (2 * m) + lam / (2 * m) * v @ v)

    return X, y, w, lam, m, central_differences(cost, w)


def test_theta_read_as_w_is_the_gradient_and_a_theta_of_its_own_is_not():
    X, y, w, lam, m, numeric = _ridge_parts()
    as_w = X.T @ (X @ w - y) / m + lam / m * w  # the answer below with θ read as w
    own = X.T @ (X @ w - y) / m + lam / m * RNG.normal(size=3)  # θ a vector of its own
    halved = X.T @ (X @ w - y) / m + lam / (2 * m) * w  # the λ/(2m) answer with θ read as w
    assert np.allclose(numeric, as_w, atol=1e-6)
    assert not np.allclose(numeric, own, atol=1e-3)
    assert not np.allclose(numeric, halved, atol=1e-3)


@pytest.mark.parametrize("answer, stray, shown", [
    ("X.T @ (X @ w - y)/m + lam/m*theta", "theta", "θ"),
    ("grad = X.T @ (X @ w - y)/m + lam/m*theta", "theta", "θ"),
    ("X.T @ (X @ w - y)/m + lam/m*beta", "beta", "β"),
    (r"\frac1m\sum_i (w^T x_i - y_i)x_{ij} + \frac{\lambda}{m}\theta_j", r"\theta", "θ"),
])
def test_a_stray_parameter_name_the_verdict_turns_on_is_refused(answer, stray, shown):
    error = refused(logderiv.check, answer, cost=RIDGE_W, wrt="w_j", timeout=60)
    assert error.message.startswith(f"{TURNS} {shown}, which the cost does not write (its parameters are w)")
    assert "read as w under another name, as code and notes write the parameters, it is the gradient" in error.message
    assert error.column == answer.index(stray)
    assert f"--let '{stray.lstrip(chr(92))} = …'" in error.hint


def test_two_stray_names_are_named_together():
    answer = "X.T @ (X @ theta - y)/m + lam/m*beta"
    error = refused(logderiv.check, answer, cost=RIDGE_W, wrt="w_j", timeout=60)
    assert error.message.startswith(f"{TURNS} β and θ,") and "quantities of their own" in error.message
    assert error.column == answer.index("theta")


def test_the_refusal_on_the_command_line():
    result = CliRunner().invoke(main, ["check", "X.T @ (X @ w - y)/m + lam/m*theta", "--cost", RIDGE_W, "--wrt",
                                       "w_j", "--timeout", "60", "-f", "text"])
    assert result.exit_code == 2, result.output
    assert TURNS in " ".join(result.output.split())


def test_both_readings_different_keeps_the_verdict_with_no_note():
    # λ/(2m): with θ read as w or on its own, not the gradient (by hand, and the finite differences above)
    answer = r"\frac1m\sum_i (w^T x_i - y_i)x_{ij} + \frac{\lambda}{2m}\theta_j"
    assert_verdict_read(answer, RIDGE_W, "different", wrt="w_j")
    verdict = logderiv.check(answer, cost=RIDGE_W, wrt="w_j", timeout=60)
    assert not any("θ is read as w" in note for note in notes_of(verdict))


def test_an_answer_only_in_theta_is_still_read_as_w_with_its_note():
    answer = "X.T @ (X @ theta - y)/m + lam/m*theta"
    assert_verdict_read(answer, RIDGE_W, "equivalent", wrt="w_j")
    verdict = logderiv.check(answer, cost=RIDGE_W, wrt="w_j", timeout=60)
    assert any("so θ is read as w" in note for note in notes_of(verdict))


LINE_WB = "1/(2m) sum_i (w^T x_i + b - y_i)^2"  # ∂/∂b = (1/m) Σᵢ (wᵀxᵢ + b − yᵢ), by hand


def test_by_b_an_answer_only_in_theta_is_read_as_the_costs_w():
    # --wrt b names no vector, but the cost's one parameter vector is w: θ, which the cost never writes, is it
    answer = "1/m sum_i (theta^T x_i + b - y_i)"
    assert_verdict_read(answer, LINE_WB, "equivalent", wrt="b")
    verdict = logderiv.check(answer, cost=LINE_WB, wrt="b", timeout=60)
    assert any("so θ is read as w" in note for note in notes_of(verdict))
    assert_verdict_read("1/m sum_i (theta^T x_i - y_i)", LINE_WB, "different", wrt="b")  # the b left out: still wrong


def test_by_b_a_stray_theta_beside_w_is_refused_or_judged_as_both_readings_agree():
    error = refused(logderiv.check, "1/m sum_i (theta^T x_i + b - y_i) + 0*w_1", cost=LINE_WB, wrt="b", timeout=60)
    assert error.message.startswith(f"{TURNS} θ, which the cost does not write (its parameters are w)")
    # + λθ₁: with θ read as w or on its own, not ∂J/∂b (by hand)
    assert_verdict_read("1/m sum_i (w^T x_i + b - y_i) + lam*theta_1", LINE_WB, "different", wrt="b")

# ----------------------------------------------------------------------------- 2. the model's x unmarked (f68)
#: f68-skynet-linear-cost-second-form-x-unindexed, verbatim
SKYNET = r"\frac{1}{2 m}\sum_{i=1}^{m}(\vec{\theta}^{T} \vec{x} - y_i)^2"
MODEL_NOTE = "in the model has no example index beside"


def _half_mean_squares(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


@pytest.mark.parametrize("text", [SKYNET, "1/(2m) sum_i (theta^T x - y^(i))^2", "1/(2m) Σᵢ (θᵀx − yᵢ)²"])
def test_the_models_unmarked_x_is_the_examples_gradient(text):
    assert_gradient_read(text, _half_mean_squares)
    derivation = logderiv.derive(text, timeout=60)
    assert any(MODEL_NOTE in note and "read as x⁽ⁱ⁾" in note for note in derivation.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_models_x_note_in_every_format(fmt):
    result = CliRunner().invoke(main, ["derive", SKYNET, "--timeout", "60", "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert any(MODEL_NOTE in note for note in json.loads(result.stdout)["notes"])
    else:
        assert MODEL_NOTE in " ".join(result.stdout.split()), result.stdout


@pytest.mark.parametrize("text", [r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x_i - y_i)^2",  # x marked: nothing supplied
                                  "1/(2m) sum_i (theta^T x - y)^2"])  # nothing marked: the implied-index note
def test_no_model_note_where_nothing_is_supplied_beside_a_mark(text):
    assert_gradient_read(text, _half_mean_squares)
    assert not any(MODEL_NOTE in note for note in logderiv.derive(text, timeout=60).notes)


@pytest.mark.parametrize("answer", [r"\frac{1}{m}\sum_i (w^T x + b - y_i)", "1/m sum_i (w^T x + b - y^(i))"])
def test_the_model_note_on_an_answer_too(answer):
    # ∂/∂b of (1/(2m)) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)² is (1/m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾), by hand
    cost = "1/(2m) sum_i (w^T x^(i) + b - y^(i))^2"
    assert_verdict_read(answer, cost, "equivalent", wrt="b")
    verdict = logderiv.check(answer, cost=cost, wrt="b", timeout=60)
    assert any(MODEL_NOTE in note for note in verdict.notes)


def test_the_model_x_beside_a_marked_feature_stays_refused_in_latex():
    # x_{ij} carries the example and θᵀx does not: the LaTeX reader names both readings (x⁽ⁱ⁾, or a value of its own)
    error = refused(logderiv.check, r"\frac{1}{m}\sum_i (\theta^T x - y_i) x_{ij}", timeout=60,
                    cost="1/(2m) sum_i (theta^T x^(i) - y^(i))^2")
    assert "has no example index while" in error.message


# ------------------------------------------------------------------------- 3a. the negative gradient on the left
SQUARES_W = r"\frac{1}{2m}\sum_i (w^T x_i - y_i)^2"  # ∇ = (1/m) Xᵀ(Xw − y)
# one reading of a negated left side, audit27d's in read_answer, found by both branches of this stop: its note
NEGATED_NOTE = ("the left side is minus the derivative (−∂J/∂…, the negative gradient): the derivative is the "
                "negative of the right side, and that is what is checked")


def test_the_negative_gradient_by_finite_differences():
    X, y, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    numeric = central_differences(lambda v: float(np.sum((X @ v - y) ** 2) / 10), w)
    assert np.allclose(-numeric, X.T @ (y - X @ w) / 5, atol=1e-6)  # −∇J = (1/m) Xᵀ(y − Xw): the answers below
    assert not np.allclose(-numeric, X.T @ (X @ w - y) / 5, atol=1e-3)


@pytest.mark.parametrize("answer, verdict", [
    (r"-\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_i (y_i - w^T x_i) x_{ij}", "equivalent"),
    (r"-\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_i (w^T x_i - y_i) x_{ij}", "different"),
    ("-dJ/dw_j = 1/m sum_i (y_i - w^T x_i) x_ij", "equivalent"),
    ("−dJ/dw_j = 1/m sum_i (w^T x_i - y_i) x_ij", "different"),
])
def test_a_negated_left_side_negates_both_sides(answer, verdict):
    assert_verdict_read(answer, SQUARES_W, verdict, wrt="w_j")
    judged = logderiv.check(answer, cost=SQUARES_W, wrt="w_j", timeout=60)
    assert NEGATED_NOTE in judged.notes
    assert judged.source == answer


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_negated_left_side_note_in_every_format(fmt):
    answer = r"-\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_i (y_i - w^T x_i) x_{ij}"
    result = CliRunner().invoke(main, ["check", answer, "--cost", SQUARES_W, "--wrt", "w_j", "--timeout", "60",
                                       "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert NEGATED_NOTE in json.loads(result.stdout)["notes"]
    else:
        said = " ".join(result.stdout.split())
        assert "the negative gradient): the derivative is the negative of the right side" in said


def test_a_minus_and_a_space_stays_a_markdown_lists_mark_or_a_minus():
    # "- " opens a Markdown list item as well: its two readings give opposite gradients, refused as before
    error = refused(logderiv.check, r"- \frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_i (y_i - w^T x_i) x_{ij}",
                    cost=SQUARES_W, wrt="w_j", timeout=60)
    assert "a Markdown list's mark or a minus on the left side" in error.message


def test_a_negated_left_side_before_a_chain_is_refused_saying_so():
    # both sides are −∇J (by hand): the old message, "the sides of the chain differ", was false
    answer = r"-\frac{\partial J}{\partial w_j} = \frac{1}{m}X^T(y - Xw) = -\frac{1}{m}X^T(Xw - y)"
    error = refused(logderiv.check, answer, cost=r"\frac{1}{2m}\|Xw - y\|^2", wrt="w_j", timeout=60)
    assert error.message == ("the left side is −∂J/∂wⱼ (a minus before the derivative) and 2 sides follow it: only "
                             "one side after a negated left side is read")
    assert error.column == 0


# ------------------------------------------------------------------------------------ 3b. many slice updates
def _updates(count):
    return "grad = X.T @ (X @ w - y)/m\n" + "grad[1:] += lam/m*w[1:]\n" * count


def test_too_many_updates_are_refused_as_too_many_lines():
    answer = _updates(200)
    error = refused(logderiv.check, answer, cost=RIDGE_W, wrt="w_j", timeout=60)
    assert error.message.startswith("the code assigns grad in too many lines to read: each line builds on the value "
                                    "before it")
    assert "brackets are nested" not in error.message
    assert answer[error.column:].startswith("grad[1:] +=")
    assert "fewer lines" in error.hint


def test_a_few_updates_are_still_judged():
    # 20 updates add 20(λ/m) to every entry but the first: not the gradient of the ridge cost (by hand)
    X, y, w, lam, m, numeric = _ridge_parts()
    added = np.concatenate([[0.0], w[1:]])
    assert not np.allclose(numeric, X.T @ (X @ w - y) / m + 20 * lam / m * added, atol=1e-3)
    assert_verdict_read(_updates(20), RIDGE_W, "different", wrt="w_j")


# ------------------------------------------------------------------------------------------ 3c. \text{2m}
RIDGE_TEXT = r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \frac{\lambda}{\text{2m}}\sum_j \theta_j^2"


def _ridge_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


@pytest.mark.parametrize("text", [RIDGE_TEXT, RIDGE_TEXT.replace(r"\frac{\lambda}{\text{2m}}", r"\lambda/\text{2m}")])
def test_a_count_in_text_type_is_the_product(text):
    assert_gradient_read(text, _ridge_theta)
    notes = logderiv.derive(text, timeout=60).notes
    assert r"'\text{2m}' is the number 2 times the count m, set in text type: read as {2m}" in notes


# --------------------------------------------------------------------------------------------- 3d. AᵀA
@pytest.mark.parametrize("text", [r"\|Ax-b\|^2 + A^TA", "‖Ax-b‖^2 + A^TA", "‖Ax−b‖² + AᵀA",
                                  "sum((X@w - y)**2) + X.T@X"])
def test_a_gram_matrix_in_a_cost_is_refused_as_a_matrix(text):
    wrt = "w_j" if "X" in text else "x_j"
    error = refused(logderiv.derive, text, wrt=wrt, timeout=60)
    assert error.message.startswith("this product is the n×n matrix XᵀX, the data matrix times itself")
    assert "cannot be multiplied" not in error.message
    assert error.column == text.rindex("A^T" if "A^T" in text else "Aᵀ" if "Aᵀ" in text else "X.T")


def test_the_unicode_transpose_in_least_squares():
    def squares(d):  # xᵀAᵀAx − 2bᵀAx + bᵀb = ‖Ax − b‖², A, x, b drawn as X, w, y
        return float(np.sum((d.X @ d.w - d.y) ** 2))

    assert_gradient_read("xᵀAᵀAx - 2bᵀAx + bᵀb", squares, wrt=("x_j",))
    assert_verdict_read("2Aᵀ(Ax − b)", "‖Ax−b‖²", "equivalent", wrt="x_j")
    assert_verdict_read("Aᵀ(Ax − b)", "‖Ax−b‖²", "different", wrt="x_j")



# ------------------------------------------------------------------------ 1b. θ beside w in a written derivation
PAGE = ("$$J(w) = \\frac{1}{2m}\\sum_{i=1}^m (w^T x_i - y_i)^2 + \\frac{\\lambda}{2m}\\|w\\|^2$$\n\n"
        "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^m (w^T x_i - y_i) x_{ij} "
        "+ \\frac{\\lambda}{m}\\theta_j$$\n")


def test_a_page_right_with_theta_read_as_w_is_refused():
    # with θ read as w the last line is the ridge gradient (the finite differences of section 1)
    error = refused(logderiv.steps, PAGE, timeout=120)
    assert error.message.startswith(f"{TURNS} θ, which the cost does not write (its parameters are w)")
    assert "the page is right" in error.message
    assert error.line == 3 and PAGE[error.column:].startswith("\\theta_j")


def test_a_page_wrong_under_both_readings_stays_wrong():
    # λ/(2m) θⱼ: half the penalty's gradient whichever θ is (section 1's finite differences)
    review = logderiv.steps(PAGE.replace("\\frac{\\lambda}{m}\\theta_j", "\\frac{\\lambda}{2m}\\theta_j"), timeout=120)
    assert review.ending == "wrong" or review.first_error is not None
