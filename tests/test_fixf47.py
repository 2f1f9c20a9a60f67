"""Issue 10, the f47 wave's families (fixf47): a power written as a call (np.pow, Octave's power), a class attribute
whose name swaps two letters (self.bais), code a PDF's text extraction spaced apart, NumPy code throughout a problem,
Octave's sum(v) of a vector in a matrix answer, a bare Σ before the residual vector checked by b.

The texts are the wave's own, verbatim (their sources in tests/corpus/fresh_fortyseventh.py, repeated here). Each
gradient is held to finite differences of a NumPy cost written here by hand (tests/_numeric.py, or the corpus judge
through tests/_reading.py); each verdict is worked out by hand in the comment beside it. Near-variants that mean
something else are refused or read right, never misread.
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
    # by hand: ∇ mean (Xw − y)² = (2/m)Xᵀ(Xw − y); ∇ [(‖Xθ − y‖² + λ‖θ‖²)/(2m)] = (Xᵀ(Xθ − y) + λθ)/m;
    # ∇ [Σ(Xw + b − y)²/(2n) + (α/2)‖w‖²] = Xᵀ(Xw + b − y)/n + αw; ∂/∂b ‖Xw + b − y‖²/(2m) = Σ(Xw + b − y)/m;
    # ∇ [mean cross-entropy of σ(Xθ) + (λ/m)θᵀθ] = Xᵀ(σ(Xθ) − y)/m + 2λθ/m, not … + (λ/m)Σθ in every entry
    rng = np.random.default_rng(47)
    m, lam = 5, 0.7
    X, y, w, b = rng.normal(size=(m, 3)), rng.uniform(0.1, 0.9, size=m), rng.normal(size=3), 0.4
    assert np.allclose(central_differences(lambda v: float(np.mean((X @ v - y) ** 2)), w),
                       2 * X.T @ (X @ w - y) / m, atol=1e-6)
    ridge = central_differences(lambda v: (float(np.sum((X @ v - y) ** 2)) + lam * float(v @ v)) / (2 * m), w)
    assert np.allclose(ridge, (X.T @ (X @ w - y) + lam * w) / m, atol=1e-6)
    parv = central_differences(lambda v: float(np.sum((X @ v + b - y) ** 2)) / (2 * m) + lam / 2 * float(v @ v), w)
    assert np.allclose(parv, X.T @ (X @ w + b - y) / m + lam * w, atol=1e-6)
    by_b = central_differences(lambda c: float(np.sum((X @ w + c[0] - y) ** 2)) / (2 * m), np.array([b]))
    assert np.allclose(by_b, np.sum(X @ w + b - y) / m, atol=1e-6)

    def sfex(v):
        p = _sigmoid(X @ v)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) + lam / m * float(v @ v)

    right = X.T @ (_sigmoid(X @ w) - y) / m + 2 * lam * w / m
    assert np.allclose(central_differences(sfex, w), right, atol=1e-6)
    assert not np.allclose(X.T @ (_sigmoid(X @ w) - y) / m + lam / m * np.sum(w), right, atol=1e-3)


# ------------------------------------------------------------------ a power written as a call

# source: public code index file 22282039911 (class LinearRegression of a NumPy project importing
# src.optimizers.GradientDescent: loss, loss_gradient and its '@NOTE' docstring)
SRC_LIN_J = "pointwise_loss.mean(axis=0)"
SRC_LIN_LETS = ("pointwise_loss = np.pow(z - y, 2)", "z = X @ w")
SRC_LIN_GRAD = "pointwise_loss_grad.mean(axis=0).reshape(-1, 1)"
SRC_LIN_NOTE = "2 / n_samples * X.T @ (z - y)"
# source: https://github.com/andreviniciusgsg/FS-MAC/blob/HEAD/gr-fsmac/octave/cost_function.m (the J = line)
FSMAC_J = "(1/(2*m))*(sum(power(h-y, 2), 1) + lambda*sum(power(theta, 2), 1))"
FSMAC_LETS = ("h = x*theta",)
POW_NOTE = "read as NumPy: np.pow(a, b) is a**b, entry by entry"
POWER_NOTE = "read as code: power(a, b) is a to the power b, entry by entry"


def _mean_sq_w(d):
    """mean (Xw − y)², by hand."""
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _fsmac_ridge(d):
    """(‖Xθ − y‖² + λ‖θ‖²)/(2m), every θ penalised, by hand."""
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def test_numpy_2s_np_pow_is_a_power():
    assert_gradient_read(SRC_LIN_J, _mean_sq_w, wrt=("w_j",), lets=SRC_LIN_LETS)
    assert POW_NOTE in notes_of(logderiv.derive(SRC_LIN_J, wrt="w_j", let=list(SRC_LIN_LETS)))


def test_np_pow_with_another_exponent_is_that_power():
    # mean (Xw − y)³: another exponent is read as written, not as a square
    def cube(d):
        r = d.X @ d.w - d.y
        return float(np.sum(r ** 3)) / d.m

    assert_gradient_read(SRC_LIN_J, cube, wrt=("w_j",), lets=("pointwise_loss = np.pow(z - y, 3)", "z = X @ w"))


def test_octaves_power_is_a_power():
    assert_gradient_read(FSMAC_J, _fsmac_ridge, lets=FSMAC_LETS)
    assert any(note.startswith(POWER_NOTE) for note in notes_of(logderiv.derive(FSMAC_J, let=list(FSMAC_LETS))))


def test_pythons_pow_of_two_arguments_is_a_power():
    def half_sum_sq(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / 2

    assert_gradient_read("sum(pow(h - y, 2))/2", half_sum_sq, lets=("h = X @ theta",))


@pytest.mark.parametrize("text, said", [
    ("sum(pow(h - y, 2, 5))", "expected ')' to end pow(a, b)"),  # Python's pow(a, b, mod): not a power
    ("sum(power(h - y))", "expected ','"),  # one argument: no power
    ("sum(sum(power(X, 2)))", "a power of a matrix or a row is not read"),  # as X.^2 is
    ("sum(power(h-y, 2), 2)", "adds up along dimension 2"),  # a sum along the column's length-1 dimension
])
def test_power_calls_that_mean_something_else_are_refused(text, said):
    error = refused(logderiv.derive, text, let=["h = X*theta"])
    assert said in error.message


def test_a_let_of_power_keeps_its_own_meaning():
    # power(v) defined by the source is its own function, not Octave's: (h − y)² by the let, checked by hand
    def sum_sq(d):
        r = d.X @ d.theta - d.y
        return float(r @ r)

    assert_gradient_read("sum(power(h - y))", sum_sq, lets=("power(v) = v^2", "h = X @ theta"))


# ------------------------------------------------------------------ NumPy code throughout a problem

def test_the_linear_mean_pointwise_gradient_is_right():
    # 2 * X * (z − y) broadcasts row i of X by 2(zᵢ − yᵢ); its mean down the rows is (2/m)Xᵀ(Xw − y): the gradient
    assert_verdict_read(SRC_LIN_GRAD, SRC_LIN_J, "equivalent", wrt="w_j",
                        lets=("pointwise_loss_grad = 2 * X * (z - y)", *SRC_LIN_LETS))
    # the docstring's grad: (2/n)Xᵀ(z − y), n_samples = X.shape[0] = m
    assert_verdict_read(SRC_LIN_NOTE, SRC_LIN_J, "equivalent", wrt="w_j",
                        lets=("n_samples = X.shape[0]", *SRC_LIN_LETS))


def test_without_the_two_the_mean_pointwise_gradient_is_half():
    assert_verdict_read(SRC_LIN_GRAD, SRC_LIN_J, "different", wrt="w_j",
                        lets=("pointwise_loss_grad = X * (z - y)", *SRC_LIN_LETS))


def test_x_times_the_parameters_in_numpy_stays_refused():
    # 2 * X * w broadcasts w along X's rows: an m×n matrix that is no gradient's term
    error = refused(logderiv.check, "g.mean(axis=0).reshape(-1, 1)", cost=SRC_LIN_J, wrt="w_j",
                    let=["g = 2 * X * w", *SRC_LIN_LETS])
    assert "multiplies entry by entry" in error.message


# ------------------------------------------------------------------ self.bais: a swapped attribute name

# source: https://github.com/parvvaresh/ML-algorithms/blob/HEAD/ML_model/Regression/linear/ridge_regression.py
# (class RidgeRegression, fit: cost and dw)
PARV2_J = "np.sum(loss ** 2) / (2 * n_samples) + (self.alpha / 2) * np.sum(self.weights ** 2)"
PARV2_LETS = ("loss = y_predict - y", "y_predict = np.dot(X , self.weights) + self.bais")
PARV2_DW = "(np.dot(X.T , loss) / n_samples) + (self.alpha * self.weights)"
PARV2_DW_TWO = "(np.dot(X.T , loss) / n_samples) + (2 * self.alpha * self.weights)"
SLIP_NOTE = "self.bais is read as the attribute bias: its name is bias with two neighbouring letters swapped"


def test_a_ridge_class_with_self_bais_is_judged():
    # Xᵀ(Xw + b − y)/n + αw is the gradient of Σ(ŷ − y)²/(2n) + (α/2)‖w‖²; 2αw doubles the penalty's part
    assert_verdict_read(PARV2_DW, PARV2_J, "equivalent", wrt="weights_j", lets=PARV2_LETS)
    assert_verdict_read(PARV2_DW_TWO, PARV2_J, "different", wrt="weights_j", lets=PARV2_LETS)
    verdict = logderiv.check(PARV2_DW, cost=PARV2_J, wrt="weights_j", let=list(PARV2_LETS))
    assert any(note.startswith(SLIP_NOTE) for note in notes_of(verdict))


@pytest.mark.parametrize("intercept", [
    "self.bias + self.bais",  # both spellings: two attributes, maybe two values
    "self.basi",  # not one swap of a known word
    "self.velocity",  # an attribute nothing defines
])
def test_attributes_that_are_not_a_slip_stay_refused(intercept):
    error = refused(logderiv.check, PARV2_DW, cost=PARV2_J, wrt="weights_j",
                    let=["loss = y_predict - y", f"y_predict = np.dot(X , self.weights) + {intercept}"])
    assert "'self.' is Python code inside a class" in error.message


# ------------------------------------------------------------------ code spaced apart by a PDF's text extraction

# source: https://fr.scribd.com/document/858442480/rapport-seance ('Rapport de la séance de travail du 20/04/2025',
# 'Étape 3 : Calcul de la fonction coût (MSE)' and 'Étape 4 : Calcul du gradient', as stored)
RAPPORT_J = "1/(2* m ) * np . sum (( model (x , theta ) - y ) **2)"
RAPPORT_LETS = ("model (x , theta ) = x . dot ( theta )",)
RAPPORT_GRAD = "1/ m * x . T . dot ( model (x , theta ) - y )"
SPACED_NOTE = "read as Python code whose tokens a PDF's text extraction spaced apart"


def _half_mean_sq_theta(d):
    """‖Xθ − y‖²/(2m), by hand (x has its column of ones: the design matrix)."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def test_a_spaced_cost_is_read_as_its_code():
    assert_gradient_read(RAPPORT_J, _half_mean_sq_theta, lets=RAPPORT_LETS)
    assert SPACED_NOTE in " ".join(notes_of(logderiv.derive(RAPPORT_J, let=list(RAPPORT_LETS))))


