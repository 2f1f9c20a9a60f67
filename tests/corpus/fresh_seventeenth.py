r"""A fresh held-out wave (f17): code in many languages and Q&A questions whose gradient or cost went wrong.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* Q&A: a Data Science Stack Exchange question ("Why does my cost function return double the expected value?",
  the Coursera deep-learning convention where X's COLUMNS are the examples), a Stack Overflow Octave question
  whose θ₂ step used the scalar ``X(2)`` for the column ``X(:,2)``, an Analytics Vidhya forum question typed in
  plain text;
* code: R (a softplus-form logistic cost, an lmf/lmgrad pair dividing by ``ndata``), Octave/MATLAB (a cost
  that divides by ``size(X, 2)``, the column count; a ridge loss with the examples in the columns; a Poisson
  negative log-likelihood; a logistic cost with a transposed, row-vector h and a lowercase design matrix x),
  NumPy classes (binary logistic, linear, ridge and lasso regressions in one file, whose ridge gradient carries
  a λ the ridge loss does not have), C++/Eigen (gradient ASCENT on the log-likelihood), JavaScript
  (sylvester-style ``X_mat.x(theta_vec)``), a chain of Python lets (``n2 = 2 * n``);
* LaTeX from two GitHub READMEs/notebooks (one with ``db = \frac{1}{m}(\hat{Y} - Y)``, the sum forgotten).

Real wrong answers: the ridge gradient with λ against a λ-less loss, the ``X(2)`` slip, the forgotten Σ in db,
the ascent direction of a C++ lab. The other wrong answers are realistic one-slip variants of real answers on
the same page (lost 1/n, 2·ndata, sign, λ for 2λ), each marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``); ``cost`` and ``lets`` are the same source's, verbatim (R keeps its
``<-``; Octave and JavaScript lines keep their ``;``/``var``). Verdicts were worked out by hand. Files of the
public code index whose repository the index does not name are cited by the index's file id and the file's own
heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
DSE27146 = (
    "https://datascience.stackexchange.com/questions/27146/why-does-my-cost-function-return-double-the-expected-value "
    "(question: 'Implement … propagate()'; X is (num_px * num_px * 3, number of examples), Y is (1, number of "
    "examples))"
)
R_LOGIT = (
    "GitHub R 'logistic.grad <- function(x, y, theta)' / 'logistic.cost' / 'logistic.hessian', returning "
    "t(fm.conv.FM2R(gradient)) (public code index file 30057093192; the index names no repository)"
)
SETH = (
    "GitHub Octave '% Script GradientDescent.m', 'Author:   Seth Thor', 'Date:     08/01/2020' (public code index "
    "file 9174883986; the index names no repository)"
)
R_LMF = (
    "GitHub R '## Cost function for linear regression' lmf / '## Gradient of cost function for linear regression' "
    "lmgrad (public code index file 29636788020; the index names no repository)"
)
RIDGE_M = (
    "GitHub MATLAB 'function [loss,gradient]=ridge(w,xTr,yTr,lambda)', the variant with 'h = w' * xTr;' (public "
    "code index file 11140198579; the index names no repository)"
)
CLS = (
    "GitHub Python file with 'class BinaryLogisticRegression()', 'class LinearRegression()', 'class "
    "LassoRegression(LinearRegression)', 'class RidgeRegression(LinearRegression)' (public code index file "
    "47156278792; the index names no repository)"
)
POISS = (
    "GitHub MATLAB 'function [nll, grad] = neglogli_poiss(w, X, y, L2op)' (public code index file 11163784005; "
    "the index names no repository)"
)
FREEZ = "https://github.com/freezpmark/machine-learning-cheatsheets (notebook, '## Cost function', eq. (3))"
OCT_ROW = (
    "GitHub Octave 'function [J, grad] = Costfunction(theta, x, y)' with '% size(h) = [1, m]' (public code index "
    "file 24721709659; the index names no repository)"
)
LASTLEGION = "github:lastlegion/linearReg.js:linearReg.js (var computeCost / var gradientDescent)"
PYJ = (
    "GitHub Python 'def H(theta, X): \"Linear regression Hypotesis\"' / 'def J(theta, X, y): \"The cost "
    "funtcion\"' / 'def gradient_descent(…)' (public code index file 35218971485; the index names no repository)"
)
PYCC = (
    "GitHub Python 'def compute_cost(X, y, theta):' with 'm = len(X)  # number of training examples' (public code "
    "index file 43142742880; the index names no repository)"
)
AVIDHYA = (
    "https://discuss.analyticsvidhya.com/t/gradient-descent-problem-in-titanic-dataset/69367 (question, 'Here is "
    "the cost function given by him for logistic regression')"
)
SO43403064 = (
    "https://stackoverflow.com/questions/43403064/gradient-descent-for-linear-regression-one-variable-in-octave "
    "(question code, temp2 = …; the EDIT says X(2) should have been X(:,2))"
)
SHAKIB = (
    "https://github.com/shakib-hossain-md/Machine-Learning-99DaysWithCPC (Logistic Regression notebook, "
    "'#### Derivatives:' and class Logistic_Regression.update_weight)"
)
STA663 = "github:ZhechangYang/STA663:labs/test/funcs.cpp (Eigen::VectorXd gd(…))"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_sum_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _softplus_form_mean_theta(d):
    z = d.X @ d.theta
    return float(np.mean(-d.y * z + softplus(z)))


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _sq_over_2ncols_theta(d):
    # divides by size(X, 2), the number of COLUMNS of the m × n design matrix
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.n)


def _half_mse_wb(d):
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m)


def _mse_wb(d):
    return float(np.mean((d.X @ d.w + d.b - d.y) ** 2))


def _mse_wb_plus_sumsq(d):
    return _mse_wb(d) + float(np.sum(d.w**2))


def _ridge_sum_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _poisson_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


# ------------------------------------------------------------------ shared texts
_DSE_J = r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})"
_DSE_LETS = (r"A = \sigma(w^T X + b) = (a^{(0)}, a^{(1)}, ..., a^{(m-1)}, a^{(m)})",)
_DSE_CODE_LETS = ("m = X.shape[1]", "A = sigmoid(np.dot(w.T,X)+b)")
_RL_J = "(1/m)*sum(y*(-x %*% t(theta)) + log(1 + exp(x %*% t(theta))))"
_RL_LETS = ("m <- length(y)",)
_RL_GRAD = "(1 / length(y)) * (t(x) %*% (1/(1 + exp(-x %*% t(theta))) - y))"
_SETH_J = "( 1/(2*m) ) * sum( (h - y).^2 )"
_SETH_LETS = ("m = size(X, 2);", "h = X*theta;")
_LMF_J = "sum((X%*%theta-y)^2)/(2*ndata)"
_RIDGE_J = "(h - yTr) * (h - yTr)' + lambda * (w' * w)"
_RIDGE_LETS = ("h = w' * xTr;",)
_RIDGE_G = "(2 * h * xTr')' - 2 * xTr * yTr' + 2 * lambda * w"
_BLR_J = "-np.mean(loss)"
_BLR_LETS = (
    "Z = X @ self.w + self.b",
    "y_pred = self.sigmoid(Z)",
    "loss = y*np.log(y_pred) + (1-y)*np.log(1-y_pred)",
)
_BLR_G_LETS = _BLR_LETS + ("self.n, self.m = X.shape",)
_LR_J = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1))"
_LR_LETS = ("Y_pred = self.predict(X)", "predict(self, X) = (X @ self.W) + self.b")
_LR_G_LETS = _LR_LETS + ("n = X.shape[0]",)
_RR_J = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
_POI_J = "sum(mu - y .* Xw)"
_POI_LETS = ("Xw = X * w;", "mu = exp(Xw);")
_OCT_J = "1 / m * (- log(h) * y - log(1 - h) * (1 - y))"
_OCT_LETS = ("m = length(y);", "z = x * theta;", "h = sigmoid(z)';")
_SHK_LETS = (r"\hat{Y} = \frac{1}{1 + e^{-Z}} \quad \text{where} \quad Z = w \cdot X + b",)
_SHK_CODE_LETS = ("Y_hat = 1 / (1 + np.exp( - ( self.X.dot( self.w ) + self.b ) ) )", "self.m, self.n = X.shape")
_STA_LETS = ("int n = X.rows();", "Eigen::MatrixXd Xt = X.transpose();", "y_pred = logistic(X * beta);",
             "epsilon = y - y_pred;")

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f17-dse27146-code-cost-outer-product",
        source=DSE27146 + " (the asker's code: cost = …, the line the question is about)",
        text="-1/m * np.sum(np.dot(Y.T,np.log(A)) + np.dot((1-Y).T,np.log(1-A)))",
        intended=None,
        expect="refuse",
        why="its meaning depends on array shapes the expression does not carry: with Y and A of shape (1, m) "
        "(the docstring), np.dot(Y.T, log A) is an m×m OUTER product and np.sum gives (Σy)(Σlog a) + …, which is "
        "why the asker's value came out wrong; with 1-D arrays it would be the usual inner product. Not readable "
        "from the text alone",
    ),
    Cost(
        id="f17-avidhya-plain-J-summed-over-records",
        source=AVIDHYA + " (the J(theta) line; h from the 'h(x) = …' line below it)",
        text="J(theta) = -ylog(h(x)) - (1-y)log(1-h(x)) (summed over all records)",
        intended=_ce_sum_theta,
        lets=("h(x) = 1/1+e(-np.multiple(thetaTranspose,X))",),
        why="typed in plain text: 'ylog(h(x))' is y·log h; the prose '(summed over all records)' makes it the "
        "summed cross-entropy (no 1/m); the h line, sloppy as typed (1/1+e(…) lacks parentheses, e(…) is "
        "exp), means the sigmoid of θᵀx (the asker's code itself slips again: 1/(1 + expit(−θᵀX)))",
    ),
    # ============================================================ R
    # ============================================================ Octave / MATLAB
    Cost(
        id="f17-seth-octave-m-is-size-X-2",
        source=SETH + " (function J = CostFunction(theta, X, y); m and h from the two lines above)",
        text=_SETH_J,
        intended=_sq_over_2ncols_theta,
        lets=_SETH_LETS,
        why="literal meaning: size(X, 2) is the number of COLUMNS, and the file's own note says 'X: m(samples) x "
        "n(parameters)', so m here is n despite the comment '% # of samples/columns'; J = Σ(Xθ − y)²/(2n)",
    ),
    # ============================================================ Python / NumPy
    Cost(
        id="f17-pyj-let-chain-n2",
        source=PYJ + " (gradient_descent: J = …; n, n2, h, d from the lines above it)",
        text="np.dot(d, d) / n2",
        intended=_half_mse_theta,
        lets=("n = float(len(y))", "n2 = 2 * n", "h = np.dot(X, theta)", "d = h - y"),
        why="a chain of lets: d·d = Σ(Xθ − y)², n2 = 2m: the half mean squared error",
    ),
    # ============================================================ JavaScript
    Cost(
        id="f17-lastlegion-js-sylvester-let-reassigned",
        source=LASTLEGION + " (computeCost: var J = …; m, h_vec, diff_vec from the lines above)",
        text="(1/(2*m))*(diff_vec.sum())",
        intended=_half_mse_theta,
        lets=(
            "var m = y_vec.cols();",
            "var h_vec = X_mat.x(theta_vec);",
            "var diff_vec= h_vec.subtract(y_vec);",
            "diff_vec = diff_vec.elementMultiply(diff_vec)",
        ),
        why="matrix-library JavaScript: X_mat.x(theta_vec) is Xθ, diff_vec is REASSIGNED to its own elementwise "
        "square, so the sum is Σ(Xθ − y)²; y_vec.cols() counts the examples (y stored as a row): the half mean "
        "squared error in theta_vec",
    ),
    # ============================================================ LaTeX
]

ANSWERS: list[Answer] = [
    # ============================================================ Q&A
    Answer(
        id="f17-dse27146-dw-code",
        source=DSE27146 + " (the asker's code: dw = …; m and A from the lines above; cost: the question's J)",
        text="1/m*np.dot(X,(A-Y).T)",
        cost=_DSE_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_DSE_CODE_LETS,
        why="X is (n, m), so m = X.shape[1] counts the examples and np.dot(X, (A − Y).T) = Σᵢ x⁽ⁱ⁾(aᵢ − yᵢ)",
    ),
    Answer(
        id="f17-dse27146-db-code",
        source=DSE27146 + " (db = …)",
        text="1/m*np.sum(A-Y)",
        cost=_DSE_J,
        verdict="equivalent",
        wrt="b",
        lets=_DSE_CODE_LETS,
    ),
    Answer(
        id="f17-so43403064-X2-scalar-not-column",
        source=SO43403064,
        text="sum( (X * theta - y) .* X(2) ) / m",
        cost="linear",
        verdict="different",
        wrt="theta_2",
        why="the factor after α in theta(2)'s step; X(2) is ONE element (linear index: X(2,1)), not the column "
        "X(:,2) — the asker's own EDIT; so this is X(2,1)·Σ(h − y)/m, not (1/m)Σ(h − y)x₂ (Octave's theta(2) is "
        "θ₂, X(:,2) its feature); the cost is ex1's J = (1/2m)Σ(Xθ − y)², the standard linear cost",
    ),
    # ============================================================ R
    Answer(
        id="f17-r-logistic-grad-reversed",
        source=R_LOGIT + " (logistic.grad with the residual reversed — a variant)",
        text="(1 / length(y)) * (t(x) %*% (y - 1/(1 + exp(-x %*% t(theta)))))",
        cost=_RL_J,
        verdict="different",
        lets=_RL_LETS,
        why="variant (sign): minus the gradient",
    ),
    Answer(
        id="f17-r-lmgrad-2-ndata",
        source=R_LMF + " (lmgrad with the cost's 2*ndata kept — a variant)",
        text="t(X)%*%(X%*%theta-y)/(2*ndata)",
        cost=_LMF_J,
        verdict="different",
        why="variant (kept ½): half the gradient",
    ),
    # ============================================================ Octave / MATLAB
    # ============================================================ Python / NumPy
    Answer(
        id="f17-cls-binary-dJ-dw-lost-n",
        source=CLS + " (dJ_dw without /self.n — a variant)",
        text="(X.T @ (y_pred - y))",
        cost=_BLR_J,
        verdict="different",
        wrt="w_j",
        lets=_BLR_G_LETS,
        why="variant (lost 1/n): the cost is a mean",
    ),
    # ============================================================ LaTeX + code (README notebook)
    Answer(
        id="f17-shakib-dw-cdot-row-times-X",
        source=SHAKIB + " ('#### Derivatives:', the dw display; Ŷ and Z from '### Logistic Regression')",
        text=r"dw = \frac{1}{m} \cdot (\hat{Y} - Y) \cdot X",
        cost="logistic",
        verdict="equivalent",
        wrt="w_j",
        lets=_SHK_LETS,
        why="matrix shorthand: (Ŷ − Y) as a row times the m×n X is Σᵢ(ŷᵢ − yᵢ)xᵢ, the gradient of the mean "
        "cross-entropy (the notebook shows no cost formula; its model is σ(w·X + b), the standard cost with 1/m)",
    ),
    Answer(
        id="f17-shakib-db-sum-forgotten",
        source=SHAKIB + " ('#### Derivatives:', the db display)",
        text=r"db = \frac{1}{m} \cdot (\hat{Y} - Y)",
        cost="logistic",
        verdict="different",
        wrt="b",
        lets=_SHK_LETS,
        why="the Σ is missing: (Ŷ − Y)/m is a vector of m residuals, not the scalar (1/m)Σ(ŷᵢ − yᵢ) (the "
        "notebook's code does np.sum)",
    ),
    Answer(
        id="f17-shakib-dw-code",
        source=SHAKIB + " (update_weight: dw = …; Y_hat from the line above, m from fit())",
        text="(1/self.m) * np.dot(self.X.T, (Y_hat - self.Y ))",
        cost="logistic",
        verdict="equivalent",
        wrt="w_j",
        lets=_SHK_CODE_LETS,
        why="self.m is the number of rows (the notebook: 'number of data points … --> m')",
    ),
    Answer(
        id="f17-shakib-db-code",
        source=SHAKIB + " (update_weight: db = …)",
        text="(1/self.m) * np.sum( Y_hat - self.Y )",
        cost="logistic",
        verdict="equivalent",
        wrt="b",
        lets=_SHK_CODE_LETS,
    ),
    # ============================================================ C++
    Answer(
        id="f17-sta663-eigen-ascent-direction",
        source=STA663 + " (grad = …; n, Xt, y_pred, epsilon from the lines above; the update is beta += alpha "
        "* grad)",
        text="Xt * epsilon / n",
        cost="logistic",
        verdict="different",
        wrt="beta_j",
        lets=_STA_LETS,
        why="epsilon = y − ŷ, so this is Xᵀ(y − σ(Xβ))/n, the gradient of the mean LOG-LIKELIHOOD (the code "
        "ascends: beta += …); against the mean cross-entropy cost it has the wrong sign",
    ),
]
