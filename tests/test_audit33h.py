r"""audit33h: fixcap33's per-example reading of ``Z = W X + b`` where i may count something else.

fixcap33 reads a page's (or a --let's) ``Z = W X + b`` with X as x⁽ⁱ⁾, the i-th example, wherever the lines write X
only as X_i and Z, A only at i. A one-layer network's notes write the same letters for one example with n output
units: Z = W X + b (W an n×n matrix, X one input vector), A = σ(Z), J = ½ Σ_{i=1}^n (A_i − Y_i)², and a slip
∂J/∂W = Σ_i (A_i − Y_i) A_i (1 − A_i) X_i. Read per unit (the sum runs to n, no count of the examples) that line is
not the gradient (∂J/∂W_kj = δ_k X_j); read per example it is. fixcap33 said "✓ every step holds" (with n read as
m); the two readings differ, so logderiv must refuse naming them. Checked by finite differences in NumPy here.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.example_lets import respell_example_lets
from logderiv.services import steps

UNITS_PAGE = r"""## One layer, one input vector X, n output units

$$
Z = W X + b
$$

$$
A = \sigma(Z)
$$

$$
J = \frac{1}{2} \sum_{i=1}^n (A_i - Y_i)^2
$$

$$
\frac{\partial J}{\partial W} = \sum_{i=1}^n (A_i - Y_i) A_i (1 - A_i) X_i
$$
"""


def _sigma(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def test_the_two_readings_of_the_units_page_differ_by_finite_differences() -> None:
    rng = np.random.default_rng(3)
    n = 3
    X, Y, b = rng.normal(size=n), rng.uniform(size=n), rng.normal(size=n)
    W = rng.normal(size=(n, n))

    def per_unit(flat: np.ndarray) -> float:  # the writer's: W a matrix, i the unit
        A = _sigma(flat.reshape(n, n) @ X + b)
        return float(0.5 * np.sum((A - Y) ** 2))

    by = central_differences(per_unit, W.ravel()).reshape(n, n)
    A = _sigma(W @ X + b)
    delta = (A - Y) * A * (1 - A)
    assert np.allclose(by, np.outer(delta, X), atol=1e-7)
    line = float(np.sum(delta * X))  # the line's Σ_i δ_i X_i, a number: no entry of the true gradient
    assert not np.allclose(by, line, atol=1e-4)

    # per example (X_i the i-th example, W a vector, one bias): the same line is the gradient
    Xs, w, c = rng.normal(size=(n, 2)), rng.normal(size=2), 0.2

    def per_example(at: np.ndarray) -> float:
        return float(0.5 * np.sum((_sigma(Xs @ at + c) - Y) ** 2))

    a = _sigma(Xs @ w + c)
    assert np.allclose(central_differences(per_example, w), ((a - Y) * a * (1 - a)) @ Xs, atol=1e-7)


@pytest.mark.parametrize("bound", ["n", "{n}", "K", "{3}"])
def test_a_sum_over_i_to_no_count_of_examples_refuses_naming_the_two_readings(bound: str) -> None:
    # before: "✓ every step holds, and the last line is the gradient" (n read as m, X_i as the example)
    page = UNITS_PAGE.replace("^n", "^" + bound)
    with pytest.raises(InputError, match="read two ways"):
        steps.review_steps(page, file_kind="markdown")


def test_the_same_lets_in_check_refuse_alike() -> None:
    cost = r"\frac{1}{2} \sum_{i=1}^n (A_i - Y_i)^2"
    line = r"\sum_{i=1}^n (A_i - Y_i) A_i (1 - A_i) X_i"
    with pytest.raises(InputError, match="read two ways"):
        respell_example_lets([cost, line], [r"Z = W X + b", r"A = \sigma(Z)"], lambda _text: True)
    # to m (or with no bound) the examples are meant: read per example, as fixcap33 does
    changed, notes = respell_example_lets([cost.replace("^n", "^m"), line.replace("^n", "^m")],
                                          [r"Z = W X + b", r"A = \sigma(Z)"], lambda _text: True)
    assert changed == {r"Z = W X + b": r"Z = W x + b"} and len(notes) == 1


def test_zero_based_sums_over_the_examples_still_read_per_example() -> None:
    # \sum_{i=0}^{m-1} counts the m examples from 0: no second reading, fixcap33's reading stands
    cost = r"-\frac{1}{m} \sum_{i=0}^{m-1} \left[ Y_i \log A_i + (1 - Y_i) \log (1 - A_i) \right]"
    line = r"\frac{1}{m} \sum_{i=0}^{m-1} (A_i - Y_i) X_i"
    changed, _ = respell_example_lets([cost, line], [r"Z = W X + b", r"A = \sigma(Z)"], lambda _text: True)
    assert changed == {r"Z = W X + b": r"Z = W x + b"}
    # to n - 1 it is the units again
    with pytest.raises(InputError, match="read two ways"):
        respell_example_lets([cost.replace("m-1", "n-1"), line.replace("m-1", "n-1")],
                             [r"Z = W X + b", r"A = \sigma(Z)"], lambda _text: True)


HAT_PAGE = r"""$$
Z = W \cdot X + b
$$

