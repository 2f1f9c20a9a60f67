r"""Code's own names (issue 10, the fixnames branch): the vector --wrt names, the data matrix under a code name, Math.

* ``--wrt thetas_j`` over ``X @ thetas`` (``xproj = X*wts``, ``np.dot(X, coef)``, ``X.dot(A)``): the name --wrt
  gives, multiplied where the parameters go, is the parameter vector;
* ``Xbar.dot(w)``, ``features @ theta``, ``Xmat*w`` beside ``size(Xmat, 1)``: one unknown name times the parameters,
  no X otherwise, is the m×n data matrix;
* JavaScript's ``Math.log``, ``Math.exp``, ``Math.pow(a, b)`` (and Python's ``math.``) are log, exp and a power.

Each reading has near variants that must stay refused (the name indexed by example, X beside Xbar, a --let that
defines the name, a name assigned in the code) or read otherwise (``size(Xmat, 2)`` is n, not m). Gradients are held
to central finite differences of hand-written NumPy costs: by ``tests/_numeric.py`` directly, and through the
corpus judge (``corpus.judge.judge_cost``: its own oracle evaluates logderiv's gradient, finite differences of the
NumPy cost judge it); verdicts are worked by hand in the comments.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from corpus.items import Cost, sig
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError, UnsupportedError

RNG = np.random.default_rng(10)

#: Vũ Hữu Tiệp's Machine Learning cơ bản, chapter 12's notebook (def cost(w), def grad(w)), verbatim
CUONG = "github:cuongpiger/Machine_Learning_co_ban:Chapter 12. Gradient descent/03.web - kiem tra dao ham.ipynb"
CUONG_COST = ".5/N*np.linalg.norm(y - Xbar.dot(w), 2)**2"
CUONG_LETS = ("N = Xbar.shape[0]",)


def _notes(result) -> str:
    return " | ".join(result.notes)


def test_half_mse_gradient_by_finite_differences():
    """The truth the verdicts below lean on: ∇ (1/2N)‖y − Xw‖² = Xᵀ(Xw − y)/N, by central differences."""
    X, y, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    cost = lambda v: 0.5 / 5 * np.linalg.norm(y - X @ v) ** 2
    assert np.allclose(_fd(cost, w), X.T @ (X @ w - y) / 5, atol=1e-6)


# --- the data matrix under a code name ---------------------------------------------------------------------------


def test_xbar_cost_is_the_half_mse():
    """CUONG's cost(w): Xbar is X, N its rows; the derived gradient agrees with finite differences."""
    item = Cost("cuong", CUONG, CUONG_COST, lambda d: 0.5 / d.m * np.sum((d.y - d.X @ d.w) ** 2),
                wrt=("w_j",), lets=CUONG_LETS)
    assert judge_cost(item).kind == "right"
    assert "Xbar is the code's name of the data matrix" in _notes(derive(CUONG_COST, wrt="w_j", let=CUONG_LETS))


@pytest.mark.parametrize("answer, verdict", [
    ("1/N * Xbar.T.dot(Xbar.dot(w) - y)", "equivalent"),  # CUONG's grad(w): Xᵀ(Xw − y)/N, as above
    ("1/N * Xbar.T.dot(y - Xbar.dot(w))", "different"),   # its negative
    ("Xbar.T.dot(Xbar.dot(w) - y)", "different"),         # N times it
])
def test_xbar_gradient_verdicts(answer, verdict):
    assert check(answer, cost=CUONG_COST, wrt="w_j", let=CUONG_LETS).verdict == verdict


@pytest.mark.parametrize("text, intended", [
    ("np.sum((features @ theta - y)**2)/len(y)", lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / d.m),
    ("np.mean((Xtrain.dot(theta) - y)**2)", lambda d: np.mean((d.X @ d.theta - d.y) ** 2)),
    # Octave's * could scale by a constant: size(Xmat, 1) says Xmat has rows, a matrix; it counts the examples
    ("sum((Xmat*theta - y).^2)/(2*size(Xmat,1))", lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)),
    # size(Xmat, 2) is X's columns: the features n, not the examples
    ("sum((Xmat*theta - y).^2)/(2*size(Xmat,2))", lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.n)),
])
def test_code_names_of_the_data_matrix(text, intended):
    assert judge_cost(Cost("near", "variants of CUONG's Xbar", text, intended)).kind == "right"


