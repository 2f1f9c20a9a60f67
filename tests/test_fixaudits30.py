"""fixaudits30 (issue 10): the misses and the poor messages last session's auditors listed.

Read now, each noted:
- a gradient written in parts whose parts spell their shared term differently: ``X(:,2:end)' * (h - y) / m`` beside
  ``(1/m) * X(:,1)' * (h - y)``, Octave's ``sum((h - y) .* X(:,1))`` beside a matrix product, a bracketed product;
  NumPy's 1-D intercept column ``X[:, 0] @ v`` / ``np.dot(X[:, 0], v)`` / ``X[:, 0].dot(v)``, ``np.dot(X[:, 1:].T, v)``;
- a bare name on the last line that the line before it sets (``dw = …`` then ``dw``; Octave's pieces then ``grad``);
- lines that set names of their own first (``h = sigmoid(X @ theta)``, ``m = len(y)``), Python's one statement a
  line or Octave's ``;``, before a gradient assigned in turn or in parts;
- Octave/MATLAB's bare ``log2(v)`` in a text marked as Octave (``.*``): the base-2 logarithm (plain maths' stays
  refused);
- an answer's ``J'(theta) = …``: J's derivative at the parameters, as ``J' =`` and LaTeX's ``J'(\\theta) =`` are.
Refused, with better words: ``J'(theta)`` by other parameters or as a cost (both readings named); R's ``t(X) * v``
in R's words in the API too; a half-reshaped sum of n-vectors says n×n, not m×m; a product inside one --let's value
names the let once; a labelled count echoed as written (``n_samples``); CJK words of no known meaning are said to be
unknown, not to "say something the formula is read by".

The verdicts are not taken from logderiv: each code is run here as NumPy and held against central finite
differences of the cost (tests/_numeric.py); the expected verdict is "equivalent" exactly when the two agree.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences, cross_entropy, intercept_data, penalised_cross_entropy, sigmoid
from logderiv.cli import main
from logderiv.errors import InputError

_LAM = 0.7
_OCTAVE_COST = "J = (1/m) * sum(-y .* log(h) - (1-y) .* log(1 - h)) + lambda/(2*m) * sum(theta(2:end).^2)"
_OCTAVE_ALL_COST = "J = (1/m) * sum(-y .* log(h) - (1-y) .* log(1 - h)) + lambda/(2*m) * sum(theta.^2)"
_OCTAVE_LETS = ("h = sigmoid(X*theta)",)
_NUMPY_COST = "J = (1/m) * np.sum(-y * np.log(h) - (1-y) * np.log(1 - h)) + lam/(2*m) * np.sum(theta[1:]**2)"
_NUMPY_LETS = ("h = sigmoid(X @ theta)",)
_MEAN_COST = "J = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))"


def _h(X, theta):
    return sigmoid(X @ theta)


def _pieces(first, rest):
    """The vector Octave and NumPy build from the intercept's line and the rest's line."""
    def gradient(X, y, theta):
        grad = np.zeros_like(theta)
        grad[0] = first(X, y, theta)
        grad[1:] = rest(X, y, theta)
        return grad
    return gradient


def _unpenalised_intercept(X, y, t):
    return penalised_cross_entropy(X, y, t, _LAM)


def _all_penalised(X, y, t):
    return cross_entropy(X, y, t) + _LAM / (2 * len(y)) * float(np.sum(t ** 2))


def _expected(gradient, cost) -> str:
    """"equivalent" when the code's NumPy gradient agrees with finite differences of the cost at two points."""
    for seed in (30, 31):
        X, y, theta = intercept_data(seed, 6, 4)
        if not np.allclose(gradient(X, y, theta), central_differences(lambda t: cost(X, y, t), theta), atol=1e-6):
            return "different"
    return "equivalent"


_DATA = lambda X, y, t: X.T @ (_h(X, t) - y) / len(y)  # noqa: E731 - the data term's gradient, every entry
_RIGHT = _pieces(lambda X, y, t: _DATA(X, y, t)[0], lambda X, y, t: _DATA(X, y, t)[1:] + _LAM / len(y) * t[1:])
_BOTH_PENALISED = _pieces(lambda X, y, t: _DATA(X, y, t)[0] + _LAM / len(y) * t[0],
                          lambda X, y, t: _DATA(X, y, t)[1:] + _LAM / len(y) * t[1:])

