"""Audit 56 (issue 10, never a silent misread): near-variants of fixf55's, pages22's and counts22's readings.

Each case is a text a real person could write that means something else; its meaning is worked by hand and checked
with sympy (``sympy.diff``) or central finite differences (``_numeric``), independently of logderiv, and logderiv must
give that meaning or refuse.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import sympy
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import refused_by_logderiv
from logderiv.cli import main

# ---- pages22: an operator alone on a page of two costs, one defined from the other -------------------------------

#: the log-likelihood ℓ, the cost J = −ℓ/m defined from it, then ∂/∂θⱼ alone whose function the prose names: ℓ.
#: By hand: ∂ℓ/∂θⱼ = Σᵢ(yᵢ − hᵢ)xᵢⱼ — the page is right; read as ∂J/∂θⱼ (= −(1/m) of that) it was 'wrong at line 7'.
_TWO_COSTS_PAGE = r"""The model is $h_\theta(x) = \sigma(\theta^T x)$. The log-likelihood:

$$\ell(\theta) = \sum_{i=1}^{m} \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) \log(1 - h_\theta(x^{(i)})) \right]$$

The cost we minimise is

$$J(\theta) = -\ell(\theta) / m$$

The derivative of the log-likelihood $\ell$:

$$\begin{aligned} \frac{\partial}{\partial \theta_j} &= \sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)} \end{aligned}$$
"""

#: the same page whose prose names J and whose line is J's derivative, (1/m)Σᵢ(hᵢ − yᵢ)xᵢⱼ: right by hand too, and it
#: was also 'wrong at line 7' (the lines read ℓ as the page's cost and J's line as a step of its derivative)
_TWO_COSTS_J_PAGE = (_TWO_COSTS_PAGE.replace("The derivative of the log-likelihood $\\ell$:", "The derivative of the cost $J$:")
                     .replace(r"\sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right)",
                              r"\frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right)"))

#: one cost, J, and prose naming the log-likelihood ℓ (= −mJ, not defined on the page) before ∂/∂θⱼ alone: the line
#: Σᵢ(yᵢ − hᵢ)xᵢⱼ is ℓ's derivative, right for what the writer means, and −m times J's
_ONE_COST_PAGE = r"""The model is $h_\theta(x) = \sigma(\theta^T x)$. The cost:

$$J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) \log(1 - h_\theta(x^{(i)})) \right]$$

The derivative of the log-likelihood $\ell$:

$$\begin{aligned} \frac{\partial}{\partial \theta_j} &= \sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)} \end{aligned}$$
"""

#: the one-cost page with prose naming no function and J's derivative on the line: the operator is J's (right)
_ONE_COST_J_PAGE = (_ONE_COST_PAGE.replace("The derivative of the log-likelihood $\\ell$:", "Its derivative:")
                    .replace(r"\sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right)",
                             r"\frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right)"))


def _steps(tmp_path: Path, text: str, *options: str):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "--timeout", "60", *options])


def _hand_derivatives():
    """∂ℓ/∂θ₁ and ∂J/∂θ₁ by sympy at two examples of two features, with the pages' two right lines at j = 1."""
    t1, t2 = sympy.symbols("t1 t2", real=True)
    xs = [(sympy.Rational(3, 10), sympy.Rational(-7, 10)), (sympy.Rational(11, 10), sympy.Rational(2, 5))]
    ys = [sympy.Rational(1, 4), sympy.Rational(9, 10)]
    h = [1 / (1 + sympy.exp(-(t1 * a + t2 * b))) for a, b in xs]
    ell = sum(y * sympy.log(p) + (1 - y) * sympy.log(1 - p) for y, p in zip(ys, h))
    cost = -ell / 2
    ell_line = sum((y - p) * a for y, p, (a, _) in zip(ys, h, xs))
    cost_line = sum((p - y) * a for y, p, (a, _) in zip(ys, h, xs)) / 2
    at = {t1: sympy.Rational(1, 2), t2: sympy.Rational(-1, 3)}
    return ({name: float(value.subs(at)) for name, value in
             (("dl", sympy.diff(ell, t1)), ("dJ", sympy.diff(cost, t1)), ("l_line", ell_line), ("J_line", cost_line))})


