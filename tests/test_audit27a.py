"""audit27a (issue 10): a misread hunt in regularised costs and answers — near-variants that a reading gets wrong.

Each misread found is refused (or read as meant) here, and each test of a refusal fails on the code before audit27a:

* a model written out from θ₀ (``θ₀ + θ₁x``, ``w₀ + w₁x``, ``h = σ(θ₀ + θ₁x₁ + θ₂x₂)``) beside a penalty that takes the
  parameter vector whole (``‖θ‖²``, ``θᵀθ``, an unbounded ``Σⱼ θⱼ²``), differentiated by θ₀: the penalty was built as
  logderiv's sum over 1..n and left θ₀ out, under a note, so a correct ∂J/∂θ₀ with its λθ₀/m term was judged
  "different" and ``derive`` gave a gradient without it. The written θ is (θ₀, θ₁, …): whether its norm takes θ₀ in
  is not said (Ng's ``\\sum_{j=1}^{n}`` says it does not, and stays read). Refused as beside a sum from 0 already was.
* ``\\sum\\limits_{j=1}^{n} θⱼ²`` (Ng's typesetting) beside such a model or a sum from 0 says its start 1 as plainly as
  ``\\sum_{j=1}^{n}`` does: read (it was refused beside the sum from 0 as an unbounded sum).
* ``1/2·m``, ``λ/2×m``, ``\\lambda/2 \\cdot m``, ``λ/2(m)``: a number over a number, a product sign that is no code's
  ``*`` (or the count in brackets), and a count were read left to right as (λ/2)·m with no note at all, m² times the
  λ/(2m) that ``λ/2m`` is read as — a correct answer judged "different". Refused, naming both readings.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
or judged by the corpus judge against an intended cost written here (``_reading``) — never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, refused
from logderiv.cli import main

RNG = np.random.default_rng(27)
XS, YS = RNG.normal(size=6), RNG.normal(size=6)
LAM = 0.7


# ---------------------------------------------------------------- 1. ‖θ‖² beside a model written out from θ₀
def _line_cost(penalised_intercept: bool):
    """Σᵢ(θ₀ + θ₁xᵢ − yᵢ)²/(2m) + λ/(2m)·(θ₀² + θ₁², or θ₁² alone), at t = (θ₀, θ₁)."""
    m = XS.size

    def cost(t):
        penalty = t[0] ** 2 + t[1] ** 2 if penalised_intercept else t[1] ** 2
        return float(np.sum((t[0] + t[1] * XS - YS) ** 2)) / (2 * m) + LAM / (2 * m) * penalty
    return cost


def test_the_two_readings_of_the_norm_differ_by_theta_0():
    """By hand: ∂/∂θ₀ = (1/m)Σᵢ(θ₀ + θ₁xᵢ − yᵢ), plus λθ₀/m when ‖θ‖² holds θ₀²; ∂/∂θ₁ is the same in both."""
    theta = np.array([0.9, -0.4])
    m = XS.size
    residual = theta[0] + theta[1] * XS - YS
    with_intercept = central_differences(_line_cost(True), theta)
    without = central_differences(_line_cost(False), theta)
    assert with_intercept[0] == pytest.approx(residual.sum() / m + LAM * theta[0] / m, abs=1e-6)
    assert without[0] == pytest.approx(residual.sum() / m, abs=1e-6)
    assert with_intercept[0] != pytest.approx(without[0], abs=1e-3)
    assert with_intercept[1] == pytest.approx(without[1], abs=1e-6)


WHOLE = [
    ("1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) ||theta||^2", "theta_0", ()),
    ("1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) theta^T theta", "theta_0", ()),
    ("1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) sum_j theta_j^2", "theta_0", ()),
    ("1/(2m) sum((theta_0 + theta_1 x_1 + theta_2 x_2 - y)^2) + lambda/(2m) ||theta||^2", "theta_0", ()),
    ("1/(2m) sum((w_0 + w_1 x - y)^2) + lambda/2 ||w||^2", "w_0", ()),
    ("1/(2m) sum((beta_0 + beta_1 x - y)^2) + lambda ||beta||^2", "beta_0", ()),
    (r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\|\theta\|^2", "theta_0",
     ()),
    (r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\theta^T\theta",
     "theta_0", ()),
    (r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_j\theta_j^2",
     "theta_0", ()),
    ("1/(2m) sum((h - y)^2) + lambda/(2m) ||theta||^2", "theta_0", ("h = theta_0 + theta_1 x",)),
    ("-1/m sum(y log h + (1-y) log(1-h)) + lambda/(2m) ||theta||^2", "theta_0",
     ("h = sigmoid(theta_0 + theta_1 x_1 + theta_2 x_2)",)),
]


@pytest.mark.parametrize("cost, wrt, lets", WHOLE)
def test_a_whole_vector_penalty_beside_a_written_out_model_is_refused_by_the_intercept(cost, wrt, lets):
    """Was read with θ₀ out of the penalty (a gradient without λθ₀/m, noted as if the cost's bounds said so)."""
    error = refused(logderiv.derive, cost, wrt=wrt, let=lets)
    assert "takes in the whole parameter vector" in str(error) and "depends on it" in str(error)
    assert error.column is not None and error.hint is not None and "j=1" in error.hint


@pytest.mark.parametrize("answer", [
    "1/m sum(theta_0 + theta_1 x - y)",  # θ₀ left out of ‖θ‖²
    "1/m sum(theta_0 + theta_1 x - y) + lambda/m theta_0",  # θ₀ in it: was judged "different"
])
def test_an_answer_by_the_intercept_beside_such_a_penalty_is_refused(answer):
    cost = "1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) ||theta||^2"
    error = refused(logderiv.check, answer, cost=cost, wrt="theta_0")
    assert "takes in the whole parameter vector" in str(error)


def test_a_page_defining_such_a_cost_is_refused_in_steps():
    """The page's own J(θ) = …‖θ‖² beside ∂J/∂θ₀: read before with no note at all, the derivation 'verified'."""
    page = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}"
            r"\|\theta\|^2" "\n"
            r"\frac{\partial J}{\partial \theta_0} = \frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})")
    error = refused(logderiv.steps, page)
    assert "takes in the whole parameter vector" in str(error)
    given = refused(logderiv.steps, page.splitlines()[1], cost=page.splitlines()[0].split("=", 1)[1], wrt="theta_0")
    assert "takes in the whole parameter vector" in str(given)


