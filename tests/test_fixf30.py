"""fixf30 (issue 10): the families of real text the blind wave f30 (tests/corpus/fresh_thirtieth.py) showed refused.

Each reading is of real text, quoted verbatim with its source; its meaning was worked out by hand and is held to
central finite differences of a NumPy cost written here (tests/_numeric.py), never to logderiv's own output. Beside
each reading, near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import sig
from logderiv import check, derive

from _numeric import central_differences as _fd
from _reading import assert_gradient_read as _assert_gradient, assert_verdict_read as _assert_verdict
from _reading import refused_by_logderiv as _refusal


def _nll(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


# --- a cost's name with a worded label, unbraced: J_\text{ridge}, \mathcal{L}_\text{nll} ------------------------

MIT_GD = "github:390introml/notes:gradient_descent.qmd (MIT 6.390 notes, commit 4b48a9a), the ridge gradients"
MIT_CLS = "github:390introml/notes:classification.qmd (MIT 6.390 notes, commit 4b48a9a), @eq-lr_with_reg"
MIT_RIDGE = (r"J_{\text{ridge}}(\theta, \theta_0) = \frac{1}{n}\sum_{i = 1}^n\left(\theta^Tx^{(i)} + \theta_0 - "
             r"y^{(i)}\right)^2 + \lambda\|\theta\|^2")
#: the first row of the aligned display, verbatim (MIT_GD)
MIT_RIDGE_GRAD = ("\\nabla_\\theta J_\\text{ridge}(\\theta, \\theta_0)                      & =  \\frac{2}{n}\\sum_{i=1}^n\n"
                  "  \\left(\\theta^Tx^{(i)} + \\theta_0 -\n  y^{(i)}\\right) x^{(i)}\n  + 2\\lambda\\theta")
#: the second row, verbatim (MIT_GD)
MIT_RIDGE_GRAD0 = ("\\frac{\\partial J_\\text{ridge}(\\theta, \\theta_0)}{\\partial \\theta_0} & =\n"
                   "  \\frac{2}{n}\\sum_{i=1}^n\n  \\left(\\theta^Tx^{(i)} + \\theta_0 -\n  y^{(i)} \\right) \\;\\;.")
MIT_LR = ("J_\\text{lr}(\\theta, \\theta_0; {\\cal D}) =\n  \\left(\\frac{1}{n} \\sum_{i=1}^n\n"
          "  \\mathcal{L}_\\text{nll}(\\sigma(\\theta^T x^{(i)} + \\theta_0), y^{(i)})\\right) +\n"
          "  \\lambda \\left\\lVert\\theta\\right\\rVert^2\\;\\;.")
#: the notes' definition of the loss, verbatim (MIT_CLS, 'negative log-likelihood loss function')
MIT_NLL = (r"\mathcal{L}_\text{nll}(\text{guess},\text{actual}) = -\left(\text{actual}\cdot \log (\text{guess}) + (1 - "
           r"\text{actual})\cdot\log (1 - \text{guess})\right)")
MIT_SIGMA = r"\sigma(z) = \frac{1}{1+e^{-z}}"
MIT_G = r"g^{(i)} = \sigma(\theta^Tx^{(i)} + \theta_0)"
MIT_LR_GRAD = ("\\nabla_\\theta J_\\text{lr}(\\theta, \\theta_0)                      & =  \\frac{1}{n}\\sum_{i=1}^n\n"
               "  \\left(g^{(i)} -\n  y^{(i)}\\right) x^{(i)}\n  + 2\\lambda\\theta")


def _mit_ridge(X, y, theta, theta0, lam):
    """By hand: (1/n)Σ(θ·x_i + θ₀ − y_i)² + λ‖θ‖² (n counts the examples in these notes)."""
    return np.mean((X @ theta + theta0 - y) ** 2) + lam * theta @ theta


def _mit_lr(X, y, theta, theta0, lam):
    """By hand: (1/n)Σ L_nll(σ(θ·x_i + θ₀), y_i) + λ‖θ‖², L_nll(g, a) = −(a log g + (1 − a) log(1 − g))."""
    return np.mean(_nll(sig(X @ theta + theta0), y)) + lam * theta @ theta


def test_the_hand_gradients_of_the_mit_objectives():
    """By hand ∇_θ J_ridge = (2/n)Σ(θ·x_i + θ₀ − y_i)x_i + 2λθ, ∂J_ridge/∂θ₀ = (2/n)Σ(θ·x_i + θ₀ − y_i);
    ∇_θ J_lr = (1/n)Σ(g_i − y_i)x_i + 2λθ and ∂J_lr/∂θ₀ = (1/n)Σ(g_i − y_i) (no λ: θ₀ is not penalised)."""
    rng = np.random.default_rng(30)
    X, y, theta, theta0, lam = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3), 0.4, 0.7
    r = X @ theta + theta0 - y
    assert np.allclose(_fd(lambda v: _mit_ridge(X, y, v, theta0, lam), theta), 2 / 5 * X.T @ r + 2 * lam * theta)
    assert np.isclose(_fd(lambda v: _mit_ridge(X, y, theta, v[0], lam), np.array([theta0]))[0], 2 / 5 * r.sum())
    g = sig(X @ theta + theta0)
    assert np.allclose(_fd(lambda v: _mit_lr(X, y, v, theta0, lam), theta), X.T @ (g - y) / 5 + 2 * lam * theta)
    d0 = _fd(lambda v: _mit_lr(X, y, theta, v[0], lam), np.array([theta0]))[0]
    assert np.isclose(d0, (g - y).mean())
    assert not np.isclose(d0, (g - y).mean() + 2 * lam * theta0)  # the variant's penalised θ₀


@pytest.mark.parametrize("answer, wrt", [(MIT_RIDGE_GRAD, "theta_j"), (MIT_RIDGE_GRAD0, "theta_0")])
def test_ridge_answers_headed_by_the_labelled_cost(answer, wrt):
    """J_\\text{ridge} is TeX's J_{\\text{ridge}}: the label names the cost, it is no function applied to (θ, θ₀)."""
    _assert_verdict(answer, MIT_RIDGE, "equivalent", wrt=wrt)


