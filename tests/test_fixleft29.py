r"""Misses left at the last stop (issue 10), each read by a general rule, noted, with its refusals.

* ``lambda/mw_j``, ``lambda/mtheta_j`` in plain text: the count glued to the parameter after a slash is read as
  (λ/m)·w_j, as ``\lambda/m w_j`` and ``lambda/mθ_j`` already were (noted); it was "unknown name 'mw'".
* ``(1/m) sum (hx - y) xj``: ``hx`` is h(x) and ``xj`` is x_j, the only readings they have (h times the example's
  vector is no number beside y; j is an index, never a quantity), noted; ``xj`` beside a sum over j is left
  unread (refused), where it could be that sum's feature.
* Bishop's cost typed plain with theta, ``1/2 sum_{n=1}^N (theta^T x_n - t_n)^2``: the sum over n, whose letter
  only subscripts the data, is the sum over the examples (noted as the LaTeX reader notes it); ``theta`` kept the
  text from that reader, and the plain one refused the range. A sum to N beside an m is refused (two counts).
* A plain gloss, ``… where h is the hypothesis``, ``… (m = number of examples)``: set aside, noted, by the LaTeX
  glosses' rules (notation/glosses.py); a fixed letter is set aside only where the words say its fixed meaning
  (``m = number of features`` and ``h is the sigmoid hypothesis`` are refused).
* ``logderiv grade`` reads a question's cost as ``check --cost`` does: an R cost check read was refused.

Why: each was ordinary notation refused (or, for ``hx``, read only without h beside it). Truth is worked by hand and
held to finite differences of NumPy costs (``_numeric``) or to the corpus judge on an intended cost (``_reading``),
never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences, cross_entropy, half_mean_square
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

RNG = np.random.default_rng(2929)
XS, YS = RNG.normal(size=(7, 3)), RNG.normal(size=7)
LABELS = RNG.uniform(0.1, 0.9, size=7)

RIDGE_W = "J = 1/(2m) sum (w^T x - y)^2 + lambda/(2m) sum_j w_j^2"
RIDGE_THETA = "J = 1/(2m) sum (theta^T x - y)^2 + lambda/(2m) sum_j theta_j^2"
LINEAR_H = "J = 1/(2m) sum (h(x) - y)^2"


def test_the_hand_gradients_agree_with_finite_differences():
    """By hand: ridge's gradient is (1/m)Xᵀ(Xw − y) + (λ/m)w; the half mean square's (1/m)Xᵀ(Xθ − y); the
    cross-entropy's (1/m)Xᵀ(σ(Xθ) − y); Bishop's ½Σ(θᵀxₙ − tₙ)² has Xᵀ(Xθ − t), m times the mean's."""
    at, lam, m = RNG.normal(size=3), 0.8, len(YS)

    def ridge(v):
        return half_mean_square(XS, YS, v) + lam * float(v @ v) / (2 * m)

    assert np.allclose(central_differences(ridge, at), XS.T @ (XS @ at - YS) / m + lam * at / m, atol=1e-6)
    # 2λ/m θ_j (the planted slip below) is not it
    assert not np.allclose(central_differences(ridge, at), XS.T @ (XS @ at - YS) / m + 2 * lam * at / m, atol=1e-6)
    assert np.allclose(central_differences(lambda v: half_mean_square(XS, YS, v), at), XS.T @ (XS @ at - YS) / m,
                       atol=1e-6)
    assert np.allclose(central_differences(lambda v: cross_entropy(XS, LABELS, v), at),
                       XS.T @ (1 / (1 + np.exp(-(XS @ at))) - LABELS) / m, atol=1e-6)
    bishop = central_differences(lambda v: 0.5 * float(np.sum((XS @ v - YS) ** 2)), at)
    assert np.allclose(bishop, XS.T @ (XS @ at - YS), atol=1e-5)
    # without x_j the sum is no gradient entry
    assert not np.allclose(central_differences(lambda v: half_mean_square(XS, YS, v), at),
                           np.full(3, np.sum(XS @ at - YS) / m), atol=1e-6)


