"""audit29g: an adversarial audit of fixmsg29's readings, and the misreads it found.

1. A half, the count and λ before a penalty written without a sum (``\\frac{1}{2} m \\lambda \\theta^T\\theta``,
   ``\\frac{1}{2}m\\lambda\\|w\\|^2``, ``0.5 m lambda w^T w``, ``\\frac{1}{2}\\lambda m \\theta^T\\theta``,
   ``\\frac{\\lambda}{2} m \\|\\theta\\|^2``) were read (λm/2)θᵀθ with no note, while the same before Σⱼθⱼ² was refused
   (fixmsg29, fixhx28). The two readings' gradients differ m² apart (finite differences below), so the silent reading
   could call a right answer wrong: they are refused alike, at the count. What says which (λ/(2m), λ/2 alone) is read.
2. fixmsg29 read a page whose '=' line after a definition could go on with either chain where both readings judged
   every line alike, but did not compare how the page ends: read with the definition a derivation may end at the
   gradient (or unfinished) where read with the derivation it ends wrong, and a grade credits the endings differently
   (grading.judging: the gradient 1, unfinished its credit, wrong 0). Such a page is refused as before fixmsg29.

Mathematics is checked by central finite differences of NumPy written here, never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences
from _reading import assert_gradient_read, refused

import logderiv

_RNG = np.random.default_rng(29)
_X = _RNG.normal(size=(5, 3))
_Y = _RNG.normal(size=5)
_THETA = np.array([0.4, -0.7, 1.1])
_LAM = 0.3


# ---- 1. a half, the count and λ before a penalty with no sum ---------------------------------------------------------

def test_the_two_readings_of_the_penalty_differ():
    """λ/(2m)·θᵀθ has the gradient λθ/m, (λm/2)·θᵀθ has λmθ: m² apart, so a silent reading misjudges."""
    m = len(_Y)
    mean = central_differences(lambda t: _LAM / (2 * m) * float(t @ t), _THETA)
    product = central_differences(lambda t: _LAM * m / 2 * float(t @ t), _THETA)
    assert np.allclose(mean, _LAM * _THETA / m, atol=1e-6)
    assert np.allclose(product, _LAM * m * _THETA, atol=1e-6)
    assert not np.allclose(mean, product, atol=1e-3)


_DATA = r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + "


@pytest.mark.parametrize("cost, written", [
    (_DATA + r"\frac{1}{2} m \lambda \theta^T\theta", r"\frac{1}{2} m \lambda"),
    (r"\frac{1}{2m}\|Xw-y\|^2 + \frac{1}{2}m\lambda\|w\|^2", r"\frac{1}{2}m\lambda"),
    ("1/(2m) sum((w^T x - y)^2) + 0.5 m lambda w^T w", "0.5 m lambda"),
    ("1/(2m) sum((w^T x - y)^2) + (1/2) m lambda ||w||^2", "(1/2) m lambda"),
    (_DATA + r"\frac{1}{2}\lambda m \theta^T\theta", r"\frac{1}{2}\lambda m"),
    (_DATA + r"\frac{1}{2}\lambda m \lVert\theta\rVert^2", r"\frac{1}{2}\lambda m"),
    (_DATA + r"\frac{\lambda}{2} m \|\theta\|^2", r"\frac{\lambda}{2} m"),
    ("1/(2m) sum((w^T x - y)^2) + (lambda/2) m w^T w", "(lambda/2) m"),
])
def test_a_half_the_count_and_lambda_before_a_penalty_with_no_sum_is_refused(cost, written):
    """Was read (λm/2)·θᵀθ with no note (the same before Σⱼθⱼ² was refused): refused at the count, naming both."""
    error = refused(logderiv.derive, cost)
    assert error.message.startswith(f"'{written}' is ambiguous: (")
    assert "the penalty's factor" in error.message
    assert error.column is not None and cost[error.column] == "m"
    assert error.hint is not None and "for the penalty's factor" in error.hint and "for the product" in error.hint


def test_plain_one_half_m_lambda_stays_refused_as_ambiguous():
    """1/2 m had its own refusal (1/(2m) or (1/2)·m) before fixmsg29; λ and a penalty after it change nothing."""
    error = refused(logderiv.derive, "1/(2m) sum((w^T x - y)^2) + 1/2 m lambda w^T w")
    assert "'1/2 m' is ambiguous" in error.message


@pytest.mark.parametrize("cost, weight", [
    (_DATA + r"\frac{\lambda}{2m}\theta^T\theta", lambda lam, m: lam / (2 * m)),
    (_DATA + r"\frac{1}{2}\lambda\theta^T\theta", lambda lam, m: lam / 2),
    (_DATA + r"\frac{\lambda m}{2}\theta^T\theta", lambda lam, m: lam * m / 2),
])
def test_a_penalty_whose_factor_says_which_is_read(cost, weight):
    """λ/(2m), λ/2 with no count, and λm/2 in one fraction say which: read, judged by finite differences."""
    assert_gradient_read(cost, lambda d: ((d.X @ d.theta - d.y) ** 2).sum() / (2 * d.m)
                         + weight(d.lam, d.m) * float(d.theta @ d.theta))


# ---- 2. an '=' line after a definition: the two readings must end alike too -------------------------------------------

_PRE = "Let $h_\\theta(x) = \\theta^T x$ and $L = \\frac{1}{2}(h_\\theta(x) - y)^2$.\n\n"
#: read with the definition: line 3 is the gradient δxⱼ (ending: gradient) and δ = δ² is wrong; read with the
#: derivation: line 6 (θᵀx − y)² follows δxⱼ and is wrong, the ending wrong
_ENDS_OTHERWISE = (_PRE + "$$\\frac{\\partial L}{\\partial \\theta_j} = \\delta x_j$$\nwhere\n"
                   "$$\\delta = h_\\theta(x) - y$$\n$$= (h_\\theta(x) - y)^2$$\n")
#: fixmsg29's own page: read with the definition its derivation ends unfinished (a derivative), with the
#: derivation wrong
_UNFINISHED_OR_WRONG = ("Let $h_\\theta(x) = \\theta^T x$.\n\n"
                        "$$\\frac{\\partial L}{\\partial \\theta_j} = \\frac{\\partial}{\\partial \\theta_j}"
                        "\\frac{1}{2}\\delta^2$$\nwhere\n$$\\delta = h_\\theta(x) - y$$\n$$= (h_\\theta(x) - y)^2$$\n")


def test_the_lines_of_the_page_by_hand():
    """∂/∂θⱼ ½(θᵀx − y)² = (θᵀx − y)xⱼ (finite differences): line 3's δxⱼ is right, δxⱼ² is not, nor δ = δ²."""
    x, y = np.array([1.0, -0.6, 0.9]), 0.4
    gradient = central_differences(lambda t: 0.5 * (t @ x - y) ** 2, _THETA)
    delta = _THETA @ x - y
    assert np.allclose(gradient, delta * x, atol=1e-6)
    assert not np.allclose(gradient, delta * x ** 2, atol=1e-3)
    assert not np.allclose(gradient, np.full(3, delta ** 2), atol=1e-3)
    assert not np.isclose(delta, delta ** 2)


@pytest.mark.parametrize("page", [_ENDS_OTHERWISE, _UNFINISHED_OR_WRONG], ids=["gradient-or-wrong",
                                                                                "unfinished-or-wrong"])
def test_a_page_whose_readings_end_otherwise_is_refused(tmp_path, page):
    """Was read with the derivation ('ends wrong', noted "every line … judged alike"): read with the definition the
    same lines are judged alike but the page ends at the gradient (or unfinished), which a grade credits."""
    from _derivations_table import steps_of_page

    shown = steps_of_page(tmp_path, page, "--timeout", "60")
    assert shown.exit_code == 2, shown.output
    assert "opens with '=' after the definition of \\delta (line 5)" in shown.stderr
    assert "which one?" in shown.stderr


def test_a_page_alike_in_its_lines_and_its_ending_is_still_read(tmp_path):
    """Line 3 δxⱼ² wrong and line 6 δ = δ² wrong either way, ending wrong either way: read, with the note."""
    from _derivations_table import review_of_page

    page = _ENDS_OTHERWISE.replace("\\delta x_j$$", "\\delta x_j^2$$")
    assert page != _ENDS_OTHERWISE
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [3]), review
    assert any("read both ways every line of the page is judged alike" in note for note in review["notes"])
