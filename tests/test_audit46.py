"""audit46 (issue 10): an adversarial read of four readings merged today — an answer's --lets lowered before any is
built (fixf45), J(θ₀, θ₁) beside h = θ·x = θ₀ + θ₁x₁ (fixf45), a first line Σᵢ ∂/∂β[…] that writes ℓ out (fixcold14),
and ``, \\quad i = 1, \\dots, m`` after an equation (fixcold15).

Each case's meaning is worked out by hand in the comment beside it and held to central finite differences of a NumPy
cost written here; a variant that means something else must be refused or read right, never misread.
"""

import numpy as np
import pytest

import logderiv
from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences
from _reading import assert_gradient_read, refused

# ------------------------------------------------------------------ J(θ₀, θ₁) beside h = θ·x = θ₀ + θ₁x₁, θ taken whole

_LINE_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x_i) - y_i \right)^2"
_LINE_LET = r"h_\theta(x) = \theta \cdot x = \theta_0 + \theta_1 x_1"


def test_a_whole_theta_penalty_beside_the_chain_holds_theta_0_by_hand():
    # the chain says θ = (θ₀, θ₁) (x₀ = 1), so θᵀθ = θ₀² + θ₁²: ∂/∂θ₀ of (1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)² + (λ/2m)θᵀθ is
    # (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ) + λθ₀/m — not the (1/m)Σ(h − y) of a penalty over θ₁ alone, which logderiv printed
    rng = np.random.default_rng(46)
    x, y, lam, m = rng.normal(size=6), rng.normal(size=6), 0.7, 6

    def cost(t):
        r = t[0] + t[1] * x - y
        return float(r @ r) / (2 * m) + lam / (2 * m) * float(t @ t)

    theta = rng.normal(size=2)
    numeric = central_differences(cost, theta)
    residual = theta[0] + theta[1] * x - y
    assert np.isclose(numeric[0], residual.sum() / m + lam * theta[0] / m, atol=1e-6)
    assert not np.isclose(numeric[0], residual.sum() / m, atol=1e-3)


@pytest.mark.parametrize("penalty, shown", [
    (r"\frac{\lambda}{2m}\theta^T\theta", r"\theta^T\theta"),
    (r"\frac{\lambda}{2m}\|\theta\|^2", r"\|\theta\|^2"),
])
@pytest.mark.parametrize("lets", [
    (_LINE_LET,),
    (r"h_\theta(x) = \theta_0 + \theta_1 x",),  # the line written out with no θ·x: J(θ₀, θ₁) declares θ all the same
    (),  # h undefined beside J(θ₀, θ₁): read as the line θ₀ + θ₁x, θ = (θ₀, θ₁) again
])
def test_a_whole_theta_penalty_beside_the_declared_line_is_refused(penalty, shown, lets):
    for wrt in ("theta_0", "theta_1"):
        error = refused(logderiv.derive, f"{_LINE_COST} + {penalty}", wrt=wrt, let=lets)
        assert f"'{shown}' takes theta whole" in str(error) and "theta_0²" in str(error)


def test_a_whole_theta_penalty_in_plain_text_is_refused_too():
    error = refused(logderiv.derive, "J(theta_0, theta_1) = 1/(2m) sum((h(x^(i)) - y^(i))^2) + lam/(2m) * theta^T theta",
                    wrt="theta_0", let=("h(x) = theta_0 + theta_1 x",))
    assert "'theta^T theta' takes theta whole" in str(error)


def test_a_penalty_over_the_features_beside_the_declared_line_is_still_the_slopes():
    # Σ_{j=1}^n θⱼ² with one feature (n = 1) is θ₁²: ∂/∂θ₀ has no penalty, ∂/∂θ₁ has λθ₁/m (the term by hand below)
    def intended(d):
        r = d.theta0 + d.theta1 * d.x - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * d.theta1 ** 2

    assert_gradient_read(rf"{_LINE_COST} + \frac{{\lambda}}{{2m}}\sum_{{j=1}}^n \theta_j^2", intended,
                         wrt=("theta_0", "theta_1"), lets=(_LINE_LET,))


def test_the_penalty_written_out_componentwise_keeps_theta_0():
    # the hint's spelling, θ₀² + θ₁²: the cost of the hand-worked test above, read so
    def intended(d):
        r = d.theta0 + d.theta1 * d.x - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * (d.theta0 ** 2 + d.theta1 ** 2)

    assert_gradient_read(rf"{_LINE_COST} + \frac{{\lambda}}{{2m}}(\theta_0^2 + \theta_1^2)", intended,
                         wrt=("theta_0", "theta_1"), lets=(_LINE_LET,))


def _penalised_line_page(penalty: str) -> str:
    """cold15's page shape (θ₀ + θ₁xᵢ over i = 1..m, J(θ₀, θ₁)) with a penalty, and ∂J/∂θ₀ = (1/m)Σ(h − y)."""
    return ("$$\nh_\\theta(x_i) = \\theta_0 + \\theta_1 x_i, \\quad i = 1, \\dots, m\n$$\n"
            "$$\nJ(\\theta_0, \\theta_1) = \\frac{1}{2m} \\sum_{i=1}^{m} (h_\\theta(x_i) - y_i)^2 + "
            f"\\frac{{\\lambda}}{{2m}}{penalty}\n$$\n"
            "$$\n\\frac{\\partial J}{\\partial \\theta_0} = \\frac{1}{m} \\sum_{i=1}^{m} (h_\\theta(x_i) - y_i)\n$$\n")


def test_a_page_with_a_whole_theta_penalty_is_refused_not_passed(tmp_path):
    # by hand (above): with θᵀθ = θ₀² + θ₁², ∂J/∂θ₀ = (1/m)Σ(h − y) + λθ₀/m, so the page's last line misses λθ₀/m;
    # logderiv said "every step holds, and the last line is the gradient"
    result = steps_of_page(tmp_path, _penalised_line_page("\\theta^T\\theta"), "--timeout", "60")
    assert result.exit_code == 2 and "'\\theta^T\\theta' takes theta whole" in result.stderr, result.stderr


def test_a_page_penalising_the_slope_alone_is_right(tmp_path):
    # variant: (λ/2m)θ₁² has no θ₀, so ∂J/∂θ₀ = (1/m)Σ(h − y) (by hand): the page is right
    assert review_of_page(tmp_path, _penalised_line_page("\\theta_1^2"))[:3] == (0, "gradient", [])
