r"""A fresh held-out wave (f86), as a TA's inbox would hold it: ten students' Coursera ex2/ex5 folders in Octave and
R (cburkart's R costFunction/gradFunction pair and its regularised twin with a thetablock mask, a Chilean course's
costFunctionReg that adds (λ/m)·sum(theta(2:end)) to every partial, a Spanish-commented theta1 = [0; theta(2:end)]
version, kozborn's and worldveil's ex5 with a zeroed regGrad(1) and a per-parameter loop, worldveil's ex2 that
subtracts the intercept's penalty afterwards, row gradients with a mask or a zeroed theta(1), a two-line
grad(1)/grad(2:n) split and a loop), a Polish Octave gradient line with an unbalanced parenthesis, Indonesian
Markdown notes (a binary cross-entropy with λΩ(w), Ω either L1 or L2, ∇_w '+ reg' and ∇_b), an English course page in
scraped plain Unicode (a regularised half-MSE in w, b and its ∂J/∂wⱼ), and six public code files: an Octave
costFunction whose J lost the minus on its first log term, a Chinese Markdown note whose regularised partials put λθⱼ
inside the (1/m)Σ and whose NumPy code penalises theta[0] in J but not in d_theta, an Octave costFunctionReg with
λ/(2m) in the gradient, a MATLAB helper whose J subtracts the penalty, an Octave average log-likelihood with its
ascent gradient and a Markdown CreditScore exercise with the partials of a half-MSE in θ₀, θ₁.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers of every wave in this worktree and in /work/main, and a distinctive line of each
file grepped in tests/); 31 of the 45 items come from sources with an address:

* R: github.com/cburkart/coursera-ml-r (ex2/costFunction.R, gradFunction.R, costFunctionReg.R, gradFunctionReg.R);
* Octave: github.com/Barbara-Lizama/Curso-Marchine-Learning-2 (ex2/costFunctionReg.m),
  github.com/Alessa1001/Pr-ctica-5.-Logistic-Regression- (Spanish comments, ex2/costFunctionReg.m),
  github.com/kozborn/coursera-ml (machine-learning-ex5/ex5/linearRegCostFunction.m), github.com/worldveil/coursera-ml
  (applying-ml/code/linearRegCostFunction.m, logistic/code/costFunctionReg.m),
  github.com/AKryukov92/stanford-machine-learning, github.com/AlexJoz/ML (ex2/costFunctionReg.m),
  github.com/0xDAD/ml-course, github.com/AATyukina/coursera-machine-learning, github.com/APrigarina/
  Coursera_MachineLearning, github.com/1262068532/Courera-Machine-Learning-AndrewNg-HW-Ans
  (machine-learning-ex2/ex2/costFunctionReg.m), github.com/MatBasiak/Machine-Learning (Polish, estymuj_beta.m, mse.m);
* Indonesian Markdown: github.com/fathurwithyou/ai-lab-selection (answers/supervised-learning/logistic-regression.md);
* a course page in plain Unicode: aai.education/courses/machine-learning/regularized-linear-regression;
* code without an address: public code index files 17534920941 (Octave costFunction, '% By Shawn'), 10745945856 (a
  Chinese Markdown note, '### 5.添加正则化' and its Python code), 38757927095 (Octave, grad(2:end,1) with
  lambda/(2*m)), 31839546597 (MATLAB, "% refered to Andrew's code and Stackoverflow"), 60758514586 (Octave,
  function [l, grad] = likelihoodFunction(beta, X, y)) and 2619537830 (Markdown, '# 📌 Question 4: Batch Gradient
  Descent for CreditScore Prediction').

Names follow the sources: X, u, input_x (transposed: its columns are the examples) are Data.X (the Octave and R
files' first column is the ones column, theta(1) / theta[1] = Data.theta[0]); y, Y, input_y are Data.y; theta, beta
are Data.theta / Data.beta; lambda, _lambda, λ are Data.lam; m, n (when n = length(y)), length(y) are the number of
examples (Data.m). Models w·x + b: w is Data.w, b Data.b. Models with a separate intercept θ₀ + Σⱼθⱼxⱼ (the Chinese
note): θ₀ is Data.theta0 and θ₁…θₙ are Data.theta. One-feature models θ₀ + θ₁xᵢ: Data.theta0, Data.theta1, Data.x.
Where a source gives no cost for an answer, ``why`` says which cost it is graded against (written in the source's
own names). The real mistakes come first among the answers, then the real right answers, then the one-slip variants
of real answers, marked "variant". Verdicts were worked out by hand and checked against central finite differences
of the costs (/tmp/f86/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
CBU = _GH + "cburkart/coursera-ml-r/blob/ff319b4f39ae9649f4da5a9361f9f3b18aabd7e7/ex2/"
CBU_C = CBU + "costFunction.R (R, ex2, costFunction <- function(theta,X,y)"
CBU_G = CBU + "gradFunction.R (R, ex2, gradFunction <- function(theta,X,y)"
CBU_CR = CBU + "costFunctionReg.R (R, ex2, costFunctionReg <- function(theta, X, y, lambda)"
CBU_GR = CBU + "gradFunctionReg.R (R, ex2, gradFunction <- function(theta,X,y,lambda)"
BAR = (
    _GH + "Barbara-Lizama/Curso-Marchine-Learning-2/blob/f561615ad8edd35d7c0511fc4b069c8bd544d648/ex2/"
    "costFunctionReg.m (Octave, ex2"
)
ALE = (
    _GH + "Alessa1001/Pr-ctica-5.-Logistic-Regression-/blob/c024ad8f0969c87898f17e53a85cdcf839fcd381/ex2/"
    "costFunctionReg.m (Octave, ex2, Spanish comments"
)
KOZ = (
    _GH + "kozborn/coursera-ml/blob/973b91cf08e96e7e0ecde8f8fe4db4c6984c2872/machine-learning-ex5/ex5/"
    "linearRegCostFunction.m (Octave, ex5"
)
WV5 = (
    _GH + "worldveil/coursera-ml/blob/2ce0b2554691e45eed924c8338c4e9e1e76c2248/applying-ml/code/"
    "linearRegCostFunction.m (Octave, ex5"
)
WV2 = (
    _GH + "worldveil/coursera-ml/blob/497ae8b5f810e56c0afb9ed349d6cc713db986ac/logistic/code/costFunctionReg.m "
    "(Octave, ex2"
)
AKR = (
    _GH + "AKryukov92/stanford-machine-learning/blob/ab0175c1992f1e108dc95fe4a5351955857dfe0f/ex2/costFunctionReg.m "
    "(Octave, ex2"
)
AJZ = _GH + "AlexJoz/ML/blob/30c0cd92935100ab9822a312cbdaeafa90959b77/ex2/costFunctionReg.m (Octave, ex2"
DAD = (
    _GH + "0xDAD/ml-course/blob/6f56534e740aa00b234870ab2302db5fef4e1330/machine-learning-ex2/ex2/costFunctionReg.m "
    "(Octave, ex2"
)
ATY = (
    _GH + "AATyukina/coursera-machine-learning/blob/d3786d625f9c623b321ea7159c74a820b3df8e70/machine-learning-ex2/"
    "ex2/costFunctionReg.m (Octave, ex2"
)
APR = (
    _GH + "APrigarina/Coursera_MachineLearning/blob/716a61b7bc60202a1df6f3ac5f03ab9eaaf9dac7/machine-learning-ex2/"
    "ex2/costFunctionReg.m (Octave, ex2"
)
N12 = (
    _GH + "1262068532/Courera-Machine-Learning-AndrewNg-HW-Ans/blob/f8b78fdcbd5d4faae8fe18a04620e51bceae46dd/"
    "machine-learning-ex2/ex2/costFunctionReg.m (Octave, ex2"
)
MAT = (
    _GH + "MatBasiak/Machine-Learning/blob/fa51c921959a3b6cdae2217ce03c250a45d1d278/estymuj_beta.m (Octave, Polish "
    "names, function beta = estymuj_beta(X, Y); the cost from mse.m at 6cc6ded0b0b340abcd0d345b054e222583cab014"
)
FAT = (
    _GH + "fathurwithyou/ai-lab-selection/blob/a7161c34a8edc4505d8db572ee3439c9a980a10c/answers/supervised-learning/"
    "logistic-regression.md (Indonesian Markdown notes"
)
AAI = (
    "https://aai.education/courses/machine-learning/regularized-linear-regression (course page 'Regularized Linear "
    "Regression', formulas as the stored page text gives them"
)
IDX_SH = "public code index file 17534920941 (Octave costFunction, '% By Shawn', '(2019.4.26)'"
IDX_ZH = "public code index file 10745945856 (a Chinese Markdown note on logistic regression, '### 5.添加正则化'"
IDX_L2M = "public code index file 38757927095 (Octave costFunctionReg, theta(1) = 0; … MSE = …"
IDX_MP = "public code index file 31839546597 (MATLAB, \"% refered to Andrew's code and Stackoverflow\""
IDX_LL = "public code index file 60758514586 (Octave, function [l, grad] = likelihoodFunction(beta, X, y)"
IDX_CS = (
    "public code index file 2619537830 (Markdown, '# 📌 Question 4: Batch Gradient Descent for CreditScore "
    "Prediction'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _mean_ce_theta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_mean_ce_skip0(d):
    return _mean_ce_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _reg_half_mse_skip0(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _shawn_sign_bug(d):
    # J = (1/m) * (y' * log(h) - (1-y)' * log(1 - h)): the first term lost its minus
    p = sig(d.X @ d.theta)
    return float(d.y @ np.log(p) - (1 - d.y) @ np.log(1 - p)) / d.m


def _zh_reg_intercept(d):
    z = d.theta0 + d.X @ d.theta
    return -float(np.mean(_ce_terms(d, sig(z)))) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _credit_half_mse(d):
    r = d.y - (d.theta0 + d.theta1 * d.x)
    return float(r @ r) / (2 * d.m)


def _mean_loglik_beta(d):
    return float(np.mean(_ce_terms(d, sig(d.X @ d.beta))))


def _aai_reg_half_mse(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
# --- cburkart (R)
_CBU_LETS = ("m <- length(y)",)
_CBU_COST = "J <- -1/m*( sum(y*log(sigmoid(X%*%theta))) + sum((1-y)*log(1-sigmoid(X%*%theta))))"
_CBU_GRAD = "grad <- 1/m*(t(X)%*%(sigmoid(X%*%theta)-y))"
_CBU_WHY = "the mean cross-entropy of sigmoid(X%*%theta); X is Data.X, theta Data.theta"
_CBU_RLETS = ("m <- length(y)", "trunctheta <- theta[2:length(theta)]")
_CBU_RCOST = (
    "J = -1/m*( sum(y*log(sigmoid(X%*%theta))) + sum((1-y)*log(1-sigmoid(X%*%theta)))) + "
    "(lambda/(2*m))*sum(trunctheta^2);"
)
_CBU_RGRAD = (
    "thetablock <- rbind(0,matrix(1,length(theta)-1))\n"
    "grad <- 1/m*(t(X)%*%(sigmoid(X%*%theta)-y)) + (lambda/m)*thetablock*theta"
)
_RLOG_WHY = (
    "the mean cross-entropy of sigmoid(X * theta) plus λ/(2m)Σθ_j² over theta(2:end), the intercept theta(1) left "
    "out of the penalty; X is Data.X, theta Data.theta (theta(1) = Data.theta[0]), lambda Data.lam"
)

# --- Barbara-Lizama
_BAR_LETS = (
    "m = length(y); % number of training examples",
    "t1=sum(theta(2:size(theta),1).^2);",
    "h = sigmoid(X*theta);",
)
_BAR_COST = "J = 1/m.*(-y' * log(h) - (1-y)' * log(1-h))+(((lambda)/(2*m))*(t1));"
_BAR_GRAD = "t2=sum(theta(2:size(theta),1));\n\ngrad = 1/m*(X'*(h-y))+((lambda/m)*(t2));"

# --- Alessa1001 (Spanish comments)
_ALE_LETS = (
    "m = length(y); % number of training examples",
    "h = sigmoid(X * theta);",
    "theta1 = [0; theta(2:end)];",
    "reg = lambda*(theta1'*theta1)/(2 * m);",
)
_ALE_COST = "J = ((-y)'*log(h)-(1-y)'*log(1-h))/m+reg;"
_ALE_GRAD = "% Función para calcular el gradiente\ngrad = (X'*(h-y)+lambda*theta1)/m;"

# --- kozborn ex5
_KOZ_LETS = ("m = length(y); % number of training examples", "h = X*theta;")
_KOZ_COST = "J = (1/(2*m)) * sum((h - y).^2) + lambda/(2*m)*sum(theta(2:end).^2);"
_KOZ_GRAD = "grad = (1/m) * X' * (h -y);\n\nregGrad = (lambda/m).*theta;\nregGrad(1) = 0;\ngrad = grad + regGrad;"
_EX5_WHY = (
    "the half-mean squared error of X * theta plus λ/(2m)Σθ_j² over theta(2:end), the intercept theta(1) left out; "
    "X is Data.X, theta Data.theta (theta(1) = Data.theta[0]), lambda Data.lam"
)

# --- worldveil
_WV5_LETS = (
    "n = length(y); % number of training examples",
    "scaled_squared_error = sum(((X * theta - y) .^ 2)) / 2 / n;",
    "regularization = lambda * sum(theta(2:end) .^ 2) / 2 / n;",
)
_WV5_COST = "J = scaled_squared_error + regularization;"
_WV5_GRAD = (
    "error = X * theta - y;\nfor j = 1 : length(theta)\n    grad(j) = sum(error .* X(:, j)) / n;\n    if j > 1\n"
    "        grad(j) = grad(j) + lambda * theta(j) / n;\n    end\nend"
)
_WV2_LETS = ("n = length(y); % number of training examples",)
_WV2_COST = (
    "J = -1/n * sum(...\n    y      .* log(sigmoid(X * theta)) + ...\n    (1 - y) .* log(1 - sigmoid(X * theta)) ...\n"
    ") + lambda / (2 * n) * sum(theta(2:end) .* theta(2:end));"
)
_WV2_GRAD = (
    "grad = 1/n * X' * ((sigmoid(X * theta)) - y) + theta * lambda / n;\n\n"
    "% we do not regularize the constant offset term, \n% undo the gradient penalization for the constant x_0 term\n"
    "grad(1) = grad(1) - lambda / n * theta(1);"
)

# --- AKryukov92, AlexJoz, 0xDAD, AATyukina, APrigarina, 1262068532
_AKR_LETS = ("m = length(y); % number of training examples", "mask = theta;", "mask(1) = 0;")
_AKR_COST = (
    "J = 1/m*sum(-y.*log(sigmoid(X*theta))-(1-y).*log(1-sigmoid(X*theta))) + lambda/2/m*sum(mask.^2);"
)
_AKR_GRAD = "grad =  (1/m*(sigmoid(X*theta)-y)'*X) + (lambda./m.*mask)';"
_AJZ_LETS = ("m = length(y); % number of training examples", "Htheta = sigmoid(X*theta);")
_AJZ_COST = "(1/m)*sum(-y.*log(Htheta) - (1-y).*log(1-Htheta)) + (lambda/2/m)*sum(theta(2:end).^2)"
_AJZ_GRAD = (
    "grad(1) = sum((Htheta - y).*X(:,1))/m;\n\nfor j = 2:size(theta,1)\n"
    "    grad(j) = (sum((Htheta-y).*X(:,j))+lambda*theta(j))/m;\nend"
)
_DAD_LETS = (
    "m = length(y); % number of training examples",
    "G = sigmoid(X * theta);",
    "LL = log(G);",
    "LR = log(1 - G);",
    "Tg = theta;",
    "Tg(1, 1) = 0;",
    "R = (Tg' * Tg) * lambda / (2 * m);",
)
_DAD_COST = "J = -(LL' * y + LR' * (1 - y)) / m + R;"
_DAD_GRAD = "grad = (X' * (G - y)) / m + Tg * (lambda / m);"
_ATY_LETS = ("m = length(y); % number of training examples", "sigm = sigmoid(X*theta);%mxn * nx1")
_ATY_COST = (
    "J = (1 / m) * ((-y' * log(sigm )) - (1 - y)' * log(1 - sigm ))+ lambda/(2*m) * theta(2:end)'*theta(2:end);"
)
_ATY_GRAD = "theta(1) = 0;\n\ngrad = ((1 / m) * (sigm - y)' * X) + lambda / m * theta'; "
_APR_LETS = ("m = length(y); % number of training examples", "h = sigmoid(X*theta);")
_APR_COST = (
    "J = -1/m * sum(y' * log(h) + (1 - y') * log(1 - h)) + lambda/(2*m) * sum(theta(2:size(theta,1)).^2);"
)
_APR_GRAD = "regTheta = [0;theta(2:size(theta,1))];\ngrad = 1/m * X' * (h - y) + lambda/m * regTheta;"
_N12_LETS = (
    "m = length(y); % number of training examples",
    "n = length(theta);",
    "h = sigmoid(X*theta);",
)
_N12_COST = "J = ((-y)'*(log(h)) - (1 - y)'*log(1 - h))/m + lambda/m/2*theta(2:n,:)'*theta(2:n,:);"
_N12_GRAD = "grad(1,:) = X(:,1)'*(h - y)/m;\ngrad(2:n,:) = X(:,2:n)'*(h - y)/m + lambda/m*theta(2:n,:);"

# --- MatBasiak (Polish)
_MAT_LETS = ("n = rows(X);", "beta = [beta_1; beta_0]", "Y_hat = policz_wartosc(X, beta)")

# --- fathurwithyou (Indonesian)
_FAT_LETS = (
    r"p(y{=}1\mid \mathbf{x})=\sigma(\mathbf{x}^\top\mathbf{w}+b)="
    r"\frac{1}{1+\exp(-(\mathbf{x}^\top\mathbf{w}+b))}.",
)
_FAT_COST_RAW = (
    r"\mathcal{L}_{\text{bin}}=-\frac{1}{m}\sum_{i=1}^{m}\big[y_i\log p_i+(1-y_i)\log(1-p_i)\big]\;+\;"
    r"\lambda\,\Omega(\mathbf{w}),"
)
_FAT_COST_L2 = _FAT_COST_RAW.replace(r"\Omega(\mathbf{w})", r"\|\mathbf{w}\|_2^2")
_FAT_WHY = (
    "graded against the notes' binary cross-entropy with Ω(w) replaced by the L2 choice they name, "
    "$\\|\\mathbf{w}\\|_2^2$ ('dengan Ω(w) = ‖w‖₁ (L1) atau ‖w‖₂² (L2)'): "
    "the mean cross-entropy of p_i = σ(x_iᵀw + b) plus λ‖w‖²; x_i is row "
    "i of Data.X, w Data.w, b Data.b, λ Data.lam"
)
_FAT_B = r"\nabla_b=\frac{1}{m}\sum_{i}(p_i-y_i),"

# --- aai.education (plain Unicode)
_AAI_COST = "J(w, b) = (1/2m) · mΣi=1 (fw,b(x(i)) − y(i))² + (λ/2m) · nΣj=1 wⱼ²"
_AAI_DW = "∂J/∂wⱼ = (1/m) · mΣi=1 (fw,b(x(i)) − y(i)) · xⱼ(i) + (λ/m) · wⱼ"
_AAI_WHY = (
    "'Recalling the Regularized Cost': the half-mean squared error of the linear model f_w,b(x) = w·x + b plus "
    "λ/(2m)Σwⱼ² (the page's sums read m over Σ over i=1, as its sub- and superscripts were flattened); x(i) is row i "
    "of Data.X (xⱼ(i) its entry j), w Data.w, b Data.b, λ Data.lam"
)

# --- index: Shawn's costFunction
_SH_LETS = ("m = length(y); % number of training examples",)
_SH_COST = "J = (1/m) * (y' * log(sigmoid(X*theta)) - (1-y)' * log(1 - sigmoid(X*theta)));"
_SH_GRAD = "grad = (1/m) * X' * (sigmoid(X*theta) - y);"

# --- index: Chinese note
_ZH_LETS = (
    r"\hat y^i=z(x^i) =\theta_0+\theta_1x_1^i+\theta_2x_2^i+\theta_3x_3^i+...+\theta_nx_n^i",
    r"h(x^i)= \frac{1}{1+e^{-z(x^i)}}",
)
_ZH_COST = (
    r"j(\theta_0,\theta_1,\cdots,\theta_n) = \frac{1}{m} \sum^m_{i=1}(-y^i\ln(h(x^i))-(1-y^i)\ln(1-h(x^i)))"
    r"+{\lambda \over 2m}\sum_{i=1}^n\theta_i^2"
)
_ZH_WHY = (
    "'### 5.添加正则化': the mean cross-entropy of h = σ(θ₀ + Σⱼθⱼxⱼ) plus λ/(2m)Σθᵢ² for i = 1…n, θ₀ not penalised "
    "('$\\theta_0$项不用添加正则约束'); θ₀ is Data.theta0, θ₁…θₙ Data.theta, x_j^i the entries of Data.X, λ Data.lam"
)
_ZH_CODE_LETS = (
    "m = input_x.shape[1]",
    "fz = np.dot(np.transpose(theta), input_x)",
    "fh = sigmoid(fz)",
    "dz = fh - input_y",
)
_ZH_CODE_COST = (
    "J = (1.0 / m) * np.squeeze(\n    -np.dot(np.log(fh), np.transpose(input_y)) - np.dot(np.log(1 - fh), "
    "np.transpose(1 - input_y)))+(_lambda/(2*m))*np.sum(np.power(theta,2))"
)
_ZH_CODE_GRAD = (
    "# 添加正则化\ndr = np.zeros([theta.shape[0], 1])\ndr[1:] = theta[1:]\ndr = (_lambda / m) * dr\n\n"
    "d_theta = (1.0 / m) * np.dot(input_x, np.transpose(dz))+dr"
)

# --- index: λ/(2m) in the gradient
_L2M_LETS = ("h= sigmoid(X * theta);",)
_L2M_COST = "MSE = -(1/m).*sum(y.*log(h) + (1 - y).*log(1 - h)) + (lambda/(2*m)).*sum(theta(2:end).^2);"
_L2M_GRAD = (
    "grad(1,1) = (1/m)*(X(:,1)'*(h-y)); \n"
    "grad(2:end,1)=((1/m)*(X(:,2:end))'*(h-y))+(lambda/(2*m))*theta(2:end);"
)

# --- index: J subtracts the penalty
_MP_LETS = ("m=length(y);",)
_MP_COST = (
    "J=(1/m)*(-y'*log(sigmoid(X*theta))-(1-y)'*log(1-sigmoid(X*theta)))-(lambda/(2*m))*theta(2:end)'* theta(2:end);"
)
_MP_GRAD = "grad = (1/m)*X'*(sigmoid(X*theta)-y)+(lambda/m)*[0;theta(2:end)];"

# --- index: average log-likelihood
_LL_LETS = ("m = length(y);", "z = X * beta;", "h = 1 ./ (1 + exp(-z));  % sigmoid(z)")
_LL_COST = "l = (1/m) * sum(y .* log(h + eps) + (1 - y) .* log(1 - h + eps));  % eps to avoid log(0)"
_LL_GRAD = "grad = (1/m) * X' * (y - h);"
_LL_WHY = (
    "the average log-likelihood (1/m)Σ[y log h + (1 − y) log(1 − h)] of h = sigmoid(X * beta), to be maximised "
    "(eps, Octave's 2.2e-16, only guards the logs and is left out); X is Data.X, beta Data.beta"
)

# --- index: CreditScore
_CS_LETS = (r"where \( \hat{y}_i \) is the predicted CreditScore.",)
_CS_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^{m} (y_i - (\theta_0 + \theta_1 x_i))^2"
_CS_WHY = (
    "the exercise's 'Mean Squared Error (MSE) cost function' with its ½: (1/2m)Σ(yᵢ − (θ₀ + θ₁xᵢ))², ŷᵢ the model's "
    "prediction θ₀ + θ₁xᵢ; xᵢ (Age) is Data.x, θ₀ Data.theta0, θ₁ Data.theta1"
)


COSTS: list[Cost] = [
    # ============================================================ code and notes with an address
    Cost(
        id="f86-cburkart-r-costFunction-J",
        source=CBU_C + ", J <- …)",
        text=_CBU_COST,
        intended=_mean_ce_theta,
        wrt=("theta_j",),
        lets=_CBU_LETS,
        why=_CBU_WHY,
    ),
    Cost(
        id="f86-cburkart-r-costFunctionReg-J-trunctheta",
        source=CBU_CR + ", J = … + (lambda/(2*m))*sum(trunctheta^2);)",
        text=_CBU_RCOST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_CBU_RLETS,
        why="trunctheta is theta[2:length(theta)] (R indexes from 1); " + _RLOG_WHY,
    ),
    Cost(
        id="f86-barbara-lizama-costFunctionReg-J-t1",
        source=BAR + ", t1=…; h = …; J = …)",
        text=_BAR_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_BAR_LETS,
        why="1/m.* is an elementwise product with the scalar 1/m, t1 the squares of theta(2:end); " + _RLOG_WHY,
    ),
    Cost(
        id="f86-alessa-es-costFunctionReg-J-theta1",
        source=ALE + ", '% Función para calcular el costo regularizado')",
        text=_ALE_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_ALE_LETS,
        why="'% no se regulariza el primer valor de theta': theta1 = [0; theta(2:end)], reg = λ·theta1ᵀtheta1/(2m); "
        + _RLOG_WHY,
    ),
    Cost(
        id="f86-kozborn-ex5-linearRegCostFunction-J",
        source=KOZ + ", h = X*theta; J = …)",
        text=_KOZ_COST,
        intended=_reg_half_mse_skip0,
        wrt=("theta_j",),
        lets=_KOZ_LETS,
        why=_EX5_WHY,
    ),
    Cost(
        id="f86-fathurwithyou-id-L-bin-omega",
        source=FAT + ", '### 2.1. Biner (Binary Cross-Entropy)')",
        text=_FAT_COST_RAW,
        intended=None,
        wrt=("w_j", "b"),
        lets=_FAT_LETS
        + (r"dengan $\Omega(\mathbf{w})=\|\mathbf{w}\|_1$ (L1) atau $\|\mathbf{w}\|_2^2$ (L2).",),
        expect="refuse",
        why="Ω(w) is defined as either ‖w‖₁ (L1) or ‖w‖₂² (L2), 'atau' (or): the penalty is not one function, and the "
        "L1 choice is a sum of absolute values; not readable as one cost",
    ),
    Cost(
        id="f86-aai-unicode-J-w-b-regularized",
        source=AAI + ", 'Recalling the Regularized Cost')",
        text=_AAI_COST,
        intended=_aai_reg_half_mse,
        wrt=("w_j", "b"),
        why=_AAI_WHY,
    ),
    # ============================================================ code without an address
    Cost(
        id="f86-idx17534920941-J-first-log-sign-lost",
        source=IDX_SH + ", the J line after the notes)",
        text=_SH_COST,
        intended=_shawn_sign_bug,
        wrt=("theta_j",),
        lets=_SH_LETS,
        why="as written: (1/m)(yᵀlog σ(Xθ) − (1 − y)ᵀlog(1 − σ(Xθ))), the first term without the minus the "
        "cross-entropy has (the file's own notes say its earlier lines 'are still not right'); X is Data.X, theta "
        "Data.theta",
    ),
    Cost(
        id="f86-idx10745945856-zh-j-regularized",
        source=IDX_ZH + ", '增加正则项的目的是对$\\theta$进行惩，防止过拟合。公式如下：')",
        text=_ZH_COST,
        intended=_zh_reg_intercept,
        wrt=("theta_0", "theta_j"),
        lets=_ZH_LETS,
        why=_ZH_WHY,
    ),
    Cost(
        id="f86-idx2619537830-creditscore-J",
        source=IDX_CS + ", '## 🏗️ Methodology')",
        text=_CS_COST,
        intended=_credit_half_mse,
        wrt=("theta_0", "theta_1"),
        why=_CS_WHY,
    ),
    Cost(
        id="f86-idx60758514586-average-log-likelihood-l",
        source=IDX_LL + ", '% Compute the average log-likelihood')",
        text=_LL_COST,
        intended=_mean_loglik_beta,
        wrt=("beta_j",),
        lets=_LL_LETS,
        why=_LL_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f86-barbara-lizama-grad-lambda-times-sum-theta",
        source=BAR + ", t2=…; grad = …; the next line grad(1,1) = 1/m.*(h-y)' * X; left out)",
        text=_BAR_GRAD,
        cost=_BAR_COST,
        verdict="different",
        wrt="theta_j",
        lets=_BAR_LETS,
        why="t2 = Σθ_j over theta(2:end) is one scalar, so (λ/m)·t2 is added to every partial (the intercept's too) in "
        "place of (λ/m)θ_j for j ≥ 2 (the next line, which would assign the 1×n row (h − y)ᵀX/m to grad(1,1), is left "
        "out); " + _RLOG_WHY,
    ),
    Answer(
        id="f86-idx17534920941-grad-vs-sign-lost-J",
        source=IDX_SH + ", the grad line after the J line)",
        text=_SH_GRAD,
        cost=_SH_COST,
        verdict="different",
        wrt="theta_j",
        lets=_SH_LETS,
        why="(1/m)Xᵀ(σ(Xθ) − y) is the gradient of the mean cross-entropy, but the J the same function returns lost "
        "the minus on yᵀlog σ(Xθ): its gradient is (1/m)Xᵀ(y ∘ (1 − σ(Xθ)) + (1 − y) ∘ σ(Xθ)), not this; X is Data.X, "
        "theta Data.theta",
    ),
    Answer(
        id="f86-idx10745945856-zh-dJ-dtheta1-lambda-inside-mean",
        source=IDX_ZH + ", '添加了正则项后对$\\theta$求导。$\\theta_0$项不用添加正则约束：')",
        text=r"{dJ\over d\theta_1} =  {1\over m}\sum_{i=1}^m [(h(x^i)-y^i)* x_1^i+\lambda\theta_1]",
        cost=_ZH_COST,
        verdict="different",
        wrt="theta_1",
        lets=_ZH_LETS,
        why="λθ₁ sits inside (1/m)Σᵢ, so it is added m times and divided by m: λθ₁, not the penalty's (λ/m)θ₁ (the "
        "note itself wrote dRegu(θ_i) = λθ_i/m two lines above); " + _ZH_WHY,
    ),
    Answer(
        id="f86-idx10745945856-zh-code-d-theta-vs-J-penalising-theta0",
        source=IDX_ZH + ", the note's Python costFunction(theta, input_x, input_y,_lambda=0), dedented)",
        text=_ZH_CODE_GRAD,
        cost=_ZH_CODE_COST,
        verdict="different",
        wrt="theta_j",
        lets=_ZH_CODE_LETS,
        why="d_theta leaves theta[0] out of the penalty (dr[0] = 0), but the J the same function returns penalises "
        "np.sum(np.power(theta,2)), theta[0] included: the first partial lacks (λ/m)θ₀; the rest is right. input_x is "
        "Data.X transposed (the note stacks a ones row and transposes: its columns are the examples), input_y Data.y "
        "as a row, theta Data.theta (theta[0] the intercept's), _lambda Data.lam",
    ),
    Answer(
        id="f86-idx38757927095-grad-lambda-over-2m",
        source=IDX_L2M + ", the two grad lines)",
        text=_L2M_GRAD,
        cost=_L2M_COST,
        verdict="different",
        wrt="theta_j",
        lets=_L2M_LETS,
        why="the penalty λ/(2m)Σθ_j² has partial (λ/m)θ_j: (λ/(2m))θ_j is half of it; graded against the file's "
        "'MSE' (its cross-entropy J), h = σ(Xθ) (the file also sets theta(1) = 0 before computing h, which makes its "
        "own h ignore theta(1); that line is left out); " + _RLOG_WHY,
    ),
    Answer(
        id="f86-idx31839546597-grad-vs-J-subtracting-penalty",
        source=IDX_MP + ", function [J,grad]=costFunction(theta,lambda,X,y))",
        text=_MP_GRAD,
        cost=_MP_COST,
        verdict="different",
        wrt="theta_j",
        lets=_MP_LETS,
        why="the J it returns subtracts (λ/(2m))θ(2:end)ᵀθ(2:end), whose partial is −(λ/m)θ_j; the gradient adds "
        "+(λ/m)[0; θ(2:end)] (right for the usual cost, not for this J); X is Data.X, theta Data.theta, lambda "
        "Data.lam",
    ),
    Answer(
        id="f86-matbasiak-pl-gradient-beta-1-unbalanced",
        source=MAT + ", the for loop)",
        text="gradient_beta_1 = -(2/n) * sum((Y-Y_hat).*X(:, 1);",
        cost="out = mean((y - y_hat).^2);",
        verdict="refuse",
        wrt="beta_1",
        lets=_MAT_LETS,
        why="the line has four '(' and three ')': the sum is never closed, so where (2/n)·sum(…) ends is not written "
        "(the file would not even parse); not readable",
    ),
    Answer(
        id="f86-fathurwithyou-id-nabla-w-plus-text-reg",
        source=FAT + ", '### 3.1. *Gradient Descent*', '**Biner.**')",
        text=r"\nabla_{\mathbf{w}}=\frac{1}{m}\mathbf{X}^\top(\mathbf{p}-\mathbf{y})+\text{reg},",
        cost=_FAT_COST_L2,
        verdict="refuse",
        wrt="w_j",
        lets=_FAT_LETS,
        why="'+ \\text{reg}' is a word, not a formula (the notes say in prose that the gradient adds λ sign(w) for L1 "
        "or 2λw for L2): the penalty's part of ∇_w is not written; not readable",
    ),
    # ============================================================ real answers: right
    Answer(
        id="f86-cburkart-r-gradFunction",
        source=CBU_G + ", grad <- …)",
        text=_CBU_GRAD,
        cost=_CBU_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_CBU_LETS,
        why="(1/m)Xᵀ(σ(Xθ) − y), t(X) the transpose; graded against the J of costFunction.R beside it; " + _CBU_WHY,
    ),
    Answer(
        id="f86-cburkart-r-gradFunctionReg-thetablock",
        source=CBU_GR + ", thetablock <- …; grad <- …, dedented)",
        text=_CBU_RGRAD,
        cost=_CBU_RCOST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_CBU_RLETS,
        why="thetablock is the column (0, 1, …, 1), so (λ/m)·thetablock*θ (elementwise) is (λ/m)θ_j for j ≥ 2 and 0 "
        "for the intercept; graded against costFunctionReg.R's J; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-alessa-es-grad-theta1",
        source=ALE + ", '% Función para calcular el gradiente')",
        text=_ALE_GRAD,
        cost=_ALE_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ALE_LETS,
        why="(Xᵀ(h − y) + λ·theta1)/m with theta1 = [0; theta(2:end)]; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-kozborn-ex5-grad-regGrad-zeroed",
        source=KOZ + ", grad = …; regGrad = …; regGrad(1) = 0; grad = grad + regGrad;, dedented by two)",
        text=_KOZ_GRAD,
        cost=_KOZ_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_KOZ_LETS,
        why="(1/m)Xᵀ(Xθ − y) + (λ/m)θ with its first entry zeroed; " + _EX5_WHY,
    ),
    Answer(
        id="f86-worldveil-ex5-grad-loop",
        source=WV5 + ", '% now caluclate the gradient for each entry of theta', dedented by four)",
        text=_WV5_GRAD,
        cost=_WV5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_WV5_LETS,
        why="for each j: Σ(Xθ − y)∘X(:,j)/n, plus λθ_j/n when j > 1; n = length(y) is the number of examples here; "
        + _EX5_WHY,
    ),
    Answer(
        id="f86-worldveil-ex2-grad-undo-intercept-penalty",
        source=WV2 + ", '% gradient: compute as the derivative of the cost function', dedented by four)",
        text=_WV2_GRAD,
        cost=_WV2_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_WV2_LETS,
        why="(1/n)Xᵀ(σ(Xθ) − y) + (λ/n)θ, then (λ/n)θ(1) taken back off the first entry; n = length(y); "
        + _RLOG_WHY,
    ),
    Answer(
        id="f86-akryukov92-grad-row-mask",
        source=AKR + ", mask = theta; mask(1) = 0; J = …; grad = …)",
        text=_AKR_GRAD,
        cost=_AKR_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_AKR_LETS,
        why="(1/m)(σ(Xθ) − y)ᵀX + ((λ/m)·mask)ᵀ: the gradient as a row, theta(1) masked out of the penalty; "
        + _RLOG_WHY,
    ),
    Answer(
        id="f86-alexjoz-grad-first-then-loop",
        source=AJZ + ", '%gradient')",
        text=_AJZ_GRAD,
        cost=_AJZ_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_AJZ_LETS,
        why="grad(1) = Σ(h − y)∘X(:,1)/m, grad(j) = (Σ(h − y)∘X(:,j) + λθ_j)/m for j ≥ 2; graded against the file's J "
        "(J=1/m; first = -y'*log(Htheta); second = (1-y')*log(1-Htheta); S = sum(first-second); R = "
        "(lambda/2/m)*sum(theta(2:end).^2); J=J*S+R;) written above in one line in its names; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-0xdad-grad-Tg",
        source=DAD + ", dedented by four)",
        text=_DAD_GRAD,
        cost=_DAD_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DAD_LETS,
        why="Xᵀ(G − y)/m + (λ/m)Tg with Tg(1,1) = 0; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-aatyukina-grad-row-theta1-zeroed-after-J",
        source=ATY + ", theta(1) = 0; grad = …)",
        text=_ATY_GRAD,
        cost=_ATY_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ATY_LETS,
        why="sigm was computed before theta(1) is zeroed, so (1/m)(σ(Xθ) − y)ᵀX + (λ/m)θᵀ with θ(1) = 0 is the "
        "gradient as a row, intercept unpenalised; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-aprigarina-grad-regTheta",
        source=APR + ", regTheta = …; grad = …)",
        text=_APR_GRAD,
        cost=_APR_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_APR_LETS,
        why="(1/m)Xᵀ(h − y) + (λ/m)[0; θ(2:end)]; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-1262068532-grad-split-rows",
        source=N12 + ", grad(1,:) = …; grad(2:n,:) = …)",
        text=_N12_GRAD,
        cost=_N12_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_N12_LETS,
        why="X(:,1)ᵀ(h − y)/m for the intercept, X(:,2:n)ᵀ(h − y)/m + (λ/m)θ(2:n) for the rest; n = length(theta) "
        "here; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-idx60758514586-loglik-ascent-grad",
        source=IDX_LL + ", '% Compute the gradient of the average log-likelihood')",
        text=_LL_GRAD,
        cost=_LL_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_LL_LETS,
        why="(1/m)Xᵀ(y − h), the gradient of the average log-likelihood (the cost's sign is the likelihood's, so "
        "y − h is right here); " + _LL_WHY,
    ),
    Answer(
        id="f86-idx2619537830-creditscore-dJ-dtheta0",
        source=IDX_CS + ", '### 1️⃣ Compute Partial Derivatives')",
        text=r"\frac{\partial J}{\partial \theta_0} = -\frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i)",
        cost=_CS_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=_CS_LETS,
        why="−(1/m)Σ(yᵢ − ŷᵢ), the θ₀-partial (the ½ cancels the 2); " + _CS_WHY,
    ),
    Answer(
        id="f86-idx2619537830-creditscore-dJ-dtheta1",
        source=IDX_CS + ", '### 1️⃣ Compute Partial Derivatives')",
        text=r"\frac{\partial J}{\partial \theta_1} = -\frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i) x_i",
        cost=_CS_COST,
        verdict="equivalent",
        wrt="theta_1",
        lets=_CS_LETS,
        why="−(1/m)Σ(yᵢ − ŷᵢ)xᵢ, the θ₁-partial; " + _CS_WHY,
    ),
    Answer(
        id="f86-idx10745945856-zh-dJ-dtheta0-unregularised",
        source=IDX_ZH + ", '### 5.添加正则化', the θ₀ line)",
        text=r"{dJ\over d\theta_0} =  {1\over m}\sum_{i=1}^m (h(x^i)-y^i) * x_0^i",
        cost=_ZH_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=_ZH_LETS + ("我们将X的特征扩展1个维度，第0维的数据为1,得到矩阵如下",),
        why="(1/m)Σ(h(xⁱ) − yⁱ)x₀ⁱ with x₀ⁱ = 1 ('第0维的数据为1'): the θ₀-partial, no penalty term; " + _ZH_WHY,
    ),
    Answer(
        id="f86-fathurwithyou-id-nabla-b",
        source=FAT + ", '### 3.1. *Gradient Descent*', '**Biner.**')",
        text=_FAT_B,
        cost=_FAT_COST_L2,
        verdict="equivalent",
        wrt="b",
        lets=_FAT_LETS,
        why="(1/m)Σ(p_i − y_i), the bias partial (the penalty has no b); " + _FAT_WHY,
    ),
    Answer(
        id="f86-aai-unicode-dJ-dwj",
        source=AAI + ", 'Combined gradient:')",
        text=_AAI_DW,
        cost=_AAI_COST,
        verdict="equivalent",
        wrt="w_j",
        why="(1/m)Σ(f_w,b(x(i)) − y(i))xⱼ(i) + (λ/m)wⱼ; " + _AAI_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f86-cburkart-r-gradFunction-no-1-over-m",
        source=CBU_G + "; variant: 1/m* dropped)",
        text="grad <- (t(X)%*%(sigmoid(X%*%theta)-y))",
        cost=_CBU_COST,
        verdict="different",
        wrt="theta_j",
        lets=_CBU_LETS,
        why="variant: Xᵀ(σ(Xθ) − y) is the summed cross-entropy's gradient, m times the mean's; " + _CBU_WHY,
    ),
    Answer(
        id="f86-cburkart-r-gradFunctionReg-thetablock-dropped",
        source=CBU_GR + "; variant: (lambda/m)*thetablock*theta written (lambda/m)*theta)",
        text=_CBU_RGRAD.replace("(lambda/m)*thetablock*theta", "(lambda/m)*theta"),
        cost=_CBU_RCOST,
        verdict="different",
        wrt="theta_j",
        lets=_CBU_RLETS,
        why="variant: without thetablock the intercept's partial gets (λ/m)θ₁, which trunctheta leaves out of J; "
        + _RLOG_WHY,
    ),
    Answer(
        id="f86-kozborn-ex5-grad-regGrad-not-zeroed",
        source=KOZ + "; variant: the line regGrad(1) = 0; dropped)",
        text=_KOZ_GRAD.replace("regGrad(1) = 0;\n", ""),
        cost=_KOZ_COST,
        verdict="different",
        wrt="theta_j",
        lets=_KOZ_LETS,
        why="variant: (λ/m)θ is added to every entry, the intercept's too, which J does not penalise; " + _EX5_WHY,
    ),
    Answer(
        id="f86-worldveil-ex5-grad-loop-j-from-1",
        source=WV5 + "; variant: if j > 1 written if j >= 1)",
        text=_WV5_GRAD.replace("if j > 1", "if j >= 1"),
        cost=_WV5_COST,
        verdict="different",
        wrt="theta_j",
        lets=_WV5_LETS,
        why="variant: j >= 1 holds for every j, so the intercept's partial gets λθ₁/n too; " + _EX5_WHY,
    ),
    Answer(
        id="f86-alessa-es-grad-residual-flipped",
        source=ALE + "; variant: (h-y) written (y-h))",
        text=_ALE_GRAD.replace("(X'*(h-y)", "(X'*(y-h)"),
        cost=_ALE_COST,
        verdict="different",
        wrt="theta_j",
        lets=_ALE_LETS,
        why="variant: Xᵀ(y − h)/m is minus the data part (the log-likelihood's gradient) while the penalty keeps its "
        "sign; " + _RLOG_WHY,
    ),
    Answer(
        id="f86-aai-unicode-dJ-dwj-lambda-over-2m",
        source=AAI + "; variant: (λ/m) · wⱼ written (λ/2m) · wⱼ)",
        text=_AAI_DW.replace("(λ/m) · wⱼ", "(λ/2m) · wⱼ"),
        cost=_AAI_COST,
        verdict="different",
        wrt="w_j",
        why="variant: (λ/2m)wⱼ is half the penalty's partial (the 2 of wⱼ² not cancelled); " + _AAI_WHY,
    ),
    Answer(
        id="f86-fathurwithyou-id-nabla-b-residual-flipped",
        source=FAT + "; variant: (p_i-y_i) written (y_i-p_i))",
        text=_FAT_B.replace("(p_i-y_i)", "(y_i-p_i)"),
        cost=_FAT_COST_L2,
        verdict="different",
        wrt="b",
        lets=_FAT_LETS,
        why="variant: (1/m)Σ(y_i − p_i) is minus the bias partial; " + _FAT_WHY,
    ),
    Answer(
        id="f86-idx60758514586-loglik-grad-descent-sign",
        source=IDX_LL + "; variant: (y - h) written (h - y))",
        text=_LL_GRAD.replace("(y - h)", "(h - y)"),
        cost=_LL_COST,
        verdict="different",
        wrt="beta_j",
        lets=_LL_LETS,
        why="variant: (1/m)Xᵀ(h − y) is the gradient of the mean cross-entropy, minus the log-likelihood's; " + _LL_WHY,
    ),
]