def test_the_labelled_nll_loss_of_a_guess_and_an_actual_value():
    """MIT's J_lr through its named loss \\mathcal{L}_\\text{nll}(guess, actual), defined with --let."""
    _assert_gradient(MIT_LR, lambda d: _mit_lr(d.X, d.y, d.theta, d.theta0, d.lam), wrt=("theta_j", "theta_0"),
                     lets=(MIT_NLL, MIT_SIGMA))


@pytest.mark.parametrize("answer, wrt, verdict", [
    (MIT_LR_GRAD, "theta_j", "equivalent"),
    # the second row with + 2λθ₀ added (a variant): θ₀ is not in ‖θ‖²
    ("\\frac{\\partial J_\\text{lr}(\\theta, \\theta_0)}{\\partial \\theta_0} & =\n  \\frac{1}{n}\\sum_{i=1}^n\n"
     "  \\left(g^{(i)} -\n  y^{(i)} \\right) + 2\\lambda\\theta_0 \\;\\;.", "theta_0", "different"),
])
def test_lr_answers_against_the_named_loss(answer, wrt, verdict):
    _assert_verdict(answer, MIT_LR, verdict, wrt=wrt, lets=(MIT_NLL, MIT_SIGMA, MIT_G))


_LR_BODY = r"J(\theta, \theta_0) = \frac{1}{n} \sum_{i=1}^n \mathcal{L}%s(\sigma(\theta^T x^{(i)} + \theta_0), y^{(i)})"


@pytest.mark.parametrize("called", [r"_{\text{nll}}", r"_\text{nll}"])
def test_the_labelled_loss_called_either_way(called):
    _assert_gradient(_LR_BODY % called, lambda d: _mit_lr(d.X, d.y, d.theta, d.theta0, 0.0),
                     wrt=("theta_j", "theta_0"), lets=(MIT_NLL, MIT_SIGMA))


