"""audit29b: near-variants of this session's readings of written derivations and of ReLU that mean something else.

Each test names the text a person could write, what it means worked out by hand (checked here with NumPy's finite
differences, never against logderiv), and what logderiv must do: read it so, or refuse it.
"""

from __future__ import annotations

import numpy
import pytest
from click.testing import CliRunner

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences
from logderiv.cli import main


def _derive(*arguments: str):
    return CliRunner().invoke(main, ["derive", "-f", "text", *arguments])


# -- a bracketless function of a bare number, then a factor: relu 2z ------------------------------------------------
#
# "relu 2z", like "\tanh 2x" in every textbook, means relu(2z), whose derivative is 2·heaviside(2z); it was derived as
# z·ReLU(2) = 2z, whose derivative is 2 everywhere: at z = −0.3 the two are 0 and 2.


def test_the_hand_worked_meaning_of_relu_2z_by_finite_differences():
    relu = lambda v: numpy.maximum(0.0, v[0])  # noqa: E731
    meant = lambda v: relu(2 * v)  # noqa: E731
    literal = lambda v: v[0] * relu(numpy.array([2.0]))  # noqa: E731
    at = numpy.array([-0.3])
    assert numpy.allclose(central_differences(meant, at), [0.0])
    assert numpy.allclose(central_differences(literal, at), [2.0])


@pytest.mark.parametrize("cost", ["relu 2z", "ReLU 2 z", r"\mathrm{ReLU} 2z", r"\tanh 2z", "sigma 2z", "softplus 2z"])
def test_a_function_of_a_bare_number_before_a_factor_is_refused(cost):
    result = _derive(cost, "--wrt", "z")
    assert result.exit_code == 2, result.output
    assert "is ambiguous" in result.stderr and "of a constant" in result.stderr


@pytest.mark.parametrize("cost", ["relu(2z)", "relu z", "relu(z) (1 + z)", r"\sqrt 2 z"])
def test_the_bracketed_and_single_operand_forms_stay_read(cost):
    assert _derive(cost, "--wrt", "z").exit_code == 0
