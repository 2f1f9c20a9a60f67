r"""A fresh held-out wave (f32): how teachers and books write it — course notes, textbook notes, lab handouts.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* textbook notes: a Japanese reader of 伊藤真's *Pythonで動かして学ぶ！あたらしい機械学習の教科書*
  (ShisatoYano/SupervisedClassificationSample) whose labels are ``t_n`` and whose predictions are ``y_n =
  \sigma(a_n)``, with ``a_n = w_0 x_n + w_1`` (``w_0`` is the *slope*); Spanish notes on Géron's *Hands-on ML*
  (Jharvichu/learning-notes) with ``\Big[ … \big( … \big)`` brackets, ``MSE(x, h_θ)`` and a Lasso cost (refused);
  a Russian handbook (DinoZawrik/ML-Handbook) with ``J_{Ridge} = MSE + \lambda ||w||_2^2 = …`` and unindexed sums;
* course material: a Mexican university lab (zayo1511/LabAprEst, Parcial 2) whose loss is the *mean
  log-likelihood* (no minus) while the gradient it states is that of the negative one (its own derivation below
  gets the sign right); a Skillbox course assignment (NeKonnnn/Orders) whose given ridge gradient puts ``\lambda
  \cdot 2 \cdot w_k`` inside ``\frac{2}{n}\cdot(-1)\cdot\sum_i``, and the student's correction; Duchesnay's
  pystatsml course (duchesnay/pystatsml) whose "Or, equivalently" NLL ``\sum \log(1 + e^{-y_i w^\top x_i})`` is the
  ±1-label loss, not the 0/1 one above it; a CTU pattern-recognition homework with ±1 labels and examples as
  columns (palomikula/CTU-projects); a CS229 problem-set answer for Poisson regression (AlmeidaAlin3/Learning_ML);
* tutorials and study notes in Chinese and Japanese: a Chinese tutorial (CaoZhens/ML_Learning) whose log-likelihood
  glues ``y^ilogh_{\theta}`` and never closes ``log(1-h_{\theta}(\mathbf{x}^i)``; Chinese notes (NayeyYe/NyeWeb)
  whose NLL gradient has the wrong sign and whose regularised gradient adds ``\lambda\sum_{i=1}^n \beta_i``; Japanese
  Julia study notes on Poisson regression (water-dropwort/Julia-learn-statistics); a GLM explainer's Poisson
  log-likelihood ``\sum [y_i \ln(\mu_i) - \mu_i]`` with ``\mu_i = e^{\mathbf{x}_i^T \boldsymbol{\beta}}``.

One-feature models keep the source's letters: ``w_0``, ``w_1`` of a one-feature model are ``theta0`` (the slope
here, as the book writes ``w_0 x_n + w_1``) and ``theta1``; ``\beta_0`` with ``\beta_j`` is ``theta0`` with the
vector ``beta``; ``w_k``/``w_0`` of the Skillbox ridge are ``w`` and ``theta0`` (judge.py's _Data). Where a
source gives no cost formula for an answer (the Skillbox gradient, the Julia and CS229 Poisson code), the ``cost``
is written out by hand from the source's model and says so in ``why``. About half the answers are wrong; the real
mistakes come first, the rest are one-slip variants of a real answer, marked "variant" in ``why``. Verdicts were
worked out by hand and checked against finite differences of the intended costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
JP_BOOK = (
    "github:ShisatoYano/SupervisedClassificationSample:NumericalExpression.md (notes on the textbook "
    "'Pythonで動かして学ぶ！あたらしい機械学習の教科書', commit 5dd842e8eb0fba4d0c694d6ba4de01148c9bbdb5, "
    "'cross entropy error function' and 'Gradient method of cross entropy error'"
)
MX_LAB = (
    "github:zayo1511/LabAprEst:Parcial2/Regresion logistica.ipynb (a Mexican university lab, 'Regresión Logística y "
    "Máxima Verosimilitud', commit 2f80f48997952a3c0e1095280f8979cf7b83d662"
)
MX_REPASO = (
    "github:zayo1511/LabAprEst:Parcial2/Repaso.ipynb (the lab's review sheet, 'Verosimilitud General', commit "
    "2f80f48997952a3c0e1095280f8979cf7b83d662"
)
ES_LOG = (
    "github:Jharvichu/learning-notes:data_mining/Training/LogisticRegression.ipynb (Spanish notes on Géron's Hands-on "
    "ML, commit 3dd7a88d64ff5f44c35bf6540fb1618003e60d9f"
)
ES_LIN = (
    "github:Jharvichu/learning-notes:data_mining/Apuntes/02_RegresionLineal.md (Spanish course notes, '## Funcion de "
    "Costo', commit 3dd7a88d64ff5f44c35bf6540fb1618003e60d9f"
)
ES_MSE = (
    "github:Jharvichu/learning-notes:data_mining/Training/LinearRegresion.ipynb (Spanish notes on Géron's Hands-on "
    "ML, commit 3dd7a88d64ff5f44c35bf6540fb1618003e60d9f"
)
ES_REG = (
    "github:Jharvichu/learning-notes:data_mining/Training/RegularizedLinearModels.ipynb (Spanish notes, "
    "'## Regularizacion Lasso (L1)', commit 3dd7a88d64ff5f44c35bf6540fb1618003e60d9f)"
)
RU_LIN = (
    "github:DinoZawrik/ML-Handbook:5_1_Linage_model_regress.ipynb (Russian ML handbook, commit "
    "32680401dd5f69fe080e19f545d975c72c2fe9b8"
)
RU_LOG = (
    "github:DinoZawrik/ML-Handbook:5_2_Linage_model_log.ipynb (Russian ML handbook, commit "
    "32680401dd5f69fe080e19f545d975c72c2fe9b8"
)
GLM = (
    "https://jonminton.github.io/glm-dashboard-explainer/tutorials/03-poisson/advanced.html ('Tutorial 3: Advanced - "
    "The Mathematics of Poisson Regression', 'The Poisson Log-Likelihood' box and 'where μ_i = …' under it)"
)
JULIA = (
    "github:water-dropwort/Julia-learn-statistics:src/Regression/poisson_regression.jl (Japanese study notes' Julia "
    "code, 'ポアソン回帰(対数リンク関数)', commit a58815fef499c276e5d1e303c55e3010a9f30d5c, the GD branch's "
    "gradient_descent(w -> …)"
)
CS229 = (
    "github:AlmeidaAlin3/Learning_ML:ProblemSet1/Exercise3/ex3_d.ipynb (a CS229 problem set 1, question 3(d) answer, "
    "commit 1b90717e08d2e2c306700024ff643555f67d6806, class PoissonRegression, def fit: grad = …"
)
CN_TUT = (
    "github:CaoZhens/ML_Learning:notes/LogisticRegression_Tutorial_2.md (Chinese tutorial '逻辑回归（2）模型求解', "
    "commit b0a6b99c0e8be0e92b5d27b89e992401be3c18e2"
)
CN_NOTES = (
    "github:NayeyYe/NyeWeb:frontend/public/articles/knowledge/机器学习/分类算法/Logistic.md (Chinese notes "
    "'LogisticRegression', commit 059f6bb44746a68b472a8d9fb73a0f3a33085063"
)
PYSTATSML = (
    "github:duchesnay/pystatsml:ml_supervised/demo_ml_losses.md (course material 'Statistics and Machine Learning in "
    "Python', commit 014a3ddea985307387156d0a3258261646b929ee"
)
SKILLBOX = (
    "github:NeKonnnn/Orders:Skillbox/4_12_Домашняя_работа.ipynb (Skillbox course homework 'Домашняя работа', commit "
    "8b3ae3c2cef078bcb1690f8128ab0717258f2334"
)
CTU = (
    "github:palomikula/CTU-projects:RPZ/hw6 (CTU pattern-recognition homework, commit "
    "21f9e4a04098996750e43c2c0a96dc73a4f5581a"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ce_mean_theta(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.theta), d.y)))


def _loglik_mean_theta(d):
    return float(np.mean(_ce_terms(sig(d.X @ d.theta), d.y)))


def _loglik_sum_theta(d):
    return float(np.sum(_ce_terms(sig(d.X @ d.theta), d.y)))


def _ce_mean_w_b(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.w + d.b), d.y)))


def _ce_sum_w(d):
    return -float(np.sum(_ce_terms(sig(d.X @ d.w), d.y)))


def _pm1_softplus_sum_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _pm1_softplus_mean_w(d):
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _jp_book_ce(d):
    # a_n = w_0 x_n + w_1: w_0 (theta0) is the slope, w_1 (theta1) the intercept; t_n (the labels) is d.y
    return -float(np.mean(_ce_terms(sig(d.theta0 * d.x + d.theta1), d.y)))


def _sse_theta(d):
    r = d.y - d.X @ d.theta
    return float(r @ r)


def _mse_theta(d):
    r = d.y - d.X @ d.theta
    return float(r @ r) / d.m


def _half_mse_theta01(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m


def _ridge_mse_w_b(d):
    return _mse_w_b(d) + d.lam * float(d.w @ d.w)


def _poisson_loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.exp(z)))


def _poisson_nll_w(d):
    z = d.X @ d.w
    return -float(np.sum(d.y * z - np.exp(z)))


def _poisson_mean_loglik_theta(d):
    z = d.X @ d.theta
    return float(np.mean(d.y * z - np.exp(z)))


def _cn_nll_beta(d):
    return -float(np.sum(_ce_terms(sig(d.theta0 + d.X @ d.beta), d.y)))


def _cn_nll_ridge_beta(d):
    return _cn_nll_beta(d) + d.lam / 2 * float(d.beta @ d.beta)


def _cn_likelihood_slip(d):
    h = sig(d.theta0 + d.X @ d.beta)
    return float(np.prod(h ** d.y * (1 - h) ** d.y))


def _skillbox_ridge(d):
    r = d.y - (d.theta0 + d.X @ d.w)
    return float(r @ r) / d.m + d.lam * float(d.w @ d.w)


# ------------------------------------------------------------------ shared texts
_JP_E = (
    r"E(\bm{W}) = -\frac {1}{N} log P(\bm{T}|\bm{X}) = -\frac {1}{N} \sum_{n=0}^{N-1} \{ t_n log y_n + (1-t_n) log "
    r"(1-y_n) \}"
)
_JP_LETS = (r"y_n = \sigma(a_n) = \frac{1}{1 + exp(-a_n)}", r"a_n = w_0 x_n + w_1")
_JP_WHY = (
    "t_n is the label and y_n = σ(a_n) the prediction (the book's letters); a_n = w_0 x_n + w_1, so w_0 multiplies "
    "the one feature x_n and w_1 is the intercept; the middle member −(1/N) log P(T|X) is the name of the last"
)
_MX_J = (
    r"J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left[ y_i \log \sigma(\theta^T X_i) + (1 - y_i) \log (1 - "
    r"\sigma(\theta^T X_i)) \right]"
)
_MX_LETS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}",)
_ES_J = (
    r"J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \Big[ y^{(i)} \log\big(h_\theta(x^{(i)})\big) + (1 - y^{(i)}) "
    r"\log\big(1 - h_\theta(x^{(i)})\big) \Big]"
)
_ES_LETS = (r"\hat{p} = h_{\theta}(\mathbf{x}) = \sigma(\theta^T \mathbf{x})", r"\sigma(t) = \frac{1}{1 + \exp(-t)}")
_RU_J = r"J(w, b) = - \frac{1}{N} \sum_{i=1}^{N} [y_i \log(\hat{y}_i) + (1 - y_i) \log(1 - \hat{y}_i)]"
_RU_J_LETS = (r"\hat{y} = \sigma(Xw+b)", r"\sigma(z) = \frac{1}{1 + e^{-z}}")
_RU_MSE = r"MSE = \frac{1}{N} \sum_{i=1}^{N} (y_i - \hat{y}_i)^2"
_RU_RIDGE = (
    r"J_{Ridge} = MSE + \lambda ||w||_2^2 = \frac{1}{N} \sum (y_i - \hat{y}_i)^2 + \lambda \sum w_j^2"
)
_RU_LIN_LETS = (r"\hat{y} = X w + b",)
_GLM_L = r"\ell(\boldsymbol{\beta}) = \sum_{i=1}^{n} \left[ y_i \ln(\mu_i) - \mu_i \right]"
_GLM_LETS = (r"\mu_i = e^{\mathbf{x}_i^T \boldsymbol{\beta}}",)
_JULIA_COST = r"-\sum_{i=1}^{n} \left( y_i x_i^T w - e^{x_i^T w} \right)"
_JULIA_LETS = ("xmat_t = transpose(xmat)",)
_CS229_COST = r"\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \theta^T x^{(i)} - e^{\theta^T x^{(i)}} \right)"
_CS229_LETS = ("m, n = X.shape", "g(X) = np.exp(X)")
_CN_L = (
    r"l(\theta) = \log{L(\theta)} = \sum_{i=1}^m\left [ y^ilogh_{\theta}(\mathbf{x}^i) + "
    r"(1-y^i)log(1-h_{\theta}(\mathbf{x}^i) \right ]"
)
_CN_LETS = (r"h_\theta(\mathbf{x}^i) = g(\theta^T\mathbf{x}^i) = \frac{1}{1+e^{-\theta^T\mathbf{x}^i}}",)
_NY_L = (
    r"l(\beta) = -\sum_{i=1}^n \left[y^{(i)}log(h(x^{(i)})) + (1-y^{(i)})log(1-h(x^{(i)}))     \right]"
)
_NY_L_REG = _NY_L + r" + \frac{\lambda}{2}\sum_{i=1}^n \beta_i^2"
_NY_LETS = (
    r"h(x) = \sigma(z) = \frac{1}{1 + e^{-z}}",
    r"z = \beta_0 + \beta_1x_1 + \beta_2x_2 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}",
)
_NY_WHY = (
    "z = β₀ + β·x: an intercept β₀ and the coefficient vector β; h(x^{(i)}) = σ(β₀ + β·x_i); the notes use n both "
    "for the number of examples (the sum over i) and of features (β_n)"
)
_PS_L = (
    r"\mathcal{L}_{\text{NLL}}(\mathbf{w}) = \sum_{i=1}^n \left[ \log(1 + e^{-z_i}) + (1 - y_i) z_i \right] \quad "
    r"\text{with } z_i = \mathbf{w}^\top \mathbf{x}_i"
)
_PS_PM1 = r"\mathcal{L}_{\text{NLL}}(\mathbf{w}) = \sum_{i=1}^n \log\left(1 + e^{-y_i \cdot \mathbf{w}^\top \mathbf{x}_i} \right)"
_PS_LETS = (r"\hat{p}_i = \sigma(z_i) = \frac{1}{1 + e^{-z_i}}", r"z_i = \mathbf{w}^\top \mathbf{x}_i")
_SKB_COST = (
    r"\frac{1}{n}\sum_{i=1}^{n}\left(y_i - \sum_{j=0}^{m}w_jx_j^i\right)^2 + \lambda\sum_{k=1}^{m} w_k^2"
)
_SKB_LETS = ("x_0^i = 1",)
_SKB_COST_WHY = (
    "the homework asks for ridge ('гребневую регрессию или L2-регуляризацию') without writing its loss; the cost is "
    "written out by hand from the notebook's model (x_0^i = 1, the intercept w_0 unpenalised, L = MSE + λΣ_{k≥1}w_k², "
    "the loss whose gradient the student's correction is); x_j^i is feature j of example i"
)
_CTU_J = "(1/size(y, 2)) * sum(log(1+exp(sum(-X.*w.*y, 1))))"
_CTU_LAYOUT = (
    "X is d × m with the examples as columns and y a 1 × m row of ±1 labels; sum(-X.*w.*y, 1) is the row of "
    "−y_i w·x_i"
)

COSTS: list[Cost] = [
    # ============================================================ Japanese textbook notes
    Cost(
        id="f32-jp-book-E-of-W-t-n-labels-w0-slope",
        source=JP_BOOK + ", E(W); y_n and a_n from the gradient derivation below it)",
        text=_JP_E,
        intended=_jp_book_ce,
        wrt=("w_0", "w_1"),
        lets=_JP_LETS,
        why=_JP_WHY + ": −(1/N)Σ[t log σ(w_0 x + w_1) + (1 − t) log(1 − σ(w_0 x + w_1))]",
    ),
    # ============================================================ Mexican university lab
    Cost(
        id="f32-mx-lab-mean-loglik-called-loss",
        source=MX_LAB + ", '### Función de Pérdida'; σ from the cell)",
        text=_MX_J,
        intended=_loglik_mean_theta,
        lets=_MX_LETS,
        why="the lab 'maximizes the log-likelihood' and calls it the loss: J is the MEAN LOG-LIKELIHOOD, +(1/m)Σ[y "
        "log σ(θ·x_i) + (1 − y) log(1 − σ(θ·x_i))], no minus; X_i is the i-th example (row)",
    ),
    Cost(
        id="f32-mx-repaso-min-sse",
        source=MX_REPASO + ", 'Esto equivale a minimizar el error cuadrático:')",
        text=r"\min_{\theta} \sum_{i=1}^{m} (y_i - \theta^T X_i)^2",
        intended=_sse_theta,
        why="the objective under \\min_θ: Σ(y_i − θ·x_i)², no 1/m",
    ),
    # ============================================================ Spanish notes on Géron
    Cost(
        id="f32-es-geron-J-big-brackets",
        source=ES_LOG + ", the cost J(θ); p̂ = h_θ(x) and σ(t) from the same cell)",
        text=_ES_J,
        intended=_ce_mean_theta,
        lets=_ES_LETS,
        why="\\Big[ … \\Big] and \\big( … \\big) are sized brackets: the mean cross-entropy of σ(θᵀx)",
    ),
    Cost(
        id="f32-es-apuntes-half-mse-theta0-theta1",
        source=ES_LIN + "; h_θ(x) from 'Planteamos una hipotesis')",
        text=r"J(\theta) = \frac{1}{2m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2",
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) = \theta_0 + \theta_1 x",),
        why="a one-feature line θ₀ + θ₁x: (1/2m)Σ(θ₀ + θ₁x_i − y_i)²",
    ),
    Cost(
        id="f32-es-geron-mse-x-h-theta-unicode",
        source=ES_MSE + ", the second MSE display)",
        text=r"MSE(x, h_θ) = \frac{1}{N} \sum_{i=1}^{N} (y^{(i)} - \theta^T x^{(i)})^2",
        intended=_mse_theta,
        why="Géron's MSE(X, h_θ) with a Unicode θ in its name and \\theta in the body: (1/N)Σ(y_i − θ·x_i)²",
    ),
    Cost(
        id="f32-es-lasso-refused",
        source=ES_REG,
        text=r"J(\theta) = MSE(\theta) + \alpha \sum_{i=1}^{n} |\theta_i|",
        intended=None,
        expect="refuse",
        why="an L1 penalty |θ_i| (not differentiable at 0), and MSE(θ) is a name the display does not define",
    ),
    # ============================================================ Russian handbook
    Cost(
        id="f32-ru-handbook-logloss-y-hat-vector-let",
        source=RU_LOG + ", '**Средний Log Loss (по всем N объектам):**'; ŷ from 'Градиенты Log Loss', σ from V.A)",
        text=_RU_J,
        intended=_ce_mean_w_b,
        wrt=("w_j", "b"),
        lets=_RU_J_LETS,
        why="ŷ is defined as a vector (σ(Xw + b)) and used by entry (ŷ_i): the mean cross-entropy of σ(w·x_i + b)",
    ),
    Cost(
        id="f32-ru-handbook-mse-y-hat",
        source=RU_LIN + ", '#### V.B. Функция Ошибки: MSE'; ŷ from 'Матричная форма')",
        text=_RU_MSE,
        intended=_mse_w_b,
        wrt=("w_j", "b"),
        lets=_RU_LIN_LETS,
        why="(1/N)Σ(y_i − (w·x_i + b))², 1/N without a ½",
    ),
    Cost(
        id="f32-ru-handbook-ridge-chain-unindexed-sums",
        source=RU_LIN + ", '**1. L2-Регуляризация (Ridge / Гребневая регрессия):**', Функция ошибки; ŷ from "
        "'Матричная форма')",
        text=_RU_RIDGE,
        intended=_ridge_mse_w_b,
        wrt=("w_j", "b"),
        lets=_RU_LIN_LETS,
        why="a chain whose first member names MSE; its last member: (1/N)Σ_i(y_i − ŷ_i)² + λΣ_j w_j², sums written "
        "without limits; b unpenalised",
    ),
    Cost(
        id="f32-ru-handbook-categorical-ce-refused",
        source=RU_LOG + ", 'V.D. Мультиклассовая Логистическая Регрессия', 'Средняя Категориальная Кросс-Энтропия')",
        text=r"J(W, b) = - \frac{1}{N} \sum_{j=1}^{N} \sum_{i=1}^{K} y_{ij} \log(\hat{y}_{ij})",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="multiclass: ŷ_{ij} is a softmax output over K classes (out of scope)",
    ),
    # ============================================================ Poisson: a GLM explainer
    Cost(
        id="f32-glm-explainer-poisson-loglik-mu-i",
        source=GLM,
        text=_GLM_L,
        intended=_poisson_loglik_beta,
        wrt=("beta_j",),
        lets=_GLM_LETS,
        why="the Poisson log-likelihood (maximised; the ln y_i! constant dropped): Σ[y_i x_i·β − e^{x_i·β}]",
    ),
    # ============================================================ Chinese tutorial and notes
    Cost(
        id="f32-cn-tutorial-loglik-glued-logh-unclosed",
        source=CN_TUT + ", '将L(θ)转化为对数似然函数l(θ)'; h and g from '其中，')",
        text=_CN_L,
        intended=_loglik_sum_theta,
        lets=_CN_LETS,
        why="real slip read as meant: 'y^ilogh_{\\theta}(…)' is y^i·log h_θ(x^i) (x^i, y^i index the example), and "
        "log(1-h_{\\theta}(\\mathbf{x}^i) lacks its ')' before \\right ], the only place it can close; the "
        "log-likelihood Σ[y log σ(θ·x_i) + (1 − y) log(1 − σ(θ·x_i))], no minus, no 1/m; the middle member "
        "log L(θ) names it",
    ),
    Cost(
        id="f32-cn-notes-nll-beta0-intercept",
        source=CN_NOTES + ", '* 负对数似然'; h and z from '1.' and '2.')",
        text=_NY_L,
        intended=_cn_nll_beta,
        wrt=("beta_0", "beta_j"),
        lets=_NY_LETS,
        why=_NY_WHY + ": −Σ[y log σ(β₀ + β·x_i) + (1 − y) log(1 − σ(β₀ + β·x_i))]",
    ),
    Cost(
        id="f32-cn-notes-nll-plus-half-lambda-beta-sq",
        source=CN_NOTES + ", '* 负对数似然，加上正则化参数'; h and z from '1.' and '2.')",
        text=_NY_L_REG,
        intended=_cn_nll_ridge_beta,
        wrt=("beta_0", "beta_j"),
        lets=_NY_LETS,
        why=_NY_WHY + "; the penalty (λ/2)Σ_{i=1}^n β_i² covers β₁…β_n, not the intercept β₀",
    ),
    Cost(
        id="f32-cn-notes-likelihood-exponent-slip",
        source=CN_NOTES + ", '* 得到极大似然估计， 对于n个数据样本'; h and z from '1.' and '2.')",
        text=r"L(\beta) = \displaystyle\prod_{i=1}^n h(x^{(i)})^{y^{(i)}}(1 - h(x^{(i)}))^{y^{(i)}}",
        intended=_cn_likelihood_slip,
        wrt=("beta_0", "beta_j"),
        lets=_NY_LETS,
        why=_NY_WHY + "; real slip read as written: the second exponent is y^{(i)}, not 1 − y^{(i)} (the notes' "
        "line above has the same slip), so Π h_i^{y_i}(1 − h_i)^{y_i}; a likelihood (a product), not its log",
    ),
    # ============================================================ pystatsml course material
    Cost(
        id="f32-pystatsml-nll-simplified-quad-with-z",
        source=PYSTATSML + ", '**Final Simplified Expression**')",
        text=_PS_L,
        intended=_ce_sum_w,
        wrt=("w_j",),
        why="z_i is defined inside the display after \\quad \\text{with }; log(1 + e^{−z}) + (1 − y)z is the "
        "cross-entropy of σ(z) for y ∈ {0, 1}: −Σ[y log σ(w·x_i) + (1 − y) log(1 − σ(w·x_i))]",
    ),
    Cost(
        id="f32-pystatsml-or-equivalently-pm1-form",
        source=PYSTATSML + ", 'Or, equivalently:')",
        text=_PS_PM1,
        intended=_pm1_softplus_sum_w,
        wrt=("w_j",),
        why="read as written, Σ log(1 + e^{−y_i w·x_i}); it is the ±1-label loss, NOT equal to the 0/1 form above it "
        "(with y_i = 0 it gives log 2), though the page says 'equivalently'",
    ),
    # ============================================================ CTU homework
    Cost(
        id="f32-ctu-logistic-loss-pm1-columns",
        source=CTU + ", logistic_loss.m: loss = …)",
        text=_CTU_J,
        intended=_pm1_softplus_mean_w,
        wrt=("w_j",),
        why=_CTU_LAYOUT + "; (1/m)Σ log(1 + e^{−y_i w·x_i})",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Mexican lab (real sign error first)
    Answer(
        id="f32-mx-lab-stated-gradient-wrong-sign",
        source=MX_LAB + ", '### **Gradiente**' under 'Regresión Logística con ascenso en Gradiente')",
        text=r"\frac{1}{m} \sum_{i=1}^{m} \left( \sigma(\theta^T X_i) - y_i \right) X_{ij}",
        cost=_MX_J,
        verdict="different",
        lets=_MX_LETS,
        why="real: the J above is the mean log-likelihood (no minus); its gradient is (1/m)Σ(y_i − σ(θ·x_i))x_ij — "
        "the stated one is the negative-log-likelihood gradient, minus this (the lab's own derivation in the "
        "next cell gets y_i − σ)",
    ),
    Answer(
        id="f32-mx-lab-derivation-final",
        source=MX_LAB + ", '### **Derivada de la Función de Pérdida en Regresión Logística**', 'resultado final')",
        text=r"\frac{1}{m} \sum_{i=1}^{m} X_{ij} \left[ y_i - \sigma(\theta^T X_i) \right]",
        cost=_MX_J,
        verdict="equivalent",
        lets=_MX_LETS,
        why="(1/m)Σ x_ij(y_i − σ(θ·x_i)), the gradient of the mean log-likelihood",
    ),
    Answer(
        id="f32-mx-lab-derivation-paso-3",
        source=MX_LAB + ", '### **Paso 3: Factorizamos**')",
        text=r"\frac{1}{m} \sum_{i=1}^{m} \left[ y_i (1 - \sigma(\theta^T X_i)) X_{ij} - (1 - y_i) \sigma(\theta^T "
        r"X_i) X_{ij} \right]",
        cost=_MX_J,
        verdict="equivalent",
        lets=_MX_LETS,
        why="y(1 − σ) − (1 − y)σ = y − σ: the same gradient before factoring",
    ),
    # ============================================================ Chinese notes (real sign and penalty errors)
    Answer(
        id="f32-cn-notes-nll-gradient-wrong-sign",
        source=CN_NOTES + ", '* 梯度下降法', ∂l/∂β_j = …)",
        text=r"-\sum_{i=1}^n (h(x^{(i)}) - y^{(i)})x_j^{(i)}",
        cost=_NY_L,
        verdict="different",
        wrt="beta_j",
        lets=_NY_LETS,
        why="real: l(β) is the NEGATIVE log-likelihood, whose gradient is +Σ(h_i − y_i)x_ij; the notes write minus "
        "that (and then step β_j := β_j + α∂l/∂β_j, which is descent only with their wrong sign)",
    ),
    Answer(
        id="f32-cn-notes-reg-gradient-sum-of-all-betas",
        source=CN_NOTES + ", '* 梯度下降的时候，加上正则化参数')",
        text=r"-\sum_{i=1}^n (h(x^{(i)}) - y^{(i)})x_j^{(i)} + \lambda\sum_{i=1}^n \beta_i",
        cost=_NY_L_REG,
        verdict="different",
        wrt="beta_j",
        lets=_NY_LETS,
        why="real: two slips — the sign of the data term (as above), and ∂/∂β_j of (λ/2)Σβ_i² is λβ_j, not "
        "λΣ_iβ_i (the sum of every coefficient)",
    ),
    Answer(
        id="f32-cn-notes-nll-gradient-corrected-variant",
        source=CN_NOTES + ", ∂l/∂β_j with the leading minus dropped — a variant)",
        text=r"\sum_{i=1}^n (h(x^{(i)}) - y^{(i)})x_j^{(i)}",
        cost=_NY_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_NY_LETS,
        why="variant: without the minus it is the gradient of the NLL, Σ(σ(β₀ + β·x_i) − y_i)x_ij",
    ),
    # ============================================================ Skillbox homework (the course's formula, then the student's)
    Answer(
        id="f32-skillbox-course-ridge-wk-penalty-inside-sum",
        source=SKILLBOX + ", the first markdown cell, 'Формула поменяется следующим образом:', the k ≠ 0 line)",
        text=r"\frac{2}{n}\cdot(-1)\cdot \sum_{i=1}^{n} (x_k^i \cdot\left(y_i - \sum_{j=1}^{m}w_jx_j^i\right) + "
        r"\lambda\cdot 2\cdot w_k)",
        cost=_SKB_COST,
        verdict="different",
        wrt="w_k",
        lets=_SKB_LETS,
        why="real (the student notes 'формула не совсем корректная'): the penalty sits inside −(2/n)Σ_i, so it "
        "contributes −(2/n)·n·2λw_k = −4λw_k instead of +2λw_k, and the residual leaves out w_0",
    ),
    Answer(
        id="f32-skillbox-course-ridge-w0-penalised-no-intercept",
        source=SKILLBOX + ", the first markdown cell, the ∂L/∂w_0 line)",
        text=r"\frac{2}{n}\cdot(-1)\cdot \sum_{i=1}^{n} (1\cdot \left(y_i - \sum_{j=1}^{m}w_jx_j^i\right) + "
        r"\lambda\cdot 2\cdot w_0)",
        cost=_SKB_COST,
        verdict="different",
        wrt="w_0",
        lets=_SKB_LETS,
        why="real: the intercept gets a penalty term (−4λw_0) and its residual omits w_0 itself; the true entry is "
        "−(2/n)Σ(y_i − w_0 − Σ_{j≥1}w_jx_j^i)",
    ),
    Answer(
        id="f32-skillbox-student-ridge-wk",
        source=SKILLBOX + ", the student's 'верные формулы для градиентов', the k ≠ 0 line)",
        text=r"\frac{2}{n}\cdot \sum_{i=1}^{n} \left(-x_k^i \left(y_i - \left(\sum_{j=0}^{m}w_jx_j^i\right)\right) + "
        r"\lambda\cdot w_k\right)",
        cost=_SKB_COST,
        verdict="equivalent",
        wrt="w_k",
        lets=_SKB_LETS,
        why="(2/n)Σ_i λw_k = 2λw_k, and −(2/n)Σx_k^i r_i is the MSE part: the ridge gradient",
    ),
    Answer(
        id="f32-skillbox-student-ridge-w0",
        source=SKILLBOX + ", the student's 'верные формулы для градиентов', the ∂L/∂w_0 line)",
        text=r"\frac{2}{n}\cdot \sum_{i=1}^{n} \left(-\left(y_i - \left(\sum_{j=0}^{m}w_jx_j^i\right)\right)\right)",
        cost=_SKB_COST,
        verdict="equivalent",
        wrt="w_0",
        lets=_SKB_LETS,
        why="−(2/n)Σ r_i, the intercept unpenalised",
    ),
    # ============================================================ pystatsml (a real equivalence claim that fails)
    Answer(
        id="f32-pystatsml-boxed-gradient-for-pm1-form",
        source=PYSTATSML + ", the boxed gradient under '**Summary**', against the 'Or, equivalently' loss)",
        text=r"\sum_{i=1}^n (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)\mathbf{x}_i",
        cost=_PS_PM1,
        verdict="different",
        wrt="w_j",
        why="real: the page calls Σ log(1 + e^{−y_i w·x_i}) equivalent to the 0/1 NLL, but its gradient is "
        "−Σ y_i σ(−y_i w·x_i) x_i, not Σ(σ(w·x_i) − y_i)x_i",
    ),
    Answer(
        id="f32-pystatsml-boxed-gradient",
        source=PYSTATSML + ", the boxed gradient under '**Summary**')",
        text=r"\sum_{i=1}^n (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)\mathbf{x}_i",
        cost=_PS_L,
        verdict="equivalent",
        wrt="w_j",
        why="the gradient of the 0/1 NLL",
    ),
    Answer(
        id="f32-pystatsml-matrix-form-p-hat",
        source=PYSTATSML + ", 'Or in matrix form'; p̂_i and z_i from the recap)",
        text=r"\mathbf{X}^\top (\hat{\mathbf{p}} - \mathbf{y})",
        cost=_PS_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_PS_LETS,
        why="p̂ is the vector of p̂_i = σ(w·x_i): Xᵀ(p̂ − y) = Σ(σ(w·x_i) − y_i)x_i",
    ),
    # ============================================================ Japanese textbook notes
    Answer(
        id="f32-jp-book-dE-dw0",
        source=JP_BOOK + ", ∂E/∂w_0)",
        text=r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n",
        cost=_JP_E,
        verdict="equivalent",
        wrt="w_0",
        lets=_JP_LETS,
        why=_JP_WHY + "; w_0 is the slope: (1/N)Σ(σ(w_0x_n + w_1) − t_n)x_n",
    ),
    Answer(
        id="f32-jp-book-dE-dw1",
        source=JP_BOOK + ", ∂E/∂w_1)",
        text=r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)",
        cost=_JP_E,
        verdict="equivalent",
        wrt="w_1",
        lets=_JP_LETS,
        why="w_1 is the intercept: (1/N)Σ(σ(w_0x_n + w_1) − t_n)",
    ),
    Answer(
        id="f32-jp-book-dE-dw1-x-kept-variant",
        source=JP_BOOK + ", ∂E/∂w_1 with ∂E/∂w_0's factor x_n kept — a variant)",
        text=r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n",
        cost=_JP_E,
        verdict="different",
        wrt="w_1",
        lets=_JP_LETS,
        why="variant: ∂a_n/∂w_1 = 1 (w_1 is the intercept in a_n = w_0 x_n + w_1), so no x_n",
    ),
    Answer(
        id="f32-jp-book-dE-dw0-flipped-variant",
        source=JP_BOOK + ", ∂E/∂w_0 with (t_n − y_n) — a variant)",
        text=r"\frac{1}{N}\sum_{n=0}^{N-1}(t_n-y_n)x_n",
        cost=_JP_E,
        verdict="different",
        wrt="w_0",
        lets=_JP_LETS,
        why="variant: minus the gradient",
    ),
    # ============================================================ Spanish notes on Géron
    Answer(
        id="f32-es-geron-gradient-last-member",
        source=ES_LOG + ", the last member of ∇_θ J(θ) = … = …)",
        text=r"\frac{1}{m}\sum_{i=1}^m \big(h_\theta(x^{(i)}) - y^{(i)}\big)\, x^{(i)}.",
        cost=_ES_J,
        verdict="equivalent",
        lets=_ES_LETS,
        why="the vector (1/m)Σ(σ(θ·x_i) − y_i)x_i, with a thin space \\, and the display's closing period",
    ),
    Answer(
        id="f32-es-geron-gradient-matrix-bold-h",
        source=ES_LOG + ", ∇_θ J(θ) in matrix form)",
        text=r"\frac{1}{m} X^T (\mathbf{h} - \mathbf{y})",
        cost=_ES_J,
        verdict="equivalent",
        lets=_ES_LETS,
        why="bold h is the vector of h_θ(x^{(i)}) (not defined by the notes in so many words): Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f32-es-geron-gradient-matrix-flipped-variant",
        source=ES_LOG + ", ∇_θ J(θ) in matrix form with (y − h) — a variant)",
        text=r"\frac{1}{m} X^T (\mathbf{y} - \mathbf{h})",
        cost=_ES_J,
        verdict="different",
        lets=_ES_LETS,
        why="variant: minus the gradient",
    ),
    # ============================================================ Russian handbook
    Answer(
        id="f32-ru-handbook-dJ-dw-matrix",
        source=RU_LOG + ", 'По весам `w`:')",
        text=r"\frac{1}{N} X^T (\hat{y} - y)",
        cost=_RU_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_RU_J_LETS,
        why="Xᵀ(σ(Xw + b) − y)/N",
    ),
    Answer(
        id="f32-ru-handbook-dJ-db-mean-chain",
        source=RU_LOG + ", 'По смещению `b`:')",
        text=r"\frac{1}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) = \text{mean}(\hat{y} - y)",
        cost=_RU_J,
        verdict="equivalent",
        wrt="b",
        lets=_RU_J_LETS,
        why="both members are (1/N)Σ(σ(w·x_i + b) − y_i)",
    ),
    Answer(
        id="f32-ru-handbook-dmse-dwj",
        source=RU_LIN + ", 'Градиенты MSE', 'По весу w_j')",
        text=r"\frac{2}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) x_{ij}",
        cost=_RU_MSE,
        verdict="equivalent",
        wrt="w_j",
        lets=_RU_LIN_LETS,
        why="(2/N)Σ(w·x_i + b − y_i)x_ij",
    ),
    Answer(
        id="f32-ru-handbook-nabla-b-unindexed-sum",
        source=RU_LIN + ", 'Градиенты MSE', 'Матричная форма', ∇_b MSE)",
        text=r"\frac{2}{N} \sum (\hat{y} - y)",
        cost=_RU_MSE,
        verdict="equivalent",
        wrt="b",
        lets=_RU_LIN_LETS,
        why="the sum over the entries of the vector ŷ − y: (2/N)Σ(w·x_i + b − y_i)",
    ),
    Answer(
        id="f32-ru-handbook-mse-gradient-for-ridge-variant",
        source=RU_LIN + ", ∇_w MSE given for J_Ridge — a variant)",
        text=r"\frac{2}{N} X^T (\hat{y} - y)",
        cost=_RU_RIDGE,
        verdict="different",
        wrt="w_j",
        lets=_RU_LIN_LETS,
        why="variant: the MSE gradient without the penalty's 2λw",
    ),
    # ============================================================ Poisson: Julia notes and a CS229 answer
    Answer(
        id="f32-julia-poisson-gradient-map-exp",
        source=JULIA + ")",
        text="xmat_t * (map(exp, xmat*w) - yvec)",
        cost=_JULIA_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_JULIA_LETS,
        why="the GD_ARMIJO branch minimises -poisson_logLik(xmat,yvec,w) (a loop of y[i]*xw[i] - exp(xw[i]) - "
        "log y[i]!); the cost is that negative log-likelihood written out by hand without the constant; "
        "Xᵀ(exp(Xw) − y) is its gradient",
    ),
    Answer(
        id="f32-julia-poisson-gradient-exp-dropped-variant",
        source=JULIA + ", with map(exp, …) dropped — a variant)",
        text="xmat_t * (xmat*w - yvec)",
        cost=_JULIA_COST,
        verdict="different",
        wrt="w_j",
        lets=_JULIA_LETS,
        why="variant: Xᵀ(Xw − y) is the least-squares gradient, not the Poisson one",
    ),
    Answer(
        id="f32-cs229-poisson-grad-ascent",
        source=CS229 + "; m and g from the same method)",
        text="(1/m)*(y-g(X.dot(theta))).dot(X)",
        cost=_CS229_COST,
        verdict="equivalent",
        lets=_CS229_LETS,
        why="gradient ASCENT (theta + alpha*grad) on the mean Poisson log-likelihood, written out by hand as the "
        "cost (ln y! dropped): (1/m)Σ(y_i − e^{θ·x_i})x_i",
    ),
    Answer(
        id="f32-cs229-poisson-grad-no-1-over-m-variant",
        source=CS229 + ", with (1/m)* dropped — a variant)",
        text="(y-g(X.dot(theta))).dot(X)",
        cost=_CS229_COST,
        verdict="different",
        lets=_CS229_LETS,
        why="variant: m times the gradient of the mean log-likelihood",
    ),
    # ============================================================ Chinese tutorial
    Answer(
        id="f32-cn-tutorial-simplified",
        source=CN_TUT + ", '化简得：')",
        text=r"\sum_i \left[ y^i - g(\theta^T\mathbf{x}^i)\right]\mathbf{x}_j^i",
        cost=_CN_L,
        verdict="equivalent",
        lets=_CN_LETS,
        why="the gradient of the log-likelihood: Σ(y_i − σ(θ·x_i))x_ij (x_j^i is feature j of example i)",
    ),
    Answer(
        id="f32-cn-tutorial-substituted",
        source=CN_TUT + ", '代回上式得：')",
        text=r"\sum_i \left[ \frac{y^i}{g(\theta^T\mathbf{x}^i)} - \frac{1-y^i}{1-g(\theta^T\mathbf{x}^i)}\right]"
        r"g(\theta^T\mathbf{x}^i)\left( 1-g(\theta^T\mathbf{x}^i) \right)\mathbf{x}_j^i",
        cost=_CN_L,
        verdict="equivalent",
        lets=_CN_LETS,
        why="[y/g − (1 − y)/(1 − g)]·g(1 − g) = y − g: the same gradient before simplifying",
    ),
    Answer(
        id="f32-cn-tutorial-simplified-flipped-variant",
        source=CN_TUT + ", '化简得：' with [g − y] — a variant)",
        text=r"\sum_i \left[ g(\theta^T\mathbf{x}^i) - y^i\right]\mathbf{x}_j^i",
        cost=_CN_L,
        verdict="different",
        lets=_CN_LETS,
        why="variant: minus the gradient of the log-likelihood (the gradient of the NLL)",
    ),
    Answer(
        id="f32-cn-tutorial-simplified-x-dropped-variant",
        source=CN_TUT + ", '化简得：' with the factor x_j^i dropped — a variant)",
        text=r"\sum_i \left[ y^i - g(\theta^T\mathbf{x}^i)\right]",
        cost=_CN_L,
        verdict="different",
        lets=_CN_LETS,
        why="variant: the chain factor ∂(θᵀx^i)/∂θ_j = x_j^i is missing",
    ),
    # ============================================================ CTU homework
    Answer(
        id="f32-ctu-logistic-loss-gradient",
        source=CTU + ", logistic_loss_gradient.m: g = …)",
        text="sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)",
        cost=_CTU_J,
        verdict="equivalent",
        wrt="w_j",
        why=_CTU_LAYOUT + "; ∂/∂w log(1 + e^{−y w·x}) = −y x/(1 + e^{y w·x}), averaged over the m columns",
    ),
    Answer(
        id="f32-ctu-logistic-loss-gradient-minus-dropped-variant",
        source=CTU + ", logistic_loss_gradient.m with the -1 written 1 — a variant)",
        text="sum(((1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)",
        cost=_CTU_J,
        verdict="different",
        wrt="w_j",
        why="variant: minus the gradient",
    ),
]
