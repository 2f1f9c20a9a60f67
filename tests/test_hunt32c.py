"""hunt32c: a misread hunt on costs as course notes, textbooks and Q&A posts write them (``logderiv derive``).

Each misread found is fixed or refused here, and each such test fails on the code before hunt32c:

* a model's subscript beside a penalty in another letter: Ng's regularised cost (ex5, ``J(\\theta) =
  \\frac{1}{2m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)})^2 + \\frac{\\lambda}{2m}\\sum_{j=1}^n\\theta_j^2``) with its
  penalty copied from notes that write the weights w (``\\frac{\\lambda}{2}\\sum_j w_j^2``, ``\\|w\\|^2``), or with
  β. The reader drops h_θ's subscript (h_θ(x⁽ⁱ⁾) is the prediction h), so the only letter left was w: h was built as
  wᵀx and the gradient by wⱼ given as one vector's, λwⱼ + (1/m)Σ(h − y)xⱼ, with no word about θ; read as two
  vectors (h of θ, a penalty of w) the gradient by wⱼ is λwⱼ alone. The same cost with θᵀx written out (``θᵀx``
  beside ``‖w‖²``) was already refused naming both readings; now the subscript counts as the letter it is
  (``model_subscripts.subscript_parameter``), and the two are refused alike. Near-misses keep their reading: h_θ
  with a penalty on θ, and J(w) with h_θ and nothing else (one letter in the formula).
* a wrong note, the gradient right: Octave's ``lambda/(2*m) * sum(theta .^ 2) - lambda/(2*m) * theta(1)^2`` (the
  intercept's square taken back out, its coefficient written again) was told "the penalty squares every entry of θ …
  its gradient has λ on every entry", the note for ``sum(theta.^2)`` alone: the subtraction was recognised only
  written bare (``- theta(1)^2``). Now the note says the first entry's square is subtracted.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
never to logderiv's output.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_data
from _reading import assert_gradient_read, refused
from work import assert_linear
from logderiv.notation import model_subscripts
from logderiv.notation import tree as tree_module

LAM = 0.7

# Ng's regularised linear-regression cost (ML course, ex5 linearRegCostFunction), its penalty in another letter
H_THETA_BESIDE_W = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2"
                    r" + \frac{\lambda}{2}\sum_{j}w_j^2")


def test_one_vector_and_two_vectors_give_different_gradients():
    """By hand: read as one vector (h = wᵀx), ∂/∂wⱼ = (1/m)Σ(wᵀx − y)xⱼ + λwⱼ; read as two (h = θᵀx), λwⱼ only."""
    X, y, w = intercept_data(5, 8, 3)
    theta = w + 0.5
    m = len(y)

    def one(v):
        return np.sum((X @ v - y) ** 2) / (2 * m) + LAM / 2 * np.sum(v ** 2)

    def two(v):
        return np.sum((X @ theta - y) ** 2) / (2 * m) + LAM / 2 * np.sum(v ** 2)

    assert np.allclose(central_differences(one, w), X.T @ (X @ w - y) / m + LAM * w, atol=1e-6)
    assert np.allclose(central_differences(two, w), LAM * w, atol=1e-6)
    assert not np.allclose(X.T @ (X @ w - y) / m + LAM * w, LAM * w, atol=1e-3)


@pytest.mark.parametrize("cost", [
    H_THETA_BESIDE_W,
    r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 + \frac{\lambda}{2}\|w\|^2",
    r"J(\theta) = -\frac1m\sum_{i=1}^m [y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))]"
    r" + \frac{\lambda}{2m}\sum_{j=1}^n w_j^2",
    r"J(\theta) = -\frac1m\sum_{i=1}^m [y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))]"
    r" + \frac{\lambda}{2m}\sum_{j=1}^n \beta_j^2",
    r"J(\theta) = -\frac1m\sum_{i=1}^m [y^{(i)}\log f_\theta(x^{(i)}) + (1-y^{(i)})\log(1-f_\theta(x^{(i)}))]"
    r" + \frac{\lambda}{2m}\sum_{j=1}^n w_j^2",
    r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_{\mathbf{w}}(x^{(i)}) - y^{(i)})^2 + \frac{\lambda}{2m}\sum_j\theta_j^2",
    r"J(\mathbf{w}) = \frac{1}{2}\sum_{n=1}^N (h_{\boldsymbol\theta}(\mathbf{x}_n) - t_n)^2"
    r" + \frac{\lambda}{2}\mathbf{w}^T\mathbf{w}",
    "J = 1/(2*m) * sum((h_theta(x_i) - y_i)^2) + lambda/2 * sum(w_j^2)",
    "J(θ) = 1/2m Σᵢ (hθ(x⁽ⁱ⁾) − y⁽ⁱ⁾)² + λ/2 ‖w‖²",
])
def test_model_subscript_beside_a_penalty_in_another_letter_is_refused(cost):
    wrt = "w_j" if "mathbf{w}" in cost and cost.startswith(r"J(\mathbf") else "theta_j"
    error = refused(logderiv.derive, cost, wrt=wrt)
    assert "two parameter vectors" in str(error) and "one vector written two ways, or two vectors" in str(error)


def test_written_out_score_beside_another_letter_stays_refused():
    cost = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\|w\|^2"
    assert "two parameter vectors" in str(refused(logderiv.derive, cost))


def test_model_subscript_with_a_penalty_in_its_own_letter_is_read():
    """Ng's ex5 cost verbatim: (1/2m)Σ(θᵀx − y)² + (λ/2m)Σⱼθⱼ², logderiv's θ₁…θₙ all penalised (noted)."""
    cost = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2"
            r" + \frac{\lambda}{2m}\sum_{j=1}^n\theta_j^2")

    def intended(d):
        return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m) + d.lam / (2 * d.m) * np.sum(d.theta ** 2))

    assert_gradient_read(cost, intended)


def test_label_in_one_letter_model_subscript_in_another_alone_is_read():
    """J(w) with h_θ and no other parameter letter: the formula writes one vector, read as w's (h = wᵀx, noted)."""
    cost = r"J(w) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2"

    def intended(d):
        return float(np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m))

    assert_gradient_read(cost, intended, wrt=("w_j",))