@pytest.mark.parametrize("text, lets", [
    ("np.sum((Xbar.dot(w) - y)**2) + np.sum(X.dot(w))", ()),    # X beside Xbar: two matrices
    ("np.sum((Xbar.dot(w) - y)**2) + Xbar[0].dot(w)", ()),      # one row of it: indexed
    ("np.sum((Xbar.dot(w) - y)**2)", ("Xbar = X + 1",)),        # a let says what Xbar is: it stays that
    ("np.sum((Xtrain @ w - y)**2) + np.sum((Xtest @ w - y)**2)", ()),  # two names
    ("sum((lam*w - y).^2)", ()),                                # Octave's lam * w: a constant, perhaps
])
def test_data_matrix_near_variants_are_refused(text, lets):
    with pytest.raises((InputError, UnsupportedError)):
        derive(text, wrt="w_j", let=lets)


# --- the vector --wrt names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, wrt, lets, intended", [
    ("1/(2*m) * np.sum((X @ thetas - y)**2)", "thetas_j", (), lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m)),
    ("-np.mean(y*np.log(sigmoid(xproj)) + (1-y)*np.log(1-sigmoid(xproj)))", "wts_j", ("xproj = X*wts",),
     lambda d: -np.mean(d.y * np.log(sig(d.X @ d.w)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w)))),
    ("np.sum((np.dot(X, coef) - y)**2)", "coef_j", (), lambda d: np.sum((d.X @ d.w - d.y) ** 2)),
    ("np.sum((X.dot(A) - y)**2) + lam*np.sum(A**2)", "A_j", (),
     lambda d: np.sum((d.X @ d.w - d.y) ** 2) + d.lam * np.sum(d.w ** 2)),
    # both readings at once: Xtrain is X, thetas is θ
    ("np.sum((Xtrain @ thetas - y)**2)", "thetas_j", (), lambda d: np.sum((d.X @ d.w - d.y) ** 2)),
])
def test_the_vector_wrt_names(text, wrt, lets, intended):
    assert judge_cost(Cost("wrt", "the brief's examples of issue 10", text, intended, wrt=(wrt,), lets=lets)).kind \
        == "right"
    assert f"is the vector --wrt {wrt} differentiates by" in _notes(derive(text, wrt=wrt, let=lets))


@pytest.mark.parametrize("answer, verdict", [
    ("X.T @ (X @ thetas - y) / m", "equivalent"),   # ∇ (1/2m)‖Xθ − y‖² = Xᵀ(Xθ − y)/m
    ("X.T @ (X @ thetas - y)", "different"),        # m times it
])
def test_an_answer_in_the_wrt_name(answer, verdict):
    assert check(answer, cost="1/(2*m) * np.sum((X @ thetas - y)**2)", wrt="thetas_j").verdict == verdict


@pytest.mark.parametrize("text, wrt, lets", [
    ("np.sum((X @ thetas - y)**2) + thetas[0]", "thetas_j", ()),              # an entry of it: indexed
    ("np.sum((X @ A - y)**2) + np.sum(A[:, 1])", "A_j", ()),                  # a column: several outputs
    ("np.sum((X @ A - y)**2)", "A_j", ("A = 2",)),                            # a let defines it otherwise
    ("thetas = thetas - 0.1\nnp.sum((X @ thetas - y)**2)", "thetas_j", ()),  # assigned in the code
    ("np.sum((X @ thetas - y)**2) + lam*np.sum(theta**2)", "thetas_j", ()),  # θ itself beside it
    ("np.sum((X @ thetas - y)**2)", "thetas_0", ()),                          # which entry is 0: not said
    ("np.sum((X @ thetas - y)**2)", "w_j", ()),                               # --wrt names another vector
])
def test_wrt_name_near_variants_are_refused(text, wrt, lets):
    with pytest.raises((InputError, UnsupportedError)):
        derive(text, wrt=wrt, let=lets)


# --- Math.log, Math.exp, Math.pow --------------------------------------------------------------------------------


def test_math_functions_are_the_notations():
    """−(1/m)Σ[y log h + (1 − y) log(1 − h)] in JavaScript's Math.log: the logistic cost, (1/m)Xᵀ(σ(Xθ) − y)."""
    X, y, theta = RNG.normal(size=(4, 3)), RNG.uniform(0.1, 0.9, size=4), RNG.normal(size=3)
    cost = lambda t: -np.mean(y * np.log(sig(X @ t)) + (1 - y) * np.log(1 - sig(X @ t)))
    assert np.allclose(_fd(cost, theta), X.T @ (sig(X @ theta) - y) / 4, atol=1e-6)
    text = "-sum(y*Math.log(h) + (1-y)*Math.log(1-h))/m"
    assert check("(1/m) * sum((h - y) * x_j)", cost=text, wrt="theta_j").verdict == "equivalent"
    assert check("sum((h - y) * x_j)", cost=text, wrt="theta_j").verdict == "different"
    assert "Math.log" in _notes(derive(text))


