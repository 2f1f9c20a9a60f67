r"""The silent misreads of hunt 4 (issue 10), each with the wrong answer that used to pass planted.

Verdicts are worked by hand in the comments; gradients are checked by central finite differences of the
cost written here in NumPy (tests/_numeric.py), never copied from logderiv's own output.

M1/M3. A penalty summed over one index, written in another: ``sum_k theta_j^2``, ``Σₖ θⱼ²``,
``\sum_{i=1}^{m}\theta_j^2``. Read as written it is n (m) copies of θⱼ², gradient nθⱼ (mθⱼ); the writer
means Ng's Σⱼ θⱼ², gradient θⱼ. It was read as the copies, silently (and in plain text under a note saying
"read over θ₁..θₙ"): the course answer was called different, n·λ/m·θⱼ or λθⱼ equivalent. Now refused at
the Σ, both readings named, in the cost, a --let, an answer and a line of ``steps``.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.cli import main
from logderiv.errors import InputError

RNG = np.random.default_rng(104)

RIGHT = "1/m sum((h - y) x_j) + lambda/m theta_j"
LINEAR = ["h = theta^T x"]


# --- M1 / M3: Σ over one index of a penalty written in another ----------------------------------------------

def test_the_two_readings_of_the_mixed_letter_penalty_have_different_gradients():
    """λ/(2m)Σⱼθⱼ² → (λ/m)θⱼ; λ/(2m)·n·θⱼ² → n(λ/m)θⱼ; λ/(2m)·m·θⱼ² → λθⱼ (FD, m = 5, n = 3)."""
    m, n, lam, j = 5, 3, 0.7, 1
    theta = RNG.normal(size=n)
    meant = _fd(lambda t: lam / (2 * m) * np.sum(t**2), theta)
    n_copies = _fd(lambda t: lam / (2 * m) * n * t[j] ** 2, theta)
    m_copies = _fd(lambda t: lam / (2 * m) * m * t[j] ** 2, theta)
    assert np.isclose(meant[j], lam / m * theta[j])
    assert np.isclose(n_copies[j], n * lam / m * theta[j])
    assert np.isclose(m_copies[j], lam * theta[j])
    assert not np.isclose(meant[j], n_copies[j]) and not np.isclose(meant[j], m_copies[j])


MIXED = [
    ("sum_k theta_j^2", "k", "n"),
    ("sum_k(theta_j^2)", "k", "n"),
    ("sum_k (theta_j)^2", "k", "n"),
    ("sum_k theta_j*theta_j", "k", "n"),
    ("sum_k theta_j ** 2", "k", "n"),
    ("sum_l theta_j**2", "l", "n"),
    ("Σ_k θ_j²", "k", "n"),
    ("Σₖ θⱼ²", "k", "n"),
    ("sum_i theta_j^2", "i", "m"),
    ("Σ_i θ_j^2", "i", "m"),
    ("Σᵢ θⱼ²", "i", "m"),
]


@pytest.mark.parametrize("penalty, letter, count", MIXED)
@pytest.mark.parametrize("answer", [RIGHT, "1/m sum((h - y) x_j) + n lambda/m theta_j",
                                    "1/m sum((h - y) x_j) + lambda theta_j"])
def test_plain_mixed_letter_penalty_is_refused_at_its_sum(penalty, letter, count, answer):
    # before: the right answer "different" ([other-cost]) and n·λ/m·θⱼ (or λθⱼ for Σᵢ) "equivalent"
    cost = f"1/(2m) sum((h - y)^2) + lambda/(2m) {penalty}"
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, let=LINEAR)
    error = caught.value
    assert f"{letter} marks nothing" in error.message and "neither is guessed" in error.message
    assert f"{count} copies" in error.message and "the sum over j" in error.message  # both readings named
    assert error.column == cost.index(penalty)  # the caret at the Σ


LATEX_COST = (r"\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2+\frac{\lambda}{2m}" + "{penalty}")
LATEX_RIGHT = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}+\frac{\lambda}{m}\theta_j"
LATEX_WRONG = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}+\lambda\theta_j"


@pytest.mark.parametrize("penalty", [r"\sum_{i=1}^{m}\theta_j^2", r"\sum_{i}\theta_j^2", r"\sum_i \theta_j^2"])
@pytest.mark.parametrize("answer", [LATEX_RIGHT, LATEX_WRONG])
def test_latex_penalty_summed_over_the_examples_is_refused(penalty, answer):
    # before: read as m copies, no note: the course answer (λ/m)θⱼ "different", λθⱼ "equivalent (numeric)"
    cost = LATEX_COST.replace("{penalty}", penalty)
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, let=[r"h_\theta(x)=\theta^Tx"])
    assert "i marks nothing" in caught.value.message and "m copies" in caught.value.message
    assert caught.value.column == cost.rindex(r"\sum")


def test_mixed_letter_sum_in_an_answer_and_a_let_is_refused():
    # an answer Σₖ λθⱼ/m: nλθⱼ/m as written, or (λ/m)Σⱼθⱼ meant? not guessed either
    with pytest.raises(InputError, match="k marks nothing"):
        check("1/m sum((h - y) x_j) + lambda/m sum_k theta_j",
              cost="1/(2m) sum((h - y)^2) + lambda/(2m) sum_j theta_j^2", let=LINEAR)
    with pytest.raises(InputError, match="k marks nothing") as caught:
        check(RIGHT, cost="1/(2m) sum((h - y)^2) + lambda/(2m) R", let=[*LINEAR, "R = sum_k theta_j^2"])
    assert caught.value.label == "--let"


@pytest.mark.parametrize("second", ["1/m sum((theta^T x - y) x_j) + lambda/m theta_j",
                                    "1/m sum((theta^T x - y) x_j) + n lambda/m theta_j"])
def test_steps_with_the_mixed_letter_penalty_are_refused(tmp_path, second):
    # before: the right step "✗ wrong at line 2" and the n·λ/m one "✓ every step holds"
    path = tmp_path / "steps.txt"
    path.write_text("J = 1/(2m) sum((theta^T x - y)^2) + lambda/(2m) sum_k theta_j^2\n"
                    f"d/dtheta_j J = {second}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "text"])
    assert result.exit_code not in (0, 1), result.output
    assert "k marks nothing" in result.output and "line 1" in result.output


def test_penalties_whose_sum_marks_their_terms_are_still_read():
    """λ/(2m)Σₖθₖ², Σ θⱼ² (no index: over the features), Σⱼθⱼ²: all Ng's penalty, gradient (λ/m)θⱼ (FD above)."""
    for penalty in ("sum_k theta_k^2", "sum theta_j^2", "sum_j theta_j^2", "Σⱼ θⱼ²"):
        cost = f"1/(2m) sum((h - y)^2) + lambda/(2m) {penalty}"
        assert check(RIGHT, cost=cost, let=LINEAR).verdict == "equivalent", penalty
        assert check("1/m sum((h - y) x_j) + n lambda/m theta_j", cost=cost, let=LINEAR).verdict == "different"
    # a count written as the factor it is stays read: n copies of θⱼ² (gradient nθⱼ, no sum to misread)
    assert check("n theta_j", cost="n/2 theta_j^2").verdict == "equivalent"