#: (code, cost, its NumPy oracle, lets, the code's own gradient run as NumPy)
_SPELT_OTHERWISE = {
    "octave divided after": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                             "grad(2:end) = X(:,2:end)' * (h - y) / m + (lambda/m) * theta(2:end);",
                             _OCTAVE_COST, _unpenalised_intercept, _OCTAVE_LETS, _RIGHT),
    "octave bracketed product": ("grad(1) = (1/m) * (X(:,1)' * (h - y));\n"
                                 "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                                 _OCTAVE_COST, _unpenalised_intercept, _OCTAVE_LETS, _RIGHT),
    "octave summed intercept": ("grad(1) = (1/m) * sum((h - y) .* X(:,1));\n"
                                "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
                                _OCTAVE_COST, _unpenalised_intercept, _OCTAVE_LETS, _RIGHT),
    "octave summed rest": ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
                           "grad(2:end) = (1/m) * sum((h - y) .* X(:,2:end)) + (lambda/m) * theta(2:end)';",
                           _OCTAVE_COST, _unpenalised_intercept, _OCTAVE_LETS, _RIGHT),
    # the intercept's own penalty beside a rest of the other orientation: θ(1) takes the rest's
    "octave summed intercept penalised, cost penalises all": (
        "grad(1) = (1/m) * sum((h - y) .* X(:,1)) + lambda/m*theta(1);\n"
        "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
        _OCTAVE_ALL_COST, _all_penalised, _OCTAVE_LETS, _BOTH_PENALISED),
    "octave summed intercept penalised, cost leaves it out": (
        "grad(1) = (1/m) * sum((h - y) .* X(:,1)) + lambda/m*theta(1);\n"
        "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
        _OCTAVE_COST, _unpenalised_intercept, _OCTAVE_LETS, _BOTH_PENALISED),
    "numpy flat column @": ("grad[0] = X[:, 0] @ (h - y) / m\n"
                            "grad[1:] = X[:, 1:].T @ (h - y) / m + lam / m * theta[1:]",
                            _NUMPY_COST, _unpenalised_intercept, _NUMPY_LETS, _RIGHT),
    "numpy flat column np.dot": ("grad[0] = np.dot(X[:, 0], h - y) / m\n"
                                 "grad[1:] = np.dot(X[:, 1:].T, h - y) / m + lam / m * theta[1:]",
                                 _NUMPY_COST, _unpenalised_intercept, _NUMPY_LETS, _RIGHT),
    "numpy flat column .dot": ("grad[0] = X[:, 0].dot(h - y) / m\n"
                               "grad[1:] = X[:, 1:].T.dot(h - y) / m + lam / m * theta[1:]",
                               _NUMPY_COST, _unpenalised_intercept, _NUMPY_LETS, _RIGHT),
    "numpy flat column, intercept penalised": ("grad[0] = X[:, 0] @ (h - y) / m + lam / m * theta[0]\n"
                                               "grad[1:] = X[:, 1:].T @ (h - y) / m + lam / m * theta[1:]",
                                               _NUMPY_COST, _unpenalised_intercept, _NUMPY_LETS, _BOTH_PENALISED),
}


def test_the_oracle_tells_the_penalised_intercept_apart():
    X, y, theta = intercept_data(30, 6, 4)
    numeric = central_differences(lambda t: _unpenalised_intercept(X, y, t), theta)
    assert np.allclose(_RIGHT(X, y, theta), numeric, atol=1e-6)
    assert not np.isclose(_BOTH_PENALISED(X, y, theta), numeric, atol=1e-6)[0]
    # NumPy's own X[:, 0] @ v is the number X[:, 0]ᵀv, as the reading says
    v = _h(X, theta) - y
    assert np.ndim(X[:, 0] @ v) == 0 and np.isclose(X[:, 0] @ v, (X.T @ v)[0])