def test_the_hand_derivatives_of_the_two_costs_differ_and_each_line_is_its_own():
    """By hand: Σ(y − h)x is ∂ℓ/∂θⱼ, (1/m)Σ(h − y)x is ∂J/∂θⱼ, and the two differ (−1/m): which one is meant matters."""
    values = _hand_derivatives()
    assert abs(values["dl"] - values["l_line"]) < 1e-12
    assert abs(values["dJ"] - values["J_line"]) < 1e-12
    assert abs(values["dl"] - values["dJ"]) > 0.05


def test_an_operator_alone_the_prose_names_as_the_log_likelihood_beside_j_defined_from_it_is_refused(tmp_path):
    """ℓ, J = −ℓ/m, "the derivative of the log-likelihood ℓ": ∂/∂θⱼ was read as ∂J/∂θⱼ and the right page was
    'wrong at line 7'; the function is not ℓ = the page's cost read, so the page is refused (exit 2), never wrong."""
    result = _steps(tmp_path, _TWO_COSTS_PAGE)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output + result.stderr and "^" in result.stderr


def test_an_operator_alone_the_prose_names_as_j_defined_from_the_log_likelihood_is_refused(tmp_path):
    """The same page deriving J rightly: the lines read ℓ as the cost and J's line as a step ('wrong at line 7')."""
    result = _steps(tmp_path, _TWO_COSTS_J_PAGE)
    assert result.exit_code == 2, result.output
    assert "wrong at line 7" not in result.output


def test_an_operator_alone_the_prose_names_as_another_cost_than_the_pages_one_is_refused(tmp_path):
    """One cost J, but the prose says the operator differentiates ℓ: read as ∂J/∂θⱼ, ℓ's right line was wrong."""
    result = _steps(tmp_path, _ONE_COST_PAGE)
    assert result.exit_code == 2, result.output
    assert "opens with the operator" not in result.output + result.stderr


def test_an_operator_alone_on_a_page_of_one_cost_is_still_its_derivative(tmp_path):
    """No function named, one cost J: ∂/∂θⱼ &= (1/m)Σ(h − y)x is ∂J/∂θⱼ (by hand, above), every step right."""
    result = _steps(tmp_path, _ONE_COST_J_PAGE, "-f", "json")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert any("the page defines one cost, J" in note for note in review["notes"])


#: ℓ, then J = −ℓ/m, then ∂J/∂θⱼ written out: (1/m)Σ(h − y)x is J's derivative (by hand, above) — the page is right.
#: Both definitions were read as the derivation's first lines, J(θ) checked as ∂ℓ/∂θⱼ: 'wrong at line 7'.
_TWO_COSTS_NAMED_PAGE = _TWO_COSTS_J_PAGE.replace(r"\frac{\partial}{\partial \theta_j}",
                                                  r"\frac{\partial J}{\partial \theta_j}")


def test_a_derivative_of_j_beside_the_log_likelihood_j_is_defined_from_is_refused_not_wrong(tmp_path):
    """Which cost the lines derive, and that J is −ℓ/m, is not read: refused naming both costs, never 'wrong'."""
    result = _steps(tmp_path, _TWO_COSTS_NAMED_PAGE)
    assert result.exit_code == 2, result.output
    assert "the notes define two costs, \\ell (line 3) and J (line 7)" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.output + result.stderr


def test_a_derivative_of_the_log_likelihood_beside_j_is_still_read_as_its_own(tmp_path):
    """∂ℓ/∂θⱼ = Σ(y − h)x written out: J = −ℓ/m is another cost, set aside; every step holds (by hand, above)."""
    text = _TWO_COSTS_PAGE.replace(r"\frac{\partial}{\partial \theta_j}", r"\frac{\partial \ell}{\partial \theta_j}")
    result = _steps(tmp_path, text, "-f", "json")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert any("line 7 defines another cost" in note for note in review["notes"])


# ---- counts22: a --let of another name says nothing of the answer's n ---------------------------------------------

