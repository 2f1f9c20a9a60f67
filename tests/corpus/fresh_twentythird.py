r"""A fresh held-out wave (f23): textbooks, book-like notes, course notes and problem-set solutions.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* book text and book notes (LaTeX): d2l.ai (the Chinese first edition's ℓ(w₁, w₂, b) and its weight-decay
  objective; slides built on d2l's "Norms and Weight Decay"), notes on Goodfellow et al.'s weight decay and on
  Bishop's cross-entropy (both refused: the inner cost or model is left unspecified), CS229 notes rewritten in a
  notebook (capital \Sigma used as the summation sign), a CS229 problem-set solution (Poisson, 1/m, a sum from
  i = 0, log y!), ESL/ISLR-style ridge and lasso, an SGD survey with ±1 labels (logistic, hinge, lasso, softmax);
* homework and study notes: a graduate homework (w₀ + w₁xₙ, ∀ₙ under the sum, `*` for products), a Vietnamese
  ridge cheat-sheet in plain text (‖·‖², λ), a Japanese Poisson note with a sign typo (refused);
* code: Octave/MATLAB (±1-label logistic loss with examples in columns, a Newton solver's mean logistic loss, GLM
  lab code for Bernoulli and Poisson with `softplus`, `gammaln` and a variable named `lambda`), R (log-likelihood
  and score with `%*%`, `t()`, a variable named `pi`), NumPy (a "loglikelihood" that returns the NEGATIVE
  log-likelihood, with a score of the opposite sign).

Labels y ∈ {−1, +1} costs are read literally (the intended functions use the drawn y as it is). Real wrong
answers are few on these pages (an unhalved middle step, a score of the wrong sign); the other wrong answers are
realistic slips of real answers on the same page, each marked "variant" in ``why`` (at most a third).

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``); ``cost`` and ``lets`` are the same source's, verbatim. Verdicts were
worked out by hand. Files of the public code index whose repository the index does not name are cited by the
index's file id and the file's own heading or function.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
AFONSKY = (
    "github:afonsky/DL-Lecture-3:slides/1_weight_decay.md (lecture slides after d2l.ai, 'Norms and Weight "
    "Decay')"
)
SAYEMOMER = (
    "https://github.com/sayemomer/ML_MATHS_YOU_SHOULD_KNOW (README as shown on the page, '### Negative log "
    "likelihood' and '### Gradient of the negative log likelihood')"
)
SIHAOXU = "github:sihaoxu/Machine-Learning:project4/logistic.m (function [loss,gradient]=logistic(w,xTr,yTr))"
HEDAX = (
    "github:hedax01/MachineLearning:machinelearning_stanford/Implement/log_regression.m (function [theta, "
    "ll]=log_regression(X,Y,max_iters), Newton-Raphson, 'rows of Y are corresponding -1/1 values')"
)
LOGIT_PY = (
    "GitHub Python 'def logit_loglikelihood(beta, y, X)' / 'def logit_score(beta, y, X)' (public code index "
    "file 34780081874; the index names no repository)"
)
ADSANVAR = "github:Adsanvar/CSI5130:hw1.md ('# Homework 1', '### **Problem 1**')"
VIET_RIDGE = (
    "GitHub Markdown '# Ridge Regression - Kiến Thức Toán Học & Setups' ('### **Định Nghĩa Cơ Bản**', "
    "'### **Gradient và Hessian**') (public code index file 24512329089; the index names no repository)"
)
CGRRSI = "github:cgrrsi/ridge:README.md ('## Linear least squares with L2 regularization')"
U72 = (
    "https://u72.net/daima/n0swn.html ('随机梯度下降的技术细节', the align* of the four problems SGD is used "
    "for)"
)
D2LZH_LR = "github:d2l-ai/d2l-zh:chapter_deep-learning-basics/linear-regression.md (### 损失函数)"
D2LZH_WD = "github:d2l-ai/d2l-zh:chapter_deep-learning-basics/weight-decay.md (## 方法和原理)"
PPPPQP = (
    "github:ppppqp/Deep-Learning-Bible-Note:shen-du-qian-kui-wang-luo/regularization/parameter-norm-penalty/"
    "l2-regularization.md (notes on Goodfellow et al., Deep Learning, L2 parameter norm penalty)"
)
SWANKI = (
    "github:Mjvolk3/Swanki:swanki-out-CH06.0/gen-md/page-26.md (flash cards generated from Bishop & Bishop, "
    "Deep Learning, ch. 6; 'Describe the error function for binary classification')"
)
WATER = "github:water-dropwort/Julia-learn-statistics:studynotes/linear_regression/poisson_regression.md (ポアソン回帰)"
ASHISH = (
    "github:AshishSinha5/course_notes:cs229/chapter_1.ipynb (CS229 notes, '### Cost Function -' and '## LMS "
    "Algorithm')"
)
R_LOGIT1 = (
    "GitHub R '#\\' Log-likelihood of logistic regression' / 'logistic_log_likelihood_grad' / "
    "'logistic_hession' (public code index file 36900097069; the index names no repository)"
)
R_LOGIT2 = (
    "GitHub R 'logistic_log_likelihood' / 'logistic_log_likelihood_grad' with '#\\' Logistic regression MLE "
    "estimation via BFGS' (public code index file 37543798988; the index names no repository)"
)
OBS_RIDGE = (
    "GitHub Markdown (Obsidian) note '**Ridge regression** penalizes the size of the regression coefficients' "
    "(public code index file 25985874657; the index names no repository)"
)
PILLOW_BERN = (
    "GitHub MATLAB 'function [negL,dnegL,H] = neglogli_bernoulliGLM(wts,X,Y)' (public code index file "
    "7332408368; the index names no repository)"
)
PILLOW_POIS = (
    "GitHub MATLAB 'function [negL,dnegL,H] = neglogli_poissonGLM(wts,X,Y)' (public code index file "
    "54575696577; the index names no repository)"
)
GEIS = "https://github.com/Michael-Geis/CS-229-F18-Solutions (# PS1-3: Poisson Regression, ## (C))"


# ------------------------------------------------------------------ intended costs (by hand)

def _BISHOP_CE(d):
    """By issue 10's rule for an undefined prediction in a cross-entropy: −Σₙ [tₙ ln σ(wᵀxₙ) + (1 − tₙ) ln(1 − σ(wᵀxₙ))]."""
    s = sig(d.X @ d.w)
    return -np.sum(d.y * np.log(s) + (1 - d.y) * np.log(1 - s))

