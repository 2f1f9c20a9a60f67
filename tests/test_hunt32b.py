r"""hunt32b: a cost defined in the prose and restated in a display was dropped unread, and a slip in the restatement passed.

``The cost is $J(\theta) = \frac{1}{2m}\sum_i(\theta^Tx^{(i)} - y^{(i)})^2$.`` then a display
``J(\theta) = \frac{1}{m}\sum_i(\theta^Tx^{(i)} - y^{(i)})^2`` (the ½ dropped) and ``∂J/∂θⱼ = (2/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾``:
the page reader took the prose's definition only when no display defined the cost (nor opened the derivation with
it), so the display's J, slip and all, became the cost, with no word of the prose's, and the page was "✓ every step
holds, and the last line is the gradient" (exit 0) — while the gradient of the cost the page defines is
(1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ (below, by finite differences). The same in matrix form (½‖Xθ − y‖², then
(Xθ − y)ᵀ(Xθ − y), then ∇J = 2XᵀXθ − 2Xᵀy), and in the real techqa answer of derivations_cold13 with a slip planted in
its inline chain J = ‖Xθ − y‖² = (Xθ + y)ᵀ(Xθ − y) (the chain was not read: an \begin{equation*} J(θ) = … followed).

Now the prose's definition is read first whenever it stands before the derivation, and a display's J is a rewrite
of it, checked: a different one is refused naming both (the existing "line N rewrites the cost J as …, which is not
the cost line M defines; which one does the derivation derive?"), or, in matrix form, judged wrong at its line.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main

_TESTS = Path(__file__).parent

_LINEAR_PROSE = r"The cost is $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$." "\n\n"
_MEAN = r"(\theta^T x^{(i)} - y^{(i)})"

# the ½ dropped in the display's restatement, the derivative right for the display's cost, wrong for the page's
SLIP_DISPLAY = (_LINEAR_PROSE + r"$$J(\theta) = \frac{1}{m}\sum_{i=1}^m " + _MEAN + "^2$$\n\n"
                r"$$\frac{\partial J}{\partial \theta_j} = \frac{2}{m}\sum_{i=1}^m " + _MEAN + " x_j^{(i)}$$\n")
RIGHT_DISPLAY = (_LINEAR_PROSE + r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m " + _MEAN + "^2$$\n\n"
                 r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m " + _MEAN + " x_j^{(i)}$$\n")
# the display a chain of the cost (J = A = B), which opens the derivation
SLIP_CHAIN = (_LINEAR_PROSE + r"$$J(\theta) = \frac{1}{m}\sum_{i=1}^m " + _MEAN + r"^2 = \frac{1}{m}\sum_{i=1}^m "
              r"(y^{(i)} - \theta^T x^{(i)})^2$$" "\n\n"
              r"$$\frac{\partial J}{\partial \theta_j} = \frac{2}{m}\sum_{i=1}^m " + _MEAN + " x_j^{(i)}$$\n")
RIGHT_CHAIN = SLIP_CHAIN.replace(r"\frac{1}{m}", r"\frac{1}{2m}").replace(r"\frac{2}{m}", r"\frac{1}{m}")

SLIP_MATRIX = (r"The cost is $J(\theta) = \frac{1}{2}\|X\theta-y\|^2$." "\n\n"
               r"$$J(\theta) = (X\theta-y)^T(X\theta-y)$$" "\n\nso\n\n"
               r"$$\nabla J(\theta) = 2X^T X\theta - 2X^T y$$" "\n")
RIGHT_MATRIX = (r"The cost is $J(\theta) = \frac{1}{2}\|X\theta-y\|^2$." "\n\n"
                r"$$J(\theta) = \frac{1}{2}(X\theta-y)^T(X\theta-y)$$" "\n\nso\n\n"
                r"$$\nabla J(\theta) = X^T X\theta - X^T y$$" "\n")


def _run(tmp_path: Path, text: str, name: str = "notes.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60"])
    review = json.loads(result.stdout) if result.exit_code in (0, 1) else None
    return result, review


def _first_wrong_line(review) -> int | None:
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return wrong[0] if wrong else None


def test_the_gradients_by_finite_differences():
    """By hand and numerically: the page's cost (1/2m)Σr², ½‖Xθ − y‖² have gradients (1/m)Σr·x, Xᵀ(Xθ − y)."""
    rng = np.random.default_rng(32)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    m, h = len(y), 1e-6

    def numeric(cost):
        return np.array([(cost(theta + h * e) - cost(theta - h * e)) / (2 * h) for e in np.eye(3)])

    half_mean = numeric(lambda t: np.sum((X @ t - y) ** 2) / (2 * m))
    assert np.allclose(half_mean, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(half_mean, 2 * X.T @ (X @ theta - y) / m, atol=1e-3)  # the slipped page's last line
    half_norm = numeric(lambda t: 0.5 * np.sum((X @ t - y) ** 2))
    assert np.allclose(half_norm, X.T @ X @ theta - X.T @ y, atol=1e-6)
    assert not np.allclose(half_norm, 2 * X.T @ X @ theta - 2 * X.T @ y, atol=1e-3)


@pytest.mark.parametrize("text", [SLIP_DISPLAY, SLIP_CHAIN], ids=["display", "chain"])
def test_a_display_restating_the_prose_cost_otherwise_is_refused_naming_both(tmp_path, text):
    result, _ = _run(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "rewrites the cost J" in result.stderr and "line 1 defines" in result.stderr


@pytest.mark.parametrize("text", [RIGHT_DISPLAY, RIGHT_CHAIN, RIGHT_MATRIX], ids=["display", "chain", "matrix"])
def test_a_right_restatement_of_the_prose_cost_still_ends_at_the_gradient(tmp_path, text):
    result, review = _run(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient" and _first_wrong_line(review) is None
    assert any("defines the cost in its prose" in note for note in review["notes"])


def test_a_matrix_restatement_without_the_half_is_wrong_at_its_line(tmp_path):
    result, review = _run(tmp_path, SLIP_MATRIX)
    assert result.exit_code == 1, result.output
    assert review["ending"] == "wrong" and _first_wrong_line(review) == 3


def test_the_techqa_answer_with_a_slip_in_its_inline_chain(tmp_path):
    """derivations_cold13's techqa 3774099 (math.techqa.club mirror of math.stackexchange 3774099), verbatim, with
    one slip planted in the answer's inline chain: J(θ) = ‖Xθ − y‖² = (Xθ + y)ᵀ(Xθ − y), the first wrong step
    (line 5); the real page is still read right (no wrong step, the gradient)."""
    real = (_TESTS / "derivations_cold13" / "techqa_3774099_lsq_step1_step2_quadratic_rule.md").read_text(encoding="utf-8")
    result, review = _run(tmp_path, real)
    assert result.exit_code == 0 and review["ending"] == "gradient" and _first_wrong_line(review) is None
    written = r"Define $J(\theta) = \|X\theta-y\|_2^2 = (X\theta - y)^\top(X\theta-y)$."
    assert written in real
    planted = real.replace(written, written.replace(r"(X\theta - y)^\top", r"(X\theta + y)^\top"))
    result, review = _run(tmp_path, planted)
    assert result.exit_code == 1, result.output
    assert _first_wrong_line(review) == 5


def test_a_long_prose_before_the_display_stays_fast(tmp_path):
    import time

    text = "word " * 4000 + SLIP_DISPLAY
    start = time.perf_counter()
    result, _ = _run(tmp_path, text)
    assert result.exit_code == 2
    assert time.perf_counter() - start < 20  # the reading itself; the verdict's sampling dominates
