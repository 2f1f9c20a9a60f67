r"""A fresh held-out wave (f36): a mix as a random draw would give it — Q&A, notes and code, in six languages.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* Q&A: a DeepLearning.AI course forum thread whose asker sums a squared error and a logistic log-likelihood with
  an index-free Σ[…], drops the sum from one derivative and the minus sign from the other J; a Japanese mirror of
  a Stack Overflow question on the vectorised log-loss gradient, whose ∇L keeps a stray ':' before x_i;
* notes: the University of Washington regression course's ridge objective in H (the feature matrix) and its
  gradient; a Japanese blog's ridge loss typed with an en dash (–) for the minus and its gradient set to 0
  (disassemble-channel.com); a Japanese ridge notebook's least-squares chain Σ(y_i − x_iᵀβ)² = ‖y − Xβ‖²₂ and a
  Japanese regression chapter's MSE chain 1/m Σ(y − ŷ)² = 1/m‖y − Xw‖²; a Spanish notebook whose J(θ*) is written
  in w₀, w₁; a Chinese page deriving the least-squares line whose ∂/∂a and ∂/∂b drop the factor 2 (icode9.com);
  a CSDN post on the watermelon book's E(w,b) and its two derivatives; a Japanese blog's ridge cost with neither
  an index nor a vector (refused);
* code: a NumPy Poisson regression script whose local ``lam`` is the Poisson rate, not λ; an R Poisson objective
  and gradient (Alex Reinhart); a scikit-learn-style Poisson loss; an Octave regularized linear-regression lab;
  a Python logistic class whose L2 penalty λ/2·Σθ² is not averaged; a log-likelihood with its ascent gradient
  (and a commented-out loop that descends along it); Korean-, Vietnamese- and Chinese-commented least-squares
  code whose data matrix is a lowercase ``x``; two LinearRegression classes whose dw collapses to a scalar under
  ``np.sum`` or lacks the 2 of the MSE they print.

One-feature models keep the source's letters: a scalar slope ``w`` or ``a`` is ``w[0]`` with the feature ``x``,
and ``b`` the intercept (judge.py's _Data); ``w_0``/``w_1`` are ``theta0``/``theta1``. Parameter vectors named
``w``, ``W``, ``weights`` are the weight vector ``w``; ``beta`` is ``beta``; ``theta`` is ``theta``. Code's
``lambda``, ``lambda_`` and the notes' λ are λ; in code the lowercase ``x`` of ``x.dot(w)`` / ``x.T`` is the m×n
data matrix ``X``. Where a source gives no cost for an answer it is written out by hand in the source's own names
and ``why`` says so. About half the answers are wrong; the real mistakes come first, the rest are one-slip variants
of real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of the
intended costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
DLAI = (
    NEMOTRON + " (stored copy of a DeepLearning.AI Community 'Course Q&A' thread, Machine Learning Specialization, "
    "'Week 3: Derivations of J(w,b) for Sigmoid Function', Bernhard Wieczorek, May 30, 2023, the question"
)
JASO = (
    "https://ja.stackoverflow.org.cn/questions/58692964 (Japanese mirror of a Stack Overflow question on a "
    "mini-batch log-loss gradient without loops, the question's formula"
)
UW = (
    "https://zh.coursera.org/lecture/ml-regression/computing-the-gradient-of-the-ridge-objective-kvaqc (University "
    "of Washington, Machine Learning: Regression, 'Computing the Gradient of the Ridge Objective'; the formulas as "
    "in the stored copy at " + NEMOTRON
)
DISRIDGE = "https://disassemble-channel.com/?p=5966 (Japanese blog, リッジ回帰, 'リッジ回帰とは' and '解析解の導出'"
ASHUYA = "github:a-shuya/ml-scratch-notes (Japanese notebook 'リッジ回帰の実装 (NumPy)', '2. リッジ回帰の理論的背景'"
YUSUKE = (
    "https://yusukehashimotolab.github.io/AI-Knowledge-Notes/knowledge/jp/ML/supervised-learning-introduction/"
    "chapter1-regression.html (Japanese, '第1章:回帰問題の基礎', '損失関数(Loss Function)'"
)
SECHI = "github:Sechi42/DNN (Spanish notes, 'Regresión Polinómica' and 'Modelo matemático (una variable)'"
ICODE9 = "https://icode9.com/content-4-1366324.html (Chinese, '最小二乘直线拟合', '推导过程'"
CSDNWB = (
    "https://blog.csdn.net/qq_43246110/article/details/105335318 (CSDN, '机器学习公式推导【Day6】线性回归模型的最小"
    "二乘估计'"
)
AIKO = (
    "https://aikostudio.hatenablog.com/entry/2023/08/28/073007 (Japanese blog, 'Pythonで線形代数問題に挑戦:リッジ回帰"
    "の数学的背景', '3. リッジ回帰の数学的背景'"
)
POISGD = (
    "public code index file 59980124487 (Python script 'Poisson regression: a Poisson whose rate is a function of "
    "X.' with Newton/IRLS, GD and SGD routes; the index does not name its repository"
)
REINHART = (
    "public code index file 16359123476 (R, '## Gradient descent for a Poisson log-likelihood with barrier method "
    "for constraints. ## Alex Reinhart'; the index does not name its repository"
)
SKPOIS = (
    "public code index file 14008957627 (Python, poisson_loss / poisson_gradient beside a scikit-learn-style "
    "PoissonRegression; the index does not name its repository"
)
OCTLIN = (
    "public code index file 7619925921 (Octave linearRegCostFunction with sizeOfTheta and theta1; the index does "
    "not name its repository"
)
BASELR = (
    "public code index file 2492617579 (Python class BaseLR(ABC) with __loss, __loss_l2, __gradient; the index "
    "does not name its repository"
)
LOGLIK = (
    "public code index file 16633371229 (Python, gradient_ascent / loss / log_likelihood; the index does not name "
    "its repository"
)
KOREAN = (
    "public code index file 33521114711 (Python with Korean comments, '# 예시: 간단한 이차 손실 함수'; the index does "
    "not name its repository"
)
VIET = (
    "public code index file 23058162169 (Python with Vietnamese comments, 'Hàm tính độ lỗi (cost function)'; the "
    "index does not name its repository"
)
WMAT = (
    "public code index file 35288746160 (Python class with train_gradient_descent and _MSE; the index does not "
    "name its repository"
)
ZHLIN = (
    "public code index file 44924396971 (Python with Chinese docstrings, SSELoss / MSE / lr_gd / logit_gd; the "
    "index does not name its repository"
)
SUMDW = (
    "public code index file 30502027850 (Python, class LinearRegression with dw = (2 / n) * np.sum(…); the index "
    "does not name its repository"
)
NOTWO = (
    "public code index file 55494379399 (Python LinearRegression, '# Calculate cost (Mean Squared Error)'; the "
    "index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _sse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _loglik_slope_b(d):
    return float(np.sum(_ll(sig(d.w[0] * d.x + d.b), d.y)))


def _ridge_sse_full_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _sse_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r)


def _mse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / d.m


def _sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r)


def _half_mse_theta01(d):
    r = d.y - (d.theta0 + d.theta1 * d.x)
    return float(r @ r) / (2 * d.m)


def _poisson_mean_w(d):
    u = d.X @ d.w
    return float(np.mean(np.exp(u) - d.y * u))


def _poisson_sum_w(d):
    u = d.X @ d.w
    return float(np.sum(np.exp(u) - d.y * u))


def _poisson_sum_beta(d):
    u = d.X @ d.beta
    return float(np.sum(np.exp(u) - d.y * u))


def _half_mse_theta_tail_l2(d):
    r = d.X @ d.theta - d.y
    tail = d.theta[1:]
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(tail @ tail)


def _ce_mean_theta_half_lam_tail(d):
    tail = d.theta[1:]
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y))) + d.lam * float(tail @ tail) / 2


def _loglik_softplus_sum_theta(d):
    s = d.X @ d.theta
    return float(np.sum(d.y * s - np.log1p(np.exp(s))))


# ------------------------------------------------------------------ texts the items share
_DLAI_LIN = "J(w,b) = \\sum[((wx+b)-y)^2]"
_DLAI_LOG = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)"
    r"\right]"
)
_DLAI_WHY = (
    "the asker's Σ[…] has no index: it sums over the training examples (x, y) of the one-feature model wx + b, "
    "w the slope and b the intercept"
)
_UW_J = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_WHY = (
    "H is the N×D matrix of features of the N observations (y = Hw + ε in the lecture), w the coefficient vector; "
    "the penalty wᵀw = w₀² + w₁² + … + w_D² covers every coefficient"
)
_DIS_J = r"L_{\text{Ridge}}(\bm{w}) = \|\bm{y} – \bm{X}\bm{w}\|^2 + \lambda \|\bm{w}\|^2"
_DIS_WHY = (
    "the page types its minus signs as an en dash (–, U+2013), kept verbatim; ‖·‖² is the squared Euclidean norm "
    "and the penalty covers every w_k"
)
_ICODE_J = r"S_\epsilon^2=\sum_{i=1}^{n}(y_i-y)^2 = \sum_{i=1}^{n}(y_i - (ax_i+b))^2"
_ICODE_J_RHS = r"\sum_{i=1}^{n}(y_i - (ax_i+b))^2"
_ICODE_WHY = (
    "n is the number of points; the fitted line is y = ax + b (a the slope, b the intercept), which the chain's "
    "first form writes as y"
)
_CSDN_J = r"E_{(w, b)}=\sum_{i=1}^{m}\left(y_{i}-w x_{i}-b\right)^{2}"
_CSDN_WHY = "the watermelon book's one-variable least squares: f(x_i) = wx_i + b, w the slope and b the intercept"
_POIS_J = "float(np.mean(np.exp(z) - y * z))"
_POIS_WHY = (
    "the Poisson negative log-likelihood without log y!, averaged (def nll(w): z = X @ w); in the Newton step the "
    "local name lam is the Poisson rate exp(Xw), not a regularisation constant, and N is the number of examples "
    "(X is built with N rows)"
)
_RPOIS_J = "sum(exp(X %*% beta) - y * X %*% beta)"
_RPOIS_WHY = "pois.obj: the Poisson negative log-likelihood without log y!, summed; %*% is R's matrix product"
_SKP_J = "-np.sum(X_w * y - np.exp(X_w))"
_OCT_J = "sum((h - y) .^ 2)/(2 * m) + sum(theta(2:sizeOfTheta) .^ 2) * lambda/(2*m)"
_OCT_LETS = ("m = length(y)", "sizeOfTheta = size(theta,1)", "h = X * theta")
_OCT_WHY = (
    "Octave, 1-based: theta(2:sizeOfTheta) leaves out theta(1), the intercept's parameter, and theta1 = "
    "[0;theta(2:sizeOfTheta,1)] is θ with its first entry zeroed; X' is the transpose"
)
_BASE_CE = "(-y * np.log(h) - (1 - y) * np.log(1 - h)).mean()"
_BASE_LETS = ("z = np.dot(X, theta)", "h = self.__sigmoid(z)", "self.__sigmoid(z) = 1 / (1 + np.exp(-z))")
_LL_J = "np.sum(y*scores - np.log(1 + np.exp(scores)))"
_LL_LETS = (
    "scores = np.dot(X, theta)",
    "z = np.dot(X, theta)",
    "h = sigmoid(z)",
    "sigmoid(z) = 1 / (1 + np.exp(-z))",
)
_LL_WHY = (
    "log_likelihood(X, y, theta): the logistic log-likelihood in softplus form, summed — a quantity to maximise; "
    "h = sigmoid(z), z = np.dot(X, theta) as in the file's own (commented) training loop"
)
_XLOW_WHY = (
    "the lowercase x here is the m×n data matrix (x.dot(w), x.T), not a one-feature vector; len(y) is the number "
    "of examples"
)
_ZH_MSE = "np.mean((y - y_hat) ** 2)"
_ZH_SSE = "(y - y_hat).T.dot(y - y_hat)"
_ZH_WHY = (
    "MSE(x, w, y) and SSELoss(x, w, y) name the data matrix x, lr_gd(X, w, y) names the same matrix X; "
    "m = X.shape[0] is the number of examples"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f36-dlai-sum-squared-error-no-index",
        source=DLAI + ", 'For the linear cost function …')",
        text=_DLAI_LIN,
        intended=_sse_slope_b,
        wrt=("w", "b"),
        why="the residual sum of squares, no mean and no ½; " + _DLAI_WHY,
    ),
    Cost(
        id="f36-dlai-logistic-J-without-minus",
        source=DLAI + ", 'J for logistic regression is')",
        text=_DLAI_LOG,
        intended=_loglik_slope_b,
        wrt=("w", "b"),
        why="read as written: the summed log-likelihood, with no minus sign and no 1/m (the course's J is −1/m "
        "times this); 1/(1+e^{−(wx+b)}) is the sigmoid of the model; " + _DLAI_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f36-uw-ridge-H-matrix",
        source=UW + ", 'Objective Function')",
        text=_UW_J,
        intended=_ridge_sse_full_w,
        wrt=("w_j",),
        why="the residual sum of squares plus λ‖w‖², no mean; " + _UW_WHY,
    ),
    Cost(
        id="f36-disassemble-ridge-en-dash",
        source=DISRIDGE + ")",
        text=_DIS_J,
        intended=_ridge_sse_full_w,
        wrt=("w_j",),
        why=_DIS_WHY,
    ),
    Cost(
        id="f36-ashuya-rss-chain",
        source=ASHUYA + ", the RSS of ordinary least squares)",
        text=r"L(\beta) = \sum_{i=1}^{n} (y_i - \mathbf{x}_i^T \beta)^2 = ||\mathbf{y} - \mathbf{X}\beta||^2_2",
        intended=_sse_beta,
        wrt=("beta_j",),
        why="a chain of two equal forms of the residual sum of squares; here n is the number of examples (the "
        "rows of X, x_iᵀ its i-th row), not the number of features",
    ),
    Cost(
        id="f36-yusuke-mse-chain",
        source=YUSUKE + ")",
        text=(
            r"J(\mathbf{w}) = \frac{1}{m} \sum_{i=1}^{m} (y^{(i)} - \hat{y}^{(i)})^2 = \frac{1}{m} "
            r"||\mathbf{y} - \mathbf{X}\mathbf{w}||^2"
        ),
        intended=_mse_w,
        wrt=("w_j",),
        why="the mean squared error, no ½; ŷ⁽ⁱ⁾ is the prediction (Xw)ᵢ, as the chain's second form and the page's "
        "model y = Xw + ε say",
    ),
    Cost(
        id="f36-sechi-J-theta-star-in-w0-w1",
        source=SECHI + ")",
        text=r"J(\theta^*) = \frac{1}{2m} \sum_{i=1}^m (y^{(i)} - h(x^{(i)}))^2",
        intended=_half_mse_theta01,
        wrt=("w_0", "w_1"),
        lets=("h(x) = w_0 + w_1 x",),
        why="the left side names the optimum θ*, but the right side is the half-mean squared error of the "
        "one-variable model h(x) = w₀ + w₁x (the page's 'Modelo matemático (una variable)'): w₀ intercept, w₁ slope",
    ),
    Cost(
        id="f36-icode9-least-squares-line",
        source=ICODE9 + ", '问题')",
        text=_ICODE_J,
        intended=_sse_slope_b,
        wrt=("a", "b"),
        why="the residual sum of squares of the line ax + b, no mean; " + _ICODE_WHY,
    ),
    Cost(
        id="f36-csdn-watermelon-E-wb",
        source=CSDNWB + ", '已知')",
        text=_CSDN_J,
        intended=_sse_slope_b,
        wrt=("w", "b"),
        why="the residual sum of squares, no mean; " + _CSDN_WHY,
    ),
    Cost(
        id="f36-aiko-ridge-no-index-refused",
        source=AIKO + ")",
        text="J(θ) = ∑(y - θx)^2 + λ∑θ^2",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="neither sum has an index and nothing says whether θ is a scalar slope (then λ∑θ² is meaningless) or "
        "a vector (then θx needs a transpose and x a row): genuinely ambiguous",
    ),
    # ============================================================ code
    Cost(
        id="f36-poisgd-nll-mean",
        source=POISGD + ", def nll(w): … return …)",
        text=_POIS_J,
        intended=_poisson_mean_w,
        wrt=("w_j",),
        lets=("z = X @ w",),
        why=_POIS_WHY,
    ),
    Cost(
        id="f36-reinhart-r-poisson-obj",
        source=REINHART + ", pois.obj)",
        text=_RPOIS_J,
        intended=_poisson_sum_beta,
        wrt=("beta_j",),
        why=_RPOIS_WHY,
    ),
    Cost(
        id="f36-skpoisson-loss",
        source=SKPOIS + ", def poisson_loss(w, X, y))",
        text=_SKP_J,
        intended=_poisson_sum_w,
        wrt=("w_j",),
        lets=("X_w = X @ w",),
        why="the Poisson negative log-likelihood without log y!, summed, written as minus the log-likelihood",
    ),
    Cost(
        id="f36-octave-linreg-sizeOfTheta",
        source=OCTLIN + ", J = …)",
        text=_OCT_J,
        intended=_half_mse_theta_tail_l2,
        wrt=("theta_j",),
        lets=_OCT_LETS,
        why="the half-mean squared error plus λ/(2m) Σ_{k≥2} θ_k²; " + _OCT_WHY,
    ),
    Cost(
        id="f36-baselr-l2-not-averaged",
        source=BASELR + ", def __loss_l2(self, h, y, theta))",
        text="self.__loss(h, y) + self.lambda_ * np.sum(np.square(theta[1:])) / 2",
        intended=_ce_mean_theta_half_lam_tail,
        wrt=("theta_j",),
        lets=("self.__loss(h, y) = " + _BASE_CE,) + _BASE_LETS,
        why="the mean cross-entropy plus (λ/2) Σ_{k≥1} θ_k² — the penalty is NOT divided by m, and theta[1:] (0-based) "
        "leaves out the intercept's θ (fit_intercept prepends a column of ones); self.lambda_ is λ; z and h as in "
        "the class's logging_loss",
    ),
    Cost(
        id="f36-loglik-softplus-sum",
        source=LOGLIK + ", def log_likelihood(X, y, theta))",
        text=_LL_J,
        intended=_loglik_softplus_sum_theta,
        wrt=("theta_j",),
        lets=("scores = np.dot(X, theta)",),
        why="the logistic log-likelihood in softplus form, summed (a quantity to maximise, no minus)",
    ),
    Cost(
        id="f36-korean-loss-lowercase-x",
        source=KOREAN + ", def loss(w, x, y))",
        text="np.sum((x.dot(w) - y) ** 2) / len(y)",
        intended=_mse_w,
        wrt=("w_j",),
        why="the mean squared error, no ½; " + _XLOW_WHY,
    ),
    Cost(
        id="f36-viet-norm-squared",
        source=VIET + ", def cost(y, x, w))",
        text="np.linalg.norm(y - x.dot(w), 2) ** 2",
        intended=_sse_w,
        wrt=("w_j",),
        why="the squared Euclidean norm of the residual: the residual sum of squares, no mean; " + _XLOW_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f36-dlai-linear-derivative-without-sum",
        source=DLAI + ", 'I understand that J' = …')",
        text="J' = 2((wx+b)-y)x",
        cost=_DLAI_LIN,
        verdict="different",
        wrt="w",
        why="the sum over the examples is dropped: this is one example's term of ∂J/∂w = Σ 2((wx+b) − y)x; "
        + _DLAI_WHY,
    ),
    Answer(
        id="f36-dlai-logistic-dJdw-wrong-sign-for-J-as-written",
        source=DLAI + ", 'logistic gradient descent looks the same like linear …: dJ/dw = …')",
        text="\\frac{dJ}{dw} = \\sum[(f(x)-y)x]",
        cost=_DLAI_LOG,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="the asker's J has no minus sign, so it is the log-likelihood, whose derivative is Σ(y − f(x))x: the "
        "answer has the opposite sign (it is the gradient of −J); f is the sigmoid model, as the question's J spells "
        "it out; " + _DLAI_WHY,
    ),
    Answer(
        id="f36-icode9-da-drops-the-2",
        source=ICODE9 + ", '基于上面的推理，我们可以得出', first line, '= 0' dropped)",
        text=r"\frac{\partial }{\partial a} S_\epsilon^2 = \sum_{i=1}^{n}(y_i - (ax_i+b))*(-x_i)",
        cost=_ICODE_J_RHS,
        verdict="different",
        wrt="a",
        why="the page's own chain rule gives 2(y_i − (ax_i + b)) · (−x_i); the 2 is lost (harmless for '= 0', wrong as "
        "a derivative); " + _ICODE_WHY,
    ),
    Answer(
        id="f36-icode9-db-drops-the-2",
        source=ICODE9 + ", '基于上面的推理，我们可以得出', second line, '= 0' dropped)",
        text=r"\frac{\partial }{\partial b} S_\epsilon^2 = \sum_{i=1}^{n}(y_i - (ax_i+b))*(-1)",
        cost=_ICODE_J_RHS,
        verdict="different",
        wrt="b",
        why="half the derivative: the factor 2 of the square is lost; " + _ICODE_WHY,
    ),
    Answer(
        id="f36-loglik-ascent-gradient-descended-on-loss",
        source=LOGLIK + ", def gradient_ascent(X, h, y): return …, used in the commented loop 'theta -= lr * "
        "gradient_ascent(X, h, y)' that prints loss(h, y))",
        text="np.dot(X.T, y - h)",
        cost=_BASE_CE,
        verdict="different",
        wrt="theta_j",
        lets=_LL_LETS[1:],
        why="the loop descends the mean cross-entropy it prints along Xᵀ(y − h), the gradient of the log-likelihood: "
        "the loss's gradient is Xᵀ(h − y)/m — opposite sign and m times smaller",
    ),
    Answer(
        id="f36-sumdw-np-sum-collapses-vector",
        source=SUMDW + ", fit: dw = …)",
        text="(2 / n) * np.sum(X.T @ (y_pred - y))",
        cost="(1 / n) * np.sum((X @ self.w + self.b - y) ** 2)",
        verdict="different",
        wrt="w_j",
        lets=("y_pred = X @ self.w + self.b",),
        why="np.sum adds up the n components of Xᵀ(ŷ − y) into one scalar, so every w_j gets the same step; the MSE's "
        "gradient is (2/n)Xᵀ(ŷ − y). The class gives no cost: the MSE (no ½, as the 2/n says) is written by hand in "
        "its names; n, d = X.shape, so n is the number of examples",
    ),
    Answer(
        id="f36-notwo-dw-misses-the-2-of-the-mse",
        source=NOTWO + ", fit: dw = …)",
        text="(1 / n_samples) * np.dot(X.T, (y_pred - y))",
        cost="np.mean((y_pred - y) ** 2)",
        verdict="different",
        wrt="weights_j",
        lets=("y_pred = self.predict(X)", "self.predict(X) = np.dot(X, self.weights) + self.bias"),
        why="the cost the loop records is the MSE without ½, whose gradient is (2/m)Xᵀ(ŷ − y): half of it here; "
        "n_samples, n_features = X.shape",
    ),
    # ============================================================ correct answers
    Answer(
        id="f36-jaso-logloss-gradient-stray-colon",
        source=JASO + ")",
        text=r"\nabla L = - \sum_{i=1}^{m} (y_i - \sigma(\left<w,x_i\right>)):x_i",
        cost=r"L(w) = -\sum_{i=1}^{m} \left[y_i \log \sigma(\left<w,x_i\right>) + (1 - y_i) \log(1 - "
        r"\sigma(\left<w,x_i\right>))\right]",
        verdict="equivalent",
        wrt="w_j",
        why="the mirror shows a ':' between the bracket and x_i where a product is meant (the question's loop "
        "computes - (y_batch[i] - sigm) * X_batch[i]); ⟨w, x_i⟩ is the dot product; the question gives no L: the "
        "summed log-loss is written by hand",
    ),
    Answer(
        id="f36-uw-ridge-gradient",
        source=UW + ", 'Therefore, the gradient of the total cost is')",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f36-disassemble-ridge-gradient",
        source=DISRIDGE + ", '$\\bm{w}$ で微分して0とおきます', without its '= \\bm{0}')",
        text=r"\frac{\partial L}{\partial \bm{w}} = -2\bm{X}^T\bm{y} + 2\bm{X}^T\bm{X}\bm{w} + 2\lambda \bm{w}",
        cost=_DIS_J,
        verdict="equivalent",
        wrt="w_j",
        why="the expanded −2Xᵀy + 2XᵀXw = −2Xᵀ(y − Xw), plus 2λw; " + _DIS_WHY,
    ),
    Answer(
        id="f36-csdn-dE-dw",
        source=CSDNWB + ", '1、对w求导', 原公式)",
        text=r"\frac{\partial E_{(w, b)}}{\partial w}=2\left(w \sum_{i=1}^{m} x_{i}^{2}-\sum_{i=1}^{m}\left(y_{i}-b"
        r"\right) x_{i}\right)",
        cost=_CSDN_J,
        verdict="equivalent",
        wrt="w",
        why="2(wΣx_i² − Σ(y_i − b)x_i) = −2Σ(y_i − wx_i − b)x_i; " + _CSDN_WHY,
    ),
    Answer(
        id="f36-csdn-dE-db",
        source=CSDNWB + ", '2、对b求导', 原式)",
        text=r"\frac{\partial E_{(w, b)}}{\partial b}=2\left(m b-\sum_{i=1}^{m}\left(y_{i}-w x_{i}\right)\right)",
        cost=_CSDN_J,
        verdict="equivalent",
        wrt="b",
        why="2(mb − Σ(y_i − wx_i)) = −2Σ(y_i − wx_i − b); m is the number of examples; " + _CSDN_WHY,
    ),
    Answer(
        id="f36-poisgd-newton-g",
        source=POISGD + ", newton_irls: g = …)",
        text="X.T @ (lam - y) / N",
        cost=_POIS_J,
        verdict="equivalent",
        wrt="w_j",
        lets=("lam = np.exp(X @ w)", "z = X @ w"),
        why=_POIS_WHY,
    ),
    Answer(
        id="f36-reinhart-r-poisson-grad",
        source=REINHART + ", pois.grad)",
        text="t(X) %*% (exp(X %*% beta) - y)",
        cost=_RPOIS_J,
        verdict="equivalent",
        wrt="beta_j",
        why="t(X) is the transpose; " + _RPOIS_WHY,
    ),
    Answer(
        id="f36-skpoisson-gradient",
        source=SKPOIS + ", def poisson_gradient(w, X, y))",
        text="(np.exp(X @ w) - y) @ X",
        cost=_SKP_J,
        verdict="equivalent",
        wrt="w_j",
        lets=("X_w = X @ w",),
        why="the residual row vector times X is Xᵀ(exp(Xw) − y), the gradient of the summed loss",
    ),
    Answer(
        id="f36-octave-linreg-grad-theta1",
        source=OCTLIN + ", grad = …)",
        text="(1/m) * X' * (h - y) + (lambda/m) * theta1",
        cost=_OCT_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_OCT_LETS + ("theta1 = [0;theta(2:sizeOfTheta,1)]",),
        why=_OCT_WHY,
    ),
    Answer(
        id="f36-baselr-gradient-unregularised",
        source=BASELR + ", def __gradient(self, h, y, X, theta=None))",
        text="np.dot(X.T, (h - y)) / y.size",
        cost=_BASE_CE,
        verdict="equivalent",
        wrt="theta_j",
        lets=_BASE_LETS,
        why="__loss is the mean cross-entropy; y.size is the number of examples",
    ),
    Answer(
        id="f36-loglik-gradient-ascent",
        source=LOGLIK + ", def gradient_ascent(X, h, y): return …)",
        text="np.dot(X.T, y - h)",
        cost=_LL_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LL_LETS,
        why=_LL_WHY,
    ),
    Answer(
        id="f36-korean-loss-grad",
        source=KOREAN + ", def loss_grad(w, x, y))",
        text="2 * x.T.dot(x.dot(w) - y) / len(y)",
        cost="np.sum((x.dot(w) - y) ** 2) / len(y)",
        verdict="equivalent",
        wrt="w_j",
        why=_XLOW_WHY,
    ),
    Answer(
        id="f36-viet-grad",
        source=VIET + ", def grad(y, x, w))",
        text="2 * x.T.dot(x.dot(w) - y)",
        cost="np.linalg.norm(y - x.dot(w), 2) ** 2",
        verdict="equivalent",
        wrt="w_j",
        why=_XLOW_WHY,
    ),
    Answer(
        id="f36-wmat-gradient-sample-size",
        source=WMAT + ", train_gradient_descent: gradient = …)",
        text="2 * X.T.dot(X.dot(W) - Y) / sample_size",
        cost="((Y - X.dot(W)) ** 2).mean()",
        verdict="equivalent",
        wrt="W_j",
        lets=("sample_size = np.shape(X)[0]",),
        why="the cost is the class's _MSE(W, X, Y), the mean squared error without ½; W is the weight column",
    ),
    Answer(
        id="f36-zh-lr-gd-for-mse",
        source=ZHLIN + ", def lr_gd(X, w, y), '线性回归梯度计算公式')",
        text="2 * X.T.dot(X.dot(w) - y) / m",
        cost=_ZH_MSE,
        verdict="equivalent",
        wrt="w_j",
        lets=("m = X.shape[0]", "y_hat = np.dot(x, w)"),
        why="the cost is the file's MSE(x, w, y); " + _ZH_WHY,
    ),
    Answer(
        id="f36-zh-logit-gd",
        source=ZHLIN + ", def logit_gd(X, w, y), '逻辑回归梯度计算公式')",
        text="np.dot(X.T, sigmoid(np.dot(X, w)) - y) / m",
        cost="-np.mean(y * np.log(sigmoid(np.dot(X, w))) + (1 - y) * np.log(1 - sigmoid(np.dot(X, w))))",
        verdict="equivalent",
        wrt="w_j",
        lets=("m = X.shape[0]", "sigmoid(x) = 1 / (1 + np.exp(-x))"),
        why="the file gives no logistic cost: the mean cross-entropy is written by hand in its names",
    ),
    Answer(
        id="f36-sumdw-db",
        source=SUMDW + ", fit: db = …)",
        text="(2 / n) * np.sum(y_pred - y)",
        cost="(1 / n) * np.sum((X @ self.w + self.b - y) ** 2)",
        verdict="equivalent",
        wrt="b",
        lets=("y_pred = X @ self.w + self.b",),
        why="the intercept's derivative of the MSE (written by hand, see the dw item); n, d = X.shape",
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f36-jaso-logloss-gradient-sign-variant",
        source=JASO + ", with the leading minus dropped — a variant)",
        text=r"\nabla L = \sum_{i=1}^{m} (y_i - \sigma(\left<w,x_i\right>))x_i",
        cost=r"L(w) = -\sum_{i=1}^{m} \left[y_i \log \sigma(\left<w,x_i\right>) + (1 - y_i) \log(1 - "
        r"\sigma(\left<w,x_i\right>))\right]",
        verdict="different",
        wrt="w_j",
        why="variant: without the minus this is the log-likelihood's gradient, the negative of the log-loss's",
    ),
    Answer(
        id="f36-uw-ridge-gradient-one-lambda-variant",
        source=UW + ", with 2λw written λw — a variant)",
        text=r"\nabla J(w) = -2H^T(y - Hw) + \lambda w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: the derivative of λwᵀw is 2λw; " + _UW_WHY,
    ),
    Answer(
        id="f36-disassemble-ridge-gradient-XtXw-sign-variant",
        source=DISRIDGE + ", with the sign of 2XᵀXw flipped — a variant)",
        text=r"\frac{\partial L}{\partial \bm{w}} = -2\bm{X}^T\bm{y} - 2\bm{X}^T\bm{X}\bm{w} + 2\lambda \bm{w}",
        cost=_DIS_J,
        verdict="different",
        wrt="w_j",
        why="variant: the quadratic term wᵀXᵀXw contributes +2XᵀXw; " + _DIS_WHY,
    ),
    Answer(
        id="f36-csdn-dE-db-sign-variant",
        source=CSDNWB + ", '2、对b求导' with y_i + wx_i — a variant)",
        text=r"\frac{\partial E_{(w, b)}}{\partial b}=2\left(m b-\sum_{i=1}^{m}\left(y_{i}+w x_{i}\right)\right)",
        cost=_CSDN_J,
        verdict="different",
        wrt="b",
        why="variant: the residual is y_i − wx_i − b, so the sum is of y_i − wx_i; " + _CSDN_WHY,
    ),
    Answer(
        id="f36-poisgd-newton-g-reversed-variant",
        source=POISGD + ", newton_irls g with lam - y reversed — a variant)",
        text="X.T @ (y - lam) / N",
        cost=_POIS_J,
        verdict="different",
        wrt="w_j",
        lets=("lam = np.exp(X @ w)", "z = X @ w"),
        why="variant: the log-likelihood's direction, the negative of the NLL's gradient; " + _POIS_WHY,
    ),
    Answer(
        id="f36-reinhart-r-poisson-grad-sign-variant",
        source=REINHART + ", pois.grad with the residual reversed — a variant)",
        text="t(X) %*% (y - exp(X %*% beta))",
        cost=_RPOIS_J,
        verdict="different",
        wrt="beta_j",
        why="variant: the score (log-likelihood gradient), opposite in sign to the objective's gradient; " + _RPOIS_WHY,
    ),
    Answer(
        id="f36-skpoisson-gradient-averaged-variant",
        source=SKPOIS + ", poisson_gradient divided by len(y) — a variant)",
        text="(np.exp(X @ w) - y) @ X / len(y)",
        cost=_SKP_J,
        verdict="different",
        wrt="w_j",
        lets=("X_w = X @ w",),
        why="variant: the loss is a sum (np.sum), so its gradient is not divided by the number of examples",
    ),
    Answer(
        id="f36-octave-linreg-grad-penalises-theta1-variant",
        source=OCTLIN + ", grad with theta in place of theta1 — a variant)",
        text="(1/m) * X' * (h - y) + (lambda/m) * theta",
        cost=_OCT_J,
        verdict="different",
        wrt="theta_j",
        lets=_OCT_LETS,
        why="variant: λ/m·θ₁ for the intercept, which the cost does not penalise; " + _OCT_WHY,
    ),
    Answer(
        id="f36-zh-lr-gd-against-sse-variant",
        source=ZHLIN + ", lr_gd set against the file's SSELoss instead of MSE — a variant)",
        text="2 * X.T.dot(X.dot(w) - y) / m",
        cost=_ZH_SSE,
        verdict="different",
        wrt="w_j",
        lets=("m = X.shape[0]", "y_hat = np.dot(x, w)"),
        why="variant: SSELoss is the unaveraged sum of squares, whose gradient is 2Xᵀ(Xw − y), m times this; "
        + _ZH_WHY,
    ),
]
