"""fixn40: a --let that defines n decides what the answer's n is, over the mean-count convention (issue 10).

``dw = 2*np.dot(X.T, y_pred-y)/n`` against ``np.mean((np.dot(X, w) + b - y) ** 2)`` with ``--let 'n = X.shape[1]'``
was judged "equivalent": the let (n, the features: X is m×n since it multiplies w) was dropped as logderiv's n with
a note that services.check did not recognise, so the answer's n was then read as m, the count of the mean's
examples. The let's value now decides: n = X.shape[1], size(X, 2), len(theta), len(w) count the features (the
answer is wrong by the factor m/n: "different"); n = X.shape[0], len(y), len(X) count the examples ("equivalent").
Every verdict below is held to central finite differences of the cost, computed here with NumPy.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences

# the auditor's repro (issue 10), verbatim
ANSWER = "dw = 2*np.dot(X.T, y_pred-y)/n"
MEAN_COST = "np.mean((np.dot(X, w) + b - y) ** 2)"
# the same cost written as a sum divided by m
SUM_COST = "np.sum((np.dot(X, w) + b - y) ** 2)/m"
PREDICTION = "y_pred = np.dot(X, w) + b"

FEATURE_LETS = ("n = X.shape[1]", "n = size(X, 2)", "n = len(theta)", "n = len(w)")
EXAMPLE_LETS = ("n = X.shape[0]", "n = len(y)", "n = len(X)")


def _cost(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> float:
    return float(np.mean((X @ w + b - y) ** 2))


def _answer(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, n: int) -> np.ndarray:
    return np.asarray(2 * np.dot(X.T, (X @ w + b) - y) / n)


def _answer_is_gradient(count_of: str) -> bool:
    """Whether the answer, its n the given count ('rows' or 'columns' of X), is ∇_w J at random points (m ≠ n)."""
    rng = np.random.default_rng(40)
    for m, n_features in ((5, 3), (4, 6)):
        X = rng.normal(size=(m, n_features))
        y = rng.normal(size=m)
        w = rng.normal(size=n_features)
        b = float(rng.normal())
        numeric = central_differences(lambda v: _cost(X, y, v, b), w)
        n = m if count_of == "rows" else n_features
        if not np.allclose(_answer(X, y, w, b, n), numeric, atol=1e-6):
            return False
    return True


def test_finite_differences_say_which_count_is_right():
    # the hand result: ∇_w mean((Xw + b − y)²) = (2/m) Xᵀ(Xw + b − y), m the rows of X
    assert _answer_is_gradient("rows")
    assert not _answer_is_gradient("columns")


def _check(cost: str, let: str) -> logderiv.Verdict:
    return logderiv.check(ANSWER, cost=cost, wrt="w_j", let=(let, PREDICTION), timeout=60)


def _all_notes(verdict: logderiv.Verdict) -> list[str]:
    return [*verdict.notes, *verdict.problem.notes]


@pytest.mark.parametrize("cost", [MEAN_COST, SUM_COST])
@pytest.mark.parametrize("let", FEATURE_LETS)
def test_a_let_counting_the_features_makes_the_answer_divide_by_them(cost: str, let: str):
    assert not _answer_is_gradient("columns")
    verdict = _check(cost, let)
    assert verdict.verdict == "different", (let, cost, verdict.notes)
    notes = _all_notes(verdict)
    # the let's reading is said, and the answer's n is never read as the examples' count
    assert any(let in note and "features" in note for note in notes), notes
    assert not any("read as m, the count of the examples" in note for note in notes), notes


def test_the_issue_note_names_the_columns_of_x():
    verdict = _check(MEAN_COST, "n = X.shape[1]")
    assert verdict.verdict == "different"
    assert "n = X.shape[1] counts the features (the columns of X, m×n here since it multiplies the parameter " \
           "vector): logderiv's n, the --let is not needed" in verdict.problem.notes
    assert "n = X.shape[1] counts the features" in verdict.to_text()


@pytest.mark.parametrize("cost", [MEAN_COST, SUM_COST])
@pytest.mark.parametrize("let", EXAMPLE_LETS)
def test_a_let_counting_the_examples_keeps_the_answer_right(cost: str, let: str):
    # the guard: n = X.shape[0] / len(y) / len(X) are the rows: /n IS the mean's count
    assert _answer_is_gradient("rows")
    verdict = _check(cost, let)
    assert verdict.verdict == "equivalent", (let, cost, verdict.notes)
    assert any(note.startswith(f"{let} counts the examples") and "read as m" in note for note in verdict.notes)


def test_without_a_let_the_mean_count_convention_still_reads_n_as_m():
    # the guard: no --let defines n, the cost a mean written in code: the answer's n is the samples' (unchanged)
    verdict = logderiv.check(ANSWER, cost=MEAN_COST, wrt="w_j", let=(PREDICTION,), timeout=60)
    assert verdict.verdict == "equivalent"
    assert any("read as m, the count of the examples" in note for note in verdict.notes)


def test_without_a_let_the_sum_over_m_still_refuses_with_both_readings():
    # the refusal kept: the cost writes m, the answer n, nothing says which count n is
    with pytest.raises(logderiv.InputError) as caught:
        logderiv.check(ANSWER, cost=SUM_COST, wrt="w_j", let=(PREDICTION,), timeout=60)
    error = caught.value
    assert "n as the number of examples (m) or of the features?" in str(error)
    assert error.column == ANSWER.index("/n") + 1


def test_a_named_features_let_does_not_settle_a_bare_n():
    # the guard: num_features = len(X[0]) says nothing of the letter n: the refusal stays
    with pytest.raises(logderiv.InputError) as caught:
        logderiv.check(ANSWER, cost=SUM_COST, wrt="w_j", let=("num_features = len(X[0])", PREDICTION), timeout=60)
    assert "n as the number of examples (m) or of the features?" in str(caught.value)


# the same answer in Octave (ex1's layout: X m×n times theta), the let in Octave's words
OCTAVE_ANSWER = "grad = 2*X'*(X*theta-y)/n"


@pytest.mark.parametrize("cost", ["mean((X*theta - y).^2)", "sum((X*theta - y).^2)/m"])
@pytest.mark.parametrize(("let", "count_of"), [("n = size(X, 2)", "columns"), ("n = length(theta)", "columns"),
                                               ("n = size(X, 1)", "rows"), ("n = length(y)", "rows")])
def test_octave_lets_decide_the_answer_s_n(cost: str, let: str, count_of: str):
    expected = "equivalent" if _answer_is_gradient(count_of) else "different"  # b = 0 changes neither gradient
    verdict = logderiv.check(OCTAVE_ANSWER, cost=cost, wrt="theta_j", let=(let,), timeout=60)
    assert verdict.verdict == expected, (let, cost, verdict.notes)
    assert any(let in note for note in _all_notes(verdict))


def test_deeplearning_ai_layout_keeps_refusing():
    # the guard: X n×m (wᵀX), so X.shape[1] counts the examples there; the let is not read as the features
    with pytest.raises(logderiv.InputError) as caught:
        logderiv.check("dw = 2*np.dot(X, (np.dot(w.T, X) + b - y).T)/n", cost="np.mean((np.dot(w.T, X) + b - y) ** 2)",
                       wrt="w_j", let=("n = X.shape[1]",), timeout=60)
    assert "'n' has a fixed meaning" in str(caught.value)