@pytest.mark.parametrize("cost, lets, says", [
    # another label than the one defined: another loss, which no --let defines
    (_LR_BODY % r"_\text{sq}", (MIT_NLL,), "label in words"),
    # the label dropped: L alone is no function here
    (_LR_BODY % "", (MIT_NLL,), ""),
    # the call labelled, the definition not
    (_LR_BODY % r"_\text{nll}", (MIT_NLL.replace(r"\mathcal{L}_\text{nll}", r"\mathcal{L}"),), "label in words"),
    # a body naming a word that is no parameter
    (_LR_BODY % r"_\text{nll}", (MIT_NLL.replace(r"(1 - \text{actual})", r"(1 - \text{actua})"),), ""),
    # a label in words on a quantity is not read as a name of it
    (r"J(\theta) = \frac{1}{n}\sum_{i=1}^n (\theta^T x^{(i)} - y^{(i)})^2 + \lambda_\text{reg}\|\theta\|^2", (),
     "label in words"),
    # a superscript word is no label of the cost
    (r"J^\text{lr}(\theta) = \frac{1}{n}\sum_{i=1}^n (\theta^T x^{(i)} - y^{(i)})^2", (), "unknown function 'lr'"),
])
def test_near_variants_of_worded_labels_are_refused(cost, lets, says):
    error = _refusal(lambda: derive(cost, wrt="theta_j", let=lets))
    assert says in str(error)
    assert error.column is not None


def test_an_unbraced_label_is_the_braced_one():
    """J_\\text{lr} is set by TeX as J_{\\text{lr}}: both read as the same cost, whose gradient is checked here."""
    for head in (r"J_\text{lr}(\theta)", r"J_{\text{lr}}(\theta)"):
        _assert_gradient(head + r" = \frac{1}{n}\sum_{i=1}^n (\theta^T x^{(i)} - y^{(i)})^2",
                         lambda d: np.mean((d.X @ d.theta - d.y) ** 2))


# --- Octave lab code with the examples as columns: Theta' * X, 1. / (…) ---------------------------------------

PL_LAB4 = "github:KrzysiekJa/ML-basics-theory:lab_4_linear_regression/CostFun.m (J = …, dJ = …)"
PL_LAB5 = "github:KrzysiekJa/ML-basics-theory:lab_5_logistic_regression/CostFun.m (J = …, dJ = …)"
PL_LIN = "sum( (Theta' * X - Y) .^2) /(2*m)"  # PL_LAB4, verbatim
PL_LOG = "- sum( Y .* log(h_theta) + (1-Y) .* log(1-h_theta) ) /m"  # PL_LAB5, verbatim
PL_LOG_LETS = ("m = size(X, 2)", "h_theta = sigmoid( Theta' * X )", "sigmoid(x) = 1. / (1 + exp(-x))")
PL_GRAD_LIN = "( (Theta' * X - Y) *(X') /m )'"  # PL_LAB4's dJ, verbatim
PL_GRAD_LOG = "( (h_theta - Y) * (X') /m )'"  # PL_LAB5's dJ, verbatim


def _lab_linear(Xc, Y, Theta):
    """The lab's code by hand, X features × examples: sum((Θᵀ X − Y).²)/(2m), m = size(X, 2)."""
    return np.sum((Theta @ Xc - Y) ** 2) / (2 * Xc.shape[1])


def _lab_logistic(Xc, Y, Theta):
    h = 1.0 / (1 + np.exp(-(Theta @ Xc)))
    return -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / Xc.shape[1]


def test_the_hand_gradients_of_the_lab_costs():
    """With X n×m (one example per column) both gradients are ((r) Xᵀ / m)ᵀ, r the row of residuals
    (Θᵀx_i − y_i for the linear cost, σ(Θᵀx_i) − y_i for the logistic one): the labs' dJ."""
    rng = np.random.default_rng(31)
    Xc, Y, Theta = rng.normal(size=(3, 6)), rng.uniform(0.1, 0.9, size=6), rng.normal(size=3)
    assert np.allclose(_fd(lambda v: _lab_linear(Xc, Y, v), Theta), ((Theta @ Xc - Y) @ Xc.T / 6).T)
    h = sig(Theta @ Xc)
    assert np.allclose(_fd(lambda v: _lab_logistic(Xc, Y, v), Theta), ((h - Y) @ Xc.T / 6).T)
    # the kept linear gradient is not the logistic one
    assert not np.allclose(_fd(lambda v: _lab_logistic(Xc, Y, v), Theta), ((Theta @ Xc - Y) @ Xc.T / 6).T)