@pytest.mark.parametrize("key", sorted(_SPELT_OTHERWISE))
def test_parts_spelt_otherwise_are_judged_as_the_numpy_run_says(key):
    code, cost, oracle, lets, gradient = _SPELT_OTHERWISE[key]
    verdict = logderiv.check(code, cost=cost, wrt="theta_j", let=lets, timeout=60)
    assert verdict.verdict == _expected(gradient, oracle), (key, verdict.verdict, verdict.notes)
    assert any("together are the gradient vector" in note for note in verdict.notes), verdict.notes
    if "flat column" in key and "np.dot(X[:, 1:]" not in code:
        assert any("X[:, 0] is a 1-D array" in note for note in verdict.notes), verdict.notes


@pytest.mark.parametrize(("code", "where"), [
    # the rest's product is a row beside the intercept's column: not the one term
    ("grad(1) = (1/m) * X(:,1)' * (h - y);\ngrad(2:end) = (1/m) * (h - y)' * X(:,2:end) + (lambda/m) * theta(2:end);",
     "grad(2:end)"),
    # 2/m in the rest, 1/m in the intercept's: the numbers differ, so the terms do
    ("grad(1) = (1/m) * X(:,1)' * (h - y);\ngrad(2:end) = (2/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
     "grad(2:end)"),
])
def test_parts_that_differ_other_than_by_the_penalty_stay_refused(code, where):
    with pytest.raises(InputError) as caught:
        logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", let=_OCTAVE_LETS, timeout=60)
    assert "the parts differ by" in str(caught.value)
    assert caught.value.column == code.index(where)


def test_the_rest_columns_times_a_vector_unstransposed_stay_refused():
    """X[:, 1:] @ v is an m×(n − 1) matrix times v: no column-by-column entry of grad[0]."""
    code = "grad[0] = X[:, 1:] @ (h - y) / m\ngrad[1:] = X[:, 1:].T @ (h - y) / m + lam / m * theta[1:]"
    with pytest.raises(InputError) as caught:
        logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_NUMPY_LETS, timeout=60)
    assert "X[:, 1:]" in str(caught.value)


# ------------------------------------------------------------------ a bare name on the last line

_MEAN_GRADIENT = lambda X, y, t: X.T @ (_h(X, t) - y) / len(y)  # noqa: E731
_MEAN_GRADIENT_FLIPPED = lambda X, y, t: X.T @ (y - _h(X, t)) / len(y)  # noqa: E731


def _mean_cost(X, y, t):
    return cross_entropy(X, y, t)


@pytest.mark.parametrize(("code", "gradient"), [
    ("h = sigmoid(X @ w)\ndw = X.T @ (h - y) / m\ndw", _MEAN_GRADIENT),
    ("h = sigmoid(X @ w)\ngrad = X.T @ (h - y) / m\ngrad", _MEAN_GRADIENT),
    ("h = sigmoid(X @ w)\ngrad = X.T @ (y - h) / m\ngrad", _MEAN_GRADIENT_FLIPPED),
    ("dw = X.T @ (sigmoid(X @ w) - y) / m\ndw", _MEAN_GRADIENT),
])
def test_a_bare_name_on_the_last_line_is_the_codes_value(code, gradient):
    verdict = logderiv.check(code, cost=_MEAN_COST, wrt="w", timeout=60)
    assert verdict.verdict == _expected(gradient, _mean_cost), (code, verdict.verdict)
    assert any("names the value the line before it sets" in note for note in verdict.notes), verdict.notes


def test_a_bare_grad_after_the_octave_parts_is_their_vector():
    code = ("grad(1) = (1/m) * X(:,1)' * (h - y);\n"
            "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);\ngrad")
    verdict = logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", let=_OCTAVE_LETS, timeout=60)
    assert verdict.verdict == _expected(_RIGHT, _unpenalised_intercept)
    assert any("the last line, grad, names the vector the lines leave" in note for note in verdict.notes)


def test_a_bare_name_that_is_not_the_last_set_stays_unread():
    """dw, then db, then dw: the line before the bare name sets another; which value is meant is not read."""
    code = "h = sigmoid(X @ w)\ndw = X.T @ (h - y) / m\ndb = np.sum(h - y) / m\ndw"
    with pytest.raises(InputError):
        logderiv.check(code, cost=_MEAN_COST, wrt="w", timeout=60)