def test_a_spaced_gradient_is_judged():
    # (1/m)Xᵀ(Xθ − y) is the gradient of ‖Xθ − y‖²/(2m); with 1/(2m) it is half of it
    assert_verdict_read(RAPPORT_GRAD, RAPPORT_J, "equivalent", lets=RAPPORT_LETS)
    assert_verdict_read("1/(2* m ) * x . T . dot ( model (x , theta ) - y )", RAPPORT_J, "different",
                        lets=RAPPORT_LETS)


@pytest.mark.parametrize("answer, lets", [
    ("1/ m * x . theta", RAPPORT_LETS),  # x·θ, or an attribute theta of x?
    (RAPPORT_GRAD, (*RAPPORT_LETS, "T = 2")),  # with a T defined, x . T could be x times it
])
def test_a_spaced_dot_that_could_be_a_product_is_refused(answer, lets):
    error = refused(logderiv.check, answer, cost=RAPPORT_J, let=list(lets))
    assert "is spaced as a PDF's text extraction spaces code" in error.message


def test_a_spaced_method_called_on_a_bracket_is_read():
    # (Xθ − y).dot(X) of a 1-D residual is Xᵀ(Xθ − y): the gradient times m
    assert_verdict_read("1/ m * ( model (x , theta ) - y ) . dot ( x )", RAPPORT_J, "equivalent", lets=RAPPORT_LETS)


