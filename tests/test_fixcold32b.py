"""cold32's other pages (fixcold32b): the readings and refusals their blockers asked for, each checked independently.

cold32's linear-regression notes write ``2 \\dotproduct \\frac{1}{2m} \\sum …``: ``\\dotproduct`` is no LaTeX command
but the writer's own name for the product sign, and the page was refused at it ("unknown command"). It is read as
``\\cdot`` where a factor stands on each side, noted; anywhere else it stays unknown. The page's gradients are held to
central finite differences of the cost written in NumPy (tests/_numeric.py), never to logderiv's own output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences, half_mean_square

COLD32 = Path(__file__).parent / "derivations_cold32"

DOTPRODUCT_NOTE = ("'\\dotproduct' is no LaTeX command: read as the product sign · (\\cdot) between the factors "
                   "beside it, as its name says")

#: cold32's page with its y written y_i throughout (its bare y, beside y_i in the same sum, is refused on its own)
_DOTPRODUCT_PAGE = r"""### Example - linear regression

  $$
  J(\theta) = \frac{1}{2m}\displaystyle \sum^m_{i=1}(\hat{y}_i - y_i)^2 \\
  \hat{y}_i = \theta_0 + \theta_1x_{i1} + \cdots + \theta_px_{ip} \\
  $$

  $$
  \begin{align}
  \frac{\partial J}{\partial \theta_j} &= \frac{\partial}{\partial \theta_j} \frac{1}{2m} \sum(\hat{y}_i - y_i)^2 \\
  &= 2 \dotproduct \frac{1}{2m} \sum (\hat{y}_i - y_i) \frac{\partial }{\partial \theta_j}(\hat{y}_i - y_i) \\
  &= FACTOR\sum(\hat{y}_i - y_i)x_{ij}
  \end{align}
  $$
"""


def _data(seed: int = 32) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    generator = np.random.default_rng(seed)
    X = generator.normal(size=(7, 3))
    X[:, 0] = 1.0  # θ₀'s column of ones
    return X, generator.normal(size=7), generator.normal(size=3)


def test_the_pages_last_line_is_the_gradient_and_its_slip_is_not() -> None:
    """Independently of logderiv: (1/m)Σ(ŷ − y)x_ij is ∂J/∂θⱼ of (1/2m)Σ(ŷ − y)², and (2/m)Σ… is twice it."""
    X, y, theta = _data()
    numeric = central_differences(lambda t: half_mean_square(X, y, t), theta)
    written = X.T @ (X @ theta - y) / len(y)
    assert np.allclose(written, numeric, atol=1e-6)
    assert not np.allclose(2 * written, numeric, atol=1e-3)


def test_dotproduct_between_two_factors_is_the_product_noted(tmp_path: Path) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, _DOTPRODUCT_PAGE.replace("FACTOR", r"\frac{1}{m}"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert DOTPRODUCT_NOTE in review["notes"]


def test_dotproduct_read_as_the_product_still_finds_a_wrong_factor(tmp_path: Path) -> None:
    """The last line with 2/m (twice the gradient, by the finite differences above) is wrong at its line."""
    code, ending, wrong, review = review_of_page(tmp_path, _DOTPRODUCT_PAGE.replace("FACTOR", r"\frac{2}{m}"))
    assert (code, ending) == (1, "wrong")
    assert wrong == [12]
    assert DOTPRODUCT_NOTE in review["notes"]


def test_dotproduct_noted_in_text_output(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, _DOTPRODUCT_PAGE.replace("FACTOR", r"\frac{1}{m}"))
    assert result.exit_code == 0, result.output
    assert f"note: {DOTPRODUCT_NOTE}" in result.output


def test_dotproduct_with_no_factor_before_it_stays_unknown(tmp_path: Path) -> None:
    """Opening a side (after '='), the name multiplies nothing: no product is read, it is refused naming it."""
    page = _DOTPRODUCT_PAGE.replace("&= 2 \\dotproduct", "&= \\dotproduct").replace("FACTOR", r"\frac{1}{m}")
    result = steps_of_page(tmp_path, page, "-f", "json")
    assert result.exit_code == 2
    assert "unknown command '\\dotproduct'" in result.stderr


def test_cold32_dotproduct_page_reads_past_the_macro() -> None:
    """The real page: past \\dotproduct, its bare y beside y_i in one sum is the (deliberate) next refusal."""
    kind, detail = outcome_of(COLD32, "en_notes_linear_theta_j_theta_0_gradient_descent_dotproduct.md")
    assert kind == "refused"
    assert "'y' has no example index" in detail and "dotproduct" not in detail
