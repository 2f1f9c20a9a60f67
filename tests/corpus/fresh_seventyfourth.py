r"""A fresh held-out wave (f74): Octave ex2/ex5 labs (regularized logistic and linear costs with their gradients,
written as row sums, theta1 = [0; theta(2:end)], grad(1)/grad(2:end), a zeroed theta(1), a subtracted correction
and an accumulation loop), R scripts (an ex2 port and a from-scratch logistic cost whose second term lost its log),
Markdown notes (a Chinese UFLDL translation whose logistic gradient had a misplaced parenthesis, fixed after an
issue; English notes on linear, ridge and logistic regression with a gradient-descent step that subtracts the cost
itself), a 42 AI bootcamp exercise and the issue about it, an issue proposing a negated linear gradient, and the
statsmodels Poisson log-likelihood with its score.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources):

* code: seraph-wing/Student-Admission-calculation and edicoweb/Regresi-nLogistica_IA- costFunctionReg.m;
  khorsandi2014/Regularized-Linear-Regression-and-Bias-v.s.-Variance, maxdeichmann/coursera_machine_learning and
  drv-agwl/machine_learning_coursera_solutions linearRegCostFunction.m (ex5); bawey/p300-octave logRegCostFunction.m;
  t6george/Machine-Learning-by-Stanford-University costFunction.m (ex2); pbking1/machine_learning_coursework
  ComputeCost.m and gradientdecend.m; ejpaari/ml computeCost.m and gradientDescent.m; yc-ng/machine-learning-course
  costFunction.R; tscheys/ImplementLinearRegression implementLogisticRegresison.R;
* notes: ysh329/Chinese-UFLDL-Tutorial (the logistic- and linear-regression pages) and its issue #29;
  muyinanhai/ml-learn docs (linear_regression.md, ridge_regression.md, logistic_regression.md); 42-AI's
  bootcamp_machine-learning day00 ex11 and its issue #20; nndl/nndl-exercise-ans issue #1;
* docs: statsmodels' Poisson.loglike (v0.10.2) and Poisson.score (the tedboy.github.io copy of the docs).

Names follow the sources: X (x, feature, tx) is the design matrix Data.X (X(i, j) = Data.X[i-1, j-1]); theta, w
and beta are the coefficient vector; lambda is Data.lam. Octave's theta(1) (theta(1,1)) is the first coefficient
Data.theta[0], theta(2:end) the rest. Where a page writes h_θ = θ_0 + θ_1x_1 + … + θ_nx_n, θ_0 is Data.theta0
and θ_1…θ_n are Data.theta. Where a source gives no cost for an answer, ``why`` says which cost it is graded
against. The real mistakes come first among the answers, then the real right answers, then the one-slip variants
of real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of the
costs (/tmp/f74/check.py, not committed).
"""

from __future__ import annotations

