r"""A cost that writes Y and A bare inside Σᵢ beside lines in Y_i, A_i, X_i is refused, never judged (fixbare33).

The page (an auditor's, /tmp/p/t33/bare.md) defines Z = W X + b, A = σ(Z), the cost
J = −(1/m) Σᵢ [Y log A + (1 − Y) log(1 − A)] (Y and A without the example index), and writes
∂J/∂W = (1/m) Σᵢ (A_i − Y_i) X_i, ∂J/∂b = (1/m) Σᵢ (A_i − Y_i). The lines' Y_i is y⁽ⁱ⁾ (conventions.
capital_examples), the cost's bare Y was one constant of its own: the right gradient was judged "✗ wrong". One label
per example, or one number: the page does not say, so it is refused with both spellings named, the caret at the
bare name. Per example the lines are the gradient (checked below by finite differences in NumPy, never by logderiv).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.bare_examples import refuse_bare_beside_indexed
from logderiv.services import steps
from work import assert_linear

#: the auditor's page, verbatim (/tmp/p/t33/bare.md)
PAGE = r"""## Forward

$$
Z = W X + b
$$

$$
A = \sigma(Z)
$$

$$
J = -\frac{1}{m} \sum_{i=1}^m \left[ Y \log A + (1 - Y) \log (1 - A) \right]
$$

## Backward

$$
\frac{\partial J}{\partial W} = \frac{1}{m} \sum_{i=1}^m (A_i - Y_i) X_i
$$

