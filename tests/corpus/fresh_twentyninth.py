r"""A fresh held-out wave (f29): what students copy from course pages and notebooks, in several languages.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* lecture notes, READMEs and tutorials with LaTeX: a Japanese NumPy/SciPy textbook (tkamishima/mlmpy) whose
  L2-regularised logistic objective is an ``align`` display with ``\left\{ … \right.\\ & \qquad\left. … \right\}``,
  ``\Pr[y_i{=}1 | \mathbf{x}_i]`` and a penalty on ``b`` too, and whose gradient lost a subscript; a Turkish blog
  (cescript) whose ±1-label logistic gradient has ``\log`` where the sigmoid belongs; Chinese notes
  (crazycharles/TheWayToCTR) that write components as superscripts (``x_{i}^{j}``) and the sum as
  ``\sum^{N}_{i=1}``; a Turkish Colab notebook's MSE in ``w, b``; Chinese plain-text notes ``J(w) = 1/2m
  sum_{i=1}^{m} …``; a Vietnamese README whose ``\sum\limits_{i=0}^{m}`` runs one past the data; a Portuguese ridge
  README whose model is ``\beta_0 + \beta_1 x_1 + \cdots + \beta_p x_p`` with ``\beta_0`` unpenalised; a Korean
  K-MOOC README whose cost is defined by swapped cases (refused); a README in plain Unicode (``(1/m) * Σ (y_pred -
  y)²``) whose gradients lack the factor 2;
* notebook and course code: students' Coursera ex2 ``costFunctionReg.m`` files (one whose J flips the sign of the
  (1−y) term and penalises θ(1), one with Chinese comments and ``reg(1) =0``), a Chinese study file whose λ is named
  ``learningRate``, a student's Octave notes with ``A.^=2``, Spanish Octave course code summing by ``* ones(length(x),
  1)``, a Spanish MATLAB ``fun_costob.m`` (``(E'*Xa)'/n``), a Spanish gradient-ascent notebook whose ``X.T @ (Y - p)``
  is the log-likelihood's gradient, a Japanese textbook notebook stepping by the summed gradient, a Japanese notebook
  whose log-loss is clipped (refused), a Korean NumPy script with ``+ 1e-15`` inside the logs, a "Poisson regression"
  sample that is really the MSE of ``exp(Xw)``, a Poisson log-likelihood notebook with ``factorial``, a Cross
  Validated asker's Poisson ``logLikelihoodDerivative``.

One-feature models keep the source's letters: a scalar slope ``w`` is the judge's ``w[0]`` with the feature ``x``
(judge.py's _Data). A penalty constant not called λ (``learningRate``) is read as λ. Code assignments in ``lets``
are written ``NAME = EXPR`` (the right-hand side verbatim); a function definition used as a let is written
``f(args) = body``. About half the answers are wrong; most wrong ones are real
(the source's own line), the rest a one-slip variant of a real answer, marked "variant" in ``why``. Verdicts were
worked out by hand.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
MLMPY_LR = (
    "github:tkamishima/mlmpy:lr/lr.rst (Japanese NumPy/SciPy ML textbook, 'ロジスティック回帰', the objective "
    ":label: eq-lr-objective and the gradient :label: eq-lr-gradient)"
)
CESCRIPT = (
    "github:cescript/cescript.github.io:_posts/2015-07-23-lojistik-regresyon-analizi.md (Turkish blog 'Lojistik "
    "Regresyon Analizi', the function E(x,y|w) and the gradient under '### Gradyan İniş Yöntemi')"
)
CTR = (
    "github:crazycharles/TheWayToCTR:逻辑回归简介及实现/逻辑回归简介及实现.md (Chinese notes '逻辑回归简介及实现', "
    "1.2 目标函数 (1.11) and 1.3 更新过程 (1.13))"
)
KKARADAG = (
    "github:kkaradag2/ML:LinearRegression.ipynb (Turkish Colab notebook '# Linear Regression', the loss "
    "'L(w,b)' in the first Markdown cell)"
)
SENBINYU = (
    "github:senbinyu/statistical_machine_learning:lr.md (Chinese notes, '## linear regression，线性回归', items 1 "
    "and 2)"
)
ESTAVILLO = (
    "github:jpestavillo/financial-engineering:stock_market/fun_costob.m (Spanish comments, 'Función de costo calcula "
    "la J y la dJdW para la regresión logística')"
)
ROVELO = (
    "github:SaulRovelo/aprendizaje-maquina-teoria-grafos:01_Gradiente_ascendente_con_vectores/"
    "Gradiente_ascendente_con_vectores.ipynb (Spanish notebook, def grad_asc: grad = …)"
)
PYOHYA = (
    "github:Pyohya/ai-practice-archive:scripts/logistic_regression_example/logistic_regression.py (Korean practice "
    "archive '로지스틱 회귀 예제', def compute_loss and def train)"
)
YANGQOOR = (
    "github:yangqoor/Public:MachineLearning/P_MachineLearning/ML_Base/supervised_learning/regression/"
    "poisson_regression/sample.py (def loss, after datascience.oneoffcoder.com's autograd Poisson tutorial)"
)
NABLABITS = (
    "github:nablabits/ThinkBayes2:notebooks/Maximum Likelihood Estimation.ipynb (class PoissonRegression, "
    "get_log_likelihood and get_gradient; after QuantEcon's MLE lecture)"
)
CV_618637 = (
    "https://stats.stackexchange.com/questions/618637/how-to-code-regression-using-maximum-likelihood-in-python-"
    "using-only-numpy (the question's def logLikelihoodDerivative)"
)
LHHMMIII = (
    "github:lhhmmiii/Linear-Regression:README.md (Vietnamese README '# Lý thuyết', '## 2. Hàm mất mát' and "
    "'## 3. Gradient Descent')"
)
PINEDA = (
    "github:alexhenriquepineda/Machine-Learning:Regressao-Ridge/README.md (Portuguese README 'Introdução à Regressão "
    "Ridge', '## Regressão Ridge' and the model under '## Regressão Linear Simples')"
)
QIANYUE = (
    "github:QianyueW/Andrew-Ng-Machine-Learning-Assignment:machine-learning-ex2/ex2/costFunctionReg.m (a student's "
    "ex2 solution, J = … and grad = …)"
)
YUHAOHA = (
    "github:yuhaoha/Machine-Learning-Experiment:machine-learning-ex2/ex2/costFunctionReg.m (a student's ex2 "
    "solution with Chinese comments '代价函数J', '梯度', '偏置项不需要正则化')"
)
WANGDOOO = (
    "github:WangDooo/Machine-Learning:Ng-Lesson/Test/各个函数的python实现.py (Chinese study file 'Python versions of "
    "each function' for Ng's course)"
)
SANJAR = (
    "github:sanjar-notes/aiml:home/4_resource_itineraries/2_coursera_machine_learning_andrew_ng/Week_1/"
    "5._Octave_Matlab_Tutorial/6._Vectorization/1._Vectorized_cost_function.md (a student's Coursera notes, "
    "'1. Vectorized cost function')"
)
TANUKI = (
    "github:tanuki-create/datascience:datascience/08_logistic_regression/notebooks/"
    "logistic_regression_implementation.ipynb (Japanese notebook 'ロジスティック回帰の実装', '### 2.2 "
    "交差エントロピー損失の実装')"
)
REYG = (
    "github:ReyGuadarrama/Redes_Neuronales:02_Normalizacion/Regresión_múltiple (Spanish course code: costo.m, "
    "derivada.m, hipotesis.m)"
)
DAKU = (
    "github:Daku-on/obj_recog_book:src/sec_4/and_gate.ipynb (notebook for a Japanese object-recognition textbook, "
    "def logistic_regression: parameters = parameters - LNR * …)"
)
SUPRIYA = (
    "github:SupriyaShirsat05/Linear-Regression-Scratch-Implementation:README.md ('Linear Regression From Scratch "
    "(NumPy)', '## 📌 Mathematical Background')"
)
SSUNGJOE = (
    "github:ssungjoe/Logistic-Regression:README.md (Korean README for K-MOOC '모두를위한머신러닝', '비용함수 J(w)')"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _lgamma1(y):
    # log(y!) as Γ(y + 1), a constant of the data (scipy's factorial of a float is Γ(y + 1))
    return np.array([math.lgamma(v + 1.0) for v in y])


def _mlmpy_objective(d):
    p = sig(d.X @ d.w + d.b)
    return -float(np.sum(_ce_terms(p, d.y))) + d.lam / 2 * (float(np.sum(d.w**2)) + d.b**2)


def _logistic_pm1_sum_w(d):
    return float(np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.w)))))


def _ctr_cost(d):
    z = d.X @ d.w
    return -float(np.mean(d.y * z - np.log(1 + np.exp(z))))


def _mse_one_feature_w_b(d):
    return float(np.mean((d.w[0] * d.x + d.b - d.y) ** 2))


def _half_mse_one_feature_w_b(d):
    return float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)) / (2 * d.m)


def _ce_mean_w(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.w), d.y)))


def _ce_mean_w_eps(d):
    p = sig(d.X @ d.w)
    return -float(np.mean(d.y * np.log(p + 1e-15) + (1 - d.y) * np.log(1 - p + 1e-15)))


def _mse_exp_w(d):
    return float(np.mean((np.exp(d.X @ d.w) - d.y) ** 2))


def _poisson_loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - _lgamma1(d.y) - np.exp(z)))


def _ridge_sum_beta0_beta(d):
    r = d.y - (d.theta0 + d.X @ d.beta)
    return float(r @ r) + d.lam * float(np.sum(d.beta**2))


def _qianyue_literal(d):
    h = sig(d.X @ d.theta)
    data = -(float(d.y @ np.log(h)) - float((1 - d.y) @ np.log(1 - h))) / d.m
    return data + d.lam / (2 * d.m) * float(np.sum(d.theta**2))


def _ex2_reg_skip_first(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.theta), d.y))) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _sse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


def _mse_w_b(d):
    return float(np.mean((d.X @ d.w + d.b - d.y) ** 2))


def _half_mse_w_b(d):
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m)


# ------------------------------------------------------------------ shared texts
_MLMPY_J = (
    "- \\sum_{(\\mathbf{x}_i, y_i) \\in \\mathcal{D}}\n"
    "    \\left\\{ (1 - y_i) \\log(1 - \\Pr[y_i{=}1 | \\mathbf{x}_i]) + \\right.\\\\\n"
    "    & \\qquad\\left.\n"
    "    y_i \\log \\Pr[y_i{=}1 | \\mathbf{x}_i] \\right\\}\n"
    "    + \\frac{\\lambda}{2} \\left({\\|\\mathbf{w}\\|_2}^2 + b^2\\right)"
)
_MLMPY_LETS = (
    r"\Pr[y{=}1 | \mathbf{x}; \mathbf{w}, b] = \mathrm{sig}(\mathbf{w}^\top \mathbf{x} + b)",
    r"\mathrm{sig}(a) = \frac{1}{1 + \exp(-a)}",
)
_CESCRIPT_J = r"E(x,y \lvert w) = \sum_{n=1}^N \log\left ({1+e^{-yw^\intercal x}}\right )"
_CTR_J = r"J(w)=-\frac{1}{N} \sum^{N}_{i=1}[y_{i}(w^{T}x_{i})-log(1+e^{w^{T}{x_{i}}})]."
_ESTA_J = "sum(-Y.*log(Yg)-(1-Y).*log(1-Yg))/n"
_ESTA_LETS = ("V=Xa*W", "Yg=1./(1+exp(-V))", "n=size(Xa,1)", "E=Yg-Y")
_NABLA_J = "(a + b + c).sum()"
_NABLA_LETS = (
    "self.lbd = np.exp(self.X @ self.beta)",
    "a = self.y * np.log(self.lbd)",
    "b = - np.log(factorial(self.y))",
    "c = - self.lbd",
)
_QIANYUE_J = "-1/m * (log(H')* y - (1-y)' * log(1-H)) + (lambda/2/m * sum(theta.^2))"
_QIANYUE_LETS = ("m = length(y)", "H = sigmoid(X * theta)")
_YUHAOHA_J = (
    "1/m * sum((-y).*log(sigmoid(X*theta))-(1-y).*log(1-sigmoid(X*theta))) + lambda / (2*m) * sum( "
    "theta(2:size(theta), 1).^2 )"
)
_YUHAOHA_LETS = ("m = length(y)", "reg = lambda/m*theta", "reg(1) =0")
_WANG_REG_J = "np.sum(first - second) / (len(X)) + reg"
_WANG_REG_LETS = (
    "first = np.multiply(-y, np.log(sigmoid(X*theta.T)))",
    "second = np.multiply((1 - y), np.log(1 - sigmoid(X*theta.T)))",
    "reg = (learningRate / (2*len(X))*np.sum(np.power(theta[:,1:theta.shape[1]],2)))",
    "sigmoid(z) = 1 / (1 + np.exp(-z))",
)
_REYG_J = "((hipotesis(w, x) - T).^2) * ones(length(x), 1)"
_REYG_LETS = ("hipotesis(w, x) = w * x",)
_SUPRIYA_J = "J(w, b) = (1/m) * Σ (y_pred - y)²"
_SUPRIYA_LETS = ("y_pred = X · w + b",)
_LHH_J = r"J(W,b)=\frac{1}{2m} \sum\limits_{i=0}^{m}(f_{\overrightarrow{w},b}(x^{(i)})-y^{(i)})^2"
_LHH_LETS = (r"f_{\overrightarrow{w},b}(x^{(i)})=\overrightarrow{w}x^{(i)}+b",)

COSTS: list[Cost] = [
    # ============================================================ lecture notes and tutorials (LaTeX)
    Cost(
        id="f29-mlmpy-ja-logistic-l2-w-and-b-align-display",
        source=MLMPY_LR + " (the second line of eq-lr-objective, after '&=')",
        text=_MLMPY_J,
        intended=_mlmpy_objective,
        wrt=("w_j", "b"),
        lets=_MLMPY_LETS,
        why="an align display split over lines: '& \\qquad' is alignment and space, \\left\\{ … \\right. and "
        "\\left. … \\right\\} one brace pair broken across the line break \\\\; \\Pr[y_i{=}1 | \\mathbf{x}_i] is "
        "sig(w·x_i + b) (the model eq-lr-model; {=} is '='); a plain sum over the data set D, no 1/N; the penalty "
        "(λ/2)(‖w‖² + b²) covers the bias b too",
    ),
    Cost(
        id="f29-cescript-tr-logistic-pm1-unindexed-sum",
        source=CESCRIPT + " ('yeni fonksiyonu E(x,y|w) en küçüklemeye çalışmak')",
        text=_CESCRIPT_J,
        intended=_logistic_pm1_sum_w,
        wrt=("w_j",),
        why="±1 labels (y_n ∈ {-1,+1}, read with the labels as given); the summand writes y, x for y_n, x_n (the "
        "post drops the index inside Σ_{n=1}^N throughout); \\intercal is the transpose; the braces {1+e^{…}} "
        "only group",
    ),
    Cost(
        id="f29-ctr-zh-logistic-loglik-form-sum-sup-first",
        source=CTR + " ('我们将逻辑回归问题的损失函数写为如下形式', (1.11))",
        text=_CTR_J,
        intended=_ctr_cost,
        wrt=("w_j",),
        why="the notes fold b into w (x extended by a 1): −(1/N)Σ[y_i w·x_i − log(1 + e^{w·x_i})], the mean "
        "cross-entropy of σ(w·x_i); \\sum^{N}_{i=1} puts the limits in the other order; 'log' without a "
        "backslash; the trailing full stop is the sentence's",
    ),
    Cost(
        id="f29-kkaradag-tr-mse-w-b-yhat",
        source=KKARADAG,
        text=r"L(w,b) = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2",
        intended=_mse_one_feature_w_b,
        wrt=("w", "b"),
        lets=(r"\hat{y} = wx + b",),
        why="one feature: ŷ_i = w x_i + b with scalar w (the slope) and b (the bias), as the notebook's 'f(x) = wx "
        "+ b' says",
    ),
    Cost(
        id="f29-senbinyu-zh-plaintext-one-over-2m",
        source=SENBINYU + " (item 1 '吴恩达课程：损失函数，最小均方误差， MSE'; item 2 'h_w(x) = wx + b')",
        text="J(w) = 1/2m sum_{i=1}^{m} (h_w(x_i) - y_i)^2",
        intended=_half_mse_one_feature_w_b,
        wrt=("w", "b"),
        lets=("h_w(x) = wx + b",),
        why="plain text in a Markdown list: '1/2m' is Ng's 1/(2m) (the notes cite 吴恩达课程 (Andrew Ng's course)), "
        "sum_{i=1}^{m} is Σ over the m examples; h_w(x) = wx + b is given in item 2 (one feature, w the slope)",
    ),
    Cost(
        id="f29-lhhmmiii-vi-sum-limits-i0-to-m-overrightarrow",
        source=LHHMMIII + " ('## 2. Hàm mất mát'; the model from '## 1. Dạng của Linear Regerssion')",
        text=_LHH_J,
        intended=_half_mse_w_b,
        wrt=("w_j", "b"),
        lets=_LHH_LETS,
        why="\\overrightarrow{w} is the weight vector and \\overrightarrow{w}x^{(i)} its dot product with example "
        "i; the upper limit m with i=0 is a slip for m-1 (the README's own dJ/db sums i = 0 … m-1, and 'm: Số ví "
        "dụ' is the number of examples): the mean over the m examples; W and w are the same weights",
    ),
    Cost(
        id="f29-pineda-pt-ridge-beta0-unpenalised-cdots-model",
        source=PINEDA,
        text=r"J(\beta) = \sum_{i=1}^{n} \left( y_i - \hat{y}_i \right)^2 + \lambda \sum_{j=1}^{p} \beta_j^2",
        intended=_ridge_sum_beta0_beta,
        wrt=("beta_0", "beta_j"),
        lets=(r"\hat{y} = \beta_0 + \beta_1 x_1 + \beta_2 x_2 + \cdots + \beta_p x_p",),
        why="the README's model line writes 'y = β0 + β1x1 + … + βpxp' (the prediction ŷ; given here as the let for "
        "ŷ, right-hand side verbatim), so ŷ_i = β_0 + Σ_j β_j x_ij with p features; the penalty starts at j=1, "
        "so the intercept β_0 is not penalised; a plain sum, no 1/n",
    ),
    Cost(
        id="f29-ssungjoe-ko-swapped-cases-cost-refuse",
        source=SSUNGJOE,
        text=r"J(w)=-\frac{1}{m}\sum_{i=1}^{m}\text{cost}(h(x^{(i)}, y^{(i)}))",
        intended=None,
        wrt=("w_j",),
        lets=(
            r"h(x)=\frac{1}{1+e^{-w^{T}x}}",
            r"\text{cost}(h(x), y)=-\log (h(x)) \text{ if } y=0",
            r"\text{cost}(h(x), y)=-\log (1-h(x)) \text{ if } y=1",
        ),
        expect="refuse",
        why="cost is defined by cases on y (two list items, '$y=0$일 때 …' = 'when y=0', the condition written here "
        "as \\text{ if }; and swapped: y=0 gives −log h), the outer "
        "−1/m negates the already negative cost again, and h(x^{(i)}, y^{(i)}) hands h two arguments: no single "
        "cost can be read from it",
    ),
    # ============================================================ notebook and course code
    Cost(
        id="f29-estavillo-es-matlab-fun-costob",
        source=ESTAVILLO + " (J=…; V, Yg, n from the lines above it)",
        text=_ESTA_J,
        intended=_ce_mean_w,
        wrt=("W_j",),
        lets=_ESTA_LETS[:3],
        why="Xa is the data matrix with its ones column (rows are examples), W the weights, Y the 0/1 labels: the "
        "mean cross-entropy of 1./(1+exp(-Xa*W)); the function's own comment calls it the Perceptrón's cost",
    ),
    Cost(
        id="f29-pyohya-ko-logloss-eps-inside-log",
        source=PYOHYA + " (def compute_loss: return …; preds, predict and sigmoid from the lines above)",
        text="-np.mean(y * np.log(preds + 1e-15) + (1 - y) * np.log(1 - preds + 1e-15))",
        intended=_ce_mean_w_eps,
        wrt=("weights_j",),
        lets=(
            "preds = predict(X, weights)",
            "predict(X, weights) = sigmoid(np.dot(X, weights))",
            "sigmoid(z) = 1 / (1 + np.exp(-z))",
        ),
        why="the guard 1e-15 sits inside both logs and is part of the cost: −mean(y log(p + 1e-15) + (1 − y) "
        "log(1 − p + 1e-15)) with p = σ(Xw); X carries the ones column (bias term)",
    ),
    Cost(
        id="f29-qianyue-ex2-costfunctionreg-sign-slip-all-theta",
        source=QIANYUE + " (J = …; m and H from the lines above it)",
        text=_QIANYUE_J,
        intended=_qianyue_literal,
        lets=_QIANYUE_LETS,
        why="real slip, read as written: −(1/m)(Σ y log H − Σ(1−y) log(1−H)) has the second term's sign flipped "
        "(the cross-entropy adds it), and sum(theta.^2) penalises θ(1), the intercept, too; lambda/2/m is "
        "λ/(2m) (left to right); log(H')*y is the row-times-column Σ y_i log H_i",
    ),
    Cost(
        id="f29-yuhaoha-ex2-costfunctionreg-theta-2-to-end",
        source=YUHAOHA + " (J = …; m from the line above it)",
        text=_YUHAOHA_J,
        intended=_ex2_reg_skip_first,
        lets=_YUHAOHA_LETS[:1],
        why="(1/m)Σ(−y log h − (1−y) log(1−h)) with h = sigmoid(Xθ), plus λ/(2m)Σ_{k≥2}θ_k² "
        "(theta(2:size(theta), 1) drops θ(1), the intercept)",
    ),
    Cost(
        id="f29-wangdooo-zh-costreg-learningrate-is-lambda",
        source=WANGDOOO + " (def costReg: return …; first, second, reg from the lines above it)",
        text=_WANG_REG_J,
        intended=_ex2_reg_skip_first,
        lets=_WANG_REG_LETS,
        why="the regularisation constant is named learningRate (as in a widely copied Chinese ex2 notebook): it is "
        "λ, not a step size; theta is an np.matrix row, so X*theta.T is Xθ and theta[:,1:theta.shape[1]] drops "
        "θ_0: (1/m)Σ(−y log h − (1−y) log(1−h)) + λ/(2m)Σ_{k≥1}θ_k²",
    ),
    Cost(
        id="f29-wangdooo-zh-computecost-matrix-star",
        source=WANGDOOO + " (def computeCost: return …; inner from the line above it)",
        text="np.sum(inner) / (2 * len(X))",
        intended=_half_mse_theta,
        lets=("inner = np.power(((X * theta.T) - y), 2)",),
        why="np.matrix arguments: X * theta.T is the product Xθ (theta a row); Σ(Xθ − y)²/(2m)",
    ),
    Cost(
        id="f29-sanjar-octave-in-place-power",
        source=SANJAR + " (item 1: A = …; A.^=2; J = …)",
        text="sum(A)/(2*m)",
        intended=_half_mse_theta,
        lets=("A = (X*theta-y)", "A.^=2"),
        why="Octave's in-place A.^=2 squares A element-wise before the sum: Σ(Xθ − y)²/(2m); m is the number of "
        "examples (the course's notation, not defined in the note); the '# …' comments are dropped",
    ),
    Cost(
        id="f29-sanjar-octave-transpose-product",
        source=SANJAR + " (item 2: J = …)",
        text="(X*theta-y)'*(X*theta-y)/(2*m)",
        intended=_half_mse_theta,
        why="(Xθ − y)ᵀ(Xθ − y)/(2m), the same cost as item 1; m the number of examples",
    ),
    Cost(
        id="f29-reyg-es-octave-sum-by-ones-columns",
        source=REYG + " (costo.m: C = …)",
        text=_REYG_J,
        intended=_sse_w,
        wrt=("w_j",),
        lets=_REYG_LETS,
        why="x holds the examples as columns (features × examples) and w is a row, so w * x is the row of "
        "predictions and (…).^2 * ones(length(x), 1) sums the squared errors (length(x) is the number of examples, "
        "the larger dimension): Σ(w·x_i − T_i)², no 1/m; T are the targets y",
    ),
    Cost(
        id="f29-supriya-plaintext-mse-w-b-unicode",
        source=SUPRIYA + " ('### Loss Function (Mean Squared Error)'; '### Hypothesis Function')",
        text=_SUPRIYA_J,
        intended=_mse_w_b,
        wrt=("w_j", "b"),
        lets=_SUPRIYA_LETS,
        why="plain text in a README: Σ over the m examples, ² a Unicode superscript, · the matrix-vector product",
    ),
    Cost(
        id="f29-tanuki-ja-clipped-logloss-refuse",
        source=TANUKI + " (def cross_entropy_loss; called as cross_entropy_loss(y, predictions) in fit)",
        text="-np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))",
        intended=None,
        wrt=("weights_j",),
        lets=(
            "y_pred = np.clip(y_pred, 1e-15, 1 - 1e-15)",
            "predictions = sigmoid(z)",
            "z = np.dot(X, self.weights) + self.bias",
        ),
        expect="refuse",
        why="np.clip(…, 1e-15, 1 - 1e-15) is min/max, piecewise (a numerical guard, but the function as written "
        "is clipped), and y_pred is reassigned from itself; out of scope",
    ),
    Cost(
        id="f29-yangqoor-poisson-sample-mse-of-exp",
        source=YANGQOOR + " (return loss.mean(axis=None); y_pred and loss from the lines above it)",
        text="loss.mean(axis=None)",
        intended=_mse_exp_w,
        wrt=("w_j",),
        lets=("y_pred = np.exp(np.dot(X, w))", "loss = ((y_pred - y) ** 2.0)"),
        why="titled Poisson regression, but the loss is the mean squared error of the exp-linked mean exp(Xw), "
        "not the Poisson likelihood; axis=None averages over every entry",
    ),
    Cost(
        id="f29-nablabits-poisson-loglik-factorial",
        source=NABLABITS + " (def get_log_likelihood; update_lambda sets self.lbd)",
        text=_NABLA_J,
        intended=_poisson_loglik_beta,
        wrt=("beta_j",),
        lets=_NABLA_LETS,
        why="the Poisson log-likelihood Σ[y_i log λ_i − log(y_i!) − λ_i] with λ = exp(Xβ): log(exp(x_iβ)) is x_iβ, "
        "and log(y!) is a constant of the data (to be maximised; the gradient is of this sum as written)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ mlmpy (Japanese textbook)
    Answer(
        id="f29-mlmpy-ja-grad-w-unindexed-x-typo",
        source=MLMPY_LR + " (eq-lr-gradient, the first line)",
        text=r"\sum_{(\mathbf{x}_i, y) \in \mathcal{D}} (\Pr[y_i{=}1 | \mathbf{x}_i] - y_i) \mathbf{x} + \lambda \, "
        r"\mathbf{w}",
        cost=_MLMPY_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_MLMPY_LETS,
        why="Σ_i (sig(w·x_i + b) − y_i) x_i + λw, the code's np.dot(p - y, X) + self.C * coef; the summand's "
        "\\mathbf{x} and the index (x_i, y) lost their subscript i (typos: x is the example summed over); \\, is a "
        "thin space",
    ),
    Answer(
        id="f29-mlmpy-ja-grad-b-times-one",
        source=MLMPY_LR + " (eq-lr-gradient, the second line)",
        text=r"\sum_{(\mathbf{x}, y) \in \mathcal{D}} (\Pr[y_i{=}1 | \mathbf{x}_i] - y_i) 1 + \lambda \, b",
        cost=_MLMPY_J,
        verdict="equivalent",
        wrt="b",
        lets=_MLMPY_LETS,
        why="the 1 is written out on purpose ('後の実装上の有利になるため'); λb from (λ/2)b²; the sum runs over the "
        "examples of D",
    ),
    Answer(
        id="f29-mlmpy-ja-grad-b-penalty-dropped-variant",
        source=MLMPY_LR + " (eq-lr-gradient's second line without + \\lambda \\, b — a variant)",
        text=r"\sum_{(\mathbf{x}, y) \in \mathcal{D}} (\Pr[y_i{=}1 | \mathbf{x}_i] - y_i) 1",
        cost=_MLMPY_J,
        verdict="different",
        wrt="b",
        lets=_MLMPY_LETS,
        why="variant: this objective penalises b as well ((λ/2)(‖w‖² + b²)), so ∂/∂b has + λb",
    ),
    # ============================================================ cescript (Turkish blog)
    Answer(
        id="f29-cescript-tr-grad-log-instead-of-sigmoid",
        source=CESCRIPT + " ('En küçüklemeye çalıştığımız fonksiyon için gradyan')",
        text=r"\nabla_w E = -\sum_{n=1}^N yx\log\left ({1+e^{-yw^T x}}\right)",
        cost=_CESCRIPT_J,
        verdict="different",
        wrt="w_j",
        why="real slip: d/dw log(1 + e^{−y w·x}) = −y x e^{−y w·x}/(1 + e^{−y w·x}) = −y x θ(−y w·x); the post "
        "kept the log where the sigmoid θ(−y wᵀx) belongs (its own C code uses sigmoid(-label[i] * z_i))",
    ),
    Answer(
        id="f29-cescript-tr-grad-sigmoid-corrected-variant",
        source=CESCRIPT + " (the gradient with \\log(1+e^{…}) replaced by the post's θ(−yw^Tx) — a variant)",
        text=r"\nabla_w E = -\sum_{n=1}^N yx\,\theta(-yw^T x)",
        cost=_CESCRIPT_J,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"\theta(s) = \frac{1}{1+e^{-s}}",),
        why="variant (the correction, as the C code computes it): −Σ y_n x_n θ(−y_n w·x_n); θ is the post's "
        "logistic function, not a parameter",
    ),
    # ============================================================ TheWayToCTR (Chinese notes)
    Answer(
        id="f29-ctr-zh-grad-final-line-superscript-component",
        source=CTR + " ((1.13), the last line, after '&=')",
        text=r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{-w^{T}x_{i}}}-y_{i})x_{i}^{j}]",
        cost=_CTR_J,
        verdict="equivalent",
        wrt="w_j",
        why="x_{i}^{j} is feature j of example i (the notes write components as superscripts: 'x^{j}代表的是样本x第j项的"
        "特征值'), not a power; (1/N)Σ(σ(w·x_i) − y_i)x_ij",
    ),
    Answer(
        id="f29-ctr-zh-grad-middle-line",
        source=CTR + " ((1.13), the fifth line, after '&=')",
        text=r"-\frac{1}{N} \sum^{N}_{i=1}[y_{i}x_{i}^{j}-\frac{1}{1+e^{w^{T}x_{i}}}\cdot e^{w^{T}x_{i}}\cdot "
        r"x_{i}^{j}]",
        cost=_CTR_J,
        verdict="equivalent",
        wrt="w_j",
        why="e^{z}/(1 + e^{z}) = σ(z): −(1/N)Σ(y_i − σ(w·x_i))x_ij; x_{i}^{j} is a component, not a power",
    ),
    Answer(
        id="f29-ctr-zh-grad-exponent-sign-lost-variant",
        source=CTR + " ((1.13)'s last line with e^{-w^{T}x_{i}} written e^{w^{T}x_{i}} — a variant)",
        text=r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{w^{T}x_{i}}}-y_{i})x_{i}^{j}]",
        cost=_CTR_J,
        verdict="different",
        wrt="w_j",
        why="variant: 1/(1 + e^{z}) is 1 − σ(z), not σ(z)",
    ),
    # ============================================================ Spanish MATLAB and notebook
    Answer(
        id="f29-estavillo-es-matlab-dJdW",
        source=ESTAVILLO + " (dJdW=…; E from the line above it)",
        text="(E'*Xa)'/n",
        cost=_ESTA_J,
        verdict="equivalent",
        wrt="W_j",
        lets=_ESTA_LETS,
        why="E' * Xa is the row Σ_i (Yg_i − Y_i) Xa_i; transposed and over n: Xaᵀ(Yg − Y)/n",
    ),
    Answer(
        id="f29-estavillo-es-matlab-dJdW-no-n-variant",
        source=ESTAVILLO + " (dJdW without the /n — a variant)",
        text="(E'*Xa)'",
        cost=_ESTA_J,
        verdict="different",
        wrt="W_j",
        lets=_ESTA_LETS,
        why="variant: J divides by n, so its gradient does too",
    ),
    Answer(
        id="f29-rovelo-es-ascent-gradient-as-cost-gradient",
        source=ROVELO,
        text="X.T @ (Y - p)",
        cost="logistic",
        verdict="different",
        lets=("p = sigmoide(X @ beta)",),
        why="real confusion students copy: X.T @ (Y - p) is the gradient of the log-likelihood Σ[y log p + (1−y) "
        "log(1−p)], which the notebook climbs (beta = beta + eta * grad); as the gradient of the mean "
        "cross-entropy it has the wrong sign and lacks 1/m; beta is θ (X has the ones column in front)",
    ),
    # ============================================================ ex2 student solutions (MATLAB/Octave)
    Answer(
        id="f29-qianyue-ex2-grad-all-theta-vs-l2-every-theta",
        source=QIANYUE + " (grad = … before the line grad(1) = g(1); H from above)",
        text="1/m * X'*(H-y) + lambda/m * theta",
        cost="logistic-l2",
        verdict="equivalent",
        lets=_QIANYUE_LETS,
        why="(1/m)Xᵀ(σ(Xθ) − y) + (λ/m)θ, every component penalised, as the logistic-l2 preset's λ/(2m)Σθ_k² over "
        "every θ_k",
    ),
    Answer(
        id="f29-qianyue-ex2-grad-vs-own-sign-slipped-cost",
        source=QIANYUE + " (grad = …, judged against the file's own J)",
        text="1/m * X'*(H-y) + lambda/m * theta",
        cost=_QIANYUE_J,
        verdict="different",
        lets=_QIANYUE_LETS,
        why="real: the file's J flips the sign of the (1−y) log(1−H) term, so its data gradient is −(1/m)Σ[y_i(1−h_i) "
        "+ (1−y_i)h_i]x_i, not (1/m)Xᵀ(H − y); the gradient is right for the cross-entropy, not for the J written "
        "beside it",
    ),
    Answer(
        id="f29-yuhaoha-ex2-grad-reg-first-zeroed",
        source=YUHAOHA + " (grad = …; reg from the two lines above it)",
        text="1/m* (X'*(sigmoid(X*theta)-y))+ reg",
        cost=_YUHAOHA_J,
        verdict="equivalent",
        lets=_YUHAOHA_LETS,
        why="reg = (λ/m)θ with reg(1) set to 0 ('偏置项不需要正则化'): (1/m)Xᵀ(h − y) + (λ/m)[0; θ_2; …]",
    ),
    Answer(
        id="f29-yuhaoha-ex2-grad-reg-not-zeroed-variant",
        source=YUHAOHA + " (grad with reg(1) =0 left out — a variant)",
        text="1/m* (X'*(sigmoid(X*theta)-y))+ reg",
        cost=_YUHAOHA_J,
        verdict="different",
        lets=_YUHAOHA_LETS[:2],
        why="variant: without reg(1) =0 the intercept's component gets (λ/m)θ_1, but J's penalty starts at θ(2)",
    ),
    # ============================================================ Spanish Octave course code
    Answer(
        id="f29-reyg-es-octave-derivada-row",
        source=REYG + " (derivada.m: DC = …)",
        text="2 * (hipotesis(w, x) - T) * x.'",
        cost=_REYG_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_REYG_LETS,
        why="the row 2(wx − T)xᵀ: component j is 2Σ_i (w·x_i − T_i) x_ij; x.' is the plain transpose",
    ),
    Answer(
        id="f29-reyg-es-octave-derivada-no-2-variant",
        source=REYG + " (derivada.m without the factor 2 — a variant)",
        text="(hipotesis(w, x) - T) * x.'",
        cost=_REYG_J,
        verdict="different",
        wrt="w_j",
        lets=_REYG_LETS,
        why="variant: the square brings the factor 2 (costo.m has no ½)",
    ),
    # ============================================================ Japanese textbook notebook
    Answer(
        id="f29-daku-ja-logistic-step-sum-not-mean",
        source=DAKU,
        text="np.dot(sigmoid(X, parameters) - t, X)",
        cost="logistic",
        verdict="different",
        lets=("sigmoid(X, parameters) = 1 / (1 + np.exp(-np.dot(X, parameters)))",),
        why="the step direction is (σ(Xθ) − t)·X = Xᵀ(σ − t), the gradient of the summed cross-entropy (the "
        "textbook's E(w), not written in the notebook); as the gradient of the mean cost it lacks 1/m; "
        "parameters is θ (X has the ones column), t the labels",
    ),
    # ============================================================ plain-text README (MSE)
    Answer(
        id="f29-supriya-dJdw-factor-2-missing",
        source=SUPRIYA + " ('**Derivative w.r.t. weights**')",
        text="∂J/∂w = (1/m) * Xᵀ · (y_pred - y)",
        cost=_SUPRIYA_J,
        verdict="different",
        wrt="w_j",
        lets=_SUPRIYA_LETS,
        why="real slip: the README's loss is (1/m)Σ(y_pred − y)² with no ½, so ∂J/∂w = (2/m)Xᵀ(y_pred − y)",
    ),
    Answer(
        id="f29-supriya-dJdb-factor-2-missing",
        source=SUPRIYA + " ('**Derivative w.r.t. bias**')",
        text="∂J/∂b = (1/m) * Σ (y_pred - y)",
        cost=_SUPRIYA_J,
        verdict="different",
        wrt="b",
        lets=_SUPRIYA_LETS,
        why="real slip: ∂/∂b (1/m)Σ(y_pred − y)² = (2/m)Σ(y_pred − y)",
    ),
    Answer(
        id="f29-supriya-dJdw-factor-2-restored-variant",
        source=SUPRIYA + " (the weights' derivative with 2/m — a variant)",
        text="∂J/∂w = (2/m) * Xᵀ · (y_pred - y)",
        cost=_SUPRIYA_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_SUPRIYA_LETS,
        why="variant (the correction): (2/m)Xᵀ(Xw + b − y)",
    ),
    # ============================================================ Korean NumPy script
    Answer(
        id="f29-pyohya-ko-gradient-over-len-y",
        source=PYOHYA + " (def train: gradient = …; preds from the line above it)",
        text="np.dot(X.T, preds - y) / len(y)",
        cost="logistic",
        verdict="equivalent",
        lets=("preds = predict(X, weights)", "predict(X, weights) = sigmoid(np.dot(X, weights))"),
        why="Xᵀ(σ(Xθ) − y)/m; weights is θ (X has the ones column); len(y) is m",
    ),
    # ============================================================ Poisson
    Answer(
        id="f29-nablabits-poisson-loglik-gradient",
        source=NABLABITS + " (def get_gradient)",
        text="self.X.T @ (self.y - self.lbd)",
        cost=_NABLA_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_NABLA_LETS,
        why="∂/∂β Σ[y_i x_iβ − e^{x_iβ}] = Xᵀ(y − λ); log(y!) has no β",
    ),
    Answer(
        id="f29-nablabits-poisson-nll-sign-variant",
        source=NABLABITS + " (get_gradient with y and λ swapped — a variant)",
        text="self.X.T @ (self.lbd - self.y)",
        cost=_NABLA_J,
        verdict="different",
        wrt="beta_j",
        lets=_NABLA_LETS,
        why="variant: Xᵀ(λ − y) is the gradient of the negative log-likelihood, minus the gradient of this "
        "log-likelihood",
    ),
    Answer(
        id="f29-cv618637-poisson-loglik-derivative-vs-nll",
        source=CV_618637,
        text="np.dot(y - np.exp(np.dot(X, self.weights)), X)",
        cost="poisson",
        verdict="different",
        why="the asker's 'logLikelihoodDerivative' (used for gradient ascent): (y − e^{Xθ})·X is the gradient of "
        "the Poisson log-likelihood, the negative of the negative log-likelihood's gradient (and without 1/m); "
        "self.weights is θ",
    ),
    # ============================================================ Vietnamese README
    Answer(
        id="f29-lhhmmiii-vi-dJdb-sum-limits",
        source=LHHMMIII + " ('## 3. Gradient Descent', the dJ/db line)",
        text=r"\frac{\partial J(w,b)}{\partial b}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})",
        cost=_LHH_J,
        verdict="equivalent",
        wrt="b",
        lets=_LHH_LETS,
        why="(1/m)Σ_i (w·x^{(i)} + b − y^{(i)}) over the m examples (i = 0 … m−1), the derivative of the 1/(2m) "
        "cost",
    ),
    Answer(
        id="f29-lhhmmiii-vi-dJdb-half-kept-variant",
        source=LHHMMIII + " (the dJ/db line with the cost's 1/(2m) kept — a variant)",
        text=r"\frac{\partial J(w,b)}{\partial b}  = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})",
        cost=_LHH_J,
        verdict="different",
        wrt="b",
        lets=_LHH_LETS,
        why="variant: differentiating the square brings a 2 that cancels the ½, leaving 1/m",
    ),
]