def test_the_lab_costs_with_examples_as_columns():
    """The judge's X is m×n; the lab's X is its transpose, features × examples."""
    _assert_gradient(PL_LIN, lambda d: _lab_linear(d.X.T, d.y, d.w), wrt=("Theta_j",), lets=("m = size(X, 2)",))
    _assert_gradient(PL_LOG, lambda d: _lab_logistic(d.X.T, d.y, d.w), wrt=("Theta_j",), lets=PL_LOG_LETS)
    notes = " ".join(derive(PL_LOG, wrt="Theta_j", let=PL_LOG_LETS).notes)
    assert "Theta is read as θ" in notes and "one example per column" in notes


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    (PL_GRAD_LIN, PL_LIN, ("m = size(X, 2)",), "equivalent"),
    (PL_GRAD_LOG, PL_LOG, PL_LOG_LETS, "equivalent"),
    # the first commit of the logistic lab kept the linear gradient ('taki sam zostaje')
    (PL_GRAD_LIN, PL_LOG, PL_LOG_LETS, "different"),
])
def test_the_lab_gradients(answer, cost, lets, verdict):
    _assert_verdict(answer, cost, verdict, wrt="Theta_j", lets=lets)


@pytest.mark.parametrize("cost, says", [
    # Theta not transposed before X: a weight matrix Θ as Ng's networks write it, or θ? not told
    ("sum( (Theta * X - Y) .^2) /(2*m)", "Theta"),
    # beside a lowercase theta: two quantities?
    ("sum( (Theta' * X - Y) .^2) /(2*m) + sum(theta.^2)", "beside a lowercase theta"),
    # Ng's numbered layer weights
    ("sum( (Theta1' * X - Y) .^2) /(2*m)", "Theta"),
    # a number's '.' before a letter: 2.0 x or 2 · x? (refused as before)
    ("sum((2. X*theta - y).^2)", "a number cannot end with '.'"),
    ("sum((X*theta - 1.. - y).^2)", "a number cannot end with '.'"),
])
def test_near_variants_of_the_lab_code_are_refused(cost, says):
    error = _refusal(lambda: derive(cost, wrt="Theta_j" if "Theta" in cost else "theta_j"))
    assert says in str(error)


@pytest.mark.parametrize("cost, intended", [
    # Octave's and Python's float literal before an operator: 1. is 1.0
    ("sum((1. * X*theta - y).^2)", lambda d: np.sum((d.X @ d.theta - d.y) ** 2)),
    ("sum((X*theta - y).^2) * 3.", lambda d: 3 * np.sum((d.X @ d.theta - d.y) ** 2)),
    ("sum((2. - X*theta - y).^2)", lambda d: np.sum((2 - d.X @ d.theta - d.y) ** 2)),
])
def test_a_float_literal_with_a_trailing_point(cost, intended):
    _assert_gradient(cost, intended)


# --- gradient descent's previous iterate θ^{(t-1)}: the point a step's gradient is taken at -------------------

#: RR-Gradient-Descent, the bracket after η in the θ^{(t)} line, verbatim (MIT_GD)
MIT_STEP = ("\\frac{1}{n}\\sum_{i=1}^n\n    \\left({{\\theta}^{(t-1)}}^T {x}^{(i)} + {\\theta_0}^{(t-1)} -\n"
            "      {y}^{(i)}\\right) {x}^{(i)}\n    + \\lambda{\\theta}^{(t-1)}")
#: the θ₀^{(t)} line's bracket, verbatim (MIT_GD)
MIT_STEP0 = ("\\frac{1}{n}\\sum_{i=1}^n\n    \\left({{\\theta}^{(t-1)}}^T {x}^{(i)} + {\\theta_0}^{(t-1)} -\n"
             "      {y}^{(i)} \\right)")


