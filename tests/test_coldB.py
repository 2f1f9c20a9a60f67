"""R code read as a dialect (issue 10, blind waves 13 and 14), count words, worded function parameters.

R's arithmetic on arrays is NumPy's (``*``, ``/``, ``^`` entry by entry; ``%*%`` the matrix product,
``t(A)`` the transpose), its indexing is not (``theta[-1]`` drops the FIRST entry, ``theta[2]`` is θ₂),
and its precedence is read as R computes it: ``1/2*length(y)`` is (1/2)·m. Every R reading is noted;
NumPy, Octave and plain text read as before. Expected gradients are worked out by hand (Xᵀ(Xθ − y)/m for
Σ(Xθ − y)²/(2m), m·Xᵀ(Xθ − y) for (m/2)Σ(Xθ − y)², …), written in Octave's or the plain spelling.
"""

from __future__ import annotations

import pytest

from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation import r_code

HALF_MSE_R = "sum((X %*% theta - y)^2) / (2*length(y))"
RIDGE_R = "(sum((X %*% theta - y)^2) + lambda * sum(theta[-1]^2)) / (2*length(y))"
#: by hand: ∇ of Σ(Xθ − y)²/(2m) is Xᵀ(Xθ − y)/m
HALF_MSE_GRADIENT = "X' * (X*theta - y) / m"


def _refused(call, column: int, *pieces: str) -> InputError:
    with pytest.raises(InputError) as caught:
        call()
    error = caught.value
    for piece in pieces:
        assert piece in error.message or piece in (error.hint or ""), (error.message, error.hint)
    assert error.column == column, (error.column, error.message)
    return error


def _noted(verdict, *pieces: str) -> None:
    for piece in pieces:
        assert any(piece in note for note in verdict.notes), (piece, verdict.notes)


# --- the matrix product, the transpose, the counts ----------------------------------------------------------


def test_r_matrix_product_and_transpose_are_read_and_noted():
    verdict = check("t(X) %*% (X %*% theta - y) / length(y)", cost=HALF_MSE_R)
    assert verdict.verdict == "equivalent"
    _noted(verdict, "read as R: A %*% B is the matrix product", "read as R: t(A) is the transpose")
    assert check(HALF_MSE_GRADIENT, cost=HALF_MSE_R).verdict == "equivalent"


def test_a_wrong_r_gradient_is_different():
    """Xᵀ(Xθ − y)/(2m) is half the gradient."""
    assert check("t(X) %*% (X %*% theta - y) / (2*length(y))", cost=HALF_MSE_R).verdict == "different"


def test_r_star_of_two_arrays_is_entrywise_so_refused_in_r_words():
    """R's * is entry by entry: t(X) * r is no matrix product (R itself stops: non-conformable)."""
    _refused(lambda: check("t(X) * (X %*% theta - y) / m", cost=HALF_MSE_R), 5, "in R '*'", "%*%")


@pytest.mark.parametrize("count", ["nrow(X)", "length(y)"])
def test_r_counts_of_the_examples(count):
    verdict = check(HALF_MSE_GRADIENT, cost=f"sum((X %*% theta - y)^2) / (2*{count})")
    assert verdict.verdict == "equivalent"


# --- precedence: 1/2*m is (1/2)·m --------------------------------------------------------------------------


def test_r_one_half_times_m_is_m_over_two_noted():
    """(1/2*m)·rᵀr = (m/2)Σr²: by hand its gradient is m·Xᵀ(Xθ − y), not Xᵀ(Xθ − y)/m."""
    cost = "(1/2*length(y)) * t(X %*% theta - y) %*% (X %*% theta - y)"
    right = check("m * t(X) %*% (X %*% theta - y)", cost=cost)
    assert right.verdict == "equivalent"
    _noted(right, "(1/2)·length(y)", "left to right")
    assert check("t(X) %*% (X %*% theta - y) / length(y)", cost=cost).verdict == "different"


# --- indexing: theta[-1] drops the first entry; theta[k] is θₖ ---------------------------------------------


def test_r_negative_index_leaves_the_intercept_out_of_the_penalty():
    """By hand: ∇ = (Xᵀ(Xθ − y) + λ[0; θ₂…θₙ])/m."""
    verdict = check("(t(X) %*% (X %*% theta - y) + lambda * c(0, theta[-1])) / length(y)", cost=RIDGE_R)
    assert verdict.verdict == "equivalent"
    _noted(verdict, "without its FIRST entry", "c(0, theta[-1]) is theta with its first entry")
    assert check("X' * (X*theta - y) / m + lambda/m * [0; theta(2:end)]", cost=RIDGE_R).verdict == "equivalent"
    assert check("(t(X) %*% (X %*% theta - y) + lambda * theta) / length(y)", cost=RIDGE_R).verdict == "different"


def test_the_negative_index_of_an_r_cost_reaches_a_let_defined_model():
    """abhishek's cost: no %*% in it, but its --let's body is R, so theta[-1] is R's too."""
    cost = "(sum((hypothesis(x, theta) - y) ^ 2) + (lambda * sum(theta[-1] ^ 2))) / (2 * length(y))"
    verdict = check("(t(x) %*% (x %*% theta - y) + lambda * c(0, theta[-1])) / length(y)", cost=cost,
                    let=("hypothesis(x, theta) = x %*% theta",))
    assert verdict.verdict == "equivalent"


def test_numpy_negative_index_is_not_read_as_r():
    """NumPy's theta[-1] is the LAST entry: with no R mark it stays refused, never read as θ without θ₁."""
    with pytest.raises(InputError):
        derive("np.sum((X @ theta - y)**2)/(2*m) + lambda * theta[-1]**2")


