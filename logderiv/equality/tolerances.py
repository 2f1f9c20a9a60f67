"""Every constant of logderiv's "are these equal?" checks, each defined once, with why it has its value.

Step verification (:mod:`.equality`), answer judging (:mod:`.answer` over
:mod:`.samples`), written derivations (:mod:`.chain`), matrix steps and matrix
answers (:mod:`.arrays`, :mod:`.matrix_chain`) and gradcheck's reference
(:mod:`logderiv.codecheck.reference`) read their tolerances, numbers of points,
sizes, symbolic bounds and seeds from here, so a fix to one is made once.
Where two checks use different values, both are here side by side, with the
reason; changing any of them changes which points are drawn or what counts as
equal, so verdicts, step checks and counterexamples (and their snapshots).

Plain numbers only: no imports, so every module of the checks can read this one
and a cold start pays nothing for it.
"""

from __future__ import annotations

__all__ = [
    "TOLERANCE", "MATRIX_TOLERANCE", "REAL_PART_TOLERANCE", "CLOSE_ENOUGH_TO_TRY",
    "STEP_POINTS", "STEP_ATTEMPTS", "ANSWER_POINTS", "MATRIX_POINTS", "SIGN_POINTS", "REAL_ATTEMPTS",
    "SYMBOLIC_OPS", "SYMBOLIC_TERMS", "SHARED_SYMBOLIC_NODES",
    "STEP_SEED", "RESULT_SEED", "ANSWER_SEED", "SIGN_SEED", "REAL_SEED", "MATRIX_LINES_SEED", "GRADCHECK_SEED",
    "MATRIX_SIZES", "MATRIX_SQUARE_SIZES", "MATRIX_LINES_SIZES",
    "FD_STEP", "FD_TOLERANCE", "FD_POINTS", "GRADCHECK_FD_STEP", "GRADCHECK_FD_TOLERANCE", "GRADCHECK_FD_FLOOR",
    "PRECISE_DIGITS", "CONFIRM_DIGITS", "DOUBLE_DIGITS",
]

# --- what counts as equal --------------------------------------------------------------------------

#: relative tolerance (absolute below 1) of a numeric comparison, of a step and of an answer alike:
#: far above double rounding (about 1e-16 per operation, 1e-12 after a long chain), far below any
#: mistake a person makes (a missing 1/m at m = 2 is a factor of 2)
TOLERANCE = 1e-8
#: the matrix form's steps and answers, compared entry by entry with NumPy: stricter, as set when the
#: matrix form was added (its sides are short array expressions evaluated without a chain of
#: definitions, so less rounding accumulates)
MATRIX_TOLERANCE = 1e-9
#: a complex value whose imaginary part is below this (relative) is taken as real: the cost's real
#: value (``equality.ensure_real_cost``) and its sign (``objective``)
REAL_PART_TOLERANCE = 1e-9
#: an answer's quick look before a symbolic attempt (``answer._maybe_equal``): only orders the work,
#: never decides, so it is loose; relative, because a deep σ tower's gradient is about 1e-7 everywhere
CLOSE_ENOUGH_TO_TRY = 1e-6

# --- how many points ---------------------------------------------------------------------------------

#: random points per concrete size for a step the engine made (each step of every derivation is
#: checked, so this multiplies the cost of ``derive``; a rewrite rule is right or wrong everywhere)
STEP_POINTS = 4
#: random points tried per size for STEP_POINTS where both sides are defined
STEP_ATTEMPTS = 40
#: random points per concrete size for an answer. The two counts were chosen separately when steps
#: (2aaea0f) and answers (8a0ac06) were first checked; an answer is arbitrary text rather than a
#: rewrite rule, and its points are drawn once and shared by every answer to a question, so more
#: points cost little there. Kept apart: making them equal would change which points judge an
#: answer, and so verdicts, counterexamples and the grading snapshots.
ANSWER_POINTS = 6
#: random points per size of MATRIX_SIZES for matrix-form steps, answers and the vectorised cost
#: (tried up to ten times as many for points where both sides are defined)
MATRIX_POINTS = 4
#: points per size at which the cost's sign is looked at (``objective``: loss or log-likelihood)
SIGN_POINTS = 6
#: random points tried at each size for one where the cost has a real value (``ensure_real_cost``)
REAL_ATTEMPTS = 100