# ------------------------------------------------------------------ names set first, then the gradient in turn/parts

@pytest.mark.parametrize(("code", "cost", "oracle", "gradient"), [
    ("h = sigmoid(X @ theta)\ngrad = X.T @ (h - y) / m\ngrad[1:] = grad[1:] + lam / m * theta[1:]",
     _NUMPY_COST, _unpenalised_intercept, _RIGHT),
    ("h = sigmoid(X @ theta)\ngrad = X.T @ (h - y) / m\ngrad[1:] += lam / m * theta[1:]",
     _NUMPY_COST, _unpenalised_intercept, _RIGHT),
    ("h = sigmoid(X @ theta)\ngrad = X.T @ (h - y) / m\ngrad += lam / m * theta",
     _NUMPY_COST, _unpenalised_intercept, lambda X, y, t: _DATA(X, y, t) + _LAM / len(y) * t),
    ("m = length(y);\nh = sigmoid(X*theta);\ngrad(1) = (1/m) * X(:,1)' * (h - y);\n"
     "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);",
     _OCTAVE_COST, _unpenalised_intercept, _RIGHT),
    ("h = sigmoid(X*theta);\nr = lambda/m;\ngrad = (1/m) * X' * (h - y);\n"
     "grad(2:end) = grad(2:end) + r * theta(2:end);", _OCTAVE_COST, _unpenalised_intercept, _RIGHT),
])
def test_names_set_first_are_put_where_the_gradients_lines_use_them(code, cost, oracle, gradient):
    verdict = logderiv.check(code, cost=cost, wrt="theta_j", timeout=60)
    assert verdict.verdict == _expected(gradient, oracle), (code, verdict.verdict, verdict.notes)
    # (grad += …, a name updated whole, was read before, by the statements' own reading: h is then a --let)
    assert any("the lines first set" in note or "h set once is read as a --let" in note for note in verdict.notes), \
        verdict.notes


def test_a_name_set_first_and_never_used_is_not_read():
    code = "h = sigmoid(X*theta);\nk = 5;\ngrad = (1/m) * X' * (h - y);\ngrad(2:end) = grad(2:end) + (lambda/m) * theta(2:end);"
    with pytest.raises(InputError):
        logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", timeout=60)


def test_a_refusal_after_the_names_points_at_the_line_as_written():
    code = ("m = length(y);\nh = sigmoid(X*theta);\ngrad(1) = (1/m) * X(:,1)' * (h - y);\n"
            "grad(2:end) = (1/m) * X(:,2:end)' * (y - h) + (lambda/m) * theta(2:end);")
    with pytest.raises(InputError) as caught:
        logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", timeout=60)
    assert caught.value.source == code and caught.value.column == code.index("grad(2:end)")


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_new_notes_are_in_every_format(fmt):
    code = "h = sigmoid(X @ theta)\ngrad = X.T @ (h - y) / m\ngrad[1:] += lam / m * theta[1:]"
    result = CliRunner().invoke(main, ["check", code, "--cost", _NUMPY_COST, "--wrt", "theta_j", "-f", fmt])
    assert result.exit_code == 0, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    assert "the lines first set h = sigmoid(X @ theta)" in " ".join(shown.split()), shown
    bare = CliRunner().invoke(main, ["check", "h = sigmoid(X @ w)\ndw = X.T @ (h - y) / m\ndw", "--cost", _MEAN_COST,
                                     "--wrt", "w", "-f", fmt])
    assert bare.exit_code == 0, bare.output
    shown = json.dumps(json.loads(bare.output)["notes"], ensure_ascii=False) if fmt == "json" else bare.output
    assert "names the value the line before it sets" in " ".join(shown.split()), shown


# ------------------------------------------------------------------ Octave's log2

def _base_two_cost(X, y, t):
    p = _h(X, t)
    return float(-np.mean(y * np.log2(p) + (1 - y) * np.log2(1 - p)))