def test_the_refusal_shows_its_caret_in_the_cli():
    cost = "1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) ||theta||^2"
    result = CliRunner().invoke(main, ["derive", cost, "--wrt", "theta_0"])
    assert result.exit_code != 0
    said = result.output + (result.stderr or "")
    assert "whole parameter vector" in " ".join(said.split()) and "^" in said


def _line(d):
    """Ng's line with his penalty: Σᵢ(θ₀ + θ₁xᵢ − yᵢ)²/(2m) + λ/(2m)·θ₁² (Σ_{j=1}^{n} with n = 1: the slope alone)."""
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m) + d.lam / (2 * d.m) * d.theta1 ** 2


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^n\theta_j^2",
    r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum\limits_{j=1}^{n}"
    r"\theta_j^2",
    "1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) sum_{j=1}^n theta_j^2",
    r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\theta_1^2",
])
def test_a_penalty_whose_bounds_leave_the_intercept_out_is_still_read(cost):
    assert_gradient_read(cost, _line, wrt=("theta_0", "theta_1"))


def test_the_whole_vector_is_still_read_by_the_slope():
    """By θ₁ both readings agree (test above): read, as before."""
    cost = "1/(2m) sum((theta_0 + theta_1 x - y)^2) + lambda/(2m) ||theta||^2"
    assert_gradient_read(cost, _line, wrt=("theta_1",))


def test_a_sum_from_one_typeset_with_limits_is_read_beside_a_sum_from_zero():
    """``\\sum\\limits_{j=1}^{n}`` writes its start 1 as ``\\sum_{j=1}^{n}`` does (θ₀ left out): it was refused beside
    Σ_{j=0}^{n} θⱼxⱼ as if unbounded. By hand ∂/∂θ₀ = (1/m)Σᵢ(θ₀ + θᵀxᵢ − yᵢ), no λ term."""
    cost = (r"\frac{1}{2m}\sum_{i=1}^m \left(\sum_{j=0}^n \theta_j x_j^{(i)} - y^{(i)}\right)^2 + "
            r"\frac{\lambda}{2m}\sum\limits_{j=1}^{n} \theta_j^2")

    def intended(d):
        return (float(np.sum((d.theta0 + d.X @ d.theta - d.y) ** 2)) / (2 * d.m)
                + d.lam / (2 * d.m) * float(d.theta @ d.theta))
    assert_gradient_read(cost, intended, wrt=("theta_0",))


