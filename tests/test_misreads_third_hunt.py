"""Silent misreads a third hunt found (issue 10): regularisation, least squares, logistic variants, gradcheck.

Every verdict below was worked out by hand; every expected gradient is a hand-written
NumPy cost differentiated by central finite differences at the oracle's random values
(``tests/_oracle.py`` shares no code with the engine).

M1. A function's name in a wrapper at the start of a ``--let`` right side
    (``\\mu_i = \\text{sigm}(\\mathbf{w}^T\\mathbf{x}_i)``, Murphy's MLAPP) was dropped as a
    remark, so μ = wᵀx and a wrong answer was called equivalent; ``\\mathrm{g}(z)`` was g·z.
    A wrapped word applied to a bracket is now a function wherever it stands: the
    sigmoid's other names are σ (noted), ``g`` is Ng's sigmoid (noted), any other word
    is refused with a caret, in the cost, the answer and a ``--let`` alike.
M2. Learning From Data's θ(s) (the logistic function) in an answer whose cost is in w:
    ``\\mathbf{x}_n\\theta(-y_n\\mathbf{w}^T\\mathbf{x}_n)`` was θᵀx times the bracket, a second
    parameter vector; now refused with both readings (a --let θ(s) still reads it).
M4. ``\\pi(x_i)`` (statistics' P(y = 1 | x)) was π·xᵢ; now refused with both readings.
M3. ``steps`` on a LaTeX file whose first line states the cost and second line
    ``\\frac{\\partial J}{\\partial \\theta_j} = …`` glued the lines into one product.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

import _oracle as oracle
import logderiv
from logderiv.errors import InputError

STEP = 1e-6
SIZES = ((3, 2), (2, 3))


def sig(z):
    return 1 / (1 + np.exp(-z))


class _Data:
    """The oracle's random values at one point, as NumPy arrays: X m×n, y m, θ n (w the same values), λ."""

    def __init__(self, point: oracle.Point, m: int, n: int, vector: str = "theta") -> None:
        value = point.value
        self.m, self.n = m, n
        self.X = np.array([[float(value(("x", (i, k)))) for k in range(1, n + 1)] for i in range(1, m + 1)])
        self.y = np.array([float(value(("y", (i,)))) for i in range(1, m + 1)])
        self.theta = np.array([float(value((vector, (k,)))) for k in range(1, n + 1)])
        self.lam = float(value(("lambda", ())))


def assert_matches(derivation, cost, vector: str = "theta", seed: int = 0) -> None:
    """logderiv's gradient equals central finite differences of the hand-written NumPy ``cost`` at every entry."""
    gradient = oracle.prepare(derivation.result, derivation.problem.definitions)
    rng = random.Random(seed)
    for m, n in SIZES:
        point = oracle.Point(rng)
        for j in range(1, n + 1):
            key = (vector, (j,))
            mine = oracle.evaluate(gradient, point, oracle.Size(m, n, j))
            plus = cost(_Data(point.moved(key, STEP), m, n, vector))
            minus = cost(_Data(point.moved(key, -STEP), m, n, vector))
            estimate = (float(plus) - float(minus)) / (2 * STEP)
            assert mine is not None
            assert abs(float(mine) - estimate) <= 1e-5 * max(1.0, abs(estimate)), (m, n, j, float(mine), estimate)


# ---------------------------------------------------------------- M1. a wrapped function name applied to a bracket

NG_ANSWER = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
NG_LOGISTIC = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)})"
               r" + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]")
NG_SQUARED = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"

#: the sigmoid under its other names, in every wrapper a writer may put it in
SIGMOID_SPELLINGS = [
    r"\text{sigm}", r"\textrm{sigm}", r"\textbf{sigm}", r"\textit{sigm}", r"\text{logistic}", r"\text{expit}",
    r"\text{Sigmoid}", r"\mathrm{sigm}", r"\operatorname{expit}", r"\mathit{logistic}", r"\mathsf{sigm}",
    r"{\rm sigm}", r"\rm{expit}", r"{\rm logistic}",
    # Ng's g, in a wrapper: the sigmoid as the bare g(z) is
    r"\text{g}", r"\textit{g}", r"\mathrm{g}", r"\mathit{g}", r"\operatorname{g}", r"\mathsf{g}",
]


def _logistic_cost(d):
    p = sig(d.X @ d.theta)
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


def _squared_error_of_sigmoid(d):
    return np.sum((sig(d.X @ d.theta) - d.y) ** 2) / (2 * d.m)


