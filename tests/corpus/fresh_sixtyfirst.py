r"""A fresh held-out wave (f61): a mainstream mix drawn the way a grader would draw it, in three parts —
LaTeX from notes (a Japanese Hugo blog note on ridge and lasso, a German Obsidian note on gradient descent, a French
course-project report on the logistic cost), code (an EPFL course project in MATLAB with its least-squares, RMSE,
logistic and penalised-logistic files; a MATLAB gene-circuit package's regularized logistic cost; a C++/Eigen
least-squares model; a Python linear_regression_by_gd; an R optim gradient for logistic regression; a PyTorch
tutorial's hand-written NumPy gradient) and the plain-text comments students type beside their code (the
tutorial's "MSE = 1/N * (w*x - y)**2" and "dJ/dw = 1/N 2x(w*x - y)").

Gathered blind (logderiv's code, docs and tests other than items.py and fresh_fiftyseventh.py unread, logderiv not
run while choosing or working out items) from repositories and index files none of which is in
/tmp/p/used_sources.txt:

* notes: public code index file 37825152493 (Japanese, '線形回帰メモ 正則化', J, J₂ (ridge), J₁ (lasso), their
  gradients and the Julia line of fit_by_ridge); file 25260176447 (German, Robert Vogl's 'Gradient Descent' note);
  David-Kyrat/13X005-AI-Project report/cost_function.md (French: the MSE of the sigmoid, and the softmax
  negative log-likelihood with its derivative);
* code: corentintallec/epfl_project (computeCostLR.m, computeCostLS.m, computeGradLS.m and "Roman code"'s
  logisticRegression.m, leastSquaresGD.m, penLogisticRegression.m); mlekkha/FIGR FIGR-reu/FIGRlogRegCost.m; index
  files 21491634373 (C++ linear_least_squares_model), 44054810856 (Python linear_regression_by_gd), 40428693477 (R
  grad for optim), 766561519 and 49559117871 (two copies of a PyTorch tutorial's "gradient" step, one fixed with
  /len(x), one with the .mean() of a scalar).

Names follow the sources: tX, X, xkg, x (Python linear_regression_by_gd) and the Japanese X are the design matrix
Data.X; in the C++ file X is features × examples (X.col(i) is example i), i.e. Data.X.T; beta (EPFL, FIGR, R), w
(C++, Japanese note) and theta (Python) are the coefficient vector (Data.beta / Data.w / Data.theta); lambda, λ are
Data.lam; y, Y the targets. In the PyTorch tutorial w is a scalar weight and x (X) the one feature (Data.x). Octave's
beta(2:end) skips the first coefficient beta(1) = Data.beta[0]. Where a source gives no cost for an answer, ``why``
says which cost it is graded against. About 40% of the answers are wrong; the real mistakes come first in each
block, the rest are one-slip variants of real answers, marked "variant" (some variants are rewritings that stay
right). Verdicts were worked out by hand and checked against finite differences (/tmp/f61/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
EPFL = "https://github.com/corentintallec/epfl_project"
EPFL_LR = EPFL + "/blob/99a96d91fac63694db0313a2afd4fd7a30ef7984/computeCostLR.m (MATLAB"
EPFL_LS = EPFL + "/blob/99a96d91fac63694db0313a2afd4fd7a30ef7984/computeCostLS.m (MATLAB"
EPFL_GLS = EPFL + "/blob/d477fc0df0158188940f71c7a6a33e42037d4625/computeGradLS.m (MATLAB"
EPFL_LOGREG = EPFL + "/blob/d0bcc47f85872e50c559f49c02d514e763548703/Roman%20code/logisticRegression.m (MATLAB, Newton"
EPFL_LSGD = EPFL + "/blob/a46c646bf8fed12c14fe723825d2df6ac7839be1/Roman%20code/leastSquaresGD.m (MATLAB"
EPFL_PEN = EPFL + "/blob/866fb8acb1212473bcc03d8266a2188daf487f0d/Roman%20code/penLogisticRegression.m (MATLAB, Newton"
FIGR = (
    "https://github.com/mlekkha/FIGR/blob/be131ba69099e85fe44042fa7de279ade32d2550/FIGR-reu/FIGRlogRegCost.m "
    "(MATLAB, 'JEH 2020-6'"
)
CPP = (
    "public code index file 21491634373 (C++/Eigen, '#include \"model.h\"', linear_least_squares_model::gradient and "
    "::loss; the index does not name its repository"
)
PYGD = (
    "public code index file 44054810856 (Python, def linear_regression_by_gd, its loss_function and "
    "gradient_function; the index does not name its repository"
)
JP = (
    "public code index file 37825152493 (Japanese Hugo post '線形回帰メモ 正則化', 2021-08-07; the index does not "
    "name its repository"
)
VOGL = (
    "public code index file 25260176447 (German Obsidian note '# Gradient Descent', source: Robert Vogl, 7th November "
    "2022; the index does not name its repository"
)
FR = (
    "https://github.com/David-Kyrat/13X005-AI-Project (report/cost_function.md, Michel Donnet, French, "
    "'# Fonction de coût pour la régression logistique'"
)
RGRAD = (
    "public code index file 40428693477 (R, '#' grad … A function that computes the gradient of the for a logistic "
    "regression model. Used by optim'; the index does not name its repository"
)
TORCH_FIXED = (
    "public code index file 766561519 (Python, a PyTorch tutorial's '#gradient' block, def gradient with "
    "/len(x); the index does not name its repository"
)
TORCH_MEAN = (
    "public code index file 49559117871 (Python, the same tutorial's '# 3. calculate gradient', def gradient with "
    ".mean(); the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _loglik_beta(d):
    z = d.X @ d.beta
    return float(d.y @ z - np.sum(np.log(1 + np.exp(z))))


def _nll_mean_beta(d):
    return -_loglik_beta(d) / d.m


def _half_mse_beta(d):
    e = d.y - d.X @ d.beta
    return float(e @ e) / (2 * d.m)


def _rmse_beta(d):
    e = d.y - d.X @ d.beta
    return float(np.sqrt(e @ e / d.m))


def _nolog_beta(d):
    s = sig(d.X @ d.beta)
    return float(np.mean(-d.y * s - (1 - d.y) * (1 - s)))


def _figr_beta(d):
    h = sig(d.X @ d.beta)
    b = d.beta
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h))) + d.lam / (2 * d.m) * float(b[1:] @ b[1:])


def _mse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _half_mse_theta(d):
    v = d.X @ d.theta - d.y
    return float(v @ v) / 2 / d.m


def _half_sse_w(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(r @ r)


def _ridge_half_w(d):
    return _half_sse_w(d) + d.lam / 2 * float(d.w @ d.w)


def _sigmoid_mse_theta(d):
    e = sig(d.X @ d.theta) - d.y
    return float(e @ e) / d.m


# ------------------------------------------------------------------ texts the items share
_EPFL_WHY = (
    "y the targets, tX the design matrix with its ones column (Data.X), beta the coefficient column; m = length(y) "
    "and N = length(y) are the number of examples"
)
_EPFL_LR_COST = "y'*tX*beta - sum(log(1 + exp(tX*beta)))"
_EPFL_LOGREG_L = "-1/m *( y'*tX*beta - sum(log(1 + exp(tX*beta))) )"
_EPFL_LSGD_L = "e'*e/(2*N)"
_EPFL_LSGD_LETS = ("e = y - tX*beta", "N = length(y)")
_EPFL_LS_COST = "sqrt(1./size(y,1)*(y - tX*beta)'*(y - tX*beta))"
_EPFL_PEN_L = "(1/m).* sum(-y.*sigmoid(tX*beta)-(1-y).*(1 - sigmoid(tX*beta)))"

_FIGR_COST = (
    "J = (1 / numDatapoints) * sum( - y .* log(h) - (1-y) .* log(1 - h) ) + (lambda / (2 * numDatapoints)) * "
    "sum(beta(2:end).^2);"
)
_FIGR_LETS = ("numDatapoints = size(xkg,1);", "h = sigmoid(xkg * beta);")
_FIGR_WHY = (
    "xkg is the design matrix with a ones column prepended by FIGRlogReg (Data.X), beta the coefficients with "
    "beta(1) = Data.beta[0] the unpenalised bias, y the 0/1 labels: the mean cross-entropy plus "
    "λ/(2m)Σ_{k≥2}β_k²"
)
_FIGR_GRAD = (
    "grad = zeros(size(beta, 1), 1);\n\n% Derivative for the bias term\n"
    "grad(1) = sum(xkg(:,1).*(h - y))/numDatapoints;\n\n% Derivatives for beta_1 to beta_numParams\n"
    "for i = 2 : size(grad)\n"
    "    grad(i) = (1 / numDatapoints) * sum( (h - y)' * xkg(:, i) ) + (lambda / numDatapoints) * beta(i);\nend"
)

_CPP_LOSS = (
    "double loss = 0;\n\tfor(int i = 0; i < X.cols(); ++i){\n\t\tdouble temp = w.transpose() * X.col(i) - y(i);\n"
    "\t\tloss += temp*temp;\n\t}\n\tloss /= X.cols();\n\treturn loss;"
)
_CPP_GRAD = (
    "VectorXd result;\n\tfor(int i = 0; i < X.cols(); ++i){\n"
    "\t\tresult += 2*(X.col(i) * ((w.transpose() * X.col(i)) - y(i)))/X.cols();\n\t}\n\treturn result;"
)
_CPP_WHY = (
    "X is features × examples here (X.col(i) is example i, so the text's X is Data.X.T and X.cols() = m), w the "
    "weights, y the targets: loss = (1/m)Σ(wᵀxᵢ − yᵢ)²; the uninitialised 'VectorXd result;' is a C++ slip (later "
    "copies write result(w.rows())), not a mathematical one"
)

_PYGD_COST = "v @ v / 2 / n_sample"
_PYGD_LETS = ("v = x @ theta.T - y", "n_sample, n_feature = x.shape")
_PYGD_WHY = (
    "x is the n_sample × n_feature design matrix (Data.X), theta a 1-D coefficient array (theta.T is theta "
    "itself), y the targets: ‖xθ − y‖²/(2·n_sample)"
)

_JP_H = (r"h_{\bm{w}}(\bm{x}) = \bm{w}^T\bm{x}",)
_JP_WHY = (
    "𝒙ᵢ = (1, x₁⁽ⁱ⁾, …, x_D⁽ⁱ⁾)ᵀ is row i of the design matrix X (Data.X), 𝒘 = (w₀, …, w_D) the coefficients "
    "(Data.w), h_𝒘(𝒙) = 𝒘ᵀ𝒙 (the note's aligned definition, its last line); \\\\| … \\\\|_2^2 is the Hugo-escaped "
    "‖𝒘‖₂², read as the whole squared norm (the note also writes ‖𝒘‖₂² = Σ_{j=1}^{D} w_j², but its gradient λ𝒘 "
    "and its Julia code penalise every component)"
)
_JP_J2 = (
    r"J_2(\bm{w}) = \frac{1}{2} \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})^2 + \frac{\lambda}{2} "
    r"\\|\bm{w}\\|_2^2"
)
_JP_COMP = r"\frac{\partial J_2}{\partial w_j} = \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})x_{ij} + \lambda w_j"
_JP_MAT = r"\frac{\partial J_2}{\partial \bm{w}} = X^T(X\bm{w} - \bm{y}) + \lambda \bm{w}"

_VOGL_GRAD = (
    r"\frac{\partial J}{\partial\theta_{j}}= \frac{1}{m}\sum^{m}_{i=1}(h_{\theta}(x^{(i)})-y^{(i)})\cdot "
    r"x_{j}^{(i)}"
)
_VOGL_LETS = (r"h_{\theta}(x^{(i)})= \frac{1}{1+e^{-\Theta^{T}\cdot x}}",)
_VOGL_WHY = (
    "the note's line reads 'J&=\\frac{\\partial J}{\\partial\\theta_{j}}= …' (the leading 'J&=' is an align slip, "
    "left out here); it names the cost of linear or logistic regression, and with the sigmoid h it gives it is "
    "graded against the logistic cross-entropy (the 'logistic' preset); Θ in h is the same vector as θ"
)

_R_GRAD = (
    "grad <- function(beta, Y, X){\n  pi <- plogis(X%*%beta)\n  pi[pi==0] <- .Machine$double.neg.eps\n"
    "  pi[pi==1] <- 1-.Machine$double.neg.eps\n  gr <- crossprod(X, Y-pi)\n  return(-gr)\n}"
)
_R_COST = "-sum(Y*log(pi) + (1-Y)*log(1-pi))"
_R_LETS = ("pi = plogis(X%*%beta)",)
_R_WHY = (
    "the file gives no cost; optim minimises, so the gradient is graded against the summed negative "
    "log-likelihood of the logistic glm, written in the file's names; X the design matrix (Data.X), beta the "
    "coefficients, Y the 0/1 outcome; crossprod(X, v) is Xᵀv, and the two clamps of pi to (ε, 1 − ε) do nothing "
    "for an interior pi"
)

_TORCH_COST = "((y_predicted - y)**2).mean()"
_TORCH_LETS = ("y_predicted = w * x",)
_TORCH_WHY = (
    "the tutorial's model is forward(x) = w * x with one scalar weight w and one feature x (Data.x); its loss is "
    "the MSE ((y_predicted - y)**2).mean() = (1/N)Σ(w xᵢ − yᵢ)²"
)

_FR_SOFTMAX_WHY = (
    "P(Y = k | X) is the softmax over K classes (θ_k one weight row per class) and f(Y, k) the indicator of Y = k: "
    "a multi-class softmax cross-entropy, not supported"
)

COSTS: list[Cost] = [
    # ============================================================ code: EPFL course project (MATLAB)
    Cost(
        id="f61-epfl-computecostlr-loglik",
        source=EPFL_LR + ", cost =)",
        text=_EPFL_LR_COST,
        intended=_loglik_beta,
        wrt=("beta_j",),
        why="the file is named a cost but returns the logistic log-likelihood Σ(yᵢxᵢᵀβ − log(1 + e^{xᵢᵀβ})) (to be "
        "maximised), not its negative; " + _EPFL_WHY,
    ),
    Cost(
        id="f61-epfl-logisticregression-L-mean-nll",
        source=EPFL_LOGREG + "; '% Calculate cost function for debugging', L =)",
        text=_EPFL_LOGREG_L,
        intended=_nll_mean_beta,
        wrt=("beta_j",),
        lets=("m = length(y)",),
        why="the mean negative log-likelihood −(1/m)Σ(yᵢxᵢᵀβ − log(1 + e^{xᵢᵀβ})); " + _EPFL_WHY,
    ),
    Cost(
        id="f61-epfl-leastsquaresgd-L",
        source=EPFL_LSGD + ", '% compute cost function', L =)",
        text=_EPFL_LSGD_L,
        intended=_half_mse_beta,
        wrt=("beta_j",),
        lets=_EPFL_LSGD_LETS,
        why="‖y − Xβ‖²/(2N); " + _EPFL_WHY,
    ),
    Cost(
        id="f61-epfl-computecostls-rmse",
        source=EPFL_LS + ", cost =)",
        text=_EPFL_LS_COST,
        intended=_rmse_beta,
        wrt=("beta_j",),
        why="MATLAB evaluates 1./size(y,1)*(y − Xβ)'*(y − Xβ) left to right, the scalar 1/N times the row times the "
        "column: the root-mean-square error √(‖y − Xβ‖²/N), differentiable wherever the residual is not zero; "
        + _EPFL_WHY,
    ),
    Cost(
        id="f61-epfl-penlogistic-L-logs-missing",
        source=EPFL_PEN + "; '% Calculate cost function for debugging', L =)",
        text=_EPFL_PEN_L,
        intended=_nolog_beta,
        wrt=("beta_j",),
        lets=("m = length(y)",),
        why="read as written: the logs of the cross-entropy are missing, so L is (1/m)Σ(−yᵢσᵢ − (1 − yᵢ)(1 − σᵢ)) "
        "with σᵢ = σ(xᵢᵀβ), a different function from the cross-entropy it was meant to be (the file only prints "
        "it 'for debugging'; the penalty λ is only in its Hessian); " + _EPFL_WHY,
    ),
    # ============================================================ code: others
    Cost(
        id="f61-figr-logregcost-J",
        source=FIGR + ", J =)",
        text=_FIGR_COST,
        intended=_figr_beta,
        wrt=("beta_j",),
        lets=_FIGR_LETS,
        why=_FIGR_WHY,
    ),
    Cost(
        id="f61-cpp-linear-least-squares-loss",
        source=CPP + ", double linear_least_squares_model::loss)",
        text=_CPP_LOSS,
        intended=_mse_w,
        wrt=("w_j",),
        why=_CPP_WHY,
    ),
    Cost(
        id="f61-pygd-loss-function-half-mean",
        source=PYGD + ", def loss_function)",
        text=_PYGD_COST,
        intended=_half_mse_theta,
        wrt=("theta_j",),
        lets=_PYGD_LETS,
        why=_PYGD_WHY,
    ),
    # ============================================================ notes (LaTeX)
    Cost(
        id="f61-jp-J-half-sse",
        source=JP + ", '## (正則化前の)コスト関数')",
        text=r"J(\bm{w}) = \frac{1}{2} \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})^2",
        intended=_half_sse_w,
        wrt=("w_j",),
        lets=_JP_H,
        why="the half sum of squared errors, no 1/N; " + _JP_WHY,
    ),
    Cost(
        id="f61-jp-J2-ridge",
        source=JP + ", '## Ridge回帰')",
        text=_JP_J2,
        intended=_ridge_half_w,
        wrt=("w_j",),
        lets=_JP_H,
        why="½Σ(𝒘ᵀ𝒙ᵢ − yᵢ)² + (λ/2)‖𝒘‖²; " + _JP_WHY,
    ),
    Cost(
        id="f61-jp-J1-lasso",
        source=JP + ", '## Lasso回帰')",
        text=r"J_1(\bm{w}) = \frac{1}{2} \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})^2 + \lambda \\|\bm{w}\\|_1",
        intended=None,
        wrt=("w_j",),
        lets=_JP_H,
        expect="refuse",
        why="the L1 norm Σ|w_j| is not differentiable where a w_j is 0 (the note itself turns to subgradients and "
        "coordinate descent)",
    ),
    Cost(
        id="f61-fr-mse-of-sigmoid",
        source=FR + ", an earlier version of the file as the code index holds it: the MSE paragraph, 'Ce qui nous "
        "donnerait')",
        text=r"MSE = \frac{1}{n}\sum_i^n (\sigma(z_i) - y_i)^2",
        intended=_sigmoid_mse_theta,
        wrt=("theta_j",),
        lets=(r"\sigma(z) = \frac{1}{1 + e^{-z}}", r"z = \hat{X}\theta"),
        why="the report's own reading (it goes on to call it non-convex): the mean squared error of the sigmoid "
        "prediction σ(zᵢ), zᵢ = x̂ᵢᵀθ the linear score of example i with the bias folded into θ (X̂ is X with a ones "
        "column, Data.X; the let z = \\hat{X}\\theta is the later version's wording of the same report)",
    ),
    Cost(
        id="f61-fr-softmax-nll",
        source=FR + ", 'Cela nous donne une fonction de coût comme suit:', third line)",
        text=r"-\sum_i^n \sum_k^K f(Y, k)\log(P(Y_i = k | X_i))",
        intended=None,
        wrt=("theta_j",),
        lets=(r"P(Y = k| X )=\frac{e^{X \theta_k^T}}{\sum_{i = 0}^K e^{X \theta_i^T}}",),
        expect="refuse",
        why=_FR_SOFTMAX_WHY,
    ),
    # ============================================================ plain text (a code comment)
    Cost(
        id="f61-torch-comment-mse-no-sum",
        source=TORCH_FIXED + ", the comment '#MSE = 1/N * (w*x - y)**2')",
        text="MSE = 1/N * (w*x - y)**2",
        intended=None,
        wrt=("w",),
        expect="refuse",
        why="x and y are the whole data arrays and the comment has no sum: read literally it is a vector "
        "(1/N)(w·xᵢ − yᵢ)² per example, not a scalar cost; the Σ the tutorial means is only in its code "
        "(.mean()), so the line is ambiguous as written",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ EPFL project: real answers, right and wrong
    Answer(
        id="f61-epfl-logisticregression-g",
        source=EPFL_LOGREG + ", '% Calculate gradient', g =)",
        text="g = 1./m * tX' *(sigmoid(tX*beta) - y);",
        cost=_EPFL_LOGREG_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=("m = length(y)",),
        why="(1/m)Xᵀ(σ(Xβ) − y) is the gradient of the mean negative log-likelihood the same loop prints as L; "
        + _EPFL_WHY,
    ),
    Answer(
        id="f61-epfl-leastsquaresgd-g",
        source=EPFL_LSGD + ", '% compute gradient', g =)",
        text="g = ((-1)/N)*tX'*e;",
        cost=_EPFL_LSGD_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_EPFL_LSGD_LETS,
        why="−(1/N)Xᵀ(y − Xβ), the gradient of ‖e‖²/(2N); " + _EPFL_WHY,
    ),
    Answer(
        id="f61-epfl-computegradls-against-rmse",
        source=EPFL_GLS + ", g =; the repository's cost for least squares is computeCostLS.m, the RMSE)",
        text="g = 2*tX'*(tX*beta-y)",
        cost=_EPFL_LS_COST,
        verdict="different",
        wrt="beta_j",
        why="2Xᵀ(Xβ − y) is the gradient of the plain sum of squares ‖y − Xβ‖²; the project's computeCostLS is the "
        "RMSE √(‖y − Xβ‖²/N), whose gradient is Xᵀ(Xβ − y)/(N·RMSE): the pair does not match; " + _EPFL_WHY,
    ),
    Answer(
        id="f61-epfl-penlogistic-g-against-its-L",
        source=EPFL_PEN + ", '% Calculate gradient', g =, against the L the same loop prints)",
        text="g = (1/m).*(tX'*(sigmoid(tX*beta)-y));",
        cost=_EPFL_PEN_L,
        verdict="different",
        wrt="beta_j",
        lets=("m = length(y)",),
        why="g is the cross-entropy's gradient, but the L printed beside it has lost its logs: the gradient of "
        "(1/m)Σ(−yσ − (1 − y)(1 − σ)) is (1/m)Σ(1 − 2yᵢ)σᵢ(1 − σᵢ)xᵢ, not (1/m)Xᵀ(σ − y); " + _EPFL_WHY,
    ),
    Answer(
        id="f61-epfl-leastsquaresgd-g-sign-dropped",
        source=EPFL_LSGD + "; variant: the (-1) dropped)",
        text="g = (1/N)*tX'*e;",
        cost=_EPFL_LSGD_L,
        verdict="different",
        wrt="beta_j",
        lets=_EPFL_LSGD_LETS,
        why="variant: with e = y − Xβ, Xᵀe/N is minus the gradient (the ascent direction); " + _EPFL_WHY,
    ),
    Answer(
        id="f61-epfl-leastsquaresgd-g-residual-flipped",
        source=EPFL_LSGD + "; variant: the residual written Xβ − y and the sign absorbed)",
        text="g = 1/N*tX'*(tX*beta-y);",
        cost=_EPFL_LSGD_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_EPFL_LSGD_LETS,
        why="variant that stays right: −Xᵀ(y − Xβ)/N = Xᵀ(Xβ − y)/N; " + _EPFL_WHY,
    ),
    # ============================================================ FIGR (MATLAB)
    Answer(
        id="f61-figr-logregcost-grad-loop",
        source=FIGR + ", grad(1) = … and the for loop)",
        text=_FIGR_GRAD,
        cost=_FIGR_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_FIGR_LETS,
        why="grad(1) is (1/m)Σ(h − y)x₁ with no penalty (beta(1) is not penalised) and grad(i) for i ≥ 2 adds "
        "(λ/m)β_i; sum((h − y)'*xkg(:, i)) sums a scalar; " + _FIGR_WHY,
    ),
    Answer(
        id="f61-figr-grad-loop-lambda-over-2m",
        source=FIGR + "; variant: (lambda / (2 * numDatapoints)) in the loop)",
        text=_FIGR_GRAD.replace("(lambda / numDatapoints) * beta(i)", "(lambda / (2 * numDatapoints)) * beta(i)"),
        cost=_FIGR_COST,
        verdict="different",
        wrt="beta_j",
        lets=_FIGR_LETS,
        why="variant: the penalty λ/(2m)Σβ_k² has gradient (λ/m)β_i, not λ/(2m)β_i; " + _FIGR_WHY,
    ),
    Answer(
        id="f61-figr-grad-loop-bias-penalised",
        source=FIGR + "; variant: the loop starts at 1 and grad(1) line removed)",
        text="grad = zeros(size(beta, 1), 1);\n\n"
        "for i = 1 : size(grad)\n"
        "    grad(i) = (1 / numDatapoints) * sum( (h - y)' * xkg(:, i) ) + (lambda / numDatapoints) * beta(i);\nend",
        cost=_FIGR_COST,
        verdict="different",
        wrt="beta_j",
        lets=_FIGR_LETS,
        why="variant: beta(1) is outside the penalty sum(beta(2:end).^2), so its component must not get "
        "(λ/m)β₁; " + _FIGR_WHY,
    ),
    # ============================================================ C++ least squares
    Answer(
        id="f61-cpp-linear-least-squares-gradient",
        source=CPP + ", VectorXd linear_least_squares_model::gradient)",
        text=_CPP_GRAD,
        cost=_CPP_LOSS,
        verdict="equivalent",
        wrt="w_j",
        why="Σᵢ 2xᵢ(wᵀxᵢ − yᵢ)/m, the gradient of the mean squared error; " + _CPP_WHY,
    ),
    Answer(
        id="f61-cpp-gradient-two-dropped",
        source=CPP + "; variant: the factor 2 dropped)",
        text=_CPP_GRAD.replace("result += 2*(X.col(i)", "result += (X.col(i)"),
        cost=_CPP_LOSS,
        verdict="different",
        wrt="w_j",
        why="variant: the loss has no ½, so the 2 of the square stays; without it the result is half the "
        "gradient; " + _CPP_WHY,
    ),
    Answer(
        id="f61-cpp-gradient-divided-by-rows",
        source=CPP + "; variant: /X.rows() for /X.cols())",
        text=_CPP_GRAD.replace(")/X.cols();", ")/X.rows();"),
        cost=_CPP_LOSS,
        verdict="different",
        wrt="w_j",
        why="variant: X.rows() is the number of features n, not the number of examples m the loss divides by; "
        + _CPP_WHY,
    ),
    # ============================================================ Python linear_regression_by_gd
    Answer(
        id="f61-pygd-gradient-function",
        source=PYGD + ", def gradient_function)",
        text="v.T @ x / n_sample",
        cost=_PYGD_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_PYGD_LETS,
        why="vᵀx = (xθ − y)ᵀx, the row form of xᵀ(xθ − y), divided by n_sample; " + _PYGD_WHY,
    ),
    Answer(
        id="f61-pygd-gradient-no-n-sample",
        source=PYGD + "; variant: the / n_sample dropped)",
        text="v.T @ x",
        cost=_PYGD_COST,
        verdict="different",
        wrt="theta_j",
        lets=_PYGD_LETS,
        why="variant: n_sample times the gradient of the loss divided by 2·n_sample; " + _PYGD_WHY,
    ),
    Answer(
        id="f61-pygd-gradient-transposed-form",
        source=PYGD + "; variant: written x.T @ v)",
        text="x.T @ v / n_sample",
        cost=_PYGD_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_PYGD_LETS,
        why="variant that stays right: for a 1-D v, x.T @ v and v.T @ x are the same vector; " + _PYGD_WHY,
    ),
    # ============================================================ Japanese note (LaTeX and Julia)
    Answer(
        id="f61-jp-ridge-grad-component",
        source=JP + ", '### 勾配' under Ridge回帰, the first math-disp)",
        text=_JP_COMP,
        cost=_JP_J2,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_JP_H, "x_{ij} = x_j^{(i)}"),
        why="x_{ij} is feature j of example i (X's entry, the note's matrix X has rows 𝒙ᵢᵀ); " + _JP_WHY,
    ),
    Answer(
        id="f61-jp-ridge-grad-matrix",
        source=JP + ", '### 勾配' under Ridge回帰, the second math-disp)",
        text=_JP_MAT,
        cost=_JP_J2,
        verdict="equivalent",
        wrt="w_j",
        lets=_JP_H,
        why=_JP_WHY,
    ),
    Answer(
        id="f61-jp-ridge-grad-julia",
        source=JP + ", '### Ridge回帰' under Juliaによる実装, '勾配はJuliaだと以下のように書ける。')",
        text="X'*(X*w - y) + lambda*w",
        cost=_JP_J2,
        verdict="equivalent",
        wrt="w_j",
        lets=_JP_H,
        why="Julia: X' is Xᵀ; " + _JP_WHY,
    ),
    Answer(
        id="f61-jp-lasso-grad-abs",
        source=JP + ", '### 勾配' under Lasso回帰)",
        text=r"\frac{\partial J_1}{\partial w_j} = \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})x_{ij} + \lambda "
        r"\frac{\partial |w_j|}{\partial w_j}",
        cost=r"J_1(\bm{w}) = \frac{1}{2} \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})^2 + \lambda \\|\bm{w}\\|_1",
        verdict="refuse",
        wrt="w_j",
        lets=_JP_H,
        why="the answer keeps ∂|w_j|/∂w_j, which does not exist at w_j = 0 (the note says so: '最後の項が計算できない'); "
        "the lasso cost is not differentiable",
    ),
    Answer(
        id="f61-jp-ridge-grad-matrix-lambda-half",
        source=JP + "; variant: λ/2 kept in the gradient)",
        text=r"\frac{\partial J_2}{\partial \bm{w}} = X^T(X\bm{w} - \bm{y}) + \frac{\lambda}{2} \bm{w}",
        cost=_JP_J2,
        verdict="different",
        wrt="w_j",
        lets=_JP_H,
        why="variant: the ½ of (λ/2)‖𝒘‖² cancels the 2 of the square; the penalty's gradient is λ𝒘; " + _JP_WHY,
    ),
    Answer(
        id="f61-jp-ridge-grad-component-residual-flipped",
        source=JP + "; variant: (y − h) for (h − y))",
        text=r"\frac{\partial J_2}{\partial w_j} = \sum_{i=1}^{N} (y^{(i)} - h_{\bm{w}}(\bm{x}_i))x_{ij} + \lambda w_j",
        cost=_JP_J2,
        verdict="different",
        wrt="w_j",
        lets=(*_JP_H, "x_{ij} = x_j^{(i)}"),
        why="variant: the data term's sign is flipped while the penalty's is not; " + _JP_WHY,
    ),
    Answer(
        id="f61-jp-ridge-grad-component-h-expanded",
        source=JP + "; variant: h written out as 𝒘ᵀ𝒙ᵢ, as the note's lasso section does)",
        text=r"\frac{\partial J_2}{\partial w_j} = \sum_{i=1}^{N} (\bm{w}^T\bm{x}_i - y^{(i)})x_{ij} + \lambda w_j",
        cost=_JP_J2,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_JP_H, "x_{ij} = x_j^{(i)}"),
        why="variant that stays right: h_𝒘(𝒙ᵢ) = 𝒘ᵀ𝒙ᵢ; " + _JP_WHY,
    ),
    # ============================================================ German note (LaTeX)
    Answer(
        id="f61-vogl-gradient-descent-partial",
        source=VOGL + ", the align block under 'partiell Differenziert:')",
        text=_VOGL_GRAD,
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=_VOGL_LETS,
        why=_VOGL_WHY,
    ),
    Answer(
        id="f61-vogl-gradient-no-one-over-m",
        source=VOGL + "; variant: the 1/m dropped)",
        text=r"\frac{\partial J}{\partial\theta_{j}}= \sum^{m}_{i=1}(h_{\theta}(x^{(i)})-y^{(i)})\cdot x_{j}^{(i)}",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=_VOGL_LETS,
        why="variant: m times the gradient of the mean cross-entropy; " + _VOGL_WHY,
    ),
    Answer(
        id="f61-vogl-gradient-residual-flipped",
        source=VOGL + "; variant: (y − h) for (h − y))",
        text=r"\frac{\partial J}{\partial\theta_{j}}= \frac{1}{m}\sum^{m}_{i=1}(y^{(i)}-h_{\theta}(x^{(i)}))\cdot "
        r"x_{j}^{(i)}",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=_VOGL_LETS,
        why="variant: minus the gradient (the log-likelihood's gradient, not the cost's); " + _VOGL_WHY,
    ),
    # ============================================================ French report: softmax derivative
    Answer(
        id="f61-fr-softmax-derivative",
        source=FR + ", '## Dérivée', the last line 'Donc pour $n$ données')",
        text=r"\frac{\partial}{\partial \theta_{j}} \sum_m^n \sum_i^K f(Y_m, i)log(P(Y_m = i | X_m)) = \sum_m^n "
        r"X_m(f(Y_m, j) - P(Y_m = j|X_m))",
        cost=r"-\sum_i^n \sum_k^K f(Y, k)\log(P(Y_i = k | X_i))",
        verdict="refuse",
        wrt="theta_j",
        lets=(r"P(Y = k| X )=\frac{e^{X \theta_k^T}}{\sum_{i = 0}^K e^{X \theta_i^T}}",),
        why=_FR_SOFTMAX_WHY + " (θ_j here is the j-th class's weight row, not a component)",
    ),
    # ============================================================ R gradient for optim
    Answer(
        id="f61-r-grad-logistic-optim",
        source=RGRAD + ", grad <- function(beta, Y, X))",
        text=_R_GRAD,
        cost=_R_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_R_LETS,
        why="−Xᵀ(Y − π) = Xᵀ(π − Y), the gradient of the summed negative log-likelihood; " + _R_WHY,
    ),
    Answer(
        id="f61-r-grad-logistic-sign-dropped",
        source=RGRAD + "; variant: return(gr) for return(-gr))",
        text=_R_GRAD.replace("return(-gr)", "return(gr)"),
        cost=_R_COST,
        verdict="different",
        wrt="beta_j",
        lets=_R_LETS,
        why="variant: Xᵀ(Y − π) is the log-likelihood's gradient, minus the cost's; " + _R_WHY,
    ),
    Answer(
        id="f61-r-grad-logistic-crossprod-flipped",
        source=RGRAD + "; variant: crossprod(X, pi-Y) returned directly)",
        text="grad <- function(beta, Y, X){\n  pi <- plogis(X%*%beta)\n  crossprod(X, pi-Y)\n}",
        cost=_R_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_R_LETS,
        why="variant that stays right: Xᵀ(π − Y) = −Xᵀ(Y − π); " + _R_WHY,
    ),
    # ============================================================ PyTorch tutorial (hand-written NumPy gradient)
    Answer(
        id="f61-torch-gradient-len-x",
        source=TORCH_FIXED + ", def gradient)",
        text="np.dot(2*x, y_predicted - y)/len(x)",
        cost=_TORCH_COST,
        verdict="equivalent",
        wrt="w",
        lets=_TORCH_LETS,
        why="np.dot sums 2xᵢ(w xᵢ − yᵢ) over the examples and /len(x) divides by N: the MSE's derivative; "
        + _TORCH_WHY,
    ),
    Answer(
        id="f61-torch-gradient-mean-of-scalar",
        source=TORCH_MEAN + ", def gradient)",
        text="np.dot(2*x, (y_pred-y)).mean()",
        cost=_TORCH_COST,
        verdict="different",
        wrt="w",
        lets=("y_pred = w * x",),
        why="np.dot already returns the scalar Σ2xᵢ(w xᵢ − yᵢ); .mean() of a scalar is the scalar itself, so the "
        "1/N of the MSE is lost: N times the derivative (training still converges on its 4-point data with a small "
        "learning rate); " + _TORCH_WHY,
    ),
    Answer(
        id="f61-torch-comment-dJdw-no-sum",
        source=TORCH_FIXED + ", the comment '#dJ/dw = 1/N 2x(w*x - y)')",
        text="dJ/dw = 1/N 2x(w*x - y)",
        cost=_TORCH_COST,
        verdict="refuse",
        wrt="w",
        lets=_TORCH_LETS,
        why="x and y are the data arrays and the comment has no Σ or dot: '2x(w*x - y)' is either an elementwise "
        "vector or, by the code below it, a dot product; as written it is ambiguous",
    ),
]