def test_math_pow_is_a_power():
    """(1/2m)Σ Math.pow(θᵀx − y, 2) is the half MSE: its gradient (1/m)Σ(θᵀx − y)xⱼ, a square, not twice it."""
    intended = lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
    assert judge_cost(Cost("pow", "Math.pow", "sum(Math.pow(theta^T x - y, 2))/(2*m)", intended)).kind == "right"
    with pytest.raises((InputError, UnsupportedError)):
        derive("sum(Math.pow(theta^T x - y))/(2*m)")  # one argument: not a power


# --- R's storage calls, R's lfactorial, Octave's column of ones under a count of the examples --------------------

#: fastcpd's R family functions (the Poisson and binomial negative log-likelihoods), verbatim
FASTCPD = "github:doccstat/fastcpd:R/neg_log_lik.R (commit 1b655494b86bdbb47a2693bd2f05ae36382539e7, neg_log_lik)"


@pytest.mark.parametrize("text, intended", [
    ("sum(-Y * u + exp(u) + lfactorial(Y))",      # log(Y!) does not depend on b: only −Yu + eᵘ has a gradient
     lambda d: np.sum(-d.y * (d.X @ d.w) + np.exp(d.X @ d.w))),
    ("sum(-Y * u + log(1 + exp(u)))",             # as.numeric only stores Xb as a vector
     lambda d: np.sum(-d.y * (d.X @ d.w) + np.log1p(np.exp(d.X @ d.w)))),
])
def test_fastcpd_nll_with_lfactorial_and_as_numeric(text, intended):
    item = Cost("fastcpd", FASTCPD, text, intended, wrt=("b_j",), lets=("u <- as.numeric(X %*% b)",))
    assert judge_cost(item).kind == "right"


def test_lfactorial_of_the_parameters_is_refused():
    """lfactorial(Xβ) would depend on β (and log Γ's derivative is not the notation's): refused, never read as 0."""
    with pytest.raises((InputError, UnsupportedError)):
        derive("sum(exp(X %*% beta) - y * (X %*% beta) + lfactorial(X %*% beta))", wrt="beta_j")


@pytest.mark.parametrize("text", [
    "sum(as.numeric((X %*% beta - y)^2))/(2*nrow(X))",
    "drop(t(X %*% beta - y) %*% (X %*% beta - y))/(2*nrow(X))",
    "sum(as.vector(X %*% beta - y)^2)/(2*nrow(X))",
])
def test_r_storage_calls_keep_the_values(text):
    """as.numeric, as.vector and drop change how the numbers are stored, not what they are: the half MSE."""
    intended = lambda d: np.sum((d.X @ d.beta - d.y) ** 2) / (2 * d.m)
    assert judge_cost(Cost("r", "R storage calls", text, intended, wrt=("beta_j",))).kind == "right"


@pytest.mark.parametrize("count", ["m", "length(y)", "numel(y)", "size(X,1)", "size(y, 1)", "rows(X)"])
def test_ones_column_under_a_count_of_the_examples(count):
    """v' * ones(count, 1) is Σv when count is m, however code spells it: here the half MSE."""
    text = f"((X*theta - y).^2)' * ones({count},1)/(2*m)"
    intended = lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
    assert judge_cost(Cost("ones", "Octave's sum by a column of ones", text, intended)).kind == "right"


@pytest.mark.parametrize("count", ["size(X,2)", "length(theta)", "n"])
def test_ones_column_of_another_length_is_refused(count):
    """ones(n, 1) beside an m×1 vector cannot be its sum: n counts the features."""
    with pytest.raises((InputError, UnsupportedError)):
        derive(f"((X*theta - y).^2)' * ones({count},1)/(2*m)")


# --- code's variable for the hypothesis ---------------------------------------------------------------------------

#: stackguides' question 51262489 (Octave, regularised logistic regression), the cost line verbatim
STACKGUIDES = "https://stackguides.com/questions/51262489/ml-octave-gradient-function-for-regularized-logistic-regression"
STACKGUIDES_COST = "(sum(-y' * log(hx) - (1 - y')*log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)"


