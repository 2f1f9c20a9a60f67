"""audchain34: an adversarial review of fixchain34's readings (\\sum{i=1}^{n}, \\hat{y}i a use of the prose's ŷ_i, the
cost's chain beside one-'=' derivatives by parameters of their own), near-misses that must not be misread.

Every expectation is worked out by hand and checked by finite differences (tests/_numeric.py), never taken from
logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

HERE = Path(__file__).parent
_ITALIAN = (HERE / "derivations_cold35" / "it_notes_mse_beta0_beta1_minus_two_over_n.md").read_text(encoding="utf-8")
#: the Italian page with its rewrite left out: MSE = (1/n) Σ (y_i − \hat{y}i)², the prose's ŷ_i = β₀ + β₁x_i the model
_NO_REWRITE = _ITALIAN.replace(" = \\frac{1}{n}\\sum{i=1}^{n}(y_i - (\\beta_0 + \\beta_1 x_i))^2", "")


def test_the_page_without_its_rewrite_is_the_near_miss_meant():
    assert _NO_REWRITE != _ITALIAN and "\\hat{y}i)^2$$" in _NO_REWRITE


def test_the_hat_glued_to_n_reads_apart_from_the_hat_glued_to_i_by_finite_differences():
    # (1/n)Σ(y − ŷ)², ŷ = β₀ + β₁x, by β₀: −(2/n)Σ(y − β₀ − β₁x), what the page writes; read as ŷ times n,
    # (1/n)Σ(y − nŷ)², the derivative is −(2/n)Σ n(y − nβ₀ − nβ₁x): another number, so the verdict hangs on the reading
    generator = numpy.random.default_rng(3434)
    x, y = generator.normal(size=5), generator.normal(size=5)
    n = len(y)
    beta = numpy.array([0.3, -0.8])

    def as_subscript(v):
        return float(numpy.mean((y - (v[0] + v[1] * x)) ** 2))

    def as_product(v):
        return float(numpy.mean((y - n * (v[0] + v[1] * x)) ** 2))

    page_says = -2 / n * (y - beta[0] - beta[1] * x).sum()
    assert numpy.isclose(central_differences(as_subscript, beta)[0], page_says, atol=1e-6)
    assert not numpy.isclose(central_differences(as_product, beta)[0], page_says, atol=1e-3)


def test_a_hat_glued_to_n_is_not_a_use_of_the_prose_model_read_as_hat_times_n(tmp_path):
    # MSE = (1/n)Σ(y_i − \hat{y}n)²: the LaTeX reader reads \hat{y}n as ŷ·n (n no subscript of the data here), yet
    # fixchain34 counted it a use of the prose's ŷ_i = β₀ + β₁x_i and judged the page against (1/n)Σ(y − nŷ)²,
    # wrong at line 7 (main refused: ŷ not defined). Whatever the writer meant by ŷn, it is not ŷ times n: no verdict
    page = _NO_REWRITE.replace("\\hat{y}i)", "\\hat{y}n)")
    assert page != _NO_REWRITE
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.stdout
    assert "ŷ" in result.stderr or "hat{y}" in result.stderr


def test_the_hat_glued_to_i_without_the_rewrite_stays_read_right(tmp_path):
    # the fixer's reading kept where it is safe: \hat{y}i beside y_i is ŷ_i, the prose's model, both derivatives right
    code, ending, wrong, _ = _review(tmp_path, _NO_REWRITE)
    assert (code, ending, wrong) == (0, "gradient", [])


# -- the cost's chain beside one-'=' derivatives: a derivative restated among them ---------------------------------------

_W_AND_B = (
    "The model is $\\hat{y} = wx + b$ and the cost\n\n"
    "$$J(w, b) = \\frac{1}{2m}\\sum_{i=1}^{m}(\\hat{y}_i - y_i)^2 = \\frac{1}{2m}\\sum_{i=1}^{m}(w x_i + b - y_i)^2$$\n\n"
    "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}\\sum_{i=1}^{m}(w x_i + b - y_i)x_i$$\n\n"
    "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\sum_{i=1}^{m}(w x_i + b - y_i)$$\n"
)
#: the same page, ∂J/∂w restated after ∂J/∂b with its factor x_i written first
_RESTATED = _W_AND_B + "\n$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}\\sum_{i=1}^{m}x_i(w x_i + b - y_i)$$\n"


def test_the_w_and_b_derivatives_and_the_restatement_by_finite_differences():
    generator = numpy.random.default_rng(3435)
    x, y = generator.normal(size=6), generator.normal(size=6)
    m = len(y)

    def cost(v):
        return float(((v[0] * x + v[1] - y) ** 2).sum() / (2 * m))

    at = numpy.array([-0.4, 0.9])
    residual = at[0] * x + at[1] - y
    by_w, by_b, restated = (residual * x).sum() / m, residual.sum() / m, (x * residual).sum() / m
    assert numpy.allclose(central_differences(cost, at), [by_w, by_b], atol=1e-6)
    assert numpy.isclose(restated, by_w)
    # what the page was judged against at line 7 (the answer by w, as if ∂J/∂b went on from it) is not ∂J/∂b
    assert not numpy.isclose(by_b, by_w, atol=1e-3)


def test_a_derivative_restated_after_the_other_is_not_compared_with_it(tmp_path):
    # J = A = B, ∂J/∂w = …, ∂J/∂b = …, ∂J/∂w = … again: fixchain34's reading wanted every left side distinct, so the page
    # went the old way, the displays one chain, and ∂J/∂b (line 7) was compared with the answer by w: a right page wrong
    # at line 7 (main likewise). Each is a derivative of the cost by its own parameter, each checked on its own
    code, ending, wrong, review = _review(tmp_path, _RESTATED)
    assert (code, ending, wrong) == (0, "gradient", []), review["steps"]
    assert sorted({step["line"] for step in review["steps"]}) == [5, 7, 9]


def test_a_slip_in_the_restatement_is_wrong_at_its_own_line(tmp_path):
    # the restatement's x_i dropped: (1/m)Σ(w x_i + b − y_i) is ∂J/∂b, not ∂J/∂w (checked above): wrong at line 9
    page = _RESTATED.replace("\\sum_{i=1}^{m}x_i(w x_i + b - y_i)$$", "\\sum_{i=1}^{m}(w x_i + b - y_i)$$")
    assert page != _RESTATED
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [9])


def test_both_derivatives_restated_are_each_checked(tmp_path):
    # ∂J/∂w, ∂J/∂b, then both again (x_i first, b first): four derivatives of the cost, each right (checked above);
    # on fixchain34 lines 7, 9 and 11 were each compared with the display before, a right page wrong at line 7
    page = _RESTATED + "\n$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\sum_{i=1}^{m}(b + w x_i - y_i)$$\n"
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


def test_the_derivatives_set_to_zero_after_them_are_first_order_conditions_not_derivations(tmp_path):
    # ∂J/∂w = 0 and ∂J/∂b = 0 after both are derived: the condition for the minimum, an equation to solve, never a
    # claim that the derivative is 0 everywhere (false: (1/m)Σ(w x_i + b − y_i) is not 0 at the points above); on
    # fixchain34 (and main) each zero was judged a step, wrong, and the b derivation compared with the answer by w
    page = _W_AND_B + ("\nAt the minimum both vanish:\n\n$$\\frac{\\partial J}{\\partial w} = 0$$\n\n"
                       "$$\\frac{\\partial J}{\\partial b} = 0$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert sum("first-order condition" in note for note in review["notes"]) >= 2


def test_a_unicode_hat_glued_to_n_is_not_a_use_of_the_prose_model_either(tmp_path):
    # the same page in a Unicode ŷ (ŷ_i = β₀ + β₁x_i in the prose, (y_i − ŷn)² in the cost): read as ŷ times n, the
    # cost became (1/m)Σ(y − m h)² and the page was judged wrong at line 7 (main too, since audit30 counted ŷn a use);
    # by hand the two readings give other derivatives (the finite differences above): no verdict
    page = _NO_REWRITE.replace("\\hat{y}i)", "ŷn)").replace("($\\hat{y}_i =", "($ŷ_i =")
    assert "ŷn)" in page and "ŷ_i =" in page
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.stdout


def test_a_unicode_hat_glued_to_i_stays_read_right(tmp_path):
    page = _NO_REWRITE.replace("\\hat{y}i)", "ŷi)").replace("($\\hat{y}_i =", "($ŷ_i =")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