@pytest.mark.parametrize("spelling", SIGMOID_SPELLINGS)
def test_a_wrapped_sigmoid_name_in_a_let_is_the_sigmoid(spelling):
    let = rf"h_\theta(x) = {spelling}(\theta^Tx)"
    # by hand: with h = σ(θᵀx), ∂/∂θⱼ of the cross-entropy is (1/m) Σ (h − y) xⱼ: Ng's answer is right
    verdict = logderiv.check(NG_ANSWER, cost=NG_LOGISTIC, let=[let])
    assert verdict.verdict == "equivalent", verdict
    assert any("sigmoid" in note for note in verdict.problem.notes), verdict.problem.notes
    # the same answer against the squared error of a sigmoid lacks the factor h(1 − h): different
    verdict = logderiv.check(NG_ANSWER, cost=NG_SQUARED, let=[let])
    assert verdict.verdict == "different", verdict
    derivation = logderiv.derive(NG_SQUARED, let=[let])
    assert_matches(derivation, _squared_error_of_sigmoid)


def test_murphys_nll_with_sigm_is_his_gradient():
    # MLAPP §8.3.1: NLL(w) = −Σ[y log μ + (1 − y) log(1 − μ)], μᵢ = sigm(wᵀxᵢ), g = Σ (μᵢ − yᵢ) xᵢ
    cost = r"\text{NLL}(\mathbf{w}) = -\sum_{i=1}^{N}\left[y_i\log\mu_i + (1-y_i)\log(1-\mu_i)\right]"
    let = r"\mu_i = \text{sigm}(\mathbf{w}^T\mathbf{x}_i)"
    verdict = logderiv.check(r"\sum_{i=1}^{N}(\mu_i - y_i)\mathbf{x}_i", cost=cost, let=[let], wrt="w_j")
    assert verdict.verdict == "equivalent", verdict
    # a wrong answer (the sign of y flipped) stays different
    verdict = logderiv.check(r"\sum_{i=1}^{N}(\mu_i + y_i)\mathbf{x}_i", cost=cost, let=[let], wrt="w_j")
    assert verdict.verdict == "different"

    def nll(d):
        p = sig(d.X @ d.theta)
        return -np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))

    assert_matches(logderiv.derive(cost, let=[let], wrt="w_j"), nll, vector="w")


def test_a_sigmoid_name_in_the_cost_and_the_answer_is_the_sigmoid():
    cost = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log \text{sigm}(\theta^Tx^{(i)})"
            r" + (1-y^{(i)})\log(1-\text{sigm}(\theta^Tx^{(i)}))\right]")
    answer = r"\frac{1}{m}\sum_{i=1}^{m}(\operatorname{expit}(\theta^Tx^{(i)}) - y^{(i)})x_j^{(i)}"
    verdict = logderiv.check(answer, cost=cost)
    assert verdict.verdict == "equivalent", verdict
    assert_matches(logderiv.derive(cost), _logistic_cost)


@pytest.mark.parametrize("where", ["let", "cost", "answer"])
@pytest.mark.parametrize("spelling", [r"\text{foo}", r"\textbf{act}", r"\mathrm{foo}", r"\operatorname{act}",
                                      r"{\rm foo}", r"\mathsf{phi}"])
def test_an_unknown_wrapped_word_applied_to_a_bracket_is_refused(where, spelling):
    let = rf"h_\theta(x) = {spelling}(\theta^Tx)"
    with pytest.raises(InputError) as raised:
        if where == "let":
            logderiv.check(NG_ANSWER, cost=NG_SQUARED, let=[let])
        elif where == "cost":
            logderiv.derive(rf"J(\theta) = \frac{{1}}{{2m}}\sum_{{i=1}}^{{m}}({spelling}(\theta^Tx^{{(i)}}) - y^{{(i)}})^2")
        else:
            logderiv.check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}({spelling}(\theta^Tx^{{(i)}}) - y^{{(i)}})x_j^{{(i)}}",
                           cost="linear")
    word = spelling.split("{")[-1].rstrip("}").split()[-1]
    assert f"unknown function '{word}': define it with --let" in str(raised.value)
    assert raised.value.column is not None


def test_a_wrapped_single_letter_other_than_g_is_refused_as_a_call():
    with pytest.raises(InputError, match="no function f is defined"):
        logderiv.check(NG_ANSWER, cost=NG_SQUARED, let=[r"h_\theta(x) = \mathrm{f}(\theta^Tx)"])


def test_a_remark_and_a_strength_in_words_are_read_as_before():
    # \text{where } before the definition is a remark; \text{reg}( … ) names the strength λ (noted)
    verdict = logderiv.check(NG_ANSWER, cost=NG_LOGISTIC, let=[r"h_\theta(x) = \text{where } \sigma(\theta^Tx)"])
    assert verdict.verdict == "equivalent"
    derivation = logderiv.derive(r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2"
                                 r" + \text{reg}(\sum_{j=1}^{n}\theta_j^2)")
    assert any("regularisation strength" in note for note in derivation.notes)

    def ridge(d):
        return np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m) + d.lam * np.sum(d.theta ** 2)

    assert_matches(derivation, ridge)


