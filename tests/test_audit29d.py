r"""An adversarial audit of fixleft29's readings (issue 10): the misreads found, each now refused or read right.

* ``lambda/mw_j`` split the count off the parameter wherever λ or a number stood before the slash, but the grammar
  notes (λ/m)·w_j only where that numerator begins its term: ``lambda^2/mw_j``, ``1/2/mw_j``, ``y lambda/mw_j`` were
  read as (…/m)·w_j with no note (a silent reading; ``lambda^2/mw_j`` judged "equivalent" to a λ² penalty). Now
  the glued word is split only where the note is said; elsewhere it stays an unknown name (refused).
* Bishop's ``1/2 sum_{n=1}^{N} (theta^T x_n - y_n)^2 + theta^T theta/N``: the sum to N was rewritten as the sum
  over the m examples, while the N beside it stayed an undefined constant, so the right gradient's ``2 theta_j/m``
  was judged "different". The N the sum runs to is the examples' count: read as m there too, noted as the LaTeX
  reader notes it (which read this cost right).
* A plain gloss whose words are a value spelled out (``(lambda = zero)``, ``where lambda is one half``, ``none``)
  was set aside as "no mathematics", and an answer with no λ term judged "different"; the LaTeX glosses shared the
  gap (``\quad \lambda = \text{zero}``). Now refused as a value in words.
* A gloss whose words gloss a second symbol (``where lambda is the regularization parameter and m is the number of
  features``) was set aside whole, the second symbol escaping the rules a fixed letter's gloss is held to (m
  glossed as the features is refused alone). Now refused, naming the letter.

Why: each was a silent reading or a false verdict. Truth is worked by hand and held to finite differences of NumPy
costs (``_numeric``) or to the corpus judge on an intended cost (``_reading``), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv

RNG = np.random.default_rng(2930)
XS, YS = RNG.normal(size=(6, 3)), RNG.normal(size=6)

RIDGE_W = "J = 1/(2m) sum (w^T x - y)^2 + lambda/(2m) sum_j w_j^2"
BISHOP_N = "E(theta) = 1/2 sum_{n=1}^{N} (theta^T x_n - y_n)^2 + theta^T theta/N"
RIDGE_THETA = "J = 1/2m sum (h(x) - y)^2 + lambda/2m sum_j theta_j^2"


def test_the_hand_gradients_agree_with_finite_differences():
    """By hand: ½Σ(θᵀxᵢ − yᵢ)² + θᵀθ/m has gradient Xᵀ(Xθ − y) + 2θ/m (N, the sum's count, is m); the half mean
    square with no penalty (λ = 0) has (1/m)Xᵀ(Xθ − y), which the same cost with λ kept is not."""
    at, m = RNG.normal(size=3), len(YS)

    def bishop(v):
        return 0.5 * float(np.sum((XS @ v - YS) ** 2)) + float(v @ v) / m

    assert np.allclose(central_differences(bishop, at), XS.T @ (XS @ at - YS) + 2 * at / m, atol=1e-5)
    assert not np.allclose(central_differences(bishop, at), XS.T @ (XS @ at - YS) + 2 * at, atol=1e-5)
    lam = 0.7

    def ridge(v):
        return 0.5 * float(np.mean((XS @ v - YS) ** 2)) + lam * float(v @ v) / (2 * m)

    assert not np.allclose(central_differences(ridge, at), XS.T @ (XS @ at - YS) / m, atol=1e-6)


# --- a glued count after a numerator that does not begin its term ------------------------------------------------

@pytest.mark.parametrize("tail", ["lambda^2/mw_j", "1/2/mw_j", "y lambda/mw_j", "x_j*lambda/mw_j"])
def test_a_glued_count_after_a_power_or_factor_is_not_split(tail):
    """Split there, (…/m)·w_j was read with no note; the word stays unknown, as lambda/(mw_j) does."""
    cost = "J = 1/(2m) sum (w^T x - y)^2 + lambda^2/(2m) sum_j w_j^2"
    error = refused_by_logderiv(lambda: logderiv.check(f"(1/m) sum (w^T x - y) x_j + {tail}", cost=cost,
                                                       wrt="w_j"))
    assert "mw" in error.message


@pytest.mark.parametrize("tail", ["lambda/mw_j", "2lambda/mw_j", "2*lambda/mw_j", "(lambda/mw_j)"])
def test_a_glued_count_after_a_term_s_numerator_is_still_split_and_noted(tail):
    verdict = logderiv.check(f"(1/m) sum (w^T x - y) x_j + {tail}", cost=RIDGE_W, wrt="w_j")
    assert any(note.startswith("read ") and "mw_j as (" in note for note in notes_of(verdict))


def test_the_noted_glued_count_is_judged_right():
    assert_verdict_read("(1/m) sum (w^T x - y) x_j + lambda/mw_j", RIDGE_W, "equivalent", wrt="w_j")


# --- the N a plain sum over n runs to --------------------------------------------------------------------------

def test_the_n_a_sum_runs_to_is_the_count_elsewhere_in_the_cost():
    assert_gradient_read(BISHOP_N, lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2))
                         + float(d.theta @ d.theta) / d.m)


@pytest.mark.parametrize(("answer", "verdict"), [
    ("sum (theta^T x - y) x_j + 2 theta_j/m", "equivalent"),  # was judged "different"
    ("sum (theta^T x - y) x_j + 2 theta_j", "different"),
])
def test_an_answer_against_the_cost_with_n(answer, verdict):
    assert_verdict_read(answer, BISHOP_N, verdict)


def test_the_count_read_as_m_is_noted():
    derivation = logderiv.derive(BISHOP_N, wrt="theta_j")
    assert "N counts the examples here: read as m" in notes_of(derivation)


def test_an_n_with_a_script_of_its_own_is_not_read_as_the_count():
    refused_by_logderiv(lambda: logderiv.derive(
        "E(theta) = 1/2 sum_{n=1}^{N} (theta^T x_n - t_n)^2 + N_0 theta^T theta", wrt="theta_j"))


# --- glosses: a value spelled out, a second symbol -----------------------------------------------------------------

@pytest.mark.parametrize("gloss", [" (lambda = zero)", ", where lambda is zero", " where lambda is one half",
                                   " where lambda is none", " (lambda = one)"])
def test_a_plain_gloss_that_spells_a_value_is_refused(gloss):
    """λ = 0 drops the penalty: set aside, the answer without it was judged "different"."""
    error = refused_by_logderiv(lambda: logderiv.check("1/m sum (theta^T x - y) x_j", cost=RIDGE_THETA + gloss))
    assert "value" in error.message


def test_a_latex_gloss_that_spells_a_value_is_refused():
    cost = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_j "
            r"\theta_j^2 \quad \lambda = \text{zero}")
    refused_by_logderiv(lambda: logderiv.check(r"\frac{1}{m}\sum_i (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}",
                                               cost=cost))


@pytest.mark.parametrize("gloss", [" where lambda is the regularization parameter and m is the number of features",
                                   " where lambda is the penalty weight for j from one"])
def test_a_gloss_that_glosses_a_second_symbol_is_refused(gloss):
    error = refused_by_logderiv(lambda: logderiv.derive(RIDGE_THETA + gloss, wrt="theta_j"))
    assert "too" in error.message


def test_glosses_of_two_symbols_each_marked_are_still_read():
    """Each gloss after its own comma is held to the rules alone: λ's words and m's agreeing words."""
    text = RIDGE_THETA + " where lambda is the regularization parameter, m is the number of examples"

    def intended(d):
        return 0.5 * float(np.mean((d.X @ d.theta - d.y) ** 2)) + d.lam * float(d.theta @ d.theta) / (2 * d.m)

    assert_gradient_read(text, intended)
