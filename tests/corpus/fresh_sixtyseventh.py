r"""A fresh held-out wave (f67): the mainstream of an introductory ML course outside Stanford/Coursera, drawn the way
a grader would draw it — students' homework code for McGill COMP 551 (logistic regression with and without L2,
least squares by gradient descent), UW CSE 446 (L2-regularized logistic loss with ±1 labels and an intercept b),
UCSD CSE 250B (the derivative of the log conditional likelihood in MATLAB), a problem set with a Huber penalty, an
Aarhus-style logistic-regression handin report, tutorial code (SVRG/SAGA notes), and a Q&A question ('Gradient
descent thetas not converging', Octave).

Gathered blind (logderiv's code, docs and tests other than items.py, __init__.py and fresh_fiftyseventh.py unread,
logderiv not run while choosing or working out items) from repositories, pages and index files that no other corpus
file uses:

* code (course homework): ramonfigueiredo/comp551-2020-p1-logistic_regression_and_naive_bayes (cost with
  (lambdaa/2)·w[1:]ᵀw[1:] inside the mean, gradient with grad[1:] += …); yuhang-z/comp551 (a logistic-regression
  'gradient' that forgot the logistic function: X.T·(Xw − Y)/N); cuent/comp551 (least squares, dw = 2(XᵀXw − Xᵀy)
  scaled by n); michaelghuang19/cse446 (J_function and grad_J, labels ±1, intercept b, λ‖w‖²); ericboris/
  CSE446-Machine-Learning (gradient_loss, gradient_w, gradient_b); Sudoka/CSE250B_LogReg (derivativeLCL, whose
  'p = ( 1 / ( 1 + exp(-z) ) )'' is MATLAB's matrix right division, not the elementwise sigmoid); landon23/
  ML-course1 (objective = huber(w, delta) + C*logLoss, refused);
* code and notes without a named repository: public code index file 8851506580 (a handin's cost_grad) and
  57155640312 (SVRG/SAGA notes: logistic_loss and grad_full);
* Q&A: stackguides.com question 42332058 (the asker's Octave update with m = 7 written in).

Names follow the sources: X, x (Sudoka, landon23), X_train and phi are the design matrix Data.X; w, self.w, B
(Sudoka's row vector of parameters) and theta are the weight vector (B is drawn as Data.w), b the intercept Data.b;
y, Y the labels Data.y (±1 labels in the CSE 446 and handin code: their formulas are functions of any y). λ is
Data.lam where the source names it lam; where the source names the constant otherwise and sets its value
(lambdaa=.1, regularized_lambda=1E-1) the value is given as a let and used in ``intended``. Where a source gives
no cost for an answer, ``why`` says which cost it is graded against (then written by the collector, marked so).
About 45% of the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against central finite differences of the costs
(/tmp/f67/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
RAMON = (
    "https://github.com/ramonfigueiredo/comp551-2020-p1-logistic_regression_and_naive_bayes/blob/"
    "0f888161ef0818dce69bc18905ab2e37d303defb/code/linear_model/logistic_regression.py (McGill COMP 551 mini-project "
    "1, class LogisticRegression"
)
YUHANG = (
    "https://github.com/yuhang-z/comp551/blob/129abf3cdb96c5af40ff8c1411afeee0c8b7310e/P1/Logistic_Regression.py "
    "(McGill COMP 551 project 1, class Logistic_Regression, 'Helper Method to Compute Gradient', "
    "'# Refrence: Lecture 6 \"GD for logistic Regresssion\"'"
)
CUENT = (
    "https://github.com/cuent/comp551/blob/f715b26a5484c00e3d1a9f970f328a4cb4023288/assignments/assignment1/src/"
    "linear_regression.py (McGill COMP 551 assignment 1, LinearRegressionGD.fit"
)
MGH = (
    "https://github.com/michaelghuang19/cse446/blob/4295aa744e517b0ad7af8cd19319fd772bc24496/hw2-code/src/logistic.py "
    "(UW CSE 446 HW2, binary logistic regression on MNIST 2s and 7s"
)
ERIC = (
    "https://github.com/ericboris/CSE446-Machine-Learning/blob/5f43ca651b52cbc06b6692c6802b98c154ae5121/hw2/code/"
    "Supplemental.py (UW CSE 446 HW2, 'Define Supplemental functions for Problems 5-7.'"
)
SUDOKA = (
    "https://github.com/Sudoka/CSE250B_LogReg/blob/85d72d7cdd64f2c87bda9ef1a2554501bf3bc824/derivativeLCL.m "
    "(UCSD CSE 250B project 1, 'DERIVATIVELCL Calculate derivative of LCL with respect to B.'"
)
LANDON = (
    "https://github.com/landon23/ML-course1/blob/4a268eab31ccbd1c51c5f3fc93b8004dc4e26473/pset6/hw6.py (problem set 6: "
    "'logistic regression models with various regularizations … Huber loss'"
)
HANDIN = (
    "public code index file 8851506580 (a handin report in Markdown, 'PART I: Logistic Regression', '#### Actual "
    "Code', '# cost_grad'; the index does not name its repository"
)
VARRED = (
    "public code index file 57155640312 (Python notes 'VARIANCE-REDUCED SGD', '--- Logistic Regression: SVRG and "
    "SAGA ---'; the index does not name its repository"
)
SG = (
    "https://stackguides.com/questions/42332058/gradient-descent-thetas-not-converging (question 'Gradient descent "
    "thetas not converging', Octave, 'I'm using this formula:'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ramon_cost(d):
    z = d.X @ d.w
    data = np.mean(d.y * np.log1p(np.exp(-z)) + (1 - d.y) * np.log1p(np.exp(z)))
    return float(data + 0.1 / 2 * float(d.w[1:] @ d.w[1:]))


def _pm_logistic_mean_l2_w_b(d):
    s = d.b + d.X @ d.w
    return float(np.mean(np.log1p(np.exp(-d.y * s))) + d.lam * float(d.w @ d.w))


def _eric_cost(d):
    s = d.b + d.X @ d.w
    return float(np.mean(np.log1p(np.exp(-d.y * s))) + 0.1 * float(d.w @ d.w))


def _pm_logistic_mean_w(d):
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


# ------------------------------------------------------------------ texts the items share
_RAMON_COST = (
    "np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z))\n"
    "                    + (self.lambdaa / 2) * np.dot(self.w[1:].T, self.w[1:]))"
)
_RAMON_LETS = ("z = np.dot(X, self.w)", "self.lambdaa = lambdaa", "lambdaa=.1")
_RAMON_GRAD_LETS = (
    "N, D = X.shape",
    "yh = self.logistic(np.dot(X, self.w))",
    "self.logistic(z) = 1 / (1 + np.exp(-z))",
    "self.lambdaa = lambdaa",
    "lambdaa=.1",
)
_RAMON_WHY = (
    "X is the design matrix with its bias column first (Data.X), self.w the weights (Data.w, self.w[0] the bias's "
    "weight, kept out of the penalty), y the 0/1 labels; lambdaa is the constructor's default .1. The penalty is a "
    "scalar added inside np.mean, so the mean keeps it once: J = mean cross-entropy + (0.1/2)Σ_{k≥1}w_k² "
    "(y·log(1 + e^{−z}) + (1 − y)·log(1 + e^{z}) is the cross-entropy of σ(z))"
)

_MGH_COST = "1/n * np.sum(np.log(1 + np.exp(inside))) + lam * np.dot(w.T, w)"
_MGH_LETS = ("inside = np.multiply(-y, b + np.dot(w.T, X.T))", "n = y.size")
_MGH_GRAD_LETS = (
    "temp = b + np.dot(w.T, X.T)",
    "mu = 1 / (1 + np.exp(np.multiply(-1*y, temp.T)))",
    "n = y.size",
)
_MGH_WHY = (
    "J_function's docstring: 'the (normalized) logistic error function'; X is n × d with rows as measurements "
    "(Data.X), w the weights (Data.w), b the bias (Data.b, not penalised), y the ±1 labels, lam = λ (Data.lam): "
    "J = (1/n)Σ log(1 + e^{−yᵢ(b + xᵢᵀw)}) + λwᵀw; mu is σ(yᵢ(b + xᵢᵀw))"
)

_ERIC_COST = "np.mean(np.log(1 + np.exp(-y * (b + X.dot(w))))) + (regularized_lambda * w.dot(w))"
_ERIC_LETS = ("regularized_lambda=1E-1",)
_ERIC_GRAD_LETS = ("_mu(X, y, w, b) = 1 / (1 + np.exp(-y * (b + X.dot(w))))", "regularized_lambda=1E-1")
_ERIC_WHY = (
    "def gradient_loss ('Return the loss function J.'): X the n × d data (Data.X), w the weights (Data.w), b the "
    "offset (Data.b, not penalised), y the ±1 labels; regularized_lambda is the functions' default 1E-1: "
    "J = mean log(1 + e^{−y(b + Xw)}) + 0.1·wᵀw"
)

_HANDIN_COST = "np.mean(np.log(1 + np.exp(-y * (X @ w))))"
_HANDIN_WHY = (
    "the handin's cost_grad: X the n × d data (Data.X), w the weights (Data.w), y the ±1 labels; logistic is the "
    "handin's logistic (sigmoid) helper, defined elsewhere in its code, 1/(1 + e^{−z})"
)
_VARRED_COST = "np.mean(np.log(1 + np.exp(-y * (X @ w))))"
_VARRED_LETS = ("p = 1 / (1 + np.exp(-y * (X @ w)))",)
_VARRED_WHY = (
    "def logistic_loss(w, X, y) and def grad_full(w, data) with X, y = data: X the n × d data (Data.X), w the "
    "weights (Data.w), y the ±1 labels (y = (p > 0.5)·2 − 1 in the notes)"
)

_COMP551_CE = (
    r"J(w) = -\frac{1}{N}\sum_{n=1}^{N}\left[ y^{(n)}\log\sigma(w^T x^{(n)}) + (1-y^{(n)})\log(1-\sigma(w^T "
    r"x^{(n)}))\right]"
)
_YUHANG_WHY = (
    "the file gives no cost; graded against the course's logistic-regression cost (COMP 551 'Lecture 6', the mean "
    "cross-entropy of σ(wᵀx), written here by the collector); X is the N × D design matrix with a bias column "
    "(Data.X), w the weights (Data.w), Y the 0/1 labels"
)

_CUENT_LETS = ("const1 = X.T.dot(y)", "const2 = X.T.dot(X)", "n = X.shape[0]")
_CUENT_MSE = r"\frac{1}{n}\sum_{i=1}^{n}(w^T x_i - y_i)^2"
_CUENT_SSE = r"\sum_{i=1}^{n}(w^T x_i - y_i)^2"
_CUENT_WHY = (
    "the class is LinearRegressionGD beside the closed-form LinearRegressionMSE; the file gives no cost, so the "
    "costs are written by the collector: the mean squared error (what the step 'self.lr.compute(dw / n)' descends, "
    "'scale gradient by n') or the plain sum of squares; X the design matrix with its bias column (Data.X), self.w "
    "the weights (Data.w), y the targets"
)

_SG_COST = "J = 1/(2*7) * sum((X*theta - y).^2)"
_SG_WHY = (
    "the question gives no cost; the asker's 7 × 2 X (a ones column and one feature) and 7 targets, in Octave, with "
    "'theta = theta - 0.001 * (1 / 7) * (X' * (X * theta - y))': graded against the course's squared-error cost "
    "with m = 7 written in (collector's text); X the design matrix (Data.X), theta the coefficients"
)

_SUDOKA_COST = "sum(y .* log(1 ./ (1 + exp(-x*B'))) + (1 - y) .* log(1 - 1 ./ (1 + exp(-x*B'))))"
_SUDOKA_LETS = (
    "nExamples = size(x,1)",
    "nFeatures = size(x,2)",
    "BMatrix = repmat(B,nExamples,1)",
    "z = sum(BMatrix.*x, 2)",
    "p = ( 1 / ( 1 + exp(-z) ) )';",
    "diff = y - p;",
    "diffMatrix = repmat(diff, 1, nFeatures);",
)
_SUDOKA_WHY = (
    "the file gives no LCL; graded against the log conditional likelihood LCL = Σ yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ), "
    "pᵢ = σ(xᵢBᵀ) (the project's objective, maximised; written by the collector in the file's MATLAB); x is the "
    "n × d feature matrix (Data.X), B the row vector of parameters (drawn as Data.w), y the 0/1 labels; "
    "z = sum(BMatrix.*x, 2) is x·Bᵀ; the function's last line, meanDLCL = mean(abs(dLCL)), is a convergence "
    "measure, not the derivative, and is left out"
)

COSTS: list[Cost] = [
    # ============================================================ course homework code
    Cost(
        id="f67-comp551-ramon-cost-l2-inside-mean",
        source=RAMON + ", def cost, J =)",
        text=_RAMON_COST,
        intended=_ramon_cost,
        wrt=("w_j",),
        lets=_RAMON_LETS,
        why=_RAMON_WHY,
    ),
    Cost(
        id="f67-cse446-mgh-j-function-pm1-labels",
        source=MGH + ", def J_function, return)",
        text=_MGH_COST,
        intended=_pm_logistic_mean_l2_w_b,
        wrt=("w_j", "b"),
        lets=_MGH_LETS,
        why=_MGH_WHY + "; np.squeeze only drops unit dimensions",
    ),
    Cost(
        id="f67-cse446-ericboris-gradient-loss",
        source=ERIC + ", def gradient_loss)",
        text=_ERIC_COST,
        intended=_eric_cost,
        wrt=("w_j", "b"),
        lets=_ERIC_LETS,
        why=_ERIC_WHY,
    ),
    Cost(
        id="f67-handin-cost-grad-cost",
        source=HANDIN + ", cost =)",
        text=_HANDIN_COST,
        intended=_pm_logistic_mean_w,
        wrt=("w_j",),
        why=_HANDIN_WHY,
    ),
    Cost(
        id="f67-varred-logistic-loss",
        source=VARRED + ", def logistic_loss)",
        text=_VARRED_COST,
        intended=_pm_logistic_mean_w,
        wrt=("w_j",),
        why=_VARRED_WHY,
    ),
    Cost(
        id="f67-pset6-huber-plus-c-logloss-refused",
        source=LANDON + ", def objective)",
        text="huber(w, delta)+C* logLoss(w, x, y)",
        intended=None,
        wrt=("w_j",),
        lets=(
            "huber(w, delta): I = np.where(np.abs(w) > delta); J = np.where(np.abs(w) <= delta); "
            "total = np.sum(w[J]*w[J]/2); total = total + np.sum(delta*np.abs(w[I])-delta*delta/2)",
            "logLoss(w, x, y) = np.sum(np.log(1+np.exp(-y*(x.dot(w[1:l])+w[0]))))",
            "l = len(w)",
        ),
        expect="refuse",
        why="the Huber penalty is defined piecewise through np.where on |w| > delta and np.abs (not a formula of "
        "supported functions), delta and C have no values in the source (fit(self, C, delta) takes them), and the "
        "log-loss reads w[0] as the intercept and w[1:l] as the weights: refuse rather than guess",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f67-comp551-yuhang-gradient-without-logistic",
        source=YUHANG + ", def gradient)",
        text="yh = np.dot(X, w)\ngrad = np.dot(X.T, yh-Y) / N",
        cost=_COMP551_CE,
        verdict="different",
        wrt="w_j",
        lets=("N,D = X.shape",),
        why="the real mistake: yh is the linear score Xw, not σ(Xw), so this is the least-squares gradient "
        "Xᵀ(Xw − y)/N; the cross-entropy's is Xᵀ(σ(Xw) − y)/N; " + _YUHANG_WHY,
    ),
    Answer(
        id="f67-sudoka-cse250b-dlcl-matrix-division",
        source=SUDOKA + ", dLCL =)",
        text="dLCL = sum(diffMatrix.*x, 1);",
        cost=_SUDOKA_COST,
        verdict="different",
        wrt="B_j",
        lets=_SUDOKA_LETS,
        why="the real mistake: in MATLAB '1 / (1 + exp(-z))' with a column vector is matrix right division (the "
        "least-squares solution of q·(1 + e^{−z}) = 1, a row with a single non-zero entry), not the elementwise "
        "1 ./ (…); so p is not σ(z) and Σ(y − p)xᵢ is not ∂LCL/∂B; " + _SUDOKA_WHY,
    ),
    Answer(
        id="f67-stackguides-42332058-octave-one-over-seven",
        source=SG + ")",
        text="(1 / 7) * (X' * (X * theta - y))",
        cost=_SG_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="the asker's gradient is right for 7 examples: (1/7)Xᵀ(Xθ − y); the thetas blow up because the step "
        "0.001 is too large for the unscaled feature (values near 90), not because of the gradient; " + _SG_WHY,
    ),
    Answer(
        id="f67-comp551-ramon-gradient-masked-penalty",
        source=RAMON + ", def gradient)",
        text="grad = np.dot(X.T, yh - y) / N\ngrad[1:] += self.lambdaa * self.w[1:]  # Regularization",
        cost=_RAMON_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_RAMON_GRAD_LETS, "z = np.dot(X, self.w)"),
        why="(1/N)Xᵀ(σ(Xw) − y) plus 0.1·w_k for every k ≥ 1 (the ½ of the penalty cancels the 2); " + _RAMON_WHY,
    ),
    Answer(
        id="f67-cse446-mgh-nabla-w",
        source=MGH + ", def grad_J, nabla_w =)",
        text="nabla_w = 1/n * np.dot(np.multiply(-y, X).T, 1-mu) + 2 * lam * w",
        cost=_MGH_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_MGH_GRAD_LETS,
        why="∂/∂w log(1 + e^{−y s}) = −y(1 − σ(ys))x, averaged, plus 2λw; " + _MGH_WHY,
    ),
    Answer(
        id="f67-cse446-mgh-nabla-b",
        source=MGH + ", def grad_J, nabla_b =)",
        text="nabla_b = 1/n * np.dot(-y.T, 1-mu)",
        cost=_MGH_COST,
        verdict="equivalent",
        wrt="b",
        lets=_MGH_GRAD_LETS,
        why="b is not penalised: (1/n)Σ −yᵢ(1 − μᵢ); " + _MGH_WHY,
    ),
    Answer(
        id="f67-cse446-ericboris-gradient-w",
        source=ERIC + ", def gradient_w)",
        text="np.mean(((_mu(X, y, w, b) - 1) * y)[:, None] * X, axis=0) + (2 * regularized_lambda * w)",
        cost=_ERIC_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_ERIC_GRAD_LETS,
        why="(μ − 1)y = −y(1 − σ(y(b + xᵀw))), times x and averaged, plus 2·0.1·w; " + _ERIC_WHY,
    ),
    Answer(
        id="f67-cse446-ericboris-gradient-b",
        source=ERIC + ", def gradient_b)",
        text="np.mean(((_mu(X, y, w, b) - 1) * y), axis=0)",
        cost=_ERIC_COST,
        verdict="equivalent",
        wrt="b",
        lets=_ERIC_GRAD_LETS,
        why="the offset is not penalised; " + _ERIC_WHY,
    ),
    Answer(
        id="f67-handin-cost-grad-grad",
        source=HANDIN + ", grad =)",
        text="grad = -np.mean((y * logistic(-y * (X @ w)))[:, np.newaxis] * X, axis=0)",
        cost=_HANDIN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("logistic(z) = 1 / (1 + np.exp(-z))",),
        why="d/dw log(1 + e^{−y xᵀw}) = −y σ(−y xᵀw) x, averaged over the rows; " + _HANDIN_WHY,
    ),
    Answer(
        id="f67-varred-grad-full",
        source=VARRED + ", def grad_full)",
        text="-X.T @ (y * (1 - p)) / len(y)",
        cost=_VARRED_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_VARRED_LETS,
        why="1 − σ(y xᵀw) = σ(−y xᵀw): −(1/n)Σ yᵢσ(−yᵢxᵢᵀw)xᵢ; " + _VARRED_WHY,
    ),
    Answer(
        id="f67-comp551-cuent-dw-over-n-mse",
        source=CUENT + ", dw = … self.lr.compute(dw / n))",
        text="dw / n",
        cost=_CUENT_MSE,
        verdict="equivalent",
        wrt="w_j",
        lets=("dw = 2 * (const2.dot(self.w) - const1)", *_CUENT_LETS),
        why="2(XᵀXw − Xᵀy)/n = (2/n)Xᵀ(Xw − y), the MSE's gradient; " + _CUENT_WHY,
    ),
    Answer(
        id="f67-comp551-cuent-dw-sse",
        source=CUENT + ", dw =)",
        text="dw = 2 * (const2.dot(self.w) - const1)",
        cost=_CUENT_SSE,
        verdict="equivalent",
        wrt="w_j",
        lets=_CUENT_LETS,
        why="2Xᵀ(Xw − y) is the gradient of the plain sum of squares; " + _CUENT_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f67-comp551-yuhang-gradient-with-logistic",
        source=YUHANG + "; variant: yh through the file's logistic_function)",
        text="yh = 1.0 / (1.0 + math.e**(-np.dot(X, w)))\ngrad = np.dot(X.T, yh-Y) / N",
        cost=_COMP551_CE,
        verdict="equivalent",
        wrt="w_j",
        lets=("N,D = X.shape",),
        why="variant: with the logistic function (the file's logistic_function, 1.0 / (1.0 + math.e**(-logit))) "
        "the gradient is the cross-entropy's, Xᵀ(σ(Xw) − y)/N; " + _YUHANG_WHY,
    ),
    Answer(
        id="f67-sudoka-cse250b-dlcl-elementwise",
        source=SUDOKA + "; variant: p = 1 ./ (1 + exp(-z)), no transpose)",
        text="dLCL = sum(diffMatrix.*x, 1);",
        cost=_SUDOKA_COST,
        verdict="equivalent",
        wrt="B_j",
        lets=(*_SUDOKA_LETS[:4], "p = 1 ./ ( 1 + exp(-z) );", *_SUDOKA_LETS[5:]),
        why="variant: with the elementwise ./ (and p kept a column) p = σ(xBᵀ) and Σ(yᵢ − pᵢ)xᵢ is ∂LCL/∂B; "
        + _SUDOKA_WHY,
    ),
    Answer(
        id="f67-stackguides-42332058-sign-flipped",
        source=SG + "; variant: y - X * theta)",
        text="(1 / 7) * (X' * (y - X * theta))",
        cost=_SG_COST,
        verdict="different",
        wrt="theta_j",
        why="variant: the residual turned round gives −∇J (the ascent direction); " + _SG_WHY,
    ),
    Answer(
        id="f67-comp551-ramon-gradient-unmasked-penalty",
        source=RAMON + "; variant: the penalty added to every component)",
        text="grad = np.dot(X.T, yh - y) / N\ngrad += self.lambdaa * self.w  # Regularization",
        cost=_RAMON_COST,
        verdict="different",
        wrt="w_j",
        lets=(*_RAMON_GRAD_LETS, "z = np.dot(X, self.w)"),
        why="variant: self.w[0] is not in the cost's penalty (self.w[1:] only), so its component gets no "
        "0.1·w₀; " + _RAMON_WHY,
    ),
    Answer(
        id="f67-cse446-mgh-nabla-w-lam-w",
        source=MGH + "; variant: lam * w for 2 * lam * w)",
        text="nabla_w = 1/n * np.dot(np.multiply(-y, X).T, 1-mu) + lam * w",
        cost=_MGH_COST,
        verdict="different",
        wrt="w_j",
        lets=_MGH_GRAD_LETS,
        why="variant: the penalty λwᵀw has no ½, so its gradient is 2λw; " + _MGH_WHY,
    ),
    Answer(
        id="f67-cse446-mgh-nabla-b-penalised",
        source=MGH + "; variant: a penalty term on b)",
        text="nabla_b = 1/n * np.dot(-y.T, 1-mu) + 2 * lam * b",
        cost=_MGH_COST,
        verdict="different",
        wrt="b",
        lets=_MGH_GRAD_LETS,
        why="variant: J penalises wᵀw only, so ∂J/∂b has no 2λb; " + _MGH_WHY,
    ),
    Answer(
        id="f67-cse446-ericboris-gradient-w-sign",
        source=ERIC + "; variant: (1 - _mu) for (_mu - 1))",
        text="np.mean(((1 - _mu(X, y, w, b)) * y)[:, None] * X, axis=0) + (2 * regularized_lambda * w)",
        cost=_ERIC_COST,
        verdict="different",
        wrt="w_j",
        lets=_ERIC_GRAD_LETS,
        why="variant: the data term's sign flipped (the log-likelihood's gradient, not the loss's), while the "
        "penalty's stays; " + _ERIC_WHY,
    ),
    Answer(
        id="f67-handin-cost-grad-grad-sign-inside",
        source=HANDIN + "; variant: logistic(y * (X @ w)))",
        text="grad = -np.mean((y * logistic(y * (X @ w)))[:, np.newaxis] * X, axis=0)",
        cost=_HANDIN_COST,
        verdict="different",
        wrt="w_j",
        lets=("logistic(z) = 1 / (1 + np.exp(-z))",),
        why="variant: σ(y xᵀw) where σ(−y xᵀw) belongs (the derivative of log(1 + e^{−t}) is −σ(−t)); "
        + _HANDIN_WHY,
    ),
    Answer(
        id="f67-comp551-cuent-dw-against-mse",
        source=CUENT + "; variant: dw taken as the MSE's gradient, the / n dropped)",
        text="dw = 2 * (const2.dot(self.w) - const1)",
        cost=_CUENT_MSE,
        verdict="different",
        wrt="w_j",
        lets=_CUENT_LETS,
        why="variant: n times the mean squared error's gradient (the file divides by n before stepping); "
        + _CUENT_WHY,
    ),
]
