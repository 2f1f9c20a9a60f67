"""Wave f55's refusals read by rules that transfer (issue 10): a matrix answer's --let it never reaches (yhyap's
costFunctionReg.m); a function's local lines pasted as lets (a gist's sigmoid); MATLAB's full(A); NumPy's
A.transpose() marking code's one name for the data matrix (Machine Learning in Action's dataMatrix); a class's
method called with other arguments than its head's, and a cost's lines that update a name from its own value
(flashgene's compute_loss).

Each real text is verbatim, with its source; its truth is worked by hand and held to central finite differences of a
NumPy cost written here (``_numeric``), or judged by the corpus judge on an intended cost written here
(``_reading``) — never to logderiv's own output. Each rule has near-variants that mean something else: each is
refused or read as what it means.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

# https://github.com/yhyap/machine-learning-coursera/blob/3f2768609c7bfbb859a2aa1dbecdfefdf61bfef5/mlclass-ex2/
# costFunctionReg.m (Octave; the commented-out line '% This gives correct answer but ...' and the lines above it)
YHYAP_LETS = ("logisf=(-y)'*log(h)-(1-y)'*log(1-h)", "h=sigmoid(z)", "z=X*theta")
YHYAP_GRAD = "(1/m).*((X'*h-X'*y)+theta*lambda)"
# a stored copy of a gist discussion '# Logistic Regression' (https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1):
# '### Compute Cost', J = and grad =, with its def sigmoid(X): den = …; d = 1.0 / den; return d
GIST_J = ("J = (1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - "
          "transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))")
GIST_LETS = ("sigmoid(X) = d", "d = 1.0 / den", "den = 1.0 + e ** (-1.0 * X)")
GIST_GRAD = "transpose((1./m)*transpose(sigmoid(X.dot(theta)) - y).dot(X))"
# public code index file 11197586775 (MATLAB unit test test_neglogli_poiss, testHandlesSparseInput: expectedNll,
# expectedGrad)
POISSON_NLL = "sum(exp(X * w) - y .* (X * w))"
POISSON_GRAD = "full(X' * (exp(X * w) - y))"
# http://geekdaxue.co/read/kevinpro@wc5gbh/xm8ygz (《机器学习实战》's gradAscent loop: weights = weights + alpha *
# dataMatrix.transpose()* error); the log-likelihood it climbs is written by the collector in the loop's names
BOOK_LL = "np.sum(labelMat * np.log(h) + (1 - labelMat) * np.log(1 - h))"
BOOK_LETS = ("error = (labelMat - h)", "h = sigmoid(dataMatrix*weights)")
BOOK_STEP = "dataMatrix.transpose()* error"
# https://flashgene.com/archives/147072.html (逻辑回归, '4.Python代码实现', def compute_loss: loss and dW)
FLASH_LOSS = "loss = -np.sum((y*np.log(h) + (1-y)*np.log((1-h))))\nloss = loss / num_train"
FLASH_LETS = ("h = self.output(X)", "self.output(X) = self.sigmod(g)", "g = np.dot(X,self.W)",
              "self.sigmod(X) = 1/(1+np.exp(-X))", "num_train = X.shape[0]")
FLASH_DW = "X.T.dot((h-y)) / num_train"

RNG = np.random.default_rng(55)
XS, YS = RNG.normal(size=(6, 3)), RNG.uniform(0.1, 0.9, size=6)
COUNTS = RNG.integers(0, 4, size=6).astype(float)


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _mean_cross_entropy(v: np.ndarray) -> float:
    """−(1/m)Σ[yᵢ log σ(xᵢᵀθ) + (1 − yᵢ) log(1 − σ(xᵢᵀθ))], by hand."""
    p = _sigmoid(XS @ v)
    return -float(np.mean(YS * np.log(p) + (1 - YS) * np.log(1 - p)))


def test_the_hand_gradient_of_the_mean_cross_entropy_agrees_with_finite_differences():
    """By hand: ∇J = (1/m)Xᵀ(σ(Xθ) − y); its negative (the gist's * -1, flashgene's y − h) is not it."""
    at = RNG.normal(size=3)
    by_hand = XS.T @ (_sigmoid(XS @ at) - YS) / len(YS)
    assert np.allclose(central_differences(_mean_cross_entropy, at), by_hand, atol=1e-6)
    assert not np.allclose(central_differences(_mean_cross_entropy, at), -by_hand, atol=1e-6)


def test_the_hand_gradient_of_the_penalised_cross_entropy_agrees_with_finite_differences():
    """By hand: ∇[J + λ/(2m)Σθₖ²] = (1/m)(Xᵀ(h − y) + λθ), every θ penalised; Xᵀ(h + y) in its place is not it."""
    at, lam, m = RNG.normal(size=3), 0.6, len(YS)
    cost = lambda v: _mean_cross_entropy(v) + lam / (2 * m) * float(v @ v)  # noqa: E731
    h = _sigmoid(XS @ at)
    assert np.allclose(central_differences(cost, at), (XS.T @ h - XS.T @ YS + at * lam) / m, atol=1e-6)
    assert not np.allclose(central_differences(cost, at), (XS.T @ h + XS.T @ YS + at * lam) / m, atol=1e-6)


def test_the_hand_gradient_of_the_poisson_nll_agrees_with_finite_differences():
    """By hand: ∇Σ(e^{xᵢᵀw} − yᵢxᵢᵀw) = Xᵀ(e^{Xw} − y); with + y it is not."""
    at = RNG.normal(size=3) / 3
    cost = lambda v: float(np.sum(np.exp(XS @ v) - COUNTS * (XS @ v)))  # noqa: E731
    assert np.allclose(central_differences(cost, at), XS.T @ (np.exp(XS @ at) - COUNTS), atol=1e-5)
    assert not np.allclose(central_differences(cost, at), XS.T @ (np.exp(XS @ at) + COUNTS), atol=1e-5)


def test_the_hand_gradient_of_the_log_likelihood_agrees_with_finite_differences():
    """By hand: ∇Σ[y log h + (1 − y) log(1 − h)] = Xᵀ(y − h), the ascent step's direction."""
    at = RNG.normal(size=3)

    def likelihood(v: np.ndarray) -> float:
        p = _sigmoid(XS @ v)
        return float(np.sum(YS * np.log(p) + (1 - YS) * np.log(1 - p)))

    assert np.allclose(central_differences(likelihood, at), XS.T @ (YS - _sigmoid(XS @ at)), atol=1e-5)


