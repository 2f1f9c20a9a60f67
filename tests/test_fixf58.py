"""fixf58: the blind wave f58's refusals read as families of code that recur across the corpus (issue 10).

* a code temporary named by a fixed letter: Cornell's ``e = np.exp(-1*yTr*(w.T@xTr))`` (e a vector of exponentials,
  not Euler's number) where the exponential is written only as code's np.exp; refused beside np.e;
* NumPy's ``*`` of two 1×m rows (examples as columns) in a let or an answer: entry by entry;
* NumPy's ``np.e`` is Euler's number, so ``self.sigmoid(z) = 1 / (1 + np.e**(-z))`` — a class's method named as the
  sigmoid — is held to σ and read as it (any other body is refused as a redefinition);
* ``[m, n] = X.shape`` beside ``np.sum(theta*X, 1)`` (X m×n: n the features, logderiv's n), and a loop over the
  features that sets ``grad[j]`` whole from column j of X;

Every truth is worked by hand and checked independently: gradients against finite differences of a NumPy cost
written here (through tests/_reading.py's corpus judge), verdicts against the hand-worked ones.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- a code temporary named e ------------------------------------------------------------------------------------

# Cornell's logistic(w, xTr, yTr): xTr is d×m (one example per column, Data.X.T), yTr the 1×m labels:
# loss = Σᵢ log(1 + exp(−yᵢ wᵀxᵢ)); ∂/∂w = Σᵢ −yᵢ xᵢ eᵢ/(1 + eᵢ) with eᵢ = exp(−yᵢ wᵀxᵢ)
CORNELL_LET = "e = np.exp(-1*yTr*(w.T@xTr))"
CORNELL_COST = "loss = np.sum(np.log(1+e))"


def _cornell(d):
    return float(np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.w)))))


def test_a_let_of_e_as_code_exponentials_is_the_codes_own_name():
    assert_gradient_read(CORNELL_COST, _cornell, wrt=("w_j",), lets=(CORNELL_LET,))


def test_the_reading_of_e_is_noted():
    result = logderiv.derive(CORNELL_COST, wrt="w_j", let=[CORNELL_LET])
    assert any("np.exp is the code's exponential function" in note and "not Euler's number" in note
               for note in notes_of(result))


@pytest.mark.parametrize("answer, verdict", [
    ("gradient = xTr @ ((-1*yTr*e)/(1+e)).T", EQ),  # Σᵢ −yᵢ xᵢ eᵢ/(1 + eᵢ), by hand above
    ("gradient = xTr @ ((yTr*e)/(1+e)).T", DIFF),  # its negative
])
def test_an_answer_in_the_codes_e(answer, verdict):
    assert_verdict_read(answer, CORNELL_COST, verdict, wrt="w_j", lets=(CORNELL_LET,))


@pytest.mark.parametrize("cost, lets", [
    # np.e is Euler's number by name: the let's e and Euler's e in one problem cannot be told apart
    ("np.sum(np.log(1+e)) + np.e", (CORNELL_LET,)),
    ("np.sum(np.log(1+e))", ("e = np.exp(-1*yTr*(w.T@xTr)) * np.e",)),
    # np.exp(1) is Euler's number too
    ("np.sum(np.log(1+e)) * np.exp(1)", (CORNELL_LET,)),
    # a bare exp, as mathematics writes it, still counts as Euler's number beside a let of e
    ("np.sum(np.log(1+e))", ("e = exp(-1*yTr*(w.T@xTr))",)),
])
def test_a_let_of_e_beside_eulers_number_is_still_refused(cost, lets):
    error = refused(logderiv.derive, cost, wrt="w_j", let=list(lets))
    assert "'e' has a fixed meaning" in str(error)


# --- NumPy's '*' of two 1×m rows -----------------------------------------------------------------------------------

def test_a_let_that_multiplies_two_rows_of_the_examples_is_entry_by_entry():
    """Cornell's z = yTr * (w.T@xTr): two 1×m rows, zᵢ = yᵢ wᵀxᵢ; loss = Σ log(1 + e^{−zᵢ})."""
    assert_gradient_read("loss = np.sum(np.log(1 + np.exp(-z)))", _cornell, wrt=("w_j",),
                         lets=("z= yTr * (w.T@xTr)",))


def test_a_column_times_a_row_is_still_refused():
    """yTr.T is an m×1 column beside the 1×m row w.T@xTr: NumPy's '*' makes the m×m outer product, no value per
    example."""
    error = refused(logderiv.derive, "loss = np.sum(np.log(1 + np.exp(-z)))", wrt="w_j", let=["z = yTr.T * (w.T@xTr)"])
    assert "m×1 times 1×m" in str(error)


# --- np.e and a method named sigmoid ---------------------------------------------------------------------------------

