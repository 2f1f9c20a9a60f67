r"""A page's definition ``Z = W \cdot X + b`` beside lines that write X only as X_i, the example (fixcap33).

The page (an auditor's, /tmp/p/t33/mat.md, a notebook's logistic regression in its own capitals) defines
Z = W·X + b, A = σ(Z), the cost J = −(1/m) Σᵢ [Y_i log A_i + (1 − Y_i) log(1 − A_i)], and derives
∂J/∂W = (1/m) Σᵢ (A_i − Y_i) X_i, ∂J/∂b = (1/m) Σᵢ (A_i − Y_i). The lines' X_i is the example (conventions.
capital_examples); the definitions' bare X was a constant of its own, and the right ∂J/∂W was judged wrong.
Per example (the writer's meaning: Z_i = W X_i + b, A_i = σ(Z_i)) it is the gradient: checked here by central
finite differences in NumPy (tests/_numeric.py), W a scalar and W a vector, never by logderiv.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.example_lets import respell_example_lets
from logderiv.services import steps
from work import assert_linear

#: the auditor's page, verbatim
PAGE = r"""## Forward

$$
Z = W \cdot X + b
$$

$$
A = \sigma(Z)
$$

$$
J = -\frac{1}{m} \sum_{i=1}^m \left[ Y_i \log A_i + (1 - Y_i) \log (1 - A_i) \right]
$$

## Backward

Since $Z = W X + b$:

$$
\frac{\partial J}{\partial W} = \frac{1}{m} \sum_{i=1}^m (A_i - Y_i) X_i
$$

