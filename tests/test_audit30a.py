"""audit30a: an adversarial audit of fixf71's readings (issue 10), each misread found made a refusal or a right reading.

* Julia's ``@.`` dots every call in its expression too, not only ``*``, ``/``, ``^``: under it ``length(y)`` is
  ``length.(y)`` (1 at each entry) and ``sum(v)`` is ``sum.(v)`` (v itself), so ``@. (h - y)^2 / (2 * length(y))``
  is no mean; fixf71 read the matrix form's length and sum there (a wrong gradient, a silent misreading). Such a
  reduction under ``@.`` is refused at the call; so is a call there of several arguments or of the data matrix
  (``@. -y * log(h(X, θ))`` is h.(X, θ), h of each entry of X in turn: a shape error in Julia, read by fixf71 as the
  model).
* ``@.`` takes the expression after it, which ends at the bracket it stands in: ``sum(@. (h - y)^2) / (2m) + λ * θ' *
  θ`` dots only ``(h - y)^2``, and its ``θ' * θ`` stays the product θᵀθ (fixf71 dotted it: refused).
* R's ``theta[2:n]`` beside ``--let 'n <- ncol(X)'`` and a ``--let`` that sets X again (``X <- cbind(1, X)``): the
  lets have no order, and n counted before the column of ones is one short (theta[2:n] then leaves θ's last entry
  out), so the range is refused as before fixf71, not read as θ without its first entry.
* Julia's ``m, n = size(X)`` (fixf71) and Octave's ``[m, n] = size(X);`` name X's columns n, the features; a cost
  ``sum((X * θ .- y).^2) / (2n)`` beside it divides by them as the code runs, but the pair's let was dropped and the
  cost's 1/n read as the mean over the examples (m): a wrong gradient. Now refused as a dropped ``n = length(theta)``
  is: the line says n counts the features, the cost uses it as the examples' count.

Every truth is checked independently: gradients against finite differences of a NumPy cost written here (through
tests/_reading.py's corpus judge); refusals by the place and words they give.
"""

from __future__ import annotations

import logderiv
from _reading import assert_gradient_read, refused


# --- Julia's @.: reductions under it, and where its expression ends ----------------------------------------------------

JL_LETS = ("h = X * θ",)


def test_a_length_under_julia_broadcast_is_refused():
    """@. (h - y)^2 / (2 * length(y)) divides by length.(y), all ones in Julia: no mean over the m examples."""
    text = "J = @. (h - y)^2 / (2 * length(y))\nsum(J)"
    error = refused(logderiv.derive, text, wrt="θ_j", let=JL_LETS)
    assert "length(…) there is length.(…)" in str(error) and error.column == text.index("length")


def test_a_sum_under_julia_broadcast_is_refused():
    """@. sum((h - y)^2) is sum.(…), each squared entry alone (a vector, Julia's), never Σ (h − y)²."""
    text = "J = @. sum((h - y)^2) / (2m)"
    error = refused(logderiv.derive, text, wrt="θ_j", let=JL_LETS)
    assert "sum(…) there is sum.(…)" in str(error) and error.column == text.index("sum")


def test_a_model_called_on_the_data_under_julia_broadcast_is_refused():
    """@. -y * log(h(X, θ)) broadcasts h over X's entries and θ's (an error in Julia), never h of the matrix."""
    lets = ("h(X, θ) = sigmoid.(X * θ)",)
    for text in ("L = @. -y * log(h(X, θ))\nsum(L)", "sum(@. -y * log(h(X)))"):
        error = refused(logderiv.derive, text, wrt="θ_j", let=lets)
        assert "h(…) there is h.(…), called on each entry of X" in str(error) and error.column == text.index("h(X")


def test_a_reduction_outside_the_broadcast_bracket_is_read():
    """sum(@. (h - y)^2) / (2 * length(y)): the macro takes (h - y)^2 only; length(y) outside it is m."""

    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * len(d.y))

    assert_gradient_read("sum(@. (h - y)^2) / (2 * length(y))", intended, wrt=("θ_j",), lets=JL_LETS)


def test_julia_broadcast_ends_at_the_bracket_it_stands_in():
    """λ * θ' * θ after sum(@. …) is λθᵀθ, Julia's product of a row and a column: no broadcast of it."""

    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * d.m) + d.lam * float(d.theta @ d.theta)

    assert_gradient_read("sum(@. (h - y)^2) / (2m) + λ * θ' * θ", intended, wrt=("θ_j",), lets=JL_LETS)


# --- R's theta[2:n] beside a --let that sets X again ---------------------------------------------------------------------

R_RIDGE = "(1/(2*m)) * sum((X %*% theta - y)^2) + (lambda/(2*m)) * sum(theta[2:n]^2)"


def test_an_r_range_to_the_columns_beside_a_new_x_is_refused():
    """n <- ncol(X) and X <- cbind(1, X): which X n counts the lets do not say (before the ones, theta[2:n] misses θ's
    last entry; after them, it is θ without its first): refused at the index, never read either way."""
    error = refused(logderiv.derive, R_RIDGE, wrt="theta_j", let=["m <- nrow(X)", "n <- ncol(X)", "X <- cbind(1, X)"])
    assert "R index is not read" in str(error) and error.column == R_RIDGE.index("[2:n]")


def test_an_r_range_to_the_vector_length_beside_a_new_x_is_read():
    """n <- length(theta) counts θ itself, whatever X is: theta[2:n] is θ without its first entry."""

    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])

    assert_gradient_read(R_RIDGE, intended, lets=("m <- nrow(X)", "n <- length(theta)", "X <- cbind(1, X)"))


# --- a size pair that names the columns n, beside a cost dividing by n ---------------------------------------------------


def test_a_julia_size_pair_keeps_its_n_the_features():
    """m, n = size(X) then / (2n): Julia divides by X's columns; read as m (the examples) it was a wrong gradient."""
    error = refused(logderiv.derive, "sum((X * θ .- y).^2) / (2n)", wrt="θ_j", let=["m, n = size(X)"])
    assert "'n' counts the features by this line" in str(error)


def test_an_octave_size_pair_keeps_its_n_the_features():
    error = refused(logderiv.derive, "sum((X * theta - y).^2) / (2*n)", wrt="theta_j", let=["[m, n] = size(X);"])
    assert "'n' counts the features by this line" in str(error)


def test_a_size_pair_beside_a_mean_over_m_is_read():
    """The same pair beside / (2*m): m is the rows of X, the examples, as the pair says."""

    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * d.X.shape[0])

    assert_gradient_read("sum((X * theta - y).^2) / (2*m)", intended, lets=("[m, n] = size(X);",))
    assert_gradient_read("sum((X * θ .- y).^2) / (2m)", intended, wrt=("θ_j",), lets=("m, n = size(X)",))