# ---------------------------------------------------------------- M3. a cost line, then the derivative's line

COST_LINE = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2"
DERIVATIVE_LINE = (r"\frac{\partial J}{\partial \theta_j} = \frac{1}{2m}\sum_{i=1}^{m}(2\theta^Tx^{(i)} - 2y^{(i)})x_j^{(i)}"
                   r" + \frac{\lambda}{2m}(2\theta_j)")
RIGHT_LAST = r"= \frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j"
WRONG_LAST = r"= \frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})x_j^{(i)} + \frac{\lambda}{2m}\theta_j"


@pytest.mark.parametrize("between", ["\n", "\n\n", " \\\\\n"])
def test_the_first_line_states_the_cost_and_the_second_derives_it(between):
    # Ng's regularised linear regression: line 2 is ∂J/∂θⱼ of line 1, line 3 the same simplified (by hand)
    review = logderiv.steps(COST_LINE + between + DERIVATIVE_LINE + "\n" + RIGHT_LAST + "\n")
    assert review.ok, review
    assert "λ" in str(review.problem.cost) or "lambda" in str(review.problem.cost)


def test_a_wrong_third_line_is_still_found():
    # λ/(2m) θⱼ is half the penalty's derivative λ/m θⱼ: line 3 does not follow
    review = logderiv.steps(COST_LINE + "\n" + DERIVATIVE_LINE + "\n" + WRONG_LAST + "\n")
    assert not review.ok
    assert review.first_error is not None and review.first_error.written.line == 3


def test_a_wrong_derivative_line_after_the_cost_line_is_found():
    # the factor x_j is missing: not ∂J/∂θⱼ
    text = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2" "\n"
            r"\frac{\partial}{\partial \theta_j}J(\theta) = \frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})" "\n")
    review = logderiv.steps(text)
    assert not review.ok


def test_a_cost_written_over_two_lines_stays_one_statement():
    # the second line continues the sum (it has no '=' of its own): one cost, not two statements
    text = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2" "\n"
            r"+ \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2" "\n"
            + DERIVATIVE_LINE + "\n" + RIGHT_LAST + "\n")
    review = logderiv.steps(text)
    assert review.ok, review


# ---------------------------------------------------------------- M2. Learning From Data's θ(s) in a w-cost

LFD_COST = r"E_{in}(\mathbf{w}) = \frac{1}{N}\sum_{n=1}^{N}\ln\left(1+e^{-y_n\mathbf{w}^T\mathbf{x}_n}\right)"
LFD_ANSWER = r"-\frac{1}{N}\sum_{n=1}^{N}y_n\mathbf{x}_n\theta(-y_n\mathbf{w}^T\mathbf{x}_n)"


def test_lfd_theta_of_s_in_a_w_answer_is_refused_with_both_readings():
    with pytest.raises(InputError) as raised:
        logderiv.check(LFD_ANSWER, cost=LFD_COST, wrt="w_j")
    message = str(raised.value) + (raised.value.hint or "")
    assert "applied to a bracket" in message and "logistic function" in message
    assert raised.value.column == LFD_ANSWER.index(r"\theta(")


def test_lfd_theta_of_s_defined_by_a_let_is_the_gradient():
    # by hand: ∂/∂wⱼ (1/N) Σ ln(1 + e^{−y wᵀx}) = −(1/N) Σ y xⱼ e^{−y wᵀx}/(1 + e^{−y wᵀx}) = −(1/N) Σ y xⱼ θ(−y wᵀx)
    let = r"\theta(s) = \frac{e^s}{1+e^s}"
    assert logderiv.check(LFD_ANSWER, cost=LFD_COST, let=[let], wrt="w_j").verdict == "equivalent"
    # the sign of the argument flipped: θ(y wᵀx) is 1 − θ(−y wᵀx), a different answer
    wrong = LFD_ANSWER.replace(r"\theta(-y_n", r"\theta(y_n")
    assert logderiv.check(wrong, cost=LFD_COST, let=[let], wrt="w_j").verdict == "different"

    def e_in(d):
        return np.mean(np.log(1 + np.exp(-d.y * (d.X @ d.theta))))

    assert_matches(logderiv.derive(LFD_COST, wrt="w_j"), e_in, vector="w")


# ---------------------------------------------------------------- M4. π(x_i), the probability of statistics

SCORE_COST = r"\ell(\beta) = \sum_{i=1}^{n}\left[y_i\beta^Tx_i - \log(1+e^{\beta^Tx_i})\right]"


