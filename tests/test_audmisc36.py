"""audmisc36: an adversarial audit of fixmisc36's readings (the plain f_{w,b} line, R's exp(1) ** E, a penalty let
with theta(1)) for silent misreads.

1. The plain ``f_{w,b}(x^{(i)})`` is read as the one-feature line w x⁽ⁱ⁾ + b when the cost says nothing of a vector.
   On a derivation page the cost line is not all the writer says: a page whose cost is the plain J(w, b) and whose
   lines, by ∂/∂w, end in ``x_j^{(i)}`` means a weight vector (entry j of its gradient). fixmisc36 read the page's
   cost alone as the line and judged the right page "wrong at line 3" (main judged it right): a false first wrong
   line. The page's own lines now veto the plain reading as the cost's would.

Expectations are worked by hand and held to central finite differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import notes_of

PLAIN_J = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^{m}(f_{w,b}(x^{(i)})-y^{(i)})^2"


def _page(*lines: str) -> str:
    return "\n".join((PLAIN_J, *lines)) + "\n"


# the page's writer derives by w and ends with x_j^{(i)}: w is a weight vector, the last line entry j of its gradient
VECTOR_PAGE = _page(
    r"\frac{\partial J}{\partial w} = \frac{1}{2m}\sum_{i=1}^{m} 2 (f_{w,b}(x^{(i)})-y^{(i)}) "
    r"\frac{\partial}{\partial w} f_{w,b}(x^{(i)})",
    r"= \frac{1}{m}\sum_{i=1}^{m} (f_{w,b}(x^{(i)})-y^{(i)}) x_j^{(i)}",
)


def test_the_vector_pages_last_line_is_the_gradient_by_hand():
    """By hand: J(w, b) = (1/2m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², ∂J/∂wⱼ = (1/m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾: the page's last
    line, at random data, against central differences of the cost."""
    rng = np.random.default_rng(3601)
    X, y, b = rng.normal(size=(6, 3)), rng.normal(size=6), 0.4
    w = rng.normal(size=3)

    def cost(v):
        r = X @ v + b - y
        return float(r @ r) / (2 * len(y))

    last_line = (X @ w + b - y) @ X / len(y)
    assert np.allclose(last_line, central_differences(cost, w), rtol=1e-6)


def test_a_page_ending_in_x_j_is_not_judged_on_the_one_feature_line():
    review = logderiv.steps(VECTOR_PAGE)
    assert review.ok, review.to_text()
    assert review.ending == "gradient"
    assert not any("one-feature line" in note for note in notes_of(review))


@pytest.mark.parametrize("last", [
    # wᵀx written out, bold, a sum over the features: each says w is a vector
    r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m} (w^T x^{(i)} + b - y^{(i)}) x_j^{(i)}",
    r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)}) \mathbf{x}^{(i)}",
    r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m} (\sum_{k=1}^{n} w_k x_k^{(i)} + b - y^{(i)}) x_j^{(i)}",
])
def test_other_vector_pages_are_not_read_on_the_line(last):
    try:
        review = logderiv.steps(_page(last))
    except logderiv.InputError:
        return  # refused: a miss, not a misread
    assert review.ok, review.to_text()
    assert not any("one-feature line" in note for note in notes_of(review))


def test_a_plain_page_keeps_the_line():
    """By hand (w one number): ∂J/∂w = (1/m) Σᵢ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾) x⁽ⁱ⁾, the fixer's reading, kept on a page that
    writes nothing of a vector; and a slip there (x⁽ⁱ⁾ dropped, that is ∂J/∂b) is still caught."""
    rng = np.random.default_rng(3602)
    x, y, w, b = rng.normal(size=5), rng.normal(size=5), 0.8, -0.2

    def cost(v):
        return float(np.sum((v[0] * x + v[1] - y) ** 2)) / (2 * len(x))

    assert float(np.mean((w * x + b - y) * x)) == pytest.approx(central_differences(cost, np.array([w, b]))[0], rel=1e-6)
    right = logderiv.steps(_page(r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m} (f_{w,b}(x^{(i)})-y^{(i)}) x^{(i)}"))
    assert right.ok and any("one-feature line" in note for note in notes_of(right))
    slip = logderiv.steps(_page(r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m} (f_{w,b}(x^{(i)})-y^{(i)})"))
    assert not slip.ok


def test_a_given_plain_cost_is_read_beside_the_pages_lines():
    """steps --cost J(w,b) = … on a one-line page ∂J/∂w = (1/m) Σ (f − y) x_j^{(i)}: the page's x_j says w is a
    vector, the line is entry j of its gradient (by hand, above) — fixmisc36 judged it 'not ∂J/∂w'."""
    page = r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m} (f_{w,b}(x^{(i)})-y^{(i)}) x_j^{(i)}" + "\n"
    review = logderiv.steps(page, cost=PLAIN_J)
    assert review.ok, review.to_text()
    assert not any("one-feature line" in note for note in notes_of(review))


def test_a_first_line_derivative_of_the_plain_cost_is_read_beside_the_next():
    """∂/∂w [(1/2m) Σ (f_{w,b}(x^{(i)}) − y^{(i)})²] = (1/m) Σ (f − y) x_j^{(i)}: the cost in the first line's
    derivative, the next line in x_j: entry j of the weight vector's gradient (by hand, above); fixmisc36: wrong."""
    page = (r"\frac{\partial}{\partial w} \left[\frac{1}{2m}\sum_{i=1}^{m}(f_{w,b}(x^{(i)})-y^{(i)})^2\right]" + "\n"
            r"= \frac{1}{m}\sum_{i=1}^{m} (f_{w,b}(x^{(i)})-y^{(i)}) x_j^{(i)}" + "\n")
    review = logderiv.steps(page)
    assert review.ok, review.to_text()
