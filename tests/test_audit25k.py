"""audit25k (issue 10): gradient CODE answers that logderiv read otherwise than the code computes.

A misread hunt on `check` with NumPy/Octave/R/PyTorch answers, one change at a time from real shapes. Found:

- Octave's ``sum(M)'`` (``sum(M)' / m``, ``sum(M).'``): the reader gives a sum the whole product after it, as notes
  mean ``sum(h - y)*x_j``, and so it gave it the transpose written after the call's ``)`` too: ``sum(M')``. For a
  matrix the two differ: ``sum(X'.*(h - y)')' / m`` (X' .* (h − y)' is n×m, its column sums one number per
  EXAMPLE) was judged equivalent to the gradient, and the right ``1/m*sum((h - y).*X)'`` (the 1×n row of column
  sums, transposed) was refused. Now the transpose after the call transposes the call's value, as Octave does.

The mathematics each verdict rests on is checked here with NumPy (Octave's sum(M) is M.sum(axis=0)) and central
finite differences, never against logderiv's own output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_RNG = numpy.random.default_rng(2025_12_06)
_X = _RNG.normal(size=(7, 3))  # 7 examples, 3 features: m ≠ n, so a wrong shape cannot pass unnoticed
_Y = (_RNG.random(7) > 0.5).astype(float)
_THETA = _RNG.normal(size=3)


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def _cross_entropy(theta: numpy.ndarray) -> float:
    h = _sigmoid(_X @ theta)
    return float(numpy.mean(-_Y * numpy.log(h) - (1 - _Y) * numpy.log(1 - h)))


def _check(answer: str, cost: str, wrt: str, *lets: str) -> tuple[int, dict]:
    args = ["check", answer, "--cost", cost, "--wrt", wrt]
    for let in lets:
        args += ["--let", let]
    result = CliRunner().invoke(main, [*args, "-f", "json"])
    return result.exit_code, json.loads(result.stdout[:result.stdout.rindex("}") + 1])


# ---- Octave's sum(M)': the call's value transposed, not sum(M') ---------------------------------------------------

def _octave_sum(matrix: numpy.ndarray) -> numpy.ndarray:
    """Octave's sum(M) of a matrix with more than one row: each column added up, a 1×k row."""
    return matrix.sum(axis=0, keepdims=True)


def test_octave_column_sums_transposed_are_the_gradient_and_of_the_transpose_are_not():
    h, e = _sigmoid(_X @ _THETA)[:, None], _Y[:, None]
    numeric = central_differences(_cross_entropy, _THETA)
    right = _octave_sum((h - e) * _X).T / len(_Y)            # sum((h - y).*X)' / m: n×1
    wrong = _octave_sum(_X.T * (h - e).T).T / len(_Y)         # sum(X'.*(h - y)')' / m: m×1, one value per example
    assert right.shape == (3, 1) and numpy.allclose(right[:, 0], numeric, atol=1e-6)
    assert wrong.shape == (7, 1)  # not even the gradient's shape
    # what the old reading computed, sum(M'') = sum(M): the gradient, which the code does not compute
    assert numpy.allclose(_octave_sum(((_X.T * (h - e).T).T)).T[:, 0] / len(_Y), numeric, atol=1e-6)


@pytest.mark.parametrize("answer", [
    "1/m*sum((h - y).*X)'",
    "sum(X.*(h - y))'/m",
    "sum(X.*(h - y))' ./ m",
    "sum(X.*(h - y)).'/m",
    "sum(X.*(h - y))'*(1/m)",
])
def test_octave_sum_of_a_matrix_then_transposed_is_read_as_the_column_sums(answer):
    code, out = _check(answer, "logistic", "theta_j", "h = sigmoid(X*theta);")
    assert (code, out["verdict"]) == (0, "equivalent"), out
    assert any("sum(M) of an m×n matrix adds up each column" in note for note in out["notes"])


@pytest.mark.parametrize("answer", [
    "sum(X'.*(h - y)')' / m",      # the column sums of the n×m X' .* (h - y)': one number per example
    "1/m*sum(X'.*(h - y)')'",
    "sum((X.*(h - y))')'/m",       # the same matrix, transposed inside the call
])
def test_octave_column_sums_of_the_transposed_product_are_not_called_the_gradient(answer):
    code, out = _check(answer, "logistic", "theta_j", "h = sigmoid(X*theta);")
    assert code != 0 and out.get("verdict") != "equivalent", out


