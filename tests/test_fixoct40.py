"""fixoct40: Octave function bodies that build J (and grad) by accumulation over loops, read as the values they leave.

The convention (Coursera's ex2 and its copies): ``J = 0;`` and ``grad = zeros(size(theta));`` start the sums, a loop
``for i = 1:m … end`` adds each example's terms (and row i of X, transposed, times its number), a loop
``for j = 2:size(theta) … end`` adds the penalty's terms for every entry but the intercept's, and the value J (grad)
holds at the end is the cost (the gradient). Read so, and said in a note; a loop that overwrites J each pass, divides
inside the loop, runs over 1:m-1 or 2:m, or starts its penalty elsewhere than at 1 or 2 is not read so. Also: a
zeroed copy of theta (``reg_theta = theta; reg_theta(1) = 0;``) that no later line uses is left out, noted.

The material, verbatim from tests/corpus/fresh_eightyfifth.py (f85):
* github.com/giovana-morais/am, 587591_ex03/funcaoCustoReg.m (Portuguese; commit 29a4de68): the two loops and
  ``J = J/m + sum_theta/(2*m);`` — λ forgotten in J, kept in the gradient;
* github.com/diancici/Machine-Learning-with-Matlab, machine-learning-ex2/ex2/costFunctionReg.m (commit 39292bde):
  one loop adding J's terms and grad's rows, then the penalty loop over j = 2:size(theta);
* github.com/charlesfry/DataScience, AndrewNgMLAnswers/ProblemSet2/ex2/costFunctionReg.m (commit 86f0a13d): the
  cost with Octave's '...' continuation, and its gradient (the variant writes theta where reg_theta was meant).

Every expected verdict is worked out by hand and checked here against central finite differences of the costs in
NumPy (tests/_numeric.py), the Octave loops transcribed to NumPy as they run — never taken from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, intercept_data, sigmoid
from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation.zeroed_copies import ZEROED_COPY_MARK
from work import calls_made

# ------------------------------------------------------------------ the material (f85), verbatim
# github.com/giovana-morais/am/blob/29a4de68fcb2b39b4a9716df0613a42e13a5c3c5/587591_ex03/funcaoCustoReg.m
GIO_LETS = (
    "m = length(y); % numero de exemplos de treinamento",
    "J = 0;",
    "sum_theta = 0;",
    "h_theta = sigmoid(X * theta);",
)
GIO_COST = (
    "for i = 1: m\n  J = J + (-y(i) * log(h_theta(i)) - (1-y(i)) * log(1 - h_theta(i)));\nendfor\n\n"
    "for j = 2: size(theta)\n  sum_theta = sum_theta + theta(j) ^ 2;\nendfor\nJ = J/m + sum_theta/(2*m);"
)
GIO_GRAD = "dJ = h_theta - y;\n\ntheta(1) = 0;\ngrad = ((dJ' * X)/m) + ((lambda/m).*theta)';"

# github.com/diancici/Machine-Learning-with-Matlab/blob/39292bde93f8ceec7c590251eee6b3a0c699e98c/
# machine-learning-ex2/ex2/costFunctionReg.m
DIA_LETS = (
    "m = length(y); % number of training examples",
    "J = 0;",
    "grad = zeros(size(theta)); % n*1 vector",
    "reg = 0;",
)
DIA_GRAD = (
    "for i=1:m\n    h_theta = sigmoid(X(i,:)* theta);\n    J = J-y(i)*log(h_theta)-(1-y(i))*log(1-h_theta); \n"
    "    grad = grad + ((h_theta - y(i)).* X(i,:))'/m; % n*1 vector\nend\n\nfor j=2:size(theta)\n"
    "    reg = reg + lambda*theta(j).^2/2;\n    grad(j) = grad(j)+ lambda*theta(j)/m; % compute the gradient\nend"
)
DIA_COST = (
    "(1/m) * sum(-y .* log(sigmoid(X*theta)) - (1-y) .* log(1-sigmoid(X*theta))) + lambda/(2*m) * sum(theta(2:end).^2)"
)

# github.com/charlesfry/DataScience/blob/86f0a13de6a0899ea5308cc58fc945968849d8e9/AndrewNgMLAnswers/ProblemSet2/ex2/
# costFunctionReg.m
CHF_LETS = ("m = length(y); % number of training examples", "h = sigmoid(X * theta);", "errors = h - y;")
CHF_COST = (
    "J = (1 / m) * (-y' * log(h) - (1 - y)' * log(1 - h)) + ...\n"
    "  (lambda / (2 * m)) * (theta(2:length(theta)))' * theta(2:length(theta));"
)
CHF_GRAD = "reg_theta = theta\nreg_theta(1) = 0;\n  \ngrad = (1 / m) * X' * errors + (lambda / m) * reg_theta;"

LAM = 0.7


# ------------------------------------------------------------------ the costs and answers by hand, in NumPy
def _ce_sum(X, y, theta):
    h = sigmoid(X @ theta)
    return float(np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)))


def _gio_cost(X, y, theta, first=2):
    """funcaoCustoReg's J as its loops run: Σᵢ cross-entropy, then J/m + Σ_{j≥first} θⱼ²/(2m) (no λ)."""
    m = len(y)
    return _ce_sum(X, y, theta) / m + float(np.sum(theta[first - 1:] ** 2)) / (2 * m)


