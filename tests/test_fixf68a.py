"""fixf68a (issue 10): the LaTeX blockers of the held-out wave f68, read as general conventions.

(a) A styled lowercase e raised to a power is Euler's e: blackboard bold (skynet.jl's Julia notes write
``\\frac{1}{1 + \\mathbb{e}^{-\\vec{\\theta}^T \\vec{x}}}``, as Julia spells the constant ℯ; noted, since its capital is
the expectation), upright or italic text (``\\text{e}``, ``\\textrm{e}``), a maths word unbraced (``\\mathrm e``).
Blackboard e with no power, ``\\mathbb{E}`` and a transposed e stay refused.

Every gradient and verdict here is judged by the corpus's own judge (tests/corpus/judge.py: finite differences of a
hand-written NumPy cost, or the hand-worked verdict), never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_cross_entropy(d):
    """-(1/m) Σ y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx)), by hand."""
    p = _sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _mean_softplus_margin(d):
    """(1/m) Σ log(1 + e^{−yθᵀx}), by hand."""
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.theta)))))


def test_the_cross_entropy_gradient_by_finite_differences():
    """The truth the answers below are held to: ∇J = (1/m)Xᵀ(σ(Xθ) − y), checked numerically."""
    rng = np.random.default_rng(68)
    X, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)

    def cost(t):
        p = _sigmoid(X @ t)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    np.testing.assert_allclose(central_differences(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 6, rtol=1e-6)


# ------------------------------------------------------------------ (a) a styled e raised to a power is Euler's e
_SKY_COST = (r"J(\vec{\theta}) = -\frac{1}{m}\sum_{i=1}^{m}(y_i\log h_\vec{\theta}(\vec{x}_{i}) + (1-y_i)\log(1 - "
             r"h_\vec{\theta}(\vec{x}_{i})) )")
_SKY_H = r"h_\vec{\theta}(\vec{x}) = \frac{1}{1 + E^{-\vec{\theta}^T \vec{x}}}"
_E_SPELLINGS = [r"\mathbb{e}", r"\mathbb e", r"{\mathbb{e}}", r"\text{e}", r"\textrm{e}", r"\textit{e}",
                r"\mathrm e", r"\mathup{e}", r"\text e", r"\mathrm{e}"]


@pytest.mark.parametrize("e", _E_SPELLINGS)
def test_a_styled_e_in_the_hypothesis_is_the_sigmoid(e):
    """skynet.jl's cost with its h = 1/(1 + 𝕖^{−θᵀx}): the mean cross-entropy's gradient, by finite differences."""
    assert_gradient_read(_SKY_COST, _mean_cross_entropy, lets=(_SKY_H.replace("E", e),))


@pytest.mark.parametrize("e", [r"\mathbb{e}", r"\text{e}", r"\mathrm e"])
def test_a_styled_e_in_the_cost_itself(e):
    assert_gradient_read(rf"\frac{{1}}{{m}}\sum_{{i=1}}^m \log(1+{e}^{{-y_i \theta^T x_i}})", _mean_softplus_margin)


@pytest.mark.parametrize("answer, verdict", [
    (r"\frac{\partial}{\partial \theta_j} J(\vec{\theta}) = \frac{1}{m} \sum_{i=1}^{m} x_{i,j} "
     r"(h_\vec{\theta}(\vec{x}_{i}) - y_i)", "equivalent"),
    (r"\frac{\partial}{\partial \theta_j} J(\vec{\theta}) = \frac{1}{m} \sum_{i=1}^{m} x_{i,j} "
     r"(y_i - h_\vec{\theta}(\vec{x}_{i}))", "different"),
    # the sigmoid written out in the answer itself, with the blackboard e
    (r"\frac{1}{m} \sum_{i=1}^{m} x_{i,j} (\frac{1}{1 + \mathbb{e}^{-\vec{\theta}^T \vec{x}_i}} - y_i)", "equivalent"),
    (r"\frac{1}{m} \sum_{i=1}^{m} x_{i,j} (\frac{1}{1 + \mathbb{e}^{\vec{\theta}^T \vec{x}_i}} - y_i)", "different"),
])
def test_answers_beside_the_blackboard_e_are_judged(answer, verdict):
    assert_verdict_read(answer, _SKY_COST, verdict, lets=(_SKY_H.replace("E", r"\mathbb{e}"),))


def test_the_blackboard_e_is_noted():
    result = logderiv.derive(_SKY_COST, wrt="theta_j", let=(_SKY_H.replace("E", r"\mathbb{e}"),))
    assert any("blackboard bold e, as some notes write Euler's number" in note for note in notes_of(result))


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
def test_the_blackboard_e_note_is_in_every_format(fmt):
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(["derive", r"\frac{1}{m}\sum_{i=1}^m \log(1+\mathbb{e}^{-y_i \theta^T x_i})", "--wrt", "theta_j"],
         "blackboard bold e, as some notes write Euler's number", fmt)


@pytest.mark.parametrize("text, said", [
    # no power: the number e, or a vector named e?
    (r"\frac{1}{m}\sum_{i=1}^m (\mathbb{e} \theta^T x_i - y_i)^2", "is read only as Euler's number raised to a power"),
    # the capital is the expectation, not e
    (r"\mathbb{E}^{Q}[(y_i - \theta^T x_i)^2]", "unknown command '\\mathbb'"),
    (r"\mathbb{E}[(y_i - \theta^T x_i)^2]", "unknown command '\\mathbb'"),
    # a number has no transpose
    (r"\frac{1}{m}\sum_i (y_i-\theta^T x_i)^2 + \mathbb{e}^T \theta", "only a vector can be transposed"),
])
def test_what_is_not_euler_e_stays_refused(text, said):
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert said in error.message


# ------------------------------------------------------------------ (c) a bracket crossed by a brace, or left open
def _sum_of_squares(d):
    """Σ (y − wᵀx)², by hand."""
    r = d.y - d.X @ d.w
    return float(r @ r)


_LEMP = r"L_{\text{emp}}= \sum_{n=1}^N{ (y_n - w^T x_n})^2"


def test_a_brace_and_a_bracket_crossed_around_one_text_are_one_bracket():
    """Math SE's L_emp: '{ (' … '})' hold the same text, Σ(y − wᵀx)², by finite differences."""
    assert_gradient_read(_LEMP, _sum_of_squares, wrt=("w_j",))


