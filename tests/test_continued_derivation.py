"""A derivation left unfinished, then derived again to its closed form: the page ends where the later one does.

derivations_cold14's cn_ml_math_project01 page (a Chinese project README, worked by hand in its expected.txt) writes
∂L/∂w = (1/n) Σ 2(yᵢ − ŷᵢ) · ∂(yᵢ − ŷᵢ)/∂w, says "since ∂ŷᵢ/∂w = xᵢ, so:", and writes ∂L/∂w again, now
−(2/n) Σ (yᵢ − ŷᵢ) xᵢ. Each display was checked on its own and the page's ending was the worst of them, so the
page — every step true, ending at the gradient — was called 'unfinished': a false verdict on arrival, the only one
of its set. The later derivation continues the earlier: a derivation left unfinished and derived again ends where
the later one does. A route that ends *wrong* still ends the page wrong (tests/test_fixmulti2.py), and a derivation
left unfinished and never derived again still leaves the page unfinished.

The mathematics, by central finite differences below: for J(θ) = (1/2m) Σᵢ (θᵀxᵢ − yᵢ)²,
∂J/∂θⱼ = (1/m) Σᵢ (θᵀxᵢ − yᵢ) xᵢⱼ; for L(w, b) = (1/n) Σᵢ (yᵢ − w xᵢ − b)², ∂L/∂w = −(2/n) Σᵢ (yᵢ − w xᵢ − b) xᵢ and
∂L/∂b = −(2/n) Σᵢ (yᵢ − w xᵢ − b).
"""

from __future__ import annotations

from pathlib import Path

import numpy
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _numeric import central_differences

_COLD14 = Path(__file__).parent / "derivations_cold14"


def test_the_hand_worked_gradients_by_finite_differences():
    generator = numpy.random.default_rng(14)
    m, n = 6, 3
    X, y = generator.normal(size=(m, n)), generator.normal(size=m)
    theta = generator.normal(size=n)
    assert numpy.allclose(central_differences(lambda v: numpy.sum((X @ v - y) ** 2) / (2 * m), theta),
                          X.T @ (X @ theta - y) / m, atol=1e-6)
    x = X[:, 0]
    w, b = generator.normal(size=2)
    residual = y - w * x - b
    assert numpy.allclose(central_differences(lambda v: numpy.sum((y - v[0] * x - v[1]) ** 2) / m, numpy.array([w, b])),
                          [-2 * numpy.sum(residual * x) / m, -2 * numpy.sum(residual) / m], atol=1e-6)


#: the page's shape (the cold14 page's, in English): the cost and ŷ in prose, ∂L/∂w left with ∂(yᵢ − ŷᵢ)/∂w to take
#: (line 5), the inner derivative in prose and ∂L/∂w again in closed form (line 9), then ∂L/∂b (line 15)
_COST = r"Let $L = \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2$, where $\hat{y}_i = wx_i + b$." "\n\n"
_UNFINISHED = ("**Derivative by w**:\n\n"
               r"$$\frac{\partial L}{\partial w} = \frac{1}{n}\sum_{i=1}^{n} 2(y_i - \hat{y}_i) \cdot "
               r"\frac{\partial (y_i - \hat{y}_i)}{\partial w}$$" "\n\n")
_FINISHED = (r"Since $\hat{y}_i = wx_i + b$, we have $\frac{\partial \hat{y}_i}{\partial w} = x_i$, so:" "\n\n"
             r"$$\frac{\partial L}{\partial w} = -\frac{2}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i) \cdot x_i$$" "\n\n")
_BY_B = ("**Derivative by b**:\n\n" r"Likewise $\frac{\partial \hat{y}_i}{\partial b} = 1$, so:" "\n\n"
         r"$$\frac{\partial L}{\partial b} = -\frac{2}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)$$" "\n")
#: the minus lost: +(2/n)Σ(yᵢ − ŷᵢ)xᵢ = −∂L/∂w, a wrong closed form
_FINISHED_WRONG = _FINISHED.replace(r"= -\frac{2}{n}", r"= \frac{2}{n}")


def test_an_unfinished_derivation_derived_again_to_the_gradient_ends_at_the_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _COST + _UNFINISHED + _FINISHED + _BY_B)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("a derivative left unfinished and derived again ends where its later derivation does" in note
               for note in review["notes"])


def test_derived_again_to_a_wrong_closed_form_ends_the_page_wrong(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _COST + _UNFINISHED + _FINISHED_WRONG + _BY_B)
    assert (code, ending, wrong) == (1, "wrong", [9])


def test_the_finished_derivation_restated_unfinished_still_ends_unfinished(tmp_path):
    """The order matters: the page's last word on ∂L/∂w is the one still holding a derivative."""
    code, ending, wrong, _ = _review(tmp_path, _COST + _FINISHED + _UNFINISHED + _BY_B)
    assert (code, ending, wrong) == (1, "unfinished", [])


def test_an_unfinished_derivation_alone_still_ends_unfinished(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _COST + _UNFINISHED + _BY_B)
    assert (code, ending, wrong) == (1, "unfinished", [])


def test_the_cold14_page_is_judged_as_by_hand():
    row = next(row for row in read_table(_COLD14) if row.file == "cn_ml_math_project01_mse_handwritten_gradient.md")
    assert (row.ending, row.line) == ("gradient", None)
    assert outcome(_COLD14, row) == ("right", "")
