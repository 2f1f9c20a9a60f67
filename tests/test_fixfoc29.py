"""fixfoc29: two false verdicts on pages in matrix form, as general rules.

* "∂J/∂θ = 0 ⇒ XᵀXθ = Xᵀy" after a derivation that ends at the gradient was judged wrong at the zero: the
  gradient's name set to zero in a display of its own is the first-order condition (noted), and the equations
  after it solve it — checked (left side minus right a fixed nonzero multiple of ∇J at random data), so a sign
  slip (XᵀXθ = −Xᵀy) is a wrong line, never set aside unread. ``= \\mathbf{0}`` (the zero vector) is a zero too.
* A rule of matrix calculus cited beside the derivation in letters of its own (∂xᵀAx/∂x = Ax, ∂xᵀx/∂x = x)
  passed as "cited, not checked": it is now checked at random matrices (a wrong one is a wrong line; a right one
  noted as checked; one whose shapes the check cannot read stays noted, NOT CHECKED). A rule displayed between
  the cost and the derivation no longer joins the two with its own '=' (a right page was judged wrong so).

The mathematics is checked here by central finite differences in NumPy (tests/_numeric.py), never against
logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, half_mean_square

_COST = r"""The cost in matrix form:

$$J(\theta) = \frac{1}{2m}(X\theta - y)^T(X\theta - y)$$

Its gradient:

$$\frac{\partial J}{\partial \theta} = \frac{1}{m}X^T(X\theta - y)$$

"""


def test_the_facts_by_finite_differences():
    rng = np.random.default_rng(29)
    X, y, theta = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    # the page's gradient (1/m)Xᵀ(Xθ − y)
    assert np.allclose(central_differences(lambda t: half_mean_square(X, y, t), theta), X.T @ (X @ theta - y) / 7, atol=1e-6)
    # θ* solved from XᵀXθ = Xᵀy zeroes the gradient; the sign slip's and the doubled right side's do not
    for right, minimum in ((X.T @ y, True), (-X.T @ y, False), (2 * X.T @ y, False)):
        solved = np.linalg.solve(X.T @ X, right)
        assert np.allclose(central_differences(lambda t: half_mean_square(X, y, t), solved), 0, atol=1e-6) is minimum


@pytest.mark.parametrize("condition", [
    r"$$\frac{\partial J}{\partial \theta} = 0 \Rightarrow X^TX\theta = X^Ty$$",
    r"$$\frac{\partial J}{\partial \theta} = 0 \implies X^TX\theta = X^Ty$$",
    r"$$\frac{\partial J}{\partial \theta}=0 \Rightarrow X^TX\theta = X^Ty$$",
])
def test_the_gradient_set_to_zero_and_the_normal_equations_are_no_steps(tmp_path, condition):
    code, ending, wrong, review = review_of_page(tmp_path, _COST + condition + "\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the gradient's name set to zero after the derivation ended at it (line 7)" in note
               for note in review["notes"])
    assert any("solves the first-order condition" in note and "checked exactly" in note for note in review["notes"])


@pytest.mark.parametrize("right", [r"-X^Ty", r"2X^Ty"])
def test_a_wrong_normal_equation_after_the_condition_is_a_wrong_line(tmp_path, right):
    # its solution misses the minimum (test_the_facts_by_finite_differences)
    page = _COST + rf"$$\frac{{\partial J}}{{\partial \theta}} = 0 \Rightarrow X^TX\theta = {right}$$" + "\n"
    code, _, wrong, review = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [9])
    assert not any("solves the first-order condition" in note for note in review["notes"])


def test_the_zero_vector_in_bold_ends_the_chain_as_zero_does(tmp_path):
    page = _COST.replace(r"\frac{1}{m}X^T(X\theta - y)$$", r"\frac{1}{m}X^T(X\theta - y) = \mathbf{0}$$")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("sets the gradient on its left to zero" in note for note in review["notes"])


def test_a_zero_after_a_wrong_gradient_is_still_judged(tmp_path):
    # (1/m)Xᵀ(Xθ + y) is not the gradient: its zero is no condition, the page is wrong at line 7
    page = _COST.replace(r"(X\theta - y)$$", r"(X\theta + y)$$") + \
        r"$$\frac{\partial J}{\partial \theta} = 0 \Rightarrow X^TX\theta = X^Ty$$" + "\n"
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert code == 1 and wrong == [7] and ending == "wrong"


# -- rules of matrix calculus cited beside the derivation -------------------------------------------------

_RULE_PAGE = r"""The cost in matrix form:

$$J(\theta) = \frac{1}{2}(X\theta - y)^T(X\theta - y)$$

We use the rule{words}

$${rule}$$

