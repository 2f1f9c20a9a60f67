r"""Audit 13: silent misreads in the newest readings (latex11, ffb), refused or corrected (issue 10).

1. A parenthesised superscript on a parameter that latex11 does not read as gradient descent's current iterate
   was left to the parser, which read it as a power: ``(\theta_1^{(t)} - \theta_1^{(t-1)})^2``, a proximal term
   ``(\theta_1 - \theta_1^{(t)})^2``, ``\theta_1^{(2)}`` (a layer), ``w^{[2]}`` became θ₁^t, θ₁² silently, so the
   cost had another gradient. Plain ``theta_1^(t)`` too: a right answer was called 'different'. Now refused
   with a caret; θ₁^{(t)} alone (Data 100) is still read as the parameter.
2. Beside ffb's Σ_{k=0}^{n} θₖxₖ read by --wrt theta_0 (θ₀ + Σₖ₌₁ⁿ θₖxₖ), a whole-vector θ (‖θ‖², θᵀθ) held
   θ₁..θₙ only: ∂/∂θ₀ lost its λθ₀/m, so the unregularised answer was 'equivalent' and the right one
   'different'. The sum's θ has n + 1 components; whether ‖θ‖ takes θ₀ in is not on the page: refused. With
   Σ_{j=1}^{n} θⱼ² (the writer's numbering) --wrt theta_1 was 'undecided' under a note calling θ₁ the intercept,
   contradicting the Σ-from-0 note; now judged, the contradicting note gone.
3. ``\theta_j{^2}`` was read as θⱼ² but noted "'j{^2}' is read as j^2" (θ_{j²}); the note now shows θ_j^2.

Gradients are held against central finite differences of NumPy costs written here by hand; verdicts are worked
by hand, never copied from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(13)


def _notes(result):
    return tuple(result.notes) + tuple(result.problem.notes)


# --- 1. parenthesised superscripts on a parameter ------------------------------------------------------------

_D100 = r"\frac{1}{n}\sum_{i=1}^n (y_i - \theta_1^{(t)} x_i)^2"
_RIGHT = r"\frac{-2}{n}\sum_{i=1}^n (y_i - \theta_1 x_i)x_i"


def test_the_proximal_gradient_by_finite_differences():
    """mean((y − θ₁x)²) + (θ₁ − c)², c the iterate (a constant): −2·mean((y − θ₁x)x) + 2(θ₁ − c); the power
    reading θ₁ − θ₁^t has another derivative, 1 − tθ₁^(t−1) ≠ 1."""
    x, y, theta, c = RNG.normal(size=6), RNG.normal(size=6), 0.7, 0.2
    grad = _fd(lambda v: np.mean((y - v[0] * x) ** 2) + (v[0] - c) ** 2, np.array([theta]))
    assert np.allclose(grad, [-2 * np.mean((y - theta * x) * x) + 2 * (theta - c)], atol=1e-6)
    t = 3.0
    powered = _fd(lambda v: (v[0] - v[0] ** t) ** 2, np.array([theta]))
    assert not np.allclose(powered, [2 * (theta - theta**t)], atol=1e-3)


def test_the_current_iterate_alone_is_still_the_parameter():
    result = check(_RIGHT, cost=_D100, wrt="theta_1")
    assert result.verdict == "equivalent"
    assert any("gradient descent's t-th iterate" in note for note in _notes(result))


@pytest.mark.parametrize("cost, words", [
    # before: θ₁^t beside θ₁^(t−1), silently ('different' for the right answer of either reading)
    # (since fixf30 (t-1) is read as a step's starting iterate where it is the only mark: two marks, two iterates)
    (_D100 + r" + (\theta_1^{(t)} - \theta_1^{(t-1)})^2", "two iterate marks"),
    # before: θ₁^t · θ₁, a power; the writer's iterate is a constant here
    (_D100 + r" + \theta_1^{(t)}\theta_1", "written both with the iterate mark"),
    (r"\frac{1}{n}\sum_{i=1}^n (y_i - \theta_1 x_i)^2 + (\theta_1 - \theta_1^{(t)})^2", "written both with the iterate mark"),
    # before: θ₁², a layer or a second iterate read as a square
    (r"\frac{1}{n}\sum_{i=1}^n (y_i - \theta_1^{(2)} x_i)^2", "parenthesised superscript"),
    (r"\lambda \sum_j \theta_{j}^{[2]}", "parenthesised superscript"),
    (r"\frac{1}{n}\sum_{i=1}^n (y_i - \theta_1^{(k)} x_i)^2", "parenthesised superscript"),
    # t written elsewhere: a time, a step size η_t
    (_D100 + r" + \eta_t\theta_1^2", "outside an iterate mark"),
])
def test_a_parenthesised_superscript_not_read_as_the_iterate_is_refused(cost, words):
    with pytest.raises(InputError) as caught:
        derive(cost, wrt="theta_1" if "theta_1" in cost else "theta_j")
    assert words in str(caught.value)
    assert caught.value.column is not None


@pytest.mark.parametrize("cost", ["1/n sum_i (y_i - theta_1^(t) x_i)^2", "1/n sum_i (y_i - θ₁^(t) x_i)^2",
                                  "1/n sum_i (y_i - w^(k) x_i)^2"])
def test_plain_text_iterate_marks_are_refused(cost):
    # before: θ₁^t, so the right answer −(2/n)Σ(y − θ₁x)x was 'different'
    with pytest.raises(InputError) as caught:
        derive(cost, wrt="theta_1" if "1" in cost else "w")
    assert "not a power" in str(caught.value)


def test_the_example_superscript_on_a_gradient_operator_is_untouched():
    """∇_β^{(i)} (a per-example gradient's left side) is no parameter's mark: read as before (sides11)."""
    answer = r"\nabla_\beta^{(i)} = \lambda\beta -\big(y^{(i)}-x^{(i)}\cdot \beta \big)*x^{(i)}"
    with pytest.raises(InputError) as caught:
        check(answer, cost=r"\frac{1}{2}(y^{(i)} - x^{(i)}\cdot\beta)^2 + \frac{\lambda}{2}\|\beta\|^2", wrt="beta_j")
    assert "parenthesised superscript" not in str(caught.value)


# --- 2. Σ_{k=0}^{n} θₖxₖ by θ₀ beside a whole-vector θ ---------------------------------------------------------

_J = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left( h_{\theta}(x^{(i)}) - y^{(i)} \right)^{2}"
_LETS = (r"h_{\theta}(x^{(i)}) = \sum_{k=0}^{n}\theta_{k}x_{k}^{(i)}",)
_S = r"\frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})"


def test_the_intercept_gradients_with_a_penalty_by_finite_differences():
    """x₀ = 1. With λ/(2m)‖θ‖² over θ₀..θₙ: ∂/∂θ₀ = mean(r) + λθ₀/m; with λ/(2m)Σ_{j≥1}θⱼ²: mean(r);
    ∂/∂θ₁ = mean(r x₁) + λθ₁/m in both."""
    X = np.c_[np.ones(6), RNG.normal(size=(6, 2))]
    y, theta, lam, m = RNG.normal(size=6), RNG.normal(size=3), 0.9, 6
    r = X @ theta - y
    whole = _fd(lambda t: np.sum((X @ t - y) ** 2) / (2 * m) + lam / (2 * m) * t @ t, theta)
    tail = _fd(lambda t: np.sum((X @ t - y) ** 2) / (2 * m) + lam / (2 * m) * t[1:] @ t[1:], theta)
    assert np.isclose(whole[0], r.mean() + lam * theta[0] / m, atol=1e-6)
    assert np.isclose(tail[0], r.mean(), atol=1e-6)
    assert np.isclose(whole[1], np.mean(r * X[:, 1]) + lam * theta[1] / m, atol=1e-6)
    assert np.isclose(tail[1], whole[1], atol=1e-6)


@pytest.mark.parametrize("penalty", [r" + \frac{\lambda}{2m}\|\theta\|^2", r" + \frac{\lambda}{2m}\theta^T\theta",
                                     r" + \frac{\lambda}{2m}\sum_j\theta_j^2"])
@pytest.mark.parametrize("answer", [_S, _S + r" + \frac{\lambda}{m}\theta_0"])
def test_by_theta_0_a_whole_vector_penalty_is_refused(penalty, answer):
    # before: ‖θ‖² over θ₁..θₙ only: the first answer 'equivalent', the second (right by ‖θ‖² over θ₀..θₙ) 'different'
    with pytest.raises(InputError) as caught:
        check(answer, cost=_J + penalty, wrt="theta_0", let=_LETS)
    assert "does it take in θ₀" in str(caught.value)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (_S, "theta_0", "equivalent"),
    (_S + r" + \frac{\lambda}{m}\theta_0", "theta_0", "different"),
    # before: 'undecided', under a note calling θ₁ the intercept
    (_S + r"x^{(i)}_1 + \frac{\lambda}{m}\theta_1", "theta_1", "equivalent"),
    (_S + r"x^{(i)}_1", "theta_1", "different"),
])
def test_a_penalty_from_one_keeps_the_writer_numbering(answer, wrt, verdict):
    result = check(answer, cost=_J + r" + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2", wrt=wrt, let=_LETS)
    assert result.verdict == verdict
    assert not any("the intercept θ₁ (x₁ = 1) included" in note for note in _notes(result)), _notes(result)


@pytest.mark.parametrize("penalty", [r" + \frac{\lambda}{2m}\|\theta\|^2", r" + \frac{\lambda}{2m}\theta^T\theta"])
def test_by_theta_1_a_whole_vector_penalty_is_read(penalty):
    """θ₁'s derivative is the same whether ‖θ‖ takes θ₀ in or not: mean(r x₁) + λθ₁/m (FD above)."""
    assert check(_S + r"x^{(i)}_1 + \frac{\lambda}{m}\theta_1", cost=_J + penalty, wrt="theta_1",
                 let=_LETS).verdict == "equivalent"
    assert check(_S + r"x^{(i)}_1", cost=_J + penalty, wrt="theta_1", let=_LETS).verdict == "different"


# --- 3. the note of a braced script after a subscripted name ---------------------------------------------------

def test_a_braced_square_after_a_subscript_is_noted_on_the_whole_name():
    """λ/(2m)Σⱼθⱼ² → λθⱼ/m beside the data term (by hand)."""
    cost = r"\frac{1}{2m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_j\theta_j{^2}"
    result = check(r"\frac{1}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j", cost=cost)
    assert result.verdict == "equivalent"
    braced = [note for note in _notes(result) if "braces holding only a script" in note]
    assert braced and braced[0].startswith("'\\theta_j{^2}' is read as \\theta_j^2"), braced
