r"""Audit of fixderiv41 (``\par{…}`` read as the bracket ( … )): the shapes where a vault's \par is its ∂.

A vault that abbreviates \partial as a macro \par writes ∂J/∂wⱼ as ``\par{J}{w_j}`` (two arguments, the
``physics`` package's \pdv shape) or ``\par{J} / \par{w_j}`` (one argument, ∂ applied). The bracket reading made
them (J)·wⱼ and (J)/(wⱼ), and a right step was called wrong. Those shapes are refused now (a \par group followed by
another brace group, or two \par groups either side of a '/'). Expected verdicts are worked out by hand and checked
by finite differences, never copied from logderiv.
"""

from __future__ import annotations

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

COST = "$$\nJ = \\log \\par{ 1 + e^{ - y x^T w } }\n$$\n\n"
#: ∂J/∂wⱼ of J = log(1 + e^{−y xᵀw}), written two right ways (e^{−z}/(1 + e^{−z}) = 1/(1 + e^{z}))
FIRST = "\\frac{ e^{ - y x^T w } ( - y x_j ) }{ 1 + e^{ - y x^T w } }"
SECOND = "\\frac{ - y x_j }{ 1 + e^{ y x^T w } }"


def _page(derivative: str) -> str:
    return (COST + "$$\n\\frac{\\partial J}{\\partial w_j} = " + FIRST + "\n$$\n\n$$\n" + derivative + " = " + SECOND
            + "\n$$\n")


def test_both_right_hand_sides_are_the_gradient_by_finite_differences():
    rng = np.random.default_rng(4141)
    for y in (1.0, -1.0):
        x, w = rng.normal(size=3), rng.normal(size=3)
        numeric = central_differences(lambda v: float(np.log1p(np.exp(-y * (x @ v)))), w)
        assert np.allclose(numeric, np.exp(-y * x @ w) * (-y * x) / (1 + np.exp(-y * x @ w)), atol=1e-6)
        assert np.allclose(numeric, -y * x / (1 + np.exp(y * x @ w)), atol=1e-6)


def _refused_at_par(tmp_path, derivative: str, column: int) -> None:
    result = steps_of_page(tmp_path, _page(derivative))
    # before: exit 1, line 10 "wrong" (read (J)·wⱼ or (J)/(wⱼ)): a right step called wrong
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "'\\par' is TeX's paragraph break" in result.stderr
    assert f"line 10, column {column}" in result.stderr, result.stderr
    assert "\\par{…}{…}" in result.stderr or "/ \\par{…}" in result.stderr


def test_a_two_argument_par_derivative_is_refused_not_read_as_a_product(tmp_path):
    # \par{J}{w_j}: ∂J/∂wⱼ in the \pdv shape; the brackets would read it (J)·wⱼ
    _refused_at_par(tmp_path, "\\par{J}{w_j}", 1)


def test_a_two_argument_par_across_a_line_break_is_refused(tmp_path):
    _refused_at_par(tmp_path, "\\par{J}\n{w_j}", 1)


def test_a_par_over_par_derivative_is_refused_not_read_as_a_ratio(tmp_path):
    # \par{J} / \par{w_j}: ∂J/∂wⱼ with \par for ∂; the brackets would read it (J)/(wⱼ)
    _refused_at_par(tmp_path, "\\par{J} / \\par{w_j}", 1)


def test_a_par_divided_by_par_derivative_is_refused_not_read_as_a_ratio(tmp_path):
    # \par{J} \div \par{w_j}, \par{J} \over \par{w_j}: the same ∂J/∂wⱼ with another division sign
    _refused_at_par(tmp_path, "\\par{J} \\div \\par{w_j}", 1)
    result = steps_of_page(tmp_path, _page("\\par{J} \\over \\par{w_j}"))
    assert result.exit_code == 2 and "'\\par' is TeX's paragraph break" in result.stderr, result.stderr


def test_a_par_bracket_in_a_denominator_is_still_read(tmp_path):
    # the fixer's reading kept where one side of '/' is no \par: −y xⱼ / (1 + e^{y xᵀw}), right
    page = (COST + "$$\n\\frac{\\partial J}{\\partial w_j} = - y x_j / \\par{ 1 + e^{ y x^T w } }\n$$\n")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
