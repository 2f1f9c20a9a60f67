"""hunt28 (issue 10): a misread hunt in precedence and juxtaposition — where the writer's grouping is not the parser's.

Each misread found is refused here, and each refusal test fails on the code before hunt28 (33 of them do on main):

* a log without brackets before a slash, ``y log h/(1-h) + log(1-h)`` (the Bernoulli log-likelihood in its log-odds
  form, plain, ``ln`` and LaTeX alike): by precedence it is log(h)/(1 − h), and it was derived so with no note, where
  the writer of the log-odds means log(h/(1 − h)); the two have different gradients. ``log h/m`` and ``log h/2`` read
  two ways too (log(h/m) has the gradient of log h, (log h)/m one m-th of it). Refused at the log, both readings
  named; the bracketed forms ``log(h/(1-h))``, ``\\log\\frac{h}{1-h}`` and ``log(h)/2`` say which and are read.
* a bracket raised to a bare 1 before a minus, ``log(h^y (1-h)^1-y)`` (the likelihood's exponent 1 − y unbracketed):
  by precedence log(h^y (1 − h) − y), derived so silently, which no cost holds. Refused at the minus, both readings
  named; ``(1-h)^(1-y)``, ``^{1-y}`` are read, and a letter's ``x^1 - x^2`` (a polynomial written out) is untouched.
  Before a slash, ``(1/m sum (θ^T x - y)^2)^1/2``, ``||θ||^1/2``: the root mean square was derived as half the mean
  square; refused naming the root (``^(1/2)``, ``^{1/2}``, ``^.5`` are read).
* TeX's shorthand ``\\frac12`` against a count letter, ``\\frac12m\\sum_i …``: derived as (m/2)·Σ with no note, where
  ``½m`` is refused and ``1/2m`` read as 1/(2m). Refused naming both; ``\\frac1{2m}`` and ``\\frac12 m^{-1}`` are read.
* e to a bare parameter, label or number before a juxtaposed factor, ``log(1 + e^y θ^T x)``, ``e^2θ^T x``,
  ``e^w x``: derived as e^y·θᵀx with no note, where ``e^-y θ^T x`` and ``exp y θ^T x`` are refused. Refused alike.
* the model before a bare x without brackets in an answer, ``1/m sum (h x - y) x_j`` beside a cost in h(x): read as
  h times the whole feature vector, the answer made the whole gradient, and the right gradient judged "different"
  (a one-feature ``1/m sum (h x - y) x`` beside ``h(x) = w x + b`` too). Refused naming h(x) and the product;
  ``h(x)``, an answer with no xⱼ (``Σ (h x − y x)``) and a parameter's ``w x`` keep their readings.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
or judged by the corpus judge against an intended cost written here (``_reading``) — never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, refused
from logderiv.cli import main

RNG = np.random.default_rng(28)
X = RNG.normal(size=(7, 3))
Y = RNG.uniform(0.1, 0.9, size=7)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# ---------------------------------------------------------------- 1. a bracketless log before a slash
def _log_odds_cost(quotient_in_the_log: bool):
    """−(1/m) Σᵢ [yᵢ·L(hᵢ) + log(1 − hᵢ)], L(h) = log(h/(1 − h)) or log(h)/(1 − h), h = σ(θᵀx), at θ."""
    def cost(theta):
        h = _sigmoid(X @ theta)
        odds = np.log(h / (1 - h)) if quotient_in_the_log else np.log(h) / (1 - h)
        return -float(np.mean(Y * odds + np.log(1 - h)))
    return cost


def test_the_two_readings_of_log_h_over_1_minus_h_have_different_gradients():
    """By hand: log(h/(1−h)) = θᵀx, so the log-odds cost is the cross-entropy, gradient (1/m) Σ (hᵢ − yᵢ) xᵢ."""
    theta = np.array([0.3, -0.5, 0.8])
    quotient = central_differences(_log_odds_cost(True), theta)
    over = central_differences(_log_odds_cost(False), theta)
    h = _sigmoid(X @ theta)
    assert quotient == pytest.approx(X.T @ (h - Y) / len(Y), abs=1e-6)
    assert not np.allclose(quotient, over, atol=1e-3)


def test_the_two_readings_of_log_h_over_m_have_different_gradients():
    """log(h/m) = log h − log m has log h's gradient; (log h)/m has one m-th of it."""
    theta = np.array([0.3, -0.5, 0.8])
    m = len(Y)
    inside = central_differences(lambda t: -float(np.sum(Y * np.log(_sigmoid(X @ t) / m))), theta)
    outside = central_differences(lambda t: -float(np.sum(Y * np.log(_sigmoid(X @ t)) / m)), theta)
    assert inside == pytest.approx(m * outside, abs=1e-6)
    assert not np.allclose(inside, outside, atol=1e-3)


