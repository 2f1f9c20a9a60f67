r"""A fresh held-out wave (f42): a mix as a random draw would give it, with every third source a Q&A thread, a
student's homework repository or a tutorial in a language other than English — LaTeX, Python, R, Octave, PyTorch.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and repositories no other corpus file uses:

* Q&A: a stored copy of the Stack Overflow question 'problem while trying to write a vectorized matrix notation for
  the gradient descent' (an Octave update); a stored copy of the Cross Validated question 'Logistic Regression
  Gradient of Weights' (the asker's derivative, right although the asker thought it wrong, and the answer's steps);
  a stored copy of the Stack Overflow question 'Cost Function in Linear Regression' (the answer's vectorised Octave
  J); imathworks' copy of the Cross Validated question 'Why are solution to ridge regression always expressed using
  matrix notation' (Σ‖y_i – wᵀx_i‖² + λ‖w‖², an en dash for the minus); a CSDN 问答 answer '梯度下降岭回归模型数学推导';
* students' homework and course repositories: WeisonWEileen/homework_sdm274 hw2 (Chinese course; its _gradient
  takes np.mean of a broadcast product); HoneyJar-0/Machine-Learning-Homework HW2 (a design matrix written
  features × examples); davidrosenberg/mlcourse's hw2 ridge skeleton; skyroom/d2l_zh_learning (a notebook where the
  labels are y_hat and the predictions y, and a second 'manual' gradient that drops X@w); two Spanish CS229 problem
  set 1 solutions (julianprieto21/AnalisisMultivariadoTP1, whose Poisson gradient is np.sum(y)/(theta @ x.T) - m,
  and virsolgue/Implementacion_Modelos_Machine_Learning); an R file of negative log-likelihoods and their gradients
  (public code index file 17999036453); an R script in Spanish that evaluates a Poisson log-likelihood through dpois
  (public code index file 31255408367); aiguozhe01/diveintocode-ml's Week 5 sprint notebook (Japanese; the
  assignment's update rule for θ_j);
* notes: a stored transcript of the University of Washington's Coursera lecture 'Computing the Gradient of the Ridge
  Objective' (the data matrix named H).

Names follow the sources: a feature matrix written features × examples (HoneyJar's Xtilde) is Data.X transposed;
code's design matrices with a column of ones already in them (WeisonWEileen's input, the Octave X, R's X) are
Data.X and their weight vectors Data.w / theta / beta; the UW lecture's H is Data.X; skyroom's y_hat is the label
vector Data.y and its y the prediction Xw + b. Where a source gives no cost for an answer the answer's own page or
file gives it, and ``why`` says so. About half the answers are wrong; the real mistakes come first, the rest are
one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked against finite
differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
WEISON = (
    "https://github.com/WeisonWEileen/homework_sdm274/blob/1367c3d3a8df98b258309a5b25eddd6667d1709d/hw2/engine/"
    "lr_model.py (course homework, Python, class LinearRegresssion"
)
HONEYJAR = (
    "https://github.com/HoneyJar-0/Machine-Learning-Homework/blob/843c82c45349f362a36f1b21fd42267837cbe529/HW2/"
    "homework2_JTREISS.py (homework, Python, def fMSE (wtilde, Xtilde, y)"
)
ROSENBERG = (
    "https://github.com/davidrosenberg/mlcourse/blob/1f7c15b6da7fea4a50253d61cce0b4690a9ea03a/Homework/hw2-lasso/"
    "ridge_skeleton.py (homework skeleton, Python, def ridge_obj(theta)"
)
SKYROOM = (
    "https://github.com/skyroom/d2l_zh_learning/blob/2616136dab7a2df68a726a1b0e58094f90f2e3a6/"
    "第2章预备知识/线性回归的梯度(导数)计算.ipynb (study notebook, PyTorch"
)
JULIAN = (
    "https://github.com/julianprieto21/AnalisisMultivariadoTP1/blob/36d1ea4b1b9e8f593ef384db6b24fe768d95d0e6/src/"
    "p03d_poisson.py (course TP, Spanish, 'Problema 3(d): regresión Poisson con ascenso por gradiente', def fit"
)
VIRSOLGUE = (
    "https://github.com/virsolgue/Implementacion_Modelos_Machine_Learning/blob/"
    "b160dc1e808161903b2224e0e500762579a0156e/src/p03d_poisson.py (course work, Spanish, def _step"
)
RNLL = (
    "public code index file 17999036453 (R, '# Compute negative log-likelihood for linear regression' and for "
    "logistic regression; the index does not name its repository"
)
RDPOIS = (
    "public code index file 31255408367 (R, Spanish, '# Vamos a calcular el valor de L usando los betas estimados'; "
    "the index does not name its repository"
)
SOVEC = (
    "https://stackguides.com/questions/56092779/problem-while-tring-to-write-a-vectorized-matrix-notation-for-the-"
    "gradient-desce (copy of a Stack Overflow question, Octave"
)
CVWEIGHTS = (
    NEMOTRON + " (stored copy of the Cross Validated question 'Logistic Regression Gradient of Weights', posted as "
    "'Solved – Logistic Regression Gradient of Weights'"
)
SOCOST = NEMOTRON + " (stored copy of the Stack Overflow question 'Cost Function in Linear Regression', Octave"
IMATH = (
    "https://imathworks.com/cv/solved-why-are-solution-to-ridge-regression-always-expressed-using-matrix-notation "
    "(copy of a Cross Validated question"
)
WENKU = "https://wenku.csdn.net/answer/7pn2f1ijv3 (CSDN 问答 answer '梯度下降岭回归模型数学推导'"
DIC = (
    "https://github.com/aiguozhe01/diveintocode-ml/blob/33770e0768d6d27f36b02d34dd62a7b0f212a2e0/Week5/"
    "week5_sprint_3.ipynb (sprint homework, Japanese, 【問題2】最急降下法"
)
UWRIDGE = (
    NEMOTRON + " (stored transcript of the University of Washington Coursera lecture 'Computing the Gradient of the "
    "Ridge Objective'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _mse_w(d):
    r = d.X @ d.w - d.y
    return float(np.mean(r * r))


def _half_mse_w(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.mean(r * r))


def _ridge_half_mean_lam_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam * float(d.theta @ d.theta)


def _half_sse_w_b(d):
    r = d.y - (d.X @ d.w + d.b)
    return 0.5 * float(r @ r)


def _half_sse_beta(d):
    r = d.y - d.X @ d.beta
    return 0.5 * float(r @ r)


def _nll_sum_beta(d):
    return -float(np.sum(_ll(sig(d.X @ d.beta), d.y)))


def _nll_sum_w(d):
    return -float(np.sum(_ll(sig(d.X @ d.w), d.y)))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_half_mean_theta(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
_WEISON_J = "np.mean((groundtruth - predict) ** 2)"
_WEISON_LETS = ("predict = input.dot(self.W)",)
_WEISON_WHY = (
    "fit appends a column of ones (X = np.c_[X, np.ones(len(X))]) and predicts input.dot(self.W): input is the "
    "design matrix (Data.X), W its weights, the bias last; _mse_loss is the mean squared error"
)
_SKY_J = "loss.sum()"
_SKY_LETS = ("loss = 0.5 * ((y_hat - y) ** 2)", "y = torch.matmul(X, w) + b")
_SKY_WHY = (
    "the notebook names the labels y_hat ('y_hat 表示预测的y值', but it holds the targets [0, 1, 2]) and the "
    "prediction y = Xw + b; loss.sum().backward() differentiates ½Σ(label − (Xw + b))² — Data.y is y_hat here"
)
_RLIN_J = "sum(residuals^2) / 2"
_RLIN_LETS = ("residuals <- y - X %*% beta",)
_RLOG_J = "-log_lik"
_RLOG_LETS = ("log_lik <- sum(y * log(p) + (1 - y) * log(1 - p))", "p <- 1 / (1 + exp(-X %*% beta))")
_CVW_J = r"NLL = -\sum_{i=1}^N \left[(1-y_i)\log(1-s(w^Tx_i)) + y_i\log(s(w^Tx_i))\right]"
_CVW_LETS = (r"s(x) = \frac{1}{e^{-x}+1}",)
_CVW_WHY = "the question's NLL, s the sigmoid as it defines it: the summed negative log-likelihood in w"
_WENKU_J = (
    r"J(\theta) = \frac{1}{2n} \sum_{i=1}^{n}(h_\theta(x_i) - y_i)^2 + \frac{\lambda}{2n} \|\theta\|^2_2"
)
_WENKU_LETS = (r"h_\theta(x) = \theta^T x",)
_WENKU_WHY = "n examples (Data's m); ‖θ‖²₂ penalises every θ_k"
_UW_J = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_WHY = "the lecture's H is the N × (D+1) matrix of features h_j(x_i) (Data.X), y = Hw + ε; RSS plus λ‖w‖²"
_IMATH_J = r"\sum_{i=1}^n ||y_i – w^T x_i||_2^2 + \lambda ||w||_2^2"
_IMATH_WHY = "the page writes the minus as an en dash (–); y_i is a scalar, so ‖y_i − wᵀx_i‖² is its square"
_DIC_LETS = (r"h_\theta(x) = \theta_0x_0 + \theta_1x_1+...+\theta_jx_j+...+\theta_nx_n",)
_DIC_WHY = (
    "the sprint's hypothesis h_θ(x) = θ₀x₀ + … + θ_nx_n with x₀ = 1; its loss (problem 5 of the sprint, not in this "
    "notebook) is the course's J(θ) = (1/(2m))Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²"
)
_POIS_J = r"\ell(\theta) = \sum_{i=1}^{m} \left( y^{(i)} \theta^T x^{(i)} - e^{\theta^T x^{(i)}} \right)"
_POIS_WHY = (
    "problem 3(d) maximises the Poisson log-likelihood with the canonical link ('maximizar el logaritmo de la "
    "verosimilitud'); the file gives no formula, so the cost is that log-likelihood (−Σ log y! dropped), x the "
    "(m, n) inputs"
)

COSTS: list[Cost] = [
    # ============================================================ homework and course code
    Cost(
        id="f42-weison-mse-loss",
        source=WEISON + ", _mse_loss)",
        text=_WEISON_J,
        intended=_mse_w,
        wrt=("W_j",),
        lets=_WEISON_LETS,
        why=_WEISON_WHY,
    ),
    Cost(
        id="f42-honeyjar-fmse-features-by-examples",
        source=HONEYJAR + ")",
        text="0.5 * np.mean(np.square(yhat - y))",
        intended=_half_mse_w,
        wrt=("wtilde_j",),
        lets=("yhat = np.transpose(Xtilde).dot(wtilde)",),
        why="Xtilde is ((M**2 + 1) x N), one column per example with a last row of ones (Data.X transposed), so "
        "yhat = Xtildeᵀw̃: half the mean squared error",
    ),
    Cost(
        id="f42-rosenberg-ridge-obj-half-mean-plus-lambda",
        source=ROSENBERG + ")",
        text="((numpy.linalg.norm(numpy.dot(X,theta) - y))**2)/(2*N) + Lambda*(numpy.linalg.norm(theta))**2",
        intended=_ridge_half_mean_lam_theta,
        wrt=("theta_j",),
        lets=("(N,D) = X.shape",),
        why="N the number of rows of X, Lambda the regularisation constant (λ): ‖Xθ − y‖²/(2N) + λ‖θ‖², the "
        "penalty not divided by N",
    ),
    Cost(
        id="f42-skyroom-loss-sum-labels-named-y-hat",
        source=SKYROOM + ", '## 计算损失' and loss.sum().backward())",
        text=_SKY_J,
        intended=_half_sse_w_b,
        wrt=("w_j", "b"),
        lets=_SKY_LETS,
        why=_SKY_WHY,
    ),
    Cost(
        id="f42-rnll-linear-half-sse",
        source=RNLL + ", neg_log_likelihood_linear)",
        text=_RLIN_J,
        intended=_half_sse_beta,
        wrt=("beta_j",),
        lets=_RLIN_LETS,
        why="the Gaussian negative log-likelihood up to constants: ½Σ(y − Xβ)²",
    ),
    Cost(
        id="f42-rnll-logistic-summed",
        source=RNLL + ", neg_log_likelihood_logistic)",
        text=_RLOG_J,
        intended=_nll_sum_beta,
        wrt=("beta_j",),
        lets=_RLOG_LETS,
        why="the summed negative log-likelihood of the logistic model, p = σ(Xβ)",
    ),
    # ============================================================ Q&A
    Cost(
        id="f42-cvweights-nll-sum",
        source=CVWEIGHTS + ", 'They set')",
        text=_CVW_J,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_CVW_LETS,
        why=_CVW_WHY,
    ),
    Cost(
        id="f42-socost-vectorised-answer",
        source=SOCOST + ", the suggested solution's H, S and J)",
        text="S / (2 * m)",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("H = (theta' * X')'", "S = sum((H - y) .^ 2)", "m = length(y)"),
        why="X is the question's design matrix with a column of ones ([1 2 3; 1 3 4; …]), theta a column: "
        "H = (θᵀXᵀ)ᵀ = Xθ, so J = Σ(Xθ − y)²/(2m)",
    ),
    Cost(
        id="f42-imath-ridge-sum-en-dash",
        source=IMATH + ", the question's loss)",
        text=_IMATH_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_IMATH_WHY,
    ),
    Cost(
        id="f42-wenku-ridge-half-n",
        source=WENKU + ", 目标函数(损失函数))",
        text=_WENKU_J,
        intended=_ridge_half_mean_theta,
        wrt=("theta_j",),
        lets=_WENKU_LETS,
        why=_WENKU_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f42-uw-ridge-objective-h-matrix",
        source=UWRIDGE + ", 'Objective Function')",
        text=_UW_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY,
    ),
    # ============================================================ refused
    Cost(
        id="f42-rdpois-loglik-through-dpois",
        source=RDPOIS + ", L <- function(w, log=TRUE))",
        text="sum(dpois(x=y, lambda=mu, log=log))",
        intended=None,
        wrt=("w_j",),
        lets=("mu <- exp(eta)", "eta <- b0 + b1 * x", "b0 <- w[1]", "b1 <- w[2]"),
        expect="refuse",
        why="R's dpois(…, log=TRUE) is the Poisson log-density, a library function whose formula the text does not "
        "give (it means Σ(y_i η_i − e^{η_i} − log y_i!)); reading it needs R's library, not the text",
    ),
]


ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f42-weison-gradient-mean-of-broadcast",
        source=WEISON + ", _gradient(self, groudtruth, predict, input))",
        text="1 / input.shape[0] * np.mean(2 * (predict - groudtruth) * input[:, :-1])",
        cost=_WEISON_J,
        verdict="different",
        wrt="W_j",
        lets=_WEISON_LETS,
        why="groudtruth is _gradient's (misspelt) name for the labels y; the gradient of the mean squared error is "
        "(2/m)Xᵀ(XW − y), a vector over every column; np.mean collapses the product to one number (with one "
        "feature (predict − y) of shape (m,) against input[:, :-1] of shape (m, 1) even broadcasts to m × m), the "
        "1/m is applied twice and the bias column is left out; " + _WEISON_WHY,
    ),
    Answer(
        id="f42-skyroom-manual-gradient-drops-xw",
        source=SKYROOM + ", the second loss_d cell)",
        text="loss_d.sum(0, keepdim=True)",
        cost=_SKY_J,
        verdict="different",
        wrt="w_j",
        lets=(*_SKY_LETS, "loss_d = (y_hat - b) * X * (-1)"),
        why="the first manual cell's −(y_hat − Xw − b)X summed over rows is the gradient; this cell drops X@w and "
        "only matches torch's answer because the notebook's w is zero; " + _SKY_WHY,
    ),
    Answer(
        id="f42-julian-poisson-gradient-sum-y-over-theta-x",
        source=JULIAN + ", gradiente = lambda theta: …)",
        text="np.sum(y)/(theta @ x.T) - m",
        cost=_POIS_J,
        verdict="different",
        wrt="theta_j",
        lets=("m, n = x.shape",),
        why="Σy/(θᵀx) − m is the derivative of Σ y log λ − mλ in a single rate λ = θᵀx (no exponential link, no "
        "features multiplying), not a gradient in θ: the gradient of the log-likelihood is Σ(y⁽ⁱ⁾ − e^{θᵀx⁽ⁱ⁾})x⁽ⁱ⁾; "
        + _POIS_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f42-skyroom-manual-gradient",
        source=SKYROOM + ", '## 用手动计算的公式求得梯度，其中X@w的导数为X')",
        text="loss_d.sum(0, keepdim=True)",
        cost=_SKY_J,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_SKY_LETS, "loss_d = (y_hat - X@w - b) * X * (-1)"),
        why="row i of loss_d is −(label_i − x_iᵀw − b)x_i; summed over rows it is Σ(x_iᵀw + b − label_i)x_i, the "
        "gradient of ½Σ(label − (Xw + b))²; " + _SKY_WHY,
    ),
    Answer(
        id="f42-sovec-octave-update",
        source=SOVEC + ", theta=theta-…)",
        text="theta=theta-((alpha/m)*(X'*((X*theta)-y)))",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        lets=("m=size(X,1)",),
        why="the update subtracts α times (1/m)Xᵀ(Xθ − y), the gradient of (1/(2m))Σ(Xθ − y)² (X with its column of "
        "ones); the question's NaNs come from unscaled features, not the gradient",
    ),
    Answer(
        id="f42-rnll-linear-gradient",
        source=RNLL + ", neg_gradient_linear)",
        text="-t(X) %*% residuals",
        cost=_RLIN_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_RLIN_LETS,
        why="−Xᵀ(y − Xβ) = Xᵀ(Xβ − y), the gradient of ½Σ(y − Xβ)²",
    ),
    Answer(
        id="f42-rnll-logistic-gradient",
        source=RNLL + ", neg_gradient_logistic)",
        text="-grad",
        cost=_RLOG_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=("grad <- t(X) %*% (y - p)", "p <- 1 / (1 + exp(-X %*% beta))"),
        why="−Xᵀ(y − p) = Xᵀ(p − y), the gradient of the summed negative log-likelihood",
    ),
    Answer(
        id="f42-cvweights-asker-derivative",
        source=CVWEIGHTS + ", 'When I take ∂NLL/∂w, I get')",
        text=r"-\sum_{i=1}^N \left(\frac{x_i(y_i-1)e^{w^Tx_i}}{e^{w^Tx_i}+1} + \frac{x_iy_i}{e^{w^Tx_i}+1}\right)",
        cost=_CVW_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CVW_LETS,
        why="with s = e^{z}/(e^{z} + 1): −Σx_i[(y_i − 1)s + y_i(1 − s)] = −Σx_i(y_i − s) = Σ(s − y_i)x_i — the asker's "
        "result is right, only not simplified; " + _CVW_WHY,
    ),
    Answer(
        id="f42-cvweights-answer-chain-rule-step",
        source=CVWEIGHTS + ", the answer's 'so the derivative is')",
        text=r"\frac{\partial NLL}{\partial w} = \sum_{i=1}^{N} \left((1-y_i)\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}"
        r"{1 - s(w^Tx_i)} - y_i\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{s(w^Tx_i)}\right)",
        cost=_CVW_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CVW_LETS,
        why="the fractions cancel to Σ[(1 − y_i)s − y_i(1 − s)]x_i = Σ(s − y_i)x_i; " + _CVW_WHY,
    ),
    Answer(
        id="f42-cvweights-answer-simplified",
        source=CVWEIGHTS + ", the answer's 'and I checked it indeed simplifies to')",
        text=r"\sum_{i=1}^{N} x_i(s(w^Tx_i) - y_i)",
        cost=_CVW_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CVW_LETS,
        why=_CVW_WHY,
    ),
    Answer(
        id="f42-imath-ridge-sum-derivative",
        source=IMATH + ", 'Taking derivative with respect to w, I get')",
        text=r"\sum_{i=1}^n 2(y_i – w^T x_i)(-x_i) + 2\lambda w",
        cost=_IMATH_J,
        verdict="equivalent",
        wrt="w_j",
        why="the best answer: 'Your derivative is okay'; " + _IMATH_WHY,
    ),
    Answer(
        id="f42-wenku-ridge-gradient",
        source=WENKU + ", 梯度)",
        text=r"\nabla J(\theta) = \frac{1}{n}\sum_{i=1}^{n}(h_\theta(x_i) - y_i)x_i + \frac{\lambda}{n}\theta",
        cost=_WENKU_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_WENKU_LETS,
        why=_WENKU_WHY,
    ),
    Answer(
        id="f42-wenku-ridge-update",
        source=WENKU + ", 每次迭代时 … 更新 θ)",
        text=r"\theta_j := \theta_j - \alpha \left( \frac{1}{n}\sum_{i=1}^{n}(h_\theta(x_i) - y_i)x_{ij} "
        r"+ \frac{\lambda}{n}\theta_j \right)",
        cost=_WENKU_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_WENKU_LETS,
        why="the update subtracts α times the gradient's j-th component; x_{ij} is feature j of example i; "
        + _WENKU_WHY,
    ),
    Answer(
        id="f42-uw-ridge-gradient",
        source=UWRIDGE + ", 'Therefore, the gradient of the total cost is')",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f42-virsolgue-poisson-summed-gradient",
        source=VIRSOLGUE + ", np.sum(grad, axis=0))",
        text="np.sum(grad, axis=0)",
        cost=_POIS_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("grad = np.expand_dims(y - np.exp(x.dot(self.theta)), 1) * x",),
        why="row i of grad is (y⁽ⁱ⁾ − e^{θᵀx⁽ⁱ⁾})x⁽ⁱ⁾; their sum is the gradient of the log-likelihood, which the "
        "step ascends; " + _POIS_WHY,
    ),
    Answer(
        id="f42-dic-update-rule",
        source=DIC + ", the parameter update)",
        text=r"\theta_j := \theta_j-\alpha\frac{1}{m}\sum_{i=1}^{m}[(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}]",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        lets=_DIC_LETS,
        why="the update subtracts α times (1/m)Σ(h − y)x_j, the j-th component of the gradient; " + _DIC_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f42-sovec-octave-update-residual-flipped",
        source=SOVEC + ", theta=theta-…; variant: the residual written y − Xθ)",
        text="theta=theta-((alpha/m)*(X'*(y-(X*theta))))",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        lets=("m=size(X,1)",),
        why="variant: subtracting α(1/m)Xᵀ(y − Xθ) steps along −(1/m)Xᵀ(Xθ − y), the gradient with its sign flipped",
    ),
    Answer(
        id="f42-rnll-linear-gradient-minus-dropped",
        source=RNLL + ", neg_gradient_linear; variant: the minus dropped)",
        text="t(X) %*% residuals",
        cost=_RLIN_J,
        verdict="different",
        wrt="beta_j",
        lets=_RLIN_LETS,
        why="variant: Xᵀ(y − Xβ) is the negative of the gradient",
    ),
    Answer(
        id="f42-rnll-logistic-gradient-not-negated",
        source=RNLL + ", neg_gradient_logistic; variant: grad returned as it is)",
        text="t(X) %*% (y - p)",
        cost=_RLOG_J,
        verdict="different",
        wrt="beta_j",
        lets=("p <- 1 / (1 + exp(-X %*% beta))",),
        why="variant: Xᵀ(y − p) is the gradient of the log-likelihood, the negative of the NLL's gradient",
    ),
    Answer(
        id="f42-cvweights-asker-derivative-first-factor-flipped",
        source=CVWEIGHTS + ", 'When I take ∂NLL/∂w, I get'; variant: (y_i − 1) written (1 − y_i))",
        text=r"-\sum_{i=1}^N \left(\frac{x_i(1-y_i)e^{w^Tx_i}}{e^{w^Tx_i}+1} + \frac{x_iy_i}{e^{w^Tx_i}+1}\right)",
        cost=_CVW_J,
        verdict="different",
        wrt="w_j",
        lets=_CVW_LETS,
        why="variant: −Σx_i[(1 − y_i)s + y_i(1 − s)] is not Σ(s − y_i)x_i (at y_i = 0 it is −s x_i, not s x_i)",
    ),
    Answer(
        id="f42-imath-ridge-sum-derivative-inner-sign-lost",
        source=IMATH + ", 'Taking derivative with respect to w, I get'; variant: (−x_i) written (x_i))",
        text=r"\sum_{i=1}^n 2(y_i – w^T x_i)(x_i) + 2\lambda w",
        cost=_IMATH_J,
        verdict="different",
        wrt="w_j",
        why="variant: the chain rule's −x_i lost, so the data term has the wrong sign; " + _IMATH_WHY,
    ),
    Answer(
        id="f42-wenku-ridge-gradient-half-lambda",
        source=WENKU + ", 梯度; variant: λ/(2n) kept from J)",
        text=r"\nabla J(\theta) = \frac{1}{n}\sum_{i=1}^{n}(h_\theta(x_i) - y_i)x_i + \frac{\lambda}{2n}\theta",
        cost=_WENKU_J,
        verdict="different",
        wrt="theta_j",
        lets=_WENKU_LETS,
        why="variant: d/dθ of (λ/(2n))‖θ‖² is (λ/n)θ; the ½ was not cancelled",
    ),
    Answer(
        id="f42-uw-ridge-gradient-penalty-factor-lost",
        source=UWRIDGE + ", 'the gradient of the total cost'; variant: 2λw written λw)",
        text=r"\nabla J(w) = -2H^T(y - Hw) + \lambda w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: the gradient of λwᵀw is 2λw; " + _UW_WHY,
    ),
    Answer(
        id="f42-dic-update-rule-no-mean",
        source=DIC + ", the parameter update; variant: 1/m dropped)",
        text=r"\theta_j := \theta_j-\alpha\sum_{i=1}^{m}[(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}]",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        lets=_DIC_LETS,
        why="variant: without the 1/m the step is m times the gradient of the mean cost; " + _DIC_WHY,
    ),
    Answer(
        id="f42-virsolgue-poisson-mean-not-sum",
        source=VIRSOLGUE + ", _step; variant: np.mean for np.sum)",
        text="np.mean(grad, axis=0)",
        cost=_POIS_J,
        verdict="different",
        wrt="theta_j",
        lets=("grad = np.expand_dims(y - np.exp(x.dot(self.theta)), 1) * x",),
        why="variant: the mean is 1/m of the summed log-likelihood's gradient (it would suit the mean "
        "log-likelihood, not this ℓ(θ)); " + _POIS_WHY,
    ),
]
