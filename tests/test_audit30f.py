"""audit30f (issue 10): an adversarial audit of fixpieces30's gradient written in parts.

Found: a part computed with X whole, ``grad(2:end) = (1/m) * X' * (h - y) + …`` (NumPy's ``grad[1:] = X.T @ …``,
R's ``t(X) %*% …``), was judged "equivalent": the column substitution left X whole as it was, so the rest's line
read as the whole vector's. X whole there gives one entry per column, n, into a part of n − 1 (or one): Octave and
NumPy stop at it, a real student slip, so it is now refused with a caret at X. Also read: the rest's end counted by
the parameters, ``grad(2:length(theta))``, NumPy's ``grad[1:len(theta)]`` (before, only ``length(grad)`` was).

The verdicts are not taken from logderiv: each code is run here as NumPy and held against central finite
differences of the cost (tests/_numeric.py); the NumPy run of the X-whole slip itself raises.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_data, penalised_cross_entropy, sigmoid
from logderiv.errors import InputError

_LAM = 0.7
_OCTAVE_COST = "J = (1/m) * sum(-y .* log(h) - (1-y) .* log(1 - h)) + lambda/(2*m) * sum(theta(2:end).^2)"
_OCTAVE_LETS = ("h = sigmoid(X*theta)",)
_NUMPY_COST = "J = (1/m) * np.sum(-y * np.log(h) - (1-y) * np.log(1 - h)) + lam/(2*m) * np.sum(theta[1:]**2)"
_NUMPY_LETS = ("h = sigmoid(X @ theta)",)
_R_COST = ("(1/m) * sum(-y * log(sigmoid(X %*% theta)) - (1-y) * (log(1 - sigmoid(X %*% theta)))) + "
           "(lambda/2/m) * sum(theta[2:n] ^2)")
_R_LETS = ("sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)", "n <- ncol(X)")


def _data(seed: int = 30, m: int = 6, n: int = 4):
    return intercept_data(seed, m, n)


def _cost(X, y, theta):
    """(1/m)Σ cross-entropy + λ/(2m) Σ_{j≥2} θⱼ²: ex2's costFunctionReg, the intercept not penalised."""
    return penalised_cross_entropy(X, y, theta, _LAM)


def test_the_x_whole_slip_does_not_even_run():
    """The oracle: NumPy stops at n entries put into grad[1:] (n − 1) or grad[0] (one), as Octave does."""
    X, y, theta = _data()
    h, m = sigmoid(X @ theta), len(y)
    grad = np.zeros_like(theta)
    with pytest.raises(ValueError):
        grad[1:] = X.T @ (h - y) / m + _LAM / m * theta[1:]
    with pytest.raises(ValueError):
        grad[0] = X.T @ (h - y) / m


