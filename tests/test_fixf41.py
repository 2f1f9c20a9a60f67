r"""Issue 10, the fixf41 branch: families of real text the blind wave f41 left refused, each read by a rule another
source would hit too.

* benkeser/survtmle writes ``pi <- plogis(X%*%beta)``: R's logistic distribution function is σ, as SciPy's
  ``expit`` (also called as ``scipy.special.expit``) is; its kin that are not σ (``qlogis``/``logit``, σ's inverse;
  ``pnorm``, the probit's Φ) are refused by name, never read as σ;
* Giri's worksheet writes ``\sigma(x \cdot w^T + b)``: ``\cdot`` between vectors with nothing after the ᵀ is x·w
  (its ``\partial \text{Log Loss}`` left side was read already);
* acolum's R helpers: ``design %*% beta`` names the data matrix, ``est <- …`` and ``mu <- sigmoid(est)`` name
  predictions, so ``outcome - mu`` reads outcome as y (the rule of a name subtracted from the prediction);
* an R file's ``sample.size <- nrow(X)``: R's dotted names are one name; ``as.matrix(v, ncol = 1)`` is v;
* Tamakloe's ``d, n = xTr.shape`` beside ``w.T @ xTr``: the columns' name counts the examples;
* Octave's ``temp = lambda*theta/m; temp(1) = 0;``: the scaled θ with its intercept's entry zeroed;
* a Cross Validated question's ``\sum_{j=0}^p \beta_j x_{ij}`` with ``x_{i0} = 1`` and its ``\partial \beta_a``.

Every text is the source's, verbatim. Each gradient is held to a cost written out here by hand in NumPy through the
corpus judge (finite differences at random points, ``tests/_reading.py``); each verdict is worked out by hand in its
comment, and the gradients the verdicts lean on are checked by central finite differences (``tests/_numeric.py``).
Near-variants that mean something else are refused, never read.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from click.testing import CliRunner

from logderiv import derive
from logderiv.cli import main

RNG = np.random.default_rng(41)


def _sig(z):
    return 1 / (1 + np.exp(-z))


def _nll_sum_beta(d):
    """−Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))], z = Xβ: the summed negative log-likelihood, by hand."""
    p = _sig(d.X @ d.beta)
    return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_w(d):
    p = _sig(d.X @ d.w)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_logistic_nll_gradient_by_finite_differences():
    """∂/∂β of −Σ[y log σ(Xβ) + (1 − y) log(1 − σ(Xβ))] is Xᵀ(σ(Xβ) − y): the readings below lean on it."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)
    cost = lambda b: -np.sum(y * np.log(_sig(X @ b)) + (1 - y) * np.log(1 - _sig(X @ b)))
    beta = RNG.normal(size=3)
    assert np.allclose(_fd(cost, beta), X.T @ (_sig(X @ beta) - y), atol=1e-6)


# ------------------------------------------------------------------ survtmle: plogis is σ, its kin are not

#: github:benkeser/survtmle R/LogLikelihood.R (the clipping of pi to (0, 1) left off): return(-logLike)
SURV_LETS = ("logLike <- sum(Y*log(pi) + (1-Y)*log(1-pi))", "pi <- plogis(X%*%beta)")
PLOGIS_NOTE = "'plogis' is read as the sigmoid σ(z) = 1/(1 + e^(−z))"


def test_survtmle_minus_loglike_with_plogis():
    """−logLike with pi = plogis(Xβ): the summed negative log-likelihood of logistic regression, noted."""
    assert_gradient_read("-logLike", _nll_sum_beta, wrt=("beta_j",), lets=SURV_LETS)
    assert any(PLOGIS_NOTE in note for note in notes_of(derive("-logLike", wrt="beta_j", let=SURV_LETS)))


@pytest.mark.parametrize("text, lets", [
    # the same σ by other languages' names: SciPy's expit, as the module spells it, and LaTeX's \operatorname
    ("-sum(y*log(stats::plogis(X%*%beta)) + (1-y)*log(1-stats::plogis(X%*%beta)))", ()),
    ("-sum(y*log(scipy.special.expit(X @ beta)) + (1-y)*log(1-scipy.special.expit(X @ beta)))", ()),
    ("-sum(y*log(special.expit(X @ beta)) + (1-y)*log(1-special.expit(X @ beta)))", ()),
    (r"-\sum_{i=1}^m \left[ y_i \log(\operatorname{plogis}(\beta^T x_i)) + (1 - y_i) "
     r"\log(1 - \operatorname{plogis}(\beta^T x_i)) \right]", ()),
])
def test_plogis_and_expit_in_other_spellings(text, lets):
    assert_gradient_read(text, _nll_sum_beta, wrt=("beta_j",), lets=lets)


