"""fixdot36 (issue 10): a Python def that reduces its argument, applied to an array, is never read entry by entry.

The audit's material (prompt fixdot36, issue 10: a release-blocking silent misread found on main)::

    --let 'def g(z):\\n    return np.dot(z, z)'     cost: np.mean(g(X @ theta - y))

NumPy's np.dot(z, z) of the 1-D array z = Xθ − y is the inner product zᵀz, one number, and np.mean of one number
is that number: J(θ) = (Xθ − y)ᵀ(Xθ − y), ∇J = 2Xᵀ(Xθ − y). logderiv read the body's np.dot as z·z entry by entry
(the body's nodes take the call's text, so the np.dot was no longer seen), i.e. the mean squared error, and judged
``2*X.T @ (X@theta - y)/m`` "equivalent". Now the body's matrix products (np.dot, np.matmul, @, .dot) are read at
the call with the argument's shape: of two vectors it is aᵀb (noted), of X or of numbers the product as before, and
of the parameter with itself at an argument of no known shape the call is refused with both readings.

Every expected gradient is worked out by hand and held to central finite differences of the NumPy code itself
(the def run here on random data), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv
from logderiv import check, derive

# ------------------------------------------------------------------ the material: the body as written, and as NumPy runs it

#: the audit's bodies that reduce z by NumPy's matrix product, each with the Python that runs it
MATMUL_BODIES = {
    "np.dot(z, z)": lambda z: np.dot(z, z),
    "z @ z": lambda z: z @ z,
    "z.dot(z)": lambda z: z.dot(z),
    "np.matmul(z, z)": lambda z: np.matmul(z, z),
    "z.T @ z": lambda z: z.T @ z,
}


def _lets(body: str) -> list[tuple[str, str]]:
    """The def as the audit writes it: one line returning the body, and a local set to it and returned."""
    return [("return", f"def g(z):\n    return {body}"), ("local", f"def g(z):\n    s = {body}\n    return s")]


CASES = [pytest.param(body, let, id=f"{body}-{kind}") for body in MATMUL_BODIES for kind, let in _lets(body)]


def _data(seed: int, m: int = 5, n: int = 3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)


@pytest.mark.parametrize("body", list(MATMUL_BODIES))
def test_the_hand_worked_gradient_is_numpys(body):
    """∇ mean(g(Xθ − y)) = 2Xᵀ(Xθ − y) and ∇ g(Xθ − y)/(2m) = Xᵀ(Xθ − y)/m, g run as NumPy runs it (1-D arrays)."""
    g = MATMUL_BODIES[body]
    for seed in range(3):
        X, y, theta = _data(seed)
        m = len(y)
        r = X @ theta - y
        assert np.allclose(central_differences(lambda t: float(np.mean(g(X @ t - y))), theta), 2 * X.T @ r, atol=1e-5)
        assert np.allclose(central_differences(lambda t: float(g(X @ t - y)) / (2 * m), theta), X.T @ r / m, atol=1e-5)
        # the misread, the mean squared error, is m times smaller: the answers below tell the two apart
        assert not np.allclose(2 * X.T @ r, 2 * X.T @ r / m)


# ------------------------------------------------------------------ read now


@pytest.mark.parametrize("body, let", CASES)
def test_np_mean_of_a_reducing_def_is_the_number_it_reduces_to(body, let):
    g = MATMUL_BODIES[body]
    cost = "np.mean(g(X @ theta - y))"
    assert_gradient_read(cost, lambda d: float(np.mean(g(d.X @ d.theta - d.y))), lets=(let,))
    assert_verdict_read("2*X.T @ (X@theta - y)", cost, "equivalent", wrt="theta", lets=(let,))
    # the audit's false "equivalent": the mean squared error's gradient
    assert_verdict_read("2*X.T @ (X@theta - y)/m", cost, "different", wrt="theta", lets=(let,))


@pytest.mark.parametrize("body, let", CASES)
def test_a_reducing_def_divided_by_2m(body, let):
    g = MATMUL_BODIES[body]
    for cost in ("g(X @ theta - y)/(2*m)", "np.sum(g(X @ theta - y))/(2*m)"):
        assert_gradient_read(cost, lambda d: float(g(d.X @ d.theta - d.y)) / (2 * d.m), lets=(let,))
        assert_verdict_read("X.T @ (X@theta - y)/m", cost, "equivalent", wrt="theta", lets=(let,))
        assert_verdict_read("X.T @ (X@theta - y)/m**2", cost, "different", wrt="theta", lets=(let,))


def test_the_reading_is_said():
    let = "def g(z):\n    s = np.dot(z, z)\n    return s"
    verdict = check("2*X.T @ (X@theta - y)", cost="np.mean(g(X @ theta - y))", wrt="theta", let=[let])
    assert verdict.verdict == "equivalent"
    said = ("read as NumPy: g(z) = np.dot(z, z) reduces its argument: at g(X @ theta - y) the operands of np.dot(z, z) "
            "are vectors (1-D arrays), so it is NumPy's inner product zᵀz = Σ z·z, one number, not a product entry by "
            "entry")
    assert said in notes_of(verdict), notes_of(verdict)


@pytest.mark.parametrize("body", ["np.dot(z, z)", "z @ z", "z.dot(z)"])
def test_a_reducing_def_of_the_parameter_vector_is_its_squared_norm(body):
    """mean((Xθ − y)²) + g(θ): ∇ = 2Xᵀ(Xθ − y)/m + 2θ (entry by entry θ² was a vector cost, refused before)."""
    g = MATMUL_BODIES[body]
    X, y, theta = _data(7)
    hand = 2 * X.T @ (X @ theta - y) / len(y) + 2 * theta
    assert np.allclose(central_differences(lambda t: float(np.mean((X @ t - y) ** 2) + g(t)), theta), hand, atol=1e-5)
    let = f"def g(z):\n    return {body}"
    assert_gradient_read("np.mean((X @ theta - y)**2) + g(theta)",
                         lambda d: float(np.mean((d.X @ d.theta - d.y) ** 2) + g(d.theta)), lets=(let,))


def test_the_answer_side_grad_equals_g_prime():
    """The answer through a def of its own (grad = g_prime(…)), against the cost through the reducing def."""
    cost, lets = "np.mean(g(X @ theta - y))", ["def g(z):\n    return np.dot(z, z)"]
    X, y, theta = _data(11)
    assert np.allclose(central_differences(lambda t: float(np.mean(np.dot(X @ t - y, X @ t - y))), theta),
                       2 * X.T @ (X @ theta - y), atol=1e-5)
    right = "def g_prime(r):\n    grad = 2 * np.dot(X.T, r)\n    return grad"
    assert check("grad = g_prime(X @ theta - y)", cost=cost, wrt="theta", let=[*lets, right]).verdict == "equivalent"
    wrong = "def g_prime(r):\n    return 2 * X.T @ r / m"
    assert check("grad = g_prime(X @ theta - y)", cost=cost, wrt="theta", let=[*lets, wrong]).verdict == "different"


# ------------------------------------------------------------------ kept refused (a miss, never a misread)


def test_the_parameter_with_itself_at_an_argument_of_no_known_shape_is_refused_at_the_call():
    error = refused(derive, "g(theta - x)", let=["def g(z):\n    return np.dot(z, z)"])
    message = str(error)
    assert "g(z) = np.dot(z, z) reduces its argument" in message
    assert "the inner product, one number Σ z²" in message and "the product z² entry by entry" in message
    assert error.label == "COST" and error.source == "g(theta - x)" and error.column == 0


@pytest.mark.parametrize("body", [
    "np.sum(z**2)", "np.sum(z*z)", "(z**2).sum()", "np.mean(z)", "np.mean(z**2)", "np.linalg.norm(z)**2",
    "np.sum(z**2)/len(z)", "np.sum(z**2)/z.shape[0]", "np.max(z)", "np.min(z)",
])
@pytest.mark.parametrize("kind", ["return", "local"])
def test_sums_norms_counts_inside_np_mean_stay_refused(body, kind):
    """np.mean(g(Xθ − y)) with g a sum, mean, norm, count or max of z: refused (a sum inside the mean, or a body not
    read), never judged — in particular not the mean squared error's gradient."""
    let = dict(_lets(body))[kind]
    for answer in ("2*X.T @ (X@theta - y)", "2*X.T @ (X@theta - y)/m"):
        refused_by_logderiv(lambda: check(answer, cost="np.mean(g(X @ theta - y))", wrt="theta", let=[let]))


