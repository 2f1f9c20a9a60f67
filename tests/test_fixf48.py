"""Issue 10, the f48 wave's families (fixf48): textbooks' conventions read as rules, not as one source's spelling.

Alpaydin's examples as a superscript t under Σ_t with r the required output (generalising fixf46's Σ_n over yⁿ),
Bishop's φ_i and his matrix form's columns given entry by entry, the University of Washington's feature matrix H
glued to w, and code: a helper whose body the other lets give (Liu's textbook), R's colSums(err * x) and
as.vector(…, mode = 'numeric') (MichaelSali's MLR), R's dbinom(…, size = 1, log = TRUE) (Pesigan's logreg_negll).

The texts are the wave's own, verbatim (their sources in tests/corpus/fresh_fortyeighth.py, repeated beside each).
Each verdict is worked out by hand in the comment beside it, and the gradients it rests on are held to finite
differences (tests/_numeric.py), or the corpus judge does that (tests/_reading.py). Near-variants that mean something
else must be refused or read right, never misread.
"""

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_gradients_the_verdicts_rest_on_match_finite_differences():
    rng = np.random.default_rng(48)
    X, y, w = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    t = rng.uniform(0.1, 0.9, size=6)
    # by hand: ∇_w (y − Xw)ᵀ(y − Xw) = −2Xᵀ(y − Xw)
    found = central_differences(lambda v: float((y - X @ v) @ (y - X @ v)), w)
    assert np.allclose(found, -2 * X.T @ (y - X @ w), atol=1e-5)
    # by hand: ∂/∂w₀ Σ[r − (w₁x + w₀)]² = 2Nw₀ − 2Σr + 2w₁Σx, ∂/∂w₁ = 2w₁Σx² − 2Σrx + 2w₀Σx
    x, r = X[:, 0], y
    found = central_differences(lambda v: float(np.sum((r - (v[1] * x + v[0])) ** 2)), np.array([0.4, -0.7]))
    assert np.allclose(found, [2 * 6 * 0.4 - 2 * r.sum() + 2 * -0.7 * x.sum(),
                               2 * -0.7 * np.sum(x ** 2) - 2 * np.sum(r * x) + 2 * 0.4 * x.sum()], atol=1e-5)
    # by hand: ∇_w −Σ[t log σ(wᵀφ) + (1 − t) log(1 − σ)] = Σ(σ − t)φ = Xᵀ(y − t) with y = σ(Xw), X's rows φᵢ
    cross = lambda v: -float(np.sum(t * np.log(_sigmoid(X @ v)) + (1 - t) * np.log(1 - _sigmoid(X @ v))))
    assert np.allclose(central_differences(cross, w), X.T @ (_sigmoid(X @ w) - t), atol=1e-5)
    # by hand: R's err * x scales row i by err[i]; colSums adds the rows: xᵀerr, ∇ of Σ(xθ − y)²/(2m) over m
    err = X @ w - y
    assert np.allclose(np.sum(err[:, None] * X, axis=0), X.T @ err)
    found = central_differences(lambda v: float(np.sum((X @ v - y) ** 2)) / 12, w)
    assert np.allclose(found, X.T @ err / 6, atol=1e-5)
    # by hand: dbinom(y, 1, p, log = TRUE) = log(p^y (1 − p)^(1 − y)) for y ∈ {0, 1}
    for label in (0, 1):
        assert np.isclose(np.log(0.3 ** label * 0.7 ** (1 - label)), label * np.log(0.3) + (1 - label) * np.log(0.7))


# ------------------------------------------------------------------ the letter a sum binds, a superscript on the data

# source: Mathematics Stack Exchange, 'Statistics: Minimized parameters of an error function in regression' (stored
# copy in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1), the question and its Answer 1 (Alpaydin's
# notation: xᵗ example t's one feature, rᵗ its required output)
MATHSE_MEAN = r"\frac{1}{N}\sum_{t=1}^{N}[r^t-(w_1x^t+w_0)]^2"
MATHSE_SUM = r"\sum_t[r^t-(w_1x^t+w_0)]^2"
MATHSE_D_W0 = r"2N w_0 -2 \sum_t r^t + 2 w_1 \sum_t x^t"
MATHSE_D_W1 = r"2 w_1 \sum_t x^{2t} -2 \sum_t r^t x^t + 2 w_0 \sum_t x^t"


def _line_mean(d):
    residual = d.y - (d.theta1 * d.x + d.theta0)
    return float(residual @ residual) / d.m