# --- lambda/mw_j: the count glued to the parameter after a slash ------------------------------------------------

@pytest.mark.parametrize(("answer", "cost", "wrt", "verdict"), [
    ("(1/m) sum (w^T x - y) x_j + lambda/mw_j", RIDGE_W, "w_j", "equivalent"),
    ("(1/m) sum (theta^T x - y) x_j + lambda/mtheta_j", RIDGE_THETA, "theta_j", "equivalent"),
    ("(1/m) sum (theta^T x - y) x_j + 2lambda/mtheta_j", RIDGE_THETA, "theta_j", "different"),
])
def test_a_count_glued_to_the_parameter_is_the_penalty_factor(answer, cost, wrt, verdict):
    assert_verdict_read(answer, cost, verdict, wrt=wrt)


def test_the_glued_count_is_noted():
    verdict = logderiv.check("(1/m) sum (w^T x - y) x_j + lambda/mw_j", cost=RIDGE_W, wrt="w_j")
    assert "read lambda/mw_j as (lambda/m)·w_j, as ML notes mean it (not lambda/(m·w_j))" in notes_of(verdict)


def test_a_bracketed_glued_count_stays_unread():
    """lambda/(mw_j) puts the parameter in the denominator as written: no reading of it is taken."""
    error = refused_by_logderiv(lambda: logderiv.check("(1/m) sum (w^T x - y) x_j + lambda/(mw_j)", cost=RIDGE_W,
                                                       wrt="w_j"))
    assert "mw" in error.message


# --- hx and xj -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "cost", "verdict"), [
    ("(1/m) sum (hx - y) xj", LINEAR_H, "equivalent"),
    ("(1/m) sum (hx - y) xj", "logistic", "equivalent"),
    ("(1/m) sum (hx - y)", LINEAR_H, "different"),
    ("(1/m) sum (hx_i - y_i) xj", LINEAR_H, "equivalent"),
])
def test_hx_and_xj_are_the_prediction_and_the_feature(answer, cost, verdict):
    assert_verdict_read(answer, cost, verdict)


def test_hx_in_a_cost_is_the_prediction():
    assert_gradient_read("J = 1/(2m) sum (hx - y)^2", lambda d: half_mean_square(d.X, d.y, d.theta))


def test_hx_and_xj_are_noted():
    verdict = logderiv.check("(1/m) sum (hx - y) xj", cost=LINEAR_H, wrt="theta_j")
    assert any("'hx' as h(x)" in note and "'xj' as x_j" in note for note in notes_of(verdict))


def test_xj_beside_a_sum_over_j_is_refused():
    """Inside sum_j, x_j would be that sum's feature, not the gradient's entry: not read."""
    error = refused_by_logderiv(lambda: logderiv.check("(1/m) sum (hx - y) xj + sum_j theta_j xj", cost=LINEAR_H,
                                                       wrt="theta_j"))
    assert "xj" in error.message


# --- Bishop's cost typed plain with theta ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "E(theta) = 1/2 sum_{n=1}^N (theta^T x_n - t_n)^2",
    "E(theta) = 1/2 sum_{n=1}^{N} (t_n - theta^T x_n)^2",
    "E(theta) = 1/2 sum_n (theta^T x_n - t_n)^2",
])
def test_a_plain_sum_over_n_is_the_sum_over_the_examples(text):
    assert_gradient_read(text, lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2)))


def test_a_plain_mean_over_n_reads_n_as_the_count():
    assert_gradient_read("E(theta) = 1/(2N) sum_{n=1}^{N} (theta^T x_n - t_n)^2",
                         lambda d: half_mean_square(d.X, d.y, d.theta))


def test_the_sum_over_n_is_noted():
    derivation = logderiv.derive("E(theta) = 1/2 sum_{n=1}^N (theta^T x_n - t_n)^2", wrt="theta_j")
    assert "the sum over n runs over the examples (its index marks the example): n is read as i" \
        in notes_of(derivation)