def test_a_sum_in_the_def_inside_np_mean_is_refused_with_a_caret():
    error = refused(check, "2*X.T @ (X@theta - y)", cost="np.mean(g(X @ theta - y))", wrt="theta",
                    let=["def g(z):\n    return np.sum(z**2)"])
    assert "a sum over examples inside another sum over examples" in str(error)
    assert error.column is not None


@pytest.mark.parametrize("body", ["np.sum(z**2)", "np.sum(z*z)", "(z**2).sum()"])
def test_a_sum_in_the_def_over_2m_is_read(body):
    """g(Xθ − y)/(2m) with g(z) = Σ z²: the half mean squared error, ∇ = Xᵀ(Xθ − y)/m (as before, kept)."""
    let = f"def g(z):\n    return {body}"
    assert_gradient_read("g(X @ theta - y)/(2*m)",
                         lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m), lets=(let,))


# ------------------------------------------------------------------ guards: elementwise defs, and np.dot of numbers


def test_an_elementwise_square_still_reads_entry_by_entry():
    """def sq(z): return z**2: np.mean(sq(Xθ − y)) is the mean squared error, ∇ = 2Xᵀ(Xθ − y)/m."""
    cost, let = "np.mean(sq(X @ theta - y))", "def sq(z):\n    return z**2"
    X, y, theta = _data(3)
    assert np.allclose(central_differences(lambda t: float(np.mean((X @ t - y) ** 2)), theta),
                       2 * X.T @ (X @ theta - y) / len(y), atol=1e-5)
    assert_gradient_read(cost, lambda d: float(np.mean((d.X @ d.theta - d.y) ** 2)), lets=(let,))
    assert_verdict_read("2*X.T @ (X@theta - y)/m", cost, "equivalent", wrt="theta", lets=(let,))
    assert_verdict_read("2*X.T @ (X@theta - y)", cost, "different", wrt="theta", lets=(let,))
    notes = notes_of(check("2*X.T @ (X@theta - y)/m", cost=cost, wrt="theta", let=[let]))
    assert not any("reduces its argument" in note for note in notes), notes