def test_the_hand_gradient_through_a_flipped_sigmoid_agrees_with_finite_differences():
    """By hand: with h = 1/(1 + e^{Xw}) = σ(−Xw), ∇ of the mean cross-entropy is (1/m)Xᵀ(y − h), not Xᵀ(h − y)/m."""
    at, m = RNG.normal(size=3), len(YS)

    def cost(v: np.ndarray) -> float:
        p = 1 / (1 + np.exp(XS @ v))
        return -float(np.mean(YS * np.log(p) + (1 - YS) * np.log(1 - p)))

    h = 1 / (1 + np.exp(XS @ at))
    assert np.allclose(central_differences(cost, at), XS.T @ (YS - h) / m, atol=1e-6)


def _logistic_mean_theta(d) -> float:
    """−(1/m)Σ[y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx))] in the corpus's Data."""
    p = _sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _logistic_mean_w(d) -> float:
    p = _sigmoid(d.X @ d.w)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


# ------------------------------------------------------------------ yhyap: a let the matrix answer never reaches


@pytest.mark.parametrize(("answer", "verdict"), [
    (YHYAP_GRAD, "equivalent"),
    ("(1/m).*((X'*h+X'*y)+theta*lambda)", "different"),  # the corpus's variant: Xᵀ(h + y)
    ("(1/m).*(X'*h-X'*y)", "different"),  # the penalty left out, which logistic-l2 has on every θ
])
def test_the_costs_let_beside_the_vector_gradient_is_not_read(answer, verdict):
    """By hand (above): (1/m)(Xᵀ(h − y) + λθ); logisf, the cost's scalar, is no part of the answer."""
    assert_verdict_read(answer, "logistic-l2", verdict, wrt="theta_j", lets=YHYAP_LETS)


