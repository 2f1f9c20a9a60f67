"""fixpieces30 (issue 10): a gradient assembled piece by piece, read as the one vector its lines build.

Gradient code often writes the intercept's entry in one statement and the others in another: Coursera's ex2
``grad(1) = (1/m) * X(:,1)' * (h - y); grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);``,
R's ``partial1[1] <- …; partial1[2:n] <- …``, NumPy's ``grad[0] = …; grad[1:] = …``, or a whole line then an update
of some entries. Each is read as the vector whose entry 1 the intercept's line gives and whose entries 2..n the
other gives (noted in every format); lines that cannot be read so (an entry no line writes, an index not read, a
part computed with another part's entries, a line reading what is not yet written, parts differing other than by
the penalty) are refused with a caret.

The verdicts are not taken from logderiv: each code is run here as NumPy (the parts put into one array, as the
language does) and held against central finite differences of the cost (tests/_numeric.py); the expected verdict
is "equivalent" exactly when the two agree.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences, intercept_data, penalised_cross_entropy, sigmoid
from logderiv.cli import main
from logderiv.errors import InputError

_LAM = 0.7


def _data(seed: int = 30, m: int = 6, n: int = 4):
    return intercept_data(seed, m, n)


def _logistic_cost(X, y, theta):
    """(1/m)Σ cross-entropy + λ/(2m) Σ_{j≥2} θⱼ²: ex2's costFunctionReg, the intercept not penalised."""
    return penalised_cross_entropy(X, y, theta, _LAM)


def _pieces(first, rest):
    """The vector Octave, R and NumPy build from the intercept's line and the rest's line."""
    def gradient(X, y, theta):
        grad = np.zeros_like(theta)
        grad[0] = first(X, y, theta)
        grad[1:] = rest(X, y, theta)
        return grad
    return gradient


def _h(X, theta):
    return sigmoid(X @ theta)


#: the code's own gradient, run as NumPy, beside the text logderiv reads
_RIGHT = _pieces(lambda X, y, t: X[:, 0] @ (_h(X, t) - y) / len(y),
                 lambda X, y, t: X[:, 1:].T @ (_h(X, t) - y) / len(y) + _LAM / len(y) * t[1:])
_INTERCEPT_PENALISED = _pieces(lambda X, y, t: X[:, 0] @ (_h(X, t) - y) / len(y) + _LAM / len(y) * t[0],
                               lambda X, y, t: X[:, 1:].T @ (_h(X, t) - y) / len(y) + _LAM / len(y) * t[1:])
_NO_PENALTY = _pieces(lambda X, y, t: X[:, 0] @ (_h(X, t) - y) / len(y),
                      lambda X, y, t: X[:, 1:].T @ (_h(X, t) - y) / len(y))
_LAMBDA_WITHOUT_M = _pieces(lambda X, y, t: X[:, 0] @ (_h(X, t) - y) / len(y),
                            lambda X, y, t: X[:, 1:].T @ (_h(X, t) - y) / len(y) + _LAM * t[1:])

_OCTAVE_COST = "J = (1/m) * sum(-y .* log(h) - (1-y) .* log(1 - h)) + lambda/(2*m) * sum(theta(2:end).^2)"
_OCTAVE_LETS = ("h = sigmoid(X*theta)",)
_NUMPY_COST = "J = (1/m) * np.sum(-y * np.log(h) - (1-y) * np.log(1 - h)) + lam/(2*m) * np.sum(theta[1:]**2)"
_NUMPY_LETS = ("h = sigmoid(X @ theta)",)
_R_COST = ("(1/m) * sum(-y * log(sigmoid(X %*% theta)) - (1-y) * (log(1 - sigmoid(X %*% theta)))) + "
           "(lambda/2/m) * sum(theta[2:n] ^2)")
_R_LETS = ("sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)", "n <- ncol(X)")

