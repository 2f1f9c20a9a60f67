"""Gradient code as people paste it (branch fixf61a, issue 10): the f61 wave's course code read as its writers mean.

* EPFL's MATLAB copies of the CS-433 labs name the data matrix ``tX`` (x̃, with its column of ones) and write
  Octave's products: ``tX*beta``, ``tX'*e``. Read as X with the labs' tx note wherever a text shows it is Octave
  (a quote transpose, ``.*``); NumPy's ``tx * w`` broadcasts and stays refused.

Every verdict and gradient is held to the corpus judge (tests/corpus/judge.py): finite differences of NumPy costs
written here by hand, and verdicts worked out by hand in the comment beside each, never logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check, derive

TX_NOTE = "tx is the EPFL labs' x̃, the data matrix with a column of ones, read as X"


def _sig(v):
    return 1 / (1 + np.exp(-v))


# ------------------------------------------------------------------ EPFL's tX in Octave
def _loglik(d):
    z = d.X @ d.beta
    return float(d.y @ z - np.sum(np.log(1 + np.exp(z))))


def _half_mse(d):
    e = d.y - d.X @ d.beta
    return float(e @ e) / (2 * d.m)


def _rmse(d):
    e = d.y - d.X @ d.beta
    return float(np.sqrt(e @ e / d.m))


@pytest.mark.parametrize("text, intended, lets", [
    ("y'*tX*beta - sum(log(1 + exp(tX*beta)))", _loglik, ()),  # Σ yᵢxᵢᵀβ − log(1 + e^{xᵢᵀβ})
    ("e'*e/(2*N)", _half_mse, ("e = y - tX*beta", "N = length(y)")),  # ‖y − Xβ‖²/(2N)
    ("sqrt(1./size(y,1)*(y - tX*beta)'*(y - tX*beta))", _rmse, ()),  # √(‖y − Xβ‖²/N)
    ("sum((y - tx*beta).^2)/2", lambda d: 0.5 * float((d.y - d.X @ d.beta) @ (d.y - d.X @ d.beta)), ()),
])
def test_epfl_octave_tx_costs(text, intended, lets):
    assert_gradient_read(text, intended, wrt=("beta_j",), lets=lets)
    assert any(TX_NOTE in note for note in notes_of(derive(text, wrt="beta_j", let=lets)))


EPFL_NLL = "-1/m *( y'*tX*beta - sum(log(1 + exp(tX*beta))) )"


@pytest.mark.parametrize("answer, verdict", [
    ("g = 1./m * tX' *(sigmoid(tX*beta) - y);", "equivalent"),  # (1/m)Xᵀ(σ(Xβ) − y): the mean NLL's gradient
    ("g = 1./m * tX' *(y - sigmoid(tX*beta));", "different"),  # its sign flipped
    ("g = tX' *(sigmoid(tX*beta) - y);", "different"),  # m times it
])
def test_epfl_octave_tx_answers(answer, verdict):
    assert_verdict_read(answer, EPFL_NLL, verdict, wrt="beta_j", lets=("m = length(y)",))
    result = check(answer, cost=EPFL_NLL, wrt="beta_j", let=("m = length(y)",))
    assert any(TX_NOTE in note for note in notes_of(result))


def test_numpy_tx_times_w_broadcasts_and_is_not_read_as_a_product():
    # NumPy's tx * w is an m×n array (w times each row, entry by entry), not x̃w: no Octave mark, no reading
    error = refused(derive, "np.sum((y - tx * w)**2)", wrt="w_j")
    assert "tx" in str(error)


# ------------------------------------------------------------------ NumPy's v @ v outside a matrix answer
PYGD_LETS = ("v = x @ theta.T - y", "n_sample, n_feature = x.shape")
AT_NOTE = "v @ v of one vector of the examples runs only with a 1-D array"


def _half_mse_theta(d):
    v = d.X @ d.theta - d.y
    return float(v @ v) / 2 / d.m


def _ridge_sse(d):
    r = d.X @ d.w - d.y
    return float(r @ r) + d.lam * float(d.w @ d.w)


def test_self_matmul_costs():
    # ‖xθ − y‖²/(2·n_sample) and ‖Xw − y‖² + λ‖w‖², by finite differences of the NumPy above
    assert_gradient_read("v @ v / 2 / n_sample", _half_mse_theta, lets=PYGD_LETS)
    assert_gradient_read("residual @ residual + lam * (w @ w)", _ridge_sse, wrt=("w_j",),
                         lets=("residual = X @ w - y",))
    result = derive("v @ v / 2 / n_sample", wrt="theta_j", let=PYGD_LETS)
    assert any(AT_NOTE in note for note in notes_of(result))


@pytest.mark.parametrize("answer, verdict", [
    ("v.T @ x / n_sample", "equivalent"),  # vᵀx = (xθ − y)ᵀx, the row form of xᵀ(xθ − y), over n_sample
    ("x.T @ v / n_sample", "equivalent"),  # the same vector, as a column
    ("v.T @ x", "different"),  # n_sample times the gradient
    ("x.T @ v / (2 * n_sample)", "different"),  # half of it
])
def test_self_matmul_cost_answers(answer, verdict):
    assert_verdict_read(answer, "v @ v / 2 / n_sample", verdict, lets=PYGD_LETS)


def test_matmul_of_two_names_with_no_matrix_stays_refused():
    # u @ v of two names with no X or transpose anywhere: which arrays, and which shapes, the text does not say
    error = refused(derive, "u @ v / 2", wrt="theta_j", let=("u = theta", "v = theta"))
    assert "'@'" in str(error)


# ------------------------------------------------------------------ C++/Eigen loops over X.col(i)
CPP_LOSS = ("double loss = 0;\n\tfor(int i = 0; i < X.cols(); ++i){\n\t\tdouble temp = w.transpose() * X.col(i) - y(i);\n"
            "\t\tloss += temp*temp;\n\t}\n\tloss /= X.cols();\n\treturn loss;")
CPP_GRAD = ("VectorXd result;\n\tfor(int i = 0; i < X.cols(); ++i){\n"
            "\t\tresult += 2*(X.col(i) * ((w.transpose() * X.col(i)) - y(i)))/X.cols();\n\t}\n\treturn result;")
EIGEN_NOTE = "read as Eigen (C++): the loop takes example i as X.col(i), so X holds one example a column"


def _mse_w(d):
    # the C++ X is features × examples: its column i is row i of the judge's X
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def test_eigen_loss_loop():
    # (1/m)Σ(wᵀxᵢ − yᵢ)², xᵢ = X.col(i)
    assert_gradient_read(CPP_LOSS, _mse_w, wrt=("w_j",))
    assert any(EIGEN_NOTE in note for note in notes_of(derive(CPP_LOSS, wrt="w_j")))


@pytest.mark.parametrize("answer, verdict", [
    (CPP_GRAD, "equivalent"),  # Σᵢ 2xᵢ(wᵀxᵢ − yᵢ)/m, the MSE's gradient
    (CPP_GRAD.replace("result += 2*(", "result += ("), "different"),  # half of it
    (CPP_GRAD.replace(" - y(i)", " + y(i)"), "different"),  # the residual's sign
])
def test_eigen_gradient_loop(answer, verdict):
    assert_verdict_read(answer, CPP_LOSS, verdict, wrt="w_j")
    notes = notes_of(check(answer, cost=CPP_LOSS, wrt="w_j"))
    assert any("result is declared with no value" in note for note in notes)
    assert any("is read by its entry j" in note for note in notes)


@pytest.mark.parametrize("answer", ["2 * X.T @ (X @ w - y) / m", "2 * X @ (X.T @ w - y) / m"])
def test_a_whole_x_beside_the_eigen_columns_is_refused(answer):
    # the loop's X is features × examples: a matrix answer's X may be it or its transpose, and the verdicts differ
    error = refused(check, answer, cost=CPP_LOSS, wrt="w_j")
    assert "X.col(i)" in str(error) and error.column == answer.index("X")


def test_python_gradient_loop_adding_the_row():
    # grad += (xᵢ·w − yᵢ) xᵢ summed, over m: the half MSE's gradient (1/m)Σ(wᵀxᵢ − yᵢ)xᵢ, entry by entry
    answer = "grad = 0\nfor i in range(m):\n    grad += (np.dot(X[i], w) - y[i]) * X[i]\nreturn grad / m"
    cost = "np.sum((X @ w - y)**2) / (2*m)"
    assert_verdict_read(answer, cost, "equivalent", wrt="w_j")
    assert_verdict_read(answer.replace("/ m", "/ (2*m)"), cost, "different", wrt="w_j")


# ------------------------------------------------------------------ R: a function for optim, its guards, crossprod
R_GRAD = ("grad <- function(beta, Y, X){\n  pi <- plogis(X%*%beta)\n  pi[pi==0] <- .Machine$double.neg.eps\n"
          "  pi[pi==1] <- 1-.Machine$double.neg.eps\n  gr <- crossprod(X, Y-pi)\n  return(-gr)\n}")
R_COST = "-sum(Y*log(pi) + (1-Y)*log(1-pi))"
R_LETS = ("pi = plogis(X%*%beta)",)


@pytest.mark.parametrize("answer, verdict", [
    (R_GRAD, "equivalent"),  # −Xᵀ(Y − π) = Xᵀ(π − Y), the summed NLL's gradient
    (R_GRAD.replace("return(-gr)", "return(gr)"), "different"),  # the log-likelihood's gradient
    ("grad <- function(beta, Y, X){\n  pi <- plogis(X%*%beta)\n  crossprod(X, pi-Y)\n}", "equivalent"),  # last line
    ("grad <- function(beta, Y, X){\n  pi <- plogis(X%*%beta)\n  crossprod(X, pi-Y) / 2\n}", "different"),
])
def test_r_function_for_optim(answer, verdict):
    assert_verdict_read(answer, R_COST, verdict, wrt="beta_j", lets=R_LETS)
    notes = notes_of(check(answer, cost=R_COST, wrt="beta_j", let=R_LETS))
    assert any("the function grad(beta, Y, X) is read as its body" in note for note in notes)
    if "Machine" in answer:
        assert any("a numerical guard, a no-op on the mathematics, dropped" in note for note in notes)


def test_r_guard_of_a_name_that_is_no_sigmoid_stays():
    # r <- X %*% beta - Y is no probability: r[r==0] <- 1e-15 changes the residuals where they are 0, not dropped
    answer = "grad <- function(beta, Y, X){\n  r <- X%*%beta - Y\n  r[r==0] <- 1e-15\n  crossprod(X, r)\n}"
    error = refused(check, answer, cost="sum((X%*%beta - Y)^2)/2", wrt="beta_j")
    assert "this R index is not read" in str(error)


def _r_nll(d):
    p = _sig(d.X @ d.beta)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_r_cost_function_unwrapped():
    # the summed negative log-likelihood, written as R's function with its guards
    cost = ("nll <- function(beta, Y, X){\n  p <- plogis(X%*%beta)\n  p[p==1] <- 1-.Machine$double.eps\n"
            "  -sum(Y*log(p) + (1-Y)*log(1-p))\n}")
    assert_gradient_read(cost, _r_nll, wrt=("beta_j",))


# ------------------------------------------------------------------ Octave: a gradient assigned in turn
EX5_COST = "J = (1/(2*m))*sum((h - y).^2) + (lambda/(2*m))*sum(theta(2:end).^2);"


@pytest.mark.parametrize("answer, verdict", [
    # (1/m)Xᵀ(h − y) + (λ/m)[0; θ(2:end)]: the gradient of the half MSE with the intercept left out of the penalty
    ("grad=(1/m)*(X'*(h-y)); %2x1\ngrad_reg=(lambda/m)*(theta(2:end)); %for j=1 to so on\n"
     "grad(2:end)=grad(2:end)+grad_reg; % adding regularization only in bias", "equivalent"),
    ("grad=(1/m)*(X'*(h-y));\ngrad(2:end)=grad(2:end)+(lambda/m)*theta(2:end);", "equivalent"),
    ("grad=(1/m)*(X'*(h-y));\ngrad(2:end)=grad(2:end)+(lambda/(2*m))*theta(2:end);", "different"),  # λ/(2m)
    ("grad=(1/m)*(X'*(h-y));\ngrad(2:end)=grad(2:end)-(lambda/m)*theta(2:end);", "different"),  # its sign
])
def test_octave_rest_updated_after_the_first_entry(answer, verdict):
    assert_verdict_read(answer, EX5_COST, verdict, lets=("h=X*theta",))


def test_octave_comment_lines_between_reassignments():
    # grad = (1/m)Xᵀ(h − y) + (λ/m)θ, then its first entry's penalty taken off: (λ/m)[0; θ(2:end)]
    answer = ("grad = 1/m*X'*(h-y)+lambda/m*theta;\n% It must start at 1\n"
              "grad(1) = grad(1) - lambda / m * theta(1);")
    cost = "J = 1/m*(-y'*log(h)-(1-y)'*log(1-h))+lambda/(2*m)*(sum(theta.^2)-theta(1)^2);"
    lets = ("h = sigmoid(X*theta)", "m = length(y)")
    assert_verdict_read(answer, cost, "equivalent", lets=lets)
    notes = notes_of(check(answer, cost=cost, wrt="theta_j", let=lets))
    assert any("'% It must start at 1' is an Octave comment: dropped" in note for note in notes)


def test_a_helper_computed_and_never_used_is_not_read():
    # g2 is computed and unused: the lines' value is grad, but which of the two values is meant is not said
    answer = "grad=(1/m)*(X'*(h-y));\ng2=(lambda/m)*(theta(2:end));\ngrad(2:end)=grad(2:end)+(lambda/m)*theta(2:end);"
    error = refused(check, answer, cost=EX5_COST, wrt="theta_j", let=("h=X*theta",))
    assert "unexpected character ';'" in str(error)  # left to the reader of one statement, as before


# ------------------------------------------------------------------ every note in every format
DERIVE_NOTES = [
    (["derive", "y'*tX*beta - sum(log(1 + exp(tX*beta)))", "--wrt", "beta_j"], "tx is the EPFL labs"),
    (["derive", "v @ v / 2 / n_sample", "--let", PYGD_LETS[0], "--let", PYGD_LETS[1]], "v @ v of one vector"),
    (["derive", CPP_LOSS, "--wrt", "w_j"], "X holds one example a column"),
]
CHECK_NOTES = [
    (["check", CPP_GRAD, "--cost", CPP_LOSS, "--wrt", "w_j"], "result is declared with no value"),
    (["check", R_GRAD, "--cost", R_COST, "--wrt", "beta_j", "--let", R_LETS[0]], "a numerical guard"),
    (["check", "grad=(1/m)*(X'*(h-y));\ngrad(2:end)=grad(2:end)+(lambda/m)*theta(2:end);", "--cost", EX5_COST,
      "--let", "h=X*theta"], "adds v to the entries after the first"),
]


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), DERIVE_NOTES, ids=[f for _, f in DERIVE_NOTES])
def test_derive_says_each_reading_in_every_format(args, fragment, fmt):
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(args, fragment, fmt)


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CHECK_NOTES, ids=[f for _, f in CHECK_NOTES])
def test_check_says_each_reading_in_every_format(args, fragment, fmt):
    from test_notes import test_check_says_each_reading_in_every_format as says

    says(args, fragment, fmt)
