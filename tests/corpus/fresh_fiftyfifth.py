r"""A fresh held-out wave (f55): students' and teachers' code and the text around it — course lab solutions (Ng's ex2
in Octave and a Python port, a DL.AI-style notebook), from-scratch NumPy / PyTorch / R / MATLAB implementations with
their docstrings, comments and Markdown cells, and Q&A threads about such code (Stack Exchange, GitHub issues), in
English, Korean and Chinese.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: the Data Science Stack Exchange question 'What's wrong with my gradient descent (simple, one variable)?'
  (its cost); a stored copy of the question 'Why is the cost increasing in the linear regression method?' (the loop
  cost in θ₀, θ₁); two GitHub issue threads on Ng's ex2 — dibgerge/ml-coursera-python-assignments #45 ('First two
  grad values are incorrect': a regularised cost and a gradient that zeroes the wrong θ) and tjaskula/Coursera #7
  (two ways to write the gradient); a stored copy of a gist discussion 'Logistic Regression' (compute_cost,
  compute_grad with a stray ``* -1``, and @waylonflinn's simplified cost and grad); patrickloeber/pytorchTutorial
  pull request #10 (the manual gradient of 05_1_gradientdescent_manually.py, before and after the fix);
* code: yhyap/machine-learning-coursera's costFunctionReg.m (a cost that penalises every θ, a gradient whose first
  component has no penalty, and a commented-out vector gradient); an R script 'Gradient Descent in Logistic
  Regression' (binomialLossFun / binomialLossGrad / empiricalRisk, the gradient's sign flipped because the update
  adds it); a MATLAB unit test of a Poisson negative log-likelihood (expectedNll, expectedGrad);
  Ahmadbader17/fromScratch's ridge notebook (dw); two PyTorch class exercises on the loss of Yhat = X@w + b
  (matejajelisavcic/DEEP_LEARNING's SSE/3 and another student's SSE / X.shape[0]);
* notes and blog code: htright/ML (Korean notebook, 'numpy 라이브러리를 활용해, 최적의 선형 회귀 모델 찾기': the MSE and
  its gradients in LaTeX, and code whose dw multiplies X outside the mean); miinzzy/DeepLearning (Korean notebook,
  the summed binary cross-entropy ``bce``); a Chinese blog post on flashgene.com (逻辑回归 compute_loss: loss and dW);
  a geekdaxue.co note on 《机器学习实战》's gradAscent (the ascent step Xᵀ(y − h)).

Names follow the sources: X, x, dataMatrix and X_1 are the design matrix Data.X (rows are examples) unless a
one-feature model is meant, where X (or x, k[0]) is the one feature Data.x and w the scalar slope Data.w[0]; W, w,
weights, theta, beta are the weight vector Data.w / Data.theta / Data.beta by the letter wrt names; b the intercept
Data.b; θ₀, θ₁ of a one-feature line are Data.theta0, Data.theta1. Octave's theta(1) is θ₁ (Data.theta[0]). Where a
source gives no cost for an answer, ``why`` says which cost it is graded against. About half the answers are wrong;
the real mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked
out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
DSSE = (
    "https://datascience.stackexchange.com/questions/89620/whats-wrong-with-my-gradient-descent-simple-one-variable "
    "(question, '# calculating the cost function'"
)
WHY_UP = NEMOTRON + " (stored copy of the question 'Why is the cost increasing in the linear regression method?'"
GIST = NEMOTRON + " (stored copy of a gist discussion '# Logistic Regression' with @waylonflinn's simplified versions"
DIBGERGE = (
    "https://github.com/dibgerge/ml-coursera-python-assignments/issues/45 (issue 'Exercise 2 - First two grad "
    "values are incorrect', the question's def costFunctionReg"
)
TJASKULA = "https://github.com/tjaskula/Coursera/issues/7 (issue 'ex2 costfunction grad', its description"
PATRICK = (
    "https://github.com/patrickloeber/pytorchTutorial/blob/7b19836180d13a5726c3f6890a887fef2d0afa26/"
    "05_1_gradientdescent_manually.py (Python, '# Compute every step manually'"
)
PATRICK_FIX = (
    "https://github.com/patrickloeber/pytorchTutorial/pull/10 (pull request 'Update 05_1_gradientdescent_manually.py', "
    "commit c3b0a21, def gradient"
)
YHYAP = (
    "https://github.com/yhyap/machine-learning-coursera/blob/3f2768609c7bfbb859a2aa1dbecdfefdf61bfef5/mlclass-ex2/"
    "costFunctionReg.m (Octave"
)
R_BINOM = (
    "public code index file 45916285477 (R, '# Gradient Descent in Logistic Regression', binomialLossFun / "
    "binomialLossGrad / empiricalRisk; the index does not name its repository"
)
MAT_POIS = (
    "public code index file 11197586775 (MATLAB unit test test_neglogli_poiss, testHandlesSparseInput; the index "
    "does not name its repository"
)
AHMAD = (
    "https://github.com/Ahmadbader17/fromScratch (Jupyter notebook '# Ridge Regression (L2 Regularization):', In [3]"
)
TORCH_M3 = (
    "https://github.com/matejajelisavcic/DEEP_LEARNING/blob/370a9b4e2c91faac0cf39e6ed51955a54a0c5e80/feb9/app.py "
    "(Python, PyTorch class exercise"
)
TORCH_MEAN = (
    "public code index file 15354083465 (Python, PyTorch class exercise 'Yhat = X@w + b ... loss = SSE / X.shape[0]'; "
    "the index does not name its repository"
)
HTRIGHT = (
    "https://github.com/htright/ML (Korean Jupyter notebook '## 1. numpy 라이브러리를 활용해, 최적의 선형 회귀 모델 찾기'"
)
MIINZZY = "https://github.com/miinzzy/DeepLearning (Korean Jupyter notebook '# Logistic regression 구현', In [8] def bce"
FLASHGENE = "https://flashgene.com/archives/147072.html (Chinese blog post on 逻辑回归, '4.Python代码实现', def compute_loss"
GEEKDAXUE = (
    "http://geekdaxue.co/read/kevinpro@wc5gbh/xm8ygz (Chinese note on 《机器学习实战》's logistic regression, the "
    "gradAscent loop"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _mse_wx(d):
    r = d.w[0] * d.x - d.y
    return float(np.mean(r * r))


def _mse_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(np.mean(r * r))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_t0_t1(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _logistic_mean_w(d):
    return -float(np.mean(_ll(sig(d.X @ d.w), d.y)))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_mean_beta(d):
    return -float(np.mean(_ll(sig(d.X @ d.beta), d.y)))


def _logistic_sum_w_b(d):
    return -float(np.sum(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_l2_every_theta(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _logistic_l2_skip_first_theta(d):
    t = d.theta[1:]
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(t @ t)


def _sse_wb_over_3(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / 3


def _mse_wb(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m


def _poisson_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


# ------------------------------------------------------------------ texts the items share
_PATRICK_LOSS = "((y_pred - y)**2).mean()"
_PATRICK_LETS = ("y_pred = forward(X)", "forward(x) = w * x")
_PATRICK_WHY = (
    "f = w * x with a scalar w and X = [1, 2, 3, 4] one input per example (Data.x, w the slope Data.w[0]); the "
    "loss is the mean squared error over the N examples"
)
_HTRIGHT_MSE = r"\left( \frac{1}{n} \sum_{i=1}^n (y_i - (wX_i + b))^2 \right)"
_HTRIGHT_WHY = (
    "the notebook's heading calls it the MSE 손실 함수 L; X_i is the one input of example i (Data.x), w the scalar "
    "slope, b the intercept: (1/n)Σ(y_i − (wX_i + b))²"
)
_HTRIGHT_CODE_WHY = (
    "X and y are 1-D arrays of the n examples (Data.x, Data.y), w and b scalars: loss = np.mean((y-(w*X+b))**2), "
    "the MSE in w and b"
)
_HTRIGHT_CODE_LOSS = "np.mean((y-(w*X+b))**2)"
_FLASH_LOSS = "loss = -np.sum((y*np.log(h) + (1-y)*np.log((1-h))))\nloss = loss / num_train"
_FLASH_LETS = (
    "h = self.output(X)",
    "self.output(X) = self.sigmod(g)",
    "g = np.dot(X,self.W)",
    "self.sigmod(X) = 1/(1+np.exp(-X))",
    "num_train = X.shape[0]",
)
_FLASH_WHY = (
    "X is the design matrix with a ones column (X_train = np.hstack((one,X))), self.W the weight column (Data.w), y "
    "reshaped to a column: the mean cross-entropy"
)
_R_RISK = "mean(loss)"
_R_LETS = (
    "loss = - (y * log(activate) + (1 - y) * log(1 - activate))",
    "activate = ((1 + exp(-X %*% beta))^(-1))",
)
_R_WHY = (
    "empiricalRisk(loss) returns mean(loss), loss = binomialLossFun(X, y, beta) with activation = sigmoid, whose "
    "body is ((1 + exp(-X %*% beta))^(-1)); X = model.matrix(...) is the design matrix (Data.X), beta the "
    "coefficients: the mean cross-entropy"
)
_MAT_POIS_NLL = "sum(exp(X * w) - y .* (X * w))"
_MAT_POIS_WHY = (
    "X the design matrix (Data.X), w the weight column: the Poisson negative log-likelihood without the log y! "
    "term, summed over the examples (MATLAB's .* elementwise)"
)
_YHYAP_J = "J=((1/m).*sum(logisf))+(lambda/(2*m)).*sum(theta.^2);"
_YHYAP_LETS = ("logisf=(-y)'*log(h)-(1-y)'*log(1-h)", "h=sigmoid(z)", "z=X*theta")
_YHYAP_WHY = (
    "logisf is already the scalar −yᵀlog h − (1−y)ᵀlog(1−h), so sum(logisf) is that number; the penalty sums "
    "theta.^2 over every component, theta(1) included — the file's J is the logistic cost plus λ/(2m)Σθ_k² over "
    "every θ_k (the logistic-l2 preset), whatever ex2 asked for"
)
_DIB_J = (
    "J = (1 / m) * (-y.T @ numpy.log(h_theta) - (1 - y).T @ numpy.log(1 - h_theta)) + (lambda_ / (2 * m)) * "
    "(theta[1:theta.size]).T @ theta[1:theta.size]"
)
_DIB_LETS = ("h_theta = sigmoid(X @ theta)",)
_DIB_WHY = (
    "X is m × n with a ones column, theta reshaped to (n, 1): the mean cross-entropy plus λ/(2m)Σθ_k² over "
    "theta[1:], the first component (θ₀, Data.theta[0]) not penalised"
)
_TJ_LETS = ("h = sigmoid(X * theta)",)
_TJ_WHY = (
    "the thread gives the two lines only; h is ex2's h = sigmoid(X * theta) (X with a ones column, Data.X), graded "
    "against ex2's unregularised mean cross-entropy"
)
_GIST_J = (
    "J = (1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - "
    "transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))"
)
_GIST_LETS = ("sigmoid(X) = d", "d = 1.0 / den", "den = 1.0 + e ** (-1.0 * X)")
_GIST_WHY = (
    "from numpy import * (transpose, log, e); X is m × 3 with a ones column, theta reshaped to a column: the mean "
    "cross-entropy"
)
_GIST_SIMPLE = "log_l.mean()"
_GIST_SIMPLE_LETS = (
    "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
    "p_1 = sigmoid(numpy.dot(X, theta))",
    "sigmoid(X) = 1 / (1 + numpy.exp(-X))",
)
_GEEK_COST = "np.sum(labelMat * np.log(h) + (1 - labelMat) * np.log(1 - h))"
_GEEK_LETS = (
    "error = (labelMat - h)",
    "h = sigmoid(dataMatrix*weights)",
)
_GEEK_WHY = (
    "the note shows the loop only (weights = weights + alpha * dataMatrix.transpose()* error, an ascent step); "
    "graded against the log-likelihood it climbs, ℓ = Σ[y log h + (1−y) log(1−h)], written here in the loop's "
    "names; dataMatrix the m × n design "
    "matrix (Data.X), weights the n × 1 column (Data.w, wrt weights_j), labelMat the labels as a column"
)
_AHMAD_COST = "np.mean((y - y_pred) ** 2) + self.alpha * np.sum(self.weights ** 2)"
_AHMAD_LETS = ("y_pred = np.dot(X, self.weights) + self.bias", "n_samples = X.shape[0]")
_AHMAD_WHY = (
    "graded against the notebook's pseudo-code cost, 'Mean Squared Error (MSE) + L2 penalty term (alpha * sum of "
    "squared weights)', written here in its code's names; X the n_samples × n_features matrix (Data.X), "
    "self.weights the weights (Data.w), self.bias the intercept (Data.b)"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f55-dsse-one-variable-cost-matmul",
        source=DSSE + ", def cost)",
        text="1/(2* m) * np.sum((h(X, theta)-y)**2)",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("h(X, theta) = np.matmul(X, theta)",),
        why="X is 97 × 2 with a first column of ones, theta a 2 × 1 column: the half mean squared error "
        "1/(2m)Σ(Xθ − y)²",
    ),
    Cost(
        id="f55-why-cost-increasing-loop-k0-k1",
        source=WHY_UP + ", the second version's cost loop)",
        text="for j in range(len(data)):\n    k = data.iloc[j]\n"
        "    cost = cost + (theta_0 + theta_1 * k[0] - k[1])**2\ncost = cost / (2 * len(data))",
        intended=_half_mean_sq_t0_t1,
        wrt=("theta_0", "theta_1"),
        why="the lines are dedented from the question's while loop; cost starts at 0 (cost = 0 before the loop); "
        "data is ex1data1 read with header=None, so row k holds (x, y): k[0] is the one feature (Data.x), k[1] "
        "the target; len(data) is m: 1/(2m)Σ(θ₀ + θ₁x − y)²",
    ),
    Cost(
        id="f55-dibgerge-ex2-reg-cost-theta-slice",
        source=DIBGERGE + ", J =)",
        text=_DIB_J,
        intended=_logistic_l2_skip_first_theta,
        wrt=("theta_j",),
        lets=_DIB_LETS,
        why=_DIB_WHY,
    ),
    Cost(
        id="f55-gist-compute-cost-transpose-dot",
        source=GIST + ", '### Compute Cost', J =)",
        text=_GIST_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_GIST_LETS,
        why=_GIST_WHY,
    ),
    Cost(
        id="f55-gist-simplified-log-l-mean",
        source=GIST + ", '#### Cost Function', def cost)",
        text=_GIST_SIMPLE,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_GIST_SIMPLE_LETS,
        why="X is the design matrix with the ones column (X_1 is passed as X), theta the coefficients; the "
        "comment calls log_l a 'log-likelihood vector' but it is the per-example negative log-likelihood, and "
        ".mean() averages it: the mean cross-entropy",
    ),
    # ============================================================ code
    Cost(
        id="f55-patrickloeber-loss-mse-mean",
        source=PATRICK + ", '# loss = MSE', def loss)",
        text=_PATRICK_LOSS,
        intended=_mse_wx,
        wrt=("w",),
        lets=_PATRICK_LETS,
        why=_PATRICK_WHY,
    ),
    Cost(
        id="f55-yhyap-costfunctionreg-every-theta",
        source=YHYAP + ", J=)",
        text=_YHYAP_J,
        intended=_logistic_l2_every_theta,
        wrt=("theta_j",),
        lets=_YHYAP_LETS,
        why=_YHYAP_WHY,
    ),
    Cost(
        id="f55-r-empirical-risk-binomial-loss",
        source=R_BINOM + ", empiricalRisk and binomialLossFun)",
        text=_R_RISK,
        intended=_logistic_mean_beta,
        wrt=("beta_j",),
        lets=_R_LETS,
        why=_R_WHY,
    ),
    Cost(
        id="f55-matlab-test-poisson-expected-nll",
        source=MAT_POIS + ", expectedNll =)",
        text=_MAT_POIS_NLL,
        intended=_poisson_nll_sum_w,
        wrt=("w_j",),
        why=_MAT_POIS_WHY,
    ),
    Cost(
        id="f55-torch-class-sse-over-3",
        source=TORCH_M3 + ", loss =)",
        text="SSE/3",
        intended=_sse_wb_over_3,
        wrt=("w_j", "b"),
        lets=("SSE = r.T@r", "r = Yhat-Y", "Yhat = X@w+b"),
        why="X is a 3 × 1 tensor of inputs (the design matrix, Data.X), w a 1 × 1 weight column, b a 1 × 1 bias, Y "
        "the targets: rᵀr is the sum of squared residuals and the 3 is the exercise's three examples written as a "
        "number — read as written, (Xw + b − y)ᵀ(Xw + b − y)/3",
    ),
    Cost(
        id="f55-torch-class-sse-over-shape0",
        source=TORCH_MEAN + ", loss =)",
        text="SSE / X.shape[0]",
        intended=_mse_wb,
        wrt=("w_j", "b"),
        lets=("SSE = r.T@r", "r = Yhat - Y", "Yhat = X@w + b"),
        why="the file's comment: '# Mean X.shape[0] = number of samples'; X the design matrix (Data.X), w the "
        "weight column, b the bias: the mean squared error (Xw + b − y)ᵀ(Xw + b − y)/m",
    ),
    # ============================================================ notes and blog code
    Cost(
        id="f55-htright-mse-latex-wx-b",
        source=HTRIGHT + ", '**MSE 손실 함수**')",
        text=_HTRIGHT_MSE,
        intended=_mse_wx_b,
        wrt=("w", "b"),
        why=_HTRIGHT_WHY,
    ),
    Cost(
        id="f55-htright-loss-code-np-mean",
        source=HTRIGHT + ", In [6] def gd_numpy, loss =)",
        text=_HTRIGHT_CODE_LOSS,
        intended=_mse_wx_b,
        wrt=("w", "b"),
        why=_HTRIGHT_CODE_WHY,
    ),
    Cost(
        id="f55-miinzzy-bce-sum-target",
        source=MIINZZY + ")",
        text="np.sum(-target*np.log(y_hat) - (1-target)*np.log(1-y_hat))",
        intended=_logistic_sum_w_b,
        wrt=("W_j", "b"),
        lets=("y_hat = sigmoid(z)", "z = np.dot(X, W) + b"),
        why="target is the label column t_data (Data.y), X the input matrix (here 10 × 1, Data.X), W the weight "
        "column (Data.w), b the bias: the summed cross-entropy (the cell's Markdown calls it the negative log "
        "likelihood Σ −t log y − (1−t) log(1−y))",
    ),
    Cost(
        id="f55-flashgene-compute-loss-mean",
        source=FLASHGENE + ", loss =)",
        text=_FLASH_LOSS,
        intended=_logistic_mean_w,
        wrt=("W_j",),
        lets=_FLASH_LETS,
        why=_FLASH_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f55-patrickloeber-gradient-dot-then-mean",
        source=PATRICK + ", def gradient, before pull request #10)",
        text="np.dot(2*x, y_pred - y).mean()",
        cost=_PATRICK_LOSS,
        verdict="different",
        wrt="w",
        lets=_PATRICK_LETS,
        why="np.dot(2*x, y_pred − y) is already the scalar Σ2x(wx − y), so .mean() of it changes nothing: the "
        "answer is N times the gradient (2/N)Σx(wx − y) of the mean loss — the bug pull request #10 fixed; "
        + _PATRICK_WHY,
    ),
    Answer(
        id="f55-patrickloeber-gradient-mean-fixed",
        source=PATRICK_FIX + ")",
        text="np.mean(2*x*(y_pred - y))",
        cost=_PATRICK_LOSS,
        verdict="equivalent",
        wrt="w",
        lets=_PATRICK_LETS,
        why=_PATRICK_WHY,
    ),
    Answer(
        id="f55-r-binomial-loss-grad-col-means",
        source=R_BINOM + ", binomialLossGrad and empiricalRiskGrad)",
        text="colMeans(loss_grad)",
        cost=_R_RISK,
        verdict="different",
        wrt="beta_j",
        lets=(
            "loss_grad = X * (y - as.numeric(activation(X, beta)))",
            "activation(X, beta) = ((1 + exp(-X %*% beta))^(-1))",
            *_R_LETS,
        ),
        why="X * (y − σ) scales row i of X by example i's residual and colMeans averages the rows: (1/m)Xᵀ(y − σ), "
        "the NEGATIVE of the risk's gradient (1/m)Xᵀ(σ − y); the script's gradDescent adds it "
        "(beta_start + learning_rate * ...), so the fit still descends, but as the gradient of the empirical "
        "risk the sign is wrong; " + _R_WHY,
    ),
    Answer(
        id="f55-dibgerge-grad-zeroes-theta-index-1",
        source=DIBGERGE + ", thetaZero and grad =)",
        text="((1 / m) * (h_theta - y).T @ X) + lambda_ / m * thetaZero.T",
        cost=_DIB_J,
        verdict="different",
        wrt="theta_j",
        lets=("thetaZero = theta", "thetaZero[1] = 0", *_DIB_LETS),
        why="thetaZero[1] = 0 zeroes the SECOND component (Python counts from 0), so the penalty term λθ/m keeps "
        "θ₀ = theta[0], which the cost does not penalise, and drops theta[1], which it does: components 0 and 1 of "
        "the gradient are wrong (the reply in the thread points at the unpenalised first parameter); "
        + _DIB_WHY,
    ),
    Answer(
        id="f55-yhyap-grad-1-no-penalty",
        source=YHYAP + ", grad(1)=)",
        text="1/m.*(sum(X'(1,:)*h-X'(1,:)*y))",
        cost="logistic-l2",
        verdict="different",
        wrt="theta_1",
        lets=_YHYAP_LETS,
        why="grad(1) leaves out the penalty (as ex2 asks), but this file's own J penalises theta(1) too "
        "(sum(theta.^2)), so against the cost it returns the first component lacks λθ₁/m; " + _YHYAP_WHY,
    ),
    Answer(
        id="f55-yhyap-grad-j-loop-penalty",
        source=YHYAP + ", for j=2:n, grad(j)=)",
        text="(1/m).*(sum(X'(j,:)*h-X'(j,:)*y)+lambda.*theta(j,1))",
        cost="logistic-l2",
        verdict="equivalent",
        wrt="theta_j",
        lets=_YHYAP_LETS,
        why="X'(j,:)*h − X'(j,:)*y is the scalar Σ(h − y)x_j, so the line is (1/m)[Σ(h − y)x_j + λθ_j]; read as "
        "a formula in j it is the gradient of the file's J for every j (the file applies it for j ≥ 2 only); "
        + _YHYAP_WHY,
    ),
    Answer(
        id="f55-yhyap-commented-vector-grad",
        source=YHYAP + ", the commented-out line '% This gives correct answer but ...')",
        text="(1/m).*((X'*h-X'*y)+theta*lambda)",
        cost="logistic-l2",
        verdict="equivalent",
        wrt="theta_j",
        lets=_YHYAP_LETS,
        why="(1/m)(Xᵀ(h − y) + λθ) penalises every θ, exactly as the file's J does; " + _YHYAP_WHY,
    ),
    Answer(
        id="f55-tjaskula-sum-elementwise",
        source=TJASKULA + ", 'grad = (1 / m) * sum((h - y) .* X)')",
        text="(1 / m) * sum((h - y) .* X)",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=_TJ_LETS,
        why="(h − y) .* X broadcasts the residual column over the columns of X and sum adds down the rows: the row "
        "vector (1/m)(h − y)ᵀX, the gradient's components; " + _TJ_WHY,
    ),
    Answer(
        id="f55-tjaskula-xt-form",
        source=TJASKULA + ", 'instead of  X' * (h - y) / m')",
        text="X' * (h - y) / m",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=_TJ_LETS,
        why=_TJ_WHY,
    ),
    Answer(
        id="f55-gist-compute-cost-grad-transpose",
        source=GIST + ", '### Compute Cost', grad =)",
        text="transpose((1./m)*transpose(sigmoid(X.dot(theta)) - y).dot(X))",
        cost=_GIST_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_GIST_LETS,
        why=_GIST_WHY,
    ),
    Answer(
        id="f55-gist-compute-grad-times-minus-one",
        source=GIST + ", '### Compute Gradient', def compute_grad)",
        text="(1.0 / m) * sumdelta * -1",
        cost=_GIST_J,
        verdict="different",
        wrt="theta_j",
        lets=(
            "sumdelta = delta.T.dot(X[:, i])",
            "delta = h - y",
            "h = sigmoid(X.dot(theta.T))",
            *_GIST_LETS,
        ),
        why="grad[i] = (1/m)Σ(h − y)x_i times −1: the negative of the cost's gradient (@waylonflinn's reply takes "
        "'the negatives ... out of the cost function and grad'); " + _GIST_WHY,
    ),
    Answer(
        id="f55-gist-simplified-grad-error-dot",
        source=GIST + ", '#### Gradient Function', def grad)",
        text="numpy.dot(error, X_1) / y.size",
        cost=_GIST_SIMPLE,
        verdict="equivalent",
        wrt="theta_j",
        lets=("error = p_1 - y", *_GIST_SIMPLE_LETS),
        why="X_1 is the global design matrix with the ones column, the same matrix passed in as X (args=(X_1, y)); "
        "error·X_1 / m = (1/m)Xᵀ(σ − y)",
    ),
    Answer(
        id="f55-matlab-test-poisson-expected-grad",
        source=MAT_POIS + ", expectedGrad =)",
        text="full(X' * (exp(X * w) - y))",
        cost=_MAT_POIS_NLL,
        verdict="equivalent",
        wrt="w_j",
        why="full() only turns a sparse result dense: Xᵀ(e^{Xw} − y); " + _MAT_POIS_WHY,
    ),
    Answer(
        id="f55-htright-partial-w-latex",
        source=HTRIGHT + ", '**Gradients 계산**', ∂L/∂w)",
        text=r"\frac{\partial L}{\partial w} = -2 * \frac{1}{n} \sum_{i=1}^n (y_i - (wX_i + b)) * X_i",
        cost=_HTRIGHT_MSE,
        verdict="equivalent",
        wrt="w",
        why=_HTRIGHT_WHY,
    ),
    Answer(
        id="f55-htright-partial-b-latex",
        source=HTRIGHT + ", '**Gradients 계산**', ∂L/∂b)",
        text=r"\frac{\partial L}{\partial b} = -2 * \frac{1}{n} \sum_{i=1}^n (y_i - (wX_i + b))",
        cost=_HTRIGHT_MSE,
        verdict="equivalent",
        wrt="b",
        why=_HTRIGHT_WHY,
    ),
    Answer(
        id="f55-htright-dw-code-x-outside-mean",
        source=HTRIGHT + ", In [6] def gd_numpy, dw =)",
        text="-2 * np.mean(y-(w*X+b))*X",
        cost=_HTRIGHT_CODE_LOSS,
        verdict="different",
        wrt="w",
        why="the *X stands outside np.mean: the line is −2·mean(residual) times the whole array X — a vector, one "
        "entry per example — not −2·mean(residual·X); the comment says 'derivative w.r.t to w' and the LaTeX "
        "above it has X_i inside the sum; " + _HTRIGHT_CODE_WHY,
    ),
    Answer(
        id="f55-htright-db-code",
        source=HTRIGHT + ", In [6] def gd_numpy, db =)",
        text="-2 * np.mean(y-(w*X+b))",
        cost=_HTRIGHT_CODE_LOSS,
        verdict="equivalent",
        wrt="b",
        why=_HTRIGHT_CODE_WHY,
    ),
    Answer(
        id="f55-flashgene-dw-mean",
        source=FLASHGENE + ", dW =)",
        text="X.T.dot((h-y)) / num_train",
        cost=_FLASH_LOSS,
        verdict="equivalent",
        wrt="W_j",
        lets=_FLASH_LETS,
        why=_FLASH_WHY,
    ),
    Answer(
        id="f55-geekdaxue-grad-ascent-xt-error",
        source=GEEKDAXUE + ", weights = weights + alpha * dataMatrix.transpose()* error)",
        text="dataMatrix.transpose()* error",
        cost=_GEEK_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_GEEK_LETS,
        why="dataMatrix is a numpy matrix, so * is the matrix product: Xᵀ(y − h), the log-likelihood's gradient; "
        + _GEEK_WHY,
    ),
    Answer(
        id="f55-ahmad-ridge-dw",
        source=AHMAD + ", dw =)",
        text="(-2 / n_samples) * np.dot(X.T, (y - y_pred)) + (2 * self.alpha * self.weights)",
        cost=_AHMAD_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_AHMAD_LETS,
        why=_AHMAD_WHY,
    ),
    # ============================================================ one-slip variants of the answers above
    Answer(
        id="f55-variant-flashgene-dw-residual-flipped",
        source=FLASHGENE + ", dW =) — variant: y − h for h − y",
        text="X.T.dot((y-h)) / num_train",
        cost=_FLASH_LOSS,
        verdict="different",
        wrt="W_j",
        lets=_FLASH_LETS,
        why="variant: the residual flipped, the negative of the gradient; " + _FLASH_WHY,
    ),
    Answer(
        id="f55-variant-matlab-poisson-grad-plus-y",
        source=MAT_POIS + ", expectedGrad =) — variant: + y for − y",
        text="full(X' * (exp(X * w) + y))",
        cost=_MAT_POIS_NLL,
        verdict="different",
        wrt="w_j",
        why="variant: the −y·Xw term's derivative is −Xᵀy, not +Xᵀy; " + _MAT_POIS_WHY,
    ),
    Answer(
        id="f55-variant-htright-partial-b-two-dropped",
        source=HTRIGHT + ", ∂L/∂b) — variant: the 2 dropped",
        text=r"\frac{\partial L}{\partial b} = - \frac{1}{n} \sum_{i=1}^n (y_i - (wX_i + b))",
        cost=_HTRIGHT_MSE,
        verdict="different",
        wrt="b",
        why="variant: the MSE has no ½, so the square's 2 stays; half the gradient; " + _HTRIGHT_WHY,
    ),
    Answer(
        id="f55-variant-tjaskula-xt-no-m",
        source=TJASKULA + ") — variant: the / m dropped",
        text="X' * (h - y)",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=_TJ_LETS,
        why="variant: the gradient of the summed, not the mean, cross-entropy — m times too large; " + _TJ_WHY,
    ),
    Answer(
        id="f55-variant-ahmad-ridge-dw-penalty-two-dropped",
        source=AHMAD + ", dw =) — variant: the penalty's 2 dropped",
        text="(-2 / n_samples) * np.dot(X.T, (y - y_pred)) + (self.alpha * self.weights)",
        cost=_AHMAD_COST,
        verdict="different",
        wrt="weights_j",
        lets=_AHMAD_LETS,
        why="variant: the derivative of αΣw² is 2αw, not αw; " + _AHMAD_WHY,
    ),
    Answer(
        id="f55-variant-yhyap-commented-grad-sign",
        source=YHYAP + ", the commented-out vector line) — variant: X'*h+X'*y",
        text="(1/m).*((X'*h+X'*y)+theta*lambda)",
        cost="logistic-l2",
        verdict="different",
        wrt="theta_j",
        lets=_YHYAP_LETS,
        why="variant: Xᵀ(h + y) for Xᵀ(h − y); " + _YHYAP_WHY,
    ),
]
