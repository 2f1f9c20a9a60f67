"""Audit of fixchains36 (derivations in matrix form beside index form, each read alone, listed in turn).

A derivation in matrix form of ∂J/∂b (``∂J/∂b = (2/m)1ᵀ(Xw + b − y)``, compared with the cost's derivative by the
intercept) was named by its review's parameter vector, ∂J/∂w: beside an index-form ∂J/∂wⱼ the page was read (both
right: finite differences below) but said "∂J/∂w (line 7), in matrix form, compared with ∇J" of a line that writes
∂J/∂b, and ended the page at "the gradient ∂J/∂w: ∇J" — a wrong account of the page's ending, and a guard (no
derivative taken twice) fed the wrong names. Each part is now named by what its lines were compared with.
Every claimed value is checked here independently (finite differences), never taken from logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

_COST = (r"$$J(\mathbf{w}, b) = \frac{1}{m} \sum_{i=1}^{m} \left( \hat{y}^{(i)} - y^{(i)} \right)^2 "
         r"+ \frac{\lambda}{2m} \|\mathbf{w}\|^2$$")
_MODEL = r"$$\hat{y}^{(i)} = \mathbf{w}^T x^{(i)} + b$$"
_BY_WJ = (r"$$\frac{\partial J}{\partial w_j} = \frac{2}{m} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)}) x_j^{(i)} "
          r"+ \frac{\lambda}{m} w_j$$")
_BY_B_MATRIX = r"$$\frac{\partial J}{\partial b} = \frac{2}{m} \mathbf{1}^T (X\mathbf{w} + b - \mathbf{y})$$"


def _page(*displays: str) -> str:
    return "\n\n".join(displays) + "\n"


def _ridge_facts() -> float:
    """∂J/∂wⱼ = (2/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ + (λ/m)wⱼ and ∂J/∂b = (2/m)1ᵀ(Xw + b − y) for J = (1/m)Σ(ŷ − y)² + (λ/2m)‖w‖²
    (finite differences); returns how far (1/m)1ᵀ(Xw + b − y), the slip below, is from ∂J/∂b."""
    rng = np.random.default_rng(3601)
    X, y, lam, params = rng.normal(size=(6, 3)), rng.normal(size=6), 0.8, rng.normal(size=4)
    m = len(y)

    def cost(v: np.ndarray) -> float:
        return float(np.sum((X @ v[:-1] + v[-1] - y) ** 2) / m + lam / (2 * m) * v[:-1] @ v[:-1])

    numeric = central_differences(cost, params)
    residual = X @ params[:-1] + params[-1] - y
    assert np.allclose(numeric[:-1], 2 / m * X.T @ residual + lam / m * params[:-1], atol=1e-6)
    assert np.isclose(numeric[-1], 2 / m * np.ones(m) @ residual, atol=1e-6)
    return float(abs(numeric[-1] - np.ones(m) @ residual / m))


def test_a_matrix_form_derivative_by_b_is_named_by_b_not_by_w(tmp_path):
    """∂J/∂wⱼ in index form (line 5), then ∂J/∂b in matrix form (line 7): both right, read, and line 7 is said to be
    ∂J/∂b, compared with ∂J/∂b — the page's ending is ∂J/∂b's, never 'the gradient ∂J/∂w: ∇J'."""
    _ridge_facts()
    page = _page(_COST, _MODEL, _BY_WJ, _BY_B_MATRIX)
    exit_code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (exit_code, ending, wrong) == (0, "gradient", [])
    assert review["notes"][0].endswith("∂J/∂wⱼ (line 5), in index form, ends at the gradient; ∂J/∂b (line 7), in "
                                       "matrix form, compared with ∂J/∂b, ends at the gradient")
    assert review["gradient_wrt"] is None or review["gradient_wrt"]["text"] != "w"
    text = steps_of_page(tmp_path, page, "--timeout", "60")
    assert text.exit_code == 0, text.stderr
    assert "the gradient ∂J/∂w" not in text.stdout
    assert "∂J/∂w (line 7)" not in text.stdout


def test_the_refusal_names_a_wrong_matrix_form_derivative_by_b_as_such(tmp_path):
    """∂J/∂b's 2 dropped (wrong: finite differences) in matrix form after a right ∂J/∂wⱼ: refused, saying ∂J/∂b."""
    assert _ridge_facts() > 1e-3
    page = _page(_COST, _MODEL, _BY_WJ, _BY_B_MATRIX.replace(r"\frac{2}{m}", r"\frac{1}{m}"))
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert ("∂J/∂wⱼ (line 5), in index form, ends at the gradient; ∂J/∂b (line 7), in matrix form, compared with "
            "∂J/∂b, ends wrong") in result.stderr


def test_the_same_page_with_b_first_is_read_and_named(tmp_path):
    """The order swapped (∂J/∂b in matrix form first): read, each part named by its own derivative."""
    _ridge_facts()
    exit_code, ending, wrong, review = review_of_page(tmp_path, _page(_COST, _MODEL, _BY_B_MATRIX, _BY_WJ))
    assert (exit_code, ending, wrong) == (0, "gradient", [])
    assert review["notes"][0].endswith("∂J/∂b (line 5), in matrix form, compared with ∂J/∂b, ends at the gradient; "
                                       "∂J/∂wⱼ (line 7), in index form, ends at the gradient")
    assert json.dumps(review["gradient"]).find("x_j") >= 0  # the last part's gradient, ∂J/∂wⱼ's