def _lgamma1(y):
    return np.array([math.lgamma(float(v) + 1.0) for v in np.ravel(y)])


def _half_mean_wb(d):
    return float(np.mean(0.5 * (d.X @ d.w + d.b - d.y) ** 2))


def _half_mean_wb_wd(d):
    return _half_mean_wb(d) + d.lam / 2 * float(np.sum(d.w**2))


def _sse_beta(d):
    return float(np.sum((d.y - d.X @ d.beta) ** 2))


def _sse_beta_ridge(d):
    return _sse_beta(d) + d.lam * float(np.sum(d.beta**2))


def _nll_sum_w(d):
    p = sig(d.X @ d.w)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _logloss_pm_sum_w(d):
    return float(np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.w)))))


def _logloss_pm_mean_theta(d):
    return float(np.mean(np.log(1 + np.exp(-d.y * (d.X @ d.theta)))))


def _nll_q_beta(d):
    q = 2 * d.y - 1
    return float(-np.sum(np.log(sig(q * (d.X @ d.beta)))))


def _mse_w0_w1(d):
    return float(np.mean((d.theta0 + d.theta1 * d.x - d.y) ** 2))


def _ridge_half_mean_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) / (2 * d.m) + d.lam / 2 * float(np.sum(d.w**2))


def _u72_logreg(d):
    return d.lam / 2 * float(np.sum(d.w**2)) + float(np.mean(np.log(1 + np.exp(-d.y * (d.X @ d.w)))))


def _d2l_ell(d):
    r = d.X[:, 0] * d.w[0] + d.X[:, 1] * d.w[1] + d.b - d.y
    return float(np.mean(r**2 / 2))


def _d2l_ell_wd(d):
    return _d2l_ell(d) + d.lam / 2 * float(d.w[0] ** 2 + d.w[1] ** 2)


def _half_sse_theta(d):
    return 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2))


def _loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.log(1 + np.exp(z))))


def _bern_negl_w(d):
    z = d.X @ d.w
    return float(-d.y @ z + np.sum(softplus(z)))


def _pois_negl_w(d):
    z = d.X @ d.w
    return float(-np.sum(d.y * z - np.exp(z) - _lgamma1(d.y)))


def _pois_mean_loglik_theta(d):
    z = d.X @ d.theta
    return float(np.mean(-_lgamma1(d.y) + d.y * z - np.exp(z)))


