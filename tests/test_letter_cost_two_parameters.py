"""A cost named by a letter of its own (fixderiv4's f(w) = …) derived by two parameters is refused (issue 10).

The page reader splits ∂J/∂w = … and ∂J/∂b = … into derivations of their own, each checked against the cost
(test_fixderiv3, the "each by a parameter of its own" reading). It does not know f as the cost, so the same page
written with f(w, b) was read as one chain, ∂f/∂b a step of ∂f/∂w: the right page was called wrong at line 5, and
a page whose ∂f/∂b slipped into ∂f/∂w's value was called the gradient — both confident and false (mergefix3's
probe of fixderiv4's reading beside the split). By hand, below with sympy.diff: for f = (1/2m)Σ(wxᵢ + b − yᵢ)²,
∂f/∂w = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ and ∂f/∂b = (1/m)Σ(wxᵢ + b − yᵢ), which differ, so neither is a step of the other.
"""

from __future__ import annotations

import pytest
import sympy

from logderiv import steps
from logderiv.errors import InputError

_COST = r"$$f(w, b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2$$" "\n\n"
_BY_W = r"$$\frac{\partial f(w,b)}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}$$" "\n\n"
_BY_B = r"$$\frac{\partial f(w,b)}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})$$" "\n"
#: ∂f/∂b slipped into ∂f/∂w's value: the page once read as "the gradient"
_BY_B_SLIPPED = _BY_B.replace(r"b - y^{(i)})$$", r"b - y^{(i)}) x^{(i)}$$")


def test_the_two_derivatives_by_sympy_diff():
    """Two examples written out: ∂f/∂w and ∂f/∂b as the page states them, and they are not equal to each other."""
    w, b, x1, x2, y1, y2 = sympy.symbols("w b x1 x2 y1 y2")
    m = 2
    cost = sum((w * x + b - y) ** 2 for x, y in ((x1, y1), (x2, y2))) / (2 * m)
    by_w = sum((w * x + b - y) * x for x, y in ((x1, y1), (x2, y2))) / m
    by_b = sum((w * x + b - y) for x, y in ((x1, y1), (x2, y2))) / m
    assert sympy.expand(sympy.diff(cost, w) - by_w) == 0
    assert sympy.expand(sympy.diff(cost, b) - by_b) == 0
    assert sympy.expand(by_w - by_b) != 0  # so ∂f/∂b read as a step of ∂f/∂w could only be judged falsely


@pytest.mark.parametrize("page", [_COST + _BY_W + _BY_B, _COST + _BY_W + _BY_B_SLIPPED],
                         ids=["right", "b-slipped-into-w"])
def test_a_letter_named_cost_by_two_parameters_is_refused_at_the_second(page):
    with pytest.raises(InputError) as refused:
        steps(page, file_kind="markdown")
    assert "by more than one parameter" in str(refused.value)
    assert refused.value.line == 5 and refused.value.column is not None


def test_the_same_page_naming_the_cost_j_is_still_read_each_on_its_own():
    # the split the letter-named page is refused for want of: each derivative checked against J
    assert steps((_COST + _BY_W + _BY_B).replace("f(w", "J(w"), file_kind="markdown").ending == "gradient"
    review = steps((_COST + _BY_W + _BY_B_SLIPPED).replace("f(w", "J(w"), file_kind="markdown")
    assert review.ending == "wrong"


def test_one_derivative_of_f_is_still_read():
    # fixderiv4's reading where it is right: one derivative of f by its name, checked against f's definition
    assert steps(_COST + _BY_W, file_kind="markdown").ending == "gradient"
    assert steps(_COST + _BY_W.replace(r"\frac{1}{m}", r"\frac{2}{m}"), file_kind="markdown").ending == "wrong"
