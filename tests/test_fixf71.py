"""fixf71: the blind wave f71's refusals read as families of code that recur (issue 10).

* R's ``theta[2:n]`` beside ``--let 'n <- ncol(X)'`` (a report's regularized J.history): X %*% theta makes θ as long
  as X is wide, so entries 2..n are θ without its first entry (R numbers from 1), noted; n bound to anything else
  (the examples' count) or not bound at all stays refused;
* Julia's ``@.`` macro dots every operation after it on its line (``X * θ`` after it is X .* θ, refused as a shape
  error, never read as the matrix product), noted;
* Julia's and R's bare ``log2(v)`` (``log10(v)``) are the language's base-2 (base-10) logarithm, noted; in plain maths
  and in NumPy text without the ``np.`` it stays refused (log₂ v, or log(2)·v?);
* code that sets one name and ends on a bare expression of it (a Julia function's body: ``L = …`` then ``sum(L)``) is
  that expression's value, noted; without a mark of code the two lines stay the notes' business;
* Julia's ``m, n = size(X)`` (``(N, D) = size(X)``) unpacks the tuple (rows, columns) as Octave's ``[m, n] = size(X)``
  does, noted; ``n, m = size(X)`` (logderiv's letters swapped) stays refused.

Every truth is checked independently: gradients against finite differences of a NumPy cost written here (through
tests/_reading.py's corpus judge), verdicts against ones worked by hand.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

EQ, DIFF = "equivalent", "different"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_ce(d):
    h = _sigmoid(d.X @ d.theta)
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))


# --- R's theta[2:n] with n <- ncol(X) ------------------------------------------------------------------------------

# the report's J.history: mean cross-entropy + (λ/2/m)Σ_{k≥2}θₖ² (theta[1], the intercept, left out)
R_REG = ("(1/m) * \n      sum(-y * log(sigmoid(X %*% theta)) - \n            (1-y) * (log(1 - sigmoid(X %*% theta)))) + "
         "\n      (lambda/2/m) * sum(theta[2:n] ^2)")
R_LETS = ("sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)", "n <- ncol(X)")


def _r_reg(d):
    return _mean_ce(d) + d.lam / 2 / d.m * float(d.theta[1:] @ d.theta[1:])


def test_an_r_range_to_the_data_columns_is_all_but_the_first_entry():
    assert_gradient_read(R_REG, _r_reg, lets=R_LETS)


def test_an_r_range_to_the_data_columns_is_noted():
    notes = notes_of(logderiv.derive(R_REG, wrt="theta_j", let=R_LETS))
    assert any("n <- ncol(X) counts X's columns" in note and "without its FIRST entry" in note for note in notes)


def test_an_r_range_to_a_single_letter_let_of_the_length_reads_too():
    lets = ("sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)", "n <- length(theta)")
    assert_gradient_read(R_REG, _r_reg, lets=lets)


def test_an_r_range_to_the_examples_count_stays_refused():
    """n <- length(y) counts the examples: theta[2:n] is then no range of θ's own entries."""
    error = refused(logderiv.derive, R_REG, wrt="theta_j",
                    let=["sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)", "n <- length(y)"])
    assert "R index is not read" in str(error)


def test_an_r_range_to_an_unbound_n_stays_refused():
    error = refused(logderiv.derive, R_REG, wrt="theta_j", let=["sigmoid(z) = 1 / (1 + exp(-z))", "m <- length(y)"])
    assert "R index is not read" in str(error)


def test_an_r_negative_index_other_than_minus_one_stays_refused():
    text = "(1/m) * sum((X %*% theta - y)^2) + lambda * sum(theta[-2]^2)"
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert "R index is not read" in str(error) and error.column == text.index("[-2]")


# --- Julia's @. and log2, and a body that ends on a bare expression ---------------------------------------------------

JL_LOG2 = "L = @. - Y * log2(P) - (1 - Y) * log2(1 - P)\n        sum(L)"
JL_LETS = ("P = sigmoid.(X * θ)", "sigmoid(x) = 1 / (1 + exp(-x))")


def _log2_ce_sum(d):
    p = _sigmoid(d.X @ d.theta)
    return float(np.sum(-d.y * np.log2(p) - (1 - d.y) * np.log2(1 - p)))


def test_a_julia_base_two_log_loss_is_read():
    assert_gradient_read(JL_LOG2, _log2_ce_sum, wrt=("θ_j",), lets=JL_LETS)


