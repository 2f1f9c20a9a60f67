"""Labels, a crash and readings that need a note (issue 10, hunt 2).

* ESL 3.41 ridge with an explicit intercept β₀ beside Σⱼ xᵢⱼβⱼ: ``derive -f numpy`` stopped with exit 4
  ("the vectorise step failed verification"). The matrix form took β₀ as an entry of β = (β₁..βₙ): the
  arrays read it as βₙ (index −1) and the NumPy printer as ``beta.flat[-1]``, while the index form has β₀
  as its own number. Now the format is refused (exit 3) with the reason; the same cost without β₀ still
  prints code, whose gradient is held against finite differences of the cost written here by hand.

Expected mathematics is worked by hand in the comments or checked by finite differences, never copied
from logderiv's own output.
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


def cli(*args: str):
    return CliRunner(env=_CLEAN_ENV).invoke(main, list(args), catch_exceptions=True)


# --- 1. the ESL ridge crash ---------------------------------------------------------------------------

ESL_RIDGE = (  # Hastie, Tibshirani, Friedman, ESL eq. 3.41, verbatim
    r"\sum_{i=1}^{N}\left(y_i - \beta_0 - \sum_{j=1}^{p}x_{ij}\beta_j\right)^2 + \lambda\sum_{j=1}^{p}\beta_j^2"
)


def test_ridge_with_a_separate_intercept_refuses_numpy_with_a_reason_not_a_crash():
    result = cli("derive", ESL_RIDGE, "--wrt", "beta_j", "-f", "numpy")
    assert result.exit_code == 3, result.output
    assert "intercept β₀" in result.stderr
    assert "internal error" not in result.stderr


def test_ridge_with_a_separate_intercept_still_derives_in_index_form():
    result = cli("derive", ESL_RIDGE, "--wrt", "beta_j", "-f", "text")
    assert result.exit_code == 0, result.output
    # by hand: ∂/∂βⱼ = −2 Σᵢ (yᵢ − β₀ − βᵀxᵢ) xᵢⱼ + 2λβⱼ
    assert "2 λ βⱼ" in result.stdout


def test_ridge_without_intercept_prints_code_whose_gradient_matches_finite_differences(tmp_path):
    cost = r"\sum_{i=1}^{N}\left(y_i - \sum_{j=1}^{p}x_{ij}\beta_j\right)^2 + \lambda\sum_{j=1}^{p}\beta_j^2"
    result = cli("derive", cost, "--wrt", "beta_j", "-f", "numpy")
    assert result.exit_code == 0, result.output
    path = tmp_path / "ridge.py"
    path.write_text(result.stdout)
    spec = importlib.util.spec_from_file_location("ridge", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = np.random.default_rng(41)
    X, y, beta, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.7

    def J(b):  # the cost as written, by hand
        return float(np.sum((y - X @ b) ** 2) + lam * np.sum(b**2))

    h = 1e-6
    fd = np.array([(J(beta + h * e) - J(beta - h * e)) / (2 * h) for e in np.eye(3)])
    assert module.cost(beta, X, y, lam) == pytest.approx(J(beta))
    assert np.allclose(module.gradient(beta, X, y, lam), fd, rtol=1e-6, atol=1e-6)


# --- 2. costs written for labels (M2) -------------------------------------------------------------------

import logderiv  # noqa: E402
import logderiv._api  # noqa: E402
from logderiv.verify import labels  # noqa: E402

BERNOULLI = (  # y1: the likelihood p(y|x) = yh + (1 − y)(1 − h) under one log, a variation of the cross-entropy
    r"-\frac{1}{m}\sum_{i=1}^{m}\log\left(y^{(i)}h_\theta(x^{(i)}) + (1-y^{(i)})(1-h_\theta(x^{(i)}))\right)"
)
SIGMOID_H = r"h_\theta(x) = \sigma(\theta^Tx)"
NG = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
PLUS_MINUS = r"\sum_{i=1}^{m}\log(1+e^{-y_i\theta^Tx_i})"  # y3: the logistic loss for labels ±1


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_bernoulli_likelihood_equals_the_cross_entropy_at_binary_labels_by_finite_differences():
    # independent of logderiv: at y ∈ {0, 1}, FD of the cost as written = (1/m) Σ (σ(θᵀx) − y) x_j
    rng = np.random.default_rng(7)
    X, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)

    def J(t):
        h = _sigmoid(X @ t)
        return -np.mean(np.log(y * h + (1 - y) * (1 - h)))

    fd = np.array([(J(theta + 1e-6 * e) - J(theta - 1e-6 * e)) / 2e-6 for e in np.eye(3)])
    assert np.allclose(X.T @ (_sigmoid(X @ theta) - y) / 6, fd, atol=1e-7)


def test_the_course_answer_against_the_bernoulli_likelihood_is_equivalent_with_a_labels_note():
    verdict = logderiv.check(NG, cost=BERNOULLI, let=[SIGMOID_H])
    assert verdict.verdict == "equivalent"
    assert any("written for labels y⁽ⁱ⁾ ∈ {0, 1}" in note for note in verdict.notes)
    assert "written for labels" in verdict.to_text() and "written for labels" in verdict.to_json()


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (r"\frac{1}{m}\sum_{i=1}^{m}(y^{(i)} - h_\theta(x^{(i)}))x_j^{(i)}", "sign"),  # −1 times it at labels
        (r"\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}", "factor"),  # m times it at labels
    ],
)
def test_a_wrong_answer_against_the_bernoulli_likelihood_stays_different_and_is_diagnosed_at_labels(answer, kind):
    verdict = logderiv.check(answer, cost=BERNOULLI, let=[SIGMOID_H])
    assert verdict.verdict == "different"
    assert verdict.diagnosis[0].kind == kind
    shown = {value.value for value in verdict.counterexample.values if value.name == "y"}
    assert shown <= {0.0, 1.0}


def test_the_plus_minus_one_answer_is_equivalent_with_a_labels_note():
    # by hand, y ∈ {−1, 1}: ∂/∂θⱼ log(1 + e^(−y z)) = −y σ(−y z) xⱼ; y = 1: σ(z) − 1; y = −1: σ(z); both σ(z) − (1 + y)/2
    answer = r"\sum_{i=1}^{m}\left(\sigma(\theta^Tx_i) - \frac{1+y_i}{2}\right)x_{ij}"
    verdict = logderiv.check(answer, cost=PLUS_MINUS)
    assert verdict.verdict == "equivalent"
    assert any("written for labels y⁽ⁱ⁾ ∈ {−1, 1}" in note for note in verdict.notes)


def test_a_wrong_plus_minus_one_answer_stays_different():
    # σ(+y z) for σ(−y z): at y = 1 it is σ(z), not σ(−z)
    verdict = logderiv.check(r"\sum_{i=1}^{m}-y_i\sigma(y_i\theta^Tx_i)x_{ij}", cost=PLUS_MINUS)
    assert verdict.verdict == "different"
    assert {value.value for value in verdict.counterexample.values if value.name == "y"} <= {-1.0, 1.0}


def test_an_answer_with_no_value_at_any_label_is_different_at_a_real_point_not_a_crash():
    """Found by mypy --strict (issue 14): the cost is written for labels ±1, and 1/(y² − 1) has no value at either, so
    the comparison at labels found no point to show, and judging crashed (TypeError, exit 4). The real-y point
    stays the counterexample; both values there are worked here with NumPy, not taken from the checker."""
    verdict = logderiv.check(r"\sum_{i=1}^{m}\frac{x_{ij}}{y_i^2-1}", cost=PLUS_MINUS)
    assert verdict.verdict == "different"
    example = verdict.counterexample
    values = {(value.name, value.indices): value.value for value in example.values}
    theta = np.array([values[("theta", (k,))] for k in range(1, example.n + 1)])
    x = np.array([[values[("x", (i, k))] for k in range(1, example.n + 1)] for i in range(1, example.m + 1)])
    y = np.array([values[("y", (i,))] for i in range(1, example.m + 1)])
    assert not set(np.abs(y)) & {1.0}  # a real-y point, where the answer has a value
    # ∂/∂θⱼ log(1 + e^(−y θᵀx)) = −y σ(−y θᵀx) xⱼ, summed over the examples
    gradient = np.sum(-y / (1 + np.exp(y * (x @ theta))) * x[:, example.j - 1])
    answer = np.sum(x[:, example.j - 1] / (y**2 - 1))
    assert float(example.expected) == pytest.approx(gradient, rel=1e-9)
    assert float(example.answer) == pytest.approx(answer, rel=1e-9)


@pytest.mark.parametrize("cost", ["logistic", "linear"])
def test_an_answer_right_only_at_binary_labels_stays_different_where_the_cost_takes_real_labels(cost):
    # y² = y at y ∈ {0, 1} only; the cross-entropy and the squared error are defined for any real y
    verdict = logderiv.check("1/m sum (h - y^2) x_j" if cost == "logistic" else "1/m sum (theta^T x - y^2) x_j",
                             cost=cost)
    assert verdict.verdict == "different"
    assert verdict.diagnosis[0].kind == "labels"
    assert not any("written for labels" in note for note in verdict.notes)


@pytest.mark.parametrize(
    ("cost", "expected"),
    [
        (BERNOULLI, labels.BINARY),
        (PLUS_MINUS, labels.SIGNED),
        (r"\sum_{i=1}^{m}e^{-y_i\theta^Tx_i}", labels.SIGNED),  # the exponential loss of boosting
        ("logistic", None),  # y outside every function: soft labels are as meant
        ("linear", None),
        ("poisson", None),
        (r"\sum_{i=1}^{m}\log(1+e^{\theta^Tx_i - y_i})", None),  # y a target inside a function, not a label
    ],
)
def test_which_costs_are_written_for_labels(cost, expected):
    problem = logderiv._api.checker(cost, let=[SIGMOID_H] if cost == BERNOULLI else []).problem
    assert labels.assumed_labels(problem) == expected


# --- 3a. Octave's '/' by a vector is mrdivide (SO "costFunction 3.18 vs 0.693") ----------------------------

SO1_COST = "J = (-y' * log(hx) - (1 - y')*log(1 - hx)) / m"  # Octave: y' transposes
SO1_ANSWER = "grad = X' * (hx - y) / m"


def test_octave_one_over_a_vector_is_refused_at_the_slash_with_the_elementwise_hint():
    result = cli("check", SO1_ANSWER, "--cost", SO1_COST, "--let", "hx = 1/(1+exp(-X*theta))", "-f", "text")
    assert result.exit_code == 2, result.output
    assert "mrdivide" in result.stderr
    assert "1 ./ (1+exp(-X*theta))" in result.stderr
    caret = next(line for line in result.stderr.splitlines() if line.strip() == "^")
    assert caret.index("^") - 2 == "hx = 1/(1+exp(-X*theta))".index("/")  # two spaces of indent before the echo


def test_octave_elementwise_division_is_read_as_the_sigmoid():
    result = cli("check", SO1_ANSWER, "--cost", SO1_COST, "--let", "hx = 1 ./ (1+exp(-X*theta))", "-f", "text")
    assert result.exit_code == 0, result.output
    assert "mrdivide" not in result.output


def test_octave_answer_dividing_by_a_vector_is_refused():
    result = cli("check", "X' * (1/(1+exp(-X*theta)) - y)/m", "-f", "text")
    assert result.exit_code == 2
    assert "mrdivide" in result.stderr


def test_numpy_division_is_entrywise_with_no_note():
    result = cli("check", "X.T @ (h - y) / m", "--cost", "J = np.sum(-y*np.log(h) - (1-y)*np.log(1-h))/m",
                 "--let", "h = 1/(1+np.exp(-X @ theta))", "-f", "text")
    assert result.exit_code == 0, result.output
    assert "mrdivide" not in result.output


def test_unmarked_division_by_a_vector_is_read_entrywise_with_a_note():
    result = cli("check", "1/m sum((h - y) x_j)", "--cost", "J = -1/m sum(y log(h) + (1-y) log(1-h))",
                 "--let", "h = 1/(1+exp(-X*theta))", "-f", "text")
    assert result.exit_code == 0, result.output
    assert "divides by each entry of the vector" in result.stdout


# --- 3b. steps says what it read y^{i} as, as check does ------------------------------------------------

Y_I_NOTE = "y^{i} is read as y^{(i)}, the i-th example (not a power)"


def test_steps_prints_the_y_i_note_that_check_prints(tmp_path):
    # SE-278771's typo y^{i} inside Σᵢ, then the course answer: both lines equal the gradient (by hand)
    derivation = tmp_path / "yi.md"
    derivation.write_text(
        "$$\n"
        r"\frac{\partial J}{\partial \theta_j} = \frac{-1}{m}\sum_{i=1}^m \left[y^{i}-h_\theta\left(x^{(i)}\right)\right]x_j^{(i)}"
        "\n"
        r"= \frac{1}{m}\sum_{i=1}^m\left[h_\theta\left(x^{(i)}\right)-y^{(i)}\right]x_j^{(i)}"
        "\n$$\n"
    )
    checked = cli("check", r"\frac{-1}{m}\sum_{i=1}^m \left[y^{i}-h_\theta\left(x^{(i)}\right)\right]x_j^{(i)}", "-f", "text")
    assert Y_I_NOTE in checked.stdout
    for form in ("text", "json", "markdown"):
        result = cli("steps", str(derivation), "--cost", "logistic", "-f", form)
        assert result.exit_code == 0, result.output
        assert "y^{i} is read as y^{(i)}" in result.stdout.replace("\\\\", "\\")


# --- 3c. an example index written on Σ alone -----------------------------------------------------------


@pytest.mark.parametrize("answer", [r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x) - y) x_j", "1/m Σ_i (h - y) x_j"])
def test_an_index_written_only_on_the_sum_is_noted(answer):
    verdict = logderiv.check(answer)
    assert verdict.verdict == "equivalent"  # (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, the course's gradient
    assert any(note.startswith("the example index is implied") for note in verdict.notes)


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}",
    r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x_i) - y_i) x_{ij}",
    "1/m sum (h - y) x_j",  # plain notation names no index at all: its sums are over the examples by design
])
def test_no_implied_index_note_where_the_index_is_written_or_plain_leaves_it_out(answer):
    verdict = logderiv.check(answer)
    assert verdict.verdict == "equivalent"
    assert not any(note.startswith("the example index is implied") for note in verdict.notes)


# --- 4. smaller output problems ------------------------------------------------------------------------


def test_the_one_example_loss_log_likelihood_diagnosis_does_not_call_it_a_sum():
    # DLAI's L(a, y), one example: ∂L/∂wⱼ = (a − y) xⱼ by hand, so xⱼ (y − a) is −1 times it, ∇ℓ with ℓ = −L
    verdict = logderiv.check("x_j (y - a)", cost=r"\mathcal{L}(a, y) = -(y\log(a) + (1-y)\log(1-a))",
                             let=[r"a = \sigma(w^Tx + b)"], wrt="w_j")
    assert verdict.verdict == "different"
    assert verdict.diagnosis[0].kind == "log-likelihood"
    assert "one example's loss" in verdict.diagnosis[0].message
    assert "is a sum" not in verdict.diagnosis[0].message


@pytest.mark.parametrize("answer", ["1/m sum i = 1 ... m (ht(x(i)) - y(i)) x(i)j", "1/m Σ i=1..m (h - y) x_j"])
def test_a_sum_range_in_words_is_refused_at_its_equals_sign(answer):
    result = cli("check", answer, "-f", "text")
    assert result.exit_code == 2
    assert "range of the sum" in result.stderr
    assert "names the cost" not in result.stderr
    caret = next(line for line in result.stderr.splitlines() if line.strip() == "^")
    assert caret.index("^") - 2 == answer.index("=")


@pytest.mark.parametrize("count", ["theta.size", "theta.shape[0]"])
def test_numpy_size_of_theta_is_the_feature_count(count):
    # Xᵀ(h − y)/n is not (1/m) Xᵀ(h − y) when m ≠ n: different, and the count is said
    verdict = logderiv.check(f"X.T @ (h - y) / {count}", let=["h = sigmoid(X @ theta)"])
    assert verdict.verdict == "different"
    assert any(f"{count} is the length of the parameter vector, n" in note for note in verdict.notes)
    # n/(n·m) Xᵀ(h − y) is the gradient: θ's size cancels, so it is read as one count n
    right = logderiv.check(f"X.T @ (h - y) * {count} / ({count} * X.shape[0])", let=["h = sigmoid(X @ theta)"])
    assert right.verdict == "equivalent"
