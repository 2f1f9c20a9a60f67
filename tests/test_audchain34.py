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
