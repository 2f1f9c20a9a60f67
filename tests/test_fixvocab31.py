"""fixvocab31: words of a written derivation's vocabulary that stopped `logderiv steps`, read as the page means them.

- ``\\bullet`` (and a pasted • or ∙) between two factors: the times sign, as a Chinese blog's chain rule writes it
  (noted); refused between two digits (a raised decimal point is typed so) and where no factor stands before it.
- ``∂/∂θ_j Σ_i a_i + b_i`` with the Σ written without brackets: the term after it that uses the Σ's index joins the
  Σ (the existing convention for a bare Σ), which the operator takes whole — read otherwise i stands free.
- λ_i and π_i (π_t) a page defines per example (λ_i = exp(wᵀx_i), π_i = σ(βᵀx_i)): that example's quantity, not the
  penalty strength λ or the number π (noted); refused, naming both readings, where the page writes the letter alone.
- A matrix line beside a cost in index form whose ŷ is undefined: ŷ⁽ⁱ⁾ is read in the letters the page writes
  (J(w, b), Xw + b: wᵀx⁽ⁱ⁾ + b — read as wᵀx⁽ⁱ⁾, a right line was judged wrong), and the lines' ŷ is the m×1
  vector of those predictions (Xw + b·1), noted.

Every gradient a test relies on is checked here by finite differences (tests/_numeric.py), never against logderiv.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
from click.testing import CliRunner

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences, sigmoid

from logderiv.cli import main

_TESTS = Path(__file__).parent
_RNG = numpy.random.default_rng(3131)
_X = numpy.column_stack([numpy.ones(6), _RNG.normal(size=(6, 2))])
_LABELS = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
_COUNTS = numpy.array([2.0, 0.0, 1.0, 3.0, 1.0, 0.0])


def _check(*arguments: str) -> dict:
    result = CliRunner().invoke(main, ["check", "-f", "json", "--timeout", "60", *arguments])
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    return json.loads(result.stdout)


def _log_likelihood(theta: numpy.ndarray) -> float:
    p = sigmoid(_X @ theta)
    return float((_LABELS * numpy.log(p) + (1 - _LABELS) * numpy.log(1 - p)).sum())


def _poisson(w: numpy.ndarray) -> float:
    z = _X @ w
    return float((_COUNTS * z - numpy.exp(z)).sum())  # log(y!) left out: no parameter in it


def test_the_gradients_the_pages_claim_by_finite_differences():
    theta = numpy.array([0.3, -0.6, 0.8])
    h = sigmoid(_X @ theta)
    assert numpy.allclose(central_differences(_log_likelihood, theta), _X.T @ (_LABELS - h), atol=1e-5)
    # the zh blog's line 24 loses y's factor on its first term: Σ [1/h·h(1−h)x − (1−y)/(1−h)·h(1−h)x] differs
    line_24 = _X.T @ ((1 - h) - (1 - _LABELS) * h)
    assert not numpy.allclose(central_differences(_log_likelihood, theta), line_24, atol=1e-3)
    w = numpy.array([0.2, 0.3, -0.1])
    assert numpy.allclose(central_differences(_poisson, w), _X.T @ (_COUNTS - numpy.exp(_X @ w)), atol=1e-5)


# -- \bullet as the times sign ----------------------------------------------------------------------------------------

_GRADIENT = r"\frac{1}{m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) {dot} x_j^{(i)}"


def test_bullet_between_two_factors_is_the_product_noted():
    for dot in (r"\bullet", "•", "∙"):
        verdict = _check("--cost", "logistic", "--wrt", "theta_j", _GRADIENT.replace("{dot}", dot))
        assert verdict["verdict"] == "equivalent", (dot, verdict)
        assert any("read as the product dot" in note and "between two factors" in note for note in verdict["notes"])


def test_bullet_product_still_finds_a_wrong_answer():
    wrong = _GRADIENT.replace("{dot}", r"\bullet").replace(r"\frac{1}{m}", r"\frac{2}{m}")
    assert _check("--cost", "logistic", "--wrt", "theta_j", wrong)["verdict"] == "different"


def test_plain_bullet_is_the_product_noted():
    verdict = _check("--cost", "logistic", "--wrt", "theta_j", "1/m * sum_i((h(x_i) - y_i) • x_ij)")
    assert verdict["verdict"] == "equivalent"
    assert any("the bullet (•)" in note for note in verdict["notes"])


def test_bullet_between_digits_is_refused_with_a_caret():
    result = CliRunner().invoke(main, ["check", "--cost", "linear", "--wrt", "theta_j",
                                       r"2•5 \frac{1}{m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"])
    assert result.exit_code == 2, result.output
    assert "may be a decimal point" in result.stderr and "^" in result.stderr


def test_bullet_with_no_factor_before_it_is_refused():
    result = CliRunner().invoke(main, ["check", "--cost", "logistic", "--wrt", "theta_j",
                                       r"\bullet \frac{1}{m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"])
    assert result.exit_code == 2, result.output


def test_the_chinese_blog_page_reads_to_its_wrong_line(tmp_path):
    # \bullet on lines 14, 15, 24, 25; ∂/∂θ_j Σ … + … without brackets on line 23 (expected.txt: gradient, 24, factor)
    page = (_TESTS / "derivations_cold26" / "zh_blog_loglik_theta_j_partial_label_y_dropped.md").read_text("utf-8")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (ending, wrong) == ("gradient", [24])
    assert any(r"\bullet between two factors" in note for note in review["notes"])


# -- a derivative operator before a bracketless Σ -----------------------------------------------------------------------

_OPERATOR = r"""$$l(\theta) = \sum_{i=1}^m y^{(i)}\log(h_\theta(x^{(i)})) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))$$

