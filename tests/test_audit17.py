r"""audit17: silent misreads found among the readings merged by fixlets, hunt6fix, misreads and matsteps, fixed.

* A page whose prose defines h_θ(x) = g(θᵀx) and, beside it, g(z) = tanh(z): g's definition was set aside (only
  names the lines or the cost write were read), g fell back to Ng's sigmoid by name, and a gradient with σ′ for
  tanh′ was called right. A definition that a read definition uses is read too.
* ``steps`` on a cost in θᵀx (J(θ) = (1/2m)Σ(θᵀx − y)²) whose derivation names ∂J/∂θ₀: logderiv numbers the
  features 1..n, so the cost has no θ₀ and the derivative was a "verified" 0 — the right ∂J/∂θ₀ = (1/m)Σ(h − y)
  judged wrong. Refused as ``check --wrt theta_0`` refuses it.

Expected verdicts are worked out by hand in the comments and the hand-worked gradients held to central finite
differences (tests/_numeric.py, NumPy only), never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences as _fd
from logderiv.cli import main

RIGHT, WRONG, REFUSED = 0, 1, 2
RNG = np.random.default_rng(1717)
X, Y = RNG.normal(size=(6, 3)), RNG.uniform(size=6)
THETA = RNG.normal(size=3)


def _steps(tmp_path, text: str, name: str = "page.md", *options: str) -> tuple[int, str]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(page), "-f", "json", *options])
    return result.exit_code, result.output


def _review(output: str) -> dict:
    return json.JSONDecoder().raw_decode(output, output.index("{"))[0]


# --- a definition a definition uses ---------------------------------------------------------------------------

TANH_PAGE = r"""Here $h_\theta(x) = g(\theta^T x)$ with $g(z) = \tanh(z)$, and
$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$$
The gradient is
$$\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m\left(h_\theta(x^{(i)}) - y^{(i)}\right)%s x_j^{(i)}$$
"""


def _tanh_cost(theta):
    return np.sum((np.tanh(X @ theta) - Y) ** 2) / (2 * len(Y))


def test_tanh_gradient_by_finite_differences():
    """By hand: ∂J/∂θⱼ = (1/m)Σ(h − y)(1 − h²)xⱼ with h = tanh(θᵀx); σ's h(1 − h) in its place is another number."""
    h = np.tanh(X @ THETA)
    right = X.T @ ((h - Y) * (1 - h ** 2)) / len(Y)
    assert np.allclose(_fd(_tanh_cost, THETA), right, atol=1e-6)
    assert not np.allclose(_fd(_tanh_cost, THETA), X.T @ ((h - Y) * h * (1 - h)) / len(Y), atol=1e-3)


def test_prose_g_beside_h_is_read_and_the_sigmoid_derivative_is_wrong(tmp_path):
    code, output = _steps(tmp_path, TANH_PAGE % r"h_\theta(x^{(i)})(1-h_\theta(x^{(i)}))")
    assert code == WRONG, output
    notes = " | ".join(_review(output)["notes"])
    assert r"g(z)=\tanh(z)" in notes and "Ng's course" not in notes


def test_prose_g_beside_h_makes_the_tanh_derivative_right(tmp_path):
    code, output = _steps(tmp_path, TANH_PAGE % r"\left(1-h_\theta(x^{(i)})^2\right)")
    assert code == RIGHT, output


# --- ∂J/∂θ₀ of a cost in θᵀx --------------------------------------------------------------------------------

THETA0_PAGE = r"""The cost is
$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2%s$$
with $h_\theta(x) = \theta^T x$.

$$\frac{\partial J}{\partial\theta_0} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)$$
"""


def test_intercept_gradient_by_finite_differences():
    """By hand, with x₀ = 1 the first column: ∂J/∂θ₀ = (1/m)Σ(h − y), not 0 (the reading refused)."""
    ones = np.column_stack([np.ones(len(Y)), X])
    theta = np.concatenate([[0.3], THETA])

    def cost(v):
        return np.sum((ones @ v - Y) ** 2) / (2 * len(Y))

    assert np.isclose(_fd(cost, theta)[0], np.mean(ones @ theta - Y), atol=1e-6)
    assert abs(np.mean(ones @ theta - Y)) > 1e-3


@pytest.mark.parametrize("penalty", ["", r" + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2"])
def test_theta_zero_of_a_cost_in_theta_transpose_x_is_refused(tmp_path, penalty):
    code, output = _steps(tmp_path, THETA0_PAGE % penalty)
    assert code == REFUSED, output
    assert "theta_0 is not a component here" in output and "^" in output


def test_theta_zero_of_a_plain_derivation_is_refused(tmp_path):
    text = ("J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}\\left(\\theta^T x^{(i)} - y^{(i)}\\right)^2\n"
            "\\frac{\\partial J}{\\partial\\theta_0} = \\frac{1}{m}\\sum_{i=1}^{m}\\left(\\theta^T x^{(i)} - y^{(i)}\\right)\n")
    code, output = _steps(tmp_path, text, "derivation.tex")
    assert code == REFUSED, output
    assert "theta_0 is not a component here" in output


