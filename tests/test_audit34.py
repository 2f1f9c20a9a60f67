"""audit34 (issue 10): misreads found probing this session's readings, each with its meaning worked by hand.

Each case below was read confidently for another formula before the fix; the meaning NumPy computes is
worked here by hand and held to central finite differences of a NumPy cost written here, never to
logderiv's own output. The neighbours that were right before stay right (read, and judged against the
hand-worked gradient).
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check, derive
from logderiv.errors import InputError

from _numeric import central_differences

_RNG = np.random.default_rng(34)
MEAN_CE_GRADIENT = "(1/m) * X.T @ (sigmoid(X @ theta) - y)"
SECOND = "second = (1 - y)*np.log(1 - sigmoid(X @ theta))"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- 1. an inner product of two vectors of the examples beside a value per example in np.sum / np.mean -----------
def test_a_number_beside_a_vector_in_a_sum_is_counted_once_per_example():
    """first = (-y) @ log h is one number f; np.sum(first - second)/m = f - mean(second), not the mean cross-entropy.

    By hand: ∇[f - (1/m)Σ(1-y)log(1-h)] = -Xᵀ(y(1-h)) + (1/m)Xᵀ((1-y)h), which is not (1/m)Xᵀ(h - y).
    """
    X, y, theta = _RNG.normal(size=(6, 3)), _RNG.integers(0, 2, size=6).astype(float), _RNG.normal(size=3)
    m = len(y)

    def cost(t):
        h = _sigmoid(X @ t)
        first = (-y) @ np.log(h)
        second = (1 - y) * np.log(1 - h)
        return np.sum(first - second) / m

    h = _sigmoid(X @ theta)
    by_hand = -X.T @ (y * (1 - h)) + X.T @ ((1 - y) * h) / m
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-5)
    assert not np.allclose(by_hand, X.T @ (h - y) / m)


@pytest.mark.parametrize("cost, lets", [
    ("np.mean(first - second)", ["first = (-y) @ np.log(sigmoid(X @ theta))", SECOND]),  # was 'equivalent'
    ("np.sum(first - second) / m", ["first = (-y) @ np.log(sigmoid(X @ theta))", SECOND]),  # was 'equivalent'
    ("np.sum(first - second) / m", ["first = (-y).dot(np.log(sigmoid(X @ theta)))", SECOND]),  # was 'equivalent'
    ("np.mean((-y) @ np.log(sigmoid(X @ theta)) - (1 - y)*np.log(1 - sigmoid(X @ theta)))", []),
    ("np.sum((-y) @ np.log(sigmoid(X @ theta)) - (1 - y)*np.log(1 - sigmoid(X @ theta)))/m", []),
    ("np.sum(-first)/m", ["first = y @ np.log(sigmoid(X @ theta)) + (1 - y) * np.log(1 - sigmoid(X @ theta))"]),
])
def test_an_inner_product_beside_a_value_per_example_is_refused(cost, lets):
    # refused, whichever reader meets it first: since fixf63 reads NumPy's u @ v of two vectors of the examples as
    # their inner product, the inline forms are refused where that inner product stands inside np.mean/np.sum ("vᵀu
    # inside a sum over examples is not read") or at the '*' beside it (NumPy's entrywise product), not as "one number"
    with pytest.raises(InputError, match="one number|inside a sum over examples is not read|multiplies entry by entry"):
        check(MEAN_CE_GRADIENT, cost=cost, let=lets)


@pytest.mark.parametrize("cost, lets", [
    # every term one number: np.sum of a number is the number, -(y·log h + (1-y)·log(1-h))/m, the mean cross-entropy
    ("np.sum(-first - second)/m", ["first = y @ np.log(sigmoid(X @ theta))",
                                   "second = (1 - y) @ np.log(1 - sigmoid(X @ theta))"]),
    ("(1 / m) * np.sum(-y.dot(np.log(sigmoid(X @ theta))) - (1 - y).dot(np.log(1 - sigmoid(X @ theta))))", []),
    # entry by entry (NumPy's '*'), the reading fixcode4 made
    ("np.mean(first - second)", ["first = (-y) * np.log(sigmoid(X @ theta))", SECOND]),
])
def test_inner_products_alone_or_entrywise_products_still_read(cost, lets):
    assert check(MEAN_CE_GRADIENT, cost=cost, let=lets).verdict == "equivalent"
    assert check("(1/m) * X.T @ (y - sigmoid(X @ theta))", cost=cost, let=lets).verdict == "different"


# --- 2. a let's name with the parameters' subscript beside the bare letter in the same text ----------------------
@pytest.mark.parametrize("cost", [
    "-np.sum(z * y - np.exp(z_w))",  # z undefined in the code: was read as the let's Xw
    "np.sum((b_w + b - y)**2)",  # b the intercept beside b_w = Xw: was read as Xw too
])
def test_the_bare_letter_beside_its_decorated_let_is_refused(cost):
    name = "z_w" if "z_w" in cost else "b_w"
    with pytest.raises(InputError, match="written both bare and as"):
        derive(cost, wrt="w_j", let=[f"{name} = X @ w"])


def test_the_decorated_name_alone_still_reads():
    """-Σ(yᵢ zᵢ - e^{zᵢ}), z = Xw: ∇ = Xᵀ(e^{Xw} - y) (by hand; the Poisson sum of test_let_parameter_subscript)."""
    X, y, w = _RNG.normal(size=(5, 2)), _RNG.poisson(2, size=5).astype(float), _RNG.normal(size=2) / 3
    cost = lambda v: -np.sum((X @ v) * y - np.exp(X @ v))
    assert np.allclose(central_differences(cost, w), X.T @ (np.exp(X @ w) - y), atol=1e-5)
    lets = ["z_w = X @ w"]
    assert check("X.T @ (np.exp(X @ w) - y)", cost="-np.sum(z_w * y - np.exp(z_w))", wrt="w_j",
                 let=lets).verdict == "equivalent"


# --- 3. a code name for the count of θ's entries used as a divisor, not a slice's end ---------------------------------
def test_a_divisor_counting_the_parameters_is_not_the_mean():
    """sum((Xθ - y).^2)/(2*sizeOfTheta), sizeOfTheta = size(theta,1): ∇ = (1/n)Xᵀ(Xθ - y), n = θ's entries (by hand).

    The count was put in as n, and n before a sum over the examples was then read as their count: (1/m)Xᵀ(Xθ - y).
    """
    X, y, theta = _RNG.normal(size=(7, 3)), _RNG.normal(size=7), _RNG.normal(size=3)
    cost = lambda t: np.sum((X @ t - y) ** 2) / (2 * len(t))
    assert np.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / 3, atol=1e-5)
    assert not np.allclose(X.T @ (X @ theta - y) / 3, X.T @ (X @ theta - y) / 7)
    with pytest.raises(InputError):
        derive("sum((h - y) .^ 2)/(2 * sizeOfTheta)", let=["sizeOfTheta = size(theta,1)", "h = X * theta"])
    with pytest.raises(InputError):  # λ/(2·sizeOfTheta): the same count as a divisor of the penalty
        derive("sum((h - y) .^ 2)/(2 * m) + sum(theta(2:sizeOfTheta) .^ 2) * lambda/(2*sizeOfTheta)",
               let=["m = length(y)", "sizeOfTheta = size(theta,1)", "h = X * theta"])


# --- 4. a second route of ∂J/∂θⱼ that is another cost's derivative (steps) -------------------------------------------
_PAGE_COST = "The cost is\n" r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$$" "\n"
_ROUTE = ("\nBy the chain rule:\n"
          r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{2m}\sum_{i=1}^m 2(\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
          r" = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$" "\n")
_REGULARISED = ("\nWith regularization:\n"
                r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{2m}\sum_{i=1}^m 2(\theta^T x^{(i)} - y^{(i)})"
                r" x_j^{(i)} + \frac{\lambda}{m}\theta_j = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
                r" + \frac{\lambda}{m}\theta_j$$" "\n")


def test_the_regularised_route_is_another_costs_derivative():
    """∂/∂θⱼ of J + (λ/2m)Σθₖ² is the route's (1/m)Σ(θᵀx − y)xⱼ + (λ/m)θⱼ (sympy.diff): right for the cost it names
    in words, not for J; line 8 was judged 'wrong' against J, a verdict on a formula the writer did not mean."""
    import sympy

    t0, t1, lam, x0, x1, y = sympy.symbols("t0 t1 lambda x0 x1 y")
    cost = sympy.Rational(1, 2) * (t0 * x0 + t1 * x1 - y) ** 2 + lam / 2 * (t0 ** 2 + t1 ** 2)  # m = 1
    assert sympy.expand(sympy.diff(cost, t0) - ((t0 * x0 + t1 * x1 - y) * x0 + lam * t0)) == 0


def test_a_route_restating_the_derivative_of_another_cost_is_refused_at_its_line(tmp_path):
    from _derivations_table import steps_of_page

    result = steps_of_page(tmp_path, _PAGE_COST + _ROUTE + _REGULARISED)
    assert result.exit_code == 2 and "line 8" in result.stderr and "another cost" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.stderr


# --- 5. a count of another split of the data (the test or validation set) is not the examples' count ------------------
@pytest.mark.parametrize("let", ["m = len(X_test)", "m = X_val.shape[0]", "m = len(y_val)", "m = len(test_labels)",
                                 "m = Xtest.shape[0]", "m = len(X_dev)"])
def test_a_count_of_another_split_is_refused(let):
    """sum((Xθ − y)²)/(2·m_test) over the training rows: ∇ = Xᵀ(Xθ − y)/m_test (by hand, below), which an answer
    dividing by len(y), the training count, is not; it was read as m and judged 'equivalent'."""
    with pytest.raises(InputError):
        check("X.T @ (X @ theta - y) / len(y)", cost="sum((X @ theta - y)**2) / (2*m)", let=[let])


def test_the_test_sets_count_changes_the_gradient():
    X, y, theta, m_test = _RNG.normal(size=(6, 2)), _RNG.normal(size=6), _RNG.normal(size=2), 3
    cost = lambda t: np.sum((X @ t - y) ** 2) / (2 * m_test)
    assert np.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / m_test, atol=1e-5)
    assert not np.allclose(X.T @ (X @ theta - y) / m_test, X.T @ (X @ theta - y) / len(y))


@pytest.mark.parametrize("let", ["m = len(X_train)", "m = len(y_values)", "m = len(targets)"])
def test_the_training_sets_count_still_reads(let):
    assert check("X.T @ (X @ theta - y) / len(y)", cost="sum((X @ theta - y)**2) / (2*m)",
                 let=[let]).verdict == "equivalent"


_RESTATED_IN_ONE_CHAIN = ("\nWith regularization the derivative becomes:\n"
                          r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m"
                          r" (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j$$" "\n")


def test_the_derivative_restated_by_name_in_one_chain_for_another_cost_is_refused(tmp_path):
    """The same page with the regularised line as one display of one '=': read as the chain going on, it was 'wrong'."""
    from _derivations_table import steps_of_page

    result = steps_of_page(tmp_path, _PAGE_COST + _ROUTE + _RESTATED_IN_ONE_CHAIN)
    assert result.exit_code == 2 and "line 8" in result.stderr and "another cost" in result.stderr


def test_a_slip_in_a_route_that_writes_the_cost_out_is_still_wrong_at_its_line(tmp_path):
    """∂J/∂θⱼ = ∂/∂θⱼ (1/2m)Σ(…)² = (2/m)Σ(…)xⱼ: the route names this cost, so its 2/m (twice the gradient, by
    sympy.diff in test_fixmulti2) is a slip, judged wrong at line 8 as before."""
    from _derivations_table import review_of_page

    slipped = ("\nAgain:\n" r"$$\frac{\partial J}{\partial \theta_j} = \frac{\partial}{\partial \theta_j}\frac{1}{2m}"
               r"\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 = \frac{2}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})"
               r" x_j^{(i)}$$" "\n")
    code, ending, wrong, _ = review_of_page(tmp_path, _PAGE_COST + _ROUTE + slipped)
    assert (code, ending, wrong) == (1, "wrong", [8])