$$
\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^m (A_i - Y_i)
$$
"""

_BARE = r"Y \log A + (1 - Y) \log (1 - A)"
_INDEXED = r"Y_i \log A_i + (1 - Y_i) \log (1 - A_i)"


def _sigma(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def test_the_lines_are_the_gradient_per_example_by_finite_differences() -> None:
    # the writer's meaning (one label per example): (1/m) Σᵢ (A_i − Y_i) X_i is ∂J/∂W; with one constant Y it is not
    rng = np.random.default_rng(3301)
    X, Y = rng.normal(size=6), rng.uniform(size=6)
    W, b = 0.4, -0.2

    def cost(at: np.ndarray, labels: np.ndarray) -> float:
        A = _sigma(at[0] * X + at[1])
        return float(-np.mean(labels * np.log(A) + (1 - labels) * np.log(1 - A)))

    by = central_differences(lambda at: cost(at, Y), np.array([W, b]))
    A = _sigma(W * X + b)
    assert np.isclose(np.mean((A - Y) * X), by[0], atol=1e-7) and np.isclose(np.mean(A - Y), by[1], atol=1e-7)
    constant = central_differences(lambda at: cost(at, np.full(6, 1.02)), np.array([W, b]))
    assert not np.isclose(np.mean((A - Y) * X), constant[0], atol=1e-3)


def _refused(page: str) -> InputError:
    with pytest.raises(InputError) as raised:
        steps.review_steps(page, file_kind="markdown")
    return raised.value


def test_the_page_is_refused_naming_both_spellings() -> None:
    # before: "✗ wrong at line 18:33", the lines judged against a constant Y
    error = _refused(PAGE)
    assert "the cost writes Y without the example index, the lines Y_i" in error.message
    assert "one label per example" in error.message and "or one number?" in error.message
    assert error.line == 12
    assert error.column is not None and error.source[error.column] == "Y"  # the caret at the cost's bare Y


@pytest.mark.parametrize("page", [
    # -mean(…) for the mean over the examples
    PAGE.replace(r"\frac{1}{m} \sum_{i=1}^m \left[ " + _BARE + r" \right]",
                 r"\mathrm{mean}\left( " + _BARE + r" \right)"),
    # the prediction \hat{Y}, DeepLearning.AI's name
    PAGE.replace("A = ", r"\hat{Y} = ").replace(_BARE, r"Y \log \hat{Y} + (1 - Y) \log (1 - \hat{Y})")
        .replace("(A_i - Y_i)", r"(\hat{Y}_i - Y_i)"),
    # the cost indexes Y but the definition writes X bare beside the lines' X_i, and A bare in the cost
    PAGE.replace(_BARE, r"Y_i \log A + (1 - Y_i) \log (1 - A)"),
    # a superscript example index in the lines
    PAGE.replace("(A_i - Y_i) X_i", "(A^{(i)} - Y^{(i)}) X^{(i)}").replace("(A_i - Y_i)", "(A^{(i)} - Y^{(i)})"),
])
def test_variants_are_refused_not_judged(page: str) -> None:
    assert page != PAGE
    error = _refused(page)
    assert "without the example index" in error.message


def test_the_cost_indexed_as_the_lines_still_reads() -> None:
    # Y_i, A_i in the cost as in the lines: the per-example reading (fixcap33), the gradient (finite differences)
    review = steps.review_steps(PAGE.replace(_BARE, _INDEXED), file_kind="markdown")
    assert review.ending == "gradient"


def test_the_hatted_prediction_indexed_in_the_cost_still_reads() -> None:
    # \hat{Y} = \sigma(Z) defined, the cost in Y_i and \hat{Y}_i: the Y under the hat is no bare label Y (before the
    # accent was read as one name, this page was refused); per example the lines are the gradient (finite differences)
    page = (PAGE.replace("A = ", r"\hat{Y} = ").replace(_BARE, r"Y_i \log \hat{Y}_i + (1 - Y_i) \log (1 - \hat{Y}_i)")
            .replace("(A_i - Y_i)", r"(\hat{Y}_i - Y_i)"))
    assert steps.review_steps(page, file_kind="markdown").ending == "gradient"
    refuse_bare_beside_indexed([r"\sum_i Y_i \log \hat Y_i"], [r"\sum_i (\hat{Y}_i - Y_i) X_i"], ())
    with pytest.raises(InputError, match=r"writes \\hat\{Y\} without"):
        refuse_bare_beside_indexed([r"\sum_i Y_i \log \hat{Y}"], [r"\sum_i (\hat{Y}_i - Y_i) X_i"], ())


def test_the_refusal_needs_a_capital_bare_beside_its_indexed_spelling() -> None:
    cost = [r"-\frac{1}{m} \sum_{i=1}^m \left[ " + _BARE + r" \right]"]
    line = [r"\frac{1}{m} \sum_{i=1}^m (A_i - Y_i) X_i"]
    with pytest.raises(InputError) as raised:
        refuse_bare_beside_indexed(cost, line, {"Z"})
    assert raised.value.column == cost[0].index("Y")
    # A defined on the page: its bare use in the sum is its value at the example, as A_i is; Y still refused
    with pytest.raises(InputError, match="writes Y"):
        refuse_bare_beside_indexed(cost, line, {"A", "Z"})
    # lowercase y inside Σᵢ is the i-th label by the implied index: not refused
    refuse_bare_beside_indexed([cost[0].replace("Y", "y").replace("A", "a")], [line[0].replace("Y", "y")], ())
    # the lines write Y bare too (matrix form): nothing indexed, nothing refused
    refuse_bare_beside_indexed(cost, [r"\frac{1}{m} X (A - Y)^T"], ())
    # X_j, a feature, beside a sum over the examples i: not the example index
    refuse_bare_beside_indexed([r"\sum_{i=1}^m (W X + b - y_i)^2"], [r"\sum_{i=1}^m (e_i) X_j"], ())
    # Y(i), the label of example i as tests/derivations_cold26/en_notes_loglik_ascent_theta_j_long_chain.md writes it
    # beside Y^{(i)} (that page is read right): indexed, not refused
    refuse_bare_beside_indexed([r"\sum_{i=1}^{m}(Y(i)\log(h(X^{(i)}))+(1-Y^{(i)})\log(1-h(X^{(i)})))"],
                               [r"\sum_{i=1}^{m}(Y^{(i)}-h(X^{(i)}))X^{(i)}_j"], ())
    # the cost indexes every capital: nothing bare
    refuse_bare_beside_indexed([cost[0].replace(_BARE, _INDEXED)], line, ())


def test_long_input_stays_linear() -> None:
    # counted, not timed (tests/work.py): 225 and 900 repetitions make about 20,000 and 81,000 calls (4.0x); the
    # regular expressions' own work on the long lines is timed as a ratio by benchmarks/scaling.py ("bare capitals")
    def both(n: int) -> Callable[[], object]:
        cost = r"\sum_{i=1}^m " + "Y_i A_i + " * (2 * n) + "Y"
        lines = [r"\sum_i (A_i - Y_i) X_i " * n]

        def work() -> None:
            with pytest.raises(InputError):
                refuse_bare_beside_indexed([cost], lines, ())
            refuse_bare_beside_indexed(["Y_i + " * (4 * n)], lines, ())
        return work

    assert_linear(both, 225)
