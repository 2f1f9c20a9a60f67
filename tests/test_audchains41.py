"""audchains41: an adversarial review of fixchains41's readings for silent misreads.

* The Hessian set aside (notation/second_derivative.py) only where a first derivative is left beside it: a lemma
  (dσ/dz = σ(1 − σ)) counted as that first derivative, so a page whose derivation IS the second derivative of its
  loss (∂²L/∂w² = ∂/∂w[(σ(wx) − y)x] = σ(wx)x², a slip: it is σ(wx)(1 − σ(wx))x²) was read "ending gradient, no
  wrong line", judging the lemma as the page's derivation. Main refused it ("a derivative of a derivative").
  Mended: the second derivative is set aside only beside a first derivative of the same function (∂L/… beside ∂²L).
"""

from __future__ import annotations

import sympy

from _derivations_table import steps_of_page
from logderiv.notation.second_derivative import second_derivatives_set_aside

_LEMMA_THEN_HESSIAN = (
    "The loss for one example is $L(w) = -[y \\log \\sigma(w x) + (1-y)\\log(1-\\sigma(w x))]$.\n\n"
    "$$ \\frac{d \\sigma(z)}{d z} = \\sigma(z)(1-\\sigma(z)) $$\n\n"
    "$$ \\frac{\\partial^2 L}{\\partial w^2} = \\frac{\\partial}{\\partial w}\\left[(\\sigma(w x) - y) x\\right] "
    "= \\sigma(w x) x^2 $$\n")


def _line(number: int) -> str:
    return f"line {number}"


def test_the_facts_by_sympy():
    """d²L/dw² of one example's logistic loss is σ(wx)(1 − σ(wx))x², not the page's σ(wx)x² (random points)."""
    w, x, y = sympy.symbols("w x y", real=True)
    s = 1 / (1 + sympy.exp(-w * x))
    loss = -(y * sympy.log(s) + (1 - y) * sympy.log(1 - s))
    second = sympy.diff(loss, w, 2)
    for point in ({w: 0.3, x: -1.2, y: 1}, {w: -0.7, x: 2.1, y: 0}):
        assert abs(float((second - s * (1 - s) * x ** 2).subs(point))) < 1e-9
        assert abs(float((second - s * x ** 2).subs(point))) > 1e-3


def test_a_lemma_is_no_gradient_beside_the_second_derivative():
    """Only the lemma dσ/dz beside ∂²L/∂w²: the second derivative is the page's derivation, nothing set aside."""
    assert second_derivatives_set_aside(_LEMMA_THEN_HESSIAN, _line) == (_LEMMA_THEN_HESSIAN, [])


def test_the_hessian_page_with_a_lemma_is_not_read_as_a_gradient(tmp_path):
    """Refused (as on main), never 'ending gradient' with the slip on line 5 unseen."""
    result = steps_of_page(tmp_path, _LEMMA_THEN_HESSIAN)
    assert result.exit_code not in (0, 1), result.output
    assert "line 5" in result.stderr


def test_a_gradient_of_the_same_loss_still_lets_the_hessian_be_set_aside():
    text = ("$$ \\frac{\\partial L}{\\partial w} = (\\sigma(w x) - y) x $$\n"
            "$$ \\frac{\\partial^2 L}{\\partial w^2} = \\sigma(w x)(1 - \\sigma(w x)) x^2 $$\n")
    blanked, notes = second_derivatives_set_aside(text, _line)
    assert len(notes) == 1 and "\\partial^2" not in blanked and "\\frac{\\partial L}" in blanked