@pytest.mark.parametrize("answer", [
    YHYAP_GRAD + " + logisf",  # the answer uses logisf: a matrix let it must read
    "(1/m).*((X'*g-X'*y)+theta*lambda)",  # reached through g = h + logisf
])
def test_a_let_the_answer_reaches_is_still_read(answer):
    """Only a let the answer never reaches (itself or through another let) is left out."""
    lets = (*YHYAP_LETS, "g = h + logisf")
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost="logistic-l2", wrt="theta_j", let=lets))
    assert "logisf is in matrix form" in str(error)


def test_the_unread_let_is_noted_in_text_and_json():
    """Both formats say which --let was not read, and why."""
    said = "--let logisf is not used by the answer (neither itself nor through another --let): not read"
    args = ["check", "--cost", "logistic-l2", "--wrt", "theta_j", *(f"--let={let}" for let in YHYAP_LETS), YHYAP_GRAD]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and "note: " + said in text.output
    assert said in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"]


# ------------------------------------------------------------------ the gist: a sigmoid's local lines


def test_the_gists_cost_with_its_sigmoids_lines_is_read():
    """The sigmoid's lines put in its body make it the sigmoid; the cost is the mean cross-entropy."""
    assert_gradient_read(GIST_J, _logistic_mean_theta, wrt=("theta_j",), lets=GIST_LETS)
    said = " ".join(notes_of(logderiv.derive(GIST_J, wrt="theta_j", let=GIST_LETS)))
    assert "d, den are the function's own local names" in said


@pytest.mark.parametrize(("answer", "verdict"), [
    (GIST_GRAD, "equivalent"),
    ("(1.0 / m) * sumdelta * -1", "different"),  # compute_grad's stray * -1
])
def test_the_gists_gradients_against_its_cost(answer, verdict):
    """By hand (above): (1/m)Xᵀ(σ(Xθ) − y); times −1 it is the negative."""
    lets = ("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))", *GIST_LETS)
    assert_verdict_read(answer, GIST_J, verdict, wrt="theta_j", lets=lets if "sumdelta" in answer else GIST_LETS)


@pytest.mark.parametrize(("cost", "lets"), [
    (GIST_J + " + d", GIST_LETS),  # d written by the cost too: no local of the function
    (GIST_J, ("sigmoid(X) = d", "d = 1.0 / den", "den = 1.0 + e ** (1.0 * X)")),  # 1/(1 + eˣ): not σ
    (GIST_J, ("sigmoid(X) = d", "d = 1.0 / den", "den = 1.0 + e ** (-1.0 * z)")),  # another quantity, not X
    (GIST_J, ("sigmoid(X) = d", "d = 2.0 / den", "den = 1.0 + e ** (-1.0 * X)")),  # 2σ
    (GIST_J, ("sigmoid(X) = d", "d = 1.0 / den", "d = 0.5", "den = 1.0 + e ** (-1.0 * X)")),  # d set twice
])
def test_lines_that_are_not_the_sigmoids_own_stay_refused(cost, lets):
    """σ keeps its one meaning: lines that make another function of it, or may be globals, are refused."""
    error = refused_by_logderiv(lambda: logderiv.derive(cost, wrt="theta_j", let=lets))
    assert "this definition is not it" in str(error)


# ------------------------------------------------------------------ MATLAB's full(A)


@pytest.mark.parametrize(("answer", "lets", "verdict"), [
    (POISSON_GRAD, (), "equivalent"),
    ("full(X' * (exp(X * w) + y))", (), "different"),  # the corpus's variant: + y
    (POISSON_GRAD, ("full(v) = 2*v",), "different"),  # the texts' own full: twice the gradient
])
def test_full_is_its_argument(answer, lets, verdict):
    """By hand (above): Xᵀ(e^{Xw} − y); full only stores it densely."""
    assert_verdict_read(answer, POISSON_NLL, verdict, wrt="w_j", lets=lets)


