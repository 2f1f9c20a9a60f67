r"""A fresh held-out wave (f28): exam papers and problem sets with worked solutions, and students' questions about them.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, repositories and issue threads no other corpus file uses:

* exams and quizzes with their solutions: UCSD DSC 40A practice exams (a take-home midterm's γ-risk
  ``\gamma a^2 + \frac{1}{n}\sum (y_i - (ax_i + b))^2`` with its two partial derivatives, a Fall 2025 midterm's
  exponential model ``he^{-x_i}`` whose version B uses ``he^{x_i}``, a final's Huber loss, refused), a Week 8
  checkpoint quiz (``\frac{2}{n}X^\top(\hat{y}-y)``), a hints sheet for a week-5 ridge programming assignment whose
  PDF text layer gives ``dL/db = 2 Σ r_i`` with r_i = y − (w·x + b) (the sign is wrong), a homework-help question in
  flattened Unicode (``L(θ,θ0)=∑t=1n(y(t)−θx(t)−θ0)2 + λθ2``), a transtutors exam question whose ŷ came out as the
  broken entity ``&hat;(y)``, a practice-problem site's log loss with ``\hat{y} = \sigma(Xw + b)``;
* homework solutions: an Optimization-for-Data-Science ridge solution in β, a student's assignment notebook with
  ``\frac{1}{2}\sum_{n=1}^{N}`` ridge with ``\frac{\lambda}{2}\|\mathbf{w}\|^2``, a course-project MATLAB
  ``logistic.m`` (examples as columns of ``xTr``, ±1 labels), Andrew Ng ex2 ``costFunctionReg.m`` in two versions
  of one repository (the later one divides λ by m twice), EECS 245 lab/notes displays;
* students' questions and issue threads: an Oxford deep-NLP asker whose ``dcdw = np.sum(-2*(out - y)*x)`` made
  training diverge (sign), a Chinese UFLDL translation whose gradient reads ``h_{\theta}(x^{(i)} - y^{(i)} )``
  (h applied to x − y; fixed after issue #29), a Chinese Ng-notes issue quoting a regularised gradient with the
  feature factor x_j missing, a Coursera-notes asker quoting ``X.T @ (X @ theta - y)``, ML-From-Scratch's
  logistic step ``-(y - y_pred).dot(X)`` (no 1/n, issue #124), homemade-machine-learning's cost with
  ``(1 / 2 * num_examples)`` (operator precedence, PR #64), Open-Deep-ML's ``\frac{1}{m}\lVert y-X\hat{\theta}
  \rVert_2^2`` issue, a math.SE question on the Deep Learning book's ``\lvert\lvert \hat{\mathbf{y}} - \mathbf{y}
  \rvert\rvert_2^2`` derivation (which drops 1/m when setting the gradient to 0), a math Q&A ridge with
  ``\sum_{i=i}^N`` and ``\langle \textbf a,x_i\rangle``, a Cross Validated MATLAB ``fminunc`` logistic cost in
  ``phis``, ``t`` and ``coef`` with its ``bsxfun`` gradient.

One-feature models keep the source's letters: a scalar slope (a, h, w, θ) is the judge's ``w[0]`` with the
feature ``x``; ``w_0``/``w_1`` are ``theta0``/``theta1``, and the intercept θ_0 beside a scalar slope θ is ``theta0``
(judge.py's _Data). A fixed
constant of a penalty that is not called λ (γ, ``coef``) is read as λ. Code assignments in ``lets`` are written
``NAME = EXPR`` (the right-hand side verbatim); a function definition used as a let is written ``f(args) = body``.
About half the answers are wrong; most wrong ones are real (the source's own line), six answers are a one-slip
variant of a real answer, marked "variant" in ``why``. Verdicts were worked out by hand.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
DSC_MID = (
    "https://practice.dsc40a.com/ss1-25-midterm/index.html (UCSD DSC 40A, Summer Session 1 2025 Midterm, Problem 1: "
    "the γ-risk and the solution's 'Step 1: Compute Partial Derivatives')"
)
DSC_FA25 = (
    "https://practice.dsc40a.com/fa25-midterm/index.html (UCSD DSC 40A, Fall 2025 Midterm, Problem 1.1 and 1.2, "
    "'Version A' / 'Version B' solutions)"
)
DSC_FINAL = (
    "https://practice.dsc40a.com/ss1-25-final/index.html (UCSD DSC 40A, Summer Session 2025 Final Exam, Problem 1.1, "
    "'Recall the Huber loss function')"
)
DSE_HINTS = (
    "https://www.scribd.com/document/518111862/5B-Hints ('Some hints for Week 5's programming assignment' (ridge "
    "regression), hints 1, 3, 4 and 5; PDF text layer)"
)
PAYFOR = (
    "https://payfordissertation.com/consider-fitting-a-2-regularized-linear-regression-model-to-data-x-1-y-1-x-n-y-n-"
    "where-x-t-y-t-r-are-scalar-values-for-each-t-1-n-to-fit-the-parameters-of-this-model-one-solves-min-r-0-rl-0-"
    "where-l-0/ (a homework question, 'To fit the parameters of this model, one solves')"
)
TRANSTUTORS = (
    "https://www.transtutors.com/questions/q1-60-pts-consider-a-binary-classification-problem-where-we-use-"
    "logistic-regression--13001737.htm (the question 'Q1 (60 pts)', its model and loss definitions)"
)
DATACRACK = (
    "https://datacrack.app/solve/12-gradients-in-logistic-regression (problem 12 'Gradients in Logistic "
    "Regression', '### 🧮 Background & Intuition')"
)
THUYIN = (
    "https://www.thuyin.com/assessments/week-8-checkpoint (Week 8 Checkpoint: the summary line and question 5)"
)
TECHQA = (
    "https://math.techqa.club/frechet-derivative-of-ridge-regression-3399155 (the question, 'Denote … Calculate "
    "$\\nabla f(\\textbf a).$')"
)
KRISHAN = (
    "github:krishangupta33/Optimization-for-Data-Science (README, '### Solution 1': (i) the loss in matrix form, "
    "(ii) 'Gradient of the loss function')"
)
MINGGGOD = (
    "github:MinGGGoD/ML_ASS (assignment notebook '### 2 Ridge Regression', '## 2.1 SGD Weight Update Derivation for "
    "Linear Regression with L2 Regularization': '#### 1. Regularized Error Function Definition', '**Total "
    "gradient:**')"
)
EECS245_LAB = "https://eecs245.org/resources/labs/lab08/ (Lab 8, 'Recap: Multiple Linear Regression (Chapter 7.2)')"
EECS245_NOTES = (
    "https://notes.eecs245.org/gradients/gradient-vector (EECS 245 notes, 4.1 The Gradient Vector, the first "
    "display, from Chapter 1.4)"
)
ODML = (
    "github:Open-Deep-ML/DML-OpenProblem issue #97 'Incorrect Answer and Wrong Description of Gradient Descent' (the "
    "reporter's loss and gradient)"
)
MATHSE_DL = (
    "https://math.stackexchange.com/questions/2190893/how-to-apply-gradient-with-respect-to-a-vector (the question, "
    "quoting the Deep Learning book p. 108)"
)
OXFORD = (
    "github:oxford-cs-deepnlp-2017/lectures issue #10 'Would you mind explaining an issue about gradient descent in "
    "lecture 1b' (the asker's code)"
)
SCHNEEMS_LATE = (
    "github:schneems/Octave:mlclass-ex2/mlclass-ex2/costFunctionReg.m "
    "(version 4d24d084ee6c70582658592acb9e62e4313a5192)"
)
SCHNEEMS_EARLY = (
    "github:schneems/Octave:mlclass-ex2/mlclass-ex2/costFunctionReg.m "
    "(version b93bcb572685419daaf80bd402430e07baf0b63b)"
)
SCHNEEMS_ISSUE = "github:schneems/Octave issue #12 'Incorrect gradient in ex2' (the reporter's 'Correct:' line)"
TREKHLEB = (
    "github:trekhleb/homemade-machine-learning:homemade/linear_regression/linear_regression.py (def cost_function; "
    "hypothesis from the same class)"
)
TREKHLEB_PR = (
    "github:trekhleb/homemade-machine-learning pull request #64 'fix: correct cost function formula in "
    "LinearRegression' (the 'After (fixed)' line)"
)
ZOALDYECK = (
    "github:zoaldyeck/machine-learning-matlab:project4/logistic.m (function [loss,gradient]=logistic(w,xTr,yTr))"
)
ANSWEROFMATH = (
    "https://answerofmath.com/solved-how-to-compute-the-gradient-for-logistic-regression-in-matlab-2/ (a Cross "
    "Validated question 'How to compute the gradient for logistic regression in Matlab' and its answer)"
)
UFLDL = (
    "github:ysh329/Chinese-UFLDL-Tutorial:监督学习和优化（Supervised Learning and Optimization）/逻辑斯特回归（Logistic "
    "Regression）.md (Chinese translation of the UFLDL tutorial)"
)
UFLDL_ISSUE = (
    "github:ysh329/Chinese-UFLDL-Tutorial issue #29 '逻辑回归中代价函数的梯度下降表示有误' (the reporter's '应该改为' "
    "display)"
)
FENGDU_82 = (
    "github:fengdu78/Coursera-ML-AndrewNg-Notes issue #82 '1. logistic_regression_v1.ipynb' (the markdown block the "
    "reporter quotes, '# regularized gradient(正则化梯度)')"
)
FENGDU_57 = (
    "github:fengdu78/Coursera-ML-AndrewNg-Notes issue #57 'grandient函数定义疑问' (the def gradient the asker quotes "
    "from 1.linear_regreesion_v1.ipynb)"
)
ERIK = (
    "github:eriklindernoren/ML-From-Scratch:mlfromscratch/supervised_learning/logistic_regression.py (def fit: "
    "self.param -= self.learning_rate * …; see issue #124 'Logistic Regression')"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean(p, y):
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _ce_sum(p, y):
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _gamma_risk(d):
    # a is the scalar slope (w[0]), b the intercept; γ a constant of its own (the collector, blind to judge.py,
    # wrote d.lam: logderiv reads an undefined γ as a constant, noted, and the judge gives it its own value)
    return d.gamma * d.w[0] ** 2 + float(np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2))


def _exp_model_a(d):
    return float(np.mean((d.w[0] * np.exp(-d.x) - d.y) ** 2))


def _ridge_sum_w_b(d):
    return float(np.sum((d.y - (d.X @ d.w + d.b)) ** 2)) + d.lam * float(np.sum(d.w**2))


def _ridge_one_feature_theta(d):
    return float(np.sum((d.y - d.w[0] * d.x - d.theta0) ** 2)) + d.lam * d.w[0] ** 2


def _ridge_sum_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _ridge_sum_beta(d):
    return float(np.sum((d.y - d.X @ d.beta) ** 2)) + d.lam * float(np.sum(d.beta**2))


def _ridge_half_w(d):
    return 0.5 * float(np.sum((d.y - d.X @ d.w) ** 2)) + d.lam / 2 * float(np.sum(d.w**2))


def _mse_w(d):
    return float(np.mean((d.y - d.X @ d.w) ** 2))


def _mse_theta(d):
    return float(np.mean((d.y - d.X @ d.theta) ** 2))


def _mse_w0_w1(d):
    return float(np.mean((d.y - (d.theta0 + d.theta1 * d.x)) ** 2))


def _sse_one_feature_w_b(d):
    return float(np.sum((d.y - (d.w[0] * d.x + d.b)) ** 2))


def _ex2_reg_skip_first(d):
    return _ce_mean(sig(d.X @ d.theta), d.y) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _trekhleb_precedence(d):
    # (1 / 2 * m) is m/2 in Python
    delta = d.X @ d.theta - d.y
    return d.m / 2 * (float(delta @ delta) + d.lam * float(np.sum(d.theta[1:] ** 2)))


def _trekhleb_fixed(d):
    delta = d.X @ d.theta - d.y
    return (float(delta @ delta) + d.lam * float(np.sum(d.theta[1:] ** 2))) / (2 * d.m)


def _logistic_pm1_sum_w(d):
    return float(np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.w)))))


def _logistic_pm1_mean_w_l2(d):
    return float(np.mean(np.log(1 + np.exp(-d.y * (d.X @ d.w))))) + d.lam * float(np.sum(d.w**2))


def _ce_sum_theta(d):
    return _ce_sum(sig(d.X @ d.theta), d.y)


def _ce_mean_w_b(d):
    return _ce_mean(sig(d.X @ d.w + d.b), d.y)


# ------------------------------------------------------------------ shared texts
_DSC_GAMMA_J = r"R_{\gamma}(a, b) = \gamma a^2 + \frac{1}{n}\sum_{i=1}^{n} (y_i - (ax_i + b))^2."
_DSC_EXP_A_J = r"R(h)\;=\;\frac{1}{n}\sum_{i=1}^n\big(he^{-x_i}-y_i\big)^2."
_DSE_J = "L(w, b) = Σ_{i=1}^{n} (y^{(i)} − (w · x^{(i)} + b))^2 + λ‖w‖^2"
_DSE_LETS = ("r_i = y^{(i)} − (w · x^{(i)} + b)",)
_KRISHAN_J = r"L(\beta) = (y - X\beta)^T(y - X\beta) + \lambda\beta^T\beta"
_MINGGGOD_J = (
    r"E(\mathbf{w}) = \frac{1}{2}\sum_{n=1}^{N}(y_n - \mathbf{w}^T\mathbf{x}_n)^2 + \frac{\lambda}{2}\|\mathbf{w}\|^2"
)
_ODML_J = r"\mathcal{L}(\hat{\theta}) = \frac{1}{m}\lVert y-X\hat{\theta} \rVert_2^2"
_MATHSE_J = r"\frac{1}{m}\lvert\lvert \hat {\mathbf{y}}-{\mathbf{y}}\rvert\rvert_2^2"
_MATHSE_LETS = (r"\hat{\mathbf{y}} = \mathbf X \mathbf w",)
_OXFORD_J = "np.sum((y - out)**2)"
_OXFORD_LETS = ("out = x*w + b",)
_SCHNEEMS_J = "(1/m)*(-y'* log(h) - (1 - y)'*log(1-h)) + (lambda/(2*m))*theta_reg'*theta_reg"
_SCHNEEMS_LETS = (
    "m = length(y)",
    "h = sigmoid(X*theta)",
    "shift_theta = theta(2:size(theta))",
    "theta_reg = [0;shift_theta]",
)
_TREKHLEB_LETS = (
    "num_examples = data.shape[0]",
    "delta = LinearRegression.hypothesis(data, self.theta) - labels",
    "hypothesis(data, theta) = data @ theta",
    "theta_cut = self.theta[1:, 0]",
    "reg_param = lambda_param * (theta_cut.T @ theta_cut)",
)
_ZOAL_J = "sum(log(1+temp))"
_ZOAL_LETS = ("temp=exp(-1*yTr.*(w'*xTr))",)
_AOM_J = "sum(log(1 + exp(-t .* (phis * w'))))/size(phis, 1) + coef * w*w'"
_AOM_GLETS = ("expt =  @(w)(exp(-t .* (phis * w')))", "tphis = -diag(t) * phis")
_UFLDL_J = (
    r"J(\theta) = -{\sum_{i}}\left (y^{(i)}\log{(h_{\theta}(x^{(i)}))} + (1-y^{(i)}) \log{(1 - "
    r"h_{\theta}(x^{(i)}))}\right )."
)
_UFLDL_LETS = (r"h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}}",)
_THUYIN_J = r"L=\frac{1}{n}\lVert \hat{y}-y\rVert^2"

COSTS: list[Cost] = [
    # ============================================================ exams and quizzes with solutions
    Cost(
        id="f28-dsc40a-gamma-risk-slope-intercept",
        source=DSC_MID + " ('Define the \\gamma-risk according to the formula')",
        text=_DSC_GAMMA_J,
        intended=_gamma_risk,
        wrt=("a", "b"),
        why="the model is f(a, b; x) = ax + b with scalar x_i: a is the slope, b the intercept; γ is 'a fixed "
        "constant … separate from the training data and the weights' (a constant of its own); γa² sits outside the mean, "
        "the trailing full stop is the sentence's",
    ),
    Cost(
        id="f28-dsc40a-exp-model-risk-version-a",
        source=DSC_FA25 + " (Problem 1.1, Version A)",
        text=_DSC_EXP_A_J,
        intended=_exp_model_a,
        wrt=("h",),
        why="the model H(x) = h e^{-x} has one parameter h (a scalar slope on the feature e^{-x}); x_i are "
        "measurement times; \\; are spaces and \\big only sizes the parenthesis",
    ),
    Cost(
        id="f28-dsc40a-huber-risk-refuse",
        source=DSC_FINAL,
        text=r"R_{\rm Huber}(c) = \frac{1}{n}\sum_{i=1}^n L_{\rm Huber}(c; x_i)",
        intended=None,
        wrt=("c",),
        lets=(
            r"L_{\rm Huber}(c; x_i) = \begin{cases} \frac{1}{2}(c - x_i)^2, & \text{if } |c - x_i| \leq "
            r"\frac{1}{2}, \\ \frac{1}{2}|c - x_i| - \frac{1}{8}, & \text{if } |c - x_i| > \frac{1}{2}. \end{cases}",
        ),
        expect="refuse",
        why="the Huber loss is piecewise, with |c − x_i| (abs) in both the branch test and the second branch: out "
        "of scope",
    ),
    Cost(
        id="f28-dse-hints-ridge-w-b-pdf",
        source=DSE_HINTS + " (hint 1)",
        text=_DSE_J,
        intended=_ridge_sum_w_b,
        wrt=("w_j", "b"),
        why="the PDF's text layer splits the display (Σ's limits on their own lines, ‖w‖ extracted as 'kwk'); "
        "written here in its rendered Unicode: w ∈ R^d, b ∈ R, x^{(i)} the i-th example; a plain sum, λ‖w‖² "
        "does not involve b",
    ),
    Cost(
        id="f28-payfor-ridge-flattened-unicode",
        source=PAYFOR,
        text="L(θ,θ0)=∑t=1n(y(t)−θx(t)−θ0)2 + λθ2",
        intended=_ridge_one_feature_theta,
        wrt=("theta", "theta_0"),
        why="the page lost every super/subscript: ∑t=1n is Σ_{t=1}^{n}, y(t) and x(t) are y^{(t)}, x^{(t)} (the "
        "question says x(t), y(t) ∈ R are scalars), θ0 is θ₀, the 2s are squares; θ ∈ R is the slope, θ₀ the "
        "unpenalised intercept",
    ),
    Cost(
        id="f28-transtutors-avg-ce-broken-hat-entity",
        source=TRANSTUTORS,
        text="J(w, b) = (1/m) ∑i=1m L(w, b; x(i), y(i))",
        intended=_ce_mean_w_b,
        wrt=("w_j", "b"),
        lets=(
            "L(w, b) = -[y log(&hat;(y)) + (1 - y) log(1 - &hat;(y))]",
            "&hat;(y) = σ(wTx + b)",
        ),
        why="'&hat;(y)' is ŷ whose HTML entity broke; ∑i=1m is Σ_{i=1}^{m}, wTx is wᵀx; the per-example loss "
        "L(w, b; x(i), y(i)) is the single-example L(w, b) at example i: the mean cross-entropy of σ(wᵀx + b)",
    ),
    Cost(
        id="f28-datacrack-logloss-yhat-xw-plus-b",
        source=DATACRACK,
        text=r"L = -\frac{1}{n}\sum_{i=1}^{n}\Big[y_i\log(\hat{y}_i) + (1-y_i)\log(1-\hat{y}_i)\Big]",
        intended=_ce_mean_w_b,
        wrt=("w_j", "b"),
        lets=(r"\hat{y} = \sigma(Xw + b)",),
        why="ŷ is the vector σ(Xw + b) (X is n×d, b a scalar): ŷ_i = σ(x_i·w + b)",
    ),
    # ============================================================ homework solutions, lecture notes
    Cost(
        id="f28-krishan-ridge-beta-matrix",
        source=KRISHAN + " ('The loss function can be written in matrix form as:')",
        text=_KRISHAN_J,
        intended=_ridge_sum_beta,
        wrt=("beta_j",),
    ),
    Cost(
        id="f28-mingggod-ridge-half-sum-n-index",
        source=MINGGGOD,
        text=_MINGGGOD_J,
        intended=_ridge_half_w,
        wrt=("w_j",),
        why="n indexes the examples, N counts them; ‖w‖² = Σ_j w_j²",
    ),
    Cost(
        id="f28-eecs245-lab-rsq-vec-norm",
        source=EECS245_LAB + " ('mean squared error =')",
        text=r"R_\text{sq}(\vec w)=\frac{1}{n}||\vec y - X\vec w||^2",
        intended=_mse_w,
        wrt=("w_j",),
        why="X is the n×(d+1) design matrix (its first column of 1s makes w_0 the intercept); ||·||² is the squared "
        "Euclidean norm",
    ),
    Cost(
        id="f28-eecs245-notes-rsq-w0-w1",
        source=EECS245_NOTES,
        text=r"R_\text{sq}(w_0, w_1) = \frac{1}{n} \sum_{i=1}^n (y_i - (w_0 + w_1 x_i))^2",
        intended=_mse_w0_w1,
        wrt=("w_0", "w_1"),
        why="simple linear regression: w_0 the intercept, w_1 the slope, one feature x",
    ),
    Cost(
        id="f28-opendeepml-mse-theta-hat-norm",
        source=ODML,
        text=_ODML_J,
        intended=_mse_theta,
        why="the hat on θ marks the estimate being optimised, not a different variable; ‖·‖₂² the squared norm",
    ),
    Cost(
        id="f28-mathse-dlbook-lvert-norm-yhat",
        source=MATHSE_DL + " ('\\nabla_{\\mathbf w}\\frac{1}{m}\\lvert\\lvert \\hat {\\mathbf{y}}-{\\mathbf{y}}"
        "\\rvert\\rvert_2^2= 0')",
        text=_MATHSE_J,
        intended=_mse_w,
        wrt=("w_j",),
        lets=_MATHSE_LETS,
        why="the asker defines ŷ 'as the prediction of the linear regression (also defined as Xw …)'; \\lvert\\lvert "
        "… \\rvert\\rvert is the norm ‖·‖ written with two single bars",
    ),
    Cost(
        id="f28-techqa-ridge-angle-bracket-i-eq-i",
        source=TECHQA,
        text=r"f(\textbf a)= \sum_{i=i}^N(\langle \textbf a,x_i\rangle - y_i)^2+\lambda||\textbf a||_2^2",
        intended=_ridge_sum_w,
        wrt=("a_j",),
        why="the lower limit is typed i=i (in the question's min as well; meant i=1); ⟨a, x_i⟩ is the inner "
        "product, b = 0 'for simplicity'; a ∈ R^n is the weight vector",
    ),
    # ============================================================ course and homework code
    Cost(
        id="f28-schneems-ex2-costfunctionreg-theta-reg",
        source=SCHNEEMS_LATE + " (J = …; m, h, shift_theta, theta_reg from the lines above it)",
        text=_SCHNEEMS_J,
        intended=_ex2_reg_skip_first,
        lets=_SCHNEEMS_LETS,
        why="theta_reg is θ with its first entry replaced by 0 (θ(1) is the intercept): the penalty "
        "λ/(2m)Σ_{k≥2}θ_k²; -y'*log(h) is −Σ y_i log h_i",
    ),
    Cost(
        id="f28-trekhleb-cost-precedence-half-times-m",
        source=TREKHLEB + " (cost = …; num_examples, delta, theta_cut, reg_param from the lines above it)",
        text="(1 / 2 * num_examples) * (delta.T @ delta + reg_param)",
        intended=_trekhleb_precedence,
        lets=_TREKHLEB_LETS,
        why="real slip (fixed by PR #64): in Python 1 / 2 * num_examples is num_examples/2, so the cost is "
        "(m/2)(Σδ² + λΣ_{k≥2}θ_k²); data is X (its first column the ones), labels y, self.theta the n×1 θ, "
        "lambda_param λ; theta_cut = θ without its first entry",
    ),
    Cost(
        id="f28-trekhleb-cost-fixed-pr64",
        source=TREKHLEB_PR,
        text="(1 / (2 * num_examples)) * (delta.T @ delta + reg_param)",
        intended=_trekhleb_fixed,
        lets=_TREKHLEB_LETS,
        why="the corrected precedence: (Σδ² + λΣ_{k≥2}θ_k²)/(2m), the intercept unpenalised",
    ),
    Cost(
        id="f28-zoaldyeck-logistic-pm1-columns-matlab",
        source=ZOALDYECK + " (loss=…; temp from the line above it)",
        text=_ZOAL_J,
        intended=_logistic_pm1_sum_w,
        wrt=("w_j",),
        lets=_ZOAL_LETS,
        why="the comments say 'xTr dxn matrix (each column is an input vector)', 'yTr 1xn matrix (each entry is a "
        "label)': w'*xTr is the row of scores (Xw)ᵀ; Σ log(1 + exp(−y_i w·x_i)) (±1 labels, read with the "
        "labels as given), no 1/n",
    ),
    Cost(
        id="f28-answerofmath-fminunc-phis-t-coef",
        source=ANSWEROFMATH + " (the question's f = @(w) …)",
        text=_AOM_J,
        intended=_logistic_pm1_mean_w_l2,
        wrt=("w_j",),
        why="phis is the N×(N+1) design matrix (rows are examples), t the N×1 targets (the labels y), w a row "
        "vector, so phis * w' is Xwᵀ and w*w' is Σw_j²; size(phis, 1) is N; coef a constant (λ)",
    ),
    Cost(
        id="f28-ufldl-zh-logistic-sum-no-mean",
        source=UFLDL + " ('我们使用下面的成本函数（Cost Function）来评估这个假设 $h_{\\theta}$ 的好坏')",
        text=_UFLDL_J,
        intended=_ce_sum_theta,
        lets=_UFLDL_LETS,
        why="−Σ_i over the m examples, no 1/m; -{\\sum_{i}} has braces around Σ; the trailing full stop is the "
        "sentence's",
    ),
    Cost(
        id="f28-oxford-deepnlp-sse-numpy-one-feature",
        source=OXFORD + " (cost = …; out from the line above it)",
        text=_OXFORD_J,
        intended=_sse_one_feature_w_b,
        wrt=("w", "b"),
        lets=_OXFORD_LETS,
        why="x and y are 1-D arrays (x=np.array([1,5,6])), w and b scalars: the summed squared error, no 1/n",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ exams
    Answer(
        id="f28-dsc40a-dRda-final-form",
        source=DSC_MID + " ('Partial derivative with respect to a:', second line)",
        text=r"2\gamma a - \frac{2}{n} \sum_{i=1}^{n} x_i (y_i - ax_i - b)",
        cost=_DSC_GAMMA_J,
        verdict="equivalent",
        wrt="a",
    ),
    Answer(
        id="f28-dsc40a-dRda-chain-rule-form",
        source=DSC_MID + " ('Partial derivative with respect to a:', first line)",
        text=r"2\gamma a + \frac{1}{n} \sum_{i=1}^{n} 2(y_i - ax_i - b)(-x_i)",
        cost=_DSC_GAMMA_J,
        verdict="equivalent",
        wrt="a",
        why="the chain rule written out: the inner derivative of y_i − ax_i − b by a is −x_i",
    ),
    Answer(
        id="f28-dsc40a-dRdb",
        source=DSC_MID + " ('Partial derivative with respect to b:', second line)",
        text=r"-\frac{2}{n} \sum_{i=1}^{n} (y_i - ax_i - b)",
        cost=_DSC_GAMMA_J,
        verdict="equivalent",
        wrt="b",
        why="γa² does not involve b",
    ),
    Answer(
        id="f28-dsc40a-dRda-inner-sign-dropped-variant",
        source=DSC_MID + " (the second line with its minus sign written as a plus — a variant)",
        text=r"2\gamma a + \frac{2}{n} \sum_{i=1}^{n} x_i (y_i - ax_i - b)",
        cost=_DSC_GAMMA_J,
        verdict="different",
        wrt="a",
        why="variant: the inner derivative −x_i lost its sign, so the data part has the wrong sign",
    ),
    Answer(
        id="f28-dsc40a-exp-model-dRdh-version-a",
        source=DSC_FA25 + " (Problem 1.2, Version A, the result of 'Differentiate term–by–term (chain rule)')",
        text=r"\frac{2}{n}\left(h\sum_{i=1}^n e^{-2x_i}-\sum_{i=1}^n y_i e^{-x_i}\right)",
        cost=_DSC_EXP_A_J,
        verdict="equivalent",
        wrt="h",
        why="(1/n)Σ2(he^{-x_i} − y_i)e^{-x_i} with e^{-x_i}·e^{-x_i} = e^{-2x_i}",
    ),
    Answer(
        id="f28-dsc40a-exp-model-dRdh-chain-version-a",
        source=DSC_FA25 + " (Problem 1.2, Version A, the chain-rule line)",
        text=r"\frac{1}{n}\sum_{i=1}^n 2\big(he^{-x_i}-y_i\big)\cdot e^{-x_i}",
        cost=_DSC_EXP_A_J,
        verdict="equivalent",
        wrt="h",
    ),
    Answer(
        id="f28-dsc40a-exp-model-version-b-vs-version-a",
        source=DSC_FA25 + " (Problem 1.2, Version B's result, judged against Version A's risk)",
        text=r"\frac{2}{n}\left(h\sum_{i=1}^n e^{2x_i}-\sum_{i=1}^n y_i e^{x_i}\right)",
        cost=_DSC_EXP_A_J,
        verdict="different",
        wrt="h",
        why="real mix-up of exam versions: Version B's model is he^{x}, so its derivative has e^{2x_i} and "
        "y_i e^{x_i}; Version A's risk (he^{-x_i}) needs e^{-2x_i} and y_i e^{-x_i}",
    ),
    Answer(
        id="f28-thuyin-quiz-mse-gradient",
        source=THUYIN + " (the summary's 'the linear-regression gradient'; question 5's loss)",
        text=r"\frac{\partial L}{\partial w}=\frac{2}{n}X^\top(\hat{y}-y)",
        cost=_THUYIN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"\hat{y}=Xw",),
        why="question 5: 'For linear regression with \\hat{y}=Xw and L=\\frac{1}{n}\\lVert \\hat{y}-y\\rVert^2'",
    ),
    # ============================================================ hints sheet (ridge, w and b)
    Answer(
        id="f28-dse-hints-dLdb-sign-lost",
        source=DSE_HINTS + " (hint 4, 'The derivative of the loss with respect to b is')",
        text="dL/db = 2 Σ_{i=1}^{n} r_i",
        cost=_DSE_J,
        verdict="different",
        wrt="b",
        lets=_DSE_LETS,
        why="real slip (as the PDF's text layer reads, while hint 5 keeps its −2): with r_i = y^{(i)} − (w·x^{(i)} "
        "+ b), ∂r_i/∂b = −1, so dL/db = −2Σr_i",
    ),
    Answer(
        id="f28-dse-hints-dLdw",
        source=DSE_HINTS + " (hint 5, 'The derivative of the loss with respect to w is')",
        text="dL/dw = −2 Σ_{i=1}^{n} r_i x^{(i)} + 2λw",
        cost=_DSE_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_DSE_LETS,
    ),
    # ============================================================ homework solutions, notes
    Answer(
        id="f28-krishan-ridge-gradient",
        source=KRISHAN + " ('### (ii) Gradient of the loss function $\\nabla L(\\beta)$')",
        text=r"\nabla L(\beta) = -2X^T(y - X\beta) + 2\lambda\beta",
        cost=_KRISHAN_J,
        verdict="equivalent",
        wrt="beta_j",
    ),
    Answer(
        id="f28-mingggod-ridge-total-gradient",
        source=MINGGGOD + " ('**Total gradient:**')",
        text=r"\nabla_{\mathbf{w}} E(\mathbf{w}) = -\sum_{n=1}^{N}(y_n - \mathbf{w}^T\mathbf{x}_n)\mathbf{x}_n + "
        r"\lambda\mathbf{w}",
        cost=_MINGGGOD_J,
        verdict="equivalent",
        wrt="w_j",
    ),
    Answer(
        id="f28-mingggod-ridge-half-lambda-kept-variant",
        source=MINGGGOD + " (the total gradient with the penalty's ½ kept — a variant)",
        text=r"-\sum_{n=1}^{N}(y_n - \mathbf{w}^T\mathbf{x}_n)\mathbf{x}_n + \frac{\lambda}{2}\mathbf{w}",
        cost=_MINGGGOD_J,
        verdict="different",
        wrt="w_j",
        why="variant: the derivative of (λ/2)‖w‖² is λw (the notebook's own '\\frac{\\lambda}{2} \\cdot 2\\mathbf{w}'),"
        " not (λ/2)w",
    ),
    Answer(
        id="f28-opendeepml-issue-gradient",
        source=ODML + " ('where the gradient is given by')",
        text=r"\frac{2}{m}\left( X^T (X\hat{\theta} - y) \right)",
        cost=_ODML_J,
        verdict="equivalent",
    ),
    Answer(
        id="f28-opendeepml-no-factor-two-variant",
        source=ODML + " (the gradient without the factor 2 the reporter says is missing — a variant)",
        text=r"\frac{1}{m}\left( X^T (X\hat{\theta} - y) \right)",
        cost=_ODML_J,
        verdict="different",
        why="variant: right for a ½(1/m)‖·‖² cost (the maintainers' reply), half the gradient of (1/m)‖y − Xθ̂‖²",
    ),
    Answer(
        id="f28-mathse-dlbook-gradient-set-to-zero",
        source=MATHSE_DL + " ('Now, the subsequent step is:', the left side of '= 0')",
        text=r"( 2{\mathbf{X}}^{T}{\mathbf{X}}\mathbf w - 2{\mathbf{X}}^{T}{\mathbf{y}})",
        cost=_MATHSE_J,
        verdict="different",
        wrt="w_j",
        lets=_MATHSE_LETS,
        why="real: the derivation drops 1/m in its third line (harmless when the gradient is set to 0), so this is m "
        "times the gradient of (1/m)‖ŷ − y‖²",
    ),
    # ============================================================ Q&A: the diverging asker
    Answer(
        id="f28-oxford-dcdw-sign-flipped",
        source=OXFORD + " (dcdw = …)",
        text="np.sum(-2*(out - y)*x)",
        cost=_OXFORD_J,
        verdict="different",
        wrt="w",
        lets=_OXFORD_LETS,
        why="real slip (the asker's training diverged): ∂/∂w Σ(y − out)² = Σ2(y − out)(−x) = Σ2(out − y)x; "
        "−2(out − y)x has the sign flipped",
    ),
    Answer(
        id="f28-oxford-dcdb-sign-flipped",
        source=OXFORD + " (dcdb = …)",
        text="np.sum(-2*(out - y))",
        cost=_OXFORD_J,
        verdict="different",
        wrt="b",
        lets=_OXFORD_LETS,
        why="real slip: ∂/∂b Σ(y − out)² = Σ2(out − y)",
    ),
    Answer(
        id="f28-oxford-dcdw-sign-fixed-variant",
        source=OXFORD + " (dcdw with its sign corrected — a variant)",
        text="np.sum(2*(out - y)*x)",
        cost=_OXFORD_J,
        verdict="equivalent",
        wrt="w",
        lets=_OXFORD_LETS,
        why="variant (the correction): Σ2(out − y)x",
    ),
    # ============================================================ course code: Octave ex2, two versions
    Answer(
        id="f28-schneems-grad-lambda-over-m-twice",
        source=SCHNEEMS_LATE + " (grad = …)",
        text="(1/m)*(X'*(h-y) + (lambda/m)*theta_reg)",
        cost=_SCHNEEMS_J,
        verdict="different",
        lets=_SCHNEEMS_LETS,
        why="real slip: the penalty part is (1/m)(λ/m)θ_reg = λθ_reg/m², but λ/(2m)Σ_{k≥2}θ_k² differentiates to "
        "λθ_reg/m (the earlier version of the same file had lambda*theta_reg inside the bracket)",
    ),
    Answer(
        id="f28-schneems-grad-earlier-version",
        source=SCHNEEMS_EARLY + " (grad = …)",
        text="(1/m)*(X'*(h-y)+lambda*theta_reg)",
        cost=_SCHNEEMS_J,
        verdict="equivalent",
        lets=_SCHNEEMS_LETS,
        why="(1/m)(Xᵀ(h − y) + λθ_reg): the intercept's component has no penalty (theta_reg(1) = 0)",
    ),
    Answer(
        id="f28-schneems-issue-correct-line",
        source=SCHNEEMS_ISSUE,
        text="1/m * X' * (h - y) + lambda/m * theta_reg",
        cost=_SCHNEEMS_J,
        verdict="equivalent",
        lets=_SCHNEEMS_LETS,
        why="the reporter's 'Correct:' line is the earlier version with 1/m distributed (as the reply notes)",
    ),
    # ============================================================ UFLDL translation and its issue
    Answer(
        id="f28-ufldl-zh-partial-h-of-x-minus-y",
        source=UFLDL + " ('在给定参数 $\\theta_{j}$ 时， $J(\\theta)$ 的微分结果是：')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_{j}} = \sum_{i}x_{j}^{(i)} \left ( h_{\theta}(x^{(i)} - "
        r"y^{(i)} )  \right ).",
        cost=_UFLDL_J,
        verdict="different",
        lets=_UFLDL_LETS,
        why="real slip (issue #29): the parenthesis closes after y^{(i)}, so h is applied to x^{(i)} − y^{(i)}: "
        "σ(θᵀ(x − y·1)) instead of σ(θᵀx) − y",
    ),
    Answer(
        id="f28-ufldl-zh-vector-h-of-x-minus-y",
        source=UFLDL + " ('若写成向量形式，其整个梯度可表示为：')",
        text=r"\triangledown_{\theta} J(\theta) = \sum_{i}x^{(i)} \left ( h_{\theta}(x^{(i)} - y^{(i)} )  \right ).",
        cost=_UFLDL_J,
        verdict="different",
        lets=_UFLDL_LETS,
        why="real slip, the same misplaced parenthesis in the vector form (\\triangledown is ∇)",
    ),
    Answer(
        id="f28-ufldl-zh-issue-corrected",
        source=UFLDL_ISSUE,
        text=r"\frac{\partial J(\theta)}{\partial \theta_{j}} = \sum_{i}x_{j}^{(i)} \left ( h_{\theta}(x^{(i)}) - "
        r"y^{(i)}   \right ).",
        cost=_UFLDL_J,
        verdict="equivalent",
        lets=_UFLDL_LETS,
        why="Σ_i x_j(h − y), no 1/m, matching the tutorial's summed cost",
    ),
    # ============================================================ Ng-notes issues (Chinese)
    Answer(
        id="f28-fengdu-reg-gradient-missing-xj",
        source=FENGDU_82,
        text=r"\frac{\partial J\left( \theta  \right)}{\partial {{\theta }_{j}}}=\left( \frac{1}{m}\sum\limits_{i=1}"
        r"^{m}{\left( {{h}_{\theta }}\left( {{x}^{\left( i \right)}} \right)-{{y}^{\left( i \right)}} \right)} "
        r"\right)+\frac{\lambda }{m}{{\theta }_{j}}\text{ }\text{             for  j}\ge \text{1}",
        cost="logistic-l2",
        verdict="different",
        why="real slip (the issue says the regularised gradient is written wrong): the summand lacks x_j^{(i)}, so "
        "the data part is the same for every j; wrong whichever θ_k the penalty covers",
    ),
    Answer(
        id="f28-fengdu-linear-gradient-code",
        source=FENGDU_57 + " (return inner / m; m and inner from the lines above it)",
        text="inner / m",
        cost="linear",
        verdict="equivalent",
        lets=("m = X.shape[0]", "inner = X.T @ (X @ theta - y)"),
        why="the notebook's linear-regression cost is 1/(2m)Σ(Xθ − y)²; Xᵀ(Xθ − y)/m is its gradient (the asker's "
        "alternative (theta.T @ X -y) @ X does not even have matching shapes)",
    ),
    # ============================================================ ML-From-Scratch
    Answer(
        id="f28-mlfromscratch-logistic-no-mean",
        source=ERIK + " (the factor after self.learning_rate *)",
        text="-(y - y_pred).dot(X)",
        cost="logistic",
        verdict="different",
        lets=("y_pred = self.sigmoid.function(X.dot(self.param))",),
        why="real (issue #124 'a factor of `1 / n_samples` is missed here'): −(y − σ(Xθ))·X = Xᵀ(σ − y) is the "
        "gradient of the summed cross-entropy, n times the gradient of the mean; self.param is θ (X has the ones "
        "column)",
    ),
    # ============================================================ MATLAB: ±1 logistic
    Answer(
        id="f28-zoaldyeck-logistic-gradient-columns",
        source=ZOALDYECK + " (gradient=…)",
        text="-1*xTr*(temp.*yTr./(1+temp))'",
        cost=_ZOAL_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_ZOAL_LETS,
        why="xTr is d×n, the row temp.*yTr./(1+temp) transposed to n×1: −Σ x_i y_i e^{−y_i w·x_i}/(1 + "
        "e^{−y_i w·x_i})",
    ),
    Answer(
        id="f28-zoaldyeck-logistic-gradient-no-y-variant",
        source=ZOALDYECK + " (gradient=… without the factor yTr — a variant)",
        text="-1*xTr*(temp./(1+temp))'",
        cost=_ZOAL_J,
        verdict="different",
        wrt="w_j",
        lets=_ZOAL_LETS,
        why="variant: the chain rule through −y_i w·x_i brings the factor y_i",
    ),
    Answer(
        id="f28-answerofmath-bsxfun-gradient",
        source=ANSWEROFMATH + " (the answer's gradf = @(w) …; expt and tphis from the lines above it)",
        text="((sum(bsxfun(@times,expt(w) ./ (1 + expt(w)), tphis),1)'/size(phis,1)) + 2*coef * w')",
        cost=_AOM_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_AOM_GLETS,
        why="tphis has rows −t_i φ_i; bsxfun(@times, …) weights row i by e_i/(1 + e_i); the column sums, "
        "transposed, over N: (1/N)Σ −t_i φ_i e_i/(1 + e_i); plus 2·coef·wᵀ from coef·w·wᵀ (the answerer checked "
        "it numerically)",
    ),
    Answer(
        id="f28-answerofmath-coef-no-2-variant",
        source=ANSWEROFMATH + " (gradf with 2*coef written coef — a variant)",
        text="((sum(bsxfun(@times,expt(w) ./ (1 + expt(w)), tphis),1)'/size(phis,1)) + coef * w')",
        cost=_AOM_J,
        verdict="different",
        wrt="w_j",
        lets=_AOM_GLETS,
        why="variant: the derivative of coef·Σw_j² is 2·coef·w",
    ),
]