_SIGMOID_LET = "h = 1 ./ (1 + exp(-X* theta));"


def test_the_answer_is_the_logistic_gradient_only_with_n_the_number_of_examples():
    """By hand: ∇(−(1/m)Σ[y log σ(Xθ) + (1 − y) log(1 − σ(Xθ))]) = Xᵀ(h − y)/m: X'*(h-y)/n is it iff n = m."""
    rng = np.random.default_rng(56)
    m, n = 7, 3
    X, y, theta = rng.normal(size=(m, n)), rng.uniform(0.1, 0.9, size=m), rng.normal(size=n)

    def cost(t):
        p = 1 / (1 + np.exp(-X @ t))
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    h = 1 / (1 + np.exp(-X @ theta))
    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, X.T @ (h - y) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (h - y) / n, atol=1e-3)


@pytest.mark.parametrize("let", ["q = numel(y);", "q = size(X,2);", "N = numel(theta);"])
def test_a_count_let_of_another_name_does_not_decide_the_answers_n(let):
    """q = numel(y) says what q is, not n: the answer's n read as the features gave a confident 'different' to an
    answer right with n as m (by hand, above) — refused naming both readings, as with no let at all."""
    error = refused_by_logderiv(lambda: logderiv.check("X' * (h-y) / n", cost="logistic", let=[let, _SIGMOID_LET]))
    assert "turns on n" in error.message


@pytest.mark.parametrize(("answer", "let", "verdict"), [
    ("X' * (h-y) / N", "N = size(X,2);", "different"),  # the let sets the name the answer writes: the features
    ("X' * (h-y) / n", "n = size(X,1);", "equivalent"),  # the let sets n itself: the examples
])
def test_a_count_let_of_the_answers_own_name_still_decides(answer, let, verdict):
    """By hand (above): Xᵀ(h − y)/m is the gradient; /n_features is not."""
    assert logderiv.check(answer, cost="logistic", let=[let, _SIGMOID_LET]).verdict == verdict


# --- NumPy's X.transpose() * v: entry by entry for arrays, a matrix product only for np.matrix ------------------

def test_a_transpose_method_times_a_vector_is_refused_as_numpys_entrywise_star():
    """``X.transpose() * (h - y) / m`` with h = σ(Xθ): with NumPy arrays '*' multiplies entry by entry, and an n×m
    array times an m×1 column broadcasts to another shape (or fails): not Xᵀ(h − y)/m. Only np.matrix's '*' is the
    matrix product, and nothing written says the arrays are np.matrix. It was read as transpose(X) * v, Octave's
    matrix product, and judged 'equivalent' (found by this audit, fixed by the coordinator)."""
    rng = np.random.default_rng(56)
    X, v = rng.normal(size=(4, 3)), rng.normal(size=(4, 1))
    with pytest.raises(ValueError):
        X.transpose() * v  # NumPy itself: (3, 4) * (4, 1) does not broadcast
    error = refused_by_logderiv(lambda: logderiv.check("X.transpose() * (h - y) / m", cost="logistic",
                                                       let=["h = sigmoid(X @ theta)"]))
    assert "entry by entry" in error.message
    assert "np.matrix" in (error.hint or "")
    # the matrix product written as one is read as before: Xᵀ(h − y)/m, the gradient
    assert logderiv.check("X.transpose() @ (h - y) / m", cost="logistic",
                          let=["h = sigmoid(X @ theta)"]).verdict == "equivalent"


# --- a bare σ's --let of another argument than the cost's σ ----------------------------------------------------

LYDIA_LIKE_COST = (r"\ell(\boldsymbol{\beta}) = \sum_{i=1}^n \left[ y_i \log \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})"
                   r" + (1 - y_i) \log(1 - \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})) \right]")