@pytest.mark.parametrize("name", ["qlogis", "logit", "pnorm", "qnorm", "probit"])
def test_sigmoid_kin_that_are_not_sigmoid_are_refused(name):
    """qlogis/logit are σ's inverse, pnorm the normal Φ: read as σ each would be a confident misread."""
    lets = ("logLike <- sum(Y*log(pi) + (1-Y)*log(1-pi))", f"pi <- {name}(X%*%beta)")
    error = refused_by_logderiv(lambda: derive("-logLike", wrt="beta_j", let=lets))
    assert name in error.message and "not supported" in error.message


def test_logit_in_latex_is_refused_naming_the_inverse():
    error = refused_by_logderiv(lambda: derive(r"-\sum_i y_i \log(\operatorname{logit}(\beta^T x_i))", wrt="beta_j"))
    assert "INVERSE" in (error.hint or "")


def test_plogis_note_in_every_format():
    """The text output's note: lines and the JSON notes both say plogis was read as σ."""
    args = ["derive", "--wrt", "beta_j", "--let", SURV_LETS[0], "--let", SURV_LETS[1]]
    text = CliRunner().invoke(main, [*args, "--", "-logLike"])
    assert text.exit_code == 0 and PLOGIS_NOTE in text.output
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", "-logLike"]).output)
    assert any(PLOGIS_NOTE in note for note in data["notes"])


# ------------------------------------------------------------------ giri6: \sigma(x \cdot w^T + b), ∂Log Loss/∂w

#: github:Ishuvgiri/Machine-Learning-and-Algorithms-part-2-part-one-didnt-work- Worksheet_6_Sigmoid_Regression_From_
#: Scratch.ipynb: the cost (Task 4), Task 2's log loss, and the model of 'Computing the Gradient'
GIRI_J = r"\frac{1}{n} \sum_{i=1}^{n} L\left(y_i, \frac{1}{1 + e^{-(x_i \cdot w + b)}}\right)"
GIRI_LOSS = r"L(y, \hat{y}) = -y \log(\hat{y}) - (1 - y) \log(1 - \hat{y})"
GIRI_YHAT = r"\hat{y} = \sigma(x \cdot w^T + b) = \frac{1}{1 + e^{-(x \cdot w^T + b)}}"
GIRI_DW = r"\frac{\partial \text{Log Loss}}{\partial w} = -\frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i) x_i"
GIRI_DB = r"\frac{\partial \text{Log Loss}}{\partial b} = -\frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)"
DOT_NOTE = "x \\cdot w^T: '·' between the vectors x and w is their inner product x·w (a number)"