#: (code, cost, lets, the code run as NumPy)
_CASES = {
    "octave-ex2": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                   "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                   _OCTAVE_COST, _OCTAVE_LETS, _RIGHT),
    "octave-ex2-2-to-n": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                          "grad(2:n) = (1/m) * X(:,2:n)' * (h - y) + (lambda/m) * theta(2:n);",
                          _OCTAVE_COST, _OCTAVE_LETS, _RIGHT),
    "octave-zeros-rest-first": ("grad = zeros(size(theta));\n"
                                "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);\n"
                                "grad(1) = (1/m) * X(:,1)' * (h - y);",
                                _OCTAVE_COST, _OCTAVE_LETS, _RIGHT),
    "octave-intercept-penalised": ("grad(1) = (1/m) * X(:,1)' * (h - y) + (lambda/m) * theta(1);\n"
                                   "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                                   _OCTAVE_COST, _OCTAVE_LETS, _INTERCEPT_PENALISED),
    "octave-penalty-missing": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                               "grad(2:end) = (1/m) * X(:,2:end)' * (h - y);",
                               _OCTAVE_COST, _OCTAVE_LETS, _NO_PENALTY),
    "octave-row-sums": ("grad(1) = (1/m) * sum((h - y) .* X(:,1));\n"
                        "grad(2:end) = (1/m) * sum((h - y) .* X(:,2:end)) + (lambda/m) * theta(2:end)';",
                        _OCTAVE_COST, _OCTAVE_LETS, _RIGHT),
    "octave-half-penalty": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                            "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + lambda / m / 2 * theta(2:end);",
                            _OCTAVE_COST, _OCTAVE_LETS,
                            _pieces(lambda X, y, t: X[:, 0] @ (_h(X, t) - y) / len(y),
                                    lambda X, y, t: X[:, 1:].T @ (_h(X, t) - y) / len(y) + _LAM / len(y) / 2 * t[1:])),
    "octave-penalty-divided": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                               "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + lambda * theta(2:end) / m;",
                               _OCTAVE_COST, _OCTAVE_LETS, _RIGHT),
    "numpy-parts": ("grad[0] = X[:, 0].T @ (h - y) / m\ngrad[1:] = X[:, 1:].T @ (h - y) / m + lam / m * theta[1:]",
                    _NUMPY_COST, _NUMPY_LETS, _RIGHT),
    "numpy-whole-then-intercept": ("grad = X.T @ (h - y) / m + lam / m * theta\ngrad[0] = X[:, 0].T @ (h - y) / m",
                                   _NUMPY_COST, _NUMPY_LETS, _RIGHT),
    "numpy-lambda-without-m": ("grad[0] = X[:, 0].T @ (h - y) / m\ngrad[1:] = X[:, 1:].T @ (h - y) / m + lam * theta[1:]",
                               _NUMPY_COST, _NUMPY_LETS, _LAMBDA_WITHOUT_M),
    "r-newton-partial1": ("partial1[1] <- (1/m) * (t(X[, 1]) %*% (sigmoid(X %*% theta) - y))\n"
                          "    partial1[2:n] <- (1/m) * (t(X[, 2:n]) %*% (sigmoid(X %*% theta) - y)) + \n"
                          "      lambda/m * theta[2:n]", _R_COST, _R_LETS, _RIGHT),
    "r-newton-lambda-no-m": ("partial1[1] <- (1/m) * (t(X[, 1]) %*% (sigmoid(X %*% theta) - y))\n"
                             "    partial1[2:n] <- (1/m) * (t(X[, 2:n]) %*% (sigmoid(X %*% theta) - y)) + \n"
                             "      lambda * theta[2:n]", _R_COST, _R_LETS, _LAMBDA_WITHOUT_M),
}


def _linear_cost(X, y, theta):
    """(1/2m)Σ(xᵢᵀθ − yᵢ)² + λ/(2m) Σ_{j≥2} θⱼ²: ex5's linearRegCostFunction."""
    m = len(y)
    return float(np.sum((X @ theta - y) ** 2) / (2 * m) + _LAM / (2 * m) * np.sum(theta[1:] ** 2))


_EX5_COST = "J = sum((X*theta-y).^2)/(2*m)+sum(theta(2:end).^2)*lambda/(2*m);"
#: wenkaibao's ex5: grad(1) = …; then a loop over the entries 2..n, each with (λ/m)θᵢ
_EX5_LOOP = ("grad(1) = sum((X*theta-y).*X(:,1))/m;\nfor i = 2:size(theta,1)\n"
             "    grad(i) = sum((X*theta-y).*X(:,i))/m + lambda*theta(i,:)/m;\nend")