#: (code, cost, lets, where the caret points, the part named)
_X_WHOLE = {
    "octave rest": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                    "grad(2:end) = (1/m) * X' * (h - y) + (lambda/m) * theta(2:end);",
                    _OCTAVE_COST, _OCTAVE_LETS, "X' * (h - y) + (lambda", "grad(2:end) has n − 1"),
    "octave rest after zeros, no penalty": ("grad = zeros(size(theta));\ngrad(1) = (1/m) * X(:,1)' * (h - y);\n"
                                            "grad(2:end) = (1/m) * X' * (h - y);",
                                            _OCTAVE_COST, _OCTAVE_LETS, "X' * (h - y);", "grad(2:end) has n − 1"),
    "octave intercept": ("grad(1) = (1/m) * X' * (h - y);\n"
                         "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                         _OCTAVE_COST, _OCTAVE_LETS, "X' * (h - y);\ngrad(2:end)", "grad(1) has one"),
    "octave row form": ("grad(1) = (1/m) * sum((h - y) .* X(:,1));\n"
                        "grad(2:end) = (1/m) * sum((h - y) .* X) + (lambda/m) * theta(2:end)';",
                        _OCTAVE_COST, _OCTAVE_LETS, "X) + (lambda", "grad(2:end) has n − 1"),
    "numpy rest": ("grad[0] = X[:, 0].T @ (h - y) / m\ngrad[1:] = X.T @ (h - y) / m + lam / m * theta[1:]",
                   _NUMPY_COST, _NUMPY_LETS, "X.T @ (h - y) / m + lam", "grad[1:] has n − 1"),
    "r rest": ("partial1[1] <- (1/m) * (t(X[, 1]) %*% (sigmoid(X %*% theta) - y))\n"
               "partial1[2:n] <- (1/m) * (t(X) %*% (sigmoid(X %*% theta) - y)) + lambda/m * theta[2:n]",
               _R_COST, _R_LETS, "X) %*% (sigmoid", "partial1[2:n] has n − 1"),
    # X whole in both parts alike: the terms are shared, so before this they read as the whole vector's
    "octave X.' both": ("grad(1) = (1/m) * X.' * (h - y);\n"
                        "grad(2:end) = (1/m) * X.' * (h - y) + (lambda/m) * theta(2:end);",
                        _OCTAVE_COST, _OCTAVE_LETS, "X.' * (h - y);\ngrad", "grad(1) has one"),
    "octave transpose(X) both": ("grad(1) = (1/m) * transpose(X) * (h - y);\n"
                                 "grad(2:end) = (1/m) * transpose(X) * (h - y) + (lambda/m) * theta(2:end);",
                                 _OCTAVE_COST, _OCTAVE_LETS, "X) * (h - y);\ngrad", "grad(1) has one"),
    "octave (X)' both": ("grad(1) = (1/m) * (X)' * (h - y);\n"
                         "grad(2:end) = (1/m) * (X)' * (h - y) + (lambda/m) * theta(2:end);",
                         _OCTAVE_COST, _OCTAVE_LETS, "X)' * (h - y);\ngrad", "grad(1) has one"),
    "r crossprod both": ("partial1[1] <- (1/m) * crossprod(X, sigmoid(X %*% theta) - y)\n"
                         "partial1[2:n] <- (1/m) * crossprod(X, sigmoid(X %*% theta) - y) + lambda/m * theta[2:n]",
                         _R_COST, _R_LETS, "X, sigmoid", "partial1[1] has one"),
    "numpy np.dot row both": ("grad[0] = np.dot(h - y, X) / m\ngrad[1:] = np.dot(h - y, X) / m + lam / m * theta[1:]",
                              _NUMPY_COST, _NUMPY_LETS, "X) / m\ngrad[1:]", "grad[0] has one"),
}


@pytest.mark.parametrize("key", sorted(_X_WHOLE))
def test_x_whole_in_a_part_is_refused_at_x(key):
    code, cost, lets, at, part = _X_WHOLE[key]
    with pytest.raises(InputError) as raised:
        logderiv.check(code, cost=cost, wrt="theta_j", let=lets, timeout=60)
    error = raised.value
    assert "X whole here, not times the parameters (X * theta), gives one entry for each of its n columns" in str(error) and part in str(error), str(error)
    assert error.hint and "own columns" in error.hint
    assert error.column is not None and code[error.column:].startswith(at), code[error.column or 0:]


def _expected(first_penalty: float, rest_penalty: float) -> str:
    """The NumPy run of grad[0] = X[:, 0]ᵀ(h − y)/m + a·θ₀, grad[1:] = X[:, 1:]ᵀ(h − y)/m + b·θ[1:] against
    finite differences."""
    for seed in (30, 31):
        X, y, theta = _data(seed)
        m, h = len(y), sigmoid(X @ theta)
        grad = np.zeros_like(theta)
        grad[0] = X[:, 0] @ (h - y) / m + first_penalty / m * theta[0]
        grad[1:] = X[:, 1:].T @ (h - y) / m + rest_penalty / m * theta[1:]
        if not np.allclose(grad, central_differences(lambda t: _cost(X, y, t), theta), atol=1e-6):
            return "different"
    return "equivalent"


