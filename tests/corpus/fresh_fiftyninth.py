r"""A fresh held-out wave (f59): answers as a TA meets them — GitHub issue threads where someone asks why a gradient
misbehaves or points at a wrong one (a tutorial notebook's dw/db divided by sum(x) instead of len(x), fixed by the
author; a reader's annotated linear_gradient whose comment writes d(e_sq)/dm = 2*error*m; a Chinese edition's
gradients = 2/m * …), an auto-graded lab (a practice ladder's 'Fill in the Poisson gradient' with its solution, an
alternative accepted answer and the misconceptions its diagnoser names), and from-scratch code and notes for the
logistic loss with ±1 labels (a buggy log_risk_handler that puts the loss where σ belongs, several right ones, a
Bayesian logistic regression with a Gaussian prior), ridge regression and least squares.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A (issue threads): djib2011/python_ml_tutorial issue #1 ('Calculating partial derivatives', the asker's loop and
  the notebook's dw/db) with the fix, commit 224f6cf ('fixed mistake in gradient computation'); joelgrus/
  data-science-from-scratch issue #125 (the reader's annotated linear_gradient); apachecn/hands-on-ml-zh issue #141
  (chapter 9's gradients line); ctgk/PRML issue #20 (the ridge docstring with an unsquared norm);
* lab: a 'Lab 39 practice ladder' (JavaScript-wrapped Python exercises: the Poisson gradient's docstring, solution
  and diagnoser, the logistic nll and Newton step's docstring) and its verify file (a second accepted answer);
* code and notes: Machine Learning Refined chapter-6 notes (LaTeX cost and gradient, code, the perceptron and hinge
  costs), a risk-handler module, a loss/g/l2/l2_g module, MyLogisticRegression (1/N with N = w.shape[0]), a fit with
  '/ nrow', typed mse/ce static methods, an SGD class's loss, a tutorial's loss_full/lossgrad_full, a Thompson-
  sampling Bayesian logistic regression, Chinese notes on ridge convexity, a matrix-calculus quick reference.

Names follow the sources: X, x (where it is an m × n matrix: the risk handlers, the '/ nrow' fit, the typed methods
and loss/g) are the design matrix Data.X; Y and y the labels Data.y (the ±1-label losses log(1 + e^{−y·xᵀw}) are
functions of any y, so the corpus's y in (0, 1) serve); w, W, t, theta the weight vector; lam, reg_param, _lambda
the λ (Data.lam). In the djib2011 and joelgrus items x is a one-feature input and w (slope), b (intercept) are
scalars. Where a source gives no cost for an answer, ``why`` says which cost it is graded against. About 40% of the
answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers, marked "variant".
Verdicts were worked out by hand and checked against finite differences of the costs (/tmp/f59/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost

# ------------------------------------------------------------------ sources
DJIB = (
    "https://github.com/djib2011/python_ml_tutorial/issues/1 ('Calculating partial derivatives "
    "#19_intro_to_machine_learning'"
)
DJIB_NB = (
    "https://github.com/djib2011/python_ml_tutorial/commit/224f6cf502ca99b1f4e4eebea757a06eaafc8272 ('fixed "
    "mistake in gradient computation', notebooks/19_intro_to_machine_leaning.ipynb"
)
JOEL = (
    "https://github.com/joelgrus/data-science-from-scratch/issues/125 ('Brief note for \"Chapter 8. Gradient "
    "Descent\"', the reader's annotated def linear_gradient"
)
HOML_ZH = "https://github.com/apachecn/hands-on-ml-zh/issues/141 ('第9章一个代码错误', the quoted line"
PRML = (
    "https://github.com/ctgk/PRML/issues/20 ('Ridge Regression's formula issue', the quoted docstring of "
    "prml/linear/ridge_regression.py"
)
LAB39 = (
    "public code index file 70381481863 (JavaScript-wrapped Python exercises, '// Lab 39 practice ladder: "
    "exponential-family moments, …', export const glm; the index does not name its repository"
)
LAB39_VERIFY = (
    "public code index file 70574814405 (the same ladders' verify file, '// Code that tools/verify-ladders.mjs "
    "runs …', glm.pass.fill; the index does not name its repository"
)
MLR_NOTES = (
    "public code index file 12213029459 (Markdown, '# Week 6: Linear Two-Class Classification', notes on Machine "
    "Learning Refined ch. 6; the index does not name its repository"
)
RISK = (
    "public code index file 35394784503 (Python, penalty_handler, logistic_risk_handler, hinge_risk_handler, "
    "log_risk_handler; the index does not name its repository"
)
LOSS_G = (
    "public code index file 49304306152 (Python, def loss / def g / def l2 / def l2_g; the index does not name its "
    "repository"
)
NW = (
    "public code index file 39278489247 (Python, class MyLogisticRegression with static loss and grad, "
    "N = w.shape[0]; the index does not name its repository"
)
NROW = (
    "public code index file 40657397993 (Python, a logistic regression fit loop, 'lost = … / nrow'; the index does "
    "not name its repository"
)
TYPED = (
    "public code index file 23410590631 (Python, typed static methods mse, ce and one, 'average cross-entropy "
    "error'; the index does not name its repository"
)
SGD_LOSS = (
    "public code index file 24407692911 (Python, an SGD logistic regression class, def loss; the index does not "
    "name its repository"
)
LOSSFULL = (
    "public code index file 6068928609 (reStructuredText tutorial, 'let’s define the log-loss function and its "
    "gradient', loss_full and lossgrad_full; the index does not name its repository"
)
BAYES = (
    "public code index file 29699325521 (Python, a Bayesian logistic regression for Thompson sampling, '# the loss "
    "function' / '# the gradient'; the index does not name its repository"
)
RIDGE_ZH = (
    "public code index file 53943998091 (Chinese Markdown on convexity and duality, '## 代码实现', the ridge "
    "objective and grad; the index does not name its repository"
)
QUICKREF = (
    "public code index file 53124301681 (Markdown, '# 2.2.3 Matrix Calculus', '## Key Identities' and '## Quick "
    "Reference'; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _pois_mean_nll_theta(d):
    z = d.X @ d.theta
    return float(np.mean(np.exp(z) - d.y * z))


def _logistic_nll_logaddexp_theta(d):
    # the item differentiates by t_j: the corpus's Data draws a vector named other than theta, w, beta as d.w
    z = d.X @ d.w
    return float(np.mean(np.logaddexp(0, z) - d.y * z))


def _pm1_logistic_mean_w(d):
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _pm1_logistic_over_n_features_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w))))) / d.n


def _ridge_sum_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _mse_mean_w(d):
    r = d.X @ d.w - d.y
    return float(np.mean(r**2))


# ------------------------------------------------------------------ texts the items share
_DJIB_MSE = "((y - y_hat)**2).sum() / len(y)"
_DJIB_J = (
    r"J(w, b) = \frac{1}{2N} \cdot \sum_{i=1}^N{\left( y_i - \hat y_i \right) ^2} = "
    r"\frac{1}{2N} \cdot \sum_{i=1}^N{\left( y_i - w \cdot x_i - b \right) ^2}"
)
_DJIB_LETS = ("y_hat = w * x + b",)
_DJIB_WHY = (
    "x is the one feature (Data.x), y the labels, w and b scalars; y_hat = predict(x), whose body is "
    "'return w * x + b'; the notebook's own cost code is def mse, ((y − ŷ)²).sum()/len(y), so the graded cost is "
    "(1/N)Σ(y − wx − b)² (its markdown J has 1/(2N): see the item graded against that)"
)
_DJIB_DW_OLD = "dw = - (2 / sum(x)) * sum(x * (y - y_hat))"
_DJIB_DB_OLD = "db = - (2 / sum(x)) * sum(y - y_hat)"
_DJIB_DW_NEW = "dw = - (2 / len(x)) * sum(x * (y - y_hat))"
_DJIB_DB_NEW = "db = - (2 / len(x)) * sum(y - y_hat)"
_DJIB_LOOP = (
    "for i in range(N):\n        x_i = x[i]\n        y_i = y[i]\n        y_hat = predict(x_i)\n"
    "        dw += -(2/N) * x_i * (y_i - y_hat)        \n        db += -(2/N) * (y_i - y_hat)"
)

_JOEL_COST = "squared_error = error ** 2"
_JOEL_LETS = ("error = (predicted - y)", "predicted = slope * x + intercept")
_JOEL_WHY = (
    "one example's squared error (x, y scalars; theta = (slope, intercept)): (slope·x + intercept − y)², whose "
    "gradient is [2·error·x, 2·error]"
)

_LAB_POIS = "mean(exp(X @ theta) - y * (X @ theta))"
_LAB_POIS_WHY = (
    "the exercise's docstring 'Gradient of mean(exp(X @ theta) - y * (X @ theta))', the mean Poisson negative "
    "log-likelihood (log y! dropped); X the design matrix with a ones column (Data.X), theta the coefficients, y the "
    "counts (Data.y: any y serves)"
)
_LAB_NLL = "np.mean(np.logaddexp(0, X @ t) - y * (X @ t))"
_LAB_NLL_WHY = (
    "nll = lambda t: …, the step's mean logistic negative log-likelihood: logaddexp(0, z) = log(1 + e^z), so each "
    "term is log(1 + e^{xᵢᵀt}) − yᵢxᵢᵀt, the cross-entropy of σ(xᵢᵀt); X the design matrix (Data.X), t the "
    "coefficients, y the 0/1 labels"
)

_MLR_COST = r"g(w) = \frac{1}{P} \sum_{p=1}^{P} \log(1 + e^{-y_p w^T \tilde{x}_p})"
_MLR_WHY = (
    "labels y_p ∈ {−1, +1}, x̃_p the input with a 1 prepended (row p of Data.X), P the number of points; the "
    "formula is a function of any y"
)
_MLR_CODE_COST = "np.mean(np.log(1 + np.exp(-y * (X @ w))))"

_RISK_WHY = (
    "the module gives no cost; log_risk_handler is the gradient of the mean log risk (1/n)Σ log(1 + e^{−yᵢxᵢᵀw}), "
    "the mean of the 'predictions' it computes; x is the n × d design matrix (Data.X), w the weights, y the ±1 "
    "labels, n the number of examples"
)
_RISK_COST = "np.mean(np.log(1 + np.exp(-y * (x @ w))))"

_LOSSFULL_COST = "ls = (np.log(1 + np.exp(-Y * (X @ W)))) + .5*reg_param*(W @ W)\nreturn np.mean(ls)"
_LOSSFULL_WHY = (
    "X the design matrix with a ones column (n_features+1 columns, Data.X), W the weights, Y the ±1 labels, "
    "reg_param the λ; datasize is the number of rows of X (two halves of datasize/2 stacked); the mean of "
    "log(1 + e^{−YᵢxᵢᵀW}) + ½λWᵀW is the mean log-loss plus ½λ‖W‖²"
)

_NW_COST = "1 / N * np.sum(np.log(1 + np.exp(-y * X.dot(w))))"
_NW_LETS = ("N = w.shape[0]",)
_NW_WHY = (
    "N = w.shape[0] is the number of weights, not of examples: the sum over the examples is divided by the number "
    "of features (Data.n), whatever it was meant to be; X the design matrix, y the ±1 labels"
)

_NROW_COST = "np.sum(np.log(1 + np.exp(-y * x.dot(w)))) / nrow"
_NROW_LETS = ("nrow, ncol = x.shape",)
_NROW_WHY = (
    "x = x_train_transform is the m × n design matrix (Data.X; Data.x is not used), y = np.expand_dims(y_train, "
    "axis=1) the ±1 labels as a column, w an n × 1 column; nrow is the number of examples"
)

_BAYES_COST = (
    "0.5 * (self.q * (w - self.m)).dot(w - self.m) + np.sum(np.log(1 + np.exp(-y * X.dot(w))))"
)
_BAYES_WHY = (
    "the negative log-posterior of a logistic regression with a Gaussian prior of mean self.m and elementwise "
    "precision self.q (both vectors, constants here; self.m is the prior mean, not a sample count); X the design "
    "matrix (Data.X), y the ±1 labels"
)

_RIDGE_COST = "residual @ residual + lam * (w @ w)"
_RIDGE_LETS = ("residual = X @ w - y",)
_RIDGE_WHY = "X the design matrix (Data.X), w the weights, lam the λ: ‖Xw − y‖² + λ‖w‖² (no ½, no 1/m)"

_HOML_COST = "mse = tf.reduce_mean(tf.square(error))"
_HOML_LETS = ("error = y_pred - y", "y_pred = tf.matmul(X, theta)")
_HOML_WHY = (
    "the issue quotes only the gradients line; graded against the same section's cost, the mean squared error of "
    "y_pred = Xθ (X the design matrix with a bias column, θ the coefficients, m the number of rows)"
)

COSTS: list[Cost] = [
    # ============================================================ lab
    Cost(
        id="f59-lab39-poisson-grad-docstring-cost",
        source=LAB39 + ", step 'Fill in the Poisson gradient', the starter's docstring)",
        text=_LAB_POIS,
        intended=_pois_mean_nll_theta,
        wrt=("theta_j",),
        why=_LAB_POIS_WHY,
    ),
    Cost(
        id="f59-lab39-logistic-nll-logaddexp",
        source=LAB39 + ", step 'Curvature matters', nll = lambda t: …)",
        text=_LAB_NLL,
        intended=_logistic_nll_logaddexp_theta,
        wrt=("t_j",),
        why=_LAB_NLL_WHY,
    ),
    # ============================================================ notes and code
    Cost(
        id="f59-mlr-notes-cross-entropy-latex",
        source=MLR_NOTES + ", '### Cross-Entropy Cost (Softmax Cost)')",
        text=_MLR_COST,
        intended=_pm1_logistic_mean_w,
        wrt=("w_j",),
        why=_MLR_WHY,
    ),
    Cost(
        id="f59-mlr-notes-cross-entropy-cost-code",
        source=MLR_NOTES + ", def cross_entropy_cost)",
        text=_MLR_CODE_COST,
        intended=_pm1_logistic_mean_w,
        wrt=("w_j",),
        why=_MLR_WHY + "; X the design matrix (Data.X), w the weights",
    ),
    Cost(
        id="f59-mlr-notes-perceptron-max",
        source=MLR_NOTES + ", '### The Perceptron Cost')",
        text=r"g(w) = \frac{1}{P} \sum_{p=1}^{P} \max(0, -y_p w^T \tilde{x}_p)",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="max(0, ·): the perceptron cost is not differentiable where y_p wᵀx̃_p = 0",
    ),
    Cost(
        id="f59-mlr-notes-hinge-max",
        source=MLR_NOTES + ", '### Hinge Loss Formulation')",
        text=r"g(w) = \frac{\lambda}{2}\|w\|^2 + \frac{1}{P}\sum_{p=1}^{P} \max(0, 1 - y_p w^T \tilde{x}_p)",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="max(0, ·): the hinge loss is not differentiable at the margin y_p wᵀx̃_p = 1",
    ),
    Cost(
        id="f59-mylogreg-loss-over-n-features",
        source=NW + ", def loss)",
        text=_NW_COST,
        intended=_pm1_logistic_over_n_features_w,
        wrt=("w_j",),
        lets=_NW_LETS,
        why=_NW_WHY,
    ),
    Cost(
        id="f59-fit-lost-over-nrow",
        source=NROW + ", lost =)",
        text=_NROW_COST,
        intended=_pm1_logistic_mean_w,
        wrt=("w_j",),
        lets=_NROW_LETS,
        why=_NROW_WHY,
    ),
    Cost(
        id="f59-typed-ce-mean",
        source=TYPED + ", def ce)",
        text="s: np.ndarray = np.log(1 + np.exp(-y * (x @ w)))\n        return s.mean()",
        intended=_pm1_logistic_mean_w,
        wrt=("w_j",),
        why="the annotated assignment then its mean: (1/m)Σ log(1 + e^{−yᵢxᵢᵀw}); x is the m × n design matrix "
        "(Data.X), w the weights, y the ±1 labels",
    ),
    Cost(
        id="f59-typed-mse-mean",
        source=TYPED + ", def mse, 'average mean square error')",
        text="s: np.ndarray = np.square((x @ w) - y)\n        return s.mean()",
        intended=_mse_mean_w,
        wrt=("w_j",),
        why="(1/m)Σ(xᵢᵀw − yᵢ)², no ½; x is the m × n design matrix (Data.X), w the weights",
    ),
    Cost(
        id="f59-sgd-class-loss-unregularized-line",
        source=SGD_LOSS + ", loss = …, the line before 'if p.regularizer:')",
        text="np.sum(np.log(1 + np.exp(-y * (X @ w)))) / X.shape[0]",
        intended=_pm1_logistic_mean_w,
        wrt=("w_j",),
        why="the data term alone (the class adds p.regularizer·‖w‖²/2 only when a regularizer is set): the mean of "
        "log(1 + e^{−yᵢxᵢᵀw}) over the X.shape[0] examples; X the design matrix, y the ±1 labels",
    ),
    Cost(
        id="f59-ridge-zh-objective",
        source=RIDGE_ZH + ", def objective(w))",
        text=_RIDGE_COST,
        intended=_ridge_sum_w,
        wrt=("w_j",),
        lets=_RIDGE_LETS,
        why=_RIDGE_WHY,
    ),
    # ============================================================ Q&A
    Cost(
        id="f59-prml-20-ridge-docstring-unsquared-norm",
        source=PRML + ")",
        text="w* = argmin |t - X @ w| + alpha * |w|_2^2",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="|t − X @ w| is a vector inside single bars: read as an absolute value it is not differentiable (and "
        "not a scalar), read as the Euclidean norm it is unsquared, while the issue (and the closed form the class "
        "fits) means ‖t − Xw‖²; the text does not say which, and 'w* = argmin' states a minimiser, not a cost",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f59-djib-1-notebook-dw-over-sum-x",
        source=DJIB + ", the notebook's method the asker quotes, 'dw = - (2 / sum(x)) …'; the line before the fix)",
        text=_DJIB_DW_OLD,
        cost=_DJIB_MSE,
        verdict="different",
        wrt="w",
        lets=_DJIB_LETS,
        why="the MSE's ∂/∂w is −(2/N)Σx(y − ŷ); dividing by sum(x), the sum of the inputs, instead of len(x) is the "
        "mistake the author owned ('it should be … len(x)') and fixed in 224f6cf; " + _DJIB_WHY,
    ),
    Answer(
        id="f59-djib-1-notebook-db-over-sum-x",
        source=DJIB + ", 'db = - (2 / sum(x)) …'; the line before the fix)",
        text=_DJIB_DB_OLD,
        cost=_DJIB_MSE,
        verdict="different",
        wrt="b",
        lets=_DJIB_LETS,
        why="∂/∂b is −(2/N)Σ(y − ŷ); sum(x) in the denominator is the same slip; " + _DJIB_WHY,
    ),
    Answer(
        id="f59-djib-1-asker-loop-dw",
        source=DJIB + ", the asker's def compute_derivatives(x,y))",
        text=_DJIB_LOOP,
        cost=_DJIB_MSE,
        verdict="equivalent",
        wrt="w",
        lets=("N = len(x)", "dw = 0", "db = 0", "predict(x_i) = w * x_i + b"),
        why="each pass adds −(2/N)xᵢ(yᵢ − ŷᵢ), so dw ends as −(2/N)Σxᵢ(yᵢ − ŷᵢ), the MSE's ∂/∂w (the asker's "
        "rising MSE came from the learning rate, as the author replied); " + _DJIB_WHY,
    ),
    Answer(
        id="f59-djib-1-asker-loop-db",
        source=DJIB + ", the asker's def compute_derivatives(x,y))",
        text=_DJIB_LOOP,
        cost=_DJIB_MSE,
        verdict="equivalent",
        wrt="b",
        lets=("N = len(x)", "dw = 0", "db = 0", "predict(x_i) = w * x_i + b"),
        why="db ends as −(2/N)Σ(yᵢ − ŷᵢ); " + _DJIB_WHY,
    ),
    Answer(
        id="f59-djib-fixed-dw-over-len-x",
        source=DJIB_NB + ", def compute_derivatives after the fix)",
        text=_DJIB_DW_NEW,
        cost=_DJIB_MSE,
        verdict="equivalent",
        wrt="w",
        lets=_DJIB_LETS,
        why=_DJIB_WHY,
    ),
    Answer(
        id="f59-djib-fixed-db-over-len-x",
        source=DJIB_NB + ", def compute_derivatives after the fix)",
        text=_DJIB_DB_NEW,
        cost=_DJIB_MSE,
        verdict="equivalent",
        wrt="b",
        lets=_DJIB_LETS,
        why=_DJIB_WHY,
    ),
    Answer(
        id="f59-djib-fixed-dw-against-markdown-J-half",
        source=DJIB_NB + "; the fixed dw against the markdown cell's J(w, b) with 1/(2N))",
        text=_DJIB_DW_NEW,
        cost=_DJIB_J,
        verdict="different",
        wrt="w",
        lets=_DJIB_LETS,
        why="the notebook's prose cost has 1/(2N), whose ∂/∂w is −(1/N)Σx(y − ŷ); the code's 2/len(x) belongs to "
        "its mse (1/N): against the J it states, dw is twice too large; " + _DJIB_WHY,
    ),
    Answer(
        id="f59-joel-125-grad-slope",
        source=JOEL + ", grad = [2 * error * x, 2 * error], first component)",
        text="2 * error * x",
        cost=_JOEL_COST,
        verdict="equivalent",
        wrt="slope",
        lets=_JOEL_LETS,
        why=_JOEL_WHY,
    ),
    Answer(
        id="f59-joel-125-grad-intercept",
        source=JOEL + ", grad = [2 * error * x, 2 * error], second component)",
        text="2 * error",
        cost=_JOEL_COST,
        verdict="equivalent",
        wrt="intercept",
        lets=_JOEL_LETS,
        why=_JOEL_WHY,
    ),
    Answer(
        id="f59-joel-125-comment-de-dm-2-error-m",
        source=JOEL + ", the reader's comment 'd(e_sq)/dm = 2*error*m')",
        text="d(e_sq)/dm = 2*error*m",
        cost="e_sq(m,n) = error^2 (y_predicted - y_actual)^2 = (m*x + n - y_actual)^2",
        verdict="different",
        wrt="m",
        lets=("error = (m*x + n - y_actual)",),
        why="in the comment m is the slope and n the intercept (not a sample count); by the chain rule "
        "∂/∂m (mx + n − y)² = 2·error·x, the inner derivative is x, not m (the code beside it, 2 * error * x, is "
        "right); the comment's 'error^2 (y_predicted - y_actual)^2' restates error², read as the last expression",
    ),
    Answer(
        id="f59-homl-zh-141-gradients-2-over-m",
        source=HOML_ZH + ", 'gradients = 2/m * tf.matmul(tf.transpose(X), error)')",
        text="gradients = 2/m * tf.matmul(tf.transpose(X), error)",
        cost=_HOML_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_HOML_LETS,
        why="as mathematics (2/m)Xᵀ(Xθ − y) is the MSE's gradient; the issue is that under Python 2 the integer "
        "division 2/m is 0 (the code never moves), not the formula; " + _HOML_WHY,
    ),
    Answer(
        id="f59-risk-log-risk-handler-loss-for-sigma",
        source=RISK + ", def log_risk_handler)",
        text="predictions = np.log(1 + np.exp(-y * (x @ w)))\n    gradient = -x.T @ (y * (1 - predictions)) / n",
        cost=_RISK_COST,
        verdict="different",
        wrt="w_j",
        why="∂/∂w log(1 + e^{−yxᵀw}) = −y x σ(−yxᵀw) = −y x (1 − σ(yxᵀw)); the handler puts the loss value "
        "log(1 + e^{−yxᵀw}) where σ(yxᵀw) belongs; " + _RISK_WHY,
    ),
    Answer(
        id="f59-risk-hinge-risk-handler-subgradient",
        source=RISK + ", def hinge_risk_handler)",
        text="margins = 1 - y * (x @ w)\n    gradient = -x.T @ (y * (margins > 0)) / n",
        cost=r"g(w) = \frac{1}{P}\sum_{p=1}^{P} \max(0, 1 - y_p w^T \tilde{x}_p)",
        verdict="refuse",
        wrt="w_j",
        why="the hinge risk max(0, 1 − yxᵀw) has no gradient where a margin is exactly 1 (the handler returns a "
        "subgradient, with an indicator (margins > 0)); the module gives no cost, graded against the hinge risk "
        "as the Machine Learning Refined notes write it (penalty left out, as the handler leaves it to "
        "penalty_handler): not differentiable, so a refusal; x the design matrix, y the ±1 labels",
    ),
    Answer(
        id="f59-mlr-notes-gradient-latex",
        source=MLR_NOTES + ", '### Gradient')",
        text=r"\nabla g(w) = -\frac{1}{P} \sum_{p=1}^{P} \frac{y_p \tilde{x}_p}{1 + e^{y_p w^T \tilde{x}_p}}",
        cost=_MLR_COST,
        verdict="equivalent",
        wrt="w_j",
        why="1/(1 + e^{y t}) = σ(−y t), the derivative of log(1 + e^{−y t}) being −y σ(−y t); " + _MLR_WHY,
    ),
    Answer(
        id="f59-mlr-notes-cross-entropy-gradient-code",
        source=MLR_NOTES + ", def cross_entropy_gradient)",
        text="margins = y * (X @ w)\n    return -np.mean((y[:, None] * X) / (1 + np.exp(margins))[:, None], axis=0)",
        cost=_MLR_CODE_COST,
        verdict="equivalent",
        wrt="w_j",
        why="row p of y[:, None] * X is y_p x_p, divided by 1 + e^{margin_p} and averaged over the points; "
        + _MLR_WHY,
    ),
    Answer(
        id="f59-loss-g-module-g",
        source=LOSS_G + ", def g)",
        text="-np.mean((y[:, np.newaxis] * x) / (1 + np.exp(y * (x @ w))[:, np.newaxis]), axis=0)",
        cost="np.mean(np.log(1 + np.exp(-y * (x @ w))))",
        verdict="equivalent",
        wrt="w_j",
        why="graded against the same file's def loss; x is the m × n design matrix (Data.X), y the ±1 labels "
        "(predict returns ±1), w the weights",
    ),
    Answer(
        id="f59-loss-g-module-l2-g",
        source=LOSS_G + ", def l2_g)",
        text="2 * _lambda * w",
        cost="_lambda * (w @ w)",
        verdict="equivalent",
        wrt="w_j",
        why="graded against the same file's def l2: λwᵀw has gradient 2λw",
    ),
    Answer(
        id="f59-mylogreg-grad",
        source=NW + ", def grad)",
        text="np.array(-1 / N * np.sum(X.T.multiply(y).multiply(1 / (1 + np.exp(-y * X.dot(w))))"
        ".multiply(np.exp(-y * X.dot(w))), axis=1)).ravel()",
        cost=_NW_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_NW_LETS,
        why="X is a scipy sparse matrix (.multiply is elementwise, broadcasting y over the columns of X.T); "
        "e^{−t}/(1 + e^{−t}) = σ(−t), so column i contributes −yᵢxᵢσ(−yᵢxᵢᵀw), with the loss's own 1/N; " + _NW_WHY,
    ),
    Answer(
        id="f59-fit-g-over-nrow",
        source=NROW + ", g =)",
        text="g = (-y*x).T.dot(1/(1+np.exp(y*x.dot(w)))) / nrow",
        cost=_NROW_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_NROW_LETS,
        why="(−y∘x)ᵀ times the column 1/(1 + e^{yᵢxᵢᵀw}) = σ(−yᵢxᵢᵀw) is −Σ yᵢσ(−yᵢxᵢᵀw)xᵢ, over nrow; (the loop then "
        "steps along the unit vector g/‖g‖, which does not change g); " + _NROW_WHY,
    ),
    Answer(
        id="f59-lossfull-lossgrad-full",
        source=LOSSFULL + ", def lossgrad_full)",
        text="grad = -(sigmoid(-Y * (X @ W))*Y) @ X / datasize + reg_param * W",
        cost=_LOSSFULL_COST,
        verdict="equivalent",
        wrt="W_j",
        lets=("sigmoid(z) = 1/(1+np.exp(-z))",),
        why=_LOSSFULL_WHY,
    ),
    Answer(
        id="f59-bayes-thompson-grad-vectorized",
        source=BAYES + ", def grad, the returned line)",
        text="self.q * (w - self.m) + (-1) * np.multiply(np.multiply(X, y.reshape(-1,1)), 1/(1. + np.exp(y * "
        "X.dot(w))).reshape(-1,1)).sum(axis=0)",
        cost=_BAYES_COST,
        verdict="equivalent",
        wrt="w_j",
        why="the prior term ½Σq_k(w_k − m_k)² has gradient q∘(w − m); the data term −Σ yⱼxⱼσ(−yⱼxⱼᵀw); " + _BAYES_WHY,
    ),
    Answer(
        id="f59-bayes-thompson-grad-commented-loop",
        source=BAYES + ", def grad, the commented-out line)",
        text="self.q * (w - self.m) + (-1) * np.array([y[j] *  X[j] / (1. + np.exp(y[j] * w.dot(X[j]))) for j in "
        "range(y.shape[0])]).sum(axis=0)",
        cost=_BAYES_COST,
        verdict="equivalent",
        wrt="w_j",
        why="the same gradient, one example j at a time; " + _BAYES_WHY,
    ),
    Answer(
        id="f59-ridge-zh-grad",
        source=RIDGE_ZH + ", def grad(w))",
        text="2 * X.T @ (X @ w - y) + 2 * lam * w",
        cost=_RIDGE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_RIDGE_LETS,
        why=_RIDGE_WHY,
    ),
    Answer(
        id="f59-quickref-mse-gradient",
        source=QUICKREF + ", '# MSE gradient')",
        text="g = 2 * X.T @ (X @ w - y)",
        cost=r"\|\mathbf{X}\mathbf{w} - \mathbf{y}\|^2",
        verdict="equivalent",
        wrt="w_j",
        why="graded against the file's own key identity, ∂/∂w ‖Xw − y‖² (its left side); X the design matrix "
        "(Data.X), w the weights",
    ),
    # ============================================================ lab answers: solution, accepted alternative
    Answer(
        id="f59-lab39-poisson-grad-solution",
        source=LAB39 + ", step 'Fill in the Poisson gradient', solution)",
        text="return X.T @ (np.exp(X @ theta) - y) / len(y)",
        cost=_LAB_POIS,
        verdict="equivalent",
        wrt="theta_j",
        why="Xᵀ(μ − y)/n with μ = e^{Xθ}, as the hint says; " + _LAB_POIS_WHY,
    ),
    Answer(
        id="f59-lab39-poisson-grad-accepted-mean-form",
        source=LAB39_VERIFY + ", the second fill the checker accepts)",
        text="np.mean((np.exp(X @ theta) - y)[:, None] * X, axis=0)",
        cost=_LAB_POIS,
        verdict="equivalent",
        wrt="theta_j",
        why="row i of X scaled by μᵢ − yᵢ, averaged over the rows: the same Xᵀ(μ − y)/n; " + _LAB_POIS_WHY,
    ),
    Answer(
        id="f59-lab39-newton-docstring-g",
        source=LAB39 + ", step 'One Newton step for logistic regression', the docstring's g)",
        text="g = X.T @ (p - y) / n",
        cost=_LAB_NLL,
        verdict="equivalent",
        wrt="t_j",
        lets=("p = sigmoid(X @ t)", "n = len(y)"),
        why="the docstring writes p = sigmoid(X @ theta); here theta is the nll's t; Xᵀ(σ(Xt) − y)/n is the mean "
        "logistic nll's gradient; " + _LAB_NLL_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f59-lab39-poisson-grad-gaussian-misconception",
        source=LAB39 + "; variant: the misconception diagnosePg names, 'That is the Gaussian gradient (μ = η)')",
        text="return X.T @ (X @ theta - y) / len(y)",
        cost=_LAB_POIS,
        verdict="different",
        wrt="theta_j",
        why="variant: the linear-model gradient, μ = Xθ for e^{Xθ}; " + _LAB_POIS_WHY,
    ),
    Answer(
        id="f59-lab39-poisson-grad-flipped-sign",
        source=LAB39 + "; variant: the misconception diagnosePg names, 'The sign is flipped')",
        text="return X.T @ (y - np.exp(X @ theta)) / len(y)",
        cost=_LAB_POIS,
        verdict="different",
        wrt="theta_j",
        why="variant: target minus prediction, the negative of the gradient (the ascent direction of the "
        "log-likelihood); " + _LAB_POIS_WHY,
    ),
    Answer(
        id="f59-risk-log-risk-handler-sigma-restored",
        source=RISK + "; variant: σ(y·x@w) in place of the loss value)",
        text="predictions = sigmoid(y * (x @ w))\n    gradient = -x.T @ (y * (1 - predictions)) / n",
        cost=_RISK_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("sigmoid(z) = 1 / (1 + np.exp(-z))",),
        why="variant: with σ(yxᵀw), −y(1 − σ(yxᵀw))x = −yσ(−yxᵀw)x is right; " + _RISK_WHY,
    ),
    Answer(
        id="f59-mlr-notes-gradient-latex-sign-in-exponent",
        source=MLR_NOTES + "; variant: e^{-y_p w^T x̃_p} in the denominator)",
        text=r"\nabla g(w) = -\frac{1}{P} \sum_{p=1}^{P} \frac{y_p \tilde{x}_p}{1 + e^{-y_p w^T \tilde{x}_p}}",
        cost=_MLR_COST,
        verdict="different",
        wrt="w_j",
        why="variant: 1/(1 + e^{−y t}) = σ(y t), not σ(−y t): the weight each point gets is its probability of "
        "being right, not wrong; " + _MLR_WHY,
    ),
    Answer(
        id="f59-lossfull-lossgrad-full-no-datasize",
        source=LOSSFULL + "; variant: the / datasize dropped)",
        text="grad = -(sigmoid(-Y * (X @ W))*Y) @ X + reg_param * W",
        cost=_LOSSFULL_COST,
        verdict="different",
        wrt="W_j",
        lets=("sigmoid(z) = 1/(1+np.exp(-z))",),
        why="variant: the data term is then the summed loss's, datasize times the mean's, while the penalty stays "
        "as it was; " + _LOSSFULL_WHY,
    ),
    Answer(
        id="f59-mylogreg-grad-exp-factor-dropped",
        source=NW + "; variant: the .multiply(np.exp(-y * X.dot(w))) dropped)",
        text="np.array(-1 / N * np.sum(X.T.multiply(y).multiply(1 / (1 + np.exp(-y * X.dot(w)))), axis=1)).ravel()",
        cost=_NW_COST,
        verdict="different",
        wrt="w_j",
        lets=_NW_LETS,
        why="variant: 1/(1 + e^{−t}) alone is σ(t), not σ(−t); " + _NW_WHY,
    ),
    Answer(
        id="f59-fit-g-over-nrow-sign-in-exp",
        source=NROW + "; variant: np.exp(-y*x.dot(w)) for np.exp(y*x.dot(w)))",
        text="g = (-y*x).T.dot(1/(1+np.exp(-y*x.dot(w)))) / nrow",
        cost=_NROW_COST,
        verdict="different",
        wrt="w_j",
        lets=_NROW_LETS,
        why="variant: weights σ(yᵢxᵢᵀw) where σ(−yᵢxᵢᵀw) belongs; " + _NROW_WHY,
    ),
    Answer(
        id="f59-ridge-zh-grad-lam-w",
        source=RIDGE_ZH + "; variant: lam * w for 2 * lam * w)",
        text="2 * X.T @ (X @ w - y) + lam * w",
        cost=_RIDGE_COST,
        verdict="different",
        wrt="w_j",
        lets=_RIDGE_LETS,
        why="variant: the penalty λwᵀw has no ½, so its gradient is 2λw; " + _RIDGE_WHY,
    ),
    Answer(
        id="f59-joel-125-grad-slope-2-dropped",
        source=JOEL + "; variant: error * x for 2 * error * x)",
        text="error * x",
        cost=_JOEL_COST,
        verdict="different",
        wrt="slope",
        lets=_JOEL_LETS,
        why="variant: the squared error has no ½, so the 2 of the chain rule stays; " + _JOEL_WHY,
    ),
]