def test_r_positive_index_counts_from_one():
    edits, _ = r_code.edits("theta[2] %*% X", label="COST")
    assert ("theta(2)" in [replacement for _, _, replacement, _ in edits])
    derivation = derive("sum((X %*% theta - y)^2) / (2*m) + theta[2]^2")
    assert any("R numbers from 1" in note for note in derivation.notes), derivation.notes


@pytest.mark.parametrize("cost, column, piece", [
    ("sum((X %*% theta - y)^2)/(2*m) + lambda * y[-1]^2", 43, "R index is not read"),
    ("(1/m) * sum((X %*% theta - y)^2) + lambda*sum(theta[2:3])", 51, "R index is not read"),
])
def test_r_indexing_not_known_is_refused(cost, column, piece):
    _refused(lambda: derive(cost), column, piece)


def test_r_combine_other_than_a_number_first_is_refused():
    """c(1, theta[-1]) puts 1 in the intercept's slot (read since fixcode6: λ/m on θ₁, which RIDGE_R's
    gradient has not, so different); c(b, theta[-1]) joins a name: not read (refused at the c), never guessed."""
    assert check("(t(X) %*% (X %*% theta - y) + lambda * c(1, theta[-1])) / m", cost=RIDGE_R).verdict == "different"
    _refused(lambda: check("(t(X) %*% (X %*% theta - y) + lambda * c(b, theta[-1])) / m", cost=RIDGE_R),
             39, "R's c(…)")


# --- <- assignment ------------------------------------------------------------------------------------------

YCNG_LETS = ("m <- length(y);", "h <- sigmoid(X %*% theta)", "y0 <- t(y) %*% log(h)", "y1 <- t(1 - y) %*% log(1 - h)")


def test_r_assignment_lets_define_the_cost():
    """(−yᵀlog h − (1−y)ᵀlog(1−h))/m is the mean cross-entropy: by hand ∇ = Xᵀ(σ(Xθ) − y)/m."""
    verdict = check("X' * (sigmoid(X*theta) - y) / m", cost="(-y0 - y1) / m", let=YCNG_LETS)
    assert verdict.verdict == "equivalent"
    _noted(verdict, "read as R: y0 <- value assigns")
    assert check("X' * (sigmoid(X*theta) - y)", cost="(-y0 - y1) / m", let=YCNG_LETS).verdict == "different"


def test_r_assignment_as_a_cost_head():
    derivation = derive("J <- sum((X %*% theta - y)^2) / (2*m)")
    assert any("J <- value assigns" in note for note in derivation.notes), derivation.notes


def test_a_comparison_is_not_an_assignment():
    """'h = a <- b' has its '=' first: the '<-' is no assignment (left to the readers, refused)."""
    assert r_code.assignment("h = a <- b") is None
    assert r_code.assignment("h <- sigmoid(X %*% theta)") is not None


@pytest.mark.parametrize("text", ["X' * (h - y) / m", "X.T @ (h - y) / m", "1/m * sum((h - y) x_j)"])
def test_other_dialects_are_not_r(text):
    assert not r_code.is_r(text)
    assert check(text, cost="logistic").verdict == "equivalent"


def test_t_of_x_without_an_r_mark_is_not_a_transpose():
    """t(X) in a text with no R mark stays what it was: not read as Xᵀ."""
    with pytest.raises(InputError):
        derive("t(X) * (h - y) / m")


# --- count words, worded parameters ---------------------------------------------------------------------------


def test_ndata_counts_the_examples():
    verdict = check("t(X)%*%(X%*%theta-y)/ndata", cost="sum((X%*%theta-y)^2)/(2*ndata)")
    assert verdict.verdict == "equivalent"
    _noted(verdict, "ndata names the number of examples")


def test_a_let_defined_ndata_is_its_let():
    """ndata defined with --let is that value (here 2m), not the count word."""
    verdict = check(HALF_MSE_GRADIENT, cost="sum((X%*%theta-y)^2)/ndata", let=("ndata = 2*m",))
    assert verdict.verdict == "equivalent"


SIGMOID_SQUARED = "(1 / (2 * trainingExamples)) * sum((sigmoidFunction(X * theta) - y) .^ 2)"
SIGMOID_LETS = ("trainingExamples = length(y);", "sigmoidFunction(matrix) = (1 ./ (1 + exp(-matrix)))")


def test_a_worded_parameter_is_renamed_noted():
    """The squared error of σ: by hand ∇ = Xᵀ[(σ − y)∘σ∘(1 − σ)]/m; without σ′ it is different."""
    right = check("X' * ((sigmoid(X*theta) - y) .* sigmoid(X*theta) .* (1 - sigmoid(X*theta))) / m",
                  cost=SIGMOID_SQUARED, let=SIGMOID_LETS)
    assert right.verdict == "equivalent"
    _noted(right, "the parameter 'matrix' of sigmoidFunction(matrix)")
    wrong = check("(1 / trainingExamples) * (X' * (sigmoidFunction(X * theta) - y))", cost=SIGMOID_SQUARED,
                  let=SIGMOID_LETS)
    assert wrong.verdict == "different"


def test_a_notation_word_parameter_is_kept():
    """h(theta) = … keeps its theta: the notation's own word is not a parameter to rename."""
    from logderiv.notation.pasted import _worded_parameter

    assert _worded_parameter("h(theta) = sigmoid(X * theta)") is None
    assert _worded_parameter("g(value) = 1 ./ (1 + exp(-value))")[0] == "g(z) = 1 ./ (1 + exp(-z))"
