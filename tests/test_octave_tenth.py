"""Octave/MATLAB exercise code as students hand it in, tenth round (issue 10).

Continued lines (``...  % comment``), row vectors h = sigmoid(z)', counts from size(X, 2), the
penalty's copy of θ without its intercept. Each reading is said in a note; the expected gradients
are worked out by hand and, before a verdict is asserted, confirmed against central finite
differences of the cost written here in NumPy (X m×n with a column of ones, y m×1, θ₁ the intercept).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _finite_difference
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(10)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _assert_is_gradient(cost, gradient, size):
    """The hand-derived ``gradient`` is ∂cost (finite differences at a few random points)."""
    for _ in range(3):
        w = RNG.normal(size=size)
        assert np.allclose(gradient(w), _finite_difference(cost, w), rtol=1e-5, atol=1e-7)


X = np.hstack([np.ones((6, 1)), RNG.normal(size=(6, 2))])
Y = RNG.integers(0, 2, size=6).astype(float)
M, N = X.shape
LAM = 0.7


def _logistic_mean(theta):
    h = _sigmoid(X @ theta)
    return -np.mean(Y * np.log(h) + (1 - Y) * np.log(1 - h))


def _logistic_gradient(theta):
    return X.T @ (_sigmoid(X @ theta) - Y) / M


# --- '...' continues a line; a '% comment' after it is dropped ------------------------------------------------

CONTINUED = (
    "sum(  (y-1).*log(1-h) - y.*log(h) )/m ...    % unregularized cost\n"
    "    + lambda/(2*m)*(theta(2:end)'*theta(2:end))"
)


def _continued_cost(theta):
    return _logistic_mean(theta) + LAM / (2 * M) * np.sum(theta[1:] ** 2)


def _continued_gradient(theta):
    return _logistic_gradient(theta) + LAM / M * np.concatenate([[0.0], theta[1:]])


def test_continuation_with_a_comment_is_one_statement():
    """'...   % unregularized cost' then a new line: one cost, the penalty from θ₂ on (FD-checked gradient)."""
    _assert_is_gradient(_continued_cost, _continued_gradient, N)
    lets = ["h = sigmoid(X*theta);"]
    right = check("X'*(h-y)/m + [0; lambda/m*theta(2:end)]", cost=CONTINUED, let=lets)
    assert right.verdict == "equivalent"
    assert any("continues the Octave statement" in note and "unregularized cost" in note for note in right.notes)
    # the intercept penalised too: not this cost's gradient
    assert check("X'*(h-y)/m + lambda/m*theta", cost=CONTINUED, let=lets).verdict == "different"


def test_continuation_without_a_comment():
    """A bare '...' at a line's end continues the statement too, noted."""
    derivation = derive("sum((h - y).^2)/(2*m) ...\n + lambda/(2*m)*(theta'*theta)", let=["h = X*theta;"])
    assert any("continues the Octave statement" in note for note in derivation.notes)
    lets = ["h = X*theta;"]
    cost = "sum((h - y).^2)/(2*m) ...\n + lambda/(2*m)*(theta'*theta)"
    _assert_is_gradient(
        lambda t: np.sum((X @ t - Y) ** 2) / (2 * M) + LAM / (2 * M) * np.sum(t**2),
        lambda t: X.T @ (X @ t - Y) / M + LAM / M * t,
        N,
    )
    assert check("X'*(h - y)/m + lambda/m*theta", cost=cost, let=lets).verdict == "equivalent"
    assert check("X'*(h - y)/m", cost=cost, let=lets).verdict == "different"


def test_ellipsis_between_plus_signs_is_not_a_continuation():
    """'+ ...' then '+ theta_n x_n': an operator on both sides, so not blanked into '+ +' (which would read
    θ₁x₁ + θₙxₙ and lose the terms between): refused as it was, with a caret."""
    with pytest.raises(InputError) as caught:
        derive("sum_i (theta_1 x_1^(i) + ...\n + theta_n x_n^(i) - y^(i))^2")
    assert caught.value.column is not None


# --- a 1×m row of values per example: h = sigmoid(z)', sigmoid(transpose(X*theta)), 1./(1+exp(-theta'*X')) ---------

ROW_COST = "1 / m * (- log(h) * y - log(1 - h) * (1 - y))"
ROW_LETS = ["z = X * theta;", "h = sigmoid(z)';"]


def _row_cost(theta):
    """The cost as the Octave file computes it, with h a 1×m row: log(h) @ y is a row times a column, a number."""
    h = _sigmoid(X @ theta)[None, :]
    return float((-np.log(h) @ Y[:, None] - np.log(1 - h) @ (1 - Y)[:, None]).item()) / M