def test_mean_log_loss_gradient_by_finite_differences():
    """∂/∂(w, b) of (1/n)Σ L(yᵢ, σ(xᵢ·w + b)) is (1/n)(Σ(ŷ − y)xᵢ, Σ(ŷ − y)): the verdicts below lean on it."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)

    def cost(p):
        h = _sig(X @ p[:3] + p[3])
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    p = RNG.normal(size=4)
    h = _sig(X @ p[:3] + p[3])
    assert np.allclose(_fd(cost, p), [*(X.T @ (h - y) / 6), np.sum(h - y) / 6], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (GIRI_DW, "w_j", "equivalent"),
    (GIRI_DB, "b", "equivalent"),
    # the worksheet's ∂/∂w without its leading minus: (1/n)Σ(y − ŷ)x, minus the gradient
    (GIRI_DW.replace("= -\\frac", "= \\frac"), "w_j", "different"),
    # the factor x_i dropped from ∂/∂w: that is ∂/∂b
    (GIRI_DW.replace(") x_i", ")"), "w_j", "different"),
])
def test_giri6_answers_with_the_transposed_dot(answer, wrt, verdict):
    assert_verdict_read(answer, GIRI_J, verdict, wrt=wrt, lets=(GIRI_LOSS, GIRI_YHAT))


def test_transposed_dot_is_noted():
    from logderiv import check

    assert any(DOT_NOTE in note for note in notes_of(check(GIRI_DW, cost=GIRI_J, wrt="w_j",
                                                           let=(GIRI_LOSS, GIRI_YHAT))))


def test_transposed_dot_in_a_cost():
    """The same construct in a cost: (1/n)Σ(σ(xᵢ·wᵀ + b) − yᵢ)², by the judge against NumPy."""
    def intended(d):
        r = _sig(d.X @ d.w + d.b) - d.y
        return float(r @ r) / d.m
    assert_gradient_read(r"\frac{1}{n} \sum_{i=1}^{n} (\sigma(x_i \cdot w^T + b) - y_i)^2", intended,
                         wrt=("w_j", "b"))


@pytest.mark.parametrize("yhat", [
    r"\hat{y} = \sigma(x w^T + b)",              # no \cdot: a column times a row, the outer product
    r"\hat{y} = \sigma(x \cdot w^T x + b)",      # a vector after the ᵀ: w^T x is itself a dot product
    r"\hat{y} = \sigma(y \cdot w^T + b)",        # the label dotted with w: no model
    r"\hat{y} = \sigma(x \cdot w^T \cdot x + b)",  # a third factor
])
def test_transposed_dot_variants_are_refused(yhat):
    from logderiv import check

    refused_by_logderiv(lambda: check(GIRI_DW, cost=GIRI_J, wrt="w_j", let=(GIRI_LOSS, yhat)))


# ------------------------------------------------------------------ acolum: R's design %*% beta, outcome - mu

#: github:stats-comp-algo-software-2024/acolum R/mle_helper.R: lm_log_likelihood (noise_var at its default 1),
#: lm_loglik_gradient, logit_log_likelihood, logit_loglik_gradient
ACOLUM_LM_J = "-0.5 / noise_var * sum((outcome - est)^2)"
ACOLUM_LM_LETS = ("est <- design %*% beta", "noise_var = 1")
ACOLUM_LOGIT_J = "sum(outcome * est - log(1 + exp(est)))"
ACOLUM_LOGIT_LETS = ("est <- design %*% beta", "mu <- sigmoid(est)", "sigmoid(x) = 1 / (1 + exp(-x))")


def test_acolum_gradients_by_finite_differences():
    """−½Σ(y − Xβ)² has gradient Xᵀ(y − Xβ); Σ(y z − log(1 + e^z)), z = Xβ, has Xᵀ(y − σ(z))."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)
    beta = RNG.normal(size=3)
    assert np.allclose(_fd(lambda b: -0.5 * np.sum((y - X @ b) ** 2), beta), X.T @ (y - X @ beta), atol=1e-6)
    assert np.allclose(_fd(lambda b: np.sum(y * (X @ b) - np.log1p(np.exp(X @ b))), beta),
                       X.T @ (y - _sig(X @ beta)), atol=1e-6)


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    ("t(design) %*% (outcome - est) / noise_var", ACOLUM_LM_J, ACOLUM_LM_LETS, "equivalent"),
    ("t(design) %*% (est - outcome) / noise_var", ACOLUM_LM_J, ACOLUM_LM_LETS, "different"),  # −∇: the NLL's
    ("as.vector(t(design) %*% (outcome - mu))", ACOLUM_LOGIT_J, ACOLUM_LOGIT_LETS, "equivalent"),
    ("as.vector(t(design) %*% (mu - outcome))", ACOLUM_LOGIT_J, ACOLUM_LOGIT_LETS, "different"),
    # outcome given a value by a let (2Xβ): no target; ∇ = Xᵀ(4Xβ − σ) by hand, so Xᵀ(2Xβ − σ) is different
    ("as.vector(t(design) %*% (outcome - mu))", ACOLUM_LOGIT_J, (*ACOLUM_LOGIT_LETS, "outcome <- 2 * est"),
     "different"),
    # fixf70a: mu a function of the prediction and outcome was refused (no model's mean, so no target found by the
    # structure); statistics' outcome is now the targets by its name, as labels is, and the answer is then
    # Xᵀ(y − σ − y) = −Xᵀσ, by hand not Xᵀ(y − σ): different
    ("as.vector(t(design) %*% (outcome - mu))", ACOLUM_LOGIT_J,
     ("est <- design %*% beta", "mu <- sigmoid(est) + outcome", "sigmoid(x) = 1 / (1 + exp(-x))"), "different"),
])
def test_acolum_answers(answer, cost, lets, verdict):
    assert_verdict_read(answer, cost, verdict, wrt="beta_j", lets=lets)