_EX5_CASES = {
    "octave-ex5-loop": (_EX5_LOOP, _pieces(lambda X, y, t: X[:, 0] @ (X @ t - y) / len(y),
                                           lambda X, y, t: X[:, 1:].T @ (X @ t - y) / len(y) + _LAM * t[1:] / len(y))),
    "octave-ex5-loop-intercept-penalised": (
        _EX5_LOOP.replace("X(:,1))/m;", "X(:,1))/m + lambda*theta(1)/m;"),
        _pieces(lambda X, y, t: X[:, 0] @ (X @ t - y) / len(y) + _LAM * t[0] / len(y),
                lambda X, y, t: X[:, 1:].T @ (X @ t - y) / len(y) + _LAM * t[1:] / len(y))),
}


def _expected(code_gradient, cost=None) -> str:
    """"equivalent" when the code's NumPy gradient agrees with finite differences of the cost at two points."""
    for seed in (30, 31):
        X, y, theta = _data(seed)
        numeric = central_differences(lambda t: (cost or _logistic_cost)(X, y, t), theta)
        if not np.allclose(code_gradient(X, y, theta), numeric, atol=1e-6):
            return "different"
    return "equivalent"


def test_the_numpy_runs_tell_the_right_parts_from_the_slips():
    """The oracle itself: the right parts agree with finite differences, each slip does not (and only in the
    entries it writes wrong: the intercept's, or the rest)."""
    X, y, theta = _data()
    numeric = central_differences(lambda t: _logistic_cost(X, y, t), theta)
    assert np.allclose(_RIGHT(X, y, theta), numeric, atol=1e-6)
    wrong = ~np.isclose(_INTERCEPT_PENALISED(X, y, theta), numeric, atol=1e-6)
    assert wrong.tolist() == [True, False, False, False]
    assert not np.isclose(_NO_PENALTY(X, y, theta), numeric, atol=1e-6)[1:].any()


@pytest.mark.parametrize("key", sorted(_CASES))
def test_a_gradient_in_parts_is_judged_as_the_numpy_run_says(key):
    code, cost, lets, gradient = _CASES[key]
    verdict = logderiv.check(code, cost=cost, wrt="theta_j", let=lets, timeout=60)
    assert verdict.verdict == _expected(gradient), (key, verdict.verdict, verdict.notes)
    assert any("together are the gradient vector" in note for note in verdict.notes), verdict.notes


@pytest.mark.parametrize("key", sorted(_EX5_CASES))
def test_a_loop_over_the_entries_after_the_intercepts_is_the_rest_part(key):
    code, gradient = _EX5_CASES[key]
    verdict = logderiv.check(code, cost=_EX5_COST, wrt="theta_j", let=("m = length(y)",), timeout=60)
    assert verdict.verdict == _expected(gradient, _linear_cost), (key, verdict.verdict, verdict.notes)
    assert any("sets entries 2 to the last of grad by its one line" in note for note in verdict.notes), verdict.notes


def test_a_loop_whose_letter_is_used_otherwise_is_not_read_as_the_rest():
    """X(i,:) is row i, an example, not column i: the loop is not the entries' line, and nothing reads it as one."""
    code = "grad(1) = sum((X*theta-y).*X(:,1))/m;\nfor i = 2:size(theta,1)\n    grad(i) = sum(X(i,:))/m;\nend"
    with pytest.raises(InputError):
        logderiv.check(code, cost=_EX5_COST, wrt="theta_j", let=("m = length(y)",), timeout=60)


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_parts_note_is_in_every_format(fmt):
    code, cost, lets, _ = _CASES["octave-ex2"]
    arguments = ["check", code, "--cost", cost, "--wrt", "theta_j", "-f", fmt]
    for let in lets:
        arguments += ["--let", let]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    assert "grad(1) and grad(2:end) together are the gradient vector" in shown, shown


