r"""Issue 10, the fixf44 branch: the one false verdict of the blind wave f44, then families it refused, each read by a
rule another source would hit too.

* an N that divides a cost with no sum over the examples (Learning From Data's weight decay ``λ/(2N) wᵀw``, written
  on its own in the book forum): the count a sum would have bounded, read as m, noted; M there, N beside m, N also
  written as a quantity of its own are refused;
* R's ``%*%`` where the data multiplies the vector --wrt names (an R Poisson script's ``dldb``), as ``*`` and ``@``;
* Haskell with hmatrix (a regression module's ``computeCost``): ``<.>``, ``#>``, ``tr'``, ``scalar``, ``size``,
  ``fromIntegral``, ``sigmoidVec``; the Haskell it does not read is refused as such;
* a --let name of code ending in ``_`` (an ex3 lrCostFunction's ``j_``).

Every text is the source's, verbatim (variants are marked so). Each gradient is held to a cost written out here by
hand in NumPy through the corpus judge (finite differences at random points, ``tests/_reading.py``); each verdict
is worked out by hand in its comment, and the gradients the verdicts lean on are checked by central finite
differences (``tests/_numeric.py``). Near-variants that mean something else are refused, never read.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from click.testing import CliRunner
from corpus.items import sig

from logderiv import check, derive
from logderiv.cli import main

RNG = np.random.default_rng(44)

# ------------------------------------------------------------------ λ/(2N) wᵀw: N with no sum is the example count

#: Learning From Data book forum, 'Question on Regularization for Logistic Regression' (Homework 6), melipone's
#: follow-up of 02-16-2013: 'if I take the derivative of λ/(2N)wᵀw' (N, the book's number of examples)
LFD_J = r"\frac{\lambda}{2N}\mathbf{w}^T\mathbf{w}"
#: the same, as a student types it in plain text
LFD_PLAIN = "lambda/(2N) * w^T w"
LONE_NOTE = "N counts the examples here: read as m (N divides a cost with no sum over the examples and no m"


def _weight_decay(d):
    """λ/(2m) wᵀw, N being the number of examples m."""
    return d.lam / (2 * d.m) * float(d.w @ d.w)


def test_weight_decay_gradient_by_finite_differences():
    """∂/∂w of λ/(2m) wᵀw is λw/m: the verdicts below lean on it."""
    w, lam, m = RNG.normal(size=4), 0.7, 9
    assert np.allclose(_fd(lambda v: lam / (2 * m) * v @ v, w), lam * w / m, atol=1e-6)


@pytest.mark.parametrize("text", [LFD_J, LFD_PLAIN])
def test_lone_n_is_read_as_the_example_count(text):
    assert_gradient_read(text, _weight_decay, wrt=("w_j",))
    assert any(note.startswith(LONE_NOTE) for note in notes_of(derive(text, wrt="w_j")))


@pytest.mark.parametrize("answer, verdict", [
    # melipone's 'I just add λ/N w' (yaser: 'you add the linear term'): λwⱼ/N with N = m, the gradient
    (r"\frac{\lambda}{N}\mathbf{w}", "equivalent"),
    # the same in the count logderiv writes: λwⱼ/m, right once N is read as m
    ("lambda/m * w_j", "equivalent"),
    # variant: the 2 of λ/(2N) kept, half the gradient
    (r"\frac{\lambda}{2N}\mathbf{w}", "different"),
])
@pytest.mark.parametrize("cost", [LFD_J, LFD_PLAIN])
def test_answers_against_the_weight_decay_term(answer, verdict, cost):
    assert_verdict_read(answer, cost, verdict, wrt="w_j")


def test_lone_n_note_in_every_format():
    """The text output's note: line and the JSON notes both say N was read as m."""
    args = ["check", "--cost", LFD_J, "--wrt", "w_j"]
    text = CliRunner().invoke(main, [*args, "-f", "text", "--", "lambda/m * w_j"])
    assert text.exit_code == 0 and LONE_NOTE in text.output
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", "lambda/m * w_j"]).output)
    assert data["verdict"] == "equivalent" and any(note.startswith(LONE_NOTE) for note in data["notes"])