QUOTIENT_LOGS = [
    ("-1/m sum(y log h/(1-h) + log(1-h))", ("h = sigmoid(theta^T x)",), "log h/(1-h)"),
    ("-1/m sum(y ln h/(1-h) + ln(1-h))", ("h = sigmoid(theta^T x)",), "ln h/(1-h)"),
    ("-1/m sum(y log h(x)/(1-h(x)) + log(1-h(x)))", ("h(x) = sigmoid(theta^T x)",), "log h(x)/(1-h(x))"),
    ("-1/m sum(y log σ(θ^T x)/(1-σ(θ^T x)) + log(1-σ(θ^T x)))", (), "log σ(θ^T x)/(1-σ(θ^T x))"),
    (r"-\frac{1}{m}\sum_i \left(y_i \log h_i/(1-h_i) + \log(1-h_i)\right)", ("h = sigmoid(theta^T x)",),
     "log h_i/(1-h_i)"),
    ("-1/m sum(y log h/2 + (1-y) log(1-h))", ("h = sigmoid(theta^T x)",), "log h/2"),
    ("-sum y log h/m", ("h = sigmoid(theta^T x)",), "log h/m"),
]


@pytest.mark.parametrize("cost, lets, shown", QUOTIENT_LOGS)
def test_a_bracketless_log_before_a_slash_is_refused(cost, lets, shown):
    """Was derived as the log over the denominator, with no note (the log-odds' gradient then wrong)."""
    error = refused(logderiv.derive, cost, let=lets)
    said = str(error)
    assert f"'{shown}' is ambiguous" in said and "takes only the next power" in said
    assert "log of the whole quotient" in said and "log over a factor" in said
    assert error.column is not None and cost[error.column:].startswith(("log", "ln", r"\log"))
    assert error.hint is not None and "for the log of the quotient" in error.hint


def test_an_answer_with_a_bracketless_log_before_a_slash_is_refused_too():
    error = refused(logderiv.check, "log h/(1-h)", cost="y log h", wrt="theta_j", let=("h = sigmoid(theta^T x)",))
    assert "is ambiguous" in str(error) and "log of the whole quotient" in str(error)


def test_the_log_quotient_refusal_shows_its_caret_in_the_cli():
    result = CliRunner().invoke(main, ["derive", "-1/m sum(y log h/(1-h) + log(1-h))", "--let",
                                       "h = sigmoid(theta^T x)"])
    assert result.exit_code != 0
    said = result.output + (result.stderr or "")
    assert "log of the whole quotient" in " ".join(said.split()) and "^" in said


def _log_odds(d):
    h = _sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(h / (1 - h)) + np.log(1 - h)))


@pytest.mark.parametrize("cost", [
    "-1/m sum(y log(h/(1-h)) + log(1-h))",
    r"-\frac{1}{m}\sum_i \left(y_i \log \frac{h_i}{1-h_i} + \log(1-h_i)\right)",
])
def test_the_log_odds_in_brackets_is_still_read(cost):
    assert_gradient_read(cost, _log_odds, lets=("h = sigmoid(theta^T x)",))


def test_a_bracketed_log_over_a_number_is_still_read():
    """log(h)/2: the brackets say the log is over 2."""
    def half(d):
        h = _sigmoid(d.X @ d.theta)
        return -float(np.mean(d.y * np.log(h) / 2 + (1 - d.y) * np.log(1 - h)))
    assert_gradient_read("-1/m sum(y log(h)/2 + (1-y) log(1-h))", half, lets=("h = sigmoid(theta^T x)",))


