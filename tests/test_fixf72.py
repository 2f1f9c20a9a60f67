"""Issue 10, wave f72's families (fixf72): R's crossprod(v) of a let's residual, R's grad.ll, a labelled --let L_{MSE}.

The texts are the wave's own (tests/corpus/fresh_seventysecond.py) or near-variants of them. Each gradient is held to
finite differences of a NumPy cost written here by hand, and each verdict is worked out by hand in the comment beside
it, through the corpus judge (tests/_reading.py), never against logderiv's own output. Near-variants that mean
something else (crossprod of the data matrix, a matrix where a number is asked) must be refused, never read.
"""

import pytest

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

# ------------------------------------------------------------------ R: crossprod(v) of a residual a let names
# source: public code index file 9225257032 (R, log.lik's first term and grad.loglik)
SMOOTH = "(1/2)*crossprod(y - Xbeta)"
XBETA = ("Xbeta <- X %*% beta",)


def _half_rss(d):
    r = d.y - d.X @ d.beta
    return 0.5 * float(r @ r)


def _rss(d):
    r = d.y - d.X @ d.beta
    return float(r @ r)


@pytest.mark.parametrize("text, intended, lets", [
    (SMOOTH, _half_rss, XBETA),  # ½(y − Xβ)ᵀ(y − Xβ), Xbeta the let's Xβ
    ("crossprod(y - Xbeta)", _rss, XBETA),
    ("crossprod(Xbeta - y)", _rss, XBETA),  # the residual turned round: the same sum of squares
    ("crossprod(r)", _rss, ("r <- y - X %*% beta",)),  # the residual by a name of its own
])
def test_crossprod_of_a_column_a_let_names_is_its_sum_of_squares(text, intended, lets):
    assert_gradient_read(text, intended, wrt=("beta_j",), lets=lets)


def test_crossprod_of_a_let_is_noted():
    derivation = logderiv.derive(SMOOTH, wrt="beta_j", let=XBETA)
    assert any("crossprod(v) is t(v) %*% v" in note for note in notes_of(derivation))


@pytest.mark.parametrize("answer, verdict", [
    # by hand: ∇½‖y − Xβ‖² = −Xᵀ(y − Xβ); R's crossprod(X, v) is Xᵀv
    ("grad = - crossprod(X, as.numeric(y - Xbeta))", "equivalent"),
    ("grad = crossprod(X, as.numeric(y - Xbeta))", "different"),  # the sign dropped: the negative
    ("grad = crossprod(X, Xbeta - y)", "equivalent"),  # the residual turned: the same vector
    ("grad = - 2 * crossprod(X, y - Xbeta)", "different"),  # twice the gradient of the ½-scaled cost
])
def test_crossprod_answers_against_the_smooth_part(answer, verdict):
    # audit31a: these were grad.ll <- …, judged as the cost's gradient; but ll is the log-likelihood's name, whose
    # gradient beside this loss is −∇J (Xᵀ(y − Xβ) would be right of it), so grad.ll beside a loss is now refused
    # (tests/test_audit31a.py). The crossprod readings they held are kept under a name that says no sign: grad
    assert_verdict_read(answer, SMOOTH, verdict, wrt="beta_j", lets=XBETA)


@pytest.mark.parametrize("text, lets, words", [
    # crossprod of the data matrix is the n×n XᵀX, no number: refused, never summed as squares
    ("crossprod(X) %*% beta", (), "XᵀX"),
    ("(1/2)*crossprod(X - Xbeta)", XBETA, "cannot be added"),  # a matrix minus a column: no shape
])
def test_crossprod_of_what_is_no_column_is_refused(text, lets, words):
    error = refused(logderiv.derive, text, wrt="beta_j", let=lets)
    assert words in str(error)


def test_grad_ll_beside_a_penalty_is_refused():
    # grad.ll names the likelihood term's gradient: beside λ‖β‖² it may be that term's or the whole cost's;
    # audit31a: beside a loss it is refused first for its sign (ll is ℓ's name: ∇ℓ = −∇J), a refusal all the same
    error = refused(logderiv.check, "grad.ll <- - crossprod(X, y - Xbeta)",
                    cost="(1/2)*crossprod(y - Xbeta) + lambda * sum(beta^2)", wrt="beta_j", let=XBETA)
    assert "names the gradient of the log-likelihood" in str(error)


# ------------------------------------------------------------------ LaTeX: a labelled --let, L_{MSE}
# source: srimugunthan/ml-algos-from-scratch linear_regression_from_scratch.ipynb ('L2 Regularization (Ridge)')
RIDGE = r"L_{Ridge} = L_{MSE} + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2"
RIDGE_LETS = (r"L_{MSE} = \frac{1}{2m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})^2", r"h(x) = w^T x + b")


def _ridge_half_mean(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


@pytest.mark.parametrize("text, lets", [
    (RIDGE, RIDGE_LETS),
    (r"L = L_{MSE} + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2", RIDGE_LETS),  # the cost's letter alone
    (RIDGE.replace("L_{MSE}", r"L_{\text{MSE}}"),
     (RIDGE_LETS[0].replace("L_{MSE}", r"L_{\text{MSE}}"), RIDGE_LETS[1])),  # the label set upright
    (RIDGE.replace("L_{MSE}", "J_{data}"), (RIDGE_LETS[0].replace("L_{MSE}", "J_{data}"), RIDGE_LETS[1])),
])
def test_a_labelled_let_is_a_term_by_its_name(text, lets):
    assert_gradient_read(text, _ridge_half_mean, wrt=("w_j", "b"), lets=lets)


def test_a_labelled_let_is_noted():
    derivation = logderiv.derive(RIDGE, wrt="w_j", let=RIDGE_LETS)
    assert any("L_{MSE} is one name" in note for note in notes_of(derivation))


def test_a_labelled_name_no_let_defines_is_still_refused():
    # L_{MSE} beside L_{Ridge} with nothing defining it: two objectives, one unknown — refused as before
    error = refused(logderiv.derive, RIDGE, wrt="w_j", let=(RIDGE_LETS[1],))
    assert error.column is not None
