"""hunt35: a metamorphic misread hunt over CODE answers and costs (``benchmarks/misreads.py --code``).

The code rewrites (comments, a renamed local, independent statements swapped, Octave's ';', ``A'*b`` as
``transpose(A)*b``, NumPy's ``np.dot``/``@``/``.dot`` and ``np.sum``/``.sum()``, R's ``crossprod``, ``1/m * v`` as
``v / m``; and, changing the meaning, a zeroing, a /m, a grad(1) patch dropped, the last residual flipped, an update
written twice) flipped no corpus item. Hand-made variants of this stop's Octave/NumPy readings found one misread:

* Octave's block comments NEST (its lexer counts ``%{``/``#{`` alone on a line inside a block, and ends the block at
  the ``%}`` that matches; MATLAB's does the same with ``%{``). The reader ended a block at its first ``%}``, so a
  commented-out try inside a commented-out try ran: a right gradient was judged ``different``. Now nested blocks are
  counted (noted), and a mark of the other kind alone inside a block (``#}`` in ``%{ … %}``: Octave's mark, MATLAB's
  comment text) is refused at it.

Expected results are worked by hand and held to central finite differences of ex5's NumPy cost, never taken from
logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, intercept_data
from _reading import assert_verdict_read, notes_of, refused
from logderiv import check

# public code index file 28801246515 (Octave, ex5 linearRegCostFunction with Japanese comments; the corpus's
# f62-ja-ex5-grad-then-fix-first): its cost, --let s and its two grad lines verbatim
JA_COST = "J = 1 / (2 * m) * sum((h - y) .^ 2) + Jreg;"
JA_LETS = ("h = X * theta;", "Jreg = lambda / (2 * m) * sum(theta(2:end) .^ 2);", "m = length(y)")
JA_GRAD = "grad = 1 / m * X' * (h - y) + lambda / m * theta;\ngrad(1) = grad(1) - lambda / m * theta(1);"
#: a commented-out first try, as real labs keep them: the gradient zeroed
TRY = "grad = zeros(size(theta));"


def _ex5_cost(X, y, lam):
    """1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²: ex5's cost, by hand."""
    return lambda theta: float(np.sum((X @ theta - y) ** 2) / (2 * len(y)) + lam / (2 * len(y)) * theta[1:] @ theta[1:])


def _ja_grad(X, y, theta, lam):
    """What JA_GRAD's two lines compute, by hand: (1/m)Xᵀ(Xθ − y) + (λ/m)θ, then its first entry less (λ/m)θ₁."""
    m = len(y)
    grad = X.T @ (X @ theta - y) / m + lam / m * theta
    grad[0] -= lam / m * theta[0]
    return grad


def test_the_hand_worked_gradient_is_ex5s():
    # the independent check the verdicts below rest on: JA_GRAD is the gradient of ex5's cost, and the zeroed try
    # run after it (the misreading) is not
    X, _, theta = intercept_data(35, 6, 3)
    y = np.random.default_rng(35).normal(size=6)
    lam = 0.7
    fd = central_differences(_ex5_cost(X, y, lam), theta)
    assert np.allclose(_ja_grad(X, y, theta, lam), fd, atol=1e-6)
    assert not np.allclose(np.zeros(3), fd, atol=1e-3)


# --- the misread: a block comment nested in a block comment -------------------------------------------------------

NESTED = f"%{{\n%{{\n{TRY}\n%}}\n{TRY}\n%}}\n"


def test_a_nested_block_comment_is_counted_to_its_own_close():
    # Octave and MATLAB count the nesting: both TRY lines are inside the outer %{ … %}, so what runs is JA_GRAD,
    # ex5's gradient (test_the_hand_worked_gradient_is_ex5s). The old reading ended the block at the first %} and ran
    # the second TRY after the two lines: the zero gradient, judged 'different' (a false 'different').
    answer = JA_GRAD + "\n" + NESTED
    assert_verdict_read(answer, JA_COST, "equivalent", lets=JA_LETS)
    notes = notes_of(check(answer, cost=JA_COST, wrt="theta_j", let=JA_LETS))
    assert any("nests inside it" in note and "%}" in note for note in notes)


