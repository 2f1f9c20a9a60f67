r"""An adversarial audit of fixlsq's readings (audit26e, issue 10): two misreads found and fixed, each refused now.

fixlsq read least squares in A, x, b more widely: Strang's single bars ``|Ax − b|`` as the vector's length, and a
lower-case x as the data matrix X where the targets are a column (``(y - x\theta)^T(y - x\theta)``). Read as an
adversary, two inputs came out wrong:

* single bars summed — ``sum(|Ax-b|)``, ``1^T|Ax-b|`` (Boyd's notation for the 1-norm), ``\sum |Ax-b|`` — were read
  as the length ‖Ax − b‖ (sum of one number), so the gradient was Aᵀr/‖r‖ where the writer's Σᵢ|rᵢ| has
  Aᵀ sign(r). Summed, the bars are each entry's absolute value: refused, with the caret at the bar. Squared
  (``sum(|Ax-b|^2)``) both readings are ‖r‖², and it is read as before;
* an answer writing x as one example's features (``-2(y - \theta^T x)x``, ``-2x_j(y - x\theta)``) beside the
  cost ``(y - x\theta)^T(y - x\theta)``: the cost alone was read with x the m×n matrix, the answer with x one
  example, and the two compared — a right one-example answer was called "different". Now refused, the caret at
  the answer's x; answers that keep x the matrix (``-2x^T(y - x\theta)``) or sum over the examples read as before;
* (met probing identities, older than fixlsq) a left side with the count glued to the cost's letter, ``mJ = \|Xw-y\|^2``,
  was read silently as a name mJ of the right side, its gradient ∇‖Xw − y‖², where J = ‖Xw − y‖²/m has 1/m of it:
  refused as ``2J = …`` is ("the left side is m·J").

Why: a wrong gradient and a false "different" are release-blocking. Truths are worked by hand and held to central
finite differences of NumPy costs (tests/_numeric.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(2026)
BARS_NOTE = "|Ax| with single bars around the vector Ax is its length"


def _squares(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2))


# ---------------------------------------------------------------- 1. single bars inside a sum
def test_summed_bars_are_not_the_length_by_finite_differences():
    """∇ₓ Σᵢ |(Ax − b)ᵢ| = Aᵀ sign(Ax − b), not ∇ₓ‖Ax − b‖ = Aᵀ(Ax − b)/‖Ax − b‖, the length's (read before)."""
    A, b, x = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3)
    one_norm = _fd(lambda v: float(np.sum(np.abs(A @ v - b))), x)
    assert np.allclose(one_norm, A.T @ np.sign(A @ x - b), atol=1e-5)
    length = A.T @ (A @ x - b) / np.linalg.norm(A @ x - b)
    assert not np.allclose(one_norm, length, atol=1e-2)
    # squared, each entry's |rᵢ|² is rᵢ²: the sum is ‖r‖² whichever the bars mean (read, below)
    assert np.allclose(_fd(lambda v: float(np.sum(np.abs(A @ v - b) ** 2)), x), 2 * A.T @ (A @ x - b), atol=1e-5)


@pytest.mark.parametrize("text, bar", [
    ("sum(|Ax-b|)", 4),
    ("sum(|Ax|)", 4),
    ("1^T|Ax-b|", 3),               # Boyd's 1ᵀ|Ax − b|, the 1-norm
    (r"\mathbf{1}^T|Ax-b|", 12),
    (r"\sum_{i=1}^m |Ax-b|", 13),
    ("mean(|Ax-b|)", 5),
    ("sum(|Ax-b|^3)", 4),           # Σ|rᵢ|³ ≠ ‖r‖³
])
def test_summed_single_bars_are_refused_at_the_bar(text, bar):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="x_j")
    assert "single bars" in str(caught.value) and "inside a sum" in str(caught.value)
    assert caught.value.column == bar


def test_summed_bars_answer_is_not_judged():
    """check refuses the cost too, at its bar: the length's gradient was judged "equivalent" to it before."""
    with pytest.raises(InputError) as caught:
        check("A^T(Ax - b)/||Ax - b||", cost="1^T|Ax-b|", wrt="x_j")
    assert "single bars" in str(caught.value)


