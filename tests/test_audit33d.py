"""audit33d: misreadings found in fixcold34a's new readings, each pinned by a page worked by hand.

- special_case_cost.py set aside ``L(w,b) = (1/m)Σ(wx − y)²`` captioned ``b=0`` even where a derivative of that special
  case stood between it and the later cost with b: ∂L/∂w = (2/m)Σ x(wx − y), right at b = 0, was judged against the
  later cost and called a wrong step.
- latex.py's chain_rule_factors read ``\\frac{\\partial}{\\partial w} 2 \\frac{\\partial J}{\\partial w}`` as
  (∂2/∂w)·∂J/∂w = 0, where the writer's product is 2·∂J/∂w under the operator (a second derivative): only the chain
  rule's link, ∂/∂h … ∂h/∂θ₀, is read as its factors.
"""

from __future__ import annotations

from pathlib import Path

import numpy
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

from logderiv.notation import latex, tree

_XS = numpy.array([0.3, -1.2, 2.0, 0.7])
_YS = numpy.array([1.1, 0.4, -0.5, 2.2])

_SPECIAL_CASE_DERIVED_FIRST = r"""Primero con un solo parámetro (w), b=0.

$$L(w,b) = \frac{1}{m} \sum_{i=1}^{m} (wx_{i} - y_i)^2$$
$$\text{Funcion de pérdida con b=0}$$

$$\frac{\partial L(w,b)}{\partial w} = \frac{2}{m} \sum_{i=1}^{m} [x_i(wx_i - y_i)]$$

Ahora con b como parametro.

$$L(w,b) = \frac{1}{m} \sum_{i=1}^{m} ([wx_{i} + b] - y_i)^2$$
$$\text{Función de pérdida con b como parametro}$$

$$L_b = \frac{\partial L(w,b)}{\partial b} = \frac{2}{m} \sum_{i=1}^{m} [(wx_i + b) - y_i] $$
"""


def test_the_special_case_derivative_is_right_at_b_zero() -> None:
    # ∂/∂w (1/m)Σ(wx − y)² = (2/m)Σ x(wx − y): the line the page writes, right for the b = 0 cost it derives
    w = 0.8
    numeric = central_differences(lambda v: float(numpy.mean((v[0] * _XS - _YS) ** 2)), numpy.array([w]))[0]
    assert abs(numeric - 2 * numpy.mean(_XS * (w * _XS - _YS))) < 1e-6


def test_a_derivative_of_the_special_case_keeps_it_from_being_set_aside(tmp_path: Path) -> None:
    result = _steps(tmp_path, _SPECIAL_CASE_DERIVED_FIRST, "-f", "json", "--timeout", "60")
    # the page derives two costs; judging line 6 against the cost with b is a false wrong step: a refusal at most
    assert result.exit_code != 1, result.output
    assert "a special case" not in result.output


def _chain_note(parsed) -> bool:
    return any("the chain rule's next factor" in note for note in parsed.notes)


def test_an_operator_before_a_constant_and_a_derivative_is_no_chain_rule() -> None:
    # ∂/∂w (2 ∂J/∂w) = 2 ∂²J/∂w², not (∂2/∂w)(∂J/∂w) = 0: the derivative that follows is not ∂w/∂·
    parsed = latex.parse(r"\frac{\partial}{\partial w} 2 \frac{\partial J}{\partial w}")
    assert not _chain_note(parsed)
    assert isinstance(parsed.tree, tree.Derivative)
    parsed = latex.parse(r"\frac{\partial}{\partial w}\left(w^2\right) \frac{\partial L}{\partial w}")
    assert not _chain_note(parsed)
    assert isinstance(parsed.tree, tree.Derivative)


def test_the_chain_rules_link_is_still_read_as_its_factors() -> None:
    parsed = latex.parse(r"\frac{\partial}{\partial z}\sigma(z) \frac{\partial z}{\partial w}")
    assert _chain_note(parsed)
    assert isinstance(parsed.tree, tree.Binary) and isinstance(parsed.tree.left, tree.Derivative)
