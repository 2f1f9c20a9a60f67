"""Issue 10, an adversarial audit of fixrefused30's readings (audit30d): the misreads found, each held to a refusal.

fixrefused30 skipped a cost chain's middle side that applies a function defined nowhere to the parameters,
``J = -\\frac{1}{m} f(\\theta) = -\\frac{1}{m}\\sum …`` (the chain makes J its last side whatever f is). That holds
only where the side is the call and a constant scale: a side that writes more, a penalty ``+ \\frac{\\lambda}{2m}
\\sum_j \\theta_j^2`` the last side lacks, says the cost is regularised where the last side says it is not (a writer's
slip, or an f that would have to cancel the penalty); skipping it read the unregularised cost and called a right
regularised gradient "different". Likewise a side whose scale the last side does not begin with, ``J =
-\\frac{1}{m} f(\\theta) = \\frac{1}{m}\\sum[y \\log h + …]`` (f the log-likelihood and the last side's minus dropped, or
f its negative?): the last side read as the cost made the gradient descent answer "different". Both are refused again,
as on main; the side is skipped only where it is the call after the scale the last side begins with.

Each verdict here is worked out by hand and held to finite differences of a NumPy cost (tests/_numeric.py); the
readings fixrefused30 meant to make (the bare call scaled) are checked to stand.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, refused_by_logderiv

CROSS_ENTROPY = (r"-\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\log h_\theta(x^{(i)}) "
                 r"+ (1-y^{(i)})\log(1-h_\theta(x^{(i)}))]")
PENALISED_MIDDLE = (r"J(\theta) = -\frac{1}{m} f(\theta) + \frac{\lambda}{2m}\sum_{j=1}^n\theta_j^2 = "
                    + CROSS_ENTROPY)
REGULARISED_ANSWER = (r"\frac{1}{m}\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j")


def test_the_regularised_gradient_matches_finite_differences():
    # by hand: ∇[−(1/m)Σ(y log σ + (1 − y) log(1 − σ)) + λ/(2m)Σθ²] = (1/m)Xᵀ(σ(Xθ) − y) + (λ/m)θ: the answer the
    # writer of PENALISED_MIDDLE means, which is not the gradient of its last side alone
    rng = np.random.default_rng(301)
    X, theta, lam = rng.normal(size=(6, 3)), rng.normal(size=3), 0.7
    y = rng.uniform(0.1, 0.9, size=6)

    def cost(v, with_penalty):
        p = sigmoid(X @ v)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) + with_penalty * lam / 12 * float(v @ v)
    regularised = X.T @ (sigmoid(X @ theta) - y) / 6 + lam / 6 * theta
    assert np.allclose(central_differences(lambda v: cost(v, 1), theta), regularised, atol=1e-5)
    assert not np.allclose(central_differences(lambda v: cost(v, 0), theta), regularised, atol=1e-3)


def test_a_middle_side_with_a_penalty_the_last_lacks_is_refused():
    # was: the middle side skipped, the last (unregularised) read, and the regularised answer called "different"
    # ("the regularisation term (λ/m) θⱼ should not be there"); main refused the chain, and so does this branch
    error = refused_by_logderiv(lambda: logderiv.check(REGULARISED_ANSWER, cost=PENALISED_MIDDLE))
    assert "'f' is applied to a bracket as a function" in str(error)
    assert error.column == PENALISED_MIDDLE.index("f(")
    refused_by_logderiv(lambda: logderiv.derive(PENALISED_MIDDLE, wrt="theta_j"))


def test_the_gradient_descent_answer_is_the_negated_mean_log_likelihoods():
    # by hand: ∇[−(1/m)Σ(y log σ + (1 − y) log(1 − σ))] = (1/m)Xᵀ(σ(Xθ) − y), which the last side of SIGN_SLIP,
    # +(1/m)Σ[…], negates: the answer is right for the cost the middle side names, wrong for the last side
    rng = np.random.default_rng(302)
    X, theta = rng.normal(size=(6, 3)), rng.normal(size=3)
    y = rng.uniform(0.1, 0.9, size=6)
    mean_loglik = lambda v: float(np.mean(y * np.log(sigmoid(X @ v)) + (1 - y) * np.log(1 - sigmoid(X @ v))))
    descent = X.T @ (sigmoid(X @ theta) - y) / 6
    assert np.allclose(central_differences(lambda v: -mean_loglik(v), theta), descent, atol=1e-5)
    assert np.allclose(central_differences(mean_loglik, theta), -descent, atol=1e-5)


SIGN_SLIP = r"J(\theta) = -\frac{1}{m} f(\theta) = " + CROSS_ENTROPY[1:]


def test_a_middle_side_whose_scale_the_last_side_drops_is_refused():
    # was: the middle side skipped, the last (+(1/m)Σ log-likelihood) read as J, and the descent answer called
    # "different" ("the cost given is the log-likelihood ℓ itself"); main refused the chain, and so does this branch
    answer = r"\frac{1}{m}\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost=SIGN_SLIP))
    assert "'f' is applied to a bracket as a function" in str(error)
    assert error.column == SIGN_SLIP.index("f(")


@pytest.mark.parametrize("middle", [
    r"-\frac{1}{2m} f(\theta)",  # another scale than the last side's -\frac{1}{m}
    r"-\frac{1}{m} \sum_{i=1}^m f(\theta)",  # a sum of f over the examples: more than a scale
    r"-\frac{1}{m} f(\theta)\theta_1",  # f times a parameter
    r"-\frac{1}{m} f(\theta) - \lambda\theta_1",
])
def test_a_middle_side_writing_more_than_a_scaled_call_stays_refused(middle):
    text = f"J(\\theta) = {middle} = {CROSS_ENTROPY}"
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j"))


@pytest.mark.parametrize("middle", [
    r"-\frac{1}{m} f(\theta)",
    r"-\frac{1}{m}f(\vec\theta)",
    r"-f(\theta)",  # the last side begins with the minus: f is (1/m)Σ[…]
])
def test_a_middle_side_that_is_the_call_scaled_is_still_skipped(middle):
    # by hand: J is the last side, the mean cross-entropy of σ(θᵀx), gradient (1/m)Xᵀ(σ(Xθ) − y)
    text = f"J(\\theta) = {middle} = {CROSS_ENTROPY}"

    def mean_cross(d):
        p = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))
    assert_gradient_read(text, mean_cross)
    assert any("a function of the parameters that nothing defines" in note
               for note in logderiv.derive(text, wrt="theta_j").notes)
