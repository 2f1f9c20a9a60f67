r"""A fresh held-out wave (f12): course notes and blog pages in other languages, mostly LaTeX.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* LaTeX (about half): a Portuguese notebook pair (logistic and one-feature linear regression, w and b), a
  Brazilian course site (θ₀, θ₁), Japanese, Korean, Chinese and Vietnamese notes and blog posts (x̃ augmented
  inputs, x^i written for the i-th example, an en dash for the minus, a let that is itself a chain);
* plain math as typed (Unicode ∑, superscript ⁽ⁱ⁾, ∂Cost/∂wⱼ) from a Japanese zenn.dev summary;
* code: NumPy (Japanese and Chinese repositories) and Octave (a Japanese translation of a Stack Overflow
  question, Spanish-commented costFunction.m).

About a quarter of the answers are wrong. The pages gave few real wrong answers, so most wrong items are a
realistic slip of a real answer on the same page (lost 1/m, kept ½, sign, missing xⱼ, the θ₁ formula used for
θ₀, regularised intercept, λ/2m), each marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``); ``cost`` and ``lets`` are the same source's, verbatim. Verdicts were
worked out by hand before logderiv was run. Files of the public code index whose repository the index does
not name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
KARLLA_LOG = "github:KarllaDelalibera/HandsOnML:models/logistic_regression/logistic_regression.ipynb"
KARLLA_LIN = "github:KarllaDelalibera/HandsOnML:models/linear_regression/linear_regression.ipynb"
PETCOMP_COST = "https://petcomputacaoufrgs.github.io/ml-course/parte-2/3/2-3.html (Função Custo (Cost Function))"
PETCOMP_GD = (
    "https://petcomputacaoufrgs.github.io/ml-course/parte-2/4/2-4-2.html (Gradiente Descendente para Regressão "
    "Linear, 'Algorithm 2')"
)
QRS = "https://notebook.community/qrsforever/workspace/ML/learn/algorithm/loss_functions (损失函数 / 偏导)"
NGOVANUC = "https://github.com/ngovanuc/Machine_Learning (README, '📘 I. Logistic Regression là gì?')"
ISOLUTION = (
    "https://isolution.pro/q/so77027805/bekutoruka-niyoru-seisokuka-sareta-rojisuthikku-kaiki (Japanese "
    "translation of a Stack Overflow question on vectorised regularised logistic regression)"
)
NARU = (
    "https://naru.jpn.com/wordpress/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F47 ('正規方程式の連立偏微分方程式"
    "からの導出', 前提)"
)
DORAEMIN = "https://doraemin.tistory.com/222 ('[Cost Function] Linear Regression & Logistic Regression')"
ZENN = "https://zenn.dev/kmj13/articles/multiple-regression-summary-with-image ('📊 重回帰完全まとめ(画像付き)')"
KICHI1 = "github:kichinosukey/machine-learning-basics:chap01/lib.py"
KICHI2 = "github:kichinosukey/machine-learning-basics:chap02/lib.py"
OCT_ES = (
    "GitHub Octave 'function [cost, grad] = costFunction(X, y, theta)' with Spanish comments '% calcula el "
    "sigmoide', '% calcula el coste', '% calcula el gradiente en el coste' (public code index file 27350089781; "
    "the index names no repository)"
)
CN_CLASS = (
    "GitHub Python 'class LogisticRegression' with Chinese comments (# 前向传播, # 计算梯度, # 交叉熵损失) "
    "(public code index file 30081427162; the index names no repository)"
)
VETRZ = "https://github.com/vetrz/machine-learning-explained (README, '## Modelo de Regressão Linear')"
LSVIH = (
    "https://lsvih.com/2016/03/23/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0%E5%AD%A6%E4%B9%A0%E7%AC%94%E8%AE%B0%EF%BC%88"
    "%E5%9B%9B%EF%BC%89/ ('### 多元线性回归与梯度下降的推广')"
)
RUNXINZHI = "http://runxinzhi.com/qkloveslife-p-9866515.html (逻辑回归的代价函数为)"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_reg_theta_skip_first(d):
    return _ce_mean_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _nll_sum_w(d):
    p = sig(d.X @ d.w)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _mse_w(d):
    return float(np.mean((d.X @ d.w - d.y) ** 2))


def _half_mse_wb(d):
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m)


def _half_mse_one_wb(d):
    return float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)) / (2 * d.m)


def _half_mse_theta01(d):
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


# ------------------------------------------------------------------ shared texts
_KL_J = (
    r"J(\mathbf{w},b) = \frac{1}{m} \sum_{i=0}^{m-1} \left[ loss(f_{\mathbf{w},b}(\mathbf{x}^{(i)}), y^{(i)}) "
    r"\right] \tag{4}"
)
_KL_LETS = (
    r"loss(f_{\mathbf{w},b}(\mathbf{x}^{(i)}), y^{(i)}) = -y^{(i)} \log\left(f_{\mathbf{w},b}\left( "
    r"\mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( "
    r"\mathbf{x}^{(i)} \right) \right) \tag{5}",
    r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x}^{(i)} + b ) \tag{1}",
    r"g(z) = \frac{1}{1+e^{-z}}\tag{2}",
)
_KLIN_J = r"J(w,b) = \frac{1}{2n} \sum\limits_{i = 0}^{n-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2 \tag{2}"
_KLIN_LETS = (r"f_{w,b}(x^{(i)}) = wx^{(i)} + b \tag{1}",)
_PET_J = r"J(\theta _0 , \theta _1) = \frac{1}{2m} \sum _{i=1} ^m (h _{\theta}(x _i) - y _i) ^2"
_PET_LETS = (r"h _{\theta}(x) = \theta _0 + \theta _1 x",)
_PET_G1 = r"\frac{1}{m} \sum _{i=1} ^m (h _{\theta}(x ^{(i)}) - y ^{(i)}) \cdot x ^{(i)}"
_QRS_J = r"J(\theta) = \dfrac{1}{2m} \sum\limits_{i=1}^m{\big[ h(x^i) - y^i \big]^2}"
_QRS_LETS = (r"h(\theta_1, \theta_2, ..., \theta_m) = \theta_1x_1 + \theta_2x_2 + ... + \theta_mx_m",)
_NGO_L = (
    r"\mathcal{L}(\mathbf{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y_i \log(\hat{y}_i) + (1 - y_i) "
    r"\log(1 - \hat{y}_i) \right]"
)
_NGO_LETS = (r"z = \mathbf{w}^\top \mathbf{x} + b", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}")
_ISO_J = "(sum(-y' * log(hx) - (1 - y') * log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)"
_ISO_J0 = "((-y' * log(hx)) - ((1-y)' * log(1-hx)))/m"
_ISO_LETS = ("hx = sigmoid(X * theta);", "m = length(X);")
_ISO_GRAD = "((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ m"
_ZENN_J = "Cost(w, b) = (1 / 2m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾)²"
_ZENN_LETS = ("H(x) = ∑(wᵢ * xᵢ) + b",)
_KICHI1_J = "1/(2*m) * np.sum((h - y)**2)"
_KICHI1_LETS = ("m = len(X)", "h = np.dot(X, theta)")
_KICHI2_J = "1/m*sum(-y*np.log(h) - (1-y)*(np.log(1-h)))"
_KICHI2_LETS = ("m = X.shape[0]", "h = sigmoid(np.dot(X, theta))")
_KICHI2_JREG = "1/m*sum(-y*np.log(h) - (1-y)*(np.log(1-h))) + alpha/(2*m)*sum(theta_reg**2)"
_KICHI2_REG_LETS = _KICHI2_LETS + ("theta_reg = np.r_[np.zeros([1, 1]), theta[1:, :]]",)
_OCT_ES_J = "(-1/m)*sum(y.*log(h) + (1-y).*log(1-h))"
_OCT_ES_LETS = ("m = length(y);", "h = sigmoid(X*theta);")
_CN_J = "(-y * np.log(h) - (1 - y) * np.log(1 - h)).mean()"
_CN_LETS = ("z = np.dot(X, self.theta)", "h = self.__sigmoid(z)")
_VETRZ_J = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2"
_VETRZ_LETS = (r"h_\theta(\mathbf{x}) = \mathbf{\theta}^T \mathbf{x}",)
_LSVIH_J = r"J(\theta_0,\theta_1,...,\theta_n)=\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})^2"
_LSVIH_LETS = (r"h(x)=\sum^n_{i=0}\theta_ix_i=\theta^TX",)

COSTS: list[Cost] = [
    # ============================================================ LaTeX
    Cost(
        id="f12-karlla-J-loss-let-tag",
        source=KARLLA_LOG + " (markdown cell '### Regressão logística', eq. (4); loss from eq. (5), f and g from "
        "eqs. (1), (2))",
        text=_KL_J,
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=_KL_LETS,
        why="J is the mean of a per-example loss named `loss(…)` and defined in its own display (eq. 5) as the "
        "cross-entropy of f = g(w·x⁽ⁱ⁾ + b); the sum runs i = 0…m−1 (0-based, m terms); \\tag{n} are labels",
    ),
    Cost(
        id="f12-karlla-linear-J-2n-n-examples",
        source=KARLLA_LIN + " (markdown cell '### Regressão linear', eq. (2); f from eq. (1))",
        text=_KLIN_J,
        intended=_half_mse_one_wb,
        wrt=("w", "b"),
        lets=_KLIN_LETS,
        why="one feature, scalar w (wx⁽ⁱ⁾ + b); here n counts the EXAMPLES (i runs 0…n−1 over the training "
        "pairs), so 1/(2n)Σ is the half mean squared error over the m examples",
    ),
    Cost(
        id="f12-petcomp-J-theta0-theta1-spaced-subscripts",
        source=PETCOMP_COST + " (the 'Função Custo' item of the four 'predefinições básicas'; h from 'Hipótese')",
        text=_PET_J,
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=_PET_LETS,
        why="one-feature linear regression h = θ₀ + θ₁x; the page spaces subscripts and superscripts "
        "(\\theta _0, \\sum _{i=1} ^m, ) ^2); x_i, y_i are example i",
    ),
    Cost(
        id="f12-petcomp-J-chain-yhat-unicode",
        source=PETCOMP_COST + " (the first display, J = … = …; h from 'Hipótese')",
        text=r"J(\theta _0 , \theta _1) = \frac{1}{2m} \sum _{i=1} ^m (ŷ _i - y _i) ^2 = \frac{1}{2m} \sum _{i=1} ^m "
        r"(h _{\theta}(x _i) - y _i) ^2",
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=_PET_LETS,
        why="a chain J = (ŷ form) = (h form): the page writes a literal Unicode ŷ inside the LaTeX and the "
        "chain's last side says ŷ_i = h_θ(x_i) = θ₀ + θ₁x_i; both sides are the same half mean squared error",
    ),
    Cost(
        id="f12-qrs-J-superscript-i-is-example",
        source=QRS + " (损失函数; h from 参数函数, the page's own line)",
        text=_QRS_J,
        intended=_half_mse_theta,
        lets=_QRS_LETS,
        why="x^i, y^i are the i-th example, not powers (the page: 'i: 第i个样本,一般放到右上方标记'); h is the "
        "linear θ₁x₁ + … (its 'argument list' names the parameters, and the m there counts parameters, not "
        "examples); the sum's argument is a brace group: (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²",
    ),
    Cost(
        id="f12-ngovanuc-mathcal-L-w-b",
        source=NGOVANUC + " (## 📉 III. Hàm mất mát: Binary Cross Entropy; z and ŷ from ## 🧮 II. Ý tưởng chính)",
        text=_NGO_L,
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=_NGO_LETS,
        why="the mean cross-entropy named \\mathcal{L}(w, b); ŷ_i is σ(wᵀx_i + b) (the lets are written without "
        "the example index)",
    ),
    Cost(
        id="f12-naru-J-en-dash-minus-sum-from-k0",
        source=NARU + " (the display under '目的関数として,'; the h after ', ~~~' in the same display is the let)",
        text=r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left( h_{\theta}(x^{(i)}) – y^{(i)} \right)^{2}",
        intended=_half_mse_theta,
        lets=(r"h_{\theta}(x^{(i)}) = \sum_{k=0}^{n}\theta_{k}x_{k}^{(i)}",),
        why="WordPress turned the minus into an en dash (the page's HTML has &#8211;, copied here as '–'): it is "
        "a minus; h is θᵀx⁽ⁱ⁾ summed over all components (x₀ = 1 absorbed), the usual half mean squared error",
    ),
    Cost(
        id="f12-doraemin-mse-widetilde-x",
        source=DORAEMIN + " (선형 회귀, '손실 함수:' line; the '(MSE)' after it dropped)",
        text=r"J(\mathbf{w}) = \frac{1}{N}\sum_{i=1}^N (\mathbf{w}^\top \widetilde{\mathbf{x}}_i - y_i)^2",
        intended=_mse_w,
        wrt=("w_j",),
        why="x̃_i is x_i augmented with a 1 (intercept absorbed), a row of the design matrix; N is the number of "
        "examples; a plain mean (no ½)",
    ),
    Cost(
        id="f12-doraemin-nll-sum-sigma-inline",
        source=DORAEMIN + " (로지스틱 회귀, '손실 함수: Negative Log Likelihood (Binary Cross‐Entropy)')",
        text=r"L(\mathbf{w}) = -\sum_{i=1}^N \Bigl[y_i \ln(\sigma(\mathbf{w}^\top \widetilde{\mathbf{x}}_i)) + "
        r"(1-y_i)\ln(1-\sigma(\mathbf{w}^\top \widetilde{\mathbf{x}}_i))\Bigr]",
        intended=_nll_sum_w,
        wrt=("w_j",),
        why="the summed negative log-likelihood (no 1/N) with σ written inline; x̃_i augmented input",
    ),
    Cost(
        id="f12-vetrz-J-mathbf-theta-let",
        source=VETRZ + " (### 2. Função de Custo (Compute Cost); h from ### 1. Hipótese, the vector form)",
        text=_VETRZ_J,
        intended=_half_mse_theta,
        lets=_VETRZ_LETS,
        why="the standard half mean squared error with h_θ(x) = θᵀx (\\mathbf{\\theta} in the let)",
    ),
    Cost(
        id="f12-lsvih-J-theta0-to-n-let-chain",
        source=LSVIH + " (the J(θ₀,…,θₙ) display; h from the display 'h(x)=\\sum…=\\theta^TX' above it)",
        text=_LSVIH_J,
        intended=_half_mse_theta,
        lets=_LSVIH_LETS,
        why="the let is itself a chain h(x) = Σθᵢxᵢ = θᵀX (its index i is the feature, not the example); the cost "
        "calls it h_θ; half mean squared error",
    ),
    Cost(
        id="f12-runxinzhi-backslashes-lost",
        source=RUNXINZHI + " (the first bracketed display)",
        text="[Jleft( heta ight) = - left[ {frac{1}{m}sumlimits_{i = 1}^m {{y^{left( i ight)}}log {h_ heta "
        "}left( {{x^{left( i ight)}}} ight) + left( {1 - {y^{left( i ight)}}} ight)log left( {1 - {h_ heta "
        "}left( {{x^{left( i ight)}}} ight)} ight)} } ight]]",
        intended=None,
        expect="refuse",
        why="a scraped copy of the logistic cost whose backslashes were eaten (\\frac → frac, \\theta → ' heta', "
        "\\right → ' ight'): not LaTeX any more; guessing it back is not reading it",
    ),
    # ============================================================ plain math
    Cost(
        id="f12-zenn-cost-unicode-plain",
        source=ZENN + " (2. コスト関数 (Cost Function); H from 1. 仮説 (Hypothesis))",
        text=_ZENN_J,
        intended=_half_mse_wb,
        wrt=("w_j", "b"),
        lets=_ZENN_LETS,
        why="typed with Unicode: ∑ without limits runs over the examples, ⁽ⁱ⁾ is a superscript (i), ² a square; "
        "(1 / 2m) is 1/(2m) (the page: the squared error averaged, with ½); H(x) = Σwᵢxᵢ + b over features",
    ),
    # ============================================================ code
    Cost(
        id="f12-kichi-linear-np-sum-code",
        source=KICHI1 + " (def costFunction: return …)",
        text=_KICHI1_J,
        intended=_half_mse_theta,
        lets=_KICHI1_LETS,
        why="m = len(X) is the number of rows (examples); half mean squared error of Xθ",
    ),
    Cost(
        id="f12-kichi-logistic-builtin-sum-code",
        source=KICHI2 + " (def lrCostFunction: J = …)",
        text=_KICHI2_J,
        intended=_ce_mean_theta,
        lets=_KICHI2_LETS,
        why="Python's builtin sum over the per-example losses; 1/m*sum(…) is the mean cross-entropy",
    ),
    Cost(
        id="f12-isolution-octave-reg-row-ones",
        source=ISOLUTION + " (the quoted code, J = …; hx and m from the lines above it)",
        text=_ISO_J,
        intended=_ce_reg_theta_skip_first,
        lets=_ISO_LETS,
        why="-y' * log(hx) and (1 - y') * log(1 - hx) are inner products (1×m times m×1), sum of that scalar is "
        "itself; theta(2:end) leaves out the intercept theta(1); m = length(X) is the row count (m > n+1)",
    ),
    Cost(
        id="f12-isolution-octave-asker-rewrite",
        source=ISOLUTION + " (the asker's 'J = …' restating the first part of the cost)",
        text=_ISO_J0,
        intended=_ce_mean_theta,
        lets=_ISO_LETS,
        why="(-y'·log h − (1−y)'·log(1−h))/m: the unregularised mean cross-entropy",
    ),
    Cost(
        id="f12-octave-es-cost",
        source=OCT_ES + " (cost = …; m and h from the lines above it)",
        text=_OCT_ES_J,
        intended=_ce_mean_theta,
        lets=_OCT_ES_LETS,
        why="(-1/m)Σ(y log h + (1−y) log(1−h)) with elementwise .*: the mean cross-entropy",
    ),
    Cost(
        id="f12-cn-class-mean-method",
        source=CN_CLASS + " (def __loss: cross_entropy = …; z and h from fit(), # 前向传播)",
        text=_CN_J,
        intended=_ce_mean_theta,
        lets=_CN_LETS,
        why="the per-example losses' .mean(); the parameters are the attribute self.theta and the sigmoid the "
        "private method self.__sigmoid (the np.clip before it only guards the logs)",
    ),
    Cost(
        id="f12-cn-class-l1-abs",
        source=CN_CLASS + " (def __compute_regularization, the 'l1' branch: return …)",
        text="alpha * np.sum(np.abs(theta[1:]))",
        intended=None,
        expect="refuse",
        why="an L1 penalty: np.abs is not differentiable at 0 and is not a supported cost",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f12-karlla-dw-j-align-amp",
        source=KARLLA_LOG + " (#### Derivadas, first line of the align*, trailing \\\\ dropped; cost eq. (4))",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial w_j}  &= \frac{1}{m} \sum\limits_{i = 0}^{m-1} "
        r"(f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})x_{j}^{(i)} \tag{6}",
        cost=_KL_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_KL_LETS,
        why="an align* row: '&=' is the alignment point of '='; (1/m)Σ(f − y)xⱼ is the cross-entropy gradient",
    ),
    Answer(
        id="f12-karlla-db-align-amp",
        source=KARLLA_LOG + " (#### Derivadas, second line of the align*; cost eq. (4))",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial b}  &= \frac{1}{m} \sum\limits_{i = 0}^{m-1} "
        r"(f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)}) \tag{7}",
        cost=_KL_J,
        verdict="equivalent",
        wrt="b",
        lets=_KL_LETS,
    ),
    Answer(
        id="f12-karlla-dw-j-lost-1m",
        source=KARLLA_LOG + " (eq. (6) with the 1/m dropped — a variant)",
        text=r"\sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})x_{j}^{(i)}",
        cost=_KL_J,
        verdict="different",
        wrt="w_j",
        lets=_KL_LETS,
        why="variant (lost 1/m): J is a mean, the sum is m times its gradient",
    ),
    Answer(
        id="f12-karlla-linear-dw-cdot-x",
        source=KARLLA_LIN + " (#### Derivadas, eq. (3); cost eq. (2))",
        text=r"\frac{\partial J(w, b)}{\partial w} = \frac{1}{n} \sum\limits_{i=0}^{n-1} (wx^{(i)} + b - y^{(i)}) "
        r"\cdot x^{(i)} \tag{3}",
        cost=_KLIN_J,
        verdict="equivalent",
        wrt="w",
        lets=_KLIN_LETS,
        why="n counts the examples in both the cost and the answer; the ½ cancels the 2 of the square",
    ),
    Answer(
        id="f12-karlla-linear-db",
        source=KARLLA_LIN + " (#### Derivadas, eq. (4); cost eq. (2))",
        text=r"\frac{\partial J(w, b)}{\partial b} = \frac{1}{n} \sum\limits_{i=0}^{n-1} (wx^{(i)} + b - y^{(i)})"
        r"\tag{4}",
        cost=_KLIN_J,
        verdict="equivalent",
        wrt="b",
        lets=_KLIN_LETS,
    ),
    Answer(
        id="f12-karlla-linear-dw-unevaluated-chain-rule",
        source=KARLLA_LIN + " (#### Derivadas, the middle step before eq. (3), the part after '=')",
        text=r"\frac{1}{2n} \sum\limits_{i = 0}^{n-1} 2(wx^{(i)} + b - y^{(i)}) \cdot \frac{\partial}{\partial w}"
        r"(wx^{(i)} + b - y^{(i)})",
        cost=_KLIN_J,
        verdict="equivalent",
        wrt="w",
        lets=_KLIN_LETS,
        why="the chain rule written out with the inner derivative left unevaluated: ∂/∂w(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾) = x⁽ⁱ⁾, "
        "so it is (1/n)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾",
    ),
    Answer(
        id="f12-karlla-linear-db-kept-half",
        source=KARLLA_LIN + " (eq. (4) with the ½ of the cost kept — a variant)",
        text=r"\frac{1}{2n} \sum\limits_{i=0}^{n-1} (wx^{(i)} + b - y^{(i)})",
        cost=_KLIN_J,
        verdict="different",
        wrt="b",
        lets=_KLIN_LETS,
        why="variant (kept ½): the 2 from the square cancels the ½, so the gradient is (1/n)Σ(…), twice this",
    ),
    Answer(
        id="f12-petcomp-theta0-step",
        source=PETCOMP_GD + " (line 3, the factor after α in θ₀ := θ₀ − α…; cost and h from the 'Função Custo' "
        "page)",
        text=r"\frac{1}{m} \sum _{i=1} ^m (h _{\theta}(x ^{(i)}) - y ^{(i)})",
        cost=_PET_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_PET_LETS,
        why="x ^{(i)} and x _i both name example i on these pages; ∂J/∂θ₀ = (1/m)Σ(h − y)",
    ),
    Answer(
        id="f12-petcomp-theta1-step-cdot",
        source=PETCOMP_GD + " (line 4, the factor after α in θ₁ := θ₁ − α…)",
        text=_PET_G1,
        cost=_PET_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_PET_LETS,
    ),
    Answer(
        id="f12-petcomp-theta1-formula-for-theta0",
        source=PETCOMP_GD + " (the θ₁ factor of line 4 given for θ₀ — a variant)",
        text=_PET_G1,
        cost=_PET_J,
        verdict="different",
        wrt="theta_0",
        lets=_PET_LETS,
        why="variant (x on the intercept): ∂J/∂θ₀ has no factor x⁽ⁱ⁾",
    ),
    Answer(
        id="f12-qrs-dJ-dtheta-j-big-brackets",
        source=QRS + " (偏导)",
        text=r"\dfrac{\partial{J(\theta)}}{\partial{\theta_j}} = \dfrac{1}{m}\sum\limits_{i=1}^{m}\big[h_\theta(x^i) "
        r"- y^i \big] x_j^i",
        cost=_QRS_J,
        verdict="equivalent",
        lets=_QRS_LETS,
        why="x_j^i is feature j of example i; h_θ here is the same h as the cost's; (1/m)Σ(h − y)xⱼ",
    ),
    Answer(
        id="f12-ngovanuc-nabla-w-vector",
        source=NGOVANUC + " (## ⚙️ IV. Tối ưu hoá: Gradient Descent, 'Gradient của hàm mất mát')",
        text=r"\nabla_\mathbf{w} = \frac{1}{m} \sum_{i=1}^{m} (\hat{y}_i - y_i) \cdot \mathbf{x}_i",
        cost=_NGO_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_NGO_LETS,
        why="the whole gradient vector: component j of x_i gives (1/m)Σ(ŷ_i − y_i)x_ij",
    ),
    Answer(
        id="f12-ngovanuc-nabla-w-missing-x",
        source=NGOVANUC + " (the ∇_w display with the feature vector dropped — a variant)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} (\hat{y}_i - y_i)",
        cost=_NGO_L,
        verdict="different",
        wrt="w_j",
        lets=_NGO_LETS,
        why="variant (missing xⱼ): that is ∂L/∂b, not ∂L/∂wⱼ",
    ),
    Answer(
        id="f12-vetrz-dJ-dtheta-j",
        source=VETRZ + " (### 3. Gradiente Descendente, 'Para a Regressão Linear, a derivada parcial é:')",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - "
        r"y^{(i)}) x_j^{(i)}",
        cost=_VETRZ_J,
        verdict="equivalent",
        lets=_VETRZ_LETS,
    ),
    Answer(
        id="f12-lsvih-theta1-step",
        source=LSVIH + " (the factor after α in θ₁ := θ₁ − α…)",
        text=r"\frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})x^{(i)}_1",
        cost=_LSVIH_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_LSVIH_LETS,
        why="x^{(i)}_1 (superscript before subscript) is feature 1 of example i; ∂J/∂θ₁ = (1/m)Σ(h − y)x₁",
    ),
    Answer(
        id="f12-lsvih-theta0-step-x0",
        source=LSVIH + " (the factor after α in θ₀ := θ₀ − α…)",
        text=r"\frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})x^{(i)}_0",
        cost=_LSVIH_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_LSVIH_LETS,
        why="h = Σ_{i=0}^n θᵢxᵢ pairs θ₀ with x₀ (= 1 in the course): ∂J/∂θ₀ = (1/m)Σ(h − y)x₀",
    ),
    # ============================================================ plain math
    Answer(
        id="f12-zenn-dcost-dwj-unicode",
        source=ZENN + " (3. 勾配計算(微分), 重み wⱼ に対する偏微分)",
        text="∂Cost/∂wⱼ = (1 / m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾) * xⱼ⁽ⁱ⁾",
        cost=_ZENN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_ZENN_LETS,
        why="typed with Unicode subscripts and superscripts: (1/m)Σ(H(x⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾",
    ),
    Answer(
        id="f12-zenn-dcost-db-unicode",
        source=ZENN + " (3. 勾配計算(微分), バイアス b に対する偏微分)",
        text="∂Cost/∂b = (1 / m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾)",
        cost=_ZENN_J,
        verdict="equivalent",
        wrt="b",
        lets=_ZENN_LETS,
    ),
    Answer(
        id="f12-zenn-dwj-sign-flipped",
        source=ZENN + " (the ∂Cost/∂wⱼ line with the residual reversed — a variant)",
        text="(1 / m) ∑(y⁽ⁱ⁾ - H(x⁽ⁱ⁾)) * xⱼ⁽ⁱ⁾",
        cost=_ZENN_J,
        verdict="different",
        wrt="w_j",
        lets=_ZENN_LETS,
        why="variant (sign): y − H is minus the gradient",
    ),
    # ============================================================ code
    Answer(
        id="f12-kichi-linear-step-grad",
        source=KICHI1 + " (def gradientDescent: the factor after 'alpha *' in theta = theta - …; h = np.dot(X, "
        "theta) in the same loop; cost from def costFunction)",
        text="(1/m) * np.dot(X.T, (h - y))",
        cost=_KICHI1_J,
        verdict="equivalent",
        lets=_KICHI1_LETS,
        why="Xᵀ(Xθ − y)/m, the gradient of the half mean squared error (gradientDescent's m, n = X.shape gives "
        "the same m as len(X))",
    ),
    Answer(
        id="f12-kichi-logistic-grad",
        source=KICHI2 + " (def lrCostFunction: grad = …)",
        text="1/m*(np.dot(X.T,(h - y)))",
        cost=_KICHI2_J,
        verdict="equivalent",
        lets=_KICHI2_LETS,
    ),
    Answer(
        id="f12-kichi-logistic-grad-2m",
        source=KICHI2 + " (grad = … with 1/(2*m) — a variant)",
        text="1/(2*m)*(np.dot(X.T,(h - y)))",
        cost=_KICHI2_J,
        verdict="different",
        lets=_KICHI2_LETS,
        why="variant (1/(2m) carried over from the linear cost): half the gradient",
    ),
    Answer(
        id="f12-kichi-reg-grad-alpha-is-lambda",
        source=KICHI2 + " (def lrCostFunctionReg: grad = …; J = … above it, its argument 'alpha' documented as "
        "'Regularization strength')",
        text="1/m*(np.dot(X.T,(h - y))) + alpha/m * theta_reg",
        cost=_KICHI2_JREG,
        verdict="equivalent",
        lets=_KICHI2_REG_LETS,
        why="alpha is the regularisation strength here (not a step size); theta_reg is θ with its first entry "
        "zeroed, so ∇ of (alpha/2m)Σθ_reg² is (alpha/m)θ_reg",
    ),
    Answer(
        id="f12-kichi-reg-grad-intercept-regularised",
        source=KICHI2 + " (lrCostFunctionReg's grad with theta for theta_reg — a variant)",
        text="1/m*(np.dot(X.T,(h - y))) + alpha/m * theta",
        cost=_KICHI2_JREG,
        verdict="different",
        lets=_KICHI2_REG_LETS,
        why="variant (regularised intercept): the cost leaves θ₀ out of the penalty, this gradient does not",
    ),
    Answer(
        id="f12-isolution-octave-grad-mask",
        source=ISOLUTION + " (the quoted code, grad = …)",
        text=_ISO_GRAD,
        cost=_ISO_J,
        verdict="equivalent",
        lets=_ISO_LETS,
        why="((h − y)'X/m)' is Xᵀ(h − y)/m; [0; ones(n, 1)] zeroes the intercept's penalty term: λθⱼ/m for j ≥ 2",
    ),
    Answer(
        id="f12-isolution-octave-grad-unreg-part",
        source=ISOLUTION + " (the first term of grad = …, against the asker's unregularised J)",
        text="((hx - y)' * X / m)'",
        cost=_ISO_J0,
        verdict="equivalent",
        lets=_ISO_LETS,
    ),
    Answer(
        id="f12-isolution-octave-grad-no-mask",
        source=ISOLUTION + " (grad = … without the [0; ones(…)] mask — a variant)",
        text="((hx - y)' * X / m)' + lambda .* theta ./ m",
        cost=_ISO_J,
        verdict="different",
        lets=_ISO_LETS,
        why="variant (regularised intercept): theta(1) is not in the cost's penalty",
    ),
    Answer(
        id="f12-isolution-octave-grad-2m",
        source=ISOLUTION + " (grad = … with ./ (2*m) in the penalty — a variant)",
        text="((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ (2*m)",
        cost=_ISO_J,
        verdict="different",
        lets=_ISO_LETS,
        why="variant (λ/2m instead of λ/m): the ½ of λ/(2m)Σθ² cancels against the 2 of the square",
    ),
    Answer(
        id="f12-octave-es-grad",
        source=OCT_ES + " (grad = …)",
        text="(1/m)*(X'*(h-y))",
        cost=_OCT_ES_J,
        verdict="equivalent",
        lets=_OCT_ES_LETS,
    ),
    Answer(
        id="f12-octave-es-grad-ascent",
        source=OCT_ES + " (grad = … with (y-h) — a variant)",
        text="(1/m)*(X'*(y-h))",
        cost=_OCT_ES_J,
        verdict="different",
        lets=_OCT_ES_LETS,
        why="variant (sign): Xᵀ(y − h)/m is the log-likelihood's gradient, minus the cost's",
    ),
    Answer(
        id="f12-cn-class-grad-y-size",
        source=CN_CLASS + " (fit(), # 计算梯度: gradient = … before the penalty is added; cost from __loss)",
        text="np.dot(X.T, (h - y)) / y.size",
        cost=_CN_J,
        verdict="equivalent",
        lets=_CN_LETS,
        why="y is reshaped to m×1, so y.size = m: Xᵀ(h − y)/m",
    ),
]
