r"""A fresh held-out wave (f14): course code and notes in R, Julia, Octave/MATLAB and NumPy, and LaTeX notes.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* R (about a quarter): a student's regularised linear regression with ``theta[-1]`` and ``c(1, theta[-1])``, a
  Jekyll/R-markdown blog post whose vectorised cost reads ``(1/2*length(y))`` (R precedence: m/2, not 1/(2m)),
  a gradient-descent script copied from an RPubs page, a Masters project's ``lmf``/``lmgrad`` with ``ndata``;
* Julia: a course's Poisson log-likelihood written with ``logpdf.(Poisson.(exp.(X*β)), y)``;
* Octave/MATLAB: a CTU homework with labels in {−1, +1} and examples in the COLUMNS of X, Murphy's pmtk
  ``logregNLLgradHess``, pnopt's ``FastLogisticLossSimple`` (y01 = (y+1)/2), a Poisson GLM ``neglogli_poiss``,
  an ex5Log Newton script with MATLAB's left division ``m \ sum(…)`` and a ``...`` continuation, multi-line
  costs, a student's squared-error-of-a-sigmoid cost whose gradient forgets σ′;
* NumPy: a from-scratch class file (logistic, linear, ridge, lasso) whose ridge loss has no λ but whose gradient
  does;
* LaTeX: a Chinese-English markdown note (``logh_\theta`` glued, sums from i = 0 to n), the R blog post's
  displays (a cost with no example index at all, ``x^{i}`` for x⁽ⁱ⁾, ``\vec{y}``), ML-Review notes with
  ``\pmb{\beta}`` and a missing transpose, a math Q&A page on ridge with Unicode − and λ inside the LaTeX and a
  typo ``X^T\beta``, RegReg's Poisson tutorial with ``\mbox{exp}``.

About 40 % of the answers are wrong; most wrong ones are REAL (a gradient with λ for a cost without it, an
intercept penalised by ``c(1, …)``, a gradient that is right for the intended cost but wrong for the cost the
same file actually computes, a dropped σ′, Xᵀβ for Xβ, Xy for Xᵀy, one example's term for the whole sum); the
rest are single-slip variants of real answers, marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``). ``lets`` are the same source's lines, verbatim (R's ``<-`` and Octave's
trailing ``;`` kept, a trailing ``% comment`` dropped); where the source defines a name by a one-line function
(``hypothesis <- function(x, theta) { x %*% theta }``, ``def predict(self, X): return (X @ self.W) + self.b``)
the let is written ``NAME = body`` with the body verbatim, as ``why`` says. Files of the public code index whose
repository the index does not name are cited by the index's file id and the file's own heading or function names.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
CTU_LOSS = "github:palomikula/CTU-projects:RPZ/hw6/logistic_loss.m"
CTU_GRAD = "github:palomikula/CTU-projects:RPZ/hw6/logistic_loss_gradient.m"
CLASSES = (
    "GitHub Python file with 'class BinaryLogisticRegression()', 'class LinearRegression()', "
    "'class LassoRegression(LinearRegression)', 'class RidgeRegression(LinearRegression)' (public code index file "
    "47156278792; the index names no repository)"
)
PMTK = "github:probml/pmtk1:pmtk/bookCode/logregNLLgradHess.m"
POISS_M = (
    "GitHub MATLAB 'function [nll, grad] = neglogli_poiss(w, X, y, L2op)' (public code index file 11163784005; "
    "the index names no repository)"
)
JIAEYAN = "github:jiaeyan/Machine-Learning-Plate:logistic_regression/logistic_regression.md"
KHORSANDI = "github:khorsandi2014/Regularized-Linear-Regression-and-Bias-v.s.-Variance:linearRegCostFunction.m"
ABHISHEK = "github:abhishek10045/ml-algo:linear-regression.R"
UPSON = (
    "GitHub Jekyll post 'Linear regression with gradient descent' (date 2015-03-29, categories [Rstats], R code "
    "after Digithead's blog) (public code index file 13402390290; the index names no repository)"
)
DUPADHYAYA = "github:dupadhyaya/Ranalytics18:sl/gradientdescent4.R"
STATS5016 = (
    "GitHub R file '## Big Data Analytics (STATS 5016) - Masters Level … ### Cost function and Gradient cost' "
    "(public code index file 29636788020; the index names no repository)"
)
HOANG = "github:hoangcuongbk80/Quantitative_Methods:QM_hw2_implementation/mlsmarter/costLinearRegression.m"
TECHQA = "https://math.techqa.club/solution-for-beta-in-ridge-regression-3720774 ('Solution for β in ridge regression')"
ERICTAY = "github:EricTay1997/ML-Review:classical/linear_regression_and_regularization/notes.md"
REGREG = "github:klingebj/regreg:doc/poissontutorial.rst"
VILLANI = (
    "GitHub Julia script 'using Plots, Distributions, GLM, LinearAlgebra, Optim, ForwardDiff … Setting up the log "
    "likelihood function for Poisson regression' (public code index file 48407193331; the index names no "
    "repository)"
)
PNOPT = "github:SwordYork/pnopt:lib/FastLogisticLossSimple.m"
SIGSQ = (
    "GitHub Octave script with 'function value = sigmoidFunction(matrix)', 'function J = cost(theta, X, y)', "
    "'function gradient = gradientVector(theta, X, y)' (public code index file 33452799479; the index names no "
    "repository)"
)
EX5LOG = (
    "GitHub MATLAB script loading 'ex5Logx.dat', Newton's method with 'lamda' (public code index file "
    "23584503552; the index names no repository)"
)
TRAINEX = (
    "GitHub Octave 'function [J, grad] = lrCostFunction(theta, X, y, lambda)' with nested 'function J = "
    "logisticRegressionRegularizedCost(theta, X, y)' (public code index file 33443349061; the index names no "
    "repository)"
)
MUTUAL = "github:mutual-ai/Gradient-Descent-logistic-regression:costFunctionReg.m"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_pm1_mean_w(d):
    # (1/n) Σ log(1 + exp(−yᵢ wᵀxᵢ)), one example per row of d.X
    return float(np.mean(softplus(-d.y * (d.X @ d.w))))


def _ce_mean_wb(d):
    return float(-np.mean(_ce_terms(sig(d.X @ d.w + d.b), d.y)))


def _mse_wb(d):
    return float(np.mean((d.y - (d.X @ d.w + d.b)) ** 2))


def _mse_wb_plus_w2(d):
    return _mse_wb(d) + float(np.sum(d.w**2))


def _nll_sum_beta_l2_half(d):
    return float(-np.sum(_ce_terms(sig(d.X @ d.beta), d.y))) + d.lam / 2 * float(np.sum(d.beta**2))


def _poisson_nll_sum_w(d):
    xw = d.X @ d.w
    return float(np.sum(np.exp(xw) - d.y * xw))


def _nll_sum_theta(d):
    return float(-np.sum(_ce_terms(sig(d.X @ d.theta), d.y)))


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _half_mse_theta_reg_skip_first(d):
    return _half_mse_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _half_mse_theta01(d):
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


def _m_half_sse_theta(d):
    # (1/2*length(y)) in R is (1/2)*m
    return d.m / 2 * float(np.sum((d.X @ d.theta - d.y) ** 2))


def _sse_beta_ridge(d):
    return float(np.sum((d.y - d.X @ d.beta) ** 2)) + d.lam * float(np.sum(d.beta**2))


def _sse_beta(d):
    return float(np.sum((d.y - d.X @ d.beta) ** 2))


def _poisson_regreg_beta(d):
    eta = d.X @ d.beta
    return float(-2 * (d.y @ eta - np.sum(np.exp(eta))))


def _poisson_loglik_beta(d):
    eta = d.X @ d.beta
    lgam = np.array([math.lgamma(v + 1.0) for v in d.y])
    return float(np.sum(d.y * eta - np.exp(eta) - lgam))


def _ce_mean_y01_w(d):
    y01 = (d.y + 1) / 2
    return float(-np.mean(_ce_terms(sig(d.X @ d.w), y01)))


def _half_mse_sigmoid_theta(d):
    return float(np.sum((sig(d.X @ d.theta) - d.y) ** 2)) / (2 * d.m)


def _ce_mean_theta_reg_skip_first(d):
    return float(-np.mean(_ce_terms(sig(d.X @ d.theta), d.y))) + d.lam / (2 * d.m) * float(
        np.sum(d.theta[1:] ** 2)
    )


# ------------------------------------------------------------------ shared texts
_CTU_J = "(1/size(y, 2)) * sum(log(1+exp(sum(-X.*w.*y, 1))))"
_CTU_G = "sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)"
_CTU_WHY = (
    "the CTU homework documents X as 'd-dimensional observations of size [d, number_of_observations]' and y as "
    "'[1, number_of_observations]' labels in {−1, +1}: sum(-X.*w.*y, 1) broadcasts w down the rows and y along "
    "the columns and sums over the features, giving −yᵢwᵀxᵢ per example; size(y, 2) is the number of examples"
)
_CL_LOG_J = "-np.mean(loss)"
_CL_LOG_LETS = (
    "loss = y*np.log(y_pred) + (1-y)*np.log(1-y_pred)",
    "y_pred = self.sigmoid(Z)",
    "Z = X @ self.w + self.b",
)
_CL_LIN_J = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1))"
_CL_RIDGE_J = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
_CL_LIN_LETS = ("Y_pred = (X @ self.W) + self.b",)
_CL_LIN_WHY = (
    "Y_pred = self.predict(X) in fit(), and predict returns (X @ self.W) + self.b (written here as the let); Y "
    "is m×k with one target column, so np.sum(…, axis=1) is the one squared residual and np.mean the mean over "
    "the m examples: the mean squared error, no ½; W is the weight vector (capital W in the source)"
)
_PMTK_J = "-sum( (y.*log(mu) + (1-y).*log(1-mu))) + lambda/2*sum(beta.^2)"
_PMTK_LETS = ("mu = 1 ./ (1 + exp(-X*beta(:)));",)
_PMTK_WHY = (
    "read as written, with every βⱼ in the penalty (the function's offsetAdded = false branch; with its default "
    "offsetAdded = true a line 'beta(1) = 0' before f drops β₁ from both f and g, which this text does not "
    "show); a summed NLL, no 1/m"
)
_POI_J = "sum(mu - y .* Xw)"
_POI_LETS = ("Xw = X * w;", "mu = exp(Xw);")
_POI_WHY = (
    "the Poisson negative log-likelihood up to the constant Σ log yᵢ! (the source's comment says so); the "
    "clipping line 'Xw = max(min(Xw, 50), -50);' between the lets only guards exp and is ignored"
)
_JIA_J = r"-(\sum_{i=0}^ny^{(i)}logh_\theta(x^{(i)}) + (1-y^{(i)})log(1-h_\theta(x^{(i)})))"
_JIA_LETS = (r"h_\theta(x) = \frac 1 {1 + e^{-z(x)}} = \frac 1 {1 + e^{-\theta^Tx}}",)
_JIA_WHY = (
    "the last side of the page's chain J(θ) = Σ −H = −log L(θ) = …: the summed negative log-likelihood over the "
    "training set (the page numbers examples i = 0…n and writes log glued to h); no 1/m"
)
_KH_J = "(1/2/m)*sum( (X*theta - y).^2 ) + (lambda/2/m)*sum(theta(2:end,:).^2)"
_KH_LETS = ("m = length(y);",)
_AB_J = "(sum((hypothesis(x, theta) - y) ^ 2) + (lambda * sum(theta[-1] ^ 2))) / (2 * length(y))"
_AB_LETS = ("hypothesis(x, theta) = x %*% theta",)
_AB_WHY = (
    "R: hypothesis <- function(x, theta) { x %*% theta } (its body is the let); lower-case x is the m×n design "
    "matrix; theta[-1] is theta without its FIRST element (R's negative index drops), so the penalty leaves the "
    "intercept out; length(y) = m"
)
_UP_J01 = r"J(\theta_0,\theta_1)=\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x)-y)^2"
_UP_JVEC = r"J(\theta)=\frac{1}{2m}(X\theta-\vec{y})^T(X\theta-\vec{y})"
_UP_JBUG = "(1/2*length(y)) * t((X %*% theta - y)) %*% (X %*% theta - y)"
_UP_JR = "sum( (X %*% theta - y)^2 ) / (2*length(y))"
_UP_DELTA = "t(X) %*% error / length(y)"
_UP_DELTA_LETS = ("error <- (X %*% theta - y)",)
_DU_J = "sum((X%*%theta - y)^2)/(2*m)"
_DU_LETS = ("m <- length(y)",)
_ST_J = "sum((X%*%theta-y)^2)/(2*ndata)"
_HO_J = "1/(2*m)*sum((X*theta-y).^2)"
_HO_LETS = ("m = length(y);",)
_TQ_J = r"RSS(\lambda) = (y−X\beta)^T(y−X\beta) +λ\beta^T\beta"
_ET_J = r"\mathcal{L}(\pmb{\beta}) = ||\mathbf{y}-\mathbf{X}\pmb{\beta}||^2"
_PN_J = "-sum((y01 .* log(mu) + (1-y01) .* log(1-mu))) / n"
_PN_LETS = ("n = size(X,1);", "y01 = (y+1)/2;", "mu = sigmoid(X*w);")
_PN_WHY = (
    "labels y ∈ {−1, +1} are mapped to y01 = (y+1)/2 ∈ {0, 1} and the mean cross-entropy is taken against y01; "
    "n = size(X,1) counts the examples (rows); the two clipping lines between the lets only guard the logs"
)
_SQ_J = "(1 / (2 * trainingExamples)) * sum((sigmoidFunction(X * theta) - y) .^ 2)"
_SQ_LETS = ("trainingExamples = length(y);", "sigmoidFunction(matrix) = (1 ./ (1 + exp(-matrix)))")
_MU_J = "(1/m)*(-y'*log(h)-(1-y)'*log(1-h))+(lambda/(2*m))*sum(theta(2:size(theta)).^2)"
_MU_LETS = ("m = length(y);", "h = sigmoid ( X * theta);")

COSTS: list[Cost] = [
    # ============================================================ Octave / MATLAB
    Cost(
        id="f14-ctu-logistic-loss-pm1-columns",
        source=CTU_LOSS + " (loss = …)",
        text=_CTU_J,
        intended=_logistic_pm1_mean_w,
        wrt=("w_j",),
        why=_CTU_WHY + "; so the loss is (1/n)Σ log(1 + exp(−yᵢwᵀxᵢ))",
    ),
    Cost(
        id="f14-pmtk-logreg-nll-lambda-half",
        source=PMTK + " (f = …; mu from the line above it)",
        text=_PMTK_J,
        intended=_nll_sum_beta_l2_half,
        wrt=("beta_j",),
        lets=_PMTK_LETS,
        why=_PMTK_WHY,
    ),
    Cost(
        id="f14-neglogli-poiss-sum",
        source=POISS_M + " (nll = sum(mu - y .* Xw);)",
        text=_POI_J,
        intended=_poisson_nll_sum_w,
        wrt=("w_j",),
        lets=_POI_LETS,
        why=_POI_WHY,
    ),
    Cost(
        id="f14-khorsandi-linreg-reg-slash-slash",
        source=KHORSANDI + " (J = …)",
        text=_KH_J,
        intended=_half_mse_theta_reg_skip_first,
        lets=_KH_LETS,
        why="Octave evaluates 1/2/m left to right: (1/2)/m = 1/(2m); theta(2:end,:) leaves out the intercept "
        "theta(1)",
    ),
    Cost(
        id="f14-pnopt-logistic-y01",
        source=PNOPT + " (nll = …; n, y01, mu from the lines above it)",
        text=_PN_J,
        intended=_ce_mean_y01_w,
        wrt=("w_j",),
        lets=_PN_LETS,
        why=_PN_WHY,
    ),
    Cost(
        id="f14-octave-squared-error-of-sigmoid",
        source=SIGSQ + " (function J = cost(theta, X, y): J = …)",
        text=_SQ_J,
        intended=_half_mse_sigmoid_theta,
        lets=_SQ_LETS,
        why="the squared error of the sigmoid output, (1/2m)Σ(σ(xᵢᵀθ) − yᵢ)², not the cross-entropy; "
        "sigmoidFunction is the file's 'function value = sigmoidFunction(matrix)', its body line given as the let",
    ),
    Cost(
        id="f14-ex5log-left-division-continuation",
        source=EX5LOG + " (J(num_iter) = …, two lines joined by '...'; h, g and m from the lines above it)",
        text="- m \\ sum(y .* log(h) + (1 - y) .* log(1- h))...\n        + (2 * m) \\ lamda * (sum(theta .^ 2) - "
        "theta(1) ^ 2)",
        intended=_ce_mean_theta_reg_skip_first,
        lets=("h = g(x * theta);", "g = inline('1.0 ./ (1.0 + exp(-z))');", "m = sizex(1);"),
        why="MATLAB left division: m \\ s is s/m, and (2 * m) \\ lamda * (…) is (lamda/(2m))·(…) (\\ and * bind "
        "equally, left to right); '...' continues the line; lamda (sic) is λ; lower-case x is the design matrix; "
        "Σθ² − θ(1)² leaves out the intercept: the regularised mean cross-entropy",
    ),
    Cost(
        id="f14-lrcost-trainingexamples-multiline",
        source=TRAINEX + " (the nested function's J = …, five lines; estimatedResults and trainingExamples from the "
        "lines above it)",
        text="(- 1 / trainingExamples) * (\n      y'  * log(estimatedResults) \n      + (1 - y)' * log(1 - "
        "estimatedResults)\n    ) + (lambda / (2 * trainingExamples)) * (\n      sum(theta .^ 2) - theta(1) ^ 2\n"
        "    )",
        intended=_ce_mean_theta_reg_skip_first,
        lets=("estimatedResults = sigmoid(X * theta);", "trainingExamples = length(y);"),
        why="a cost broken over lines inside parentheses (Octave continues them); y' * log(…) is an inner product; "
        "the penalty is Σθ² minus the intercept's θ(1)²",
    ),
    Cost(
        id="f14-mutualai-costreg-size-range",
        source=MUTUAL + " (J = …; m and h from the lines above it)",
        text=_MU_J,
        intended=_ce_mean_theta_reg_skip_first,
        lets=_MU_LETS,
        why="theta(2:size(theta)) is theta(2:end) (size returns [n 1] and the range takes its first element); "
        "the let keeps the source's spacing 'sigmoid ( X * theta)'",
    ),
    # ============================================================ NumPy
    Cost(
        id="f14-class-bce-mean-wb",
        source=CLASSES + " (BinaryLogisticRegression.compute_loss: cost = -np.mean(loss); y_pred and Z from "
        "predict_raw)",
        text=_CL_LOG_J,
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=_CL_LOG_LETS,
        why="sigmoid is the class's staticmethod 1/(1+np.exp(-z)) (its np.clip, and the clip of y_pred in "
        "compute_loss, only guard overflow and the logs); the mean cross-entropy of σ(Xw + b)",
    ),
    Cost(
        id="f14-class-mse-axis1-W-b",
        source=CLASSES + " (LinearRegression.compute_loss: return …)",
        text=_CL_LIN_J,
        intended=_mse_wb,
        wrt=("w_j", "b"),
        lets=_CL_LIN_LETS,
        why=_CL_LIN_WHY,
    ),
    Cost(
        id="f14-class-ridge-loss-without-lambda",
        source=CLASSES + " (RidgeRegression.compute_loss: return …)",
        text=_CL_RIDGE_J,
        intended=_mse_wb_plus_w2,
        wrt=("w_j", "b"),
        lets=_CL_LIN_LETS,
        why=_CL_LIN_WHY + "; the penalty is np.sum(self.W**2) with NO λ (the class has self.lambda_ but the loss "
        "does not use it)",
    ),
    Cost(
        id="f14-class-lasso-abs",
        source=CLASSES + " (LassoRegression.compute_loss: return …)",
        text="np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(np.abs(self.W))",
        intended=None,
        wrt=("w_j", "b"),
        lets=_CL_LIN_LETS,
        expect="refuse",
        why="an L1 penalty: np.abs is not differentiable at 0 and is out of scope",
    ),
    # ============================================================ R
    Cost(
        id="f14-abhishek-r-ridge-theta-minus1",
        source=ABHISHEK + " (cost_function <- function(x, y, theta, lambda) { … })",
        text=_AB_J,
        intended=_half_mse_theta_reg_skip_first,
        lets=_AB_LETS,
        why=_AB_WHY,
    ),
    Cost(
        id="f14-upson-r-precedence-m-over-2",
        source=UPSON + " (the R function grad(): 'J <- function(X, y, theta) { … }', after '# The cost function "
        "vectorises to:')",
        text=_UP_JBUG,
        intended=_m_half_sse_theta,
        why="R reads 1/2*length(y) as (1/2)·m, so this is (m/2)·rᵀr with r = Xθ − y — NOT the 1/(2m) the "
        "author meant (the commented-out line above it divides by 2*length(y)); t(r) %*% r is Σr²",
    ),
    Cost(
        id="f14-upson-r-cost-divide-2m",
        source=UPSON + " (the R chunk 'cost <- function(X, y, theta) { … }')",
        text=_UP_JR,
        intended=_half_mse_theta,
        why="Σ(Xθ − y)² / (2m): the half mean squared error (length(y) = m)",
    ),
    Cost(
        id="f14-stats5016-lmf-ndata",
        source=STATS5016 + " (lmf <- function(y, X, theta, ndata) { … })",
        text=_ST_J,
        intended=_half_mse_theta,
        why="ndata is the function's argument for the number of data points (rows of X): the half mean squared "
        "error",
    ),
    # ============================================================ Julia
    Cost(
        id="f14-villani-julia-poisson-logpdf",
        source=VILLANI + " (function poisreg_loglik(β, y, X): return …)",
        text="sum(logpdf.(Poisson.(exp.(X*β)), y))",
        intended=_poisson_loglik_beta,
        wrt=("beta_j",),
        why="Julia broadcasting: the Poisson log-likelihood Σ[yᵢxᵢᵀβ − exp(xᵢᵀβ) − log yᵢ!] with rate exp(Xβ) "
        "(to be maximised; the −log y! term does not depend on β)",
    ),
    # ============================================================ LaTeX
    Cost(
        id="f14-jiaeyan-nll-sum-logh-glued",
        source=JIAEYAN + " (#### Loss function, the last side of the J(θ) chain; h from #### Model)",
        text=_JIA_J,
        intended=_nll_sum_theta,
        lets=_JIA_LETS,
        why=_JIA_WHY,
    ),
    Cost(
        id="f14-upson-J-theta01-no-example-index",
        source=UPSON + " ('We define the usual squared error cost function:')",
        text=_UP_J01,
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        why="the sum's summand has no example index (h_θ(x) − y, not h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾), but the page means the "
        "usual half mean squared error over the m examples; h_θ(x) = θ₀ + θ₁x (the page's X = cbind(1, x), Xθ "
        "≈ a + bx)",
    ),
    Cost(
        id="f14-upson-J-vec-transpose",
        source=UPSON + " ('the cost function has been changed to the vectorised form:')",
        text=_UP_JVEC,
        intended=_half_mse_theta,
        why="(1/2m)(Xθ − y)ᵀ(Xθ − y), \\vec{y} the target vector",
    ),
    Cost(
        id="f14-techqa-ridge-rss-unicode-minus",
        source=TECHQA + " (the question's first display)",
        text=_TQ_J,
        intended=_sse_beta_ridge,
        wrt=("beta_j",),
        why="the page has a Unicode minus '−' and a Unicode 'λ' inside the LaTeX; RSS(λ) = ‖y − Xβ‖² + λ‖β‖², "
        "every βⱼ penalised, no 1/n",
    ),
    Cost(
        id="f14-erictay-pmb-beta-norm",
        source=ERICTAY + " (## Parameter Estimation, first bullet)",
        text=_ET_J,
        intended=_sse_beta,
        wrt=("beta_j",),
        why="||·||² written with two ASCII bars; the residual sum of squares",
    ),
    Cost(
        id="f14-regreg-poisson-mbox-exp",
        source=REGREG + " (the objective in the first '.. math::' block, the part before ', \\qquad Y_i \\in …')",
        text=r"-2 \left(Y^TX\beta - \sum_{i=1}^n \mbox{exp}(x_i^T\beta) \right)",
        intended=_poisson_regreg_beta,
        wrt=("beta_j",),
        why="−2 times the Poisson log-likelihood without its constant: YᵀXβ = Σyᵢxᵢᵀβ; \\mbox{exp} is exp; n "
        "counts the examples",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Octave / MATLAB
    Answer(
        id="f14-ctu-grad-pm1-columns",
        source=CTU_GRAD + " (g = …; cost from logistic_loss.m in the same folder)",
        text=_CTU_G,
        cost=_CTU_J,
        verdict="equivalent",
        wrt="w_j",
        why=_CTU_WHY + "; −yᵢxᵢ/(1 + exp(yᵢwᵀxᵢ)) summed and divided by n is the loss's gradient",
    ),
    Answer(
        id="f14-ctu-grad-dropped-y",
        source=CTU_GRAD + " (g = … with the '.*y' factor dropped — a variant)",
        text="sum(((-1./(1+exp(sum(y.*w.*X,1))))).*X,2) / size(y, 2)",
        cost=_CTU_J,
        verdict="different",
        wrt="w_j",
        why="variant (lost the inner derivative's yᵢ): the chain rule through −yᵢwᵀxᵢ brings a factor −yᵢ",
    ),
    Answer(
        id="f14-pmtk-grad-lambda-beta",
        source=PMTK + " (g = …)",
        text="X'*(mu-y) + lambda*beta",
        cost=_PMTK_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_PMTK_LETS,
        why=_PMTK_WHY + "; ∇ = Xᵀ(μ − y) + λβ",
    ),
    Answer(
        id="f14-pmtk-grad-kept-half",
        source=PMTK + " (g = … with lambda/2 — a variant)",
        text="X'*(mu-y) + lambda/2*beta",
        cost=_PMTK_J,
        verdict="different",
        wrt="beta_j",
        lets=_PMTK_LETS,
        why="variant (kept ½): the ½ of (λ/2)Σβ² cancels the 2 of the square",
    ),
    Answer(
        id="f14-neglogli-poiss-grad",
        source=POISS_M + " (grad = X' * (mu - y);)",
        text="X' * (mu - y)",
        cost=_POI_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_POI_LETS,
        why="∂/∂w Σ(e^{xᵢᵀw} − yᵢxᵢᵀw) = Σ(μᵢ − yᵢ)xᵢ",
    ),
    Answer(
        id="f14-neglogli-poiss-grad-ascent-sign",
        source=POISS_M + " (grad with (y - mu) — a variant)",
        text="X' * (y - mu)",
        cost=_POI_J,
        verdict="different",
        wrt="w_j",
        lets=_POI_LETS,
        why="variant (sign): Xᵀ(y − μ) is the log-likelihood's gradient, minus the NLL's",
    ),
    Answer(
        id="f14-khorsandi-grad-tail-for-all",
        source=KHORSANDI + " (the grad(2:end) line's formula used for the whole vector — a variant)",
        text="(1/m)*( X'*(X*theta - y)  ) + (lambda/m)*theta",
        cost=_KH_J,
        verdict="different",
        lets=_KH_LETS,
        why="variant (regularised intercept): the source applies the λ term to theta(2:end) only and gives "
        "grad(1) without it; the cost's penalty leaves theta(1) out",
    ),
    Answer(
        id="f14-pnopt-grad-y01",
        source=PNOPT + " (g = …)",
        text="X'*(mu-y01) / n",
        cost=_PN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_PN_LETS,
        why=_PN_WHY,
    ),
    Answer(
        id="f14-pnopt-grad-raw-labels",
        source=PNOPT + " (g = … with y for y01 — a variant)",
        text="X'*(mu-y) / n",
        cost=_PN_J,
        verdict="different",
        wrt="w_j",
        lets=_PN_LETS,
        why="variant (raw ±1 labels): the cost is taken against y01 = (y+1)/2, not y",
    ),
    Answer(
        id="f14-octave-sigmoid-se-grad-missing-sigma-prime",
        source=SIGSQ + " (function gradient = gradientVector(theta, X, y): gradient = …; the same file's cost() "
        "is the cost, and gradientDescent steps with this gradient on it)",
        text="(1 / trainingExamples) * (X' * (sigmoidFunction(X * theta) - y))",
        cost=_SQ_J,
        verdict="different",
        lets=_SQ_LETS,
        why="real: this is the cross-entropy gradient; for the squared error of σ it lacks σ′ = σ(1 − σ): "
        "∇ = (1/m)Xᵀ[(σ − y)∘σ∘(1 − σ)]",
    ),
    Answer(
        id="f14-mutualai-grad-row-mask",
        source=MUTUAL + " (grad = …)",
        text="(1/m)*((h-y)'*X)+((lambda/m)*[0;theta(2:size(theta))])'",
        cost=_MU_J,
        verdict="equivalent",
        lets=_MU_LETS,
        why="a row vector: (h − y)ᵀX/m plus the transposed penalty column with the intercept's entry zeroed",
    ),
    Answer(
        id="f14-mutualai-grad-no-mask",
        source=MUTUAL + " (grad = … with theta for [0;theta(2:…)] — a variant)",
        text="(1/m)*((h-y)'*X)+((lambda/m)*theta)'",
        cost=_MU_J,
        verdict="different",
        lets=_MU_LETS,
        why="variant (regularised intercept): theta(1) is not in the cost's penalty",
    ),
    Answer(
        id="f14-hoang-grad-row-transposes",
        source=HOANG + " (grad=…; cost J = … above it)",
        text="(1/m)*((theta'*X'-y')*X)",
        cost=_HO_J,
        verdict="equivalent",
        lets=_HO_LETS,
        why="(θᵀXᵀ − yᵀ)X = (Xθ − y)ᵀX, the gradient as a row (the next line grad(:) makes it a column)",
    ),
    # ============================================================ NumPy
    Answer(
        id="f14-class-bce-dJ-dw-self-n",
        source=CLASSES + " (BinaryLogisticRegression.compute_grad: dJ_dw = …; self.n from fit())",
        text="(X.T @ (y_pred - y))/self.n",
        cost=_CL_LOG_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CL_LOG_LETS + ("self.n, self.m = X.shape",),
        why="self.n is the number of ROWS (examples) of X here: Xᵀ(σ − y)/m",
    ),
    Answer(
        id="f14-class-bce-dJ-db-mean",
        source=CLASSES + " (BinaryLogisticRegression.compute_grad: dJ_db = …)",
        text="np.mean(y_pred - y)",
        cost=_CL_LOG_J,
        verdict="equivalent",
        wrt="b",
        lets=_CL_LOG_LETS,
    ),
    Answer(
        id="f14-class-mse-grad-w",
        source=CLASSES + " (LinearRegression.compute_grad: grad_w = …)",
        text="(2/n)*((X.T) @ (Y_pred - Y))",
        cost=_CL_LIN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CL_LIN_LETS + ("n = X.shape[0]",),
        why="n = X.shape[0] counts the examples; the mean squared error has no ½, so the 2 stays",
    ),
    Answer(
        id="f14-class-mse-grad-b-axis0",
        source=CLASSES + " (LinearRegression.compute_grad: grad_b = …)",
        text="(2/n)*np.sum(Y_pred - Y,axis = 0)",
        cost=_CL_LIN_J,
        verdict="equivalent",
        wrt="b",
        lets=_CL_LIN_LETS + ("n = X.shape[0]",),
    ),
    Answer(
        id="f14-class-ridge-grad-has-lambda-loss-has-not",
        source=CLASSES + " (RidgeRegression.compute_grad: grad_w = …; cost RidgeRegression.compute_loss)",
        text="(2/n)*((X.T) @ (Y_pred - Y)) + self.lambda_*2*self.W",
        cost=_CL_RIDGE_J,
        verdict="different",
        wrt="w_j",
        lets=_CL_LIN_LETS + ("n = X.shape[0]",),
        why="real: the loss adds np.sum(self.W**2) (gradient 2W) but the gradient adds 2·λ·W with lambda_ = 0.1 "
        "by default; the two agree only for λ = 1",
    ),
    # ============================================================ R
    Answer(
        id="f14-abhishek-r-grad-c1-intercept",
        source=ABHISHEK + " (partial_derivative_cost_function <- function(x, y, theta, lambda) { … })",
        text="((t(x) %*% (hypothesis(x, theta) - y)) + (lambda * c(1, theta[-1]))) / length(y)",
        cost=_AB_J,
        verdict="different",
        lets=_AB_LETS,
        why="real: c(1, theta[-1]) puts 1 (not 0) in the intercept's slot, so ∂/∂θ₁ gets an extra λ/m although "
        "the cost leaves θ₁ out of the penalty (the default lambda = 0 hides it); " + _AB_WHY,
    ),
    Answer(
        id="f14-upson-r-delta-vs-2m-cost",
        source=UPSON + " (the loop's 'delta <- t(X) %*% error / length(y)'; cost the chunk's cost <- function)",
        text=_UP_DELTA,
        cost=_UP_JR,
        verdict="equivalent",
        lets=_UP_DELTA_LETS,
        why="Xᵀ(Xθ − y)/m is the gradient of Σ(Xθ − y)²/(2m)",
    ),
    Answer(
        id="f14-upson-r-delta-vs-precedence-bug-cost",
        source=UPSON + " (the same delta line inside grad(), whose own J is '(1/2*length(y)) * t(…) %*% (…)')",
        text=_UP_DELTA,
        cost=_UP_JBUG,
        verdict="different",
        lets=_UP_DELTA_LETS,
        why="real: grad()'s J is (m/2)Σr² by R precedence, whose gradient is m·Xᵀr, m² times this delta",
    ),
    Answer(
        id="f14-dupadhyaya-r-update-factor",
        source=DUPADHYAYA + " (gradDescent: the factor after 'alpha*' in theta <- theta - alpha*…; cost compCost)",
        text="(1/m)*(t(X)%*%(X%*%theta - y))",
        cost=_DU_J,
        verdict="equivalent",
        lets=_DU_LETS,
    ),
    Answer(
        id="f14-stats5016-lmgrad-ndata",
        source=STATS5016 + " (lmgrad <- function(y, X, theta, ndata) { … }; cost lmf)",
        text="t(X)%*%(X%*%theta-y)/ndata",
        cost=_ST_J,
        verdict="equivalent",
        why="ndata is the number of rows in both functions: Xᵀ(Xθ − y)/m",
    ),
    # ============================================================ LaTeX
    Answer(
        id="f14-jiaeyan-bgd-all-weights",
        source=JIAEYAN + " (#### Update rule, 'batch examples all weights (BGD)': the factor after α)",
        text=r"\sum_{i=0}^n(h_\theta(x^{(i)})-y^{(i)})x^{(i)}",
        cost=_JIA_J,
        verdict="equivalent",
        lets=_JIA_LETS,
        why="the whole gradient vector of the summed NLL: component j is Σ(h − y)xⱼ⁽ⁱ⁾",
    ),
    Answer(
        id="f14-jiaeyan-bgd-single-weight",
        source=JIAEYAN + " (#### Update rule, 'batch examples single weight': the factor after α)",
        text=r"\sum_{i=0}^n(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",
        cost=_JIA_J,
        verdict="equivalent",
        lets=_JIA_LETS,
    ),
    Answer(
        id="f14-jiaeyan-sgd-one-example-for-whole-cost",
        source=JIAEYAN + " (#### Update rule, 'single example single weight': the factor after α, against the "
        "whole-data J)",
        text=r"(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",
        cost=_JIA_J,
        verdict="different",
        lets=_JIA_LETS,
        why="real (as an answer for J): one example's term; J sums over all examples, so ∂J/∂θⱼ is the sum of "
        "these terms",
    ),
    Answer(
        id="f14-upson-theta0-step",
        source=UPSON + " (Andrew Ng's update in the multline: the factor after α in θ₀ := θ₀ − α…)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})",
        cost=_UP_J01,
        verdict="equivalent",
        wrt="theta_0",
        why="∂J/∂θ₀ = (1/m)Σ(h − y) (the cost's summand h_θ(x) − y means example i's residual)",
    ),
    Answer(
        id="f14-upson-theta1-step-x-i-no-parens",
        source=UPSON + " (the multline: the factor after α in θ₁ := θ₁ − α…)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})\cdot x^{i}",
        cost=_UP_J01,
        verdict="equivalent",
        wrt="theta_1",
        why="x^{i} (no parentheses) is the same x⁽ⁱ⁾, example i's feature, not a power",
    ),
    Answer(
        id="f14-techqa-ridge-grad-expanded",
        source=TECHQA + " (the accepted answer's ∂RSS/∂β display)",
        text=r"\frac{\partial RSS}{\partial \beta}=-2X^Ty+2X^TX\beta+2\lambda \beta",
        cost=_TQ_J,
        verdict="equivalent",
        wrt="beta_j",
        why="−2Xᵀy + 2XᵀXβ + 2λβ = −2Xᵀ(y − Xβ) + 2λβ (the answer calls the penalised sum RSS too)",
    ),
    Answer(
        id="f14-techqa-ridge-grad-Xt-beta-typo",
        source=TECHQA + " (the second answer's display, the side before '=0')",
        text=r"2(-X^T)(y-X^T\beta) + 2\lambda \beta",
        cost=_TQ_J,
        verdict="different",
        wrt="beta_j",
        why="real: the residual is written y − Xᵀβ; with X m×n, Xᵀβ is not even defined (n ≠ m) and is not Xβ; "
        "the right one is −2Xᵀ(y − Xβ) + 2λβ",
    ),
    Answer(
        id="f14-erictay-grad-Xy-missing-transpose",
        source=ERICTAY + " (## Parameter Estimation, the gradient sub-bullet, '(gradient descent)' dropped)",
        text=r"\nabla_{\pmb{\beta}}\mathcal{L}(\pmb{\beta}) = 2\mathbf{X}^{\top}\mathbf{X}\pmb{\beta}-2\mathbf{Xy}",
        cost=_ET_J,
        verdict="different",
        wrt="beta_j",
        why="real: the last term must be 2Xᵀy; Xy (m×n times m-vector) is not defined for m ≠ n (the next bullet "
        "does write (XᵀX)⁻¹Xᵀy)",
    ),
]