# ------------------------------------------------------------------ shared texts
_AF_L = (
    r"L(\mathbf{w}, b) = \frac{1}{n}\sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - "
    r"y^{(i)}\right)^2"
)
_AF_LWD = _AF_L + r" + \frac{\lambda}{2} \|\mathbf{w}\|^2"
_AF_RIDGE = (
    r"\sum\limits_{i=1}^n (Y_i - \sum\limits_{j=1}^p X_{ij}\beta_j)^2 + \lambda\sum\limits_{j=1}^p \beta_j^2"
)
_AF_LASSO = (
    r"\sum\limits_{i=1}^n (Y_i - \sum\limits_{j=1}^p X_{ij}\beta_j)^2 + \lambda\sum\limits_{j=1}^p \lvert \beta_j "
    r"\rvert"
)
_SAY_L = (
    r"\mathcal{L}(w) = -\sum_{i=1}^{N} y_i \log(\sigma(w^T x_i)) + (1 - y_i) \log(1 - \sigma(w^T x_i))"
)
_SAY_LETS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}", r"z = w^T x")
_SAY_G = r"\nabla \mathcal{L}(w) = -\sum_{i=1}^{N} (y_i - \sigma(w^T x_i)) x_i"
_SIH_J = "sum(log(1+exp(-yTr.*(w'*xTr))))"
_SIH_G = "-xTr*(yTr.*(exp(-yTr.*(w'*xTr)))./(1+exp(-yTr.*(w'*xTr))))'"
_HEDAX_J = "(1/mm) * sum(log(1 + exp(-margins)))"
_HEDAX_LETS = ("mm=size(X,1);", "margins = Y .* (X * theta);", "probs = 1 ./ (1 + exp(margins));")
_LOGIT_J = "-np.sum(np.log(logit_func(q*np.dot(X,beta))))"
_LOGIT_LETS = ("q = 2*y - 1", "L = logit_func(np.dot(X, beta))")
_ADS_J = r"L_{2} = \frac{1}{N}  \sum_{\forall_{n}} (w_{0} + w_{1}x_n - t_{n})^{2}"
_VIET_J = "f(w) = (1/2n) ||Xw - y||² + (λ/2) ||w||²"
_U72_LOG = (
    r"\frac{\lambda}{2} \|\boldsymbol{w}\|_2^2 + \frac{1}{M} \sum_{m=1}^M \ln (1 + e^{-y_m \boldsymbol{w}^\top "
    r"\boldsymbol{x}_m})"
)
_D2L_CHAIN = (
    r"\ell(w_1, w_2, b) =\frac{1}{n} \sum_{i=1}^n \ell^{(i)}(w_1, w_2, b) =\frac{1}{n} \sum_{i=1}^n "
    r"\frac{(x_1^{(i)} w_1 + x_2^{(i)} w_2 + b - y^{(i)})^2}{2}"
)
_D2L_LETS = (
    r"\ell^{(i)}(w_1, w_2, b) = \frac{(\hat{y}^{(i)} - y^{(i)})^2}{2}",
    r"\hat{y}^{(i)} = x_1^{(i)} w_1 + x_2^{(i)} w_2 + b",
)
_PPP_J = r"\widetilde J(w; X,y) = \dfrac{\alpha}{2}w^Tw + J(w; X,y)"
_ASH_J = r"J(\theta) = \frac{1}{2}\Sigma_{i = 1}^{n}(h_{\theta}(x^{i}) - y^{i})^2"
_ASH_LETS = (r"h_{\theta}(x)  = \Sigma_{i = 1}^{d}{\theta}_ix_i = \theta^Tx",)
_R_J = "sum((y * fitted) - log(1 + exp(fitted)))"
_R1_LETS = ("fitted <- X %*% beta", "prob <- logistic(X %*% beta)")
_R2_LETS = ("fitted <- X %*% beta", "pi <- logistic(X %*% beta)")
_BERN_J = "-Y'*xproj + sum(softplus(xproj))"
_BERN_LETS = ("xproj = X*wts;", "[f,df] = softplus(xproj);")
_POIS_J = "-sum(Y.*xproj - lambda - gammaln(Y+1))"
_POIS_LETS = ("xproj = X*wts;", "lambda = exp(xproj);")
_GEIS_J = (
    r"\frac{1}{m}\sum_{i=0}^m -\log y^{(i)}! + y^{(i)}(x^{(i)}\cdot\theta) - e^{x^{(i)}\cdot\theta}"
)