def test_acolum_notes_name_design_and_outcome():
    from logderiv import check

    notes = " ".join(notes_of(check("as.vector(t(design) %*% (outcome - mu))", cost=ACOLUM_LOGIT_J, wrt="beta_j",
                                    let=ACOLUM_LOGIT_LETS)))
    assert "design is the code's name of the data matrix" in notes
    # fixf70a: statistics' outcome is now among code's names of the targets (_label_words), read as y before the
    # rule of what the prediction is compared with gets to it: the same y, said by its name
    assert "outcome is code's name of the targets: read as y" in notes


@pytest.mark.parametrize("answer, cost", [
    ("design.T @ (outcome - mu)", "np.sum(outcome * est - np.log(1 + np.exp(est)))"),   # NumPy
    ("design' * (outcome - mu)", "sum(outcome .* est - log(1 + exp(est)))"),          # Octave
])
def test_the_same_construct_in_numpy_and_octave(answer, cost):
    lets = ("est = design @ beta", "mu = sigmoid(est)") if "@" in answer or "np." in cost else \
        ("est = design * beta", "mu = sigmoid(est)", "m = size(design, 1)")
    assert_verdict_read(answer, cost, "equivalent", wrt="beta_j", lets=lets)


@pytest.mark.parametrize("answer, cost, lets", [
    # mu not made of the prediction: outcome is compared with a mean, not fitted
    ("as.vector(t(design) %*% (outcome - mu))", ACOLUM_LOGIT_J,
     ("est <- design %*% beta", "mu <- mean(outcome)", "sigmoid(x) = 1 / (1 + exp(-x))")),
    # design not multiplied by the coefficients: no data matrix
    ("as.vector(t(design) %*% (outcome - mu))", ACOLUM_LOGIT_J,
     ("est <- design * 2", "mu <- sigmoid(est)", "sigmoid(x) = 1 / (1 + exp(-x))")),
    # y written beside outcome: two quantities, perhaps
    ("t(design) %*% (outcome - est)", "-0.5 * sum((outcome - est)^2) + sum(y)", ("est <- design %*% beta",)),
    # design times something that is no parameter vector
    ("t(design) %*% (outcome - est)", "-0.5 * sum((outcome - est)^2)", ("est <- design %*% gamma",)),
])
def test_acolum_variants_that_say_otherwise_are_refused(answer, cost, lets):
    from logderiv import check

    refused_by_logderiv(lambda: check(answer, cost=cost, wrt="beta_j", let=lets))


# ------------------------------------------------------------------ rlogreg: R's sample.size, as.matrix(v, ncol = 1)

#: public code index file 24963416559 (R): log_reg_obj_function and log_reg_grad_function
RLOG_J = "-(1/sample.size)*sum(y*(X%*%beta) - log(1 + exp(X%*%beta)))"
RLOG_GRAD_LETS = ("sample_size <- nrow(X)", "p <- as.matrix(predict(X, beta),ncol = 1)",
                  "predict(X, beta) = as.vector(1/(1 + exp(- (X%*%beta))))")
DOTTED_NOTE = "read as R: sample.size is one name (R's names may hold a dot): read as sample_size"


def _nll_mean_beta(d):
    z = d.X @ d.beta
    return -float(np.mean(d.y * z - np.log1p(np.exp(z))))


def test_rlogreg_objective_with_a_dotted_count():
    assert_gradient_read(RLOG_J, _nll_mean_beta, wrt=("beta_j",), lets=("sample.size <- nrow(X)",))
    notes = notes_of(derive(RLOG_J, wrt="beta_j", let=("sample.size <- nrow(X)",)))
    assert any(DOTTED_NOTE in note for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    # the file's gradient adds + beta, which the objective (no penalty) has no term for: different
    ("-as.vector((1/sample_size)*t(X)%*%(y - p)) + beta", "different"),
    # without it, −(1/n)Xᵀ(y − p) is the mean NLL's gradient (checked by finite differences above)
    ("-as.vector((1/sample_size)*t(X)%*%(y - p))", "equivalent"),
])
def test_rlogreg_gradients(answer, verdict):
    assert_verdict_read(answer, RLOG_J, verdict, wrt="beta_j", lets=RLOG_GRAD_LETS)