def test_the_pseudocode_step_is_half_the_gradient():
    """By hand the step's bracket (1/n)Σ(θ·x_i + θ₀ − y_i)x_i + λθ is half ∇_θ J_ridge: not the gradient."""
    rng = np.random.default_rng(32)
    X, y, theta, theta0, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), -0.3, 0.6
    r = X @ theta + theta0 - y
    numeric = _fd(lambda v: _mit_ridge(X, y, v, theta0, lam), theta)
    assert np.allclose(2 * (X.T @ r / 5 + lam * theta), numeric)
    assert not np.allclose(X.T @ r / 5 + lam * theta, numeric, rtol=1e-3)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (MIT_STEP, "theta_j", "different"),
    (MIT_STEP0, "theta_0", "different"),
    # the same brackets with the gradient's 2: the derivative at the iterate θ^{(t-1)}, the parameter itself
    (MIT_STEP.replace("\\frac{1}{n}", "\\frac{2}{n}").replace("\\lambda", "2\\lambda"), "theta_j", "equivalent"),
    (MIT_STEP0.replace("\\frac{1}{n}", "\\frac{2}{n}"), "theta_0", "equivalent"),
])
def test_answers_at_the_previous_iterate(answer, wrt, verdict):
    _assert_verdict(answer, MIT_RIDGE, verdict, wrt=wrt)
    assert any("(t-1) on a parameter" in note for note in check(answer, cost=MIT_RIDGE, wrt=wrt).notes)


_STEP0 = r"\frac{2}{n}\sum_{i=1}^n \left({\theta^{%s}}^T x^{(i)} + \theta_0^{%s} - y^{(i)}\right)%s"


@pytest.mark.parametrize("answer, says", [
    # two iterates in one bracket
    (_STEP0 % ("(t)", "(t-1)", ""), "two iterate marks"),
    # other offsets: not a step's starting point
    (_STEP0 % ("(t-2)", "(t-2)", ""), "only (t) and (t-1)"),
    (_STEP0 % ("(t+1)", "(t+1)", ""), "only (t) and (t-1)"),
    # t written as a value too
    (_STEP0 % ("(t-1)", "(t-1)", " t"), "outside an iterate mark"),
    # the iterate beside the parameter itself: a proximal term's constant
    (_STEP0 % ("(t-1)", "(t-1)", r" + \theta_0^{(t-1)} - \theta_0"), "both with the iterate mark"),
])
def test_near_variants_of_the_iterate_are_refused(answer, says):
    error = _refusal(lambda: check(answer, cost=MIT_RIDGE, wrt="theta_0"))
    assert says in str(error)


# --- code's lowercase x (the data matrix) beside a LaTeX cost that writes x only per example --------------------

CS229 = "CS229 problem set 1, a student's Poisson regression solution (delta = …; h from the line above it)"
CS229_COST = r"\ell(\theta) = \frac{1}{m}\sum_{i=1}^{m}\left(y^{(i)}\theta^T x^{(i)} - e^{\theta^T x^{(i)}}\right)"
CS229_STEP = "np.mean((y - h)[:, None] * x, axis=0)"  # verbatim (CS229)
CS229_LETS = ("h = np.exp(np.dot(x, self.theta))",)


def _poisson_mean_loglik(X, y, theta):
    """By hand (the constant −log y! dropped): (1/m)Σ(y_i θ·x_i − e^{θ·x_i})."""
    z = X @ theta
    return np.mean(y * z - np.exp(z))


def test_the_hand_gradient_of_the_poisson_log_likelihood():
    """By hand ∇ of the mean log-likelihood is (1/m)Σ(y_i − e^{θ·x_i})x_i: the code's step, np.mean over axis 0."""
    rng = np.random.default_rng(33)
    X, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 4, size=6).astype(float), rng.normal(size=3) / 2
    h = np.exp(X @ theta)
    assert np.allclose(_fd(lambda v: _poisson_mean_loglik(X, y, v), theta), np.mean((y - h)[:, None] * X, axis=0))


@pytest.mark.parametrize("answer, verdict", [
    (CS229_STEP, "equivalent"),
    ("np.dot(x.T, y - h) / m", "equivalent"),
    # the step for the negative log-likelihood's gradient: the sign flipped
    ("np.mean((h - y)[:, None] * x, axis=0)", "different"),
])
def test_code_x_beside_a_latex_cost_of_examples(answer, verdict):
    _assert_verdict(answer, CS229_COST, verdict, lets=CS229_LETS)
    notes = " ".join(check(answer, cost=CS229_COST, wrt="theta_j", let=CS229_LETS).notes)
    assert "the LaTeX writes x only with the example's index" in notes


