"""Issue 10: a sum over the examples written from 0 to m beside 1/m (a slip for 1..m, or 0..m−1).

Σ_{i=0}^{m} has m + 1 terms, so the text is literally (m + 1)/m times a mean; every writer in the corpus means the
mean over the m examples. The coordinator's rule: read it where the verdict does not depend on the reading, and
refuse where it does. ``derive`` reads a cost with 1/m beside the sum as the mean (noted); a check whose other side
sums the m examples written out (1..m, 0..m−1) is judged under the slip reading, and literally one side holds an
example the other lacks (different whatever the terms): the verdict is given only where it is different.

Truths are worked by hand and checked by finite differences (``_numeric``) or the corpus judge (``_reading``),
never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check, derive

from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(10)

# --- the real items, verbatim ---------------------------------------------------------------------------------------

GEIS = "https://github.com/Michael-Geis/CS-229-F18-Solutions (# PS1-3: Poisson Regression, ## (C))"
#: the last side of 'The log likelihood is J(θ) = … = …' (GEIS), and its η
GEIS_J = r"\frac{1}{m}\sum_{i=0}^m -\log y^{(i)}! + y^{(i)}(x^{(i)}\cdot\theta) - e^{x^{(i)}\cdot\theta}"
GEIS_LETS = (r"\eta^{(i)} = x^{(i)}\cdot\theta",)
#: 'therefore the (batch) gradient is' (GEIS)
GEIS_GRAD = r"\nabla J = \frac{1}{m}\sum_{i=0}^m\left(y^{(i)} - e^{x^{(i)} \cdot \theta} \right)x^{(i)}"

LHHMMIII = "github:lhhmmiii/Linear-Regression:README.md ('## 2. Hàm mất mát', '## 3. Gradient Descent')"
LHH_J = r"J(W,b)=\frac{1}{2m} \sum\limits_{i=0}^{m}(f_{\overrightarrow{w},b}(x^{(i)})-y^{(i)})^2"
LHH_LETS = (r"f_{\overrightarrow{w},b}(x^{(i)})=\overrightarrow{w}x^{(i)}+b",)
LHH_DJDB = (r"\frac{\partial J(w,b)}{\partial b}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
            r"y^{(i)})")

SLIP_NOTE = "Σ from i = 0 to m has m + 1 terms, beside 1/m: read as the m examples i = 1..m, as the 1/m says"
EITHER = "different under either reading"


def _poisson_mean(d):
    """By hand: (1/m)Σᵢ [yᵢ θᵀxᵢ − e^{θᵀxᵢ}] over the m examples (−log yᵢ! holds no θ)."""
    z = d.X @ d.theta
    return float(np.mean(d.y * z - np.exp(z)))


def _half_mse(d):
    """By hand: (1/2m)Σᵢ (w·xᵢ + b − yᵢ)² over the m examples."""
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m)


def test_the_hand_gradients_agree_with_finite_differences():
    """∂/∂θ (1/m)Σ[y θᵀx − e^{θᵀx}] = (1/m)Σ(y − e^{θᵀx})x, and ∂/∂b (1/2m)Σ(w·x + b − y)² = (1/m)Σ(w·x + b − y)."""
    X, y, theta = _RNG.normal(size=(5, 3)) / 2, _RNG.poisson(2.0, size=5).astype(float), _RNG.normal(size=3) / 2
    numeric = central_differences(lambda t: np.mean(y * (X @ t) - np.exp(X @ t)), theta)
    assert np.allclose(numeric, X.T @ (y - np.exp(X @ theta)) / 5, atol=1e-6)
    w, b = _RNG.normal(size=3), 0.3
    (by_b,) = central_differences(lambda v: np.sum((X @ w + v[0] - y) ** 2) / 10, np.array([b]))
    assert np.isclose(by_b, np.mean(X @ w + b - y))
    # the two readings of (1/m)Σ_{i=0}^{m} with the rows numbered 0..4 (m = 4): literally all five terms over 4, for
    # the m examples 1..4 four of them: they differ by example 0's term, so a right answer under one is wrong under
    # the other
    residual = X @ w + b - y
    assert not np.isclose(np.sum(residual) / 4, np.sum(residual[1:]) / 4)


def test_geis_cost_is_the_mean_over_the_m_examples():
    """GEIS's J, Σ_{i=0}^m beside 1/m: derived as the mean log-likelihood over the m examples, the slip noted."""
    assert_gradient_read(GEIS_J, _poisson_mean, lets=GEIS_LETS)
    assert any(note.startswith(SLIP_NOTE) for note in notes_of(derive(GEIS_J, let=GEIS_LETS)))


@pytest.mark.parametrize("answer, verdict", [
    (GEIS_GRAD, "equivalent"),  # GEIS's own ∇J, the same slip: (1/m)Σ(y − e^{θᵀx})x
    (GEIS_GRAD.replace(r"\right)x^{(i)}", r"\right)"), "different"),  # the factor xⱼ⁽ⁱ⁾ dropped
])
def test_geis_answers_with_the_same_slip(answer, verdict):
    """Both sides sum 0..m beside 1/m over the same terms (a bracketless sum runs to the end of the line)."""
    assert_verdict_read(answer, GEIS_J, verdict, lets=GEIS_LETS)
    said = notes_of(check(answer, cost=GEIS_J, let=GEIS_LETS))
    assert any("both sum from i = 0 to m beside 1/m" in note for note in said), said


