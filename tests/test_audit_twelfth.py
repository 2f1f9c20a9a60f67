r"""Audit of the twelfth round's readings (issue 10): three false "equivalent" verdicts, refused now.

1. ``np.mean(np.dot(error, x))`` (also ``error.dot(x)``, ``x.dot(error)``, code11's one-feature ``X``): NumPy's
   np.dot of two 1-D arrays is one number, Σᵢ errorᵢxᵢ, and np.mean of one number is that number. It was read as
   example i's product errorᵢxᵢ under the mean, (1/m) Σᵢ errorᵢxᵢ: an answer m times the gradient of
   ½ mean(error²) was called "equivalent". Refused at the np.dot then; read as NumPy computes it since fixcode8
   (the mean of the one number is the number, noted). np.sum of the number is the number, which the per-example
   reading gives too: still read.
2. ``reg = (lambda_/m)*theta``, ``reg[0] = 0.0``, then ``reg = 2*reg`` (or ``grad = 2*grad``): a vector let given
   twice was put in place with its first value and the reassignment dropped silently ("equivalent" for twice the
   penalty's gradient). Now refused.
3. ``2\lambda \mathbf{1}^T\beta / m`` against λβᵀβ: 1ᵀβ (read as a sum over the examples) with sides11's lone β read
   as βⱼ inside it gave Σᵢβⱼ/m = βⱼ, "equivalent" for the number 2λΣₖβₖ/m. A lone vector is now read in a sum over
   the examples only where the summand uses the data.

Gradients are checked by central finite differences of costs written here in NumPy; verdicts are by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(1212)

# --- 1. np.mean of an np.dot of two vectors of the examples -----------------------------------------------------

ONE_FEATURE_LETS = ["y_pred = w * x + b", "error = y_pred - y"]
ONE_FEATURE_COST = "np.mean((y_pred - y) ** 2) / 2"


def test_np_mean_of_np_dot_is_m_times_the_gradient():
    """½ mean((wx + b − y)²) by w is Σ errorᵢxᵢ / m (FD); np.mean(np.dot(error, x)) is Σ errorᵢxᵢ, m times it."""
    x, y, b = RNG.normal(size=6), RNG.normal(size=6), 0.3
    w = np.array([0.7])
    gradient = _fd(lambda v: np.mean((v[0] * x + b - y) ** 2) / 2, w)[0]
    error = w[0] * x + b - y
    assert np.isclose(gradient, np.dot(error, x) / x.size)
    assert np.isclose(np.mean(np.dot(error, x)), x.size * gradient)  # NumPy's mean of one number is the number
    assert np.isclose(np.sum(np.dot(error, x)), x.size * gradient)


@pytest.mark.parametrize("answer, verdict", [("np.mean(np.dot(error, x))", "different"),
                                             ("np.mean(error.dot(x))", "different"),
                                             ("np.mean(x.dot(error))", "different"),
                                             ("np.mean(np.dot(error, x)) / m", "equivalent")])
def test_np_mean_of_np_dot_is_read_as_numpy_computes_it(answer, verdict):
    # the misread: the first three "equivalent" (m times the gradient, by the FD test above), the last "different"
    # (it is the gradient). Refused once; read as NumPy computes it now (fixcode8), with its note
    result = check(answer, cost=ONE_FEATURE_COST, let=ONE_FEATURE_LETS, wrt="w")
    assert result.verdict == verdict
    assert any("the mean of one number is that number" in note for note in result.notes)


def test_np_mean_of_np_dot_with_codes_one_feature_array_is_not_the_gradient():
    # the misread: "equivalent" through code11's X as the one feature's array; NumPy's value is m times the gradient
    assert check("np.mean(np.dot(error, X))", cost="np.mean((y_pred - y_true) ** 2) / 2", wrt="w",
                 let=["n = len(X)", "y_pred = w * X + b", "error = y_pred - y_true"]).verdict == "different"


def test_np_mean_of_a_let_that_is_an_np_dot_is_refused():
    """--let s = np.dot(error, x) is one number: np.mean(s) is s, m times the gradient (before: "equivalent")."""
    lets = ["y_pred = w * x + b", "s = np.dot(y_pred - y, x)"]
    with pytest.raises(InputError) as caught:
        check("np.mean(s)", cost=ONE_FEATURE_COST, let=lets, wrt="w")
    assert "np.mean of one number is that number" in caught.value.message
    assert check("s / m", cost=ONE_FEATURE_COST, let=lets, wrt="w").verdict == "equivalent"
    assert check("np.sum(s) / m", cost=ONE_FEATURE_COST, let=lets, wrt="w").verdict == "equivalent"


def test_a_let_with_np_dot_of_data_and_parameters_stays_per_example_under_a_mean():
    """z = np.dot(x, θ) is θᵀx⁽ⁱ⁾ per example (θ is no vector of the examples): ½mean((z − y)²) by θⱼ is mean((z − y)xⱼ)."""
    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    assert np.allclose(_fd(lambda t: np.mean((X @ t - y) ** 2) / 2, theta), np.mean((X @ theta - y)[:, None] * X, axis=0))
    assert check("np.mean((z - y) * x_j)", cost="np.mean((z - y) ** 2) / 2",
                 let=["z = np.dot(x, theta)"]).verdict == "equivalent"


@pytest.mark.parametrize("answer, verdict", [
    ("np.dot(error, x) / m", "equivalent"),  # Σ errorᵢxᵢ / m, the gradient
    ("np.sum(np.dot(error, x)) / m", "equivalent"),  # np.sum of the number is the number
    ("np.sum(np.dot(error, x))", "different"),  # m times the gradient
    ("np.mean(error * x)", "equivalent"),  # entry by entry, then the mean
])
def test_the_readings_beside_it_stand(answer, verdict):
    assert check(answer, cost=ONE_FEATURE_COST, let=ONE_FEATURE_LETS, wrt="w").verdict == verdict


# --- 2. a vector let reassigned ---------------------------------------------------------------------------------

_REG_LETS = [
    "m = len(y)",
    "h = sigmoid(X.dot(theta))",
    "cost_unreg = -(1/m)*np.sum(y*np.log(h) + (1-y)*np.log(1-h))",
    "reg_term = (lambda_/(2*m))*np.sum(theta[1:]**2)",
    "grad = (1.0/m)*X.T.dot(h - y)",
    "reg = (lambda_/m)*theta",
    "reg[0] = 0.0",
]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_reassigned_penalty_is_twice_the_gradient_of_the_penalty():
    X, y, theta, lam = RNG.normal(size=(6, 3)), RNG.integers(0, 2, 6).astype(float), RNG.normal(size=3), 0.8
    m = y.size

    def cost(t):
        h = _sigmoid(X @ t)
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / (2 * m) * np.sum(t[1:] ** 2)

    reg = lam / m * theta
    reg[0] = 0.0
    gradient = _fd(cost, theta)
    assert np.allclose(gradient, X.T @ (_sigmoid(X @ theta) - y) / m + reg, atol=1e-6)
    assert not np.allclose(gradient, X.T @ (_sigmoid(X @ theta) - y) / m + 2 * reg, atol=1e-6)


@pytest.mark.parametrize("extra", [["reg = 2*reg"]])
def test_a_vector_let_given_again_is_refused(extra):
    # before: "equivalent", the second value dropped
    with pytest.raises(InputError):
        check("grad + reg", cost="cost_unreg + reg_term", wrt="theta_j", let=[*_REG_LETS, *extra])


@pytest.mark.parametrize("answer, lets", [
    ("grad + reg", [*_REG_LETS, "grad = 2*grad"]),
    ("g", ["g = X.T @ (X @ theta - y) / m", "g = 2*g"]),
])
def test_a_vector_let_reassigned_from_itself_is_read_in_order(answer, lets):
    # before: the second value dropped, "equivalent" for twice the data term; then refused (a name given twice).
    # Since fixf68b a number's multiple of a vector let is a vector let too, and the lines are read in order, as
    # _cost_updates reads an answer's own lets (noted): the answer's name is the last value, twice the data term's
    # gradient, which is not the gradient (by hand; the finite differences above for grad): different. (audit27c)
    cost = "cost_unreg + reg_term" if answer == "grad + reg" else "np.mean((X @ theta - y)**2)/2"
    result = check(answer, cost=cost, wrt="theta_j", let=lets)
    assert result.verdict == "different"
    name = answer.split()[0]
    assert any(note.startswith(f"{name} is assigned again from its value ({name} = 2*{name})")
               for note in result.notes), result.notes


def test_the_penalty_given_once_is_still_read():
    assert check("grad + reg", cost="cost_unreg + reg_term", wrt="theta_j", let=_REG_LETS).verdict == "equivalent"


# --- 3. the all-ones row times a lone parameter vector ----------------------------------------------------------


def test_ones_transposed_times_beta_is_a_number_not_the_gradient():
    """∇(λβᵀβ) = 2λβ (FD); 2λ1ᵀβ/m puts the one number 2λΣₖβₖ/m in every entry: not the gradient."""
    beta, lam = RNG.normal(size=4), 0.6
    gradient = _fd(lambda b: lam * b @ b, beta)
    assert np.allclose(gradient, 2 * lam * beta)
    assert not np.allclose(np.full(4, 2 * lam * np.ones(4) @ beta / 5), gradient)


@pytest.mark.parametrize("answer", [r"2\lambda \mathbf{1}^T\beta / m", r"2\lambda \mathbf{1}^T\beta"])
def test_a_parameter_vector_summed_by_the_ones_row_is_not_its_entry(answer):
    # before: 1ᵀβ read as Σᵢ over the examples with β alone read as βⱼ, m·βⱼ: the first was "equivalent"
    with pytest.raises(InputError) as caught:
        check(answer, cost=r"\lambda \beta^T \beta", wrt="beta_j")
    assert "is a vector" in caught.value.message


def test_a_lone_vector_in_a_summand_with_the_data_is_still_read():
    """Σᵢ(−2(yᵢ − xᵢᵀβ)xᵢⱼ + 2λβ) is the sum over the m examples of 2λβⱼ too: 2mλβⱼ, not 2λβⱼ (by hand)."""
    cost = r"\sum_i (y_i - x_i^T\beta)^2 + \lambda \beta^T \beta"
    assert check(r"-2\sum_i (y_i - x_i^T\beta) x_{ij} + 2\lambda\beta", cost=cost, wrt="beta_j").verdict == "equivalent"
    assert check(r"\sum_i (-2(y_i - x_i^T\beta) x_{ij} + 2\lambda\beta)", cost=cost, wrt="beta_j").verdict == "different"