# the LogisticReg class's cost_fn: both terms log 1 − σ(z), nothing negated: J = mean(log(1 − σ(Xw)));
# ∂J/∂w = −Xᵀσ(Xw)/m
TDS_COST = "sum(predicted_1 + predicted_0) / len(X)"
TDS_LETS = (
    "predicted_1 = y * np.log(1 - self.sigmoid(z))",
    "predicted_0 = (1 - y) * np.log(1 - self.sigmoid(z))",
    "z = np.dot(X, weights)",
    "self.sigmoid(z) = 1 / (1 + np.e**(-z))",
)


def _mean_log_one_minus(d):
    return float(np.mean(np.log(1 - _sigmoid(d.X @ d.w))))


def test_np_e_is_eulers_number_and_a_method_named_sigmoid_is_sigma():
    assert_gradient_read(TDS_COST, _mean_log_one_minus, wrt=("weights_j",), lets=TDS_LETS)


def test_the_method_named_sigmoid_is_noted():
    result = logderiv.derive(TDS_COST, wrt="weights_j", let=list(TDS_LETS))
    notes = notes_of(result)
    assert any("self.sigmoid(…) is the class's method named sigmoid" in note for note in notes)
    assert any("is the sigmoid σ" in note for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    ("np.dot(X.T, y_hat - y) / N", DIFF),  # the cross-entropy's step, not −Xᵀσ/N
    ("-np.dot(X.T, y_hat) / N", EQ),  # −Xᵀσ(Xw)/N, by hand above
])
def test_answers_against_the_methods_cost(answer, verdict):
    assert_verdict_read(answer, TDS_COST, verdict, wrt="weights_j",
                        lets=("y_hat = self.sigmoid(np.dot(X, weights))", "N = len(X)", *TDS_LETS))


def test_a_method_named_sigmoid_with_another_body_is_refused():
    """1/(1 + e^{z}) is σ(−z), not σ(z): the sigmoid is not redefined."""
    lets = [*TDS_LETS[:3], "self.sigmoid(z) = 1 / (1 + np.e**(z))"]
    with pytest.raises(InputError):
        logderiv.derive(TDS_COST, wrt="weights_j", let=lets)


# --- [m, n] = X.shape and a loop over the features -------------------------------------------------------------------

# zzx's cost_function: h = σ(np.sum(theta*X, 1)) = σ(Xθ); the mean cross-entropy; ∂J/∂θⱼ = Σᵢ(hᵢ − yᵢ)xᵢⱼ/m
ZZX_COST = "-np.mean(y*np.log(h) + (1-y)*np.log(1-h))"
ZZX_LETS = ("h = sigmoid(np.sum(theta*X, 1))", "sigmoid(z) = 1./(1 + np.exp(-z))", "[m, n] = X.shape")


@pytest.mark.parametrize("answer, verdict", [
    ("for j in range(n):\n        grad[j] = -np.sum((y-h)*X[:, j])/m", EQ),  # −Σ(y − h)xⱼ/m = Σ(h − y)xⱼ/m
    ("for j in range(n):\n        grad[j] = np.sum((y-h)*X[:, j])/m", DIFF),  # its negative
    ("for j in range(n):\n        grad[j] = -np.sum((y-h)*X[:, j])", DIFF),  # m times it
])
def test_a_loop_that_sets_each_entry_from_its_column(answer, verdict):
    assert_verdict_read(answer, ZZX_COST, verdict, lets=ZZX_LETS)


def test_the_loop_and_the_shape_are_noted():
    result = logderiv.check("for j in range(n):\n        grad[j] = -np.sum((y-h)*X[:, j])/m", cost=ZZX_COST,
                            wrt="theta_j", let=list(ZZX_LETS))
    notes = notes_of(result)
    assert any("sets each grad[j] whole from column j of X" in note for note in notes)
    assert any("[m, n] = X.shape unpacks" in note for note in notes)


def test_a_loop_entry_that_uses_j_otherwise_is_not_read_as_the_entry():
    """grad[j] = … * theta[j] … X[:, j]: j used beside the column is not the whole-entry reading (refused)."""
    with pytest.raises(InputError):
        logderiv.check("for j in range(n):\n        grad[j] = -np.sum((y-h)*X[:, j])/m + j", cost=ZZX_COST,
                       wrt="theta_j", let=list(ZZX_LETS))


def test_n_as_x_columns_with_theta_broadcast_is_the_feature_count():
    """n = X.shape[1] with X m×n (np.sum(theta*X, 1) is Xθ): logderiv's n; the gradient is by hand above."""
    def intended(d):
        h = _sigmoid(d.X @ d.theta)
        return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))
    assert_gradient_read(ZZX_COST, intended, lets=ZZX_LETS)


# --- NumPy's X.T * y with a 1-D y ----------------------------------------------------------------------------------