@pytest.mark.parametrize("text, intended", [
    (MATHSE_MEAN, _line_mean),
    (MATHSE_SUM, lambda d: _line_mean(d) * d.m),
])
def test_alpaydins_error_function_is_read_over_the_examples(text, intended):
    assert_gradient_read(text, intended, wrt=("w_0", "w_1"))
    notes = notes_of(logderiv.derive(text, wrt="w_1"))
    assert any(note.startswith("\\sum_{t} over r^t and x^t: the superscript t on the data marks the t-th example")
               for note in notes)
    assert any(note.startswith("r^t stands where y would and no text writes y") for note in notes)


@pytest.mark.parametrize("answer, cost, verdict", [
    (MATHSE_D_W0, MATHSE_SUM, "equivalent"),  # by hand above: 2Nw₀ − 2Σr + 2w₁Σx
    (MATHSE_D_W0, MATHSE_MEAN, "different"),  # N times the mean's derivative: the answer dropped 1/N on purpose
    (MATHSE_D_W0.replace("+ 2 w_1", "- 2 w_1"), MATHSE_SUM, "different"),  # variant: the cross term's sign
])
def test_the_answers_partial_derivative_by_w0(answer, cost, verdict):
    assert_verdict_read(answer, cost, verdict, wrt="w_0")


def test_x_to_the_2t_is_refused_as_ambiguous():
    # the answer means (xᵗ)² (its expansion writes Σ x^{2t} for Σ (xᵗ)²), but x to the power 2t is read the same way
    error = refused(logderiv.check, MATHSE_D_W1, cost=MATHSE_SUM, wrt="w_1")
    assert "is either (x^t)^2 or x to the power 2t" in error.message
    assert error.column == MATHSE_D_W1.index("x^{2t}")
    # written (x^t)^2 it is read: 2w₁Σ(xᵗ)² − 2Σrᵗxᵗ + 2w₀Σxᵗ, the derivative by w₁ (by hand above)
    assert_verdict_read(MATHSE_D_W1.replace("x^{2t}", "(x^t)^2"), MATHSE_SUM, "equivalent", wrt="w_1")


@pytest.mark.parametrize("cost", [
    r"\sum_T (y - x^T w)^2",  # a capital T under the sum: the transpose's letter, never an example index
    r"\sum_t (y^t - \hat{y}^t)^2",  # t on the prediction too (an RNN's time steps): not only the data's index
    r"\sum_t (r^t - w x^t)^2 + \frac{1}{t}",  # t a number besides
    r"\sum_t (y^t - r^t x^t)^2",  # r beside y: r is not the target
    r"\sum_t (h^t - y^t)^2 + (h^{t-1} - y^t)^2",  # h^{t-1}: the previous step, a recurrence
])
def test_superscript_variants_that_mean_something_else_are_refused(cost):
    refused(logderiv.derive, cost, wrt="w")


def test_r_defined_by_a_let_is_not_the_target():
    refused(logderiv.derive, r"\sum_t (r^t - w x^t)^2", wrt="w", let=("r = 0.5",))


# ------------------------------------------------------------------ the feature matrix H glued to w

# source: 'Computing the Gradient of the Ridge Objective' (University of Washington, Machine Learning: Regression;
# stored copy in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1), '1. Residual Sum of Squares Term'
UW_RSS = "(y - Hw)^T(y - Hw)"


def test_the_residual_sum_of_squares_with_h_is_read():
    assert_gradient_read(UW_RSS, lambda d: float((d.y - d.X @ d.w) @ (d.y - d.X @ d.w)), wrt=("w_j",))
    notes = notes_of(logderiv.derive(UW_RSS, wrt="w_j"))
    assert any(note.startswith("H multiplies the parameters in a residual with y (y − Hw)") for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    ("-2H^T(y - Hw)", "equivalent"),  # −2Xᵀ(y − Xw), by hand above
    ("2H^T(y - Hw)", "different"),  # variant: the leading minus dropped, the negative
])
def test_the_uw_gradients(answer, verdict):
    assert_verdict_read(answer, UW_RSS, verdict, wrt="w_j")


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2} w^T H w - y^T w",  # H a Hessian in a quadratic form: no residual with y
    "(y - HW)^T(y - HW)",  # HW: two matrices, W no parameter
    "(y - Hw)^T H (y - Hw)",  # H also alone between the factors: a weighting, not only the data
])
def test_h_variants_that_mean_something_else_are_refused(cost):
    refused(logderiv.derive, cost, wrt="w_j")