def test_a_log_over_a_log_is_still_read_as_a_change_of_base():
    """log h / log 2 is log₂ h: a log over a log is no log-odds, so it is read, not refused."""
    def bits(d):
        return -float(np.mean(d.y * np.log(_sigmoid(d.X @ d.theta)) / np.log(2)))
    assert_gradient_read("-1/m sum(y log h / log 2)", bits, lets=("h = sigmoid(theta^T x)",))


# ---------------------------------------------------------------- 2. a bracket to a bare 1, then a minus
def _likelihood_cost(exponent_one_minus_y: bool, labels):
    """−(1/m) Σᵢ log(hᵢ^yᵢ (1 − hᵢ)^(1−yᵢ)), or the literal −(1/m) Σᵢ log(hᵢ^yᵢ (1 − hᵢ) − yᵢ), at θ."""
    def cost(theta):
        h = _sigmoid(X @ theta)
        inner = h ** labels * (1 - h) ** (1 - labels) if exponent_one_minus_y else h ** labels * (1 - h) - labels
        return -float(np.mean(np.log(inner)))
    return cost


def test_the_two_readings_of_the_open_exponent_have_different_gradients():
    """By hand: the likelihood's log is the cross-entropy, gradient (1/m) Σ (hᵢ − yᵢ) xᵢ; the literal one is not.

    (Labels of 0.01 keep the literal reading's log real at these points.)
    """
    theta = np.array([0.3, -0.5, 0.8])
    labels = np.full(len(Y), 0.01)
    meant = central_differences(_likelihood_cost(True, labels), theta)
    h = _sigmoid(X @ theta)
    assert meant == pytest.approx(X.T @ (h - labels) / len(labels), abs=1e-6)
    assert not np.allclose(meant, central_differences(_likelihood_cost(False, labels), theta), atol=1e-3)


@pytest.mark.parametrize("cost, shown", [
    ("-1/m sum log(h^y (1-h)^1-y)", "(1-h)^1-y"),
    ("-1/m sum log(h^y * (1-h)^1-y)", "(1-h)^1-y"),
    (r"-\frac1m \sum_i \log(h_i^{y_i} (1-h_i)^1-y_i)", "(1-h_i)^1-y_i"),
    (r"-\frac1m \sum_i \log\left(h_i^{y_i} \left(1-h_i\right)^1-y_i\right)", r"\left(1-h_i\right)^1-y_i"),
])
def test_a_bracket_to_a_bare_one_before_a_minus_is_refused(cost, shown):
    """Was derived as log(h^y (1 − h) − y), silently."""
    error = refused(logderiv.derive, cost, let=("h = sigmoid(theta^T x)",))
    said = str(error)
    assert f"'{shown}' is ambiguous" in said and "exponent without brackets is only 1" in said
    assert error.column is not None and cost[error.column] == "-"
    assert error.hint is not None and "for the exponent 1-" in error.hint


def _cross_entropy(d):
    h = _sigmoid(d.X @ d.theta)
    return -float(np.mean(np.log(h ** d.y * (1 - h) ** (1 - d.y))))


@pytest.mark.parametrize("cost", [
    "-1/m sum log(h^y (1-h)^(1-y))",
    r"-\frac1m \sum_i \log(h_i^{y_i} (1-h_i)^{1-y_i})",
])
def test_the_likelihood_with_its_exponent_bracketed_is_still_read(cost):
    assert_gradient_read(cost, _cross_entropy, lets=("h = sigmoid(theta^T x)",))


def test_a_letter_to_the_power_1_in_a_written_out_polynomial_is_still_read():
    """w₁x¹ − w₂x² − y: a letter's power 1 before a minus is a polynomial's term, not the likelihood's slip."""
    def polynomial(d):
        return float(np.sum((d.theta[0] * d.x - d.theta[1] * d.x ** 2 - d.y) ** 2)) / (2 * d.m)
    assert_gradient_read("1/(2m) sum (theta_1 x^1 - theta_2 x^2 - y)^2", polynomial, wrt=("theta_1", "theta_2"))