@pytest.mark.parametrize("cost", [
    # the LaTeX writes a bare x: one example's loss, whose x is a vector, beside the code's matrix x
    r"\ell(\theta) = y\theta^T x - e^{\theta^T x}",
    # x with a feature's index beside the examples': x_1 is a number, not a row of the code's x
    r"\ell(\theta) = \sum_{i=1}^{m}\left(y_i\theta^T x_i - e^{\theta^T x_i}\right) + \lambda x_1",
])
def test_code_x_beside_latex_that_writes_x_otherwise_is_refused(cost):
    """The code's x stays unread there: the step's x is then no data matrix, and [:, None] is refused at it. Since
    fixmis23 the second cost is refused earlier, at its own x_1 (outside every sum over the examples, no example to
    take it of): a refusal still, for a reason as true."""
    error = _refusal(lambda: check(CS229_STEP, cost=cost, wrt="theta_j", let=CS229_LETS))
    assert "[:, None]" in str(error) or "'x_1' is outside every sum over the examples" in str(error)


# --- \min_{\theta_{0}\theta_{1}} opening the text, and h_{\Theta} for the h a --let defines ---------------------

APPUNTI = ("github:w4nderlust/appunti-machine-learning (Italian LyX notes on Ng's course), 'Regressione Lineare "
           "Univariata', the minimisation problem")
APPUNTI_MIN = r"\min_{\theta_{0}\theta_{1}}\frac{1}{2m}\sum_{i=1}^{m}\left(h_{\Theta}(x^{(i)})-y^{(i)}\right)^{2}"
APPUNTI_H = r"h_{\theta}(x)=h(x)=\theta_{0}+\theta_{1}x"


def _half_mse_line(x, y, theta0, theta1):
    return np.sum((theta0 + theta1 * x - y) ** 2) / (2 * x.size)


def test_the_hand_gradient_of_the_univariate_cost():
    """By hand ∂/∂θ₀ = (1/m)Σ(θ₀ + θ₁x_i − y_i), ∂/∂θ₁ = (1/m)Σ(θ₀ + θ₁x_i − y_i)x_i."""
    rng = np.random.default_rng(34)
    x, y, t = rng.normal(size=7), rng.normal(size=7), np.array([0.3, -1.1])
    r = t[0] + t[1] * x - y
    assert np.allclose(_fd(lambda v: _half_mse_line(x, y, v[0], v[1]), t), [r.mean(), (r * x).mean()])


def test_min_over_two_components_and_the_capital_in_the_model_subscript():
    _assert_gradient(APPUNTI_MIN, lambda d: _half_mse_line(d.x, d.y, d.theta0, d.theta1), wrt=("theta_0", "theta_1"),
                     lets=(APPUNTI_H,))
    notes = " ".join(derive(APPUNTI_MIN, wrt="theta_1", let=(APPUNTI_H,)).notes)
    assert "minimised over theta_0, theta_1" in notes and "'h_{\\Theta}' is read as h_θ" in notes


@pytest.mark.parametrize("cost, lets, says", [
    # no --let of h: h_Θ may be a network's output (Ng's h_Θ(x)), beside a lowercase θ
    (APPUNTI_MIN, (), "beside a lowercase"),
    # Θ outside the model's subscript: a matrix or θ?
    (APPUNTI_MIN.replace(r"h_{\Theta}(x^{(i)})", r"\Theta^T x^{(i)}"), (APPUNTI_H,), "beside a lowercase"),
    # h_Θ not applied to a bracket
    (APPUNTI_MIN.replace(r"h_{\Theta}(x^{(i)})", r"h_\Theta x^{(i)}"), (APPUNTI_H,), "beside a lowercase"),
    # the subscript lists something that is no parameter
    (APPUNTI_MIN.replace(r"\theta_{1}}", "x}"), (APPUNTI_H,), "not supported"),
    # a trailing comma lists nothing more
    (APPUNTI_MIN.replace(r"\theta_{0}\theta_{1}", r"\theta_{0},"), (APPUNTI_H,), "not supported"),
    # \min_… J(θ) = …: a statement, not a cost
    (APPUNTI_MIN.replace(r"\frac{1}{2m}", r"J(\theta) = \frac{1}{2m}", 1), (APPUNTI_H,), "not supported"),
])
def test_near_variants_of_min_and_capital_theta_are_refused(cost, lets, says):
    error = _refusal(lambda: derive(cost, wrt="theta_1", let=lets))
    assert says in str(error)


