"""Issue 10, f84's adrianql5 notes (fixuni39): Unicode scripts beside LaTeX, a bare Σ, '×', and ∂/∂θ × J.

Spanish lecture notes in Markdown type half LaTeX, half Unicode: ``J(θ₀, θ₁) = \\frac{1}{2m} × Σ(h_θ(x⁽ⁱ⁾) -
y⁽ⁱ⁾)²`` and ``\\frac{∂}{∂θ_0} \\times J(\\theta_0,\\theta_1)= …``. Read by the conventions of such notes, each
noted: the Unicode sub- and superscripts as TeX's scripts, a bare Σ as the sum its summand marks (example i, or one
feature letter on a parameter), × as the product, and the × between a derivative operator that opens the text and
the cost's name J as the operator applied to J. A bare Σ whose summand marks both, or neither, or that could be a
matrix (a \\Sigma or a scripted Σ beside it, Σ⁻¹) stays refused; so does a script standing apart.

The texts are the notes' own, verbatim (source: github.com/adrianql5/ApuntesWeb/blob/
132cfda0290d839631e1a086750cd1f92b575cd3/src/content/docs/tercero/primer-cuatrimestre/ia/
5-fundamentos-de-la-regresion-lineal.md; their corpus items are in tests/corpus/fresh_eightyfourth.py). Gradients
are held to central finite differences of NumPy costs written here by hand; verdicts are worked out by hand.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from work import calls_made


# source: the notes' '## 5.5.4 Función de Coste J(θ)', $$J(θ₀, θ₁) = \frac{1}{2m} × Σ(…)²$$
J1 = r"J(θ₀, θ₁) = \frac{1}{2m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)²"
H1 = "h_θ(x) = θ₀ + θ₁·x"
# source: '**Forma específica para regresión lineal**', $$j=0: …$$ and $$j=1: …$$
D0 = r"\frac{∂}{∂θ_0} \times J(\theta_0,\theta_1)= \frac{1}{m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)"
D1 = r"\frac{∂}{∂θ_1} \times J(\theta_0,\theta_1)= \frac{1}{m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)\times x^{(i)}"
# source: 'Regresión lineal regularizada': J(θ) = [coste original] + λ/(2m) × Σθⱼ², the coste original of 5.5.4
JR = r"\frac{1}{2m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)² + λ/(2m) × Σθⱼ²"
HR = "h_θ(x) = θᵀ × x"
# source: the same section's update θⱼ := θⱼ - α × [(1/m)Σ(…)xⱼ⁽ⁱ⁾ + (λ/m)θⱼ], the bracket
GR = "(1/m)Σ(h_θ(x⁽ⁱ⁾)-y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ + (λ/m)θⱼ"


def _half_mse_t0_t1(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _reg_half_mse_all(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def test_one_feature_cost_read_and_held_to_finite_differences():
    # (1/2m) Σ (θ₀ + θ₁xᵢ − yᵢ)²: the corpus judge compares the derived partials with finite differences of it
    assert_gradient_read(J1, _half_mse_t0_t1, wrt=("theta_0", "theta_1"), lets=(H1,))


def test_one_feature_partials_by_hand_against_finite_differences():
    # by hand: ∂J/∂θ₀ = (1/m) Σ (θ₀ + θ₁xᵢ − yᵢ), ∂J/∂θ₁ = (1/m) Σ (θ₀ + θ₁xᵢ − yᵢ) xᵢ
    rng = np.random.default_rng(39)
    x, y, t = rng.normal(size=5), rng.normal(size=5), rng.normal(size=2)

    def cost(v):
        r = v[0] + v[1] * x - y
        return float(r @ r) / (2 * len(y))

    r = t[0] + t[1] * x - y
    assert np.allclose([r.mean(), (r * x).mean()], central_differences(cost, t), atol=1e-6)
    # the notes' cost, read, has exactly those partials: the hand-written forms are judged equivalent
    for wrt, by_hand in (("theta_0", "1/m * sum(theta_0 + theta_1 x_i - y_i)"),
                         ("theta_1", "1/m * sum((theta_0 + theta_1 x_i - y_i) x_i)")):
        assert logderiv.check(by_hand, cost=J1, wrt=wrt, let=[H1]).verdict == "equivalent"


@pytest.mark.parametrize("text, wrt, verdict", [
    (D0, "theta_0", "equivalent"),  # (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ), the intercept's partial
    (D1, "theta_1", "equivalent"),  # (1/m)Σ(θ₀ + θ₁xᵢ − yᵢ)xᵢ, the slope's partial
    # variant: \times x^{(i)} dropped from the j=1 line: the intercept's partial, not the slope's
    (D1.replace(r"\times x^{(i)}", ""), "theta_1", "different"),
    # variant: the j=0 line's right side checked as the slope's partial: its x is missing
    (D0.split("= ", 1)[1], "theta_1", "different"),
])
def test_one_feature_partials_judged(text, wrt, verdict):
    assert_verdict_read(text, J1, verdict, wrt=wrt, lets=(H1,))


def test_regularised_cost_read_over_every_theta_j():
    # (1/2m) Σ (θᵀxᵢ − yᵢ)² + λ/(2m) Σⱼ θⱼ², the penalty over every θⱼ as written
    assert_gradient_read(JR, _reg_half_mse_all, wrt=("theta_j",), lets=(HR,))


@pytest.mark.parametrize("text, verdict", [
    (GR, "equivalent"),  # (1/m)Σ(θᵀxᵢ − yᵢ)xᵢⱼ + (λ/m)θⱼ, by hand from the cost above
    (GR.replace("(λ/m)θⱼ", "(λ/(2m))θⱼ"), "different"),  # variant: half the penalty's partial
])
def test_regularised_update_bracket(text, verdict):
    assert_verdict_read(text, JR, verdict, wrt="theta_j", lets=(HR,))


def test_notes_say_each_reading():
    verdict = logderiv.check(D0, cost=J1, wrt="theta_0", let=[H1])
    notes = " ".join(notes_of(verdict))
    assert "₀ as _{0}" in notes and "⁽ⁱ⁾ as ^{(i)}" in notes and "² as ^{2}" in notes
    assert "Σᵢ over the m examples: its summand is marked by example i" in notes
    assert "applies the operator to it" in notes and "∂J/∂" in notes
    regularised = " ".join(notes_of(logderiv.derive(JR, wrt="theta_j", let=[HR])))
    assert "over the features its summand indexes" in regularised and "ⱼ as _{j}" in regularised


# ---------------------------------------------------------------- the guard: what is not read the new way

def _error(text, **kwargs):
    return refused(logderiv.derive, text, **kwargs)


def test_bare_sigma_over_both_example_and_feature_marks_refused():
    text = r"\frac{1}{m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)xⱼ⁽ⁱ⁾"
    error = _error(text, wrt="theta_j", let=[HR])
    assert "marked both by example i and by j" in str(error)
    assert error.column == text.index("Σ")


def test_bare_sigma_over_nothing_marked_refused():
    text = r"\frac{1}{2m} × Σ(h_θ(x) - y)²"
    error = _error(text, wrt="theta_j", let=[HR])
    assert "marks no example" in str(error) and error.column == text.index("Σ")


def test_bare_sigma_holding_a_sum_refused():
    text = r"\frac{1}{2m} × Σ(\sum_{j=1}^{n} \theta_j x_j^{(i)} - y⁽ⁱ⁾)²"
    error = _error(text, wrt="theta_j")
    assert "no sum of its own" in str(error) and error.column == text.index("Σ")


@pytest.mark.parametrize("text", [
    # a \Sigma elsewhere: is the bare Σ a covariance matrix?
    r"\frac{1}{2m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)² + \Sigma",
    # a scripted Σ beside a bare one
    r"\frac{1}{2m} Σ_{i=1}^{m}(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)² + Σ(y⁽ⁱ⁾)",
    # right after a transpose: a quadratic form's matrix (GDA's (x⁽ⁱ⁾ − μ)ᵀ Σ (x⁽ⁱ⁾ − μ)), never a sum
    r"\frac{1}{2} (x⁽ⁱ⁾ - μ)ᵀ Σ (x⁽ⁱ⁾ - μ)",
    r"\frac{1}{2} (x^{(i)} - \mu)^{T} Σ (x^{(i)} - \mu)",
    # Σ⁻¹: a matrix's inverse, never a sum
    r"\frac{1}{2} (x⁽ⁱ⁾)ᵀ Σ⁻¹ (x⁽ⁱ⁾)",
])
def test_sigma_that_may_be_a_matrix_keeps_its_refusal(text):
    error = _error(text, let=[HR])
    # refused as before: the Sigma named (a sum or a matrix?), or the quadratic form not a number
    assert "a summation sign, or a matrix" in str(error) or "unexpected character" in str(error) \
        or "this is 1×m in matrix form" in str(error)


def test_script_standing_apart_refused():
    text = r"\frac{1}{2m} \sum_{i=1}^{m} (\theta ₀ - y^{(i)})^2"
    error = _error(text, wrt="theta_0")
    assert "unexpected character '₀'" in str(error) and error.column == text.index("₀")


def test_times_after_an_operator_before_anything_but_the_cost_keeps_its_refusal():
    # the × before a bracket, not the cost's name: an operator times a product is not guessed
    text = r"\frac{∂}{∂θ_0} \times (h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)^2"
    error = refused(logderiv.check, text, cost=J1, wrt="theta_0", let=[H1])
    assert "a derivative needs something to differentiate" in str(error)
    assert error.column == text.index(r"\times")


@pytest.mark.parametrize("text", [
    # the operator not first (a left side g before it): the × is not the notes' way of applying it
    r"g = \frac{∂}{∂θ_0} \times J(\theta_0,\theta_1)",
    # no '=' after: no left side naming the derivative
    r"\frac{∂}{∂θ_0} \times J(\theta_0,\theta_1)",
    # a name after the × that is no cost's
    r"\frac{∂}{∂θ_0} \times λ = \frac{1}{m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)",
])
def test_times_after_an_operator_read_only_before_the_cost_on_a_left_side(text):
    error = refused(logderiv.check, text, cost=J1, wrt="theta_0", let=[H1])
    assert "a derivative needs something to differentiate, not '\\times'" in str(error)
    assert error.column == text.index("\\times")


def test_reading_is_bounded_in_work():
    # many Unicode scripts: every one read once
    text = r"\frac{1}{2m} × Σ(" + " + ".join(["θ₁x⁽ⁱ⁾"] * 200) + r" - y⁽ⁱ⁾)²"
    _, calls = calls_made(lambda: logderiv.derive(text, wrt="theta_1"))
    assert calls < 2_000_000