# ---------------------------------------------------------------- 3. TeX's \frac12 shorthand before a count
def _mean_square(d):
    """(1/(2m)) Σᵢ (θᵀxᵢ − yᵢ)², the mean's factor 1/(2m)."""
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def test_the_two_readings_of_frac12m_have_gradients_m_squared_apart():
    """By hand: (m/2)·Σ r² has m² times the gradient of Σ r²/(2m)."""
    theta = np.array([0.3, -0.5, 0.8])
    m = len(Y)
    mean = central_differences(lambda t: float(np.sum((X @ t - Y) ** 2)) / (2 * m), theta)
    scaled = central_differences(lambda t: m / 2 * float(np.sum((X @ t - Y) ** 2)), theta)
    assert scaled == pytest.approx(m * m * mean, rel=1e-6)
    assert mean == pytest.approx(X.T @ (X @ theta - Y) / m, abs=1e-6)


@pytest.mark.parametrize("cost, shown", [
    (r"\frac12m\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})^2", r"\frac12m"),
    (r"\frac12 m \sum_i (\theta^Tx_i - y_i)^2", r"\frac12 m"),
    (r"\frac12m (\theta^Tx - y)^2", r"\frac12m"),
    (r"\frac{1}{2m}\sum_i (\theta^Tx_i - y_i)^2 + \lambda\frac12m\sum_j \theta_j^2", r"\frac12m"),
])
def test_tex_shorthand_one_half_before_a_count_is_refused(cost, shown):
    """Was derived as (m/2)·Σ (TeX's reading) with no note, where ½m is refused and 1/2m read as 1/(2m)."""
    error = refused(logderiv.derive, cost)
    said = str(error)
    assert f"'{shown}' is ambiguous" in said and "one character for each argument" in said
    assert "the mean's factor" in said
    # fixhalfm: the caret stands at the count, as for every half before the count now (one rule, one message:
    # \frac{1}{2}m\sum, (1/2) m sum, ½m alike); it stood at the fraction
    assert error.column is not None and cost[error.column] == shown[-1] and cost[:error.column].rstrip().endswith("12")
    assert error.hint is not None and r"\frac{1}{2m}" in error.hint


@pytest.mark.parametrize("cost", [
    r"\frac1{2m}\sum_i (\theta^Tx_i - y_i)^2",
    r"\frac{1}{2m}\sum_i (\theta^Tx_i - y_i)^2",
    r"\frac12 \cdot \frac1m\sum_i (\theta^Tx_i - y_i)^2",
    r"\frac12 m^{-1}\sum_i (\theta^Tx_i - y_i)^2",
])
def test_the_mean_written_so_that_it_says_where_the_fraction_ends_is_still_read(cost):
    assert_gradient_read(cost, _mean_square)



# ---------------------------------------------------------------- 4. e to a bare name or number, then a factor
def test_the_two_readings_of_e_to_the_y_times_a_dot_product_have_different_gradients():
    """By hand: ∂/∂θ log(1 + e^(y θᵀx)) = σ(y θᵀx)·y·x; ∂/∂θ log(1 + e^y·θᵀx) = e^y·x/(1 + e^y θᵀx)."""
    theta = np.array([0.1, -0.2, 0.15])
    labels = np.where(Y > 0.5, 1.0, -1.0)
    whole = central_differences(lambda t: float(np.mean(np.log1p(np.exp(labels * (X @ t))))), theta)
    literal = central_differences(lambda t: float(np.mean(np.log(1 + np.exp(labels) * (X @ t)))), theta)
    assert whole == pytest.approx(X.T @ (_sigmoid(labels * (X @ theta)) * labels) / len(Y), abs=1e-6)
    assert not np.allclose(whole, literal, atol=1e-3)


