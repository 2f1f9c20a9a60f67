"""Wave f53's refusals read by rules that transfer (issue 10): R's ``pi <- plogis(X %*% beta)`` beside a LaTeX cost
that writes only πᵢ (the number π carries no example index); scruel's regularized cost whose sum's body braces cross
its ``]`` (TeX groups with braces only, and shows none); an answer's x₁ beside the line θ₀ + θ₁x (Ng's numbering of
its one feature).

Each real text is verbatim, with its source; its truth is worked by hand and held to central finite differences of a
NumPy cost written here (``_numeric``), or judged by the corpus judge on an intended cost written here
(``_reading``) — never to logderiv's own output. Each rule has near-variants that mean something else: each is
refused or read as what it means.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

# public code index file 40428693477 (R, roxygen-documented grad(beta, Y, X) 'for a logistic regression model. Used
# by optim'); the cost is the glm's summed negative log-likelihood, written by the collector
R_COST = r"-\sum_{i=1}^{n}\left[Y_i\log\pi_i + (1-Y_i)\log(1-\pi_i)\right]"
R_LETS = ("pi = plogis(X%*%beta)",)
R_GRAD = "gr <- crossprod(X, Y-pi)\n  return(-gr)"
# https://github.com/scruel/Notes-ML-AndrewNg ('## 7.2 代价函数', '代价函数：' and '## 7.3', the θ_j update's bracket)
SCRUEL_REG_J = (r"J\left( \theta  \right)=\frac{1}{2m}[\sum\limits_{i=1}^{m}{{{({h_\theta}({{x}^{(i)}})-{{y}^{(i)}})}"
                r"^{2}}+\lambda \sum\limits_{j=1}^{n}{\theta_{j}^{2}}]}")
SCRUEL_REG_DJ = (r"\left( \frac{1}{m}\ \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} \right) + "
                 r"\frac{\lambda}{m}\theta_j")
# the same notes, '## 2.7', '所以当 j = 1 时：', with the notes' J(θ₀, θ₁) of § 2.7 and their h_θ(x) = θ₀ + θ₁x
SCRUEL_W1_J = (r"J\left( \theta_0, \theta_1  \right)=\frac{1}{2m}\sum\limits_{i=1}^{m}{{{\left( {{h}_{\theta }}\left( "
               r"{{x}^{(i)}} \right)-{{y}^{(i)}} \right)}^{2}}}")
SCRUEL_W1_LETS = (r"h_\theta(x)=\theta_0+\theta_1x",)
SCRUEL_DJ1 = (r"\frac{\partial}{\partial\theta_1} J(\theta)=\frac{1}{m}\sum\limits_{i=1}^{m}{{\left( {{h}_{\theta }}"
              r"\left( {{x}^{(i)}} \right)-{{y}^{(i)}} \right)}} *x_1^{(i)}")

RNG = np.random.default_rng(53)
XS, YS = RNG.normal(size=(6, 3)), RNG.uniform(0.1, 0.9, size=6)


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _nll(v: np.ndarray) -> float:
    """−Σ[yᵢ log σ(xᵢᵀβ) + (1 − yᵢ) log(1 − σ(xᵢᵀβ))], by hand."""
    p = _sigmoid(XS @ v)
    return -float(np.sum(YS * np.log(p) + (1 - YS) * np.log(1 - p)))


def _ridge_bracket(d) -> float:
    """1/(2m)[Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + λΣθⱼ²], the bracket over both (the corpus's Data, θ over every feature)."""
    r = d.X @ d.theta - d.y
    return float(r @ r + d.lam * d.theta @ d.theta) / (2 * len(d.y))


def test_the_hand_gradient_of_the_nll_agrees_with_finite_differences():
    """By hand: ∇NLL = −Xᵀ(y − σ(Xβ)) = R's −crossprod(X, Y − pi); +Xᵀ(y − π) is its negative, not it."""
    at = RNG.normal(size=3)
    by_hand = -XS.T @ (YS - _sigmoid(XS @ at))
    differences = central_differences(_nll, at)
    assert np.allclose(differences, by_hand, atol=1e-5)
    assert not np.allclose(differences, -by_hand, atol=1e-5)


def test_the_hand_gradient_of_the_bracketed_ridge_agrees_with_finite_differences():
    """By hand: ∂/∂θⱼ 1/(2m)[Σ(θᵀx − y)² + λΣθ²] = (1/m)Σ(θᵀx − y)xⱼ + (λ/m)θⱼ; with λ inside Σᵢ it would be λθⱼ."""
    at, lam, m = RNG.normal(size=3), 0.7, len(YS)

    def cost(v: np.ndarray) -> float:
        r = XS @ v - YS
        return float(r @ r + lam * v @ v) / (2 * m)

    by_hand = XS.T @ (XS @ at - YS) / m + lam / m * at
    assert np.allclose(central_differences(cost, at), by_hand, atol=1e-5)
    assert not np.allclose(central_differences(cost, at), XS.T @ (XS @ at - YS) / m + lam * at, atol=1e-5)


def test_the_hand_slope_derivative_of_the_line_agrees_with_finite_differences():
    """By hand: ∂/∂θ₁ 1/(2m)Σ(θ₀ + θ₁x − y)² = (1/m)Σ(θ₀ + θ₁x − y)x; 1/(2m) in its place halves it."""
    xs, t0, t1, m = XS[:, 0], 0.3, -0.8, len(YS)
    by_hand = float(np.sum((t0 + t1 * xs - YS) * xs)) / m
    cost = lambda v: float(np.sum((v[0] + v[1] * xs - YS) ** 2)) / (2 * m)  # noqa: E731
    assert np.isclose(central_differences(cost, np.array([t0, t1]))[1], by_hand, atol=1e-6)


# ------------------------------------------------------------------ R: pi <- plogis(X %*% beta) beside πᵢ


@pytest.mark.parametrize(("answer", "verdict"), [
    (R_GRAD, "equivalent"),
    ("gr <- crossprod(X, Y-pi)\n  return(gr)", "different"),  # the sign dropped: the log-likelihood's gradient
    ("gr <- crossprod(X, pi-Y)\n  return(gr)", "equivalent"),  # the residual turned: the same vector
])
def test_r_pi_is_the_lets_probability_where_the_latex_writes_only_pi_i(answer, verdict):
    """By hand (above): ∇NLL = −Xᵀ(Y − π) with π = σ(Xβ)."""
    assert_verdict_read(answer, R_COST, verdict, wrt="beta_j", lets=R_LETS)


def test_r_pi_read_as_the_probability_is_noted_in_text_and_json():
    """Both formats say pi was read as code's variable because the LaTeX's π carries the example's index."""
    said = "the LaTeX's π carries the example's index i, as the number π never does"
    assert any(said in note for note in notes_of(logderiv.check(R_GRAD, cost=R_COST, wrt="beta_j", let=R_LETS)))
    args = ["check", "--cost", R_COST, "--wrt", "beta_j", "--let", R_LETS[0], R_GRAD]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and said in text.output and "note: pi is code's variable" in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])