# ---- code's sum(v) then a column of X: the call ends at its ')' ---------------------------------------------------

def test_a_sum_times_a_column_is_not_the_gradient_entry():
    # Octave's 1/m * sum(h - y) * X(:,j): the number Σ(h − y) times the whole column j, an m-vector; the entry is
    # Σ (h − y) x_j, which differs from it in every example
    h = _sigmoid(_X @ _THETA)
    numeric = central_differences(_cross_entropy, _THETA)
    for j in range(3):
        code_value = numpy.sum(h - _Y) * _X[:, j] / len(_Y)
        assert code_value.shape == (7,)
        assert not numpy.allclose(code_value, numeric[j], atol=1e-3)
        assert numpy.sum((h - _Y) * _X[:, j]) / len(_Y) == pytest.approx(numeric[j], abs=1e-6)


@pytest.mark.parametrize("answer, let", [
    ("1/m * sum(h - y) * X(:,j)", "h = sigmoid(X*theta);"),
    ("(1/m) * sum((h - y)) * X(:, j)", "h = sigmoid(X*theta);"),
    ("sum(h - y) .* X(:,j) / m", "h = sigmoid(X*theta);"),     # was read so with no note at all
    ("sum(h - y) * X[:, j] / m", "h = sigmoid(X @ theta)"),    # Python's sum of a 1-D array: a number too
])
def test_code_sum_then_a_column_of_x_is_refused_naming_both_readings(answer, let):
    code, out = _check(answer, "logistic", "theta_j", let)
    assert code == 2 and "ends at its ')'" in out["message"], out
    assert ".*" in out["hint"]


@pytest.mark.parametrize("answer, let", [
    ("1/m * sum((h - y) .* X(:,j))", "h = sigmoid(X*theta);"),
    ("1/m*sum(h - y)*x_j", "h = sigmoid(theta^T x)"),           # hand notation: one sum over the product, noted
])
def test_the_sum_of_the_products_and_hand_notation_are_read_as_before(answer, let):
    code, out = _check(answer, "logistic", "theta_j", let)
    assert (code, out["verdict"]) == (0, "equivalent"), out


# ---- Octave's '*' of two columns of the examples: the matrix product, not the entries' ----------------------------

def test_octave_star_of_two_columns_is_the_matrix_product_and_does_not_conform():
    # (h - y) * X(:,j) in Octave: an m×1 times an m×1 matrix product, which NumPy's 2-D matmul refuses as Octave does
    h, column = _sigmoid(_X @ _THETA)[:, None], _X[:, [0]]
    with pytest.raises(ValueError):
        (h - _Y[:, None]) @ column
    # the two spellings that compute the entry: .* summed, and the row times the column
    numeric = central_differences(_cross_entropy, _THETA)
    assert float(numpy.sum((h - _Y[:, None]) * column)) / 7 == pytest.approx(numeric[0], abs=1e-6)
    assert float(((h - _Y[:, None]).T @ column)[0, 0]) / 7 == pytest.approx(numeric[0], abs=1e-6)


@pytest.mark.parametrize("answer", [
    "1/m * sum((h - y) * X(:, j))",   # was judged equivalent, read as Σ (h − y) xⱼ
    "1/m * sum(X(:, j) * (h - y))",
    "1/m * (h - y) * X(:, j)",
])
def test_octave_star_of_a_column_of_the_examples_and_x_column_is_refused(answer):
    code, out = _check(answer, "logistic", "theta_j", "h = sigmoid(X*theta);")
    assert code == 2 and "is the matrix product, which does not conform" in out["message"], out
    assert ".*" in out["hint"] and "' * X(:, j)" in out["hint"]


@pytest.mark.parametrize("answer, let", [
    ("1/m * (h - y)' * X(:, j)", "h = sigmoid(X*theta);"),       # a row times the column: the sum of the products
    ("1/m * X(:, j)' * (h - y)", "h = sigmoid(X*theta);"),
    ("1/m * sum((h - y) .* X(:, j))", "h = sigmoid(X*theta);"),
    ("1/m * np.sum((h - y) * X[:, j])", "h = sigmoid(X @ theta)"),  # NumPy's '*' is entry by entry
])
def test_the_spellings_that_compute_the_entry_are_read_as_before(answer, let):
    code, out = _check(answer, "logistic", "theta_j", let)
    assert (code, out["verdict"]) == (0, "equivalent"), out