@pytest.mark.parametrize("cost, said", [
    # Bishop writes M for the number of basis functions (weights): no sum says which count
    (r"\frac{\lambda}{2M}\mathbf{w}^T\mathbf{w}", "Bishop"),
    # an m beside N: two counts, or one?
    (r"\frac{\lambda}{2N}\mathbf{w}^T\mathbf{w} + \frac{1}{2m}(w_1 - 3)^2", "also write m"),
    # N written as a quantity of its own too
    (r"\frac{\lambda}{2N}\mathbf{w}^T\mathbf{w} + N w_1", "quantity of its own"),
    # N and M both dividing
    ("lambda/(2N) * w^T w + lambda/(2M) * w_1^2", "both 'N' and 'M'"),
    # beside a sum over the examples bounded by n: N may be n, or a constant (refused before this branch too)
    (r"\frac{1}{n}\sum_{i=1}^{n}(w^Tx_i - y_i)^2 + \frac{\lambda}{2N}\mathbf{w}^T\mathbf{w}", "counted by 'n'"),
])
def test_near_variants_of_the_lone_count_are_refused(cost, said):
    error = refused_by_logderiv(lambda: derive(cost, wrt="w_j"))
    assert said in error.message and error.column is not None


def test_a_let_for_n_keeps_its_value():
    """--let 'N = 5': λ/(2·5) wᵀw, whose gradient is λwⱼ/5 whatever m is."""
    assert_gradient_read(LFD_PLAIN, lambda d: d.lam / 10 * float(d.w @ d.w), wrt=("w_j",), lets=("N = 5",))


def test_an_n_that_only_multiplies_stays_a_constant():
    """λN/2 wᵀw: N divides nothing, so nothing says it counts; the literal constant, noted as one."""
    notes = notes_of(derive(r"\frac{\lambda N}{2}\mathbf{w}^T\mathbf{w}", wrt="w_j"))
    assert any(note.startswith("N is not defined, so read as a constant") for note in notes)
    assert not any(note.startswith(LONE_NOTE) for note in notes)


# ------------------------------------------------------------------ R's %*% beside the vector --wrt names

#: public code index file 38367986983 (R, a Poisson-regression script): nll2 with its yhat, and dldb
RPOIS_J = "-sum(y * log(yhat) - yhat)"
RPOIS_LETS = ("yhat = exp(xmat %*% initpars)",)
RPOIS_DLDB = "((t(xmat) %*% exp(xmat %*% initpars)) - (t(xmat) %*% y))"


def test_poisson_gradient_by_finite_differences():
    """∂/∂w of Σ(e^{Xw} − y·Xw) is Xᵀe^{Xw} − Xᵀy."""
    X, y, w = RNG.normal(size=(6, 3)), RNG.poisson(2.0, size=6).astype(float), RNG.normal(size=3) / 3
    cost = lambda v: np.sum(np.exp(X @ v) - y * (X @ v))
    assert np.allclose(_fd(cost, w), X.T @ np.exp(X @ w) - X.T @ y, atol=1e-5)


@pytest.mark.parametrize("answer, verdict", [
    # dldb, Xᵀe^{Xβ} − Xᵀy: the gradient above (xmat the design matrix, initpars β)
    (RPOIS_DLDB, "equivalent"),
    # variant: the exp dropped, Xᵀ(Xβ − y), the least-squares gradient
    ("((t(xmat) %*% (xmat %*% initpars)) - (t(xmat) %*% y))", "different"),
])
def test_r_poisson_dldb(answer, verdict):
    assert_verdict_read(answer, RPOIS_J, verdict, wrt="initpars_j", lets=RPOIS_LETS)


@pytest.mark.parametrize("answer", [
    # one column of xmat: the name is not the whole data matrix there
    "t(xmat[, 1]) %*% (exp(xmat %*% initpars) - y)",
    # the vector on the left of the product: no data matrix times it
    "t(initpars %*% xmat) %*% y",
])
def test_r_names_used_otherwise_stay_refused(answer):
    refused_by_logderiv(lambda: check(answer, cost=RPOIS_J, wrt="initpars_j", let=RPOIS_LETS))


# ------------------------------------------------------------------ Haskell with hmatrix