def test_row_h_times_a_column_is_a_sum_over_the_examples():
    """h = sigmoid(z)' is 1×m, so log(h) * y is Σᵢ log(h⁽ⁱ⁾) y⁽ⁱ⁾: the mean logistic loss (noted)."""
    assert np.isclose(_row_cost(np.array([0.3, -0.2, 0.5])), _logistic_mean(np.array([0.3, -0.2, 0.5])))
    _assert_is_gradient(_row_cost, _logistic_gradient, N)
    derivation = derive(ROW_COST, let=ROW_LETS)
    assert any("1×m row" in note and "h⁽ⁱ⁾" in note for note in derivation.notes)
    assert any("log(h) y = Σᵢ" in note for note in derivation.notes)
    # the transpose back: x' * (h' - y) / m is the gradient; without h' the shapes do not fit (1×m − m×1)
    verdict = check("1 / m *  X' *  (h' - y)", cost=ROW_COST, let=ROW_LETS)
    assert verdict.verdict == "equivalent"
    assert any("1×m row" in note for note in verdict.notes)
    assert check("X' * (h' - y)", cost=ROW_COST, let=ROW_LETS).verdict == "different"


def test_row_h_minus_a_column_is_refused_with_a_caret():
    """h − y of the 1×m row h and the m×1 column y: Octave broadcasts it to an m×m matrix; refused, not read."""
    with pytest.raises(InputError) as caught:
        derive("1 / m * sum(-y .* log(h) - (1 - y) .* log(1 - h)) + sum(h - y)", let=ROW_LETS)
    assert "1×m" in str(caught.value) and "m×1" in str(caught.value)
    assert caught.value.column is not None
    with pytest.raises(InputError):
        check("1 / m * X' * (h - y)", cost=ROW_COST, let=ROW_LETS)


def test_row_times_row_is_refused():
    """log(h) * y' of two 1×m rows is no product at all: refused."""
    with pytest.raises(InputError) as caught:
        derive("1 / m * (- log(h) * y' - log(1 - h) * (1 - y'))", let=ROW_LETS)
    assert caught.value.column is not None


REG_ALL = "1 / m * (-log(h) * y - log(1 - h) * (1 - y)) + lambda / 2 / m * transpose(theta) * theta"
REG_ALL_LETS = ["h = sigmoid(transpose(X * theta));"]


def test_transpose_call_row_and_a_penalty_on_every_entry():
    """sigmoid(transpose(X*theta)) is the row; transpose(theta) * theta covers every θ, the intercept too."""
    cost = lambda t: _logistic_mean(t) + LAM / (2 * M) * t @ t  # noqa: E731
    _assert_is_gradient(cost, lambda t: _logistic_gradient(t) + LAM / M * t, N)
    answer = "1 / m * transpose(X) * (transpose(h) - y) + lambda / m * theta"
    assert check(answer, cost=REG_ALL, let=REG_ALL_LETS).verdict == "equivalent"
    # leaving the intercept out is not this cost's gradient (θᵀθ is a norm: no numbering question)
    unpenalised = "1 / m * transpose(X) * (transpose(h) - y) + lambda / m * [0; theta(2:end)]"
    assert check(unpenalised, cost=REG_ALL, let=REG_ALL_LETS).verdict == "different"


INLINE = "1./m*sum((-y'.*log(1./(1+exp(-theta'*X'))))-((1-y)'.*log(1-1./(1+exp(-theta'*X')))))"


def test_inline_sigmoid_of_a_row():
    """1./(1+exp(-theta'*X')) is σ(Xθ) as a 1×m row, ./ entry by entry: the mean logistic loss."""
    derivation = derive(INLINE)
    assert any("Σᵢ" in note for note in derivation.notes)
    assert check("1./m*(1./(1+exp(-theta'*X')) -y')*X", cost=INLINE).verdict == "equivalent"
    assert check("(1./(1+exp(-theta'*X')) -y')*X", cost=INLINE).verdict == "different"


def test_matrix_divide_by_a_row_stays_refused():
    """1/(1+exp(-theta'*X')) with '/' is Octave's mrdivide (a least-squares solve), not 1./: not read."""
    with pytest.raises(InputError) as caught:
        derive("1/m*sum(-y'.*log(1/(1+exp(-theta'*X'))) - (1-y)'.*log(1-1/(1+exp(-theta'*X'))))")
    assert caught.value.column is not None
    assert "mrdivide" in (caught.value.hint or "")


# --- the penalty's copy of θ without the intercept: th = theta; th(1) = 0; and its spellings -------------------------

LOGISTIC = "(-y' * log(h) - (1-y') * log(1-h))/m"
H_LET = "h = 1 ./ (1 + exp(-X* theta));"


def _half_lambda_cost(theta):
    return _logistic_mean(theta) + LAM / 2 * np.sum(theta[1:] ** 2)


def _half_lambda_gradient(theta):
    return _logistic_gradient(theta) + LAM * np.concatenate([[0.0], theta[1:]])


