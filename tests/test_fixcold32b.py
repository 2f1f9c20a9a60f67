"""cold32's other pages (fixcold32b): the readings and refusals their blockers asked for, each checked independently.

cold32's linear-regression notes write ``2 \\dotproduct \\frac{1}{2m} \\sum …``: ``\\dotproduct`` is no LaTeX command
but the writer's own name for the product sign, and the page was refused at it ("unknown command"). It is read as
``\\cdot`` where a factor stands on each side, noted; anywhere else it stays unknown. The page's gradients are held to
central finite differences of the cost written in NumPy (tests/_numeric.py), never to logderiv's own output.
"""

from __future__ import annotations

import json
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
    """The real page: past \\dotproduct (today its bare y beside y_i in one sum is the deliberate next refusal)."""
    kind, detail = outcome_of(COLD32, "en_notes_linear_theta_j_theta_0_gradient_descent_dotproduct.md")
    assert kind in ("refused", "right"), detail
    assert "dotproduct" not in detail


# kramdown (Jekyll) writes inline maths with $$ too: "(note the factor of $$\frac{1}{2}$$ in J has cancelled to leave
# $$\frac{1}{m}$$.)" — cold32's blog post. Read as displays, the two numbers were rows of the derivation, and a right
# gradient was judged "does not follow" (a false "wrong"); a number alone in a sentence is a word of the prose.
_KRAMDOWN_PAGE = r"""For linear regression the cost is

$$ J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 $$

and taking the partial derivative:

$$ \frac{\partial J}{\partial \theta_j} = FACTOR\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} $$ (note the factor of $$\frac{1}{2}$$ in J has cancelled to leave $$\frac{1}{m}$$.)
"""


