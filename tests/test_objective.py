"""Objective conventions: the cost's gradient or the log-likelihood's (``check --objective``).

The answers are taken from public notes and Q&A posts, verbatim (source beside
each), as students paste them. The verdicts were worked out by hand:

* the logistic preset is mean-form, J = −(1/m) Σᵢ [y log h + (1 − y) log(1 − h)],
  so ℓ = −m·J and ∇ℓ = Σᵢ (yᵢ − hᵢ) xᵢ = −m·∇J;
* a sum-form cost J = −Σᵢ […] (the NLL of the posts) has ℓ = −J, ∇ℓ = −∇J.

The two relations themselves are checked here independently by central finite
differences of the costs written out in NumPy, not with logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv import check
from logderiv.verify.costs import read_cost
from logderiv.cli import main
from logderiv.verify.objective import is_mean_form, log_likelihood_scale

EQ, DIFF = "equivalent", "different"

#: the negative log-likelihood of the posts below, written once as a sum-form cost (no 1/m), in their letters
NLL_SE = r"NLL = -\sum_{i=1}^N[(1-y_i)\log(1-s(w^Tx_i))+y_i\log(s(w^Tx_i))]"
S_LET = r"s(x) = \frac{1}{e^{-x}+1}"
NLL_BOLD = (r"L = -\sum_{i=1}^{n} [y_i\log\sigma(\mathbf{w}^T\mathbf{x}_i) "
            r"+ (1-y_i)\log(1-\sigma(\mathbf{w}^T\mathbf{x}_i))]")

#: (source, answer verbatim, cost, lets, objective, verdict, first diagnosis kind)
REAL = [
    # stats.stackexchange.com/questions/258709 (question and accepted answer): ∂NLL/∂w of the sum-form NLL
    ("stats.SE 258709 answer", r"\sum_{i=1}^{N} x_i(s(w^Tx_i) - y_i)", NLL_SE, (S_LET,), "cost", EQ, None),
    # the same, read as the log-likelihood's gradient: it is −∇ℓ, the cost's
    ("stats.SE 258709 answer", r"\sum_{i=1}^{N} x_i(s(w^Tx_i) - y_i)", NLL_SE, (S_LET,), "log-likelihood", DIFF,
     "cost-gradient"),
    # "Logistic Regression: Gradients" (blog, Dec 2015, as copied in nvidia/Nemotron-CC-Math-v1): ∇L of the NLL
    ("Logistic Regression: Gradients",
     r"\nabla L = -\sum_{i=1}^{n} (y_i - \sigma(\mathbf{w}^T \mathbf{x}_i)) \mathbf{x}_i", NLL_BOLD, (), "cost", EQ,
     None),
    ("Logistic Regression: Gradients",
     r"\nabla_{\mathbf{w}} L = \sum_{i=1}^{n} (\sigma(\mathbf{w}^T \mathbf{x}_i) - y_i) \mathbf{x}_i", NLL_BOLD, (),
     "cost", EQ, None),
    # its bracket without the leading minus: ∇ℓ = −∇L, right for ascent only
    ("Logistic Regression: Gradients (the bracket alone)",
     r"\sum_{i=1}^{n} (y_i - \sigma(\mathbf{w}^T \mathbf{x}_i)) \mathbf{x}_i", NLL_BOLD, (), "cost", DIFF,
     "log-likelihood"),
    ("Logistic Regression: Gradients (the bracket alone)",
     r"\sum_{i=1}^{n} (y_i - \sigma(\mathbf{w}^T \mathbf{x}_i)) \mathbf{x}_i", NLL_BOLD, (), "log-likelihood", EQ,
     None),
    # concise.org/notes/machine-learning/logistic-regression/gradient-descent: the vectorised δ
    ("concise.org gradient descent",
     r"\frac{1}{m} \sum\limits_{i=1}^{m} \left((h_\theta(x^{(i)}) - y^{(i)}) x^{(i)}\right)", "logistic", (),
     "cost", EQ, None),
    ("concise.org gradient descent",
     r"\frac{1}{m} \sum\limits_{i=1}^{m}\left((h_\theta(x^{(i)}) - y^{(i)}) x^{(i)}_{j}\right)", "logistic", (),
     "log-likelihood", DIFF, "cost-gradient"),
    # the direction of CS229's ascent rule θⱼ := θⱼ + α Σᵢ (y⁽ⁱ⁾ − h(x⁽ⁱ⁾)) xⱼ⁽ⁱ⁾ (written here with m examples), Σᵢ (y⁽ⁱ⁾ − h(x⁽ⁱ⁾)) x_j⁽ⁱ⁾ = ∂ℓ/∂θⱼ for ℓ = −m·J
    ("after CS229 notes (ascent rule, m examples)", r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}", "logistic", (),
     "cost", DIFF, "log-likelihood"),
    ("after CS229 notes (ascent rule, m examples)", r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}", "logistic", (),
     "log-likelihood", EQ, None),
    # stats.SE 258709's NLL, with the preset's 1/m written in: an extra 1/m for the sum-form cost
    ("stats.SE 258709, with a stray 1/m", r"\frac{1}{N}\sum_{i=1}^{N} x_i(s(w^Tx_i) - y_i)", NLL_SE, (S_LET,),
     "cost", DIFF, "factor"),
]


@pytest.mark.parametrize("row", REAL, ids=[f"{row[0]}:{row[4]}:{row[6] or row[5]}" for row in REAL])
def test_real_answers_under_each_objective(row):
    """Each pasted answer gets the hand-worked verdict and first diagnosis under the objective asked for."""
    _, answer, cost, lets, objective, verdict_expected, kind = row
    verdict = check(answer, cost=cost, let=lets, objective=objective)
    assert verdict.verdict == verdict_expected, (verdict.reason, verdict.diagnosis)
    kinds = [d.kind for d in verdict.diagnosis]
    assert kinds[:1] == ([kind] if kind else []), kinds


def _logistic_parts(m: int = 5, n: int = 3, seed: int = 7):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.uniform(0.1, 0.9, size=m), rng.normal(size=n)


def _nll(theta, x, y):
    h = 1 / (1 + np.exp(-x @ theta))
    return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))


def _finite_gradient(f, theta, step=1e-6):
    return np.array([(f(theta + step * e) - f(theta - step * e)) / (2 * step) for e in np.eye(len(theta))])


def test_the_ascent_direction_is_minus_m_times_the_mean_costs_gradient():
    """Σᵢ (yᵢ − σ(θᵀxᵢ)) xᵢ = −m·∇J for the mean cost, = −∇J for the summed one (finite differences, NumPy)."""
    x, y, theta = _logistic_parts()
    m = len(y)
    ascent = x.T @ (y - 1 / (1 + np.exp(-x @ theta)))
    mean_gradient = _finite_gradient(lambda t: _nll(t, x, y) / m, theta)
    sum_gradient = _finite_gradient(lambda t: _nll(t, x, y), theta)
    assert np.allclose(ascent, -m * mean_gradient, atol=1e-6)
    assert np.allclose(ascent, -sum_gradient, atol=1e-6)


def test_the_cost_decides_the_multiple():
    """Presets are mean-form (ℓ = −m·J), the posts' NLL sum-form (ℓ = −J); a penalty does not decide."""
    assert str(log_likelihood_scale(read_cost("logistic"))) == "-m"
    assert str(log_likelihood_scale(read_cost("logistic-l2"))) == "-m"
    assert log_likelihood_scale(read_cost(NLL_BOLD)) == -1
    # only the terms that sum over the examples decide: a penalty over the features without 1/m does not
    assert is_mean_form(read_cost(r"J = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 "
                                  r"+ \lambda \sum_{k=1}^n \theta_k^2").cost)


