r"""A fresh held-out wave (f7): gradients as whole vectors, log-likelihood gradients, column layouts.

Gathered blind (logderiv's code and docs unread) for issue 11, from pages and files no other corpus file
uses, in roughly equal thirds:

* whole-gradient VECTOR answers: a sum over examples of a per-example scalar times the feature vector
  (x_i, \textbf{x}^{(i)}), matrix forms Xᵀ(σ(Xθ) − y)/m, row forms (h − y)ᵀX / sum((h − y) .* X), a tuple
  of components;
* LOG-LIKELIHOOD gradients (maximisation): Σ(y_i − σ)x_i, Xᵀ(y − h) against the source's own log-likelihood
  (equivalent), and the same answers against the usual cost (preset "logistic"), where they are −m∇J
  (different);
* COLUMN-LAYOUT (DeepLearning.AI) code: X n×m, A and Y 1×m, ``np.dot(X, (A - Y).T) / m`` and
  ``np.sum(A - Y) / m``, each with the source's own cost and its lets.

About a quarter are wrong (a lost 1/m, an extra 1/n against a summed likelihood, the ascent direction
given for the descent cost, a regularisation gradient that is not the cost's).

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the
right-hand side of the assignment or ``return``); ``cost`` and ``lets`` are the same source's, verbatim
(where a cost is a part of a longer line, ``source`` says which part). Verdicts were worked out by hand
before logderiv was run. Files of the public code index whose repository the index does not name are
cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

from .items import Answer, Cost  # noqa: F401  (Cost: the type COSTS holds)

# ------------------------------------------------------------------ sources
BRANDOKOCH = (
    "GitHub README 'Linear regression gradient calculation' (it links "
    "https://blog.brandokoch.com/posts/2023_linear_regression/linear_regression.html; public code index "
    "file 27849621172, the index names no repository)"
)
NLLNOTE = (
    "GitHub markdown note 'Gradient of the Negative Log-Likelihood for Logistic Regression' (public code "
    "index file 41541580822; the index names no repository)"
)
IRIS = (
    "GitHub notebook export with def LOGR(X,Y,lr,epoch) and '##Assignment' on Iris.csv (public code index "
    "file 3966921951; the index names no repository)"
)
OCT_ROW = (
    "GitHub Octave lrCostFunction.m, '% Vectorizing the Cost function' / '% Vectorizing the gradient "
    "calculation' (public code index file 42796634101; the index names no repository)"
)
OCT_BROADCAST = (
    "GitHub Octave lrCostFunction.m with reg_theta (public code index file 25831515911; the index names no "
    "repository)"
)
OCT_COSTSUM = (
    "GitHub Octave lrCostFunction.m: 'cost = sum(…); grad = X' * (h - y); … J = cost / m + …; "
    "grad = grad / m;' (public code index file 15254104047; the index names no repository)"
)
AND2797 = "github:AND2797/Stanford_ML_Coursera:machine-learning-ex2/ex2/costFunctionReg.m"
ROMGRIPPER = "github:romgripper/machine_learning:machine-learning-ex2/ex2/costFunctionReg.m"
XSHAPE = (
    "GitHub Python propagate(w,b,x,y) with m = x.shape[1] and a = sigmoid(np.dot(x,w) + b) (public code "
    "index file 29577295562; the index names no repository)"
)
STUDANSHU = "github:studanshu/cs229-finalproject-aar-fall2012:Code/logistic_grad_ascent.m"
LLNOTES = (
    "GitHub markdown notes, '### Likelihood and Log-Likelihood' and '### Gradient Ascent for Logistic "
    "Regression' (public code index file 20258621626; the index names no repository)"
)
CSE6040 = (
    "GitHub markdown export of a CSE 6040 notebook on logistic regression by MLE, Parts 3 and 4 (public code "
    "index file 24533260934; the index names no repository)"
)
ESLTW = (
    "GitHub markdown notes on ESL 4.4 in Chinese, '### 配適 Logistic Regression 的參數' (public code index "
    "file 23225169451; the index names no repository)"
)
HILLCLIMB = (
    "GitHub Octave 'function B = logistic_grad_ascent(X, Y)' (public code index file 34205400675; the index "
    "names no repository)"
)
SHEVIV = "github:sheviv/mirrors:dl_spec/nn_and_dl/first_second_w/propagate.py"
DLNOTES = (
    "GitHub markdown notes '### Logistic Regression with a neural network mindset' (public code index file "
    "41950367044; the index names no repository)"
)
SLASH_MINUS_M = (
    "GitHub Python propagate with 'cost = (…) / -m' and 'dw = … # dJ/dw  #?????????' (public code index file "
    "22147491293; the index names no repository)"
)
CN_PROPAGATE = (
    "GitHub Python propagate with Chinese comments (#前向传播, #反向传播) (public code index file "
    "24810356120; the index names no repository)"
)
SUM_DOT = (
    "GitHub Python propagate, 'cost = sum(np.dot(np.log(A),Y.T) + …) / -m' (public code index file "
    "34710141153; the index names no repository)"
)
LOWERCASE = (
    "GitHub Python script, a training loop in lowercase x, a, y (# 正向传递, # 反向传递) (public code index "
    "file 1566128657; the index names no repository)"
)
Y_SIZE = (
    "GitHub Python propagate dividing by Y.size (public code index file 12228052652; the index names no "
    "repository)"
)
UNDIVIDED = (
    "GitHub Python propagate that returns cost,dw,db and divides dw, db by numberOfExamples on later lines "
    "(public code index file 32045075072; the index names no repository)"
)
LAMBD = (
    "GitHub Python propagate(w, b, lambd, X, Y, cost_function) (public code index file 6177506794; the "
    "index names no repository)"
)
LAMBD_ROW = (
    "GitHub Python propagate(w, b, lambd, X, Y, cost_function) with Z = np.dot(w, X) + b (public code index "
    "file 6214620975; the index names no repository)"
)

# ------------------------------------------------------------------ shared texts
_BK_J = r"\frac{1}{2m} \sum_{i=1}^{m} \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)^2"
_NLL_J = r"J(w,b) = - \sum_{i=1}^n \Big[ y_i \log p_i + (1 - y_i) \log(1 - p_i) \Big]"
_NLL_LETS = (r"z_i = w^\top x_i + b", r"p_i = \sigma(z_i) = \frac{1}{1 + e^{-z_i}}")
_OCT_H = ("h = sigmoid(X * theta);",)
_OCT_COST = "sum(-y .* log(h) - (1 - y) .* log(1 - h))"
_STUDANSHU_LL = "sum( y .* log(hx) + (1 - y) .* log(1 - hx) )"
_STUDANSHU_LETS = ("hx = sigmoid(X*theta);",)
_LL_NP = "np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))"
_LL_NP_LETS = ("h = sigmoid(X @ theta)",)
_CSE_LL_NP = "y.T.dot(X).dot(theta) + np.ones(len(X)).dot(np.log(logistic(-X.dot(theta))))"
_CSE_GRAD_NP = "X.T.dot(y - logistic(X.dot(theta)))"
_ESLTW_L = r"l(\beta) = \sum_{i=1}^N\{y_i\beta^Tx_i -\ln(1+e^{\beta^Tx_i})  \}"
_ESLTW_LETS = (r"p(x_i;\beta) = \frac{e^{\beta^Tx}}{1+e^{\beta^Tx}}",)
_SHEVIV_COST = "-1/m * (np.dot(Y, np.log(A).T) + np.dot((1-Y), np.log(1 - A).T))"
_SHEVIV_LETS = ("m = X.shape[1]", "A = sigmoid(np.dot(w.T, X) + b)")
_DLNOTES_COST = "-(np.dot(Y, np.log(A).T) + np.dot((1 - Y), (np.log(1 - A).T)))/m"
_DLNOTES_LETS = (r"A = \sigma(w^T X + b)",)
_CN_COST = "np.sum(np.multiply(Y,np.log(A))+np.multiply(1-Y,np.log(1-A)))/(-m)"
_CN_LETS = ("m = X.shape[1]", "Z = np.dot(w.T,X)+b", "A = 1/(1 + np.exp(-Z))")
_YSIZE_COST = "np.sum((Y*np.log((A)) - (Y-1)*np.log((-(A-1)))))/(-m)"
_YSIZE_LETS = ("m = X.shape[1]", "A =  sigmoid(np.dot(w.T,X)+b)")
_UNDIV_LETS = (
    "Z = np.dot(w.T,X)+b",
    "A = sigmoid(Z)",
    "dz = A - Y",
    "Lost = -1 * (Y * np.log(A) + (1-Y) * np.log(1-A))",
    "numberOfExamples=Y.shape[1]",
)
_LAMBD_COST = (
    "-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis = 1, keepdims = True) "
    "+ lambd/(2*m)*np.sum(w.T, axis=1, keepdims=True)"
)
_LAMBD_LETS = ("m = X.shape[1]", "Z = np.dot(w.T, X) + b", "A = sigmoid(Z)")

COSTS: list[Cost] = []

ANSWERS: list[Answer] = [
    # ============================================================ 1. whole-gradient vectors, matrix and row forms
    Answer(
        id="f7-brandokoch-vector-sum",
        source=BRANDOKOCH + " (Vectorizing the derivation result, the last line of the ∇_θ J block; the cost is "
        "the second line of 'Vectorized derivative calculation')",
        text=r"\frac{1}{m} \sum_{i=1}^{m}  \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)  "
        r"\textbf{x}^{(i)}",
        cost=_BK_J,
        verdict="equivalent",
        why="the gradient of (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² as one vector: component j of x⁽ⁱ⁾ gives (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾",
    ),
    Answer(
        id="f7-brandokoch-matrix",
        source=BRANDOKOCH + " (the display after 'If we transpose X and put it on the left side')",
        text=r"\nabla_{\boldsymbol{\theta}} J  = \frac{1}{m} \textbf{X}^T(\textbf{X}\boldsymbol{\theta} - \textbf{y})",
        cost=_BK_J,
        verdict="equivalent",
        why="X has rows (x⁽ⁱ⁾)ᵀ (the page says so): Xᵀ(Xθ − y)/m is Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾/m",
    ),
    Answer(
        id="f7-brandokoch-tuple-of-components",
        source=BRANDOKOCH + " (the ∇_θ J block, second line)",
        text=r"\left( \frac{1}{m} \sum_{i=1}^{m}  \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)  "
        r"x_0^{(i)} , \dots, \frac{1}{m} \sum_{i=1}^{m}  \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} "
        r"\right)  x_n^{(i)} \right)",
        cost=_BK_J,
        verdict="equivalent",
        why="the gradient written as the tuple of its components 0…n (x₀⁽ⁱ⁾ = 1 on the page): each is "
        "(1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾",
    ),
    Answer(
        id="f7-nllnote-vector-sum",
        source=NLLNOTE + " (Step 3, the boxed ∇_w J(w,b); cost from 'Negative Log-Likelihood'; lets from the "
        "'Define the linear predictor' display, split at its \\qquad)",
        text=r"\nabla_w J(w,b) = \sum_{i=1}^n (p_i - y_i) x_i",
        cost=_NLL_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_NLL_LETS,
        why="x_i is the feature vector of observation i (the note says x_i ∈ R^d); the NLL is a sum (no 1/n), "
        "so its gradient is Σ(p_i − y_i)x_i",
    ),
    Answer(
        id="f7-nllnote-matrix",
        source=NLLNOTE + " (Vectorized Form, the boxed ∇_w J; p from the 'Let:' list)",
        text=r"\nabla_w J = X^\top (p - y)",
        cost=_NLL_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_NLL_LETS + (r"p = \sigma(Xw + b\mathbf{1})",),
        why="X has rows x_iᵀ and p stacks the p_i: Xᵀ(p − y) = Σ(p_i − y_i)x_i",
    ),
    Answer(
        id="f7-nllnote-bias-ones",
        source=NLLNOTE + " (Vectorized Form, the boxed ∂J/∂b)",
        text=r"\frac{\partial J}{\partial b} = \mathbf{1}^\top (p - y)",
        cost=_NLL_J,
        verdict="equivalent",
        wrt="b",
        lets=_NLL_LETS + (r"p = \sigma(Xw + b\mathbf{1})",),
        why="𝟏ᵀ(p − y) = Σ(p_i − y_i), the derivative of the summed NLL by b",
    ),
    Answer(
        id="f7-iris-row-layout-code",
        source=IRIS + " (def LOGR: dw=…; cost1=… and h, a, m from the same loop)",
        text="np.dot(X.T,(a-Y))/m",
        cost="-(np.sum(Y*np.log(a)+(1-Y)*np.log(1-a)))/m",
        verdict="equivalent",
        wrt="w_j",
        lets=("m=X.shape[0]", "h =np.dot(X,w)+b", "a=sigmoid(h)"),
        why="examples are rows here (X = X1.T, m = X.shape[0], h = Xw + b): Xᵀ(a − Y)/m is the gradient of the "
        "mean cross-entropy",
    ),
    Answer(
        id="f7-octave-row-form",
        source=OCT_ROW + " (grad = … '% take the gradient'; the cost is the unregularised 'unreg' with h, A, B "
        "above it)",
        text="(1/m) * (h - y)' * X",
        cost="(1/m) * (A - B)",
        verdict="equivalent",
        lets=("h = sigmoid(X * theta);", "A = -y' * log(h);", "B = (1-y)' * log(1-h);"),
        why="A − B = −y'log(h) − (1−y)'log(1−h); its gradient is Xᵀ(h − y)/m, and (h − y)'X/m is the same "
        "vector as a row (the source transposes it on the next line)",
    ),
    Answer(
        id="f7-octave-sum-broadcast-row",
        source=OCT_BROADCAST + " (grad = (1/m) * sum((h - y) .* X); the cost is the first term of its J = …, "
        "before '+ (lambda/(2*m)) * …')",
        text="(1/m) * sum((h - y) .* X)",
        cost="(1/m) * sum(-y .* log(h) - (1 - y) .* log(1 - h))",
        verdict="equivalent",
        lets=("h = sigmoid(X* theta);",),
        why="(h − y) .* X broadcasts the m×1 residual over the m×n X; sum over rows gives the 1×n row "
        "Σᵢ(hᵢ − yᵢ)xᵢⱼ, divided by m: the unregularised gradient as a row",
    ),
    Answer(
        id="f7-octave-sum-cost-sum-grad",
        source=OCT_COSTSUM + " (grad = X' * (h - y); against the line above it, cost = …)",
        text="X' * (h - y)",
        cost=_OCT_COST,
        verdict="equivalent",
        lets=_OCT_H,
        why="cost is the sum over examples, no 1/m: its gradient is exactly Xᵀ(h − y)",
    ),
    Answer(
        id="f7-octave-sum-grad-against-mean",
        source=OCT_COSTSUM + " (grad = X' * (h - y), before 'grad = grad / m'; against the first term of "
        "J = cost / m + …)",
        text="X' * (h - y)",
        cost="cost / m",
        verdict="different",
        lets=_OCT_H + ("cost = sum(-y .* log(h) - (1 - y) .* log(1 - h));",),
        why="J = cost/m has gradient Xᵀ(h − y)/m; the line as written is m times that (the source divides on "
        "a later line): a lost 1/m",
    ),
    Answer(
        id="f7-octave-sum-grad-against-logistic",
        source=OCT_COSTSUM + " (grad = X' * (h - y), before 'grad = grad / m'; against the usual cost)",
        text="X' * (h - y)",
        cost="logistic",
        verdict="different",
        lets=_OCT_H,
        why="the logistic cost is the mean, ∇J = Xᵀ(h − y)/m: the sum form is m·∇J",
    ),
    Answer(
        id="f7-and2797-row-regularised",
        source=AND2797 + " (grad = …; J = J_1 + J_2 and the lines defining them)",
        text="((1 / m) * (h_x- y)' * X) + lambda / m * (t_z)'",
        cost="J_1 + J_2",
        verdict="equivalent",
        lets=(
            "h_x = sigmoid(X*theta);",
            "J_1 = (1/m) * (-y' * log(h_x) - (1-y)' * log(1-h_x));",
            "t_j=theta(2:length(theta))",
            "J_2 = (lambda/(2*m))*sum(t_j'*t_j);",
            "t_z = theta;",
            "t_z(1) =  0;",
        ),
        why="∇J_1 = Xᵀ(h − y)/m; ∇J_2 = (λ/m)θ with the intercept θ(1) zeroed (t_j leaves it out), which t_z "
        "is; the whole gradient written as a row",
    ),
    Answer(
        id="f7-romgripper-regularised",
        source=ROMGRIPPER + " (grad = …; J = … and reg, d, theta1 above it)",
        text="X' * d / m + lambda * theta1 / m",
        cost="- (y' * log(h) + (1 .- y)' * log(1 .- h)) / m + reg",
        verdict="equivalent",
        lets=(
            "h = sigmoid(X * theta);",
            "reg = theta(2:end, :);",
            "reg = reg' * reg * lambda / 2 / m;",
            "d = h - y;",
            "theta1 = theta;",
            "theta1(1,1) = 0;",
        ),
        why="reg is λ/(2m)Σ_{j≥2}θⱼ²: its gradient λθ/m with the intercept zeroed (theta1); plus Xᵀ(h − y)/m",
    ),
    Answer(
        id="f7-count-is-feature-count",
        source=XSHAPE + " (dw = …; cost = … and m, a above it)",
        text="np.dot(x.T,(a-y))/m",
        cost="-(1/m)*(np.dot(y.T,np.log(a))+np.dot((1-y).T,np.log(1-a)))",
        verdict="equivalent",
        wrt="w_j",
        lets=("m = x.shape[1]", "a = sigmoid(np.dot(x,w) + b)"),
        why="x is examples × features (a = σ(xw + b)), so this m = x.shape[1] is the feature count, a slip; but "
        "the cost and dw divide by the same constant, so dw = xᵀ(a − y)/m is the gradient of the cost as "
        "written",
    ),
    # ============================================================ 2. log-likelihood (maximisation) gradients
    Answer(
        id="f7-studanshu-ascent-octave",
        source=STUDANSHU + " (the step X' * (y-hx) in 'theta = theta + alpha * X' * (y-hx);'; the objective is "
        "ll(k) = … on the next line)",
        text="X' * (y-hx)",
        cost=_STUDANSHU_LL,
        verdict="equivalent",
        lets=_STUDANSHU_LETS,
        why="the gradient of the summed log-likelihood Σ y log h + (1−y) log(1−h) is Xᵀ(y − h): the ascent step",
    ),
    Answer(
        id="f7-studanshu-ascent-against-logistic",
        source=STUDANSHU + " (the same X' * (y-hx), against the usual cost)",
        text="X' * (y-hx)",
        cost="logistic",
        verdict="different",
        lets=_STUDANSHU_LETS,
        why="∇J of the mean cross-entropy is Xᵀ(h − y)/m; Xᵀ(y − h) is −m∇J, right only for the log-likelihood",
    ),
    Answer(
        id="f7-llnotes-gradient-code",
        source=LLNOTES + " (def gradient: return …; the objective is def log_likelihood: return …, h the same)",
        text="X.T @ (y - h)",
        cost=_LL_NP,
        verdict="equivalent",
        lets=_LL_NP_LETS,
        why="∇ of Σ y log h + (1−y) log(1−h) with h = σ(Xθ) is Xᵀ(y − h)",
    ),
    Answer(
        id="f7-llnotes-gradient-code-against-logistic",
        source=LLNOTES + " (def gradient: return …, against the usual cost)",
        text="X.T @ (y - h)",
        cost="logistic",
        verdict="different",
        lets=_LL_NP_LETS,
        why="−m times the cost's gradient Xᵀ(h − y)/m: the log-likelihood's ascent direction, not ∇J",
    ),
    Answer(
        id="f7-cse6040-grad-code",
        source=CSE6040 + " (Exercise 8, def grad_log_likelihood: return …; the objective is Exercise 6's "
        "def log_likelihood: return …)",
        text=_CSE_GRAD_NP,
        cost=_CSE_LL_NP,
        verdict="equivalent",
        why="logistic is the notebook's G(z) = 1/(1+e^{−z}); ∇(yᵀXθ + 𝟏ᵀ ln G(−Xθ)) = Xᵀy − XᵀG(Xθ) "
        "= Xᵀ(y − G(Xθ)), as its Exercise 7 shows",
    ),
    Answer(
        id="f7-cse6040-grad-code-against-logistic",
        source=CSE6040 + " (Exercise 8, def grad_log_likelihood: return …, against the usual cost)",
        text=_CSE_GRAD_NP,
        cost="logistic",
        verdict="different",
        why="Xᵀ(y − σ(Xθ)) is −m∇J for the mean cross-entropy",
    ),
    Answer(
        id="f7-cse6040-grad-latex",
        source=CSE6040 + " (Exercise 7's display; the objective is (V1) of 'two different ways to write the "
        "log-likelihood'; G from (P1) of Exercise 5, u from Convention 1)",
        text=r"\nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} = X^T \left[ y - G(X \cdot \theta)\right]",
        cost=r"\mathcal{L}(\theta; y, X) = y^T \ln G(X \theta) + (u-y)^T \ln [u - G(X \theta)]",
        verdict="equivalent",
        lets=(r"G(y) = \frac{e^y}{e^y + 1}", r"u \equiv (1, \ldots, 1)^T"),
        why="(V1) is Σ y_i ln G(x_iᵀθ) + (1 − y_i) ln(1 − G(x_iᵀθ)), G the logistic function (its y is a "
        "dummy argument, not the labels); its gradient is Xᵀ(y − G(Xθ))",
    ),
    Answer(
        id="f7-cse6040-grad-latex-against-logistic",
        source=CSE6040 + " (Exercise 7's display, against the usual cost; G from (P1))",
        text=r"\nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} = X^T \left[ y - G(X \cdot \theta)\right]",
        cost="logistic",
        verdict="different",
        lets=(r"G(y) = \frac{e^y}{e^y + 1}",),
        why="Xᵀ(y − σ(Xθ)) is the log-likelihood's gradient, −m∇J for the mean cross-entropy",
    ),
    Answer(
        id="f7-esltw-matrix",
        source=ESLTW + " (after '我們將一階條件，擴寫成矩陣形式：'; l(β) from "
        "'若我們只先看 K=2 的情形'; p from '其中 … 。')",
        text=r"\frac{\partial l(\beta)}{\partial \beta} = \mathbf{X}^T(y-p)",
        cost=_ESLTW_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_ESLTW_LETS,
        why="p is the vector of p(x_i;β) = e^{βᵀx_i}/(1+e^{βᵀx_i}); ∂/∂β Σ{y_iβᵀx_i − ln(1+e^{βᵀx_i})} "
        "= Σ x_i(y_i − p_i) = Xᵀ(y − p)",
    ),
    Answer(
        id="f7-esltw-sum",
        source=ESLTW + " (the first-order condition's left side, '= 0' dropped)",
        text=r"\frac{\partial l(\beta)}{\partial \beta} = \sum_{i=1}^N x_i(y_i-p(x_i;\beta))",
        cost=_ESLTW_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_ESLTW_LETS,
        why="the score of the two-class log-likelihood, x_i the i-th feature vector (ESL eq. 4.21)",
    ),
    Answer(
        id="f7-hillclimb-extra-one-over-n",
        source=HILLCLIMB + " (grad = X' * (Y - expy) / n; the objective is 'likelihood= …' two lines below; n "
        "from [n,m] = size(X))",
        text="X' * (Y - expy) / n",
        cost="sum(Y .* log (expy) + (1-Y) .* log(1-(expy-.000000000001)))",
        verdict="different",
        wrt="B_j",
        lets=("[n,m] = size(X);", "expy = 1 ./ (1 + exp(-X*B));"),
        why="the likelihood is a sum (no 1/n; the 1e-12 only guards the log): its gradient is Xᵀ(Y − expy) up "
        "to that 1e-12; /n makes it the gradient of the mean, n times too small for this objective",
    ),
    # ============================================================ 3. column layout (DeepLearning.AI)
    Answer(
        id="f7-sheviv-dw",
        source=SHEVIV + " (propagate: dw = …; cost, A and m from the same function)",
        text="1 / m * (np.dot(X, (A - Y).T))",
        cost=_SHEVIV_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SHEVIV_LETS,
        why="X is n×m (m = X.shape[1] examples), A and Y 1×m: X(A − Y)ᵀ/m is the n×1 gradient of the mean "
        "cross-entropy",
    ),
    Answer(
        id="f7-sheviv-db",
        source=SHEVIV + " (propagate: db = …)",
        text="1 / m * (np.sum(A - Y))",
        cost=_SHEVIV_COST,
        verdict="equivalent",
        wrt="b",
        lets=_SHEVIV_LETS,
        why="∂J/∂b = (1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾)",
    ),
    Answer(
        id="f7-dlnotes-dw",
        source=DLNOTES + " (Backward propagation, dw = …; the cost is the code under 'Cost J = …', A from "
        "'Activation A = σ(wᵀX + b) = (a⁽¹⁾, …)', up to the second '=')",
        text="np.dot(X, (A - Y).T)/m",
        cost=_DLNOTES_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_DLNOTES_LETS,
        why="A = σ(wᵀX + b) is 1×m, so X is n×m: X(A − Y)ᵀ/m is the gradient of the mean cross-entropy",
    ),
    Answer(
        id="f7-dlnotes-db",
        source=DLNOTES + " (Backward propagation, db = …)",
        text="np.sum(A - Y)/m",
        cost=_DLNOTES_COST,
        verdict="equivalent",
        wrt="b",
        lets=_DLNOTES_LETS,
        why="(1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾)",
    ),
    Answer(
        id="f7-slash-minus-m-dw",
        source=SLASH_MINUS_M + " (dw = …; cost, A, m from the same function)",
        text="np.dot(X, (A - Y).T) / m",
        cost="(np.dot(Y, np.log(A).T) + np.dot(1-Y, np.log(1-A).T)) / -m",
        verdict="equivalent",
        wrt="w_j",
        lets=("m = X.shape[1]", "A = sigmoid(np.dot(w.T, X) + b)"),
        why="dividing by −m is the −1/m of the cross-entropy; X(A − Y)ᵀ/m is its gradient (X n×m)",
    ),
    Answer(
        id="f7-cn-propagate-dw",
        source=CN_PROPAGATE + " (#反向传播: dw = …; cost, A, Z, m from #前向传播)",
        text="np.dot(X,(A-Y).T)/m",
        cost=_CN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_CN_LETS,
        why="Σ(Y log A + (1−Y) log(1−A))/(−m) is the mean cross-entropy; X(A − Y)ᵀ/m its gradient, X n×m",
    ),
    Answer(
        id="f7-cn-propagate-db",
        source=CN_PROPAGATE + " (#反向传播: db = …)",
        text="np.sum(A-Y)/m",
        cost=_CN_COST,
        verdict="equivalent",
        wrt="b",
        lets=_CN_LETS,
        why="(1/m)Σ(A − Y)",
    ),
    Answer(
        id="f7-sum-dot-cost-dw",
        source=SUM_DOT + " (dw = …; cost, A, m from the same function)",
        text="np.dot(X,(A-Y).T)/m",
        cost="sum(np.dot(np.log(A),Y.T) + np.dot(np.log(1-A),1-Y.T)) / -m",
        verdict="equivalent",
        wrt="w_j",
        lets=("m = X.shape[1]", "A = sigmoid(np.dot(w.T,X)+b)"),
        why="np.dot(log A, Yᵀ) + np.dot(log(1−A), 1 − Yᵀ) is the 1×1 Σ y log a + (1−y) log(1−a) (1 − Y.T is "
        "1 − Yᵀ); the builtin sum takes its one entry; /−m makes the mean cross-entropy",
    ),
    Answer(
        id="f7-lowercase-loop-dw",
        source=LOWERCASE + " (# 反向传递: dw = …; J, a, z from # 正向传递 and # 计算误差, m = x.shape[1])",
        text="np.dot(x,(a-y).T)/m",
        cost="- np.sum(y * np.log(a)+(1-y)*np.log(1-a))/m",
        verdict="equivalent",
        wrt="w_j",
        lets=("m = x.shape[1]", "z = np.dot(w.T,x)+b", "a = 1/(1+np.exp(-z))"),
        why="lowercase x is the n×m matrix here (z = wᵀx + b, m = x.shape[1]): x(a − y)ᵀ/m",
    ),
    Answer(
        id="f7-y-size-dw",
        source=Y_SIZE + " (dw = …; cost, A, m from the same function)",
        text="np.dot(X,(A-Y).T)/Y.size",
        cost=_YSIZE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_YSIZE_LETS,
        why="Y is 1×m, so Y.size = m; Y log A − (Y−1) log(−(A−1)) = Y log A + (1−Y) log(1−A), over −m",
    ),
    Answer(
        id="f7-y-size-db",
        source=Y_SIZE + " (db = …)",
        text="np.sum(A-Y)/Y.size",
        cost=_YSIZE_COST,
        verdict="equivalent",
        wrt="b",
        lets=_YSIZE_LETS,
        why="Σ(A − Y)/m",
    ),
    Answer(
        id="f7-undivided-dw",
        source=UNDIVIDED + " (dw = np.dot(X,dz.T), before 'dw = dw/numberOfExamples'; cost = np.sum(Lost)/"
        "numberOfExamples and the lines defining Z, A, dz, Lost)",
        text="np.dot(X,dz.T)",
        cost="np.sum(Lost)/numberOfExamples",
        verdict="different",
        wrt="w_j",
        lets=_UNDIV_LETS,
        why="the cost is the mean over the m examples: its gradient is X(A − Y)ᵀ/m; X·dzᵀ is m times that "
        "(the division comes on a later line): a lost 1/m",
    ),
    Answer(
        id="f7-undivided-db",
        source=UNDIVIDED + " (db = np.sum(dz), before 'db = db/numberOfExamples')",
        text="np.sum(dz)",
        cost="np.sum(Lost)/numberOfExamples",
        verdict="different",
        wrt="b",
        lets=_UNDIV_LETS,
        why="∂J/∂b = Σ(A − Y)/m; Σ dz lacks the 1/m",
    ),
    Answer(
        id="f7-lambd-sum-of-w-dw",
        source=LAMBD + " (dw = …; the cross_entropy cost, Z, A, m from the same function)",
        text="1/m*np.dot(X, (A-Y).T) - lambd/m*w",
        cost=_LAMBD_COST,
        verdict="different",
        wrt="w_j",
        lets=_LAMBD_LETS,
        why="the cost's penalty is λ/(2m)·Σwₖ (a plain sum of w, not of its squares), whose gradient is the "
        "constant λ/(2m) in every entry; the answer subtracts λw/m instead (neither the sign nor the form "
        "fits; for a penalty λ/(2m)Σw² it would be +λw/m)",
    ),
    Answer(
        id="f7-lambd-row-w-dw",
        source=LAMBD_ROW + " (dw = …; the cross_entropy cost, Z, A, m from the same function)",
        text="1/m*np.dot((A-Y), X.T) - lambd/m*w",
        cost="-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis = 1, keepdims = True) "
        "+ lambd/(2*m)*np.sum(w, axis=1, keepdims=True)",
        verdict="different",
        wrt="w_j",
        lets=("m = X.shape[1]", "Z = np.dot(w, X) + b", "A = sigmoid(Z)"),
        why="w is a 1×n row here (Z = wX + b), so (A − Y)Xᵀ/m is the cross-entropy part as a row, right; but "
        "the penalty λ/(2m)·Σwₖ has gradient λ/(2m) in every entry, and the answer has −λw/m",
    ),
    Answer(
        id="f7-lambd-sum-of-w-db",
        source=LAMBD + " (db = …)",
        text="1/m*np.sum(A-Y, axis=1, keepdims = True)",
        cost=_LAMBD_COST,
        verdict="equivalent",
        wrt="b",
        lets=_LAMBD_LETS,
        why="the penalty has no b: ∂J/∂b = Σ(A − Y)/m, kept as a 1×1 array",
    ),
]