# --- the let x_{0}=1: features numbered from 0, θ₀ the intercept on its own -----------------------------------

APPUNTI_REG = ("github:w4nderlust/appunti-machine-learning, 'Regolarizzazione nella Regressione Logistica' (x₀ = 1 from "
               "the linear chapter: 'Per convenienza di notazione definiamo x₀ = 1')")
APPUNTI_LOG = (r"J(\theta)=-\frac{1}{m}\left[\sum_{i=1}^{m}y^{(i)}\log(h_{\theta}(x^{(i)}))+(1-y^{(i)})\log(1-h_{\theta}"
               r"(x^{(i)}))\right]+\frac{\lambda}{2m}\sum_{i=1}^{n}\theta_{i}^{2}")
APPUNTI_SIG = r"h_{\theta}(x)=\frac{1}{1+e^{-\theta^{\top}x}}"
#: the θ_k update's bracket, verbatim: it subtracts the penalty's derivative (a real sign slip)
APPUNTI_GRAD_K = (r"\frac{1}{m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)\cdot x_{k}^{(i)}-\frac{\lambda}{m}"
                  r"\theta_{k}")


def _ridge_logistic(X, y, theta0, theta, lam):
    """By hand: the mean cross-entropy of σ(θ₀ + θ·x_i) plus (λ/2m)Σ_{k=1}^{n}θ_k², θ₀ unpenalised."""
    return np.mean(_nll(sig(theta0 + X @ theta), y)) + lam / (2 * y.size) * theta @ theta


def test_the_hand_gradient_of_the_ridge_logistic_cost():
    """By hand ∂/∂θ₀ = (1/m)Σ(h_i − y_i), ∂/∂θ_k = (1/m)Σ(h_i − y_i)x_ik + (λ/m)θ_k: the bracket's −(λ/m)θ_k is wrong."""
    rng = np.random.default_rng(35)
    X, y, theta0, theta, lam = rng.normal(size=(6, 3)), rng.uniform(0.1, 0.9, 6), 0.2, rng.normal(size=3), 0.9
    h = sig(theta0 + X @ theta)
    assert np.isclose(_fd(lambda v: _ridge_logistic(X, y, v[0], theta, lam), np.array([theta0]))[0], (h - y).mean())
    numeric = _fd(lambda v: _ridge_logistic(X, y, theta0, v, lam), theta)
    assert np.allclose(numeric, X.T @ (h - y) / 6 + lam / 6 * theta)
    assert not np.allclose(numeric, X.T @ (h - y) / 6 - lam / 6 * theta, rtol=1e-3)


@pytest.mark.parametrize("x0", ["x_{0}=1", "x_0 = 1", "x0 = 1;"])
def test_the_let_x0_is_one(x0):
    _assert_gradient(APPUNTI_LOG, lambda d: _ridge_logistic(d.X, d.y, d.theta0, d.theta, d.lam),
                     wrt=("theta_0", "theta_j"), lets=(APPUNTI_SIG, x0))
    notes = " ".join(derive(APPUNTI_LOG, wrt="theta_0", let=(APPUNTI_SIG, x0)).notes)
    assert "numbers the features from 0" in notes


@pytest.mark.parametrize("answer, verdict", [
    (APPUNTI_GRAD_K, "different"),
    (APPUNTI_GRAD_K.replace(r"-\frac{\lambda}{m}", r"+\frac{\lambda}{m}"), "equivalent"),
])
def test_the_update_brackets_beside_x0(answer, verdict):
    _assert_verdict(answer, APPUNTI_LOG, verdict, wrt="theta_k", lets=(APPUNTI_SIG, "x_{0}=1"))