#: public code index file 4678381870 (Haskell, module Regression.Linear, an hmatrix project): computeCost
HS_LIN_J = "(a <.> a) / (2 * m)"
HS_LIN_LETS = ("a = (x #> theta) + (-1 * y)", "m = fromIntegral $ size y")
#: public code index file 4568183558 (Haskell, module Regression.Logistic): the vectorised computeCost
HS_LOG_J = "((y <.> log (s)) + ((1 - y) <.> log (1 - s))) / fromIntegral (-m)"
HS_LOG_LETS = ("s = sigmoidVec (x #> theta)", "m = size y")


def _half_mean_squares(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _mean_cross_entropy(d):
    p = sig(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_haskell_costs_are_read():
    """(a <.> a)/(2m) with a = Xθ − y is (1/(2m))‖Xθ − y‖²; (y·log s + (1 − y)·log(1 − s))/(−m) with s = σ(Xθ)
    is the mean cross-entropy."""
    assert_gradient_read(HS_LIN_J, _half_mean_squares, lets=HS_LIN_LETS)
    assert_gradient_read(HS_LOG_J, _mean_cross_entropy, lets=HS_LOG_LETS)
    notes = notes_of(derive(HS_LIN_J, let=HS_LIN_LETS))
    assert any(note.startswith("read as Haskell (hmatrix): u <.> v is the dot product") for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    # variant (computeGradients without its penalty): Xᵀ(Xθ − y)/m, the gradient of computeCost
    ("(tr' x #> a) / scalar m", "equivalent"),
    # variant: the 1/m left out, m times the gradient
    ("tr' x #> a", "different"),
])
def test_haskell_gradients(answer, verdict):
    assert_verdict_read(answer, HS_LIN_J, verdict, lets=HS_LIN_LETS)


@pytest.mark.parametrize("cost, intended", [
    # variant (review19): log h <.> y is (log h) <.> y, application binding tighter than <.>: −(1/m) Σᵢ yᵢ log σ(θᵀx⁽ⁱ⁾)
    # − …, the mean cross-entropy; it was read as log(hᵀy), the log of one sum
    ("-(log h <.> y + log (1 - h) <.> (1 - y)) / fromIntegral m", _mean_cross_entropy),
    # variant: the function applied on the right of <.> with no bracket, y <.> log h (it was refused at column 0)
    ("(y <.> log h + (1 - y) <.> log (1 - h)) / fromIntegral (-m)", _mean_cross_entropy),
    # variant: (1/m) Σᵢ yᵢ log σ(θᵀx⁽ⁱ⁾) alone, by hand: y · log σ(Xθ) / m
    ("(log h <.> y) / fromIntegral m", lambda d: float(d.y @ np.log(sig(d.X @ d.theta))) / d.m),
])
def test_haskell_function_applied_without_a_bracket(cost, intended):
    """Haskell applies ``log h`` by juxtaposition, tighter than any operator: its operand of <.> is log h, entry by
    entry, never h alone."""
    assert_gradient_read(cost, intended, lets=("h = sigmoidVec (x #> theta)", "m = fromIntegral $ size y"))


def test_haskell_not_read_is_refused_as_such():
    """computeGradients' penalizedTheta builds a list (fromList $ 0 : (tail $ …)): refused, saying it is Haskell."""
    lets = ("delta = (tr' x) #> ((x #> th) - y)",
            "penalizedTheta = fromList $ 0 : (tail $ ((* regFactor) <$> toList theta))", *HS_LIN_LETS)
    error = refused_by_logderiv(lambda: check("(delta + penalizedTheta) / scalar m", cost=HS_LIN_J, let=lets))
    assert "'fromList' is Haskell that logderiv does not read" in error.message


@pytest.mark.parametrize("cost, lets", [
    # size theta is the number of features: m = it would be the wrong count
    (HS_LIN_J, ("a = (x #> theta) + (-1 * y)", "m = fromIntegral $ size theta")),
    # sigmoidVec with no Haskell mark in the problem is an unknown function, not sigmoid
    ("-sum(y * log(sigmoidVec(X @ theta)))", ()),
    # a $ other than fromIntegral's
    ("(a <.> a) / (2 * m) + sum $ theta", HS_LIN_LETS),
])
def test_haskell_near_variants_are_refused(cost, lets):
    refused_by_logderiv(lambda: derive(cost, let=lets))


# ------------------------------------------------------------------ a --let name ending in _

#: public code index file 13807835979 (Octave, an ex3 lrCostFunction solution): J = (1/m)*j_ + reg
LRCOST_J = "(1/m)*j_ + reg"
LRCOST_LETS = (
    "j_ = -y' * log(H) - (1 - y)'*log(1-H)",
    "reg = lambda/(2*m)*(theta'*theta - theta(1)^2)",
    "H = sigmoid(X*theta)",
)


def _logistic_penalised_without_intercept(d):
    return _mean_cross_entropy(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def test_trailing_underscore_let_name():
    """θᵀθ − θ(1)² is the penalty without the intercept θ(1): the mean cross-entropy plus λ/(2m)Σ_{j≥2}θⱼ²."""
    assert_gradient_read(LRCOST_J, _logistic_penalised_without_intercept, lets=LRCOST_LETS)


def test_trailing_underscore_without_a_let_stays_refused():
    error = refused_by_logderiv(lambda: derive(LRCOST_J, let=LRCOST_LETS[1:]))
    assert "'_' must be followed by an index" in error.message


# ------------------------------------------------------------------ a gist's X_1: refused with the reason that holds

#: the gist 'Logistic Regression' (waylonflinn's simplified grad of Nov 27, 2013): X_1 is the usage example's X with
#: its column of ones, a global the function reads; nothing in the texts says so
GIST_GRAD = "numpy.dot(error, X_1) / y.size"
GIST_LETS = ("error = p_1 - y", "p_1 = sigmoid(numpy.dot(X, theta))",
             "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)")


def test_numpy_capital_name_with_a_digit_is_an_array_of_its_own():
    """In NumPy X_1 cannot be X's entry (entries take brackets): it is refused as an array the texts do not name,
    not as 'one entry'."""
    error = refused_by_logderiv(lambda: check(GIST_GRAD, cost="log_l.mean()", let=GIST_LETS))
    assert "'X_1' in NumPy code is an array of its own" in error.message
    assert error.column == GIST_GRAD.index("X_1")


# ------------------------------------------------------------------ X[:, i] where i indexes nothing else

#: the Julia logistic-regression solution of tests/corpus/fresh_twentysixth.py (JULIA2): in J!, G[i] = …, the
#: unregularised part, against the cost of the earlier version
JULIA_G = "1 / m * sum((h(X, T) - Y) .* X[:,i])"
JULIA_J1 = "1/m * (-Y' * log.(h(X,T)) - (1 - Y)' * log.(1 - h(X,T)))"
JULIA_LETS1 = ("m = size(X,1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)")


def test_logistic_gradient_by_finite_differences():
    """∂/∂θ of the mean cross-entropy is (1/m)Xᵀ(σ(Xθ) − y): entry j is (1/m)Σ(h − y)·X[:, j]."""
    X, theta = RNG.normal(size=(8, 3)), RNG.normal(size=3)
    y = (RNG.random(8) > 0.5).astype(float)
    cost = lambda t: -np.mean(y * np.log(sig(X @ t)) + (1 - y) * np.log(1 - sig(X @ t)))
    assert np.allclose(_fd(cost, theta), X.T @ (sig(X @ theta) - y) / 8, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    # G[i]: (1/m)Σ(h − y)·X[:, i], the gradient's component i, so equivalent
    (JULIA_G, "equivalent"),
    # variant: doubled, twice the gradient
    (JULIA_G + " * 2", "different"),
])
def test_a_column_by_a_lone_i_is_the_feature_column(answer, verdict):
    assert_verdict_read(answer, JULIA_J1, verdict, lets=JULIA_LETS1)
    if verdict == "equivalent":
        assert any("i indexes nothing else here (no example), so it is the feature's index, read as j" in note
                   for note in notes_of(check(answer, cost=JULIA_J1, let=JULIA_LETS1)))


@pytest.mark.parametrize("answer", [
    # i also indexes the examples' targets: which it is is not one thing
    "sum((h(X, T) - Y) .* X[:,i] .* Y[i])",
    # a j beside it: i and j would both be feature indices
    JULIA_G + " + T[j]",
])
def test_a_column_by_i_that_means_more_stays_refused(answer):
    error = refused_by_logderiv(lambda: check(answer, cost=JULIA_J1, let=JULIA_LETS1))
    assert "takes a column of X by 'i'" in error.message
