r"""A fresh held-out wave (f43): a mix as a random draw would give it, with every third source from a kind the last
waves had little of — problem-set and exercise solutions, a course quiz sheet and a lab handout, textbook companion
code, a course forum and homework-help pages — in LaTeX, flattened web text, Python, PyTorch and Octave, in English
and Chinese.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: a stored copy of the DeepLearning.AI community thread 'Week 3: Derivations of J(w,b) for Sigmoid Function'
  (the asker's J's, one without its minus sign, and his derivatives); a stored copy of the Cross Validated question
  'Derivation of Regularized Linear Regression Cost Function per Coursera Machine Learning Course' (the lecture
  deck's gradient with −λθⱼ, a typo, and the asker's own with h + y); a stored copy of the Cross Validated question
  'Poisson regression likelihood estimation' (l(β) ∝ …, its ∂l/∂β_a); a transtutors homework question 'Q1 (60
  pts)' whose superscripts were flattened (e-z, ∑i=1m) and a wizedu homework hint ((yi-(wTxi+w0))2+||w||^2), both
  refused;
* code: three Coursera ex2/ex5 Octave solutions from the public code index (costFunctionReg, linearRegCostFunction);
  the companion code of Deep Learning with PyTorch, chapter 5 (grad_fn); a Chinese PyTorch study repository's
  01_manual_gradient.py (its header derivation); a Chinese ridge-regression file copied from a textbook's code
  (l2_loss: the data term's gradient lost its factor 2); a Python port of a course's ridge.m (x_tr d × n, lambdaa);
  an EPFL-style lab's calculate_logistic_loss / calculate_gradient_logistic; ZhongLi-Shi/statistical_model's ridge
  readme (|w_k|², refused);
* notes: a stored page 'CS229 Problem Set #1 Solutions' (regularised logistic regression); a stored course-notes
  page 'Machine Learning Week 3: Regularization' (Quiz 1); a stored copy of the Stanford OpenClassroom handout
  'Exercise 5: Regularization'; a stored blog post 'Logistic Regression: Gradients' (a textbook exercise, three
  copies with three forms of the same gradient).

Names follow the sources: Octave's X and theta (a column of ones in X, theta(1) its intercept) are Data.X and
Data.theta, so theta(2:end) is theta[1:]; the PyTorch book's t_u (input) and t_c (target) are Data.x and Data.y and
its scalar w the slope Data.w[0]; the lab's tx is Data.X; x_tr (d × n) is Data.X transposed; the Poisson question's
x_{ij}, j = 1…p, are Data.X's columns, x_{i0} = 1, and β₀ is the intercept (Data.theta0 under β). Where a source
gives no cost for an answer, the answer's page gives it, or ``why`` says which cost the answer is graded against.
About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
FORUM = (
    NEMOTRON + " (stored copy of the DeepLearning.AI community 'Course Q&A' thread 'Week 3: Derivations of J(w,b) "
    "for Sigmoid Function', Bernhard Wieczorek's question of May 30, 2023"
)
CVREG = (
    NEMOTRON + " (stored copy of the Cross Validated question 'Derivation of Regularized Linear Regression Cost "
    "Function per Coursera Machine Learning Course'"
)
CVPOIS = NEMOTRON + " (stored page \"Cross Validated Feed for question 'Poisson regression likelihood estimation'\""
TRANSTUTORS = (
    "https://www.transtutors.com/questions/q1-60-pts-consider-a-binary-classification-problem-where-we-use-"
    "logistic-regression--13001737.htm (homework question 'Q1 (60 pts)'"
)
WIZEDU = (
    "https://wizedu.com/questions/316625/what-is-the-gradient-of-the-least-squares-loss (homework question "
    "'What is the gradient of the least squares loss with regularization?'"
)
PS1SOL = (
    NEMOTRON + " (stored page 'CS229 Problem Set #1 Solutions: Supervised Learning', 'Problem 2: Regularized "
    "Logistic Regression'"
)
QUIZ = NEMOTRON + " (stored notes page 'Machine Learning Week 3: Regularization', 'Quiz 1: Logistic Regression'"
EX5 = (
    NEMOTRON + " (stored copy of the Stanford OpenClassroom handout 'Exercise 5: Regularization', 'Regularized "
    "Linear Regression'"
)
NLLBLOG = (
    NEMOTRON + " (stored copies of the blog post 'Logistic Regression: Gradients' (December 19, 2015, a textbook "
    "exercise on the gradient of the NLL)"
)
OCT_EX2 = (
    "public code index file 31939869791 (Octave, a Coursera ex2 costFunctionReg solution; the index does not name "
    "its repository"
)
OCT_EX2B = (
    "public code index file 14650110121 (Octave, a Coursera ex2 costFunctionReg solution; the index does not name "
    "its repository"
)
OCT_EX5 = (
    "public code index file 31792775151 (Octave, a Coursera ex5 linearRegCostFunction solution; the index does not "
    "name its repository"
)
DLPT = (
    "public code index file 51904089816 (Python, part1_core_pytorch/ch05_mechanics/01_manual_gradient.py, "
    "companion code to Deep Learning with PyTorch, chapter 5 'The Mechanics of Learning'"
)
ZHMANUAL = (
    "public code index file 55922821741 (Python, 01_manual_gradient.py of a Chinese PyTorch study repository, the "
    "header comment '核心数学'"
)
ZHBOOK = (
    "public code index file 53861803296 (Python, Chinese ridge-regression code copied from a textbook's code, def "
    "l2_loss(X, y, w, b, alpha); the same mistake in files 10921468918 and 11230397710 (ridge_loss)"
)
RIDGEPY = (
    "public code index file 48462173243 (Python, def ridge(w, x_tr, y_tr, lambdaa), a port of a course's "
    "MATLAB ridge.m"
)
EPFL = (
    "public code index file 15668164355 (Python, an EPFL-style lab's calculate_logistic_loss and "
    "calculate_gradient_logistic"
)
ZHONGLI = (
    "https://github.com/ZhongLi-Shi/statistical_model/blob/6ea0bafc59a85bcce81638ab1a3d939ae6572efb/"
    "Ridge_Lasso_model/readme.md (notes, Chinese, '### Ridge'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _sse_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _mse_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(np.mean(r * r))


def _loglik_wx_b(d):
    return float(np.sum(_ll(sig(d.w[0] * d.x + d.b), d.y)))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_l2_theta(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _logistic_l2_skip_first(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_half_mean_theta(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _nll_sum_w(d):
    return -float(np.sum(_ll(sig(d.X @ d.w), d.y)))


def _poisson_loglik_beta0(d):
    eta = d.theta0 + d.X @ d.beta
    return float(-np.sum(np.exp(eta)) + np.sum(d.y * eta))


# ------------------------------------------------------------------ texts the items share
_FORUM_SQ = r"J(w,b) = \sum[((wx+b)-y)^2]"
_FORUM_LOG = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + "
    r"(1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)\right]"
)
_FORUM_WHY = (
    "one-feature model: x and y are the examples' feature and label (Data.x, Data.y), w the scalar slope, b the "
    "intercept; the asker writes Σ without an index"
)
_PS1_J = (
    r"J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left[ -y^{(i)} \log(h_\theta(x^{(i)})) - (1 - y^{(i)}) "
    r"\log(1 - h_\theta(x^{(i)})) \right] + \frac{\lambda}{2m} \sum_{j=1}^{n} \theta_j^2"
)
_PS1_WHY = (
    "the page does not restate h: the course's h_θ(x) = g(θᵀx), the sigmoid; Σ_{j=1}^{n} runs over every "
    "component θ₁…θₙ of Data.theta (the intercept θ₀ is not among them)"
)
_EPFL_J = "np.squeeze(- loss)"
_EPFL_LETS = (
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w))",
)
_EPFL_WHY = "tx is the lab's design matrix (Data.X), pred = σ(tx·w): the summed negative log-likelihood in w"
_OCT2_J = "(-y'*log(sigmoid(X*theta))-(1-y)'*log(1-sigmoid(X*theta)))/m"
_OCT5_J = "sum((X*theta-y).^2)/(2*m)"
_DLPT_J = "squared_diffs.mean()"
_DLPT_LETS = ("squared_diffs = (t_p - t_c) ** 2", "t_p = w * t_u + b")
_DLPT_WHY = (
    "the book's model(t_u, w, b) returns w * t_u + b and t_p = model(t_u, w, b); t_u is the input (Data.x), t_c "
    "the target (Data.y), w a scalar slope: the mean squared error"
)
_ZHM_J = "L = (1/N) * Σᵢ (ŷᵢ - yᵢ)²"
_ZHM_LETS = ("ŷ = wx + b",)
_ZHM_WHY = "'模型：ŷ = wx + b', N the number of examples: the mean squared error of a one-feature line"
_ZHB_J = "np.sum((y_hat - y) ** 2) / num_train + alpha * np.sum(np.square(w))"
_ZHB_LETS = ("y_hat = np.dot(X, w) + b", "num_train = X.shape[0]")
_ZHB_WHY = (
    "alpha is the file's regularisation coefficient ('正则化系数'), not a learning rate: the cost is "
    "Σ(ŷ − y)²/N + αΣw², whose gradient is 2Xᵀ(ŷ − y)/N + 2αw and 2Σ(ŷ − y)/N in b"
)
_RIDGEPY_J = "dot(p, p) + lambdaa*dot(w, w)"
_RIDGEPY_LETS = ("p = (dot(w, x_tr) - y_tr)[0]",)
_CVPOIS_J = (
    r"l(\beta) \propto -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} + \sum_{i=1}^n y_i \sum_{j=0}^p \beta_j x_{ij}"
)
_CVPOIS_WHY = (
    "log λ_i = Σ_{j=0}^{p} β_j x_{ij} with x_{i0} = 1 (the question's statement): β₀ is the intercept; '∝' drops "
    "−Σ log y_i!, an additive constant, so l(β) is Σ y_i η_i − Σ e^{η_i}"
)
_NLL_COST = (
    r"L(\mathbf{w}) = -\sum_{i=1}^{n} \left[ y_i \log \sigma(\mathbf{w}^T \mathbf{x}_i) + (1 - y_i) "
    r"\log(1 - \sigma(\mathbf{w}^T \mathbf{x}_i)) \right]"
)
_NLL_LETS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}",)
_NLL_WHY = (
    "the post defines L only in words ('the negative log-likelihood of the logistic regression'); the cost here is "
    "that summed NLL, written out"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f43-forum-linear-sum-squares-wx-b",
        source=FORUM + ", 'For the linear cost function')",
        text=_FORUM_SQ,
        intended=_sse_wx_b,
        wrt=("w", "b"),
        why=_FORUM_WHY + "; no 1/m: the sum of squared errors",
    ),
    Cost(
        id="f43-forum-logistic-j-without-minus",
        source=FORUM + ", 'J for logistic regression is')",
        text=_FORUM_LOG,
        intended=_loglik_wx_b,
        wrt=("w", "b"),
        why=_FORUM_WHY + "; as written J has no leading minus and no 1/m: it is the log-likelihood itself, "
        "Σ[y log σ + (1 − y) log(1 − σ)], not the cross-entropy",
    ),
    Cost(
        id="f43-cvpois-loglik-proportional",
        source=CVPOIS + ", a))",
        text=_CVPOIS_J,
        intended=_poisson_loglik_beta0,
        wrt=("beta_j",),
        why=_CVPOIS_WHY,
    ),
    # ============================================================ notes, problem-set solutions, handouts
    Cost(
        id="f43-ps1sol-regularized-logistic",
        source=PS1SOL + ", the cost function)",
        text=_PS1_J,
        intended=_logistic_l2_theta,
        wrt=("theta_j",),
        why=_PS1_WHY,
    ),
    Cost(
        id="f43-quiz-regularized-linear-bracket",
        source=QUIZ + ", '1. Regularized Linear Regression Cost Function')",
        text=r"J(\theta) = \frac{1}{2m} \left[ \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2 + \lambda "
        r"\sum_{j=1}^{n} \theta_j^2 \right]",
        intended=_ridge_half_mean_theta,
        wrt=("theta_j",),
        why="the course's h_θ(x) = θᵀx (not restated on the page); λ inside the bracket, so λ/(2m)Σθⱼ² over "
        "θ₁…θₙ",
    ),
    Cost(
        id="f43-ex5-regularized-linear-handout",
        source=EX5 + ", 'the goal is to minimize the following cost function')",
        text=r"J(\theta) = \frac{1}{2m}\left[\sum_{i=1}^{m}(h_{\theta}(x^{(i)}) - y^{(i)})^2\right] + "
        r"\frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2",
        intended=_ridge_half_mean_theta,
        wrt=("theta_j",),
        why="the handout's h_θ is a fifth-order polynomial θ₀ + θ₁x + … + θ₅x⁵, linear in θ with the powers of x "
        "as features: h_θ(x) = θᵀx over the feature columns (Data.X); the penalty skips only θ₀",
    ),
    # ============================================================ code
    Cost(
        id="f43-octave-ex2-logistic-j",
        source=OCT_EX2 + ", the first J= line)",
        text=_OCT2_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        why="the mean cross-entropy of the logistic model, X the design matrix, y' a row times a column",
    ),
    Cost(
        id="f43-octave-ex2-reg-j-theta-from-2",
        source=OCT_EX2B + ", J=)",
        text="(1/m)*sum(sum1)+(lambda/(2*m))*sum(theta(2:size(theta)).^2)",
        intended=_logistic_l2_skip_first,
        wrt=("theta_j",),
        lets=("sum1 = -y.*log(h_theta)-(1-y).*log(1-h_theta)", "h_theta = sigmoid(X*theta)"),
        why="theta(2:size(theta)) is every component but Octave's first (the intercept, Data.theta[0]): the "
        "penalty λ/(2m)Σ_{k≥2}θ_k² leaves the first component out",
    ),
    Cost(
        id="f43-octave-ex5-linear-j",
        source=OCT_EX5 + ", J=sum(…))",
        text=_OCT5_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why="the unregularised part of linearRegCostFunction: Σ(Xθ − y)²/(2m)",
    ),
    Cost(
        id="f43-dlpt-book-mse-mean",
        source=DLPT + ", loss_fn and model)",
        text=_DLPT_J,
        intended=_mse_wx_b,
        wrt=("w", "b"),
        lets=_DLPT_LETS,
        why=_DLPT_WHY,
    ),
    Cost(
        id="f43-zh-manual-mse-header",
        source=ZHMANUAL + ", '损失：')",
        text=_ZHM_J,
        intended=_mse_wx_b,
        wrt=("w", "b"),
        lets=_ZHM_LETS,
        why=_ZHM_WHY,
    ),
    Cost(
        id="f43-epfl-lab-logistic-nll-sum",
        source=EPFL + ", calculate_logistic_loss)",
        text=_EPFL_J,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_EPFL_LETS,
        why=_EPFL_WHY,
    ),
    # ============================================================ refused
    Cost(
        id="f43-transtutors-flattened-average-ce",
        source=TRANSTUTORS + ", 'the overall loss is the average cross-entropy loss')",
        text="J(w, b) = (1/m) ∑i=1m L(w, b; x(i), y(i))",
        intended=None,
        wrt=("w_j", "b"),
        lets=(
            "L(w, b) = -[y log(&hat;(y)) + (1 - y) log(1 - &hat;(y))]",
            "&hat;(y) = σ(wTx + b)",
            "σ(z) = 1 / (1 + e-z)",
        ),
        expect="refuse",
        why="the page lost its superscripts and subscripts: '∑i=1m' (Σ_{i=1}^{m}), 'x(i)', 'wTx' (wᵀx), 'e-z' "
        "(e^{−z}, as written e minus z) and the HTML entity '&hat;(y)' for ŷ; the average cross-entropy is "
        "meant, but the text as written says σ(z) = 1/(1 + e − z)",
    ),
    Cost(
        id="f43-wizedu-flattened-square-per-point",
        source=WIZEDU + ", the hint)",
        text="(yi-(wTxi+w0))2+||w||^2",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="the square of the residual lost its caret ('(yi-(wTxi+w0))2' is (y_i − (wᵀx_i + w₀))²), while the "
        "penalty's kept one; read literally it is 2(y_i − …), linear in w; and it is one point's loss, not a sum",
    ),
    Cost(
        id="f43-zhongli-ridge-abs-squared",
        source=ZHONGLI + ")",
        text=r"L = \frac{1}{m}(\sum \limits_i^m(\hat{y_i} - y_i)^2 + \lambda \sum \limits_k|w_k|^2)",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="|w_k|² is w_k² for real weights, but the text writes it through an absolute value (the readme's Lasso "
        "line above it is λΣ|w_k|), and ŷ_i is not defined in the readme (the code's prediction is Σ x·w + b)",
    ),
]


ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f43-cvreg-deck-minus-lambda",
        source=CVREG + ", the lecture deck's gradient as quoted)",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m} \left[ \sum_{i=1}^m (h_\theta(x^{(i)}) - "
        r"y^{(i)}) x_j^{(i)} - \lambda \theta_j \right]",
        cost="linear-l2",
        verdict="different",
        why="the question's cost is (1/(2m))[Σ(h − y)² + λΣθⱼ²], whose derivative has +λθⱼ/m; the comments "
        "confirm the minus is a typo on the deck",
    ),
    Answer(
        id="f43-cvreg-asker-h-plus-y",
        source=CVREG + ", 'When I tried to do my own derivation')",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m} \left[ \sum_{i=1}^m (h_\theta(x^{(i)}) + "
        r"y^{(i)}) x_j^{(i)} + \lambda \theta_j \right]",
        cost="linear-l2",
        verdict="different",
        why="h + y where the residual is h − y (a commenter asks whether it is a typo); the λ term is right",
    ),
    Answer(
        id="f43-forum-j-prime-without-sum",
        source=FORUM + ", 'I understand that')",
        text="J' = 2((wx+b)-y)x",
        cost=_FORUM_SQ,
        verdict="different",
        wrt="w",
        why="the derivative of one summand; J = Σ[((wx + b) − y)²] has ∂J/∂w = Σ 2((wx + b) − y)x — as written "
        "the Σ is gone; " + _FORUM_WHY,
    ),
    Answer(
        id="f43-forum-dj-dw-for-j-without-minus",
        source=FORUM + ", the lecture's 'dJ/dw = Σ[(f(x)-y)x]' against the asker's J)",
        text=r"\frac{dJ}{dw} = \sum[(f(x)-y)x]",
        cost=_FORUM_LOG,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="the asker's logistic J has no minus sign, so its derivative is Σ(y − f(x))x, the negative of the "
        "lecture's formula he wants to reach (which belongs to −J); f is the logistic model he substitutes in J; "
        + _FORUM_WHY,
    ),
    Answer(
        id="f43-zh-book-ridge-dw-lost-two",
        source=ZHBOOK + ", dw =)",
        text="np.dot(X.T, (y_hat - y)) / num_train + 2 * alpha * w",
        cost=_ZHB_J,
        verdict="different",
        wrt="w_j",
        lets=_ZHB_LETS,
        why="the penalty's 2αw is there, but the data term's derivative lost its 2 (copied from the file's mean "
        "error gradient); " + _ZHB_WHY,
    ),
    Answer(
        id="f43-zh-book-ridge-db-lost-two",
        source=ZHBOOK + ", db =)",
        text="np.sum((y_hat - y)) / num_train",
        cost=_ZHB_J,
        verdict="different",
        wrt="b",
        lets=_ZHB_LETS,
        why="∂/∂b of Σ(ŷ − y)²/N is 2Σ(ŷ − y)/N; " + _ZHB_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f43-quiz-regularized-linear-gradient",
        source=QUIZ + ", '2. Linear Regression Gradient')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) "
        r"- y^{(i)} \right) x_j^{(i)} + \frac{\lambda}{m} \theta_j, \quad \text{for } j \geq 1",
        cost="linear-l2",
        verdict="equivalent",
        why="the page's cost is (1/(2m))[Σ(h − y)² + λΣ_{j=1}^{n}θⱼ²]; every θⱼ of Data is a j ≥ 1",
    ),
    Answer(
        id="f43-ps1sol-regularized-logistic-gradient",
        source=PS1SOL + ", 'The gradient of the regularized cost function is')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - "
        r"y^{(i)}) x_j^{(i)} + \frac{\lambda}{m} \theta_j",
        cost=_PS1_J,
        verdict="equivalent",
        why=_PS1_WHY,
    ),
    Answer(
        id="f43-nllblog-sum-form",
        source=NLLBLOG + ", first copy, 'the gradient of the NLL with respect to the weight vector')",
        text=r"\nabla_{\mathbf{w}} L = \sum_{i=1}^{n} (\sigma(\mathbf{w}^T \mathbf{x}_i) - y_i) \mathbf{x}_i",
        cost=_NLL_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_NLL_LETS,
        why=_NLL_WHY,
    ),
    Answer(
        id="f43-nllblog-matrix-form",
        source=NLLBLOG + ", third copy, the matrix form)",
        text=r"\frac{\partial L}{\partial \mathbf{w}} = \mathbf{X}^T (\sigma(\mathbf{Xw}) - \mathbf{y})",
        cost=_NLL_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_NLL_LETS,
        why="X the matrix of input features, \\mathbf{Xw} the product Xw written as one bold group; " + _NLL_WHY,
    ),
    Answer(
        id="f43-octave-ex2-gradient",
        source=OCT_EX2 + ", grad=)",
        text="(X'*(sigmoid(X*theta)-y))./m",
        cost=_OCT2_J,
        verdict="equivalent",
        why="Xᵀ(σ(Xθ) − y)/m, the gradient of the mean cross-entropy before the file adds the penalty",
    ),
    Answer(
        id="f43-octave-ex5-gradient",
        source=OCT_EX5 + ", grad=)",
        text="(X'*(X*theta-y))./m",
        cost=_OCT5_J,
        verdict="equivalent",
        why="Xᵀ(Xθ − y)/m, before the file adds the penalty to grad(2:n)",
    ),
    Answer(
        id="f43-zh-manual-dl-dw",
        source=ZHMANUAL + ", '∂L/∂w =')",
        text="∂L/∂w = (2/N) * Σᵢ eᵢ · xᵢ",
        cost=_ZHM_J,
        verdict="equivalent",
        wrt="w",
        lets=("eᵢ = ŷᵢ - yᵢ", *_ZHM_LETS),
        why="'令 eᵢ = ŷᵢ - yᵢ（残差）'; " + _ZHM_WHY,
    ),
    Answer(
        id="f43-zh-manual-dl-db",
        source=ZHMANUAL + ", '∂L/∂b =')",
        text="∂L/∂b = (2/N) * Σᵢ eᵢ",
        cost=_ZHM_J,
        verdict="equivalent",
        wrt="b",
        lets=("eᵢ = ŷᵢ - yᵢ", *_ZHM_LETS),
        why=_ZHM_WHY,
    ),
    Answer(
        id="f43-dlpt-book-grad-fn-w",
        source=DLPT + ", grad_fn)",
        text="dloss_dw.sum()",
        cost=_DLPT_J,
        verdict="equivalent",
        wrt="w",
        lets=("dloss_dw = dloss_dtp * t_u", "dloss_dtp = 2 * (t_p - t_c) / t_p.size(0)", *_DLPT_LETS),
        why="Σ 2(t_p − t_c)t_u/N, the chain rule through t_p; t_p.size(0) is N; " + _DLPT_WHY,
    ),
    Answer(
        id="f43-ridgepy-gradient-d-by-n",
        source=RIDGEPY + ", gradient =)",
        text="2 * (dot(x_tr, p) + lambdaa * w)",
        cost=_RIDGEPY_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_RIDGEPY_LETS,
        why="x_tr is (d x n), one column per example (Data.X transposed), y_tr (1 x n), so p = Xw − y and the loss "
        "is ‖Xw − y‖² + λ‖w‖² (lambdaa is λ); dot(x_tr, p) = Xᵀp",
    ),
    Answer(
        id="f43-epfl-lab-logistic-gradient",
        source=EPFL + ", calculate_gradient_logistic)",
        text="tx.T.dot(pred - y)",
        cost=_EPFL_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_EPFL_LETS,
        why=_EPFL_WHY,
    ),
    Answer(
        id="f43-cvpois-score-beta-a",
        source=CVPOIS + ", b))",
        text=r"\frac{\partial l(\beta)}{\partial \beta_a} = -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} x_{ia} + "
        r"\sum_{i=1}^n y_i x_{ia}",
        cost=_CVPOIS_J,
        verdict="equivalent",
        wrt="beta_k",
        why="the question differentiates by β_a (j is taken by the inner sums); " + _CVPOIS_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f43-nllblog-residual-sign-dropped",
        source=NLLBLOG + ", second copy '∇L = −Σ(y_i − σ(wᵀx_i))x_i'; variant: the leading minus dropped)",
        text=r"\nabla L = \sum_{i=1}^{n} (y_i - \sigma(\mathbf{w}^T \mathbf{x}_i)) \mathbf{x}_i",
        cost=_NLL_COST,
        verdict="different",
        wrt="w_j",
        lets=_NLL_LETS,
        why="variant: Σ(y − σ)x is the gradient of the log-likelihood, the negative of the NLL's; " + _NLL_WHY,
    ),
    Answer(
        id="f43-ps1sol-lambda-over-2m",
        source=PS1SOL + "; variant: the penalty's derivative kept the 2 of λ/(2m))",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - "
        r"y^{(i)}) x_j^{(i)} + \frac{\lambda}{2m} \theta_j",
        cost=_PS1_J,
        verdict="different",
        why="variant: d/dθⱼ of (λ/(2m))θⱼ² is (λ/m)θⱼ; " + _PS1_WHY,
    ),
    Answer(
        id="f43-octave-ex5-gradient-over-2m",
        source=OCT_EX5 + "; variant: the cost's 2m kept in the gradient)",
        text="(X'*(X*theta-y))./(2*m)",
        cost=_OCT5_J,
        verdict="different",
        why="variant: the 2 of the square cancels the 2 of 2m; this is half the gradient",
    ),
    Answer(
        id="f43-dlpt-book-grad-without-two",
        source=DLPT + ", grad_fn; variant: dloss_dtp without the 2)",
        text="dloss_dw.sum()",
        cost=_DLPT_J,
        verdict="different",
        wrt="w",
        lets=("dloss_dw = dloss_dtp * t_u", "dloss_dtp = (t_p - t_c) / t_p.size(0)", *_DLPT_LETS),
        why="variant: d/dt_p of (t_p − t_c)² is 2(t_p − t_c); without the 2 this is half the gradient; "
        + _DLPT_WHY,
    ),
    Answer(
        id="f43-epfl-lab-gradient-over-n",
        source=EPFL + ", calculate_gradient_logistic; variant: divided by len(y))",
        text="tx.T.dot(pred - y) / len(y)",
        cost=_EPFL_J,
        verdict="different",
        wrt="w_j",
        lets=_EPFL_LETS,
        why="variant: the lab's loss is the summed NLL, not the mean; 1/N of its gradient; " + _EPFL_WHY,
    ),
    Answer(
        id="f43-cvpois-score-sign-flipped",
        source=CVPOIS + ", b); variant: both signs flipped)",
        text=r"\frac{\partial l(\beta)}{\partial \beta_a} = \sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} x_{ia} - "
        r"\sum_{i=1}^n y_i x_{ia}",
        cost=_CVPOIS_J,
        verdict="different",
        wrt="beta_k",
        why="variant: Σ(e^{η} − y)x_a is the gradient of −l(β), the negative log-likelihood, not of l; "
        + _CVPOIS_WHY,
    ),
]