# --- when a symbolic proof is tried ----------------------------------------------------------------

#: a symbolic attempt (expand the difference, is it 0?) is only made below this many operations:
#: expand is cheap, not free; the same bound for steps and answers
SYMBOLIC_OPS = 400
#: an answer's symbolic attempt is also skipped when multiplying out would give more terms than this
#: (answers are written by hand: a product of sums that expands into thousands of terms is common)
SYMBOLIC_TERMS = 2_000
#: with shared definitions, a step's symbolic attempt is made only when its sides would substitute
#: to at most this many nodes
SHARED_SYMBOLIC_NODES = 4 * SYMBOLIC_OPS

# --- seeds: every random draw is seeded, so the same input always prints the same output ------------
# Each value names a stream of points (``numeric.point``: a point's values depend only on the
# stream, the size and the point's number). Streams differ where two checks must not share values.

#: the points every step of a derivation is compared at
STEP_SEED = 20261127
#: the final check of a result against ``sympy.diff`` and finite differences (the same number as
#: ANSWER_SEED, so the final check and a verdict draw the same points: harmless, values are pure)
RESULT_SEED = STEP_SEED + 1
#: the points an answer is judged at (``samples.Samples``)
ANSWER_SEED = 20261128
#: the cost's sign test: a stream of its own, so it shares no values with a verdict's
SIGN_SEED = 20261204
#: the search for a point where the cost is real (``ensure_real_cost``), and the one point looked
#: at with 30 digits when no point of a comparison had a value in double precision
REAL_SEED = 0
#: the random rational data of matrix-form lines (``matrix_chain``), one draw per size
MATRIX_LINES_SEED = 20240611
#: gradcheck's reference: the random directions its finite differences are taken along
GRADCHECK_SEED = 0

# --- sizes ---------------------------------------------------------------------------------------------
# (Index-form sizes are planned per expression by ``numeric.sizes_for``, from ``numeric.SIZES``.)

#: (m, n) the matrix steps are checked at: m ≠ n in each and two orientations, so a transposed X cannot pass
MATRIX_SIZES: tuple[tuple[int, int], ...] = ((3, 2), (2, 4), (5, 3))
#: (m, n) a matrix answer whose shapes conform only when m = n is judged at: two square sizes,
#: every component j of each
MATRIX_SQUARE_SIZES: tuple[tuple[int, int], ...] = ((2, 2), (3, 3))
#: (m, n) matrix-form lines are compared at, exactly (rational data, θ symbolic)
MATRIX_LINES_SIZES: tuple[tuple[int, int], ...] = ((4, 2), (5, 3), (6, 4))

# --- finite differences --------------------------------------------------------------------------------

#: step of the final check's central difference (relative to the value moved), and the tolerance it affords
FD_STEP = 1e-5
FD_TOLERANCE = 1e-6
#: points per size at which the result is also checked by finite differences (four evaluations each)
FD_POINTS = 2
#: gradcheck's reference: a central difference along a random direction, step relative to |θ|; it is
#: checked against a whole gradient of float64 NumPy code, so the tolerance is looser than FD_TOLERANCE
GRADCHECK_FD_STEP = 1e-5
GRADCHECK_FD_TOLERANCE = 1e-5
#: absolute floor of that tolerance, for a gradient that is 0
GRADCHECK_FD_FLOOR = 1e-9

# --- precision -------------------------------------------------------------------------------------------

#: digits of the slow re-check of a finite difference that double rounding may have spoiled
PRECISE_DIGITS = 30
#: digits an answer's counterexample is confirmed with, so floating-point noise cannot make one
CONFIRM_DIGITS = 50
#: digits of a step's counterexample, computed in double precision (53 bits: about 16 digits) and
#: not confirmed: a failed step is an internal error, reported as such, and never printed
DOUBLE_DIGITS = 16