@pytest.mark.parametrize(("answer", "gradient"), [
    ("X' * (h - y) / (m * log(2))", lambda X, y, t: X.T @ (_h(X, t) - y) / (len(y) * np.log(2))),
    ("X' * (h - y) / m", lambda X, y, t: X.T @ (_h(X, t) - y) / len(y)),
])
def test_octaves_log2_is_the_base_two_logarithm(answer, gradient):
    cost = "J = -(1/m) * sum(y .* log2(h) + (1 - y) .* log2(1 - h));"
    verdict = logderiv.check(answer, cost=cost, wrt="theta", let=_OCTAVE_LETS, timeout=60)
    assert verdict.verdict == _expected(gradient, _base_two_cost), (answer, verdict.verdict)
    assert any("read as Octave/MATLAB (its .*): log2(v) is the base-2 logarithm" in note for note in verdict.notes)


def test_plain_maths_log2_stays_refused():
    with pytest.raises(InputError) as caught:
        logderiv.check("X' * (h - y) / m", cost="J = -(1/m) * sum(y log2(h) + (1 - y) log2(1 - h))", wrt="theta",
                       let=_OCTAVE_LETS, timeout=60)
    assert "'log2(…)' is ambiguous" in str(caught.value)


# ------------------------------------------------------------------ J'(theta) =

_W_COST = "-(1/m) sum_i (y_i log(sigmoid(w^T x_i)) + (1-y_i) log(1 - sigmoid(w^T x_i)))"


@pytest.mark.parametrize(("answer", "cost", "wrt", "gradient"), [
    ("J'(theta) = X^T (h - y) / m", "logistic", "theta_j", _MEAN_GRADIENT),
    ("J'(theta) = 1/m sum_i (h(x_i) - y_i) x_ij", "logistic", "theta_j", _MEAN_GRADIENT),
    ("J'(w) = X^T (sigmoid(X w) - y) / m", _W_COST, "w_j", _MEAN_GRADIENT),
    ("J'(w) = X^T (sigmoid(X w) - y)", _W_COST, "w_j", lambda X, y, t: X.T @ (_h(X, t) - y)),
])
def test_j_prime_at_the_parameters_is_the_gradient(answer, cost, wrt, gradient):
    verdict = logderiv.check(answer, cost=cost, wrt=wrt, timeout=60)
    assert verdict.verdict == _expected(gradient, _mean_cost), (answer, verdict.verdict)
    assert any("derivative at" in note and "the gradient" in note for note in verdict.notes), verdict.notes


def test_j_prime_by_other_parameters_or_as_a_cost_names_both_readings():
    with pytest.raises(InputError) as caught:
        logderiv.check("J'(theta) = 1/m sum_i (h(x_i) - y_i) x_ij", cost="logistic", wrt="b", timeout=60)
    assert "the whole gradient ∇J(theta) or its entry ∂J/∂theta_j" in str(caught.value)
    assert "grad = …" in (caught.value.hint or "") and "dJ/dtheta_j = …" in (caught.value.hint or "")
    with pytest.raises(InputError) as caught:
        logderiv.derive("J'(theta) = (1/m) * sum((h(x_i) - y_i) * x_ij)", wrt="theta_j")
    assert "the whole gradient ∇J(theta) or its entry ∂J/∂theta_j" in str(caught.value)
    assert "grad = …" in (caught.value.hint or "") and "dJ/dtheta_j = …" in (caught.value.hint or "")


# ------------------------------------------------------------------ messages

def test_rs_elementwise_star_is_refused_in_rs_words_through_the_api():
    cost = "(1/m) * sum(-y * log(sigmoid(X %*% theta)) - (1-y) * (log(1 - sigmoid(X %*% theta))))"
    with pytest.raises(InputError) as caught:
        logderiv.check("(1/m) * t(X) * (sigmoid(X %*% theta) - y)", cost=cost,
                       let=("sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)"), timeout=60)
    said = str(caught.value)
    assert said.startswith("in R '*' multiplies entry by entry") and "%*%" in said
    assert "NumPy" not in said and ".T" not in said
    # the product it means does run in R's words: t(X) %*% v is Xᵀv (the oracle: NumPy's X.T @ v)
    X, y, theta = intercept_data(30, 6, 4)
    assert (X.T @ (_h(X, theta) - y)).shape == (4,)