@pytest.mark.parametrize("cost, lets, says", [
    # another value: x₀ is then no intercept's feature
    (APPUNTI_LOG, (APPUNTI_SIG, "x_{0}=2"), "fixed meaning"),
    # θ₀ already written beside θᵀx: the intercept twice
    (APPUNTI_LOG, (APPUNTI_SIG.replace(r"\theta^{\top}x", r"(\theta_0 + \theta^{\top}x)"), "x_{0}=1"), "counted twice"),
    # no θᵀx to complete (the line written out with θ₀)
    (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2", ("x_{0}=1",), "counted twice"),
    # matrix form: whether X holds the column of ones is another question
    (r"\frac{1}{2m}(X\theta - y)^T(X\theta - y)", ("x_{0}=1",), "no text writes θᵀx"),
])
def test_near_variants_of_the_x0_let_are_refused(cost, lets, says):
    error = _refusal(lambda: derive(cost, wrt="theta_0", let=lets))
    assert says in str(error)


# --- Octave's v(:): every entry as one column, where each value per example already is one --------------------

CMU601 = "CMU 10-601 (Fall 2014) assignment code, costLR.m / costSE.m (cost = …; xt, diff from the lines above it)"
CMU_LR = "1/m*(sum(log1p(exp(xt(:)))) - y(:)'*xt(:))"  # verbatim (CMU601)
CMU_SE = "1/(2*m)*sum(diff(:).^2)"  # verbatim (CMU601)


def test_the_hand_gradients_of_the_cmu_costs():
    """By hand (1/m)(Σ log(1 + e^{x_iθ}) − Σ y_i x_iθ) has gradient (1/m)Xᵀ(σ(Xθ) − y); (1/2m)Σ(Xθ − y)² has (1/m)Xᵀ(Xθ − y)."""
    rng = np.random.default_rng(36)
    X, y, theta = rng.normal(size=(5, 3)), rng.integers(0, 2, 5).astype(float), rng.normal(size=3)
    lr = lambda v: (np.sum(np.log1p(np.exp(X @ v))) - y @ (X @ v)) / 5
    se = lambda v: np.sum((X @ v - y) ** 2) / 10
    assert np.allclose(_fd(lr, theta), X.T @ (sig(X @ theta) - y) / 5)
    assert np.allclose(_fd(se, theta), X.T @ (X @ theta - y) / 5)


def test_octave_colon_of_a_column():
    _assert_gradient(CMU_LR, lambda d: (np.sum(np.log1p(np.exp(d.X @ d.theta))) - d.y @ (d.X @ d.theta)) / d.m,
                     lets=("xt = X*theta",))
    _assert_gradient(CMU_SE, lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
                     lets=("xt = X*theta", "diff = xt - y"))
    notes = " ".join(derive(CMU_SE, let=("xt = X*theta", "diff = xt - y")).notes)
    assert "v(:) is every entry of v as one column" in notes


@pytest.mark.parametrize("cost, lets, says", [
    # the data matrix stacked into one column: no cost's term
    ("1/(2*m)*sum(X(:).^2)", ("xt = X*theta",), "read only after the labels y or a name --let defines"),
    # a name nothing defines
    ("1/(2*m)*sum(q(:).^2)", ("xt = X*theta",), "read only after the labels y or a name --let defines"),
    # one example per column: diff is a 1×m row, and (:) would make it a column
    (CMU_SE, ("xt = theta'*X", "diff = xt - Y"), "one example per column"),
    # a let transposed to a row
    (CMU_SE, ("xt = (X*theta)'", "diff = xt - y'"), "is a 1×m row"),
])
def test_near_variants_of_octave_colon_are_refused(cost, lets, says):
    error = _refusal(lambda: derive(cost, let=lets))
    assert says in str(error)


def test_octave_colon_in_an_answer_is_refused():
    """An answer's layout is decided later, with its matrix reading: its v(:) is not read."""
    error = _refusal(lambda: check("X'*diff(:)/m", cost="1/(2*m)*sum(diff.^2)", let=("xt = X*theta", "diff = xt - y")))
    assert "not in an answer" in str(error) and error.column is not None