def test_a_bare_sigma_let_of_another_argument_is_refused_not_replaced_by_the_model():
    """``--let '\\sigma = \\sigma(2x_i^T\\beta)'`` beside ℓ(β) written with σ(xᵢᵀβ): the let's σ is σ(2xᵢᵀβ), and
    Σ(yᵢ − σ(2xᵢᵀβ))xᵢⱼ is not ∂ℓ/∂βⱼ (by finite differences below). Read as the prediction h, the cost's own model
    stood for the let and the answer was judged 'equivalent' (fixf54 noticed it): refused, at the let."""
    rng = np.random.default_rng(8)
    X, y, beta = rng.normal(size=(6, 3)), (rng.uniform(size=6) < 0.5).astype(float), rng.normal(size=3)
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    loglik = lambda b: np.sum(y * np.log(s(X @ b)) + (1 - y) * np.log(1 - s(X @ b)))  # noqa: E731
    assert np.allclose(central_differences(loglik, beta), X.T @ (y - s(X @ beta)), atol=1e-6)
    assert not np.allclose(central_differences(loglik, beta), X.T @ (y - s(2 * X @ beta)), atol=1e-3)
    error = refused_by_logderiv(lambda: logderiv.check(r"\sum_{i=1}^n (y_i - \sigma) x_{ij}", cost=LYDIA_LIKE_COST,
                                                       wrt="beta_j", let=[r"\sigma = \sigma(2\mathbf{x}_i^\top\boldsymbol\beta)"]))
    assert "another argument" in error.message
    # the same let of the cost's own argument (braces and the example's mark aside) names the prediction, as before
    assert logderiv.check(r"\sum_{i=1}^n (y_i - \sigma) x_{ij}", cost=LYDIA_LIKE_COST, wrt="beta_j",
                          let=[r"\sigma = \sigma(\mathbf{x}^\top\boldsymbol\beta)"]).verdict == "equivalent"


# --- an undefined letter of a cost over the data that writes no labels ------------------------------------------

R_POISSON = "sum(N * (llambda) -  lambda)"  # public code index file 26308897571 (R, lik_poisson_noise; '<-' as '=')
R_POISSON_LETS = ["llambda = A %*% theta", "lambda = exp(llambda)"]


def test_an_undefined_letter_where_the_labels_would_stand_is_refused():
    """R's Poisson log-likelihood Σ(Nᵢ·aᵢᵀθ − e^{aᵢᵀθ}) with N the counts (f57): N read as a constant made it another
    cost, whose gradient Σ(c − e^{θᵀxᵢ})xᵢ differs from the meant Σ(Nᵢ − e^{θᵀxᵢ})xᵢ (by differences below); only a
    note said so. A cost of the data that writes no labels: the letter may be them, so it is asked."""
    rng = np.random.default_rng(57)
    A, counts, theta = rng.normal(size=(5, 2)) / 2, rng.poisson(2.0, size=5).astype(float), rng.normal(size=2) / 2
    meant = lambda t: np.sum(counts * (A @ t) - np.exp(A @ t))  # noqa: E731
    as_constant = lambda t: np.sum(1.0 * (A @ t) - np.exp(A @ t))  # noqa: E731
    assert not np.allclose(central_differences(meant, theta), central_differences(as_constant, theta), atol=1e-3)
    # as written, the design matrix A has no line giving it a value either: refused there first (fixmis37: A is X, or
    # another matrix); with the data named X, N is the letter asked about
    error = refused_by_logderiv(lambda: logderiv.derive(R_POISSON, wrt="theta_j", let=R_POISSON_LETS))
    assert "nothing written says A is the data" in error.message
    lets = [R_POISSON_LETS[0].replace("A %*%", "X %*%"), R_POISSON_LETS[1]]
    error = refused_by_logderiv(lambda: logderiv.derive(R_POISSON, wrt="theta_j", let=lets))
    assert "writes no labels" in error.message and error.column == R_POISSON.index("N")
    # defined as the labels, N is one value per example: ∂/∂θⱼ = Σ(Nᵢ − e^{θᵀxᵢ})xᵢⱼ, the meant gradient
    derivation = logderiv.derive(R_POISSON, wrt="theta_j", let=[*lets, "N = y"])
    assert derivation.final_check.finite_differences is not None
    # a constant beside the labels stays a constant, noted (a scale c of (y − c θᵀx)²)
    assert any("not defined, so read as a constant" in note
               for note in logderiv.derive("sum_i (c * theta^T x_i - y_i)^2").notes)
