"""Silent misreads of fixredef38's new readings, found by audredef38, each refused now (a refusal is only a miss).

* ``y = y(:)`` (R's ``y <- as.matrix(y)``) makes y an m×1 column; dropped as "the same numbers", it was read as
  logderiv's y even where the texts keep one example per column (DeepLearning.AI's A and Y 1×m rows): there the
  writer's ``A - y`` broadcasts to an m×m matrix, no gradient, yet the verdict was "equivalent".
* R's split of one data set read where the data set's own name is one the texts use (``x <- X[,-1]`` beside a
  cost that writes ``X %*% theta``: the whole data set, its target column in it) or one the split re-binds
  (``X <- X[,-1]`` before ``y <- X[,1]``): the name was read as the data matrix, the slip hidden.
* A chain ``w = w <- v`` collapsed as an assignment: in Octave and Python ``w <- v`` is the comparison
  ``w < -v``; only the same operator twice (``=`` ``=``, ``<-`` ``<-``) is one assignment.

Every expectation is worked by hand and checked independently (NumPy with the code's own broadcasting, central
differences from tests/_numeric.py, Python's own parser), never copied from logderiv's output.
"""

from __future__ import annotations

import ast

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError
from _numeric import central_differences, sigmoid

# ---------------------------------------------------------------- y = y(:) where y is a 1×m row
COLUMNS_COST = "J = -sum(y .* log(A) + (1 - y) .* log(1 - A)) / m"
COLUMNS_LETS = ["A = sigmoid(w' * X + b)"]


def test_a_column_y_beside_a_row_of_activations_is_no_gradient():
    # Octave's y(:) is m×1; A = σ(wᵀX + b) is 1×m (X n×m): A - y broadcasts to m×m, X * (A - y)' is n×m
    generator = np.random.default_rng(7)
    n, m = 3, 5
    X, w, b = generator.normal(size=(n, m)), generator.normal(size=n), 0.3
    y = (generator.random(m) > 0.5).astype(float)
    A = sigmoid(w @ X + b)[None, :]
    written = X @ (A - y[:, None]).T / m
    assert written.shape == (n, m)  # not the n entries of ∂J/∂w

    def cost(v):
        a = sigmoid(v @ X + b)
        return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))

    assert np.allclose(X @ (sigmoid(w @ X + b) - y) / m, central_differences(cost, w), atol=1e-6)
    # with y kept a 1×m row (no y(:)) the same answer is the gradient: read so, as before
    kept = logderiv.check("dw = X * (A - y)' / m", cost=COLUMNS_COST, let=COLUMNS_LETS)
    assert kept.verdict == "equivalent"


@pytest.mark.parametrize("let", ["y = y(:)", "y <- as.matrix(y)"])
def test_a_column_y_is_refused_where_the_examples_are_columns(let):
    with pytest.raises(InputError) as raised:
        logderiv.check("dw = X * (A - y)' / m", cost=COLUMNS_COST, let=[*COLUMNS_LETS, let])
    assert "one example per column" in str(raised.value)
    assert raised.value.source == let and raised.value.label == "--let"


def test_a_column_y_is_still_read_where_the_examples_are_rows():
    # X m×n: y(:) is logderiv's m×1 y, the gradient Xᵀ(σ(Xθ) − y)/m (fixredef38's reading, kept)
    verdict = logderiv.check("grad = X' * (sigmoid(X * theta) - y) / m;",
                             cost="J = -sum(y .* log(sigmoid(X * theta)) + (1-y) .* log(1-sigmoid(X * theta))) / m;",
                             let=["y = y(:);"])
    assert verdict.verdict == "equivalent"


# ---------------------------------------------------------------- R's data-set split: the data set's own name
GW_COST = "mean((-y*log(sig))-((1-y)*log(1-sig)))"


def test_the_whole_data_set_in_the_model_is_not_the_gradient():
    # y <- X[,1]; x <- X[,-1]; sig <- sigmoid(X %*% theta): θ has ncol(X) entries, t(x) %*% (sig - y) one fewer
    generator = np.random.default_rng(11)
    m, k = 6, 4
    frame = generator.normal(size=(m, k))
    frame[:, 0] = (generator.random(m) > 0.5).astype(float)
    y, x, theta = frame[:, 0], frame[:, 1:], generator.normal(size=k)
    written = x.T @ (sigmoid(frame @ theta) - y) / m

    def cost(v):
        p = sigmoid(frame @ v)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    assert written.shape != central_differences(cost, theta).shape