# ------------------------------------------------------------------ Bishop's φ_i and his matrix form

# source: Takayuki Yagi's slides, https://www.slideshare.net/TakayukiYagi1/ss-65883197 (text layer of slides 64–65)
YAGI_E = r"E(w) = -\sum_i [t_i \ln\sigma(w^T\phi_i) + (1-t_i)\ln\{1-\sigma(w^T\phi_i)\}]"
YAGI_LETS = (
    r"t = (t_1, t_2, \ldots, t_n)^T",
    r"y = (\sigma(w^T\phi_1), \sigma(w^T\phi_2), \ldots, \sigma(w^T\phi_n))^T",
    r"X = (\phi_1, \phi_2, \ldots, \phi_n)^T",
)


def test_bishops_error_function_is_read_with_phi_as_the_features():
    def cross(d):
        p = _sigmoid(d.X @ d.w)
        return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(YAGI_E, cross, wrt=("w_j",))
    notes = notes_of(logderiv.derive(YAGI_E, wrt="w_j"))
    assert any(note.startswith("φ_i stands where x_i would (wᵀφ_i)") for note in notes)


@pytest.mark.parametrize("answer, lets, verdict", [
    (r"\frac{d}{dw}E(w) = -\sum_i\{t_i - \sigma(w^T\phi_i)\}\phi_i", (), "equivalent"),  # Σ(σ − t)φ, by hand above
    (r"\frac{d}{dw}E(w) = -\sum_i[t_i\{1 - \sigma(w^T\phi_i)\}\phi_i + (1 - t_i)\{0 - \sigma(w^T\phi_i)\}\phi_i]",
     (), "equivalent"),  # the same sum before it is gathered
    (r"\frac{d}{dw}E(w) = -X^T(t - y) = X^T(y - t)", YAGI_LETS, "equivalent"),  # Xᵀ(σ(Xw) − t)
    (r"\frac{d}{dw}E(w) = X^T(t - y)", YAGI_LETS, "different"),  # variant: the log-likelihood's, the negative
])
def test_the_slides_gradients(answer, lets, verdict):
    assert_verdict_read(answer, YAGI_E, verdict, wrt="w_j", lets=lets)


def test_the_matrix_form_says_how_it_read_the_columns():
    notes = notes_of(logderiv.check(r"X^T(y - t)", cost=YAGI_E, wrt="w_j", let=YAGI_LETS))
    assert any("the column of the predictions, σ(Xw), shown as h" in note for note in notes)
    assert any(note.startswith(r"--let X = (\phi_1, \phi_2, \ldots, \phi_n)^T: the data matrix") for note in notes)


@pytest.mark.parametrize("answer, cost, lets", [
    ("X^T(y - t)", YAGI_E, ()),  # y beside t with no let: the labels or the predictions?
    # y defined as the predictions where the cost's labels are y: y would stand for two things
    ("X^T(y - t)", r"-\sum_i [y_i \ln\sigma(w^Tx_i) + (1-y_i)\ln(1-\sigma(w^Tx_i))]",
     (r"y = (\sigma(w^Tx_1), \sigma(w^Tx_2), \ldots, \sigma(w^Tx_n))^T",)),
    ("X^T(t - y)", YAGI_E, (r"t = (1, 0, \ldots, 1)^T",)),  # a column of fixed entries, not the examples'
])
def test_matrix_form_variants_are_refused(answer, cost, lets):
    refused(logderiv.check, answer, cost=cost, wrt="w_j", let=lets)


@pytest.mark.parametrize("cost", [
    r"\sum_i (t_i - \phi(w^T\phi_i))^2",  # φ also a function: not said to be only the features
    r"\sum_n (t_n - \sum_j w_j\phi_j(x_n))^2",  # φ_j a basis function of x: x is written, φ is no example's vector
])
def test_phi_variants_that_mean_something_else_are_refused(cost):
    refused(logderiv.derive, cost, wrt="w_j")


# ------------------------------------------------------------------ code: a helper's body, R's column sums, dbinom

# source: Yuxi (Hayden) Liu, 'Python Machine Learning By Example', 3rd ed., p. 158, compute_cost (public code index
# file 26139565254)
LIU_COST = "cost = np.mean(-y * np.log(predictions) - (1 - y) * np.log(1 - predictions))"
LIU_LETS = ("predictions = compute_prediction(X, weights)", "z = np.dot(X, weights)", "predictions = sigmoid(z)",
            "sigmoid(input) = 1.0 / (1 + np.exp(-input))")