@pytest.mark.parametrize("opener, closer", [("%{", "%}"), ("#{", "#}")])
def test_a_nested_block_around_the_fix_hides_it(opener, closer):
    # the nested blocks hide grad(1)'s fix too: what runs is (1/m)Xᵀ(h − y) + (λ/m)θ, the intercept penalised,
    # which is not ex5's gradient: 'different' (or a refusal), never 'equivalent'. The old reading closed the block
    # at the inner %} and ran the fix: a false 'equivalent'
    first, fix = JA_GRAD.split("\n")
    answer = f"{first}\n{opener}\n{opener}\n{TRY}\n{closer}\n{fix}\n{closer}"
    try:
        verdict = check(answer, cost=JA_COST, wrt="theta_j", let=JA_LETS).verdict
    except Exception as error:  # noqa: BLE001 - a refusal is a miss, not a misread
        from logderiv.errors import LogderivError

        assert isinstance(error, LogderivError)
    else:
        assert verdict == "different"


def test_a_mark_of_the_other_kind_inside_a_block_is_refused_at_it():
    # '#}' alone inside '%{ … %}': Octave ends the block there (it takes % and # alike) and runs the zeroed TRY
    # after it; MATLAB reads '#}' as comment text and runs nothing of it. Which is meant is not said
    answer = f"{JA_GRAD}\n%{{\nx = 1;\n#}}\n{TRY}\n%}}"
    error = refused(check, answer, cost=JA_COST, wrt="theta_j", let=JA_LETS)
    assert "#} alone on a line inside the block comment %{ … %}" in str(error)
    assert error.line == 5 and answer[error.column:error.column + 2] == "#}"


# --- guards: what was read before is read the same ----------------------------------------------------------------

def test_guard_a_plain_block_comment_still_ends_at_its_close():
    # one level: the block hides TRY alone; the lines after its %} run
    answer = f"%{{\n{TRY}\n%}}\n{JA_GRAD}"
    assert_verdict_read(answer, JA_COST, "equivalent", lets=JA_LETS)


def test_guard_a_close_with_text_after_it_is_no_close():
    # '%} done' is not alone on its line: it is comment text inside the block (Octave's lexer asks the mark alone),
    # so the block runs on to the bare %} and hides TRY
    answer = f"{JA_GRAD}\n%{{\nx = 1;\n%}} done\n{TRY}\n%}}"
    assert_verdict_read(answer, JA_COST, "equivalent", lets=JA_LETS)


def test_guard_an_open_with_text_after_it_is_a_line_comment():
    # '%{ first try' is a line comment, not a block: TRY after it runs, and the zero gradient is not ex5's
    answer = f"{JA_GRAD}\n%{{ first try\n{TRY}"
    try:
        verdict = check(answer, cost=JA_COST, wrt="theta_j", let=JA_LETS).verdict
    except Exception as error:  # noqa: BLE001 - a refusal is a miss, not a misread
        from logderiv.errors import LogderivError

        assert isinstance(error, LogderivError)
    else:
        assert verdict == "different"


def test_guard_a_nested_block_never_closed_is_refused():
    # the inner %} closes the inner block only: the outer one runs to the end of what is shown, never closed
    answer = f"{JA_GRAD}\n%{{\n%{{\n{TRY}\n%}}\n{TRY}"
    refused(check, answer, cost=JA_COST, wrt="theta_j", let=JA_LETS)


# --- the hunt's code rewrites themselves (benchmarks/misreads.py): what each does to a text -------------------------