$$
\hat{Y} = \sigma(Z)
$$

$$
J = -\frac{1}{m} \sum_{i=1}^m \left[ Y_i \log \hat{Y}_i + (1 - Y_i) \log (1 - \hat{Y}_i) \right]
$$

$$
\frac{\partial J}{\partial W} = \frac{1}{m} \sum_{i=1}^m (\hat{Y}_i - Y_i) X_i
$$
"""


def test_the_hat_y_page_is_the_gradient_by_finite_differences() -> None:
    # per example (Z_i = W·X_i + b, Ŷ_i = σ(Z_i)): (1/m) Σ_i (Ŷ_i − Y_i) X_i is ∂J/∂W; its sign slip is not
    rng = np.random.default_rng(7)
    X, Y, W, b = rng.normal(size=(4, 3)), rng.uniform(size=4), rng.normal(size=3), -0.4

    def cost(at: np.ndarray) -> float:
        Yhat = _sigma(X @ at + b)
        return float(-np.mean(Y * np.log(Yhat) + (1 - Y) * np.log(1 - Yhat)))

    by = central_differences(cost, W)
    Yhat = _sigma(X @ W + b)
    assert np.allclose(((Yhat - Y)[:, None] * X).mean(axis=0), by, atol=1e-7)
    assert not np.allclose(((Y - Yhat)[:, None] * X).mean(axis=0), by, atol=1e-4)


def test_a_capital_hat_y_defined_from_z_is_read_as_a_used_name() -> None:
    # before: "✗ wrong at line 14:33", judged against a constant X: \hat{Y} = \sigma(Z) was no name to the reading,
    # so Z (used only through \hat{Y}_i) looked unused
    review = steps.review_steps(HAT_PAGE, file_kind="markdown")
    assert review.ending == "gradient"
    assert any("is read as x⁽ⁱ⁾, the i-th example" in note for note in review.notes)
    slipped = HAT_PAGE.replace(r"(\hat{Y}_i - Y_i) X_i", r"(Y_i - \hat{Y}_i) X_i")
    assert slipped != HAT_PAGE
    try:
        assert steps.review_steps(slipped, file_kind="markdown").ending == "wrong"
    except InputError:
        pass
    # \hat{Y} written bare beside (the predictions of every example): not per example, nothing read
    cost = r"-\frac{1}{m} \sum_{i=1}^m \left[ Y_i \log \hat{Y}_i + (1 - Y_i) \log (1 - \hat{Y}_i) \right]"
    lets = [r"Z = W \cdot X + b", r"\hat{Y} = \sigma(Z)"]
    assert respell_example_lets([cost, r"\frac{1}{m} \sum_{i=1}^m (\hat{Y}_i - Y_i) X_i + \hat{Y}"], lets,
                                lambda _text: True) == ({}, [])


def test_a_mean_over_n_units_refuses_alike() -> None:
    # J = (1/2n) Σ_i (A_i − Y_i)², the mean square over n output units: per unit ∂J/∂W = (1/n) δ Xᵀ, a matrix, and the
    # line (1/n) Σ_i δ_i X_i is none of its entries (finite differences); per example the line is the gradient.
    # before: "✓ every step holds" (1/n read as the mean over n examples)
    rng = np.random.default_rng(5)
    n = 3
    X, Y, b, W = rng.normal(size=n), rng.uniform(size=n), rng.normal(size=n), rng.normal(size=(n, n))

    def per_unit(flat: np.ndarray) -> float:
        return float(np.sum((_sigma(flat.reshape(n, n) @ X + b) - Y) ** 2) / (2 * n))

    by = central_differences(per_unit, W.ravel()).reshape(n, n)
    A = _sigma(W @ X + b)
    delta = (A - Y) * A * (1 - A)
    assert np.allclose(by, np.outer(delta, X) / n, atol=1e-7)
    assert not np.any(np.isclose(by, np.sum(delta * X) / n, atol=1e-4))
    page = UNITS_PAGE.replace(r"J = \frac{1}{2} \sum_{i=1}^n", r"J = \frac{1}{2n} \sum_{i}").replace(
        r"= \sum_{i=1}^n", r"= \frac{1}{n} \sum_{i}")
    assert r"\frac{1}{2n}" in page and r"\frac{1}{n} \sum_{i}" in page
    with pytest.raises(InputError, match="read two ways"):
        steps.review_steps(page, file_kind="markdown")
