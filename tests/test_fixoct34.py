r"""fixoct34: Octave lab code (Coursera ML ex2/ex5) that sets theta(1) = 0 among its own lines, or patches grad(1).

* ``theta(1) = 0;`` among a cost's or an answer's own lines (junggil's ex2 costFunctionReg.m) is read in order, as
  the statements run: the lines after it use [0; θ(2:end)], the lines before it and the --let s (computed before
  the lines) the whole θ; the derivative is still by the whole θ. It zeroes θ in that text alone: an answer whose
  lines do not zero θ keeps the whole θ, which a note says. An entry of θ after the zeroing is refused.
* an answer's ``J = …;`` line beside its last line ``grad = …;`` (the [J, grad] outputs of an Octave cost
  function) is left out where no other line uses J, noted.
* ``thet = A; grad = A + c * theta; grad(1) = thet(1);`` (QianyiHu's ex5 linearRegCostFunction.m) is
  ``grad(1) = grad(1) - c * theta(1)``: the intercept unpenalised, noted.

Expected results are worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py) and to the corpus judge (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_free_ridge_cross_entropy, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv

_RNG = np.random.default_rng(34)

# ------------------------------------------------------------------ junggil's ex2 costFunctionReg.m
#: https://github.com/junggil/CourseraML/blob/897e628b40c61a712f533c560756067265b20d80/ex2/costFunctionReg.m
#: (verbatim; h = sigmoid(X * theta) and m = length(y) are the file's lines before theta(1) = 0)
JUNGGIL_BLOCK = (
    "theta(1) = 0;\n% You need to return the following variables correctly \n"
    "J = (1/m)*sum(-y.*log(h) .-(1.-y).*log(1-h)) + lambda/(2*m)*sum(theta.^2);"
)
JUNGGIL_GRAD = "grad = (1/m) * (X'*(h .- y)) + lambda/m * theta;"
JUNGGIL_LETS = ("m = length(y)", "h = sigmoid(X * theta)")
ZEROING_NOTE = "read as Octave, in order: theta(1) = 0 sets the first entry of theta, the intercept's, to 0"


def _cost(X, y, lam):
    # by hand: the mean cross-entropy of σ(Xθ) (the whole θ: h is computed before the zeroing) plus (λ/2m)Σ_{j≥2}θ_j²
    return lambda theta: intercept_free_ridge_cross_entropy(X, y, theta, lam)


def _reg_logistic_skip_first(d):
    p = sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(
        d.theta[1:] @ d.theta[1:])


def test_the_hand_gradients_by_finite_differences():
    # by hand: ∇J = Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ(2:end)]; the grad line without the zeroing adds (λ/m)θ₁ to entry 1;
    # h computed after the zeroing, σ(X[0; θ(2:end)]), is another vector where θ₁ ≠ 0
    X, y, lam = _RNG.normal(size=(7, 3)), (_RNG.random(7) > 0.5).astype(float), 0.8
    theta = _RNG.normal(size=3)
    zeroed = np.array([0.0, *theta[1:]])
    numeric = central_differences(_cost(X, y, lam), theta)
    right = X.T @ (sigmoid(X @ theta) - y) / 7 + lam / 7 * zeroed
    assert np.allclose(numeric, right, atol=1e-6)
    penalised = X.T @ (sigmoid(X @ theta) - y) / 7 + lam / 7 * theta
    assert not np.isclose(numeric[0], penalised[0], atol=1e-4) and np.allclose(numeric[1:], penalised[1:], atol=1e-6)
    after = X.T @ (sigmoid(X @ zeroed) - y) / 7 + lam / 7 * zeroed
    assert not np.allclose(numeric, after, atol=1e-4)


def test_the_cost_after_theta1_zeroed_is_read_in_order():
    # f75-junggil-costfunctionreg-J-after-theta1-zeroed: refused before ("a line sets one entry of theta …")
    assert_gradient_read(JUNGGIL_BLOCK, _reg_logistic_skip_first, lets=JUNGGIL_LETS)
    notes = notes_of(logderiv.derive(JUNGGIL_BLOCK, let=JUNGGIL_LETS))
    assert any(ZEROING_NOTE in note and "the lines after it use [0;theta(2:end)]" in note
               and "the derivative is by the whole theta" in note for note in notes), notes
    assert "'% You need to return the following variables correctly' is an Octave comment: dropped" in notes


def test_the_gradient_after_theta1_zeroed_is_equivalent():
    # f75-junggil-costfunctionreg-grad-after-theta1-zeroed: the block, then the grad line (J's line left out)
    answer = JUNGGIL_BLOCK + "\n" + JUNGGIL_GRAD
    assert_verdict_read(answer, JUNGGIL_BLOCK, "equivalent", lets=JUNGGIL_LETS)
    notes = notes_of(logderiv.check(answer, cost=JUNGGIL_BLOCK, let=JUNGGIL_LETS))
    assert any(ZEROING_NOTE in note for note in notes), notes
    assert any("the lines compute J and grad, the two outputs of a cost function" in note and "is left out" in note
               for note in notes), notes


def test_the_grad_line_alone_penalises_the_intercept():
    # f75-junggil-costfunctionreg-grad-intercept-penalised: the answer's lines do not zero θ: (λ/m)θ₁ on entry 1
    assert_verdict_read(JUNGGIL_GRAD, JUNGGIL_BLOCK, "different", lets=JUNGGIL_LETS)
    notes = notes_of(logderiv.check(JUNGGIL_GRAD, cost=JUNGGIL_BLOCK, let=JUNGGIL_LETS))
    assert any("is among the cost's own lines" in note and "the answer's theta is the whole theta" in note
               for note in notes), notes


def test_h_computed_after_the_zeroing_uses_the_zeroed_theta():
    # the trap: the same lines, σ(Xθ) computed after theta(1) = 0 (different), or before it (equivalent)
    after = "theta(1) = 0;\np = sigmoid(X * theta);\ngrad = X' * (p - y) / m;\ngrad = grad + lambda/m * theta;"
    before = "p = sigmoid(X * theta);\ntheta(1) = 0;\ngrad = X' * (p - y) / m;\ngrad = grad + lambda/m * theta;"
    assert_verdict_read(after, JUNGGIL_BLOCK, "different", lets=JUNGGIL_LETS)
    assert_verdict_read(before, JUNGGIL_BLOCK, "equivalent", lets=JUNGGIL_LETS)


def test_a_zeroed_gradient_against_a_cost_penalising_the_intercept_is_different():
    # the cost without theta(1) = 0 penalises θ₁; the answer's zeroed θ leaves it out
    cost = JUNGGIL_BLOCK.split("\n")[-1]  # the J line alone
    assert_verdict_read("theta(1) = 0;\n" + JUNGGIL_GRAD, cost, "different", lets=JUNGGIL_LETS)
    assert_verdict_read("theta(1) = 0;\n" + JUNGGIL_GRAD, JUNGGIL_BLOCK, "equivalent", lets=JUNGGIL_LETS)


def test_an_entry_of_theta_after_the_zeroing_is_refused_with_its_place():
    answer = "theta(1) = 0;\ngrad = (1/m) * (X'*(h .- y)) + lambda/m * theta(1);"
    error = refused(logderiv.check, answer, cost=JUNGGIL_BLOCK, let=JUNGGIL_LETS)
    assert "comes after theta(1) = 0: an entry of the zeroed theta ([0;theta(2:end)]) or of theta as it was " \
        "before, which is not said" in str(error)
    assert error.column == answer.index("theta(1);")


@pytest.mark.parametrize("answer", [
    # (θ set again after the zeroing, theta = theta * 2, is read since stop 40's let scripts: tests/test_final40.py)
    # the zeroing twice
    "theta(1) = 0;\ntheta(1) = 0;\n" + JUNGGIL_GRAD,
])
def test_theta_zeroed_otherwise_keeps_the_unread_block_refusal(answer):
    error = refused(logderiv.check, answer, cost=JUNGGIL_BLOCK, let=JUNGGIL_LETS)
    assert "a line sets one entry of theta, and the lines around it are not read with it" in str(error)
    assert error.column == 0


def test_numpy_zeroing_in_the_text_is_not_read_the_octave_way():
    # NumPy's w[0] = 0 in a text: not read by this reading (its [0;w(2:end)] would be Octave's value in Python)
    refused_by_logderiv(lambda: logderiv.check(
        "w[0] = 0\ngrad = X.T @ (h - y) / m + lam / m * w",
        cost="np.mean(-y*np.log(h) - (1-y)*np.log(1-h)) + lam/(2*m)*np.sum(w[1:]**2)", let=("h = sigmoid(X @ w)",)))


# ------------------------------------------------------------------ J's line beside grad's, no zeroing
COST_LINE = "J = (1/m)*sum(-y.*log(h) .-(1.-y).*log(1-h)) + lambda/(2*m)*sum(theta(2:end).^2);"


def test_an_answers_cost_line_beside_its_gradient_is_left_out():
    grad = "grad = (1/m) * (X'*(h .- y)) + lambda/m * [0; theta(2:end)];"
    assert_verdict_read(COST_LINE + "\n" + grad, COST_LINE, "equivalent", lets=JUNGGIL_LETS)
    assert_verdict_read(COST_LINE + "\n" + JUNGGIL_GRAD, COST_LINE, "different", lets=JUNGGIL_LETS)


def test_a_cost_line_the_gradient_uses_is_not_left_out():
    refused_by_logderiv(lambda: logderiv.check(COST_LINE + "\ngrad = (1/m) * (X'*(h .- y)) + 0*J;", cost=COST_LINE,
                                               let=JUNGGIL_LETS))


# ------------------------------------------------------------------ QianyiHu's ex5 linearRegCostFunction.m
#: https://github.com/QianyiHu/ml-coursera/blob/a5f9168c2ebec8f787057e3f325efe860d1272ec/machine-learning-ex5/ex5/
#: linearRegCostFunction.m (verbatim)
QIANYI_COST = "J = 1/(2*m).*(sum(((H - y).^2)) + sum(theta(2:length(theta)).^2) * lambda);"
QIANYI_LETS = ("m = length(y)", "H = X * theta")
QIANYI_GRAD = "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + lambda / m * theta;\ngrad(1) = thet(1);"


def test_the_linear_hand_gradient_by_finite_differences():
    # by hand: J = (1/2m)(Σ(Xθ − y)² + λΣ_{j≥2}θ_j²); ∇J = Xᵀ(Xθ − y)/m + (λ/m)[0; θ(2:end)], which is the code's
    # grad (Xᵀ(Xθ − y)/m + (λ/m)θ) with its first entry put back to thet's, Xᵀ(Xθ − y)/m's
    X, y, lam = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), 1.3
    theta = _RNG.normal(size=3)

    def cost(v):
        return (float(np.sum((X @ v - y) ** 2)) + lam * float(v[1:] @ v[1:])) / 12

    thet = X.T @ (X @ theta - y) / 6
    grad = thet + lam / 6 * theta
    grad[0] = thet[0]
    assert np.allclose(central_differences(cost, theta), grad, atol=1e-6)


def _reg_half_mse_skip_first(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def test_the_first_entry_put_back_is_equivalent():
    # f75-qianyihu-linearregcost-grad-1-patched: refused before ("unexpected character ';'")
    assert_gradient_read(QIANYI_COST, _reg_half_mse_skip_first, lets=QIANYI_LETS)
    assert_verdict_read(QIANYI_GRAD, QIANYI_COST, "equivalent", lets=QIANYI_LETS)
    notes = notes_of(logderiv.check(QIANYI_GRAD, cost=QIANYI_COST, let=QIANYI_LETS))
    assert any("grad(1) = thet(1); sets grad's first entry to thet's, which is grad's without lambda / m * theta" in note
               and "the intercept unpenalised" in note for note in notes), notes


def test_the_helper_written_in_the_gradient_is_read_too():
    answer = "thet = X' * (H - y) / m;\ngrad = thet + lambda / m * theta;\ngrad(1) = thet(1);"
    assert_verdict_read(answer, QIANYI_COST, "equivalent", lets=QIANYI_LETS)


def test_without_the_patch_the_intercept_is_penalised():
    answer = "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + lambda / m * theta;"
    refused_by_logderiv(lambda: logderiv.check(answer, cost=QIANYI_COST, let=QIANYI_LETS))  # thet unused: not said
    assert_verdict_read("grad = X' * (H - y) / m + lambda / m * theta;", QIANYI_COST, "different", lets=QIANYI_LETS)


@pytest.mark.parametrize("answer", [
    # another entry put back: not the intercept's
    "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + lambda / m * theta;\ngrad(2) = thet(2);",
    "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + lambda / m * theta;\ngrad(1) = thet(2);",
    # the helper is not grad's value without the penalty
    "thet = X' * (H - y) / (2*m);\ngrad = X' * (H - y) / m + lambda / m * theta;\ngrad(1) = thet(1);",
    # the penalty's scale holds data: not one number times θ
    "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + y(1) * theta;\ngrad(1) = thet(1);",
    # the penalty is not one product
    "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + lambda - 1 * theta;\ngrad(1) = thet(1);",
])
def test_near_misses_of_the_first_entry_put_back_stay_refused(answer):
    refused_by_logderiv(lambda: logderiv.check(answer, cost=QIANYI_COST, let=QIANYI_LETS))