@pytest.mark.parametrize("answer, verdict", [
    (r"-2\sum_{n=1}^N x_n { (y_n - x_n^T w)}", "equivalent"),
    (r"\sum_{n=1}^N x_n { (y_n - x_n^T w)}", "different"),  # the step (ii) the asker was shown: −½ the gradient
    (r"-2\sum_{n=1}^N x_n { (y_n - x_n^T w})", "equivalent"),  # the answer crossed alike
])
def test_answers_beside_the_crossed_cost_are_judged(answer, verdict):
    assert_verdict_read(answer, _LEMP, verdict, wrt="w_j")


def test_the_crossed_pair_is_noted():
    result = logderiv.derive(_LEMP, wrt="w_j")
    assert any("opens a brace and a bracket together and '})' closes them together, crossed" in note
               for note in notes_of(result))


_MARGIN = r"\sum_{i=1}^n \log(1+\exp(-y_i w^T x_i))"


def _margin(d):
    """Σ log(1 + e^{−y wᵀx}), by hand."""
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


@pytest.mark.parametrize("answer, verdict", [
    # the denominator's '(' never closed: every place for its ')' gives 1 + exp(…)
    (r"\sum_{i=1}^n \frac{-y_i x_{ij} \exp(-y_i w^T x_i)}{(1+\exp(-y_i w^T x_i)}", "equivalent"),
    (r"\sum_{i=1}^n \frac{-y_i x_{ij} exp(-y_i w^T x_i)}{(1+exp(-y_i w^T x_i)}", "equivalent"),
    (r"\sum_{i=1}^n \frac{-y_i x_{ij} \exp(-y_i w^T x_i)}{(2+\exp(-y_i w^T x_i)}", "different"),
])
def test_a_bracket_opening_a_group_and_left_open_is_closed_at_its_end(answer, verdict):
    assert_verdict_read(answer, _MARGIN, verdict, wrt="w_j")


def test_the_margin_cost_reads_right():
    assert_gradient_read(_MARGIN, _margin, wrt=("w_j",))


@pytest.mark.parametrize("text, said", [
    # something between the crossed closers: the ')' may close elsewhere
    (r"\sum_{n=1}^N{ (y_n - w^T x_n} x_n)^2", "does not close"),
    (r"\sum_{n=1}^N{ 2(y_n - w^T x_n})^2", "does not close"),
    # a term of two operands, a power at the bracket's level: the ')' has places that differ
    (r"\sum_{i=1}^n \frac{1}{(1+2\exp(-y_i w^T x_i)}", "does not close"),
    (r"\sum_{i=1}^n \frac{1}{(1+e^{-y_i w^T x_i}}", "does not close"),
    (r"\sum_{i=1}^n \frac{1}{(y_i + w^T x_i}", "does not close"),
])
def test_brackets_left_open_elsewhere_stay_refused(text, said):
    error = refused(logderiv.derive, text, wrt="w_j")
    assert said in error.message, error.message