@pytest.mark.parametrize("copy", [
    ["th = theta; th(1) = 0;"],                       # one line, two statements (Zaragoza's CosteLogReg.m)
    ["th = theta;", "th(1) = 0;"],
    ["th = theta;", "th(1,1) = 0;"],                  # the first entry of the n×1 column, by row and column
    ["th = theta;", "th(1, :) = 0; % keep the bias out"],
])
def test_copy_with_the_first_entry_zeroed(copy):
    """The copy is [0; theta(2:end)]: (λ/2) th'th leaves θ₁ out, and its gradient is λ·th (FD-checked)."""
    _assert_is_gradient(_half_lambda_cost, _half_lambda_gradient, N)
    cost = LOGISTIC + " + (lambda/2) * (th' * th)"
    lets = [H_LET, *copy]
    verdict = check("X' * (h-y) / m + lambda * th", cost=cost, let=lets)
    assert verdict.verdict == "equivalent"
    assert any("first entry" in note and "set to 0" in note for note in verdict.notes)
    assert check("X' * (h-y) / m + lambda * theta", cost=cost, let=lets).verdict == "different"


def test_copy_with_the_first_entry_deleted():
    """theta_rest = theta; theta_rest(1,:) = []; % comment: theta(2:end), the penalty without the intercept."""
    cost = "J = 1/(2*m).*(h - y)' * (h - y) + lambda/(2*m).*theta_rest'*theta_rest;"
    lets = ["h = X*theta;", "theta_rest = theta;", "theta_rest(1,:) = []; % minus bias, remove first row"]
    _assert_is_gradient(
        lambda t: np.sum((X @ t - Y) ** 2) / (2 * M) + LAM / (2 * M) * np.sum(t[1:] ** 2),
        lambda t: X.T @ (X @ t - Y) / M + LAM / M * np.concatenate([[0.0], t[1:]]),
        N,
    )
    verdict = check("X' * (h - y) / m + lambda / m * [0; theta(2:end)]", cost=cost, let=lets)
    assert verdict.verdict == "equivalent"
    assert any("deletes the first entry" in note for note in verdict.notes)
    assert check("X' * (h - y) / m + lambda / m * theta", cost=cost, let=lets).verdict == "different"


def test_copy_zeroed_beside_a_count_let():
    """m = length(y); beside thetaT = theta; thetaT(1) = 0;: the count sent the check down a path that read the
    copy raw and refused it; the answer λ/m·thetaT is the gradient, λ/(2m)·thetaT is not."""
    lets = ["m = length(y);", "h=sigmoid(X * theta);", "thetaT = theta;", "thetaT(1) = 0;"]
    cost = "sum(-y .* log(h) - (1 - y) .* log(1 - h)) / m + sum(thetaT .^ 2) * (lambda / (2 * m))"
    _assert_is_gradient(
        lambda t: _logistic_mean(t) + LAM / (2 * M) * np.sum(t[1:] ** 2),
        lambda t: _logistic_gradient(t) + LAM / M * np.concatenate([[0.0], t[1:]]),
        N,
    )
    assert check("(X' * (h - y)) * (1/m) + thetaT * (lambda / m)", cost=cost, let=lets).verdict == "equivalent"
    assert check("(X' * (h - y)) * (1/m) + thetaT * (lambda / (2 * m))", cost=cost, let=lets).verdict == "different"


def test_a_line_of_statements_that_are_not_all_assignments_is_not_split():
    """'[0; theta(2:end)]' holds a ';' inside brackets: one value, not two statements."""
    verdict = check("X' * (h-y) / m + lambda * th", cost=LOGISTIC + " + (lambda/2) * (th' * th)",
                    let=[H_LET, "th = [0; theta(2:end)];"])
    assert verdict.verdict == "equivalent"


# --- N = size(X,2) beside X*theta: the columns of an m×n X, the n features ------------------------------------------

N_LETS = ["N = size(X,2);", H_LET]
N_COST = "(-y' * log(h) - (1-y') * log(1-h))/N"


def test_size_x_2_beside_x_theta_is_the_feature_count():
    """X * theta makes X m×n, so size(X,2) is n: the summed cross-entropy over n, as the file computes (noted)."""
    summed = lambda t: M * _logistic_mean(t) / N  # noqa: E731
    _assert_is_gradient(summed, lambda t: X.T @ (_sigmoid(X @ t) - Y) / N, N)
    derivation = derive(N_COST, let=N_LETS)
    assert any("N = size(X,2)" in note and "read as n" in note for note in derivation.notes)
    assert check("X' * (h-y) / N", cost=N_COST, let=N_LETS).verdict == "equivalent"
    assert check("X' * (h-y) / m", cost=N_COST, let=N_LETS).verdict == "different"
    # graded against the usual mean logistic cost, /n is not /m
    assert check("X' * (h-y) / N", cost="logistic", let=N_LETS).verdict == "different"