@pytest.mark.parametrize(("cost", "lets"), [
    (r"-\sum_{i=1}^{n}\left[Y_i\log\pi + (1-Y_i)\log(1-\pi)\right]", R_LETS),  # a bare π: may be the number
    (R_COST + r" + 2\pi", R_LETS),  # π the number beside πᵢ: two meanings
    (R_COST.replace(r"\pi_i", r"\pi_j"), R_LETS),  # a feature's index: not a per-example value
    (R_COST, ("pi = 3.14159",)),  # the let gives π the number
])
def test_pi_that_may_be_the_number_stays_refused(cost, lets):
    """Only a π written with the example's index i is the let's per-example value."""
    refused_by_logderiv(lambda: logderiv.check(R_GRAD, cost=cost, wrt="beta_j", let=lets))


# ------------------------------------------------------------------ scruel: the sum's body braces cross ']'


def test_the_sum_body_crossing_the_bracket_is_read_as_typeset():
    """[Σᵢ(h − y)² + λΣⱼθⱼ²] as the page shows it: the penalty outside Σᵢ, 1/(2m) over both."""
    assert_gradient_read(SCRUEL_REG_J, _ridge_bracket, wrt=("theta_j",))
    said = " ".join(notes_of(logderiv.derive(SCRUEL_REG_J, wrt="theta_j")))
    assert "'{' at column 59 (the sum's body) closes after the ']' at column 151, crossing it" in said


@pytest.mark.parametrize(("answer", "verdict"), [
    (SCRUEL_REG_DJ, "equivalent"),
    (SCRUEL_REG_DJ.replace(r"\frac{\lambda}{m}", r"\lambda"), "different"),  # λθⱼ: the penalty read inside Σᵢ
])
def test_the_notes_update_bracket_against_the_crossed_cost(answer, verdict):
    """By hand (above): (1/m)Σ(h − y)xⱼ + (λ/m)θⱼ."""
    assert_verdict_read(answer, SCRUEL_REG_J, verdict, wrt="theta_j")


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}[\sum_{i=1}^{m}{(h_\theta(x^{(i)})-y^{(i)})^{2}+\lambda \sum_{j=1}^{n}\theta_{j}^{2}]+1}",  # '}' later
    r"[\sqrt{\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^{2}]}",  # a root's argument, not a sum's body
    r"\left[\sum_{i=1}^{m}{(h_\theta(x^{(i)})-y^{(i)})^{2}\right]}",  # \left and \right must pair
    r"\frac{1}{2m[}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^{2}]",  # a fraction's argument crossed
])
def test_other_crossings_of_a_bracket_and_a_brace_stay_refused(cost):
    """Only a sum's body braces closing right after the bracket have one reading (the typeset one)."""
    error = refused_by_logderiv(lambda: logderiv.derive(cost, wrt="theta_j"))
    assert "does not close" in str(error)


