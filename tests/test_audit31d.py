"""audit31d: an adversarial audit of fixcold32b's readings (\\dotproduct, kramdown's inline $$…$$, --cost read with
the page's definitions, capital weights W_j), and the misread it found.

The misread: kramdown (Jekyll) writes inline maths with ``$$`` too, and a blog names a derivative in a sentence —
``The prediction's derivative $$\\frac{\\partial \\hat{y}}{\\partial b}$$ is just $$1$$.`` Read as a display, that
derivative was a row of the derivation, judged as a step of ∂J/∂b ("it is not ∂J/∂b"): a right page called wrong.
A derivative of a name by a name, alone in ``$$…$$`` with prose before and after it on its line, is a word of the
sentence, as a name alone is (unless the next line's display goes on from it with ``= …``: then it names those rows'
left side, and is read as before).

The other probes pin outcomes the audit found right: a page's cost that is not --cost linear once its model is put in
(a mean of squares without ½, a model ŷ = wᵀx + 2b) is refused, never accepted. Every gradient a test relies on is
checked by central finite differences of the cost written in NumPy (tests/_numeric.py), not by logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

# a one-feature linear regression, derived by b; the sentence on line 5 names a derivative in kramdown's inline $$
_SENTENCE_PAGE = r"""For linear regression the cost is

$$ J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2 $$

SENTENCE

$$ \frac{\partial J}{\partial b} = FACTOR\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) $$
"""

_NAMED_IN_PROSE = r"The prediction's derivative $$\frac{\partial \hat{y}}{\partial b}$$ is just $$1$$."


def _page(sentence: str = _NAMED_IN_PROSE, factor: str = r"\frac{1}{m}") -> str:
    return _SENTENCE_PAGE.replace("SENTENCE", sentence).replace("FACTOR", factor)


def _one_feature_data(seed: int = 31) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.default_rng(seed)
    return generator.normal(size=6), generator.normal(size=6)


def test_the_pages_gradient_by_b_by_finite_differences() -> None:
    """Independently: ∂/∂b of (1/2m)Σ(wx + b − y)² is (1/m)Σ(wx + b − y), (1/2m)Σ… is half it; ∂ŷ/∂b = 1."""
    x, y = _one_feature_data()

    def cost(v: np.ndarray) -> float:
        return float(np.sum((v[0] * x + v[1] - y) ** 2) / (2 * len(y)))

    at = np.array([0.3, -0.8])
    numeric = central_differences(cost, at)[1]
    written = np.sum(at[0] * x + at[1] - y) / len(y)
    assert np.isclose(written, numeric, atol=1e-6)
    assert not np.isclose(written / 2, numeric, atol=1e-3)
    prediction = central_differences(lambda v: float(v[0] * x[0] + v[1]), at)[1]
    assert np.isclose(prediction, 1.0, atol=1e-6)


def test_a_derivative_named_in_a_sentence_is_prose(tmp_path: Path) -> None:
    """Before: line 5's ∂ŷ/∂b was a step of ∂J/∂b, 'wrong at line 5' on a right page."""
    code, ending, wrong, _ = review_of_page(tmp_path, _page())
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_derivative_named_in_a_sentence_with_no_number_after_it(tmp_path: Path) -> None:
    sentence = r"The derivative $$\frac{\partial \hat{y}}{\partial b}$$ tells us how the prediction moves."
    code, ending, wrong, _ = review_of_page(tmp_path, _page(sentence))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_derivative_named_in_a_sentence_leaves_a_wrong_factor_wrong_at_its_own_line(tmp_path: Path) -> None:
    """(1/2m)Σ(wx + b − y), half the gradient by the finite differences above: wrong at line 7, not at the prose."""
    code, ending, wrong, _ = review_of_page(tmp_path, _page(factor=r"\frac{1}{2m}"))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_a_derivative_in_a_sentence_that_the_next_rows_go_on_from_is_still_their_left_side(tmp_path: Path) -> None:
    """'We now compute $$∂J/∂b$$ as follows:' and then '$$ = …$$': the derivative is the rows' left side, a step."""
    page = _SENTENCE_PAGE.replace("SENTENCE", r"We now compute $$\frac{\partial J}{\partial b}$$ as follows:")
    page = page.replace(r"$$ \frac{\partial J}{\partial b} = FACTOR", r"$$ = \frac{1}{m}")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert 5 in [step["line"] for step in review["steps"]]


def _in_words(factor: str) -> str:
    sentence = (r"Therefore $$\frac{\partial J}{\partial b}$$ is equal to "
                rf"$${factor}\sum_{{i=1}}^m (w x^{{(i)}} + b - y^{{(i)}})$$.")
    return _SENTENCE_PAGE.split("SENTENCE")[0] + sentence + "\n"