def _reg_cost(X, y, theta, lam=LAM):
    """ex2's regularised cost: the mean cross-entropy plus λ/(2m) Σ_{j≥2} θⱼ²."""
    m = len(y)
    return _ce_sum(X, y, theta) / m + lam / (2 * m) * float(np.sum(theta[1:] ** 2))


def _dia_loop_grad(X, y, theta, lam=LAM, over_m=True):
    """diancici's two loops run as Octave runs them (1-based j from 2: NumPy's index 1 on)."""
    m, n = X.shape
    grad = np.zeros(n)
    for i in range(m):
        h = sigmoid(X[i] @ theta)
        grad = grad + (h - y[i]) * X[i] / m
    for j in range(1, n):
        grad[j] = grad[j] + lam * theta[j] / (m if over_m else 1)
    return grad


def _points():
    return [intercept_data(seed, m, n) for seed in (1, 2) for m, n in ((6, 3), (5, 4))]


def test_the_hand_worked_gradients_against_finite_differences():
    """The checks behind every verdict below."""
    for X, y, theta in _points():
        m = len(y)
        h = sigmoid(X @ theta)
        stacked = np.concatenate([[0.0], theta[1:]])
        # funcaoCustoReg's J: its gradient is Xᵀ(h − y)/m + [0; θ(2:end)]/m (no λ)
        gio = central_differences(lambda t: _gio_cost(X, y, t), theta)
        assert np.allclose(gio, X.T @ (h - y) / m + stacked / m, atol=1e-6)
        # its own gradient line, with λ/m, is not that one (λ ≠ 1)
        assert not np.allclose(gio, X.T @ (h - y) / m + LAM / m * stacked, atol=1e-4)
        # a penalty loop from j = 1 penalises the intercept too: + θ/m
        assert np.allclose(central_differences(lambda t: _gio_cost(X, y, t, first=1), theta),
                           X.T @ (h - y) / m + theta / m, atol=1e-6)
        reg = central_differences(lambda t: _reg_cost(X, y, t), theta)
        # diancici's loops leave the regularised gradient; without /m in the penalty line they do not
        assert np.allclose(_dia_loop_grad(X, y, theta), reg, atol=1e-6)
        assert not np.allclose(_dia_loop_grad(X, y, theta, over_m=False), reg, atol=1e-4)
        # charlesfry's gradient with theta for reg_theta penalises θ₁, which J leaves out
        assert np.allclose(X.T @ (h - y) / m + LAM / m * stacked, reg, atol=1e-6)
        assert not np.allclose(X.T @ (h - y) / m + LAM / m * theta, reg, atol=1e-4)


# ------------------------------------------------------------------ the f85 items, now read
def test_giovana_loops_are_the_cost_they_leave():
    """The two loops and J = J/m + sum_theta/(2*m): the cost; a hand gradient of it is equivalent, one with λ not."""
    right = "grad = X' * (sigmoid(X * theta) - y) / m + [0; theta(2:end)] / m;"
    result = check(right, cost=GIO_COST, wrt="theta_j", let=GIO_LETS)
    assert result.verdict == "equivalent"
    assert any(note.startswith("read as Octave: the loop 'for j = 2: size(theta)' over theta's entries")
               and "sum_theta = sum_theta + sum(theta(2:end) .^ 2)" in note for note in result.notes)
    with_lambda = right.replace("[0; theta(2:end)] / m", "lambda * [0; theta(2:end)] / m")
    assert check(with_lambda, cost=GIO_COST, wrt="theta_j", let=GIO_LETS).verdict == "different"


def test_giovana_gradient_keeps_lambda_the_cost_forgot():
    result = check(GIO_GRAD, cost=GIO_COST, wrt="theta_j", let=GIO_LETS)
    assert result.verdict == "different"


