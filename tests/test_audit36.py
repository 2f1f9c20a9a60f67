"""audit36 (issue 10): misreads found in the readings merged this session (fixcode5, fixlatex3, fixderiv3), fixed.

Each case names the text, what it means worked by hand (held to central finite differences in NumPy, never to
logderiv's own output), and the refusal or verdict that reading asks for.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check

from _derivations_table import review_of_page
from _numeric import central_differences
from _reading import assert_verdict_read, refused

_RNG = np.random.default_rng(36)

# --- ∂E_{(i)}/∂b: the left side names ONE example's error -----------------------------------------------------------

#: the watermelon book's least squares as CSDN writes it (tests/test_fixlatex3.py), with no bracket below E
SSE = r"E=\sum_{i=1}^{m}\left(y_{i}-w x_{i}-b\right)^{2}"
#: the whole sum's ∂E/∂b, as CSDN's line writes it
WHOLE_DB = r"\frac{\partial E}{\partial b}=2\left(m b-\sum_{i=1}^{m}\left(y_{i}-w x_{i}\right)\right)"
#: example i's ∂E⁽ⁱ⁾/∂b, a true claim about E⁽ⁱ⁾ = (yᵢ − wxᵢ − b)² that is no gradient of E
ONE_DB = r"\frac{\partial E_{(i)}}{\partial b}=-2\left(y_{i}-w x_{i}-b\right)"


def test_the_hand_gradients_of_the_whole_error_and_of_one_example():
    """∂E/∂b = 2(mb − Σ(yᵢ − wxᵢ)); ∂E⁽¹⁾/∂b = −2(y₁ − wx₁ − b), which is not ∂E/∂b."""
    x, y, w, b = _RNG.normal(size=4), _RNG.normal(size=4), 0.8, -0.3
    (whole,) = central_differences(lambda v: np.sum((y - w * x - v[0]) ** 2), np.array([b]))
    (first,) = central_differences(lambda v: (y[0] - w * x[0] - v[0]) ** 2, np.array([b]))
    assert np.isclose(whole, 2 * (len(y) * b - np.sum(y - w * x)))
    assert np.isclose(first, -2 * (y[0] - w * x[0] - b))
    assert not np.isclose(whole, first)


def test_the_whole_gradient_named_without_the_mark_is_still_read():
    assert_verdict_read(WHOLE_DB, SSE, "equivalent", wrt="b")
    assert_verdict_read("dE(w, b)/db = 2*(m*b - sum(y_i - w*x_i))", SSE, "equivalent", wrt="b")
    assert_verdict_read(WHOLE_DB.replace(r"\partial E}", r"\partial E(w, b)}"), SSE, "equivalent", wrt="b")


@pytest.mark.parametrize("answer", [
    # fixlatex3's report: judged 'equivalent' with the note 'the left side names ∂E/∂b', the mark dropped silently
    WHOLE_DB.replace(r"\partial E}", r"\partial E_{(i)}}"),
    WHOLE_DB.replace(r"\partial E}", r"\partial E^{(i)}}"),
    WHOLE_DB.replace(r"\partial E}", r"\partial E_i}"),
    # one example's term under the mark: a true claim about E⁽ⁱ⁾, once judged 'different' against ∂E/∂b
    ONE_DB,
    ONE_DB.replace("E_{(i)}", "E^{(i)}"),
    # plain text's dE_i/db, where y_i is example i's target: judged 'equivalent', the i dropped
    "dE_i/db = 2*(m*b - sum(y_i - w*x_i))",
    # … and its bracketed spellings, example i's error as a function of i or of its x_i
    "dE_(i)/db = 2*(m*b - sum(y_i - w*x_i))",
    "dE(i)/db = 2*(m*b - sum(y_i - w*x_i))",
    "dE(x_i)/db = 2*(m*b - sum(y_i - w*x_i))",
    # LaTeX's one-example loss by its arguments, L(ŷᵢ, yᵢ), E(xᵢ): read as J(θ) names its parameters, the i dropped
    WHOLE_DB.replace(r"\partial E}", r"\partial L(\hat{y}_i, y_i)}"),
    WHOLE_DB.replace(r"\partial E}", r"\partial E(x_i)}"),
])
def test_a_derivative_of_one_examples_error_beside_the_sum_is_refused(answer):
    """∂E⁽ⁱ⁾/∂b = … beside E = Σᵢ(…)²: the whole gradient with a stray mark, or example i's: refused at the name."""
    error = refused(check, answer, cost=SSE, wrt="b")
    assert "one example's cost" in str(error)
    assert answer[error.column] in "EL"


