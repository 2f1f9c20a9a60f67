"""Audit of fixlet34 (audlet34): near-misses of its new readings that it read with another meaning than the writer's.

Each case holds the text, what its writer means worked out by hand, and that meaning checked independently (NumPy's
own broadcasting, central finite differences of tests/_numeric.py), never logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import steps_of_page
from _numeric import central_differences, half_mean_square
from logderiv.notation.matrix_cost import typed_maths

# ------------------------------------------------------------------ '*' on a page that is NumPy code with a ∇ label

# The page computes with NumPy's X.dot(w) (the matrix product as NumPy code writes it), so its '*' is NumPy's: in
# X.T * (X.dot(w) - y) it broadcasts the n×m matrix against the m-vector, entry by entry, which is no gradient. The ∇
# (or the 2m of 1/(2m)) in its label does not make the code maths. main refused the '*' saying so; fixlet34 read it
# as the matrix product, so the page was "every step holds".
CODE_PAGES = [
    "J(w) = 1/(2m) * (X.dot(w) - y).T.dot(X.dot(w) - y)\n\n∇J = 1/m * X.T * (X.dot(w) - y)\n",
    "J(w) = 1/(2m) * ||X.dot(w) - y||^2\n\n∂J/∂w = 1/m * X.T * (X.dot(w) - y)\n",
]


def test_numpy_star_of_the_code_is_no_gradient():
    # by hand: in NumPy, X.T * r (X.T n×m, r of shape (m,)) broadcasts to an n×m array Xᵀ with column i scaled by
    # r_i, not the n-vector Xᵀr that finite differences give as the gradient
    rng = np.random.default_rng(3401)
    X, y, w = rng.normal(size=(4, 4)), rng.normal(size=4), rng.normal(size=4)
    numeric = central_differences(lambda v: half_mean_square(X, y, v), w)
    assert np.allclose(numeric, X.T @ (X @ w - y) / 4, atol=1e-6)
    broadcast = 1 / 4 * X.T * (X.dot(w) - y)
    assert broadcast.shape == (4, 4)  # a matrix, not the gradient's 4-vector
    assert np.allclose(broadcast, X.T * ((X @ w - y) / 4)[None, :])  # column i of Xᵀ scaled by r_i


@pytest.mark.parametrize("page", CODE_PAGES)
def test_a_page_of_numpy_code_is_no_typed_maths(page):
    assert not typed_maths(page)


@pytest.mark.parametrize("page", CODE_PAGES)
def test_a_page_of_numpy_code_keeps_the_star_refusal(tmp_path, page):
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.stdout
    assert "in NumPy '*' multiplies entry by entry" in result.stderr


@pytest.mark.parametrize(("text", "typed"), [
    ("∇E = 2X.T(X*w - y) + 2λ*w", True),  # X.T(…) is maths' Xᵀ(…), no method call
    ("∇J = X.T * (X.dot(w) - y)", False),
    ("∇J = X.T * (h - y) / len(y)", False),
    ("∇J = X.T * (h - y) / y.shape[0]", False),
    ("∇J = 2X.T * (h - y).sum()", False),
])
def test_typed_maths_is_no_page_of_code_calls(text, typed):
    assert typed_maths(text) is typed


# ------------------------------------------------------------------ f(w, b) = wᵀx + b beside a cross-entropy

# A cross-entropy takes log ŷ and log(1 − ŷ): ŷ is a probability there, so a linear f(w, b) = wᵀx + b beside it is
# the score inside the sigmoid (ŷ = σ(f), as logistic-regression notes write z = wᵀx + b), not ŷ itself. fixlet34
# read ŷ as f, the linear value, and judged the right logistic gradient "different".
CE = r"J = -\frac{1}{m}\sum_{i=1}^m [y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i)]"
CE_ANSWER = "1/m*sum_i((sigmoid(w^T x_i + b) - y_i) x_ij)"


def test_the_logistic_gradient_under_sigmoid_of_the_score():
    # by hand: ŷ = σ(wᵀx + b), ∂J/∂w = (1/m) Xᵀ(ŷ − y), held to finite differences of the cross-entropy
    rng = np.random.default_rng(3402)
    X, y, w, b = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3), 0.4

    def cost(v):
        p = 1 / (1 + np.exp(-(X @ v + b)))
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    numeric = central_differences(cost, w)
    assert np.allclose(numeric, X.T @ (1 / (1 + np.exp(-(X @ w + b))) - y) / 6, atol=1e-6)


@pytest.mark.parametrize("model", ["f(w, b) = w^T x + b", "h(theta) = theta^T x", "f(w, b) = wx + b"])
def test_a_linear_head_beside_a_cross_entropy_is_not_read_as_its_prediction(model):
    import logderiv
    from _reading import refused_by_logderiv

    wrt = "theta_j" if "theta" in model else "w_j"
    answer = CE_ANSWER.replace("w^T x_i + b", "theta^T x_i") if "theta" in model else CE_ANSWER
    refused_by_logderiv(lambda: logderiv.check(answer, cost=CE, let=[model], wrt=wrt))


def test_a_sigmoid_head_beside_a_cross_entropy_is_still_read():
    import logderiv

    verdict = logderiv.check(CE_ANSWER, cost=CE, let=["f(w, b) = sigmoid(w^T x + b)"], wrt="w_j")
    assert verdict.verdict == "equivalent"


# The same in a derivation page: `logderiv steps` reads its --let with no other text beside it, so neither the page's
# log ŷ nor its calls of f were seen, and the page's right logistic gradient was "wrong at line 3".
CE_PAGE = r"""$$J = -\frac{1}{m}\sum_{i=1}^m \left[y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i)\right]$$

$$\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_{i=1}^m \left(\sigma(w^T x_i + b) - y_i\right) x_{ij}$$
"""


def test_a_page_is_not_judged_under_a_head_let_it_cannot_see(tmp_path):
    result = steps_of_page(tmp_path, CE_PAGE, "--let", "f(w, b) = w^T x + b")
    assert result.exit_code in (0, 2), result.stdout  # a refusal is a miss, "wrong at line 3" a misread
    assert "wrong at line" not in result.stdout


def test_the_page_under_a_sigmoid_model_holds(tmp_path):
    # the page is right under ŷ = σ(wᵀx + b) (finite differences above): the plain let reads it so
    result = steps_of_page(tmp_path, CE_PAGE, "--let", "f = sigmoid(w^T x + b)")
    assert result.exit_code == 0, result.stdout