def test_diancici_loops_leave_the_regularised_gradient():
    result = check(DIA_GRAD, cost=DIA_COST, wrt="theta_j", let=DIA_LETS)
    assert result.verdict == "equivalent"
    assert any(note.startswith("read as Octave: the loop 'for i=1:m' runs over every example, and it adds to J, grad")
               and "X' * (" in note for note in result.notes)
    assert any("adds to reg, grad once per entry from the second" in note for note in result.notes)
    assert any("the lines that set J, reg are left out" in note for note in result.notes)


def test_diancici_penalty_not_over_m_is_different():
    variant = DIA_GRAD.replace("grad(j)+ lambda*theta(j)/m;", "grad(j)+ lambda*theta(j);")
    assert check(variant, cost=DIA_COST, wrt="theta_j", let=DIA_LETS).verdict == "different"


def test_charlesfry_unused_reg_theta_is_left_out():
    variant = CHF_GRAD.replace("(lambda / m) * reg_theta", "(lambda / m) * theta")
    result = check(variant, cost=CHF_COST, wrt="theta_j", let=CHF_LETS)
    assert result.verdict == "different"
    assert any(ZEROED_COPY_MARK in note and "no line after uses reg_theta" in note for note in result.notes)
    # the real answer, reg_theta used, still reads (by the copy put in place)
    assert check(CHF_GRAD, cost=CHF_COST, wrt="theta_j", let=CHF_LETS).verdict == "equivalent"


# ------------------------------------------------------------------ guards: near-misses not read the new way
def _refused_cost(text: str, lets=GIO_LETS) -> InputError:
    with pytest.raises(InputError) as caught:
        derive(text, wrt="theta_j", let=lets)
    return caught.value


def test_a_loop_that_overwrites_j_is_no_sum():
    error = _refused_cost(GIO_COST.replace("J = J + (-y(i)", "J = (-y(i)"))
    assert "each example's value replaces the last one's, which is not a sum" in str(error)


def test_dividing_inside_the_loop_is_not_read_as_outside():
    text = GIO_COST.replace("1 - h_theta(i)));\nendfor", "1 - h_theta(i)));\n  J = J/m;\nendfor")
    error = _refused_cost(text.replace("J = J/m + sum_theta", "J = J + sum_theta"))
    assert "'J = J/m' does not add its value to J" in str(error)


def test_a_loop_to_m_minus_1_is_not_over_every_example():
    error = _refused_cost(GIO_COST.replace("for i = 1: m", "for i = 1: m-1"))
    assert "the loop runs to m-1, which does not say it is the number of examples" in str(error)


@pytest.mark.parametrize("text", [
    GIO_COST.replace("for i = 1: m", "for i = 2: m"),  # the first example left out
    GIO_COST.replace("for j = 2: size(theta)", "for j = 3: size(theta)"),  # from the third entry: not read
    GIO_COST.replace("for j = 2: size(theta)", "for j = 2: m"),  # a loop over the examples' count, not theta's
    GIO_COST.replace("sum_theta = sum_theta + theta(j) ^ 2", "sum_theta = theta(j) ^ 2"),  # overwritten each pass
    GIO_COST.replace("sum_theta + theta(j) ^ 2", "sum_theta + theta(j) ^ 2 * X(1,j)"),  # data in the term
    GIO_COST.replace("sum_theta + theta(j) ^ 2", "sum_theta + j*theta(j) ^ 2"),  # j bare
    GIO_COST.replace("sum_theta = sum_theta + theta(j) ^ 2;", "sum_theta = sum_theta + theta(j) ^ 2;\n"
                     "  sum_theta = sum_theta/2;"),  # halved each pass
])
def test_other_loops_stay_refused(text):
    _refused_cost(text)


def test_a_penalty_loop_from_one_penalises_the_intercept():
    """for j = 1:size(theta) reads the penalty over every entry: its gradient + θ/m, not + [0; θ(2:end)]/m."""
    cost = GIO_COST.replace("for j = 2: size(theta)", "for j = 1: size(theta)")
    whole = "grad = X' * (sigmoid(X * theta) - y) / m + theta / m;"
    assert check(whole, cost=cost, wrt="theta_j", let=GIO_LETS).verdict == "equivalent"
    skip = whole.replace("+ theta / m", "+ [0; theta(2:end)] / m")
    assert check(skip, cost=cost, wrt="theta_j", let=GIO_LETS).verdict == "different"


