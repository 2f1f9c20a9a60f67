r"""A fresh held-out wave (f53): a mix as a random draw would give it — Chinese course notes on GitHub, Japanese and
Chinese notebook notes, DeepLearning.AI forum threads and a Stack Overflow question (Ruby), a Chinese Q&A copy, and
code in kinds the corpus has little of: Russian students' solutions of one course assignment, an R gradient for optim.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* notes: scruel/Notes-ML-AndrewNg (Chinese notes on Andrew Ng's course: the one-feature J(θ₀, θ₁) written as a chain
  of equalities, the notes' own slip Σ_{i=0}^{m}(h − y) "的最小值", the non-convex squared error of a sigmoid, the
  piecewise Cost, the vectorized J(θ), the regularized costs (one with \large brackets) and the partial derivatives
  the notes derive); brendanshih.com's 'Binary Cross Entropy Loss' (a misplaced parenthesis); aramata3562's Japanese
  Jupyter note on Poisson regression (the likelihood as a product); a Chinese Obsidian note on Dive into Deep Learning
  (a loss with its square missing, called at (x, b)); a stored copy of the blog post 'Logistic Regression:
  Gradients';
* Q&A: stored copies of the DeepLearning.AI forum threads 'Week 3: Derivations of J(w,b) for Sigmoid Function' (a J
  written without its minus, and a J′ without its Σ) and 'Derivative of "Simplified Cost Function"' (the lab's
  gradient loop); a stored copy of the Stack Overflow question 'Logistic Regression Giving Incorrect Results' (Ruby);
  a Chinese Q&A copy (51tsys.com) writing the ridge objective with single bars;
* code: solutions of the Russian assignment '3.2 Градиентный спуск' (Vera-bahval/MachileLearning_tasks and three
  public code index files: one correct in an expanded form, one applying the sigmoid to the probability again, one
  putting the bias's 1 first though the assignment keeps a₀ last); an R grad(beta, Y, X) for a logistic glm.

Names follow the sources: X, A, the Ruby training_data[:x][i] are the design matrix Data.X (rows are examples); θ,
w, β, alpha the weight vector (Data.theta, Data.w, Data.beta); b the intercept Data.b; in the one-feature models
(θ₀ + θ₁x, wx + b) x is Data.x and the slope Data.theta1 or Data.w[0]. Where a source gives no cost for an answer,
``why`` says which cost it is graded against. About half the answers are wrong; the real mistakes come first in each
group, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked
against finite differences of the costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SCRUEL = "https://github.com/scruel/Notes-ML-AndrewNg/blob/"
SCRUEL_W1 = (
    _SCRUEL + "916852d35684dcc77047ed861650aca36b62b98d/docs/week1/2 单变量线性回归（Linear Regression with One "
    "Variable）.md (Chinese course notes"
)
SCRUEL_LOG = (
    _SCRUEL + "90fbe848ec9093f4228c3bf49651c81c0b3bd46c/docs/week3/6 逻辑回归（Logistic Regression）.md (Chinese "
    "course notes"
)
SCRUEL_REG = (
    _SCRUEL + "90fbe848ec9093f4228c3bf49651c81c0b3bd46c/docs/week3/7 正则化（Regularization）.md (Chinese course notes"
)
BRENDAN = "https://brendanshih.com/03+-+Notes/Binary+Cross+Entropy+Loss (notes 'Binary Cross Entropy Loss'"
ARAMATA = (
    "https://github.com/aramata3562/statistics_study/blob/4f1d19b1d9efd309c169e9fc2c471e41e03a6959/用語別/"
    "ポアソン回帰モデル.ipynb (Japanese Jupyter note 'ポアソン回帰モデルについて', '### パラメータの推定'"
)
RAINBUS = (
    "https://mygitea.rainbus.top/Rain-Bus/Obsidian/raw/commit/5fdb15d09613f128204418c04f21ff033ebbaf65/Books/"
    "动手学深度学习/基础概念.md (Chinese Obsidian note on Dive into Deep Learning, '# 损失函数'"
)
BLOG_GRAD = NEMOTRON + " (stored copy of the blog post 'Logistic Regression: Gradients' (December 19, 2015)"
DLAI_W = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Week 3: Derivations of J(w,b) for Sigmoid "
    "Function', Bernhard Wieczorek, May 30, 2023"
)
DLAI_S = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Derivative of \"Simplified Cost Function\"', "
    "Arne_Schirmacher, March 19, 2023, quoting C1_W3_Lab06_Gradient_Descent_Soln"
)
RUBY = (
    NEMOTRON + " (stored copy of the Stack Overflow question 'Logistic Regression Giving Incorrect Results' (Ruby, "
    "chess ratings)"
)
TSYS = (
    "https://51tsys.com/article/18532.html (Chinese Q&A copy: a ridge closed form that disagrees with sklearn's "
    "Ridge"
)
VERA = (
    "https://github.com/Vera-bahval/MachileLearning_tasks/blob/fec3e305493fa3bbf11a53307772194ed893cd9e/"
    "3_2_Градиентный_спуск_ipynb_.ipynb (Russian course notebook '3.2 Градиентный спуск', def gradient"
)
STEPIK_EXPANDED = (
    "public code index file 38980675920 (Python, a solution of the Russian assignment '3.2 Градиентный спуск', "
    "def gradient with dhdw; the index names no repository"
)
STEPIK_SIGMOID = (
    "public code index file 12677277006 (Python, a solution of the Russian assignment '3.2 Градиентный спуск', "
    "def gradient; the index names no repository"
)
STEPIK_INSERT = (
    "public code index file 41335403603 (Python, a solution of the Russian assignment '3.2 Градиентный спуск', "
    "def gradient with np.insert; the index names no repository"
)
R_GRAD = (
    "public code index file 40428693477 (R, roxygen-documented grad(beta, Y, X) 'for a logistic regression model. "
    "Used by optim'; the index names no repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _half_mean_sq_theta0_theta1_x(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_sigmoid_theta(d):
    r = sig(d.X @ d.theta) - d.y
    return float(r @ r) / (2 * d.m)


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_l2_mean_theta(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _linear_l2_bracket_theta(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _loglik_sum_wx_b(d):
    return float(np.sum(_ll(sig(d.w[0] * d.x + d.b), d.y)))


def _sq_sum_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _poisson_likelihood_product_beta(d):
    lam = np.exp(d.theta0 + d.X @ d.beta)
    lgam = np.array([math.lgamma(v + 1.0) for v in d.y])
    return float(np.prod(np.exp(-lam + d.y * np.log(lam) - lgam)))


# ------------------------------------------------------------------ texts the items share
_W1_J = (
    r"J\left( \theta_0, \theta_1  \right)=\frac{1}{2m}\sum\limits_{i=1}^{m}{{{\left( {{h}_{\theta }}\left( "
    r"{{x}^{(i)}} \right)-{{y}^{(i)}} \right)}^{2}}}"
)
_W1_LETS = (r"h_\theta(x)=\theta_0+\theta_1x",)
_W1_WHY = (
    "the notes' one-feature model h_θ(x) = θ₀ + θ₁x (x is Data.x); their derivation writes h as θ₀x₀⁽ⁱ⁾ + θ₁x₁⁽ⁱ⁾, "
    "so x₀⁽ⁱ⁾ = 1 and x₁⁽ⁱ⁾ is the feature x⁽ⁱ⁾; graded against the notes' J(θ₀, θ₁) of § 2.7"
)
_LOG_G = r"g\left( z \right)=\frac{1}{1+{{e}^{-z}}}"
_LOG_H = r"h_\theta(x) = g\left(\theta^{T}x \right)"
_LOG_J_VEC = r"J(\theta) = \frac{1}{m} \cdot \left(-y^{T}\log(h)-(1-y)^{T}\log(1-h)\right)"
_LOG_DJ = r"\frac{1}{m} \sum\limits_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) \cdot x_j^{(i)}"
_MSE_SIG_J = (
    r"J\left( {\theta} \right)=\frac{1}{2m}\sum\limits_{i=1}^{m}{{{\left( h_{\theta} \left({x}^{\left( i \right)} "
    r"\right)-{y}^{\left( i \right)} \right)}^{2}}}"
)
_THETA_WHY = (
    "θᵀx over the features: X is Data.X (rows are examples) and θ Data.theta; the notes' θ₀ (x₀ = 1) is not among "
    "Data's θ₁…θₙ, so the penalty Σ_{j=1}^n covers every θ of the item"
)
_REG_LOG_J = (
    r"J(\theta) = - \frac{1}{m} \sum_{i=1}^m \large[ y^{(i)}\ \log (h_\theta (x^{(i)})) + (1 - y^{(i)})\ \log (1 - "
    r"h_\theta(x^{(i)}))\large] + \frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2"
)
_REG_LOG_LETS = (r"h_{\theta}(x)=g(\theta^Tx) =\frac{1}{1+e^{-\theta^Tx}}",)
_REG_LIN_J = (
    r"J\left( \theta  \right)=\frac{1}{2m}[\sum\limits_{i=1}^{m}{{{({h_\theta}({{x}^{(i)}})-{{y}^{(i)}})}^{2}}+"
    r"\lambda \sum\limits_{j=1}^{n}{\theta_{j}^{2}}]}"
)
_REG_LIN_LETS = (r"h_\theta \left( x \right)=\theta^{T}x",)
_REG_DJ = (
    r"\left( \frac{1}{m}\ \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} \right) + \frac{\lambda}{m}\theta_j"
)
_DLAI_W_J = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)"
    r"\right]"
)
_DLAI_W_LIN = r"J(w,b) = \sum[((wx+b)-y)^2]"
_DLAI_W_F = (r"f(x) = \frac{1}{1+e^{-(wx+b)}}",)
_DLAI_W_WHY = (
    "one feature: x is Data.x, w the scalar slope (Data.w[0]), b the intercept; the Σ runs over the examples"
)
_DLAI_S_COST = (
    r"J(\mathbf{w},b) = -\frac{1}{m} \sum_{i=0}^{m-1} \left[ y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} "
    r"\right) \right) + \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) "
    r"\right) \right]"
)
_DLAI_S_COST_LETS = (r"f_{\mathbf{w},b}(\mathbf{x}) = g(\mathbf{w} \cdot \mathbf{x} + b)", _LOG_G)
_DLAI_S_LOOP = (
    "for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
    "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw/m                                    # (n,)\n"
    "dj_db = dj_db/m                                    # scalar"
)
_DLAI_S_WHY = (
    "the thread quotes the lab's loop (dj_dw, dj_db start at zero); graded against the lab's compute_cost_logistic, "
    "the mean cross-entropy of f_wb = sigmoid(w·x + b) (X rows are examples, Data.X)"
)
_STEPIK_COST = r"H = -\left(y_{true} \log y_{pred} + (1 - y_{true}) \log(1 - y_{pred})\right)"
_STEPIK_LETS = ("y_pred = 1 / (1 + np.exp(-np.dot(alpha, np.append(x, 1))))",)
_STEPIK_WHY = (
    "one object: x is its feature vector (a row of Data.X), y_true its label, alpha = (ω₁…ωₙ, a₀) with the free "
    "coefficient a₀ LAST (the assignment's note 4), y_pred as the template's train() computes it; graded against the "
    "binary cross-entropy H of that object (the lecture's H, not stored), by the weights ω_j = alpha[j], whose "
    "gradient is (y_pred − y_true)x_j — the returned vector's first n entries"
)
_R_COST = r"-\sum_{i=1}^{n}\left[Y_i\log\pi_i + (1-Y_i)\log(1-\pi_i)\right]"
_R_LETS = ("pi = plogis(X%*%beta)",)
_R_WHY = (
    "the file gives the gradient only (for optim, which minimises); graded against the summed negative "
    "log-likelihood of the logistic glm, X the design matrix (Data.X), beta the coefficients; the clamps of pi at 0 "
    "and 1 are left out"
)
_BLOG_COST = (
    r"L(\mathbf{w}) = -\sum_{i=1}^{n}\left[y_i\log\sigma(\mathbf{w}^T\mathbf{x}_i) + (1-y_i)"
    r"\log(1-\sigma(\mathbf{w}^T\mathbf{x}_i))\right]"
)
_BLOG_WHY = (
    "the post calls L the negative log-likelihood of the logistic regression without writing it out here; graded "
    "against the summed NLL, x_i a row of Data.X"
)

COSTS: list[Cost] = [
    # ============================================================ notes
    Cost(
        id="f53-scruel-J-theta0-theta1-chained-equalities",
        source=SCRUEL_W1 + ", '## 2.2 代价函数（Cost Function）', the displayed J(θ₀, θ₁))",
        text=r"J(\theta_0,\theta_1)=\dfrac{1}{2m}\displaystyle\sum_{i=1}^m\left(\hat{y}_{i}-y_{i} \right)^2="
        r"\dfrac{1}{2m}\displaystyle\sum_{i=1}^m\left(h_\theta(x_{i})-y_{i}\right)^2",
        intended=_half_mean_sq_theta0_theta1_x,
        wrt=("theta_0", "theta_1"),
        lets=_W1_LETS,
        why="a chain of two equal forms, ŷ_i the prediction h_θ(x_i) (the notes: 'ŷ: y 的预测值'); one feature x "
        "(Data.x): 1/(2m)Σ(θ₀ + θ₁x_i − y_i)²",
    ),
    Cost(
        id="f53-scruel-sum-of-residuals-from-i0",
        source=SCRUEL_W1 + ", '## 2.2', '则问题可表达为求解 … 的最小值')",
        text=r"\sum\limits_{i=0}^{m}(h_\theta(x^{(i)})-y^{(i)})",
        intended=None,
        wrt=("theta_0", "theta_1"),
        lets=_W1_LETS,
        expect="refuse",
        why="the notes' first statement of the problem: the sum runs from i = 0, an example x⁽⁰⁾ the training set of "
        "m examples does not have, and the residuals are not squared (signed residuals summed have no minimum); the "
        "squared J(θ₀, θ₁) follows only below",
    ),
    Cost(
        id="f53-scruel-squared-error-of-sigmoid-nonconvex",
        source=SCRUEL_LOG + ", '## 6.4 代价函数', '如果直接套用线性回归的代价函数')",
        text=_MSE_SIG_J,
        intended=_half_mean_sq_sigmoid_theta,
        wrt=("theta_j",),
        lets=(_LOG_H, _LOG_G),
        why="the notes' non-convex example: the linear regression cost with h_θ(x) = g(θᵀx); " + _THETA_WHY,
    ),
    Cost(
        id="f53-scruel-piecewise-Cost-if-y",
        source=SCRUEL_LOG + ", '## 6.4 代价函数', the aligned J(θ) and Cost cases)",
        text="\\begin{align*}\n"
        r"& J(\theta) = \dfrac{1}{m} \sum_{i=1}^m \mathrm{Cost}(h_\theta(x^{(i)}),y^{(i)}) \\" "\n"
        r"& \mathrm{Cost}(h_\theta(x),y) = -\log(h_\theta(x)) \; & \text{if y = 1} \\" "\n"
        r"& \mathrm{Cost}(h_\theta(x),y) = -\log(1-h_\theta(x)) \; & \text{if y = 0}" "\n"
        "\\end{align*}",
        intended=None,
        wrt=("theta_j",),
        lets=(_LOG_H, _LOG_G),
        expect="refuse",
        why="Cost is defined by cases on y (if y = 1 / if y = 0): a piecewise definition, not one formula; the "
        "single-formula form comes only in § 6.5",
    ),
    Cost(
        id="f53-scruel-J-vectorized-yT-log-h",
        source=SCRUEL_LOG + ", '## 6.5', '向量化实现：')",
        text=_LOG_J_VEC,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=(r"h = g(X\theta)", _LOG_G),
        why="vectorized: h = g(Xθ) is the m-vector of predictions, yᵀlog(h) the sum over examples; X is Data.X, θ "
        "Data.theta: the mean cross-entropy",
    ),
    Cost(
        id="f53-scruel-regularized-logistic-large-brackets",
        source=SCRUEL_REG + ", '## 7.4 逻辑回归正则化', '为逻辑回归的代价函数添加正则化项：')",
        text=_REG_LOG_J,
        intended=_logistic_l2_mean_theta,
        wrt=("theta_j",),
        lets=_REG_LOG_LETS,
        why="\\large[ … \\large] are the sum's brackets; the mean cross-entropy plus λ/(2m)Σθ_j²; " + _THETA_WHY,
    ),
    Cost(
        id="f53-scruel-regularized-linear-bracket-over-both",
        source=SCRUEL_REG + ", '## 7.2 代价函数', '代价函数：')",
        text=_REG_LIN_J,
        intended=_linear_l2_bracket_theta,
        wrt=("theta_j",),
        lets=_REG_LIN_LETS,
        why="the 1/(2m) multiplies the bracket holding both the squared errors and λΣθ_j² (the bracket's ']' sits "
        "inside the last braces): 1/(2m)[Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + λΣθ_j²]; " + _THETA_WHY,
    ),
    Cost(
        id="f53-brendanshih-bce-misplaced-parenthesis",
        source=BRENDAN + ", first bullet)",
        text=r"L(\hat{y},y) = -(y\,ln(\hat{y})) + (1 - y)ln(1 - \hat{y}))",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="the parentheses do not balance (one ')' too many at the end): the minus closes over y ln ŷ alone, so "
        "whether it also covers (1 − y)ln(1 − ŷ) cannot be told; nor is ŷ's model given",
    ),
    Cost(
        id="f53-aramata-poisson-likelihood-product",
        source=ARAMATA + ", '尤度関数は以下のように定義されます')",
        text=r"\mathcal{L}(\beta) = \prod_{i=1}^{n} \frac{e^{-\lambda_i} \lambda_i^{y_i}}{y_i!}",
        intended=_poisson_likelihood_product_beta,
        wrt=("beta_j", "beta_0"),
        lets=(r"\log(\lambda) = \beta_0 + \beta_1 x_1 + \beta_2 x_2 + \cdots + \beta_p x_p",),
        why="the likelihood itself (a product, not its log): λ_i = exp(β₀ + Σ_k β_k x_ik), x_ik Data.X, β₀ the "
        "intercept (Data.theta0 under beta_0), y_i! = Γ(y_i + 1) (a constant in β)",
    ),
    Cost(
        id="f53-rainbus-d2l-loss-square-missing-called-at-x",
        source=RAINBUS + ", '一般我们会使用平方误差' and '损失函数我们则采用平方误差的均值')",
        text=r"L(\mathbf{w}, b) = \frac1n\sum_{i=1}^{n} l^i(\mathbf{x}, b)",
        intended=None,
        wrt=("w_j", "b"),
        lets=(r"l^i(\mathbf{w}, b) = \frac{1}{2}( \hat{y}^i - y^i)",),
        expect="refuse",
        why="two slips: the per-example 'squared error' has no square, and L calls l^i at (x, b) though l^i is "
        "defined in (w, b): whether L depends on w at all cannot be told; the intended 1/n Σ ½(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² is a "
        "guess",
    ),
    # ============================================================ Q&A
    Cost(
        id="f53-dlai-wieczorek-logistic-J-sum-without-minus",
        source=DLAI_W + ", 'J for logistic regression is')",
        text=_DLAI_W_J,
        intended=_loglik_sum_wx_b,
        wrt=("w", "b"),
        why="as written: no leading minus and no 1/m, so J is the summed log-likelihood Σ[y log σ(wx + b) + "
        "(1 − y) log(1 − σ(wx + b))]; " + _DLAI_W_WHY,
    ),
    Cost(
        id="f53-dlai-wieczorek-linear-J-sum-of-squares",
        source=DLAI_W + ", 'For the linear cost function')",
        text=_DLAI_W_LIN,
        intended=_sq_sum_wx_b,
        wrt=("w", "b"),
        why="Σ((wx⁽ⁱ⁾ + b) − y⁽ⁱ⁾)², no 1/(2m); " + _DLAI_W_WHY,
    ),
    Cost(
        id="f53-so-ruby-chess-J-loop",
        source=RUBY + ", def J())",
        text="sum = 0\n  for i in 0...m\n    sum += ((training_data[:y][i][0] * Math.log(h(training_data[:x][i])))\n"
        "        + ((1 - training_data[:y][i][0]) * Math.log(1 - h(training_data[:x][i]))))\n  end\n"
        "  return (-1.0 / m) * sum",
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=("h(x) = g((theta.transpose * x)[0, 0])",),
        why="Ruby: the first line's parentheses stay open, so the '+' line continues the same sum; "
        "training_data[:x][i] is example i (a row of Data.X), training_data[:y][i][0] its label, g the sigmoid: "
        "−(1/m)Σ[y log h + (1 − y) log(1 − h)]",
    ),
    Cost(
        id="f53-51tsys-ridge-single-bars",
        source=TSYS + ", '尝试通过以下方式找到 w 的最小值')",
        text=r"\min{w} |Aw-y|^2 + \lambda |w|^2",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="single bars around the vectors Aw − y and w: the absolute-value sign where the source (a translated "
        "question) means the Euclidean norm ‖·‖; as written |·| of a vector is not defined (abs is not supported)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ notes
    Answer(
        id="f53-scruel-dJ-dtheta0-x0",
        source=SCRUEL_W1 + ", '## 2.7', '所以当 j = 0 时：')",
        text=r"\frac{\partial}{\partial\theta_0} J(\theta)=\frac{1}{m}\sum\limits_{i=1}^{m}{{\left( {{h}_{\theta }}"
        r"\left( {{x}^{(i)}} \right)-{{y}^{(i)}} \right)}} *x_0^{(i)}",
        cost=_W1_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_W1_LETS,
        why=_W1_WHY,
    ),
    Answer(
        id="f53-scruel-dJ-dtheta1-x1",
        source=SCRUEL_W1 + ", '## 2.7', '所以当 j = 1 时：')",
        text=r"\frac{\partial}{\partial\theta_1} J(\theta)=\frac{1}{m}\sum\limits_{i=1}^{m}{{\left( {{h}_{\theta }}"
        r"\left( {{x}^{(i)}} \right)-{{y}^{(i)}} \right)}} *x_1^{(i)}",
        cost=_W1_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_W1_LETS,
        why=_W1_WHY,
    ),
    Answer(
        id="f53-scruel-logistic-dJ-dthetaj",
        source=SCRUEL_LOG + ", '## 6.5', '则可得代价函数的导数：', the last member)",
        text=_LOG_DJ,
        cost=_LOG_J_VEC,
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h = g(X\theta)", _LOG_H, _LOG_G),
        why="graded against the notes' vectorized J(θ) of the same section; " + _THETA_WHY,
    ),
    Answer(
        id="f53-scruel-regularized-logistic-dthetaj",
        source=SCRUEL_REG + ", '## 7.4', the θ_j update's bracket)",
        text=_REG_DJ,
        cost=_REG_LOG_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_REG_LOG_LETS,
        why="the gradient inside θ_j := θ_j − α[…], j ∈ {1…n}; " + _THETA_WHY,
    ),
    Answer(
        id="f53-scruel-regularized-linear-dthetaj",
        source=SCRUEL_REG + ", '## 7.3', the θ_j update's bracket)",
        text=_REG_DJ,
        cost=_REG_LIN_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_REG_LIN_LETS,
        why="the 1/(2m) over the bracket gives λ/(2m)·2θ_j = (λ/m)θ_j; " + _THETA_WHY,
    ),
    Answer(
        id="f53-blog-nll-gradient-sum",
        source=BLOG_GRAD + ", 'the gradient of the NLL with respect to the weight vector w is given by')",
        text=r"\nabla_{\mathbf{w}} L = \sum_{i=1}^{n} (\sigma(\mathbf{w}^T \mathbf{x}_i) - y_i) \mathbf{x}_i",
        cost=_BLOG_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_BLOG_WHY,
    ),
    Answer(
        id="f53-scruel-dJ-dtheta1-over-2m",
        source=SCRUEL_W1 + ", '## 2.7'; variant: 1/(2m) kept after the square's 2 came down)",
        text=r"\frac{\partial}{\partial\theta_1} J(\theta)=\frac{1}{2m}\sum\limits_{i=1}^{m}{{\left( {{h}_{\theta }}"
        r"\left( {{x}^{(i)}} \right)-{{y}^{(i)}} \right)}} *x_1^{(i)}",
        cost=_W1_J,
        verdict="different",
        wrt="theta_1",
        lets=_W1_LETS,
        why="variant: the square's 2 cancels the ½ of 1/(2m), so 1/(2m) halves the gradient; " + _W1_WHY,
    ),
    Answer(
        id="f53-scruel-logistic-gradient-on-squared-sigmoid",
        source=SCRUEL_LOG + ", '## 6.5'; variant: the logistic gradient given for the § 6.4 squared-error cost)",
        text=_LOG_DJ,
        cost=_MSE_SIG_J,
        verdict="different",
        wrt="theta_j",
        lets=(_LOG_H, _LOG_G),
        why="variant: for the squared error of h = g(θᵀx) the chain rule keeps g′ = h(1 − h): (1/m)Σ(h − y)h(1 − h)"
        "x_j; (1/m)Σ(h − y)x_j is the cross-entropy's gradient; " + _THETA_WHY,
    ),
    Answer(
        id="f53-scruel-regularized-logistic-lambda-over-2m",
        source=SCRUEL_REG + ", '## 7.4'; variant: λ/(2m) copied from the cost into the gradient)",
        text=r"\left( \frac{1}{m}\ \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} \right) + "
        r"\frac{\lambda}{2m}\theta_j",
        cost=_REG_LOG_J,
        verdict="different",
        wrt="theta_j",
        lets=_REG_LOG_LETS,
        why="variant: the derivative of λ/(2m)θ_j² is (λ/m)θ_j; " + _THETA_WHY,
    ),
    Answer(
        id="f53-blog-nll-gradient-residual-flipped",
        source=BLOG_GRAD + "; variant: y_i − σ)",
        text=r"\nabla_{\mathbf{w}} L = \sum_{i=1}^{n} (y_i - \sigma(\mathbf{w}^T \mathbf{x}_i)) \mathbf{x}_i",
        cost=_BLOG_COST,
        verdict="different",
        wrt="w_j",
        why="variant: Σ(y_i − σ)x_i is the log-likelihood's gradient, the negative of the NLL's; " + _BLOG_WHY,
    ),
    # ============================================================ Q&A
    Answer(
        id="f53-dlai-wieczorek-dJdw-against-J-without-minus",
        source=DLAI_W + ", 'logistic gradient descent looks the same like linear gradient descent')",
        text=r"\frac{dJ}{dw} = \sum[(f(x)-y)x]",
        cost=_DLAI_W_J,
        verdict="different",
        wrt="w",
        lets=_DLAI_W_F,
        why="graded against the J he writes in the same post, which has no leading minus: that J is the "
        "log-likelihood, whose derivative is Σ[(y − f(x))x]; Σ[(f(x) − y)x] belongs to −J (f is the J's own sigmoid); "
        + _DLAI_W_WHY,
    ),
    Answer(
        id="f53-dlai-wieczorek-linear-Jprime-without-sum",
        source=DLAI_W + ", 'I understand that')",
        text=r"J' = 2((wx+b)-y)x",
        cost=_DLAI_W_LIN,
        verdict="different",
        wrt="w",
        why="the derivative of one term of the sum: J = Σ((wx + b) − y)² differentiates to Σ2((wx⁽ⁱ⁾ + b) − y⁽ⁱ⁾)x⁽ⁱ⁾, "
        "and J′ as written drops the Σ; " + _DLAI_W_WHY,
    ),
    Answer(
        id="f53-dlai-schirmacher-lab06-loop-dj-dw",
        source=DLAI_S + ", the code block)",
        text=_DLAI_S_LOOP,
        cost=_DLAI_S_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_DLAI_S_COST_LETS,
        why=_DLAI_S_WHY + "; dj_dw[j] = (1/m)Σ(f_wb − y)x_j",
    ),
    Answer(
        id="f53-dlai-schirmacher-lab06-loop-dj-db",
        source=DLAI_S + ", the code block)",
        text=_DLAI_S_LOOP,
        cost=_DLAI_S_COST,
        verdict="equivalent",
        wrt="b",
        lets=_DLAI_S_COST_LETS,
        why=_DLAI_S_WHY + "; dj_db = (1/m)Σ(f_wb − y)",
    ),
    Answer(
        id="f53-dlai-wieczorek-dJdw-residual-flipped",
        source=DLAI_W + "; variant: (y − f(x)), the sign his J as written needs)",
        text=r"\frac{dJ}{dw} = \sum[(y-f(x))x]",
        cost=_DLAI_W_J,
        verdict="equivalent",
        wrt="w",
        lets=_DLAI_W_F,
        why="variant: the J without a minus is the log-likelihood, d/dw = Σ[(y − σ(wx + b))x]; " + _DLAI_W_WHY,
    ),
    Answer(
        id="f53-dlai-wieczorek-linear-Jprime-with-sum",
        source=DLAI_W + "; variant: the Σ kept)",
        text=r"J' = \sum[2((wx+b)-y)x]",
        cost=_DLAI_W_LIN,
        verdict="equivalent",
        wrt="w",
        why="variant: the sum of the terms' derivatives; " + _DLAI_W_WHY,
    ),
    Answer(
        id="f53-dlai-schirmacher-lab06-loop-without-mean",
        source=DLAI_S + "; variant: the two '/m' lines left out)",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
        "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
        "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n    dj_db = dj_db + err_i",
        cost=_DLAI_S_COST,
        verdict="different",
        wrt="w_j",
        lets=_DLAI_S_COST_LETS,
        why="variant: without the division by m the loop gives m times the mean cost's gradient; " + _DLAI_S_WHY,
    ),
    # ============================================================ code
    Answer(
        id="f53-stepik-sigmoid-applied-to-probability",
        source=STEPIK_SIGMOID + ", grad =)",
        text="grad = (1/(1+np.exp(-y_pred)) - y_true) * np.concatenate( (x, np.array([1])) )",
        cost=_STEPIK_COST,
        verdict="different",
        wrt="alpha_j",
        lets=_STEPIK_LETS,
        why="y_pred is already the probability σ(⟨alpha, (x, 1)⟩) (the docstring: 'значение степени "
        "принадлежности объекта x классу 1'); taking σ of it again gives σ(y_pred) − y_true in place of "
        "y_pred − y_true; " + _STEPIK_WHY,
    ),
    Answer(
        id="f53-stepik-bias-one-inserted-first",
        source=STEPIK_INSERT + ", x = np.insert(x, 0, 1) and grad =)",
        text="x = np.insert(x, 0, 1)  # добавляем 1 в начало x для учета a0\n    grad = (y_pred - y_true) * x",
        cost=_STEPIK_COST,
        verdict="different",
        wrt="alpha_j",
        lets=_STEPIK_LETS,
        why="the 1 for a₀ goes first while alpha keeps a₀ last: entry j of the result is (y_pred − y_true)x_{j−1} "
        "(x₀ := 1), so the weight ω₁ gets (y_pred − y_true)·1 and every weight is paired with the previous "
        "feature; " + _STEPIK_WHY,
    ),
    Answer(
        id="f53-stepik-vera-append-one",
        source=VERA + ", grad =)",
        text="x = np.append(x, 1)\n    grad = (y_pred - y_true) * x",
        cost=_STEPIK_COST,
        verdict="equivalent",
        wrt="alpha_j",
        lets=_STEPIK_LETS,
        why=_STEPIK_WHY,
    ),
    Answer(
        id="f53-stepik-expanded-dhdw",
        source=STEPIK_EXPANDED + ", dhdw =)",
        text="dhdw = lambda data: data*((1-y_true)*y_pred-y_true*(1-y_pred))\n\n"
        "    dhdwArr = np.vectorize(dhdw)\n\n    return dhdwArr(np.append(x,1))",
        cost=_STEPIK_COST,
        verdict="equivalent",
        wrt="alpha_j",
        lets=_STEPIK_LETS,
        why="(1 − y)p − y(1 − p) = p − yp − y + yp = p − y: the expanded form of (y_pred − y_true), times each "
        "entry of (x, 1); " + _STEPIK_WHY,
    ),
    Answer(
        id="f53-r-grad-minus-crossprod",
        source=R_GRAD + ", gr <- and return)",
        text="gr <- crossprod(X, Y-pi)\n  return(-gr)",
        cost=_R_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_R_LETS,
        why="R's '<-' kept in the text, written as '=' in the let; crossprod(X, Y − pi) is Xᵀ(Y − π), the "
        "log-likelihood's gradient, and −Xᵀ(Y − π) the NLL's; " + _R_WHY,
    ),
    Answer(
        id="f53-r-grad-crossprod-sign-dropped",
        source=R_GRAD + "; variant: return(gr))",
        text="gr <- crossprod(X, Y-pi)\n  return(gr)",
        cost=_R_COST,
        verdict="different",
        wrt="beta_j",
        lets=_R_LETS,
        why="variant: Xᵀ(Y − π) is the gradient of the log-likelihood, the negative of the NLL's; " + _R_WHY,
    ),
]
