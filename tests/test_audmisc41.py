"""audmisc41: silent misreads found in fixmisc41's new readings, each with its by-hand meaning and an independent check.

1. R's ``v %*% -y`` was let through to the old inner-product reading whenever ``t(`` stood anywhere in v's text
   (``sqrt(`` ends so): ``log(sqrt(sigmoid(X %*% theta))) %*% -y`` is, in R, the m×m outer product (sigmoid(X %*%
   theta) is an m×1 matrix, sqrt and log keep its shape), exactly as the unsquared line the fixer refuses; it was
   read as the inner product Σᵢ −yᵢ log √σᵢ. Only a v that is itself a transpose t(…) says it is a row.
2. An Octave body's line ``grad(j)=0, J=J+theta(j)^2;`` (two statements, a comma between) was blanked as one that
   only sets grad, dropping J's penalty: J = (1/m)[Σ cross-entropy + Σⱼθⱼ²] was read without Σⱼθⱼ², and the
   unpenalised gradient judged 'equivalent'.
3. A loop of grad's lines whose index is read after it in another loop's range (``for k=j:n``) was dropped: j's
   value there (n, its last) lost.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation.gradient_lines import without_gradient_lines

RNG = np.random.default_rng(41041)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_r_outer_product_is_not_let_through_by_a_t_inside_another_name():
    """R: an m×1 matrix %*% a vector of length m is m×m (checked here with NumPy's rule R follows: the vector made a
    1×m row); the text's value is no number, so no inner-product reading may stand."""
    m = 4
    col = np.log(np.sqrt(_sigmoid(RNG.normal(size=(m, 1)))))
    assert (col @ -RNG.normal(size=m).reshape(1, m)).shape == (m, m)
    for text in ("log(sqrt(sigmoid(X %*% theta))) %*% -y", "sqrt(sigmoid(X %*% theta)) %*% y"):
        with pytest.raises(InputError) as caught:
            derive(text, wrt="theta_j")
        assert "m×m outer product" in str(caught.value)
        assert caught.value.column == text.rindex("%*%")


def test_r_a_real_transpose_is_still_left_to_the_matrix_reader():
    result = derive("t(log(g)) %*% -y - t(1 - g) %*% (1-y)", wrt="theta_j", let=("g = sigmoid(X %*% theta)",))
    assert not any("labels on the right" in note for note in result.problem.notes)


LETS = ("m = length(y);", "J = 0;", "grad = zeros(size(theta));")
COMMA = ("for i=1:m\n  J=J-y(i)*log(sigmoid(X(i,:)*theta))-(1-y(i))*log(1-sigmoid(X(i,:)*theta));\nend\n"
         "for j=1:n\n  grad(j)=0, J=J+theta(j)^2;\nend\nJ=J/m;")


def _comma_cost(X, y):
    def cost(t):
        h = _sigmoid(X @ t)
        return float((-(y @ np.log(h)) - (1 - y) @ np.log(1 - h) + t @ t) / len(y))
    return cost


def test_a_grad_line_with_another_statement_after_a_comma_is_not_dropped():
    """J = (1/m)[−Σ yᵢ log hᵢ + (1 − yᵢ) log(1 − hᵢ) + Σⱼ θⱼ²]: ∇J = Xᵀ(h − y)/m + 2θ/m (finite differences)."""
    X, y, theta = RNG.normal(size=(5, 3)), (RNG.random(5) > 0.5).astype(float), RNG.normal(size=3)
    hand = X.T @ (_sigmoid(X @ theta) - y) / 5 + 2 * theta / 5
    assert np.allclose(_fd(_comma_cost(X, y), theta), hand, atol=1e-6)
    assert without_gradient_lines(COMMA) is None
    unpenalised = "transpose(X) * (sigmoid(X*theta) - y) / m"
    try:
        verdict = check(unpenalised, cost=COMMA, wrt="theta_j", let=LETS).verdict
    except InputError:
        return  # a refusal is only a miss
    assert verdict == "different"


def test_a_dropped_loops_index_read_in_a_later_loops_range_keeps_the_loop():
    body = ("for i=1:m\n  J=J+(X(i,:)*theta-y(i))^2;\nend\nfor j=1:n\n  grad(j)=1;\nend\n"
            "for k=j:n\n  J=J+theta(k)^2;\nend\nJ=J/m;")
    assert without_gradient_lines(body) is None


def test_a_let_defined_matrix_on_the_left_of_at_y_keeps_mains_reading():
    """--let Xt = X.T (n×m): Xt @ y is Xᵀy, so (Xt @ h − Xt @ y)/m is Xᵀ(h − y)/m, the mean cross-entropy's gradient
    (checked here by finite differences); fixmisc41 rewrote Xt @ y as Xt.T @ y = X y and refused it by shape (main read
    it right). A capital name is a matrix by the notation's convention: not this reading's operand."""
    m, n = 5, 3
    X, y, theta = RNG.normal(size=(m, n)), (RNG.random(m) > 0.5).astype(float), RNG.normal(size=n)

    def mean_cross_entropy(t):
        h = _sigmoid(X @ t)
        return float(-(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m)
    Xt, h = X.T, _sigmoid(X @ theta)
    assert np.allclose(_fd(mean_cross_entropy, theta), (Xt @ h - Xt @ y) / m, atol=1e-6)
    lets = ("Xt = X.T", "h = sigmoid(X @ theta)")
    assert check("(Xt @ h - Xt @ y) / m", cost="logistic", wrt="theta_j", let=lets).verdict == "equivalent"


def test_r_a_bracketed_transpose_is_still_a_row():
    """f58-r-costregfunc-optim's (t(log(g))) %*% y: a bracket round t(…) is still a 1×m row, the inner product (main
    read it right; the first narrowing refused it). Rated by the corpus judge; here only that it is not refused so."""
    text = "-(1/m)*((t(log(g))) %*% y + t(log(1-g)) %*% (1-y))"
    result = derive(text, wrt="theta_j", let=("m <- length(y)", "g <- sigmoid(X %*% theta)"))
    assert not any("labels on the right" in note for note in result.problem.notes)
