"""Issue 10: a code name for the count of the parameters (``sizeOfTheta = size(theta,1)``) before a slice.

An Octave linearRegCostFunction (public code index file 7619925921; wave f36) writes
``sizeOfTheta = size(theta,1)`` and penalises ``theta(2:sizeOfTheta)``: θ without its first entry, the
intercept's. The let's value says what it counts (the parameter vector's n entries), whatever its name, so n is
put in where the name is used and the let goes, noted. Each meaning is worked by hand and held to central finite
differences of a NumPy cost written here (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import derive
from logderiv.errors import LogderivError

from _reading import assert_gradient_read, notes_of

OCTAVE_COST = "sum((h - y) .^ 2)/(2 * m) + sum(theta(2:sizeOfTheta) .^ 2) * lambda/(2*m)"
OCTAVE_LETS = ("m = length(y)", "sizeOfTheta = size(theta,1)", "h = X * theta")


def _half_mse_tail_l2(d):
    """(1/(2m))‖Xθ − y‖² + (λ/(2m)) Σ_{k≥2} θₖ²: the intercept θ₁ left out of the penalty (by hand)."""
    r = d.X @ d.theta - d.y
    tail = d.theta[1:]
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(tail @ tail)


def test_the_octave_cost_is_read_with_the_count_put_in():
    # leaving θ₁ out of the penalty changes the gradient's first entry (worked here), so the slice matters
    rng = np.random.default_rng(5)
    theta, lam, m = rng.normal(size=3), 0.7, 4
    whole, tail = lam / m * theta, lam / m * np.r_[0.0, theta[1:]]
    assert not np.isclose(whole[0], tail[0])
    assert_gradient_read(OCTAVE_COST, _half_mse_tail_l2, lets=OCTAVE_LETS)
    notes = notes_of(derive(OCTAVE_COST, let=list(OCTAVE_LETS)))
    assert any(note.startswith("sizeOfTheta = size(theta,1) counts the entries of the parameter vector")
               for note in notes)


@pytest.mark.parametrize("name, value", [("num_params", "numel(theta)"), ("nTheta", "length(theta)")])
def test_other_names_and_counts_of_theta_read_alike(name, value):
    cost = OCTAVE_COST.replace("sizeOfTheta", name)
    assert_gradient_read(cost, _half_mse_tail_l2, lets=("m = length(y)", f"{name} = {value}", "h = X * theta"))


def test_a_count_of_the_examples_under_that_name_is_not_the_parameters_count():
    """size(X,1) counts X's rows, the examples: theta(2:m) is no slice logderiv can read — never θ(2:n)."""
    with pytest.raises(LogderivError):
        derive(OCTAVE_COST, let=["m = length(y)", "sizeOfTheta = size(X,1)", "h = X * theta"])