# --- M2: a name of the sigmoid in a wrapper, without brackets; Ng's bare g --------------------------------------

CE = (r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)})"
      r"+(1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]")
CE_RIGHT = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_cross_entropy_of_the_sigmoid_model_has_the_course_gradient():
    """−(1/m)Σ[y log σ(θᵀx) + (1−y) log(1−σ(θᵀx))] → (1/m)Σ(σ(θᵀx) − y)xⱼ; with h = θᵀx it would not be (FD)."""
    X, y, theta = RNG.normal(size=(6, 3)) * 0.3, RNG.random(6), RNG.normal(size=3) * 0.3
    ce = lambda h: -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))  # noqa: E731
    course = X.T @ (_sigmoid(X @ theta) - y) / len(y)
    assert np.allclose(_fd(lambda t: ce(_sigmoid(X @ t)), theta), course, atol=1e-6)
    X1 = np.abs(X) / 3 + 0.1  # so that 0 < θᵀx < 1 for the linear model's logs
    t1 = np.abs(theta) / 3 + 0.1
    linear = _fd(lambda t: ce(X1 @ t), t1)
    assert not np.allclose(linear, X1.T @ (X1 @ t1 - y) / len(y), atol=1e-3)


@pytest.mark.parametrize("let", [r"h_\theta(x)=\text{sigm}\,\theta^Tx", r"h_\theta(x)=\text{sigm} \theta^Tx",
                                 r"h_\theta(x)=\text{logistic}\ \theta^Tx", r"h_\theta(x)=\textrm{sigm}~\theta^Tx",
                                 r"h_\theta(x)=\text{expit} \theta^T x", r"h_\theta(x)=\mathrm{sigm}\,\theta^Tx",
                                 r"h_\theta(x)=\operatorname{expit}\theta^Tx"])
