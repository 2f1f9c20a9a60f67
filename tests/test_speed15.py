"""Grading speed, seventh round (issue 15): work that depends on no answer done once, the same outcomes.

The round's changes remember or skip work a grading worker repeated for every answer: the problem's taken
names (a walk of the whole cost) kept by the checker, the respelling passes' "which notation is this text"
answered once per text and call, the intercept-added-twice check and a bracketless derivative's reach
skipping walks that cannot find anything, letters' base names read without sympy's printer. None may change
an outcome: each test here holds a remembered (or skipped) path to the one it replaces — a cache hit to a miss,
a warm checker to fresh ones — and the verdicts of the answers judged to a gradient derived by hand and held to
finite differences (``tests/_numeric.py``). The bounds: a checker keeps one set of names, the notation memo
lives for one call. No timing is asserted (``benchmarks/grading-notes.md`` has the measurements).
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import logderiv
from _numeric import central_differences
from logderiv._api import checker
from logderiv.notation import costs, latex, parse_text, redefined, symbols, zero_intercept
from logderiv.notation.conventions import DERIVATIVE_REACH_NOTE

_RNG = np.random.default_rng(15)


# ---- the answers judged, and their verdicts by hand -------------------------------------------------------------

def _logistic_cost(theta: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    h = 1 / (1 + np.exp(-X @ theta))
    return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))


def test_the_hand_gradient_the_verdicts_follow_is_the_logistic_costs():
    # ∂J/∂θⱼ = (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾: the answers below marked right write it, the wrong ones do not
    X, y, theta = _RNG.normal(size=(7, 3)), _RNG.integers(0, 2, size=7).astype(float), _RNG.normal(size=3)
    h = 1 / (1 + np.exp(-X @ theta))
    numeric = central_differences(lambda t: _logistic_cost(t, X, y), theta)
    assert np.allclose(numeric, X.T @ (h - y) / len(y), atol=1e-6)
    assert not np.allclose(numeric, X.T @ (y - h) / len(y), atol=1e-3)  # the sign slip
    assert not np.allclose(numeric, 2 * X.T @ (h - y) / len(y), atol=1e-3)  # the factor


#: (answer, right by the hand gradient above): left sides that consult the taken names (g =, dJ/dtheta_j =),
#: LaTeX and plain, the respellings' code words, an extra term
_ANSWERS = [
    ("1/m * sum((h - y) x_j)", True),
    ("g = 1/m * sum((h - y) x_j)", True),
    ("dJ/dtheta_j = 1/m * sum((sigmoid(theta^T x) - y) x_j)", True),
    (r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}",
     True),
    ("1/m * np.sum((h - y) * x_j)", True),
    ("1/m * sum((y - h) x_j)", False),
    ("2/m * sum((h - y) x_j)", False),
    ("grad = 1/m * sum((h - y) x_1)", False),
    (r"\frac{1}{m}\sum_{i=1}^{m}\left(h^{(i)} + y^{(i)}\right)x_j^{(i)}", False),
    ("1/m * sum((h - y) x_j) + lambda/m theta_j", False),  # a penalty's term the cost does not have
]


def _outcomes(judge, texts):
    return [repr(judge.check(text)) for text in texts]


def test_a_warm_checker_judges_as_fresh_ones_do_and_as_the_hand_gradient_says():
    texts = [text for text, _ in _ANSWERS]
    with logderiv.Context():  # one checker, warm: the problem's names remembered after the first answer
        warm = _outcomes(checker("logistic"), texts)
    cold = []
    for text in texts:
        with logderiv.Context():  # a fresh checker (and every memo table empty) for each answer
            cold.extend(_outcomes(checker("logistic"), [text]))
    assert warm == cold
    with logderiv.Context():
        judge = checker("logistic")
        verdicts = [judge.check(text).verdict for text in texts]
    assert verdicts == ["equivalent" if right else "different" for _, right in _ANSWERS]


def test_the_problems_names_are_remembered_once_per_checker_and_are_the_same_as_made_afresh():
    with logderiv.Context():
        judge = checker("logistic")
        assert judge._problem_names is None  # nothing asked yet
        first = judge._taken_names({"a"})
        kept = judge._problem_names
        assert isinstance(kept, frozenset) and "a" not in kept  # the answer's names are not kept
        assert judge._taken_names({"b"}) == kept | {"b"}
        for text, _ in _ANSWERS:
            judge.check(text)
        assert judge._problem_names is kept  # the bound: one set per checker, whatever it judges
    with logderiv.Context():
        fresh = checker("logistic")
        assert fresh._taken_names({"a"}) == first  # a hit is what a miss makes


# ---- the respelling passes' notation, once per text ----------------------------------------------------------------

_PROBLEMS = [
    # (cost, answer, lets): code whose comments and names the passes rewrite between passes, LaTeX beside plain
    ("J = -1/m * np.sum(y*np.log(h) + (1-y)*np.log(1-h))  # cost", "grad = 1/m * X.T @ (h - y)  # gradient",
     ["h = sigmoid(X @ theta)"]),
    (r"\frac{1}{2m}\sum_{i=1}^{m}(w x_i + b - y_i)^2", r"\frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i", []),
    ("1/(2*m) * sum((X*theta - y).^2)  % Octave", "1/m * X' * (X*theta - y)", []),
]


@pytest.mark.parametrize("cost, answer, lets", _PROBLEMS)
def test_the_notation_asked_once_per_text_gives_what_asking_every_time_gives(cost, answer, lets, monkeypatch):
    remembered = costs.respell_texts(cost, answer, lets, "auto", "theta_j")
    original = redefined.respell

    def asking_every_time(cost, answer, lets, notation_of, wrt=None):
        from logderiv.notation import notation_of as plain_notation_of

        return original(cost, answer, lets, lambda text: plain_notation_of(text, "auto"), wrt)

    monkeypatch.setattr(redefined, "respell", asking_every_time)
    asked = costs.respell_texts(cost, answer, lets, "auto", "theta_j")
    assert (remembered.cost, remembered.answer, remembered.lets, remembered.notes, remembered.renamed) == (
        asked.cost, asked.answer, asked.lets, asked.notes, asked.renamed)


@pytest.mark.parametrize("text", ["", "h - y", r"\theta", "x_{j}", "a}", "$x$", "∇_w L", "sum_i (h - y) x_j", "{"])
def test_looks_like_latex_is_still_a_backslash_a_brace_a_dollar_or_a_nabla(text):
    assert latex.looks_like_latex(text) == any(mark in text for mark in "\\{}$∇")


# ---- walks skipped where they cannot find anything -------------------------------------------------------------------

@pytest.mark.parametrize("text, twice", [
    (r"y_i - \theta_0 - \sum_{j=0}^n \theta_j x_{ij}", True),  # θ₀ beside the sum from 0 (audit44): refused
    (r"y_i - \theta_0 - \sum_{j=1}^n \theta_j x_{ij}", False),  # the sum from 1: θ₀ once
    ("(h - y) x_j + theta_0 + lambda theta_j", False),  # no intercept sum at all: no walk of its chain's terms
])
def test_the_intercept_counted_twice_is_found_where_it_was(text, twice):
    tree = parse_text(text).tree
    found = zero_intercept.intercept_added_beside(tree)
    assert (found is not None) == twice
    if not zero_intercept.holds_intercept_sums(tree):
        assert found is None


@pytest.mark.parametrize("text, noted", [
    ("d/dw (1/m) sum_i (y_i - w x_i)^2 + lambda w^2", True),  # λw² holds w, outside the operator: noted
    ("d/dw (1/m) sum_i (y_i - w x_i)^2 + d/dw(lambda w^2)", False),  # the term has an operator of its own
    ("d/dw (1/m) sum_i (y_i - w x_i)^2 + lambda", False),  # the term does not hold w
    ("(1/m) sum_i (y_i - w x_i)^2 + lambda w^2", False),  # no operator at all
])
def test_a_bracketless_derivatives_reach_is_noted_as_before(text, noted):
    notes = parse_text(text).notes
    assert any(note.startswith(DERIVATIVE_REACH_NOTE) for note in notes) == noted


@pytest.mark.parametrize("name", ["x", "theta", "w", "beta", "x_1"])
def test_a_base_name_read_without_the_printer_is_the_printers(name):
    base = sympy.IndexedBase(name)
    assert symbols.label(base) == str(base.label)