@pytest.mark.parametrize("written, letter", [
    (r"h_\theta(x^{(i)})", "theta"), (r"h_{\theta}(x)", "theta"), (r"h_{\mathbf{w}}(x)", "w"), ("h_w(x)", "w"),
    (r"h_\beta(x)", "beta"), ("hθ(x)", "theta"), ("h_theta(x_i)", "theta"), (r"h_{\boldsymbol\theta}(x)", "theta"),
    ("h(x)", None), (r"h_i(x)", None), (r"h_{wx}(x)", None), (r"h_\theta", None),
])
def test_subscript_parameter_reads_only_a_model_letter_and_its_subscript(written, letter):
    node = tree_module.Call(name="h", argument=tree_module.Variable(name="x", span=tree_module.Span(0, 1)),
                            span=tree_module.Span(0, len(written)))
    assert model_subscripts.subscript_parameter(written, node) == letter


def test_subscript_parameter_is_bounded_on_long_input():
    def read(n: int) -> Callable[[], str | None]:
        written = "h_" + "{" * n + "(x)"
        node = tree_module.Call(name="h", argument=tree_module.Variable(name="x", span=tree_module.Span(0, 1)),
                                span=tree_module.Span(0, len(written)))
        return lambda: model_subscripts.subscript_parameter(written, node)

    assert read(20_000)() is None
    # counted, not timed (tests/work.py): 6 calls at any length; the head's pattern would backtrack inside one call,
    # which the count cannot see: benchmarks/scaling.py times it ("model subscript")
    assert_linear(read, 5_000)


# ---------------------------------------------------------------- the intercept's square subtracted with its coefficient

SUBTRACTED = ("J = (-1/m) * sum(y .* log(h) + (1 - y) .* log(1 - h)) + lambda/(2*m) * sum(theta .^ 2)"
              " - lambda/(2*m) * theta(1)^2")


def test_intercept_square_subtracted_with_its_coefficient_is_said_so():
    from _reading import notes_of
    from logderiv.notation.costs import EVERY_ENTRY_NOTE, FIRST_ENTRY_TAKEN_NOTE

    notes = notes_of(logderiv.derive(SUBTRACTED, let=["h = sigmoid(X * theta)"]))
    assert FIRST_ENTRY_TAKEN_NOTE in notes and EVERY_ENTRY_NOTE not in notes


def test_intercept_square_subtracted_gradient_is_the_unpenalised_intercepts():
    """By hand: the penalty is (λ/2m) Σ_{k≥2} θₖ² (ex2's costFunctionReg), so entry 1 has no λ term."""
    def intended(d):
        p = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))
                     + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2))

    assert_gradient_read(SUBTRACTED, intended, lets=("h = sigmoid(X * theta)",))


def test_whole_penalty_alone_keeps_its_every_entry_note():
    from _reading import notes_of
    from logderiv.notation.costs import EVERY_ENTRY_NOTE

    whole = "J = (-1/m) * sum(y .* log(h) + (1 - y) .* log(1 - h)) + lambda/(2*m) * sum(theta .^ 2)"
    assert EVERY_ENTRY_NOTE in notes_of(logderiv.derive(whole, let=["h = sigmoid(X * theta)"]))


def test_first_entry_pattern_is_bounded_on_long_input():
    from logderiv.notation import costs

    # counted, not timed (tests/work.py): 3 calls at any length; the pattern's backtracking would be inside one,
    # which the count cannot see: benchmarks/scaling.py times it ("first entry taken")
    def searched(n: int) -> Callable[[], object]:
        text = "-" + " lambda" * (3 * n) + " /" * (3 * n) + " theta(1)" * n
        return lambda: costs._FIRST_ENTRY_TAKEN.search(text)

    assert_linear(searched, 1_000)