from math import lgamma

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
SERAPH = (
    "https://github.com/seraph-wing/Student-Admission-calculation/blob/d8ba2111fac26bf5f44d053a1d3ae9dae57a38b1/"
    "SAC/costFunctionReg.m"
)
EDICO = (
    "https://github.com/edicoweb/Regresi-nLogistica_IA-/blob/017b80d961888a8c6b1f267f8c2570bf6fa42bf5/"
    "Lab_IA/Lab_Practica03/costFunctionReg.m"
)
KHORS = (
    "https://github.com/khorsandi2014/Regularized-Linear-Regression-and-Bias-v.s.-Variance/blob/"
    "54f98e4425afa90e076857ad2ac7e1c60f97d2f7/linearRegCostFunction.m"
)
MAXD = (
    "https://github.com/maxdeichmann/coursera_machine_learning/blob/58c1c3917f6f59f4dd7e82c18ab61e45c5b88d5d/"
    "machine-learning-ex5/ex5/linearRegCostFunction.m"
)
DRV = (
    "https://github.com/drv-agwl/machine_learning_coursera_solutions/blob/7d1e777b44b855290cc852342f54886bb2f2b87e/"
    "ex5_solution/linearRegCostFunction.m"
)
BAWEY = (
    "https://github.com/bawey/p300-octave/blob/8f5ff0cec51d17b3cbb469fc3f79e9439e24b97d/"
    "Classifiers/LogisticRegression/logRegCostFunction.m"
)
T6 = (
    "https://github.com/t6george/Machine-Learning-by-Stanford-University/blob/"
    "3b074cc9fe5403a0b581c062f1b72b6e2aed5e61/machine-learning-ex/ex2/costFunction.m"
)
PBK_COST = (
    "https://github.com/pbking1/machine_learning_coursework/blob/1c430e33dd156d273f50bc41c9410e402aac2bd6/"
    "project1_linearregression/gradient_test/ComputeCost.m"
)
PBK_GD = (
    "https://github.com/pbking1/machine_learning_coursework/blob/1c430e33dd156d273f50bc41c9410e402aac2bd6/"
    "project1_linearregression/gradient_test/gradientdecend.m"
)
EJP_COST = (
    "https://github.com/ejpaari/ml/blob/b2ae58464f4d89625b8d7044b364ed87b33d3a79/machine-learning-ex1/ex1/"
    "computeCost.m"
)
EJP_GD = (
    "https://github.com/ejpaari/ml/blob/b2ae58464f4d89625b8d7044b364ed87b33d3a79/machine-learning-ex1/ex1/"
    "gradientDescent.m"
)
YCNG = (
    "https://github.com/yc-ng/machine-learning-course/blob/2c9643849e07040394e08f0f2b50150384f073dd/"
    "Starter/mlclass-ex2/costFunction.R"
)
TSCHEYS = (
    "https://github.com/tscheys/ImplementLinearRegression/blob/a5a5dcba5ffb336350d268e8e8cd03126c28a284/"
    "implementLogisticRegresison.R"
)
UFLDL_LOG = (
    "https://github.com/ysh329/Chinese-UFLDL-Tutorial/blob/67ae4e3549099db139f542d47f5361389fda18b9/"
    "监督学习和优化（Supervised Learning and Optimization）/逻辑斯特回归（Logistic Regression）.md"
)
UFLDL_ISSUE = "https://github.com/ysh329/Chinese-UFLDL-Tutorial/issues/29 ('逻辑回归中代价函数的梯度下降表示有误')"
UFLDL_LIN = (
    "https://github.com/ysh329/Chinese-UFLDL-Tutorial/blob/3c1b2ddb8be4fae67d812d592de610b5c4a927a4/"
    "监督学习和优化（Supervised Learning and Optimization）/线性回归（Linear Regression）.md"
)
MUY_LIN = (
    "https://github.com/muyinanhai/ml-learn/blob/505fe5767b5679ef3fa2c9d250bec23d112fe024/docs/linear_regression.md"
)
MUY_RIDGE = (
    "https://github.com/muyinanhai/ml-learn/blob/3a46822c4d7dbe78009d435ebb5d0f7f9c5f8aaa/docs/ridge_regression.md"
)
MUY_LOG = (
    "https://github.com/muyinanhai/ml-learn/blob/2ea57eb93ac87449168566d0751c7cb1bb3aea48/"
    "docs/logistic_regression.md"
)
AI42 = (
    "https://github.com/42-AI/bootcamp_machine-learning/blob/0831fe0ee385a73b9202c7a63b19fc6925b24bb8/"
    "day00/ex11/ex11.md ('Exercise 11 - Linear Gradient - iterative version', the Objective"
)
AI42_ISSUE = "https://github.com/42-AI/bootcamp_machine-learning/issues/20 ('Maybe an error in the example'"
NNDL_ISSUE = "https://github.com/nndl/nndl-exercise-ans/issues/1 ('利用梯度下降更新w参数的时候代码有问题'"
SM_LOGLIKE = (
    "https://www.statsmodels.org/v0.10.2/generated/statsmodels.discrete.discrete_model.Poisson.loglike.html "
    "(Notes"
)
SM_SCORE = (
    "https://tedboy.github.io/statsmodels_doc/generated/generated/"
    "statsmodels.discrete.discrete_model.Poisson.score.html (Notes"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d):
    h = sig(d.X @ d.theta)
    return d.y * np.log(h) + (1 - d.y) * np.log(1 - h)


def _logistic_mean(d):
    return -float(np.mean(_ce_terms(d)))


def _logistic_sum(d):
    return -float(np.sum(_ce_terms(d)))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _half_mse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_sse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / 2


