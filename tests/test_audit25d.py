"""audit25d (issue 10): near-variants of real derivation pages that fixderiv25's new readings misjudged.

fixderiv25 read, on a page checked against a preset given with --cost, (1) n as the preset's m where the page wrote n
"only as its count of the examples", (2) the L or E an undefined first line differentiates as the --cost cost, and
(3) the katakana middle dot ・ as the product dot. Each gave a false verdict on a page near the real one:

- n said to count the features in words it did not list (特徴量の数を n, n características, n-dimensional, j = 1..n,
  range(n), dim(x) = n, x ∈ R^(n), …): the page's (1/n) Σ, dividing by the features, was judged the gradient. Now n
  is read as m only where the page writes n nowhere but as a divisor (1/n, \\frac{1}{n}) and writes neither m nor N;
  every other n may count the features, and the page stays refused as before.
- an L that is one example's loss (no Σ), an E that is the sum without 1/m, an L the page says is a likelihood: each
  was judged 'wrong' against the mean. Now L is read as the --cost cost only where its first line is a mean over
  the examples (a Σ and a count) and the page says nothing of a likelihood; else refused as on main.
- an L whose first line is not the --cost cost's gradient (−1, 2 or ½ times it: the mean log-likelihood, the mean of
  squares without ½; the mean of squares of a sigmoid beside --cost logistic): 'wrong' at line 1, though the page's
  undefined L may be just that objective. Now refused, naming both readings: only a right first line shows that the
  page's L is the --cost cost.
- ・ between digits (0・5): Japanese sets a decimal point so too; read as a product, a cost's ½ written 0・5 was 0
  and a right line was judged 'wrong'. Now refused with a caret and both readings.

The mathematics each verdict rests on is checked here by central finite differences (NumPy), never against logderiv.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page
from _numeric import central_differences

import logderiv
from logderiv.errors import InputError

# ---- the facts, by finite differences ----------------------------------------------------------------------------

_RNG = numpy.random.default_rng(2025)
_X = _RNG.normal(size=(6, 3))  # 6 examples, 3 features: the two counts differ
_Y = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0, 1.0])
_W = numpy.array([0.4, -0.7, 0.2])


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def _mean_cross_entropy(w):
    h = _sigmoid(_X @ w)
    return float(numpy.mean(-_Y * numpy.log(h) - (1 - _Y) * numpy.log(1 - h)))


def _half_mean_square(w):
    return float(numpy.mean((_X @ w - _Y) ** 2) / 2)


def _half_mean_square_of_the_sigmoid(w):
    return float(numpy.mean((_sigmoid(_X @ w) - _Y) ** 2) / 2)


def _far(a, b):
    return float(numpy.max(numpy.abs(a - b))) > 1e-3


def test_the_facts_the_verdicts_rest_on():
    h = _sigmoid(_X @ _W)
    gradient = central_differences(_mean_cross_entropy, _W)
    m, n = _X.shape
    assert gradient == pytest.approx(_X.T @ (h - _Y) / m, abs=1e-7)  # --cost logistic's gradient
    assert _far(gradient, _X.T @ (h - _Y) / n)  # (1/n) Σ with n the features: not the gradient
    assert _far(gradient, (h[0] - _Y[0]) * _X[0])  # one example's (ŷ − y) x_j: not the mean's gradient
    assert _far(gradient, _X.T @ (h - _Y))  # the sum's gradient: m times it
    assert _X.T @ (_Y - h) / m == pytest.approx(-gradient, abs=1e-7)  # the mean log-likelihood's: −1 times it
    linear = central_differences(_half_mean_square, _W)
    assert 2 * _X.T @ (_X @ _W - _Y) / m == pytest.approx(2 * linear, abs=1e-7)  # the mean of squares (no ½): 2×
    assert _far(linear, 0 * _X.T @ (_X @ _W - _Y))  # 0・5 read as 0 · 5: the zero vector, not the gradient
    squares = central_differences(_half_mean_square_of_the_sigmoid, _W)  # an L of another objective, same data
    assert squares == pytest.approx(_X.T @ ((h - _Y) * h * (1 - h)) / m, abs=1e-7)
    assert _far(squares, gradient)


# ---- the pages ---------------------------------------------------------------------------------------------------

_LINES = ("∂L/∂w_j = -(1/n) * Σ [y_i * (1-ŷ_i) * x_j - (1-y_i) * ŷ_i * x_j]\n"
          "        = -(1/n) * Σ [(y_i - ŷ_i) * x_j]\n"
          "        = (1/n) * Σ [(ŷ_i - y_i) * x_j]\n")


def _page(prose: str = "", lines: str = _LINES) -> str:
    return f"{prose}\n\n```\n{lines}```\n"


def _review(tmp_path, text, *options):
    result = steps_of_page(tmp_path, text, "-f", "json", "--timeout", "60", *options)
    return result, (json.loads(result.stdout) if result.exit_code in (0, 1) else None)


@pytest.mark.parametrize("prose", [
    "特徴量の数を n とし、サンプル数を N とする。",  # Japanese: n features (特徴量), N samples
    "Sea n el número de características.",  # Spanish
    "Soit n le nombre de caractéristiques.",  # French
    "입력 특성의 개수를 n이라 하자.",  # Korean
    "Let x be an n-dimensional input vector.",
    "The weights are w_j for j = 1..n.",
    "for j in range(n): update w_j",
    "dim(x) = n",
    "x ∈ R^(n)",
    "Each input has n attributes (columns of X).",
])
def test_n_said_otherwise_on_the_page_is_not_read_as_the_examples(tmp_path, prose):
    # the page's n counts the features: its (1/n) Σ is not the gradient (the facts above); was judged 'gradient'
    result, _ = _review(tmp_path, _page(prose), "--cost", "logistic")
    assert result.exit_code == 2, result.output
    assert "n counts the examples in this line, but the cost counts its features by n" in result.stderr


def test_n_written_only_as_a_divisor_is_still_the_examples(tmp_path):
    # the real page's shape (cold17): n only in 1/n, prose in Chinese, no m, no N: read as m, the gradient
    result, review = _review(tmp_path, _page("**化简后:**"), "--cost", "logistic")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert review["ending"] == "gradient"
    assert any(note.startswith("n counts the examples here: read as m") for note in review["notes"])


@pytest.mark.parametrize(("prose", "lines"), [
    # one example's loss: no Σ, no count (its gradient is not the mean's, the facts above)
    ("For one example, the loss:", "∂L/∂w_j = -[(y - ŷ) * x_j]\n        = (ŷ - y) * x_j\n"),
    # E the sum, no 1/m: m times the mean's gradient
    ("", "∂E/∂w_j = -Σ [y_i * (1-ŷ_i) * x_j - (1-y_i) * ŷ_i * x_j]\n        = Σ [(ŷ_i - y_i) * x_j]\n"),
    # L the log-likelihood, said in words (maximised by ascent), though its first line has a mean
    ("The log-likelihood L is maximised by gradient ascent.",
     "∂L/∂w_j = (1/n) * Σ [(y_i - ŷ_i) * x_j]\n        = -(1/n) * Σ [(ŷ_i - y_i) * x_j]\n"),
])
def test_an_undefined_L_that_is_not_the_mean_is_not_the_given_cost(tmp_path, prose, lines):
    # each was judged 'wrong' against the mean cross-entropy; the page's L (E) is another objective: refused as on main
    result, _ = _review(tmp_path, _page(prose, lines), "--cost", "logistic")
    assert result.exit_code == 2, result.output
    assert "which nothing on the page defines" in result.stderr
    assert "read as the cost given with --cost" not in result.output


@pytest.mark.parametrize(("lines", "cost", "scale"), [
    # the mean log-likelihood (no words said so): −1 times the mean cross-entropy's gradient
    ("∂L/∂w_j = (1/n) * Σ [y_i * (1-ŷ_i) * x_j - (1-y_i) * ŷ_i * x_j]\n        = (1/n) * Σ [(y_i - ŷ_i) * x_j]\n",
     "logistic", "-1"),
    # the mean of squares without ½ beside --cost linear's (1/2m) Σ: 2 times its gradient
    ("∂L/∂w_j = (2/n) * Σ [(ŷ_i - y_i) * x_j]\n        = (2/n) * Σ [(w·x_i - y_i) * x_j]\n", "linear", "2"),
])
def test_a_first_line_of_another_scale_is_refused(tmp_path, lines, cost, scale):
    # right for its own undefined L, 'wrong' for the --cost cost: which cannot be told
    result, _ = _review(tmp_path, _page("", lines), "--cost", cost)
    assert result.exit_code == 2, result.output
    assert f"its first line is {scale} times the gradient of the cost given with --cost" in result.stderr


def test_a_first_line_of_another_objective_is_refused(tmp_path):
    # (1/n) Σ (ŷ − y) ŷ(1 − ŷ) x_j is the gradient of the mean of squares of the sigmoid (facts above), not of
    # --cost logistic's: the page's undefined L may be that objective, or line 1 a slip; was judged 'wrong'
    lines = ("∂L/∂w_j = (1/n) * Σ [(ŷ_i - y_i) * ŷ_i * (1-ŷ_i) * x_j]\n"
             "        = (1/n) * Σ [(ŷ_i - y_i) * ŷ_i * (1-ŷ_i) * x_j]\n")
    result, _ = _review(tmp_path, _page("", lines), "--cost", "logistic")
    assert result.exit_code == 2, result.output
    assert "its first line is not the gradient of the cost given with --cost" in result.stderr


def test_a_sign_slipped_after_a_right_first_line_is_still_wrong(tmp_path):
    # line 1 is the mean cross-entropy's gradient, so L is the cost; line 2 flips the sign: −1 times it (facts above)
    lines = ("∂L/∂w_j = -(1/n) * Σ [y_i * (1-ŷ_i) * x_j - (1-y_i) * ŷ_i * x_j]\n"
             "        = (1/n) * Σ [(y_i - ŷ_i) * x_j]\n")
    result, review = _review(tmp_path, _page("", lines), "--cost", "logistic")
    assert result.exit_code == 1, (result.output, result.stderr)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [5]


# ---- the katakana middle dot between digits ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["(1/(2m)) * sum_i (0・5 * w_j x_ij - y_i)^2",
                                  r"\frac{1}{2m}\sum_{i=1}^{m}(0･5 w_j x^{(i)}_j - y^{(i)})^2"])
def test_a_katakana_dot_between_digits_is_refused(text):
    with pytest.raises(InputError) as refused:
        logderiv.derive(text, wrt="w_j")
    assert "may be a decimal point" in str(refused.value)
    assert refused.value.column == text.index("5") - 1


def test_a_half_written_0_5_with_the_katakana_dot_is_no_false_wrong(tmp_path):
    # ½ · (1/m) Σ 2(w·x − y) x_j is --cost linear's gradient; read 0 · 5 it was 0 and the line 'wrong'
    lines = ("∂J/∂w_j = 0・5 * (1/m) * Σ [2 * (w・x_i - y_i) * x_ij]\n"
             "        = (1/m) * Σ [(w・x_i - y_i) * x_ij]\n")
    result, _ = _review(tmp_path, _page("", lines), "--cost", "linear")
    assert result.exit_code == 2, result.output
    assert "between the digits 0 and 5 may be a decimal point" in result.stderr