@pytest.mark.parametrize("cost, shown", [
    ("1/m sum log(1 + e^y θ^T x)", "e^y θ^T x"),
    ("1/m sum log(1 + e^yθ^Tx)", "e^yθ^Tx"),
    ("1/m sum_i log(1 + e^y_i theta^T x_i)", "e^y_i theta^T x_i"),
    ("1/m sum log(1 + e^2θ^T x)", "e^2θ^T x"),
    ("1/m sum (e^w x - y w x)", "e^w x"),
])
def test_e_to_a_bare_name_or_number_before_a_factor_is_refused(cost, shown):
    """Was derived as e^y · θᵀx with no note, where exp y θ^T x and e^-y θ^T x are refused."""
    error = refused(logderiv.derive, cost, wrt="w" if "w x" in cost else "theta_j")
    said = str(error)
    assert f"'{shown}' is ambiguous" in said and "the exponent could be" in said
    assert error.column is not None and error.hint is not None and "for the whole product in the exponent" in error.hint


def _poisson(d):
    z = d.X @ d.theta
    return float(np.mean(np.exp(z) - d.y * z))


@pytest.mark.parametrize("cost, lets", [
    ("1/m sum (e^θ^T x - y θ^T x)", ()),  # the next power, as e^-θ^T x is
    ("1/m sum (e^z - y z)", ("z = theta^T x",)),  # a value the cost defines keeps its literal reading
    ("1/m sum (e^(θ^T x) - y θ^T x)", ()),
])
def test_e_to_a_dot_product_or_a_defined_value_is_still_read(cost, lets):
    assert_gradient_read(cost, _poisson, lets=lets)


def test_a_written_product_after_e_to_the_y_is_still_read():
    """e^y * θᵀx: the star says the exponent ends at y."""
    def literal(d):
        return float(np.mean(np.log(1 + np.exp(d.y) * (d.X @ d.theta) ** 2)))
    assert_gradient_read("1/m sum log(1 + e^y * (θ^T x)^2)", literal)


# ---------------------------------------------------------------- 5. a bare exponent 1 before a slash: a root
def test_the_two_readings_of_an_exponent_1_over_2_have_different_gradients():
    """By hand: ∇ √(mean r²) = Xᵀr/(m·√(mean r²)); ∇ (mean r²)/2 = Xᵀr/m."""
    theta = np.array([0.3, -0.5, 0.8])
    m = len(Y)
    root = central_differences(lambda t: float(np.sqrt(np.mean((X @ t - Y) ** 2))), theta)
    half = central_differences(lambda t: float(np.mean((X @ t - Y) ** 2)) / 2, theta)
    residual = X @ theta - Y
    assert root == pytest.approx(X.T @ residual / (m * np.sqrt(np.mean(residual ** 2))), abs=1e-6)
    assert half == pytest.approx(X.T @ residual / m, abs=1e-6)
    assert not np.allclose(root, half, atol=1e-3)


@pytest.mark.parametrize("cost, shown", [
    ("(1/m sum (θ^T x - y)^2)^1/2", "(1/m sum (θ^T x - y)^2)^1/2"),
    (r"\left(\frac1m \sum_i (\theta^T x_i - y_i)^2\right)^1/2",
     r"\left(\frac1m \sum_i (\theta^T x_i - y_i)^2\right)^1/2"),
    ("1/2m sum (θ^T x - y)^2 + λ (sum θ_j^2)^1/2", "(sum θ_j^2)^1/2"),
    ("1/2m sum (θ^T x - y)^2 + λ ||θ||^1/2", "||θ||^1/2"),
])
def test_a_bare_exponent_1_before_a_slash_is_refused(cost, shown):
    """Was derived as the power 1 over 2 (half the mean square, λ/2 Σ θⱼ²), silently, where a root is meant."""
    error = refused(logderiv.derive, cost)
    said = str(error)
    assert f"'{shown}' is ambiguous" in said and "(a root) seems meant" in said
    assert error.column is not None and cost[error.column] == "/"
    assert error.hint is not None and "for the exponent 1/2" in error.hint


def _root_mean_square(d):
    return float(np.sqrt(np.mean((d.X @ d.theta - d.y) ** 2)))


@pytest.mark.parametrize("cost", [
    "(1/m sum (θ^T x - y)^2)^(1/2)",
    r"\left(\frac1m \sum_i (\theta^T x_i - y_i)^2\right)^{1/2}",
    "(1/m sum (θ^T x - y)^2)^.5",
])
def test_the_root_with_its_exponent_bracketed_is_still_read(cost):
    assert_gradient_read(cost, _root_mean_square)


