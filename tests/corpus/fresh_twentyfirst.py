r"""A fresh held-out wave (f21): Q&A posts and their answers, and the from-scratch notebooks people post.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* Q&A: a Cross Validated question on ridge by gradient descent (ω, ‖ω‖², the gradient written with an inner
  Σ_j x_ij ω_j), a Stack Overflow question on why θ₀ is skipped in the penalty (NumPy, the asker's own code,
  read through a Stack Overflow dump mirror), a Mathematics SE question on Rennie's convexity note (an
  unbalanced ``\ln(`` in the cost), a Mathematics SE question on strong convexity of the ±1 logistic loss, a
  DeepLearning.AI forum question (``\frac{-1}{m} ×``, a ``pmatrix`` used as big parentheses, ``\vec W_i``), a
  Mathematics SE check of a vectorised regularised MSE (``\frac1{2m}``, λθᵀθ), a Stack Overflow answer summing
  with ``ones(1, m) *`` (Octave);
* blog / README notes: a blog post on 0/1 vs ±1 labels (bold ``\textbf{W}``, an unbalanced ``\ln (``),
  GitHub READMEs and notebooks (MSE with ``-\frac{2}{n} X^T (y - \hat{y})``, a one-feature PyTorch
  logistic regression, ``\frac{\partial}{\partial \theta_j} =`` with nothing after the ∂, a NLL written
  ``-\sum … + …`` without brackets);
* code: NumPy (``np.power``, ``self.m``, ``(1 / n_samples) * np.dot(X.T, (y_hat - y))``), PyTorch (``.mean()``
  with a ``1e-8`` guard inside the logs).

Real wrong answers: a notebook whose dw/db code drops the 2 of its own MSE, the asker's gradient line before
its intercept fix-up. The other wrong items are one-slip variants of real answers on the same page, marked
"variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$``/``\[…\]`` dropped; for code, the
right-hand side of the assignment, or the body lines that compute it); ``cost`` and ``lets`` are the same
source's, verbatim. Verdicts were worked out by hand.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
SE87188 = (
    "https://stats.stackexchange.com/questions/87188/optimization-of-the-regularized-least-squares-with-gradient-"
    "descent (question: 'I have this regularized least square formula … And the gradient …')"
)
SO54017246 = (
    "https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/54017246/why-is-theta0-skipped-"
    "while-performing-regulariztion-on-regression (Stack Overflow question 54017246, the asker's code)"
)
MSE1159033 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/1159033/logistic-regression-is-"
    "convex-proof (Mathematics SE question 1159033, 'formula (1) is a given')"
)
IMW_STRONG = (
    "https://imathworks.com/math/math-how-to-prove-the-logistic-loss-function-is-strongly-convex (a "
    "Mathematics SE question, 'The logistic loss function is:')"
)
AMIR = (
    "https://amirdarwesh.com/posts/2020/09/04/Logistic-Regression ('On different notations with Binary Logistic "
    "Regression and Cross Entropy Loss', section y ∈ (0,1))"
)
SAYAM = "github:SayamKhatri/Machine-Learning-Algorithms-Scratch (linear regression BGD notebook, markdown + class)"
SIMD = "github:simdangelo/MachineLearning (linear regression notebook, class LinearRegression)"
MAHDI = "github:MahdiTabesh/ml-algorithms-from-scratch (notebook 'Vanilla Gradient Descent (From Scratch)')"
DLAI255592 = (
    "https://community.deeplearning.ai/t/confused-in-the-gradient-descent-of-the-logistic-log-loss-function/"
    "255592 (forum question, 'The cost function should be')"
)
JORDANOTT = "github:jordanott/DeepLearning (README 'Convexity of Log-Loss/Logistic Objective Function')"
SAYEM = "github:sayemomer/ML_MATHS_YOU_SHOULD_KNOW (README, logistic regression by gradient descent)"
SO41564657 = (
    "https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/41564657/cost-function-what-s-the-"
    "difference-between-sum-x-and-ones-1-length-x-x (Stack Overflow question 41564657, the accepted answer)"
)
MSE3749279 = (
    "https://math.techqa.club/vectorized-regularization-in-mse-linear-regression-3749279 (Mathematics SE "
    "question 3749279 'Vectorized regularization in MSE linear regression', question and answer)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ridge_sum_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2) + d.lam * np.sum(d.w**2))


def _ce_mean_theta_reg_skip0(d):
    p = sig(d.X @ d.theta)
    ce = -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))
    return float(ce + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2))


def _pm1_logistic_sum_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _pm1_logistic_mean_theta(d):
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.theta)))))


def _ce_mean_w(d):
    p = sig(d.X @ d.w)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _mse_wb(d):
    return float(np.mean((d.y - (d.X @ d.w + d.b)) ** 2))


def _mse_w(d):
    return float(np.mean((d.X @ d.w - d.y) ** 2))


def _ce_mean_one_wb(d):
    p = sig(d.x * d.w[0] + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_one_wb_eps(d):
    p = sig(d.x * d.w[0] + d.b)
    return float(-np.mean(d.y * np.log(p + 1e-8) + (1 - d.y) * np.log(1 - p + 1e-8)))


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _half_mse_theta_reg_all(d):
    return _half_mse_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta**2))


def _nll_sum_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _nll_sum_w(d):
    p = sig(d.X @ d.w)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


# ------------------------------------------------------------------ shared texts
_SE87188_J = r"\sum\limits_{i=1}^N (\omega^T x_i - y_i)^2 + \lambda \left\|\omega\right\|^2"
_SO540_J = "float( (1/m) * ( np.sum(term1 - term2) + regterm ) )"
_SO540_LETS = (
    "term1 = np.dot(-np.array(y).T,np.log(h(theta,X)))",
    "term2 = np.dot((1-np.array(y)).T,np.log(1-h(theta,X)))",
    "regterm = (lambda_/2) * np.sum(np.dot(theta[1:].T,theta[1:])) #Skip theta0. Explain this line",
)
_SO540_GRAD = "grad=np.dot((sigmoid(np.dot(X,theta))-y),X)/m"
_AMIR_L = (
    r"\begin{aligned} L(\boldsymbol{W^T}, \textbf{X}, \textbf{y}) = \frac{1}{n} \sum_i \left(- y_i \ln "
    r"(\boldsymbol{\sigma}(\textbf{W}^T\textbf{X}_i)) - (1 - y_i) \ln (1 - \boldsymbol{\sigma}(\textbf{W}^T"
    r"\textbf{X}_i) \right) \end{aligned}"
)
_AMIR_LETS = (r"\sigma(z) = \frac{1}{1+e^{-z}}",)
_SAYAM_L = r"\mathcal{L} = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2"
_SAYAM_LETS = (r"\hat{y} = X \cdot \mathbf{w} + b",)
_SAYAM_CODE_LETS = (
    "n_samples, n_features = X.shape",
    "y_hat = np.dot(X, self.weights) + self.bias",
)
_SIMD_L = "1/self.m * np.sum(np.power(yhat - y, 2))"
_SIMD_LETS = ("self.m = X.shape[0]", "yhat = self.y_hat(X,w)")
_MAHDI_L = r"L = - \frac{1}{N} \sum \Big( y \log(\hat{y}) + (1-y)\log(1-\hat{y}) \Big)"
_MAHDI_LETS = (r"z = xw + b", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}")
_JORD_L = (
    r"\mathcal{L} = \sum_{i=1}^{N} -y_i \log \sigma(x_i \theta) - (1 - y_i) \log (1-\sigma(x_i \theta))"
)
_SAYEM_L = (
    r"\mathcal{L}(w) = -\sum_{i=1}^{N} y_i \log(\sigma(w^T x_i)) + (1 - y_i) \log(1 - \sigma(w^T x_i))"
)
_SAYEM_LETS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}",)
_TQ_J = r"J(\theta)=\frac{1}{2m}(X\theta-y)^T(X\theta-y)+\frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2"
_TQ_J2 = r"J(\theta) = \frac1{2m}(X\theta-y)^T(X\theta-y) + \frac{\lambda}{2m}\theta^T\theta"

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f21-se87188-ridge-sum-omega-norm",
        source=SE87188 + " (the first display)",
        text=_SE87188_J,
        intended=_ridge_sum_w,
        wrt=("omega_k",),
        why="ridge as a plain SUM (no 1/N) over the N examples plus λ‖ω‖² = λΣω_k²; ω is the weight vector "
        "(the data's w), x_i example i; the asker indexes the derivative by k",
    ),
    Cost(
        id="f21-so54017246-reg-logistic-term1-term2-code",
        source=SO54017246 + " (J=…; term1, term2, regterm from the lines above it)",
        text=_SO540_J,
        intended=_ce_mean_theta_reg_skip0,
        lets=_SO540_LETS,
        why="term1 − term2 = Σ[−y log h − (1−y) log(1−h)] (np.dot of 1-D arrays), regterm = (λ/2)Σθ[1:]², all "
        "over m: the mean cross-entropy + λ/(2m)Σ_{j≥1}θ_j². h(theta,X) is the asker's hypothesis helper, not "
        "shown on the page; the grad line beside it shows it is sigmoid(np.dot(X,theta)). The let keeps the "
        "asker's trailing comment",
    ),
    Cost(
        id="f21-mse1159033-pm1-nll-unbalanced-ln",
        source=MSE1159033 + " (formula (1) as the asker quotes it)",
        text=r"-\ln(P(\vec{y}\mid X,\vec{w})) = \sum_{i=1}^N \ln(1+e^{(-y_{i}\vec{w}^T\vec{x}_i)}",
        intended=_pm1_logistic_sum_w,
        wrt=("w_j",),
        why="labels y_i ∈ {−1,+1}: Σ ln(1 + e^{−y_i wᵀx_i}); the '\\ln(' is never closed in the asker's LaTeX "
        "(the only ')' closes the exponent's own parenthesis) — a reader closes it at the end; the left side "
        "is the cost's name, −ln P",
    ),
    Cost(
        id="f21-imw-strongly-convex-pm1-mean-theta",
        source=IMW_STRONG,
        text=r"\mathcal{L}=\frac{1}{n}\sum_{i=1}^n\log(1+\exp(-y_ix_i^T\theta))",
        intended=_pm1_logistic_mean_theta,
        why="y_i ∈ {−1,+1}, n counts the examples: (1/n)Σ log(1 + exp(−y_i x_iᵀθ)); 'y_ix_i^T' is y_i times "
        "x_iᵀ (TeX takes one token as the subscript)",
    ),
    Cost(
        id="f21-dlai255592-times-pmatrix-vec-W-i",
        source=DLAI255592 + " (the asker's cost; z_i from 'where z_i = …' in the same sentence)",
        text=r"J = \frac{-1}{m} × \sum_{i=1}^m \begin{pmatrix} y_i \cdot log(z_i) + (1 - y_i) \cdot log(1 - z_i) "
        r"\end{pmatrix}",
        intended=_ce_mean_wb,
        wrt=("W_j", "b"),
        lets=(r"z_i = \frac{1}{1 + e^{-\vec W_i * \vec X_i - b_i}}",),
        why="a Unicode × for the product, a pmatrix used as big parentheses, log without a backslash; z_i is the "
        "PREDICTED probability σ(W·X_i + b). The subscript i on \\vec W_i and b_i is the asker's slip (one "
        "weight vector and one bias, as in the course); read as the mean cross-entropy in W (the data's w) "
        "and b",
    ),
    Cost(
        id="f21-mse3749279-vectorized-reg-sum-j-1-to-n",
        source=MSE3749279 + " (the asker's cost)",
        text=_TQ_J,
        intended=_half_mse_theta_reg_all,
        why="θ ∈ ℝⁿ (the asker: ∂J/∂θ ∈ ℜⁿ) and the penalty runs j = 1…n, i.e. over EVERY component: no "
        "intercept is left out here; (1/2m)‖Xθ − y‖² + (λ/2m)Σθ_j²",
    ),
    Cost(
        id="f21-mse3749279-frac1-2m-thetaT-theta",
        source=MSE3749279 + " (the answer's restatement of the cost)",
        text=_TQ_J2,
        intended=_half_mse_theta_reg_all,
        why="\\frac1{2m} (a one-token numerator without braces) and the penalty as (λ/2m)θᵀθ over all of θ",
    ),
    # ============================================================ blog / README / notebooks (LaTeX)
    Cost(
        id="f21-amir-ce-W-textbf-unbalanced-ln",
        source=AMIR + " ('Cross Entropy Loss'; σ from 'Sigmoid function')",
        text=_AMIR_L,
        intended=_ce_mean_w,
        wrt=("W_j",),
        lets=_AMIR_LETS,
        why="bold W is the weight vector (the data's w), X_i example i, no bias; the second '\\ln (' is never "
        "closed before \\right) — the reader closes it after σ(WᵀX_i); an aligned environment around one line; "
        "the mean cross-entropy",
    ),
    Cost(
        id="f21-sayam-mse-1-over-n-yhat-b",
        source=SAYAM + " (### 2. Mean Squared Error (MSE) Loss; ŷ from ### 1. Prediction Function)",
        text=_SAYAM_L,
        intended=_mse_wb,
        wrt=("w_j", "b"),
        lets=_SAYAM_LETS,
        why="the plain mean squared error (1/n, no ½), n examples; ŷ_i = x_i·w + b",
    ),
    Cost(
        id="f21-mahdi-one-feature-ce-bare-sum-Big",
        source=MAHDI + " (## Key Formulas, Binary Cross-Entropy Loss; z and ŷ from Prediction)",
        text=_MAHDI_L,
        intended=_ce_mean_one_wb,
        wrt=("w", "b"),
        lets=_MAHDI_LETS,
        why="one feature, scalar w: z = xw + b; the Σ has no index and y, ŷ no subscript (the sum runs over the "
        "N examples); \\Big( \\Big) are big parentheses: the mean cross-entropy",
    ),
    Cost(
        id="f21-jordanott-nll-sum-x-i-theta",
        source=JORDANOTT + " ('The log loss or crossentropy error function is', equation environment dropped)",
        text=_JORD_L,
        intended=_nll_sum_theta,
        why="x_i θ is example i's row times θ; the Σ covers both terms (no brackets, as usual the sum's scope "
        "runs to the end); a sum, no 1/N",
    ),
    Cost(
        id="f21-sayem-nll-minus-sum-no-brackets",
        source=SAYEM + " (### Negative log likelihood; σ from ### Logistic Regression basis function)",
        text=_SAYEM_L,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_SAYEM_LETS,
        why="written −Σ a + b without brackets; the page calls it the negative log likelihood and its gradient "
        "display is −Σ(y_i − σ)x_i, so the minus and the Σ cover both terms: −Σ[y log σ + (1−y) log(1−σ)]",
    ),
    # ============================================================ code
    Cost(
        id="f21-so41564657-octave-ones-row-times-squares",
        source=SO41564657 + " (the answer's J= …; m from its transcript '>> m = size(X, 1);')",
        text="(1/(2*m)) * (ones(1, m) * (((X*theta)-y).^2 ))",
        intended=_half_mse_theta,
        lets=("m = size(X, 1);",),
        why="a row of ones times the column of squared residuals is their sum: (1/2m)Σ(Xθ − y)²",
    ),
    Cost(
        id="f21-mahdi-torch-mean-eps-in-logs",
        source=MAHDI + " (training loop: loss = …; z and y_hat from the two lines above it)",
        text="-(y*torch.log(y_hat + 1e-8) + (1-y) * torch.log(1-y_hat + 1e-8)).mean()",
        intended=_ce_mean_one_wb_eps,
        wrt=("w", "b"),
        lets=("z = x * w + b", "y_hat = torch.sigmoid(z)"),
        why="one feature, scalar w; the 1e-8 guards are INSIDE the logs and change the function (slightly): "
        "−mean(y log(ŷ + 10⁻⁸) + (1−y) log(1 − ŷ + 10⁻⁸))",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Q&A
    Answer(
        id="f21-se87188-grad-inner-sum-omega-k",
        source=SE87188 + " (the second display, 'And the gradient:')",
        text=r"2 \sum\limits_{i=1}^N ((\sum\limits_{j=1}^d x_{ij}\omega_j)x_{ik} - x_{ik} y_i) + 2\lambda \omega_k",
        cost=_SE87188_J,
        verdict="equivalent",
        wrt="omega_k",
        why="Σ_j x_ij ω_j is ωᵀx_i, so this is 2Σ(ωᵀx_i − y_i)x_ik + 2λω_k: exactly ∂/∂ω_k of the sum (the "
        "asker's instability came from the step size, not the formula)",
    ),
    Answer(
        id="f21-se87188-grad-penalty-lost-2",
        source=SE87188 + " (the gradient display with 2λω_k written λω_k — a variant)",
        text=r"2 \sum\limits_{i=1}^N ((\sum\limits_{j=1}^d x_{ij}\omega_j)x_{ik} - x_{ik} y_i) + \lambda \omega_k",
        cost=_SE87188_J,
        verdict="different",
        wrt="omega_k",
        why="variant (λ not doubled): the penalty λ‖ω‖² has no ½, its derivative is 2λω_k",
    ),
    Answer(
        id="f21-so54017246-grad-reg-then-undo-intercept",
        source=SO54017246 + " (the last two lines of the asker's code; grad from the line above them)",
        text="grad_reg=grad+((lambda_/m)*theta)\ngrad_reg[0]=grad[0]",
        cost=_SO540_J,
        verdict="equivalent",
        lets=_SO540_LETS + (_SO540_GRAD,),
        why="np.dot(h − y, X)/m is Xᵀ(h − y)/m; λθ/m is added to every component, then component 0 is put back "
        "to the unregularised value: λθ_j/m for j ≥ 1 only, as the cost's theta[1:] penalty needs",
    ),
    Answer(
        id="f21-so54017246-grad-reg-line-alone",
        source=SO54017246 + " (the grad_reg=… line without the grad_reg[0]=grad[0] after it)",
        text="grad+((lambda_/m)*theta)",
        cost=_SO540_J,
        verdict="different",
        lets=_SO540_LETS + (_SO540_GRAD,),
        why="a real line of the page read on its own (the next line is its fix-up): it adds λθ₀/m to the "
        "intercept's component, which the cost does not penalise",
    ),
    Answer(
        id="f21-so54017246-unreg-grad-for-reg-cost",
        source=SO54017246 + " (the grad=… line, given as the whole gradient — a variant)",
        text="np.dot((sigmoid(np.dot(X,theta))-y),X)/m",
        cost=_SO540_J,
        verdict="different",
        lets=_SO540_LETS,
        why="variant (penalty forgotten): Xᵀ(h − y)/m is the gradient of the unregularised part only; the "
        "cost adds λ/(2m)Σθ[1:]², whose gradient λθ_j/m (j ≥ 1) is missing",
    ),
    Answer(
        id="f21-mse3749279-grad-lambda-over-m-theta",
        source=MSE3749279 + " (the asker's gradient, answered 'Yes, it is correct.')",
        text=r"\frac{\partial J(\theta)}{\partial \theta}=\frac{1}{m}X^T(X\theta-y) + \frac{\lambda}{m}\theta",
        cost=_TQ_J,
        verdict="equivalent",
        why="the whole vector: Xᵀ(Xθ − y)/m + λθ/m; every θ_j is penalised in this cost, so λθ_j/m on all "
        "components is right",
    ),
    Answer(
        id="f21-mse3749279-nabla-answer",
        source=MSE3749279 + " (the answer's ∇_θ J line)",
        text=r"\nabla_\theta J(\theta) = \frac{1}{m}X^T(X\theta - y) + \frac{\lambda}{m}\theta",
        cost=_TQ_J2,
        verdict="equivalent",
    ),
    Answer(
        id="f21-mse3749279-grad-lambda-over-2m",
        source=MSE3749279 + " (the asker's gradient with λ/(2m) kept from the cost — a variant)",
        text=r"\frac{1}{m}X^T(X\theta-y) + \frac{\lambda}{2m}\theta",
        cost=_TQ_J,
        verdict="different",
        why="variant (λ/2m): the ½ of (λ/2m)Σθ² cancels against the 2 of the square, the gradient is λθ/m",
    ),
    # ============================================================ blog / README (LaTeX)
    Answer(
        id="f21-amir-nabla-W-minus-y-minus-sigma",
        source=AMIR + " ('Gradient of Cross Entropy Loss')",
        text=r"\nabla_{\boldsymbol{W}} L(\boldsymbol{W}, \textbf{X}, \textbf{y}) = - \frac{1}{n} \sum_i \left( y_i - "
        r"\boldsymbol{\sigma}(\textbf{W}^T\textbf{X}_i) \right) \textbf{X}_i",
        cost=_AMIR_L,
        verdict="equivalent",
        wrt="W_j",
        lets=_AMIR_LETS,
        why="−(1/n)Σ(y_i − σ)X_i = (1/n)Σ(σ − y_i)X_i, component j is the cross-entropy gradient",
    ),
    Answer(
        id="f21-amir-nabla-W-dropped-minus",
        source=AMIR + " (the ∇_W display without its leading minus — a variant)",
        text=r"\frac{1}{n} \sum_i \left( y_i - \boldsymbol{\sigma}(\textbf{W}^T\textbf{X}_i) \right) \textbf{X}_i",
        cost=_AMIR_L,
        verdict="different",
        wrt="W_j",
        lets=_AMIR_LETS,
        why="variant (sign): (1/n)Σ(y − σ)X_i is the mean log-likelihood's gradient, minus the cost's",
    ),
    Answer(
        id="f21-sayam-dL-dw-minus-2-over-n-XT",
        source=SAYAM + " (### 3. Gradient w.r.t Weights)",
        text=r"\frac{\partial \mathcal{L}}{\partial \mathbf{w}} = -\frac{2}{n} X^T (y - \hat{y})",
        cost=_SAYAM_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_SAYAM_LETS,
        why="−(2/n)Xᵀ(y − ŷ) = (2/n)Xᵀ(ŷ − y), the MSE's gradient (no ½ in the cost, so the 2 stays)",
    ),
    Answer(
        id="f21-sayam-dL-db-minus-2-over-n",
        source=SAYAM + " (### 4. Gradient w.r.t Bias)",
        text=r"\frac{\partial \mathcal{L}}{\partial b} = -\frac{2}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)",
        cost=_SAYAM_L,
        verdict="equivalent",
        wrt="b",
        lets=_SAYAM_LETS,
    ),
    Answer(
        id="f21-sayam-code-dw-drops-2",
        source=SAYAM + " (class LinearRegressionBGD, fit(): dw = …; y_hat and n_samples from the lines above; the "
        "cost is the notebook's own MSE display)",
        text="(1 / n_samples) * np.dot(X.T, (y_hat - y))",
        cost=_SAYAM_L,
        verdict="different",
        wrt="w_j",
        lets=_SAYAM_CODE_LETS,
        why="REAL slip: the notebook's loss is (1/n)Σ(y − ŷ)² and its own display says −(2/n)Xᵀ(y − ŷ), but the "
        "code uses (1/n)Xᵀ(ŷ − y), half the gradient (it still descends, so nobody noticed); self.weights is w, "
        "self.bias is b",
    ),
    Answer(
        id="f21-sayam-code-db-drops-2",
        source=SAYAM + " (fit(): db = …)",
        text="(1 / n_samples) * np.sum(y_hat - y)",
        cost=_SAYAM_L,
        verdict="different",
        wrt="b",
        lets=_SAYAM_CODE_LETS,
        why="REAL slip, as for dw: half of ∂L/∂b = (2/n)Σ(ŷ − y)",
    ),
    Answer(
        id="f21-mahdi-dL-dw-bare-sum-x",
        source=MAHDI + " (## Key Formulas, Gradients, the ∂L/∂w half; its trailing comma dropped)",
        text=r"\frac{\partial L}{\partial w} = \frac{1}{N} \sum ( \hat{y} - y )x",
        cost=_MAHDI_L,
        verdict="equivalent",
        wrt="w",
        lets=_MAHDI_LETS,
        why="an index-free Σ over the N examples, as in the cost: (1/N)Σ(ŷ_i − y_i)x_i",
    ),
    Answer(
        id="f21-mahdi-dL-db-bare-sum",
        source=MAHDI + " (## Key Formulas, Gradients, the ∂L/∂b half after \\quad)",
        text=r"\frac{\partial L}{\partial b} = \frac{1}{N} \sum ( \hat{y} - y )",
        cost=_MAHDI_L,
        verdict="equivalent",
        wrt="b",
        lets=_MAHDI_LETS,
    ),
    Answer(
        id="f21-mahdi-db-formula-given-for-w",
        source=MAHDI + " (the ∂L/∂b formula given as ∂L/∂w — a variant)",
        text=r"\frac{1}{N} \sum ( \hat{y} - y )",
        cost=_MAHDI_L,
        verdict="different",
        wrt="w",
        lets=_MAHDI_LETS,
        why="variant (missing x): that is ∂L/∂b; ∂L/∂w carries the feature x",
    ),
    Answer(
        id="f21-jordanott-partial-theta-j-nothing-differentiated",
        source=JORDANOTT + " ('The first partial derivative is', equation environment dropped)",
        text=r"\frac{\partial}{\partial \theta_j} = \sum_{i=1}^{N} [\sigma(x_i \theta) - y_i] x_{i,j}",
        cost=_JORD_L,
        verdict="equivalent",
        why="'∂/∂θ_j =' with the function left out (it is 𝓛); x_{i,j} is feature j of example i; a sum like the "
        "cost: Σ(σ(x_iθ) − y_i)x_ij",
    ),
    Answer(
        id="f21-jordanott-partial-with-1-over-N",
        source=JORDANOTT + " (the first partial derivative with a 1/N put in front — a variant)",
        text=r"\frac{1}{N}\sum_{i=1}^{N} [\sigma(x_i \theta) - y_i] x_{i,j}",
        cost=_JORD_L,
        verdict="different",
        why="variant (1/N added): the README's 𝓛 is a sum, not a mean; this is 1/N times its gradient",
    ),
    Answer(
        id="f21-sayem-nabla-minus-sum-y-minus-sigma",
        source=SAYEM + " (### Gradient of the negative log likelihood)",
        text=r"\nabla \mathcal{L}(w) = -\sum_{i=1}^{N} (y_i - \sigma(w^T x_i)) x_i",
        cost=_SAYEM_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_SAYEM_LETS,
        why="−Σ(y_i − σ)x_i = Σ(σ − y_i)x_i, the NLL's gradient (sum, no 1/N)",
    ),
    Answer(
        id="f21-sayem-nabla-dropped-minus",
        source=SAYEM + " (the ∇𝓛 display without its leading minus — a variant)",
        text=r"\sum_{i=1}^{N} (y_i - \sigma(w^T x_i)) x_i",
        cost=_SAYEM_L,
        verdict="different",
        wrt="w_j",
        lets=_SAYEM_LETS,
        why="variant (sign): the log-likelihood's gradient, minus the NLL's",
    ),
    # ============================================================ code
]
