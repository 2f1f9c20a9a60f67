r"""A fresh held-out wave (f31): what students and practitioners hand in — homework notebooks, lab code, Q&A.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* homework and course notebooks in languages used little so far: a Ukrainian ML course (YelizavetaP/ml_tasks) whose
  lecture derives the logistic gradient step by step (``-\frac{1}{m} \sum … \left[ y^{(i)} (1 - h_\theta(x^{(i)}))
  x_j^{(i)} + (1 - y^{(i)}) (-h_\theta(x^{(i)})) x_j^{(i)} \right]``); Indonesian Bangkit notes on the DeepLearning.AI
  specialisation (S4njuuu3291/bangkitmaterial) with ``h_{\theta}(x) = \frac{1}{1 + e^{-z}}`` and ``z`` defined
  separately, a univariate cost written with bare superscripts ``f(x^i) = w \cdot x^i + b`` and the notebook's NumPy
  pseudocode; a French TP (aya844/R-gression-Logistique-From-scratch) whose log-likelihood uses ``p_i`` while the
  model defines ``p(x_i)``, climbed with its own gradient; French club workshops (CentraleTechClub/Data-AI) with an
  MSE of ``wx^{(i)} + b`` and the DLAI cat-classifier lab whose examples are the *columns* of X; a Russian Stepik-style
  course (TaliyIvanov/AlgorithmsML) whose second logistic class has a real sign bug in its log-loss (``y *
  np.log(…) - (1 - y) * np.log(…)``) under a gradient of the correct loss, an MSE in LaTeX with ``y_{pred} = X \cdot
  W``, and a Lasso log-loss (refused: |w_j|);
* Coursera ex1/ex2/ex5-style code in Octave, R and Julia: a MATLAB Answers question whose cost squares the *sum* of
  the residuals (``(sum(h-y).^2)``), a blog whose comment writes the update as ``summ(h(theta)x(i) - y(i)).Xj(i))``
  (unbalanced: refused), an R student cost that forgets the log on ``(1 - g)``, a Julia cost with ``(!y)`` for
  ``1 - y`` and ``e.^-z``, an R port with ``t(X) %*% p1``, Octave with ``z1 = e .^(-z)``, a regularised Octave cost
  that zeroes ``tempTheta(1)`` (and ignores its ``regP``), and a NumPy ridge gradient whose penalty covers every θ;
* real mismatches between a loss and the gradient beside it: an internship repository
  (AlexandreChaussard/Stage-Microbiote) whose ``binary_cross_entropy`` lost its minus while its derivative
  ``X.T @ (y_hat… - y…)`` lost its 1/m, and the Ukrainian homework's univariate descent, which records
  ``np.sqrt(np.sum(err**2))`` but steps along ``(2/n) * np.dot(err, X[:,0])`` (slope called ``m``, count ``n``).

One-feature models keep the source's letters: a scalar slope ``w`` is the judge's ``w[0]`` with the feature ``x``;
β₀, β₁ of a one-feature model are ``theta0``, ``theta1``; ``W_j``/``weights_j`` are the weight vector ``w`` (judge.py's
_Data). Code assignments in ``lets`` are written ``NAME = EXPR`` (the right-hand side verbatim; R's ``<-`` written
``=``), and Python's tuple assignments (``m, _ = X.shape``) are kept as written; a function definition used as a
let is written ``f(args) = body``. About half the answers are wrong or
refused; the real mistakes come first, the rest are one-slip variants of a real answer, marked "variant" in ``why``.
Verdicts were worked out by hand and checked against finite differences of the intended costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
UK = "github:YelizavetaP/ml_tasks"
UK_LECT = (
    UK + ":lectures/2_supervised_learning/2_2_logistic_regression/2_6_Математичне_формулювання_логістичної_регресії"
    ".ipynb (Ukrainian lecture notebook, commit d99ed46d3ac694d9fdf61cae1201029bdb56197e, '### Функція втрат для "
    "логістичної регресії' and '#### Виведення похідних'"
)
ID = "github:S4njuuu3291/bangkitmaterial"
ID_LOG = (
    ID + ":03-MACHINE-LEARNING-SPESIALIZATION/WEEK3/5-gradient-descent-logistic-regression.ipynb (Indonesian notes, "
    "commit 4fb4cc96bca010b88454e42db2768b723e51de9e, 'Gradient Descent untuk Logistic Regression'"
)
ID_UNI = (
    ID + ":03-MACHINE-LEARNING-SPESIALIZATION/WEEK1/5-cost-function-formula.ipynb (Indonesian notes, commit "
    "6ee262ba4edf6c6aef7d9473a6c3f370abf18c0c, the squared error cost J(w, b)"
)
FR_TP = (
    "github:aya844/R-gression-Logistique-From-scratch:Méthode_du_gradient.ipynb (French TP 'Régression Logistique "
    "(from scratch) — Méthode de la Descente de Gradient', commit e0e0567d463bcc0b544416fa250ccdd697b12b4a, "
    "'## Modèle statistique et log-vraisemblance' and '### Gradient de la log-vraisemblance'"
)
FR_LIN = (
    "github:CentraleTechClub/Data-AI:Workshop_3/linear_regression_simple/Regression_Lineaire corrigé.ipynb (French "
    "workshop notebook, commit 8e1af7dfe9822fdd203c6c90d1a5be4bda10eb73, the closing derivation '### Gradient par "
    "rapport à w :' / '### Gradient par rapport à b :'"
)
FR_CAT = (
    "github:CentraleTechClub/Data-AI:Workshop_4/cat_detector/Logistic_Regression_Corrigé.ipynb (French translation "
    "of the DLAI cat-classifier lab, commit 8e1af7dfe9822fdd203c6c90d1a5be4bda10eb73, def propagate"
)
RU = "github:TaliyIvanov/AlgorithmsML"
RU_LIN = (
    RU + ":01_LinearRegression.ipynb (Russian course notebook MyLineReg, commit "
    "b229ca620a88e23ca4b89e52f5185157ca5098cc"
)
RU_LOG = (
    RU + ":02_LogisticRegression.ipynb (Russian course notebook MyLogReg, commit "
    "b229ca620a88e23ca4b89e52f5185157ca5098cc"
)
MATHWORKS = (
    "https://in.mathworks.com/matlabcentral/answers/504314-i-got-the-wrong-answer-even-my-code-is-right-please-help "
    "(question, '--------------Calculating function J---------------------------------', function J = "
    "computeCost(X, y, theta))"
)
ABHISHEK = (
    "https://abhishek-choudhary.blogspot.com/2014/05/gradient-descent-with-multiple-feature.html ('Gradient Descent "
    "with Multiple Feature Algorithm', function gradientDescentMulti"
)
TSCHEYS = (
    "github:tscheys/ImplementLinearRegression:implementLogisticRegresison.R (a student's R logistic regression, commit "
    "a5a5dcba5ffb336350d268e8e8cd03126c28a284, getCost"
)
JULIA = (
    "github:rdanitz/ml:ex2/costFunction.jl (ex2 ported to Julia, commit dfb75ff5dd730380909f599b734af786b7f3af06"
)
R_YCNG = (
    "github:yc-ng/machine-learning-course:Starter/mlclass-ex2/costFunction.R (ex2 ported to R, commit "
    "2c9643849e07040394e08f0f2b50150384f073dd; sigmoid from Starter/mlclass-ex2/sigmoid.R"
)
VIKSSAI = (
    "github:vikssai/AndrewNG_ml-content:machine-learning-ex2/ex2/costFunction.m (a student's ex2, commit "
    "cd844f0bead57e7fa2f4fddb40ad2d798bb83eba"
)
PIYUSH = (
    "github:piyush-singh0/SEIR-COVI-19-:costFunction.m (a student's regularised linear cost, commit "
    "3535d70793384d09d9b14297e16e0cf37ebf81b0, function[J , grad] = costFunction(theta,X, y,regP)"
)
UK_HW = (
    UK + ":hometasks/2_supervised_learning/2_1_linear_regression/HW_2_5_Побудова_лінійної_регресії_за_одною_ознакою"
    ".ipynb (a student's Ukrainian homework, commit d99ed46d3ac694d9fdf61cae1201029bdb56197e, def "
    "full_batch_gradient_descent"
)
CHAUSSARD = (
    "github:AlexandreChaussard/Stage-Microbiote:Expectation-Maximization/src/utils/functions.py (an internship "
    "repository's logistic helpers, commit 02e38f27ef5dd899ca8f7e6a10df2d3eb8649e4f; y_hat from predict_proba in "
    "model/predictive_models.py"
)
PAULB = (
    "github:paulbelches/Gradient-decent:gradientDecent/linreg/linear_cost_derivate.py (a student's ridge gradient, "
    "commit f67695912bff4d62df47bdfd4b0b8e20af70c34c"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ce_mean_theta(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.theta), d.y)))


def _ce_mean_w_b(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.w + d.b), d.y)))


def _half_mse_slope_w_b(d):
    return float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)) / (2 * d.m)


def _mse_slope_w_b(d):
    return float(np.mean((d.w[0] * d.x + d.b - d.y) ** 2))


def _loglik_beta0_beta1(d):
    return float(np.sum(_ce_terms(sig(d.theta0 + d.theta1 * d.x), d.y)))


def _square_of_sum_theta(d):
    return float(np.sum(d.X @ d.theta - d.y)) ** 2 / (2 * d.m)


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _mse_w(d):
    return float(np.mean((d.X @ d.w - d.y) ** 2))


def _r_no_log_on_second_term(d):
    g = sig(d.X @ d.theta)
    return float(np.log(g) @ -d.y - (1 - g) @ (1 - d.y))


def _piyush_lambda_one_skip_first(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + float(np.sum(d.theta[1:] ** 2)) / (2 * d.m)


def _taliy_minus_sign_logloss(d):
    p = sig(d.X @ d.w)
    eps = 1e-15
    return -float(np.mean(d.y * np.log(p + eps) - (1 - d.y) * np.log(1 - p + eps)))


def _taliy_logloss_eps(d):
    p = sig(d.X @ d.w)
    eps = 1e-15
    return -float(np.mean(d.y * np.log(p + eps) + (1 - d.y) * np.log(1 - p + eps)))


# ------------------------------------------------------------------ shared texts
_UK_H = r"h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}"
_UK_L = (
    r"L(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(h_\theta(x^{(i)})) + (1 - y^{(i)}) \log(1 - "
    r"h_\theta(x^{(i)})) \right]"
)
_ID_J = (
    r"J(\theta) = - \frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(h_{\theta}(x^{(i)})) + (1 - y^{(i)}) \log(1 - "
    r"h_{\theta}(x^{(i)})) \right]"
)
_ID_LETS = (r"h_{\theta}(x) = \frac{1}{1 + e^{-z}}", r"z = \theta^T x")
_ID_CODE_J = "(-1/m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))"
_ID_CODE_LETS = ("m = len(y)", "h = sigmoid(np.dot(X, theta))", "sigmoid(z) = 1 / (1 + np.exp(-z))")
_FR_LL = "\\ell(\\beta_0,\\beta_1)\n= \\sum_{i=1}^n \\left[\ny_i \\log(p_i) + (1-y_i)\\log(1 - p_i)\n\\right]."
_FR_P = r"p(x_i) = \frac{1}{1 + e^{-(\beta_0 + \beta_1 x_i)}}"
_FR_MSE = r"\frac{1}{m} \sum_{i=1}^{m} (wx^{(i)} + b - y^{(i)})^2"
_FR_CAT_J = "(-1/m)*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))"
_FR_CAT_LETS = ("m = X.shape[1]", "A = sigmoid(np.dot(w.T,X) + b)", "sigmoid(z) = 1/(1+np.exp(-z))")
_FR_CAT_LAYOUT = (
    "the lab stores the examples as the columns of X (X is n × m, m = X.shape[1], w.T·X is the row of w·x_i)"
)
_RU_BUGGY_J = "-np.mean(y * np.log(y_pred + EPS) - (1 - y) * np.log(1 - y_pred + EPS))"
_RU_LOG_LETS = (
    "EPS = 1e-15",
    "z = X @ self.weights",
    "y_pred = self.sigmoid(z).flatten()",
    "sigmoid(z) = 1 / (1 + np.exp(-z))",
)
_RU_GOOD_J = "-np.mean(y*np.log(y_pred + 1e-15) + (1-y) * np.log(1 - y_pred + 1e-15))"
_RU_GOOD_LETS = ("y_pred = 1 / (1 + np.exp(-X.dot(self.weights)))",)
_RU_MSE_TEX = r"\text{MSE} = \frac{1}{m} \sum_{i=1}^m (y_{pred_i} - y_i)^2"
_RU_MSE_TEX_LETS = (r"y_{pred} = X \cdot W",)
_RU_MSE_CODE = "np.mean((y_pred - y) ** 2)"
_RU_MSE_CODE_LETS = ("y_pred = X.dot(self.weights)",)
_JULIA_J = "sum(-(y).*log(h(θ, X))' - (!y).*log(1-h(θ, X))')/length(y)"
_JULIA_LETS = ("sigmoid(z) = 1./(1+e.^-z)", "h(θ, X) = sigmoid(θ'*X')")
_R_J = "(-y0 - y1) / m"
_R_LETS = (
    "m = length(y)",
    "h = sigmoid(X %*% theta)",
    "y0 = t(y) %*% log(h)",
    "y1 = t(1-y) %*% log(1-h)",
    "sigmoid(z) = 1 / (1 + exp(-z))",
)
_R_GRAD_LETS = ("m = length(y)", "p1 = sigmoid(X %*% theta) - y", "sigmoid(z) = 1 / (1 + exp(-z))")
_VIK_J = "(1/m)*(-f1-f2)"
_VIK_LETS = (
    "m = length(y)",
    "z = X * theta",
    "z1 = e .^(-z)",
    "g = (1 ./ (1 + z1))",
    "f1 = (y' * log(g))",
    "f2 = (((1-y)') * log(1-g))",
)
_PIYUSH_J = "(1/(2*m))*sum(h.^2) + (1/(2*m))*sum(tempTheta.^2)"
_PIYUSH_LETS = ("m = length(y)", "h = X*theta - y", "tempTheta = theta", "tempTheta(1) = 0")
_PAULB_LETS = ("h = np.matmul(X, theta)", "m, _ = X.shape")

COSTS: list[Cost] = [
    # ============================================================ Ukrainian lecture
    Cost(
        id="f31-uk-lecture-logloss-L-theta",
        source=UK_LECT + ", the loss L(θ) and the hypothesis h_θ(x) under it)",
        text=_UK_L,
        intended=_ce_mean_theta,
        lets=(_UK_H,),
        why="the mean cross-entropy of σ(θᵀx); the loss is called L, not J",
    ),
    # ============================================================ Indonesian notes
    Cost(
        id="f31-id-logistic-h-of-z-z-separate",
        source=ID_LOG + ", '### 2. Fungsi Biaya (Cost Function) untuk Logistic Regression'; h and z from '### 1.')",
        text=_ID_J,
        intended=_ce_mean_theta,
        lets=_ID_LETS,
        why="h_θ(x) = 1/(1 + e^{−z}) with z = θᵀx given in its own display: the mean cross-entropy of σ(θᵀx)",
    ),
    Cost(
        id="f31-id-univariate-f-of-x-bare-superscript",
        source=ID_UNI + " 'Kita dapat menulis ulang fungsi biaya J(w, b) sebagai'; f(x^i) from 'Untuk pilihan model "
        "kita, f(x^i) adalah')",
        text=r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left( f(x^i) - y^i \right)^2",
        intended=_half_mse_slope_w_b,
        wrt=("w", "b"),
        lets=(r"f(x^i) = w \cdot x^i + b",),
        why="x^i and y^i are the i-th example (the notes: 'contoh pelatihan … didefinisikan oleh x^i, y^i'), not "
        "powers; w is the scalar slope of a one-feature line: (1/2m)Σ(w x_i + b − y_i)²",
    ),
    Cost(
        id="f31-id-pseudocode-cost-function",
        source=ID_LOG + ", '### 4. Contoh Pseudocode', def cost_function: its return; m, h and sigmoid from the lines "
        "above)",
        text=_ID_CODE_J,
        intended=_ce_mean_theta,
        lets=_ID_CODE_LETS,
        why="np.sum over the m examples of the cross-entropy terms, times −1/m: the mean cross-entropy of σ(Xθ)",
    ),
    # ============================================================ French TP and workshops
    Cost(
        id="f31-fr-loglik-p-i-of-p-x-i",
        source=FR_TP + ", the log-vraisemblance; p from 'Nous considérons le modèle logistique')",
        text=_FR_LL,
        intended=_loglik_beta0_beta1,
        wrt=("beta_0", "beta_1"),
        lets=(_FR_P,),
        why="the model defines p(x_i) and the sum writes p_i for it; a log-likelihood (maximised, no minus sign): "
        "Σ[y_i log σ(β₀ + β₁x_i) + (1 − y_i) log(1 − σ(β₀ + β₁x_i))]; the let keeps the last member of "
        "'p(x_i) = \\sigma(…) = \\frac{1}{…}.' without its period; the display ends with a period",
    ),
    Cost(
        id="f31-fr-workshop-mse-wx-plus-b",
        source=FR_LIN + ", the bracket of ∂L/∂w = ∂/∂w [ … ])",
        text=_FR_MSE,
        intended=_mse_slope_w_b,
        wrt=("w", "b"),
        why="wx^{(i)} is w times the i-th input (the notebook's y_pred = w * X + b, one feature): the mean squared "
        "error of a line, 1/m without a ½",
    ),
    Cost(
        id="f31-fr-cat-lab-cost-columns",
        source=FR_CAT + ": cost = …; A, m and sigmoid from the same notebook)",
        text=_FR_CAT_J,
        intended=_ce_mean_w_b,
        wrt=("w_j", "b"),
        lets=_FR_CAT_LETS,
        why=_FR_CAT_LAYOUT + "; −(1/m)Σ[y log σ(w·x_i + b) + (1 − y) log(1 − σ(w·x_i + b))]",
    ),
    # ============================================================ MATLAB Answers, a blog, student code
    Cost(
        id="f31-mathworks-square-of-the-sum",
        source=MATHWORKS,
        text="J = (1/(2*m))*(sum(h-y).^2);",
        intended=_square_of_sum_theta,
        lets=("m = length(y)", "h = X * theta"),
        why="real slip (the asker's 'Cost computed = 1653.63' against the expected 32.07): the square is outside "
        "sum( ), so this is (Σ(Xθ − y))²/(2m), the square of the summed residual, not the half mean square",
    ),
    Cost(
        id="f31-abhishek-octave-j-history-sum-square",
        source=ABHISHEK + ", J_history(iter) = …; square from the line above)",
        text="(1/(2*m))*sum(square)",
        intended=_half_mse_theta,
        lets=("square = (X * theta - y).^2", "m = length(y)"),
        why="the half mean squared error of Xθ, through an element-wise .^2",
    ),
    Cost(
        id="f31-tscheys-r-no-log-on-one-minus-g",
        source=TSCHEYS + ": return(…); g and sigmoid from the file)",
        text="log(g) %*% -y - (1 - g) %*% (1-y)",
        intended=_r_no_log_on_second_term,
        lets=("g = sigmoid(theta,X)", "sigmoid(theta, X) = 1/(1+exp(-t(theta) %*% X))"),
        why="real slip: the second term has lost its log, (1 − g)·(1 − y) instead of log(1 − g)·(1 − y); read as "
        "written, −Σ y_i log g_i − Σ(1 − g_i)(1 − y_i) with g_i = σ(θ·x_i) (getCost first does X = t(X), so the "
        "examples are columns and t(theta) %*% X is the row of θ·x_i); there is no 1/m",
    ),
    Cost(
        id="f31-julia-bang-y-for-one-minus-y",
        source=JULIA + ", function cost: the body of (θ) -> …)",
        text=_JULIA_J,
        intended=_ce_mean_theta,
        lets=_JULIA_LETS,
        why="y is a Bool vector in the exercise, so !y is 1 − y; h(θ, X) = σ(θᵀXᵀ) is the row of σ(θ·x_i), "
        "transposed back by ': the mean cross-entropy of σ(Xθ)",
    ),
    Cost(
        id="f31-r-port-y0-y1",
        source=R_YCNG + ", costFunction: J <- …; h, y0, y1, m from the lines above)",
        text=_R_J,
        intended=_ce_mean_theta,
        lets=_R_LETS,
        why="y0 = yᵀlog h and y1 = (1 − y)ᵀlog(1 − h) are 1×1; (−y0 − y1)/m is the mean cross-entropy of σ(Xθ)",
    ),
    Cost(
        id="f31-vikssai-octave-e-power",
        source=VIKSSAI + ", J = …; z, z1, g, f1, f2 from the lines above)",
        text=_VIK_J,
        intended=_ce_mean_theta,
        lets=_VIK_LETS,
        why="e is Octave's constant e, so g = 1 ./ (1 + e.^(−Xθ)) = σ(Xθ); (1/m)(−yᵀlog g − (1 − y)ᵀlog(1 − g))",
    ),
    Cost(
        id="f31-piyush-regp-unused-temptheta",
        source=PIYUSH + ", J = …)",
        text=_PIYUSH_J,
        intended=_piyush_lambda_one_skip_first,
        lets=_PIYUSH_LETS,
        why="h is the residual Xθ − y here; tempTheta is θ with its first entry zeroed, and the regularisation "
        "parameter regP is never used (the penalty weight is 1): Σr²/(2m) + Σ_{k≥2}θ_k²/(2m)",
    ),
    # ============================================================ Russian course notebooks
    Cost(
        id="f31-ru-logloss-minus-sign-bug",
        source=RU_LOG + ", the MyLogReg class with TableMetrics (before '### Шаг №5 - Регуляризация'), def fit: "
        "logloss = …; z, y_pred, EPS and sigmoid from the same class)",
        text=_RU_BUGGY_J,
        intended=_taliy_minus_sign_logloss,
        wrt=("weights_j",),
        lets=_RU_LOG_LETS,
        why="real slip: the two terms are subtracted, −mean(y log(p + ε) − (1 − y) log(1 − p + ε)) with p = σ(Xw), "
        "ε = 1e-15; read as written (fit hstacks a column of ones onto X first; sigmoid clips z to ±250 before "
        "the formula, dropped from the let)",
    ),
    Cost(
        id="f31-ru-mse-latex-y-pred-i",
        source=RU_LIN + ", '##### 3.2. **Вычисление функции потерь (MSE)**'; y_pred from 'используя формулу')",
        text=_RU_MSE_TEX,
        intended=_mse_w,
        wrt=("W_j",),
        lets=_RU_MSE_TEX_LETS,
        why="y_{pred_i} is the i-th entry of y_pred = X·W: the mean squared error of XW (1/m, no ½)",
    ),
    Cost(
        id="f31-ru-lasso-logloss-refused",
        source=RU_LOG + ", 'L1 регуляризация (или Lasso регрессия)')",
        text=r"LassoLogLoss = -\frac{1}{n} \sum_{i=1}^{n} \left( y_i \log(\hat{y}_i) + (1 - y_i) \log(1 - "
        r"\hat{y}_i) \right) + \lambda_1 \sum_{j=1}^{m} |w_j|",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="an L1 penalty |w_j| (not differentiable at 0; out of scope), with ŷ left undefined in the display",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Russian course notebooks (real bug first)
    Answer(
        id="f31-ru-grad-of-correct-loss-under-buggy-loss",
        source=RU_LOG + ", the MyLogReg class with TableMetrics (before '### Шаг №5 - Регуляризация'), def fit: grad = "
        "…)",
        text="((y_pred - y) @ X) / n_samples",
        cost=_RU_BUGGY_J,
        verdict="different",
        wrt="weights_j",
        lets=_RU_LOG_LETS + ("n_samples, n_features = X.shape",),
        why="real: (1/m)Σ(σ(w·x_i) − y_i)x_i is the gradient of the correct log-loss, but the loss computed beside "
        "it subtracts its two terms; the gradient of that loss is −(1/m)Σ[y_i(1 − p_i) + (1 − y_i)p_i]x_i (ε "
        "aside), not (1/m)Σ(p_i − y_i)x_i",
    ),
    Answer(
        id="f31-ru-grad-of-correct-loss",
        source=RU_LOG + ", the first MyLogReg class (before '### Шаг №3 - Prediction'), def fit: gradient = …; "
        "log_loss and y_pred from the same loop)",
        text="np.dot(X.T, (y_pred-y)) / y.size",
        cost=_RU_GOOD_J,
        verdict="equivalent",
        wrt="weights_j",
        lets=_RU_GOOD_LETS,
        why="y.size is m: Xᵀ(σ(Xw) − y)/m, the gradient of the mean cross-entropy (the 1e-15 inside the logs moves "
        "it by ~1e-15 only)",
    ),
    Answer(
        id="f31-ru-mse-latex-gradient",
        source=RU_LIN + ", '##### 3.3. **Вычисление градиента**', the display after the code)",
        text=r"\frac{2}{m} X^T \cdot (y_{pred} - y)",
        cost=_RU_MSE_TEX,
        verdict="equivalent",
        wrt="W_j",
        lets=_RU_MSE_TEX_LETS,
        why="(2/m)Xᵀ(XW − y), the gradient of the mean squared error; the display is headed 'Градиент ='",
    ),
    Answer(
        id="f31-ru-mse-code-gradient",
        source=RU_LIN + ", def compute_gradient: gradient = …; loss and y_pred from fit)",
        text="(2 / X.shape[0]) * X.T.dot(y_pred - y)",
        cost=_RU_MSE_CODE,
        verdict="equivalent",
        wrt="weights_j",
        lets=_RU_MSE_CODE_LETS,
        why="X.shape[0] is m: (2/m)Xᵀ(Xw − y) for the np.mean of squared residuals",
    ),
    Answer(
        id="f31-ru-mse-code-gradient-one-over-m-variant",
        source=RU_LIN + ", compute_gradient with 2 / X.shape[0] written 1 / X.shape[0] — a variant)",
        text="(1 / X.shape[0]) * X.T.dot(y_pred - y)",
        cost=_RU_MSE_CODE,
        verdict="different",
        wrt="weights_j",
        lets=_RU_MSE_CODE_LETS,
        why="variant: the loss has no ½, so the square's 2 stays: half the true gradient",
    ),
    # ============================================================ real mismatches in student code
    Answer(
        id="f31-chaussard-bce-derivative-vs-printed-loss",
        source=CHAUSSARD + ": derivative_binary_cross_entropy, judged against binary_cross_entropy, the loss the "
        "training loop prints)",
        text="X.T @ (y_hat.reshape(-1, 1) - y.reshape(-1, 1))",
        cost="np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))",
        verdict="different",
        wrt="W_j",
        lets=("sigmoid(x) = 1 / (1 + np.exp(-x))", "y_hat = sigmoid(self.W.squeeze().dot(x))"),
        why="real, twice: this version's binary_cross_entropy has lost its minus (it is the mean log-likelihood) "
        "and its derivative has no 1/m; Σ(ŷ_i − y_i)x_i is −m times the gradient of the printed quantity "
        "(y_hat_i = σ(W·x_i), predict_proba's loop line)",
    ),
    Answer(
        id="f31-uk-hw-slope-step-vs-tracked-error",
        source=UK_HW + ": the step of m, judged against the error the loop records, errors.append(…))",
        text="(2/n) * np.dot(err, X[:,0])",
        cost="np.sqrt(np.sum(err**2))",
        verdict="different",
        wrt="m",
        lets=("n = len(y)", "y_pred = m * X[:,0] + b", "err = y_pred - y"),
        why="real: m is the slope and n the count here; the loop records √Σerr² as its error but steps along "
        "(2/n)Σerr_i x_i, the gradient of the mean squared error; the recorded error's gradient is "
        "Σerr_i x_i/√Σerr²",
    ),
    Answer(
        id="f31-uk-hw-intercept-step-vs-tracked-error",
        source=UK_HW + ": the step of b, judged against the recorded error)",
        text="(2/n) * np.sum(err)",
        cost="np.sqrt(np.sum(err**2))",
        verdict="different",
        wrt="b",
        lets=("n = len(y)", "y_pred = m * X[:,0] + b", "err = y_pred - y"),
        why="real: (2/n)Σerr_i is the MSE's ∂/∂b; the recorded √Σerr² has Σerr_i/√Σerr²",
    ),
    # ============================================================ student Octave / R / Julia code
    Answer(
        id="f31-piyush-grad-vs-own-cost",
        source=PIYUSH + ", grad = …)",
        text="(1/m)*(X'*h) + (1/m)*tempTheta",
        cost=_PIYUSH_J,
        verdict="equivalent",
        lets=_PIYUSH_LETS,
        why="against the function's own J (weight 1, first component unpenalised): Xᵀ(Xθ − y)/m + (0, θ₂, …)/m",
    ),
    Answer(
        id="f31-abhishek-comment-summ-unbalanced-refused",
        source=ABHISHEK + ", the comment '%theta(j) := theta(j) - alpha * 1/m * summ(…' — its part after alpha *)",
        text="1/m * summ(h(theta)x(i) - y(i)).Xj(i))",
        cost="(1/(2*m))*sum(square)",
        verdict="refuse",
        lets=("square = (X * theta - y).^2", "m = length(y)"),
        why="unbalanced parentheses (one '(' after summ, two ')'), 'summ' and '.Xj(i)' are pseudo-notation: no "
        "single reading",
    ),
    Answer(
        id="f31-julia-gradient-row",
        source=JULIA + ", function gradient!: the value copied into dθ)",
        text="((h(θ, X) - y') * X) ./ size(X,1)",
        cost=_JULIA_J,
        verdict="equivalent",
        lets=_JULIA_LETS,
        why="h(θ, X) − y' is the row of σ(θ·x_i) − y_i; times X gives Σ_i(σ(θ·x_i) − y_i)x_iᵀ; ./ size(X,1) "
        "divides by m: the gradient of the mean cross-entropy, as a row",
    ),
    Answer(
        id="f31-julia-gradient-no-size-variant",
        source=JULIA + ", gradient! without ./ size(X,1) — a variant)",
        text="((h(θ, X) - y') * X)",
        cost=_JULIA_J,
        verdict="different",
        lets=_JULIA_LETS,
        why="variant: the cost divides by length(y), so the gradient keeps 1/m",
    ),
    Answer(
        id="f31-r-port-grad-t-x-p1",
        source=R_YCNG + ", grad: grad <- …; p1 from the line above)",
        text="(t(X) %*% p1) / m",
        cost=_R_J,
        verdict="equivalent",
        lets=_R_LETS + ("p1 = sigmoid(X %*% theta) - y",),
        why="Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f31-r-port-grad-p1-flipped-variant",
        source=R_YCNG + ", grad with p1 written y - sigmoid(X %*% theta) — a variant)",
        text="(t(X) %*% p1) / m",
        cost=_R_J,
        verdict="different",
        lets=_R_LETS + ("p1 = y - sigmoid(X %*% theta)",),
        why="variant: the residual is flipped, Xᵀ(y − σ(Xθ))/m is minus the gradient",
    ),
    Answer(
        id="f31-vikssai-grad",
        source=VIKSSAI + ", grad = …)",
        text="((1/m)*((X'*(g-y))))",
        cost=_VIK_J,
        verdict="equivalent",
        lets=_VIK_LETS,
        why="g = σ(Xθ) through e .^(−z): Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f31-vikssai-grad-half-variant",
        source=VIKSSAI + ", grad with 1/m written 1/(2*m) — a variant)",
        text="((1/(2*m))*((X'*(g-y))))",
        cost=_VIK_J,
        verdict="different",
        lets=_VIK_LETS,
        why="variant: the cross-entropy has no square to cancel a ½; half the gradient",
    ),
    Answer(
        id="f31-paulbelches-ridge-grad-every-theta",
        source=PAULB + ", def linear_cost_derivate: its return; h and m from the lines above)",
        text="(np.matmul((h - y).T, X).T + (lambd * theta)) / m",
        cost="linear-l2",
        verdict="equivalent",
        lets=_PAULB_LETS,
        why="lambd is λ; (Xᵀ(Xθ − y) + λθ)/m, the gradient of (1/2m)[Σ(Xθ − y)² + λΣθ_k²] over every θ_k (the "
        "repository's linear_cost.py penalises the whole theta too)",
    ),
    Answer(
        id="f31-paulbelches-noreg-grad-under-ridge-variant",
        source=PAULB + ", def linear_cost_derivateNoReg: its return, judged against the regularised cost — a "
        "variant)",
        text="np.matmul((h - y).T, X).T / m",
        cost="linear-l2",
        verdict="different",
        lets=_PAULB_LETS,
        why="variant: the unregularised gradient lacks λθ_k/m",
    ),
    # ============================================================ Ukrainian lecture steps
    Answer(
        id="f31-uk-lecture-step5-combined",
        source=UK_LECT + ", '5. **Об'єднання похідних**', the first display)",
        text=r"\frac{\partial L(\theta)}{\partial \theta_j} = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} (1 - "
        r"h_\theta(x^{(i)})) x_j^{(i)} + (1 - y^{(i)}) (-h_\theta(x^{(i)})) x_j^{(i)} \right]",
        cost=_UK_L,
        verdict="equivalent",
        lets=(_UK_H,),
        why="−(1/m)Σ[y(1 − h) − (1 − y)h]x_j = (1/m)Σ(h − y)x_j",
    ),
    Answer(
        id="f31-uk-lecture-step5-expanded",
        source=UK_LECT + ", '5.', the third display (the products multiplied out), after its leading '=')",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} x_j^{(i)} - y^{(i)} h_\theta(x^{(i)}) x_j^{(i)} - "
        r"h_\theta(x^{(i)}) x_j^{(i)} + y^{(i)} h_\theta(x^{(i)}) x_j^{(i)} \right]",
        cost=_UK_L,
        verdict="equivalent",
        lets=(_UK_H,),
        why="the ±y h x_j terms cancel: −(1/m)Σ(y − h)x_j",
    ),
    Answer(
        id="f31-uk-lecture-step5-expanded-sign-variant",
        source=UK_LECT + ", '5.', the fourth display with its leading minus dropped — a variant)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} x_j^{(i)} - h_\theta(x^{(i)}) x_j^{(i)} \right]",
        cost=_UK_L,
        verdict="different",
        lets=(_UK_H,),
        why="variant: (1/m)Σ(y − h)x_j is minus the gradient",
    ),
    # ============================================================ Indonesian pseudocode
    Answer(
        id="f31-id-pseudocode-gradient",
        source=ID_LOG + ", def gradient_descent: gradient = …; h and m from the lines above)",
        text="np.dot(X.T, (h - y)) / m",
        cost=_ID_CODE_J,
        verdict="equivalent",
        lets=_ID_CODE_LETS,
        why="Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f31-id-pseudocode-gradient-flipped-variant",
        source=ID_LOG + ", gradient = … with (y - h) — a variant)",
        text="np.dot(X.T, (y - h)) / m",
        cost=_ID_CODE_J,
        verdict="different",
        lets=_ID_CODE_LETS,
        why="variant: Xᵀ(y − σ(Xθ))/m is minus the gradient (the direction the update already subtracts)",
    ),
    # ============================================================ French TP and workshops
    Answer(
        id="f31-fr-tp-dl-dbeta0",
        source=FR_TP + ", 'En dérivant :', ∂ℓ/∂β₀, right-hand side without its trailing comma)",
        text=r"\sum_{i=1}^n (y_i - p_i)",
        cost=_FR_LL,
        verdict="equivalent",
        wrt="beta_0",
        lets=(_FR_P,),
        why="∂/∂β₀ of the log-likelihood: Σ(y_i − σ(β₀ + β₁x_i))",
    ),
    Answer(
        id="f31-fr-tp-dl-dbeta1",
        source=FR_TP + ", 'En dérivant :', ∂ℓ/∂β₁, right-hand side without its trailing period)",
        text=r"\sum_{i=1}^n x_i (y_i - p_i)",
        cost=_FR_LL,
        verdict="equivalent",
        wrt="beta_1",
        lets=(_FR_P,),
        why="Σx_i(y_i − p_i), the log-likelihood's slope gradient (the TP climbs it: β + η∇ℓ)",
    ),
    Answer(
        id="f31-fr-tp-dl-dbeta1-nll-sign-variant",
        source=FR_TP + ", ∂ℓ/∂β₁ written with (p_i - y_i) — a variant)",
        text=r"\sum_{i=1}^n x_i (p_i - y_i)",
        cost=_FR_LL,
        verdict="different",
        wrt="beta_1",
        lets=(_FR_P,),
        why="variant: that is the gradient of −ℓ; for ℓ itself the sign is wrong",
    ),
    Answer(
        id="f31-fr-workshop-dl-dw",
        source=FR_LIN + ", 'En utilisant la règle de la chaîne', ∂L/∂w, right-hand side)",
        text=r"\frac{2}{m} \sum_{i=1}^{m} (wx^{(i)} + b - y^{(i)}) \cdot x^{(i)}",
        cost=_FR_MSE,
        verdict="equivalent",
        wrt="w",
        why="(2/m)Σ(w x_i + b − y_i)x_i; \\cdot is a product",
    ),
    Answer(
        id="f31-fr-workshop-dl-db",
        source=FR_LIN + ", 'En utilisant la règle de la chaîne', ∂L/∂b, right-hand side)",
        text=r"\frac{2}{m} \sum_{i=1}^{m} (wx^{(i)} + b - y^{(i)})",
        cost=_FR_MSE,
        verdict="equivalent",
        wrt="b",
        why="(2/m)Σ(w x_i + b − y_i)",
    ),
    Answer(
        id="f31-fr-workshop-dl-db-x-kept-variant",
        source=FR_LIN + ", ∂L/∂b with the factor \\cdot x^{(i)} of ∂L/∂w kept — a variant)",
        text=r"\frac{2}{m} \sum_{i=1}^{m} (wx^{(i)} + b - y^{(i)}) \cdot x^{(i)}",
        cost=_FR_MSE,
        verdict="different",
        wrt="b",
        why="variant: ∂(wx + b)/∂b = 1, so no x^{(i)}",
    ),
    Answer(
        id="f31-fr-cat-lab-dw-columns",
        source=FR_CAT + ": dw = …; A and m from the same function)",
        text="(1/m)*np.dot(X,(A-Y).T)",
        cost=_FR_CAT_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_FR_CAT_LETS,
        why=_FR_CAT_LAYOUT + "; X(A − Y)ᵀ/m = (1/m)Σ(σ(w·x_i + b) − y_i)x_i",
    ),
    Answer(
        id="f31-fr-cat-lab-db",
        source=FR_CAT + ": db = …)",
        text="(1/m)*np.sum(A-Y)",
        cost=_FR_CAT_J,
        verdict="equivalent",
        wrt="b",
        lets=_FR_CAT_LETS,
        why="(1/m)Σ(σ(w·x_i + b) − y_i)",
    ),
    Answer(
        id="f31-fr-cat-lab-dw-flipped-variant",
        source=FR_CAT + ": dw with (Y-A) for (A-Y) — a variant)",
        text="(1/m)*np.dot(X,(Y-A).T)",
        cost=_FR_CAT_J,
        verdict="different",
        wrt="w_j",
        lets=_FR_CAT_LETS,
        why="variant: X(Y − A)ᵀ/m is minus the gradient",
    ),
]