$$
\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^m (A_i - Y_i)
$$
"""

_LINE_20 = r"\frac{1}{m} \sum_{i=1}^m (A_i - Y_i) X_i"


def _sigma(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def _cost(X: np.ndarray, Y: np.ndarray, W: np.ndarray, b: float) -> float:
    """J of the page per example: Z_i = W·X_i + b (rows of X the examples), A_i = σ(Z_i)."""
    A = _sigma(X @ W + b)
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


@pytest.mark.parametrize("features", [1, 3])
def test_line_20_is_the_gradient_per_example_by_finite_differences(features: int) -> None:
    # W a scalar (one feature) or a vector: (1/m) Σᵢ (A_i − Y_i) X_i is ∂J/∂W, (1/m) Σᵢ (A_i − Y_i) is ∂J/∂b;
    # the slips planted below are not
    rng = np.random.default_rng(33 + features)
    X, Y = rng.normal(size=(5, features)), rng.uniform(size=5)
    W, b = rng.normal(size=features), 0.3
    by = central_differences(lambda at: _cost(X, Y, at[:-1], at[-1]), np.append(W, b))
    A = _sigma(X @ W + b)
    assert np.allclose(np.mean((A - Y)[:, None] * X, axis=0), by[:-1], atol=1e-7)
    assert np.isclose(np.mean(A - Y), by[-1], atol=1e-7)
    assert not np.allclose(np.mean((Y - A)[:, None] * X, axis=0), by[:-1], atol=1e-4)
    assert not np.allclose(np.mean((A - Y) * Y), by[:-1], atol=1e-4)


def test_the_page_ends_at_the_gradient_and_says_how_x_is_read() -> None:
    # before: "✗ wrong at line 20:33", judged against a constant X
    review = steps.review_steps(PAGE, file_kind="markdown")
    assert review.ending == "gradient"
    assert all(step.valid for step in review.steps)
    assert any("is read as x⁽ⁱ⁾, the i-th example: the lines write X only as X_i" in note for note in review.notes)
    assert any("W·X is the product of the lines' W and that example" in note for note in review.notes)


def test_the_juxtaposed_definition_alone_is_read_alike() -> None:
    review = steps.review_steps(PAGE.replace(r"W \cdot X", "W X"), file_kind="markdown")
    assert review.ending == "gradient"


@pytest.mark.parametrize("slipped", [
    r"\frac{1}{m} \sum_{i=1}^m (Y_i - A_i) X_i",   # the sign
    r"\frac{1}{m} \sum_{i=1}^m (A_i - Y_i) Y_i",   # the label for the example
    r"\sum_{i=1}^m (A_i - Y_i) X_i",               # the 1/m dropped
])
def test_a_slip_planted_in_line_20_is_found_or_refused(slipped: str) -> None:
    # by hand (finite differences above): none of these is ∂J/∂W; found wrong, or refused, never held
    page = PAGE.replace(_LINE_20, slipped)
    assert page != PAGE
    try:
        review = steps.review_steps(page, file_kind="markdown")
    except InputError:
        return
    assert review.ending == "wrong"


@pytest.mark.parametrize("page", [
    # X used as the data matrix in a line: no per-example reading
    PAGE.replace(_LINE_20, r"\frac{1}{m} X^T (A - Y)"),
    # a bare X in a line: X is not written only as the example
    PAGE.replace(_LINE_20, r"\frac{1}{m} \sum_{i=1}^m (A_i - Y_i) X"),
    # Xᵀ in the definitions
    PAGE.replace(r"W \cdot X + b", r"W X^T + b").replace("Z = W X + b", "Z = W X^T + b"),
])
def test_near_misses_are_not_read_per_example(page: str) -> None:
    # each was refused before the change, and still is (never judged either way against a per-example X)
    with pytest.raises(InputError):
        steps.review_steps(page, file_kind="markdown")


def test_the_reading_needs_x_only_as_the_example_in_the_lines() -> None:
    cost = r"-\frac{1}{m} \sum_{i=1}^m \left[ Y_i \log A_i + (1 - Y_i) \log (1 - A_i) \right]"
    lets = [r"Z=W \cdot X + b", r"A=\sigma(Z)"]
    changed, notes = respell_example_lets([cost, _LINE_20], lets, lambda _text: True)
    assert changed == {lets[0]: r"Z=W       x + b"} and len(notes) == 1
    # X bare in a line, X^T in a line, a lowercase x beside X_i, no X in the lines, Z used without the index
    for line in (r"\sum_i (A_i - Y_i) X", r"X^T (A - Y)", r"\sum_i (A_i - Y_i) X_i x_i", r"\sum_i (A_i - Y_i)"):
        assert respell_example_lets([cost, line], lets, lambda _text: True) == ({}, [])
    assert respell_example_lets([cost.replace("A_i", "A"), _LINE_20], lets, lambda _text: True) == ({}, [])
    # plain text's WX may be one name: the juxtaposed form is read in LaTeX only
    assert respell_example_lets([cost, _LINE_20], ["Z=WX + b", lets[1]], lambda _text: False) == ({}, [])
    # a w the lines write keeps the dot (W·x is then read as w·x, by conventions.capital_w_is_w)
    kept, _ = respell_example_lets([cost, _LINE_20 + " + w"], lets, lambda _text: True)
    assert kept == {lets[0]: r"Z=W \cdot x + b"}


def test_long_input_stays_linear() -> None:
    # counted, not timed (tests/work.py): about 10 calls an X_i of the line (9,100 at 3,600 products and 900 X_i)
    def respelt(n: int) -> Callable[[], object]:
        text = "Z = " + "W X + " * (4 * n) + "b"
        line = r"\sum_i (A_i - Y_i) X_i " * n
        return lambda: respell_example_lets([line], [text, r"A=\sigma(Z)"], lambda _text: True)

    assert_linear(respelt, 225)


def test_a_lowercase_example_in_the_lines_reads_the_definitions_x_alike() -> None:
    # the page with x_i for X_i in line 20 (the definitions still write X): before, "✗ wrong at line 20:33", judged
    # against a constant X; per example it is the gradient (finite differences above), and its slip is wrong
    page = PAGE.replace(_LINE_20, _LINE_20.replace("X_i", "x_i"))
    review = steps.review_steps(page, file_kind="markdown")
    assert review.ending == "gradient"
    assert any("the lines write x only as x_i" in note for note in review.notes)
    slipped = page.replace("(A_i - Y_i) x_i", "(Y_i - A_i) x_i")
    assert slipped != page
    try:
        assert steps.review_steps(slipped, file_kind="markdown").ending == "wrong"
    except InputError:
        pass
    # x_i beside X_i, and x_j (a feature): neither letter is the example alone, nothing read
    cost = r"-\frac{1}{m} \sum_{i=1}^m \left[ Y_i \log A_i + (1 - Y_i) \log (1 - A_i) \right]"
    lets = [r"Z=W \cdot X + b", r"A=\sigma(Z)"]
    for line in (r"\sum_i (A_i - Y_i) x_i X_i", r"\sum_i (A_i - Y_i) x_j"):
        assert respell_example_lets([cost, line], lets, lambda _text: True) == ({}, [])