def test_a_number_alone_in_a_sentence_is_prose(tmp_path: Path) -> None:
    code, ending, wrong, _ = review_of_page(tmp_path, _KRAMDOWN_PAGE.replace("FACTOR", r"\frac{1}{m}"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_number_alone_in_a_sentence_leaves_a_wrong_factor_wrong(tmp_path: Path) -> None:
    """2/m, twice the gradient (finite differences above): wrong at its own line, the prose's numbers no rows."""
    code, ending, wrong, _ = review_of_page(tmp_path, _KRAMDOWN_PAGE.replace("FACTOR", r"\frac{2}{m}"))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_number_alone_pattern_takes_numbers_only() -> None:
    from logderiv.notation.notes import _NUMBER_ALONE

    for number in (r"\frac{1}{2}", r" \frac{1}{m} ", r"\frac{1}{2m}", "2", "0.5", r"\frac12"):
        assert _NUMBER_ALONE.fullmatch(number), number
    for other in ("x", r"\frac{1}{2}x", r"= \frac{1}{m}", r"\frac{\partial J}{\partial w}", "2 + 1"):
        assert not _NUMBER_ALONE.fullmatch(other), other


# --cost linear beside a page whose model has an intercept apart (ŷ⁽ⁱ⁾ = Σⱼ wⱼxⱼ⁽ⁱ⁾ + b), derived by w_j: the page's
# definitions are among the letters that say the preset's parameters (its b is written there only), and the page's
# cost, its model put in, is compared with the preset's read so. Before, the preset was read as wᵀx (no intercept)
# and the page's own cost — the same function of the data — was refused as "not --cost linear".
_INTERCEPT_PAGE = r"""First, linear regression:

$$ \hat{y}^{(i)} = \sum_{j=1}^{n} w_jx^{(i)}_j + MODEL $$

$$ J(w,b)=\frac{1}{2m} \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})^2 $$

So we have that:

$$\frac{\partial{J}}{\partial{w_j}} = FACTOR \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})x^{(i)}_j $$
"""


def _intercept_page(model: str = "b", factor: str = r"\frac{1}{m}") -> str:
    return _INTERCEPT_PAGE.replace("MODEL", model).replace("FACTOR", factor)


def test_intercept_page_gradient_by_finite_differences() -> None:
    """Independently: with b apart, ∂J/∂wⱼ of (1/2m)Σ(wᵀx + b − y)² is (1/m)Σ(ŷ − y)xⱼ, and (1/2m)Σ… is half it."""
    generator = np.random.default_rng(7)
    X, y = generator.normal(size=(7, 2)), generator.normal(size=7)

    def cost(v: np.ndarray) -> float:
        return float(np.sum((X @ v[:2] + v[2] - y) ** 2) / (2 * len(y)))

    at = generator.normal(size=3)
    numeric = central_differences(cost, at)[:2]
    written = X.T @ (X @ at[:2] + at[2] - y) / len(y)
    assert np.allclose(written, numeric, atol=1e-6)
    assert not np.allclose(written / 2, numeric, atol=1e-3)


def test_the_pages_cost_with_its_intercept_is_cost_linear_noted(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, _intercept_page(), "--cost", "linear", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert any("read as the same cost with θᵀx = wᵀx + b" in note for note in review["notes"])


def test_the_pages_cost_with_its_intercept_still_finds_a_slip(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, _intercept_page(factor=r"\frac{1}{2m}"), "--cost", "linear", "-f", "json",
                           "--timeout", "60")
    assert result.exit_code == 1, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [9]


def test_a_page_model_that_is_not_the_presets_is_refused_naming_it(tmp_path: Path) -> None:
    """ŷ = wᵀx + b² is no linear model in (w, b): not --cost linear, said with the page's definitions put in."""
    result = steps_of_page(tmp_path, _intercept_page(model="b^2"), "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2
    assert "which is not --cost linear" in result.stderr
    assert "with the page's own definitions of its names put in" in result.stderr


def test_cold32_linear_page_is_no_longer_refused_as_another_cost() -> None:
    for page in ("en_blog_linear_w_j_b_chain_through_y_hat.md",
                 "en_blog_linear_w_j_b_chain_through_y_hat_planted_constant.md"):
        kind, detail = outcome_of(COLD32, page)
        assert kind in ("refused", "right"), detail
        assert "not --cost linear" not in detail


# The same post writes its weights with a capital, W_j, and its cost J(W, b): where the page's model writes them one
# by one (W_j x_j), no w of its own stands and every W is W_j or J(W, b)'s argument, W is the weight vector w (noted).
CAPITAL_NOTE = ("line 3 writes the model's weights W_j with a capital, one by one (W_j x_j), and no w: W is read as "
                "the weight vector w, W_j its j-th weight (logderiv's W is a matrix)")


def _capital_page(factor: str = r"\frac{1}{m}") -> str:
    return _intercept_page(factor=factor).replace("w_j", "W_j").replace("J(w,b)", "J(W,b)")


def test_capital_weights_one_by_one_are_w_noted(tmp_path: Path) -> None:
    assert "W_jx^{(i)}_j" in _capital_page() and "partial{W_j}" in _capital_page()
    result = steps_of_page(tmp_path, _capital_page(), "--cost", "linear", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert CAPITAL_NOTE in review["notes"]


def test_capital_weights_noted_in_text(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, _capital_page(), "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert f"note: {CAPITAL_NOTE}" in result.output


def test_capital_weights_read_still_find_the_uncancelled_half(tmp_path: Path) -> None:
    """(1/2m)Σ(ŷ − y)x_j, half the gradient by the finite differences above: wrong at line 9."""
    result = steps_of_page(tmp_path, _capital_page(r"\frac{1}{2m}"), "--cost", "linear", "-f", "json",
                           "--timeout", "60")
    assert result.exit_code == 1, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [9]


def test_a_capital_w_alone_leaves_the_page_as_it_was() -> None:
    """∂J/∂W (a matrix, or a row of one), W_1j, or a w of the page's own beside W: no reading, the text unchanged."""
    from logderiv.notation.capital_weights import capital_weights_read

    def where(line: int) -> str:
        return f"line {line}"

    page = _capital_page()
    assert capital_weights_read(page, where)[1] == [CAPITAL_NOTE]
    for other in (page + "\n$$ \\frac{\\partial J}{\\partial W} = \\frac{1}{m}(\\hat{Y} - Y).X^T $$\n",
                  page + "\n$$ \\frac{\\partial J}{\\partial W_1j} = 0 $$\n",
                  page + "\n$$ v = w + 1 $$\n",
                  page.replace("W_jx^{(i)}_j", "W x^{(i)}")):
        assert capital_weights_read(other, where) == (other, [])