def test_the_code_rewrites_do_what_they_say():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import misreads

    assert misreads.octave_transpose_call("grad = X'*(h - y) / m;") == "grad = transpose(X)*(h - y) / m;"
    assert misreads.numpy_dot_matmul("g = np.dot(X.T, h - y) / m") == "g = (X.T @ (h - y)) / m"
    assert misreads.r_crossprod("g <- t(X) %*% (p - y)") == "g <- crossprod(X, (p - y))"
    assert misreads.code_drop_grad1_patch(JA_GRAD) == JA_GRAD.split("\n")[0]
    assert misreads.code_comment_line(JA_GRAD) == JA_GRAD.replace("\n", "\n% the next step\n")


# --- the misread: an answer's own m = size(X, 2) rewrote the cost's m -----------------------------------------------

# Seth Thor's GradientDescent.m (public code index file 9174883986; the corpus's f17-seth-octave-m-is-size-X-2): its
# slip m = size(X, 2) beside h = X*theta, verbatim, here in a gradient answer checked against the half-MSE cost given
# on its own, whose m is logderiv's, the number of examples
SETH_ANSWER = "m = size(X, 2);\nh = X*theta;\ngrad = (1/m) * X' * (h - y);"
HALF_MSE = "J = (1/(2*m)) * sum((X*theta - y).^2)"


def test_the_answers_column_count_is_its_own_not_the_costs():
    # by hand: X is m×n (X*theta), so size(X, 2) is n and the answer computes (1/n)Xᵀ(Xθ − y); the cost's gradient
    # is (1/m)Xᵀ(Xθ − y) (finite differences below), which differs wherever m ≠ n. The old reading put the answer's
    # m = size(X, 2) into the cost too, derived (1/2n)Σ(…)² and said "equivalent": a false equivalent
    X, _, theta = intercept_data(17, 5, 3)
    y = np.random.default_rng(17).normal(size=5)
    fd = central_differences(lambda t: float(np.sum((X @ t - y) ** 2) / (2 * len(y))), theta)
    assert np.allclose(X.T @ (X @ theta - y) / 5, fd, atol=1e-6)
    assert not np.allclose(X.T @ (X @ theta - y) / 3, fd, atol=1e-3)
    assert_verdict_read(SETH_ANSWER, HALF_MSE, "different")
    notes = notes_of(check(SETH_ANSWER, cost=HALF_MSE, wrt="theta_j"))
    assert any("m = size(X, 2), its own count, put in place in the answer alone" in note for note in notes)


def test_the_answers_column_count_in_numpy_too():
    # the same slip in NumPy (f5-kimalamsyah's m = X.shape[1], public Q&A): (1/n)Xᵀ(Xθ − y) is not the gradient
    assert_verdict_read("m = X.shape[1]\ngrad = X.T @ (X @ theta - y) / m", HALF_MSE, "different")


def test_guard_the_answers_row_count_is_still_shared():
    # m = size(X, 1) counts the examples: the answer is the gradient, as before
    assert_verdict_read("m = size(X, 1);\ngrad = (1/m) * X' * (X*theta - y);", HALF_MSE, "equivalent")


def test_guard_a_user_let_still_sets_the_costs_m():
    # --let defines a name in the COST when it is a formula (check --help): m = size(X, 2) there makes the cost's
    # m the n columns, as the code's own cost computes it (f17-seth), and (1/m)Xᵀ(Xθ − y) with m = n its gradient
    assert_verdict_read("grad = (1/m) * X' * (X*theta - y);", HALF_MSE, "equivalent", lets=("m = size(X, 2)",))


def test_guard_columns_layout_keeps_its_count():
    # DeepLearning.AI's layout: X is n×m (np.dot(w.T, X)), so the answer's m = X.shape[1] IS the examples: the answer
    # dw = X(A − Y)ᵀ/m is the mean cross-entropy's gradient
    cost = "J = -(1/m) * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))"
    assert_verdict_read("m = X.shape[1]\ndw = np.dot(X, (A - Y).T) / m", cost, "equivalent", wrt="w_j",
                        lets=("A = sigmoid(np.dot(w.T, X) + b)",))