@pytest.mark.parametrize("text", [
    "E(theta) = 1/m sum_{n=1}^N (theta^T x_n - t_n)^2",  # two counts, N and m
    "E(theta) = 1/2 sum_{n=1}^{2} (theta^T x_n - t_n)^2",  # not every example
    "E(theta) = 1/2 sum_n (theta^T x_n - t_n)^2 n",  # n a quantity too
])
def test_a_sum_over_n_that_is_not_only_the_examples_is_refused(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j"))


# --- plain glosses ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "J = 1/2m sum (h - y)^2 where h is the hypothesis",
    "J = 1/2m sum (h(x) - y)^2 (m = number of examples)",
    "J = 1/2m sum (h(x) - y)^2 + lambda/2m sum_j theta_j^2, lambda is the regularization parameter",
])
def test_a_plain_gloss_is_set_aside(text):
    lam = "lambda" in text

    def intended(d):
        return half_mean_square(d.X, d.y, d.theta) + (d.lam * float(d.theta @ d.theta) / (2 * d.m) if lam else 0)

    assert_gradient_read(text, intended)


def test_a_gloss_of_the_label_beside_a_cross_entropy():
    assert_verdict_read("1/m sum (h - y) x_j", "J = -1/m sum (y log h + (1-y) log(1-h)), where y is the label",
                        "equivalent")


@pytest.mark.parametrize("text", [
    "J = 1/2m sum (h(x) - y)^2 (m = number of features)",  # m is read as the examples' count
    "J = 1/2m sum (h - y)^2 where h is the sigmoid hypothesis",  # names a model the squared error does not
    "J = 1/2m sum (h - y)^2 + lambda/2m sum_j theta_j^2, lambda is 0 here",  # a value in words
])
def test_a_plain_gloss_that_could_change_the_formula_is_refused(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j"))


def test_the_plain_gloss_is_noted_in_every_format():
    cost = "J = 1/2m sum (h(x) - y)^2 (m = number of examples)"
    said = "'(m = number of examples)' after the formula says in words what m is"
    args = ["check", "1/m sum (h(x) - y) x_j", "--cost", cost, "--wrt", "theta_j"]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and f"note: {said}" in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])
    assert "set aside" in CliRunner().invoke(main, [*args, "-f", "latex"]).output
    assert "set aside" in CliRunner().invoke(main, [*args, "-f", "markdown"]).output


# --- grade reads the question's cost as check does ---------------------------------------------------------------

def test_grade_reads_an_r_cost_that_check_reads(tmp_path):
    """The R cost is (1/2m)‖Xθ − y‖²: its gradient Xᵀ(Xθ − y)/m (held to finite differences above); without /m
    the answer is m times it."""
    from logderiv.grading import graded, read_question, read_submissions

    question = tmp_path / "question.toml"
    question.write_text('cost = "J <- sum((X %*% theta - y)^2) / (2*m)"\nwrt = "theta_j"\n', encoding="utf-8")
    answers = tmp_path / "answers.csv"
    answers.write_text('id,answer\n1,"t(X) %*% (X %*% theta - y) / m"\n2,"t(X) %*% (X %*% theta - y)"\n',
                       encoding="utf-8")
    rows = read_submissions(answers).rows
    verdicts = [grade.outcome.verdict for grade in graded(rows, read_question(question), jobs=None, timeout=30)]
    assert verdicts == ["equivalent", "different"]


def test_grade_still_refuses_a_cost_check_refuses(tmp_path):
    from logderiv.errors import InputError
    from logderiv.grading import read_question

    question = tmp_path / "question.toml"
    question.write_text('cost = "J <- sum((X %*% theta - y)^2) / (2*m"\n', encoding="utf-8")
    with pytest.raises(InputError):
        read_question(question)


def test_a_latex_gloss_that_says_the_fixed_meaning_is_set_aside():
    """The LaTeX glosses share the agreement: m glossed as the number of examples is what m is read as."""
    text = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 \quad m = \text{number of training examples}"
    assert_gradient_read(text, lambda d: half_mean_square(d.X, d.y, d.theta))
    refused_by_logderiv(lambda: logderiv.derive(text.replace("training examples", "features"), wrt="theta_j"))
