r"""A fresh held-out wave (f35): a mix as a random draw would give it — code, notes and Q&A, in four languages.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* code: a NumPy Poisson GLM whose loss SUMS the examples while its gradient averages them (and whose docstring's
  "mean" gradient is in fact the gradient of the sum); a GLM package's Poisson loss docstring and its coefficient
  gradient (yaglm/yaglm); FlashR's logistic cost and gradient in R (flashxio/FlashX); an R file of negative
  log-likelihoods for linear and logistic regression with their negated gradients; an R package whose target
  vector is called ``t`` beside R's transpose ``t()``; a MATLAB Poisson negative log-likelihood; a Haskell
  (hmatrix) logistic cost, regularised cost and gradient (swfrench/HSLearn); a Julia ridge exercise whose
  anonymous functions ``x -> x ^ 2`` rebind the data's own name; a Python ridge objective class;
* notes: a Chinese tutorial's one-feature MSE L(a, b) with every line of its ∂a and ∂b derivations, one of them
  missing its parentheses (lulaoshi.info); a Chinese gitbook whose cost multiplies by m where 1/(2m) was meant
  (sunoonlee.gitbooks.io); a Chinese course summary whose cost sums over k a summand in i and whose θ₁ step puts
  the x⁽ⁱ⁾ inside the residual (blog.shuang.li);
* Q&A: a Spanish copy of a Stack Overflow question showing the vectorised linear-regression gradient
  (mejorcodigo.com).

One-feature models keep the source's letters: a scalar slope ``a`` is ``w[0]`` with the feature ``x``, and ``b``
the intercept (judge.py's _Data); ``theta_0``/``theta_1`` are ``theta0``/``theta1``. Parameter vectors named
``coef``, ``w`` are the weight vector ``w``; ``beta`` is ``beta``; ``theta`` is ``theta``. Code's ``lambda``,
``self.lam`` and the Julia exercise's ``l`` are λ. Where a source gives no cost for an answer the cost is the preset
(mejorcodigo) or is written out by hand in the source's names (the R package with target ``t``), and where the
source's own cost cannot be read (blog.shuang.li, whose sum is over k) it is written out by hand; ``why`` says so.
About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the intended costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
LULAOSHI = (
    "https://lulaoshi.info/machine-learning/linear-model/minimise-loss-function.html (鲁老师, '线性回归的求解', "
    "'一元线性回归'"
)
SUNOONLEE = (
    "https://sunoonlee.gitbooks.io/deeplearning/content/ch2/gradient_descent/gradient_descent.html (Chinese notes, "
    "code cell: def compute_cost / def gradient_descent"
)
SHUANGLI = "http://blog.shuang.li/2014/11/17/ML-summary (Chinese ML course summary, '单变量线性回归'"
MEJOR = (
    "https://www.mejorcodigo.com/p/142478.html (Spanish copy of a Stack Overflow question, '¿Cómo implementar el "
    "descenso de gradiente desde cero?', the question's code"
)
POISREG = (
    "public code index file 22219927417 (a NumPy class PoissonRegression importing src.optimizers.GradientDescent; "
    "the index does not name its repository"
)
YAGLM = (
    "github:yaglm/yaglm:ya_glm/opt/poisson_regression.py (commit 193a1e99c498c7224e00bf60822d8ca4dbfe6fde, "
    "class PoissonRegLoss"
)
FLASHX = "github:flashxio/FlashX:Rpkg/R/regression.R (FlashR, commit 997452fba43d79dd8a0638b0e60635c466f027fb"
RNLL = (
    "public code index file 17999036453 (R: neg_log_likelihood_linear / neg_log_likelihood_logistic and their "
    "gradients; the index does not name its repository"
)
RLGM = (
    "public code index file 39997045515 (R package, '#' Implementations for Logistic Regression', lgm_gradient / "
    "logistic_gradient; the index does not name its repository"
)
MATPOIS = (
    "public code index file 11163784005 (MATLAB function neglogli_poiss; the index does not name its repository"
)
HSLEARN = (
    "github:swfrench/HSLearn:LogisticRegression.hs (Haskell/hmatrix, commit a8351066cc0b3ce5c20dfdcde49d3daa90ef4c2d"
)
JLRIDGE = (
    "public code index file 16270576815 (Julia ridge exercise, load(\"src/init.jl\"); the index does not name its "
    "repository"
)
PYRIDGE = "public code index file 26651438816 (Python class Ridge(Objective); the index does not name its repository"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _mse_ab(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _half_m_times_sse_theta(d):
    r = d.X @ d.theta - d.y
    return 0.5 * d.m * float(r @ r)


def _poisson_sum_w(d):
    u = d.X @ d.w
    return float(np.sum(np.exp(u) - d.y * u))


def _softplus_mean_w(d):
    u = d.X @ d.w
    return float(np.mean(-d.y * u + softplus(u)))


def _ce_mean_theta(d):
    return -float(np.mean(_ce(sig(d.X @ d.theta), d.y)))


def _ce_mean_theta_tail_l2(d):
    tail = d.theta[1:]
    return _ce_mean_theta(d) + 0.5 * d.lam / d.m * float(tail @ tail)


def _julia_ridge_w(d):
    r = d.y - d.X @ d.w
    tail = d.w[1:]
    return 0.5 * float(r @ r) + d.lam / 2 * float(tail @ tail)


def _ridge_half_mean_w(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.mean(r**2)) + 0.5 * d.lam * float(d.w @ d.w)


def _half_sse_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) / 2


def _ce_sum_beta(d):
    return -float(np.sum(_ce(sig(d.X @ d.beta), d.y)))


# ------------------------------------------------------------------ texts the items share
_LUL_J = r"L(a, b) =\frac{1}{m} \sum_{i=1}^m[(ax^{(i)} + b) - y^{(i)}]^2 \tag{1}"
_LUL_WHY = "f(x) = ax + b: a is the slope and b the intercept of the one-feature model; the square brackets only group"
_SUN_J = "0.5 * m * ((xx.dot(theta) - y)**2).sum()"
_SUN_WHY = (
    "xx, m = to_matrix(x): xx is the m×2 design matrix [1, x] (X here) and m = x.shape[0] the number of examples"
)
_SHL_J = (
    r"J \left( \theta_0, \theta_1 \right) = \frac{1} {2m}\sum_{k=1}^m{ \left( h_\theta \left( x^ \left( i \right) "
    r"\right) - y^\left( i \right) \right)^2}"
)
_SHL_J_BY_HAND = r"J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"
_SHL_LETS = (r"h_\theta(x) = \theta_0 + \theta_1 x",)
_SHL_WHY = (
    "the page's own cost sums over k a summand in i (read as one index above), so the cost is written by hand with the sum "
    "over i, and h by hand as the page's one-variable hypothesis θ₀ + θ₁x (its 'Model Representation' is an image)"
)
_POIS_J = "pointwise_loss.sum(axis=0)"
_POIS_J_LETS = ("z = X @ w", "pointwise_loss = np.exp(z) - y * z")
_POIS_WHY = (
    "the Poisson negative log-likelihood without log(y!) (its '# + c' is commented out), SUMMED over the examples; "
    "fit reshapes y and w to columns, so axis=0 runs over the examples"
)
_YAG_J = "f(coef, intercept) = (1 / n_samples) sum_{i=1}^n e^{z_i} - y_i z_i"
_YAG_LETS = ("z_i = x_i.T @ coef + intercept",)
_YAG_WHY = (
    "the docstring's mean Poisson loss; in _grad, z = safe_data_mat_coef_dot(X, coef, fit_intercept) is the same "
    "z = X·coef + intercept and r = exp(z) − y"
)
_FLX_J = "(1/m)*sum(y*(-X %*% t(w)) + log(1 + exp(X %*% t(w))))"
_FLX_WHY = "w is a 1×n row (t(w) its column); m <- length(y) is the number of examples"
_HSL_J = "- (ys <.> logs hs + (1.0 - ys) <.> logs (1.0 - hs)) / m"
_HSL_LETS = (
    "m = ndim ys",
    "hs = hypothesis xs theta",
    "logs = mapVector log",
    "hypothesis xs theta = sigmoid $ xs <> theta",
)
_HSL_WHY = (
    "Haskell hmatrix: <.> is the dot product, <> the matrix–vector product, mapVector log the elementwise log; xs "
    "is the m×n example matrix, ys the labels, ndim ys their number"
)
_JLR_J = "(1.0 / 2) * sum(map(x -> x ^ 2, y - x * w)) + (l / 2) * sum(map(x -> x ^ 2, w[2:length(w)]))"
_JLR_WHY = (
    "x is the m×n input matrix, and also the bound variable of the anonymous functions x -> x ^ 2, which only "
    "square elementwise; l is λ (the file: 'Given inputs, ouputs, lambda and current weights'); w[2:length(w)] "
    "(1-based) leaves out the first weight, the intercept ('Assume first entry of w is an intercept and do not "
    "penalize')"
)
_PYR_DOC = "(1/2n) ||Xw - y||^2 + (λ/2) ||w||^2"
_PYR_J = "0.5 * np.mean(r ** 2) + 0.5 * self.lam * np.sum(w ** 2)"
_PYR_WHY = (
    "n is the number of examples (grad divides by n = X.shape[0]), and 1/2n is 1/(2n), as loss's 0.5 * np.mean "
    "shows; self.lam is λ and the penalty runs over every w_k"
)
_RLIN_J = "sum(residuals^2) / 2"
_RLIN_LETS = ("residuals = y - X %*% beta",)
_RLOG_J = "-log_lik"
_RLOG_LETS = (
    "p = 1 / (1 + exp(-X %*% beta))",
    "log_lik = sum(y * log(p) + (1 - y) * log(1 - p))",
)
_R_WHY = "R's <- written as =; beta is the coefficient vector and X the design matrix"
_MPO_J = "sum(mu - y .* Xw)"
_MPO_LETS = ("Xw = X * w", "mu = exp(Xw)")
_MPO_WHY = (
    "the Poisson negative log-likelihood without log(y!), summed; the file's clip Xw = max(min(Xw, 50), -50) only "
    "guards exp against overflow, and the optional L2op penalty defaults to 0"
)

COSTS: list[Cost] = [
    # ============================================================ code
    Cost(
        id="f35-poisreg-summed-poisson-loss",
        source=POISREG + ", def loss: return …)",
        text=_POIS_J,
        intended=_poisson_sum_w,
        wrt=("w_j",),
        lets=_POIS_J_LETS,
        why=_POIS_WHY,
    ),
    Cost(
        id="f35-flashx-logistic-softplus-mean",
        source=FLASHX + ", logistic.cost)",
        text=_FLX_J,
        intended=_softplus_mean_w,
        wrt=("w_j",),
        why="the logistic negative log-likelihood in softplus form, averaged; " + _FLX_WHY,
    ),
    Cost(
        id="f35-rnll-linear-half-sse",
        source=RNLL + ", neg_log_likelihood_linear)",
        text=_RLIN_J,
        intended=_half_sse_beta,
        wrt=("beta_j",),
        lets=_RLIN_LETS,
        why="half the residual sum of squares, no mean; " + _R_WHY,
    ),
    Cost(
        id="f35-rnll-logistic-summed",
        source=RNLL + ", neg_log_likelihood_logistic: return(-log_lik))",
        text=_RLOG_J,
        intended=_ce_sum_beta,
        wrt=("beta_j",),
        lets=_RLOG_LETS,
        why="the summed cross-entropy (negated log-likelihood), no mean; " + _R_WHY,
    ),
    Cost(
        id="f35-matlab-poisson-nll-summed",
        source=MATPOIS + ", nll = …)",
        text=_MPO_J,
        intended=_poisson_sum_w,
        wrt=("w_j",),
        lets=_MPO_LETS,
        why=_MPO_WHY + "; .* is the elementwise product",
    ),
    Cost(
        id="f35-hslearn-logistic-cost",
        source=HSLEARN + ", cost xs ys theta = let … in …)",
        text=_HSL_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_HSL_LETS,
        why="the mean cross-entropy; " + _HSL_WHY,
    ),
    Cost(
        id="f35-hslearn-logistic-cost-regularized-tail",
        source=HSLEARN + ", costRegularized lambda xs ys theta = let … in …)",
        text="cost xs ys theta + w * (ts <.> ts)",
        intended=_ce_mean_theta_tail_l2,
        wrt=("theta_j",),
        lets=(
            "m = ndim ys",
            "w = 0.5 * lambda / m",
            "ts = subVector 1 (dim theta - 1) theta",
            "cost xs ys theta = - (ys <.> logs hs + (1.0 - ys) <.> logs (1.0 - hs)) / m",
            "hs = hypothesis xs theta",
            "logs = mapVector log",
            "hypothesis xs theta = sigmoid $ xs <> theta",
        ),
        why="w here is the scalar 0.5·λ/m, not a weight vector; subVector 1 (dim theta − 1) theta is θ without its "
        "first entry, so the first parameter (the intercept) is not penalised; " + _HSL_WHY,
    ),
    Cost(
        id="f35-julia-ridge-error-shadowed-x",
        source=JLRIDGE + ", function ridge_error(x, y, l, w))",
        text=_JLR_J,
        intended=_julia_ridge_w,
        wrt=("w_j",),
        why="½ the residual sum of squares + (λ/2)Σ_{k≥2} w_k²; " + _JLR_WHY,
    ),
    Cost(
        id="f35-pyridge-docstring",
        source=PYRIDGE + ", the class docstring 'Ridge regression objective:')",
        text=_PYR_DOC,
        intended=_ridge_half_mean_w,
        wrt=("w_j",),
        why=_PYR_WHY,
    ),
    Cost(
        id="f35-pyridge-loss-code",
        source=PYRIDGE + ", def loss: return …)",
        text=_PYR_J,
        intended=_ridge_half_mean_w,
        wrt=("w_j",),
        lets=("r = X @ w - y",),
        why="self.lam is λ; np.mean averages the m squared residuals",
    ),
    # ============================================================ notes
    Cost(
        id="f35-lulaoshi-mse-ab",
        source=LULAOSHI + ", (1))",
        text=_LUL_J,
        intended=_mse_ab,
        wrt=("a", "b"),
        why="the mean (no ½) of the squared residuals; " + _LUL_WHY + "; \\tag{1} is the equation number",
    ),
    Cost(
        id="f35-sunoonlee-half-times-m",
        source=SUNOONLEE + ", compute_cost: return …)",
        text=_SUN_J,
        intended=_half_m_times_sse_theta,
        wrt=("theta_j",),
        why="read as written: ½·m times the residual sum of squares (1/(2m) was surely meant — the gradient step "
        "divides by m — but the text multiplies); " + _SUN_WHY,
    ),
    Cost(
        id="f35-shuangli-sum-over-k-terms-in-i",
        source=SHUANGLI + ", 'cost fuction')",
        text=_SHL_J,
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        why="the sum runs over k but its summand is indexed by i, which nothing binds: the page's typo, read as one "
        "index, the sum over the m examples, as f9-pbejian-sum-over-k-terms-in-i is (a free i can only be the "
        "example's; refused until issue 10 only because ^\\left( i \\right) was); h is the page's one-variable "
        "θ₀ + θ₁x (the left side J(θ₀, θ₁) declares the parameters); " + _SHL_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f35-poisreg-grad-mean-of-summed-loss",
        source=POISREG + ", def loss_gradient: grad = …)",
        text="pointwise_loss_grad.mean(axis=0).reshape(-1, 1)",
        cost=_POIS_J,
        verdict="different",
        wrt="w_j",
        lets=_POIS_J_LETS + ("pointwise_loss_grad = X * (np.exp(z) - y)",),
        why="real: loss SUMS the examples but loss_gradient takes their MEAN — 1/m times the gradient; X * (m×1) "
        "broadcasts each row by its residual; " + _POIS_WHY,
    ),
    Answer(
        id="f35-sunoonlee-gradient-vs-m-times-cost",
        source=SUNOONLEE + ", gradient_descent: gradient = …)",
        text="xx.T.dot(xx.dot(theta) - y)",
        cost=_SUN_J,
        verdict="different",
        wrt="theta_j",
        why="real: the cost is ½·m·Σ(xxθ − y)², whose gradient is m·xxᵀ(xxθ − y); the notes' gradient (then "
        "scaled by alpha / m) belongs to the 1/(2m) cost, not to the one compute_cost returns; " + _SUN_WHY,
    ),
    Answer(
        id="f35-shuangli-theta1-x-inside-residual",
        source=SHUANGLI + ", 'Linear Regression With Single Variables', the second update (labelled θ₀, it is "
        "θ₁'s), the term after α)",
        text=(
            r"\frac{1}{m} \sum_{i=1}^m {\left(h_\theta \left( x ^ \left( i \right) \right) - y^\left( i \right) "
            r"\cdot x^\left( i \right) \right)}"
        ),
        cost=_SHL_J_BY_HAND,
        verdict="different",
        wrt="theta_1",
        lets=_SHL_LETS,
        why="real: the closing parenthesis comes after x⁽ⁱ⁾, so x multiplies only y: (1/m)Σ(h − y·x), not "
        "(1/m)Σ(h − y)·x; " + _SHL_WHY,
    ),
    Answer(
        id="f35-lulaoshi-db-first-line-unparenthesised",
        source=LULAOSHI + ", (3), first line)",
        text=r"\frac{2}{m}\sum_{i=1}^max^{(i)}+b-y^{(i)}",
        cost=_LUL_J,
        verdict="refuse",
        wrt="b",
        why="real: the parentheses around ax⁽ⁱ⁾ + b − y⁽ⁱ⁾ are missing, so the sum covers ax⁽ⁱ⁾ alone and y⁽ⁱ⁾ "
        "after it has a free index — not an expression one can grade (the next line shows what was meant); "
        + _LUL_WHY,
    ),
    # ============================================================ notes
    Answer(
        id="f35-lulaoshi-da",
        source=LULAOSHI + ", (2), first line)",
        text=r"\frac{2}{m}\sum_{i=1}^mx^{(i)}(ax^{(i)} + b -y^{(i)})",
        cost=_LUL_J,
        verdict="equivalent",
        wrt="a",
        why=_LUL_WHY,
    ),
    Answer(
        id="f35-lulaoshi-da-last-line",
        source=LULAOSHI + ", (2), last line)",
        text=r"\frac{2}{m}(a\sum_{i}^m{x^{(i)}}^2-\sum_{i=1}^m(y^{(i)}-b)x^{(i)})",
        cost=_LUL_J,
        verdict="equivalent",
        wrt="a",
        why="the first sum's lower limit lost its '=1' (\\sum_{i}^m), still the sum over the m examples; "
        "{x^{(i)}}^2 is (x⁽ⁱ⁾)²; " + _LUL_WHY,
    ),
    Answer(
        id="f35-lulaoshi-db-second-line",
        source=LULAOSHI + ", (3), second line)",
        text=r"\frac{2a}{m}\sum_{i=1}^m{x^{(i)}} + 2b - \frac{2}{m}\sum_{i=1}^m{y^{(i)}}",
        cost=_LUL_J,
        verdict="equivalent",
        wrt="b",
        why="(2/m)Σ(ax + b − y) with Σb = mb; " + _LUL_WHY,
    ),
    Answer(
        id="f35-lulaoshi-db-last-line",
        source=LULAOSHI + ", (3), last line)",
        text=r"\frac{2}{m}(mb - \sum_{i=1}^m(y^{(i)} -ax^{(i)}))",
        cost=_LUL_J,
        verdict="equivalent",
        wrt="b",
        why=_LUL_WHY,
    ),
    Answer(
        id="f35-lulaoshi-da-one-over-m-variant",
        source=LULAOSHI + ", (2), first line with 2/m written 1/m — a variant)",
        text=r"\frac{1}{m}\sum_{i=1}^mx^{(i)}(ax^{(i)} + b -y^{(i)})",
        cost=_LUL_J,
        verdict="different",
        wrt="a",
        why="variant: the cost has no ½, so the 2 of the square stays; this is half the derivative",
    ),
    Answer(
        id="f35-shuangli-theta0",
        source=SHUANGLI + ", 'Linear Regression With Single Variables', the first update, the term after α)",
        text=(
            r"\frac{1}{m} \sum_{i=1}^m {\left(h_\theta \left( x ^ \left( i \right) \right) - y^\left( i \right) "
            r"\right)}"
        ),
        cost=_SHL_J_BY_HAND,
        verdict="equivalent",
        wrt="theta_0",
        lets=_SHL_LETS,
        why=_SHL_WHY,
    ),
    # ============================================================ Q&A
    Answer(
        id="f35-mejor-vectorised-linear-gradient",
        source=MEJOR + ": cost_ = …)",
        text="(1/m)*(x.T@(h_x - y))",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        lets=("h_x = h(x, theta)", "m = x.shape[0]"),
        why="the question is about linear regression ('la función de costo de un problema de regresión lineal') "
        "and shows no cost: the preset ½-mean squared error; h(x, theta) is its linear hypothesis x @ theta (not "
        "shown) and x the m×n example matrix; the asker calls the gradient cost_",
    ),
    Answer(
        id="f35-mejor-residual-flipped-variant",
        source=MEJOR + ": cost_ = … with h_x − y written y − h_x — a variant)",
        text="(1/m)*(x.T@(y - h_x))",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        lets=("h_x = h(x, theta)", "m = x.shape[0]"),
        why="variant: the residual's sign is flipped — the negative of the gradient",
    ),
    # ============================================================ code
    Answer(
        id="f35-poisreg-docstring-grad-is-the-sum",
        source=POISREG + ", loss_gradient's docstring '@NOTE: … as follows: grad = …')",
        text="X.T @ (np.exp(z) - y)",
        cost=_POIS_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_POIS_J_LETS,
        why="the note calls this 'the mean of the pointwise loss gradient', but without a division it is the "
        "gradient of the SUMMED loss the class defines — which is the cost here; " + _POIS_WHY,
    ),
    Answer(
        id="f35-yaglm-coef-grad",
        source=YAGLM + ", _grad: coef_grad = …)",
        text="(1/self.X.shape[0]) * self.X.T @ r",
        cost=_YAG_J,
        verdict="equivalent",
        wrt="coef_j",
        lets=_YAG_LETS + ("r = np.exp(z) - self.y",),
        why=_YAG_WHY,
    ),
    Answer(
        id="f35-yaglm-coef-grad-unaveraged-variant",
        source=YAGLM + ", _grad's coef_grad without its (1/self.X.shape[0]) — a variant)",
        text="self.X.T @ r",
        cost=_YAG_J,
        verdict="different",
        wrt="coef_j",
        lets=_YAG_LETS + ("r = np.exp(z) - self.y",),
        why="variant: the loss is a mean (1 / n_samples), this is n_samples times its gradient; " + _YAG_WHY,
    ),
    Answer(
        id="f35-flashx-logistic-grad",
        source=FLASHX + ", logistic.grad)",
        text="(1 / length(y)) * (t(X) %*% (1/(1 + exp(-X %*% t(w))) - y))",
        cost=_FLX_J,
        verdict="equivalent",
        wrt="w_j",
        why="Xᵀ(σ(Xw) − y)/m, returned transposed to a row like w; " + _FLX_WHY,
    ),
    Answer(
        id="f35-flashx-logistic-grad-flipped-variant",
        source=FLASHX + ", logistic.grad with σ − y written y − σ — a variant)",
        text="(1 / length(y)) * (t(X) %*% (y - 1/(1 + exp(-X %*% t(w)))))",
        cost=_FLX_J,
        verdict="different",
        wrt="w_j",
        why="variant: the negative of the gradient; " + _FLX_WHY,
    ),
    Answer(
        id="f35-rnll-linear-neg-gradient",
        source=RNLL + ", neg_gradient_linear)",
        text="-t(X) %*% residuals",
        cost=_RLIN_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_RLIN_LETS,
        why="−Xᵀ(y − Xβ) = Xᵀ(Xβ − y); " + _R_WHY,
    ),
    Answer(
        id="f35-rnll-linear-unnegated-variant",
        source=RNLL + ", neg_gradient_linear without its leading minus — a variant)",
        text="t(X) %*% residuals",
        cost=_RLIN_J,
        verdict="different",
        wrt="beta_j",
        lets=_RLIN_LETS,
        why="variant: Xᵀ(y − Xβ) is the negative of the gradient; " + _R_WHY,
    ),
    Answer(
        id="f35-rnll-logistic-neg-gradient",
        source=RNLL + ", neg_gradient_logistic: return(-grad))",
        text="-grad",
        cost=_RLOG_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_RLOG_LETS + ("grad = t(X) %*% (y - p)",),
        why="−Xᵀ(y − p) = Xᵀ(σ(Xβ) − y), the gradient of the summed cross-entropy; " + _R_WHY,
    ),
    Answer(
        id="f35-rnll-logistic-unnegated-variant",
        source=RNLL + ", neg_gradient_logistic returning grad, not -grad — a variant)",
        text="grad",
        cost=_RLOG_J,
        verdict="different",
        wrt="beta_j",
        lets=_RLOG_LETS + ("grad = t(X) %*% (y - p)",),
        why="variant: the log-likelihood's gradient, the negative of the cost's; " + _R_WHY,
    ),
    Answer(
        id="f35-rlgm-averaged-gradient-target-t",
        source=RLGM + ", logistic_gradient's alpha * (lgm_gradient(w, X, t) / nrow(X)), without alpha)",
        text="lgm_gradient(w, X, t) / nrow(X)",
        cost="-mean(t * log(lgm_yhat(w, X)) + (1 - t) * log(1 - lgm_yhat(w, X)))",
        verdict="equivalent",
        wrt="w_j",
        lets=(
            "lgm_gradient(w, X, t) = t(X) %*% (lgm_yhat(w, X) - t)",
            "lgm_yhat(w, X) = e1071::sigmoid(X %*% w)",
        ),
        why="the file gives no cost: it is written by hand as the mean cross-entropy in the file's own names, which "
        "logistic_gradient's step descends; t is the target vector (its '@param t vector of target') while t(X) "
        "is R's transpose; e1071::sigmoid is the logistic function",
    ),
    Answer(
        id="f35-matlab-poisson-grad",
        source=MATPOIS + ", grad = …)",
        text="X' * (mu - y)",
        cost=_MPO_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_MPO_LETS,
        why=_MPO_WHY,
    ),
    Answer(
        id="f35-matlab-poisson-grad-flipped-variant",
        source=MATPOIS + ", grad with mu − y written y − mu — a variant)",
        text="X' * (y - mu)",
        cost=_MPO_J,
        verdict="different",
        wrt="w_j",
        lets=_MPO_LETS,
        why="variant: the log-likelihood's gradient, the negative of the cost's; " + _MPO_WHY,
    ),
    Answer(
        id="f35-hslearn-logistic-gradient",
        source=HSLEARN + ", gradient xs ys theta = let … in …)",
        text="trans xs <> rs / m",
        cost=_HSL_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_HSL_LETS + ("rs = hs - ys",),
        why="trans is the transpose and / binds tighter than <> (infixl 7 against infixr 6): Xᵀ((h − y)/m), the "
        "same either way; " + _HSL_WHY,
    ),
    Answer(
        id="f35-hslearn-logistic-gradient-unaveraged-variant",
        source=HSLEARN + ", gradient without its / m — a variant)",
        text="trans xs <> rs",
        cost=_HSL_J,
        verdict="different",
        wrt="theta_j",
        lets=_HSL_LETS + ("rs = hs - ys",),
        why="variant: the cost is a mean, this is m times its gradient; " + _HSL_WHY,
    ),
    Answer(
        id="f35-julia-ridge-gradient",
        source=JLRIDGE + ", function ridge_gradient(x, y, l, w))",
        text="unshift(l * w[2:length(w)], 0) - x' * (y - x * w)",
        cost=_JLR_J,
        verdict="equivalent",
        wrt="w_j",
        why="unshift(v, 0) puts a 0 in front of v: the intercept's penalty entry is 0, the others λw_k; "
        "−xᵀ(y − xw) is the data term; " + _JLR_WHY,
    ),
    Answer(
        id="f35-julia-ridge-gradient-penalises-intercept-variant",
        source=JLRIDGE + ", ridge_gradient with the unshift dropped — a variant)",
        text="l * w - x' * (y - x * w)",
        cost=_JLR_J,
        verdict="different",
        wrt="w_j",
        why="variant: λw₁ for the intercept, which the cost does not penalise; " + _JLR_WHY,
    ),
    Answer(
        id="f35-pyridge-grad",
        source=PYRIDGE + ", def grad: return …)",
        text="X.T @ (X @ w - y) / n + self.lam * w",
        cost=_PYR_J,
        verdict="equivalent",
        wrt="w_j",
        lets=("r = X @ w - y", "n = X.shape[0]"),
        why=_PYR_WHY,
    ),
    Answer(
        id="f35-pyridge-grad-penalty-over-n-variant",
        source=PYRIDGE + ", grad with self.lam * w divided by n too — a variant)",
        text="X.T @ (X @ w - y) / n + self.lam * w / n",
        cost=_PYR_J,
        verdict="different",
        wrt="w_j",
        lets=("r = X @ w - y", "n = X.shape[0]"),
        why="variant: the penalty 0.5·λ·Σw² is not averaged over the examples; its derivative is λw",
    ),
]