def test_a_derivative_equated_in_words_with_a_formula_is_still_the_derivation(tmp_path: Path) -> None:
    """'$$∂J/∂b$$ is equal to $$(1/m)Σ…$$': the sentence is the derivation, its two displays the step, read as before."""
    code, ending, wrong, _ = review_of_page(tmp_path, _in_words(r"\frac{1}{m}"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_derivative_equated_in_words_with_a_wrong_formula_is_wrong(tmp_path: Path) -> None:
    """(2/m)Σ(wx + b − y), twice the gradient by the finite differences above: wrong at line 5."""
    code, ending, wrong, _ = review_of_page(tmp_path, _in_words(r"\frac{2}{m}"))
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_a_derivative_in_a_sentence_whose_value_is_the_next_display_is_still_its_left_side(tmp_path: Path) -> None:
    """'The derivative $$∂J/∂b$$ is then:' and '$$(2/m)Σ…$$' (no = of its own): a step, twice the gradient (finite
    differences above), wrong at line 7; as prose, the page lost its derivation and was refused."""
    page = _SENTENCE_PAGE.replace("SENTENCE", r"The derivative $$\frac{\partial J}{\partial b}$$ is then:")
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(r"\frac{\partial J}{\partial b} = FACTOR",
                                                                  r"\frac{2}{m}"))
    assert (code, ending, wrong) == (1, "wrong", [7])
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(r"\frac{\partial J}{\partial b} = FACTOR",
                                                                  r"\frac{1}{m}"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_derivative_alone_pattern() -> None:
    from logderiv.notation.notes import _derivative_alone

    for alone in (r"\frac{\partial J}{\partial w}", r" \frac{\partial{\hat{y}^{(i)}}}{\partial{W_j}} ",
                  r"\dfrac{dJ}{db}", r"\frac{\partial \mathcal{L}}{\partial \theta_j}"):
        assert _derivative_alone(alone), alone
    for other in (r"\frac{\partial}{\partial w} J", r"\frac{\partial J}{\partial w} = 0", r"\frac{1}{m}",
                  r"\frac{\partial (y - \hat{y})^2}{\partial w}", r"\frac{x}{y}", r"\frac{\partial}{\partial b}"):
        assert not _derivative_alone(other), other


# --cost linear beside a page whose own model is put in (fixcold32b): the page's cost must BE the preset so read.
_MODEL_PAGE = r"""First, linear regression:

$$ \hat{y}^{(i)} = \sum_{j=1}^{n} w_jx^{(i)}_j + MODEL $$

$$ J(w,b)=COST \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})^2 $$

So we have that:

$$\frac{\partial{J}}{\partial{w_j}} = FACTOR \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})x^{(i)}_j $$
"""


def test_a_mean_of_squares_without_the_half_is_twice_the_linear_gradient() -> None:
    """Independently: ∇ of (1/m)Σ(wᵀx + b − y)² is 2× that of (1/2m)Σ… — so the page's cost is not --cost linear."""
    generator = np.random.default_rng(3131)
    X, y = generator.normal(size=(7, 2)), generator.normal(size=7)

    def mean_square(v: np.ndarray) -> float:
        return float(np.sum((X @ v[:2] + v[2] - y) ** 2) / len(y))

    def half_mean_square(v: np.ndarray) -> float:
        return mean_square(v) / 2

    at = generator.normal(size=3)
    assert np.allclose(central_differences(mean_square, at), 2 * central_differences(half_mean_square, at),
                       atol=1e-6)
    assert not np.allclose(central_differences(mean_square, at), central_differences(half_mean_square, at),
                           atol=1e-3)


def test_a_page_cost_without_the_half_beside_cost_linear_is_refused(tmp_path: Path) -> None:
    page = _MODEL_PAGE.replace("MODEL", "b").replace("COST", r"\frac{1}{m}").replace("FACTOR", r"\frac{2}{m}")
    result = steps_of_page(tmp_path, page, "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "which is not --cost linear" in result.stderr


def test_a_page_model_with_twice_its_intercept_beside_cost_linear_is_refused(tmp_path: Path) -> None:
    """ŷ = wᵀx + 2b: the same ∂/∂w_j formula in ŷ, but another cost of (w, b) than --cost linear's wᵀx + b."""
    page = _MODEL_PAGE.replace("MODEL", "2b").replace("COST", r"\frac{1}{2m}").replace("FACTOR", r"\frac{1}{m}")
    result = steps_of_page(tmp_path, page, "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "which is not --cost linear" in result.stderr


# Capital weights (fixcold32b): W is read as the weight vector w where the page writes its weights one by one, W_j x_j.
# A W_j used as a vector — a row of a softmax's or a layer's matrix — is no weight: the page is left as written.
_CAPITAL_PAGE = r"""$$ \hat{y}^{(i)} = \sum_{j=1}^{n} W_jx^{(i)}_j + b $$

$$ J(W,b)=\frac{1}{2m} \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})^2 $$

"""


def _where(line: int) -> str:
    return f"line {line}"


def test_capital_weights_one_by_one_are_still_read() -> None:
    from logderiv.notation.capital_weights import capital_weights_read

    for model in (r"W_jx^{(i)}_j", r"W_j x_j^{(i)}", r"W_{j} \cdot x_{j}^{(i)}"):
        page = _CAPITAL_PAGE.replace(r"W_jx^{(i)}_j", model)
        read, notes = capital_weights_read(page, _where)
        assert len(notes) == 1 and "W" not in read.replace(r"\hat", ""), (model, read)


def test_a_capital_w_with_an_index_used_as_a_vector_leaves_the_page_as_written() -> None:
    """W_j^T x, W_j^{[1]}, e^{W_k x}, σ(W_1 x + b_1), W_k \\mathbf{x}: a row of a matrix; before, each was read as w."""
    from logderiv.notation.capital_weights import capital_weights_read

    for vector in (r"$$ z_j = W_j^T x $$", r"$$ z_j = W_j^{[1]} x_j $$",
                   r"$$ p_k = \frac{e^{W_k x}}{\sum_l e^{W_l x}} $$", r"$$ h = \sigma(W_1 x + b_1) $$",
                   r"$$ z_k = W_k \mathbf{x} $$"):
        page = _CAPITAL_PAGE + vector + "\n"
        assert capital_weights_read(page, _where) == (page, []), vector