@pytest.mark.parametrize("answer", [
    "full(X' * (exp(X * w) - y), 2)",  # no MATLAB full takes two arguments
    "np.full(X.shape[1], 2)",  # NumPy's full(shape, value)
    "full * X' * (exp(X * w) - y)",  # a name, not a call
])
def test_other_fulls_stay_refused(answer):
    """Only MATLAB's call of one argument is read as that argument."""
    refused_by_logderiv(lambda: logderiv.check(answer, cost=POISSON_NLL, wrt="w_j"))


def test_full_is_noted():
    """The note says full changes how values are stored, not a value."""
    verdict = logderiv.check(POISSON_GRAD, cost=POISSON_NLL, wrt="w_j")
    assert any("full(A) only stores A densely" in note for note in notes_of(verdict))


# ------------------------------------------------------------------ dataMatrix.transpose()


@pytest.mark.parametrize("answer", [BOOK_STEP, "dataMatrix.transpose()* (h - labelMat)"])
def test_the_books_star_after_a_transpose_is_refused_without_np_matrix(answer):
    """The book's arrays are np.matrix (its dataMatrix = mat(dataMatIn), not among the texts here), whose '*' is the
    matrix product; of NumPy arrays '*' multiplies entry by entry, and nothing written here says which (audit56: read
    as a matrix product, an array's X.transpose() * v was judged 'equivalent'). Refused, naming np.matrix."""
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost=BOOK_LL, wrt="weights_j", let=BOOK_LETS))
    assert "entry by entry" in error.message and "np.matrix" in (error.hint or "")


@pytest.mark.parametrize(("answer", "verdict"), [
    ("dataMatrix.transpose() @ error", "equivalent"),
    ("dataMatrix.transpose() @ (h - labelMat)", "different"),  # the descent direction of −ℓ: the negative
])
def test_the_books_data_matrix_transposed_is_read_as_x(answer, verdict):
    """By hand (above): ∇ℓ = Xᵀ(y − h)."""
    assert_verdict_read(answer, BOOK_LL, verdict, wrt="weights_j", lets=BOOK_LETS)
    said = " ".join(notes_of(logderiv.check(answer, cost=BOOK_LL, wrt="weights_j", let=BOOK_LETS)))
    assert "dataMatrix is the code's name of the data matrix" in said


def test_a_data_matrix_the_lets_define_stays_what_they_say():
    """dataMatrix = 2*X gives the name a value of its own: not read as X."""
    lets = (*BOOK_LETS, "dataMatrix = 2*X")
    refused_by_logderiv(lambda: logderiv.check(BOOK_STEP, cost=BOOK_LL, wrt="weights_j", let=lets))


# ------------------------------------------------------------------ flashgene: self.sigmod(g), loss = loss / …


def test_flashgenes_loss_is_read():
    """self.sigmod(g) is the method's body with g put in; loss / num_train is the last value of loss."""
    assert_gradient_read(FLASH_LOSS, _logistic_mean_w, wrt=("W_j",), lets=FLASH_LETS)
    said = " ".join(notes_of(logderiv.derive(FLASH_LOSS, wrt="W_j", let=FLASH_LETS)))
    assert "self.sigmod(X) is the class's method, its body given by --let, called with other arguments" in said
    assert "loss is set, then set again from its own value" in said


