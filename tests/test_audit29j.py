"""audit29j: fixf70c's readings (a gradient returned as an array of its components; ``--let 'w_ = w'``) read as
an adversary; each misread found is refused here, never read with a guess.

Why: four inputs gave a wrong verdict or a silent reading —
- ``--let 'x_ = x'`` respelled ``x_{1}`` (x with the subscript 1) as ``x{1}``, so a right ∂/∂w₁ that wrote ``x_1`` was
  judged 'different' against a cost writing ``x_{1}``; the subscript is now left as written;
- Octave's ``[g1, g2; g3, g4]`` (a 2×2 matrix) was read as the column [g1, g2, g3, g4] of four components;
- ``db = np.array([…])`` beside ``--wrt w_j`` was judged as ∇_w, its name dropped, where ``db = …`` beside
  ``--wrt w_1`` is refused;
- Octave's ``theta(1)`` beside a cost in θ₀, θ₁ (Ng's course: theta(1) IS θ₀) was read as θ₁ and a right answer
  judged 'different'; which numbering the texts share is not said, so it is refused, as NumPy's w[0] beside w_0 is.
The right verdicts are worked by hand and the hand gradients held to finite differences (``_numeric``), never to
logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused

RNG = np.random.default_rng(2929)


def test_the_hand_gradients_agree_with_finite_differences():
    """∇ of (w₁x₁ + w₂x₂ − y)² is 2e(x₁, x₂); of (θ₀ + θ₁x − y)² is 2e(1, x), e the residual."""
    x1, x2, y, at = *RNG.normal(size=3), RNG.normal(size=2)

    def two_features(w):
        return float((w[0] * x1 + w[1] * x2 - y) ** 2)

    residual = at[0] * x1 + at[1] * x2 - y
    assert np.allclose(central_differences(two_features, at), 2 * residual * np.array([x1, x2]), atol=1e-6)

    def line(theta):
        return float((theta[0] + theta[1] * x1 - y) ** 2)

    residual = at[0] + at[1] * x1 - y
    assert np.allclose(central_differences(line, at), 2 * residual * np.array([1.0, x1]), atol=1e-6)


# --- the alias x_ = x leaves a subscript x_{1} as written -------------------------------------------------------

@pytest.mark.parametrize(("answer", "verdict"), [
    ("2*(w_1*x_1 + w_2*x_2 - y)*x_1", "equivalent"),  # was 'different': the cost's x_{1} became x{1}
    ("2*(w_1*x_{1} + w_2*x_{2} - y)*x_{1}", "equivalent"),
    ("2*(w_1*x_{1} + w_2*x_{2} - y)*x_{2}", "different"),  # ∂/∂w₂'s factor
])
def test_an_alias_leaves_a_braced_subscript_as_written(answer, verdict):
    assert_verdict_read(answer, "(w_1*x_{1} + w_2*x_{2} - y)^2", verdict, wrt="w_1", lets=("x_ = x",))


def test_the_alias_is_still_read_and_noted_where_it_stands_alone():
    verdict = logderiv.check("2*(w*x_ - y)*x_", cost="(w*x - y)^2", wrt="w", let=("x_ = x",))
    assert verdict.verdict == "equivalent"
    assert any("x_ is read as x" in note for note in notes_of(verdict))


# --- Octave's matrix is no column of components -----------------------------------------------------------------

def test_an_octave_matrix_is_refused_not_read_as_a_column():
    model = "(w_1*x_1 + w_2*x_2 + w_3*x_3 + w_4*x_4 - y)"
    lines = "".join(f"g{k} = 2*{model}*x_{k};\n" for k in range(1, 5))
    answer = lines + "grad = [g1, g2; g3, g4];"  # its entries are the right components, but it is 2×2
    error = refused(logderiv.check, answer, cost=f"{model}^2", wrt="w_j")
    assert "matrix" in error.message and "[g1, g2; g3, g4]" in error.message
    # the column of the same lines is read (each entry 2e·x_k, worked by hand above)
    assert_verdict_read(lines + "grad = [g1; g2; g3; g4];", f"{model}^2", "equivalent", wrt="w_j")


# --- an array named the gradient by another parameter -----------------------------------------------------------

COST_B = "(w_1*x_1 + w_2*x_2 + b - y)^2"
ROWS = "[2*(w_1*x_1 + w_2*x_2 + b - y)*x_1, 2*(w_1*x_1 + w_2*x_2 + b - y)*x_2]"


@pytest.mark.parametrize(("answer", "wrt"), [
    (f"db = np.array({ROWS})", "w_j"),  # was 'equivalent': the name db dropped
    (f"dw = np.array({ROWS})".replace("w_", "theta_"), "theta_j"),  # dw beside θ, as check refuses dw = … there
])
def test_an_array_named_by_another_parameter_is_refused(answer, wrt):
    cost = COST_B if wrt == "w_j" else COST_B.replace("w_", "theta_")
    error = refused(logderiv.check, answer, cost=cost, wrt=wrt)
    assert "names the gradient by" in error.message and "--wrt" in (error.hint or "")


def test_an_array_named_by_its_own_parameter_is_still_judged():
    assert_verdict_read(f"dw = np.array({ROWS})", COST_B, "equivalent", wrt="w_j")


# --- Octave's theta(1) beside a cost numbered from 0 ------------------------------------------------------------

@pytest.mark.parametrize(("answer", "cost", "wrt"), [
    ("2*(theta(1) + theta(2)*x - y)", "(theta_0 + theta_1*x - y)^2", "theta_0"),  # was 'different' (right as θ₀)
    ("g0 = 2*(theta(1) + theta(2)*x - y);\ng1 = 2*(theta(1) + theta(2)*x - y)*x;\ngrad = [g0; g1];",
     "(theta_0 + theta_1*x - y)^2", "theta_j"),  # was 'different'
    ("[2*(w(1) + w(2)*x - y); 2*(w(1) + w(2)*x - y)*x]", "(w_0 + w_1*x - y)^2", "w_j"),
    ("2*(w_0 + w_1*x - y)", "(w(1) + w(2)*x - y)^2", "w_1"),  # the other way round
])
def test_octave_entries_beside_a_numbering_from_zero_are_refused(answer, cost, wrt):
    error = refused(logderiv.check, answer, cost=cost, wrt=wrt)
    assert "Octave's entry" in error.message and "one numbering" in (error.hint or "")


def test_octave_entries_numbered_as_the_cost_numbers_are_still_read():
    """(θ₁ + θ₂x − y)² in Octave's own numbering: the column (2e, 2e·x) is right, by hand."""
    answer = "[2*(theta(1) + theta(2)*x - y); 2*(theta(1) + theta(2)*x - y)*x]"
    assert_verdict_read(answer, "(theta(1) + theta(2)*x - y)^2", "equivalent", wrt="theta_j")