# ---------------------------------------------------------------- 6. the model before x without brackets, in a component
LOGISTIC = "-1/m sum(y log h(x) + (1-y) log(1-h(x)))"


def test_the_component_answer_with_h_of_x_is_the_gradient_by_finite_differences():
    """By hand: ∂J/∂θⱼ = (1/m) Σᵢ (h(xᵢ) − yᵢ) xᵢⱼ for the cross-entropy of h = σ(θᵀx)."""
    theta = np.array([0.3, -0.5, 0.8])

    def cost(t):
        h = _sigmoid(X @ t)
        return -float(np.mean(Y * np.log(h) + (1 - Y) * np.log(1 - h)))
    assert central_differences(cost, theta) == pytest.approx(X.T @ (_sigmoid(X @ theta) - Y) / len(Y), abs=1e-6)


@pytest.mark.parametrize("answer, cost, lets, shown", [
    ("1/m sum (h x - y) x_j", LOGISTIC, (), "h x"),
    ("1/m sum (h_θ x - y) x_j", LOGISTIC, (), "h_θ x"),
    ("1/m sum (h x - y) x_j", r"-\frac1m \sum_i y_i \log h_\theta(x_i) + (1-y_i)\log(1-h_\theta(x_i))", (), "h x"),
    ("1/m sum (h x - y) x_j", "-1/m sum(y log h + (1-y) log(1-h))", ("h = sigmoid(theta^T x)",), "h x"),
    ("1/m sum (f x - y) x_j", "1/(2m) sum (f(x) - y)^2", ("f(x) = theta^T x",), "f x"),
])
def test_the_model_before_x_without_brackets_in_a_component_answer_is_refused(answer, cost, lets, shown):
    """Was read as h times the whole vector x, the answer then the whole gradient: judged "different"."""
    error = refused(logderiv.check, answer, cost=cost, wrt="theta_j", let=lets)
    said = str(error)
    assert f"'{shown}' is ambiguous" in said and "written without brackets" in said
    assert error.column is not None and answer[error.column:].startswith(shown.split()[0])
    assert error.hint is not None and "for the model's value" in error.hint


@pytest.mark.parametrize("answer", [
    "1/m sum (h(x) - y) x_j",  # the call written
    "1/m sum (h x - y x)",  # no x_j: a vector, h·x − y·x = (h − y)x, the whole gradient
    "1/m sum (h - y) x",
])
def test_the_gradient_written_so_that_it_says_which_is_still_equivalent(answer):
    from _reading import assert_verdict_read
    assert_verdict_read(answer, LOGISTIC, "equivalent")


def test_the_one_feature_gradient_differs_from_the_product_reading():
    """By hand, h(x) = w x + b: ∂/∂w (1/2m) Σ (h(xᵢ) − yᵢ)² = (1/m) Σ (h(xᵢ) − yᵢ) xᵢ, not (1/m) Σ (h(xᵢ)·xᵢ − yᵢ) xᵢ."""
    xs, w, b = X[:, 0], 0.7, -0.2
    grad = central_differences(lambda v: float(np.sum((v[0] * xs + b - Y) ** 2)) / (2 * len(Y)), np.array([w]))[0]
    h = w * xs + b
    assert grad == pytest.approx(float(np.mean((h - Y) * xs)), abs=1e-6)
    assert grad != pytest.approx(float(np.mean((h * xs - Y) * xs)), abs=1e-3)


@pytest.mark.parametrize("answer, wrt", [
    ("1/m sum (h x - y) x", "w"),
    ("1/m sum (h x - y)", "b"),
])
def test_a_called_model_before_a_one_feature_x_without_brackets_is_refused(answer, wrt):
    """x one number: h·x is a product too, but the cost writes h(x): was judged "different" as h·x."""
    error = refused(logderiv.check, answer, cost="1/(2m) sum (h(x) - y)^2", wrt=wrt, let=("h(x) = w x + b",))
    assert "'h x' is ambiguous" in str(error) and "(the cost writes h(…))" in str(error)