def test_mean_and_sum_forms_are_named_in_the_factor_diagnosis():
    """Off by exactly m (mean cost) or 1/m (sum cost): the diagnosis names the form that explains it."""
    summed = check(r"\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost="logistic")
    assert summed.diagnosis[0].kind == "factor"
    assert "summed cost m·J" in summed.diagnosis[0].message and "this cost is a mean" in summed.diagnosis[0].message
    meaned = check(r"\frac{1}{N}\sum_{i=1}^{N} x_i(s(w^Tx_i) - y_i)", cost=NLL_SE, let=(S_LET,))
    assert "this cost is a sum" in meaned.diagnosis[0].message


def test_log_likelihood_diagnosis_says_ascent():
    """The diagnosis names the log-likelihood, the multiple, and gradient ascent; never a bare sign flip."""
    verdict = check(r"\sum_i (y_i - \sigma(\theta^T x_i)) x_i", cost="logistic")
    assert verdict.verdict == DIFF
    assert [d.kind for d in verdict.diagnosis] == ["log-likelihood"]
    message = verdict.diagnosis[0].message
    assert "ℓ = −m·J" in message and "gradient ascent" in message


def test_parameters_named_w_against_a_cost_in_theta_are_the_same_vector():
    """The answer's w is the preset's θ (noted): right is equivalent, and the ascent form is named, not 'other'."""
    right = check(r"\frac{1}{m}\sum_i (\sigma(w^T x_i) - y_i) x_i", cost="logistic")
    assert right.verdict == EQ
    assert any("the same vector under another name" in note for note in right.notes)
    ascent = check(r"\sum_i (y_i - \sigma(w^T x_i)) x_i", cost="logistic")
    assert [d.kind for d in ascent.diagnosis] == ["log-likelihood"]


def test_w_beside_theta_is_not_renamed():
    """An answer that writes both w and θ keeps w a vector of its own: no rename, no note, judged different."""
    # the answer's entry is written x_{ij}: with a bare x_i beside θ_j it is a vector plus a number, which is
    # refused since fixtail28 (x_i meant as x_{ij}, or θ_j as θ?) before any question of names arises
    verdict = check(r"\frac{1}{m}\sum_i (\sigma(w^T x_i) - y_i) x_{ij} + \theta_j", cost="logistic")
    assert verdict.verdict == DIFF
    assert not any("the same vector under another name" in note for note in verdict.notes)


def test_cli_objective_option_and_exit_codes():
    """--objective log-likelihood turns the ascent answer into exit 0 with a note; an unknown objective is exit 2."""
    runner = CliRunner()
    answer = r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}"
    default = runner.invoke(main, ["check", answer, "-f", "text"])
    assert default.exit_code == 1 and "[log-likelihood]" in default.output
    ascent = runner.invoke(main, ["check", answer, "--objective", "log-likelihood", "-f", "text"])
    assert ascent.exit_code == 0, ascent.output
    assert "--objective log-likelihood: the answer is judged as the gradient of the log-likelihood ℓ = −m·J" in ascent.output
    bad = runner.invoke(main, ["check", answer, "--objective", "likelihood"])
    assert bad.exit_code == 2
