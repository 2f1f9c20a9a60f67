r"""Derivatives set as the rows of one ``\begin{aligned}`` (or ``align*``) are equations of their own (issue 10).

fixderiv3 reads ``$$\frac{∂J}{∂β_0} &= … \\ \frac{∂J}{∂β_j} &= …$$`` row by row, but left a display holding an
environment whole, and its reader took ``\begin{aligned}\frac{∂J}{∂θ_0} &= A \\ \frac{∂J}{∂θ_1} &= B\end{aligned}``
for one chain, ∂J/∂θ₁ a step of ∂J/∂θ₀'s value: the right page was called wrong, and the page with the two rows'
values swapped called the gradient (found by mergefix3's probes; the same before fixderiv3). By hand, below with
sympy.diff: for J = (1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)², ∂J/∂θ₀ = (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ) and ∂J/∂θ₁ = (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ)xᵢ.
"""

from __future__ import annotations

import pytest
import sympy

from logderiv import steps

_COST = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2$$" "\n\n"
_BY_0 = r"\frac{\partial J}{\partial \theta_0} &= \frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})"
_BY_1 = r"\frac{\partial J}{\partial \theta_1} &= \frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) x^{(i)}"


def _page(first: str, second: str, environment: str) -> str:
    return _COST + "$$\\begin{" + environment + "}\n" + first + " \\\\\n" + second + "\n\\end{" + environment + "}$$\n"


def _swapped(row: str) -> str:
    """The row's derivative by the other parameter, its value kept."""
    return row.replace(r"\theta_0}", "@").replace(r"\theta_1}", r"\theta_0}").replace("@", r"\theta_1}")


def test_the_two_rows_by_sympy_diff():
    """Two examples written out: each row's value is its derivative, and not the other's."""
    t0, t1, x1, x2, y1, y2 = sympy.symbols("t0 t1 x1 x2 y1 y2")
    data = ((x1, y1), (x2, y2))
    cost = sum((t0 + t1 * x - y) ** 2 for x, y in data) / 4
    by_0 = sum(t0 + t1 * x - y for x, y in data) / 2
    by_1 = sum((t0 + t1 * x - y) * x for x, y in data) / 2
    assert sympy.expand(sympy.diff(cost, t0) - by_0) == 0
    assert sympy.expand(sympy.diff(cost, t1) - by_1) == 0
    assert sympy.expand(by_0 - by_1) != 0


@pytest.mark.parametrize("environment", ["aligned", "align*"])
def test_right_rows_end_at_the_gradient(environment):
    assert steps(_page(_BY_0, _BY_1, environment), file_kind="markdown").ending == "gradient"


@pytest.mark.parametrize("environment", ["aligned", "align*"])
def test_rows_with_their_values_swapped_are_wrong(environment):
    review = steps(_page(_swapped(_BY_0), _swapped(_BY_1), environment), file_kind="markdown")
    assert review.ending == "wrong" and review.first_error is not None


def test_a_chain_in_an_environment_is_still_one_chain():
    # J &= … \\ &= …: the second row has no left side of its own, so the environment is read whole, as before
    chain = (r"\frac{\partial J}{\partial \theta_1} &= \frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})"
             r" \frac{\partial}{\partial \theta_1}(\theta_0 + \theta_1 x^{(i)})")
    rest = r"&= \frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) x^{(i)}"
    assert steps(_page(chain, rest, "aligned"), file_kind="markdown").ending == "gradient"
    assert steps(_page(chain, rest.replace(") x^{(i)}", ")"), "aligned"),
                 file_kind="markdown").ending == "wrong"


def test_one_derivative_restated_row_after_row_is_still_one_chain():
    """∂J/∂θ₁ &= (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ)xᵢ \\\\ ∂J/∂θ₁ &= (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ): the second value (∂J/∂θ₀'s, by the
    sympy.diff above) is a wrong step of one chain, caught as before; split, the page was only 'unfinished'."""
    review = steps(_page(_BY_1, _BY_1.replace(") x^{(i)}", ")"), "aligned"), file_kind="markdown")
    assert review.ending == "wrong" and review.first_error is not None
    assert steps(_page(_BY_1, _BY_1, "aligned"), file_kind="markdown").ending == "gradient"
