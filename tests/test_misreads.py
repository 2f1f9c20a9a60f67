r"""Issue 10 (branch misreads): suspected silent misreads, confirmed by hand and fixed, or held by a test.

* A number multiplied into X in a matrix-form cost (``3*X @ w``, ``3Xw``) was dropped: (1/(2m))‖y − 3Xw‖²
  was judged as ‖y − Xw‖² (a false "equivalent"); the number now multiplies the product.
* ``\lambda^T``, ``m^T``: a number's transpose is the number, read so with a note.
* ``steps``: a row ``J = J`` restates the cost (noted, not a step); ``J = A = B = \frac{\partial}{\partial
  \theta_j} B`` is the cost's chain and then its derivation (noted), not J equal to its own derivative.
* Octave's ``!y`` (1 − y for 0/1 labels) beside a cost written for labels ±1 is refused.
* R has no ' transpose: ``X' %*% r`` is read as t(X) (noted), a prime elsewhere refused.
* ``1/2*m`` in code is (1/2)·m, as the code computes it, now said in a note.
* A page's h = σ(θᵀx) beside ``steps --cost linear`` is refused, as ``--let h`` is.
* θ₀ apart from a penalty over θ₁..θₙ (Ng's notes): the intercept's entry has no λ term, θⱼ's has.

Every gradient is held against central finite differences of a NumPy cost written here by hand (the corpus
judge, tests/corpus/judge.py); every verdict was worked out by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import Cost
from corpus.judge import judge_cost
from logderiv import check, steps
from logderiv.errors import InputError


def _judged(text, intended, lets=(), wrt=("theta_j",)):
    return judge_cost(Cost(id=f"{text} {lets}", source="test", text=text, intended=intended, wrt=wrt, lets=lets))


def _notes_say(notes, *words):
    return any(all(word in note for word in words) for note in notes)


def _said(verdict, *words):
    """Whether a check's notes, the problem's (the cost's readings) or the verdict's, say all ``words``."""
    return _notes_say((*verdict.problem.notes, *verdict.notes), *words)


_LOGISTIC = (r"-\frac{1}{m}\sum_{i=1}^m \left(y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))"
             r"\right)")
_LOGISTIC_SIGMA = (r"-\frac{1}{m}\sum_{i=1}^m \left(y^{(i)}\log \sigma(\theta^T x^{(i)}) + (1-y^{(i)})"
                   r"\log(1-\sigma(\theta^T x^{(i)}))\right)")
_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)}"


# --- a number times X in a matrix-form cost ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "1/(2*m) * np.sum((y - 3*X @ w)**2)",
    "1/(2*m) * np.sum((y - X @ w*3)**2)",
    "1/(2*m) * (y - 3*X @ w).T @ (y - 3*X @ w)",
    r"\frac{1}{2m}\|y - 3Xw\|^2",
])
def test_a_number_times_x_is_kept(text):
    # by hand: J = (1/(2m)) Σᵢ (yᵢ − 3 wᵀx⁽ⁱ⁾)²
    outcome = _judged(text, lambda d: float(np.sum((d.y - 3 * d.X @ d.w) ** 2)) / (2 * d.m), wrt=("w_j",))
    assert outcome.kind == "right", outcome.detail


@pytest.mark.parametrize("answer, verdict", [
    ("1/m * X.T @ (X @ w - y)", "different"),  # the gradient of ‖y − Xw‖²/(2m): the 3 dropped
    ("3/m * X.T @ (3*X @ w - y)", "equivalent"),  # by hand: (1/(2m))·2·(−3Xᵀ)(y − 3Xw)
])
def test_an_answer_against_a_number_times_x(answer, verdict):
    assert check(answer, cost="1/(2*m) * np.sum((y - 3*X @ w)**2)", wrt="w_j").verdict == verdict


def test_a_letter_times_x_is_kept():
    # by hand: J = (1/(2m)) Σᵢ (yᵢ − a wᵀx⁽ⁱ⁾)², a a constant: its gradient is (a/m) Xᵀ(aXw − y)
    cost = "1/(2*m) * np.sum((y - a*X @ w)**2)"
    assert check("1/m * X.T @ (X @ w - y)", cost=cost, wrt="w_j").verdict == "different"
    assert check("a/m * X.T @ (a*X @ w - y)", cost=cost, wrt="w_j").verdict == "equivalent"


def test_an_answer_with_a_number_times_x():
    # (2X)ᵀ(Xw − y)/m is twice the gradient of ‖y − Xw‖²/(2m); over 2m it is the gradient
    cost = "1/(2*m) * np.sum((y - X @ w)**2)"
    assert check("1/m * (2*X).T @ (X @ w - y)", cost=cost, wrt="w_j").verdict == "different"
    assert check("1/(2*m) * (2*X).T @ (X @ w - y)", cost=cost, wrt="w_j").verdict == "equivalent"


# --- a number transposed -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("cost, shown", [
    (r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda^T}{2m}\sum_{j=1}^n \theta_j^2", "λᵀ"),
    (r"\frac{1}{2m}(X\theta - y)^T(X\theta - y) + \frac{\lambda^T}{2m}\theta^T\theta", "λᵀ"),
])
def test_lambda_transposed_is_lambda_noted(cost, shown):
    # by hand: the ridge gradient (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) θⱼ
    verdict = check(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j",
                    cost=cost)
    assert verdict.verdict == "equivalent"
    assert _said(verdict, shown, "a number's transpose is itself")


def test_m_transposed_is_m():
    cost = r"\frac{1}{2m^T}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"
    outcome = _judged(cost, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m))
    assert outcome.kind == "right", outcome.detail
    verdict = check(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}", cost=cost)
    assert _said(verdict, "mᵀ is read as m")


# --- steps: a restated cost, and the cost's chain joined to the derivative ----------------------------------------


def _all_hold(review):
    return review.ending == "gradient" and all(step.valid for step in review.steps)


@pytest.mark.parametrize("text", [
    "\\begin{align*}\nJ(\\theta) &= \\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2 \\\\\nJ &= J \\\\\n"
    "\\frac{\\partial J}{\\partial\\theta_j} &= \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}\n"
    "\\end{align*}\n",
    "\\begin{align*}\nJ &= J \\\\\n\\frac{\\partial J}{\\partial\\theta_j} &= \\frac{\\partial}{\\partial\\theta_j} "
    "\\left[\\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2\\right] \\\\\n"
    "&= \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}\n\\end{align*}\n",
])
def test_a_row_restating_the_cost_is_no_step(text):
    review = steps(text)
    assert _all_hold(review)
    assert _notes_say(review.notes, "only restates the cost (J = J)")
    assert all(step.written.written != "J" for step in review.steps)  # neither J is judged as a step


def test_the_cost_chain_joined_to_its_derivative():
    text = f"J(\\theta) = {_LOGISTIC} = {_LOGISTIC_SIGMA} = \\frac{{\\partial}}{{\\partial\\theta_j}}" \
           f"\\left[{_LOGISTIC_SIGMA}\\right]\n= {_GRADIENT}\n"
    review = steps(text)
    assert _all_hold(review)
    assert _notes_say(review.notes, "joins the cost J and its derivative by '='")
    assert _notes_say(review.notes, "rewrites the cost J")


def test_the_cost_joined_to_its_derivative_with_no_rewrite():
    text = f"J(\\theta) = {_LOGISTIC} = \\frac{{\\partial}}{{\\partial\\theta_j}}\\left[{_LOGISTIC}\\right]\n" \
           f"= {_GRADIENT}\n"
    review = steps(text)
    assert _all_hold(review)
    assert _notes_say(review.notes, "joins the cost J and its derivative by '='")


def test_a_wrong_rewrite_in_the_chain_is_refused():
    wrong = _LOGISTIC_SIGMA.replace("(1-y^{(i)})", "(1+y^{(i)})")
    text = f"J(\\theta) = {_LOGISTIC} = {wrong} = \\frac{{\\partial}}{{\\partial\\theta_j}}\\left[{wrong}\\right]\n" \
           f"= {_GRADIENT}\n"
    with pytest.raises(InputError, match="rewrites the cost J"):
        steps(text)


def test_a_wrong_derivative_after_the_chain_is_wrong():
    # the derivative is of another cost (1 + y): its line is not ∂J/∂θⱼ
    wrong = _LOGISTIC_SIGMA.replace("(1-y^{(i)})", "(1+y^{(i)})")
    text = f"J(\\theta) = {_LOGISTIC} = {_LOGISTIC_SIGMA} = \\frac{{\\partial}}{{\\partial\\theta_j}}" \
           f"\\left[{wrong}\\right]\n= {_GRADIENT}\n"
    review = steps(text)
    assert not review.steps[0].valid


def test_a_wrong_last_step_after_the_chain_is_wrong():
    text = f"J(\\theta) = {_LOGISTIC} = {_LOGISTIC_SIGMA} = \\frac{{\\partial}}{{\\partial\\theta_j}}" \
           f"\\left[{_LOGISTIC_SIGMA}\\right]\n= {_GRADIENT.replace('- y^{(i)}', '+ y^{(i)}')}\n"
    review = steps(text)
    assert review.steps[0].valid and not review.steps[1].valid
    assert review.ending == "wrong"


def test_the_plain_chain_joined_to_its_derivative():
    text = ("J = -1/m * sum(y log(h) + (1-y) log(1-h)) = -1/m * sum(y log(sigmoid(theta^T x)) + (1-y) "
            "log(1-sigmoid(theta^T x))) = d/dtheta_j (-1/m * sum(y log(sigmoid(theta^T x)) + (1-y) "
            "log(1-sigmoid(theta^T x))))\n= 1/m * sum((sigmoid(theta^T x) - y) x_j)\n")
    assert _all_hold(steps(text))


# --- !y beside labels ±1 ---------------------------------------------------------------------------------------


def test_not_y_beside_signed_labels_is_refused():
    with pytest.raises(InputError, match=r"labels y ∈ \{−1, 1\}") as raised:
        check("1/m * sum((sigmoid(theta^T x) - !y) x_j)", cost="1/m * sum(log(1 + exp(-y theta^T x)))")
    assert raised.value.column == "1/m * sum((sigmoid(theta^T x) - !y) x_j)".index("!y")


def test_not_y_beside_binary_labels_is_read():
    # by hand: with 0/1 labels !y is 1 − y, and σ − 1 + (1 − y) is σ − y, the logistic gradient
    verdict = check("1/m * sum((sigmoid(theta^T x) - 1 + !y) x_j)", cost="logistic")
    assert verdict.verdict == "equivalent"
    assert _said(verdict, "logical not of the 0/1 labels")


def test_the_signed_labels_gradient_is_still_right():
    # by hand: ∂/∂θⱼ log(1 + e^(−y θᵀx)) = −y σ(−y θᵀx) xⱼ
    assert check("-1/m * sum(y x_j sigmoid(-y theta^T x))",
                 cost="1/m * sum(log(1 + exp(-y theta^T x)))").verdict == "equivalent"


# --- R's prime -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer, cost", [
    ("X' %*% (X %*% theta - y) / m", "sum((X %*% theta - y)^2) / (2*m)"),
    ("(1/m) * t(X) %*% (X %*% theta - y)", "(1/(2*m)) * (X %*% theta - y)' %*% (X %*% theta - y)"),
])
def test_a_prime_before_the_matrix_product_in_r_is_the_transpose_noted(answer, cost):
    verdict = check(answer, cost=cost)
    assert verdict.verdict == "equivalent"  # by hand: (1/m) Xᵀ(Xθ − y), the linear-regression gradient
    assert _said(verdict, "R has no ' transpose")


@pytest.mark.parametrize("answer", [
    "(1/m) * X' %*% (X %*% theta - y)'",
    "(1/m) * t(X) %*% (h - y) * h'",
])
def test_a_prime_elsewhere_in_r_is_refused(answer):
    with pytest.raises(InputError, match="R has no '"):
        check(answer, cost="sum((X %*% theta - y)^2) / (2*m)")


# --- 1/2*m -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cost", [
    "1/2*m * sum((X*theta - y).^2)",
    "1/2*m * np.sum((X @ theta - y)**2)",
])
def test_half_times_m_is_read_as_written_noted(cost):
    # by hand: (m/2) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², whose gradient is m Xᵀ(Xθ − y), not (1/m) Xᵀ(Xθ − y)
    outcome = _judged(cost, lambda d: d.m * float(np.sum((d.X @ d.theta - d.y) ** 2)) / 2)
    assert outcome.kind == "right", outcome.detail
    verdict = check("1/m * X' * (X * theta - y)", cost=cost)
    assert verdict.verdict == "different"
    assert _said(verdict, "1/2*m is read as (1/2)·m", "not 1/(2·m)")


def test_half_times_m_in_plain_notation_is_noted():
    verdict = check("m * sum((h - y) x_j)", cost="1/2*m * sum((theta^T x - y)^2)")
    assert verdict.verdict == "equivalent"
    assert _said(verdict, "1/2*m is read as (1/2)·m")


def test_half_times_lambda_has_no_count_note():
    # (1/2)·λ/m is what every writer means by 1/2*lambda/m: no count follows the '*'
    verdict = check("1/m * sum((h - y) x_j) + lambda/m * theta_j",
                    cost="1/(2*m) * sum((theta^T x - y)^2) + 1/2*lambda/m*sum(theta.^2)")
    assert verdict.verdict == "equivalent"
    assert not _said(verdict, "is read as (1/2)·")


# --- a page's h beside --cost linear -----------------------------------------------------------------------------


_PAGE = r"""The hypothesis is

$$h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}$$