def test_spacing_without_a_code_mark_is_left_alone():
    # no np . and no called method: the period product of plain notation, as before (θ·x summed over examples)
    plain = logderiv.derive("1/(2m) * sum_i (theta . x^(i) - y^(i))^2")
    assert SPACED_NOTE not in " ".join(notes_of(plain))


# ------------------------------------------------------------------ Octave's sum(v) in a matrix answer

# source: https://github.com/suzibinjelly/SFEX/blob/HEAD/EX2/costFunctionReg.m (the J= and grad= lines)
SFEX_J = "-1 * sum( y .*log( sigmoid( X*theta ) ) + ( 1-y ) .*log( 1 - sigmoid(X*theta)))/m+lambda/m*theta'*theta"
SFEX_GRAD = "X'*(sigmoid(X*theta)-y)/m+lambda/m*sum(theta)"
VECTOR_SUM_NOTE = "read as Octave: sum(v) of a vector (n×1 here) adds up its entries"


def test_sfex_sum_theta_is_judged_different():
    # λΣθ/m in every entry against the penalty's 2λθ/m (the first test shows they differ)
    assert_verdict_read(SFEX_GRAD, SFEX_J, "different")
    verdict = logderiv.check(SFEX_GRAD, cost=SFEX_J)
    assert any(note.startswith(VECTOR_SUM_NOTE) for note in notes_of(verdict))