def test_lhhmmiii_cost_is_the_half_mean_squared_error():
    """LHHMMIII's J(W,b), Σ_{i=0}^{m} beside 1/(2m): Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²/(2m), by finite differences in w and b."""
    assert_gradient_read(LHH_J, _half_mse, wrt=("w_j", "b"), lets=LHH_LETS)


def test_lhhmmiii_dJdb_depends_on_the_reading():
    """LHHMMIII's own dJ/db sums 0..m−1: right for the m examples, literally one example short of the cost's m + 1."""
    error = refused(check, LHH_DJDB, cost=LHH_J, wrt="b", let=LHH_LETS)
    assert "the verdict depends on the reading" in str(error) and "m + 1 terms in the cost" in str(error)
    assert error.column == LHH_DJDB.index("i = 0") + 4 and error.label == "ANSWER"


def test_lhhmmiii_dJdb_with_the_half_kept_is_different_either_way():
    """(1/2m)Σ_{i=0}^{m-1}: half the gradient over the m examples, and one example short literally."""
    answer = LHH_DJDB.replace(r"\frac{1}{m}", r"\frac{1}{2m}")
    assert_verdict_read(answer, LHH_J, "different", wrt="b", lets=LHH_LETS)
    assert any(EITHER in note for note in notes_of(check(answer, cost=LHH_J, wrt="b", let=LHH_LETS)))


# --- near-variants that mean something else -------------------------------------------------------------------------

def test_no_mean_beside_the_sum_stays_refused():
    """Σ_{i=0}^{m} without 1/m may be m + 1 examples (and m counts them: one too many): refused at the 0."""
    text = GEIS_J.replace(r"\frac{1}{m}", "")
    error = refused(derive, text, let=GEIS_LETS)
    assert "from 0 to m" in str(error) and error.column == text.index("0}")


def test_a_mean_only_on_the_penalty_stays_refused():
    """1/m on another term says nothing of the sum's count."""
    text = r"\sum_{i=0}^{m}(\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{m}\sum_{j=1}^{n}\theta_j^2"
    error = refused(derive, text)
    assert "from 0 to m" in str(error)


@pytest.mark.parametrize("text", [
    r"\frac{1}{m+1}\sum_{i=0}^{m}(\theta^T x^{(i)} - y^{(i)})^2",
    r"1/(m+1)\sum_{i=0}^{m}(\theta^T x^{(i)} - y^{(i)})^2",
])
def test_a_mean_over_m_plus_1_is_no_slip(text):
    """1/(m + 1) beside m + 1 terms is a mean as written, over m + 1 examples: not taken for the slip, refused."""
    error = refused(derive, text)
    assert "from 0 to m" in str(error)


def test_a_zero_based_sum_to_m_minus_1_is_read_without_the_slip_note():
    """Σ_{i=0}^{m-1} is already the m examples: read as before, and no slip is named."""
    text = GEIS_J.replace("^m", "^{m-1}")
    assert_gradient_read(text, _poisson_mean, lets=GEIS_LETS)
    assert not any(note.startswith(SLIP_NOTE) for note in notes_of(derive(text, let=GEIS_LETS)))


@pytest.mark.parametrize("answer, verdict", [
    # by hand: with i = 1..m on both sides the answer is the gradient; literally the cost has example 0 too
    (GEIS_GRAD.replace("i=0", "i=1"), None),
    # the factor xⱼ⁽ⁱ⁾ dropped: wrong over the m examples, and literally one example short as well
    (GEIS_GRAD.replace("i=0", "i=1").replace(r"\right)x^{(i)}", r"\right)"), "different"),
    # the sign flipped (gradient descent's −∇): wrong either way
    (r"\frac{1}{m}\sum_{i=1}^m\left(e^{x^{(i)} \cdot \theta} - y^{(i)} \right)x^{(i)}", "different"),
])
def test_an_answer_from_1_against_a_cost_from_0(answer, verdict):
    """Both readings computed: equivalent for the m examples but different literally is refused at the answer's sum."""
    if verdict is None:
        error = refused(check, answer, cost=GEIS_J, let=GEIS_LETS)
        assert "read literally (m + 1 terms in the cost, m in the answer)" in str(error)
        assert error.column == answer.index("i=1") + 2
        return
    assert_verdict_read(answer, GEIS_J, verdict, lets=GEIS_LETS)
    assert any(EITHER in note for note in notes_of(check(answer, cost=GEIS_J, let=GEIS_LETS)))


def test_an_answer_from_0_against_a_cost_from_1():
    """The cost sums 1..m and the answer 0..m beside 1/m: right only under the slip reading, refused at the answer's 0."""
    cost = GEIS_J.replace("i=0", "i=1")
    error = refused(check, GEIS_GRAD, cost=cost, let=GEIS_LETS)
    assert "the answer sums from i = 0 to m beside 1/m and the cost over the m examples" in str(error)
    assert error.column == GEIS_GRAD.index("i=0") + 2