@pytest.mark.parametrize("code, cost, lets, expected", [
    ("grad(1) = (1/m) * X(:,1)' * (h - y);\ngrad(2:length(theta)) = (1/m) * X(:,2:length(theta))' * (h - y) + "
     "(lambda/m) * theta(2:length(theta));", _OCTAVE_COST, _OCTAVE_LETS, _expected(0, _LAM)),
    ("grad(1) = (1/m) * X(:,1)' * (h - y);\ngrad(2:numel(theta)) = (1/m) * X(:,2:numel(theta))' * (h - y) + "
     "lambda * theta(2:numel(theta));", _OCTAVE_COST, _OCTAVE_LETS, _expected(0, _LAM * 6)),
    ("grad[0] = X[:, 0].T @ (h - y) / m\ngrad[1:len(theta)] = X[:, 1:len(theta)].T @ (h - y) / m + "
     "lam / m * theta[1:len(theta)]", _NUMPY_COST, _NUMPY_LETS, _expected(0, _LAM)),
])
def test_the_rest_ending_at_the_parameters_count_is_read(code, cost, lets, expected):
    """2:length(theta) is 2..n as 2:end is: judged as the NumPy run says (λ without /m, m = 6, is different)."""
    verdict = logderiv.check(code, cost=cost, wrt="theta_j", let=lets, timeout=60)
    assert verdict.verdict == expected, (verdict.verdict, verdict.notes)
    assert any("together are the gradient vector" in note for note in verdict.notes), verdict.notes


def test_the_oracle_tells_the_lambda_slip():
    assert _expected(0, _LAM) == "equivalent" and _expected(0, _LAM * 6) == "different"


def test_a_let_vector_added_to_both_parts_does_not_run():
    """The oracle: reg = (λ/m)[0; θ(2:end)] added to grad[0] is n entries into one, which NumPy stops at."""
    X, y, theta = _data()
    h, m = sigmoid(X @ theta), len(y)
    reg = _LAM / m * np.r_[0, theta[1:]]
    grad = np.zeros_like(theta)
    with pytest.raises(ValueError):
        grad[0] = X[:, 0] @ (h - y) / m + reg


@pytest.mark.parametrize("code, lets, at, part", [
    # the same name in both parts was a shared term, read as the whole vector's: judged equivalent before
    ("grad(1) = (1/m) * X(:,1)' * (h - y) + reg;\ngrad(2:end) = (1/m) * X(:,2:end)' * (h - y) + reg;",
     ("reg = (lambda/m) * [0; theta(2:end)]",), "reg;\ngrad(2:end)", "grad(1)"),
    ("grad(1) = (1/m) * X(:,1)' * (h - y) + lambda/m * pen;\n"
     "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + lambda/m * pen;",
     ("pen = [0; theta(2:end)]",), "pen;\ngrad(2:end)", "grad(1)"),
])
def test_a_name_of_unsaid_size_in_a_part_is_refused_at_it(code, lets, at, part):
    with pytest.raises(InputError) as raised:
        logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", let=_OCTAVE_LETS + lets, timeout=60)
    error = raised.value
    assert f"in {part} is a name whose size the line does not say" in str(error), str(error)
    assert error.hint and error.column is not None and code[error.column:].startswith(at), code[error.column or 0:]


def test_a_named_vector_inside_a_product_still_reads():
    """err = h − y inside X(:,1)' * err is one number per column, not a term of the part: judged as NumPy says."""
    code = ("grad(1) = (1/m) * X(:,1)' * err;\n"
            "grad(2:end) = (1/m) * X(:,2:end)' * err + (lambda/m) * theta(2:end);")
    verdict = logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", let=_OCTAVE_LETS + ("err = h - y",), timeout=60)
    assert verdict.verdict == _expected(0, _LAM) == "equivalent", verdict.notes
