r"""A fresh held-out wave (f49): a mix as a random draw would give it — a Japanese Q&A thread (teratail), course
Q&A threads (DeepLearning.AI forum, a Stack Overflow question, both as stored copies), Chinese notes (a CSDN-style
blog post on Ng's exercises, a Lasso/Ridge article), course notes (DeepLearning.AI's 'Gradient Descent on m
Examples'), and from-scratch code in Octave, Python, Julia and a MATLAB Poisson GLM.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: teratail question 269464 (Japanese; a NumPy forward/backward pass whose loss is the log-likelihood *without*
  its minus, and whose dW, db are the gradients of the negative); the DeepLearning.AI forum thread 'Derivative of
  "Simplified Cost Function"' (the lab's dj_dw/dj_db loop, stored copy); a DeepLearning.AI forum post 'Confused in
  the Gradient Descent of the Logistic Loss Function' (a cost whose weights and bias carry the example index,
  refused); a Mathematics Stack Exchange question mirrored on math.techqa.club (the logistic gradient written with
  α = βᵀX, the sigmoid missing); the Stack Overflow question 'Gradient Descent Using Python and Numpy Matrix Class'
  (computeCost, stored copy);
* notes: a Chinese blog post '吴恩达机器学习II' (Sukuna; Ng's ex2 costFunction in Octave, stored copy); weizhi.cc's
  '机器学习算法系列(五)- Lasso回归算法' (the ridge cost it recalls, and the Lasso cost, refused); DeepLearning.AI's
  'Gradient Descent on m Examples' (J(w, b) and the two averaged derivatives, stored copy);
* code: ChinhQuy29/learning-algorithms-from-scratch (a loop-by-loop RidgeRegression); a RidgeRegression /
  LassoRegression / LinearRegression trio whose ridge loss has no λ while its gradient has 2λW (real mistake); two
  Octave logistic costFunctions (one with h as a row, one with the design matrix named u); a UFLDL-style Octave
  linear_regression whose X is features × examples; a MATLAB neglogli_poiss (Poisson negative log-likelihood); a
  Python port of Ng's regularised linear regression (ex5, theta[1:] penalised); a Julia poisreg_loglik
  (sum of logpdf of Poisson).

Names follow the sources: X, x (Octave), u and data are the design matrix Data.X, except the UFLDL X, which is
features × examples (Data.X.T; its data = X' is Data.X); w, W, weights, theta, β are the weight vector, b (or
self.b) the intercept Data.b; in teratail's code y is the *prediction* and t the label. Where a source gives no
cost for an answer, ``why`` says which cost it is graded against. About half the answers are wrong; the real
mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by
hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
TECHQA = (
    "https://math.techqa.club/how-does-this-formula-describe-the-gradient-3480182 (mirror of a Mathematics Stack "
    "Exchange question, 'How does this formula describe the gradient?'"
)
TERATAIL = (
    "https://teratail.com/questions/269464 (Japanese Q&A, 'シグモイド関数の微分について質問があります', the question's "
    "NumPy code, lines 13-27"
)
ARNE = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Derivative of \"Simplified Cost Function\"', "
    "Arne_Schirmacher's post quoting C1_W3_Lab06_Gradient_Descent_Soln"
)
TBHAXOR = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Confused in the Gradient Descent of the Logistic "
    "Loss Function', tbhaxor's post, January 11, 2023"
)
SO_MATRIX = (
    NEMOTRON + " (stored copy of the Stack Overflow question 'Gradient Descent Using Python and Numpy Matrix Class', "
    "computeCost"
)
SUKUNA = (
    NEMOTRON + " (stored copy of the Chinese blog post '吴恩达机器学习II' by Sukuna, 2020-10-26, '第二题: "
    "不正则化的梯度迭代', costFunction"
)
WEIZHI = (
    "http://weizhi.cc/tech/detail-282148.html (Chinese, '机器学习算法系列(五)- Lasso回归算法', '二、模型介绍'"
)
M_EXAMPLES = (
    NEMOTRON + " (stored copy of DeepLearning.AI's lecture notes 'Gradient Descent on m Examples', the cost and "
    "'Derivatives'"
)
CHINH = (
    "https://github.com/ChinhQuy29/learning-algorithms-from-scratch/blob/6c966a2fc95a44cf88ed7281bf66397a4d8fa7f4/"
    "1_supervised_learning/ridge_regression.py (Python, class RidgeRegression"
)
RIDGE_TRIO = (
    "public code index file 46785279660 (Python, class RidgeRegression(LinearRegression), compute_loss and "
    "compute_grad; the index does not name its repository"
)
LASSO_TRIO = (
    "public code index file 46512619429 (Python, class LassoRegression(LinearRegression), compute_loss; the index "
    "does not name its repository"
)
LINEAR_TRIO = (
    "public code index file 46605726123 (Python, class LinearRegression, predict, compute_loss and compute_grad; "
    "the index does not name its repository"
)
OCT_ROW = (
    "public code index file 24721709659 (Octave, function [J, grad] = Costfunction(theta, x, y), h as a 1 × m row; "
    "the index does not name its repository"
)
OCT_U = (
    "public code index file 47096127852 (Octave, function [J, grad] = costFunction_class(theta, u, y); the index "
    "does not name its repository"
)
UFLDL = (
    "public code index file 18894671084 (Octave, function [f,g] = linear_regression(theta, X,y), 'X(i,j) is the "
    "i'th coordinate of the j'th example'; the index does not name its repository"
)
POISS = (
    "public code index file 11163784005 (MATLAB, function [nll, grad] = neglogli_poiss(w, X, y, L2op); the index "
    "does not name its repository"
)
EX5 = (
    "public code index file 7894573724 (Python port of Ng's ex5 linearRegCostFunction; the index does not name its "
    "repository"
)
JULIA = (
    "public code index file 48614473287 (Julia, function poisreg_loglik(β, y, X); the index does not name its "
    "repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _ridge_chinh(d):
    r = d.X @ d.w + d.b - d.y
    return (float(r @ r) + d.lam * float(d.w @ d.w)) / (2 * d.m)


def _mse_plus_w2(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m + float(d.w @ d.w)


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _poisson_nll_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


def _ex5_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam * float(d.theta[1:] @ d.theta[1:]) / (2 * d.m)


def _ridge_sum_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _poisson_loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.exp(z) - np.array([math.lgamma(v + 1.0) for v in d.y])))


# ------------------------------------------------------------------ texts the items share
_CHINH_COST = (
    "cost = 0\n        for i in range(num_examples):\n"
    "            prediction = sum([self.weights[j] * X[i][j] for j in range(num_features)]) + self.bias\n"
    "            error = prediction - y[i]\n            cost += error ** 2\n"
    "        ridge_penalty = sum([self.weights[j] ** 2 * self.regularization_param for j in range(num_features)])\n"
    "        return (cost + ridge_penalty) / (2 * num_examples)"
)
_CHINH_LETS = ("num_examples = len(X)", "num_features = len(X[0])")
_CHINH_WHY = (
    "X[i][j] is Data.X, self.weights the weight vector (Data.w), self.bias the intercept (Data.b), "
    "regularization_param λ: (Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + λΣw_j²)/(2m), the penalty inside the 1/(2m)"
)
_CHINH_GRAD = (
    "for i in range(num_examples):\n"
    "            prediction = sum([self.weights[j] * X[i][j] for j in range(num_features)]) + self.bias\n"
    "            error = prediction - y[i]\n            for j in range(num_features):\n"
    "                dj_dw[j] += error * X[i][j] / num_examples\n            dj_db += error / num_examples\n"
    "        for j in range(num_features):\n"
    "            dj_dw[j] += self.regularization_param / num_examples * self.weights[j]"
)
_TRIO_RIDGE_LOSS = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
_TRIO_LETS = ("Y_pred = (X @ self.W) + self.b", "n = X.shape[0]")
_TRIO_WHY = (
    "predict() gives Y_pred = X @ W + b (X is Data.X, W the weights, b the intercept); Y is a column, so the sum "
    "over axis 1 is one term and the mean is over the n examples: the MSE"
)
_TRIO_LINEAR_LOSS = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1))"
_OCT_ROW_J = "J = 1 / m * (- log(h) * y - log(1 - h) * (1 - y));"
_OCT_ROW_LETS = ("h = sigmoid(z)'", "z = x * theta", "m = length(y)")
_OCT_ROW_WHY = (
    "x is the m × (n+1) design matrix (Data.X), h = sigmoid(xθ)' a 1 × m row, so log(h) * y is Σ y log h: the mean "
    "cross-entropy in θ"
)
_OCT_U_J = "J = (1/m) * (-y' * log(h) - (1 - y)' * log(1 - h));"
_OCT_U_LETS = ("h = sigmoid(u * theta)", "m = length(y)")
_OCT_U_WHY = "u is the feature matrix (Data.X), theta the parameters: the mean cross-entropy"
_UFLDL_COST = "cost = sum((errs.^2)/(2.0 * batch_size));"
_UFLDL_LETS = (
    "errs = data * theta - labels",
    "data = X'",
    "labels = y'",
    "batch_size = length(labels)",
)
_UFLDL_WHY = (
    "the function's X is features × examples ('X(i,j) is the i'th coordinate of the j'th example'), so data = X' "
    "is the design matrix Data.X; labels = y' a column of the targets: Σ(xθ − y)²/(2m)"
)
_POISS_NLL = "nll = sum(mu - y .* Xw);"
_POISS_LETS = ("mu = exp(Xw)", "Xw = X * w")
_POISS_WHY = (
    "X the design matrix, w the weights: the Poisson negative log-likelihood up to log y!; the clipping line "
    "Xw = max(min(Xw, 50), -50) and the optional L2op penalty are left out"
)
_EX5_J = "J = sum(delta**2) / (2 * m)\n    J += lambda_ * sum(theta[1:]**2) / (2 * m)"
_EX5_LETS = ("h = X @ theta.T", "delta = h - y", "m = len(y)")
_EX5_WHY = (
    "theta is a 1-D array, so theta.T is theta and h = Xθ; the penalty skips theta[0] (the intercept's "
    "coefficient, Data.theta[0]): Σ(Xθ − y)²/(2m) + λΣ_{k≥1}θ_k²/(2m)"
)
_SUKUNA_J = "J = (-log(h.') * y - log(ones(1, m) - h.') * (ones(m, 1) - y)) / m;"
_SUKUNA_LETS = ("h = sigmoid(X * theta)", "m = length(y)")
_SUKUNA_WHY = "X is m × (n+1) with a first column of ones (Data.X), θ the parameters: the mean cross-entropy"
_MEX_J = (
    r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(a^{(i)}) + (1 - y^{(i)}) \log(1 - a^{(i)}) "
    r"\right]"
)
_MEX_LETS = (r"a^{(i)} = \sigma(z^{(i)})", r"z^{(i)} = w^T x^{(i)} + b")
_MEX_WHY = "x⁽ⁱ⁾ is example i (a row of Data.X), w the weights, b the bias: the mean cross-entropy in w and b"
_ARNE_CODE = (
    "for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
    "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw/m                                    # (n,)\n"
    "dj_db = dj_db/m                                    # scalar"
)
_ARNE_WHY = (
    "graded against the course's cost J(w, b) = −(1/m)Σ[y log a + (1 − y) log(1 − a)], a = σ(w·x⁽ⁱ⁾ + b) (the "
    "lab's compute_cost_logistic); X[i] is a row of Data.X"
)
_TERA_LOSS = "t*np.log(y) + (1-t)*(np.log(1-y))"
_TERA_LETS = ("y = 1/(1+np.exp(-h))", "h = x @ W + b", "dy = y - t")
_TERA_WHY = (
    "one example: x its feature vector, W the weights (a column), b the bias, y the predicted probability and t "
    "the label; the loss as written is the log-likelihood, with no minus, so its gradient is (t − y)x, and "
    "dy = y − t gives the gradient of its negative"
)

_TECHQA_WHY = (
    "the asker calls it the gradient of the logistic regression log-likelihood but defines α = βᵀX, the linear "
    "predictor with no sigmoid: X the design matrix (Data.X), β the parameters; Σ(βᵀx⁽ⁱ⁾ − y_i)x_ij is the gradient "
    "of ½‖Xβ − y‖², not of the cross-entropy (mean or summed, either sign)"
)


COSTS: list[Cost] = [
    Cost(
        id="f49-chinh-ridge-loop-cost",
        source=CHINH + ", compute_cost)",
        text=_CHINH_COST,
        intended=_ridge_chinh,
        wrt=("weights_j",),
        lets=_CHINH_LETS,
        why=_CHINH_WHY,
    ),
    Cost(
        id="f49-trio-ridge-loss-no-lambda",
        source=RIDGE_TRIO + ")",
        text=_TRIO_RIDGE_LOSS,
        intended=_mse_plus_w2,
        wrt=("W_j", "b"),
        lets=_TRIO_LETS[:1],
        why=_TRIO_WHY + "; the penalty is ΣW² with no λ (the class's lambda_ is not used in the loss)",
    ),
    Cost(
        id="f49-trio-lasso-loss-abs",
        source=LASSO_TRIO + ")",
        text="np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(np.abs(self.W))",
        intended=None,
        wrt=("W_j",),
        lets=_TRIO_LETS[:1],
        expect="refuse",
        why="np.abs: the L1 penalty is not differentiable at 0 (unsupported)",
    ),
    Cost(
        id="f49-octave-logistic-h-row",
        source=OCT_ROW + ")",
        text=_OCT_ROW_J,
        intended=_logistic_mean_theta,
        lets=_OCT_ROW_LETS,
        why=_OCT_ROW_WHY,
    ),
    Cost(
        id="f49-octave-logistic-u",
        source=OCT_U + ")",
        text=_OCT_U_J,
        intended=_logistic_mean_theta,
        lets=_OCT_U_LETS,
        why=_OCT_U_WHY,
    ),
    Cost(
        id="f49-ufldl-linear-transposed-x",
        source=UFLDL + ")",
        text=_UFLDL_COST,
        intended=_half_mean_sq_theta,
        lets=_UFLDL_LETS,
        why=_UFLDL_WHY,
    ),
    Cost(
        id="f49-matlab-poisson-nll",
        source=POISS + ")",
        text=_POISS_NLL,
        intended=_poisson_nll_w,
        wrt=("w_j",),
        lets=_POISS_LETS,
        why=_POISS_WHY,
    ),
    Cost(
        id="f49-ex5-port-regularised-linear",
        source=EX5 + ")",
        text=_EX5_J,
        intended=_ex5_theta,
        lets=_EX5_LETS,
        why=_EX5_WHY,
    ),
    Cost(
        id="f49-sukuna-octave-logistic",
        source=SUKUNA + ")",
        text=_SUKUNA_J,
        intended=_logistic_mean_theta,
        lets=_SUKUNA_LETS,
        why=_SUKUNA_WHY,
    ),
    Cost(
        id="f49-weizhi-ridge-sum",
        source=WEIZHI + ", the ridge cost recalled)",
        text=r"\operatorname{Cost}(w) = \sum_{i = 1}^N \left( y_i - w^Tx_i \right)^2 + \lambda\|w\|_{2}^{2}",
        intended=_ridge_sum_w,
        wrt=("w_j",),
        why="x_i is example i (a row of Data.X), N examples: the summed squared error plus λ‖w‖²",
    ),
    Cost(
        id="f49-weizhi-lasso-l1",
        source=WEIZHI + ", the Lasso cost)",
        text=r"\operatorname{Cost}(w) = \sum_{i = 1}^N \left( y_i - w^Tx_i \right)^2 + \lambda\|w\|_1",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="‖w‖₁ is Σ|w_j|: abs, not differentiable at 0 (unsupported)",
    ),
    Cost(
        id="f49-tbhaxor-per-example-weights",
        source=TBHAXOR + ")",
        text=r"J = \frac{-1}{m} \times \sum_{i=1}^m \left( y_i \cdot \log(z_i) + (1 - y_i) \cdot \log(1 - z_i) "
        r"\right)",
        intended=None,
        wrt=("W_j", "b"),
        lets=(r"z_i = \frac{1}{1 + e^{-\vec{W_i} \cdot \vec{X_i} - b_i}}",),
        expect="refuse",
        why=(
            "the weights and the bias carry the example's index (one W_i and b_i per example): which parameters J "
            "is a function of, and what W_j would be, is genuinely unclear"
        ),
    ),
    Cost(
        id="f49-so-matrix-class-compute-cost",
        source=SO_MATRIX + ")",
        text="cost = sse / (2 * m)",
        intended=_half_mean_sq_theta,
        lets=(
            "sse = squaredErrorsMat.sum(axis=0)",
            "squaredErrorsMat = power((predictions - y), 2)",
            "predictions = x * self.theta",
        ),
        why=(
            "numpy matrix class: x is the m × 2 design matrix (ones and the feature; Data.X), self.theta a 2 × 1 "
            "column, * a matrix product: Σ(xθ − y)²/(2m)"
        ),
    ),
    Cost(
        id="f49-m-examples-logistic-w-b",
        source=M_EXAMPLES + ")",
        text=_MEX_J,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_MEX_LETS,
        why=_MEX_WHY,
    ),
    Cost(
        id="f49-julia-poisson-logpdf",
        source=JULIA + ")",
        text="sum(logpdf.(Poisson.(exp.(X*β)), y))",
        intended=_poisson_loglik_beta,
        wrt=("beta_j",),
        why=(
            "Distributions.jl: logpdf(Poisson(λ), y) = y log λ − λ − log y!, λ = exp(x⁽ⁱ⁾β) broadcast over the rows "
            "of X (Data.X): the Poisson log-likelihood Σ(y·Xβ − e^{Xβ} − log y!)"
        ),
    ),
]


ANSWERS: list[Answer] = [
    # -------------------------------------------------------------- real mistakes
    Answer(
        id="f49-trio-ridge-grad-w-lambda-not-in-loss",
        source=RIDGE_TRIO + ", compute_grad, grad_w)",
        text="(2/n)*((X.T) @ (Y_pred - Y)) + self.lambda_*2*self.W",
        cost=_TRIO_RIDGE_LOSS,
        verdict="different",
        wrt="W_j",
        lets=_TRIO_LETS,
        why=(
            "the loss penalises ΣW² with no λ, whose gradient is 2W; the code adds 2λW (the same only at λ = 1); "
            + _TRIO_WHY
        ),
    ),
    Answer(
        id="f49-teratail-dw-log-likelihood-sign",
        source=TERATAIL + ", dW)",
        text="dW = dy * x",
        cost=_TERA_LOSS,
        verdict="different",
        wrt="W_j",
        lets=_TERA_LETS,
        why=_TERA_WHY,
    ),
    Answer(
        id="f49-teratail-db-log-likelihood-sign",
        source=TERATAIL + ", db)",
        text="db = np.sum(dy, axis=0)",
        cost=_TERA_LOSS,
        verdict="different",
        wrt="b",
        lets=_TERA_LETS,
        why=_TERA_WHY,
    ),
    Answer(
        id="f49-techqa-alpha-without-sigmoid-sum",
        source=TECHQA + ", the question's first formula)",
        text=r"\sum_{i=1}^n (\alpha_i - y_i)x_{ij}",
        cost="logistic",
        verdict="different",
        wrt="beta_j",
        lets=(r"\alpha = \beta^TX",),
        why=_TECHQA_WHY,
    ),
    Answer(
        id="f49-techqa-alpha-without-sigmoid-matrix",
        source=TECHQA + ", 'It is equal to')",
        text=r"X^T(\alpha - y)",
        cost="logistic",
        verdict="different",
        wrt="beta_j",
        lets=(r"\alpha = \beta^TX",),
        why=_TECHQA_WHY,
    ),
    # -------------------------------------------------------------- right answers
    Answer(
        id="f49-chinh-ridge-loop-grad",
        source=CHINH + ", compute_gradients)",
        text=_CHINH_GRAD,
        cost=_CHINH_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_CHINH_LETS,
        why="(1/m)Σ(err)x_j + (λ/m)w_j is the gradient of the cost; " + _CHINH_WHY,
    ),
    Answer(
        id="f49-trio-ridge-grad-b",
        source=RIDGE_TRIO + ", compute_grad, grad_b)",
        text="(2/n)*np.sum(Y_pred - Y,axis = 0)",
        cost=_TRIO_RIDGE_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=_TRIO_LETS,
        why="b is not penalised: (2/n)Σ(Ŷ − Y); " + _TRIO_WHY,
    ),
    Answer(
        id="f49-trio-linear-grad-w",
        source=LINEAR_TRIO + ", compute_grad, grad_w)",
        text="(2/n)*((X.T) @ (Y_pred - Y))",
        cost=_TRIO_LINEAR_LOSS,
        verdict="equivalent",
        wrt="W_j",
        lets=_TRIO_LETS,
        why=_TRIO_WHY,
    ),
    Answer(
        id="f49-octave-logistic-h-row-grad",
        source=OCT_ROW + ", grad)",
        text="grad = 1 / m *  x' *  (h' - y);",
        cost=_OCT_ROW_J,
        verdict="equivalent",
        lets=_OCT_ROW_LETS,
        why="h' is the column σ(xθ): (1/m)xᵀ(h − y); " + _OCT_ROW_WHY,
    ),
    Answer(
        id="f49-octave-logistic-u-grad",
        source=OCT_U + ", grad)",
        text="grad = (1/m) * u' * (h - y);",
        cost=_OCT_U_J,
        verdict="equivalent",
        lets=_OCT_U_LETS,
        why=_OCT_U_WHY,
    ),
    Answer(
        id="f49-ufldl-linear-grad",
        source=UFLDL + ", dftheta and grad)",
        text="grad  = ((1.0/batch_size) * dftheta)';",
        cost=_UFLDL_COST,
        verdict="equivalent",
        lets=("dftheta(j) = (data(:,j)' * (errs))",) + _UFLDL_LETS,
        why="dftheta(j) is column j of the design matrix against the residuals: (1/m)Σ(xθ − y)x_j; " + _UFLDL_WHY,
    ),
    Answer(
        id="f49-matlab-poisson-grad",
        source=POISS + ", grad)",
        text="grad = X' * (mu - y);",
        cost=_POISS_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_POISS_LETS,
        why=_POISS_WHY,
    ),
    Answer(
        id="f49-ex5-port-grad",
        source=EX5 + ", grad)",
        text="grad = X.T @ delta / m\n    grad += lambda_ * np.r_[0, theta[1:]] / m",
        cost=_EX5_J,
        verdict="equivalent",
        lets=_EX5_LETS,
        why="np.r_[0, theta[1:]] leaves theta[0] unpenalised, as the cost does; " + _EX5_WHY,
    ),
    Answer(
        id="f49-sukuna-octave-grad",
        source=SUKUNA + ", grad)",
        text="grad = (X.' * (h - y)) / m;",
        cost=_SUKUNA_J,
        verdict="equivalent",
        lets=_SUKUNA_LETS,
        why=_SUKUNA_WHY,
    ),
    Answer(
        id="f49-m-examples-dj-dwj",
        source=M_EXAMPLES + ", ∂J/∂w_j)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} (a^{(i)} - y^{(i)}) x_j^{(i)}",
        cost=_MEX_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_MEX_LETS,
        why=_MEX_WHY,
    ),
    Answer(
        id="f49-m-examples-dj-db",
        source=M_EXAMPLES + ", ∂J/∂b)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} (a^{(i)} - y^{(i)})",
        cost=_MEX_J,
        verdict="equivalent",
        wrt="b",
        lets=_MEX_LETS,
        why=_MEX_WHY,
    ),
    Answer(
        id="f49-arne-lab-dj-dw",
        source=ARNE + ", dj_dw)",
        text=_ARNE_CODE,
        cost=_MEX_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_MEX_LETS,
        why=_ARNE_WHY,
    ),
    Answer(
        id="f49-arne-lab-dj-db",
        source=ARNE + ", dj_db)",
        text=_ARNE_CODE,
        cost=_MEX_J,
        verdict="equivalent",
        wrt="b",
        lets=_MEX_LETS,
        why=_ARNE_WHY,
    ),
    # -------------------------------------------------------------- one-slip variants
    Answer(
        id="f49-chinh-ridge-grad-penalty-not-averaged",
        source=CHINH + ", compute_gradients; variant: the penalty's / num_examples dropped)",
        text=_CHINH_GRAD.replace("self.regularization_param / num_examples * self.weights[j]",
                                 "self.regularization_param * self.weights[j]"),
        cost=_CHINH_COST,
        verdict="different",
        wrt="weights_j",
        lets=_CHINH_LETS,
        why="variant: the penalty λΣw²/(2m) has gradient λw/m, not λw; " + _CHINH_WHY,
    ),
    Answer(
        id="f49-octave-logistic-h-row-grad-flipped",
        source=OCT_ROW + "; variant: y - h')",
        text="grad = 1 / m *  x' *  (y - h');",
        cost=_OCT_ROW_J,
        verdict="different",
        lets=_OCT_ROW_LETS,
        why="variant: the residual reversed, the negative of the gradient; " + _OCT_ROW_WHY,
    ),
    Answer(
        id="f49-ufldl-linear-grad-not-averaged",
        source=UFLDL + "; variant: the 1.0/batch_size dropped)",
        text="grad  = (dftheta)';",
        cost=_UFLDL_COST,
        verdict="different",
        lets=("dftheta(j) = (data(:,j)' * (errs))",) + _UFLDL_LETS,
        why="variant: the cost is averaged over the m examples, the gradient must be too; " + _UFLDL_WHY,
    ),
    Answer(
        id="f49-matlab-poisson-grad-flipped",
        source=POISS + "; variant: y - mu)",
        text="grad = X' * (y - mu);",
        cost=_POISS_NLL,
        verdict="different",
        wrt="w_j",
        lets=_POISS_LETS,
        why="variant: Xᵀ(y − μ) is the log-likelihood's gradient, the negative of the nll's; " + _POISS_WHY,
    ),
    Answer(
        id="f49-ex5-port-grad-penalises-theta0",
        source=EX5 + "; variant: lambda_ * theta / m)",
        text="grad = X.T @ delta / m\n    grad += lambda_ * theta / m",
        cost=_EX5_J,
        verdict="different",
        lets=_EX5_LETS,
        why="variant: the cost leaves theta[0] unpenalised, this gradient adds λθ₀/m to its component; " + _EX5_WHY,
    ),
    Answer(
        id="f49-sukuna-octave-grad-no-m",
        source=SUKUNA + "; variant: the / m dropped)",
        text="grad = (X.' * (h - y));",
        cost=_SUKUNA_J,
        verdict="different",
        lets=_SUKUNA_LETS,
        why="variant: J divides by m, the gradient must too; " + _SUKUNA_WHY,
    ),
    Answer(
        id="f49-m-examples-dj-dwj-no-average",
        source=M_EXAMPLES + "; variant: the 1/m dropped)",
        text=r"\sum_{i=1}^{m} (a^{(i)} - y^{(i)}) x_j^{(i)}",
        cost=_MEX_J,
        verdict="different",
        wrt="w_j",
        lets=_MEX_LETS,
        why="variant: m times the gradient of the mean cross-entropy; " + _MEX_WHY,
    ),
    Answer(
        id="f49-arne-lab-dj-dw-flipped-error",
        source=ARNE + "; variant: err_i = y[i] - f_wb_i)",
        text=_ARNE_CODE.replace("err_i  = f_wb_i  - y[i]", "err_i  = y[i] - f_wb_i"),
        cost=_MEX_J,
        verdict="different",
        wrt="w_j",
        lets=_MEX_LETS,
        why="variant: the error reversed, the negative of the gradient; " + _ARNE_WHY,
    ),
]