def _logistic_mean(d):
    p = _sigmoid(d.X @ d.w)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_a_helper_whose_body_the_lets_give_is_that_body():
    assert_gradient_read(LIU_COST, _logistic_mean, wrt=("weights_j",), lets=LIU_LETS)
    notes = notes_of(logderiv.derive(LIU_COST, wrt="weights_j", let=LIU_LETS))
    assert any(note.startswith("predictions = compute_prediction(X, weights): compute_prediction is a helper whose "
                               "body the other --let lines give") for note in notes)


def test_a_helper_without_its_body_stays_refused():
    # the body's z line missing: nothing says what the helper does with X and weights
    refused(logderiv.derive, LIU_COST, wrt="weights_j", let=(LIU_LETS[0], *LIU_LETS[2:]))


# source: https://github.com/MichaelSali/MLR/blob/HEAD/lin_reg_functions.R (compute.cost; gradient.descent's
# delta_theta <- alpha*colSums(temp)/m without the step alpha)
MLR_COST = "J <- sum((x%*%theta-y)^2)/(2*m)"
MLR_LETS = ("temp <- err * x", "err <- as.vector((x %*% theta - y),mode = 'numeric')", "m <- length(y)")


@pytest.mark.parametrize("answer, verdict", [
    ("colSums(temp)/m", "equivalent"),  # xᵀ(xθ − y)/m, by hand above
    ("colSums(temp)/(2*m)", "different"),  # variant: half the gradient
])
def test_rs_column_sums_of_the_scaled_rows(answer, verdict):
    assert_verdict_read(answer, MLR_COST, verdict, wrt="theta_j", lets=MLR_LETS)
    notes = notes_of(logderiv.check(answer, cost=MLR_COST, wrt="theta_j", let=MLR_LETS))
    assert any(note.startswith("read as R: colSums(temp) (temp = err * x) adds up the rows of x") for note in notes)


@pytest.mark.parametrize("answer, lets", [
    ("rowSums(temp)/m", MLR_LETS),  # the rows' sums: m numbers, not the gradient
    ("colSums(alpha * x)/m", ("alpha <- 0.5", "m <- length(y)")),  # a number scales every row alike
    ("t(x) %*% err/m", ("err <- as.vector((x %*% theta - y),mode = 'list')", "m <- length(y)")),  # a list: not numbers
])
def test_r_variants_that_mean_something_else_are_refused(answer, lets):
    refused(logderiv.check, answer, cost=MLR_COST, wrt="theta_j", let=lets)


# source: Ivan Jacob Agaloos Pesigan's R logreg_negll (public code index file 44955945908)
PESIGAN = "-sum(\n    dbinom(\n      x = y,\n      size = 1,\n      prob = inv_logit(X %*% theta),\n      log = TRUE\n    )\n  )"


def test_rs_bernoulli_log_density_is_the_log_likelihood():
    def negll(d):
        p = _sigmoid(d.X @ d.theta)
        return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(PESIGAN, negll, wrt=("theta_j",))
    notes = notes_of(logderiv.derive(PESIGAN, wrt="theta_j"))
    assert any(note.startswith("read as R: dbinom(x = y, size = 1, prob =") for note in notes)


@pytest.mark.parametrize("cost", [
    PESIGAN.replace("size = 1", "size = 2"),  # two trials: a binomial coefficient enters
    PESIGAN.replace("TRUE", "FALSE"),  # the probability, not its log
])
def test_dbinom_variants_are_refused(cost):
    refused(logderiv.derive, cost, wrt="theta_j")


# ------------------------------------------------------------------ every format says what it read


def test_the_notes_show_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json"):
        cases = (
            (["check", MATHSE_D_W0, "--cost", MATHSE_SUM, "--wrt", "w_0"], "r is the required output, the target"),
            (["derive", UW_RSS, "--wrt", "w_j"], "H is the feature matrix"),
            (["derive", YAGI_E, "--wrt", "w_j"], "example i's vector of basis functions"),
        )
        for arguments, said in cases:
            result = runner.invoke(main, [*arguments, "-f", form])
            assert result.exit_code == 0, result.output
            shown = (json.dumps(json.loads(result.output), ensure_ascii=False) if form == "json" else result.output)
            assert said in " ".join(shown.split()), (form, said)
