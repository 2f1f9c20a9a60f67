"""audoctf35: an adversarial audit of fixoctf35's readings.

fixoctf35's _drop_zeroing_of_a_zero dropped ``thetaReg(1) = 0`` after any line STARTING ``thetaReg = [0; …``,
though its guard says the literal must be the name's whole value: ``thetaReg = [0; theta(2:n)] + 1;`` has first
entry 1 (by hand: 0 + 1), so the zeroing changes it and must never be dropped as a no-op.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv.notation import pasted

_ZEROING = "thetaReg(1) = 0;"


@pytest.mark.parametrize("literal", [
    "thetaReg = [0; theta(2:n)] + 1;",
    "thetaReg = [0; theta(2:n)] + lambda;",
    "thetaReg = [0; theta(2:n)] - theta;",
])
def test_zeroing_after_a_literal_that_is_not_the_whole_value_is_kept(literal):
    # independent check: the first entry the writer's line leaves, run as NumPy, is no 0
    theta, lam = np.array([0.3, -1.2, 0.8]), 0.7
    first = {"+ 1;": 0 + 1, "+ lambda;": 0 + lam, "- theta;": 0 - theta[0]}[literal.split("]")[-1].strip()]
    assert first != 0
    lets, notes = pasted._drop_zeroing_of_a_zero([literal, _ZEROING], {})
    assert lets == [literal, _ZEROING] and notes == []


@pytest.mark.parametrize("literal", ["thetaReg = [0; theta(2:n)];", "thetaReg = [0, theta(2:n)'];  % reg",
                                     "thetaReg = [0; theta(2:n)]"])
def test_zeroing_after_the_whole_zero_first_literal_is_still_dropped(literal):
    lets, notes = pasted._drop_zeroing_of_a_zero([literal, _ZEROING], {})
    assert lets == [literal] and len(notes) == 1
