r"""A fresh, blind held-out wave (f9): costs and gradient answers from sources no other corpus file uses.

Gathered blind (logderiv's code, docs and tests unread, apart from items.py and the header and a few items
of fresh_vectors.py) from:

* course notes in other languages: a French TP on the logistic log-likelihood in (β₀, β₁), a Ukrainian
  lecture deriving the logistic gradient step by step, Spanish notes (logistic cost, MSE with θ written
  as a Unicode letter, Lasso with |θ_i|), a French README on univariate descent whose sums run over k while
  the terms carry i, Chinese blog/notes (a log-loss whose Σ sits inside square brackets, CS229 notes whose
  hypothesis sums j up to m), and a plain-text markdown note written with sum(1, m, …);
* Octave/MATLAB exercise code: Spanish costFunction.m/linearRegCostFunction.m, a University of Zaragoza
  practical (CosteL2, CosteLogistico — which divides by size(X,2) —, CosteLogReg with th(1) = 0), row-vector
  h = sigmoid(z)', a cost continued with '...' and a comment, a fully inlined sigmoid;
* NumPy code: Ng-exercise ports (np.dot(y.T, …), np.square), a blog's training loop with pred_y, a
  one-feature theta0/theta1 module, a cost_function/grad module with a hypothesis function h(X, theta).

About a quarter of the answers are wrong: real ones (a gradient dividing by the number of columns, a ∂J/∂b
without its sum, a final line that drops the example index from y and x_j, a page's second 'dJ/dw' that is
the b derivative) and a few marked variants of real answers (a lost x_i, a sign slip in an expansion, a
regularised intercept, a flipped residual, a lost 1/m).

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped, a leading ``=`` or
``= &`` of a continued display dropped — ``source`` says so —; for code, the right-hand side of the
assignment or ``return``). ``cost`` and ``lets`` are the same source's. Verdicts and ``intended`` were worked
out by hand before logderiv was run. Files of the public code index whose repository the index does not name
are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ helpers (NumPy, by hand)


def _ce(p, y):
    """Per-example cross-entropy −[y log p + (1 − y) log(1 − p)]."""
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def _logistic_mean(d):
    """The usual logistic cost: mean cross-entropy of σ(Xθ)."""
    return float(np.mean(_ce(sig(d.X @ d.theta), d.y)))


def _beta01_loglik(d):
    """Σ y log p + (1 − y) log(1 − p), p = σ(β₀ + β₁ x): β₀ is d.theta0, β₁ is d.beta[0]."""
    p = sig(d.theta0 + d.beta[0] * d.x)
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


# ------------------------------------------------------------------ sources
AYA = "github:aya844/R-gression-Logistique-From-scratch:Méthode_du_gradient.ipynb"
YELIZ = (
    "github:YelizavetaP/ml_tasks:lectures/2_supervised_learning/2_2_logistic_regression/"
    "2_6_Математичне_формулювання_логістичної_регресії.ipynb"
)
WYQ = "github:wyq136/wyq136.github.io:source/_posts/logistic-regression.md"
JHARV_LOG = "github:Jharvichu/learning-notes:data_mining/Training/LogisticRegression.ipynb"
JHARV_LIN = "github:Jharvichu/learning-notes:data_mining/Training/LinearRegresion.ipynb"
JHARV_REG = "github:Jharvichu/learning-notes:data_mining/Training/RegularizedLinearModels.ipynb"
CS229_CN = (
    "GitHub markdown CS229 notes in Chinese, '## lecture1 linear Regression（线性回归）' (public code index file "
    "47409472254; the index names no repository)"
)
PBEJIAN = "github:pbejian/gradient:README.md"
WOO = "github:woo1127/Linear-Regression-From-Scratch:README.md"
PLAIN_NOTE = (
    "GitHub markdown note '# Simplified cost function and gradient descent', plain-text code blocks (public "
    "code index file 11768779793; the index names no repository)"
)
ES_COST = (
    "GitHub Octave costFunction.m, '%COSTFUNCTION Calculo del costo y gradiente' (public code index file "
    "42771994836; the index names no repository)"
)
ROW_H = (
    "GitHub Octave 'function [J, grad] = Costfunction(theta, x, y)' with h = sigmoid(z)' (public code index "
    "file 24721709659; the index names no repository)"
)
CONT = (
    "GitHub Octave lrCostFunction.m whose J is continued with '...    % unregularized cost' (public code index "
    "file 19028709494; the index names no repository)"
)
REG_ALL = (
    "GitHub Octave 'function [J, grad] = costFunction(theta, X, y, lambda)' with transpose(theta) * theta "
    "(public code index file 24819040426; the index names no repository)"
)
INLINE = (
    "GitHub Octave costFunction.m with the sigmoid written inline, 1./(1+exp(-theta'*X')) (public code index "
    "file 6769201883; the index names no repository)"
)
UNIZAR = "github:GryzleeVEVO/unizar-hardcore:Anyo3/Practicas/AprAuto/"
TIM = "github:Tim-xiaofan/AdrewNg-Homework:"
THETA01 = (
    "GitHub Python module 'def cost_function( x, y, theta0, theta1 )' / 'def gradient(x, y, theta_0, "
    "theta_1)' (public code index file 26909716511; the index names no repository)"
)
ALEXIS = "github:AlexisCodeBO/R_practicas:linearRegCostFunction.m"
HMOD = (
    "GitHub Python module with cost_function(X, y, theta), '# model hypothesis' def h(X, theta) and "
    "grad(theta, X, y, m) (public code index file 42940067627; the index names no repository)"
)

# ------------------------------------------------------------------ shared texts
_AYA_L = (
    "\\ell(\\beta_0,\\beta_1)\n= \\sum_{i=1}^n \\left[\ny_i \\log(p_i) + (1-y_i)\\log(1 - p_i)\n\\right]."
)
_AYA_LETS = ("p(x_i) = \\sigma(\\beta_0 + \\beta_1 x_i)\n= \\frac{1}{1 + e^{-(\\beta_0 + \\beta_1 x_i)}}.",)

_YELIZ_L = (
    r"L(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(h_\theta(x^{(i)})) + (1 - y^{(i)}) "
    r"\log(1 - h_\theta(x^{(i)})) \right]"
)
_YELIZ_LETS = (r"h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}",)

_WYQ_J = (
    r"-  \frac{1}{m} [\sum_{i=1}^{m} y^i \log{h_\theta(x^i)} + (1- y^i) \log{(1 - h_\theta(x^i))}]"
)
_WYQ_LETS = (r"h_\theta(x) = \frac{1}{1 + e^{-\bf{\theta{^T}x}}}",)
_WYQ_NP_J = "- (y * np.log(pred_y) + (1 - y) * np.log(1 - pred_y)).sum() / y.size"
_WYQ_NP_LETS = ("z = X.dot(theta) + bias", "pred_y = 1 / (1 + np.exp(-z))")

_JH_J = (
    r"J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \Big[ y^{(i)} \log\big(h_\theta(x^{(i)})\big) + (1 - y^{(i)}) "
    r"\log\big(1 - h_\theta(x^{(i)})\big) \Big]"
)
_JH_LETS = (r"\hat{p} = h_{\theta}(\mathbf{x}) = \sigma(\theta^T \mathbf{x})", r"\sigma(t) = \frac{1}{1 + \exp(-t)}")

_CN_J = r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2"
_CN_LETS = (r"h(x)=\sum^m_{j=0}\theta_jx_j", r"h_{\theta}(x)=h(x)")
_CN_LETS_FULL = _CN_LETS + (r"h_\theta(x^{(i)}) = \theta^T x^{(i)} = \sum_{j=0}^{n} \theta_j x_j^{(i)}",)
_CN_MAT_J = r"J(\theta)=\frac{1}{2m}(X\theta-y)^T(X\theta-y)"

_PB_J = r"J(w,b) = \dfrac{1}{m} \sum_{k=1}^m  \big((wx_i + b) - y_i\big) ^2"
_PB_SECOND = r"\frac{1}{m} \sum_{k=1}^m  2\big((wx_i + b) - y_i\big)"

_ES_J = "(1/m) * sum(-y.*log(h) - (1-y).*log(1-h))"
_ES_LETS = ("h = sigmoid(X * theta);",)
_ROW_J = "1 / m * (- log(h) * y - log(1 - h) * (1 - y))"
_ROW_LETS = ("z = x * theta;", "h = sigmoid(z)';")
_CONT_J = (
    "sum(  (y-1).*log(1-h) - y.*log(h) )/m ...    % unregularized cost\n"
    "    + lambda/(2*m)*(theta(2:end)'*theta(2:end))"
)
_CONT_LETS = ("h = sigmoid(X*theta);",)
_REG_ALL_J = "1 / m * (-log(h) * y - log(1 - h) * (1 - y)) + lambda / 2 / m * transpose(theta) * theta"
_REG_ALL_LETS = ("h = sigmoid(transpose(X * theta));",)
_INLINE_J = "1./m*sum((-y'.*log(1./(1+exp(-theta'*X'))))-((1-y)'.*log(1-1./(1+exp(-theta'*X')))))"

_UZ_L2_J = "(1/2)*sum(r.^2)"
_UZ_L2_LETS = ("r = X*theta - y;",)
_UZ_LOG_J = "(-y' * log(h) - (1-y') * log(1-h))/N"
_UZ_LOG_LETS = ("N = size(X,2);", "h = 1 ./ (1 + exp(-X* theta));")
_UZ_REG_J = "(-y' * log(h) - (1-y') * log(1-h))/N + (lambda/2) * (th' * th)"
_UZ_REG_LETS = ("[N ,D] = size(X);", "h = 1 ./ (1 + exp(-X* theta));", "th = theta; th(1) = 0;")

_TIM_LOG_J = "-(1 / m) * np.sum(p1 + p2)"
_TIM_LOG_LETS = (
    "m = len(y)",
    "z = np.dot(X, theta)",
    "p1 = np.dot(y.T, np.log(sigmoid(z)))",
    "p2 = np.dot(1 - y.T, np.log(1 - sigmoid(z)))",
)
_TIM_GRAD_LETS = ("m = len(X)", "z = np.dot(X, theta)")

_T01_J = "1/2 * np.sum(np.power(np.subtract(h_theta,y),2))"
_T01_LETS = ("h_theta = np.add(theta0,np.multiply(theta1,x))",)
_T01_ANS_LETS = _T01_LETS + ("prediction = np.add(np.dot(x,theta_1),theta_0)",)

_AL_J = "1/(2* m) * (W'*W + lambda * theta(2:end)'*theta(2:end))"
_AL_LETS = ("W = (X * theta)- y;",)
_AL_GRAD_LETS = ("W = (X * theta)- y;", "thetaw = theta;", "thetaw(1) = 0;")

_HM_J = "(1 / (2 * m)) * ((X.dot(theta) - y).T).dot(X.dot(theta) - y)"

_WOO_J = r"J(\vec{w},b) = \frac{1}{2m} \sum_{i=0}^{m} (f_{\vec{w},b}(\vec{x}^{(i)}) - y^{(i)})^2"
_WOO_LETS = (r"f_{\vec{w},b}(X) = \vec{w} \cdot X + b",)

COSTS: list[Cost] = [
    # ============================================================ LaTeX (and one plain-text note)
    Cost(
        id="f9-aya-loglik-beta0-beta1-pi",
        source=AYA + " (Modèle statistique et log-vraisemblance: ℓ(β₀,β₁); p from the 'modèle logistique' display)",
        text=_AYA_L,
        intended=_beta01_loglik,
        wrt=("beta_0", "beta_1"),
        lets=_AYA_LETS,
        why="the Bernoulli log-likelihood (maximised, no minus, no 1/n) of a one-feature model; the page defines "
        "p(x_i) and writes p_i for it in the sum; \\left[ … \\right] over three lines, trailing full stop",
    ),
    Cost(
        id="f9-yeliz-L-theta-uk",
        source=YELIZ + " (### Функція втрат для логістичної регресії, and h_θ(x) from 'де:')",
        text=_YELIZ_L,
        intended=_logistic_mean,
        lets=_YELIZ_LETS,
        why="the usual mean logistic loss, named L(θ); h_θ(x) = 1/(1 + e^{−θᵀx})",
    ),
    Cost(
        id="f9-wyq-sum-inside-brackets-superscript-i",
        source=WYQ + " (## 损失函数, the second line of the aligned, '= &' dropped; h from ## 模型)",
        text=_WYQ_J,
        intended=_logistic_mean,
        lets=_WYQ_LETS,
        why="y^i and x^i carry the example index as a superscript (not a power); the brackets hold the whole "
        "summand (the first line of the same align is (1/m)Σ Cost(…)), so both terms are summed; \\log{…} with "
        "brace groups; \\bf{\\theta{^T}x} is θᵀx",
    ),
    Cost(
        id="f9-jharv-logistic-Big-brackets",
        source=JHARV_LOG + " (Coste total de todos los datos de entrenamiento; p̂ and σ from the top of the page)",
        text=_JH_J,
        intended=_logistic_mean,
        lets=_JH_LETS,
        why="\\Big[ \\Big] and \\big( \\big) are sized delimiters; h_θ(x) = σ(θᵀx)",
    ),
    Cost(
        id="f9-jharv-mse-unicode-theta-subscript",
        source=JHARV_LIN + " (the second MSE display; trailing spaces dropped)",
        text=r"MSE(x, h_θ) = \frac{1}{N} \sum_{i=1}^{N} (y^{(i)} - \theta^T x^{(i)})^2",
        intended=lambda d: float(np.mean((d.y - d.X @ d.theta) ** 2)),
        why="the left side writes θ as a Unicode letter in h_θ; N is the number of examples; plain MSE (no ½)",
    ),
    Cost(
        id="f9-jharv-lasso-abs-refused",
        source=JHARV_REG + " (## Regularizacion Lasso (L1), 'La funcion de costo de la regresion ridge es:')",
        text=r"J(\theta) = MSE(\theta) + \alpha \sum_{i=1}^{n} |\theta_i|",
        intended=None,
        expect="refuse",
        why="|θ_i| (abs, not differentiable at 0; the page itself turns to a subgradient) and MSE(θ) is only a name",
    ),
    Cost(
        id="f9-cs229cn-half-sse-h-sum-to-m",
        source=CS229_CN + " (前置定义: J(θ); h(x) from the display above it, its '\\\\where \\ x_0=1' line left out)",
        text=_CN_J,
        intended=lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2)),
        lets=_CN_LETS,
        why="½ times the sum of squared errors, no 1/m; the hypothesis is θᵀx (x_0 = 1 absorbed in X); the note "
        "writes its upper limit as m, but it is the feature index j (later written Σ_{j=0}^{n}), not the m examples",
    ),
    Cost(
        id="f9-cs229cn-matrix-form-2m",
        source=CS229_CN + " (一些相关的计算: '成本函数')",
        text=_CN_MAT_J,
        intended=lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m),
        why="(Xθ − y)ᵀ(Xθ − y) is the sum of squared residuals",
    ),
    Cost(
        id="f9-pbejian-sum-over-k-terms-in-i",
        source=PBEJIAN + " (La fonction de coût que l'on doit minimiser)",
        text=_PB_J,
        intended=lambda d: float(np.mean((d.w[0] * d.x + d.b - d.y) ** 2)),
        wrt=("w", "b"),
        why="a typo of the page: the sum runs over k while the terms are indexed i — read as one index; one "
        "feature, scalar w and b, mean squared error without ½; \\big( \\big) ^2",
    ),
    Cost(
        id="f9-plainnote-sum-function-notation",
        source=PLAIN_NOTE + " ('Then, we have that:', the right side of the second '=')",
        text="-1/m sum(1, m, yi * log(h(xi)) + (1-yi) * log(1-h(xi)))",
        intended=_logistic_mean,
        why="plain text: sum(1, m, …) is Σ_{i=1}^{m}, yi and xi are y⁽ⁱ⁾, x⁽ⁱ⁾; h is the logistic hypothesis of "
        "the course (σ(θᵀx); the note: 'The only thing that changed is the definition of h(x)')",
    ),
    # ============================================================ Octave / MATLAB
    Cost(
        id="f9-es-octave-elementwise",
        source=ES_COST + " (J = …)",
        text=_ES_J,
        intended=_logistic_mean,
        lets=_ES_LETS,
    ),
    Cost(
        id="f9-octave-row-h-lowercase-x",
        source=ROW_H + " (J = …)",
        text=_ROW_J,
        intended=_logistic_mean,
        lets=_ROW_LETS,
        why="lowercase x is the m×(n+1) design matrix (the function's argument); h = sigmoid(z)' is a 1×m row, so "
        "log(h) * y is the inner product Σ y⁽ⁱ⁾ log h⁽ⁱ⁾",
    ),
    Cost(
        id="f9-octave-continuation-comment-reg",
        source=CONT + " (J = …, over two lines; the final '; % regulatization term' left out)",
        text=_CONT_J,
        intended=lambda d: _logistic_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2)),
        lets=_CONT_LETS,
        why="'...' continues the line and '% unregularized cost' is a comment; (y−1).*log(1−h) − y.*log(h) is the "
        "negated log-likelihood term; the penalty is over theta(2:end), i.e. d.theta[1:]",
    ),
    Cost(
        id="f9-octave-reg-all-theta-transpose",
        source=REG_ALL + " (J = …)",
        text=_REG_ALL_J,
        intended=lambda d: _logistic_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta**2)),
        lets=_REG_ALL_LETS,
        why="h is a 1×m row; lambda / 2 / m is λ/(2m); transpose(theta) * theta penalises every θ, the intercept "
        "included (as written)",
    ),
    Cost(
        id="f9-octave-inline-sigmoid",
        source=INLINE + " (J=…)",
        text=_INLINE_J,
        intended=_logistic_mean,
        why="1./(1+exp(-theta'*X')) is σ(Xθ) as a 1×m row; (−y').*log(…) and (1−y)'.*log(1−…) are elementwise",
    ),
    Cost(
        id="f9-unizar-costeL2-residual",
        source=UNIZAR + "Practica1/CosteL2.m (J = …)",
        text=_UZ_L2_J,
        intended=lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2)),
        lets=_UZ_L2_LETS,
    ),
    Cost(
        id="f9-unizar-costelogistico-N-columns",
        source=UNIZAR + "Practica3/CosteLogistico.m (J = …)",
        text=_UZ_LOG_J,
        intended=lambda d: float(np.sum(_ce(sig(d.X @ d.theta), d.y))) / d.n,
        lets=_UZ_LOG_LETS,
        why="as written N = size(X,2) is the number of COLUMNS (features), not of examples: the summed "
        "cross-entropy divided by n (the sibling CosteLogReg.m uses [N ,D] = size(X), the rows)",
    ),
    Cost(
        id="f9-unizar-costelogreg-th-zero-half-lambda",
        source=UNIZAR + "Practica3/CosteLogReg.m (J = …)",
        text=_UZ_REG_J,
        intended=lambda d: _logistic_mean(d) + d.lam / 2 * float(np.sum(d.theta[1:] ** 2)),
        lets=_UZ_REG_LETS,
        why="N is the number of rows (examples); th is θ with its first entry set to 0 ('% th(0) no se "
        "penaliza'); the penalty is λ/2 · Σ_{j≥2} θ_j², not divided by N",
    ),
    # ============================================================ NumPy
    Cost(
        id="f9-wyq-numpy-loss-bias",
        source=WYQ + " (## 代码实现, loss = …)",
        text=_WYQ_NP_J,
        intended=lambda d: float(np.mean(_ce(sig(d.X @ d.theta + d.b), d.y))),
        lets=_WYQ_NP_LETS,
        why="y.size is m; z = Xθ + bias (bias a separate scalar, held fixed for ∂/∂θ_j)",
    ),
    Cost(
        id="f9-tim-computecost-square",
        source=TIM + "ex1/computeCost.py (return …)",
        text="np.sum(np.square(z)) / (2 * m)",
        intended=lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m),
        lets=("m = len(X)", "z = np.dot(X, theta) - y"),
    ),
    Cost(
        id="f9-tim-costfunction-p1-p2",
        source=TIM + "ex2/costFunction.py (J = …)",
        text=_TIM_LOG_J,
        intended=_logistic_mean,
        lets=_TIM_LOG_LETS,
        why="p1 = yᵀ log σ(Xθ) and p2 = (1 − y)ᵀ log(1 − σ(Xθ)) are already sums; np.sum of a scalar",
    ),
    Cost(
        id="f9-theta0-theta1-half-sse-np-ops",
        source=THETA01 + " (cost_function: cost = …)",
        text=_T01_J,
        intended=lambda d: 0.5 * float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)),
        wrt=("theta_0", "theta_1"),
        lets=_T01_LETS,
        why="one feature; np.add/np.multiply/np.subtract/np.power spelled out; ½ Σ, no 1/m",
    ),
    Cost(
        id="f9-alexis-linreg-W-reg",
        source=ALEXIS + " (J = …)",
        text=_AL_J,
        intended=lambda d: (float(np.sum((d.X @ d.theta - d.y) ** 2)) + d.lam * float(np.sum(d.theta[1:] ** 2)))
        / (2 * d.m),
        lets=_AL_LETS,
        why="W is the residual vector; the penalty λ·Σ_{j≥2}θ_j² sits inside the 1/(2m)",
    ),
    Cost(
        id="f9-hmod-dot-transpose-2m",
        source=HMOD + " (cost_function: J = …)",
        text=_HM_J,
        intended=lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m),
        lets=("m = len(y)",),
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f9-aya-dl-dbeta0",
        source=AYA + " (Gradient de la log-vraisemblance, ∂ℓ/∂β₀, right side)",
        text="\\sum_{i=1}^n (y_i - p_i),",
        cost=_AYA_L,
        verdict="equivalent",
        wrt="beta_0",
        lets=_AYA_LETS,
        why="gradient of the log-likelihood (ascent direction, as the page uses it): Σ(y_i − p_i); trailing comma",
    ),
    Answer(
        id="f9-aya-dl-dbeta1",
        source=AYA + " (Gradient de la log-vraisemblance, ∂ℓ/∂β₁, right side)",
        text="\\sum_{i=1}^n x_i (y_i - p_i).",
        cost=_AYA_L,
        verdict="equivalent",
        wrt="beta_1",
        lets=_AYA_LETS,
    ),
    Answer(
        id="f9-aya-dl-dbeta1-variant-no-x",
        source=AYA + " (variant of the ∂ℓ/∂β₁ line: the β₀ component given for β₁)",
        text="\\sum_{i=1}^n (y_i - p_i).",
        cost=_AYA_L,
        verdict="different",
        wrt="beta_1",
        lets=_AYA_LETS,
        why="VARIANT (not on the page): the factor x_i of ∂(β₀ + β₁x_i)/∂β₁ is lost",
    ),
    Answer(
        id="f9-yeliz-step5-two-terms",
        source=YELIZ + " (5. Об'єднання похідних, first display, right side)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} (1 - h_\theta(x^{(i)})) x_j^{(i)} + (1 - y^{(i)}) "
        r"(-h_\theta(x^{(i)})) x_j^{(i)} \right]",
        cost=_YELIZ_L,
        verdict="equivalent",
        lets=_YELIZ_LETS,
        why="−(1/m)Σ[y(1−h) − (1−y)h]x_j = (1/m)Σ(h − y)x_j",
    ),
    Answer(
        id="f9-yeliz-step5-minus-sign",
        source=YELIZ + " (5., second display, leading '=' dropped)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} (1 - h_\theta(x^{(i)})) x_j^{(i)} - (1 - y^{(i)}) "
        r"h_\theta(x^{(i)}) x_j^{(i)} \right]",
        cost=_YELIZ_L,
        verdict="equivalent",
        lets=_YELIZ_LETS,
    ),
    Answer(
        id="f9-yeliz-step5-expanded-four-terms",
        source=YELIZ + " (5., third display, leading '=' dropped)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} x_j^{(i)} - y^{(i)} h_\theta(x^{(i)}) x_j^{(i)} - "
        r"h_\theta(x^{(i)}) x_j^{(i)} + y^{(i)} h_\theta(x^{(i)}) x_j^{(i)} \right]",
        cost=_YELIZ_L,
        verdict="equivalent",
        lets=_YELIZ_LETS,
        why="the two y·h·x_j terms cancel: −(1/m)Σ(y − h)x_j",
    ),
    Answer(
        id="f9-yeliz-step5-expanded-sign-slip-variant",
        source=YELIZ + " (variant of the third display of 5.: the last term's sign flipped)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} x_j^{(i)} - y^{(i)} h_\theta(x^{(i)}) x_j^{(i)} - "
        r"h_\theta(x^{(i)}) x_j^{(i)} - y^{(i)} h_\theta(x^{(i)}) x_j^{(i)} \right]",
        cost=_YELIZ_L,
        verdict="different",
        lets=_YELIZ_LETS,
        why="VARIANT (not on the page): with − y h x_j the cross terms no longer cancel; an extra (2/m)Σ y h x_j",
    ),
    Answer(
        id="f9-yeliz-step5-y-minus-h",
        source=YELIZ + " (5., fourth display, leading '=' dropped)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} x_j^{(i)} - h_\theta(x^{(i)}) x_j^{(i)} \right]",
        cost=_YELIZ_L,
        verdict="equivalent",
        lets=_YELIZ_LETS,
    ),
    Answer(
        id="f9-yeliz-final-bracketed",
        source=YELIZ + " (5., last display, leading '=' dropped)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} \left[ (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} \right]",
        cost=_YELIZ_L,
        verdict="equivalent",
        lets=_YELIZ_LETS,
    ),
    Answer(
        id="f9-wyq-update-term-superscript-i",
        source=WYQ + " (## 梯度下降: the term after α in θ_j := θ_j − α …)",
        text=r"\frac{1}{m} \sum_{i=1}^{m}{(h_\theta(x^i) - y^i)x_j^i}",
        cost=_WYQ_J,
        verdict="equivalent",
        lets=_WYQ_LETS,
        why="superscript i is the example index; the braces only group the summand",
    ),
    Answer(
        id="f9-wyq-final-line-unindexed-y-xj",
        source=WYQ + " (## 具体求导过程, the last line of the aligned, '=&' dropped)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^i) - y) x_j",
        cost=_WYQ_J,
        verdict="different",
        lets=_WYQ_LETS,
        why="as written y and x_j carry no example index: they do not follow the sum over i (the post's "
        "derivation drops the index from its second line on); the correct term is (h(x^i) − y^i)x_j^i",
    ),
    Answer(
        id="f9-jharv-vector-sum-trailing-dot",
        source=JHARV_LOG + " (### Gradiente del Costo, the last expression of ∇_θ J(θ) = … = …)",
        text=r"\frac{1}{m}\sum_{i=1}^m \big(h_\theta(x^{(i)}) - y^{(i)}\big)\, x^{(i)}.",
        cost=_JH_J,
        verdict="equivalent",
        lets=_JH_LETS,
        why="the whole gradient vector; component j of x⁽ⁱ⁾ gives (1/m)Σ(h − y)x_j⁽ⁱ⁾; '\\,' a thin space",
    ),
    Answer(
        id="f9-jharv-matrix-bold-h",
        source=JHARV_LOG + " (De forma vectorizada; h from 'Definimos:')",
        text=r"\frac{1}{m} X^T (\mathbf{h} - \mathbf{y})",
        cost=_JH_J,
        verdict="equivalent",
        lets=_JH_LETS + (r"\mathbf{h} = \sigma(X\theta)",),
        why="X is m × n with rows x⁽ⁱ⁾ᵀ (the page says so)",
    ),
    Answer(
        id="f9-jharv-matrix-variant-flipped-residual",
        source=JHARV_LOG + " (variant of the vectorised gradient: y − h for h − y)",
        text=r"\frac{1}{m} X^T (\mathbf{y} - \mathbf{h})",
        cost=_JH_J,
        verdict="different",
        lets=_JH_LETS + (r"\mathbf{h} = \sigma(X\theta)",),
        why="VARIANT (not on the page): the residual flipped, the ascent direction −∇J",
    ),
    Answer(
        id="f9-cs229cn-sum-xj-no-m",
        source=CS229_CN + " ('将其代入到偏导数表达式中', the right side)",
        text=r"\sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}",
        cost=_CN_J,
        verdict="equivalent",
        lets=_CN_LETS_FULL,
        why="the cost is ½Σ (no 1/m), so the gradient has no 1/m either",
    ),
    Answer(
        id="f9-cs229cn-chain-rule-partial-h",
        source=CS229_CN + " ('利用链式法则，可以推导出', the right side; trailing space dropped)",
        text=r"\sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) \cdot \frac{\partial}{\partial \theta_j} "
        r"h_\theta(x^{(i)})",
        cost=_CN_J,
        verdict="equivalent",
        lets=_CN_LETS_FULL,
        why="∂h_θ(x⁽ⁱ⁾)/∂θ_j = x_j⁽ⁱ⁾ for the linear hypothesis: the same as the simplified line",
    ),
    Answer(
        id="f9-cs229cn-matrix-gradient",
        source=CS229_CN + " (一些相关的计算: '梯度向量', right side)",
        text=r"\frac{1}{m}X^T(X\theta-y)",
        cost=_CN_MAT_J,
        verdict="equivalent",
    ),
    Answer(
        id="f9-pbejian-dw-times-xi",
        source=PBEJIAN + " ('Voici la dérivée partielle de J par rapport à w', right side)",
        text=r"\frac{1}{m} \sum_{k=1}^m  2\big((wx_i + b) - y_i\big) \times x_i",
        cost=_PB_J,
        verdict="equivalent",
        wrt="w",
        why="the same k/i index typo as the cost, read as one index; 2·(1/m)Σ(wx + b − y)x",
    ),
    Answer(
        id="f9-pbejian-second-display-as-db",
        source=PBEJIAN + " ('Puis celle par rapport à b', right side; its left side reads ∂J/∂w by a typo)",
        text=_PB_SECOND,
        cost=_PB_J,
        verdict="equivalent",
        wrt="b",
        why="announced as the derivative with respect to b; it is (2/m)Σ(wx_i + b − y_i)",
    ),
    Answer(
        id="f9-pbejian-second-display-as-labelled-dw",
        source=PBEJIAN + " (the same display, graded as what its left side says: ∂J/∂w)",
        text=_PB_SECOND,
        cost=_PB_J,
        verdict="different",
        wrt="w",
        why="the page labels this ∂J/∂w(w,b) = …, but the factor x_i is missing: as a w derivative it is wrong",
    ),
    Answer(
        id="f9-woo-db-without-sum",
        source=WOO + " (### Compute Gradient of Cost, ∂J/∂b, right side; cost and f from the sections above)",
        text=r"\frac{1}{m} (f_{\vec{w},b}(X) - Y)",
        cost=_WOO_J,
        verdict="different",
        wrt="b",
        lets=_WOO_LETS,
        why="the sum over the examples is missing: (1/m)(f(X) − Y) is an m-vector of residuals, not the scalar "
        "(1/m)Σ(f(x⁽ⁱ⁾) − y⁽ⁱ⁾)",
    ),
    # ============================================================ plain text
    Answer(
        id="f9-plainnote-sum-function-xji",
        source=PLAIN_NOTE + " (## Gradient descent, '\\delta / \\delta \\thetaj J(\\theta) = …', right side)",
        text="1/m sum(1,m, (h(xi) - yi) xji)",
        cost="logistic",
        verdict="equivalent",
        why="plain text: sum(1,m, …) is Σ_{i=1}^{m}; xji is x_j⁽ⁱ⁾ (feature j of example i, like \\thetaj for θ_j); "
        "the note's cost is the usual logistic one",
    ),
    # ============================================================ Octave / MATLAB
    Answer(
        id="f9-es-octave-grad-row-sum",
        source=ES_COST + " (grad = …)",
        text="(1/m) * sum((h-y).*X)",
        cost=_ES_J,
        verdict="equivalent",
        lets=_ES_LETS,
        why="(h−y).*X broadcasts the m-vector over the columns; sum over the rows gives Σ(h − y)x_j as a 1×n row",
    ),
    Answer(
        id="f9-octave-row-h-grad-transpose-back",
        source=ROW_H + " (grad = …)",
        text="1 / m *  x' *  (h' - y)",
        cost=_ROW_J,
        verdict="equivalent",
        lets=_ROW_LETS,
        why="h' turns the 1×m row back into a column: x'(h − y)/m",
    ),
    Answer(
        id="f9-octave-continuation-grad-zero-first",
        source=CONT + " (grad = …)",
        text="X'*(h-y)/m + [0; lambda/m*theta(2:end)]",
        cost=_CONT_J,
        verdict="equivalent",
        lets=_CONT_LETS,
        why="[0; …] leaves the intercept unpenalised, as the cost does",
    ),
    Answer(
        id="f9-octave-reg-all-grad",
        source=REG_ALL + " (grad = …)",
        text="1 / m * transpose(X) * (transpose(h) - y) + lambda / m * theta",
        cost=_REG_ALL_J,
        verdict="equivalent",
        lets=_REG_ALL_LETS,
        why="this cost penalises every θ (intercept included), so λθ/m on every component matches it",
    ),
    Answer(
        id="f9-octave-inline-grad-row",
        source=INLINE + " (grad=…)",
        text="1./m*(1./(1+exp(-theta'*X')) -y')*X",
        cost=_INLINE_J,
        verdict="equivalent",
        why="(σ row − y')·X is the 1×n row Σ(h − y)x_j, times 1/m",
    ),
    Answer(
        id="f9-unizar-costeL2-grad",
        source=UNIZAR + "Practica1/CosteL2.m (grad = …)",
        text="X'*r",
        cost=_UZ_L2_J,
        verdict="equivalent",
        lets=_UZ_L2_LETS,
    ),
    Answer(
        id="f9-unizar-costelogistico-grad-own-cost",
        source=UNIZAR + "Practica3/CosteLogistico.m (grad = …)",
        text="X' * (h-y) / N",
        cost=_UZ_LOG_J,
        verdict="equivalent",
        lets=_UZ_LOG_LETS,
        why="against its own cost (also divided by N = size(X,2)) the gradient matches",
    ),
    Answer(
        id="f9-unizar-costelogistico-grad-vs-logistic",
        source=UNIZAR + "Practica3/CosteLogistico.m (grad = …, graded against the usual logistic cost)",
        text="X' * (h-y) / N",
        cost="logistic",
        verdict="different",
        lets=_UZ_LOG_LETS,
        why="N = size(X,2) is the number of features, not of examples: Xᵀ(h − y)/n instead of /m (a real bug of "
        "the file; CosteLogReg.m takes N from the rows)",
    ),
    Answer(
        id="f9-unizar-costelogreg-grad-th",
        source=UNIZAR + "Practica3/CosteLogReg.m (grad = …)",
        text="X' * (h-y) / N + lambda * th",
        cost=_UZ_REG_J,
        verdict="equivalent",
        lets=_UZ_REG_LETS,
        why="the penalty (λ/2)·thᵀth has gradient λ·th (th₁ = 0), not divided by N, as the cost",
    ),
    Answer(
        id="f9-alexis-grad-thetaw",
        source=ALEXIS + " (grad = …, the second assignment)",
        text="1/m *(X' * W+lambda * thetaw)",
        cost=_AL_J,
        verdict="equivalent",
        lets=_AL_GRAD_LETS,
    ),
    Answer(
        id="f9-alexis-grad-variant-theta-intercept",
        source=ALEXIS + " (variant of grad: theta for thetaw)",
        text="1/m *(X' * W+lambda * theta)",
        cost=_AL_J,
        verdict="different",
        lets=_AL_LETS,
        why="VARIANT (not in the file): the intercept θ₁ is regularised although the cost's penalty starts at "
        "theta(2)",
    ),
    # ============================================================ NumPy
    Answer(
        id="f9-wyq-numpy-grad-theta-row",
        source=WYQ + " (## 代码实现, grad_theta = …)",
        text="(pred_y - y).T.dot(X) / y.size",
        cost=_WYQ_NP_J,
        verdict="equivalent",
        lets=_WYQ_NP_LETS,
        why="(pred_y − y)ᵀX is Σ(σ − y)x_j; y.size is m",
    ),
    Answer(
        id="f9-jharv-numpy-matmul",
        source=JHARV_LOG + " (def gradientDescent: gradients = …; h from the line above)",
        text="1/m * X.T @ (h - y)",
        cost="logistic",
        verdict="equivalent",
        lets=("h = sigmoid(X @ theta)",),
        why="the notebook's cost is the usual mean logistic loss (the J(θ) display above)",
    ),
    Answer(
        id="f9-tim-gradient-sigmoid-z",
        source=TIM + "Exercise2-Logistic-Regression/gradient.py (return …; costFunction.py returns it as grad)",
        text="(1 / m) * np.dot(X.T, (sigmoid(z) - y))",
        cost=_TIM_LOG_J,
        verdict="equivalent",
        lets=_TIM_LOG_LETS,
        why="gradient.py sets m = len(X), the same number of examples as len(y)",
    ),
    Answer(
        id="f9-tim-gradient-variant-lost-1-over-m",
        source=TIM + "Exercise2-Logistic-Regression/gradient.py (variant: the (1 / m) factor lost)",
        text="np.dot(X.T, (sigmoid(z) - y))",
        cost=_TIM_LOG_J,
        verdict="different",
        lets=_TIM_LOG_LETS,
        why="VARIANT (not in the file): m times the gradient of the mean cost",
    ),
    Answer(
        id="f9-theta01-d-theta0",
        source=THETA01 + " (gradient: d_theta_0 = …; prediction from the line above)",
        text="np.sum(np.subtract(prediction,y))",
        cost=_T01_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_T01_ANS_LETS,
        why="the cost's theta0/theta1 are the gradient function's theta_0/theta_1 (the same parameters); ½Σ gives "
        "Σ(θ₀ + θ₁x − y)",
    ),
    Answer(
        id="f9-theta01-d-theta1-dot",
        source=THETA01 + " (gradient: d_theta_1 = …)",
        text="np.sum(x.dot(np.subtract(prediction,y)))",
        cost=_T01_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_T01_ANS_LETS,
        why="x.dot(residuals) is already the scalar Σ x⁽ⁱ⁾(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾); np.sum of a scalar",
    ),
    Answer(
        id="f9-hmod-grad-function-h",
        source=HMOD + " (grad: grad = …; h from '# model hypothesis')",
        text="(1 / m) * (X.T).dot(h(X, theta) - y)",
        cost=_HM_J,
        verdict="equivalent",
        lets=("m = len(y)", "def h(X, theta):\n    return X.dot(theta)"),
        why="h(X, theta) is X.dot(theta), the module's hypothesis function",
    ),
]