@pytest.mark.parametrize(("answer", "lets", "verdict"), [
    (FLASH_DW, FLASH_LETS, "equivalent"),
    ("X.T.dot((y-h)) / num_train", FLASH_LETS, "different"),  # the corpus's variant: the residual flipped
    # a method that is σ(−u): its gradient is Xᵀ(y − h)/m (by hand, above), so h − y is the wrong sign
    (FLASH_DW, tuple(let.replace("-X", "X") for let in FLASH_LETS), "different"),
    ("X.T.dot((y-h)) / num_train", tuple(let.replace("-X", "X") for let in FLASH_LETS), "equivalent"),
])
def test_flashgenes_gradient_against_its_loss(answer, lets, verdict):
    """By hand (above): (1/m)Xᵀ(σ(Xw) − y), or (1/m)Xᵀ(y − h) when the method is σ(−u)."""
    assert_verdict_read(answer, FLASH_LOSS, verdict, wrt="W_j", lets=lets)


@pytest.mark.parametrize(("cost", "lets"), [
    # the method's body reaches its parameter z only through g, a let of the texts' X: the call cannot be put in
    (FLASH_LOSS, tuple(let.replace("self.output(X) =", "self.output(z) =") for let in FLASH_LETS)),
    (FLASH_LOSS, (*FLASH_LETS, "q = sigmod")),  # the method's name written without self. too
    (FLASH_LOSS.replace("loss = loss /", "loss = other /"), FLASH_LETS),  # no update of loss from its own value
])
def test_other_methods_and_lines_stay_refused(cost, lets):
    """Only a method whose calls can be put in, and lines that update one name, are read."""
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="W_j", let=lets))


# ------------------------------------------------------------------ dibgerge: theta[1:theta.size]

# https://github.com/dibgerge/ml-coursera-python-assignments/issues/45 (issue 'Exercise 2 - First two grad values are
# incorrect', the question's def costFunctionReg, J =)
DIB_J = ("J = (1 / m) * (-y.T @ numpy.log(h_theta) - (1 - y).T @ numpy.log(1 - h_theta)) + (lambda_ / (2 * m)) * "
         "(theta[1:theta.size]).T @ theta[1:theta.size]")
DIB_LETS = ("h_theta = sigmoid(X @ theta)",)


def test_the_hand_gradient_of_the_tail_penalty_agrees_with_finite_differences():
    """By hand: ∇[J + λ/(2m)Σ_{k≥1}θₖ²] = (1/m)Xᵀ(h − y) + (λ/m)[0; θ₁..]; the intercept θ[0] is not penalised."""
    at, lam, m = RNG.normal(size=3), 0.6, len(YS)
    cost = lambda v: _mean_cross_entropy(v) + lam / (2 * m) * float(v[1:] @ v[1:])  # noqa: E731
    tail = np.concatenate(([0.0], at[1:]))
    by_hand = XS.T @ (_sigmoid(XS @ at) - YS) / m + lam / m * tail
    assert np.allclose(central_differences(cost, at), by_hand, atol=1e-6)


def _logistic_l2_skip_first_theta(d) -> float:
    t = d.theta[1:]
    return _logistic_mean_theta(d) + d.lam / (2 * len(d.y)) * float(t @ t)


@pytest.mark.parametrize("stop", ["theta.size", "len(theta)", "theta.shape[0]"])
def test_a_slice_stopped_at_the_vectors_own_length_is_its_tail(stop):
    """theta[1:theta.size] is theta[1:] (the real text, then the same stop written as len and shape[0])."""
    cost = DIB_J.replace("theta.size", stop)
    assert_gradient_read(cost, _logistic_l2_skip_first_theta, wrt=("theta_j",), lets=DIB_LETS)
    said = " ".join(notes_of(logderiv.derive(cost, wrt="theta_j", let=DIB_LETS)))
    assert f"theta[1:{stop}] stops at theta's own length, its end: theta[1:]" in said


@pytest.mark.parametrize("stop", [
    "theta.size - 1",  # one short: the last entry left out too
    "w.size",  # another vector's length
    "y.size",  # the examples' count, not θ's
    "theta.shape[1]",  # a column count
])
def test_a_slice_stopped_elsewhere_stays_refused(stop):
    """Only θ's own length is its end."""
    refused_by_logderiv(lambda: logderiv.derive(DIB_J.replace("theta.size", stop), wrt="theta_j", let=DIB_LETS))