def _reg_half_mse_skip_first(d):
    t = d.theta
    return _half_mse(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _half_sse_intercept(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return float(r @ r) / 2


def _ridge_half_sse_intercept(d):
    return _half_sse_intercept(d) + d.lam * float(d.theta @ d.theta)


def _poisson_loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(-np.exp(z) + d.y * z - np.array([lgamma(v + 1.0) for v in d.y])))


def _tscheys_getcost(d):
    g = sig(d.X @ d.theta)
    return float(-(np.log(g) @ d.y) - (1 - g) @ (1 - d.y))


# ------------------------------------------------------------------ texts the items share
_SERAPH_COST = "J=(sum(-y.*log(h)-(1-y).*log(1-h))/m)+sum(theta(2:end).^2)*(lambda/(2*m));"
_SERAPH_LETS = ("h=sigmoid(X*theta)", "m = length(y)")
_SERAPH_GRAD = (
    "grad = sum((h-y) .* X) / m;\n%grad = sum((h - y) .* X) / m;\n"
    "grad(2:end) = grad(2:end) + lambda / m .* theta(2:end)';"
)
_REGLOG_WHY = (
    "ex2's regularized logistic cost: the mean cross-entropy of h = σ(Xθ) plus (λ/2m)Σθ_j² over every "
    "coefficient but theta(1) = Data.theta[0]; X the design matrix with its ones column (Data.X)"
)

_EDICO_COST = "J = ((-y)'*log(h) - (1-y)'*log(1-h))/m + p;"
_EDICO_LETS = (
    "h = sigmoid(X*theta)",
    "theta1 = [0 ; theta(2:size(theta), :)]",
    "p = lambda*(theta1'*theta1)/(2*m)",
    "m = length(y)",
)
_EDICO_GRAD = "grad = (X'*(h - y)+lambda*theta1)/m;"
_EDICO_WHY = (
    "theta1 is theta with its first entry replaced by 0, so p = (λ/2m)Σ_{j≥2}θ_j²; (-y)'*log(h) is already the "
    "sum over the examples; " + _REGLOG_WHY
)

_KHORS_COST = "J = (1/2/m)*sum( (X*theta - y).^2 ) + (lambda/2/m)*sum(theta(2:end,:).^2);"
_KHORS_GRAD = (
    "grad(1) = (1/m)*sum((X*theta - y).* X(:,1));\n"
    "grad(2:end) = (1/m)*( X(:,2:end)'*(X*theta - y)  ) + (lambda/m)*theta(2:end);"
)
_REGLIN_WHY = (
    "ex5's regularized linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θ_j², theta(1) = Data.theta[0] "
    "unpenalised; X the design matrix with its ones column (Data.X), m = length(y)"
)

_MAXD_COST = "J = (1/(2*m)) * sum(h.^2) + (lambda/(2*m)) * sum(theta(2:end).^2);"
_MAXD_LETS = ("h = X*theta .- y", "m = length(y)")
_MAXD_GRAD = (
    "theta_copy = theta;\ntheta(1) = 0;\n\nregularization = (lambda/m) .* theta;\n\n"
    "grad = 1/m * (X' * h) .+ regularization;"
)
_MAXD_WHY = (
    "here h is the residual Xθ − y, not the hypothesis (.- is Octave's elementwise minus), computed before "
    "theta(1) is set to 0; " + _REGLIN_WHY
)

_DRV_COST = (
    "J=(1/(2*m))*((hThetax')*hThetax);\nJ=J+(lambda/(2*m))*(theta')*theta;\n"
    "J=J-(lambda/(2*m))*theta(1,1)*theta(1,1);"
)
_DRV_LETS = ("hThetax=(X*theta-y)", "m = length(y)")
_DRV_GRAD = (
    "temp=((hThetax')*(X))';\ngrad=(1/m)*temp+(lambda/m)*theta;\ngrad(1,1)=grad(1,1)-(lambda/m)*theta(1,1);"
)
_DRV_WHY = (
    "hThetax is the residual Xθ − y; the penalty is added for every θ_j and then taken back for theta(1,1), "
    "so it covers θ_2…θ_n only; " + _REGLIN_WHY
)

_BAWEY_LOOP = (
    "for(i=1:m)\n\tJ+=(  -1*y(i,1)*log(sigmoid(X(i,:)*theta)) - (1-y(i,1))*log(1-sigmoid(X(i,:)*theta))) ;\n"
    "\tgrad=grad .+ (X(i,:))'*(sigmoid(X(i,:)*theta)-y(i,1));\nend;\n\nJ/=size(X,1);\ngrad/=size(X,1);"
)
_BAWEY_WHY = (
    "J and grad start at 0 and accumulate over the m examples (rows X(i,:)), then are divided by size(X,1) = m: "
    "J is the mean cross-entropy of σ(Xθ), X (Data.X) the design matrix, y the 0/1 labels"
)

_T6_COST = "J = y' * log(h) + (1-y)' * log(1-h);\n\nJ = J / (-m);"
_T6_LETS = ("h = sigmoid(X * theta)", "m = length(y)")
_T6_GRAD = "h = h - y;\n\ngrad = (X' * h) ./ m;"
_T6_WHY = (
    "ex2's logistic cost: y'*log(h) + (1-y)'*log(1-h) is the log-likelihood summed over the examples, divided by "
    "−m: the mean cross-entropy; X the design matrix (Data.X); the gradient lines reassign h to h − y first"
)

_PBK_COST = "J = (X * theta - y)' * (X * theta - y) / (2 * m);"
_PBK_LOOP = (
    "for t = 1:thetas\n    %all the examples\n    for examples = 1:m\n"
    "       tempo(examples) = ((theta' * X(examples, :)') - y(examples)) * X(examples,t);\n    end\n\n"
    "    result(t) = sum(tempo);\n    tempo = 0;\n\nend"
)
_PBK_WHY = (
    "ComputeCost is the half mean squared error (Xθ − y)ᵀ(Xθ − y)/(2m), m = length(y), X the design matrix "
    "(Data.X); in gradientdecend, thetas = size(theta,1), and result(t) = Σ_examples (θᵀx_i − y_i)X(i,t), the "
    "un-averaged sum the step multiplies by alpha * (1/m)"
)

_EJP_COST = "J = 1 / (2*m) * sum((h-y).^2);"
_EJP_LETS = ("h = X * theta", "m = length(y)")

_YCNG_COST = "J <- (-y0 - y1) / m"
_YCNG_LETS = (
    "h <- sigmoid(X %*% theta)",
    "y0 <- t(y) %*% log(h)",
    "y1 <- t(1-y) %*% log(1-h)",
    "m <- length(y)",
)
_YCNG_GRAD = "grad <- (t(X) %*% p1) / m"
_YCNG_GRAD_LETS = ("p1 <- sigmoid(X %*% theta) - y", "m <- length(y)")
_YCNG_WHY = (
    "an R port of ex2: y0 = yᵀlog h and y1 = (1 − y)ᵀlog(1 − h) are sums over the examples, so J is the mean "
    "cross-entropy; X (Data.X) the design matrix, %*% the matrix product, t() the transpose"
)

_TSCHEYS_COST = "log(g) %*% -y - (1 - g) %*% (1-y)"
_TSCHEYS_LETS = (
    "g = sigmoid(theta,X)",
    "sigmoid <- function(theta, X) {\n  return(1/(1+exp(-t(theta) %*% X)))\n}",
    "X = t(X)",
)
_TSCHEYS_WHY = (
    "getCost transposes X first (predictors in rows, observations in columns), so t(theta) %*% X is the row "
    "(Xθ)ᵀ of the data matrix Data.X and g = σ(Xθ) a row; log(g) %*% -y is −Σ y_i log g_i, and the second term "
    "is (1 − g)ᵀ(1 − y) with no log (the file's slip): the cost as written is −Σ y log g − Σ (1 − g)(1 − y)"
)
_TSCHEYS_STEP = "(1/m) * t((t(t(g) - y)) %*% t(X))"
_TSCHEYS_STEP_LETS = ("g = sigmoid(theta,X)", "X = t(X)", "m = ncol(X)")

_UFLDL_COST = (
    r"J(\theta) = -{\sum_{i}}\left (y^{(i)}\log{(h_{\theta}(x^{(i)}))} + (1-y^{(i)}) \log{(1 - "
    r"h_{\theta}(x^{(i)}))}\right )."
)
_UFLDL_LETS = (r"h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}} \equiv \sigma(\theta^{\top}x)",)
_UFLDL_WHY = (
    "UFLDL's logistic cost is the summed cross-entropy over the examples i, no 1/m; x^{(i)} is row i of X "
    "(Data.X), θ the coefficients"
)
_UFLDL_FIXED = (
    r"\frac{\partial J(\theta)}{\partial \theta_{j}} = \sum_{i}x_{j}^{(i)} \left ( h_{\theta}(x^{(i)}) - "
    r"y^{(i)}   \right ). "
)

_UFLDL_LIN_COST = (
    r"J( \theta ) = \frac{1}{2} {\sum_{}^{i}}\left ( h_{\theta}(x^{(i)}) - y^{(i)} \right )^{2} = "
    r"\frac{1}{2} {\sum_{}^{i}}\left ( {\theta}^{\top}x^{(i)} - y^{(i)} \right )^{2}"
)
_UFLDL_LIN_LETS = (r"h_{\theta}(x) = \sum _{j}\theta _{j}x_{j} = \theta^{\top}x",)
_UFLDL_LIN_WHY = (
    "the page puts the summation index above the Σ (\\sum_{}^{i}): the sum runs over the examples i; half the "
    "sum of squared errors of θᵀx^{(i)}, x^{(i)} row i of X (Data.X)"
)
_UFLDL_LIN_PARTIAL = (
    r"\frac{\partial J(\theta))}{\partial \theta_{j}} = {\sum_{i}^{}} x_{j}^{(i)}\left ( h_{\theta}(x^{(i)}) - "
    r"y^{(i)} \right )"
)

_MUY_LETS = (r"h_{\theta}=\theta^Tx=\theta_0+\theta_1x_1+...\theta_nx_n",)
_MUY_LIN_COST = r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})^{2}"
_MUY_RIDGE_COST = (
    r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})^{2}+\lambda\sum_{j=1}^{n}\theta_j^2"
)
_MUY_WHY = (
    "h_θ(x) = θ_0 + θ_1x_1 + … + θ_nx_n: θ_0 is the intercept (Data.theta0, held fixed), θ_1…θ_n the "
    "coefficients of the n features (Data.theta, Data.X)"
)
_MUY_RIDGE_GRAD = r"\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})x_j+2\lambda\theta_j"

