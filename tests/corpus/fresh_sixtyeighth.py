r"""A fresh held-out wave (f68): a mainstream mix drawn the way a grader would draw it — a Julia course-notes
notebook deriving the logistic and linear gradients by hand (with a real slip in the middle of the derivation), a
math Q&A asker checking a regularised log-loss gradient, Octave/MATLAB and NumPy course code (regularised logistic
and linear costs with the bias unpenalised), and a lecture note's ridge loss with a free intercept.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* notes: midnighteuler/skynet.jl's docs/Logistic Regression Classification.ipynb (the cost, the hypothesis, and the
  step-by-step '### Gradient descent details' derivation, whose ∂h/∂θ_j carries e^{θᵀx} where e^{−θᵀx} belongs, two
  slips that cancel by the last line) and docs/Linear Regression.ipynb (the cost and its gradient component);
  mlkr-rbi/DL-caffe-club's lectures/Linear-regression.md (a ridge least-squares loss with an intercept b);
* Q&A: math.techqa.club's copy of the question 'Gradient and stochastic gradient descent for loss function and
  regularizer' (a log-loss with a (1/b)Σw_i⁴ regulariser, the asker's gradient);
* Q&A: math.techqa.club's copy of 'How to differentiate the following expression?' (a sum of squares and the step
  (ii) the asker was shown); studyx.ai's homework question 102494852 (a 1/(2m) squared-error cost with h_w);
* code: smarshy/my_ml's digitRecognition/lrCostFunction.m (Octave, ex3's regularised cost and gradient);
  samuelchvez/python-ml-2021's gradient/linear_cost.py (NumPy, regularised linear cost and gradient).

Names follow the sources: \vec{x}_i, x_{i,j} (skynet.jl), X, x_i are the design matrix Data.X (row i an example);
\vec{\theta}, theta, w, \textbf{w} the weight vector; lambda, lmbd and λ are Data.lam; b in the Q&A item is the
question's constant (Data.b), in the lecture note the intercept. Octave's theta(2:end)/theta([2:end],:) and NumPy's
theta[1:] skip the first coefficient (Data.theta[0]). Where a source gives no cost for an answer, ``why`` says which
cost it is graded against. Half of the answers (9 of 18) are wrong; the real mistakes come first, the rest are one-slip
variants of real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences
of the costs (/tmp/f68/fd.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
SKY_LOG = (
    "https://github.com/midnighteuler/skynet.jl/blob/9fd04fcc3ca26f5f405ce632a68d403533dfe919/docs/"
    "Logistic%20Regression%20Classification.ipynb (public code index file 42578156465"
)
SKY_LIN = (
    "https://github.com/midnighteuler/skynet.jl/blob/6256b2a72327caf84bbd1621c86019ca7c0c3036/docs/"
    "Linear%20Regression.ipynb ("
)
TECHQA = (
    "https://math.techqa.club/gradient-and-stochastic-gradient-descent-for-loss-function-and-regularizer-2372181 "
    "(the question"
)
SMARSHY = (
    "https://github.com/smarshy/my_ml/blob/d0ce196bd2866ca92cab5467c606b1089ec93504/digitRecognition/"
    "lrCostFunction.m (Octave"
)
SAMUEL = (
    "https://github.com/samuelchvez/python-ml-2021/blob/6fdd88fa49aa7dd9b3b169833cdf533445b0f54f/gradient/"
    "linear_cost.py (NumPy"
)
TQ_EMP = "https://math.techqa.club/how-to-differentiate-the-following-expression-2383350 (the question"
STUDYX = (
    "https://studyx.ai/homework/102494852-consider-a-linear-regression-problem-with-the-following-cost-function-"
    "j-w-1-2-m-i-1-m-h-w (the homework question's transcription"
)
MLKR = (
    "https://github.com/mlkr-rbi/DL-caffe-club/blob/d4dc05034e7b26451dcf28a73c8e5351fb79cb21/lectures/"
    "Linear-regression.md (public code index file 32796910658"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _logloss_w4_over_b(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w))))) + float(np.sum(d.w**4)) / d.b


def _reg_logistic_skip_first(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_linear_skip_first(d):
    t = d.theta
    r = d.X @ t - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _sum_sq_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r)


def _half_mean_sq_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_half_w_plus_b(d):
    r = d.y - d.X @ d.w - d.b
    return 0.5 * float(d.w @ d.w) + float(r @ r)


# ------------------------------------------------------------------ texts the items share
_SKY_H = r"h_\vec{\theta}(\vec{x}) = \frac{1}{1 + \mathbb{e}^{-\vec{\theta}^T \vec{x}}}"
_SKY_LOG_COST = (
    r"J(\vec{\theta}) = -\frac{1}{m}\sum_{i=1}^{m}(y_i\log h_\vec{\theta}(\vec{x}_{i}) + (1-y_i)\log(1 - "
    r"h_\vec{\theta}(\vec{x}_{i})) )"
)
_SKY_LOG_WHY = (
    "\\vec{x}_i is example i (a row of Data.X, x_{i,0} = 1 in the notes), x_{i,j} its feature j, \\vec{\\theta} the "
    "coefficients, y_i ∈ {0, 1}; \\mathbb{e} is the notes' way of writing e: the mean cross-entropy of the sigmoid "
    "model"
)
_SKY_DERIV_WHY = (
    "; the lines of the notes' derivation write e^{\\vec{\\theta}^T \\vec{x}} with \\vec{x} unindexed inside the sum "
    "over i: read as example i's \\vec{x}_i (the verdict is the same with any fixed vector there)"
)
_SKY_LIN_H = r"h_\vec{\theta}(\vec{x}) = \sum_{i=0}^{n} \theta_{i} x_{i} = \vec{\theta}^{T} \vec{x}"
_SKY_LIN_COST = r"J(\vec{\theta}) = \frac{1}{2 m}\sum_{i=1}^{m}(h_\vec{\theta}(\vec{x}_{i}) - y_i)^2"
_SKY_LIN_WHY = (
    "\\vec{x}_i is example i (a row of Data.X, with x_0 = 1 in the notes), \\vec{\\theta} the coefficients: "
    "1/(2m)Σ(θᵀx_i − y_i)²"
)

_TQ_COST = (
    r"$\sum_{i=1}^n$ log$(1+exp(-y_i* \textbf{w}^T x_i)) + \frac{1}{b} \sum_{i=1}^d w_i^4$"
)
_TQ_WHY = (
    "the question's text, its $…$ broken around 'log' as posted; x_i is example i (a row of Data.X), \\textbf{w} the "
    "weights, y_i the labels (±1 in a log-loss of this form; the function is the same for any y), b a constant "
    "(Data.b), d the number of features: Σ_i log(1 + e^{−y_i wᵀx_i}) + (1/b)Σ_k w_k⁴"
)

_TQ_EMP_COST = r"L_{\text{emp}}= \sum_{n=1}^N{ (y_n - w^T x_n})^2"
_TQ_EMP_WHY = (
    "x_n is example n (a row of Data.X), w the weights; the brace closes inside the square as posted "
    "(\\sum{ (y_n − wᵀx_n})^2 is Σ(y_n − wᵀx_n)²): the sum of squared errors"
)

_SM_COST = "J = (-y'*log(k) - (1-y')*log(1 - k))/m + (l'*l)*lambda/(2*m);"
_SM_LETS = ("k = sigmoid(X*theta)", "l = theta([2:end],:)", "m = length(y)")
_SM_WHY = (
    "X the design matrix (Data.X), theta the coefficients, y the 0/1 labels; l is theta without its first entry "
    "(Data.theta[0], unpenalised), so l'*l = Σ_{k≥2}θ_k²: the mean cross-entropy plus λ/(2m)Σ_{k≥2}θ_k²"
)

_SC_COST = "((h - y) ** 2).sum() / (2 * len(X)) + reg"
_SC_LETS = ("h = X @ theta", "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()")
_SC_WHY = (
    "def linear_cost(theta, X, y, lmbd): X the design matrix (Data.X), theta the coefficients, lmbd the λ "
    "(Data.lam), len(X) = m; theta[1:] leaves Data.theta[0] unpenalised: 1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²"
)
_SC_GRAD_LETS = ("h = X @ theta", "theta_copy = theta.copy()", "theta_copy[0] = 0",
                 "reg_prime = lmbd * theta_copy / len(X)")

COSTS: list[Cost] = [
    # ============================================================ notes
    Cost(
        id="f68-skynet-logistic-cost",
        source=SKY_LOG + ", '### Fitting parameters to determine the decision boundary', J(\\vec{\\theta}) =)",
        text=_SKY_LOG_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=(_SKY_H,),
        why=_SKY_LOG_WHY,
    ),
    Cost(
        id="f68-skynet-linear-cost",
        source=SKY_LIN + "'The cost function J … has form:', the first form)",
        text=_SKY_LIN_COST,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=(_SKY_LIN_H,),
        why=_SKY_LIN_WHY,
    ),
    Cost(
        id="f68-skynet-linear-cost-second-form-x-unindexed",
        source=SKY_LIN + "'The cost function J … has form:', the form after the second '=')",
        text=r"\frac{1}{2 m}\sum_{i=1}^{m}(\vec{\theta}^{T} \vec{x} - y_i)^2",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why="\\vec{x} carries no index inside the sum over i, beside y_i which does: the same page's first form writes "
        "\\vec{x}_i, and a fixed vector x would make the sum's terms differ only in y, no regression at all, so the "
        "writer means example i's x (ML notes drop the mark). The collector first marked it a refusal; corrected by "
        "the integrator on the first measurement (logderiv read it so; the reading is what the page means)",
    ),
    Cost(
        id="f68-mlkr-ridge-with-intercept",
        source=MLKR + ", '(Tikhonov and Arsenin, 1977) least-squares loss function:')",
        text=r"\mathcal{L}(\mathbf{w}) = \frac{1}{2}||\mathbf{w}||_2^2 + \sum_{i=1}^{n} ( y^{(i)} - "
        r"\mathbf{w}^T \phi(\mathbf{x}^{(i)}) -b)^2",
        intended=_ridge_half_w_plus_b,
        wrt=("w_j", "b"),
        why="φ(x⁽ⁱ⁾) is example i's feature vector (the lecture's feature map; its values are the data, Data.X's "
        "row i), w the weights, b the unpenalised intercept, n the number of examples: ½‖w‖² + Σ(y − wᵀφ(x) − b)²",
    ),
    # ============================================================ Q&A
    Cost(
        id="f68-techqa-logloss-w4-regularizer",
        source=TECHQA + ", 'We have to calculate the gradient for:')",
        text=_TQ_COST,
        intended=_logloss_w4_over_b,
        wrt=("w_j",),
        why=_TQ_WHY,
    ),
    Cost(
        id="f68-techqa-lemp-sum-of-squares",
        source=TQ_EMP + ", the first display)",
        text=_TQ_EMP_COST,
        intended=_sum_sq_w,
        wrt=("w_j",),
        why=_TQ_EMP_WHY,
    ),
    Cost(
        id="f68-studyx-half-mean-sq-h-w",
        source=STUDYX + ", J(\\mathbf{w})=)",
        text=r"J(\mathbf{w})=\frac{1}{2 m} \sum_{i=1}^{m}\left(h_{\mathbf{w}}\left(\mathbf{x}_{i}\right)-y_{i}"
        r"\right)^{2}",
        intended=_half_mean_sq_w,
        wrt=("w_j",),
        lets=(r"h_{\mathbf{w}}\left(\mathbf{x}_{i}\right)=\mathbf{w}^{T} \mathbf{x}_{i}",),
        why="\\mathbf{x}_i is example i (a row of Data.X), \\mathbf{w} the parameter vector, m the number of "
        "examples: 1/(2m)Σ(wᵀx_i − y_i)²",
    ),
    # ============================================================ code
    Cost(
        id="f68-smarshy-lrcostfunction-J",
        source=SMARSHY + ", J =)",
        text=_SM_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_SM_LETS,
        why=_SM_WHY,
    ),
    Cost(
        id="f68-samuelchvez-linear-cost",
        source=SAMUEL + ", def linear_cost, return)",
        text=_SC_COST,
        intended=_reg_linear_skip_first,
        wrt=("theta_j",),
        lets=_SC_LETS,
        why=_SC_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f68-skynet-logistic-grad-final-line",
        source=SKY_LOG + ", 'And substituting back into J:', the last line)",
        text=r"\frac{\partial}{\partial \theta_j} J(\vec{\theta}) = \frac{1}{m} \sum_{i=1}^{m} x_{i,j} "
        r"(h_\vec{\theta}(\vec{x}_{i}) - y_i)",
        cost=_SKY_LOG_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(_SKY_H,),
        why="(1/m)Σ(h − y)x_{i,j}, the cross-entropy's gradient (the notes' end result); " + _SKY_LOG_WHY,
    ),
    Answer(
        id="f68-skynet-logistic-grad-line-one-over-h-minus-one",
        source=SKY_LOG + ", 'And substituting back into J:', the line with \\frac{1}{h} - 1 below)",
        text=r"-\frac{1}{m}\sum_{i=1}^{m}(x_{i,j} e^{\vec{\theta}^T \vec{x}})\frac{y_i - h_\vec{\theta}"
        r"(\vec{x}_{i})}{\frac{1}{h_\vec{\theta}(\vec{x}_{i})} - 1}",
        cost=_SKY_LOG_COST,
        verdict="different",
        wrt="theta_j",
        lets=(_SKY_H,),
        why="a real slip: the notes' ∂h/∂θ_j = x_j e^{θᵀx}h² should have e^{−θᵀx}, and 1/h − 1 is e^{−θᵀx_i}, so this "
        "line is −(1/m)Σ x_{i,j}e^{2θᵀx_i}(y_i − h_i), not the gradient (the next line wrongly writes 1/h − 1 as "
        "e^{θᵀx}, and the two slips cancel in the last line); " + _SKY_LOG_WHY + _SKY_DERIV_WHY,
    ),
    Answer(
        id="f68-skynet-logistic-grad-line-e-plus-one-minus-one",
        source=SKY_LOG + ", 'And substituting back into J:', the next-to-last line)",
        text=r"-\frac{1}{m}\sum_{i=1}^{m}(x_{i,j} e^{\vec{\theta}^T \vec{x}})\frac{y_i - h_\vec{\theta}"
        r"(\vec{x}_{i})}{e^{\vec{\theta}^T \vec{x}} + 1 - 1}",
        cost=_SKY_LOG_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(_SKY_H,),
        why="reached by two slips, but as written e^{θᵀx}/(e^{θᵀx} + 1 − 1) = 1, so the line is "
        "−(1/m)Σ x_{i,j}(y_i − h_i), the gradient; " + _SKY_LOG_WHY + _SKY_DERIV_WHY,
    ),
    Answer(
        id="f68-skynet-logistic-grad-first-substitution",
        source=SKY_LOG + ", 'And substituting back into J:', the first line after '=')",
        text=r"-\frac{1}{m}\sum_{i=1}^{m}(y_i\frac{x_{i,j} e^{\vec{\theta}^T \vec{x}} h_\vec{\theta}"
        r"(\vec{x}_{i})^2}{h_\vec{\theta}(\vec{x}_{i})}  + (1-y_i)\frac{-x_{i,j} e^{\vec{\theta}^T \vec{x}} "
        r"h_\vec{\theta}(\vec{x}_{i})^2}{1 - h_\vec{\theta}(\vec{x}_{i})})",
        cost=_SKY_LOG_COST,
        verdict="different",
        wrt="theta_j",
        lets=(_SKY_H,),
        why="the notes' ∂h/∂θ_j = x_j e^{θᵀx}h² substituted: σ′(z) is e^{−z}σ(z)², not e^{z}σ(z)², so this is "
        "−(1/m)Σ x_{i,j}e^{z_i}h_i(y_i − (1 − y_i)e^{z_i}) rather than −(1/m)Σ x_{i,j}(y_i − h_i); "
        + _SKY_LOG_WHY + _SKY_DERIV_WHY,
    ),
    Answer(
        id="f68-skynet-linear-grad-component",
        source=SKY_LIN + "'This is given by:')",
        text=r"\frac{\partial}{\partial \theta_i} J(\vec{\theta}) = \frac{1}{m} \sum_{j=1}^{m}x_{j,i}"
        r"(\vec{\theta}^T \cdot \vec{x}_j - y_j)",
        cost=_SKY_LIN_COST,
        verdict="equivalent",
        wrt="theta_i",
        lets=(_SKY_LIN_H,),
        why="here i is the coefficient and j the example (the roles swapped from the cost): "
        "(1/m)Σ_j x_{j,i}(θᵀx_j − y_j); " + _SKY_LIN_WHY,
    ),
    Answer(
        id="f68-techqa-asker-gradient-sum-of-cubes",
        source=TECHQA + ", the asker's '- Gradient:')",
        text=r"$\sum_{i=1}^n$ $\frac{-y_i*x_i*exp(-y_i*\textbf{w}^T*x_i)}{(1+exp(-y_i* \textbf{w}^T x_i)} + "
        r"\frac{4}{b}\sum_{i=1}^d {w_i}^3 $",
        cost=_TQ_COST,
        verdict="different",
        wrt="w_j",
        why="the log-loss part is right (−Σ y_i x_i e^{−y_i wᵀx_i}/(1 + e^{−y_i wᵀx_i}), its '(' left unclosed as "
        "posted), but the regulariser's gradient is (4/b)w_j³ for component j, not (4/b)Σ_k w_k³ added to every "
        "component; " + _TQ_WHY,
    ),
    Answer(
        id="f68-techqa-lemp-step-ii-as-gradient",
        source=TQ_EMP + ", the left side of (ii), 'Apparently, the next step is')",
        text=r"\sum_{i=1}^N x_n { (y_n - x_n^T w)}",
        cost=_TQ_EMP_COST,
        verdict="different",
        wrt="w_j",
        why="as the stationarity condition '= 0' the step is right, but the expression is −½ of the gradient "
        "−2Σ x_n(y_n − x_nᵀw) (the 2 divided out and the sign of d/dw(y_n − wᵀx_n) = −x_n dropped); the sum's "
        "index i is read as n, the index of its terms; " + _TQ_EMP_WHY,
    ),
    Answer(
        id="f68-smarshy-lrcostfunction-grad",
        source=SMARSHY + ", s = … grad =)",
        text="s = [0; lambda*l];\ngrad = (X'*(k - y))/m + s/m;",
        cost=_SM_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SM_LETS,
        why="Xᵀ(σ − y)/m plus (λ/m)θ with the first entry 0: " + _SM_WHY,
    ),
    Answer(
        id="f68-samuelchvez-linear-cost-gradient",
        source=SAMUEL + ", def linear_cost_gradient, return)",
        text="((X.T @ (h - y)) / len(X)) + reg_prime",
        cost=_SC_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(*_SC_GRAD_LETS, "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()"),
        why="Xᵀ(Xθ − y)/m + (λ/m)θ with its first entry zeroed: " + _SC_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f68-skynet-logistic-grad-final-line-flipped",
        source=SKY_LOG + "; variant: y_i − h for h − y_i in the last line)",
        text=r"\frac{\partial}{\partial \theta_j} J(\vec{\theta}) = \frac{1}{m} \sum_{i=1}^{m} x_{i,j} "
        r"(y_i - h_\vec{\theta}(\vec{x}_{i}))",
        cost=_SKY_LOG_COST,
        verdict="different",
        wrt="theta_j",
        lets=(_SKY_H,),
        why="variant: the sign flipped, the gradient of the log-likelihood (−J) instead; " + _SKY_LOG_WHY,
    ),
    Answer(
        id="f68-skynet-linear-grad-component-no-m",
        source=SKY_LIN + "; variant: the \\frac{1}{m} dropped)",
        text=r"\frac{\partial}{\partial \theta_i} J(\vec{\theta}) = \sum_{j=1}^{m}x_{j,i}(\vec{\theta}^T \cdot "
        r"\vec{x}_j - y_j)",
        cost=_SKY_LIN_COST,
        verdict="different",
        wrt="theta_i",
        lets=(_SKY_LIN_H,),
        why="variant: m times the gradient of a cost divided by 2m; " + _SKY_LIN_WHY,
    ),
    Answer(
        id="f68-techqa-gradient-per-component-cube",
        source=TECHQA + "; variant: the asker's gradient with (4/b)w_j³ per component and x_{ij})",
        text=r"$\sum_{i=1}^n$ $\frac{-y_i*x_{ij}*exp(-y_i*\textbf{w}^T*x_i)}{(1+exp(-y_i* \textbf{w}^T x_i))} + "
        r"\frac{4}{b}{w_j}^3 $",
        cost=_TQ_COST,
        verdict="equivalent",
        wrt="w_j",
        why="variant: component j of the gradient, x_{ij} the j-th feature of x_i; " + _TQ_WHY,
    ),
    Answer(
        id="f68-techqa-lemp-step-ii-with-minus-two",
        source=TQ_EMP + "; variant: (ii)'s left side with the −2 kept and the index written n)",
        text=r"-2\sum_{n=1}^N x_n { (y_n - x_n^T w)}",
        cost=_TQ_EMP_COST,
        verdict="equivalent",
        wrt="w_j",
        why="variant: −2Σ x_n(y_n − x_nᵀw), the gradient of the sum of squares; " + _TQ_EMP_WHY,
    ),
    Answer(
        id="f68-smarshy-lrcostfunction-grad-common-factor",
        source=SMARSHY + "; variant: the /m taken out of both terms)",
        text="s = [0; lambda*l];\ngrad = (X'*(k - y) + s)/m;",
        cost=_SM_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SM_LETS,
        why="variant: (Xᵀ(σ − y) + s)/m is the same gradient with 1/m factored out; " + _SM_WHY,
    ),
    Answer(
        id="f68-smarshy-lrcostfunction-grad-no-zero",
        source=SMARSHY + "; variant: s = lambda*theta, the leading 0 dropped)",
        text="s = lambda*theta;\ngrad = (X'*(k - y))/m + s/m;",
        cost=_SM_COST,
        verdict="different",
        wrt="theta_j",
        lets=_SM_LETS,
        why="variant: theta(1) is not in the penalty, so its component gets no (λ/m)θ₁; " + _SM_WHY,
    ),
    Answer(
        id="f68-smarshy-lrcostfunction-grad-s-not-over-m",
        source=SMARSHY + "; variant: s added without /m)",
        text="s = [0; lambda*l];\ngrad = (X'*(k - y))/m + s;",
        cost=_SM_COST,
        verdict="different",
        wrt="theta_j",
        lets=_SM_LETS,
        why="variant: the penalty λ/(2m)Σθ_k² has gradient (λ/m)θ_k, not λθ_k; " + _SM_WHY,
    ),
    Answer(
        id="f68-samuelchvez-linear-cost-gradient-one-division",
        source=SAMUEL + "; variant: one division by len(X) for both terms)",
        text="(X.T @ (h - y) + lmbd * theta_copy) / len(X)",
        cost=_SC_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(*_SC_GRAD_LETS[:3], "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()"),
        why="variant: the same gradient, (Xᵀ(Xθ − y) + λθ with its first entry zeroed)/m; " + _SC_WHY,
    ),
    Answer(
        id="f68-samuelchvez-linear-cost-gradient-first-not-zeroed",
        source=SAMUEL + "; variant: reg_prime from theta, theta_copy[0] = 0 left out)",
        text="((X.T @ (h - y)) / len(X)) + reg_prime",
        cost=_SC_COST,
        verdict="different",
        wrt="theta_j",
        lets=("h = X @ theta", "reg_prime = lmbd * theta / len(X)",
              "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()"),
        why="variant: theta[0] is not penalised, so its component gets no (λ/m)θ₀; " + _SC_WHY,
    ),
]