$$\frac{\partial}{\partial \theta_j} \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1- h_\theta(x^{(i)})) = \sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}$$
"""


def test_a_term_after_the_operators_bare_sum_joins_the_sum(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _OPERATOR)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the sum without brackets is read over the whole summand" in note for note in review["notes"])
    # a slip after it is still found: the sign of the gradient flipped
    flipped = _OPERATOR.replace(r"(y^{(i)} - h_\theta(x^{(i)}))", r"(h_\theta(x^{(i)}) - y^{(i)})")
    assert flipped != _OPERATOR
    assert _review(tmp_path, flipped)[:3] == (1, "wrong", [3])


# -- λ_i, π_i defined per example -------------------------------------------------------------------------------------

def test_the_poisson_rate_lambda_i_is_read_noted(tmp_path):
    page = (_TESTS / "derivations_cold26" / "en_practice_poisson_loglik_gradient_two_sides.md").read_text("utf-8")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("defines λ_i per example" in note and "not the regularisation strength λ" in note
               for note in review["notes"])


def test_a_slip_beside_the_rate_is_still_wrong(tmp_path):
    page = (_TESTS / "derivations_cold26" / "en_practice_poisson_loglik_gradient_two_sides.md").read_text("utf-8")
    slipped = page.replace(r"(y_i - \lambda_i)\mathbf{x}_i", r"(y_i + \lambda_i)\mathbf{x}_i")
    assert slipped != page
    assert _review(tmp_path, slipped)[:3] == (1, "wrong", [14])


def test_lambda_alone_beside_lambda_i_is_refused_naming_both(tmp_path):
    page = (_TESTS / "derivations_cold26" / "en_practice_poisson_loglik_gradient_two_sides.md").read_text("utf-8")
    both = page.replace(r"- \log(y_i!) \right) $$" + "\n\nFinally",
                        r"- \log(y_i!) \right) - \lambda \|\mathbf{w}\|^2 $$" + "\n\nFinally")
    assert both != page
    result = _steps(tmp_path, both)
    assert result.exit_code == 2, result.output
    assert "the regularisation strength λ, or the per-example quantity" in result.stderr
    assert "^" in result.stderr and "line 6" in result.stderr


_PI = r"""Let $\pi_i = \sigma(\beta^T x_i)$ be the probability of example $i$. The log-likelihood:

$$l(\beta) = \sum_{i=1}^{m} \left[ y_i \log \pi_i + (1 - y_i) \log(1 - \pi_i) \right]$$