@pytest.mark.parametrize("text", ["sum(|Ax-b|^2)", "1^T|Ax-b|^2", "sum(|Ax-b|.^2)"])
def test_summed_squared_bars_read_as_before(text):
    assert_gradient_read(text, _squares, wrt=("x_j",))


def test_unsummed_bars_still_read_as_the_length():
    """|Ax − b| alone (Strang): the length, ∇ = Aᵀr/‖r‖ by finite differences; noted."""
    assert_gradient_read("|Ax-b|", lambda d: float(np.linalg.norm(d.X @ d.w - d.y)), wrt=("x_j",))
    assert any(BARS_NOTE in note for note in notes_of(derive("|Ax-b|", wrt="x_j")))


# ---------------------------------------------------------------- 2. lower-case x: an answer with one example's x
COST = r"(y - x\theta)^T(y - x\theta)"


def test_one_example_answer_is_right_for_one_example_by_finite_differences():
    """Read with x one example's features, the cost is (y − θᵀx)² and −2(y − θᵀx)x its gradient: the answer below
    was called "different" only because the cost was read with x the matrix and the answer with x an example."""
    x, y, theta = RNG.normal(size=4), 0.7, RNG.normal(size=4)
    assert np.allclose(_fd(lambda t: float((y - x @ t) ** 2), theta), -2 * (y - theta @ x) * x, atol=1e-6)


@pytest.mark.parametrize("answer, column", [
    (r"-2(y - \theta^T x)x", 16),
    (r"-2x(y - x\theta)", 2),
    (r"-2x_j(y - x\theta)", 2),
    (r"-2 x y + 2 x^2 \theta", 3),
])
def test_an_answer_reading_x_as_one_example_is_refused(answer, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost=COST, wrt="theta_j")
    assert "x is the data matrix X in the cost" in str(caught.value)
    assert caught.value.column == column


@pytest.mark.parametrize("answer, verdict", [
    (r"-2x^T(y - x\theta)", "equivalent"),            # x the matrix in both: −2Xᵀ(y − Xθ), by hand
    (r"2x^T(y - x\theta)", "different"),              # the sign flipped
    (r"-2\sum_i (y_i - x_i\theta)x_i", "equivalent"),  # a sum over the examples: x_i a row of X
])
def test_answers_that_keep_x_the_matrix_read_as_before(answer, verdict):
    assert_verdict_read(answer, COST, verdict)


def test_the_cost_alone_still_reads_x_as_the_matrix():
    assert_gradient_read(COST, lambda d: float(np.sum((d.y - d.X @ d.theta) ** 2)))


# ---------------------------------------------------------------- 3. a count glued to the cost's letter on the left
def test_m_times_j_truth_by_finite_differences():
    """J = ‖Xw − y‖²/m when mJ = ‖Xw − y‖²: ∇J is 1/m of the right side's gradient, so the two readings differ."""
    X, y, w = RNG.normal(size=(5, 2)), RNG.normal(size=5), RNG.normal(size=2)
    right_side = _fd(lambda v: float(np.sum((X @ v - y) ** 2)), w)
    assert np.allclose(_fd(lambda v: float(np.sum((X @ v - y) ** 2)) / 5, w), right_side / 5, atol=1e-6)
    assert not np.allclose(right_side / 5, right_side, atol=1e-3)


@pytest.mark.parametrize("text", [r"mJ = \|Xw-y\|^2", r"mJ(w) = \|Xw-y\|^2", "mJ = sum((X*w-y).^2)", "nL = sum((X*w-y).^2)"])
def test_a_count_glued_to_the_cost_letter_is_refused(text):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="w_j")
    assert "the left side is " in str(caught.value) and "their gradients differ by the factor" in str(caught.value)
    assert caught.value.column == 0


@pytest.mark.parametrize("text", ["MSE = sum((X*w-y).^2)/m", r"J = \frac{1}{m}\|Xw-y\|^2"])
def test_names_of_the_cost_read_as_before(text):
    assert_gradient_read(text, lambda d: float(np.sum((d.X @ d.w - d.y) ** 2)) / d.m, wrt=("w_j",))


def test_a_name_of_letters_starting_with_a_count_reads_as_before():
    """NLL (N, L, L in LaTeX) names the cost: it is no count glued to one letter (the corpus' f42 question)."""
    assert_gradient_read(r"NLL(w) = \|Xw-y\|^2", _squares, wrt=("w_j",))