# Q&A 47114997: L = Σᵢ log(1 + e^{−yᵢ xᵢᵀw}) written np.dot(w, -X.T*y) (X m×n, y 1-D: column i of Xᵀ times yᵢ);
# ∇L = Σᵢ −yᵢ xᵢ σ(−yᵢ xᵢᵀw)
EXA_L = "np.sum( np.log1p(np.exp(np.dot(w,(-X.T*y)))) )"


def _exa(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def test_x_transposed_times_a_1d_y_inside_np_dot_is_read():
    assert_gradient_read(EXA_L, _exa, wrt=("w_j",))


def test_x_transposed_times_a_1d_y_is_noted():
    result = logderiv.derive(EXA_L, wrt="w_j")
    assert any("runs only with y 1-D" in note and "column i of Xᵀ" in note for note in notes_of(result))


@pytest.mark.parametrize("answer, verdict", [
    # the asker's g: 1 − 1/(1 + e^u) = σ(u) with u = −yᵢxᵢᵀw: Σ(−yᵢxᵢ)σ(uᵢ), ∇L exactly
    ("(-X.T*y).dot(1-1/(1+(np.exp(np.dot(w,(-X.T*y))))))", EQ),
    # the answer's: 1/(1 + e^{yᵢxᵢᵀw}) = σ(−yᵢxᵢᵀw): the same
    ("(-X.T * y).dot(1 / (1 + (np.exp(np.dot(w,(X.T * y))))))", EQ),
    # the sign of the scaling lost: −∇L
    ("(X.T * y).dot(1 / (1 + (np.exp(np.dot(w,(X.T * y))))))", DIFF),
    # σ(+yᵢxᵢᵀw) for σ(−yᵢxᵢᵀw)
    ("(-X.T * y).dot(1 / (1 + (np.exp(np.dot(w,(-X.T * y))))))", DIFF),
])
def test_answers_with_x_transposed_times_a_1d_y(answer, verdict):
    assert_verdict_read(answer, EXA_L, verdict, wrt="w_j")


@pytest.mark.parametrize("cost", [
    "np.sum(X.T*y)",  # the n×m matrix summed whole: not a product with the weights
    "np.sum(np.log1p(np.exp(np.dot(w, 2*(X.T*y)))))",  # a multiple of it: not read
])
def test_x_transposed_times_y_elsewhere_is_refused(cost):
    with pytest.raises(InputError):
        logderiv.derive(cost, wrt="w_j")


def test_x_transposed_times_the_error_alone_keeps_its_refusal():
    """X.T * (h - y) written for Xᵀ(h − y): an n×m matrix in NumPy, refused at its '*' with @ named, as before."""
    error = refused(logderiv.check, "X.T * (sigmoid(X @ w) - y) / m", cost="logistic", wrt="w_j")
    assert "@" in (error.hint or "")


# --- R's theta[2:theta_len] with theta_len <- length(theta) ------------------------------------------------------------

# a real ex2 port whose penalty lost its square: J = mean cross-entropy + λ/(2m) Σ_{k≥2} θₖ (θ₁ the intercept);
# ∂J/∂θⱼ = Σᵢ(σᵢ − yᵢ)xᵢⱼ/m + λ/(2m)·[j ≥ 2]
R_EX2_COST = ("J <- 1/m * sum(-t(Y)   %*% log(    sigmoid(X %*% theta)) - \n"
              "                    t(1-Y) %*% log(1 - sigmoid(X %*% theta))) \n\n"
              "    J <- J + lambda/(2*m) * sum(theta[2:theta_len])")


def _r_ex2(d):
    h = _sigmoid(d.X @ d.theta)
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h))) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:]))


def test_an_r_range_to_a_let_of_the_vectors_length_is_all_but_the_first():
    assert_gradient_read(R_EX2_COST, _r_ex2, lets=("m <- length(Y)", "theta_len <- length(theta)"))


def test_the_r_range_to_the_length_is_noted():
    result = logderiv.derive(R_EX2_COST, wrt="theta_j", let=["m <- length(Y)", "theta_len <- length(theta)"])
    assert any("theta[2:theta_len] is theta[2:length(theta)]" in note for note in notes_of(result))


def test_an_r_range_to_a_let_of_another_length_is_still_refused():
    """theta_len <- length(Y) is the examples' count: theta[2:theta_len] is no range of θ's own entries."""
    error = refused(logderiv.derive, R_EX2_COST, wrt="theta_j", let=["m <- length(Y)", "theta_len <- length(Y)"])
    assert "R index is not read" in str(error)


# --- R's sum(cbind(a, b) * cbind(c, d)) ----------------------------------------------------------------------------

# a Titanic costFunc: Σ[y log σ + (1 − y) log(1 − σ)] / −m, the mean cross-entropy
R_CBIND = "sum(cbind(y, 1 - y) * cbind(log(sigmoid(X %*% theta)), log(1 - sigmoid(X %*% theta)))) / -nrow(X)"


