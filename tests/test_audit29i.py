"""audit29i: an adversarial audit of fixfoc29's checks on matrix pages; each misread found, fixed, and tested.

* An equation after the first-order condition written with 0 on one side (``X^TX\\theta - X^Ty = 0``, ``0 = X^Ty -
  X^TX\\theta``, ``= \\mathbf{0}``) was judged wrong: the 0 was read as the number, whose shape never matched the
  vector side, so no multiple of ∇J was found. It is m·∇J = 0, the same solutions: it is now read as the zero vector
  and checked; a sign slip (XᵀXθ + Xᵀy = 0) stays a wrong line.
* A cited rule true only for symmetric matrices (∂xᵀAx/∂x = 2Ax) passed wherever the page wrote "symmetric" at all:
  "for any (not necessarily symmetric) A" and "XᵀX is symmetric" (said of another matrix) made it hold. Now the
  capitals the page calls symmetric are read letter by letter, never after a negation; where the page says
  "symmetric" of no letter read, such a rule is noted NOT CHECKED rather than said to hold.

The mathematics is checked by central finite differences in NumPy (tests/_numeric.py), never against logderiv's
own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import review_of_page
from _numeric import central_differences, half_mean_square

from logderiv.verify.cited_rules import says_symmetric, symmetric_letters

_COST = r"""The cost in matrix form:

$$J(\theta) = \frac{1}{2m}(X\theta - y)^T(X\theta - y)$$

Its gradient:

$$\frac{\partial J}{\partial \theta} = \frac{1}{m}X^T(X\theta - y)$$

"""


def test_the_zero_sided_equations_by_finite_differences():
    rng = np.random.default_rng(2909)
    X, y = rng.normal(size=(7, 3)), rng.normal(size=7)
    # XᵀXθ − Xᵀy = 0 and 0 = Xᵀy − XᵀXθ: θ = (XᵀX)⁻¹Xᵀy, where the gradient vanishes
    right = np.linalg.solve(X.T @ X, X.T @ y)
    assert np.allclose(central_differences(lambda t: half_mean_square(X, y, t), right), 0, atol=1e-6)
    # the sign slip XᵀXθ + Xᵀy = 0: θ = −(XᵀX)⁻¹Xᵀy, where it does not
    slipped = np.linalg.solve(X.T @ X, -X.T @ y)
    assert not np.allclose(central_differences(lambda t: half_mean_square(X, y, t), slipped), 0, atol=1e-3)


@pytest.mark.parametrize("equation", [r"X^TX\theta - X^Ty = 0", r"X^TX\theta - X^Ty = \mathbf{0}",
                                      r"0 = X^Ty - X^TX\theta"])
def test_an_equation_equal_to_zero_after_the_condition_is_checked_not_wrong(tmp_path, equation):
    page = _COST + rf"$$\frac{{\partial J}}{{\partial \theta}} = 0 \Rightarrow {equation}$$" + "\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    # it was line 9 wrong: "no fixed nonzero multiple of ∇θJ"
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("solves the first-order condition" in note and "checked exactly" in note for note in review["notes"])


def test_a_sign_slip_equal_to_zero_is_still_a_wrong_line(tmp_path):
    page = _COST + r"$$\frac{\partial J}{\partial \theta} = 0 \Rightarrow X^TX\theta + X^Ty = 0$$" + "\n"
    code, _, wrong, review = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [9])
    assert not any("solves the first-order condition" in note for note in review["notes"])


# -- "symmetric" said of which matrix --------------------------------------------------------------------------

_RULE_PAGE = r"""The cost in matrix form:

$$J(\theta) = \frac{1}{2}(X\theta - y)^T(X\theta - y)$$

We use the rule{words}

$$\frac{\partial x^TAx}{\partial x} = 2Ax$$

Its gradient:

