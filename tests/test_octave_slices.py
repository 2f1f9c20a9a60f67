"""Octave's ``theta_2 = theta(2:end)`` named in a ``--let`` and its row of ones ``ones(1, m) * v``.

A ``--let`` that names a slice of the parameter vector (``theta(2:end)``, NumPy's ``theta[1:]``)
is put in place of its name in the cost and the answer; ``ones(1, m) * v`` is ``sum(v)``. Both
noted. Verdicts are held against the spelling with the slice written in place, read before;
gradients against the index form (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.notation.pasted import rewrite

# github:dillonfzw/machine-learning-ex ex2/costFunctionReg.m: the cross-entropy in softplus form, θ(1) not penalised
SOFTPLUS_COST = "((1 - y)' * z + ones(1, m) * log(1 + exp(-z))) / m + lambda / (2 * m) * theta_2' * theta_2"
LETS = ("theta_2 = theta(2:end)", "z = X * theta")
INDEX_FORM = ("-1/m sum_i(y^(i) log(sigmoid(theta^T x^(i))) + (1 - y^(i)) log(1 - sigmoid(theta^T x^(i))))"
              " + lambda/(2m) (sum_k(theta_k^2) - theta_1^2)")


def test_the_slice_and_the_row_of_ones_read_as_the_regularised_cross_entropy():
    derivation = derive(SOFTPLUS_COST, let=LETS)
    expected = read_cost(INDEX_FORM)
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert "--let theta_2 = theta(2:end) is θ without its first entry, a vector of n − 1 entries, which a --let " \
        "cannot hold: theta(2:end) is put in place of theta_2" in read.notes, read.notes
    assert "read as code: ones(1, m) * v, the 1×m row of ones times an m×1 vector, is sum(v), the sum of its " \
        "entries" in read.notes, read.notes


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("X' * (sigmoid(z) - y) / m + lambda / m * [0; theta_2]", "equivalent"),
        ("X' * (sigmoid(z) - y) / m + lambda / m * theta", "different"),  # penalises the intercept too
    ],
)
def test_an_answer_with_the_slice_is_judged(answer, verdict):
    assert check(answer, cost=SOFTPLUS_COST, let=LETS).verdict == verdict
    written_out = answer.replace("theta_2", "theta(2:end)")
    assert check(written_out, cost=SOFTPLUS_COST.replace("theta_2", "theta(2:end)"),
                 let=("z = X * theta",)).verdict == verdict


def test_numpy_slices_and_rows_of_ones():
    assert rewrite("np.ones((1, m)) @ np.log(h)").text == "sum(np.log(h))"
    derivation = derive("np.sum((X @ w - y)**2) + lam * np.sum(w2**2)", let=("w2 = w[1:]",), wrt="w_j")
    expected = read_cost("sum_i((w^T x^(i) - y^(i))^2) + lambda (sum_k(w_k^2) - w_1^2)", wrt="w_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})


@pytest.mark.parametrize(
    "text",
    [
        "ones(1, m) * h'",  # the transpose binds to h first: not read
        "ones(1, m) * (h - y).^2",  # .^ binds before *: the sum of the squares, not the square of the sum
        "ones(1, m) * (h - y) .^ 2",
        "np.ones((1, m)) @ (h - y)**2",
        "ones(1, n) * h",  # a row of n ones beside an m-vector
    ],
)
def test_other_rows_of_ones_are_left_alone(text):
    assert rewrite(text).text == text


def test_a_slice_another_let_uses_is_left_in_place():
    """t = theta(2:end) used by another --let stays a --let (slice_lets does not put it there).

    This was refused ("--let r must be a number"). Since fixf68b the matrix reading puts an n×1 vector let in place
    and then sees the lets built from it (r = t.^2 is θ(2:end).^2, n×1 too, and sum(r) adds its entries), so the
    cost is read as Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + λΣ_{k≥2}θₖ², what the code computes: held to finite differences.
    """
    from _reading import assert_gradient_read

    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) + d.lam * float(d.theta[1:] @ d.theta[1:])

    assert_gradient_read("sum((X * theta - y).^2) + lambda * sum(r)", intended,
                         lets=("t = theta(2:end)", "r = t.^2"))
