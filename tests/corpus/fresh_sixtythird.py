r"""A fresh held-out wave (f63): what a TA meets when gradients are typed, not typeset — a DeepLearning.AI forum
question with the asker's own dJ/dw, GitHub issue and pull-request threads about a wrong loss or gradient
(rasbt/machine-learning-book PR #104 and #241, google/jaxopt issue #9, dvgodoy/PyTorchStepByStep issue #21), a
student's study notes in Chinese with the gradients of a one-feature MSE, a plain-text blog note, and the code
and ``%``/``#`` comments of course solutions (Coursera ex2 in Octave and NumPy, a Cornell-style ridge, an EPFL
penalised logistic regression, an R course package, a neuroscience GLM with a typed ``d/dw [...] = ...`` comment).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses (each checked against
/tmp/p/used_sources.txt by address, repository and index file number):

* Q&A and threads: the DeepLearning.AI Course Q&A thread 'Week 3: Derivations of J(w,b) for Sigmoid Function'
  (stored copy in the Nemotron-CC-Math pages); google/jaxopt issue #9 (the example's ridge objective and the
  reporter's proposed one); rasbt/machine-learning-book PR #104 and PR #241 (LogisticRegressionGD's loss with the
  division by X.shape[0] applied to the second term only); dvgodoy/PyTorchStepByStep issue #21 (error written
  y − ŷ, the sign of the hand gradients);
* notes: public code index file 5670434955 (Chinese notes on dvgodoy's Chapter 0: ∂MSE/∂b, ∂MSE/∂w and the
  b_grad / w_grad code); ipeerbhai.wordpress.com 'notes on sigmoid functions' (a typed Octave gradient line);
* code: rasbt/machine-learning-book ch02/ch03 (AdalineGD's MSE, LogisticRegressionGD's loss); an autograd
  grad_OLS / grad_ridge pair (index file 39762973928, the ridge gradient's first term with the wrong sign);
  three Coursera ex2 costFunctionReg/lrCostFunction files (Octave index file 4253390360, shannonrush/Contests,
  yyDing1/NG-Machine-Learning before and after its fix of the θ₀ penalty); zrfanzy/EPFL_PCML's
  penLogisticRegression.m (g without the 2 and the 1/N of its L), with the costs of its logisticRegression.m and
  leastSquaresGD.m; AU-R-Data-Science/FinalProject-Group8's
  optimizing() (1/1+exp(...)); an R elastic-net file (index file 11224165415, abs); a MATLAB neglogli_gauss
  (index file 11779752305, identity and log links, with its typed gradient comments).

Names follow the sources: X, tX, X_tr and the notes' x are the design matrix Data.X (x_train and x_train_tensor the
one feature Data.x of a one-feature model); theta, beta, params, self.w_ are the weight vector; b and self.b_ the
intercept Data.b; y, y_tr, y_train, Y the labels Data.y; lambda, lam and (where the source spells it so) lmd the λ
(Data.lam). Octave's theta(1) is Data.theta[0]. Where a source gives no cost for an answer, ``why`` says which cost
it is graded against. About 40% of the answers are wrong; the real mistakes come first, the rest are one-slip
variants of real answers, marked "variant". Verdicts were worked out by hand and checked against finite
differences of the costs (/tmp/f63/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
RASBT_CH03 = (
    "https://github.com/rasbt/machine-learning-book/blob/35ab3774e8e249c43a98209d8efd94c060102003/ch03/ch03.py "
    "(class LogisticRegressionGD, fit(); the line https://github.com/rasbt/machine-learning-book/pull/241 'Fix loss "
    "calculation in LogisticRegressionGD' corrects"
)
RASBT_PR104 = (
    "https://github.com/rasbt/machine-learning-book/pull/104 ('All LogRegrGD loss function divided by X.shape[0]', "
    "commit cebb7a1, ch03/ch03.ipynb, LogisticRegressionGD.fit after the change"
)
RASBT_CH02 = (
    "https://github.com/rasbt/machine-learning-book/blob/35ab3774e8e249c43a98209d8efd94c060102003/ch02/ch02.py "
    "(class AdalineGD, fit()"
)
JAXOPT = (
    "https://github.com/google/jaxopt/issues/9 ('Wrong ridge_objective function in the ridge_reg_implicit_diff "
    "example'; examples/ridge_reg_implicit_diff.py at 2dda8c3"
)
WIECZOREK = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of the DeepLearning.AI Course Q&A "
    "thread 'Week 3: Derivations of J(w,b) for Sigmoid Function', Bernhard Wieczorek's question of May 30, 2023"
)
ZH = (
    "public code index file 5670434955 (Chinese study notes '# 梯度下降可视化' on Chapter 0 of dvgodoy's Deep Learning "
    "with PyTorch Step-by-Step, section '## 3. 计算梯度'; the index does not name its repository"
)
DVGODOY = (
    "https://github.com/dvgodoy/PyTorchStepByStep/issues/21 ('Chapter 01 - negative sign for gradients', the "
    "maintainer's comment: error = (y_train_tensor - yhat)"
)
AUTOGRAD = (
    "public code index file 39762973928 (Python, 'import autograd.numpy as np', def grad_OLS and def grad_ridge; "
    "the index does not name its repository"
)
IPEER = "https://ipeerbhai.wordpress.com/2016/02/14/notes-on-sigmoid-functions/ (blog note, the grad(gradCtr) line"
OCT_NESTED = (
    "public code index file 4253390360 (Octave, lrCostFunction with the nested functions lrCostFunction, "
    "gradientVector and regularizedGradientVector; the index does not name its repository"
)
SHANNON = "https://github.com/shannonrush/Contests/blob/9bdacdccb0134a0bc338d7097c2ed1ffbcd2e4ae/PQP/pqp/cost.m"
YYD_V1 = (
    "https://github.com/yyDing1/NG-Machine-Learning/blob/675b70f6e8735537ac35fee0280e08233efb123d/"
    "machine-learning-ex2/ex2/costFunctionReg.py (first version"
)
YYD_V2 = (
    "https://github.com/yyDing1/NG-Machine-Learning/blob/1a35b9234d0e6cc7835634147c8e01f34e04994a/"
    "machine-learning-ex2/ex2/costFunctionReg.py (after the fix"
)
ZRFANZY = "https://github.com/zrfanzy/EPFL_PCML/blob/39aec752a8a25e5557651eb76da6eba48a5c1de1/project1/penLogisticRegression.m"
ZRFANZY_LR = "https://github.com/zrfanzy/EPFL_PCML/blob/39aec752a8a25e5557651eb76da6eba48a5c1de1/project1/logisticRegression.m"
ZRFANZY_LS = "https://github.com/zrfanzy/EPFL_PCML/blob/02f8077f3287555c5ab03c9830021049fa8aa298/project1/leastSquaresGD.m"
GROUP8 = (
    "https://github.com/AU-R-Data-Science/FinalProject-Group8/blob/3c20e4ada53274b039abcaf6715ba9089e98e027/"
    "pacgroup8/R/initialfunction.R (optimizing <- function(X,y,beta)"
)
R_ELNET = (
    "public code index file 11224165415 (R, '#### NEG LIKELIHOOD + RIDGE + LASSO FUNCTION ####', "
    "compute_likelihood; the index does not name its repository"
)
GAUSS = (
    "public code index file 11779752305 (MATLAB, function [nll, grad] = neglogli_gauss(w, X, y, L2op, link); the "
    "index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _rasbt_loss_partial_division(d):
    p = sig(d.X @ d.w + d.b)
    return float(-(d.y @ np.log(p)) - ((1 - d.y) @ np.log(1 - p)) / d.m)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _adaline_mse_w_b(d):
    e = d.y - (d.X @ d.w + d.b)
    return float(np.mean(e**2))


def _jaxopt_mean(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.mean(r**2)) + 0.5 * d.lam * float(np.sum(d.w**2))


def _jaxopt_sum(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.sum(r**2)) + 0.5 * d.lam * float(np.sum(d.w**2))


def _reg_logistic_skip_first(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_logistic_all(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(t @ t)


def _zrfanzy_L(d):
    z = d.X @ d.beta
    ll = float(d.y @ z) - float(np.sum(np.log(1 + np.exp(z))))
    return (-ll + d.lam * float(d.beta @ d.beta)) / d.m


def _mean_nll_beta(d):
    z = d.X @ d.beta
    return -(float(d.y @ z) - float(np.sum(np.log(1 + np.exp(z))))) / d.m


def _half_mean_sq_beta(d):
    e = d.y - d.X @ d.beta
    return float(e @ e) / 2 / d.m


def _half_sq_w(d):
    r = d.y - d.X @ d.w
    return 0.5 * float(r @ r)


def _half_sq_exp_w(d):
    r = d.y - np.exp(d.X @ d.w)
    return 0.5 * float(r @ r)


# ------------------------------------------------------------------ texts the items share
_RASBT_LETS = (
    "output = self.activation(net_input)",
    "net_input = np.dot(X, self.w_) + self.b_",
    "self.activation(z) = 1. / (1. + np.exp(-np.clip(z, -250, 250)))",
)
_RASBT_WHY = (
    "X is the n_examples × n_features design matrix (Data.X), self.w_ the weights (w), self.b_ the bias (b), y the "
    "0/1 labels; net_input(X) and activation(z) are the class's methods written as definitions; np.clip(z, -250, "
    "250) only guards exp against overflow and is the identity for every z a cost is evaluated at here"
)
_RASBT_BUGGY = "-y.dot(np.log(output)) - ((1 - y).dot(np.log(1 - output))) / X.shape[0]"

_JAXOPT_LETS = ("residuals = jnp.dot(X_tr, params) - y_tr",)
_JAXOPT_WHY = (
    "X_tr is the design matrix (Data.X), y_tr the targets (Data.y), params the coefficient vector (drawn as "
    "Data.w), lam the ridge λ (Data.lam)"
)

_WZ_LOGISTIC_COST = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}"
    r"\right)\right]"
)
_WZ_LINEAR_COST = r"J(w,b) = \sum[((wx+b)-y)^2]"
_WZ_WHY = (
    "the one-feature model of the course's week 1–3 (x the one feature, Data.x; w the scalar weight, b the bias); "
    "∑ runs over the examples"
)

_ZH_MSE = r"\text{MSE}=\frac{1}{n}\sum_{i=1}^n(b+wx_i-y_i)^2"
_ZH_HAT = (r"\hat{y}_i=b+wx_i",)
_ZH_WHY = (
    "the notes' one-feature model ŷ = b + wx (x_i the one feature, Data.x; w the scalar slope, b the intercept; n "
    "the number of points); ŷᵢ = b + wxᵢ is read off their MSE chain (1/n)Σ(ŷᵢ − yᵢ)² = (1/n)Σ(b + wxᵢ − yᵢ)²"
)
_ZH_CODE_COST = "(error ** 2).mean()"
_ZH_CODE_LETS = ("error = (yhat - y_train)", "yhat = b + w * x_train")
_ZH_CODE_WHY = (
    "the notes' code: loss = (error ** 2).mean() with error = (yhat - y_train), yhat = b + w * x_train (x_train the "
    "one feature, Data.x; w, b scalars)"
)
_DV_LETS = ("error = (y_train_tensor - yhat)", "yhat = b + w * x_train_tensor")
_DV_WHY = (
    "the issue's comment defines error = (y_train_tensor - yhat) with loss = (error ** 2).mean() (the same MSE, the "
    "square hides the sign) and lets autograd take the gradient; combined here with the book's hand-written b_grad "
    "and w_grad lines, which assume error = yhat - y"
)

_AUTOGRAD_MSE = "np.mean((X @ theta - y)**2)"
_AUTOGRAD_RIDGE = "np.mean((X @ theta - y)**2) + lam*np.sum(theta**2)"
_AUTOGRAD_WHY = (
    "the file gives no cost: grad_OLS's (2/n)Xᵀ(Xθ − y) is the gradient of the mean squared error, so both are "
    "graded against the MSE (1/n)‖Xθ − y‖², plus lmb‖θ‖² for grad_ridge (whose 2*lmb*theta fits that penalty); X the "
    "design matrix (Data.X), theta the coefficients, n = y.shape[0]; the let lmb = lam is the grader's (lmb is the "
    "ridge strength passed to grad_ridge)"
)

_NG_WHY_J1 = (
    "graded against Coursera ex2's regularized cost (the 'logistic-l2' preset: mean cross-entropy plus "
    "λ/(2m)Σ_{j≥1}θ_j², θ₀ unpenalised); gradCtr runs from 2 to the end of theta (Octave), i.e. the items' θ_j, "
    "j ≥ 1; sigX = sigmoid(X*theta), X the design matrix, m examples"
)

_OCT_NESTED_COST = (
    "J = (- 1/trainingExamples)*(y'*log(estimatedResults)+(1- y)'*log(1-estimatedResults))+"
    "(lambda/(2*trainingExamples))*(sum(theta.^ 2)-theta(1)^ 2);"
)
_OCT_NESTED_LETS = ("estimatedResults = sigmoid(X * theta)", "trainingExamples = length(y)")
_OCT_NESTED_GRAD_LETS = (
    "gradientVector(theta, X, y) = (1 / trainingExamples) * (X' * (sigmoid(X * theta) - y))",
    "trainingExamples = length(y)",
)
_OCT_NESTED_WHY = (
    "sum(theta.^2) - theta(1)^2 is Σ_{j≥2}θ_j² (Octave's theta(1) = Data.theta[0] unpenalised); X the design "
    "matrix (Data.X), trainingExamples = m"
)

_SHANNON_COST = "J =(1/m)*sum(-y.*log(h) - (1-y).*log(1-h))+(lambda/(2*m))*norm(theta([2:end]))^2;"
_SHANNON_LETS = ("h = sigmoid(z)", "z = X * theta", "m = length(y)")
_SHANNON_WHY = (
    "norm(theta([2:end]))^2 is Σ_{j≥2}θ_j² (theta(1) = Data.theta[0] unpenalised); X the design matrix (Data.X)"
)

_YYD_V1_LETS = (
    "loss = -(y @ np.log(sigmoid(X @ theta)) + (1 - y) @ np.log(1 - sigmoid(X @ theta))) / m",
    "reg = lmd / (2 * m) * theta @ theta",
    "m = y.size",
)
_YYD_V2_LETS = (
    "loss = -(y @ np.log(sigmoid(X @ theta)) + (1 - y) @ np.log(1 - sigmoid(X @ theta))) / m",
    "reg = lmd / (2 * m) * theta[1:] @ theta[1:]",
    "m = y.size",
)
_YYD_WHY = (
    "cost = loss + reg in cost_function_reg(theta, X, y, lmd); X the design matrix with the ones column first "
    "(Data.X), theta the coefficients, lmd the λ (Data.lam)"
)

_ZRFANZY_COST = "L = (y)' * tX * beta - sum(log(1 + exp(tX * beta)));\n    L = -L + lambda * ((beta)'*beta);\n    L = L/N;"
_ZRFANZY_LETS = ("N = length(y)",)
_ZRFANZY_WHY = (
    "tX is the design matrix (Data.X), beta the coefficients, y the 0/1 labels, N = m: "
    "L = (−Σ[yᵢxᵢᵀβ − log(1 + e^{xᵢᵀβ})] + λβᵀβ)/N, the mean negative log-likelihood plus λβᵀβ/N"
)
_ZRFANZY_G = "g =  (tX)' * (exp(tX*beta)./(1 + exp(tX*beta)) - y);\n    g = g + lambda *beta;"

_GAUSS_COST = "nll = 0.5 * sum(residuals.^2);"
_GAUSS_ID_LETS = ("residuals = y - mu", "mu = Xw", "Xw = X * w")
_GAUSS_LOG_LETS = ("residuals = y - mu", "mu = exp(Xw)", "Xw = X * w")
_GAUSS_WHY = (
    "X is the n_bins × n_features design matrix (Data.X), w the weights, y the responses; the L2op penalty defaults "
    "to 0 and is left out"
)
_GAUSS_LOG_WHY = (
    _GAUSS_WHY + "; in the 'log' branch the file first clips Xw = max(min(Xw, 50), -50) against overflow, left out "
    "here (inactive for |xᵢᵀw| < 50): nll = ½Σ(yᵢ − e^{xᵢᵀw})²"
)


COSTS: list[Cost] = [
    # ============================================================ issue and pull-request threads
    Cost(
        id="f63-rasbt-ch03-loss-division-on-second-term-only",
        source=RASBT_CH03 + "; loss =)",
        text=_RASBT_BUGGY,
        intended=_rasbt_loss_partial_division,
        wrt=("w_j", "b"),
        lets=_RASBT_LETS,
        why="read as written (the bug PR #241 fixes): Python's / binds to the second dot product only, so the cost "
        "is −Σyᵢ log σᵢ − (1/m)Σ(1 − yᵢ) log(1 − σᵢ), m = X.shape[0]; " + _RASBT_WHY,
    ),
    Cost(
        id="f63-rasbt-ch03-loss-whole-bracket-divided",
        source=RASBT_PR104 + "; loss =)",
        text="(-y.dot(np.log(output)) - (1 - y).dot(np.log(1 - output))) / X.shape[0]",
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_RASBT_LETS,
        why="after PR #104 the bracket is divided as a whole: the mean cross-entropy; " + _RASBT_WHY,
    ),
    Cost(
        id="f63-rasbt-ch02-adaline-mse",
        source=RASBT_CH02 + "; loss =)",
        text="(errors**2).mean()",
        intended=_adaline_mse_w_b,
        wrt=("w_j", "b"),
        lets=("errors = (y - output)", "output = self.activation(net_input)",
              "net_input = np.dot(X, self.w_) + self.b_", "self.activation(X) = X"),
        why="Adaline's activation is the identity ('Compute linear activation'), so the loss is the mean squared "
        "error (1/m)Σ(yᵢ − xᵢᵀw − b)²; X the design matrix (Data.X), self.w_ the weights (w), self.b_ the bias (b)",
    ),
    Cost(
        id="f63-jaxopt-9-ridge-objective-mean",
        source=JAXOPT + ", def ridge_objective)",
        text="0.5 * jnp.mean(residuals ** 2) + 0.5 * lam * jnp.sum(params ** 2)",
        intended=_jaxopt_mean,
        wrt=("params_j",),
        lets=_JAXOPT_LETS,
        why="½·mean of the squared residuals plus ½λ‖params‖² (the maintainer: the mean 'is pretty standard as "
        "well'); " + _JAXOPT_WHY,
    ),
    Cost(
        id="f63-jaxopt-9-ridge-objective-sum-proposed",
        source=JAXOPT + ", the reporter's 'the ridge objective should be')",
        text="0.5 * jnp.sum(residuals ** 2) + 0.5 * lam * jnp.sum(params ** 2)",
        intended=_jaxopt_sum,
        wrt=("params_j",),
        lets=_JAXOPT_LETS,
        why="the reporter's version, with the paper's sum: ½‖X_tr·params − y_tr‖² + ½λ‖params‖²; " + _JAXOPT_WHY,
    ),
    # ============================================================ course code
    Cost(
        id="f63-octave-lrcost-nested-sum-minus-theta1-squared",
        source=OCT_NESTED + ", function J = lrCostFunction(theta, X, y))",
        text=_OCT_NESTED_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_OCT_NESTED_LETS,
        why=_OCT_NESTED_WHY,
    ),
    Cost(
        id="f63-shannonrush-pqp-cost-norm-squared",
        source=SHANNON + " (J =)",
        text=_SHANNON_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_SHANNON_LETS,
        why=_SHANNON_WHY,
    ),
    Cost(
        id="f63-yyding1-ex2-reg-cost-penalises-theta0",
        source=YYD_V1 + "; cost = loss + reg)",
        text="loss + reg",
        intended=_reg_logistic_all,
        wrt=("theta_j",),
        lets=_YYD_V1_LETS,
        why="the first version penalises every θ_j, θ₀ included (theta @ theta): the mean cross-entropy plus "
        "λ/(2m)θᵀθ; " + _YYD_WHY,
    ),
    Cost(
        id="f63-yyding1-ex2-reg-cost-skips-theta0",
        source=YYD_V2 + "; cost = loss + reg)",
        text="loss + reg",
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_YYD_V2_LETS,
        why="after the fix theta[1:] leaves θ₀ out of the penalty: ex2's regularized cost; " + _YYD_WHY,
    ),
    Cost(
        id="f63-zrfanzy-penlogistic-L-three-lines",
        source=ZRFANZY + " (% cost function, L =)",
        text=_ZRFANZY_COST,
        intended=_zrfanzy_L,
        wrt=("beta_j",),
        lets=_ZRFANZY_LETS,
        why="three assignments to L, read in order; " + _ZRFANZY_WHY,
    ),
    Cost(
        id="f63-zrfanzy-logistic-L-with-trailing-comments",
        source=ZRFANZY_LR + " (% cost function, L =)",
        text="L = (y)' * tX * beta - sum(log(1 + exp(tX * beta))); % log likelyhood of beta\n"
        "    L = -L ; % negetaive as cost function\n    L = L/N;",
        intended=_mean_nll_beta,
        wrt=("beta_j",),
        lets=_ZRFANZY_LETS,
        why="three assignments to L with the author's trailing % comments (typos kept), read in order: the mean "
        "negative log-likelihood −(1/N)Σ[yᵢxᵢᵀβ − log(1 + e^{xᵢᵀβ})]; tX the design matrix (Data.X), N = m",
    ),
    Cost(
        id="f63-zrfanzy-least-squares-L-e-over-2-over-N",
        source=ZRFANZY_LS + " (% MSE, L =)",
        text="L = e' * e / 2 / N;",
        intended=_half_mean_sq_beta,
        wrt=("beta_j",),
        lets=("e = y - tX * beta", "N = length(y)"),
        why="left to right, e'e/2/N = ‖y − Xβ‖²/(2N); tX the design matrix (Data.X), N = m",
    ),
    Cost(
        id="f63-gauss-glm-nll-identity-link",
        source=GAUSS + ", case 'identity' and nll =)",
        text=_GAUSS_COST,
        intended=_half_sq_w,
        wrt=("w_j",),
        lets=_GAUSS_ID_LETS,
        why="identity link: ½‖y − Xw‖²; " + _GAUSS_WHY,
    ),
    Cost(
        id="f63-gauss-glm-nll-log-link",
        source=GAUSS + ", case 'log' and nll =)",
        text=_GAUSS_COST,
        intended=_half_sq_exp_w,
        wrt=("w_j",),
        lets=_GAUSS_LOG_LETS,
        why="log link: " + _GAUSS_LOG_WHY,
    ),
    # ============================================================ refusals
    Cost(
        id="f63-group8-optimizing-one-over-one-plus-exp",
        source=GROUP8 + ", the prob[i] and b[i] loops)",
        text="for (i in 1:n){\n    prob[i]<-1/1+exp(t(-X[i,])%*%beta)\n  }\n\n  for (i in 1:n){\n"
        "    b[i]<-(-y[i]*log(prob[i])-(1-y[i])*log(1-prob[i]))\n  }\n  return(sum(b))",
        intended=None,
        wrt=("beta_j",),
        lets=("n=length(y)",),
        expect="refuse",
        why="R reads 1/1+exp(...) as 1 + e^{−xᵢᵀβ}, which is above 1, so log(1-prob[i]) is the log of a negative "
        "number for every β: the text written is no real-valued cost (the σ it means needs 1/(1+exp(...))); "
        "repairing the bracket silently would grade a function the code does not compute",
    ),
    Cost(
        id="f63-r-elnet-compute-likelihood-abs",
        source=R_ELNET + ", likelihood =)",
        text="likelihood        =  sum(ell) + lmb1 * sum(abs(beta)) + (lmb2 / 2) * sum(beta^2)",
        intended=None,
        wrt=("beta_j",),
        lets=("ell               =  -y * X_beta + log(1 + exp(X_beta))", "X_beta            =  X %*% beta"),
        expect="refuse",
        why="abs: the lasso term lmb1·Σ|β_j| is not differentiable where a β_j is 0 (the file's own "
        "compute_gradient covers only the ridge part and uses a proximal step for the rest)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f63-wieczorek-dJdw-sum-f-minus-y-x-for-his-J",
        source=WIECZOREK + ": 'logistic gradient descent looks the same like linear gradient descent … dJ/dw =')",
        text=r"\frac{dJ}{dw} = \sum[(f(x)-y)x]",
        cost=_WZ_LOGISTIC_COST,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="the J he writes for logistic regression has lost the course's leading minus: it is the log-likelihood "
        "Σ[y log f + (1 − y) log(1 − f)], whose dJ/dw is Σ(y − f)x, the negative of Σ(f − y)x; f is the sigmoid "
        "model of the thread ('only with a different function f'); " + _WZ_WHY,
    ),
    Answer(
        id="f63-wieczorek-linear-J-prime-without-sum",
        source=WIECZOREK + ": 'For the linear cost function … I understand that J' =')",
        text="J' = 2((wx+b)-y)x",
        cost=_WZ_LINEAR_COST,
        verdict="different",
        wrt="w",
        why="the chain rule is applied to one term: J sums over the examples, so ∂J/∂w = Σ2((wxᵢ + b) − yᵢ)xᵢ, and "
        "the Σ is dropped; " + _WZ_WHY,
    ),
    Answer(
        id="f63-zh-notes-dMSE-db-aligned",
        source=ZH + ", the first aligned block)",
        text=r"\begin{aligned}" "\n"
        r"    \frac{\partial\text{MSE}}{\partial b}&=\frac{1}{n}\sum_{i=1}^n 2(b+wx_i-y_i)\\" "\n"
        r"    &=\frac{2}{n}\sum_{i=1}^n(\hat{y}_i-y_i)" "\n"
        r"\end{aligned}",
        cost=_ZH_MSE,
        verdict="equivalent",
        wrt="b",
        lets=_ZH_HAT,
        why="both lines are (2/n)Σ(b + wxᵢ − yᵢ); " + _ZH_WHY,
    ),
    Answer(
        id="f63-zh-notes-dMSE-dw-aligned",
        source=ZH + ", the second aligned block)",
        text=r"\begin{aligned}" "\n"
        r"    \frac{\partial\text{MSE}}{\partial w}&=\frac{1}{n}\sum_{i=1}^n 2(b+wx_i-y_i)x_i\\" "\n"
        r"    &=\frac{2}{n}\sum_{i=1}^n x_i(\hat{y}_i-y_i)" "\n"
        r"\end{aligned}",
        cost=_ZH_MSE,
        verdict="equivalent",
        wrt="w",
        lets=_ZH_HAT,
        why="both lines are (2/n)Σ(b + wxᵢ − yᵢ)xᵢ; " + _ZH_WHY,
    ),
    Answer(
        id="f63-zh-notes-b-grad-code",
        source=ZH + ", '计算梯度：' code block)",
        text="b_grad = 2 * error.mean()",
        cost=_ZH_CODE_COST,
        verdict="equivalent",
        wrt="b",
        lets=_ZH_CODE_LETS,
        why=_ZH_CODE_WHY,
    ),
    Answer(
        id="f63-zh-notes-w-grad-code",
        source=ZH + ", '计算梯度：' code block)",
        text="w_grad = 2 * (x_train * error).mean()",
        cost=_ZH_CODE_COST,
        verdict="equivalent",
        wrt="w",
        lets=_ZH_CODE_LETS,
        why=_ZH_CODE_WHY,
    ),
    Answer(
        id="f63-autograd-grad-ols",
        source=AUTOGRAD + ", grad_OLS's grad_fun)",
        text="(2.0/n) * X.T @ (X @ theta - y)",
        cost=_AUTOGRAD_MSE,
        verdict="equivalent",
        wrt="theta_j",
        lets=("n = y.shape[0]",),
        why=_AUTOGRAD_WHY,
    ),
    Answer(
        id="f63-autograd-grad-ridge-minus-on-data-term",
        source=AUTOGRAD + ", grad_ridge's grad_fun)",
        text="-(2.0/n) * X.T @ (X @ theta - y) + 2*lmb*theta",
        cost=_AUTOGRAD_RIDGE,
        verdict="different",
        wrt="theta_j",
        lets=("n = y.shape[0]", "lmb = lam"),
        why="the data term has the wrong sign: −(2/n)Xᵀ(Xθ − y) = (2/n)Xᵀ(y − Xθ) points uphill for the squared "
        "error, unlike grad_OLS just above it; " + _AUTOGRAD_WHY,
    ),
    Answer(
        id="f63-ipeerbhai-grad-gradctr",
        source=IPEER + ")",
        text="grad(gradCtr) = 1/m * ((sigX-y)’ * X(:,gradCtr)) + lambda/m*theta(gradCtr);",
        cost="logistic-l2",
        verdict="equivalent",
        wrt="theta_j",
        lets=("sigX = sigmoid(X*theta)",),
        why="(1/m)(σ − y)ᵀX(:, j) + (λ/m)θ_j; the typographic ’ (the blog's quote mark) is Octave's transpose; "
        + _NG_WHY_J1,
    ),
    Answer(
        id="f63-octave-lrcost-regularized-gradient-vector",
        source=OCT_NESTED + ", function gradient = regularizedGradientVector(theta, X, y))",
        text="gradient = gradientVector(theta, X, y);\n    modifiedHypothesis = (lambda / trainingExamples) * theta;\n"
        "    modifiedHypothesis(1) = 0;\n    gradient = gradient + modifiedHypothesis;",
        cost=_OCT_NESTED_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(*_OCT_NESTED_GRAD_LETS, *_OCT_NESTED_LETS[:1]),
        why="(1/m)Xᵀ(σ − y) plus (λ/m)θ with its first entry set to 0 (the misnamed modifiedHypothesis is the "
        "penalty's gradient); " + _OCT_NESTED_WHY,
    ),
    Answer(
        id="f63-shannonrush-pqp-grad-regular",
        source=SHANNON + " (regular = … grad =)",
        text="regular = lambda/m .* theta;\nregular(1) = 0; \n\ngrad = (1/m).*X' * (h-y) + regular;",
        cost=_SHANNON_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SHANNON_LETS,
        why="(1/m)Xᵀ(h − y) plus (λ/m)θ with theta(1)'s entry zeroed; " + _SHANNON_WHY,
    ),
    Answer(
        id="f63-yyding1-ex2-grad-v1-own-cost",
        source=YYD_V1 + "; grad += …)",
        text="1 / m * X.T @ (sigmoid(X @ theta) - y) + lmd / m * theta",
        cost="loss + reg",
        verdict="equivalent",
        wrt="theta_j",
        lets=_YYD_V1_LETS,
        why="against the first version's own cost (θ₀ penalised too) the gradient is consistent: "
        "(1/m)Xᵀ(σ − y) + (λ/m)θ; " + _YYD_WHY,
    ),
    Answer(
        id="f63-yyding1-ex2-grad-v1-against-ex2-cost",
        source=YYD_V1 + "; grad += …, graded against the cost of the fixed version)",
        text="1 / m * X.T @ (sigmoid(X @ theta) - y) + lmd / m * theta",
        cost="loss + reg",
        verdict="different",
        wrt="theta_j",
        lets=_YYD_V2_LETS,
        why="ex2 leaves θ₀ out of the penalty (the repository's later commit: theta[1:] in reg and "
        "np.insert(theta[1:], 0, 0) in grad); the first version's gradient adds (λ/m)θ₀ to the θ₀ component; "
        + _YYD_WHY,
    ),
    Answer(
        id="f63-yyding1-ex2-grad-v2-insert-zero",
        source=YYD_V2 + "; grad += …)",
        text="1 / m * X.T @ (sigmoid(X @ theta) - y) + lmd / m * np.insert(theta[1:], 0, 0)",
        cost="loss + reg",
        verdict="equivalent",
        wrt="theta_j",
        lets=_YYD_V2_LETS,
        why="np.insert(theta[1:], 0, 0) is θ with its first entry replaced by 0; " + _YYD_WHY,
    ),
    Answer(
        id="f63-zrfanzy-penlogistic-g-no-2-no-N",
        source=ZRFANZY + " (% compute gradient:, g =)",
        text=_ZRFANZY_G,
        cost=_ZRFANZY_COST,
        verdict="different",
        wrt="beta_j",
        lets=_ZRFANZY_LETS,
        why="L's gradient is (Xᵀ(σ − y) + 2λβ)/N; g lacks the 1/N on both terms and has λβ for the 2λβ of λβᵀβ "
        "(the Newton step d = H\\g is not even scale-free here, since H's λI has no 2 and lambdaI(1,1) = 0 skips β₁); "
        + _ZRFANZY_WHY,
    ),
    Answer(
        id="f63-gauss-glm-identity-comment",
        source=GAUSS + ", case 'identity', '% gradient contribution:')",
        text="-X' * residuals = X' * (mu - y)",
        cost=_GAUSS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_GAUSS_ID_LETS,
        why="a typed comment, two equal forms of −Xᵀ(y − Xw); " + _GAUSS_WHY,
    ),
    Answer(
        id="f63-gauss-glm-identity-code",
        source=GAUSS + ", case 'identity', grad_data =)",
        text="grad_data = -X' * residuals;",
        cost=_GAUSS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_GAUSS_ID_LETS,
        why=_GAUSS_WHY,
    ),
    Answer(
        id="f63-gauss-glm-log-link-comment",
        source=GAUSS + ", case 'log', '% gradient:')",
        text="d/dw [0.5 * (y - exp(Xw))^2] = -(y - exp(Xw)) * exp(Xw) * X",
        cost=_GAUSS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_GAUSS_LOG_LETS,
        why="the typed comment, read per example and summed as nll sums: −Σ(yᵢ − e^{xᵢᵀw})e^{xᵢᵀw}xᵢ (the next "
        "comment line and the code write it −Xᵀ(residuals .* mu)); " + _GAUSS_LOG_WHY,
    ),
    Answer(
        id="f63-gauss-glm-log-link-code",
        source=GAUSS + ", case 'log', grad_data =)",
        text="grad_data = -X' * (residuals .* mu);",
        cost=_GAUSS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_GAUSS_LOG_LETS,
        why=_GAUSS_LOG_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f63-dvgodoy-21-b-grad-with-error-y-minus-yhat",
        source=DVGODOY + "; variant: the book's b_grad line with that error)",
        text="b_grad = 2 * error.mean()",
        cost=_ZH_CODE_COST,
        verdict="different",
        wrt="b",
        lets=_DV_LETS,
        why="variant: with error = y − ŷ, 2·mean(error) is −∂MSE/∂b; " + _DV_WHY,
    ),
    Answer(
        id="f63-dvgodoy-21-w-grad-with-error-y-minus-yhat",
        source=DVGODOY + "; variant: the book's w_grad line with that error)",
        text="w_grad = 2 * (x_train_tensor * error).mean()",
        cost=_ZH_CODE_COST,
        verdict="different",
        wrt="w",
        lets=_DV_LETS,
        why="variant: with error = y − ŷ, 2·mean(x·error) is −∂MSE/∂w; x_train_tensor is the one feature (Data.x); "
        + _DV_WHY,
    ),
    Answer(
        id="f63-zh-notes-dMSE-dw-one-over-n",
        source=ZH + "; variant: 2/n written 1/n)",
        text=r"\frac{\partial\text{MSE}}{\partial w}=\frac{1}{n}\sum_{i=1}^n x_i(\hat{y}_i-y_i)",
        cost=_ZH_MSE,
        verdict="different",
        wrt="w",
        lets=_ZH_HAT,
        why="variant: the MSE has no ½, so the 2 of the square stays: half the gradient; " + _ZH_WHY,
    ),
    Answer(
        id="f63-wieczorek-dJdw-with-minus",
        source=WIECZOREK + "; variant: the minus his J calls for)",
        text=r"\frac{dJ}{dw} = -\sum[(f(x)-y)x]",
        cost=_WZ_LOGISTIC_COST,
        verdict="equivalent",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="variant: for the log-likelihood he wrote, dJ/dw = Σ(y − f)x = −Σ(f − y)x; " + _WZ_WHY,
    ),
    Answer(
        id="f63-autograd-grad-ridge-sign-fixed",
        source=AUTOGRAD + "; variant: the leading minus dropped)",
        text="(2.0/n) * X.T @ (X @ theta - y) + 2*lmb*theta",
        cost=_AUTOGRAD_RIDGE,
        verdict="equivalent",
        wrt="theta_j",
        lets=("n = y.shape[0]", "lmb = lam"),
        why="variant: grad_OLS plus 2·lmb·θ; " + _AUTOGRAD_WHY,
    ),
    Answer(
        id="f63-ipeerbhai-grad-gradctr-lambda-over-2m",
        source=IPEER + "; variant: lambda/(2*m))",
        text="grad(gradCtr) = 1/m * ((sigX-y)’ * X(:,gradCtr)) + lambda/(2*m)*theta(gradCtr);",
        cost="logistic-l2",
        verdict="different",
        wrt="theta_j",
        lets=("sigX = sigmoid(X*theta)",),
        why="variant: the ½ of the penalty λ/(2m)Σθ_j² cancels against the square's 2, leaving λ/m; " + _NG_WHY_J1,
    ),
    Answer(
        id="f63-octave-lrcost-regularized-gradient-vector-theta1-kept",
        source=OCT_NESTED + "; variant: modifiedHypothesis(1) = 0 left out)",
        text="gradient = gradientVector(theta, X, y);\n    modifiedHypothesis = (lambda / trainingExamples) * theta;\n"
        "    gradient = gradient + modifiedHypothesis;",
        cost=_OCT_NESTED_COST,
        verdict="different",
        wrt="theta_j",
        lets=(*_OCT_NESTED_GRAD_LETS, *_OCT_NESTED_LETS[:1]),
        why="variant: theta(1) is not in the penalty, so its component must not get (λ/m)θ₁; " + _OCT_NESTED_WHY,
    ),
    Answer(
        id="f63-shannonrush-pqp-grad-regular-no-m",
        source=SHANNON + "; variant: regular = lambda .* theta)",
        text="regular = lambda .* theta;\nregular(1) = 0; \n\ngrad = (1/m).*X' * (h-y) + regular;",
        cost=_SHANNON_COST,
        verdict="different",
        wrt="theta_j",
        lets=_SHANNON_LETS,
        why="variant: the penalty λ/(2m)Σθ_j² gives (λ/m)θ_j, not λθ_j; " + _SHANNON_WHY,
    ),
    Answer(
        id="f63-zrfanzy-penlogistic-g-fixed",
        source=ZRFANZY + "; variant: 2*lambda and /N put in)",
        text="g =  (tX)' * (exp(tX*beta)./(1 + exp(tX*beta)) - y);\n    g = (g + 2 * lambda *beta)/N;",
        cost=_ZRFANZY_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_ZRFANZY_LETS,
        why="variant: exp(z)/(1 + exp(z)) is σ(z), so this is (Xᵀ(σ − y) + 2λβ)/N; " + _ZRFANZY_WHY,
    ),
    Answer(
        id="f63-gauss-glm-log-link-code-exp-factor-dropped",
        source=GAUSS + "; variant: the identity branch's line reused in the log branch)",
        text="grad_data = -X' * residuals;",
        cost=_GAUSS_COST,
        verdict="different",
        wrt="w_j",
        lets=_GAUSS_LOG_LETS,
        why="variant: with μ = e^{Xw} the chain rule brings the factor μᵢ (∂μᵢ/∂w = μᵢxᵢ), which this drops; "
        + _GAUSS_LOG_WHY,
    ),
]
