"""audpydef36: an adversarial review of fixpydef36's Python defs of several lines (python_def.collapse).

collapse puts each local's value into the returned value. That is Python's meaning only while no statement changes
an array in place that another name still holds, and while every local is set before it is used:

* ``r = p`` makes r a second name of p's array (no copy); ``r -= y`` then changes that one array in place (NumPy's
  augmented assignment), so p is p − y too. collapse read p as it was: ``p = X @ w; r = p; r -= y;
  return np.mean(r**2) + np.mean(p**2)`` was read as mean((Xw − y)²) + mean((Xw)²), and a wrong gradient was
  "equivalent". A number (a float is immutable) would leave p as it was: the text reads two ways, so it is refused,
  both readings said, at the augmented statement.
* a name the body sets is local in the whole body (Python), so used before its line it raises UnboundLocalError;
  collapse read it as the --let of that name.

Each expectation is Python's own: the def is run with NumPy (never logderiv's output), and its gradient taken by
central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation import python_def


def _run(source: str, name: str):
    """The def as Python defines it (with NumPy as np), nothing of logderiv."""
    space: dict = {"np": np}
    exec(source, space)  # noqa: S102 - the test's own text
    return space[name]


# p's array changed in place through its second name r: Python's cost is 2·mean((Xw − y)²)
ALIASED = "def cost(X, y, w):\n    p = X @ w\n    r = p\n    r -= y\n    return np.mean(r**2) + np.mean(p**2)"
# theta's array doubled in place through t: Python's cost is (1/2m)Σ(2xᵢᵀθ − yᵢ)² + Σ(2θ)²
PARAMETER_ALIASED = ("def cost(X, y, theta):\n    t = theta\n    t *= 2\n"
                     "    return np.sum((X @ theta - y)**2)/(2*len(y)) + np.sum(t**2)")


def test_an_array_changed_in_place_through_a_second_name_is_python_s_meaning():
    rng = np.random.default_rng(5)
    X, y, w = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    cost = _run(ALIASED, "cost")
    truth = central_differences(lambda v: cost(X, y, v.copy()), w)
    # by hand: r and p are one array, Xw − y, so the cost is 2·mean((Xw − y)²), gradient (4/m)Xᵀ(Xw − y)
    assert np.allclose(truth, 4 * X.T @ (X @ w - y) / 6, atol=1e-6)
    # collapse's old reading, mean((Xw − y)²) + mean((Xw)²), is another gradient
    assert not np.allclose(truth, 2 * X.T @ (X @ w - y) / 6 + 2 * X.T @ (X @ w) / 6, atol=1e-3)
    theta = rng.normal(size=3)
    cost2 = _run(PARAMETER_ALIASED, "cost")
    truth2 = central_differences(lambda v: cost2(X, y, v.copy()), theta)
    # by hand: θ doubled before the return, so the cost is (1/2m)Σ(2xᵢᵀθ − yᵢ)² + 4Σθ², gradient (2/m)Xᵀ(2Xθ − y) + 8θ
    assert np.allclose(truth2, 2 * X.T @ (2 * X @ theta - y) / 6 + 8 * theta, atol=1e-5)
    assert not np.allclose(truth2, X.T @ (X @ theta - y) / 6 + 8 * theta, atol=1e-3)


@pytest.mark.parametrize(("let", "statement", "cost", "wrong"), [
    (ALIASED, "r -= y", "cost(X, y, w)", "2*X.T@(X@w - y)/m + 2*X.T@(X@w)/m"),
    (PARAMETER_ALIASED, "t *= 2", "cost(X, y, theta)", "X.T@(X@theta - y)/m + 8*theta"),
])
def test_an_augmented_assignment_to_an_array_another_name_holds_is_refused(let, statement, cost, wrong):
    wrt = "w_j" if "w)" in cost else "theta_j"
    error = refused(check, wrong, cost=cost, wrt=wrt, let=(let,))
    assert "changes in place" in str(error) and "a number" in str(error), str(error)
    assert error.column == let.index(statement)


def test_an_augmented_assignment_nothing_else_shares_keeps_its_reading():
    # cost = a; cost += b and e = y; e -= X @ w are no longer read (mend36): a and y are the caller's arrays, which
    # the body changes in place whether or not it uses them again (a second call sees them changed)
    for let in ("def c(a, b):\n    cost = a\n    cost += b\n    cost *= 2\n    return cost",
                "def f(X, w, y):\n    e = y\n    e -= X @ w\n    return e"):
        with pytest.raises(InputError) as caught:
            python_def.collapse(let)
        assert "the caller's" in str(caught.value), str(caught.value)
    # a fresh array (an expression) has no second name
    assert python_def.collapse("def f(X, w, y):\n    p = X @ w\n    r = p - y\n    r *= 2\n    return r + p")[0] \
        == "def f(X, w, y): return (((X @ w) - y) * 2) + (X @ w)"
    # a second name rebound (not changed in place) leaves the first as it was, in Python as read
    assert python_def.collapse("def f(w):\n    z = w\n    z = z * 2\n    return w + z")[0] == "def f(w): return w + (w * 2)"


def test_a_local_used_before_its_line_is_refused():
    let = "def cost(X, y, theta):\n    J = J + np.sum((X @ theta - y)**2)\n    return J / (2*m)"
    # Python: J is set in the body, so it is local there, and read before it is set
    with pytest.raises(UnboundLocalError):
        _run("J = 0\n" + let.replace("m)", "len(y))"), "cost")(np.eye(2), np.ones(2), np.ones(2))
    error = refused(derive, "cost(X, y, theta)", let=(let, "J = 0"))
    assert "before" in str(error) and "'J'" in str(error), str(error)
    assert error.column == let.index("J + np")  # the J read, not the J set
    let2 = "def f(x):\n    cost += x\n    return cost"
    error = refused(derive, "np.sum(f(X @ theta) - y)", let=(let2,))
    assert "'cost'" in str(error) and error.column == let2.index("cost +=")


@pytest.mark.parametrize("body", [
    "    a = b = X @ w\n    return a + b",            # two targets
    "    z = X @ w; z = z * 2\n    return z",          # two statements on a line
    "    z = X @ w,\n    return z",                    # a tuple
    "    z = 2\n    return sum(z**2 for z in w) + z",  # a comprehension's own z
    "    z = 2\n    return np.sum(np.vectorize(lambda z: z**2)(w)) * z",  # a lambda's own z
])
def test_statements_collapse_does_not_read_are_left_to_the_other_readers(body):
    assert python_def.collapse("def f(X, w):\n" + body) is None


# ------------------------------------------------------------------ g = np.vectorize(g): only of a function of a number


def test_vectorize_of_a_def_that_reduces_its_argument_is_not_dropped():
    # np.vectorize calls g on each number alone: z.T @ z of a NumPy number raises (matmul takes no scalars), np.dot(z, z)
    # is z² — neither is the unvectorized g, Σ zᵢ² of the whole vector, that dropping the line read
    reduced = ("def g(z):\n    return z.T @ z", "g = np.vectorize(g)")
    with pytest.raises(TypeError):
        np.vectorize(_run(reduced[0], "g"))(np.arange(3.0))
    cost = "np.mean(g(X @ theta - y))"
    # dropped, g(v) was vᵀv and np.mean of that one number the number: 2Xᵀ(Xθ − y) was "equivalent"
    error = refused(check, "2*X.T@(X@theta - y)", cost=cost, let=reduced)
    assert "vectorize" in str(error), str(error)
    dotted = ("def g(z):\n    return np.dot(z, z)", "g = np.vectorize(g)")
    rng = np.random.default_rng(2)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    gv = np.vectorize(_run(dotted[0], "g"))
    truth = central_differences(lambda v: float(np.mean(gv(X @ v - y))), theta)
    assert np.allclose(truth, 2 * X.T @ (X @ theta - y) / 5, atol=1e-6)  # each entry squared: the mean square
    refused(check, "2*X.T@(X@theta - y)", cost=cost, let=dotted)  # not read (a miss), never the sum's gradient


def test_vectorize_of_a_def_of_a_number_is_still_dropped():
    lets = ("def g(z):\n    '''the sigmoid'''\n    return 1.0 / (1.0 + np.exp(-z))", "g = np.vectorize(g, otypes=[float])")
    notes = derive("-np.mean(y * np.log(g(X @ theta)) + (1 - y) * np.log(1 - g(X @ theta)))", let=lets).problem.notes
    assert any("np.vectorize(g, otypes=[float]) makes g" in note for note in notes), notes


@pytest.mark.parametrize("let", [
    # np.asarray of an array is that array (no copy); self.w's array seen through w
    "def cost(X, y, theta):\n    t = np.asarray(theta)\n    t *= 2\n    return np.sum((X @ theta - y)**2)/(2*m)",
    "def cost(self, X, y):\n    w = self.w\n    w *= 2\n    return np.sum((X @ self.w - y)**2)/(2*m)",
    "def cost(X, y, theta):\n    t = np.reshape(theta, (-1, 1))\n    t /= 2\n    return np.sum((X @ theta - y)**2)/(2*m)",
])
def test_a_second_name_through_a_view_or_an_attribute_is_a_second_name_too(let):
    with pytest.raises(InputError) as caught:
        python_def.collapse(let)
    assert "changes in place" in str(caught.value)
    # a copy is another array: read
    assert python_def.collapse(let.replace("np.asarray(theta)", "theta.copy()").replace("self.w\n", "self.w.copy()\n")
                               .replace("np.reshape(theta, (-1, 1))", "np.array(theta)")) is not None