def test_theta_zero_written_apart_is_still_read(tmp_path):
    # by hand: h = θ₀ + θ₁x, ∂J/∂θ₀ = (1/m)Σ(h − y): right (Ng's week 1), θ₀ a scalar the model writes
    text = (r"Hypothesis: $h_\theta(x) = \theta_0 + \theta_1 x$" "\n\n"
            r"$$J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$$" "\n\n"
            r"$$\frac{\partial J}{\partial\theta_0} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)$$"
            "\n")
    code, output = _steps(tmp_path, text)
    assert code == RIGHT, output


# --- a cost defined and never derived -------------------------------------------------------------------------

LEMMA_PAGE = r"""The cost is
$$J(\theta) = -\frac{1}{m}\sum_{i=1}^m\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]$$
with $h_\theta(x) = \sigma(\theta^T x)$.

### Lemma 1 (the gradient of the squared loss)

$$
\begin{aligned}
\frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 &= \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})h_\theta(x^{(i)})(1-h_\theta(x^{(i)}))x_j^{(i)}
\end{aligned}
$$
"""


def test_squared_loss_lemma_by_finite_differences():
    """By hand: ∂/∂θⱼ (1/2m)Σ(σ(θᵀx) − y)² = (1/m)Σ(h − y)h(1 − h)xⱼ — the lemma is right, about another cost."""
    def cost(theta):
        return np.sum((1 / (1 + np.exp(-X @ theta)) - Y) ** 2) / (2 * len(Y))

    h = 1 / (1 + np.exp(-X @ THETA))
    assert np.allclose(_fd(cost, THETA), X.T @ ((h - Y) * h * (1 - h)) / len(Y), atol=1e-6)


def test_a_page_that_defines_the_cost_and_proves_a_lemma_of_another_is_refused(tmp_path):
    # the page derives no ∂J/∂θⱼ: its cost's definition was judged as the derivation (J ≠ ∂J/∂θⱼ, a false ✗)
    code, output = _steps(tmp_path, LEMMA_PAGE)
    assert code == REFUSED, output
    assert "take no derivative of it" in output and "^" in output


@pytest.mark.parametrize("text", [
    # the cost rewritten, never differentiated: line 1's J was judged against ∂J/∂θⱼ, "✗ wrong at line 1"
    "J = 1/(2m) sum_i (theta^T x_i - y_i)^2 = 1/(2m) sum_i (y_i - theta^T x_i)^2\n",
    "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2"
    " = \\frac{1}{2m}\\sum_{i=1}^m (y^{(i)} - \\theta^T x^{(i)})^2$$\n",
])
def test_a_cost_rewritten_but_never_derived_is_refused_not_judged(tmp_path, text):
    code, output = _steps(tmp_path, text, "page.md" if text.startswith("$$") else "page.txt")
    assert code == REFUSED, output
    assert "rewrite it, but take no derivative of it" in output and "^" in output
    assert "wrong" not in output


def test_a_slip_in_a_rewritten_cost_is_reported_where_it_stands(tmp_path):
    # an unmatched bracket in the rewrite: the caret goes to it, not to the missing derivative
    code, output = _steps(tmp_path, "J = (1 - y) * w] = w - y w\n", "page.txt")
    assert code == REFUSED, output
    assert "unmatched" in output and "take no derivative" not in output


@pytest.mark.parametrize("text", [
    "J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}(\\theta^T x^{(i)} - y^{(i)})^2\n",
    "L = -y\\log a - (1-y)\\log(1-a)\n",
])
def test_a_file_that_only_defines_the_cost_is_refused(tmp_path, text):
    code, output = _steps(tmp_path, text, "cost.tex")
    assert code == REFUSED, output
    assert "no derivation to check" in output


# --- …/2*m and LaTeX's 1/2*m: read as written, never silently -------------------------------------------------


def test_half_times_m_gradient_by_finite_differences():
    """By hand: J = (Σ(θᵀx − y)²/2)·m has ∂J/∂θⱼ = m Σ(θᵀx − y)xⱼ, m² times the mean's 1/(2m) reading."""
    m = len(Y)

    def cost(theta):
        return np.sum((X @ theta - Y) ** 2) / 2 * m

    assert np.allclose(_fd(cost, THETA), m * X.T @ (X @ THETA - Y), atol=1e-5)


@pytest.mark.parametrize("cost, said", [
    ("J = sum((theta^T x - y)^2)/2*m", "MULTIPLIES by m"),
    (r"J = \sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2/2*m", "MULTIPLIES by m"),
    (r"J = 1/2*m \sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2", "1/2*m is read as (1/2)·m"),
])
def test_over_two_times_m_is_read_as_written_and_said(cost, said):
    from logderiv import check

    verdict = check("m * sum((theta^T x - y) x_j)", cost=cost)
    assert verdict.verdict == "equivalent"
    notes = " | ".join((*verdict.problem.notes, *verdict.notes))
    assert said in notes
    assert "2/2*m" not in notes  # the exponent's 2 of (…)^2/2*m is no numerator


def test_r_over_two_times_m_is_said_once():
    from logderiv import check

    verdict = check("m * sum((theta^T x - y) x_j)", cost="J <- sum((X %*% theta - y)^2)/2*m")
    assert " | ".join((*verdict.problem.notes, *verdict.notes)).count("MULTIPLIES") == 1