@pytest.mark.parametrize("text, lets", [
    ("-(1/n.obs)*sum(y*(X%*%beta) - log(1 + exp(X%*%beta)))", ("n.obs <- nrow(X)",)),
    ("-(1/n.obs)*sum(y*(X%*%beta) - log(1 + exp(X%*%beta)))", ("n.obs = nrow(X)",)),
    ("-(1/n_obs)*sum(y*(X%*%beta) - log(1 + exp(X%*%beta)))", ("n_obs <- nrow(X)",)),
])
def test_other_count_names(text, lets):
    assert_gradient_read(text, _nll_mean_beta, wrt=("beta_j",), lets=lets)


def test_a_dotted_name_given_another_value_keeps_it():
    """sample.size <- 10: the objective is −(1/10)Σ(…), not the mean (by hand: 10 is no count of the examples)."""
    def intended(d):
        z = d.X @ d.beta
        return -float(np.sum(d.y * z - np.log1p(np.exp(z)))) / 10
    assert_gradient_read(RLOG_J, intended, wrt=("beta_j",), lets=("sample.size <- 10",))


@pytest.mark.parametrize("lets", [
    ("sample.size <- ncol(X)",),   # the features' count: no mean over the examples (refused by layout)
])
def test_dotted_name_variants_are_refused(lets):
    refused_by_logderiv(lambda: derive(RLOG_J, wrt="beta_j", let=lets))


@pytest.mark.parametrize("lets", [
    (),                            # no let of it
    ("sample.sz <- nrow(X)",),     # a let of another name, which the objective does not use
])
def test_an_undefined_sample_size_is_the_count_of_the_examples(lets):
    """These were refused as an unknown name until fixf59 read code's count words (sample_size, datasize, nobs …) as m,
    noted ("sample_size names the number of examples (no --let defines it): read as m"): R's sample.size is that word
    with R's dot, so the objective is the mean, by hand (−(1/m)Σ …), held to finite differences."""
    assert_gradient_read(RLOG_J, _nll_mean_beta, wrt=("beta_j",), lets=lets)
    assert any("sample_size names the number of examples" in note
               for note in notes_of(derive(RLOG_J, wrt="beta_j", let=lets)))


def test_a_dotted_name_in_numpy_stays_an_attribute():
    """In NumPy text sample.size is sample's attribute: never respelled."""
    refused_by_logderiv(lambda: derive("-(1/sample.size)*np.sum(y*(X@beta) - np.log(1 + np.exp(X@beta)))",
                                       wrt="beta_j", let=("sample.size = X.shape[0]",)))


# ------------------------------------------------------------------ tamakloe: d, n = xTr.shape beside w.T @ xTr

#: github:Mark-Daniels-Tamakloe/Spam-email-classifier ridge.py, def ridge(w, xTr, yTr, lambdaa): xTr is d × n
TAM_J = "np.mean(error ** 2) + lambdaa * np.sum(w ** 2)"
TAM_LETS = ("error = (w.T @ xTr) - yTr", "d, n = xTr.shape")
TAM_GRAD = "(2 / n) * (xTr @ error.T) + 2 * lambdaa * w"
SHAPE_NOTE = "n = xTr.shape[1] counts the examples, read as m"


def test_ridge_gradient_by_finite_differences():
    """∇ of mean((wᵀX − y)²) + λ‖w‖² with X d×n (examples in columns) is (2/n)X(Xᵀw − y) + 2λw."""
    Xc, y, lam = RNG.normal(size=(3, 7)), RNG.normal(size=7), 0.4
    cost = lambda w: np.mean((w @ Xc - y) ** 2) + lam * np.sum(w ** 2)
    w = RNG.normal(size=3)
    assert np.allclose(_fd(cost, w), 2 / 7 * Xc @ (w @ Xc - y) + 2 * lam * w, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    (TAM_GRAD, "equivalent"),
    (TAM_GRAD.replace("+ 2 * lambdaa", "+ lambdaa"), "different"),  # d/dw of λ‖w‖² is 2λw, not λw
    (TAM_GRAD.replace("(2 / n)", "(1 / n)"), "different"),            # half the data term
])
def test_tamakloe_answers(answer, verdict):
    assert_verdict_read(answer, TAM_J, verdict, wrt="w_j", lets=TAM_LETS)


def test_shape_unpacking_is_noted():
    from logderiv import check

    assert any(SHAPE_NOTE in note for note in notes_of(check(TAM_GRAD, cost=TAM_J, wrt="w_j", let=TAM_LETS)))


