r"""Audit of the readings merged in the last hour (the audit14 branch): near variants where they misread.

* ω read as the weights w in one text beside w written in another: --wrt omega_j beside a cost that writes
  ω and w came back as λωⱼ alone (the data term lost), and a --let's ω beside a cost's w was merged with it
  (noted as "w is not written"): both refused, naming the two readings.
* A name code assigns twice (``h = sigmoid(X * theta);`` then ``h = h - y;``) beside an answer that uses it:
  the cost is read with the last value, and so was the answer's h, where the answer meant the first; the
  logistic gradient X'(h − y)/m was called different. Refused.
* The P/p case slip only where a log takes p: a cost's constant p (λ/(2p)) beside an unused --let P was
  replaced by that let's value.

Verdicts are worked out by hand in the comments; the gradients they lean on by central finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(1414)


def _sig(v):
    return 1 / (1 + np.exp(-v))


# --- ω beside w ---------------------------------------------------------------------------------------------------

OMEGA_BESIDE_W = (r"\frac{1}{2m}\sum_{i=1}^m (\omega^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2} \sum_j w_j^2")


def test_omega_wrt_beside_a_cost_with_omega_and_w_is_refused():
    # by hand: if ω and w are two vectors, ∂J/∂ωⱼ = (1/m) Σᵢ (ωᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾; if one, that + λωⱼ. It was
    # given as λωⱼ alone, which is neither
    with pytest.raises(InputError) as caught:
        derive(OMEGA_BESIDE_W, wrt="omega_j")
    assert "ω" in caught.value.message and "w" in caught.value.message
    assert caught.value.hint and "one letter" in caught.value.hint


def test_omega_in_a_let_beside_w_in_the_cost_is_refused():
    # h = ωᵀx in the let, Σ w_j² in the cost: merged, the penalty would be on ω; apart, it would not
    with pytest.raises(InputError) as caught:
        derive(r"\frac{1}{2m}\sum_{i=1}^m (h - y^{(i)})^2 + \frac{\lambda}{2} \sum_j w_j^2",
               wrt="omega_j", let=[r"h = \omega^T x^{(i)}"])
    assert "one weight vector or two quantities" in caught.value.message


def test_omega_alone_still_reads_as_the_weights():
    # ∂/∂ωⱼ [(1/(2m)) Σᵢ (ωᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ/2) Σₖ ωₖ²] = (1/m) Σᵢ (ωᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + λωⱼ, by hand
    X, y, omega, lam = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3), 0.3
    cost = lambda o: np.sum((X @ o - y) ** 2) / (2 * 4) + lam / 2 * np.sum(o ** 2)
    assert np.allclose(_fd(cost, omega), X.T @ (X @ omega - y) / 4 + lam * omega, atol=1e-6)
    verdict = check(r"\frac{1}{m}\sum_{i=1}^m (\omega^T x^{(i)} - y^{(i)}) x_j^{(i)} + \lambda \omega_j",
                    cost=r"\frac{1}{2m}\sum_{i=1}^m (\omega^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2} \sum_j \omega_j^2",
                    wrt="omega_j")
    assert verdict.verdict == "equivalent"
    # without the penalty's λωⱼ it is not the gradient
    assert check(r"\frac{1}{m}\sum_{i=1}^m (\omega^T x^{(i)} - y^{(i)}) x_j^{(i)}",
                 cost=r"\frac{1}{2m}\sum_{i=1}^m (\omega^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2} \sum_j \omega_j^2",
                 wrt="omega_j").verdict == "different"


def test_w_wrt_beside_a_cost_with_omega_and_w_is_refused_too():
    # --wrt w_j: read apart, ω was a constant and ∂J/∂wⱼ = λwⱼ its penalty's alone, a confident gradient for what the
    # writer almost surely wrote as one vector (audit57): one vector or two is not said by w_j either
    with pytest.raises(InputError) as caught:
        check(r"\lambda w_j", cost=OMEGA_BESIDE_W, wrt="w_j")
    assert "ω and w are both written here" in caught.value.message


# --- a name code assigns twice, beside an answer that uses it -------------------------------------------------------

LOGISTIC_CODE = "- (y' * log(h) + (1 .- y)' * log(1 .- h)) / m"


def test_logistic_code_gradient_by_finite_differences():
    # by hand: ∇ −(yᵀlog σ(Xθ) + (1 − y)ᵀlog(1 − σ(Xθ)))/m = Xᵀ(σ(Xθ) − y)/m
    X, theta = RNG.normal(size=(5, 3)), RNG.normal(size=3)
    y = RNG.uniform(size=5)
    cost = lambda t: -(y @ np.log(_sig(X @ t)) + (1 - y) @ np.log(1 - _sig(X @ t))) / 5
    assert np.allclose(_fd(cost, theta), X.T @ (_sig(X @ theta) - y) / 5, atol=1e-6)


def test_answer_using_a_name_assigned_twice_is_refused():
    # the answer's h is σ(Xθ) if its line came before 'h = h - y;' (then it is the gradient above, equivalent),
    # and σ(Xθ) − y after it: where the line stood is not said. It was called different.
    with pytest.raises(InputError) as caught:
        check("X' * (h - y) / m", cost=LOGISTIC_CODE, wrt="theta_j",
              let=["h = sigmoid(X * theta);", "h = h - y;"])
    assert caught.value.column == len("X' * (")  # at the answer's h
    assert "assigned 2 times" in caught.value.message


def test_a_name_assigned_twice_that_the_answer_does_not_use_is_still_read():
    # romgripper's lines: reg is λ/(2m) Σ_{j≥2} θⱼ², its gradient λθ/m with θ₁ zeroed (theta1); plus Xᵀ(h − y)/m
    lets = ["h = sigmoid(X * theta);", "reg = theta(2:end, :);", "reg = reg' * reg * lambda / 2 / m;",
            "d = h - y;", "theta1 = theta;", "theta1(1,1) = 0;"]
    cost = LOGISTIC_CODE + " + reg"
    assert check("X' * d / m + lambda * theta1 / m", cost=cost, wrt="theta_j", let=lets).verdict == "equivalent"


# --- the P/p case slip ----------------------------------------------------------------------------------------------

def test_a_constant_p_is_not_replaced_by_an_unused_let_P():
    # p here is a constant of the cost (no log takes it): ∂/∂θⱼ [(1/(2m)) Σ (θᵀx − y)² + λ/(2p) Σ θₖ²]
    # = (1/m) Σ (θᵀx − y) xⱼ + λθⱼ/p. With P = θᵀx read as p, the penalty's p would depend on θ.
    X, y, theta, lam, p = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3), 0.4, 3.0
    cost = lambda t: np.sum((X @ t - y) ** 2) / 8 + lam / (2 * p) * np.sum(t ** 2)
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / 4 + lam * theta / p, atol=1e-6)
    verdict = check("1/m * sum((theta^T x - y) x_j) + lambda/p * theta_j",
                    cost="1/(2m) * sum((theta^T x - y)^2) + lambda/(2p) * sum(theta_k^2)",
                    wrt="theta_j", let=["P = theta^T x"])
    assert verdict.verdict == "equivalent"
    assert not any("P is read as p" in note for note in verdict.notes)


def test_the_probability_p_a_log_takes_is_still_the_let_P():
    # −(1/m) Σ [y log p + (1 − y) log(1 − p)] with p = σ(θᵀx): the gradient (1/m) Σ (σ(θᵀx) − y) xⱼ
    verdict = check("1/m * sum((sigmoid(theta^T x) - y) x_j)", cost="-1/m * sum(y log(p) + (1-y) log(1-p))",
                    wrt="theta_j", let=["P = sigmoid(theta^T x)"])
    assert verdict.verdict == "equivalent"
    assert any("P is read as p" in note for note in verdict.notes)
