r"""A fresh held-out wave (f25): non-English course notes and student code, with real wrong answers from history.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* LaTeX: an Indonesian Bangkit study-notes repository (J(θ) with h_θ and z = θᵀx as separate lets, a ridge
  J(w, b) whose h is never defined on the page), a Vietnamese notebook (\bigl/\Bigr, a bold capital W, a cost
  written as the mean of per-example J^{(i)}, the vectorised dW = (1/M) dZ Xᵀ with X stored features × examples,
  \text{cost} as the name), a Russian homework report (±1 labels b_i, the parameter vector named x, features a_i,
  \langle a_i, x \rangle), a University of Waterloo statwiki page (a log-likelihood ℓ(β) in MediaWiki
  \begin{align}, \mathbf{\beta\,} with a thin space, \mathbf{x_i});
* Korean notes and a Korean blog (J(β₀, β₁) written out inline; a sigmoid trained with the mean squared error,
  its let z=Xβ+b typed with a Unicode β);
* a README whose J is named by its arguments and whose loss let writes g(z) with z never defined;
* code: NumPy (the Indonesian pseudocode, the Vietnamese training loop with a 1e-8 guard inside the logs, a
  Spanish notebook on one normalised feature whose names are theta1_norm/theta0_norm), and R (a French student
  package, R/CostFunction.R and R/Gradient.R, with `<-`, %*%, t(x), nrow(y)), the Russian homework's oracle
  code (np.logaddexp, np.linalg.norm, self.matvec_Ax), a Chinese-commented cost split into `first`/`second`.

Real wrong answers: the French R package's Gradient.R history (a misplaced parenthesis, t(x) %*% (sig) - y; a
sign-flipped (y-sig) version whose parentheses do not even balance), the Russian oracle's gradient that
multiplies Aᵀσ by b instead of weighting σ by b, the Spanish notebook's later version that
kept a 1/m gradient against the plain mean squared error stated earlier, the Waterloo page's score vector whose
exponent lost the example index. A few more wrong items are one-slip variants of real answers on the same pages
(lost 1/m, λ/2m, sign), each marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; a sentence's trailing comma
or full stop after a display dropped, and said so; for code, the right-hand side of the assignment or
``return``); ``cost`` and ``lets`` are the same source's, verbatim (R's ``<-`` kept as written). Verdicts were
worked out by hand; logderiv was not run.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
BANGKIT_LOG = (
    "github:S4njuuu3291/bangkitmaterial:03-MACHINE-LEARNING-SPESIALIZATION/WEEK3/"
    "5-gradient-descent-logistic-regression.ipynb ('# Gradient Descent untuk Logistic Regression', Indonesian)"
)
BANGKIT_REG = (
    "github:S4njuuu3291/bangkitmaterial:03-MACHINE-LEARNING-SPESIALIZATION/WEEK3/"
    "8-gradient-descent-regularization.ipynb ('# Mengimplementasikan Gradient Descent pada Regresi Linier dengan "
    "Regularisasi', Indonesian)"
)
CHILEE = (
    "github:Chilee24/VideoMoose:MOOSE-main/b1.ipynb ('# Huấn Luyện Mô Hình Logistic Regression', Vietnamese, "
    "commit 30d903365ccaaffe6aa17dd6afdad794659dfbec)"
)
GWLADYS = "github:GwladysKerhoas/Creating-a-R-package-on-Descent-Gradient (French R package, régression logistique)"
GW_COST_MEAN = (
    GWLADYS
    + ":R/CostFunction.R (commit 54183f4, CostFunction = function(x,y,theta): cost = …)"
)
GW_COST_SUM = (
    GWLADYS + ":R/CostFunction.R (commit 9e28c93, cout = function(x,y,theta): cost = …)"
)
GW_GRAD = GWLADYS + ":R/Gradient.R"
FIN05 = (
    "github:financieras/math:regresion/regresion_lineal05.ipynb (Spanish, 'Implementa regresión lineal simple "
    "usando descenso del gradiente')"
)
VOVA = (
    "github:Vova2409/MachineLearning2023:homework04/otchet.ipynb (Russian homework report, 'функция потерь "
    "(логистическая функция)')"
)
VOVA_ORACLE = (
    "github:Vova2409/MachineLearning2023:homework04/oracles.py (class LogRegL2Oracle, the same Russian homework's "
    "code)"
)
SUPREMEDIN = (
    "github:SupremeDin/My_Material:ML/coursera/2.Logistic_Regression/cost.py ('#costfuncion的另一个版本', "
    "Chinese comments)"
)
ZONGDA = "github:Zongda-Gu/Logistic-Regression-Model:README.md ('# Logistic regression algorithm', '## cost funtion')"
KAIZEN = (
    "https://bh-kaizen.tistory.com/51 ('MSE Loss와 시그모이드에서의 역전파 이해하기', Korean blog, "
    "1. 순전파 (Forward Pass))"
)
YOUNE = (
    "https://youne.netlify.app/%EC%86%90%EC%8B%A4%ED%95%A8%EC%88%98-vs-%EB%B9%84%EC%9A%A9%ED%95%A8%EC%88%98 "
    "('손실함수 vs 비용함수', Korean notes, 선형회귀의 목적)"
)
STATWIKI = (
    "https://wiki.math.uwaterloo.ca/statwiki/index.php?direction=prev&oldid=12487&title=User_talk%3ADsevern "
    "('Newton-Raphson Method', University of Waterloo statwiki)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_wb_eps(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p + 1e-8) + (1 - d.y) * np.log(1 - p + 1e-8)))


def _ridge_half_mse_wb(d):
    r = d.X @ d.w + d.b - d.y
    return float(np.sum(r**2)) / (2 * d.m) + d.lam / (2 * d.m) * float(np.sum(d.w**2))


def _mse_one_theta01(d):
    return float(np.mean((d.theta1 * d.x + d.theta0 - d.y) ** 2))


def _softplus_pm_sum_x_unknown(d):
    """Σ ln(1 + exp(−bᵢ⟨aᵢ, x⟩)) with x the unknown: --wrt x_j's vector is drawn as the weights, Data.w."""
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _softplus_pm_mean_l2_theta(d):
    return float(
        np.mean(np.log1p(np.exp(-d.y * (d.X @ d.theta))))
    ) + 0.5 * d.lam * float(np.sum(d.theta**2))