$$\frac{\partial J}{\partial \theta} = X^TX\theta - X^Ty$$
"""


def test_two_ax_by_finite_differences():
    rng = np.random.default_rng(291)
    A, x = rng.normal(size=(4, 4)), rng.normal(size=4)
    # a general A: the gradient of xᵀAx is (A + Aᵀ)x, not 2Ax; a symmetric S: 2Sx
    assert not np.allclose(central_differences(lambda v: v @ A @ v, x), 2 * A @ x, atol=1e-2)
    S = (A + A.T) / 2
    assert np.allclose(central_differences(lambda v: v @ S @ v, x), 2 * S @ x, atol=1e-6)


def test_not_necessarily_symmetric_makes_two_ax_a_wrong_line(tmp_path):
    # it passed: the page's "symmetric" (negated) drew A symmetric
    page = _RULE_PAGE.replace("{words}", ", for any (not necessarily symmetric) matrix A,")
    code, ending, _, review = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "gradient")
    assert review["lemmas"][0]["steps"][0]["valid"] is False
    assert any("line 7 does not hold" in note for note in review["notes"])


@pytest.mark.parametrize("words", [" (note that X^TX is symmetric)", ", where the covariance is symmetric,",
                                   ", where B is symmetric,"])
def test_symmetric_said_of_another_matrix_leaves_two_ax_not_checked(tmp_path, words):
    # it passed, said to hold: the word was said of XᵀX, a covariance or B, not of the rule's A
    code, ending, wrong, review = review_of_page(tmp_path, _RULE_PAGE.replace("{words}", words))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not review["lemmas"]
    assert any("NOT CHECKED (it holds only where A is symmetric" in note for note in review["notes"])
    assert not any(note.endswith("it holds") for note in review["notes"])


@pytest.mark.parametrize("words", [", where A is symmetric,", ", for a symmetric positive definite A,",
                                   r", where $A = A^T$,"])
def test_symmetric_said_of_the_rules_matrix_checks_it_so(tmp_path, words):
    code, ending, wrong, review = review_of_page(tmp_path, _RULE_PAGE.replace("{words}", words))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("A symmetric, as the page says" in note and note.endswith("it holds") for note in review["notes"])


@pytest.mark.parametrize("text, letters", [
    ("where A is symmetric,", {"A"}), ("for a symmetric matrix $\\mathbf{A}$", {"A"}), ("$A = A^T$", {"A"}),
    ("A^\\top = A", {"A"}), ("A 是对称矩阵", {"A"}), ("Sigma is symmetric, B is symmetric", {"B"}),
    ("for any (not necessarily symmetric) matrix A", set()), ("X^\\top X is symmetric", set()),
    ("$X^TX$ is symmetric", set()), ("A is not symmetric", set()), ("an asymmetric A", set()),
    ("non-symmetric A", set()),
])
def test_the_letters_called_symmetric(text, letters):
    assert symmetric_letters(text) == letters


@pytest.mark.parametrize("text, said", [("X^TX is symmetric", True), ("A is not symmetric", False),
                                        ("an asymmetric A", False), ("not necessarily symmetric", False)])
def test_whether_symmetric_is_said(text, said):
    assert says_symmetric(text) is said


# -- I in a cited rule is the identity -------------------------------------------------------------------------


def test_the_identity_rule_by_finite_differences():
    x = np.random.default_rng(292).normal(size=4)
    assert np.allclose(central_differences(lambda v: v @ np.eye(4) @ v, x), 2 * x, atol=1e-6)
    assert not np.allclose(central_differences(lambda v: v @ np.eye(4) @ v, x), x, atol=1e-2)


@pytest.mark.parametrize("rule, holds", [(r"\frac{\partial x^TIx}{\partial x} = 2x", True),
                                         (r"\frac{\partial x^TIx}{\partial x} = 2Ix", True),
                                         (r"\frac{\partial x^TIx}{\partial x} = x", False)])
def test_i_in_a_rule_is_the_identity(tmp_path, rule, holds):
    # 2x was a wrong line: I was drawn as a random matrix, whose xᵀIx has gradient (I + Iᵀ)x
    page = _RULE_PAGE.replace("{words}", "").replace(r"\frac{\partial x^TAx}{\partial x} = 2Ax", rule)
    code, ending, _, review = review_of_page(tmp_path, page)
    assert (code, ending) == (0 if holds else 1, "gradient")
    assert review["lemmas"][0]["steps"][0]["valid"] is holds
    assert any("I in the rule of matrix calculus is read as the identity matrix" in note for note in review["notes"])