@pytest.mark.parametrize("answer, lets", [
    (TAM_GRAD, ("error = (w.T @ xTr) - yTr", "n, d = xTr.shape")),                 # n the rows: the features
    (TAM_GRAD, ("error = (w.T @ xTr) - yTr", "d, n = xTe.shape")),                 # another matrix's shape
    (TAM_GRAD.replace("/ n", "/ d"), ("error = (w.T @ xTr) - yTr", "d, n = xTr.shape")),  # the features' count
    (TAM_GRAD, ("error = (xTr @ w) - yTr", "d, n = xTr.shape")),                   # rows layout: n the features
])
def test_shape_unpacking_variants_are_refused(answer, lets):
    from logderiv import check

    refused_by_logderiv(lambda: check(answer, cost=TAM_J, wrt="w_j", let=lets))


# ------------------------------------------------------------------ octave: temp = lambda*theta/m; temp(1) = 0;

#: public code index files 20291232328 and 20976674030 (Octave, one author): J and grad = X'*(h-y)/m+temp
OCT_ALL_J = "sum((h-y).^2)/(2*m)+lambda*sum(theta.^2)/(2*m)"
OCT_SKIP_J = "sum((h-y).^2)/(2*m)+lambda*sum(theta(2:end).^2)/(2*m)"
OCT_GRAD_LETS = ("h = X*theta", "m = length(y)", "temp = lambda*theta/m", "temp(1) = 0")
TEMP_NOTE = "temp = lambda*theta/m with temp(1) = 0 is the scaled theta with its first entry, the intercept's, set to 0"


def test_penalised_least_squares_gradients_by_finite_differences():
    """∇ of (‖Xθ − y‖² + λ‖θ_{2:}‖²)/(2m) is (Xᵀ(Xθ − y) + λ[0; θ_{2:}])/m; with every θ penalised λθ in place."""
    X, y, lam = RNG.normal(size=(7, 3)), RNG.normal(size=7), 0.6
    theta = RNG.normal(size=3)
    skip = lambda t: (np.sum((X @ t - y) ** 2) + lam * np.sum(t[1:] ** 2)) / 14
    every = lambda t: (np.sum((X @ t - y) ** 2) + lam * np.sum(t ** 2)) / 14
    zeroed = np.r_[0, theta[1:]]
    assert np.allclose(_fd(skip, theta), (X.T @ (X @ theta - y) + lam * zeroed) / 7, atol=1e-6)
    assert not np.allclose(_fd(every, theta), (X.T @ (X @ theta - y) + lam * zeroed) / 7, atol=1e-6)


@pytest.mark.parametrize("cost, verdict", [
    (OCT_SKIP_J, "equivalent"),  # theta(2:end) penalised: temp(1) = 0 is right
    (OCT_ALL_J, "different"),    # every θ penalised: the first entry misses λθ₁/m
])
def test_octave_zeroed_copy(cost, verdict):
    assert_verdict_read("X'*(h-y)/m+temp", cost, verdict, lets=OCT_GRAD_LETS)


def test_octave_zeroed_copy_is_noted():
    from logderiv import check

    notes = notes_of(check("X'*(h-y)/m+temp", cost=OCT_SKIP_J, wrt="theta_j", let=OCT_GRAD_LETS))
    assert any(TEMP_NOTE in note for note in notes)


@pytest.mark.parametrize("cost, verdict", [
    ("np.sum((h - y)**2)/(2*m) + lam*np.sum(theta[1:]**2)/(2*m)", "equivalent"),
    ("np.sum((h - y)**2)/(2*m) + lam*np.sum(theta**2)/(2*m)", "different"),
])
def test_the_same_construct_in_numpy(cost, verdict):
    lets = ("h = X @ theta", "m = len(y)", "temp = lam * theta / m", "temp[0] = 0")
    assert_verdict_read("X.T @ (h - y) / m + temp", cost, verdict, lets=lets)


@pytest.mark.parametrize("lets", [
    ("temp = lambda*theta/m", "temp(2) = 0"),          # another entry: not the intercept's
    ("temp = lambda*theta/m", "temp(1) = 1"),          # set to 1, not zeroed
    ("temp = lambda*theta/m + 1", "temp(1) = 0"),      # not a scaling of θ
])
def test_octave_zeroing_variants_are_refused(lets):
    from logderiv import check

    refused_by_logderiv(lambda: check("X'*(h-y)/m+temp", cost=OCT_SKIP_J, wrt="theta_j",
                                      let=("h = X*theta", "m = length(y)", *lets)))