COSTS: list[Cost] = [
    # ============================================================ book text and book notes (LaTeX)
    Cost(
        id="f23-afonsky-d2l-L-half-inside-mean",
        source=AFONSKY + " (slide '$\\ell_2$ Regularization', 'Here we minimize **just** *training error*')",
        text=_AF_L,
        intended=_half_mean_wb,
        wrt=("w_j", "b"),
        why="d2l's notation: n counts the examples, the ½ sits inside the sum; (1/n)Σ½(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²",
    ),
    Cost(
        id="f23-afonsky-d2l-L-weight-decay",
        source=AFONSKY + " (same slide, 'we minimize **both** training error and the penalty term')",
        text=_AF_LWD,
        intended=_half_mean_wb_wd,
        wrt=("w_j", "b"),
        why="λ/2‖w‖² with no 1/n, and b is not penalised",
    ),
    Cost(
        id="f23-afonsky-ridge-beta-limits",
        source=AFONSKY + " (slide 'Norms and Weight Decay', '$\\ell_2$ or Ridge regression')",
        text=_AF_RIDGE,
        intended=_sse_beta_ridge,
        wrt=("beta_j",),
        why="ESL/ISLR ridge without an intercept: Σᵢ(Yᵢ − Σⱼ Xᵢⱼβⱼ)² + λΣβⱼ², no 1/n; \\limits only places the "
        "limits",
    ),
    Cost(
        id="f23-afonsky-lasso-lvert",
        source=AFONSKY + " (slide 'Norms and Weight Decay', '$\\ell_1$ or Lasso regression')",
        text=_AF_LASSO,
        intended=None,
        expect="refuse",
        why="lasso: λΣ|βⱼ| (\\lvert … \\rvert) is not differentiable at 0 and is out of scope",
    ),
    Cost(
        id="f23-d2lzh-ell-chain-w1-w2-b",
        source=D2LZH_LR + " (the display after '线性回归的目标是找到一组模型参数…来最小化损失函数'; ℓ⁽ⁱ⁾ and ŷ⁽ⁱ⁾ from "
        "the displays above it)",
        text=_D2L_CHAIN,
        intended=_d2l_ell,
        wrt=("w_1", "w_2", "b"),
        lets=_D2L_LETS,
        why="a three-sided chain ℓ = (1/n)Σℓ⁽ⁱ⁾ = (1/n)Σ(…)²/2 with two features written out (x₁⁽ⁱ⁾w₁ + x₂⁽ⁱ⁾w₂ + b); n "
        "counts the examples; only features 1 and 2 of X enter",
    ),
    Cost(
        id="f23-d2lzh-weight-decay-w1-w2",
        source=D2LZH_WD + " ('带有$L_2$范数惩罚项的新损失函数为', the trailing comma dropped; ℓ is the chain of "
        "linear-regression.md, given as the let)",
        text=r"\ell(w_1, w_2, b) + \frac{\lambda}{2}(w_1^2 + w_2^2)",
        intended=_d2l_ell_wd,
        wrt=("w_1", "w_2", "b"),
        lets=(_D2L_CHAIN,) + _D2L_LETS,
        why="the penalty λ/2(w₁² + w₂²) has no 1/n (an older edition had λ/(2n)); b is not penalised; ℓ is named "
        "by its arguments and defined in the previous section",
    ),
    Cost(
        id="f23-ppppqp-goodfellow-Jtilde-unspecified-J",
        source=PPPPQP + " (the objective after '通过向目标函数添加正则项')",
        text=_PPP_J,
        intended=None,
        expect="refuse",
        why="Goodfellow's weight-decay objective: J(w; X, y) is any unregularised cost, never fixed on the page, so "
        "no concrete gradient can be derived",
    ),
    Cost(
        id="f23-swanki-bishop-ce-network-output",
        source=SWANKI + " (the display after 'the error function (cross-entropy error) is given by:')",
        text=r"E(\mathbf{w})=-\sum_{n=1}^{N}\left\{t_{n} \ln y_{n}+\left(1-t_{n}\right) \ln \left(1-y_{n}\right)\right\}",
        intended=_BISHOP_CE,
        wrt=("w_j",),
        why="yₙ is y(xₙ, w), the output of a neural network that the page does not specify (ch. 6 is about "
        "networks); the cost is undefined as a function of w. The collector marked it 'refuse'. The lead read it "
        "by issue 10's own rule, which the blind collector did not know: an undefined prediction in a "
        "cross-entropy is logistic regression's, yₙ = σ(wᵀxₙ), and the reading is noted ('h is not defined: "
        "reading h = σ(wᵀx) … define h with --let to override'; 't is read as y, the target'). The meaning "
        "below is that reading; a page whose yₙ is a network's output needs its --let",
    ),
    Cost(
        id="f23-ashish-cs229-capital-Sigma-sum",
        source=ASHISH + " ('we cn define the cost function … as follows'; h from the cell above)",
        text=_ASH_J,
        intended=_half_sse_theta,
        lets=_ASH_LETS,
        why="the CS229 least-squares cost with no 1/m, the sum typed as capital \\Sigma; x^{i} is example i, n "
        "counts the examples here (d the features), h = θᵀx",
    ),
    Cost(
        id="f23-geis-cs229-poisson-loglik-log-factorial",
        source=GEIS + " (the last side of the display 'The log likelihood is J(θ) = … = …')",
        text=_GEIS_J,
        intended=_pois_mean_loglik_theta,
        lets=(r"\eta^{(i)} = x^{(i)}\cdot\theta",),
        why="a Poisson log-likelihood (to be MAXIMISED, named J), mean over the examples; the sum's argument runs to "
        "the end of the line; −log y⁽ⁱ⁾! does not depend on θ; the sum written from i = 0 to m is read as the m "
        "examples",
    ),
    Cost(
        id="f23-water-dropwort-poisson-likelihood-typo",
        source=WATER + " (尤度関数; λ from the display above it)",
        text=r"l_ {\boldsymbol{x} ,y}(\boldsymbol{\beta})= \frac{\lambda^{y}e^{\lambda}}{y!}",
        intended=None,
        expect="refuse",
        lets=(r"\lambda = \exp {\boldsymbol{x} \boldsymbol{\beta}}",),
        why="the likelihood of ONE observation (no product or sum over the data, no log), with y! and a sign typo "
        "(e^{λ} for e^{−λ}); not a cost over the training set",
    ),
    # ============================================================ ESL/ISLR-style ridge, ±1 labels (LaTeX, plain)
    Cost(
        id="f23-obsidian-ridge-rss-matrix-lambda-arg",
        source=OBS_RIDGE + " (the second display, the matrix form)",
        text=r"\text{RSS}(\beta, \lambda) = (\mathbf y - \mathbf X\beta)^T(\mathbf y - \mathbf X\beta) + \lambda "
        r"\beta^T\beta",
        intended=_sse_beta_ridge,
        wrt=("beta_j",),
        why="RSS(β, λ) lists λ among its arguments but λ is a fixed hyper-parameter: (y − Xβ)ᵀ(y − Xβ) + λβᵀβ",
    ),
    Cost(
        id="f23-cgrrsi-ridge-lambda-asterisk",
        source=CGRRSI + " ('The goal is to minimize the objective function given by')",
        text=r"||y - X\beta||^2_2 + \lambda * ||\beta||^2_2",
        intended=_sse_beta_ridge,
        wrt=("beta_j",),
        why="norms typed as ||…||^2_2 (subscript after the superscript) and a literal '*' for the product",
    ),
    Cost(
        id="f23-viet-ridge-plain-unicode",
        source=VIET_RIDGE + " ('**Objective function:**' code block)",
        text=_VIET_J,
        intended=_ridge_half_mean_w,
        wrt=("w_j",),
        why="plain text: (1/2n) is 1/(2n) with n the examples (the page: '(1/2n) ||Xw - y||²: Original MSE loss'); "
        "Unicode ² and λ",
    ),
    Cost(
        id="f23-u72-logreg-pm1-l2-M-examples",
        source=U72 + " (the 'Logisitic Regression' row, after \\min_{\\boldsymbol{w}} \\ )",
        text=_U72_LOG,
        intended=_u72_logreg,
        wrt=("w_j",),
        why="labels y ∈ {−1, +1} (read literally here); M counts the examples and m is the index; λ/2‖w‖₂² plus the "
        "mean logistic loss",
    ),
    Cost(
        id="f23-u72-svm-hinge-max",
        source=U72 + " (the 'SVM' row)",
        text=r"\frac{\lambda}{2} \|\boldsymbol{w}\|_2^2 + \frac{1}{M} \sum_{m=1}^M \max (0, 1 - y_m "
        r"\boldsymbol{w}^\top \boldsymbol{x}_m )",
        intended=None,
        expect="refuse",
        why="the hinge loss max(0, ·) is not differentiable where the margin is 1 and is out of scope",
    ),
    Cost(
        id="f23-u72-lasso-l1-norm",
        source=U72 + " (the 'LASSO' row)",
        text=r"\lambda \|\boldsymbol{w}\|_1 + \frac{1}{M} \sum_{m=1}^M \frac{1}{2} ( \boldsymbol{w}^\top "
        r"\boldsymbol{x}_m - y_m )^2",
        intended=None,
        expect="refuse",
        why="an L1 penalty ‖w‖₁: absolute values, out of scope",
    ),
    Cost(
        id="f23-u72-multiclass-softmax",
        source=U72 + " (the 'Multi-Class Logistic Regression' row)",
        text=r"\sum_{k=1}^K \frac{\lambda}{2}\|\boldsymbol{w}_k\|_2^2 - \frac{1}{M} \sum_{m=1}^M \ln "
        r"\frac{e^{\boldsymbol{x}_m^\top \boldsymbol{w}_{y_m}}}{\sum_{j=1}^K e^{\boldsymbol{x}_m^\top "
        r"\boldsymbol{w}_j}}",
        intended=None,
        expect="refuse",
        why="softmax over K classes with one weight vector per class (w_{y_m} indexed by the label): out of scope",
    ),
    Cost(
        id="f23-adsanvar-L2-forall-n",
        source=ADSANVAR + " (the first display)",
        text=_ADS_J,
        intended=_mse_w0_w1,
        wrt=("w_0", "w_1"),
        why="one-feature linear regression with intercept w₀ and slope w₁ (the θ₀, θ₁ pair: intended uses "
        "theta0, theta1 and x), targets tₙ; the sum is written over \\forall_{n} (all examples); mean squared "
        "error WITHOUT ½",
    ),
    # ============================================================ code
    Cost(
        id="f23-sihaoxu-octave-pm1-examples-in-columns",
        source=SIHAOXU + " (loss=…)",
        text=_SIH_J,
        intended=_logloss_pm_sum_w,
        wrt=("w_j",),
        why="xTr is d×n with one example per COLUMN (the header: 'xTr dxn matrix (each column is an input "
        "vector)'), so w'*xTr is the row of wᵀxᵢ; labels ±1 (read literally); the summed logistic loss "
        "Σlog(1 + e^{−yᵢwᵀxᵢ})",
    ),
    Cost(
        id="f23-hedax-octave-mean-logloss-margins",
        source=HEDAX + " (ll(ii) = …, inside the Newton loop; mm and margins from the same function)",
        text=_HEDAX_J,
        intended=_logloss_pm_mean_theta,
        lets=_HEDAX_LETS[:2],
        why="mm = size(X,1) is the number of examples; margins = yᵢθᵀxᵢ with ±1 labels (read literally): the mean "
        "logistic loss",
    ),
    Cost(
        id="f23-logitpy-loglikelihood-returns-nll",
        source=LOGIT_PY + " (def logit_loglikelihood: return …)",
        text=_LOGIT_J,
        intended=_nll_q_beta,
        wrt=("beta_j",),
        lets=_LOGIT_LETS[:1],
        why="logit_func(x) = np.exp(x)/(1+np.exp(x)) is the sigmoid (def logit_func in the same file); q = 2y − 1 "
        "recodes {0, 1} labels to ±1; despite the function's name this is the NEGATIVE log-likelihood "
        "−Σ log σ(qᵢ xᵢᵀβ) (read literally with the drawn y)",
    ),
    Cost(
        id="f23-r-logistic-loglik-percent-star",
        source=R_LOGIT1 + " (logistic_log_likelihood: return (…))",
        text=_R_J,
        intended=_loglik_beta,
        wrt=("beta_j",),
        lets=_R1_LETS[:1],
        why="R: %*% is the matrix product, so fitted = Xβ; the ESL form of the logistic log-likelihood "
        "Σ(yᵢzᵢ − log(1 + e^{zᵢ})), to be maximised",
    ),
    Cost(
        id="f23-pillow-bernoulli-glm-softplus",
        source=PILLOW_BERN + " (negL = … in the nargout <= 1 branch)",
        text=_BERN_J,
        intended=_bern_negl_w,
        wrt=("w_j",),
        lets=_BERN_LETS[:1],
        why="the weights are named wts; softplus(z) = log(1 + e^z) (the file's comment: 'evaluate log-normalizer'); "
        "−yᵀXw + Σ softplus(Xw) is the Bernoulli negative log-likelihood",
    ),
    Cost(
        id="f23-pillow-poisson-glm-lambda-gammaln",
        source=PILLOW_POIS + " (negL = … in the nargout <= 1 branch)",
        text=_POIS_J,
        intended=_pois_negl_w,
        wrt=("w_j",),
        lets=_POIS_LETS,
        why="a variable named lambda is the Poisson rate exp(Xw), not a regularisation strength; gammaln(Y+1) = "
        "log Y! does not depend on the weights wts; −Σ(yᵢzᵢ − e^{zᵢ} − log yᵢ!)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f23-ashish-dJ-final-Sigma",
        source=ASHISH + " (the derivative's align*, last line, after '&=')",
        text=r"\Sigma_{i = 1}^{n} (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}",
        cost=_ASH_J,
        verdict="equivalent",
        lets=_ASH_LETS,
        why="the ½ cancels the 2 of the square: Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, no 1/m as in the cost",
    ),
    Answer(
        id="f23-ashish-dJ-middle-step-half-dropped",
        source=ASHISH + " (the derivative's align*, second line, after '&=')",
        text=r"\Sigma_{i = 1}^{n}\frac{\partial }{\partial {\theta}_j}(\theta^Tx^{(i)} - y^{(i)})^2",
        cost=_ASH_J,
        verdict="different",
        lets=_ASH_LETS,
        why="a real slip in the notes: the ½ of J is dropped in the middle step; Σ∂/∂θⱼ(θᵀx − y)² = "
        "2Σ(θᵀx − y)xⱼ, twice the gradient (the next line silently recovers the right result)",
    ),
    Answer(
        id="f23-ashish-dJ-first-step-unevaluated",
        source=ASHISH + " (the derivative's align*, first line, right of '&=')",
        text=r"\frac{\partial }{\partial {\theta}_j}\frac{1}{2}\Sigma_{i = 1}^{n}(h_{\theta}(x^{(i)}) - y^{(i)})^2",
        cost=_ASH_J,
        verdict="equivalent",
        lets=_ASH_LETS,
        why="the derivative written but not evaluated: ∂/∂θⱼ of J itself (x^{(i)} here, x^{i} in the cost: the "
        "same example)",
    ),
    Answer(
        id="f23-geis-grad-J-poisson-ascent",
        source=GEIS + " ('therefore the (batch) gradient is')",
        text=r"\nabla J = \frac{1}{m}\sum_{i=0}^m\left(y^{(i)} - e^{x^{(i)} \cdot \theta} \right)x^{(i)}",
        cost=_GEIS_J,
        verdict="equivalent",
        lets=(r"\eta^{(i)} = x^{(i)}\cdot\theta",),
        why="J is the mean log-likelihood (ascent), so ∇J = (1/m)Σ(y − e^{θᵀx})x, log y! drops out; component j "
        "carries xⱼ⁽ⁱ⁾; the same i = 0…m reading as the cost",
    ),
    Answer(
        id="f23-geis-grad-missing-x",
        source=GEIS + " (the ∇J display with the factor x⁽ⁱ⁾ dropped — a variant)",
        text=r"\frac{1}{m}\sum_{i=0}^m\left(y^{(i)} - e^{x^{(i)} \cdot \theta} \right)",
        cost=_GEIS_J,
        verdict="different",
        lets=(r"\eta^{(i)} = x^{(i)}\cdot\theta",),
        why="variant (missing xⱼ): ∂J/∂θⱼ needs the factor xⱼ⁽ⁱ⁾",
    ),
    Answer(
        id="f23-adsanvar-dL-dw0-fraction",
        source=ADSANVAR + " ('#### Partial Div of: $w_0$', the boxed (>) result after '$= ')",
        text=r"\frac{\sum_{\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n})}{N}",
        cost=_ADS_J,
        verdict="equivalent",
        wrt="w_0",
        why="no ½ in the cost, so the 2 stays: (2/N)Σ(w₀ + w₁xₙ − tₙ)",
    ),
    Answer(
        id="f23-adsanvar-dL-dw1-fraction",
        source=ADSANVAR + " ('#### Partial Div of: $w_1$', the boxed (>) result after '$= ')",
        text=r"\frac{\sum_{\forall_{n}} 2x_n (w_{0} + w_{1}x_n - t_{n})}{N}",
        cost=_ADS_J,
        verdict="equivalent",
        wrt="w_1",
    ),
    Answer(
        id="f23-adsanvar-dL-dw0-chain-step-star",
        source=ADSANVAR + " ('#### Partial Div of: $w_0$', the line before the result, after '$= ')",
        text=r"\frac{1}{N} *  \sum_{\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (1+ 0 - 0)",
        cost=_ADS_J,
        verdict="equivalent",
        wrt="w_0",
        why="the inner derivative written out term by term as (1 + 0 − 0); '*' is a product",
    ),
    Answer(
        id="f23-adsanvar-dL-dw1-chain-step-star",
        source=ADSANVAR + " ('#### Partial Div of: $w_1$', the line before the result, after '$= ')",
        text=r"\frac{1}{N} *  \sum_{\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (0+ x_n - 0)",
        cost=_ADS_J,
        verdict="equivalent",
        wrt="w_1",
    ),
    Answer(
        id="f23-adsanvar-dw0-formula-for-w1",
        source=ADSANVAR + " (the w₀ result given for w₁ — a variant)",
        text=r"\frac{\sum_{\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n})}{N}",
        cost=_ADS_J,
        verdict="different",
        wrt="w_1",
        why="variant (missing xₙ): ∂L₂/∂w₁ carries the factor xₙ",
    ),
    Answer(
        id="f23-ppppqp-goodfellow-grad-Jtilde",
        source=PPPPQP + " ('梯度为')",
        text=r"\nabla{w}\widetilde J(w; X,y) = \alpha w + \nabla_w J(w;X,y)",
        cost=_PPP_J,
        verdict="refuse",
        wrt="w_j",
        why="the cost's J is unspecified (see f23-ppppqp-goodfellow-Jtilde-unspecified-J), so there is nothing "
        "concrete to compare; ∇{w} is a typo for ∇_w",
    ),
    # ============================================================ plain text
    Answer(
        id="f23-viet-ridge-grad-plain",
        source=VIET_RIDGE + " ('**Gradient:**' code block)",
        text="∇f(w) = (1/n) X^T (Xw - y) + λw",
        cost=_VIET_J,
        verdict="equivalent",
        wrt="w_j",
        why="(1/2n)‖Xw − y‖² gives (1/n)Xᵀ(Xw − y); (λ/2)‖w‖² gives λw",
    ),
    Answer(
        id="f23-viet-ridge-grad-half-lambda",
        source=VIET_RIDGE + " (the gradient with the ½ of the penalty kept — a variant)",
        text="(1/n) X^T (Xw - y) + (λ/2)w",
        cost=_VIET_J,
        verdict="different",
        wrt="w_j",
        why="variant (kept ½): the 2 of ‖w‖² cancels the ½, the penalty's gradient is λw",
    ),
    # ============================================================ code
    Answer(
        id="f23-sihaoxu-octave-grad-columns",
        source=SIHAOXU + " (gradient=…)",
        text=_SIH_G,
        cost=_SIH_J,
        verdict="equivalent",
        wrt="w_j",
        why="xTr (d×n) times the transposed row of −yᵢe^{−yᵢwᵀxᵢ}/(1 + e^{−yᵢwᵀxᵢ}) is Σᵢ −yᵢxᵢσ(−yᵢwᵀxᵢ), the "
        "gradient of Σlog(1 + e^{−yᵢwᵀxᵢ}); .* and ./ group left to right",
    ),
    Answer(
        id="f23-sihaoxu-octave-grad-minus-dropped",
        source=SIHAOXU + " (gradient=… without its leading minus — a variant)",
        text="xTr*(yTr.*(exp(-yTr.*(w'*xTr)))./(1+exp(-yTr.*(w'*xTr))))'",
        cost=_SIH_J,
        verdict="different",
        wrt="w_j",
        why="variant (sign): minus the gradient",
    ),
    Answer(
        id="f23-hedax-octave-grad-probs",
        source=HEDAX + " (grad = … inside the Newton loop; probs from the line above it)",
        text="-(1/mm) * (X' * (probs .* Y))",
        cost=_HEDAX_J,
        verdict="equivalent",
        lets=_HEDAX_LETS,
        why="probs = 1/(1 + e^{margin}) = σ(−yᵢθᵀxᵢ): d/dθ log(1 + e^{−yθᵀx}) = −σ(−yθᵀx)·y·x, averaged over mm",
    ),
    Answer(
        id="f23-hedax-octave-grad-lost-1m",
        source=HEDAX + " (grad = … without (1/mm) — a variant)",
        text="-(X' * (probs .* Y))",
        cost=_HEDAX_J,
        verdict="different",
        lets=_HEDAX_LETS,
        why="variant (lost 1/m): ll is a mean, this is mm times its gradient",
    ),
    Answer(
        id="f23-logitpy-score-wrong-sign",
        source=LOGIT_PY + " (def logit_score: return …; L = … the line above it)",
        text="np.dot(y - L, X)",
        cost=_LOGIT_J,
        verdict="different",
        wrt="beta_j",
        lets=_LOGIT_LETS,
        why="a real mismatch: logit_score is the score Xᵀ(y − σ(Xβ)) of the log-likelihood, but the paired "
        "'logit_loglikelihood' returns the NEGATIVE log-likelihood, whose gradient is −Σ(1 − σ(qᵢzᵢ))qᵢxᵢ "
        "(= Xᵀ(σ − y) for 0/1 labels): opposite sign (and for non-binary y the q-form differs further)",
    ),
    Answer(
        id="f23-r-logistic-score-t-X",
        source=R_LOGIT1 + " (logistic_log_likelihood_grad: return (…); prob <- … the line above it)",
        text="t(X) %*% (y - prob)",
        cost=_R_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_R1_LETS,
        why="logistic(x) = exp(x)/(1+exp(x)) (the same file) is σ; Xᵀ(y − σ(Xβ)) is the gradient of the "
        "log-likelihood (the function that is maximised)",
    ),
    Answer(
        id="f23-r-logistic-score-pi-row",
        source=R_LOGIT2 + " (logistic_log_likelihood_grad: return (…); pi <- … the line above it)",
        text="t(y - pi) %*% X",
        cost=_R_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_R2_LETS,
        why="pi is a variable (σ(Xβ)), not π; (y − σ)ᵀX is the same gradient as a 1×p row",
    ),
    Answer(
        id="f23-r-logistic-score-nll-sign",
        source=R_LOGIT1 + " (logistic_log_likelihood_grad with (prob - y) — a variant)",
        text="t(X) %*% (prob - y)",
        cost=_R_J,
        verdict="different",
        wrt="beta_j",
        lets=_R1_LETS,
        why="variant (sign): Xᵀ(σ − y) is the gradient of the NEGATIVE log-likelihood; the cost here is the "
        "log-likelihood itself",
    ),
    Answer(
        id="f23-pillow-bernoulli-grad-df",
        source=PILLOW_BERN + " (dnegL = … in the nargout == 2 branch; f and df from the line above it)",
        text="X'*(df-Y)",
        cost=_BERN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_BERN_LETS,
        why="softplus's second output df is its derivative, σ(xproj) (the comment: 'evaluate log-normalizer & "
        "deriv'): Xᵀ(σ(Xw) − y)",
    ),
    Answer(
        id="f23-pillow-poisson-grad-lambda",
        source=PILLOW_POIS + " (dnegL = … in the nargout == 2 branch)",
        text="X' * (lambda - Y)",
        cost=_POIS_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_POIS_LETS,
        why="lambda = exp(Xw) is the rate: ∇ of −Σ(yz − e^z − log y!) is Xᵀ(e^{Xw} − y)",
    ),
    Answer(
        id="f23-pillow-poisson-grad-ascent-sign",
        source=PILLOW_POIS + " (dnegL = … with (Y - lambda) — a variant)",
        text="X' * (Y - lambda)",
        cost=_POIS_J,
        verdict="different",
        wrt="w_j",
        lets=_POIS_LETS,
        why="variant (sign): that is the log-likelihood's gradient, minus negL's",
    ),
]