_SM_COST = r"\ln L=\sum_{i=1}^{n}\left[-\lambda_{i}+y_{i}x_{i}^{\prime}\beta-\ln y_{i}!\right]"
_SM_LETS = (r"\ln\lambda_{i}=x_{i}\beta",)
_SM_SCORE = r"\frac{\partial\ln L}{\partial\beta}=\sum_{i=1}^{n}\left(y_{i}-\lambda_{i}\right)x_{i}"
_SM_WHY = (
    "the Poisson log-likelihood (to be maximised) of the log-linear model ln λ_i = x_iβ (the score page's "
    "'where the loglinear model is assumed'); n is the number of observations (Data.m), x_i row i of the "
    "exog matrix (Data.X), β the coefficients (Data.beta); ln y_i! = ln Γ(y_i + 1) does not depend on β"
)

_AI42_FORMULA = r"\nabla(J)_j = \frac{1}{m}\sum_{i=1}^{m}(h_{\theta}(x_i) - y_i)x_{i}^{(j)}"
_AI42_LETS = (r"h_{\theta}(x_i) = \theta \cdot x_i",)
_AI42_COST = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_{\theta}(x_i) - y_i)^2"
_AI42_WHY = (
    "the subject gives no cost on this page; graded against the half mean squared error (1/2m)Σ(θ·x_i − y_i)², "
    "whose gradient the issue's maintainers confirm the formula is; x_i is row i of x (Data.X) and x_i^{(j)} its "
    "component j (the subject's notation, not Ng's); h_θ(x_i) is the page's prose 'the result of the dot product "
    "of the vector θ and the vector x_i', written as a formula"
)
_AI42_CODE = (
    "res = []\n    for j in range(len(theta)):\n"
    "        line = sum([(theta.dot(x[i]) - y[i]) * (x[i][j])  for i in range(len(x))]) / len(x) \n"
    "        res.append(line)\n    return (np.array(res))"
)

