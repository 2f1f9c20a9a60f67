r"""A fresh, blind held-out wave (f11): plain text as typed, Octave/NumPy exercise code, and some LaTeX.

Gathered blind (logderiv's code, docs and tests unread, apart from items.py and the header and a few items
of fresh_vectors.py) from sources no other corpus file uses, with the weight on text as people TYPE it:

* plain math as typed (about two fifths): Python docstrings and comments (``J(theta) = -1/m * sum( y*log(h) +
  (1-y)*log(1-h) )`` with ``h = sigmoid(X dot theta)``, ``grad_j = (1/m) * sum( (h - y) * x_j )``, an MSE
  cost for a sigmoid model and its gradient with ``h*(1-h)``, ``J(w,b) = 1/(2m) * sum((x.w + b - y)^2)`` with
  lowercase x a matrix, an Octave comment ``dJ/dTheta_j = 1/m * (sum_1_m … * x_j_i) + lambda/m * theta_j^2``),
  READMEs and markdown notes (``1/m * X^T (h - y)``, ``sum (from i = 1 to m) (h(x)^{i} - y^{i})^2``, a Spanish
  ``(1/2m) * sum(h(x_i) - y_i)^2`` whose parenthesis closes before the square, notes in capitals ``J(THETA) =
  -1/m * SUM( y^i * log(hTHETA(x^i)) … )``, French notes with Unicode sub/superscripts ``J(θ) = 1/2m
  Σᵢ(h(xⁱ) - yⁱ)² + λ/(2m) Σⱼθⱼ²``, and its L1 twin with |θⱼ|, refused);
* code (about two fifths): Octave lrCostFunction/costFunctionReg/linearRegCostFunction files (a
  ``temp(1) = 0`` penalty vector inside ``-(… -lambda/2 * temp' * temp)/m``, ``[0;shift_theta]``,
  ``pinv(2*m)``, a design matrix named lowercase ``x`` with an inline sigmoid), NumPy compute_cost/gradient
  functions (``np.transpose([y])``, ``y.size``, pandas ``.values.flatten()``, ``self.`` names);
* LaTeX (about a fifth): a math.SE question on Ng's regularised linear gradient (the slide's −λθⱼ typo and
  the asker's +y), a CSDN note with ``logh_{\theta }`` glued, a \hat\beta least-squares page with
  ``\color{red}{…}``, DeepLearning.AI's m-example derivatives, a French one-feature J(Θ).

About a quarter of the answers are wrong: five real (the slide's −λθⱼ, the asker's h + y, a NumPy gradient
that regularises θ₀ against a cost that does not, an Octave line that the file corrects only on its next
line, a comment's λθⱼ²/m) and four marked variants of real answers (a lost 1/m, a lost xⱼ, λ/2 for λ,
y − h for h − y).

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; a part of a longer
display is marked in ``source``; for code, the right-hand side of the assignment or ``return``). Where a
source defines a helper as a Python function, ``lets`` writes its ``def``/``return`` as ``name(args) =
body`` and ``source`` says so. Verdicts and ``intended`` were worked out by hand before logderiv was run.
Files of the public code index whose repository the index does not name are cited by the index's file id
and the file's own heading or function. Pages of the Nemotron-CC-Math data set are cited by their heading.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, Data, sig


# ------------------------------------------------------------------ meanings (by hand)
def _ce(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def _logistic_mean(d: Data) -> float:
    return float(np.mean(_ce(sig(d.X @ d.theta), d.y)))


def _logistic_mean_wb(d: Data) -> float:
    return float(np.mean(_ce(sig(d.X @ d.w + d.b), d.y)))


def _logistic_reg_tail(d: Data) -> float:
    """Mean cross-entropy + λ/(2m)·Σ θ[1:]² (the first θ, the intercept, unpenalised)."""
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _half_sse_mean(d: Data) -> float:
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _linear_reg_all(d: Data) -> float:
    """(Σ(θᵀx − y)² + λΣθ²)/(2m), every θ penalised."""
    return (float(np.sum((d.X @ d.theta - d.y) ** 2)) + d.lam * float(np.sum(d.theta**2))) / (2 * d.m)


def _linear_reg_tail(d: Data) -> float:
    return _half_sse_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _sigmoid_mse_half(d: Data) -> float:
    return float(np.sum((sig(d.X @ d.theta) - d.y) ** 2)) / (2 * d.m)


def _sse_beta(d: Data) -> float:
    return float(np.sum((d.y - d.X @ d.beta) ** 2))


# ------------------------------------------------------------------ sources
SKLOG = (
    "GitHub Python module with '# UNREGULARIZED LOGISTIC COST / GRAD', '# REGULARIZED LOGISTIC COST / GRAD' and "
    "'# ALTERNATIVE COST: MSE for logistic' (public code index file 44677841170; the index names no repository)"
)
LR_DOC = (
    "GitHub Python module whose docstring opens 'Logistic Regression is used for binary classification "
    "problems.', class LogisticRegressionNumpy (public code index file 22617182883; the index names no "
    "repository)"
)
HOGWARTS = (
    "GitHub README of a logreg_train/logreg_predict project, '## The model' (public code index file "
    "71408061800; the index names no repository)"
)
CAPS_NOTES = (
    "GitHub markdown notes '# Logistic regression: classification' written with hTHETA and THETA (public code "
    "index file 35686412084; the index names no repository)"
)
FR_NOTES = (
    "GitHub French markdown course notes, '## 1.4 Fonction de coût' and '### 1.5.2 Régularisation' (public "
    "code index file 59691127404; the index names no repository)"
)
MSE_REG_SE = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Derivation of Regularized "
    "Linear Regression Cost Function per Coursera Machine Learning Course', a copy of a math.stackexchange "
    "question)"
)
CSDN_AVENTADOR = "https://blog.youkuaiyun.com/Aventador_S/article/details/89043765 (吴恩达机器学习Logistic回归代价函数求导)"
RINTERESTED = "http://rinterested.github.io/statistics/cost_function.html (REGRESSION OPTIMIZATION)"
DLAI_M = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Gradient Descent on m "
    "Examples', notes on DeepLearning.AI's logistic regression lecture)"
)
SO_FAILS = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Logistic Regression Algorithm "
    "Fails to Work', a copy of a Stack Exchange question, its **Code** block)"
)
OCT_TUTORIAL = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Logistic Regression Cost "
    "Function in Octave', '## Vectorized Implementation')"
)
OCT_TEMP_INSIDE = (
    "GitHub Octave lrCostFunction.m with 'J = -(… -lambda/2 * temp' * temp)/m' (public code index file "
    "30168905230; the index names no repository)"
)
SHIT_HAPPENS = "github:shit-happens/Handwritten-Digit-Classifier:lrCostFunction.m"
OCT_PINV = (
    "GitHub Octave computeCost.m '%computes the cost of a given theta using linear regression' with "
    "pinv(2*m) (public code index file 6579512055; the index names no repository)"
)
OCT_CN_LINREG = (
    "GitHub Octave linearRegCostFunction.m with Chinese comments (% 训练集的数目, % 展开) (public code index "
    "file 34119491774; the index names no repository)"
)
SHARMS = (
    "GitHub Python module '@author: sharms7' with computeCost / computeCostMulti (public code index file "
    "35327636726; the index names no repository)"
)
SILATANUI = "github:silatanui/Lab-03---Linear-Regression-With-Multiple-Variables"
AERIN = "github:aerinkim/AndrewNG_ML_Python"

LINREG_THETA_SQ = (
    "GitHub Octave linearRegCostFunction.m with the comment '% dJ/dTheta_j = …' and '% gradient == derivative "
    "of J(Theta), thus the regularization therm is Theta, not Theta^2' (public code index file 28255936619; the "
    "index names no repository)"
)
FIRST_PRINCIPLES = (
    "GitHub markdown notes '## Objective … deriving linear regression from first principles' (public code "
    "index file 25586266467; the index names no repository)"
)
HOUSING = (
    "GitHub Python script 'Linear Regression from scratch (NumPy only) using Gradient Descent.' on "
    "Housing.csv (public code index file 71624921010; the index names no repository)"
)
ES_README = (
    "GitHub Spanish README, the fenced block of '… -- Derivadas (Gradiente Descendente)' with 'Hipotesis', "
    "'Funcion de costo', 'Derivada parcial' (public code index file 56861282866; the index names no repository)"
)

# ------------------------------------------------------------------ shared texts
_SK_J = "J(theta) = -1/m * sum( y*log(h) + (1-y)*log(1-h) )"
_SK_H = ("h = sigmoid(X dot theta)",)
_SK_MSE_J = "J_MSE = (1 / 2m) * sum( (h - y)^2 )"
_SK_MSE_CODE = "(1/(2*m)) * np.sum((h - y)**2)"
_SK_MSE_LETS = ("m = len(y)", "h = sigmoid(X.dot(theta))")
_LRD_J = "J(theta) = -1/m * sum(y * log(h(x)) + (1-y) * log(1-h(x)))"
_LRD_LETS = ("h(x) = sigmoid(theta^T * x)",)
_MSE_REG_J = (
    r"J(\theta) = \frac{1}{2m}\left[\sum_{i=1}^m(h_\theta (x^{(i)}) - y^{(i)})^2 + "
    r"\lambda\sum_{j=1}^n\theta^2_j\right]"
)
_RIN_GRAD = r"0 +2 \color{red}{X^\top X\,\hat \beta}-2X^\top y"
_DLAI_J = (
    r"J(\mathbf{w}, b) = \frac{1}{m} \sum_{i=1}^{m} \left( -y^{(i)} \log(a^{(i)}) - (1 - y^{(i)}) \log(1 - "
    r"a^{(i)}) \right)"
)
_DLAI_LETS = (r"a^{(i)} = \sigma(z^{(i)}) = \sigma(\mathbf{w}^T \mathbf{x}^{(i)} + b)",)
_SO_FAILS_J = "(1./m) * ( -y' * log(h) - (1 - y') * log(1 - h))"
_SO_FAILS_LETS = ('g = inline("1 ./ (1 + exp(-z))");', "z = x * theta;", "h = g(z);")
_OCT_TUT_J = "(-1/m) * (y' * log(h) + (1 - y)' * log(1 - h))"
_OCT_H = ("h = sigmoid(X * theta);",)
_TEMP_J = "-(y' * log(h) + (1-y)' * log(1-h) -lambda/2 * temp' * temp)/m"
_TEMP_LETS = ("h = sigmoid(X*theta);", "temp = theta;", "temp(1) = 0;")
_SH_J = "(1/m)*(-y'*log(h)-(1-y)'*log(1-h)) + (lambda/(2*m))*theta_reg'*theta_reg"
_SH_LETS = ("h = sigmoid(X*theta);", "shift_theta= theta(2:size(theta));", "theta_reg=[0;shift_theta];")
_CN_LINREG_J = "(1 / (2 * m)) * sum((h - y).^2) + (lambda/(2 * m)) *(sum(theta.^2) - theta(1)^2)"
_SIL_J = "(1/(2*m)) * np.sum(np.square(h - y))"
_AERIN_J = (
    "(1.0/m) *np.sum(-y.values.flatten() * np.log( sigmoid(X.dot(theta))) -(1-y).values.flatten() * "
    "np.log(1-sigmoid(X.dot(theta)))) + (Lambda/(2.0*m))*np.sum( theta[1:]**2 )"
)

_LTS_J = "1/(2*m) * sum((H - y).^2) + lambda/(2*m) * sum(theta(2:end).^2)"
_FP_J = "J(theta) = 1/2 * sum (from i = 1 to m) (h(x)^{i} - y^{i})^2"
_FP_LETS = ("h(x) = THETA^T * x",)
_FP_JMAT = "J(theta) = 1/2 (X*THETA - y)^T(X*THETA - y)"
_HOUSING_J = "J(w,b) = 1/(2m) * sum((x.w + b - y)^2)"
_HOUSING_LETS = ("error = np.dot(x, w) + b - y",)

COSTS: list[Cost] = [
    # ============================================================ plain text as typed
    Cost(
        id="f11-sklog-docstring-X-dot-theta",
        source=SKLOG + " (def logistic_cost_function, docstring: 'J(theta) = …' and 'where h = sigmoid(X dot "
        "theta).')",
        text=_SK_J,
        intended=_logistic_mean,
        lets=_SK_H,
        why="plain text in a docstring: -1/m * sum(…) is −(1/m)Σ over the examples; h = sigmoid(Xθ) written with "
        "the word 'dot'",
    ),
    Cost(
        id="f11-sklog-docstring-reg-theta-slice",
        source=SKLOG + " (def logistic_cost_function_reg, docstring 'cost = …'; h from the docstring of "
        "logistic_cost_function)",
        text="cost = (-1/m)*sum( y*log(h) + (1-y)*log(1-h) ) + (lambda/(2m))*sum(theta[1:]^2)",
        intended=_logistic_reg_tail,
        lets=_SK_H,
        why="(lambda/(2m)) is λ/(2m) (2m a product); theta[1:]^2 is every θ but the first squared (Python slice, "
        "the code's '# add L2 penalty (not on theta[0])'), ^ a power in a docstring",
    ),
    Cost(
        id="f11-sklog-docstring-mse-sigmoid",
        source=SKLOG + " (def logistic_cost_function_mse, docstring 'J_MSE = …, where h = sigmoid(X dot "
        "theta).')",
        text=_SK_MSE_J,
        intended=_sigmoid_mse_half,
        lets=_SK_H,
        why="a squared-error cost on a sigmoid model: (1 / 2m) is 1/(2m) (the code has 1/(2*m)); h = σ(Xθ)",
    ),
    Cost(
        id="f11-lrdoc-docstring-h-of-x",
        source=LR_DOC + " (module docstring: 'The cost function for logistic regression is the log loss:'; h "
        "from the line above it)",
        text=_LRD_J,
        intended=_logistic_mean,
        lets=_LRD_LETS,
        why="plain text: h(x) = sigmoid(theta^T * x) applied to each example; the sum is over the m samples",
    ),
    Cost(
        id="f11-hogwarts-readme-J",
        source=HOGWARTS + " (the fenced J(theta) = … block; h from the sentence 'The probability that a student "
        "belongs to a house is `sigmoid(theta . x)`', written here as a let)",
        text="J(theta) = -1/m * sum( y * log(h) + (1 - y) * log(1 - h) )",
        intended=_logistic_mean,
        lets=("h = sigmoid(theta . x)",),
        why="the README's cross-entropy; the let is the README's own sentence as an equation ('theta . x' a dot "
        "product)",
    ),
    Cost(
        id="f11-caps-notes-J-THETA",
        source=CAPS_NOTES + " ('# Simplified cost function and gradient descent', the line after 'so:'; h from "
        "'# Hypothesis representation', its '==> ' line with the arrow dropped)",
        text="J(THETA) = -1/m * SUM( y^i * log(hTHETA(x^i)) + (1-y^i) * log(1 - hTHETA(x^i)))",
        intended=_logistic_mean,
        lets=("hTHETA(x) = 1 / (1 + e^(-THETA^T * X))",),
        why="notes typed in capitals: THETA is θ, SUM is Σ over the examples, y^i and x^i are example i (a "
        "superscript index, not a power); hTHETA is h_θ = σ(θᵀx) (the notes write the argument as X on the "
        "right, the same example's features)",
    ),
    Cost(
        id="f11-fr-notes-L2-unicode-indices",
        source=FR_NOTES + " (#### L2 Regularization (Ridge), the line after 'Fonction de coût modifiée :')",
        text="J(θ) = 1/2m Σᵢ(h(xⁱ) - yⁱ)² + λ/(2m) Σⱼθⱼ²",
        intended=_linear_reg_all,
        why="plain text with Unicode: 1/2m is 1/(2m) (the second term writes λ/(2m)); Σᵢ over the examples, xⁱ and "
        "yⁱ example i (superscript index), ² a square; the notes' regression is linear (h(X) = Θ₀ + Θ₁X in "
        "§1.4), so h(x) = θᵀx here and Σⱼθⱼ² penalises every θ of the data",
    ),
    Cost(
        id="f11-fr-notes-L1-abs-refused",
        source=FR_NOTES + " (#### L1 Regularization (Lasso))",
        text="J(θ) = 1/2m Σᵢ(h(xⁱ) - yⁱ)² + λ/m Σⱼ|θⱼ|",
        intended=None,
        expect="refuse",
        why="|θⱼ| is an absolute value (not differentiable at 0): refused, as the corpus does for abs",
    ),
    Cost(
        id="f11-first-principles-sum-from-i",
        source=FIRST_PRINCIPLES + " (## Cost function; h from ## Model / Hypothesis, 'h(x) = THETA^T * x where "
        "THETA is in R^n …' cut before 'where')",
        text=_FP_J,
        intended=lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2)),
        lets=_FP_LETS,
        why="plain text: 'sum (from i = 1 to m)' is Σ_{i=1}^{m}; h(x)^{i} is h(x⁽ⁱ⁾), the superscript the example "
        "index (the notes write (x^{i}, y^{i}) for example i); THETA and theta are the same vector; ½, no 1/m",
    ),
    Cost(
        id="f11-first-principles-matrix",
        source=FIRST_PRINCIPLES + " (## Mathematical derivations, 'the cost function J(theta) can be written as "
        "follows:')",
        text=_FP_JMAT,
        intended=lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2)),
        why="plain text: ½ by juxtaposition with the product (X·THETA − y)ᵀ(X·THETA − y), X the m×n design matrix",
    ),
    Cost(
        id="f11-housing-docstring-x-dot-w",
        source=HOUSING + " (def cost_function, its docstring)",
        text=_HOUSING_J,
        intended=lambda d: float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m),
        wrt=("w_j", "b"),
        why="plain text: lowercase x is the m×n feature MATRIX here (the code: np.dot(x, w), w = "
        "np.zeros(x.shape[1])), x.w its product with w; 1/(2m) is 1/(2m)",
    ),
    Cost(
        id="f11-es-readme-sum-paren-closes-before-square",
        source=ES_README + " (the 'Funcion de costo' line; h from the 'Hipotesis' line)",
        text="J(theta) = (1/2m) * sum(h(x_i) - y_i)^2",
        intended=lambda d: float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        lets=("h(x) = theta_0 + theta_1 * x",),
        why="plain text where sum's parenthesis closes before ^2: meant as the squared error summed over the "
        "examples, Σ(h(x_i) − y_i)²/(2m) (the README calls it the cost of the straight-line fit; its partial "
        "derivative line has (1/m)·sum(h(x_i) − y_i)·x_i, i.e. the ½ cancelled a 2 from the square); one feature",
    ),
    Cost(
        id="f11-linreg-theta-sq-comment-cost",
        source=LINREG_THETA_SQ + " (J = …; H from the line above)",
        text=_LTS_J,
        intended=_linear_reg_tail,
        lets=("H = X * theta;",),
    ),
    # ============================================================ LaTeX
    Cost(
        id="f11-fr-notes-J-Theta-half-sum",
        source=FR_NOTES + " (## 1.4 Fonction de coût, the display; h from the illustration's 'h(X) = Θ₀ + Θ₁X')",
        text=r"J(\Theta)=\frac{1}{2} \sum_{i=1}^{m}\left(h_{\Theta}\left(X^{i}\right)-y^{i}\right)^{2}",
        intended=lambda d: 0.5 * float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)),
        wrt=("theta_0", "theta_1"),
        lets=("h(X) = Θ₀ + Θ₁X",),
        why="one feature: X^{i} and y^{i} are example i (superscript index); ½Σ without 1/m; capital Θ names the "
        "parameters Θ₀, Θ₁",
    ),
    Cost(
        id="f11-mse-reg-se-question-J",
        source=MSE_REG_SE + " (the question's first display, the cost Ng gives)",
        text=_MSE_REG_J,
        intended=_linear_reg_all,
        why="Ng's regularised linear regression, h_θ(x) = θᵀx (the lecture's; the page gives no h); "
        "λΣ_{j=1}^{n}θ_j² penalises θ₁…θₙ, which are all of logderiv's θ (no θ₀ in the data)",
    ),
    Cost(
        id="f11-csdn-aventador-logh-glued",
        source=CSDN_AVENTADOR + " (逻辑回归代价函数; h from 假设函数)",
        text=r"J(\theta) = -\frac{1}{m}[\sum_{i=1}^{m}y^{(i)}logh_{\theta }(x^{(i)}) + "
        r"(1-y^{(i)})log(1-h_{\theta}(x^{(i)}))]",
        intended=_logistic_mean,
        lets=(r"h_{\theta}(x^{(i)})= \frac{1}{1+e^{-\theta ^{T}x^{(i)}}}",),
        why="'logh_{\\theta }' is log h_θ with no backslash and no space (and a space inside the subscript); the "
        "bracket holds the whole sum",
    ),
    Cost(
        id="f11-rinterested-J-beta-hat-matrix",
        source=RINTERESTED + " (the first display, its part up to the second '=')",
        text=r"J(\hat \beta)= (y - \mathbf{X}\hat \beta)^\top(y- \mathbf{X} \hat \beta)",
        intended=_sse_beta,
        wrt=("beta_j",),
        why="the parameter vector is written \\hat\\beta (the estimate being optimised); (y − Xβ̂)ᵀ(y − Xβ̂) = "
        "Σ(yᵢ − xᵢᵀβ̂)², no 1/n",
    ),
    Cost(
        id="f11-dlai-m-examples-J",
        source=DLAI_M + " (### Cost Function; a from the display after 'given by:')",
        text=_DLAI_J,
        intended=_logistic_mean_wb,
        wrt=("w_j", "b"),
        lets=_DLAI_LETS,
        why="a^{(i)} = σ(wᵀx⁽ⁱ⁾ + b), a chained let; J is the mean cross-entropy",
    ),
    # ============================================================ code: Octave
    Cost(
        id="f11-so-fails-octave-lowercase-x-design",
        source=SO_FAILS + " (j = … in the for loop; z, h and the inline g from the same block)",
        text=_SO_FAILS_J,
        intended=_logistic_mean,
        lets=_SO_FAILS_LETS,
        why="lowercase x is the DESIGN MATRIX here (the post sets x = [ones(size(x, 1), 1) x] before the loop), "
        "so z = Xθ; g is an inline sigmoid; (1 - y') * log(1 - h) is a row times a column, a sum over examples",
    ),
    Cost(
        id="f11-octave-temp-penalty-inside-bracket",
        source=OCT_TEMP_INSIDE + " (J = …; h and temp from the lines above it)",
        text=_TEMP_J,
        intended=_logistic_reg_tail,
        lets=_TEMP_LETS,
        why="the penalty sits INSIDE −(…)/m with its own minus: −(… − λ/2·tempᵀtemp)/m = … + λ/(2m)·tempᵀtemp; "
        "temp is θ with its first entry set to 0 (temp(1) = 0), so the intercept is unpenalised",
    ),
    Cost(
        id="f11-shit-happens-theta-reg-vector",
        source=SHIT_HAPPENS + " (J = …; h, shift_theta, theta_reg from the lines above)",
        text=_SH_J,
        intended=_logistic_reg_tail,
        lets=_SH_LETS,
        why="theta_reg = [0; θ(2:end)]: the penalty θ_regᵀθ_reg leaves the intercept out",
    ),
    Cost(
        id="f11-octave-pinv-2m-self-let",
        source=OCT_PINV + " (the second 'J = …'; the first, J = (X*theta-y).^2;, is its let)",
        text="pinv(2*m)*sum(J)",
        intended=_half_sse_mean,
        lets=("J = (X*theta-y).^2;",),
        why="pinv of the scalar 2m is 1/(2m); the J on the right is the vector of squared residuals from the line "
        "before (the file reuses the name J)",
    ),
    Cost(
        id="f11-octave-cn-linreg-minus-theta1-sq",
        source=OCT_CN_LINREG + " (J = …; h from 'h = X * theta;', its trailing Chinese comment dropped)",
        text=_CN_LINREG_J,
        intended=_linear_reg_tail,
        lets=("h = X * theta;",),
        why="sum(theta.^2) − theta(1)^2 is Σθ² without the intercept's term",
    ),
    # ============================================================ code: NumPy
    Cost(
        id="f11-sharms-transpose-list-y-axis0",
        source=SHARMS + " (def computeCost: J = …; m and s from the lines above)",
        text="(1.0/(2*m)) * s.sum( axis = 0 )",
        intended=_half_sse_mean,
        lets=("m = len(y)", "s = np.power(( X.dot(theta) - np.transpose([y]) ), 2)"),
        why="np.transpose([y]) turns the 1-D y into an m×1 column to match Xθ (θ a column in this course port); "
        "s holds the squared residuals, s.sum(axis = 0) their sum (a 1-element array)",
    ),
    Cost(
        id="f11-aerin-pandas-values-flatten",
        source=AERIN + ":ex2/costFunctionReg.py (J = …)",
        text=_AERIN_J,
        intended=_logistic_reg_tail,
        why="y is a pandas column: y.values.flatten() is its values as a 1-D array (likewise (1-y)); the penalty "
        "is Σθ[1:]²·λ/(2m), intercept out",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ plain text as typed
    Answer(
        id="f11-sklog-grad-j-docstring",
        source=SKLOG + " (def logistic_gradient, docstring 'grad_j = …')",
        text="grad_j = (1/m) * sum( (h - y) * x_j )",
        cost=_SK_J,
        verdict="equivalent",
        lets=_SK_H,
        why="x_j is feature j of each example; (1/m)Σ(h − y)x_j is ∂J/∂θ_j of the mean cross-entropy",
    ),
    Answer(
        id="f11-sklog-grad-j-mse-sigmoid",
        source=SKLOG + " (def logistic_gradient_mse, docstring 'grad_j = …')",
        text="grad_j = (1/m) * sum( (h - y)*h*(1-h)*x_j )",
        cost=_SK_MSE_J,
        verdict="equivalent",
        lets=_SK_H,
        why="d/dθ_j of (1/2m)Σ(h − y)² with h = σ(θᵀx) is (1/m)Σ(h − y)·h(1 − h)·x_j (σ' = σ(1 − σ))",
    ),
    Answer(
        id="f11-sklog-grad-j-lost-x-variant",
        source=SKLOG + " (def logistic_gradient, docstring 'grad_j = …') — VARIANT: the factor x_j dropped",
        text="grad_j = (1/m) * sum( (h - y) )",
        cost=_SK_J,
        verdict="different",
        lets=_SK_H,
        why="a realistic slip of the real answer: without x_j this is the derivative by an intercept only, not by "
        "θ_j",
    ),
    Answer(
        id="f11-lrdoc-update-vector",
        source=LR_DOC + " (module docstring, the gradient inside 'theta := theta - alpha * 1/m * sum((h(x) - y) "
        "* x)')",
        text="1/m * sum((h(x) - y) * x)",
        cost=_LRD_J,
        verdict="equivalent",
        lets=_LRD_LETS,
        why="the whole gradient as a vector: x is each example's feature vector, so component j is "
        "(1/m)Σ(h − y)x_j",
    ),
    Answer(
        id="f11-lrdoc-update-lost-m-variant",
        source=LR_DOC + " (module docstring, the gradient of the update rule) — VARIANT: the 1/m dropped",
        text="sum((h(x) - y) * x)",
        cost=_LRD_J,
        verdict="different",
        lets=_LRD_LETS,
        why="a realistic slip (lost 1/m): m times the gradient of the mean cost",
    ),
    Answer(
        id="f11-hogwarts-readme-XT",
        source=HOGWARTS + " (the gradient inside the update 'theta -= lr * 1/m * X^T (h - y)')",
        text="1/m * X^T (h - y)",
        cost="J(theta) = -1/m * sum( y * log(h) + (1 - y) * log(1 - h) )",
        verdict="equivalent",
        lets=("h = sigmoid(theta . x)",),
        why="X^T (h − y) by juxtaposition: X has one row per student, so Xᵀ(h − y)/m is the mean cross-entropy "
        "gradient",
    ),
    Answer(
        id="f11-linreg-theta-sq-comment",
        source=LINREG_THETA_SQ + " (the comment under '% gradient:'; the file's own later comment says the "
        "term should be Theta, not Theta^2)",
        text="dJ/dTheta_j = 1/m * (sum_1_m (h(x_i)-y_i) * x_j_i) + lambda/m * theta_j^2",
        cost=_LTS_J,
        verdict="different",
        lets=("H = X * theta;",),
        why="real: the penalty's derivative is λθ_j/m, not λθ_j²/m (sum_1_m is Σ_{i=1}^{m}, x_j_i feature j of "
        "example i, h(x_i) the H of the code)",
    ),
    Answer(
        id="f11-first-principles-x-j-no-index",
        source=FIRST_PRINCIPLES + " (## Optimization, 'The gradient of J(theta) is:')",
        text="dJ/dtheta_j = sum (from i = 1 to m) (h(x)^{i} - y^{i}) * x_j",
        cost=_FP_J,
        verdict="equivalent",
        lets=_FP_LETS,
        why="x_j is feature j of the same example i (the notes drop its ^{i}); Σ(h − y)x_j is ∂/∂θ_j of ½Σ(h − y)²",
    ),
    Answer(
        id="f11-first-principles-matrix-grad",
        source=FIRST_PRINCIPLES + " ('Gradient wrt theta of J(theta) = …', the part after '=')",
        text="X^T(X*THETA - y)",
        cost=_FP_JMAT,
        verdict="equivalent",
    ),
    Answer(
        id="f11-housing-docstring-dw",
        source=HOUSING + " (def gradient_function, docstring, its first formula; error from the code below it)",
        text="dJ/dw = 1/m * x^T . error",
        cost=_HOUSING_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_HOUSING_LETS,
        why="x is the feature matrix: xᵀ·error/m, error = xw + b − y, is the gradient of Σ(xw + b − y)²/(2m) by w",
    ),
    Answer(
        id="f11-housing-docstring-db",
        source=HOUSING + " (def gradient_function, docstring, its second formula)",
        text="dJ/db = 1/m * sum(error)",
        cost=_HOUSING_J,
        verdict="equivalent",
        wrt="b",
        lets=_HOUSING_LETS,
    ),
    # ============================================================ LaTeX
    Answer(
        id="f11-mse-reg-se-slide-minus-lambda",
        source=MSE_REG_SE + " (the question's second display, 'he gives the following gradient'; a comment "
        "confirms it a typo on the slide)",
        text=r"\frac{\partial}{\partial \theta_j}J(\theta) = \frac{1}{m}\left[\sum_{i=1}^m(h_\theta (x^{(i)}) - "
        r"y^{(i)})x^{(i)}_j - \lambda\theta_j\right]",
        cost=_MSE_REG_J,
        verdict="different",
        why="real typo: d/dθ_j of λΣθ²/(2m) is +λθ_j/m, the slide has −λθ_j/m",
    ),
    Answer(
        id="f11-mse-reg-se-asker-plus-y",
        source=MSE_REG_SE + " (the question's third display, the asker's own derivation)",
        text=r"\frac{\partial}{\partial \theta_j}J(\theta) = \frac{1}{m}\left[\sum_{i=1}^m(h_\theta (x^{(i)}) + "
        r"y^{(i)})x^{(i)}_j + \lambda\theta_j\right]",
        cost=_MSE_REG_J,
        verdict="different",
        why="real: the residual is written h + y instead of h − y (the penalty term +λθ_j is right)",
    ),
    Answer(
        id="f11-rinterested-color-red-matrix",
        source=RINTERESTED + " (the derivative display, its part after the last '=')",
        text=_RIN_GRAD,
        cost=r"J(\hat \beta)= (y - \mathbf{X}\hat \beta)^\top(y- \mathbf{X} \hat \beta)",
        verdict="equivalent",
        wrt="beta_j",
        why="\\color{red}{…} only colours the term; 2XᵀXβ̂ − 2Xᵀy = −2Xᵀ(y − Xβ̂), the gradient of the SSE",
    ),
    Answer(
        id="f11-rinterested-color-red-vs-sum",
        source=RINTERESTED + " (the same derivative, against the sum form of the same page's cost)",
        text=_RIN_GRAD,
        cost=r"\displaystyle \sum_{i=1}^n (y_i - x_i^\top\hat \beta)^2",
        verdict="equivalent",
        wrt="beta_j",
        why="component j of 2XᵀXβ̂ − 2Xᵀy is −2Σ(yᵢ − xᵢᵀβ̂)x_ij, the derivative of the sum",
    ),
    Answer(
        id="f11-dlai-m-examples-dw-j",
        source=DLAI_M + " (### Derivatives, first display)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (a^{(i)} - y^{(i)}) x_j^{(i)}",
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_DLAI_LETS,
    ),
    Answer(
        id="f11-dlai-m-examples-db",
        source=DLAI_M + " (### Derivatives, second display)",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (a^{(i)} - y^{(i)})",
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="b",
        lets=_DLAI_LETS,
    ),
    # ============================================================ code: Octave
    Answer(
        id="f11-so-fails-octave-grad",
        source=SO_FAILS + " (grad = … in the for loop)",
        text="1./m * x' * (h - y)",
        cost=_SO_FAILS_J,
        verdict="equivalent",
        lets=_SO_FAILS_LETS,
        why="x is the design matrix (see the cost): Xᵀ(h − y)/m; 1./m is 1/m",
    ),
    Answer(
        id="f11-octave-tutorial-grad",
        source=OCT_TUTORIAL + " (grad = …)",
        text="(1/m) * (X' * (h - y))",
        cost=_OCT_TUT_J,
        verdict="equivalent",
        lets=_OCT_H,
    ),
    Answer(
        id="f11-octave-tutorial-y-minus-h-variant",
        source=OCT_TUTORIAL + " (grad = …) — VARIANT: the residual reversed",
        text="(1/m) * (X' * (y - h))",
        cost=_OCT_TUT_J,
        verdict="different",
        lets=_OCT_H,
        why="a realistic sign slip: Xᵀ(y − h)/m is minus the gradient (the log-likelihood's ascent direction)",
    ),
    Answer(
        id="f11-octave-temp-grad",
        source=OCT_TEMP_INSIDE + " (grad = …)",
        text="(X' * (h-y) + lambda*temp)/m",
        cost=_TEMP_J,
        verdict="equivalent",
        lets=_TEMP_LETS,
        why="(Xᵀ(h − y) + λ·temp)/m, temp = θ with a 0 first entry: the intercept unpenalised as in J",
    ),
    Answer(
        id="f11-octave-temp-grad-lambda-half-variant",
        source=OCT_TEMP_INSIDE + " (grad = …) — VARIANT: λ/2 copied from the cost into the gradient",
        text="(X' * (h-y) + lambda/2*temp)/m",
        cost=_TEMP_J,
        verdict="different",
        lets=_TEMP_LETS,
        why="a realistic slip: the derivative of λ/(2m)·tempᵀtemp is λ·temp/m, not λ·temp/(2m)",
    ),
    Answer(
        id="f11-shit-happens-grad",
        source=SHIT_HAPPENS + " (grad = …)",
        text="(1/m)*(X')*(h-y)+ (lambda/m)*theta_reg",
        cost=_SH_J,
        verdict="equivalent",
        lets=_SH_LETS,
        why="(X') in parentheses is Xᵀ; λ/m·[0; θ(2:end)] is the penalty's gradient",
    ),
    Answer(
        id="f11-octave-cn-linreg-before-fix",
        source=OCT_CN_LINREG + " (the first 'grad = …' line; the file corrects grad(1) on the next line)",
        text="(X' * (h - y))/ m + (lambda / m) * theta",
        cost=_CN_LINREG_J,
        verdict="different",
        lets=("h = X * theta;",),
        why="real intermediate line: it adds λθ₁/m to the intercept's component too, which the cost does not "
        "penalise (the source's next line, grad(1) = grad(1) - lambda / m * theta(1), removes it)",
    ),
    # ============================================================ code: NumPy
    Answer(
        id="f11-sklog-grad-code",
        source=SKLOG + " (def logistic_gradient: grad = …; cost from logistic_cost_function, its first h)",
        text="(1.0/m)*X.T.dot(h - y)",
        cost="-(1/m) * np.sum(y*np.log(h) + (1-y)*np.log(1-h))",
        verdict="equivalent",
        lets=("m = len(y)", "h = sigmoid(X.dot(theta))"),
    ),
    Answer(
        id="f11-sklog-mse-grad-code",
        source=SKLOG + " (def logistic_gradient_mse: grad = …; factor from the line above)",
        text="(1.0/m)*X.T.dot(factor)",
        cost=_SK_MSE_CODE,
        verdict="equivalent",
        lets=_SK_MSE_LETS + ("factor = (h - y)*h*(1-h)",),
        why="Xᵀ[(h − y)h(1 − h)]/m is the gradient of (1/2m)Σ(σ(Xθ) − y)²",
    ),
    Answer(
        id="f11-sklog-reg-grad-code",
        source=SKLOG + " (def logistic_gradient_reg: return grad + reg; the cost is logistic_cost_function_reg's "
        "return cost_unreg + reg_term)",
        text="grad + reg",
        cost="cost_unreg + reg_term",
        verdict="equivalent",
        lets=(
            "m = len(y)",
            "h = sigmoid(X.dot(theta))",
            "cost_unreg = -(1/m)*np.sum(y*np.log(h) + (1-y)*np.log(1-h))",
            "reg_term = (lambda_/(2*m))*np.sum(theta[1:]**2)",
            "grad = (1.0/m)*X.T.dot(h - y)",
            "reg = (lambda_/m)*theta",
            "reg[0] = 0.0",
        ),
        why="reg is λθ/m with its first entry zeroed, matching the penalty on theta[1:]",
    ),
    Answer(
        id="f11-lrdoc-y-size-self",
        source=LR_DOC + " (def fit: gradient = …; z and h from the lines above, inside the class)",
        text="X.T @ (h - y) / y.size",
        cost="logistic",
        verdict="equivalent",
        lets=("z = X @ self.theta", "h = self.sigmoid(z)"),
        why="y.size is m; self.theta and self.sigmoid are θ and σ; the class minimises the docstring's log loss "
        "(the usual mean cross-entropy)",
    ),
    Answer(
        id="f11-silatanui-error-grad",
        source=SILATANUI + ":src/utils/gradient_descent_multi.py (gradient = …; the cost is compute_cost.py's)",
        text="1 / m * X.T.dot(error)",
        cost=_SIL_J,
        verdict="equivalent",
        lets=("m = y.size", "h = X.dot(theta)", "error = h - y"),
    ),
    Answer(
        id="f11-aerin-grad-regularises-intercept",
        source=AERIN + ":ex2/gradientFunctionReg.py (return …; h0 from the line above, h from 'def h(X,theta): "
        "return sigmoid(X.dot(theta))')",
        text="1.0/m* ( X.T.dot(h0-y) + Lambda*theta)",
        cost=_AERIN_J,
        verdict="different",
        lets=("h(X,theta) = sigmoid(X.dot(theta))", "h0 = h(X, theta)"),
        why="real: Lambda*theta penalises θ₀ too, but the same repository's cost sums theta[1:]**2 only: the "
        "intercept's component is off by λθ₀/m",
    ),
]
