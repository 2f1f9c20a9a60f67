"""fixcode7: code constructs read with a note — a 1×1 zero stacked on w[1:], the intercept column joined to the data.

Each expected verdict is worked out by hand beside it; none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"

# J = ½·mean((Xw − y)²) + λ/(2m)Σ_{k≥2}w_k²: ∂J/∂w = (Xᵀ(Xw − y) + λ[0; w₂…])/m (by hand: the penalty's
# derivative is λw_k/m for k ≥ 2 and 0 for the intercept's w₁)
RIDGE = "0.5 * np.mean((X @ w - y)**2) + lam/(2.*y.shape[0]) * np.sum(w[1:]**2)"


@pytest.mark.parametrize("zeroed, verdict", [
    ("np.r_[[[0.]], w[1:, :]]", EQ),    # the 1×1 zero on the column spelled out
    ("np.r_[0., w[1:]]", EQ),           # a float zero on a 1-D w
    ("np.r_[[0.], w[1:]]", EQ),
    # a 2-D zero stacks only on a 2-D w: the code runs only with w an n×1 column, w[1:] its rows after the first
    # (on a 1-D w NumPy raises), so it is the zeroed w as well (fixnp; before, refused: "w a column is not said")
    ("np.r_[[[0.]], w[1:]]", EQ),
    ("w", DIFF),                        # the intercept penalised: λw₁/m too many
])
def test_a_zero_stacked_on_w_without_its_first_entry(zeroed, verdict):
    answer = f"(1./y.shape[0]) * (X.T @ (X @ w - y) + lam * {zeroed})"
    result = check(answer, cost=RIDGE, wrt="w_j")
    assert result.verdict == verdict
    if zeroed.startswith("np.r_"):
        assert any("set to 0" in note and "np.r_" in note for note in result.notes)


@pytest.mark.parametrize("vector", [
    "np.r_[[[1.]], w[1:]]",     # a one on top: not the zeroed w
    "np.r_[0, w[1:, :]]",       # a 1-D zero on a column raises in NumPy
])
def test_other_stacks_are_still_refused(vector):
    with pytest.raises(InputError):
        check(f"(1./y.shape[0]) * (X.T @ (X @ w - y) + lam * {vector})", cost=RIDGE, wrt="w_j")


# ---------------------------------------------------------------- the intercept's column of ones joined to the data

# J = Σ(Xθ − y)²/(2m) with X the data WITH its ones column: ∂J/∂θ = Xᵀ(Xθ − y)/m (by hand)
@pytest.mark.parametrize("join", [
    "Xb = np.c_[np.ones(m), X]",
    "Xb = np.c_[np.ones((m, 1)), X]",
    "Xb = np.hstack((np.ones((m, 1)), X))",
    "Xb = np.concatenate([np.ones((m,1)), X], axis=1)",
    "Xb = np.column_stack((np.ones(len(X)), X))",
    "Xb = np.insert(X, 0, 1, axis=1)",
])
def test_numpy_joins_are_the_design_matrix(join):
    cost = "np.sum((Xb @ theta - y)**2)/(2*m)"
    right = check("Xb.T @ (Xb @ theta - y) / m", cost=cost, let=[join])
    assert right.verdict == EQ
    assert any("column of ones put first" in note for note in right.notes)
    # the 1/m dropped: off by the factor m
    assert check("Xb.T @ (Xb @ theta - y)", cost=cost, let=[join]).verdict == DIFF


@pytest.mark.parametrize("join", ["X = [ones(m, 1) X];", "X = [ones(m,1), X];", "X = [ones(size(X, 1), 1) X]"])
def test_octave_joins_in_place(join):
    cost = "sum((X*theta - y).^2)/(2*m)"
    assert check("X' * (X*theta - y) / m", cost=cost, let=[join]).verdict == EQ
    assert check("X' * (X*theta + y) / m", cost=cost, let=[join]).verdict == DIFF  # a sign slip on y


def test_r_cbind_is_the_design_matrix():
    result = check("t(Xa) %*% (Xa %*% theta - y) / m", cost="sum((Xa %*% theta - y)^2)/(2*m)", let=["Xa <- cbind(1, X)"])
    assert result.verdict == EQ
    assert any("cbind(1, X)" in note for note in result.notes)


def test_the_raw_data_beside_the_joined_is_refused():
    # X.T (no ones column) beside Xb (with it): X has one column fewer than Xb, and logderiv has one X
    with pytest.raises(InputError, match="written beside"):
        check("X.T @ (Xb @ theta - y) / m", cost="np.sum((Xb @ theta - y)**2)/(2*m)",
              let=["Xb = np.hstack((np.ones((m, 1)), X))"])


def test_a_column_of_twos_is_not_the_intercept():
    # np.c_[2*np.ones(m), X] is not the ones column: not read as X
    with pytest.raises(InputError):
        check("Xb.T @ (Xb @ theta - y) / m", cost="np.sum((Xb @ theta - y)**2)/(2*m)",
              let=["Xb = np.c_[2*np.ones(m), X]"])


# one feature x, theta = c(b, w): Xθ = b + w·x; J = −(1/m)Σ[y log a + (1−y) log(1−a)], a = σ(b + wx):
# ∂J/∂b = (1/m)Σ(a − y), ∂J/∂w = (1/m)Σ(a − y)x (by hand)
ANI = ["sigmoid <- function(x) 1/(1 + exp(-x))", "m <- nrow(matrix(x))", "X <- cbind(1,matrix(x))",
       "theta <- c(b, w)", "a <- sigmoid(X%*%theta)"]
CE = "-(1/m)*sum(y*log(a) + (1-y)*log(1-a))"


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("(1/m)*sum(a - y)", "b", EQ),
    ("(1/m)*sum((a - y)*x)", "w", EQ),
    ("(1/m)*sum(a - y)", "w", DIFF),       # the feature x lost
    ("sum(a - y)", "b", DIFF),             # the 1/m lost
])
def test_r_intercept_and_weight_joined(answer, wrt, verdict):
    result = check(answer, cost=CE, wrt=wrt, let=ANI)
    assert result.verdict == verdict
    assert any("b + w·x" in note for note in result.notes)


@pytest.mark.parametrize("lets", [
    ["X = np.c_[np.ones(m), x]", "theta = np.r_[b, w]", "a = 1/(1 + np.exp(-X @ theta))"],
    ["X = [ones(m, 1) x];", "theta = [b; w];", "a = 1 ./ (1 + exp(-X * theta));"],
])
def test_other_languages_join_intercept_and_weight(lets):
    assert check("(1/m)*sum((a - y)*x)", cost=CE, wrt="w", let=lets).verdict == EQ


def test_theta_used_beside_the_product_is_not_read_so():
    # theta also in the cost's penalty: the one-feature product reading is not taken (θ is then a vector of its own)
    with pytest.raises(InputError):
        check("(1/m)*sum(a - y)", cost=CE + " + sum(theta^2)", wrt="b", let=ANI)


# ---------------------------------------------------------------- R's own spellings: function(x), matrix(x)

def test_r_function_definition_is_read():
    result = check("(1/m)*sum(a - y)", cost=CE, wrt="b", let=ANI)
    assert any("function(x)" in note and "sigmoid(x) = 1/(1 + exp(-x))" in note for note in result.notes)


def test_r_function_with_braces_and_return():
    lets = ["sigmoid <- function(z) { return(1/(1 + exp(-z))) }", "a <- sigmoid(b + w*x)"]
    assert check("(1/m)*sum((a - y)*x)", cost=CE, wrt="w", let=lets).verdict == EQ


def test_a_capital_x_beside_a_joined_one_feature_is_refused():
    # Xb = [1 x] becomes logderiv's X: an X written elsewhere would be merged with it silently
    with pytest.raises(InputError, match="written beside"):
        check("X.T @ (Xb @ theta - y) / m", cost="np.sum((Xb @ theta - y)**2)/(2*m)",
              let=["Xb = np.c_[np.ones(m), x]"])
