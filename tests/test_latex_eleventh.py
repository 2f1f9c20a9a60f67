r"""LaTeX index and brace spellings of notes (issue 10, eleventh pass): each reading noted, the rest refused.

* ``\theta{^T}x``, ``\theta{}^T x``: a script typed inside (or after) an empty brace group glued to a letter
  is that letter's script (TeX sets it so); a group holding anything else is left as it was.
* ``h(x)=\sum_{j=0}^{n}\theta_j x_j``: Ng's model, θᵀx with x₀ = 1 among the features, read as θᵀx over every
  feature (noted); a θ₀ written beside it is refused (it would be numbered otherwise), and a 0-based feature sum
  of any other summand (θⱼ²) stays refused.
* ``--let 'h_{\theta}(x)=h(x)'`` beside a let defining h: the alias adds nothing and is dropped (noted).
* a --let chain ``\theta^T x^{(i)} = \sum_{j} \theta_j x_j^{(i)}``: the dot product and its sum are one.

Gradients are worked by hand and held against central finite differences of NumPy costs written here
(``tests/_numeric.py``); verdicts are worked by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(1111)
X = RNG.normal(size=(5, 3))
Y = RNG.integers(0, 2, size=5).astype(float)
M = X.shape[0]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _assert_is_gradient(cost, gradient, size=3):
    """The hand-derived ``gradient`` is ∂cost (central finite differences at a few random points)."""
    for _ in range(3):
        v = RNG.normal(size=size)
        assert np.allclose(gradient(v), _fd(cost, v), rtol=1e-5, atol=1e-7)


def _notes(read):
    return (*read.notes, *read.problem.notes)


# --- 1. \theta{^T}: a script in braces glued to its letter -----------------------------------------------------

#: wyq's blog (logistic regression): the sum inside brackets, y^i the example, h_θ from the page's model
WYQ_J = r"-  \frac{1}{m} [\sum_{i=1}^{m} y^i \log{h_\theta(x^i)} + (1- y^i) \log{(1 - h_\theta(x^i))}]"


def test_the_logistic_gradient_is_the_mean_of_the_error_times_x():
    """J = −(1/m)Σ[y log σ + (1−y) log(1−σ)], σ = σ(Xθ): ∇J = Xᵀ(σ − y)/m (by hand; FD)."""
    cost = lambda t: -np.mean(Y * np.log(_sigmoid(X @ t)) + (1 - Y) * np.log(1 - _sigmoid(X @ t)))  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (_sigmoid(X @ t) - Y) / M)


@pytest.mark.parametrize("let", [r"h_\theta(x) = \frac{1}{1 + e^{-\bf{\theta{^T}x}}}",
                                 r"h_\theta(x) = \frac{1}{1 + e^{-\theta{^{T}}x}}",
                                 r"h_\theta(x) = \frac{1}{1 + e^{-\theta{}^Tx}}"])
def test_a_script_in_braces_after_theta_is_its_transpose(let):
    # before: "'^' needs something before it" at the brace's '^'
    right = check(r"\frac{1}{m} \sum_{i=1}^{m}{(h_\theta(x^i) - y^i)x_j^i}", cost=WYQ_J, let=[let])
    assert right.verdict == "equivalent"
    assert any("braces holding only a script" in note for note in _notes(right)), _notes(right)
    # the sign flipped (the log-likelihood's ascent direction), and the 1/m lost
    assert check(r"\frac{1}{m} \sum_{i=1}^{m}{(y^i - h_\theta(x^i))x_j^i}", cost=WYQ_J, let=[let]).verdict == "different"
    assert check(r"\sum_{i=1}^{m}{(h_\theta(x^i) - y^i)x_j^i}", cost=WYQ_J, let=[let]).verdict == "different"


def test_a_squared_error_with_a_braced_transpose_reads_as_theta_transpose_x():
    """½m⁻¹Σ(θᵀx − y)²: ∇ = Xᵀ(Xθ − y)/m (FD)."""
    cost = lambda t: np.sum((X @ t - Y) ** 2) / (2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M)
    read = check(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}",
                 cost=r"\frac{1}{2m}\sum_{i=1}^m (\theta{^T}x^{(i)} - y^{(i)})^2")
    assert read.verdict == "equivalent"


@pytest.mark.parametrize("cost", [
    # a brace group with more than the script: not the letter's script, refused as before
    r"\frac{1}{2m}\sum_{i=1}^m (\theta{^T x}^{(i)} - y^{(i)})^2",
    # a group after a space is no script of the letter before it
    r"\frac{1}{2m}\sum_{i=1}^m (\theta {^T}x^{(i)} - y^{(i)})^2",
    # nothing before the group
    r"\frac{1}{2m}\sum_{i=1}^m ({^T}x^{(i)} - y^{(i)})^2",
])
def test_other_braced_scripts_stay_refused(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")


# --- 2. Ng's h(x) = Σ_{j=0}^{n} θ_j x_j: θᵀx over every feature, x₀ = 1 among them -----------------------------

#: the CS229 notes in Chinese: J(θ) = ½Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)², no 1/m
HALF_SSE = r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2"


def test_the_half_sum_of_squares_has_gradient_x_transpose_residual():
    """J = ½‖Xθ − y‖²: ∇J = Xᵀ(Xθ − y) (by hand; FD)."""
    _assert_is_gradient(lambda t: 0.5 * np.sum((X @ t - Y) ** 2), lambda t: X.T @ (X @ t - Y))


@pytest.mark.parametrize("lets", [
    [r"h(x)=\sum_{j=0}^{n}\theta_jx_j"],
    [r"h(x)=\sum^n_{j=0}\theta_jx_j", r"h_{\theta}(x)=h(x)"],
    [r"h_\theta(x^{(i)}) = \theta^T x^{(i)} = \sum_{j=0}^{n} \theta_j x_j^{(i)}"],
])
def test_a_model_summed_from_feature_zero_is_theta_transpose_x(lets):
    # before: "a sum over features from 0 to n is not read" (and the alias let: "'h' is defined twice")
    right = check(r"\sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}", cost=HALF_SSE, let=lets)
    assert right.verdict == "equivalent"
    assert any("x₀ = 1 among the features" in note for note in _notes(right)), _notes(right)
    # a 1/m the cost does not have, and the sign flipped
    assert check(r"\frac{1}{m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost=HALF_SSE,
                 let=lets).verdict == "different"
    assert check(r"\sum_{i=1}^{m} (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}", cost=HALF_SSE, let=lets).verdict == "different"


def test_the_alias_let_is_noted():
    read = check(r"\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost=HALF_SSE,
                 let=[r"h(x)=\sum^n_{j=0}\theta_jx_j", r"h_{\theta}(x)=h(x)"])
    assert any("defines nothing more" in note for note in _notes(read)), _notes(read)


def test_the_model_inside_the_cost_is_read_the_same():
    """½m⁻¹Σᵢ(Σⱼ₌₀ⁿθⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾)² is ½m⁻¹‖Xθ − y‖² with x₀ = 1 a column of X: ∇ = Xᵀ(Xθ − y)/m (FD above)."""
    _assert_is_gradient(lambda t: np.sum((X @ t - Y) ** 2) / (2 * M), lambda t: X.T @ (X @ t - Y) / M)
    cost = r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n}\theta_j x_j^{(i)}-y^{(i)})^2"
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}", cost=cost).verdict == "equivalent"
    assert check(r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}", cost=cost).verdict == "different"


@pytest.mark.parametrize(("cost", "wrt", "what"), [
    # θ₀ written beside the sum from 0: the writer's θ₀ is inside the sum too; logderiv's numbering differs
    (r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n}\theta_j x_j^{(i)}-y^{(i)})^2 + \theta_0^2", "theta_j", "numbered component"),
    # --wrt θ₀: the writer's θ₀ is logderiv's θ₁
    (r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n}\theta_j x_j^{(i)}-y^{(i)})^2", "theta_0", "numbered component"),
    # a 0-based feature sum of anything but θⱼxⱼ: n + 1 terms or a slip, not read
    (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2 + \sum_{j=0}^{n}\theta_j^2", "theta_j", "from 0 to n"),
])
def test_numbering_conflicts_with_the_sum_from_zero_are_refused(cost, wrt, what):
    with pytest.raises(InputError, match=what):
        derive(cost, wrt=wrt)


def test_the_alias_let_alone_or_with_another_name_is_not_dropped():
    # h_θ(x) = g(x): no alias (another letter), read as before: a defined function call g is unknown here
    with pytest.raises(InputError):
        derive(HALF_SSE, wrt="theta_j", let=[r"h_{\theta}(x)=g(x)"])
    # the alias with nothing defining h: h_θ(x) = h(x) would define h as itself: still refused
    with pytest.raises(InputError):
        derive(HALF_SSE, wrt="theta_j", let=[r"h_{\theta}(x)=h(x)"])


def test_a_chain_of_a_dot_and_its_sum_over_other_letters_is_refused():
    # θᵀx⁽ⁱ⁾ = Σⱼ wⱼxⱼ⁽ⁱ⁾: two parameter vectors, not one quantity
    with pytest.raises(InputError, match="sides of the chain differ"):
        derive(HALF_SSE, wrt="theta_j", let=[r"h_\theta(x^{(i)}) = \theta^T x^{(i)} = \sum_{j=1}^{n} w_j x_j^{(i)}"])
