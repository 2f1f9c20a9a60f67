"""audit26a (issue 10): gradient and cost CODE that logderiv read otherwise than the code computes.

A misread hunt on `check` and `derive` with NumPy, Octave, R and PyTorch texts written by hand. Found:

- Python's ``^`` is the bitwise exclusive or, not a power: ``np.sum((X @ theta - y)^2)/(2*m)`` raises a TypeError on
  float arrays (and XORs integer ones), yet it was read as Octave's power, silently, and the gradient of the squares
  was judged "equivalent" to code that computes none. Now a ``^`` before a number or a bracket in a text that is
  Python (``np.``, ``torch.``, ``**``, ``@``, ``.T``) is refused at the caret; Octave's, R's and hand notation's ``^``,
  the transpose ``^T`` and an example's mark ``^(i)`` are read as before.
- An answer's own function ``--let`` beside a preset cost (``--cost logistic --let "g(z) = 1./(1-exp(-z))"``) was
  dropped: the answer's ``g`` was read as Ng's sigmoid, so a wrongly defined g (even ``g(z) = 2*z``) was judged
  "equivalent", and any other letter (``q(z) = …``) was refused as undefined. Now the answer's calls are its
  definitions, as the cost's function lets already were.
- ``np.mean(v, axis=0)`` of a vector of the examples was read right (the mean), but its note said "adds up … the
  number Σᵢ", the sum's words; it now says "averages … (1/m) Σᵢ".

Every verdict's mathematics is checked here with NumPy and central finite differences, never against logderiv's own
output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_RNG = numpy.random.default_rng(2026_0126)
_X = _RNG.normal(size=(7, 3))  # 7 examples, 3 features: m ≠ n, so a wrong shape cannot pass unnoticed
_Y = (_RNG.random(7) > 0.5).astype(float)
_THETA = _RNG.normal(size=3)


def _run(command: str, text: str, *, cost: str | None = None, wrt: str | None = None,
         lets: tuple[str, ...] = ()) -> tuple[int, dict]:
    args = [command, text]
    if cost is not None:
        args += ["--cost", cost]
    if wrt is not None:
        args += ["--wrt", wrt]
    for let in lets:
        args += ["--let", let]
    result = CliRunner().invoke(main, [*args, "-f", "json"])
    return result.exit_code, json.loads(result.stdout[:result.stdout.rindex("}") + 1])


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def _cross_entropy(theta: numpy.ndarray) -> float:
    h = _sigmoid(_X @ theta)
    return float(numpy.mean(-_Y * numpy.log(h) - (1 - _Y) * numpy.log(1 - h)))


# ---- Python's ^ is XOR ----------------------------------------------------------------------------------------------

def test_python_caret_is_no_power():
    residual = _X @ _THETA - _Y
    with pytest.raises(TypeError):
        residual ^ 2  # what np.sum((X @ theta - y)^2) computes: nothing, on float arrays
    labels = numpy.array([0, 1, 1, 0])
    assert list(labels ^ 2) == [2, 3, 3, 2]  # on integers, the bits' exclusive or: no square (0² = 0, 1² = 1)
    assert list(labels ** 2) == [0, 1, 1, 0]


@pytest.mark.parametrize("command, text, cost, lets, label", [
    ("check", "X.T @ (X @ theta - y) / m", "np.sum((X @ theta - y)^2)/(2*m)", (), "COST"),
    ("check", "X.T @ (X @ theta - y) / m", "np.sum((X @ theta - y)**2)/(2*m) + lam/(2*m)*np.sum(theta^2)", (),
     "COST"),
    ("check", "X.T @ (X @ theta - y) / m", "np.sum(r**2)/(2*m)", ("r = (X @ theta - y)^ 2",), "--let"),
    ("check", "X.T @ (1/(1+np.exp(-X @ theta)) - y)/m + lam/m*theta^2", "logistic", (), "ANSWER"),
    ("derive", "np.mean((X @ w - y)^2)", None, (), "COST"),
    ("derive", "torch.mean((y_pred - y)^2)", None, ("y_pred = X @ w",), "COST"),
])
def test_a_caret_in_python_code_is_refused_at_it(command, text, cost, lets, label):
    code, out = _run(command, text, cost=cost, wrt="w_j" if command == "derive" else "theta_j", lets=lets)
    assert code == 2, out
    assert "'^' in Python is the bitwise exclusive or (XOR), not a power" in out["message"]
    assert "**" in out["hint"]
    assert out["source"] == label
    assert out["excerpt"][out["column"] - 1] == "^"  # the caret under the ^ (columns count from 1)


def _squares_gradient(theta: numpy.ndarray) -> numpy.ndarray:
    return _X.T @ (_X @ theta - _Y) / len(_Y)


@pytest.mark.parametrize("answer, cost", [
    ("X' * (X * theta - y) / m", "sum((X*theta - y)^2)/(2*m)"),              # Octave's ^: a power
    ("t(X) %*% (X %*% theta - y) / m", "sum((X %*% theta - y)^2)/(2*m)"),    # R's ^: a power
    ("X^T @ (X @ theta - y) / m", "np.sum((X @ theta - y)**2)/(2*m)"),       # ^T: the transpose, not an XOR's
])
def test_a_caret_that_is_a_power_or_a_transpose_is_read_as_before(answer, cost):
    # the answer is the gradient of the mean squared error over two: checked by finite differences first
    numeric = central_differences(lambda t: float(numpy.sum((_X @ t - _Y) ** 2) / (2 * len(_Y))), _THETA)
    assert numpy.allclose(_squares_gradient(_THETA), numeric, atol=1e-6)
    code, out = _run("check", answer, cost=cost, wrt="theta_j")
    assert (code, out["verdict"]) == (0, "equivalent"), out


# ---- an answer's own function --let beside a preset ------------------------------------------------------------------

def test_a_wrongly_defined_g_is_no_gradient():
    numeric = central_differences(_cross_entropy, _THETA)
    m = len(_Y)
    right = _X.T @ (_sigmoid(_X @ _THETA) - _Y) / m
    assert numpy.allclose(right, numeric, atol=1e-6)
    for wrong_g in (lambda z: 1 / (1 - numpy.exp(-z)), lambda z: 1 / (1 + numpy.exp(z)), lambda z: 2 * z):
        assert not numpy.allclose(_X.T @ (wrong_g(_X @ _THETA) - _Y) / m, numeric, atol=1e-3)


@pytest.mark.parametrize("answer, let", [
    ("X' * (g(X*theta) - y) / m", "g(z) = 1./(1-exp(-z))"),
    ("X' * (g(X*theta) - y) / m", "g(z) = 1./(1+exp(z))"),
    ("X' * (g(X*theta) - y) / m", "g(z) = 2*z"),
    ("1/m * sum((g(theta^T x) - y) x_j)", "g(z) = 1/(1-exp(-z))"),
    ("X.T @ (g(X @ theta) - y) / m", "def g(z): return 1/(1+np.exp(z))"),
    ("1/m * sum((q(theta^T x) - y) x_j)", "q(z) = 2*z"),
])
def test_the_answers_own_wrong_function_is_different_not_the_sigmoid(answer, let):
    code, out = _run("check", answer, cost="logistic", wrt="theta_j", lets=(let,))
    assert (code, out["verdict"]) == (1, "different"), out
    assert not any("as in Ng's course" in note for note in out["notes"])
    assert any("is a function" in note for note in out["notes"])


@pytest.mark.parametrize("answer, let, named", [
    ("X' * (g(X*theta) - y) / m", "g(z) = 1./(1+exp(-z))", "g"),
    ("1/m * sum((q(theta^T x) - y) x_j)", "q(z) = 1/(1+exp(-z))", "q"),
])
def test_the_answers_own_sigmoid_is_read_as_it(answer, let, named):
    code, out = _run("check", answer, cost="logistic", wrt="theta_j", lets=(let,))
    assert (code, out["verdict"]) == (0, "equivalent"), out
    assert any(f"{named} read as σ" in note for note in out["notes"])


@pytest.mark.parametrize("answer, let", [
    ("X' * (h(X) - y) / m", "h(X) = sigmoid(X*theta)"),                     # refused before: h read as the prediction
    ("X.T @ (h(X, theta) - y) / m", "h(X, theta) = sigmoid(X @ theta)"),     # refused before: "unexpected ','"
    ("X.T @ (h(theta, X) - y) / m", "h(theta, X) = 1/(1+np.exp(-X @ theta))"),
])
def test_the_answers_own_prediction_function_is_read_as_its_definition(answer, let):
    # each is X^T (σ(Xθ) − y) / m, the gradient (test_a_wrongly_defined_g_is_no_gradient checks it numerically)
    code, out = _run("check", answer, cost="logistic", wrt="theta_j", lets=(let,))
    assert (code, out["verdict"]) == (0, "equivalent"), out
    assert any("is read as its definition where it is used" in note for note in out["notes"])


# ---- np.mean(v, axis=0): the note says the mean ---------------------------------------------------------------------

def test_mean_along_the_examples_axis_is_noted_as_a_mean():
    code, out = _run("derive", "np.mean((X @ w - y)**2, axis=0)", wrt="w_j")
    assert code == 0, out
    assert any("averages the m entries" in note and "(1/m) Σᵢ" in note for note in out["notes"])
    assert not any("adds up the m entries" in note for note in out["notes"])
    # the gradient it gives, (2/m) Σᵢ (wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, is the mean's (finite differences), not the sum's
    numeric = central_differences(lambda w: float(numpy.mean((_X @ w - _Y) ** 2, axis=0)), _THETA)
    assert numpy.allclose(2 * _X.T @ (_X @ _THETA - _Y) / len(_Y), numeric, atol=1e-6)
    assert out["result"]["text"].startswith("(2/m)*sum_i")


# ---- a column made by np.expand_dims, or inside a call, beside a 1-D term ------------------------------------------

def test_a_column_beside_a_flat_vector_is_an_m_by_m_matrix():
    theta = _THETA  # 1-D, as X @ theta leaves it
    flat = _sigmoid(_X @ theta)
    assert (flat - numpy.expand_dims(_Y, 1)).shape == (7, 7)              # sigmoid(X @ theta) - np.expand_dims(y, 1)
    assert (_sigmoid(_X @ theta.reshape(-1, 1)) - _Y).shape == (7, 7)      # sigmoid(X @ theta.reshape(-1, 1)) - y
    numeric = central_differences(_cross_entropy, theta)
    wrong = _X.T @ (flat - numpy.expand_dims(_Y, 1)) / len(_Y)
    assert wrong.shape == (3, 7) and not numpy.allclose(wrong[:, 0], numeric, atol=1e-3)
    # made a column on both sides, the residuals are the gradient's
    right = _X.T @ (_sigmoid(_X @ theta.reshape(-1, 1)) - _Y.reshape(-1, 1)) / len(_Y)
    assert numpy.allclose(right[:, 0], numeric, atol=1e-6)


@pytest.mark.parametrize("answer, spelled", [
    ("X.T @ (sigmoid(X @ theta) - np.expand_dims(y, 1)) / m", "np.expand_dims(y, 1)"),
    ("X.T @ (sigmoid(X @ theta) - np.expand_dims(y, axis=1)) / m", "np.expand_dims(y, axis=1)"),
    ("X.T @ (sigmoid(X @ theta.reshape(-1, 1)) - y) / m", ".reshape(-1, 1)"),
    ("X.T @ (np.exp(X @ theta.reshape(-1, 1)) / (1 + np.exp(X @ theta.reshape(-1, 1))) - y) / m", ".reshape(-1, 1)"),
])
def test_a_column_beside_a_flat_term_is_refused(answer, spelled):
    code, out = _run("check", answer, cost="logistic", wrt="theta_j")
    assert code == 2, out
    assert f"'{spelled}' makes an m×1 column of a term beside" in out["message"]
    assert out["excerpt"][out["column"] - 1:].startswith(spelled)


@pytest.mark.parametrize("answer", [
    "X.T @ np.expand_dims(sigmoid(X @ theta) - y, 1) / m",
    "X.T @ (np.expand_dims(sigmoid(X @ theta), 1) - np.expand_dims(y, 1)) / m",
    "X.T @ (sigmoid(X @ theta.reshape(-1, 1)) - y.reshape(-1, 1)) / m",
    "np.sum(X * np.expand_dims(sigmoid(X @ theta) - y, 1), axis=0) / m",
])
def test_columns_made_alike_are_read_as_before(answer):
    code, out = _run("check", answer, cost="logistic", wrt="theta_j")
    assert (code, out["verdict"]) == (0, "equivalent"), out


# ---- Python's math.exp of an array ---------------------------------------------------------------------------------

def test_python_math_exp_takes_one_number():
    import math

    with pytest.raises(TypeError):
        math.exp(-(_X @ _THETA))  # an array of 7: 'only length-1 arrays can be converted to Python scalars'
    assert math.exp(-float(_THETA @ _X[0])) == pytest.approx(numpy.exp(-_X[0] @ _THETA))  # one example's: it runs


@pytest.mark.parametrize("command, text, cost, lets, label", [
    ("check", "X.T @ (1/(1+math.exp(-X @ theta)) - y) / m", "logistic", (), "ANSWER"),
    ("check", "X.T @ (h - y) / m", "logistic", ("h = 1/(1+math.exp(-np.dot(X, theta)))",), "--let"),
    ("derive", "np.mean(np.log(1 + math.exp(-y * (X @ w))))", None, (), "COST"),
])
def test_math_exp_of_the_data_matrix_is_refused(command, text, cost, lets, label):
    code, out = _run(command, text, cost=cost, wrt="w_j" if command == "derive" else "theta_j", lets=lets)
    assert code == 2, out
    assert "'math.exp' is from Python's math module, which takes one number" in out["message"]
    assert "np.exp" in out["hint"] and out["source"] == label


def test_math_exp_of_one_example_is_read_as_before():
    code, out = _run("check", "1/m * sum((1/(1+math.exp(-np.dot(theta, x))) - y) * x_j)", cost="logistic",
                     wrt="theta_j")
    assert (code, out["verdict"]) == (0, "equivalent"), out


# ---- Octave's ^ of a vector is mpower ------------------------------------------------------------------------------

def test_octave_mpower_of_a_column_is_no_square_of_each_entry():
    residual = (_X @ _THETA - _Y).reshape(-1, 1)  # an m×1 column, as Octave holds X*theta - y
    with pytest.raises(numpy.linalg.LinAlgError):
        numpy.linalg.matrix_power(residual, 2)  # Octave's v^2 is the matrix power: only of a square matrix
    assert residual.shape[0] != residual.shape[1]


@pytest.mark.parametrize("cost, let", [
    ("J = sum((X*theta - y)^2)/(2*m);", None),
    ("-1/m*sum(y.*log(h) + (1-y).*log(1-h)) + lambda/(2*m)*sum(theta^2)", "h = sigmoid(X*theta);"),
    ("-1/m*sum(y.*log(h) + (1-y).*log(1-h)) + lambda/(2*m)*sum(theta(2:end)^2)", "h = sigmoid(X*theta);"),
])
def test_octave_power_of_a_vector_is_refused_at_the_caret(cost, let):
    code, out = _run("check", "X'*(X*theta - y)/m", cost=cost, wrt="theta_j", lets=(let,) if let else ())
    assert code == 2, out
    assert "in Octave, '^' of a vector is mpower" in out["message"] and ".^" in out["hint"]
    assert out["excerpt"][out["column"] - 1] == "^"


@pytest.mark.parametrize("cost", [
    "J = sum((X*theta - y).^2)/(2*m);",                                 # Octave's power of each entry
    "sum((X*theta - y)^2)/(2*m)",                                        # no mark of Octave: hand notation
])
def test_a_power_of_each_entry_is_read_as_before(cost):
    code, out = _run("check", "X'*(X*theta - y)/m", cost=cost, wrt="theta_j")
    assert (code, out["verdict"]) == (0, "equivalent"), out


# ---- a --let that makes its name a column, used beside a 1-D term in another text ----------------------------------

@pytest.mark.parametrize("answer, lets, name", [
    ("X.T @ (sigmoid(X @ theta) - Y) / m", ("Y = y.reshape(-1, 1)",), "Y"),
    ("X.T @ (h - y) / m", ("h = sigmoid(X @ theta).reshape(-1, 1)",), "h"),
    ("X.T @ (h - y) / m", ("h = np.expand_dims(sigmoid(X @ theta), axis=1)",), "h"),
])
def test_a_name_made_a_column_beside_a_flat_term_is_refused(answer, lets, name):
    # the m×m matrix of test_a_column_beside_a_flat_vector_is_an_m_by_m_matrix, its column made in a --let
    code, out = _run("check", answer, cost="logistic", wrt="theta_j", lets=lets)
    assert code == 2, out
    assert f"'{name}' is an m×1 column" in out["message"] and out["source"] == "ANSWER"
    assert out["excerpt"][out["column"] - 1] == name


@pytest.mark.parametrize("answer, lets", [
    ("X.T @ (h - Y) / m", ("Y = y.reshape(-1, 1)", "h = sigmoid(X @ theta).reshape(-1, 1)")),   # both columns
    ("X.T @ E / m", ("E = (sigmoid(X @ theta) - y).reshape(-1, 1)",)),                        # alone in its product
])
def test_names_made_columns_alike_are_read_as_before(answer, lets):
    code, out = _run("check", answer, cost="logistic", wrt="theta_j", lets=lets)
    assert (code, out["verdict"]) == (0, "equivalent"), out


# ---- Python's // is floor division ---------------------------------------------------------------------------------

def test_floor_division_is_no_division():
    assert 1 // 7 == 0 and 1 / 7 != 0  # 1//m: the gradient times 0


@pytest.mark.parametrize("answer", ["1//m * X.T @ (X @ theta - y)", "X.T @ (X @ theta - y) // m"])
def test_floor_division_is_refused_naming_it(answer):
    code, out = _run("check", answer, cost="np.sum((X @ theta - y)**2)/(2*m)", wrt="theta_j")
    assert code == 2, out
    assert "'//' is Python's floor division" in out["message"] and out["hint"] == "write / for the division: 1/m"
    assert out["excerpt"][out["column"] - 1:].startswith("//")


def test_the_hint_for_a_code_sum_keeps_the_factors_brackets():
    # the refusal of audit25k named sum((X) .* h - y), which is X.*h − y, not the product meant
    code, out = _run("check", "sum(X)'*(h - y)/m", cost="-1/m*sum(y.*log(h) + (1-y).*log(1-h))", wrt="theta_j",
                     lets=("h = sigmoid(X*theta);",))
    assert code == 2, out
    assert "sum((X) .* (h - y))" in out["hint"] and "(sum(X)) * (h - y)" in out["hint"]
