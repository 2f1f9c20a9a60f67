"""Readings and refusals settled while integrating session 30's work.

* ``[m, n] = size(X)`` beside ``X = [ones(m, 1) X]`` (Coursera's ex2.m, whose lines run in that order): the --let
  texts have no order, so n may count X's columns before the column of ones (one short) or after it. theta(2:n)
  is then all but the intercept, or all but the intercept and the last weight: two gradients. audit30a found it
  read as the first, silently; it is refused where a text uses n, and read as before where none does.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from _numeric import sigmoid
from work import assert_linear

from logderiv import check
from logderiv.errors import InputError

COST = "J = 1/m * sum(-y .* log(h) - (1-y) .* log(1-h)) + lambda/(2*m) * sum({penalty}.^2)"
ANSWER = "grad = (1/m) * X' * (h - y) + (lambda/m) * [0; theta(2:end)]"
SIGMOID = "h = sigmoid(X*theta)"


def _penalised_gradients(n_before: bool) -> tuple[np.ndarray, np.ndarray]:
    """The two readings of theta(2:n), by finite differences of the cost on random data: they differ."""
    rng = np.random.default_rng(30)
    m, raw = 6, 3
    X = np.hstack([np.ones((m, 1)), rng.normal(size=(m, raw))])
    y = rng.integers(0, 2, m).astype(float)
    theta, lam = rng.normal(size=raw + 1), 0.7
    n = raw if n_before else raw + 1  # ex2.m's order counts X before the column of ones

    def cost(t):
        h = sigmoid(X @ t)
        return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / (2 * m) * np.sum(t[1:n] ** 2)

    step = 1e-6
    numeric = np.array([(cost(theta + step * e) - cost(theta - step * e)) / (2 * step) for e in np.eye(raw + 1)])
    h = sigmoid(X @ theta)
    answer = X.T @ (h - y) / m + lam / m * np.r_[0, theta[1:]]
    return numeric, answer


def test_the_two_orders_give_two_gradients():
    """Why it is refused: the answer is the gradient when n counts the joined X, and not when it counts X before."""
    after, answer = _penalised_gradients(n_before=False)
    assert np.allclose(after, answer, atol=1e-6)
    before, answer = _penalised_gradients(n_before=True)
    assert not np.allclose(before, answer, atol=1e-6)


@pytest.mark.parametrize("size_let", ["[m, n] = size(X);", "n = size(X, 2);", "m, n = size(X)"])
def test_a_width_counted_around_the_join_is_refused_where_it_is_used(size_let):
    with pytest.raises(InputError) as raised:
        check(ANSWER, cost=COST.format(penalty="theta(2:n)"), wrt="theta_j",
              let=[size_let, "X = [ones(m, 1) X];", SIGMOID])
    error = raised.value
    assert "no order" in error.message and "before the ones" in error.message
    assert error.source[error.column] == "n"  # the caret on the n of theta(2:n)
    assert "length(theta)" in error.hint


def test_the_same_lets_are_read_where_no_text_uses_the_width():
    """theta(2:end) does not depend on n: the gradient by hand (test_the_two_orders_give_two_gradients) is equivalent."""
    verdict = check(ANSWER, cost=COST.format(penalty="theta(2:end)"), wrt="theta_j",
                    let=["[m, n] = size(X);", "X = [ones(m, 1) X];", SIGMOID])
    assert verdict.verdict == "equivalent"


def test_a_join_into_another_name_leaves_the_width_alone():
    """Xb = [ones(m, 1) X] leaves X as it was: n counts X, and the refusal is not this one."""
    try:
        check(ANSWER.replace("X'", "Xb'"), cost=COST.format(penalty="theta(2:n)").replace("X*", "Xb*"),
              wrt="theta_j", let=["[m, n] = size(X);", "Xb = [ones(m, 1) X];", SIGMOID.replace("X*", "Xb*")])
    except InputError as error:
        assert "no order" not in error.message


# --- long runs of space are read in linear time ---------------------------------------------------------------------
# Four patterns were searched from every place of a run of spaces (or of \quad), each start scanning the run to its
# end: "grad(1) = " + 8,000 spaces + "x" took 12 s, 3,500 \quad 2 s, and an answer near the 20,000-character limit
# about a minute, past any time limit. A match cannot start inside such a run (a start one place earlier matches
# too), so the patterns now begin where a run does. Generous bounds, as in test_fuzzfix.py: the old patterns needed
# tens of seconds for these, the new ones milliseconds.


def test_a_long_run_of_spaces_is_searched_once():
    from logderiv.notation import _COST_WHERE
    from logderiv.notation.latex import _AFTER_SEPARATOR
    from logderiv.notation.rust_code import _CAST, _MARK
    from logderiv.verify.conditions import _CONDITION, _ZERO_RANGE

    # counted, not timed (tests/work.py): a search is one regular expression's work, which a count cannot see; the
    # runs are timed as a ratio by benchmarks/scaling.py ("runs of space"); below, what the patterns are for
    patterns = (_COST_WHERE, _ZERO_RANGE, _CONDITION, _MARK, _CAST)

    def runs(n: int) -> Callable[[], object]:
        texts = (" " * (5 * n) + "x", "x" + r"\quad" * n + " y", "," * (5 * n) + "z")
        return lambda: [pattern.search(text) for text in texts for pattern in patterns]

    assert_linear(runs, 1_000)
    # and what they are for is still found
    assert _COST_WHERE.search(r"\sum_i z_i \quad \text{where } z_i = w^T x_i") is not None
    assert _ZERO_RANGE.search(r"\frac{1}{m}\sum_i (h - y) x_j \quad \text{for } j = 0, 1, \dots, n") is not None
    assert _CAST.search("x.len() as f64") is not None
    assert _AFTER_SEPARATOR.search(r"x \quad ") is not None and _AFTER_SEPARATOR.search("x + ") is None


def test_an_equation_number_after_several_quads_is_still_set_aside():
    verdict = check(r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} \quad\qquad (2)", cost="linear")
    assert verdict.verdict == "equivalent"
    assert any("(2), set apart by a space" in note for note in verdict.notes)


def test_a_gradient_part_with_a_long_run_of_spaces_is_read_at_once():
    """The pieces reader's statement pattern had a lazy value before two optional runs of space: grad(1) = a, 4,000
    spaces, b took over two minutes (cubic); its product pattern split a run every way too."""
    from logderiv.notation.gradient_pieces import _WRITE, _one_product, _value

    written = _WRITE.match("grad(1) = a" + " " * 20000 + "b ;  ")
    assert written is not None and _value(written) == "a" + " " * 20000 + "b"
    assert _one_product("lambda" + " " * 20000 + "/m * theta(2:end) + x", "theta") is None
    # counted, not timed (tests/work.py): the calls do not grow with the run; the patterns' work on it is one
    # regular expression's each, timed as a ratio by benchmarks/scaling.py ("gradient pieces")
    def pieces(n: int) -> Callable[[], object]:
        return lambda: (_value(_WRITE.match("grad(1) = a" + " " * n + "b ;  ")),
                        _one_product("lambda" + " " * n + "/m * theta(2:end) + x", "theta"))

    assert_linear(pieces, 5_000)
    assert _value(_WRITE.match("grad(2:end) = lambda/m * theta(2:end);")) == "lambda/m * theta(2:end)"