# ------------------------------------------------------------------ yhyap: X'(j,:), theta(j,1), sum of one number

# yhyap's costFunctionReg.m (above): grad(1)= and, in its loop for j=2:n, grad(j)=
YHYAP_GRAD_1 = "1/m.*(sum(X'(1,:)*h-X'(1,:)*y))"
YHYAP_GRAD_J = "(1/m).*(sum(X'(j,:)*h-X'(j,:)*y)+lambda.*theta(j,1))"


def test_the_hand_entries_of_the_penalised_gradient_agree_with_finite_differences():
    """By hand: entry k of ∇[J + λ/(2m)Σθ²] is (1/m)[Σᵢ(hᵢ − yᵢ)xᵢₖ + λθₖ]: grad(1) without λθ₁/m is not entry 1."""
    at, lam, m = RNG.normal(size=3), 0.6, len(YS)
    cost = lambda v: _mean_cross_entropy(v) + lam / (2 * m) * float(v @ v)  # noqa: E731
    h, differences = _sigmoid(XS @ at), central_differences(cost, at)
    for k in range(3):
        assert np.isclose(differences[k], (XS[:, k] @ h - XS[:, k] @ YS + lam * at[k]) / m, atol=1e-6)
    assert not np.isclose(differences[0], (XS[:, 0] @ h - XS[:, 0] @ YS) / m, atol=1e-6)


@pytest.mark.parametrize(("answer", "cost", "wrt", "verdict"), [
    (YHYAP_GRAD_1, "logistic-l2", "theta_1", "different"),  # the real grad(1): no penalty, which this J has
    (YHYAP_GRAD_1, "logistic", "theta_1", "equivalent"),  # against the unpenalised cost it is entry 1
    (YHYAP_GRAD_1, "logistic", "theta_2", "different"),  # column 1 is not θ₂'s
    (YHYAP_GRAD_J, "logistic-l2", "theta_j", "equivalent"),  # the real loop line, read as a formula in j
    (YHYAP_GRAD_J, "logistic", "theta_j", "different"),  # a penalty the unpenalised cost has not
    ("(1/m).*(sum(X'(2,:)*h-X'(2,:)*y))", "logistic", "theta_j", "different"),  # column 2 for every j
])
def test_octaves_rows_of_the_transpose_are_the_columns(answer, cost, wrt, verdict):
    """By hand (above): X'(k,:)*h − X'(k,:)*y is Σᵢ(hᵢ − yᵢ)xᵢₖ; theta(j,1) is θⱼ."""
    assert_verdict_read(answer, cost, verdict, wrt=wrt, lets=YHYAP_LETS)


def test_the_rows_of_the_transpose_are_noted():
    """The notes say how X'(j,:), sum of one number, and the answer's entry j were read."""
    said = " ".join(notes_of(logderiv.check(YHYAP_GRAD_J, cost="logistic-l2", wrt="theta_j", let=YHYAP_LETS)))
    assert "X'(j,:) is row j of Xᵀ, column j of X transposed: X(:,j)'" in said
    assert "sum(v) of a 1×1 (a row times a column, one number) is that number" in said


@pytest.mark.parametrize("answer", [
    "(1/m)*(X'*(h-y)) + lambda.*theta(j,1)",  # the whole gradient beside one entry
    "(1/m).*(sum(X'(j,:)*h-X'(j,:)*y)+lambda.*theta(k,1))",  # entry k beside column j
    "(1/m).*(sum(X'(i,:)*h-X'(i,:)*y)+lambda.*theta(j,1))",  # i indexes the examples, not X's columns
    "(1/m).*(sum(X'(j,:)*h-X'(j,:)*y)+lambda.*theta(j,2))",  # no column 2 of the n×1 θ
])
def test_other_entries_and_rows_stay_refused(answer):
    """Only θ's entry j in an answer that is entry j, and rows of Xᵀ by a feature's index or number."""
    refused_by_logderiv(lambda: logderiv.check(answer, cost="logistic-l2", wrt="theta_j", let=YHYAP_LETS))