and the gradient is

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m h_\theta(x^{(i)}) x_j^{(i)} - \frac{1}{m}\sum_{i=1}^m y^{(i)} x_j^{(i)}$$
"""


def test_a_page_sigmoid_beside_the_linear_cost_is_refused():
    with pytest.raises(InputError, match="the cost is of the model h = θᵀx"):
        steps(_PAGE, cost="linear", file_kind="markdown")


@pytest.mark.parametrize("cost", [None, "logistic"])
def test_a_page_sigmoid_beside_the_logistic_cost_is_read(cost):
    assert _all_hold(steps(_PAGE, cost=cost, file_kind="markdown"))


# --- θ₀ apart from the penalty ----------------------------------------------------------------------------------


_REGULARISED = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})"
                r"\log(1-h_\theta(x^{(i)}))\right] + \frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2")
_INTERCEPT = r"h = \sigma(\theta_0 + \theta^T x)"
_ERROR = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})"


@pytest.mark.parametrize("answer, wrt, verdict", [
    (_ERROR, "theta_0", "equivalent"),  # by hand: the penalty has no θ₀
    (_ERROR + r" + \frac{\lambda}{m}\theta_0", "theta_0", "different"),
    (_ERROR + r"x_j^{(i)} + \frac{\lambda}{m}\theta_j", "theta_j", "equivalent"),
    (_ERROR + r"x_j^{(i)}", "theta_j", "different"),
])
def test_the_intercept_and_the_penalty(answer, wrt, verdict):
    assert check(answer, cost=_REGULARISED, wrt=wrt, let=[_INTERCEPT]).verdict == verdict


def test_the_regularised_cost_by_finite_differences():
    def cost(d):
        z = d.theta0 + d.X @ d.theta
        h = 1 / (1 + np.exp(-z))
        return float(-np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h))) + d.lam * float(
            np.sum(d.theta ** 2)) / (2 * d.m)

    outcome = _judged(_REGULARISED, cost, lets=(_INTERCEPT,), wrt=("theta_0", "theta_j"))
    assert outcome.kind == "right", outcome.detail


def test_a_number_times_x_inside_the_sigmoid_is_kept():
    # by hand: J = −(1/m) Σᵢ [yᵢ log σ(2wᵀx⁽ⁱ⁾) + (1 − yᵢ) log(1 − σ(2wᵀx⁽ⁱ⁾))]
    def cost(d):
        h = 1 / (1 + np.exp(-2 * d.X @ d.w))
        return float(-np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))

    text = "-1/m * np.sum(y*np.log(sigmoid(2*X @ w)) + (1-y)*np.log(1 - sigmoid(2*X @ w)))"
    outcome = _judged(text, cost, wrt=("w_j",))
    assert outcome.kind == "right", outcome.detail
    assert check("1/m * X.T @ (sigmoid(X @ w) - y)", cost=text, wrt="w_j").verdict == "different"


def test_not_y_in_a_step_beside_signed_labels_is_refused():
    text = "d/dtheta_j (1/m * sum(log(1 + exp(-y theta^T x))))\n= 1/m * sum((sigmoid(theta^T x) - !y) x_j)\n"
    with pytest.raises(InputError, match=r"labels y ∈ \{−1, 1\}") as raised:
        steps(text)
    assert raised.value.line == 2


def test_not_y_in_a_step_beside_binary_labels_is_read():
    text = ("d/dtheta_j (-1/m * sum(y log(sigmoid(theta^T x)) + (1-y) log(1-sigmoid(theta^T x))))\n"
            "= 1/m * sum((sigmoid(theta^T x) - 1 + !y) x_j)\n")
    assert _all_hold(steps(text))