# ------------------------------------------------------------------ scruel: x₁ beside θ₀ + θ₁x


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (SCRUEL_DJ1, "theta_1", "equivalent"),
    (SCRUEL_DJ1.replace(r"\frac{1}{m}", r"\frac{1}{2m}"), "theta_1", "different"),  # the notes' variant: half
    (SCRUEL_DJ1.split("=", 1)[1], "theta_0", "different"),  # x₁ is the feature, θ₀'s derivative has none
])
def test_x1_beside_the_line_is_its_one_feature(answer, wrt, verdict):
    """By hand (above): ∂J/∂θ₁ = (1/m)Σ(θ₀ + θ₁x − y)x, ∂J/∂θ₀ = (1/m)Σ(θ₀ + θ₁x − y)."""
    assert_verdict_read(answer, SCRUEL_W1_J, verdict, wrt=wrt, lets=SCRUEL_W1_LETS)


def test_x1_read_as_the_feature_is_noted():
    """The note says whose numbering x₁ is."""
    verdict = logderiv.check(SCRUEL_DJ1, cost=SCRUEL_W1_J, wrt="theta_1", let=SCRUEL_W1_LETS)
    assert any("x₀ = 1 beside θ₀, x₁ = x beside θ₁" in note for note in notes_of(verdict))


@pytest.mark.parametrize(("answer", "lets"), [
    (SCRUEL_DJ1, (r"h_\theta(x)=\theta_0+\theta_1x+\theta_2x^2",)),  # x₂ may be x²: no line
    (SCRUEL_DJ1, (r"h_\theta(x)=\theta_0+\theta_1x^2",)),  # θ₁ multiplies x², not x
    (SCRUEL_DJ1, (r"h_\theta(x)=\theta_1x",)),  # no θ₀, no x₀ = 1 to number from
    (SCRUEL_DJ1.replace("x_1^{(i)}", "x_2^{(i)}"), SCRUEL_W1_LETS),  # x₂: no such feature
])
def test_a_feature_of_x_that_is_not_the_lines_stays_refused(answer, lets):
    """Only θ₀ + θ₁x numbers its one feature x₁."""
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost=SCRUEL_W1_J, wrt="theta_1", let=lets))
    assert "writes a feature of x" in str(error)


# ------------------------------------------------------------------ DLAI: the lab's loop without its '/m' lines

# https://community.deeplearning.ai/ ('Derivative of "Simplified Cost Function"', the lab's loop as the thread quotes
# it; the collector's variant leaves out the two '/m' lines)
DLAI_LOOP = ("for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
             "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
             "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n    dj_db = dj_db + err_i")
DLAI_COST = r"J(w,b) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log f^{(i)} + (1-y^{(i)})\log(1-f^{(i)})\right]"
DLAI_LETS = (r"f^{(i)} = \frac{1}{1+e^{-(w \cdot x^{(i)} + b)}}",)


def test_the_hand_gradient_of_the_mean_cross_entropy_is_the_loop_over_m():
    """By hand: ∂J/∂w = (1/m)Σ(σ(wᵀxᵢ + b) − yᵢ)xᵢ; the loop's sum without /m is m times it."""
    ys, at, b, m = (YS > 0.5).astype(float), RNG.normal(size=3), 0.2, len(YS)

    def cost(v: np.ndarray) -> float:
        p = _sigmoid(XS @ v + b)
        return -float(np.mean(ys * np.log(p) + (1 - ys) * np.log(1 - p)))

    summed = XS.T @ (_sigmoid(XS @ at + b) - ys)
    assert np.allclose(central_differences(cost, at), summed / m, atol=1e-6)
    assert not np.allclose(central_differences(cost, at), summed, atol=1e-6)


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (DLAI_LOOP, "w_j", "different"),  # the sum, m times the mean's gradient
    (DLAI_LOOP, "b", "different"),
    (DLAI_LOOP.replace("err_i * X[i, j]", "err_i * X[i, j] / m").replace("dj_db + err_i", "dj_db + err_i / m"),
     "w_j", "equivalent"),  # the mean taken inside the loop
])
def test_a_loop_adding_to_two_gradients_is_the_one_wrt_asks_for(answer, wrt, verdict):
    """By hand (above)."""
    assert_verdict_read(answer, DLAI_COST, verdict, wrt=wrt, lets=DLAI_LETS)
    said = " ".join(notes_of(logderiv.check(answer, cost=DLAI_COST, wrt=wrt, let=DLAI_LETS)))
    assert "the lines end with the loop that adds to dj_dw and dj_db (the gradients by w and b)" in said


@pytest.mark.parametrize(("answer", "wrt"), [
    (DLAI_LOOP, "theta_j"),  # a --wrt by neither accumulator
    (DLAI_LOOP.replace("dj_db = dj_db + err_i", "dj_dw2 = dj_dw2 + err_i"), "w_j"),  # two by w: which?
])
def test_a_loop_whose_value_the_wrt_does_not_pick_stays_refused(answer, wrt):
    """Only one accumulator by the --wrt's parameter is the lines' value."""
    refused_by_logderiv(lambda: logderiv.check(answer, cost=DLAI_COST, wrt=wrt, let=DLAI_LETS))