def test_a_wrapped_sigmoid_name_without_brackets_is_the_sigmoid_noted(let):
    # before: the word was dropped as a remark, h = θᵀx: the course answer "different" ([other-cost] linear)
    verdict = check(CE_RIGHT, cost=CE, let=[let])
    assert verdict.verdict == "equivalent"
    assert any("without brackets is read as the sigmoid" in note for note in verdict.problem.notes)
    assert "without brackets is read as the sigmoid" in verdict.to_text()
    # the planted wrong answer: the linear model's own CE gradient (1/m)Σ (h − y)/(h(1 − h)) xⱼ with h = θᵀx
    wrong = r"\frac{1}{m}\sum_{i=1}^{m}\frac{\theta^Tx^{(i)}-y^{(i)}}{\theta^Tx^{(i)}(1-\theta^Tx^{(i)})}x_j^{(i)}"
    assert check(wrong, cost=CE, let=[let]).verdict == "different"


def test_a_wrapped_sigmoid_name_before_a_bias_is_refused_as_sigma_is():
    # \sigma\theta^Tx + b is refused (σ(θᵀx) + b as written, σ(θᵀx + b) meant): the wrapped word shares the rule
    for let in (r"h_\theta(x)=\text{sigm}\,\theta^Tx + b", r"h_\theta(x)=\sigma\theta^Tx + b"):
        with pytest.raises(InputError, match="is ambiguous") as caught:
            check(CE_RIGHT, cost=CE, let=[let])
        assert caught.value.column == let.index("=") + 1


@pytest.mark.parametrize("let", [r"h_\theta(x)=g\theta^Tx", r"h_\theta(x)=g\,\theta^Tx", "h = g theta^T x"])
def test_a_bare_g_before_theta_transpose_x_is_refused(let):
    # before: g a constant, h = g·θᵀx, silently; Ng's g(θᵀx) is the sigmoid, so neither reading is guessed
    with pytest.raises(InputError, match="Ng's sigmoid") as caught:
        check(CE_RIGHT, cost=CE, let=[let])
    assert caught.value.column == let.index("g")


def test_g_with_its_bracket_or_a_written_product_is_still_read():
    assert check(CE_RIGHT, cost=CE, let=[r"h_\theta(x)=g(\theta^Tx)"]).verdict == "equivalent"
    # g·θᵀx written as a product is a constant g: h = g θᵀx, CE gradient (1/m)Σ (h−y)/(h(1−h)) g xⱼ ≠ the course's
    assert check(CE_RIGHT, cost=CE, let=[r"h_\theta(x)=g\cdot\theta^Tx"]).verdict == "different"


# --- M4: Ng's model with x₀ written as a factor, θ₀x₀ + θ₁x₁ + θ₂x₂ ------------------------------------------

SQ = r"J(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2"
SQ_RIGHT = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"
X0_MODEL = r"h_\theta(x)=\theta_0x_0+\theta_1x_1+\theta_2x_2"


def test_the_x0_model_has_the_general_answer_as_gradient_at_each_of_its_j():
    """J = 1/(2m)Σ(θ₀x₀ + θ₁x₁ + θ₂x₂ − y)², x₀ any datum: ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ for j = 0, 1, 2 (FD)."""
    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)  # column 0 is x₀, not all ones
    cost = lambda t: np.sum((X @ t - y) ** 2) / (2 * len(y))  # noqa: E731
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / len(y), atol=1e-6)