def test_hx_is_the_hypothesis():
    """hx = sigmoid(X * theta) a line above the cost: the regularised mean cross-entropy, θ₁ (theta(1)) unpenalised."""
    def intended(d):
        h = sig(d.X @ d.theta)
        return -np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)) + d.lam * np.sum(d.theta[1:] ** 2) / (2 * d.m)
    item = Cost("stackguides", STACKGUIDES, STACKGUIDES_COST, intended, lets=("sigmoid(z) = 1 ./ (1 + exp( -z ))",))
    assert judge_cost(item).kind == "right"
    assert "hx (no --let defines it) is code's variable for the hypothesis" in _notes(
        derive(STACKGUIDES_COST, let=["sigmoid(z) = 1 ./ (1 + exp( -z ))"]))


@pytest.mark.parametrize("text", [
    "(sum(-y' * log(hx) - (1 - y')*log(1 - h)) / m)",       # h itself beside hx
    "(sum(-y' * log(hx(2)) - (1 - y')*log(1 - hx)) / m)",   # hx indexed
])
def test_hx_near_variants_are_not_read_as_h(text):
    with pytest.raises((InputError, UnsupportedError)):
        derive(text)


def test_hx_assigned_in_the_code_is_read_by_its_assignment():
    """hx = X * theta; then a bare last line: not read as h by its name, but by the code's own line (fixf71's reading
    of a name set, then a last expression of it, noted), the sum of squares in Xθ. Refused before fixf71, when no
    reading of the two lines existed; that refusal guarded against reading hx as h by name, which this is not."""
    text = "hx = X * theta;\nsum((hx - y).^2)"
    item = Cost("assigned", STACKGUIDES, text, lambda d: np.sum((d.X @ d.theta - d.y) ** 2))
    assert judge_cost(item).kind == "right"
    notes = " | ".join(derive(text).problem.notes)  # the reading's notes, which every output format shows
    assert "hx is set, and the last line" in notes
    assert "code's variable for the hypothesis" not in notes


# --- a class's static method called through the class; labels; lambda_param ----------------------------------------

#: trekhleb/homemade-machine-learning, LinearRegression.cost_function as fixed by pull request #64, verbatim
TREKHLEB = "github:trekhleb/homemade-machine-learning pull request #64 (homemade/linear_regression/linear_regression.py)"
TREKHLEB_LETS = ("num_examples = data.shape[0]", "delta = LinearRegression.hypothesis(data, self.theta) - labels",
                 "hypothesis(data, theta) = data @ theta", "theta_cut = self.theta[1:, 0]",
                 "reg_param = lambda_param * (theta_cut.T @ theta_cut)")


@pytest.mark.parametrize("text, scale", [
    ("(1 / (2 * num_examples)) * (delta.T @ delta + reg_param)", lambda m: 1 / (2 * m)),  # the fix: 1/(2m)
    ("(1 / 2 * num_examples) * (delta.T @ delta + reg_param)", lambda m: m / 2),          # before it: (1/2)·m
])
def test_trekhleb_cost(text, scale):
    """(Σδ² + λΣ_{k≥2}θₖ²) scaled, δ = Xθ − y: data is X, labels y, lambda_param λ, the intercept unpenalised."""
    def intended(d):
        return scale(d.m) * (np.sum((d.X @ d.theta - d.y) ** 2) + d.lam * np.sum(d.theta[1:] ** 2))
    assert judge_cost(Cost("trekhleb", TREKHLEB, text, intended, lets=TREKHLEB_LETS)).kind == "right"
    notes = _notes(derive(text, let=TREKHLEB_LETS))
    assert "LinearRegression.hypothesis(…) calls the class LinearRegression's static method hypothesis" in notes
    assert "labels is code's name of the targets" in notes


def test_a_class_qualified_call_of_no_let_is_not_read():
    """Without a --let for hypothesis the class's method is unknown: refused, never guessed."""
    lets = tuple(let for let in TREKHLEB_LETS if not let.startswith("hypothesis"))
    with pytest.raises((InputError, UnsupportedError)):
        derive("(1 / (2 * num_examples)) * (delta.T @ delta + reg_param)", let=lets)


@pytest.mark.parametrize("text, lets", [
    ("np.sum((Model.predict(X, theta) - y)**2)/(2*m)", ()),                                   # no --let: unknown
    ("np.sum((Model.predict(X) - y)**2)/(2*m)", ("predict(data, theta) = data @ theta",)),   # other arguments
    ("np.sum((Model.predict(X, theta) - y)**2)/(2*m)", ("predict(data, theta) = data @ theta",)),  # data beside X
])
def test_class_qualified_near_variants_are_refused(text, lets):
    with pytest.raises((InputError, UnsupportedError)):
        derive(text, let=lets)