@pytest.mark.parametrize("answer", [r"\sum_{i=1}^{n}(y_i - \pi(x_i))x_{ij}",
                                    r"\sum_{i=1}^{n}(y_i - \pi(\beta^Tx_i))x_{ij}"])
def test_pi_applied_to_the_features_is_refused_with_both_readings(answer):
    with pytest.raises(InputError) as raised:
        logderiv.check(answer, cost=SCORE_COST, wrt="beta_j", objective="log-likelihood")
    assert "π times the bracket, or the probability" in str(raised.value)
    assert raised.value.column == answer.index(r"\pi(")


def test_the_score_with_a_defined_probability_is_right():
    # by hand: ∂ℓ/∂βⱼ = Σ (yᵢ − σ(βᵀxᵢ)) xᵢⱼ, the score; a p_i defined by --let reads it
    let = r"p_i = \sigma(\beta^T x_i)"
    verdict = logderiv.check(r"\sum_{i=1}^{n}(y_i - p_i)x_{ij}", cost=SCORE_COST, let=[let], wrt="beta_j",
                             objective="log-likelihood")
    assert verdict.verdict == "equivalent"
    verdict = logderiv.check(r"\sum_{i=1}^{n}(p_i - y_i)x_{ij}", cost=SCORE_COST, let=[let], wrt="beta_j",
                             objective="log-likelihood")
    assert verdict.verdict == "different"


def test_pi_as_a_constant_stays_a_constant():
    # ½ log(2π) is a constant: the gradient is the least-squares one, (1/m) Σ (θᵀx − y) xⱼ
    derivation = logderiv.derive(r"J = \frac{1}{2}\log(2\pi) + \frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2")

    def cost(d):
        return 0.5 * np.log(2 * np.pi) + np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)

    assert_matches(derivation, cost)


# ---------------------------------------------------------------- G1. a gradient that changes its theta in place

MUTATING = '''
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def grad_mutate(theta, X, y, lam):
    """rushingJustice's costFunctionReg.m ported literally: theta(1) = 0 was a local copy in Octave."""
    m = len(y)
    grad = X.T @ (sigmoid(X @ theta) - y) / m
    theta[0] = 0
    return grad + lam / m * theta


def grad_copy(theta, X, y, lam):
    m = len(y)
    grad = X.T @ (sigmoid(X @ theta) - y) / m
    theta = theta.copy()
    theta[0] = 0
    return grad + lam / m * theta
'''


@pytest.mark.parametrize("function, warned", [("grad_mutate", True), ("grad_copy", False)])
def test_gradcheck_warns_when_the_gradient_changes_theta_in_place(tmp_path, function, warned):
    path = tmp_path / "reg.py"
    path.write_text(MUTATING)
    report = logderiv.gradcheck(path, function, cost="logistic-l2", reg_intercept=False)
    # both return the regularised gradient with the intercept left out (by hand): the verdict is a pass
    assert report.passed and report.exit_code == 0
    assert any("in place" in warning for warning in report.warnings) == warned, report.warnings


PI_LET = r"\pi(x) = \frac{1}{1+e^{-\beta^Tx}}"


def test_a_let_defines_pi_of_x():
    # with π(x) = σ(βᵀx) defined, Σ (yᵢ − π(xᵢ)) xᵢⱼ is the score (by hand); the sign flipped is −score
    answer = r"\sum_{i=1}^{n}(y_i - \pi(x_i))x_{ij}"
    verdict = logderiv.check(answer, cost=SCORE_COST, let=[PI_LET], wrt="beta_j", objective="log-likelihood")
    assert verdict.verdict == "equivalent", verdict
    flipped = r"\sum_{i=1}^{n}(\pi(x_i) - y_i)x_{ij}"
    verdict = logderiv.check(flipped, cost=SCORE_COST, let=[PI_LET], wrt="beta_j", objective="log-likelihood")
    assert verdict.verdict == "different"


def test_a_cost_in_pi_of_x_keeps_the_constant_pi_a_constant():
    # ℓ = Σ [y log π(x) + (1 − y) log(1 − π(x))] + log(2π), π(x) = σ(βᵀx): log(2π) is 3.14159…'s, and drops out
    cost = r"\ell(\beta) = \sum_{i=1}^{n}\left[y_i\log\pi(x_i) + (1-y_i)\log(1-\pi(x_i))\right] + \log(2\pi)"
    derivation = logderiv.derive(cost, let=[PI_LET], wrt="beta_j")

    def loglik(d):
        p = sig(d.X @ d.theta)
        return np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) + np.log(2 * np.pi)

    assert_matches(derivation, loglik, vector="beta")