$$\frac{\partial l(\beta)}{\partial \beta_j} = \sum_{i=1}^{m} (y_i - \pi_i) x_{ij}$$
"""


def test_pi_i_defined_per_example_is_that_probability(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _PI)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("defines π_i per example" in note and "not the number π" in note for note in review["notes"])
    flipped = _PI.replace(r"(y_i - \pi_i)", r"(\pi_i - y_i)")
    assert _review(tmp_path, flipped)[:3] == (1, "wrong", [5])


def test_pi_alone_beside_pi_i_is_refused(tmp_path):
    page = _PI.replace("of example $i$.", r"of example $i$ (not $2\pi$).")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "the number π, or the per-example quantity" in result.stderr and "^" in result.stderr


def test_lambda_i_not_defined_on_the_page_stays_refused(tmp_path):
    page = _PI.replace(r"\pi_i", r"\lambda_i").replace(r"Let $\lambda_i = \sigma(\beta^T x_i)$ be",
                                                          "Let the rate be")
    assert _steps(tmp_path, page).exit_code == 2


# -- ŷ in a matrix line beside a cost in index form ------------------------------------------------------------------

_MATRIX = r"""$$J(\mathbf{w}, b) = \frac{1}{m} \sum_{i=1}^{m} \left( \hat{y}^{(i)} - y^{(i)} \right)^2 + \frac{\lambda}{2m} \|\mathbf{w}\|^2$$

$$\frac{\partial J}{\partial \mathbf{w}} = \frac{2}{m} X^T (\hat{\mathbf{y}} - \mathbf{y}) + \frac{\lambda}{m} \mathbf{w}$$
"""


def _ridge(v: numpy.ndarray, y: numpy.ndarray, lam: float) -> float:
    w, b = v[:-1], v[-1]
    return float(((_X @ w + b - y) ** 2).mean() + lam / (2 * len(y)) * (w @ w))


def test_the_ridge_gradient_with_its_intercept_by_finite_differences():
    y, lam, v = _RNG.normal(size=6), 0.7, numpy.array([0.2, -0.4, 0.5, 0.3])
    w, b = v[:-1], v[-1]
    gradient = central_differences(lambda u: _ridge(u, y, lam), v)
    assert numpy.allclose(gradient[:-1], 2 / 6 * _X.T @ (_X @ w + b - y) + lam / 6 * w, atol=1e-5)
    assert not numpy.allclose(gradient[:-1], 2 / 6 * _X.T @ (_X @ w - y) + lam / 6 * w, atol=1e-3)


def test_y_hat_in_a_matrix_line_is_the_vector_of_the_costs_predictions(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _MATRIX)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("ŷ = Xw + b·1" in note for note in review["notes"])
    assert any("h = wᵀx + b" in note for note in review["notes"])


def test_the_intercept_the_lines_write_is_in_the_cost(tmp_path):
    # was judged wrong: the cost's undefined ŷ⁽ⁱ⁾ read as wᵀx, without the b of J(w, b) and of the line
    written = _MATRIX.replace(r"\hat{\mathbf{y}}", r"(X\mathbf{w} + b)")
    assert _review(tmp_path, written)[:3] == (0, "gradient", [])
    dropped = _MATRIX.replace(r"\hat{\mathbf{y}}", r"X\mathbf{w}")
    assert _review(tmp_path, dropped)[:3] == (1, "wrong", [3])


def test_a_b_of_the_prose_puts_no_intercept_in_the_cost(tmp_path):
    # only the lines and the cost's name J(w, b) say the model has an intercept: "for numbers $a, b$" in the prose
    # does not (read so, the cost would hold b and the right Xᵀ(Xw − y) line be "wrong")
    y, lam, w = _RNG.normal(size=6), 0.7, numpy.array([0.2, -0.4, 0.5])
    gradient = central_differences(lambda u: _ridge(numpy.append(u, 0.0), y, lam), w)
    assert numpy.allclose(gradient, 2 / 6 * _X.T @ (_X @ w - y) + lam / 6 * w, atol=1e-5)
    page = "For numbers $a, b$ and a vector $\\mathbf{w}$:\n\n" + _MATRIX.replace(r"J(\mathbf{w}, b)", r"J(\mathbf{w})")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("ŷ = Xw (" in note for note in review["notes"]) and not any("b·1" in note for note in review["notes"])