def test_size_x_2_with_theta_transposed_times_x_is_not_read_as_n():
    """theta' * X makes X n×m: its columns are the examples there, m (DeepLearning.AI's layout), never n."""
    derivation = derive("-sum(y .* log(h) + (1 - y) .* log(1 - h)) / N",
                        let=["N = size(X,2);", "h = sigmoid(theta' * X);"])
    assert not any("read as n" in note for note in derivation.notes)
    assert any("N = size(X,2)" in note and "read as m" in note for note in derivation.notes)


# --- theta(1) (the intercept, numbered from 1) in a penalty let; ones(1, length(theta)) * v ---------------------------

def _ridge_without_intercept(theta):
    return np.sum((X @ theta - Y) ** 2) / (2 * M) + LAM / (2 * M) * (theta @ theta - theta[0] ** 2)


def _ridge_without_intercept_gradient(theta):
    return X.T @ (X @ theta - Y) / M + LAM / M * np.concatenate([[0.0], theta[1:]])


def test_penalty_let_of_theta_theta_less_theta_1_squared_is_a_number():
    """reg = λ/(2m)(θᵀθ − θ(1)²) uses only θ: one number, not a value per example (it was read m×1 and refused)."""
    _assert_is_gradient(_ridge_without_intercept, _ridge_without_intercept_gradient, N)
    cost = "J = 1 / (2 * m) * sum((X * theta - y) .^2) + reg;"
    lets = ["reg = lambda / (2 * m) * (theta' * theta - theta(1)^2);"]
    derivation = derive(cost, let=lets)
    assert any("theta(1) is the entry θ₁" in note for note in derivation.notes)
    assert check("X' * (X * theta - y) / m + lambda / m * [0; theta(2:end)]", cost=cost, let=lets).verdict \
        == "equivalent"
    assert check("X' * (X * theta - y) / m + lambda / m * theta", cost=cost, let=lets).verdict == "different"


def test_row_of_ones_as_long_as_theta_sums_the_entries():
    """ones(1, length(theta)) * (theta .^ 2) is Σₖ θₖ² (noted); with θ(1)² taken off, the penalty leaves θ₁ out."""
    cost = "J = 1 / (2 * m) * sum((X * theta - y) .^2) + (ones(1, length(theta)) * (theta .^ 2) - theta(1) ^ 2) * lambda / (2 * m);"
    derivation = derive(cost)
    assert any("ones(1, length(theta))" in note and "sum(v)" in note for note in derivation.notes)
    assert check("X' * (X * theta - y) / m + lambda / m * [0; theta(2:end)]", cost=cost).verdict == "equivalent"


def test_row_of_ones_as_long_as_theta_times_data_is_not_summed():
    """ones(1, length(theta)) * (X * theta) is 1×n times m×1: not rewritten into a sum; refused."""
    with pytest.raises(InputError):
        derive("ones(1, length(theta)) * (X * theta - y) / m")


# --- mask = ones(size(theta)); mask(1) = 0;: the n×1 mask (0, 1, …, 1) -------------------------------------------------

MASK_COST = "J = 1 / (2 * m) * sum((X * theta - y) .^2) + reg;"
MASK_LETS = ["reg = lambda / (2 * m) * (theta' * theta - theta(1)^2);", "mask = ones(size(theta));", "mask(1) = 0;"]


def test_ones_mask_with_the_first_entry_zeroed():
    """theta .* mask is θ with θ₁ set to 0: λ/m·(θ .* mask) is the penalty's gradient (FD-checked); λ/m·θ is not."""
    _assert_is_gradient(_ridge_without_intercept, _ridge_without_intercept_gradient, N)
    verdict = check("grad = 1 / m * ((X * theta - y)' * X)' + lambda / m * (theta .* mask);", cost=MASK_COST,
                    let=MASK_LETS)
    assert verdict.verdict == "equivalent"
    assert any("mask = ones(size(theta))" in note and "first set to 0" in note for note in verdict.notes)
    wrong = check("grad = 1 / m * ((X * theta - y)' * X)' + lambda / m * (theta .* mask) + lambda / m * theta;",
                  cost=MASK_COST, let=MASK_LETS)
    assert wrong.verdict == "different"


def test_ones_mask_with_its_first_entry_deleted_is_not_a_slice():
    """mask(1) = [] of a mask of ones is no copy of θ: never read as theta(2:end)."""
    lets = ["reg = lambda / (2 * m) * (theta' * theta - theta(1)^2);", "mask = ones(size(theta));", "mask(1) = [];"]
    with pytest.raises(InputError):
        check("grad = 1 / m * ((X * theta - y)' * X)' + lambda / m * (theta .* mask);", cost=MASK_COST, let=lets)
