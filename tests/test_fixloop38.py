"""Loops whose bound the code itself sets to the data's row count, and arrays of zeros a loop fills then sums.

The real material: byelipk's R linear regression (f83, tests/corpus/fresh_eightythird.py, BYE):

    cost_function <- function(X, y, theta) {
      number_of_rows <- length(y)
      J <- rep(0, length=number_of_rows)
      for (i in 1:number_of_rows) { … J[i] <- squared_error }
      return((1 / (2 * number_of_rows)) * sum(J))
    }

``number_of_rows <- length(y)`` says the loop runs over the examples, and ``sum(J)`` of an array of zeros the loop
fills entry by entry is the loop adding to J from 0. Both are now read; with h given in one line the whole cost
is read (fixloop38b, tests/test_fixloop38b.py); an h of several lines stays refused at ``h(theta, X[i, ])``, with a
message that names it. Near-misses (a bound set to the features' count, an array of ones) keep their old refusals.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

# byelipk, cost_function <- function(X, y, theta) {…} (f83-byelipk-r-cost-function-loop), verbatim
BYE_COST = ('cost_function <- function(X, y, theta) {\n  number_of_rows <- length(y)\n  J <- rep(0, length=number_of_rows)'
            '\n\n  for (i in 1:number_of_rows) {\n    expected      <- h(theta, X[i, ])\n    actual        <- y[i]\n'
            '    squared_error <- (expected - actual)^2\n\n    J[i] <- squared_error\n  }\n\n'
            '  return((1 / (2 * number_of_rows)) * sum(J))\n}')
BYE_H = "h <- function(theta, x) {\n  return(t(theta) %*% x)\n}"


def _refusal(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        logderiv.check("0", cost=text, let=[BYE_H], wrt="theta_j")
    return caught.value


def test_the_real_cost_with_h_of_several_lines_is_refused_at_the_function_it_calls_not_at_its_bound():
    # fixloop38b reads h given in one line (tests/test_fixloop38b.py); an h of several lines (a local before its
    # return) is still not put in, and the refusal names it, past the bound and the filled array
    with pytest.raises(InputError) as caught:
        logderiv.check("0", cost=BYE_COST, let=["h <- function(theta, x) {\n  z <- t(theta) %*% x\n  return(z)\n}"],
                       wrt="theta_j")
    error = caught.value
    message = str(error)
    assert "does not say it is the number of examples" not in message
    assert "does not add to a name" not in message
    assert "passed to h(…)" in message
    # the caret: the loop's header, in the function's body as read (R's header line taken off)
    assert error.source[error.column:].startswith("for (i in 1:number_of_rows)")


def test_a_bound_set_to_the_features_count_stays_refused():
    # variant (guard): ncol(X) counts the features, not the examples
    text = BYE_COST.replace("number_of_rows <- length(y)", "number_of_rows <- ncol(X)")
    error = _refusal(text)
    assert "the loop runs to number_of_rows, which does not say it is the number of examples" in str(error)
    assert error.source[error.column:].startswith("for (i in 1:number_of_rows)")


def test_a_bound_set_twice_stays_refused():
    # variant (guard): the count is changed after it is set; which value the loop runs to is not read
    text = BYE_COST.replace("  J <- rep(", "  number_of_rows <- number_of_rows - 1\n  J <- rep(")
    assert "does not say it is the number of examples" in str(_refusal(text))


def test_an_array_of_ones_filled_is_not_read_as_a_sum_from_zero():
    # variant (guard): rep(1, …) starts at ones; sum(J) over entries the loop never sets would count them
    text = BYE_COST.replace("rep(0, length=", "rep(1, length=")
    message = str(_refusal(text))
    assert "does not add to a name" in message
    assert "passed to h(…)" not in message


def test_an_array_used_otherwise_after_the_loop_is_not_read_as_its_sum():
    # variant (guard): J[1] after the loop is one entry, not the sum
    text = BYE_COST.replace("* sum(J))", "* J[1])")
    assert "does not add to a name" in str(_refusal(text))