def test_an_elementwise_sigmoid_def_still_reads():
    let = "def sigmoid(z):\n    return 1/(1+np.exp(-z))"
    cost = "-np.mean(y*np.log(sigmoid(X @ theta)) + (1-y)*np.log(1-sigmoid(X @ theta)))"

    def intended(d):
        p = sigmoid(d.X @ d.theta)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(cost, intended, lets=(let,))
    assert_verdict_read("X.T @ (sigmoid(X @ theta) - y)/m", cost, "equivalent", wrt="theta", lets=(let,))


@pytest.mark.parametrize("body", ["np.dot(z, z)", "z @ z"])
def test_np_dot_of_numbers_inside_a_sum_is_their_product(body):
    """1/m Σᵢ g(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾): the argument is a number, and np.dot of two numbers is their product."""
    let = f"def g(z):\n    return {body}"
    assert_gradient_read("1/m * sum_i g(theta^T x^(i) - y^(i))",
                         lambda d: float(np.mean((d.X @ d.theta - d.y) ** 2)), lets=(let,))


def test_np_dot_with_the_data_matrix_stays_the_matrix_product():
    """def h(X, theta): return np.dot(X, theta): Xθ, a vector (a matrix times a vector, no inner product)."""
    let = "def h(X, theta):\n    z = np.dot(X, theta)\n    return z"
    assert_gradient_read("np.mean((h(X, theta) - y)**2)/2",
                         lambda d: float(np.mean((d.X @ d.theta - d.y) ** 2)) / 2, lets=(let,))