def test_sfex_repaired_is_right_and_a_zero_sum_changes_nothing():
    assert_verdict_read("X'*(sigmoid(X*theta)-y)/m+2*lambda/m*theta", SFEX_J, "equivalent")
    # sum(theta) − sum(theta) adds 0 to every entry: still the gradient, read exactly
    assert_verdict_read("X'*(sigmoid(X*theta)-y)/m+2*lambda/m*theta + sum(theta) - sum(theta)", SFEX_J, "equivalent")


def test_octave_sum_of_a_matrix_keeps_its_column_sums():
    # sum((h − y) .* X) is the 1×n row Σᵢ (hᵢ − yᵢ) xᵢⱼ: the gradient times m (Octave's own reading, unchanged)
    assert_verdict_read("(sum((sigmoid(X*theta) - y) .* X))' / m + 2*lambda/m*theta", SFEX_J, "equivalent")


# ------------------------------------------------------------------ a bare Σ before the residual vector, by b

# source: https://github.com/Amrani-Sohaib/ML-Models/blob/HEAD/Notebooks/Regression.ipynb ('Gradient par Rapport au
# Biais', 'Si b est constant pour tous les échantillons'; the cost of '2. Fonction de Coût')
AMRANI_J = r"J(\mathbf{w}, \mathbf{b}) = \frac{1}{2m} \| \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \|^2"
AMRANI_DB = r"\frac{1}{m} \cdot \sum \left( \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \right)"
BARE_SIGMA_NOTE = "a Σ with neither index nor bounds before an m×1 vector of the examples' values adds up its m entries"


def test_a_bare_sigma_of_the_residual_is_the_derivative_by_b():
    assert_verdict_read(AMRANI_DB, AMRANI_J, "equivalent", wrt="b")
    assert_verdict_read(AMRANI_DB.replace(r"\frac{1}{m}", r"\frac{2}{m}"), AMRANI_J, "different", wrt="b")
    verdict = logderiv.check(AMRANI_DB, cost=AMRANI_J, wrt="b")
    assert any(note.startswith(BARE_SIGMA_NOTE) for note in notes_of(verdict))


def test_the_same_number_by_w_is_not_the_gradient():
    # one number compared with every entry of Xᵀ(Xw + b − y)/m
    assert_verdict_read(AMRANI_DB, AMRANI_J, "different", wrt="w_j")


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m} \cdot \sum \left( \mathbf{X} \right)",  # a matrix: which entries?
    r"\frac{1}{m} \cdot \sum \left( \mathbf{X}^\top (\mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y}) \right)",
    r"\frac{1}{m} \cdot \sum_{i=1}^{m} \left( \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \right)",
])
def test_other_sums_of_whole_vectors_stay_refused(answer):
    refused(logderiv.check, answer, cost=AMRANI_J, wrt="b")


# ------------------------------------------------------------------ every format says each reading

@pytest.mark.parametrize("args, note", [
    (["derive", "--wrt", "w_j", "--let", SRC_LIN_LETS[0], "--let", SRC_LIN_LETS[1], "--", SRC_LIN_J], POW_NOTE),
    (["derive", "--let", FSMAC_LETS[0], "--", FSMAC_J], POWER_NOTE),
    (["check", "--cost", PARV2_J, "--wrt", "weights_j", "--let", PARV2_LETS[0], "--let", PARV2_LETS[1], "--",
      PARV2_DW], SLIP_NOTE),
    (["check", "--cost", RAPPORT_J, "--let", RAPPORT_LETS[0], "--", RAPPORT_GRAD], SPACED_NOTE),
    (["check", "--cost", SFEX_J, "--", SFEX_GRAD], VECTOR_SUM_NOTE),
    (["check", "--cost", AMRANI_J, "--wrt", "b", "--", AMRANI_DB], BARE_SIGMA_NOTE),
])
def test_each_reading_is_noted_in_text_and_json(args, note):
    command, rest = args[0], args[1:]
    text = CliRunner().invoke(main, [command, "-f", "text", *rest])
    assert text.exit_code in (0, 1) and f"note: {note}" in text.output
    data = json.loads(CliRunner().invoke(main, [command, "-f", "json", *rest]).output)
    assert any(said.startswith(note) for said in data["notes"])