# --- rows of one display that restate the left side: one chain, every right side checked ---------------------------

_COST = r"J = \frac{1}{2m}\sum_{i=1}^{m}(w x_i + b - y_i)^2"
_FIRST_ROW = r"\frac{\partial J}{\partial w} &= \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i \\"
_RESTATED_ROW = r"\frac{\partial J}{\partial w} &= \frac{1}{m}\sum_{i=1}^{m}(w x_i^2 + b x_i - y_i x_i)"


def _page(*rows: str) -> str:
    """The cost's display (line 2), prose, then one display holding ``rows`` (from line 8)."""
    return "$$\n" + _COST + "\n$$\n\nso\n\n$$\n" + "\n".join(rows) + "\n$$\n"


def test_the_hand_gradient_multiplied_out():
    """(1/m)Σ(wxᵢ² + bxᵢ − yᵢxᵢ) is ∂J/∂w; with + yᵢxᵢ it is not."""
    x, y, w, b = _RNG.normal(size=5), _RNG.normal(size=5), 0.4, 1.1
    (dw,) = central_differences(lambda v: np.sum((v[0] * x + b - y) ** 2) / (2 * len(y)), np.array([w]))
    assert np.isclose(dw, np.mean(w * x**2 + b * x - y * x))
    assert not np.isclose(dw, np.mean(w * x**2 + b * x + y * x))


def test_a_restated_left_side_with_a_slip_is_wrong_at_its_row(tmp_path):
    """∂J/∂w &= A \\\\ ∂J/∂w &= B with a sign slip in B (line 9): read apart, B went unchecked ('every step holds')."""
    planted = _page(_FIRST_ROW, _RESTATED_ROW.replace("- y_i x_i", "+ y_i x_i"))
    code, ending, wrong, _ = review_of_page(tmp_path, planted)
    assert (code, ending, wrong) == (1, "wrong", [9])


def test_a_restated_left_side_that_is_right_ends_at_the_gradient(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _page(_FIRST_ROW, _RESTATED_ROW))
    assert (code, ending, wrong) == (0, "gradient", [])


# --- a derivation that names J but writes out another cost's formula ---------------------------------------------

_SUMMED = r"\mathcal{L} = \sum_{i=1}^{m}(w x_i + b - y_i)^2"
_NAMED_J = (r"\frac{\partial J}{\partial w} = \frac{\partial}{\partial w}\sum_{i=1}^{m}(w x_i + b - y_i)^2 = "
            r"2\sum_{i=1}^{m}(w x_i + b - y_i)x_i")


def test_the_hand_gradients_of_the_two_costs():
    """∂J/∂w = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ for J = (1/2m)Σ(…)², while 2Σ(…)xᵢ is ∂𝓛/∂w of 𝓛 = Σ(…)²: they differ."""
    x, y, w, b = _RNG.normal(size=5), _RNG.normal(size=5), -0.6, 0.2
    (dj,) = central_differences(lambda v: np.sum((v[0] * x + b - y) ** 2) / (2 * len(y)), np.array([w]))
    (dl,) = central_differences(lambda v: np.sum((v[0] * x + b - y) ** 2), np.array([w]))
    assert np.isclose(dj, np.mean((w * x + b - y) * x))
    assert np.isclose(dl, 2 * np.sum((w * x + b - y) * x))
    assert not np.isclose(dj, dl)


def test_a_derivative_named_j_that_writes_out_the_other_costs_formula_is_wrong(tmp_path):
    """J, then 𝓛 (lines 2 and 8), then ∂J/∂w = ∂/∂w Σ(…)² (line 14): 𝓛 was taken as the cost, J set aside, and the
    page passed ('every step holds'); the derivation names J, and its first step drops J's 1/(2m)."""
    page = "$$\n" + _COST + "\n$$\n\nand\n\n$$\n" + _SUMMED + "\n$$\n\nso\n\n$$\n" + _NAMED_J + "\n$$\n"
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [14])
    # named ∂𝓛/∂w, the same chain is 𝓛's, and right
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(r"\partial J}", r"\partial \mathcal{L}}"))
    assert (code, ending, wrong) == (0, "gradient", [])