Its gradient:

$$\frac{\partial J}{\partial \theta} = X^TX\theta - X^Ty$$
"""


def _page(rule: str, words: str = "") -> str:
    return _RULE_PAGE.replace("{words}", words).replace("{rule}", rule)


def test_the_rules_by_finite_differences():
    rng = np.random.default_rng(290)
    A, a, x = rng.normal(size=(4, 4)), rng.normal(size=4), rng.normal(size=4)
    quadratic = central_differences(lambda v: v @ A @ v, x)
    assert np.allclose(quadratic, (A + A.T) @ x, atol=1e-6) and not np.allclose(quadratic, A @ x, atol=1e-2)
    assert np.allclose(central_differences(lambda v: v @ v, x), 2 * x, atol=1e-6)
    assert np.allclose(central_differences(lambda v: a @ v, x), a, atol=1e-6)
    S = (A + A.T) / 2  # symmetric: xᵀSx's gradient is 2Sx, still not Sx
    assert np.allclose(central_differences(lambda v: v @ S @ v, x), 2 * S @ x, atol=1e-6)
    assert not np.allclose(central_differences(lambda v: v @ S @ v, x), S @ x, atol=1e-2)


@pytest.mark.parametrize("rule", [r"\frac{\partial x^TAx}{\partial x} = Ax", r"\frac{\partial (x^Tx)}{\partial x} = x",
                                  r"\frac{\partial x^TAx}{\partial x} = A^Tx"])
def test_a_wrong_rule_is_a_wrong_line(tmp_path, rule):
    page = _page(rule)
    code, ending, wrong, review = review_of_page(tmp_path, page)
    # the derivation itself ends at the gradient (the ending rule): the wrong line is the rule's
    assert (code, ending) == (1, "gradient")
    assert review["lemmas"][0]["steps"][0]["valid"] is False and review["lemmas"][0]["steps"][0]["line"] == 7
    assert any("line 7 does not hold" in note for note in review["notes"])


@pytest.mark.parametrize("rule, words", [
    (r"\frac{\partial x^TAx}{\partial x} = (A + A^T)x", ""),
    (r"\frac{\partial a^Tx}{\partial x} = a", ""),
    (r"\frac{\partial (x^Tx)}{\partial x} = 2x", ""),
    (r"\frac{\partial}{\partial x} x^TAx = Ax + A^Tx", ""),
    (r"\frac{\partial b^TAx}{\partial x} = A^Tb", ""),
    (r"\frac{\partial x^TAx}{\partial x} = 2Ax", ", where A is symmetric,"),
])
def test_a_right_rule_is_checked_and_noted(tmp_path, rule, words):
    code, ending, wrong, review = review_of_page(tmp_path, _page(rule, words))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert all(step["valid"] for lemma in review["lemmas"] for step in lemma["steps"])
    checked = [note for note in review["notes"] if "checked at random matrices of sizes n = 2, n = 3, n = 4" in note]
    assert checked and checked[0].endswith("it holds")
    assert ("symmetric, as the page says" in checked[0]) is bool(words)


def test_two_ax_without_a_symmetric_matrix_is_wrong(tmp_path):
    # (A + Aᵀ)x is 2Ax only where A = Aᵀ: a page that does not say so is wrong at the rule
    code, _, _, review = review_of_page(tmp_path, _page(r"\frac{\partial x^TAx}{\partial x} = 2Ax"))
    assert code == 1 and review["lemmas"][0]["steps"][0]["valid"] is False


def test_a_rule_the_check_cannot_read_stays_noted_not_checked(tmp_path):
    # dAB/dB: a derivative of a matrix, whose layout is a convention the check does not read
    code, ending, wrong, review = review_of_page(tmp_path, _page(r"\frac{dAB}{dB}=A^T"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("a rule of matrix calculus" in note and "NOT CHECKED (a derivative by a matrix" in note
               for note in review["notes"])
    # Greek letters are outside the check's grammar: noted so too, never said to hold
    code, ending, wrong, review = review_of_page(
        tmp_path, _page(r"\frac{\partial \vec x^T\alpha}{\partial \vec x} = \alpha"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("NOT CHECKED (its letters are not what the check reads" in note for note in review["notes"])


@pytest.mark.parametrize("form, said", [("text", "does not hold"), ("markdown", "does not hold"),
                                        ("latex", "does not hold")])
def test_the_rule_note_is_in_every_format(tmp_path, form, said):
    result = steps_of_page(tmp_path, _page(r"\frac{\partial x^TAx}{\partial x} = Ax"),
                           "-f", form, "--timeout", "60")
    assert result.exit_code == 1
    assert said in " ".join(result.stdout.split())
