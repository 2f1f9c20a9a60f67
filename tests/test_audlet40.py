"""audlet40: an adversarial review of fixlet40's readings (the --let lines read as one body, theta = theta.^2, and
Octave's [f, df] = softplus(…)) for silent misreads.

* --let lines pasted out of the order they run in: ``y2 = y2.^2;`` given before ``y2 = h-y;``. Read as one body in
  the order given, the square is of a y2 not yet set and is lost: the cost's J1 = Σ(h − y)/(2m), the gradient
  Σᵢ xᵢⱼ/(2m), while the writer's lines (a squared error, as each line says) mean J1 = Σ(h − y)²/(2m). A line that
  reads a name the lines set before any line has set it says the lines are not in the order they run: not read as
  one body (refused as before, y2 defined twice).

Expected results are worked out by hand and held to central finite differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences
from _reading import notes_of, refused

SWAPPED = ["h = X*theta;", "y2 = y2.^2;", "y2 = h-y;", "J1 = sum(y2)/(2*m);"]


def test_the_squared_error_the_swapped_lines_mean_by_hand():
    # by hand: J1 = Σ(Xθ − y)²/(2m), ∇J1 = Xᵀ(Xθ − y)/m; the misread Σ(Xθ − y)/(2m) has gradient Xᵀ1/(2m), not it
    rng = np.random.default_rng(4040)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    meant = lambda t: float((X @ t - y) @ (X @ t - y) / 12)  # noqa: E731
    by_hand = X.T @ (X @ theta - y) / 6
    assert np.allclose(central_differences(meant, theta), by_hand, atol=1e-6)
    assert not np.allclose(by_hand, X.T @ np.ones(6) / 12, atol=1e-3)


def test_lets_read_before_they_are_set_are_not_read_as_one_body():
    # the misread: Sum(x[i, j], (i, 1, m))/(2*m), the square lost; now refused (y2 set twice, order not the run's)
    error = refused(logderiv.derive, "J = J1;", wrt="theta_j", let=SWAPPED)
    assert "y2" in str(error), error


def test_the_swapped_lines_give_no_false_equivalent():
    # the misread's gradient, X'*ones(m,1)/(2m), must not be judged equivalent to these lines' cost
    error = refused(logderiv.check, "sum(X)'/(2*m)", cost="J = J1;", wrt="theta_j", let=SWAPPED)
    assert "y2" in str(error), error


def test_the_same_lines_in_run_order_are_still_read():
    lets = ["h = X*theta;", "y2 = h-y;", "y2 = y2.^2;", "J1 = sum(y2)/(2*m);"]
    verdict = logderiv.check("X'*(X*theta-y)/m", cost="J = J1;", wrt="theta_j", let=lets)
    assert verdict.verdict == "equivalent", verdict
    assert any("one body" in note for note in notes_of(verdict)), notes_of(verdict)