def test_zeroed_before_the_copy_leaves_the_whole_scaled_theta():
    """temp(1) = 0 before temp = lambda*theta/m zeroes nothing that stays: temp is λθ/m whole (read since fixfam as a
    let of the whole parameter vector; refused before). By hand: θ₁'s entry λθ₁/m is no part of the gradient of a
    cost penalising θ(2:end) only, so the answer is different."""
    assert_verdict_read("X'*(h-y)/m+temp", OCT_SKIP_J, "different",
                        lets=("h = X*theta", "m = length(y)", "temp(1) = 0", "temp = lambda*theta/m"))


# ------------------------------------------------------------------ cvpois: Σ_{j=0}^p β_j x_{ij} with x_{i0} = 1

#: Cross Validated, 'Poisson regression likelihood estimation' (stored copy): a) l(β) ∝ …, b) ∂l(β)/∂β_a
CV_J = r"-\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} + \sum_{i=1}^n y_i \sum_{j=0}^p \beta_j x_{ij}"
CV_DA = (r"\frac{\partial l(\beta)}{\partial \beta_a} = -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} x_{ia} + "
         r"\sum_{i=1}^n y_i x_{ia}")
CV_LETS = ("x_{i0} = 1",)


def _poisson_loglik(d):
    """Σᵢ (yᵢzᵢ − e^{zᵢ}), zᵢ = β₀ + Σ_{j≥1} β_j x_ij: the Poisson log-likelihood with its intercept, by hand."""
    z = d.theta0 + d.X @ d.beta
    return float(np.sum(d.y * z - np.exp(z)))


def test_poisson_gradient_by_finite_differences():
    """∂/∂β_a of Σ(y z − e^z) is Σᵢ (yᵢ − e^{zᵢ}) x_ia; dropping x_ia from the exponential's term is another vector."""
    X, y = RNG.normal(size=(6, 3)) * 0.5, RNG.poisson(2.0, size=6).astype(float)
    cost = lambda b: np.sum(y * (b[0] + X @ b[1:]) - np.exp(b[0] + X @ b[1:]))
    b = RNG.normal(size=4) * 0.3
    z = b[0] + X @ b[1:]
    grad = _fd(cost, b)
    assert np.allclose(grad[1:], X.T @ (y - np.exp(z)), atol=1e-6)
    assert not np.allclose(grad[1:], -np.sum(np.exp(z)) + X.T @ y, atol=1e-3)


def test_cvpois_loglik_with_the_x0_let():
    assert_gradient_read(CV_J, _poisson_loglik, wrt=("beta_0", "beta_j"), lets=CV_LETS)


@pytest.mark.parametrize("answer, verdict", [
    (CV_DA, "equivalent"),
    (CV_DA.replace("} x_{ia} +", "} +"), "different"),  # the chain rule's x_ia lost on the exponential's term
])
def test_cvpois_component_named_a(answer, verdict):
    assert_verdict_read(answer, CV_J, verdict, wrt="beta_j", lets=CV_LETS)


def test_component_letter_is_noted():
    from logderiv import check

    notes = notes_of(check(CV_DA, cost=CV_J, wrt="beta_j", let=CV_LETS))
    assert any("the feature index a of the left side's ∂/∂beta_a is the component --wrt beta_j asks for" in note
               for note in notes)


@pytest.mark.parametrize("answer, lets", [
    (CV_DA + " + a", CV_LETS),                        # a written on its own too: not only a subscript
    (CV_DA.replace("x_{ia}", "x_{ai}"), CV_LETS),     # x_{ai}: a first, as an example would be
    (CV_DA.replace("x_{ia}", "x_{ib}"), CV_LETS),     # another letter than the left side's
    (CV_DA.replace(r"\beta_a", r"\theta_a"), CV_LETS),  # a left side in another parameter
    (CV_DA, ("x_{0i} = 1",)),                         # x_{0i}: its 0 could be the example
    (CV_DA, ("x_{i1} = 1",)),                         # feature 1, not the intercept's 0
    (CV_DA, ("x_{i0} = 2",)),                         # not the intercept's 1
])
def test_cvpois_variants_are_refused(answer, lets):
    from logderiv import check

    refused_by_logderiv(lambda: check(answer, cost=CV_J, wrt="beta_j", let=lets))