_NNDL_CODE = "np.dot(x.T, (y-np.dot(x,w)))/n"
_NNDL_COST = r"\frac{1}{2m}\sum_{i=1}^{m}(y_i - w^\top x_i)^2"
_NNDL_WHY = (
    "the issue proposes this as the 'Ngrad_func' of the exercise's least-squares fit (n = x.shape[0], the "
    "number of samples); graded against the half mean squared error (1/2m)Σ(y_i − wᵀx_i)², x the design matrix "
    "(Data.X), w the weights: Xᵀ(y − Xw)/m is the negative of its gradient (the descent direction, as the name "
    "Ngrad says), not the gradient"
)


COSTS: list[Cost] = [
    # ============================================================ code (Octave / MATLAB)
    Cost(
        id="f74-seraph-costfunctionreg-J",
        source=SERAPH + " (J=)",
        text=_SERAPH_COST,
        intended=_reg_logistic_skip_first,
        lets=_SERAPH_LETS,
        why=_REGLOG_WHY,
    ),
    Cost(
        id="f74-edicoweb-costfunctionreg-J-theta1",
        source=EDICO + " (J = … + p)",
        text=_EDICO_COST,
        intended=_reg_logistic_skip_first,
        lets=_EDICO_LETS,
        why=_EDICO_WHY,
    ),
    Cost(
        id="f74-khorsandi-linearregcost-J",
        source=KHORS + " (J =)",
        text=_KHORS_COST,
        intended=_reg_half_mse_skip_first,
        lets=("m = length(y)",),
        why="1/2/m is 1/(2m) (Octave divides left to right); " + _REGLIN_WHY,
    ),
    Cost(
        id="f74-maxdeichmann-linearregcost-J-residual-h",
        source=MAXD + " (J =)",
        text=_MAXD_COST,
        intended=_reg_half_mse_skip_first,
        lets=_MAXD_LETS,
        why=_MAXD_WHY,
    ),
    Cost(
        id="f74-drv-linearregcost-J-three-lines",
        source=DRV + " (the three J= lines)",
        text=_DRV_COST,
        intended=_reg_half_mse_skip_first,
        lets=_DRV_LETS,
        why=_DRV_WHY,
    ),
    Cost(
        id="f74-bawey-logregcost-J-loop",
        source=BAWEY + " (the for(i=1:m) loop and J/=size(X,1))",
        text=_BAWEY_LOOP,
        intended=_logistic_mean,
        lets=("m = length(y)", "J = 0", "grad = zeros(size(theta))"),
        why="the cost is J (the loop also accumulates grad); " + _BAWEY_WHY,
    ),
    Cost(
        id="f74-t6george-costfunction-J-over-minus-m",
        source=T6 + " (J = … ; J = J / (-m);)",
        text=_T6_COST,
        intended=_logistic_mean,
        lets=_T6_LETS,
        why=_T6_WHY,
    ),
    Cost(
        id="f74-pbking1-computecost-J",
        source=PBK_COST + " (J =)",
        text=_PBK_COST,
        intended=_half_mse,
        lets=("m = length(y)",),
        why=_PBK_WHY,
    ),
    Cost(
        id="f74-ejpaari-computecost-J",
        source=EJP_COST + " (J =)",
        text=_EJP_COST,
        intended=_half_mse,
        lets=_EJP_LETS,
        why="ex1's cost, the half mean squared error of h = Xθ; X the design matrix (Data.X)",
    ),
    # ============================================================ code (R)
    Cost(
        id="f74-ycng-costfunction-R-J",
        source=YCNG + " (costFunction, J <- (-y0 - y1) / m)",
        text=_YCNG_COST,
        intended=_logistic_mean,
        lets=_YCNG_LETS,
        why=_YCNG_WHY,
    ),
    Cost(
        id="f74-tscheys-getcost-R-no-log",
        source=TSCHEYS + " (getCost, the return value)",
        text=_TSCHEYS_COST,
        intended=_tscheys_getcost,
        lets=_TSCHEYS_LETS,
        why=_TSCHEYS_WHY,
    ),
    # ============================================================ notes (Markdown / LaTeX)
    Cost(
        id="f74-ufldl-zh-logistic-J-sum",
        source=UFLDL_LOG + " (成本函数（Cost Function） J(θ))",
        text=_UFLDL_COST,
        intended=_logistic_sum,
        lets=_UFLDL_LETS,
        why=_UFLDL_WHY,
    ),
    Cost(
        id="f74-ufldl-zh-linear-J-sum-index-on-top",
        source=UFLDL_LIN + " (the J(θ) to be minimised, both members)",
        text=_UFLDL_LIN_COST,
        intended=_half_sse,
        lets=_UFLDL_LIN_LETS,
        why=_UFLDL_LIN_WHY,
    ),
    Cost(
        id="f74-muyinanhai-linear-J-half-sse",
        source=MUY_LIN + " ('The objective of linear regression is to minimise the cost fucntion:')",
        text=_MUY_LIN_COST,
        intended=_half_sse_intercept,
        lets=_MUY_LETS,
        why="half the sum of squared errors; " + _MUY_WHY,
    ),
    Cost(
        id="f74-muyinanhai-ridge-J",
        source=MUY_RIDGE + " ('The objective of ridge regression is to minimise the cost fucntion:')",
        text=_MUY_RIDGE_COST,
        intended=_ridge_half_sse_intercept,
        lets=_MUY_LETS,
        why="half the sum of squared errors plus λΣ_{j=1}^{n}θ_j² (no ½ on the penalty, θ_0 not penalised); "
        + _MUY_WHY,
    ),
    Cost(
        id="f74-muyinanhai-logistic-J-maxmize",
        source=MUY_LOG + " (the last 'so J(θ)=' before 'Since σ(t)'')",
        text=r"J(\theta)=\mathbf{maxmize}\{-\frac{1}{m}\sum_{i=1}^{m}y*log(h_\theta(x))+(1-y)*log(1-h_\theta(x))\}",
        intended=None,
        lets=(r"h_\theta(x)=\sigma(\theta^Tx)=\frac{1}{1+e^{-\theta^Tx}}",),
        expect="refuse",
        why="J(θ) is set equal to a 'maxmize{…}' (an optimisation, not a function of θ, and maximising the "
        "negative mean log-likelihood would be the wrong direction), and the summand names no example (x, y with "
        "no index i): genuinely ill-formed as a cost",
    ),
    # ============================================================ docs
    Cost(
        id="f74-statsmodels-poisson-loglike",
        source=SM_LOGLIKE + ", ln L =)",
        text=_SM_COST,
        intended=_poisson_loglik_beta,
        wrt=("beta_j",),
        lets=_SM_LETS,
        why=_SM_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f74-ufldl-zh-logistic-partial-misplaced-paren",
        source=UFLDL_LOG + " ('J(θ) 的微分结果是：', the version before issue #29's fix)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_{j}} = \sum_{i}x_{j}^{(i)} \left ( h_{\theta}(x^{(i)} - "
        r"y^{(i)} )  \right ). ",
        cost=_UFLDL_COST,
        verdict="different",
        lets=_UFLDL_LETS,
        why="the closing parenthesis is misplaced: h_θ is applied to x^{(i)} − y^{(i)}, σ(θᵀ(x^{(i)} − y^{(i)})), "
        "not h_θ(x^{(i)}) − y^{(i)} (the issue reports it and the page was fixed); " + _UFLDL_WHY,
    ),
    Answer(
        id="f74-ufldl-zh-logistic-gradient-vector-misplaced-paren",
        source=UFLDL_LOG + " ('若写成向量形式，其整个梯度可表示为：', before the fix)",
        text=r"\triangledown_{\theta} J(\theta) = \sum_{i}x^{(i)} \left ( h_{\theta}(x^{(i)} - y^{(i)} )  \right ).",
        cost=_UFLDL_COST,
        verdict="different",
        lets=_UFLDL_LETS,
        why="the vector form with the same misplaced parenthesis: Σ_i x^{(i)} σ(θᵀ(x^{(i)} − y^{(i)})); "
        + _UFLDL_WHY,
    ),
    Answer(
        id="f74-muyinanhai-linear-step-subtracts-cost",
        source=MUY_LIN + " ('2:Batch Gradient Descent', θ_j=θ_j−α·…: the quantity the step subtracts, α dropped)",
        text=r"\frac{1}{2}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})^{2}",
        cost=_MUY_LIN_COST,
        verdict="different",
        wrt="theta_j",
        lets=_MUY_LETS,
        why="the page's gradient-descent step θ_j = θ_j − α·½Σ(h − y)² subtracts the cost itself, not its "
        "derivative Σ(h − y)x_j^{(i)} (the same page derives that a few lines below); " + _MUY_WHY,
    ),
    Answer(
        id="f74-nndl-issue-ngrad-func-negative",
        source=NNDL_ISSUE + ", the proposed 'def Ngrad_func(w, x, y)' return value)",
        text=_NNDL_CODE,
        cost=_NNDL_COST,
        verdict="different",
        wrt="w_j",
        lets=("n = x.shape[0]",),
        why=_NNDL_WHY,
    ),
    Answer(
        id="f74-tscheys-getgradient-vs-own-getcost",
        source=TSCHEYS + " (getGradient: the step theta - (alpha/m) * t(…) with alpha dropped, against the "
        "file's own getCost)",
        text=_TSCHEYS_STEP,
        cost=_TSCHEYS_COST,
        verdict="different",
        lets=_TSCHEYS_STEP_LETS,
        why="the step is the mean cross-entropy's gradient Xᵀ(σ − y)/m, but the file's getCost is a sum (no 1/m) "
        "and its second term (1 − g)(1 − y) has no log: its gradient is −Σ y(1 − g)x + Σ g(1 − g)(1 − y)x; "
        + _TSCHEYS_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f74-ufldl-issue-logistic-partial-fixed",
        source=UFLDL_ISSUE + ", '应该改为' (should be changed to))",
        text=_UFLDL_FIXED,
        cost=_UFLDL_COST,
        verdict="equivalent",
        lets=_UFLDL_LETS,
        why="Σ_i x_j^{(i)}(h_θ(x^{(i)}) − y^{(i)}), the summed cost's derivative; " + _UFLDL_WHY,
    ),
    Answer(
        id="f74-seraph-costfunctionreg-grad-rowsum",
        source=SERAPH + " (grad = … and grad(2:end) = …)",
        text=_SERAPH_GRAD,
        cost=_SERAPH_COST,
        verdict="equivalent",
        lets=_SERAPH_LETS,
        why="sum((h-y) .* X) broadcasts the column h − y over the columns of X and sums down them: the row "
        "(h − y)ᵀX; divided by m, with (λ/m)θ_j added to every entry but the first (the % line is a comment); "
        + _REGLOG_WHY,
    ),
    Answer(
        id="f74-edicoweb-costfunctionreg-grad-theta1",
        source=EDICO + " (grad =)",
        text=_EDICO_GRAD,
        cost=_EDICO_COST,
        verdict="equivalent",
        lets=_EDICO_LETS,
        why="(Xᵀ(h − y) + λ·[0; θ_2…θ_n])/m; " + _EDICO_WHY,
    ),
    Answer(
        id="f74-khorsandi-linearregcost-grad-split",
        source=KHORS + " (grad(1) = … and grad(2:end) = …)",
        text=_KHORS_GRAD,
        cost=_KHORS_COST,
        verdict="equivalent",
        lets=("m = length(y)",),
        why="the first component without the penalty, the rest X(:,2:end)ᵀ(Xθ − y)/m + (λ/m)θ_j; " + _REGLIN_WHY,
    ),
    Answer(
        id="f74-maxdeichmann-linearregcost-grad-zeroed-theta1",
        source=MAXD + " (theta(1) = 0; regularization = …; grad = …)",
        text=_MAXD_GRAD,
        cost=_MAXD_COST,
        verdict="equivalent",
        lets=_MAXD_LETS,
        why="h (the residual) was computed with the original θ; zeroing theta(1) only keeps the intercept out of "
        "the penalty: Xᵀ(Xθ − y)/m + (λ/m)[0; θ_2…θ_n]; " + _MAXD_WHY,
    ),
    Answer(
        id="f74-drv-linearregcost-grad-subtracted-correction",
        source=DRV + " (temp=…; grad=…; grad(1,1)=…)",
        text=_DRV_GRAD,
        cost=_DRV_COST,
        verdict="equivalent",
        lets=_DRV_LETS,
        why="((Xθ − y)ᵀX)ᵀ/m + (λ/m)θ, with (λ/m)θ_1 taken back from the first entry; " + _DRV_WHY,
    ),
    Answer(
        id="f74-bawey-logregcost-grad-loop",
        source=BAWEY + " (grad accumulated in the for(i=1:m) loop, grad/=size(X,1))",
        text=_BAWEY_LOOP,
        cost=_BAWEY_LOOP,
        verdict="equivalent",
        lets=("m = length(y)", "J = 0", "grad = zeros(size(theta))"),
        why="the answer is grad: Σ_i x_iᵀ(σ(x_iθ) − y_i)/m, the mean cross-entropy's gradient (the cost is the "
        "same loop's J); " + _BAWEY_WHY,
    ),
    Answer(
        id="f74-t6george-costfunction-grad-h-reassigned",
        source=T6 + " (h = h - y; grad = (X' * h) ./ m;)",
        text=_T6_GRAD,
        cost=_T6_COST,
        verdict="equivalent",
        lets=_T6_LETS,
        why="after h = h − y, grad is Xᵀ(σ(Xθ) − y)/m; " + _T6_WHY,
    ),
    Answer(
        id="f74-ycng-grad-R",
        source=YCNG + " (grad, grad <- (t(X) %*% p1) / m)",
        text=_YCNG_GRAD,
        cost=_YCNG_COST,
        verdict="equivalent",
        # the cost's own lines (h, y0, y1) too: J <- (-y0 - y1) / m names y0 and y1, which only they define (fixf74b:
        # with the answer's lets alone the cost was unreadable, y0 undefined, and logderiv rightly refused it)
        lets=(*_YCNG_LETS, *_YCNG_GRAD_LETS),
        why="Xᵀ(σ(Xθ) − y)/m; " + _YCNG_WHY,
    ),
    Answer(
        id="f74-ejpaari-gradientdescent-step-over-m",
        source=EJP_GD + " (the step theta - alpha * (1/m) * ((h-y)' * X)': its last factors)",
        text="(1/m) * ((h-y)' * X)'",
        cost=_EJP_COST,
        verdict="equivalent",
        lets=_EJP_LETS,
        why="((Xθ − y)ᵀX)ᵀ/m = Xᵀ(Xθ − y)/m, the half mean squared error's gradient; X the design matrix (Data.X)",
    ),
    Answer(
        id="f74-ufldl-zh-linear-partial",
        source=UFLDL_LIN + " ('目标函数（Objective Function）J(θ) 的微分结果表示为：')",
        text=_UFLDL_LIN_PARTIAL,
        cost=_UFLDL_LIN_COST,
        verdict="equivalent",
        lets=_UFLDL_LIN_LETS,
        why="Σ_i x_j^{(i)}(θᵀx^{(i)} − y^{(i)}) (the page's ∂J(θ)) has a stray parenthesis); " + _UFLDL_LIN_WHY,
    ),
    Answer(
        id="f74-muyinanhai-ridge-partial",
        source=MUY_RIDGE + " ('Derivative of J(θ) on θ_j:', the first member after the =)",
        text=_MUY_RIDGE_GRAD,
        cost=_MUY_RIDGE_COST,
        verdict="equivalent",
        lets=_MUY_LETS,
        why="Σ_i(h_θ(x^{(i)}) − y^{(i)})x_j + 2λθ_j for j = 1…n, where x_j is feature j of the example summed "
        "over (the page drops the (i) on x_j, as it writes x for x^{(i)} throughout); " + _MUY_WHY,
    ),
    Answer(
        id="f74-42ai-ex11-gradient-formula",
        source=AI42 + ")",
        text=_AI42_FORMULA,
        cost=_AI42_COST,
        verdict="equivalent",
        lets=_AI42_LETS,
        why=_AI42_WHY,
    ),
    Answer(
        id="f74-42ai-issue-gradient-loop",
        source=AI42_ISSUE + ", 'Here is my code for gradient', the loop)",
        text=_AI42_CODE,
        cost=_AI42_COST,
        verdict="equivalent",
        lets=_AI42_LETS,
        why="component j is Σ_i(θ·x_i − y_i)x_i[j]/m (len(x) = m); the issue's example values were half of this "
        "because the example had kept a ½ from an earlier 1/(2m) version; " + _AI42_WHY,
    ),
    Answer(
        id="f74-statsmodels-poisson-score",
        source=SM_SCORE + ", ∂ln L/∂β =)",
        text=_SM_SCORE,
        cost=_SM_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_SM_LETS,
        why="Σ(y_i − e^{x_iβ})x_i, the log-likelihood's gradient; " + _SM_WHY,
    ),
    Answer(
        id="f74-pbking1-gradientdecend-result-over-m",
        source=PBK_GD + " (the for t loop, and the step theta - alpha * (1/m) * result' without theta - alpha)",
        text=_PBK_LOOP + "\n\n(1/m) * result'",
        cost=_PBK_COST,
        verdict="equivalent",
        lets=("m = length(y)", "thetas = size(theta,1)"),
        why="(1/m)Σ_examples(θᵀx_i − y_i)x_i, the half mean squared error's gradient; " + _PBK_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f74-pbking1-gradientdecend-result-unaveraged",
        source=PBK_GD + "; variant: result' alone, without the step's 1/m)",
        text=_PBK_LOOP + "\n\nresult'",
        cost=_PBK_COST,
        verdict="different",
        lets=("m = length(y)", "thetas = size(theta,1)"),
        why="variant: the sum Σ(θᵀx_i − y_i)x_i is m times the gradient of ComputeCost's mean; " + _PBK_WHY,
    ),
    Answer(
        id="f74-seraph-costfunctionreg-grad-penalises-intercept",
        source=SERAPH + "; variant: the penalty added to every entry)",
        text="grad = sum((h-y) .* X) / m;\ngrad = grad + lambda / m .* theta';",
        cost=_SERAPH_COST,
        verdict="different",
        lets=_SERAPH_LETS,
        why="variant: the cost leaves theta(1) out of the penalty, so its partial has no (λ/m)θ_1; " + _REGLOG_WHY,
    ),
    Answer(
        id="f74-khorsandi-linearregcost-grad-half-penalty",
        source=KHORS + "; variant: (lambda/2/m) for (lambda/m) in grad(2:end))",
        text=_KHORS_GRAD.replace("(lambda/m)*theta(2:end)", "(lambda/2/m)*theta(2:end)"),
        cost=_KHORS_COST,
        verdict="different",
        lets=("m = length(y)",),
        why="variant: the ½ of the penalty (λ/2m)θ_j² cancels against the square's 2, so the derivative is "
        "(λ/m)θ_j, not (λ/2m)θ_j; " + _REGLIN_WHY,
    ),
    Answer(
        id="f74-drv-linearregcost-grad-no-correction",
        source=DRV + "; variant: the grad(1,1) correction line dropped)",
        text="temp=((hThetax')*(X))';\ngrad=(1/m)*temp+(lambda/m)*theta;",
        cost=_DRV_COST,
        verdict="different",
        lets=_DRV_LETS,
        why="variant: the cost takes θ_1's penalty back, the gradient no longer does; " + _DRV_WHY,
    ),
    Answer(
        id="f74-t6george-costfunction-grad-y-minus-h",
        source=T6 + "; variant: h = y - h)",
        text="h = y - h;\n\ngrad = (X' * h) ./ m;",
        cost=_T6_COST,
        verdict="different",
        lets=_T6_LETS,
        why="variant: the sign flipped, Xᵀ(y − σ)/m is the mean log-likelihood's gradient; " + _T6_WHY,
    ),
    Answer(
        id="f74-muyinanhai-ridge-partial-lambda-theta",
        source=MUY_RIDGE + "; variant: λθ_j for 2λθ_j)",
        text=r"\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})x_j+\lambda\theta_j",
        cost=_MUY_RIDGE_COST,
        verdict="different",
        lets=_MUY_LETS,
        why="variant: the penalty λΣθ_j² has no ½, so its derivative is 2λθ_j; " + _MUY_WHY,
    ),
    Answer(
        id="f74-statsmodels-poisson-score-flipped",
        source=SM_SCORE + "; variant: (λ_i − y_i) for (y_i − λ_i))",
        text=r"\frac{\partial\ln L}{\partial\beta}=\sum_{i=1}^{n}\left(\lambda_{i}-y_{i}\right)x_{i}",
        cost=_SM_COST,
        verdict="different",
        wrt="beta_j",
        lets=_SM_LETS,
        why="variant: the negative log-likelihood's gradient, the opposite sign of ln L's; " + _SM_WHY,
    ),
]
