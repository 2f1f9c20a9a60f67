r"""A fresh held-out wave (f60): a mainstream mix drawn as a grader would draw it, in three parts — LaTeX from course
notes and a textbook-style chapter (least squares, logistic cross-entropy, an elastic net), plain-text/Unicode formulas
as students and note-takers type them (a Spanish exercise sheet, Chinese study notes, Nepali-commented code, a Q&A
question's code) and gradient code (Octave ex1/ex2/ex3/ex5 solutions, a NumPy Poisson-regression script, a NumPy
gradient-descent listing).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or working
out items) from pages and files no other corpus file uses (every address, repository and index file number checked
against /tmp/p/used_sources.txt):

* LaTeX: a Markdown chapter 'Chapter 5: Regression' (OLS loss and its gradient, binary cross-entropy and its gradient,
  the Elastic Net objective, and Listing 2's gradient-descent code);
* plain text / Unicode: a Spanish exercise 'Ejercicio 06: Regresión Lineal' (J(θ) = (1/2m) × Σ(ŷi - yi)², its
  gradients, a Ridge and a Lasso cost); Chinese study notes on a loss_function (the '不除以 2 时 / 除以 2 时' remark, a
  real slip: the same (1/m) gradient claimed with and without the ½); Nepali-commented logistic-regression code
  (J(θ) and ∂J/∂θj in comments); the Q&A 'GD for logistic regression isn't stable. Why?' (the asker's __gd_step, two
  real bugs);
* code: wenkaibao/ML (Coursera ex1 gradientDescentMulti, ex3 lrCostFunction, ex5 linearRegCostFunction),
  liuchen321/CS229-machine-learning (ex2 costFunctionReg, grad(1) corrected after the fact), and a NumPy Poisson
  regression script (nll and the Newton/IRLS gradient g).

Names follow the sources: X is the design matrix Data.X (rows are examples); w, θ, theta are the weight vector (Data.w /
Data.theta), b the intercept Data.b, y the targets Data.y; λ, lambda are Data.lam. Octave's theta(2:end) skips the first
coefficient theta(1) = Data.theta[0]. Where a source gives no cost for an answer, ``why`` says which cost it is graded
against. About 45% of the answers are wrong; the real mistakes come first, the rest are one-slip variants of real
answers, marked "variant". Verdicts were worked out by hand and checked against central finite differences of the
costs (/tmp/f60/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
CH5 = (
    "public code index file 54857556441 (Markdown, '# Chapter 5: Regression', an interview-prep textbook chapter; the "
    "index does not name its repository"
)
POIS = (
    "public code index file 59980124487 (Python, 'Poisson regression: a Poisson whose rate is a function of X.'; the "
    "index does not name its repository"
)
ES = (
    "public code index file 39350173117 (Markdown, '# Ejercicio 06: Regresión Lineal', section '📖 Teoría'; the index "
    "does not name its repository"
)
ZH = (
    "public code index file 43607607182 (Markdown, Chinese notes on def loss_function / regularized_loss, the "
    "paragraph after '除以 2 是为了在后续计算梯度时简化公式'; the index does not name its repository"
)
NEPALI = (
    "public code index file 54127484662 (Python comments, '# COST FUNCTION (LOG LOSS) error measure garna use garni' "
    "and '# GRADIENT OF COST FUNCTION'; the index does not name its repository"
)
GDSTAB = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of the Q&A 'GD for logistic regression "
    "isn't stable. Why?', the asker's class LogisticRegression"
)
WK = "https://github.com/wenkaibao/ML/blob/42fcaa3dc1243bb14031af73c65bb669289293fe/"
WK_EX5 = WK + "mlclass-ex5-005/mlclass-ex5-005/mlclass-ex5/linearRegCostFunction.m (Octave"
WK_LR = WK + "mlclass-ex3-005/mlclass-ex3-005/mlclass-ex3/lrCostFunction.m (Octave"
LIU = (
    "https://github.com/liuchen321/CS229-machine-learning/blob/4a598cf769105e4c2f0c3cda79bcbd41892548f2/"
    "machine-learning/ex2/costFunctionReg.m (Octave"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _mean_sq_resid_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / d.m


def _bce_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m


def _poisson_mean_nll_w(d):
    z = d.X @ d.w
    return float(np.mean(np.exp(z) - d.y * z))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / d.m


def _ridge_mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / d.m + d.lam * float(d.theta @ d.theta)


def _reg_linear_skip_first(d):
    t = d.theta
    r = d.X @ t - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_logistic_skip_first(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


# ------------------------------------------------------------------ texts the items share
_CH5_OLS = r"\mathcal{L}(w) = \frac{1}{n}\Vert y - Xw \Vert_2^2"
_CH5_OLS_WHY = (
    "X is the n × d design matrix (Data.X; the chapter puts a ones column in it for the intercept), w the weights, "
    "n the number of examples: the mean squared residual"
)
_CH5_BCE = (
    r"\mathcal{L} = -\frac{1}{n}\sum_{i=1}^{n}\left[y_i \log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)\right]"
)
_CH5_BCE_LETS = (r"\hat{p}_i = \sigma(w^\top x_i + b)", r"\sigma(z) = \frac{1}{1+e^{-z}}")
_CH5_BCE_WHY = (
    "x_i is example i (row i of Data.X, X in the gradient is the design matrix), w the weights, b the intercept, "
    "\\hat{p} the vector of the \\hat{p}_i: the mean binary cross-entropy"
)
_CH5_L2_COST = "np.mean((X @ w + b - y) ** 2)"
_CH5_L2_LETS = ("r = X @ w + b - y", "n, d = X.shape")
_CH5_L2_WHY = (
    "Listing 2's def gd: X the design matrix (no ones column: b is separate), w the weights, b the intercept; the "
    "cost is the MSE the function returns (np.mean((X @ w + b - y) ** 2)), and the comments call the steps dMSE/dw "
    "and dMSE/db"
)

_POIS_COST = "np.mean(np.exp(z) - y * z)"
_POIS_LETS = ("z = X @ w",)
_POIS_WHY = (
    "def nll: X the design matrix (a ones column first), w the coefficients, y the counts (Data.y); the mean Poisson "
    "negative log-likelihood with log y! dropped"
)
_POIS_G_LETS = ("lam = np.exp(X @ w)", "N = X.shape[0]")
_POIS_G_WHY = (
    "newton_irls's g: lam is the Poisson rate e^{Xw} (not a penalty), N the number of rows of X (the file sets "
    "SEED, N = 7, 5_000 and draws X with N rows); " + _POIS_WHY
)

_ES_COST = "J(θ) = (1/2m) × Σ(ŷi - yi)²"
_ES_LETS = ("ŷ = X × θ",)
_ES_WHY = (
    "'1/2m' is 1/(2m) (the sheet adds 'El factor 1/2 facilita las derivadas'); X the m × n feature matrix (Data.X), "
    "θ the parameters, ŷi = (Xθ)ᵢ, xij = X[i, j]"
)

_ZH_LETS = ("inner = np.power(X * theta.T - y, 2)",)
_ZH_WHY = (
    "X is an np.matrix and theta a 1 × n row matrix, so X * theta.T is the matrix product Xθ (the notes' h(x^(i))); "
    "len(X) = m"
)
_ZH_GRAD = "∂J/∂θj = (1/m) * Σ(h(x^(i)) - y^(i)) * x^(i)_j"

_NEPALI_COST = "J(θ) = -(1/m) * Σ [ y*log(hθ(x)) + (1 - y)*log(1 - hθ(x)) ]"
_NEPALI_WHY = (
    "comments of a from-scratch logistic regression (z = θ0 + θ1*x1 + … + θ4*x4, hθ(x) the sigmoid of z, written "
    "'ℎ𝜃(𝑥)=1/1+𝑒^−𝑧' in the file and left out as a let: read as the sigmoid); the sum runs over the m examples, "
    "X the design matrix (Data.X), θ the parameters"
)

_WK_EX5_COST = "J = sum((X*theta-y).^2)/(2*m)+sum(theta(2:end).^2)*lambda/(2*m);"
_WK_EX5_WHY = (
    "X the design matrix (Data.X), theta the coefficients with theta(1) = Data.theta[0] unpenalised, m = length(y): "
    "1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²"
)
_WK_EX5_GRAD = (
    "grad(1) = sum((X*theta-y).*X(:,1))/m;\nfor i = 2:size(theta,1)\n"
    "    grad(i) = sum((X*theta-y).*X(:,i))/m + lambda*theta(i,:)/m;\nend"
)
_WK_LR_COST = (
    "J = -((y'*logHypothesis)+((1-y)'*log1_Hypothesis))/m + lambda/(2*m)*(theta(2:end))'*theta(2:end);"
)
_WK_LR_LETS = (
    "XTimesTheta = X*theta",
    "hypothesisFunc = sigmoid(XTimesTheta)",
    "logHypothesis = log(hypothesisFunc)",
    "log1_Hypothesis = log(1-hypothesisFunc)",
    "m = length(y)",
)
_WK_LR_WHY = (
    "X the design matrix (Data.X), theta the coefficients, theta(1) = Data.theta[0] unpenalised: the mean "
    "cross-entropy plus λ/(2m)Σ_{k≥2}θ_k²"
)
_LIU_COST = "J = 1/m*(-y'*log(h)-(1-y)'*log(1-h))+lambda/(2*m)*(sum(theta.^2)-theta(1)^2);"
_LIU_LETS = ("h = sigmoid(X*theta)", "m = length(y)")
_LIU_WHY = (
    "sum(theta.^2)-theta(1)^2 is the sum of squares without theta(1) = Data.theta[0]; X the design matrix: the mean "
    "cross-entropy plus λ/(2m)Σ_{k≥2}θ_k²"
)

_GDSTAB_TEXT = (
    "def __odds(self, x, b):\n        return exp(b.dot(x)) / float(exp(1 + b.dot(x)))\n\n"
    "    def __gd_step(self, X, y):\n        grad = np.zeros(self.p)\n\n        for j in range(self.p):\n"
    "            for i in range(self.m):\n                grad[j] += self.__odds(X[i], self.b) - y[i]\n"
    "            grad[j] *= X[i, j]\n\n        return grad"
)

COSTS: list[Cost] = [
    # ============================================================ LaTeX (a textbook-style chapter)
    Cost(
        id="f60-ch5-ols-mean-squared-norm",
        source=CH5 + ", '**Ordinary least squares** chooses the weights minimizing …')",
        text=_CH5_OLS,
        intended=_mean_sq_resid_w,
        wrt=("w_j",),
        why=_CH5_OLS_WHY,
    ),
    Cost(
        id="f60-ch5-binary-cross-entropy",
        source=CH5 + ", '**The loss.**' paragraph of '## Logistic regression')",
        text=_CH5_BCE,
        intended=_bce_mean_w_b,
        wrt=("w_j", "b"),
        lets=_CH5_BCE_LETS,
        why=_CH5_BCE_WHY,
    ),
    Cost(
        id="f60-ch5-elastic-net-l1",
        source=CH5 + ", '**Elastic Net** mixes the two, with sklearn's parameterization')",
        text=r"\mathcal{L}_{enet}(w) = \frac{1}{2n}\Vert y-Xw \Vert_2^2 + \lambda\left(\alpha \Vert w \Vert_1 + "
        r"\frac{1-\alpha}{2}\Vert w \Vert_2^2\right)",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="‖w‖₁ = Σ|w_j| is not differentiable where a w_j is 0 (the chapter itself: 'the kink at zero defeats "
        "plain gradient descent'); α has no Data field either",
    ),
    Cost(
        id="f60-ch5-listing2-mse-with-bias",
        source=CH5 + ", Listing 2, def gd's return value)",
        text=_CH5_L2_COST,
        intended=_mse_w_b,
        wrt=("w_j", "b"),
        why=_CH5_L2_WHY,
    ),
    # ============================================================ plain text / Unicode
    Cost(
        id="f60-es-mse-one-over-2m",
        source=ES + ", '### Función de Costo: MSE (Mean Squared Error)')",
        text=_ES_COST,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_ES_LETS,
        why=_ES_WHY,
    ),
    Cost(
        id="f60-es-ridge-mse-plus-lambda",
        source=ES + ", '#### 1. **Ridge Regression (L2)**')",
        text="J(θ) = MSE + λ × Σθj²",
        intended=_ridge_mse_theta,
        wrt=("theta_j",),
        lets=("MSE = (1/m) × Σ(ŷi - yi)²", *_ES_LETS),
        why="MSE is the sheet's own metric '(1/m) × Σ(ŷi - yi)²' (no ½ there), Σθj² runs over every parameter (the "
        "sheet does not exclude θ0): (1/m)Σ(Xθ − y)² + λΣθ_j²; " + _ES_WHY,
    ),
    Cost(
        id="f60-es-lasso-abs",
        source=ES + ", '#### 2. **Lasso Regression (L1)**')",
        text="J(θ) = MSE + λ × Σ|θj|",
        intended=None,
        wrt=("theta_j",),
        lets=("MSE = (1/m) × Σ(ŷi - yi)²", *_ES_LETS),
        expect="refuse",
        why="|θj|: the L1 penalty is not differentiable where a θ_j is 0",
    ),
    Cost(
        id="f60-zh-loss-function-over-2-len",
        source=ZH + ", def loss_function's return)",
        text="np.sum(inner)/(2*len(X))",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_ZH_LETS,
        why=_ZH_WHY + ": Σ(Xθ − y)²/(2m)",
    ),
    Cost(
        id="f60-nepali-comment-log-loss",
        source=NEPALI + ", the J(θ) comment)",
        text=_NEPALI_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        why=_NEPALI_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f60-poisson-nll-mean",
        source=POIS + ", def nll)",
        text=_POIS_COST,
        intended=_poisson_mean_nll_w,
        wrt=("w_j",),
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
    Cost(
        id="f60-wenkaibao-ex5-linearregcost",
        source=WK_EX5 + ", J =)",
        text=_WK_EX5_COST,
        intended=_reg_linear_skip_first,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why=_WK_EX5_WHY,
    ),
    Cost(
        id="f60-wenkaibao-ex3-lrcostfunction",
        source=WK_LR + ", J =)",
        text=_WK_LR_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_WK_LR_LETS,
        why=_WK_LR_WHY,
    ),
    Cost(
        id="f60-liuchen-ex2-costfunctionreg-minus-theta1",
        source=LIU + ", J =)",
        text=_LIU_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_LIU_LETS,
        why=_LIU_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, wrong and right
    Answer(
        id="f60-zh-grad-claimed-without-half",
        source=ZH + ", '不除以 2 时：')",
        text=_ZH_GRAD,
        cost="np.sum(inner)/len(X)",
        verdict="different",
        wrt="theta_j",
        lets=_ZH_LETS,
        why="the notes claim the same (1/m) gradient for the loss *not* divided by 2 (their line '不除以 2 时'); "
        "graded against that loss, Σ(Xθ − y)²/m, whose gradient is (2/m)Σ(h − y)x_j: off by a factor 2 (the cost "
        "string is the file's return line with its '2*' dropped, as the line describes); " + _ZH_WHY,
    ),
    Answer(
        id="f60-zh-grad-with-half",
        source=ZH + ", '除以 2 时：')",
        text=_ZH_GRAD,
        cost="np.sum(inner)/(2*len(X))",
        verdict="equivalent",
        wrt="theta_j",
        lets=_ZH_LETS,
        why="with the ½ the 2 cancels: (1/m)Σ(h(x⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾; " + _ZH_WHY,
    ),
    Answer(
        id="f60-gd-unstable-gd-step-two-bugs",
        source=GDSTAB + ", def __odds and def __gd_step)",
        text=_GDSTAB_TEXT,
        cost="-Σᵢ [yᵢ log σ(b·xᵢ) + (1 - yᵢ) log(1 - σ(b·xᵢ))]",
        verdict="different",
        wrt="b_j",
        lets=("self.p = X.shape[1]", "self.m = X.shape[0]", "self.b = the coefficient vector b"),
        why="the question gives no cost; graded against the summed cross-entropy of the sigmoid model (__gd scales the "
        "step by learning_rate/m, so grad is meant as the sum's gradient; the verdict is the same against the mean). "
        "As the answer there says, two bugs: exp(b·x)/exp(1 + b·x) is the constant e⁻¹, not σ(b·x), and "
        "grad[j] *= X[i, j] stands after the i-loop, so every sum is multiplied by the last example's x_j only; "
        "b here is the coefficient vector (self.b, drawn as Data.w), X the design matrix with a ones column",
    ),
    Answer(
        id="f60-ch5-ols-grad",
        source=CH5 + ", '**The normal equation.**', the display up to '= 0')",
        text=r"\nabla_w \mathcal{L} = -\frac{2}{n} X^\top (y - Xw)",
        cost=_CH5_OLS,
        verdict="equivalent",
        wrt="w_j",
        why=_CH5_OLS_WHY,
    ),
    Answer(
        id="f60-ch5-bce-grad",
        source=CH5 + ", '**The gradient is the punchline.**')",
        text=r"\nabla_w \mathcal{L} = \frac{1}{n} X^\top (\hat{p} - y)",
        cost=_CH5_BCE,
        verdict="equivalent",
        wrt="w_j",
        lets=_CH5_BCE_LETS,
        why=_CH5_BCE_WHY,
    ),
    Answer(
        id="f60-ch5-listing2-dw",
        source=CH5 + ", Listing 2, 'w -= lr * (2 / n) * (X.T @ r)        # dMSE/dw')",
        text="(2 / n) * (X.T @ r)",
        cost=_CH5_L2_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_CH5_L2_LETS,
        why="the bracket the step multiplies by lr; " + _CH5_L2_WHY,
    ),
    Answer(
        id="f60-ch5-listing2-db",
        source=CH5 + ", Listing 2, 'b -= lr * (2 / n) * r.sum()          # dMSE/db')",
        text="(2 / n) * r.sum()",
        cost=_CH5_L2_COST,
        verdict="equivalent",
        wrt="b",
        lets=_CH5_L2_LETS,
        why=_CH5_L2_WHY,
    ),
    Answer(
        id="f60-poisson-newton-g",
        source=POIS + ", def newton_irls, g =)",
        text="X.T @ (lam - y) / N",
        cost=_POIS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_POIS_G_LETS, *_POIS_LETS),
        why="(1/N)Xᵀ(e^{Xw} − y), the gradient of the mean NLL (the file's comment: 'g = (1/n) X^T (lambda - y)'); "
        + _POIS_G_WHY,
    ),
    Answer(
        id="f60-es-grad-component",
        source=ES + ", '**Gradiente del MSE:**', first line)",
        text="∂J/∂θj = (1/m) × Σ(ŷi - yi) × xij",
        cost=_ES_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ES_LETS,
        why=_ES_WHY,
    ),
    Answer(
        id="f60-es-grad-vector",
        source=ES + ", '**Gradiente del MSE:**', second line)",
        text="∇J(θ) = (1/m) × X^T × (X×θ - y)",
        cost=_ES_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ES_LETS,
        why=_ES_WHY,
    ),
    Answer(
        id="f60-nepali-comment-grad-component",
        source=NEPALI + ", '# Expanded form:')",
        text="∂J/∂θj = (1/m) * Σ (hθ(xᵢ) - yᵢ) * xᵢⱼ",
        cost=_NEPALI_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="xᵢⱼ is feature j of example i; " + _NEPALI_WHY,
    ),
    Answer(
        id="f60-wenkaibao-ex5-grad-loop",
        source=WK_EX5 + ", grad(1) = … and the for loop)",
        text=_WK_EX5_GRAD,
        cost=_WK_EX5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="grad(1) without the penalty, grad(i) for i ≥ 2 with (λ/m)θ_i; theta(i,:) is the scalar theta(i); "
        + _WK_EX5_WHY,
    ),
    Answer(
        id="f60-wenkaibao-ex3-lr-grad",
        source=WK_LR + ", grad =)",
        text="grad = ((hypothesisFunc-y)'*X)'./m + [0;theta(2:end)]*lambda/m;",
        cost=_WK_LR_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_WK_LR_LETS,
        why="((h − y)ᵀX)ᵀ/m = Xᵀ(h − y)/m plus (λ/m)θ with its first entry replaced by 0; " + _WK_LR_WHY,
    ),
    Answer(
        id="f60-liuchen-ex2-grad-then-fix-first",
        source=LIU + ", grad = … and grad(1) = …)",
        text="grad = 1/m*X'*(h-y)+lambda/m*theta;\n% It must start at 1\ngrad(1) = grad(1) - lambda / m * theta(1);",
        cost=_LIU_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LIU_LETS,
        why="the penalty's gradient is first added to every entry, then taken back out of grad(1): (λ/m)θ_j for "
        "j ≥ 2 only; " + _LIU_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f60-ch5-ols-grad-sign-flipped",
        source=CH5 + "; variant: the leading minus dropped)",
        text=r"\nabla_w \mathcal{L} = \frac{2}{n} X^\top (y - Xw)",
        cost=_CH5_OLS,
        verdict="different",
        wrt="w_j",
        why="variant: (2/n)Xᵀ(y − Xw) is minus the gradient; " + _CH5_OLS_WHY,
    ),
    Answer(
        id="f60-ch5-bce-grad-reversed-residual",
        source=CH5 + "; variant: y - \\hat{p} for \\hat{p} - y)",
        text=r"\nabla_w \mathcal{L} = \frac{1}{n} X^\top (y - \hat{p})",
        cost=_CH5_BCE,
        verdict="different",
        wrt="w_j",
        lets=_CH5_BCE_LETS,
        why="variant: the gradient of the log-likelihood, i.e. minus the cross-entropy's; " + _CH5_BCE_WHY,
    ),
    Answer(
        id="f60-ch5-listing2-dw-no-2",
        source=CH5 + "; variant: (1 / n) for (2 / n))",
        text="(1 / n) * (X.T @ r)",
        cost=_CH5_L2_COST,
        verdict="different",
        wrt="w_j",
        lets=_CH5_L2_LETS,
        why="variant: the MSE has no ½, so its gradient keeps the 2; half the gradient; " + _CH5_L2_WHY,
    ),
    Answer(
        id="f60-poisson-newton-g-no-N",
        source=POIS + "; variant: the / N dropped)",
        text="X.T @ (lam - y)",
        cost=_POIS_COST,
        verdict="different",
        wrt="w_j",
        lets=_POIS_G_LETS,
        why="variant: Xᵀ(e^{Xw} − y) is the summed NLL's gradient, N times the mean's; " + _POIS_G_WHY,
    ),
    Answer(
        id="f60-es-grad-component-x-dropped",
        source=ES + "; variant: the × xij dropped)",
        text="∂J/∂θj = (1/m) × Σ(ŷi - yi)",
        cost=_ES_COST,
        verdict="different",
        wrt="theta_j",
        lets=_ES_LETS,
        why="variant: without xij every θ_j gets the same (1/m)Σ(ŷ − y), the derivative for an intercept only; "
        + _ES_WHY,
    ),
    Answer(
        id="f60-wenkaibao-ex5-grad-loop-penalises-first",
        source=WK_EX5 + "; variant: the loop run from 1 and grad(1) folded into it)",
        text="for i = 1:size(theta,1)\n    grad(i) = sum((X*theta-y).*X(:,i))/m + lambda*theta(i,:)/m;\nend",
        cost=_WK_EX5_COST,
        verdict="different",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="variant: theta(1) is not in the penalty, so grad(1) must not get (λ/m)θ₁; " + _WK_EX5_WHY,
    ),
    Answer(
        id="f60-wenkaibao-ex3-lr-grad-unmasked",
        source=WK_LR + "; variant: theta for [0;theta(2:end)])",
        text="grad = ((hypothesisFunc-y)'*X)'./m + theta*lambda/m;",
        cost=_WK_LR_COST,
        verdict="different",
        wrt="theta_j",
        lets=_WK_LR_LETS,
        why="variant: the first component gets (λ/m)θ₁ although theta(1) is not penalised; " + _WK_LR_WHY,
    ),
    Answer(
        id="f60-liuchen-ex2-grad-without-fix",
        source=LIU + "; variant: the grad(1) correction left out)",
        text="grad = 1/m*X'*(h-y)+lambda/m*theta;",
        cost=_LIU_COST,
        verdict="different",
        wrt="theta_j",
        lets=_LIU_LETS,
        why="variant: without the second line grad(1) keeps (λ/m)θ₁, but θ₁ is not in the cost's penalty; "
        + _LIU_WHY,
    ),
]
