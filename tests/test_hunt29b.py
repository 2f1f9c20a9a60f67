"""hunt29b (issue 10): misreads found by writing short pages of derivations as students and notes write them.

A wrong σ′ stated inline in the prose ("using $\\sigma'(z) = \\sigma(z)(1+\\sigma(z))$ we get") beside a derivation
that works with the sigmoid without writing σ′ was checked nowhere, and the page came out "every step holds, and the
last line is the gradient": a slip on the page called valid. The held-out sets judge a lemma written inline like any
step; logderiv does not check a prose statement, so it now refuses one that is not the sigmoid's own σ(z)(1 − σ(z)).
The mathematics (σ′, the logistic gradient the pages end with) is checked here by finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def test_the_sigmoids_derivative_and_the_pages_gradient_by_finite_differences():
    # σ′(z) = σ(z)(1 − σ(z)), never σ(z)(1 + σ(z)): the statements the pages below make, right and wrong
    for z in (-1.3, 0.2, 2.1):
        numeric = central_differences(lambda v: _sigmoid(v[0]), np.array([z]))[0]
        assert np.isclose(numeric, _sigmoid(z) * (1 - _sigmoid(z)), atol=1e-8)
        assert not np.isclose(numeric, _sigmoid(z) * (1 + _sigmoid(z)), atol=1e-3)
    # the pages' chain ends at (1/m) Σ (σ(θᵀx) − y) x_j: the gradient of the mean cross-entropy
    rng = np.random.default_rng(29)
    X, y, theta = rng.normal(size=(6, 3)), rng.uniform(size=6), rng.normal(size=3)

    def cost(t):
        h = _sigmoid(X @ t)
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))

    assert np.allclose(central_differences(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / len(y), atol=1e-7)


_COST = (r"With $J(\theta) = -\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log S(\theta^Tx^{(i)}) + (1-y^{(i)})\log(1-S(\theta^Tx^{(i)}))]$,"
         "\n")
_CHAIN = (r"$$\frac{\partial J}{\partial\theta_j} = -\frac{1}{m}\sum_{i=1}^m [y^{(i)}(1-S(\theta^Tx^{(i)})) - "
          r"(1-y^{(i)})S(\theta^Tx^{(i)})]x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m (S(\theta^Tx^{(i)}) - y^{(i)})x_j^{(i)}$$"
          "\n")


def _page(statement: str, sigmoid: str = r"\sigma", before: str = "") -> str:
    """A right chain for the logistic cost in ``sigmoid``, after a prose line stating ``statement`` inline."""
    return before + _COST.replace("S", sigmoid) + f"using ${statement}$ we get\n" + _CHAIN.replace("S", sigmoid)


@pytest.mark.parametrize("statement, sigmoid, before", [
    (r"\sigma'(z) = \sigma(z)(1+\sigma(z))", r"\sigma", ""),
    (r"\sigma'(z) = \sigma(z)^2", r"\sigma", ""),
    (r"\frac{d\sigma}{dz} = \sigma(z)(1+\sigma(z))", r"\sigma", ""),
    (r"\frac{d}{dz}\sigma(z) = \sigma(1+\sigma)", r"\sigma", ""),
    (r"\frac{d\sigma}{dz} = \sigma(1+\sigma)", r"\sigma", ""),
    # Ng's g, undefined on the page, is read as the sigmoid: its stated g' is the sigmoid's derivative too
    (r"g'(z) = g(z)(1+g(z))", "g", ""),
    (r"\phi'(z) = \phi(z)(1+\phi(z))", r"\phi", "Let $\\phi(z) = \\frac{1}{1+e^{-z}}$.\n"),
])
def test_a_wrong_sigmoid_derivative_stated_in_prose_is_refused(tmp_path, statement, sigmoid, before):
    # the chain is right (finite differences above) and writes no σ′, so logderiv took σ′ as σ(1 − σ) and left the
    # prose's σ(1 + σ) (wrong, above) unchecked: "every step holds" on a page stating a false σ′ (hunt29b)
    result = steps_of_page(tmp_path, _page(statement, sigmoid, before))
    assert result.exit_code == 2, result.output
    assert "derivative in prose" in result.stderr and "would not check this statement" in result.stderr
    assert "line 2" in result.stderr if not before else "line 3" in result.stderr


@pytest.mark.parametrize("statement, sigmoid, before", [
    (r"\sigma'(z) = \sigma(z)(1-\sigma(z))", r"\sigma", ""),
    (r"\sigma'(z) = \sigma(z)\,(1-\sigma(z))", r"\sigma", ""),
    (r"\frac{d\sigma}{dz} = \sigma(1-\sigma)", r"\sigma", ""),
    (r"\frac{d}{dz}\sigma(z) = \sigma(z)(1-\sigma(z))", r"\sigma", ""),
    (r"g'(z) = g(z)(1-g(z))", "g", ""),
])
def test_the_sigmoids_own_derivative_stated_in_prose_is_read(tmp_path, statement, sigmoid, before):
    # σ(z)(1 − σ(z)) is the statement logderiv reads itself (right, above): the page is judged, every step holding
    assert review_of_page(tmp_path, _page(statement, sigmoid, before))[:3] == (0, "gradient", [])


def test_a_prime_in_prose_beside_a_page_without_the_sigmoid_is_read(tmp_path):
    # least squares: (1/2m) Σ (θᵀx − y)² has ∂/∂θⱼ = (1/m) Σ (θᵀx − y) xⱼ (finite differences below); the aside
    # g'(z) = 2z is about no function the lines write, so the page is read as before
    rng = np.random.default_rng(2)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2) / (2 * len(y))), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / len(y), atol=1e-7)
    page = (r"With $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})^2$ (recall $g'(z) = 2z$ for "
            "$g(z) = z^2$),\n"
            r"$$\frac{\partial J}{\partial\theta_j} = \frac{1}{2m}\sum_{i=1}^m 2(\theta^Tx^{(i)} - y^{(i)})x_j^{(i)} = "
            r"\frac{1}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}$$" "\n")
    assert review_of_page(tmp_path, page)[:3] == (0, "gradient", [])


_BECAUSE = (_COST.replace("S", r"\sigma").replace("With ", "With ").rstrip(",\n") + ":\n"
            + _CHAIN.replace("S", r"\sigma").split(" = \\frac{1}{m}")[0] + "$$\n"
            + "$$\\because STATEMENT$$\n"
            + r"$$\therefore \frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m (\sigma(\theta^Tx^{(i)}) - "
            r"y^{(i)})x_j^{(i)}$$" "\n")


@pytest.mark.parametrize("statement", [r"\sigma'(z) = \sigma(z)(1+\sigma(z))", r"\frac{d\sigma}{dz} = \sigma(1+\sigma)"])
def test_a_wrong_sigmoid_derivative_given_as_a_reason_is_refused(tmp_path, statement):
    # \because σ′(z) = σ(z)(1 + σ(z)) (wrong, by the finite differences above) was set aside as the step's reason,
    # "not checked", and the page's verdict was "every step holds" (hunt29b): refused at the reason's line now
    result = steps_of_page(tmp_path, _BECAUSE.replace("STATEMENT", statement))
    assert result.exit_code == 2, result.output
    assert "line 3" in result.stderr and "as the reason for a step" in result.stderr


def test_the_sigmoids_own_derivative_given_as_a_reason_is_read(tmp_path):
    # \because σ′(z) = σ(z)(1 − σ(z)): the reason logderiv's reading agrees with; the two derivations of ∂J/∂θⱼ
    # (line 2, line 4) both end at the gradient (finite differences above)
    page = _BECAUSE.replace("STATEMENT", r"\sigma'(z) = \sigma(z)(1-\sigma(z))")
    assert review_of_page(tmp_path, page)[:3] == (0, "gradient", [])
