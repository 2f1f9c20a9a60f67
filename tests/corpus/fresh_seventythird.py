r"""A fresh held-out wave (f73): the mainstream drawn the way a grader would draw it — a Poisson negative
log-likelihood with its gradient and its unit test (MATLAB), a tutorial notebook deriving the MSE gradient in
component and matrix form (LaTeX), Octave logistic-regression labs (plain and regularized, a loop and a repmat
gradient), and a from-scratch Python repository whose simple-regression step does not match its own cost.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from files no other corpus file uses (each checked against the list of used sources):

* code: a MATLAB neglogli_poiss (Poisson negative log-likelihood and gradient with an optional quadratic penalty
  L2op) and its test file test_neglogli_poiss (expectedNll, expectedGrad, L2op = lambda*(w'*w), 2*lambda*w);
  nathanmlearning/linear-regression's costFunction.m (logistic cost and a per-coordinate gradient loop);
  YassineOUKDACH/Machine-Learning's ex3 lrCostFunction.m (regularized logistic cost, a repmat gradient and the
  penalty added to grad(:,2:end)); niektuytel/Machine_Learning's simple_linear_regression.py (a mean-squared-error
  costFunction whose gradientDescent step is half its gradient) and multiple_linear_regression.py (calc_cost);
* notes: Stanislavx/tutorials' 'LR tutorial - theory - part 1, part 2.ipynb' (the MSE as CostF, its partial
  derivative by ω_k and the gradient (2/N)X_{M×N}(X_{N×M}W − Y)); F. Lauer's French course page on ridge
  regression (members.loria.fr) and a ridge-regression notebook of a Hugging Face dataset (the hf-mirror copy).

Names follow the sources: X, X_norm and x_{ij} are the design matrix Data.X (x_{ik} = Data.X[i, k]); the
simple-regression X of niektuytel is the one feature Data.x with theta[0] = Data.theta0 and theta[1] =
Data.theta1; theta, w and ω (W) are the coefficient vector; lambda is Data.lam. Octave's theta(2:end) skips the
first coefficient theta(1) = Data.theta[0]. Where a source gives no cost for an answer, ``why`` says which cost it
is graded against. The real mistakes come first among the answers, then the one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs
(/tmp/f73/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
POISS = (
    "public code index file 11163784005 (MATLAB, 'function [nll, grad] = neglogli_poiss(w, X, y, L2op)', '% compute "
    "the poisson negative log-likelihood and gradient with optional quadratic penalty via L2op.'; the index does not "
    "name its repository"
)
POISS_TEST = (
    "public code index file 11197586775 (MATLAB, 'function tests = test_neglogli_poiss', the test file of the same "
    "neglogli_poiss; the index does not name its repository"
)
STANX = (
    "https://github.com/Stanislavx/tutorials/blob/05c446497ad80d6341c225c5a8c684196130cdad/"
    "LR%20tutorial%20-%20theory%20-%20part%201,%20part%202.ipynb (markdown cells 'Gradient Descent and Cost "
    "Function' and 'Deriving the cost fuction gradient:'"
)
NATHAN = (
    "https://github.com/nathanmlearning/linear-regression/blob/923459f8bb9e2721744cdb5f737014b166722be8/"
    "costFunction.m"
)
YASSINE = (
    "https://github.com/YassineOUKDACH/Machine-Learning/blob/4f77a59dd03c2602dfe591391c2fa27739c32fba/"
    "week4/machine-learning-ex3/ex3/lrCostFunction.m"
)
NIEK_SIMPLE = (
    "https://github.com/niektuytel/Machine_Learning/blob/7e9ea4aeeee0218ba286c02a63441f34972e3a11/"
    "supervised_learning/Regression/linear_regression/simple_linear_regression.py"
)
LORIA = (
    "https://members.loria.fr/FLauer/files/ia/regressionridge.html ('17 Moindres carrés régularisés (régression "
    "ridge)', the criterion inside \\arg\\min in 'Cela conduit à formuler l’apprentissage ainsi'"
)
HFRIDGE = (
    "https://api-inference.hf-mirror.com/datasets/introvoyz041/machine-learning/raw/main/data/"
    "ML-ridge%20regression%20with%20least%20squares.ipynb (first markdown cell, 'Ridge regression with least "
    "squares', the loss L_{Ridge}"
)
NIEK_MULTI = (
    "https://github.com/niektuytel/Machine_Learning/blob/7e9ea4aeeee0218ba286c02a63441f34972e3a11/"
    "supervised_learning/Regression/linear_regression/multiple_linear_regression.py"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _pois_nll_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


def _pois_nll_l2_w(d):
    return _pois_nll_w(d) + d.lam * float(d.w @ d.w)


def _mse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _logistic_mean_theta(d):
    h = sig(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _mse_one_feature(d):
    r = d.theta1 * d.x + d.theta0 - d.y
    return float(r @ r) / d.m


def _half_mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
_POISS_LETS = ("mu = exp(Xw)", "Xw = X * w")
_POISS_WHY = (
    "X is the N × m regressor matrix (Data.X), w the weight column, y the counts; the clip of Xw to [−50, 50] "
    "(against overflow) is left out: the Poisson negative log-likelihood Σ(e^{Xw} − y ⊙ Xw) up to a constant"
)
_POISS_TEST_COST = "sum(exp(X * w) - y .* (X * w))"
_POISS_L2_COST = "sum(exp(X * w) - y .* (X * w)) + lambda * (w' * w)"
_POISS_L2_WHY = (
    "the test's first case calls neglogli_poiss with L2op = @(w) deal(lambda * (w' * w), 2 * lambda * w), so the "
    "function returns nll + λwᵀw and grad + 2λw; the cost is the test's expectedNll plus that penalty value, both "
    "written as in the file; " + _POISS_WHY
)

_STANX_WHY = (
    "N is the number of objects (the data rows, Data.m), x_{ij} feature j of object i (Data.X), ω the weight "
    "vector (drawn as Data.w); the notebook indexes the objects i = 0..n and the features j = 0..m loosely: "
    "the sums run over all N objects and all M features, and the cost is the mean squared error (1/N)Σ(Xω − y)²"
)
_STANX_COST_FULL = r"\frac{ \sum_{i=0}^{n} ( \sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)^2}{N}"
_STANX_COST_HAT = r"\frac {\sum_{i=0}^{n} (\hat{y}_i - y_i)^2} {N}"
_STANX_PARTIAL = (
    "\\frac {2}{N}          \n    \\sum_{i=0}^{n}\n    x_{ik}\n    (\\sum_{j=0}^{m} x_{ij} \\omega_{j} - y_i)"
)
_STANX_MATRIX = (
    "\\frac {2}{N} \n\\overline{\\overline{\\textbf{X}}}_{M\\times N} \n"
    "({\\overline{\\overline{\\textbf{X}}}}_{N\\times M} {\\overline{\\textbf{W}}}_{M\\times 1} \n-\n"
    "{\\overline{\\textbf{Y}}}_{N\\times 1})"
)

_NATHAN_COST = "J = -(1 / m) * sum( (y .* log(h)) + ((1 - y) .* log(1 - h)) );"
_NATHAN_LETS = ("h = sigmoid(X * theta)", "m = length(y)")
_NATHAN_WHY = "X the design matrix (Data.X), theta the coefficient column, y the 0/1 labels: the mean cross-entropy"
_NATHAN_LOOP = (
    "for i = 1 : size(theta, 1)\n    grad(i) = (1 / m) * sum( (h - y) .* X(:, i) );\n\nend"
)

_YASSINE_COST = (
    "J = ( (1 / m) * sum(-y'*log(sigmoid(X*theta)) - (1-y)'*log( 1 - sigmoid(X*theta))) ) + "
    "(lambda/(2*m))*sum(theta(2:length(theta)).*theta(2:length(theta))) ;"
)
_YASSINE_WHY = (
    "ex3's regularized logistic cost: y'*log(…) is already the sum over the examples (sum of a scalar is the "
    "scalar); X the design matrix with its ones column (Data.X), theta(1) = Data.theta[0] unpenalised, "
    "m = length(y)"
)
_YASSINE_GRAD = "grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), 1, size(X,2)) );"
_YASSINE_REG = "grad(:,2:length(grad)) = grad(:,2:length(grad)) + (lambda/m)*theta(2:length(theta))';"

_NIEK_COST = (
    "cost = 0.0\n\n    for i in range(len(X)):\n        prediction = (theta[1] * X[i] + theta[0])        \n"
    "        cost = cost + (prediction - Y[i]) ** 2\n\n    return (cost / len(X))"
)
_NIEK_LOOP = (
    "batch_theta = [0, 0]\n    for coordinateX, coordinateY in zip(X, Y):\n"
    "        total = (theta[1] * coordinateX + theta[0]) - coordinateY\n        batch_theta = [\n"
    "            batch_theta[0] + total, \n            batch_theta[1] + (total * coordinateX)\n        ]\n"
)
_NIEK_WHY = (
    "X is the one feature (Data.x), Y the targets, theta[0] the intercept (Data.theta0) and theta[1] the slope "
    "(Data.theta1); costFunction is the plain mean squared error (1/m)Σ(θ₁x + θ₀ − y)², with no ½"
)

_NIEK_MULTI_COST = "J = 1/(2 * m) * errors.T.dot(errors)"
_NIEK_MULTI_LETS = ("errors = (predictions - y)", "predictions = X.dot(theta)", "m = len(y)")
_NIEK_MULTI_WHY = "X the (normalized, ones-prefixed) design matrix X_norm (Data.X), theta the coefficients"

COSTS: list[Cost] = [
    # ============================================================ code
    Cost(
        id="f73-neglogli-poiss-nll",
        source=POISS + ", nll =)",
        text="nll = sum(mu - y .* Xw);",
        intended=_pois_nll_w,
        wrt=("w_j",),
        lets=_POISS_LETS,
        why=_POISS_WHY,
    ),
    Cost(
        id="f73-neglogli-poiss-test-expected-nll",
        source=POISS_TEST + ", testHandlesSparseInput, expectedNll =)",
        text=_POISS_TEST_COST,
        intended=_pois_nll_w,
        wrt=("w_j",),
        why=_POISS_WHY,
    ),
    Cost(
        id="f73-nathan-costfunction-logistic-J",
        source=NATHAN + " (J =)",
        text=_NATHAN_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_NATHAN_LETS,
        why=_NATHAN_WHY,
    ),
    Cost(
        id="f73-yassine-lrcostfunction-J",
        source=YASSINE + " (J =)",
        text=_YASSINE_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why=_YASSINE_WHY,
    ),
    Cost(
        id="f73-niektuytel-simple-costfunction-mse",
        source=NIEK_SIMPLE + " (def costFunction(theta, X, Y))",
        text=_NIEK_COST,
        intended=_mse_one_feature,
        wrt=("theta_0", "theta_1"),
        why=_NIEK_WHY,
    ),
    Cost(
        id="f73-niektuytel-multiple-calc-cost",
        source=NIEK_MULTI + " (def calc_cost, J =)",
        text=_NIEK_MULTI_COST,
        intended=_half_mse_theta,
        wrt=("theta_j",),
        lets=_NIEK_MULTI_LETS,
        why=_NIEK_MULTI_WHY,
    ),
    # ============================================================ notes (LaTeX)
    Cost(
        id="f73-loria-ridge-criterion",
        source=LORIA + ")",
        text=r"\sum_{i=1}^m (y_i-\boldsymbol{w}^T\boldsymbol{x}_i)^2 + \lambda \|\boldsymbol{w}\|^2",
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why="the course's ridge criterion (French lecture notes): the sum of squared residuals over the m "
        "examples plus λ‖w‖², every coefficient penalised; x_i is row i of X (Data.X), w ∈ ℝ^d the weights",
    ),
    Cost(
        id="f73-hf-ridge-notebook-L-ridge",
        source=HFRIDGE + ")",
        text=r"L_{Ridge}(\boldsymbol{w})=||\boldsymbol{y}-X\boldsymbol{w}||^2+\lambda ||\boldsymbol{w}||^2",
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why="‖·‖ is the Euclidean norm: ‖y − Xw‖² + λ‖w‖²; the notebook's X has a first column of ones, but its "
        "formula penalises every entry of w, w_0 included, and is graded as written",
    ),
    Cost(
        id="f73-stanislavx-costf-mse-full",
        source=STANX + ", equation (15), the last member)",
        text=_STANX_COST_FULL,
        intended=_mse_w,
        wrt=("omega_j",),
        why=_STANX_WHY,
    ),
    Cost(
        id="f73-stanislavx-costf-mse-hat",
        source=STANX + ", equation (14), the last member)",
        text=_STANX_COST_HAT,
        intended=_mse_w,
        wrt=("omega_j",),
        lets=(r"\hat{y}_i = \sum_{j=0}^{m} x_{ij} \omega_{j}",),
        why="ŷ_i is row i of X̄W̄ (the notebook's equation (12), written here as a sum); " + _STANX_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f73-niektuytel-simple-step-theta0-half",
        source=NIEK_SIMPLE + " (def gradientDescent: batch_theta and theta[0] - batch_theta[0] / len(X) * "
        "learning_rate)",
        text=_NIEK_LOOP + "\n    batch_theta[0] / len(X)",
        cost=_NIEK_COST,
        verdict="different",
        wrt="theta_0",
        why="the step uses (1/m)Σ(θ₁x + θ₀ − y), but the file's own costFunction has no ½: its ∂/∂θ₀ is "
        "(2/m)Σ(θ₁x + θ₀ − y), twice what the step uses; " + _NIEK_WHY,
    ),
    Answer(
        id="f73-niektuytel-simple-step-theta1-half",
        source=NIEK_SIMPLE + " (def gradientDescent: theta[1] - batch_theta[1] / len(Y) * learning_rate)",
        text=_NIEK_LOOP + "\n    batch_theta[1] / len(Y)",
        cost=_NIEK_COST,
        verdict="different",
        wrt="theta_1",
        why="(1/m)Σ(θ₁x + θ₀ − y)x is half of ∂/∂θ₁ of the mean squared error the file computes as its cost "
        "(len(Y) = len(X) = m); " + _NIEK_WHY,
    ),
    Answer(
        id="f73-neglogli-poiss-test-expected-grad",
        source=POISS_TEST + ", testHandlesSparseInput, expectedGrad = full(…))",
        text="X' * (exp(X * w) - y)",
        cost=_POISS_TEST_COST,
        verdict="equivalent",
        wrt="w_j",
        why="the argument of full(…) (which only turns a sparse result dense): Xᵀ(e^{Xw} − y); " + _POISS_WHY,
    ),
    Answer(
        id="f73-neglogli-poiss-grad",
        source=POISS + ", grad =)",
        text="grad = X' * (mu - y);",
        cost="nll = sum(mu - y .* Xw);",
        verdict="equivalent",
        wrt="w_j",
        lets=_POISS_LETS,
        why=_POISS_WHY,
    ),
    Answer(
        id="f73-neglogli-poiss-grad-plus-penalty",
        source=POISS + ", grad = grad + penaltyGrad; with the test's L2op)",
        text="grad = grad + penaltyGrad;",
        cost=_POISS_L2_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("grad = X' * (mu - y)", "penaltyGrad = 2 * lambda * w", *_POISS_LETS),
        why="Xᵀ(e^{Xw} − y) + 2λw; " + _POISS_L2_WHY,
    ),
    Answer(
        id="f73-stanislavx-partial-omega-k",
        source=STANX + ", 'Now we have a single partial derivative of the cost function:')",
        text=_STANX_PARTIAL,
        cost=_STANX_COST_FULL,
        verdict="equivalent",
        wrt="omega_k",
        why="the derivative by one weight ω_k: (2/N)Σ_i x_{ik}(Σ_j x_{ij}ω_j − y_i); " + _STANX_WHY,
    ),
    Answer(
        id="f73-stanislavx-gradient-matrix-form",
        source=STANX + ", 'The derivation of the cost function gradient is over:' — the member before it)",
        text=_STANX_MATRIX,
        cost=_STANX_COST_FULL,
        verdict="equivalent",
        wrt="omega_k",
        why="the notebook writes the transposed feature matrix as X̄̄ with the shape M×N (it builds it from the "
        "columns X̄_{(1×N),k} stacked as rows), so this is (2/N)Xᵀ(Xω − y), the whole gradient; W̄ is the weight "
        "vector ω, Ȳ the targets; " + _STANX_WHY,
    ),
    Answer(
        id="f73-nathan-costfunction-grad-loop",
        source=NATHAN + " (the for loop over size(theta, 1))",
        text=_NATHAN_LOOP,
        cost=_NATHAN_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_NATHAN_LETS,
        why="component i is (1/m)Σ(h − y)X(:, i); " + _NATHAN_WHY,
    ),
    Answer(
        id="f73-yassine-lrcostfunction-grad-repmat",
        source=YASSINE + " (grad = … and grad(:,2:length(grad)) = …)",
        text=_YASSINE_GRAD + "\n" + _YASSINE_REG,
        cost=_YASSINE_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="a row vector: column j of X times (σ − y), summed and divided by m, with (λ/m)θ_j added for every "
        "entry but the first (grad(:) turns it into a column after); " + _YASSINE_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f73-neglogli-poiss-test-expected-grad-flipped",
        source=POISS_TEST + "; variant: y - exp(X * w))",
        text="X' * (y - exp(X * w))",
        cost=_POISS_TEST_COST,
        verdict="different",
        wrt="w_j",
        why="variant: Xᵀ(y − e^{Xw}) is the gradient of the log-likelihood, the negative of the negative "
        "log-likelihood's; " + _POISS_WHY,
    ),
    Answer(
        id="f73-neglogli-poiss-grad-penalty-lambda-w",
        source=POISS + "; variant: penaltyGrad = lambda * w)",
        text="grad = grad + penaltyGrad;",
        cost=_POISS_L2_COST,
        verdict="different",
        wrt="w_j",
        lets=("grad = X' * (mu - y)", "penaltyGrad = lambda * w", *_POISS_LETS),
        why="variant: the penalty λwᵀw has no ½, so its gradient is 2λw, not λw; " + _POISS_L2_WHY,
    ),
    Answer(
        id="f73-neglogli-poiss-test-expected-grad-over-n",
        source=POISS_TEST + "; variant: divided by size(X, 1))",
        text="X' * (exp(X * w) - y) / size(X, 1)",
        cost=_POISS_TEST_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the cost is a sum over the N rows, not a mean: 1/N times its gradient; " + _POISS_WHY,
    ),
    Answer(
        id="f73-stanislavx-partial-omega-k-no-2",
        source=STANX + "; variant: 1/N for 2/N)",
        text=_STANX_PARTIAL.replace("\\frac {2}{N}", "\\frac {1}{N}"),
        cost=_STANX_COST_FULL,
        verdict="different",
        wrt="omega_k",
        why="variant: without the ½ in the cost, the square's derivative keeps its 2; " + _STANX_WHY,
    ),
    Answer(
        id="f73-stanislavx-partial-omega-k-over-2n",
        source=STANX + "; variant: graded against the ½-scaled cost ΣE²/(2N))",
        text=_STANX_PARTIAL.replace("\\frac {2}{N}", "\\frac {1}{N}"),
        cost=r"\frac{ \sum_{i=0}^{n} ( \sum_{j=0}^{m} x_{ij} \omega_{j} - y_i)^2}{2N}",
        verdict="equivalent",
        wrt="omega_k",
        why="variant: with the cost halved (the notebook's MSE over 2N), (1/N)Σ x_{ik}(…) is its derivative; "
        + _STANX_WHY,
    ),
    Answer(
        id="f73-nathan-costfunction-grad-loop-y-minus-h",
        source=NATHAN + "; variant: (y - h) for (h - y))",
        text=_NATHAN_LOOP.replace("(h - y)", "(y - h)"),
        cost=_NATHAN_COST,
        verdict="different",
        wrt="theta_j",
        lets=_NATHAN_LETS,
        why="variant: the sign flipped, the log-likelihood's ascent direction; " + _NATHAN_WHY,
    ),
    Answer(
        id="f73-yassine-lrcostfunction-grad-no-penalty",
        source=YASSINE + "; variant: the grad(:,2:length(grad)) line dropped)",
        text=_YASSINE_GRAD,
        cost=_YASSINE_COST,
        verdict="different",
        wrt="theta_j",
        why="variant: without the (λ/m)θ_j of the penalised entries; " + _YASSINE_WHY,
    ),
    Answer(
        id="f73-niektuytel-simple-step-theta0-doubled",
        source=NIEK_SIMPLE + "; variant: 2 * batch_theta[0] / len(X))",
        text=_NIEK_LOOP + "\n    2 * batch_theta[0] / len(X)",
        cost=_NIEK_COST,
        verdict="equivalent",
        wrt="theta_0",
        why="variant: doubled, the step matches the file's mean squared error, (2/m)Σ(θ₁x + θ₀ − y); " + _NIEK_WHY,
    ),
    Answer(
        id="f73-niektuytel-multiple-step-without-rate",
        source=NIEK_MULTI + "; variant: the step (learning_rate / m) * X.T.dot(errors) without learning_rate)",
        text="(1 / m) * X.T.dot(errors)",
        cost=_NIEK_MULTI_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_NIEK_MULTI_LETS,
        why="variant: the gradient the step scales, Xᵀ(Xθ − y)/m; " + _NIEK_MULTI_WHY,
    ),
]