# ---------------------------------------------------------------- 2. 1/2·m and λ/2×m: a written product sign
def test_the_two_readings_of_a_half_dot_count_differ():
    """By hand: ∂/∂θ of (λ/(2m))‖θ‖² is λθ/m, of (λ/2)·m‖θ‖² it is λmθ: m² apart at m = 6."""
    theta, m = RNG.normal(size=3), 6
    over = central_differences(lambda t: LAM / (2 * m) * float(t @ t), theta)
    times = central_differences(lambda t: LAM / 2 * m * float(t @ t), theta)
    assert np.allclose(over, LAM * theta / m, atol=1e-6)
    assert np.allclose(times, LAM * m * theta, atol=1e-5)
    assert not np.allclose(over, times, atol=1e-3)


DATA = "1/(2m) sum((theta^T x - y)^2)"


@pytest.mark.parametrize("cost, shown", [
    (f"{DATA} + λ/2·m Σ_j θ_j²", "λ/2·m"),
    (f"{DATA} + λ/2⋅m Σ_j θ_j²", "λ/2⋅m"),
    (f"{DATA} + λ/2×m Σ_j θ_j²", "λ/2×m"),
    (f"{DATA} + lambda/2 · m sum_j theta_j^2", "lambda/2 · m"),
    (f"{DATA} + lambda/2(m) sum_j theta_j^2", "lambda/2(m)"),
    (f"{DATA} + λ/2·n Σ_j θ_j²", "λ/2·n"),
    ("1/2·m sum((theta^T x - y)^2)", "1/2·m"),
    ("1/2×m sum((theta^T x - y)^2)", "1/2×m"),
    ("1/2(m) sum((theta^T x - y)^2)", "1/2(m)"),
    (r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \lambda/2 \cdot m \sum_j \theta_j^2", r"\lambda/2 \cdot m"),
    (r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \lambda/2\times m \sum_j \theta_j^2", r"\lambda/2\times m"),
    (r"1/2 \cdot m\sum_i (\theta^T x_i - y_i)^2", r"1/2 \cdot m"),
])
def test_a_number_over_a_number_then_a_product_sign_and_a_count_is_refused(cost, shown):
    """Each was read (λ/2)·m with no note: m² times the λ/(2m) that λ/2m is read as."""
    error = refused(logderiv.derive, cost)
    assert f"'{shown}' is ambiguous" in str(error)
    assert error.hint is not None and "/(2" in error.hint
    assert error.column is not None and cost[error.column] == "2"


def test_a_correct_answer_beside_such_a_cost_is_no_longer_called_different():
    """λ/m θⱼ is the gradient of λ/(2m)Σθⱼ² (by hand above); read as (λ/2)·m the verdict was 'different'."""
    error = refused(logderiv.check, "1/m sum((theta^T x - y) x_j) + lambda/m theta_j",
                    cost=f"{DATA} + λ/2·m Σ_j θ_j²")
    assert "ambiguous" in str(error)


@pytest.mark.parametrize("cost, factor", [
    (f"{DATA} + (λ/2)·m Σ_j θ_j²", "product"),  # brackets say the product
    (f"{DATA} + λ/(2·m) Σ_j θ_j²", "quotient"),  # brackets say the quotient
    (f"{DATA} + λ/2m Σ_j θ_j²", "quotient"),  # the ML convention, noted
    (r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \frac{\lambda}{2}\cdot m \sum_j \theta_j^2", "product"),
])
def test_the_written_forms_that_say_which_are_read(cost, factor):
    """By hand (test above) the product gives λmθⱼ, the quotient λθⱼ/m, beside (1/m)Σ(θᵀx − y)xⱼ."""
    def intended(d):
        scale = d.lam / 2 * d.m if factor == "product" else d.lam / (2 * d.m)
        return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m) + scale * float(d.theta @ d.theta)
    assert_gradient_read(cost, intended)


def test_code_s_star_keeps_its_reading_and_note():
    """``λ/2*m`` in code computes (λ/2)·m, and is read so with its note (hunt6fix), not refused."""
    derivation = logderiv.derive(f"{DATA} + lambda/2*m*sum_j theta_j^2")
    assert any("MULTIPLIES by m" in note for note in (*derivation.notes, *derivation.problem.notes))


def test_the_refusal_is_json_in_the_cli():
    result = CliRunner().invoke(main, ["derive", f"{DATA} + λ/2·m Σ_j θ_j²", "-f", "json"])
    assert result.exit_code != 0
    payload, _ = json.JSONDecoder().raw_decode(result.output[result.output.index("{"):])
    assert payload["kind"] == "input" and "ambiguous" in payload["message"]


# ---------------------------------------------------------------- 3. an answer's condition j ≠ 0
COST_APART = (r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta^T x^{(i)} - y^{(i)})^2 + "
              r"\frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2")
ANSWER_J = r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta^T x^{(i)} - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j"


def test_the_answer_for_j_not_zero_is_right_by_theta_j_and_says_nothing_of_theta_0():
    """By hand, J = Σᵢ(θ₀ + θᵀxᵢ − yᵢ)²/(2m) + λ/(2m)Σ_{j≥1}θⱼ²: ∂J/∂θⱼ = (1/m)Σᵢ rᵢxᵢⱼ + λθⱼ/m for j ≥ 1, the answer;
    ∂J/∂θ₀ = (1/m)Σᵢ rᵢ with no λ term, which the answer (x₀ = 1) would miss — but the answer is not written for j = 0."""
    X, y, m = RNG.normal(size=(6, 3)), RNG.normal(size=6), 6

    def cost(v):
        return float(np.sum((v[0] + X @ v[1:] - y) ** 2)) / (2 * m) + LAM / (2 * m) * float(v[1:] @ v[1:])

    v = RNG.normal(size=4)
    r = v[0] + X @ v[1:] - y
    numeric = central_differences(cost, v)
    assert np.allclose(numeric[1:], X.T @ r / m + LAM * v[1:] / m, atol=1e-6)
    assert numeric[0] == pytest.approx(r.sum() / m, abs=1e-6)
    assert numeric[0] != pytest.approx(r.sum() / m + LAM * v[0] / m, abs=1e-3)


@pytest.mark.parametrize("condition", [r", j \neq 0", r", \quad j \neq 0", r", \text{ for } j \neq 0", r", j \ne 0",
                                       r" \quad \text{for } j \neq 0"])
def test_a_latex_answer_for_j_not_zero_is_not_checked_by_theta_0(condition):
    """', j \\neq 0' was set aside as a constraint on a constant: checked at θ₀ it was a false 'different'."""
    error = refused(logderiv.check, ANSWER_J + condition, cost=COST_APART, wrt="theta_0")
    assert "no case of the answer is for --wrt theta_0" in str(error)


@pytest.mark.parametrize("answer, cost, lets", [
    (ANSWER_J + r", j \neq 0", COST_APART, ()),
    (ANSWER_J + r" \quad \text{for } j \neq 0", COST_APART, ()),
    ("1/m sum((theta_0 + theta^T x - y) x_j) + lambda/m theta_j, j != 0",
     "1/(2m) sum((theta_0 + theta^T x - y)^2) + lambda/(2m) sum_{j=1}^n theta_j^2", ()),
    ("1/m sum((theta_0 + theta^T x - y) x_j) + lambda/m theta_j for j ≠ 0",
     "1/(2m) sum((theta_0 + theta^T x - y)^2) + lambda/(2m) sum_{j=1}^n theta_j^2", ()),
    ("1/m sum((theta_0 + theta^T x - y) x_j) + lambda/m theta_j (j ≠ 0)",
     "1/(2m) sum((theta_0 + theta^T x - y)^2) + lambda/(2m) sum_{j=1}^n theta_j^2", ()),
])
def test_an_answer_for_j_not_zero_is_checked_as_the_general_component(answer, cost, lets):
    """By hand (above) the answer is ∂J/∂θⱼ for every j ≥ 1: equivalent, with the condition's note (plain text's
    '!=' and '≠' were refused at the character)."""
    verdict = logderiv.check(answer, cost=cost, wrt="theta_j", let=lets)
    assert verdict.verdict == "equivalent"
    assert any("for every component but the intercept" in note for note in verdict.notes)


def test_a_wrong_answer_for_j_not_zero_is_still_different():
    """λθⱼ/(2m) for λθⱼ/m: wrong at every j ≥ 1 (by hand above)."""
    answer = ANSWER_J.replace(r"\frac{\lambda}{m}", r"\frac{\lambda}{2m}") + r", j \neq 0"
    assert logderiv.check(answer, cost=COST_APART, wrt="theta_j").verdict == "different"


@pytest.mark.parametrize("condition", [r", j \neq 1", ", j != 2", r" \quad \text{for } j \neq 1"])
def test_a_condition_excluding_another_component_is_refused(condition):
    """j ≠ 1 excludes the intercept only where components are numbered from 1 (Octave's theta(1)); it was set aside."""
    error = refused(logderiv.check, ANSWER_J + condition, cost=COST_APART, wrt="theta_j")
    assert "only a single component (j = 0) or every component but the intercept" in str(error)