def test_the_julia_readings_are_noted():
    notes = notes_of(logderiv.derive(JL_LOG2, wrt="θ_j", let=JL_LETS))
    assert any(note.startswith("read as Julia: @. makes every operation") for note in notes)
    assert "read as Julia: log2(v) is the base-2 logarithm, log(v) / log(2)" in notes
    assert any("the last line, sum(L), is an expression of it" in note for note in notes)


def test_the_julia_notes_show_in_the_cli_text_and_json():
    import json
    import subprocess
    import sys

    args = [sys.executable, "-m", "logderiv", "derive", JL_LOG2, "--wrt", "theta_j", *(
        part for let in JL_LETS for part in ("--let", let))]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    assert "note: read as Julia: log2(v) is the base-2 logarithm" in text
    shown = json.loads(subprocess.run([*args, "-f", "json"], capture_output=True, text=True, check=True).stdout)
    assert any("@. makes every operation" in note for note in shown["notes"])


def test_julia_broadcast_makes_a_matrix_times_a_vector_entrywise():
    """@. X * θ is X .* θ in Julia (a broadcast of an m×n by an n-vector), not Xθ: refused, never the product."""
    error = refused(logderiv.derive, "L = @. (X * theta - y)^2\nsum(L)/(2m)", wrt="theta_j")
    assert "entry by entry" in str(error)


def test_an_r_base_two_log_is_read():
    text = "(1/m) * sum(-y * log2(sigmoid(X %*% theta)) - (1-y) * log2(1 - sigmoid(X %*% theta)))"

    def intended(d):
        return _mean_ce(d) / np.log(2)

    assert_gradient_read(text, intended)
    assert "read as R: log2(v) is the base-2 logarithm, log(v) / log(2)" in notes_of(
        logderiv.derive(text, wrt="theta_j"))


def test_a_bare_log2_outside_julia_and_r_stays_refused():
    for text, lets in (("log2(h)", ["h = sigmoid(theta^T x)"]),
                       ("sum(-y * log2(h) - (1-y) * log2(1 - h))", ["h = sigmoid(X @ theta)"])):
        # fixaudits30: Octave's "-sum(y .* log2(h) + (1-y) .* log2(1 - h))" left this list: its .* says the text is
        # Octave/MATLAB, whose own log2 is the base-2 logarithm, as Julia's and R's are (tests/test_fixaudits30.py)
        error = refused(logderiv.derive, text, wrt="theta_j", let=lets)
        assert "'log2(…)' is ambiguous" in str(error)


def test_code_that_sets_a_name_then_ends_on_it_is_that_value():
    """Octave's L = …; then sum(L): the same one-name body, marked as code by its ';' and .*."""
    text = "L = (X * theta - y) .^ 2;\nsum(L) / (2 * m)"

    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * d.m)

    assert_gradient_read(text, intended)


# --- Julia's m, n = size(X) ------------------------------------------------------------------------------------------

JL_GRAD = "gradient = (1/m) .* X' * (((h .- y)))"
JL_GRAD_LETS = ("h = sigmoid.(X * θ)", "sigmoid(x) = 1 / (1 + exp(-x))", "m, n = size(X)")


def test_a_julia_size_tuple_is_the_rows_and_columns():
    assert_verdict_read(JL_GRAD, "logistic", EQ, wrt="θ_j", lets=JL_GRAD_LETS)
    # the 1/m dropped: m times the gradient, worked by hand
    assert_verdict_read("gradient = X' * (h .- y)", "logistic", DIFF, wrt="θ_j", lets=JL_GRAD_LETS)


def test_a_julia_size_tuple_in_other_names_counts_by_them():
    lets = ("h = sigmoid.(X * θ)", "sigmoid(x) = 1 / (1 + exp(-x))", "(N, D) = size(X)")
    assert_verdict_read("gradient = X' * (h .- y) / N", "logistic", EQ, wrt="θ_j", lets=lets)


def test_a_julia_size_tuple_is_noted():
    verdict = logderiv.check(JL_GRAD, cost="logistic", wrt="θ_j", let=JL_GRAD_LETS)
    assert any(note.startswith("read as Julia: m, n = size(X) unpacks the tuple size(X)") for note in notes_of(verdict))


def test_a_julia_size_tuple_with_the_letters_swapped_stays_refused():
    """n, m = size(X) names the rows n: logderiv's letters the other way round, not read from a Julia tuple."""
    lets = ("h = sigmoid.(X * θ)", "sigmoid(x) = 1 / (1 + exp(-x))", "n, m = size(X)")
    error = refused(logderiv.check, JL_GRAD, cost="logistic", wrt="θ_j", let=lets)
    assert "assigns several" in str(error)