@pytest.mark.parametrize("lets, answer", [
    # the cost's model multiplies the whole data set X (target column in it), the answer the features x
    (["y <- X[,1]", "x <- X[,-1]", "sig <- sigmoid(X%*%theta)"], "(t(x) %*% (sig-y)) / nrow(y)"),
    # X re-bound before y reads it: R's y is then X's first feature, not the target
    (["X <- as.matrix(X[,-1])", "y <- as.matrix(X[,1])", "sig <- sigmoid(X%*%theta)"], "(t(X) %*% (sig-y)) / nrow(y)"),
    # the data set named y: y <- y[,1] first leaves no data set for x
    (["y <- y[,1]", "x <- y[,-1]", "sig <- sigmoid(x%*%theta)"], "(t(x) %*% (sig-y)) / nrow(y)"),
])
def test_a_split_whose_data_set_name_is_used_is_not_read(lets, answer):
    with pytest.raises(InputError):
        logderiv.check(answer, cost=GW_COST, let=lets)


# ---------------------------------------------------------------- a chain of two different operators
def test_equals_then_arrow_is_a_comparison_in_python():
    statement = ast.parse("w = w <- v").body[0]
    assert isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Compare)


def test_a_chain_of_two_operators_is_not_collapsed():
    cost = "J = sum((X*theta - y).^2)/(2*m) + lambda*sum(w.^2)/(2*m)"
    with pytest.raises(InputError):
        logderiv.check("X'*(X*theta - y)/m + lambda*w/m", cost=cost, let=["w = w <- [0; theta(2:end)]"])
    # the same operator twice is Octave's (or R's) one assignment: read, as fixredef38 reads it
    for let in ("w = w = [0; theta(2:end)]", "w <- w <- [0; theta(2:end)]"):
        verdict = logderiv.check("X'*(X*theta - y)/m + lambda*w/m", cost=cost, let=[let])
        assert verdict.verdict == "equivalent"
        assert logderiv.check("X'*(X*theta - y)/m + lambda*theta/m", cost=cost, let=[let]).verdict == "different"


@pytest.mark.parametrize("lets, answer", [
    # the split binds x; the texts write X, a name R holds apart from x and the split does not bind
    (["y <- data[,1]", "x <- data[,-1]", "sig <- sigmoid(X%*%theta)"], "(t(X) %*% (sig-y)) / nrow(y)"),
    (["y <- data[,1]", "X <- data[,-1]", "sig <- sigmoid(x%*%theta)"], "(t(x) %*% (sig-y)) / nrow(y)"),
])
def test_a_split_whose_matrix_the_texts_do_not_use_is_not_read(lets, answer):
    with pytest.raises(InputError) as raised:
        logderiv.check(answer, cost=GW_COST, let=lets)
    assert str(raised.value) == "this R index is not read: R numbers from 1 and a negative index removes entries"


def test_r_as_vector_y_beside_a_row_recycles_and_is_read():
    # R: a 1×m matrix minus a vector of m entries is entry by entry along the row (recycled), so
    # y <- as.vector(y) keeps Y's layout: X %*% t(A - y) / m is ∂J/∂w (checked as NumPy's 1-D broadcasting does)
    generator = np.random.default_rng(5)
    n, m = 3, 6
    X, w, b = generator.normal(size=(n, m)), generator.normal(size=n), -0.2
    y = (generator.random(m) > 0.5).astype(float)
    A = sigmoid(w @ X + b)[None, :]
    written = (X @ (A - y).T / m).ravel()

    def cost(v):
        a = sigmoid(v @ X + b)
        return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))

    assert np.allclose(written, central_differences(cost, w), atol=1e-6)
    verdict = logderiv.check("X %*% t(A - y) / m", cost="-sum(y * log(A) + (1 - y) * log(1 - A)) / m",
                             let=["A <- sigmoid(t(w) %*% X + b)", "y <- as.vector(y)"])
    assert verdict.verdict == "equivalent"
    slipped = logderiv.check("X %*% t(y - A) / m", cost="-sum(y * log(A) + (1 - y) * log(1 - A)) / m",
                             let=["A <- sigmoid(t(w) %*% X + b)", "y <- as.vector(y)"])
    assert slipped.verdict == "different"