def _mse_sigmoid_beta_b(d):
    return float(np.mean((d.y - sig(d.X @ d.beta + d.b)) ** 2))


def _half_mse_sigmoid_beta_b(d):
    return float(np.mean(0.5 * (d.y - sig(d.X @ d.beta + d.b)) ** 2))


def _mse_one_beta01(d):
    return float(np.mean((d.y - (d.theta0 + d.theta1 * d.x)) ** 2))


def _loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.log1p(np.exp(z))))


# ------------------------------------------------------------------ shared texts
_BK_J = (
    r"J(\theta) = - \frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(h_{\theta}(x^{(i)})) + (1 - y^{(i)}) "
    r"\log(1 - h_{\theta}(x^{(i)})) \right]"
)
_BK_LETS = (r"h_{\theta}(x) = \frac{1}{1 + e^{-z}}", r"z = \theta^T x")
_BK_CODE_J = "(-1/m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))"
_BK_CODE_LETS = ("m = len(y)", "h = sigmoid(np.dot(X, theta))")
_BK_RIDGE = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})^2 + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2"
_CH_J = (
    r"J(\mathbf{W}, b) = -\frac{1}{M} \sum_{i=1}^M \left[ y^{(i)} \log \hat{y}^{(i)} + \bigl(1-y^{(i)}\bigr) "
    r"\log \bigl(1-\hat{y}^{(i)}\bigr) \right]"
)
_CH_LETS = (
    r"z = \mathbf{W} \cdot \mathbf{x} + b",
    r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}",
)
_CH_JMEAN = r"J(\mathbf{W},b) = \frac{1}{M} \sum_{i=1}^M J^{(i)}"
_CH_I_LETS = (
    r"z^{(i)} = \mathbf{W} \cdot x^{(i)} + b",
    r"A^{(i)} = \sigma(z^{(i)}) = \frac{1}{1+e^{-z^{(i)}}}",
)
_CH_JMEAN_LETS = (
    r"J^{(i)} = -\Bigl[y^{(i)}\log A^{(i)} + \bigl(1-y^{(i)}\bigr)\log\bigl(1-A^{(i)}\bigr)\Bigr]",
) + _CH_I_LETS
_CH_STEP3 = (
    r"\text{cost} = -\frac{1}{M} \sum_{i=1}^M \Bigl[y^{(i)}\log A^{(i)} + \bigl(1-y^{(i)}\bigr)\log(1-A^{(i)})"
    r"\Bigr]"
)
_CH_VEC_LETS = (r"Z = \mathbf{W} \cdot X + b", r"A = \sigma(Z)", r"dZ = A - Y")
_CH_CODE_J = "- (1/m) * np.sum(Y * np.log(A + 1e-8) + (1 - Y) * np.log(1 - A + 1e-8))"
_CH_CODE_LETS = (
    "m = X.shape[1]",
    "Z = np.dot(W, X) + b",
    "A = sigmoid(Z)",
    "dZ = A - Y",
)
_GW_J_MEAN = "mean((-y*log(sig))-((1-y)*log(1-sig)))"
_GW_J_SUM = "(1 / nrow(y)) * sum((-y * log(sig)) - ((1 - y) * log(1 - sig)))"
_GW_LETS = ("sig <- sigmoid(x%*%theta)",)
_FIN_J = "np.mean((Y_norm - Y_pred_norm) ** 2)"
_FIN_LETS = ("Y_pred_norm = theta1_norm * X_norm + theta0_norm", "m = len(X)")
_VOVA_L = r"L(X, B, x) = \sum_{i=1}^{m} \ln(1 + \exp(-b_i \langle a_i, x \rangle))"
_VO_J = "(1 / m) * np.sum(log_term) + reg_term"
_VO_LETS = (
    "m = len(self.b)",
    "logits = -self.b * self.matvec_Ax(x)",
    "log_term = np.logaddexp(0, logits)",
    "reg_term = 0.5 * self.regcoef * np.linalg.norm(x) ** 2",
)
_SW_L = (
    r"\begin{align} {\ell(\mathbf{\beta\,})} & {} = \sum_{i=1}^n \left(y_i {\mathbf{\beta\,}^T \mathbf{x_i}} - "
    r"\ln({1+e^{\mathbf{\beta\,}^T \mathbf{x_i}}})\right) \end{align}"
)