def _cross_entropy(d):
    h = _sigmoid(d.X @ d.theta)
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))


def test_r_sum_of_two_bound_pairs_is_the_sum_of_their_column_products():
    assert_gradient_read(R_CBIND, _cross_entropy)


def test_r_sum_of_bound_pairs_is_noted():
    result = logderiv.derive(R_CBIND, wrt="theta_j")
    assert any("sum(cbind(a, b) * cbind(c, d))" in note for note in notes_of(result))


@pytest.mark.parametrize("cost", [
    # three columns against two: R would stop (non-conformable arrays); not read
    "sum(cbind(y, 1 - y, y) * cbind(log(sigmoid(X %*% theta)), log(1 - sigmoid(X %*% theta)))) / -nrow(X)",
    # a cbind outside such a sum is the matrix, not read
    "sum(cbind(y, 1 - y)) * sum(log(sigmoid(X %*% theta)))",
])
def test_other_cbinds_are_refused(cost):
    with pytest.raises(InputError):
        logderiv.derive(cost, wrt="theta_j")


# --- lines that end with the gradient by another parameter ----------------------------------------------------------

# the lab's logistic cost, J = (1/m) Σ[−y log f − (1 − y) log(1 − f)], f = g(w·x + b): ∂J/∂wⱼ = Σᵢ(fᵢ − yᵢ)xᵢⱼ/m
C1_LOG_COST = (r"J(\mathbf{w},b) = \frac{1}{m} \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( "
               r"\mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( "
               r"\mathbf{x}^{(i)} \right) \right) \right]")
C1_LOG_LETS = (r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)",
               r"g(z) = \frac{1}{1+e^{-z}}")
SILVA_LOOP = (
    "    m, n = X.shape\n    dj_dw = np.zeros(w.shape)\n    dj_db = 0.\n\n"
    "    for i in range(m):\n        z_i = np.dot(X[i], w) + b\n        f_wb = sigmoid(z_i)\n\n"
    "        dj_db_i = f_wb - y[i]\n        dj_db += dj_db_i\n\n        for j in range(n):\n"
    "            dj_dw[j] = dj_dw[j] + (f_wb - y[i]) * X[i][j]{scale}\n\n    dj_db = dj_db / m"
)


@pytest.mark.parametrize("scale, verdict", [
    ("", DIFF),  # dj_dw = Σ(f − y)xⱼ: m times ∂J/∂wⱼ (its / m line lost)
    (" / m", EQ),  # divided inside the loop: Σ(f − y)xⱼ/m, ∂J/∂wⱼ
])
def test_the_asked_gradient_of_a_loop_followed_only_by_another_gradients_line(scale, verdict):
    assert_verdict_read(SILVA_LOOP.replace("{scale}", scale), C1_LOG_COST, verdict, wrt="w_j", lets=C1_LOG_LETS)


def test_the_asked_gradient_past_the_loop_is_noted():
    result = logderiv.check(SILVA_LOOP.replace("{scale}", ""), cost=C1_LOG_COST, wrt="w_j", let=list(C1_LOG_LETS))
    assert any("after the loop the lines set only dj_db" in note for note in notes_of(result))


def test_a_line_after_the_loop_that_uses_the_asked_gradient_keeps_the_refusal():
    """dj_db = dj_db / m + dj_dw[0]: the line past the loop touches dj_dw, so the lines say more of it: not read."""
    text = SILVA_LOOP.replace("{scale}", "").replace("dj_db = dj_db / m", "dj_db = dj_db / m + dj_dw[0]")
    with pytest.raises(InputError):
        logderiv.check(text, cost=C1_LOG_COST, wrt="w_j", let=list(C1_LOG_LETS))


# --- the notes in every output format ---------------------------------------------------------------------------------

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


@pytest.mark.parametrize("args, said", [
    (["derive", CORNELL_COST, "--wrt", "w_j", "--let", CORNELL_LET], "np.exp is the code's exponential function"),
    (["derive", EXA_L, "--wrt", "w_j"], "runs only with y 1-D"),
    (["derive", R_CBIND, "--wrt", "theta_j"], "sum(cbind(a, b) * cbind(c, d))"),
])
@pytest.mark.parametrize("form", ["text", "json", "markdown", "latex"])
def test_the_readings_are_said_in_every_format(args, said, form):
    import json

    from click.testing import CliRunner

    from logderiv.cli import main

    result = CliRunner(env=_CLEAN_ENV).invoke(main, [*args, "-f", form], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if form == "json":
        assert any(said in note for note in json.loads(result.output)["notes"])
    else:
        # Markdown escapes '*' (\*), LaTeX writes × as \times in a remark: compare the note's words as printed
        shown = " ".join(result.output.replace("\\*", "*").split())
        assert said in shown