_REFUSED = {
    # the intercept's entry is only the zeros: no line gives it
    "no intercept line": ("grad = zeros(size(theta));\n"
                          "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                          "no line writes the intercept's entry", "grad(2:end) = (1/m)"),
    "an index not read": ("grad(1) = (1/m) * X(:,1)' * (h - y);\ngrad(3:end) = (1/m) * X(:,3:end)' * (h - y);",
                          "index 3:end is not read", "3:end)"),
    "another part's column": ("grad(1) = (1/m) * X(:,2)' * (h - y);\n"
                              "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                              "X(:,2), that is not its own part's", "grad(1)"),
    "reads another part": ("grad(1) = grad(2) + 1;\ngrad(2:end) = (1/m) * X(:,2:end)' * (h - y);",
                           "other entries than it writes", "grad(2) + 1"),
    "reads a part not yet written": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                                     "grad(2:end) = grad(2:end) + (lambda/m) * theta(2:end);",
                                     "before the lines above give all of those entries", "grad(2:end) + (lambda"),
    "a sum of the entries": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                             "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * sum(theta(2:end));",
                             "read only as one number times the entries", "theta(2:end));"),
    "a column inside a function": ("grad(1) = (1/m) * X(:,1)' * (sigmoid(X(:,1) * theta(1)) - y);\n"
                                   "grad(2:end) = (1/m) * X(:,2:end)' * (h - y);",
                                   "inside sigmoid(…) is not read column by column", "X(:,1) * theta(1))"),
    "a whole vector into a part": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                                   "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta;",
                                   "theta has n entries, and grad(2:end) n − 1", "(lambda/m) * theta;"),
    "a column summed whole": ("grad(1) = (1/m) * sum(X(:,1)' * (h - y));\n"
                              "grad(2:end) = (1/m) * X(:,2:end)' * (h - y);",
                              "is not read column by column", "X(:,1)' * (h"),
    "parts that differ by data": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                                  "grad(2:end) = (2/m) * X(:,2:end)' * (h - y);",
                                  "the parts differ by", "grad(2:end) = (2/m)"),
}


_NUMPY_REFUSED = {
    # (h - y) * X[:, 0] then .mean(): with X whole it would be the mean of every entry, not of each column
    "a mean of the product": ("grad[0] = ((h - y) * X[:, 0]).mean()\ngrad[1:] = X[:, 1:].T @ (h - y) / m",
                              "is not read column by column", "X[:, 0]).mean()"),
    "np.sum of the product": ("grad[0] = np.sum((h - y) * X[:, 0]) / m\ngrad[1:] = X[:, 1:].T @ (h - y) / m",
                              "is not read column by column", "X[:, 0]) / m"),
}


@pytest.mark.parametrize("key", sorted(_NUMPY_REFUSED))
def test_numpy_columns_outside_a_product_are_refused(key):
    code, message, at = _NUMPY_REFUSED[key]
    with pytest.raises(InputError) as raised:
        logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_NUMPY_LETS, timeout=60)
    assert message in str(raised.value), str(raised.value)
    assert code[raised.value.column:].startswith(at), code[raised.value.column:]


@pytest.mark.parametrize("key", sorted(_REFUSED))
def test_parts_that_cannot_be_read_as_one_vector_are_refused_at_the_place(key):
    code, message, at = _REFUSED[key]
    with pytest.raises(InputError) as raised:
        logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", let=_OCTAVE_LETS, timeout=60)
    error = raised.value
    assert message in str(error), str(error)
    assert error.hint
    assert error.column is not None and code[error.column:].startswith(at), (error.column, code[error.column or 0:])


def test_r_theta_2_to_n_beside_n_ncol_x_is_the_rest_of_the_parameters():
    """n <- ncol(X): X's columns are θ's entries, so theta[2:n] is every entry but the intercept's (noted). The
    gradient of the cost read so is held against finite differences of the cost in NumPy."""
    derived = logderiv.derive(_R_COST, wrt="theta_j", let=_R_LETS)
    # the note of fixf71's reading, which this stop's merge kept (fixpieces30 had written the same reading again)
    assert any("n <- ncol(X) counts X's columns" in note for note in derived.notes), derived.notes
    X, y, theta = _data()
    numeric = central_differences(lambda t: _logistic_cost(X, y, t), theta)
    assert np.allclose(_RIGHT(X, y, theta), numeric, atol=1e-6)
    assert logderiv.check("(1/m) * (t(X) %*% (sigmoid(X %*% theta) - y)) + lambda/m * c(0, theta[-1])",
                          cost=_R_COST, wrt="theta_j", let=_R_LETS, timeout=60).verdict == "equivalent"