@pytest.mark.parametrize("wrt", ["theta_j", "theta_1", "theta_0"])
def test_the_x0_model_is_judged_at_its_own_components(wrt):
    # before: "different", counterexample at j = 3, a θ₃ the model does not have (also with --wrt theta_1)
    verdict = check(SQ_RIGHT, cost=SQ, let=[X0_MODEL], wrt=wrt)
    assert verdict.verdict == "equivalent", verdict.to_text()
    assert "the model has θ₀…θ₂" in verdict.to_text()


@pytest.mark.parametrize("answer", [r"\frac{2}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",
                                    r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})",
                                    r"\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)}"])
def test_wrong_answers_to_the_x0_model_are_still_different_at_its_own_j(answer):
    # twice the gradient; no xⱼ (wrong at j = 1, 2); the sign flipped — wrong at a j the model has (FD above)
    verdict = check(answer, cost=SQ, let=[X0_MODEL])
    assert verdict.verdict == "different", verdict.to_text()
    assert verdict.counterexample.j in (0, 1, 2)


@pytest.mark.parametrize("cost, let", [
    ("1/(2m) sum((h - y)^2)", "h = theta_0 x_0 + theta_1 x_1 + theta_2 x_2"),
    ("-1/m sum(y log h + (1-y) log(1-h))", "h = g(theta_0 x_0 + theta_1 x_1 + theta_2 x_2)"),
    (SQ, r"h_\theta(x)=\theta_0x_0+\theta_1x_1+\theta_2x_2+\theta_3x_3+\theta_4x_4"),
])
def test_other_spellings_of_the_x0_model_are_judged_at_its_j(cost, let):
    # (1/m)Σ(σ(θᵀx) − y)xⱼ is the CE gradient too (FD in the M2 section), at each j of the model
    answer = "1/m sum((h - y) x_j)" if "\\" not in cost else SQ_RIGHT
    verdict = check(answer, cost=cost, let=[let])
    assert verdict.verdict == "equivalent", verdict.to_text()


def test_the_x0_model_written_in_the_cost_alone():
    # no convention needed: x₀ is data in the cost and the answer alike (FD above)
    cost = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta_0x_0^{(i)}+\theta_1x_1^{(i)}+\theta_2x_2^{(i)}-y^{(i)})^2"
    answer = r"\frac{1}{m}\sum_{i=1}^{m}(\theta_0x_0^{(i)}+\theta_1x_1^{(i)}+\theta_2x_2^{(i)}-y^{(i)})x_j^{(i)}"
    assert check(answer, cost=cost).verdict == "equivalent"


@pytest.mark.parametrize("let", [r"h_\theta(x)=\theta_0+\theta_1x+\theta_2x^2",
                                 r"h_\theta(x)=\theta_0+\theta_1x_1+\theta_2x_1^2",
                                 r"h_\theta(x)=\theta_0+\theta_1x_1+\theta_2x_2+\theta_3x_1x_2"])
def test_polynomial_and_interaction_models_with_the_generic_answer_are_undecided(let):
    # before: "different" with a counterexample at j = 3 (4), outside the model; at its own j the answer's
    # xⱼ is x₂ read as written, x² after Ng's renaming x₂ := x²: not guessed
    verdict = check(SQ_RIGHT, cost=SQ, let=[let])
    assert verdict.verdict == "undecided" and verdict.counterexample is None
    assert "do not each weight their own feature" in verdict.reason


def test_a_polynomial_model_answer_written_for_its_component_is_judged():
    """∂/∂θ₂ of 1/(2m)Σ(θ₀ + θ₁x + θ₂x² − y)² = (1/m)Σ(h − y)x² (FD); x³ instead is different."""
    x, y, theta = RNG.normal(size=6), RNG.normal(size=6), RNG.normal(size=3)
    cost = lambda t: np.sum((t[0] + t[1] * x + t[2] * x**2 - y) ** 2) / (2 * len(y))  # noqa: E731
    h = theta[0] + theta[1] * x + theta[2] * x**2
    assert np.isclose(_fd(cost, theta)[2], np.mean((h - y) * x**2))
    let = [r"h_\theta(x)=\theta_0+\theta_1x+\theta_2x^2"]
    right = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})(x^{(i)})^2"
    wrong = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})(x^{(i)})^3"
    assert check(right, cost=SQ, let=let, wrt="theta_2").verdict == "equivalent"
    assert check(wrong, cost=SQ, let=let, wrt="theta_2").verdict == "different"