def test_a_half_reshaped_sum_of_parameter_vectors_says_n():
    with pytest.raises(InputError) as caught:
        logderiv.check("X.T @ (h - y) / m + lam / m * theta.reshape(-1, 1)", cost=_NUMPY_COST,
                       let=_NUMPY_LETS, timeout=60)
    assert "an n×1 column" in str(caught.value) and "an n×n matrix" in str(caught.value)
    assert "m×m" not in str(caught.value)
    # the oracle: NumPy does make the n×n matrix of it
    theta = np.arange(4.0)
    assert (theta + theta.reshape(-1, 1)).shape == (4, 4)


def test_a_product_inside_one_lets_value_names_the_let_once():
    lets = ("dw = 2 * (const2.dot(self.w) - const1)", "const1 = y.dot(X)", "const2 = X.T.dot(X)")
    with pytest.raises(InputError) as caught:
        logderiv.check("dw / n", cost=r"\frac{1}{n}\sum_{i=1}^{n}(w^T x_i - y_i)^2", wrt="w_j", let=lets, timeout=60)
    said = str(caught.value)
    assert "in what 'const1' stands for" in said and "'const1' is" not in said
    assert "1 rows" not in said


def test_a_labelled_count_is_echoed_as_written():
    # fixold33: the docstring's bare n, only the limit of the sum over the examples, is n_samples (test_fixold33);
    # a bare n elsewhere (a made-up + n) keeps the refusal, echoed as written
    cost = "f(coef, intercept) = (1 / n_samples) sum_{i=1}^n e^{z_i} - y_i z_i + n"
    with pytest.raises(InputError) as caught:
        logderiv.check("(1/self.X.shape[0]) * self.X.T @ r", cost=cost, wrt="beta_j",
                       let=("z_i = x_i.T @ coef + intercept", "r = np.exp(z) - self.y"), timeout=60)
    assert "'n_samples' and 'n' are both written" in str(caught.value)
    assert "n_{samples}" not in str(caught.value) and "n_{samples}" not in (caught.value.hint or "")


def test_unknown_cjk_words_are_said_to_be_unknown():
    answer = (r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) "
              "x_j^{(i)} （鸡蛋）")  # "egg": words no list knows, which may or may not change the reading
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost="logistic", timeout=60)
    said = str(caught.value)
    assert "holds words logderiv does not know ('鸡蛋')" in said and "says something" not in said
    assert "if the words say nothing of the formula" in (caught.value.hint or "")
    # words known to qualify the formula keep their own refusal
    with pytest.raises(InputError) as caught:
        logderiv.check(answer.replace("（鸡蛋）", r"\quad \text{up to a constant}"), cost="logistic", timeout=60)
    assert "says something the formula is read by ('up to')" in str(caught.value)


# ------------------------------------------------------------------ another gradient's part of its own

_GRAD_LETS = ("h = sigmoid(X @ theta)", "grad = X.T @ (h - y) / m")


@pytest.mark.parametrize(("code", "gradient"), [
    # SO 54017246's asker: λθ/m added to every entry, then entry 0 put back to the unregularised gradient's
    ("grad_reg = grad + lam / m * theta\ngrad_reg[0] = grad[0]", _RIGHT),
    ("grad_reg = grad + lam / m * theta\ngrad_reg[0] = grad[0] + lam / m * theta[0]", _BOTH_PENALISED),
])
def test_a_gradients_own_entries_of_the_part_are_its_value_there(code, gradient):
    verdict = logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_GRAD_LETS, timeout=60)
    assert verdict.verdict == _expected(gradient, _unpenalised_intercept), (code, verdict.verdict)
    assert any("together are the gradient vector" in note for note in verdict.notes), verdict.notes


def test_another_gradients_entries_of_the_other_part_are_refused():
    code = "grad_reg = grad + lam / m * theta\ngrad_reg[1:] = grad[0]"
    with pytest.raises(InputError) as caught:
        logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_GRAD_LETS, timeout=60)
    assert "is computed with grad[0], entries of the other part" in str(caught.value)
    assert caught.value.column == code.index("grad[0]")
