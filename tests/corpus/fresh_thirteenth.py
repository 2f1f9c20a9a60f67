r"""A fresh held-out wave (f13): Q&A threads (and the code people post or keep), wrong attempts included.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* Q&A in LaTeX: Cross Validated (a cross-entropy with an unindexed \vec x and a wrong answer; labels in
  {-1, +1} with Θ and θ mixed and a wrong μ-form gradient), Mathematics Stack Exchange (the log-LIKELIHOOD
  L(β), an asker's wrong chain rule and ESL's x_i(y_i − p(x_i;β))), a math.SE mirror (labels t_n ∈ {−1, 1},
  w_0 the bias), a Japanese Stack Overflow mirror (½‖Xb − y‖², the parameter vector named b);
* a Chinese notebook whose cross-entropy is written with \lg (refused: log₁₀ by the page's own convention
  vs the natural log its derivation uses), and a softmax cost from a math.SE mirror (refused: many classes);
* code: Octave/MATLAB (an answer with a `...` continuation; student files with thetaR / theta_reg masks, a
  transposed h, `S ./ m`, a feature matrix named u), R (`<-`, `%*%`, t(), a row-vector theta, a comment
  formula with [ ] brackets), Julia (`!y` for 1 − y on Bool labels, θ), and dask_glm's Python families
  (logistic, normal, Poisson negative log-likelihoods named `loglikelihood`, sums without 1/m).

About a third of the answers are wrong: four are real wrong attempts from the Q&A threads; the others are a
realistic slip of a real answer on the same page (λ/2m, sign, regularised intercept, lost factor 2, σ′ kept),
each marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``, a trailing ``;`` dropped); ``cost`` and ``lets`` are the same source's,
verbatim (R lets keep their ``<-``). Verdicts were worked out by hand; logderiv was never run. Files of the
public code index whose repository the index does not name are cited by the index's file id and the file's
own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
CV_551246 = (
    "https://stats.stackexchange.com/questions/551246/how-to-calculate-derivative-of-cross-entropy-loss-function "
    "(question and its one answer)"
)
CV_134754 = (
    "https://wiki.hoelee.com/content/stats.stackexchange.com_en_all_2022-05/questions/134754/"
    "logistic-regression-with-1-1-labels (mirror of Cross Validated 134754, 'Logistic regression with {-1,+1} "
    "labels')"
)
MSE_137936 = (
    "https://math.stackexchange.com/questions/137936/log-likelihood-gradient-and-hessian (the question's "
    "definitions, the asker's attempt, and the ESL p. 120 gradient it quotes)"
)
TECHQA_4496428 = (
    "https://math.techqa.club/derive-the-derivative-of-cost-function-of-logistic-regression-4496428 (mirror of a "
    "math.SE question, y in {1, -1} written t_n)"
)
TECHQA_SOFTMAX = (
    "https://math.techqa.club/what-is-the-derivation-of-the-derivative-of-softmax-regression-or-multinomial-"
    "logistic-regression-1428344 (mirror of a math.SE question on the UFLDL softmax cost)"
)
GAMWE6 = (
    "https://gamwe6.github.io/obafuro/python/%E6%A9%9F%E6%A2%B0%E5%AD%A6%E7%BF%92/2018/08/22/47721.html (mirror "
    "of a Japanese Stack Overflow question, 線形回帰に対して最急降下法)"
)
LEIWISTA = "https://github.com/leiwista/ML_notebook (### 逻辑回归损失函数的推导)"
ERRORHANDLE = (
    "https://errorhandle.ai/creating-custom-objectypescript-in-angularjavascript (answer to 'compute the gradient "
    "for regularized logistic regression in MATLAB', function [J, grad] = costFunctionReg)"
)
OCT_THETAR = (
    "GitHub Octave linearRegCostFunction with '% Exclude theta_0' and thetaR = [0 ; theta(2:end, :)] (public code "
    "index file 11620891907; the index names no repository)"
)
OCT_THETA_REG = (
    "GitHub Octave 'function [J, grad] = costFunction(theta, X, y, lambda)' with theta_reg and a global verb flag "
    "(public code index file 33611677787; the index names no repository)"
)
YCNG = "github:yc-ng/machine-learning-course:Starter/mlclass-ex2/costFunction.R"
RDANITZ = "github:rdanitz/ml:ex2/costFunction.jl"
R_FM = (
    "GitHub R 'logistic.grad <- function(x, y, theta)' / 'logistic.cost' calling fm.conv.FM2R (public code index "
    "file 29304170353; the index names no repository)"
)
OCT_HROW = (
    "GitHub Octave 'function [J, grad] = Costfunction(theta, x, y)' with h = sigmoid(z)'; % size(h) = [1, m] "
    "(public code index file 24721709659; the index names no repository)"
)
OCT_S = (
    "GitHub Octave 'function [J, grad] = logisticCostAndGradient(theta, X, y)' (public code index file "
    "44941626503; the index names no repository)"
)
OCT_U = (
    "GitHub Octave 'function [J, grad] = costFunction_class(theta, u, y)', header 'u - Feature matrix' (public "
    "code index file 47096127852; the index names no repository)"
)
DASK = (
    "dask_glm families.py, classes Logistic / Normal / Poisson (Family) (public code index file 14163424499; the "
    "index names no repository)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_w(d):
    p = sig(d.X @ d.w)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_reg_theta_skip_first(d):
    return _ce_mean_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _half_mse_reg_theta_skip_first(d):
    r = d.X @ d.theta - d.y
    return float(np.sum(r**2)) / (2 * d.m) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _pm1_logistic_sum_theta(d):
    return float(np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.theta)))))


def _loglik_sum_beta(d):
    p = sig(d.X @ d.beta)
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _neg_logsig_sum_wb(d):
    # the asker's w_0 is the bias: the corpus draws an intercept written NAME_0 as theta0 (judge._Data), not b
    return float(-np.sum(np.log(sig(d.y * (d.X @ d.w + d.theta0)))))


def _half_sq_norm_b(d):
    # the judge draws the vector an item's wrt b_j names as d.w (judge._Data: NAME_j other than θ, β); d.theta
    # would be a vector the derivative by b_j does not move
    return 0.5 * float(np.sum((d.X @ d.w - d.y) ** 2))


def _nll_sum_beta(d):
    z = d.X @ d.beta
    return float(np.sum(softplus(z) - d.y * z))


def _sse_beta(d):
    return float(np.sum((d.y - d.X @ d.beta) ** 2))


def _poisson_nll_sum_beta(d):
    z = d.X @ d.beta
    return float(np.sum(np.exp(z) - d.y * z))


# ------------------------------------------------------------------ shared texts
_CV1_L = (
    r"L = -{1 \over N} \sum_i {y_i \cdot \log {1 \over {1+e^{-\vec x \cdot \vec w}}} + (1-y_i) \cdot \log "
    r"(1-{1 \over {1+e^{-\vec x \cdot \vec w}}})}"
)
_CV2_L = r"\ l(\theta) = \Sigma_{i=1}^{m}\ \log(1+exp(-y^{i}\Theta^{T}x^{i}))"
_MSE_L = r"L(\beta) = \sum_{i=1}^n \Bigl[ y_i \log p(x_i) + (1 - y_i) \log [1 - p(x_i)] \Bigr]"
_MSE_LETS = (r"f(x) = x^T \beta", r"p(x) = \sigma(f(x))", r"\sigma(z) = 1/(1 + e^{-z})")
_TQ_L = r"L &= -\sum_{n=1}^{N} \log \sigma\left( t_n (w^\top x_n + w_0) \right)"
_GAM_J = r"\frac{1}{2} \| Xb - y \|_2^2"
_EH_J = "(1/m) * (-y' * log(h) - (1 - y)' * log(1 - h)) + ...\n(lambda / (2 * m)) * sum(theta(2:end).^2)"
_EH_LETS = ("m = length(y);", "h = sigmoid(X * theta);")
_EH_GRAD_LETS = _EH_LETS + ("grad = (1/m) * (X' * (h - y));", "temp = theta;", "temp(1) = 0;")
_TR_J = "(1/(2*m))*((h-y)'*(h-y)) + (lambda/(2*m))*(thetaR'*thetaR)"
_TR_LETS = ("h = X*theta;", "thetaR = [0 ; theta(2:end, :)];")
_TREG_J = "(1/m)*(-y'*log(h)-(1-y)'*log(1-h))+reg"
_TREG_LETS = (
    "m = length(y);",
    "h = sigmoid(X*theta);",
    "theta_reg = theta;",
    "theta_reg(1) = 0;",
    "reg = sum((lambda/(2*m))*(theta_reg.^2));",
)
_YC_J = "(-y0 - y1) / m"
_YC_LETS = (
    "m <- length(y);",
    "h <- sigmoid(X %*% theta)",
    "y0 <- t(y) %*% log(h)",
    "y1 <- t(1-y) %*% log(1-h)",
)
_YC_JC = "1/m * (-[t(y) * log(h)] - [t(1-y) * log(1-h)])"
_YC_GRAD_LETS = ("m <- length(y)", "p1 <- sigmoid(X %*% theta) - y")
_JL_J = "mean(-(y).*log(h(θ, X)) - (!y).*log(1-h(θ, X)))"
_JL_LETS = ("sigmoid(z) = 1./(1+exp(-z))", "h(θ, X) = sigmoid(X * θ)")
_RFM_J = "(1/m)*sum(y*(-x %*% t(theta)) + log(1 + exp(x %*% t(theta))))"
_HR_J = "1 / m * (- log(h) * y - log(1 - h) * (1 - y))"
_HR_LETS = ("m = length(y);", "z = x * theta;", "h = sigmoid(z)';")
_U_J = "(1/m) * (-y' * log(h) - (1 - y)' * log(1 - h))"
_U_LETS = ("m = length(y);", "h = sigmoid(u * theta);")
_DASK_XB = ("Xbeta = X.dot(beta)",)
_DASK_LOGIT = "(Xbeta + log1p(enXbeta)).sum() - dot(y, Xbeta)"
_DASK_LOGIT_LETS = _DASK_XB + ("enXbeta = exp(-Xbeta)",)
_DASK_NORMAL = "((y - Xbeta) ** 2).sum()"
_DASK_POIS = "(eXbeta - yXbeta).sum()"
_DASK_POIS_LETS = _DASK_XB + ("eXbeta = exp(Xbeta)", "yXbeta = y * Xbeta")

COSTS: list[Cost] = [
    # ============================================================ Q&A, LaTeX
    Cost(
        id="f13-cv551246-ce-vec-x-over",
        source=CV_551246 + " (the question's L)",
        text=_CV1_L,
        intended=_ce_mean_w,
        wrt=("w_j",),
        why="the mean cross-entropy of σ(x·w); the asker leaves \\vec x without the example index, but y_i and "
        "the sum over i make it example i's features; {1 \\over N} is TeX's \\over, the outer braces group the "
        "summand",
    ),
    Cost(
        id="f13-cv134754-pm1-labels-Theta-theta",
        source=CV_134754 + " (the asker's 'min log likelihood expression')",
        text=_CV2_L,
        intended=_pm1_logistic_sum_theta,
        why="labels in {-1, +1}: l(θ) = Σ log(1 + exp(−y⁽ⁱ⁾θᵀx⁽ⁱ⁾)), a sum (no 1/m); the page writes l(\\theta) "
        "but \\Theta^{T} inside (the same parameter vector), x^{i}, y^{i} are example i, `exp` is typed as a "
        "word and the sum sign is \\Sigma; the leading '\\ ' is a TeX space",
    ),
    Cost(
        id="f13-mse137936-loglik-beta-bigl",
        source=MSE_137936 + " (L(β); f, p and σ from the definitions above it)",
        text=_MSE_L,
        intended=_loglik_sum_beta,
        wrt=("beta_j",),
        lets=_MSE_LETS,
        why="the log-LIKELIHOOD (to be maximised), not its negative: Σ[y log p + (1 − y) log(1 − p)] with "
        "p(x_i) = σ(x_iᵀβ); \\Bigl[ \\Bigr] are sized brackets",
    ),
    Cost(
        id="f13-techqa4496428-logsig-t-n-w0",
        source=TECHQA_4496428 + " (first row of the asker's align*)",
        text=_TQ_L,
        intended=_neg_logsig_sum_wb,
        wrt=("w_j",),
        why="labels t_n ∈ {1, −1} (the asker: 'y can only hold the value of 1 or -1'), w_0 a separate bias (the "
        "asker stacks w' = [w; w_0]); −Σ log σ(t_n(wᵀx_n + w_0)), a sum; '&=' is the align point",
    ),
    Cost(
        id="f13-gamwe6-half-norm-b-is-vector",
        source=GAMWE6 + " (目的関数は …)",
        text=_GAM_J,
        intended=_half_sq_norm_b,
        wrt=("b_j",),
        why="b is the parameter VECTOR here (the code's param, with an intercept column in X), not a bias: "
        "½‖Xb − y‖₂² = ½Σ(x_iᵀb − y_i)², no 1/m (harness mapping fixed by coldA: the intended cost reads b as "
        "d.w, the vector the judge perturbs for b_j; it read d.theta, which b_j never moves)",
    ),
    Cost(
        id="f13-techqa1428344-softmax-indicator",
        source=TECHQA_SOFTMAX + " (the training cost the asker quotes)",
        text=r"J( \theta ) = - \sum^m_{i=1} \sum^K_{k=1} 1 \{ y^{(i)} = k \} \log p(y^{(i)} = k \mid x^{(i)} ; \theta)",
        intended=None,
        expect="refuse",
        why="multinomial (softmax) regression over K classes with an indicator 1{y⁽ⁱ⁾ = k} and p(y = k | x; θ) "
        "left undefined on the page: many classes are out of scope",
    ),
    Cost(
        id="f13-leiwista-lg-log-ambiguous",
        source=LEIWISTA + " (得到最后的损失函数; ŷ and sigmoid from 逻辑回归的函数形式)",
        text=r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\lg{\hat{y}^{(i)}} + (1-y^{(i)})\lg{(1-\hat{y}^{(i)})}]",
        intended=None,
        lets=(r"\hat{y} = sigmoid(w^Tx + b)", r"sigmoid(z) = \frac{1}{1+e^{-z}}"),
        expect="refuse",
        why="\\lg is log₁₀ in the Chinese convention the page writes in (and log₂ in CS usage), yet the page's "
        "own derivation differentiates it as ln (dz = ŷ − y); the two readings have different gradients (a "
        "factor 1/ln 10), so a careful reader cannot tell which cost is meant",
    ),
    # ============================================================ code: Octave / MATLAB
    Cost(
        id="f13-errorhandle-octave-ellipsis-continuation",
        source=ERRORHANDLE + " (J = … over two lines; m and h from the lines above it)",
        text=_EH_J,
        intended=_ce_reg_theta_skip_first,
        lets=_EH_LETS,
        why="MATLAB's '...' continues the statement on the next line: the mean cross-entropy plus "
        "λ/(2m)Σθⱼ² over theta(2:end), the intercept theta(1) left out",
    ),
    Cost(
        id="f13-octave-thetaR-linear-reg",
        source=OCT_THETAR + " (J = …)",
        text=_TR_J,
        intended=_half_mse_reg_theta_skip_first,
        lets=_TR_LETS,
        why="(h−y)'(h−y)/(2m) is the half mean squared error; thetaR is θ with its first entry replaced by 0, "
        "so the penalty λ/(2m)·thetaR'thetaR leaves the intercept out",
    ),
    Cost(
        id="f13-octave-theta-reg-reg-let",
        source=OCT_THETA_REG + " (J = …; m, h, theta_reg and reg from the lines above it)",
        text=_TREG_J,
        intended=_ce_reg_theta_skip_first,
        lets=_TREG_LETS,
        why="reg is the penalty Σ(λ/2m)θⱼ² over theta_reg, which is θ with theta_reg(1) = 0 (intercept "
        "unpenalised); the rest is the mean cross-entropy",
    ),
    Cost(
        id="f13-octave-h-row-vector",
        source=OCT_HROW + " (J = …; z and h from the lines above it)",
        text=_HR_J,
        intended=_ce_mean_theta,
        lets=_HR_LETS,
        why="the data matrix is lowercase x (m×(n+1)); h is transposed to a 1×m row, so log(h) * y is an inner "
        "product; 1 / m * (…) is (1/m)(…): the mean cross-entropy",
    ),
    Cost(
        id="f13-octave-S-over-m",
        source=OCT_S + " (% Cost Function: J = S ./ m; hypothesis and S from the lines above it)",
        text="S ./ m",
        intended=_ce_mean_theta,
        lets=("m = length(y);", "hypothesis = sigmoid( X * theta );",
              "S = sum(- y .* log(hypothesis) - (1 - y) .* log( 1 - hypothesis));"),
        why="S is the summed per-example cross-entropy, so S ./ m is its mean",
    ),
    Cost(
        id="f13-octave-feature-matrix-u",
        source=OCT_U + " (J = …)",
        text=_U_J,
        intended=_ce_mean_theta,
        lets=_U_LETS,
        why="the feature matrix is named u (the header: 'u - Feature matrix'); the mean cross-entropy of "
        "sigmoid(u·θ)",
    ),
    # ============================================================ code: R, Julia
    Cost(
        id="f13-ycng-r-arrow-y0-y1",
        source=YCNG + " (costFunction: J <- (-y0 - y1) / m)",
        text=_YC_J,
        intended=_ce_mean_theta,
        lets=_YC_LETS,
        why="R: <- assigns, %*% is the matrix product, t() transposes; y0 = yᵀlog h and y1 = (1−y)ᵀlog(1−h) "
        "are scalars, so (−y0 − y1)/m is the mean cross-entropy",
    ),
    Cost(
        id="f13-ycng-r-comment-brackets",
        source=YCNG + " (the comment '# compute J = …' above J <- …)",
        text=_YC_JC,
        intended=_ce_mean_theta,
        lets=("h <- sigmoid(X %*% theta)",),
        why="the comment writes the matrix product with * and groups with square brackets: "
        "(1/m)(−yᵀlog h − (1−y)ᵀlog(1−h)), the mean cross-entropy",
    ),
    Cost(
        id="f13-rdanitz-julia-not-y",
        source=RDANITZ + " (function cost(X, y): the anonymous (θ) -> …; h and sigmoid from the file's first lines)",
        text=_JL_J,
        intended=_ce_mean_theta,
        lets=_JL_LETS,
        why="Julia on Bool labels: !y is logical not, i.e. 1 − y for 0/1 labels; .* is elementwise; mean(…) "
        "of the per-example losses: the mean cross-entropy",
    ),
    Cost(
        id="f13-r-softplus-form-row-theta",
        source=R_FM + " (logistic.cost)",
        text=_RFM_J,
        intended=_ce_mean_theta,
        lets=("m <- length(y)",),
        why="lowercase x is the data matrix and theta a row vector (t(theta) is n×1); "
        "y·(−z) + log(1 + eᶻ) is the cross-entropy −y log σ(z) − (1−y) log(1−σ(z)) rewritten, so this is its "
        "mean",
    ),
    # ============================================================ code: Python (dask_glm)
    Cost(
        id="f13-dask-logistic-log1p-dot",
        source=DASK + " (Logistic.loglikelihood; Xbeta = X.dot(beta) from pointwise_loss / pointwise_gradient)",
        text=_DASK_LOGIT,
        intended=_nll_sum_beta,
        wrt=("beta_j",),
        lets=_DASK_LOGIT_LETS,
        why="named loglikelihood but it is the NEGATIVE log-likelihood: Σ[z + log(1 + e⁻ᶻ)] − yᵀz = "
        "Σ[log(1 + eᶻ) − y z], summed (no 1/m)",
    ),
    Cost(
        id="f13-dask-normal-sse",
        source=DASK + " (Normal.loglikelihood)",
        text=_DASK_NORMAL,
        intended=_sse_beta,
        wrt=("beta_j",),
        lets=_DASK_XB,
        why="the residual sum of squares Σ(y − Xβ)², no ½ and no 1/m",
    ),
    Cost(
        id="f13-dask-poisson-exp-minus-yz",
        source=DASK + " (Poisson.loglikelihood)",
        text=_DASK_POIS,
        intended=_poisson_nll_sum_beta,
        wrt=("beta_j",),
        lets=_DASK_POIS_LETS,
        why="the Poisson negative log-likelihood without the log y! constant: Σ(e^{xᵢᵀβ} − yᵢxᵢᵀβ)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Q&A, LaTeX (real wrong attempts first)
    Answer(
        id="f13-cv551246-dw-j-wrong-second-term",
        source=CV_551246 + " (the answer: 'Filling that in you get', ∂L/∂w_j)",
        text=r"\frac{\partial}{\partial w_j} L = \frac{\bar{y_i} x_j}{{1+e^{\vec x \cdot \vec w}}} - \frac{(1-\bar{y_i}) "
        r"x_j }{{1-e^{-\vec x \cdot \vec w}}}",
        cost=_CV1_L,
        verdict="different",
        wrt="w_j",
        why="real wrong answer: ∂/∂z log(1 − σ(z)) is −σ(z) = −1/(1 + e⁻ᶻ), not 1/(1 − e⁻ᶻ); the −1/N and the "
        "sum over i are dropped as well (a single term with ȳ_i); the gradient is (1/N)Σ(σ(x_i·w) − y_i)x_ij",
    ),
    Answer(
        id="f13-cv551246-nabla-vector-wrong",
        source=CV_551246 + " (the answer's ∇L line)",
        text=r"\nabla L = \left( \frac{\bar{y_i}}{{1+e^{\vec x \cdot \vec w}}} - \frac{(1-\bar{y_i}) }{{1-e^{-\vec x "
        r"\cdot \vec w}}} \right) \vec{x}",
        cost=_CV1_L,
        verdict="different",
        wrt="w_j",
        why="real wrong answer, the same slip in vector form: component j is ȳ x_j/(1+eᶻ) − (1−ȳ)x_j/(1−e⁻ᶻ), "
        "not (1/N)Σ(σ − y)x_j",
    ),
    Answer(
        id="f13-cv134754-mu-form-wrong",
        source=CV_134754 + " (the asker's gradient; μ defined right after it)",
        text=r"\frac{\partial l(\theta)}{\partial \theta_j} = \frac{\mu.y.x_j}{1+\mu}",
        cost=_CV2_L,
        verdict="different",
        lets=(r"\mu = exp(y\Theta^{T}x)",),
        why="real wrong answer: ∂/∂θⱼ log(1 + e^{−yθᵀx}) = −y xⱼ e^{−yθᵀx}/(1 + e^{−yθᵀx}); the asker's "
        "μ y xⱼ/(1+μ) with μ = e^{+yθᵀx} has the wrong sign and the wrong exponent (σ(yθᵀx) instead of "
        "σ(−yθᵀx)), and no sum over i; '.' is used for multiplication",
    ),
    Answer(
        id="f13-mse137936-asker-lost-x",
        source=MSE_137936 + " (the asker's final ∂L/∂β)",
        text=r"\frac{\partial}{\partial \beta} L(\beta) = \sum_{i=1}^n \Bigl[ y_i \cdot (p(x_i) \cdot (1 - p(x_i))) + "
        r"(1 - y_i) \cdot p(x_i) \Bigr]",
        cost=_MSE_L,
        verdict="different",
        wrt="beta_j",
        lets=_MSE_LETS,
        why="real wrong answer: the asker forgot the 1/p from the log in the first term, the sign of the "
        "second and the inner derivative x_i of xᵀβ; the gradient is Σx_i(y_i − p(x_i))",
    ),
    Answer(
        id="f13-mse137936-esl-semicolon-beta",
        source=MSE_137936 + " (the gradient quoted from The Elements of Statistical Learning, p. 120)",
        text=r"\sum_{i = 1}^N x_i(y_i - p(x_i;\beta))",
        cost=_MSE_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_MSE_LETS,
        why="the gradient of the log-LIKELIHOOD (ascent direction), which is the stated L: component j is "
        "Σx_ij(y_i − p_i); p(x_i;β) is p(x_i) with its parameter shown, N the same count as n",
    ),
    Answer(
        id="f13-mse137936-unevaluated-linearity-step",
        source=MSE_137936 + " (the asker's first step, second row of the align*)",
        text=r"\frac{\partial}{\partial \beta} L(\beta) & = \sum_{i=1}^n \Bigl[ \Bigl( \frac{\partial}{\partial \beta} "
        r"y_i \log p(x_i) \Bigr) + \Bigl( \frac{\partial}{\partial \beta} (1 - y_i) \log [1 - p(x_i)] \Bigr) \Bigr]",
        cost=_MSE_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_MSE_LETS,
        why="the derivative moved inside the sum and left unevaluated: still exactly ∂L/∂β ('& =' is the align "
        "point)",
    ),
    Answer(
        id="f13-techqa4496428-d-dw-inside-sum",
        source=TECHQA_4496428 + " (third row of the asker's align*, after '&=')",
        text=r"-\sum_{n=1}^{N} \frac{d}{dw}\log \sigma\left( t_n (w^\top x_n + w_0) \right)",
        cost=_TQ_L,
        verdict="equivalent",
        wrt="w_j",
        why="the derivative taken inside the sum, unevaluated: −Σ d/dw log σ(t_n(wᵀx_n + w_0)) is dL/dw "
        "(component j: −Σ t_n x_nj (1 − σ(t_n z_n)))",
    ),
    Answer(
        id="f13-gamwe6-normal-equations-form",
        source=GAMWE6 + " (その勾配は …)",
        text=r"X^T X b - X^T y",
        cost=_GAM_J,
        verdict="equivalent",
        wrt="b_j",
        why="∇ ½‖Xb − y‖² = Xᵀ(Xb − y) = XᵀXb − Xᵀy (the asker's trouble was elsewhere in the code)",
    ),
    Answer(
        id="f13-gamwe6-sign-flipped",
        source=GAMWE6 + " (the gradient with its sides swapped — a variant)",
        text=r"X^T y - X^T X b",
        cost=_GAM_J,
        verdict="different",
        wrt="b_j",
        why="variant (sign): minus the gradient",
    ),
    # ============================================================ code: Octave / MATLAB
    Answer(
        id="f13-errorhandle-grad-temp-mask",
        source=ERRORHANDLE + " (the second grad = grad + …; grad, temp and temp(1) = 0 from the lines above it)",
        text="grad + (lambda / m) * temp",
        cost=_EH_J,
        verdict="equivalent",
        lets=_EH_GRAD_LETS,
        why="grad is Xᵀ(h − y)/m; temp is θ with temp(1) = 0, so the penalty's gradient (λ/m)θⱼ skips the "
        "intercept as the cost does",
    ),
    Answer(
        id="f13-errorhandle-grad-theta-unmasked",
        source=ERRORHANDLE + " (grad + (lambda / m) * theta instead of temp — a variant)",
        text="grad + (lambda / m) * theta",
        cost=_EH_J,
        verdict="different",
        lets=_EH_GRAD_LETS,
        why="variant (regularised intercept): theta(1) is not in the cost's penalty",
    ),
    Answer(
        id="f13-octave-thetaR-grad",
        source=OCT_THETAR + " (% Compute gradient: grad = …)",
        text="(1/m)*X'*(h-y) + (lambda/m)*thetaR",
        cost=_TR_J,
        verdict="equivalent",
        lets=_TR_LETS,
    ),
    Answer(
        id="f13-octave-thetaR-grad-2m",
        source=OCT_THETAR + " (grad = … with lambda/(2*m) — a variant)",
        text="(1/m)*X'*(h-y) + (lambda/(2*m))*thetaR",
        cost=_TR_J,
        verdict="different",
        lets=_TR_LETS,
        why="variant (λ/2m kept): the 2 of the square cancels the ½, the penalty's gradient is (λ/m)θⱼ",
    ),
    Answer(
        id="f13-octave-theta-reg-grad",
        source=OCT_THETA_REG + " (grad = …, the line before grad(1) is overwritten)",
        text="(1/m)*X'*(h-y) + (lambda/m)*theta_reg",
        cost=_TREG_J,
        verdict="equivalent",
        lets=_TREG_LETS,
        why="theta_reg(1) = 0 already leaves the intercept unpenalised (the next line's grad(1) = "
        "(1/m)*X(:,1)'*(h-y) rewrites the same value)",
    ),
    Answer(
        id="f13-octave-h-row-grad",
        source=OCT_HROW + " (grad = …)",
        text="1 / m *  x' *  (h' - y)",
        cost=_HR_J,
        verdict="equivalent",
        lets=_HR_LETS,
        why="h' turns the row back into a column: xᵀ(h − y)/m (the double spaces are the file's)",
    ),
    Answer(
        id="f13-octave-h-row-grad-reversed",
        source=OCT_HROW + " (grad = … with (y - h') — a variant)",
        text="1 / m *  x' *  (y - h')",
        cost=_HR_J,
        verdict="different",
        lets=_HR_LETS,
        why="variant (sign): xᵀ(y − h)/m is the log-likelihood's gradient, minus the cost's",
    ),
    Answer(
        id="f13-octave-S-grad-broadcast",
        source=OCT_S + " (% Gradient: grad = S ./ m, S redefined just above it)",
        text="S ./ m",
        cost="logistic",
        verdict="equivalent",
        lets=("m = length(y);", "hypothesis = sigmoid( X * theta );", "S = sum( (hypothesis - y) .* X );"),
        why="the file's cost (J = S ./ m with the summed cross-entropy) is the standard mean cross-entropy; "
        "here S is redefined: (hypothesis − y) .* X broadcasts the m×1 residual over the columns and sum "
        "adds down the rows, a 1×n row of Σ(h − y)xⱼ; divided by m it is the gradient",
    ),
    Answer(
        id="f13-octave-u-grad",
        source=OCT_U + " (% Compute the gradient for the cost function: grad = …)",
        text="(1/m) * u' * (h - y)",
        cost=_U_J,
        verdict="equivalent",
        lets=_U_LETS,
    ),
    Answer(
        id="f13-octave-u-grad-sigmoid-prime-kept",
        source=OCT_U + " (grad = … with the sigmoid's derivative h.*(1-h) kept — a variant)",
        text="(1/m) * u' * ((h - y) .* h .* (1 - h))",
        cost=_U_J,
        verdict="different",
        lets=_U_LETS,
        why="variant (σ′ kept, the squared-error chain rule): for the cross-entropy the σ′ cancels, the "
        "gradient is uᵀ(h − y)/m",
    ),
    # ============================================================ code: R, Julia
    Answer(
        id="f13-ycng-r-grad-p1",
        source=YCNG + " (grad: grad <- (t(X) %*% p1) / m; p1 and m from the lines above it)",
        text="(t(X) %*% p1) / m",
        cost=_YC_J,
        verdict="equivalent",
        lets=_YC_LETS + ("p1 <- sigmoid(X %*% theta) - y",),
        why="p1 = σ(Xθ) − y, so Xᵀp1/m",
    ),
    Answer(
        id="f13-ycng-r-comment-grad-juxtaposed",
        source=YCNG + " (the comment '# compute grad = 1/m [t(X) * p1]'; p1 from the code line above it)",
        text="1/m [t(X) * p1]",
        cost=_YC_JC,
        verdict="equivalent",
        lets=("h <- sigmoid(X %*% theta)",) + _YC_GRAD_LETS,
        why="a comment formula: 1/m juxtaposed with the bracket [t(X) * p1] (a product), * the matrix product: "
        "Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f13-rdanitz-julia-grad-size",
        source=RDANITZ + " (function gradient!(X, y): the value copied into dθ)",
        text="((h(θ, X) - y)' * X) ./ size(X,1)",
        cost=_JL_J,
        verdict="equivalent",
        lets=_JL_LETS,
        why="(h − y)ᵀX is the row Σ(h − y)xⱼ; size(X,1) is the number of rows m",
    ),
    Answer(
        id="f13-r-logistic-grad-inline-sigmoid",
        source=R_FM + " (logistic.grad: gradient <- …)",
        text="(1 / length(y)) * (t(x) %*% (1/(1 + exp(-x %*% t(theta))) - y))",
        cost=_RFM_J,
        verdict="equivalent",
        lets=("m <- length(y)",),
        why="the sigmoid written inline, x the data matrix, t(theta) the parameter column: xᵀ(σ(xθ) − y)/m, the "
        "gradient of logistic.cost's softplus form",
    ),
    # ============================================================ code: Python (dask_glm)
    Answer(
        id="f13-dask-logistic-grad",
        source=DASK + " (Logistic.gradient)",
        text="dot(X.T, p - y)",
        cost=_DASK_LOGIT,
        verdict="equivalent",
        wrt="beta_j",
        lets=_DASK_LOGIT_LETS + ("p = sigmoid(Xbeta)",),
        why="a sum cost, so no 1/m: Xᵀ(σ(Xβ) − y)",
    ),
    Answer(
        id="f13-dask-normal-grad-two-dots",
        source=DASK + " (Normal.gradient)",
        text="2 * dot(X.T, Xbeta) - 2 * dot(X.T, y)",
        cost=_DASK_NORMAL,
        verdict="equivalent",
        wrt="beta_j",
        lets=_DASK_XB,
        why="∇Σ(y − Xβ)² = 2XᵀXβ − 2Xᵀy",
    ),
    Answer(
        id="f13-dask-normal-grad-lost-2",
        source=DASK + " (Normal.gradient without the factors 2 — a variant)",
        text="dot(X.T, Xbeta) - dot(X.T, y)",
        cost=_DASK_NORMAL,
        verdict="different",
        wrt="beta_j",
        lets=_DASK_XB,
        why="variant (lost 2): the cost has no ½, so the gradient is twice this",
    ),
    Answer(
        id="f13-dask-poisson-grad",
        source=DASK + " (Poisson.gradient)",
        text="dot(X.T, eXbeta - y)",
        cost=_DASK_POIS,
        verdict="equivalent",
        wrt="beta_j",
        lets=_DASK_POIS_LETS,
        why="∇Σ(e^{z} − y z) = Xᵀ(e^{Xβ} − y)",
    ),
    Answer(
        id="f13-dask-poisson-grad-ascent",
        source=DASK + " (Poisson.gradient with y − eXbeta — a variant)",
        text="dot(X.T, y - eXbeta)",
        cost=_DASK_POIS,
        verdict="different",
        wrt="beta_j",
        lets=_DASK_POIS_LETS,
        why="variant (sign): the log-likelihood's gradient (score), minus the gradient of this negative "
        "log-likelihood",
    ),
]