COSTS: list[Cost] = [
    # ============================================================ LaTeX
    Cost(
        id="f25-bangkit-J-theta-h-z-lets",
        source=BANGKIT_LOG
        + " (### 2. Fungsi Biaya; h and z from ### 1. Fungsi Prediksi)",
        text=_BK_J,
        intended=_ce_mean_theta,
        lets=_BK_LETS,
        why="the mean cross-entropy; h_θ(x) = 1/(1 + e^{-z}) with z = θᵀx given as two separate displays (the page "
        "calls the first 'Fungsi sigmoid (σ)' but writes h_θ); x^{(i)} is example i",
    ),
    Cost(
        id="f25-bangkit-ridge-J-w-b-h-undefined",
        source=BANGKIT_REG + " (### Fungsi Biaya dengan Regularisasi)",
        text=_BK_RIDGE,
        intended=_ridge_half_mse_wb,
        wrt=("w_j", "b"),
        why="regularised linear regression in w and b: h(x^{(i)}) is described only as 'prediksi model untuk data "
        "ke-i' (the linear model w·x + b of the course, never displayed on this page); the penalty runs over the "
        "weights only, b unpenalised",
    ),
    Cost(
        id="f25-chilee-J-bold-W-bigl",
        source=CHILEE
        + " (**Hàm mất mát (Binary Cross-Entropy Loss):**; z and ŷ from **Mô hình:**)",
        text=_CH_J,
        intended=_ce_mean_wb,
        wrt=("W_j", "b"),
        lets=_CH_LETS,
        why="M is the number of examples; bold capital W is the weight vector (Data.w), W·x the dot product; "
        "\\bigl(…\\bigr) are sized parentheses; log ŷ^{(i)} has no parentheses around its argument",
    ),
    Cost(
        id="f25-chilee-J-mean-of-per-example-Ji",
        source=CHILEE
        + " (## 1.1, 'Hàm mất mát trung bình'; J^{(i)}, z^{(i)}, A^{(i)} from the lines above it, the "
        "'\\quad' before A^{(i)} dropped)",
        text=_CH_JMEAN,
        intended=_ce_mean_wb,
        wrt=("W_j", "b"),
        lets=_CH_JMEAN_LETS,
        why="J is the mean of a per-example loss J^{(i)} defined in its own display (a let indexed by i), with "
        "A^{(i)} = σ(z^{(i)}) and z^{(i)} = W·x^{(i)} + b: the mean cross-entropy",
    ),
    Cost(
        id="f25-chilee-text-cost-step3",
        source=CHILEE
        + " (# 2. Thuật Toán…, step 3 'Tính hàm mất mát (cost)'; A^{(i)}, z^{(i)} from ## 1.1)",
        text=_CH_STEP3,
        intended=_ce_mean_wb,
        wrt=("W_j", "b"),
        lets=_CH_I_LETS,
        why="the cost is named \\text{cost}; \\Bigl[…\\Bigr] brackets; the mean cross-entropy",
    ),
    Cost(
        id="f25-vova-L-langle-pm1-labels-param-x",
        source=VOVA
        + " (the second display, 'Функция потерь для всей выборки'; the sentence's trailing comma "
        "dropped)",
        text=_VOVA_L,
        intended=_softplus_pm_sum_x_unknown,
        wrt=("x_j",),
        why="labels b_i ∈ {−1, +1} (here Data.y, any numbers), a_i is the i-th feature row (a row of Data.X) and "
        "x is the PARAMETER vector (Data.w: the judge draws --wrt x_j's vector as the weights), not a feature; ⟨a_i, x⟩ is the dot product; a plain sum "
        "Σ ln(1 + exp(−b_i a_iᵀx)) over the m examples (no 1/m)",
    ),
    Cost(
        id="f25-vova-per-example-loss-no-sum",
        source=VOVA
        + " (the first display, 'для одного обучающего примера'; trailing comma dropped)",
        text=r"L(a_i, b_i, x) = \ln(1 + \exp(-b_i \langle a_i, x \rangle))",
        intended=None,
        expect="refuse",
        why="the loss of ONE training example i (no sum over the examples): i is free, so it is not a cost of the "
        "data set; the page sums it in the next display",
    ),
    Cost(
        id="f25-statwiki-loglik-align-beta-thinspace",
        source=STATWIKI
        + " (the first display, [math]\\displaystyle{ … }[/math] wrapper dropped)",
        text=_SW_L,
        intended=_loglik_beta,
        wrt=("beta_j",),
        why="a LOG-LIKELIHOOD to be maximised (not a cost to minimise): ℓ(β) = Σ(y_i βᵀx_i − ln(1 + e^{βᵀx_i})), "
        "read as written, not negated; \\begin{align} with '& {} =' alignment, \\mathbf{\\beta\\,} has a thin "
        "space, \\mathbf{x_i} is the i-th feature vector (a row of X), braces around ln's argument",
    ),
    Cost(
        id="f25-zongda-J-loss-let-g-of-z",
        source=ZONGDA + " (the J display; loss and g from the lines around it)",
        text=r"J(f_{\mathbf{w},b}(\mathbf{x}^{(i)}),y^{(i)}) ="
        "\n"
        r"\frac{1}{m} \sum_{i=1}^{m}[loss(f_{\mathbf{w},b}(\mathbf{x}^{(i)}),y^{(i)})]",
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=(
            r"loss(f_{\mathbf{w},b}(x^{(i)}, y^{(i)}) = -y^{(i)}\log(g(z)) - (1-y^{(i)})\log(1 - g(z))",
            r"g(z) = \frac{1}{1 + e^{-z}}",
        ),
        why="the display breaks its line after '=' (kept); J is named by its arguments f(x⁽ⁱ⁾), y⁽ⁱ⁾ although it "
        "sums over i; the loss let has one ')' too few on its left side and writes g(z) with z never defined "
        "(z = w·x⁽ⁱ⁾ + b, the f_{w,b} of a README titled 'Logistic regression'); '$\\log$ is $\\ln$': the mean "
        "cross-entropy",
    ),
    Cost(
        id="f25-kaizen-L-mse-sigmoid-unicode-beta",
        source=KAIZEN + " (step 5. 손실 (MSE); z from step 3, ŷ from step 4)",
        text=r"L = \frac{1}{n}\sum (y - \hat{y})^2",
        intended=_mse_sigmoid_beta_b,
        wrt=("beta_j", "b"),
        lets=("z=Xβ+b", r"\hat{y} = \sigma(z)"),
        why="a sigmoid output trained with the mean squared error (not cross-entropy): ŷ = σ(Xβ + b); the sum "
        "has no index or limits (it runs over the n examples of the vectors y, ŷ); the let z=Xβ+b is typed "
        "with a Unicode β inside the LaTeX",
    ),
    Cost(
        id="f25-youne-J-beta0-beta1-nested-parens",
        source=YOUNE + " (비용함수 (MSE))",
        text=r"J(\beta_0, \beta_1) = \frac{1}{m}\sum_{i=1}^{m}(y_i - (\beta_0 + \beta_1x_i))^2",
        intended=_mse_one_beta01,
        wrt=("beta_0", "beta_1"),
        why="one-feature linear regression written out inline (no h): β₀ is the intercept (Data.theta0), β₁ the "
        "slope (Data.theta1), x_i the one feature (Data.x); a plain mean of squares (no ½); \\beta_1x_i with no "
        "space",
    ),
    # ============================================================ code
    Cost(
        id="f25-bangkit-cost-function-np-sum",
        source=BANGKIT_LOG
        + " (### 4. Contoh Pseudocode: def cost_function(X, y, theta): return …; m and h on "
        "the two lines above it)",
        text=_BK_CODE_J,
        intended=_ce_mean_theta,
        lets=_BK_CODE_LETS,
    ),
    Cost(
        id="f25-chilee-cost-code-log-eps",
        source=CHILEE
        + " (def train_logistic_regression: cost = …; m, Z, A from the lines above it)",
        text=_CH_CODE_J,
        intended=_ce_mean_wb_eps,
        wrt=("W_j", "b"),
        lets=_CH_CODE_LETS[:3],
        why="X is stored features × examples here (m = X.shape[1], Z = W·X + b is 1 × m), so Z is Data.X @ w + b; "
        "the 1e-8 inside both logs is part of the cost as written (it changes the function slightly; logderiv reads "
        "such a guard away, noted, and its ε-free gradient is within 1e-8/A of this one: inside the differences' "
        "tolerance)",
    ),
    Cost(
        id="f25-gwladys-R-mean-cost",
        source=GW_COST_MEAN + "; sig from the line above it",
        text=_GW_J_MEAN,
        intended=_ce_mean_theta,
        lets=_GW_LETS,
        why="R: x is the design matrix (m × n, not a one-feature vector), %*% matrix product, `<-` assignment; "
        "mean(−y log σ − (1−y) log(1−σ)) is the mean cross-entropy",
    ),
    Cost(
        id="f25-gwladys-R-nrow-sum-cost",
        source=GW_COST_SUM + "; sig from the line above it",
        text=_GW_J_SUM,
        intended=_ce_mean_theta,
        lets=_GW_LETS,
        why="R: nrow(y) is m (y an m × 1 matrix); (1/m)·sum(…) is the mean cross-entropy",
    ),
    Cost(
        id="f25-fin-mse-np-mean-norm-names",
        source=FIN05
        + " (commit 4093993, def linear_regression_gradient_descent: current_loss = …; Y_pred_norm "
        "and m from the same function)",
        text=_FIN_J,
        intended=_mse_one_theta01,
        wrt=("theta1_norm", "theta0_norm"),
        lets=_FIN_LETS,
        why="one normalised feature: X_norm is the feature (Data.x), Y_norm the target (Data.y), theta1_norm the "
        "slope (Data.theta1), theta0_norm the intercept (Data.theta0); a plain mean of squares (no ½), the "
        "residual written y − ŷ",
    ),
    Cost(
        id="f25-vova-oracle-func-logaddexp-norm",
        source=VOVA_ORACLE
        + " (def func(self, x): return …; m, logits, log_term, reg_term on the lines above it)",
        text=_VO_J,
        intended=_softplus_pm_mean_l2_theta,
        wrt=("x_j",),
        lets=_VO_LETS,
        why="x is the parameter vector (Data.theta); self.matvec_Ax(x) is the homework's product A·x of the "
        "feature matrix A (Data.X) with x, self.b the ±1 labels (Data.y), self.regcoef λ (Data.lam); "
        "np.logaddexp(0, t) = ln(1 + eᵗ), np.linalg.norm(x) ** 2 = Σx_j²: mean ln(1 + e^{−b_i a_iᵀx}) + (λ/2)‖x‖²",
    ),
    Cost(
        id="f25-kaizen-mse-loss-code-half-inside-mean",
        source=KAIZEN
        + " (def mse_loss(y_true, y_pred): return …; z and y_pred from def forward(X, beta, b))",
        text="np.mean(0.5 * (y_true - y_pred)**2)",
        intended=_half_mse_sigmoid_beta_b,
        wrt=("beta_j", "b"),
        lets=("z = X @ beta + b", "y_pred = sigmoid(z)"),
        why="y_true is the target y (forward's docstring: 'loss = MSE(y, y_pred)'); unlike the page's LaTeX L "
        "this code keeps a ½ inside the mean: ½·mean((y − σ(Xβ + b))²)",
    ),
    Cost(
        id="f25-supremedin-mean-first-minus-second",
        source=SUPREMEDIN
        + " (def cost(theta, X, y): return …; first and second on the two lines above it)",
        text="np.mean(first - second)",
        intended=_ce_mean_theta,
        lets=(
            "first = (-y) * np.log(sigmoid(X @ theta))",
            "second = (1 - y)*np.log(1 - sigmoid(X @ theta))",
        ),
        why="the two halves of the cross-entropy as lets, the first already negated: mean(−y log σ − (1−y) log(1−σ))",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Indonesian notes (Bangkit)
    Answer(
        id="f25-bangkit-dJ-dtheta-j",
        source=BANGKIT_LOG + " (#### 3.1. Perhitungan Gradien)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_{\theta}(x^{(i)}) "
        r"- y^{(i)} \right) x_j^{(i)}",
        cost=_BK_J,
        verdict="equivalent",
        lets=_BK_LETS,
    ),
    Answer(
        id="f25-bangkit-code-gradient-over-m",
        source=BANGKIT_LOG
        + " (def gradient_descent: gradient = …  # Gradien; h on the line above it)",
        text="np.dot(X.T, (h - y)) / m",
        cost=_BK_CODE_J,
        verdict="equivalent",
        lets=_BK_CODE_LETS,
        why="Xᵀ(h − y)/m (gradient_descent's own m = len(y) is the same m)",
    ),
    Answer(
        id="f25-bangkit-code-gradient-lost-m",
        source=BANGKIT_LOG + " (gradient = … without the '/ m' — a variant)",
        text="np.dot(X.T, (h - y))",
        cost=_BK_CODE_J,
        verdict="different",
        lets=_BK_CODE_LETS,
        why="variant (lost 1/m): the cost is a mean, this is m times its gradient",
    ),
    Answer(
        id="f25-bangkit-ridge-dJ-dwj",
        source=BANGKIT_REG + " (### Gradien Terhadap w_j)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)}) x_j^{(i)} + "
        r"\frac{\lambda}{m} w_j",
        cost=_BK_RIDGE,
        verdict="equivalent",
        wrt="w_j",
        why="h(x) = w·x + b (see the cost); the ½ of λ/2m cancels the 2 of w_j²",
    ),
    Answer(
        id="f25-bangkit-ridge-b-step-factor",
        source=BANGKIT_REG
        + " (### Update Bobot dan Bias: the factor inside α( … ) of b := b − α( … ))",
        text=r"\frac{1}{m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})",
        cost=_BK_RIDGE,
        verdict="equivalent",
        wrt="b",
        why="the penalty leaves b out ('regularisasi tidak mempengaruhi bias b'): ∂J/∂b = (1/m)Σ(h − y)",
    ),
    Answer(
        id="f25-bangkit-ridge-dJ-dwj-lambda-2m",
        source=BANGKIT_REG + " (### Gradien Terhadap w_j with λ/2m kept — a variant)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)}) x_j^{(i)} + "
        r"\frac{\lambda}{2m} w_j",
        cost=_BK_RIDGE,
        verdict="different",
        wrt="w_j",
        why="variant (λ/2m): d/dw_j of (λ/2m)w_j² is (λ/m)w_j, twice this penalty term",
    ),
    # ============================================================ Vietnamese notebook
    Answer(
        id="f25-chilee-dJ-dW-bigl-thin-space",
        source=CHILEE + " (### Đạo hàm theo W, 'Trung bình qua M mẫu')",
        text=r"\frac{\partial J}{\partial \mathbf{W}} = \frac{1}{M} \sum_{i=1}^M \bigl(A^{(i)} - y^{(i)}\bigr) \, "
        r"x^{(i)}",
        cost=_CH_JMEAN,
        verdict="equivalent",
        wrt="W_j",
        lets=_CH_JMEAN_LETS,
        why="the whole gradient vector: component j of x^{(i)} gives (1/M)Σ(A^{(i)} − y^{(i)})x_j^{(i)}; '\\,' is "
        "a thin space",
    ),
    Answer(
        id="f25-chilee-dJ-db",
        source=CHILEE + " (### Đạo hàm theo b, 'Trung bình qua M mẫu')",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{M} \sum_{i=1}^M \bigl(A^{(i)} - y^{(i)}\bigr)",
        cost=_CH_JMEAN,
        verdict="equivalent",
        wrt="b",
        lets=_CH_JMEAN_LETS,
    ),
    Answer(
        id="f25-chilee-dJ-dW-lost-1M",
        source=CHILEE + " (the ∂J/∂W display with the 1/M dropped — a variant)",
        text=r"\frac{\partial J}{\partial \mathbf{W}} = \sum_{i=1}^M \bigl(A^{(i)} - y^{(i)}\bigr) \, x^{(i)}",
        cost=_CH_JMEAN,
        verdict="different",
        wrt="W_j",
        lets=_CH_JMEAN_LETS,
        why="variant (lost 1/M): M times the gradient of the mean",
    ),
    Answer(
        id="f25-chilee-dW-vectorised-dZ-XT",
        source=CHILEE
        + " (## 1.4. Dạng Vector Hóa, 'Các đạo hàm theo vector hóa'; Z, A, dZ from the same section, "
        "the '\\quad \\text{(với W có kích thước (1, n))}' after Z's definition dropped)",
        text=r"dW = \frac{1}{M} \, dZ \, X^T",
        cost=_CH_STEP3,
        verdict="equivalent",
        wrt="W_j",
        lets=_CH_VEC_LETS,
        why="this page stores X as n × M (features × examples) and W as 1 × n, so dZ Xᵀ = (A − Y)Xᵀ is the 1 × n "
        "row Σ_i (A^{(i)} − y^{(i)}) x^{(i)}ᵀ; divided by M it is the gradient (in Data's m × n layout the same "
        "thing is Xᵀ(A − Y)/m)",
    ),
    Answer(
        id="f25-chilee-db-sum-dZ",
        source=CHILEE + " (## 1.4., db = …)",
        text=r"db = \frac{1}{M} \sum dZ",
        cost=_CH_STEP3,
        verdict="equivalent",
        wrt="b",
        lets=_CH_VEC_LETS,
        why="a sum with no index or limits: it sums the M entries of dZ = A − Y",
    ),
    Answer(
        id="f25-chilee-code-dW",
        source=CHILEE
        + " (def train_logistic_regression: dW = …; against the page's \\text{cost} display)",
        text="(1/m) * np.dot(dZ, X.T)",
        cost=_CH_STEP3,
        verdict="equivalent",
        wrt="W_j",
        lets=_CH_CODE_LETS,
        why="X is n × m in this code (m = X.shape[1]): dZ·Xᵀ/m is the 1 × n gradient row",
    ),
    Answer(
        id="f25-chilee-code-db",
        source=CHILEE
        + " (def train_logistic_regression: db = …; against the page's \\text{cost} display)",
        text="(1/m) * np.sum(dZ)",
        cost=_CH_STEP3,
        verdict="equivalent",
        wrt="b",
        lets=_CH_CODE_LETS,
    ),
    Answer(
        id="f25-chilee-code-dW-vs-eps-cost",
        source=CHILEE
        + " (def train_logistic_regression: dW = …; against the cost = … line of the same loop, "
        "whose logs carry + 1e-8)",
        text="(1/m) * np.dot(dZ, X.T)",
        cost=_CH_CODE_J,
        verdict="equivalent",
        wrt="W_j",
        lets=_CH_CODE_LETS,
        why="the code's dW is (A − y)x/m, the gradient of the cross-entropy its writer means: the 1e-8 inside the logs "
        "is a guard against log(0), not part of that cost. (Worked first as 'different': with the ε kept, the exact "
        "gradient is (1/m)Σ[−y/(A+ε) + (1−y)/(1−A+ε)]A(1−A)x, ~1e-8/A relative away. Changed when f44's Turkish code "
        "— the same guard, 1e-9, and the same right dW — was worked by its collector as 'equivalent': two hands "
        "disagreed, and the verdict a student or TA means is the guard-free one; logderiv reads such a guard away "
        "with a note, tests/test_log_guards.py.)",
    ),
    # ============================================================ French R package (real history)
    Answer(
        id="f25-gwladys-R-grad-final",
        source=GW_GRAD
        + " (commit 54183f4, gradient <- function(x, y, theta): gradient <- …; sig on the line "
        "above it)",
        text="(t(x) %*% (sig-y)) / nrow(y)",
        cost=_GW_J_MEAN,
        verdict="equivalent",
        lets=_GW_LETS,
        why="R: t(x) is xᵀ, nrow(y) = m: xᵀ(σ − y)/m",
    ),
    Answer(
        id="f25-gwladys-R-grad-misplaced-paren",
        source=GW_GRAD
        + " (commit f1fc738, the first version: gradient <- …; sig = sigmoid(x%*%t(theta)) on the "
        "line above it, theta stored as a row)",
        text="((1 / nrow(y)) * (t(x) %*% (sig) - y))",
        cost=_GW_J_MEAN,
        verdict="different",
        lets=("sig = sigmoid(x%*%t(theta))",),
        why="a real slip, fixed in a later commit: the parenthesis closes after sig, so it is (xᵀσ − y)/m, not "
        "xᵀ(σ − y)/m (and xᵀσ is n-long while y is m-long); t(theta) only turns the stored row into a column",
    ),
    Answer(
        id="f25-gwladys-R-grad-y-minus-sig-unbalanced",
        source=GW_GRAD
        + " (commit 67485f3, an intermediate version: gradient <- …, as committed)",
        text="((1 / nrow(y)) * (t(x) %*% (y-sig))",
        cost=_GW_J_MEAN,
        verdict="different",
        lets=_GW_LETS,
        why="a real intermediate version: xᵀ(y − σ)/m is minus the gradient of the cost (the log-likelihood's "
        "direction); as committed it also has one more '(' than ')' (the function body would not even parse), "
        "but with the missing ')' supplied it is still the wrong sign",
    ),
    Answer(
        id="f25-gwladys-R-grad-lost-nrow",
        source=GW_GRAD
        + " (commit 54183f4's gradient without the '/ nrow(y)' — a variant)",
        text="t(x) %*% (sig-y)",
        cost=_GW_J_MEAN,
        verdict="different",
        lets=_GW_LETS,
        why="variant (lost 1/m): the cost is mean(…), this is m times its gradient",
    ),
    # ============================================================ Spanish notebook (one normalised feature)
    Answer(
        id="f25-fin-D-theta1-2m",
        source=FIN05
        + " (commit 4093993, '# Gradientes (tu signo estaba invertido)': D_theta1_norm = …)",
        text="(2/m) * np.sum(X_norm * (Y_pred_norm - Y_norm))",
        cost=_FIN_J,
        verdict="equivalent",
        wrt="theta1_norm",
        lets=_FIN_LETS,
        why="d/dθ₁ of mean((y − θ₁x − θ₀)²) is (2/m)Σ(ŷ − y)x",
    ),
    Answer(
        id="f25-fin-D-theta0-2m",
        source=FIN05 + " (commit 4093993: D_theta0_norm = …)",
        text="(2/m) * np.sum(Y_pred_norm - Y_norm)",
        cost=_FIN_J,
        verdict="equivalent",
        wrt="theta0_norm",
        lets=_FIN_LETS,
    ),
    Answer(
        id="f25-fin-D-theta1-1m-later-version",
        source=FIN05
        + " (commit 02207f5, the next version of the notebook: D_theta1_norm = …, against the "
        "current_loss of commit 4093993)",
        text="(1/m) * np.sum(X_norm * (Y_pred_norm - Y_norm))",
        cost=_FIN_J,
        verdict="different",
        wrt="theta1_norm",
        lets=_FIN_LETS,
        why="the later version dropped the loss line and went back to 1/m: that is the gradient of ½·mean, half "
        "the gradient of the plain mean of squares the earlier version computes",
    ),
    Answer(
        id="f25-fin-D-theta0-1m-later-version",
        source=FIN05
        + " (commit 02207f5: D_theta0_norm = …, against the current_loss of commit 4093993)",
        text="(1/m) * np.sum(Y_pred_norm - Y_norm)",
        cost=_FIN_J,
        verdict="different",
        wrt="theta0_norm",
        lets=_FIN_LETS,
        why="half the gradient of the plain mean of squares (no ½ in the cost)",
    ),
    Answer(
        id="f25-fin-D-theta1-sign-inverted",
        source=FIN05
        + " (commit 4093993's D_theta1_norm with the residual reversed, the slip its comment 'tu "
        "signo estaba invertido' corrects — a variant)",
        text="(2/m) * np.sum(X_norm * (Y_norm - Y_pred_norm))",
        cost=_FIN_J,
        verdict="different",
        wrt="theta1_norm",
        lets=_FIN_LETS,
        why="variant (sign): y − ŷ gives minus the gradient",
    ),
    # ============================================================ Russian homework report
    Answer(
        id="f25-vova-nabla-L-langle",
        source=VOVA + " (1. **Градиент:**; the sentence's trailing full stop dropped)",
        text=r"\nabla L(X, B, x) = -\sum_{i=1}^{m} \left( \frac{b_i}{1 + \exp(b_i \langle a_i, x \rangle)} \right) "
        r"a_i",
        cost=_VOVA_L,
        verdict="equivalent",
        wrt="x_j",
        why="d/dx of ln(1 + e^{−b aᵀx}) is −b a e^{−b aᵀx}/(1 + e^{−b aᵀx}) = −b a/(1 + e^{b aᵀx}); component j "
        "takes a_ij",
    ),
    Answer(
        id="f25-vova-nabla-L-sign-dropped",
        source=VOVA + " (the ∇L display without its leading minus — a variant)",
        text=r"\sum_{i=1}^{m} \left( \frac{b_i}{1 + \exp(b_i \langle a_i, x \rangle)} \right) a_i",
        cost=_VOVA_L,
        verdict="different",
        wrt="x_j",
        why="variant (sign): minus the gradient",
    ),
    Answer(
        id="f25-vova-nabla-L-spurious-1m",
        source=VOVA + " (the ∇L display with a 1/m put in front — a variant)",
        text=r"\nabla L(X, B, x) = -\frac{1}{m}\sum_{i=1}^{m} \left( \frac{b_i}{1 + \exp(b_i \langle a_i, x \rangle)} "
        r"\right) a_i",
        cost=_VOVA_L,
        verdict="different",
        wrt="x_j",
        why="variant (1/m that the cost does not have): L here is a plain sum (the code's func averages, the "
        "report's L does not), so this is the gradient divided by m",
    ),
    Answer(
        id="f25-vova-oracle-grad-ATx-of-sigma-at-b",
        source=VOVA_ORACLE
        + " (def grad(self, x): return …; m, logits, sigmoid_probs, grad_log_term, reg_term on "
        "the lines above it)",
        text="(1 / m) * grad_log_term + reg_term",
        cost=_VO_J,
        verdict="different",
        wrt="x_j",
        lets=(
            "m = len(self.b)",
            "logits = -self.b * self.matvec_Ax(x)",
            "sigmoid_probs = expit(logits)",
            "grad_log_term = -self.matvec_ATx(sigmoid_probs) @ self.b",
            "reg_term = self.regcoef * x",
        ),
        why="a real slip: the data term must be −Aᵀ(b ⊙ σ(−b ⊙ Ax))/m, but the code forms Aᵀσ first (an n-vector) "
        "and then takes its product with b (an m-vector): not the gradient (not even well-shaped unless n = m); "
        "expit is the sigmoid, matvec_ATx(v) = Aᵀv; the λx penalty part is right",
    ),
    # ============================================================ Waterloo statwiki
    Answer(
        id="f25-statwiki-score-exponent-lost-index",
        source=STATWIKI
        + " (the display after 'solve ∂ℓ/∂β = 0', [math]\\displaystyle{ … }[/math] wrapper "
        "dropped)",
        text=r"\begin{align} {\frac{\partial \ell}{\partial \mathbf{\beta\,}}}&{} = \sum_{i=1}^n \left(y_i "
        r"\mathbf{x_i} - \frac{e^{\mathbf{\beta\,}^T \mathbf{x}}}{1+e^{\mathbf{\beta\,}^T \mathbf{x}}} "
        r"\mathbf{x_i} \right) \\[8pt] \end{align}",
        cost=_SW_L,
        verdict="different",
        wrt="beta_j",
        why="a real slip: the exponents read βᵀx, not βᵀx_i, so the fraction does not depend on the example and "
        "the sum is not Σ(y_i − σ(βᵀx_i))x_i (the score); as written it is not the gradient of ℓ",
    ),
]