@pytest.mark.parametrize("text", [
    DIA_GRAD.replace("((h_theta - y(i)).* X(i,:))'/m", "((h_theta - y).* X(i,:))'/m"),  # the whole y each pass
    DIA_GRAD.replace("for i=1:m", "for i=2:m"),  # the first example left out
    DIA_GRAD.replace("% n*1 vector\nend", "% n*1 vector\n    grad = grad/m;\nend"),  # divided each pass
    DIA_GRAD.replace("grad = grad + ((h_theta", "grad = ((h_theta"),  # overwritten each pass
])
def test_diancici_near_misses_are_not_read_as_the_gradient(text):
    with pytest.raises(InputError):
        check(text, cost=DIA_COST, wrt="theta_j", let=DIA_LETS)


def test_a_gradient_start_other_than_zeros_is_not_read_as_the_sum():
    lets = tuple(let.replace("zeros(size(theta))", "ones(size(theta))") for let in DIA_LETS)
    with pytest.raises(InputError):
        check(DIA_GRAD, cost=DIA_COST, wrt="theta_j", let=lets)


def test_a_zeroed_copy_that_ends_the_lines_is_not_left_out():
    """reg_theta = theta; reg_theta(1) = 0; as the last lines: their value is the copy, never dropped for theta."""
    text = "grad = (1 / m) * X' * errors;\nreg_theta = theta;\nreg_theta(1) = 0;"
    with pytest.raises(InputError):
        check(text, cost=CHF_COST, wrt="theta_j", let=CHF_LETS)


def test_the_reading_makes_bounded_work():
    """The loops' reading is a few passes over the lines: a cap on the calls a warm check makes (about 50,000 at
    fixoct40), far above that count and far below a reading that went quadratic in the lines."""
    check(DIA_GRAD, cost=DIA_COST, wrt="theta_j", let=DIA_LETS)  # the caches a first call fills
    result, calls = calls_made(lambda: check(DIA_GRAD, cost=DIA_COST, wrt="theta_j", let=DIA_LETS))
    assert result.verdict == "equivalent"
    assert calls < 2_000_000


def test_a_vector_after_the_loop_is_read_whole():
    """test_fixf68b's loop from zeros, then grad/m + lambda/m*theta (refused before: its reading by entry j would mix
    with the vector θ): with whole vectors it is Xᵀ(h − y)/m + λθ/m, not the unpenalised cost's gradient (λ ≠ 0)."""
    cost, lets = "-(y' * log(h) + (1-y)' * log(1-h))/m", ("h = sigmoid(X*theta);",)
    loop = "grad = zeros(size(theta));\nfor i=1:m\n    grad = grad+(h(i)-y(i)).*X(i,:)';\nend\n"
    for X, y, theta in _points():
        m = len(y)
        numeric = central_differences(lambda t: _ce_sum(X, y, t) / m, theta)
        assert np.allclose(X.T @ (sigmoid(X @ theta) - y) / m, numeric, atol=1e-6)
        assert not np.allclose(X.T @ (sigmoid(X @ theta) - y) / m + LAM / m * theta, numeric, atol=1e-4)
    assert check(loop + "grad = grad/m + lambda/m*theta;", cost=cost, wrt="theta_j", let=lets).verdict == "different"
    assert check(loop + "grad = grad/m;", cost=cost, wrt="theta_j", let=lets).verdict == "equivalent"


def test_theta_indexed_by_the_example_is_not_read_as_a_vector():
    """theta(i) in a loop over the examples is an entry of the parameters, never the whole θ."""
    text = DIA_GRAD.replace("(h_theta - y(i)).* X(i,:)", "(h_theta - y(i) + theta(i)).* X(i,:)")
    with pytest.raises(InputError):
        check(text, cost=DIA_COST, wrt="theta_j", let=DIA_LETS)


def test_a_penalty_loop_to_n_reads_only_where_n_counts_the_features():
    """for j = 2:n is theta's entries where n is the features' count (logderiv's n, or n = size(X, 2)); where the
    lines set n = length(y), the examples' count, the loop is not read over theta's entries."""
    cost = GIO_COST.replace("for j = 2: size(theta)", "for j = 2: n")
    right = "grad = X' * (sigmoid(X * theta) - y) / m + [0; theta(2:end)] / m;"
    assert check(right, cost=cost, wrt="theta_j", let=GIO_LETS).verdict == "equivalent"
    assert check(right, cost="n = size(X, 2);\n" + cost, wrt="theta_j", let=GIO_LETS).verdict == "equivalent"
    with pytest.raises(InputError):
        derive("n = length(y);\n" + cost, wrt="theta_j", let=GIO_LETS)
